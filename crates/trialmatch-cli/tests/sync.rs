//! Runs `trialmatch sync` against a scripted local server: pagination, retries, failures that
//! must leave the previous snapshot alone, and argument errors. Waits are shrunk through
//! `TRIALMATCH_SYNC_BACKOFF_MS`, and no test ever reaches the real registry.

#[path = "sync/server.rs"]
mod server;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use server::{MockServer, Reply, Request};

const FIELDS: &str = "protocolSection.identificationModule,protocolSection.statusModule,protocolSection.sponsorCollaboratorsModule,protocolSection.descriptionModule.briefSummary,protocolSection.conditionsModule,protocolSection.designModule,protocolSection.armsInterventionsModule,protocolSection.eligibilityModule,protocolSection.contactsLocationsModule,derivedSection.conditionBrowseModule";
const PREVIOUS: &str = "{\"studies\": [], \"note\": \"yesterday's snapshot\"}\n";

/// Runs the binary with every wait shrunk to a millisecond and no proxy in the way.
fn sync(args: &[&str]) -> Output {
    sync_waiting(args, 1)
}

/// Runs the binary with `backoff_ms` as the base delay: the spacing between requests is 1.2
/// times it, and a `Retry-After` is capped at 60 times it.
fn sync_waiting(args: &[&str], backoff_ms: u64) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_trialmatch"));
    command.arg("sync").args(args).env("TRIALMATCH_SYNC_BACKOFF_MS", backoff_ms.to_string());
    for proxy in ["ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"] {
        command.env_remove(proxy);
    }
    command.output().expect("run trialmatch sync")
}

fn check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trialmatch"))
        .arg("check")
        .arg(path)
        .output()
        .expect("run trialmatch check")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh, empty folder for one test's output; a passing test removes it, a failing one leaves
