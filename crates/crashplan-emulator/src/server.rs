//! The accept loop (plain or TLS) and [`RunningEmulator`].

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::http::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;

use crate::EmulatorError;
use crate::app::App;
use crate::auth::Auth;
use crate::builder::{EmulatorBuilder, TlsMode};
use crate::faults::{FaultEngine, Faults};
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
    store.synthetic.check().map_err(EmulatorError::Spec)?;
    if store.synthetic.orgs_len() > 0 {
        let mount_point = store.synthetic.mount_point().map_err(EmulatorError::Spec)?;
        store.mount_points.insert(mount_point.id, mount_point);
    }
    for i in 0..store.synthetic.orgs_len() {
        let org = store.synthetic.org(i);
        store.orgs.insert(org.id, org);
    }
    if !builder.doc_data {
        let seats =
            i64::try_from(scale.users.saturating_mul(scale.computers_per_user)).unwrap_or(i64::MAX);
        let orgs = i64::try_from(store.orgs.len()).unwrap_or(i64::MAX);
        store.server_stats =
            Some(crate::seed::plain_server_stats(orgs, seats, port).map_err(EmulatorError::Spec)?);
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
        auth: Auth::new(
            &builder.accounts,
            &builder.api_clients,
            builder.token_ttl,
            builder.api_client_token_ttl,
        ),
        faults: FaultEngine::new(builder.faults.clone()),
        log: RequestLog::default(),
        state_file: builder.state_file.clone(),
    });
    let base_url = match (&acceptor, local.ip().is_loopback()) {
        (Some(_), true) => format!("https://localhost:{}", local.port()),
        (Some(_), false) => format!("https://{local}"),
        (None, _) => format!("http://{local}"),
    };
    let router = crate::routes::router(app.clone(), builder.spec).map_err(EmulatorError::Spec)?;
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
                crate::intercept::handle(app.clone(), router.clone(), req)
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
