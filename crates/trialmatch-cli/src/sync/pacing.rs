//! How long sync waits: between requests, to stay under the registry's limit of about 50
//! requests a minute, and before retrying a failed request. All waits are multiples of one
//! base delay, so a test can shrink every wait at once with `TRIALMATCH_SYNC_BACKOFF_MS`.

use std::time::Duration;

use crate::failure::Failure;

/// The base delay in milliseconds; undocumented in `--help` because only tests need it.
pub const BACKOFF_ENV: &str = "TRIALMATCH_SYNC_BACKOFF_MS";
/// Retries after the first attempt at a page: with the default delay, 1+2+4+8+16 = 31 s of
/// waiting, long enough to ride out a brief outage, short enough for a daily job.
pub const MAX_RETRIES: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pacing {
    base: Duration,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing { base: Duration::from_secs(1) }
    }
}

impl Pacing {
    pub fn from_env() -> Result<Pacing, Failure> {
        match std::env::var(BACKOFF_ENV) {
            Err(_) => Ok(Pacing::default()),
            Ok(text) => {
                text.trim().parse::<u64>().map(|ms| Pacing { base: Duration::from_millis(ms) }).map_err(
                    |_| {
                        Failure::usage(format!(
                            "{BACKOFF_ENV} must be a whole number of milliseconds, not '{text}'"
                        ))
                    },
                )
            }
        }
    }

    /// The least time between the starts of two requests: 1.2 s by default, 50 a minute.
    pub fn spacing(&self) -> Duration {
        self.base * 6 / 5
    }

    /// The wait before retry number `retry` (0 for the first): the server's `Retry-After` when
    /// it sent one, else 1, 2, 4, 8, 16 base delays. A `Retry-After` is capped at 60 base
    /// delays so a confused server cannot park the daily job for hours.
    pub fn retry_delay(&self, retry: u32, retry_after_secs: Option<u64>) -> Duration {
        match retry_after_secs {
            Some(secs) => Duration::from_secs(secs).min(self.base * 60),
            None => self.base * 2u32.saturating_pow(retry.min(16)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_waits() {
        let pacing = Pacing::default();
        assert_eq!(pacing.spacing(), Duration::from_millis(1200));
        let backoff: Vec<u64> =
            (0..MAX_RETRIES).map(|retry| pacing.retry_delay(retry, None).as_secs()).collect();
        assert_eq!(backoff, [1, 2, 4, 8, 16]);
    }

    #[test]
    fn retry_after_is_honoured_up_to_a_cap() {
        let pacing = Pacing::default();
        assert_eq!(pacing.retry_delay(3, Some(0)), Duration::ZERO);
        assert_eq!(pacing.retry_delay(0, Some(7)), Duration::from_secs(7));
        assert_eq!(pacing.retry_delay(0, Some(86_400)), Duration::from_secs(60));
    }

    #[test]
    fn a_smaller_base_shrinks_every_wait() {
        let pacing = Pacing { base: Duration::from_millis(10) };
        assert_eq!(pacing.spacing(), Duration::from_millis(12));
        assert_eq!(pacing.retry_delay(2, None), Duration::from_millis(40));
        assert_eq!(pacing.retry_delay(0, Some(5)), Duration::from_millis(600));
    }
}
