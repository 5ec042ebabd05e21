//! `crates/crashplan-cli/src/generated.rs`: the CLI's commands from the spec. One command per
//! resource (`cpctl users`), one subcommand per verb (`users list`, `users get`), and a `find`
//! beside every list; their flags are the operations' filters, query options, path parameters
//! and writable body fields. The hand-written CLI adds what the spec cannot say
//! (`crates/crashplan-cli/src/commands/overrides.rs`: how items are named, examples, stand-ins)
//! and assembles the tree.
//!
//! **One command for both API generations.** A verb of a resource is one command ([`Cmd`]),
//! served by at most one operation per generation (`users list` is `listUsers` on CrashPlan
//! PRO 3.x and `listUsersV1` on today's servers). Its flags are the union of its operations'
//! flags, merged by name: a flag only one generation has says so in its help and is refused,
//! before anything is sent, on a server of the other; one name with two meanings (a number in
//! one generation, text in the other) fails generation. Which operation runs is chosen at run
//! time from the generation the server speaks (`ctx.generation`).
//!
//! Naming rules live here too: a property or filter whose flag would collide with a global
//! flag is renamed ([`FLAG_RENAMES`]: `username` is `--login`, since `--username` names the
//! account the CLI connects with); secrets never become flags, only `--new-<name>-stdin`; an
//! `idType` query parameter is never a flag (the CLI names items itself: a path argument is
//! resolved to the id the path takes).

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::{FLAG_RENAMES, doc, kebab, lit, pascal, rust_scalar, snake, strs};
use crate::model::{Generation, Model, Operation, Property, Role, Type};

/// The query parameter that says how a path names its item (`uid`, `guid`): never a flag.
const ID_TYPE: &str = "idType";

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

fn flag_name(name: &str) -> String {
    let renamed = FLAG_RENAMES
        .iter()
        .find(|(from, _)| *from == name)
        .map_or(name, |(_, to)| to);
    kebab(renamed)
}

/// The field (and so the clap id) of a flag: named after the flag, so that a renamed flag
/// does not share its id with the global flag it was renamed away from.
fn flag_field(flag: &str) -> String {
    let field = flag.replace('-', "_");
    if syn::parse_str::<syn::Ident>(&field).is_ok() {
        field
    } else {
        format!("{field}_")
    }
}

/// How a generation's servers are named in help texts.
fn servers(generation: Generation) -> &'static str {
    match generation {
        Generation::Pro3 => "CrashPlan PRO 3.x servers",
        Generation::Today => "current CrashPlan servers",
    }
}

/// The handle of an operation's resource in the facade.
fn handle(op: &Operation) -> String {
    match op.generation {
        Generation::Pro3 => format!("ctx.client.{}()", snake(&op.resource)),
        Generation::Today => format!("ctx.client.today().{}()", snake(&op.resource)),
    }
}

/// One command: a verb of a resource and the operation serving it in each generation.
struct Cmd<'a> {
    resource: &'a str,
    verb: &'a str,
    /// In spec order; at most one per generation (the model checks it).
    ops: Vec<&'a Operation>,
}

impl Cmd<'_> {
    /// `UsersList`.
    fn variant(&self) -> String {
        format!("{}{}", pascal(self.resource), pascal(self.verb))
    }

    /// `UsersListArgs`.
    fn args_name(&self) -> String {
        format!("{}Args", self.variant())
    }

    fn is_list(&self) -> bool {
        self.ops.iter().any(|o| o.list.is_some())
    }

    fn has_detail(&self) -> bool {
        self.ops
            .iter()
            .any(|o| o.list.as_ref().is_some_and(|l| l.detail.is_some()))
    }

    /// The generation of a flag's operations when only one of the command's has it.
    fn only(&self, users: &[&Operation]) -> Option<Generation> {
        match users {
            [op] if self.ops.len() > 1 => Some(op.generation),
            _ => None,
        }
    }
}

/// The commands, in spec order of their first operation.
fn cmds(model: &Model) -> Vec<Cmd<'_>> {
    let mut out: Vec<Cmd<'_>> = Vec::new();
    for op in model.operations.iter().filter(|o| o.is_command()) {
        match out
            .iter_mut()
            .find(|c| c.resource == op.resource && c.verb == op.verb)
        {
            Some(cmd) => cmd.ops.push(op),
            None => out.push(Cmd {
                resource: &op.resource,
                verb: &op.verb,
                ops: vec![op],
            }),
        }
    }
    out
}

/// What a flag is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The `n`th path argument.
    Positional(usize),
    /// `--flag VALUE`.
    Value,
    /// `--flag`, sending `true` (a boolean option that is not a filter: `--inc-backup-usage`).
    Switch,
    /// `--new-<name>-stdin`: a secret read from stdin.
    Secret,
}

