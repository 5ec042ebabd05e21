//! What the generators need to know about the spec, read once: schemas with their resolved
//! properties (allOf merged, primitive `$ref`s inlined), operations with their parameters
//! classified (path, paging, filter), and list operations with their detail operation.
//!
//! The spec is walked as a YAML value so that property order stays the spec's order.

use anyhow::{Context, Result, bail};
use serde_yaml_ng::Value;

/// The parts of the spec every generator reads.
#[derive(Debug, Clone)]
pub struct Model {
    pub version: String,
    pub schemas: Vec<Schema>,
    pub operations: Vec<Operation>,
    /// Tag descriptions, by tag name: what each resource is.
    pub tags: Vec<(String, String)>,
    /// The open sets of documented string values (`x-known-values`), each a generated type.
    pub known: Vec<KnownType>,
    /// The name of every schema in `components.schemas` (objects and others, such as string
    /// aliases): each one is a type name in `crashplan_api::types`, unless replaced.
    pub schema_names: Vec<String>,
    /// Things the generator accepted but that a layer cannot fully use (printed by
    /// `cargo xtask generate`), e.g. a filter the emulator cannot evaluate.
    pub warnings: Vec<String>,
}

/// An open set of documented string values: one generated type (`Status`), used by every
/// property and parameter that documents the same values.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownType {
    /// Type name: the property's name in Pascal case (`Status`); where another set of values
    /// has that name too, the set used less often is prefixed with its first owner
    /// (`MountPointStatus`).
    pub name: String,
    pub values: Vec<String>,
    /// `(owner, property or parameter)` of every use, e.g. `("User", "status")`: a schema
    /// for properties, an operationId for parameters.
    pub uses: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Schema {
    pub name: String,
    pub description: String,
    pub properties: Vec<Property>,
    /// `additionalProperties` allows unknown properties.
    pub open: bool,
    /// The schema this one extends (`allOf: [$ref Base, {...}]`): its list view.
    pub base: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Property {
    pub name: String,
    pub ty: Type,
    pub required: bool,
    pub nullable: bool,
    pub write_only: bool,
    /// `format: password`: a secret (never on a command line, redacted in Debug).
    pub secret: bool,
    pub description: String,
    pub known_values: Vec<String>,
    /// `x-crashplan-names: computerId`: a request body's property that names the item acted
    /// on, holding its property of that name (the CLI takes it as the command's argument, and
    /// names the item as its path arguments are named).
    pub names: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Integer,
    Number,
    Boolean,
    String,
    DateTime,
    /// A named object schema.
    Object(String),
    Array(Box<Type>),
    /// A free-form object.
    Map,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    pub tag: String,
    /// The API family the operation belongs to, told by its path.
    pub generation: Generation,
    /// The resource the operation belongs to (`users`): the first tag, or
    /// `x-crashplan-operation.resource`.
    pub resource: String,
    /// What it does to the resource (`list`, `get`, `create`, `deactivate`): the operationId's
    /// first word, or `x-crashplan-operation.verb`.
    pub verb: String,
    /// `x-crashplan-operation.sdk: internal`: machinery of the SDK itself (the login), not a
    /// method of a resource handle or a CLI command.
    pub internal: bool,
    pub params: Vec<Param>,
    pub body: Option<String>,
    pub response: Option<String>,
    /// Documented statuses with the names of their documented headers.
    pub responses: Vec<(u16, Vec<String>)>,
    pub list: Option<List>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub location: String,
    pub ty: Type,
    pub required: bool,
    pub description: String,
    pub known_values: Vec<String>,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Path,
    /// A paging parameter and what it says (`x-crashplan-paging`).
    Paging(Paging),
    /// A list filter: the item property it compares and how (`x-crashplan-filter`). `matching`
    /// is `unknown` when the spec does not say (the property is then the parameter's name).
    Filter {
        property: String,
        matching: String,
    },
    Other,
}

/// What a paging parameter says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// Index of the first item (from 0).
    Offset,
    /// Items asked for, with `Offset`.
    Limit,
    /// Page number (from 1).
    Page,
    /// Items per page, with `Page`.
    PageSize,
}

impl Paging {
    /// The role named by `x-crashplan-paging` (`true` means: the parameter's name says it).
    fn parse(value: &Value, name: &str) -> Option<Self> {
        let role = match value {
            Value::Bool(true) => name,
            Value::String(s) => s.as_str(),
            _ => return None,
        };
        Some(match role {
            "offset" => Self::Offset,
            "limit" => Self::Limit,
            "page" => Self::Page,
            "pageSize" => Self::PageSize,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Offset => "Offset",
            Self::Limit => "Limit",
            Self::Page => "Page",
            Self::PageSize => "PageSize",
        }
    }
}

/// A list operation: `GET` answering `{metadata, <items>: [...]}` (CrashPlan PRO 3.x), or a
/// paged `GET` answering `{metadata, data: {totalCount, <items>: [...]}}` (today).
#[derive(Debug, Clone)]
pub struct List {
    pub items_key: String,
    pub item: String,
    /// `getX` at `<path>/{id}` and its schema, when the resource has a detail view.
    pub detail: Option<(String, String)>,
    /// The property of the answer holding the page (`data`), when the items are not at the
    /// top of the answer.
    pub envelope: Option<String>,
    /// The page's integer property announcing how many items match (`totalCount`): a hint
    /// that limits the requests sent ahead, never the end of the list.
    pub total: Option<String>,
}

/// The two API families of the spec, told apart by the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Generation {
    /// CrashPlan PRO 3.x (2010): `/rest/...`.
    Pro3,
    /// Today's CrashPlan: `/api/v1|v3|v38/...`.
    Today,
}

