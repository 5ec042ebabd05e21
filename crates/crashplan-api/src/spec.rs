//! The spec as data: every operation, parameter, schema and property of
//! `spec/crashplan-pro.yaml`, generated into [`API`] by `cargo xtask generate`.
//!
//! The layers above read these tables instead of restating the spec: the facade's list
//! filters, the CLI's flags and columns, the query language's fields, the emulator's filters
//! and views, and `cpctl drift`.
//!
//! ```
//! use crashplan_api::spec::{API, Generation, Role};
//!
//! let list = API.operation("listUsers").expect("in the spec");
//! let filters: Vec<_> = list.filters().map(|p| p.name).collect();
//! assert!(filters.contains(&"orgId"));
//! let user = API.schema("UserDetail").expect("in the spec");
//! assert!(user.property("archiveBytes").is_some());
//! assert!(matches!(list.param("offset").map(|p| &p.role), Some(Role::Paging(_))));
//! assert_eq!((list.resource, list.verb), ("users", "list"));
//!
//! // Today's twin: the same resource and verb in the other generation, items in `data`.
//! let today = API.operation("listUsersV1").expect("in the spec");
//! assert_eq!((today.generation, today.resource, today.verb), (Generation::Today, "users", "list"));
//! let page = today.list.as_ref().expect("a list");
//! assert_eq!((page.envelope, page.items_key, page.total), (Some("data"), "users", Some("totalCount")));
//! ```

#[path = "spec_tables.rs"]
#[rustfmt::skip]
mod tables;

pub use tables::API;

/// The whole API.
#[derive(Debug)]
pub struct Api {
    /// `info.version`.
    pub version: &'static str,
    /// Every operation, in spec order.
    pub operations: &'static [Operation],
    /// Every object schema, in spec order.
    pub schemas: &'static [Schema],
}

/// One operation.
#[derive(Debug)]
pub struct Operation {
    /// `operationId`, e.g. `listUsers`.
    pub id: &'static str,
    /// `GET`, `POST`, `PUT`, ...
    pub method: &'static str,
    /// Path template, e.g. `/rest/users/{id}`.
    pub path: &'static str,
    /// One-line summary.
    pub summary: &'static str,
    /// First tag, e.g. `users`.
    pub tag: &'static str,
    /// The API family, told by the path: [`Generation::Pro3`] (`/rest/...`) or
    /// [`Generation::Today`] (`/api/...`).
    pub generation: Generation,
    /// The resource it belongs to, e.g. `users` (the first tag unless
    /// `x-crashplan-operation.resource` says otherwise): one handle of the SDK
    /// (`client.users()`), one command of the CLI (`cpctl users`).
    pub resource: &'static str,
    /// What it does to the resource, e.g. `list`, `get`, `deactivate` (the operationId's first
    /// word unless `x-crashplan-operation.verb` says otherwise): one method of the handle, one
    /// subcommand of the CLI. No two operations share a resource and a verb.
    pub verb: &'static str,
    /// Machinery of the SDK itself (the login; `x-crashplan-operation.sdk: internal`): no
    /// handle method, no CLI command.
    pub internal: bool,
    /// Path, query and header parameters.
    pub params: &'static [Param],
    /// Schema of the JSON request body.
    pub body: Option<&'static str>,
    /// Schema of the 2xx JSON answer.
    pub response: Option<&'static str>,
    /// Documented statuses, each with the names of its documented headers.
    pub responses: &'static [(u16, &'static [&'static str])],
    /// Set on list operations.
    pub list: Option<List>,
}

/// What makes an operation a list.
#[derive(Debug)]
pub struct List {
    /// The property holding the items, e.g. `users`.
    pub items_key: &'static str,
    /// Schema of the items (list view), e.g. `User`.
    pub item: &'static str,
    /// The detail operation (`GET <path>/{id}`) and its schema, e.g. `("getUser", "UserDetail")`.
    pub detail: Option<(&'static str, &'static str)>,
    /// The property of the answer holding the page, when the items are not at its top: `data`
    /// in today's answers (`{"metadata": .., "data": {"totalCount": 2, "users": [..]}}`).
    pub envelope: Option<&'static str>,
    /// The page's property announcing how many items match (`totalCount`): a hint, never the
    /// end of the list (a list ends at its first short page).
    pub total: Option<&'static str>,
}

/// The API family of an operation, told by its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Generation {
    /// CrashPlan PRO 3.x (2010): `/rest/...`, numeric ids and GUIDs, `offset`/`limit` or
    /// `page`/`pageSize` paging.
    Pro3,
    /// Today's CrashPlan: `/api/v1|v3|v38/...`, string uids and GUIDs, the `data` envelope,
    /// `pgNum`/`pgSize` paging.
    Today,
}

/// One parameter.
#[derive(Debug)]
pub struct Param {
    /// Name on the wire, e.g. `orgId`.
    pub name: &'static str,
    /// `path`, `query` or `header`.
    pub location: &'static str,
    /// Value type.
    pub ty: Type,
    /// Whether it must be sent.
    pub required: bool,
    /// Description from the spec.
    pub description: &'static str,
    /// Documented values of an open set of strings (`x-known-values`).
    pub known_values: &'static [&'static str],
    /// What the parameter does.
    pub role: Role,
}

/// What a parameter does.
#[derive(Debug, PartialEq, Eq)]
pub enum Role {
    /// Part of the path.
    Path,
    /// A paging parameter (`x-crashplan-paging`), and which.
    Paging(Paging),
    /// A list filter.
    Filter(Filter),
    /// Anything else.
    Other,
}

