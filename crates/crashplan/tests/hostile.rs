//! Hostile servers: arbitrary status codes, headers and bodies from a raw TCP server on
//! 127.0.0.1. The facade returns a value or a typed error, never panics, and never reads more
//! than its response size limit.

mod common;

use std::time::Duration;

use crashplan::{Client, Error, RetryPolicy};
use proptest::prelude::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// Answers every connection with `response` (raw HTTP bytes) and closes it.
async fn raw_server(response: Vec<u8>) -> (String, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let task = tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let response = response.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
                    match tokio::time::timeout(Duration::from_secs(2), socket.read(&mut buf)).await
                    {
                        Ok(Ok(n)) if n > 0 => head.extend_from_slice(&buf[..n]),
                        _ => return,
                    }
                }
                let _ = socket.write_all(&response).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (url, task)
}

fn client(url: &str) -> Client {
    Client::builder(url)
        .basic("admin", "hunter2-secret")
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client builds")
}

fn http_response(status: u16, headers: &[(String, String)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\n").into_bytes();
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"connection: close\r\n\r\n");
    out.extend_from_slice(body);
    out
}

const USERS: &str = r#"{"metadata":{"count":1,"params":{},"timestamp":"2008-10-29T14:39:44.825-05:00"},"users":[{"id":67,"status":"Active","email":"userone@testorg.org","firstName":"User","lastName":"One","orgId":43,"creationDate":"2008-10-29T13:46:40.242-05:00","modificationDate":"2008-10-29T14:06:02.123-05:00"}]}"#;

fn body_strategy() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        (0..USERS.len()).prop_map(|n| USERS.as_bytes()[..n].to_vec()),
        Just(USERS.replace("67", "\"sixty-seven\"").into_bytes()),
        Just(USERS.replace("67", "1e400").into_bytes()),
        Just(
            USERS
                .replace("67", "123456789012345678901234567890")
                .into_bytes()
        ),
        Just(USERS.replace("\"Active\"", "null").into_bytes()),
        Just(USERS.replace("\"users\"", "\"orgs\"").into_bytes()),
        (1usize..5000)
            .prop_map(|depth| format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes()),
        Just(USERS.as_bytes().to_vec()),
        Just(b"<html><body>502 Bad Gateway</body></html>".to_vec()),
    ]
}

fn headers_strategy() -> impl Strategy<Value = Vec<(String, String)>> {
    let header = prop_oneof![
        Just(("content-type".to_owned(), "application/json".to_owned())),
        Just(("content-type".to_owned(), "text/html".to_owned())),
        "[0-9]{0,12}|[a-zA-Z ,:]{0,30}".prop_map(|v| ("retry-after".to_owned(), v)),
        Just((
            "retry-after".to_owned(),
            "Wed, 21 Oct 2015 07:28:00 GMT".to_owned()
        )),
        Just(("retry-after".to_owned(), "99999999999999999999".to_owned())),
        "[A-Z, ]{0,20}".prop_map(|v| ("allow".to_owned(), v)),
        (0u64..100_000).prop_map(|n| ("content-length".to_owned(), n.to_string())),
        Just((
            "www-authenticate".to_owned(),
            "Basic realm=\"x\"".to_owned()
        )),
        "[ -~]{0,40}".prop_map(|v| ("x-anything".to_owned(), v)),
    ];
    proptest::collection::vec(header, 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_answer_is_a_value_or_a_typed_error(
        status in 100u16..600,
        headers in headers_strategy(),
        body in body_strategy(),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(async {
            let (url, server) = raw_server(http_response(status, &headers, &body)).await;
            let client = client(&url);
            let results = [
                client.users().list().collect_all().await.map(|_| ()),
                client.users().get(1).await.map(|_| ()),
                client.request_json(reqwest::Method::GET, "/rest/users").send().await.map(|_| ()),
            ];
            for result in results {
                if let Err(err) = result {
                    let text = err.to_string();
                    assert!(!text.is_empty());
                    assert!(!text.contains("hunter2-secret"), "{text}");
                    assert!(!format!("{err:?}").contains("hunter2-secret"));
                }
            }
            server.abort();
        });
    }
}

#[tokio::test]
async fn a_huge_announced_body_is_refused_without_reading_it() {
    let headers = [("content-length".to_owned(), (100 * 1024 * 1024).to_string())];
    let (url, server) = raw_server(http_response(200, &headers, b"{")).await;
    let err = client(&url).users().get(1).await.expect_err("too large");
    assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err:?}");
    assert_eq!(crashplan::DEFAULT_MAX_RESPONSE_BYTES, 64 * 1024 * 1024);
    server.abort();
}