impl Generation {
    /// The generation of a path: `/rest/` is CrashPlan PRO 3.x, `/api/` is today's.
    pub fn of_path(path: &str) -> Option<Self> {
        if path.starts_with("/rest/") {
            Some(Self::Pro3)
        } else if path.starts_with("/api/") {
            Some(Self::Today)
        } else {
            None
        }
    }

    /// The variant's name in `crashplan_api::spec::Generation`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Pro3 => "Pro3",
            Self::Today => "Today",
        }
    }
}

impl Operation {
    /// Whether the operation serves a CLI command: every operation but the SDK's own
    /// machinery (the login). A verb of a resource is one command for both generations.
    pub fn is_command(&self) -> bool {
        !self.internal
    }
}

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];
/// The match kinds of `x-crashplan-filter` (`unknown`: the generator's own, for a filter that
/// compares no property of the items under its own name and has no extension to say what).
pub const MATCHES: [&str; 5] = [
    "equals",
    "ignoreCase",
    "computerGuid",
    "recentDays",
    "unknown",
];

impl Model {
    pub fn schema(&self, name: &str) -> Option<&Schema> {
        self.schemas.iter().find(|s| s.name == name)
    }

    /// The generated type of the property `prop` of `schema`, if it documents known values.
    pub fn known_type(&self, owner: &str, name: &str) -> Option<&KnownType> {
        self.known
            .iter()
            .find(|k| k.uses.iter().any(|(o, n)| o == owner && n == name))
    }

    pub fn lists(&self) -> impl Iterator<Item = (&Operation, &List)> {
        self.operations
            .iter()
            .filter_map(|o| o.list.as_ref().map(|l| (o, l)))
    }
}

impl Schema {
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }
}

/// Reads the model from a linted spec.
pub fn build(spec: &openapiv3::OpenAPI) -> Result<Model> {
    let doc = serde_yaml_ng::to_value(spec).context("cannot convert the spec")?;
    let reader = Reader { doc: &doc };
    let mut schemas = Vec::new();
    let mut schema_names = Vec::new();
    if let Some(map) = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_mapping)
    {
        for (name, node) in map {
            let name = name.as_str().unwrap_or_default().to_owned();
            schema_names.push(name.clone());
            if !is_object(reader.resolve(node)) {
                continue;
            }
            schemas.push(reader.schema(&name, node)?);
        }
    }
    let mut operations = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_mapping) {
        for (path, item) in paths {
            let path = path.as_str().unwrap_or_default();
            for method in METHODS {
                if let Some(op) = item.get(method) {
                    operations.push(reader.operation(path, method, item, op)?);
                }
            }
        }
    }
    let tags = doc
        .get("tags")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .map(|t| (str_of(t.get("name")), str_of(t.get("description"))))
        .collect();
    let mut model = Model {
        version: str_of(doc.get("info").and_then(|i| i.get("version"))),
        schemas,
        operations,
        tags,
        known: Vec::new(),
        schema_names,
        warnings: Vec::new(),
    };
    link_lists(&mut model)?;
    model.known = known_types(&model);
    check_names(&model)?;
    model.type_names()?;
    Ok(model)
}

struct Reader<'a> {
    doc: &'a Value,
}

