//! A small query language to select items by their fields, in the spirit of accsyn's `find`:
//!
//! ```text
//! status = Active and orgId = 43 and archiveBytes > 10MB and email ~ "@testorg.org"
//! not (status = Deactivated) or quota.bytes >= 100
//! creationDate >= "2008-10-29" and lastName != "One"
//! ```
//!
//! * Comparisons: `=`, `!=`, `<`, `<=`, `>`, `>=`, `~` (contains, ignoring case) and `!~`.
//! * Combinators: `and`, `or`, `not` and parentheses; `and` binds tighter than `or`.
//! * Values: numbers (`43`, `-1`, `2.5`), sizes (`10MB`, `1.5GiB`: units `B`, `KB`, `MB`, `GB`,
//!   `TB` and their `KiB`… spellings are all powers of 1024, as in the reference's lessons),
//!   strings (`"a b"` or `'a b'`), bare words (`Active`), `true`, `false`, `null`.
//! * Dates compare as instants when both sides parse as dates (`"2008-10-29"` or RFC 3339).
//! * A missing field is `null`. On a list field (`alertStates`), a comparison holds if it holds
//!   for any element.
//!
//! Field names are the API's JSON names (`orgId`, `archiveBytes`, `quota.bytes`). The set of
//! valid fields is derived from the generated types, so the language follows the spec.
//!
//! ```
//! use crashplan::query::{Fields, Query};
//!
//! let query = Query::parse("status = Active and archiveBytes > 10MB", &Fields::users())?;
//! assert_eq!(query.server_filters(), vec![("status", "Active".to_string())]);
//! assert!(query.needs_detail()); // archiveBytes is only in the detail view
//!
//! let user = serde_json::json!({"status": "Active", "archiveBytes": 78213557});
//! assert!(query.matches(&user));
//! # Ok::<(), crashplan::query::QueryError>(())
//! ```

use std::cmp::Ordering;
use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crashplan_api::types;
use schemars::JsonSchema;
use serde_json::Value;

/// The fields a query may use for one resource, and which of them the server can filter on.
#[derive(Debug, Clone)]
pub struct Fields {
    list: BTreeSet<String>,
    detail: BTreeSet<String>,
    server: Vec<&'static str>,
}

impl Fields {
    /// Fields of a resource whose list items are `List` and whose detail view is `Detail`;
    /// `server` names the fields the list operation can filter on with `=`.
    pub fn of<List: JsonSchema, Detail: JsonSchema>(server: &[&'static str]) -> Self {
        Self {
            list: field_names::<List>(),
            detail: field_names::<Detail>(),
            server: server.to_vec(),
        }
    }

    /// Users: [`types::User`] in lists, [`types::UserDetail`] in detail.
    pub fn users() -> Self {
        Self::of::<types::User, types::UserDetail>(&[
            "id",
            "status",
            "email",
            "firstName",
            "lastName",
            "orgId",
        ])
    }

    /// Orgs: [`types::Org`] in lists, [`types::OrgDetail`] in detail.
    pub fn orgs() -> Self {
        Self::of::<types::Org, types::OrgDetail>(&["name", "status", "parentId"])
    }

    /// Computers: [`types::Computer`] in lists, [`types::ComputerDetail`] in detail.
    pub fn computers() -> Self {
        Self::of::<types::Computer, types::ComputerDetail>(&[
            "id", "status", "name", "guid", "userId",
        ])
    }

    /// Every valid field name, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.detail.iter().map(String::as_str)
    }

    fn contains(&self, name: &str) -> bool {
        self.detail.contains(name) || self.list.contains(name)
    }
}

/// Top-level property names of `T`'s JSON schema, plus `parent.child` for nested objects.
fn field_names<T: JsonSchema>() -> BTreeSet<String> {
    let schema = schemars::schema_for!(T);
    let root = schema.as_value();
    let mut names = BTreeSet::new();
    let Some(props) = root.get("properties").and_then(Value::as_object) else {
        return names;
    };
    for (name, prop) in props {
        names.insert(name.clone());
        if let Some(nested) = nested_properties(root, prop) {
            names.extend(nested.keys().map(|child| format!("{name}.{child}")));
        }
    }
    names
}

