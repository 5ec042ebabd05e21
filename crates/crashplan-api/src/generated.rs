// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The JSON body of an error response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ApiError {
        ///What went wrong, in words.
        pub message: ::std::string::String,
        ///The HTTP status code of the response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i32>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ApiError {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    /**Daily historical record of archive statistics. Records for users and orgs summarise all
the computers of that user or org: exactly one of (`sourceId`, `targetId`), `userId` and
`orgId` is set.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ArchiveRecord {
        ///Bytes used by the archive.
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        ///Bytes in the archive 30 days ago.
        #[serde(
            rename = "archiveBytesDeltaMonth",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes_delta_month: ::std::option::Option<i64>,
        ///When the record was made (the day it describes).
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///A rolling 30-day average of bytes added to or removed from the archive.
        #[serde(
            rename = "dailyChange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub daily_change: ::std::option::Option<i64>,
        ///The last backup activity, or null if there has been none.
        #[serde(rename = "lastActivity")]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The last time a computer connected to the target, or null if none did.
        #[serde(rename = "lastConnected")]
        pub last_connected: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The id of the org this record represents; null if sourceId, targetId or userId is not null.
        #[serde(rename = "orgId")]
        pub org_id: ::std::option::Option<i64>,
        ///Byte count of all files selected for backup.
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///Count of all files selected for backup.
        #[serde(
            rename = "selectedFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_files: ::std::option::Option<i64>,
        ///The id of the source computer; null if userId or orgId is not null.
        #[serde(rename = "sourceId")]
        pub source_id: ::std::option::Option<i64>,
        ///The id of the target computer; null if userId or orgId is not null.
        #[serde(rename = "targetId")]
        pub target_id: ::std::option::Option<i64>,
        ///Byte count of all files waiting to be backed up.
        #[serde(
            rename = "todoBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_bytes: ::std::option::Option<i64>,
        ///Count of all files waiting to be backed up.
        #[serde(
            rename = "todoFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_files: ::std::option::Option<i64>,
        ///The id of the user this record represents; null if sourceId, targetId or orgId is not null.
        #[serde(rename = "userId")]
        pub user_id: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ArchiveRecord {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ArchiveRecord {
            Default::default()
        }
    }
    ///A list of archive records.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ArchiveRecordList {
        ///The archive records of this page.
        #[serde(rename = "archiveRecords")]
        pub archive_records: ::std::vec::Vec<ArchiveRecord>,
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ArchiveRecordList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ArchiveRecordList {
            Default::default()
        }
    }
    ///The token, wrapped in `data`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AuthTokenData {
        ///A `v3_user_token`. Redacted in `Debug` output.
        pub v3_user_token: crate::Secret,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AuthTokenData {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::AuthTokenData {
            Default::default()
        }
    }
    ///Answer of the token login.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct AuthTokenResponse {
        ///The token, wrapped in `data`.
        pub data: AuthTokenData,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AuthTokenResponse {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::AuthTokenResponse {
            Default::default()
        }
    }
    /**A computer that has connected to the CrashPlan PRO server and (perhaps) backed up data
(list view). Every computer belongs to exactly one user.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Computer {
        /**`OK` if the computer has backed up within the defined days, `WARN` if it has exceeded
the warning threshold, `ALERT` if it has exceeded the alert threshold.
*/
        #[serde(rename = "alertStates")]
        pub alert_states: ::std::vec::Vec<::std::string::String>,
        ///When the computer first connected.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///The GUID (globally unique identifier) of this computer.
        pub guid: i64,
        ///Identifier unique to this computer.
        pub id: i64,
        ///When the computer was last modified.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///The id of the mount point where the computer's archive resides.
        #[serde(rename = "mountPointId")]
        pub mount_point_id: ::std::option::Option<i64>,
        ///The name of this computer.
        pub name: ::std::string::String,
        /**`Active` if the computer is currently active, `Deactivated` if the computer has been
deactivated.
*/
        pub status: Status,
        ///The id of the user to which this computer belongs.
        #[serde(rename = "userId")]
        pub user_id: i64,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Computer {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::Computer {
            Default::default()
        }
    }
    /**A computer in detail view: the list view plus its platform and backup statistics to
the PRO Server.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ComputerDetail {
        /**`OK` if the computer has backed up within the defined days, `WARN` if it has exceeded
the warning threshold, `ALERT` if it has exceeded the alert threshold.
*/
        #[serde(rename = "alertStates")]
        pub alert_states: ::std::vec::Vec<::std::string::String>,
        ///When the computer first connected.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///The GUID (globally unique identifier) of this computer.
        pub guid: i64,
        ///Identifier unique to this computer.
        pub id: i64,
        ///The Java virtual machine version in use on this computer.
        #[serde(
            rename = "javaVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub java_version: ::std::option::Option<::std::string::String>,
        ///When the computer was last modified.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///The id of the mount point where the computer's archive resides.
        #[serde(rename = "mountPointId")]
        pub mount_point_id: ::std::option::Option<i64>,
        ///The name of this computer.
        pub name: ::std::string::String,
        ///The underlying architecture of this computer.
        #[serde(
            rename = "osArch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_arch: ::std::option::Option<::std::string::String>,
        ///Name of the operating system in use on this computer.
        #[serde(
            rename = "osName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_name: ::std::option::Option<::std::string::String>,
        ///Version of the operating system in use on this computer.
        #[serde(
            rename = "osVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_version: ::std::option::Option<::std::string::String>,
        ///The IP address used by this computer to communicate with the PRO Server.
        #[serde(
            rename = "remoteAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remote_address: ::std::option::Option<::std::string::String>,
        ///Backup statistics of a computer to the PRO Server, as in the admin console.
        #[serde(
            rename = "serverBackupStats",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_backup_stats: ::std::option::Option<ServerBackupStats>,
        /**`Active` if the computer is currently active, `Deactivated` if the computer has been
deactivated.
*/
        pub status: Status,
        ///The time zone configured on this computer.
        #[serde(
            rename = "timeZone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_zone: ::std::option::Option<::std::string::String>,
        ///The id of the user to which this computer belongs.
        #[serde(rename = "userId")]
        pub user_id: i64,
        ///The version of CrashPlan software used on this computer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ComputerDetail {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ComputerDetail {
            Default::default()
        }
    }
    ///A list of computers.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ComputerList {
        ///The computers of this page (list view), ordered by id.
        pub computers: ::std::vec::Vec<Computer>,
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ComputerList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ComputerList {
            Default::default()
        }
    }
    ///A record of computer usage between a source and a target computer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ComputerUsage {
        ///The source computer's archive size at the destination, in bytes.
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        ///When the record was created.
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///Whether the target is a backup destination of the source.
        #[serde(
            rename = "isUsing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_using: ::std::option::Option<bool>,
        /**The last backup activity between the source and target, or null if there has been
none.
*/
        #[serde(rename = "lastActivity")]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        /**The last time the source connected to the target, or null if it never connected.
