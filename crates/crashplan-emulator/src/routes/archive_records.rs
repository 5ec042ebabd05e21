//! `/rest/archiveRecords`: daily records, newest first per subject.

use std::collections::BTreeSet;

use axum::extract::{RawQuery, State};
use axum::response::Response;
use chrono::NaiveDate;

use super::{Shared, json};
use crate::error::ApiResult;
use crate::filters::{Params, matches_int};
use crate::paging::Window;
use crate::stream::Listing;
use crate::views::{list_body, metadata};

/// `GET /rest/archiveRecords`: filters `userId`, `orgId`, `sourceId`, `sourceGuid`,
/// `targetId`, `targetGuid`, `daysBack`. `daysBack=N` keeps the records of the N most recent
/// days that have records (among those matching the other filters), as in the doc's example.
/// `sourceGuid`/`targetGuid` match the GUID of the source/target computer.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let window = Window::parse(&params)?;
    let user = params.int("userId")?;
    let org = params.int("orgId")?;
    let source_id = params.int("sourceId")?;
    let source_guid = params.int("sourceGuid")?;
    let target_id = params.int("targetId")?;
    let target_guid = params.int("targetGuid")?;
    let days_back = params.non_negative("daysBack")?;
    // Synthetic records summarise users: other subjects only match stored records.
    let only_stored = org.is_some()
        || source_id.is_some()
        || source_guid.is_some()
        || target_id.is_some()
        || target_guid.is_some();
    if user.is_none() && !only_stored && days_back.is_none() {
        return Ok(Listing::ArchiveRecords.respond(&app, metadata(params.echo()), window));
    }
    let store = app.read();
    let guid_of = |id: Option<i64>| id.and_then(|id| store.computer(id)).map(|c| c.guid);
    let matching = || {
        store
            .archive_records_where(user, only_stored, 0)
            .filter(move |r| {
                matches_int(user, r.user_id)
                    && matches_int(org, r.org_id)
                    && matches_int(source_id, r.source_id)
                    && matches_int(target_id, r.target_id)
                    && (source_guid.is_none() || guid_of(r.source_id) == source_guid)
                    && (target_guid.is_none() || guid_of(r.target_id) == target_guid)
            })
    };
    let day = |r: &crashplan_api::types::ArchiveRecord| r.creation_date.map(|d| d.date_naive());
    let body = match days_back {
        Some(n) => {
            let days: BTreeSet<NaiveDate> = matching().filter_map(|r| day(&r)).collect();
            let keep: BTreeSet<NaiveDate> = days
                .into_iter()
                .rev()
                .take(usize::try_from(n).unwrap_or(usize::MAX))
                .collect();
            let items = matching().filter(|r| day(r).is_some_and(|d| keep.contains(&d)));
            list_body(
                metadata(params.echo()),
                "archiveRecords",
                window.apply(items),
            )
        }
        None => list_body(
            metadata(params.echo()),
            "archiveRecords",
            window.apply(matching()),
        ),
    };
    Ok(json(body))
}
