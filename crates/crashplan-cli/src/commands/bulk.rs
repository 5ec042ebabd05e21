//! `crashplan bulk deactivate|reactivate --csv FILE`: one [`runner::Operation`] each; the
//! runner keeps the record, handles signals and `--resume`.

use std::collections::HashMap;
use std::process::ExitCode;

use crashplan::{Client, Status};
use futures::TryStreamExt;

use super::Ctx;
use crate::cli::{BulkCommand, ConnectionArgs};
use crate::csv_input::{InputRow, UserRef, read_rows};
use crate::error::CliError;
use crate::output::Format;
use crate::runner::{self, Intent, Operation, Outcome, Plan};

/// A bulk command, checked and with its results file created, before connecting.
pub struct Prepared {
    wanted: Status,
    dry_run: bool,
    concurrency: usize,
    plan: Plan<InputRow>,
}

/// Checks the paths, reads the rows and creates the results file: everything that can fail
/// without a server, before asking for a password or connecting.
pub fn prepare(
    command: &BulkCommand,
    connection: &ConnectionArgs,
    format: Format,
) -> Result<Prepared, CliError> {
    let (args, wanted) = match command {
        BulkCommand::Deactivate(args) => (args, Status::Deactivated),
        BulkCommand::Reactivate(args) => (args, Status::Active),
    };
    runner::check_paths(args, connection)?;
    let rows = read_rows(&args.csv).map_err(CliError::Usage)?;
    let plan = Plan::new::<SetStatus>(args, rows, format)?;
    Ok(Prepared {
        wanted,
        dry_run: args.dry_run,
        concurrency: usize::from(args.concurrency),
        plan,
    })
}

pub async fn run(ctx: &Ctx<'_>, prepared: Prepared) -> Result<ExitCode, CliError> {
    let Prepared {
        wanted,
        dry_run,
        concurrency,
        plan,
    } = prepared;
    let op = SetStatus {
        client: ctx.client.clone(),
        usernames: username_index(&ctx.client, plan.rows()).await?,
        wanted,
        dry_run,
    };
    runner::run(ctx.ui, &op, plan, concurrency).await
}

/// Deactivates or reactivates the user a row names.
struct SetStatus {
    client: Client,
    usernames: HashMap<String, i64>,
    wanted: Status,
    dry_run: bool,
}

impl SetStatus {
    /// `deactivated` or `reactivated`.
    fn done(&self) -> &'static str {
        if self.wanted == Status::Deactivated {
            "deactivated"
        } else {
            "reactivated"
        }
    }

    async fn user_id(&self, row: &InputRow) -> Result<i64, Outcome> {
        match &row.user {
            Err(message) => Err(Outcome::error(None, message.clone())),
            Ok(UserRef::Id(id)) => Ok(*id),
            Ok(UserRef::Username(name)) => self
                .usernames
                .get(name)
                .copied()
                .ok_or_else(|| Outcome::error(None, format!("no user with username {name}"))),
            Ok(UserRef::Email(email)) => {
                let users = self
                    .client
                    .users()
                    .list()
                    .email(email.clone())
                    .collect_all()
                    .await
                    .map_err(|err| Outcome::error(None, crate::error::one_line(&err)))?;
                match users.as_slice() {
                    [user] => Ok(user.id),
                    [] => Err(Outcome::error(None, format!("no user with email {email}"))),
                    _ => Err(Outcome::error(
                        None,
                        format!("{} users have the email {email}", users.len()),
                    )),
                }
            }
        }
    }
}

impl Operation for SetStatus {
    type Row = InputRow;
    const ID_COLUMN: (&'static str, &'static str) = ("user_id", "userId");
    const DONE: &'static [&'static str] = &["deactivated", "reactivated", "unchanged"];
    const OTHER: &'static [&'static str] = &["would deactivate", "would reactivate"];

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "updating" }
    }

    async fn apply(&self, row: &InputRow, intent: &Intent<'_>) -> Outcome {
        let id = match self.user_id(row).await {
            Ok(id) => id,
            Err(outcome) => return outcome,
        };
        let user = match self.client.users().get(id).await {
            Ok(user) => user,
            Err(err) => return Outcome::error(Some(id), crate::error::one_line(&err)),
        };
        if user.status == self.wanted.to_string() {
            return Outcome::new("unchanged", Some(id), format!("already {}", user.status));
        }
        if self.dry_run {
            let would = if self.wanted == Status::Deactivated {
                "would deactivate"
            } else {
                "would reactivate"
            };
            return Outcome::new(would, Some(id), format!("now {}", user.status));
        }
        if let Err(outcome) = intent.note(Some(id)) {
            return outcome;
        }
        let result = if self.wanted == Status::Deactivated {
            self.client.users().deactivate(id).await
        } else {
            self.client.users().reactivate(id).await
        };
        match result {
            Ok(_) => Outcome::new(self.done(), Some(id), ""),
            Err(err) => Outcome::error(Some(id), crate::error::one_line(&err)),
        }
    }

    async fn confirm(&self, _row: &InputRow, id: Option<i64>) -> Option<Outcome> {
        let id = id?;
        let user = self.client.users().get(id).await.ok()?;
        (user.status == self.wanted.to_string()).then(|| {
            Outcome::new(
                self.done(),
                Some(id),
                "done by the interrupted run (checked on resume)",
            )
        })
    }
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
