//! Helpers shared by the integration tests: start an emulator, send requests.

#![allow(dead_code)]

use crashplan_emulator::{Emulator, EmulatorBuilder, RunningEmulator};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

/// A running emulator plus an HTTP client for it.
pub struct Harness {
    pub emulator: RunningEmulator,
    pub client: reqwest::Client,
}

impl Harness {
    /// Default emulator (doc data, default accounts).
    pub async fn start() -> Self {
        Self::with(Emulator::builder()).await
    }

    pub async fn with(builder: EmulatorBuilder) -> Self {
        let emulator = builder.spawn().await.expect("emulator starts");
        let client = reqwest::Client::builder().build().expect("client builds");
        Self { emulator, client }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.emulator.base_url(), path)
    }

    /// A request without credentials.
    pub fn anon(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, self.url(path))
    }

    /// A request as admin/admin (HTTP Basic).
    pub fn admin(&self, method: Method, path: &str) -> RequestBuilder {
        self.anon(method, path).basic_auth("admin", Some("admin"))
    }

    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.admin(Method::GET, path).send().await.expect("sent");
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.expect("JSON body")
    }

    pub async fn send_json(&self, method: Method, path: &str, body: Value) -> (StatusCode, Value) {
        let response = self
            .admin(method, path)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .body(body.to_string())
            .send()
            .await
            .expect("sent");
        split(response).await
    }
}

/// Status and JSON body (Null if the body is not JSON).
pub async fn split(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// Ids of a list response's items.
pub fn ids(body: &Value, key: &str) -> Vec<i64> {
    body[key]
        .as_array()
        .expect("an array of items")
        .iter()
        .map(|item| item["id"].as_i64().expect("an id"))
        .collect()
}
