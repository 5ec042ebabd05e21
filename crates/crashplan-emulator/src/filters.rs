//! Query parameters and list filters, read from the spec.
//!
//! Every list route reads its operation's filters from `crashplan_api::spec::API` (nothing
//! here names a filter): [`ListQuery::parse`] parses each given filter by its documented type
//! (a 400 naming the parameter on a bad value), and one generic predicate, [`matches`],
//! decides whether an item matches by comparing the item's property named by the filter
//! (`Filter::property`) as the filter's `Match` says (a filter whose match is unknown is a
//! 501 naming it when it is used). Routes may narrow the candidates first
//! (an org's users, one computer's records ...) with [`ListQuery::int`] and friends, but every
//! candidate still passes through the predicate, so a filter added to the spec works here
//! without an edit.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use crashplan_api::spec::{API, Filter, Match, Operation, Param, Type};
use crashplan_api::types::ListMetadata;
use serde::Serialize;
use serde_json::Value;

use crate::error::Failure;
use crate::paging::{PagingNames, Window};
use crate::probe;
use crate::state::Store;

/// The query parameters of a request, in order (the last value wins for duplicates).
#[derive(Debug, Clone, Default)]
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    #[cfg(test)]
    pub(crate) fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self { pairs }
    }

    /// Parses a raw query string (`a=1&b=2`).
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|q| {
                form_urlencoded_pairs(q)
                    .into_iter()
                    .filter(|(k, _)| !k.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Self { pairs }
    }

    /// The raw value of a parameter.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every parameter as a string, for `metadata.params`.
    pub(crate) fn echo(&self) -> serde_json::Map<String, serde_json::Value> {
        self.pairs
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect()
    }
}

/// A list request: its operation's filters that were given, parsed, and its paging window.
#[derive(Debug)]
pub(crate) struct ListQuery {
    params: Params,
    items_key: &'static str,
    /// The page's envelope and total (today's `{"data": {"totalCount": N, "<items>": [..]}}`),
    /// from the spec's list table; `None` for the 2010 `{"metadata": .., "<items>": [..]}`.
    paged: Option<(&'static str, &'static str)>,
    /// The slice of the matching items to return.
    pub(crate) window: Window,
    given: Vec<Given>,
}

/// One given filter and its parsed value.
#[derive(Debug)]
struct Given {
    filter: &'static Filter,
    value: Value,
}

impl ListQuery {
    /// Reads the query of the list operation `operation_id` in the spec.
    pub(crate) fn parse(operation_id: &str, raw: Option<&str>) -> Result<Self, Failure> {
        let operation = API.operation(operation_id).ok_or_else(|| {
            Failure::new(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                format!("the spec has no operation '{operation_id}'"),
            )
        })?;
        Self::for_operation(operation, raw)
    }

    /// Reads the query of a list operation: paging, then every filter the operation
    /// documents (other parameters are ignored, as the server does).
    pub(crate) fn for_operation(
        operation: &'static Operation,
        raw: Option<&str>,
    ) -> Result<Self, Failure> {
        let list = operation.list.as_ref().ok_or_else(|| {
            Failure::new(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                format!("the spec's operation '{}' is not a list", operation.id),
            )
        })?;
        let params = Params::parse(raw);
        let window = Window::parse(&params, &PagingNames::of(operation))?;
        let mut given = Vec::new();
        for param in operation.filters() {
            if let (Some(filter), Some(raw)) = (param.filter(), params.get(param.name)) {
                if filter.matching == Match::Unknown {
                    return Err(unknown_filter(operation, param));
                }
                let value = parse_value(param, filter, raw)?;
                given.push(Given { filter, value });
            }
        }
        Ok(Self {
            params,
            items_key: list.items_key,
            paged: list.envelope.zip(list.total),
            window,
            given,
        })
    }

    /// Whether any filter was given.
    pub(crate) fn is_filtered(&self) -> bool {
        !self.given.is_empty()
    }

    /// Whether every given filter compares one of `properties` (a list whose candidates
    /// already pass those filters can count and skip them without the predicate).
    pub(crate) fn only_filters(&self, properties: &[&str]) -> bool {
        self.given
            .iter()
            .all(|g| properties.contains(&g.filter.property))
    }

