//! Today's CrashPlan (`/api/v1|v3|v38`) through the facade (`client.today()`), over real HTTP
//! against a small raw server: `pgNum`/`pgSize` paging that ends at a short page whatever
//! `data.totalCount` says, the `data` envelope, unknown properties, optional query parameters
//! of single calls, and answers without a body.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Path, Query, RawQuery};
use axum::routing::{get, post};
use crashplan::types::{V3UserDeactivate, V3UserMove};
use crashplan::{Client, PagingStyle};
use futures::TryStreamExt;
use serde_json::{Value, json};

/// What the server saw: `(path, query)` of every request, and the JSON bodies posted.
#[derive(Default)]
struct Seen {
    requests: Mutex<Vec<(String, String)>>,
    bodies: Mutex<Vec<Value>>,
}

impl Seen {
    fn record(&self, path: &str, query: Option<String>) {
        if let Ok(mut r) = self.requests.lock() {
            r.push((path.to_owned(), query.unwrap_or_default()));
        }
    }

    fn requests(&self) -> Vec<(String, String)> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// The `pgNum` of every list request.
    fn pages(&self) -> Vec<u64> {
        self.requests()
            .iter()
            .filter(|(path, _)| path == "/api/v1/User")
            .filter_map(|(_, query)| {
                query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("pgNum="))
                    .and_then(|n| n.parse().ok())
            })
            .collect()
    }
}

/// A user of today, with properties the spec does not name.
fn user(id: u64) -> Value {
    json!({
        "userId": 5000 + id,
        "userUid": format!("10428703156629{id:05}"),
        "status": "Active",
        "username": format!("user{id}@northwind.example"),
        "orgId": 2214,
        "orgUid": "1042869877140322901",
        "active": true,
        "blocked": false,
        "creationDate": "2023-02-14T09:12:44.318Z",
        "modificationDate": "2025-11-03T16:40:02.905Z",
        "licenses": [],
        "futureFlags": {"sso": false},
    })
}

/// A server of `total` users of today that pages by `pgNum`/`pgSize` and announces
/// `total_count` (`None`: no `totalCount`) on every page; `metadata` on the first page only.
async fn server(total: u64, total_count: Option<i64>, seen: Arc<Seen>) -> String {
    let list_seen = Arc::clone(&seen);
    let list = move |RawQuery(raw): RawQuery, Query(q): Query<HashMap<String, String>>| {
        let seen = Arc::clone(&list_seen);
        async move {
            seen.record("/api/v1/User", raw);
            let n = |k: &str| q.get(k).and_then(|v| v.parse::<u64>().ok());
            let (page, size) = (n("pgNum").unwrap_or(1), n("pgSize").unwrap_or(500));
            let users: Vec<Value> = (0..total)
                .skip(((page.max(1) - 1) * size) as usize)
                .take(size as usize)
                .map(user)
                .collect();
            let mut data = json!({ "users": users, "cursorHint": null });
            if let Some(count) = total_count {
                data["totalCount"] = json!(count);
            }
            let mut answer = json!({ "data": data });
            if page == 1 {
                answer["metadata"] = json!({
                    "timestamp": "2025-12-01T10:04:11.207Z",
                    "params": {"pgNum": page.to_string(), "pgSize": size.to_string()},
                });
            }
            axum::Json(answer)
        }
    };
    let get_seen = Arc::clone(&seen);
    let get_user = move |Path(id): Path<String>, RawQuery(raw): RawQuery| {
        let seen = Arc::clone(&get_seen);
        async move {
            seen.record(&format!("/api/v1/User/{id}"), raw);
            let mut one = user(7);
            one["userUid"] = json!(id);
            axum::Json(
                json!({ "data": one, "metadata": {"timestamp": "2025-12-01T10:05:30.884Z", "params": {"idType": "uid"}} }),
            )
        }
    };
    let device_seen = Arc::clone(&seen);
    let get_device = move |Path(id): Path<String>, RawQuery(raw): RawQuery| {
        let seen = Arc::clone(&device_seen);
        async move {
            seen.record(&format!("/api/v1/Computer/{id}"), raw);
            let example: Value = serde_json::from_str(include_str!(
                "../../../spec/examples/DeviceList.list-devices-with-backup-usage.json"
            ))
            .unwrap_or_default();
            let device = example["data"]["computers"][0].clone();
            axum::Json(json!({ "data": device }))
        }
    };
    let action_seen = Arc::clone(&seen);
    let action = move |Path((uid, verb)): Path<(String, String)>, body: String| {
        let seen = Arc::clone(&action_seen);
        async move {
            seen.record(&format!("/api/v3/users/{uid}/{verb}"), None);
            if let (Ok(value), Ok(mut bodies)) =
                (serde_json::from_str::<Value>(&body), seen.bodies.lock())
            {
                bodies.push(value);
            }
            // No body at all, as the spec allows: the call answers `()`.
            axum::http::StatusCode::OK
        }
    };
    let roles = || async {
        axum::Json(
            serde_json::from_str::<Value>(include_str!(
                "../../../spec/examples/RoleList.list-roles.json"
            ))
            .unwrap_or_default(),
        )
    };
    let org = |Path(guid): Path<String>| async move {
        let mut org: Value =
            serde_json::from_str(include_str!("../../../spec/examples/V3Org.get-org-v3.json"))
                .unwrap_or_default();
        org["orgGuid"] = json!(guid);
        axum::Json(org)
    };
    common::serve(
        Router::new()
            .route("/api/v1/User", get(list))
            .route("/api/v1/User/{id}", get(get_user))
            .route("/api/v1/Computer/{id}", get(get_device))
            .route("/api/v3/users/{uid}/{verb}", post(action))
            .route("/api/v1/role", get(roles))
            .route("/api/v3/orgs/{guid}", get(org)),
    )
    .await
}

