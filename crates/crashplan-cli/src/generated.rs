// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! The CLI's commands from the spec: one per resource, one subcommand per verb and a
//! `find` beside every list, each served by one operation per API generation, with the
//! operations' filters, options, path parameters and writable fields as arguments.
//! `commands/resources.rs` assembles the tree with the hand-written additions of
//! `commands/overrides.rs`.
use crashplan::api::spec::Generation;
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
    /// `login`.
    Login,
    /// `customer`.
    Customer,
    /// `devices`.
    Devices,
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
        Resource::Login,
        Resource::Customer,
        Resource::Devices,
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
            Resource::Login => "login",
            Resource::Customer => "customer",
            Resource::Devices => "devices",
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
            Resource::Login => "How an account of today's CrashPlan logs in.",
            Resource::Customer => {
                "The tenant (customer) of today's CrashPlan that the signed-in account belongs to."
            }
            Resource::Devices => {
                "A device (computer) of today's CrashPlan that backs up to one or more destinations."
            }
        }
    }
}
/// An operation of the spec: what runs a [`Cmd`] on servers of its API generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `orgs list` on CrashPlan PRO 3.x servers (`GET /rest/orgs`).
    ListOrgs,
    /// `orgs list` on current CrashPlan servers (`GET /api/v1/Org`).
    ListOrgsV1,
    /// `orgs create` on CrashPlan PRO 3.x servers (`POST /rest/orgs`).
    CreateOrg,
    /// `orgs create` on current CrashPlan servers (`POST /api/v3/orgs`).
    CreateOrgV3,
    /// `orgs get` on CrashPlan PRO 3.x servers (`GET /rest/orgs/{id}`).
    GetOrg,
    /// `orgs get` on current CrashPlan servers (`GET /api/v3/orgs/{orgGuid}`).
    GetOrgV3,
    /// `orgs update` on CrashPlan PRO 3.x servers (`PUT /rest/orgs/{id}`).
    UpdateOrg,
    /// `orgs update` on current CrashPlan servers (`PUT /api/v3/orgs/{orgGuid}`).
    UpdateOrgV3,
    /// `users list` on CrashPlan PRO 3.x servers (`GET /rest/users`).
    ListUsers,
    /// `users list` on current CrashPlan servers (`GET /api/v1/User`).
    ListUsersV1,
    /// `users create` on CrashPlan PRO 3.x servers (`POST /rest/users`).
    CreateUser,
    /// `users create` on current CrashPlan servers (`POST /api/v1/User`).
    CreateUserV1,
    /// `users get` on CrashPlan PRO 3.x servers (`GET /rest/users/{id}`).
    GetUser,
    /// `users get` on current CrashPlan servers (`GET /api/v1/User/{userId}`).
    GetUserV1,
    /// `users update` on CrashPlan PRO 3.x servers (`PUT /rest/users/{id}`).
    UpdateUser,
    /// `users update` on current CrashPlan servers (`PUT /api/v1/User/{userId}`).
    UpdateUserV1,
    /// `computers list` on CrashPlan PRO 3.x servers (`GET /rest/computers`).
    ListComputers,
    /// `computers get` on CrashPlan PRO 3.x servers (`GET /rest/computers/{id}`).
    GetComputer,
    /// `usages list` on CrashPlan PRO 3.x servers (`GET /rest/usages`).
    ListUsages,
    /// `computer-usage list` on CrashPlan PRO 3.x servers (`GET /rest/computerUsage`).
    ListComputerUsages,
    /// `mount-points list` on CrashPlan PRO 3.x servers (`GET /rest/mountPoints`).
    ListMountPoints,
    /// `mount-points get` on CrashPlan PRO 3.x servers (`GET /rest/mountPoints/{id}`).
    GetMountPoint,
    /// `server-stats get` on CrashPlan PRO 3.x servers (`GET /rest/serverStats`).
    GetServerStats,
    /// `archive-records list` on CrashPlan PRO 3.x servers (`GET /rest/archiveRecords`).
    ListArchiveRecords,
    /// `users current` on current CrashPlan servers (`GET /api/v1/User/my`).
    GetCurrentUserV1,
    /// `login configuration` on current CrashPlan servers (`GET /api/v3/LoginConfiguration`).
    GetLoginConfigurationV3,
    /// `customer get` on current CrashPlan servers (`GET /api/v3/customer/my`).
    GetCustomerV3,
    /// `users block` on current CrashPlan servers (`POST /api/v3/users/{userUid}/block`).
    BlockUserV3,
    /// `users unblock` on current CrashPlan servers (`POST /api/v3/users/{userUid}/unblock`).
    UnblockUserV3,
    /// `users deactivate` on current CrashPlan servers (`POST /api/v3/users/{userUid}/deactivate`).
    DeactivateUserV3,
    /// `users reactivate` on current CrashPlan servers (`POST /api/v3/users/{userUid}/activate`).
    ActivateUserV3,
    /// `users move` on current CrashPlan servers (`POST /api/v3/users/{userUid}/move`).
    MoveUserV3,
    /// `users roles` on current CrashPlan servers (`GET /api/v3/users/{userUid}/roles`).
    GetUserRolesV3,
    /// `users set-roles` on current CrashPlan servers (`PUT /api/v3/users/{userUid}/roles`).
    SetUserRolesV3,
    /// `users all-roles` on current CrashPlan servers (`GET /api/v1/role`).
    ListRolesV1,
    /// `devices list` on current CrashPlan servers (`GET /api/v1/Computer`).
    ListDevicesV1,
    /// `devices get` on current CrashPlan servers (`GET /api/v1/Computer/{computerId}`).
    GetDeviceV1,
    /// `devices rename` on current CrashPlan servers (`PUT /api/v1/Computer/{computerId}`).
    UpdateDeviceV1,
    /// `devices block` on current CrashPlan servers (`PUT /api/v1/ComputerBlock/{computerId}`).
    BlockDeviceV1,
    /// `devices unblock` on current CrashPlan servers (`DELETE /api/v1/ComputerBlock/{computerId}`).
    UnblockDeviceV1,
    /// `devices deactivate` on current CrashPlan servers (`POST /api/v38/computer-deactivation/update`).
    DeactivateDeviceV38,
    /// `devices reactivate` on current CrashPlan servers (`POST /api/v38/computer-deactivation/remove`).
    ReactivateDeviceV38,
    /// `devices deauthorize` on current CrashPlan servers (`PUT /api/v1/ComputerDeauthorization/{computerId}`).
    DeauthorizeDeviceV1,
    /// `orgs current` on current CrashPlan servers (`GET /api/v1/Org/my`).
    GetCurrentOrgV1,
    /// `orgs block` on current CrashPlan servers (`POST /api/v3/orgs/{orgGuid}/block`).
    BlockOrgV3,
    /// `orgs unblock` on current CrashPlan servers (`POST /api/v3/orgs/{orgGuid}/unblock`).
    UnblockOrgV3,
    /// `orgs deactivate` on current CrashPlan servers (`POST /api/v3/orgs/{orgGuid}/deactivate`).
    DeactivateOrgV3,
    /// `orgs reactivate` on current CrashPlan servers (`POST /api/v3/orgs/{orgGuid}/activate`).
    ActivateOrgV3,
}
impl Op {
    /// The `operationId` in the spec (`listUsers`).
    pub fn id(self) -> &'static str {
        match self {
            Op::ListOrgs => "listOrgs",
            Op::ListOrgsV1 => "listOrgsV1",
            Op::CreateOrg => "createOrg",
            Op::CreateOrgV3 => "createOrgV3",
            Op::GetOrg => "getOrg",
            Op::GetOrgV3 => "getOrgV3",
            Op::UpdateOrg => "updateOrg",
            Op::UpdateOrgV3 => "updateOrgV3",
            Op::ListUsers => "listUsers",
            Op::ListUsersV1 => "listUsersV1",
            Op::CreateUser => "createUser",
            Op::CreateUserV1 => "createUserV1",
            Op::GetUser => "getUser",
            Op::GetUserV1 => "getUserV1",
            Op::UpdateUser => "updateUser",
            Op::UpdateUserV1 => "updateUserV1",
            Op::ListComputers => "listComputers",
            Op::GetComputer => "getComputer",
            Op::ListUsages => "listUsages",
            Op::ListComputerUsages => "listComputerUsages",
            Op::ListMountPoints => "listMountPoints",
            Op::GetMountPoint => "getMountPoint",
            Op::GetServerStats => "getServerStats",
            Op::ListArchiveRecords => "listArchiveRecords",
            Op::GetCurrentUserV1 => "getCurrentUserV1",
            Op::GetLoginConfigurationV3 => "getLoginConfigurationV3",
            Op::GetCustomerV3 => "getCustomerV3",
            Op::BlockUserV3 => "blockUserV3",
            Op::UnblockUserV3 => "unblockUserV3",
            Op::DeactivateUserV3 => "deactivateUserV3",
            Op::ActivateUserV3 => "activateUserV3",
            Op::MoveUserV3 => "moveUserV3",
            Op::GetUserRolesV3 => "getUserRolesV3",
            Op::SetUserRolesV3 => "setUserRolesV3",
            Op::ListRolesV1 => "listRolesV1",
            Op::ListDevicesV1 => "listDevicesV1",
            Op::GetDeviceV1 => "getDeviceV1",
            Op::UpdateDeviceV1 => "updateDeviceV1",
            Op::BlockDeviceV1 => "blockDeviceV1",
            Op::UnblockDeviceV1 => "unblockDeviceV1",
            Op::DeactivateDeviceV38 => "deactivateDeviceV38",
            Op::ReactivateDeviceV38 => "reactivateDeviceV38",
            Op::DeauthorizeDeviceV1 => "deauthorizeDeviceV1",
            Op::GetCurrentOrgV1 => "getCurrentOrgV1",
            Op::BlockOrgV3 => "blockOrgV3",
            Op::UnblockOrgV3 => "unblockOrgV3",
            Op::DeactivateOrgV3 => "deactivateOrgV3",
            Op::ActivateOrgV3 => "activateOrgV3",
        }
    }
    /// The command it runs.
    pub fn cmd(self) -> Cmd {
        match self {
            Op::ListOrgs => Cmd::OrgsList,
            Op::ListOrgsV1 => Cmd::OrgsList,
            Op::CreateOrg => Cmd::OrgsCreate,
            Op::CreateOrgV3 => Cmd::OrgsCreate,
            Op::GetOrg => Cmd::OrgsGet,
            Op::GetOrgV3 => Cmd::OrgsGet,
            Op::UpdateOrg => Cmd::OrgsUpdate,
            Op::UpdateOrgV3 => Cmd::OrgsUpdate,
            Op::ListUsers => Cmd::UsersList,
            Op::ListUsersV1 => Cmd::UsersList,
            Op::CreateUser => Cmd::UsersCreate,
            Op::CreateUserV1 => Cmd::UsersCreate,
            Op::GetUser => Cmd::UsersGet,
            Op::GetUserV1 => Cmd::UsersGet,
            Op::UpdateUser => Cmd::UsersUpdate,
            Op::UpdateUserV1 => Cmd::UsersUpdate,
            Op::ListComputers => Cmd::ComputersList,
            Op::GetComputer => Cmd::ComputersGet,
            Op::ListUsages => Cmd::UsagesList,
            Op::ListComputerUsages => Cmd::ComputerUsageList,
            Op::ListMountPoints => Cmd::MountPointsList,
            Op::GetMountPoint => Cmd::MountPointsGet,
            Op::GetServerStats => Cmd::ServerStatsGet,
            Op::ListArchiveRecords => Cmd::ArchiveRecordsList,
            Op::GetCurrentUserV1 => Cmd::UsersCurrent,
            Op::GetLoginConfigurationV3 => Cmd::LoginConfiguration,
            Op::GetCustomerV3 => Cmd::CustomerGet,
            Op::BlockUserV3 => Cmd::UsersBlock,
            Op::UnblockUserV3 => Cmd::UsersUnblock,
            Op::DeactivateUserV3 => Cmd::UsersDeactivate,
            Op::ActivateUserV3 => Cmd::UsersReactivate,
            Op::MoveUserV3 => Cmd::UsersMove,
            Op::GetUserRolesV3 => Cmd::UsersRoles,
            Op::SetUserRolesV3 => Cmd::UsersSetRoles,
            Op::ListRolesV1 => Cmd::UsersAllRoles,
            Op::ListDevicesV1 => Cmd::DevicesList,
            Op::GetDeviceV1 => Cmd::DevicesGet,
            Op::UpdateDeviceV1 => Cmd::DevicesRename,
            Op::BlockDeviceV1 => Cmd::DevicesBlock,
            Op::UnblockDeviceV1 => Cmd::DevicesUnblock,
            Op::DeactivateDeviceV38 => Cmd::DevicesDeactivate,
            Op::ReactivateDeviceV38 => Cmd::DevicesReactivate,
            Op::DeauthorizeDeviceV1 => Cmd::DevicesDeauthorize,
            Op::GetCurrentOrgV1 => Cmd::OrgsCurrent,
            Op::BlockOrgV3 => Cmd::OrgsBlock,
            Op::UnblockOrgV3 => Cmd::OrgsUnblock,
            Op::DeactivateOrgV3 => Cmd::OrgsDeactivate,
            Op::ActivateOrgV3 => Cmd::OrgsReactivate,
        }
    }
    /// The API generation of its servers.
    pub fn generation(self) -> Generation {
        match self {
            Op::ListOrgs => Generation::Pro3,
            Op::ListOrgsV1 => Generation::Today,
            Op::CreateOrg => Generation::Pro3,
            Op::CreateOrgV3 => Generation::Today,
            Op::GetOrg => Generation::Pro3,
            Op::GetOrgV3 => Generation::Today,
            Op::UpdateOrg => Generation::Pro3,
            Op::UpdateOrgV3 => Generation::Today,
            Op::ListUsers => Generation::Pro3,
            Op::ListUsersV1 => Generation::Today,
            Op::CreateUser => Generation::Pro3,
            Op::CreateUserV1 => Generation::Today,
            Op::GetUser => Generation::Pro3,
            Op::GetUserV1 => Generation::Today,
            Op::UpdateUser => Generation::Pro3,
            Op::UpdateUserV1 => Generation::Today,
            Op::ListComputers => Generation::Pro3,
            Op::GetComputer => Generation::Pro3,
            Op::ListUsages => Generation::Pro3,
            Op::ListComputerUsages => Generation::Pro3,
            Op::ListMountPoints => Generation::Pro3,
            Op::GetMountPoint => Generation::Pro3,
            Op::GetServerStats => Generation::Pro3,
            Op::ListArchiveRecords => Generation::Pro3,
            Op::GetCurrentUserV1 => Generation::Today,
            Op::GetLoginConfigurationV3 => Generation::Today,
            Op::GetCustomerV3 => Generation::Today,
            Op::BlockUserV3 => Generation::Today,
            Op::UnblockUserV3 => Generation::Today,
            Op::DeactivateUserV3 => Generation::Today,
            Op::ActivateUserV3 => Generation::Today,
            Op::MoveUserV3 => Generation::Today,
            Op::GetUserRolesV3 => Generation::Today,
            Op::SetUserRolesV3 => Generation::Today,
            Op::ListRolesV1 => Generation::Today,
            Op::ListDevicesV1 => Generation::Today,
            Op::GetDeviceV1 => Generation::Today,
            Op::UpdateDeviceV1 => Generation::Today,
            Op::BlockDeviceV1 => Generation::Today,
            Op::UnblockDeviceV1 => Generation::Today,
            Op::DeactivateDeviceV38 => Generation::Today,
            Op::ReactivateDeviceV38 => Generation::Today,
            Op::DeauthorizeDeviceV1 => Generation::Today,
            Op::GetCurrentOrgV1 => Generation::Today,
            Op::BlockOrgV3 => Generation::Today,
            Op::UnblockOrgV3 => Generation::Today,
            Op::DeactivateOrgV3 => Generation::Today,
            Op::ActivateOrgV3 => Generation::Today,
        }
    }
    /// The resource whose command it is under.
    pub fn resource(self) -> Resource {
        self.cmd().resource()
    }
    /// The subcommand's name (`list`).
    pub fn verb(self) -> &'static str {
        self.cmd().verb()
    }
}
/// A command of a resource (`users list`): served by one operation per API generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cmd {
    /// `orgs list`: `listOrgs`, `listOrgsV1`.
    OrgsList,
    /// `orgs create`: `createOrg`, `createOrgV3`.
    OrgsCreate,
    /// `orgs get`: `getOrg`, `getOrgV3`.
    OrgsGet,
    /// `orgs update`: `updateOrg`, `updateOrgV3`.
    OrgsUpdate,
    /// `users list`: `listUsers`, `listUsersV1`.
    UsersList,
    /// `users create`: `createUser`, `createUserV1`.
    UsersCreate,
    /// `users get`: `getUser`, `getUserV1`.
    UsersGet,
    /// `users update`: `updateUser`, `updateUserV1`.
    UsersUpdate,
    /// `computers list`: `listComputers`.
    ComputersList,
    /// `computers get`: `getComputer`.
    ComputersGet,
    /// `usages list`: `listUsages`.
    UsagesList,
    /// `computer-usage list`: `listComputerUsages`.
    ComputerUsageList,
    /// `mount-points list`: `listMountPoints`.
    MountPointsList,
    /// `mount-points get`: `getMountPoint`.
    MountPointsGet,
    /// `server-stats get`: `getServerStats`.
    ServerStatsGet,
    /// `archive-records list`: `listArchiveRecords`.
    ArchiveRecordsList,
    /// `users current`: `getCurrentUserV1`.
    UsersCurrent,
    /// `login configuration`: `getLoginConfigurationV3`.
    LoginConfiguration,
    /// `customer get`: `getCustomerV3`.
    CustomerGet,
    /// `users block`: `blockUserV3`.
    UsersBlock,
    /// `users unblock`: `unblockUserV3`.
    UsersUnblock,
    /// `users deactivate`: `deactivateUserV3`.
    UsersDeactivate,
    /// `users reactivate`: `activateUserV3`.
    UsersReactivate,
    /// `users move`: `moveUserV3`.
    UsersMove,
    /// `users roles`: `getUserRolesV3`.
    UsersRoles,
    /// `users set-roles`: `setUserRolesV3`.
    UsersSetRoles,
    /// `users all-roles`: `listRolesV1`.
    UsersAllRoles,
    /// `devices list`: `listDevicesV1`.
    DevicesList,
    /// `devices get`: `getDeviceV1`.
    DevicesGet,
    /// `devices rename`: `updateDeviceV1`.
    DevicesRename,
    /// `devices block`: `blockDeviceV1`.
    DevicesBlock,
    /// `devices unblock`: `unblockDeviceV1`.
    DevicesUnblock,
    /// `devices deactivate`: `deactivateDeviceV38`.
    DevicesDeactivate,
    /// `devices reactivate`: `reactivateDeviceV38`.
    DevicesReactivate,
    /// `devices deauthorize`: `deauthorizeDeviceV1`.
    DevicesDeauthorize,
    /// `orgs current`: `getCurrentOrgV1`.
    OrgsCurrent,
    /// `orgs block`: `blockOrgV3`.
    OrgsBlock,
    /// `orgs unblock`: `unblockOrgV3`.
    OrgsUnblock,
    /// `orgs deactivate`: `deactivateOrgV3`.
    OrgsDeactivate,
    /// `orgs reactivate`: `activateOrgV3`.
    OrgsReactivate,
}
impl Cmd {
    /// Every command, in spec order.
    pub const ALL: &[Cmd] = &[
        Cmd::OrgsList,
        Cmd::OrgsCreate,
        Cmd::OrgsGet,
        Cmd::OrgsUpdate,
        Cmd::UsersList,
        Cmd::UsersCreate,
        Cmd::UsersGet,
        Cmd::UsersUpdate,
        Cmd::ComputersList,
        Cmd::ComputersGet,
        Cmd::UsagesList,
        Cmd::ComputerUsageList,
        Cmd::MountPointsList,
        Cmd::MountPointsGet,
        Cmd::ServerStatsGet,
        Cmd::ArchiveRecordsList,
        Cmd::UsersCurrent,
        Cmd::LoginConfiguration,
        Cmd::CustomerGet,
        Cmd::UsersBlock,
        Cmd::UsersUnblock,
        Cmd::UsersDeactivate,
        Cmd::UsersReactivate,
        Cmd::UsersMove,
        Cmd::UsersRoles,
        Cmd::UsersSetRoles,
        Cmd::UsersAllRoles,
        Cmd::DevicesList,
        Cmd::DevicesGet,
        Cmd::DevicesRename,
        Cmd::DevicesBlock,
        Cmd::DevicesUnblock,
        Cmd::DevicesDeactivate,
        Cmd::DevicesReactivate,
        Cmd::DevicesDeauthorize,
        Cmd::OrgsCurrent,
        Cmd::OrgsBlock,
        Cmd::OrgsUnblock,
        Cmd::OrgsDeactivate,
        Cmd::OrgsReactivate,
    ];
    /// The resource whose command it is.
    pub fn resource(self) -> Resource {
        match self {
            Cmd::OrgsList => Resource::Orgs,
            Cmd::OrgsCreate => Resource::Orgs,
            Cmd::OrgsGet => Resource::Orgs,
            Cmd::OrgsUpdate => Resource::Orgs,
            Cmd::UsersList => Resource::Users,
            Cmd::UsersCreate => Resource::Users,
            Cmd::UsersGet => Resource::Users,
            Cmd::UsersUpdate => Resource::Users,
            Cmd::ComputersList => Resource::Computers,
            Cmd::ComputersGet => Resource::Computers,
            Cmd::UsagesList => Resource::Usages,
            Cmd::ComputerUsageList => Resource::ComputerUsage,
            Cmd::MountPointsList => Resource::MountPoints,
            Cmd::MountPointsGet => Resource::MountPoints,
            Cmd::ServerStatsGet => Resource::ServerStats,
            Cmd::ArchiveRecordsList => Resource::ArchiveRecords,
            Cmd::UsersCurrent => Resource::Users,
            Cmd::LoginConfiguration => Resource::Login,
            Cmd::CustomerGet => Resource::Customer,
            Cmd::UsersBlock => Resource::Users,
            Cmd::UsersUnblock => Resource::Users,
            Cmd::UsersDeactivate => Resource::Users,
            Cmd::UsersReactivate => Resource::Users,
            Cmd::UsersMove => Resource::Users,
            Cmd::UsersRoles => Resource::Users,
            Cmd::UsersSetRoles => Resource::Users,
            Cmd::UsersAllRoles => Resource::Users,
            Cmd::DevicesList => Resource::Devices,
            Cmd::DevicesGet => Resource::Devices,
            Cmd::DevicesRename => Resource::Devices,
            Cmd::DevicesBlock => Resource::Devices,
            Cmd::DevicesUnblock => Resource::Devices,
            Cmd::DevicesDeactivate => Resource::Devices,
            Cmd::DevicesReactivate => Resource::Devices,
            Cmd::DevicesDeauthorize => Resource::Devices,
            Cmd::OrgsCurrent => Resource::Orgs,
            Cmd::OrgsBlock => Resource::Orgs,
            Cmd::OrgsUnblock => Resource::Orgs,
            Cmd::OrgsDeactivate => Resource::Orgs,
            Cmd::OrgsReactivate => Resource::Orgs,
        }
    }
    /// The subcommand's name (`list`).
    pub fn verb(self) -> &'static str {
        match self {
            Cmd::OrgsList => "list",
            Cmd::OrgsCreate => "create",
            Cmd::OrgsGet => "get",
            Cmd::OrgsUpdate => "update",
            Cmd::UsersList => "list",
            Cmd::UsersCreate => "create",
            Cmd::UsersGet => "get",
            Cmd::UsersUpdate => "update",
            Cmd::ComputersList => "list",
            Cmd::ComputersGet => "get",
            Cmd::UsagesList => "list",
            Cmd::ComputerUsageList => "list",
            Cmd::MountPointsList => "list",
            Cmd::MountPointsGet => "get",
            Cmd::ServerStatsGet => "get",
            Cmd::ArchiveRecordsList => "list",
            Cmd::UsersCurrent => "current",
            Cmd::LoginConfiguration => "configuration",
            Cmd::CustomerGet => "get",
            Cmd::UsersBlock => "block",
            Cmd::UsersUnblock => "unblock",
            Cmd::UsersDeactivate => "deactivate",
            Cmd::UsersReactivate => "reactivate",
            Cmd::UsersMove => "move",
            Cmd::UsersRoles => "roles",
            Cmd::UsersSetRoles => "set-roles",
            Cmd::UsersAllRoles => "all-roles",
            Cmd::DevicesList => "list",
            Cmd::DevicesGet => "get",
            Cmd::DevicesRename => "rename",
            Cmd::DevicesBlock => "block",
            Cmd::DevicesUnblock => "unblock",
            Cmd::DevicesDeactivate => "deactivate",
            Cmd::DevicesReactivate => "reactivate",
            Cmd::DevicesDeauthorize => "deauthorize",
            Cmd::OrgsCurrent => "current",
            Cmd::OrgsBlock => "block",
            Cmd::OrgsUnblock => "unblock",
            Cmd::OrgsDeactivate => "deactivate",
            Cmd::OrgsReactivate => "reactivate",
        }
    }
    /// The operations serving it, one per API generation, in spec order.
    pub fn ops(self) -> &'static [Op] {
        match self {
            Cmd::OrgsList => &[Op::ListOrgs, Op::ListOrgsV1],
            Cmd::OrgsCreate => &[Op::CreateOrg, Op::CreateOrgV3],
            Cmd::OrgsGet => &[Op::GetOrg, Op::GetOrgV3],
            Cmd::OrgsUpdate => &[Op::UpdateOrg, Op::UpdateOrgV3],
            Cmd::UsersList => &[Op::ListUsers, Op::ListUsersV1],
            Cmd::UsersCreate => &[Op::CreateUser, Op::CreateUserV1],
            Cmd::UsersGet => &[Op::GetUser, Op::GetUserV1],
            Cmd::UsersUpdate => &[Op::UpdateUser, Op::UpdateUserV1],
            Cmd::ComputersList => &[Op::ListComputers],
            Cmd::ComputersGet => &[Op::GetComputer],
            Cmd::UsagesList => &[Op::ListUsages],
            Cmd::ComputerUsageList => &[Op::ListComputerUsages],
            Cmd::MountPointsList => &[Op::ListMountPoints],
            Cmd::MountPointsGet => &[Op::GetMountPoint],
            Cmd::ServerStatsGet => &[Op::GetServerStats],
            Cmd::ArchiveRecordsList => &[Op::ListArchiveRecords],
            Cmd::UsersCurrent => &[Op::GetCurrentUserV1],
            Cmd::LoginConfiguration => &[Op::GetLoginConfigurationV3],
            Cmd::CustomerGet => &[Op::GetCustomerV3],
            Cmd::UsersBlock => &[Op::BlockUserV3],
            Cmd::UsersUnblock => &[Op::UnblockUserV3],
            Cmd::UsersDeactivate => &[Op::DeactivateUserV3],
            Cmd::UsersReactivate => &[Op::ActivateUserV3],
            Cmd::UsersMove => &[Op::MoveUserV3],
            Cmd::UsersRoles => &[Op::GetUserRolesV3],
            Cmd::UsersSetRoles => &[Op::SetUserRolesV3],
            Cmd::UsersAllRoles => &[Op::ListRolesV1],
            Cmd::DevicesList => &[Op::ListDevicesV1],
            Cmd::DevicesGet => &[Op::GetDeviceV1],
            Cmd::DevicesRename => &[Op::UpdateDeviceV1],
            Cmd::DevicesBlock => &[Op::BlockDeviceV1],
            Cmd::DevicesUnblock => &[Op::UnblockDeviceV1],
            Cmd::DevicesDeactivate => &[Op::DeactivateDeviceV38],
            Cmd::DevicesReactivate => &[Op::ReactivateDeviceV38],
            Cmd::DevicesDeauthorize => &[Op::DeauthorizeDeviceV1],
            Cmd::OrgsCurrent => &[Op::GetCurrentOrgV1],
            Cmd::OrgsBlock => &[Op::BlockOrgV3],
            Cmd::OrgsUnblock => &[Op::UnblockOrgV3],
            Cmd::OrgsDeactivate => &[Op::DeactivateOrgV3],
            Cmd::OrgsReactivate => &[Op::ActivateOrgV3],
        }
    }
    /// The name of the `find` beside a list (`find` for `list`, `find-<verb>` for others).
    pub fn find_name(self) -> Option<&'static str> {
        match self {
            Cmd::OrgsList => Some("find"),
            Cmd::OrgsCreate => None,
            Cmd::OrgsGet => None,
            Cmd::OrgsUpdate => None,
            Cmd::UsersList => Some("find"),
            Cmd::UsersCreate => None,
            Cmd::UsersGet => None,
            Cmd::UsersUpdate => None,
            Cmd::ComputersList => Some("find"),
            Cmd::ComputersGet => None,
            Cmd::UsagesList => Some("find"),
            Cmd::ComputerUsageList => Some("find"),
            Cmd::MountPointsList => Some("find"),
            Cmd::MountPointsGet => None,
            Cmd::ServerStatsGet => None,
            Cmd::ArchiveRecordsList => Some("find"),
            Cmd::UsersCurrent => None,
            Cmd::LoginConfiguration => None,
            Cmd::CustomerGet => None,
            Cmd::UsersBlock => None,
            Cmd::UsersUnblock => None,
            Cmd::UsersDeactivate => None,
            Cmd::UsersReactivate => None,
            Cmd::UsersMove => None,
            Cmd::UsersRoles => None,
            Cmd::UsersSetRoles => None,
            Cmd::UsersAllRoles => None,
            Cmd::DevicesList => Some("find"),
            Cmd::DevicesGet => None,
            Cmd::DevicesRename => None,
            Cmd::DevicesBlock => None,
            Cmd::DevicesUnblock => None,
            Cmd::DevicesDeactivate => None,
            Cmd::DevicesReactivate => None,
            Cmd::DevicesDeauthorize => None,
            Cmd::OrgsCurrent => None,
            Cmd::OrgsBlock => None,
            Cmd::OrgsUnblock => None,
            Cmd::OrgsDeactivate => None,
            Cmd::OrgsReactivate => None,
        }
    }
    /// The subcommand, with its arguments and the spec's summary as its help.
    pub fn command(self) -> clap::Command {
        match self {
            Cmd::OrgsList => {
                <OrgsListArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List all orgs")
            }
            Cmd::OrgsCreate => {
                <OrgsCreateArgs as clap::Args>::augment_args(
                        clap::Command::new("create"),
                    )
                    .about("Create a new org")
            }
            Cmd::OrgsGet => {
                <OrgsGetArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve an org")
            }
            Cmd::OrgsUpdate => {
                <OrgsUpdateArgs as clap::Args>::augment_args(
                        clap::Command::new("update"),
                    )
                    .about("Update an org")
            }
            Cmd::UsersList => {
                <UsersListArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List all users")
            }
            Cmd::UsersCreate => {
                <UsersCreateArgs as clap::Args>::augment_args(
                        clap::Command::new("create"),
                    )
                    .about("Create a new user")
            }
            Cmd::UsersGet => {
                <UsersGetArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve a user")
            }
            Cmd::UsersUpdate => {
                <UsersUpdateArgs as clap::Args>::augment_args(
                        clap::Command::new("update"),
                    )
                    .about("Update a user")
            }
            Cmd::ComputersList => {
                <ComputersListArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List all computers")
            }
            Cmd::ComputersGet => {
                <ComputersGetArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve a computer")
            }
            Cmd::UsagesList => {
                <UsagesListArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List backup usages (source computer to backup target)")
            }
            Cmd::ComputerUsageList => {
                <ComputerUsageListArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List computer usage records")
            }
            Cmd::MountPointsList => {
                <MountPointsListArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List all mount points (administrators only)")
            }
            Cmd::MountPointsGet => {
                <MountPointsGetArgs as clap::Args>::augment_args(
                        clap::Command::new("get"),
                    )
                    .about("Retrieve a mount point (administrators only)")
            }
            Cmd::ServerStatsGet => {
                <ServerStatsGetArgs as clap::Args>::augment_args(
                        clap::Command::new("get"),
                    )
                    .about("Retrieve server statistics (administrators only)")
            }
            Cmd::ArchiveRecordsList => {
                <ArchiveRecordsListArgs as clap::Args>::augment_args(
                        clap::Command::new("list"),
                    )
                    .about("List daily archive records")
            }
            Cmd::UsersCurrent => {
                <UsersCurrentArgs as clap::Args>::augment_args(
                        clap::Command::new("current"),
                    )
                    .about("Retrieve the signed-in user")
            }
            Cmd::LoginConfiguration => {
                <LoginConfigurationArgs as clap::Args>::augment_args(
                        clap::Command::new("configuration"),
                    )
                    .about("How an account logs in")
            }
            Cmd::CustomerGet => {
                <CustomerGetArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve the tenant")
            }
            Cmd::UsersBlock => {
                <UsersBlockArgs as clap::Args>::augment_args(clap::Command::new("block"))
                    .about("Block a user")
            }
            Cmd::UsersUnblock => {
                <UsersUnblockArgs as clap::Args>::augment_args(
                        clap::Command::new("unblock"),
                    )
                    .about("Unblock a user")
            }
            Cmd::UsersDeactivate => {
                <UsersDeactivateArgs as clap::Args>::augment_args(
                        clap::Command::new("deactivate"),
                    )
                    .about("Deactivate a user")
            }
            Cmd::UsersReactivate => {
                <UsersReactivateArgs as clap::Args>::augment_args(
                        clap::Command::new("reactivate"),
                    )
                    .about("Reactivate a user")
            }
            Cmd::UsersMove => {
                <UsersMoveArgs as clap::Args>::augment_args(clap::Command::new("move"))
                    .about("Move a user to another org")
            }
            Cmd::UsersRoles => {
                <UsersRolesArgs as clap::Args>::augment_args(clap::Command::new("roles"))
                    .about("The roles of a user")
            }
            Cmd::UsersSetRoles => {
                <UsersSetRolesArgs as clap::Args>::augment_args(
                        clap::Command::new("set-roles"),
                    )
                    .about("Replace the roles of a user")
            }
            Cmd::UsersAllRoles => {
                <UsersAllRolesArgs as clap::Args>::augment_args(
                        clap::Command::new("all-roles"),
                    )
                    .about("Every role of the tenant")
            }
            Cmd::DevicesList => {
                <DevicesListArgs as clap::Args>::augment_args(clap::Command::new("list"))
                    .about("List devices")
            }
            Cmd::DevicesGet => {
                <DevicesGetArgs as clap::Args>::augment_args(clap::Command::new("get"))
                    .about("Retrieve a device by id or GUID")
            }
            Cmd::DevicesRename => {
                <DevicesRenameArgs as clap::Args>::augment_args(
                        clap::Command::new("rename"),
                    )
                    .about("Update (rename) a device")
            }
            Cmd::DevicesBlock => {
                <DevicesBlockArgs as clap::Args>::augment_args(
                        clap::Command::new("block"),
                    )
                    .about("Block a device")
            }
            Cmd::DevicesUnblock => {
                <DevicesUnblockArgs as clap::Args>::augment_args(
                        clap::Command::new("unblock"),
                    )
                    .about("Unblock a device")
            }
            Cmd::DevicesDeactivate => {
                <DevicesDeactivateArgs as clap::Args>::augment_args(
                        clap::Command::new("deactivate"),
                    )
                    .about("Deactivate a device")
            }
            Cmd::DevicesReactivate => {
                <DevicesReactivateArgs as clap::Args>::augment_args(
                        clap::Command::new("reactivate"),
                    )
                    .about("Reactivate a device")
            }
            Cmd::DevicesDeauthorize => {
                <DevicesDeauthorizeArgs as clap::Args>::augment_args(
                        clap::Command::new("deauthorize"),
                    )
                    .about("Deauthorize a device")
            }
            Cmd::OrgsCurrent => {
                <OrgsCurrentArgs as clap::Args>::augment_args(
                        clap::Command::new("current"),
                    )
                    .about("Retrieve the signed-in user's org")
            }
            Cmd::OrgsBlock => {
                <OrgsBlockArgs as clap::Args>::augment_args(clap::Command::new("block"))
                    .about("Block an org")
            }
            Cmd::OrgsUnblock => {
                <OrgsUnblockArgs as clap::Args>::augment_args(
                        clap::Command::new("unblock"),
                    )
                    .about("Unblock an org")
            }
            Cmd::OrgsDeactivate => {
                <OrgsDeactivateArgs as clap::Args>::augment_args(
                        clap::Command::new("deactivate"),
                    )
                    .about("Deactivate an org")
            }
            Cmd::OrgsReactivate => {
                <OrgsReactivateArgs as clap::Args>::augment_args(
                        clap::Command::new("reactivate"),
                    )
                    .about("Reactivate an org")
            }
        }
    }
    /// The operation serving it on servers of `generation`, if one does.
    pub fn op(self, generation: Generation) -> Option<Op> {
        self.ops().iter().copied().find(|op| op.generation() == generation)
    }
    /// Runs the command with the arguments of its [`command`](Self::command) on the server's
    /// API generation (`ctx.generation`): its operation there, or the hand-written stand-in
    /// (`overrides::stand_in`) where the spec has none.
    pub async fn run(
        self,
        ctx: &Ctx<'_>,
        matches: &clap::ArgMatches,
    ) -> Result<(), CliError> {
        match self {
            Cmd::OrgsList => {
                let Some((args, op)) = resources::parse::<
                    OrgsListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListOrgs => {
                        let list = args.apply_list_orgs(ctx.client.orgs().list());
                        resources::list(ctx, list, &args.list, args.detail.detail).await
                    }
                    Op::ListOrgsV1 => {
                        let list = args
                            .apply_list_orgs_v1(ctx.client.today().orgs().list());
                        resources::list(ctx, list, &args.list, false).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsCreate => {
                let Some((args, op)) = resources::parse::<
                    OrgsCreateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::CreateOrg => {
                        let body = resources::body(
                            ctx,
                            args.body_create_org(),
                            args.secrets_create_org(),
                            Op::CreateOrg,
                        )?;
                        let call = ctx.client.orgs().create(body);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    Op::CreateOrgV3 => {
                        let body = resources::body(
                            ctx,
                            args.body_create_org_v3(),
                            args.secrets_create_org_v3(),
                            Op::CreateOrgV3,
                        )?;
                        let call = ctx.client.today().orgs().create(body);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsGet => {
                let Some((args, op)) = resources::parse::<
                    OrgsGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetOrg => {
                        let id = resources::path_id(ctx, Op::GetOrg, "id", &args.id)
                            .await?;
                        let call = ctx.client.orgs().get(id);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    Op::GetOrgV3 => {
                        let org_guid = resources::path_text(
                                ctx,
                                Op::GetOrgV3,
                                "orgGuid",
                                &args.id,
                            )
                            .await?;
                        let mut call = ctx.client.today().orgs().get(org_guid);
                        if args.inc_settings {
                            call = call.inc_settings(true);
                        }
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsUpdate => {
                let Some((args, op)) = resources::parse::<
                    OrgsUpdateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::UpdateOrg => {
                        let id = resources::path_id(ctx, Op::UpdateOrg, "id", &args.id)
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_update_org(),
                            args.secrets_update_org(),
                            Op::UpdateOrg,
                        )?;
                        let call = ctx.client.orgs().update(id, body);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    Op::UpdateOrgV3 => {
                        let org_guid = resources::path_text(
                                ctx,
                                Op::UpdateOrgV3,
                                "orgGuid",
                                &args.id,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_update_org_v3(),
                            args.secrets_update_org_v3(),
                            Op::UpdateOrgV3,
                        )?;
                        let call = ctx.client.today().orgs().update(org_guid, body);
                        call.await?;
                        resources::done(ctx, Op::UpdateOrgV3, Some(&args.id))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersList => {
                let Some((args, op)) = resources::parse::<
                    UsersListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListUsers => {
                        let list = args.apply_list_users(ctx.client.users().list());
                        resources::list(ctx, list, &args.list, args.detail.detail).await
                    }
                    Op::ListUsersV1 => {
                        let list = args
                            .apply_list_users_v1(ctx.client.today().users().list());
                        resources::list(ctx, list, &args.list, false).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersCreate => {
                let Some((args, op)) = resources::parse::<
                    UsersCreateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::CreateUser => {
                        let body = resources::body(
                            ctx,
                            args.body_create_user(),
                            args.secrets_create_user(),
                            Op::CreateUser,
                        )?;
                        let call = ctx.client.users().create(body);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    Op::CreateUserV1 => {
                        let body = resources::body(
                            ctx,
                            args.body_create_user_v1(),
                            args.secrets_create_user_v1(),
                            Op::CreateUserV1,
                        )?;
                        let call = ctx.client.today().users().create(body);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersGet => {
                let Some((args, op)) = resources::parse::<
                    UsersGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetUser => {
                        let id = resources::path_id(ctx, Op::GetUser, "id", &args.id)
                            .await?;
                        let call = ctx.client.users().get(id);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    Op::GetUserV1 => {
                        let user_id = resources::path_text(
                                ctx,
                                Op::GetUserV1,
                                "userId",
                                &args.id,
                            )
                            .await?;
                        let mut call = ctx.client.today().users().get(user_id);
                        if args.inc_roles {
                            call = call.inc_roles(true);
                        }
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersUpdate => {
                let Some((args, op)) = resources::parse::<
                    UsersUpdateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::UpdateUser => {
                        let id = resources::path_id(ctx, Op::UpdateUser, "id", &args.id)
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_update_user(),
                            args.secrets_update_user(),
                            Op::UpdateUser,
                        )?;
                        let call = ctx.client.users().update(id, body);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    Op::UpdateUserV1 => {
                        let user_id = resources::path_text(
                                ctx,
                                Op::UpdateUserV1,
                                "userId",
                                &args.id,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_update_user_v1(),
                            args.secrets_update_user_v1(),
                            Op::UpdateUserV1,
                        )?;
                        let call = ctx.client.today().users().update(user_id, body);
                        call.await?;
                        resources::done(ctx, Op::UpdateUserV1, Some(&args.id))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::ComputersList => {
                let Some((args, op)) = resources::parse::<
                    ComputersListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListComputers => {
                        let list = args
                            .apply_list_computers(ctx.client.computers().list());
                        resources::list(ctx, list, &args.list, args.detail.detail).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::ComputersGet => {
                let Some((args, op)) = resources::parse::<
                    ComputersGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetComputer => {
                        let id = resources::path_id(ctx, Op::GetComputer, "id", &args.id)
                            .await?;
                        let call = ctx.client.computers().get(id);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsagesList => {
                let Some((args, op)) = resources::parse::<
                    UsagesListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListUsages => {
                        let list = args.apply_list_usages(ctx.client.usages().list());
                        resources::list(ctx, list, &args.list, false).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::ComputerUsageList => {
                let Some((args, op)) = resources::parse::<
                    ComputerUsageListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListComputerUsages => {
                        let list = args
                            .apply_list_computer_usages(
                                ctx.client.computer_usage().list(),
                            );
                        resources::list(ctx, list, &args.list, false).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::MountPointsList => {
                let Some((args, op)) = resources::parse::<
                    MountPointsListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListMountPoints => {
                        let list = args
                            .apply_list_mount_points(ctx.client.mount_points().list());
                        resources::list(ctx, list, &args.list, args.detail.detail).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::MountPointsGet => {
                let Some((args, op)) = resources::parse::<
                    MountPointsGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetMountPoint => {
                        let id = resources::path_id(
                                ctx,
                                Op::GetMountPoint,
                                "id",
                                &args.id,
                            )
                            .await?;
                        let call = ctx.client.mount_points().get(id);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::ServerStatsGet => {
                let Some((_args, op)) = resources::parse::<
                    ServerStatsGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetServerStats => {
                        let call = ctx.client.server_stats().get();
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::ArchiveRecordsList => {
                let Some((args, op)) = resources::parse::<
                    ArchiveRecordsListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListArchiveRecords => {
                        let list = args
                            .apply_list_archive_records(
                                ctx.client.archive_records().list(),
                            );
                        resources::list(ctx, list, &args.list, false).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersCurrent => {
                let Some((_args, op)) = resources::parse::<
                    UsersCurrentArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetCurrentUserV1 => {
                        let call = ctx.client.today().users().current();
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::LoginConfiguration => {
                let Some((args, op)) = resources::parse::<
                    LoginConfigurationArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetLoginConfigurationV3 => {
                        let username = resources::required(
                            args.login.clone(),
                            Op::GetLoginConfigurationV3,
                            "--login",
                        )?;
                        let call = ctx.client.today().login().configuration(username);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::CustomerGet => {
                let Some((_args, op)) = resources::parse::<
                    CustomerGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetCustomerV3 => {
                        let call = ctx.client.today().customer().get();
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersBlock => {
                let Some((args, op)) = resources::parse::<
                    UsersBlockArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::BlockUserV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::BlockUserV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let call = ctx.client.today().users().block(user_uid);
                        call.await?;
                        resources::done(ctx, Op::BlockUserV3, Some(&args.user_uid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersUnblock => {
                let Some((args, op)) = resources::parse::<
                    UsersUnblockArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::UnblockUserV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::UnblockUserV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let call = ctx.client.today().users().unblock(user_uid);
                        call.await?;
                        resources::done(ctx, Op::UnblockUserV3, Some(&args.user_uid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersDeactivate => {
                let Some((args, op)) = resources::parse::<
                    UsersDeactivateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::DeactivateUserV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::DeactivateUserV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_deactivate_user_v3(),
                            args.secrets_deactivate_user_v3(),
                            Op::DeactivateUserV3,
                        )?;
                        let call = ctx.client.today().users().deactivate(user_uid, body);
                        call.await?;
                        resources::done(ctx, Op::DeactivateUserV3, Some(&args.user_uid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersReactivate => {
                let Some((args, op)) = resources::parse::<
                    UsersReactivateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ActivateUserV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::ActivateUserV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_activate_user_v3(),
                            args.secrets_activate_user_v3(),
                            Op::ActivateUserV3,
                        )?;
                        let call = ctx.client.today().users().reactivate(user_uid, body);
                        call.await?;
                        resources::done(ctx, Op::ActivateUserV3, Some(&args.user_uid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersMove => {
                let Some((args, op)) = resources::parse::<
                    UsersMoveArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::MoveUserV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::MoveUserV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_move_user_v3(),
                            args.secrets_move_user_v3(),
                            Op::MoveUserV3,
                        )?;
                        let call = ctx.client.today().users().move_(user_uid, body);
                        call.await?;
                        resources::done(ctx, Op::MoveUserV3, Some(&args.user_uid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersRoles => {
                let Some((args, op)) = resources::parse::<
                    UsersRolesArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetUserRolesV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::GetUserRolesV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let call = ctx.client.today().users().roles(user_uid);
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersSetRoles => {
                let Some((args, op)) = resources::parse::<
                    UsersSetRolesArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::SetUserRolesV3 => {
                        let user_uid = resources::path_text(
                                ctx,
                                Op::SetUserRolesV3,
                                "userUid",
                                &args.user_uid,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_set_user_roles_v3(),
                            args.secrets_set_user_roles_v3(),
                            Op::SetUserRolesV3,
                        )?;
                        let call = ctx.client.today().users().set_roles(user_uid, body);
                        call.await?;
                        resources::done(ctx, Op::SetUserRolesV3, Some(&args.user_uid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::UsersAllRoles => {
                let Some((_args, op)) = resources::parse::<
                    UsersAllRolesArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListRolesV1 => {
                        let call = ctx.client.today().users().all_roles();
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesList => {
                let Some((args, op)) = resources::parse::<
                    DevicesListArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ListDevicesV1 => {
                        let list = args
                            .apply_list_devices_v1(ctx.client.today().devices().list());
                        resources::list(ctx, list, &args.list, false).await
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesGet => {
                let Some((args, op)) = resources::parse::<
                    DevicesGetArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetDeviceV1 => {
                        let computer_id = resources::path_text(
                                ctx,
                                Op::GetDeviceV1,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        let mut call = ctx.client.today().devices().get(computer_id);
                        if args.inc_backup_usage {
                            call = call.inc_backup_usage(true);
                        }
                        if args.inc_settings {
                            call = call.inc_settings(true);
                        }
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesRename => {
                let Some((args, op)) = resources::parse::<
                    DevicesRenameArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::UpdateDeviceV1 => {
                        let computer_id = resources::path_text(
                                ctx,
                                Op::UpdateDeviceV1,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        let body = resources::body(
                            ctx,
                            args.body_update_device_v1(),
                            args.secrets_update_device_v1(),
                            Op::UpdateDeviceV1,
                        )?;
                        let call = ctx
                            .client
                            .today()
                            .devices()
                            .rename(computer_id, body);
                        call.await?;
                        resources::done(ctx, Op::UpdateDeviceV1, Some(&args.computer_id))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesBlock => {
                let Some((args, op)) = resources::parse::<
                    DevicesBlockArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::BlockDeviceV1 => {
                        let computer_id = resources::path_id(
                                ctx,
                                Op::BlockDeviceV1,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        let call = ctx.client.today().devices().block(computer_id);
                        call.await?;
                        resources::done(ctx, Op::BlockDeviceV1, Some(&args.computer_id))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesUnblock => {
                let Some((args, op)) = resources::parse::<
                    DevicesUnblockArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::UnblockDeviceV1 => {
                        let computer_id = resources::path_id(
                                ctx,
                                Op::UnblockDeviceV1,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        let call = ctx.client.today().devices().unblock(computer_id);
                        call.await?;
                        resources::done(
                            ctx,
                            Op::UnblockDeviceV1,
                            Some(&args.computer_id),
                        )
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesDeactivate => {
                let Some((args, op)) = resources::parse::<
                    DevicesDeactivateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::DeactivateDeviceV38 => {
                        let mut json = args.body_deactivate_device_v38();
                        let computer_id = resources::path_id(
                                ctx,
                                Op::DeactivateDeviceV38,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        crate::args::insert(
                            &mut json,
                            &["id"],
                            serde_json::json!(computer_id),
                        );
                        let body = resources::body(
                            ctx,
                            json,
                            args.secrets_deactivate_device_v38(),
                            Op::DeactivateDeviceV38,
                        )?;
                        let call = ctx.client.today().devices().deactivate(body);
                        call.await?;
                        resources::done(
                            ctx,
                            Op::DeactivateDeviceV38,
                            Some(&args.computer_id),
                        )
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesReactivate => {
                let Some((args, op)) = resources::parse::<
                    DevicesReactivateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ReactivateDeviceV38 => {
                        let mut json = args.body_reactivate_device_v38();
                        let computer_id = resources::path_id(
                                ctx,
                                Op::ReactivateDeviceV38,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        crate::args::insert(
                            &mut json,
                            &["id"],
                            serde_json::json!(computer_id),
                        );
                        let body = resources::body(
                            ctx,
                            json,
                            args.secrets_reactivate_device_v38(),
                            Op::ReactivateDeviceV38,
                        )?;
                        let call = ctx.client.today().devices().reactivate(body);
                        call.await?;
                        resources::done(
                            ctx,
                            Op::ReactivateDeviceV38,
                            Some(&args.computer_id),
                        )
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::DevicesDeauthorize => {
                let Some((args, op)) = resources::parse::<
                    DevicesDeauthorizeArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::DeauthorizeDeviceV1 => {
                        let computer_id = resources::path_id(
                                ctx,
                                Op::DeauthorizeDeviceV1,
                                "computerId",
                                &args.computer_id,
                            )
                            .await?;
                        let call = ctx.client.today().devices().deauthorize(computer_id);
                        call.await?;
                        resources::done(
                            ctx,
                            Op::DeauthorizeDeviceV1,
                            Some(&args.computer_id),
                        )
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsCurrent => {
                let Some((_args, op)) = resources::parse::<
                    OrgsCurrentArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::GetCurrentOrgV1 => {
                        let call = ctx.client.today().orgs().current();
                        let answer = call.await?;
                        print_one(ctx, &answer)
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsBlock => {
                let Some((args, op)) = resources::parse::<
                    OrgsBlockArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::BlockOrgV3 => {
                        let org_guid = resources::path_text(
                                ctx,
                                Op::BlockOrgV3,
                                "orgGuid",
                                &args.org_guid,
                            )
                            .await?;
                        let call = ctx.client.today().orgs().block(org_guid);
                        call.await?;
                        resources::done(ctx, Op::BlockOrgV3, Some(&args.org_guid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsUnblock => {
                let Some((args, op)) = resources::parse::<
                    OrgsUnblockArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::UnblockOrgV3 => {
                        let org_guid = resources::path_text(
                                ctx,
                                Op::UnblockOrgV3,
                                "orgGuid",
                                &args.org_guid,
                            )
                            .await?;
                        let call = ctx.client.today().orgs().unblock(org_guid);
                        call.await?;
                        resources::done(ctx, Op::UnblockOrgV3, Some(&args.org_guid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsDeactivate => {
                let Some((args, op)) = resources::parse::<
                    OrgsDeactivateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::DeactivateOrgV3 => {
                        let org_guid = resources::path_text(
                                ctx,
                                Op::DeactivateOrgV3,
                                "orgGuid",
                                &args.org_guid,
                            )
                            .await?;
                        let call = ctx.client.today().orgs().deactivate(org_guid);
                        call.await?;
                        resources::done(ctx, Op::DeactivateOrgV3, Some(&args.org_guid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
            Cmd::OrgsReactivate => {
                let Some((args, op)) = resources::parse::<
                    OrgsReactivateArgs,
                >(self, ctx, matches)? else {
                    return crate::commands::overrides::stand_in(ctx, self, matches)
                        .await;
                };
                match op {
                    Op::ActivateOrgV3 => {
                        let org_guid = resources::path_text(
                                ctx,
                                Op::ActivateOrgV3,
                                "orgGuid",
                                &args.org_guid,
                            )
                            .await?;
                        let call = ctx.client.today().orgs().reactivate(org_guid);
                        call.await?;
                        resources::done(ctx, Op::ActivateOrgV3, Some(&args.org_guid))
                    }
                    _ => Err(resources::no_counterpart(self, ctx.generation)),
                }
            }
        }
    }
    /// Runs `find` on the list of this command (see [`find_name`](Self::find_name)) on the
    /// server's API generation.
    pub async fn find(
        self,
        ctx: &Ctx<'_>,
        args: &crate::cli::FindArgs,
    ) -> Result<(), CliError> {
        match self.op(ctx.generation) {
            Some(Op::ListOrgs) => {
                crate::commands::find::run(ctx, ctx.client.orgs().list(), args).await
            }
            Some(Op::ListOrgsV1) => {
                crate::commands::find::run(ctx, ctx.client.today().orgs().list(), args)
                    .await
            }
            Some(Op::ListUsers) => {
                crate::commands::find::run(ctx, ctx.client.users().list(), args).await
            }
            Some(Op::ListUsersV1) => {
                crate::commands::find::run(ctx, ctx.client.today().users().list(), args)
                    .await
            }
            Some(Op::ListComputers) => {
                crate::commands::find::run(ctx, ctx.client.computers().list(), args)
                    .await
            }
            Some(Op::ListUsages) => {
                crate::commands::find::run(ctx, ctx.client.usages().list(), args).await
            }
            Some(Op::ListComputerUsages) => {
                crate::commands::find::run(ctx, ctx.client.computer_usage().list(), args)
                    .await
            }
            Some(Op::ListMountPoints) => {
                crate::commands::find::run(ctx, ctx.client.mount_points().list(), args)
                    .await
            }
            Some(Op::ListArchiveRecords) => {
                crate::commands::find::run(
                        ctx,
                        ctx.client.archive_records().list(),
                        args,
                    )
                    .await
            }
            Some(Op::ListDevicesV1) => {
                crate::commands::find::run(
                        ctx,
                        ctx.client.today().devices().list(),
                        args,
                    )
                    .await
            }
            _ => Err(resources::no_counterpart(self, ctx.generation)),
        }
    }
}
/// The arguments of `orgs list`: `GET /rest/orgs` (`listOrgs`), `GET /api/v1/Org` (`listOrgsV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsListArgs {
    /// Only orgs with exactly this name (CrashPlan PRO 3.x servers only).
    #[arg(long = "name")]
    pub name: Option<String>,
    /// Only orgs with this status (`Active` or `Deactivated`), in any case (CrashPlan PRO 3.x servers only).
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// Only orgs whose parent org has this id (CrashPlan PRO 3.x servers only).
    #[arg(long = "parent-id")]
    pub parent_id: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
    #[command(flatten)]
    pub detail: crate::cli::DetailArgs,
}
impl resources::CmdArgs for OrgsListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 4] = [
            (self.name.is_some(), "--name", &[Op::ListOrgs]),
            (self.status.is_some(), "--status", &[Op::ListOrgs]),
            (self.parent_id.is_some(), "--parent-id", &[Op::ListOrgs]),
            (self.detail.detail, "--detail", &[Op::ListOrgs]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl OrgsListArgs {
    /// Sets every filter and option of `listOrgs` given on the facade's list builder.
    pub fn apply_list_orgs(
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
    /// Sets every filter and option of `listOrgsV1` given on the facade's list builder.
    pub fn apply_list_orgs_v1(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListOrgsV1Filters>,
    ) -> crashplan::resources::List<crashplan::resources::ListOrgsV1Filters> {
        list
    }
}
/// The arguments of `orgs create`: `POST /rest/orgs` (`createOrg`), `POST /api/v3/orgs` (`createOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsCreateArgs {
    /// Name of the new org.
    #[arg(long = "name", value_parser = crate::args::non_empty, required = true)]
    pub name: Option<String>,
    /// The id of the parent org (CrashPlan PRO 3.x servers only).
    #[arg(long = "parent-id")]
    pub parent_id: Option<i64>,
    /// Registration key; the server generates one when absent (CrashPlan PRO 3.x servers only).
    #[arg(long = "registration-key", value_parser = crate::args::non_empty)]
    pub registration_key: Option<String>,
    /// An external reference (current CrashPlan servers only).
    #[arg(long = "org-ext-ref", value_parser = crate::args::non_empty)]
    pub org_ext_ref: Option<String>,
    /// Free notes (current CrashPlan servers only).
    #[arg(long = "notes", value_parser = crate::args::non_empty)]
    pub notes: Option<String>,
    /// The GUID of the parent org (the server's default parent is not shown by the evidence) (current CrashPlan servers only).
    #[arg(long = "parent-org-guid", value_parser = crate::args::non_empty)]
    pub parent_org_guid: Option<String>,
}
impl resources::CmdArgs for OrgsCreateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 6] = [
            (self.name.is_some(), "--name", &[Op::CreateOrg, Op::CreateOrgV3]),
            (self.parent_id.is_some(), "--parent-id", &[Op::CreateOrg]),
            (self.registration_key.is_some(), "--registration-key", &[Op::CreateOrg]),
            (self.org_ext_ref.is_some(), "--org-ext-ref", &[Op::CreateOrgV3]),
            (self.notes.is_some(), "--notes", &[Op::CreateOrgV3]),
            (self.parent_org_guid.is_some(), "--parent-org-guid", &[Op::CreateOrgV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl OrgsCreateArgs {
    /// The JSON body of `createOrg` from the flags given (secrets excluded), by property name.
    pub fn body_create_org(&self) -> serde_json::Map<String, serde_json::Value> {
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
    /// Every secret property of `createOrg`: `(name, required, read from stdin)`.
    pub fn secrets_create_org(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
    /// The JSON body of `createOrgV3` from the flags given (secrets excluded), by property name.
    pub fn body_create_org_v3(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.name {
            crate::args::insert(&mut body, &["orgName"], serde_json::json!(value));
        }
        if let Some(value) = &self.org_ext_ref {
            crate::args::insert(&mut body, &["orgExtRef"], serde_json::json!(value));
        }
        if let Some(value) = &self.notes {
            crate::args::insert(&mut body, &["notes"], serde_json::json!(value));
        }
        if let Some(value) = &self.parent_org_guid {
            crate::args::insert(&mut body, &["parentOrgGuid"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `createOrgV3`: `(name, required, read from stdin)`.
    pub fn secrets_create_org_v3(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `orgs get`: `GET /rest/orgs/{id}` (`getOrg`), `GET /api/v3/orgs/{orgGuid}` (`getOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsGetArgs {
    /// The id of the resource.
    #[arg(value_name = "ID", value_parser = crate::args::non_empty)]
    pub id: String,
    /// `true`: the org carries its `settings` (current CrashPlan servers only).
    #[arg(long = "inc-settings")]
    pub inc_settings: bool,
}
impl resources::CmdArgs for OrgsGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.inc_settings, "--inc-settings", &[Op::GetOrgV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `orgs update`: `PUT /rest/orgs/{id}` (`updateOrg`), `PUT /api/v3/orgs/{orgGuid}` (`updateOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsUpdateArgs {
    /// The id of the resource.
    #[arg(value_name = "ID", value_parser = crate::args::non_empty)]
    pub id: String,
    /// New name of the org.
    #[arg(long = "name", value_parser = crate::args::non_empty)]
    pub name: Option<String>,
    /// `Deactivated` to deactivate the org, `Active` to reactivate it (CrashPlan PRO 3.x servers only).
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// The id of the new parent org (CrashPlan PRO 3.x servers only).
    #[arg(long = "parent-id")]
    pub parent_id: Option<i64>,
    /// Configured seat quota for this org (CrashPlan PRO 3.x servers only).
    #[arg(long = "quota-seats")]
    pub quota_seats: Option<i64>,
    /// Configured size quota for this org (in gigabytes) (CrashPlan PRO 3.x servers only).
    #[arg(long = "quota-bytes")]
    pub quota_bytes: Option<i64>,
    /// The new external reference (current CrashPlan servers only).
    #[arg(long = "org-ext-ref", value_parser = crate::args::non_empty)]
    pub org_ext_ref: Option<String>,
    /// New notes (current CrashPlan servers only).
    #[arg(long = "notes", value_parser = crate::args::non_empty)]
    pub notes: Option<String>,
}
impl resources::CmdArgs for OrgsUpdateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 7] = [
            (self.name.is_some(), "--name", &[Op::UpdateOrg, Op::UpdateOrgV3]),
            (self.status.is_some(), "--status", &[Op::UpdateOrg]),
            (self.parent_id.is_some(), "--parent-id", &[Op::UpdateOrg]),
            (self.quota_seats.is_some(), "--quota-seats", &[Op::UpdateOrg]),
            (self.quota_bytes.is_some(), "--quota-bytes", &[Op::UpdateOrg]),
            (self.org_ext_ref.is_some(), "--org-ext-ref", &[Op::UpdateOrgV3]),
            (self.notes.is_some(), "--notes", &[Op::UpdateOrgV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl OrgsUpdateArgs {
    /// The JSON body of `updateOrg` from the flags given (secrets excluded), by property name.
    pub fn body_update_org(&self) -> serde_json::Map<String, serde_json::Value> {
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
    /// Every secret property of `updateOrg`: `(name, required, read from stdin)`.
    pub fn secrets_update_org(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
    /// The JSON body of `updateOrgV3` from the flags given (secrets excluded), by property name.
    pub fn body_update_org_v3(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.name {
            crate::args::insert(&mut body, &["orgName"], serde_json::json!(value));
        }
        if let Some(value) = &self.org_ext_ref {
            crate::args::insert(&mut body, &["orgExtRef"], serde_json::json!(value));
        }
        if let Some(value) = &self.notes {
            crate::args::insert(&mut body, &["notes"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `updateOrgV3`: `(name, required, read from stdin)`.
    pub fn secrets_update_org_v3(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `users list`: `GET /rest/users` (`listUsers`), `GET /api/v1/User` (`listUsersV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersListArgs {
    /// Only the user with this id (CrashPlan PRO 3.x servers only).
    #[arg(long = "id")]
    pub id: Option<i64>,
    /// Only users with this status (`Active` or `Deactivated`), in any case (CrashPlan PRO 3.x servers only).
    #[arg(
        long = "status",
        value_parser = crate::args::KnownValues(&["Active", "Deactivated"])
    )]
    pub status: Option<String>,
    /// Only users with exactly this email address.
    #[arg(long = "email")]
    pub email: Option<String>,
    /// Only users with exactly this first name (CrashPlan PRO 3.x servers only).
    #[arg(long = "first-name")]
    pub first_name: Option<String>,
    /// Only users with exactly this last name (CrashPlan PRO 3.x servers only).
    #[arg(long = "last-name")]
    pub last_name: Option<String>,
    /// Only users who belong to the org with this id (CrashPlan PRO 3.x servers only).
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// `true`: active users only; `false`: deactivated users only (current CrashPlan servers only).
    #[arg(long = "active")]
    pub active: Option<bool>,
    /// Only users of the org with this uid (current CrashPlan servers only).
    #[arg(long = "org-uid")]
    pub org_uid: Option<String>,
    /// Only users with the role of this id (e.g. `desktop-user`; see `listRolesV1`). Not a
    /// property of a listed user: nothing evaluates it locally (current CrashPlan servers only).
    #[arg(long = "role-id")]
    pub role_id: Option<String>,
    /// Free text, searched across name, username and email (how the server matches it is not
    /// shown by the evidence) (current CrashPlan servers only).
    #[arg(long = "search")]
    pub search: Option<String>,
    /// Only the user with this username (current CrashPlan servers only).
    #[arg(long = "login")]
    pub login: Option<String>,
    /// `true`: each user carries its `roles` (current CrashPlan servers only).
    #[arg(long = "inc-roles")]
    pub inc_roles: bool,
    /// The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
    /// not shown by the evidence (current CrashPlan servers only).
    #[arg(long = "srt-key")]
    pub srt_key: Option<String>,
    /// Sort direction, `asc` or `desc` (current CrashPlan servers only).
    #[arg(long = "srt-dir")]
    pub srt_dir: Option<String>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
    #[command(flatten)]
    pub detail: crate::cli::DetailArgs,
}
impl resources::CmdArgs for UsersListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 15] = [
            (self.id.is_some(), "--id", &[Op::ListUsers]),
            (self.status.is_some(), "--status", &[Op::ListUsers]),
            (self.email.is_some(), "--email", &[Op::ListUsers, Op::ListUsersV1]),
            (self.first_name.is_some(), "--first-name", &[Op::ListUsers]),
            (self.last_name.is_some(), "--last-name", &[Op::ListUsers]),
            (self.org_id.is_some(), "--org-id", &[Op::ListUsers]),
            (self.active.is_some(), "--active", &[Op::ListUsersV1]),
            (self.org_uid.is_some(), "--org-uid", &[Op::ListUsersV1]),
            (self.role_id.is_some(), "--role-id", &[Op::ListUsersV1]),
            (self.search.is_some(), "--search", &[Op::ListUsersV1]),
            (self.login.is_some(), "--login", &[Op::ListUsersV1]),
            (self.inc_roles, "--inc-roles", &[Op::ListUsersV1]),
            (self.srt_key.is_some(), "--srt-key", &[Op::ListUsersV1]),
            (self.srt_dir.is_some(), "--srt-dir", &[Op::ListUsersV1]),
            (self.detail.detail, "--detail", &[Op::ListUsers]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersListArgs {
    /// Sets every filter and option of `listUsers` given on the facade's list builder.
    pub fn apply_list_users(
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
    /// Sets every filter and option of `listUsersV1` given on the facade's list builder.
    pub fn apply_list_users_v1(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListUsersV1Filters>,
    ) -> crashplan::resources::List<crashplan::resources::ListUsersV1Filters> {
        let mut list = list;
        if let Some(value) = &self.email {
            list = list.email(value.clone());
        }
        if let Some(value) = &self.active {
            list = list.active(*value);
        }
        if let Some(value) = &self.org_uid {
            list = list.org_uid(value.clone());
        }
        if let Some(value) = &self.role_id {
            list = list.role_id(value.clone());
        }
        if let Some(value) = &self.search {
            list = list.q(value.clone());
        }
        if let Some(value) = &self.login {
            list = list.username(value.clone());
        }
        if self.inc_roles {
            list = list.inc_roles(true);
        }
        if let Some(value) = &self.srt_key {
            list = list.srt_key(value.clone());
        }
        if let Some(value) = &self.srt_dir {
            list = list.srt_dir(value.clone());
        }
        list
    }
}
/// The arguments of `users create`: `POST /rest/users` (`createUser`), `POST /api/v1/User` (`createUserV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersCreateArgs {
    /// The id of the org the user joins (CrashPlan PRO 3.x servers only).
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Login name; defaults to the email address.
    #[arg(long = "login", value_parser = crate::args::non_empty)]
    pub login: Option<String>,
    /// Email address of the user.
    #[arg(long = "email", value_parser = crate::args::non_empty)]
    pub email: Option<String>,
    /// First name of the user.
    #[arg(long = "first-name", value_parser = crate::args::non_empty)]
    pub first_name: Option<String>,
    /// Last name of the user.
    #[arg(long = "last-name", value_parser = crate::args::non_empty)]
    pub last_name: Option<String>,
    /// Read the `password` from the first line of standard input (it is never taken from the command line; without this flag it is prompted for on a terminal)
    #[arg(long = "new-password-stdin")]
    pub new_password_stdin: bool,
    /// The uid of the org the user joins (current CrashPlan servers only).
    #[arg(long = "org-uid", value_parser = crate::args::non_empty)]
    pub org_uid: Option<String>,
    /// Free notes (current CrashPlan servers only).
    #[arg(long = "notes", value_parser = crate::args::non_empty)]
    pub notes: Option<String>,
}
impl resources::CmdArgs for UsersCreateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 8] = [
            (self.org_id.is_some(), "--org-id", &[Op::CreateUser]),
            (self.login.is_some(), "--login", &[Op::CreateUser, Op::CreateUserV1]),
            (self.email.is_some(), "--email", &[Op::CreateUser, Op::CreateUserV1]),
            (
                self.first_name.is_some(),
                "--first-name",
                &[Op::CreateUser, Op::CreateUserV1],
            ),
            (
                self.last_name.is_some(),
                "--last-name",
                &[Op::CreateUser, Op::CreateUserV1],
            ),
            (
                self.new_password_stdin,
                "--new-password-stdin",
                &[Op::CreateUser, Op::CreateUserV1],
            ),
            (self.org_uid.is_some(), "--org-uid", &[Op::CreateUserV1]),
            (self.notes.is_some(), "--notes", &[Op::CreateUserV1]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersCreateArgs {
    /// The JSON body of `createUser` from the flags given (secrets excluded), by property name.
    pub fn body_create_user(&self) -> serde_json::Map<String, serde_json::Value> {
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
    /// Every secret property of `createUser`: `(name, required, read from stdin)`.
    pub fn secrets_create_user(&self) -> Vec<(&'static str, bool, bool)> {
        vec![("password", true, self.new_password_stdin),]
    }
    /// The JSON body of `createUserV1` from the flags given (secrets excluded), by property name.
    pub fn body_create_user_v1(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
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
        if let Some(value) = &self.org_uid {
            crate::args::insert(&mut body, &["orgUid"], serde_json::json!(value));
        }
        if let Some(value) = &self.notes {
            crate::args::insert(&mut body, &["notes"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `createUserV1`: `(name, required, read from stdin)`.
    pub fn secrets_create_user_v1(&self) -> Vec<(&'static str, bool, bool)> {
        vec![("password", false, self.new_password_stdin),]
    }
}
/// The arguments of `users get`: `GET /rest/users/{id}` (`getUser`), `GET /api/v1/User/{userId}` (`getUserV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersGetArgs {
    /// The id of the resource.
    #[arg(value_name = "ID", value_parser = crate::args::non_empty)]
    pub id: String,
    /// `true`: the user carries its `roles` (current CrashPlan servers only).
    #[arg(long = "inc-roles")]
    pub inc_roles: bool,
}
impl resources::CmdArgs for UsersGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.inc_roles, "--inc-roles", &[Op::GetUserV1]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `users update`: `PUT /rest/users/{id}` (`updateUser`), `PUT /api/v1/User/{userId}` (`updateUserV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersUpdateArgs {
    /// The id of the resource.
    #[arg(value_name = "ID", value_parser = crate::args::non_empty)]
    pub id: String,
    /// `Deactivated` to deactivate the user, `Active` to reactivate it (CrashPlan PRO 3.x servers only).
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
    /// Move the user to the org with this id (CrashPlan PRO 3.x servers only).
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Configured size quota for this user (in gigabytes) (CrashPlan PRO 3.x servers only).
    #[arg(long = "quota-bytes")]
    pub quota_bytes: Option<i64>,
    /// Read the `password` from the first line of standard input (it is never taken from the command line; without this flag it is not sent)
    #[arg(long = "new-password-stdin")]
    pub new_password_stdin: bool,
    /// New notes (current CrashPlan servers only).
    #[arg(long = "notes", value_parser = crate::args::non_empty)]
    pub notes: Option<String>,
    /// New storage quota in bytes; `-1` is unlimited (current CrashPlan servers only).
    #[arg(long = "quota-in-bytes")]
    pub quota_in_bytes: Option<i64>,
}
impl resources::CmdArgs for UsersUpdateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 10] = [
            (self.status.is_some(), "--status", &[Op::UpdateUser]),
            (self.login.is_some(), "--login", &[Op::UpdateUser, Op::UpdateUserV1]),
            (self.email.is_some(), "--email", &[Op::UpdateUser, Op::UpdateUserV1]),
            (
                self.first_name.is_some(),
                "--first-name",
                &[Op::UpdateUser, Op::UpdateUserV1],
            ),
            (
                self.last_name.is_some(),
                "--last-name",
                &[Op::UpdateUser, Op::UpdateUserV1],
            ),
            (self.org_id.is_some(), "--org-id", &[Op::UpdateUser]),
            (self.quota_bytes.is_some(), "--quota-bytes", &[Op::UpdateUser]),
            (
                self.new_password_stdin,
                "--new-password-stdin",
                &[Op::UpdateUser, Op::UpdateUserV1],
            ),
            (self.notes.is_some(), "--notes", &[Op::UpdateUserV1]),
            (self.quota_in_bytes.is_some(), "--quota-in-bytes", &[Op::UpdateUserV1]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersUpdateArgs {
    /// The JSON body of `updateUser` from the flags given (secrets excluded), by property name.
    pub fn body_update_user(&self) -> serde_json::Map<String, serde_json::Value> {
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
    /// Every secret property of `updateUser`: `(name, required, read from stdin)`.
    pub fn secrets_update_user(&self) -> Vec<(&'static str, bool, bool)> {
        vec![("password", false, self.new_password_stdin),]
    }
    /// The JSON body of `updateUserV1` from the flags given (secrets excluded), by property name.
    pub fn body_update_user_v1(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
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
        if let Some(value) = &self.notes {
            crate::args::insert(&mut body, &["notes"], serde_json::json!(value));
        }
        if let Some(value) = &self.quota_in_bytes {
            crate::args::insert(&mut body, &["quotaInBytes"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `updateUserV1`: `(name, required, read from stdin)`.
    pub fn secrets_update_user_v1(&self) -> Vec<(&'static str, bool, bool)> {
        vec![("password", false, self.new_password_stdin),]
    }
}
/// The arguments of `computers list`: `GET /rest/computers` (`listComputers`).
#[derive(Debug, Clone, clap::Args)]
pub struct ComputersListArgs {
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
impl resources::CmdArgs for ComputersListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 6] = [
            (self.id.is_some(), "--id", &[Op::ListComputers]),
            (self.status.is_some(), "--status", &[Op::ListComputers]),
            (self.name.is_some(), "--name", &[Op::ListComputers]),
            (self.guid.is_some(), "--guid", &[Op::ListComputers]),
            (self.user_id.is_some(), "--user-id", &[Op::ListComputers]),
            (self.detail.detail, "--detail", &[Op::ListComputers]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl ComputersListArgs {
    /// Sets every filter and option of `listComputers` given on the facade's list builder.
    pub fn apply_list_computers(
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
pub struct ComputersGetArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Resource::Computers)
    )]
    pub id: String,
}
impl resources::CmdArgs for ComputersGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `usages list`: `GET /rest/usages` (`listUsages`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsagesListArgs {
    /// Only usages of computers whose user belongs to the org with this id.
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Only usages of computers that belong to the user with this id.
    #[arg(long = "user-id")]
    pub user_id: Option<i64>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
}
impl resources::CmdArgs for UsagesListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 2] = [
            (self.org_id.is_some(), "--org-id", &[Op::ListUsages]),
            (self.user_id.is_some(), "--user-id", &[Op::ListUsages]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsagesListArgs {
    /// Sets every filter and option of `listUsages` given on the facade's list builder.
    pub fn apply_list_usages(
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
pub struct ComputerUsageListArgs {
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
impl resources::CmdArgs for ComputerUsageListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 4] = [
            (self.source_id.is_some(), "--source-id", &[Op::ListComputerUsages]),
            (self.source_guid.is_some(), "--source-guid", &[Op::ListComputerUsages]),
            (self.target_id.is_some(), "--target-id", &[Op::ListComputerUsages]),
            (self.target_guid.is_some(), "--target-guid", &[Op::ListComputerUsages]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl ComputerUsageListArgs {
    /// Sets every filter and option of `listComputerUsages` given on the facade's list builder.
    pub fn apply_list_computer_usages(
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
pub struct MountPointsListArgs {
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
impl resources::CmdArgs for MountPointsListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 7] = [
            (self.id.is_some(), "--id", &[Op::ListMountPoints]),
            (self.name.is_some(), "--name", &[Op::ListMountPoints]),
            (self.status.is_some(), "--status", &[Op::ListMountPoints]),
            (self.type_.is_some(), "--type", &[Op::ListMountPoints]),
            (self.volume_label.is_some(), "--volume-label", &[Op::ListMountPoints]),
            (self.note.is_some(), "--note", &[Op::ListMountPoints]),
            (self.detail.detail, "--detail", &[Op::ListMountPoints]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl MountPointsListArgs {
    /// Sets every filter and option of `listMountPoints` given on the facade's list builder.
    pub fn apply_list_mount_points(
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
pub struct MountPointsGetArgs {
    /// The id of the resource.
    #[arg(
        value_name = "ID",
        value_parser = crate::commands::resources::PathId(Resource::MountPoints)
    )]
    pub id: String,
}
impl resources::CmdArgs for MountPointsGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `server-stats get`: `GET /rest/serverStats` (`getServerStats`).
#[derive(Debug, Clone, clap::Args)]
pub struct ServerStatsGetArgs {}
impl resources::CmdArgs for ServerStatsGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `archive-records list`: `GET /rest/archiveRecords` (`listArchiveRecords`).
#[derive(Debug, Clone, clap::Args)]
pub struct ArchiveRecordsListArgs {
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
impl resources::CmdArgs for ArchiveRecordsListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 7] = [
            (self.user_id.is_some(), "--user-id", &[Op::ListArchiveRecords]),
            (self.org_id.is_some(), "--org-id", &[Op::ListArchiveRecords]),
            (self.source_id.is_some(), "--source-id", &[Op::ListArchiveRecords]),
            (self.source_guid.is_some(), "--source-guid", &[Op::ListArchiveRecords]),
            (self.target_id.is_some(), "--target-id", &[Op::ListArchiveRecords]),
            (self.target_guid.is_some(), "--target-guid", &[Op::ListArchiveRecords]),
            (self.days_back.is_some(), "--days-back", &[Op::ListArchiveRecords]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl ArchiveRecordsListArgs {
    /// Sets every filter and option of `listArchiveRecords` given on the facade's list builder.
    pub fn apply_list_archive_records(
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
/// The arguments of `users current`: `GET /api/v1/User/my` (`getCurrentUserV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersCurrentArgs {}
impl resources::CmdArgs for UsersCurrentArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `login configuration`: `GET /api/v3/LoginConfiguration` (`getLoginConfigurationV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct LoginConfigurationArgs {
    /// The account's username.
    #[arg(long = "login", required = true)]
    pub login: Option<String>,
}
impl resources::CmdArgs for LoginConfigurationArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.login.is_some(), "--login", &[Op::GetLoginConfigurationV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `customer get`: `GET /api/v3/customer/my` (`getCustomerV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct CustomerGetArgs {}
impl resources::CmdArgs for CustomerGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `users block`: `POST /api/v3/users/{userUid}/block` (`blockUserV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersBlockArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
}
impl resources::CmdArgs for UsersBlockArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `users unblock`: `POST /api/v3/users/{userUid}/unblock` (`unblockUserV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersUnblockArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
}
impl resources::CmdArgs for UsersUnblockArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `users deactivate`: `POST /api/v3/users/{userUid}/deactivate` (`deactivateUserV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersDeactivateArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
    /// Block the user too.
    #[arg(long = "block")]
    pub block: Option<bool>,
}
impl resources::CmdArgs for UsersDeactivateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.block.is_some(), "--block", &[Op::DeactivateUserV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersDeactivateArgs {
    /// The JSON body of `deactivateUserV3` from the flags given (secrets excluded), by property name.
    pub fn body_deactivate_user_v3(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.block {
            crate::args::insert(&mut body, &["block"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `deactivateUserV3`: `(name, required, read from stdin)`.
    pub fn secrets_deactivate_user_v3(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `users reactivate`: `POST /api/v3/users/{userUid}/activate` (`activateUserV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersReactivateArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
    /// Unblock the user too.
    #[arg(long = "unblock")]
    pub unblock: Option<bool>,
}
impl resources::CmdArgs for UsersReactivateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.unblock.is_some(), "--unblock", &[Op::ActivateUserV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersReactivateArgs {
    /// The JSON body of `activateUserV3` from the flags given (secrets excluded), by property name.
    pub fn body_activate_user_v3(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.unblock {
            crate::args::insert(&mut body, &["unblock"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `activateUserV3`: `(name, required, read from stdin)`.
    pub fn secrets_activate_user_v3(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `users move`: `POST /api/v3/users/{userUid}/move` (`moveUserV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersMoveArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
    /// The numeric id of the org the user moves to.
    #[arg(long = "org-id", required = true)]
    pub org_id: Option<i64>,
}
impl resources::CmdArgs for UsersMoveArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.org_id.is_some(), "--org-id", &[Op::MoveUserV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersMoveArgs {
    /// The JSON body of `moveUserV3` from the flags given (secrets excluded), by property name.
    pub fn body_move_user_v3(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.org_id {
            crate::args::insert(&mut body, &["orgId"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `moveUserV3`: `(name, required, read from stdin)`.
    pub fn secrets_move_user_v3(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `users roles`: `GET /api/v3/users/{userUid}/roles` (`getUserRolesV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersRolesArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
}
impl resources::CmdArgs for UsersRolesArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `users set-roles`: `PUT /api/v3/users/{userUid}/roles` (`setUserRolesV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersSetRolesArgs {
    /// The user's uid (a string of digits).
    #[arg(value_name = "USER-UID", value_parser = crate::args::non_empty)]
    pub user_uid: String,
    /// The ids of every role the user is to have.
    #[arg(long = "role-ids", value_delimiter = ',', required = true)]
    pub role_ids: Option<Vec<String>>,
}
impl resources::CmdArgs for UsersSetRolesArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 1] = [
            (self.role_ids.is_some(), "--role-ids", &[Op::SetUserRolesV3]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl UsersSetRolesArgs {
    /// The JSON body of `setUserRolesV3` from the flags given (secrets excluded), by property name.
    pub fn body_set_user_roles_v3(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.role_ids {
            crate::args::insert(&mut body, &["roleIds"], serde_json::json!(value));
        }
        body
    }
    /// Every secret property of `setUserRolesV3`: `(name, required, read from stdin)`.
    pub fn secrets_set_user_roles_v3(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `users all-roles`: `GET /api/v1/role` (`listRolesV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct UsersAllRolesArgs {}
impl resources::CmdArgs for UsersAllRolesArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `devices list`: `GET /api/v1/Computer` (`listDevicesV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesListArgs {
    /// `true`: active devices only; `false`: deactivated devices only.
    #[arg(long = "active")]
    pub active: Option<bool>,
    /// `true`: blocked devices only; `false`: unblocked devices only.
    #[arg(long = "blocked")]
    pub blocked: Option<bool>,
    /// Only devices of users in the org with this uid.
    #[arg(long = "org-uid")]
    pub org_uid: Option<String>,
    /// Only devices of the user with this uid.
    #[arg(long = "user-uid")]
    pub user_uid: Option<String>,
    /// Only devices backing up to the destination with this GUID (compared with
    /// `backupUsage[].targetComputerGuid` by the server; nothing evaluates it locally).
    #[arg(long = "target-computer-guid")]
    pub target_computer_guid: Option<String>,
    /// Free text, searched across incomplete GUID, hostname and name (how the server
    /// matches it is not shown by the evidence).
    #[arg(long = "search")]
    pub search: Option<String>,
    /// `true`: each device carries its `backupUsage`, one entry per destination.
    #[arg(long = "inc-backup-usage")]
    pub inc_backup_usage: bool,
    /// `true`: the answer carries total, warning and critical counts (their shape is not shown by the evidence).
    #[arg(long = "inc-counts")]
    pub inc_counts: bool,
    /// `true`: each device carries its `settings` (their shape is not shown by the evidence).
    #[arg(long = "inc-settings")]
    pub inc_settings: bool,
    /// The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
    /// not shown by the evidence.
    #[arg(long = "srt-key")]
    pub srt_key: Option<String>,
    /// Sort direction, `asc` or `desc`.
    #[arg(long = "srt-dir")]
    pub srt_dir: Option<String>,
    #[command(flatten)]
    pub list: crate::cli::ListArgs,
}
impl resources::CmdArgs for DevicesListArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 11] = [
            (self.active.is_some(), "--active", &[Op::ListDevicesV1]),
            (self.blocked.is_some(), "--blocked", &[Op::ListDevicesV1]),
            (self.org_uid.is_some(), "--org-uid", &[Op::ListDevicesV1]),
            (self.user_uid.is_some(), "--user-uid", &[Op::ListDevicesV1]),
            (
                self.target_computer_guid.is_some(),
                "--target-computer-guid",
                &[Op::ListDevicesV1],
            ),
            (self.search.is_some(), "--search", &[Op::ListDevicesV1]),
            (self.inc_backup_usage, "--inc-backup-usage", &[Op::ListDevicesV1]),
            (self.inc_counts, "--inc-counts", &[Op::ListDevicesV1]),
            (self.inc_settings, "--inc-settings", &[Op::ListDevicesV1]),
            (self.srt_key.is_some(), "--srt-key", &[Op::ListDevicesV1]),
            (self.srt_dir.is_some(), "--srt-dir", &[Op::ListDevicesV1]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl DevicesListArgs {
    /// Sets every filter and option of `listDevicesV1` given on the facade's list builder.
    pub fn apply_list_devices_v1(
        &self,
        list: crashplan::resources::List<crashplan::resources::ListDevicesV1Filters>,
    ) -> crashplan::resources::List<crashplan::resources::ListDevicesV1Filters> {
        let mut list = list;
        if let Some(value) = &self.active {
            list = list.active(*value);
        }
        if let Some(value) = &self.blocked {
            list = list.blocked(*value);
        }
        if let Some(value) = &self.org_uid {
            list = list.org_uid(value.clone());
        }
        if let Some(value) = &self.user_uid {
            list = list.user_uid(value.clone());
        }
        if let Some(value) = &self.target_computer_guid {
            list = list.target_computer_guid(value.clone());
        }
        if let Some(value) = &self.search {
            list = list.q(value.clone());
        }
        if self.inc_backup_usage {
            list = list.inc_backup_usage(true);
        }
        if self.inc_counts {
            list = list.inc_counts(true);
        }
        if self.inc_settings {
            list = list.inc_settings(true);
        }
        if let Some(value) = &self.srt_key {
            list = list.srt_key(value.clone());
        }
        if let Some(value) = &self.srt_dir {
            list = list.srt_dir(value.clone());
        }
        list
    }
}
/// The arguments of `devices get`: `GET /api/v1/Computer/{computerId}` (`getDeviceV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesGetArgs {
    /// The device's numeric id, or its GUID with `idType=guid`.
    #[arg(value_name = "COMPUTER-ID", value_parser = crate::args::non_empty)]
    pub computer_id: String,
    /// `true`: each device carries its `backupUsage`, one entry per destination.
    #[arg(long = "inc-backup-usage")]
    pub inc_backup_usage: bool,
    /// `true`: each device carries its `settings` (their shape is not shown by the evidence).
    #[arg(long = "inc-settings")]
    pub inc_settings: bool,
}
impl resources::CmdArgs for DevicesGetArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 2] = [
            (self.inc_backup_usage, "--inc-backup-usage", &[Op::GetDeviceV1]),
            (self.inc_settings, "--inc-settings", &[Op::GetDeviceV1]),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `devices rename`: `PUT /api/v1/Computer/{computerId}` (`updateDeviceV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesRenameArgs {
    /// The device's numeric id, or its GUID with `idType=guid`.
    #[arg(value_name = "COMPUTER-ID", value_parser = crate::args::non_empty)]
    pub computer_id: String,
    /// The new name.
    #[arg(long = "name", value_parser = crate::args::non_empty)]
    pub name: Option<String>,
    /// New notes.
    #[arg(long = "notes", value_parser = crate::args::non_empty)]
    pub notes: Option<String>,
    /// New external reference.
    #[arg(long = "computer-ext-ref", value_parser = crate::args::non_empty)]
    pub computer_ext_ref: Option<String>,
}
impl resources::CmdArgs for DevicesRenameArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 3] = [
            (self.name.is_some(), "--name", &[Op::UpdateDeviceV1]),
            (self.notes.is_some(), "--notes", &[Op::UpdateDeviceV1]),
            (
                self.computer_ext_ref.is_some(),
                "--computer-ext-ref",
                &[Op::UpdateDeviceV1],
            ),
        ];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl DevicesRenameArgs {
    /// The JSON body of `updateDeviceV1` from the flags given (secrets excluded), by property name.
    pub fn body_update_device_v1(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(value) = &self.name {
            crate::args::insert(&mut body, &["name"], serde_json::json!(value));
        }
        if let Some(value) = &self.notes {
            crate::args::insert(&mut body, &["notes"], serde_json::json!(value));
        }
        if let Some(value) = &self.computer_ext_ref {
            crate::args::insert(
                &mut body,
                &["computerExtRef"],
                serde_json::json!(value),
            );
        }
        body
    }
    /// Every secret property of `updateDeviceV1`: `(name, required, read from stdin)`.
    pub fn secrets_update_device_v1(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `devices block`: `PUT /api/v1/ComputerBlock/{computerId}` (`blockDeviceV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesBlockArgs {
    /// The device's numeric id.
    #[arg(
        value_name = "COMPUTER-ID",
        value_parser = crate::commands::resources::PathId(Resource::Devices)
    )]
    pub computer_id: String,
}
impl resources::CmdArgs for DevicesBlockArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `devices unblock`: `DELETE /api/v1/ComputerBlock/{computerId}` (`unblockDeviceV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesUnblockArgs {
    /// The device's numeric id.
    #[arg(
        value_name = "COMPUTER-ID",
        value_parser = crate::commands::resources::PathId(Resource::Devices)
    )]
    pub computer_id: String,
}
impl resources::CmdArgs for DevicesUnblockArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `devices deactivate`: `POST /api/v38/computer-deactivation/update` (`deactivateDeviceV38`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesDeactivateArgs {
    /// The device's numeric id (`computerId`).
    #[arg(
        value_name = "COMPUTER-ID",
        value_parser = crate::commands::resources::PathId(Resource::Devices)
    )]
    pub computer_id: String,
}
impl resources::CmdArgs for DevicesDeactivateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl DevicesDeactivateArgs {
    /// The JSON body of `deactivateDeviceV38` from the flags given (secrets excluded), by property name.
    pub fn body_deactivate_device_v38(
        &self,
    ) -> serde_json::Map<String, serde_json::Value> {
        serde_json::Map::new()
    }
    /// Every secret property of `deactivateDeviceV38`: `(name, required, read from stdin)`.
    pub fn secrets_deactivate_device_v38(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `devices reactivate`: `POST /api/v38/computer-deactivation/remove` (`reactivateDeviceV38`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesReactivateArgs {
    /// The device's numeric id (`computerId`).
    #[arg(
        value_name = "COMPUTER-ID",
        value_parser = crate::commands::resources::PathId(Resource::Devices)
    )]
    pub computer_id: String,
}
impl resources::CmdArgs for DevicesReactivateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
impl DevicesReactivateArgs {
    /// The JSON body of `reactivateDeviceV38` from the flags given (secrets excluded), by property name.
    pub fn body_reactivate_device_v38(
        &self,
    ) -> serde_json::Map<String, serde_json::Value> {
        serde_json::Map::new()
    }
    /// Every secret property of `reactivateDeviceV38`: `(name, required, read from stdin)`.
    pub fn secrets_reactivate_device_v38(&self) -> Vec<(&'static str, bool, bool)> {
        vec![]
    }
}
/// The arguments of `devices deauthorize`: `PUT /api/v1/ComputerDeauthorization/{computerId}` (`deauthorizeDeviceV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct DevicesDeauthorizeArgs {
    /// The device's numeric id.
    #[arg(
        value_name = "COMPUTER-ID",
        value_parser = crate::commands::resources::PathId(Resource::Devices)
    )]
    pub computer_id: String,
}
impl resources::CmdArgs for DevicesDeauthorizeArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `orgs current`: `GET /api/v1/Org/my` (`getCurrentOrgV1`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsCurrentArgs {}
impl resources::CmdArgs for OrgsCurrentArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `orgs block`: `POST /api/v3/orgs/{orgGuid}/block` (`blockOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsBlockArgs {
    /// The org's GUID (`listOrgsV1` gives every org's GUID).
    #[arg(value_name = "ORG-GUID", value_parser = crate::args::non_empty)]
    pub org_guid: String,
}
impl resources::CmdArgs for OrgsBlockArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `orgs unblock`: `POST /api/v3/orgs/{orgGuid}/unblock` (`unblockOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsUnblockArgs {
    /// The org's GUID (`listOrgsV1` gives every org's GUID).
    #[arg(value_name = "ORG-GUID", value_parser = crate::args::non_empty)]
    pub org_guid: String,
}
impl resources::CmdArgs for OrgsUnblockArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `orgs deactivate`: `POST /api/v3/orgs/{orgGuid}/deactivate` (`deactivateOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsDeactivateArgs {
    /// The org's GUID (`listOrgsV1` gives every org's GUID).
    #[arg(value_name = "ORG-GUID", value_parser = crate::args::non_empty)]
    pub org_guid: String,
}
impl resources::CmdArgs for OrgsDeactivateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
/// The arguments of `orgs reactivate`: `POST /api/v3/orgs/{orgGuid}/activate` (`activateOrgV3`).
#[derive(Debug, Clone, clap::Args)]
pub struct OrgsReactivateArgs {
    /// The org's GUID (`listOrgsV1` gives every org's GUID).
    #[arg(value_name = "ORG-GUID", value_parser = crate::args::non_empty)]
    pub org_guid: String,
}
impl resources::CmdArgs for OrgsReactivateArgs {
    fn foreign(&self, op: Option<Op>) -> Option<&'static str> {
        let given: [(bool, &'static str, &[Op]); 0] = [];
        given
            .into_iter()
            .find(|(set, _, ops)| *set && !op.is_some_and(|op| ops.contains(&op)))
            .map(|(_, flag, _)| flag)
    }
}
