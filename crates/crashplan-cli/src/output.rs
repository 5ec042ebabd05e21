//! Records on stdout as a table, JSON, JSON lines or CSV.
//!
//! Lists are written as they stream (JSON lines and CSV keep memory flat; a table is laid out once
//! every row is known). Human messages never go to stdout: see `crate::ui`.
//!
//! Server data cannot attack the reader: table cells show control characters escaped
//! ([`terminal_text`]), and CSV cells that a spreadsheet would run as a formula get a `'` in
//! front ([`csv_cell`]) unless `--raw-csv` asked for the data as sent.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use comfy_table::{ContentArrangement, Table, presets};
use crashplan::api::spec::Type;
use serde::Serialize;
use serde_json::Value;

/// How records are printed on stdout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned table with the main columns (the default on a terminal).
    Table,
    /// One JSON array with every field (a list's items as the server sent them, one a line).
    Json,
    /// One JSON object per line with every field, a list's items as the server sent them
    /// (the default when stdout is not a terminal).
    Jsonl,
    /// CSV with a header row and the main columns.
    Csv,
}

impl Format {
    /// The default format: a table on a terminal, JSON lines when piped.
    pub fn default_for(stdout_is_terminal: bool) -> Self {
        if stdout_is_terminal {
            Self::Table
        } else {
            Self::Jsonl
        }
    }
}

/// A column of a table or CSV: a header and the JSON field it shows (`quota.bytes` for nested).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Header text.
    pub header: Cow<'static, str>,
    /// JSON field name, dotted for nested objects.
    pub field: Cow<'static, str>,
}

impl Column {
    /// The columns of a schema of the spec: every field that is not write-only, nested ones
    /// dotted (`quota.bytes`), in the spec's order, each headed by its name.
    pub fn of_schema(schema: &str) -> Vec<Column> {
        let Some(schema) = crashplan::api::spec::API.schema(schema) else {
            return Vec::new();
        };
        schema
            .fields()
            .into_iter()
            .filter(|(_, p)| {
                !p.write_only && !p.secret && !matches!(p.ty, Type::Object(_) | Type::Map)
            })
            .map(|(name, _)| Column {
                header: Cow::Owned(name.clone()),
                field: Cow::Owned(name),
            })
            .collect()
    }
}

/// `--columns`: the columns of `available` named in `names` (field names or headers, any
/// case, dotted for nested fields), in the order of `names`; an unknown name is an error that
/// lists the valid ones.
pub fn pick(available: &[Column], names: &[String]) -> Result<Vec<Column>, String> {
    names
        .iter()
        .map(|name| {
            let name = name.trim();
            available
                .iter()
                .find(|c| c.field.eq_ignore_ascii_case(name))
                .or_else(|| {
                    available
                        .iter()
                        .find(|c| c.header.eq_ignore_ascii_case(name))
                })
                .cloned()
                .ok_or_else(|| {
                    let valid: Vec<&str> = available.iter().map(|c| c.field.as_ref()).collect();
                    format!(
                        "--columns: unknown field `{name}`; valid fields here: {}",
                        valid.join(", ")
                    )
                })
        })
        .collect()
}

/// `--columns` for a single record: the columns of its fields named in `names`, in that
/// order; an unknown name is an error that lists the record's fields.
pub fn record_columns(record: &Value, names: &[String]) -> Result<Vec<Column>, String> {
    let available: Vec<Column> = flatten(record)
        .into_iter()
        .map(|(name, _)| Column {
            header: Cow::Owned(name.clone()),
            field: Cow::Owned(name),
        })
        .collect();
    pick(&available, names)
}

/// Shorthand for a list of columns: `columns![("ID", "id"), ("Email", "email")]`.
#[macro_export]
macro_rules! columns {
    ($(($header:expr, $field:expr)),* $(,)?) => {
        &[$($crate::output::Column {
            header: std::borrow::Cow::Borrowed($header),
            field: std::borrow::Cow::Borrowed($field),
        }),*]
    };
}

/// Writes a stream of records in one format.
pub struct RecordWriter<W: Write> {
    columns: Vec<Column>,
    sink: Sink<W>,
    count: usize,
}

