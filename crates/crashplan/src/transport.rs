//! The per-request hooks of the generated client: adds `Authorization`, retries idempotent
//! requests, refreshes an expired token and replays the request (at most 3 times), and records a
//! `tracing` span per attempt.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use http_body_util::BodyExt as _;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use reqwest::{Request, Response, StatusCode};
use tracing::Instrument as _;

use crate::auth::Session;
use crate::error::{Error, is_retryable_status};
use crate::retry::{RetryPolicy, is_idempotent, next_delay, retry_after};
use crashplan_api::hooks::{OperationInfo, RequestHooks};

/// Most token refreshes for one request.
const MAX_REFRESHES: u32 = 3;

/// Where the `Authorization` header comes from.
#[derive(Debug)]
pub(crate) enum Authorizer {
    /// No header.
    None,
    /// The same header for every request (Basic, static token).
    Static(HeaderValue),
    /// A session token, refreshed on 401.
    Session(Arc<Session>),
}

/// Options of one call, visible to the hooks through a task-local.
#[derive(Debug, Default, Clone)]
pub(crate) struct CallOptions {
    /// Replay a `POST` like an idempotent request.
    pub(crate) retry_post: bool,
}

/// Per-call context: options in, a typed error out (errors the hooks cannot return as a
/// `reqwest::Error`, e.g. a failed re-login).
#[derive(Debug, Default, Clone)]
pub(crate) struct CallContext {
    pub(crate) options: CallOptions,
    pub(crate) error: Arc<Mutex<Option<Error>>>,
}

impl CallContext {
    pub(crate) fn new(options: CallOptions) -> Self {
        Self {
            options,
            error: Arc::default(),
        }
    }

    /// The error stashed by the hooks, if any.
    pub(crate) fn take_error(&self) -> Option<Error> {
        self.error.lock().ok().and_then(|mut e| e.take())
    }
}

tokio::task_local! {
    pub(crate) static CALL: CallContext;
}

/// Forgets an error stashed by an earlier attempt of the same call.
fn clear_stash() {
    let _ = CALL.try_with(|c| c.take_error());
}

fn stash(err: Error) {
    let _ = CALL.try_with(|c| {
        if let Ok(mut slot) = c.error.lock() {
            *slot = Some(err);
        }
    });
}

/// The hooks installed in the generated client.
#[derive(Debug)]
pub(crate) struct Transport {
    pub(crate) auth: Authorizer,
    pub(crate) retry: RetryPolicy,
    /// Answers with a longer body fail with [`Error::ResponseTooLarge`].
    pub(crate) max_response_bytes: Option<u64>,
}

impl Transport {
    async fn authorization(&self) -> Result<Option<HeaderValue>, Error> {
        match &self.auth {
            Authorizer::None => Ok(None),
            Authorizer::Static(h) => Ok(Some(h.clone())),
            Authorizer::Session(s) => s.header().await.map(Some),
        }
    }

