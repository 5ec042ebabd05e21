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
    // Server and input text is escaped (newlines too) where it is quoted; the line breaks
    // left are this program's own (`error: ...\nhint: ...`). Bounded like every message.
    let message = crate::output::bounded(message, 2 * crate::output::MAX_MESSAGE_CHARS);
    let message = crate::output::terminal_text_keeping(&message, &['\n']);
    let _ = writeln!(std::io::stderr().lock(), "{prefix}{message}");
}

/// Logs on stderr: errors only by default, `-v` one line per request (method, path with
/// query, attempt, status, milliseconds) and retries, `-vv` everything; `RUST_LOG` overrides.
/// With `log_file`, the full log (`-vv`'s) also goes to that file, appended, while stderr keeps
/// its level. The returned guard flushes the file when dropped: keep it until the end.
pub fn init_tracing(
    verbose: u8,
    log_file: Option<&std::path::Path>,
) -> Result<Option<tracing_appender::non_blocking::WorkerGuard>, CliError> {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    use tracing_subscriber::{EnvFilter, Layer as _, fmt};

    // The certificate verifier logs its own ERROR for an untrusted certificate; the same
    // failure is the command's error (with a --ca-cert hint), so it is not printed twice.
    const FULL: &str = "debug,rustls_platform_verifier=off";
    let default = match verbose {
        0 => "error,rustls_platform_verifier=off",
        1 => "warn,crashplan=info,crashplan_emulator=warn,rustls_platform_verifier=off",
        _ => FULL,
    };
    let filter = |default: &str| {
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default))
    };
    let stderr = fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .with_filter(filter(default));
    let (file, guard) = match log_file {
        None => (None, None),
        Some(path) => {
            // Created 0600, never through a link, never a device or FIFO.
            let appender =
                crate::files::open_append("--log-file", path).map_err(CliError::Usage)?;
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let layer = fmt::layer()
                .with_writer(writer)
                .with_ansi(false)
                .with_filter(filter(FULL));
            (Some(layer), Some(guard))
        }
    };
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file)
        .try_init();
    Ok(guard)
}