enum Sink<W: Write> {
    Table(Table, W),
    Csv(csv::Writer<W>),
    Json(W),
    Jsonl(W),
}

impl<W: Write> RecordWriter<W> {
    /// A writer for records shown with `columns` (tables and CSV; JSON shows every field).
    pub fn new(format: Format, columns: &[Column], out: W) -> Self {
        let sink = match format {
            Format::Table => {
                let mut table = new_table();
                table.set_header(columns.iter().map(|c| c.header.as_ref()));
                Sink::Table(table, out)
            }
            Format::Csv => Sink::Csv(csv::Writer::from_writer(out)),
            Format::Json => Sink::Json(out),
            Format::Jsonl => Sink::Jsonl(out),
        };
        Self {
            columns: columns.to_vec(),
            sink,
            count: 0,
        }
    }

    /// Writes one record: a typed record of the API (with its unknown properties) or a JSON
    /// object. JSON and JSON lines are serialized straight into the output, with no
    /// intermediate `serde_json::Value`; tables and CSV pick their columns from the record's
    /// JSON form.
    pub fn write<T: Serialize + ?Sized>(&mut self, record: &T) -> io::Result<()> {
        match &mut self.sink {
            Sink::Table(table, _) => {
                let record = serde_json::to_value(record)?;
                let cells = self.columns.iter().map(|c| cell(&record, &c.field));
                table.add_row(cells.map(|c| terminal_text(&c).into_owned()));
            }
            Sink::Csv(csv) => {
                if self.count == 0 {
                    csv.write_record(self.columns.iter().map(|c| c.header.as_ref()))?;
                }
                let record = serde_json::to_value(record)?;
                let cells = self.columns.iter().map(|c| cell(&record, &c.field));
                csv.write_record(cells.map(|c| csv_cell(&c).into_owned()))?;
                csv.flush()?;
            }
            Sink::Json(out) => {
                out.write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut *out, record)?;
            }
            Sink::Jsonl(out) => {
                serde_json::to_writer(&mut *out, record)?;
                out.write_all(b"\n")?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Writes one record given as its JSON text (a list item as the server sent it, see
    /// `List::raw_items`): JSON and JSON lines copy the text, on one line; tables and CSV
    /// parse it for their columns.
    pub fn write_raw(&mut self, json: &[u8]) -> io::Result<()> {
        match &mut self.sink {
            Sink::Json(out) => {
                out.write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
                out.write_all(&one_line(json))?;
            }
            Sink::Jsonl(out) => {
                out.write_all(&one_line(json))?;
                out.write_all(b"\n")?;
            }
            Sink::Table(..) | Sink::Csv(_) => {
                let record: Value = serde_json::from_slice(json)?;
                return self.write(&record);
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Number of records written so far.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Ends the output (prints the table, closes the JSON array).
    pub fn finish(self) -> io::Result<()> {
        match self.sink {
            Sink::Table(table, mut out) => {
                writeln!(out, "{table}")?;
                out.flush()
            }
            Sink::Csv(mut csv) => {
                if self.count == 0 {
                    csv.write_record(self.columns.iter().map(|c| c.header.as_ref()))?;
                }
                csv.flush()
            }
            Sink::Json(mut out) => {
                out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
                out.flush()
            }
            Sink::Jsonl(mut out) => out.flush(),
        }
    }
}

/// The JSON text `json` on one line: as it is when it has no line break (JSON allows none
/// inside strings, so that is the common case, found with one `memchr` pass), else without
/// the whitespace between its tokens. Hand-written because a JSON crate would decode and
/// encode the numbers (losing digits) or the keys (losing their order): this only drops
/// whitespace outside strings.
pub fn one_line(json: &[u8]) -> Cow<'_, [u8]> {
    if memchr::memchr2(b'\n', b'\r', json).is_none() {
        return Cow::Borrowed(json);
    }
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in json {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        } else if b == b'"' {
            in_string = true;
        }
        out.push(b);
    }
    Cow::Owned(out)
}

/// Writes a single record: a two-column field/value table, or the record as JSON/CSV.
pub fn write_one(format: Format, record: &Value, mut out: impl Write) -> io::Result<()> {
    let fields = flatten(record);
    match format {
        Format::Table => {
            let mut table = new_table();
            table.set_header(["Field", "Value"]);
            for (name, value) in &fields {
                table.add_row([terminal_text(name), terminal_text(value)]);
            }
            writeln!(out, "{table}")?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, record)?;
            out.write_all(b"\n")?;
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut out, record)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(fields.iter().map(|(name, _)| csv_cell(name).into_owned()))?;
            csv.write_record(fields.iter().map(|(_, value)| csv_cell(value).into_owned()))?;
            csv.flush()?;
        }
    }
    out.flush()
}

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table
}

/// The text of `field` (dotted path) in `record`: strings as they are, `null`/absent empty,
/// lists comma-separated.
pub fn cell(record: &Value, field: &str) -> String {
    let value = field
        .split('.')
        .try_fold(record, |v, key| v.get(key))
        .unwrap_or(&Value::Null);
    text(value)
}

fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// `--raw-csv`: write CSV cells exactly as the server sent them.
static RAW_CSV: AtomicBool = AtomicBool::new(false);

/// Turns the neutralisation of formula-like CSV cells off (`true`) or on (the default).
pub fn set_raw_csv(raw: bool) {
    RAW_CSV.store(raw, Ordering::Relaxed);
}

/// A CSV cell that a spreadsheet will not run: text beginning with `=`, `+`, `-`, `@`, tab or
/// carriage return gets a `'` in front (OWASP's advice against CSV injection), unless it is a
/// plain number such as `-5` or `+2.5`, or `--raw-csv` is in force.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if RAW_CSV.load(Ordering::Relaxed) {
        return Cow::Borrowed(text);
    }
    neutralise_formula(text)
}