*/
        #[serde(rename = "lastConnected")]
        pub last_connected: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the record was last modified.
        #[serde(
            rename = "modificationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///Byte count of all files selected for backup.
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///Count of all files selected for backup.
        #[serde(
            rename = "selectedFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_files: ::std::option::Option<i64>,
        ///The GUID of the source computer.
        #[serde(rename = "sourceGuid")]
        pub source_guid: i64,
        ///The id of the source computer.
        #[serde(rename = "sourceId")]
        pub source_id: i64,
        ///The GUID of the target computer.
        #[serde(rename = "targetGuid")]
        pub target_guid: i64,
        ///The id of the target computer.
        #[serde(rename = "targetId")]
        pub target_id: i64,
        ///Byte count of all files waiting to be backed up.
        #[serde(
            rename = "todoBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_bytes: ::std::option::Option<i64>,
        ///Count of all files waiting to be backed up.
        #[serde(
            rename = "todoFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_files: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ComputerUsage {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ComputerUsage {
            Default::default()
        }
    }
    ///A list of computer usage records.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ComputerUsageList {
        ///The computer usage records of this page.
        #[serde(rename = "computerUsages")]
        pub computer_usages: ::std::vec::Vec<ComputerUsage>,
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ComputerUsageList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ComputerUsageList {
            Default::default()
        }
    }
    ///Metadata of a list response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ListMetadata {
        /**Number of items in this response. Informational only: do not use it to drive
paging.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        /**The query parameters of the request, echoed back. Values may be strings or numbers.
*/
        pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///When the response was produced.
        pub timestamp: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListMetadata {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ListMetadata {
            Default::default()
        }
    }
    ///A location where CrashPlan PRO can store backups or other information (list view).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct MountPoint {
        /**Write speed of this mount point; only available if a write speed test has been
executed on it.
*/
        #[serde(rename = "bytesPerSecond")]
        pub bytes_per_second: ::std::option::Option<i64>,
        ///When the mount point was created.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Identifier unique to this mount point.
        pub id: i64,
        ///When the mount point was last modified.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Current name of this mount point.
        pub name: ::std::string::String,
        ///Text entered in the note field.
        pub note: ::std::option::Option<::std::string::String>,
        ///`ENABLED` if the mount point is enabled, `DISABLED` otherwise.
        pub status: MountPointStatus,
        ///`DIR` (except for VMware instances).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///Name of the mount point's directory on the file system.
        #[serde(rename = "volumeLabel")]
        pub volume_label: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MountPoint {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::MountPoint {
            Default::default()
        }
    }
    ///A mount point in detail view, the list view plus its capacity.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct MountPointDetail {
        ///Count of available bytes on this mount point.
        #[serde(
            rename = "bytesFree",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bytes_free: ::std::option::Option<i64>,
        /**Write speed of this mount point; only available if a write speed test has been
executed on it.
*/
        #[serde(rename = "bytesPerSecond")]
        pub bytes_per_second: ::std::option::Option<i64>,
        ///Total bytes available on this mount point.
        #[serde(
            rename = "bytesTotal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bytes_total: ::std::option::Option<i64>,
        ///Count of in-use bytes on this mount point.
        #[serde(
            rename = "bytesUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bytes_used: ::std::option::Option<i64>,
        ///When the mount point was created.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Identifier unique to this mount point.
        pub id: i64,
        ///When the mount point was last modified.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Current name of this mount point.
        pub name: ::std::string::String,
        ///Text entered in the note field.
        pub note: ::std::option::Option<::std::string::String>,
        ///Percentage of this mount point which is still available.
        #[serde(
            rename = "percentFree",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub percent_free: ::std::option::Option<f64>,
        ///`ENABLED` if the mount point is enabled, `DISABLED` otherwise.
        pub status: MountPointStatus,
        ///`DIR` (except for VMware instances).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///Name of the mount point's directory on the file system.
        #[serde(rename = "volumeLabel")]
        pub volume_label: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MountPointDetail {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::MountPointDetail {
            Default::default()
        }
    }
    ///A list of mount points.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct MountPointList {
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///The mount points of this page (list view), ordered by id.
        #[serde(rename = "mountPoints")]
        pub mount_points: ::std::vec::Vec<MountPoint>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MountPointList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::MountPointList {
            Default::default()
        }
    }
    /**An org represents a collection of users (list view). Every user belongs to exactly one
org. Orgs may also contain suborgs.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Org {
        ///When the org was created.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Identifier unique to this org.
        pub id: i64,
        /**If not null, this org is a slave org and the value is the GUID of the corresponding
master.
*/
        #[serde(rename = "masterGuid")]
        pub master_guid: ::std::option::Option<i64>,
        ///When the org was last modified.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Current name of the org.
        pub name: ::std::string::String,
        ///The id of the parent org, or null if this org has no parent.
        #[serde(rename = "parentId")]
        pub parent_id: ::std::option::Option<i64>,
        ///The registration key for this org.
        #[serde(rename = "registrationKey")]
        pub registration_key: ::std::option::Option<::std::string::String>,
        /**`Active` if the org is currently active, `Deactivated` if the org has been
deactivated.
*/
        pub status: Status,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Org {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::Org {
            Default::default()
        }
    }
    ///Values of a new org.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OrgCreate {
        ///Name of the new org.
        pub name: ::std::string::String,
        ///The id of the parent org.
        #[serde(rename = "parentId")]
        pub parent_id: i64,
        ///Registration key; the server generates one when absent.
        #[serde(
            rename = "registrationKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_key: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrgCreate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::OrgCreate {
            Default::default()
        }
    }
    /**An org in detail view: the list view plus statistics aggregated for all computers within
the org, from the last successful run of the nightly ArchiveRecord report.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OrgDetail {
        ///Number of bytes stored in all archives within the org.
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        ///Change in the number of bytes stored in all archives within the org.
        #[serde(
            rename = "archiveBytesDelta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes_delta: ::std::option::Option<i64>,
        ///Change in the number of bytes stored in all archives within the org over 30 days.
        #[serde(
            rename = "archiveBytesDeltaMonth",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes_delta_month: ::std::option::Option<i64>,
        ///When the org was created.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Daily change in archive bytes (undocumented by the reference).
        #[serde(
            rename = "dailyChange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub daily_change: ::std::option::Option<i64>,
        ///Identifier unique to this org.
        pub id: i64,
        /**If not null, this org is a slave org and the value is the GUID of the corresponding
master.
*/
        #[serde(rename = "masterGuid")]
        pub master_guid: ::std::option::Option<i64>,
        ///When the org was last modified.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Current name of the org.
        pub name: ::std::string::String,
        ///The id of the parent org, or null if this org has no parent.
        #[serde(rename = "parentId")]
        pub parent_id: ::std::option::Option<i64>,
        ///Quotas configured for an org.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quota: ::std::option::Option<OrgQuota>,
        ///The registration key for this org.
        #[serde(rename = "registrationKey")]
        pub registration_key: ::std::option::Option<::std::string::String>,
        ///Byte count of all files selected for backup.
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///Count of all files selected for backup.
        #[serde(
            rename = "selectedFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_files: ::std::option::Option<i64>,
        /**`Active` if the org is currently active, `Deactivated` if the org has been
deactivated.
*/
        pub status: Status,
        ///Byte count of all files waiting to be backed up.
        #[serde(
            rename = "todoBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_bytes: ::std::option::Option<i64>,
        ///Count of all files waiting to be backed up.
        #[serde(
            rename = "todoFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_files: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrgDetail {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::OrgDetail {
            Default::default()
        }
    }
    ///A list of orgs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OrgList {
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///The orgs of this page (list view), ordered by id.
        pub orgs: ::std::vec::Vec<Org>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrgList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::OrgList {
            Default::default()
        }
    }
    ///Quotas configured for an org.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct OrgQuota {
        ///Configured size quota for this org (in gigabytes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bytes: ::std::option::Option<i64>,
        ///Configured seat quota for this org.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seats: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrgQuota {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::OrgQuota {
            Default::default()
        }
    }
    ///Changes to an org; properties left out are not changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct OrgUpdate {
        ///New name of the org.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The id of the new parent org.
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<i64>,
        ///Quotas configured for an org.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quota: ::std::option::Option<OrgQuota>,
        ///`Deactivated` to deactivate the org, `Active` to reactivate it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrgUpdate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::OrgUpdate {
            Default::default()
        }
    }
    ///Backup statistics of a computer to the PRO Server, as in the admin console.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ServerBackupStats {
        ///Disk space used by the PRO Server to store backups from this computer ("Stored").
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        ///The compression rate of backups to the PRO Server ("Comp %").
        #[serde(
            rename = "compressionRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub compression_rate: ::std::option::Option<f64>,
        ///Whether this computer is currently connected to the PRO Server ("Connected").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connected: ::std::option::Option<bool>,
        ///When the last backup to the PRO Server completed.
        #[serde(rename = "lastBackup")]
        pub last_backup: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When this computer last connected to the PRO Server.
        #[serde(rename = "lastConnected")]
        pub last_connected: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The number of files selected for backup to the PRO Server ("Selected").
        #[serde(
            rename = "numberSelected",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_selected: ::std::option::Option<i64>,
        ///The completion percentage of backups to the PRO Server ("% Complete").
        #[serde(
            rename = "percentComplete",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub percent_complete: ::std::option::Option<f64>,
        ///The total size of files selected for backup to the PRO Server ("Bytes").
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ServerBackupStats {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ServerBackupStats {
            Default::default()
        }
    }
    ///Real-time statistics about what is happening inside the server.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct ServerStats {
        ///The number of computers currently sending backup data to this server.
        #[serde(
            rename = "backupSessionCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backup_session_count: ::std::option::Option<i64>,
        ///The number of computers currently connected to this server.
        #[serde(
            rename = "connectedClientCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub connected_client_count: ::std::option::Option<i64>,
        ///The percentage of CPU currently being used (e.g. `29%`).
        #[serde(
            rename = "cpuUtilization",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cpu_utilization: ::std::option::Option<::std::string::String>,
        ///The total number of bytes used by archives on this system.
        #[serde(
            rename = "currentArchiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_archive_bytes: ::std::option::Option<i64>,
        ///The disk space available on the host OS boot drive.
        #[serde(
            rename = "diskFree",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disk_free: ::std::option::Option<::std::string::String>,
        ///The amount of disk space on the host OS boot drive.
        #[serde(
            rename = "diskTotal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disk_total: ::std::option::Option<::std::string::String>,
        ///The percentage of disk space used on the host OS boot drive.
        #[serde(
            rename = "diskUtilization",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disk_utilization: ::std::option::Option<::std::string::String>,
        ///The unused RAM inside the Java virtual machine.
        #[serde(
            rename = "engineMemoryFree",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engine_memory_free: ::std::option::Option<::std::string::String>,
        ///The total RAM available to the server (Java virtual machine).
        #[serde(
            rename = "engineMemoryTotal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engine_memory_total: ::std::option::Option<::std::string::String>,
        ///Each of the IP addresses that this server might be using.
        #[serde(
            rename = "hostAddresses",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub host_addresses: ::std::vec::Vec<::std::string::String>,
        ///The swap size of the host operating system.
        #[serde(
            rename = "hostMemoryCached",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_memory_cached: ::std::option::Option<::std::string::String>,
        ///The unused RAM available to the host operating system.
        #[serde(
            rename = "hostMemoryFree",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_memory_free: ::std::option::Option<::std::string::String>,
        ///The total amount of RAM available to the host operating system (e.g. `7.9 GB`).
        #[serde(
            rename = "hostMemoryTotal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_memory_total: ::std::option::Option<::std::string::String>,
        ///The name of this host.
        #[serde(
            rename = "hostName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_name: ::std::option::Option<::std::string::String>,
        ///The port used by clients to connect to this server.
        #[serde(
            rename = "hostPort",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_port: ::std::option::Option<i32>,
        /**The load average of the system over the last 1, 5 and 15 minutes, comma separated
(e.g. `5.14, 4.38, 3.95`).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub load: ::std::option::Option<::std::string::String>,
        ///The number of active (versus deactivated) orgs.
        #[serde(
            rename = "orgCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_count: ::std::option::Option<i64>,
        ///The above total from 30 days ago.
        #[serde(
            rename = "previousMonthArchiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_month_archive_bytes: ::std::option::Option<i64>,
        ///The number of active (versus deactivated) computers.
        #[serde(
            rename = "seatCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub seat_count: ::std::option::Option<i64>,
        ///The human-readable amount of time this PRO Server has been running.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uptime: ::std::option::Option<::std::string::String>,
        ///The milliseconds this PRO Server has been running.
        #[serde(
            rename = "uptimeMilliseconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub uptime_milliseconds: ::std::option::Option<i64>,
        ///The software version date.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ServerStats {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::ServerStats {
            Default::default()
        }
    }
    ///A computer's backup target (usage).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Usage {
        ///Alerts triggered for this source/target combination.
        #[serde(rename = "alertStates")]
        pub alert_states: ::std::vec::Vec<::std::string::String>,
        ///The number of bytes used on the target computer.
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        /**False if backed up to a server and an archive hold period is in effect; then no
backups are occurring.
*/
        #[serde(
            rename = "isUsing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_using: ::std::option::Option<bool>,
        ///The last time the source backed up to the target.
        #[serde(rename = "lastActivity")]
        pub last_activity: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The last time the source connected to the target.
        #[serde(rename = "lastConnected")]
        pub last_connected: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The number of bytes selected on the source computer.
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///The number of files selected on the source computer.
        #[serde(
            rename = "selectedFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_files: ::std::option::Option<i64>,
        ///Whether the source computer is connected to the server.
        #[serde(
            rename = "sourceConnectedToServer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_connected_to_server: ::std::option::Option<bool>,
        ///The GUID of the source computer.
        #[serde(rename = "sourceGuid")]
        pub source_guid: i64,
        ///The id of the source computer.
        #[serde(rename = "sourceId")]
        pub source_id: i64,
        ///When the source computer last checked in with the server.
        #[serde(rename = "sourceLastConnectedToServer")]
        pub source_last_connected_to_server: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The id of the org to which the source computer's user belongs.
        #[serde(
            rename = "sourceOrgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_org_id: ::std::option::Option<i64>,
        /**`Active` if the computer is currently active, `Deactivated` if it has been
deactivated; servers may send a comma separated list such as `Blocked,Active`.
*/
        #[serde(
            rename = "sourceStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_status: ::std::option::Option<::std::string::String>,
        ///The id of the user to which the source computer belongs.
        #[serde(
            rename = "sourceUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_user_id: ::std::option::Option<i64>,
        /**The GUID of the computer the source is backing up to (spelled `targetGuId` by the
server).
*/
        #[serde(
            rename = "targetGuId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_gu_id: ::std::option::Option<i64>,
        ///The id of the computer the source is backing up to.
        #[serde(rename = "targetId")]
        pub target_id: i64,
        ///The number of bytes left to back up from the source computer.
        #[serde(
            rename = "todoBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_bytes: ::std::option::Option<i64>,
        ///The number of files left to back up from the source computer.
        #[serde(
            rename = "todoFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_files: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Usage {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::Usage {
            Default::default()
        }
    }
    ///A list of usages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UsageList {
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///The usages of this page.
        pub usages: ::std::vec::Vec<Usage>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UsageList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UsageList {
            Default::default()
        }
    }
    /**A user of the CrashPlan PRO Server (list view). Every user is a member of exactly one
org and may have one or more computers.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct User {
        ///The creation date and time of the user account.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Email address of the user.
        pub email: ::std::option::Option<::std::string::String>,
        ///First name of the user.
        #[serde(rename = "firstName")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Unique numeric id of the user.
        pub id: i64,
        ///Last name of the user.
        #[serde(rename = "lastName")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///The modification date and time of the user account.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///The id of the org to which this user belongs.
        #[serde(rename = "orgId")]
        pub org_id: i64,
        /**`Active` if the user is currently active, `Deactivated` if the user has been
deactivated.
*/
        pub status: Status,
        /**Login name of the user. Not in the reference's property tables; present when the
server sends it.
*/
        pub username: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl User {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    /**Values of a new user. At least one of `username` and `email` is required; the server
answers 400 naming the missing field otherwise.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UserCreate {
        ///Email address of the user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///First name of the user.
        #[serde(rename = "firstName")]
        pub first_name: ::std::string::String,
        ///Last name of the user.
        #[serde(rename = "lastName")]
        pub last_name: ::std::string::String,
        ///The id of the org the user joins.
        #[serde(rename = "orgId")]
        pub org_id: i64,
        ///A password. Never returned by the server; redacted in `Debug` output.
        pub password: crate::Secret,
        ///Login name; defaults to the email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserCreate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UserCreate {
            Default::default()
        }
    }
    /**A user in detail view: the list view plus statistics aggregated for all computers of the
user, from the last successful run of the nightly ArchiveRecord report.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UserDetail {
        ///Number of bytes stored in the user's archive(s).
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        ///Change in the number of bytes stored in the user's archive(s).
        #[serde(
            rename = "archiveBytesDelta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes_delta: ::std::option::Option<i64>,
        ///Change in the number of bytes stored in the user's archive(s) over a month.
        #[serde(
            rename = "archiveBytesDeltaMonth",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes_delta_month: ::std::option::Option<i64>,
        ///The creation date and time of the user account.
        #[serde(rename = "creationDate")]
        pub creation_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///Daily change in archive bytes (undocumented by the reference).
        #[serde(
            rename = "dailyChange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub daily_change: ::std::option::Option<i64>,
        ///Email address of the user.
        pub email: ::std::option::Option<::std::string::String>,
        ///First name of the user.
        #[serde(rename = "firstName")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Unique numeric id of the user.
        pub id: i64,
        ///Last name of the user.
        #[serde(rename = "lastName")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///The modification date and time of the user account.
        #[serde(rename = "modificationDate")]
        pub modification_date: ::chrono::DateTime<::chrono::FixedOffset>,
        ///The id of the org to which this user belongs.
        #[serde(rename = "orgId")]
        pub org_id: i64,
        ///Quota configured for a user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quota: ::std::option::Option<UserQuota>,
        ///Byte count of all files selected for backup.
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///Count of all files selected for backup.
        #[serde(
            rename = "selectedFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_files: ::std::option::Option<i64>,
        /**`Active` if the user is currently active, `Deactivated` if the user has been
deactivated.
*/
        pub status: Status,
        ///Byte count of all files waiting to be backed up.
        #[serde(
            rename = "todoBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_bytes: ::std::option::Option<i64>,
        ///Count of all files waiting to be backed up.
        #[serde(
            rename = "todoFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_files: ::std::option::Option<i64>,
        /**Login name of the user. Not in the reference's property tables; present when the
server sends it.
*/
        pub username: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserDetail {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UserDetail {
            Default::default()
        }
    }
    ///A list of users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UserList {
        ///Metadata of a list response.
        pub metadata: ListMetadata,
        ///The users of this page (list view), ordered by id.
        pub users: ::std::vec::Vec<User>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UserList {
            Default::default()
        }
    }
    ///Quota configured for a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct UserQuota {
        ///Configured size quota for this user (in gigabytes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bytes: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserQuota {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UserQuota {
            Default::default()
        }
    }
    ///Changes to a user; properties left out are not changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct UserUpdate {
        ///New email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///New first name.
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///New last name.
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Move the user to the org with this id.
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<i64>,
        ///A password. Never returned by the server; redacted in `Debug` output.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::Secret>,
        ///Quota configured for a user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quota: ::std::option::Option<UserQuota>,
        ///`Deactivated` to deactivate the user, `Active` to reactivate it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///New login name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserUpdate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UserUpdate {
            Default::default()
        }
    }
    /**`Active` or `Deactivated`, or another value: the `status` property of `Org`, `OrgDetail`,
`OrgUpdate`, `User`, `UserDetail`, `UserUpdate`, `Computer` and `ComputerDetail` and the
`status` parameter of `listOrgs`, `listUsers` and `listComputers`.

An open set: a value this version does not document is kept in [`Status::Other`] and serialised
again as received. Compares with a variant (`value == Status::Active`) or with the string
(`value == "Active"`). Non-exhaustive: a value documented later becomes a new variant, so a
`match` needs a `_` arm; test for a value not listed here with `==` rather than by matching
`Other`, and the test keeps working when the value is documented.*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub enum Status {
        ///`Active`.
        Active,
        ///`Deactivated`.
        Deactivated,
        /// A value this version does not document, as the server sent it.
        Other(::std::string::String),
    }
    impl Status {
        /// The documented values, in the spec's order.
        pub const VALUES: &'static [&'static str] = &["Active", "Deactivated"];
        /// The value as the API spells it.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "Active",
                Self::Deactivated => "Deactivated",
                Self::Other(value) => value,
            }
        }
    }
    impl ::std::convert::From<&str> for Status {
        fn from(value: &str) -> Self {
            match value {
                "Active" => Self::Active,
                "Deactivated" => Self::Deactivated,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for Status {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "Active" => Self::Active,
                "Deactivated" => Self::Deactivated,
                _ => Self::Other(value),
            }
        }
    }
    impl ::std::convert::From<Status> for ::std::string::String {
        fn from(value: Status) -> Self {
            match value {
                Status::Other(value) => value,
                known => known.as_str().to_owned(),
            }
        }
    }
    impl ::std::str::FromStr for Status {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::AsRef<str> for Status {
        fn as_ref(&self) -> &str {
            self.as_str()
        }
    }
    impl ::std::cmp::PartialEq for Status {
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::Eq for Status {}
    impl ::std::hash::Hash for Status {
        fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
            self.as_str().hash(state);
        }
    }
    impl ::std::cmp::PartialEq<str> for Status {
        fn eq(&self, other: &str) -> bool {
            self.as_str() == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for Status {
        fn eq(&self, other: &&str) -> bool {
            self.as_str() == *other
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for Status {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<Status> for str {
        fn eq(&self, other: &Status) -> bool {
            self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<Status> for &str {
        fn eq(&self, other: &Status) -> bool {
            *self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<Status> for ::std::string::String {
        fn eq(&self, other: &Status) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::serde::Serialize for Status {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Status {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl ::serde::de::Visitor<'_> for Visitor {
                type Value = Status;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("a string")
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    value: &str,
                ) -> ::std::result::Result<Status, E> {
                    Ok(Status::from(value))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    value: ::std::string::String,
                ) -> ::std::result::Result<Status, E> {
                    Ok(Status::from(value))
                }
            }
            deserializer.deserialize_string(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for Status {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            "Status".into()
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "type" : "string", "description" :
                "`Active` or `Deactivated`, or another value a newer server sends.",
                "examples" : ["Active", "Deactivated"], }
            )
        }
    }
    /**`ENABLED` or `DISABLED`, or another value: the `status` property of `MountPoint` and
`MountPointDetail` and the `status` parameter of `listMountPoints`.

An open set: a value this version does not document is kept in [`MountPointStatus::Other`] and
serialised again as received. Compares with a variant (`value == MountPointStatus::Enabled`) or
with the string (`value == "ENABLED"`). Non-exhaustive: a value documented later becomes a new
variant, so a `match` needs a `_` arm; test for a value not listed here with `==` rather than by
matching `Other`, and the test keeps working when the value is documented.*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub enum MountPointStatus {
        ///`ENABLED`.
        Enabled,
        ///`DISABLED`.
        Disabled,
        /// A value this version does not document, as the server sent it.
        Other(::std::string::String),
    }
    impl MountPointStatus {
        /// The documented values, in the spec's order.
        pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
        /// The value as the API spells it.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Enabled => "ENABLED",
                Self::Disabled => "DISABLED",
                Self::Other(value) => value,
            }
        }
    }
    impl ::std::convert::From<&str> for MountPointStatus {
        fn from(value: &str) -> Self {
            match value {
                "ENABLED" => Self::Enabled,
                "DISABLED" => Self::Disabled,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for MountPointStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "ENABLED" => Self::Enabled,
                "DISABLED" => Self::Disabled,
                _ => Self::Other(value),
            }
        }
    }
    impl ::std::convert::From<MountPointStatus> for ::std::string::String {
        fn from(value: MountPointStatus) -> Self {
            match value {
                MountPointStatus::Other(value) => value,
                known => known.as_str().to_owned(),
            }
        }
    }
    impl ::std::str::FromStr for MountPointStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MountPointStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::AsRef<str> for MountPointStatus {
        fn as_ref(&self) -> &str {
            self.as_str()
        }
    }
    impl ::std::cmp::PartialEq for MountPointStatus {
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::Eq for MountPointStatus {}
    impl ::std::hash::Hash for MountPointStatus {
        fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
            self.as_str().hash(state);
        }
    }
    impl ::std::cmp::PartialEq<str> for MountPointStatus {
        fn eq(&self, other: &str) -> bool {
            self.as_str() == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for MountPointStatus {
        fn eq(&self, other: &&str) -> bool {
            self.as_str() == *other
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for MountPointStatus {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<MountPointStatus> for str {
        fn eq(&self, other: &MountPointStatus) -> bool {
            self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<MountPointStatus> for &str {
        fn eq(&self, other: &MountPointStatus) -> bool {
            *self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<MountPointStatus> for ::std::string::String {
        fn eq(&self, other: &MountPointStatus) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::serde::Serialize for MountPointStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MountPointStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl ::serde::de::Visitor<'_> for Visitor {
                type Value = MountPointStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("a string")
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    value: &str,
                ) -> ::std::result::Result<MountPointStatus, E> {
                    Ok(MountPointStatus::from(value))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    value: ::std::string::String,
                ) -> ::std::result::Result<MountPointStatus, E> {
                    Ok(MountPointStatus::from(value))
                }
            }
            deserializer.deserialize_string(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for MountPointStatus {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            "MountPointStatus".into()
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "type" : "string", "description" :
                "`ENABLED` or `DISABLED`, or another value a newer server sends.",
                "examples" : ["ENABLED", "DISABLED"], }
            )
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        ///A builder of [`ApiError`](super::ApiError): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ApiError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    status: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ApiError {
            ///What went wrong, in words.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            ///The HTTP status code of the response.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    message: Ok(value.message),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ArchiveRecord`](super::ArchiveRecord): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ArchiveRecord {
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            archive_bytes_delta_month: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            daily_change: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_connected: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            selected_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            selected_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            target_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            todo_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            todo_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ArchiveRecord {
            fn default() -> Self {
                Self {
                    archive_bytes: Ok(Default::default()),
                    archive_bytes_delta_month: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    daily_change: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_connected: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    selected_files: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    target_id: Ok(Default::default()),
                    todo_bytes: Ok(Default::default()),
                    todo_files: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ArchiveRecord {
            ///Bytes used by the archive.
            pub fn archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_bytes: {e}")
                    });
                self
            }
            ///Bytes in the archive 30 days ago.
            pub fn archive_bytes_delta_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes_delta_month = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_bytes_delta_month: {e}"
                        )
                    });
                self
            }
            ///When the record was made (the day it describes).
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///A rolling 30-day average of bytes added to or removed from the archive.
            pub fn daily_change<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_change = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for daily_change: {e}")
                    });
                self
            }
            ///The last backup activity, or null if there has been none.
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            ///The last time a computer connected to the target, or null if none did.
            pub fn last_connected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_connected = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_connected: {e}"
                        )
                    });
                self
            }
            ///The id of the org this record represents; null if sourceId, targetId or userId is not null.
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            ///Byte count of all files selected for backup.
            pub fn selected_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_bytes: {e}"
                        )
                    });
                self
            }
            ///Count of all files selected for backup.
            pub fn selected_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_files: {e}"
                        )
                    });
                self
            }
            ///The id of the source computer; null if userId or orgId is not null.
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            ///The id of the target computer; null if userId or orgId is not null.
            pub fn target_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_id: {e}")
                    });
                self
            }
            ///Byte count of all files waiting to be backed up.
            pub fn todo_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_bytes: {e}")
                    });
                self
            }
            ///Count of all files waiting to be backed up.
            pub fn todo_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_files: {e}")
                    });
                self
            }
            ///The id of the user this record represents; null if sourceId, targetId or orgId is not null.
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ArchiveRecord> for super::ArchiveRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArchiveRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archive_bytes: value.archive_bytes?,
                    archive_bytes_delta_month: value.archive_bytes_delta_month?,
                    creation_date: value.creation_date?,
                    daily_change: value.daily_change?,
                    last_activity: value.last_activity?,
                    last_connected: value.last_connected?,
                    org_id: value.org_id?,
                    selected_bytes: value.selected_bytes?,
                    selected_files: value.selected_files?,
                    source_id: value.source_id?,
                    target_id: value.target_id?,
                    todo_bytes: value.todo_bytes?,
                    todo_files: value.todo_files?,
                    user_id: value.user_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ArchiveRecord> for ArchiveRecord {
            fn from(value: super::ArchiveRecord) -> Self {
                Self {
                    archive_bytes: Ok(value.archive_bytes),
                    archive_bytes_delta_month: Ok(value.archive_bytes_delta_month),
                    creation_date: Ok(value.creation_date),
                    daily_change: Ok(value.daily_change),
                    last_activity: Ok(value.last_activity),
                    last_connected: Ok(value.last_connected),
                    org_id: Ok(value.org_id),
                    selected_bytes: Ok(value.selected_bytes),
                    selected_files: Ok(value.selected_files),
                    source_id: Ok(value.source_id),
                    target_id: Ok(value.target_id),
                    todo_bytes: Ok(value.todo_bytes),
                    todo_files: Ok(value.todo_files),
                    user_id: Ok(value.user_id),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ArchiveRecordList`](super::ArchiveRecordList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ArchiveRecordList {
            archive_records: ::std::result::Result<
                ::std::vec::Vec<super::ArchiveRecord>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ArchiveRecordList {
            fn default() -> Self {
                Self {
                    archive_records: Err(
                        "no value supplied for archive_records".to_string(),
                    ),
                    metadata: Err("no value supplied for metadata".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ArchiveRecordList {
            ///The archive records of this page.
            pub fn archive_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ArchiveRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_records = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_records: {e}"
                        )
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ArchiveRecordList> for super::ArchiveRecordList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArchiveRecordList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archive_records: value.archive_records?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ArchiveRecordList> for ArchiveRecordList {
            fn from(value: super::ArchiveRecordList) -> Self {
                Self {
                    archive_records: Ok(value.archive_records),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`AuthTokenData`](super::AuthTokenData): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct AuthTokenData {
            v3_user_token: ::std::result::Result<crate::Secret, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthTokenData {
            fn default() -> Self {
                Self {
                    v3_user_token: Err(
                        "no value supplied for v3_user_token".to_string(),
                    ),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AuthTokenData {
            ///A `v3_user_token`. Redacted in `Debug` output.
            pub fn v3_user_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.v3_user_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for v3_user_token: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuthTokenData> for super::AuthTokenData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthTokenData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    v3_user_token: value.v3_user_token?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AuthTokenData> for AuthTokenData {
            fn from(value: super::AuthTokenData) -> Self {
                Self {
                    v3_user_token: Ok(value.v3_user_token),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`AuthTokenResponse`](super::AuthTokenResponse): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct AuthTokenResponse {
            data: ::std::result::Result<super::AuthTokenData, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthTokenResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl AuthTokenResponse {
            ///The token, wrapped in `data`.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuthTokenData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuthTokenResponse> for super::AuthTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AuthTokenResponse> for AuthTokenResponse {
            fn from(value: super::AuthTokenResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`Computer`](super::Computer): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct Computer {
            alert_states: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            guid: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<i64, ::std::string::String>,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            mount_point_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            user_id: ::std::result::Result<i64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Computer {
            fn default() -> Self {
                Self {
                    alert_states: Err("no value supplied for alert_states".to_string()),
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    guid: Err("no value supplied for guid".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    mount_point_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Computer {
            /**`OK` if the computer has backed up within the defined days, `WARN` if it has exceeded
the warning threshold, `ALERT` if it has exceeded the alert threshold.
*/
            pub fn alert_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alert_states = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_states: {e}")
                    });
                self
            }
            ///When the computer first connected.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///The GUID (globally unique identifier) of this computer.
            pub fn guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for guid: {e}")
                    });
                self
            }
            ///Identifier unique to this computer.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///When the computer was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///The id of the mount point where the computer's archive resides.
            pub fn mount_point_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mount_point_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mount_point_id: {e}"
                        )
                    });
                self
            }
            ///The name of this computer.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /**`Active` if the computer is currently active, `Deactivated` if the computer has been
