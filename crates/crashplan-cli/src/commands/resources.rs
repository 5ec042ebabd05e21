//! The resource commands: `orgs`, `users`, `computers`, `usages`, `computer-usage`,
//! `mount-points`, `archive-records`.

use crashplan::DetailsExt;
use crashplan::types::{OrgCreate, OrgUpdate, UserCreate, UserUpdate};

use super::{Ctx, filtered, paged, print_one, print_stream, status};
use crate::cli::{
    ArchiveRecordsCommand, ComputerUsageCommand, ComputersCommand, DetailArgs, MountPointsCommand,
    OrgsCommand, UsagesCommand, UsersCommand,
};
use crate::columns;
use crate::connect::read_password_line;
use crate::error::CliError;
use crate::output::Column;

/// Parallel detail requests for `--detail`.
const DETAIL_CONCURRENCY: usize = 8;

pub const ORGS: &[Column] = columns![
    ("ID", "id"),
    ("Name", "name"),
    ("Status", "status"),
    ("Parent", "parentId"),
    ("Registration key", "registrationKey"),
];
pub const ORG_DETAILS: &[Column] = columns![
    ("ID", "id"),
    ("Name", "name"),
    ("Status", "status"),
    ("Parent", "parentId"),
    ("Archive bytes", "archiveBytes"),
    ("Selected bytes", "selectedBytes"),
    ("Seats", "quota.seats"),
    ("Quota GB", "quota.bytes"),
];
pub const USERS: &[Column] = columns![
    ("ID", "id"),
    ("Email", "email"),
    ("First name", "firstName"),
    ("Last name", "lastName"),
    ("Org", "orgId"),
    ("Status", "status"),
];
pub const USER_DETAILS: &[Column] = columns![
    ("ID", "id"),
    ("Email", "email"),
    ("First name", "firstName"),
    ("Last name", "lastName"),
    ("Org", "orgId"),
    ("Status", "status"),
    ("Archive bytes", "archiveBytes"),
    ("Quota GB", "quota.bytes"),
];
const COMPUTERS: &[Column] = columns![
    ("ID", "id"),
    ("Name", "name"),
    ("GUID", "guid"),
    ("Status", "status"),
    ("User", "userId"),
    ("Alerts", "alertStates"),
];
const COMPUTER_DETAILS: &[Column] = columns![
    ("ID", "id"),
    ("Name", "name"),
    ("GUID", "guid"),
    ("Status", "status"),
    ("User", "userId"),
    ("OS", "osName"),
    ("Version", "version"),
    ("Complete %", "serverBackupStats.percentComplete"),
    ("Stored bytes", "serverBackupStats.archiveBytes"),
    ("Connected", "serverBackupStats.connected"),
];
const USAGES: &[Column] = columns![
    ("Source", "sourceId"),
    ("Source GUID", "sourceGuid"),
    ("Status", "sourceStatus"),
    ("User", "sourceUserId"),
    ("Org", "sourceOrgId"),
    ("Target", "targetId"),
    ("Archive bytes", "archiveBytes"),
    ("To do bytes", "todoBytes"),
    ("Last activity", "lastActivity"),
    ("Alerts", "alertStates"),
];
const COMPUTER_USAGES: &[Column] = columns![
    ("Source", "sourceId"),
    ("Source GUID", "sourceGuid"),
    ("Target", "targetId"),
    ("Target GUID", "targetGuid"),
    ("Selected bytes", "selectedBytes"),
    ("To do bytes", "todoBytes"),
    ("Archive bytes", "archiveBytes"),
    ("Last activity", "lastActivity"),
    ("Using", "isUsing"),
];
const MOUNT_POINTS: &[Column] = columns![
    ("ID", "id"),
    ("Name", "name"),
    ("Status", "status"),
    ("Type", "type"),
    ("Volume", "volumeLabel"),
    ("Note", "note"),
];
const MOUNT_POINT_DETAILS: &[Column] = columns![
    ("ID", "id"),
    ("Name", "name"),
    ("Status", "status"),
    ("Type", "type"),
    ("Total bytes", "bytesTotal"),
    ("Free bytes", "bytesFree"),
    ("Free %", "percentFree"),
];
const ARCHIVE_RECORDS: &[Column] = columns![
    ("Date", "creationDate"),
    ("User", "userId"),
    ("Org", "orgId"),
    ("Source", "sourceId"),
    ("Target", "targetId"),
    ("Selected bytes", "selectedBytes"),
    ("Archive bytes", "archiveBytes"),
    ("Daily change", "dailyChange"),
];

