//! The request pipeline: every retry, wait and token refresh of the client is decided here.
//!
//! Every request the client sends, typed (`client.users().get(69)`), generated
//! ([`Client::api`](crate::Client::api)), raw ([`Client::request_json`](crate::Client::request_json))
//! or a login, goes through one loop per call:
//!
//! ```text
//! credentials -> limiter -> send -> classify -> decide
//!      ^                                           |
//!      +---- retry after D / refresh, then retry --+--> done / fail
//! ```
//!
//! | question | where it is answered |
//! |---|---|
//! | Which header authenticates this attempt? | `Auth::authorization` (basic, token, or the session's cached token; a first login happens here) |
//! | When does the client stop sending a Basic password? | `Pipeline::attempt`: after a 401, `Auth::Basic` refuses further requests until `Client::set_password` |
//! | What does this outcome mean? | `classify`: the one classifier; every outcome becomes one `Decision` |
//! | Is a success answer's body what was expected? | `classify`, with `Expect`: any body, JSON, or the caller's own parse (`ParseOnce`: a raw page is parsed once, by the check) |
//! | May this request be sent twice? | `classify`, with `replayable`: idempotent methods, or `POST` with `.retry_post(true)` |
//! | How long to wait, and is there budget left? | `Budget::next_wait`: `Retry-After`, else backoff with jitter (from [`RetryPolicy`]); attempts and time of the call |
//! | When is the token refreshed? | `Decision::Refresh` on a 401 with a session token: `auth::Session::refresh`, single-flight |
//! | When does the client stop logging in? | `auth::Session`: a refused login is remembered and returned to every caller until `Client::set_password` |
//! | Is a TLS failure retried? | Never: [`Error::Tls`] is recognised by type (a `rustls::Error` in the source chain) and classified as a failure |
//! | Is a redirect followed? | Only to the same origin ([`redirect`](crate::redirect)); any other is [`Error::Redirect`], never retried |
//!
//! The loop itself is `backon::Retryable`: `when` asks the decision, `adjust` asks the
//! budget, `notify` logs the retry. There is no other retry loop in the crate.
//!
//! # Budget
//!
//! One budget per call: at most [`RetryPolicy::attempts`] requests, counting re-sends after
//! failures, re-sends of garbled answers, replays after a token refresh and logins; only the first
//! login of a call is free, so that even [`RetryPolicy::none`] can log in and send. A token
//! that the server had accepted before and now rejects has expired: the rejected attempt is
//! given back and the login renewing the token is free (at most [`RetryPolicy::attempts`]
//! times per call), so that short-lived tokens cost time, never a call. No wait is
//! started that would end after [`RetryPolicy::elapsed_budget`]. A login made for a call (first
//! login or refresh) spends that call's budget.
//!
//! # Rate limiting
//!
//! A client-side rate limiter plugs in with [`ClientBuilder::limiter`](crate::ClientBuilder::limiter):
//! a [`Limiter`] is asked for permission ([`Limiter::acquire`]) before every request the
//! pipeline sends, retries and logins included, and is told every outcome
//! ([`Limiter::observe`]: status, `Retry-After`, latency), which is what an AIMD limiter
//! needs (lower the rate on 429/503, raise it on success, cap it at a maximum rate). Without
//! one, requests are sent as soon as the concurrency of the caller allows.
//!
//! # How errors come back
//!
//! The generated client's hook may only return a `reqwest` result. A final answer (any status)
//! is returned as the response, a non-success one with its typed [`Error`] as an extension;
//! every other error of the pipeline (transport failures, credentials refused, answer too
//! large) travels inside a response with status 599 as an extension. The facade unwraps them
//! (`Error::from_api`), and so does `From<crashplan_api::Error<()>> for Error`, the `?` of
//! [`Client::api`](crate::Client::api) callers. Nothing is kept in task-locals or shared state.

use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use backon::Retryable as _;
use bytes::Bytes;
use futures::future::BoxFuture;
use http_body_util::BodyExt as _;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use reqwest::{Method, StatusCode};
use tracing::Instrument as _;

use crate::auth::Session;
use crate::error::{Error, Hint, RequestInfo, Result, is_json, is_retryable_status};
use crate::retry::{RetryPolicy, retry_after};
use crashplan_api::hooks::{OperationInfo, RequestHooks};

