//! `crates/crashplan-cli/src/generated.rs`: the CLI's commands from the spec. One command per
//! resource (`cpctl users`), one subcommand per operation (`users list`, `users get`,
//! `orgs delete`), and a `find` beside every list; their flags are the operation's filters,
//! path parameters and writable body fields. The hand-written CLI adds what the spec cannot
//! say (`crates/crashplan-cli/src/commands/overrides.rs`: a user named by email, examples,
//! extra verbs) and assembles the tree.
//!
//! Naming rules live here too: a property or filter whose flag would collide with a global
//! flag is renamed ([`FLAG_RENAMES`]: `username` is `--login`, since `--username` names the
//! account the CLI connects with); secrets never become flags, only `--new-<name>-stdin`.

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::{FLAG_RENAMES, doc, kebab, lit, pascal, rust_scalar, snake, strs};
use crate::model::{Model, Operation, Param, Property, Role, Type};

/// The CLI name of a resource or verb: `computerUsage` -> `computer-usage`.
fn cli_name(name: &str) -> String {
    kebab(name)
}

/// The `Op` variant of an operation: `listUsers` -> `ListUsers`.
fn variant(op: &Operation) -> String {
    pascal(&op.id)
}

/// The `Resource` variant of a resource: `computerUsage` -> `ComputerUsage`.
fn resource_variant(resource: &str) -> String {
    pascal(resource)
}

/// The args struct of an operation's command: `listUsers` -> `ListUsersArgs`.
fn args_name(op: &Operation) -> String {
    format!("{}Args", pascal(&op.id))
}

/// The fields struct of a request body: `UserUpdate` -> `UserUpdateFields`.
fn fields_name(body: &str) -> String {
    format!("{body}Fields")
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

/// A flag of a request body.
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

/// The resources with at least one command, in spec order.
fn resources(model: &Model) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for op in commands(model) {
        if !out.contains(&op.resource.as_str()) {
            out.push(&op.resource);
        }
    }
    out
}

/// The operations that are commands (all but the SDK's own, and today's unless
/// `model::CLI_TODAY`: see [`Operation::is_command`]).
fn commands(model: &Model) -> impl Iterator<Item = &Operation> {
    model.operations.iter().filter(|o| o.is_command())
}

/// `crates/crashplan-cli/src/generated.rs`.
pub fn cli(model: &Model) -> Result<String> {
    let mut s = String::from(
        "//! The CLI's commands from the spec: one per resource, one subcommand per operation\n\
         //! and a `find` beside every list, with the operation's filters, path parameters and\n\
         //! writable fields as arguments. `commands/resources.rs` assembles the tree with the\n\
         //! hand-written overrides and extra verbs of `commands/overrides.rs`.\n\n\
         use clap::FromArgMatches as _;\n\n\
         use crate::commands::{Ctx, print_one, resources};\n\
         use crate::error::CliError;\n\n",
    );
    resource_enum(model, &mut s);
    op_enum(model, &mut s)?;
    for op in commands(model) {
        args_struct(op, &mut s)?;
    }
    let mut bodies: Vec<&str> = commands(model).filter_map(|o| o.body.as_deref()).collect();
    bodies.sort_unstable();
    bodies.dedup();
    for body in bodies {
        body_struct(model, body, &mut s);
    }
    Ok(s)
}

fn resource_enum(model: &Model, s: &mut String) {
    let all = resources(model);
    s.push_str(
        "/// A resource of the spec: one command of the CLI (`cpctl users`).\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Resource {\n",
    );
    for r in &all {
        let _ = writeln!(s, "/// `{}`.\n{},", cli_name(r), resource_variant(r));
    }
    s.push_str(
        "}\n\nimpl Resource {\n/// Every resource, in spec order.\npub const ALL: &[Resource] = &[",
    );
    for r in &all {
        let _ = write!(s, "Resource::{},", resource_variant(r));
    }
    s.push_str("];\n\n/// The command's name (`computer-usage`).\npub fn name(self) -> &'static str {\nmatch self {\n");
    for r in &all {
        let _ = writeln!(
            s,
            "Resource::{} => {},",
            resource_variant(r),
            lit(&cli_name(r))
        );
    }
    s.push_str("}\n}\n\n/// What the resource is (the spec's tag description).\npub fn about(self) -> &'static str {\nmatch self {\n");
    for r in &all {
        let about = model
            .tags
            .iter()
            .find(|(name, _)| name == r)
            .map_or_else(|| format!("The {r} resource"), |(_, d)| d.clone());
        let _ = writeln!(s, "Resource::{} => {},", resource_variant(r), lit(&about));
    }
    s.push_str("}\n}\n}\n\n");
}

