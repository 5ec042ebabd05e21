//! API clients: `POST /api/v3/oauth/token?grant_type=client_credentials` with HTTP Basic
//! `id:secret`, tokens with a configurable lifetime, sent as `Bearer` (or `v3_user_token`).

mod common;

use std::time::Duration;

use common::{Harness, split};
use crashplan_emulator::{ApiClient, Emulator};
use reqwest::{Method, StatusCode};

const TOKEN: &str = "/api/v3/oauth/token?grant_type=client_credentials";

async fn token(h: &Harness, id: &str, secret: &str) -> (StatusCode, serde_json::Value) {
    split(
        h.anon(Method::POST, TOKEN)
            .basic_auth(id, Some(secret))
            .send()
            .await
            .expect("sent"),
    )
    .await
}

async fn status_with(h: &Harness, path: &str, authorization: &str) -> StatusCode {
    h.anon(Method::GET, path)
        .header("Authorization", authorization)
        .send()
        .await
        .expect("sent")
        .status()
}

#[tokio::test]
async fn the_demo_client_gets_a_15_minute_bearer_token() {
    let h = Harness::start().await;
    let (status, body) = token(&h, "key-emulator-demo", "demo-secret").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["token_type"], "bearer");
    assert_eq!(body["expires_in"], 900);
    let access = body["access_token"].as_str().expect("a token").to_owned();
    assert_eq!(access.split('.').count(), 3, "JWT-shaped");
    for scheme in ["Bearer", "v3_user_token"] {
        assert_eq!(
            status_with(&h, "/rest/serverStats", &format!("{scheme} {access}")).await,
            StatusCode::OK,
            "{scheme}"
        );
    }
    let logged = h.emulator.requests();
    assert_eq!(
        logged.last().and_then(|r| r.account.as_deref()),
        Some("key-emulator-demo")
    );
}

#[tokio::test]
async fn wrong_secrets_grants_and_methods_are_refused() {
    let h = Harness::start().await;
    let (status, body) = token(&h, "key-emulator-demo", "nope").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let (status, _) = token(&h, "key-unknown", "demo-secret").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = split(
        h.anon(Method::POST, "/api/v3/oauth/token")
            .basic_auth("key-emulator-demo", Some("demo-secret"))
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "grant_type is required");
    let (status, _) = split(
        h.anon(Method::POST, "/api/v3/oauth/token?grant_type=password")
            .basic_auth("key-emulator-demo", Some("demo-secret"))
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let response = h
        .anon(Method::GET, TOKEN)
        .basic_auth("key-emulator-demo", Some("demo-secret"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()["allow"], "POST");
    // The account login does not take an API client, nor the token request an account.
    let (status, _) = token(&h, "admin", "admin").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn api_client_tokens_expire_after_their_lifetime() {
    let h = Harness::with(
        Emulator::builder()
            .api_client(ApiClient::read_only("key-ro", "s3cret"))
            .api_client_token_ttl(Duration::from_millis(300)),
    )
    .await;
    let (status, body) = token(&h, "key-ro", "s3cret").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let bearer = format!("Bearer {}", body["access_token"].as_str().expect("token"));
    assert_eq!(
        status_with(&h, "/rest/users/69", &bearer).await,
        StatusCode::OK
    );
    assert_eq!(
        status_with(&h, "/rest/serverStats", &bearer).await,
        StatusCode::FORBIDDEN,
        "a read-only client is no administrator"
    );
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        status_with(&h, "/rest/users/69", &bearer).await,
        StatusCode::UNAUTHORIZED
    );
}

#[test]
fn debug_never_shows_a_secret() {
    let client = ApiClient::admin("key-x", "very-secret-value");
    assert!(!format!("{client:?}").contains("very-secret-value"));
}