/// [`csv_cell`] whatever `--raw-csv` says.
pub fn neutralise_formula(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if !risky || is_plain_number(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("'{text}"))
}

fn is_plain_number(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
        && text.parse::<f64>().is_ok()
}

/// Text safe to show on a terminal: control characters (ESC, CR, newlines, ...) and the
/// bidirectional overrides that reorder what is shown appear escaped, e.g. `\u{1b}`.
pub fn terminal_text(text: &str) -> Cow<'_, str> {
    terminal_text_keeping(text, &[])
}

/// [`terminal_text`] that leaves the characters of `keep` (e.g. `\n` in messages) as they are.
pub fn terminal_text_keeping<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    let unsafe_char = |c: char| {
        !keep.contains(&c)
            && (c.is_control()
                || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    };
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The most characters of a message that quotes input or server data (an error's summary, a
/// row's outcome); the rest is left out, saying how much.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// `text` cut to `max` characters, saying how many were left out.
pub fn bounded(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!(
            "{}... ({} more characters not shown)",
            &text[..end],
            text[end..].chars().count()
        )),
    }
}

/// A sentence quoting server or input data, safe on one line: every control character
/// escaped, newlines included, and cut to [`MAX_MESSAGE_CHARS`].
pub fn message_text(text: &str) -> String {
    terminal_text(&bounded(text, MAX_MESSAGE_CHARS)).into_owned()
}

