//! Raw JSON requests for endpoints the spec does not describe, answered like pycpg's
//! `PycpgResponse`: status, headers, raw text and the parsed JSON value.
//!
//! ```no_run
//! # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
//! use reqwest::Method;
//!
//! let resp = client
//!     .request_json(Method::GET, "/rest/users")
//!     .query(&[("orgId", "43")])
//!     .send()
//!     .await?;
//! println!("{} {}", resp.status, resp["users"][0]["email"]);
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::ops::Index;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde_json::Value;

use crate::Client;
use crate::error::{Error, RequestInfo, Result};
use crate::pipeline::{Budget, CallOptions, Expect, Purpose};

/// A JSON request to any path of the server, with the client's authentication, retries and
/// error mapping; from [`Client::request_json`]. `Debug` shows neither query values nor the body,
/// which may carry secrets.
#[must_use = "a request does nothing until sent"]
pub struct RawRequest {
    client: Client,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Result<Value>>,
    options: CallOptions,
}

impl fmt::Debug for RawRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field(
                "query_keys",
                &self.query.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .field("has_body", &self.body.is_some())
            .finish_non_exhaustive()
    }
}

impl RawRequest {
    pub(crate) fn new(client: Client, method: Method, path: &str) -> Self {
        let path = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        Self {
            client,
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            options: CallOptions::default(),
        }
    }

    /// Adds query parameters (pairs, a map or a struct that serialises to a flat map).
    pub fn query<Q: Serialize + ?Sized>(mut self, query: &Q) -> Self {
        let pairs = serde_json::to_value(query).ok().and_then(|v| match v {
            Value::Object(map) => Some(map.into_iter().collect::<Vec<_>>()),
            Value::Array(items) => Some(
                items
                    .into_iter()
                    .filter_map(|p| match p {
                        Value::Array(mut kv) if kv.len() == 2 => {
                            let v = kv.pop()?;
                            let k = kv.pop()?;
                            Some((k.as_str()?.to_string(), v))
                        }
                        _ => None,
                    })
                    .collect(),
            ),
            _ => None,
        });
        for (k, v) in pairs.unwrap_or_default() {
            let v = match v {
                Value::String(s) => s,
                other => other.to_string(),
            };
            self.query.push((k, v));
        }
        self
    }

    /// Sets a header (after the defaults `Accept: application/json` and, with a body,
    /// `Content-Type: application/json`, which it may replace). `Authorization` is replaced by the
    /// client's credentials, if it has any.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sends `body` as JSON.
    pub fn body<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.body = Some(
            serde_json::to_value(body).map_err(|e| Error::InvalidRequest {
                request: RequestInfo::new(self.method.clone(), self.path.clone()),
                message: format!("the body does not serialise to JSON: {e}"),
            }),
        );
        self
    }

    /// Replay a `POST` on the same failures as idempotent requests (off by default).
    pub fn retry_post(mut self, retry: bool) -> Self {
        self.options.retry_post = retry;
        self
    }

    /// Sends the request. A non-success status is an [`Error`] of the matching kind.
    pub async fn send(self) -> Result<RawResponse> {
        let Self {
            client,
            method,
            path,
            query,
            headers,
            body,
            options,
        } = self;
        let info = RequestInfo::new(method.clone(), path.clone());
        let mut builder = json_request(&client, method, &path);
        if !query.is_empty() {
            builder = builder.query(&query);
        }
        if let Some(body) = body {
            builder = builder.json(&body?);
        }
        let mut request = builder
            .build()
            .map_err(|e| Error::from_reqwest(info.clone(), e))?;
        for (name, value) in headers {
            let invalid = |message: String| Error::InvalidRequest {
                request: info.clone(),
                message,
            };
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| invalid(format!("invalid header name {name:?}: {e}")))?;
            let value = reqwest::header::HeaderValue::from_str(&value)
                .map_err(|e| invalid(format!("invalid value of header {name}: {e}")))?;
            request.headers_mut().insert(name, value);
        }
        let resp = send_ok(&client, info, request, options, Expect::Anything).await?;
        let status = resp.status();
        let (parts, bytes) = resp.into_parts();
        let headers = parts.headers;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let json = serde_json::from_slice(&bytes).ok();
        Ok(RawResponse {
            status,
            headers,
            text,
            json,
        })
    }
}

/// A request for `path` of `client`'s server that asks for JSON.
pub(crate) fn json_request(client: &Client, method: Method, path: &str) -> reqwest::RequestBuilder {
    let url = format!("{}{}", client.config().base_url, path);
    client
        .pipeline()
        .http
        .request(method, url)
        .header(reqwest::header::ACCEPT, "application/json")
}

/// Sends `request` through the pipeline within one retry budget; a non-success status is an
/// [`Error`] of the matching kind. `expect`: what a success answer's body must be (one that is
/// not is asked for again when the request is replayable).
pub(crate) async fn send_ok(
    client: &Client,
    info: RequestInfo,
    request: reqwest::Request,
    options: CallOptions,
    expect: Expect<'_>,
) -> Result<http::Response<bytes::Bytes>> {
    let budget = Budget::new(&client.config().retry);
    let resp = client
        .pipeline()
        .send(request, options, expect, &budget, Purpose::Request)
        .await?;
    let status = resp.status();
    if !status.is_success() {
        return Err(Error::from_status(
            info,
            status,
            resp.headers(),
            resp.body(),
        ));
    }
    Ok(resp)
}

/// The answer of a [`RawRequest`]. Index it like the JSON value: `resp["users"][0]["id"]`
/// (missing keys give `Value::Null`). `Debug` shows the status and the body's size, not its
/// content (a login answer carries a token).
#[derive(Clone)]
#[non_exhaustive]
pub struct RawResponse {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body as text (invalid UTF-8 replaced).
    pub text: String,
    /// The body as JSON, if it is JSON.
    pub json: Option<Value>,
}

impl RawResponse {
    /// The value of `key` of a JSON object body.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.json.as_ref()?.get(key)
    }

    /// Decodes the body into `T`, naming the JSON path of a failure.
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_str(&self.text).map_err(|_| {
            Error::decode::<T>(
                RequestInfo::get("(raw response)"),
                self.status,
                self.text.as_bytes(),
            )
        })
    }
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("body_bytes", &self.text.len())
            .field("is_json", &self.json.is_some())
            .finish_non_exhaustive()
    }
}

static NULL: Value = Value::Null;

impl Index<&str> for RawResponse {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl Index<usize> for RawResponse {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        self.json.as_ref().and_then(|v| v.get(i)).unwrap_or(&NULL)
    }
}

impl Client {
    /// A JSON request to `path` (e.g. `/rest/users`) with this client's authentication,
    /// retries and error mapping, for endpoints the typed API does not cover.
    pub fn request_json(&self, method: Method, path: &str) -> RawRequest {
        RawRequest::new(self.clone(), method, path)
    }
}
