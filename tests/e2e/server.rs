//! A tiny static file server for the built `dist/`, on 127.0.0.1 with a random port. It also
//! records every request it receives (a second witness beside Chrome's log) and can replace a
//! path's response, so tests can serve a missing or broken trial file.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub body: String,
}

/// A canned response for one path.
#[derive(Debug, Clone)]
pub struct Canned {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

#[derive(Default)]
struct Shared {
    seen: Vec<Seen>,
    overrides: HashMap<String, Canned>,
    /// Header lines added to every response.
    headers: String,
    /// Drop every connection without an answer, as when the network is gone.
    down: bool,
    /// Send bodies gzipped to browsers that accept it, as hosts set up by docs/deploy.md do.
    compress: bool,
    /// Gzipped bodies by path, made once.
    gzipped: HashMap<String, Arc<Vec<u8>>>,
}

pub struct StaticServer {
    pub origin: String,
    shared: Arc<Mutex<Shared>>,
}

impl StaticServer {
    /// Serves `root` until the test process ends.
    pub fn start(root: &Path) -> StaticServer {
        assert!(
            root.join("index.html").is_file(),
            "{} has no index.html: build the release bundle first (scripts/test does: trunk build --release)",
            root.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let shared = Arc::new(Mutex::new(Shared::default()));
        let root = root.to_path_buf();
        let state = shared.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let state = state.clone();
                std::thread::spawn(move || serve(stream, &root, &state));
            }
        });
        StaticServer { origin, shared }
    }

    /// Replaces the response for `path` (e.g. `/data/example-trials.json`).
    /// When the server compresses, the body is compressed now rather than on the first request.
    pub fn set(&self, path: &str, canned: Canned) {
        let compress = {
            let mut shared = self.shared.lock().unwrap();
            shared.gzipped.remove(path);
            shared.overrides.insert(path.to_owned(), canned.clone());
            shared.compress
        };
        if compress {
            gzipped(&self.shared, path, &canned.body);
        }
    }

    /// From now on, sends every successful response gzipped (`Content-Encoding: gzip`) to a
    /// browser that accepts it, as a static host does; the benchmark uses this to transfer
    /// what a real visitor's browser would.
    pub fn compress(&self) {
        self.shared.lock().unwrap().compress = true;
    }

    /// Sends the headers that make the page cross-origin isolated (as a host may): the
    /// benchmark uses this for precise timers.
    pub fn isolate(&self) {
        self.shared.lock().unwrap().headers =
            "Cross-Origin-Opener-Policy: same-origin\r\nCross-Origin-Embedder-Policy: require-corp\r\n"
                .to_owned();
    }

    /// From now on, answers nothing: every request fails as it would with no network.
    pub fn go_offline(&self) {
        self.shared.lock().unwrap().down = true;
    }

    /// Every request received so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.shared.lock().unwrap().seen.clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin, path)
    }
}

fn serve(stream: TcpStream, root: &Path, state: &Mutex<Shared>) {
    let mut reader = BufReader::new(stream);
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 || state.lock().unwrap().down {
            return;
        }
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or("").to_owned();
        let target = parts.next().unwrap_or("/").to_owned();
        let mut length = 0usize;
        let mut accepts_gzip = false;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            if header == "\r\n" || header == "\n" {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
                if name.eq_ignore_ascii_case("accept-encoding") {
                    accepts_gzip = value.contains("gzip");
                }
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let path = target.split(['?', '#']).next().unwrap_or("/").to_owned();
        let (canned, mut headers, compress) = {
            let mut shared = state.lock().unwrap();
            shared.seen.push(Seen {
                method: method.clone(),
                path: target.clone(),
                body: String::from_utf8_lossy(&body).into_owned(),
            });
            (shared.overrides.get(&path).cloned(), shared.headers.clone(), shared.compress && accepts_gzip)
        };
        let response = canned.unwrap_or_else(|| file_response(root, &path));
        let mut body = Arc::new(response.body);
        if compress && response.status == 200 {
            body = gzipped(state, &path, &body);
            headers.push_str("Content-Encoding: gzip\r\n");
        }
        let head = format!(
            "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{headers}\r\n",
            response.status,
            response.content_type,
            body.len()
        );
        let stream = reader.get_mut();
        if stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body)).is_err() {
            return;
        }
    }
}

/// `body` gzipped at flate2's default level (as hosts compress on the fly).
pub fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(body).expect("gzip in memory");
    encoder.finish().expect("gzip in memory")
}

/// The gzipped body for `path`, compressed on its first request only.
fn gzipped(state: &Mutex<Shared>, path: &str, body: &[u8]) -> Arc<Vec<u8>> {
    if let Some(done) = state.lock().unwrap().gzipped.get(path) {
        return done.clone();
    }
    let done = Arc::new(gzip(body));
    state.lock().unwrap().gzipped.insert(path.to_owned(), done.clone());
    done
}

fn file_response(root: &Path, path: &str) -> Canned {
    let relative: PathBuf =
        path.trim_start_matches('/').split('/').filter(|s| !s.is_empty() && *s != "..").collect();
    let mut file = root.join(&relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    // Like most static hosts configured for a single-page app: unknown routes get the page.
    if !file.is_file() && relative.extension().is_none() {
        file = root.join("index.html");
    }
    match std::fs::read(&file) {
        Ok(body) => Canned { status: 200, content_type: content_type(&file), body },
        Err(_) => Canned { status: 404, content_type: "text/plain", body: b"not found".to_vec() },
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript",
        Some("tsv") => "text/tab-separated-values; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}
