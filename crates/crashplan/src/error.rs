//! [`Error`]: everything that can go wrong, with the request it belongs to and what to do.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{ALLOW, HeaderMap};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use crate::retry::retry_after;

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Bodies quoted in errors are cut to this many bytes.
pub const BODY_SNIPPET_BYTES: usize = 512;

/// The request an error belongs to: method and URL path, without the query string (which could
/// carry values the caller does not want in logs) and never with credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// What the server answered, for errors that come from a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseInfo {
    /// HTTP status.
    pub status: StatusCode,
    /// The server's message (`message` of the JSON error body, or the start of the body).
    pub message: Option<String>,
    /// The body, cut to [`BODY_SNIPPET_BYTES`] bytes.
    pub body: String,
}

impl ResponseInfo {
    fn suffix(&self) -> String {
        match &self.message {
            Some(m) if !m.is_empty() => format!(" ({m})"),
            _ => String::new(),
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
    /// 400: the request was malformed.
    #[error("{request}: 400 Bad Request{}: fix the request parameters or body", response.suffix())]
    BadRequest {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 401: credentials missing, wrong or expired (after one refresh).
    #[error(
        "{request}: 401 Unauthorized{}: the username, password or token was rejected; check your credentials",
        response.suffix()
    )]
    Unauthorized {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 403: the account may not do this.
    #[error(
        "{request}: 403 Forbidden{}: the signed-in account may not do this; use an account with the required role",
        response.suffix()
    )]
    Forbidden {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 404: no such resource.
    #[error("{request}: 404 Not Found{}: check the id", response.suffix())]
    NotFound {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 405: the resource does not support this method.
    #[error(
        "{request}: 405 Method Not Allowed{}: the resource accepts only {}",
        response.suffix(),
        if allow.is_empty() { "other methods".to_string() } else { allow.join(", ") }
    )]
    MethodNotAllowed {
        /// The request.
        request: RequestInfo,
        /// The methods of the `Allow` header.
        allow: Vec<String>,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 406: the server cannot answer in JSON.
    #[error("{request}: 406 Not Acceptable{}: the server cannot produce JSON for this resource", response.suffix())]
    NotAcceptable {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 409: the change conflicts with existing data.
    #[error("{request}: 409 Conflict{}: the change conflicts with existing data (e.g. a username in use)", response.suffix())]
    Conflict {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 415: the body's content type is not supported.
    #[error("{request}: 415 Unsupported Media Type{}: send the body as application/json", response.suffix())]
    UnsupportedMediaType {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 429: rate limited, after the retries allowed by the [`RetryPolicy`](crate::RetryPolicy).
    #[error(
        "{request}: 429 Too Many Requests{}: rate limited; retry {}",
        response.suffix(),
        after(retry_after)
    )]
    RateLimited {
        /// The request.
        request: RequestInfo,
        /// The server's `Retry-After`.
        retry_after: Option<Duration>,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// 5xx: the server failed, after the retries allowed by the policy.
    #[error(
        "{request}: {} server error{}: retry {} or ask the server's administrator",
        response.status,
        response.suffix(),
        after(retry_after)
    )]
    Server {
        /// The request.
        request: RequestInfo,
        /// The server's `Retry-After`, if any.
        retry_after: Option<Duration>,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// Any other status that is not a success of this operation.
    #[error("{request}: unexpected status {}{}", response.status, response.suffix())]
    UnexpectedStatus {
        /// The request.
        request: RequestInfo,
        /// The answer.
        response: Box<ResponseInfo>,
    },
    /// The request or the whole call (with retries) took longer than the configured timeout.
    #[error("{request}: timed out; the server is slow or unreachable, or raise the timeout")]
    Timeout {
        /// The request.
        request: RequestInfo,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// The connection could not be established.
    #[error("{request}: could not connect; check the server URL, network and proxy")]
    Connect {
        /// The request.
        request: RequestInfo,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// TLS handshake or certificate verification failed.
    #[error(
        "{request}: TLS failed ({detail}); add the server's CA with ca_cert_pem/ca_cert_file or CRASHPLAN_CA_CERT"
    )]
    Tls {
        /// The request.
        request: RequestInfo,
        /// The innermost cause, e.g. `invalid peer certificate: UnknownIssuer`.
        detail: String,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// The connection broke while the request or response was in flight.
    #[error("{request}: the connection failed during the exchange; retry later")]
    Network {
        /// The request.
        request: RequestInfo,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// A success answer whose body is not what the API describes.
    #[error(
        "{request}: could not decode the {status} answer at `{json_path}`: {message}; body starts with: {body_snippet}"
    )]
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
    },
    /// A list answered the same page twice: the server ignores the paging parameters.
    #[error(
        "{request}: the server returned the same page twice, it ignores the paging parameters; \
         use .paging(PagingStyle::PageNumber) or .paging(PagingStyle::Unpaged)"
    )]
    PagingIgnored {
        /// The list request.
        request: RequestInfo,
    },
    /// The answer's body is longer than the client's `max_response_bytes`.
    #[error(
        "{request}: the answer is larger than {limit} bytes; raise max_response_bytes or ask for smaller pages"
    )]
    ResponseTooLarge {
        /// The request.
        request: RequestInfo,
        /// The configured limit.
        limit: u64,
    },
    /// The request could not be built (a value failed validation before sending).
    #[error("{request}: invalid request: {message}")]
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
    #[error("authentication failed: {0}")]
    Auth(String),
    /// The operation was cancelled before it finished.
    #[error("cancelled")]
    Cancelled,
}

