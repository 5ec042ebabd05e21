//! `GET /api/v3/auth/jwt?useBody=true`: the token login.

use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::Secret;
use crashplan_api::types::{AuthTokenData, AuthTokenResponse};

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
