//! The resource commands (`cpctl orgs|users|computers|...`): the commands generated from
//! the spec (`crate::generated::Op`: one per operation, with its flags), a `find` beside every
//! list, and the additions of [`overrides`](super::overrides), assembled into one tree. This
//! file says how a generated command is run (paging, detail views, request bodies, path ids);
//! nothing here names an operation.

use clap::builder::TypedValueParser;
use clap::{ArgMatches, Args, Command, FromArgMatches, Subcommand};
use crashplan::DetailsExt;
use crashplan::api::spec::{API, Generation};
use crashplan::resources::{List, ListQuery};
use serde_json::{Map, Value};

use super::overrides::{self, Extra};
use super::{Ctx, print_raw_stream, print_stream};
use crate::cli::{FIND_HELP, FindArgs, ListArgs};
use crate::connect::read_password_line;
use crate::error::CliError;
use crate::generated::{Op, Resource};
use crate::output::{Column, Format};

/// Parallel detail requests for `--detail`; their rate follows the server's limit (the
/// client's adaptive limiter, capped by `--max-rps`).
pub const DETAIL_CONCURRENCY: usize = 16;

/// A resource command, parsed.
#[derive(Debug)]
pub enum ResourceCommand {
    /// An operation of the spec, with the matches of its arguments.
    Run(Op, ArgMatches),
    /// `find` on the list operation.
    Find(Op, FindArgs),
    /// A hand-written command.
    Extra(Extra),
}

/// The single operation of a resource that has one, taking no arguments
/// (`cpctl server-stats`): the resource's command runs it, without a verb.
fn bare(resource: Resource) -> Option<Op> {
    let mut ops = Op::ALL.iter().filter(|op| op.resource() == resource);
    match (ops.next(), ops.next()) {
        (Some(&op), None) if op.command().get_arguments().next().is_none() => Some(op),
        _ => None,
    }
}

/// An operation's command with the overrides applied.
fn op_command(op: Op) -> Command {
    let mut cmd = op.command();
    if let Some(example) = overrides::example(op) {
        cmd = cmd.after_help(example);
    }
    if let Some(naming) = overrides::naming(op.resource()) {
        let positionals: Vec<_> = cmd.get_positionals().map(|a| a.get_id().clone()).collect();
        for id in positionals {
            cmd = cmd.mut_arg(id, |a| a.help(naming.help()));
        }
    }
    cmd
}

/// The command of one resource: its operations, the `find` of its lists, its extras.
fn resource_command(resource: Resource) -> Command {
    let about = resource.about().trim_end_matches('.').to_owned();
    if let Some(op) = bare(resource) {
        return op_command(op).name(resource.name()).about(about);
    }
    let mut cmd = Command::new(resource.name())
        .subcommand_required(true)
        .arg_required_else_help(true);
    for &op in Op::ALL.iter().filter(|op| op.resource() == resource) {
        cmd = cmd.subcommand(op_command(op));
        if let Some(name) = op.find_name() {
            let find = FindArgs::augment_args(Command::new(name))
                .about(format!("Find {} with a query expression", resource.name()))
                .after_help(FIND_HELP);
            cmd = cmd.subcommand(find);
        }
    }
    // The hand-written enums' doc comments would be the resource's about: set it after.
    Extra::augment(resource, cmd).about(about)
}

impl FromArgMatches for ResourceCommand {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let missing = || clap::Error::new(clap::error::ErrorKind::MissingSubcommand);
        let (name, matches) = matches.subcommand().ok_or_else(missing)?;
        let resource = Resource::ALL
            .iter()
            .copied()
            .find(|r| r.name() == name)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidSubcommand))?;
        if let Some(op) = bare(resource) {
            return Ok(Self::Run(op, matches.clone()));
        }
        let (verb, args) = matches.subcommand().ok_or_else(missing)?;
        if let Some(extra) = Extra::parse(resource, verb, matches) {
            return extra.map(Self::Extra);
        }
        for &op in Op::ALL.iter().filter(|op| op.resource() == resource) {
            if op.verb() == verb {
                return Ok(Self::Run(op, args.clone()));
            }
            if op.find_name() == Some(verb) {
                return Ok(Self::Find(op, FindArgs::from_arg_matches(args)?));
            }
        }
        Err(clap::Error::new(clap::error::ErrorKind::InvalidSubcommand))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Subcommand for ResourceCommand {
    fn augment_subcommands(cmd: Command) -> Command {
        Resource::ALL.iter().fold(cmd, |cmd, &resource| {
            cmd.subcommand(resource_command(resource))
        })
    }

    fn augment_subcommands_for_update(cmd: Command) -> Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        Resource::ALL.iter().any(|r| r.name() == name)
    }
}