/// A client-side rate limiter: asked before every request, told every outcome. See the
/// [module documentation](self#rate-limiting).
///
/// ```
/// use crashplan::pipeline::{Limiter, Observation};
/// use futures::future::BoxFuture;
///
/// /// At most one request every 10 ms, whatever the server says.
/// #[derive(Debug, Default)]
/// struct Spaced(tokio::sync::Mutex<()>);
///
/// impl Limiter for Spaced {
///     fn acquire(&self) -> BoxFuture<'_, ()> {
///         Box::pin(async move {
///             let _turn = self.0.lock().await;
///             tokio::time::sleep(std::time::Duration::from_millis(10)).await;
///         })
///     }
///     fn observe(&self, _outcome: &Observation) {}
/// }
///
/// let client = crashplan::Client::builder("https://cp.example.com:4285")
///     .limiter(Spaced::default())
///     .build();
/// # assert!(client.is_ok());
/// ```
pub trait Limiter: Send + Sync + fmt::Debug + 'static {
    /// Waits until the next request may be sent.
    fn acquire(&self) -> BoxFuture<'_, ()>;

    /// The outcome of a request the limiter let through.
    fn observe(&self, outcome: &Observation);
}

/// What a [`Limiter`] learns about one request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Observation {
    /// The answer's status; `None` when no answer arrived (connection failure, timeout).
    pub status: Option<StatusCode>,
    /// The server's `Retry-After`, if it sent one.
    pub retry_after: Option<Duration>,
    /// Time from sending to the whole answer.
    pub latency: Duration,
}

/// What to do after one attempt; the output of [`classify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// The answer is final and good.
    Done,
    /// Try again after the server's wait, or after the backoff when `None`.
    Retry(Option<Duration>),
    /// The session token was rejected: refresh it, then try again at once.
    Refresh,
    /// The outcome is final: the caller gets it.
    Fail,
}

/// What the body of a success answer must be; one that is not (cut off, garbled) is asked for
/// again when the request is replayable. The one place of that rule is [`classify`].
#[derive(Clone, Copy)]
pub(crate) enum Expect<'a> {
    /// Any body (a raw request, whose caller reads what it gets).
    Anything,
    /// JSON of any shape (the generated client decodes it afterwards).
    Json,
    /// JSON that the caller parses here, once: the check keeps what it parsed (see
    /// [`ParseOnce`]), so that the body is not parsed again after the pipeline accepted it.
    Parsed(&'a (dyn BodyCheck + 'a)),
}

impl Expect<'_> {
    /// Whether a success answer's body is what was expected.
    fn accepts(self, body: &Bytes) -> bool {
        match self {
            Self::Anything => true,
            Self::Json => is_json(body),
            Self::Parsed(check) => check.accepts(body),
        }
    }
}

impl fmt::Debug for Expect<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Anything => "Anything",
            Self::Json => "Json",
            Self::Parsed(_) => "Parsed",
        })
    }
}

/// A caller's check of a success answer's body, asked by [`classify`] (through
/// [`Expect::Parsed`]) for every success answer of a request.
pub(crate) trait BodyCheck: Send + Sync {
    /// Whether the body is JSON; `false` makes the answer one to ask for again.
    fn accepts(&self, body: &Bytes) -> bool;
}

/// A [`BodyCheck`] that parses the body with `parse` and keeps the outcome of the last
/// success answer, so that a page is parsed once: the pipeline's check is the caller's parse.
///
/// The rule is the generic one ([`Expect::Json`]): a body that is not JSON is rejected (asked
/// for again), a body that is JSON of the wrong shape is accepted, and its parse error is the
/// caller's typed error, as if the caller had parsed it after the pipeline.
pub(crate) struct ParseOnce<T, F> {
    parse: F,
    last: Mutex<Option<std::result::Result<T, serde_json::Error>>>,
}

impl<T, F> ParseOnce<T, F>
where
    F: Fn(&Bytes) -> std::result::Result<T, serde_json::Error>,
{
    /// A check that parses with `parse`.
    pub(crate) fn new(parse: F) -> Self {
        Self {
            parse,
            last: Mutex::new(None),
        }
    }

    /// The outcome of the last parse, or `None` when no success answer was checked.
    pub(crate) fn take(self) -> Option<std::result::Result<T, serde_json::Error>> {
        self.last.into_inner().ok().flatten()
    }
}

