//! The resource commands: `orgs`, `users`, `computers`, `usages`, `computer-usage`,
//! `mount-points`, `archive-records`.
//!
//! Flags, filters, columns and query fields come from the spec (`crate::generated` and
//! `crashplan::api::spec::API`); this file only says which command does what.

use crashplan::DetailsExt;
use crashplan::api::spec::API;
use crashplan::resources::ListBuilder;
use serde_json::{Map, Value};

use super::bulk::Users;
use super::{Ctx, find, print_one, print_stream};
use crate::cli::{
    ArchiveRecordsCommand, ComputerUsageCommand, ComputersCommand, FindArgs, ListArgs,
    MountPointsCommand, OrgsCommand, UsagesCommand, UsersCommand,
};
use crate::connect::read_password_line;
use crate::error::CliError;
use crate::output::Column;

/// Parallel detail requests for `--detail`; their rate follows the server's limit (the
/// client's adaptive limiter, capped by `--max-rps`).
pub const DETAIL_CONCURRENCY: usize = 16;

/// Applies `--page-size` and `--limit` to a list builder.
pub fn paged<B: ListBuilder>(builder: B, list: &ListArgs) -> B {
    let mut builder = builder;
    if let Some(size) = list.page_size {
        builder = builder.page_size(u64::from(size));
    }
    if let Some(limit) = list.limit {
        builder = builder.limit(limit as u64);
    }
    builder
}

/// The columns of a list's items, or of their detail views.
pub fn columns_of<B: ListBuilder>(detail: bool) -> Vec<Column> {
    let list = API
        .operation(B::OPERATION_ID)
        .and_then(|op| op.list.as_ref());
    let schema = match list {
        Some(list) if detail => list.detail.map_or(list.item, |(_, schema)| schema),
        Some(list) => list.item,
        None => "",
    };
    Column::of_schema(schema)
}

/// Prints the items of a list, or with `detail` their detail views.
async fn list<B: ListBuilder>(
    ctx: &Ctx<'_>,
    builder: B,
    list: &ListArgs,
    detail: bool,
) -> Result<(), CliError>
where
    <B::Item as crashplan::HasDetail>::Detail: serde::Serialize,
{
    let items = paged(builder, list).items();
    let columns = columns_of::<B>(detail);
    // A field of the detail view only: say how to get it.
    if !detail && let Err(CliError::Usage(message)) = ctx.columns(&columns) {
        let in_detail = ctx.columns(&columns_of::<B>(true)).is_ok();
        return Err(CliError::Usage(if in_detail {
            format!("{message}; --detail adds the fields of the detail view")
        } else {
            message
        }));
    }
    if detail {
        let details = items.details(&ctx.client, DETAIL_CONCURRENCY);
        print_stream(ctx, details, &columns).await
    } else {
        print_stream(ctx, items, &columns).await
    }
}

/// Turns the JSON of the flags given into a request body of the generated type.
fn body<T: serde::de::DeserializeOwned>(
    json: Map<String, Value>,
    command: &str,
) -> Result<T, CliError> {
    serde_json::from_value(Value::Object(json)).map_err(|err| {
        CliError::Usage(format!(
            "`{command}` needs more flags: {err} (see `{command} --help`)"
        ))
    })
}

