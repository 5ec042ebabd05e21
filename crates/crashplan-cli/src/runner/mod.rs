//! The bulk runner: one [`Operation`] over the rows of a CSV file, a few at a time, with a
//! record that survives anything.
//!
//! * Every output path is checked, and the results file created, before anything is changed
//!   ([`Plan::new`]); the input file is never overwritten.
//! * Each row's result is written and handed to the operating system as soon as it is known;
//!   a row's intent is written before its change is sent ([`Intent::note`]), so even after
//!   `kill -9` the file tells what may have happened, and `--resume` checks those rows with
//!   [`Operation::confirm`] before doing anything else.
//! * SIGINT, SIGTERM and SIGHUP stop the start of new rows; rows in flight finish (a second
//!   signal cancels them) and are recorded; rows never started are `not attempted`; the exit
//!   code is [`exit_signal`](crate::error::exit_signal) (128 + the signal number).
//! * `--resume RESULTS` skips the rows an earlier run recorded as done.
//!
//! The runner knows nothing of users or orgs: `bulk deactivate|reactivate` (and the commands
//! that change or create records from a CSV file) are each one [`Operation`].

mod record;
mod stop;

use std::io::{BufWriter, Stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use futures::StreamExt;
use serde_json::{Value, json};

use crate::cli::{BulkArgs, ConnectionArgs};
use crate::csv_input::is_stdin;
use crate::error::CliError;
use crate::output::{Format, RecordWriter, neutralise_formula};
use crate::ui::Ui;
use record::RecordFile;
use stop::{Reason, Stop};

/// Outcome of a row whose request failed, or that names nothing.
pub const ERROR: &str = "error";
/// Outcome recorded just before a row's change is sent; replaced by the row's result.
pub const STARTED: &str = "started";
/// Outcome of a row cancelled while its change was being sent: `--resume` checks it.
pub const INTERRUPTED: &str = "interrupted";
/// Outcome of a row the run never started.
pub const NOT_ATTEMPTED: &str = "not attempted";

/// What the runner needs to know of an input row.
pub trait RowInfo {
    /// The physical line of the input where the row begins.
    fn line(&self) -> u64;
    /// The row's text for the `input` column.
    fn input(&self) -> &str;
    /// The row's other input cells, `(column, value)`, echoed beside the results in the
    /// columns [`Plan::with_echo`] was given (secrets already masked).
    fn echo(&self) -> &[(String, String)] {
        &[]
    }
}

/// What happened to one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// One of the operation's outcomes, or [`ERROR`].
    pub outcome: String,
    /// The id of the record the row is about, once known.
    pub id: Option<i64>,
    /// Details for people.
    pub message: String,
}

impl Outcome {
    pub fn new(outcome: &str, id: Option<i64>, message: impl Into<String>) -> Self {
        let message = message.into();
        Self {
            outcome: outcome.to_owned(),
            id,
            // A message quoting a huge input cell or server answer stays readable.
            message: crate::output::bounded(&message, crate::output::MAX_MESSAGE_CHARS)
                .into_owned(),
        }
    }

    pub fn error(id: Option<i64>, message: impl Into<String>) -> Self {
        Self::new(ERROR, id, message)
    }

    fn in_doubt(&self) -> bool {
        self.outcome == STARTED || self.outcome == INTERRUPTED
    }
}

/// One bulk operation: what is done to a row, and how to tell afterwards whether it was done.
pub trait Operation {
    /// An input row.
    type Row: RowInfo;
    /// The id column of the results: its CSV header and JSON key, e.g. `("user_id", "userId")`.
    const ID_COLUMN: (&'static str, &'static str);
    /// Outcomes that mean a row is done: `--resume` skips rows recorded with one of them.
    const DONE: &'static [&'static str];
    /// The operation's other outcomes (those of `--dry-run`, which `--resume` does again).
    const OTHER: &'static [&'static str];

    /// Whether a row recorded with `outcome` and `message` can come from this operation (for
    /// outcomes that several commands report, e.g. `unchanged`): `--resume` refuses a record
    /// of another command.
    fn recorded_here(_outcome: &str, _message: &str) -> bool {
        true
    }

    /// What the progress bar says, e.g. `updating`.
    fn verb(&self) -> &'static str;

    /// Does the row. Must call [`Intent::note`] right before sending a change, and send
    /// nothing if it fails.
    async fn apply(&self, row: &Self::Row, intent: &Intent<'_>) -> Outcome;

    /// For a row whose change an interrupted run may have sent (`id` as it recorded it): the
    /// outcome if the change is in place on the server, `None` to do the row again with
    /// [`apply`](Self::apply).
    async fn confirm(&self, row: &Self::Row, id: Option<i64>) -> Option<Outcome>;
}