fn client(url: String) -> Client {
    Client::builder(url).build().expect("client builds")
}

#[tokio::test]
async fn todays_list_pages_by_pgnum_and_pgsize_and_ends_at_the_short_page() {
    let seen = Arc::new(Seen::default());
    let url = server(25, Some(25), Arc::clone(&seen)).await;
    let users = client(url)
        .today()
        .users()
        .list()
        .active(true)
        .page_size(10)
        .window(1)
        .collect_all()
        .await
        .expect("list");
    let ids: Vec<i64> = users.iter().map(|u| u.user_id).collect();
    assert_eq!(ids, (5000..5025).collect::<Vec<_>>());
    assert_eq!(seen.pages(), [1, 2, 3], "the third page is short: the end");
    let (_, query) = &seen.requests()[0];
    for part in ["pgNum=1", "pgSize=10", "active=true"] {
        assert!(
            query.split('&').any(|kv| kv == part),
            "{part} not in {query}"
        );
    }
    // An exact multiple of the page size ends on the empty page after it.
    let seen = Arc::new(Seen::default());
    let url = server(20, Some(20), Arc::clone(&seen)).await;
    let all = client(url)
        .today()
        .users()
        .list()
        .page_size(10)
        .window(1)
        .collect_all()
        .await
        .expect("list");
    assert_eq!((all.len(), seen.pages()), (20, vec![1, 2, 3]));
}

#[tokio::test]
async fn a_wrong_total_count_neither_ends_nor_stretches_the_list() {
    // Too low, right, too high, negative and absent: always every user once, in order.
    for announced in [Some(0), Some(3), Some(25), Some(1_000_000), Some(-1), None] {
        for window in [1, 4] {
            let seen = Arc::new(Seen::default());
            let url = server(25, announced, Arc::clone(&seen)).await;
            let users = client(url)
                .today()
                .users()
                .list()
                .page_size(10)
                .window(window)
                .collect_all()
                .await
                .expect("list");
            let ids: Vec<i64> = users.iter().map(|u| u.user_id).collect();
            assert_eq!(
                ids,
                (5000..5025).collect::<Vec<_>>(),
                "totalCount {announced:?}, window {window}"
            );
            let pages = seen.pages();
            // Pages 1..=3 always; a window of 4 may ask at most 3 past the short page.
            assert_eq!(pages[..3], [1, 2, 3], "{announced:?}");
            assert!(pages.len() <= 3 + (window - 1), "{announced:?}: {pages:?}");
        }
    }
}

