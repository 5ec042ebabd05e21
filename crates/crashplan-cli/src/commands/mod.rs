//! One function per command; `run` dispatches.

mod bulk;
mod bulk_move;
mod bulk_today;
mod bulk_write;
mod drift;
pub mod find;
mod generation;
pub mod overrides;
mod profile;
mod report;
mod report_backups;
pub mod resources;

pub use resources::ResourceCommand;

use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use crashplan::Client;
use futures::{Stream, TryStreamExt};
use serde::Serialize;

use crate::cli::{Cli, Command};
use crate::connect::{Overrides, connect_with};
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
    /// `--columns`, if given.
    pub columns: Option<Vec<String>>,
    /// The API generation the server speaks (`--api`, the profile, or detected).
    pub generation: crashplan::api::spec::Generation,
}

impl Ctx<'_> {
    /// The columns of a table or CSV: `defaults`, or those `--columns` picks from them (every
    /// field of the schema is among the defaults, so any field can be picked).
    pub fn columns(&self, defaults: &[Column]) -> Result<Vec<Column>, CliError> {
        match &self.columns {
            Some(names) => crate::output::pick(defaults, names).map_err(CliError::Usage),
            None => Ok(defaults.to_vec()),
        }
    }
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
            clap_complete::generate(shell, &mut Cli::command(), "cpctl", &mut script);
            let mut out = std::io::stdout().lock();
            out.write_all(&script)?;
            out.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Bulk(crate::cli::BulkCommand::Template { op }) => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", bulk::template(op))?;
            out.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    // Check a query, and the files of a bulk run, before asking for a password or connecting.
    // (A query is checked against the lists of every generation that has the command: it
    // must fit one of them; the list of the server's generation checks it again.)
    if let Command::Resource(command) = &cli.command
        && let Some((args, operation_ids)) = resources::find_query(command)
    {
        let mut checks = operation_ids.iter().map(|id| find::parse(&args.query, id));
        if let Some(Err(first)) = checks.next()
            && !checks.any(|check| check.is_ok())
        {
            return Err(first);
        }
    }
    let bulk = match &cli.command {
        Command::Bulk(command) => bulk::prepare(command, &cli.connection, format)?,
        _ => None,
    };
    let overrides = Overrides {
        bulk: bulk.is_some(),
        ..Overrides::default()
    };
    let connection = connect_with(&cli.connection, ui, overrides).await?;
    // A command the server's generation lacks is refused before any request of its own; a
    // bulk run refused here (or whose server could not be asked) leaves no results file.
    let generation = match generation::choose(&cli.command, &connection, ui).await {
        Ok(generation) => generation,
        Err(err) => {
            if let Some(prepared) = bulk {
                prepared.discard();
            }
            return Err(err);
        }
    };
    let ctx = Ctx {
        client: connection.client.clone(),
        ui,
        format,
        columns: cli.output.columns.clone(),
        generation,
    };
    match cli.command {
        Command::Resource(command) => resources::run(&ctx, command).await?,
        Command::Report(command) => report::run(&ctx, command).await?,
        Command::Bulk(_) => {
            if let Some(prepared) = bulk {
                return bulk::run(&ctx, prepared).await;
            }
        }
        Command::Drift(args) => return drift::run(&ctx, args).await,
        Command::Profile(_) | Command::Completions { .. } => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// Output buffer of streamed records: large writes, few system calls.
const STDOUT_BUFFER: usize = 1 << 16;

/// Prints every item of `items` as it arrives: typed records serialized straight into a
/// buffered stdout (no `serde_json::Value` in between for JSON and JSON lines).
pub async fn print_stream<T, S>(ctx: &Ctx<'_>, items: S, columns: &[Column]) -> Result<(), CliError>
where
    T: Serialize,
    S: Stream<Item = crashplan::Result<T>>,
{
    let columns = ctx.columns(columns)?;
    let out = BufWriter::with_capacity(STDOUT_BUFFER, std::io::stdout());
    let mut writer = RecordWriter::new(ctx.format, &columns, out);
    let mut items = std::pin::pin!(items);
    while let Some(item) = items.try_next().await? {
        writer.write(&item)?;
    }
    writer.finish()?;
    Ok(())
}

/// Prints every item of a list as the server sent it ([`crashplan::resources::RawItem`]s),
/// for JSON and JSON lines: the text is copied, nothing decoded.
pub async fn print_raw_stream<S>(ctx: &Ctx<'_>, items: S) -> Result<(), CliError>
where
    S: Stream<Item = crashplan::Result<crashplan::resources::RawItem>>,
{
    let out = BufWriter::with_capacity(STDOUT_BUFFER, std::io::stdout());
    let mut writer = RecordWriter::new(ctx.format, &[], out);
    let mut items = std::pin::pin!(items);
    while let Some(item) = items.try_next().await? {
        writer.write_raw(item.as_bytes())?;
    }
    writer.finish()?;
    Ok(())
}

/// Prints one record.
pub fn print_one(ctx: &Ctx<'_>, item: &impl Serialize) -> Result<(), CliError> {
    let record = to_json(item)?;
    let out = BufWriter::new(std::io::stdout());
    match &ctx.columns {
        // The fields picked, as one row of a table or CSV, in the order asked for.
        Some(names) if matches!(ctx.format, Format::Table | Format::Csv) => {
            let columns = crate::output::record_columns(&record, names).map_err(CliError::Usage)?;
            let mut writer = RecordWriter::new(ctx.format, &columns, out);
            writer.write(&record)?;
            writer.finish()?;
        }
        _ => write_one(ctx.format, &record, out)?,
    }
    Ok(())
}

/// The JSON form of a generated type.
pub fn to_json(item: &impl Serialize) -> Result<serde_json::Value, CliError> {
    serde_json::to_value(item).map_err(|err| CliError::Io(format!("cannot encode a record: {err}")))
}
