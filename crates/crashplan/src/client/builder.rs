//! [`ClientBuilder`] and [`Config`]: settings, credentials, TLS and proxies.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use std::sync::RwLock;

use secrecy::{ExposeSecret, SecretString};

use crate::auth::{
    Credentials, Session, TokenProvider, TokenScheme, TokenSource, Totp, basic_header, token_header,
};
use crate::client::{Client, Parts};
use crate::error::{Error, Result};
use crate::limiter::AdaptiveLimiter;
use crate::pipeline::{Auth, CallOptions, Hooks, Limiter, Password, Pipeline};
use crate::retry::RetryPolicy;

/// Settings of a [`Client`], readable with [`Client::config`]. Holds no credentials.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    /// Server address, e.g. `https://cp.example.com:4285`, without a trailing slash.
    pub base_url: String,
    /// Time allowed to establish a connection (default 10 s).
    pub connect_timeout: Duration,
    /// Time allowed for one request including its body (default 60 s).
    pub timeout: Duration,
    /// `User-Agent`: `crashplan-rs/<version>` plus the optional suffix.
    pub user_agent: String,
    /// Items per page of list requests (default 1000).
    pub page_size: u64,
    /// Parallel requests of detail fan-out and bulk operations (default 8).
    pub concurrency: usize,
    /// Retry policy of every request.
    pub retry: RetryPolicy,
    /// Whether certificate verification is disabled.
    pub accepts_invalid_certs: bool,
    /// How the client authenticates: `none`, `basic`, `local_account`, `api_client`, `token`
    /// or `token_provider`.
    pub auth_kind: &'static str,
    /// How tokens are sent, as configured ([`TokenScheme::Bearer`] unless set); see
    /// [`auth`](crate::auth#token-scheme) for the one-time fallback of local account logins.
    pub token_scheme: TokenScheme,
    /// Largest accepted response body, if limited.
    pub max_response_bytes: Option<u64>,
    /// Page requests of a list in flight at once; `None`: adaptive (see
    /// [`paging`](crate::paging#pipelining)).
    pub page_window: Option<usize>,
    /// The cap on requests per second, if any.
    pub max_rps: Option<f64>,
}

/// Default limit of a response body: 64 MiB. A hostile or broken server cannot make the client
/// allocate more; see [`ClientBuilder::max_response_bytes`].
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// Builds a [`Client`]. Every knob has a safe default; only the URL is required.
///
/// ```no_run
/// # fn run() -> crashplan::Result<()> {
/// use std::time::Duration;
/// let client = crashplan::Client::builder("https://cp.example.com:4285")
///     .local_account("admin", "secret")
///     .totp(|| "123456".to_string())
///     .timeout(Duration::from_secs(30))
///     .page_size(500)
///     .build()?;
/// # Ok(())
/// # }
/// ```
#[must_use]
pub struct ClientBuilder {
    url: String,
    credentials: Credentials,
    totp: Option<Totp>,
    token_scheme: Option<TokenScheme>,
    ca_certs: Vec<CaCert>,
    accept_invalid_certs: bool,
    proxy: Option<String>,
    no_proxy: Option<String>,
    disable_env_proxy: bool,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent_suffix: Option<String>,
    page_size: u64,
    retry: RetryPolicy,
    concurrency: usize,
    max_response_bytes: Option<u64>,
    limiter: Option<Arc<dyn Limiter>>,
    adaptive: bool,
    max_rps: Option<f64>,
    page_window: Option<usize>,
    on_warning: Option<WarningHandler>,
    errors: Vec<String>,
}

type WarningHandler = Arc<dyn Fn(&Warning) + Send + Sync>;

/// A setting that works but is unsafe; reported once when the client is built, to the handler
/// of [`ClientBuilder::on_warning`] (default: a `tracing` warning).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// Certificate verification is disabled ([`ClientBuilder::danger_accept_invalid_certs`]).
    InsecureTls,
    /// A password is sent over `http://` (to this URL).
    PasswordOverHttp(String),
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::InsecureTls => f.write_str(
                "TLS certificate verification is DISABLED (danger_accept_invalid_certs): \
                 credentials can be intercepted; trust the server's CA with ca_cert_pem instead",
            ),
            Self::PasswordOverHttp(url) => write!(
                f,
                "the server URL {url} is http://: the password crosses the network unencrypted; use https://"
            ),
        }
    }
}

