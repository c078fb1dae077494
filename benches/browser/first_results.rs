//! The first-results budget (issue 16): a deployment's snapshot of 3,000 generated trials of
//! real trimmed size, served gzipped like a configured host serves it, opened in a fresh
//! headless Chromium with the CPU slowed 4× and a 4G-like network (9 Mbit/s, 150 ms). It
//! times the page from opening to the first results, and to the results for every trial; a
//! run without throttling gives the longest task while the snapshot loads.

use std::time::Duration;

use serde_json::{json, Value};
use trialmatch_core::reading::ahead::AheadWriter;
use trialmatch_core::registry::trim_study;
use trialmatch_core::synth::Shape;

use crate::browser::{Browser, Launch};
use crate::server::{gzip, Canned, StaticServer};

pub const FIRST_RESULTS_MS: f64 = 3_000.0;
pub const LONGEST_TASK_MS: f64 = 100.0;
const CPU_SLOWDOWN: f64 = 4.0;
const DOWNLOAD_MBIT: f64 = 9.0;
const LATENCY_MS: f64 = 150.0;
const SNAPSHOT_PATH: &str = "/data/current-trials.json";

/// The snapshot file served, and its sizes.
pub struct Snapshot {
    pub trials: usize,
    pub bytes: usize,
    pub gzipped: usize,
    body: Vec<u8>,
}

/// What one page load gave, in milliseconds since the page was opened.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub first_results: f64,
    /// How many trials the first results covered.
    pub first_count: f64,
    pub all_results: f64,
    /// How long the snapshot took to arrive (its resource timing).
    pub download: f64,
    /// The longest task from the snapshot's request on.
    pub longest_task: f64,
    /// The longest task before it (the page starting).
    pub start_task: f64,
}

/// Generates `trials` real-shape records, trims them as `trialmatch sync` does and writes them
/// as a snapshot — with their requirements read ahead as `sync` stores them, unless `plain`
/// (a snapshot written by another version of the engine, which the page reads itself).
pub fn prepare(examples: &[u8], trials: usize, plain: bool) -> Snapshot {
    let text = trialmatch_core::synth::generate(examples, trials, 3, Shape::Real).expect("generate trials");
    let page: Value = serde_json::from_str(&text).expect("generated JSON");
    let mut writer = AheadWriter::new();
    let studies: Vec<String> = page["studies"]
        .as_array()
        .expect("studies")
        .iter()
        .map(|study| {
            let text = study.to_string();
            if plain { trim_study(&text) } else { writer.study(&text) }.expect("a generated study reads")
        })
        .collect();
    let header = json!({
        "fetched_at": "2026-12-01T05:00:00Z",
        "query": "query.cond=leukemia (generated for the benchmark)",
        "source": "trialmatch bench",
        "pages": 15,
        "studies": trials,
    });
    let body = format!("{{\"snapshot\":{header},\"studies\":[\n{}\n]}}\n", studies.join(",\n")).into_bytes();
    let gzipped = gzip(&body).len();
    Snapshot { trials, bytes: body.len(), gzipped, body }
}

/// Serves the snapshot beside the release bundle, everything gzipped.
pub fn serve(server: &StaticServer, snapshot: &Snapshot) {
    server.compress();
    server.set(
        SNAPSHOT_PATH,
        Canned { status: 200, content_type: "application/json", body: snapshot.body.clone() },
    );
}

/// One first visit, in a browser of its own (no cache, no service worker yet).
pub async fn run_once(server: &StaticServer, snapshot: &Snapshot, throttled: bool) -> Run {
    let browser = Browser::start(Launch::default()).await;
    if throttled {
        browser.cdp("Network.enable", json!({}));
        browser.cdp(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": LATENCY_MS,
                "downloadThroughput": DOWNLOAD_MBIT * 1_000_000.0 / 8.0,
                "uploadThroughput": 3_000_000.0 / 8.0,
                "connectionType": "cellular4g",
            }),
        );
        browser.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": CPU_SLOWDOWN }));
    }
    let mut browser = browser;
    browser.goto(&server.url("/")).await;
    browser
        .execute(
            "new PerformanceObserver(list => {
               for (const e of list.getEntries()) {
                 (window.__tmTasks ||= []).push([Math.round(e.startTime), Math.round(e.duration)]);
               }
             }).observe({type: 'longtask', buffered: true});",
            vec![],
        )
        .await;
    let limit = Duration::from_secs(120);
    browser.wait_until_within("performance.getEntriesByName('tm:results-shown').length > 0", limit).await;
    let first = browser
        .execute(
            "return [performance.getEntriesByName('tm:results-shown')[0].startTime,
                     Number(document.querySelector('[data-testid=trial-count]')?.textContent || 0)];",
            vec![],
        )
        .await;
    browser
        .wait_until_within(
            &format!(
                "document.querySelector('[data-testid=trial-count]')?.textContent.trim() === '{}'
                 && !document.querySelector('[data-testid=results-partial]')",
                snapshot.trials
            ),
            limit,
        )
        .await;
    let all_results = browser.execute("return performance.now();", vec![]).await.as_f64().unwrap_or(f64::NAN);
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Tasks from the snapshot's request on: the page's own start (instantiating the code and
    // drawing the page, 80–150 ms) comes before it and is the same without a snapshot.
    let rest = browser
        .execute(
            "const file = performance.getEntriesByType('resource').find(e => e.name.endsWith('current-trials.json'));
             const from = performance.getEntriesByName('tm:fetch')[0]?.startTime ?? 0;
             const tasks = window.__tmTasks || [];
             const during = Math.max(0, ...tasks.filter(t => t[0] >= from).map(t => t[1]));
             const before = Math.max(0, ...tasks.filter(t => t[0] < from).map(t => t[1]));
             return [file ? file.responseEnd - file.startTime : NaN, during, before];",
            vec![],
        )
        .await;
    if std::env::var_os("TM_BENCH_TIMELINE").is_some() {
        let timeline = browser
            .execute(
                "return {tasks: window.__tmTasks,
                   files: performance.getEntriesByType('resource').map(e => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize]),
                   marks: performance.getEntriesByType('measure').concat(performance.getEntriesByType('mark'))
                     .map(m => [m.name, Math.round(m.startTime), Math.round(m.duration)])};",
                vec![],
            )
            .await;
        eprintln!("  timeline: {timeline}");
    }
    browser.close().await;
    let number = |value: &Value, i: usize| value[i].as_f64().unwrap_or(f64::NAN);
    Run {
        first_results: number(&first, 0),
        first_count: number(&first, 1),
        all_results,
        download: number(&rest, 0),
        longest_task: number(&rest, 1),
        start_task: number(&rest, 2),
    }
}

/// A one-line description of the throttling, for the report.
pub fn conditions() -> String {
    format!("CPU slowed {CPU_SLOWDOWN}×, {DOWNLOAD_MBIT} Mbit/s down with {LATENCY_MS} ms latency")
}
