//! Routes and status codes: 400, 401, 403, 404, 405, 406, 409, 415; filters; create,
//! update and deactivate.

mod common;

use common::{Harness, ids, split};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn status_and_body(h: &Harness, request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let _ = h;
    split(request.send().await.expect("sent")).await
}

fn assert_error(body: &Value, status: StatusCode, needle: &str) {
    let message = body["message"].as_str().expect("an ApiError body");
    assert!(
        message.contains(needle),
        "{message:?} should mention {needle:?}"
    );
    assert_eq!(body["status"], json!(status.as_u16()));
}

#[tokio::test]
async fn every_list_route_answers() {
    let h = Harness::start().await;
    for (path, key) in [
        ("/rest/orgs", "orgs"),
        ("/rest/users", "users"),
        ("/rest/computers", "computers"),
        ("/rest/usages", "usages"),
        ("/rest/computerUsage", "computerUsages"),
        ("/rest/mountPoints", "mountPoints"),
        ("/rest/archiveRecords", "archiveRecords"),
    ] {
        let body = h.get_json(path).await;
        let items = body[key].as_array().expect("items");
        assert_eq!(body["metadata"]["count"], json!(items.len()), "{path}");
        assert!(body["metadata"]["timestamp"].is_string());
    }
    let stats = h.get_json("/rest/serverStats").await;
    assert_eq!(stats["hostName"], "proserver.acme.com");
}

#[tokio::test]
async fn unauthenticated_is_401_with_www_authenticate() {
    let h = Harness::start().await;
    for request in [
        h.anon(Method::GET, "/rest/users"),
        h.anon(Method::GET, "/rest/users")
            .basic_auth("admin", Some("wrong")),
        h.anon(Method::GET, "/rest/users")
            .basic_auth("nobody", Some("x")),
        h.anon(Method::GET, "/rest/users")
            .header("Authorization", "Bearer x"),
        h.anon(Method::GET, "/rest/users")
            .header("Authorization", "v3_user_token nope"),
    ] {
        let response = request.send().await.expect("sent");
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert!(response.headers().contains_key("www-authenticate"));
        let (_, body) = split(response).await;
        assert!(body["message"].is_string());
    }
}

