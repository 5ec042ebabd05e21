//! `/rest/orgs`: list, retrieve, create, update (deactivate).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::types::{Org, OrgCreate, OrgDetail, OrgUpdate, Status};

use super::{Shared, deactivated_name, json, parse_id, read_json};
use crate::error::{ApiResult, Failure};
use crate::filters::ListQuery;
use crate::state::now;
use crate::views::{finish, item_body};

/// `GET /rest/orgs`: the filters of `listOrgs` in the spec.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let query = ListQuery::parse("listOrgs", query.as_deref())?;
    let store = app.read();
    let body = query.answer(&store, || store.orgs.values().map(Org::from))?;
    Ok(json(body))
}

/// `GET /rest/orgs/{id}`: the detail view.
pub(super) async fn get(State(app): Shared, Path(id): Path<String>) -> ApiResult<Response> {
    let id = parse_id(&id, "org")?;
    let store = app.read();
    let org = store
        .orgs
        .get(&id)
        .ok_or_else(|| Failure::not_found(format!("no org with id {id}")))?;
    Ok(json(item_body(org)))
}

/// `POST /rest/orgs`: `name` and `parentId` required; an unknown parent is a 400.
pub(super) async fn create(
    State(app): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let new: OrgCreate = read_json(&headers, &body, "OrgCreate")?;
    if new.name.trim().is_empty() {
        return Err(Failure::bad_request("the field 'name' must not be empty"));
    }
    let mut store = app.write();
    if !store.orgs.contains_key(&new.parent_id) {
        return Err(Failure::bad_request(format!(
            "parentId {} is not an existing org",
            new.parent_id
        )));
    }
    let id = store.next_org_id();
    let registration_key = new
        .registration_key
        .unwrap_or_else(|| crate::synthetic::registration_key(id as u64 ^ 0x5eed));
    let org = new_org(id, new.name, new.parent_id, registration_key)?;
    let body = item_body(&org);
    store.orgs.insert(id, org);
    store.ensure_today_org(id);
    app.persist(&store)?;
    Ok(json(body))
}

/// `PUT /rest/orgs/{id}`: `name`, `status`, `parentId`, `quota`; other properties are
/// ignored. `Deactivated` renames the org `<name> deactivated <yyyy-MM-dd HH:mm>` and zeroes
/// its selected/todo statistics; `Active` reactivates it (and drops that suffix).
pub(super) async fn update(
    State(app): Shared,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let id = parse_id(&id, "org")?;
    let change: OrgUpdate = read_json(&headers, &body, "OrgUpdate")?;
    check_status(change.status.as_ref().map(Status::as_str))?;
    if change.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Failure::bad_request("the field 'name' must not be empty"));
    }
    let mut store = app.write();
    if !store.orgs.contains_key(&id) {
        return Err(Failure::not_found(format!("no org with id {id}")));
    }
    if let Some(parent) = change.parent_id
        && (parent == id || !store.orgs.contains_key(&parent))
    {
        return Err(Failure::bad_request(format!(
            "parentId {parent} is not a valid parent org"
        )));
    }
    let at = now();
    let Some(org) = store.orgs.get_mut(&id) else {
        return Err(Failure::not_found(format!("no org with id {id}")));
    };
    if let Some(name) = change.name {
        org.name = name;
    }
    if let Some(parent) = change.parent_id {
        org.parent_id = Some(parent);
    }
    if let Some(quota) = change.quota {
        let current = org.quota.get_or_insert_with(Default::default);
        if quota.bytes.is_some() {
            current.bytes = quota.bytes;
        }
        if quota.seats.is_some() {
            current.seats = quota.seats;
        }
    }
    match change.status.as_ref().map(Status::as_str) {
        Some(s) if s.eq_ignore_ascii_case("Deactivated") => set_status(org, true, &at),
        Some(s) if s.eq_ignore_ascii_case("Active") => set_status(org, false, &at),
        _ => {}
    }
    org.modification_date = at;
    let body = item_body(&*org);
    app.persist(&store)?;
    Ok(json(body))
}

/// 400 unless the status is `Active` or `Deactivated`.
pub(super) fn check_status(status: Option<&str>) -> ApiResult<()> {
    match status {
        Some(s) if !s.eq_ignore_ascii_case("Active") && !s.eq_ignore_ascii_case("Deactivated") => {
            Err(Failure::bad_request(format!(
                "invalid status '{s}': expected Active or Deactivated"
            )))
        }
        _ => Ok(()),
    }
}

/// Deactivates an active org (renamed `<name> deactivated <yyyy-MM-dd HH:mm>`, selected and
/// to-do statistics zeroed) or reactivates it (that suffix dropped): the same change through
/// either API generation.
pub(super) fn set_status(org: &mut OrgDetail, deactivated: bool, at: &crate::state::Date) {
    if deactivated {
        if org.status.as_str().eq_ignore_ascii_case("Deactivated") {
            return;
        }
        org.name = deactivated_name(&org.name, at);
        org.status = Status::Deactivated;
        for stat in [
            &mut org.selected_files,
            &mut org.selected_bytes,
            &mut org.todo_files,
            &mut org.todo_bytes,
        ] {
            *stat = Some(0);
        }
    } else {
        if let Some(at) = org.name.rfind(" deactivated ") {
            org.name.truncate(at);
        }
        org.status = Status::Active;
    }
}

/// A new active org with no statistics: the same record through either API generation.
pub(super) fn new_org(
    id: i64,
    name: String,
    parent_id: i64,
    registration_key: String,
) -> ApiResult<OrgDetail> {
    let at = now();
    finish(
        OrgDetail::builder()
            .creation_date(at)
            .id(id)
            .modification_date(at)
            .name(name)
            .parent_id(parent_id)
            .registration_key(registration_key)
            .status("Active"),
    )
}
