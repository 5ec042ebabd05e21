//! [`Error`]: everything that can go wrong, with the request it belongs to and what to do.
//!
//! Errors are grouped by the stage that failed: an answer with a non-success status
//! ([`Error::Http`], one variant for every status, told apart by [`HttpKind`]), the connection
//! ([`Error::Connect`], [`Error::Tls`], [`Error::Timeout`], [`Error::Network`]), decoding
//! ([`Error::Decode`], [`Error::ResponseTooLarge`], [`Error::PagingIgnored`]), credentials
//! ([`Error::Auth`], [`Error::TwoFactor`], [`Error::TokenProvider`]), values given to the
//! library ([`Error::InvalidInput`]) and settings ([`Error::Config`]).
//!
//! Every error of the layers below converts into [`Error`] with `?`: [`Client::api`]
//! calls (`crashplan_api::Error`), model builders (`ConversionError`), filters
//! ([`InvalidFilter`](crate::resources::InvalidFilter)) and queries. Their own errors stay
//! reachable as the [`source`](std::error::Error::source); no public field has a foreign type.
//!
//! [`Client::api`]: crate::Client::api
//!
//! `Display` is one sentence: what happened to which request ([`Error::summary`]), then what to
//! do, in the words of this library (method names). Programs that speak to people in other
//! words, e.g. a command line that names its flags, print [`Error::summary`] and their own
//! advice for [`Error::hint`].

use std::fmt;
use std::time::Duration;

use reqwest::header::{ALLOW, HeaderMap};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use crate::retry::retry_after;

mod names;
pub use names::{ErrorName, NamedError};

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The source of an error from another layer (transport, a token provider), boxed so that its
/// type is not part of this crate's API.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Bodies quoted in errors are cut to this many bytes.
pub const BODY_SNIPPET_BYTES: usize = 512;

/// The request an error belongs to: method and URL path, without the query string (which could
/// carry values the caller does not want in logs) and never with credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestInfo {
    /// HTTP method.
    pub method: Method,
    /// URL path, e.g. `/rest/users/69`.
    pub path: String,
}

impl RequestInfo {
    /// A request description.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        let mut path = path.into();
        if let Some(i) = path.find(['?', '#']) {
            path.truncate(i);
        }
        Self { method, path }
    }

    /// A `GET` request description.
    pub fn get(path: impl Into<String>) -> Self {
        Self::new(Method::GET, path)
    }
}

impl fmt::Display for RequestInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

/// What a non-success status means for the caller. A new status is one line in
/// [`HttpKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpKind {
    /// 400: the request was malformed.
    BadRequest,
    /// 401: credentials missing, wrong or expired.
    Unauthorized,
    /// 403: the account may not do this.
    Forbidden,
    /// 404: no such resource.
    NotFound,
    /// 405: the resource does not support this method (see [`HttpError::allow`]).
    MethodNotAllowed,
    /// 406: the server cannot answer in JSON.
    NotAcceptable,
    /// 409: the change conflicts with existing data.
    Conflict,
    /// 415: the body's content type is not supported.
    UnsupportedMediaType,
    /// 429: rate limited.
    RateLimited,
    /// 5xx: the server failed.
    ServerError,
    /// Any other status that is not a success of the operation.
    Unexpected,
}

impl HttpKind {
    /// The kind of a status.
    pub fn of(status: StatusCode) -> Self {
        match status.as_u16() {
            400 => Self::BadRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            405 => Self::MethodNotAllowed,
            406 => Self::NotAcceptable,
            409 => Self::Conflict,
            415 => Self::UnsupportedMediaType,
            429 => Self::RateLimited,
            500..=599 => Self::ServerError,
            _ => Self::Unexpected,
        }
    }

    fn hint(self) -> Option<Hint> {
        Some(match self {
            Self::BadRequest => Hint::BadRequest,
            Self::Unauthorized => Hint::Credentials,
            Self::Forbidden => Hint::Permission,
            Self::NotFound => Hint::NotFound,
            Self::MethodNotAllowed | Self::NotAcceptable | Self::UnsupportedMediaType => {
                Hint::Unsupported
            }
            Self::Conflict => Hint::Conflict,
            Self::RateLimited => Hint::RateLimited,
            Self::ServerError => Hint::ServerError,
            Self::Unexpected => return None,
        })
    }
}

/// A non-success answer: status, what it means, and what the server said.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HttpError {
    /// The request.
    pub request: RequestInfo,
    /// HTTP status.
    pub status: StatusCode,
    /// What the status means.
    pub kind: HttpKind,
    /// The server's `Retry-After` (429 and 5xx).
    pub retry_after: Option<Duration>,
    /// The methods of the `Allow` header (405).
    pub allow: Vec<String>,
    /// The server's message: its named errors (`USER_DUPLICATE: ..`), else the `message` of
    /// the JSON error body, or a short plain-text body.
    pub message: Option<String>,
    /// The business errors the server named (`USER_DUPLICATE`, `ACTIVE_LEGAL_HOLD`, ..), in
    /// its order; see [`Error::error_name`].
    pub errors: Vec<NamedError>,
    /// The body, cut to [`BODY_SNIPPET_BYTES`] bytes, with token and password values replaced
    /// by `***`.
    pub body: String,
}

