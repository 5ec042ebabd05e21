//! Paging edge cases over real HTTP: exact multiples of the page size, empty results, servers
//! that ignore paging, lying `metadata.count`, total limits, memory-bounded streaming.

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::extract::Query;
use axum::routing::get;
use crashplan::{Client, PagingStyle};
use crashplan_emulator::{Emulator, Scale};
use futures::{StreamExt, TryStreamExt};

async fn count_users(client: &Client) -> usize {
    client
        .users()
        .list()
        .paging(PagingStyle::Unpaged)
        .collect_all()
        .await
        .expect("unpaged")
        .len()
}

#[tokio::test]
async fn an_exact_multiple_of_the_page_size_ends_with_one_empty_page() {
    let emu = common::start(Emulator::builder().doc_data(false).scale(Scale::users(120))).await;
    let client = common::admin(&emu);
    let total = count_users(&client).await;
    assert_eq!(total, 120);
    for style in [PagingStyle::OffsetLimit, PagingStyle::PageNumber] {
        emu.reset_request_log();
        let pages: Vec<_> = client
            .users()
            .list()
            .page_size(40)
            .paging(style)
            .window(1)
            .pages()
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(
            pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(),
            vec![40, 40, 40],
            "{style:?}"
        );
        assert_eq!(
            emu.request_count("GET", "/rest/users"),
            4,
            "{style:?}: 3 full pages and 1 empty"
        );
    }
}

#[tokio::test]
async fn an_empty_result_is_one_request_and_no_page() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    for style in [PagingStyle::OffsetLimit, PagingStyle::PageNumber] {
        emu.reset_request_log();
        let pages: Vec<_> = client
            .users()
            .list()
            .email("nobody@nowhere.example")
            .paging(style)
            .pages()
            .try_collect()
            .await
            .expect("pages");
        assert!(pages.is_empty());
        assert_eq!(emu.request_count("GET", "/rest/users"), 1);
    }
}

#[tokio::test]
async fn a_total_limit_stops_early() {
    let emu = common::start(Emulator::builder().scale(Scale::users(300))).await;
    let client = common::admin(&emu);
    emu.reset_request_log();
    let users = client
        .users()
        .list()
        .page_size(100)
        .limit(150)
        .prefetch(true)
        .collect_all()
        .await
        .expect("list");
    assert_eq!(users.len(), 150);
    assert_eq!(emu.request_count("GET", "/rest/users"), 2);
    let none = client
        .users()
        .list()
        .limit(0)
        .collect_all()
        .await
        .expect("empty");
    assert!(none.is_empty());
}

/// A server over 25 users that honours paging or not, and sends `count` in the metadata.
async fn custom_server(honour_paging: bool, count: i64, hits: Arc<AtomicUsize>) -> String {
    let handler = move |Query(q): Query<HashMap<String, String>>| {
        let hits = Arc::clone(&hits);
        async move {
            hits.fetch_add(1, Ordering::SeqCst);
            let n = |k: &str| q.get(k).and_then(|v| v.parse::<usize>().ok());
            let all: Vec<_> = (0..25).map(common::user_json).collect();
            let page: Vec<_> = match (
                honour_paging,
                n("offset"),
                n("limit"),
                n("page"),
                n("pageSize"),
            ) {
                (true, Some(o), Some(l), _, _) => all.into_iter().skip(o).take(l).collect(),
                (true, _, _, Some(p), Some(s)) => {
                    all.into_iter().skip((p - 1) * s).take(s).collect()
                }
                _ => all,
            };
            axum::Json(common::envelope("users", page, count))
        }
    };
    common::serve(Router::new().route("/rest/users", get(handler))).await
}

#[tokio::test]
async fn a_server_ignoring_paging_is_read_once_without_duplicates() {
    for style in [PagingStyle::OffsetLimit, PagingStyle::PageNumber] {
        let hits = Arc::new(AtomicUsize::new(0));
        let url = custom_server(false, 25, Arc::clone(&hits)).await;
        let client = Client::builder(url).build().expect("builds");
        let users = client
            .users()
            .list()
            .page_size(10)
            .paging(style)
            .collect_all()
            .await
            .expect("list");
        let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
        assert_eq!(ids, (0..25).collect::<Vec<_>>(), "{style:?}");
        assert_eq!(hits.load(Ordering::SeqCst), 1, "{style:?}");
    }
}

#[tokio::test]
async fn a_lying_count_is_ignored() {
    for count in [0, 3, 1_000_000] {
        let hits = Arc::new(AtomicUsize::new(0));
        let url = custom_server(true, count, Arc::clone(&hits)).await;
        let client = Client::builder(url).build().expect("builds");
        let users = client
            .users()
            .list()
            .page_size(10)
            .window(1)
            .collect_all()
            .await
            .expect("list");
        assert_eq!(users.len(), 25, "count {count}");
        assert_eq!(
            hits.load(Ordering::SeqCst),
            3,
            "count {count}: two full pages and a short one"
        );
        let ids: Vec<i64> = client
            .users()
            .list()
            .page_size(10)
            .window(4)
            .items()
            .map_ok(|u| u.id)
            .try_collect()
            .await
            .expect("prefetched list");
        assert_eq!(ids, (0..25).collect::<Vec<_>>(), "count {count}");
    }
}