/// Where results go.
enum Sink {
    /// `--results FILE` (or the `--resume` file).
    File(RecordFile),
    /// Standard output, in `--format`.
    Stdout(RecordWriter<BufWriter<Stdout>>),
    /// Standard output, after its reader went away.
    Closed,
}

/// A checked bulk run, ready to start once connected.
pub struct Plan<R> {
    rows: Vec<R>,
    /// Per row: what an earlier run recorded (done or in doubt), else `None`.
    slots: Vec<Option<Outcome>>,
    sink: Sink,
    path: Option<PathBuf>,
    /// Whether the results file was created by this plan and holds no row yet.
    fresh: bool,
}

/// Refuses the combinations that would lose input or results; call before connecting (the
/// password would be read from standard input).
pub fn check_paths(args: &BulkArgs, connection: &ConnectionArgs) -> Result<(), CliError> {
    if is_stdin(&args.csv) && (connection.password_stdin || connection.token_stdin) {
        let flag = if connection.password_stdin {
            "--password-stdin"
        } else {
            "--token-stdin"
        };
        return Err(CliError::Usage(format!(
            "--csv {} reads the rows from standard input, and so does {flag}: give the rows in a \
             file, or the secret in the environment or a profile",
            args.csv.display()
        )));
    }
    for (flag, path) in [("--results", &args.results), ("--resume", &args.resume)] {
        if let Some(path) = path {
            crate::files::check_regular(flag, path).map_err(CliError::Usage)?;
        }
        if let Some(path) = path
            && (path == &args.csv || record::same_file(path, &args.csv))
        {
            return Err(CliError::Usage(format!(
                "{flag} {} is the input file (--csv): the results would overwrite it; choose \
                 another file for the results",
                path.display()
            )));
        }
    }
    Ok(())
}

impl<R: RowInfo> Plan<R> {
    /// The input rows.
    pub fn rows(&self) -> &[R] {
        &self.rows
    }

    /// Reads the `--resume` record, checks that it belongs to these rows, and creates the
    /// results file, so that a bad path is found before anything is changed.
    pub fn new<O: Operation<Row = R>>(
        args: &BulkArgs,
        rows: Vec<R>,
        format: Format,
    ) -> Result<Self, CliError> {
        Self::with_echo::<O>(args, rows, format, &[])
    }

    /// [`Plan::new`], with the input's `echo` columns after the result columns (each row's
    /// values from [`RowInfo::echo`]).
    pub fn with_echo<O: Operation<Row = R>>(
        args: &BulkArgs,
        rows: Vec<R>,
        format: Format,
        echo: &[String],
    ) -> Result<Self, CliError> {
        let mut columns = crate::columns![
            ("line", "line"),
            ("input", "input"),
            (O::ID_COLUMN.0, O::ID_COLUMN.1),
            ("outcome", "outcome"),
            ("message", "message"),
        ]
        .to_vec();
        columns.extend(echo.iter().map(|name| crate::output::Column {
            header: name.clone().into(),
            field: name.clone().into(),
        }));
        let mut slots: Vec<Option<Outcome>> = rows.iter().map(|_| None).collect();
        if let Some(resume) = &args.resume {
            resume_from::<O>(resume, &rows, &columns, &mut slots)?;
        }
        let path = args.results.clone().or_else(|| args.resume.clone());
        let mut fresh = false;
        let sink = match &path {
            Some(path) => {
                let lock = match crate::files::lock(path, false) {
                    Ok(Some(lock)) => lock,
                    Ok(None) => {
                        return Err(CliError::Usage(format!(
                            "another bulk run is writing the results file {}: wait for it to \
                             end, or choose another --results",
                            path.display()
                        )));
                    }
                    Err(err) => {
                        return Err(CliError::Usage(format!(
                            "cannot create the results file {}: {err}; nothing was changed",
                            path.display()
                        )));
                    }
                };
                let continuing = args
                    .resume
                    .as_ref()
                    .is_some_and(|r| r == path || record::same_file(r, path));
                if !continuing {
                    record::check_new(path).map_err(CliError::Usage)?;
                }
                fresh = !continuing && slots.iter().all(Option::is_none);
                let carried = rows
                    .iter()
                    .zip(&slots)
                    .filter_map(|(row, slot)| slot.as_ref().map(|o| row_json::<O>(row, o)));
                Sink::File(
                    RecordFile::create(path, lock, &columns, carried).map_err(|err| {
                        CliError::Usage(format!(
                            "cannot create the results file {}: {err}; nothing was changed",
                            path.display()
                        ))
                    })?,
                )
            }
            None => Sink::Stdout(RecordWriter::new(
                format,
                &columns,
                BufWriter::new(std::io::stdout()),
            )),
        };
        Ok(Self {
            rows,
            slots,
            sink,
            path,
            fresh,
        })
    }

