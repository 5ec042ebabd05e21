//! The generated files besides the progenitor client, from the [`Model`]:
//!
//! * `crates/crashplan-api/src/spec_tables.rs`: the spec as data (`crashplan_api::spec::API`);
//! * `crates/crashplan-api/src/views.rs`: detail view -> list view conversions;
//! * `crates/crashplan/src/resources/generated.rs`: one list builder per list operation, one
//!   typed setter per filter;
//! * `crates/crashplan-cli/src/generated.rs`: one clap `Args` struct per list operation (its
//!   filters) and per request body (its writable fields);
//! * `crates/crashplan-emulator/src/examples.rs`: the spec's examples, as the emulator's seed
//!   (and the items it serves for read-only resources without a hand-written handler);
//! * `crates/crashplan-api/tests/generated/example_types.rs`: the generated type of every
//!   schema with an example, for the round-trip test of `crates/crashplan-api/tests/examples.rs`.
//!
//! CLI naming rules live here too: a property or filter whose flag would collide with a global
//! flag is renamed ([`FLAG_RENAMES`]: `username` is `--login`, since `--username` names the
//! account the CLI connects with); secrets never become flags, only `--new-<name>-stdin`.

use std::fmt::Write as _;

use anyhow::{Context, Result};

pub mod cli;
pub mod facade;

use crate::model::{Model, Role, Type};

/// Names a generated flag must not take, and the name used instead: global flags of the CLI
/// (`--username` names the account the CLI connects with), names too short to read beside
/// the global `-q` (today's free-text filter `q`), and today's names for what a 2010 flag of
/// the same command already names (`orgs create --name` on both generations).
pub const FLAG_RENAMES: [(&str, &str); 3] =
    [("username", "login"), ("q", "search"), ("orgName", "name")];

/// Formats Rust source with the header in front.
pub fn format(header: &str, source: &str) -> Result<String> {
    let file: syn::File = syn::parse_str(source)
        .with_context(|| format!("generated code does not parse:\n{source}"))?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn doc(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let _ = writeln!(out, "///{}{}", if line.is_empty() { "" } else { " " }, line);
    }
    if out.is_empty() {
        out.push_str("///\n");
    }
    out
}

fn strs(values: &[String]) -> String {
    let items: Vec<String> = values.iter().map(|v| lit(v)).collect();
    format!("&[{}]", items.join(", "))
}

fn table_type(ty: &Type) -> String {
    match ty {
        Type::Integer => "Type::Integer".into(),
        Type::Number => "Type::Number".into(),
        Type::Boolean => "Type::Boolean".into(),
        Type::String => "Type::String".into(),
        Type::DateTime => "Type::DateTime".into(),
        Type::Map => "Type::Map".into(),
        Type::Object(name) => format!("Type::Object({})", lit(name)),
        Type::Array(inner) => format!("Type::Array(&{})", table_type(inner)),
    }
}

fn role(r: &Role) -> String {
    match r {
        Role::Path => "Role::Path".into(),
        Role::Paging(p) => format!("Role::Paging(Paging::{})", p.name()),
        Role::Other => "Role::Other".into(),
        Role::Filter { property, matching } => {
            let mut m = matching.clone();
            if let Some(first) = m.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!(
                "Role::Filter(Filter {{ property: {}, matching: Match::{m} }})",
                lit(property)
            )
        }
    }
}

/// `crates/crashplan-api/src/spec_tables.rs`.
pub fn tables(model: &Model) -> String {
    let mut s = String::from(
        "use super::{Api, Filter, Generation, List, Match, Operation, Paging, Param, Property, Role, Schema, Type};\n\n\
         /// The spec, as data.\npub static API: Api = Api {\n",
    );
    let _ = writeln!(s, "version: {},", lit(&model.version));
    s.push_str("operations: &[\n");
    for op in &model.operations {
        let _ = write!(
            s,
            "Operation {{ id: {}, method: {}, path: {}, summary: {}, tag: {}, generation: Generation::{}, resource: {}, verb: {}, internal: {}, params: &[",
            lit(&op.id),
            lit(&op.method),
            lit(&op.path),
            lit(&op.summary),
            lit(&op.tag),
            op.generation.name(),
            lit(&op.resource),
            lit(&op.verb),
            op.internal
        );
        for p in &op.params {
            let _ = write!(
                s,
                "Param {{ name: {}, location: {}, ty: {}, required: {}, description: {}, known_values: {}, role: {} }},",
                lit(&p.name),
                lit(&p.location),
                table_type(&p.ty),
                p.required,
                lit(&p.description),
                strs(&p.known_values),
                role(&p.role)
            );
        }
        let opt = |v: &Option<String>| {
            v.as_ref()
                .map_or("None".into(), |v| format!("Some({})", lit(v)))
        };
        let _ = write!(
            s,
            "], body: {}, response: {}, responses: &[",
            opt(&op.body),
            opt(&op.response)
        );
        for (status, headers) in &op.responses {
            let _ = write!(s, "({status}, {}),", strs(headers));
        }
        s.push_str("], list: ");
        match &op.list {
            None => s.push_str("None"),
            Some(l) => {
                let detail = l.detail.as_ref().map_or("None".into(), |(o, d)| {
                    format!("Some(({}, {}))", lit(o), lit(d))
                });
                let opt = |v: &Option<String>| {
                    v.as_ref()
                        .map_or("None".into(), |v| format!("Some({})", lit(v)))
                };
                let _ = write!(
                    s,
                    "Some(List {{ items_key: {}, item: {}, detail: {detail}, envelope: {}, total: {} }})",
                    lit(&l.items_key),
                    lit(&l.item),
                    opt(&l.envelope),
                    opt(&l.total)
                );
            }
        }
        s.push_str(" },\n");
    }
    s.push_str("],\nschemas: &[\n");
    for schema in &model.schemas {
        let _ = write!(
            s,
            "Schema {{ name: {}, description: {}, open: {}, base: {}, properties: &[",
            lit(&schema.name),
            lit(&schema.description),
            schema.open,
            schema
                .base
                .as_ref()
                .map_or("None".into(), |b| format!("Some({})", lit(b)))
        );
        for p in &schema.properties {
            let _ = write!(
                s,
                "Property {{ name: {}, ty: {}, required: {}, nullable: {}, write_only: {}, secret: {}, description: {}, known_values: {} }},",
                lit(&p.name),
                table_type(&p.ty),
                p.required,
                p.nullable,
                p.write_only,
                p.secret,
                lit(&p.description),
                strs(&p.known_values)
            );
        }
        s.push_str("] },\n");
    }
    s.push_str("],\n};\n");
    s
}

