//! The client's built-in rate limiter: learns the server's limit from `429`/`503` answers
//! (AIMD, the CUBIC curve of the AWS SDKs' *adaptive* retry mode) under an optional hard cap.
//!
//! Every client has one unless [`ClientBuilder::limiter`](crate::ClientBuilder::limiter)
//! installs another; [`ClientBuilder::max_rps`](crate::ClientBuilder::max_rps) sets its cap.
//!
//! * Until the server first refuses a request for its rate (`429 Too Many Requests` or
//!   `503 Service Unavailable`), requests go out as fast as the caller's concurrency allows
//!   (or at the cap).
//! * A refusal sets the *known limit* `W` to the rate of answers accepted in the last second,
//!   and the sending rate to `0.7 W` (multiplicative decrease). Refusals within the same
//!   event (before the server's `Retry-After` has passed, else one round trip, and before the
//!   requests already spaced at the old rate are out) count once. A refusal after fewer than
//!   four accepted answers in the last second teaches nothing and is left to the retry.
//! * Refusals that do not follow the client's rate (another tenant's load, a flaky proxy) do
//!   not slow it down; what a refusal means is decided from its `Retry-After` and from the
//!   *share* of refusals, not from each one:
//!   - `Retry-After: 0` (the server asks for the request again at once): never a rate signal;
//!   - a longer `Retry-After` (the server asks the client to wait): a rate signal;
//!   - no `Retry-After`: a rate signal only when the share of refused answers in the last
//!     second is more than twice the share of the nine seconds before it ([`NOISE_FACTOR`]),
//!     or above a quarter of the answers. A steady background of refusals, whatever the
//!     rate, is left to the pipeline's retries.
//! * Then the rate grows along the cubic curve `0.4 (t - K)³ + W`, `K = ∛(0.3 W / 0.4)`: fast
//!   at first, flat near `W`. It stays just under `W` ([`PLATEAU`]) for a while before
//!   probing above it, so that a steady limit is met with few refusals; it never exceeds
//!   twice the accepted rate of the last second (growth without demand means nothing).
//! * Requests are spaced (`1/rate` apart), never sent in bursts: a server counting requests
//!   per second sees at most the rate.
//!
//! The refused requests themselves are retried by the [`pipeline`](crate::pipeline) after the
//! server's `Retry-After`, within the call's budget.
//!
//! Hand-written rather than a crate: the well-kept limiter crates (`governor`, tower's
//! `RateLimit`) have a fixed rate; what is needed here is a rate that the answers change.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures::future::BoxFuture;
use reqwest::StatusCode;
use tokio::time::Instant;

use crate::pipeline::{Limiter, Observation};

/// Share of the rate kept after a refusal (the AWS SDKs' `BETA`).
const BETA: f64 = 0.7;
/// Steepness of the cubic growth (the AWS SDKs' `SCALE_CONSTANT`).
const SCALE: f64 = 0.4;
/// Share of the known limit the rate stays at before probing above it.
pub const PLATEAU: f64 = 0.97;
/// How long the rate stays at the plateau before probing above the known limit.
const PLATEAU_TIME: Duration = Duration::from_secs(6);
/// The lowest rate the limiter slows down to, in requests per second.
const MIN_RATE: f64 = 0.5;
/// Answers accepted in the last second below which a refusal teaches nothing about a rate.
const MIN_SAMPLE: f64 = 4.0;
/// A refusal is a rate signal when the share of refusals of the last second is more than this
/// many times the share of the nine seconds before it.
pub const NOISE_FACTOR: f64 = 2.0;
/// How far back the background share of refusals is measured.
const HISTORY: Duration = Duration::from_secs(10);
/// Answers in the background below which its share is not trusted.
const MIN_HISTORY: usize = 20;
/// A share of refusals in the last second above which they are a rate signal whatever the
/// background.
const HIGH_SHARE: f64 = 0.25;

/// The adaptive limiter: see the [module documentation](self).
///
/// ```
/// use std::sync::Arc;
/// use crashplan::limiter::AdaptiveLimiter;
///
/// // Keep a handle to read the counters after a run.
/// let limiter = Arc::new(AdaptiveLimiter::new().max_rps(50.0));
/// let client = crashplan::Client::builder("https://cp.example.com:4285")
///     .limiter(Arc::clone(&limiter))
///     .build();
/// # assert!(client.is_ok());
/// assert_eq!(limiter.stats().throttled, 0);
/// ```
#[derive(Debug, Default)]
pub struct AdaptiveLimiter {
    cap: Option<f64>,
    state: Mutex<State>,
    sent: AtomicU64,
    throttled: AtomicU64,
}

