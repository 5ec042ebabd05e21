//! Today's authentication over real HTTP: `Authorization: Bearer`, the one-time
//! `v3_user_token` fallback for 2010 servers, API-client login
//! (`POST /api/v3/oauth/token?grant_type=client_credentials`) and its renewal before expiry
//! and on 401, without resending a `POST` on its own, and without leaking the secret.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use crashplan::{Client, TokenScheme};
use crashplan_emulator::{ApiClient, Emulator};
use reqwest::Method;
use serde_json::json;

const OAUTH: &str = "/api/v3/oauth/token";
const SECRET: &str = "TopSecret-4f9a1c";

/// What a raw server saw: the `Authorization` header of every request to `/x` and `/p`.
#[derive(Default, Clone)]
struct Seen(Arc<Mutex<Vec<String>>>);

impl Seen {
    fn push(&self, headers: &HeaderMap) -> String {
        let auth = headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        self.0.lock().expect("lock").push(auth.clone());
        auth
    }

    fn all(&self) -> Vec<String> {
        self.0.lock().expect("lock").clone()
    }
}

/// A server of today: a login issuing `tok`, and `/x` accepting only `Bearer tok`.
/// With `v3_only`, a 2010 server: `/x` accepts only `v3_user_token tok`.
async fn scheme_server(v3_only: bool) -> (String, Seen, Arc<Mutex<u32>>) {
    let seen = Seen::default();
    let logins = Arc::new(Mutex::new(0u32));
    let l = Arc::clone(&logins);
    let s = seen.clone();
    let router = Router::new()
        .route(
            "/api/v3/auth/jwt",
            get(move || {
                *l.lock().expect("lock") += 1;
                async { axum::Json(json!({"data": {"v3_user_token": "tok"}})) }
            }),
        )
        .route(
            "/x",
            get(move |headers: HeaderMap| {
                let auth = s.push(&headers);
                let wanted = if v3_only {
                    "v3_user_token tok"
                } else {
                    "Bearer tok"
                };
                async move {
                    if auth == wanted {
                        (StatusCode::OK, axum::Json(json!({"ok": true}))).into_response()
                    } else {
                        (
                            StatusCode::UNAUTHORIZED,
                            axum::Json(json!({"message": "no"})),
                        )
                            .into_response()
                    }
                }
            }),
        );
    (common::serve(router).await, seen, logins)
}

async fn get_x(client: &Client) -> crashplan::Result<crashplan::RawResponse> {
    client.request_json(Method::GET, "/x").send().await
}

#[tokio::test]
async fn tokens_are_sent_as_bearer() {
    let (url, seen, logins) = scheme_server(false).await;
    let client = common::admin_builder(&url).build().expect("builds");
    assert_eq!(client.config().token_scheme, TokenScheme::Bearer);
    get_x(&client).await.expect("Bearer accepted");
    get_x(&client).await.expect("again");
    assert_eq!(seen.all(), ["Bearer tok", "Bearer tok"]);
    assert_eq!(*logins.lock().expect("lock"), 1);

    // A fixed token is sent as Bearer too.
    let fixed = Client::builder(&url).token("tok").build().expect("builds");
    get_x(&fixed).await.expect("fixed Bearer token");
}

#[tokio::test]
async fn the_emulator_accepts_bearer_and_v3_user_token() {
    let emu = common::emulator().await;
    let token = common::fetch_token(&emu, "admin", "admin").await;
    let http = reqwest::Client::new();
    for scheme in ["Bearer", "bearer", "v3_user_token"] {
        let status = http
            .get(format!("{}/rest/users/69", emu.base_url()))
            .header("Authorization", format!("{scheme} {token}"))
            .send()
            .await
            .expect("answer")
            .status();
        assert_eq!(status, 200, "{scheme}");
    }
    let status = http
        .get(format!("{}/rest/users/69", emu.base_url()))
        .header("Authorization", format!("Token {token}"))
        .send()
        .await
        .expect("answer")
        .status();
    assert_eq!(status, 401, "an unknown scheme");
}