#[tokio::test]
async fn streaming_many_users_keeps_one_page_at_a_time() {
    let emu = common::start(
        Emulator::builder()
            .doc_data(false)
            .scale(Scale::users(5_000)),
    )
    .await;
    let client = common::admin(&emu);
    let mut stream = client.users().list().page_size(500).window(4).items();
    let mut n = 0usize;
    let mut last = i64::MIN;
    while let Some(user) = stream.next().await {
        let user = user.expect("user");
        assert!(user.id > last, "ordered and without duplicates");
        last = user.id;
        n += 1;
    }
    assert_eq!(n, 5_000);
    // 10 full pages and an empty one; the emulator's honest count keeps the window from
    // asking past the end, which would be at most 3 more.
    assert!((11..=14).contains(&emu.request_count("GET", "/rest/users")));
}

#[tokio::test]
async fn a_server_ignoring_only_the_offset_is_an_error_not_an_endless_loop() {
    let hits = Arc::new(AtomicUsize::new(0));
    let h = Arc::clone(&hits);
    let handler = move |Query(q): Query<HashMap<String, String>>| {
        let h = Arc::clone(&h);
        async move {
            h.fetch_add(1, Ordering::SeqCst);
            let limit = q
                .get("limit")
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(25);
            axum::Json(common::envelope(
                "users",
                (0..limit).map(common::user_json).collect(),
                limit,
            ))
        }
    };
    let url = common::serve(Router::new().route("/rest/users", get(handler))).await;
    let client = Client::builder(url).build().expect("builds");
    let e = client
        .users()
        .list()
        .page_size(10)
        .collect_all()
        .await
        .expect_err("same page twice");
    assert!(matches!(e, crashplan::Error::PagingIgnored { .. }), "{e:?}");
    assert!(e.to_string().contains("PagingStyle"), "{e}");
    // The second page is the first one again. The count equals the items received, so it
    // limits nothing, and the adaptive window opens when page 2 is asked for: the requests it
    // sent ahead by then (at most the largest default window, 16) may have reached the server
    // before the repeat aborted them. Bounded, and never more.
    let n = hits.load(Ordering::SeqCst);
    assert!((2..=2 + 16).contains(&n), "{n} requests");
}

/// A server over `total` users whose page requests after the first take `delay`; it counts
/// the requests started, finished and dropped unfinished (client gone), and the most in flight.
#[derive(Default)]
struct Gauge {
    started: AtomicUsize,
    finished: AtomicUsize,
    dropped: AtomicUsize,
    in_flight: AtomicUsize,
    most: AtomicUsize,
}

