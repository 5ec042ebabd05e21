//! The HTTP routes, built from the spec's operations (`crashplan_api::spec::API`), and what
//! they share: authentication, content negotiation, JSON bodies.
//!
//! Every path and method comes from the spec; a path answers the methods the spec gives it
//! and 405 with their `Allow` otherwise. Each operation is served by, in this order:
//! 1. its hand-written handler in [`HANDLERS`] (business rules: the login, writes with side
//!    effects, status changes, and the lists backed by the data set and its synthetic scale);
//! 2. the spec's examples ([`generic`]): a read-only list or detail view whose items have
//!    examples in `spec/examples/`;
//! 3. a 501 naming the operation.

mod archive_records;
mod computers;
mod generic;
mod login;
mod mount_points;
mod orgs;
mod server_stats;
mod today;
mod usages;
mod users;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post, put};
use crashplan_api::spec::{API, Api, Operation};
use serde::de::DeserializeOwned;

use crate::app::App;
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::views::JSON_CONTENT_TYPE;

type Shared = State<Arc<App>>;

/// The hand-written handlers, by operationId, each with the method and path it was written
/// for (checked against the spec by [`check`]: at start-up and by this module's tests; the
/// route itself comes from the spec). Only what the spec cannot say belongs here.
const HANDLERS: &[Hand] = &[
    Hand::public("getUserToken", "GET /api/v3/auth/jwt", || get(login::login)),
    Hand::public("getApiClientToken", "POST /api/v3/oauth/token", || {
        post(login::api_client_token)
    }),
    Hand::new("listOrgs", "GET /rest/orgs", || get(orgs::list)),
    Hand::new("createOrg", "POST /rest/orgs", || post(orgs::create)),
    Hand::new("getOrg", "GET /rest/orgs/{id}", || get(orgs::get)),
    Hand::new("updateOrg", "PUT /rest/orgs/{id}", || put(orgs::update)),
    Hand::new("listUsers", "GET /rest/users", || get(users::list)),
    Hand::new("createUser", "POST /rest/users", || post(users::create)),
    Hand::new("getUser", "GET /rest/users/{id}", || get(users::get)),
    Hand::new("updateUser", "PUT /rest/users/{id}", || put(users::update)),
    Hand::new("listComputers", "GET /rest/computers", || {
        get(computers::list)
    }),
    Hand::new("getComputer", "GET /rest/computers/{id}", || {
        get(computers::get)
    }),
    Hand::new("listUsages", "GET /rest/usages", || get(usages::list)),
    Hand::new("listComputerUsages", "GET /rest/computerUsage", || {
        get(usages::list_computer_usage)
    }),
    Hand::new("listMountPoints", "GET /rest/mountPoints", || {
        get(mount_points::list)
    }),
    Hand::new("getMountPoint", "GET /rest/mountPoints/{id}", || {
        get(mount_points::get)
    }),
    Hand::new("getServerStats", "GET /rest/serverStats", || {
        get(server_stats::get)
    }),
    Hand::new("listArchiveRecords", "GET /rest/archiveRecords", || {
        get(archive_records::list)
    }),
    Hand::new("getCurrentUserV1", "GET /api/v1/User/my", || {
        get(today::current_user)
    }),
    Hand::public(
        "getLoginConfigurationV3",
        "GET /api/v3/LoginConfiguration",
        || get(today::login_configuration),
    ),
    Hand::new("getCustomerV3", "GET /api/v3/customer/my", || {
        get(today::customer)
    }),
    Hand::new("listUsersV1", "GET /api/v1/User", || get(today::list_users)),
    Hand::new("createUserV1", "POST /api/v1/User", || {
        post(today::create_user)
    }),
    Hand::new("getUserV1", "GET /api/v1/User/{userId}", || {
        get(today::get_user)
    }),
    Hand::new("updateUserV1", "PUT /api/v1/User/{userId}", || {
        put(today::update_user)
    }),
    Hand::new("blockUserV3", "POST /api/v3/users/{userUid}/block", || {
        post(today::block_user)
    }),
    Hand::new(
        "unblockUserV3",
        "POST /api/v3/users/{userUid}/unblock",
        || post(today::unblock_user),
    ),
    Hand::new(
        "deactivateUserV3",
        "POST /api/v3/users/{userUid}/deactivate",
        || post(today::deactivate_user),
    ),
    Hand::new(
        "activateUserV3",
        "POST /api/v3/users/{userUid}/activate",
        || post(today::activate_user),
    ),
    Hand::new("moveUserV3", "POST /api/v3/users/{userUid}/move", || {
        post(today::move_user)
    }),
    Hand::new(
        "getUserRolesV3",
        "GET /api/v3/users/{userUid}/roles",
        || get(today::user_roles),
    ),
    Hand::new(
        "setUserRolesV3",
        "PUT /api/v3/users/{userUid}/roles",
        || put(today::set_user_roles),
    ),
    Hand::new("listRolesV1", "GET /api/v1/role", || get(today::roles)),
    Hand::new("listDevicesV1", "GET /api/v1/Computer", || {
        get(today::list_devices)
    }),
    Hand::new("getDeviceV1", "GET /api/v1/Computer/{computerId}", || {
        get(today::get_device)
    }),
    Hand::new(
        "updateDeviceV1",
        "PUT /api/v1/Computer/{computerId}",
        || put(today::update_device),
    ),
    Hand::new(
        "blockDeviceV1",
        "PUT /api/v1/ComputerBlock/{computerId}",
        || put(today::block_device),
    ),
    Hand::new(
        "unblockDeviceV1",
        "DELETE /api/v1/ComputerBlock/{computerId}",
        || delete(today::unblock_device),
    ),
    Hand::new(
        "deactivateDeviceV38",
        "POST /api/v38/computer-deactivation/update",
        || post(today::deactivate_device),
    ),
    Hand::new(
        "reactivateDeviceV38",
        "POST /api/v38/computer-deactivation/remove",
        || post(today::reactivate_device),
    ),
    Hand::new(
        "deauthorizeDeviceV1",
        "PUT /api/v1/ComputerDeauthorization/{computerId}",
        || put(today::deauthorize_device),
    ),
    Hand::new("listOrgsV1", "GET /api/v1/Org", || get(today::list_orgs)),
    Hand::new("getCurrentOrgV1", "GET /api/v1/Org/my", || {
        get(today::current_org)
    }),
    Hand::new("createOrgV3", "POST /api/v3/orgs", || {
        post(today::create_org)
    }),
    Hand::new("getOrgV3", "GET /api/v3/orgs/{orgGuid}", || {
        get(today::get_org)
    }),
    Hand::new("updateOrgV3", "PUT /api/v3/orgs/{orgGuid}", || {
        put(today::update_org)
    }),
    Hand::new("blockOrgV3", "POST /api/v3/orgs/{orgGuid}/block", || {
        post(today::block_org)
    }),
    Hand::new(
        "unblockOrgV3",
        "POST /api/v3/orgs/{orgGuid}/unblock",
        || post(today::unblock_org),
    ),
    Hand::new(
        "deactivateOrgV3",
        "POST /api/v3/orgs/{orgGuid}/deactivate",
        || post(today::deactivate_org),
    ),
    Hand::new(
        "activateOrgV3",
        "POST /api/v3/orgs/{orgGuid}/activate",
        || post(today::activate_org),
    ),
];