    /// The property holding the items (`users`, ...).
    pub(crate) fn items_key(&self) -> &'static str {
        self.items_key
    }

    /// List metadata echoing the query parameters.
    pub(crate) fn metadata(&self) -> Result<ListMetadata, Failure> {
        crate::views::metadata(self.params.echo())
    }

    fn value(&self, property: &str, matching: Match) -> Option<&Value> {
        self.given
            .iter()
            .find(|g| g.filter.property == property && g.filter.matching == matching)
            .map(|g| &g.value)
    }

    /// For narrowing candidates: the integer a given filter requires of `property`.
    pub(crate) fn int(&self, property: &str) -> Option<i64> {
        self.value(property, Match::Equals).and_then(Value::as_i64)
    }

    /// For narrowing candidates: the string a given filter requires of `property`.
    pub(crate) fn text(&self, property: &str) -> Option<&str> {
        self.value(property, Match::Equals).and_then(Value::as_str)
    }

    /// For narrowing candidates: the string a given filter requires of `property`, in any
    /// case.
    pub(crate) fn text_any_case(&self, property: &str) -> Option<&str> {
        self.value(property, Match::IgnoreCase)
            .and_then(Value::as_str)
    }

    /// For narrowing candidates: the GUID a given filter requires of the computer whose id
    /// `property` holds.
    pub(crate) fn guid(&self, property: &str) -> Option<i64> {
        self.value(property, Match::ComputerGuid)
            .and_then(Value::as_i64)
    }

    /// The list body, in the list's envelope (2010's, or today's `data` with `totalCount`, every
    /// match): the candidates that match every given filter (in order), windowed. `candidates` is called twice when a `RecentDays` filter needs to
    /// know the days first.
    pub(crate) fn answer<T, I>(
        &self,
        store: &Store,
        candidates: impl Fn() -> I,
    ) -> Result<Vec<u8>, Failure>
    where
        T: Serialize,
        I: Iterator<Item = T>,
    {
        // Each filter reads only its property of each candidate (see `probe`).
        let passes = |tests: &[(&Filter, Test)], item: &T| {
            tests.iter().all(|(filter, test)| {
                let property = probe::property(item, filter.property).unwrap_or(Value::Null);
                matches(store, filter, test, &property)
            })
        };
        let (recent, plain): (Vec<&Given>, Vec<&Given>) = self
            .given
            .iter()
            .partition(|g| g.filter.matching == Match::RecentDays);
        let mut tests: Vec<(&Filter, Test)> = plain
            .iter()
            .map(|g| (g.filter, Test::Value(g.value.clone())))
            .collect();
        // A `RecentDays` filter keeps the N most recent days among the items that pass the
        // other filters: one pass to find those days.
        let mut since = Vec::with_capacity(recent.len());
        for g in recent {
            let days: BTreeSet<NaiveDate> = candidates()
                .filter(|item| passes(&tests, item))
                .filter_map(|item| day(&probe::property(&item, g.filter.property)?))
                .collect();
            let n = usize::try_from(g.value.as_u64().unwrap_or(0)).unwrap_or(usize::MAX);
            // The oldest of the N most recent days (every day when there are fewer).
            since.push((
                g.filter,
                Test::Since(days.iter().rev().take(n).next_back().copied()),
            ));
        }
        tests.extend(since);
        let items = candidates().filter(|item| passes(&tests, item));
        let metadata = self.metadata()?;
        Ok(match self.paged {
            None => crate::views::list_body(metadata, self.items_key, self.window.apply(items)),
            Some((envelope, total)) => {
                // `totalCount` counts every match, not just the page: one pass counts them
                // and keeps the page's.
                let Window { start, len } = self.window;
                let mut matching = 0;
                let mut kept = Vec::new();
                for item in items {
                    if matching >= start && len.is_none_or(|l| kept.len() < l) {
                        kept.push(item);
                    }
                    matching += 1;
                }
                let page = crate::views::Page {
                    envelope,
                    total,
                    items_key: self.items_key,
                    matching,
                };
                crate::views::paged_body(metadata, page, kept.into_iter())
            }
        })
    }
}

