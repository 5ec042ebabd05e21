//! `crashplan <resource> find '<query>'`: any list, filtered by a query expression.

use crashplan::DetailsExt;
use crashplan::query::{Fields, Query};
use crashplan::resources::{List, ListQuery};
use futures::{StreamExt, TryStreamExt};

use super::resources::{columns_of, paged};
use super::{Ctx, print_stream, to_json};
use crate::cli::{FindArgs, ListArgs};
use crate::error::CliError;

/// Parallel detail requests when the query needs the detail view.
const DETAIL_CONCURRENCY: usize = 16;

/// Parses a query on the list with this `operationId`; a mistake is a usage error pointing at
/// its position.
pub fn parse(text: &str, operation_id: &str) -> Result<Query, CliError> {
    let fields = Fields::of_list(operation_id)
        .ok_or_else(|| CliError::Usage(format!("the spec has no list {operation_id}")))?;
    Query::parse(text, &fields).map_err(|err| CliError::Usage(err.to_string()))
}

/// Lists the items of `builder` that match the query: equality tests on server filters are
/// sent as filters, the rest is checked here, on detail views when the query needs them.
pub async fn run<Q: ListQuery>(
    ctx: &Ctx<'_>,
    builder: List<Q>,
    args: &FindArgs,
) -> Result<(), CliError>
where
    <Q::Item as crashplan::HasDetail>::Detail: serde::Serialize,
{
    let query = parse(&args.query, Q::OPERATION_ID)?;
    let mut builder = builder;
    for (param, value) in query.server_filters() {
        builder = builder
            .filter(param, &value)
            .map_err(|err| CliError::Usage(err.to_string()))?;
    }
    // `--limit` counts matches, so it is applied after the local filter.
    let builder = paged(
        builder,
        &ListArgs {
            limit: None,
            ..args.list.clone()
        },
    );
    let limit = args.list.limit.unwrap_or(usize::MAX);
    let needs_detail = query.needs_detail();
    let columns = columns_of::<Q>(needs_detail);
    let keep = move |item: &serde_json::Value| query.matches(item);
    if needs_detail {
        let details = builder.items().details(&ctx.client, DETAIL_CONCURRENCY);
        let matches = details.try_filter(move |item| {
            let hit = to_json(item).is_ok_and(|json| keep(&json));
            async move { hit }
        });
        print_stream(ctx, matches.take(limit), &columns).await
    } else {
        let matches = builder.items().try_filter(move |item| {
            let hit = to_json(item).is_ok_and(|json| keep(&json));
            async move { hit }
        });
        print_stream(ctx, matches.take(limit), &columns).await
    }
}
