//! The CSV input of `cpctl bulk`: one row per record, numbered by its physical line.

use std::io::Read;
use std::path::Path;

use crate::runner::RowInfo;

/// How a row names a user (the SDK's, which resolves it).
pub use crashplan::resources::UserRef;

/// One data row of the input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRow {
    /// 1-based physical line of the file where the row begins.
    pub line: u64,
    /// The row's value as written.
    pub input: String,
    /// The user it names, or why it names none.
    pub user: Result<UserRef, String>,
}

impl RowInfo for InputRow {
    fn line(&self) -> u64 {
        self.line
    }
    fn input(&self) -> &str {
        &self.input
    }
}

/// Whether `path` names standard input: `-`, or a path such as `/dev/stdin` that opens the
/// same file as descriptor 0.
pub fn is_stdin(path: &Path) -> bool {
    if path == Path::new("-") {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let stdin = std::io::stdin()
            .as_fd()
            .try_clone_to_owned()
            .map(std::fs::File::from)
            .and_then(|file| file.metadata());
        if let (Ok(stdin), Ok(file)) = (stdin, std::fs::metadata(path)) {
            return stdin.dev() == file.dev() && stdin.ino() == file.ino();
        }
    }
    false
}

/// The longest cell of an input file, in bytes: no id, email, name or field is longer.
pub const MAX_CELL_BYTES: usize = 8192;

/// The records of `path` (`-` for standard input), each with the physical line it begins on,
/// counted in the raw bytes so that CRLF line ends and blank lines (which the CSV reader skips)
/// do not shift the numbers.
pub fn read_records(path: &Path) -> Result<Vec<(u64, csv::StringRecord)>, String> {
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut file| file.read_to_end(&mut bytes))
    };
    read.map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let (mut counted, mut line) = (0usize, 1u64);
    let mut records = Vec::new();
    for record in reader.records() {
        let mut record = record.map_err(|err| format!("{}: {err}", path.display()))?;
        let mut start = record
            .position()
            .map_or(counted, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
            .clamp(counted, bytes.len());
        // The reader's position may point at the line ends (or blank lines) before the record.
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        line += bytes[counted..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64;
        counted = start;
        if let Some(cell) = record.iter().find(|c| c.len() > MAX_CELL_BYTES) {
            return Err(format!(
                "{}: line {line} has a cell of {} bytes ({}), more than {MAX_CELL_BYTES}: \
                 nothing was changed; fix the file",
                path.display(),
                cell.len(),
                crate::output::message_text(&crate::output::bounded(cell, 32))
            ));
        }
        // Trimming makes a new record without a position: only after the line is known.
        record.trim();
        records.push((line, record));
    }
    Ok(records)
}

/// Reads the rows of `path` (`-` for standard input). A header row naming a column `id`,
/// `email` or `username` selects that column; a header naming several of them (or one twice)
/// is refused unless `key` says which one names the user. Without a header, every row's first
/// field is an id (digits) or an email (has `@`). Rows that name no user are kept, with the
/// reason, so every input line gets a result.
pub fn read_rows(path: &Path, key: Option<&str>) -> Result<Vec<InputRow>, String> {
    Ok(read_keyed(path, key, &USER_KEYS, "user")?
        .into_iter()
        .map(|(line, input, kind)| {
            let user = parse_ref(&input, kind);
            InputRow { line, input, user }
        })
        .collect())
}

/// One data row of an input file naming a device (today's servers): by numeric id or GUID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    /// 1-based physical line of the file where the row begins.
    pub line: u64,
    /// The row's value as written: the device's id or GUID.
    pub input: String,
}

impl RowInfo for DeviceRow {
    fn line(&self) -> u64 {
        self.line
    }
    fn input(&self) -> &str {
        &self.input
    }
}

/// Reads the rows of `path` that name devices: a header row naming a column `id` or `guid`
/// selects that column (`key` when it names both), else every row's first field is an id or a
/// GUID. Empty rows are kept (their result says why nothing was done).
pub fn read_device_rows(path: &Path, key: Option<&str>) -> Result<Vec<DeviceRow>, String> {
    Ok(read_keyed(path, key, &DEVICE_KEYS, "device")?
        .into_iter()
        .map(|(line, input, _)| DeviceRow { line, input })
        .collect())
}