/// What the reader of an error can do about it. [`Hint::advice`] says it in this library's
/// words; a program with other words (a command line's flags) maps the hint to its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Hint {
    /// The username, password or token was rejected.
    Credentials,
    /// A fixed TOTP code was rejected on a re-login: a fresh code is needed at every login.
    Totp,
    /// The account needs a two-factor code and none was given.
    TotpRequired,
    /// The two-factor code was wrong or expired.
    TotpRejected,
    /// The account lacks a role.
    Permission,
    /// No such resource.
    NotFound,
    /// The request's parameters or body are wrong.
    BadRequest,
    /// The change conflicts with existing data.
    Conflict,
    /// The resource does not support this method or format.
    Unsupported,
    /// Too many requests.
    RateLimited,
    /// A user with this username already exists (`USER_DUPLICATE`).
    Duplicate,
    /// The user or device is in an active legal hold (`ACTIVE_LEGAL_HOLD`).
    LegalHold,
    /// The server refused a value: the username must be an email, the email or password is
    /// invalid, ... (`EMAIL_INVALID`, `NEW_PASSWORD_INVALID`, ..).
    InvalidValue,
    /// The server failed.
    ServerError,
    /// The server did not answer in time.
    Timeout,
    /// No connection to the server.
    Connect,
    /// The server's certificate is not trusted.
    TrustCa,
    /// The connection broke.
    Network,
    /// The server ignores the paging parameters.
    Paging,
    /// The answer is larger than the configured limit.
    ResponseSize,
    /// The settings are missing or contradictory.
    Config,
    /// The server redirected to another origin: the client does not follow.
    Redirect,
    /// The server redirects in a loop.
    RedirectLoop,
    /// The server's certificate has expired (or is not valid yet).
    TlsExpired,
    /// The server's certificate was issued for another name than the one connected to.
    TlsName,
}

impl Hint {
    /// The advice in this library's words (method names).
    pub fn advice(self) -> &'static str {
        match self {
            Self::Credentials => {
                "the username, password, API client secret or token was rejected; check your \
                 credentials (.local_account(), .api_client(), .basic(), .token()) and call \
                 Client::set_password after a change"
            }
            Self::Totp => {
                "supply a callback with .totp(|| ...) so that a fresh code is asked for at every login"
            }
            Self::TotpRequired => {
                "this account needs a two-factor code: give one with .totp(..), a callback \
                 (.totp(|| ...)) asks for a fresh code at every login"
            }
            Self::TotpRejected => {
                "the two-factor code was wrong or expired: give a fresh one, e.g. with a callback \
                 .totp(|| ...), then call Client::set_password to log in again"
            }
            Self::Permission => {
                "the signed-in account may not do this; use an account with the required role"
            }
            Self::NotFound => "check the id",
            Self::BadRequest => "fix the request parameters or body",
            Self::Conflict => "the change conflicts with existing data (e.g. a username in use)",
            Self::Unsupported => "the server does not support this method or format here",
            Self::RateLimited => "retry later, or lower .concurrency() or the request rate",
            Self::Duplicate => {
                "a user with this username already exists; choose another username or update that user"
            }
            Self::LegalHold => {
                "the user or device is in an active legal hold; release it from the hold first"
            }
            Self::InvalidValue => {
                "the server refused a value (named in the message); correct it and send again"
            }
            Self::ServerError => "retry later or ask the server's administrator",
            Self::Timeout => "the server is slow or unreachable; raise .timeout() or retry later",
            Self::Connect => "check the server URL, the network and the proxy (.proxy())",
            Self::TrustCa => {
                "add the server's CA with .ca_cert_pem()/.ca_cert_file() or CRASHPLAN_CA_CERT"
            }
            Self::Network => "retry later",
            Self::Paging => "use .paging(PagingStyle::PageNumber) or .paging(PagingStyle::Unpaged)",
            Self::ResponseSize => {
                "raise .max_response_bytes() or ask for smaller pages (.page_size())"
            }
            Self::Config => {
                "fix the settings given to the ClientBuilder or the CRASHPLAN_* variables"
            }
            Self::Redirect => {
                "nothing was sent there; if that server is the right one, give its address to Client::builder"
            }
            Self::RedirectLoop => "check the server URL and the server's proxy configuration",
            Self::TlsExpired => {
                "the server's certificate has expired or is not valid yet: renew it on the server, or check this machine's clock"
            }
            Self::TlsName => {
                "the server's certificate names another host: connect with a name it was issued for, or reissue it for this one"
            }
        }
    }
}