/// What a paging parameter says (`x-crashplan-paging`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// Index of the first item, from 0 (`offset`).
    Offset,
    /// Items asked for, with [`Paging::Offset`] (`limit`).
    Limit,
    /// Page number, from 1 (`page`).
    Page,
    /// Items per page, with [`Paging::Page`] (`pageSize`).
    PageSize,
}

/// How a list filter selects items (`x-crashplan-filter`).
#[derive(Debug, PartialEq, Eq)]
pub struct Filter {
    /// The item property it compares (for [`Match::Unknown`], the parameter's own name,
    /// which no item property has).
    pub property: &'static str,
    /// How it compares.
    pub matching: Match,
}

/// The comparison of a list filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The property equals the value.
    Equals,
    /// The property equals the value, ignoring ASCII case.
    IgnoreCase,
    /// The property holds a computer id whose GUID is the value.
    ComputerGuid,
    /// The property is a date among the most recent N days that have items.
    RecentDays,
    /// The spec does not say what the filter compares (no item property has its name and no
    /// `x-crashplan-filter` says otherwise): the SDK and the CLI send it, but nothing here can
    /// evaluate it (the emulator answers it with an error; a query never pushes down to it).
    Unknown,
}

/// An object schema, `allOf` merged.
#[derive(Debug)]
pub struct Schema {
    /// Name under `components.schemas`.
    pub name: &'static str,
    /// Description from the spec.
    pub description: &'static str,
    /// Properties in spec order.
    pub properties: &'static [Property],
    /// Whether unknown properties are allowed (and kept in the generated type's `extra`).
    pub open: bool,
    /// The schema this one extends: for a detail view, its list view.
    pub base: Option<&'static str>,
}

/// One property of a schema.
#[derive(Debug)]
pub struct Property {
    /// JSON name, e.g. `archiveBytes`.
    pub name: &'static str,
    /// Value type.
    pub ty: Type,
    /// Whether the property is always present.
    pub required: bool,
    /// Whether it may be `null`.
    pub nullable: bool,
    /// Only sent, never returned.
    pub write_only: bool,
    /// A password or token (`format: password`).
    pub secret: bool,
    /// Description from the spec.
    pub description: &'static str,
    /// Documented values of an open set of strings (`x-known-values`).
    pub known_values: &'static [&'static str],
}

/// A value type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// `integer` (`int64`).
    Integer,
    /// `number`.
    Number,
    /// `boolean`.
    Boolean,
    /// `string`.
    String,
    /// `string` with `format: date-time`.
    DateTime,
    /// A named object schema.
    Object(&'static str),
    /// An array of this type.
    Array(&'static Type),
    /// A free-form object.
    Map,
}

impl Type {
    /// The JSON type name, as `cpctl drift` and error messages print it.
    pub fn json_name(&self) -> &'static str {
        match self {
            Type::Integer => "integer",
            Type::Number => "number",
            Type::Boolean => "boolean",
            Type::String => "string",
            Type::DateTime => "string (date-time)",
            Type::Object(_) | Type::Map => "object",
            Type::Array(_) => "array",
        }
    }
}

impl Api {
    /// The operation with this `operationId`.
    pub fn operation(&self, id: &str) -> Option<&'static Operation> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// The object schema with this name.
    pub fn schema(&self, name: &str) -> Option<&'static Schema> {
        self.schemas.iter().find(|s| s.name == name)
    }

    /// The list operations.
    pub fn lists(&self) -> impl Iterator<Item = &'static Operation> {
        self.operations.iter().filter(|o| o.list.is_some())
    }
}

impl Operation {
    /// The parameter with this name.
    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }

    /// The filters of a list operation.
    pub fn filters(&self) -> impl Iterator<Item = &'static Param> {
        self.params
            .iter()
            .filter(|p| matches!(p.role, Role::Filter(_)))
    }

    /// Whether `status` is documented for this operation.
    pub fn documents(&self, status: u16) -> bool {
        self.responses.iter().any(|(s, _)| *s == status)
    }
}

impl Param {
    /// The filter of a list filter parameter.
    pub fn filter(&self) -> Option<&Filter> {
        match &self.role {
            Role::Filter(f) => Some(f),
            _ => None,
        }
    }
}

impl Schema {
    /// The property with this JSON name.
    pub fn property(&self, name: &str) -> Option<&'static Property> {
        self.properties.iter().find(|p| p.name == name)
    }

    /// The property at a dotted path (`quota.bytes`), through nested object schemas.
    pub fn field(&self, path: &str) -> Option<&Property> {
        let (head, rest) = match path.split_once('.') {
            Some((head, rest)) => (head, Some(rest)),
            None => (path, None),
        };
        let prop = self.property(head)?;
        match (rest, prop.ty) {
            (None, _) => Some(prop),
            (Some(rest), Type::Object(name)) => API.schema(name)?.field(rest),
            _ => None,
        }
    }

    /// Every field as a dotted path: the properties, and `parent.child` for the properties of
    /// nested objects, in spec order.
    pub fn fields(&self) -> Vec<(String, &'static Property)> {
        let mut out = Vec::new();
        for prop in self.properties {
            out.push((prop.name.to_owned(), prop));
            if let Type::Object(name) = prop.ty
                && let Some(nested) = API.schema(name)
            {
                for (child, p) in nested.fields() {
                    out.push((format!("{}.{child}", prop.name), p));
                }
            }
        }
        out
    }
}
