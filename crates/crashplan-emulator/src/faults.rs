//! Fault injection: latency, 503/429 answers, dropped connections, broken bodies and a
//! per-account rate limit. Every random decision comes from one RNG seeded with
//! [`Faults::seed`], so a sequential run is repeatable.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Latency added before a request is handled.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Latency {
    /// No added latency (the default).
    #[default]
    None,
    /// The same delay for every request.
    Fixed(Duration),
    /// A delay drawn uniformly from `min..=max` for every request.
    Random {
        /// Shortest delay.
        min: Duration,
        /// Longest delay.
        max: Duration,
    },
}

/// Which faults to inject, and how often. All rates are probabilities in `0.0..=1.0`
/// (values outside are clamped); the default injects nothing.
///
/// Faults apply to `/rest/*`, to the token login `/api/v3/auth/jwt` and to the API-client
/// token request `/api/v3/oauth/token`. The order of
/// checks for each request is: latency, rate limit, `rate_503`, `rate_429` (these three
/// answer without running the handler), then the handler runs (so its changes are applied)
/// and one of `rate_drop_before_response`, `rate_drop_mid_body`, `rate_truncated_body`,
/// `rate_malformed_body` may spoil the answer.
///
/// ```
/// use crashplan_emulator::{Faults, Latency};
/// use std::time::Duration;
///
/// let faults = Faults {
///     seed: 7,
///     rate_503: 0.25,
///     retry_after_secs: 2,
///     latency: Latency::Fixed(Duration::from_millis(5)),
///     ..Faults::none()
/// };
/// assert!(!faults.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Faults {
    /// Seed of the random decisions; the same seed gives the same sequence of faults.
    pub seed: u64,
    /// Latency added to every request.
    pub latency: Latency,
    /// Rate of `503 Service Unavailable` answers (with `Retry-After`).
    pub rate_503: f64,
    /// Rate of `429 Too Many Requests` answers (with `Retry-After`).
    pub rate_429: f64,
    /// Value of the `Retry-After` header of injected 503 and 429 answers, in seconds.
    pub retry_after_secs: u64,
    /// Rate of connections closed after the request was handled, without any response.
    pub rate_drop_before_response: f64,
    /// Rate of connections closed in the middle of the response body (the headers announce
    /// the full `Content-Length`).
    pub rate_drop_mid_body: f64,
    /// Rate of responses whose JSON body is cut in half (with a matching `Content-Length`).
    pub rate_truncated_body: f64,
    /// Rate of responses whose JSON body is syntactically invalid.
    pub rate_malformed_body: f64,
    /// At most this many requests per second per account (by username; anonymous requests
    /// share one bucket); further requests get 429 with `Retry-After: 1`.
    pub rate_limit_per_second: Option<u32>,
}

impl Default for Faults {
    fn default() -> Self {
        Self::none()
    }
}

impl Faults {
    /// No faults at all.
    pub fn none() -> Self {
        Self {
            seed: 0,
            latency: Latency::None,
            rate_503: 0.0,
            rate_429: 0.0,
            retry_after_secs: 1,
            rate_drop_before_response: 0.0,
            rate_drop_mid_body: 0.0,
            rate_truncated_body: 0.0,
            rate_malformed_body: 0.0,
            rate_limit_per_second: None,
        }
    }

    /// Whether this configuration injects nothing.
    pub fn is_none(&self) -> bool {
        self.latency == Latency::None
            && self.rate_503 <= 0.0
            && self.rate_429 <= 0.0
            && self.rate_drop_before_response <= 0.0
            && self.rate_drop_mid_body <= 0.0
            && self.rate_truncated_body <= 0.0
            && self.rate_malformed_body <= 0.0
            && self.rate_limit_per_second.is_none()
    }
}

/// What an injected fault did to a request, as recorded in the request log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FaultKind {
    /// Answered 503 without handling the request.
    ServiceUnavailable,
    /// Answered 429 without handling the request (random rate).
    TooManyRequests,
    /// Answered 429 because the account exceeded `rate_limit_per_second`.
    RateLimited,
    /// Handled, then closed the connection without a response.
    DropBeforeResponse,
    /// Handled, then closed the connection in the middle of the body.
    DropMidBody,
    /// Handled, answered with a truncated body.
    TruncatedBody,
    /// Handled, answered with a malformed body.
    MalformedBody,
}

/// Decision taken before the handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    Proceed,
    Reject(FaultKind),
}

/// Decision taken for the response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum After {
    Intact,
    Spoil(FaultKind),
}

/// One request's worth of random draws.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) delay: Option<Duration>,
    pub(crate) before: Before,
    pub(crate) after: After,
}

/// The live fault configuration plus its RNG and rate-limit buckets.
#[derive(Debug)]
pub(crate) struct FaultEngine {
    inner: Mutex<EngineState>,
}

