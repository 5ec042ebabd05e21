//! `crashplan users find '<query>'`.

use crashplan::DetailsExt;
use crashplan::query::{Fields, Query};
use futures::{StreamExt, TryStreamExt};

use super::resources::{USER_DETAILS, USERS};
use super::{Ctx, paged, print_stream, to_json};
use crate::cli::ListArgs;
use crate::error::CliError;

/// Parallel detail requests when the query needs the detail view.
const DETAIL_CONCURRENCY: usize = 16;

/// Parses a user query; a mistake is a usage error pointing at its position.
pub fn parse(text: &str) -> Result<Query, CliError> {
    Query::parse(text, &Fields::users()).map_err(|err| CliError::Usage(err.to_string()))
}

pub async fn users(ctx: &Ctx<'_>, query: &Query, list: &ListArgs) -> Result<(), CliError> {
    let mut builder = ctx.client.users().list();
    for (field, value) in query.server_filters() {
        builder = match field {
            "id" => builder.id(parse_id(field, &value)?),
            "orgId" => builder.org_id(parse_id(field, &value)?),
            "status" => builder.status(
                value
                    .parse::<crashplan::Status>()
                    .map_err(|_| CliError::Usage(format!("`{value}` is not a status")))?,
            ),
            "email" => builder.email(value),
            "firstName" => builder.first_name(value),
            "lastName" => builder.last_name(value),
            _ => builder,
        };
    }
    // `--limit` counts matches, so it is applied after the local filter.
    let builder = paged!(
        builder,
        &ListArgs {
            limit: None,
            ..list.clone()
        }
    );
    let limit = list.limit.unwrap_or(usize::MAX);
    if query.needs_detail() {
        let details = builder.items().details(&ctx.client, DETAIL_CONCURRENCY);
        let matches = details.try_filter(move |user| {
            let keep = to_json(user).is_ok_and(|json| query.matches(&json));
            async move { keep }
        });
        print_stream(ctx, matches.take(limit), USER_DETAILS).await
    } else {
        let matches = builder.items().try_filter(move |user| {
            let keep = to_json(user).is_ok_and(|json| query.matches(&json));
            async move { keep }
        });
        print_stream(ctx, matches.take(limit), USERS).await
    }
}

fn parse_id(field: &str, value: &str) -> Result<i64, CliError> {
    value
        .parse()
        .map_err(|_| CliError::Usage(format!("{field} must be a whole number, not `{value}`")))
}