fn str_of(v: Option<&Value>) -> String {
    v.and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn is_object(node: &Value) -> bool {
    node.get("type").and_then(Value::as_str) == Some("object") || node.get("allOf").is_some()
}

fn ref_name(node: &Value) -> Option<&str> {
    node.get("$ref")?.as_str()?.rsplit('/').next()
}

/// `{ allOf: [{ $ref: X }], description: ... }`: a use of `X` with a description of its own
/// (OpenAPI 3.0 ignores anything beside a `$ref`; `load_spec` rewrites such siblings into
/// this form). Returns the `$ref` part.
fn single_ref(node: &Value) -> Option<&Value> {
    if node.get("properties").is_some() {
        return None;
    }
    match node.get("allOf")?.as_sequence()?.as_slice() {
        [part] if part.get("$ref").is_some() => Some(part),
        _ => None,
    }
}

fn strings(node: Option<&Value>) -> Vec<String> {
    node.and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

impl<'a> Reader<'a> {
    fn resolve(&self, node: &'a Value) -> &'a Value {
        let mut node = node;
        for _ in 0..8 {
            let Some(target) = node.get("$ref").and_then(Value::as_str) else {
                return node;
            };
            let mut at = self.doc;
            for part in target.trim_start_matches("#/").split('/') {
                match at.get(part) {
                    Some(next) => at = next,
                    None => return node,
                }
            }
            node = at;
        }
        node
    }

    fn schema(&self, name: &str, node: &'a Value) -> Result<Schema> {
        let node = self.resolve(node);
        let mut props = Vec::new();
        let mut open = false;
        let mut base = None;
        self.collect(node, &mut props, &mut open, &mut base, true)?;
        Ok(Schema {
            name: name.to_owned(),
            description: str_of(node.get("description")),
            properties: props,
            open,
            base,
        })
    }

    fn collect(
        &self,
        node: &'a Value,
        props: &mut Vec<Property>,
        open: &mut bool,
        base: &mut Option<String>,
        top: bool,
    ) -> Result<()> {
        if let Some(parts) = node.get("allOf").and_then(Value::as_sequence) {
            for (i, part) in parts.iter().enumerate() {
                if top && i == 0 {
                    *base = ref_name(part).map(str::to_owned);
                }
                self.collect(self.resolve(part), props, open, base, false)?;
            }
            return Ok(());
        }
        if node
            .get("additionalProperties")
            .is_some_and(|v| !matches!(v, Value::Bool(false)))
        {
            *open = true;
        }
        let required = strings(node.get("required"));
        if let Some(map) = node.get("properties").and_then(Value::as_mapping) {
            for (name, prop) in map {
                let name = name.as_str().unwrap_or_default().to_owned();
                let resolved = self.resolve(single_ref(prop).unwrap_or(prop));
                // What the property says of itself first, then what its schema says.
                let own = |key: &str| prop.get(key).or_else(|| resolved.get(key));
                let property = Property {
                    required: required.contains(&name),
                    nullable: own("nullable").and_then(Value::as_bool) == Some(true),
                    write_only: own("writeOnly").and_then(Value::as_bool) == Some(true),
                    secret: resolved.get("format").and_then(Value::as_str) == Some("password"),
                    description: str_of(own("description")),
                    known_values: strings(own("x-known-values")),
                    names: own("x-crashplan-names")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    ty: self.ty(prop)?,
                    name,
                };
                props.retain(|p| p.name != property.name);
                props.push(property);
            }
        }
        Ok(())
    }

    fn ty(&self, node: &'a Value) -> Result<Type> {
        let node = single_ref(node).unwrap_or(node);
        let resolved = self.resolve(node);
        if is_object(resolved) {
            return Ok(match ref_name(node) {
                Some(name) => Type::Object(name.to_owned()),
                None if resolved.get("properties").is_none() => Type::Map,
                None => {
                    bail!("inline object schemas with properties are not supported: use a $ref")
                }
            });
        }
        Ok(match resolved.get("type").and_then(Value::as_str) {
            Some("integer") => Type::Integer,
            Some("number") => Type::Number,
            Some("boolean") => Type::Boolean,
            Some("array") => {
                let items = resolved.get("items").context("an array without items")?;
                Type::Array(Box::new(self.ty(items)?))
            }
            Some("string")
                if resolved.get("format").and_then(Value::as_str) == Some("date-time") =>
            {
                Type::DateTime
            }
            _ => Type::String,
        })
    }

    fn operation(
        &self,
        path: &str,
        method: &str,
        item: &'a Value,
        op: &'a Value,
    ) -> Result<Operation> {
        let id = str_of(op.get("operationId"));
        let mut params = Vec::new();
        let all = item
            .get("parameters")
            .and_then(Value::as_sequence)
            .into_iter()
            .chain(op.get("parameters").and_then(Value::as_sequence))
            .flatten();
        for node in all {
            let p = self.resolve(node);
            let name = str_of(p.get("name"));
            let location = str_of(p.get("in"));
            let schema = p.get("schema").map(|s| self.resolve(s));
            let role = if location == "path" {
                Role::Path
            } else if let Some(ext) = p.get("x-crashplan-paging") {
                Role::Paging(Paging::parse(ext, &name).with_context(|| {
                    format!(
                        "{id}: parameter {name}: x-crashplan-paging must be offset, limit, page \
                         or pageSize (or true when the parameter has one of those names)"
                    )
                })?)
            } else if location == "query"
                && method == "get"
                && p.get("x-crashplan-filter").and_then(Value::as_bool) != Some(false)
            {
                let ext = p.get("x-crashplan-filter");
                let property = ext
                    .and_then(|e| e.get("property"))
                    .and_then(Value::as_str)
                    .unwrap_or(&name)
                    .to_owned();
                let matching = ext
                    .and_then(|e| e.get("match"))
                    .and_then(Value::as_str)
                    .unwrap_or("equals")
                    .to_owned();
                if !MATCHES[..4].contains(&matching.as_str()) {
                    bail!(
                        "{id}: parameter {name}: unknown x-crashplan-filter match {matching:?} \
                         (known: {:?})",
                        &MATCHES[..4]
                    );
                }
                Role::Filter { property, matching }
            } else {
                Role::Other
            };
            params.push(Param {
                ty: match p.get("schema") {
                    Some(s) => self.ty(s)?,
                    None => Type::String,
                },
                required: p.get("required").and_then(Value::as_bool) == Some(true),
                description: str_of(p.get("description")),
                known_values: strings(schema.and_then(|s| s.get("x-known-values"))),
                name,
                location,
                role,
            });
        }
        let body = op
            .get("requestBody")
            .map(|b| self.resolve(b))
            .and_then(|b| b.get("content"))
            .and_then(|c| c.get("application/json"))
            .and_then(|c| c.get("schema"))
            .and_then(ref_name)
            .map(str::to_owned);
        let mut response = None;
        let mut responses = Vec::new();
        if let Some(map) = op.get("responses").and_then(Value::as_mapping) {
            for (code, resp) in map {
                let code: u16 = match code {
                    Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()).unwrap_or(0),
                    Value::String(s) => s.parse().unwrap_or(0),
                    _ => 0,
                };
                let resp = self.resolve(resp);
                if (200..300).contains(&code) {
                    response = resp
                        .get("content")
                        .and_then(|c| c.get("application/json"))
                        .and_then(|c| c.get("schema"))
                        .and_then(ref_name)
                        .map(str::to_owned);
                }
                let headers = resp
                    .get("headers")
                    .and_then(Value::as_mapping)
                    .into_iter()
                    .flatten()
                    .filter_map(|(k, _)| k.as_str().map(str::to_owned))
                    .collect();
                responses.push((code, headers));
            }
        }
        responses.sort();
        let tag = strings(op.get("tags"))
            .into_iter()
            .next()
            .unwrap_or_default();
        let ext = op.get("x-crashplan-operation");
        let ext_str = |key: &str| ext.and_then(|e| e.get(key)).and_then(Value::as_str);
        let resource = ext_str("resource").map_or_else(|| tag.clone(), str::to_owned);
        let verb = match ext_str("verb") {
            Some(verb) => verb.to_owned(),
            None => first_word(&id),
        };
        if resource.is_empty() || verb.is_empty() {
            bail!(
                "{id}: cannot tell its resource and verb (resource {resource:?}, verb {verb:?}): \
                 give it a tag and an operationId of the form verbNoun, or set \
                 x-crashplan-operation: {{ resource: ..., verb: ... }}"
            );
        }
        let generation = Generation::of_path(path).with_context(|| {
            format!(
                "{id}: cannot tell the API generation of {path}: paths start with /rest/ \
                 (CrashPlan PRO 3.x) or /api/ (today's CrashPlan)"
            )
        })?;
        let internal = match ext_str("sdk") {
            None => false,
            Some("internal") => true,
            Some(other) => {
                bail!("{id}: x-crashplan-operation.sdk must be `internal`, not {other:?}")
            }
        };
        Ok(Operation {
            summary: str_of(op.get("summary")),
            description: str_of(op.get("description")),
            tag,
            generation,
            resource,
            verb,
            internal,
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            id,
            params,
            body,
            response,
            responses,
            list: None,
        })
    }
}

/// The arrays of objects of a schema: `(property, item schema)`.
fn object_arrays(schema: &Schema) -> Vec<(String, String)> {
    schema
        .properties
        .iter()
        .filter_map(|p| match &p.ty {
            Type::Array(inner) => match inner.as_ref() {
                Type::Object(item) => Some((p.name.clone(), item.clone())),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// Where the items of a list answer are, if `op` is a list: `(envelope, items_key, item,
/// total)`. CrashPlan PRO 3.x: a `GET` answering `metadata` beside one array of objects.
/// Today's: a `GET` with page-number paging answering `data` whose schema has one array of
/// objects, and maybe an integer `totalCount`.
fn list_shape(model: &Model, op: &Operation) -> Result<Option<ListShape>> {
    if op.method != "GET" {
        return Ok(None);
    }
    let Some(schema) = op.response.as_deref().and_then(|r| model.schema(r)) else {
        return Ok(None);
    };
    match op.generation {
        Generation::Pro3 => {
            if schema.property("metadata").is_none() {
                return Ok(None);
            }
            let [(items_key, item)] = object_arrays(schema).try_into().map_err(|_| {
                anyhow::anyhow!(
                    "{}: a list answer needs exactly one array of objects",
                    op.id
                )
            })?;
            Ok(Some(ListShape {
                envelope: None,
                items_key,
                item,
                total: None,
            }))
        }
        Generation::Today => {
            let paged = op
                .params
                .iter()
                .any(|p| p.role == Role::Paging(Paging::Page));
            let page = match schema.property("data").map(|p| &p.ty) {
                Some(Type::Object(page)) if paged => model
                    .schema(page)
                    .with_context(|| format!("{}: no schema {page}", op.id))?,
                _ => return Ok(None),
            };
            let [(items_key, item)] = object_arrays(page).try_into().map_err(|_| {
                anyhow::anyhow!(
                    "{}: a paged answer's `data` ({}) needs exactly one array of objects",
                    op.id,
                    page.name
                )
            })?;
            let total = page
                .property("totalCount")
                .filter(|p| p.ty == Type::Integer)
                .map(|p| p.name.clone());
            Ok(Some(ListShape {
                envelope: Some("data".to_owned()),
                items_key,
                item,
                total,
            }))
        }
    }
}

struct ListShape {
    envelope: Option<String>,
    items_key: String,
    item: String,
    total: Option<String>,
}

/// Marks the list operations (see [`list_shape`]) and finds their detail operation
/// (`GET <path>/{id}`).
fn link_lists(model: &mut Model) -> Result<()> {
    let mut found = Vec::new();
    for (i, op) in model.operations.iter().enumerate() {
        let Some(ListShape {
            envelope,
            items_key,
            item,
            total,
        }) = list_shape(model, op)?
        else {
            continue;
        };
        let detail_path = format!("{}/{{id}}", op.path);
        let detail = model
            .operations
            .iter()
            .find(|o| o.method == "GET" && o.path == detail_path)
            .and_then(|o| Some((o.id.clone(), o.response.clone()?)));
        found.push((
            i,
            List {
                items_key,
                item,
                detail,
                envelope,
                total,
            },
        ));
    }
    for (i, list) in found {
        model.operations[i].list = Some(list);
    }
    // A filter compares a property of the listed items. One that names none (and says no
    // other way) still reaches the wire from every layer, but the emulator cannot evaluate
    // it: it answers it with an error, and the generator says how to describe it.
    let mut warnings = Vec::new();
    let mut unknown = Vec::new();
    for (i, op) in model.operations.iter().enumerate() {
        let Some(list) = &op.list else { continue };
        let item = model.schema(&list.item).context("list item schema")?;
        for (j, p) in op.params.iter().enumerate() {
            if let Role::Filter { property, matching } = &p.role
                && item.property(property).is_none()
            {
                if matching != "equals" {
                    bail!(
                        "{}: filter {} compares property {property} ({matching}), which {} does \
                         not have",
                        op.id,
                        p.name,
                        list.item
                    );
                }
                warnings.push(format!(
                    "{}: filter {} compares no property of {} (it has no property {property}): \
                     the SDK and the CLI send it, the emulator answers it with 501 unless its \
                     handler evaluates it (`crashplan-emulator --list-unimplemented`); describe it \
                     with x-crashplan-filter: {{ property: <a property of {}>, match: {} }}",
                    op.id,
                    p.name,
                    list.item,
                    list.item,
                    MATCHES[..4].join("|")
                ));
                unknown.push((i, j));
            }
        }
    }
    for (i, j) in unknown {
        if let Role::Filter { matching, .. } = &mut model.operations[i].params[j].role {
            *matching = "unknown".to_owned();
        }
    }
    model.warnings.extend(warnings);
    Ok(())
}

/// Names every distinct set of known values; see [`KnownType::name`].
fn known_types(model: &Model) -> Vec<KnownType> {
    let mut uses: Vec<(String, Vec<String>, String, String)> = Vec::new();
    for schema in &model.schemas {
        for p in schema
            .properties
            .iter()
            .filter(|p| !p.known_values.is_empty())
        {
            uses.push((
                pascal(&p.name),
                p.known_values.clone(),
                schema.name.clone(),
                p.name.clone(),
            ));
        }
    }
    for op in &model.operations {
        for p in op.params.iter().filter(|p| !p.known_values.is_empty()) {
            uses.push((
                pascal(&p.name),
                p.known_values.clone(),
                op.id.clone(),
                p.name.clone(),
            ));
        }
    }
    // Distinct (name, values) sets in first-seen order, with their uses.
    let mut sets: Vec<KnownType> = Vec::new();
    for (name, values, owner, prop) in uses {
        match sets
            .iter_mut()
            .find(|k| k.name == name && k.values == values)
        {
            Some(set) => set.uses.push((owner, prop)),
            None => sets.push(KnownType {
                name,
                values,
                uses: vec![(owner, prop)],
            }),
        }
    }
    // Where sets share a name, the most used keeps it; the others take their first owner's name.
    let names: Vec<String> = sets.iter().map(|k| k.name.clone()).collect();
    let mut out = sets.clone();
    for (i, set) in sets.iter().enumerate() {
        let rivals: Vec<&KnownType> = sets.iter().filter(|k| k.name == set.name).collect();
        let best = rivals
            .iter()
            .enumerate()
            .max_by_key(|(at, k)| (k.uses.len(), std::cmp::Reverse(*at)))
            .map(|(_, k)| *k);
        if rivals.len() > 1 && best != Some(set) {
            let owner = &set.uses[0].0;
            let owner = model
                .operations
                .iter()
                .find(|o| &o.id == owner)
                .and_then(|o| o.list.as_ref())
                .map_or(owner.as_str(), |l| l.item.as_str());
            out[i].name = format!("{}{}", pascal(owner), names[i]);
        }
    }
    out
}

/// `status` -> `Status`, `computer-usage` -> `ComputerUsage`.
pub fn pascal(name: &str) -> String {
    let mut out = String::new();
    let mut up = true;
    for c in name.chars() {
        if c == '_' || c == '-' || c == ' ' {
            up = true;
        } else if up {
            out.push(c.to_ascii_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The operationId's first word: `listUsers` -> `list`.
fn first_word(id: &str) -> String {
    id.chars().take_while(char::is_ascii_lowercase).collect()
}

/// Each operation is one verb of one resource of one generation: two operations with the same
/// resource and verb in one generation would be one facade method and one CLI command. Each
/// generation may have it once (`listUsers` and `listUsersV1` are both `users list`: the
/// handles `client.users()` and `client.today().users()`).
fn check_names(model: &Model) -> Result<()> {
    let mut seen = std::collections::BTreeMap::new();
    for op in model.operations.iter().filter(|o| !o.internal) {
        let key = (op.generation, op.resource.as_str(), op.verb.as_str());
        if let Some(other) = seen.insert(key, &op.id) {
            bail!(
                "{} and {other} are both `{} {}` ({:?}): set x-crashplan-operation: {{ verb: ... }} \
                 on one of them",
                op.id,
                op.resource,
                op.verb,
                op.generation
            );
        }
    }
    Ok(())
}

/// The public type names users meet, each with what it is: no two may be the same (one name,
/// one meaning; a second `Status` would shadow the first in every `use`). Filled by
/// [`Model::type_names`] with the generated `crashplan_api::types`; other generators add the
/// names they emit (facade handles and builders) with [`TypeNames::add`].
#[derive(Debug, Clone, Default)]
pub struct TypeNames {
    seen: std::collections::BTreeMap<String, String>,
}

impl TypeNames {
    /// Claims `name` for `what` (a phrase naming the type and where it comes from, e.g.
    /// "`types::User`, the schema User"). Fails naming both when `name` is already taken.
    pub fn add(&mut self, name: &str, what: impl Into<String>) -> Result<()> {
        let what = what.into();
        if let Some(first) = self.seen.get(name) {
            bail!("two public types would be named {name}: {first}, and {what}");
        }
        self.seen.insert(name.to_owned(), what);
        Ok(())
    }

    /// Every claimed name, in order.
    #[allow(dead_code)] // for the generators that add names after the model's
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.seen.keys().map(String::as_str)
    }
}

impl Model {
    /// The names of `crashplan_api::types`: one per schema and one per set of known values.
    /// Fails when two are the same (see [`TypeNames`]).
    pub fn type_names(&self) -> Result<TypeNames> {
        let mut names = TypeNames::default();
        for schema in &self.schema_names {
            names.add(schema, format!("`types::{schema}`, the schema {schema}"))?;
        }
        for known in &self.known {
            let uses: Vec<String> = known.uses.iter().map(|(o, p)| format!("{o}.{p}")).collect();
            let what = format!(
                "`types::{}`, the known values {:?} of {}",
                known.name,
                known.values,
                uses.join(", ")
            );
            names.add(&known.name, what).map_err(|err| {
                let hint = if self.schema_names.contains(&known.name) {
                    "rename the schema (schema names are not sent on the wire: only the Rust \
                     type's name changes)"
                } else {
                    "document the same values on both (one type), or rename the schema that \
                     owns one of them (the name is prefixed with it)"
                };
                anyhow::anyhow!("{err}; {hint}")
            })?;
        }
        Ok(names)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A spec with a list, its detail, and whatever `extra` adds to the list's parameters.
    pub(crate) fn spec(extra_params: &str, extra_paths: &str) -> openapiv3::OpenAPI {
        let yaml = format!(
            r##"
openapi: 3.0.3
info: {{ title: t, version: "1" }}
tags: [{{ name: plans, description: Plans. }}]
paths:
  /rest/plans:
    get:
      tags: [plans]
      operationId: listPlans
      description: Lists plans.
      parameters:
        - {{ name: name, in: query, description: By name., schema: {{ type: string }} }}
        - {{ name: offset, in: query, x-crashplan-paging: true, description: Paging., schema: {{ type: integer }} }}
        - {{ name: pgSize, in: query, x-crashplan-paging: pageSize, description: Paging., schema: {{ type: integer }} }}
{extra_params}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{ $ref: "#/components/schemas/PlanList" }}
  /rest/plans/{{id}}:
    get:
      tags: [plans]
      operationId: getPlan
      description: Gets a plan.
      parameters:
        - {{ name: id, in: path, required: true, description: Id., schema: {{ type: integer, format: int64 }} }}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{ $ref: "#/components/schemas/Plan" }}
{extra_paths}
components:
  schemas:
    Plan:
      type: object
      additionalProperties: {{}}
      properties:
        id: {{ type: integer, format: int64, description: Id. }}
        name: {{ type: string, description: Name. }}
        status: {{ type: string, description: Status., x-known-values: [Active, Deactivated] }}
    PlanList:
      type: object
      additionalProperties: {{}}
      properties:
        metadata: {{ type: object, additionalProperties: {{}}, description: Metadata. }}
        plans: {{ type: array, items: {{ $ref: "#/components/schemas/Plan" }}, description: Plans. }}
    V1PlanPage:
      type: object
      additionalProperties: {{}}
      properties:
        totalCount: {{ type: integer, format: int64, description: A hint. }}
        plans: {{ type: array, items: {{ $ref: "#/components/schemas/Plan" }}, description: Plans. }}
    V1PlanList:
      type: object
      additionalProperties: {{}}
      required: [data]
      properties:
        metadata: {{ type: object, additionalProperties: {{}}, description: Metadata. }}
        data: {{ $ref: "#/components/schemas/V1PlanPage" }}
    V1PlanResponse:
      type: object
      additionalProperties: {{}}
      required: [data]
      properties:
        data: {{ $ref: "#/components/schemas/Plan" }}
"##
        );
        serde_yaml_ng::from_str(&yaml).expect("test spec parses")
    }

    #[test]
    fn every_operation_has_a_resource_and_a_verb() {
        let model = build(&spec("", "")).expect("model");
        let names: Vec<_> = model
            .operations
            .iter()
            .map(|o| (o.id.as_str(), o.resource.as_str(), o.verb.as_str()))
            .collect();
        assert_eq!(
            names,
            [("listPlans", "plans", "list"), ("getPlan", "plans", "get")]
        );
        let list = model.operations[0].list.as_ref().expect("a list");
        assert_eq!(list.detail, Some(("getPlan".into(), "Plan".into())));
        let roles: Vec<_> = model.operations[0].params.iter().map(|p| &p.role).collect();
        assert_eq!(roles[1], &Role::Paging(Paging::Offset));
        assert_eq!(roles[2], &Role::Paging(Paging::PageSize));
        assert_eq!(model.known[0].name, "Status");
    }

    #[test]
    fn two_operations_with_one_resource_and_verb_are_refused() {
        let twin = r##"
  /rest/plans/all:
    get:
      tags: [plans]
      operationId: listAllPlans
      description: Lists plans again.
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/PlanList" }
"##;
        let err = build(&spec("", twin)).expect_err("two `plans list`");
        assert!(
            err.to_string()
                .contains("listAllPlans and listPlans are both `plans list`"),
            "{err}"
        );
        let renamed = twin.replace(
            "      operationId: listAllPlans\n",
            "      operationId: listAllPlans\n      x-crashplan-operation: { verb: list-all }\n",
        );
        let model = build(&spec("", &renamed)).expect("a verb of its own");
        assert_eq!(model.operations[2].verb, "list-all");
    }

    /// Today's twin of `listPlans` (`/api/v1/Plan`, paged by `pgNum`/`pgSize`, items in
    /// `data`), and a detail of today's answering `data` without paging.
    pub(crate) const TODAY_TWINS: &str = r##"
  /api/v1/Plan:
    get:
      tags: [plans]
      operationId: listPlansV1
      description: Lists plans of today.
      parameters:
        - { name: pgNum, in: query, x-crashplan-paging: page, description: Paging., schema: { type: integer } }
        - { name: pgSize, in: query, x-crashplan-paging: pageSize, description: Paging., schema: { type: integer } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/V1PlanList" }
  /api/v1/Plan/{planUid}:
    get:
      tags: [plans]
      operationId: getPlanV1
      description: Gets a plan of today.
      parameters:
        - { name: planUid, in: path, required: true, description: Uid., schema: { type: string } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/V1PlanResponse" }
    post:
      tags: [plans]
      operationId: blockPlanV1
      description: Blocks a plan; answers no body.
      parameters:
        - { name: planUid, in: path, required: true, description: Uid., schema: { type: string } }
      responses:
        "200": { description: ok }
"##;

    #[test]
    fn the_generation_is_told_by_the_path() {
        let model = build(&spec("", TODAY_TWINS)).expect("model");
        let generations: Vec<_> = model
            .operations
            .iter()
            .map(|o| (o.id.as_str(), o.generation))
            .collect();
        assert_eq!(
            generations,
            [
                ("listPlans", Generation::Pro3),
                ("getPlan", Generation::Pro3),
                ("listPlansV1", Generation::Today),
                ("getPlanV1", Generation::Today),
                ("blockPlanV1", Generation::Today),
            ]
        );
        let elsewhere = TODAY_TWINS.replace("/api/v1/Plan:", "/v1/Plan:");
        let err = build(&spec("", &elsewhere)).expect_err("no generation");
        assert!(
            err.to_string()
                .contains("listPlansV1: cannot tell the API generation of /v1/Plan"),
            "{err}"
        );
        assert_eq!(Generation::of_path("/rest/users"), Some(Generation::Pro3));
        assert_eq!(Generation::of_path("/api/v38/x"), Some(Generation::Today));
        assert_eq!(Generation::of_path("/restful"), None);
    }

    #[test]
    fn one_resource_and_verb_once_per_generation() {
        // `plans list` and `plans get` in both generations: allowed.
        let model = build(&spec("", TODAY_TWINS)).expect("twins of two generations");
        assert_eq!(model.operations[2].verb, "list");
        assert_eq!(model.operations[3].verb, "get");
        // A second `plans list` of today: refused.
        let again = format!(
            "{TODAY_TWINS}{}",
            TODAY_TWINS
                .split("  /api/v1/Plan/{planUid}:")
                .next()
                .unwrap_or_default()
                .replace("/api/v1/Plan:", "/api/v3/plans:")
                .replace("listPlansV1", "listPlansV3")
        );
        let err = build(&spec("", &again)).expect_err("two `plans list` of today");
        assert!(
            err.to_string()
                .contains("listPlansV3 and listPlansV1 are both `plans list` (Today)"),
            "{err}"
        );
    }

    #[test]
    fn todays_paged_answers_in_data_are_lists_with_a_total_hint() {
        let model = build(&spec("", TODAY_TWINS)).expect("model");
        let list = model.operations[2]
            .list
            .as_ref()
            .expect("listPlansV1 is a list");
        assert_eq!(list.envelope.as_deref(), Some("data"));
        assert_eq!(list.items_key, "plans");
        assert_eq!(list.item, "Plan");
        assert_eq!(list.total.as_deref(), Some("totalCount"));
        assert_eq!(list.detail, None, "today's detail is not at <path>/{{id}}");
        let pro3 = model.operations[0]
            .list
            .as_ref()
            .expect("listPlans is a list");
        assert_eq!((pro3.envelope.as_ref(), pro3.total.as_ref()), (None, None));
        // Not paged: an answer in `data`, not a list; no body: no response schema.
        assert!(model.operations[3].list.is_none());
        assert_eq!(
            model.operations[3].response.as_deref(),
            Some("V1PlanResponse")
        );
        assert_eq!(model.operations[4].response, None);
        // Paged, but `data` holds no array of objects: refused, naming the page.
        let bad = TODAY_TWINS.replace("V1PlanList", "V1PlanResponse");
        let err = build(&spec("", &bad)).expect_err("no items");
        assert!(
            err.to_string().contains(
                "listPlansV1: a paged answer's `data` (Plan) needs exactly one array of objects"
            ),
            "{err}"
        );
    }

    #[test]
    fn todays_operations_of_the_spec_are_in_the_facade_not_yet_the_cli() {
        let model = model_of(&spec_text()).expect("model");
        let of = |g| {
            model
                .operations
                .iter()
                .filter(|o| o.generation == g)
                .count()
        };
        assert!(of(Generation::Pro3) >= 12 && of(Generation::Today) >= 30);
        let users = model
            .operations
            .iter()
            .find(|o| o.id == "listUsersV1")
            .expect("listUsersV1");
        assert_eq!(
            (users.resource.as_str(), users.verb.as_str()),
            ("users", "list")
        );
        let list = users.list.as_ref().expect("a list");
        assert_eq!(
            (
                list.envelope.as_deref(),
                list.items_key.as_str(),
                list.item.as_str()
            ),
            (Some("data"), "users", "V1User")
        );
        assert!(users.is_command(), "`users list` on current servers");
        assert!(
            model
                .operations
                .iter()
                .any(|o| o.id == "listUsers" && o.is_command())
        );
        let get = model
            .operations
            .iter()
            .find(|o| o.id == "getDeviceV1")
            .expect("get");
        assert!(
            get.list.is_none(),
            "a device's backupUsage array is not a list"
        );
    }

    #[test]
    fn a_filter_that_compares_no_property_is_a_warning_not_an_error() {
        let model = build(&spec(
            "        - { name: legalHold, in: query, description: Under legal hold., schema: { type: boolean } }",
            "",
        ))
        .expect("generation goes on");
        let param = model.operations[0]
            .params
            .iter()
            .find(|p| p.name == "legalHold")
            .expect("kept");
        assert_eq!(
            param.role,
            Role::Filter {
                property: "legalHold".into(),
                matching: "unknown".into()
            }
        );
        assert!(
            model.warnings[0].contains("listPlans: filter legalHold compares no property of Plan")
                && model.warnings[0].contains("x-crashplan-filter"),
            "{:?}",
            model.warnings
        );
    }

    fn spec_text() -> String {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        std::fs::read_to_string(root.join(crate::SPEC_PATH)).expect("read the spec")
    }

    fn model_of(text: &str) -> Result<Model> {
        let spec: openapiv3::OpenAPI = serde_yaml_ng::from_str(text).expect("parses");
        build(&spec)
    }

    #[test]
    fn every_set_of_known_values_has_a_type_and_its_uses() {
        let model = model_of(&spec_text()).expect("model");
        let status = model.known_type("User", "status").expect("User.status");
        assert_eq!(status.name, "Status");
        assert_eq!(status.values, ["Active", "Deactivated"]);
        assert_eq!(model.known_type("listUsers", "status"), Some(status));
        let mount = model
            .known_type("MountPoint", "status")
            .expect("MountPoint.status");
        assert_eq!(mount.name, "MountPointStatus");
        assert_eq!(model.known_type("listMountPoints", "status"), Some(mount));
        assert_eq!(model.known_type("ComputerUsage", "sourceStatus"), None);
    }

    #[test]
    fn a_known_values_type_named_like_a_schema_stops_generation_naming_both() {
        // The schema OrgQuota renamed to Status: two `types::Status`.
        let text = spec_text().replace("OrgQuota", "Status");
        let err = model_of(&text).expect_err("a name collision");
        let message = format!("{err:#}");
        for needle in [
            "two public types would be named Status",
            "`types::Status`, the schema Status",
            "`types::Status`, the known values [\"Active\", \"Deactivated\"] of Org.status",
            "rename the schema",
        ] {
            assert!(message.contains(needle), "{needle:?} not in {message}");
        }
    }

    #[test]
    fn other_generators_add_their_names_to_the_same_check() {
        let model = model_of(&spec_text()).expect("model");
        let mut names = model.type_names().expect("no collision in the spec");
        assert!(names.names().any(|n| n == "Status"));
        names
            .add(
                "UsersHandle",
                "`resources::UsersHandle`, the handle of users",
            )
            .expect("a free name");
        let err = names
            .add(
                "UserList",
                "`resources::UserList`, the list builder of listUsers",
            )
            .expect_err("taken by the schema");
        assert_eq!(
            err.to_string(),
            "two public types would be named UserList: `types::UserList`, the schema UserList, \
             and `resources::UserList`, the list builder of listUsers"
        );
    }
}