impl<T, F> BodyCheck for ParseOnce<T, F>
where
    T: Send,
    F: Fn(&Bytes) -> std::result::Result<T, serde_json::Error> + Send + Sync,
{
    fn accepts(&self, body: &Bytes) -> bool {
        let parsed = (self.parse)(body);
        let accepted = match &parsed {
            Ok(_) => true,
            // Syntax errors and a body that ends early: not JSON.
            Err(e) if !e.is_data() => false,
            // JSON of another shape, or cut off after the wrong shape was seen: the rare
            // case pays for a second, generic check.
            Err(_) => is_json(body),
        };
        if let Ok(mut last) = self.last.lock() {
            *last = Some(parsed);
        }
        accepted
    }
}

/// How a request may be handled, as far as [`classify`] needs to know.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rules<'a> {
    /// The request may be sent twice: idempotent, or `POST` with `.retry_post(true)`.
    pub replayable: bool,
    /// What a success answer's body must be.
    pub expect: Expect<'a>,
    /// A 401 can be cured by refreshing the session token.
    pub refreshable: bool,
}

/// The one classifier: turns the outcome of one attempt into one [`Decision`].
///
/// * 401 with a session token: [`Decision::Refresh`].
/// * 2xx: [`Decision::Done`], unless the body is not what [`Rules::expect`] says (JSON was
///   expected and the body is not JSON at all): retried when replayable.
/// * 429, 502, 503, 504: retried when replayable, after `Retry-After` if the server sent one.
/// * Timeouts, connection failures, connections broken mid-answer: retried when replayable.
/// * Everything else (other statuses, TLS and certificate failures, redirects not followed,
///   answers over the size limit, credentials refused, invalid requests): [`Decision::Fail`].
pub(crate) fn classify(outcome: &Result<http::Response<Bytes>>, rules: Rules<'_>) -> Decision {
    let retry = |after| {
        if rules.replayable {
            Decision::Retry(after)
        } else {
            Decision::Fail
        }
    };
    match outcome {
        Ok(resp) if resp.status() == StatusCode::UNAUTHORIZED && rules.refreshable => {
            Decision::Refresh
        }
        Ok(resp) if resp.status().is_success() => {
            if !rules.expect.accepts(resp.body()) {
                retry(None)
            } else {
                Decision::Done
            }
        }
        Ok(resp) if is_retryable_status(resp.status()) => retry(retry_after(resp.headers())),
        Ok(_) => Decision::Fail,
        Err(Error::Timeout { .. } | Error::Connect { .. } | Error::Network { .. }) => retry(None),
        Err(_) => Decision::Fail,
    }
}

/// Whether a request with this method may be sent twice without changing the outcome.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::PUT | Method::HEAD | Method::OPTIONS | Method::DELETE
    )
}

/// The attempts and time one call may spend. Shared (by reference counting) with the logins
/// the call makes, so that they spend it too.
#[derive(Debug)]
pub(crate) struct Budget {
    policy: RetryPolicy,
    started: Instant,
    spent: AtomicU32,
    free_login_used: AtomicBool,
    /// Renewals of expired tokens forgiven so far (bounded by the attempts of the policy).
    renewals: AtomicU32,
}

impl Budget {
    pub(crate) fn new(policy: &RetryPolicy) -> Arc<Self> {
        Arc::new(Self {
            policy: policy.clone(),
            started: Instant::now(),
            spent: AtomicU32::new(0),
            free_login_used: AtomicBool::new(false),
            renewals: AtomicU32::new(0),
        })
    }