/// `(dotted name, text)` of every scalar field, in the record's order.
fn flatten(record: &Value) -> Vec<(String, String)> {
    fn walk(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let name = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    walk(&name, child, out);
                }
            }
            other => out.push((prefix.to_owned(), text(other))),
        }
    }
    let mut out = Vec::new();
    walk("", record, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const COLUMNS: &[Column] = columns![("ID", "id"), ("Email", "email"), ("Quota", "quota.bytes")];

    fn render(format: Format, records: &[Value]) -> String {
        let mut out = Vec::new();
        let mut writer = RecordWriter::new(format, COLUMNS, &mut out);
        for record in records {
            writer.write(record).expect("write");
        }
        writer.finish().expect("finish");
        String::from_utf8(out).expect("utf-8")
    }

    fn records() -> Vec<Value> {
        vec![
            json!({"id": 67, "email": "userone@testorg.org", "quota": {"bytes": 150}}),
            json!({"id": 68, "email": "a,\"b\"", "alertStates": ["OK", "WARN"]}),
        ]
    }

    #[test]
    fn csv_quotes_and_flattens() {
        assert_eq!(
            render(Format::Csv, &records()),
            "ID,Email,Quota\n67,userone@testorg.org,150\n68,\"a,\"\"b\"\"\",\n"
        );
        assert_eq!(render(Format::Csv, &[]), "ID,Email,Quota\n");
    }

    #[test]
    fn json_and_jsonl_keep_every_field() {
        let json = render(Format::Json, &records());
        let parsed: Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(parsed, Value::Array(records()));
        assert_eq!(render(Format::Json, &[]), "[]\n");
        let lines = render(Format::Jsonl, &records());
        assert_eq!(lines.lines().count(), 2);
        assert!(lines.contains("\"alertStates\":[\"OK\",\"WARN\"]"));
    }

    #[test]
    fn raw_records_are_copied_on_one_line() {
        let pretty = "{\n  \"z\": 1.50,\r\n  \"a\": [ 18446744073709551617, \"x y\\\" \\\\\" ]\n}";
        let flat = r#"{"z":1.50,"a":[18446744073709551617,"x y\" \\"]}"#;
        assert_eq!(one_line(pretty.as_bytes()).as_ref(), flat.as_bytes());
        let spaced = r#"{"id": 1, "name": "a  b"}"#;
        assert!(matches!(one_line(spaced.as_bytes()), Cow::Borrowed(_)));
        for format in [Format::Jsonl, Format::Json] {
            let mut out = Vec::new();
            let mut writer = RecordWriter::new(format, COLUMNS, &mut out);
            writer.write_raw(pretty.as_bytes()).expect("write");
            writer.write_raw(spaced.as_bytes()).expect("write");
            writer.finish().expect("finish");
            let text = String::from_utf8(out).expect("utf-8");
            let expected = match format {
                Format::Jsonl => format!("{flat}\n{spaced}\n"),
                _ => format!("[\n  {flat},\n  {spaced}\n]\n"),
            };
            assert_eq!(text, expected);
        }
        let mut out = Vec::new();
        let mut writer = RecordWriter::new(Format::Csv, COLUMNS, &mut out);
        writer
            .write_raw(br#"{"email":"=1+1","id":7}"#)
            .expect("write");
        writer.finish().expect("finish");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "ID,Email,Quota\n7,'=1+1,\n"
        );
    }

    #[test]
    fn table_shows_columns() {
        let table = render(Format::Table, &records());
        assert!(table.contains("ID"), "{table}");
        assert!(table.contains("userone@testorg.org"), "{table}");
        assert!(table.contains("150"), "{table}");
    }

    #[test]
    fn formulas_are_neutralised_in_csv_and_control_characters_escaped_in_tables() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-5", "-5"),
            ("+2.5", "+2.5"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(csv_cell(cell), safe, "{cell:?}");
        }
        assert_eq!(terminal_text("\u{1b}[31mred\r"), "\\u{1b}[31mred\\r");
        assert_eq!(terminal_text("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(terminal_text("plain é"), "plain é");
        assert_eq!(terminal_text_keeping("a\nb\u{7}", &['\n']), "a\nb\\u{7}");
    }

    #[test]
    fn schema_columns_come_from_the_spec() {
        let fields: Vec<_> = Column::of_schema("UserDetail")
            .into_iter()
            .map(|c| c.field.into_owned())
            .collect();
        assert_eq!(fields.first().map(String::as_str), Some("id"));
        assert!(fields.iter().any(|f| f == "quota.bytes"), "{fields:?}");
        assert!(!fields.iter().any(|f| f == "quota"), "{fields:?}");
        assert!(
            Column::of_schema("UserCreate")
                .iter()
                .all(|c| c.field != "password")
        );
    }

    #[test]
    fn single_records_are_flattened_for_tables_and_csv() {
        let record = json!({"id": 69, "quota": {"bytes": 150}, "note": null});
        let mut out = Vec::new();
        write_one(Format::Csv, &record, &mut out).expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "id,note,quota.bytes\n69,,150\n"
        );
    }
}