#[tokio::test]
async fn ordinary_user_is_403_on_admin_resources_and_writes() {
    let h = Harness::start().await;
    let user = |m: Method, p: &str| {
        h.anon(m, p)
            .basic_auth("userthree@testorg.org", Some("userthree"))
    };
    for path in [
        "/rest/mountPoints",
        "/rest/mountPoints/1",
        "/rest/serverStats",
    ] {
        let (status, body) = status_and_body(&h, user(Method::GET, path)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert_error(&body, status, "administrators");
    }
    let (status, _) = status_and_body(&h, user(Method::GET, "/rest/users/69")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = status_and_body(
        &h,
        user(Method::PUT, "/rest/users/69")
            .header("Content-Type", "application/json")
            .body(r#"{"firstName":"X"}"#),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn unknown_ids_are_404() {
    let h = Harness::start().await;
    for path in [
        "/rest/orgs/999",
        "/rest/users/999",
        "/rest/computers/999",
        "/rest/mountPoints/999",
        "/rest/users/abc",
        "/rest/nothing",
    ] {
        let (status, body) = status_and_body(&h, h.admin(Method::GET, path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body["message"].is_string());
    }
    let (status, _) = h
        .send_json(Method::PUT, "/rest/users/999", json!({"firstName": "X"}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = h
        .send_json(Method::PUT, "/rest/orgs/999", json!({"name": "X"}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unsupported_methods_are_405_with_allow() {
    let h = Harness::start().await;
    for (method, path, allow) in [
        (Method::DELETE, "/rest/users/67", "GET, PUT"),
        (Method::PUT, "/rest/users", "GET, POST"),
        (Method::POST, "/rest/computers", "GET"),
        (Method::PUT, "/rest/computers/2", "GET"),
        (Method::DELETE, "/rest/orgs", "GET, POST"),
        (Method::POST, "/rest/serverStats", "GET"),
        (Method::PATCH, "/rest/usages", "GET"),
        (Method::POST, "/rest/computerUsage", "GET"),
        (Method::DELETE, "/rest/mountPoints/1", "GET"),
        (Method::POST, "/rest/archiveRecords", "GET"),
        (Method::POST, "/api/v3/auth/jwt?useBody=true", "GET"),
    ] {
        let response = h.admin(method.clone(), path).send().await.expect("sent");
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        let header = response.headers().get("allow").expect("Allow header");
        assert_eq!(header.to_str().expect("ascii"), allow);
        let (_, body) = split(response).await;
        assert!(body["message"].is_string());
    }
}

#[tokio::test]
async fn content_negotiation_406_and_415() {
    let h = Harness::start().await;
    let (status, body) = status_and_body(
        &h,
        h.admin(Method::GET, "/rest/users")
            .header("Accept", "text/xml"),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_ACCEPTABLE);
    assert_error(&body, status, "application/json");
    for accept in [
        "application/json",
        "*/*",
        "application/*",
        "text/xml, application/json;q=0.5",
    ] {
        let response = h
            .admin(Method::GET, "/rest/orgs")
            .header("Accept", accept)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::OK, "{accept}");
    }
    for content_type in [None, Some("text/plain"), Some("application/xml")] {
        let mut request = h
            .admin(Method::POST, "/rest/orgs")
            .body(r#"{"name":"X","parentId":2}"#);
        if let Some(ct) = content_type {
            request = request.header("Content-Type", ct);
        }
        let (status, body) = status_and_body(&h, request).await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert!(body["message"].is_string());
    }
    assert_eq!(h.emulator.request_count("POST", "/rest/orgs"), 3);
}

#[tokio::test]
async fn bad_bodies_are_400_naming_the_problem() {
    let h = Harness::start().await;
    let post = |path: &str, body: &'static str| {
        h.admin(Method::POST, path)
            .header("Content-Type", "application/json")
            .body(body)
    };
    let (status, body) = status_and_body(&h, post("/rest/orgs", "{\"name\": ")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_error(&body, status, "malformed JSON");
    let (status, body) = status_and_body(&h, post("/rest/orgs", "")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_error(&body, status, "body");
    let (status, body) = status_and_body(&h, post("/rest/orgs", r#"{"name":"X"}"#)).await;
    assert_error(&body, status, "parentId");
    let (status, body) = status_and_body(&h, post("/rest/orgs", r#"{"parentId":2}"#)).await;
    assert_error(&body, status, "name");
    let (status, body) =
        status_and_body(&h, post("/rest/orgs", r#"{"name":"X","parentId":777}"#)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_error(&body, status, "777");

    let full = json!({"orgId": 43, "firstName": "A", "lastName": "B", "password": "p", "email": "ab@x.org"});
    for missing in ["orgId", "firstName", "lastName", "password"] {
        let mut body = full.clone();
        body.as_object_mut().expect("object").remove(missing);
        let (status, answer) = h.send_json(Method::POST, "/rest/users", body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{missing}");
        assert_error(&answer, status, missing);
    }
    let mut body = full.clone();
    body.as_object_mut().expect("object").remove("email");
    let (status, answer) = h.send_json(Method::POST, "/rest/users", body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_error(&answer, status, "username");
    let (status, answer) = h
        .send_json(Method::PUT, "/rest/users/67", json!({"status": "Sleeping"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_error(&answer, status, "status");
    let (status, answer) = h
        .send_json(
            Method::PUT,
            "/rest/users/67",
            json!({"orgId": "forty-three"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_error(&answer, status, "orgId");
    assert_eq!(h.emulator.request_count("POST", "/rest/users"), 5);
}

#[tokio::test]
async fn duplicates_are_409() {
    let h = Harness::start().await;
    let user =
        json!({"orgId": 43, "firstName": "A", "lastName": "B", "password": "p", "username": "ab"});
    let (status, _) = h.send_json(Method::POST, "/rest/users", user.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = h.send_json(Method::POST, "/rest/users", user).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_error(&body, status, "ab");
    let (status, _) = h
        .send_json(
            Method::POST,
            "/rest/users",
            json!({"orgId": 43, "firstName": "A", "lastName": "B", "password": "p", "email": "USERONE@testorg.org"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = h
        .send_json(
            Method::PUT,
            "/rest/users/68",
            json!({"email": "userone@testorg.org"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Login account names are taken too.
    let (status, _) = h
        .send_json(
            Method::POST,
            "/rest/users",
            json!({"orgId": 43, "firstName": "A", "lastName": "B", "password": "p", "username": "Admin"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Keeping one's own email is not a conflict.
    let (status, _) = h
        .send_json(
            Method::PUT,
            "/rest/users/67",
            json!({"email": "userone@testorg.org"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn create_update_deactivate_are_visible_later() {
    let h = Harness::start().await;
    let (status, org) = h
        .send_json(
            Method::POST,
            "/rest/orgs",
            json!({"name": "Team", "parentId": 2}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let org_id = org["id"].as_i64().expect("id");
    assert!(org_id > 43);
    assert!(org["registrationKey"].is_string());
    let (status, user) = h
        .send_json(
            Method::POST,
            "/rest/users",
            json!({"orgId": org_id, "firstName": "New", "lastName": "User", "password": "pw", "email": "new@x.org"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        user["username"], "new@x.org",
        "username defaults to the email"
    );
    let user_id = user["id"].as_i64().expect("id");
    let listed = h.get_json(&format!("/rest/users?orgId={org_id}")).await;
    assert_eq!(ids(&listed, "users"), vec![user_id]);

    // The new user logs in with its password.
    let response = h
        .anon(Method::GET, &format!("/rest/users/{user_id}"))
        .basic_auth("new@x.org", Some("pw"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);

    // Only documented fields change; unknown ones are ignored.
    let (status, updated) = h
        .send_json(
            Method::PUT,
            &format!("/rest/users/{user_id}"),
            json!({"lastName": "Renamed", "id": 5, "archiveBytes": 9, "quota": {"bytes": 7}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(updated["lastName"], "Renamed");
    assert_eq!(updated["id"], json!(user_id));
    assert_eq!(updated["archiveBytes"], json!(0));
    assert_eq!(updated["quota"]["bytes"], json!(7));

    let (status, deactivated) = h
        .send_json(
            Method::PUT,
            &format!("/rest/users/{user_id}"),
            json!({"status": "Deactivated"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(deactivated["status"], "Deactivated");
    let active = h
        .get_json(&format!("/rest/users?orgId={org_id}&status=Active"))
        .await;
    assert!(ids(&active, "users").is_empty());
    // A deactivated user cannot log in.
    let response = h
        .anon(Method::GET, "/rest/orgs")
        .basic_auth("new@x.org", Some("pw"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    // Reactivate.
    let (_, back) = h
        .send_json(
            Method::PUT,
            &format!("/rest/users/{user_id}"),
            json!({"status": "Active"}),
        )
        .await;
    assert_eq!(back["status"], "Active");

    let (_, org) = h
        .send_json(
            Method::PUT,
            &format!("/rest/orgs/{org_id}"),
            json!({"status": "Deactivated"}),
        )
        .await;
    assert!(
        org["name"]
            .as_str()
            .expect("name")
            .starts_with("Team deactivated 2")
    );
    let deactivated = h.get_json("/rest/orgs?status=Deactivated").await;
    assert_eq!(ids(&deactivated, "orgs"), vec![org_id]);
    let (_, org) = h
        .send_json(
            Method::PUT,
            &format!("/rest/orgs/{org_id}"),
            json!({"status": "Active"}),
        )
        .await;
    assert_eq!(org["name"], "Team");
}

#[tokio::test]
async fn filters_narrow_lists() {
    let h = Harness::start().await;
    let cases: &[(&str, &str, &[i64])] = &[
        ("/rest/orgs?name=CrashPlan", "orgs", &[42]),
        ("/rest/orgs?parentId=2", "orgs", &[43]),
        ("/rest/orgs?status=Active", "orgs", &[2, 3, 42, 43]),
        ("/rest/users?orgId=43", "users", &[67, 68, 69]),
        ("/rest/users?id=68", "users", &[68]),
        ("/rest/users?email=userthree@testorg.org", "users", &[69]),
        ("/rest/users?firstName=User&lastName=Two", "users", &[68]),
        ("/rest/users?status=Deactivated", "users", &[]),
        ("/rest/users?orgId=42", "users", &[70, 71]),
        ("/rest/computers?userId=69", "computers", &[2]),
        ("/rest/computers?guid=343195742699662015", "computers", &[2]),
        ("/rest/computers?name=c42-dhcp-191.c42", "computers", &[2]),
        ("/rest/computers?status=Deactivated", "computers", &[]),
        ("/rest/computers?id=3", "computers", &[]),
        (
            "/rest/mountPoints?name=manifest&type=DIR&status=ENABLED",
            "mountPoints",
            &[1],
        ),
        ("/rest/mountPoints?volumeLabel=other", "mountPoints", &[]),
    ];
    for (path, key, expected) in cases {
        let body = h.get_json(path).await;
        assert_eq!(&ids(&body, key), expected, "{path}");
    }
    let usages = h.get_json("/rest/usages?userId=69").await;
    assert_eq!(usages["usages"][0]["sourceOrgId"], json!(43));
    let none = h.get_json("/rest/usages?orgId=1").await;
    assert_eq!(none["usages"], json!([]));
    let cu = h
        .get_json("/rest/computerUsage?targetGuid=42&targetId=1&sourceId=2")
        .await;
    assert_eq!(cu["computerUsages"].as_array().expect("array").len(), 1);
    let records = h.get_json("/rest/archiveRecords?userId=240").await;
    assert_eq!(
        records["archiveRecords"].as_array().expect("array").len(),
        3
    );
    let records = h
        .get_json("/rest/archiveRecords?userId=240&daysBack=0")
        .await;
    assert_eq!(records["archiveRecords"], json!([]));
    let records = h.get_json("/rest/archiveRecords?orgId=240").await;
    assert_eq!(records["archiveRecords"], json!([]));
    // Unknown parameters are ignored but echoed; bad numbers are 400s naming them.
    let body = h.get_json("/rest/users?orgId=43&color=blue").await;
    assert_eq!(body["metadata"]["params"]["color"], "blue");
    for path in [
        "/rest/users?orgId=x",
        "/rest/computers?guid=1.5",
        "/rest/archiveRecords?daysBack=-1",
    ] {
        let (status, body) = status_and_body(&h, h.admin(Method::GET, path)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        let name = path
            .split('?')
            .nth(1)
            .and_then(|q| q.split('=').next())
            .expect("param");
        assert_error(&body, status, name);
    }
}