/// How one operation uses a flag.
#[derive(Debug, Clone)]
enum Use {
    Path(String),
    /// A query parameter (`required`: the facade method takes it as an argument).
    Query {
        name: String,
        required: bool,
    },
    /// A body property at this path (`quota.bytes` is `["quota", "bytes"]`).
    Body(Vec<String>),
    /// A body property naming the item acted on (`x-crashplan-names`): the command's
    /// argument, resolved to the item's `property` as a path argument is.
    BodyItem {
        path: Vec<String>,
        property: String,
    },
    Secret {
        name: String,
        required: bool,
    },
}

/// One flag of a command, merged over its operations.
struct Flag<'a> {
    field: String,
    flag: String,
    kind: Kind,
    /// The Rust type of its value (`i64`, `String`, `Vec<i64>`); `bool` for switches.
    ty: String,
    /// Whether every value is a whole number (a path id: `PathId` parses it).
    integer: bool,
    description: String,
    known: Vec<String>,
    non_empty: bool,
    /// Required by every operation of the command.
    required: bool,
    uses: Vec<(&'a Operation, Use)>,
}

impl Flag<'_> {
    fn users(&self) -> Vec<&Operation> {
        self.uses.iter().map(|(o, _)| *o).collect()
    }

    fn use_of(&self, op: &Operation) -> Option<&Use> {
        self.uses
            .iter()
            .find(|(o, _)| o.id == op.id)
            .map(|(_, u)| u)
    }

    /// The expression that is true when the flag was given.
    fn given(&self) -> String {
        match self.kind {
            Kind::Switch | Kind::Secret => format!("self.{}", self.field),
            _ => format!("self.{}.is_some()", self.field),
        }
    }
}

/// A flag as one operation has it, before merging.
struct Part<'a> {
    flag: String,
    kind: Kind,
    ty: String,
    integer: bool,
    description: &'a str,
    known: &'a [String],
    non_empty: bool,
    required: bool,
    value_use: Use,
}

/// The Rust type of a flag's value: a scalar, or a list of scalars (`--role-ids 1,2`).
fn value_type(ty: &Type) -> Option<String> {
    match ty {
        Type::Array(inner) => rust_scalar(inner).map(|t| format!("Vec<{t}>")),
        other => rust_scalar(other).map(str::to_owned),
    }
}

/// The flags of one operation: path arguments, query parameters, body fields and secrets.
fn parts<'a>(model: &'a Model, op: &'a Operation) -> Result<Vec<Part<'a>>> {
    let mut out = Vec::new();
    let mut position = 0;
    for p in &op.params {
        let query = p.location == "query" && p.name != ID_TYPE;
        let Some(ty) = value_type(&p.ty) else {
            if p.role == Role::Path || query {
                bail!(
                    "{}: parameter {} has type {:?}, which no flag takes",
                    op.id,
                    p.name,
                    p.ty
                );
            }
            continue;
        };
        match &p.role {
            Role::Path => {
                out.push(Part {
                    flag: kebab(&p.name),
                    kind: Kind::Positional(position),
                    ty: "String".into(),
                    integer: p.ty == Type::Integer,
                    description: &p.description,
                    known: &[],
                    non_empty: true,
                    required: true,
                    value_use: Use::Path(p.name.clone()),
                });
                position += 1;
            }
            Role::Paging(_) => {}
            role if query => {
                // A filter of a list says true or false; an option (`incRoles`) is asked for.
                let switch = p.ty == Type::Boolean
                    && (op.list.is_none() || !matches!(role, Role::Filter { .. }));
                out.push(Part {
                    flag: flag_name(&p.name),
                    kind: if switch { Kind::Switch } else { Kind::Value },
                    ty: if switch { "bool".into() } else { ty },
                    integer: false,
                    description: &p.description,
                    known: &p.known_values,
                    non_empty: false,
                    required: p.required,
                    value_use: Use::Query {
                        name: p.name.clone(),
                        required: p.required,
                    },
                });
            }
            _ => {}
        }
    }
    if let Some(schema) = op.body.as_deref().and_then(|b| model.schema(b)) {
        let mut flags = Vec::new();
        body_flags(model, &schema.properties, &[], &mut flags);
        for f in flags {
            let Some(ty) = value_type(&f.prop.ty) else {
                continue;
            };
            if let Some(property) = &f.prop.names {
                out.push(Part {
                    flag: kebab(property),
                    kind: Kind::Positional(position),
                    ty: "String".into(),
                    integer: f.prop.ty == Type::Integer,
                    description: &f.prop.description,
                    known: &[],
                    non_empty: true,
                    required: true,
                    value_use: Use::BodyItem {
                        path: f.path,
                        property: property.clone(),
                    },
                });
                position += 1;
                continue;
            }
            out.push(Part {
                flag: f.flag,
                kind: Kind::Value,
                ty,
                integer: false,
                description: &f.prop.description,
                known: &f.prop.known_values,
                non_empty: !f.prop.nullable,
                required: f.prop.required && f.path.len() == 1,
                value_use: Use::Body(f.path),
            });
        }
        for p in schema.properties.iter().filter(|p| p.secret) {
            out.push(Part {
                flag: format!("new-{}-stdin", kebab(&p.name)),
                kind: Kind::Secret,
                ty: "bool".into(),
                integer: false,
                description: "",
                known: &[],
                non_empty: false,
                required: false,
                value_use: Use::Secret {
                    name: p.name.clone(),
                    required: p.required,
                },
            });
        }
    }
    Ok(out)
}