    /// A token that the server had accepted expired: the attempt it rejected is given back
    /// and the login that renews it is free, at most [`RetryPolicy::attempts`] times per call
    /// (a server that keeps accepting and expiring tokens cannot keep a call forever).
    fn forgive_expiry(&self) {
        if self.renewals.fetch_add(1, Ordering::Relaxed) >= self.policy.attempts() {
            return;
        }
        // `Err` only when nothing was spent: nothing to give back.
        let _ = self
            .spent
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1));
        self.free_login_used.store(false, Ordering::Relaxed);
    }

    /// Takes one attempt (the first login of a call is free); the number of the attempt.
    fn spend(&self, login: bool) -> u32 {
        if login && !self.free_login_used.swap(true, Ordering::Relaxed) {
            return self.spent.load(Ordering::Relaxed);
        }
        self.spent.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Attempts left.
    pub(crate) fn left(&self) -> u32 {
        self.policy
            .attempts()
            .saturating_sub(self.spent.load(Ordering::Relaxed))
    }

    /// Whether the next login of this call would be free.
    pub(crate) fn login_is_free(&self) -> bool {
        !self.free_login_used.load(Ordering::Relaxed)
    }

    /// Whether a login may be sent now: the first login of a call is free; any other must
    /// leave one attempt for the request that needs the token.
    fn allows_login(&self) -> bool {
        self.login_is_free() || self.left() > 1
    }

    /// The wait before the next attempt, or `None` when the decision or the budget says stop.
    /// A login keeps one attempt for the request that needs the token.
    fn next_wait(
        &self,
        decision: Decision,
        backoff: Option<Duration>,
        login: bool,
    ) -> Option<Duration> {
        let wait = match decision {
            Decision::Refresh => Duration::ZERO,
            Decision::Retry(server) => server.or(backoff)?,
            Decision::Done | Decision::Fail => return None,
        };
        let ends = self.started.elapsed().checked_add(wait)?;
        let reserved = u32::from(login);
        (self.left() > reserved && ends <= self.policy.elapsed_budget()).then_some(wait)
    }
}

/// Where the `Authorization` header comes from.
#[derive(Debug)]
pub(crate) enum Auth {
    /// No header.
    None,
    /// The same header for every request (a fixed token, or the Basic header of logins);
    /// replaced by `Client::set_password`.
    Static(RwLock<HeaderValue>),
    /// HTTP Basic on every request: every request is a login, so a refusal (401) is
    /// remembered and no further request is sent with the same password.
    Basic(Password),
    /// A session token, fetched lazily and refreshed on 401.
    Session(Arc<Session>),
}

impl Auth {
    /// The header for the next attempt and, for a session, the generation of its token.
    async fn authorization(&self, budget: &Arc<Budget>) -> Result<Option<(HeaderValue, u64)>> {
        match self {
            Self::None => Ok(None),
            Self::Static(h) => Ok(h.read().ok().map(|h| (h.clone(), 0))),
            Self::Basic(p) => match p.refused.lock().ok().and_then(|r| r.clone()) {
                Some(reason) => Err(Error::Auth {
                    reason,
                    hint: Some(Hint::Credentials),
                }),
                None => Ok(p.header.read().ok().map(|h| (h.clone(), 0))),
            },
            Self::Session(s) => s.header(budget).await.map(Some),
        }
    }
}

/// The Basic header of every request and, once the server refused it, why.
#[derive(Debug)]
pub(crate) struct Password {
    pub(crate) header: RwLock<HeaderValue>,
    refused: Mutex<Option<String>>,
}

impl Password {
    pub(crate) fn new(header: HeaderValue) -> Self {
        Self {
            header: RwLock::new(header),
            refused: Mutex::new(None),
        }
    }

    /// New credentials: requests are sent again.
    pub(crate) fn replace(&self, header: HeaderValue) {
        if let Ok(mut h) = self.header.write() {
            *h = header;
        }
        if let Ok(mut r) = self.refused.lock() {
            *r = None;
        }
    }

    fn refuse(&self, request: &RequestInfo) {
        if let Ok(mut r) = self.refused.lock()
            && r.is_none()
        {
            tracing::warn!(
                "the server refused the password; no more requests until the credentials change"
            );
            *r = Some(format!(
                "the server refused the username and password (401 at {request}); no request is \
                 sent with them again"
            ));
        }
    }
}

/// The header of the login's one-time password (`totp-auth` in the spec).
const TOTP_HEADER: &str = "totp-auth";

/// What a request is for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Purpose<'a> {
    /// A call of the caller.
    Request,
    /// A login made for a call (spends that call's budget), with the account's TOTP source.
    Login(Option<&'a crate::Totp>),
}

impl Purpose<'_> {
    fn is_login(self) -> bool {
        matches!(self, Self::Login(_))
    }
}

/// Per-call options.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct CallOptions {
    /// Replay a `POST` like an idempotent request.
    pub(crate) retry_post: bool,
}