    /// Gives the plan up before any row was started (a usage error found once connected):
    /// a results file this plan created, still without rows, is removed, so that the same
    /// command can be run again as it was.
    pub fn discard(self) {
        if let (true, Sink::File(file), Some(path)) = (self.fresh, self.sink, &self.path) {
            // Removed while the record's lock is held, then the lock is let go.
            let _ = std::fs::remove_file(path);
            drop(file);
        }
    }
}

/// Fills `slots` from an earlier record: the last row of each line wins; rows recorded as done
/// or in doubt are kept, the others (errors, dry runs, never attempted) are done again.
fn resume_from<O: Operation>(
    path: &Path,
    rows: &[O::Row],
    columns: &[crate::output::Column],
    slots: &mut [Option<Outcome>],
) -> Result<(), CliError> {
    let (header, prior) = record::read(path).map_err(CliError::Usage)?;
    let ours: Vec<&str> = columns.iter().map(|c| c.header.as_ref()).collect();
    if !header.is_empty() && header != ours {
        return Err(CliError::Usage(format!(
            "{} is the record of another command or input (its columns are {}, this run's \
             are {}): resume with the same command and --csv file",
            path.display(),
            header.join(","),
            ours.join(",")
        )));
    }
    let index: std::collections::HashMap<u64, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| (row.line(), i))
        .collect();
    let mismatch = |what: String| {
        CliError::Usage(format!(
            "{} is not a record of this input: {what}; resume with the same --csv file and command",
            path.display()
        ))
    };
    for row in prior {
        let Some(&i) = index.get(&row.line) else {
            return Err(mismatch(format!(
                "the input has no row on line {}",
                row.line
            )));
        };
        let input = rows[i].input();
        if row.input != input && row.input != neutralise_formula(input) {
            return Err(mismatch(format!(
                "line {} is `{}` there and `{input}` in the input",
                row.line, row.input
            )));
        }
        let known = [ERROR, STARTED, INTERRUPTED, NOT_ATTEMPTED]
            .iter()
            .chain(O::DONE)
            .chain(O::OTHER)
            .any(|o| *o == row.outcome);
        if !known || !O::recorded_here(&row.outcome, &row.message) {
            return Err(mismatch(format!(
                "line {} has the outcome `{}` ({}), which this command does not report",
                row.line, row.outcome, row.message
            )));
        }
        slots[i] = Some(Outcome::new(&row.outcome, row.id, row.message));
    }
    for slot in slots.iter_mut() {
        let keep = slot
            .as_ref()
            .is_some_and(|o| o.in_doubt() || O::DONE.contains(&o.outcome.as_str()));
        if !keep {
            *slot = None;
        }
    }
    Ok(())
}

fn row_json<O: Operation>(row: &O::Row, outcome: &Outcome) -> Value {
    let mut value = json!({
        "line": row.line(),
        "input": row.input(),
        "outcome": outcome.outcome,
        "message": outcome.message,
    });
    value[O::ID_COLUMN.1] = json!(outcome.id);
    if let Value::Object(map) = &mut value {
        for (column, cell) in row.echo() {
            let path: Vec<&str> = column.split('.').collect();
            crate::args::insert(map, &path, json!(cell));
        }
    }
    value
}

