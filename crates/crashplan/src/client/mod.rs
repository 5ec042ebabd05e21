//! [`Client`]: the handle to a CrashPlan PRO server, and its resource handles.

mod builder;

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use crashplan_api::{ResponseValue, types};
use serde::de::DeserializeOwned;

pub use builder::{ClientBuilder, Config, DEFAULT_MAX_RESPONSE_BYTES};

use crate::auth::Session;
use crate::error::{Error, RequestInfo, Result};
use crate::transport::{CALL, CallContext, CallOptions, Transport};

struct Inner {
    api: crashplan_api::Client,
    http: reqwest::Client,
    transport: Arc<Transport>,
    session: Option<Arc<Session>>,
    config: Config,
}

/// A CrashPlan PRO client: cheap to clone (clones share the connection pool and the session
/// token), `Send + Sync`, async.
///
/// ```no_run
/// # async fn run() -> crashplan::Result<()> {
/// use crashplan::{Client, Status};
/// use futures::TryStreamExt;
///
/// let client = Client::builder("https://cp.example.com:4285")
///     .local_account("admin", "admin")
///     .build()?;
/// let mut users = client.users().list().org_id(43).status(Status::Active).items();
/// while let Some(user) = users.try_next().await? {
///     println!("{:?}", user.email);
/// }
/// let detail = client.users().get(69).await?;
/// client.users().deactivate(detail.id).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .field("session", &self.inner.session)
            .finish()
    }
}

impl Client {
    fn assemble(
        api: crashplan_api::Client,
        http: reqwest::Client,
        transport: Arc<Transport>,
        session: Option<Arc<Session>>,
        config: Config,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                api,
                http,
                transport,
                session,
                config,
            }),
        }
    }

    /// A builder for a client of the server at `url`, e.g. `https://cp.example.com:4285`.
    pub fn builder(url: impl AsRef<str>) -> ClientBuilder {
        ClientBuilder::new(url.as_ref())
    }

    /// A client configured from the environment:
    ///
    /// | variable | meaning |
    /// |---|---|
    /// | `CRASHPLAN_URL` | server address (required) |
    /// | `CRASHPLAN_USERNAME`, `CRASHPLAN_PASSWORD` | local account login |
    /// | `CRASHPLAN_TOTP` | fixed one-time password for the login |
    /// | `CRASHPLAN_TOKEN` | a `v3_user_token` instead of a login |
    /// | `CRASHPLAN_CA_CERT` | PEM file of an extra trusted CA |
    /// | `CRASHPLAN_INSECURE` | `true` to accept invalid certificates (dangerous) |
    /// | `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY` | proxies (upper or lower case) |
    ///
    /// Missing or contradictory settings (no URL, no credentials, both a token and a
    /// username, a password without a username, ...) are an [`Error::Config`] naming the
    /// variables.
    pub fn from_env() -> Result<Self> {
        ClientBuilder::from_env()?.build()
    }

    /// The client's settings.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The generated low-level client, authenticated and with the same retry policy: every
    /// operation of the spec with its raw builder and [`ResponseValue`].
    pub fn api(&self) -> &crashplan_api::Client {
        &self.inner.api
    }

    /// Logs in (or asks the token provider) now instead of at the first request, to report
    /// wrong credentials early. Does nothing for Basic and fixed-token authentication.
    pub async fn authenticate(&self) -> Result<()> {
        match &self.inner.session {
            Some(s) => s.header().await.map(|_| ()),
            None => Ok(()),
        }
    }

    /// How many tokens were fetched so far (logins or provider calls); 0 without a session.
    pub fn token_fetches(&self) -> u64 {
        self.inner.session.as_ref().map_or(0, |s| s.fetches())
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    pub(crate) fn transport(&self) -> &Transport {
        &self.inner.transport
    }

    /// Runs one generated operation: fetches the session token first (so that login errors
    /// keep their type), then maps the outcome to this crate's types.
    ///
    /// `op` makes the request; it is called again when a replayable request (idempotent, or a
    /// `POST` with `retry_post`) got a success status whose body is not JSON at all (cut off or
    /// garbled on the way), within the retry policy's attempts. A body that is JSON of the wrong
    /// shape is a decode error at once: asking again would not change it.
    pub(crate) async fn call<T, F, Fut>(
        &self,
        request: RequestInfo,
        options: CallOptions,
        op: F,
    ) -> Result<T>
    where
        T: DeserializeOwned,
        F: Fn() -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, crashplan_api::Error<()>>>,
    {
        self.authenticate().await?;
        let replayable = crate::retry::is_idempotent(&request.method) || options.retry_post;
        let mut attempt = 1;
        loop {
            let ctx = CallContext::new(options.clone());
            let outcome = CALL.scope(ctx.clone(), op()).await;
            let error = match outcome {
                Ok(rv) => return Ok(rv.into_inner()),
                Err(e) => match ctx.take_error() {
                    Some(stashed) => return Err(stashed),
                    None => e,
                },
            };
            let garbled = crate::error::is_garbled_body(&error);
            if !(garbled && replayable && attempt < self.inner.config.retry.attempts()) {
                return Err(Error::from_api::<T>(request, error).await);
            }
            tracing::warn!(
                method = %request.method,
                path = %request.path,
                attempt,
                "the answer's body is not valid JSON; asking again"
            );
            attempt += 1;
        }
    }

    /// [`call`](Self::call) with default options.
    pub(crate) async fn get<T, F, Fut>(&self, request: RequestInfo, op: F) -> Result<T>
    where
        T: DeserializeOwned,
        F: Fn() -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, crashplan_api::Error<()>>>,
    {
        self.call(request, CallOptions::default(), op).await
    }

    /// Orgs.
    pub fn orgs(&self) -> crate::resources::Orgs {
        crate::resources::Orgs::new(self.clone())
    }

    /// Users.
    pub fn users(&self) -> crate::resources::Users {
        crate::resources::Users::new(self.clone())
    }

    /// Computers.
    pub fn computers(&self) -> crate::resources::Computers {
        crate::resources::Computers::new(self.clone())
    }

    /// Backup usages (source computer to backup target).
    pub fn usages(&self) -> crate::resources::Usages {
        crate::resources::Usages::new(self.clone())
    }

    /// Computer usage records.
    pub fn computer_usage(&self) -> crate::resources::ComputerUsages {
        crate::resources::ComputerUsages::new(self.clone())
    }

    /// Mount points (administrators only).
    pub fn mount_points(&self) -> crate::resources::MountPoints {
        crate::resources::MountPoints::new(self.clone())
    }

    /// Server statistics (administrators only).
    pub fn server_stats(&self) -> crate::resources::ServerStatsHandle {
        crate::resources::ServerStatsHandle::new(self.clone())
    }

    /// Daily archive records.
    pub fn archive_records(&self) -> crate::resources::ArchiveRecords {
        crate::resources::ArchiveRecords::new(self.clone())
    }

    /// A bulk operation over `items` with this client's concurrency, see [`crate::bulk`].
    pub fn bulk<I>(&self, items: impl IntoIterator<Item = I>) -> crate::bulk::Bulk<I> {
        crate::bulk::Bulk::new(items).concurrency(self.config().concurrency)
    }
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync + Clone + 'static>() {}
    is::<Client>();
    let _: Option<types::User> = None;
}
