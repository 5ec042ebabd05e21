//! `cpctl`: administer a CrashPlan PRO server from the command line.
//!
//! Records go to stdout (`--format table|json|jsonl|csv`); messages, warnings and progress go
//! to stderr. The exit codes are in `error.rs`.

// Doc comments of the argument structs are the `--help` text, where bare URLs are wanted.
#![allow(rustdoc::bare_urls)]

mod args;
mod cli;
mod commands;
mod connect;
mod csv_input;
mod error;
mod files;
#[rustfmt::skip]
mod generated;
mod output;
mod profile;
mod runner;
mod ui;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;
use crate::error::CliError;
use crate::ui::Ui;

/// The longest command-line argument, in bytes: a filter value or name longer than this is a
/// mistake (a file pasted whole), refused before anything is sent.
const MAX_ARG_BYTES: usize = 8192;

/// Refuses an argument longer than [`MAX_ARG_BYTES`], naming it by its start.
fn check_argument_lengths() -> Result<(), CliError> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    for (i, arg) in args.iter().enumerate().skip(1) {
        if arg.len() > MAX_ARG_BYTES {
            let text = arg.to_string_lossy();
            let after = match args.get(i - 1).filter(|_| i > 1) {
                Some(flag) => format!(" after {}", flag.to_string_lossy()),
                None => String::new(),
            };
            return Err(CliError::Usage(format!(
                "the argument{after} ({}) is {} bytes long, more than {MAX_ARG_BYTES}: give a \
                 shorter value",
                output::message_text(&output::bounded(&text, 32)),
                arg.len()
            )));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    if let Err(err) = check_argument_lengths() {
        Ui::new(false).error(&err);
        return err.exit_code();
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version print to stdout and exit 0; usage errors exit 2.
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    // For the hint of a 401: was the credential an API token?
    let token_auth = cli.connection.token.is_some()
        || cli.connection.token_stdin
        || std::env::var_os("CRASHPLAN_TOKEN").is_some_and(|t| !t.is_empty());
    let ui = Ui::new(cli.output.quiet);
    // Flushes the --log-file when main returns.
    let _log_guard = match ui::init_tracing(cli.output.verbose, cli.output.log_file.as_deref()) {
        Ok(guard) => guard,
        Err(err) => {
            ui.error(&err);
            return err.exit_code();
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            let err = CliError::Io(format!("cannot start the async runtime: {err}"));
            ui.error(&err);
            return err.exit_code();
        }
    };
    match runtime.block_on(commands::run(cli, &ui)) {
        Ok(code) => code,
        Err(CliError::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            let err = err.with_token_hint(token_auth);
            ui.error(&err);
            err.exit_code()
        }
    }
}
