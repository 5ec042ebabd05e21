//! Authentication over real HTTP: Basic, local account login with TOTP, token providers,
//! token expiry with single-flight refresh, and re-login rules.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use crashplan::{Client, Error, SecretString, Totp};
use crashplan_emulator::{Account, Emulator, Totp as EmuTotp};

const LOGIN: &str = "/api/v3/auth/jwt";

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[tokio::test]
async fn basic_static_token_and_provider_authenticate() {
    let emu = common::emulator().await;
    let basic = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .build()
        .expect("builds");
    assert_eq!(basic.users().get(69).await.expect("basic").id, 69);
    assert_eq!(emu.request_count("GET", LOGIN), 0);

    let login = common::admin(&emu);
    login.authenticate().await.expect("logs in early");
    assert_eq!(login.token_fetches(), 1);

    // A token obtained elsewhere, used as a fixed token and through a provider.
    let token = common::fetch_token(&emu, "admin", "admin").await;
    let fixed = Client::builder(emu.base_url())
        .token(SecretString::from(token.clone()))
        .build()
        .expect("builds");
    assert_eq!(fixed.users().get(69).await.expect("fixed token").id, 69);

    let calls = Arc::new(AtomicUsize::new(0));
    let c = Arc::clone(&calls);
    let provided = Client::builder(emu.base_url())
        .token_provider(move || {
            c.fetch_add(1, Ordering::SeqCst);
            let t = token.clone();
            async move { Ok(SecretString::from(t)) }
        })
        .build()
        .expect("builds");
    for _ in 0..3 {
        provided.users().get(69).await.expect("provided token");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1, "the token is cached");
}

#[tokio::test]
async fn expired_token_is_refreshed_once_for_concurrent_requests() {
    let emu = common::start(Emulator::builder().token_ttl(Duration::from_millis(1000))).await;
    let client = common::admin(&emu);
    client.users().get(69).await.expect("first request logs in");
    assert_eq!(emu.request_count("GET", LOGIN), 1);
    tokio::time::sleep(Duration::from_millis(1300)).await;

    let tasks: Vec<_> = (0..12)
        .map(|i| {
            let c = client.clone();
            tokio::spawn(async move { c.users().get(if i % 2 == 0 { 68 } else { 69 }).await })
        })
        .collect();
    for t in tasks {
        t.await
            .expect("task")
            .expect("request after expiry succeeds");
    }
    assert_eq!(
        emu.request_count("GET", LOGIN),
        2,
        "one re-login for all concurrent requests"
    );
    assert_eq!(client.token_fetches(), 2);
}