#[tokio::test]
async fn a_2010_server_refusing_bearer_gets_v3_user_token_once() {
    let (url, seen, logins) = scheme_server(true).await;
    let client = common::admin_builder(&url).build().expect("builds");
    get_x(&client).await.expect("falls back");
    get_x(&client).await.expect("keeps the scheme");
    assert_eq!(
        seen.all(),
        ["Bearer tok", "v3_user_token tok", "v3_user_token tok"]
    );
    assert_eq!(
        *logins.lock().expect("lock"),
        1,
        "the same token, no re-login"
    );

    // Set explicitly: v3_user_token from the first request.
    let (url, seen, _) = scheme_server(true).await;
    let client = common::admin_builder(&url)
        .token_scheme(TokenScheme::V3UserToken)
        .build()
        .expect("builds");
    get_x(&client).await.expect("v3_user_token");
    assert_eq!(seen.all(), ["v3_user_token tok"]);

    // Set explicitly to Bearer: no fallback, the 401 reaches the caller.
    let (url, seen, _) = scheme_server(true).await;
    let client = common::admin_builder(&url)
        .token_scheme(TokenScheme::Bearer)
        .retry(common::quick_retries(3))
        .build()
        .expect("builds");
    let e = get_x(&client).await.expect_err("refused");
    assert!(e.is_unauthorized(), "{e}");
    assert!(
        seen.all().iter().all(|h| h == "Bearer tok"),
        "{:?}",
        seen.all()
    );
}

#[tokio::test]
async fn a_today_server_refusing_an_accepted_token_gets_a_new_login_not_the_old_scheme() {
    // The first token is accepted once, then refused: a plain expiry, not a 2010 server.
    let seen = Seen::default();
    let logins = Arc::new(Mutex::new(0u32));
    let l = Arc::clone(&logins);
    let s = seen.clone();
    let router = Router::new()
        .route(
            "/api/v3/auth/jwt",
            get(move || {
                let n = {
                    let mut n = l.lock().expect("lock");
                    *n += 1;
                    *n
                };
                async move { axum::Json(json!({"data": {"v3_user_token": format!("t{n}")}})) }
            }),
        )
        .route(
            "/x",
            get(move |headers: HeaderMap| {
                let auth = s.push(&headers);
                let first_use_of_t1 = s.all().iter().filter(|h| *h == "Bearer t1").count() == 1;
                async move {
                    if auth == "Bearer t2" || (auth == "Bearer t1" && first_use_of_t1) {
                        (StatusCode::OK, axum::Json(json!({}))).into_response()
                    } else {
                        StatusCode::UNAUTHORIZED.into_response()
                    }
                }
            }),
        );
    let url = common::serve(router).await;
    let client = common::admin_builder(&url).build().expect("builds");
    get_x(&client).await.expect("first");
    get_x(&client).await.expect("renewed after 401");
    assert_eq!(seen.all(), ["Bearer t1", "Bearer t1", "Bearer t2"]);
    assert_eq!(client.token_fetches(), 2);
}

fn api_client_emulator(ttl: Duration) -> crashplan_emulator::EmulatorBuilder {
    Emulator::builder()
        .api_client(ApiClient::admin("key-ci", SECRET))
        .api_client_token_ttl(ttl)
}

#[tokio::test]
async fn an_api_client_logs_in_and_renews_before_expiry_without_a_401() {
    let emu = common::start(api_client_emulator(Duration::from_secs(2))).await;
    let client = Client::builder(emu.base_url())
        .api_client("key-ci", SECRET)
        .build()
        .expect("builds");
    assert_eq!(client.config().auth_kind, "api_client");
    assert_eq!(client.users().get(69).await.expect("first call").id, 69);
    assert_eq!(client.token_fetches(), 1);
    assert_eq!(emu.request_count("POST", OAUTH), 1);
    // Past the token's lifetime: the client renews it before sending.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(client.users().get(69).await.expect("after expiry").id, 69);
    assert_eq!(client.token_fetches(), 2);
    assert_eq!(emu.request_count("POST", OAUTH), 2);
    let refused: Vec<_> = emu
        .requests()
        .into_iter()
        .filter(|r| r.status == 401)
        .collect();
    assert!(
        refused.is_empty(),
        "no request met an expired token: {refused:?}"
    );
    let owners: Vec<_> = emu
        .requests()
        .into_iter()
        .filter(|r| r.path == "/rest/users/69")
        .map(|r| r.account)
        .collect();
    assert_eq!(owners, [Some("key-ci".into()), Some("key-ci".into())]);
    // The emulator's demo client works too.
    let demo = Client::builder(emu.base_url())
        .api_client("key-emulator-demo", "demo-secret")
        .build()
        .expect("builds");
    demo.authenticate().await.expect("demo client");
}

