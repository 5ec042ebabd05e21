//! `cpctl bulk deactivate|reactivate --csv FILE`: one [`runner::Operation`] each; the
//! runner keeps the record, handles signals and `--resume`. `bulk update|create` are in
//! [`bulk_write`]; on today's servers (`--api today`), users and devices are deactivated and
//! reactivated by the operations of [`bulk_today`].

use std::process::ExitCode;

use crashplan::api::spec::Generation;
use crashplan::resources::UserResolver;
use crashplan::{Client, Status};

use super::Ctx;
use super::bulk_move::MoveUsers;
use super::bulk_today::{TodayDeviceStatus, TodayUserStatus};
use super::bulk_write::{self, Create, UpdateOrgs, UpdateUsers, Write, WriteRow};
use crate::cli::{BulkCommand, ConnectionArgs, CreateWhat, StatusWhat, TemplateOp};
use crate::csv_input::{DeviceRow, InputRow, UserRef, read_device_rows, read_rows};
use crate::error::CliError;
use crate::output::Format;
use crate::runner::{self, Intent, Operation, Outcome, Plan};

/// A bulk command, checked and with its results file created, before connecting.
pub enum Prepared {
    /// `bulk deactivate|reactivate [users]`.
    Status {
        deactivate: bool,
        dry_run: bool,
        concurrency: usize,
        plan: Plan<InputRow>,
    },
    /// `bulk move --to ORG`.
    Move {
        to: String,
        dry_run: bool,
        concurrency: usize,
        plan: Plan<InputRow>,
    },
    /// `bulk deactivate|reactivate devices` (today's servers).
    Devices {
        deactivate: bool,
        dry_run: bool,
        concurrency: usize,
        plan: Plan<DeviceRow>,
    },
    /// `bulk update|create`.
    Write {
        write: Write,
        dry_run: bool,
        concurrency: usize,
        plan: Plan<WriteRow>,
    },
}

/// Checks the paths, reads the rows and creates the results file: everything that can fail
/// without a server, before asking for a password or connecting. `None` for `bulk template`,
/// which needs no server.
pub fn prepare(
    command: &BulkCommand,
    connection: &ConnectionArgs,
    format: Format,
) -> Result<Option<Prepared>, CliError> {
    let (args, write, key) = match command {
        BulkCommand::Deactivate(status) | BulkCommand::Reactivate(status) => {
            let deactivate = matches!(command, BulkCommand::Deactivate(_));
            let args = &status.bulk;
            runner::check_paths(args, connection)?;
            if status.what == StatusWhat::Devices {
                let rows =
                    read_device_rows(&args.csv, status.key.as_deref()).map_err(CliError::Usage)?;
                // The users' operations' record columns but `computer_id`: see `bulk_today`.
                let plan = if deactivate {
                    Plan::new::<TodayDeviceStatus<true>>(args, rows, format)?
                } else {
                    Plan::new::<TodayDeviceStatus<false>>(args, rows, format)?
                };
                return Ok(Some(Prepared::Devices {
                    deactivate,
                    dry_run: args.dry_run,
                    concurrency: usize::from(args.concurrency),
                    plan,
                }));
            }
            let rows = read_rows(&args.csv, status.key.as_deref()).map_err(CliError::Usage)?;
            let plan = if deactivate {
                Plan::new::<SetStatus<true>>(args, rows, format)?
            } else {
                Plan::new::<SetStatus<false>>(args, rows, format)?
            };
            return Ok(Some(Prepared::Status {
                deactivate,
                dry_run: args.dry_run,
                concurrency: usize::from(args.concurrency),
                plan,
            }));
        }
        BulkCommand::Move(args) => {
            runner::check_paths(&args.bulk, connection)?;
            let rows = read_rows(&args.bulk.csv, args.key.as_deref()).map_err(CliError::Usage)?;
            let plan = Plan::new::<MoveUsers>(&args.bulk, rows, format)?;
            return Ok(Some(Prepared::Move {
                to: args.to.clone(),
                dry_run: args.bulk.dry_run,
                concurrency: usize::from(args.bulk.concurrency),
                plan,
            }));
        }
        BulkCommand::Template { .. } => return Ok(None),
        BulkCommand::Update(args) => match args.what {
            CreateWhat::Users => (&args.bulk, Write::Update, args.key.as_deref()),
            CreateWhat::Orgs => (&args.bulk, Write::UpdateOrgs, args.key.as_deref()),
        },
        BulkCommand::Create(args) => (
            &args.bulk,
            match args.what {
                CreateWhat::Users => Write::CreateUsers,
                CreateWhat::Orgs => Write::CreateOrgs,
            },
            None,
        ),
    };
    runner::check_paths(args, connection)?;
    let (rows, echo) = bulk_write::read(&args.csv, write, key).map_err(CliError::Usage)?;
    let plan = match write {
        Write::Update => Plan::with_echo::<UpdateUsers>(args, rows, format, &echo)?,
        Write::UpdateOrgs => Plan::with_echo::<UpdateOrgs>(args, rows, format, &echo)?,
        Write::CreateUsers | Write::CreateOrgs => {
            Plan::with_echo::<Create>(args, rows, format, &echo)?
        }
    };
    Ok(Some(Prepared::Write {
        write,
        dry_run: args.dry_run,
        concurrency: usize::from(args.concurrency),
        plan,
    }))
}

