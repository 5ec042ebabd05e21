//! Today's API (`/api/v1`, `/api/v3`, `/api/v38`) over real HTTP, from the one state it
//! shares with the 2010 `/rest` API: lists in the `data` envelope with `totalCount`,
//! `pgNum`/`pgSize` paging, filters and sorting; details by id, uid or GUID; every write and
//! action, seen through both generations; the named errors; 404s.

mod common;

use common::{Harness, split};
use crashplan_emulator::{Emulator, Scale};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn get(h: &Harness, path: &str) -> (StatusCode, Value) {
    split(h.admin(Method::GET, path).send().await.expect("sent")).await
}

/// A request without a body (pycpg's actions send none).
async fn bare(h: &Harness, method: Method, path: &str) -> (StatusCode, Value) {
    split(h.admin(method, path).send().await.expect("sent")).await
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

/// The uid of user `id`, read through today's API.
async fn uid_of(h: &Harness, id: i64) -> String {
    let user = h.get_json(&format!("/api/v1/User/{id}")).await;
    user["data"]["userUid"]
        .as_str()
        .unwrap_or_else(|| panic!("a userUid in {user}"))
        .to_owned()
}

/// The GUID of org `id`, read through today's org list.
async fn guid_of(h: &Harness, id: i64) -> String {
    let orgs = h.get_json("/api/v1/Org").await;
    orgs["data"]["orgs"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["orgId"] == json!(id)))
        .and_then(|o| o["orgGuid"].as_str())
        .unwrap_or_else(|| panic!("org {id} in {orgs}"))
        .to_owned()
}

/// The first named error of a today's error body.
fn error_name(body: &Value) -> &str {
    body["data"][0]["name"].as_str().unwrap_or("")
}

#[tokio::test]
async fn todays_lists_show_the_stored_users_devices_and_orgs() {
    let h = Harness::start().await;
    let rest = h.get_json("/rest/users").await;
    let users = h.get_json("/api/v1/User").await;
    let rest_ids: Vec<Value> = common::ids(&rest, "users")
        .into_iter()
        .map(Value::from)
        .collect();
    assert_eq!(keys(&users, "users", "userId"), rest_ids);
    assert_eq!(users["data"]["totalCount"], json!(rest_ids.len()));
    assert!(users["metadata"]["timestamp"].is_string(), "{users}");
    for user in users["data"]["users"].as_array().expect("users") {
        let uid = user["userUid"].as_str().expect("a uid");
        assert!(uid.chars().all(|c| c.is_ascii_digit()), "{uid}");
        assert_ne!(
            uid,
            user["userId"].to_string(),
            "a uid is not the numeric id"
        );
        assert!(
            user["orgUid"].is_string() && user["orgName"].is_string(),
            "{user}"
        );
    }

    let devices = h.get_json("/api/v1/Computer").await;
    assert_eq!(keys(&devices, "computers", "computerId"), [json!(2)]);
    let rest_computer = h.get_json("/rest/computers/2").await;
    assert_eq!(
        devices["data"]["computers"][0]["guid"],
        json!(rest_computer["guid"].to_string()),
        "a device GUID is the 2010 GUID as digits"
    );
    assert!(devices["data"]["computers"][0].get("backupUsage").is_none());

    let orgs = h.get_json("/api/v1/Org").await;
    let rest_orgs = h.get_json("/rest/orgs").await;
    assert_eq!(
        orgs["data"]["totalCount"],
        json!(common::ids(&rest_orgs, "orgs").len())
    );
    let guids: Vec<Value> = keys(&orgs, "orgs", "orgGuid");
    assert!(
        guids
            .iter()
            .all(|g| g.as_str().is_some_and(|g| g.len() == 36)),
        "{orgs}"
    );
}

