//! `/rest/computers`: list and retrieve (computers cannot be created through the API).

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{Shared, json, parse_id};
use crate::error::{ApiResult, Failure};
use crashplan_api::types::Computer;

use crate::filters::ListQuery;
use crate::stream::Listing;
use crate::views::item_body;

/// `GET /rest/computers`: the filters of `listComputers` in the spec; candidates narrowed by
/// `id`, `guid` and `userId`.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let query = ListQuery::parse("listComputers", query.as_deref())?;
    if !query.is_filtered() {
        return Listing::Computers.respond(&app, &query);
    }
    let store = app.read();
    let (id, guid, user) = (query.int("id"), query.int("guid"), query.int("userId"));
    let body = query.answer(&store, || {
        store
            .computers_where(id, guid, user, 0)
            .map(|c| Computer::from(c.as_ref()))
    })?;
    Ok(json(body))
}

/// `GET /rest/computers/{id}`: the detail view.
pub(super) async fn get(State(app): Shared, Path(id): Path<String>) -> ApiResult<Response> {
    let id = parse_id(&id, "computer")?;
    let store = app.read();
    let computer = store
        .computer(id)
        .ok_or_else(|| Failure::not_found(format!("no computer with id {id}")))?;
    Ok(json(item_body(computer.as_ref())))
}