/// Every error of this crate. Each variant names the request (method and path) where there is
/// one, and its `Display` is one sentence saying what happened and what to do.
///
/// ```
/// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
/// match client.users().get(69).await {
///     Ok(user) => println!("{}", user.id),
///     Err(e) if e.is_not_found() => println!("no user 69"),
///     Err(e) => return Err(e),
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status that is not a success of the operation, after the
    /// retries the [`RetryPolicy`](crate::RetryPolicy) allows.
    #[error("{}", with_advice(self))]
    Http(Box<HttpError>),
    /// The request took longer than the configured timeout.
    #[error("{}", with_advice(self))]
    Timeout {
        /// The request.
        request: RequestInfo,
        /// The transport error (a `reqwest::Error` today; downcast it if you must, its type
        /// is not part of this crate's API).
        #[source]
        source: BoxError,
    },
    /// The connection could not be established.
    #[error("{}", with_advice(self))]
    Connect {
        /// The request.
        request: RequestInfo,
        /// The transport error (a `reqwest::Error` today; downcast it if you must, its type
        /// is not part of this crate's API).
        #[source]
        source: BoxError,
    },
    /// TLS handshake or certificate verification failed (never retried).
    #[error("{}", with_advice(self))]
    Tls {
        /// The request.
        request: RequestInfo,
        /// The TLS library's reason, e.g. `invalid peer certificate: UnknownIssuer`.
        detail: String,
        /// The transport error (a `reqwest::Error` today; downcast it if you must, its type
        /// is not part of this crate's API).
        #[source]
        source: BoxError,
    },
    /// The connection broke while the request or response was in flight.
    #[error("{}", with_advice(self))]
    Network {
        /// The request.
        request: RequestInfo,
        /// The transport error (a `reqwest::Error` today; downcast it if you must, its type
        /// is not part of this crate's API).
        #[source]
        source: BoxError,
    },
    /// A success answer whose body is not what the API describes.
    #[error("{}", with_advice(self))]
    Decode {
        /// The request.
        request: RequestInfo,
        /// HTTP status of the answer.
        status: StatusCode,
        /// Where decoding failed, e.g. `users[3].creationDate` (`.` for the root).
        json_path: String,
        /// What was wrong there.
        message: String,
        /// The body, cut to [`BODY_SNIPPET_BYTES`] bytes.
        body_snippet: String,
        /// The body is not JSON at all (cut off or garbled on the way), as opposed to JSON of
        /// the wrong shape: only the former may change when asked again.
        malformed: bool,
    },
    /// A list answered the same page twice: the server ignores the paging parameters.
    #[error("{}", with_advice(self))]
    PagingIgnored {
        /// The list request.
        request: RequestInfo,
    },
    /// The answer's body is longer than the client's `max_response_bytes`.
    #[error("{}", with_advice(self))]
    ResponseTooLarge {
        /// The request.
        request: RequestInfo,
        /// The configured limit.
        limit: u64,
    },
    /// The request could not be built (a value failed validation before sending).
    #[error("{}", with_advice(self))]
    InvalidRequest {
        /// The request.
        request: RequestInfo,
        /// What was wrong.
        message: String,
    },
    /// Missing or contradictory configuration.
    #[error("configuration error: {0}")]
    Config(String),
    /// Authentication failed in a way that retrying with the same settings cannot fix.
    #[error("{}", with_advice(self))]
    Auth {
        /// What happened.
        reason: String,
        /// What to do, if known.
        hint: Option<Hint>,
    },
    /// No item, or more than one, has the name given to a lookup such as
    /// [`Users::resolve`](crate::resources::Users::resolve). [`is_not_found`](Self::is_not_found)
    /// when none does.
    #[error("{}", with_advice(self))]
    Lookup {
        /// What was looked for, e.g. `user`.
        what: &'static str,
        /// What the name was compared with, e.g. `the id, email or username`.
        by: &'static str,
        /// The name given.
        name: String,
        /// How many items have it (0, or more than 1).
        found: usize,
    },
    /// The server redirected the request where the client does not follow (see
    /// [`redirect`](crate::redirect)): to another origin, or in a loop.
    #[error("{}", with_advice(self))]
    Redirect {
        /// The request.
        request: RequestInfo,
        /// The origin (scheme, host, port) the server pointed to; never its path or query.
        location: String,
        /// A loop or too many hops, rather than another origin.
        looped: bool,
    },
    /// The operation was cancelled before it finished.
    #[error("cancelled")]
    Cancelled,
    /// A value given to this library is invalid, found before anything was sent: a model
    /// builder missing a required field (`types::UserCreate::builder()...try_into()?`), a
    /// request of [`Client::api`](crate::Client::api) missing a parameter, a filter of the wrong
    /// type ([`InvalidFilter`](crate::resources::InvalidFilter)) or a query that does not parse
    /// ([`QueryError`](crate::query::QueryError), the `source`).
    #[error("{}", with_advice(self))]
    InvalidInput {
        /// What was wrong.
        message: String,
        /// The error of the layer that found it, if it has its own type.
        #[source]
        source: Option<BoxError>,
    },
    /// The server refused a login for its two-factor code: none was sent
    /// ([`TwoFactor::CodeRequired`]) or it was wrong or expired ([`TwoFactor::CodeRejected`]).
    /// The answer (a 401) is [`Error::http`]; [`Error::is_unauthorized`] holds.
    ///
    /// ```
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// use crashplan::{Error, TwoFactor};
    /// match client.authenticate().await {
    ///     Err(Error::TwoFactor { outcome: TwoFactor::CodeRequired, .. }) => {
    ///         println!("this account needs .totp(..)");
    ///     }
    ///     other => other?,
    /// }
    /// # Ok(())
    /// # }
    /// ```
    #[error("{}", with_advice(self))]
    TwoFactor {
        /// Which refusal.
        outcome: TwoFactor,
        /// The server's answer.
        answer: Box<HttpError>,
    },
    /// A [`TokenProvider`](crate::TokenProvider) failed; its own error is the `source`. Made by
    /// [`Error::token_provider`].
    #[error("{}", with_advice(self))]
    TokenProvider {
        /// The provider's error.
        #[source]
        source: BoxError,
    },
}

/// Why the server refused a login's two-factor code; from [`Error::TwoFactor`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TwoFactor {
    /// The account needs a code and none was sent.
    CodeRequired,
    /// The code was wrong or expired.
    CodeRejected,
}