/// What the predicate compares a property with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Test {
    /// The filter's value, as parsed from the query.
    Value(Value),
    /// For `RecentDays`: the oldest of the days kept (`None`: no day is kept).
    Since(Option<NaiveDate>),
}

/// The generic predicate: whether `property`, the value of the item's property
/// `filter.property` (`null` when absent), matches.
///
/// * `Equals`: the same JSON value (numbers compared numerically).
/// * `IgnoreCase`: the same string ignoring ASCII case.
/// * `ComputerGuid`: the property holds a computer id whose GUID is the value.
/// * `RecentDays`: the property is a date on or after the oldest kept day (see
///   [`ListQuery::answer`]: the N most recent days that have matching items).
pub(crate) fn matches(store: &Store, filter: &Filter, test: &Test, property: &Value) -> bool {
    match (filter.matching, test) {
        (Match::Equals, Test::Value(v)) => same(property, v),
        (Match::IgnoreCase, Test::Value(v)) => match (property, v) {
            (Value::String(p), Value::String(v)) => p.eq_ignore_ascii_case(v),
            (p, v) => same(p, v),
        },
        (Match::ComputerGuid, Test::Value(v)) => property
            .as_i64()
            .and_then(|id| store.computer_guid(id))
            .is_some_and(|guid| v.as_i64() == Some(guid)),
        (Match::RecentDays, Test::Since(since)) => {
            matches!((day(property), since), (Some(d), Some(s)) if d >= *s)
        }
        _ => false,
    }
}

/// JSON equality, numbers compared by value (`1` equals `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            x.as_f64() == y.as_f64()
        }
        _ => a == b,
    }
}

/// The calendar day of a date-time property, in its own offset (as printed).
fn day(value: &Value) -> Option<NaiveDate> {
    let text = value.as_str()?;
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|d| d.date_naive())
}

/// The 501 of a filter the spec does not say how to evaluate ([`Match::Unknown`]): the
/// emulator never ignores a filter it was sent, since an unfiltered answer would look like a
/// filtered one.
fn unknown_filter(operation: &Operation, param: &Param) -> Failure {
    Failure::new(
        axum::http::StatusCode::NOT_IMPLEMENTED,
        format!(
            "the emulator cannot evaluate the filter '{}' of {}: no property of its items is \
             named so and the spec does not say which one it compares (describe it with \
             x-crashplan-filter: {{ property, match }} in the spec)",
            param.name, operation.id
        ),
    )
}

/// Parses a filter's value by the parameter's documented type: a 400 naming the parameter
/// when it does not parse. A `RecentDays` count must not be negative.
fn parse_value(param: &Param, filter: &Filter, raw: &str) -> Result<Value, Failure> {
    let name = param.name;
    let bad = |expected: &str| {
        Failure::bad_request(format!(
            "invalid value for parameter '{name}': expected {expected}, got '{raw}'"
        ))
    };
    let value = match param.ty {
        Type::Integer => Value::from(raw.trim().parse::<i64>().map_err(|_| bad("an integer"))?),
        Type::Number => raw
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| bad("a number"))?,
        Type::Boolean => match raw.trim().to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(bad("true or false")),
        },
        _ => Value::String(raw.to_owned()),
    };
    if filter.matching == Match::RecentDays && value.as_i64().is_none_or(|n| n < 0) {
        return Err(Failure::bad_request(format!(
            "invalid value for parameter '{name}': must be a number of days, not negative, got '{raw}'"
        )));
    }
    Ok(value)
}

/// Minimal `application/x-www-form-urlencoded` decoding.
fn form_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_decodes() {
        let p = Params::parse(Some("email=a%40b.c&name=Sub+Org&orgId=43&orgId=44&x"));
        assert_eq!(p.get("email"), Some("a@b.c"));
        assert_eq!(p.get("name"), Some("Sub Org"));
        assert_eq!(p.get("orgId"), Some("44"));
        assert_eq!(p.get("x"), Some(""));
        assert_eq!(Params::parse(Some("a=%zz%4")).get("a"), Some("%zz%4"));
    }
}
