//! Retries, `Retry-After`, POST replay rules, TLS, proxies and redirects over real HTTP.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use crashplan::{Client, Error, RetryPolicy};
use crashplan_emulator::{Emulator, Faults};

fn basic(url: &str, retry: RetryPolicy) -> Client {
    Client::builder(url)
        .basic("admin", "admin")
        .retry(retry)
        .build()
        .expect("builds")
}

#[tokio::test]
async fn retry_after_is_honoured_within_the_budget() {
    let emu = common::faulty(Faults {
        seed: 3,
        rate_503: 1.0,
        retry_after_secs: 1,
        ..Faults::none()
    })
    .await;
    // One retry, after the server's 1 s.
    let client = basic(
        emu.base_url(),
        common::quick_retries(2).max_elapsed(Duration::from_secs(10)),
    );
    let e = client.users().get(69).await.expect_err("always 503");
    assert_eq!(e.retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(emu.request_count("GET", "/rest/users/69"), 2);

    // A Retry-After beyond the time budget is not waited for.
    emu.reset_request_log();
    let client = basic(
        emu.base_url(),
        common::quick_retries(4).max_elapsed(Duration::from_millis(500)),
    );
    client.users().get(69).await.expect_err("always 503");
    assert_eq!(emu.request_count("GET", "/rest/users/69"), 1);
}

#[tokio::test]
async fn retry_after_as_an_http_date() {
    let hits = Arc::new(Mutex::new(0u32));
    let h = Arc::clone(&hits);
    let router = Router::new().route(
        "/rest/serverStats",
        get(move || {
            let h = Arc::clone(&h);
            async move {
                let mut n = h.lock().expect("lock");
                *n += 1;
                if *n == 1 {
                    let date = httpdate::fmt_http_date(std::time::SystemTime::now());
                    (
                        StatusCode::TOO_MANY_REQUESTS,
                        [(header::RETRY_AFTER, date)],
                        "{}",
                    )
                        .into_response()
                } else {
                    axum::Json(serde_json::json!({"orgCount": 1})).into_response()
                }
            }
        }),
    );
    let client = Client::builder(common::serve(router).await)
        .retry(common::quick_retries(3))
        .build()
        .expect("builds");
    let stats = client
        .server_stats()
        .get()
        .await
        .expect("second attempt succeeds");
    assert_eq!(stats.org_count, Some(1));
    assert_eq!(*hits.lock().expect("lock"), 2);
}

#[tokio::test]
async fn post_is_not_replayed_unless_asked() {
    let emu = common::faulty(Faults {
        seed: 5,
        rate_503: 1.0,
        retry_after_secs: 0,
        ..Faults::none()
    })
    .await;
    let client = basic(emu.base_url(), common::quick_retries(3));
    let e = client
        .users()
        .create(common::new_user("once"))
        .await
        .expect_err("503");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        emu.request_count("POST", "/rest/users"),
        1,
        "POST sent once"
    );

    emu.reset_request_log();
    client
        .users()
        .create(common::new_user("thrice"))
        .retry_post(true)
        .await
        .expect_err("503");
    assert_eq!(
        emu.request_count("POST", "/rest/users"),
        3,
        "opted in: replayed"
    );

    emu.reset_request_log();
    client
        .request_json(reqwest::Method::POST, "/rest/orgs")
        .body(&serde_json::json!({"name": "x", "parentId": 43}))
        .send()
        .await
        .expect_err("503");
    assert_eq!(emu.request_count("POST", "/rest/orgs"), 1);

    emu.reset_request_log();
    client.users().get(69).await.expect_err("503");
    assert_eq!(emu.request_count("GET", "/rest/users/69"), 3, "GET retried");
}

#[tokio::test]
async fn flaky_servers_are_survived_by_idempotent_requests() {
    let emu = common::start(
        Emulator::builder()
            .scale(crashplan_emulator::Scale::users(500))
            .faults(Faults {
                seed: 11,
                rate_503: 0.15,
                rate_429: 0.05,
                rate_drop_before_response: 0.05,
                rate_drop_mid_body: 0.05,
                rate_truncated_body: 0.05,
                retry_after_secs: 0,
                ..Faults::none()
            }),
    )
    .await;
    let client = basic(emu.base_url(), common::quick_retries(12));
    let all = client
        .users()
        .list()
        .page_size(50)
        .collect_all()
        .await
        .expect("retries hide the faults");
    let mut ids: Vec<i64> = all.iter().map(|u| u.id).collect();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "no duplicates");
    assert!(n >= 500);
    assert!(
        emu.requests().iter().any(|r| r.fault.is_some()),
        "faults were injected"
    );
}