impl TwoFactor {
    /// The two-factor refusal a login answer names (CrashPlan's error keys
    /// `TIME_BASED_ONE_TIME_PASSWORD_REQUIRED` and `INVALID_TIME_BASED_ONE_TIME_PASSWORD`), if
    /// any: the one place that reads the server's words.
    fn of(answer: &HttpError) -> Option<Self> {
        if answer.kind != HttpKind::Unauthorized {
            return None;
        }
        let said = |key: &str| {
            answer.message.as_deref().is_some_and(|m| m.contains(key)) || answer.body.contains(key)
        };
        if said("ONE_TIME_PASSWORD_REQUIRED") {
            Some(Self::CodeRequired)
        } else if said("ONE_TIME_PASSWORD") {
            Some(Self::CodeRejected)
        } else {
            None
        }
    }
}

fn with_advice(e: &Error) -> String {
    match e.hint().filter(|h| *h != Hint::Config) {
        Some(h) => format!("{}; {}", e.summary(), h.advice()),
        None => e.summary(),
    }
}

impl Error {
    /// An authentication error without a specific hint.
    pub fn auth(reason: impl Into<String>) -> Self {
        Self::Auth {
            reason: reason.into(),
            hint: None,
        }
    }

    /// The error of a [`TokenProvider`](crate::TokenProvider) that failed for a reason of its
    /// own (its HTTP client, a file): `?` in a provider with `.map_err(Error::token_provider)`.
    ///
    /// ```
    /// let err = crashplan::Error::token_provider(std::io::Error::other("no SSO ticket"));
    /// assert!(err.to_string().contains("no SSO ticket"));
    /// ```
    pub fn token_provider(source: impl Into<BoxError>) -> Self {
        Self::TokenProvider {
            source: source.into(),
        }
    }

    /// An [`Error::InvalidInput`] with this message and source.
    pub(crate) fn invalid_input(message: impl Into<String>, source: Option<BoxError>) -> Self {
        Self::InvalidInput {
            message: message.into(),
            source,
        }
    }

    /// What happened to which request, without advice: `Display` is this plus
    /// [`Hint::advice`].
    pub fn summary(&self) -> String {
        match self {
            Self::Http(h) => {
                let mut s = format!("{}: {}", h.request, h.status);
                if let Some(m) = h.message.as_deref().filter(|m| !m.is_empty()) {
                    s.push_str(&format!(" ({m})"));
                }
                if h.kind == HttpKind::MethodNotAllowed {
                    let allow = if h.allow.is_empty() {
                        "other methods".to_string()
                    } else {
                        h.allow.join(", ")
                    };
                    s.push_str(&format!(": the resource accepts only {allow}"));
                }
                if let Some(d) = h.retry_after {
                    s.push_str(&format!(
                        ": the server asked to wait {} s",
                        d.as_secs_f64().ceil()
                    ));
                }
                s
            }
            Self::Timeout { request, .. } => format!("{request}: timed out"),
            Self::Connect { request, .. } => format!("{request}: could not connect"),
            Self::Tls {
                request, detail, ..
            } => format!("{request}: TLS failed ({detail})"),
            Self::Network { request, .. } => {
                format!("{request}: the connection failed during the exchange")
            }
            Self::Decode {
                request,
                status,
                json_path,
                message,
                body_snippet,
                ..
            } => format!(
                "{request}: could not decode the {status} answer at `{json_path}`: {message}; body starts with: {body_snippet}"
            ),
            Self::PagingIgnored { request } => format!(
                "{request}: the server returned the same page twice, it ignores the paging parameters"
            ),
            Self::ResponseTooLarge { request, limit } => {
                format!("{request}: the answer is larger than {limit} bytes")
            }
            Self::InvalidRequest { request, message } => {
                format!("{request}: invalid request: {message}")
            }
            Self::Config(m) => format!("configuration error: {m}"),
            Self::Auth { reason, .. } => format!("authentication failed: {reason}"),
            Self::Lookup {
                what,
                by,
                name,
                found: 0,
            } => format!("no {what} has {by} `{name}`"),
            Self::Lookup {
                what,
                by,
                name,
                found,
            } => format!("{found} {what}s have {by} `{name}`: name one by its id"),
            Self::Redirect {
                request,
                location,
                looped: false,
            } => format!(
                "{request}: the server redirected to another origin, {location}; not followed \
                 (no body or credential is sent to another origin)"
            ),
            Self::Redirect {
                request,
                location,
                looped: true,
            } => format!("{request}: the server redirects in a loop (through {location})"),
            Self::Cancelled => "cancelled".into(),
            Self::InvalidInput { message, .. } => format!("invalid input: {message}"),
            Self::TokenProvider { source } => format!("the token provider failed: {source}"),
            Self::TwoFactor { outcome, answer } => {
                let what = match outcome {
                    TwoFactor::CodeRequired => "the account needs a two-factor code",
                    TwoFactor::CodeRejected => "the two-factor code was wrong or expired",
                };
                format!("{}: {} ({what})", answer.request, answer.status)
            }
        }
    }