/// One hand-written handler.
struct Hand {
    /// The operationId it serves.
    id: &'static str,
    /// `METHOD path` as it was written for: a spec that says otherwise fails [`check`].
    route: &'static str,
    /// Whether it authenticates the request itself (the login); otherwise the route
    /// authenticates before it runs.
    public: bool,
    /// The handler, on its method.
    handler: fn() -> MethodRouter<Arc<App>>,
}

impl Hand {
    const fn new(
        id: &'static str,
        route: &'static str,
        handler: fn() -> MethodRouter<Arc<App>>,
    ) -> Self {
        Self {
            id,
            route,
            public: false,
            handler,
        }
    }

    const fn public(
        id: &'static str,
        route: &'static str,
        handler: fn() -> MethodRouter<Arc<App>>,
    ) -> Self {
        Self {
            public: true,
            ..Self::new(id, route, handler)
        }
    }
}

/// Checks a handler table ([`HANDLERS`]) against the spec: every operationId exists, is bound once, and has the
/// method and path its handler was written for. The error lists every mismatch.
fn check(handlers: &[Hand], api: &Api) -> Result<(), String> {
    let mut problems = Vec::new();
    for (i, hand) in handlers.iter().enumerate() {
        if handlers[..i].iter().any(|h| h.id == hand.id) {
            problems.push(format!("'{}' is bound twice", hand.id));
        }
        match api.operation(hand.id) {
            None => problems.push(format!(
                "'{}' has a handler, but the spec has no such operation (remove the handler or \
                 add the operation to the spec)",
                hand.id
            )),
            Some(op) => {
                let spec = format!("{} {}", op.method, op.path);
                if spec != hand.route {
                    problems.push(format!(
                        "the handler of '{}' was written for {}, but the spec says {spec} \
                         (update the handler)",
                        hand.id, hand.route
                    ));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the hand-written handlers (HANDLERS in crates/crashplan-emulator/src/routes/mod.rs) \
             disagree with the spec: {}",
            problems.join("; ")
        ))
    }
}

/// How the emulator serves an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Serving {
    /// A hand-written handler.
    Hand,
    /// The spec's examples.
    Examples,
    /// 501, for this reason.
    NotImplemented(&'static str),
}

/// How the emulator serves `op`, an operation of `api`.
pub(crate) fn serving(op: &'static Operation, api: &'static Api) -> Serving {
    if HANDLERS.iter().any(|h| h.id == op.id) {
        Serving::Hand
    } else {
        match generic::servable(op, api) {
            Ok(_) => Serving::Examples,
            Err(why) => Serving::NotImplemented(why),
        }
    }
}

/// Whether the hand-written handler of operation `id` evaluates its filter `param` itself
/// (today's `q`, `roleId`, `targetComputerGuid`), though the spec cannot say how.
pub(crate) fn evaluates_filter(id: &str, param: &str) -> bool {
    today::evaluates_filter(id, param)
}

/// The whole API, from the spec `api` (`crashplan_api::spec::API` but in tests); an error if
/// [`HANDLERS`] disagrees with it.
pub(crate) fn router(app: Arc<App>, api: &'static Api) -> Result<Router, String> {
    check(HANDLERS, api)?;
    let auth = middleware::from_fn_with_state(app.clone(), authenticate);
    let mut paths: BTreeMap<&str, (MethodRouter<Arc<App>>, Vec<&str>)> = BTreeMap::new();
    for op in api.operations {
        let hand = HANDLERS.iter().find(|h| h.id == op.id);
        let route = match hand {
            Some(hand) => (hand.handler)(),
            None => generic::route(op, api),
        };
        let route = if hand.is_some_and(|h| h.public) {
            route
        } else {
            route.route_layer(auth.clone())
        };
        let (methods, allow) = paths
            .entry(op.path)
            .or_insert_with(|| (MethodRouter::new(), Vec::new()));
        *methods = std::mem::take(methods).merge(route);
        allow.push(op.method);
    }
    let mut router = Router::new();
    for (path, (methods, allow)) in paths {
        let allow = allow.join(", ");
        router = router.route(
            path,
            methods.fallback(move || async move { Failure::method_not_allowed(&allow) }),
        );
    }
    Ok(router
        .fallback(|| async { Failure::not_found("no such resource") })
        .layer(middleware::from_fn(negotiate))
        .with_state(app))
}

/// 406 when `Accept` names no JSON-compatible type.
async fn negotiate(req: Request, next: Next) -> Response {
    if let Some(accept) = req.headers().get(header::ACCEPT) {
        let acceptable = accept.to_str().is_ok_and(|value| {
            value.trim().is_empty()
                || value.split(',').any(|range| {
                    let media = range
                        .split(';')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase();
                    matches!(media.as_str(), "*/*" | "application/*" | "application/json")
                        || media.ends_with("+json")
                })
        });
        if !acceptable {
            return Failure::new(
                StatusCode::NOT_ACCEPTABLE,
                "this server only produces application/json",
            )
            .into_response();
        }
    }
    next.run(req).await
}

/// Authenticates a request (every route but the login) and stores the [`Principal`] in the extensions.
async fn authenticate(State(app): Shared, mut req: Request, next: Next) -> Response {
    let result = {
        let store = app.read();
        app.auth.authenticate(&store, req.headers())
    };
    match result {
        Ok(principal) => {
            if !principal.admin && !matches!(*req.method(), Method::GET | Method::HEAD) {
                return Failure::forbidden("only administrators can change data").into_response();
            }
            req.extensions_mut().insert(principal);
            next.run(req).await
        }
        Err(failure) => failure.into_response(),
    }
}

/// 403 unless the principal is an administrator.
fn require_admin(principal: &Principal) -> ApiResult<()> {
    if principal.admin {
        Ok(())
    } else {
        Err(Failure::forbidden(
            "only administrators can access this resource",
        ))
    }
}

/// A 200 answer with a JSON body.
fn json(body: Vec<u8>) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, JSON_CONTENT_TYPE)],
        body,
    )
        .into_response()
}