#[tokio::test]
async fn todays_lists_page_by_pgnum_and_pgsize_and_count_every_match() {
    let h = Harness::start().await;
    let all = keys(&h.get_json("/api/v1/User").await, "users", "userId");
    let mut paged = Vec::new();
    for page in 1..=4 {
        let body = h
            .get_json(&format!("/api/v1/User?pgNum={page}&pgSize=2"))
            .await;
        assert_eq!(body["data"]["totalCount"], json!(all.len()), "{body}");
        let items = keys(&body, "users", "userId");
        assert!(items.len() <= 2);
        paged.extend(items);
    }
    assert_eq!(paged, all, "the pages are the list, once each");
    let filtered = h
        .get_json("/api/v1/User?active=true&pgNum=2&pgSize=2")
        .await;
    assert_eq!(keys(&filtered, "users", "userId"), all[2..4].to_vec());
    let (status, body) = get(&h, "/api/v1/User?pgNum=0").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, body) = get(&h, "/api/v1/User?srtDir=sideways").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn todays_filters_and_sorting() {
    let h = Harness::start().await;
    // pycpg sends Python's `True`.
    let active = h.get_json("/api/v1/User?active=True").await;
    assert_eq!(active["data"]["totalCount"], json!(5));
    let by_name = h
        .get_json("/api/v1/User?username=usertwo%40testorg.org")
        .await;
    assert_eq!(keys(&by_name, "users", "userId"), [json!(68)]);
    let by_email = h.get_json("/api/v1/User?email=user1%40example.com").await;
    assert_eq!(keys(&by_email, "users", "userId"), [json!(70)]);
    let org42 = guid_of(&h, 42).await;
    let org_uid = h.get_json("/api/v1/Org").await["data"]["orgs"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["orgGuid"] == json!(org42)).cloned())
        .expect("org 42")["orgUid"]
        .clone();
    let in_org = h
        .get_json(&format!(
            "/api/v1/User?orgUid={}",
            org_uid.as_str().expect("uid")
        ))
        .await;
    assert_eq!(keys(&in_org, "users", "userId"), [json!(70), json!(71)]);
    let q = h.get_json("/api/v1/User?q=THREE").await;
    assert_eq!(keys(&q, "users", "userId"), [json!(69)]);
    let role = h.get_json("/api/v1/User?roleId=customer-cloud-admin").await;
    assert_eq!(role["data"]["totalCount"], json!(0));
    let with_roles = h.get_json("/api/v1/User?incRoles=true&pgSize=1").await;
    assert_eq!(
        with_roles["data"]["users"][0]["roles"],
        json!(["desktop-user"])
    );
    let sorted = h.get_json("/api/v1/User?srtKey=username&srtDir=desc").await;
    let names = keys(&sorted, "users", "username");
    let mut expected = names.clone();
    expected.sort_by_key(|n| std::cmp::Reverse(n.as_str().unwrap_or("").to_lowercase()));
    assert_eq!(names, expected);

    let user69 = uid_of(&h, 69).await;
    let devices = h
        .get_json(&format!(
            "/api/v1/Computer?userUid={user69}&incBackupUsage=true"
        ))
        .await;
    assert_eq!(keys(&devices, "computers", "computerId"), [json!(2)]);
    let usage = &devices["data"]["computers"][0]["backupUsage"];
    let target = usage[0]["targetComputerGuid"]
        .as_str()
        .expect("a destination");
    let to_target = h
        .get_json(&format!("/api/v1/Computer?targetComputerGuid={target}"))
        .await;
    assert_eq!(to_target["data"]["totalCount"], json!(1));
    let nowhere = h.get_json("/api/v1/Computer?targetComputerGuid=1").await;
    assert_eq!(nowhere["data"]["totalCount"], json!(0));
    let q = h.get_json("/api/v1/Computer?q=dhcp").await;
    assert_eq!(q["data"]["totalCount"], json!(1));
    let blocked = h.get_json("/api/v1/Computer?blocked=true").await;
    assert_eq!(blocked["data"]["totalCount"], json!(0));
    let (status, body) = get(&h, "/api/v1/Computer?active=maybe").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn details_answer_by_id_uid_or_guid() {
    let h = Harness::start().await;
    let uid = uid_of(&h, 69).await;
    let by_uid = h
        .get_json(&format!("/api/v1/User/{uid}?idType=uid&incRoles=true"))
        .await;
    assert_eq!(by_uid["data"]["userId"], json!(69));
    assert_eq!(by_uid["data"]["roles"], json!(["desktop-user"]));

    let rest = h.get_json("/rest/computers/2").await;
    let by_guid = h
        .get_json(&format!(
            "/api/v1/Computer/{}?idType=guid&incBackupUsage=true",
            rest["guid"]
        ))
        .await;
    assert_eq!(by_guid["data"]["computerId"], json!(2));
    assert!(by_guid["data"]["backupUsage"].is_array(), "{by_guid}");

    let guid = guid_of(&h, 43).await;
    let org = h
        .get_json(&format!("/api/v3/orgs/{guid}?incSettings=true"))
        .await;
    assert_eq!(org["orgId"], json!(43));
    assert!(org["settings"].is_object(), "{org}");
}

