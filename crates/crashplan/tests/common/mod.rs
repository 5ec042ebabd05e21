//! Helpers shared by the integration tests: emulators and tiny custom servers on 127.0.0.1.

#![allow(dead_code)]

use std::time::Duration;

use crashplan::{Client, ClientBuilder, RetryPolicy};
use crashplan_emulator::{Emulator, EmulatorBuilder, RunningEmulator};

/// An emulator with the doc's data and the default accounts.
pub async fn emulator() -> RunningEmulator {
    start(Emulator::builder()).await
}

/// Starts a configured emulator.
pub async fn start(builder: EmulatorBuilder) -> RunningEmulator {
    builder.spawn().await.expect("the emulator starts")
}

/// An emulator with the doc's data and these faults.
pub async fn faulty(faults: crashplan_emulator::Faults) -> RunningEmulator {
    start(Emulator::builder().faults(faults)).await
}

/// A client of `emu` with HTTP Basic admin/admin.
pub fn basic(emu: &RunningEmulator) -> Client {
    Client::builder(emu.base_url())
        .basic("admin", "admin")
        .build()
        .expect("client builds")
}

/// A `v3_user_token` of `user`, fetched with the raw request API (Basic credentials).
pub async fn fetch_token(emu: &RunningEmulator, user: &str, password: &str) -> String {
    let resp = Client::builder(emu.base_url())
        .basic(user, password.to_string())
        .build()
        .expect("client builds")
        .request_json(reqwest::Method::GET, "/api/v3/auth/jwt")
        .query(&[("useBody", "true")])
        .send()
        .await
        .expect("token login");
    resp["data"]["v3_user_token"]
        .as_str()
        .expect("a token")
        .to_string()
}

/// Retries without waiting, so that fault tests stay fast.
pub fn quick_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(attempts)
        .min_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(5))
}

/// A builder for `url` logged in as admin/admin.
pub fn admin_builder(url: &str) -> ClientBuilder {
    Client::builder(url).local_account("admin", "admin")
}

/// A client of `emu` logged in as admin/admin.
pub fn admin(emu: &RunningEmulator) -> Client {
    admin_builder(emu.base_url())
        .build()
        .expect("client builds")
}

/// Serves `router` on 127.0.0.1:<random>; returns its base URL.
pub async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    format!("http://{addr}")
}

/// A list envelope as the server sends it.
pub fn envelope(key: &str, items: Vec<serde_json::Value>, count: i64) -> serde_json::Value {
    serde_json::json!({
        "metadata": {"count": count, "params": {}, "timestamp": "2024-01-01T00:00:00.000-05:00"},
        key: items,
    })
}

/// A user in list view.
pub fn user_json(id: i64) -> serde_json::Value {
    serde_json::json!({
        "id": id, "status": "Active", "orgId": 43, "email": format!("u{id}@example.com"),
        "creationDate": "2024-01-01T00:00:00.000-05:00",
        "modificationDate": "2024-01-01T00:00:00.000-05:00",
    })
}

/// A `tracing` writer that keeps everything written to it, for asserting on logs.
#[derive(Clone, Default)]
pub struct LogCapture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl LogCapture {
    /// A subscriber writing every event (all levels, no colours) to this capture.
    pub fn subscriber(&self) -> impl tracing::Subscriber + Send + Sync + use<> {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(self.clone())
            .with_ansi(false)
            .finish()
    }

    /// Everything logged so far.
    pub fn text(&self) -> String {
        let bytes = self.0.lock().map(|v| v.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl std::io::Write for LogCapture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut v) = self.0.lock() {
            v.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogCapture {
    type Writer = LogCapture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// A complete `UserCreate` body for org 43 with this username.
pub fn new_user(username: &str) -> crashplan::types::UserCreate {
    crashplan::types::UserCreate::builder()
        .org_id(43)
        .username(username.to_owned())
        .first_name("A".to_owned())
        .last_name("B".to_owned())
        .password(crashplan::api::Secret::from("pw"))
        .try_into()
        .expect("a complete body")
}
