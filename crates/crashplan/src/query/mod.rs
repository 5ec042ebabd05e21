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
//! * A field with documented values (`status`: `Active`, `Deactivated`) takes them in any
//!   case: `status = active` is sent and compared as `status = Active`.
//! * Dates compare as instants when both sides parse as dates (`"2008-10-29"` or RFC 3339).
//!   A number with a time unit is a date relative to when the query was parsed: `-7d` is seven
//!   days ago, `-12h` twelve hours ago, `-2w` two weeks ago; `lastActivity < -7d` means "more
//!   than seven days ago". A missing date (`null`) is neither before nor after any date: test
//!   it with `lastActivity = null`.
//! * A missing field is `null`. On a list field (`alertStates`), a comparison holds if it holds
//!   for any element.
//!
//! Field names are the API's JSON names (`orgId`, `archiveBytes`, `quota.bytes`). The set of
//! valid fields, and which are server-side filters, come from the spec's tables
//! ([`crashplan_api::spec::API`]), so the language follows the spec.
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

mod eval;
mod lex;
mod parse;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use crashplan_api::spec::{API, Match};
#[cfg(doc)]
use crashplan_api::types;
use serde_json::Value;

pub use lex::{parse_age, parse_size};
use parse::Expr;

/// The fields a query may use for one list, which of them the server can filter on, and which
/// need the detail view. Read from the spec's tables ([`crashplan_api::spec::API`]): a property
/// or filter added to the spec is a query field after `cargo xtask generate`.
#[derive(Debug, Clone)]
pub struct Fields {
    list: BTreeSet<String>,
    detail: BTreeSet<String>,
    /// `(item property, query parameter)` of the filters that test equality.
    server: Vec<(&'static str, &'static str)>,
    /// The documented values of fields with `x-known-values` (`status`: `Active`, ...).
    known: Vec<(String, &'static [&'static str])>,
}

impl Fields {
    /// The fields of the list operation with this `operationId` (`listUsers`), or `None` when
    /// the spec has no such list.
    ///
    /// ```
    /// use crashplan::query::Fields;
    /// let usages = Fields::of_list("listUsages").expect("a list");
    /// assert!(usages.names().any(|n| n == "lastActivity"));
    /// assert_eq!(usages.server_param("sourceOrgId"), Some("orgId"));
    /// ```
    pub fn of_list(operation_id: &str) -> Option<Self> {
        let op = API.operation(operation_id)?;
        let list = op.list.as_ref()?;
        let mut known: Vec<(String, &'static [&'static str])> = Vec::new();
        for schema in [Some(list.item), list.detail.map(|(_, s)| s)]
            .into_iter()
            .flatten()
        {
            for (name, p) in API.schema(schema).map(|s| s.fields()).unwrap_or_default() {
                if !p.known_values.is_empty() && !known.iter().any(|(n, _)| *n == name) {
                    known.push((name, p.known_values));
                }
            }
        }
        let names = |schema: &str| -> BTreeSet<String> {
            API.schema(schema)
                .map(|s| {
                    s.fields()
                        .into_iter()
                        .filter(|(_, p)| !p.write_only && !p.secret)
                        .map(|(name, _)| name)
                        .collect()
                })
                .unwrap_or_default()
        };
        let list_fields = names(list.item);
        let mut detail = list
            .detail
            .map(|(_, schema)| names(schema))
            .unwrap_or_default();
        detail.extend(list_fields.iter().cloned());
        let server = op
            .filters()
            .filter_map(|p| {
                let f = p.filter()?;
                matches!(f.matching, Match::Equals | Match::IgnoreCase)
                    .then_some((f.property, p.name))
            })
            .collect();
        Some(Self {
            list: list_fields,
            detail,
            server,
            known,
        })
    }

    fn of(operation_id: &str) -> Self {
        Self::of_list(operation_id).unwrap_or_else(|| Self {
            list: BTreeSet::new(),
            detail: BTreeSet::new(),
            server: Vec::new(),
            known: Vec::new(),
        })
    }

    /// Users (`listUsers`): [`types::User`] in lists, [`types::UserDetail`] in detail.
    pub fn users() -> Self {
        Self::of("listUsers")
    }

    /// Orgs (`listOrgs`): [`types::Org`] in lists, [`types::OrgDetail`] in detail.
    pub fn orgs() -> Self {
        Self::of("listOrgs")
    }

    /// Computers (`listComputers`): [`types::Computer`] in lists, [`types::ComputerDetail`] in
    /// detail.
    pub fn computers() -> Self {
        Self::of("listComputers")
    }

    /// Every valid field name, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.detail.iter().map(String::as_str)
    }

    /// The query parameter that filters on this field with `=`, if the server has one.
    pub fn server_param(&self, field: &str) -> Option<&'static str> {
        self.server
            .iter()
            .find(|(property, _)| *property == field)
            .map(|(_, param)| *param)
    }

    /// A documented value of `field` (`x-known-values`) in the API's spelling, whatever the
    /// case it was written in (`active` -> `Active`); other text as it is.
    fn spelling(&self, field: &str, text: String) -> String {
        self.known
            .iter()
            .find(|(name, _)| name == field)
            .and_then(|(_, values)| values.iter().find(|v| v.eq_ignore_ascii_case(&text)))
            .map_or(text, |v| (*v).to_owned())
    }

    fn contains(&self, name: &str) -> bool {
        self.detail.contains(name) || self.list.contains(name)
    }
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
        let expr = parse::parse(text, lex::lex(text)?, fields)?;
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