fn after(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("after {} s", d.as_secs_f64().ceil()),
        None => "later".to_string(),
    }
}

impl Error {
    /// The HTTP status of the answer, if the error comes from one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Decode { status, .. } => Some(*status),
            _ => self.response().map(|r| r.status),
        }
    }

    /// The answer's status, message and body, if the error comes from a non-success answer.
    pub fn response(&self) -> Option<&ResponseInfo> {
        match self {
            Self::BadRequest { response, .. }
            | Self::Unauthorized { response, .. }
            | Self::Forbidden { response, .. }
            | Self::NotFound { response, .. }
            | Self::MethodNotAllowed { response, .. }
            | Self::NotAcceptable { response, .. }
            | Self::Conflict { response, .. }
            | Self::UnsupportedMediaType { response, .. }
            | Self::RateLimited { response, .. }
            | Self::Server { response, .. }
            | Self::UnexpectedStatus { response, .. } => Some(response.as_ref()),
            _ => None,
        }
    }

    /// The request (method and path) the error belongs to.
    pub fn request(&self) -> Option<&RequestInfo> {
        match self {
            Self::BadRequest { request, .. }
            | Self::Unauthorized { request, .. }
            | Self::Forbidden { request, .. }
            | Self::NotFound { request, .. }
            | Self::MethodNotAllowed { request, .. }
            | Self::NotAcceptable { request, .. }
            | Self::Conflict { request, .. }
            | Self::UnsupportedMediaType { request, .. }
            | Self::RateLimited { request, .. }
            | Self::Server { request, .. }
            | Self::UnexpectedStatus { request, .. }
            | Self::Timeout { request, .. }
            | Self::Connect { request, .. }
            | Self::Tls { request, .. }
            | Self::Network { request, .. }
            | Self::Decode { request, .. }
            | Self::ResponseTooLarge { request, .. }
            | Self::PagingIgnored { request }
            | Self::InvalidRequest { request, .. } => Some(request),
            Self::Config(_) | Self::Auth(_) | Self::Cancelled => None,
        }
    }

    /// The server's message, if it sent one.
    pub fn message(&self) -> Option<&str> {
        self.response().and_then(|r| r.message.as_deref())
    }

    /// Whether trying again later may succeed (429, 502, 503, 504, timeouts, connection
    /// failures). Retries already happened inside the client for idempotent requests.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::RateLimited { .. }
            | Self::Timeout { .. }
            | Self::Connect { .. }
            | Self::Network { .. } => true,
            Self::Server { response, .. } => is_retryable_status(response.status),
            _ => false,
        }
    }

    /// The server's `Retry-After`, if it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after, .. } | Self::Server { retry_after, .. } => {
                *retry_after
            }
            _ => None,
        }
    }

    /// 404.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::NotFound { .. })
    }

    /// 401, or an authentication failure.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, Self::Unauthorized { .. } | Self::Auth(_))
    }

    /// 403.
    pub fn is_forbidden(&self) -> bool {
        matches!(self, Self::Forbidden { .. })
    }

    /// 409.
    pub fn is_conflict(&self) -> bool {
        matches!(self, Self::Conflict { .. })
    }

    /// A timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Timeout { .. })
    }

    /// A configuration error.
    pub fn is_config(&self) -> bool {
        matches!(self, Self::Config(_))
    }

    /// Builds the error for a non-success answer.
    pub(crate) fn from_status(
        request: RequestInfo,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Self {
        let response = Box::new(ResponseInfo {
            status,
            message: server_message(body),
            body: snippet(body),
        });
        match status.as_u16() {
            400 => Self::BadRequest { request, response },
            401 => Self::Unauthorized { request, response },
            403 => Self::Forbidden { request, response },
            404 => Self::NotFound { request, response },
            405 => {
                let allow = headers
                    .get_all(ALLOW)
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .flat_map(|v| v.split(','))
                    .map(|m| m.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .collect();
                Self::MethodNotAllowed {
                    request,
                    allow,
                    response,
                }
            }
            406 => Self::NotAcceptable { request, response },
            409 => Self::Conflict { request, response },
            415 => Self::UnsupportedMediaType { request, response },
            429 => Self::RateLimited {
                request,
                retry_after: retry_after(headers),
                response,
            },
            500..=599 => Self::Server {
                request,
                retry_after: retry_after(headers),
                response,
            },
            _ => Self::UnexpectedStatus { request, response },
        }
    }

    /// Builds the error for a transport failure.
    pub(crate) fn from_reqwest(request: RequestInfo, source: reqwest::Error) -> Self {
        if source.is_timeout() {
            return Self::Timeout { request, source };
        }
        if let Some(detail) = tls_cause(&source) {
            return Self::Tls {
                request,
                detail,
                source,
            };
        }
        if source.is_connect() {
            Self::Connect { request, source }
        } else if source.is_builder() {
            Self::InvalidRequest {
                message: source.to_string(),
                request,
            }
        } else {
            Self::Network { request, source }
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
        }
    }

    /// Maps an error of the generated client; `T` is the type the operation decodes, used to
    /// find the JSON path of a decode failure.
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
            E::UnexpectedResponse(resp) => Self::from_response(request, resp).await,
            E::Custom(message) => Self::Auth(message),
        }
    }

    /// Builds the error for a response that is not a success of the operation.
    pub(crate) async fn from_response(request: RequestInfo, resp: reqwest::Response) -> Self {
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = match resp.bytes().await {
            Ok(b) => b,
            Err(e) if status.is_success() => return Self::from_reqwest(request, e),
            Err(_) => Bytes::new(),
        };
        if status.is_success() {
            // A 2xx the operation does not document (e.g. 201 or 204).
            return Self::UnexpectedStatus {
                request,
                response: Box::new(ResponseInfo {
                    status,
                    message: None,
                    body: snippet(&body),
                }),
            };
        }
        Self::from_status(request, status, &headers, &body)
    }
}