/// Parses a path id; anything but an integer is an unknown resource.
fn parse_id(raw: &str, what: &str) -> ApiResult<i64> {
    raw.parse()
        .map_err(|_| Failure::not_found(format!("no {what} with id '{raw}'")))
}

/// Reads a JSON object body of the spec's schema `schema`: 415 without a JSON content type,
/// 400 for an empty body or malformed JSON, 400 naming the first missing property the schema
/// requires.
fn read_json<T: DeserializeOwned>(headers: &HeaderMap, body: &Bytes, schema: &str) -> ApiResult<T> {
    let required = API
        .schema(schema)
        .map(|s| s.properties.iter().filter(|p| p.required).map(|p| p.name))
        .into_iter()
        .flatten();
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .is_some_and(|m| m == "application/json" || m.ends_with("+json"));
    if body.iter().all(u8::is_ascii_whitespace) {
        if !is_json && headers.contains_key(header::CONTENT_TYPE) {
            return Err(Failure::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "the request body must be application/json",
            ));
        }
        return Err(Failure::bad_request("a JSON request body is required"));
    }
    if !is_json {
        return Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "the request body must be sent with Content-Type: application/json",
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| Failure::bad_request(format!("malformed JSON body: {e}")))?;
    let serde_json::Value::Object(map) = value else {
        return Err(Failure::bad_request("the JSON body must be an object"));
    };
    for field in required {
        if map.get(field).is_none_or(serde_json::Value::is_null) {
            return Err(Failure::bad_request(format!(
                "missing required field '{field}'"
            )));
        }
    }
    serde_path_to_error::deserialize(serde_json::Value::Object(map)).map_err(|e| {
        Failure::bad_request(format!(
            "invalid value for field '{}': {}",
            e.path(),
            e.inner()
        ))
    })
}

