//! Today's API (`/api/v1`, `/api/v3`, `/api/v38`) served from the same store as the 2010
//! `/rest` API: users ([`users`]), devices ([`devices`]) and orgs ([`orgs`]) with their
//! lists, details, writes and actions, plus the signed-in user and org, the login
//! configuration, the tenant and the roles (here).
//!
//! Lists answer in the `data` envelope with `totalCount`, paged by `pgNum`/`pgSize`; the
//! filters the spec can evaluate go through the generic predicate ([`ListQuery`]); the free
//! text `q`, `roleId` and `targetComputerGuid` (whose comparison the spec cannot state) and
//! `srtKey`/`srtDir` are evaluated here ([`Listing`]). Business errors carry their name
//! (`USER_DUPLICATE`, `ACTIVE_LEGAL_HOLD`) in `data[].name`.

mod devices;
mod orgs;
mod users;
mod views;

use std::cmp::Ordering;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use crashplan_api::spec::API;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

pub(super) use devices::{
    block as block_device, deactivate as deactivate_device, deauthorize as deauthorize_device,
    get as get_device, list as list_devices, reactivate as reactivate_device,
    unblock as unblock_device, update as update_device,
};
pub(super) use orgs::{
    activate as activate_org, block as block_org, create as create_org, current as current_org,
    deactivate as deactivate_org, get as get_org, list as list_orgs, unblock as unblock_org,
    update as update_org,
};
pub(super) use users::{
    activate as activate_user, block as block_user, create as create_user, current as current_user,
    deactivate as deactivate_user, get as get_user, list as list_users, move_to as move_user,
    roles as user_roles, set_roles as set_user_roles, unblock as unblock_user,
    update as update_user,
};

use super::{Shared, json, read_json};
use crate::error::{ApiResult, Failure};
use crate::filters::{ListQuery, Params};
use crate::paging::Window;
use crate::state::Store;
use crate::views::{Page, item_body, paged_body};

/// The parameters of today's lists that [`Listing`] evaluates itself (the others go to
/// [`ListQuery`]).
const EVALUATED_HERE: &[&str] = &["q", "roleId", "targetComputerGuid", "srtKey", "srtDir"];

/// The lists whose handlers evaluate [`EVALUATED_HERE`].
const LISTS: &[&str] = &["listUsersV1", "listDevicesV1", "listOrgsV1"];

/// Whether the handler of list `id` evaluates its parameter `param` itself.
pub(super) fn evaluates_filter(id: &str, param: &str) -> bool {
    LISTS.contains(&id) && EVALUATED_HERE.contains(&param)
}

/// A today's list request: the spec's paging and filters, and what is evaluated here.
struct Listing {
    query: ListQuery,
    params: Params,
    operation: &'static str,
}

impl Listing {
    /// Reads the query of the list operation `operation`.
    fn parse(operation: &'static str, raw: Option<&str>) -> ApiResult<Self> {
        let params = Params::parse(raw);
        let rest: Vec<String> = raw
            .unwrap_or("")
            .split('&')
            .filter(|pair| {
                let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
                !EVALUATED_HERE.contains(&key)
            })
            .map(str::to_owned)
            .collect();
        let query = ListQuery::parse(operation, Some(&rest.join("&")))?;
        if let Some(dir) = params.get("srtDir")
            && !dir.eq_ignore_ascii_case("asc")
            && !dir.eq_ignore_ascii_case("desc")
        {
            return Err(Failure::bad_request(format!(
                "invalid value for parameter 'srtDir': expected asc or desc, got '{dir}'"
            )));
        }
        Ok(Self {
            query,
            params,
            operation,
        })
    }

    /// A parameter evaluated here, if given and not empty.
    fn here(&self, name: &str) -> Option<&str> {
        self.params.get(name).filter(|v| !v.is_empty())
    }

    /// A boolean option such as `incBackupUsage` (`true` in any case; pycpg sends `True`).
    fn option(&self, name: &str) -> bool {
        flag(&self.params, name)
    }

    /// Whether nothing narrows or reorders the list: a page can be cut from the whole.
    fn is_plain(&self) -> bool {
        self.is_prefiltered(&[])
    }

    /// Whether the only filters given compare `properties`, which the handler's candidates
    /// already pass, and nothing reorders the list: the candidates can be counted and
    /// skipped without building their views.
    fn is_prefiltered(&self, properties: &[&str]) -> bool {
        self.query.only_filters(properties) && EVALUATED_HERE.iter().all(|n| self.here(n).is_none())
    }

    /// The page of `candidates` that pass the spec's filters and `keep`, sorted by `srtKey`.
    fn answer<I>(
        &self,
        store: &Store,
        candidates: impl Fn() -> I,
        keep: impl Fn(&Value) -> bool,
    ) -> ApiResult<Vec<u8>>
    where
        I: Iterator<Item = Value>,
    {
        match self.here("srtKey") {
            None => self
                .query
                .answer(store, || candidates().filter(|v| keep(v))),
            Some(key) => {
                let mut items: Vec<Value> = candidates().filter(|v| keep(v)).collect();
                items.sort_by(|a, b| compare(&a[key], &b[key]));
                if self
                    .here("srtDir")
                    .is_some_and(|d| d.eq_ignore_ascii_case("desc"))
                {
                    items.reverse();
                }
                self.query.answer(store, || items.iter())
            }
        }
    }

