//! The resource commands (`cpctl orgs|users|devices|...`): the commands generated from the
//! spec (`crate::generated::Cmd`: one per verb of a resource, with its flags, served by one
//! operation per API generation), a `find` beside every list, and the additions of
//! [`overrides`](super::overrides), assembled into one tree. This file says how a generated
//! command is run (paging, detail views, request bodies, naming items in paths, refusing
//! what the server's generation lacks); nothing here names an operation.

use clap::builder::TypedValueParser;
use clap::{ArgMatches, Args, Command, FromArgMatches, Subcommand};
use crashplan::DetailsExt;
use crashplan::api::spec::{API, Generation};
use crashplan::resources::{List, ListQuery};
use serde_json::{Map, Value};

use super::overrides::{self, Naming};
use super::{Ctx, print_raw_stream, print_stream};
use crate::cli::{FIND_HELP, FindArgs, ListArgs};
use crate::connect::read_password_line;
use crate::error::CliError;
use crate::generated::{Cmd, Op, Resource};
use crate::output::{Column, Format};

/// Parallel detail requests for `--detail`; their rate follows the server's limit (the
/// client's adaptive limiter, capped by `--max-rps`).
pub const DETAIL_CONCURRENCY: usize = 16;

/// A resource command, parsed.
#[derive(Debug)]
pub enum ResourceCommand {
    /// A command of the spec, with the matches of its arguments.
    Run(Cmd, ArgMatches),
    /// `find` on the command's list.
    Find(Cmd, FindArgs),
}

impl ResourceCommand {
    /// The command as typed (`users find`).
    fn name(&self) -> String {
        match self {
            Self::Run(cmd, _) => format!("{} {}", cmd.resource().name(), cmd.verb()),
            Self::Find(cmd, _) => format!(
                "{} {}",
                cmd.resource().name(),
                cmd.find_name().unwrap_or("find")
            ),
        }
    }

    fn cmd(&self) -> Cmd {
        match self {
            Self::Run(cmd, _) | Self::Find(cmd, _) => *cmd,
        }
    }

    /// The API generations whose servers can run it: its operations', and its stand-in's
    /// ([`overrides::stand_in`]).
    pub fn generations(&self) -> Vec<Generation> {
        let cmd = self.cmd();
        [Generation::Pro3, Generation::Today]
            .into_iter()
            .filter(|&g| {
                cmd.op(g).is_some()
                    || (matches!(self, Self::Run(..)) && overrides::has_stand_in(cmd, g))
            })
            .collect()
    }
}

/// The single command of a resource that has one, taking no arguments
/// (`cpctl server-stats`): the resource's command runs it, without a verb.
fn bare(resource: Resource) -> Option<Cmd> {
    let mut cmds = Cmd::ALL.iter().filter(|cmd| cmd.resource() == resource);
    match (cmds.next(), cmds.next()) {
        (Some(&cmd), None) if cmd.command().get_arguments().next().is_none() => Some(cmd),
        _ => None,
    }
}

/// A command with the overrides applied: its examples (each generation's, where the two
/// differ), and the help of arguments naming an item.
fn cmd_command(cmd: Cmd) -> Command {
    let mut command = cmd.command();
    let examples: Vec<(Op, &str)> = cmd
        .ops()
        .iter()
        .filter_map(|&op| overrides::example(op).map(|e| (op, e)))
        .collect();
    let text = match examples.as_slice() {
        [] => None,
        [(_, example)] => Some((*example).to_owned()),
        several => Some(
            several
                .iter()
                .map(|(op, example)| format!("On {}:\n{example}", describe(op.generation())))
                .collect::<Vec<_>>()
                .join("\n\n"),
        ),
    };
    if let Some(text) = text {
        command = command.after_help(text);
    }
    if let Some(naming) = overrides::naming(cmd.resource()) {
        let positionals: Vec<_> = command
            .get_positionals()
            .map(|a| a.get_id().clone())
            .collect();
        if let Some(first) = positionals.first() {
            command = command.mut_arg(first, |a| {
                a.help(naming.help()).value_name(naming.value_name())
            });
        }
    }
    command
}