/// Runs a resource command.
pub async fn run(ctx: &Ctx<'_>, command: ResourceCommand) -> Result<(), CliError> {
    match command {
        ResourceCommand::Run(op, matches) => op.run(ctx, &matches).await,
        ResourceCommand::Find(op, args) => op.find(ctx, &args).await,
        ResourceCommand::Extra(extra) => extra.run(ctx).await,
    }
}

/// Refuses, before anything is sent, a command that the API generation `chosen` (`--api`)
/// does not have.
pub fn check_generation(command: &ResourceCommand, chosen: Generation) -> Result<(), CliError> {
    let (name, generation) = match command {
        ResourceCommand::Run(op, _) => (
            format!("{} {}", op.resource().name(), op.verb()),
            API.operation(op.id()).map(|o| o.generation),
        ),
        ResourceCommand::Find(op, _) => (
            format!(
                "{} {}",
                op.resource().name(),
                op.find_name().unwrap_or("find")
            ),
            API.operation(op.id()).map(|o| o.generation),
        ),
        ResourceCommand::Extra(extra) => (extra.name().to_owned(), Some(Generation::Pro3)),
    };
    match generation {
        Some(generation) if generation != chosen => Err(CliError::Usage(format!(
            "`{name}` speaks {} and --api {} says the server speaks {}: this command has no              counterpart there yet (nothing was sent); use --api {} for a server of that API",
            describe(generation),
            api_name(chosen),
            describe(chosen),
            api_name(generation),
        ))),
        _ => Ok(()),
    }
}

/// How a message names an API generation.
fn describe(generation: Generation) -> &'static str {
    match generation {
        Generation::Pro3 => "CrashPlan PRO 3.x's API (/rest/...)",
        _ => "today's CrashPlan API (/api/v1|v3|v38/...)",
    }
}

/// The `--api` value of a generation.
fn api_name(generation: Generation) -> &'static str {
    match generation {
        Generation::Pro3 => "pro3",
        _ => "today",
    }
}

/// The query of a `find` command and the list it filters, if the command is one: checked
/// before connecting.
pub fn find_query(command: &ResourceCommand) -> Option<(&FindArgs, &'static str)> {
    match command {
        ResourceCommand::Find(op, args) => Some((args, op.id())),
        _ => None,
    }
}

/// The value parser of a numeric path parameter (`users get ID`): a whole number, or, for a
/// resource whose items have other names ([`overrides::naming`]), any non-empty text.
#[derive(Debug, Clone, Copy)]
pub struct PathId(pub Op);

impl TypedValueParser for PathId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let text = value.to_string_lossy();
        let fits = match overrides::naming(self.0.resource()) {
            Some(_) => !text.trim().is_empty(),
            None => text.trim().parse::<i64>().is_ok(),
        };
        if fits {
            return Ok(text.trim().to_owned());
        }
        let mut err = clap::Error::new(clap::error::ErrorKind::ValueValidation).with_cmd(cmd);
        if let Some(arg) = arg {
            err.insert(
                clap::error::ContextKind::InvalidArg,
                clap::error::ContextValue::String(arg.to_string()),
            );
        }
        err.insert(
            clap::error::ContextKind::InvalidValue,
            clap::error::ContextValue::String(text.into_owned()),
        );
        Err(err)
    }
}

/// The numeric id a path argument names: the number, or the item the text names
/// ([`overrides::naming`]).
pub async fn path_id(ctx: &Ctx<'_>, op: Op, param: &str, text: &str) -> Result<i64, CliError> {
    match overrides::naming(op.resource()) {
        Some(overrides::Naming::User) if text.parse::<i64>().is_err() => {
            Ok(ctx.client.users().resolve(text).await?)
        }
        _ => text.parse().map_err(|_| {
            CliError::Usage(format!(
                "`{text}` is not a {param} of `{} {}`: give a whole number",
                op.resource().name(),
                op.verb()
            ))
        }),
    }
}

