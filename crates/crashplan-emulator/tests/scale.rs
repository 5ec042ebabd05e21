//! The synthetic data set: every narrowed or skipped list equals the brute-force answer
//! computed from the full list.

mod common;

use common::Harness;
use crashplan_emulator::{Emulator, Scale};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn items(body: &Value, key: &str) -> Vec<Value> {
    body[key].as_array().expect("items").clone()
}

async fn all(h: &Harness, path: &str, key: &str) -> Vec<Value> {
    items(&h.get_json(path).await, key)
}

fn filter(list: &[Value], field: &str, value: &Value) -> Vec<Value> {
    list.iter()
        .filter(|v| &v[field] == value)
        .cloned()
        .collect()
}

#[tokio::test]
async fn narrowed_and_skipped_lists_match_brute_force() {
    let h = Harness::with(Emulator::builder().scale(Scale {
        users: 300,
        orgs: 3,
        computers_per_user: 2,
        archive_records_per_user: 3,
    }))
    .await;
    // Move a synthetic user to another org: the change must show in every view.
    let (status, moved) = h
        .send_json(
            Method::PUT,
            "/rest/users/1004",
            json!({"orgId": 1000, "status": "Deactivated"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(moved["orgId"], 1000);

    let users = all(&h, "/rest/users", "users").await;
    assert_eq!(users.len(), 305);
    for org in [1000, 1001, 1002, 43] {
        let got = all(&h, &format!("/rest/users?orgId={org}"), "users").await;
        assert_eq!(got, filter(&users, "orgId", &json!(org)), "orgId={org}");
    }
    for status in ["Active", "Deactivated"] {
        let got = all(&h, &format!("/rest/users?status={status}"), "users").await;
        assert_eq!(got, filter(&users, "status", &json!(status)), "{status}");
    }
    let got = all(
        &h,
        "/rest/users?orgId=1001&status=Active&firstName=Ada",
        "users",
    )
    .await;
    let expected: Vec<Value> = filter(
        &filter(&users, "orgId", &json!(1001)),
        "status",
        &json!("Active"),
    )
    .into_iter()
    .filter(|u| u["firstName"] == "Ada")
    .collect();
    assert_eq!(got, expected);
    let got = all(&h, "/rest/users?email=syn1007@synthetic.example", "users").await;
    assert_eq!(got, filter(&users, "id", &json!(1007)));
    let got = all(&h, "/rest/users?email=SYN1007@synthetic.example", "users").await;
    assert!(got.is_empty(), "email filters are exact");

    let computers = all(&h, "/rest/computers", "computers").await;
    assert_eq!(computers.len(), 601);
    let got = all(&h, "/rest/computers?userId=1005", "computers").await;
    assert_eq!(got, filter(&computers, "userId", &json!(1005)));
    assert_eq!(got.len(), 2);
    let target = &computers[77];
    let got = all(
        &h,
        &format!("/rest/computers?guid={}", target["guid"]),
        "computers",
    )
    .await;
    assert_eq!(got, vec![target.clone()]);
    let got = all(&h, "/rest/computers?offset=250&limit=7", "computers").await;
    assert_eq!(got, computers[250..257].to_vec());
    let got = all(
        &h,
        "/rest/computers?status=Deactivated&limit=3",
        "computers",
    )
    .await;
    let expected: Vec<Value> = filter(&computers, "status", &json!("Deactivated"))[..3].to_vec();
    assert_eq!(got, expected);

    let usages = all(&h, "/rest/usages", "usages").await;
    assert_eq!(usages.len(), 602);
    for org in [1000, 1001, 43, 23] {
        let got = all(&h, &format!("/rest/usages?orgId={org}"), "usages").await;
        assert_eq!(
            got,
            filter(&usages, "sourceOrgId", &json!(org)),
            "usages orgId={org}"
        );
    }
    let moved_usages = all(&h, "/rest/usages?userId=1004", "usages").await;
    assert!(moved_usages.iter().all(|u| u["sourceOrgId"] == 1000));
    let got = all(&h, "/rest/usages?page=3&pageSize=50", "usages").await;
    assert_eq!(got, usages[100..150].to_vec());

    let cu = all(&h, "/rest/computerUsage", "computerUsages").await;
    assert_eq!(cu.len(), 601);
    let got = all(
        &h,
        &format!("/rest/computerUsage?sourceGuid={}", target["guid"]),
        "computerUsages",
    )
    .await;
    assert_eq!(got, filter(&cu, "sourceGuid", &target["guid"]));
    let got = all(
        &h,
        &format!("/rest/computerUsage?sourceId={}", target["id"]),
        "computerUsages",
    )
    .await;
    assert_eq!(got, filter(&cu, "sourceId", &target["id"]));
    let got = all(&h, "/rest/computerUsage?offset=590", "computerUsages").await;
    assert_eq!(got, cu[590..].to_vec());

    let records = all(&h, "/rest/archiveRecords", "archiveRecords").await;
    // 9 stored (the doc's user, org and computer records), then 3 days of each of 300 users,
    // 3 orgs and 600 computers.
    assert_eq!(records.len(), 9 + (300 + 3 + 600) * 3);
    let got = all(&h, "/rest/archiveRecords?userId=1010", "archiveRecords").await;
    assert_eq!(got, filter(&records, "userId", &json!(1010)));
    assert_eq!(got.len(), 3);
    let got = all(
        &h,
        "/rest/archiveRecords?userId=1010&daysBack=2",
        "archiveRecords",
    )
    .await;
    assert_eq!(got, filter(&records, "userId", &json!(1010))[..2].to_vec());
    let got = all(
        &h,
        "/rest/archiveRecords?offset=400&limit=5",
        "archiveRecords",
    )
    .await;
    assert_eq!(got, records[400..405].to_vec());
    for (query, field, value) in [
        ("orgId=1000", "orgId", json!(1000)),
        ("orgId=43", "orgId", json!(43)),
        ("sourceId=1077", "sourceId", json!(1077)),
        ("targetId=1", "targetId", json!(1)),
    ] {
        let got = all(
            &h,
            &format!("/rest/archiveRecords?{query}"),
            "archiveRecords",
        )
        .await;
        assert_eq!(got, filter(&records, field, &value), "{query}");
        assert!(!got.is_empty(), "{query}");
    }
    let got = all(
        &h,
        &format!("/rest/archiveRecords?sourceGuid={}", target["guid"]),
        "archiveRecords",
    )
    .await;
    assert_eq!(got, filter(&records, "sourceId", &target["id"]));
    assert_eq!(got.len(), 3);
    let got = all(
        &h,
        "/rest/archiveRecords?targetGuid=42&daysBack=1&limit=1000",
        "archiveRecords",
    )
    .await;
    let newest = records
        .iter()
        .filter(|r| r["targetId"] == 1)
        .map(|r| r["creationDate"].as_str().expect("date")[..10].to_owned())
        .max()
        .expect("records");
    assert!(got.iter().all(|r| {
        r["targetId"] == 1
            && r["creationDate"]
                .as_str()
                .is_some_and(|d| d.starts_with(&newest))
    }));
    assert_eq!(
        got.len(),
        600,
        "one per synthetic computer on the newest day"
    );
}

#[tokio::test]
async fn large_unpaged_lists_are_streamed_completely() {
    let h = Harness::with(Emulator::builder().scale(Scale::users(25_000))).await;
    let everything = h.get_json("/rest/users").await;
    let users = items(&everything, "users");
    assert_eq!(users.len(), 25_005);
    assert_eq!(everything["metadata"]["count"], 25_005);
    let ids: Vec<i64> = users
        .iter()
        .map(|u| u["id"].as_i64().expect("id"))
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let tail = h.get_json("/rest/users?offset=12345").await;
    assert_eq!(items(&tail, "users"), users[12345..].to_vec());
    assert_eq!(tail["metadata"]["count"], 25_005 - 12345);
    let big_page = h.get_json("/rest/users?page=2&pageSize=12000").await;
    assert_eq!(items(&big_page, "users"), users[12000..24000].to_vec());
    let small = h.get_json("/rest/users?offset=24000&limit=10").await;
    assert_eq!(items(&small, "users"), users[24000..24010].to_vec());

    // The other unfiltered lists stream too, and agree with their pages.
    for (path, key, len) in [
        ("/rest/computers", "computers", 25_001),
        ("/rest/usages", "usages", 25_002),
        ("/rest/computerUsage", "computerUsages", 25_001),
        // 25,000 users, 25 orgs and 25,000 computers, 2 days each, after the doc's 9.
        ("/rest/archiveRecords", "archiveRecords", 100_059),
    ] {
        let whole = h.get_json(path).await;
        let list = items(&whole, key);
        assert_eq!(list.len(), len, "{path}");
        assert_eq!(whole["metadata"]["count"], len, "{path}");
        let page = h.get_json(&format!("{path}?page=3&pageSize=7000")).await;
        assert_eq!(items(&page, key), list[14000..21000].to_vec(), "{path}");
        let tail = h.get_json(&format!("{path}?offset={}", len - 3)).await;
        assert_eq!(items(&tail, key), list[len - 3..].to_vec(), "{path}");
    }
}