/// The properties of an object-valued property, following `$ref` and `Option`'s `anyOf`.
fn nested_properties<'a>(
    root: &'a Value,
    prop: &'a Value,
) -> Option<&'a serde_json::Map<String, Value>> {
    if let Some(props) = prop.get("properties").and_then(Value::as_object) {
        return Some(props);
    }
    if let Some(target) = prop.get("$ref").and_then(Value::as_str) {
        let target = root.pointer(target.strip_prefix('#')?)?;
        return nested_properties(root, target);
    }
    prop.get("anyOf")
        .or_else(|| prop.get("oneOf"))
        .and_then(Value::as_array)?
        .iter()
        .find_map(|variant| nested_properties(root, variant))
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    expr: Expr,
    server: Vec<(&'static str, String)>,
    needs_detail: bool,
}

impl Query {
    /// Parses `text`, checking every field against `fields`.
    pub fn parse(text: &str, fields: &Fields) -> Result<Self, QueryError> {
        let tokens = lex(text)?;
        let mut parser = Parser {
            text,
            tokens,
            pos: 0,
            fields,
            depth: 0,
            comparisons: 0,
        };
        let expr = parser.or()?;
        if let Some(token) = parser.tokens.get(parser.pos) {
            return Err(QueryError::new(
                text,
                token.span,
                "expected `and`, `or` or the end of the query",
            ));
        }
        let mut used = BTreeSet::new();
        expr.fields(&mut used);
        let needs_detail = used.iter().any(|f| !fields.list.contains(*f));
        let mut server = Vec::new();
        expr.server_filters(fields, &mut server);
        Ok(Self {
            expr,
            server,
            needs_detail,
        })
    }

    /// Equality tests on server-filterable fields that every match must pass: send them as
    /// query parameters to shrink the listing. [`Query::matches`] still checks everything.
    pub fn server_filters(&self) -> Vec<(&'static str, String)> {
        self.server.clone()
    }

    /// Whether the query uses a field that only the detail view has.
    pub fn needs_detail(&self) -> bool {
        self.needs_detail
    }

    /// Whether `item` (the JSON form of a list item or detail view) matches.
    pub fn matches(&self, item: &Value) -> bool {
        self.expr.eval(item)
    }
}

/// A query that does not parse, with the position of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} at position {column}\n  {text}\n  {marker}{hint}")]
pub struct QueryError {
    message: String,
    /// 1-based character position of the problem.
    column: usize,
    text: String,
    marker: String,
    hint: String,
}

impl QueryError {
    fn new(text: &str, span: Span, message: impl Into<String>) -> Self {
        let start = text[..span.start].chars().count();
        let width = text[span.start..span.end].chars().count().max(1);
        Self {
            message: message.into(),
            column: start + 1,
            text: text.to_owned(),
            marker: format!("{}{}", " ".repeat(start), "^".repeat(width)),
            hint: String::new(),
        }
    }

    fn with_hint(mut self, hint: String) -> Self {
        self.hint = format!("\n{hint}");
        self
    }

    /// What is wrong, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// 1-based character position of the problem in the query.
    pub fn column(&self) -> usize {
        self.column
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Num { value: f64, integer: Option<i64> },
    Op(Op),
    LParen,
    RParen,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    span: Span,
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Contains,
    NotContains,
}

/// Size units: all powers of 1024, as in the reference's lessons (`10M` = 10 * 1024 * 1024).
const UNITS: [(&str, i32); 17] = [
    ("b", 0),
    ("k", 1),
    ("kb", 1),
    ("kib", 1),
    ("m", 2),
    ("mb", 2),
    ("mib", 2),
    ("g", 3),
    ("gb", 3),
    ("gib", 3),
    ("t", 4),
    ("tb", 4),
    ("tib", 4),
    ("p", 5),
    ("pb", 5),
    ("pib", 5),
    ("bytes", 0),
];

/// `value` `unit`s in bytes, if `unit` is a known size unit.
fn bytes_of(value: f64, unit: &str) -> Option<f64> {
    let unit = unit.to_ascii_lowercase();
    let (_, power) = UNITS.iter().find(|(name, _)| *name == unit)?;
    Some((value * 1024f64.powi(*power)).round())
}

/// Parses a size such as `10MB`, `1.5 GiB` or `1048576` into bytes. Units are powers of 1024
/// (`B`, `KB`/`KiB`/`K`, `MB`, `GB`, `TB`, `PB`), case-insensitive.
///
/// ```
/// assert_eq!(crashplan::query::parse_size("10MB"), Ok(10 * 1024 * 1024));
/// assert!(crashplan::query::parse_size("ten").is_err());
/// ```
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size (examples: 500MB, 1.5GB, 1048576)"))?;
    let unit = unit.trim();
    let bytes = if unit.is_empty() {
        Some(value.round())
    } else {
        bytes_of(value, unit)
    };
    match bytes {
        Some(bytes) if bytes <= u64::MAX as f64 => Ok(bytes as u64),
        Some(_) => Err(format!("`{text}` is too large")),
        None => Err(format!(
            "unknown size unit `{unit}` in `{text}` (use B, KB, MB, GB or TB; all are powers of 1024)"
        )),
    }
}