deactivated.
*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///The id of the user to which this computer belongs.
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Computer> for super::Computer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Computer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alert_states: value.alert_states?,
                    creation_date: value.creation_date?,
                    guid: value.guid?,
                    id: value.id?,
                    modification_date: value.modification_date?,
                    mount_point_id: value.mount_point_id?,
                    name: value.name?,
                    status: value.status?,
                    user_id: value.user_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Computer> for Computer {
            fn from(value: super::Computer) -> Self {
                Self {
                    alert_states: Ok(value.alert_states),
                    creation_date: Ok(value.creation_date),
                    guid: Ok(value.guid),
                    id: Ok(value.id),
                    modification_date: Ok(value.modification_date),
                    mount_point_id: Ok(value.mount_point_id),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    user_id: Ok(value.user_id),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ComputerDetail`](super::ComputerDetail): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ComputerDetail {
            alert_states: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            guid: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<i64, ::std::string::String>,
            java_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            mount_point_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            os_arch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remote_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            server_backup_stats: ::std::result::Result<
                ::std::option::Option<super::ServerBackupStats>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<i64, ::std::string::String>,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ComputerDetail {
            fn default() -> Self {
                Self {
                    alert_states: Err("no value supplied for alert_states".to_string()),
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    guid: Err("no value supplied for guid".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    java_version: Ok(Default::default()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    mount_point_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    os_arch: Ok(Default::default()),
                    os_name: Ok(Default::default()),
                    os_version: Ok(Default::default()),
                    remote_address: Ok(Default::default()),
                    server_backup_stats: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    time_zone: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    version: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ComputerDetail {
            /**`OK` if the computer has backed up within the defined days, `WARN` if it has exceeded
the warning threshold, `ALERT` if it has exceeded the alert threshold.
*/
            pub fn alert_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alert_states = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_states: {e}")
                    });
                self
            }
            ///When the computer first connected.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///The GUID (globally unique identifier) of this computer.
            pub fn guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for guid: {e}")
                    });
                self
            }
            ///Identifier unique to this computer.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///The Java virtual machine version in use on this computer.
            pub fn java_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.java_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for java_version: {e}")
                    });
                self
            }
            ///When the computer was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///The id of the mount point where the computer's archive resides.
            pub fn mount_point_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mount_point_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mount_point_id: {e}"
                        )
                    });
                self
            }
            ///The name of this computer.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The underlying architecture of this computer.
            pub fn os_arch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os_arch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for os_arch: {e}")
                    });
                self
            }
            ///Name of the operating system in use on this computer.
            pub fn os_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for os_name: {e}")
                    });
                self
            }
            ///Version of the operating system in use on this computer.
            pub fn os_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for os_version: {e}")
                    });
                self
            }
            ///The IP address used by this computer to communicate with the PRO Server.
            pub fn remote_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.remote_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remote_address: {e}"
                        )
                    });
                self
            }
            ///Backup statistics of a computer to the PRO Server, as in the admin console.
            pub fn server_backup_stats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ServerBackupStats>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.server_backup_stats = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for server_backup_stats: {e}"
                        )
                    });
                self
            }
            /**`Active` if the computer is currently active, `Deactivated` if the computer has been
deactivated.
*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///The time zone configured on this computer.
            pub fn time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
            ///The id of the user to which this computer belongs.
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            ///The version of CrashPlan software used on this computer.
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ComputerDetail> for super::ComputerDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ComputerDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alert_states: value.alert_states?,
                    creation_date: value.creation_date?,
                    guid: value.guid?,
                    id: value.id?,
                    java_version: value.java_version?,
                    modification_date: value.modification_date?,
                    mount_point_id: value.mount_point_id?,
                    name: value.name?,
                    os_arch: value.os_arch?,
                    os_name: value.os_name?,
                    os_version: value.os_version?,
                    remote_address: value.remote_address?,
                    server_backup_stats: value.server_backup_stats?,
                    status: value.status?,
                    time_zone: value.time_zone?,
                    user_id: value.user_id?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ComputerDetail> for ComputerDetail {
            fn from(value: super::ComputerDetail) -> Self {
                Self {
                    alert_states: Ok(value.alert_states),
                    creation_date: Ok(value.creation_date),
                    guid: Ok(value.guid),
                    id: Ok(value.id),
                    java_version: Ok(value.java_version),
                    modification_date: Ok(value.modification_date),
                    mount_point_id: Ok(value.mount_point_id),
                    name: Ok(value.name),
                    os_arch: Ok(value.os_arch),
                    os_name: Ok(value.os_name),
                    os_version: Ok(value.os_version),
                    remote_address: Ok(value.remote_address),
                    server_backup_stats: Ok(value.server_backup_stats),
                    status: Ok(value.status),
                    time_zone: Ok(value.time_zone),
                    user_id: Ok(value.user_id),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ComputerList`](super::ComputerList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ComputerList {
            computers: ::std::result::Result<
                ::std::vec::Vec<super::Computer>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ComputerList {
            fn default() -> Self {
                Self {
                    computers: Err("no value supplied for computers".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ComputerList {
            ///The computers of this page (list view), ordered by id.
            pub fn computers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Computer>>,
                T::Error: ::std::fmt::Display,
            {
                self.computers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for computers: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ComputerList> for super::ComputerList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ComputerList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    computers: value.computers?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ComputerList> for ComputerList {
            fn from(value: super::ComputerList) -> Self {
                Self {
                    computers: Ok(value.computers),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ComputerUsage`](super::ComputerUsage): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ComputerUsage {
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            is_using: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_connected: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            selected_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            selected_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_guid: ::std::result::Result<i64, ::std::string::String>,
            source_id: ::std::result::Result<i64, ::std::string::String>,
            target_guid: ::std::result::Result<i64, ::std::string::String>,
            target_id: ::std::result::Result<i64, ::std::string::String>,
            todo_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            todo_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ComputerUsage {
            fn default() -> Self {
                Self {
                    archive_bytes: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    is_using: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_connected: Ok(Default::default()),
                    modification_date: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    selected_files: Ok(Default::default()),
                    source_guid: Err("no value supplied for source_guid".to_string()),
                    source_id: Err("no value supplied for source_id".to_string()),
                    target_guid: Err("no value supplied for target_guid".to_string()),
                    target_id: Err("no value supplied for target_id".to_string()),
                    todo_bytes: Ok(Default::default()),
                    todo_files: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ComputerUsage {
            ///The source computer's archive size at the destination, in bytes.
            pub fn archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_bytes: {e}")
                    });
                self
            }
            ///When the record was created.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Whether the target is a backup destination of the source.
            pub fn is_using<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_using = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_using: {e}")
                    });
                self
            }
            /**The last backup activity between the source and target, or null if there has been
none.
*/
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            /**The last time the source connected to the target, or null if it never connected.
*/
            pub fn last_connected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_connected = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_connected: {e}"
                        )
                    });
                self
            }
            ///When the record was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///Byte count of all files selected for backup.
            pub fn selected_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_bytes: {e}"
                        )
                    });
                self
            }
            ///Count of all files selected for backup.
            pub fn selected_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_files: {e}"
                        )
                    });
                self
            }
            ///The GUID of the source computer.
            pub fn source_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.source_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_guid: {e}")
                    });
                self
            }
            ///The id of the source computer.
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            ///The GUID of the target computer.
            pub fn target_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.target_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_guid: {e}")
                    });
                self
            }
            ///The id of the target computer.
            pub fn target_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.target_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_id: {e}")
                    });
                self
            }
            ///Byte count of all files waiting to be backed up.
            pub fn todo_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_bytes: {e}")
                    });
                self
            }
            ///Count of all files waiting to be backed up.
            pub fn todo_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_files: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ComputerUsage> for super::ComputerUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ComputerUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archive_bytes: value.archive_bytes?,
                    creation_date: value.creation_date?,
                    is_using: value.is_using?,
                    last_activity: value.last_activity?,
                    last_connected: value.last_connected?,
                    modification_date: value.modification_date?,
                    selected_bytes: value.selected_bytes?,
                    selected_files: value.selected_files?,
                    source_guid: value.source_guid?,
                    source_id: value.source_id?,
                    target_guid: value.target_guid?,
                    target_id: value.target_id?,
                    todo_bytes: value.todo_bytes?,
                    todo_files: value.todo_files?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ComputerUsage> for ComputerUsage {
            fn from(value: super::ComputerUsage) -> Self {
                Self {
                    archive_bytes: Ok(value.archive_bytes),
                    creation_date: Ok(value.creation_date),
                    is_using: Ok(value.is_using),
                    last_activity: Ok(value.last_activity),
                    last_connected: Ok(value.last_connected),
                    modification_date: Ok(value.modification_date),
                    selected_bytes: Ok(value.selected_bytes),
                    selected_files: Ok(value.selected_files),
                    source_guid: Ok(value.source_guid),
                    source_id: Ok(value.source_id),
                    target_guid: Ok(value.target_guid),
                    target_id: Ok(value.target_id),
                    todo_bytes: Ok(value.todo_bytes),
                    todo_files: Ok(value.todo_files),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ComputerUsageList`](super::ComputerUsageList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ComputerUsageList {
            computer_usages: ::std::result::Result<
                ::std::vec::Vec<super::ComputerUsage>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ComputerUsageList {
            fn default() -> Self {
                Self {
                    computer_usages: Err(
                        "no value supplied for computer_usages".to_string(),
                    ),
                    metadata: Err("no value supplied for metadata".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ComputerUsageList {
            ///The computer usage records of this page.
            pub fn computer_usages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ComputerUsage>>,
                T::Error: ::std::fmt::Display,
            {
                self.computer_usages = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for computer_usages: {e}"
                        )
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ComputerUsageList> for super::ComputerUsageList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ComputerUsageList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    computer_usages: value.computer_usages?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ComputerUsageList> for ComputerUsageList {
            fn from(value: super::ComputerUsageList) -> Self {
                Self {
                    computer_usages: Ok(value.computer_usages),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ListMetadata`](super::ListMetadata): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ListMetadata {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            params: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMetadata {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    params: Err("no value supplied for params".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ListMetadata {
            /**Number of items in this response. Informational only: do not use it to drive
paging.
*/
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            /**The query parameters of the request, echoed back. Values may be strings or numbers.
*/
            pub fn params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.params = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for params: {e}")
                    });
                self
            }
            ///When the response was produced.
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMetadata> for super::ListMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    params: value.params?,
                    timestamp: value.timestamp?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ListMetadata> for ListMetadata {
            fn from(value: super::ListMetadata) -> Self {
                Self {
                    count: Ok(value.count),
                    params: Ok(value.params),
                    timestamp: Ok(value.timestamp),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`MountPoint`](super::MountPoint): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct MountPoint {
            bytes_per_second: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::MountPointStatus,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            volume_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MountPoint {
            fn default() -> Self {
                Self {
                    bytes_per_second: Ok(Default::default()),
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    note: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    volume_label: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl MountPoint {
            /**Write speed of this mount point; only available if a write speed test has been
executed on it.
*/
            pub fn bytes_per_second<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes_per_second = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bytes_per_second: {e}"
                        )
                    });
                self
            }
            ///When the mount point was created.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Identifier unique to this mount point.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///When the mount point was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///Current name of this mount point.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///Text entered in the note field.
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note: {e}")
                    });
                self
            }
            ///`ENABLED` if the mount point is enabled, `DISABLED` otherwise.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MountPointStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///`DIR` (except for VMware instances).
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            ///Name of the mount point's directory on the file system.
            pub fn volume_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.volume_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for volume_label: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MountPoint> for super::MountPoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MountPoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes_per_second: value.bytes_per_second?,
                    creation_date: value.creation_date?,
                    id: value.id?,
                    modification_date: value.modification_date?,
                    name: value.name?,
                    note: value.note?,
                    status: value.status?,
                    type_: value.type_?,
                    volume_label: value.volume_label?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MountPoint> for MountPoint {
            fn from(value: super::MountPoint) -> Self {
                Self {
                    bytes_per_second: Ok(value.bytes_per_second),
                    creation_date: Ok(value.creation_date),
                    id: Ok(value.id),
                    modification_date: Ok(value.modification_date),
                    name: Ok(value.name),
                    note: Ok(value.note),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    volume_label: Ok(value.volume_label),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`MountPointDetail`](super::MountPointDetail): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct MountPointDetail {
            bytes_free: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            bytes_per_second: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            bytes_total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            bytes_used: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            percent_free: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::MountPointStatus,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            volume_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MountPointDetail {
            fn default() -> Self {
                Self {
                    bytes_free: Ok(Default::default()),
                    bytes_per_second: Ok(Default::default()),
                    bytes_total: Ok(Default::default()),
                    bytes_used: Ok(Default::default()),
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    note: Ok(Default::default()),
                    percent_free: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    volume_label: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl MountPointDetail {
            ///Count of available bytes on this mount point.
            pub fn bytes_free<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes_free = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bytes_free: {e}")
                    });
                self
            }
            /**Write speed of this mount point; only available if a write speed test has been
executed on it.
*/
            pub fn bytes_per_second<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes_per_second = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bytes_per_second: {e}"
                        )
                    });
                self
            }
            ///Total bytes available on this mount point.
            pub fn bytes_total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes_total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bytes_total: {e}")
                    });
                self
            }
            ///Count of in-use bytes on this mount point.
            pub fn bytes_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes_used = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bytes_used: {e}")
                    });
                self
            }
            ///When the mount point was created.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Identifier unique to this mount point.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///When the mount point was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///Current name of this mount point.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///Text entered in the note field.
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note: {e}")
                    });
                self
            }
            ///Percentage of this mount point which is still available.
            pub fn percent_free<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent_free = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for percent_free: {e}")
                    });
                self
            }
            ///`ENABLED` if the mount point is enabled, `DISABLED` otherwise.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MountPointStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///`DIR` (except for VMware instances).
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            ///Name of the mount point's directory on the file system.
            pub fn volume_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.volume_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for volume_label: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MountPointDetail> for super::MountPointDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MountPointDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes_free: value.bytes_free?,
                    bytes_per_second: value.bytes_per_second?,
                    bytes_total: value.bytes_total?,
                    bytes_used: value.bytes_used?,
                    creation_date: value.creation_date?,
                    id: value.id?,
                    modification_date: value.modification_date?,
                    name: value.name?,
                    note: value.note?,
                    percent_free: value.percent_free?,
                    status: value.status?,
                    type_: value.type_?,
                    volume_label: value.volume_label?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MountPointDetail> for MountPointDetail {
            fn from(value: super::MountPointDetail) -> Self {
                Self {
                    bytes_free: Ok(value.bytes_free),
                    bytes_per_second: Ok(value.bytes_per_second),
                    bytes_total: Ok(value.bytes_total),
                    bytes_used: Ok(value.bytes_used),
                    creation_date: Ok(value.creation_date),
                    id: Ok(value.id),
                    modification_date: Ok(value.modification_date),
                    name: Ok(value.name),
                    note: Ok(value.note),
                    percent_free: Ok(value.percent_free),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    volume_label: Ok(value.volume_label),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`MountPointList`](super::MountPointList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct MountPointList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            mount_points: ::std::result::Result<
                ::std::vec::Vec<super::MountPoint>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MountPointList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    mount_points: Err("no value supplied for mount_points".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl MountPointList {
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///The mount points of this page (list view), ordered by id.
            pub fn mount_points<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MountPoint>>,
                T::Error: ::std::fmt::Display,
            {
                self.mount_points = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mount_points: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MountPointList> for super::MountPointList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MountPointList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    mount_points: value.mount_points?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MountPointList> for MountPointList {
            fn from(value: super::MountPointList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    mount_points: Ok(value.mount_points),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`Org`](super::Org): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct Org {
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            master_guid: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            registration_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Org {
            fn default() -> Self {
                Self {
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    master_guid: Ok(Default::default()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    parent_id: Ok(Default::default()),
                    registration_key: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Org {
            ///When the org was created.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Identifier unique to this org.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /**If not null, this org is a slave org and the value is the GUID of the corresponding
master.
*/
            pub fn master_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.master_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for master_guid: {e}")
                    });
                self
            }
            ///When the org was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///Current name of the org.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The id of the parent org, or null if this org has no parent.
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            ///The registration key for this org.
            pub fn registration_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_key: {e}"
                        )
                    });
                self
            }
            /**`Active` if the org is currently active, `Deactivated` if the org has been
deactivated.
*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Org> for super::Org {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Org,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    creation_date: value.creation_date?,
                    id: value.id?,
                    master_guid: value.master_guid?,
                    modification_date: value.modification_date?,
                    name: value.name?,
                    parent_id: value.parent_id?,
                    registration_key: value.registration_key?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Org> for Org {
            fn from(value: super::Org) -> Self {
                Self {
                    creation_date: Ok(value.creation_date),
                    id: Ok(value.id),
                    master_guid: Ok(value.master_guid),
                    modification_date: Ok(value.modification_date),
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                    registration_key: Ok(value.registration_key),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`OrgCreate`](super::OrgCreate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct OrgCreate {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_id: ::std::result::Result<i64, ::std::string::String>,
            registration_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgCreate {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    parent_id: Err("no value supplied for parent_id".to_string()),
                    registration_key: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl OrgCreate {
            ///Name of the new org.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The id of the parent org.
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            ///Registration key; the server generates one when absent.
            pub fn registration_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_key: {e}"
                        )
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgCreate> for super::OrgCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    parent_id: value.parent_id?,
                    registration_key: value.registration_key?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrgCreate> for OrgCreate {
            fn from(value: super::OrgCreate) -> Self {
                Self {
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                    registration_key: Ok(value.registration_key),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`OrgDetail`](super::OrgDetail): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct OrgDetail {
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            archive_bytes_delta: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            archive_bytes_delta_month: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            daily_change: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            master_guid: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            quota: ::std::result::Result<
                ::std::option::Option<super::OrgQuota>,
                ::std::string::String,
            >,
            registration_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            selected_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            selected_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            todo_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            todo_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgDetail {
            fn default() -> Self {
                Self {
                    archive_bytes: Ok(Default::default()),
                    archive_bytes_delta: Ok(Default::default()),
                    archive_bytes_delta_month: Ok(Default::default()),
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    daily_change: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    master_guid: Ok(Default::default()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    name: Err("no value supplied for name".to_string()),
                    parent_id: Ok(Default::default()),
                    quota: Ok(Default::default()),
                    registration_key: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    selected_files: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    todo_bytes: Ok(Default::default()),
                    todo_files: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl OrgDetail {
            ///Number of bytes stored in all archives within the org.
            pub fn archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_bytes: {e}")
                    });
                self
            }
            ///Change in the number of bytes stored in all archives within the org.
            pub fn archive_bytes_delta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes_delta = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_bytes_delta: {e}"
                        )
                    });
                self
            }
            ///Change in the number of bytes stored in all archives within the org over 30 days.
            pub fn archive_bytes_delta_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes_delta_month = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_bytes_delta_month: {e}"
                        )
                    });
                self
            }
            ///When the org was created.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Daily change in archive bytes (undocumented by the reference).
            pub fn daily_change<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_change = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for daily_change: {e}")
                    });
                self
            }
            ///Identifier unique to this org.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /**If not null, this org is a slave org and the value is the GUID of the corresponding
master.
*/
            pub fn master_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.master_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for master_guid: {e}")
                    });
                self
            }
            ///When the org was last modified.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///Current name of the org.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The id of the parent org, or null if this org has no parent.
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            ///Quotas configured for an org.
            pub fn quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OrgQuota>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quota: {e}")
                    });
                self
            }
            ///The registration key for this org.
            pub fn registration_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_key: {e}"
                        )
                    });
                self
            }
            ///Byte count of all files selected for backup.
            pub fn selected_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_bytes: {e}"
                        )
                    });
                self
            }
            ///Count of all files selected for backup.
            pub fn selected_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_files: {e}"
                        )
                    });
                self
            }
            /**`Active` if the org is currently active, `Deactivated` if the org has been
deactivated.
*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Byte count of all files waiting to be backed up.
            pub fn todo_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_bytes: {e}")
                    });
                self
            }
            ///Count of all files waiting to be backed up.
            pub fn todo_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_files: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgDetail> for super::OrgDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archive_bytes: value.archive_bytes?,
                    archive_bytes_delta: value.archive_bytes_delta?,
                    archive_bytes_delta_month: value.archive_bytes_delta_month?,
                    creation_date: value.creation_date?,
                    daily_change: value.daily_change?,
                    id: value.id?,
                    master_guid: value.master_guid?,
                    modification_date: value.modification_date?,
                    name: value.name?,
                    parent_id: value.parent_id?,
                    quota: value.quota?,
                    registration_key: value.registration_key?,
                    selected_bytes: value.selected_bytes?,
                    selected_files: value.selected_files?,
                    status: value.status?,
                    todo_bytes: value.todo_bytes?,
                    todo_files: value.todo_files?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrgDetail> for OrgDetail {
            fn from(value: super::OrgDetail) -> Self {
                Self {
                    archive_bytes: Ok(value.archive_bytes),
                    archive_bytes_delta: Ok(value.archive_bytes_delta),
                    archive_bytes_delta_month: Ok(value.archive_bytes_delta_month),
                    creation_date: Ok(value.creation_date),
                    daily_change: Ok(value.daily_change),
                    id: Ok(value.id),
                    master_guid: Ok(value.master_guid),
                    modification_date: Ok(value.modification_date),
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                    quota: Ok(value.quota),
                    registration_key: Ok(value.registration_key),
                    selected_bytes: Ok(value.selected_bytes),
                    selected_files: Ok(value.selected_files),
                    status: Ok(value.status),
                    todo_bytes: Ok(value.todo_bytes),
                    todo_files: Ok(value.todo_files),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`OrgList`](super::OrgList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct OrgList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            orgs: ::std::result::Result<
                ::std::vec::Vec<super::Org>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    orgs: Err("no value supplied for orgs".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl OrgList {
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///The orgs of this page (list view), ordered by id.
            pub fn orgs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Org>>,
                T::Error: ::std::fmt::Display,
            {
                self.orgs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orgs: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgList> for super::OrgList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    orgs: value.orgs?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrgList> for OrgList {
            fn from(value: super::OrgList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    orgs: Ok(value.orgs),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`OrgQuota`](super::OrgQuota): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct OrgQuota {
            bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgQuota {
            fn default() -> Self {
                Self {
                    bytes: Ok(Default::default()),
                    seats: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl OrgQuota {
            ///Configured size quota for this org (in gigabytes).
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bytes: {e}")
                    });
                self
            }
            ///Configured seat quota for this org.
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgQuota> for super::OrgQuota {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgQuota,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    seats: value.seats?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrgQuota> for OrgQuota {
            fn from(value: super::OrgQuota) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    seats: Ok(value.seats),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`OrgUpdate`](super::OrgUpdate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct OrgUpdate {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            quota: ::std::result::Result<
                ::std::option::Option<super::OrgQuota>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgUpdate {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    parent_id: Ok(Default::default()),
                    quota: Ok(Default::default()),
                    status: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl OrgUpdate {
            ///New name of the org.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The id of the new parent org.
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            ///Quotas configured for an org.
            pub fn quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OrgQuota>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quota: {e}")
                    });
                self
            }
            ///`Deactivated` to deactivate the org, `Active` to reactivate it.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgUpdate> for super::OrgUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    parent_id: value.parent_id?,
                    quota: value.quota?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrgUpdate> for OrgUpdate {
            fn from(value: super::OrgUpdate) -> Self {
                Self {
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                    quota: Ok(value.quota),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ServerBackupStats`](super::ServerBackupStats): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ServerBackupStats {
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            compression_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            connected: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_backup: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_connected: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            number_selected: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            percent_complete: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            selected_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServerBackupStats {
            fn default() -> Self {
                Self {
                    archive_bytes: Ok(Default::default()),
                    compression_rate: Ok(Default::default()),
                    connected: Ok(Default::default()),
                    last_backup: Ok(Default::default()),
                    last_connected: Ok(Default::default()),
                    number_selected: Ok(Default::default()),
                    percent_complete: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ServerBackupStats {
            ///Disk space used by the PRO Server to store backups from this computer ("Stored").
            pub fn archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_bytes: {e}")
                    });
                self
            }
            ///The compression rate of backups to the PRO Server ("Comp %").
            pub fn compression_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.compression_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compression_rate: {e}"
                        )
                    });
                self
            }
            ///Whether this computer is currently connected to the PRO Server ("Connected").
            pub fn connected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.connected = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for connected: {e}")
                    });
                self
            }
            ///When the last backup to the PRO Server completed.
            pub fn last_backup<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_backup = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_backup: {e}")
                    });
                self
            }
            ///When this computer last connected to the PRO Server.
            pub fn last_connected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_connected = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_connected: {e}"
                        )
                    });
                self
            }
            ///The number of files selected for backup to the PRO Server ("Selected").
            pub fn number_selected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.number_selected = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for number_selected: {e}"
                        )
                    });
                self
            }
            ///The completion percentage of backups to the PRO Server ("% Complete").
            pub fn percent_complete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent_complete = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for percent_complete: {e}"
                        )
                    });
                self
            }
            ///The total size of files selected for backup to the PRO Server ("Bytes").
            pub fn selected_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_bytes: {e}"
                        )
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerBackupStats> for super::ServerBackupStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerBackupStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archive_bytes: value.archive_bytes?,
                    compression_rate: value.compression_rate?,
                    connected: value.connected?,
                    last_backup: value.last_backup?,
                    last_connected: value.last_connected?,
                    number_selected: value.number_selected?,
                    percent_complete: value.percent_complete?,
                    selected_bytes: value.selected_bytes?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ServerBackupStats> for ServerBackupStats {
            fn from(value: super::ServerBackupStats) -> Self {
                Self {
                    archive_bytes: Ok(value.archive_bytes),
                    compression_rate: Ok(value.compression_rate),
                    connected: Ok(value.connected),
                    last_backup: Ok(value.last_backup),
                    last_connected: Ok(value.last_connected),
                    number_selected: Ok(value.number_selected),
                    percent_complete: Ok(value.percent_complete),
                    selected_bytes: Ok(value.selected_bytes),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`ServerStats`](super::ServerStats): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct ServerStats {
            backup_session_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            connected_client_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cpu_utilization: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            disk_free: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disk_total: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disk_utilization: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engine_memory_free: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engine_memory_total: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            host_memory_cached: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_memory_free: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_memory_total: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_port: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            load: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            previous_month_archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            seat_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            uptime: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uptime_milliseconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServerStats {
            fn default() -> Self {
                Self {
                    backup_session_count: Ok(Default::default()),
                    connected_client_count: Ok(Default::default()),
                    cpu_utilization: Ok(Default::default()),
                    current_archive_bytes: Ok(Default::default()),
                    disk_free: Ok(Default::default()),
                    disk_total: Ok(Default::default()),
                    disk_utilization: Ok(Default::default()),
                    engine_memory_free: Ok(Default::default()),
                    engine_memory_total: Ok(Default::default()),
                    host_addresses: Ok(Default::default()),
                    host_memory_cached: Ok(Default::default()),
                    host_memory_free: Ok(Default::default()),
                    host_memory_total: Ok(Default::default()),
                    host_name: Ok(Default::default()),
                    host_port: Ok(Default::default()),
                    load: Ok(Default::default()),
                    org_count: Ok(Default::default()),
                    previous_month_archive_bytes: Ok(Default::default()),
                    seat_count: Ok(Default::default()),
                    uptime: Ok(Default::default()),
                    uptime_milliseconds: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl ServerStats {
            ///The number of computers currently sending backup data to this server.
            pub fn backup_session_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.backup_session_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backup_session_count: {e}"
                        )
                    });
                self
            }
            ///The number of computers currently connected to this server.
            pub fn connected_client_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.connected_client_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for connected_client_count: {e}"
                        )
                    });
                self
            }
            ///The percentage of CPU currently being used (e.g. `29%`).
            pub fn cpu_utilization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpu_utilization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cpu_utilization: {e}"
                        )
                    });
                self
            }
            ///The total number of bytes used by archives on this system.
            pub fn current_archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_archive_bytes: {e}"
                        )
                    });
                self
            }
            ///The disk space available on the host OS boot drive.
            pub fn disk_free<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_free = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disk_free: {e}")
                    });
                self
            }
            ///The amount of disk space on the host OS boot drive.
            pub fn disk_total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disk_total: {e}")
                    });
                self
            }
            ///The percentage of disk space used on the host OS boot drive.
            pub fn disk_utilization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_utilization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disk_utilization: {e}"
                        )
                    });
                self
            }
            ///The unused RAM inside the Java virtual machine.
            pub fn engine_memory_free<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engine_memory_free = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engine_memory_free: {e}"
                        )
                    });
                self
            }
            ///The total RAM available to the server (Java virtual machine).
            pub fn engine_memory_total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engine_memory_total = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engine_memory_total: {e}"
                        )
                    });
                self
            }
            ///Each of the IP addresses that this server might be using.
            pub fn host_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for host_addresses: {e}"
                        )
                    });
                self
            }
            ///The swap size of the host operating system.
            pub fn host_memory_cached<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_memory_cached = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for host_memory_cached: {e}"
                        )
                    });
                self
            }
            ///The unused RAM available to the host operating system.
            pub fn host_memory_free<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_memory_free = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for host_memory_free: {e}"
                        )
                    });
                self
            }
            ///The total amount of RAM available to the host operating system (e.g. `7.9 GB`).
            pub fn host_memory_total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_memory_total = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for host_memory_total: {e}"
                        )
                    });
                self
            }
            ///The name of this host.
            pub fn host_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_name: {e}")
                    });
                self
            }
            ///The port used by clients to connect to this server.
            pub fn host_port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_port: {e}")
                    });
                self
            }
            /**The load average of the system over the last 1, 5 and 15 minutes, comma separated
(e.g. `5.14, 4.38, 3.95`).
*/
            pub fn load<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.load = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for load: {e}")
                    });
                self
            }
            ///The number of active (versus deactivated) orgs.
            pub fn org_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_count: {e}")
                    });
                self
            }
            ///The above total from 30 days ago.
            pub fn previous_month_archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_month_archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_month_archive_bytes: {e}"
                        )
                    });
                self
            }
            ///The number of active (versus deactivated) computers.
            pub fn seat_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seat_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seat_count: {e}")
                    });
                self
            }
            ///The human-readable amount of time this PRO Server has been running.
            pub fn uptime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.uptime = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uptime: {e}")
                    });
                self
            }
            ///The milliseconds this PRO Server has been running.
            pub fn uptime_milliseconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.uptime_milliseconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for uptime_milliseconds: {e}"
                        )
                    });
                self
            }
            ///The software version date.
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerStats> for super::ServerStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backup_session_count: value.backup_session_count?,
                    connected_client_count: value.connected_client_count?,
                    cpu_utilization: value.cpu_utilization?,
                    current_archive_bytes: value.current_archive_bytes?,
                    disk_free: value.disk_free?,
                    disk_total: value.disk_total?,
                    disk_utilization: value.disk_utilization?,
                    engine_memory_free: value.engine_memory_free?,
                    engine_memory_total: value.engine_memory_total?,
                    host_addresses: value.host_addresses?,
                    host_memory_cached: value.host_memory_cached?,
                    host_memory_free: value.host_memory_free?,
                    host_memory_total: value.host_memory_total?,
                    host_name: value.host_name?,
                    host_port: value.host_port?,
                    load: value.load?,
                    org_count: value.org_count?,
                    previous_month_archive_bytes: value.previous_month_archive_bytes?,
                    seat_count: value.seat_count?,
                    uptime: value.uptime?,
                    uptime_milliseconds: value.uptime_milliseconds?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ServerStats> for ServerStats {
            fn from(value: super::ServerStats) -> Self {
                Self {
                    backup_session_count: Ok(value.backup_session_count),
                    connected_client_count: Ok(value.connected_client_count),
                    cpu_utilization: Ok(value.cpu_utilization),
                    current_archive_bytes: Ok(value.current_archive_bytes),
                    disk_free: Ok(value.disk_free),
                    disk_total: Ok(value.disk_total),
                    disk_utilization: Ok(value.disk_utilization),
                    engine_memory_free: Ok(value.engine_memory_free),
                    engine_memory_total: Ok(value.engine_memory_total),
                    host_addresses: Ok(value.host_addresses),
                    host_memory_cached: Ok(value.host_memory_cached),
                    host_memory_free: Ok(value.host_memory_free),
                    host_memory_total: Ok(value.host_memory_total),
                    host_name: Ok(value.host_name),
                    host_port: Ok(value.host_port),
                    load: Ok(value.load),
                    org_count: Ok(value.org_count),
                    previous_month_archive_bytes: Ok(value.previous_month_archive_bytes),
                    seat_count: Ok(value.seat_count),
                    uptime: Ok(value.uptime),
                    uptime_milliseconds: Ok(value.uptime_milliseconds),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`Usage`](super::Usage): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct Usage {
            alert_states: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            is_using: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_activity: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_connected: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            selected_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            selected_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_connected_to_server: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            source_guid: ::std::result::Result<i64, ::std::string::String>,
            source_id: ::std::result::Result<i64, ::std::string::String>,
            source_last_connected_to_server: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            source_org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_user_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            target_gu_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            target_id: ::std::result::Result<i64, ::std::string::String>,
            todo_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            todo_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Usage {
            fn default() -> Self {
                Self {
                    alert_states: Err("no value supplied for alert_states".to_string()),
                    archive_bytes: Ok(Default::default()),
                    is_using: Ok(Default::default()),
                    last_activity: Ok(Default::default()),
                    last_connected: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    selected_files: Ok(Default::default()),
                    source_connected_to_server: Ok(Default::default()),
                    source_guid: Err("no value supplied for source_guid".to_string()),
                    source_id: Err("no value supplied for source_id".to_string()),
                    source_last_connected_to_server: Ok(Default::default()),
                    source_org_id: Ok(Default::default()),
                    source_status: Ok(Default::default()),
                    source_user_id: Ok(Default::default()),
                    target_gu_id: Ok(Default::default()),
                    target_id: Err("no value supplied for target_id".to_string()),
                    todo_bytes: Ok(Default::default()),
                    todo_files: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Usage {
            ///Alerts triggered for this source/target combination.
            pub fn alert_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alert_states = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_states: {e}")
                    });
                self
            }
            ///The number of bytes used on the target computer.
            pub fn archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_bytes: {e}")
                    });
                self
            }
            /**False if backed up to a server and an archive hold period is in effect; then no
backups are occurring.
*/
            pub fn is_using<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_using = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_using: {e}")
                    });
                self
            }
            ///The last time the source backed up to the target.
            pub fn last_activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_activity: {e}")
                    });
                self
            }
            ///The last time the source connected to the target.
            pub fn last_connected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_connected = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_connected: {e}"
                        )
                    });
                self
            }
            ///The number of bytes selected on the source computer.
            pub fn selected_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_bytes: {e}"
                        )
                    });
                self
            }
            ///The number of files selected on the source computer.
            pub fn selected_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_files: {e}"
                        )
                    });
                self
            }
            ///Whether the source computer is connected to the server.
            pub fn source_connected_to_server<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_connected_to_server = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_connected_to_server: {e}"
                        )
                    });
                self
            }
            ///The GUID of the source computer.
            pub fn source_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.source_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_guid: {e}")
                    });
                self
            }
            ///The id of the source computer.
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            ///When the source computer last checked in with the server.
            pub fn source_last_connected_to_server<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.source_last_connected_to_server = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_last_connected_to_server: {e}"
                        )
                    });
                self
            }
            ///The id of the org to which the source computer's user belongs.
            pub fn source_org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_org_id: {e}")
                    });
                self
            }
            /**`Active` if the computer is currently active, `Deactivated` if it has been
deactivated; servers may send a comma separated list such as `Blocked,Active`.
*/
            pub fn source_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_status: {e}")
                    });
                self
            }
            ///The id of the user to which the source computer belongs.
            pub fn source_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_user_id: {e}"
                        )
                    });
                self
            }
            /**The GUID of the computer the source is backing up to (spelled `targetGuId` by the
server).
*/
            pub fn target_gu_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_gu_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_gu_id: {e}")
                    });
                self
            }
            ///The id of the computer the source is backing up to.
            pub fn target_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.target_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_id: {e}")
                    });
                self
            }
            ///The number of bytes left to back up from the source computer.
            pub fn todo_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_bytes: {e}")
                    });
                self
            }
            ///The number of files left to back up from the source computer.
            pub fn todo_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_files: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Usage> for super::Usage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Usage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alert_states: value.alert_states?,
                    archive_bytes: value.archive_bytes?,
                    is_using: value.is_using?,
                    last_activity: value.last_activity?,
                    last_connected: value.last_connected?,
                    selected_bytes: value.selected_bytes?,
                    selected_files: value.selected_files?,
                    source_connected_to_server: value.source_connected_to_server?,
                    source_guid: value.source_guid?,
                    source_id: value.source_id?,
                    source_last_connected_to_server: value
                        .source_last_connected_to_server?,
                    source_org_id: value.source_org_id?,
                    source_status: value.source_status?,
                    source_user_id: value.source_user_id?,
                    target_gu_id: value.target_gu_id?,
                    target_id: value.target_id?,
                    todo_bytes: value.todo_bytes?,
                    todo_files: value.todo_files?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Usage> for Usage {
            fn from(value: super::Usage) -> Self {
                Self {
                    alert_states: Ok(value.alert_states),
                    archive_bytes: Ok(value.archive_bytes),
                    is_using: Ok(value.is_using),
                    last_activity: Ok(value.last_activity),
                    last_connected: Ok(value.last_connected),
                    selected_bytes: Ok(value.selected_bytes),
                    selected_files: Ok(value.selected_files),
                    source_connected_to_server: Ok(value.source_connected_to_server),
                    source_guid: Ok(value.source_guid),
                    source_id: Ok(value.source_id),
                    source_last_connected_to_server: Ok(
                        value.source_last_connected_to_server,
                    ),
                    source_org_id: Ok(value.source_org_id),
                    source_status: Ok(value.source_status),
                    source_user_id: Ok(value.source_user_id),
                    target_gu_id: Ok(value.target_gu_id),
                    target_id: Ok(value.target_id),
                    todo_bytes: Ok(value.todo_bytes),
                    todo_files: Ok(value.todo_files),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`UsageList`](super::UsageList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UsageList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            usages: ::std::result::Result<
                ::std::vec::Vec<super::Usage>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UsageList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    usages: Err("no value supplied for usages".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UsageList {
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///The usages of this page.
            pub fn usages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Usage>>,
                T::Error: ::std::fmt::Display,
            {
                self.usages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for usages: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UsageList> for super::UsageList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsageList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    usages: value.usages?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UsageList> for UsageList {
            fn from(value: super::UsageList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    usages: Ok(value.usages),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`User`](super::User): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct User {
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<i64, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_name: Ok(Default::default()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    org_id: Err("no value supplied for org_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    username: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl User {
            ///The creation date and time of the user account.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Email address of the user.
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///First name of the user.
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            ///Unique numeric id of the user.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Last name of the user.
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            ///The modification date and time of the user account.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///The id of the org to which this user belongs.
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            /**`Active` if the user is currently active, `Deactivated` if the user has been
deactivated.
*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /**Login name of the user. Not in the reference's property tables; present when the
server sends it.
*/
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    creation_date: value.creation_date?,
                    email: value.email?,
                    first_name: value.first_name?,
                    id: value.id?,
                    last_name: value.last_name?,
                    modification_date: value.modification_date?,
                    org_id: value.org_id?,
                    status: value.status?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    creation_date: Ok(value.creation_date),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    modification_date: Ok(value.modification_date),
                    org_id: Ok(value.org_id),
                    status: Ok(value.status),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`UserCreate`](super::UserCreate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UserCreate {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<i64, ::std::string::String>,
            password: ::std::result::Result<crate::Secret, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserCreate {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    first_name: Err("no value supplied for first_name".to_string()),
                    last_name: Err("no value supplied for last_name".to_string()),
                    org_id: Err("no value supplied for org_id".to_string()),
                    password: Err("no value supplied for password".to_string()),
                    username: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UserCreate {
            ///Email address of the user.
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///First name of the user.
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            ///Last name of the user.
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            ///The id of the org the user joins.
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            ///A password. Never returned by the server; redacted in `Debug` output.
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            ///Login name; defaults to the email address.
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserCreate> for super::UserCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    org_id: value.org_id?,
                    password: value.password?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserCreate> for UserCreate {
            fn from(value: super::UserCreate) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    org_id: Ok(value.org_id),
                    password: Ok(value.password),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`UserDetail`](super::UserDetail): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UserDetail {
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            archive_bytes_delta: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            archive_bytes_delta_month: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            daily_change: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::FixedOffset>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<i64, ::std::string::String>,
            quota: ::std::result::Result<
                ::std::option::Option<super::UserQuota>,
                ::std::string::String,
            >,
            selected_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            selected_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            todo_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            todo_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserDetail {
            fn default() -> Self {
                Self {
                    archive_bytes: Ok(Default::default()),
                    archive_bytes_delta: Ok(Default::default()),
                    archive_bytes_delta_month: Ok(Default::default()),
                    creation_date: Err(
                        "no value supplied for creation_date".to_string(),
                    ),
                    daily_change: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_name: Ok(Default::default()),
                    modification_date: Err(
                        "no value supplied for modification_date".to_string(),
                    ),
                    org_id: Err("no value supplied for org_id".to_string()),
                    quota: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    selected_files: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    todo_bytes: Ok(Default::default()),
                    todo_files: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UserDetail {
            ///Number of bytes stored in the user's archive(s).
            pub fn archive_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_bytes: {e}")
                    });
                self
            }
            ///Change in the number of bytes stored in the user's archive(s).
            pub fn archive_bytes_delta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes_delta = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_bytes_delta: {e}"
                        )
                    });
                self
            }
            ///Change in the number of bytes stored in the user's archive(s) over a month.
            pub fn archive_bytes_delta_month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_bytes_delta_month = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_bytes_delta_month: {e}"
                        )
                    });
                self
            }
            ///The creation date and time of the user account.
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            ///Daily change in archive bytes (undocumented by the reference).
            pub fn daily_change<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_change = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for daily_change: {e}")
                    });
                self
            }
            ///Email address of the user.
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///First name of the user.
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            ///Unique numeric id of the user.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Last name of the user.
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            ///The modification date and time of the user account.
            pub fn modification_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_date: {e}"
                        )
                    });
                self
            }
            ///The id of the org to which this user belongs.
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            ///Quota configured for a user.
            pub fn quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserQuota>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quota: {e}")
                    });
                self
            }
            ///Byte count of all files selected for backup.
            pub fn selected_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_bytes: {e}"
                        )
                    });
                self
            }
            ///Count of all files selected for backup.
            pub fn selected_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_files: {e}"
                        )
                    });
                self
            }
            /**`Active` if the user is currently active, `Deactivated` if the user has been
deactivated.
*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///Byte count of all files waiting to be backed up.
            pub fn todo_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_bytes: {e}")
                    });
                self
            }
            ///Count of all files waiting to be backed up.
            pub fn todo_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.todo_files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for todo_files: {e}")
                    });
                self
            }
            /**Login name of the user. Not in the reference's property tables; present when the
server sends it.
*/
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserDetail> for super::UserDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archive_bytes: value.archive_bytes?,
                    archive_bytes_delta: value.archive_bytes_delta?,
                    archive_bytes_delta_month: value.archive_bytes_delta_month?,
                    creation_date: value.creation_date?,
                    daily_change: value.daily_change?,
                    email: value.email?,
                    first_name: value.first_name?,
                    id: value.id?,
                    last_name: value.last_name?,
                    modification_date: value.modification_date?,
                    org_id: value.org_id?,
                    quota: value.quota?,
                    selected_bytes: value.selected_bytes?,
                    selected_files: value.selected_files?,
                    status: value.status?,
                    todo_bytes: value.todo_bytes?,
                    todo_files: value.todo_files?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserDetail> for UserDetail {
            fn from(value: super::UserDetail) -> Self {
                Self {
                    archive_bytes: Ok(value.archive_bytes),
                    archive_bytes_delta: Ok(value.archive_bytes_delta),
                    archive_bytes_delta_month: Ok(value.archive_bytes_delta_month),
                    creation_date: Ok(value.creation_date),
                    daily_change: Ok(value.daily_change),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    modification_date: Ok(value.modification_date),
                    org_id: Ok(value.org_id),
                    quota: Ok(value.quota),
                    selected_bytes: Ok(value.selected_bytes),
                    selected_files: Ok(value.selected_files),
                    status: Ok(value.status),
                    todo_bytes: Ok(value.todo_bytes),
                    todo_files: Ok(value.todo_files),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`UserList`](super::UserList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UserList {
            metadata: ::std::result::Result<super::ListMetadata, ::std::string::String>,
            users: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserList {
            fn default() -> Self {
                Self {
                    metadata: Err("no value supplied for metadata".to_string()),
                    users: Err("no value supplied for users".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UserList {
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ListMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            ///The users of this page (list view), ordered by id.
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserList> for super::UserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    users: value.users?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserList> for UserList {
            fn from(value: super::UserList) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    users: Ok(value.users),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`UserQuota`](super::UserQuota): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UserQuota {
            bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserQuota {
            fn default() -> Self {
                Self {
                    bytes: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UserQuota {
            ///Configured size quota for this user (in gigabytes).
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bytes: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserQuota> for super::UserQuota {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserQuota,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserQuota> for UserQuota {
            fn from(value: super::UserQuota) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`UserUpdate`](super::UserUpdate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UserUpdate {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            quota: ::std::result::Result<
                ::std::option::Option<super::UserQuota>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserUpdate {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    password: Ok(Default::default()),
                    quota: Ok(Default::default()),
                    status: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UserUpdate {
            ///New email address.
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///New first name.
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            ///New last name.
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            ///Move the user to the org with this id.
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            ///A password. Never returned by the server; redacted in `Debug` output.
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            ///Quota configured for a user.
            pub fn quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserQuota>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quota: {e}")
                    });
                self
            }
            ///`Deactivated` to deactivate the user, `Active` to reactivate it.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///New login name.
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserUpdate> for super::UserUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    org_id: value.org_id?,
                    password: value.password?,
                    quota: value.quota?,
                    status: value.status?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserUpdate> for UserUpdate {
            fn from(value: super::UserUpdate) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    org_id: Ok(value.org_id),
                    password: Ok(value.password),
                    quota: Ok(value.quota),
                    status: Ok(value.status),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for CrashPlan PRO REST API

The CrashPlan PRO Web Services Interface (CrashPlan PRO release 3.08.2010 and later): a set of
resources manipulated with REST actions (create, retrieve, update, list).

Written by hand from the CrashPlan PRO REST API reference. This file is the single source of
truth: `cargo xtask generate` turns it into the `crashplan-api` crate, the emulator serves it,
and the examples under `spec/examples/` are validated against it.

Conventions:
* Ids and GUIDs are 64-bit integers; GUIDs exceed 2^53 and must be read as integers, never as
  floating point numbers.
* Dates are ISO 8601 strings with an offset, e.g. `2008-10-28T10:58:47.632-05:00`.
* Lists are wrapped in an envelope `{"metadata": {...}, "<resource>": [...]}`.
* Paging is disabled by default: a list returns every matching item unless `offset`/`limit`
  or `page`/`pageSize` are given.
* Status strings are documented as open sets: clients must accept values not listed here.
  `x-known-values` names the documented values of such a string.
* Objects are open: servers send properties this document does not name
  (`additionalProperties: {}`); clients keep them.
* Only JSON is served and consumed (`application/json`). The reference also mentions XML
  and `text/plain`; they are not described here: a request asking only for them is answered
  406, and a body in another format 415.
* Vendor extensions used by the generator (`cargo xtask generate`):
  `x-crashplan-operation` names an operation's resource and verb where the first tag and
  the operationId's first word (`listUsers`: `users`, `list`) do not (`resource`, `verb`),
  or marks the SDK's own machinery (`sdk: internal`: the login, no method or command);
  `x-crashplan-paging` marks the paging parameters (`true` for `offset`, `limit`, `page`,
  `pageSize`, or the role of a parameter named otherwise); `x-crashplan-filter` maps a
  list filter to the item property it compares (`property`, default the parameter's name)
  and how (`match`: `equals` (default), `ignoreCase`, `computerGuid` (the property holds a
  computer id whose GUID is compared), `recentDays` (a date within the most recent N days
  that have items)); `x-crashplan-filter: false` says a query parameter of a list is not
  a filter. A filter that compares no property of the items under its own name, without
  this extension, is still sent by every layer, but nothing can evaluate it locally.


Version: 3.8.2010*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::hooks::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::hooks::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::hooks::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::hooks::Hooks> for Client {
    fn api_version() -> &'static str {
        "3.8.2010"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::hooks::Hooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::hooks::Hooks>,
    {}
};
impl Client {
    /**Log in with a local account and obtain a `v3_user_token`

Exchanges HTTP Basic credentials (and, for accounts with two-factor authentication, a
time-based one-time password in the `totp-auth` header) for a user token. Later requests
send `Authorization: v3_user_token <token>`. A token eventually expires; the server then
answers 401 and the client logs in again.


Sends a `GET` request to `/api/v3/auth/jwt`

Arguments:
- `use_body`: Must be `true`; the token is returned in the response body.
- `totp_auth`: Time-based one-time password, for accounts with two-factor authentication.
```ignore
let response = client.get_user_token()
    .use_body(use_body)
    .totp_auth(totp_auth)
    .send()
    .await;
```*/
    pub fn get_user_token(&self) -> builder::GetUserToken<'_> {
        builder::GetUserToken::new(self)
    }
    /**List all orgs

Lists every org on the server, constrained by the optional filters. Items are in list
view (no aggregated statistics); retrieve an org for its detail view.


Sends a `GET` request to `/rest/orgs`

Arguments:
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `name`: Only orgs with exactly this name.
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `parent_id`: Only orgs whose parent org has this id.
- `status`: Only orgs with this status (`Active` or `Deactivated`), in any case.
```ignore
let response = client.list_orgs()
    .limit(limit)
    .name(name)
    .offset(offset)
    .page(page)
    .page_size(page_size)
    .parent_id(parent_id)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_orgs(&self) -> builder::ListOrgs<'_> {
        builder::ListOrgs::new(self)
    }
    /**Create a new org

Creates an org from the given values. `name` and `parentId` are required. Answers with
the detailed information about the new org, identical to a retrieve operation.


Sends a `POST` request to `/rest/orgs`

```ignore
let response = client.create_org()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org(&self) -> builder::CreateOrg<'_> {
        builder::CreateOrg::new(self)
    }
    /**Retrieve an org

Retrieves the detail view of one org: the list view plus statistics aggregated for all
computers within the org, taken from the last successful run of the nightly ArchiveRecord
report.


Sends a `GET` request to `/rest/orgs/{id}`

Arguments:
- `id`: The id of the resource.
```ignore
let response = client.get_org()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_org(&self) -> builder::GetOrg<'_> {
        builder::GetOrg::new(self)
    }
    /**Update an org

Updates the given properties of an org; properties not sent are left unchanged. Sending
`{"status": "Deactivated"}` deactivates the org, and the server appends
` deactivated <yyyy-MM-dd HH:mm>` to its name. Answers with the detailed information about
the updated org, identical to a retrieve operation.


Sends a `PUT` request to `/rest/orgs/{id}`

Arguments:
- `id`: The id of the resource.
- `body`
```ignore
let response = client.update_org()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_org(&self) -> builder::UpdateOrg<'_> {
        builder::UpdateOrg::new(self)
    }
    /**List all users

Lists every user on the server, constrained by the optional filters. Items are in list
view; retrieve a user for its detail view (archive statistics and quota).


Sends a `GET` request to `/rest/users`

Arguments:
- `email`: Only users with exactly this email address.
- `first_name`: Only users with exactly this first name.
- `id`: Only the user with this id.
- `last_name`: Only users with exactly this last name.
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `org_id`: Only users who belong to the org with this id.
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `status`: Only users with this status (`Active` or `Deactivated`), in any case.
```ignore
let response = client.list_users()
    .email(email)
    .first_name(first_name)
    .id(id)
    .last_name(last_name)
    .limit(limit)
    .offset(offset)
    .org_id(org_id)
    .page(page)
    .page_size(page_size)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
    /**Create a new user

Creates a user in an org. `orgId`, `firstName`, `lastName` and `password` are required,
and at least one of `username` and `email` (a user created with only an email logs in
with it). Answers with the new user. A username or email that is already taken is a 409.


Sends a `POST` request to `/rest/users`

```ignore
let response = client.create_user()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_user(&self) -> builder::CreateUser<'_> {
        builder::CreateUser::new(self)
    }
    /**Retrieve a user

Retrieves the detail view of one user: the list view plus statistics aggregated for all
computers of the user, taken from the last successful run of the nightly ArchiveRecord
report, and the user's quota.


Sends a `GET` request to `/rest/users/{id}`

Arguments:
- `id`: The id of the resource.
```ignore
let response = client.get_user()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_user(&self) -> builder::GetUser<'_> {
        builder::GetUser::new(self)
    }
    /**Update a user

Updates the given properties of a user; properties not sent are left unchanged. Sending
`{"status": "Deactivated"}` deactivates the user, `{"status": "Active"}` reactivates it.
Answers with the detailed information about the updated user.


Sends a `PUT` request to `/rest/users/{id}`

Arguments:
- `id`: The id of the resource.
- `body`
```ignore
let response = client.update_user()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_user(&self) -> builder::UpdateUser<'_> {
        builder::UpdateUser::new(self)
    }
    /**List all computers

Lists every computer that has connected to the server, constrained by the optional
filters. Items are in list view; retrieve a computer for its detail view. Computers cannot
be created through the API.


Sends a `GET` request to `/rest/computers`

Arguments:
- `guid`: Only the computer with this GUID.
- `id`: Only the computer with this id.
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `name`: Only computers with exactly this name.
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `status`: Only computers with this status (`Active` or `Deactivated`), in any case.
- `user_id`: Only computers that belong to the user with this id.
```ignore
let response = client.list_computers()
    .guid(guid)
    .id(id)
    .limit(limit)
    .name(name)
    .offset(offset)
    .page(page)
    .page_size(page_size)
    .status(status)
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn list_computers(&self) -> builder::ListComputers<'_> {
        builder::ListComputers::new(self)
    }
    /**Retrieve a computer

Retrieves the detail view of one computer: the list view plus its operating system,
software versions and backup statistics to the PRO Server.


Sends a `GET` request to `/rest/computers/{id}`

Arguments:
- `id`: The id of the resource.
```ignore
let response = client.get_computer()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_computer(&self) -> builder::GetComputer<'_> {
        builder::GetComputer::new(self)
    }
    /**List backup usages (source computer to backup target)

Lists the backup targets (usages) of computers. If you monitor the backups of many
computers on a regular basis this resource is much more efficient than Computer and
ComputerUsage. There is no detail view.


Sends a `GET` request to `/rest/usages`

Arguments:
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `org_id`: Only usages of computers whose user belongs to the org with this id.
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `user_id`: Only usages of computers that belong to the user with this id.
```ignore
let response = client.list_usages()
    .limit(limit)
    .offset(offset)
    .org_id(org_id)
    .page(page)
    .page_size(page_size)
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn list_usages(&self) -> builder::ListUsages<'_> {
        builder::ListUsages::new(self)
    }
    /**List computer usage records

Lists records of computer usage: statistics about the interaction between a source
computer and a target computer. There is no detail view and no create action.


Sends a `GET` request to `/rest/computerUsage`

Arguments:
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `source_guid`: Only records whose source computer has this GUID.
- `source_id`: Only records whose source computer has this id.
- `target_guid`: Only records whose target computer has this GUID.
- `target_id`: Only records whose target computer has this id.
```ignore
let response = client.list_computer_usages()
    .limit(limit)
    .offset(offset)
    .page(page)
    .page_size(page_size)
    .source_guid(source_guid)
    .source_id(source_id)
    .target_guid(target_guid)
    .target_id(target_id)
    .send()
    .await;
```*/
    pub fn list_computer_usages(&self) -> builder::ListComputerUsages<'_> {
        builder::ListComputerUsages::new(self)
    }
    /**List all mount points (administrators only)

Lists the locations where CrashPlan PRO stores backups or other information. Only
administrators can access mount point information; other users get 403. The reference
does not list paging parameters for mount points; servers that ignore them return every
mount point.


Sends a `GET` request to `/rest/mountPoints`

Arguments:
- `id`: Only the mount point with this id.
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `name`: Only mount points with exactly this name.
- `note`: Only mount points with exactly this note.
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `status`: Only mount points with this status (`ENABLED` or `DISABLED`), in any case.
- `type_`: Only mount points of this type (`DIR`).
- `volume_label`: Only mount points with this volume label.
```ignore
let response = client.list_mount_points()
    .id(id)
    .limit(limit)
    .name(name)
    .note(note)
    .offset(offset)
    .page(page)
    .page_size(page_size)
    .status(status)
    .type_(type_)
    .volume_label(volume_label)
    .send()
    .await;
```*/
    pub fn list_mount_points(&self) -> builder::ListMountPoints<'_> {
        builder::ListMountPoints::new(self)
    }
    /**Retrieve a mount point (administrators only)

Retrieves the detail view of one mount point: the list view plus its capacity. Only
administrators can access mount point information; other users get 403.


Sends a `GET` request to `/rest/mountPoints/{id}`

Arguments:
- `id`: The id of the resource.
```ignore
let response = client.get_mount_point()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_mount_point(&self) -> builder::GetMountPoint<'_> {
        builder::GetMountPoint::new(self)
    }
    /**Retrieve server statistics (administrators only)

Real-time statistics about what is happening inside the server. Only administrators can
access this resource; other users get 403.


Sends a `GET` request to `/rest/serverStats`

```ignore
let response = client.get_server_stats()
    .send()
    .await;
```*/
    pub fn get_server_stats(&self) -> builder::GetServerStats<'_> {
        builder::GetServerStats::new(self)
    }
    /**List daily archive records

Lists daily historical records of archive statistics, newest first. Records for users
and orgs are summaries of all the computers in that user or org. There is no detail view
and no create action.


Sends a `GET` request to `/rest/archiveRecords`

Arguments:
- `days_back`: Only the records of the most recent `daysBack` days that have records.
- `limit`: Paging. Maximum number of items to return (default 0, unlimited).
- `offset`: Paging. Index of the first item to return (default 0, the first item).
- `org_id`: Only records that summarise the org with this id.
- `page`: Paging. Number of the page to return, starting at 1 (default 1).
- `page_size`: Paging. Number of items per page (default 0, unlimited).
- `source_guid`: Only records of the source computer with this GUID.
- `source_id`: Only records of the source computer with this id.
- `target_guid`: Only records of the target computer with this GUID.
- `target_id`: Only records of the target computer with this id.
- `user_id`: Only records that summarise the user with this id.
```ignore
let response = client.list_archive_records()
    .days_back(days_back)
    .limit(limit)
    .offset(offset)
    .org_id(org_id)
    .page(page)
    .page_size(page_size)
    .source_guid(source_guid)
    .source_id(source_id)
    .target_guid(target_guid)
    .target_id(target_id)
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn list_archive_records(&self) -> builder::ListArchiveRecords<'_> {
        builder::ListArchiveRecords::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_user_token`]

[`Client::get_user_token`]: super::Client::get_user_token*/
    #[derive(Debug, Clone)]
    pub struct GetUserToken<'a> {
        client: &'a super::Client,
        use_body: Result<bool, String>,
        totp_auth: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetUserToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                use_body: Err("use_body was not initialized".to_string()),
                totp_auth: Ok(None),
            }
        }
        pub fn use_body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.use_body = value
                .try_into()
                .map_err(|_| "conversion to `bool` for use_body failed".to_string());
            self
        }
        pub fn totp_auth<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.totp_auth = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for totp_auth failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v3/auth/jwt`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AuthTokenResponse>, Error<()>> {
            let Self { client, use_body, totp_auth } = self;
            let use_body = use_body.map_err(Error::InvalidRequest)?;
            let totp_auth = totp_auth.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v3/auth/jwt", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = totp_auth {
                header_map.append("totp-auth", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("useBody", &use_body))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_orgs`]

[`Client::list_orgs`]: super::Client::list_orgs*/
    #[derive(Debug, Clone)]
    pub struct ListOrgs<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        parent_id: Result<Option<i64>, String>,
        status: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListOrgs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                parent_id: Ok(None),
                status: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn parent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.parent_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for parent_id failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/rest/orgs`
        pub async fn send(self) -> Result<ResponseValue<types::OrgList>, Error<()>> {
            let Self {
                client,
                limit,
                name,
                offset,
                page,
                page_size,
                parent_id,
                status,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let parent_id = parent_id.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/orgs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("parentId", &parent_id))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_orgs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_org`]

[`Client::create_org`]: super::Client::create_org*/
    #[derive(Debug, Clone)]
    pub struct CreateOrg<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrgCreate, String>,
    }
    impl<'a> CreateOrg<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrgCreate>,
            <V as std::convert::TryInto<types::OrgCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrgCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::OrgCreate) -> types::builder::OrgCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/rest/orgs`
        pub async fn send(self) -> Result<ResponseValue<types::OrgDetail>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::OrgCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/orgs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_org",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_org`]

[`Client::get_org`]: super::Client::get_org*/
    #[derive(Debug, Clone)]
    pub struct GetOrg<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetOrg<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/orgs/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::OrgDetail>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/rest/orgs/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_org",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_org`]

[`Client::update_org`]: super::Client::update_org*/
    #[derive(Debug, Clone)]
    pub struct UpdateOrg<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::OrgUpdate, String>,
    }
    impl<'a> UpdateOrg<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrgUpdate>,
            <V as std::convert::TryInto<types::OrgUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OrgUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::OrgUpdate) -> types::builder::OrgUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/rest/orgs/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::OrgDetail>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::OrgUpdate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/rest/orgs/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_org",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_users`]

[`Client::list_users`]: super::Client::list_users*/
    #[derive(Debug, Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
        email: Result<Option<::std::string::String>, String>,
        first_name: Result<Option<::std::string::String>, String>,
        id: Result<Option<i64>, String>,
        last_name: Result<Option<::std::string::String>, String>,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
        org_id: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        status: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email: Ok(None),
                first_name: Ok(None),
                id: Ok(None),
                last_name: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                org_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                status: Ok(None),
            }
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn first_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.first_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for first_name failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn last_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_name failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.org_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for org_id failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/rest/users`
        pub async fn send(self) -> Result<ResponseValue<types::UserList>, Error<()>> {
            let Self {
                client,
                email,
                first_name,
                id,
                last_name,
                limit,
                offset,
                org_id,
                page,
                page_size,
                status,
            } = self;
            let email = email.map_err(Error::InvalidRequest)?;
            let first_name = first_name.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let last_name = last_name.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("firstName", &first_name))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("lastName", &last_name))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("orgId", &org_id))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_user`]

[`Client::create_user`]: super::Client::create_user*/
    #[derive(Debug, Clone)]
    pub struct CreateUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserCreate, String>,
    }
    impl<'a> CreateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserCreate>,
            <V as std::convert::TryInto<types::UserCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserCreate,
            ) -> types::builder::UserCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/rest/users`
        pub async fn send(self) -> Result<ResponseValue<types::UserDetail>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::UserCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_user`]

