//! The results file of a bulk run: a CSV journal while the run goes on, one row per input line
//! when it ends.
//!
//! While the run goes on, rows are appended as they finish, each one handed to the operating
//! system before the next can start, and a row's intent (`started`) is appended before its change
//! is sent; a process killed at any moment (even `kill -9`) leaves a file that `--resume`
//! understands, where the last row of each line wins. When the run ends, normally or by a
//! signal, the file is rewritten with one row per input line, in input order.
//!
//! Every write of the whole file goes to a securely created temporary file in the same
//! directory (`tempfile`), renamed over the target: a crash never leaves half a file. A path
//! naming a link, a device or a FIFO is refused before ([`crate::files`]), and the record is
//! locked for the whole run, so that two runs never write one record.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::output::{Column, Format, RecordWriter};

/// One row of an earlier results file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriorRow {
    pub line: u64,
    pub input: String,
    pub id: Option<i64>,
    pub outcome: String,
    pub message: String,
}

/// An open results file.
pub struct RecordFile {
    /// The lock of the record ([`crate::files::lock`]), held until the run ends.
    _lock: File,
    path: PathBuf,
    columns: Vec<Column>,
    writer: RecordWriter<File>,
}

impl RecordFile {
    /// Starts the record at `path`, whose `lock` the caller holds, with `rows` already in it.
    pub fn create(
        path: &Path,
        lock: File,
        columns: &[Column],
        rows: impl IntoIterator<Item = Value>,
    ) -> io::Result<Self> {
        let (file, tmp) = temp_file_beside(path)?.into_parts();
        let mut writer = RecordWriter::new(Format::Csv, columns, file);
        for row in rows {
            writer.write(&row)?;
        }
        tmp.persist(path).map_err(|err| err.error)?;
        Ok(Self {
            _lock: lock,
            path: path.to_owned(),
            columns: columns.to_vec(),
            writer,
        })
    }

    /// Appends one row and hands it to the operating system.
    pub fn append(&mut self, row: &Value) -> io::Result<()> {
        self.writer.write(row)
    }

    /// Replaces the journal with the final rows, one per input line; the journal stays in place
    /// until the new file is complete and on disk.
    pub fn finish(self, rows: impl IntoIterator<Item = Value>) -> io::Result<()> {
        self.writer.finish()?;
        let tmp = temp_file_beside(&self.path)?;
        let mut writer = RecordWriter::new(Format::Csv, &self.columns, tmp.as_file());
        for row in rows {
            writer.write(&row)?;
        }
        writer.finish()?;
        tmp.as_file().sync_all()?;
        tmp.persist(&self.path).map_err(|err| err.error)?;
        Ok(())
    }
}

/// A new file only this user can read, created exclusively (no link is followed) in the
/// directory of `path`, so that it can be renamed over `path`.
fn temp_file_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".crashplan-results-")
        .tempfile_in(dir)
}

/// Refuses to overwrite a file holding rows: it may be the record of an earlier run.
pub fn check_new(path: &Path) -> Result<(), String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() > 0 => Err(format!(
            "{} already exists and may be the record of an earlier run: continue that run with \
             --resume {0}, or remove the file or choose another name",
            path.display()
        )),
        Ok(meta) if meta.is_dir() => Err(format!("{} is a directory", path.display())),
        _ => Ok(()),
    }
}

/// Reads an earlier results file: its header and rows. Rows that cannot be read (the last one
/// of a killed run may be cut off) are left out: those lines count as never attempted.
pub fn read(path: &Path) -> Result<(Vec<String>, Vec<PriorRow>), String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|err| format!("cannot read the results file {}: {err}", path.display()))?;
    let header = reader
        .headers()
        .map_err(|err| format!("cannot read the results file {}: {err}", path.display()))?
        .clone();
    // The five result columns, then any input columns echoed (`bulk update|create`).
    let expected = ["line", "input", "", "outcome", "message"];
    let is_record = header.len() >= expected.len()
        && header
            .iter()
            .zip(expected)
            .all(|(got, want)| want.is_empty() || got == want);
    if !header.is_empty() && !is_record {
        return Err(format!(
            "{} is not a results file of `cpctl bulk` (its header is not line,input,...,outcome,message)",
            path.display()
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records().flatten() {
        let field = |i: usize| record.get(i).unwrap_or_default();
        if record.len() != header.len() {
            continue;
        }
        let Ok(line) = field(0).parse() else { continue };
        let id = match field(2) {
            "" => None,
            id => match id.parse() {
                Ok(id) => Some(id),
                Err(_) => continue,
            },
        };
        rows.push(PriorRow {
            line,
            input: field(1).to_owned(),
            id,
            outcome: field(3).to_owned(),
            message: field(4).to_owned(),
        });
    }
    Ok((header.iter().map(str::to_owned).collect(), rows))
}

/// Whether `a` and `b` name the same existing file (through links or different spellings).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
