//! Credentials: HTTP Basic, local account login to a token (with optional TOTP), an API
//! client's token, a static token or a caller-supplied token provider. Tokens are fetched
//! lazily, cached, shared by clones of the client, and refreshed once (single-flight) when the
//! server answers 401. When to refresh is decided in [`crate::pipeline`]; a refused login is
//! remembered here so that the client stops logging in until
//! [`Client::set_password`](crate::Client::set_password).
//!
//! # Token scheme
//!
//! Tokens are sent as `Authorization: Bearer <token>`, as today's CrashPlan servers, pycpg and
//! crashplancli do. CrashPlan PRO 3.x (2010) servers expect `Authorization: v3_user_token
//! <token>`; the client uses that scheme
//!
//! * always, with [`ClientBuilder::token_scheme`](crate::ClientBuilder::token_scheme)`(TokenScheme::V3UserToken)`
//!   (or `CRASHPLAN_TOKEN_SCHEME=v3_user_token`);
//! * or once it has learnt that the server needs it: when a server refuses (401) the first
//!   token its own login (`.local_account()`) issued, before that token was accepted by any
//!   request, the client sends the same token once more as `v3_user_token`; if that is accepted,
//!   it keeps that scheme for its lifetime. This fallback happens at most once per client and
//!   never for API clients (a 2010 server has none), fixed tokens or token providers, whose
//!   scheme is the configured one.
//!
//! # Renewal
//!
//! A token's lifetime is the login answer's `expires_in` (API clients), else the `exp - iat`
//! of the token if it is a JWT, else unknown. A token with a known lifetime is renewed before
//! the request that would find it expired: when less than a sixth of its lifetime, or less
//! than a minute, is left (a 15-minute API-client token is renewed after 14 minutes), except
//! after a login with a fixed TOTP code, which cannot be used twice. If that early renewal fails for a reason other than refused credentials, the old token is used while
//! it lasts. Every token is also renewed when the server answers 401 (single-flight; see
//! [`pipeline`](crate::pipeline)); the request that met the 401, `POST` included, is then sent
//! again once: a 401 means the server did not act on it.

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use base64::Engine as _;
use futures::future::BoxFuture;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Mutex;

use crate::error::{Error, Hint, HttpKind, RequestInfo, Result};
use crate::pipeline::{Budget, CallOptions, Hooks, Pipeline};

/// A time-based one-time password for accounts with two-factor authentication: a fixed code,
/// or a callback (sync or async) asked for a fresh code at every login, as in pycpg.
///
/// ```
/// use crashplan::Totp;
/// let fixed = Totp::from("123456");
/// let prompt = Totp::from_fn(|| "123456".to_string());
/// let remote = Totp::from_async(|| async { "123456".to_string() });
/// assert_eq!(format!("{fixed:?}"), "Totp::Static(***)");
/// # let _ = (prompt, remote);
/// ```
#[derive(Clone)]
pub struct Totp(TotpSource);

#[derive(Clone)]
enum TotpSource {
    Static(SecretString),
    Sync(Arc<dyn Fn() -> String + Send + Sync>),
    Async(Arc<dyn Fn() -> BoxFuture<'static, String> + Send + Sync>),
}

impl Totp {
    /// A callback asked for a code at every login. It may block (e.g. read a terminal): it runs
    /// on tokio's blocking thread pool. An empty code sends none (for a callback that only
    /// prompts once the server has said that a code is required).
    pub fn from_fn(f: impl Fn() -> String + Send + Sync + 'static) -> Self {
        Self(TotpSource::Sync(Arc::new(f)))
    }

    /// An async callback asked for a code at every login.
    pub fn from_async<F, Fut>(f: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = String> + Send + 'static,
    {
        Self(TotpSource::Async(Arc::new(move || Box::pin(f()))))
    }

    /// The fixed code, if this is one (checked before anything is sent).
    pub(crate) fn static_code(&self) -> Option<&str> {
        match &self.0 {
            TotpSource::Static(s) => Some(s.expose_secret()),
            _ => None,
        }
    }

    /// Whether this is a fixed code, which a server rejects once it has been used.
    pub fn is_static(&self) -> bool {
        matches!(self.0, TotpSource::Static(_))
    }

    pub(crate) async fn code(&self) -> Result<String> {
        match &self.0 {
            TotpSource::Static(s) => Ok(s.expose_secret().to_string()),
            TotpSource::Sync(f) => {
                let f = Arc::clone(f);
                tokio::task::spawn_blocking(move || f())
                    .await
                    .map_err(|e| Error::auth(format!("the TOTP callback failed: {e}")))
            }
            TotpSource::Async(f) => Ok(f().await),
        }
    }
}

impl fmt::Debug for Totp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            TotpSource::Static(_) => "Totp::Static(***)",
            TotpSource::Sync(_) => "Totp::Callback",
            TotpSource::Async(_) => "Totp::AsyncCallback",
        })
    }
}

