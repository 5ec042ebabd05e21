//! `cpctl <resource> find '<query>'`: any list, filtered by a query expression. The rules
//! (pushdown, local test, detail views) are the library's [`crashplan::find`].

use crashplan::query::{Fields, Query};
use crashplan::resources::{List, ListQuery};

use super::resources::{DETAIL_CONCURRENCY, columns_of, paged};
use super::{Ctx, print_stream};
use crate::cli::{FindArgs, ListArgs};
use crate::error::CliError;

/// Parses a query on the list with this `operationId`; a mistake is a usage error pointing at
/// its position.
pub fn parse(text: &str, operation_id: &str) -> Result<Query, CliError> {
    let fields = Fields::of_list(operation_id)
        .ok_or_else(|| CliError::Usage(format!("the spec has no list {operation_id}")))?;
    Query::parse(text, &fields).map_err(|err| CliError::Usage(err.to_string()))
}

/// Prints the items of `builder` that match the query, as the library's `find` yields them.
pub async fn run<Q: ListQuery>(
    ctx: &Ctx<'_>,
    builder: List<Q>,
    args: &FindArgs,
) -> Result<(), CliError>
where
    <Q::Item as crashplan::HasDetail>::Detail: serde::Serialize,
{
    let query = parse(&args.query, Q::OPERATION_ID)?;
    // `--limit` counts matches: it is the find's limit, not the list's.
    let builder = paged(
        builder,
        &ListArgs {
            limit: None,
            ..args.list.clone()
        },
    );
    let mut found = builder
        .find_query(query)
        .map_err(|err| match err {
            crashplan::Error::InvalidInput { message, .. } => CliError::Usage(message),
            other => other.into(),
        })?
        .concurrency(DETAIL_CONCURRENCY);
    if let Some(limit) = args.list.limit {
        found = found.limit(limit);
    }
    let columns = columns_of::<Q>(found.needs_detail());
    print_stream(ctx, found.records(), &columns).await
}