fn op_enum(model: &Model, s: &mut String) -> Result<()> {
    let ops: Vec<&Operation> = commands(model).collect();
    s.push_str(
        "/// An operation of the spec: one subcommand of its resource's command (`users list`).\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Op {\n",
    );
    for op in &ops {
        let _ = writeln!(
            s,
            "{}{},",
            doc(&format!(
                "`{} {}` (`{} {}`).",
                cli_name(&op.resource),
                cli_name(&op.verb),
                op.method,
                op.path
            )),
            variant(op)
        );
    }
    s.push_str("}\n\nimpl Op {\n/// Every operation, in spec order.\npub const ALL: &[Op] = &[");
    for op in &ops {
        let _ = write!(s, "Op::{},", variant(op));
    }
    s.push_str("];\n\n");
    let table =
        |s: &mut String, doc_line: &str, sig: &str, value: &dyn Fn(&Operation) -> String| {
            let _ = write!(s, "/// {doc_line}\npub fn {sig} {{\nmatch self {{\n");
            for op in &ops {
                let _ = writeln!(s, "Op::{} => {},", variant(op), value(op));
            }
            s.push_str("}\n}\n\n");
        };
    table(
        s,
        "The `operationId` in the spec (`listUsers`).",
        "id(self) -> &'static str",
        &|op| lit(&op.id),
    );
    table(
        s,
        "The resource whose command it is under.",
        "resource(self) -> Resource",
        &|op| format!("Resource::{}", resource_variant(&op.resource)),
    );
    table(
        s,
        "The subcommand's name (`list`).",
        "verb(self) -> &'static str",
        &|op| lit(&cli_name(&op.verb)),
    );
    table(
        s,
        "The name of the `find` beside a list (`find` for `list`, `find-<verb>` for others).",
        "find_name(self) -> Option<&'static str>",
        &|op| match (&op.list, op.verb.as_str()) {
            (None, _) => "None".to_owned(),
            (Some(_), "list") => "Some(\"find\")".to_owned(),
            (Some(_), verb) => format!("Some({})", lit(&format!("find-{}", cli_name(verb)))),
        },
    );
    table(
        s,
        "The subcommand, with its arguments and the spec's summary as its help.",
        "command(self) -> clap::Command",
        &|op| {
            format!(
                "<{} as clap::Args>::augment_args(clap::Command::new({})).about({})",
                args_name(op),
                lit(&cli_name(&op.verb)),
                lit(op.summary.trim_end_matches('.'))
            )
        },
    );
    // run
    s.push_str(
        "/// Runs the operation with the arguments of its [`command`](Self::command).\n\
         pub async fn run(self, ctx: &Ctx<'_>, matches: &clap::ArgMatches) -> Result<(), CliError> {\n\
         match self {\n",
    );
    for op in &ops {
        let _ = writeln!(s, "Op::{} => {{\n{}\n}}", variant(op), run_arm(op)?);
    }
    s.push_str("}\n}\n\n");
    // find
    s.push_str(
        "/// Runs `find` on the list of this operation (see [`find_name`](Self::find_name)).\n\
         pub async fn find(self, ctx: &Ctx<'_>, args: &crate::cli::FindArgs) -> Result<(), CliError> {\n\
         match self {\n",
    );
    for op in ops.iter().filter(|o| o.list.is_some()) {
        let _ = writeln!(
            s,
            "Op::{} => crate::commands::find::run(ctx, ctx.client.{}().{}(), args).await,",
            variant(op),
            snake(&op.resource),
            snake(&op.verb)
        );
    }
    if ops.iter().any(|o| o.list.is_none()) {
        s.push_str("_ => Err(CliError::Usage(format!(\"{} {} is not a list\", self.resource().name(), self.verb()))),\n");
    }
    s.push_str("}\n}\n}\n\n");
    Ok(())
}

