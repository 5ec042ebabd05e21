//! Today's orgs: `/api/v1/Org` (list, the signed-in user's org) and `/api/v3/orgs` (create,
//! get, update by GUID; block, unblock, deactivate, activate), on the same orgs as
//! `/rest/orgs`.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::types::{V3OrgCreate, V3OrgUpdate};

use super::views::{v1_org, v3_org};
use super::{Listing, data, flag, optional_json};
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::filters::Params;
use crate::routes::orgs::{new_org, set_status};
use crate::routes::{Shared, json, read_json};
use crate::state::{Store, now};
use crate::views::item_body;

/// `GET /api/v1/Org` (`listOrgsV1`): every org in id order.
pub(in crate::routes) async fn list(
    State(app): Shared,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let listing = Listing::parse("listOrgsV1", query.as_deref())?;
    let store = app.read();
    let body = listing.answer(
        &store,
        || store.orgs.values().map(|o| v1_org(&store, o)),
        |_| true,
    )?;
    Ok(json(body))
}

/// `GET /api/v1/Org/my` (`getCurrentOrgV1`): the signed-in user's org; for an account of
/// the emulator that is no user (`admin`), the root org (or the first one, when writes left
/// no org without a parent).
pub(in crate::routes) async fn current(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
) -> ApiResult<Response> {
    let store = app.read();
    let org = match store.user_by_login(&principal.username) {
        Some(id) => store.org_of(id).and_then(|o| store.orgs.get(&o)),
        // The root org; after a write gave every org a parent, the first org (the tenant's
        // orgs are never all gone).
        None => store
            .orgs
            .values()
            .find(|o| o.parent_id.is_none())
            .or_else(|| store.orgs.values().next()),
    }
    .ok_or_else(|| Failure::not_found("the signed-in account has no org"))?;
    Ok(data(&v1_org(&store, org)))
}

/// The id of the org with this GUID; 404 otherwise.
fn resolve(store: &Store, guid: &str) -> ApiResult<i64> {
    store
        .org_id_by_key(guid)
        .filter(|id| store.org_guid(*id) == guid)
        .ok_or_else(|| Failure::not_found(format!("no org with GUID '{guid}'")))
}

/// The v3 view of org `id`, which exists.
fn view_of(store: &Store, id: i64, settings: bool) -> ApiResult<Response> {
    let org = store
        .orgs
        .get(&id)
        .ok_or_else(|| Failure::not_found(format!("no org with id {id}")))?;
    Ok(json(item_body(&v3_org(store, org, settings))))
}

/// `GET /api/v3/orgs/{orgGuid}` (`getOrgV3`); `incSettings` adds the settings.
pub(in crate::routes) async fn get(
    State(app): Shared,
    Path(guid): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let store = app.read();
    let id = resolve(&store, &guid)?;
    view_of(&store, id, flag(&params, "incSettings"))
}

/// `POST /api/v3/orgs` (`createOrgV3`): a new org under the org with `parentOrgGuid` (the
/// root org when absent; 400 for an unknown one), seen through `/rest/orgs` too.
pub(in crate::routes) async fn create(
    State(app): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let new: V3OrgCreate = read_json(&headers, &body, "V3OrgCreate")?;
    if new.org_name.trim().is_empty() {
        return Err(Failure::bad_request(
            "the field 'orgName' must not be empty",
        ));
    }
    let mut store = app.write();
    let parent = match &new.parent_org_guid {
        Some(guid) => store.org_id_by_key(guid).ok_or_else(|| {
            Failure::bad_request(format!("parentOrgGuid '{guid}' is not an existing org"))
        })?,
        None => store
            .orgs
            .values()
            .find(|o| o.parent_id.is_none())
            .map(|o| o.id)
            .ok_or_else(|| Failure::bad_request("there is no root org: give parentOrgGuid"))?,
    };
    let id = store.next_org_id();
    let key = crate::synthetic::registration_key(id as u64 ^ 0x5eed);
    let org = new_org(id, new.org_name, parent, key)?;
    store.orgs.insert(id, org);
    let today = store.ensure_today_org(id);
    today.ext_ref = new.org_ext_ref;
    today.notes = new.notes;
    app.persist(&store)?;
    view_of(&store, id, false)
}

/// Applies `change` to the org with GUID `guid` (404 if none) and answers its v3 view.
fn act(
    app: &crate::app::App,
    guid: &str,
    change: impl FnOnce(&mut Store, i64) -> ApiResult<()>,
) -> ApiResult<Response> {
    let mut store = app.write();
    let id = resolve(&store, guid)?;
    change(&mut store, id)?;
    if let Some(org) = store.orgs.get_mut(&id) {
        org.modification_date = now();
    }
    app.persist(&store)?;
    view_of(&store, id, false)
}

/// `PUT /api/v3/orgs/{orgGuid}` (`updateOrgV3`): `orgName`, `orgExtRef`, `notes`.
pub(in crate::routes) async fn update(
    State(app): Shared,
    Path(guid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let change: V3OrgUpdate = optional_json(&headers, &body, "V3OrgUpdate")?;
    if change
        .org_name
        .as_deref()
        .is_some_and(|n| n.trim().is_empty())
    {
        return Err(Failure::bad_request(
            "the field 'orgName' must not be empty",
        ));
    }
    act(&app, &guid, |store, id| {
        if let (Some(name), Some(org)) = (change.org_name, store.orgs.get_mut(&id)) {
            org.name = name;
        }
        let today = store.ensure_today_org(id);
        if change.org_ext_ref.is_some() {
            today.ext_ref = change.org_ext_ref;
        }
        if change.notes.is_some() {
            today.notes = change.notes;
        }
        Ok(())
    })
}

/// `POST /api/v3/orgs/{orgGuid}/block` (`blockOrgV3`).
pub(in crate::routes) async fn block(
    State(app): Shared,
    Path(guid): Path<String>,
) -> ApiResult<Response> {
    act(&app, &guid, |store, id| {
        store.ensure_today_org(id).blocked = true;
        Ok(())
    })
}

/// `POST /api/v3/orgs/{orgGuid}/unblock` (`unblockOrgV3`).
pub(in crate::routes) async fn unblock(
    State(app): Shared,
    Path(guid): Path<String>,
) -> ApiResult<Response> {
    act(&app, &guid, |store, id| {
        store.ensure_today_org(id).blocked = false;
        Ok(())
    })
}

/// Deactivates or reactivates an org as `PUT /rest/orgs/{id}` with a status does.
fn set_active(app: &crate::app::App, guid: &str, active: bool) -> ApiResult<Response> {
    act(app, guid, |store, id| {
        if let Some(org) = store.orgs.get_mut(&id) {
            set_status(org, !active, &now());
        }
        Ok(())
    })
}

/// `POST /api/v3/orgs/{orgGuid}/deactivate` (`deactivateOrgV3`).
pub(in crate::routes) async fn deactivate(
    State(app): Shared,
    Path(guid): Path<String>,
) -> ApiResult<Response> {
    set_active(&app, &guid, false)
}

/// `POST /api/v3/orgs/{orgGuid}/activate` (`activateOrgV3`).
pub(in crate::routes) async fn activate(
    State(app): Shared,
    Path(guid): Path<String>,
) -> ApiResult<Response> {
    set_active(&app, &guid, true)
}