    /// What the reader can do about this error, for programs that give their own advice.
    pub fn hint(&self) -> Option<Hint> {
        match self {
            // 501: the server does not implement the operation; retrying cannot help.
            Self::Http(h) if h.status == StatusCode::NOT_IMPLEMENTED => Some(Hint::Unsupported),
            Self::Http(h) => h
                .errors
                .iter()
                .find_map(|e| e.name.hint())
                .or_else(|| h.kind.hint()),
            Self::Timeout { .. } => Some(Hint::Timeout),
            Self::Connect { .. } => Some(Hint::Connect),
            Self::Tls { source, .. } => Some(tls_hint(source.as_ref())),
            Self::Network { .. } => Some(Hint::Network),
            Self::PagingIgnored { .. } => Some(Hint::Paging),
            Self::ResponseTooLarge { .. } => Some(Hint::ResponseSize),
            Self::Config(_) => Some(Hint::Config),
            Self::Auth { hint, .. } => *hint,
            Self::Lookup { found: 0, .. } => Some(Hint::NotFound),
            Self::Redirect { looped: false, .. } => Some(Hint::Redirect),
            Self::Redirect { looped: true, .. } => Some(Hint::RedirectLoop),
            Self::TokenProvider { .. } => Some(Hint::Credentials),
            Self::TwoFactor {
                outcome: TwoFactor::CodeRequired,
                ..
            } => Some(Hint::TotpRequired),
            Self::TwoFactor { .. } => Some(Hint::TotpRejected),
            Self::Decode { .. }
            | Self::InvalidRequest { .. }
            | Self::InvalidInput { .. }
            | Self::Lookup { .. }
            | Self::Cancelled => None,
        }
    }

    /// The non-success answer, if the error is one.
    pub fn http(&self) -> Option<&HttpError> {
        match self {
            Self::Http(h) | Self::TwoFactor { answer: h, .. } => Some(h),
            _ => None,
        }
    }

    /// What the answer's status means, if the error is a non-success answer.
    pub fn http_kind(&self) -> Option<HttpKind> {
        self.http().map(|h| h.kind)
    }

    /// The HTTP status of the answer, if the error comes from one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Http(h) | Self::TwoFactor { answer: h, .. } => Some(h.status),
            Self::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The request (method and path) the error belongs to.
    pub fn request(&self) -> Option<&RequestInfo> {
        match self {
            Self::Http(h) | Self::TwoFactor { answer: h, .. } => Some(&h.request),
            Self::Timeout { request, .. }
            | Self::Connect { request, .. }
            | Self::Tls { request, .. }
            | Self::Network { request, .. }
            | Self::Decode { request, .. }
            | Self::ResponseTooLarge { request, .. }
            | Self::PagingIgnored { request }
            | Self::Redirect { request, .. }
            | Self::InvalidRequest { request, .. } => Some(request),
            Self::Config(_)
            | Self::Auth { .. }
            | Self::Lookup { .. }
            | Self::Cancelled
            | Self::InvalidInput { .. }
            | Self::TokenProvider { .. } => None,
        }
    }

    /// The server's message, if it sent one.
    pub fn message(&self) -> Option<&str> {
        self.http().and_then(|h| h.message.as_deref())
    }

    /// The first business error the server named in its answer, if any: today's servers
    /// answer refused changes with a name (often with status 500), read from every body shape
    /// they use (see [`ErrorName`]).
    ///
    /// ```
    /// # async fn run(client: crashplan::Client, user: crashplan::types::UserCreate) -> crashplan::Result<()> {
    /// use crashplan::ErrorName;
    /// match client.users().create(user).await {
    ///     Err(e) if e.error_name() == Some(&ErrorName::UserDuplicate) => println!("exists already"),
    ///     other => drop(other?),
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn error_name(&self) -> Option<&ErrorName> {
        self.named_errors().first().map(|e| &e.name)
    }

    /// Every business error the server named in its answer, in its order.
    pub fn named_errors(&self) -> &[NamedError] {
        self.http().map_or(&[], |h| h.errors.as_slice())
    }

