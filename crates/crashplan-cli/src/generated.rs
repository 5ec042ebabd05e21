// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! Command-line flags from the spec: the filters of every list operation and the
//! writable fields of every request body.
/// The filters of `GET /rest/orgs` (`listOrgs`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListOrgsFilters {
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
}
impl ListOrgsFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::OrgList,
    ) -> crashplan::resources::OrgList {
        let mut builder = builder;
        if let Some(value) = self.name {
            builder = builder.name(value);
        }
        if let Some(value) = self.status {
            builder = builder.status(value);
        }
        if let Some(value) = self.parent_id {
            builder = builder.parent_id(value);
        }
        builder
    }
}
/// The filters of `GET /rest/users` (`listUsers`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListUsersFilters {
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
}
impl ListUsersFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::UserList,
    ) -> crashplan::resources::UserList {
        let mut builder = builder;
        if let Some(value) = self.id {
            builder = builder.id(value);
        }
        if let Some(value) = self.status {
            builder = builder.status(value);
        }
        if let Some(value) = self.email {
            builder = builder.email(value);
        }
        if let Some(value) = self.first_name {
            builder = builder.first_name(value);
        }
        if let Some(value) = self.last_name {
            builder = builder.last_name(value);
        }
        if let Some(value) = self.org_id {
            builder = builder.org_id(value);
        }
        builder
    }
}
/// The filters of `GET /rest/computers` (`listComputers`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListComputersFilters {
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
}
impl ListComputersFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::ComputerList,
    ) -> crashplan::resources::ComputerList {
        let mut builder = builder;
        if let Some(value) = self.id {
            builder = builder.id(value);
        }
        if let Some(value) = self.status {
            builder = builder.status(value);
        }
        if let Some(value) = self.name {
            builder = builder.name(value);
        }
        if let Some(value) = self.guid {
            builder = builder.guid(value);
        }
        if let Some(value) = self.user_id {
            builder = builder.user_id(value);
        }
        builder
    }
}
/// The filters of `GET /rest/usages` (`listUsages`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListUsagesFilters {
    /// Only usages of computers whose user belongs to the org with this id.
    #[arg(long = "org-id")]
    pub org_id: Option<i64>,
    /// Only usages of computers that belong to the user with this id.
    #[arg(long = "user-id")]
    pub user_id: Option<i64>,
}
impl ListUsagesFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::UsageList,
    ) -> crashplan::resources::UsageList {
        let mut builder = builder;
        if let Some(value) = self.org_id {
            builder = builder.org_id(value);
        }
        if let Some(value) = self.user_id {
            builder = builder.user_id(value);
        }
        builder
    }
}
/// The filters of `GET /rest/computerUsage` (`listComputerUsages`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListComputerUsagesFilters {
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
}
impl ListComputerUsagesFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::ComputerUsageList,
    ) -> crashplan::resources::ComputerUsageList {
        let mut builder = builder;
        if let Some(value) = self.source_id {
            builder = builder.source_id(value);
        }
        if let Some(value) = self.source_guid {
            builder = builder.source_guid(value);
        }
        if let Some(value) = self.target_id {
            builder = builder.target_id(value);
        }
        if let Some(value) = self.target_guid {
            builder = builder.target_guid(value);
        }
        builder
    }
}
/// The filters of `GET /rest/mountPoints` (`listMountPoints`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListMountPointsFilters {
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
}
impl ListMountPointsFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::MountPointList,
    ) -> crashplan::resources::MountPointList {
        let mut builder = builder;
        if let Some(value) = self.id {
            builder = builder.id(value);
        }
        if let Some(value) = self.name {
            builder = builder.name(value);
        }
        if let Some(value) = self.status {
            builder = builder.status(value);
        }
        if let Some(value) = self.type_ {
            builder = builder.type_(value);
        }
        if let Some(value) = self.volume_label {
            builder = builder.volume_label(value);
        }
        if let Some(value) = self.note {
            builder = builder.note(value);
        }
        builder
    }
}
/// The filters of `GET /rest/archiveRecords` (`listArchiveRecords`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListArchiveRecordsFilters {
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
}
impl ListArchiveRecordsFilters {
    /// Sets every filter given on the facade's list builder.
    pub fn apply(
        self,
        builder: crashplan::resources::ArchiveRecordList,
    ) -> crashplan::resources::ArchiveRecordList {
        let mut builder = builder;
        if let Some(value) = self.user_id {
            builder = builder.user_id(value);
        }
        if let Some(value) = self.org_id {
            builder = builder.org_id(value);
        }
        if let Some(value) = self.source_id {
            builder = builder.source_id(value);
        }
        if let Some(value) = self.source_guid {
            builder = builder.source_guid(value);
        }
        if let Some(value) = self.target_id {
            builder = builder.target_id(value);
        }
        if let Some(value) = self.target_guid {
            builder = builder.target_guid(value);
        }
        if let Some(value) = self.days_back {
            builder = builder.days_back(value);
        }
        builder
    }
}
/// The writable fields of `OrgCreate`: Values of a new org.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OrgCreateArgs {
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
impl OrgCreateArgs {
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
}
/// The writable fields of `OrgUpdate`: Changes to an org; properties left out are not changed.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OrgUpdateArgs {
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
impl OrgUpdateArgs {
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
}
/// The writable fields of `UserCreate`: Values of a new user. At least one of `username` and `email` is required; the server
/// answers 400 naming the missing field otherwise.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct UserCreateArgs {
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
impl UserCreateArgs {
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
pub struct UserUpdateArgs {
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
impl UserUpdateArgs {
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