    /// The page of an unfiltered list of `total` items, `from(start)` giving the items from
    /// position `start` on without building those before.
    fn plain<I>(&self, total: usize, from: impl FnOnce(usize) -> I) -> ApiResult<Vec<u8>>
    where
        I: Iterator<Item = Value>,
    {
        let list = API
            .operation(self.operation)
            .and_then(|op| op.list.as_ref())
            .ok_or_else(|| Failure::new(StatusCode::INTERNAL_SERVER_ERROR, "not a list"))?;
        let page = Page {
            envelope: list.envelope.unwrap_or("data"),
            total: list.total.unwrap_or("totalCount"),
            items_key: list.items_key,
            matching: total,
        };
        let Window { start, len } = self.query.window;
        let items: Box<dyn Iterator<Item = Value>> = if start >= total {
            Box::new(std::iter::empty())
        } else {
            Box::new(from(start).take(len.unwrap_or(usize::MAX)))
        };
        Ok(paged_body(self.query.metadata()?, page, items))
    }
}

/// Sort order of two JSON values: numbers by value, strings in any case, null first.
fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Value::String(x), Value::String(y)) => x.to_lowercase().cmp(&y.to_lowercase()),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Less,
        (_, Value::Null) => Ordering::Greater,
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// Whether free text `q` occurs, in any case, in one of the string properties `fields`.
fn contains_text(item: &Value, fields: &[&str], q: &str) -> bool {
    let q = q.to_lowercase();
    fields.iter().any(|f| {
        item[*f]
            .as_str()
            .is_some_and(|v| v.to_lowercase().contains(&q))
    })
}

/// Whether a boolean query option is `true` (in any case).
/// Whether the query's `idType` says the path names its item by `string_id` (`uid`, `guid`)
/// rather than the numeric id (`id`, or no `idType`); 400 for another id type.
fn by_string_id(params: &Params, string_id: &str) -> ApiResult<bool> {
    match params.get("idType") {
        None | Some("") => Ok(false),
        Some(t) if t.eq_ignore_ascii_case(string_id) => Ok(true),
        Some(t) if t.eq_ignore_ascii_case("id") => Ok(false),
        Some(t) => Err(Failure::bad_request(format!(
            "invalid value for parameter 'idType': expected {string_id}, got '{t}'"
        ))),
    }
}

fn flag(params: &Params, name: &str) -> bool {
    params
        .get(name)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// `{"data": <item>}`: a detail, and the answer of a write or an action (whose answer the
/// evidence does not show) with the changed item.
fn data(item: &Value) -> Response {
    json(item_body(&json!({ "data": item })))
}

/// An action's optional JSON body (pycpg sends `{"block": null}`, or none at all): an empty
/// body is the default value.
fn optional_json<T: DeserializeOwned + Default>(
    headers: &HeaderMap,
    body: &Bytes,
    schema: &str,
) -> ApiResult<T> {
    if body.iter().all(u8::is_ascii_whitespace) {
        Ok(T::default())
    } else {
        read_json(headers, body, schema)
    }
}

/// A refusal naming `ACTIVE_LEGAL_HOLD`.
fn legal_hold(what: &str) -> Failure {
    Failure::named(
        StatusCode::BAD_REQUEST,
        "ACTIVE_LEGAL_HOLD",
        format!("{what} is in an active legal hold: release the hold first"),
    )
}

/// `GET /api/v3/LoginConfiguration?username=U` (`getLoginConfigurationV3`): `LOCAL_2FA` for
/// an account with a one-time password, `LOCAL` otherwise.
pub(super) async fn login_configuration(
    State(app): Shared,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let username = params
        .get("username")
        .filter(|u| !u.is_empty())
        .ok_or_else(|| Failure::bad_request("missing required parameter 'username'"))?;
    let login_type = app.auth.login_type(username);
    Ok(json(item_body(&json!({ "loginType": login_type }))))
}

/// `GET /api/v3/customer/my` (`getCustomerV3`): the tenant, named after the root org.
pub(super) async fn customer(State(app): Shared) -> ApiResult<Response> {
    let store = app.read();
    let root = store.orgs.values().find(|o| o.parent_id.is_none());
    Ok(json(item_body(&json!({
        "tenantUid": root.map_or_else(|| "1".to_owned(), |o| store.org_uid(o.id)),
        "name": root.map_or_else(|| "CrashPlan emulator".to_owned(), |o| o.name.clone()),
        "registrationKey": root.and_then(|o| o.registration_key.clone()),
        "deploymentModel": "PUBLIC",
        "maintenanceMode": false,
    }))))
}

/// Every role of the tenant: the spec's example of `listRolesV1`.
fn all_roles() -> Vec<Value> {
    crate::examples::EXAMPLES
        .iter()
        .find(|(name, _)| *name == "RoleList.list-roles")
        .and_then(|(_, text)| serde_json::from_str::<Value>(text).ok())
        .and_then(|v| v.get("data").and_then(Value::as_array).cloned())
        .unwrap_or_default()
}

/// `GET /api/v1/role` (`listRolesV1`): every role, `{"data": [..]}`.
pub(super) async fn roles() -> ApiResult<Response> {
    Ok(json(item_body(&json!({ "data": all_roles() }))))
}