    /// Whether trying again later may succeed (429, 502, 503, 504, timeouts, connection
    /// failures, garbled bodies). Retries already happened inside the client for idempotent
    /// requests; see [`pipeline`](crate::pipeline).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Http(h) => is_retryable_status(h.status),
            Self::Timeout { .. } | Self::Connect { .. } | Self::Network { .. } => true,
            Self::Decode { malformed, .. } => *malformed,
            _ => false,
        }
    }

    /// The server's `Retry-After`, if it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        self.http().and_then(|h| h.retry_after)
    }

    /// 404, or a lookup that found nothing ([`Error::Lookup`]).
    pub fn is_not_found(&self) -> bool {
        self.http_kind() == Some(HttpKind::NotFound)
            || matches!(self, Self::Lookup { found: 0, .. })
    }

    /// 401, or an authentication failure.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, Self::Auth { .. }) || self.http_kind() == Some(HttpKind::Unauthorized)
    }

    /// 403.
    pub fn is_forbidden(&self) -> bool {
        self.http_kind() == Some(HttpKind::Forbidden)
    }

    /// 409.
    pub fn is_conflict(&self) -> bool {
        self.http_kind() == Some(HttpKind::Conflict)
    }

    /// 429.
    pub fn is_rate_limited(&self) -> bool {
        self.http_kind() == Some(HttpKind::RateLimited)
    }

    /// A timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Timeout { .. })
    }

    /// A TLS or certificate failure.
    pub fn is_tls(&self) -> bool {
        matches!(self, Self::Tls { .. })
    }

    /// A configuration error.
    pub fn is_config(&self) -> bool {
        matches!(self, Self::Config(_))
    }

    /// The two-factor refusal of a login, if the error is one ([`Error::TwoFactor`]).
    pub fn two_factor(&self) -> Option<TwoFactor> {
        match self {
            Self::TwoFactor { outcome, .. } => Some(*outcome),
            _ => None,
        }
    }

    /// A login's error, with a 401 that names the two-factor code made [`Error::TwoFactor`].
    pub(crate) fn of_login(self) -> Self {
        match self {
            Self::Http(answer) => match TwoFactor::of(&answer) {
                Some(outcome) => Self::TwoFactor { outcome, answer },
                None => Self::Http(answer),
            },
            other => other,
        }
    }

    /// A copy of an error that can be handed to several callers (answers, authentication and
    /// configuration errors; transport errors hold a source that cannot be copied).
    pub(crate) fn try_clone(&self) -> Option<Self> {
        Some(match self {
            Self::Http(h) => Self::Http(h.clone()),
            Self::TwoFactor { outcome, answer } => Self::TwoFactor {
                outcome: *outcome,
                answer: answer.clone(),
            },
            Self::Auth { reason, hint } => Self::Auth {
                reason: reason.clone(),
                hint: *hint,
            },
            Self::Config(m) => Self::Config(m.clone()),
            Self::Redirect {
                request,
                location,
                looped,
            } => Self::Redirect {
                request: request.clone(),
                location: location.clone(),
                looped: *looped,
            },
            _ => return None,
        })
    }

    /// Builds the error for a non-success answer.
    pub(crate) fn from_status(
        request: RequestInfo,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Self {
        let kind = HttpKind::of(status);
        let errors = names::named_errors(body);
        let allow = headers
            .get_all(ALLOW)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|m| m.trim().to_string())
            .filter(|m| !m.is_empty())
            .collect();
        Self::Http(Box::new(HttpError {
            request,
            status,
            kind,
            retry_after: matches!(kind, HttpKind::RateLimited | HttpKind::ServerError)
                .then(|| retry_after(headers))
                .flatten(),
            allow,
            message: if errors.is_empty() {
                server_message(body)
            } else {
                Some(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            },
            errors,
            body: snippet(&redact(body)),
        }))
    }

    /// Builds the error for a transport failure. TLS failures are recognised by type: a
    /// `rustls::Error` in the source chain.
    pub(crate) fn from_reqwest(request: RequestInfo, source: reqwest::Error) -> Self {
        if source.is_timeout() {
            return Self::Timeout {
                request,
                source: source.into(),
            };
        }
        if let Some(r) = crate::redirect::refusal(&source) {
            return Self::Redirect {
                request,
                location: r.origin.clone(),
                looped: r.looped,
            };
        }
        if let Some(tls) = tls_cause(&source) {
            return Self::Tls {
                request,
                detail: tls.to_string(),
                source: source.into(),
            };
        }
        if source.is_connect() {
            Self::Connect {
                request,
                source: source.into(),
            }
        } else if source.is_builder() {
            Self::InvalidRequest {
                message: source.to_string(),
                request,
            }
        } else {
            Self::Network {
                request,
                source: source.into(),
            }
        }
    }

    /// Builds the error for a success answer whose body does not decode as `T`.
    pub(crate) fn decode<T: DeserializeOwned>(
        request: RequestInfo,
        status: StatusCode,
        body: &[u8],
    ) -> Self {
        let mut de = serde_json::Deserializer::from_slice(body);
        let (json_path, message) = match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(_) => match de.end() {
                Ok(()) => (".".to_string(), "unexpected decode failure".to_string()),
                Err(e) => (".".to_string(), e.to_string()),
            },
            Err(e) => (e.path().to_string(), e.into_inner().to_string()),
        };
        Self::Decode {
            request,
            status,
            json_path,
            message,
            body_snippet: snippet(body),
            malformed: !is_json(body),
        }
    }

    /// Maps an error of the generated client; `T` is the type the operation decodes, used to
    /// find the JSON path of a decode failure. An error of the request pipeline travels inside
    /// the answer (see [`crate::pipeline`]) and is returned as it is.
    pub(crate) async fn from_api<T: DeserializeOwned>(
        request: RequestInfo,
        err: crashplan_api::Error<()>,
    ) -> Self {
        use crashplan_api::Error as E;
        match err {
            E::InvalidRequest(message) => Self::InvalidRequest { request, message },
            E::CommunicationError(e) | E::InvalidUpgrade(e) | E::ResponseBodyError(e) => {
                Self::from_reqwest(request, e)
            }
            E::ErrorResponse(rv) => Self::from_status(request, rv.status(), rv.headers(), b""),
            E::InvalidResponsePayload(bytes, _) => {
                Self::decode::<T>(request, StatusCode::OK, &bytes)
            }
            E::UnexpectedResponse(resp) => match crate::pipeline::carried_error(&resp) {
                Some(e) => e,
                None => Self::from_response(request, resp).await,
            },
            E::Custom(message) => Self::auth(message),
        }
    }

    /// Builds the error for a response that is not a success of the operation.
    pub(crate) async fn from_response(request: RequestInfo, resp: reqwest::Response) -> Self {
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = match resp.bytes().await {
            Ok(b) => b,
            Err(e) if status.is_success() => return Self::from_reqwest(request, e),
            Err(_) => bytes::Bytes::new(),
        };
        Self::from_status(request, status, &headers, &body)
    }
}

