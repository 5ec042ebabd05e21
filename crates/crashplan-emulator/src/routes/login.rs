//! `GET /api/v3/auth/jwt?useBody=true`: the token login; `POST /api/v3/oauth/token`: the
//! API-client token.

use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::Secret;
use crashplan_api::types::{AuthTokenData, AuthTokenResponse, OAuthTokenResponse};

use super::{Shared, json};
use crate::error::{ApiResult, Failure};
use crate::filters::Params;
use crate::views::{finish, item_body};

/// Exchanges HTTP Basic credentials (and `totp-auth`) for a `v3_user_token`.
pub(super) async fn login(
    State(app): Shared,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    match params.get("useBody") {
        Some(v) if v.eq_ignore_ascii_case("true") => {}
        Some(v) => {
            return Err(Failure::bad_request(format!(
                "invalid value for parameter 'useBody': expected true, got '{v}'"
            )));
        }
        None => {
            return Err(Failure::bad_request(
                "missing required parameter 'useBody' (must be true)",
            ));
        }
    }
    let token = {
        let store = app.read();
        app.auth.login(&store, &headers)?
    };
    let data: AuthTokenData = finish(AuthTokenData::builder().v3_user_token(Secret::new(token)))?;
    let body: AuthTokenResponse = finish(AuthTokenResponse::builder().data(data))?;
    Ok(json(item_body(&body)))
}

/// Exchanges an API client's id and secret (HTTP Basic) for a token:
/// `{"access_token", "token_type": "bearer", "expires_in"}`.
pub(super) async fn api_client_token(
    State(app): Shared,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    match params.get("grant_type") {
        Some("client_credentials") => {}
        Some(v) => {
            return Err(Failure::bad_request(format!(
                "unsupported grant_type '{v}': expected client_credentials"
            )));
        }
        None => {
            return Err(Failure::bad_request(
                "missing required parameter 'grant_type' (must be client_credentials)",
            ));
        }
    }
    let (token, ttl) = app.auth.api_client_token(&headers)?;
    let body: OAuthTokenResponse = finish(
        OAuthTokenResponse::builder()
            .access_token(Secret::new(token))
            .token_type(Some("bearer".to_owned()))
            .expires_in(Some(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX))),
    )?;
    Ok(json(item_body(&body)))
}