#[tokio::test]
async fn unknown_ids_uids_and_guids_are_404s() {
    let h = Harness::start().await;
    for path in [
        "/api/v1/User/1",
        "/api/v1/User/abc",
        "/api/v1/User/67?idType=uid",
        "/api/v1/User/1040000000000000999?idType=uid",
        "/api/v1/Computer/999",
        "/api/v1/Computer/999?idType=guid",
        "/api/v3/orgs/no-such-guid",
        "/api/v3/users/123/roles",
    ] {
        let (status, body) = get(&h, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
    }
    for path in [
        "/api/v3/users/123/block",
        "/api/v3/orgs/no-such-guid/deactivate",
    ] {
        let (status, _) = bare(&h, Method::POST, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (status, _) = bare(&h, Method::PUT, "/api/v1/ComputerBlock/999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = h
        .send_json(
            Method::POST,
            "/api/v38/computer-deactivation/update",
            json!({"id": 999}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_user_created_through_either_generation_is_seen_through_the_other() {
    let h = Harness::start().await;
    let (status, rest) = h
        .send_json(
            Method::POST,
            "/rest/users",
            json!({"orgId": 43, "username": "old@example.com", "password": "secret1",
                   "firstName": "Old", "lastName": "Api"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{rest}");
    let id = rest["id"].as_i64().expect("an id");
    let uid = uid_of(&h, id).await;
    let by_uid = h.get_json(&format!("/api/v1/User/{uid}?idType=uid")).await;
    assert_eq!(by_uid["data"]["username"], json!("old@example.com"));
    assert_eq!(by_uid["data"]["orgId"], json!(43));

    let org_uid = h.get_json("/api/v1/User/67").await["data"]["orgUid"].clone();
    let (status, new) = h
        .send_json(
            Method::POST,
            "/api/v1/User",
            json!({"orgUid": org_uid, "username": "new@example.com", "email": "new@example.com",
                   "password": "secret2", "firstName": "New", "notes": "from v1"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{new}");
    let new_id = new["data"]["userId"].as_i64().expect("a userId");
    assert_eq!(new["data"]["notes"], json!("from v1"));
    let seen = h.get_json(&format!("/rest/users/{new_id}")).await;
    assert_eq!(seen["username"], json!("new@example.com"));
    assert_eq!(seen["orgId"], json!(43));
    // Its password works for the login of both generations.
    let (status, _) = split(
        h.anon(Method::GET, "/api/v1/User/my")
            .basic_auth("new@example.com", Some("secret2"))
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    let (status, _) = h
        .send_json(
            Method::PUT,
            &format!(
                "/api/v1/User/{}?idType=uid",
                new["data"]["userUid"].as_str().expect("uid")
            ),
            json!({"lastName": "Renamed", "quotaInBytes": 1000}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let seen = h.get_json(&format!("/rest/users/{new_id}")).await;
    assert_eq!(seen["lastName"], json!("Renamed"));
}

#[tokio::test]
async fn uids_are_kept_in_the_state_file() {
    let dir = std::env::temp_dir().join(format!("crashplan-emulator-today-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("state.json");
    let _ = std::fs::remove_file(&path);
    let h = Harness::with(Emulator::builder().state_file(path.clone())).await;
    let (status, new) = h
        .send_json(
            Method::POST,
            "/api/v1/User",
            json!({"orgUid": h.get_json("/api/v1/User/67").await["data"]["orgUid"],
                   "username": "kept@example.com"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{new}");
    let guid = guid_of(&h, 43).await;
    h.emulator.shutdown().await;
    let text = std::fs::read_to_string(&path).expect("state file");
    let uid = new["data"]["userUid"].as_str().expect("uid");
    assert!(
        text.contains(uid) && text.contains(&guid),
        "identifiers in the state file"
    );

    let h = Harness::with(Emulator::builder().state_file(path.clone())).await;
    let again = h.get_json(&format!("/api/v1/User/{uid}?idType=uid")).await;
    assert_eq!(again["data"]["userId"], new["data"]["userId"]);
    assert_eq!(guid_of(&h, 43).await, guid);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn status_changes_are_one_state() {
    let h = Harness::start().await;
    let uid = uid_of(&h, 67).await;
    let (status, body) = h
        .send_json(
            Method::POST,
            &format!("/api/v3/users/{uid}/deactivate"),
            json!({"block": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        h.get_json("/rest/users/67").await["status"],
        json!("Deactivated")
    );
    let user = h.get_json("/api/v1/User/67").await;
    assert_eq!(
        (&user["data"]["active"], &user["data"]["blocked"]),
        (&json!(false), &json!(true))
    );
    let inactive = h.get_json("/api/v1/User?active=false").await;
    assert_eq!(keys(&inactive, "users", "userId"), [json!(67)]);
    // pycpg's reactivation: `{"unblock": null}`.
    let (status, _) = h
        .send_json(
            Method::POST,
            &format!("/api/v3/users/{uid}/activate"),
            json!({"unblock": null}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/rest/users/67").await["status"],
        json!("Active")
    );
    assert_eq!(
        h.get_json("/api/v1/User/67").await["data"]["blocked"],
        json!(true)
    );
    let (status, _) = bare(&h, Method::POST, &format!("/api/v3/users/{uid}/unblock")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/api/v1/User/67").await["data"]["blocked"],
        json!(false)
    );

    // And the other way: a 2010 deactivation is seen through today's API.
    let (status, _) = h
        .send_json(
            Method::PUT,
            "/rest/users/68",
            json!({"status": "Deactivated"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/api/v1/User/68").await["data"]["status"],
        json!("Deactivated")
    );
}

#[tokio::test]
async fn user_actions_block_move_and_roles() {
    let h = Harness::start().await;
    let uid = uid_of(&h, 69).await;
    let (status, _) = bare(&h, Method::POST, &format!("/api/v3/users/{uid}/block")).await;
    assert_eq!(status, StatusCode::OK);
    let blocked = h.get_json("/api/v1/User?q=userthree").await;
    assert_eq!(blocked["data"]["users"][0]["blocked"], json!(true));

    let (status, _) = h
        .send_json(
            Method::POST,
            &format!("/api/v3/users/{uid}/move"),
            json!({"orgId": 42}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(h.get_json("/rest/users/69").await["orgId"], json!(42));
    let device = h.get_json("/api/v1/Computer/2").await;
    assert_eq!(device["data"]["orgId"], json!(42), "its device moved along");
    let (status, body) = h
        .send_json(
            Method::POST,
            &format!("/api/v3/users/{uid}/move"),
            json!({"orgId": 999}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");

    let roles = h.get_json("/api/v1/role").await;
    assert_eq!(roles["data"].as_array().map(Vec::len), Some(2), "{roles}");
    let path = format!("/api/v3/users/{uid}/roles");
    let (status, _) = h
        .send_json(
            Method::PUT,
            &path,
            json!({"roleIds": ["desktop-user", "customer-cloud-admin"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let mine = h.get_json(&path).await;
    assert_eq!(mine["data"].as_array().map(Vec::len), Some(2), "{mine}");
    let admins = h.get_json("/api/v1/User?roleId=customer-cloud-admin").await;
    assert_eq!(keys(&admins, "users", "userId"), [json!(69)]);
    let (status, body) = h
        .send_json(Method::PUT, &path, json!({"roleIds": ["no-such-role"]}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn refusals_name_their_business_error() {
    let h = Harness::start().await;
    let org_uid = h.get_json("/api/v1/User/67").await["data"]["orgUid"].clone();
    for (username, email, name) in [
        ("userone@testorg.org", None, "USER_DUPLICATE"),
        ("admin", None, "USER_DUPLICATE"),
        ("fresh@example.com", Some("not-an-email"), "EMAIL_INVALID"),
        (" ", None, "INVALID_USERNAME"),
    ] {
        let (status, body) = h
            .send_json(
                Method::POST,
                "/api/v1/User",
                json!({"orgUid": org_uid, "username": username, "email": email}),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "{username}: {body}"
        );
        assert_eq!(error_name(&body), name, "{body}");
    }
    let (status, body) = h
        .send_json(
            Method::PUT,
            "/api/v1/User/68",
            json!({"username": "userone@testorg.org"}),
        )
        .await;
    assert_eq!(
        (status, error_name(&body)),
        (StatusCode::INTERNAL_SERVER_ERROR, "USER_DUPLICATE")
    );
    let (status, body) = h
        .send_json(Method::PUT, "/api/v1/User/68", json!({"password": "abc"}))
        .await;
    assert_eq!(
        (status, error_name(&body)),
        (StatusCode::INTERNAL_SERVER_ERROR, "NEW_PASSWORD_INVALID")
    );
    let (status, body) = h
        .send_json(
            Method::POST,
            "/api/v1/User",
            json!({"orgUid": "1", "username": "x@example.com"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");

    // User 71 of the doc data is in a legal hold.
    let held = uid_of(&h, 71).await;
    let (status, body) = h
        .send_json(
            Method::POST,
            &format!("/api/v3/users/{held}/deactivate"),
            json!({}),
        )
        .await;
    assert_eq!(
        (status, error_name(&body)),
        (StatusCode::BAD_REQUEST, "ACTIVE_LEGAL_HOLD"),
        "{body}"
    );
    assert_eq!(
        h.get_json("/rest/users/71").await["status"],
        json!("Active")
    );
}

#[tokio::test]
async fn a_device_of_a_held_user_cannot_be_deactivated() {
    // The synthetic data set's second user (1001) is in a legal hold.
    let h = Harness::with(Emulator::builder().doc_data(false).scale(Scale::users(3))).await;
    let devices = h.get_json("/api/v1/Computer?pgSize=10").await;
    let held = devices["data"]["computers"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["userId"] == json!(1001)))
        .and_then(|d| d["computerId"].as_i64())
        .expect("a device of user 1001");
    let (status, body) = h
        .send_json(
            Method::POST,
            "/api/v38/computer-deactivation/update",
            json!({"id": held}),
        )
        .await;
    assert_eq!(
        (status, error_name(&body)),
        (StatusCode::BAD_REQUEST, "ACTIVE_LEGAL_HOLD"),
        "{body}"
    );
    let other = devices["data"]["computers"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["userId"] == json!(1002)))
        .and_then(|d| d["computerId"].as_i64())
        .expect("a device of user 1002");
    let (status, body) = h
        .send_json(
            Method::POST,
            "/api/v38/computer-deactivation/update",
            json!({"id": other}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let seen = h.get_json(&format!("/api/v1/Computer/{other}")).await;
    assert_eq!(seen["data"]["status"], json!("Deactivated"));
}

#[tokio::test]
async fn device_actions_are_seen_through_both_generations() {
    let h = Harness::start().await;
    let (status, _) = h
        .send_json(
            Method::PUT,
            "/api/v1/Computer/2",
            json!({"name": "renamed", "notes": "n"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/rest/computers/2").await["name"],
        json!("renamed")
    );
    let device = h.get_json("/api/v1/Computer/2").await;
    assert_eq!(
        (&device["data"]["name"], &device["data"]["notes"]),
        (&json!("renamed"), &json!("n"))
    );

    let (status, _) = bare(&h, Method::PUT, "/api/v1/ComputerBlock/2").await;
    assert_eq!(status, StatusCode::OK);
    let blocked = h.get_json("/api/v1/Computer?blocked=true").await;
    assert_eq!(keys(&blocked, "computers", "computerId"), [json!(2)]);
    let (status, _) = bare(&h, Method::DELETE, "/api/v1/ComputerBlock/2").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/api/v1/Computer/2").await["data"]["blocked"],
        json!(false)
    );

    let (status, _) = bare(&h, Method::PUT, "/api/v1/ComputerDeauthorization/2").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/api/v1/Computer/2").await["data"]["status"],
        json!("Active, Deauthorized")
    );

    let (status, _) = h
        .send_json(
            Method::POST,
            "/api/v38/computer-deactivation/update",
            json!({"id": 2}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/rest/computers/2").await["status"],
        json!("Deactivated")
    );
    let active = h.get_json("/api/v1/Computer?active=false").await;
    assert_eq!(keys(&active, "computers", "computerId"), [json!(2)]);
    let (status, _) = h
        .send_json(
            Method::POST,
            "/api/v38/computer-deactivation/remove",
            json!({"id": 2}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/rest/computers/2").await["status"],
        json!("Active")
    );
    assert_eq!(
        h.get_json("/api/v1/Computer/2").await["data"]["status"],
        json!("Active")
    );
}

#[tokio::test]
async fn org_writes_and_actions_are_one_state() {
    let h = Harness::start().await;
    let parent = guid_of(&h, 43).await;
    let (status, org) = h
        .send_json(
            Method::POST,
            "/api/v3/orgs",
            json!({"orgName": "Today Org", "parentOrgGuid": parent, "orgExtRef": "X-1"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{org}");
    let id = org["orgId"].as_i64().expect("an orgId");
    let guid = org["orgGuid"].as_str().expect("a GUID").to_owned();
    assert_eq!(org["parentOrgId"], json!(43));
    let rest = h.get_json(&format!("/rest/orgs/{id}")).await;
    assert_eq!(
        (&rest["name"], &rest["parentId"]),
        (&json!("Today Org"), &json!(43))
    );

    let (status, _) = h
        .send_json(
            Method::PUT,
            &format!("/api/v3/orgs/{guid}"),
            json!({"orgName": "Renamed Org", "notes": "n"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let seen = h.get_json(&format!("/api/v3/orgs/{guid}")).await;
    assert_eq!(
        (&seen["orgName"], &seen["orgExtRef"], &seen["notes"]),
        (&json!("Renamed Org"), &json!("X-1"), &json!("n"))
    );

    for (action, check) in [
        ("block", json!({"blocked": true})),
        ("unblock", json!({"blocked": false})),
        (
            "deactivate",
            json!({"status": "Deactivated", "active": false}),
        ),
        ("activate", json!({"status": "Active", "active": true})),
    ] {
        let (status, body) = bare(&h, Method::POST, &format!("/api/v3/orgs/{guid}/{action}")).await;
        assert_eq!(status, StatusCode::OK, "{action}: {body}");
        let seen = h.get_json(&format!("/api/v3/orgs/{guid}")).await;
        for (k, v) in check.as_object().expect("object") {
            assert_eq!(&seen[k], v, "{action}: {seen}");
        }
        let rest = h.get_json(&format!("/rest/orgs/{id}")).await;
        assert_eq!(rest["status"], seen["status"], "{action}");
    }
    assert_eq!(
        h.get_json(&format!("/rest/orgs/{id}")).await["name"],
        json!("Renamed Org")
    );
    let (status, body) = h
        .send_json(
            Method::POST,
            "/api/v3/orgs",
            json!({"orgName": "x", "parentOrgGuid": "nope"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn the_signed_in_user_its_org_the_tenant_and_the_login_type() {
    let h = Harness::start().await;
    let admin = h.get_json("/api/v1/User/my").await;
    assert_eq!(admin["data"]["username"], json!("admin"), "{admin}");
    let as_user = |path: &'static str| {
        h.anon(Method::GET, path)
            .basic_auth("userthree@testorg.org", Some("userthree"))
            .send()
    };
    let (status, user) = split(as_user("/api/v1/User/my").await.expect("sent")).await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user["data"]["userId"], json!(69));
    assert_eq!(user["data"]["userUid"], json!(uid_of(&h, 69).await));
    let (status, org) = split(as_user("/api/v1/Org/my").await.expect("sent")).await;
    assert_eq!(
        (status, &org["data"]["orgId"]),
        (StatusCode::OK, &json!(43))
    );
    let (status, _) = split(
        h.anon(Method::GET, "/api/v1/User/my")
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // The account that is no user gets the root org; after a write gave the root org a
    // parent (so every org has one), still an org, never a 404.
    let root = h.get_json("/api/v1/Org/my").await;
    assert_eq!(root["data"]["orgId"], json!(2), "{root}");
    let (status, _) = h
        .send_json(Method::PUT, "/rest/orgs/2", json!({"parentId": 3}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let org = h.get_json("/api/v1/Org/my").await;
    assert!(org["data"]["orgId"].is_i64(), "{org}");

    let tenant = h.get_json("/api/v3/customer/my").await;
    assert!(tenant["tenantUid"].is_string(), "{tenant}");
    let (status, login) = split(
        h.anon(Method::GET, "/api/v3/LoginConfiguration?username=admin")
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(
        (status, &login["loginType"]),
        (StatusCode::OK, &json!("LOCAL"))
    );
}

#[tokio::test]
async fn the_synthetic_data_set_shows_through_todays_lists() {
    let h = Harness::with(Emulator::builder().scale(Scale::users(1200))).await;
    let first = h.get_json("/api/v1/User?pgNum=1&pgSize=500").await;
    let total = first["data"]["totalCount"].as_u64().expect("a total");
    assert_eq!(total, 1205);
    let last = h.get_json("/api/v1/User?pgNum=3&pgSize=500").await;
    assert_eq!(keys(&last, "users", "userId").len(), 205);
    let devices = h
        .get_json("/api/v1/Computer?pgNum=3&pgSize=500&incBackupUsage=true")
        .await;
    assert_eq!(devices["data"]["totalCount"], json!(1201));
    let page = devices["data"]["computers"].as_array().expect("computers");
    assert_eq!(page.len(), 201);
    assert!(
        page.iter()
            .all(|d| d["backupUsage"].as_array().is_some_and(|u| u.len() == 1))
    );
    // A synthetic user changed through today's API is seen through the 2010 one.
    let uid = uid_of(&h, 1500).await;
    let (status, _) = h
        .send_json(
            Method::POST,
            &format!("/api/v3/users/{uid}/deactivate"),
            json!({"block": false}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h.get_json("/rest/users/1500").await["status"],
        json!("Deactivated")
    );
    assert_eq!(uid_of(&h, 1500).await, uid, "the uid stays");
}

#[tokio::test]
async fn todays_answers_decode_as_the_generated_types() {
    use crashplan_api::types::{
        DeviceList, DeviceResponse, RoleList, TodayError, V1OrgList, V1OrgResponse, V1UserList,
        V1UserResponse, V3Customer, V3Org,
    };
    fn decode<T: serde::de::DeserializeOwned>(what: &str, body: Value) -> T {
        serde_json::from_value(body.clone())
            .unwrap_or_else(|e| panic!("{what} does not decode: {e}: {body}"))
    }
    let h = Harness::start().await;
    let users: V1UserList = decode("users", h.get_json("/api/v1/User?incRoles=true").await);
    assert_eq!(users.data.users.len(), 5);
    let _: V1UserResponse = decode("a user", h.get_json("/api/v1/User/69").await);
    let devices: DeviceList = decode(
        "devices",
        h.get_json("/api/v1/Computer?incBackupUsage=true").await,
    );
    assert!(devices.data.computers[0].backup_usage.is_some());
    let _: DeviceResponse = decode("a device", h.get_json("/api/v1/Computer/2").await);
    let orgs: V1OrgList = decode("orgs", h.get_json("/api/v1/Org").await);
    let guid = orgs.data.orgs[0].org_guid.clone();
    let _: V3Org = decode(
        "a v3 org",
        h.get_json(&format!("/api/v3/orgs/{guid}?incSettings=true"))
            .await,
    );
    let _: V1OrgResponse = decode("my org", h.get_json("/api/v1/Org/my").await);
    let _: RoleList = decode("roles", h.get_json("/api/v1/role").await);
    let _: V3Customer = decode("the tenant", h.get_json("/api/v3/customer/my").await);
    let (_, body) = h
        .send_json(
            Method::POST,
            "/api/v1/User",
            json!({"orgUid": users.data.users[0].org_uid, "username": "admin"}),
        )
        .await;
    let error: TodayError = decode("a named error", body);
    assert_eq!(error.data.map(|d| d.len()), Some(1));
}
