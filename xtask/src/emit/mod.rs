//! The generated files besides the progenitor client, from the [`Model`]:
//!
//! * `crates/crashplan-api/src/spec_tables.rs`: the spec as data (`crashplan_api::spec::API`);
//! * `crates/crashplan-api/src/views.rs`: detail view -> list view conversions;
//! * `crates/crashplan/src/resources/generated.rs`: one list builder per list operation, one
//!   typed setter per filter;
//! * `crates/crashplan-cli/src/generated.rs`: one clap `Args` struct per list operation (its
//!   filters) and per request body (its writable fields);
//! * `crates/crashplan-emulator/src/examples.rs`: the spec's examples, as the emulator's seed.
//!
//! CLI naming rules live here too: a property or filter whose flag would collide with a global
//! flag is renamed ([`FLAG_RENAMES`]: `username` is `--login`, since `--username` names the
//! account the CLI connects with); secrets never become flags, only `--new-<name>-stdin`.

use std::fmt::Write as _;

use anyhow::{Context, Result};

use crate::model::{Model, Param, Property, Role, Type};

/// Global flags of the CLI that a generated flag must not take, and the name used instead.
pub const FLAG_RENAMES: [(&str, &str); 1] = [("username", "login")];

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
        "use super::{Api, Filter, List, Match, Operation, Paging, Param, Property, Role, Schema, Type};\n\n\
         /// The spec, as data.\npub static API: Api = Api {\n",
    );
    let _ = writeln!(s, "version: {},", lit(&model.version));
    s.push_str("operations: &[\n");
    for op in &model.operations {
        let _ = write!(
            s,
            "Operation {{ id: {}, method: {}, path: {}, summary: {}, tag: {}, resource: {}, verb: {}, internal: {}, params: &[",
            lit(&op.id),
            lit(&op.method),
            lit(&op.path),
            lit(&op.summary),
            lit(&op.tag),
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
                let _ = write!(
                    s,
                    "Some(List {{ items_key: {}, item: {}, detail: {detail} }})",
                    lit(&l.items_key),
                    lit(&l.item)
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

/// `crates/crashplan/src/resources/generated.rs`.
pub fn facade(model: &Model) -> String {
    let mut s = String::from(
        "//! One list builder per list operation of the spec, one setter per documented filter.\n\n\
         use crate::fanout::has_detail;\nuse crate::resources::list_builder;\n\n",
    );
    for (op, list) in model.lists() {
        let builder = op.response.clone().unwrap_or_default();
        let _ = write!(
            s,
            "list_builder! {{\n{}///\n{}{}",
            doc(&format!(
                "Builder of the `{} {}` list (`{}`): {}",
                op.method, op.path, op.id, op.summary
            )),
            doc("Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."),
            format_args!(
                "{builder} => {}({}, {}) -> {builder}.{}: {} {{\n",
                snake(&op.id),
                lit(&op.id),
                lit(&op.path),
                snake(&list.items_key),
                list.item
            )
        );
        for p in op
            .params
            .iter()
            .filter(|p| matches!(p.role, Role::Filter { .. }))
        {
            let ty = rust_scalar(&p.ty).unwrap_or("String");
            let _ = writeln!(
                s,
                "{}{} {}: {ty},",
                doc(&p.description),
                lit(&p.name),
                snake(&p.name)
            );
        }
        s.push_str("}\n}\n\n");
        match &list.detail {
            Some((detail_op, detail)) => {
                let _ = writeln!(
                    s,
                    "has_detail!({} => {detail} via {}({}));\n",
                    list.item,
                    snake(detail_op),
                    lit(&op.path)
                );
            }
            None => {
                let _ = writeln!(s, "has_detail!({} => itself);\n", list.item);
            }
        }
    }
    s
}

fn flag_name(name: &str) -> String {
    let renamed = FLAG_RENAMES
        .iter()
        .find(|(from, _)| *from == name)
        .map_or(name, |(_, to)| to);
    kebab(renamed)
}

/// The `#[arg(...)]` of an optional scalar flag.
fn arg_attr(flag: &str, ty: &Type, known: &[String], non_empty: bool) -> String {
    let mut parts = vec![format!("long = {}", lit(flag))];
    if !known.is_empty() {
        parts.push(format!(
            "value_parser = crate::args::KnownValues({})",
            strs(known)
        ));
    } else if non_empty && matches!(ty, Type::String) {
        parts.push("value_parser = crate::args::non_empty".into());
    }
    format!("#[arg({})]\n", parts.join(", "))
}

fn filter_field(p: &Param) -> String {
    let ty = rust_scalar(&p.ty).unwrap_or("String");
    format!(
        "{}{}pub {}: Option<{ty}>,\n",
        doc(&p.description),
        arg_attr(&flag_name(&p.name), &p.ty, &p.known_values, false),
        flag_field(&p.name)
    )
}

/// The field (and so the clap id) of a flag: named after the flag, so that a renamed flag
/// does not share its id with the global flag it was renamed away from.
fn flag_field(name: &str) -> String {
    let field = flag_name(name).replace('-', "_");
    if syn::parse_str::<syn::Ident>(&field).is_ok() {
        field
    } else {
        format!("{field}_")
    }
}

/// A flag of a request body: `(flag, field, json path, type, property)`.
struct BodyFlag<'a> {
    field: String,
    flag: String,
    path: Vec<String>,
    prop: &'a Property,
}

fn body_flags<'a>(
    model: &'a Model,
    props: &'a [Property],
    prefix: &[String],
    out: &mut Vec<BodyFlag<'a>>,
) {
    for p in props {
        let mut path = prefix.to_vec();
        path.push(p.name.clone());
        match &p.ty {
            Type::Object(name) => {
                if let Some(nested) = model.schema(name) {
                    body_flags(model, &nested.properties, &path, out);
                }
            }
            ty if rust_scalar(ty).is_some() => {
                let base = if prefix.is_empty() {
                    flag_name(&p.name)
                } else {
                    path.iter().map(|n| kebab(n)).collect::<Vec<_>>().join("-")
                };
                out.push(BodyFlag {
                    field: base.replace('-', "_"),
                    flag: base,
                    path,
                    prop: p,
                });
            }
            _ => {}
        }
    }
}

/// `crates/crashplan-cli/src/generated.rs`.
pub fn cli(model: &Model) -> String {
    let mut s = String::from(
        "//! Command-line flags from the spec: the filters of every list operation and the\n\
         //! writable fields of every request body.\n\n",
    );
    for (op, _) in model.lists() {
        let name = format!("{}Filters", pascal(&op.id));
        let builder = op.response.clone().unwrap_or_default();
        let _ = write!(
            s,
            "{}#[derive(Debug, Clone, Default, clap::Args)]\npub struct {name} {{\n",
            doc(&format!(
                "The filters of `{} {}` (`{}`).",
                op.method, op.path, op.id
            ))
        );
        let filters: Vec<&Param> = op
            .params
            .iter()
            .filter(|p| matches!(p.role, Role::Filter { .. }))
            .collect();
        for p in &filters {
            s.push_str(&filter_field(p));
        }
        let _ = write!(
            s,
            "}}\n\nimpl {name} {{\n/// Sets every filter given on the facade's list builder.\n\
             pub fn apply(self, builder: crashplan::resources::{builder}) -> crashplan::resources::{builder} {{\n\
             let mut builder = builder;\n"
        );
        for p in &filters {
            let (field, setter) = (flag_field(&p.name), snake(&p.name));
            let _ = writeln!(
                s,
                "if let Some(value) = self.{field} {{ builder = builder.{setter}(value); }}"
            );
        }
        s.push_str("builder\n}\n}\n\n");
    }
    let mut bodies: Vec<&str> = model
        .operations
        .iter()
        .filter_map(|o| o.body.as_deref())
        .collect();
    bodies.dedup();
    for body in bodies {
        let Some(schema) = model.schema(body) else {
            continue;
        };
        let name = format!("{body}Args");
        let mut flags = Vec::new();
        body_flags(model, &schema.properties, &[], &mut flags);
        let _ = write!(
            s,
            "{}#[derive(Debug, Clone, Default, clap::Args)]\npub struct {name} {{\n",
            doc(&format!(
                "The writable fields of `{body}`: {}",
                schema.description
            ))
        );
        let secrets: Vec<&Property> = schema.properties.iter().filter(|p| p.secret).collect();
        for f in flags.iter().filter(|f| !f.prop.secret) {
            let ty = rust_scalar(&f.prop.ty).unwrap_or("String");
            let mut attr = arg_attr(&f.flag, &f.prop.ty, &f.prop.known_values, !f.prop.nullable);
            if f.prop.required && f.path.len() == 1 {
                attr = attr.replacen("#[arg(", "#[arg(required = true, ", 1);
            }
            let _ = writeln!(
                s,
                "{}{attr}pub {}: Option<{ty}>,",
                doc(&f.prop.description),
                f.field
            );
        }
        for p in &secrets {
            let _ = write!(
                s,
                "{}#[arg(long = {})]\npub new_{}_stdin: bool,\n",
                doc(&format!(
                    "Read the `{}` from the first line of standard input (it is never taken from the command line; {})",
                    p.name,
                    if p.required {
                        "without this flag it is prompted for on a terminal"
                    } else {
                        "without this flag it is not sent"
                    }
                )),
                lit(&format!("new-{}-stdin", kebab(&p.name))),
                snake(&p.name).trim_end_matches('_')
            );
        }
        let _ = write!(
            s,
            "}}\n\nimpl {name} {{\n/// The JSON body of the flags given (secrets excluded), by property name.\n\
             pub fn to_json(&self) -> serde_json::Map<String, serde_json::Value> {{\n\
             let mut body = serde_json::Map::new();\n"
        );
        for f in flags.iter().filter(|f| !f.prop.secret) {
            let _ = writeln!(
                s,
                "if let Some(value) = &self.{} {{ crate::args::insert(&mut body, {}, serde_json::json!(value)); }}",
                f.field,
                strs(&f.path)
            );
        }
        s.push_str("body\n}\n");
        if !secrets.is_empty() {
            s.push_str("\n/// Every secret property: `(name, required, read from stdin)`.\npub fn secrets(&self) -> Vec<(&'static str, bool, bool)> {\nvec![");
            for p in &secrets {
                let _ = write!(
                    s,
                    "({}, {}, self.new_{}_stdin),",
                    lit(&p.name),
                    p.required,
                    snake(&p.name).trim_end_matches('_')
                );
            }
            s.push_str("]\n}\n");
        }
        s.push_str("}\n\n");
    }
    s
}

/// `crates/crashplan-emulator/src/examples.rs`: every example of `spec/examples/`, by name, so
/// that the emulator's seed data is inside its crate (it is published on its own).
pub fn examples(root: &std::path::Path) -> Result<String> {
    let dir = root.join("spec/examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
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