/// What an [`AdaptiveLimiter`] has seen.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub struct LimiterStats {
    /// Requests answered (or failed) since the limiter was made.
    pub answered: u64,
    /// Of those, answers refusing the request for its rate (`429`, `503`).
    pub throttled: u64,
    /// The rate requests are sent at now (`None`: no limit learned and no cap).
    pub rate: Option<f64>,
}

#[derive(Debug, Default)]
struct State {
    /// The known limit and when it was learned; `None` until the first refusal.
    learned: Option<(f64, Instant)>,
    /// The earliest time the next request may be sent.
    next_slot: Option<Instant>,
    /// Refusals before this time belong to the last event.
    same_event_until: Option<Instant>,
    /// Times of accepted answers in the last second.
    accepted: VecDeque<Instant>,
    /// Times of answers in the last [`HISTORY`], and whether each refused the request.
    answers: VecDeque<(Instant, bool)>,
    /// Smoothed latency of answers, in seconds.
    latency: f64,
}

impl AdaptiveLimiter {
    /// A limiter with no cap; it slows down only when the server refuses requests.
    pub fn new() -> Self {
        Self::default()
    }

    /// Never more than `rps` requests per second (values below 0.5 are raised to 0.5).
    #[must_use]
    pub fn max_rps(mut self, rps: f64) -> Self {
        self.cap = Some(if rps.is_finite() {
            rps.max(MIN_RATE)
        } else {
            f64::MAX
        });
        self
    }

    /// The counters so far.
    pub fn stats(&self) -> LimiterStats {
        let rate = self.lock().rate(Instant::now(), self.cap);
        LimiterStats {
            answered: self.sent.load(Ordering::Relaxed),
            throttled: self.throttled.load(Ordering::Relaxed),
            rate,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl State {
    /// Answers accepted in the second before `now`.
    fn accepted_rate(&mut self, now: Instant) -> f64 {
        while self
            .accepted
            .front()
            .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(1))
        {
            self.accepted.pop_front();
        }
        self.accepted.len() as f64
    }

    /// Records an answer; whether the refusals of the last second stand out from the
    /// background of the [`HISTORY`] before it (see the [module documentation](self)).
    fn refusals_stand_out(&mut self, now: Instant, refused: bool) -> bool {
        while self
            .answers
            .front()
            .is_some_and(|(t, _)| now.duration_since(*t) > HISTORY)
        {
            self.answers.pop_front();
        }
        self.answers.push_back((now, refused));
        let share = |answers: &mut dyn Iterator<Item = &(Instant, bool)>| {
            let (mut all, mut refused) = (0_usize, 0_usize);
            for (_, r) in answers {
                all += 1;
                refused += usize::from(*r);
            }
            (all, refused as f64 / all.max(1) as f64)
        };
        let recent = |t: &Instant| now.duration_since(*t) <= Duration::from_secs(1);
        let (before, background) = share(&mut self.answers.iter().filter(|(t, _)| !recent(t)));
        let (_, last) = share(&mut self.answers.iter().filter(|(t, _)| recent(t)));
        last > HIGH_SHARE || (before >= MIN_HISTORY && last > NOISE_FACTOR * background)
    }

    /// The sending rate at `now`: the cubic curve since the last refusal, under the cap.
    fn rate(&mut self, now: Instant, cap: Option<f64>) -> Option<f64> {
        let learned = self.learned.map(|(w, at)| {
            let k = (w * (1.0 - BETA) / SCALE).cbrt();
            let t = now.duration_since(at).as_secs_f64();
            let probe = k + PLATEAU_TIME.as_secs_f64();
            let curve = if t < k {
                SCALE * (t - k).powi(3) + w
            } else if t < probe {
                w
            } else {
                SCALE * (t - probe).powi(3) + w
            };
            let ceiling = (2.0 * self.accepted_rate(now)).max(w);
            // Just under the known limit until it is probed.
            let curve = if t < probe {
                curve.min(w * PLATEAU)
            } else {
                curve
            };
            curve.min(ceiling).max(MIN_RATE)
        });
        match (learned, cap) {
            (Some(r), Some(c)) => Some(r.min(c)),
            (r, c) => r.or(c),
        }
    }
}

impl Limiter for AdaptiveLimiter {
    fn acquire(&self) -> BoxFuture<'_, ()> {
        let slot = {
            let mut state = self.lock();
            let now = Instant::now();
            match state.rate(now, self.cap) {
                None => None,
                Some(rate) => {
                    let slot = state.next_slot.map_or(now, |s| s.max(now));
                    state.next_slot = Some(slot + Duration::from_secs_f64(1.0 / rate));
                    Some(slot)
                }
            }
        };
        Box::pin(async move {
            if let Some(slot) = slot {
                tokio::time::sleep_until(slot).await;
            }
        })
    }

    fn observe(&self, outcome: &Observation) {
        self.sent.fetch_add(1, Ordering::Relaxed);
        let now = Instant::now();
        let mut state = self.lock();
        let latency = outcome.latency.as_secs_f64();
        state.latency = if state.latency == 0.0 {
            latency
        } else {
            0.8 * state.latency + 0.2 * latency
        };
        let throttled = matches!(
            outcome.status,
            Some(StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE)
        );
        if outcome.status.is_none() {
            return;
        }
        let stands_out = state.refusals_stand_out(now, throttled);
        if !throttled {
            state.accepted.push_back(now);
            state.accepted_rate(now);
            return;
        }
        self.throttled.fetch_add(1, Ordering::Relaxed);
        let signal = match outcome.retry_after {
            Some(wait) => !wait.is_zero(),
            None => stands_out,
        };
        if !signal {
            // The server asks for the request again at once, or refuses about as often
            // whatever the rate: not a rate signal; the pipeline's retry handles it.
            return;
        }
        if state.same_event_until.is_some_and(|until| now < until) {
            return;
        }
        let accepted = state.accepted_rate(now);
        if accepted < MIN_SAMPLE {
            // Too few answers to say anything about a rate (a single refusal at the start, a
            // server restarting): the pipeline's retry handles it.
            return;
        }
        let current = state.rate(now, None).unwrap_or(f64::MAX);
        let limit = accepted.min(current);
        // The curve starts at BETA * limit: `learned` is placed so that the curve is there now.
        state.learned = Some((limit, now));
        let wait = outcome
            .retry_after
            .unwrap_or(Duration::from_secs_f64(state.latency.max(0.001)));
        // Requests already given a slot at the old rate may still be refused: same event.
        let drained = state.next_slot.map_or(now, |s| s.max(now)) + outcome.latency;
        state.same_event_until = Some((now + wait).max(drained));
        // Requests already spaced for the old rate keep their slots; the next ones are spaced
        // for the new rate.
        tracing::debug!(limit, "rate limited by the server: slowing down");
    }
}

impl<L: Limiter> Limiter for std::sync::Arc<L> {
    fn acquire(&self) -> BoxFuture<'_, ()> {
        (**self).acquire()
    }

