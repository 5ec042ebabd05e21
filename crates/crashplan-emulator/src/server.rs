//! The accept loop (plain or TLS), the per-request fault and log wrapper, and
//! [`RunningEmulator`].

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use bytes::Bytes;
use hyper::body::{Frame, Incoming};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use crate::EmulatorError;
use crate::app::App;
use crate::auth::Auth;
use crate::builder::{EmulatorBuilder, TlsMode};
use crate::error::Failure;
use crate::faults::{After, Before, FaultEngine, FaultKind, Faults};
use crate::log::{LoggedRequest, RequestLog};
use crate::state::Store;

/// A running emulator. Dropping it stops the server (without waiting); [`shutdown`] stops
/// it gracefully.
///
/// [`shutdown`]: RunningEmulator::shutdown
#[derive(Debug)]
pub struct RunningEmulator {
    base_url: String,
    addr: SocketAddr,
    ca_pem: Option<String>,
    app: Arc<App>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl RunningEmulator {
    /// The base URL, e.g. `http://127.0.0.1:41234` or `https://localhost:41234`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The socket address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The generated CA certificate (PEM) when started with
    /// [`tls_self_signed`](EmulatorBuilder::tls_self_signed).
    pub fn ca_cert_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// Replaces the fault injection configuration (and reseeds its RNG).
    pub fn set_faults(&self, faults: Faults) {
        self.app.faults.set(faults);
    }

    /// How many requests with this method and path (without query) were received since
    /// start or the last [`reset_request_log`](Self::reset_request_log), faults included.
    pub fn request_count(&self, method: &str, path: &str) -> usize {
        self.app.log.count(method, path)
    }

    /// The logged requests, oldest first (at most [`LOG_CAPACITY`](crate::LOG_CAPACITY)).
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.app.log.entries()
    }

    /// Clears the request log and counters.
    pub fn reset_request_log(&self) {
        self.app.log.reset();
    }

    /// Stops accepting connections, lets open requests finish (at most 5 seconds) and waits
    /// for the server task.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Builds the data set from the options (or the state file).
fn build_store(builder: &EmulatorBuilder, port: u16) -> Result<Store, EmulatorError> {
    if let Some(path) = &builder.state_file
        && path.exists()
    {
        return Store::load(path).map_err(|e| EmulatorError::State(e.to_string()));
    }
    let mut store = Store::default();
    if builder.doc_data {
        crate::seed::doc_data(&mut store);
    }
    let scale = builder.scale;
    store.synthetic = crate::synthetic::Synthetic {
        users: scale.users,
        orgs: scale.orgs,
        computers_per_user: scale.computers_per_user,
        archive_records_per_user: scale.archive_records_per_user,
    };
    for i in 0..store.synthetic.orgs_len() {
        let org = store.synthetic.org(i);
        store.orgs.insert(org.id, org);
    }
    if !builder.doc_data {
        let seats =
            i64::try_from(scale.users.saturating_mul(scale.computers_per_user)).unwrap_or(i64::MAX);
        let orgs = i64::try_from(store.orgs.len()).unwrap_or(i64::MAX);
        store.server_stats = crate::seed::plain_server_stats(orgs, seats, port);
    }
    store.reindex();
    if let Some(path) = &builder.state_file {
        store
            .save(path)
            .map_err(|e| EmulatorError::State(e.to_string()))?;
    }
    Ok(store)
}

pub(crate) async fn spawn(
    builder: EmulatorBuilder,
    addr: SocketAddr,
) -> Result<RunningEmulator, EmulatorError> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| EmulatorError::Bind { addr, source })?;
    let local = listener.local_addr()?;
    let (acceptor, ca_pem) = match &builder.tls {
        TlsMode::Plain => (None, None),
        TlsMode::SelfSigned => {
            let generated = crate::tls::self_signed()?;
            let config = crate::tls::server_config(&generated.cert_pem, &generated.key_pem)?;
            (Some(TlsAcceptor::from(config)), Some(generated.ca_pem))
        }
        TlsMode::Pem { cert, key } => {
            let config = crate::tls::server_config(cert, key)?;
            (Some(TlsAcceptor::from(config)), None)
        }
    };
    let store = build_store(&builder, local.port())?;
    let app = Arc::new(App {
        store: RwLock::new(store),
        auth: Auth::new(&builder.accounts, builder.token_ttl),
        faults: FaultEngine::new(builder.faults.clone()),
        log: RequestLog::default(),
        state_file: builder.state_file.clone(),
    });
    let base_url = match (&acceptor, local.ip().is_loopback()) {
        (Some(_), true) => format!("https://localhost:{}", local.port()),
        (Some(_), false) => format!("https://{local}"),
        (None, _) => format!("http://{local}"),
    };
    let router = crate::routes::router(app.clone());
    let (stop, stop_rx) = watch::channel(false);
    let task = tokio::spawn(accept_loop(
        listener,
        acceptor,
        app.clone(),
        router,
        stop_rx,
    ));
    Ok(RunningEmulator {
        base_url,
        addr: local,
        ca_pem,
        app,
        stop,
        task: Some(task),
    })
}

async fn accept_loop(
    listener: TcpListener,
    acceptor: Option<TlsAcceptor>,
    app: Arc<App>,
    router: Router,
    mut stop: watch::Receiver<bool>,
) {
    let graceful = GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => break,
        };
        let (stream, _) = match accepted {
            Ok(conn) => conn,
            Err(e) => {
                tracing::warn!(error = %e, "accept failed");
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let router = router.clone();
        let acceptor = acceptor.clone();
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                handle(app.clone(), router.clone(), req)
            });
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            match acceptor {
                Some(acceptor) => {
                    let Ok(tls) = acceptor.accept(stream).await else {
                        return;
                    };
                    let conn = builder.serve_connection(TokioIo::new(tls), service);
                    let _ = watcher.watch(conn.into_owned()).await;
                }
                None => {
                    let conn = builder.serve_connection(TokioIo::new(stream), service);
                    let _ = watcher.watch(conn.into_owned()).await;
                }
            }
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), graceful.shutdown()).await;
}

/// Whether faults apply to this path.
fn faultable(path: &str) -> bool {
    path == "/rest" || path.starts_with("/rest/") || path == "/api/v3/auth/jwt"
}

/// Error returned to hyper to close a connection without (the rest of) a response.
fn dropped() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::ConnectionAborted,
        "connection dropped by fault injection",
    )
}

/// Runs one request through fault injection, the router and the log.
async fn handle(
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
