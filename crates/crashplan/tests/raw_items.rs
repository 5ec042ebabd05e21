//! `List::raw_items` over real HTTP: the items' JSON text as the server sent it (every
//! property, every digit, the server's key order), paged like the typed lists.

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::extract::Query;
use axum::routing::get;
use crashplan::{PagingStyle, Status};
use crashplan_emulator::{Emulator, Scale};
use futures::TryStreamExt;
use serde_json::Value;

#[tokio::test]
async fn raw_items_are_the_typed_items_with_every_property() {
    let emu = common::start(Emulator::builder().scale(Scale::users(53))).await;
    let client = common::admin(&emu);
    for style in [PagingStyle::OffsetLimit, PagingStyle::PageNumber] {
        let typed = client
            .users()
            .list()
            .page_size(10)
            .paging(style)
            .collect_all()
            .await
            .expect("typed users");
        emu.reset_request_log();
        let raw: Vec<_> = client
            .users()
            .list()
            .page_size(10)
            .paging(style)
            .window(1)
            .raw_items()
            .try_collect()
            .await
            .expect("raw users");
        assert!(typed.len() > 53, "the doc's users and the synthetic ones");
        assert_eq!(raw.len(), typed.len(), "{style:?}");
        // The short last page ends the list: no request after it.
        let pages = typed.len().div_ceil(10);
        let expected = if typed.len() % 10 == 0 {
            pages + 1
        } else {
            pages
        };
        assert_eq!(
            emu.request_count("GET", "/rest/users"),
            expected,
            "{style:?}"
        );
        for (raw, typed) in raw.iter().zip(&typed) {
            let from_raw: Value = raw.decode().expect("JSON");
            let from_typed = serde_json::to_value(typed).expect("JSON");
            assert_eq!(from_raw, from_typed, "{style:?}");
            let decoded: crashplan::types::User = raw.decode().expect("a user");
            assert_eq!(&decoded, typed);
        }
    }
}

#[tokio::test]
async fn raw_items_send_the_filters_and_respect_the_limit() {
    let emu = common::start(Emulator::builder().scale(Scale::users(40))).await;
    let client = common::admin(&emu);
    let typed = client
        .users()
        .list()
        .status(Status::Active)
        .org_id(43)
        .collect_all()
        .await
        .expect("typed");
    let raw: Vec<_> = client
        .users()
        .list()
        .status(Status::Active)
        .org_id(43)
        .raw_items()
        .try_collect()
        .await
        .expect("raw");
    let ids = |v: Vec<i64>| v;
    assert_eq!(
        ids(raw
            .iter()
            .map(|r| r.decode::<Value>().expect("JSON")["id"]
                .as_i64()
                .expect("id"))
            .collect()),
        ids(typed.iter().map(|u| u.id).collect())
    );
    let limited: Vec<_> = client
        .users()
        .list()
        .page_size(4)
        .limit(9)
        .raw_items()
        .try_collect()
        .await
        .expect("raw");
    assert_eq!(limited.len(), 9);
}

/// Pages of 2 over `items` (raw JSON texts), as a server that formats its answers by hand;
/// counts the requests.
async fn text_server(items: Vec<&'static str>) -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    let app = Router::new().route(
        "/rest/users",
        get(move |Query(q): Query<HashMap<String, u64>>| {
            let items = items.clone();
            counter.fetch_add(1, Ordering::SeqCst);
            async move {
                let offset = q.get("offset").copied().unwrap_or(0) as usize;
                let limit = q.get("limit").copied().unwrap_or(2) as usize;
                let page: Vec<&str> = items.iter().skip(offset).take(limit).copied().collect();
                let body = format!(
                    "{{\n  \"metadata\": {{\"count\": {}, \"params\": {{}}, \"timestamp\": \"2024-01-01T00:00:00.000-05:00\"}},\n  \"users\": [\n    {}\n  ]\n}}",
                    page.len(),
                    page.join(",\n    ")
                );
                ([("content-type", "application/json")], body)
            }
        }),
    );
    (common::serve(app).await, hits)
}

const ITEMS: [&str; 5] = [
    // Keys out of order, digits that no f64 or i64 holds, unknown nested properties.
    r#"{"zeta":1,"id":1,"guid":123456789012345678901234567890,"bytes":18446744073709551617,"ratio":1.50,"tiny":1e-400,"nested":{"b":[1,2.0,{"deep":true}],"a":null}}"#,
    r#"{"id":2,"email":"caf\u00e9@example.com","note":"tab\there \"quoted\" \\ slash\/"}"#,
    // Spaced over lines, as a pretty-printing server sends it.
    "{\n      \"id\": 3,\n      \"list\": [ 1, 2 ]\n    }",
    r#"{"id":4,"max":9223372036854775807,"min":-9223372036854775808,"neg0":-0.0}"#,
    r#"{"id":5}"#,
];

#[tokio::test]
async fn every_property_digit_and_key_order_is_kept() {
    let (url, hits) = text_server(ITEMS.to_vec()).await;
    let client = crashplan::Client::builder(&url)
        .basic("admin", "admin")
        .build()
        .expect("client");
    let raw: Vec<_> = client
        .users()
        .list()
        .page_size(2)
        .window(1)
        .raw_items()
        .try_collect()
        .await
        .expect("raw items");
    let texts: Vec<&str> = raw.iter().map(|r| r.as_str()).collect();
    assert_eq!(texts, ITEMS, "byte for byte");
    assert_eq!(
        hits.load(Ordering::SeqCst),
        3,
        "pages of 2, 2 and 1: the short page ends the list"
    );
    // The same list, read by a pipelined window: the same items, in order.
    let raw: Vec<_> = client
        .users()
        .list()
        .page_size(2)
        .window(4)
        .raw_items()
        .try_collect()
        .await
        .expect("raw items");
    assert_eq!(raw.iter().map(|r| r.as_str()).collect::<Vec<_>>(), ITEMS);
}

