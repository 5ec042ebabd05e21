//! The per-request wrapper around the router: fault injection (before and after the
//! handler), the request log and the one-line `tracing` record of each request.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use bytes::Bytes;
use hyper::body::{Frame, Incoming};
use tower::ServiceExt;

use crate::app::App;
use crate::error::Failure;
use crate::faults::{After, Before, FaultKind};
use crate::log::LoggedRequest;

/// Whether faults apply to this path: the 2010 API, the logins and today's API (`/api/v1`,
/// `/api/v3`, `/api/v38`, ...), so that latency and failures reach both generations.
fn faultable(path: &str) -> bool {
    path == "/rest" || path.starts_with("/rest/") || path.starts_with("/api/")
}

/// Error returned to hyper to close a connection without (the rest of) a response.
fn dropped() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::ConnectionAborted,
        "connection dropped by fault injection",
    )
}

/// Runs one request through fault injection, the router and the log.
pub(crate) async fn handle(
    app: Arc<App>,
    router: Router,
    req: Request<Incoming>,
) -> Result<Response<Body>, std::io::Error> {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().map(str::to_owned);
    let mut account = app.auth.identify(req.headers());
    let plan = if faultable(&path) {
        app.faults.plan(account.as_deref())
    } else {
        app.faults.plan_none()
    };
    if let Some(delay) = plan.delay {
        tokio::time::sleep(delay).await;
    }
    let mut fault = None;
    let response = match plan.before {
        Before::Reject(kind) => {
            fault = Some(kind);
            let retry = app.faults.retry_after_secs();
            let (status, message, retry) = match kind {
                FaultKind::ServiceUnavailable => (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the server is temporarily unavailable",
                    retry,
                ),
                FaultKind::RateLimited => (
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate limit exceeded for this account",
                    1,
                ),
                _ => (StatusCode::TOO_MANY_REQUESTS, "too many requests", retry),
            };
            Failure::retry(status, message, retry).into_response()
        }
        Before::Proceed => match router.oneshot(req.map(Body::new)).await {
            Ok(response) => response,
            Err(infallible) => match infallible {},
        },
    };
    let status = response.status().as_u16();
    let mut finish = |fault: Option<FaultKind>| {
        let latency = start.elapsed();
        tracing::info!(
            target: "crashplan_emulator::request",
            method = %method,
            path = %path,
            status,
            latency_ms = latency.as_secs_f64() * 1000.0,
            fault = ?fault,
            "request"
        );
        app.log.record(LoggedRequest {
            method: method.clone(),
            path: path.clone(),
            query: query.clone(),
            status,
            account: account.take(),
            fault,
        });
    };
    let After::Spoil(kind) = plan.after else {
        finish(fault);
        return Ok(response);
    };
    if fault.is_some() {
        // A rejected request keeps its small error body intact.
        finish(fault);
        return Ok(response);
    }
    finish(Some(kind));
    if kind == FaultKind::DropBeforeResponse {
        return Err(dropped());
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let half = bytes.len() / 2;
    let body = match kind {
        FaultKind::DropMidBody => {
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
            Body::new(BrokenBody::new(bytes.slice(..half)))
        }
        FaultKind::TruncatedBody => {
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(half));
            Body::from(bytes.slice(..half))
        }
        _ => {
            let spoiled = malformed(&bytes);
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(spoiled.len()));
            Body::from(spoiled)
        }
    };
    Ok(Response::from_parts(parts, body))
}

/// The body with its first `:` replaced by `=` (invalid JSON for every parser), or `{` for an
/// empty body.
fn malformed(bytes: &Bytes) -> Vec<u8> {
    let mut out = bytes.to_vec();
    match out.iter().position(|b| *b == b':') {
        Some(at) => out[at] = b'=',
        None => out = b"{\"message\"=".to_vec(),
    }
    out
}

/// A body that yields its first part, pauses briefly (so that hyper flushes the headers and
/// that part to the client), then fails (hyper then aborts the connection).
#[derive(Debug)]
struct BrokenBody {
    first: Option<Bytes>,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl BrokenBody {
    fn new(first: Bytes) -> Self {
        Self {
            first: Some(first),
            pause: None,
        }
    }
}

impl hyper::body::Body for BrokenBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if let Some(bytes) = self.first.take() {
            self.pause = Some(Box::pin(tokio::time::sleep(
                std::time::Duration::from_millis(20),
            )));
            return Poll::Ready(Some(Ok(Frame::data(bytes))));
        }
        match self.pause.as_mut() {
            Some(pause) => match pause.as_mut().poll(cx) {
                Poll::Pending => Poll::Pending,
                Poll::Ready(()) => Poll::Ready(Some(Err(dropped()))),
            },
            None => Poll::Ready(Some(Err(dropped()))),
        }
    }
}