impl Prepared {
    /// Removes the results file this run created (a record it did not create is kept), for
    /// a run refused before any row: the same command can then run again as it is.
    pub fn discard(self) {
        match self {
            Prepared::Status { plan, .. } | Prepared::Move { plan, .. } => plan.discard(),
            Prepared::Devices { plan, .. } => plan.discard(),
            Prepared::Write { plan, .. } => plan.discard(),
        }
    }
}

/// `bulk template OP`: the header row of its CSV file.
pub fn template(op: TemplateOp) -> String {
    match op {
        TemplateOp::Deactivate | TemplateOp::Reactivate => "email".to_owned(),
        TemplateOp::Devices => "guid".to_owned(),
        TemplateOp::Move => "email".to_owned(),
        TemplateOp::Update => Write::Update.template(),
        TemplateOp::UpdateOrgs => Write::UpdateOrgs.template(),
        TemplateOp::CreateUsers => Write::CreateUsers.template(),
        TemplateOp::CreateOrgs => Write::CreateOrgs.template(),
    }
}

pub async fn run(ctx: &Ctx<'_>, prepared: Prepared) -> Result<ExitCode, CliError> {
    let today = ctx.generation == Generation::Today;
    match prepared {
        Prepared::Devices { plan, .. } if !today => {
            plan.discard();
            Err(CliError::Usage(
                "`bulk deactivate|reactivate devices` needs today's CrashPlan API: CrashPlan PRO \
                 3.x (2010, the API this server is taken to speak) has no device deactivation; \
                 against a current server give --api today; nothing was sent"
                    .into(),
            ))
        }
        Prepared::Write { plan, write, .. } if today => {
            plan.discard();
            Err(CliError::Usage(format!(
                "`{}` speaks CrashPlan PRO 3.x's API (2010) only, and --api today was chosen: \
                 nothing was sent",
                write.command()
            )))
        }
        Prepared::Move {
            to,
            dry_run,
            concurrency,
            plan,
        } => {
            // The org, checked once; a failure here leaves no results file behind.
            let org = match move_target(ctx, &to).await {
                Ok(org) => org,
                Err(err) => {
                    plan.discard();
                    return Err(err);
                }
            };
            let users = if today {
                None
            } else {
                let with_usernames = plan
                    .rows()
                    .iter()
                    .any(|row| matches!(row.user, Ok(UserRef::Username(_))));
                Some(Users::index(&ctx.client, with_usernames).await?)
            };
            let op = MoveUsers {
                client: ctx.client.clone(),
                dry_run,
                org,
                users,
            };
            runner::run(ctx.ui, &op, plan, concurrency).await
        }
        Prepared::Devices {
            deactivate,
            dry_run,
            concurrency,
            plan,
        } => {
            let client = ctx.client.clone();
            if deactivate {
                let op = TodayDeviceStatus::<true> { client, dry_run };
                runner::run(ctx.ui, &op, plan, concurrency).await
            } else {
                let op = TodayDeviceStatus::<false> { client, dry_run };
                runner::run(ctx.ui, &op, plan, concurrency).await
            }
        }
        Prepared::Status {
            deactivate,
            dry_run,
            concurrency,
            plan,
        } if today => {
            let client = ctx.client.clone();
            if deactivate {
                let op = TodayUserStatus::<true> { client, dry_run };
                runner::run(ctx.ui, &op, plan, concurrency).await
            } else {
                let op = TodayUserStatus::<false> { client, dry_run };
                runner::run(ctx.ui, &op, plan, concurrency).await
            }
        }
        Prepared::Status {
            deactivate,
            dry_run,
            concurrency,
            plan,
        } => {
            let with_usernames = plan
                .rows()
                .iter()
                .any(|row| matches!(row.user, Ok(UserRef::Username(_))));
            let client = ctx.client.clone();
            let users = Users::index(&ctx.client, with_usernames).await?;
            if deactivate {
                let op = SetStatus::<true> {
                    client,
                    users,
                    dry_run,
                };
                runner::run(ctx.ui, &op, plan, concurrency).await
            } else {
                let op = SetStatus::<false> {
                    client,
                    users,
                    dry_run,
                };
                runner::run(ctx.ui, &op, plan, concurrency).await
            }
        }
        Prepared::Write {
            write,
            dry_run,
            concurrency,
            plan,
        } => {
            let users = Users::index(&ctx.client, bulk_write::needs_usernames(plan.rows())).await?;
            let client = ctx.client.clone();
            match write {
                Write::Update => {
                    let op = UpdateUsers {
                        client,
                        users,
                        dry_run,
                    };
                    runner::run(ctx.ui, &op, plan, concurrency).await
                }
                Write::UpdateOrgs => {
                    let op = UpdateOrgs {
                        client,
                        users,
                        dry_run,
                    };
                    runner::run(ctx.ui, &op, plan, concurrency).await
                }
                Write::CreateUsers | Write::CreateOrgs => {
                    let op = Create {
                        client,
                        users,
                        write,
                        dry_run,
                    };
                    runner::run(ctx.ui, &op, plan, concurrency).await
                }
            }
        }
    }
}

