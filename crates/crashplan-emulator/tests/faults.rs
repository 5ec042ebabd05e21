//! Each fault mode, with the request log recording what happened.

mod common;

use std::time::Duration;

use common::Harness;
use crashplan_emulator::{Emulator, FaultKind, Faults, Latency};
use reqwest::{Method, StatusCode};

fn always(f: impl FnOnce(&mut Faults)) -> Faults {
    let mut faults = Faults::none();
    f(&mut faults);
    faults
}

#[tokio::test]
async fn rejections_carry_retry_after_and_skip_the_handler() {
    let h = Harness::with(Emulator::builder().faults(always(|f| {
        f.rate_503 = 1.0;
        f.retry_after_secs = 7;
    })))
    .await;
    let (status, body) = h
        .send_json(
            Method::POST,
            "/rest/orgs",
            serde_json::json!({"name": "Never", "parentId": 2}),
        )
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body["message"].is_string());
    assert_eq!(h.emulator.request_count("POST", "/rest/orgs"), 1);
    let log = h.emulator.requests();
    assert_eq!(log[0].fault, Some(FaultKind::ServiceUnavailable));
    assert_eq!(log[0].status, 503);
    assert_eq!(log[0].account.as_deref(), Some("admin"));

    h.emulator.set_faults(always(|f| {
        f.rate_429 = 1.0;
        f.retry_after_secs = 3;
    }));
    let response = h
        .admin(Method::GET, "/rest/users")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "3");

    h.emulator.set_faults(Faults::none());
    let orgs = h.get_json("/rest/orgs?name=Never").await;
    assert_eq!(
        orgs["orgs"],
        serde_json::json!([]),
        "the 503 request was not handled"
    );
    // Routes outside /rest and the login are never faulted; the login is.
    h.emulator.set_faults(always(|f| f.rate_503 = 1.0));
    let response = h
        .admin(Method::GET, "/api/v3/auth/jwt?useBody=true")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let response = h.admin(Method::GET, "/other").send().await.expect("sent");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn dropped_connections_after_handling() {
    let h =
        Harness::with(Emulator::builder().faults(always(|f| f.rate_drop_before_response = 1.0)))
            .await;
    let result = h
        .admin(Method::POST, "/rest/users")
        .header("Content-Type", "application/json")
        .body(r#"{"orgId":43,"firstName":"D","lastName":"D","password":"p","email":"d@x.org"}"#)
        .send()
        .await;
    assert!(result.is_err(), "no response at all");
    assert_eq!(h.emulator.request_count("POST", "/rest/users"), 1);
    assert_eq!(
        h.emulator.requests()[0].fault,
        Some(FaultKind::DropBeforeResponse)
    );
    h.emulator.set_faults(Faults::none());
    let users = h.get_json("/rest/users?email=d@x.org").await;
    assert_eq!(
        users["users"].as_array().expect("users").len(),
        1,
        "it was created"
    );

    h.emulator
        .set_faults(always(|f| f.rate_drop_mid_body = 1.0));
    let response = h
        .admin(Method::GET, "/rest/users")
        .send()
        .await
        .expect("headers arrive");
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.bytes().await.is_err(), "the body breaks off");
}

#[tokio::test]
async fn broken_bodies() {
    let h =
        Harness::with(Emulator::builder().faults(always(|f| f.rate_truncated_body = 1.0))).await;
    let response = h
        .admin(Method::GET, "/rest/users/69")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.expect("complete (short) body");
    assert!(text.starts_with("{\""));
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());

    h.emulator
        .set_faults(always(|f| f.rate_malformed_body = 1.0));
    let response = h
        .admin(Method::GET, "/rest/users/69")
        .send()
        .await
        .expect("sent");
    let text = response.text().await.expect("body");
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());
    let kinds: Vec<_> = h.emulator.requests().iter().map(|r| r.fault).collect();
    assert_eq!(
        kinds,
        vec![
            Some(FaultKind::TruncatedBody),
            Some(FaultKind::MalformedBody)
        ]
    );
}

#[tokio::test]
async fn seeded_rates_repeat() {
    async fn run(seed: u64) -> Vec<u16> {
        let h = Harness::with(Emulator::builder().faults(Faults {
            seed,
            rate_503: 0.3,
            rate_429: 0.3,
            ..Faults::none()
        }))
        .await;
        let mut statuses = Vec::new();
        for _ in 0..30 {
            let response = h
                .admin(Method::GET, "/rest/orgs")
                .send()
                .await
                .expect("sent");
            statuses.push(response.status().as_u16());
        }
        statuses
    }
    let a = run(42).await;
    assert_eq!(a, run(42).await);
    assert!(a.contains(&200) && a.iter().any(|s| *s != 200));
}

#[tokio::test]
async fn rate_limit_per_account() {
    let h =
        Harness::with(Emulator::builder().faults(always(|f| f.rate_limit_per_second = Some(3))))
            .await;
    let mut limited = None;
    for _ in 0..200 {
        let response = h
            .admin(Method::GET, "/rest/orgs")
            .send()
            .await
            .expect("sent");
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(response);
            break;
        }
    }
    let response = limited.expect("a burst gets limited");
    assert_eq!(response.headers()["retry-after"], "1");
    assert!(
        h.emulator
            .requests()
            .iter()
            .any(|r| r.fault == Some(FaultKind::RateLimited))
    );
    // Another account has its own budget.
    let response = h
        .anon(Method::GET, "/rest/orgs")
        .basic_auth("userthree@testorg.org", Some("userthree"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn latency_is_applied() {
    // No timing assertion: only that requests still succeed and are logged.
    let h = Harness::with(Emulator::builder().faults(always(|f| {
        f.latency = Latency::Random {
            min: Duration::from_millis(1),
            max: Duration::from_millis(3),
        };
    })))
    .await;
    for _ in 0..3 {
        let response = h
            .admin(Method::GET, "/rest/orgs")
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::OK);
    }
    assert_eq!(h.emulator.request_count("GET", "/rest/orgs"), 3);
    h.emulator.reset_request_log();
    assert_eq!(h.emulator.request_count("GET", "/rest/orgs"), 0);
    assert!(h.emulator.requests().is_empty());
}