/// Everything a client needs to send requests; shared by its clones.
#[derive(Debug)]
pub(crate) struct Pipeline {
    pub(crate) http: reqwest::Client,
    pub(crate) auth: Auth,
    pub(crate) retry: RetryPolicy,
    /// Answers with a longer body fail with [`Error::ResponseTooLarge`].
    pub(crate) max_response_bytes: Option<u64>,
    pub(crate) limiter: Option<Arc<dyn Limiter>>,
    /// The size of the largest recent answer, for the memory budget of the pages in flight
    /// ([`crate::paging`]): each answer raises it to its size, or lowers it by an eighth.
    pub(crate) largest_answer: Arc<std::sync::atomic::AtomicU64>,
}

/// The outcome of one attempt that is not a good answer, with its decision.
struct Attempt {
    outcome: Result<http::Response<Bytes>>,
    decision: Decision,
}

impl Pipeline {
    /// Sends `request` until the decision is final or `budget` is spent. The answer, whatever
    /// its status, has its whole body in memory; `Err` is a failure without an answer.
    pub(crate) async fn send(
        &self,
        request: reqwest::Request,
        options: CallOptions,
        expect: Expect<'_>,
        budget: &Arc<Budget>,
        purpose: Purpose<'_>,
    ) -> Result<http::Response<Bytes>> {
        let login = purpose.is_login();
        let rules = Rules {
            replayable: is_idempotent(request.method()) || options.retry_post,
            expect,
            refreshable: matches!(self.auth, Auth::Session(_)),
        };
        if login && !budget.allows_login() {
            return Err(Error::auth(
                "the call's retry budget has no attempts left for a login; raise RetryPolicy::max_attempts",
            ));
        }
        // Bodies of this client are in memory, so cloning only fails for streaming bodies,
        // which are then sent once.
        if request.try_clone().is_none() {
            return match self.attempt(request, rules, budget, purpose).await {
                Ok(resp) => Ok(resp),
                Err(a) => a.outcome,
            };
        }
        let template = request;
        let outcome = (|| async {
            match template.try_clone() {
                Some(request) => self.attempt(request, rules, budget, purpose).await,
                None => Err(Attempt {
                    outcome: Err(Error::InvalidRequest {
                        request: info(&template),
                        message: "the request cannot be copied for another attempt".into(),
                    }),
                    decision: Decision::Fail,
                }),
            }
        })
        .retry(self.retry.backoff())
        .when(|a: &Attempt| matches!(a.decision, Decision::Retry(_) | Decision::Refresh))
        .adjust(|a, backoff| budget.next_wait(a.decision, backoff, login))
        .notify(log_retry)
        .await;
        match outcome {
            Ok(resp) => Ok(resp),
            Err(Attempt { outcome, .. }) => outcome,
        }
    }