#[tokio::test]
async fn a_100_mb_chunked_body_stops_at_the_limit() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let server = tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else {
            return;
        };
        let mut buf = [0u8; 4096];
        let _ = socket.read(&mut buf).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = vec![b' '; 1024 * 1024];
        for _ in 0..100 {
            let frame = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
            if socket.write_all(&frame).await.is_err() {
                return; // the client stopped reading: good
            }
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
    });
    let client = Client::builder(&url)
        .basic("admin", "admin")
        .retry(RetryPolicy::none())
        .max_response_bytes(2 * 1024 * 1024)
        .build()
        .expect("client builds");
    let err = client.users().get(1).await.expect_err("too large");
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                limit: 2_097_152,
                ..
            }
        ),
        "{err:?}"
    );
    server.abort();
}

#[tokio::test]
async fn deeply_nested_json_is_a_decode_error() {
    let body = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let headers = [("content-type".to_owned(), "application/json".to_owned())];
    let (url, server) = raw_server(http_response(200, &headers, body.as_bytes())).await;
    let err = client(&url)
        .users()
        .list()
        .collect_all()
        .await
        .expect_err("not a user list");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    server.abort();
}

#[test]
fn an_http_url_with_a_password_logs_a_warning() {
    let capture = common::LogCapture::default();
    tracing::subscriber::with_default(capture.subscriber(), || {
        Client::builder("http://cp.example.com:4280")
            .local_account("admin", "hunter2-secret")
            .build()
            .expect("builds");
        Client::builder("https://cp.example.com:4285")
            .local_account("admin", "hunter2-secret")
            .build()
            .expect("builds");
    });
    let logs = capture.text();
    assert_eq!(
        logs.matches("unencrypted").count(),
        1,
        "only the http:// client warns: {logs}"
    );
    assert!(!logs.contains("hunter2-secret"), "{logs}");
}

/// Answers the n-th connection with `responses[n]` (the last one repeats); counts connections.
async fn scripted_server(
    responses: Vec<Vec<u8>>,
) -> (
    String,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
    JoinHandle<()>,
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let count = std::sync::Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let task = tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let response = responses[n.min(responses.len() - 1)].clone();
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let _ = socket.write_all(&response).await;
            let _ = socket.shutdown().await;
        }
    });
    (url, count, task)
}

#[tokio::test]
async fn a_cut_off_json_body_is_asked_for_again_but_a_wrong_shape_is_not() {
    use std::sync::atomic::Ordering;
    let json = [("content-type".to_owned(), "application/json".to_owned())];
    let user = r#"{"id":69,"status":"Active","orgId":43,"creationDate":"2008-10-29T14:08:06.141-05:00","modificationDate":"2008-10-29T14:08:06.141-05:00"}"#;
    let cut = http_response(200, &json, &user.as_bytes()[..40]);
    let whole = http_response(200, &json, user.as_bytes());
    let (url, count, server) = scripted_server(vec![cut.clone(), cut, whole]).await;
    let client = Client::builder(&url)
        .basic("admin", "admin")
        .build()
        .expect("client builds");
    let detail = client
        .users()
        .get(69)
        .await
        .expect("the third answer is whole");
    assert_eq!(detail.id, 69);
    assert_eq!(count.load(Ordering::SeqCst), 3);
    server.abort();

    let wrong = http_response(200, &json, br#"{"id":"sixty-nine"}"#);
    let (url, count, server) = scripted_server(vec![wrong]).await;
    let client = Client::builder(&url)
        .basic("admin", "admin")
        .build()
        .expect("client builds");
    let err = client.users().get(69).await.expect_err("wrong shape");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "asking again would not help"
    );
    server.abort();
}

#[tokio::test]
async fn a_garbled_login_answer_is_retried_and_never_shown() {
    let json = [("content-type".to_owned(), "application/json".to_owned())];
    let token = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2VuLXBheWxvYWQ.c2lnbmF0dXJl";
    let body = format!(r#"{{"data":{{"v3_user_token":"{token}"}}}}"#);
    let cut = http_response(200, &json, &body.as_bytes()[..50]);
    let (url, count, server) = scripted_server(vec![cut]).await;
    // Three attempts: the free first login and two more, keeping one for the request itself.
    let client = Client::builder(&url)
        .local_account("admin", "admin")
        .retry(common::quick_retries(3))
        .build()
        .expect("client builds");
    let err = client
        .users()
        .get(69)
        .await
        .expect_err("the login never succeeds");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(
        count.load(std::sync::atomic::Ordering::SeqCst),
        3,
        "three login attempts"
    );
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(
            !text.contains("eyJhbGci"),
            "the token prefix leaked: {text}"
        );
    }
    server.abort();
}
