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
            .prefetch(true)
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
    let mut stream = client.users().list().page_size(500).prefetch(true).items();
    let mut n = 0usize;
    let mut last = i64::MIN;
    while let Some(user) = stream.next().await {
        let user = user.expect("user");
        assert!(user.id > last, "ordered and without duplicates");
        last = user.id;
        n += 1;
    }
    assert_eq!(n, 5_000);
    // 10 full pages and an empty one, plus at most one speculative request.
    assert!((11..=12).contains(&emu.request_count("GET", "/rest/users")));
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
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}