impl From<&str> for Totp {
    fn from(code: &str) -> Self {
        Self(TotpSource::Static(SecretString::from(code)))
    }
}

impl From<String> for Totp {
    fn from(code: String) -> Self {
        Self(TotpSource::Static(SecretString::from(code)))
    }
}

impl From<SecretString> for Totp {
    fn from(code: SecretString) -> Self {
        Self(TotpSource::Static(code))
    }
}

impl<F: Fn() -> String + Send + Sync + 'static> From<F> for Totp {
    fn from(f: F) -> Self {
        Self::from_fn(f)
    }
}

/// How a token is sent in the `Authorization` header; see the
/// [module documentation](self#token-scheme).
///
/// ```
/// let client = crashplan::Client::builder("https://cp2010.example.com:4285")
///     .local_account("admin", "secret")
///     .token_scheme(crashplan::TokenScheme::V3UserToken)
///     .build();
/// # assert!(client.is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum TokenScheme {
    /// `Authorization: Bearer <token>`: today's CrashPlan servers (the default).
    #[default]
    Bearer,
    /// `Authorization: v3_user_token <token>`: CrashPlan PRO 3.x (2010) servers.
    V3UserToken,
}

impl TokenScheme {
    /// The scheme's word in the header (`Bearer`, `v3_user_token`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bearer => "Bearer",
            Self::V3UserToken => "v3_user_token",
        }
    }
}

impl std::str::FromStr for TokenScheme {
    type Err = Error;

    /// `bearer` or `v3_user_token`, in any case.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "bearer" => Ok(Self::Bearer),
            "v3_user_token" => Ok(Self::V3UserToken),
            other => Err(Error::Config(format!(
                "the token scheme {other:?} is not known; use bearer or v3_user_token"
            ))),
        }
    }
}

/// Supplies tokens (sent with the client's [`TokenScheme`]), e.g. from a company's single sign-on. Implemented for async
/// closures `Fn() -> impl Future<Output = crashplan::Result<SecretString>>`; called lazily for
/// the first request and again when the server rejects the current token.
pub trait TokenProvider: Send + Sync + 'static {
    /// A fresh token.
    fn token(&self) -> BoxFuture<'_, Result<SecretString>>;
}

impl<F, Fut> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<SecretString>> + Send + 'static,
{
    fn token(&self) -> BoxFuture<'_, Result<SecretString>> {
        Box::pin(self())
    }
}

/// How the client authenticates, as configured on the builder.
#[derive(Clone, Default)]
pub(crate) enum Credentials {
    #[default]
    None,
    Basic {
        username: String,
        password: SecretString,
    },
    LocalAccount {
        username: String,
        password: SecretString,
    },
    /// An API client: `clientId:secret` as HTTP Basic on the token request only.
    ApiClient {
        id: String,
        secret: SecretString,
    },
    Token(SecretString),
    Provider(Arc<dyn TokenProvider>),
}

impl Credentials {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Basic { .. } => "basic",
            Self::LocalAccount { .. } => "local_account",
            Self::ApiClient { .. } => "api_client",
            Self::Token(_) => "token",
            Self::Provider(_) => "token_provider",
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the kind: no username, client id, password, secret or token.
        write!(f, "Credentials::{}", self.kind())
    }
}

/// `Basic <base64(user:password)>`, marked sensitive.
pub(crate) fn basic_header(username: &str, password: &SecretString) -> Result<HeaderValue> {
    let raw = format!("{username}:{}", password.expose_secret());
    let encoded = base64::engine::general_purpose::STANDARD.encode(raw);
    sensitive(&format!("Basic {encoded}"))
}

/// `<scheme> <token>` (`Bearer <token>`, `v3_user_token <token>`), marked sensitive.
pub(crate) fn token_header(token: &SecretString, scheme: TokenScheme) -> Result<HeaderValue> {
    sensitive(&format!("{} {}", scheme.as_str(), token.expose_secret()))
}

