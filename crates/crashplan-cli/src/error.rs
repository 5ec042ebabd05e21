//! Errors of the command line, each one sentence plus what to do, and their exit codes.
//!
//! The exit codes, in one place (the top-level `--help` states them for users; a test in
//! `cli.rs` keeps it true): 0 ok, [`EXIT_API`], [`EXIT_USAGE`], [`EXIT_PARTIAL`],
//! [`EXIT_DRIFT`], and [`exit_signal`] for a bulk run stopped by a signal.

use std::process::ExitCode;

/// Exit code: an API or network error (a "not found" too, whatever form the name took).
pub const EXIT_API: u8 = 1;
/// Exit code: bad arguments, files or configuration; nothing was changed.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: a bulk run where some rows failed or were not attempted.
pub const EXIT_PARTIAL: u8 = 3;
/// Exit code: `drift` found differences between the server and the spec.
pub const EXIT_DRIFT: u8 = 4;
/// Added to the signal's number when a bulk run was stopped by one (130 SIGINT, 143 SIGTERM).
pub const EXIT_SIGNAL_BASE: u8 = 128;

/// The exit code of a bulk run stopped by signal `number`.
pub fn exit_signal(number: u8) -> ExitCode {
    ExitCode::from(EXIT_SIGNAL_BASE.saturating_add(number))
}

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
    /// The server refused the API token.
    #[error(
        "{}\nhint: the API token was rejected (wrong or expired): get a new one and pass it with --token-stdin or CRASHPLAN_TOKEN",
        summary(.0)
    )]
    TokenRejected(Box<crashplan::Error>),
    /// Whoever read stdout went away (`crashplan ... | head`): not an error.
    #[error("standard output was closed")]
    BrokenPipe,
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            // "Not found" is one answer whatever form the name took (an id answered 404, an
            // email or username no user has): exit 1. A name several users have is a usage
            // error, like a bad flag value: name one by its id.
            CliError::Api(err) if err.is_config() || is_ambiguous(err) => EXIT_USAGE,
            CliError::Api(_) | CliError::Io(_) | CliError::TokenRejected(_) => EXIT_API,
            CliError::Usage(_) | CliError::Profile(_) => EXIT_USAGE,
            CliError::Partial(_) => EXIT_PARTIAL,
            CliError::BrokenPipe => 0,
        })
    }
}

impl CliError {
    /// The error as it reads when the command used an API token instead of a password.
    pub fn with_token_hint(self, token_auth: bool) -> Self {
        match self {
            CliError::Api(err)
                if token_auth && err.hint() == Some(crashplan::Hint::Credentials) =>
            {
                CliError::TokenRejected(err)
            }
            err => err,
        }
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

/// The library's summary, which quotes the server (its message, a body): on one line, every
/// control character escaped, newlines included, and of bounded length.
fn summary(err: &crashplan::Error) -> String {
    crate::output::message_text(&err.summary())
}

/// What happened (the library's summary) and what to do, in the words of this command line:
/// flags, not library methods.
fn describe(err: &crashplan::Error) -> String {
    match hint(err) {
        Some(hint) => format!("{}\nhint: {hint}", summary(err)),
        None => summary(err),
    }
}

/// The error on one line, for a row of a bulk result.
pub fn one_line(err: &crashplan::Error) -> String {
    match hint(err) {
        Some(hint) => format!("{}; {hint}", summary(err)),
        None => summary(err),
    }
}

fn is_lookup(err: &crashplan::Error) -> bool {
    matches!(err, crashplan::Error::Lookup { .. })
}

fn is_ambiguous(err: &crashplan::Error) -> bool {
    is_lookup(err) && !err.is_not_found()
}

/// The advice for the library's [`crashplan::Hint`], naming this command line's flags.
fn hint(err: &crashplan::Error) -> Option<&'static str> {
    use crashplan::Hint;
    if let crashplan::Error::Lookup { what, .. } = err {
        return Some(match *what {
            "device" => "look for it with `cpctl devices list`, or give its id or GUID",
            "org" => "look for it with `cpctl orgs list`, or give its id, uid or GUID",
            _ => {
                "look for it with `cpctl users find 'email ~ \"...\" or username ~ \"...\"'`, or give its id"
            }
        });
    }
    Some(match err.hint()? {
        Hint::Credentials => {
            "check --username and the password (--password-stdin or CRASHPLAN_PASSWORD), or \
             --api-client-id and its secret (--api-client-secret-stdin or \
             CRASHPLAN_API_CLIENT_SECRET), or your profile (`cpctl profile show`)"
        }
        Hint::Totp => "use --totp prompt to be asked for a fresh code at every login",
        Hint::TotpRequired => {
            "this account needs a two-factor code: give it with --totp CODE or CRASHPLAN_TOTP, or use --totp prompt on a terminal"
        }
        Hint::TotpRejected => {
            "the two-factor code was wrong or expired: use a fresh one (--totp CODE, or --totp prompt on a terminal)"
        }
        Hint::Permission => "this needs an administrator account",
        Hint::NotFound => "check the id",
        Hint::BadRequest => "check the values given",
        Hint::Conflict => "the change conflicts with existing data (e.g. a username in use)",
        Hint::Unsupported => "the server does not support this request",
        Hint::RateLimited => "the server is busy; retry later",
        Hint::Duplicate => "a user with this username already exists: pick another username",
        Hint::LegalHold => {
            "it is in an active legal hold: release it from the hold in the console first"
        }
        Hint::InvalidValue => "the server refused a value named above: correct it and retry",
        Hint::ServerError => "retry later or ask the server's administrator",
        Hint::Timeout => "the server is slow or unreachable; raise --timeout or retry later",
        Hint::Connect => "check --url and --proxy (or CRASHPLAN_URL and HTTPS_PROXY)",
        Hint::TrustCa => {
            "trust the server's CA certificate with --ca-cert FILE (or CRASHPLAN_CA_CERT)"
        }
        Hint::Network => "retry later",
        Hint::Paging => {
            "the server ignores paging; a --page-size larger than the list reads it in one request"
        }
        Hint::ResponseSize => "ask for smaller pages with --page-size",
        Hint::Config => {
            "flags override the CRASHPLAN_* variables, which override the profile (`cpctl profile show`)"
        }
        Hint::Redirect => {
            "nothing was sent there; if that server is the right one, give its address with --url"
        }
        Hint::RedirectLoop => "check --url and the server's proxy configuration",
        Hint::TlsExpired => {
            "the server's certificate has expired or is not valid yet: renew it on the server, or check this machine's clock"
        }
        Hint::TlsName => {
            "the server's certificate names another host: use a --url with a name it was issued for, or reissue it for this one"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_name_flags_not_methods() {
        let errors = [
            crashplan::Error::Config("x".into()),
            crashplan::Error::Auth {
                reason: "r".into(),
                hint: Some(crashplan::Hint::Totp),
            },
        ];
        for e in errors {
            let text = describe(&e);
            assert!(text.contains("--") || text.contains("profile"), "{text}");
            assert!(
                !text.contains(".totp(") && !text.contains("ClientBuilder"),
                "{text}"
            );
        }
    }
}
