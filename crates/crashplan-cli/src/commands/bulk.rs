//! `crashplan bulk deactivate|reactivate --csv FILE`: one result row per input row, no stop on
//! a bad row, safe to re-run.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use crashplan::bulk::Bulk;
use crashplan::{Client, Status};
use futures::TryStreamExt;
use serde_json::json;

use super::Ctx;
use crate::cli::{BulkArgs, BulkCommand};
use crate::columns;
use crate::csv_input::{InputRow, UserRef, read_rows};
use crate::error::CliError;
use crate::output::{Column, Format, RecordWriter};

const COLUMNS: &[Column] = columns![
    ("line", "line"),
    ("input", "input"),
    ("user_id", "userId"),
    ("outcome", "outcome"),
    ("message", "message"),
];

/// What happened to one row.
struct RowResult {
    user_id: Option<i64>,
    outcome: &'static str,
    message: String,
}

impl RowResult {
    fn error(user_id: Option<i64>, message: impl Into<String>) -> Self {
        Self {
            user_id,
            outcome: "error",
            message: message.into(),
        }
    }
}

pub async fn run(ctx: &Ctx<'_>, command: BulkCommand) -> Result<ExitCode, CliError> {
    let (args, wanted) = match command {
        BulkCommand::Deactivate(args) => (args, Status::Deactivated),
        BulkCommand::Reactivate(args) => (args, Status::Active),
    };
    let rows = read_rows(&args.csv).map_err(CliError::Usage)?;
    let usernames = Arc::new(username_index(&ctx.client, &rows).await?);
    let bar = ctx.ui.progress(
        rows.len(),
        if args.dry_run { "checking" } else { "updating" },
    );
    let progress = bar.clone();
    let client = ctx.client.clone();
    let dry_run = args.dry_run;
    let outcomes = Bulk::new(rows)
        .concurrency(usize::from(args.concurrency))
        .on_progress(move |p| progress.set_position(p.done as u64))
        .cancel_on(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .run(move |row: InputRow| {
            let client = client.clone();
            let usernames = usernames.clone();
            let wanted = wanted.clone();
            async move { Ok(process(&client, &row, &usernames, wanted, dry_run).await) }
        })
        .await;
    bar.finish_and_clear();

    let results = outcomes.iter().map(|outcome| {
        let result = match &outcome.result {
            Ok(result) => result,
            Err(err) => &RowResult::error(None, err.to_string()),
        };
        json!({
            "line": outcome.input.line,
            "input": outcome.input.input,
            "userId": result.user_id,
            "outcome": result.outcome,
            "message": result.message,
        })
    });
    let failed = write_results(ctx, &args, results)?;
    let total = outcomes.len();
    ctx.ui.info(format!(
        "{total} rows, {} ok, {failed} failed",
        total - failed
    ));
    if failed > 0 {
        return Err(CliError::Partial(format!(
            "{failed} of {total} rows failed; see the message column of the results"
        )));
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the results to `--results` (CSV unless --format says otherwise) or stdout; returns
/// the number of failed rows.
fn write_results(
    ctx: &Ctx<'_>,
    args: &BulkArgs,
    results: impl Iterator<Item = serde_json::Value>,
) -> Result<usize, CliError> {
    let mut failed = 0;
    let out: Box<dyn Write> =
        match &args.results {
            Some(path) => Box::new(std::fs::File::create(path).map_err(|err| {
                CliError::Usage(format!("cannot create {}: {err}", path.display()))
            })?),
            None => Box::new(std::io::stdout()),
        };
    let format = if args.results.is_some() {
        Format::Csv
    } else {
        ctx.format
    };
    let mut writer = RecordWriter::new(format, COLUMNS, std::io::BufWriter::new(out));
    for result in results {
        failed += usize::from(result["outcome"] == "error");
        writer.write(&result)?;
    }
    writer.finish()?;
    Ok(failed)
}

/// Maps usernames to ids, listing all users once, only if some row names a username.
async fn username_index(
    client: &Client,
    rows: &[InputRow],
) -> Result<HashMap<String, i64>, CliError> {
    if !rows
        .iter()
        .any(|row| matches!(row.user, Ok(UserRef::Username(_))))
    {
        return Ok(HashMap::new());
    }
    let users: Vec<_> = client.users().list().items().try_collect().await?;
    Ok(users
        .into_iter()
        .filter_map(|user| Some((user.username?, user.id)))
        .collect())
}

async fn process(
    client: &Client,
    row: &InputRow,
    usernames: &HashMap<String, i64>,
    wanted: Status,
    dry_run: bool,
) -> RowResult {
    let id = match &row.user {
        Err(message) => return RowResult::error(None, message.clone()),
        Ok(UserRef::Id(id)) => *id,
        Ok(UserRef::Username(name)) => match usernames.get(name) {
            Some(id) => *id,
            None => return RowResult::error(None, format!("no user with username {name}")),
        },
        Ok(UserRef::Email(email)) => match client
            .users()
            .list()
            .email(email.clone())
            .collect_all()
            .await
        {
            Ok(users) if users.len() == 1 => users[0].id,
            Ok(users) if users.is_empty() => {
                return RowResult::error(None, format!("no user with email {email}"));
            }
            Ok(users) => {
                return RowResult::error(
                    None,
                    format!("{} users have the email {email}", users.len()),
                );
            }
            Err(err) => return RowResult::error(None, err.to_string()),
        },
    };
    let user = match client.users().get(id).await {
        Ok(user) => user,
        Err(err) => return RowResult::error(Some(id), err.to_string()),
    };
    let verb = if wanted == Status::Deactivated {
        "deactivate"
    } else {
        "reactivate"
    };
    if user.status == wanted.to_string() {
        return RowResult {
            user_id: Some(id),
            outcome: "unchanged",
            message: format!("already {}", user.status),
        };
    }
    if dry_run {
        return RowResult {
            user_id: Some(id),
            outcome: if verb == "deactivate" {
                "would deactivate"
            } else {
                "would reactivate"
            },
            message: format!("now {}", user.status),
        };
    }
    let result = if wanted == Status::Deactivated {
        client.users().deactivate(id).await
    } else {
        client.users().reactivate(id).await
    };
    match result {
        Ok(_) => RowResult {
            user_id: Some(id),
            outcome: if verb == "deactivate" {
                "deactivated"
            } else {
                "reactivated"
            },
            message: String::new(),
        },
        Err(err) => RowResult::error(Some(id), err.to_string()),
    }
}
