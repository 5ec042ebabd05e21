//! The adaptive limiter against an emulator that allows an account R requests per second:
//! a detail fan-out reaches at least 90% of R with at most 2% of requests refused, and no
//! row fails. Bounded: about N / R seconds.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use crashplan::limiter::AdaptiveLimiter;
use crashplan::{Client, DetailsExt};
use crashplan_emulator::{Emulator, Faults, Scale};
use futures::StreamExt;

const RATE: u32 = 100;
const USERS: usize = 800;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_limiter_learns_the_servers_rate_and_is_rarely_refused() {
    let emu = common::start(
        Emulator::builder()
            .doc_data(false)
            .scale(Scale::users(USERS))
            .faults(Faults {
                rate_limit_per_second: Some(RATE),
                ..Faults::none()
            }),
    )
    .await;
    let limiter = Arc::new(AdaptiveLimiter::new());
    let client = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .limiter(Arc::clone(&limiter))
        .build()
        .expect("client builds");
    // Let the limit window of the account start afresh.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    emu.reset_request_log();
    let start = Instant::now();
    let details: Vec<_> = tokio::time::timeout(
        Duration::from_secs(60),
        client
            .users()
            .list()
            .items()
            .details(&client, 8)
            .collect::<Vec<_>>(),
    )
    .await
    .expect("bounded");
    let elapsed = start.elapsed().as_secs_f64();
    let failed: Vec<_> = details.iter().filter_map(|d| d.as_ref().err()).collect();
    assert!(failed.is_empty(), "no row fails: {failed:?}");
    assert_eq!(details.len(), USERS);
    let log = emu.requests();
    let refused = log.iter().filter(|r| r.status == 429).count();
    let accepted = log.len() - refused;
    let achieved = accepted as f64 / elapsed;
    let share = refused as f64 / log.len() as f64;
    eprintln!(
        "{accepted} accepted, {refused} refused in {elapsed:.2} s: {achieved:.1}/s of {RATE}/s, {:.1}% refused; limiter {:?}",
        share * 100.0,
        limiter.stats()
    );
    assert!(
        achieved >= 0.9 * f64::from(RATE),
        "reached {achieved:.1} requests/s of {RATE}"
    );
    assert!(share <= 0.02, "{refused} of {} refused", log.len());
    assert_eq!(limiter.stats().throttled as usize, refused);
}

#[tokio::test]
async fn max_rps_caps_the_rate_from_the_first_request() {
    let emu = common::start(Emulator::builder().doc_data(false).scale(Scale::users(40))).await;
    let client = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .max_rps(50.0)
        .build()
        .expect("client builds");
    let start = Instant::now();
    let n = client
        .users()
        .list()
        .page_size(1)
        .window(4)
        .items()
        .count()
        .await;
    assert_eq!(n, 40);
    // 41 requests spaced 20 ms apart (plus the ones ahead past the end).
    assert!(
        start.elapsed() >= Duration::from_millis(800),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(client.config().max_rps, Some(50.0));
    let refused = Client::builder(emu.base_url())
        .max_rps(0.0)
        .build()
        .expect_err("zero is refused");
    assert!(refused.to_string().contains("max_rps"), "{refused}");
}
