//! Today's read-only lists and details (`/api/v1/User`, `/api/v1/Computer`, `/api/v1/Org`)
//! served from the spec's examples over real HTTP: the `data` envelope with `totalCount`,
//! `pgNum`/`pgSize` paging, the filters the spec can evaluate (and 501 for those it cannot),
//! details in `{"data": ..}` by id, uid or GUID.

mod common;

use common::{Harness, split};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn get(h: &Harness, path: &str) -> (StatusCode, Value) {
    split(h.admin(Method::GET, path).send().await.expect("sent")).await
}

/// The `key` of every item of a today's page.
fn keys(body: &Value, items: &str, key: &str) -> Vec<Value> {
    body["data"][items]
        .as_array()
        .unwrap_or_else(|| panic!("data.{items} in {body}"))
        .iter()
        .map(|i| i[key].clone())
        .collect()
}

#[tokio::test]
async fn todays_lists_answer_the_examples_in_the_data_envelope() {
    let h = Harness::start().await;
    let users = h.get_json("/api/v1/User").await;
    assert_eq!(keys(&users, "users", "userId"), [json!(4107), json!(4388)]);
    assert_eq!(users["data"]["totalCount"], json!(2));
    assert!(users["metadata"]["timestamp"].is_string(), "{users}");
    // Every property of the example, unknown to no one: the example's bytes as items.
    let example: Value = serde_json::from_str(include_str!(
        "../../../spec/examples/V1UserList.list-users-v1.json"
    ))
    .expect("example");
    assert_eq!(users["data"]["users"], example["data"]["users"]);

    let devices = h.get_json("/api/v1/Computer").await;
    assert!(!keys(&devices, "computers", "guid").is_empty(), "{devices}");
    let orgs = h.get_json("/api/v1/Org").await;
    assert!(!keys(&orgs, "orgs", "orgUid").is_empty(), "{orgs}");
}

#[tokio::test]
async fn todays_lists_page_by_pgnum_and_pgsize_and_count_every_match() {
    let h = Harness::start().await;
    let first = h.get_json("/api/v1/User?pgNum=1&pgSize=1").await;
    let second = h.get_json("/api/v1/User?pgNum=2&pgSize=1").await;
    let third = h.get_json("/api/v1/User?pgNum=3&pgSize=1").await;
    assert_eq!(keys(&first, "users", "userId"), [json!(4107)]);
    assert_eq!(keys(&second, "users", "userId"), [json!(4388)]);
    assert_eq!(keys(&third, "users", "userId"), Vec::<Value>::new());
    for page in [&first, &second, &third] {
        assert_eq!(page["data"]["totalCount"], json!(2), "{page}");
    }
    let (status, body) = get(&h, "/api/v1/User?pgNum=0").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn todays_filters_evaluate_what_the_spec_describes_and_501_the_rest() {
    let h = Harness::start().await;
    let active = h.get_json("/api/v1/User?active=true").await;
    assert_eq!(keys(&active, "users", "userId"), [json!(4107)]);
    assert_eq!(active["data"]["totalCount"], json!(1));
    let by_name = h
        .get_json("/api/v1/User?username=bram.okafor%40northwind.example")
        .await;
    assert_eq!(keys(&by_name, "users", "userId"), [json!(4388)]);
    let none = h.get_json("/api/v1/User?email=nobody%40example.com").await;
    assert_eq!(none["data"]["totalCount"], json!(0));
    // `q`: how the server matches it is not shown by the evidence.
    let (status, body) = get(&h, "/api/v1/User?q=ada").await;
    assert_eq!(status, StatusCode::NOT_IMPLEMENTED, "{body}");
    assert!(body.to_string().contains("'q' of listUsersV1"), "{body}");
}

#[tokio::test]
async fn todays_details_answer_by_id_uid_or_guid_in_the_data_envelope() {
    let h = Harness::start().await;
    let by_id = h.get_json("/api/v1/User/4107").await;
    assert_eq!(by_id["data"]["userUid"], json!("1042870315662904117"));
    let by_uid = h
        .get_json("/api/v1/User/1051937720480016642?idType=uid")
        .await;
    assert_eq!(by_uid["data"]["userId"], json!(4388));
    let (status, _) = get(&h, "/api/v1/User/1").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let devices = h.get_json("/api/v1/Computer").await;
    let device = &devices["data"]["computers"][0];
    let id = device["computerId"].to_string();
    let by_id = h.get_json(&format!("/api/v1/Computer/{id}")).await;
    assert_eq!(by_id["data"]["guid"], device["guid"]);
    let guid = device["guid"].as_str().expect("a GUID");
    let by_guid = h
        .get_json(&format!("/api/v1/Computer/{guid}?idType=guid"))
        .await;
    assert_eq!(by_guid["data"]["computerId"], device["computerId"]);
}

#[tokio::test]
async fn the_current_user_is_the_signed_in_account_as_a_v1_user() {
    let h = Harness::start().await;
    let admin = h.get_json("/api/v1/User/my").await;
    assert_eq!(admin["data"]["username"], json!("admin"), "{admin}");
    let (status, user) = split(
        h.anon(Method::GET, "/api/v1/User/my")
            .basic_auth("userthree@testorg.org", Some("userthree"))
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user["data"]["username"], json!("userthree@testorg.org"));
    assert!(
        user["data"]["userId"].as_i64().is_some_and(|id| id > 0),
        "{user}"
    );
    assert_eq!(
        user["data"]["userUid"],
        json!(user["data"]["userId"].to_string())
    );
    let (status, _) = split(
        h.anon(Method::GET, "/api/v1/User/my")
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