/// The text of a path argument that is not a number (a uid, a guid). Called by the generated
/// commands of operations with such parameters (the spec has none yet).
#[allow(dead_code)]
pub async fn path_text(
    _ctx: &Ctx<'_>,
    _op: Op,
    _param: &str,
    text: &str,
) -> Result<String, CliError> {
    Ok(text.to_owned())
}

/// Applies `--page-size` and `--limit` to a list.
pub fn paged<Q: ListQuery>(list: List<Q>, args: &ListArgs) -> List<Q> {
    let mut list = list;
    if let Some(size) = args.page_size {
        list = list.page_size(u64::from(size));
    }
    if let Some(limit) = args.limit {
        list = list.limit(limit as u64);
    }
    list
}

/// The columns of a list's items, or of their detail views.
pub fn columns_of<Q: ListQuery>(detail: bool) -> Vec<Column> {
    let list = API
        .operation(Q::OPERATION_ID)
        .and_then(|op| op.list.as_ref());
    let schema = match list {
        Some(list) if detail => list.detail.map_or(list.item, |(_, schema)| schema),
        Some(list) => list.item,
        None => "",
    };
    Column::of_schema(schema)
}

/// Prints the items of a list, or with `detail` their detail views. JSON and JSON lines of
/// list views pass the server's text on (`List::raw_items`: every property and digit, in the
/// server's key order); tables, CSV and detail views decode the typed items.
pub async fn list<Q: ListQuery>(
    ctx: &Ctx<'_>,
    list: List<Q>,
    args: &ListArgs,
    detail: bool,
) -> Result<(), CliError>
where
    <Q::Item as crashplan::HasDetail>::Detail: serde::Serialize,
{
    let list = paged(list, args);
    let columns = columns_of::<Q>(detail);
    // A field of the detail view only: say how to get it.
    if !detail && let Err(CliError::Usage(message)) = ctx.columns(&columns) {
        let in_detail = ctx.columns(&columns_of::<Q>(true)).is_ok();
        return Err(CliError::Usage(if in_detail {
            format!("{message}; --detail adds the fields of the detail view")
        } else {
            message
        }));
    }
    if detail {
        let details = list.items().details(&ctx.client, DETAIL_CONCURRENCY);
        print_stream(ctx, details, &columns).await
    } else if matches!(ctx.format, Format::Json | Format::Jsonl) {
        print_raw_stream(ctx, list.raw_items()).await
    } else {
        print_stream(ctx, list.items(), &columns).await
    }
}

/// The request body of `op` from the flags given: the JSON of the flags, each secret property
/// read from stdin (its `--new-<name>-stdin` flag) or a prompt, as the generated type.
pub fn body<T: serde::de::DeserializeOwned>(
    ctx: &Ctx<'_>,
    json: Map<String, Value>,
    secrets: Vec<(&'static str, bool, bool)>,
    op: Op,
) -> Result<T, CliError> {
    let mut json = json;
    add_secrets(ctx, &mut json, secrets)?;
    let command = format!(
        "{} {} {}",
        env!("CARGO_BIN_NAME"),
        op.resource().name(),
        op.verb()
    );
    serde_json::from_value(Value::Object(json)).map_err(|err| {
        CliError::Usage(format!(
            "`{command}` needs more flags: {err} (see `{command} --help`)"
        ))
    })
}

/// Reads each secret property of a request body from stdin (its `--new-<name>-stdin` flag) or
/// a prompt, and adds it to the JSON body.
fn add_secrets(
    ctx: &Ctx<'_>,
    json: &mut Map<String, Value>,
    secrets: Vec<(&'static str, bool, bool)>,
) -> Result<(), CliError> {
    for (name, required, from_stdin) in secrets {
        let flag = format!("--new-{name}-stdin");
        let secret = if from_stdin {
            read_password_line()?
        } else if !required {
            continue;
        } else if ctx.ui.interactive() {
            rpassword::prompt_password(format!("New {name}: "))
                .map(crashplan::SecretString::from)
                .map_err(|err| CliError::Io(format!("cannot read the {name}: {err}")))?
        } else {
            return Err(CliError::Usage(format!(
                "a {name} is needed: pass {flag} and write it to standard input"
            )));
        };
        use crashplan::ExposeSecret;
        json.insert(
            name.to_owned(),
            Value::String(secret.expose_secret().to_owned()),
        );
    }
    Ok(())
}