enum CaCert {
    Pem(Vec<u8>),
    File(PathBuf),
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("url", &self.url)
            .field("credentials", &self.credentials)
            .field("totp", &self.totp)
            .field("token_scheme", &self.token_scheme)
            .field("ca_certs", &self.ca_certs.len())
            .field("accept_invalid_certs", &self.accept_invalid_certs)
            .field("proxy", &self.proxy.as_deref().map(redact_url))
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("page_size", &self.page_size)
            .field("retry", &self.retry)
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

/// `url` without its userinfo (`http://alice:pw@host` -> `http://***@host/`), for messages
/// and logs; a URL without userinfo is returned as it is, and text that is not a URL loses
/// whatever could be userinfo.
///
/// ```
/// use crashplan::redact_url;
/// assert_eq!(redact_url("http://alice:S3cr3t@proxy:3128"), "http://***@proxy:3128/");
/// assert_eq!(redact_url("https://cp.example.com:4285"), "https://cp.example.com:4285");
/// assert_eq!(redact_url("socks5://bob@proxy:1080"), "socks5://***@proxy:1080");
/// assert_eq!(redact_url("not a url:pw@host"), "***@host");
/// ```
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if !parsed.username().is_empty() || parsed.password().is_some() => {
            let _ = parsed.set_password(None);
            let _ = parsed.set_username("***");
            parsed.to_string()
        }
        Ok(_) => url.to_owned(),
        // Not a URL: hide whatever could be userinfo.
        Err(_) => match url.rsplit_once('@') {
            Some((_, host)) => format!("***@{host}"),
            None => url.to_owned(),
        },
    }
}

impl ClientBuilder {
    pub(crate) fn new(url: &str) -> Self {
        Self {
            url: url.trim().trim_end_matches('/').to_string(),
            credentials: Credentials::None,
            totp: None,
            token_scheme: None,
            ca_certs: Vec::new(),
            accept_invalid_certs: false,
            proxy: None,
            no_proxy: None,
            disable_env_proxy: false,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            user_agent_suffix: None,
            page_size: 1000,
            retry: RetryPolicy::default(),
            concurrency: 8,
            max_response_bytes: Some(DEFAULT_MAX_RESPONSE_BYTES),
            limiter: None,
            adaptive: false,
            max_rps: None,
            page_window: None,
            on_warning: None,
            errors: Vec::new(),
        }
    }

    fn set_credentials(mut self, credentials: Credentials) -> Self {
        if !matches!(self.credentials, Credentials::None) {
            self.errors.push(format!(
                "credentials set twice ({} and {}); choose one of basic, local_account, api_client, token, token_provider",
                self.credentials.kind(),
                credentials.kind()
            ));
        }
        self.credentials = credentials;
        self
    }

    /// HTTP Basic authentication on every request (no token).
    pub fn basic(self, username: impl Into<String>, password: impl Into<SecretString>) -> Self {
        self.set_credentials(Credentials::Basic {
            username: username.into(),
            password: password.into(),
        })
    }

