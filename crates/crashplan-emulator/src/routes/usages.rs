//! `/rest/usages` and `/rest/computerUsage`: lists without detail view.

use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::{Shared, json};
use crate::error::ApiResult;
use crate::filters::{Params, matches_int};
use crate::paging::Window;
use crate::stream::Listing;
use crate::views::{list_body, metadata};

/// `GET /rest/usages`: filters `orgId`, `userId`.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let window = Window::parse(&params)?;
    let org = params.int("orgId")?;
    let user = params.int("userId")?;
    if org.is_none() && user.is_none() {
        return Ok(Listing::Usages.respond(&app, metadata(params.echo()), window));
    }
    let store = app.read();
    let items = store
        .usages_where(org, user, 0)
        .filter(|u| matches_int(org, u.source_org_id) && matches_int(user, u.source_user_id));
    Ok(json(list_body(
        metadata(params.echo()),
        "usages",
        window.apply(items),
    )))
}

/// `GET /rest/computerUsage`: filters `sourceId`, `sourceGuid`, `targetId`, `targetGuid`.
pub(super) async fn list_computer_usage(
    State(app): Shared,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let window = Window::parse(&params)?;
    let source_id = params.int("sourceId")?;
    let source_guid = params.int("sourceGuid")?;
    let target_id = params.int("targetId")?;
    let target_guid = params.int("targetGuid")?;
    if source_id.is_none() && source_guid.is_none() && target_id.is_none() && target_guid.is_none()
    {
        return Ok(Listing::ComputerUsages.respond(&app, metadata(params.echo()), window));
    }
    let store = app.read();
    let items = store
        .computer_usages_where(source_id, source_guid, 0)
        .filter(|c| {
            matches_int(source_id, Some(c.source_id))
                && matches_int(source_guid, Some(c.source_guid))
                && matches_int(target_id, Some(c.target_id))
                && matches_int(target_guid, Some(c.target_guid))
        });
    Ok(json(list_body(
        metadata(params.echo()),
        "computerUsages",
        window.apply(items),
    )))
}
