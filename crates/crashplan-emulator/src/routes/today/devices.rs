//! Today's devices: `/api/v1/Computer` (list, get by id or GUID, rename),
//! `/api/v1/ComputerBlock`, `/api/v1/ComputerDeauthorization` and
//! `/api/v38/computer-deactivation`, on the same computers as `/rest/computers`.
//!
//! A stored computer's name and status change in its 2010 record (so `/rest/computers` shows
//! them); a synthetic computer's in its today's part (`/rest` keeps showing it as generated).

use std::borrow::Cow;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::types::{ComputerDetail, DeviceDeactivation, DeviceUpdate, Status};
use serde_json::Value;

use super::views::{device, device_status};
use super::{Listing, contains_text, data, flag, legal_hold};
use crate::error::{ApiResult, Failure};
use crate::filters::Params;
use crate::routes::{Shared, json, read_json};
use crate::state::{Store, now};
use crate::today::TodayComputer;

/// `GET /api/v1/Computer` (`listDevicesV1`): every computer (stored and synthetic), filtered
/// by `active`, `blocked`, `orgUid`, `userUid` (the spec's filters), `q` (name, hostname or
/// GUID containing it) and `targetComputerGuid` (a destination of its backup usage); with
/// `incBackupUsage` each device's `backupUsage`.
pub(in crate::routes) async fn list(
    State(app): Shared,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let listing = Listing::parse("listDevicesV1", query.as_deref())?;
    let target = listing.here("targetComputerGuid");
    // The destination filter reads the backup usage.
    let usage = listing.option("incBackupUsage") || target.is_some();
    let store = app.read();
    let shown = listing.option("incBackupUsage");
    // Drops the usage that only the destination filter asked for.
    let finish = move |mut v: Value| {
        if !shown && let Some(map) = v.as_object_mut() {
            map.remove("backupUsage");
        }
        v
    };
    let keep_target = |v: &Value| {
        target.is_none_or(|t| {
            v["backupUsage"]
                .as_array()
                .is_some_and(|u| u.iter().any(|e| e["targetComputerGuid"] == t))
        })
    };
    if listing.is_plain() {
        let total = store.computers.len()
            + usize::try_from(store.synthetic.computers_len()).unwrap_or(usize::MAX);
        let body = listing.plain(total, |start| {
            store
                .computers_where(None, None, None, start)
                .map(|c| finish(device(&store, &c, usage)))
        })?;
        return Ok(json(body));
    }
    let user = listing
        .params
        .get("userUid")
        .map(|uid| store.user_id_by_uid(uid).unwrap_or(-1));
    // `active` and `blocked` are read before a view is built (the predicate still decides).
    let want = |name: &str| {
        listing
            .params
            .get(name)
            .map(|v| v.eq_ignore_ascii_case("true"))
    };
    let (active, blocked) = (want("active"), want("blocked"));
    let store = &*store;
    let candidates = || -> Box<dyn Iterator<Item = Cow<'_, ComputerDetail>> + '_> {
        match user {
            Some(-1) => Box::new(std::iter::empty()),
            _ => Box::new(store.computers_where(None, None, user, 0).filter(move |c| {
                active.is_none_or(|a| device_status(store, c).1 == a)
                    && blocked.is_none_or(|b| store.today_computer(c.id).blocked == b)
            })),
        }
    };
    if listing.is_prefiltered(&["active", "blocked"]) {
        let total = candidates().count();
        let body = listing.plain(total, |start| {
            candidates()
                .skip(start)
                .map(move |c| finish(device(store, &c, usage)))
        })?;
        return Ok(json(body));
    }
    let q = listing.here("q");
    let keep = |v: &Value| q.is_none_or(|q| contains_text(v, &["name", "osHostname", "guid"], q));
    let body = listing.answer(
        store,
        || {
            candidates()
                .map(|c| device(store, &c, usage))
                .filter(|v| keep_target(v))
                .map(finish)
        },
        keep,
    )?;
    Ok(json(body))
}

/// The id of the computer a path names: its numeric id, or with `idType=guid` its GUID; 404
/// when there is no such computer.
fn resolve(store: &Store, raw: &str, params: &Params) -> ApiResult<i64> {
    let by_guid = super::by_string_id(params, "guid")?;
    let id = raw.parse::<i64>().ok().and_then(|n| {
        if by_guid {
            store.computer_id_by_guid(n)
        } else {
            Some(n)
        }
    });
    id.filter(|id| store.computer(*id).is_some())
        .ok_or_else(|| {
            let what = if by_guid { "GUID" } else { "id" };
            Failure::not_found(format!("no device with {what} '{raw}'"))
        })
}

/// The today's view of computer `id` (which exists), with its backup usage if `usage`.
fn view_of(store: &Store, id: i64, usage: bool) -> ApiResult<Value> {
    let computer = store
        .computer(id)
        .ok_or_else(|| Failure::not_found(format!("no device with id {id}")))?;
    Ok(device(store, &computer, usage))
}

