//! What the spec cannot say about the CLI's resource commands, in one place: the commands
//! themselves come from the spec (`crate::generated`, one per operation); this table only
//! adds to them. Every entry names a generated [`Op`] or [`Resource`] variant, so an entry
//! for an operation that left the spec is a compile error; `tests::the_override_table_is_consistent`
//! checks the rest. An operation or resource without an entry needs none: it gets its
//! generated command as it is.
//!
//! * [`naming`]: resources whose items a person names by something else than their number
//!   (a user by email or username); every command taking such an item takes the same forms.
//! * [`example`]: the example shown below a command's help.
//! * [`Extra`]: verbs the spec cannot express (deactivate and reactivate are status updates),
//!   beside the generated ones, as the facade's hand-written `extras` are.

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

use super::{Ctx, print_one};
use crate::error::CliError;
use crate::generated::{Op, Resource};

/// How the items of a resource are named on the command line, beyond their numeric id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// A user: an id, an email or a username (`client.users().resolve(..)`).
    User,
}

impl Naming {
    /// The help of an argument naming such an item.
    pub fn help(self) -> &'static str {
        match self {
            Self::User => "The user: an id, an email or a username",
        }
    }
}

/// How the items of `resource` are named, if not only by their numeric id.
pub fn naming(resource: Resource) -> Option<Naming> {
    match resource {
        Resource::Users => Some(Naming::User),
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
        Op::GetUser => {
            "Examples:\n  cpctl users get 69\n  cpctl users get userthree@testorg.org\n  cpctl users get userthree"
        }
        Op::CreateUser => {
            "Example: echo 's3cret' | cpctl users create --org-id 43 --first-name Ada --last-name Lovelace --email ada@example.com --new-password-stdin"
        }
        Op::UpdateUser => {
            "Examples:\n  cpctl users update 69 --email ada@example.com --quota-bytes 150\n  cpctl users update userthree@testorg.org --org-id 42   # move the user to org 42\n  cpctl users update userthree --login user3 --status deactivated\n  echo 'n3w-s3cret' | cpctl users update userthree --new-password-stdin"
        }
        Op::ListArchiveRecords => "Example: cpctl archive-records list --user-id 240 --days-back 2",
        _ => return None,
    })
}

/// `users deactivate|reactivate USER`.
#[derive(Debug, Subcommand)]
pub enum UsersExtra {
    /// Deactivate a user (its status becomes Deactivated)
    #[command(after_help = "Example: cpctl users deactivate userthree@testorg.org")]
    Deactivate {
        /// The user: an id, an email or a username
        user: String,
    },
    /// Reactivate a deactivated user
    Reactivate {
        /// The user: an id, an email or a username
        user: String,
    },
}

/// `orgs deactivate|reactivate ID`.
#[derive(Debug, Subcommand)]
pub enum OrgsExtra {
    /// Deactivate an org (the server renames it `<name> deactivated <date>`)
    Deactivate {
        /// Org id
        id: i64,
    },
    /// Reactivate a deactivated org
    Reactivate {
        /// Org id
        id: i64,
    },
}

/// A hand-written command of a resource.
#[derive(Debug)]
pub enum Extra {
    /// `users ...`.
    Users(UsersExtra),
    /// `orgs ...`.
    Orgs(OrgsExtra),
}

impl Extra {
    /// Adds the hand-written commands of `resource` to its command.
    pub fn augment(resource: Resource, cmd: Command) -> Command {
        match resource {
            Resource::Users => UsersExtra::augment_subcommands(cmd),
            Resource::Orgs => OrgsExtra::augment_subcommands(cmd),
            _ => cmd,
        }
    }

    /// The hand-written command `verb` of `resource` (its matches are the resource's), if
    /// there is one.
    pub fn parse(
        resource: Resource,
        verb: &str,
        matches: &ArgMatches,
    ) -> Option<Result<Self, clap::Error>> {
        Some(match resource {
            Resource::Users if UsersExtra::has_subcommand(verb) => {
                UsersExtra::from_arg_matches(matches).map(Self::Users)
            }
            Resource::Orgs if OrgsExtra::has_subcommand(verb) => {
                OrgsExtra::from_arg_matches(matches).map(Self::Orgs)
            }
            _ => return None,
        })
    }

    /// The command as typed (`users deactivate`). Every hand-written command speaks the
    /// 2010 API (status updates of `/rest/users` and `/rest/orgs`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Users(UsersExtra::Deactivate { .. }) => "users deactivate",
            Self::Users(UsersExtra::Reactivate { .. }) => "users reactivate",
            Self::Orgs(OrgsExtra::Deactivate { .. }) => "orgs deactivate",
            Self::Orgs(OrgsExtra::Reactivate { .. }) => "orgs reactivate",
        }
    }

    /// Runs the command.
    pub async fn run(self, ctx: &Ctx<'_>) -> Result<(), CliError> {
        match self {
            Self::Users(command) => {
                let users = ctx.client.users();
                match command {
                    UsersExtra::Deactivate { user } => {
                        let id = users.resolve(&user).await?;
                        print_one(ctx, &users.deactivate(id).await?)
                    }
                    UsersExtra::Reactivate { user } => {
                        let id = users.resolve(&user).await?;
                        print_one(ctx, &users.reactivate(id).await?)
                    }
                }
            }
            Self::Orgs(command) => {
                let orgs = ctx.client.orgs();
                match command {
                    OrgsExtra::Deactivate { id } => print_one(ctx, &orgs.deactivate(id).await?),
                    OrgsExtra::Reactivate { id } => print_one(ctx, &orgs.reactivate(id).await?),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example runs the command it is the example of, and no hand-written command has
    /// the name of a generated one (it would hide it).
    #[test]
    fn the_override_table_is_consistent() {
        for &op in Op::ALL {
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
        for &resource in Resource::ALL {
            let extras = Extra::augment(resource, Command::new(resource.name()));
            for sub in extras.get_subcommands() {
                assert!(
                    !Op::ALL
                        .iter()
                        .any(|op| op.resource() == resource && op.verb() == sub.get_name()),
                    "the hand-written `{} {}` hides the generated command",
                    resource.name(),
                    sub.get_name()
                );
            }
        }
    }
}
