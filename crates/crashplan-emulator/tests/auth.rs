//! Both auth schemes, TOTP, token expiry, extra accounts.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{Harness, split};
use crashplan_emulator::{Account, Emulator, Totp};
use reqwest::{Method, StatusCode};

async fn login(
    h: &Harness,
    user: &str,
    pass: &str,
    totp: Option<&str>,
) -> (StatusCode, serde_json::Value) {
    let mut request = h
        .anon(Method::GET, "/api/v3/auth/jwt?useBody=true")
        .basic_auth(user, Some(pass));
    if let Some(code) = totp {
        request = request.header("totp-auth", code);
    }
    split(request.send().await.expect("sent")).await
}

fn token_of(body: &serde_json::Value) -> String {
    body["data"]["v3_user_token"]
        .as_str()
        .expect("a token")
        .to_owned()
}

#[tokio::test]
async fn token_login_and_use() {
    let h = Harness::start().await;
    let (status, body) = login(&h, "admin", "admin", None).await;
    assert_eq!(status, StatusCode::OK);
    let token = token_of(&body);
    let response = h
        .anon(Method::GET, "/rest/serverStats")
        .header("Authorization", format!("v3_user_token {token}"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    let log = h.emulator.requests();
    let last = log.last().expect("logged");
    assert_eq!(last.account.as_deref(), Some("admin"));
    assert!(
        log.iter().all(|r| !format!("{r:?}").contains(&token)),
        "tokens never logged"
    );

    // Ordinary user: token works, admin resources are 403.
    let (status, body) = login(&h, "userthree@testorg.org", "userthree", None).await;
    assert_eq!(status, StatusCode::OK);
    let response = h
        .anon(Method::GET, "/rest/mountPoints")
        .header(
            "Authorization",
            format!("v3_user_token {}", token_of(&body)),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn login_errors() {
    let h = Harness::start().await;
    let (status, _) = login(&h, "admin", "nope", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let response = h
        .anon(Method::GET, "/api/v3/auth/jwt?useBody=true")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(response.headers().contains_key("www-authenticate"));
    for query in ["", "?useBody=false"] {
        let response = h
            .admin(Method::GET, &format!("/api/v3/auth/jwt{query}"))
            .send()
            .await
            .expect("sent");
        let (status, body) = split(response).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            body["message"]
                .as_str()
                .expect("message")
                .contains("useBody")
        );
    }
}

#[tokio::test]
async fn tokens_expire() {
    let h = Harness::with(Emulator::builder().token_ttl(Duration::ZERO)).await;
    let (status, first) = login(&h, "admin", "admin", None).await;
    assert_eq!(status, StatusCode::OK);
    let response = h
        .anon(Method::GET, "/rest/users")
        .header(
            "Authorization",
            format!("v3_user_token {}", token_of(&first)),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(response.headers().contains_key("www-authenticate"));
    let (_, body) = split(response).await;
    assert!(
        body["message"]
            .as_str()
            .expect("message")
            .contains("expired")
    );
    // Logging in again gives a fresh token.
    let (status, again) = login(&h, "admin", "admin", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(token_of(&again), token_of(&first));
}

#[tokio::test]
async fn fixed_and_time_based_totp() {
    let secret = b"12345678901234567890".to_vec();
    let totp = Totp::TimeBased {
        secret: secret.clone(),
    };
    let h = Harness::with(
        Emulator::builder()
            .account(Account::admin("ops", "pw").with_totp(Totp::Fixed("123456".into())))
            .account(Account::user("viewer", "pw").with_totp(totp.clone())),
    )
    .await;
    let (status, body) = login(&h, "ops", "pw", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        body["message"]
            .as_str()
            .expect("message")
            .contains("TIME_BASED")
    );
    let (status, _) = login(&h, "ops", "pw", Some("000000")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = login(&h, "ops", "pw", Some("123456")).await;
    assert_eq!(status, StatusCode::OK);
    // Basic requests of a TOTP account need the code too.
    let response = h
        .anon(Method::GET, "/rest/orgs")
        .basic_auth("ops", Some("pw"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    let (status, body) = login(&h, "viewer", "pw", Some(&totp.code_at(now))).await;
    assert_eq!(status, StatusCode::OK);
    let response = h
        .anon(Method::GET, "/rest/serverStats")
        .header(
            "Authorization",
            format!("v3_user_token {}", token_of(&body)),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "viewer is not an admin"
    );
    let stale = totp.code_at(now.saturating_sub(600));
    let (status, _) = login(&h, "viewer", "pw", Some(&stale)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn deactivated_doc_user_cannot_log_in() {
    let h = Harness::start().await;
    let (status, _) = h
        .send_json(
            Method::PUT,
            "/rest/users/69",
            serde_json::json!({"status": "Deactivated"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = login(&h, "userthree@testorg.org", "userthree", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        body["message"]
            .as_str()
            .expect("message")
            .contains("deactivated")
    );
}