#[tokio::test]
async fn a_page_that_is_not_a_list_is_a_decode_error() {
    let app = Router::new().route(
        "/rest/users",
        get(|| async {
            (
                [("content-type", "application/json")],
                r#"{"users": {"id": 1}}"#,
            )
        }),
    );
    let url = common::serve(app).await;
    let client = crashplan::Client::builder(&url)
        .basic("admin", "admin")
        .build()
        .expect("client");
    let err = client
        .users()
        .list()
        .raw_items()
        .try_collect::<Vec<_>>()
        .await
        .expect_err("not a list");
    assert!(matches!(err, crashplan::Error::Decode { .. }), "{err:?}");
    assert!(err.to_string().contains("/rest/users"), "{err}");
}

/// Pages of 2 over `ITEMS`; the first answer for each offset in `garbled` is that body instead
/// (with status 200 and a JSON content type); counts the requests per offset.
async fn garbling_server(
    garbled: Vec<(u64, &'static str)>,
) -> (String, Arc<std::sync::Mutex<HashMap<u64, usize>>>) {
    let hits = Arc::new(std::sync::Mutex::new(HashMap::new()));
    let counter = Arc::clone(&hits);
    let app = Router::new().route(
        "/rest/users",
        get(move |Query(q): Query<HashMap<String, u64>>| {
            let offset = q.get("offset").copied().unwrap_or(0);
            let limit = q.get("limit").copied().unwrap_or(2) as usize;
            let seen = {
                let mut hits = counter.lock().expect("hits");
                let n = hits.entry(offset).or_insert(0);
                *n += 1;
                *n
            };
            let first = garbled.iter().find(|(o, _)| *o == offset).map(|(_, b)| *b);
            let body = match first {
                Some(body) if seen == 1 => body.to_string(),
                _ => {
                    let page: Vec<&str> =
                        ITEMS.iter().skip(offset as usize).take(limit).copied().collect();
                    format!(
                        r#"{{"metadata": {{"count": {}, "params": {{}}, "timestamp": "2024-01-01T00:00:00.000-05:00"}}, "users": [{}]}}"#,
                        ITEMS.len(),
                        page.join(",")
                    )
                }
            };
            async move { ([("content-type", "application/json")], body) }
        }),
    );
    (common::serve(app).await, hits)
}

/// A page cut off after its first item, and a proxy's HTML page answered with 200.
const GARBLED: [(u64, &str); 2] = [
    (
        2,
        r#"{"metadata": {"count": 5, "params": {}, "timestamp": "2024-01-01T00:00:00.000-05:00"}, "users": [{"id":3},"#,
    ),
    (4, "<html><body>Gateway busy</body></html>"),
];

#[tokio::test]
async fn a_page_that_is_not_json_is_asked_for_again_and_no_item_is_lost() {
    for window in [1, 4] {
        let (url, hits) = garbling_server(GARBLED.to_vec()).await;
        let client = crashplan::Client::builder(&url)
            .basic("admin", "admin")
            .retry(common::quick_retries(3))
            .build()
            .expect("client");
        let raw: Vec<_> = client
            .users()
            .list()
            .page_size(2)
            .window(window)
            .raw_items()
            .try_collect()
            .await
            .expect("the garbled pages are asked for again");
        let texts: Vec<&str> = raw.iter().map(|r| r.as_str()).collect();
        assert_eq!(texts, ITEMS, "window {window}: every item once, in order");
        let hits = hits.lock().expect("hits").clone();
        assert_eq!(hits.get(&2), Some(&2), "window {window}: {hits:?}");
        assert_eq!(hits.get(&4), Some(&2), "window {window}: {hits:?}");
        assert_eq!(hits.get(&0), Some(&1), "window {window}: {hits:?}");
    }
}

#[tokio::test]
async fn a_page_that_is_not_json_without_attempts_left_is_a_typed_error() {
    let (url, hits) = garbling_server(GARBLED.to_vec()).await;
    let client = crashplan::Client::builder(&url)
        .basic("admin", "admin")
        .retry(crashplan::RetryPolicy::none())
        .build()
        .expect("client");
    let err = client
        .users()
        .list()
        .page_size(2)
        .window(1)
        .raw_items()
        .try_collect::<Vec<_>>()
        .await
        .expect_err("the cut-off page may not be asked for again");
    assert!(matches!(err, crashplan::Error::Decode { .. }), "{err:?}");
    assert!(err.is_retryable(), "a cut-off body may change: {err:?}");
    assert!(err.to_string().contains("/rest/users"), "{err}");
    assert_eq!(hits.lock().expect("hits").get(&2), Some(&1), "sent once");
}

#[tokio::test]
async fn a_page_of_the_wrong_shape_is_not_asked_for_again() {
    let (url, hits) = garbling_server(vec![(0, r#"{"users": {"id": 1}}"#)]).await;
    let client = crashplan::Client::builder(&url)
        .basic("admin", "admin")
        .retry(common::quick_retries(3))
        .build()
        .expect("client");
    let err = client
        .users()
        .list()
        .page_size(2)
        .raw_items()
        .try_collect::<Vec<_>>()
        .await
        .expect_err("JSON, but not a list");
    assert!(matches!(err, crashplan::Error::Decode { .. }), "{err:?}");
    assert!(
        !err.is_retryable(),
        "the same JSON would come again: {err:?}"
    );
    assert_eq!(hits.lock().expect("hits").get(&0), Some(&1), "sent once");
}