#[tokio::test]
async fn pages_carry_the_envelope_metadata_and_the_total_hint_and_items_keep_unknowns() {
    let seen = Arc::new(Seen::default());
    let url = server(15, Some(15), Arc::clone(&seen)).await;
    let pages: Vec<_> = client(url)
        .today()
        .users()
        .list()
        .page_size(10)
        .window(1)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 2);
    assert_eq!((pages[0].total, pages[1].total), (Some(15), Some(15)));
    let metadata = pages[0].metadata.as_ref().expect("metadata on page 1");
    assert_eq!(metadata.params["pgSize"], "10");
    assert!(
        pages[1].metadata.is_none(),
        "an answer without metadata decodes"
    );
    let first = &pages[0].items[0];
    assert_eq!(first.user_uid, "1042870315662900000");
    assert_eq!(first.extra["licenses"], json!([]));
    assert_eq!(first.extra["futureFlags"], json!({"sso": false}));
    // The item re-encodes with every property the server sent.
    let again = serde_json::to_value(first).expect("encodes");
    assert_eq!(again["futureFlags"]["sso"], false);
}

#[tokio::test]
async fn offsets_on_a_list_paged_by_number_convert_when_they_fall_on_a_page() {
    let seen = Arc::new(Seen::default());
    let url = server(12, Some(12), Arc::clone(&seen)).await;
    let users = client(url)
        .today()
        .users()
        .list()
        .paging(PagingStyle::OffsetLimit)
        .page_size(5)
        .window(1)
        .collect_all()
        .await
        .expect("list");
    assert_eq!(users.len(), 12);
    assert_eq!(seen.pages(), [1, 2, 3]);
}

#[tokio::test]
async fn single_calls_send_their_optional_query_and_unwrap_the_envelope() {
    let seen = Arc::new(Seen::default());
    let url = server(0, None, Arc::clone(&seen)).await;
    let today = client(url).today();

    let user = today
        .users()
        .get("1042870315662904117")
        .id_type("uid")
        .inc_roles(true)
        .await
        .expect("get by uid");
    assert_eq!(user.user_uid, "1042870315662904117");
    assert_eq!(user.extra["licenses"], json!([]));

    let device = today
        .devices()
        .get("1043017702251888104")
        .id_type("guid")
        .inc_backup_usage(true)
        .await
        .expect("get by guid");
    assert_eq!(device.guid, "1043017702251888104");
    let usage = device.backup_usage.as_deref().expect("backupUsage");
    assert_eq!(
        usage[0].target_computer_guid.as_deref(),
        Some("1038210442716503001")
    );
    assert_eq!(usage[0].extra["sendRateAverage"], 0);
    assert_eq!(
        usage[0].activity.as_ref().and_then(|a| a.backing_up),
        Some(true)
    );

    let requests = seen.requests();
    let query_of = |path: &str| {
        requests
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, q)| q.clone())
            .unwrap_or_default()
    };
    let user_query = query_of("/api/v1/User/1042870315662904117");
    assert!(user_query.contains("idType=uid") && user_query.contains("incRoles=true"));
    let device_query = query_of("/api/v1/Computer/1043017702251888104");
    assert!(
        device_query.contains("idType=guid") && device_query.contains("incBackupUsage=true"),
        "{device_query}"
    );

    // Roles: `{"data": [..]}` unwrapped into a Vec; the v3 org is not wrapped.
    let roles = today.users().all_roles().await.expect("roles");
    assert_eq!(roles[1].role_id, "customer-cloud-admin");
    assert_eq!(roles[1].extra["numberOfUsers"], 3);
    let org = today
        .orgs()
        .get("5f0d2a7e-91c4-4b8e-a6d3-2c7b18e40f61")
        .await
        .expect("org");
    assert_eq!(org.org_guid, "5f0d2a7e-91c4-4b8e-a6d3-2c7b18e40f61");
    assert_eq!(org.hierarchy_counts, Some(serde_json::Map::new()));
}

#[tokio::test]
async fn actions_answering_no_body_return_unit_and_send_their_body() {
    let seen = Arc::new(Seen::default());
    let url = server(0, None, Arc::clone(&seen)).await;
    let users = client(url).today().users();
    let uid = "1051937720480016642";
    users.block(uid).await.expect("block answers no body");
    let body = V3UserDeactivate::builder()
        .block(true)
        .try_into()
        .expect("body");
    users.deactivate(uid, body).await.expect("deactivate");
    let body = V3UserMove::builder().org_id(2231).try_into().expect("body");
    users.move_(uid, body).await.expect("move");
    let paths: Vec<String> = seen.requests().into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            format!("/api/v3/users/{uid}/block"),
            format!("/api/v3/users/{uid}/deactivate"),
            format!("/api/v3/users/{uid}/move"),
        ]
    );
    let bodies = seen.bodies.lock().map(|b| b.clone()).unwrap_or_default();
    assert_eq!(bodies, [json!({"block": true}), json!({"orgId": 2231})]);
}