/// Prints list items, or with `--detail` their detail views.
async fn list_or_details<T>(
    ctx: &Ctx<'_>,
    items: crashplan::Items<T>,
    detail: &DetailArgs,
    columns: &[Column],
    detail_columns: &[Column],
) -> Result<(), CliError>
where
    T: crashplan::HasDetail + serde::Serialize,
    T::Detail: serde::Serialize,
{
    if detail.detail {
        let details = items.details(&ctx.client, DETAIL_CONCURRENCY);
        print_stream(ctx, details, detail_columns).await
    } else {
        print_stream(ctx, items, columns).await
    }
}

pub async fn orgs(ctx: &Ctx<'_>, command: OrgsCommand) -> Result<(), CliError> {
    let orgs = ctx.client.orgs();
    match command {
        OrgsCommand::List {
            name,
            status: wanted,
            parent_id,
            detail,
            list,
        } => {
            let builder = filtered!(
                orgs.list(),
                name = name,
                status = wanted.map(status),
                parent_id = parent_id
            );
            let items = paged!(builder, &list).items();
            list_or_details(ctx, items, &detail, ORGS, ORG_DETAILS).await
        }
        OrgsCommand::Get { id } => print_one(ctx, &orgs.get(id).await?),
        OrgsCommand::Create { name, parent_id } => {
            let body = OrgCreate {
                name,
                parent_id,
                registration_key: None,
            };
            print_one(ctx, &orgs.create(body).await?)
        }
        OrgsCommand::Update {
            id,
            name,
            status: wanted,
            parent_id,
        } => {
            let body = OrgUpdate {
                name,
                status: wanted.map(|s| s.as_str().to_owned()),
                parent_id,
                quota: None,
            };
            print_one(ctx, &orgs.update(id, body).await?)
        }
        OrgsCommand::Deactivate { id } => print_one(ctx, &orgs.deactivate(id).await?),
    }
}

pub async fn users(ctx: &Ctx<'_>, command: UsersCommand) -> Result<(), CliError> {
    let users = ctx.client.users();
    match command {
        UsersCommand::List {
            id,
            status: wanted,
            email,
            first_name,
            last_name,
            org_id,
            detail,
            list,
        } => {
            let builder = filtered!(
                users.list(),
                id = id,
                status = wanted.map(status),
                email = email,
                first_name = first_name,
                last_name = last_name,
                org_id = org_id,
            );
            let items = paged!(builder, &list).items();
            list_or_details(ctx, items, &detail, USERS, USER_DETAILS).await
        }
        UsersCommand::Get { id } => print_one(ctx, &users.get(id).await?),
        UsersCommand::Create {
            org_id,
            first_name,
            last_name,
            login,
            email,
            new_password_stdin,
        } => {
            let password = if new_password_stdin {
                read_password_line()?
            } else if ctx.ui.interactive() {
                rpassword::prompt_password("Password of the new user: ")
                    .map(crashplan::SecretString::from)
                    .map_err(|err| CliError::Io(format!("cannot read the password: {err}")))?
            } else {
                return Err(CliError::Usage(
                    "the new user needs a password: pass --new-password-stdin and write it to standard input"
                        .into(),
                ));
            };
            let body = UserCreate {
                org_id,
                first_name,
                last_name,
                username: login,
                email,
                password: crashplan::api::Secret::from(password),
            };
            print_one(ctx, &users.create(body).await?)
        }
        UsersCommand::Update {
            id,
            status: wanted,
            email,
            first_name,
            last_name,
            org_id,
        } => {
            let body = UserUpdate {
                status: wanted.map(|s| s.as_str().to_owned()),
                email,
                first_name,
                last_name,
                org_id,
                ..UserUpdate::default()
            };
            print_one(ctx, &users.update(id, body).await?)
        }
        UsersCommand::Deactivate { id } => print_one(ctx, &users.deactivate(id).await?),
        UsersCommand::Reactivate { id } => print_one(ctx, &users.reactivate(id).await?),
        UsersCommand::Find { .. } => Ok(()),
    }
}

