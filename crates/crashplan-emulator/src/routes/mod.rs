//! The HTTP routes and what they share: authentication, content negotiation, JSON bodies.

mod archive_records;
mod computers;
mod login;
mod mount_points;
mod orgs;
mod server_stats;
mod usages;
mod users;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use crashplan_api::spec::API;
use serde::de::DeserializeOwned;

use crate::app::App;
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::views::JSON_CONTENT_TYPE;

type Shared = State<Arc<App>>;

/// The whole API.
pub(crate) fn router(app: Arc<App>) -> Router {
    let rest = Router::new()
        .route(
            "/rest/orgs",
            allow(get(orgs::list).post(orgs::create), "GET, POST"),
        )
        .route(
            "/rest/orgs/{id}",
            allow(get(orgs::get).put(orgs::update), "GET, PUT"),
        )
        .route(
            "/rest/users",
            allow(get(users::list).post(users::create), "GET, POST"),
        )
        .route(
            "/rest/users/{id}",
            allow(get(users::get).put(users::update), "GET, PUT"),
        )
        .route("/rest/computers", allow(get(computers::list), "GET"))
        .route("/rest/computers/{id}", allow(get(computers::get), "GET"))
        .route("/rest/usages", allow(get(usages::list), "GET"))
        .route(
            "/rest/computerUsage",
            allow(get(usages::list_computer_usage), "GET"),
        )
        .route("/rest/mountPoints", allow(get(mount_points::list), "GET"))
        .route(
            "/rest/mountPoints/{id}",
            allow(get(mount_points::get), "GET"),
        )
        .route("/rest/serverStats", allow(get(server_stats::get), "GET"))
        .route(
            "/rest/archiveRecords",
            allow(get(archive_records::list), "GET"),
        )
        .route_layer(middleware::from_fn_with_state(app.clone(), authenticate));
    Router::new()
        .route("/api/v3/auth/jwt", allow(get(login::login), "GET"))
        .route(
            "/api/v3/oauth/token",
            allow(axum::routing::post(login::api_client_token), "POST"),
        )
        .merge(rest)
        .fallback(|| async { Failure::not_found("no such resource") })
        .layer(middleware::from_fn(negotiate))
        .with_state(app)
}

/// Adds a JSON 405 answer with `Allow` for the other methods.
fn allow(route: MethodRouter<Arc<App>>, methods: &'static str) -> MethodRouter<Arc<App>> {
    route.fallback(move || async move { Failure::method_not_allowed(methods) })
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

/// Authenticates `/rest/*` requests and stores the [`Principal`] in the extensions.
async fn authenticate(State(app): Shared, mut req: Request, next: Next) -> Response {
    let result = {
        let store = app.read();
        app.auth.authenticate(&store, req.headers())
    };
    match result {
        Ok(principal) => {
            if !principal.admin && matches!(*req.method(), Method::POST | Method::PUT) {
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