[`Client::get_user`]: super::Client::get_user*/
    #[derive(Debug, Clone)]
    pub struct GetUser<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/users/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::UserDetail>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/rest/users/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_user`]

[`Client::update_user`]: super::Client::update_user*/
    #[derive(Debug, Clone)]
    pub struct UpdateUser<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::UserUpdate, String>,
    }
    impl<'a> UpdateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserUpdate>,
            <V as std::convert::TryInto<types::UserUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserUpdate,
            ) -> types::builder::UserUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/rest/users/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::UserDetail>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UserUpdate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/rest/users/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_computers`]

[`Client::list_computers`]: super::Client::list_computers*/
    #[derive(Debug, Clone)]
    pub struct ListComputers<'a> {
        client: &'a super::Client,
        guid: Result<Option<i64>, String>,
        id: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        status: Result<Option<::std::string::String>, String>,
        user_id: Result<Option<i64>, String>,
    }
    impl<'a> ListComputers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                guid: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                status: Ok(None),
                user_id: Ok(None),
            }
        }
        pub fn guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.guid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for guid failed".to_string());
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/computers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ComputerList>, Error<()>> {
            let Self {
                client,
                guid,
                id,
                limit,
                name,
                offset,
                page,
                page_size,
                status,
                user_id,
            } = self;
            let guid = guid.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/computers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("guid", &guid))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("userId", &user_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_computers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_computer`]

[`Client::get_computer`]: super::Client::get_computer*/
    #[derive(Debug, Clone)]
    pub struct GetComputer<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetComputer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/computers/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ComputerDetail>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/rest/computers/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_computer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_usages`]

