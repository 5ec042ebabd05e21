//! Tokens of the query language, and sizes with units.

use super::{QueryError, Span};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Ident(String),
    Str(String),
    Num {
        value: f64,
        integer: Option<i64>,
    },
    /// A time relative to now, in seconds: `-7d` is seven days ago.
    Ago(i64),
    Op(Op),
    LParen,
    RParen,
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) span: Span,
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
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

/// Time units of relative dates (`-7d`): hours, days, weeks. Minutes and months are left out
/// on purpose: `m` is already megabytes, and months have no fixed length.
const TIME_UNITS: [(&str, i64); 3] = [("h", 3600), ("d", 86_400), ("w", 7 * 86_400)];

/// `value` `unit`s in seconds, if `unit` is a time unit (`-7d` is -604800).
fn seconds_of(value: f64, unit: &str) -> Option<i64> {
    let unit = unit.to_ascii_lowercase();
    let (_, seconds) = TIME_UNITS.iter().find(|(name, _)| *name == unit)?;
    let total = (value * *seconds as f64).round();
    // Beyond ±10,000 years is no date chrono can hold: clamp, so that it compares as "ever".
    Some(total.clamp(-3.2e11, 3.2e11) as i64)
}

/// Parses an age such as `7d`, `12h` or `2w` (hours, days, weeks) into seconds.
///
/// ```
/// assert_eq!(crashplan::query::parse_age("7d"), Ok(7 * 86_400));
/// assert!(crashplan::query::parse_age("7").is_err());
/// ```
pub fn parse_age(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let bad = || format!("`{text}` is not an age: a number and h, d or w, e.g. 7d, 12h, 2w");
    let value: f64 = number.parse().map_err(|_| bad())?;
    seconds_of(value, unit.trim()).ok_or_else(bad)
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

pub(super) fn lex(text: &str) -> Result<Vec<Token>, QueryError> {
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
    if let Some(seconds) = seconds_of(value, unit) {
        return Ok(Tok::Ago(seconds));
    }
    let bytes = bytes_of(value, unit).ok_or_else(|| {
        bad(format!(
            "unknown unit `{unit}` (sizes: B, KB, MB, GB or TB, all powers of 1024; times \
             relative to now: h, d, w, e.g. -7d)"
        ))
    })?;
    Ok(Tok::Num {
        value: bytes,
        integer: Some(bytes as i64),
    })
}