/// Whether a status is worth retrying.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
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

/// The innermost cause if it is a TLS or certificate failure.
fn tls_cause(err: &reqwest::Error) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    let mut found = None;
    while let Some(e) = source {
        let text = e.to_string();
        let lower = text.to_ascii_lowercase();
        if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
            found = Some(text);
        }
        source = e.source();
    }
    found
}

/// Whether a success answer's body is not JSON at all (cut off or garbled on the way), as
/// opposed to JSON of the wrong shape: only the former may change when asked again.
pub(crate) fn is_garbled_body(error: &crashplan_api::Error<()>) -> bool {
    matches!(
        error,
        crashplan_api::Error::InvalidResponsePayload(_, e)
            if matches!(e.classify(), serde_json::error::Category::Syntax | serde_json::error::Category::Eof)
    )
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
        send_sync::<crate::resources::UserList>();
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
        assert!(matches!(kind(400), Error::BadRequest { .. }));
        assert!(kind(401).is_unauthorized());
        assert!(kind(403).is_forbidden());
        assert!(kind(404).is_not_found());
        assert!(matches!(kind(405), Error::MethodNotAllowed { .. }));
        assert!(matches!(kind(406), Error::NotAcceptable { .. }));
        assert!(kind(409).is_conflict());
        assert!(matches!(kind(415), Error::UnsupportedMediaType { .. }));
        assert!(kind(429).is_retryable());
        assert!(kind(503).is_retryable());
        assert!(!kind(500).is_retryable());
        assert!(matches!(kind(418), Error::UnexpectedStatus { .. }));
    }

    #[test]
    fn method_not_allowed_lists_the_allow_header() {
        let mut h = HeaderMap::new();
        h.insert(ALLOW, HeaderValue::from_static("GET, PUT"));
        let e = Error::from_status(req(), StatusCode::METHOD_NOT_ALLOWED, &h, b"");
        let Error::MethodNotAllowed { allow, .. } = &e else {
            panic!("wrong kind: {e:?}")
        };
        assert_eq!(allow, &["GET", "PUT"]);
        assert!(e.to_string().contains("accepts only GET, PUT"), "{e}");
    }

    #[test]
    fn rate_limited_carries_retry_after() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("7"));
        let e = Error::from_status(req(), StatusCode::TOO_MANY_REQUESTS, &h, b"");
        assert_eq!(e.retry_after(), Some(Duration::from_secs(7)));
        assert!(e.to_string().contains("retry after 7 s"), "{e}");
    }

    #[test]
    fn display_is_one_sentence_with_advice() {
        let e = Error::from_status(req(), StatusCode::UNAUTHORIZED, &HeaderMap::new(), b"");
        assert_eq!(
            e.to_string(),
            "GET /rest/users/69: 401 Unauthorized: the username, password or token was rejected; check your credentials"
        );
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
            ..
        } = &e
        else {
            panic!("wrong kind: {e:?}")
        };
        assert_eq!(json_path, "items[1].id");
        assert!(body_snippet.len() <= BODY_SNIPPET_BYTES + 3);
    }

    #[test]
    fn snippet_respects_char_boundaries() {
        let s = "é".repeat(400);
        let cut = snippet(s.as_bytes());
        assert!(cut.ends_with('…'));
    }
}
