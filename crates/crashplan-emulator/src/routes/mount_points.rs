//! `/rest/mountPoints`: list and retrieve, administrators only.

use axum::Extension;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{Shared, json, parse_id, require_admin};
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::filters::{Params, matches_int, matches_status, matches_str};
use crate::paging::Window;
use crate::views::{item_body, list_body, metadata, mount_point_view, owned};

/// `GET /rest/mountPoints`: filters `id`, `name`, `status`, `type`, `volumeLabel`, `note`.
pub(super) async fn list(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    require_admin(&principal)?;
    let params = Params::parse(query.as_deref());
    let window = Window::parse(&params)?;
    let id = params.int("id")?;
    let name = params.string("name");
    let status = params.string("status");
    let kind = params.string("type");
    let label = params.string("volumeLabel");
    let note = params.string("note");
    let store = app.read();
    let items = store
        .mount_points
        .values()
        .filter(|m| {
            matches_int(id, Some(m.id))
                && matches_str(name, Some(&m.name))
                && matches_status(status, &m.status)
                && matches_str(kind, Some(&m.type_))
                && matches_str(label, m.volume_label.as_deref())
                && matches_str(note, m.note.as_deref())
        })
        .map(|m| owned(mount_point_view(m)));
    Ok(json(list_body(
        metadata(params.echo()),
        "mountPoints",
        window.apply(items),
    )))
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
