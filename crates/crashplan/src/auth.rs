//! Credentials: HTTP Basic, local account login to a `v3_user_token` (with optional TOTP), a
//! static token or a caller-supplied token provider. Tokens are fetched lazily, cached, shared
//! by clones of the client, and refreshed once (single-flight) when the server answers 401.
//! When to refresh is decided in [`crate::pipeline`]; a refused login is remembered here so
//! that the client stops logging in until [`Client::set_password`](crate::Client::set_password).

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

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

/// Supplies `v3_user_token`s, e.g. from a company's single sign-on. Implemented for async
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
    Token(SecretString),
    Provider(Arc<dyn TokenProvider>),
}

impl Credentials {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Basic { .. } => "basic",
            Self::LocalAccount { .. } => "local_account",
            Self::Token(_) => "token",
            Self::Provider(_) => "token_provider",
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the kind: no username, password or token.
        write!(f, "Credentials::{}", self.kind())
    }
}

/// `Basic <base64(user:password)>`, marked sensitive.
pub(crate) fn basic_header(username: &str, password: &SecretString) -> Result<HeaderValue> {
    let raw = format!("{username}:{}", password.expose_secret());
    let encoded = base64::engine::general_purpose::STANDARD.encode(raw);
    sensitive(&format!("Basic {encoded}"))
}

/// `v3_user_token <token>`, marked sensitive.
pub(crate) fn token_header(token: &SecretString) -> Result<HeaderValue> {
    sensitive(&format!("v3_user_token {}", token.expose_secret()))
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
    Provider(Arc<dyn TokenProvider>),
}

/// A cached session token, refreshed single-flight. A login the server refuses is remembered:
/// every later caller gets the same error without another login, until new credentials
/// arrive ([`Session::reset`]), so that a disabled account or a changed password costs one
/// failed login, not one per request.
pub(crate) struct Session {
    source: TokenSource,
    state: Mutex<State>,
    fetches: AtomicU64,
}

#[derive(Default)]
struct State {
    token: Option<HeaderValue>,
    /// Bumped with every new token; a 401 names the generation it rejected.
    generation: u64,
    /// The error of a refused login, handed to every caller.
    refused: Option<Error>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("token_fetches", &self.fetches.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Session {
    pub(crate) fn new(source: TokenSource) -> Self {
        Self {
            source,
            state: Mutex::new(State::default()),
            fetches: AtomicU64::new(0),
        }
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
        if let Some(h) = &state.token {
            return Ok((h.clone(), state.generation));
        }
        self.fetch(&mut state, budget).await
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
        let token = match &self.source {
            TokenSource::Provider(p) => p.token().await,
            TokenSource::Login {
                base_url,
                login,
                totp,
            } => login_once(base_url, login, totp.as_ref(), relogin, budget).await,
        };
        let header = match token.and_then(|t| token_header(&t)) {
            Ok(h) => h,
            Err(e) => {
                if matches!(self.source, TokenSource::Login { .. }) && is_refusal(&e) {
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
) -> Result<SecretString> {
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
            return Ok(SecretString::from(
                rv.into_inner().data.v3_user_token.expose().to_string(),
            ));
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
        // The body of a login answer may hold (part of) a token: never show it.
        (
            Error::Decode {
                request,
                status,
                json_path,
                malformed,
                ..
            },
            _,
        ) => Err(Error::Decode {
            request,
            status,
            json_path,
            message: "the login answer is not the expected JSON".into(),
            body_snippet: "(not shown: it may contain a token)".into(),
            malformed,
        }),
        (err, _) => Err(err),
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
        let text = format!("{creds:?} {:?}", Totp::from("654321"));
        assert!(!text.contains("hunter2") && !text.contains("654321") && !text.contains("admin"));
    }

    #[test]
    fn headers_are_sensitive() {
        let h = basic_header("admin", &SecretString::from("admin")).expect("valid");
        assert!(h.is_sensitive());
        assert_eq!(h.to_str().expect("ascii"), "Basic YWRtaW46YWRtaW4=");
        let t = token_header(&SecretString::from("abc")).expect("valid");
        assert_eq!(t.to_str().expect("ascii"), "v3_user_token abc");
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
        let session = Arc::new(Session::new(TokenSource::Provider(Arc::new(provider))));
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
        assert_eq!(h.to_str().expect("ascii"), "v3_user_token t1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        assert_eq!(session.fetches(), 2);
    }
}
