//! One function per command; `run` dispatches.

mod bulk;
mod find;
mod profile;
mod report;
mod resources;

use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use crashplan::Client;
use futures::{Stream, TryStreamExt};
use serde::Serialize;

use crate::cli::{Cli, Command, StatusArg};
use crate::connect::connect;
use crate::error::CliError;
use crate::output::{Column, Format, RecordWriter, write_one};
use crate::ui::Ui;

/// What every command needs.
pub struct Ctx<'a> {
    /// The connected client.
    pub client: Client,
    /// Messages on stderr.
    pub ui: &'a Ui,
    /// Output format on stdout.
    pub format: Format,
}

/// Runs the command; returns the exit code on success (3 for partial bulk failures).
pub async fn run(cli: Cli, ui: &Ui) -> Result<ExitCode, CliError> {
    let format = cli
        .output
        .format
        .unwrap_or_else(|| Format::default_for(std::io::stdout().is_terminal()));
    crate::output::set_raw_csv(cli.output.raw_csv);
    match cli.command {
        Command::Profile(command) => {
            return profile::run(command, &cli.connection, format, ui).await;
        }
        Command::Completions { shell } => {
            // clap_complete panics when its writer fails (`| head -1`, `> /dev/full`): render
            // into memory, then write with the usual error handling.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "crashplan", &mut script);
            let mut out = std::io::stdout().lock();
            out.write_all(&script)?;
            out.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    // Check a query, and the files of a bulk run, before asking for a password or connecting.
    let query = match &cli.command {
        Command::Users(crate::cli::UsersCommand::Find { query, .. }) => Some(find::parse(query)?),
        _ => None,
    };
    let bulk = match &cli.command {
        Command::Bulk(command) => Some(bulk::prepare(command, &cli.connection, format)?),
        _ => None,
    };
    let connection = connect(&cli.connection, ui).await?;
    let ctx = Ctx {
        client: connection.client.clone(),
        ui,
        format,
    };
    match cli.command {
        Command::Orgs(command) => resources::orgs(&ctx, command).await?,
        Command::Users(crate::cli::UsersCommand::Find { list, .. }) => {
            if let Some(query) = &query {
                find::users(&ctx, query, &list).await?;
            }
        }
        Command::Users(command) => resources::users(&ctx, command).await?,
        Command::Computers(command) => resources::computers(&ctx, command).await?,
        Command::Usages(command) => resources::usages(&ctx, command).await?,
        Command::ComputerUsage(command) => resources::computer_usage(&ctx, command).await?,
        Command::MountPoints(command) => resources::mount_points(&ctx, command).await?,
        Command::ServerStats => {
            let stats = ctx.client.server_stats().get().await?;
            print_one(&ctx, &stats)?;
        }
        Command::ArchiveRecords(command) => resources::archive_records(&ctx, command).await?,
        Command::Report(command) => report::run(&ctx, command).await?,
        Command::Bulk(_) => {
            if let Some(prepared) = bulk {
                return bulk::run(&ctx, prepared).await;
            }
        }
        Command::Profile(_) | Command::Completions { .. } => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints every item of `items` as it arrives.
pub async fn print_stream<T, S>(ctx: &Ctx<'_>, items: S, columns: &[Column]) -> Result<(), CliError>
where
    T: Serialize,
    S: Stream<Item = crashplan::Result<T>>,
{
    let mut writer = RecordWriter::new(ctx.format, columns, BufWriter::new(std::io::stdout()));
    let mut items = std::pin::pin!(items);
    while let Some(item) = items.try_next().await? {
        writer.write(&to_json(&item)?)?;
    }
    writer.finish()?;
    Ok(())
}

/// Prints one record.
pub fn print_one(ctx: &Ctx<'_>, item: &impl Serialize) -> Result<(), CliError> {
    write_one(
        ctx.format,
        &to_json(item)?,
        BufWriter::new(std::io::stdout()),
    )?;
    Ok(())
}

/// The JSON form of a generated type.
pub fn to_json(item: &impl Serialize) -> Result<serde_json::Value, CliError> {
    serde_json::to_value(item).map_err(|err| CliError::Io(format!("cannot encode a record: {err}")))
}

/// The facade status of a `--status` flag.
pub fn status(arg: StatusArg) -> crashplan::Status {
    match arg {
        StatusArg::Active => crashplan::Status::Active,
        StatusArg::Deactivated => crashplan::Status::Deactivated,
    }
}

/// Applies `--page-size` and `--limit` to a list builder of the facade.
macro_rules! paged {
    ($builder:expr, $list:expr) => {{
        let list: &$crate::cli::ListArgs = $list;
        let mut builder = $builder;
        if let Some(size) = list.page_size {
            builder = builder.page_size(u64::from(size));
        }
        if let Some(limit) = list.limit {
            builder = builder.limit(limit as u64);
        }
        builder
    }};
}
pub(crate) use paged;

/// Sets each filter whose value is `Some`.
macro_rules! filtered {
    ($builder:expr $(, $method:ident = $value:expr)* $(,)?) => {{
        let mut builder = $builder;
        $( if let Some(value) = $value { builder = builder.$method(value); } )*
        builder
    }};
}
pub(crate) use filtered;