/// The rows of `path` as (line, the key column's value, the key's name or `auto` without a
/// header), the key column chosen among `keys` (see [`read_rows`]) for naming a `what`.
fn read_keyed(
    path: &Path,
    key: Option<&str>,
    keys: &[&'static str],
    what: &str,
) -> Result<Vec<(u64, String, &'static str)>, String> {
    let mut rows = Vec::new();
    let mut column: Option<(usize, &'static str)> = None;
    let mut first = true;
    for (line, record) in read_records(path)? {
        if first {
            first = false;
            column = header_column(&record, key, path, keys, what)?;
            if column.is_some() {
                continue;
            }
        }
        let (index, kind) = column.unwrap_or((0, "auto"));
        let input = record.get(index).unwrap_or_default().to_owned();
        rows.push((line, input, kind));
    }
    Ok(rows)
}

/// The key names a header row may use for users.
const USER_KEYS: [&str; 3] = ["id", "email", "username"];

/// The key names a header row may use for devices.
const DEVICE_KEYS: [&str; 2] = ["id", "guid"];

/// The column naming the `what`, if `record` is a header row (it names one of `keys`).
fn header_column(
    record: &csv::StringRecord,
    key: Option<&str>,
    path: &Path,
    keys: &[&'static str],
    what: &str,
) -> Result<Option<(usize, &'static str)>, String> {
    let found: Vec<(usize, &'static str)> = record
        .iter()
        .enumerate()
        .filter_map(|(i, field)| {
            keys.iter()
                .copied()
                .find(|k| field.trim().eq_ignore_ascii_case(k))
                .map(|k| (i, k))
        })
        .collect();
    if found.is_empty() {
        return match key {
            Some(key) => Err(format!(
                "--key {key}: {} has no header row naming a column `{key}`",
                path.display()
            )),
            None => Ok(None),
        };
    }
    let wanted: Vec<_> = found
        .iter()
        .filter(|(_, k)| key.is_none_or(|key| key == *k))
        .collect();
    let mut names: Vec<&str> = Vec::new();
    for (_, k) in &wanted {
        if !names.contains(k) {
            names.push(k);
        }
    }
    match (wanted.as_slice(), key) {
        ([one], _) => Ok(Some(**one)),
        ([], Some(key)) => Err(format!(
            "--key {key}: {} has no column `{key}` (its key columns: {})",
            path.display(),
            found.iter().map(|(_, k)| *k).collect::<Vec<_>>().join(", ")
        )),
        _ if names.len() == 1 => Err(format!(
            "{}: column `{}` appears twice: keep one",
            path.display(),
            names[0]
        )),
        _ => Err(format!(
            "{} has the columns {}: say which one names the {what} ({})",
            path.display(),
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(" and "),
            names
                .iter()
                .map(|n| format!("--key {n}"))
                .collect::<Vec<_>>()
                .join(" or ")
        )),
    }
}

fn parse_ref(value: &str, kind: &str) -> Result<UserRef, String> {
    if value.is_empty() {
        return Err("empty value: expected a user id or email".into());
    }
    match kind {
        "id" => value
            .parse()
            .map(UserRef::Id)
            .map_err(|_| format!("`{value}` is not a user id")),
        "email" => Ok(UserRef::Email(value.to_owned())),
        "username" => Ok(UserRef::Username(value.to_owned())),
        _ => match value.parse() {
            Ok(id) => Ok(UserRef::Id(id)),
            Err(_) if value.contains('@') => Ok(UserRef::Email(value.to_owned())),
            Err(_) => Err(format!(
                "`{value}` is neither a user id nor an email address"
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<InputRow> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("in.csv");
        std::fs::write(&path, text).expect("write");
        read_rows(&path, None).expect("reads")
    }

    #[test]
    fn headerless_rows_are_ids_or_emails_and_bad_rows_are_kept() {
        let rows = rows("67\nuserthree@testorg.org\nnot-a-user\n, extra\n");
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0].user, Ok(UserRef::Id(67)));
        assert_eq!(rows[0].line, 1);
        assert_eq!(
            rows[1].user,
            Ok(UserRef::Email("userthree@testorg.org".into()))
        );
        assert!(
            rows[2]
                .user
                .as_ref()
                .expect_err("bad")
                .contains("neither a user id")
        );
        assert!(rows[3].user.is_err());
        assert_eq!(rows[3].line, 4);
    }

    #[test]
    fn a_header_selects_the_column() {
        let rows = rows("name,Email\nOne,userone@testorg.org\nTwo,\n");
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0].user,
            Ok(UserRef::Email("userone@testorg.org".into()))
        );
        assert_eq!(rows[0].line, 2);
        assert!(rows[1].user.is_err());

        let rows = super::tests::rows("id\n67\nabc\n");
        assert_eq!(rows[0].user, Ok(UserRef::Id(67)));
        assert!(
            rows[1]
                .user
                .as_ref()
                .expect_err("bad")
                .contains("`abc` is not a user id")
        );
    }

    #[test]
    fn lines_are_physical_lines_despite_crlf_and_blank_lines() {
        let lines = |text: &str| rows(text).iter().map(|r| r.line).collect::<Vec<_>>();
        assert_eq!(lines("67\r\n68\r\n"), [1, 2]);
        assert_eq!(lines("id\n67\n\n\n68"), [2, 5]);
        assert_eq!(lines("id\r\n\r\n67\r\n\"68\"\r\n"), [3, 4]);
        assert_eq!(lines("\"a\nb@x\"\n69\n"), [1, 3]);
    }

    #[test]
    fn ambiguous_or_duplicate_key_columns_are_refused_unless_key_chooses() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("in.csv");
        let read = |text: &str, key| {
            std::fs::write(&path, text).expect("write");
            read_rows(&path, key)
        };
        let err = read("email,id\nuserone@testorg.org,5\n", None).expect_err("ambiguous");
        assert!(
            err.contains("`email` and `id`") && err.contains("--key email or --key id"),
            "{err}"
        );
        let err = read("email,Email\na@x,b@x\n", None).expect_err("twice");
        assert!(err.contains("column `email` appears twice"), "{err}");
        let err = read("email,email,id\na@x,b@x,5\n", Some("email")).expect_err("twice");
        assert!(err.contains("appears twice"), "{err}");
        let rows = read("email,id\nuserone@testorg.org,5\n", Some("email")).expect("chosen");
        assert_eq!(
            rows[0].user,
            Ok(UserRef::Email("userone@testorg.org".into()))
        );
        let rows = read("email,id\nuserone@testorg.org,5\n", Some("id")).expect("chosen");
        assert_eq!(rows[0].user, Ok(UserRef::Id(5)));
        let err = read("email\na@x\n", Some("id")).expect_err("no such column");
        assert!(
            err.contains("--key id") && err.contains("no column `id`"),
            "{err}"
        );
        let err = read("67\n", Some("id")).expect_err("no header");
        assert!(err.contains("no header row"), "{err}");
    }

    #[test]
    fn device_rows_take_an_id_or_guid_column_or_the_first_field() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("in.csv");
        let read = |text: &str, key| {
            std::fs::write(&path, text).expect("write");
            read_device_rows(&path, key)
        };
        let rows = read(
            "name,GUID
laptop,1043017702251888104
",
            None,
        )
        .expect("reads");
        assert_eq!(
            rows,
            [DeviceRow {
                line: 2,
                input: "1043017702251888104".into()
            }]
        );
        let rows = read(
            "88120
\n90544
",
            None,
        )
        .expect("reads");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].input, "88120");
        let err = read(
            "id,guid
1,2
",
            None,
        )
        .expect_err("ambiguous");
        assert!(
            err.contains("names the device") && err.contains("--key guid"),
            "{err}"
        );
        let rows = read(
            "id,guid
1,2
",
            Some("guid"),
        )
        .expect("chosen");
        assert_eq!(rows[0].input, "2");
    }

    #[test]
    fn a_missing_file_is_a_clear_error() {
        let err = read_rows(Path::new("/nonexistent/in.csv"), None).expect_err("missing");
        assert!(err.starts_with("cannot read /nonexistent/in.csv"), "{err}");
    }
}
