//! `/rest/usages` and `/rest/computerUsage`: lists without detail view.

use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::{Shared, json};
use crate::error::ApiResult;
use crate::filters::ListQuery;
use crate::stream::Listing;

/// `GET /rest/usages`: the filters of `listUsages` in the spec; candidates narrowed by the
/// source's org and user.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let query = ListQuery::parse("listUsages", query.as_deref())?;
    if !query.is_filtered() {
        return Listing::Usages.respond(&app, &query);
    }
    let store = app.read();
    let (org, user) = (query.int("sourceOrgId"), query.int("sourceUserId"));
    let body = query.answer(&store, || store.usages_where(org, user, 0))?;
    Ok(json(body))
}

/// `GET /rest/computerUsage`: the filters of `listComputerUsages` in the spec; candidates
/// narrowed by the source's id or GUID.
pub(super) async fn list_computer_usage(
    State(app): Shared,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let query = ListQuery::parse("listComputerUsages", query.as_deref())?;
    if !query.is_filtered() {
        return Listing::ComputerUsages.respond(&app, &query);
    }
    let store = app.read();
    let (id, guid) = (query.int("sourceId"), query.int("sourceGuid"));
    let body = query.answer(&store, || store.computer_usages_where(id, guid, 0))?;
    Ok(json(body))
}