fn sensitive(value: &str) -> Result<HeaderValue> {
    let mut v = HeaderValue::from_str(value).map_err(|_| Error::Auth {
        reason: "the credentials contain characters that cannot be sent in a header".into(),
        hint: Some(Hint::Credentials),
    })?;
    v.set_sensitive(true);
    Ok(v)
}

/// Where session tokens come from.
pub(crate) enum TokenSource {
    /// `GET /api/v3/auth/jwt?useBody=true` with Basic credentials, sent through `login`, a
    /// pipeline whose `Auth::Static` holds the Basic header.
    Login {
        base_url: String,
        login: Arc<Pipeline>,
        totp: Option<Totp>,
    },
    /// `POST /api/v3/oauth/token?grant_type=client_credentials`, sent through `login`, a
    /// pipeline whose `Auth::Static` holds the Basic header of `clientId:secret`.
    ApiClient {
        base_url: String,
        login: Arc<Pipeline>,
    },
    Provider(Arc<dyn TokenProvider>),
}

/// A token as a login or provider handed it out, with its lifetime if known.
struct Issued {
    token: SecretString,
    lifetime: Option<Duration>,
}

impl Issued {
    /// A token whose lifetime is `expires_in`, else the `exp - iat` of the token if it is a JWT.
    fn new(token: SecretString, expires_in: Option<i64>) -> Self {
        let lifetime = expires_in
            .and_then(|s| u64::try_from(s).ok())
            .map(Duration::from_secs)
            .or_else(|| jwt_lifetime(token.expose_secret()))
            // A lifetime of 0 says nothing useful (a server with sub-second tokens): 401 only.
            .filter(|l| !l.is_zero());
        Self { token, lifetime }
    }
}

/// `exp - iat` of a JWT's payload (read, not verified: it only schedules the renewal).
fn jwt_lifetime(token: &str) -> Option<Duration> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?.as_u64()?;
    let iat = claims.get("iat")?.as_u64()?;
    exp.checked_sub(iat).map(Duration::from_secs)
}

/// How long before its end a token of `lifetime` is renewed: a sixth of it, at most a minute.
fn renewal_margin(lifetime: Duration) -> Duration {
    (lifetime / 6).min(Duration::from_secs(60))
}

/// A cached session token, refreshed single-flight. A login the server refuses is remembered:
/// every later caller gets the same error without another login, until new credentials
/// arrive ([`Session::reset`]), so that a disabled account or a changed password costs one
/// failed login, not one per request.
pub(crate) struct Session {
    source: TokenSource,
    state: Mutex<State>,
    fetches: AtomicU64,
    /// Whether the server ever answered a request with a token with something else than 401.
    understood: AtomicBool,
    /// Whether the one-time fallback to `v3_user_token` may be tried (see
    /// [the module documentation](self#token-scheme)).
    may_fall_back: bool,
    /// The newest generation the server accepted (answered with a success).
    accepted: AtomicU64,
}

struct State {
    /// The raw token, kept to send it with another scheme.
    raw: Option<SecretString>,
    token: Option<HeaderValue>,
    scheme: TokenScheme,
    /// Bumped with every new token; a 401 names the generation it rejected.
    generation: u64,
    /// The error of a refused login, handed to every caller.
    refused: Option<Error>,
    /// When the token was fetched and how long it lives, if known.
    lifetime: Option<(Instant, Duration)>,
}

impl State {
    /// Whether the token is due for renewal before it is sent.
    fn expiring(&self, now: Instant) -> bool {
        self.lifetime
            .is_some_and(|(fetched, lifetime)| now + renewal_margin(lifetime) >= fetched + lifetime)
    }

