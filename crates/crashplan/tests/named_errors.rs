//! Named business errors (`USER_DUPLICATE`, `ACTIVE_LEGAL_HOLD`, ..) over real HTTP, in every
//! body shape today's servers use, from raw servers that answer as they do.

mod common;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use crashplan::{Client, ErrorName, Hint, HttpKind};
use reqwest::Method;
use serde_json::json;

/// A server answering every `POST /api/v1/User` with `status` and `body` (JSON or not).
async fn answering(status: u16, body: &'static str, json: bool) -> Client {
    let router = Router::new().route(
        "/api/v1/User",
        post(move || async move {
            let content_type = if json {
                "application/json"
            } else {
                "text/html"
            };
            (
                StatusCode::from_u16(status).expect("status"),
                [(header::CONTENT_TYPE, content_type)],
                body,
            )
                .into_response()
        }),
    );
    let url = common::serve(router).await;
    Client::builder(url)
        .token("t")
        .retry(common::quick_retries(3))
        .build()
        .expect("builds")
}

async fn refused(status: u16, body: &'static str, json: bool) -> crashplan::Error {
    answering(status, body, json)
        .await
        .request_json(Method::POST, "/api/v1/User")
        .body(&json!({"username": "a@b.c"}))
        .send()
        .await
        .expect_err("refused")
}

#[tokio::test]
async fn each_body_shape_gives_a_typed_name_with_its_hint() {
    let cases: [(u16, &str, bool, ErrorName, Option<Hint>); 7] = [
        (
            500,
            r#"[{"name":"USER_DUPLICATE","description":"A user with this username already exists"}]"#,
            true,
            ErrorName::UserDuplicate,
            Some(Hint::Duplicate),
        ),
        (
            500,
            r#"{"data":[{"name":"EMAIL_INVALID"}]}"#,
            true,
            ErrorName::EmailInvalid,
            Some(Hint::InvalidValue),
        ),
        (
            400,
            r#"{"error":[{"name":"ACTIVE_LEGAL_HOLD","description":"Cannot deactivate a user in a legal hold"}]}"#,
            true,
            ErrorName::ActiveLegalHold,
            Some(Hint::LegalHold),
        ),
        (
            500,
            r#"{"errors":["USERNAME_NOT_AN_EMAIL"]}"#,
            true,
            ErrorName::UsernameNotAnEmail,
            Some(Hint::InvalidValue),
        ),
        (
            500,
            r#"{"name":"NEW_PASSWORD_INVALID","description":"too short"}"#,
            true,
            ErrorName::NewPasswordInvalid,
            Some(Hint::InvalidValue),
        ),
        (
            500,
            "<html><body>Error: INVALID_USERNAME</body></html>",
            false,
            ErrorName::InvalidUsername,
            Some(Hint::InvalidValue),
        ),
        (
            500,
            r#"[{"name":"SOMETHING_NEW_UPSTREAM","description":"later release"}]"#,
            true,
            ErrorName::Other("SOMETHING_NEW_UPSTREAM".into()),
            Some(Hint::ServerError),
        ),
    ];
    for (status, body, json, name, hint) in cases {
        let e = refused(status, body, json).await;
        assert_eq!(e.error_name(), Some(&name), "{body}: {e:?}");
        assert_eq!(e.hint(), hint, "{body}");
        assert_eq!(e.status().map(|s| s.as_u16()), Some(status));
        let text = e.to_string();
        assert!(
            text.starts_with(&format!("POST /api/v1/User: {status}")),
            "{text}"
        );
        assert!(
            text.contains(name.as_str()),
            "the name is in the message: {text}"
        );
        if let Some(h) = hint {
            assert!(text.ends_with(h.advice()), "{text}");
        }
    }
}

#[tokio::test]
async fn descriptions_several_names_and_no_names() {
    let e = refused(
        500,
        r#"[{"name":"EMAIL_INVALID","description":"bad email"},{"name":"NEW_PASSWORD_INVALID"}]"#,
        true,
    )
    .await;
    let names: Vec<_> = e.named_errors().iter().map(|n| n.name.clone()).collect();
    assert_eq!(
        names,
        [ErrorName::EmailInvalid, ErrorName::NewPasswordInvalid]
    );
    assert_eq!(
        e.named_errors()[0].description.as_deref(),
        Some("bad email")
    );
    assert_eq!(
        e.message(),
        Some("EMAIL_INVALID: bad email; NEW_PASSWORD_INVALID")
    );

    // A plain server error names nothing: the status decides the hint, as before.
    let e = refused(500, r#"{"message":"Internal error"}"#, true).await;
    assert_eq!(e.error_name(), None);
    assert_eq!(e.http_kind(), Some(HttpKind::ServerError));
    assert_eq!(e.hint(), Some(Hint::ServerError));
    assert_eq!(e.message(), Some("Internal error"));
}

#[tokio::test]
async fn a_named_error_of_a_post_is_not_retried() {
    // 500 is never retried; the name changes nothing about that.
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let c = std::sync::Arc::clone(&calls);
    let router = Router::new().route(
        "/api/v1/User",
        post(move || {
            c.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            async {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    axum::Json(json!([{"name": "USER_DUPLICATE"}])),
                )
            }
        }),
    );
    let url = common::serve(router).await;
    let client = Client::builder(url)
        .token("t")
        .retry(common::quick_retries(5))
        .build()
        .expect("builds");
    let e = client
        .request_json(Method::POST, "/api/v1/User")
        .body(&json!({}))
        .retry_post(true)
        .send()
        .await
        .expect_err("duplicate");
    assert_eq!(e.error_name(), Some(&ErrorName::UserDuplicate));
    assert!(!e.is_retryable());
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 1);
}
