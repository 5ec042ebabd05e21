//! What the spec cannot say about the CLI's resource commands, in one place: the commands
//! themselves come from the spec (`crate::generated`: one [`Cmd`] per verb of a resource,
//! served by one [`Op`] per API generation); this table only adds to them. Every entry names
//! a generated variant, so an entry for an operation that left the spec is a compile error;
//! `tests::the_override_table_is_consistent` checks the rest. A command without an entry
//! needs none: it gets its generated form as it is.
//!
//! * [`naming`]: resources whose items a person names by something else than the number a
//!   path takes (a user by uid, email or username); every command taking such an item takes
//!   the same forms.
//! * [`example`]: the example shown below a command's help.
//! * [`stand_in`]: a command the spec gives one generation only, done on the other with
//!   another operation (on CrashPlan PRO 3.x, deactivating a user is a status update), as the
//!   facade's hand-written `extras` are.

use clap::{ArgMatches, FromArgMatches};
use crashplan::api::spec::Generation;

use super::resources::no_counterpart;
use super::{Ctx, print_one};
use crate::error::CliError;
use crate::generated::{
    Cmd, Op, OrgsDeactivateArgs, OrgsReactivateArgs, Resource, UsersDeactivateArgs,
    UsersReactivateArgs,
};

/// How the items of a resource are named on the command line, beyond the number or text a
/// path takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// A user: an id, a uid (current servers), an email or a username.
    User,
    /// A device (a computer of CrashPlan PRO 3.x): an id or a GUID.
    Device,
    /// An org: an id, a uid, a GUID or a name (current servers).
    Org,
}

impl Naming {
    /// The help of an argument naming such an item.
    pub fn help(self) -> &'static str {
        match self {
            Self::User => "The user: an id, a uid, an email or a username",
            Self::Device => "The device: an id or a GUID",
            Self::Org => {
                "The org: an id, a uid, a GUID or a name (on CrashPlan PRO 3.x servers: an id)"
            }
        }
    }

    /// The argument's name in usage lines.
    pub fn value_name(self) -> &'static str {
        match self {
            Self::User => "USER",
            Self::Device => "DEVICE",
            Self::Org => "ORG",
        }
    }
}

/// How the items of `resource` are named, if not only by what the path takes.
pub fn naming(resource: Resource) -> Option<Naming> {
    match resource {
        Resource::Users => Some(Naming::User),
        Resource::Devices | Resource::Computers => Some(Naming::Device),
        Resource::Orgs => Some(Naming::Org),
        _ => None,
    }
}

/// The example below an operation's help (and `find`'s, for a list), if it has one.
pub fn example(op: Op) -> Option<&'static str> {
    Some(match op {
        Op::ListOrgs => "Example: cpctl orgs list --parent-id 2 --status active",
        Op::CreateOrg => "Example: cpctl orgs create --name SubOrg5 --parent-id 2",
        Op::UpdateOrg => "Example: cpctl orgs update 44 --name Sales --quota-bytes 500",
        Op::ListUsers => "Example: cpctl users list --org-id 43 --status active --detail",
        Op::ListUsersV1 => "Example: cpctl users list --active true --org-uid 890473567180358",
        Op::GetUser => {
            "Examples:\n  cpctl users get 69\n  cpctl users get userthree@testorg.org\n  cpctl users get userthree"
        }
        Op::CreateUser => {
            "Example: echo 's3cret' | cpctl users create --org-id 43 --first-name Ada --last-name Lovelace --email ada@example.com --new-password-stdin"
        }
        Op::UpdateUser => {
            "Examples:\n  cpctl users update 69 --email ada@example.com --quota-bytes 150\n  cpctl users update userthree@testorg.org --org-id 42   # move the user to org 42\n  cpctl users update userthree --login user3 --status deactivated\n  echo 'n3w-s3cret' | cpctl users update userthree --new-password-stdin"
        }
        Op::DeactivateUserV3 => "Example: cpctl users deactivate userthree@testorg.org",
        Op::MoveUserV3 => "Example: cpctl users move userthree@testorg.org --org-id 42",
        Op::ListDevicesV1 => "Example: cpctl devices list --active true --inc-backup-usage",
        Op::UpdateDeviceV1 => "Example: cpctl devices rename 4242 --name laptop-ada",
        Op::ListArchiveRecords => "Example: cpctl archive-records list --user-id 240 --days-back 2",
        _ => return None,
    })
}

