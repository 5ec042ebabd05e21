//! Human-facing output on stderr: messages, warnings, errors and progress bars.

use std::io::{IsTerminal, Write};

use indicatif::{ProgressBar, ProgressStyle};

use crate::error::CliError;

/// Messages for people, on stderr.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    quiet: bool,
}

impl Ui {
    /// `quiet` silences everything but errors.
    pub fn new(quiet: bool) -> Self {
        Self { quiet }
    }

    /// An informational message.
    pub fn info(&self, message: impl AsRef<str>) {
        if !self.quiet {
            say("", message.as_ref());
        }
    }

    /// A warning (shown even with --quiet: warnings are about safety).
    pub fn warn(&self, message: impl AsRef<str>) {
        say("warning: ", message.as_ref());
    }

    /// The error that ends the command.
    pub fn error(&self, err: &CliError) {
        say("error: ", &err.to_string());
    }

    /// A progress bar of `total` steps, drawn only when stderr is a terminal and not quiet.
    pub fn progress(&self, total: usize, what: &str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(total as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({per_sec}, eta {eta})")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_owned());
        bar
    }

    /// Whether the user can be asked questions (stdin and stderr are terminals).
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }
}

/// Writes one message on stderr. Messages quote server data, so control characters other than
/// line breaks are shown escaped; a closed stderr (a dropped ssh session) is no reason to
/// panic, so write errors are ignored.
fn say(prefix: &str, message: &str) {
    let message = crate::output::terminal_text_keeping(message, &['\n']);
    let _ = writeln!(std::io::stderr().lock(), "{prefix}{message}");
}

/// Logs on stderr: errors only by default, `-v` requests and retries, `-vv` everything;
/// `RUST_LOG` overrides.
pub fn init_tracing(verbose: u8) {
    // The certificate verifier logs its own ERROR for an untrusted certificate; the same
    // failure is the command's error (with a --ca-cert hint), so it is not printed twice.
    let default = match verbose {
        0 => "error,rustls_platform_verifier=off",
        1 => "warn,crashplan=info,rustls_platform_verifier=off",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}