    /// Sends `request`, retrying and refreshing as the policy allows. Every answer it returns
    /// has its body fully read, so that a connection that breaks mid-body is retried too.
    pub(crate) async fn send(
        &self,
        client: &reqwest::Client,
        request: Request,
    ) -> reqwest::Result<Response> {
        let method = request.method().clone();
        let path = request.url().path().to_string();
        let retry_post = CALL.try_with(|c| c.options.retry_post).unwrap_or(false);
        let replayable = is_idempotent(&method) || retry_post;
        let started = Instant::now();
        let mut backoff = self.retry.backoff();
        // Token refreshes of this request: a request that waits out long retry delays may see
        // more than one token expire, but never loops on a server that rejects every token.
        let mut refreshes: u32 = 0;
        let mut request = request;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            clear_stash();
            // Keep a copy for a replay; bodies of this client are in memory, so this only fails
            // for streaming bodies, which are then sent once.
            let spare = request.try_clone();
            let span = tracing::info_span!(
                "crashplan.request",
                method = %method,
                path = %path,
                attempt,
                status = tracing::field::Empty,
                latency_ms = tracing::field::Empty,
            );
            let sent = Instant::now();
            let outcome = self
                .read_fully(client.execute(request), &method, &path)
                .instrument(span.clone())
                .await;
            let latency_ms = u64::try_from(sent.elapsed().as_millis()).unwrap_or(u64::MAX);
            span.record("latency_ms", latency_ms);
            let server_delay = match &outcome {
                Ok(resp) => {
                    span.record("status", resp.status().as_u16());
                    tracing::debug!(parent: &span, "answered");
                    retry_after(resp.headers())
                }
                Err(e) => {
                    tracing::debug!(parent: &span, error = %e, "failed");
                    None
                }
            };
            let Some(mut next) = spare else {
                return outcome;
            };
            // 401 with a session token: refresh, replay (not counted as a retry).
            if let Ok(resp) = &outcome
                && resp.status() == StatusCode::UNAUTHORIZED
                && refreshes < MAX_REFRESHES
                && let Authorizer::Session(session) = &self.auth
                && let Some(rejected) = next.headers().get(AUTHORIZATION).cloned()
            {
                refreshes += 1;
                match session.refresh(&rejected).await {
                    Ok(h) => {
                        tracing::debug!(parent: &span, "token rejected; refreshed, replaying once");
                        next.headers_mut().insert(AUTHORIZATION, h);
                        request = next;
                        attempt -= 1;
                        continue;
                    }
                    Err(e) => {
                        stash(e);
                        return outcome;
                    }
                }
            }
            let retryable = match &outcome {
                Ok(resp) => is_retryable_status(resp.status()),
                Err(e) => !e.is_builder() && !e.is_redirect() && !e.is_status(),
            };
            if !retryable || !replayable {
                return outcome;
            }
            let Some(delay) = next_delay(
                backoff.next(),
                server_delay,
                started.elapsed(),
                self.retry.elapsed_budget(),
            ) else {
                return outcome;
            };
            let reason = match &outcome {
                Ok(resp) => resp.status().to_string(),
                Err(e) => e.to_string(),
            };
            tracing::warn!(
                parent: &span,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                %reason,
                "retrying"
            );
            drop(outcome);
            sleep(delay).await;
            // The token may have been refreshed (by another request) during the wait.
            if let Authorizer::Session(session) = &self.auth
                && next.headers().contains_key(AUTHORIZATION)
                && let Ok(current) = session.header().await
            {
                next.headers_mut().insert(AUTHORIZATION, current);
            }
            request = next;
        }
    }
}

async fn sleep(d: Duration) {
    if !d.is_zero() {
        tokio::time::sleep(d).await;
    }
}

impl Transport {
    /// Awaits the answer and reads its whole body, so that body errors surface here. A body
    /// over the size limit is dropped: the answer comes back empty and the typed error is
    /// stashed for the caller.
    async fn read_fully(
        &self,
        fut: impl std::future::Future<Output = reqwest::Result<Response>>,
        method: &reqwest::Method,
        path: &str,
    ) -> reqwest::Result<Response> {
        let resp: http::Response<reqwest::Body> = fut.await?.into();
        let (parts, body) = resp.into_parts();
        let bytes = match self.max_response_bytes {
            None => body.collect().await?.to_bytes(),
            Some(limit) => {
                let announced = parts
                    .headers
                    .get(reqwest::header::CONTENT_LENGTH)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok());
                let limited = http_body_util::Limited::new(
                    body,
                    usize::try_from(limit).unwrap_or(usize::MAX),
                );
                match announced.filter(|n| *n > limit) {
                    Some(_) => Err(None),
                    None => limited.collect().await.map(|c| c.to_bytes()).map_err(Some),
                }
                .or_else(|e| match e.map(|e| e.downcast::<reqwest::Error>()) {
                    Some(Ok(transport)) => Err(*transport),
                    // Too long (announced, or counted while reading).
                    _ => {
                        stash(Error::ResponseTooLarge {
                            request: crate::RequestInfo::new(method.clone(), path),
                            limit,
                        });
                        Ok(bytes::Bytes::new())
                    }
                })?
            }
        };
        Ok(Response::from(http::Response::from_parts(parts, bytes)))
    }
}

impl RequestHooks for Transport {
    fn prepare<'a>(
        &'a self,
        request: &'a mut Request,
        _operation: &'a OperationInfo,
    ) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            match self.authorization().await {
                Ok(Some(h)) => {
                    request.headers_mut().insert(AUTHORIZATION, h);
                    Ok(())
                }
                Ok(None) => Ok(()),
                Err(e) => {
                    let message = e.to_string();
                    stash(e);
                    Err(message)
                }
            }
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: Request,
        _operation: &'a OperationInfo,
    ) -> BoxFuture<'a, reqwest::Result<Response>> {
        Box::pin(self.send(client, request))
    }
}
