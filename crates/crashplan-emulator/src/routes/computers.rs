//! `/rest/computers`: list and retrieve (computers cannot be created through the API).

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{Shared, json, parse_id};
use crate::error::{ApiResult, Failure};
use crate::filters::{Params, matches_int, matches_status, matches_str};
use crate::paging::Window;
use crate::stream::Listing;
use crate::views::{computer_view, item_body, list_body, metadata, owned};

/// `GET /rest/computers`: filters `id`, `status`, `name`, `guid`, `userId`.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let window = Window::parse(&params)?;
    let id = params.int("id")?;
    let status = params.string("status");
    let name = params.string("name");
    let guid = params.int("guid")?;
    let user = params.int("userId")?;
    let unfiltered =
        id.is_none() && status.is_none() && name.is_none() && guid.is_none() && user.is_none();
    if unfiltered {
        return Ok(Listing::Computers.respond(&app, metadata(params.echo()), window));
    }
    let store = app.read();
    let items = store
        .computers_where(id, guid, user, 0)
        .filter(|c| {
            matches_int(id, Some(c.id))
                && matches_status(status, &c.status)
                && matches_str(name, Some(&c.name))
                && matches_int(guid, Some(c.guid))
                && matches_int(user, Some(c.user_id))
        })
        .map(|c| owned(computer_view(&c)));
    Ok(json(list_body(
        metadata(params.echo()),
        "computers",
        window.apply(items),
    )))
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
