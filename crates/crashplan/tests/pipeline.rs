//! The request pipeline over real HTTP: one budget per call, no login storm when credentials
//! stop working, TLS failures never retried. Servers are raw TCP servers on 127.0.0.1 that
//! count every request they receive.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crashplan::{Client, RetryPolicy};
use crashplan_emulator::Emulator;
use proptest::prelude::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const USER: &str = r#"{"id":69,"status":"Active","orgId":43,"creationDate":"2008-10-29T14:08:06.141-05:00","modificationDate":"2008-10-29T14:08:06.141-05:00"}"#;
const TOKEN: &str = r#"{"data":{"v3_user_token":"tok"}}"#;

/// What a raw server answers to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// 200 with the right JSON (a user, or a token for a login).
    Good,
    /// 200 with a cut-off body.
    Garbled,
    /// A status with a JSON error body (429 and 503 with `Retry-After: 0`).
    Status(u16),
    /// The connection is closed without an answer.
    Drop,
}

fn bytes(answer: Answer, login: bool) -> Option<Vec<u8>> {
    let (status, body) = match answer {
        Answer::Good => (200, if login { TOKEN } else { USER }),
        Answer::Garbled => (200, &USER[..20]),
        Answer::Status(s) => (s, r#"{"message":"no"}"#),
        Answer::Drop => return None,
    };
    let retry_after = if matches!(status, 429 | 503) {
        "retry-after: 0\r\n"
    } else {
        ""
    };
    Some(
        format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n{retry_after}connection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

/// Requests seen by a raw server: total and logins.
#[derive(Debug, Default)]
struct Counts {
    requests: AtomicUsize,
    logins: AtomicUsize,
}

/// A raw HTTP server (one request per connection) that answers with `answer(n, is_login)`
/// for its n-th request (from 0).
async fn raw_server(
    answer: impl Fn(usize, bool) -> Answer + Send + Sync + 'static,
) -> (String, Arc<Counts>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let counts = Arc::new(Counts::default());
    let seen = Arc::clone(&counts);
    let answer = Arc::new(answer);
    let task = tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let seen = Arc::clone(&seen);
            let answer = Arc::clone(&answer);
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
                    match tokio::time::timeout(Duration::from_secs(5), socket.read(&mut buf)).await
                    {
                        Ok(Ok(n)) if n > 0 => head.extend_from_slice(&buf[..n]),
                        _ => return,
                    }
                }
                let login = head.starts_with(b"GET /api/v3/auth/jwt");
                let n = seen.requests.fetch_add(1, Ordering::SeqCst);
                if login {
                    seen.logins.fetch_add(1, Ordering::SeqCst);
                }
                if let Some(response) = bytes(answer(n, login), login) {
                    let _ = socket.write_all(&response).await;
                }
                let _ = socket.shutdown().await;
            });
        }
    });
    (url, counts, task)
}

/// A 200-row bulk of `GET /rest/users/69`, 8 at a time as the client is built.
async fn two_hundred_gets(
    client: &Client,
) -> Vec<crashplan::bulk::BulkOutcome<i32, crashplan::types::UserDetail>> {
    let users = client.users();
    client
        .bulk(0..200)
        .run(move |_| {
            let users = users.clone();
            async move { users.get(69).await }
        })
        .await
}

#[tokio::test]
async fn credentials_that_stop_working_cost_at_most_two_failed_logins_in_a_200_row_bulk() {
    const GOOD: usize = 10;
    let failed_logins = Arc::new(AtomicUsize::new(0));
    let f = Arc::clone(&failed_logins);
    // The account is disabled after the 10th request: every answer is then 401.
    let (url, counts, server) = raw_server(move |n, login| {
        if n < GOOD {
            return Answer::Good;
        }
        if login {
            f.fetch_add(1, Ordering::SeqCst);
        }
        Answer::Status(401)
    })
    .await;
    let client = common::admin_builder(&url)
        .retry(common::quick_retries(4))
        .concurrency(8)
        .build()
        .expect("client builds");
    let outcomes = two_hundred_gets(&client).await;
    assert_eq!(outcomes.len(), 200, "every row has an outcome");
    let ok = outcomes.iter().filter(|o| o.is_ok()).count();
    assert!((1..GOOD).contains(&ok), "{ok} rows succeeded");
    for o in outcomes.iter().filter(|o| !o.is_ok()) {
        let e = o.result.as_ref().expect_err("failed row");
        assert!(e.is_unauthorized(), "{e:?}");
    }
    let failed = failed_logins.load(Ordering::SeqCst);
    let requests = counts.requests.load(Ordering::SeqCst);
    eprintln!("200 rows: {failed} failed logins, {requests} requests");
    assert!(failed <= 2, "{failed} failed logins");
    assert!(failed >= 1);
    assert!(requests < GOOD + 20, "{requests} requests for 200 rows");

    // Later calls fail at once, with the same error, without a login.
    let before = counts.requests.load(Ordering::SeqCst);
    let e = client.users().get(69).await.expect_err("still refused");
    assert!(e.is_unauthorized(), "{e:?}");
    assert_eq!(
        e.request().map(|r| r.path.as_str()),
        Some("/api/v3/auth/jwt")
    );
    assert_eq!(counts.requests.load(Ordering::SeqCst), before);

    // New credentials: one more login (refused again), then quiet again.
    client
        .set_password("new password")
        .await
        .expect("login client");
    client.users().get(69).await.expect_err("still disabled");
    client.users().get(69).await.expect_err("still disabled");
    assert_eq!(failed_logins.load(Ordering::SeqCst), failed + 1);
    server.abort();
}

