//! Evaluation of a parsed query on the JSON form of an item.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::Value;

use super::Fields;
use super::lex::Op;
use super::parse::{Expr, Lit};

impl Expr {
    pub(super) fn fields<'a>(&'a self, out: &mut BTreeSet<&'a str>) {
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
    pub(super) fn server_filters(&self, fields: &Fields, out: &mut Vec<(&'static str, String)>) {
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
                let Some(param) = fields.server_param(field) else {
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

    pub(super) fn eval(&self, item: &Value) -> bool {
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
                Lit::Instant(instant) => instant.to_rfc3339(),
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
        (Value::String(a), Lit::Instant(b)) => Some(parse_date(a)?.cmp(&b.fixed_offset())),
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