#[derive(Debug)]
struct EngineState {
    faults: Faults,
    rng: StdRng,
    buckets: HashMap<String, (Instant, u32)>,
}

fn hit(rng: &mut StdRng, rate: f64) -> bool {
    // Always draw, so that the sequence does not depend on which rates are zero.
    let draw: f64 = rng.random();
    draw < rate.clamp(0.0, 1.0)
}

impl FaultEngine {
    pub(crate) fn new(faults: Faults) -> Self {
        let rng = StdRng::seed_from_u64(faults.seed);
        Self {
            inner: Mutex::new(EngineState {
                faults,
                rng,
                buckets: HashMap::new(),
            }),
        }
    }

    /// Replaces the configuration and reseeds the RNG.
    pub(crate) fn set(&self, faults: Faults) {
        let mut state = self.lock();
        state.rng = StdRng::seed_from_u64(faults.seed);
        state.faults = faults;
        state.buckets.clear();
    }

    pub(crate) fn retry_after_secs(&self) -> u64 {
        self.lock().faults.retry_after_secs
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, EngineState> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The plan of a request that faults do not apply to.
    pub(crate) fn plan_none(&self) -> Plan {
        Plan {
            delay: None,
            before: Before::Proceed,
            after: After::Intact,
        }
    }

    /// Draws the plan of one request for `account` (None = anonymous).
    pub(crate) fn plan(&self, account: Option<&str>) -> Plan {
        let mut guard = self.lock();
        let state = &mut *guard;
        if state.faults.is_none() {
            return self.plan_none();
        }
        let faults = state.faults.clone();
        let rng = &mut state.rng;
        let delay = match faults.latency {
            Latency::None => None,
            Latency::Fixed(d) => Some(d),
            Latency::Random { min, max } => {
                let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
                let span = hi.saturating_sub(lo).as_nanos() as u64;
                let extra = if span == 0 {
                    0
                } else {
                    rng.random_range(0..=span)
                };
                Some(lo + Duration::from_nanos(extra))
            }
        };
        let r503 = hit(rng, faults.rate_503);
        let r429 = hit(rng, faults.rate_429);
        let drop = hit(rng, faults.rate_drop_before_response);
        let mid = hit(rng, faults.rate_drop_mid_body);
        let trunc = hit(rng, faults.rate_truncated_body);
        let malformed = hit(rng, faults.rate_malformed_body);

        let limited = match faults.rate_limit_per_second {
            Some(limit) => {
                let key = account.unwrap_or("").to_owned();
                let now = Instant::now();
                let bucket = state.buckets.entry(key).or_insert((now, 0));
                if now.duration_since(bucket.0) >= Duration::from_secs(1) {
                    *bucket = (now, 0);
                }
                bucket.1 = bucket.1.saturating_add(1);
                bucket.1 > limit
            }
            None => false,
        };
        let before = if limited {
            Before::Reject(FaultKind::RateLimited)
        } else if r503 {
            Before::Reject(FaultKind::ServiceUnavailable)
        } else if r429 {
            Before::Reject(FaultKind::TooManyRequests)
        } else {
            Before::Proceed
        };
        let after = if drop {
            After::Spoil(FaultKind::DropBeforeResponse)
        } else if mid {
            After::Spoil(FaultKind::DropMidBody)
        } else if trunc {
            After::Spoil(FaultKind::TruncatedBody)
        } else if malformed {
            After::Spoil(FaultKind::MalformedBody)
        } else {
            After::Intact
        };
        Plan {
            delay,
            before,
            after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sequence(seed: u64) -> Vec<Before> {
        let engine = FaultEngine::new(Faults {
            seed,
            rate_503: 0.5,
            ..Faults::none()
        });
        (0..64).map(|_| engine.plan(None).before).collect()
    }

    #[test]
    fn same_seed_same_faults() {
        assert_eq!(sequence(1), sequence(1));
        let hits = sequence(1)
            .iter()
            .filter(|b| **b != Before::Proceed)
            .count();
        assert!(hits > 0 && hits < 64, "about half fire: {hits}");
    }

    #[test]
    fn none_never_fires() {
        let engine = FaultEngine::new(Faults::none());
        for _ in 0..100 {
            let plan = engine.plan(Some("admin"));
            assert_eq!(plan.before, Before::Proceed);
            assert_eq!(plan.after, After::Intact);
        }
    }

    #[test]
    fn rate_limit_per_account() {
        let engine = FaultEngine::new(Faults {
            rate_limit_per_second: Some(2),
            ..Faults::none()
        });
        // Bounded: 3 requests well within one second on any machine is not guaranteed, so
        // only check that a burst eventually gets limited.
        let limited = (0..1000)
            .map(|_| engine.plan(Some("a")).before)
            .any(|b| b == Before::Reject(FaultKind::RateLimited));
        assert!(limited);
        // Another account has its own bucket.
        assert_eq!(engine.plan(Some("b")).before, Before::Proceed);
    }
}