#[tokio::test]
async fn an_expired_token_is_renewed_without_spending_the_calls_attempts() {
    let emu = common::start(Emulator::builder().token_ttl(Duration::from_millis(500))).await;
    // One attempt per call: the 401 of the expired token and the re-login must not use it.
    let client = common::admin_builder(emu.base_url())
        .retry(crashplan::RetryPolicy::none())
        .build()
        .expect("builds");
    for round in 0..3 {
        client
            .users()
            .get(69)
            .await
            .expect("request after expiry succeeds");
        assert_eq!(emu.request_count("GET", LOGIN), round + 1);
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    // A token the server never accepted is not "expired": the 401 is the call's answer.
    let emu = common::start(Emulator::builder().token_ttl(Duration::ZERO)).await;
    let client = common::admin_builder(emu.base_url())
        .retry(crashplan::RetryPolicy::none())
        .build()
        .expect("builds");
    let err = client
        .users()
        .get(69)
        .await
        .expect_err("tokens are rejected at once");
    assert!(err.is_unauthorized(), "{err}");
    assert_eq!(emu.request_count("GET", LOGIN), 1);
}

#[tokio::test]
async fn totp_callback_is_asked_again_on_relogin() {
    let secret = b"12345678901234567890".to_vec();
    let emu_totp = EmuTotp::TimeBased {
        secret: secret.clone(),
    };
    let emu = common::start(
        Emulator::builder()
            .account(Account::admin("ops", "pw").with_totp(emu_totp.clone()))
            .token_ttl(Duration::from_millis(1000)),
    )
    .await;
    let asked = Arc::new(AtomicUsize::new(0));
    let a = Arc::clone(&asked);
    let client = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .totp(move || {
            a.fetch_add(1, Ordering::SeqCst);
            emu_totp.code_at(now())
        })
        .build()
        .expect("builds");
    client.users().get(69).await.expect("login with a code");
    tokio::time::sleep(Duration::from_millis(1300)).await;
    client
        .users()
        .get(69)
        .await
        .expect("re-login with a fresh code");
    assert_eq!(asked.load(Ordering::SeqCst), 2);

    let async_asked = Arc::new(AtomicUsize::new(0));
    let a = Arc::clone(&async_asked);
    let secret_totp = EmuTotp::TimeBased { secret };
    let client = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .totp(Totp::from_async(move || {
            a.fetch_add(1, Ordering::SeqCst);
            let code = secret_totp.code_at(now());
            async move { code }
        }))
        .build()
        .expect("builds");
    client.users().get(69).await.expect("async callback");
    assert_eq!(async_asked.load(Ordering::SeqCst), 1);

    let without = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .build()
        .expect("builds");
    assert!(
        without
            .users()
            .get(69)
            .await
            .expect_err("TOTP required")
            .is_unauthorized()
    );
}

/// A server whose login accepts each one-time code once (like real servers) and whose tokens
/// are rejected after one use, to force a re-login.
async fn one_time_code_server() -> String {
    let used = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let issued = Arc::new(AtomicUsize::new(0));
    let login = {
        let used = Arc::clone(&used);
        move |headers: HeaderMap| {
            let used = Arc::clone(&used);
            let issued = Arc::clone(&issued);
            async move {
                let code = headers
                    .get("totp-auth")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                let mut used = used.lock().expect("lock");
                if code.is_empty() || used.contains(&code) {
                    return (
                        StatusCode::UNAUTHORIZED,
                        axum::Json(serde_json::json!({"message": "bad code"})),
                    );
                }
                used.push(code);
                let n = issued.fetch_add(1, Ordering::SeqCst);
                (
                    StatusCode::OK,
                    axum::Json(serde_json::json!({"data": {"v3_user_token": format!("tok{n}")}})),
                )
            }
        }
    };
    let seen = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let user = move |headers: HeaderMap| {
        let seen = Arc::clone(&seen);
        async move {
            let auth = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let mut seen = seen.lock().expect("lock");
            if seen.contains(&auth) {
                return (
                    StatusCode::UNAUTHORIZED,
                    axum::Json(serde_json::json!({"message": "expired"})),
                );
            }
            seen.push(auth);
            let mut u = common::user_json(69);
            u["archiveBytes"] = serde_json::json!(1);
            (StatusCode::OK, axum::Json(u))
        }
    };
    common::serve(
        Router::new()
            .route("/api/v3/auth/jwt", get(login))
            .route("/rest/users/69", get(user)),
    )
    .await
}

#[tokio::test]
async fn a_static_totp_rejected_on_relogin_says_to_use_a_callback() {
    let url = one_time_code_server().await;
    let client = Client::builder(&url)
        .local_account("ops", "pw")
        .totp("123456")
        .build()
        .expect("builds");
    client.users().get(69).await.expect("first login");
    let e = client
        .users()
        .get(69)
        .await
        .expect_err("token expired, code reused");
    assert!(
        matches!(
            &e,
            Error::Auth {
                hint: Some(crashplan::Hint::Totp),
                ..
            }
        ),
        "expected an auth error, got {e:?}"
    );
    assert!(e.to_string().contains(".totp(|| ...)"), "{e}");

    let counter = Arc::new(AtomicUsize::new(0));
    let client = Client::builder(&url)
        .local_account("ops", "pw")
        .totp(move || format!("{:06}", 100 + counter.fetch_add(1, Ordering::SeqCst)))
        .build()
        .expect("builds");
    client.users().get(69).await.expect("first login");
    client
        .users()
        .get(69)
        .await
        .expect("re-login with a fresh code and replay");
}

#[tokio::test]
async fn a_failing_provider_is_an_auth_error() {
    let emu = common::emulator().await;
    let client = Client::builder(emu.base_url())
        .token_provider(|| async { Err(Error::auth("sso is down")) })
        .build()
        .expect("builds");
    let e = client.users().get(69).await.expect_err("no token");
    assert!(
        matches!(&e, Error::Auth { reason, .. } if reason == "sso is down"),
        "{e:?}"
    );
    // The generated client reports it as well, and `?` makes it the same typed error.
    let api_err = client
        .api()
        .get_user()
        .id(69)
        .send()
        .await
        .expect_err("no token");
    let e = Error::from(api_err);
    assert!(
        matches!(&e, Error::Auth { reason, .. } if reason == "sso is down"),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_login_retried_after_a_garbled_answer_sends_a_fresh_totp_code() {
    // The first login answer arrives cut off, but the server took the code: reusing it fails.
    let used = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let login = move |headers: HeaderMap| {
        let used = Arc::clone(&used);
        async move {
            let code = headers
                .get("totp-auth")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let mut used = used.lock().expect("lock");
            let first = used.is_empty();
            if code.is_empty() || used.contains(&code) {
                return (
                    StatusCode::UNAUTHORIZED,
                    "{\"message\":\"code used\"}".to_string(),
                );
            }
            used.push(code);
            if first {
                return (StatusCode::OK, "{\"data\":{\"v3_us".to_string());
            }
            (
                StatusCode::OK,
                "{\"data\":{\"v3_user_token\":\"tok\"}}".to_string(),
            )
        }
    };
    let user = || async {
        let mut u = common::user_json(69);
        u["archiveBytes"] = serde_json::json!(1);
        axum::Json(u)
    };
    let url = common::serve(
        Router::new()
            .route(LOGIN, get(login))
            .route("/rest/users/69", get(user)),
    )
    .await;
    let asked = Arc::new(AtomicUsize::new(0));
    let a = Arc::clone(&asked);
    let client = Client::builder(&url)
        .local_account("ops", "pw")
        .totp(move || format!("{:06}", a.fetch_add(1, Ordering::SeqCst)))
        .retry(common::quick_retries(4))
        .build()
        .expect("builds");
    assert_eq!(
        client.users().get(69).await.expect("second login works").id,
        69
    );
    assert_eq!(
        asked.load(Ordering::SeqCst),
        2,
        "one code per login attempt"
    );
}

#[tokio::test]
async fn two_factor_refusals_are_typed() {
    use crashplan::{Hint, TwoFactor};
    let emu = common::start(
        Emulator::builder().account(Account::admin("ops", "pw").with_totp(EmuTotp::TimeBased {
            secret: b"12345678901234567890".to_vec(),
        })),
    )
    .await;
    let no_code = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .build()
        .expect("builds");
    let e = no_code
        .authenticate()
        .await
        .expect_err("a code is required");
    assert!(
        matches!(
            &e,
            Error::TwoFactor {
                outcome: TwoFactor::CodeRequired,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.hint(), Some(Hint::TotpRequired));
    assert!(
        e.is_unauthorized() && e.to_string().contains(".totp("),
        "{e}"
    );
    // The refusal is remembered: a request gets the same typed error without a login.
    let again = no_code.users().get(69).await.expect_err("still no code");
    assert_eq!(again.two_factor(), Some(TwoFactor::CodeRequired));

    let wrong = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .totp("000000")
        .build()
        .expect("builds");
    let e = wrong.authenticate().await.expect_err("a wrong code");
    assert_eq!(e.two_factor(), Some(TwoFactor::CodeRejected), "{e:?}");
    assert_eq!(e.hint(), Some(Hint::TotpRejected));
    assert_eq!(
        e.request().map(|r| r.path.as_str()),
        Some("/api/v3/auth/jwt")
    );

    // A wrong password is not a two-factor refusal.
    let bad = Client::builder(emu.base_url())
        .local_account("ops", "nope")
        .totp("000000")
        .build()
        .expect("builds");
    let e = bad.authenticate().await.expect_err("wrong password");
    assert_eq!((e.two_factor(), e.hint()), (None, Some(Hint::Credentials)));
}
