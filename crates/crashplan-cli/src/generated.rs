// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! The CLI's commands from the spec: one per resource, one subcommand per operation
//! and a `find` beside every list, with the operation's filters, path parameters and
//! writable fields as arguments. `commands/resources.rs` assembles the tree with the
//! hand-written overrides and extra verbs of `commands/overrides.rs`.
use clap::FromArgMatches as _;
use crate::commands::{Ctx, print_one, resources};
use crate::error::CliError;
/// A resource of the spec: one command of the CLI (`cpctl users`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resource {
    /// `orgs`.
    Orgs,
    /// `users`.
    Users,
    /// `computers`.
    Computers,
    /// `usages`.
    Usages,
    /// `computer-usage`.
    ComputerUsage,
    /// `mount-points`.
    MountPoints,
    /// `server-stats`.
    ServerStats,
    /// `archive-records`.
    ArchiveRecords,
}
impl Resource {
    /// Every resource, in spec order.
    pub const ALL: &[Resource] = &[
        Resource::Orgs,
        Resource::Users,
        Resource::Computers,
        Resource::Usages,
        Resource::ComputerUsage,
        Resource::MountPoints,
        Resource::ServerStats,
        Resource::ArchiveRecords,
    ];
    /// The command's name (`computer-usage`).
    pub fn name(self) -> &'static str {
        match self {
            Resource::Orgs => "orgs",
            Resource::Users => "users",
            Resource::Computers => "computers",
            Resource::Usages => "usages",
            Resource::ComputerUsage => "computer-usage",
            Resource::MountPoints => "mount-points",
            Resource::ServerStats => "server-stats",
            Resource::ArchiveRecords => "archive-records",
        }
    }
    /// What the resource is (the spec's tag description).
    pub fn about(self) -> &'static str {
        match self {
            Resource::Orgs => "An org represents a collection of users.",
            Resource::Users => {
                "A user is a distinct entity which uses the CrashPlan PRO Server for backups."
            }
            Resource::Computers => {
                "A computer has connected to a CrashPlan PRO server and (perhaps) backed up data."
            }
            Resource::Usages => "A computer's backup target (usage).",
            Resource::ComputerUsage => {
                "Statistics about the interaction between a pair of computers."
            }
            Resource::MountPoints => {
                "Locations where CrashPlan PRO stores backups (administrators only)."
            }
            Resource::ServerStats => {
                "Real-time statistics about the server (administrators only)."
            }
            Resource::ArchiveRecords => "Daily historical records of archive statistics.",
        }
    }
}
/// An operation of the spec: one subcommand of its resource's command (`users list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `orgs list` (`GET /rest/orgs`).
    ListOrgs,
    /// `orgs create` (`POST /rest/orgs`).
    CreateOrg,
    /// `orgs get` (`GET /rest/orgs/{id}`).
    GetOrg,
    /// `orgs update` (`PUT /rest/orgs/{id}`).
    UpdateOrg,
    /// `users list` (`GET /rest/users`).
    ListUsers,
    /// `users create` (`POST /rest/users`).
    CreateUser,
    /// `users get` (`GET /rest/users/{id}`).
    GetUser,
    /// `users update` (`PUT /rest/users/{id}`).
    UpdateUser,
    /// `computers list` (`GET /rest/computers`).
    ListComputers,
    /// `computers get` (`GET /rest/computers/{id}`).
    GetComputer,
    /// `usages list` (`GET /rest/usages`).
    ListUsages,
    /// `computer-usage list` (`GET /rest/computerUsage`).
    ListComputerUsages,
    /// `mount-points list` (`GET /rest/mountPoints`).
    ListMountPoints,
    /// `mount-points get` (`GET /rest/mountPoints/{id}`).
    GetMountPoint,
    /// `server-stats get` (`GET /rest/serverStats`).
    GetServerStats,
    /// `archive-records list` (`GET /rest/archiveRecords`).
    ListArchiveRecords,
}
impl Op {
    /// Every operation, in spec order.
    pub const ALL: &[Op] = &[
        Op::ListOrgs,
        Op::CreateOrg,
        Op::GetOrg,
        Op::UpdateOrg,
        Op::ListUsers,
        Op::CreateUser,
        Op::GetUser,
        Op::UpdateUser,
        Op::ListComputers,
        Op::GetComputer,
        Op::ListUsages,
        Op::ListComputerUsages,
        Op::ListMountPoints,
        Op::GetMountPoint,
        Op::GetServerStats,
        Op::ListArchiveRecords,
    ];
    /// The `operationId` in the spec (`listUsers`).
    pub fn id(self) -> &'static str {
        match self {
            Op::ListOrgs => "listOrgs",
            Op::CreateOrg => "createOrg",
            Op::GetOrg => "getOrg",
            Op::UpdateOrg => "updateOrg",
            Op::ListUsers => "listUsers",
            Op::CreateUser => "createUser",
            Op::GetUser => "getUser",
            Op::UpdateUser => "updateUser",
            Op::ListComputers => "listComputers",
            Op::GetComputer => "getComputer",
            Op::ListUsages => "listUsages",
            Op::ListComputerUsages => "listComputerUsages",
            Op::ListMountPoints => "listMountPoints",
            Op::GetMountPoint => "getMountPoint",
            Op::GetServerStats => "getServerStats",
            Op::ListArchiveRecords => "listArchiveRecords",
        }
    }
    /// The resource whose command it is under.
    pub fn resource(self) -> Resource {
        match self {
            Op::ListOrgs => Resource::Orgs,
            Op::CreateOrg => Resource::Orgs,
            Op::GetOrg => Resource::Orgs,
            Op::UpdateOrg => Resource::Orgs,
            Op::ListUsers => Resource::Users,
            Op::CreateUser => Resource::Users,
            Op::GetUser => Resource::Users,
            Op::UpdateUser => Resource::Users,
            Op::ListComputers => Resource::Computers,
            Op::GetComputer => Resource::Computers,
            Op::ListUsages => Resource::Usages,
            Op::ListComputerUsages => Resource::ComputerUsage,
            Op::ListMountPoints => Resource::MountPoints,
            Op::GetMountPoint => Resource::MountPoints,
            Op::GetServerStats => Resource::ServerStats,
            Op::ListArchiveRecords => Resource::ArchiveRecords,
        }
    }
    /// The subcommand's name (`list`).
    pub fn verb(self) -> &'static str {
        match self {
            Op::ListOrgs => "list",
            Op::CreateOrg => "create",
            Op::GetOrg => "get",
            Op::UpdateOrg => "update",
            Op::ListUsers => "list",
            Op::CreateUser => "create",
            Op::GetUser => "get",
            Op::UpdateUser => "update",
            Op::ListComputers => "list",
            Op::GetComputer => "get",
            Op::ListUsages => "list",
            Op::ListComputerUsages => "list",
            Op::ListMountPoints => "list",
            Op::GetMountPoint => "get",
            Op::GetServerStats => "get",
            Op::ListArchiveRecords => "list",
        }
    }
    /// The name of the `find` beside a list (`find` for `list`, `find-<verb>` for others).
    pub fn find_name(self) -> Option<&'static str> {
        match self {
            Op::ListOrgs => Some("find"),
            Op::CreateOrg => None,
            Op::GetOrg => None,
            Op::UpdateOrg => None,
            Op::ListUsers => Some("find"),
            Op::CreateUser => None,
            Op::GetUser => None,
            Op::UpdateUser => None,
            Op::ListComputers => Some("find"),
            Op::GetComputer => None,
            Op::ListUsages => Some("find"),
            Op::ListComputerUsages => Some("find"),
            Op::ListMountPoints => Some("find"),
            Op::GetMountPoint => None,
            Op::GetServerStats => None,
            Op::ListArchiveRecords => Some("find"),
        }
    }
    /// The subcommand, with its arguments and the spec's summary as its help.
    pub fn command(self) -> clap::Command {
        match self {
            Op::ListOrgs => {
                <ListOrgsArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List all orgs")
            }
            Op::CreateOrg => {
                <CreateOrgArgs as clap::Args>::augment_args(clap::Command::new("create"))
                    .about("Create a new org")
            }
            Op::GetOrg => {
                <GetOrgArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve an org")
            }
            Op::UpdateOrg => {
                <UpdateOrgArgs as clap::Args>::augment_args(clap::Command::new("update"))
                    .about("Update an org")
            }
            Op::ListUsers => {
                <ListUsersArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List all users")
            }
            Op::CreateUser => {
                <CreateUserArgs as clap::Args>::augment_args(
                        clap::Command::new("create"),
                    )
                    .about("Create a new user")
            }
            Op::GetUser => {
                <GetUserArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve a user")
            }
            Op::UpdateUser => {
                <UpdateUserArgs as clap::Args>::augment_args(
                        clap::Command::new("update"),
                    )
                    .about("Update a user")
            }
            Op::ListComputers => {
                <ListComputersArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List all computers")
            }
            Op::GetComputer => {
                <GetComputerArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve a computer")
            }
            Op::ListUsages => {
                <ListUsagesArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List backup usages (source computer to backup target)")
            }
            Op::ListComputerUsages => {
                <ListComputerUsagesArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List computer usage records")
            }
            Op::ListMountPoints => {
                <ListMountPointsArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List all mount points (administrators only)")
            }
            Op::GetMountPoint => {
                <GetMountPointArgs as clap::Args>::augment_args(
                        clap::Command::new("get"),
                    )
                    .about("Retrieve a mount point (administrators only)")
            }
            Op::GetServerStats => {
                <GetServerStatsArgs as clap::Args>::augment_args(
                        clap::Command::new("get"),
                    )
                    .about("Retrieve server statistics (administrators only)")
            }
            Op::ListArchiveRecords => {
                <ListArchiveRecordsArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List daily archive records")
            }
        }
    }
    /// Runs the operation with the arguments of its [`command`](Self::command).
    pub async fn run(
        self,
        ctx: &Ctx<'_>,
        matches: &clap::ArgMatches,
    ) -> Result<(), CliError> {
        match self {
            Op::ListOrgs => {
                let args = ListOrgsArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.orgs().list());
                resources::list(ctx, list, &args.list, args.detail.detail).await
            }
            Op::CreateOrg => {
                let args = CreateOrgArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let body = resources::body(
                    ctx,
                    args.body.to_json(),
                    args.body.secrets(),
                    Op::CreateOrg,
                )?;
                let answer = ctx.client.orgs().create(body).await?;
                print_one(ctx, &answer)
            }
            Op::GetOrg => {
                let args = GetOrgArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let id = resources::path_id(ctx, Op::GetOrg, "id", &args.id).await?;
                let answer = ctx.client.orgs().get(id).await?;
                print_one(ctx, &answer)
            }
            Op::UpdateOrg => {
                let args = UpdateOrgArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let id = resources::path_id(ctx, Op::UpdateOrg, "id", &args.id).await?;
                let body = resources::body(
                    ctx,
                    args.body.to_json(),
                    args.body.secrets(),
                    Op::UpdateOrg,
                )?;
                let answer = ctx.client.orgs().update(id, body).await?;
                print_one(ctx, &answer)
            }
            Op::ListUsers => {
                let args = ListUsersArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.users().list());
                resources::list(ctx, list, &args.list, args.detail.detail).await
            }
            Op::CreateUser => {
                let args = CreateUserArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let body = resources::body(
                    ctx,
                    args.body.to_json(),
                    args.body.secrets(),
                    Op::CreateUser,
                )?;
                let answer = ctx.client.users().create(body).await?;
                print_one(ctx, &answer)
            }
            Op::GetUser => {
                let args = GetUserArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let id = resources::path_id(ctx, Op::GetUser, "id", &args.id).await?;
                let answer = ctx.client.users().get(id).await?;
                print_one(ctx, &answer)
            }
            Op::UpdateUser => {
                let args = UpdateUserArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let id = resources::path_id(ctx, Op::UpdateUser, "id", &args.id).await?;
                let body = resources::body(
                    ctx,
                    args.body.to_json(),
                    args.body.secrets(),
                    Op::UpdateUser,
                )?;
                let answer = ctx.client.users().update(id, body).await?;
                print_one(ctx, &answer)
            }
            Op::ListComputers => {
                let args = ListComputersArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.computers().list());
                resources::list(ctx, list, &args.list, args.detail.detail).await
            }
            Op::GetComputer => {
                let args = GetComputerArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let id = resources::path_id(ctx, Op::GetComputer, "id", &args.id).await?;
                let answer = ctx.client.computers().get(id).await?;
                print_one(ctx, &answer)
            }
            Op::ListUsages => {
                let args = ListUsagesArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.usages().list());
                resources::list(ctx, list, &args.list, false).await
            }
            Op::ListComputerUsages => {
                let args = ListComputerUsagesArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.computer_usage().list());
                resources::list(ctx, list, &args.list, false).await
            }
            Op::ListMountPoints => {
                let args = ListMountPointsArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.mount_points().list());
                resources::list(ctx, list, &args.list, args.detail.detail).await
            }
            Op::GetMountPoint => {
                let args = GetMountPointArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let id = resources::path_id(ctx, Op::GetMountPoint, "id", &args.id)
                    .await?;
                let answer = ctx.client.mount_points().get(id).await?;
                print_one(ctx, &answer)
            }
            Op::GetServerStats => {
                let answer = ctx.client.server_stats().get().await?;
                print_one(ctx, &answer)
            }
            Op::ListArchiveRecords => {
                let args = ListArchiveRecordsArgs::from_arg_matches(matches)
                    .map_err(|err| CliError::Usage(err.to_string()))?;
                let list = args.apply(ctx.client.archive_records().list());
                resources::list(ctx, list, &args.list, false).await
            }
        }
    }
    /// Runs `find` on the list of this operation (see [`find_name`](Self::find_name)).
    pub async fn find(
        self,
        ctx: &Ctx<'_>,
        args: &crate::cli::FindArgs,
    ) -> Result<(), CliError> {
        match self {
            Op::ListOrgs => {
                crate::commands::find::run(ctx, ctx.client.orgs().list(), args).await
            }
            Op::ListUsers => {
                crate::commands::find::run(ctx, ctx.client.users().list(), args).await
            }
            Op::ListComputers => {
                crate::commands::find::run(ctx, ctx.client.computers().list(), args)
                    .await
            }
            Op::ListUsages => {
                crate::commands::find::run(ctx, ctx.client.usages().list(), args).await
            }
            Op::ListComputerUsages => {
                crate::commands::find::run(ctx, ctx.client.computer_usage().list(), args)
                    .await
            }
            Op::ListMountPoints => {
                crate::commands::find::run(ctx, ctx.client.mount_points().list(), args)
                    .await
            }
            Op::ListArchiveRecords => {
                crate::commands::find::run(
                        ctx,
                        ctx.client.archive_records().list(),
                        args,
                    )
                    .await
            }
            _ => {
                Err(
                    CliError::Usage(
                        format!(
                            "{} {} is not a list", self.resource().name(), self.verb()
                        ),
                    ),
                )
            }
        }
    }
}
/// The arguments of `orgs list`: `GET /rest/orgs` (`listOrgs`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListOrgsArgs {
    /// Only orgs with exactly this name.
    #[arg(long = "name")]
    pub name: Option<String>,
    /// Only orgs with this status (`Active` or `Deactivated`), in any case.
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// Only orgs whose parent org has this id.
    #[arg(long = "parent-id")]
    pub parent_id: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
    #[command(flatten)]
    pub detail: crate::cli::DetailArgs,
}
impl ListOrgsArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListOrgsFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListOrgsFilters> {
        let mut list = list;
        if let Some(value) = &self.name {
            list = list.name(value.clone());
        }
        if let Some(value) = &self.status {
            list = list.status(value.clone());
        }
        if let Some(value) = &self.parent_id {
            list = list.parent_id(*value);
        }
        list
    }
}
/// The arguments of `orgs create`: `POST /rest/orgs` (`createOrg`).
#[derive(Debug, Clone, clap::Args)]
pub struct CreateOrgArgs {
    #[command(flatten)]
    pub body: OrgCreateFields,
}
/// The arguments of `orgs get`: `GET /rest/orgs/{id}` (`getOrg`).
#[derive(Debug, Clone, clap::Args)]
pub struct GetOrgArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Op::GetOrg)
    )]
    pub id: String,
}
/// The arguments of `orgs update`: `PUT /rest/orgs/{id}` (`updateOrg`).
#[derive(Debug, Clone, clap::Args)]
pub struct UpdateOrgArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Op::UpdateOrg)
    )]
    pub id: String,
    #[command(flatten)]
    pub body: OrgUpdateFields,
}
/// The arguments of `users list`: `GET /rest/users` (`listUsers`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListUsersArgs {
    /// Only the user with this id.
    #[arg(long = "id")]
    pub id: Option<i64>,
    /// Only users with this status (`Active` or `Deactivated`), in any case.
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// Only users with exactly this email address.
    #[arg(long = "email")]
    pub email: Option<String>,
    /// Only users with exactly this first name.
    #[arg(long = "first-name")]
    pub first_name: Option<String>,
    /// Only users with exactly this last name.
    #[arg(long = "last-name")]
    pub last_name: Option<String>,
    /// Only users who belong to the org with this id.
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
    #[command(flatten)]
    pub detail: crate::cli::DetailArgs,
}
impl ListUsersArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListUsersFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListUsersFilters> {
        let mut list = list;
        if let Some(value) = &self.id {
            list = list.id(*value);
        }
        if let Some(value) = &self.status {
            list = list.status(value.clone());
        }
        if let Some(value) = &self.email {
            list = list.email(value.clone());
        }
        if let Some(value) = &self.first_name {
            list = list.first_name(value.clone());
        }
        if let Some(value) = &self.last_name {
            list = list.last_name(value.clone());
        }
        if let Some(value) = &self.org_id {
            list = list.org_id(*value);
        }
        list
    }
}
/// The arguments of `users create`: `POST /rest/users` (`createUser`).
#[derive(Debug, Clone, clap::Args)]
pub struct CreateUserArgs {
    #[command(flatten)]
    pub body: UserCreateFields,
}
/// The arguments of `users get`: `GET /rest/users/{id}` (`getUser`).
#[derive(Debug, Clone, clap::Args)]
pub struct GetUserArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Op::GetUser)
    )]
    pub id: String,
}
/// The arguments of `users update`: `PUT /rest/users/{id}` (`updateUser`).
#[derive(Debug, Clone, clap::Args)]
pub struct UpdateUserArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Op::UpdateUser)
    )]
    pub id: String,
    #[command(flatten)]
    pub body: UserUpdateFields,
}
/// The arguments of `computers list`: `GET /rest/computers` (`listComputers`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListComputersArgs {
    /// Only the computer with this id.
    #[arg(long = "id")]
    pub id: Option<i64>,
    /// Only computers with this status (`Active` or `Deactivated`), in any case.
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// Only computers with exactly this name.
    #[arg(long = "name")]
    pub name: Option<String>,
    /// Only the computer with this GUID.
    #[arg(long = "guid")]
    pub guid: Option<i64>,
    /// Only computers that belong to the user with this id.
    #[arg(long = "user-id")]
    pub user_id: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
    #[command(flatten)]
    pub detail: crate::cli::DetailArgs,
}
impl ListComputersArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListComputersFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListComputersFilters> {
        let mut list = list;
        if let Some(value) = &self.id {
            list = list.id(*value);
        }
        if let Some(value) = &self.status {
            list = list.status(value.clone());
        }
        if let Some(value) = &self.name {
            list = list.name(value.clone());
        }
        if let Some(value) = &self.guid {
            list = list.guid(*value);
        }
        if let Some(value) = &self.user_id {
            list = list.user_id(*value);
        }
        list
    }
}
/// The arguments of `computers get`: `GET /rest/computers/{id}` (`getComputer`).
#[derive(Debug, Clone, clap::Args)]
pub struct GetComputerArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Op::GetComputer)
    )]
    pub id: String,
}
/// The arguments of `usages list`: `GET /rest/usages` (`listUsages`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListUsagesArgs {
    /// Only usages of computers whose user belongs to the org with this id.
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Only usages of computers that belong to the user with this id.
    #[arg(long = "user-id")]
    pub user_id: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
}
impl ListUsagesArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListUsagesFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListUsagesFilters> {
        let mut list = list;
        if let Some(value) = &self.org_id {
            list = list.org_id(*value);
        }
        if let Some(value) = &self.user_id {
            list = list.user_id(*value);
        }
        list
    }
}
/// The arguments of `computer-usage list`: `GET /rest/computerUsage` (`listComputerUsages`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListComputerUsagesArgs {
    /// Only records whose source computer has this id.
    #[arg(long = "source-id")]
    pub source_id: Option<i64>,
    /// Only records whose source computer has this GUID.
    #[arg(long = "source-guid")]
    pub source_guid: Option<i64>,
    /// Only records whose target computer has this id.
    #[arg(long = "target-id")]
    pub target_id: Option<i64>,
    /// Only records whose target computer has this GUID.
    #[arg(long = "target-guid")]
    pub target_guid: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
}
impl ListComputerUsagesArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListComputerUsagesFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListComputerUsagesFilters> {
        let mut list = list;
        if let Some(value) = &self.source_id {
            list = list.source_id(*value);
        }
        if let Some(value) = &self.source_guid {
            list = list.source_guid(*value);
        }
        if let Some(value) = &self.target_id {
            list = list.target_id(*value);
        }
        if let Some(value) = &self.target_guid {
            list = list.target_guid(*value);
        }
        list
    }
}
/// The arguments of `mount-points list`: `GET /rest/mountPoints` (`listMountPoints`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListMountPointsArgs {
    /// Only the mount point with this id.
    #[arg(long = "id")]
    pub id: Option<i64>,
    /// Only mount points with exactly this name.
    #[arg(long = "name")]
    pub name: Option<String>,
    /// Only mount points with this status (`ENABLED` or `DISABLED`), in any case.
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["ENABLED", "DISABLED"])
    )]
    pub status: Option<String>,
    /// Only mount points of this type (`DIR`).
    #[arg(long = "type")]
    pub type_: Option<String>,
    /// Only mount points with this volume label.
    #[arg(long = "volume-label")]
    pub volume_label: Option<String>,
    /// Only mount points with exactly this note.
    #[arg(long = "note")]
    pub note: Option<String>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
    #[command(flatten)]
    pub detail: crate::cli::DetailArgs,
}
impl ListMountPointsArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListMountPointsFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListMountPointsFilters> {
        let mut list = list;
        if let Some(value) = &self.id {
            list = list.id(*value);
        }
        if let Some(value) = &self.name {
            list = list.name(value.clone());
        }
        if let Some(value) = &self.status {
            list = list.status(value.clone());
        }
        if let Some(value) = &self.type_ {
            list = list.type_(value.clone());
        }
        if let Some(value) = &self.volume_label {
            list = list.volume_label(value.clone());
        }
        if let Some(value) = &self.note {
            list = list.note(value.clone());
        }
        list
    }
}
/// The arguments of `mount-points get`: `GET /rest/mountPoints/{id}` (`getMountPoint`).
#[derive(Debug, Clone, clap::Args)]
pub struct GetMountPointArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Op::GetMountPoint)
    )]
    pub id: String,
}
/// The arguments of `server-stats get`: `GET /rest/serverStats` (`getServerStats`).
#[derive(Debug, Clone, clap::Args)]
pub struct GetServerStatsArgs {}
/// The arguments of `archive-records list`: `GET /rest/archiveRecords` (`listArchiveRecords`).
#[derive(Debug, Clone, clap::Args)]
pub struct ListArchiveRecordsArgs {
    /// Only records that summarise the user with this id.
    #[arg(long = "user-id")]
    pub user_id: Option<i64>,
    /// Only records that summarise the org with this id.
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Only records of the source computer with this id.
    #[arg(long = "source-id")]
    pub source_id: Option<i64>,
    /// Only records of the source computer with this GUID.
    #[arg(long = "source-guid")]
    pub source_guid: Option<i64>,
    /// Only records of the target computer with this id.
    #[arg(long = "target-id")]
    pub target_id: Option<i64>,
    /// Only records of the target computer with this GUID.
    #[arg(long = "target-guid")]
    pub target_guid: Option<i64>,
    /// Only the records of the most recent `daysBack` days that have records.
    #[arg(long = "days-back")]
    pub days_back: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
}
impl ListArchiveRecordsArgs {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListArchiveRecordsFilters>,
    ) -> crashplan::resources::List<crashplan::resources::ListArchiveRecordsFilters> {
        let mut list = list;
        if let Some(value) = &self.user_id {
            list = list.user_id(*value);
        }
        if let Some(value) = &self.org_id {
            list = list.org_id(*value);
        }
        if let Some(value) = &self.source_id {
            list = list.source_id(*value);
        }
        if let Some(value) = &self.source_guid {
            list = list.source_guid(*value);
        }
        if let Some(value) = &self.target_id {
            list = list.target_id(*value);
        }
        if let Some(value) = &self.target_guid {
            list = list.target_guid(*value);
        }
        if let Some(value) = &self.days_back {
            list = list.days_back(*value);
        }
        list
    }
}
/// The writable fields of `OrgCreate`: Values of a new org.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OrgCreateFields {
    /// Name of the new org.
    #[arg(required = true, long = "name", value_parser = crate::args::non_empty)]
    pub name: Option<String>,
    /// The id of the parent org.
    #[arg(required = true, long = "parent-id")]
    pub parent_id: Option<i64>,
    /// Registration key; the server generates one when absent.
    #[arg(long = "registration-key", value_parser = crate::args::non_empty)]
    pub registration_key: Option<String>,
}
impl OrgCreateFields {
    /// The JSON body of the flags given (secrets excluded), by property name.
    pub fn to_json(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.name {
            crate::args::insert(&mut body, &["name"], serde_json::json!(value));
        }
        if let Some(value) = &self.parent_id {
            crate::args::insert(&mut body, &["parentId"], serde_json::json!(value));
        }
        if let Some(value) = &self.registration_key {
            crate::args::insert(
                &mut body,
                &["registrationKey"],
                serde_json::json!(value),
            );
        }
        body
    }
    /// Every secret property: `(name, required, read from stdin)`.
    pub fn secrets(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The writable fields of `OrgUpdate`: Changes to an org; properties left out are not changed.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OrgUpdateFields {
    /// New name of the org.
    #[arg(long = "name", value_parser = crate::args::non_empty)]
    pub name: Option<String>,
    /// `Deactivated` to deactivate the org, `Active` to reactivate it.
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// The id of the new parent org.
    #[arg(long = "parent-id")]
    pub parent_id: Option<i64>,
    /// Configured seat quota for this org.
    #[arg(long = "quota-seats")]
    pub quota_seats: Option<i64>,
    /// Configured size quota for this org (in gigabytes).
    #[arg(long = "quota-bytes")]
    pub quota_bytes: Option<i64>,
}
impl OrgUpdateFields {
    /// The JSON body of the flags given (secrets excluded), by property name.
    pub fn to_json(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.name {
            crate::args::insert(&mut body, &["name"], serde_json::json!(value));
        }
        if let Some(value) = &self.status {
            crate::args::insert(&mut body, &["status"], serde_json::json!(value));
        }
        if let Some(value) = &self.parent_id {
            crate::args::insert(&mut body, &["parentId"], serde_json::json!(value));
        }
        if let Some(value) = &self.quota_seats {
            crate::args::insert(
                &mut body,
                &["quota", "seats"],
                serde_json::json!(value),
            );
        }
        if let Some(value) = &self.quota_bytes {
            crate::args::insert(
                &mut body,
                &["quota", "bytes"],
                serde_json::json!(value),
            );
        }
        body
    }
    /// Every secret property: `(name, required, read from stdin)`.
    pub fn secrets(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The writable fields of `UserCreate`: Values of a new user. At least one of `username` and `email` is required; the server
/// answers 400 naming the missing field otherwise.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct UserCreateFields {
    /// The id of the org the user joins.
    #[arg(required = true, long = "org-id")]
    pub org_id: Option<i64>,
    /// Login name; defaults to the email address.
    #[arg(long = "login", value_parser = crate::args::non_empty)]
    pub login: Option<String>,
    /// Email address of the user.
    #[arg(long = "email", value_parser = crate::args::non_empty)]
    pub email: Option<String>,
    /// First name of the user.
    #[arg(required = true, long = "first-name", value_parser = crate::args::non_empty)]
    pub first_name: Option<String>,
    /// Last name of the user.
    #[arg(required = true, long = "last-name", value_parser = crate::args::non_empty)]
    pub last_name: Option<String>,
    /// Read the `password` from the first line of standard input (it is never taken from the command line; without this flag it is prompted for on a terminal)
    #[arg(long = "new-password-stdin")]
    pub new_password_stdin: bool,
}
impl UserCreateFields {
    /// The JSON body of the flags given (secrets excluded), by property name.
    pub fn to_json(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.org_id {
            crate::args::insert(&mut body, &["orgId"], serde_json::json!(value));
        }
        if let Some(value) = &self.login {
            crate::args::insert(&mut body, &["username"], serde_json::json!(value));
        }
        if let Some(value) = &self.email {
            crate::args::insert(&mut body, &["email"], serde_json::json!(value));
        }
        if let Some(value) = &self.first_name {
            crate::args::insert(&mut body, &["firstName"], serde_json::json!(value));
        }
        if let Some(value) = &self.last_name {
            crate::args::insert(&mut body, &["lastName"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property: `(name, required, read from stdin)`.
    pub fn secrets(&self) -> Vec<(&'static str, bool, bool)> {
        vec![("password", true, self.new_password_stdin),]
    }
}
/// The writable fields of `UserUpdate`: Changes to a user; properties left out are not changed.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct UserUpdateFields {
    /// `Deactivated` to deactivate the user, `Active` to reactivate it.
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// New login name.
    #[arg(long = "login", value_parser = crate::args::non_empty)]
    pub login: Option<String>,
    /// New email address.
    #[arg(long = "email", value_parser = crate::args::non_empty)]
    pub email: Option<String>,
    /// New first name.
    #[arg(long = "first-name", value_parser = crate::args::non_empty)]
    pub first_name: Option<String>,
    /// New last name.
    #[arg(long = "last-name", value_parser = crate::args::non_empty)]
    pub last_name: Option<String>,
    /// Move the user to the org with this id.
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Configured size quota for this user (in gigabytes).
    #[arg(long = "quota-bytes")]
    pub quota_bytes: Option<i64>,
    /// Read the `password` from the first line of standard input (it is never taken from the command line; without this flag it is not sent)
    #[arg(long = "new-password-stdin")]
    pub new_password_stdin: bool,
}
impl UserUpdateFields {
    /// The JSON body of the flags given (secrets excluded), by property name.
    pub fn to_json(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.status {
            crate::args::insert(&mut body, &["status"], serde_json::json!(value));
        }
        if let Some(value) = &self.login {
            crate::args::insert(&mut body, &["username"], serde_json::json!(value));
        }
        if let Some(value) = &self.email {
            crate::args::insert(&mut body, &["email"], serde_json::json!(value));
        }
        if let Some(value) = &self.first_name {
            crate::args::insert(&mut body, &["firstName"], serde_json::json!(value));
        }
        if let Some(value) = &self.last_name {
            crate::args::insert(&mut body, &["lastName"], serde_json::json!(value));
        }
        if let Some(value) = &self.org_id {
            crate::args::insert(&mut body, &["orgId"], serde_json::json!(value));
        }
        if let Some(value) = &self.quota_bytes {
            crate::args::insert(
                &mut body,
                &["quota", "bytes"],
                serde_json::json!(value),
            );
        }
        body
    }
    /// Every secret property: `(name, required, read from stdin)`.
    pub fn secrets(&self) -> Vec<(&'static str, bool, bool)> {
        vec![("password", false, self.new_password_stdin),]
    }
}