/// What the rows in flight share.
struct Shared {
    sink: Sink,
    slots: Vec<Option<Outcome>>,
    /// Why the record could not be written, if it could not.
    failure: Option<String>,
}

impl Shared {
    /// Records `outcome` for row `i` and writes it out.
    fn record(&mut self, i: usize, row: Value, outcome: Outcome) -> Result<(), Reason> {
        self.slots[i] = Some(outcome);
        let written = match &mut self.sink {
            Sink::File(file) => file.append(&row),
            Sink::Stdout(out) => out.write(&row),
            Sink::Closed => return Ok(()),
        };
        match written {
            Ok(()) => Ok(()),
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {
                self.sink = Sink::Closed;
                Err(Reason::BrokenPipe)
            }
            Err(err) => {
                self.failure.get_or_insert_with(|| err.to_string());
                Err(Reason::RecordFailed)
            }
        }
    }
}

/// Handed to [`Operation::apply`] to note a row's intent before its change is sent.
pub struct Intent<'a> {
    shared: &'a Mutex<Shared>,
    stop: &'a Stop,
    index: usize,
    /// The row's results row; its outcome and id are filled in by `note`.
    row: Value,
    id_key: &'static str,
}

impl Intent<'_> {
    /// Records that the change of this row (about record `id`) is about to be sent. On an
    /// error the change must not be sent: the returned outcome says why.
    pub fn note(&self, id: Option<i64>) -> Result<(), Outcome> {
        let mut shared = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        if shared.failure.is_some() {
            return Err(Outcome::error(
                id,
                "not sent: the results file cannot be written",
            ));
        }
        let started = Outcome::new(STARTED, id, "");
        let mut row = self.row.clone();
        row["outcome"] = json!(STARTED);
        row[self.id_key] = json!(id);
        let written = match &mut shared.sink {
            Sink::File(file) => file.append(&row),
            Sink::Stdout(_) | Sink::Closed => Ok(()),
        };
        match written {
            Ok(()) => {
                shared.slots[self.index] = Some(started);
                Ok(())
            }
            Err(err) => {
                shared.failure.get_or_insert_with(|| err.to_string());
                drop(shared);
                self.stop.request(Reason::RecordFailed);
                Err(Outcome::error(
                    id,
                    format!("not sent: cannot write the results file: {err}"),
                ))
            }
        }
    }
}

