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
    pub tag: String,
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
    Paging,
    Filter { property: String, matching: String },
    Other,
}

/// A list operation: `GET` answering `{metadata, <items>: [...]}`.
#[derive(Debug, Clone)]
pub struct List {
    pub items_key: String,
    pub item: String,
    /// `getX` at `<path>/{id}` and its schema, when the resource has a detail view.
    pub detail: Option<(String, String)>,
}

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];
/// The match kinds of `x-crashplan-filter`.
pub const MATCHES: [&str; 4] = ["equals", "ignoreCase", "computerGuid", "recentDays"];

impl Model {
    pub fn schema(&self, name: &str) -> Option<&Schema> {
        self.schemas.iter().find(|s| s.name == name)
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
    if let Some(map) = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_mapping)
    {
        for (name, node) in map {
            let name = name.as_str().unwrap_or_default().to_owned();
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
    let mut model = Model {
        version: str_of(doc.get("info").and_then(|i| i.get("version"))),
        schemas,
        operations,
    };
    link_lists(&mut model)?;
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
                let resolved = self.resolve(prop);
                let property = Property {
                    required: required.contains(&name),
                    nullable: resolved.get("nullable").and_then(Value::as_bool) == Some(true),
                    write_only: resolved.get("writeOnly").and_then(Value::as_bool) == Some(true),
                    secret: resolved.get("format").and_then(Value::as_str) == Some("password"),
                    description: str_of(resolved.get("description")),
                    known_values: strings(resolved.get("x-known-values")),
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
            } else if p.get("x-crashplan-paging").and_then(Value::as_bool) == Some(true) {
                Role::Paging
            } else if location == "query" && method == "get" {
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
                if !MATCHES.contains(&matching.as_str()) {
                    bail!(
                        "{id}: parameter {name}: unknown x-crashplan-filter match {matching:?} (known: {MATCHES:?})"
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
        Ok(Operation {
            summary: str_of(op.get("summary")),
            tag: strings(op.get("tags"))
                .into_iter()
                .next()
                .unwrap_or_default(),
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

/// Marks the list operations (a `GET` whose answer has `metadata` and one array of objects)
/// and finds their detail operation (`GET <path>/{id}`).
fn link_lists(model: &mut Model) -> Result<()> {
    let mut found = Vec::new();
    for (i, op) in model.operations.iter().enumerate() {
        if op.method != "GET" {
            continue;
        }
        let Some(schema) = op.response.as_deref().and_then(|r| model.schema(r)) else {
            continue;
        };
        if schema.property("metadata").is_none() {
            continue;
        }
        let arrays: Vec<_> = schema
            .properties
            .iter()
            .filter_map(|p| match &p.ty {
                Type::Array(inner) => match inner.as_ref() {
                    Type::Object(item) => Some((p.name.clone(), item.clone())),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let [(items_key, item)] = arrays.as_slice() else {
            bail!(
                "{}: a list answer needs exactly one array of objects",
                op.id
            );
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
                items_key: items_key.clone(),
                item: item.clone(),
                detail,
            },
        ));
    }
    for (i, list) in found {
        model.operations[i].list = Some(list);
    }
    // Every filter must name a property of the listed items.
    for (op, list) in model.lists() {
        let item = model.schema(&list.item).context("list item schema")?;
        for p in &op.params {
            if let Role::Filter { property, .. } = &p.role
                && item.property(property).is_none()
            {
                bail!(
                    "{}: filter {} compares property {property}, which {} does not have \
                     (set x-crashplan-filter.property)",
                    op.id,
                    p.name,
                    list.item
                );
            }
        }
    }
    Ok(())
}
