//! [`Client`]: the handle to a CrashPlan PRO server, and its resource handles.

mod builder;

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use crashplan_api::{ResponseValue, types};
use serde::de::DeserializeOwned;

pub use builder::{ClientBuilder, Config, DEFAULT_MAX_RESPONSE_BYTES, Warning, redact_url};

use crate::auth::Session;
use crate::error::{Error, RequestInfo, Result};
use crate::pipeline::{Auth, Budget, CallOptions, Pipeline};

struct Inner {
    api: crashplan_api::Client,
    /// The same operations, replaying `POST` (for `.retry_post(true)`).
    api_replaying_post: crashplan_api::Client,
    pipeline: Arc<Pipeline>,
    session: Option<Arc<Session>>,
    /// The pipeline of the logins, whose Basic header `set_password` replaces.
    login: Option<Arc<Pipeline>>,
    username: Option<String>,
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
    options: CallOptions,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .field("session", &self.inner.session)
            .finish()
    }
}

/// The parts [`ClientBuilder::build`] assembles.
pub(crate) struct Parts {
    pub(crate) api: crashplan_api::Client,
    pub(crate) api_replaying_post: crashplan_api::Client,
    pub(crate) pipeline: Arc<Pipeline>,
    pub(crate) session: Option<Arc<Session>>,
    pub(crate) login: Option<Arc<Pipeline>>,
    pub(crate) username: Option<String>,
    pub(crate) config: Config,
}

impl Client {
    fn assemble(p: Parts) -> Self {
        Self {
            inner: Arc::new(Inner {
                api: p.api,
                api_replaying_post: p.api_replaying_post,
                pipeline: p.pipeline,
                session: p.session,
                login: p.login,
                username: p.username,
                config: p.config,
            }),
            options: CallOptions::default(),
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
    /// | `CRASHPLAN_AUTH` | `token` (default: log in once for a token) or `basic` (send the password with every request) |
    /// | `CRASHPLAN_API_CLIENT_ID`, `CRASHPLAN_API_CLIENT_SECRET` | API client login ([`ClientBuilder::api_client`]) |
    /// | `CRASHPLAN_TOKEN` | a token instead of a login |
    /// | `CRASHPLAN_TOKEN_SCHEME` | `bearer` or `v3_user_token` ([`ClientBuilder::token_scheme`]) |
    /// | `CRASHPLAN_CA_CERT` | PEM file of an extra trusted CA |
    /// | `CRASHPLAN_INSECURE` | `true`/`1`/`yes`/`on` to accept invalid certificates (dangerous); `false`/`0`/`no`/`off` |
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

    /// The generated low-level client: every operation of the spec with its raw builder and
    /// [`ResponseValue`], sent through the same [`pipeline`](crate::pipeline) (credentials,
    /// retries, token refresh) as the typed API.
    pub fn api(&self) -> &crashplan_api::Client {
        if self.options.retry_post {
            &self.inner.api_replaying_post
        } else {
            &self.inner.api
        }
    }

    /// A clone whose calls use `options` (e.g. replay a `POST`).
    pub(crate) fn with_options(&self, options: CallOptions) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
            options,
        }
    }

    /// Logs in (or asks the token provider) now instead of at the first request, to report
    /// wrong credentials early. Does nothing for Basic and fixed-token authentication.
    pub async fn authenticate(&self) -> Result<()> {
        match &self.inner.session {
            Some(s) => s
                .header(&Budget::new(&self.inner.config.retry))
                .await
                .map(|_| ()),
            None => Ok(()),
        }
    }

    /// New password for the account of [`ClientBuilder::local_account`] or
    /// [`ClientBuilder::basic`], or new secret of the [`ClientBuilder::api_client`], e.g. after
    /// the server refused the old one. After a refused
    /// login (or a 401 to a Basic request) the client sends no further login or Basic
    /// request (every call fails at once with an authentication error) until this is called.
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// if let Err(e) = client.authenticate().await {
    ///     if e.is_unauthorized() {
    ///         client.set_password("the new password").await?;
    ///     }
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn set_password(&self, password: impl Into<secrecy::SecretString>) -> Result<()> {
        let (Some(username), Some(pipeline)) = (
            self.inner.username.as_deref(),
            self.inner.login.as_ref().or(Some(&self.inner.pipeline)),
        ) else {
            return Err(Error::Config(
                "set_password needs a client built with .local_account(), .api_client() or .basic()".into(),
            ));
        };
        let header = crate::auth::basic_header(username, &password.into())?;
        match &pipeline.auth {
            Auth::Static(h) => {
                if let Ok(mut h) = h.write() {
                    *h = header;
                }
            }
            Auth::Basic(p) => p.replace(header),
            Auth::None | Auth::Session(_) => {}
        }
        if let Some(s) = &self.inner.session {
            s.reset().await;
        }
        Ok(())
    }

    /// How many tokens were fetched so far (logins or provider calls); 0 without a session.
    pub fn token_fetches(&self) -> u64 {
        self.inner.session.as_ref().map_or(0, |s| s.fetches())
    }

    pub(crate) fn pipeline(&self) -> &Pipeline {
        &self.inner.pipeline
    }

    /// Runs one generated operation and maps its error to this crate's [`Error`]. Retries,
    /// logins and refreshes happen inside, in the [`pipeline`](crate::pipeline).
    pub(crate) async fn call<T, F, Fut>(&self, request: RequestInfo, op: F) -> Result<T>
    where
        T: DeserializeOwned,
        F: FnOnce() -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, crashplan_api::Error<()>>>,
    {
        match op().await {
            Ok(rv) => Ok(rv.into_inner()),
            Err(e) => Err(Error::from_api::<T>(request, e).await),
        }
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