    /// Log in with a local account (`GET /api/v3/auth/jwt?useBody=true`, lazily, at the first
    /// request) to a token, and log in again before it expires and when the server answers
    /// 401 (see [`auth`](crate::auth#renewal)). Add [`totp`](Self::totp) for two-factor
    /// accounts.
    pub fn local_account(
        self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> Self {
        self.set_credentials(Credentials::LocalAccount {
            username: username.into(),
            password: password.into(),
        })
    }

    /// The one-time password of a two-factor local account: a fixed code (`"123456"`), a
    /// callback (`|| prompt()`), or [`Totp::from_async`]. A fixed code cannot be reused when the
    /// token expires; prefer a callback for long-running programs.
    pub fn totp(mut self, totp: impl Into<Totp>) -> Self {
        self.totp = Some(totp.into());
        self
    }

    /// Log in with an API client, as CrashPlan recommends for scripts:
    /// `POST /api/v3/oauth/token?grant_type=client_credentials` with HTTP Basic
    /// `client_id:secret` (lazily, at the first request), for a token of 15 minutes that the
    /// client renews on its own before it expires and when the server answers 401 (see
    /// [`auth`](crate::auth#renewal)). The secret is sent only to the token request, and never
    /// shows in `Debug` output, errors or logs. After a secret reset, pass the new one to
    /// [`Client::set_password`].
    ///
    /// ```no_run
    /// # async fn run() -> crashplan::Result<()> {
    /// let client = crashplan::Client::builder("https://console.us1.crashplan.com")
    ///     .api_client("key-79muGw9i424", std::env::var("SECRET").unwrap_or_default())
    ///     .build()?;
    /// client.authenticate().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn api_client(self, client_id: impl Into<String>, secret: impl Into<SecretString>) -> Self {
        self.set_credentials(Credentials::ApiClient {
            id: client_id.into(),
            secret: secret.into(),
        })
    }

    /// A fixed token, sent as `Authorization: Bearer <token>` (or with the scheme of
    /// [`token_scheme`](Self::token_scheme)). A token with a control character (a line break
    /// read from a file) fails [`build`](Self::build) with [`Error::Config`].
    pub fn token(self, token: impl Into<SecretString>) -> Self {
        self.set_credentials(Credentials::Token(token.into()))
    }

    /// How tokens are sent: [`TokenScheme::Bearer`] (the default, today's servers) or
    /// [`TokenScheme::V3UserToken`] (CrashPlan PRO 3.x). Setting it turns off the one-time
    /// fallback of local account logins described in [`auth`](crate::auth#token-scheme).
    pub fn token_scheme(mut self, scheme: TokenScheme) -> Self {
        self.token_scheme = Some(scheme);
        self
    }