/// The numeric id of the org `bulk move --to` names: on today's servers by id, uid, GUID or
/// name (one orgs listing), on a 2010 server by id (read once, so that a wrong one fails before
/// any row).
async fn move_target(ctx: &Ctx<'_>, to: &str) -> Result<i64, CliError> {
    if ctx.generation == Generation::Today {
        return Ok(ctx.client.today().orgs().resolve(to).await?.org_id);
    }
    let Ok(id) = to.trim().parse::<i64>() else {
        return Err(CliError::Usage(format!(
            "--to {to}: on a CrashPlan PRO 3.x server (2010) the org is named by its numeric id \
             (`cpctl orgs list`); nothing was sent"
        )));
    };
    Ok(ctx.client.orgs().get(id).await?.id)
}

/// Deactivates (`DEACTIVATE`) or reactivates the user a row names.
pub(super) struct SetStatus<const DEACTIVATE: bool> {
    client: Client,
    users: Users,
    dry_run: bool,
}

impl<const DEACTIVATE: bool> SetStatus<DEACTIVATE> {
    const WANTED: Status = if DEACTIVATE {
        Status::Deactivated
    } else {
        Status::Active
    };

    /// `deactivated` or `reactivated`.
    fn done(&self) -> &'static str {
        Self::DONE[0]
    }
}

impl<const DEACTIVATE: bool> Operation for SetStatus<DEACTIVATE> {
    type Row = InputRow;
    const ID_COLUMN: (&'static str, &'static str) = ("user_id", "userId");
    // Each command its own words, so that the record of one is never resumed by the other.
    const DONE: &'static [&'static str] = if DEACTIVATE {
        &["deactivated", "unchanged"]
    } else {
        &["reactivated", "unchanged"]
    };
    const OTHER: &'static [&'static str] = if DEACTIVATE {
        &["would deactivate"]
    } else {
        &["would reactivate"]
    };

    fn recorded_here(outcome: &str, message: &str) -> bool {
        outcome != "unchanged" || message == format!("already {}", Self::WANTED)
    }

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "updating" }
    }

    async fn apply(&self, row: &InputRow, intent: &Intent<'_>) -> Outcome {
        let id = match self.users.id(&row.user).await {
            Ok(id) => id,
            Err(outcome) => return outcome,
        };
        let user = match self.client.users().get(id).await {
            Ok(user) => user,
            Err(err) => return Outcome::error(Some(id), crate::error::one_line(&err)),
        };
        if user.status == Self::WANTED {
            return Outcome::new("unchanged", Some(id), format!("already {}", user.status));
        }
        if self.dry_run {
            return Outcome::new(Self::OTHER[0], Some(id), format!("now {}", user.status));
        }
        if let Err(outcome) = intent.note(Some(id)) {
            return outcome;
        }
        let result = if DEACTIVATE {
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
        (user.status == Self::WANTED).then(|| {
            Outcome::new(
                self.done(),
                Some(id),
                "done by the interrupted run (checked on resume)",
            )
        })
    }
}

/// Finds users by id, email or username, through the SDK's resolver
/// ([`crashplan::resources::Users::resolver`]): emails with the list's `email` filter,
/// usernames in an index made by listing every user once, only when some row names a
/// username.
pub struct Users(UserResolver);

impl Users {
    /// Lists every user once if `with_usernames`.
    pub async fn index(client: &Client, with_usernames: bool) -> Result<Self, CliError> {
        Ok(Self(client.users().resolver(with_usernames).await?))
    }

    /// The id of the user `name` names, if one does; several are an error message.
    pub async fn find(&self, name: &UserRef) -> Result<Option<i64>, String> {
        match self.0.id(name).await {
            Ok(id) => Ok(Some(id)),
            Err(err) if err.is_not_found() => Ok(None),
            Err(err) => Err(crate::error::one_line(&err)),
        }
    }

    /// The id of the user a row names; an error outcome when it names none or several.
    pub async fn id(&self, user: &Result<UserRef, String>) -> Result<i64, Outcome> {
        match user {
            Err(message) => Err(Outcome::error(None, message.clone())),
            Ok(name) => self
                .0
                .id(name)
                .await
                .map_err(|err| Outcome::error(None, crate::error::one_line(&err))),
        }
    }
}
