//! `/rest/serverStats`: administrators only.

use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{Shared, json, require_admin};
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::views::item_body;

/// `GET /rest/serverStats`.
pub(super) async fn get(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
) -> ApiResult<Response> {
    require_admin(&principal)?;
    let store = app.read();
    let stats = store
        .server_stats
        .as_ref()
        .ok_or_else(|| Failure::new(StatusCode::INTERNAL_SERVER_ERROR, "no server statistics"))?;
    Ok(json(item_body(stats)))
}
