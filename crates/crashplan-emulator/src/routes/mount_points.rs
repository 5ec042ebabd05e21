//! `/rest/mountPoints`: list and retrieve, administrators only.

use axum::Extension;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{Shared, json, parse_id, require_admin};
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crashplan_api::types::MountPoint;

use crate::filters::ListQuery;
use crate::views::item_body;

/// `GET /rest/mountPoints`: the filters of `listMountPoints` in the spec.
pub(super) async fn list(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    require_admin(&principal)?;
    let query = ListQuery::parse("listMountPoints", query.as_deref())?;
    let store = app.read();
    let body = query.answer(&store, || store.mount_points.values().map(MountPoint::from))?;
    Ok(json(body))
}

/// `GET /rest/mountPoints/{id}`: the detail view.
pub(super) async fn get(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    require_admin(&principal)?;
    let id = parse_id(&id, "mount point")?;
    let store = app.read();
    let mount_point = store
        .mount_points
        .get(&id)
        .ok_or_else(|| Failure::not_found(format!("no mount point with id {id}")))?;
    Ok(json(item_body(mount_point)))
}