/// The flags of a command: its operations' flags merged by name (path arguments by
/// position). A name with two types, or two kinds, is an error naming both operations.
fn flags<'a>(model: &'a Model, cmd: &Cmd<'a>) -> Result<Vec<Flag<'a>>> {
    let mut out: Vec<Flag<'_>> = Vec::new();
    for &op in &cmd.ops {
        for part in parts(model, op)? {
            let same = |f: &&mut Flag<'_>| match (f.kind, part.kind) {
                (Kind::Positional(a), Kind::Positional(b)) => a == b,
                _ => f.flag == part.flag,
            };
            if let Some(flag) = out.iter_mut().find(same) {
                if flag.ty != part.ty || flag.kind != part.kind {
                    bail!(
                        "`{} {}`: the flag --{} is {} ({:?}) in {} but {} ({:?}) in {}: one \
                         command cannot give one flag two meanings; rename one of them \
                         (FLAG_RENAMES in xtask/src/emit/mod.rs) or give the operations \
                         different verbs (x-crashplan-operation)",
                        cmd.resource,
                        cmd.verb,
                        part.flag,
                        flag.ty,
                        flag.kind,
                        flag.uses[0].0.id,
                        part.ty,
                        part.kind,
                        op.id
                    );
                }
                flag.integer &= part.integer;
                flag.required &= part.required;
                for value in part.known {
                    if !flag.known.contains(value) {
                        flag.known.push(value.clone());
                    }
                }
                if flag.description.is_empty() {
                    part.description.clone_into(&mut flag.description);
                }
                flag.uses.push((op, part.value_use));
            } else {
                let field = match part.kind {
                    Kind::Positional(_) => snake(&part.flag.replace('-', "_")),
                    _ => flag_field(&part.flag),
                };
                out.push(Flag {
                    field,
                    flag: part.flag,
                    kind: part.kind,
                    ty: part.ty,
                    integer: part.integer,
                    description: part.description.to_owned(),
                    known: part.known.to_vec(),
                    non_empty: part.non_empty,
                    required: part.required,
                    uses: vec![(op, part.value_use)],
                });
            }
        }
    }
    // A flag some operation lacks is required by none.
    for flag in &mut out {
        if flag.uses.len() < cmd.ops.len() && !matches!(flag.kind, Kind::Positional(_)) {
            flag.required = false;
        }
    }
    Ok(out)
}

/// The `#[arg(...)]` of a flag.
fn arg_attr(flag: &Flag<'_>, cmd: &Cmd<'_>) -> String {
    let mut parts = Vec::new();
    match flag.kind {
        Kind::Positional(_) => {
            parts.push(format!(
                "value_name = {}",
                lit(&flag.flag.to_ascii_uppercase())
            ));
            // A number, unless the resource's items have other names (`commands/overrides.rs`).
            if flag.integer {
                parts.push(format!(
                    "value_parser = crate::commands::resources::PathId(Resource::{})",
                    resource_variant(cmd.resource)
                ));
            } else {
                parts.push("value_parser = crate::args::non_empty".into());
            }
        }
        _ => {
            parts.push(format!("long = {}", lit(&flag.flag)));
            if flag.ty.starts_with("Vec<") {
                parts.push("value_delimiter = ','".into());
            }
            if !flag.known.is_empty() {
                parts.push(format!(
                    "value_parser = crate::args::KnownValues({})",
                    strs(&flag.known)
                ));
            } else if flag.non_empty && flag.ty == "String" {
                parts.push("value_parser = crate::args::non_empty".into());
            }
            if flag.required {
                parts.push("required = true".into());
            }
        }
    }
    format!("#[arg({})]\n", parts.join(", "))
}