#[tokio::test]
async fn a_refused_basic_password_is_not_sent_again_by_a_200_row_bulk() {
    const GOOD: usize = 10;
    let (url, counts, server) = raw_server(|n, _| {
        if n < GOOD {
            Answer::Good
        } else {
            Answer::Status(401)
        }
    })
    .await;
    let client = Client::builder(&url)
        .basic("admin", "admin")
        .retry(common::quick_retries(4))
        .concurrency(8)
        .build()
        .expect("client builds");
    let outcomes = two_hundred_gets(&client).await;
    assert_eq!(outcomes.len(), 200);
    assert!(outcomes.iter().filter(|o| !o.is_ok()).all(|o| {
        o.result
            .as_ref()
            .is_err_and(crashplan::Error::is_unauthorized)
    }));
    let refused = counts.requests.load(Ordering::SeqCst) - GOOD;
    eprintln!("basic: {refused} refused requests for 200 rows");
    assert!(
        (1..=8).contains(&refused),
        "at most the requests already in flight: {refused}"
    );
    client.set_password("new").await.expect("basic client");
    client.users().get(69).await.expect_err("still refused");
    client.users().get(69).await.expect_err("still refused");
    assert_eq!(counts.requests.load(Ordering::SeqCst) - GOOD, refused + 1);
    server.abort();
}

/// Forwards every TCP connection to `target`, counting connections (one TLS handshake each).
async fn counting_forwarder(target: String) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&connections);
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            seen.fetch_add(1, Ordering::SeqCst);
            let target = target.clone();
            tokio::spawn(async move {
                if let Ok(mut outbound) = TcpStream::connect(target).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    (format!("https://localhost:{port}"), connections)
}

#[tokio::test]
async fn an_untrusted_certificate_makes_one_handshake_and_is_not_retried() {
    let emu = common::start(Emulator::builder().tls_self_signed()).await;
    let target = emu
        .base_url()
        .trim_start_matches("https://")
        .replace("localhost", "127.0.0.1");
    let (url, handshakes) = counting_forwarder(target).await;
    let capture = common::LogCapture::default();
    let client = Client::builder(&url)
        .local_account("admin", "admin")
        .retry(
            RetryPolicy::default()
                .max_attempts(6)
                .min_delay(Duration::from_millis(300)),
        )
        .build()
        .expect("builds");
    let _guard = tracing::subscriber::set_default(capture.subscriber());
    let e = client.users().get(69).await.expect_err("unknown CA");
    assert!(e.is_tls(), "{e:?}");
    assert!(!e.is_retryable());
    assert_eq!(handshakes.load(Ordering::SeqCst), 1, "one handshake");
    assert!(!capture.text().contains("retrying"), "{}", capture.text());
    assert!(e.to_string().contains("ca_cert_pem"), "{e}");
    assert_eq!(e.hint(), Some(crashplan::Hint::TrustCa));
}

fn answer_strategy() -> impl Strategy<Value = Answer> {
    prop_oneof![
        3 => Just(Answer::Good),
        2 => Just(Answer::Garbled),
        1 => Just(Answer::Drop),
        3 => prop::sample::select(vec![401u16, 403, 404, 429, 500, 502, 503, 504])
            .prop_map(Answer::Status),
    ]
}

/// The most requests one call made in the property test, for the report.
static MOST_REQUESTS: AtomicUsize = AtomicUsize::new(0);

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever a server answers, one call sends at most `max_attempts` requests, plus its
    /// first login.
    #[test]
    fn the_requests_of_one_call_never_exceed_its_budget(
        script in proptest::collection::vec(answer_strategy(), 1..16),
        attempts in 1u32..6,
        login in any::<bool>(),
        raw in any::<bool>(),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let (requests, bound) = runtime.block_on(async {
            let script = Arc::new(Mutex::new(script));
            let s = Arc::clone(&script);
            let (url, counts, server) = raw_server(move |n, _| {
                let s = s.lock().expect("lock");
                s[n.min(s.len() - 1)]
            })
            .await;
            let builder = if login {
                common::admin_builder(&url)
            } else {
                Client::builder(&url).basic("admin", "admin")
            };
            let client = builder
                .retry(common::quick_retries(attempts))
                .timeout(Duration::from_secs(5))
                .build()
                .expect("client builds");
            let result = if raw {
                client
                    .request_json(reqwest::Method::PUT, "/rest/users/69")
                    .body(&serde_json::json!({"lastName": "x"}))
                    .send()
                    .await
                    .map(|_| ())
            } else {
                client.users().get(69).await.map(|_| ())
            };
            if let Err(e) = result {
                assert!(!e.to_string().is_empty());
            }
            server.abort();
            let bound = attempts as usize + usize::from(login);
            (counts.requests.load(Ordering::SeqCst), bound)
        });
        MOST_REQUESTS.fetch_max(requests, Ordering::SeqCst);
        eprintln!("most requests of one call so far: {}", MOST_REQUESTS.load(Ordering::SeqCst));
        prop_assert!(requests <= bound, "{requests} requests, budget {bound}");
    }
}
