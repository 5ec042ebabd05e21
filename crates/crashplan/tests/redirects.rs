//! Redirects: followed only to the same origin; a body, a credential or a `totp-auth` code is
//! never sent to another origin, and a login redirected elsewhere fails naming it.

mod common;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::IntoResponse;
use crashplan::{Client, Error, RetryPolicy};

/// Every request a server saw: method, path, headers, body.
type Seen = Arc<Mutex<Vec<(Method, String, HeaderMap, Bytes)>>>;

/// A server that records every request and answers `{}`.
async fn elsewhere() -> (String, Seen) {
    let seen: Seen = Arc::default();
    let log = Arc::clone(&seen);
    let app = Router::new().fallback(move |m: Method, u: Uri, h: HeaderMap, b: Bytes| {
        let log = Arc::clone(&log);
        async move {
            log.lock()
                .expect("log")
                .push((m, u.path().to_owned(), h, b));
            axum::Json(serde_json::json!({"data": {"v3_user_token": "stolen"}}))
        }
    });
    (common::serve(app).await, seen)
}

/// A server answering every request with `status` and `Location: location(path)`.
async fn redirecting(
    status: u16,
    location: impl Fn(&str) -> String + Clone + Send + Sync + 'static,
) -> String {
    let app = Router::new().fallback(move |u: Uri| {
        let location = location.clone();
        async move {
            (
                StatusCode::from_u16(status).expect("status"),
                [(header::LOCATION, location(u.path()))],
            )
                .into_response()
        }
    });
    common::serve(app).await
}

#[tokio::test]
async fn a_body_with_a_password_is_never_sent_to_another_origin() {
    let (other, seen) = elsewhere().await;
    let target = format!("{other}/steal?token=abc");
    let url = redirecting(307, move |_| target.clone()).await;
    let client = Client::builder(&url)
        .basic("admin", "hunter2")
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let err = client
        .users()
        .create(common::new_user("new"))
        .await
        .expect_err("a redirect to another origin fails");
    let Error::Redirect {
        location, looped, ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(location, &other, "names the origin");
    assert!(!looped);
    let text = err.to_string();
    assert!(
        text.contains(&other) && text.contains("another origin"),
        "{text}"
    );
    assert!(
        !text.contains("steal") && !text.contains("token=abc"),
        "{text}"
    );
    assert!(
        seen.lock().expect("log").is_empty(),
        "nothing was sent there"
    );
}

#[tokio::test]
async fn a_login_redirected_to_another_origin_fails_and_sends_no_code_there() {
    let (other, seen) = elsewhere().await;
    let target = other.clone();
    let url = redirecting(307, move |path| format!("{target}{path}")).await;
    let client = common::admin_builder(&url)
        .totp("123456")
        .build()
        .expect("builds");
    let err = client.authenticate().await.expect_err("the login fails");
    assert!(
        matches!(&err, Error::Redirect { location, looped: false, .. } if *location == other),
        "{err:?}"
    );
    assert!(err.to_string().contains("/api/v3/auth/jwt"), "{err}");
    assert!(
        seen.lock().expect("log").is_empty(),
        "no totp-auth code there"
    );
    assert_eq!(client.token_fetches(), 1);
}

#[tokio::test]
async fn another_scheme_on_the_same_host_and_port_is_another_origin() {
    // http://127.0.0.1:P redirects to https://127.0.0.1:P: refused by the policy (a
    // `Redirect` error), not tried (which would be a TLS failure). https to http is the same
    // rule the other way round.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let https = format!("https://{addr}");
    let target = https.clone();
    let app = Router::new().fallback(move |u: Uri| {
        let location = format!("{target}{}", u.path());
        async move {
            (
                StatusCode::TEMPORARY_REDIRECT,
                [(header::LOCATION, location)],
            )
        }
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let err = common::admin_builder(&format!("http://{addr}"))
        .retry(RetryPolicy::none())
        .build()
        .expect("builds")
        .users()
        .get(69)
        .await
        .expect_err("not followed");
    assert!(
        matches!(&err, Error::Redirect { location, .. } if *location == https),
        "{err:?}"
    );
}

#[tokio::test]
async fn same_origin_redirects_are_followed_and_loops_are_named() {
    let emu = common::emulator().await;
    // A front that moved /old/... to /rest/... on the same origin: proxied to the emulator.
    let backend = emu.base_url().to_owned();
    let http = reqwest::Client::new();
    let app = Router::new().fallback(move |m: Method, u: Uri, h: HeaderMap, b: Bytes| {
        let (backend, http) = (backend.clone(), http.clone());
        async move {
            let path = u.path_and_query().map_or("/", |p| p.as_str()).to_owned();
            if let Some(rest) = path.strip_prefix("/old") {
                return (
                    StatusCode::MOVED_PERMANENTLY,
                    [(header::LOCATION, rest.to_owned())],
                )
                    .into_response();
            }
            if path.starts_with("/loop") {
                return (StatusCode::FOUND, [(header::LOCATION, "/loop".to_owned())])
                    .into_response();
            }
            let mut req = http.request(m, format!("{backend}{path}")).body(b);
            for (k, v) in &h {
                if k != header::HOST {
                    req = req.header(k, v);
                }
            }
            let resp = req.send().await.expect("backend answers");
            let status = resp.status();
            let body = resp.bytes().await.expect("body");
            (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
    });
    let url = common::serve(app).await;
    let client = common::admin_builder(&url).build().expect("builds");
    let user = client
        .request_json(Method::GET, "/old/rest/users/69")
        .send()
        .await
        .expect("followed on the same origin");
    assert_eq!(
        user.get("id").and_then(|v| v.as_i64()),
        Some(69),
        "{user:?}"
    );

    let err = client
        .request_json(Method::GET, "/loop")
        .send()
        .await
        .expect_err("a loop fails");
    assert!(
        matches!(err, Error::Redirect { looped: true, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("redirects in a loop"), "{err}");
}