/// The help of a flag: its description, the generation it belongs to when only one has it.
fn flag_doc(flag: &Flag<'_>, cmd: &Cmd<'_>) -> String {
    let mut text = match (&flag.kind, &flag.uses[0].1) {
        (Kind::Secret, Use::Secret { name, required }) => format!(
            "Read the `{name}` from the first line of standard input (it is never taken from \
             the command line; {})",
            if *required {
                "without this flag it is prompted for on a terminal"
            } else {
                "without this flag it is not sent"
            }
        ),
        _ => flag.description.trim_end().to_owned(),
    };
    if let Some(generation) = cmd.only(&flag.users()) {
        let end = if text.ends_with('.') { "." } else { "" };
        text = format!(
            "{} ({} only){end}",
            text.trim_end_matches('.'),
            servers(generation)
        );
    }
    doc(&text)
}

/// `crates/crashplan-cli/src/generated.rs`.
pub fn cli(model: &Model) -> Result<String> {
    let mut s = String::from(
        "//! The CLI's commands from the spec: one per resource, one subcommand per verb and a\n\
         //! `find` beside every list, each served by one operation per API generation, with the\n\
         //! operations' filters, options, path parameters and writable fields as arguments.\n\
         //! `commands/resources.rs` assembles the tree with the hand-written additions of\n\
         //! `commands/overrides.rs`.\n\n\
         use crashplan::api::spec::Generation;\n\n\
         use crate::commands::{Ctx, print_one, resources};\n\
         use crate::error::CliError;\n\n",
    );
    let cmds = cmds(model);
    resource_enum(model, &cmds, &mut s);
    op_enum(&cmds, &mut s);
    cmd_enum(model, &cmds, &mut s)?;
    for cmd in &cmds {
        args_struct(model, cmd, &mut s)?;
    }
    Ok(s)
}

/// The resources with at least one command, in spec order.
fn resources<'a>(cmds: &[Cmd<'a>]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for cmd in cmds {
        if !out.contains(&cmd.resource) {
            out.push(cmd.resource);
        }
    }
    out
}

