//! Every error kind over real HTTP: status answers, transport failures, decode failures.

mod common;

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use crashplan::{Client, Error, HttpKind, RetryPolicy};
use crashplan_emulator::{Faults, Latency};
use reqwest::Method;

#[tokio::test]
async fn client_errors_have_their_kind_request_and_message() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);

    let e = client.users().get(999_999).await.expect_err("no such user");
    assert!(e.is_not_found(), "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        e.request().map(ToString::to_string).as_deref(),
        Some("GET /rest/users/999999")
    );
    assert!(
        e.to_string()
            .starts_with("GET /rest/users/999999: 404 Not Found"),
        "{e}"
    );

    let mut missing = common::new_user("x");
    missing.username = None;
    let e = client
        .users()
        .create(missing)
        .await
        .expect_err("no username or email");
    assert_eq!(e.http_kind(), Some(HttpKind::BadRequest), "{e:?}");
    assert!(e.message().is_some_and(|m| !m.is_empty()), "{e:?}");

    client
        .users()
        .create(common::new_user("dup"))
        .await
        .expect("first create");
    let e = client
        .users()
        .create(common::new_user("dup"))
        .await
        .expect_err("duplicate");
    assert!(e.is_conflict(), "{e:?}");
    assert_eq!(e.request().map(|r| r.method.clone()), Some(Method::POST));

    let e = client
        .request_json(Method::DELETE, "/rest/users/69")
        .send()
        .await
        .expect_err("no DELETE");
    let Some(crashplan::HttpError {
        kind: HttpKind::MethodNotAllowed,
        allow,
        ..
    }) = e.http()
    else {
        panic!("expected 405, got {e:?}")
    };
    assert!(allow.iter().any(|m| m == "GET"), "{allow:?}");

    let e = client
        .request_json(Method::GET, "/rest/users")
        .header("accept", "text/html")
        .send()
        .await
        .expect_err("not acceptable");
    assert_eq!(e.http_kind(), Some(HttpKind::NotAcceptable), "{e:?}");

    let e = client
        .request_json(Method::PUT, "/rest/users/69")
        .body(&serde_json::json!({"lastName": "x"}))
        .header("content-type", "text/plain")
        .send()
        .await
        .expect_err("unsupported media type");
    assert_eq!(e.http_kind(), Some(HttpKind::UnsupportedMediaType), "{e:?}");
}

#[tokio::test]
async fn wrong_credentials_and_missing_roles() {
    let emu = common::emulator().await;
    let bad = Client::builder(emu.base_url())
        .local_account("admin", "wrong")
        .build()
        .expect("builds");
    let e = bad.users().get(69).await.expect_err("wrong password");
    assert!(e.is_unauthorized(), "{e:?}");
    assert_eq!(
        e.request().map(|r| r.path.as_str()),
        Some("/api/v3/auth/jwt")
    );
    assert!(e.to_string().contains("check your credentials"), "{e}");

    let basic = Client::builder(emu.base_url())
        .basic("admin", "wrong")
        .build()
        .expect("builds");
    assert!(
        basic
            .users()
            .get(69)
            .await
            .expect_err("wrong basic")
            .is_unauthorized()
    );

    let user = Client::builder(emu.base_url())
        .local_account("userthree@testorg.org", "userthree")
        .build()
        .expect("builds");
    let e = user.server_stats().get().await.expect_err("not an admin");
    assert!(e.is_forbidden(), "{e:?}");
    assert!(
        user.mount_points()
            .list()
            .collect_all()
            .await
            .expect_err("not an admin")
            .is_forbidden()
    );
}