/// `GET /api/v1/Computer/{computerId}` (`getDeviceV1`): by id, or by GUID with
/// `idType=guid`; `incBackupUsage` adds the backup usage.
pub(in crate::routes) async fn get(
    State(app): Shared,
    Path(raw): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let store = app.read();
    let id = resolve(&store, &raw, &params)?;
    Ok(data(&view_of(&store, id, flag(&params, "incBackupUsage"))?))
}

/// Applies `change` to computer `id` (404 if none): to its stored 2010 record when it has
/// one, and to its today's part; answers its view.
fn act(
    app: &crate::app::App,
    id: i64,
    change: impl FnOnce(Option<&mut ComputerDetail>, &mut TodayComputer),
) -> ApiResult<Response> {
    let mut store = app.write();
    if store.computer(id).is_none() {
        return Err(Failure::not_found(format!("no device with id {id}")));
    }
    let mut today = store.today_computer(id).into_owned();
    let mut stored = store.computers.get_mut(&id);
    if let Some(c) = stored.as_deref_mut() {
        c.modification_date = now();
    }
    change(stored, &mut today);
    store.today.computers.insert(id, today);
    let view = view_of(&store, id, false)?;
    app.persist(&store)?;
    Ok(data(&view))
}

/// A path's numeric computer id.
fn path_id(raw: &str) -> ApiResult<i64> {
    raw.parse()
        .map_err(|_| Failure::not_found(format!("no device with id '{raw}'")))
}

/// `PUT /api/v1/Computer/{computerId}` (`updateDeviceV1`): `name`, `notes`,
/// `computerExtRef` (crashplancli sends the whole device back; the rest is ignored).
pub(in crate::routes) async fn update(
    State(app): Shared,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let id = path_id(&raw)?;
    let change: DeviceUpdate = read_json(&headers, &body, "DeviceUpdate")?;
    if change.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Failure::bad_request("the field 'name' must not be empty"));
    }
    act(&app, id, |stored, today| {
        if let Some(name) = change.name {
            match stored {
                Some(c) => c.name = name,
                None => today.name = Some(name),
            }
        }
        if change.notes.is_some() {
            today.notes = change.notes;
        }
        if change.computer_ext_ref.is_some() {
            today.ext_ref = change.computer_ext_ref;
        }
    })
}

/// `PUT /api/v1/ComputerBlock/{computerId}` (`blockDeviceV1`).
pub(in crate::routes) async fn block(
    State(app): Shared,
    Path(raw): Path<String>,
) -> ApiResult<Response> {
    act(&app, path_id(&raw)?, |_, today| today.blocked = true)
}

/// `DELETE /api/v1/ComputerBlock/{computerId}` (`unblockDeviceV1`).
pub(in crate::routes) async fn unblock(
    State(app): Shared,
    Path(raw): Path<String>,
) -> ApiResult<Response> {
    act(&app, path_id(&raw)?, |_, today| today.blocked = false)
}

/// `PUT /api/v1/ComputerDeauthorization/{computerId}` (`deauthorizeDeviceV1`): status
/// "Active, Deauthorized" until it is deactivated.
pub(in crate::routes) async fn deauthorize(
    State(app): Shared,
    Path(raw): Path<String>,
) -> ApiResult<Response> {
    act(&app, path_id(&raw)?, |_, today| today.deauthorized = true)
}

/// Sets the status of the computer named by the body's `id`: deactivating one of a user in
/// a legal hold is 400 `ACTIVE_LEGAL_HOLD`.
fn set_active(
    app: &crate::app::App,
    headers: &HeaderMap,
    body: &Bytes,
    active: bool,
) -> ApiResult<Response> {
    let body: DeviceDeactivation = read_json(headers, body, "DeviceDeactivation")?;
    let held = {
        let store = app.read();
        let computer = store
            .computer(body.id)
            .ok_or_else(|| Failure::not_found(format!("no device with id {}", body.id)))?;
        store.in_legal_hold(computer.user_id)
    };
    if !active && held {
        return Err(legal_hold(&format!("the user of device {}", body.id)));
    }
    act(app, body.id, |stored, today| {
        match stored {
            Some(c) => {
                c.status = if active {
                    Status::Active
                } else {
                    Status::Deactivated
                };
                today.deactivated = None;
            }
            None => today.deactivated = Some(!active),
        }
        if !active {
            today.deauthorized = false;
        }
    })
}

/// `POST /api/v38/computer-deactivation/update` (`deactivateDeviceV38`, body `{"id": N}`).
pub(in crate::routes) async fn deactivate(
    State(app): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    set_active(&app, &headers, &body, false)
}

/// `POST /api/v38/computer-deactivation/remove` (`reactivateDeviceV38`, body `{"id": N}`).
pub(in crate::routes) async fn reactivate(
    State(app): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    set_active(&app, &headers, &body, true)
}