struct InFlight(Arc<Gauge>, bool);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
        if !self.1 {
            self.0.dropped.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Pages after the first take `delay`; with `all_slow`, the first one too.
async fn gauged_server(
    total: usize,
    count: i64,
    delay: std::time::Duration,
    all_slow: bool,
    gauge: Arc<Gauge>,
) -> String {
    let handler = move |Query(q): Query<HashMap<String, String>>| {
        let gauge = Arc::clone(&gauge);
        async move {
            gauge.started.fetch_add(1, Ordering::SeqCst);
            let now = gauge.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            gauge.most.fetch_max(now, Ordering::SeqCst);
            let mut guard = InFlight(Arc::clone(&gauge), false);
            let n = |k: &str| q.get(k).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            let (offset, limit) = (n("offset"), n("limit"));
            if offset > 0 || all_slow {
                tokio::time::sleep(delay).await;
            }
            let page: Vec<_> = (offset..total.min(offset + limit))
                .map(|i| common::user_json(i as i64))
                .collect();
            gauge.finished.fetch_add(1, Ordering::SeqCst);
            guard.1 = true;
            axum::Json(common::envelope("users", page, count))
        }
    };
    common::serve(Router::new().route("/rest/users", get(handler))).await
}

#[tokio::test]
async fn a_window_of_n_yields_pages_in_order_and_asks_at_most_n_minus_1_past_the_end() {
    for window in [1usize, 3, 8] {
        let gauge = Arc::new(Gauge::default());
        // A lying count: the pager must not stop early nor trust it as the end.
        let url = gauged_server(
            95,
            5,
            std::time::Duration::from_millis(5),
            true,
            Arc::clone(&gauge),
        )
        .await;
        let client = Client::builder(url).build().expect("builds");
        let pages: Vec<_> = client
            .users()
            .list()
            .page_size(10)
            .window(window)
            .pages()
            .try_collect()
            .await
            .expect("pages");
        let offsets: Vec<u64> = pages.iter().map(|p| p.offset).collect();
        assert_eq!(
            offsets,
            (0..10).map(|i| i * 10).collect::<Vec<_>>(),
            "in order"
        );
        let ids: Vec<i64> = pages
            .iter()
            .flat_map(|p| p.items.iter().map(|u| u.id))
            .collect();
        assert_eq!(ids, (0..95).collect::<Vec<_>>(), "window {window}");
        let started = gauge.started.load(Ordering::SeqCst);
        assert!(
            (10..=10 + window - 1).contains(&started),
            "window {window}: {started} requests for 10 pages"
        );
        assert!(
            gauge.most.load(Ordering::SeqCst) <= window,
            "window {window}: at most N in flight"
        );
    }
}

#[tokio::test]
async fn an_honest_count_keeps_the_window_from_asking_past_the_end() {
    let gauge = Arc::new(Gauge::default());
    let url = gauged_server(
        95,
        95,
        std::time::Duration::from_millis(5),
        true,
        Arc::clone(&gauge),
    )
    .await;
    let client = Client::builder(url).build().expect("builds");
    let users = client
        .users()
        .list()
        .page_size(10)
        .window(8)
        .collect_all()
        .await
        .expect("list");
    assert_eq!(users.len(), 95);
    assert_eq!(gauge.started.load(Ordering::SeqCst), 10);
}

#[tokio::test]
async fn a_total_in_the_first_page_opens_the_adaptive_window_to_the_end_and_no_further() {
    let gauge = Arc::new(Gauge::default());
    let url = gauged_server(
        95,
        95,
        std::time::Duration::from_millis(20),
        false,
        Arc::clone(&gauge),
    )
    .await;
    let client = Client::builder(url).build().expect("builds");
    let users = client
        .users()
        .list()
        .page_size(10)
        .collect_all()
        .await
        .expect("list");
    assert_eq!(users.len(), 95);
    assert_eq!(
        gauge.started.load(Ordering::SeqCst),
        10,
        "never past the end"
    );
    assert_eq!(
        gauge.most.load(Ordering::SeqCst),
        9,
        "the 9 pages after the first at once"
    );
}

#[tokio::test]
async fn dropping_a_pipelined_stream_cancels_the_requests_in_flight() {
    let gauge = Arc::new(Gauge::default());
    let url = gauged_server(
        1_000,
        1_000,
        std::time::Duration::from_secs(30),
        false,
        Arc::clone(&gauge),
    )
    .await;
    let client = Client::builder(url).build().expect("builds");
    let mut pages = client.users().list().page_size(10).window(4).pages();
    let first = pages.try_next().await.expect("first page").expect("a page");
    assert_eq!(first.items.len(), 10);
    // The next three requests are in flight (bounded wait for them to arrive).
    for _ in 0..100 {
        if gauge.started.load(Ordering::SeqCst) == 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(gauge.started.load(Ordering::SeqCst), 4);
    drop(pages);
    for _ in 0..100 {
        if gauge.dropped.load(Ordering::SeqCst) == 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(
        gauge.dropped.load(Ordering::SeqCst),
        3,
        "the server saw the requests abandoned"
    );
    assert_eq!(gauge.finished.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_adaptive_window_grows_against_a_slow_server_and_stays_bounded() {
    let gauge = Arc::new(Gauge::default());
    let url = gauged_server(
        2_000,
        0,
        std::time::Duration::from_millis(20),
        true,
        Arc::clone(&gauge),
    )
    .await;
    let client = Client::builder(url).build().expect("builds");
    let users = client
        .users()
        .list()
        .page_size(10)
        .collect_all()
        .await
        .expect("list");
    assert_eq!(users.len(), 2_000);
    let most = gauge.most.load(Ordering::SeqCst);
    assert!(most > 2, "the window grew: {most} in flight at most");
    assert!(most <= crashplan::paging::MAX_WINDOW, "bounded: {most}");
    let started = gauge.started.load(Ordering::SeqCst);
    assert!(started < 201 + crashplan::paging::MAX_WINDOW, "{started}");
}

#[tokio::test]
async fn large_pages_in_flight_are_bounded_by_a_total_memory_budget() {
    // Pages of about 600 KB with a 1 MiB answer limit: the budget (4 MiB) holds 6 of them,
    // whatever the window says.
    let most = Arc::new(AtomicUsize::new(0));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let (m, f) = (Arc::clone(&most), Arc::clone(&in_flight));
    let handler = move |Query(q): Query<HashMap<String, String>>| {
        let (most, in_flight) = (Arc::clone(&m), Arc::clone(&f));
        async move {
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            let n = |k: &str| q.get(k).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            let (offset, limit) = (n("offset"), n("limit"));
            let page: Vec<_> = (offset..3000.min(offset + limit))
                .map(|i| {
                    let mut user = common::user_json(i as i64);
                    user["padding"] = serde_json::json!("x".repeat(6000));
                    user
                })
                .collect();
            in_flight.fetch_sub(1, Ordering::SeqCst);
            axum::Json(common::envelope("users", page, 3000))
        }
    };
    let url = common::serve(Router::new().route("/rest/users", get(handler))).await;
    let client = Client::builder(&url)
        .basic("admin", "admin")
        .max_response_bytes(1024 * 1024)
        .page_size(100)
        .build()
        .expect("builds");
    let users: Vec<_> = client
        .users()
        .list()
        .window(16)
        .items()
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(users.len(), 3000);
    let most = most.load(Ordering::SeqCst);
    assert!((2..=6).contains(&most), "{most} pages of 600 KB in flight");
}