[`Client::list_usages`]: super::Client::list_usages*/
    #[derive(Debug, Clone)]
    pub struct ListUsages<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
        org_id: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        user_id: Result<Option<i64>, String>,
    }
    impl<'a> ListUsages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                org_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                user_id: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.org_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for org_id failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/usages`
        pub async fn send(self) -> Result<ResponseValue<types::UsageList>, Error<()>> {
            let Self { client, limit, offset, org_id, page, page_size, user_id } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/usages", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("orgId", &org_id))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("userId", &user_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_usages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_computer_usages`]

[`Client::list_computer_usages`]: super::Client::list_computer_usages*/
    #[derive(Debug, Clone)]
    pub struct ListComputerUsages<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        source_guid: Result<Option<i64>, String>,
        source_id: Result<Option<i64>, String>,
        target_guid: Result<Option<i64>, String>,
        target_id: Result<Option<i64>, String>,
    }
    impl<'a> ListComputerUsages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                source_guid: Ok(None),
                source_id: Ok(None),
                target_guid: Ok(None),
                target_id: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn source_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_guid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for source_guid failed".to_string());
            self
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn target_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.target_guid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for target_guid failed".to_string());
            self
        }
        pub fn target_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.target_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for target_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/computerUsage`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ComputerUsageList>, Error<()>> {
            let Self {
                client,
                limit,
                offset,
                page,
                page_size,
                source_guid,
                source_id,
                target_guid,
                target_id,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let source_guid = source_guid.map_err(Error::InvalidRequest)?;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let target_guid = target_guid.map_err(Error::InvalidRequest)?;
            let target_id = target_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/computerUsage", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("sourceGuid", &source_guid))
                .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
                .query(&progenitor_client::QueryParam::new("targetGuid", &target_guid))
                .query(&progenitor_client::QueryParam::new("targetId", &target_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_computer_usages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mount_points`]