#[tokio::test]
async fn concurrent_calls_past_expiry_share_one_early_renewal() {
    let emu = common::start(api_client_emulator(Duration::from_secs(1))).await;
    let client = Client::builder(emu.base_url())
        .api_client("key-ci", SECRET)
        .build()
        .expect("builds");
    client.authenticate().await.expect("first token");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let calls: Vec<_> = (0..16)
        .map(|_| {
            let c = client.clone();
            tokio::spawn(async move { c.users().get(69).await.map(|u| u.id) })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.expect("task").expect("call"), 69);
    }
    assert_eq!(client.token_fetches(), 2, "one renewal for all");
    assert_eq!(emu.request_count("POST", OAUTH), 2);
    assert!(emu.requests().iter().all(|r| r.status != 401));
}

#[tokio::test]
async fn an_expired_api_client_token_is_renewed_on_401_and_a_refused_post_sent_once_more() {
    // Tokens without `expires_in`: only the server's 401 says they expired. Each token is
    // accepted for one request.
    let seen = Seen::default();
    let issued = Arc::new(Mutex::new(0u32));
    let basic_seen = Seen::default();
    let (i, b) = (Arc::clone(&issued), basic_seen.clone());
    let token_route = post(move |headers: HeaderMap| {
        b.push(&headers);
        let n = {
            let mut n = i.lock().expect("lock");
            *n += 1;
            *n
        };
        async move { axum::Json(json!({"access_token": format!("a{n}"), "token_type": "bearer"})) }
    });
    let once = |seen: Seen| {
        move |headers: HeaderMap| {
            let auth = seen.push(&headers);
            let uses = seen.all().iter().filter(|h| **h == auth).count();
            async move {
                if uses == 1 {
                    (StatusCode::OK, axum::Json(json!({"done": true}))).into_response()
                } else {
                    StatusCode::UNAUTHORIZED.into_response()
                }
            }
        }
    };
    let router = Router::new()
        .route(OAUTH, token_route)
        .route("/x", get(once(seen.clone())))
        .route("/p", post(once(seen.clone())));
    let url = common::serve(router).await;
    let client = Client::builder(&url)
        .api_client("key-ci", SECRET)
        .build()
        .expect("builds");
    get_x(&client).await.expect("a1");
    client
        .request_json(Method::POST, "/p")
        .body(&json!({"n": 1}))
        .send()
        .await
        .expect("a1 refused (401: not acted on), a2 accepted");
    assert_eq!(seen.all(), ["Bearer a1", "Bearer a1", "Bearer a2"]);
    assert_eq!(client.token_fetches(), 2);
    let basic = basic_seen.all();
    assert_eq!(basic.len(), 2);
    assert!(basic.iter().all(|h| h.starts_with("Basic ")), "{basic:?}");
}

