//! Errors of the command line, each one sentence plus what to do, and their exit codes.

use std::process::ExitCode;

/// Exit code: an API or network error.
pub const EXIT_API: u8 = 1;
/// Exit code: bad arguments, files or configuration.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: a bulk run where some rows failed.
pub const EXIT_PARTIAL: u8 = 3;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The server or the network failed; the facade's message says what to do.
    #[error("{}", describe(.0))]
    Api(Box<crashplan::Error>),
    /// Bad arguments or input files.
    #[error("{0}")]
    Usage(String),
    /// The config file.
    #[error(transparent)]
    Profile(#[from] crate::profile::ProfileError),
    /// Writing the output failed.
    #[error("{0}")]
    Io(String),
    /// Some items of a multi-item command failed; the others were done.
    #[error("{0}")]
    Partial(String),
    /// Whoever read stdout went away (`crashplan ... | head`): not an error.
    #[error("standard output was closed")]
    BrokenPipe,
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            CliError::Api(err) if err.is_config() => EXIT_USAGE,
            CliError::Api(_) | CliError::Io(_) => EXIT_API,
            CliError::Usage(_) | CliError::Profile(_) => EXIT_USAGE,
            CliError::Partial(_) => EXIT_PARTIAL,
            CliError::BrokenPipe => 0,
        })
    }
}

impl From<crashplan::Error> for CliError {
    fn from(err: crashplan::Error) -> Self {
        CliError::Api(Box::new(err))
    }
}

impl From<std::io::Error> for CliError {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return CliError::BrokenPipe;
        }
        CliError::Io(format!("cannot write the output: {err}"))
    }
}

/// The facade's message, plus a hint for the mistakes people make most.
fn describe(err: &crashplan::Error) -> String {
    let hint = if err.is_unauthorized() {
        "\nhint: check --username and the password (--password-stdin or CRASHPLAN_PASSWORD), or your profile (`crashplan profile show`)"
    } else if err.is_forbidden() {
        "\nhint: this needs an administrator account"
    } else {
        ""
    };
    format!("{err}{hint}")
}