[`Client::list_mount_points`]: super::Client::list_mount_points*/
    #[derive(Debug, Clone)]
    pub struct ListMountPoints<'a> {
        client: &'a super::Client,
        id: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        note: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        status: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::string::String>, String>,
        volume_label: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListMountPoints<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                note: Ok(None),
                offset: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                status: Ok(None),
                type_: Ok(None),
                volume_label: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn note<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.note = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for note failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        pub fn volume_label<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.volume_label = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for volume_label failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/rest/mountPoints`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MountPointList>, Error<()>> {
            let Self {
                client,
                id,
                limit,
                name,
                note,
                offset,
                page,
                page_size,
                status,
                type_,
                volume_label,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let note = note.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let volume_label = volume_label.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/mountPoints", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("note", &note))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(&progenitor_client::QueryParam::new("volumeLabel", &volume_label))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mount_points",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mount_point`]

[`Client::get_mount_point`]: super::Client::get_mount_point*/
    #[derive(Debug, Clone)]
    pub struct GetMountPoint<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetMountPoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/mountPoints/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MountPointDetail>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/rest/mountPoints/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mount_point",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_server_stats`]

[`Client::get_server_stats`]: super::Client::get_server_stats*/
    #[derive(Debug, Clone)]
    pub struct GetServerStats<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetServerStats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/rest/serverStats`
        pub async fn send(self) -> Result<ResponseValue<types::ServerStats>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/rest/serverStats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_server_stats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_archive_records`]