    fn observe(&self, outcome: &Observation) {
        (**self).observe(outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16) -> Observation {
        Observation {
            status: Some(StatusCode::from_u16(status).expect("status")),
            retry_after: Some(Duration::from_secs(1)),
            latency: Duration::from_millis(2),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn unlimited_until_refused_then_spaced_at_the_learned_rate() {
        let limiter = AdaptiveLimiter::new();
        let start = Instant::now();
        for _ in 0..100 {
            limiter.acquire().await;
            limiter.observe(&answer(200));
        }
        assert_eq!(start.elapsed(), Duration::ZERO, "no limit before a refusal");
        limiter.observe(&answer(429));
        // A second refusal of the same event does not slow down again.
        limiter.observe(&answer(429));
        let rate = limiter.stats().rate.expect("a learned rate");
        assert!((rate - 70.0).abs() < 1.0, "{rate}");
        let start = Instant::now();
        for _ in 0..35 {
            limiter.acquire().await;
        }
        let took = start.elapsed().as_secs_f64();
        assert!(
            (0.45..0.55).contains(&took),
            "35 requests at ~70/s took {took}"
        );
        assert_eq!(limiter.stats().throttled, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn the_rate_grows_back_to_just_under_the_limit_then_probes() {
        let limiter = AdaptiveLimiter::new();
        let mut state = limiter.lock();
        let now = Instant::now();
        for _ in 0..100 {
            state.accepted.push_back(now);
        }
        state.learned = Some((100.0, now));
        let at = |s: f64| now + Duration::from_secs_f64(s);
        let r0 = state.rate(at(0.0), None).expect("rate");
        let r2 = state.rate(at(2.0), None).expect("rate");
        let r5 = state.rate(at(5.0), None).expect("rate");
        assert!(
            (r0 - 70.0).abs() < 0.01 && r0 < r2 && r2 < r5,
            "{r0} {r2} {r5}"
        );
        assert!((r5 - 100.0 * PLATEAU).abs() < 0.01, "plateau, {r5}");
        // Probing needs demand: the accepted rate of the last second caps the growth.
        state.accepted = (0..100).map(|_| at(20.0)).collect();
        let r20 = state.rate(at(20.0), None).expect("rate");
        assert!(r20 > 100.0, "probing above the known limit, {r20}");
        assert_eq!(state.rate(at(20.0), Some(80.0)), Some(80.0), "the cap wins");
    }

    /// Sends for `secs` seconds, one request every 20 ms unless the limiter spaces them more,
    /// answered by `answer(n, accepted in the last second, this one included)`.
    async fn run(limiter: &AdaptiveLimiter, secs: u64, answer: impl Fn(u64, usize) -> u16) {
        let start = Instant::now();
        let mut sent: VecDeque<Instant> = VecDeque::new();
        let mut n = 0;
        while start.elapsed() < Duration::from_secs(secs) {
            tokio::time::sleep(Duration::from_millis(20)).await;
            limiter.acquire().await;
            let now = Instant::now();
            while sent
                .front()
                .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(1))
            {
                sent.pop_front();
            }
            sent.push_back(now);
            n += 1;
            let status = answer(n, sent.len());
            if status != 200 {
                sent.pop_back();
            }
            limiter.observe(&Observation {
                status: Some(StatusCode::from_u16(status).expect("status")),
                retry_after: None,
                latency: Duration::from_millis(2),
            });
        }
    }

    #[tokio::test(start_paused = true)]
    async fn refusals_that_do_not_follow_the_rate_do_not_slow_it_down() {
        // One answer in nine refused, whatever the rate (another tenant's load).
        let limiter = AdaptiveLimiter::new();
        run(&limiter, 10, |n, _| if n % 9 == 0 { 503 } else { 200 }).await;
        let before = limiter.stats().answered;
        run(&limiter, 20, |n, _| if n % 9 == 0 { 503 } else { 200 }).await;
        let per_second = (limiter.stats().answered - before) as f64 / 20.0;
        assert!(per_second > 45.0, "kept {per_second}/s of 50/s");
        assert!(limiter.stats().throttled > 100);
    }

    #[tokio::test(start_paused = true)]
    async fn refusals_that_follow_the_rate_still_slow_it_down() {
        // The server allows 30 requests per second; the caller would send 50.
        let limiter = AdaptiveLimiter::new();
        let over = |_, last_second: usize| if last_second > 30 { 429 } else { 200 };
        run(&limiter, 20, over).await;
        let stats = limiter.stats();
        let before = stats.answered - stats.throttled;
        let throttled = stats.throttled;
        run(&limiter, 20, over).await;
        let stats = limiter.stats();
        let accepted = (stats.answered - stats.throttled - before) as f64 / 20.0;
        let refused = stats.throttled - throttled;
        assert!(
            (24.0..=31.0).contains(&accepted),
            "accepted {accepted}/s of 30/s"
        );
        assert!(refused < 40, "{refused} refused in 20 s");
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_zero_is_not_a_rate_signal_and_no_retry_after_is_judged_by_share() {
        let limiter = AdaptiveLimiter::new();
        for _ in 0..100 {
            limiter.observe(&answer(200));
        }
        limiter.observe(&Observation {
            retry_after: Some(Duration::ZERO),
            ..answer(429)
        });
        assert_eq!(limiter.stats().rate, None);
        // One refusal without Retry-After in a hundred answers is no signal; a third is.
        let bare = Observation {
            retry_after: None,
            ..answer(503)
        };
        limiter.observe(&bare);
        assert_eq!(limiter.stats().rate, None);
        for _ in 0..49 {
            limiter.observe(&bare);
        }
        let rate = limiter.stats().rate.expect("a learned rate");
        assert!((rate - 70.0).abs() < 1.0, "{rate}");
        assert_eq!(limiter.stats().throttled, 51);
    }

    #[tokio::test(start_paused = true)]
    async fn the_cap_spaces_requests_from_the_start() {
        let limiter = AdaptiveLimiter::new().max_rps(10.0);
        let start = Instant::now();
        for _ in 0..11 {
            limiter.acquire().await;
        }
        assert_eq!(start.elapsed(), Duration::from_secs(1));
    }
}