/// An error of [`Client::api`](crate::Client::api): `?` turns it into this crate's error.
/// Every answer and failure of a call sent through the client's pipeline arrives whole (the
/// request, the status, the server's message); a decode failure names the JSON path only
/// through the typed API (`client.users().get(..)`), which knows the type it decodes.
///
/// ```no_run
/// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
/// let stats = client.api().get_server_stats().send().await?.into_inner();
/// # let _ = stats;
/// # Ok(())
/// # }
/// ```
impl From<crashplan_api::Error<()>> for Error {
    fn from(err: crashplan_api::Error<()>) -> Self {
        use crashplan_api::Error as E;
        // Without the pipeline's carrier the method is not known: the path is.
        let request = |url: Option<&reqwest::Url>| {
            RequestInfo::new(
                Method::GET,
                url.map_or_else(|| "(Client::api)".to_owned(), |u| u.path().to_owned()),
            )
        };
        match err {
            E::InvalidRequest(message) => Self::invalid_input(message, None),
            E::CommunicationError(e) | E::InvalidUpgrade(e) | E::ResponseBodyError(e) => {
                Self::from_reqwest(request(e.url()), e)
            }
            E::ErrorResponse(rv) => {
                Self::from_status(request(None), rv.status(), rv.headers(), b"")
            }
            E::InvalidResponsePayload(bytes, e) => Self::Decode {
                request: request(None),
                status: StatusCode::OK,
                json_path: ".".into(),
                message: e.to_string(),
                body_snippet: snippet(&bytes),
                malformed: !is_json(&bytes),
            },
            E::UnexpectedResponse(resp) => {
                crate::pipeline::carried_error(&resp).unwrap_or_else(|| {
                    Self::from_status(
                        request(Some(resp.url())),
                        resp.status(),
                        resp.headers(),
                        b"",
                    )
                })
            }
            E::Custom(message) => Self::auth(message),
        }
    }
}

/// A model builder missing a required field or holding an invalid value
/// (`types::UserCreate::builder()...try_into()?`).
impl From<crashplan_api::types::error::ConversionError> for Error {
    fn from(err: crashplan_api::types::error::ConversionError) -> Self {
        Self::invalid_input(err.to_string(), Some(Box::new(err)))
    }
}

/// A filter the list does not have, or a value of the wrong type (`List::filter(..)?`).
impl From<crate::resources::InvalidFilter> for Error {
    fn from(err: crate::resources::InvalidFilter) -> Self {
        Self::invalid_input(err.to_string(), Some(Box::new(err)))
    }
}

/// A query that does not parse (`Query::parse(..)?`).
#[cfg(feature = "query")]
impl From<crate::query::QueryError> for Error {
    fn from(err: crate::query::QueryError) -> Self {
        Self::invalid_input(err.to_string(), Some(Box::new(err)))
    }
}

/// Whether a status is worth retrying.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Whether `body` is syntactically JSON (of any shape).
pub(crate) fn is_json(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok()
}

/// The body as text, cut to [`BODY_SNIPPET_BYTES`] bytes on a character boundary.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    if text.len() <= BODY_SNIPPET_BYTES {
        return text.into_owned();
    }
    let mut end = BODY_SNIPPET_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// A JSON body with the values of token, password and secret properties replaced by `***`;
/// other bodies unchanged.
fn redact(body: &[u8]) -> Vec<u8> {
    use serde_json::Value;
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    let k = k.to_ascii_lowercase();
                    if ["token", "password", "secret", "jwt"]
                        .iter()
                        .any(|s| k.contains(s))
                    {
                        *v = Value::String("***".into());
                    } else {
                        walk(v);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            walk(&mut v);
            serde_json::to_vec(&v).unwrap_or_default()
        }
        Err(_) => body.to_vec(),
    }
}

/// The `message` of a JSON error body (`{"message": ..}` or CrashPlan's
/// `[{"name": .., "description": ..}]`), else a short plain-text body.
fn server_message(body: &[u8]) -> Option<String> {
    use serde_json::Value;
    let text = |v: &Value, keys: &[&str]| {
        keys.iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str).map(str::to_string))
    };
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Array(items)) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|i| text(i, &["description", "message", "name"]))
                .collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        Ok(v) => text(&v, &["message", "description", "error"]),
        Err(_) => {
            let s = String::from_utf8_lossy(body);
            let s = s.trim();
            (!s.is_empty() && s.len() <= 200 && !s.starts_with('<')).then(|| s.to_string())
        }
    }
}

