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

mod eval;
mod lex;
mod parse;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use crashplan_api::types;
use schemars::JsonSchema;
use serde_json::Value;

pub use lex::parse_size;
use parse::Expr;

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