/// Rust identifier of a JSON name, as progenitor spells it (`orgId` -> `org_id`, `type` ->
/// `type_`).
pub fn snake(name: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if prev_lower {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else if c == '-' {
            out.push('_');
            prev_lower = false;
        } else {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    if syn::parse_str::<syn::Ident>(&out).is_err() {
        out.push('_');
    }
    out
}

fn kebab(name: &str) -> String {
    snake(name).trim_end_matches('_').replace('_', "-")
}

fn pascal(name: &str) -> String {
    let mut out = String::new();
    let mut up = true;
    for c in name.chars() {
        if c == '_' || c == '-' {
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

fn rust_scalar(ty: &Type) -> Option<&'static str> {
    Some(match ty {
        Type::Integer => "i64",
        Type::Number => "f64",
        Type::Boolean => "bool",
        Type::String | Type::DateTime => "String",
        _ => return None,
    })
}

/// `crates/crashplan-api/src/views.rs`: `From<&Detail> for List` for every schema that extends
/// another (`allOf: [$ref List, ...]`).
pub fn views(model: &Model) -> String {
    let mut s = String::from(
        "//! The list view of every detail view (`allOf: [$ref List, ...]` in the spec): the list\n\
         //! schema's properties, copied; unknown properties are kept.\n\n",
    );
    for schema in &model.schemas {
        let Some(base) = schema.base.as_deref().and_then(|b| model.schema(b)) else {
            continue;
        };
        let _ = writeln!(
            s,
            "impl From<&crate::types::{d}> for crate::types::{b} {{\n\
             /// The list view of a `{d}`.\n\
             fn from(detail: &crate::types::{d}) -> Self {{ Self {{",
            d = schema.name,
            b = base.name
        );
        for p in &base.properties {
            let f = snake(&p.name);
            let _ = writeln!(s, "{f}: detail.{f}.clone(),");
        }
        if base.open {
            s.push_str("extra: detail.extra.clone(),");
        }
        s.push_str("} } }\n");
    }
    s
}

/// `crates/crashplan-emulator/src/examples.rs`: every example of `spec/examples/`, by name, so
/// that the emulator's seed data is inside its crate (it is published on its own).
/// The example files of `spec/examples/`, sorted.
fn example_files(root: &std::path::Path) -> Result<Vec<std::path::PathBuf>> {
    let dir = root.join("spec/examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// `reencode_as`, included by `crates/crashplan-api/tests/examples.rs`: the generated type of
/// every schema that has an example (`<Schema>.<slug>.json`), by name.
pub fn example_types(root: &std::path::Path, model: &Model) -> Result<String> {
    let mut schemas: Vec<String> = Vec::new();
    for file in example_files(root)? {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let schema = name.split('.').next().unwrap_or_default().to_owned();
        if !model.schemas.iter().any(|s| s.name == schema) {
            anyhow::bail!("spec/examples/{name}: the spec has no object schema named {schema}");
        }
        if !schemas.contains(&schema) {
            schemas.push(schema);
        }
    }
    let mut s = String::from(
        "/// Decodes `json` as the generated type of the schema `schema` and encodes it again:\n\
         /// every schema with an example in `spec/examples/`.\n\
         fn reencode_as(schema: &str, json: &str) -> Result<Value, String> {\n\
         match schema {\n",
    );
    for schema in schemas {
        let _ = writeln!(s, "{} => reencode::<types::{schema}>(json),", lit(&schema));
    }
    s.push_str("other => Err(format!(\"no generated type named {other}\")),\n}\n}\n");
    Ok(s)
}

pub fn examples(root: &std::path::Path) -> Result<String> {
    let files = example_files(root)?;
    let mut s = String::from(
        "//! The examples of `spec/examples/` (each validated against the spec by `spec/check.py`).\n\n\
         /// `(name, JSON)` of every example, by file name without `.json`.\n\
         pub(crate) const EXAMPLES: &[(&str, &str)] = &[\n",
    );
    for file in files {
        let name = file
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let json = std::fs::read_to_string(&file)?;
        let _ = writeln!(s, "({}, {}),", lit(&name), lit(&json));
    }
    s.push_str("];\n");
    Ok(s)
}
