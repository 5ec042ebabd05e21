//! Streams 100k users from an in-process emulator three ways and compares the times:
//! the facade's item stream, the same with prefetch, and a hand-written reqwest + serde_json
//! loop. Median of 5 runs each, interleaved. Prints a markdown table and writes it to
//! `BENCHMARKS.md` next to this crate's `Cargo.toml`.
//!
//! `cargo bench -p crashplan --bench stream_users` (set `USERS` to change the size).

use std::time::{Duration, Instant};

use crashplan::types::UserList;
use crashplan::{Client, SecretString};
use crashplan_emulator::{Emulator, Faults, Latency, RunningEmulator, Scale};
use futures::StreamExt;

const PAGE: u64 = 1000;
const RUNS: usize = 5;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

async fn facade(client: &Client, prefetch: bool) -> Result<usize, BoxError> {
    let mut items = client
        .users()
        .list()
        .page_size(PAGE)
        .prefetch(prefetch)
        .items();
    let mut n = 0;
    while let Some(user) = items.next().await {
        std::hint::black_box(user?);
        n += 1;
    }
    Ok(n)
}

async fn hand_loop(http: &reqwest::Client, base: &str, token: &str) -> Result<usize, BoxError> {
    let auth = format!("v3_user_token {token}");
    let mut offset = 0u64;
    let mut n = 0;
    loop {
        let url = format!("{base}/rest/users?offset={offset}&limit={PAGE}");
        let resp = http
            .get(url)
            .header("authorization", &auth)
            .header("accept", "application/json")
            .send()
            .await?
            .error_for_status()?;
        let bytes = resp.bytes().await?;
        let page: UserList = serde_json::from_slice(&bytes)?;
        let got = page.users.len() as u64;
        for user in page.users {
            std::hint::black_box(user);
            n += 1;
        }
        if got < PAGE {
            return Ok(n);
        }
        offset += got;
    }
}

const LATENCY: Duration = Duration::from_millis(5);

fn set_latency(emu: &RunningEmulator, latency: Duration) {
    emu.set_faults(Faults {
        latency: Latency::Fixed(latency),
        ..Faults::none()
    });
}

/// Median times of the three variants, as markdown table rows.
async fn measure(
    client: &Client,
    http: &reqwest::Client,
    base: &str,
    token: &str,
    users: usize,
    latency: Duration,
) -> Result<String, BoxError> {
    let (mut f, mut p, mut h) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t = Instant::now();
        let n = hand_loop(http, base, token).await?;
        h.push(t.elapsed());
        assert_eq!(n, users);
        let t = Instant::now();
        let n = facade(client, false).await?;
        f.push(t.elapsed());
        assert_eq!(n, users);
        let t = Instant::now();
        let n = facade(client, true).await?;
        p.push(t.elapsed());
        assert_eq!(n, users);
    }
    let (f, p, h) = (median(f), median(p), median(h));
    let row = |name: &str, d: Duration| {
        format!(
            "| {name} | {} ms | {:.1} ms | {:.0} | {:.2} |\n",
            latency.as_millis(),
            d.as_secs_f64() * 1e3,
            users as f64 / d.as_secs_f64(),
            d.as_secs_f64() / h.as_secs_f64()
        )
    };
    Ok(format!(
        "{}{}{}",
        row("hand-written reqwest + serde_json loop", h),
        row("facade `items()`", f),
        row("facade `items()` with `prefetch(true)`", p)
    ))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), BoxError> {
    let users: usize = std::env::var("USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let emu = Emulator::builder().doc_data(false).scale(Scale::users(users)).spawn().await?;
        let base = emu.base_url().to_string();
        let http = reqwest::Client::new();
        let token_resp: serde_json::Value = http
            .get(format!("{base}/api/v3/auth/jwt?useBody=true"))
            .basic_auth("admin", Some("admin"))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let token = token_resp["data"]["v3_user_token"].as_str().ok_or("no token")?.to_string();
        let client = Client::builder(&base).token(SecretString::from(token.clone())).build()?;

        // Warm up connections and caches.
        facade(&client, false).await?;
        hand_loop(&http, &base, &token).await?;

        let local = measure(&client, &http, &base, &token, users, Duration::ZERO).await?;
        set_latency(&emu, LATENCY);
        let lan = measure(&client, &http, &base, &token, users, LATENCY).await?;
        let table = format!(
            "| variant | server latency | median of {RUNS} | users/s | vs hand loop |\n\
             |---|---:|---:|---:|---:|\n{local}{lan}"
        );
        println!("{table}");
        let doc = format!(
            "# Benchmarks\n\n\
             `cargo bench -p crashplan --bench stream_users`: {users} users streamed from an in-process \
             emulator (plain HTTP on 127.0.0.1, page size {PAGE}, same token), release build, \
             {} CPU cores shared by client and emulator; then again with {} ms of latency added \
             by the emulator to every request (a LAN).\n\n{table}\n\
             The ratio is the facade's median time divided by the hand loop's (below 1.00 is faster). \
             The facade adds the hooks (auth header, retry bookkeeping, a tracing span per request), \
             typed error mapping and the pager; prefetch keeps two page requests in flight while a page \
             is consumed. Without latency the emulator's CPU (on the same cores) is the bottleneck, so \
             prefetch cannot help there; with network latency it hides most of it.\n",
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            LATENCY.as_millis()
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("BENCHMARKS.md");
        std::fs::write(&path, doc)?;
        eprintln!("written to {}", path.display());
        emu.shutdown().await;
        Ok(())
    })
}
