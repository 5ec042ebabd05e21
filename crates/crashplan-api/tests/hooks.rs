//! The generated client calls the installed hooks for every request, over real HTTP.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crashplan_api::hooks::{Hooks, OperationInfo, RequestHooks};
use futures::future::BoxFuture;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const USERS: &str = r#"{"metadata":{"count":0,"params":{},"timestamp":"2008-10-29T14:39:44.825-05:00"},"users":[]}"#;

/// Serves one HTTP/1.1 request with `status` and `body`; returns the request head it read.
async fn serve_once(status: &str, body: &'static str) -> (String, tokio::task::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let status = status.to_owned();
    let task = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
            let n = socket.read(&mut buf).await.expect("read");
            if n == 0 {
                break;
            }
            head.extend_from_slice(&buf[..n]);
        }
        let response = format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nretry-after: 7\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(response.as_bytes()).await.expect("write");
        String::from_utf8_lossy(&head).into_owned()
    });
    (url, task)
}

struct StaticToken {
    prepared: Arc<AtomicUsize>,
    executed: Arc<AtomicUsize>,
}

impl RequestHooks for StaticToken {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'a OperationInfo,
    ) -> BoxFuture<'a, Result<(), String>> {
        assert_eq!(operation.operation_id, "list_users");
        self.prepared.fetch_add(1, Ordering::SeqCst);
        request
            .headers_mut()
            .insert(AUTHORIZATION, HeaderValue::from_static("v3_user_token abc"));
        Box::pin(async { Ok(()) })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        _: &'a OperationInfo,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        self.executed.fetch_add(1, Ordering::SeqCst);
        Box::pin(client.execute(request))
    }
}

#[tokio::test]
async fn hooks_add_the_auth_header_and_send_the_request() {
    let (url, server) = serve_once("200 OK", USERS).await;
    let prepared = Arc::new(AtomicUsize::new(0));
    let executed = Arc::new(AtomicUsize::new(0));
    let hooks = Hooks::new(StaticToken {
        prepared: prepared.clone(),
        executed: executed.clone(),
    });
    let client = crashplan_api::Client::new_with_client(&url, reqwest::Client::new(), hooks);

    let users = client
        .list_users()
        .org_id(43)
        .send()
        .await
        .expect("lists users");
    assert!(users.users.is_empty());

    let head = server.await.expect("server task").to_ascii_lowercase();
    assert!(head.starts_with("get /rest/users?orgid=43 "), "{head}");
    assert!(head.contains("authorization: v3_user_token abc"), "{head}");
    assert!(
        !head.contains("api-version"),
        "progenitor's api-version header is removed: {head}"
    );
    assert_eq!(prepared.load(Ordering::SeqCst), 1);
    assert_eq!(executed.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn error_statuses_keep_status_headers_and_body() {
    let (url, server) = serve_once("503 Service Unavailable", r#"{"message":"busy"}"#).await;
    let client =
        crashplan_api::Client::new_with_client(&url, reqwest::Client::new(), Hooks::default());

    let err = client
        .get_user()
        .id(69)
        .send()
        .await
        .expect_err("503 is an error");
    server.await.expect("server task");
    let crashplan_api::Error::UnexpectedResponse(response) = err else {
        panic!("expected UnexpectedResponse, got {err:?}");
    };
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "7");
    assert_eq!(
        response.text().await.expect("body"),
        r#"{"message":"busy"}"#
    );
}

#[test]
fn hooks_debug_shows_no_credentials() {
    let hooks = Hooks::new(StaticToken {
        prepared: Arc::default(),
        executed: Arc::default(),
    });
    assert_eq!(format!("{hooks:?}"), "Hooks { installed: true }");
}