fn lex(text: &str) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        let single = |tok| Token {
            tok,
            span: Span {
                start,
                end: start + c.len_utf8(),
            },
        };
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                tokens.push(single(Tok::LParen));
            }
            ')' => {
                chars.next();
                tokens.push(single(Tok::RParen));
            }
            '=' | '~' => {
                chars.next();
                tokens.push(single(Tok::Op(if c == '=' {
                    Op::Eq
                } else {
                    Op::Contains
                })));
            }
            '!' | '<' | '>' => {
                chars.next();
                let next = chars.peek().map(|&(_, n)| n);
                let (op, long) = match (c, next) {
                    ('!', Some('=')) => (Op::Ne, true),
                    ('!', Some('~')) => (Op::NotContains, true),
                    ('<', Some('=')) => (Op::Le, true),
                    ('>', Some('=')) => (Op::Ge, true),
                    ('<', _) => (Op::Lt, false),
                    ('>', _) => (Op::Gt, false),
                    _ => {
                        let span = Span {
                            start,
                            end: start + 1,
                        };
                        return Err(QueryError::new(
                            text,
                            span,
                            "`!` must be followed by `=` or `~`",
                        ));
                    }
                };
                if long {
                    chars.next();
                }
                let end = start + if long { 2 } else { 1 };
                tokens.push(Token {
                    tok: Tok::Op(op),
                    span: Span { start, end },
                });
            }
            '"' | '\'' => {
                chars.next();
                let mut value = String::new();
                let mut end = None;
                for (i, ch) in chars.by_ref() {
                    if ch == c {
                        end = Some(i + 1);
                        break;
                    }
                    value.push(ch);
                }
                let Some(end) = end else {
                    let span = Span {
                        start,
                        end: text.len(),
                    };
                    return Err(QueryError::new(text, span, "unterminated string"));
                };
                tokens.push(Token {
                    tok: Tok::Str(value),
                    span: Span { start, end },
                });
            }
            c if c.is_ascii_digit() || c == '-' || c == '.' => {
                let mut end = start;
                let mut number = String::new();
                while let Some(&(i, ch)) = chars.peek() {
                    if ch.is_ascii_digit() || ch == '.' || (ch == '-' && i == start) {
                        number.push(ch);
                        end = i + 1;
                        chars.next();
                    } else {
                        break;
                    }
                }
                let mut unit = String::new();
                while let Some(&(i, ch)) = chars.peek() {
                    if ch.is_ascii_alphabetic() {
                        unit.push(ch);
                        end = i + 1;
                        chars.next();
                    } else {
                        break;
                    }
                }
                let span = Span { start, end };
                tokens.push(Token {
                    tok: number_token(text, span, &number, &unit)?,
                    span,
                });
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut end = start;
                let mut word = String::new();
                while let Some(&(i, ch)) = chars.peek() {
                    if ch.is_alphanumeric() || ch == '_' || ch == '.' || ch == '@' || ch == '-' {
                        word.push(ch);
                        end = i + ch.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(Token {
                    tok: Tok::Ident(word),
                    span: Span { start, end },
                });
            }
            _ => {
                let span = Span {
                    start,
                    end: start + c.len_utf8(),
                };
                return Err(QueryError::new(
                    text,
                    span,
                    format!("unexpected character `{c}`"),
                ));
            }
        }
    }
    Ok(tokens)
}