/// Runs `op` over the planned rows, `concurrency` at a time; returns the exit code (see the
/// module documentation).
pub async fn run<O: Operation>(
    ui: &Ui,
    op: &O,
    plan: Plan<O::Row>,
    concurrency: usize,
) -> Result<ExitCode, CliError> {
    let Plan {
        rows,
        slots,
        sink,
        path,
        fresh: _,
    } = plan;
    let total = rows.len();
    let pending: Vec<usize> = (0..total)
        .filter(|&i| {
            !slots[i]
                .as_ref()
                .is_some_and(|o| O::DONE.contains(&o.outcome.as_str()))
        })
        .collect();
    let in_doubt: Vec<Option<Option<i64>>> = slots
        .iter()
        .map(|slot| slot.as_ref().filter(|o| o.in_doubt()).map(|o| o.id))
        .collect();
    let shared = Mutex::new(Shared {
        sink,
        slots,
        failure: None,
    });
    let stop = Stop::new();
    let listener = stop.listen(*ui)?;
    let bar = ui.progress(total, op.verb());
    bar.set_position((total - pending.len()) as u64);

    // Rows whose result went out in this run (stdout gets the others at the end).
    let mut written = vec![false; total];
    {
        let (shared, stop, rows, in_doubt) = (&shared, &stop, &rows, &in_doubt);
        let running = futures::stream::iter(pending)
            .take_until(stop.stopped())
            .map(|i| async move {
                let row = &rows[i];
                let intent = Intent {
                    shared,
                    stop,
                    index: i,
                    row: row_json::<O>(row, &Outcome::new("", None, "")),
                    id_key: O::ID_COLUMN.1,
                };
                let confirmed = match in_doubt[i] {
                    Some(id) => op.confirm(row, id).await,
                    None => None,
                };
                let outcome = match confirmed {
                    Some(outcome) => outcome,
                    None => op.apply(row, &intent).await,
                };
                (i, outcome)
            })
            .buffer_unordered(concurrency.max(1));
        let mut running = std::pin::pin!(running);
        let mut cancelled = std::pin::pin!(stop.cancelled());
        loop {
            let next = tokio::select! {
                biased;
                () = &mut cancelled => None,
                next = running.next() => next,
            };
            let Some((i, outcome)) = next else { break };
            let row = row_json::<O>(&rows[i], &outcome);
            let recorded = shared
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .record(i, row, outcome);
            written[i] = true;
            if let Err(reason) = recorded {
                stop.request(reason);
            }
            bar.inc(1);
        }
    }
    listener.abort();
    bar.finish_and_clear();

    let Shared {
        sink,
        slots,
        failure,
    } = shared.into_inner().unwrap_or_else(|e| e.into_inner());
    let reason = stop.reason();
    let outcomes: Vec<Outcome> = slots
        .into_iter()
        .map(|slot| match slot {
            Some(o) if o.in_doubt() => Outcome::new(
                INTERRUPTED,
                o.id,
                "cancelled after its change may have been sent: --resume checks it",
            ),
            Some(o) => o,
            None => Outcome::new(
                NOT_ATTEMPTED,
                None,
                reason.map(Reason::not_attempted).unwrap_or_default(),
            ),
        })
        .collect();
    let finished = match sink {
        Sink::File(file) => file.finish(
            rows.iter()
                .zip(&outcomes)
                .map(|(row, o)| row_json::<O>(row, o)),
        ),
        Sink::Stdout(mut out) => rows
            .iter()
            .zip(&outcomes)
            .zip(&written)
            .filter(|(_, written)| !**written)
            .try_for_each(|((row, o), _)| out.write(&row_json::<O>(row, o)))
            .and_then(|()| out.finish()),
        Sink::Closed => Ok(()),
    };
    summarize(ui, &outcomes, reason, failure, path.as_deref(), finished)
}

/// Prints the counts and picks the exit code.
fn summarize(
    ui: &Ui,
    outcomes: &[Outcome],
    reason: Option<Reason>,
    failure: Option<String>,
    path: Option<&Path>,
    finished: std::io::Result<()>,
) -> Result<ExitCode, CliError> {
    let count = |name: &str| outcomes.iter().filter(|o| o.outcome == name).count();
    let (failed, interrupted, skipped) = (count(ERROR), count(INTERRUPTED), count(NOT_ATTEMPTED));
    let total = outcomes.len();
    let mut summary = format!(
        "{total} rows, {} ok, {failed} failed",
        total - failed - interrupted - skipped
    );
    if interrupted > 0 {
        summary.push_str(&format!(", {interrupted} interrupted"));
    }
    if skipped > 0 {
        summary.push_str(&format!(", {skipped} not attempted"));
    }
    ui.info(summary);
    let resume = path
        .map(|p| format!("; continue with --resume {}", p.display()))
        .unwrap_or_default();
    if let Some(err) = failure {
        return Err(CliError::Io(format!(
            "cannot write the results file: {err}; no row was started after that{resume}"
        )));
    }
    match finished {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(err) => {
            return Err(CliError::Io(format!(
                "cannot write the results: {err}{resume}"
            )));
        }
        Ok(()) => {}
    }
    match reason {
        Some(Reason::Signal(number, name)) => {
            ui.warn(format!("stopped by {name}{resume}"));
            Ok(crate::error::exit_signal(number))
        }
        Some(Reason::BrokenPipe) => Err(CliError::Partial(format!(
            "standard output was closed: {failed} rows failed and {skipped} were not attempted; \
             use --results FILE to keep the record"
        ))),
        Some(Reason::RecordFailed) | None if failed + interrupted + skipped > 0 => {
            Err(CliError::Partial(format!(
                "{} of {total} rows were not done; see the outcome and message columns of the \
                 results{resume}",
                failed + interrupted + skipped
            )))
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}
