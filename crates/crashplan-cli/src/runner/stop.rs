//! Why and when a bulk run stops early: SIGINT, SIGTERM or SIGHUP (a closed ssh session), a
//! closed stdout, or a results file that can no longer be written.
//!
//! The first signal stops the start of new rows and lets the rows in flight finish; a second
//! one cancels those too.

use std::future::Future;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::error::CliError;
use crate::ui::Ui;

/// Why a run stopped before every row was attempted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// A signal: its number and name.
    Signal(u8, &'static str),
    /// Whoever read stdout went away, and stdout held the results.
    BrokenPipe,
    /// The results file could not be written.
    RecordFailed,
}

impl Reason {
    /// What a `not attempted` row says.
    pub fn not_attempted(self) -> String {
        match self {
            Reason::Signal(_, name) => format!("the run was stopped by {name}"),
            Reason::BrokenPipe => "the run stopped: standard output was closed".into(),
            Reason::RecordFailed => "the run stopped: the results file could not be written".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct State {
    reason: Option<Reason>,
    cancel: bool,
}

/// The stop switch of one run.
#[derive(Debug)]
pub struct Stop {
    tx: watch::Sender<State>,
}

impl Stop {
    pub fn new() -> Self {
        Self {
            tx: watch::Sender::new(State::default()),
        }
    }

    /// Start no new rows; the first reason given is kept.
    pub fn request(&self, reason: Reason) {
        self.tx.send_if_modified(|state| {
            let first = state.reason.is_none();
            if first {
                state.reason = Some(reason);
            }
            first
        });
    }

    /// Cancel the rows in flight too.
    fn cancel(&self) {
        self.tx.send_modify(|state| state.cancel = true);
    }

    /// Why the run stopped, if it did.
    pub fn reason(&self) -> Option<Reason> {
        self.tx.borrow().reason
    }

    /// Completes when new rows must not start.
    pub fn stopped(&self) -> impl Future<Output = ()> + 'static {
        let mut rx = self.tx.subscribe();
        async move {
            let _ = rx.wait_for(|state| state.reason.is_some()).await;
        }
    }

    /// Completes when the rows in flight must be cancelled.
    pub fn cancelled(&self) -> impl Future<Output = ()> + 'static {
        let mut rx = self.tx.subscribe();
        async move {
            let _ = rx.wait_for(|state| state.cancel).await;
        }
    }

    /// Listens for SIGINT, SIGTERM and SIGHUP (Ctrl-C elsewhere) until the returned task is
    /// aborted. Installing the handlers replaces the default of dying at once.
    pub fn listen(&self, ui: Ui) -> Result<JoinHandle<()>, CliError> {
        let tx = self.tx.clone();
        let stop = Stop { tx };
        let mut signals = Signals::install()
            .map_err(|err| CliError::Io(format!("cannot install the signal handlers: {err}")))?;
        Ok(tokio::spawn(async move {
            while let Some((number, name)) = signals.next().await {
                if stop.reason().is_none() {
                    stop.request(Reason::Signal(number, name));
                    ui.warn(format!(
                        "{name}: starting no more rows; the rows in flight finish and are \
                         recorded (send it again to cancel them)"
                    ));
                } else {
                    stop.cancel();
                    ui.warn(format!("{name}: cancelling the rows in flight"));
                }
            }
        }))
    }
}

#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
    hangup: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn install() -> std::io::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Self {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
            hangup: signal(SignalKind::hangup())?,
        })
    }

    async fn next(&mut self) -> Option<(u8, &'static str)> {
        tokio::select! {
            s = self.interrupt.recv() => s.map(|()| (2, "SIGINT")),
            s = self.terminate.recv() => s.map(|()| (15, "SIGTERM")),
            s = self.hangup.recv() => s.map(|()| (1, "SIGHUP")),
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn install() -> std::io::Result<Self> {
        Ok(Self)
    }

    async fn next(&mut self) -> Option<(u8, &'static str)> {
        tokio::signal::ctrl_c().await.ok().map(|()| (2, "Ctrl-C"))
    }
}