/// The body of `Op::run` for one operation: parse its arguments, call the facade, print.
fn run_arm(op: &Operation) -> Result<String> {
    let args = args_name(op);
    let handle = format!("ctx.client.{}()", snake(&op.resource));
    let verb = snake(&op.verb);
    let takes_args =
        op.list.is_some() || op.body.is_some() || op.params.iter().any(|p| p.role == Role::Path);
    let mut s = if takes_args {
        format!(
            "let args = {args}::from_arg_matches(matches).map_err(|err| CliError::Usage(err.to_string()))?;\n"
        )
    } else {
        String::new()
    };
    if let Some(list) = &op.list {
        let detail = if list.detail.is_some() {
            "args.detail.detail"
        } else {
            "false"
        };
        let _ = write!(
            s,
            "let list = args.apply({handle}.{verb}());\n\
             resources::list(ctx, list, &args.list, {detail}).await"
        );
        return Ok(s);
    }
    let mut call_args = Vec::new();
    for p in op.params.iter().filter(|p| p.role == Role::Path) {
        let field = snake(&p.name);
        match p.ty {
            Type::Integer => {
                let _ = writeln!(
                    s,
                    "let {field} = resources::path_id(ctx, Op::{}, {}, &args.{field}).await?;",
                    variant(op),
                    lit(&p.name)
                );
            }
            _ => {
                let _ = writeln!(
                    s,
                    "let {field} = resources::path_text(ctx, Op::{}, {}, &args.{field}).await?;",
                    variant(op),
                    lit(&p.name)
                );
            }
        }
        call_args.push(field);
    }
    if op.body.is_some() {
        let _ = writeln!(
            s,
            "let body = resources::body(ctx, args.body.to_json(), args.body.secrets(), Op::{})?;",
            variant(op)
        );
        call_args.push("body".into());
    }
    let _ = write!(
        s,
        "let answer = {handle}.{verb}({}).await?;\nprint_one(ctx, &answer)",
        call_args.join(", ")
    );
    Ok(s)
}

fn args_struct(op: &Operation, s: &mut String) -> Result<()> {
    let name = args_name(op);
    let _ = write!(
        s,
        "{}#[derive(Debug, Clone, clap::Args)]\npub struct {name} {{\n",
        doc(&format!(
            "The arguments of `{} {}`: `{} {}` (`{}`).",
            cli_name(&op.resource),
            cli_name(&op.verb),
            op.method,
            op.path,
            op.id
        ))
    );
    for p in op.params.iter().filter(|p| p.role == Role::Path) {
        // A number, unless the resource's items have other names (`commands/overrides.rs`).
        let parser = if p.ty == Type::Integer {
            format!(
                ", value_parser = crate::commands::resources::PathId(Op::{})",
                variant(op)
            )
        } else {
            String::new()
        };
        let _ = write!(
            s,
            "{}#[arg(value_name = {}{parser})]\npub {}: String,\n",
            doc(&p.description),
            lit(&kebab(&p.name).to_ascii_uppercase()),
            snake(&p.name)
        );
    }
    let filters: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| matches!(p.role, Role::Filter { .. }))
        .collect();
    if let Some(list) = &op.list {
        for p in &filters {
            s.push_str(&filter_field(p));
        }
        s.push_str("#[command(flatten)]\npub list: crate::cli::ListArgs,\n");
        if list.detail.is_some() {
            s.push_str("#[command(flatten)]\npub detail: crate::cli::DetailArgs,\n");
        }
    } else {
        if let Some(p) = op.params.iter().find(|p| !matches!(p.role, Role::Path)) {
            bail!(
                "{}: parameter {} is neither a path parameter nor a list filter: the CLI \
                 generator does not support it yet",
                op.id,
                p.name
            );
        }
    }
    if let Some(body) = &op.body {
        let _ = writeln!(s, "#[command(flatten)]\npub body: {},", fields_name(body));
    }
    s.push_str("}\n\n");
    if op.list.is_some() {
        let filters_type = format!("crashplan::resources::{}Filters", pascal(&op.id));
        let _ = write!(
            s,
            "impl {name} {{\n/// Sets every filter given on the facade's list builder.\n\
             pub fn apply(&self, list: crashplan::resources::List<{filters_type}>) -> crashplan::resources::List<{filters_type}> {{\n\
             let mut list = list;\n"
        );
        for p in &filters {
            let (field, setter) = (flag_field(&p.name), snake(&p.name));
            let value = if rust_scalar(&p.ty) == Some("String") {
                "value.clone()"
            } else {
                "*value"
            };
            let _ = writeln!(
                s,
                "if let Some(value) = &self.{field} {{ list = list.{setter}({value}); }}"
            );
        }
        s.push_str("list\n}\n}\n\n");
    }
    Ok(())
}

fn body_struct(model: &Model, body: &str, s: &mut String) {
    let Some(schema) = model.schema(body) else {
        return;
    };
    let name = fields_name(body);
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
    s.push_str("body\n}\n\n/// Every secret property: `(name, required, read from stdin)`.\npub fn secrets(&self) -> Vec<(&'static str, bool, bool)> {\nvec![");
    for p in &secrets {
        let _ = write!(
            s,
            "({}, {}, self.new_{}_stdin),",
            lit(&p.name),
            p.required,
            snake(&p.name).trim_end_matches('_')
        );
    }
    s.push_str("]\n}\n}\n\n");
}