fn number_token(text: &str, span: Span, number: &str, unit: &str) -> Result<Tok, QueryError> {
    let bad = |message: String| QueryError::new(text, span, message);
    let value: f64 = number
        .parse()
        .map_err(|_| bad(format!("`{number}` is not a number")))?;
    if unit.is_empty() {
        return Ok(Tok::Num {
            value,
            integer: number.parse().ok(),
        });
    }
    let bytes = bytes_of(value, unit).ok_or_else(|| {
        bad(format!(
            "unknown size unit `{unit}` (use B, KB, MB, GB or TB; all are powers of 1024)"
        ))
    })?;
    Ok(Tok::Num {
        value: bytes,
        integer: Some(bytes as i64),
    })
}

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare { field: String, op: Op, value: Lit },
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
enum Lit {
    Null,
    Bool(bool),
    Num { value: f64, integer: Option<i64> },
    Str(String),
}

/// Most comparisons in one query, and deepest nesting of `(` and `not`: bounds the recursion
/// of parsing and evaluation, so no input can exhaust the stack.
const MAX_COMPARISONS: usize = 256;
const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    fields: &'a Fields,
    depth: usize,
    comparisons: usize,
}

impl Parser<'_> {
    fn peek_keyword(&self, keyword: &str) -> bool {
        matches!(self.tokens.get(self.pos), Some(Token { tok: Tok::Ident(w), .. }) if w.eq_ignore_ascii_case(keyword))
    }

    fn end_span(&self) -> Span {
        let end = self.text.len();
        Span { start: end, end }
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.and()?;
        while self.peek_keyword("or") {
            self.pos += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.unary()?;
        while self.peek_keyword("and") {
            self.pos += 1;
            left = Expr::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, QueryError> {
        self.depth += 1;
        let expr = self.unary_inner();
        self.depth -= 1;
        expr
    }

    fn unary_inner(&mut self) -> Result<Expr, QueryError> {
        if let Some(token) = self.tokens.get(self.pos)
            && self.depth > MAX_DEPTH
        {
            return Err(QueryError::new(
                self.text,
                token.span,
                format!("the query nests `(` and `not` more than {MAX_DEPTH} deep"),
            ));
        }
        if self.peek_keyword("not") {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        let Some(token) = self.tokens.get(self.pos).cloned() else {
            return Err(QueryError::new(
                self.text,
                self.end_span(),
                "expected a comparison such as `status = Active`",
            ));
        };
        match token.tok {
            Tok::LParen => {
                self.pos += 1;
                let inner = self.or()?;
                match self.tokens.get(self.pos) {
                    Some(Token {
                        tok: Tok::RParen, ..
                    }) => {
                        self.pos += 1;
                        Ok(inner)
                    }
                    Some(other) => Err(QueryError::new(self.text, other.span, "expected `)`")),
                    None => Err(QueryError::new(
                        self.text,
                        token.span,
                        "this `(` is never closed",
                    )),
                }
            }
            Tok::Ident(field) => {
                self.pos += 1;
                self.comparisons += 1;
                if self.comparisons > MAX_COMPARISONS {
                    return Err(QueryError::new(
                        self.text,
                        token.span,
                        format!("the query has more than {MAX_COMPARISONS} comparisons"),
                    ));
                }
                self.check_field(&field, token.span)?;
                let op = match self.tokens.get(self.pos) {
                    Some(Token {
                        tok: Tok::Op(op), ..
                    }) => *op,
                    Some(other) => {
                        return Err(QueryError::new(
                            self.text,
                            other.span,
                            "expected an operator: = != < <= > >= ~ !~",
                        ));
                    }
                    None => {
                        return Err(QueryError::new(
                            self.text,
                            self.end_span(),
                            format!("expected an operator after `{field}`"),
                        ));
                    }
                };
                self.pos += 1;
                let value = self.literal()?;
                Ok(Expr::Compare { field, op, value })
            }
            _ => Err(QueryError::new(
                self.text,
                token.span,
                "expected a field name, `not` or `(`",
            )),
        }
    }

    fn literal(&mut self) -> Result<Lit, QueryError> {
        let Some(token) = self.tokens.get(self.pos).cloned() else {
            return Err(QueryError::new(
                self.text,
                self.end_span(),
                "expected a value",
            ));
        };
        self.pos += 1;
        Ok(match token.tok {
            Tok::Str(s) => Lit::Str(s),
            Tok::Num { value, integer } => Lit::Num { value, integer },
            Tok::Ident(word) => match word.to_ascii_lowercase().as_str() {
                "null" => Lit::Null,
                "true" => Lit::Bool(true),
                "false" => Lit::Bool(false),
                _ => Lit::Str(word),
            },
            Tok::Op(_) | Tok::LParen | Tok::RParen => {
                return Err(QueryError::new(self.text, token.span, "expected a value"));
            }
        })
    }

    fn check_field(&self, field: &str, span: Span) -> Result<(), QueryError> {
        if self.fields.contains(field) {
            return Ok(());
        }
        let suggestion = self
            .fields
            .names()
            .map(|name| (strsim::jaro_winkler(name, field), name))
            .filter(|(score, _)| *score > 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| format!(" (did you mean `{name}`?)"))
            .unwrap_or_default();
        let valid: Vec<&str> = self.fields.names().collect();
        Err(QueryError::new(
            self.text,
            span,
            format!("unknown field `{field}`{suggestion}"),
        )
        .with_hint(format!("valid fields: {}", valid.join(", "))))
    }
}

impl Expr {
    fn fields<'a>(&'a self, out: &mut BTreeSet<&'a str>) {
        match self {
            Expr::And(a, b) | Expr::Or(a, b) => {
                a.fields(out);
                b.fields(out);
            }
            Expr::Not(inner) => inner.fields(out),
            Expr::Compare { field, .. } => {
                out.insert(field);
            }
        }
    }

    /// Collects `field = value` tests that must all hold (top-level conjuncts).
    fn server_filters(&self, fields: &Fields, out: &mut Vec<(&'static str, String)>) {
        match self {
            Expr::And(a, b) => {
                a.server_filters(fields, out);
                b.server_filters(fields, out);
            }
            Expr::Compare {
                field,
                op: Op::Eq,
                value,
            } => {
                let Some(param) = fields.server.iter().find(|name| **name == field.as_str()) else {
                    return;
                };
                let text = match value {
                    Lit::Str(s) => s.clone(),
                    Lit::Num {
                        integer: Some(i), ..
                    } => i.to_string(),
                    _ => return,
                };
                out.push((param, text));
            }
            _ => {}
        }
    }

    fn eval(&self, item: &Value) -> bool {
        match self {
            Expr::And(a, b) => a.eval(item) && b.eval(item),
            Expr::Or(a, b) => a.eval(item) || b.eval(item),
            Expr::Not(inner) => !inner.eval(item),
            Expr::Compare { field, op, value } => {
                let actual = field
                    .split('.')
                    .try_fold(item, |v, key| v.get(key))
                    .unwrap_or(&Value::Null);
                match actual {
                    Value::Array(items) if !matches!(op, Op::Ne | Op::NotContains) => {
                        items.iter().any(|v| compare(v, *op, value))
                    }
                    Value::Array(items) => items.iter().all(|v| compare(v, *op, value)),
                    _ => compare(actual, *op, value),
                }
            }
        }
    }
}

fn compare(actual: &Value, op: Op, expected: &Lit) -> bool {
    match op {
        Op::Contains | Op::NotContains => {
            let haystack = match actual {
                Value::String(s) => s.to_lowercase(),
                Value::Null => return op == Op::NotContains,
                other => other.to_string().to_lowercase(),
            };
            let needle = match expected {
                Lit::Str(s) => s.to_lowercase(),
                Lit::Num { value, integer } => integer.map_or(value.to_string(), |i| i.to_string()),
                Lit::Bool(b) => b.to_string(),
                Lit::Null => "null".to_owned(),
            };
            haystack.contains(&needle) == (op == Op::Contains)
        }
        _ => {
            let ordering = order(actual, expected);
            match op {
                Op::Eq => ordering == Some(Ordering::Equal),
                Op::Ne => ordering != Some(Ordering::Equal),
                Op::Lt => ordering == Some(Ordering::Less),
                Op::Le => matches!(ordering, Some(Ordering::Less | Ordering::Equal)),
                Op::Gt => ordering == Some(Ordering::Greater),
                Op::Ge => matches!(ordering, Some(Ordering::Greater | Ordering::Equal)),
                Op::Contains | Op::NotContains => false,
            }
        }
    }
}

/// How `actual` compares with `expected`; `None` when they cannot be compared.
fn order(actual: &Value, expected: &Lit) -> Option<Ordering> {
    match (actual, expected) {
        (Value::Null, Lit::Null) => Some(Ordering::Equal),
        (Value::Bool(a), Lit::Bool(b)) => Some(a.cmp(b)),
        (Value::Number(a), Lit::Num { value, integer }) => match (a.as_i64(), integer) {
            (Some(a), Some(b)) => Some(a.cmp(b)),
            _ => a.as_f64()?.partial_cmp(value),
        },
        (Value::String(a), Lit::Str(b)) => match (parse_date(a), parse_date(b)) {
            (Some(a), Some(b)) => Some(a.cmp(&b)),
            _ => Some(a.as_str().cmp(b.as_str())),
        },
        (Value::String(a), Lit::Num { value, .. }) => a.parse::<f64>().ok()?.partial_cmp(value),
        _ => None,
    }
}

fn parse_date(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok().or_else(|| {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        Some(date.and_hms_opt(0, 0, 0)?.and_utc().fixed_offset())
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn users(text: &str) -> Query {
        Query::parse(text, &Fields::users()).expect("query parses")
    }

    fn user_three() -> Value {
        json!({
            "id": 69, "status": "Active", "email": "userthree@testorg.org", "firstName": "User",
            "lastName": "Three", "orgId": 43, "creationDate": "2008-10-29T14:08:06.141-05:00",
            "archiveBytes": 78213557, "quota": {"bytes": 150}
        })
    }

    #[test]
    fn the_issue_example_matches_user_three() {
        let query = users(
            r#"status = Active and orgId = 43 and archiveBytes > 10MB and email ~ "@testorg.org""#,
        );
        assert!(query.matches(&user_three()));
        assert_eq!(
            query.server_filters(),
            vec![("status", "Active".into()), ("orgId", "43".into())]
        );
        assert!(query.needs_detail());
        let mut small = user_three();
        small["archiveBytes"] = json!(10 * 1024 * 1024);
        assert!(!query.matches(&small), "10MB is not > 10MB");
    }

    #[test]
    fn precedence_not_and_parentheses() {
        let user = user_three();
        assert!(users("status = Deactivated or orgId = 43 and lastName = Three").matches(&user));
        assert!(!users("(status = Deactivated or orgId = 43) and lastName = One").matches(&user));
        assert!(users("not status = Deactivated").matches(&user));
        assert!(!users("NOT (orgId = 43)").matches(&user));
        // `or` at the top level means no server filter can be applied.
        assert!(
            users("status = Active or orgId = 1")
                .server_filters()
                .is_empty()
        );
        assert!(!users("status = Active and orgId = 1").needs_detail());
    }

    #[test]
    fn operators_and_values() {
        let user = user_three();
        for (query, expected) in [
            ("id >= 69", true),
            ("id < 69", false),
            ("id != 70", true),
            ("archiveBytes <= 74.6MiB", true),
            ("archiveBytes > 0.07GB", true),
            ("quota.bytes = 150", true),
            ("email !~ EXAMPLE.com", true),
            ("email ~ 'USERTHREE'", true),
            ("creationDate > \"2008-10-29\"", true),
            ("creationDate < \"2008-10-29T19:08:06Z\"", false),
            ("firstName = null", false),
            ("username = null", true),
            ("lastName > One", true),
            ("status = active", false),
        ] {
            assert_eq!(users(query).matches(&user), expected, "{query}");
        }
    }

    #[test]
    fn list_fields_match_any_element() {
        let query = Query::parse("alertStates = WARN", &Fields::computers()).expect("parses");
        assert!(query.matches(&json!({"alertStates": ["OK", "WARN"]})));
        assert!(!query.matches(&json!({"alertStates": []})));
    }

    #[test]
    fn big_ids_compare_exactly() {
        let query = Query::parse("guid = 343195742699662015", &Fields::computers()).expect("ok");
        assert!(query.matches(&json!({"guid": 343195742699662015_i64})));
        assert!(!query.matches(&json!({"guid": 343195742699662016_i64})));
        assert_eq!(
            query.server_filters(),
            vec![("guid", "343195742699662015".into())]
        );
    }

    #[test]
    fn unknown_fields_point_at_the_position_and_list_valid_fields() {
        let err = Query::parse("status = Active and archivBytes > 10MB", &Fields::users())
            .expect_err("unknown field");
        assert_eq!(err.column(), 21);
        let text = err.to_string();
        assert!(
            text.contains("unknown field `archivBytes` (did you mean `archiveBytes`?)"),
            "{text}"
        );
        assert!(
            text.contains("\n                      ^^^^^^^^^^^\n"),
            "{text}"
        );
        assert!(text.contains("valid fields: archiveBytes, "), "{text}");
        assert!(text.contains("quota.bytes"), "{text}");
    }

    #[test]
    fn syntax_errors_point_at_the_position() {
        for (query, column, message) in [
            ("status Active", 8, "expected an operator"),
            ("status =", 9, "expected a value"),
            ("(status = Active", 1, "never closed"),
            ("status = Active orgId = 1", 17, "expected `and`, `or`"),
            ("email = \"abc", 9, "unterminated string"),
            ("archiveBytes > 10XB", 16, "unknown size unit `XB`"),
            ("status ! Active", 8, "`!` must be followed"),
            ("", 1, "expected a comparison"),
            ("status = Active and", 20, "expected a comparison"),
            ("= 3", 1, "expected a field name"),
            ("id = 1 # 2", 8, "unexpected character `#`"),
        ] {
            let err = Query::parse(query, &Fields::users()).expect_err(query);
            assert_eq!(err.column(), column, "{query}: {err}");
            assert!(err.message().contains(message), "{query}: {err}");
        }
    }

    #[test]
    fn hostile_queries_are_errors_not_stack_overflows() {
        let deep = "(".repeat(10_000);
        let err = Query::parse(&deep, &Fields::users()).expect_err("too deep");
        assert!(err.message().contains("more than 64 deep"), "{err}");
        let nots = format!("{} id = 1", "not ".repeat(10_000));
        assert!(Query::parse(&nots, &Fields::users()).is_err());
        let long = vec!["id = 1"; 10_000].join(" and ");
        let err = Query::parse(&long, &Fields::users()).expect_err("too long");
        assert!(err.message().contains("more than 256 comparisons"), "{err}");
        let ok = vec!["id = 1"; 256].join(" or ");
        assert!(Query::parse(&ok, &Fields::users()).is_ok());
        let nested = format!("{}id = 1{}", "(".repeat(60), ")".repeat(60));
        assert!(Query::parse(&nested, &Fields::users()).is_ok());
    }

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(parse_size("10MB"), Ok(10_485_760));
        assert_eq!(parse_size("10 mb"), Ok(10_485_760));
        assert_eq!(parse_size("1.5GiB"), Ok(1_610_612_736));
        assert_eq!(parse_size("250"), Ok(250));
        assert_eq!(parse_size("1K"), Ok(1024));
        assert!(parse_size("-1MB").is_err());
        assert!(
            parse_size("10XB")
                .expect_err("bad unit")
                .contains("unknown size unit `XB`")
        );
        assert!(parse_size("").is_err());
    }

    #[test]
    fn fields_come_from_the_generated_types() {
        let fields = Fields::users();
        let names: Vec<&str> = fields.names().collect();
        for name in [
            "id",
            "email",
            "orgId",
            "archiveBytes",
            "quota",
            "quota.bytes",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
        assert!(!names.contains(&"password"));
        assert!(Fields::orgs().names().any(|n| n == "quota.seats"));
        assert!(
            Fields::computers()
                .names()
                .any(|n| n == "serverBackupStats.percentComplete")
        );
    }
}