pub async fn computers(ctx: &Ctx<'_>, command: ComputersCommand) -> Result<(), CliError> {
    let computers = ctx.client.computers();
    match command {
        ComputersCommand::List {
            id,
            status: wanted,
            name,
            guid,
            user_id,
            detail,
            list,
        } => {
            let builder = filtered!(
                computers.list(),
                id = id,
                status = wanted.map(status),
                name = name,
                guid = guid,
                user_id = user_id,
            );
            let items = paged!(builder, &list).items();
            list_or_details(ctx, items, &detail, COMPUTERS, COMPUTER_DETAILS).await
        }
        ComputersCommand::Get { id } => print_one(ctx, &computers.get(id).await?),
    }
}

pub async fn usages(ctx: &Ctx<'_>, command: UsagesCommand) -> Result<(), CliError> {
    let UsagesCommand::List {
        org_id,
        user_id,
        list,
    } = command;
    let builder = filtered!(
        ctx.client.usages().list(),
        org_id = org_id,
        user_id = user_id
    );
    print_stream(ctx, paged!(builder, &list).items(), USAGES).await
}

pub async fn computer_usage(ctx: &Ctx<'_>, command: ComputerUsageCommand) -> Result<(), CliError> {
    let ComputerUsageCommand::List {
        source_id,
        source_guid,
        target_id,
        target_guid,
        list,
    } = command;
    let builder = filtered!(
        ctx.client.computer_usage().list(),
        source_id = source_id,
        source_guid = source_guid,
        target_id = target_id,
        target_guid = target_guid,
    );
    print_stream(ctx, paged!(builder, &list).items(), COMPUTER_USAGES).await
}

pub async fn mount_points(ctx: &Ctx<'_>, command: MountPointsCommand) -> Result<(), CliError> {
    let mount_points = ctx.client.mount_points();
    match command {
        MountPointsCommand::List {
            id,
            name,
            status: wanted,
            kind,
            volume_label,
            note,
            detail,
            list,
        } => {
            let builder = filtered!(
                mount_points.list(),
                id = id,
                name = name,
                status = wanted,
                type_ = kind,
                volume_label = volume_label,
                note = note,
            );
            let items = paged!(builder, &list).items();
            list_or_details(ctx, items, &detail, MOUNT_POINTS, MOUNT_POINT_DETAILS).await
        }
        MountPointsCommand::Get { id } => print_one(ctx, &mount_points.get(id).await?),
    }
}

pub async fn archive_records(
    ctx: &Ctx<'_>,
    command: ArchiveRecordsCommand,
) -> Result<(), CliError> {
    let ArchiveRecordsCommand::List {
        user_id,
        org_id,
        source_id,
        source_guid,
        target_id,
        target_guid,
        days_back,
        list,
    } = command;
    let builder = filtered!(
        ctx.client.archive_records().list(),
        user_id = user_id,
        org_id = org_id,
        source_id = source_id,
        source_guid = source_guid,
        target_id = target_id,
        target_guid = target_guid,
        days_back = days_back,
    );
    print_stream(ctx, paged!(builder, &list).items(), ARCHIVE_RECORDS).await
}