    /// One attempt: credentials, limiter, send, classify; a refresh is done here when decided.
    async fn attempt(
        &self,
        mut request: reqwest::Request,
        rules: Rules<'_>,
        budget: &Arc<Budget>,
        purpose: Purpose<'_>,
    ) -> Result<http::Response<Bytes>, Attempt> {
        let fail = |e| Attempt {
            outcome: Err(e),
            decision: Decision::Fail,
        };
        let generation = match self.auth.authorization(budget).await.map_err(fail)? {
            Some((header, generation)) => {
                request.headers_mut().insert(AUTHORIZATION, header);
                Some(generation)
            }
            None => None,
        };
        if let Purpose::Login(Some(totp)) = purpose {
            // A fresh code for every attempt: a server accepts each code once, and the first
            // attempt may have reached it even if its answer did not arrive whole.
            // An empty code (a callback with nothing to say yet) sends no header at all.
            let code = totp.code().await.map_err(fail)?;
            if !code.is_empty() {
                let mut value = HeaderValue::from_str(&code).map_err(|_| {
                    fail(Error::auth(
                        "the TOTP code contains characters that cannot be sent in a header",
                    ))
                })?;
                value.set_sensitive(true);
                request.headers_mut().insert(TOTP_HEADER, value);
            }
        }
        let attempt = budget.spend(purpose.is_login());
        let info = info(&request);
        let span = tracing::info_span!(
            "crashplan.request",
            method = %request.method(),
            path = %path_and_query(request.url()),
            attempt,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        if let Some(l) = &self.limiter {
            l.acquire().instrument(span.clone()).await;
        }
        let sent = Instant::now();
        let outcome = self.send_once(request).instrument(span.clone()).await;
        let latency = sent.elapsed();
        span.record(
            "latency_ms",
            u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
        );
        match &outcome {
            Ok(resp) => {
                span.record("status", resp.status().as_u16());
                tracing::info!(parent: &span, "answered");
            }
            // The error itself is the caller's to report (once); `-vv` has it here too.
            Err(e) => {
                tracing::info!(parent: &span, "no answer");
                tracing::debug!(parent: &span, error = %e, "failed");
            }
        }
        if let Some(l) = &self.limiter {
            l.observe(&Observation {
                status: outcome.as_ref().ok().map(http::Response::status),
                retry_after: outcome.as_ref().ok().and_then(|r| retry_after(r.headers())),
                latency,
            });
        }
        if let (Auth::Basic(p), Ok(resp)) = (&self.auth, &outcome)
            && resp.status() == StatusCode::UNAUTHORIZED
        {
            p.refuse(&info);
        }
        if let (Auth::Session(s), Ok(resp)) = (&self.auth, &outcome)
            && resp.status() != StatusCode::UNAUTHORIZED
        {
            // The server understood the token scheme (see `auth`'s one-time fallback).
            s.mark_accepted();
        }
        let mut decision = classify(&outcome, rules);
        if let (Auth::Session(session), Some(generation)) = (&self.auth, generation) {
            if decision == Decision::Done {
                session.accepted(generation);
            } else if decision == Decision::Refresh && session.was_accepted(generation) {
                // The token expired: renewing it costs time, not the call's attempts.
                budget.forgive_expiry();
            }
        }
        if decision == Decision::Refresh {
            decision = self.refresh(generation, budget).await.map_err(fail)?;
        }
        match decision {
            Decision::Done => outcome.map_err(fail),
            decision => Err(Attempt { outcome, decision }),
        }
    }

    /// Carries out [`Decision::Refresh`]: a new token if the budget allows the login and the
    /// replay, else [`Decision::Fail`] (the caller gets the 401).
    async fn refresh(&self, rejected: Option<u64>, budget: &Arc<Budget>) -> Result<Decision> {
        let (Auth::Session(session), Some(rejected)) = (&self.auth, rejected) else {
            return Ok(Decision::Fail);
        };
        let needed = if session.is_current(rejected).await && !budget.login_is_free() {
            2
        } else {
            1
        };
        if budget.left() < needed {
            return Ok(Decision::Fail);
        }
        session.refresh(rejected, budget).await?;
        Ok(Decision::Refresh)
    }

    /// Sends once and reads the whole body, so that a connection breaking mid-body is an
    /// error of this attempt, and a body over the size limit is refused while reading.
    async fn send_once(&self, request: reqwest::Request) -> Result<http::Response<Bytes>> {
        let info = info(&request);
        let resp: http::Response<reqwest::Body> = self
            .http
            .execute(request)
            .await
            .map_err(|e| Error::from_reqwest(info.clone(), e))?
            .into();
        let (parts, body) = resp.into_parts();
        let too_large = |limit| Error::ResponseTooLarge {
            request: info.clone(),
            limit,
        };
        let bytes = match self.max_response_bytes {
            None => body
                .collect()
                .await
                .map_err(|e| Error::from_reqwest(info.clone(), e))?
                .to_bytes(),
            Some(limit) => {
                let announced = parts
                    .headers
                    .get(reqwest::header::CONTENT_LENGTH)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok());
                if announced.is_some_and(|n| n > limit) {
                    return Err(too_large(limit));
                }
                let limited = http_body_util::Limited::new(
                    body,
                    usize::try_from(limit).unwrap_or(usize::MAX),
                );
                match limited.collect().await {
                    Ok(c) => c.to_bytes(),
                    Err(e) => match e.downcast::<reqwest::Error>() {
                        Ok(transport) => return Err(Error::from_reqwest(info, *transport)),
                        // The only other error of `Limited`: the body is too long.
                        Err(_) => return Err(too_large(limit)),
                    },
                }
            }
        };
        let size = bytes.len() as u64;
        let _ = self
            .largest_answer
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |old| {
                Some(size.max(old - old / 8))
            });
        Ok(http::Response::from_parts(parts, bytes))
    }

    /// The memory budget of the pages in flight of a list, if answers are limited.
    pub(crate) fn page_memory(&self) -> Option<crate::paging::PageMemory> {
        let limit = self.max_response_bytes?;
        Some(crate::paging::PageMemory {
            budget: limit.saturating_mul(crate::paging::PAGE_MEMORY_FACTOR),
            largest: Arc::clone(&self.largest_answer),
            assumed: limit,
        })
    }
}