/// The command of one resource: its commands and the `find` of its lists.
fn resource_command(resource: Resource) -> Command {
    let about = resource.about().trim_end_matches('.').to_owned();
    if let Some(cmd) = bare(resource) {
        return cmd_command(cmd).name(resource.name()).about(about);
    }
    let mut command = Command::new(resource.name())
        .about(about)
        .subcommand_required(true)
        .arg_required_else_help(true);
    for &cmd in Cmd::ALL.iter().filter(|cmd| cmd.resource() == resource) {
        command = command.subcommand(cmd_command(cmd));
        if let Some(name) = cmd.find_name() {
            let find = FindArgs::augment_args(Command::new(name))
                .about(format!("Find {} with a query expression", resource.name()))
                .after_help(FIND_HELP);
            command = command.subcommand(find);
        }
    }
    command
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
        if let Some(cmd) = bare(resource) {
            return Ok(Self::Run(cmd, matches.clone()));
        }
        let (verb, args) = matches.subcommand().ok_or_else(missing)?;
        for &cmd in Cmd::ALL.iter().filter(|cmd| cmd.resource() == resource) {
            if cmd.verb() == verb {
                return Ok(Self::Run(cmd, args.clone()));
            }
            if cmd.find_name() == Some(verb) {
                return Ok(Self::Find(cmd, FindArgs::from_arg_matches(args)?));
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

/// What every generated command's arguments say of themselves.
pub trait CmdArgs: FromArgMatches {
    /// The first flag given that `op` does not take (`None`: the command's hand-written
    /// stand-in, which takes only the path arguments).
    fn foreign(&self, op: Option<Op>) -> Option<&'static str>;
}

/// The arguments of `cmd` and the operation serving it on the server's API generation;
/// `None` when the generation has none and the hand-written stand-in runs it
/// ([`overrides::stand_in`]). A flag the chosen operation (or the stand-in) does not take is
/// a usage error, before anything is sent.
pub fn parse<A: CmdArgs>(
    cmd: Cmd,
    ctx: &Ctx<'_>,
    matches: &ArgMatches,
) -> Result<Option<(A, Op)>, CliError> {
    let args = A::from_arg_matches(matches).map_err(|err| CliError::Usage(err.to_string()))?;
    let op = cmd.op(ctx.generation);
    if let Some(flag) = args.foreign(op) {
        return Err(foreign_flag(cmd, flag, ctx.generation));
    }
    Ok(op.map(|op| (args, op)))
}

/// Runs a resource command on the server's API generation (`ctx.generation`).
pub async fn run(ctx: &Ctx<'_>, command: ResourceCommand) -> Result<(), CliError> {
    match command {
        ResourceCommand::Run(cmd, matches) => cmd.run(ctx, &matches).await,
        ResourceCommand::Find(cmd, args) => cmd.find(ctx, &args).await,
    }
}

/// Refuses, before anything is sent, a command that the API generation `chosen` (`--api`,
/// the profile, or detected) does not have.
pub fn check_generation(command: &ResourceCommand, chosen: Generation) -> Result<(), CliError> {
    if command.generations().contains(&chosen) {
        return Ok(());
    }
    Err(refusal(&command.name(), chosen))
}

/// The error of a command that servers of `generation` have no counterpart of.
pub fn no_counterpart(cmd: Cmd, generation: Generation) -> CliError {
    refusal(
        &format!("{} {}", cmd.resource().name(), cmd.verb()),
        generation,
    )
}

fn refusal(name: &str, chosen: Generation) -> CliError {
    let other = match chosen {
        Generation::Pro3 => Generation::Today,
        _ => Generation::Pro3,
    };
    CliError::Usage(format!(
        "`{name}` has no counterpart in {} (nothing was sent): it is a command of {}; if the \
         server speaks that, say so with --api {}",
        describe(chosen),
        describe(other),
        api_name(other),
    ))
}

/// The error of a flag that the command's operation on servers of `generation` does not take.
pub fn foreign_flag(cmd: Cmd, flag: &str, generation: Generation) -> CliError {
    CliError::Usage(format!(
        "`{} {}` takes {flag} only on servers of another API generation, and this server \
         speaks {} (nothing was sent): see `{} {} {} --help` for the flags of each",
        cmd.resource().name(),
        cmd.verb(),
        describe(generation),
        env!("CARGO_BIN_NAME"),
        cmd.resource().name(),
        cmd.verb(),
    ))
}

/// How a message names an API generation.
pub fn describe(generation: Generation) -> &'static str {
    match generation {
        Generation::Pro3 => "CrashPlan PRO 3.x's API (/rest/...)",
        _ => "today's CrashPlan API (/api/v1|v3|v38/...)",
    }
}

/// The `--api` value of a generation.
pub fn api_name(generation: Generation) -> &'static str {
    crate::cli::ApiChoice::of(generation).name()
}

/// The query of a `find` command and the lists it may filter (one per API generation), if
/// the command is one: checked before connecting.
pub fn find_query(command: &ResourceCommand) -> Option<(&FindArgs, Vec<&'static str>)> {
    match command {
        ResourceCommand::Find(cmd, args) => {
            Some((args, cmd.ops().iter().map(|op| op.id()).collect()))
        }
        ResourceCommand::Run(..) => None,
    }
}

/// The value parser of a numeric path parameter (`users get ID`): a whole number (a
/// computer's id or GUID), or, for a resource whose items have names of other forms
/// ([`overrides::naming`]: users, orgs), any non-empty text.
#[derive(Debug, Clone, Copy)]
pub struct PathId(pub Resource);

impl TypedValueParser for PathId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let text = value.to_string_lossy();
        // A device's GUID is a number too: only users and orgs have names of other forms.
        let fits = match overrides::naming(self.0) {
            Some(Naming::User | Naming::Org) => !text.trim().is_empty(),
            Some(Naming::Device) | None => text.trim().parse::<i64>().is_ok(),
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
    if op.generation() == Generation::Pro3 {
        return match overrides::naming(op.resource()) {
            Some(Naming::User) if text.parse::<i64>().is_err() => {
                Ok(ctx.client.users().resolve(text).await?)
            }
            Some(Naming::Device) if text.parse::<i64>().is_ok() => {
                Ok(ctx.client.computers().resolve(text).await?)
            }
            _ => text.parse().map_err(|_| {
                CliError::Usage(format!(
                    "`{text}` is not a {param} of `{} {}`: give a whole number{}",
                    op.resource().name(),
                    op.verb(),
                    match overrides::naming(op.resource()) {
                        Some(Naming::Device) => " (the GUID or id)",
                        _ => "",
                    }
                ))
            }),
        };
    }
    let value = path_text(ctx, op, param, text).await?;
    value.parse().map_err(|_| {
        CliError::Usage(format!(
            "`{text}` names no {param} of `{} {}`: give a whole number",
            op.resource().name(),
            op.verb()
        ))
    })
}

/// The text a path argument of today's API takes (a uid, a GUID, an id): the item the
/// argument names ([`overrides::naming`]: `users block ada@example.com` takes the user's
/// `userUid`), read from the item as the property the path parameter is named after.
pub async fn path_text(ctx: &Ctx<'_>, op: Op, param: &str, text: &str) -> Result<String, CliError> {
    let today = ctx.client.today();
    let item = match overrides::naming(op.resource()) {
        Some(Naming::User) => serde_json::to_value(today.users().resolve(text).await?),
        Some(Naming::Device) => serde_json::to_value(today.devices().resolve(text).await?),
        Some(Naming::Org) => serde_json::to_value(today.orgs().resolve(text).await?),
        None => return Ok(text.to_owned()),
    }
    .map_err(|err| CliError::Io(format!("cannot read the item `{text}` names: {err}")))?;
    match item.get(param) {
        Some(Value::String(value)) => Ok(value.clone()),
        Some(Value::Number(value)) => Ok(value.to_string()),
        _ => Err(CliError::Io(format!(
            "the server's answer for `{text}` has no {param}, which `{} {}` needs",
            op.resource().name(),
            op.verb()
        ))),
    }
}

/// The value of a required query flag.
pub fn required<T>(value: Option<T>, op: Op, flag: &str) -> Result<T, CliError> {
    value.ok_or_else(|| {
        CliError::Usage(format!(
            "`{} {}` needs {flag} on this server",
            op.resource().name(),
            op.verb()
        ))
    })
}

/// Says on stderr that an operation whose answer has no body was done.
pub fn done(ctx: &Ctx<'_>, op: Op, named: Option<&String>) -> Result<(), CliError> {
    let what = named.map(|n| format!(" {n}")).unwrap_or_default();
    ctx.ui.info(format!(
        "done: {} {}{what}",
        op.resource().name(),
        op.verb()
    ));
    Ok(())
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