#[tokio::test]
async fn a_post_is_never_resent_on_its_own_and_the_token_request_is() {
    // The token request fails once with 503 (replayed: it changes nothing); the POST fails
    // with 503 and is not resent.
    let token_calls = Arc::new(Mutex::new(0u32));
    let posts = Arc::new(Mutex::new(0u32));
    let (t, p) = (Arc::clone(&token_calls), Arc::clone(&posts));
    let router = Router::new()
        .route(
            OAUTH,
            post(move || {
                let n = {
                    let mut n = t.lock().expect("lock");
                    *n += 1;
                    *n
                };
                async move {
                    if n == 1 {
                        StatusCode::SERVICE_UNAVAILABLE.into_response()
                    } else {
                        axum::Json(json!({"access_token": "a", "expires_in": 900})).into_response()
                    }
                }
            }),
        )
        .route(
            "/p",
            post(move || {
                *p.lock().expect("lock") += 1;
                async { StatusCode::SERVICE_UNAVAILABLE }
            }),
        );
    let url = common::serve(router).await;
    let client = Client::builder(&url)
        .api_client("key-ci", SECRET)
        .retry(common::quick_retries(5))
        .build()
        .expect("builds");
    let e = client
        .request_json(Method::POST, "/p")
        .body(&json!({}))
        .send()
        .await
        .expect_err("503");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(503), "{e}");
    assert_eq!(*posts.lock().expect("lock"), 1, "the POST was sent once");
    assert_eq!(
        *token_calls.lock().expect("lock"),
        2,
        "the token request was replayed"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn the_secret_never_shows_in_debug_errors_or_logs() {
    let capture = common::LogCapture::default();
    let _guard = tracing::subscriber::set_default(capture.subscriber());
    let emu = common::start(api_client_emulator(Duration::from_secs(900))).await;

    let builder = Client::builder(emu.base_url()).api_client("key-ci", SECRET);
    let mut texts = vec![format!("{builder:?}")];
    let good = builder.build().expect("builds");
    good.users().get(69).await.expect("logs in");
    texts.push(format!("{good:?} {:?}", good.config()));

    let wrong = Client::builder(emu.base_url())
        .api_client("key-ci", "wrong-secret-77")
        .build()
        .expect("builds");
    let e = wrong.users().get(69).await.expect_err("refused");
    assert!(e.is_unauthorized(), "{e}");
    assert_eq!(e.hint(), Some(crashplan::Hint::Credentials), "{e}");
    texts.push(format!("{e} {e:?}"));
    // A refused secret is remembered: no second token request with it.
    let again = wrong.users().get(69).await.expect_err("still refused");
    texts.push(format!("{again} {again:?}"));
    assert_eq!(emu.request_count("POST", OAUTH), 2, "one per client");
    // ... until a new secret is given.
    wrong.set_password(SECRET).await.expect("new secret");
    wrong.users().get(69).await.expect("the new secret works");

    let logs = capture.text();
    assert!(
        logs.contains("path=/api/v3/oauth/token?grant_type=client_credentials"),
        "{logs}"
    );
    texts.push(logs);
    // base64("key-ci:TopSecret-4f9a1c") and its prefixes would betray the secret too.
    let basic = "a2V5LWNpOlRvcFNlY3JldC00ZjlhMWM";
    for text in &texts {
        for secret in [SECRET, "wrong-secret-77", basic] {
            assert!(!text.contains(secret), "{secret} leaks in: {text}");
        }
    }
}

#[tokio::test]
async fn credentials_are_chosen_once() {
    let e = Client::builder("https://cp.example.com")
        .api_client("id", SECRET)
        .local_account("admin", "admin")
        .build()
        .expect_err("two kinds");
    assert!(e.to_string().contains("credentials set twice"), "{e}");
    let e = Client::builder("https://cp.example.com")
        .api_client("id", SECRET)
        .totp("123456")
        .build()
        .expect_err("totp");
    assert!(e.is_config(), "{e}");
}

#[tokio::test]
async fn local_account_jwts_are_renewed_early_but_not_with_a_fixed_totp_code() {
    use crashplan_emulator::{Account, Totp as EmuTotp};
    // The emulator's tokens are JWTs with `iat` and `exp` 4 s apart: renewed in the last 0.67 s.
    let emu = common::start(
        Emulator::builder()
            .token_ttl(Duration::from_secs(4))
            .account(Account::admin("otp", "pw").with_totp(EmuTotp::Fixed("123456".into()))),
    )
    .await;
    let early = common::admin(&emu);
    let fixed = Client::builder(emu.base_url())
        .local_account("otp", "pw")
        .totp("123456")
        .build()
        .expect("builds");
    early.authenticate().await.expect("login");
    fixed.authenticate().await.expect("login with a code");
    tokio::time::sleep(Duration::from_millis(3450)).await;
    early.users().get(69).await.expect("renewed early");
    fixed.users().get(69).await.expect("the current token");
    assert_eq!(early.token_fetches(), 2, "renewed before expiry");
    assert_eq!(fixed.token_fetches(), 1, "a fixed code is not spent early");
    assert!(emu.requests().iter().all(|r| r.status != 401));
}
