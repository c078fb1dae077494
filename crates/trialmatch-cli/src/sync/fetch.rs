//! Fetches one page over HTTP: keeps requests at least the rate-limit spacing apart, retries
//! what may pass (429, 5xx, dropped connections, timeouts) with growing waits, retries a
//! malformed page once in case it was cut short, and gives up with a sentence saying why.

use std::thread::sleep;
use std::time::{Duration, Instant};

use trialmatch_core::registry::MAX_FILE_BYTES;
use ureq::http::StatusCode;

use super::pacing::{Pacing, MAX_RETRIES};

/// A page's request takes at most this long, connecting and downloading a 1,000-study page
/// (about 13 MB) included; a stuck connection then counts as one failed attempt.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(300);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends the requests of one sync, remembering when the last one started.
pub struct Fetcher {
    agent: ureq::Agent,
    pacing: Pacing,
    last_request: Option<Instant>,
}

/// Why one attempt failed, and whether another may succeed.
enum Attempt {
    Retry { reason: String, retry_after_secs: Option<u64> },
    GiveUp(String),
}

impl Fetcher {
    pub fn new(pacing: Pacing) -> Self {
        let agent = ureq::Agent::config_builder()
            // Statuses are answers to read (Retry-After, the 400 explanation), not errors.
            .http_status_as_error(false)
            .user_agent(format!("trialmatch-sync/{}", env!("CARGO_PKG_VERSION")))
            .timeout_connect(Some(CONNECT_TIMEOUT))
            .timeout_global(Some(REQUEST_TIMEOUT))
            .build()
            .new_agent();
        Fetcher { agent, pacing, last_request: None }
    }

    /// GETs `url` with `params` until `accept` takes the body, or the retries run out.
    /// `page` only names the page in messages.
    pub fn fetch<T>(
        &mut self,
        url: &str,
        params: &[(&str, String)],
        page: u32,
        accept: impl Fn(&[u8]) -> Result<T, String>,
    ) -> Result<T, String> {
        let mut reasons: Vec<String> = Vec::new();
        let mut malformed = 0;
        let mut wait = Duration::ZERO;
        for retry in 0..=MAX_RETRIES {
            sleep(wait);
            let (reason, retry_after_secs) = match self.get(url, params) {
                Ok(body) => match accept(&body) {
                    Ok(value) => return Ok(value),
                    // A malformed 200 is more likely a bug than a hiccup; one more try covers
                    // a body cut short on the way, more would only hammer the server.
                    Err(reason) if malformed > 0 => {
                        return Err(format!("page {page} was malformed twice: {reason}"))
                    }
                    Err(reason) => {
                        malformed += 1;
                        (reason, None)
                    }
                },
                Err(Attempt::GiveUp(reason)) => return Err(format!("page {page}: {reason}")),
                Err(Attempt::Retry { reason, retry_after_secs }) => (reason, retry_after_secs),
            };
            wait = self.pacing.retry_delay(retry, retry_after_secs);
            if retry < MAX_RETRIES {
                eprintln!(
                    "page {page}: {reason}; retrying in {:.1} s (retry {} of {MAX_RETRIES})",
                    wait.as_secs_f64(),
                    retry + 1
                );
            }
            reasons.push(reason);
        }
        Err(gave_up(page, &reasons))
    }

    fn get(&mut self, url: &str, params: &[(&str, String)]) -> Result<Vec<u8>, Attempt> {
        if let Some(last) = self.last_request {
            sleep(self.pacing.spacing().saturating_sub(last.elapsed()));
        }
        self.last_request = Some(Instant::now());
        let mut response = self
            .agent
            .get(url)
            .query_pairs(params.iter().map(|(name, value)| (*name, value.as_str())))
            .call()
            .map_err(transport_failure)?;
        let status = response.status();
        if status.is_success() {
            return response
                .body_mut()
                .with_config()
                // Leave the size check to the loader, whose limit is the one that matters.
                .limit(MAX_FILE_BYTES as u64 + 1)
                .read_to_vec()
                .map_err(transport_failure);
        }
        let answered = format!("the server answered {}", describe(status));
        if status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            let retry_after_secs = response
                .headers()
                .get("retry-after")
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.trim().parse::<u64>().ok());
            return Err(Attempt::Retry { reason: answered, retry_after_secs });
        }
        // Any other status (a 400 for a query the API rejects, a 404 for a wrong --base-url)
        // will not change by asking again; the API explains 400s in the body, so show it.
        let body = response.body_mut().with_config().limit(4096).read_to_string().unwrap_or_default();
        let body: String = body.trim().chars().take(300).collect();
        Err(Attempt::GiveUp(if body.is_empty() { answered } else { format!("{answered}: {body}") }))
    }
}

fn describe(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

/// Network trouble is worth another try; a bad address or a TLS failure is not.
fn transport_failure(error: ureq::Error) -> Attempt {
    match error {
        ureq::Error::Io(_)
        | ureq::Error::Timeout(_)
        | ureq::Error::HostNotFound
        | ureq::Error::ConnectionFailed
        | ureq::Error::Protocol(_)
        | ureq::Error::BodyStalled => {
            Attempt::Retry { reason: format!("the request failed ({error})"), retry_after_secs: None }
        }
        ureq::Error::BodyExceedsLimit(_) => Attempt::GiveUp(format!(
            "the page is larger than the {} MB the app reads",
            MAX_FILE_BYTES / 1_048_576
        )),
        other => Attempt::GiveUp(format!("the request failed ({other})")),
    }
}

/// "the server answered 500 Internal Server Error 6 times for page 1" when every attempt
/// failed alike, else the count and the last reason.
fn gave_up(page: u32, reasons: &[String]) -> String {
    let count = reasons.len();
    match reasons.last() {
        Some(last) if reasons.iter().all(|r| r == last) => {
            format!("{last} {count} times for page {page}")
        }
        Some(last) => format!("page {page} failed {count} times; the last time {last}"),
        None => format!("page {page} was never requested"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn give_up_messages() {
        let same = vec!["the server answered 500 Internal Server Error".to_owned(); 6];
        assert_eq!(gave_up(1, &same), "the server answered 500 Internal Server Error 6 times for page 1");
        let mixed = [
            "the server answered 429 Too Many Requests".to_owned(),
            "the server answered 503 Service Unavailable".to_owned(),
        ];
        assert_eq!(
            gave_up(2, &mixed),
            "page 2 failed 2 times; the last time the server answered 503 Service Unavailable"
        );
    }

    #[test]
    fn statuses_are_described_with_their_reason_phrase() {
        assert_eq!(describe(StatusCode::INTERNAL_SERVER_ERROR), "500 Internal Server Error");
        assert_eq!(describe(StatusCode::from_u16(599).unwrap()), "599");
    }
}
