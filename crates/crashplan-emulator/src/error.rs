//! Error answers: JSON bodies (`ApiError`) with the right status and headers.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use crashplan_api::types::ApiError;

/// Realm announced in `WWW-Authenticate`.
pub(crate) const REALM: &str = "Basic realm=\"CrashPlan PRO\"";

/// An HTTP error answer with an `ApiError` body.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
    pub(crate) headers: Vec<(HeaderName, String)>,
    /// Today's business error name (`USER_DUPLICATE`, ...): the body then carries it as
    /// `data[0].name` too, as today's servers answer (see `TodayError` in the spec).
    pub(crate) name: Option<&'static str>,
}

impl Failure {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            headers: Vec::new(),
            name: None,
        }
    }

    /// A today's business error: `status`, its `name`, and what happened.
    pub(crate) fn named(
        status: StatusCode,
        name: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self {
            name: Some(name),
            ..Self::new(status, message)
        }
    }

    pub(crate) fn with_header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, message).with_header(header::WWW_AUTHENTICATE, REALM)
    }

    pub(crate) fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, message)
    }

    pub(crate) fn method_not_allowed(allow: &str) -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("method not allowed; this resource accepts {allow}"),
        )
        .with_header(header::ALLOW, allow)
    }

    pub(crate) fn retry(status: StatusCode, message: &str, retry_after_secs: u64) -> Self {
        Self::new(status, message).with_header(header::RETRY_AFTER, retry_after_secs.to_string())
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let status = i32::from(self.status.as_u16());
        let body = ApiError::builder()
            .message(self.message.clone())
            .status(status)
            .try_into()
            .map(|body: ApiError| serde_json::to_vec(&body))
            // Only if the spec required a property the emulator does not set: the message
            // alone, still JSON.
            .unwrap_or_else(|_| {
                serde_json::to_vec(&serde_json::json!({ "message": self.message }))
            });
        let body = match self.name {
            None => body,
            // `{"message", "status", "data": [{"name", "description"}]}`: an `ApiError` and a
            // `TodayError` at once.
            Some(name) => body.and_then(|bytes| {
                let mut value: serde_json::Value = serde_json::from_slice(&bytes)?;
                value["data"] = serde_json::json!([{ "name": name, "description": self.message }]);
                serde_json::to_vec(&value)
            }),
        };
        let bytes = body.unwrap_or_default();
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, crate::views::JSON_CONTENT_TYPE)],
            bytes,
        )
            .into_response();
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }
}

/// Result of a handler.
pub(crate) type ApiResult<T> = Result<T, Failure>;
