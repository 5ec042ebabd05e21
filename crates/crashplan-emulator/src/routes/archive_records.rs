//! `/rest/archiveRecords`: daily records, newest first per subject.

use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::{Shared, json};
use crate::error::ApiResult;
use crate::filters::ListQuery;
use crate::scopes::RecordScope;
use crate::stream::Listing;

/// `GET /rest/archiveRecords`: the filters of `listArchiveRecords` in the spec (`daysBack=N`
/// keeps the records of the N most recent days that have records among those matching the
/// other filters, as in the doc's example; `sourceGuid`/`targetGuid` match the GUID of the
/// source/target computer). Candidates are narrowed to one user's, org's, source or target
/// computer's records.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let query = ListQuery::parse("listArchiveRecords", query.as_deref())?;
    if !query.is_filtered() {
        return Listing::ArchiveRecords.respond(&app, &query);
    }
    let store = app.read();
    // A computer given by id or GUID (an unknown GUID: no computer, no synthetic record).
    let computer = |property: &str| {
        query.int(property).or_else(|| {
            query
                .guid(property)
                .map(|guid| store.computer_id_by_guid(guid).unwrap_or(i64::MIN))
        })
    };
    let scope = RecordScope {
        user: query.int("userId"),
        org: query.int("orgId"),
        source: computer("sourceId"),
        target: computer("targetId"),
    };
    let body = query.answer(&store, || store.archive_records_where(scope, 0))?;
    Ok(json(body))
}