/// The TLS library's error in the source chain, if the failure is a TLS or certificate one.
/// `std::io::Error` hides its payload from `source()`, so it is looked into with `get_ref`.
/// What to do about a TLS failure: an expired certificate or one for another name is not
/// cured by trusting a CA.
fn tls_hint(err: &(dyn std::error::Error + 'static)) -> Hint {
    use rustls::CertificateError as C;
    match tls_cause(err) {
        Some(rustls::Error::InvalidCertificate(
            C::Expired | C::ExpiredContext { .. } | C::NotValidYet | C::NotValidYetContext { .. },
        )) => Hint::TlsExpired,
        Some(rustls::Error::InvalidCertificate(
            C::NotValidForName | C::NotValidForNameContext { .. },
        )) => Hint::TlsName,
        _ => Hint::TrustCa,
    }
}

fn tls_cause<'e>(err: &'e (dyn std::error::Error + 'static)) -> Option<&'e rustls::Error> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = source {
        if let Some(tls) = e.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        source = match e.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => e.source(),
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn req() -> RequestInfo {
        RequestInfo::get("/rest/users/69?password=x")
    }

    #[test]
    fn public_types_cross_threads() {
        fn send_sync<T: Send + Sync + 'static>() {}
        fn send<T: Send + 'static>() {}
        send_sync::<Error>();
        send_sync::<crate::Client>();
        send_sync::<crate::resources::List<crate::resources::ListUsersFilters>>();
        send::<crate::Items<crashplan_api::types::User>>();
        send::<crate::Pages<crashplan_api::types::Org>>();
        send::<crate::bulk::Bulk<i64>>();
    }

    #[test]
    fn request_info_drops_the_query() {
        assert_eq!(req().to_string(), "GET /rest/users/69");
    }

    #[test]
    fn every_documented_status_has_a_kind() {
        let h = HeaderMap::new();
        let kind = |s: u16| {
            let e = Error::from_status(
                req(),
                StatusCode::from_u16(s).expect("valid"),
                &h,
                b"{\"message\":\"m\"}",
            );
            assert_eq!(e.status().map(|s| s.as_u16()), Some(s));
            assert_eq!(e.message(), Some("m"));
            e
        };
        assert_eq!(kind(400).http_kind(), Some(HttpKind::BadRequest));
        assert!(kind(401).is_unauthorized());
        assert!(kind(403).is_forbidden());
        assert!(kind(404).is_not_found());
        assert_eq!(kind(405).http_kind(), Some(HttpKind::MethodNotAllowed));
        assert_eq!(kind(406).http_kind(), Some(HttpKind::NotAcceptable));
        assert!(kind(409).is_conflict());
        assert_eq!(kind(415).http_kind(), Some(HttpKind::UnsupportedMediaType));
        assert!(kind(429).is_retryable() && kind(429).is_rate_limited());
        assert!(kind(503).is_retryable());
        assert!(!kind(500).is_retryable());
        // Not implemented: no retry, and no advice to retry later.
        assert!(!kind(501).is_retryable());
        assert_eq!(kind(501).hint(), Some(Hint::Unsupported));
        assert_eq!(kind(500).hint(), Some(Hint::ServerError));
        assert_eq!(kind(418).http_kind(), Some(HttpKind::Unexpected));
        assert_eq!(kind(418).hint(), None);
    }

    #[test]
    fn method_not_allowed_lists_the_allow_header() {
        let mut h = HeaderMap::new();
        h.insert(ALLOW, HeaderValue::from_static("GET, PUT"));
        let e = Error::from_status(req(), StatusCode::METHOD_NOT_ALLOWED, &h, b"");
        assert_eq!(
            e.http().map(|h| h.allow.clone()),
            Some(vec!["GET".into(), "PUT".into()])
        );
        assert!(e.to_string().contains("accepts only GET, PUT"), "{e}");
    }

    #[test]
    fn rate_limited_carries_retry_after() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("7"));
        let e = Error::from_status(req(), StatusCode::TOO_MANY_REQUESTS, &h, b"");
        assert_eq!(e.retry_after(), Some(Duration::from_secs(7)));
        assert!(e.to_string().contains("wait 7 s"), "{e}");
    }

    #[test]
    fn display_is_the_summary_and_the_library_advice() {
        let e = Error::from_status(req(), StatusCode::UNAUTHORIZED, &HeaderMap::new(), b"");
        assert_eq!(e.summary(), "GET /rest/users/69: 401 Unauthorized");
        assert_eq!(e.hint(), Some(Hint::Credentials));
        assert_eq!(
            e.to_string(),
            format!(
                "GET /rest/users/69: 401 Unauthorized; {}",
                Hint::Credentials.advice()
            )
        );
        assert!(e.to_string().contains("check your credentials"));
    }

    #[test]
    fn bodies_are_redacted() {
        let body = br#"{"data":{"v3_user_token":"abc.def"},"password":"pw","name":"n"}"#;
        let e = Error::from_status(req(), StatusCode::BAD_REQUEST, &HeaderMap::new(), body);
        let text = format!("{e:?}");
        assert!(
            !text.contains("abc.def") && !text.contains("\"pw\""),
            "{text}"
        );
        assert!(text.contains("\\\"n\\\""), "{text}");
    }

    #[test]
    fn crashplan_error_arrays_become_the_message() {
        let body = br#"[{"name":"EMAIL_IN_USE","description":"Email already in use"}]"#;
        assert_eq!(
            server_message(body).as_deref(),
            Some("Email already in use")
        );
        assert_eq!(server_message(b"<html>oops</html>"), None);
        assert_eq!(server_message(b"plain words"), Some("plain words".into()));
    }

    #[test]
    fn decode_errors_name_the_json_path_and_cut_the_body() {
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct Item {
            id: i64,
        }
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct List {
            items: Vec<Item>,
        }
        let mut body = br#"{"items":[{"id":1},{"id":"x"}],"pad":""#.to_vec();
        body.extend(std::iter::repeat_n(b'a', 2000));
        body.extend(b"\"}");
        let e = Error::decode::<List>(req(), StatusCode::OK, &body);
        let Error::Decode {
            json_path,
            body_snippet,
            malformed,
            ..
        } = &e
        else {
            panic!("wrong kind: {e:?}")
        };
        assert_eq!(json_path, "items[1].id");
        assert!(body_snippet.len() <= BODY_SNIPPET_BYTES + 3);
        assert!(!malformed && !e.is_retryable());
        let cut = Error::decode::<List>(req(), StatusCode::OK, br#"{"items":[{"#);
        assert!(matches!(
            cut,
            Error::Decode {
                malformed: true,
                ..
            }
        ));
    }

    #[test]
    fn snippet_respects_char_boundaries() {
        let s = "é".repeat(400);
        let cut = snippet(s.as_bytes());
        assert!(cut.ends_with('…'));
    }
}
