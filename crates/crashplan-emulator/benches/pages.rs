//! Throughput of list pages over a synthetic data set, through real HTTP.
//!
//! `cargo bench -p crashplan-emulator --bench pages [-- USERS]` (default 1,000,000 users).
//! Prints a Markdown table: pages/s for `pageSize=1000` (sequential and with 4 concurrent
//! clients, reading every page of the data set), a deep page, a filtered page, and the
//! resident memory of the process before and after the data set was created.

use std::time::{Duration, Instant};

use crashplan_emulator::{Emulator, Scale};

/// Resident set size of this process in MiB (Linux), or 0.
fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

async fn fetch(client: &reqwest::Client, url: &str) -> usize {
    let response = client
        .get(url)
        .basic_auth("admin", Some("admin"))
        .send()
        .await
        .expect("request sent");
    assert!(
        response.status().is_success(),
        "{url}: {}",
        response.status()
    );
    response.bytes().await.expect("body").len()
}

fn row(name: &str, pages: usize, bytes: usize, elapsed: Duration) {
    let secs = elapsed.as_secs_f64();
    println!(
        "| {name} | {pages} | {:.0} | {:.1} | {:.2} |",
        pages as f64 / secs,
        bytes as f64 / secs / 1_048_576.0,
        secs * 1000.0 / pages as f64
    );
}

#[tokio::main]
async fn main() {
    let users: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let rss_before = rss_mib();
    let started = Instant::now();
    let emulator = Emulator::builder()
        .scale(Scale::users(users))
        .spawn()
        .await
        .expect("emulator starts");
    let startup = started.elapsed();
    let rss_after = rss_mib();
    let base = emulator.base_url().to_owned();
    let client = reqwest::Client::builder().build().expect("client");
    let page_size = 1000;
    let pages = (users + 5).div_ceil(page_size);

    println!("Synthetic users: {users} (+5 doc users), pageSize {page_size}, {pages} pages");
    println!(
        "Startup: {:.1} ms; RSS before {rss_before:.1} MiB, after {rss_after:.1} MiB (data set: {:.1} MiB)",
        startup.as_secs_f64() * 1000.0,
        rss_after - rss_before
    );
    println!();
    println!("| scenario | pages | pages/s | MiB/s | ms/page |");
    println!("|---|---|---|---|---|");

    // Warm-up.
    fetch(
        &client,
        &format!("{base}/rest/users?page=1&pageSize={page_size}"),
    )
    .await;

    let t = Instant::now();
    let mut bytes = 0;
    for page in 1..=pages {
        bytes += fetch(
            &client,
            &format!("{base}/rest/users?page={page}&pageSize={page_size}"),
        )
        .await;
    }
    row("all users, sequential", pages, bytes, t.elapsed());

    let t = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..4 {
        let client = client.clone();
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let mut bytes = 0;
            let mut page = 1 + worker;
            while page <= pages {
                bytes += fetch(
                    &client,
                    &format!("{base}/rest/users?page={page}&pageSize={page_size}"),
                )
                .await;
                page += 4;
            }
            bytes
        }));
    }
    let mut bytes = 0;
    for task in tasks {
        bytes += task.await.expect("worker");
    }
    row("all users, 4 concurrent clients", pages, bytes, t.elapsed());

    let deep = pages.saturating_sub(1).max(1);
    let t = Instant::now();
    let mut bytes = 0;
    for _ in 0..200 {
        bytes += fetch(
            &client,
            &format!("{base}/rest/users?page={deep}&pageSize={page_size}"),
        )
        .await;
    }
    row(&format!("page {deep} repeated"), 200, bytes, t.elapsed());

    let t = Instant::now();
    let mut bytes = 0;
    let n = 20;
    for page in 1..=n {
        bytes += fetch(
            &client,
            &format!("{base}/rest/users?orgId=1500&page={page}&pageSize=100"),
        )
        .await;
    }
    row(
        "orgId filter (full scan), pageSize 100",
        n,
        bytes,
        t.elapsed(),
    );

    let t = Instant::now();
    let mut bytes = 0;
    for page in 1..=n {
        bytes += fetch(
            &client,
            &format!("{base}/rest/users?firstName=Ada&lastName=Knuth&page={page}&pageSize=100"),
        )
        .await;
    }
    row(
        "firstName+lastName filter (not narrowed), pageSize 100",
        n,
        bytes,
        t.elapsed(),
    );

    let t = Instant::now();
    let bytes = fetch(
        &client,
        &format!("{base}/rest/archiveRecords?daysBack=1&limit=100"),
    )
    .await;
    row(
        "archiveRecords daysBack=1 (two passes over every record)",
        1,
        bytes,
        t.elapsed(),
    );

    let t = Instant::now();
    let mut bytes = 0;
    let computer_pages = 100;
    for page in 1..=computer_pages {
        bytes += fetch(
            &client,
            &format!("{base}/rest/computers?page={page}&pageSize={page_size}"),
        )
        .await;
    }
    row(
        "computers, first 100 pages",
        computer_pages,
        bytes,
        t.elapsed(),
    );

    let t = Instant::now();
    let bytes = fetch(&client, &format!("{base}/rest/users")).await;
    row("unpaged GET /rest/users (streamed)", 1, bytes, t.elapsed());

    println!();
    println!("RSS at the end: {:.1} MiB", rss_mib());
    emulator.shutdown().await;
}