/// it to look at.
fn folder(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("tm-sync-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir_all(&folder).unwrap();
    folder
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn study(id: &str) -> String {
    format!(
        r#"{{"protocolSection":{{"identificationModule":{{"nctId":"{id}","briefTitle":"Study {id}"}},"statusModule":{{"overallStatus":"RECRUITING"}}}}}}"#
    )
}

fn page(studies: &[String], next: Option<&str>) -> String {
    let next = next.map(|token| format!(r#","nextPageToken":"{token}""#)).unwrap_or_default();
    format!(r#"{{"studies":[{}]{next}}}"#, studies.join(","))
}

/// Serves `pages` in order, linked by tokens; a request with an unknown token gets a 400.
fn paged(pages: Vec<String>) -> impl Fn(&Request, usize) -> Reply {
    move |request, _| {
        let index = match request.param("pageToken") {
            None => 0,
            Some(token) => match token.strip_prefix("tok ") {
                Some(n) => n.parse().unwrap_or(usize::MAX),
                None => usize::MAX,
            },
        };
        match pages.get(index) {
            Some(body) => Reply::json(body.clone()),
            None => Reply::status(400, "unknown pageToken"),
        }
    }
}

#[test]
fn pages_are_followed_by_token_and_written_as_one_snapshot() {
    // Tokens with a space, a slash and a plus check that the query string is encoded.
    // A study with spacing and a module the page does not read: the snapshot keeps only what
    // the engine and the page read, compactly.
    let odd_spacing = r#"{ "protocolSection" : { "identificationModule" : { "nctId" : "TEST-0103" }, "oversightModule" : { "isFdaRegulatedDrug" : true } } }"#;
    let no_id = r#"{"protocolSection":{"identificationModule":{"briefTitle":"No ID"}}}"#;
    let server = MockServer::start(paged(vec![
        page(&[study("TEST-0101"), study("TEST-0102")], Some("tok 1")),
        page(&[odd_spacing.to_owned(), no_id.to_owned()], Some("tok 2")),
        page(&[study("TEST-0104")], None),
    ]));
    let dir = folder("pages");
    let out = dir.join("current-trials.json");
    let output = sync(&[
        "--out",
        out.to_str().unwrap(),
        "--base-url",
        &server.base_url,
        "--page-size",
        "2",
        "--condition",
        "acute myeloid leukemia",
        "--condition",
        "MDS/MPN & CMML",
        "--status",
        "recruiting,not yet recruiting",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("wrote {}: 5 studies in 3 pages (1 skipped)\n", out.display()));
    assert!(stderr(&output).contains("page 3: 1 study ("), "{}", stderr(&output));

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let tokens: Vec<_> = requests.iter().map(|r| r.param("pageToken")).collect();
    assert_eq!(tokens, [None, Some("tok 1"), Some("tok 2")]);
    for request in &requests {
        assert_eq!(request.path, "/api/v2/studies");
        assert_eq!(request.param("format"), Some("json"));
        assert_eq!(request.param("pageSize"), Some("2"));
        assert_eq!(request.param("query.cond"), Some("acute myeloid leukemia OR MDS/MPN & CMML"));
        assert_eq!(request.param("filter.overallStatus"), Some("RECRUITING,NOT_YET_RECRUITING"));
        assert_eq!(request.param("fields"), Some(FIELDS));
        let agent = request.header("user-agent").unwrap_or_default();
        assert!(agent.starts_with("trialmatch-sync/"), "{agent}");
    }

    let text = fs::read_to_string(&out).unwrap();
    assert!(!text.contains("oversightModule"), "a field the page does not read was kept: {text}");
    let snapshot: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ids: Vec<_> = snapshot["studies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["protocolSection"]["identificationModule"]["nctId"].as_str())
        .collect();
    assert_eq!(ids, [Some("TEST-0101"), Some("TEST-0102"), Some("TEST-0103"), None, Some("TEST-0104")]);
    let studies = snapshot["studies"].as_array().unwrap();
    assert_eq!(
        studies[2]["protocolSection"],
        serde_json::json!({"identificationModule": {"nctId": "TEST-0103"}})
    );
    // Every study that loads carries the requirements the engine read from it; the one that
    // does not load is kept as sent, for the loader to name among the skipped.
    for (index, study) in studies.iter().enumerate() {
        let reader = study["trialmatch"]["reader"].as_str();
        assert_eq!(reader, (index != 3).then_some(trialmatch_core::reading::FINGERPRINT), "study {index}");
    }
    let info = &snapshot["snapshot"];
    assert_eq!(info["pages"], 3);
    assert_eq!(info["studies"], 5);
    assert_eq!(info["source"], format!("{}/api/v2/studies", server.base_url));
    assert_eq!(
        info["query"],
        "conditions: acute myeloid leukemia OR MDS/MPN & CMML; statuses: RECRUITING, NOT_YET_RECRUITING"
    );
    let fetched_at = info["fetched_at"].as_str().unwrap();
    assert!(is_rfc3339_utc(fetched_at), "{fetched_at}");
    assert_eq!(names_in(&dir), ["current-trials.json"]);

    let checked = check(&out);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(stdout(&checked).starts_with("4 loaded, 1 skipped\n"), "{}", stdout(&checked));
    let _ = fs::remove_dir_all(&dir);
}

/// `2026-11-21T08:12:29Z`: the shape, and a year this code could plausibly run in.
fn is_rfc3339_utc(text: &str) -> bool {
    let digits = |range: std::ops::Range<usize>| text[range].bytes().all(|b| b.is_ascii_digit());
    text.len() == 20
        && digits(0..4)
        && &text[4..5] == "-"
        && digits(5..7)
        && &text[7..8] == "-"
        && digits(8..10)
        && &text[10..11] == "T"
        && digits(11..13)
        && &text[13..14] == ":"
        && digits(14..16)
        && &text[16..17] == ":"
        && digits(17..19)
        && text.ends_with('Z')
        && ("2024".."2200").contains(&&text[0..4])
}

#[test]
fn too_many_requests_is_retried_and_defaults_are_sent() {
    let server = MockServer::start(|_, count| match count {
        0 => Reply::status(429, "slow down").header("Retry-After", "0"),
        _ => Reply::json(page(&[study("TEST-0201")], None)),
    });
    let dir = folder("429");
    let out = dir.join("snap.json");
    let output = sync(&["--out", out.to_str().unwrap(), "--base-url", &server.base_url]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("page 1: the server answered 429 Too Many Requests; retrying"),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), format!("wrote {}: 1 study in 1 page (0 skipped)\n", out.display()));

    let requests = server.requests();
    assert_eq!(requests.len(), 2, "the rate-limited request was retried");
    assert_eq!(requests[0].query, requests[1].query);
    let first = &requests[0];
    assert_eq!(first.param("pageSize"), Some("1000"));
    assert_eq!(first.param("query.cond"), Some("leukemia OR myelodysplastic syndrome"));
    assert_eq!(
        first.param("filter.overallStatus"),
        Some("RECRUITING,NOT_YET_RECRUITING,ENROLLING_BY_INVITATION,ACTIVE_NOT_RECRUITING")
    );
    assert_eq!(first.param("pageToken"), None);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn requests_keep_the_rate_limit_spacing_and_honour_retry_after() {
    let server = MockServer::start(|request, count| match (count, request.param("pageToken")) {
        (0, _) => Reply::status(503, "busy").header("Retry-After", "1"),
        (_, None) => Reply::json(page(&[study("TEST-0401")], Some("tok 1"))),
        (_, Some(_)) => Reply::json(page(&[study("TEST-0402")], None)),
    });
    let dir = folder("pacing");
    let out = dir.join("snap.json");
    let output = sync_waiting(&["--out", out.to_str().unwrap(), "--base-url", &server.base_url], 100);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("retrying in 1.0 s"), "{}", stderr(&output));
    let arrivals: Vec<_> = server.requests().iter().map(|r| r.arrived).collect();
    assert_eq!(arrivals.len(), 3);
    let retry_wait = arrivals[1] - arrivals[0];
    let spacing = arrivals[2] - arrivals[1];
    // Lower bounds only, with a little slack for when the server reads each request line.
    assert!(retry_wait >= Duration::from_millis(950), "Retry-After: 1 waited {retry_wait:?}");
    assert!(spacing >= Duration::from_millis(100), "1.2 x 100 ms spacing waited {spacing:?}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn server_errors_give_up_and_leave_the_previous_snapshot_alone() {
    // Page 1 arrives, page 2 never does: the half-finished download must not be written.
    let server = MockServer::start(|request, _| match request.param("pageToken") {
        None => Reply::json(page(&[study("TEST-0301")], Some("tok 1"))),
        Some(_) => Reply::status(500, "oops"),
    });
    let dir = folder("500");
    let out = dir.join("current-trials.json");
    fs::write(&out, PREVIOUS).unwrap();
    let output = sync(&["--out", out.to_str().unwrap(), "--base-url", &server.base_url]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    let expected = format!(
        "trialmatch: sync failed: the server answered 500 Internal Server Error 6 times for page 2; the previous snapshot at {} was left unchanged\n",
        out.display()
    );
    assert!(stderr(&output).ends_with(&expected), "{}", stderr(&output));
    assert_eq!(server.requests().len(), 1 + 6, "one try and five retries for page 2");
    assert_eq!(fs::read_to_string(&out).unwrap(), PREVIOUS);
    assert_eq!(names_in(&dir), ["current-trials.json"]);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn malformed_pages_fail_after_one_retry_and_leave_the_previous_snapshot_alone() {
    for (name, body, reason) in [
        ("not-json", r#"{"studies": [{"protocolSection": "#, "is not valid JSON"),
        ("no-studies", r#"{"message": "maintenance"}"#, "missing field `studies`"),
    ] {
        let server = MockServer::start(move |_, _| Reply::json(body));
        let dir = folder(name);
        let out = dir.join("current-trials.json");
        fs::write(&out, PREVIOUS).unwrap();
        let output = sync(&["--out", out.to_str().unwrap(), "--base-url", &server.base_url]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {message}");
        assert!(message.contains("page 1 was malformed twice"), "{name}: {message}");
        assert!(message.contains(reason), "{name}: {message}");
        assert!(message.contains("was left unchanged"), "{name}: {message}");
        assert_eq!(server.requests().len(), 2, "{name}: retried exactly once");
        assert_eq!(fs::read_to_string(&out).unwrap(), PREVIOUS, "{name}");
        assert_eq!(names_in(&dir), ["current-trials.json"], "{name}");
        let _ = fs::remove_dir_all(&dir);
    }
}

#[test]
fn an_empty_result_is_refused_rather_than_written() {
    let server = MockServer::start(|_, _| Reply::json(page(&[], None)));
    let dir = folder("empty");
    let out = dir.join("current-trials.json");
    let output = sync(&["--out", out.to_str().unwrap(), "--base-url", &server.base_url]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("the registry returned no studies"), "{message}");
    assert!(message.contains("nothing was written to"), "{message}");
    assert!(names_in(&dir).is_empty());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn an_unreachable_server_is_retried_then_reported() {
    // A port that was free a moment ago: connections are refused, quickly.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = folder("refused");
    let out = dir.join("current-trials.json");
    let base_url = format!("http://127.0.0.1:{port}");
    let output = sync(&["--out", out.to_str().unwrap(), "--base-url", &base_url]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("retry 5 of 5"), "{message}");
    assert!(message.contains("6 times for page 1"), "{message}");
    assert!(names_in(&dir).is_empty());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_exit_with_status_2_before_any_request() {
    // An address where nothing listens, in case a case were wrongly accepted.
    let nowhere = "http://127.0.0.1:9";
    for args in [
        vec!["--base-url", nowhere],
        vec!["--out", "x.json", "--out", "y.json", "--base-url", nowhere],
        vec!["--out", "x.json", "--status", "RECRUITNG", "--base-url", nowhere],
        vec!["--out", "x.json", "--page-size", "5000", "--base-url", nowhere],
        vec!["--out", "x.json", "--base-url", "clinicaltrials.gov"],
        vec!["--out", "x.json", "--frobnicate", "--base-url", nowhere],
    ] {
        let output = sync(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
        assert!(stderr(&output).starts_with("trialmatch: "), "{args:?}");
    }
    let output = sync(&["--base-url", nowhere]);
    assert!(stderr(&output).contains("--out <FILE>"), "{}", stderr(&output));
    assert!(!Path::new("x.json").exists());
}

#[test]
fn help_describes_the_options() {
    let output = sync(&["--help"]);
    assert!(output.status.success());
    for option in
        ["--out <FILE>", "--condition <TEXT>", "--status <LIST>", "--base-url <URL>", "--page-size <N>"]
    {
        assert!(stdout(&output).contains(option), "{option}");
    }
}