/// `<name> deactivated <yyyy-MM-dd HH:mm>`, the doc's renaming of a deactivated org.
fn deactivated_name(name: &str, at: &crate::state::Date) -> String {
    format!("{name} deactivated {}", at.format("%Y-%m-%d %H:%M"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_handlers_agree_with_the_spec() {
        check(HANDLERS, &API).expect("HANDLERS agrees with the spec");
    }

    #[test]
    fn a_handler_the_spec_does_not_know_fails_the_check() {
        let table = [
            Hand::new("listUsers", "GET /rest/users", || get(users::list)),
            Hand::new("deletePlan", "DELETE /rest/plans/{id}", || get(users::get)),
            Hand::new("getUser", "PUT /rest/users/{id}", || put(users::update)),
            Hand::new("listUsers", "GET /rest/users", || get(users::list)),
        ];
        let err = check(&table, &API).expect_err("mismatches");
        assert!(err.contains("'deletePlan' has a handler, but the spec has no such operation"));
        assert!(err.contains(
            "the handler of 'getUser' was written for PUT /rest/users/{id}, but the spec says \
             GET /rest/users/{id}"
        ));
        assert!(err.contains("'listUsers' is bound twice"), "{err}");
        assert!(err.contains("routes/mod.rs"), "{err}");
    }
}