fn resource_enum(model: &Model, cmds: &[Cmd<'_>], s: &mut String) {
    let all = resources(cmds);
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

/// Writes `fn <sig> { match self { <Enum>::<variant> => <value>, .. } }` over `items`.
fn table<T>(
    s: &mut String,
    doc_line: &str,
    sig: &str,
    items: &[T],
    pattern: &dyn Fn(&T) -> String,
    value: &dyn Fn(&T) -> String,
) {
    let _ = write!(s, "/// {doc_line}\npub fn {sig} {{\nmatch self {{\n");
    for item in items {
        let _ = writeln!(s, "{} => {},", pattern(item), value(item));
    }
    s.push_str("}\n}\n\n");
}

fn op_enum(cmds: &[Cmd<'_>], s: &mut String) {
    let ops: Vec<(&Cmd<'_>, &Operation)> = cmds
        .iter()
        .flat_map(|c| c.ops.iter().map(move |o| (c, *o)))
        .collect();
    s.push_str(
        "/// An operation of the spec: what runs a [`Cmd`] on servers of its API generation.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Op {\n",
    );
    for (cmd, op) in &ops {
        let _ = writeln!(
            s,
            "{}{},",
            doc(&format!(
                "`{} {}` on {} (`{} {}`).",
                cli_name(cmd.resource),
                cli_name(cmd.verb),
                servers(op.generation),
                op.method,
                op.path
            )),
            variant(op)
        );
    }
    s.push_str("}\n\nimpl Op {\n");
    let arm = |(_, op): &(&Cmd<'_>, &Operation)| format!("Op::{}", variant(op));
    table(
        s,
        "The `operationId` in the spec (`listUsers`).",
        "id(self) -> &'static str",
        &ops,
        &arm,
        &|(_, op)| lit(&op.id),
    );
    table(
        s,
        "The command it runs.",
        "cmd(self) -> Cmd",
        &ops,
        &arm,
        &|(cmd, _)| format!("Cmd::{}", cmd.variant()),
    );
    table(
        s,
        "The API generation of its servers.",
        "generation(self) -> Generation",
        &ops,
        &arm,
        &|(_, op)| format!("Generation::{}", op.generation.name()),
    );
    s.push_str(
        "/// The resource whose command it is under.\npub fn resource(self) -> Resource {\n\
         self.cmd().resource()\n}\n\n\
         /// The subcommand's name (`list`).\npub fn verb(self) -> &'static str {\n\
         self.cmd().verb()\n}\n}\n\n",
    );
}

fn cmd_enum(model: &Model, cmds: &[Cmd<'_>], s: &mut String) -> Result<()> {
    s.push_str(
        "/// A command of a resource (`users list`): served by one operation per API generation.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Cmd {\n",
    );
    for cmd in cmds {
        let ids: Vec<String> = cmd.ops.iter().map(|o| format!("`{}`", o.id)).collect();
        let _ = writeln!(
            s,
            "/// `{} {}`: {}.\n{},",
            cli_name(cmd.resource),
            cli_name(cmd.verb),
            ids.join(", "),
            cmd.variant()
        );
    }
    s.push_str("}\n\nimpl Cmd {\n/// Every command, in spec order.\npub const ALL: &[Cmd] = &[");
    for cmd in cmds {
        let _ = write!(s, "Cmd::{},", cmd.variant());
    }
    s.push_str("];\n\n");
    let arm = |cmd: &Cmd<'_>| format!("Cmd::{}", cmd.variant());
    table(
        s,
        "The resource whose command it is.",
        "resource(self) -> Resource",
        cmds,
        &arm,
        &|cmd| format!("Resource::{}", resource_variant(cmd.resource)),
    );
    table(
        s,
        "The subcommand's name (`list`).",
        "verb(self) -> &'static str",
        cmds,
        &arm,
        &|cmd| lit(&cli_name(cmd.verb)),
    );
    table(
        s,
        "The operations serving it, one per API generation, in spec order.",
        "ops(self) -> &'static [Op]",
        cmds,
        &arm,
        &|cmd| {
            let ops: Vec<String> = cmd
                .ops
                .iter()
                .map(|o| format!("Op::{}", variant(o)))
                .collect();
            format!("&[{}]", ops.join(", "))
        },
    );
    table(
        s,
        "The name of the `find` beside a list (`find` for `list`, `find-<verb>` for others).",
        "find_name(self) -> Option<&'static str>",
        cmds,
        &arm,
        &|cmd| match (cmd.is_list(), cmd.verb) {
            (false, _) => "None".to_owned(),
            (true, "list") => "Some(\"find\")".to_owned(),
            (true, verb) => format!("Some({})", lit(&format!("find-{}", cli_name(verb)))),
        },
    );
    table(
        s,
        "The subcommand, with its arguments and the spec's summary as its help.",
        "command(self) -> clap::Command",
        cmds,
        &arm,
        &|cmd| {
            format!(
                "<{} as clap::Args>::augment_args(clap::Command::new({})).about({})",
                cmd.args_name(),
                lit(&cli_name(cmd.verb)),
                lit(cmd.ops[0].summary.trim_end_matches('.'))
            )
        },
    );
    s.push_str(
        "/// The operation serving it on servers of `generation`, if one does.\n\
         pub fn op(self, generation: Generation) -> Option<Op> {\n\
         self.ops().iter().copied().find(|op| op.generation() == generation)\n}\n\n",
    );
    // run
    s.push_str(
        "/// Runs the command with the arguments of its [`command`](Self::command) on the server's\n\
         /// API generation (`ctx.generation`): its operation there, or the hand-written stand-in\n\
         /// (`overrides::stand_in`) where the spec has none.\n\
         pub async fn run(self, ctx: &Ctx<'_>, matches: &clap::ArgMatches) -> Result<(), CliError> {\n\
         match self {\n",
    );
    for cmd in cmds {
        let _ = writeln!(
            s,
            "Cmd::{} => {{\n{}\n}}",
            cmd.variant(),
            run_cmd(model, cmd)?
        );
    }
    s.push_str("}\n}\n\n");
    // find
    s.push_str(
        "/// Runs `find` on the list of this command (see [`find_name`](Self::find_name)) on the\n\
         /// server's API generation.\n\
         pub async fn find(self, ctx: &Ctx<'_>, args: &crate::cli::FindArgs) -> Result<(), CliError> {\n\
         match self.op(ctx.generation) {\n",
    );
    for op in cmds
        .iter()
        .flat_map(|c| &c.ops)
        .filter(|o| o.list.is_some())
    {
        let _ = writeln!(
            s,
            "Some(Op::{}) => crate::commands::find::run(ctx, {}.{}(), args).await,",
            variant(op),
            handle(op),
            snake(&op.verb)
        );
    }
    s.push_str("_ => Err(resources::no_counterpart(self, ctx.generation)),\n}\n}\n}\n\n");
    Ok(())
}

/// The body of `Cmd::run` for one command: parse its arguments, refuse the flags of another
/// generation, run the operation of the server's.
fn run_cmd(model: &Model, cmd: &Cmd<'_>) -> Result<String> {
    let flags = flags(model, cmd)?;
    let mut arms = String::new();
    for op in &cmd.ops {
        let _ = writeln!(
            arms,
            "Op::{} => {{\n{}\n}}",
            variant(op),
            run_arm(op, &flags)?
        );
    }
    let args = if arms.contains("args.") {
        "args"
    } else {
        "_args"
    };
    let mut s = format!(
        "let Some(({args}, op)) = resources::parse::<{}>(self, ctx, matches)? else {{\n\
         return crate::commands::overrides::stand_in(ctx, self, matches).await;\n}};\n\
         match op {{\n{arms}",
        cmd.args_name()
    );
    // (`Cmd::op` answers one of the command's operations: never reached, and no panic.)
    s.push_str("_ => Err(resources::no_counterpart(self, ctx.generation)),\n}");
    Ok(s)
}

/// The body of one operation's arm: its arguments from the merged flags, the facade call, the
/// output.
fn run_arm(op: &Operation, flags: &[Flag<'_>]) -> Result<String> {
    let handle = handle(op);
    let verb = snake(&op.verb);
    let id = variant(op);
    let mut s = String::new();
    if op.list.is_some() {
        let detail = if op.list.as_ref().is_some_and(|l| l.detail.is_some()) {
            "args.detail.detail"
        } else {
            "false"
        };
        let _ = write!(
            s,
            "let list = args.apply_{}({handle}.{verb}());\n\
             resources::list(ctx, list, &args.list, {detail}).await",
            snake(&op.id)
        );
        return Ok(s);
    }
    let mut call_args = Vec::new();
    let mut options = String::new();
    let mut named = None;
    for p in &op.params {
        let Some(flag) = flags.iter().find(|f| match f.use_of(op) {
            Some(Use::Path(name) | Use::Query { name, .. }) => *name == p.name,
            _ => false,
        }) else {
            continue;
        };
        let field = &flag.field;
        let local = snake(&p.name);
        match (flag.use_of(op), flag.kind) {
            (Some(Use::Path(_)), _) => {
                let resolve = if p.ty == Type::Integer {
                    "path_id"
                } else {
                    "path_text"
                };
                let _ = writeln!(
                    s,
                    "let {local} = resources::{resolve}(ctx, Op::{id}, {}, &args.{field}).await?;",
                    lit(&p.name)
                );
                named.get_or_insert_with(|| format!("&args.{field}"));
                call_args.push(local);
            }
            (Some(Use::Query { required: true, .. }), _) => {
                let _ = writeln!(
                    s,
                    "let {local} = resources::required(args.{field}.clone(), Op::{id}, {})?;",
                    lit(&format!("--{}", flag.flag))
                );
                call_args.push(local);
            }
            (Some(Use::Query { .. }), Kind::Switch) => {
                let _ = writeln!(options, "if args.{field} {{ call = call.{local}(true); }}");
            }
            (Some(Use::Query { .. }), _) => {
                let value = if flag.ty == "String" {
                    "value.clone()"
                } else {
                    "*value"
                };
                let _ = writeln!(
                    options,
                    "if let Some(value) = &args.{field} {{ call = call.{local}({value}); }}"
                );
            }
            _ => {}
        }
    }
    if op.body.is_some() {
        let json = format!("args.body_{}()", snake(&op.id));
        let items: Vec<(&Flag<'_>, &Vec<String>, &String)> = flags
            .iter()
            .filter_map(|f| match f.use_of(op) {
                Some(Use::BodyItem { path, property }) => Some((f, path, property)),
                _ => None,
            })
            .collect();
        let json = if items.is_empty() {
            json
        } else {
            let _ = writeln!(s, "let mut json = {json};");
            for (flag, path, property) in items {
                let resolve = if flag.integer { "path_id" } else { "path_text" };
                let field = &flag.field;
                let _ = writeln!(
                    s,
                    "let {field} = resources::{resolve}(ctx, Op::{id}, {}, &args.{field}).await?;\n\
                     crate::args::insert(&mut json, {}, serde_json::json!({field}));",
                    lit(property),
                    strs(path)
                );
                named.get_or_insert_with(|| format!("&args.{field}"));
            }
            "json".to_owned()
        };
        let _ = writeln!(
            s,
            "let body = resources::body(ctx, {json}, args.secrets_{}(), Op::{id})?;",
            snake(&op.id)
        );
        call_args.push("body".into());
    }
    let mutable = if options.is_empty() { "" } else { "mut " };
    let _ = write!(
        s,
        "let {mutable}call = {handle}.{verb}({});\n{options}",
        call_args.join(", ")
    );
    if op.response.is_some() {
        s.push_str("let answer = call.await?;\nprint_one(ctx, &answer)");
    } else {
        let _ = write!(
            s,
            "call.await?;\nresources::done(ctx, Op::{id}, {})",
            named
                .as_deref()
                .map_or("None".into(), |n| format!("Some({n})"))
        );
    }
    Ok(s)
}

fn args_struct(model: &Model, cmd: &Cmd<'_>, s: &mut String) -> Result<()> {
    let name = cmd.args_name();
    let flags = flags(model, cmd)?;
    let served: Vec<String> = cmd
        .ops
        .iter()
        .map(|o| format!("`{} {}` (`{}`)", o.method, o.path, o.id))
        .collect();
    let _ = write!(
        s,
        "{}#[derive(Debug, Clone, clap::Args)]\npub struct {name} {{\n",
        doc(&format!(
            "The arguments of `{} {}`: {}.",
            cli_name(cmd.resource),
            cli_name(cmd.verb),
            served.join(", ")
        ))
    );
    for flag in &flags {
        let ty = match flag.kind {
            Kind::Positional(_) => "String".to_owned(),
            Kind::Switch | Kind::Secret => "bool".to_owned(),
            Kind::Value => format!("Option<{}>", flag.ty),
        };
        let attr = match flag.kind {
            Kind::Switch | Kind::Secret => format!("#[arg(long = {})]\n", lit(&flag.flag)),
            _ => arg_attr(flag, cmd),
        };
        let _ = writeln!(s, "{}{attr}pub {}: {ty},", flag_doc(flag, cmd), flag.field);
    }
    if cmd.is_list() {
        s.push_str("#[command(flatten)]\npub list: crate::cli::ListArgs,\n");
        if cmd.has_detail() {
            s.push_str("#[command(flatten)]\npub detail: crate::cli::DetailArgs,\n");
        }
    }
    s.push_str("}\n\n");
    foreign_fn(cmd, &flags, s);
    let mut fns = String::new();
    for op in &cmd.ops {
        if op.list.is_some() {
            apply_fn(op, &flags, &mut fns);
        }
        if op.body.is_some() {
            body_fns(op, &flags, &mut fns);
        }
    }
    if !fns.is_empty() {
        let _ = write!(s, "impl {name} {{\n{fns}}}\n\n");
    }
    Ok(())
}

/// `impl CmdArgs`: `foreign(op)`, the first flag given that `op` does not take (`None`: the
/// command's hand-written stand-in, which takes its path arguments only).
fn foreign_fn(cmd: &Cmd<'_>, flags: &[Flag<'_>], s: &mut String) {
    let mut given = Vec::new();
    for flag in flags
        .iter()
        .filter(|f| !matches!(f.kind, Kind::Positional(_)))
    {
        let ops: Vec<String> = flag
            .users()
            .iter()
            .map(|o| format!("Op::{}", variant(o)))
            .collect();
        given.push(format!(
            "({}, {}, &[{}])",
            flag.given(),
            lit(&format!("--{}", flag.flag)),
            ops.join(", ")
        ));
    }
    if cmd.has_detail() {
        let ops: Vec<String> = cmd
            .ops
            .iter()
            .filter(|o| o.list.as_ref().is_some_and(|l| l.detail.is_some()))
            .map(|o| format!("Op::{}", variant(o)))
            .collect();
        given.push(format!(
            "(self.detail.detail, \"--detail\", &[{}])",
            ops.join(", ")
        ));
    }
    let _ = write!(
        s,
        "impl resources::CmdArgs for {} {{\n\
         fn foreign(&self, op: Option<Op>) -> Option<&'static str> {{\n\
         let given: [(bool, &'static str, &[Op]); {}] = [{}];\n\
         given.into_iter().find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op))).map(|(_, flag, _)| flag)\n}}\n}}\n\n",
        cmd.args_name(),
        given.len(),
        given.join(", ")
    );
}

/// `apply_<operationId>(list)`: every filter and option given, on the facade's list builder.
fn apply_fn(op: &Operation, flags: &[Flag<'_>], s: &mut String) {
    let filters_type = format!("crashplan::resources::{}Filters", pascal(&op.id));
    let _ = write!(
        s,
        "/// Sets every filter and option of `{}` given on the facade's list builder.\n\
         pub fn apply_{}(&self, list: crashplan::resources::List<{filters_type}>) -> crashplan::resources::List<{filters_type}> {{\n",
        op.id,
        snake(&op.id)
    );
    if flags
        .iter()
        .any(|f| matches!(f.use_of(op), Some(Use::Query { .. })))
    {
        s.push_str("let mut list = list;\n");
    }
    for flag in flags {
        let Some(Use::Query { name, .. }) = flag.use_of(op) else {
            continue;
        };
        let (field, setter) = (&flag.field, snake(name));
        match flag.kind {
            Kind::Switch => {
                let _ = writeln!(s, "if self.{field} {{ list = list.{setter}(true); }}");
            }
            _ => {
                let value = if flag.ty == "String" {
                    "value.clone()"
                } else {
                    "*value"
                };
                let _ = writeln!(
                    s,
                    "if let Some(value) = &self.{field} {{ list = list.{setter}({value}); }}"
                );
            }
        }
    }
    s.push_str("list\n}\n\n");
}

/// `body_<operationId>()` (the JSON body of the flags given, secrets excluded) and
/// `secrets_<operationId>()` (its secret properties).
fn body_fns(op: &Operation, flags: &[Flag<'_>], s: &mut String) {
    let mut inserts = String::new();
    let mut secrets = String::new();
    for flag in flags {
        match flag.use_of(op) {
            Some(Use::Body(path)) => {
                let _ = writeln!(
                    inserts,
                    "if let Some(value) = &self.{} {{ crate::args::insert(&mut body, {}, serde_json::json!(value)); }}",
                    flag.field,
                    strs(path)
                );
            }
            Some(Use::Secret { name, required }) => {
                let _ = write!(secrets, "({}, {required}, self.{}),", lit(name), flag.field);
            }
            _ => {}
        }
    }
    let body = if inserts.is_empty() {
        "serde_json::Map::new()".to_owned()
    } else {
        format!("let mut body = serde_json::Map::new();\n{inserts}body")
    };
    let _ = write!(
        s,
        "/// The JSON body of `{id}` from the flags given (secrets excluded), by property name.\n\
         pub fn body_{snake}(&self) -> serde_json::Map<String, serde_json::Value> {{\n{body}\n}}\n\n\
         /// Every secret property of `{id}`: `(name, required, read from stdin)`.\n\
         pub fn secrets_{snake}(&self) -> Vec<(&'static str, bool, bool)> {{\nvec![{secrets}]\n}}\n\n",
        id = op.id,
        snake = snake(&op.id)
    );
}

/// A flag of a request body.
struct BodyFlag<'a> {
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
    for p in props.iter().filter(|p| !p.secret) {
        let mut path = prefix.to_vec();
        path.push(p.name.clone());
        match &p.ty {
            Type::Object(name) => {
                if let Some(nested) = model.schema(name) {
                    body_flags(model, &nested.properties, &path, out);
                }
            }
            ty if value_type(ty).is_some() => {
                let flag = if prefix.is_empty() {
                    flag_name(&p.name)
                } else {
                    path.iter().map(|n| kebab(n)).collect::<Vec<_>>().join("-")
                };
                out.push(BodyFlag {
                    flag,
                    path,
                    prop: p,
                });
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::build;
    use crate::model::tests::{TODAY_TWINS, spec};

    #[test]
    fn a_verb_of_both_generations_is_one_command_with_the_union_of_their_flags() {
        let model = build(&spec("", TODAY_TWINS)).expect("model");
        let out = cli(&model).expect("the CLI");
        assert!(
            out.contains("Cmd::PlansList => &[Op::ListPlans, Op::ListPlansV1]"),
            "{out}"
        );
        // `--name` is a filter of the 2010 list only: its help says so, and it is refused on
        // today's servers.
        assert!(
            out.contains("By name (CrashPlan PRO 3.x servers only)."),
            "{out}"
        );
        assert!(
            out.contains("(self.name.is_some(), \"--name\", &[Op::ListPlans])"),
            "{out}"
        );
        // `plans get`: a number on one, a uid on the other, so any text, named per server.
        assert!(
            out.contains("Cmd::PlansGet => &[Op::GetPlan, Op::GetPlanV1]"),
            "{out}"
        );
        assert!(
            out.contains("resources::path_text(ctx, Op::GetPlanV1"),
            "{out}"
        );
        // Today's `block` answers no body: the CLI says it was done.
        assert!(
            out.contains("resources::done(ctx, Op::BlockPlanV1"),
            "{out}"
        );
    }

    #[test]
    fn one_flag_with_two_meanings_in_one_command_is_refused() {
        let twins = TODAY_TWINS.replace(
            "        - { name: pgNum,",
            "        - { name: name, in: query, description: By number., schema: { type: integer } }\n        - { name: pgNum,",
        );
        let model = build(&spec("", &twins)).expect("model");
        let err = cli(&model).expect_err("--name is text and a number");
        assert!(
            err.to_string()
                .contains("one command cannot give one flag two meanings"),
            "{err}"
        );
        assert!(err.to_string().contains("listPlansV1"), "{err}");
    }
}