/// The path and query of `url`, for the log: the host and any userinfo stay out, and no
/// request of this library carries a secret in its query.
fn path_and_query(url: &reqwest::Url) -> String {
    match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    }
}

fn info(request: &reqwest::Request) -> RequestInfo {
    RequestInfo::new(request.method().clone(), request.url().path())
}

fn log_retry(a: &Attempt, wait: Duration) {
    let reason = match &a.outcome {
        Ok(resp) if resp.status().is_success() => "the answer is not valid JSON".to_string(),
        Ok(resp) => resp.status().to_string(),
        Err(e) => e.summary(),
    };
    if a.decision == Decision::Refresh {
        tracing::debug!(%reason, "token rejected; refreshed, replaying");
    } else {
        tracing::warn!(
            delay_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
            %reason,
            "retrying"
        );
    }
}

/// A pipeline error that is not an answer, carried inside a response through the generated
/// client (see the [module documentation](self#how-errors-come-back)).
#[derive(Clone)]
struct Carried(Arc<Mutex<Option<Error>>>);

/// The status of a response that carries a pipeline error.
const CARRIER_STATUS: u16 = 599;

/// The error a response carries, if it is a carrier.
pub(crate) fn carried_error(resp: &reqwest::Response) -> Option<Error> {
    resp.extensions()
        .get::<Carried>()
        .and_then(|c| c.0.lock().ok().and_then(|mut e| e.take()))
}

/// The hooks of a generated client: every request goes through [`Pipeline::send`].
#[derive(Debug)]
pub(crate) struct Hooks {
    pub(crate) pipeline: Arc<Pipeline>,
    pub(crate) options: CallOptions,
    /// The budget of the call this client was made for (logins); else one per request.
    pub(crate) budget: Option<Arc<Budget>>,
    /// The TOTP source of a login, asked for a code at every attempt.
    pub(crate) totp: Option<crate::Totp>,
}

