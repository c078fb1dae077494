//! Starts chromedriver and headless Chromium for one test, and records every network request
//! the page makes from Chrome's performance log (URL, method, headers, body), so tests can
//! assert where the page sends what. If Chromium or chromedriver cannot start, the test fails
//! with a message saying so: browser tests are never skipped.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// One request the page made, from `Network.requestWillBeSent`.
#[derive(Debug, Clone)]
pub struct Request {
    pub url: String,
    pub method: String,
    pub headers: Value,
    pub body: Option<String>,
    /// The document that made the request.
    pub document: String,
}

pub struct Browser {
    pub client: Client,
    driver: Driver,
    driver_port: u16,
    session: String,
    requests: Vec<Request>,
    _profile: TempDir,
}

/// Options for one browser session.
#[derive(Default, Clone)]
pub struct Launch {
    /// Make every host except 127.0.0.1 unresolvable, to show the page needs nothing outside.
    pub block_outside_hosts: bool,
    pub width: u32,
    pub height: u32,
}

fn chromium_binary() -> String {
    std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".to_owned())
}

fn chromedriver_binary() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned())
}

impl Browser {
    pub async fn start(launch: Launch) -> Browser {
        let chromium = chromium_binary();
        assert!(
            std::path::Path::new(&chromium).exists(),
            "Chromium was not found at {chromium}: run scripts/setup.sh (installs Debian chromium) or set CHROME"
        );
        let driver_port = free_port();
        let driver = Command::new(chromedriver_binary())
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("chromedriver could not start ({e}): run scripts/setup.sh (installs chromium-driver) or set CHROMEDRIVER")
            });
        wait_for_port(driver_port, Duration::from_secs(20))
            .unwrap_or_else(|| panic!("chromedriver did not listen on port {driver_port} within 20 s"));

        let profile = TempDir::new("tm-chromium");
        let (width, height) = if launch.width == 0 { (1280, 900) } else { (launch.width, launch.height) };
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            format!("--user-data-dir={}", profile.path.display()),
            format!("--window-size={width},{height}"),
        ];
        if launch.block_outside_hosts {
            args.push("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1".to_owned());
        }
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
            "goog:loggingPrefs": { "performance": "ALL", "browser": "ALL" },
        });
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .unwrap_or_else(|e| panic!("Chromium could not start under chromedriver: {e}"));
        let session = client.session_id().await.ok().flatten().expect("webdriver session id");
        Browser {
            client,
            driver: Driver(driver),
            driver_port,
            session,
            requests: Vec::new(),
            _profile: profile,
        }
    }

    pub async fn goto(&mut self, url: &str) {
        self.client.goto(url).await.unwrap_or_else(|e| panic!("could not open {url}: {e}"));
    }

    /// Waits (up to 20 s) for an element with this `data-testid` and returns its text.
    pub async fn text(&self, test_id: &str) -> String {
        let element = self.wait(test_id).await;
        element.text().await.unwrap_or_default()
    }

    pub async fn wait(&self, test_id: &str) -> fantoccini::elements::Element {
        let selector = format!("[data-testid=\"{test_id}\"]");
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(&selector))
            .await
            .unwrap_or_else(|e| panic!("no element with data-testid={test_id} appeared: {e}"))
    }

    /// Clicks the element with this `data-testid`, first scrolled to the middle of the screen,
    /// as a person would before tapping it (on a phone, the results bar covers the bottom).
    pub async fn click(&self, test_id: &str) {
        let element = self.wait(test_id).await;
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' });",
                vec![serde_json::to_value(&element).unwrap()],
            )
            .await;
        element.click().await.unwrap_or_else(|e| panic!("could not click {test_id}: {e}"));
    }

    /// Types `text` into the element with this `data-testid` (appending to what is there).
    pub async fn type_into(&self, test_id: &str, text: &str) {
        self.wait(test_id)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("could not type into {test_id}: {e}"));
    }

    /// How many elements carry this `data-testid` right now (no waiting).
    pub async fn count(&self, test_id: &str) -> usize {
        let selector = format!("[data-testid=\"{test_id}\"]");
        self.client.find_all(Locator::Css(&selector)).await.map(|v| v.len()).unwrap_or(0)
    }

    /// Runs JavaScript in the page (`arguments[i]` are `args`) and returns its result.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.client.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs asynchronous JavaScript: the script calls `arguments[arguments.length - 1](result)`.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute_async(script, args)
            .await
            .unwrap_or_else(|e| panic!("async script failed: {e}\n{script}"))
    }

    /// Waits (up to 20 s) until `condition` (a JavaScript expression) is true in the page.
    pub async fn wait_until(&self, condition: &str) {
        self.wait_until_within(condition, Duration::from_secs(20)).await
    }

    /// Waits up to `limit` until `condition` (a JavaScript expression) is true in the page.
    pub async fn wait_until_within(&self, condition: &str, limit: Duration) {
        let script = format!("return !!({condition});");
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.client.execute(&script, vec![]).await.ok().and_then(|v| v.as_bool()) == Some(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("timed out waiting for: {condition}");
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver (e.g. to emulate print
    /// media) and returns its result.
    pub fn cdp(&self, command: &str, params: Value) -> Value {
        let body = json!({ "cmd": command, "params": params }).to_string();
        let path = format!("/session/{}/goog/cdp/execute", self.session);
        let response = http_post(self.driver_port, &path, &body);
        serde_json::from_str::<Value>(&response).map(|v| v["value"].clone()).unwrap_or(Value::Null)
    }

    /// Saves a PNG of the viewport.
    pub async fn screenshot(&self, path: &std::path::Path) {
        let png = self.client.screenshot().await.unwrap_or_else(|e| panic!("screenshot failed: {e}"));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, png).unwrap();
    }

    /// Every request the page has made since the session started (the log is drained and kept).
    pub async fn requests(&mut self) -> Vec<Request> {
        let entries = self.driver_log("performance");
        for entry in entries {
            let Some(message) = entry.get("message").and_then(Value::as_str) else {
                continue;
            };
            let Ok(message) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            let message = &message["message"];
            if message["method"] != "Network.requestWillBeSent" {
                continue;
            }
            let params = &message["params"];
            let request = &params["request"];
            let document = params["documentURL"].as_str().unwrap_or_default().to_owned();
            // Chromium's own UI pages (its start tab is a chrome:// page) are not our page
            // and cannot see its state; everything a web document requests is kept.
            if document.starts_with("chrome://")
                && request["url"].as_str().is_some_and(|u| u.starts_with("chrome://"))
            {
                continue;
            }
            self.requests.push(Request {
                document,
                url: request["url"].as_str().unwrap_or_default().to_owned(),
                method: request["method"].as_str().unwrap_or_default().to_owned(),
                headers: request["headers"].clone(),
                body: request["postData"].as_str().map(str::to_owned),
            });
        }
        self.requests.clone()
    }

    /// Console messages (the browser log) as "LEVEL message", e.g. to find errors or CSP
    /// violations.
    pub fn console(&self) -> Vec<String> {
        self.driver_log("browser")
            .iter()
            .map(|e| {
                format!("{} {}", e["level"].as_str().unwrap_or("?"), e["message"].as_str().unwrap_or(""))
            })
            .collect()
    }

    /// The console's errors, leaving out the one a page without a snapshot always has: its
    /// request for `data/current-trials.json` answered 404 (the page then shows the examples).
    pub fn console_errors(&self) -> Vec<String> {
        self.console()
            .into_iter()
            .filter(|m| m.starts_with("SEVERE"))
            .filter(|m| !(m.contains("data/current-trials.json") && m.contains("404")))
            .collect()
    }

    /// chromedriver's legacy log endpoint, which fantoccini does not wrap.
    fn driver_log(&self, kind: &str) -> Vec<Value> {
        let body = json!({ "type": kind }).to_string();
        let path = format!("/session/{}/se/log", self.session);
        let response = http_post(self.driver_port, &path, &body);
        serde_json::from_str::<Value>(&response)
            .ok()
            .and_then(|v| v["value"].as_array().cloned())
            .unwrap_or_default()
    }

    pub async fn close(self) {
        let Browser { client, driver, .. } = self;
        let _ = client.close().await;
        drop(driver);
    }
}

/// The chromedriver process, stopped when the test ends, also when it fails before `close`
/// (otherwise every failed test left one running).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether a request is the page's fixed table of places (fetched when the Location step
/// opens): a constant address of the page's own, so it carries nothing a person typed.
pub fn is_places_table(request: &Request, origin: &str) -> bool {
    request.method == "GET" && request.body.is_none() && request.url == format!("{origin}/data/places.tsv")
}

/// The requests other than the table of places: what answering must never add to.
pub fn besides_places(requests: Vec<Request>, origin: &str) -> Vec<Request> {
    requests.into_iter().filter(|r| !is_places_table(r, origin)).collect()
}

/// Asserts every recorded request went to `origin` (data: and blob: URLs never leave the page).
pub fn assert_all_same_origin(requests: &[Request], origin: &str) {
    assert!(!requests.is_empty(), "no requests were recorded: the network log is not working");
    let outside: Vec<_> = requests
        .iter()
        .filter(|r| {
            !(r.url.starts_with(&format!("{origin}/"))
                || r.url.starts_with("data:")
                || r.url.starts_with("blob:"))
        })
        .map(|r| format!("{} {} (from {})", r.method, r.url, r.document))
        .collect();
    assert!(outside.is_empty(), "the page made requests outside {origin}: {outside:#?}");
}

fn http_post(port: u16, path: &str, body: &str) -> String {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else { return String::new() };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).is_err() {
        return String::new();
    }
    // chromedriver may keep the connection open, so read by Content-Length, not to the end.
    let mut response = Vec::new();
    let mut buffer = [0u8; 65536];
    loop {
        if let Some(head_end) = find(&response, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&response[..head_end]).to_ascii_lowercase();
            let body = &response[head_end + 4..];
            if let Some(length) = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
            {
                if body.len() >= length {
                    return String::from_utf8_lossy(&body[..length]).into_owned();
                }
            } else if head.contains("transfer-encoding: chunked") && body.ends_with(b"0\r\n\r\n") {
                return dechunk(&String::from_utf8_lossy(body));
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => response.extend_from_slice(&buffer[..n]),
        }
    }
    let text = String::from_utf8_lossy(&response);
    text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for_port(port: u16, limit: Duration) -> Option<()> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// A temporary folder removed when dropped (Chromium's fresh profile).
pub struct TempDir {
    pub path: std::path::PathBuf,
}

impl TempDir {
    pub fn new(prefix: &str) -> TempDir {
        let unique = format!(
            "{prefix}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&path).unwrap();
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