[`Client::list_archive_records`]: super::Client::list_archive_records*/
    #[derive(Debug, Clone)]
    pub struct ListArchiveRecords<'a> {
        client: &'a super::Client,
        days_back: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
        org_id: Result<Option<i64>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<i64>, String>,
        source_guid: Result<Option<i64>, String>,
        source_id: Result<Option<i64>, String>,
        target_guid: Result<Option<i64>, String>,
        target_id: Result<Option<i64>, String>,
        user_id: Result<Option<i64>, String>,
    }
    impl<'a> ListArchiveRecords<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                days_back: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                org_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                source_guid: Ok(None),
                source_id: Ok(None),
                target_guid: Ok(None),
                target_id: Ok(None),
                user_id: Ok(None),
            }
        }
        pub fn days_back<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.days_back = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for days_back failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.org_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for org_id failed".to_string());
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn source_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_guid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for source_guid failed".to_string());
            self
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn target_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.target_guid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for target_guid failed".to_string());
            self
        }
        pub fn target_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.target_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for target_id failed".to_string());
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rest/archiveRecords`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ArchiveRecordList>, Error<()>> {
            let Self {
                client,
                days_back,
                limit,
                offset,
                org_id,
                page,
                page_size,
                source_guid,
                source_id,
                target_guid,
                target_id,
                user_id,
            } = self;
            let days_back = days_back.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let source_guid = source_guid.map_err(Error::InvalidRequest)?;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let target_guid = target_guid.map_err(Error::InvalidRequest)?;
            let target_id = target_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rest/archiveRecords", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("daysBack", &days_back))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("orgId", &org_id))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("sourceGuid", &source_guid))
                .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
                .query(&progenitor_client::QueryParam::new("targetGuid", &target_guid))
                .query(&progenitor_client::QueryParam::new("targetId", &target_id))
                .query(&progenitor_client::QueryParam::new("userId", &user_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_archive_records",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