    /// An async callback that supplies tokens; called lazily and again after a 401.
    ///
    /// ```no_run
    /// # fn run() -> crashplan::Result<()> {
    /// use secrecy::SecretString;
    /// let client = crashplan::Client::builder("https://cp.example.com:4285")
    ///     .token_provider(|| async { Ok(SecretString::from("token-from-sso")) })
    ///     .build()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn token_provider(self, provider: impl TokenProvider) -> Self {
        self.set_credentials(Credentials::Provider(Arc::new(provider)))
    }

    /// Trust this CA certificate (PEM, one or more) in addition to the system roots.
    pub fn ca_cert_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.ca_certs.push(CaCert::Pem(pem.into()));
        self
    }

    /// Trust the CA certificate(s) of this PEM file in addition to the system roots.
    pub fn ca_cert_file(mut self, path: impl AsRef<Path>) -> Self {
        self.ca_certs
            .push(CaCert::File(path.as_ref().to_path_buf()));
        self
    }

    /// **Dangerous**: accept any server certificate, including invalid and self-signed ones.
    /// Anyone on the network path can then read the credentials. A [`Warning::InsecureTls`]
    /// is reported when the client is built. Prefer [`ca_cert_pem`](Self::ca_cert_pem).
    pub fn danger_accept_invalid_certs(mut self, accept: bool) -> Self {
        self.accept_invalid_certs = accept;
        self
    }

    /// Send every request through this proxy: `http://`, `https://`, `socks5://` or
    /// `socks5h://`, optionally with `user:password@`. Without it the standard variables
    /// `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` apply.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }

    /// Hosts that bypass the proxy, comma separated as in `NO_PROXY`.
    pub fn no_proxy_for(mut self, hosts: impl Into<String>) -> Self {
        self.no_proxy = Some(hosts.into());
        self
    }

    /// Ignore the proxy environment variables and connect directly.
    pub fn no_proxy(mut self) -> Self {
        self.disable_env_proxy = true;
        self
    }

    /// Time allowed for one request including its body (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Appended to the `User-Agent` `crashplan-rs/<version>`, e.g. `my-report/1.2`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Items per page of list requests (default 1000; at least 1).
    pub fn page_size(mut self, size: u64) -> Self {
        self.page_size = size.max(1);
        self
    }

    /// How failed requests are retried (default [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Parallel requests of detail fan-out and bulk operations (default 8; at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Fail answers whose body is longer than `bytes` with [`Error::ResponseTooLarge`]
    /// instead of reading them into memory (default [`DEFAULT_MAX_RESPONSE_BYTES`], 64 MiB: a
    /// page of 1,000 users is about 250 KB). `u64::MAX` removes the limit.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// A client-side rate limiter, asked before every request (retries and logins included)
    /// and told every outcome; see [`pipeline`](crate::pipeline#rate-limiting).
    pub fn limiter(mut self, limiter: impl Limiter) -> Self {
        self.limiter = Some(Arc::new(limiter));
        self
    }

    /// Learn the server's rate limit: slow down when it answers `429`/`503`, speed up again
    /// after (the [`AdaptiveLimiter`](crate::limiter::AdaptiveLimiter)). Recommended for
    /// detail fan-out and bulk operations against a server that limits each account.
    pub fn adaptive_rate(mut self, on: bool) -> Self {
        self.adaptive = on;
        self
    }

    /// Never send more than `rps` requests per second (retries and logins included); implies
    /// [`adaptive_rate`](Self::adaptive_rate), whose rate this caps.
    ///
    /// ```
    /// let client = crashplan::Client::builder("https://cp.example.com:4285")
    ///     .max_rps(50.0)
    ///     .build();
    /// # assert!(client.is_ok());
    /// ```
    pub fn max_rps(mut self, rps: f64) -> Self {
        if rps.is_nan() || rps <= 0.0 {
            self.errors.push(format!(
                "max_rps must be a positive number of requests per second, not {rps}"
            ));
        }
        self.max_rps = Some(rps);
        self
    }

    /// Page requests of a list kept in flight at once (default: adaptive, from 1 up to
    /// [`paging::MAX_WINDOW`](crate::paging::MAX_WINDOW)); lists can set their own with
    /// `.window(n)`. See [`paging`](crate::paging#pipelining).
    pub fn page_window(mut self, n: usize) -> Self {
        self.page_window = Some(n.max(1));
        self
    }

    /// Where the [`Warning`]s of unsafe settings go, once each when the client is built
    /// (default: a `tracing` warning). A command line shows them in its own words.
    ///
    /// ```
    /// let client = crashplan::Client::builder("https://cp.example.com:4285")
    ///     .danger_accept_invalid_certs(true)
    ///     .on_warning(|w| eprintln!("warning: {w}"))
    ///     .build();
    /// # assert!(client.is_ok());
    /// ```
    pub fn on_warning(mut self, handler: impl Fn(&Warning) + Send + Sync + 'static) -> Self {
        self.on_warning = Some(Arc::new(handler));
        self
    }

    fn warn(&self, warning: Warning) {
        match &self.on_warning {
            Some(handler) => handler(&warning),
            None => tracing::warn!("{warning}"),
        }
    }

    /// A builder from the environment, see [`Client::from_env`]. Further settings can be
    /// changed before [`build`](Self::build).
    pub fn from_env() -> Result<Self> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), reading the variables through `lookup` (e.g. a
    /// `.env` file or a test's map).
    ///
    /// ```
    /// let vars = std::collections::HashMap::from([
    ///     ("CRASHPLAN_URL", "https://cp.example.com:4285"),
    ///     ("CRASHPLAN_TOKEN", "abc"),
    /// ]);
    /// let builder = crashplan::ClientBuilder::from_lookup(|k| vars.get(k).map(|v| v.to_string()));
    /// assert!(builder.is_ok());
    /// ```
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self> {
        crate::env::builder_from(lookup)
    }

    /// Checks the settings and builds the client. Fails with [`Error::Config`] on missing or
    /// contradictory settings, an unreadable CA file or an invalid proxy URL.
    pub fn build(self) -> Result<Client> {
        if let Some(first) = self.errors.first() {
            return Err(Error::Config(first.clone()));
        }
        let base = url::Url::parse(&self.url)
            .map_err(|e| Error::Config(format!("the server URL {:?} is invalid: {e}", self.url)))?;
        if !matches!(base.scheme(), "http" | "https") || base.host().is_none() {
            return Err(Error::Config(format!(
                "the server URL {:?} must be http:// or https:// with a host",
                self.url
            )));
        }
        if !base.username().is_empty() || base.password().is_some() {
            return Err(Error::Config(
                "the server URL must not contain credentials; use .local_account(), .api_client() or .basic()"
                    .into(),
            ));
        }
        let login = matches!(self.credentials, Credentials::LocalAccount { .. });
        let sends_password = login
            || matches!(
                self.credentials,
                Credentials::Basic { .. } | Credentials::ApiClient { .. }
            );
        if base.scheme() == "http" && sends_password {
            self.warn(Warning::PasswordOverHttp(base.to_string()));
        }
        if self.totp.is_some() && !login {
            return Err(Error::Config(
                "a TOTP code only applies to .local_account() logins".into(),
            ));
        }
        // Checked here, before anything is sent: a line break read from a file is a mistake
        // of the settings, not a token the server rejected.
        if let Credentials::Token(t) = &self.credentials {
            check_header_text("the token", t.expose_secret())?;
        }
        if let Some(code) = self.totp.as_ref().and_then(Totp::static_code) {
            check_header_text("the TOTP code", code)?;
        }
        let user_agent = match &self.user_agent_suffix {
            Some(s) if !s.trim().is_empty() => {
                format!("crashplan-rs/{} {}", env!("CARGO_PKG_VERSION"), s.trim())
            }
            _ => format!("crashplan-rs/{}", env!("CARGO_PKG_VERSION")),
        };
        let http = self.http_client(&user_agent)?;
        if self.accept_invalid_certs {
            self.warn(Warning::InsecureTls);
        }
        let limiter: Option<Arc<dyn Limiter>> = match (&self.limiter, self.max_rps) {
            (Some(_), Some(_)) => {
                return Err(Error::Config(
                    "max_rps caps the built-in adaptive limiter; with your own .limiter() cap the rate there".into(),
                ));
            }
            (Some(l), None) => Some(Arc::clone(l)),
            (None, Some(rps)) => Some(Arc::new(AdaptiveLimiter::new().max_rps(rps))),
            (None, None) if self.adaptive => Some(Arc::new(AdaptiveLimiter::new())),
            (None, None) => None,
        };
        let pipeline = |auth| {
            Arc::new(Pipeline {
                http: http.clone(),
                auth,
                retry: self.retry.clone(),
                max_response_bytes: self.max_response_bytes,
                limiter: limiter.clone(),
                largest_answer: Arc::default(),
            })
        };
        let mut username = None;
        let scheme = self.token_scheme.unwrap_or_default();
        let session = |source| Arc::new(Session::new(source, scheme, self.token_scheme.is_none()));
        let (auth, session, login_pipeline) = match &self.credentials {
            Credentials::None => (Auth::None, None, None),
            Credentials::Basic {
                username: u,
                password,
            } => {
                username = Some(u.clone());
                let h = basic_header(u, password)?;
                (Auth::Basic(Password::new(h)), None, None)
            }
            Credentials::Token(t) => (
                Auth::Static(RwLock::new(token_header(t, scheme)?)),
                None,
                None,
            ),
            Credentials::LocalAccount {
                username: u,
                password,
            } => {
                username = Some(u.clone());
                let basic = basic_header(u, password)?;
                let login = pipeline(Auth::Static(RwLock::new(basic)));
                let s = session(TokenSource::Login {
                    base_url: self.url.clone(),
                    login: Arc::clone(&login),
                    totp: self.totp.clone(),
                });
                (Auth::Session(Arc::clone(&s)), Some(s), Some(login))
            }
            Credentials::ApiClient { id, secret } => {
                username = Some(id.clone());
                let basic = basic_header(id, secret)?;
                let login = pipeline(Auth::Static(RwLock::new(basic)));
                let s = session(TokenSource::ApiClient {
                    base_url: self.url.clone(),
                    login: Arc::clone(&login),
                });
                (Auth::Session(Arc::clone(&s)), Some(s), Some(login))
            }
            Credentials::Provider(p) => {
                let s = session(TokenSource::Provider(Arc::clone(p)));
                (Auth::Session(Arc::clone(&s)), Some(s), None)
            }
        };
        let pipeline = pipeline(auth);
        let api = |retry_post| {
            let hooks = Hooks {
                pipeline: Arc::clone(&pipeline),
                options: CallOptions { retry_post },
                budget: None,
                totp: None,
            };
            crashplan_api::Client::new_with_client(
                &self.url,
                http.clone(),
                crashplan_api::hooks::Hooks::new(hooks),
            )
        };
        let config = Config {
            base_url: self.url.clone(),
            connect_timeout: self.connect_timeout,
            timeout: self.timeout,
            user_agent,
            page_size: self.page_size,
            concurrency: self.concurrency,
            retry: self.retry.clone(),
            accepts_invalid_certs: self.accept_invalid_certs,
            auth_kind: self.credentials.kind(),
            token_scheme: scheme,
            max_response_bytes: self.max_response_bytes,
            page_window: self.page_window,
            max_rps: self.max_rps,
        };
        Ok(Client::assemble(Parts {
            api: api(false),
            api_replaying_post: api(true),
            pipeline,
            session,
            login: login_pipeline,
            username,
            config,
        }))
    }

    fn http_client(&self, user_agent: &str) -> Result<reqwest::Client> {
        // With `rustls-ring`, reqwest has no provider of its own: use ring unless the program
        // installed one (an `Err` here means it did).
        #[cfg(feature = "rustls-ring")]
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut b = reqwest::Client::builder()
            .user_agent(user_agent)
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .redirect(crate::redirect::policy());
        let mut certs = Vec::new();
        for ca in &self.ca_certs {
            let pem = match ca {
                CaCert::Pem(p) => p.clone(),
                CaCert::File(path) => std::fs::read(path).map_err(|e| {
                    Error::Config(format!(
                        "cannot read the CA certificate file {}: {e}",
                        path.display()
                    ))
                })?,
            };
            let found = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| Error::Config(format!("the CA certificate is not valid PEM: {e}")))?;
            if found.is_empty() {
                return Err(Error::Config(
                    "the CA certificate PEM contains no certificate".into(),
                ));
            }
            certs.extend(found);
        }
        if !certs.is_empty() {
            b = b.tls_certs_merge(certs);
        }
        if self.accept_invalid_certs {
            b = b.tls_danger_accept_invalid_certs(true);
        }
        if let Some(p) = &self.proxy {
            let parsed = url::Url::parse(p).map_err(|_| {
                Error::Config(format!("the proxy URL {} is invalid", redact_url(p)))
            })?;
            if !matches!(parsed.scheme(), "http" | "https" | "socks5" | "socks5h") {
                return Err(Error::Config(format!(
                    "the proxy URL {} must be http://, https://, socks5:// or socks5h://",
                    redact_url(p)
                )));
            }
            let mut proxy = reqwest::Proxy::all(p.as_str()).map_err(|e| {
                Error::Config(format!("the proxy URL {} is invalid: {e}", redact_url(p)))
            })?;
            if let Some(no) = &self.no_proxy {
                proxy = proxy.no_proxy(reqwest::NoProxy::from_string(no));
            }
            b = b.proxy(proxy);
        } else if self.disable_env_proxy {
            b = b.no_proxy();
        }
        b.build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
    }
}

/// Refuses a secret that cannot be sent in a header: a control character (a line break read
/// from a file) or other characters outside visible ASCII and spaces.
fn check_header_text(what: &str, value: &str) -> Result<()> {
    if value
        .chars()
        .all(|c| c == ' ' || c == '\t' || c.is_ascii_graphic())
    {
        return Ok(());
    }
    let which = if value.chars().any(char::is_control) {
        "a control character (a line break read from a file?)"
    } else {
        "characters other than visible ASCII"
    };
    Err(Error::Config(format!(
        "{what} contains {which}: nothing was sent; remove it"
    )))
}
