//! Paging: disabled by default, offset/limit and page/pageSize, edge cases.

mod common;

use common::{Harness, ids, split};
use crashplan_emulator::{Emulator, Scale};
use reqwest::{Method, StatusCode};

#[tokio::test]
async fn paging_edge_cases() {
    let h = Harness::start().await;
    let all = ids(&h.get_json("/rest/users").await, "users");
    assert_eq!(all, vec![67, 68, 69, 70, 71], "everything, ordered by id");
    let cases: &[(&str, &[i64])] = &[
        ("offset=1&limit=2", &[68, 69]),
        ("page=2&pageSize=2", &[69, 70]),
        ("page=3&pageSize=2", &[71]),
        ("page=4&pageSize=2", &[]),
        ("offset=99", &[]),
        ("offset=4", &[71]),
        ("limit=0", &[67, 68, 69, 70, 71]),
        ("pageSize=0", &[67, 68, 69, 70, 71]),
        ("offset=2&limit=0", &[69, 70, 71]),
        ("page=1", &[67, 68, 69, 70, 71]),
        ("page=2", &[]),
        ("pageSize=2", &[67, 68]),
        ("limit=1", &[67]),
    ];
    for (query, expected) in cases {
        let body = h.get_json(&format!("/rest/users?{query}")).await;
        assert_eq!(&ids(&body, "users"), expected, "{query}");
        assert_eq!(body["metadata"]["count"], expected.len(), "{query}");
    }
    for query in [
        "page=0",
        "page=-1",
        "pageSize=-1",
        "offset=-1",
        "limit=-1",
        "offset=abc",
        "limit=ten",
        "page=1.5",
        "pageSize=",
        "page=1&limit=2",
    ] {
        let response = h
            .admin(Method::GET, &format!("/rest/orgs?{query}"))
            .send()
            .await
            .expect("sent");
        let (status, body) = split(response).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        let name = query.split('=').next().expect("name");
        let message = body["message"].as_str().expect("message");
        assert!(message.contains(name), "{query}: {message}");
    }
    let body = h.get_json("/rest/orgs?page=2&pageSize=2").await;
    assert_eq!(body["metadata"]["params"]["page"], "2");
    assert_eq!(body["metadata"]["params"]["pageSize"], "2");
}

#[tokio::test]
async fn pages_cover_a_synthetic_data_set_exactly_once() {
    let h = common::Harness::with(Emulator::builder().scale(Scale::users(2_500))).await;
    let mut seen = Vec::new();
    for page in 1..=10 {
        let body = h
            .get_json(&format!("/rest/users?page={page}&pageSize=1000"))
            .await;
        let page_ids = ids(&body, "users");
        if page_ids.is_empty() {
            break;
        }
        seen.extend(page_ids);
    }
    assert_eq!(seen.len(), 2_505);
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "stable order by id");
    let same = ids(
        &h.get_json("/rest/users?offset=1000&limit=1000").await,
        "users",
    );
    assert_eq!(same, seen[1000..2000].to_vec());
    // Filters combine with paging.
    let org = h.get_json("/rest/users?orgId=1001&limit=3&offset=1").await;
    assert_eq!(ids(&org, "users").len(), 3);
    let computers = h.get_json("/rest/computers?offset=2000&limit=10").await;
    assert_eq!(ids(&computers, "computers").len(), 10);
    let records = h
        .get_json("/rest/archiveRecords?userId=1005&daysBack=1")
        .await;
    assert_eq!(
        records["archiveRecords"].as_array().expect("array").len(),
        1
    );
    let usages = h.get_json("/rest/usages?userId=1005").await;
    assert_eq!(usages["usages"][0]["sourceOrgId"], 1001);
    // A synthetic user can be changed like any other.
    let (status, body) = h
        .send_json(
            Method::PUT,
            "/rest/users/1007",
            serde_json::json!({"firstName": "Changed"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["firstName"], "Changed");
    let listed = h.get_json("/rest/users?offset=3&limit=10").await;
    let user = listed["users"]
        .as_array()
        .expect("users")
        .iter()
        .find(|u| u["id"] == 1007)
        .expect("still listed once, in order");
    assert_eq!(user["firstName"], "Changed");
    let again = ids(
        &h.get_json("/rest/users?page=1&pageSize=3000").await,
        "users",
    );
    assert_eq!(again, seen);
}