    /// Whether the token has not expired yet (or its lifetime is unknown).
    fn still_valid(&self, now: Instant) -> bool {
        self.lifetime
            .is_none_or(|(fetched, lifetime)| now < fetched + lifetime)
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("token_fetches", &self.fetches.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A session sending its tokens with `scheme`; `fallback`: the one-time fallback to
    /// `v3_user_token` is allowed (only for local account logins, when no scheme was set).
    pub(crate) fn new(source: TokenSource, scheme: TokenScheme, fallback: bool) -> Self {
        let may_fall_back = fallback
            && scheme == TokenScheme::Bearer
            && matches!(source, TokenSource::Login { .. });
        Self {
            source,
            state: Mutex::new(State {
                raw: None,
                token: None,
                scheme,
                generation: 0,
                refused: None,
                lifetime: None,
            }),
            fetches: AtomicU64::new(0),
            understood: AtomicBool::new(false),
            accepted: AtomicU64::new(0),
            may_fall_back,
        }
    }

    /// Whether tokens are renewed before they expire: not by a login with a fixed TOTP code,
    /// which the server accepts once (such a token is used until the server refuses it).
    fn renews_early(&self) -> bool {
        !matches!(&self.source, TokenSource::Login { totp: Some(t), .. } if t.is_static())
    }

    /// The server answered a request sent with a token with something else than 401.
    pub(crate) fn mark_accepted(&self) {
        if !self.understood.load(Ordering::Relaxed) {
            self.understood.store(true, Ordering::Relaxed);
        }
    }

    /// The server accepted the token of `generation`.
    pub(crate) fn accepted(&self, generation: u64) {
        self.accepted.fetch_max(generation, Ordering::Relaxed);
    }

    /// Whether the server accepted the token of `generation` (or a newer one) before: a 401
    /// for it now means that it expired, not that the credentials are wrong.
    pub(crate) fn was_accepted(&self, generation: u64) -> bool {
        generation > 0 && self.accepted.load(Ordering::Relaxed) >= generation
    }

    /// How many tokens were fetched so far (logins or provider calls).
    pub(crate) fn fetches(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    /// The current `Authorization` value and its generation, fetching a token (within
    /// `budget`) if there is none yet. Concurrent callers wait for one fetch.
    pub(crate) async fn header(&self, budget: &Arc<Budget>) -> Result<(HeaderValue, u64)> {
        let mut state = self.state.lock().await;
        if let Some(e) = state.refused.as_ref().and_then(Error::try_clone) {
            return Err(e);
        }
        let now = Instant::now();
        let Some(current) = state.token.clone() else {
            return self.fetch(&mut state, budget).await;
        };
        if !state.expiring(now) || !self.renews_early() {
            return Ok((current, state.generation));
        }
        let generation = state.generation;
        tracing::debug!("the token expires soon; renewing it before the request");
        match self.fetch(&mut state, budget).await {
            Ok(fresh) => Ok(fresh),
            Err(e) if state.refused.is_none() && state.still_valid(Instant::now()) => {
                tracing::warn!(error = %e.summary(), "early token renewal failed; using the current token while it lasts");
                Ok((current, generation))
            }
            Err(e) => Err(e),
        }
    }

    /// Whether `generation` is still the current token (no one refreshed it yet).
    pub(crate) async fn is_current(&self, generation: u64) -> bool {
        let state = self.state.lock().await;
        state.token.is_some() && state.generation == generation
    }

    /// A new token after the server rejected the token of `rejected`. If another request
    /// already refreshed it, nothing is fetched (single-flight).
    pub(crate) async fn refresh(&self, rejected: u64, budget: &Arc<Budget>) -> Result<()> {
        let mut state = self.state.lock().await;
        if let Some(e) = state.refused.as_ref().and_then(Error::try_clone) {
            return Err(e);
        }
        if state.token.is_some() && state.generation != rejected {
            return Ok(());
        }
        if self.may_fall_back
            && state.scheme == TokenScheme::Bearer
            && !self.understood.load(Ordering::Relaxed)
            && let Some(raw) = state.raw.clone()
        {
            // Once per client: the server refused the first token of its own login as
            // `Bearer`; a CrashPlan PRO 3.x server wants it as `v3_user_token`.
            tracing::info!(
                "the server refused a fresh token sent as Bearer; sending it as v3_user_token (CrashPlan PRO 3.x)"
            );
            state.scheme = TokenScheme::V3UserToken;
            state.token = Some(token_header(&raw, state.scheme)?);
            state.generation += 1;
            return Ok(());
        }
        state.token = None;
        self.fetch(&mut state, budget).await.map(|_| ())
    }

    /// Forgets the token and a refused login: the next request logs in again.
    pub(crate) async fn reset(&self) {
        let mut state = self.state.lock().await;
        state.token = None;
        state.refused = None;
    }

    async fn fetch(&self, state: &mut State, budget: &Arc<Budget>) -> Result<(HeaderValue, u64)> {
        let relogin = self.fetches.fetch_add(1, Ordering::Relaxed) > 0;
        tracing::debug!(relogin, "fetching a session token");
        let started = Instant::now();
        let issued = match &self.source {
            TokenSource::Provider(p) => p.token().await.map(|t| Issued::new(t, None)),
            TokenSource::Login {
                base_url,
                login,
                totp,
            } => login_once(base_url, login, totp.as_ref(), relogin, budget).await,
            TokenSource::ApiClient { base_url, login } => {
                api_client_token(base_url, login, budget).await
            }
        };
        let header = match issued.and_then(|i| Ok((token_header(&i.token, state.scheme)?, i))) {
            Ok((h, issued)) => {
                state.raw = Some(issued.token);
                state.lifetime = issued.lifetime.map(|l| (started, l));
                h
            }
            Err(e) => {
                if !matches!(self.source, TokenSource::Provider(_)) && is_refusal(&e) {
                    tracing::warn!(
                        "the server refused the login; no more logins until the credentials change"
                    );
                    state.refused = e.try_clone();
                }
                return Err(e);
            }
        };
        state.generation += 1;
        state.token = Some(header.clone());
        Ok((header, state.generation))
    }
}

/// Whether a login error means the credentials themselves were refused.
fn is_refusal(e: &Error) -> bool {
    matches!(
        e.http_kind(),
        Some(HttpKind::Unauthorized | HttpKind::Forbidden)
    ) || matches!(
        e,
        Error::Auth {
            hint: Some(Hint::Totp),
            ..
        }
    )
}

/// One login call: its retries (garbled answers, 503, ...) happen in the pipeline, within the
/// budget of the call that needed the token.
async fn login_once(
    base_url: &str,
    login: &Arc<Pipeline>,
    totp: Option<&Totp>,
    relogin: bool,
    budget: &Arc<Budget>,
) -> Result<Issued> {
    let request = RequestInfo::get("/api/v3/auth/jwt");
    let hooks = Hooks {
        pipeline: Arc::clone(login),
        options: CallOptions::default(),
        budget: Some(Arc::clone(budget)),
        totp: totp.cloned(),
    };
    let api = crashplan_api::Client::new_with_client(
        base_url,
        login.http.clone(),
        crashplan_api::hooks::Hooks::new(hooks),
    );
    // The `totp-auth` header is added by the pipeline, with a fresh code for every attempt.
    let error = match api.get_user_token().use_body(true).send().await {
        Ok(rv) => {
            let token = rv.into_inner().data.v3_user_token.expose().to_string();
            return Ok(Issued::new(SecretString::from(token), None));
        }
        Err(e) => e,
    };
    let err = Error::from_api::<crashplan_api::types::AuthTokenResponse>(request, error)
        .await
        .of_login();
    match (err, totp) {
        (err, Some(t)) if err.is_unauthorized() && t.is_static() && relogin => Err(Error::Auth {
            reason: "the token expired and the fixed TOTP code was rejected on re-login".into(),
            hint: Some(Hint::Totp),
        }),
        (err, _) => Err(hide_login_body(err)),
    }
}

/// One API-client token request. Getting a token changes nothing on the server, so this
/// `POST` is replayed like an idempotent request (after a 503, a cut-off answer, ...), within
/// the budget of the call that needed the token.
async fn api_client_token(
    base_url: &str,
    login: &Arc<Pipeline>,
    budget: &Arc<Budget>,
) -> Result<Issued> {
    let request = RequestInfo::new(reqwest::Method::POST, "/api/v3/oauth/token");
    let hooks = Hooks {
        pipeline: Arc::clone(login),
        options: CallOptions { retry_post: true },
        budget: Some(Arc::clone(budget)),
        totp: None,
    };
    let api = crashplan_api::Client::new_with_client(
        base_url,
        login.http.clone(),
        crashplan_api::hooks::Hooks::new(hooks),
    );
    match api
        .get_api_client_token()
        .grant_type("client_credentials")
        .send()
        .await
    {
        Ok(rv) => {
            let answer = rv.into_inner();
            let token = SecretString::from(answer.access_token.expose().to_string());
            Ok(Issued::new(token, answer.expires_in))
        }
        Err(e) => Err(hide_login_body(
            Error::from_api::<crashplan_api::types::OAuthTokenResponse>(request, e).await,
        )),
    }
}

/// The body of a login answer may hold (part of) a token: a decode error never shows it.
fn hide_login_body(err: Error) -> Error {
    match err {
        Error::Decode {
            request,
            status,
            json_path,
            malformed,
            ..
        } => Error::Decode {
            request,
            status,
            json_path,
            message: "the login answer is not the expected JSON".into(),
            body_snippet: "(not shown: it may contain a token)".into(),
            malformed,
        },
        err => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let creds = Credentials::LocalAccount {
            username: "admin".into(),
            password: SecretString::from("hunter2"),
        };
        let client = Credentials::ApiClient {
            id: "key-79muGw9i424".into(),
            secret: SecretString::from("DWL-mPQ-secret"),
        };
        let text = format!("{creds:?} {:?} {client:?}", Totp::from("654321"));
        assert!(!text.contains("hunter2") && !text.contains("654321") && !text.contains("admin"));
        assert!(
            !text.contains("DWL-mPQ") && !text.contains("key-79"),
            "{text}"
        );
    }

    #[test]
    fn lifetimes_come_from_expires_in_or_the_jwt() {
        let jwt = |claims: &str| {
            use base64::engine::general_purpose::URL_SAFE_NO_PAD;
            format!("e30.{}.sig", URL_SAFE_NO_PAD.encode(claims))
        };
        let secs = |n| Some(Duration::from_secs(n));
        let issued = |t: &str, e| Issued::new(SecretString::from(t.to_string()), e).lifetime;
        assert_eq!(issued("opaque", Some(900)), secs(900));
        assert_eq!(issued(&jwt(r#"{"iat":100,"exp":1900}"#), None), secs(1800));
        assert_eq!(
            issued(&jwt(r#"{"iat":100,"exp":1900}"#), Some(60)),
            secs(60)
        );
        assert_eq!(issued(&jwt(r#"{"exp":1900}"#), None), None);
        assert_eq!(issued("not.a.jwt", None), None);
        assert_eq!(issued("opaque", Some(-5)), None);
        assert_eq!(issued("opaque", Some(0)), None);
        assert_eq!(
            renewal_margin(Duration::from_secs(900)),
            Duration::from_secs(60)
        );
        assert_eq!(
            renewal_margin(Duration::from_secs(6)),
            Duration::from_secs(1)
        );
    }

    #[test]
    fn token_schemes_parse() {
        assert_eq!(
            "Bearer".parse::<TokenScheme>().expect("bearer"),
            TokenScheme::Bearer
        );
        assert_eq!(
            "v3_user_token".parse::<TokenScheme>().expect("v3"),
            TokenScheme::V3UserToken
        );
        assert!("basic".parse::<TokenScheme>().is_err());
    }

    #[test]
    fn headers_are_sensitive() {
        let h = basic_header("admin", &SecretString::from("admin")).expect("valid");
        assert!(h.is_sensitive());
        assert_eq!(h.to_str().expect("ascii"), "Basic YWRtaW46YWRtaW4=");
        let t = token_header(&SecretString::from("abc"), TokenScheme::V3UserToken).expect("valid");
        assert_eq!(t.to_str().expect("ascii"), "v3_user_token abc");
        let b = token_header(&SecretString::from("abc"), TokenScheme::default()).expect("valid");
        assert_eq!(b.to_str().expect("ascii"), "Bearer abc");
        assert!(b.is_sensitive());
        assert!(format!("{t:?}").contains("Sensitive"));
    }

    #[tokio::test]
    async fn totp_sources_produce_codes() {
        assert_eq!(Totp::from("1").code().await.expect("static"), "1");
        assert_eq!(
            Totp::from(|| "2".to_string()).code().await.expect("sync"),
            "2"
        );
        let t = Totp::from_async(|| async { "3".to_string() });
        assert_eq!(t.code().await.expect("async"), "3");
        assert!(!t.is_static());
    }

    #[tokio::test]
    async fn concurrent_refreshes_fetch_once() {
        let calls = Arc::new(AtomicU64::new(0));
        let c = Arc::clone(&calls);
        let provider = move || {
            let n = c.fetch_add(1, Ordering::SeqCst);
            async move { Ok(SecretString::from(format!("t{n}"))) }
        };
        let budget = Budget::new(&crate::RetryPolicy::default().max_attempts(100));
        let session = Arc::new(Session::new(
            TokenSource::Provider(Arc::new(provider)),
            TokenScheme::Bearer,
            true,
        ));
        let (_, first) = session.header(&budget).await.expect("first token");
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let s = Arc::clone(&session);
                let b = Arc::clone(&budget);
                tokio::spawn(async move { s.refresh(first, &b).await })
            })
            .collect();
        for t in tasks {
            t.await.expect("task").expect("refresh");
        }
        let (h, _) = session.header(&budget).await.expect("token");
        assert_eq!(h.to_str().expect("ascii"), "Bearer t1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        assert_eq!(session.fetches(), 2);
    }
}