#[tokio::test]
async fn rate_limits_and_server_errors_after_retries() {
    let emu = common::faulty(Faults {
        seed: 1,
        rate_429: 1.0,
        retry_after_secs: 120,
        ..Faults::none()
    })
    .await;
    let client = common::basic(&emu);
    let e = client.users().get(69).await.expect_err("rate limited");
    assert!(e.is_rate_limited(), "{e:?}");
    assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
    assert!(e.is_retryable());

    emu.set_faults(Faults {
        seed: 1,
        rate_503: 1.0,
        retry_after_secs: 0,
        ..Faults::none()
    });
    let client = common::admin_builder(emu.base_url())
        .retry(common::quick_retries(2))
        .build()
        .expect("builds");
    let e = client.users().get(69).await.expect_err("unavailable");
    assert_eq!(e.http_kind(), Some(HttpKind::ServerError), "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn timeouts_connect_failures_and_decode_failures() {
    let emu = common::faulty(Faults {
        latency: Latency::Fixed(Duration::from_secs(3)),
        ..Faults::none()
    })
    .await;
    let client = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let e = client.users().get(69).await.expect_err("slow server");
    assert!(e.is_timeout(), "{e:?}");
    assert!(e.is_retryable());

    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let client = Client::builder(format!("http://127.0.0.1:{port}"))
        .basic("a", "b")
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let e = client.users().get(1).await.expect_err("nothing listens");
    assert!(matches!(e, Error::Connect { .. }), "{e:?}");
    assert!(e.to_string().contains("could not connect"), "{e}");

    let url = common::serve(Router::new().route(
        "/rest/users",
        get(|| async {
            let mut bad = common::user_json(1);
            bad["creationDate"] = serde_json::json!(12);
            axum::Json(common::envelope(
                "users",
                vec![common::user_json(0), bad],
                2,
            ))
        }),
    ))
    .await;
    let client = Client::builder(url).build().expect("builds");
    let e = client
        .users()
        .list()
        .collect_all()
        .await
        .expect_err("bad date");
    let Error::Decode {
        json_path,
        body_snippet,
        ..
    } = &e
    else {
        panic!("expected a decode error, got {e:?}")
    };
    assert_eq!(json_path, "users[1].creationDate");
    assert!(body_snippet.contains("\"users\""));

    let emu = common::faulty(Faults {
        rate_malformed_body: 1.0,
        ..Faults::none()
    })
    .await;
    let client = common::basic(&emu);
    assert!(matches!(
        client.users().get(69).await,
        Err(Error::Decode { .. })
    ));
}

#[tokio::test]
async fn configuration_errors_are_clear() {
    let cases = [
        Client::builder("not a url").build(),
        Client::builder("ftp://host").build(),
        Client::builder("https://user:pw@host").build(),
        Client::builder("https://host")
            .basic("a", "b")
            .token("t")
            .build(),
        Client::builder("https://host")
            .token("t")
            .totp("123456")
            .build(),
        Client::builder("https://host")
            .ca_cert_pem("not pem")
            .build(),
        Client::builder("https://host")
            .ca_cert_file("/nonexistent/ca.pem")
            .build(),
        Client::builder("https://host")
            .proxy("gopher://proxy")
            .build(),
    ];
    for case in cases {
        let e = case.expect_err("invalid configuration");
        assert!(e.is_config(), "{e:?}");
    }
}

#[tokio::test]
async fn no_panic_on_any_answer() {
    // Garbage, empty bodies, HTML errors, 2xx without body: every answer becomes a Result.
    let router = Router::new()
        .route("/rest/users/1", get(|| async { "not json at all" }))
        .route(
            "/rest/users/2",
            get(|| async { (axum::http::StatusCode::NO_CONTENT, "") }),
        )
        .route(
            "/rest/users/3",
            get(|| async {
                (
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    "<html>boom</html>",
                )
            }),
        )
        .route(
            "/rest/users/4",
            get(|| async { (axum::http::StatusCode::IM_A_TEAPOT, "[1,2") }),
        )
        .route("/rest/users/5", get(|| async { "[]" }));
    let client = Client::builder(common::serve(router).await)
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    for id in 1..=6 {
        let e = client.users().get(id).await.expect_err("no valid user");
        assert!(!e.to_string().is_empty());
    }
}

#[tokio::test]
async fn answers_over_the_size_limit_are_refused() {
    let big = || async {
        axum::Json(common::envelope(
            "users",
            (0..200).map(common::user_json).collect(),
            200,
        ))
    };
    let chunked = || async {
        let chunks = (0..50).map(|_| Ok::<_, std::io::Error>(bytes::Bytes::from(vec![b' '; 1000])));
        axum::body::Body::from_stream(futures::stream::iter(chunks))
    };
    let url = common::serve(
        Router::new()
            .route("/rest/users", get(big))
            .route("/rest/serverStats", get(chunked)),
    )
    .await;
    let client = Client::builder(&url)
        .max_response_bytes(4096)
        .build()
        .expect("builds");
    assert_eq!(client.config().max_response_bytes, Some(4096));
    let e = client
        .users()
        .list()
        .collect_all()
        .await
        .expect_err("too large");
    assert!(
        matches!(e, Error::ResponseTooLarge { limit: 4096, .. }),
        "{e:?}"
    );
    let e = client
        .server_stats()
        .get()
        .await
        .expect_err("too large while streaming");
    assert!(matches!(e, Error::ResponseTooLarge { .. }), "{e:?}");
    let e = client
        .request_json(Method::GET, "/rest/users")
        .send()
        .await
        .expect_err("raw too");
    assert!(matches!(e, Error::ResponseTooLarge { .. }), "{e:?}");

    let roomy = Client::builder(&url)
        .max_response_bytes(1 << 20)
        .build()
        .expect("builds");
    assert_eq!(
        roomy
            .users()
            .list()
            .collect_all()
            .await
            .expect("fits")
            .len(),
        200
    );
}

#[tokio::test]
async fn broken_connections_unexpected_statuses_and_invalid_requests() {
    let emu = common::faulty(Faults {
        seed: 2,
        rate_drop_mid_body: 1.0,
        ..Faults::none()
    })
    .await;
    let client = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .retry(common::quick_retries(2))
        .build()
        .expect("builds");
    let e = client
        .users()
        .get(69)
        .await
        .expect_err("the body always breaks");
    assert!(matches!(e, Error::Network { .. }), "{e:?}");
    assert!(e.is_retryable());
    assert_eq!(
        emu.request_count("GET", "/rest/users/69"),
        2,
        "retried once"
    );

    let teapot = common::serve(Router::new().route(
        "/rest/users/1",
        get(|| async {
            (
                axum::http::StatusCode::IM_A_TEAPOT,
                "{\"message\":\"short and stout\"}",
            )
        }),
    ))
    .await;
    let client = Client::builder(teapot).build().expect("builds");
    let e = client.users().get(1).await.expect_err("418");
    assert_eq!(e.http_kind(), Some(HttpKind::Unexpected), "{e:?}");
    assert_eq!(e.message(), Some("short and stout"));
    let e = client
        .request_json(Method::GET, "/rest/users/1")
        .header("bad header", "x")
        .send()
        .await
        .expect_err("invalid header name");
    assert!(matches!(e, Error::InvalidRequest { .. }), "{e:?}");
}