#[tokio::test]
async fn tls_with_the_emulator_ca_and_not_without() {
    let emu = common::start(Emulator::builder().tls_self_signed()).await;
    assert!(emu.base_url().starts_with("https://"));
    let ca = emu.ca_cert_pem().expect("self-signed CA").to_string();

    let untrusting = basic(emu.base_url(), RetryPolicy::none());
    let e = untrusting.users().get(69).await.expect_err("unknown CA");
    assert!(matches!(e, Error::Tls { .. }), "{e:?}");
    assert!(e.to_string().contains("CA"), "{e}");

    let trusting = Client::builder(emu.base_url())
        .local_account("admin", "admin")
        .ca_cert_pem(ca.clone())
        .build()
        .expect("builds");
    assert_eq!(trusting.users().get(69).await.expect("trusted CA").id, 69);

    let dir = std::env::temp_dir().join(format!("crashplan-ca-{}.pem", std::process::id()));
    std::fs::write(&dir, &ca).expect("write CA file");
    let from_file = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .ca_cert_file(&dir)
        .build()
        .expect("builds");
    assert_eq!(from_file.users().get(69).await.expect("CA file").id, 69);
    let _ = std::fs::remove_file(&dir);

    let insecure = Client::builder(emu.base_url())
        .basic("admin", "admin")
        .danger_accept_invalid_certs(true)
        .build()
        .expect("builds");
    assert!(insecure.config().accepts_invalid_certs);
    assert_eq!(
        insecure.users().get(69).await.expect("no verification").id,
        69
    );
}

#[tokio::test]
async fn requests_go_through_an_http_proxy() {
    // The emulator answers absolute-form requests, so it can stand in for a proxy: the client
    // targets a host that does not resolve, and only the proxy can answer.
    let emu = common::emulator().await;
    let client = Client::builder("http://crashplan.invalid:4280")
        .basic("admin", "admin")
        .proxy(emu.base_url())
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    assert_eq!(
        client.users().get(69).await.expect("through the proxy").id,
        69
    );
    assert_eq!(emu.request_count("GET", "/rest/users/69"), 1);

    let socks = Client::builder("http://127.0.0.1:1")
        .proxy("socks5://127.0.0.1:1")
        .build();
    assert!(socks.is_ok(), "SOCKS5 proxies are accepted");
}

#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed() {
    let seen: Arc<Mutex<Vec<Option<String>>>> = Arc::default();
    let s = Arc::clone(&seen);
    let other = common::serve(Router::new().route(
        "/rest/users/69",
        get(move |headers: HeaderMap| {
            let s = Arc::clone(&s);
            async move {
                let auth = headers
                    .get(header::AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                s.lock().expect("lock").push(auth);
                let mut u = common::user_json(69);
                u["archiveBytes"] = serde_json::json!(0);
                axum::Json(u)
            }
        }),
    ))
    .await;
    // Same host name, other port: another origin.
    let target = format!("{other}/rest/users/69").replace("127.0.0.1", "localhost");
    let origin = common::serve(Router::new().route(
        "/rest/users/69",
        get(move || {
            let target = target.clone();
            async move { (StatusCode::FOUND, [(header::LOCATION, target)]) }
        }),
    ))
    .await;
    let client = Client::builder(origin)
        .basic("admin", "secret")
        .build()
        .expect("builds");
    // Not followed at all (see `crashplan::redirect`): nothing reaches the other origin.
    let err = client.users().get(69).await.expect_err("not followed");
    assert!(
        matches!(err, crashplan::Error::Redirect { looped: false, .. }),
        "{err:?}"
    );
    assert!(
        seen.lock().expect("lock").is_empty(),
        "nothing was sent there"
    );
}

