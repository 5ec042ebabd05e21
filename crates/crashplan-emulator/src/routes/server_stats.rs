//! `/rest/serverStats`: administrators only.

use axum::Extension;
use axum::extract::State;
use axum::response::Response;

use super::{Shared, json, require_admin};
use crate::auth::Principal;
use crate::error::ApiResult;

/// `GET /rest/serverStats`.
pub(super) async fn get(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
) -> ApiResult<Response> {
    require_admin(&principal)?;
    let store = app.read();
    Ok(json(
        serde_json::to_vec(&store.server_stats).unwrap_or_default(),
    ))
}