impl RequestHooks for Hooks {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        _operation: &'a OperationInfo,
    ) -> BoxFuture<'a, Result<(), String>> {
        // Credentials are added per attempt by the pipeline.
        Box::pin(async { Ok(()) })
    }

    fn execute<'a>(
        &'a self,
        _client: &'a reqwest::Client,
        request: reqwest::Request,
        _operation: &'a OperationInfo,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        Box::pin(async move {
            let (budget, purpose) = match &self.budget {
                Some(b) => (Arc::clone(b), Purpose::Login(self.totp.as_ref())),
                None => (Budget::new(&self.pipeline.retry), Purpose::Request),
            };
            let request_info = info(&request);
            // A final answer that is not a success carries its typed error beside it, so that
            // `From<crashplan_api::Error<()>>` (which cannot read a body) has it whole.
            let (mut carrier, error) = match self
                .pipeline
                .send(request, self.options, Expect::Json, &budget, purpose)
                .await
            {
                Ok(resp) if resp.status().is_success() => {
                    return Ok(reqwest::Response::from(resp));
                }
                Ok(resp) => {
                    let error = Error::from_status(
                        request_info,
                        resp.status(),
                        resp.headers(),
                        resp.body(),
                    );
                    (resp, error)
                }
                Err(e) => {
                    let mut carrier = http::Response::new(Bytes::new());
                    *carrier.status_mut() = StatusCode::from_u16(CARRIER_STATUS)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                    (carrier, e)
                }
            };
            carrier
                .extensions_mut()
                .insert(Carried(Arc::new(Mutex::new(Some(error)))));
            Ok(reqwest::Response::from(carrier))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &'static str) -> Result<http::Response<Bytes>> {
        let mut r = http::Response::new(Bytes::from_static(body.as_bytes()));
        *r.status_mut() = StatusCode::from_u16(status).expect("valid");
        Ok(r)
    }

    const GET: Rules<'static> = Rules {
        replayable: true,
        expect: Expect::Json,
        refreshable: true,
    };

    #[test]
    fn one_decision_per_outcome() {
        assert_eq!(classify(&answer(200, "{}"), GET), Decision::Done);
        assert_eq!(
            classify(&answer(200, "{\"a\":"), GET),
            Decision::Retry(None)
        );
        assert_eq!(classify(&answer(401, ""), GET), Decision::Refresh);
        assert_eq!(classify(&answer(503, ""), GET), Decision::Retry(None));
        assert_eq!(classify(&answer(500, ""), GET), Decision::Fail);
        assert_eq!(classify(&answer(404, ""), GET), Decision::Fail);
        let post = Rules {
            replayable: false,
            ..GET
        };
        assert_eq!(classify(&answer(503, ""), post), Decision::Fail);
        assert_eq!(classify(&answer(200, "{\"a\":"), post), Decision::Fail);
        let basic = Rules {
            refreshable: false,
            ..GET
        };
        assert_eq!(classify(&answer(401, ""), basic), Decision::Fail);
        let raw = Rules {
            expect: Expect::Anything,
            ..GET
        };
        assert_eq!(classify(&answer(200, "text"), raw), Decision::Done);
        // A caller's parse is the check, with the same rule, and keeps its outcome.
        let parse = |body: &Bytes| serde_json::from_slice::<Vec<u32>>(body);
        for (body, replayable, decision, parsed) in [
            ("[1,2]", true, Decision::Done, true),
            ("[1,", true, Decision::Retry(None), false),
            ("[1,", false, Decision::Fail, false),
            ("{\"a\":1}", true, Decision::Done, false),
        ] {
            let check = ParseOnce::new(parse);
            let rules = Rules {
                replayable,
                expect: Expect::Parsed(&check),
                ..GET
            };
            assert_eq!(classify(&answer(200, body), rules), decision, "{body}");
            assert_eq!(check.take().map(|p| p.is_ok()), Some(parsed), "{body}");
        }
        let too_large = Err(Error::ResponseTooLarge {
            request: RequestInfo::get("/x"),
            limit: 1,
        });
        assert_eq!(classify(&too_large, GET), Decision::Fail);
    }

    #[test]
    fn the_budget_counts_attempts_time_and_one_free_login() {
        let policy = RetryPolicy::default()
            .max_attempts(2)
            .max_elapsed(Duration::from_secs(10));
        let b = Budget::new(&policy);
        let s = Duration::from_secs;
        assert_eq!(b.spend(true), 0, "the first login is free");
        assert_eq!(b.spend(false), 1);
        let wait = |d, backoff| b.next_wait(d, backoff, false);
        assert_eq!(wait(Decision::Retry(None), Some(s(1))), Some(s(1)));
        assert_eq!(wait(Decision::Retry(Some(s(3))), Some(s(1))), Some(s(3)));
        assert_eq!(wait(Decision::Retry(Some(s(60))), Some(s(1))), None);
        assert_eq!(wait(Decision::Retry(Some(Duration::MAX)), None), None);
        assert_eq!(wait(Decision::Fail, Some(s(1))), None);
        assert_eq!(
            b.next_wait(Decision::Retry(None), Some(s(1)), true),
            None,
            "keeps one"
        );
        assert!(!b.allows_login());
        assert_eq!(b.spend(true), 2, "the second login counts");
        assert_eq!(b.left(), 0);
        assert_eq!(wait(Decision::Refresh, None), None);
    }

    #[test]
    fn expired_tokens_are_forgiven_a_bounded_number_of_times() {
        let b = Budget::new(&RetryPolicy::default().max_attempts(2));
        b.spend(true);
        for _ in 0..2 {
            b.spend(false);
            b.forgive_expiry();
            assert_eq!(b.left(), 2, "the rejected attempt is given back");
            assert!(b.login_is_free(), "and the renewal is free");
            b.spend(true);
        }
        b.spend(false);
        b.forgive_expiry();
        assert_eq!(b.left(), 1, "no more than `attempts` renewals are forgiven");
    }

    #[test]
    fn only_idempotent_methods_are_replayed() {
        assert!(is_idempotent(&Method::GET));
        assert!(is_idempotent(&Method::PUT));
        assert!(!is_idempotent(&Method::POST));
        assert!(!is_idempotent(&Method::PATCH));
    }
}