/// Whether `cmd` has a hand-written stand-in on servers of `generation`: a command the spec
/// gives one generation only, which the other does with another operation (on CrashPlan PRO
/// 3.x, deactivating a user or an org is a status update).
pub fn has_stand_in(cmd: Cmd, generation: Generation) -> bool {
    generation == Generation::Pro3
        && matches!(
            cmd,
            Cmd::UsersDeactivate | Cmd::UsersReactivate | Cmd::OrgsDeactivate | Cmd::OrgsReactivate
        )
}

/// Runs the stand-in of `cmd` on servers of `ctx.generation` (see [`has_stand_in`]), with the
/// command's path argument, the only one a stand-in takes.
pub async fn stand_in(ctx: &Ctx<'_>, cmd: Cmd, matches: &ArgMatches) -> Result<(), CliError> {
    if !has_stand_in(cmd, ctx.generation) {
        return Err(no_counterpart(cmd, ctx.generation));
    }
    let usage = |err: clap::Error| CliError::Usage(err.to_string());
    let named = match cmd {
        Cmd::UsersDeactivate => {
            UsersDeactivateArgs::from_arg_matches(matches)
                .map_err(usage)?
                .user_uid
        }
        Cmd::UsersReactivate => {
            UsersReactivateArgs::from_arg_matches(matches)
                .map_err(usage)?
                .user_uid
        }
        Cmd::OrgsDeactivate => {
            OrgsDeactivateArgs::from_arg_matches(matches)
                .map_err(usage)?
                .org_guid
        }
        _ => {
            OrgsReactivateArgs::from_arg_matches(matches)
                .map_err(usage)?
                .org_guid
        }
    };
    match cmd {
        Cmd::UsersDeactivate | Cmd::UsersReactivate => {
            let users = ctx.client.users();
            let id = users.resolve(&named).await?;
            let user = if cmd == Cmd::UsersDeactivate {
                users.deactivate(id).await?
            } else {
                users.reactivate(id).await?
            };
            print_one(ctx, &user)
        }
        _ => {
            let id: i64 = named.parse().map_err(|_| {
                CliError::Usage(format!(
                    "`{named}` is not an org id: on a CrashPlan PRO 3.x server `{} {}` takes the org's number",
                    cmd.resource().name(),
                    cmd.verb()
                ))
            })?;
            let orgs = ctx.client.orgs();
            let org = if cmd == Cmd::OrgsDeactivate {
                orgs.deactivate(id).await?
            } else {
                orgs.reactivate(id).await?
            };
            print_one(ctx, &org)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example runs the command it is the example of, and every stand-in stands in for
    /// a generation its command has no operation of.
    #[test]
    fn the_override_table_is_consistent() {
        for &op in Cmd::ALL.iter().flat_map(|cmd| cmd.ops()) {
            let command = format!(
                "{} {} {}",
                env!("CARGO_BIN_NAME"),
                op.resource().name(),
                op.verb()
            );
            if let Some(example) = example(op) {
                assert!(
                    example.lines().any(|line| line.contains(&command)),
                    "the example of {op:?} does not run `{command}`: {example}"
                );
            }
        }
        for &cmd in Cmd::ALL {
            for generation in [Generation::Pro3, Generation::Today] {
                assert!(
                    !(has_stand_in(cmd, generation) && cmd.op(generation).is_some()),
                    "the stand-in of {cmd:?} hides its operation on {generation:?}"
                );
            }
        }
    }
}