/// Reads each secret property of a request body from stdin (its `--new-<name>-stdin` flag) or
/// a prompt, and adds it to the JSON body.
fn add_secrets(
    ctx: &Ctx<'_>,
    json: &mut Map<String, Value>,
    secrets: Vec<(&'static str, bool, bool)>,
) -> Result<(), CliError> {
    for (name, required, from_stdin) in secrets {
        let flag = format!("--new-{name}-stdin");
        let secret = if from_stdin {
            read_password_line()?
        } else if !required {
            continue;
        } else if ctx.ui.interactive() {
            rpassword::prompt_password(format!("New {name}: "))
                .map(crashplan::SecretString::from)
                .map_err(|err| CliError::Io(format!("cannot read the {name}: {err}")))?
        } else {
            return Err(CliError::Usage(format!(
                "a {name} is needed: pass {flag} and write it to standard input"
            )));
        };
        use crashplan::ExposeSecret;
        json.insert(
            name.to_owned(),
            Value::String(secret.expose_secret().to_owned()),
        );
    }
    Ok(())
}

pub async fn orgs(ctx: &Ctx<'_>, command: OrgsCommand) -> Result<(), CliError> {
    let orgs = ctx.client.orgs();
    match command {
        OrgsCommand::List(cmd) => {
            let builder = cmd.filters.apply(orgs.list());
            list(ctx, builder, &cmd.list, cmd.detail.detail).await
        }
        OrgsCommand::Get { id } => print_one(ctx, &orgs.get(id).await?),
        OrgsCommand::Find(args) => find::run(ctx, orgs.list(), &args).await,
        OrgsCommand::Create(args) => {
            let created = orgs
                .create(body(args.to_json(), "crashplan orgs create")?)
                .await?;
            print_one(ctx, &created)
        }
        OrgsCommand::Update(cmd) => {
            let change = body(cmd.fields.to_json(), "crashplan orgs update")?;
            print_one(ctx, &orgs.update(cmd.id, change).await?)
        }
        OrgsCommand::Deactivate { id } => print_one(ctx, &orgs.deactivate(id).await?),
        OrgsCommand::Reactivate { id } => print_one(ctx, &orgs.reactivate(id).await?),
    }
}

pub async fn users(ctx: &Ctx<'_>, command: UsersCommand) -> Result<(), CliError> {
    let users = ctx.client.users();
    match command {
        UsersCommand::List(cmd) => {
            let builder = cmd.filters.apply(users.list());
            list(ctx, builder, &cmd.list, cmd.detail.detail).await
        }
        UsersCommand::Get { user } => {
            let id = user_id(ctx, &user).await?;
            print_one(ctx, &users.get(id).await?)
        }
        UsersCommand::Find(args) => find::run(ctx, users.list(), &args).await,
        UsersCommand::Create(args) => {
            let mut json = args.to_json();
            add_secrets(ctx, &mut json, args.secrets())?;
            let created = users.create(body(json, "crashplan users create")?).await?;
            print_one(ctx, &created)
        }
        UsersCommand::Update(cmd) => {
            let mut json = cmd.fields.to_json();
            add_secrets(ctx, &mut json, cmd.fields.secrets())?;
            let change = body(json, "crashplan users update")?;
            let id = user_id(ctx, &cmd.user).await?;
            print_one(ctx, &users.update(id, change).await?)
        }
        UsersCommand::Deactivate { id } => print_one(ctx, &users.deactivate(id).await?),
        UsersCommand::Reactivate { id } => print_one(ctx, &users.reactivate(id).await?),
    }
}

/// The id of the user `user` names: an id, else an email (the list's `email` filter), else a
/// username (one listing of all users: the list has no username filter).
async fn user_id(ctx: &Ctx<'_>, user: &str) -> Result<i64, CliError> {
    if let Ok(id) = user.parse::<i64>() {
        return Ok(id);
    }
    let by_email = Users::index(&ctx.client, false).await?;
    if let Some(id) = by_email.by_email(user).await.map_err(CliError::Usage)? {
        return Ok(id);
    }
    let by_username = Users::index(&ctx.client, true).await?;
    by_username.by_username(user).ok_or_else(|| {
        CliError::Usage(format!(
            "no user has the id, email or username `{user}`; look for it with `crashplan users \
             find 'email ~ \"{user}\" or username ~ \"{user}\"'`"
        ))
    })
}

pub async fn computers(ctx: &Ctx<'_>, command: ComputersCommand) -> Result<(), CliError> {
    let computers = ctx.client.computers();
    match command {
        ComputersCommand::List(cmd) => {
            let builder = cmd.filters.apply(computers.list());
            list(ctx, builder, &cmd.list, cmd.detail.detail).await
        }
        ComputersCommand::Get { id } => print_one(ctx, &computers.get(id).await?),
        ComputersCommand::Find(args) => find::run(ctx, computers.list(), &args).await,
    }
}

pub async fn usages(ctx: &Ctx<'_>, command: UsagesCommand) -> Result<(), CliError> {
    let usages = ctx.client.usages();
    match command {
        UsagesCommand::List(cmd) => {
            list(ctx, cmd.filters.apply(usages.list()), &cmd.list, false).await
        }
        UsagesCommand::Find(args) => find::run(ctx, usages.list(), &args).await,
    }
}

pub async fn computer_usage(ctx: &Ctx<'_>, command: ComputerUsageCommand) -> Result<(), CliError> {
    let records = ctx.client.computer_usage();
    match command {
        ComputerUsageCommand::List(cmd) => {
            list(ctx, cmd.filters.apply(records.list()), &cmd.list, false).await
        }
        ComputerUsageCommand::Find(args) => find::run(ctx, records.list(), &args).await,
    }
}

pub async fn mount_points(ctx: &Ctx<'_>, command: MountPointsCommand) -> Result<(), CliError> {
    let mount_points = ctx.client.mount_points();
    match command {
        MountPointsCommand::List(cmd) => {
            let builder = cmd.filters.apply(mount_points.list());
            list(ctx, builder, &cmd.list, cmd.detail.detail).await
        }
        MountPointsCommand::Get { id } => print_one(ctx, &mount_points.get(id).await?),
        MountPointsCommand::Find(args) => find::run(ctx, mount_points.list(), &args).await,
    }
}

pub async fn archive_records(
    ctx: &Ctx<'_>,
    command: ArchiveRecordsCommand,
) -> Result<(), CliError> {
    let records = ctx.client.archive_records();
    match command {
        ArchiveRecordsCommand::List(cmd) => {
            list(ctx, cmd.filters.apply(records.list()), &cmd.list, false).await
        }
        ArchiveRecordsCommand::Find(args) => find::run(ctx, records.list(), &args).await,
    }
}

/// The query of a `find` command, if the command is one: checked before connecting.
pub fn find_query(command: &crate::cli::Command) -> Option<(&FindArgs, &'static str)> {
    use crashplan::resources as r;

    use crate::cli::Command as C;
    Some(match command {
        C::Orgs(OrgsCommand::Find(a)) => (a, r::OrgList::OPERATION_ID),
        C::Users(UsersCommand::Find(a)) => (a, r::UserList::OPERATION_ID),
        C::Computers(ComputersCommand::Find(a)) => (a, r::ComputerList::OPERATION_ID),
        C::Usages(UsagesCommand::Find(a)) => (a, r::UsageList::OPERATION_ID),
        C::ComputerUsage(ComputerUsageCommand::Find(a)) => (a, r::ComputerUsageList::OPERATION_ID),
        C::MountPoints(MountPointsCommand::Find(a)) => (a, r::MountPointList::OPERATION_ID),
        C::ArchiveRecords(ArchiveRecordsCommand::Find(a)) => {
            (a, r::ArchiveRecordList::OPERATION_ID)
        }
        _ => return None,
    })
}