#[tokio::test]
async fn user_agent_names_the_sdk_and_the_suffix() {
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let s = Arc::clone(&seen);
    let router = Router::new().route(
        "/rest/serverStats",
        get(move |headers: HeaderMap| {
            let s = Arc::clone(&s);
            async move {
                let ua = headers
                    .get(header::USER_AGENT)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                s.lock().expect("lock").push(ua.to_string());
                axum::Json(serde_json::json!({}))
            }
        }),
    );
    let client = Client::builder(common::serve(router).await)
        .user_agent_suffix("report/1.2")
        .build()
        .expect("builds");
    client.server_stats().get().await.expect("stats");
    let expected = format!("crashplan-rs/{} report/1.2", env!("CARGO_PKG_VERSION"));
    assert_eq!(client.config().user_agent, expected);
    assert_eq!(*seen.lock().expect("lock"), vec![expected]);
}

#[tokio::test]
async fn from_lookup_configures_a_working_client() {
    let emu = common::emulator().await;
    let vars = std::collections::HashMap::from([
        ("CRASHPLAN_URL", emu.base_url().to_string()),
        ("CRASHPLAN_USERNAME", "admin".to_string()),
        ("CRASHPLAN_PASSWORD", "admin".to_string()),
    ]);
    let client = crashplan::ClientBuilder::from_lookup(|k| vars.get(k).cloned())
        .expect("valid settings")
        .page_size(2)
        .build()
        .expect("builds");
    assert_eq!(
        client
            .users()
            .list()
            .org_id(43)
            .collect_all()
            .await
            .expect("list")
            .len(),
        3
    );

    // The proxy variables are honoured too: here the emulator doubles as the proxy.
    let vars = std::collections::HashMap::from([
        ("CRASHPLAN_URL", "http://crashplan.invalid:4280".to_string()),
        ("CRASHPLAN_TOKEN", "unused".to_string()),
        ("http_proxy", emu.base_url().to_string()),
    ]);
    let client = crashplan::ClientBuilder::from_lookup(|k| vars.get(k).cloned())
        .expect("valid settings")
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let e = client
        .users()
        .get(69)
        .await
        .expect_err("the emulator rejects the token");
    assert!(
        e.is_unauthorized(),
        "reached the emulator through the proxy: {e:?}"
    );
}

/// A minimal SOCKS5 proxy (no authentication, CONNECT only) that counts its connections.
async fn socks5_proxy(connections: Arc<Mutex<u32>>) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            *connections.lock().expect("lock") += 1;
            tokio::spawn(async move {
                let mut head = [0u8; 2];
                inbound.read_exact(&mut head).await?;
                let mut methods = vec![0u8; usize::from(head[1])];
                inbound.read_exact(&mut methods).await?;
                inbound.write_all(&[5, 0]).await?;
                let mut req = [0u8; 4];
                inbound.read_exact(&mut req).await?;
                let host = match req[3] {
                    1 => {
                        let mut ip = [0u8; 4];
                        inbound.read_exact(&mut ip).await?;
                        std::net::Ipv4Addr::from(ip).to_string()
                    }
                    3 => {
                        let mut len = [0u8; 1];
                        inbound.read_exact(&mut len).await?;
                        let mut name = vec![0u8; usize::from(len[0])];
                        inbound.read_exact(&mut name).await?;
                        String::from_utf8_lossy(&name).into_owned()
                    }
                    _ => return Ok::<(), std::io::Error>(()),
                };
                let mut port = [0u8; 2];
                inbound.read_exact(&mut port).await?;
                let mut outbound =
                    tokio::net::TcpStream::connect((host.as_str(), u16::from_be_bytes(port)))
                        .await?;
                inbound.write_all(&[5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).await?;
                tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await?;
                Ok(())
            });
        }
    });
    format!("socks5h://{addr}")
}

#[tokio::test]
async fn requests_go_through_a_socks5_proxy() {
    let emu = common::emulator().await;
    let connections = Arc::new(Mutex::new(0));
    let proxy = socks5_proxy(Arc::clone(&connections)).await;
    let client = common::admin_builder(&emu.base_url().replace("127.0.0.1", "localhost"))
        .proxy(proxy)
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    assert_eq!(client.users().get(69).await.expect("through SOCKS5").id, 69);
    assert!(*connections.lock().expect("lock") >= 1);
}
