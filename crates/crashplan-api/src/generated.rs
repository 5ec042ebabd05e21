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
        ///A session token (`v3_user_token` or an API client's `access_token`). Redacted in `Debug` output.
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
    /**A device (computer) of today's CrashPlan (`/api/v1/Computer`). Its GUID is a string of
digits (the 2010 API's is a number). Properties beyond the fixtures' are kept unnamed.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Device {
        ///Whether the device is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///The device's local address and port.
        pub address: ::std::option::Option<::std::string::String>,
        ///The alert state as a number (its meaning is not shown by the evidence).
        #[serde(
            rename = "alertState",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub alert_state: ::std::option::Option<i64>,
        ///The alert states, e.g. `OK`, `CriticalConnectionAlert`.
        #[serde(rename = "alertStates")]
        pub alert_states: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///One entry per destination (with `incBackupUsage=true`).
        #[serde(rename = "backupUsage")]
        pub backup_usage: ::std::option::Option<::std::vec::Vec<DeviceBackupUsage>>,
        ///Whether the device is blocked.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blocked: ::std::option::Option<bool>,
        ///The agent's build number.
        #[serde(
            rename = "buildVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub build_version: ::std::option::Option<i64>,
        ///An external reference (e.g. an asset tag).
        #[serde(rename = "computerExtRef")]
        pub computer_ext_ref: ::std::option::Option<::std::string::String>,
        ///The device's numeric id.
        #[serde(rename = "computerId")]
        pub computer_id: i64,
        ///When the device first connected.
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The device's GUID (a string of digits).
        pub guid: ::std::string::String,
        ///The Java version of the agent.
        #[serde(rename = "javaVersion")]
        pub java_version: ::std::option::Option<::std::string::String>,
        ///When the device last connected.
        #[serde(rename = "lastConnected")]
        pub last_connected: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When a user last signed in on the device.
        #[serde(rename = "loginDate")]
        pub login_date: ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
        ///The hardware model (null in every fixture; its type is not shown by the evidence).
        #[serde(rename = "modelInfo")]
        pub model_info: ::std::option::Option<::std::string::String>,
        ///When the device was last changed.
        #[serde(
            rename = "modificationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The device's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Free notes.
        pub notes: ::std::option::Option<::std::string::String>,
        ///The numeric id of the device's org.
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<i64>,
        ///The uid of the device's org.
        #[serde(
            rename = "orgUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_uid: ::std::option::Option<::std::string::String>,
        ///The processor architecture, e.g. `amd64`.
        #[serde(
            rename = "osArch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_arch: ::std::option::Option<::std::string::String>,
        ///The host name the operating system reports (`UNKNOWN` when not known).
        #[serde(
            rename = "osHostname",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_hostname: ::std::option::Option<::std::string::String>,
        ///`win`, `mac` or `linux`.
        #[serde(
            rename = "osName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_name: ::std::option::Option<::std::string::String>,
        ///The operating system's version.
        #[serde(
            rename = "osVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_version: ::std::option::Option<::std::string::String>,
        ///The GUID of the device this one replaced, if any.
        #[serde(rename = "parentComputerGuid")]
        pub parent_computer_guid: ::std::option::Option<::std::string::String>,
        ///The numeric id of the device this one replaced, if any.
        #[serde(rename = "parentComputerId")]
        pub parent_computer_id: ::std::option::Option<i64>,
        ///The agent's version, e.g. `8.2.2`.
        #[serde(
            rename = "productVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub product_version: ::std::option::Option<::std::string::String>,
        ///The address the server saw the device connect from.
        #[serde(rename = "remoteAddress")]
        pub remote_address: ::std::option::Option<::std::string::String>,
        ///The service the device backs up with, e.g. `CrashPlan`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        ///The device's settings (with `incSettings=true`; their shape is not shown by the evidence).
        pub settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///`Active`, `Deactivated` or `Active, Deauthorized` (the full set is not shown by the evidence).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<DeviceStatus>,
        ///The device's time zone, e.g. `America/Chicago`.
        #[serde(
            rename = "timeZone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_zone: ::std::option::Option<::std::string::String>,
        ///`COMPUTER` (other values are not shown by the evidence).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///The numeric id of the device's user.
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<i64>,
        ///The uid of the device's user.
        #[serde(
            rename = "userUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_uid: ::std::option::Option<::std::string::String>,
        ///The agent's version as a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Device {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::Device {
            Default::default()
        }
    }
    ///What a device is doing with one destination right now.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct DeviceActivity {
        ///Whether a backup is running.
        #[serde(
            rename = "backingUp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backing_up: ::std::option::Option<bool>,
        ///Whether the device is connected to the destination.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connected: ::std::option::Option<bool>,
        ///Bytes left in the running backup.
        #[serde(
            rename = "remainingBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remaining_bytes: ::std::option::Option<i64>,
        ///Files left in the running backup.
        #[serde(
            rename = "remainingFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remaining_files: ::std::option::Option<i64>,
        ///Whether a restore is running.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub restoring: ::std::option::Option<bool>,
        ///The estimated time left of the backup, in milliseconds.
        #[serde(
            rename = "timeRemainingInMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_remaining_in_ms: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceActivity {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DeviceActivity {
            Default::default()
        }
    }
    /**The backup of a device to one destination: today's counterpart of the 2010 API's
usages.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct DeviceBackupUsage {
        ///What a device is doing with one destination right now.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity: ::std::option::Option<DeviceActivity>,
        ///The alert state as a number.
        #[serde(
            rename = "alertState",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub alert_state: ::std::option::Option<i64>,
        ///The alert states, e.g. `CriticalBackupAlert`.
        #[serde(rename = "alertStates")]
        pub alert_states: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Bytes stored at the destination.
        #[serde(
            rename = "archiveBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_bytes: ::std::option::Option<i64>,
        ///The archive's format, e.g. `ARCHIVE_V1`.
        #[serde(
            rename = "archiveFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_format: ::std::option::Option<::std::string::String>,
        ///The GUID of the archive.
        #[serde(
            rename = "archiveGuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub archive_guid: ::std::option::Option<::std::string::String>,
        ///Bytes billed for.
        #[serde(
            rename = "billableBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billable_bytes: ::std::option::Option<i64>,
        ///When the last backup to this destination ran.
        #[serde(rename = "lastBackup")]
        pub last_backup: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the last backup to this destination completed.
        #[serde(rename = "lastCompletedBackup")]
        pub last_completed_backup: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the device last connected to this destination.
        #[serde(rename = "lastConnected")]
        pub last_connected: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the archive was last maintained.
        #[serde(rename = "lastMaintenanceDate")]
        pub last_maintenance_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///How much of the selection is backed up, in percent.
        #[serde(
            rename = "percentComplete",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub percent_complete: ::std::option::Option<f64>,
        ///Bytes selected for backup.
        #[serde(
            rename = "selectedBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_bytes: ::std::option::Option<i64>,
        ///Files selected for backup.
        #[serde(
            rename = "selectedFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_files: ::std::option::Option<i64>,
        ///The GUID of the storage server.
        #[serde(
            rename = "serverGuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_guid: ::std::option::Option<::std::string::String>,
        ///The name of the storage server.
        #[serde(
            rename = "serverName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_name: ::std::option::Option<::std::string::String>,
        ///The numeric id of the store point holding the archive.
        #[serde(
            rename = "storePointId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub store_point_id: ::std::option::Option<i64>,
        ///The name of the store point holding the archive.
        #[serde(
            rename = "storePointName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub store_point_name: ::std::option::Option<::std::string::String>,
        ///The destination's GUID.
        #[serde(
            rename = "targetComputerGuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_computer_guid: ::std::option::Option<::std::string::String>,
        ///The destination's name.
        #[serde(
            rename = "targetComputerName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_computer_name: ::std::option::Option<::std::string::String>,
        ///The destination's type, e.g. `SERVER`.
        #[serde(
            rename = "targetComputerType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_computer_type: ::std::option::Option<::std::string::String>,
        ///Bytes still to back up.
        #[serde(
            rename = "todoBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_bytes: ::std::option::Option<i64>,
        ///Files still to back up.
        #[serde(
            rename = "todoFiles",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_files: ::std::option::Option<i64>,
        ///Whether the device backs up to this destination.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub using: ::std::option::Option<bool>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceBackupUsage {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DeviceBackupUsage {
            Default::default()
        }
    }
    ///The device to deactivate or reactivate.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeviceDeactivation {
        ///The device's numeric id (`computerId`).
        pub id: i64,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceDeactivation {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DeviceDeactivation {
            Default::default()
        }
    }
    ///The answer of `listDevicesV1`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeviceList {
        ///One page of devices.
        pub data: DevicePage,
        ///Metadata of a list response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ListMetadata>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DeviceList {
            Default::default()
        }
    }
    ///One page of devices.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DevicePage {
        ///The devices of this page.
        pub computers: ::std::vec::Vec<Device>,
        /**The number of devices matching the filters, on every page. A hint only: the list
ends at the first short page, whatever it says.
*/
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DevicePage {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DevicePage {
            Default::default()
        }
    }
    ///One device, in the `data` envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct DeviceResponse {
        /**A device (computer) of today's CrashPlan (`/api/v1/Computer`). Its GUID is a string of
digits (the 2010 API's is a number). Properties beyond the fixtures' are kept unnamed.*/
        pub data: Device,
        ///Metadata of a list response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ListMetadata>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceResponse {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DeviceResponse {
            Default::default()
        }
    }
    /**Changes to a device. crashplancli sends the whole device it read back; which properties
the server reads is not shown by the evidence beyond `name`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct DeviceUpdate {
        ///New external reference.
        #[serde(
            rename = "computerExtRef",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub computer_ext_ref: ::std::option::Option<::std::string::String>,
        ///The new name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///New notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceUpdate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::DeviceUpdate {
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
    ///Answer of the API-client token request (OAuth 2 client credentials).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct OAuthTokenResponse {
        ///A session token (`v3_user_token` or an API client's `access_token`). Redacted in `Debug` output.
        pub access_token: crate::Secret,
        ///Lifetime of the token in seconds (900 on today's servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<i64>,
        ///How to send the token (`bearer`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token_type: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OAuthTokenResponse {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::OAuthTokenResponse {
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
    ///A role a user can have (today's CrashPlan).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct Role {
        ///When the role was created.
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the role was last changed.
        #[serde(
            rename = "modificationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The ids of the role's permissions.
        #[serde(rename = "permissionIds")]
        pub permission_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///The role's id (e.g. `desktop-user`; some servers send digits).
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
        ///The role's name, e.g. `Desktop User`.
        #[serde(
            rename = "roleName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_name: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Role {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::Role {
            Default::default()
        }
    }
    ///Roles, in the `data` envelope (not paged).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct RoleList {
        ///The roles.
        pub data: ::std::vec::Vec<Role>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RoleList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::RoleList {
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
    /**The JSON body of an error answer of today's API. Business errors name themselves in
`data[].name` (`USER_DUPLICATE`, `EMAIL_INVALID`, `ACTIVE_LEGAL_HOLD`, ...); other shapes
(a bare list, `{"body": "USER_DUPLICATE"}`) appear in the official tools' mocks, so no
property is required. The full set of names is not shown by the evidence.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct TodayError {
        ///The errors, each naming itself.
        pub data: ::std::option::Option<::std::vec::Vec<TodayErrorEntry>>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TodayError {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::TodayError {
            Default::default()
        }
    }
    ///One error of a `TodayError`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct TodayErrorEntry {
        ///What went wrong, in words (not shown by the evidence; present on some servers).
        pub description: ::std::option::Option<::std::string::String>,
        ///The error's name, e.g. `USER_DUPLICATE`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TodayErrorEntry {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::TodayErrorEntry {
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
    ///The whole new list of a user's roles.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct UserRolesUpdate {
        ///The ids of every role the user is to have.
        #[serde(rename = "roleIds")]
        pub role_ids: ::std::vec::Vec<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserRolesUpdate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::UserRolesUpdate {
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
    /**An org of today's CrashPlan, as `/api/v1/Org` lists it. Carries a legacy numeric id, a
uid and a GUID; v3 paths take the GUID.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1Org {
        ///Whether the org is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///Whether the org is blocked.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blocked: ::std::option::Option<bool>,
        ///When the org was created.
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the org was last changed.
        #[serde(
            rename = "modificationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///Free notes.
        pub notes: ::std::option::Option<::std::string::String>,
        ///An external reference.
        #[serde(rename = "orgExtRef")]
        pub org_ext_ref: ::std::option::Option<::std::string::String>,
        ///The org's GUID (v3 paths take it).
        #[serde(rename = "orgGuid")]
        pub org_guid: ::std::string::String,
        ///The org's numeric (legacy) id.
        #[serde(rename = "orgId")]
        pub org_id: i64,
        ///The org's name.
        #[serde(
            rename = "orgName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_name: ::std::option::Option<::std::string::String>,
        ///The org's uid (a string of digits).
        #[serde(rename = "orgUid")]
        pub org_uid: ::std::string::String,
        ///The GUID of the parent org.
        #[serde(rename = "parentOrgGuid")]
        pub parent_org_guid: ::std::option::Option<::std::string::String>,
        ///The numeric id of the parent org; null for the top org.
        #[serde(rename = "parentOrgId")]
        pub parent_org_id: ::std::option::Option<i64>,
        ///The uid of the parent org.
        #[serde(rename = "parentOrgUid")]
        pub parent_org_uid: ::std::option::Option<::std::string::String>,
        ///The registration key devices use to join the org.
        #[serde(rename = "registrationKey")]
        pub registration_key: ::std::option::Option<::std::string::String>,
        ///`Active` or `Deactivated`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///The org's type, e.g. `ENTERPRISE` (the full set is not shown by the evidence).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1Org {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1Org {
            Default::default()
        }
    }
    ///The answer of `listOrgsV1`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1OrgList {
        ///One page of orgs.
        pub data: V1OrgPage,
        ///Metadata of a list response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ListMetadata>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1OrgList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1OrgList {
            Default::default()
        }
    }
    ///One page of orgs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1OrgPage {
        ///The orgs of this page.
        pub orgs: ::std::vec::Vec<V1Org>,
        /**The number of orgs, on every page. A hint only: the list ends at the first short
page, whatever it says.
*/
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i64>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1OrgPage {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1OrgPage {
            Default::default()
        }
    }
    ///One org, in the `data` envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1OrgResponse {
        /**An org of today's CrashPlan, as `/api/v1/Org` lists it. Carries a legacy numeric id, a
uid and a GUID; v3 paths take the GUID.*/
        pub data: V1Org,
        ///Metadata of a list response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ListMetadata>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1OrgResponse {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1OrgResponse {
            Default::default()
        }
    }
    /**A user of today's CrashPlan (`/api/v1/User`). Carries a legacy numeric id and a uid;
v3 paths take the uid. Other properties (`licenses`, ...) are kept unnamed: their shape
is not shown by the evidence.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1User {
        ///Whether the user is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///Whether the user is blocked.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blocked: ::std::option::Option<bool>,
        ///When the user was created.
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///The email address.
        pub email: ::std::option::Option<::std::string::String>,
        ///Whether the user receives promotional email.
        #[serde(
            rename = "emailPromo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_promo: ::std::option::Option<bool>,
        ///First name.
        #[serde(rename = "firstName")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Whether the user was invited and has not signed in yet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invited: ::std::option::Option<bool>,
        ///Last name.
        #[serde(rename = "lastName")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Whether the user logs in with a local password only.
        #[serde(
            rename = "localAuthenticationOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_authentication_only: ::std::option::Option<bool>,
        ///When the user was last changed.
        #[serde(
            rename = "modificationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///Free notes.
        pub notes: ::std::option::Option<::std::string::String>,
        ///The numeric id of the user's org.
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<i64>,
        ///The name of the user's org.
        #[serde(
            rename = "orgName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_name: ::std::option::Option<::std::string::String>,
        ///The type of the user's org (e.g. `ENTERPRISE`; the full set is not shown by the evidence).
        #[serde(
            rename = "orgType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_type: ::std::option::Option<::std::string::String>,
        ///The uid of the user's org.
        #[serde(
            rename = "orgUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_uid: ::std::option::Option<::std::string::String>,
        ///Whether the user must reset the password.
        #[serde(
            rename = "passwordReset",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub password_reset: ::std::option::Option<bool>,
        ///The user's storage quota in bytes; `-1` is unlimited.
        #[serde(
            rename = "quotaInBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_in_bytes: ::std::option::Option<i64>,
        ///The names of the user's roles (with `incRoles=true`).
        pub roles: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///`Active` or `Deactivated`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///An external reference (e.g. an employee id).
        #[serde(rename = "userExtRef")]
        pub user_ext_ref: ::std::option::Option<::std::string::String>,
        ///The user's numeric (legacy) id.
        #[serde(rename = "userId")]
        pub user_id: i64,
        ///The user's uid (a string of digits).
        #[serde(rename = "userUid")]
        pub user_uid: ::std::string::String,
        ///The login name (often an email address).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Whether the username is an email address.
        #[serde(
            rename = "usernameIsAnEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub username_is_an_email: ::std::option::Option<bool>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1User {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1User {
            Default::default()
        }
    }
    /**Values of a new user. Which properties the server requires is not shown by the evidence
beyond `orgUid` and `username` (pycpg's required arguments).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1UserCreate {
        ///The email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///First name.
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Last name.
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Free notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///The uid of the org the user joins.
        #[serde(rename = "orgUid")]
        pub org_uid: ::std::string::String,
        ///A password. Never returned by the server; redacted in `Debug` output.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::Secret>,
        ///The login name.
        pub username: ::std::string::String,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1UserCreate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1UserCreate {
            Default::default()
        }
    }
    ///The answer of `listUsersV1`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1UserList {
        ///One page of users.
        pub data: V1UserPage,
        ///Metadata of a list response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ListMetadata>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1UserList {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1UserList {
            Default::default()
        }
    }
    ///One page of users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1UserPage {
        /**The number of users matching the filters, on every page. A hint only: the list ends
at the first short page, whatever it says.
*/
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i64>,
        ///The users of this page.
        pub users: ::std::vec::Vec<V1User>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1UserPage {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1UserPage {
            Default::default()
        }
    }
    ///One user, in the `data` envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V1UserResponse {
        /**A user of today's CrashPlan (`/api/v1/User`). Carries a legacy numeric id and a uid;
v3 paths take the uid. Other properties (`licenses`, ...) are kept unnamed: their shape
is not shown by the evidence.*/
        pub data: V1User,
        ///Metadata of a list response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ListMetadata>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1UserResponse {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1UserResponse {
            Default::default()
        }
    }
    ///Changes to a user; properties left out are not changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct V1UserUpdate {
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
        ///New notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///A password. Never returned by the server; redacted in `Debug` output.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::Secret>,
        ///New storage quota in bytes; `-1` is unlimited.
        #[serde(
            rename = "quotaInBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_in_bytes: ::std::option::Option<i64>,
        ///New login name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V1UserUpdate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V1UserUpdate {
            Default::default()
        }
    }
    ///The tenant the signed-in account belongs to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct V3Customer {
        ///How the tenant is deployed (the values are not shown by the evidence).
        #[serde(
            rename = "deploymentModel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployment_model: ::std::option::Option<::std::string::String>,
        ///Whether the tenant is in maintenance mode.
        #[serde(
            rename = "maintenanceMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub maintenance_mode: ::std::option::Option<bool>,
        ///The tenant's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The registration key devices use to join the tenant.
        #[serde(rename = "registrationKey")]
        pub registration_key: ::std::option::Option<::std::string::String>,
        ///The tenant's uid.
        #[serde(
            rename = "tenantUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_uid: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3Customer {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3Customer {
            Default::default()
        }
    }
    ///How an account logs in.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V3LoginConfiguration {
        ///`LOCAL`, `LOCAL_2FA` (a one-time password in `totp-auth`) or `CLOUD_SSO` (no API access).
        #[serde(rename = "loginType")]
        pub login_type: LoginType,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3LoginConfiguration {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3LoginConfiguration {
            Default::default()
        }
    }
    /**An org as `/api/v3/orgs` answers it: the v1 properties plus classification, counts and
settings. Whether today's servers wrap it in `data` is not shown by the evidence (pycpg
reads both); the spec says it is not wrapped.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V3Org {
        ///Whether the org is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///Whether the org is blocked.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blocked: ::std::option::Option<bool>,
        ///The org's classification, e.g. `BASIC` (the full set is not shown by the evidence).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub classification: ::std::option::Option<::std::string::String>,
        ///Counts of inherited configuration (their shape is not shown by the evidence).
        #[serde(rename = "configInheritanceCounts")]
        pub config_inheritance_counts: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///When the org was created.
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///When the org was deactivated; null if it is active.
        #[serde(rename = "deactivationDate")]
        pub deactivation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///An external id.
        #[serde(rename = "externalId")]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///Counts of the org's hierarchy (their shape is not shown by the evidence).
        #[serde(rename = "hierarchyCounts")]
        pub hierarchy_counts: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///When the org was last changed.
        #[serde(
            rename = "modificationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::FixedOffset>,
        >,
        ///Free notes.
        pub notes: ::std::option::Option<::std::string::String>,
        ///An external reference.
        #[serde(rename = "orgExtRef")]
        pub org_ext_ref: ::std::option::Option<::std::string::String>,
        ///The org's GUID.
        #[serde(rename = "orgGuid")]
        pub org_guid: ::std::string::String,
        ///The org's numeric (legacy) id.
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<i64>,
        ///The org's name.
        #[serde(
            rename = "orgName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_name: ::std::option::Option<::std::string::String>,
        ///The org's uid.
        #[serde(
            rename = "orgUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_uid: ::std::option::Option<::std::string::String>,
        ///The GUID of the parent org.
        #[serde(rename = "parentOrgGuid")]
        pub parent_org_guid: ::std::option::Option<::std::string::String>,
        ///The numeric id of the parent org.
        #[serde(rename = "parentOrgId")]
        pub parent_org_id: ::std::option::Option<i64>,
        ///The uid of the parent org.
        #[serde(rename = "parentOrgUid")]
        pub parent_org_uid: ::std::option::Option<::std::string::String>,
        ///The registration key devices use to join the org.
        #[serde(rename = "registrationKey")]
        pub registration_key: ::std::option::Option<::std::string::String>,
        /**The org's settings (`maxSeats`, `maxBytes`, `archiveHoldDays`, ...; with
`incSettings=true`); their types and nullability are not shown by the evidence.
*/
        pub settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Which settings are inherited from the parent org.
        #[serde(rename = "settingsInherited")]
        pub settings_inherited: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///A summary of the settings.
        #[serde(rename = "settingsSummary")]
        pub settings_summary: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///`Active` or `Deactivated`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///The org's type, e.g. `ENTERPRISE`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3Org {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3Org {
            Default::default()
        }
    }
    ///Values of a new org.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V3OrgCreate {
        ///Free notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///An external reference.
        #[serde(
            rename = "orgExtRef",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_ext_ref: ::std::option::Option<::std::string::String>,
        ///The new org's name.
        #[serde(rename = "orgName")]
        pub org_name: ::std::string::String,
        ///The GUID of the parent org (the server's default parent is not shown by the evidence).
        #[serde(
            rename = "parentOrgGuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_org_guid: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3OrgCreate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3OrgCreate {
            Default::default()
        }
    }
    ///Changes to an org; properties left out are not changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct V3OrgUpdate {
        ///New notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///The new external reference.
        #[serde(
            rename = "orgExtRef",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_ext_ref: ::std::option::Option<::std::string::String>,
        ///The new name.
        #[serde(
            rename = "orgName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_name: ::std::option::Option<::std::string::String>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3OrgUpdate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3OrgUpdate {
            Default::default()
        }
    }
    ///How to reactivate a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct V3UserActivate {
        ///Unblock the user too.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unblock: ::std::option::Option<bool>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3UserActivate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3UserActivate {
            Default::default()
        }
    }
    ///How to deactivate a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct V3UserDeactivate {
        ///Block the user too.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub block: ::std::option::Option<bool>,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3UserDeactivate {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3UserDeactivate {
            Default::default()
        }
    }
    ///Where to move a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[non_exhaustive]
    pub struct V3UserMove {
        ///The numeric id of the org the user moves to.
        #[serde(rename = "orgId")]
        pub org_id: i64,
        ///Properties the spec does not name, kept as received and serialised again, so nothing a newer server sends is lost.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl V3UserMove {
        ///A builder of this type, property by property; `try_into()` makes the value (a required property left out is an error).
        pub fn builder() -> builder::V3UserMove {
            Default::default()
        }
    }
    /**`Active` or `Deactivated`, or another value: the `status` property of `Org`, `OrgDetail`,
`OrgUpdate`, `User`, `UserDetail`, `UserUpdate`, `Computer`, `ComputerDetail`, `V1User`, `V1Org`
and `V3Org` and the `status` parameter of `listOrgs`, `listUsers` and `listComputers`.

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
    /**`LOCAL`, `LOCAL_2FA` or `CLOUD_SSO`, or another value: the `loginType` property of
`V3LoginConfiguration`.

An open set: a value this version does not document is kept in [`LoginType::Other`] and
serialised again as received. Compares with a variant (`value == LoginType::Local`) or with the
string (`value == "LOCAL"`). Non-exhaustive: a value documented later becomes a new variant, so
a `match` needs a `_` arm; test for a value not listed here with `==` rather than by matching
`Other`, and the test keeps working when the value is documented.*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub enum LoginType {
        ///`LOCAL`.
        Local,
        ///`LOCAL_2FA`.
        Local2fa,
        ///`CLOUD_SSO`.
        CloudSso,
        /// A value this version does not document, as the server sent it.
        Other(::std::string::String),
    }
    impl LoginType {
        /// The documented values, in the spec's order.
        pub const VALUES: &'static [&'static str] = &["LOCAL", "LOCAL_2FA", "CLOUD_SSO"];
        /// The value as the API spells it.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Local => "LOCAL",
                Self::Local2fa => "LOCAL_2FA",
                Self::CloudSso => "CLOUD_SSO",
                Self::Other(value) => value,
            }
        }
    }
    impl ::std::convert::From<&str> for LoginType {
        fn from(value: &str) -> Self {
            match value {
                "LOCAL" => Self::Local,
                "LOCAL_2FA" => Self::Local2fa,
                "CLOUD_SSO" => Self::CloudSso,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for LoginType {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "LOCAL" => Self::Local,
                "LOCAL_2FA" => Self::Local2fa,
                "CLOUD_SSO" => Self::CloudSso,
                _ => Self::Other(value),
            }
        }
    }
    impl ::std::convert::From<LoginType> for ::std::string::String {
        fn from(value: LoginType) -> Self {
            match value {
                LoginType::Other(value) => value,
                known => known.as_str().to_owned(),
            }
        }
    }
    impl ::std::str::FromStr for LoginType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for LoginType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::AsRef<str> for LoginType {
        fn as_ref(&self) -> &str {
            self.as_str()
        }
    }
    impl ::std::cmp::PartialEq for LoginType {
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::Eq for LoginType {}
    impl ::std::hash::Hash for LoginType {
        fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
            self.as_str().hash(state);
        }
    }
    impl ::std::cmp::PartialEq<str> for LoginType {
        fn eq(&self, other: &str) -> bool {
            self.as_str() == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for LoginType {
        fn eq(&self, other: &&str) -> bool {
            self.as_str() == *other
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for LoginType {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<LoginType> for str {
        fn eq(&self, other: &LoginType) -> bool {
            self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<LoginType> for &str {
        fn eq(&self, other: &LoginType) -> bool {
            *self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<LoginType> for ::std::string::String {
        fn eq(&self, other: &LoginType) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::serde::Serialize for LoginType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LoginType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl ::serde::de::Visitor<'_> for Visitor {
                type Value = LoginType;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("a string")
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    value: &str,
                ) -> ::std::result::Result<LoginType, E> {
                    Ok(LoginType::from(value))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    value: ::std::string::String,
                ) -> ::std::result::Result<LoginType, E> {
                    Ok(LoginType::from(value))
                }
            }
            deserializer.deserialize_string(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for LoginType {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            "LoginType".into()
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "type" : "string", "description" :
                "`LOCAL`, `LOCAL_2FA` or `CLOUD_SSO`, or another value a newer server sends.",
                "examples" : ["LOCAL", "LOCAL_2FA", "CLOUD_SSO"], }
            )
        }
    }
    /**`Active`, `Deactivated` or `Active, Deauthorized`, or another value: the `status` property of
`Device`.

An open set: a value this version does not document is kept in [`DeviceStatus::Other`] and
serialised again as received. Compares with a variant (`value == DeviceStatus::Active`) or with
the string (`value == "Active"`). Non-exhaustive: a value documented later becomes a new
variant, so a `match` needs a `_` arm; test for a value not listed here with `==` rather than by
matching `Other`, and the test keeps working when the value is documented.*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub enum DeviceStatus {
        ///`Active`.
        Active,
        ///`Deactivated`.
        Deactivated,
        ///`Active, Deauthorized`.
        ActiveDeauthorized,
        /// A value this version does not document, as the server sent it.
        Other(::std::string::String),
    }
    impl DeviceStatus {
        /// The documented values, in the spec's order.
        pub const VALUES: &'static [&'static str] = &[
            "Active",
            "Deactivated",
            "Active, Deauthorized",
        ];
        /// The value as the API spells it.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "Active",
                Self::Deactivated => "Deactivated",
                Self::ActiveDeauthorized => "Active, Deauthorized",
                Self::Other(value) => value,
            }
        }
    }
    impl ::std::convert::From<&str> for DeviceStatus {
        fn from(value: &str) -> Self {
            match value {
                "Active" => Self::Active,
                "Deactivated" => Self::Deactivated,
                "Active, Deauthorized" => Self::ActiveDeauthorized,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for DeviceStatus {
        fn from(value: ::std::string::String) -> Self {
            match value.as_str() {
                "Active" => Self::Active,
                "Deactivated" => Self::Deactivated,
                "Active, Deauthorized" => Self::ActiveDeauthorized,
                _ => Self::Other(value),
            }
        }
    }
    impl ::std::convert::From<DeviceStatus> for ::std::string::String {
        fn from(value: DeviceStatus) -> Self {
            match value {
                DeviceStatus::Other(value) => value,
                known => known.as_str().to_owned(),
            }
        }
    }
    impl ::std::str::FromStr for DeviceStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for DeviceStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::convert::AsRef<str> for DeviceStatus {
        fn as_ref(&self) -> &str {
            self.as_str()
        }
    }
    impl ::std::cmp::PartialEq for DeviceStatus {
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::Eq for DeviceStatus {}
    impl ::std::hash::Hash for DeviceStatus {
        fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
            self.as_str().hash(state);
        }
    }
    impl ::std::cmp::PartialEq<str> for DeviceStatus {
        fn eq(&self, other: &str) -> bool {
            self.as_str() == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for DeviceStatus {
        fn eq(&self, other: &&str) -> bool {
            self.as_str() == *other
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for DeviceStatus {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<DeviceStatus> for str {
        fn eq(&self, other: &DeviceStatus) -> bool {
            self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<DeviceStatus> for &str {
        fn eq(&self, other: &DeviceStatus) -> bool {
            *self == other.as_str()
        }
    }
    impl ::std::cmp::PartialEq<DeviceStatus> for ::std::string::String {
        fn eq(&self, other: &DeviceStatus) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::serde::Serialize for DeviceStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeviceStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            struct Visitor;
            impl ::serde::de::Visitor<'_> for Visitor {
                type Value = DeviceStatus;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("a string")
                }
                fn visit_str<E: ::serde::de::Error>(
                    self,
                    value: &str,
                ) -> ::std::result::Result<DeviceStatus, E> {
                    Ok(DeviceStatus::from(value))
                }
                fn visit_string<E: ::serde::de::Error>(
                    self,
                    value: ::std::string::String,
                ) -> ::std::result::Result<DeviceStatus, E> {
                    Ok(DeviceStatus::from(value))
                }
            }
            deserializer.deserialize_string(Visitor)
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for DeviceStatus {
        fn schema_name() -> ::std::borrow::Cow<'static, str> {
            "DeviceStatus".into()
        }
        fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
            ::schemars::json_schema!(
                { "type" : "string", "description" :
                "`Active`, `Deactivated` or `Active, Deauthorized`, or another value a newer server sends.",
                "examples" : ["Active", "Deactivated", "Active, Deauthorized"], }
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
            ///A session token (`v3_user_token` or an API client's `access_token`). Redacted in `Debug` output.
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
        ///A builder of [`Device`](super::Device): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct Device {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            alert_state: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            alert_states: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            backup_usage: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::DeviceBackupUsage>>,
                ::std::string::String,
            >,
            blocked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            build_version: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            computer_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            computer_id: ::std::result::Result<i64, ::std::string::String>,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            guid: ::std::result::Result<::std::string::String, ::std::string::String>,
            java_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_connected: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            login_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            model_info: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            org_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_arch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_hostname: ::std::result::Result<
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
            parent_computer_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_computer_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remote_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            settings: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::DeviceStatus>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Device {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    address: Ok(Default::default()),
                    alert_state: Ok(Default::default()),
                    alert_states: Ok(Default::default()),
                    backup_usage: Ok(Default::default()),
                    blocked: Ok(Default::default()),
                    build_version: Ok(Default::default()),
                    computer_ext_ref: Ok(Default::default()),
                    computer_id: Err("no value supplied for computer_id".to_string()),
                    creation_date: Ok(Default::default()),
                    guid: Err("no value supplied for guid".to_string()),
                    java_version: Ok(Default::default()),
                    last_connected: Ok(Default::default()),
                    login_date: Ok(Default::default()),
                    model_info: Ok(Default::default()),
                    modification_date: Ok(Default::default()),
                    name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    org_uid: Ok(Default::default()),
                    os_arch: Ok(Default::default()),
                    os_hostname: Ok(Default::default()),
                    os_name: Ok(Default::default()),
                    os_version: Ok(Default::default()),
                    parent_computer_guid: Ok(Default::default()),
                    parent_computer_id: Ok(Default::default()),
                    product_version: Ok(Default::default()),
                    remote_address: Ok(Default::default()),
                    service: Ok(Default::default()),
                    settings: Ok(Default::default()),
                    status: Ok(Default::default()),
                    time_zone: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    user_uid: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Device {
            ///Whether the device is active.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///The device's local address and port.
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            ///The alert state as a number (its meaning is not shown by the evidence).
            pub fn alert_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.alert_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_state: {e}")
                    });
                self
            }
            ///The alert states, e.g. `OK`, `CriticalConnectionAlert`.
            pub fn alert_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.alert_states = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_states: {e}")
                    });
                self
            }
            ///One entry per destination (with `incBackupUsage=true`).
            pub fn backup_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::DeviceBackupUsage>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.backup_usage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backup_usage: {e}")
                    });
                self
            }
            ///Whether the device is blocked.
            pub fn blocked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.blocked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for blocked: {e}")
                    });
                self
            }
            ///The agent's build number.
            pub fn build_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_version: {e}")
                    });
                self
            }
            ///An external reference (e.g. an asset tag).
            pub fn computer_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.computer_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for computer_ext_ref: {e}"
                        )
                    });
                self
            }
            ///The device's numeric id.
            pub fn computer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.computer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for computer_id: {e}")
                    });
                self
            }
            ///When the device first connected.
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
            ///The device's GUID (a string of digits).
            pub fn guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for guid: {e}")
                    });
                self
            }
            ///The Java version of the agent.
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
            ///When the device last connected.
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
            ///When a user last signed in on the device.
            pub fn login_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.login_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_date: {e}")
                    });
                self
            }
            ///The hardware model (null in every fixture; its type is not shown by the evidence).
            pub fn model_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.model_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model_info: {e}")
                    });
                self
            }
            ///When the device was last changed.
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
            ///The device's name.
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
            ///Free notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///The numeric id of the device's org.
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
            ///The uid of the device's org.
            pub fn org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_uid: {e}")
                    });
                self
            }
            ///The processor architecture, e.g. `amd64`.
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
            ///The host name the operating system reports (`UNKNOWN` when not known).
            pub fn os_hostname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os_hostname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for os_hostname: {e}")
                    });
                self
            }
            ///`win`, `mac` or `linux`.
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
            ///The operating system's version.
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
            ///The GUID of the device this one replaced, if any.
            pub fn parent_computer_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_computer_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_computer_guid: {e}"
                        )
                    });
                self
            }
            ///The numeric id of the device this one replaced, if any.
            pub fn parent_computer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_computer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_computer_id: {e}"
                        )
                    });
                self
            }
            ///The agent's version, e.g. `8.2.2`.
            pub fn product_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_version: {e}"
                        )
                    });
                self
            }
            ///The address the server saw the device connect from.
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
            ///The service the device backs up with, e.g. `CrashPlan`.
            pub fn service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service: {e}")
                    });
                self
            }
            ///The device's settings (with `incSettings=true`; their shape is not shown by the evidence).
            pub fn settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.settings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for settings: {e}")
                    });
                self
            }
            ///`Active`, `Deactivated` or `Active, Deauthorized` (the full set is not shown by the evidence).
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeviceStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            ///The device's time zone, e.g. `America/Chicago`.
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
            ///`COMPUTER` (other values are not shown by the evidence).
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            ///The numeric id of the device's user.
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
            ///The uid of the device's user.
            pub fn user_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_uid: {e}")
                    });
                self
            }
            ///The agent's version as a number.
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
        impl ::std::convert::TryFrom<Device> for super::Device {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Device,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    address: value.address?,
                    alert_state: value.alert_state?,
                    alert_states: value.alert_states?,
                    backup_usage: value.backup_usage?,
                    blocked: value.blocked?,
                    build_version: value.build_version?,
                    computer_ext_ref: value.computer_ext_ref?,
                    computer_id: value.computer_id?,
                    creation_date: value.creation_date?,
                    guid: value.guid?,
                    java_version: value.java_version?,
                    last_connected: value.last_connected?,
                    login_date: value.login_date?,
                    model_info: value.model_info?,
                    modification_date: value.modification_date?,
                    name: value.name?,
                    notes: value.notes?,
                    org_id: value.org_id?,
                    org_uid: value.org_uid?,
                    os_arch: value.os_arch?,
                    os_hostname: value.os_hostname?,
                    os_name: value.os_name?,
                    os_version: value.os_version?,
                    parent_computer_guid: value.parent_computer_guid?,
                    parent_computer_id: value.parent_computer_id?,
                    product_version: value.product_version?,
                    remote_address: value.remote_address?,
                    service: value.service?,
                    settings: value.settings?,
                    status: value.status?,
                    time_zone: value.time_zone?,
                    type_: value.type_?,
                    user_id: value.user_id?,
                    user_uid: value.user_uid?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Device> for Device {
            fn from(value: super::Device) -> Self {
                Self {
                    active: Ok(value.active),
                    address: Ok(value.address),
                    alert_state: Ok(value.alert_state),
                    alert_states: Ok(value.alert_states),
                    backup_usage: Ok(value.backup_usage),
                    blocked: Ok(value.blocked),
                    build_version: Ok(value.build_version),
                    computer_ext_ref: Ok(value.computer_ext_ref),
                    computer_id: Ok(value.computer_id),
                    creation_date: Ok(value.creation_date),
                    guid: Ok(value.guid),
                    java_version: Ok(value.java_version),
                    last_connected: Ok(value.last_connected),
                    login_date: Ok(value.login_date),
                    model_info: Ok(value.model_info),
                    modification_date: Ok(value.modification_date),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
                    org_id: Ok(value.org_id),
                    org_uid: Ok(value.org_uid),
                    os_arch: Ok(value.os_arch),
                    os_hostname: Ok(value.os_hostname),
                    os_name: Ok(value.os_name),
                    os_version: Ok(value.os_version),
                    parent_computer_guid: Ok(value.parent_computer_guid),
                    parent_computer_id: Ok(value.parent_computer_id),
                    product_version: Ok(value.product_version),
                    remote_address: Ok(value.remote_address),
                    service: Ok(value.service),
                    settings: Ok(value.settings),
                    status: Ok(value.status),
                    time_zone: Ok(value.time_zone),
                    type_: Ok(value.type_),
                    user_id: Ok(value.user_id),
                    user_uid: Ok(value.user_uid),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DeviceActivity`](super::DeviceActivity): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DeviceActivity {
            backing_up: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            connected: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            remaining_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            remaining_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            restoring: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            time_remaining_in_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceActivity {
            fn default() -> Self {
                Self {
                    backing_up: Ok(Default::default()),
                    connected: Ok(Default::default()),
                    remaining_bytes: Ok(Default::default()),
                    remaining_files: Ok(Default::default()),
                    restoring: Ok(Default::default()),
                    time_remaining_in_ms: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeviceActivity {
            ///Whether a backup is running.
            pub fn backing_up<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.backing_up = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backing_up: {e}")
                    });
                self
            }
            ///Whether the device is connected to the destination.
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
            ///Bytes left in the running backup.
            pub fn remaining_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remaining_bytes: {e}"
                        )
                    });
                self
            }
            ///Files left in the running backup.
            pub fn remaining_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remaining_files: {e}"
                        )
                    });
                self
            }
            ///Whether a restore is running.
            pub fn restoring<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.restoring = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for restoring: {e}")
                    });
                self
            }
            ///The estimated time left of the backup, in milliseconds.
            pub fn time_remaining_in_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_remaining_in_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for time_remaining_in_ms: {e}"
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
        impl ::std::convert::TryFrom<DeviceActivity> for super::DeviceActivity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceActivity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backing_up: value.backing_up?,
                    connected: value.connected?,
                    remaining_bytes: value.remaining_bytes?,
                    remaining_files: value.remaining_files?,
                    restoring: value.restoring?,
                    time_remaining_in_ms: value.time_remaining_in_ms?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceActivity> for DeviceActivity {
            fn from(value: super::DeviceActivity) -> Self {
                Self {
                    backing_up: Ok(value.backing_up),
                    connected: Ok(value.connected),
                    remaining_bytes: Ok(value.remaining_bytes),
                    remaining_files: Ok(value.remaining_files),
                    restoring: Ok(value.restoring),
                    time_remaining_in_ms: Ok(value.time_remaining_in_ms),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DeviceBackupUsage`](super::DeviceBackupUsage): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DeviceBackupUsage {
            activity: ::std::result::Result<
                ::std::option::Option<super::DeviceActivity>,
                ::std::string::String,
            >,
            alert_state: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            alert_states: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            archive_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            archive_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            archive_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            billable_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_backup: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_completed_backup: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_connected: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            last_maintenance_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
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
            selected_files: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            server_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            server_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            store_point_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            store_point_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_computer_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_computer_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_computer_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            using: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceBackupUsage {
            fn default() -> Self {
                Self {
                    activity: Ok(Default::default()),
                    alert_state: Ok(Default::default()),
                    alert_states: Ok(Default::default()),
                    archive_bytes: Ok(Default::default()),
                    archive_format: Ok(Default::default()),
                    archive_guid: Ok(Default::default()),
                    billable_bytes: Ok(Default::default()),
                    last_backup: Ok(Default::default()),
                    last_completed_backup: Ok(Default::default()),
                    last_connected: Ok(Default::default()),
                    last_maintenance_date: Ok(Default::default()),
                    percent_complete: Ok(Default::default()),
                    selected_bytes: Ok(Default::default()),
                    selected_files: Ok(Default::default()),
                    server_guid: Ok(Default::default()),
                    server_name: Ok(Default::default()),
                    store_point_id: Ok(Default::default()),
                    store_point_name: Ok(Default::default()),
                    target_computer_guid: Ok(Default::default()),
                    target_computer_name: Ok(Default::default()),
                    target_computer_type: Ok(Default::default()),
                    todo_bytes: Ok(Default::default()),
                    todo_files: Ok(Default::default()),
                    using: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeviceBackupUsage {
            ///What a device is doing with one destination right now.
            pub fn activity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeviceActivity>>,
                T::Error: ::std::fmt::Display,
            {
                self.activity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for activity: {e}")
                    });
                self
            }
            ///The alert state as a number.
            pub fn alert_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.alert_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_state: {e}")
                    });
                self
            }
            ///The alert states, e.g. `CriticalBackupAlert`.
            pub fn alert_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.alert_states = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alert_states: {e}")
                    });
                self
            }
            ///Bytes stored at the destination.
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
            ///The archive's format, e.g. `ARCHIVE_V1`.
            pub fn archive_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archive_format: {e}"
                        )
                    });
                self
            }
            ///The GUID of the archive.
            pub fn archive_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.archive_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for archive_guid: {e}")
                    });
                self
            }
            ///Bytes billed for.
            pub fn billable_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.billable_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billable_bytes: {e}"
                        )
                    });
                self
            }
            ///When the last backup to this destination ran.
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
            ///When the last backup to this destination completed.
            pub fn last_completed_backup<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_completed_backup = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_completed_backup: {e}"
                        )
                    });
                self
            }
            ///When the device last connected to this destination.
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
            ///When the archive was last maintained.
            pub fn last_maintenance_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_maintenance_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_maintenance_date: {e}"
                        )
                    });
                self
            }
            ///How much of the selection is backed up, in percent.
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
            ///Bytes selected for backup.
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
            ///Files selected for backup.
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
            ///The GUID of the storage server.
            pub fn server_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for server_guid: {e}")
                    });
                self
            }
            ///The name of the storage server.
            pub fn server_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for server_name: {e}")
                    });
                self
            }
            ///The numeric id of the store point holding the archive.
            pub fn store_point_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.store_point_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for store_point_id: {e}"
                        )
                    });
                self
            }
            ///The name of the store point holding the archive.
            pub fn store_point_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.store_point_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for store_point_name: {e}"
                        )
                    });
                self
            }
            ///The destination's GUID.
            pub fn target_computer_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_computer_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_computer_guid: {e}"
                        )
                    });
                self
            }
            ///The destination's name.
            pub fn target_computer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_computer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_computer_name: {e}"
                        )
                    });
                self
            }
            ///The destination's type, e.g. `SERVER`.
            pub fn target_computer_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_computer_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_computer_type: {e}"
                        )
                    });
                self
            }
            ///Bytes still to back up.
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
            ///Files still to back up.
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
            ///Whether the device backs up to this destination.
            pub fn using<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.using = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for using: {e}")
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
        impl ::std::convert::TryFrom<DeviceBackupUsage> for super::DeviceBackupUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceBackupUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    activity: value.activity?,
                    alert_state: value.alert_state?,
                    alert_states: value.alert_states?,
                    archive_bytes: value.archive_bytes?,
                    archive_format: value.archive_format?,
                    archive_guid: value.archive_guid?,
                    billable_bytes: value.billable_bytes?,
                    last_backup: value.last_backup?,
                    last_completed_backup: value.last_completed_backup?,
                    last_connected: value.last_connected?,
                    last_maintenance_date: value.last_maintenance_date?,
                    percent_complete: value.percent_complete?,
                    selected_bytes: value.selected_bytes?,
                    selected_files: value.selected_files?,
                    server_guid: value.server_guid?,
                    server_name: value.server_name?,
                    store_point_id: value.store_point_id?,
                    store_point_name: value.store_point_name?,
                    target_computer_guid: value.target_computer_guid?,
                    target_computer_name: value.target_computer_name?,
                    target_computer_type: value.target_computer_type?,
                    todo_bytes: value.todo_bytes?,
                    todo_files: value.todo_files?,
                    using: value.using?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceBackupUsage> for DeviceBackupUsage {
            fn from(value: super::DeviceBackupUsage) -> Self {
                Self {
                    activity: Ok(value.activity),
                    alert_state: Ok(value.alert_state),
                    alert_states: Ok(value.alert_states),
                    archive_bytes: Ok(value.archive_bytes),
                    archive_format: Ok(value.archive_format),
                    archive_guid: Ok(value.archive_guid),
                    billable_bytes: Ok(value.billable_bytes),
                    last_backup: Ok(value.last_backup),
                    last_completed_backup: Ok(value.last_completed_backup),
                    last_connected: Ok(value.last_connected),
                    last_maintenance_date: Ok(value.last_maintenance_date),
                    percent_complete: Ok(value.percent_complete),
                    selected_bytes: Ok(value.selected_bytes),
                    selected_files: Ok(value.selected_files),
                    server_guid: Ok(value.server_guid),
                    server_name: Ok(value.server_name),
                    store_point_id: Ok(value.store_point_id),
                    store_point_name: Ok(value.store_point_name),
                    target_computer_guid: Ok(value.target_computer_guid),
                    target_computer_name: Ok(value.target_computer_name),
                    target_computer_type: Ok(value.target_computer_type),
                    todo_bytes: Ok(value.todo_bytes),
                    todo_files: Ok(value.todo_files),
                    using: Ok(value.using),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DeviceDeactivation`](super::DeviceDeactivation): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DeviceDeactivation {
            id: ::std::result::Result<i64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceDeactivation {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeviceDeactivation {
            ///The device's numeric id (`computerId`).
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
        impl ::std::convert::TryFrom<DeviceDeactivation> for super::DeviceDeactivation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceDeactivation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceDeactivation> for DeviceDeactivation {
            fn from(value: super::DeviceDeactivation) -> Self {
                Self {
                    id: Ok(value.id),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DeviceList`](super::DeviceList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DeviceList {
            data: ::std::result::Result<super::DevicePage, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::ListMetadata>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    metadata: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeviceList {
            ///One page of devices.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DevicePage>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListMetadata>>,
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
        impl ::std::convert::TryFrom<DeviceList> for super::DeviceList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceList> for DeviceList {
            fn from(value: super::DeviceList) -> Self {
                Self {
                    data: Ok(value.data),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DevicePage`](super::DevicePage): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DevicePage {
            computers: ::std::result::Result<
                ::std::vec::Vec<super::Device>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DevicePage {
            fn default() -> Self {
                Self {
                    computers: Err("no value supplied for computers".to_string()),
                    total_count: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DevicePage {
            ///The devices of this page.
            pub fn computers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Device>>,
                T::Error: ::std::fmt::Display,
            {
                self.computers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for computers: {e}")
                    });
                self
            }
            /**The number of devices matching the filters, on every page. A hint only: the list
ends at the first short page, whatever it says.
*/
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
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
        impl ::std::convert::TryFrom<DevicePage> for super::DevicePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DevicePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    computers: value.computers?,
                    total_count: value.total_count?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DevicePage> for DevicePage {
            fn from(value: super::DevicePage) -> Self {
                Self {
                    computers: Ok(value.computers),
                    total_count: Ok(value.total_count),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DeviceResponse`](super::DeviceResponse): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DeviceResponse {
            data: ::std::result::Result<super::Device, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::ListMetadata>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    metadata: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeviceResponse {
            /**A device (computer) of today's CrashPlan (`/api/v1/Computer`). Its GUID is a string of
digits (the 2010 API's is a number). Properties beyond the fixtures' are kept unnamed.*/
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Device>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListMetadata>>,
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
        impl ::std::convert::TryFrom<DeviceResponse> for super::DeviceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceResponse> for DeviceResponse {
            fn from(value: super::DeviceResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`DeviceUpdate`](super::DeviceUpdate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct DeviceUpdate {
            computer_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceUpdate {
            fn default() -> Self {
                Self {
                    computer_ext_ref: Ok(Default::default()),
                    name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl DeviceUpdate {
            ///New external reference.
            pub fn computer_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.computer_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for computer_ext_ref: {e}"
                        )
                    });
                self
            }
            ///The new name.
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
            ///New notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
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
        impl ::std::convert::TryFrom<DeviceUpdate> for super::DeviceUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    computer_ext_ref: value.computer_ext_ref?,
                    name: value.name?,
                    notes: value.notes?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceUpdate> for DeviceUpdate {
            fn from(value: super::DeviceUpdate) -> Self {
                Self {
                    computer_ext_ref: Ok(value.computer_ext_ref),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
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
        ///A builder of [`OAuthTokenResponse`](super::OAuthTokenResponse): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct OAuthTokenResponse {
            access_token: ::std::result::Result<crate::Secret, ::std::string::String>,
            expires_in: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OAuthTokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Ok(Default::default()),
                    token_type: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl OAuthTokenResponse {
            ///A session token (`v3_user_token` or an API client's `access_token`). Redacted in `Debug` output.
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            ///Lifetime of the token in seconds (900 on today's servers).
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            ///How to send the token (`bearer`).
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
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
        impl ::std::convert::TryFrom<OAuthTokenResponse> for super::OAuthTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    token_type: value.token_type?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OAuthTokenResponse> for OAuthTokenResponse {
            fn from(value: super::OAuthTokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    token_type: Ok(value.token_type),
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
        ///A builder of [`Role`](super::Role): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct Role {
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            permission_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            role_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Role {
            fn default() -> Self {
                Self {
                    creation_date: Ok(Default::default()),
                    modification_date: Ok(Default::default()),
                    permission_ids: Ok(Default::default()),
                    role_id: Err("no value supplied for role_id".to_string()),
                    role_name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl Role {
            ///When the role was created.
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
            ///When the role was last changed.
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
            ///The ids of the role's permissions.
            pub fn permission_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permission_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for permission_ids: {e}"
                        )
                    });
                self
            }
            ///The role's id (e.g. `desktop-user`; some servers send digits).
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
                    });
                self
            }
            ///The role's name, e.g. `Desktop User`.
            pub fn role_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_name: {e}")
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
        impl ::std::convert::TryFrom<Role> for super::Role {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Role,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    creation_date: value.creation_date?,
                    modification_date: value.modification_date?,
                    permission_ids: value.permission_ids?,
                    role_id: value.role_id?,
                    role_name: value.role_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Role> for Role {
            fn from(value: super::Role) -> Self {
                Self {
                    creation_date: Ok(value.creation_date),
                    modification_date: Ok(value.modification_date),
                    permission_ids: Ok(value.permission_ids),
                    role_id: Ok(value.role_id),
                    role_name: Ok(value.role_name),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`RoleList`](super::RoleList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct RoleList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Role>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoleList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl RoleList {
            ///The roles.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Role>>,
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
        impl ::std::convert::TryFrom<RoleList> for super::RoleList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RoleList> for RoleList {
            fn from(value: super::RoleList) -> Self {
                Self {
                    data: Ok(value.data),
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
        ///A builder of [`TodayError`](super::TodayError): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct TodayError {
            data: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::TodayErrorEntry>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TodayError {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl TodayError {
            ///The errors, each naming itself.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::TodayErrorEntry>>,
                >,
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
        impl ::std::convert::TryFrom<TodayError> for super::TodayError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TodayError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TodayError> for TodayError {
            fn from(value: super::TodayError) -> Self {
                Self {
                    data: Ok(value.data),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`TodayErrorEntry`](super::TodayErrorEntry): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct TodayErrorEntry {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TodayErrorEntry {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl TodayErrorEntry {
            ///What went wrong, in words (not shown by the evidence; present on some servers).
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            ///The error's name, e.g. `USER_DUPLICATE`.
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
        impl ::std::convert::TryFrom<TodayErrorEntry> for super::TodayErrorEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TodayErrorEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TodayErrorEntry> for TodayErrorEntry {
            fn from(value: super::TodayErrorEntry) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
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
        ///A builder of [`UserRolesUpdate`](super::UserRolesUpdate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct UserRolesUpdate {
            role_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserRolesUpdate {
            fn default() -> Self {
                Self {
                    role_ids: Err("no value supplied for role_ids".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl UserRolesUpdate {
            ///The ids of every role the user is to have.
            pub fn role_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_ids: {e}")
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
        impl ::std::convert::TryFrom<UserRolesUpdate> for super::UserRolesUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserRolesUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    role_ids: value.role_ids?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserRolesUpdate> for UserRolesUpdate {
            fn from(value: super::UserRolesUpdate) -> Self {
                Self {
                    role_ids: Ok(value.role_ids),
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
        ///A builder of [`V1Org`](super::V1Org): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1Org {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            blocked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_guid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<i64, ::std::string::String>,
            org_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_org_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            parent_org_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1Org {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    blocked: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    modification_date: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    org_ext_ref: Ok(Default::default()),
                    org_guid: Err("no value supplied for org_guid".to_string()),
                    org_id: Err("no value supplied for org_id".to_string()),
                    org_name: Ok(Default::default()),
                    org_uid: Err("no value supplied for org_uid".to_string()),
                    parent_org_guid: Ok(Default::default()),
                    parent_org_id: Ok(Default::default()),
                    parent_org_uid: Ok(Default::default()),
                    registration_key: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1Org {
            ///Whether the org is active.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///Whether the org is blocked.
            pub fn blocked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.blocked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for blocked: {e}")
                    });
                self
            }
            ///When the org was created.
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
            ///When the org was last changed.
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
            ///Free notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///An external reference.
            pub fn org_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_ext_ref: {e}")
                    });
                self
            }
            ///The org's GUID (v3 paths take it).
            pub fn org_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.org_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_guid: {e}")
                    });
                self
            }
            ///The org's numeric (legacy) id.
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
            ///The org's name.
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
                    });
                self
            }
            ///The org's uid (a string of digits).
            pub fn org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_uid: {e}")
                    });
                self
            }
            ///The GUID of the parent org.
            pub fn parent_org_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_org_guid: {e}"
                        )
                    });
                self
            }
            ///The numeric id of the parent org; null for the top org.
            pub fn parent_org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_org_id: {e}")
                    });
                self
            }
            ///The uid of the parent org.
            pub fn parent_org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_org_uid: {e}"
                        )
                    });
                self
            }
            ///The registration key devices use to join the org.
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
            ///`Active` or `Deactivated`.
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
            ///The org's type, e.g. `ENTERPRISE` (the full set is not shown by the evidence).
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<V1Org> for super::V1Org {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1Org,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    blocked: value.blocked?,
                    creation_date: value.creation_date?,
                    modification_date: value.modification_date?,
                    notes: value.notes?,
                    org_ext_ref: value.org_ext_ref?,
                    org_guid: value.org_guid?,
                    org_id: value.org_id?,
                    org_name: value.org_name?,
                    org_uid: value.org_uid?,
                    parent_org_guid: value.parent_org_guid?,
                    parent_org_id: value.parent_org_id?,
                    parent_org_uid: value.parent_org_uid?,
                    registration_key: value.registration_key?,
                    status: value.status?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1Org> for V1Org {
            fn from(value: super::V1Org) -> Self {
                Self {
                    active: Ok(value.active),
                    blocked: Ok(value.blocked),
                    creation_date: Ok(value.creation_date),
                    modification_date: Ok(value.modification_date),
                    notes: Ok(value.notes),
                    org_ext_ref: Ok(value.org_ext_ref),
                    org_guid: Ok(value.org_guid),
                    org_id: Ok(value.org_id),
                    org_name: Ok(value.org_name),
                    org_uid: Ok(value.org_uid),
                    parent_org_guid: Ok(value.parent_org_guid),
                    parent_org_id: Ok(value.parent_org_id),
                    parent_org_uid: Ok(value.parent_org_uid),
                    registration_key: Ok(value.registration_key),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1OrgList`](super::V1OrgList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1OrgList {
            data: ::std::result::Result<super::V1OrgPage, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::ListMetadata>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1OrgList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    metadata: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1OrgList {
            ///One page of orgs.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::V1OrgPage>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListMetadata>>,
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
        impl ::std::convert::TryFrom<V1OrgList> for super::V1OrgList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1OrgList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1OrgList> for V1OrgList {
            fn from(value: super::V1OrgList) -> Self {
                Self {
                    data: Ok(value.data),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1OrgPage`](super::V1OrgPage): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1OrgPage {
            orgs: ::std::result::Result<
                ::std::vec::Vec<super::V1Org>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1OrgPage {
            fn default() -> Self {
                Self {
                    orgs: Err("no value supplied for orgs".to_string()),
                    total_count: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1OrgPage {
            ///The orgs of this page.
            pub fn orgs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::V1Org>>,
                T::Error: ::std::fmt::Display,
            {
                self.orgs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orgs: {e}")
                    });
                self
            }
            /**The number of orgs, on every page. A hint only: the list ends at the first short
page, whatever it says.
*/
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
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
        impl ::std::convert::TryFrom<V1OrgPage> for super::V1OrgPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1OrgPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    orgs: value.orgs?,
                    total_count: value.total_count?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1OrgPage> for V1OrgPage {
            fn from(value: super::V1OrgPage) -> Self {
                Self {
                    orgs: Ok(value.orgs),
                    total_count: Ok(value.total_count),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1OrgResponse`](super::V1OrgResponse): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1OrgResponse {
            data: ::std::result::Result<super::V1Org, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::ListMetadata>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1OrgResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    metadata: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1OrgResponse {
            /**An org of today's CrashPlan, as `/api/v1/Org` lists it. Carries a legacy numeric id, a
uid and a GUID; v3 paths take the GUID.*/
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::V1Org>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListMetadata>>,
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
        impl ::std::convert::TryFrom<V1OrgResponse> for super::V1OrgResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1OrgResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1OrgResponse> for V1OrgResponse {
            fn from(value: super::V1OrgResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1User`](super::V1User): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1User {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            blocked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_promo: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invited: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            local_authentication_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            org_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password_reset: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            quota_in_bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            user_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<i64, ::std::string::String>,
            user_uid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username_is_an_email: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1User {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    blocked: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    email: Ok(Default::default()),
                    email_promo: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    invited: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    local_authentication_only: Ok(Default::default()),
                    modification_date: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    org_name: Ok(Default::default()),
                    org_type: Ok(Default::default()),
                    org_uid: Ok(Default::default()),
                    password_reset: Ok(Default::default()),
                    quota_in_bytes: Ok(Default::default()),
                    roles: Ok(Default::default()),
                    status: Ok(Default::default()),
                    user_ext_ref: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    user_uid: Err("no value supplied for user_uid".to_string()),
                    username: Ok(Default::default()),
                    username_is_an_email: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1User {
            ///Whether the user is active.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///Whether the user is blocked.
            pub fn blocked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.blocked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for blocked: {e}")
                    });
                self
            }
            ///When the user was created.
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
            ///The email address.
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
            ///Whether the user receives promotional email.
            pub fn email_promo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_promo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_promo: {e}")
                    });
                self
            }
            ///First name.
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
            ///Whether the user was invited and has not signed in yet.
            pub fn invited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.invited = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invited: {e}")
                    });
                self
            }
            ///Last name.
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
            ///Whether the user logs in with a local password only.
            pub fn local_authentication_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_authentication_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for local_authentication_only: {e}"
                        )
                    });
                self
            }
            ///When the user was last changed.
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
            ///Free notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///The numeric id of the user's org.
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
            ///The name of the user's org.
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
                    });
                self
            }
            ///The type of the user's org (e.g. `ENTERPRISE`; the full set is not shown by the evidence).
            pub fn org_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_type: {e}")
                    });
                self
            }
            ///The uid of the user's org.
            pub fn org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_uid: {e}")
                    });
                self
            }
            ///Whether the user must reset the password.
            pub fn password_reset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.password_reset = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for password_reset: {e}"
                        )
                    });
                self
            }
            ///The user's storage quota in bytes; `-1` is unlimited.
            pub fn quota_in_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_in_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for quota_in_bytes: {e}"
                        )
                    });
                self
            }
            ///The names of the user's roles (with `incRoles=true`).
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            ///`Active` or `Deactivated`.
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
            ///An external reference (e.g. an employee id).
            pub fn user_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_ext_ref: {e}")
                    });
                self
            }
            ///The user's numeric (legacy) id.
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
            ///The user's uid (a string of digits).
            pub fn user_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_uid: {e}")
                    });
                self
            }
            ///The login name (often an email address).
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
            ///Whether the username is an email address.
            pub fn username_is_an_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.username_is_an_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for username_is_an_email: {e}"
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
        impl ::std::convert::TryFrom<V1User> for super::V1User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    blocked: value.blocked?,
                    creation_date: value.creation_date?,
                    email: value.email?,
                    email_promo: value.email_promo?,
                    first_name: value.first_name?,
                    invited: value.invited?,
                    last_name: value.last_name?,
                    local_authentication_only: value.local_authentication_only?,
                    modification_date: value.modification_date?,
                    notes: value.notes?,
                    org_id: value.org_id?,
                    org_name: value.org_name?,
                    org_type: value.org_type?,
                    org_uid: value.org_uid?,
                    password_reset: value.password_reset?,
                    quota_in_bytes: value.quota_in_bytes?,
                    roles: value.roles?,
                    status: value.status?,
                    user_ext_ref: value.user_ext_ref?,
                    user_id: value.user_id?,
                    user_uid: value.user_uid?,
                    username: value.username?,
                    username_is_an_email: value.username_is_an_email?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1User> for V1User {
            fn from(value: super::V1User) -> Self {
                Self {
                    active: Ok(value.active),
                    blocked: Ok(value.blocked),
                    creation_date: Ok(value.creation_date),
                    email: Ok(value.email),
                    email_promo: Ok(value.email_promo),
                    first_name: Ok(value.first_name),
                    invited: Ok(value.invited),
                    last_name: Ok(value.last_name),
                    local_authentication_only: Ok(value.local_authentication_only),
                    modification_date: Ok(value.modification_date),
                    notes: Ok(value.notes),
                    org_id: Ok(value.org_id),
                    org_name: Ok(value.org_name),
                    org_type: Ok(value.org_type),
                    org_uid: Ok(value.org_uid),
                    password_reset: Ok(value.password_reset),
                    quota_in_bytes: Ok(value.quota_in_bytes),
                    roles: Ok(value.roles),
                    status: Ok(value.status),
                    user_ext_ref: Ok(value.user_ext_ref),
                    user_id: Ok(value.user_id),
                    user_uid: Ok(value.user_uid),
                    username: Ok(value.username),
                    username_is_an_email: Ok(value.username_is_an_email),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1UserCreate`](super::V1UserCreate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1UserCreate {
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
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            password: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1UserCreate {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    org_uid: Err("no value supplied for org_uid".to_string()),
                    password: Ok(Default::default()),
                    username: Err("no value supplied for username".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1UserCreate {
            ///The email address.
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
            ///First name.
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
            ///Last name.
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
            ///Free notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///The uid of the org the user joins.
            pub fn org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_uid: {e}")
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
            ///The login name.
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<V1UserCreate> for super::V1UserCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1UserCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    notes: value.notes?,
                    org_uid: value.org_uid?,
                    password: value.password?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1UserCreate> for V1UserCreate {
            fn from(value: super::V1UserCreate) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    notes: Ok(value.notes),
                    org_uid: Ok(value.org_uid),
                    password: Ok(value.password),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1UserList`](super::V1UserList): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1UserList {
            data: ::std::result::Result<super::V1UserPage, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::ListMetadata>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1UserList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    metadata: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1UserList {
            ///One page of users.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::V1UserPage>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListMetadata>>,
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
        impl ::std::convert::TryFrom<V1UserList> for super::V1UserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1UserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1UserList> for V1UserList {
            fn from(value: super::V1UserList) -> Self {
                Self {
                    data: Ok(value.data),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1UserPage`](super::V1UserPage): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1UserPage {
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            users: ::std::result::Result<
                ::std::vec::Vec<super::V1User>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1UserPage {
            fn default() -> Self {
                Self {
                    total_count: Ok(Default::default()),
                    users: Err("no value supplied for users".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1UserPage {
            /**The number of users matching the filters, on every page. A hint only: the list ends
at the first short page, whatever it says.
*/
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
            ///The users of this page.
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::V1User>>,
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
        impl ::std::convert::TryFrom<V1UserPage> for super::V1UserPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1UserPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    total_count: value.total_count?,
                    users: value.users?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1UserPage> for V1UserPage {
            fn from(value: super::V1UserPage) -> Self {
                Self {
                    total_count: Ok(value.total_count),
                    users: Ok(value.users),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1UserResponse`](super::V1UserResponse): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1UserResponse {
            data: ::std::result::Result<super::V1User, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::ListMetadata>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V1UserResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    metadata: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1UserResponse {
            /**A user of today's CrashPlan (`/api/v1/User`). Carries a legacy numeric id and a uid;
v3 paths take the uid. Other properties (`licenses`, ...) are kept unnamed: their shape
is not shown by the evidence.*/
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::V1User>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            ///Metadata of a list response.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ListMetadata>>,
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
        impl ::std::convert::TryFrom<V1UserResponse> for super::V1UserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1UserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1UserResponse> for V1UserResponse {
            fn from(value: super::V1UserResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V1UserUpdate`](super::V1UserUpdate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V1UserUpdate {
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
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            quota_in_bytes: ::std::result::Result<
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
        impl ::std::default::Default for V1UserUpdate {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    password: Ok(Default::default()),
                    quota_in_bytes: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V1UserUpdate {
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
            ///New notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
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
            ///New storage quota in bytes; `-1` is unlimited.
            pub fn quota_in_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_in_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for quota_in_bytes: {e}"
                        )
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
        impl ::std::convert::TryFrom<V1UserUpdate> for super::V1UserUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V1UserUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    notes: value.notes?,
                    password: value.password?,
                    quota_in_bytes: value.quota_in_bytes?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V1UserUpdate> for V1UserUpdate {
            fn from(value: super::V1UserUpdate) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    notes: Ok(value.notes),
                    password: Ok(value.password),
                    quota_in_bytes: Ok(value.quota_in_bytes),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3Customer`](super::V3Customer): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3Customer {
            deployment_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            maintenance_mode: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tenant_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3Customer {
            fn default() -> Self {
                Self {
                    deployment_model: Ok(Default::default()),
                    maintenance_mode: Ok(Default::default()),
                    name: Ok(Default::default()),
                    registration_key: Ok(Default::default()),
                    tenant_uid: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3Customer {
            ///How the tenant is deployed (the values are not shown by the evidence).
            pub fn deployment_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_model = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployment_model: {e}"
                        )
                    });
                self
            }
            ///Whether the tenant is in maintenance mode.
            pub fn maintenance_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.maintenance_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for maintenance_mode: {e}"
                        )
                    });
                self
            }
            ///The tenant's name.
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
            ///The registration key devices use to join the tenant.
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
            ///The tenant's uid.
            pub fn tenant_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tenant_uid: {e}")
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
        impl ::std::convert::TryFrom<V3Customer> for super::V3Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployment_model: value.deployment_model?,
                    maintenance_mode: value.maintenance_mode?,
                    name: value.name?,
                    registration_key: value.registration_key?,
                    tenant_uid: value.tenant_uid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3Customer> for V3Customer {
            fn from(value: super::V3Customer) -> Self {
                Self {
                    deployment_model: Ok(value.deployment_model),
                    maintenance_mode: Ok(value.maintenance_mode),
                    name: Ok(value.name),
                    registration_key: Ok(value.registration_key),
                    tenant_uid: Ok(value.tenant_uid),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3LoginConfiguration`](super::V3LoginConfiguration): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3LoginConfiguration {
            login_type: ::std::result::Result<super::LoginType, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3LoginConfiguration {
            fn default() -> Self {
                Self {
                    login_type: Err("no value supplied for login_type".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3LoginConfiguration {
            ///`LOCAL`, `LOCAL_2FA` (a one-time password in `totp-auth`) or `CLOUD_SSO` (no API access).
            pub fn login_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LoginType>,
                T::Error: ::std::fmt::Display,
            {
                self.login_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_type: {e}")
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
        impl ::std::convert::TryFrom<V3LoginConfiguration>
        for super::V3LoginConfiguration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3LoginConfiguration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    login_type: value.login_type?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3LoginConfiguration> for V3LoginConfiguration {
            fn from(value: super::V3LoginConfiguration) -> Self {
                Self {
                    login_type: Ok(value.login_type),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3Org`](super::V3Org): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3Org {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            blocked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            classification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            config_inheritance_counts: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            deactivation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hierarchy_counts: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            modification_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_guid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            org_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_org_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_org_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            parent_org_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            settings: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            settings_inherited: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            settings_summary: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3Org {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    blocked: Ok(Default::default()),
                    classification: Ok(Default::default()),
                    config_inheritance_counts: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    deactivation_date: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    hierarchy_counts: Ok(Default::default()),
                    modification_date: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    org_ext_ref: Ok(Default::default()),
                    org_guid: Err("no value supplied for org_guid".to_string()),
                    org_id: Ok(Default::default()),
                    org_name: Ok(Default::default()),
                    org_uid: Ok(Default::default()),
                    parent_org_guid: Ok(Default::default()),
                    parent_org_id: Ok(Default::default()),
                    parent_org_uid: Ok(Default::default()),
                    registration_key: Ok(Default::default()),
                    settings: Ok(Default::default()),
                    settings_inherited: Ok(Default::default()),
                    settings_summary: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3Org {
            ///Whether the org is active.
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            ///Whether the org is blocked.
            pub fn blocked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.blocked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for blocked: {e}")
                    });
                self
            }
            ///The org's classification, e.g. `BASIC` (the full set is not shown by the evidence).
            pub fn classification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.classification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for classification: {e}"
                        )
                    });
                self
            }
            ///Counts of inherited configuration (their shape is not shown by the evidence).
            pub fn config_inheritance_counts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.config_inheritance_counts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for config_inheritance_counts: {e}"
                        )
                    });
                self
            }
            ///When the org was created.
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
            ///When the org was deactivated; null if it is active.
            pub fn deactivation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deactivation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deactivation_date: {e}"
                        )
                    });
                self
            }
            ///An external id.
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            ///Counts of the org's hierarchy (their shape is not shown by the evidence).
            pub fn hierarchy_counts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.hierarchy_counts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for hierarchy_counts: {e}"
                        )
                    });
                self
            }
            ///When the org was last changed.
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
            ///Free notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///An external reference.
            pub fn org_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_ext_ref: {e}")
                    });
                self
            }
            ///The org's GUID.
            pub fn org_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.org_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_guid: {e}")
                    });
                self
            }
            ///The org's numeric (legacy) id.
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
            ///The org's name.
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
                    });
                self
            }
            ///The org's uid.
            pub fn org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_uid: {e}")
                    });
                self
            }
            ///The GUID of the parent org.
            pub fn parent_org_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_org_guid: {e}"
                        )
                    });
                self
            }
            ///The numeric id of the parent org.
            pub fn parent_org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_org_id: {e}")
                    });
                self
            }
            ///The uid of the parent org.
            pub fn parent_org_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_org_uid: {e}"
                        )
                    });
                self
            }
            ///The registration key devices use to join the org.
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
            /**The org's settings (`maxSeats`, `maxBytes`, `archiveHoldDays`, ...; with
`incSettings=true`); their types and nullability are not shown by the evidence.
*/
            pub fn settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.settings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for settings: {e}")
                    });
                self
            }
            ///Which settings are inherited from the parent org.
            pub fn settings_inherited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.settings_inherited = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for settings_inherited: {e}"
                        )
                    });
                self
            }
            ///A summary of the settings.
            pub fn settings_summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.settings_summary = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for settings_summary: {e}"
                        )
                    });
                self
            }
            ///`Active` or `Deactivated`.
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
            ///The org's type, e.g. `ENTERPRISE`.
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<V3Org> for super::V3Org {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3Org,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    blocked: value.blocked?,
                    classification: value.classification?,
                    config_inheritance_counts: value.config_inheritance_counts?,
                    creation_date: value.creation_date?,
                    deactivation_date: value.deactivation_date?,
                    external_id: value.external_id?,
                    hierarchy_counts: value.hierarchy_counts?,
                    modification_date: value.modification_date?,
                    notes: value.notes?,
                    org_ext_ref: value.org_ext_ref?,
                    org_guid: value.org_guid?,
                    org_id: value.org_id?,
                    org_name: value.org_name?,
                    org_uid: value.org_uid?,
                    parent_org_guid: value.parent_org_guid?,
                    parent_org_id: value.parent_org_id?,
                    parent_org_uid: value.parent_org_uid?,
                    registration_key: value.registration_key?,
                    settings: value.settings?,
                    settings_inherited: value.settings_inherited?,
                    settings_summary: value.settings_summary?,
                    status: value.status?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3Org> for V3Org {
            fn from(value: super::V3Org) -> Self {
                Self {
                    active: Ok(value.active),
                    blocked: Ok(value.blocked),
                    classification: Ok(value.classification),
                    config_inheritance_counts: Ok(value.config_inheritance_counts),
                    creation_date: Ok(value.creation_date),
                    deactivation_date: Ok(value.deactivation_date),
                    external_id: Ok(value.external_id),
                    hierarchy_counts: Ok(value.hierarchy_counts),
                    modification_date: Ok(value.modification_date),
                    notes: Ok(value.notes),
                    org_ext_ref: Ok(value.org_ext_ref),
                    org_guid: Ok(value.org_guid),
                    org_id: Ok(value.org_id),
                    org_name: Ok(value.org_name),
                    org_uid: Ok(value.org_uid),
                    parent_org_guid: Ok(value.parent_org_guid),
                    parent_org_id: Ok(value.parent_org_id),
                    parent_org_uid: Ok(value.parent_org_uid),
                    registration_key: Ok(value.registration_key),
                    settings: Ok(value.settings),
                    settings_inherited: Ok(value.settings_inherited),
                    settings_summary: Ok(value.settings_summary),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3OrgCreate`](super::V3OrgCreate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3OrgCreate {
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parent_org_guid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3OrgCreate {
            fn default() -> Self {
                Self {
                    notes: Ok(Default::default()),
                    org_ext_ref: Ok(Default::default()),
                    org_name: Err("no value supplied for org_name".to_string()),
                    parent_org_guid: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3OrgCreate {
            ///Free notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///An external reference.
            pub fn org_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_ext_ref: {e}")
                    });
                self
            }
            ///The new org's name.
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
                    });
                self
            }
            ///The GUID of the parent org (the server's default parent is not shown by the evidence).
            pub fn parent_org_guid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_org_guid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_org_guid: {e}"
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
        impl ::std::convert::TryFrom<V3OrgCreate> for super::V3OrgCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3OrgCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    notes: value.notes?,
                    org_ext_ref: value.org_ext_ref?,
                    org_name: value.org_name?,
                    parent_org_guid: value.parent_org_guid?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3OrgCreate> for V3OrgCreate {
            fn from(value: super::V3OrgCreate) -> Self {
                Self {
                    notes: Ok(value.notes),
                    org_ext_ref: Ok(value.org_ext_ref),
                    org_name: Ok(value.org_name),
                    parent_org_guid: Ok(value.parent_org_guid),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3OrgUpdate`](super::V3OrgUpdate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3OrgUpdate {
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_ext_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3OrgUpdate {
            fn default() -> Self {
                Self {
                    notes: Ok(Default::default()),
                    org_ext_ref: Ok(Default::default()),
                    org_name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3OrgUpdate {
            ///New notes.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            ///The new external reference.
            pub fn org_ext_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_ext_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_ext_ref: {e}")
                    });
                self
            }
            ///The new name.
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
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
        impl ::std::convert::TryFrom<V3OrgUpdate> for super::V3OrgUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3OrgUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    notes: value.notes?,
                    org_ext_ref: value.org_ext_ref?,
                    org_name: value.org_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3OrgUpdate> for V3OrgUpdate {
            fn from(value: super::V3OrgUpdate) -> Self {
                Self {
                    notes: Ok(value.notes),
                    org_ext_ref: Ok(value.org_ext_ref),
                    org_name: Ok(value.org_name),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3UserActivate`](super::V3UserActivate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3UserActivate {
            unblock: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3UserActivate {
            fn default() -> Self {
                Self {
                    unblock: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3UserActivate {
            ///Unblock the user too.
            pub fn unblock<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.unblock = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unblock: {e}")
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
        impl ::std::convert::TryFrom<V3UserActivate> for super::V3UserActivate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3UserActivate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    unblock: value.unblock?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3UserActivate> for V3UserActivate {
            fn from(value: super::V3UserActivate) -> Self {
                Self {
                    unblock: Ok(value.unblock),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3UserDeactivate`](super::V3UserDeactivate): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3UserDeactivate {
            block: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3UserDeactivate {
            fn default() -> Self {
                Self {
                    block: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3UserDeactivate {
            ///Block the user too.
            pub fn block<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.block = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for block: {e}")
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
        impl ::std::convert::TryFrom<V3UserDeactivate> for super::V3UserDeactivate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3UserDeactivate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    block: value.block?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3UserDeactivate> for V3UserDeactivate {
            fn from(value: super::V3UserDeactivate) -> Self {
                Self {
                    block: Ok(value.block),
                    extra: Ok(value.extra),
                }
            }
        }
        ///A builder of [`V3UserMove`](super::V3UserMove): one method per property, then `try_into()` (a required property left out is an error).
        #[derive(Clone, Debug)]
        pub struct V3UserMove {
            org_id: ::std::result::Result<i64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for V3UserMove {
            fn default() -> Self {
                Self {
                    org_id: Err("no value supplied for org_id".to_string()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl V3UserMove {
            ///The numeric id of the org the user moves to.
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
        impl ::std::convert::TryFrom<V3UserMove> for super::V3UserMove {
            type Error = super::error::ConversionError;
            fn try_from(
                value: V3UserMove,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    org_id: value.org_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::V3UserMove> for V3UserMove {
            fn from(value: super::V3UserMove) -> Self {
                Self {
                    org_id: Ok(value.org_id),
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
* Two generations of the API live here, told apart by the path: `/rest/...` is CrashPlan
  PRO 3.x (2010), `/api/v1|v3|v38/...` is today's CrashPlan (the cloud consoles and current
  servers). Today's v1 answers wrap their payload in `{"metadata": .., "data": ..}`, a list's
  `data` holds `totalCount` (a hint) and the items, and lists page with `pgNum`/`pgSize`;
  ids are numbers, uids and GUIDs strings. Today's operations, written from the official
  tools (pycpg 1.0.5, crashplancli 1.0.4) and their fixtures, say "not shown by the
  evidence" wherever a type, a value set, a body or a requirement is not known; `crashplan
  drift` learns those from a live tenant. Their operationIds end in their API family
  (`listUsersV1`, `getOrgV3`), and their schemas have names of their own (`V1User`,
  `Device`, `V3Org`). Their optional arrays and maps are `nullable`: a generated client
  then keeps an empty `[]` or `{}` apart from an absent property (the evidence shows
  both: `backupUsage: []` means no destination, no `backupUsage` means not asked for);
  no server is known to send `null` there.
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
  a filter; `x-crashplan-names: <property>` on a request body's property says it names the
  item acted on by that property of the item (`DeviceDeactivation.id` holds the device's
  `computerId`: the CLI takes the device as its argument, as a path names it). A filter that compares no property of the items under its own name, without
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
time-based one-time password in the `totp-auth` header) for a user token (valid about 30
minutes on today's servers). Later requests send `Authorization: Bearer <token>`; CrashPlan
PRO 3.x servers expect `Authorization: v3_user_token <token>`. A token eventually
expires; the server then answers 401 and the client logs in again.


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
    /**Obtain a token with an API client (OAuth 2 client credentials)

Exchanges the id and secret of an API client, sent as HTTP Basic `clientId:secret`, for
an access token (valid 15 minutes on today's servers), sent on later requests as
`Authorization: Bearer <token>`. There is no request body. CrashPlan recommends API
clients over local accounts for scripts and integrations. Servers of CrashPlan PRO 3.x
do not have this resource.


Sends a `POST` request to `/api/v3/oauth/token`

Arguments:
- `grant_type`: Must be `client_credentials`.
```ignore
let response = client.get_api_client_token()
    .grant_type(grant_type)
    .send()
    .await;
```*/
    pub fn get_api_client_token(&self) -> builder::GetApiClientToken<'_> {
        builder::GetApiClientToken::new(self)
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
    /**Retrieve the signed-in user

The user the token belongs to (pycpg calls it right after login to check the
credentials). API clients are not users: the answer for an API client token is not shown
by the evidence.


Sends a `GET` request to `/api/v1/User/my`

```ignore
let response = client.get_current_user_v1()
    .send()
    .await;
```*/
    pub fn get_current_user_v1(&self) -> builder::GetCurrentUserV1<'_> {
        builder::GetCurrentUserV1::new(self)
    }
    /**How an account logs in

Answers without authentication how the account named `username` logs in: `LOCAL`,
`LOCAL_2FA` (a one-time password in `totp-auth`) or `CLOUD_SSO` (such accounts cannot
use the API).


Sends a `GET` request to `/api/v3/LoginConfiguration`

Arguments:
- `username`: The account's username.
```ignore
let response = client.get_login_configuration_v3()
    .username(username)
    .send()
    .await;
```*/
    pub fn get_login_configuration_v3(&self) -> builder::GetLoginConfigurationV3<'_> {
        builder::GetLoginConfigurationV3::new(self)
    }
    /**Retrieve the tenant

The tenant (customer) the signed-in account belongs to.

Sends a `GET` request to `/api/v3/customer/my`

```ignore
let response = client.get_customer_v3()
    .send()
    .await;
```*/
    pub fn get_customer_v3(&self) -> builder::GetCustomerV3<'_> {
        builder::GetCustomerV3::new(self)
    }
    /**List users

Lists the users of the tenant, constrained by the optional filters, a page at a time
(`pgNum`, `pgSize`). `data.totalCount` is a hint: the list ends at the first short page.


Sends a `GET` request to `/api/v1/User`

Arguments:
- `active`: `true`: active users only; `false`: deactivated users only.
- `email`: Only users with this email address.
- `inc_roles`: `true`: each user carries its `roles`.
- `org_uid`: Only users of the org with this uid.
- `pg_num`: Paging. Number of the page to return, starting at 1.
- `pg_size`: Paging. Number of items per page (pycpg asks 500, crashplancli 100 for devices; the
server's default and maximum are not shown by the evidence).

- `q`: Free text, searched across name, username and email (how the server matches it is not
shown by the evidence).

- `role_id`: Only users with the role of this id (e.g. `desktop-user`; see `listRolesV1`). Not a
property of a listed user: nothing evaluates it locally.

- `srt_dir`: Sort direction, `asc` or `desc`.
- `srt_key`: The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
not shown by the evidence.

- `username`: Only the user with this username.
```ignore
let response = client.list_users_v1()
    .active(active)
    .email(email)
    .inc_roles(inc_roles)
    .org_uid(org_uid)
    .pg_num(pg_num)
    .pg_size(pg_size)
    .q(q)
    .role_id(role_id)
    .srt_dir(srt_dir)
    .srt_key(srt_key)
    .username(username)
    .send()
    .await;
```*/
    pub fn list_users_v1(&self) -> builder::ListUsersV1<'_> {
        builder::ListUsersV1::new(self)
    }
    /**Create a user

Creates a user in an org. A username already taken answers 500 naming `USER_DUPLICATE`;
other refusals name `USERNAME_NOT_AN_EMAIL`, `EMAIL_INVALID`, `NEW_PASSWORD_INVALID` or
`INVALID_USERNAME` (see `TodayError`).


Sends a `POST` request to `/api/v1/User`

```ignore
let response = client.create_user_v1()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_user_v1(&self) -> builder::CreateUserV1<'_> {
        builder::CreateUserV1::new(self)
    }
    /**Retrieve a user by id or uid

Retrieves one user, named by its numeric id or (with `idType=uid`) its uid.

Sends a `GET` request to `/api/v1/User/{userId}`

Arguments:
- `user_id`: The user's numeric id, or its uid with `idType=uid`.
- `id_type`: `uid` when the path names the user by its uid; absent for a numeric id.
- `inc_roles`: `true`: the user carries its `roles`.
```ignore
let response = client.get_user_v1()
    .user_id(user_id)
    .id_type(id_type)
    .inc_roles(inc_roles)
    .send()
    .await;
```*/
    pub fn get_user_v1(&self) -> builder::GetUserV1<'_> {
        builder::GetUserV1::new(self)
    }
    /**Update a user

Changes the given properties of a user (pycpg names it by uid, `idType=uid`). Refusals
answer 500 naming `USERNAME_NOT_AN_EMAIL`, `EMAIL_INVALID`, `NEW_PASSWORD_INVALID` or
`INVALID_USERNAME`. The answer's body is not shown by the evidence: it is not read.


Sends a `PUT` request to `/api/v1/User/{userId}`

Arguments:
- `user_id`: The user's numeric id, or its uid with `idType=uid`.
- `id_type`: `uid` when the path names the user by its uid; absent for a numeric id.
- `body`
```ignore
let response = client.update_user_v1()
    .user_id(user_id)
    .id_type(id_type)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_user_v1(&self) -> builder::UpdateUserV1<'_> {
        builder::UpdateUserV1::new(self)
    }
    /**Block a user

A blocked user cannot log in or restore; its devices keep backing up.

Sends a `POST` request to `/api/v3/users/{userUid}/block`

Arguments:
- `user_uid`: The user's uid (a string of digits).
```ignore
let response = client.block_user_v3()
    .user_uid(user_uid)
    .send()
    .await;
```*/
    pub fn block_user_v3(&self) -> builder::BlockUserV3<'_> {
        builder::BlockUserV3::new(self)
    }
    /**Unblock a user

Lets a blocked user log in again.

Sends a `POST` request to `/api/v3/users/{userUid}/unblock`

Arguments:
- `user_uid`: The user's uid (a string of digits).
```ignore
let response = client.unblock_user_v3()
    .user_uid(user_uid)
    .send()
    .await;
```*/
    pub fn unblock_user_v3(&self) -> builder::UnblockUserV3<'_> {
        builder::UnblockUserV3::new(self)
    }
    /**Deactivate a user

Deactivates a user and its devices, optionally blocking it too. A user in a legal hold
answers 400 naming `ACTIVE_LEGAL_HOLD`.


Sends a `POST` request to `/api/v3/users/{userUid}/deactivate`

Arguments:
- `user_uid`: The user's uid (a string of digits).
- `body`
```ignore
let response = client.deactivate_user_v3()
    .user_uid(user_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn deactivate_user_v3(&self) -> builder::DeactivateUserV3<'_> {
        builder::DeactivateUserV3::new(self)
    }
    /**Reactivate a user

Reactivates a deactivated user, optionally unblocking it too.

Sends a `POST` request to `/api/v3/users/{userUid}/activate`

Arguments:
- `user_uid`: The user's uid (a string of digits).
- `body`
```ignore
let response = client.activate_user_v3()
    .user_uid(user_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn activate_user_v3(&self) -> builder::ActivateUserV3<'_> {
        builder::ActivateUserV3::new(self)
    }
    /**Move a user to another org

Moves a user (and its devices) to the org with the given numeric id.

Sends a `POST` request to `/api/v3/users/{userUid}/move`

Arguments:
- `user_uid`: The user's uid (a string of digits).
- `body`
```ignore
let response = client.move_user_v3()
    .user_uid(user_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn move_user_v3(&self) -> builder::MoveUserV3<'_> {
        builder::MoveUserV3::new(self)
    }
    /**The roles of a user

Every role the user has.

Sends a `GET` request to `/api/v3/users/{userUid}/roles`

Arguments:
- `user_uid`: The user's uid (a string of digits).
```ignore
let response = client.get_user_roles_v3()
    .user_uid(user_uid)
    .send()
    .await;
```*/
    pub fn get_user_roles_v3(&self) -> builder::GetUserRolesV3<'_> {
        builder::GetUserRolesV3::new(self)
    }
    /**Replace the roles of a user

Gives the user exactly the roles listed (the whole new list, not a change).

Sends a `PUT` request to `/api/v3/users/{userUid}/roles`

Arguments:
- `user_uid`: The user's uid (a string of digits).
- `body`
```ignore
let response = client.set_user_roles_v3()
    .user_uid(user_uid)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_user_roles_v3(&self) -> builder::SetUserRolesV3<'_> {
        builder::SetUserRolesV3::new(self)
    }
    /**Every role of the tenant

The roles a user can be given (`roleId`, `roleName`); not paged.

Sends a `GET` request to `/api/v1/role`

```ignore
let response = client.list_roles_v1()
    .send()
    .await;
```*/
    pub fn list_roles_v1(&self) -> builder::ListRolesV1<'_> {
        builder::ListRolesV1::new(self)
    }
    /**List devices

Lists the devices (computers) of the tenant, constrained by the optional filters, a page
at a time (`pgNum`, `pgSize`). With `incBackupUsage=true` each device carries one
`backupUsage` entry per destination: one listing answers backup questions for every
device. `data.totalCount` is a hint: the list ends at the first short page.


Sends a `GET` request to `/api/v1/Computer`

Arguments:
- `active`: `true`: active devices only; `false`: deactivated devices only.
- `blocked`: `true`: blocked devices only; `false`: unblocked devices only.
- `inc_backup_usage`: `true`: each device carries its `backupUsage`, one entry per destination.
- `inc_counts`: `true`: the answer carries total, warning and critical counts (their shape is not shown by the evidence).
- `inc_settings`: `true`: each device carries its `settings` (their shape is not shown by the evidence).
- `org_uid`: Only devices of users in the org with this uid.
- `pg_num`: Paging. Number of the page to return, starting at 1.
- `pg_size`: Paging. Number of items per page (pycpg asks 500, crashplancli 100 for devices; the
server's default and maximum are not shown by the evidence).

- `q`: Free text, searched across incomplete GUID, hostname and name (how the server
matches it is not shown by the evidence).

- `srt_dir`: Sort direction, `asc` or `desc`.
- `srt_key`: The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
not shown by the evidence.

- `target_computer_guid`: Only devices backing up to the destination with this GUID (compared with
`backupUsage[].targetComputerGuid` by the server; nothing evaluates it locally).

- `user_uid`: Only devices of the user with this uid.
```ignore
let response = client.list_devices_v1()
    .active(active)
    .blocked(blocked)
    .inc_backup_usage(inc_backup_usage)
    .inc_counts(inc_counts)
    .inc_settings(inc_settings)
    .org_uid(org_uid)
    .pg_num(pg_num)
    .pg_size(pg_size)
    .q(q)
    .srt_dir(srt_dir)
    .srt_key(srt_key)
    .target_computer_guid(target_computer_guid)
    .user_uid(user_uid)
    .send()
    .await;
```*/
    pub fn list_devices_v1(&self) -> builder::ListDevicesV1<'_> {
        builder::ListDevicesV1::new(self)
    }
    /**Retrieve a device by id or GUID

Retrieves one device, named by its numeric id or (with `idType=guid`) its GUID.

Sends a `GET` request to `/api/v1/Computer/{computerId}`

Arguments:
- `computer_id`: The device's numeric id, or its GUID with `idType=guid`.
- `id_type`: `guid` when the path names the device by its GUID; absent for a numeric id.
- `inc_backup_usage`: `true`: each device carries its `backupUsage`, one entry per destination.
- `inc_settings`: `true`: each device carries its `settings` (their shape is not shown by the evidence).
```ignore
let response = client.get_device_v1()
    .computer_id(computer_id)
    .id_type(id_type)
    .inc_backup_usage(inc_backup_usage)
    .inc_settings(inc_settings)
    .send()
    .await;
```*/
    pub fn get_device_v1(&self) -> builder::GetDeviceV1<'_> {
        builder::GetDeviceV1::new(self)
    }
    /**Update (rename) a device

Changes the given properties of a device; crashplancli renames a device by sending the
device it read (with `incSettings=true`) back with a new `name`. The path takes the
numeric id. The answer's body is not shown by the evidence: it is not read.


Sends a `PUT` request to `/api/v1/Computer/{computerId}`

Arguments:
- `computer_id`: The device's numeric id, or its GUID with `idType=guid`.
- `body`
```ignore
let response = client.update_device_v1()
    .computer_id(computer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_device_v1(&self) -> builder::UpdateDeviceV1<'_> {
        builder::UpdateDeviceV1::new(self)
    }
    /**Block a device

A blocked device stops backing up and cannot be restored from until unblocked.

Sends a `PUT` request to `/api/v1/ComputerBlock/{computerId}`

Arguments:
- `computer_id`: The device's numeric id.
```ignore
let response = client.block_device_v1()
    .computer_id(computer_id)
    .send()
    .await;
```*/
    pub fn block_device_v1(&self) -> builder::BlockDeviceV1<'_> {
        builder::BlockDeviceV1::new(self)
    }
    /**Unblock a device

Lets a blocked device back up again.

Sends a `DELETE` request to `/api/v1/ComputerBlock/{computerId}`

Arguments:
- `computer_id`: The device's numeric id.
```ignore
let response = client.unblock_device_v1()
    .computer_id(computer_id)
    .send()
    .await;
```*/
    pub fn unblock_device_v1(&self) -> builder::UnblockDeviceV1<'_> {
        builder::UnblockDeviceV1::new(self)
    }
    /**Deactivate a device

Deactivates the device with the given numeric id: it stops backing up and its archives
are kept for the org's hold period. A device of a user in a legal hold answers 400 naming
`ACTIVE_LEGAL_HOLD`.


Sends a `POST` request to `/api/v38/computer-deactivation/update`

```ignore
let response = client.deactivate_device_v38()
    .body(body)
    .send()
    .await;
```*/
    pub fn deactivate_device_v38(&self) -> builder::DeactivateDeviceV38<'_> {
        builder::DeactivateDeviceV38::new(self)
    }
    /**Reactivate a device

Reactivates the deactivated device with the given numeric id.

Sends a `POST` request to `/api/v38/computer-deactivation/remove`

```ignore
let response = client.reactivate_device_v38()
    .body(body)
    .send()
    .await;
```*/
    pub fn reactivate_device_v38(&self) -> builder::ReactivateDeviceV38<'_> {
        builder::ReactivateDeviceV38::new(self)
    }
    /**Deauthorize a device

Signs the device out; it backs up again once a user signs in on it.

Sends a `PUT` request to `/api/v1/ComputerDeauthorization/{computerId}`

Arguments:
- `computer_id`: The device's numeric id.
```ignore
let response = client.deauthorize_device_v1()
    .computer_id(computer_id)
    .send()
    .await;
```*/
    pub fn deauthorize_device_v1(&self) -> builder::DeauthorizeDeviceV1<'_> {
        builder::DeauthorizeDeviceV1::new(self)
    }
    /**List orgs

Lists the orgs of the tenant a page at a time (`pgNum`, `pgSize`). `data.totalCount` is a
hint: the list ends at the first short page. No filters are shown by the evidence.


Sends a `GET` request to `/api/v1/Org`

Arguments:
- `pg_num`: Paging. Number of the page to return, starting at 1.
- `pg_size`: Paging. Number of items per page (pycpg asks 500, crashplancli 100 for devices; the
server's default and maximum are not shown by the evidence).

```ignore
let response = client.list_orgs_v1()
    .pg_num(pg_num)
    .pg_size(pg_size)
    .send()
    .await;
```*/
    pub fn list_orgs_v1(&self) -> builder::ListOrgsV1<'_> {
        builder::ListOrgsV1::new(self)
    }
    /**Retrieve the signed-in user's org

The org of the user the token belongs to.

Sends a `GET` request to `/api/v1/Org/my`

```ignore
let response = client.get_current_org_v1()
    .send()
    .await;
```*/
    pub fn get_current_org_v1(&self) -> builder::GetCurrentOrgV1<'_> {
        builder::GetCurrentOrgV1::new(self)
    }
    /**Create an org

Creates an org under the parent org with the given GUID.

Sends a `POST` request to `/api/v3/orgs`

```ignore
let response = client.create_org_v3()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org_v3(&self) -> builder::CreateOrgV3<'_> {
        builder::CreateOrgV3::new(self)
    }
    /**Retrieve an org by GUID

Retrieves one org, named by its GUID (`listOrgsV1` gives every org's GUID).

Sends a `GET` request to `/api/v3/orgs/{orgGuid}`

Arguments:
- `org_guid`: The org's GUID (`listOrgsV1` gives every org's GUID).
- `inc_settings`: `true`: the org carries its `settings`.
```ignore
let response = client.get_org_v3()
    .org_guid(org_guid)
    .inc_settings(inc_settings)
    .send()
    .await;
```*/
    pub fn get_org_v3(&self) -> builder::GetOrgV3<'_> {
        builder::GetOrgV3::new(self)
    }
    /**Update an org

Changes the name, external reference or notes of an org. The answer's body is not shown
by the evidence (pycpg ignores it): it is not read.


Sends a `PUT` request to `/api/v3/orgs/{orgGuid}`

Arguments:
- `org_guid`: The org's GUID (`listOrgsV1` gives every org's GUID).
- `body`
```ignore
let response = client.update_org_v3()
    .org_guid(org_guid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_org_v3(&self) -> builder::UpdateOrgV3<'_> {
        builder::UpdateOrgV3::new(self)
    }
    /**Block an org

Blocks an org; its users cannot log in.

Sends a `POST` request to `/api/v3/orgs/{orgGuid}/block`

Arguments:
- `org_guid`: The org's GUID (`listOrgsV1` gives every org's GUID).
```ignore
let response = client.block_org_v3()
    .org_guid(org_guid)
    .send()
    .await;
```*/
    pub fn block_org_v3(&self) -> builder::BlockOrgV3<'_> {
        builder::BlockOrgV3::new(self)
    }
    /**Unblock an org

Unblocks a blocked org.

Sends a `POST` request to `/api/v3/orgs/{orgGuid}/unblock`

Arguments:
- `org_guid`: The org's GUID (`listOrgsV1` gives every org's GUID).
```ignore
let response = client.unblock_org_v3()
    .org_guid(org_guid)
    .send()
    .await;
```*/
    pub fn unblock_org_v3(&self) -> builder::UnblockOrgV3<'_> {
        builder::UnblockOrgV3::new(self)
    }
    /**Deactivate an org

Deactivates an org, its users and their devices.

Sends a `POST` request to `/api/v3/orgs/{orgGuid}/deactivate`

Arguments:
- `org_guid`: The org's GUID (`listOrgsV1` gives every org's GUID).
```ignore
let response = client.deactivate_org_v3()
    .org_guid(org_guid)
    .send()
    .await;
```*/
    pub fn deactivate_org_v3(&self) -> builder::DeactivateOrgV3<'_> {
        builder::DeactivateOrgV3::new(self)
    }
    /**Reactivate an org

Reactivates a deactivated org.

Sends a `POST` request to `/api/v3/orgs/{orgGuid}/activate`

Arguments:
- `org_guid`: The org's GUID (`listOrgsV1` gives every org's GUID).
```ignore
let response = client.activate_org_v3()
    .org_guid(org_guid)
    .send()
    .await;
```*/
    pub fn activate_org_v3(&self) -> builder::ActivateOrgV3<'_> {
        builder::ActivateOrgV3::new(self)
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
    /**Builder for [`Client::get_api_client_token`]

[`Client::get_api_client_token`]: super::Client::get_api_client_token*/
    #[derive(Debug, Clone)]
    pub struct GetApiClientToken<'a> {
        client: &'a super::Client,
        grant_type: Result<::std::string::String, String>,
    }
    impl<'a> GetApiClientToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                grant_type: Err("grant_type was not initialized".to_string()),
            }
        }
        pub fn grant_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.grant_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for grant_type failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/oauth/token`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OAuthTokenResponse>, Error<()>> {
            let Self { client, grant_type } = self;
            let grant_type = grant_type.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v3/oauth/token", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("grant_type", &grant_type))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_api_client_token",
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
    /**Builder for [`Client::get_current_user_v1`]

[`Client::get_current_user_v1`]: super::Client::get_current_user_v1*/
    #[derive(Debug, Clone)]
    pub struct GetCurrentUserV1<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetCurrentUserV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/User/my`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::V1UserResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/User/my", client.baseurl,);
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
                operation_id: "get_current_user_v1",
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
    /**Builder for [`Client::get_login_configuration_v3`]

[`Client::get_login_configuration_v3`]: super::Client::get_login_configuration_v3*/
    #[derive(Debug, Clone)]
    pub struct GetLoginConfigurationV3<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
    }
    impl<'a> GetLoginConfigurationV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
            }
        }
        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for username failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v3/LoginConfiguration`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::V3LoginConfiguration>, Error<()>> {
            let Self { client, username } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v3/LoginConfiguration", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("username", &username))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_login_configuration_v3",
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
    /**Builder for [`Client::get_customer_v3`]

[`Client::get_customer_v3`]: super::Client::get_customer_v3*/
    #[derive(Debug, Clone)]
    pub struct GetCustomerV3<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetCustomerV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v3/customer/my`
        pub async fn send(self) -> Result<ResponseValue<types::V3Customer>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v3/customer/my", client.baseurl,);
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
                operation_id: "get_customer_v3",
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
    /**Builder for [`Client::list_users_v1`]

[`Client::list_users_v1`]: super::Client::list_users_v1*/
    #[derive(Debug, Clone)]
    pub struct ListUsersV1<'a> {
        client: &'a super::Client,
        active: Result<Option<bool>, String>,
        email: Result<Option<::std::string::String>, String>,
        inc_roles: Result<Option<bool>, String>,
        org_uid: Result<Option<::std::string::String>, String>,
        pg_num: Result<Option<::std::num::NonZeroU64>, String>,
        pg_size: Result<Option<::std::num::NonZeroU64>, String>,
        q: Result<Option<::std::string::String>, String>,
        role_id: Result<Option<::std::string::String>, String>,
        srt_dir: Result<Option<::std::string::String>, String>,
        srt_key: Result<Option<::std::string::String>, String>,
        username: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListUsersV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                active: Ok(None),
                email: Ok(None),
                inc_roles: Ok(None),
                org_uid: Ok(None),
                pg_num: Ok(None),
                pg_size: Ok(None),
                q: Ok(None),
                role_id: Ok(None),
                srt_dir: Ok(None),
                srt_key: Ok(None),
                username: Ok(None),
            }
        }
        pub fn active<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.active = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for active failed".to_string());
            self
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
        pub fn inc_roles<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_roles = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for inc_roles failed".to_string());
            self
        }
        pub fn org_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_uid failed"
                        .to_string()
                });
            self
        }
        pub fn pg_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.pg_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for pg_num failed"
                        .to_string()
                });
            self
        }
        pub fn pg_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.pg_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for pg_size failed"
                        .to_string()
                });
            self
        }
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
                });
            self
        }
        pub fn role_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_id failed"
                        .to_string()
                });
            self
        }
        pub fn srt_dir<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.srt_dir = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for srt_dir failed"
                        .to_string()
                });
            self
        }
        pub fn srt_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.srt_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for srt_key failed"
                        .to_string()
                });
            self
        }
        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for username failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/User`
        pub async fn send(self) -> Result<ResponseValue<types::V1UserList>, Error<()>> {
            let Self {
                client,
                active,
                email,
                inc_roles,
                org_uid,
                pg_num,
                pg_size,
                q,
                role_id,
                srt_dir,
                srt_key,
                username,
            } = self;
            let active = active.map_err(Error::InvalidRequest)?;
            let email = email.map_err(Error::InvalidRequest)?;
            let inc_roles = inc_roles.map_err(Error::InvalidRequest)?;
            let org_uid = org_uid.map_err(Error::InvalidRequest)?;
            let pg_num = pg_num.map_err(Error::InvalidRequest)?;
            let pg_size = pg_size.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let role_id = role_id.map_err(Error::InvalidRequest)?;
            let srt_dir = srt_dir.map_err(Error::InvalidRequest)?;
            let srt_key = srt_key.map_err(Error::InvalidRequest)?;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/User", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("active", &active))
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("incRoles", &inc_roles))
                .query(&progenitor_client::QueryParam::new("orgUid", &org_uid))
                .query(&progenitor_client::QueryParam::new("pgNum", &pg_num))
                .query(&progenitor_client::QueryParam::new("pgSize", &pg_size))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("roleId", &role_id))
                .query(&progenitor_client::QueryParam::new("srtDir", &srt_dir))
                .query(&progenitor_client::QueryParam::new("srtKey", &srt_key))
                .query(&progenitor_client::QueryParam::new("username", &username))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users_v1",
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
    /**Builder for [`Client::create_user_v1`]

[`Client::create_user_v1`]: super::Client::create_user_v1*/
    #[derive(Debug, Clone)]
    pub struct CreateUserV1<'a> {
        client: &'a super::Client,
        body: Result<types::builder::V1UserCreate, String>,
    }
    impl<'a> CreateUserV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V1UserCreate>,
            <V as std::convert::TryInto<types::V1UserCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V1UserCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V1UserCreate,
            ) -> types::builder::V1UserCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/User`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::V1UserResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::V1UserCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/User", client.baseurl,);
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
                operation_id: "create_user_v1",
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
    /**Builder for [`Client::get_user_v1`]

[`Client::get_user_v1`]: super::Client::get_user_v1*/
    #[derive(Debug, Clone)]
    pub struct GetUserV1<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        id_type: Result<Option<::std::string::String>, String>,
        inc_roles: Result<Option<bool>, String>,
    }
    impl<'a> GetUserV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                id_type: Ok(None),
                inc_roles: Ok(None),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn id_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id_type failed"
                        .to_string()
                });
            self
        }
        pub fn inc_roles<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_roles = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for inc_roles failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/User/{userId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::V1UserResponse>, Error<()>> {
            let Self { client, user_id, id_type, inc_roles } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let id_type = id_type.map_err(Error::InvalidRequest)?;
            let inc_roles = inc_roles.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/User/{}", client.baseurl, encode_path(& user_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("idType", &id_type))
                .query(&progenitor_client::QueryParam::new("incRoles", &inc_roles))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user_v1",
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
    /**Builder for [`Client::update_user_v1`]

[`Client::update_user_v1`]: super::Client::update_user_v1*/
    #[derive(Debug, Clone)]
    pub struct UpdateUserV1<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        id_type: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::V1UserUpdate, String>,
    }
    impl<'a> UpdateUserV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                id_type: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn id_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id_type failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V1UserUpdate>,
            <V as std::convert::TryInto<types::V1UserUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V1UserUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V1UserUpdate,
            ) -> types::builder::V1UserUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/User/{userId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_id, id_type, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let id_type = id_type.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::V1UserUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/User/{}", client.baseurl, encode_path(& user_id.to_string()),
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
                .json(&body)
                .query(&progenitor_client::QueryParam::new("idType", &id_type))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::block_user_v3`]

[`Client::block_user_v3`]: super::Client::block_user_v3*/
    #[derive(Debug, Clone)]
    pub struct BlockUserV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
    }
    impl<'a> BlockUserV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/users/{userUid}/block`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_uid } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/block", client.baseurl, encode_path(& user_uid
                .to_string()),
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
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "block_user_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unblock_user_v3`]

[`Client::unblock_user_v3`]: super::Client::unblock_user_v3*/
    #[derive(Debug, Clone)]
    pub struct UnblockUserV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
    }
    impl<'a> UnblockUserV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/users/{userUid}/unblock`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_uid } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/unblock", client.baseurl, encode_path(& user_uid
                .to_string()),
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
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "unblock_user_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::deactivate_user_v3`]

[`Client::deactivate_user_v3`]: super::Client::deactivate_user_v3*/
    #[derive(Debug, Clone)]
    pub struct DeactivateUserV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
        body: Result<types::builder::V3UserDeactivate, String>,
    }
    impl<'a> DeactivateUserV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V3UserDeactivate>,
            <V as std::convert::TryInto<
                types::V3UserDeactivate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V3UserDeactivate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V3UserDeactivate,
            ) -> types::builder::V3UserDeactivate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v3/users/{userUid}/deactivate`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_uid, body } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::V3UserDeactivate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/deactivate", client.baseurl, encode_path(& user_uid
                .to_string()),
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
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deactivate_user_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::activate_user_v3`]

[`Client::activate_user_v3`]: super::Client::activate_user_v3*/
    #[derive(Debug, Clone)]
    pub struct ActivateUserV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
        body: Result<types::builder::V3UserActivate, String>,
    }
    impl<'a> ActivateUserV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V3UserActivate>,
            <V as std::convert::TryInto<
                types::V3UserActivate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V3UserActivate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V3UserActivate,
            ) -> types::builder::V3UserActivate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v3/users/{userUid}/activate`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_uid, body } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::V3UserActivate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/activate", client.baseurl, encode_path(& user_uid
                .to_string()),
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
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "activate_user_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::move_user_v3`]

[`Client::move_user_v3`]: super::Client::move_user_v3*/
    #[derive(Debug, Clone)]
    pub struct MoveUserV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
        body: Result<types::builder::V3UserMove, String>,
    }
    impl<'a> MoveUserV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V3UserMove>,
            <V as std::convert::TryInto<types::V3UserMove>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V3UserMove` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V3UserMove,
            ) -> types::builder::V3UserMove,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v3/users/{userUid}/move`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_uid, body } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::V3UserMove::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/move", client.baseurl, encode_path(& user_uid
                .to_string()),
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
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "move_user_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_user_roles_v3`]

[`Client::get_user_roles_v3`]: super::Client::get_user_roles_v3*/
    #[derive(Debug, Clone)]
    pub struct GetUserRolesV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
    }
    impl<'a> GetUserRolesV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v3/users/{userUid}/roles`
        pub async fn send(self) -> Result<ResponseValue<types::RoleList>, Error<()>> {
            let Self { client, user_uid } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/roles", client.baseurl, encode_path(& user_uid
                .to_string()),
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
                operation_id: "get_user_roles_v3",
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
    /**Builder for [`Client::set_user_roles_v3`]

[`Client::set_user_roles_v3`]: super::Client::set_user_roles_v3*/
    #[derive(Debug, Clone)]
    pub struct SetUserRolesV3<'a> {
        client: &'a super::Client,
        user_uid: Result<::std::string::String, String>,
        body: Result<types::builder::UserRolesUpdate, String>,
    }
    impl<'a> SetUserRolesV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_uid: Err("user_uid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserRolesUpdate>,
            <V as std::convert::TryInto<
                types::UserRolesUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserRolesUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserRolesUpdate,
            ) -> types::builder::UserRolesUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v3/users/{userUid}/roles`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, user_uid, body } = self;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UserRolesUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/users/{}/roles", client.baseurl, encode_path(& user_uid
                .to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_user_roles_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_roles_v1`]

[`Client::list_roles_v1`]: super::Client::list_roles_v1*/
    #[derive(Debug, Clone)]
    pub struct ListRolesV1<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListRolesV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/role`
        pub async fn send(self) -> Result<ResponseValue<types::RoleList>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/role", client.baseurl,);
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
                operation_id: "list_roles_v1",
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
    /**Builder for [`Client::list_devices_v1`]

[`Client::list_devices_v1`]: super::Client::list_devices_v1*/
    #[derive(Debug, Clone)]
    pub struct ListDevicesV1<'a> {
        client: &'a super::Client,
        active: Result<Option<bool>, String>,
        blocked: Result<Option<bool>, String>,
        inc_backup_usage: Result<Option<bool>, String>,
        inc_counts: Result<Option<bool>, String>,
        inc_settings: Result<Option<bool>, String>,
        org_uid: Result<Option<::std::string::String>, String>,
        pg_num: Result<Option<::std::num::NonZeroU64>, String>,
        pg_size: Result<Option<::std::num::NonZeroU64>, String>,
        q: Result<Option<::std::string::String>, String>,
        srt_dir: Result<Option<::std::string::String>, String>,
        srt_key: Result<Option<::std::string::String>, String>,
        target_computer_guid: Result<Option<::std::string::String>, String>,
        user_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListDevicesV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                active: Ok(None),
                blocked: Ok(None),
                inc_backup_usage: Ok(None),
                inc_counts: Ok(None),
                inc_settings: Ok(None),
                org_uid: Ok(None),
                pg_num: Ok(None),
                pg_size: Ok(None),
                q: Ok(None),
                srt_dir: Ok(None),
                srt_key: Ok(None),
                target_computer_guid: Ok(None),
                user_uid: Ok(None),
            }
        }
        pub fn active<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.active = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for active failed".to_string());
            self
        }
        pub fn blocked<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.blocked = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for blocked failed".to_string());
            self
        }
        pub fn inc_backup_usage<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_backup_usage = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for inc_backup_usage failed".to_string()
                });
            self
        }
        pub fn inc_counts<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_counts = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for inc_counts failed".to_string());
            self
        }
        pub fn inc_settings<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_settings = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for inc_settings failed".to_string());
            self
        }
        pub fn org_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_uid failed"
                        .to_string()
                });
            self
        }
        pub fn pg_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.pg_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for pg_num failed"
                        .to_string()
                });
            self
        }
        pub fn pg_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.pg_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for pg_size failed"
                        .to_string()
                });
            self
        }
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
                });
            self
        }
        pub fn srt_dir<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.srt_dir = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for srt_dir failed"
                        .to_string()
                });
            self
        }
        pub fn srt_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.srt_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for srt_key failed"
                        .to_string()
                });
            self
        }
        pub fn target_computer_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.target_computer_guid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for target_computer_guid failed"
                        .to_string()
                });
            self
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/Computer`
        pub async fn send(self) -> Result<ResponseValue<types::DeviceList>, Error<()>> {
            let Self {
                client,
                active,
                blocked,
                inc_backup_usage,
                inc_counts,
                inc_settings,
                org_uid,
                pg_num,
                pg_size,
                q,
                srt_dir,
                srt_key,
                target_computer_guid,
                user_uid,
            } = self;
            let active = active.map_err(Error::InvalidRequest)?;
            let blocked = blocked.map_err(Error::InvalidRequest)?;
            let inc_backup_usage = inc_backup_usage.map_err(Error::InvalidRequest)?;
            let inc_counts = inc_counts.map_err(Error::InvalidRequest)?;
            let inc_settings = inc_settings.map_err(Error::InvalidRequest)?;
            let org_uid = org_uid.map_err(Error::InvalidRequest)?;
            let pg_num = pg_num.map_err(Error::InvalidRequest)?;
            let pg_size = pg_size.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let srt_dir = srt_dir.map_err(Error::InvalidRequest)?;
            let srt_key = srt_key.map_err(Error::InvalidRequest)?;
            let target_computer_guid = target_computer_guid
                .map_err(Error::InvalidRequest)?;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/Computer", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("active", &active))
                .query(&progenitor_client::QueryParam::new("blocked", &blocked))
                .query(
                    &progenitor_client::QueryParam::new(
                        "incBackupUsage",
                        &inc_backup_usage,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("incCounts", &inc_counts))
                .query(&progenitor_client::QueryParam::new("incSettings", &inc_settings))
                .query(&progenitor_client::QueryParam::new("orgUid", &org_uid))
                .query(&progenitor_client::QueryParam::new("pgNum", &pg_num))
                .query(&progenitor_client::QueryParam::new("pgSize", &pg_size))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("srtDir", &srt_dir))
                .query(&progenitor_client::QueryParam::new("srtKey", &srt_key))
                .query(
                    &progenitor_client::QueryParam::new(
                        "targetComputerGuid",
                        &target_computer_guid,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("userUid", &user_uid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_devices_v1",
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
    /**Builder for [`Client::get_device_v1`]

[`Client::get_device_v1`]: super::Client::get_device_v1*/
    #[derive(Debug, Clone)]
    pub struct GetDeviceV1<'a> {
        client: &'a super::Client,
        computer_id: Result<::std::string::String, String>,
        id_type: Result<Option<::std::string::String>, String>,
        inc_backup_usage: Result<Option<bool>, String>,
        inc_settings: Result<Option<bool>, String>,
    }
    impl<'a> GetDeviceV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                computer_id: Err("computer_id was not initialized".to_string()),
                id_type: Ok(None),
                inc_backup_usage: Ok(None),
                inc_settings: Ok(None),
            }
        }
        pub fn computer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.computer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for computer_id failed"
                        .to_string()
                });
            self
        }
        pub fn id_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id_type failed"
                        .to_string()
                });
            self
        }
        pub fn inc_backup_usage<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_backup_usage = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for inc_backup_usage failed".to_string()
                });
            self
        }
        pub fn inc_settings<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_settings = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for inc_settings failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/Computer/{computerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeviceResponse>, Error<()>> {
            let Self { client, computer_id, id_type, inc_backup_usage, inc_settings } = self;
            let computer_id = computer_id.map_err(Error::InvalidRequest)?;
            let id_type = id_type.map_err(Error::InvalidRequest)?;
            let inc_backup_usage = inc_backup_usage.map_err(Error::InvalidRequest)?;
            let inc_settings = inc_settings.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/Computer/{}", client.baseurl, encode_path(& computer_id
                .to_string()),
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
                .query(&progenitor_client::QueryParam::new("idType", &id_type))
                .query(
                    &progenitor_client::QueryParam::new(
                        "incBackupUsage",
                        &inc_backup_usage,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("incSettings", &inc_settings))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_device_v1",
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
    /**Builder for [`Client::update_device_v1`]

[`Client::update_device_v1`]: super::Client::update_device_v1*/
    #[derive(Debug, Clone)]
    pub struct UpdateDeviceV1<'a> {
        client: &'a super::Client,
        computer_id: Result<::std::string::String, String>,
        body: Result<types::builder::DeviceUpdate, String>,
    }
    impl<'a> UpdateDeviceV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                computer_id: Err("computer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn computer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.computer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for computer_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeviceUpdate>,
            <V as std::convert::TryInto<types::DeviceUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeviceUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeviceUpdate,
            ) -> types::builder::DeviceUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/Computer/{computerId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, computer_id, body } = self;
            let computer_id = computer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DeviceUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/Computer/{}", client.baseurl, encode_path(& computer_id
                .to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_device_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::block_device_v1`]

[`Client::block_device_v1`]: super::Client::block_device_v1*/
    #[derive(Debug, Clone)]
    pub struct BlockDeviceV1<'a> {
        client: &'a super::Client,
        computer_id: Result<i64, String>,
    }
    impl<'a> BlockDeviceV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                computer_id: Err("computer_id was not initialized".to_string()),
            }
        }
        pub fn computer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.computer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for computer_id failed".to_string());
            self
        }
        ///Sends a `PUT` request to `/api/v1/ComputerBlock/{computerId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, computer_id } = self;
            let computer_id = computer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/ComputerBlock/{}", client.baseurl, encode_path(& computer_id
                .to_string()),
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
            let mut request = client.client.put(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "block_device_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unblock_device_v1`]

[`Client::unblock_device_v1`]: super::Client::unblock_device_v1*/
    #[derive(Debug, Clone)]
    pub struct UnblockDeviceV1<'a> {
        client: &'a super::Client,
        computer_id: Result<i64, String>,
    }
    impl<'a> UnblockDeviceV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                computer_id: Err("computer_id was not initialized".to_string()),
            }
        }
        pub fn computer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.computer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for computer_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v1/ComputerBlock/{computerId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, computer_id } = self;
            let computer_id = computer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/ComputerBlock/{}", client.baseurl, encode_path(& computer_id
                .to_string()),
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
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "unblock_device_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::deactivate_device_v38`]

[`Client::deactivate_device_v38`]: super::Client::deactivate_device_v38*/
    #[derive(Debug, Clone)]
    pub struct DeactivateDeviceV38<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeviceDeactivation, String>,
    }
    impl<'a> DeactivateDeviceV38<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeviceDeactivation>,
            <V as std::convert::TryInto<
                types::DeviceDeactivation,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeviceDeactivation` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeviceDeactivation,
            ) -> types::builder::DeviceDeactivation,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v38/computer-deactivation/update`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeviceDeactivation::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v38/computer-deactivation/update", client.baseurl,
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
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deactivate_device_v38",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reactivate_device_v38`]

[`Client::reactivate_device_v38`]: super::Client::reactivate_device_v38*/
    #[derive(Debug, Clone)]
    pub struct ReactivateDeviceV38<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeviceDeactivation, String>,
    }
    impl<'a> ReactivateDeviceV38<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeviceDeactivation>,
            <V as std::convert::TryInto<
                types::DeviceDeactivation,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeviceDeactivation` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeviceDeactivation,
            ) -> types::builder::DeviceDeactivation,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v38/computer-deactivation/remove`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeviceDeactivation::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v38/computer-deactivation/remove", client.baseurl,
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
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reactivate_device_v38",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::deauthorize_device_v1`]

[`Client::deauthorize_device_v1`]: super::Client::deauthorize_device_v1*/
    #[derive(Debug, Clone)]
    pub struct DeauthorizeDeviceV1<'a> {
        client: &'a super::Client,
        computer_id: Result<i64, String>,
    }
    impl<'a> DeauthorizeDeviceV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                computer_id: Err("computer_id was not initialized".to_string()),
            }
        }
        pub fn computer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.computer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for computer_id failed".to_string());
            self
        }
        ///Sends a `PUT` request to `/api/v1/ComputerDeauthorization/{computerId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, computer_id } = self;
            let computer_id = computer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/ComputerDeauthorization/{}", client.baseurl, encode_path(&
                computer_id.to_string()),
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
            let mut request = client.client.put(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "deauthorize_device_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_orgs_v1`]

[`Client::list_orgs_v1`]: super::Client::list_orgs_v1*/
    #[derive(Debug, Clone)]
    pub struct ListOrgsV1<'a> {
        client: &'a super::Client,
        pg_num: Result<Option<::std::num::NonZeroU64>, String>,
        pg_size: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListOrgsV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pg_num: Ok(None),
                pg_size: Ok(None),
            }
        }
        pub fn pg_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.pg_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for pg_num failed"
                        .to_string()
                });
            self
        }
        pub fn pg_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.pg_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for pg_size failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/Org`
        pub async fn send(self) -> Result<ResponseValue<types::V1OrgList>, Error<()>> {
            let Self { client, pg_num, pg_size } = self;
            let pg_num = pg_num.map_err(Error::InvalidRequest)?;
            let pg_size = pg_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/Org", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("pgNum", &pg_num))
                .query(&progenitor_client::QueryParam::new("pgSize", &pg_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_orgs_v1",
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
    /**Builder for [`Client::get_current_org_v1`]

[`Client::get_current_org_v1`]: super::Client::get_current_org_v1*/
    #[derive(Debug, Clone)]
    pub struct GetCurrentOrgV1<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetCurrentOrgV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/Org/my`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::V1OrgResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/Org/my", client.baseurl,);
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
                operation_id: "get_current_org_v1",
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
    /**Builder for [`Client::create_org_v3`]

[`Client::create_org_v3`]: super::Client::create_org_v3*/
    #[derive(Debug, Clone)]
    pub struct CreateOrgV3<'a> {
        client: &'a super::Client,
        body: Result<types::builder::V3OrgCreate, String>,
    }
    impl<'a> CreateOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V3OrgCreate>,
            <V as std::convert::TryInto<types::V3OrgCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V3OrgCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V3OrgCreate,
            ) -> types::builder::V3OrgCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v3/orgs`
        pub async fn send(self) -> Result<ResponseValue<types::V3Org>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::V3OrgCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v3/orgs", client.baseurl,);
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
                operation_id: "create_org_v3",
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
    /**Builder for [`Client::get_org_v3`]

[`Client::get_org_v3`]: super::Client::get_org_v3*/
    #[derive(Debug, Clone)]
    pub struct GetOrgV3<'a> {
        client: &'a super::Client,
        org_guid: Result<::std::string::String, String>,
        inc_settings: Result<Option<bool>, String>,
    }
    impl<'a> GetOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_guid: Err("org_guid was not initialized".to_string()),
                inc_settings: Ok(None),
            }
        }
        pub fn org_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_guid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_guid failed"
                        .to_string()
                });
            self
        }
        pub fn inc_settings<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inc_settings = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for inc_settings failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v3/orgs/{orgGuid}`
        pub async fn send(self) -> Result<ResponseValue<types::V3Org>, Error<()>> {
            let Self { client, org_guid, inc_settings } = self;
            let org_guid = org_guid.map_err(Error::InvalidRequest)?;
            let inc_settings = inc_settings.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/orgs/{}", client.baseurl, encode_path(& org_guid.to_string()),
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
                .query(&progenitor_client::QueryParam::new("incSettings", &inc_settings))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_org_v3",
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
    /**Builder for [`Client::update_org_v3`]

[`Client::update_org_v3`]: super::Client::update_org_v3*/
    #[derive(Debug, Clone)]
    pub struct UpdateOrgV3<'a> {
        client: &'a super::Client,
        org_guid: Result<::std::string::String, String>,
        body: Result<types::builder::V3OrgUpdate, String>,
    }
    impl<'a> UpdateOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_guid: Err("org_guid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_guid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_guid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::V3OrgUpdate>,
            <V as std::convert::TryInto<types::V3OrgUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `V3OrgUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::V3OrgUpdate,
            ) -> types::builder::V3OrgUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v3/orgs/{orgGuid}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, org_guid, body } = self;
            let org_guid = org_guid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::V3OrgUpdate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/orgs/{}", client.baseurl, encode_path(& org_guid.to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_org_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::block_org_v3`]

[`Client::block_org_v3`]: super::Client::block_org_v3*/
    #[derive(Debug, Clone)]
    pub struct BlockOrgV3<'a> {
        client: &'a super::Client,
        org_guid: Result<::std::string::String, String>,
    }
    impl<'a> BlockOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_guid: Err("org_guid was not initialized".to_string()),
            }
        }
        pub fn org_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_guid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_guid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/orgs/{orgGuid}/block`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, org_guid } = self;
            let org_guid = org_guid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/orgs/{}/block", client.baseurl, encode_path(& org_guid
                .to_string()),
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
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "block_org_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unblock_org_v3`]

[`Client::unblock_org_v3`]: super::Client::unblock_org_v3*/
    #[derive(Debug, Clone)]
    pub struct UnblockOrgV3<'a> {
        client: &'a super::Client,
        org_guid: Result<::std::string::String, String>,
    }
    impl<'a> UnblockOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_guid: Err("org_guid was not initialized".to_string()),
            }
        }
        pub fn org_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_guid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_guid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/orgs/{orgGuid}/unblock`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, org_guid } = self;
            let org_guid = org_guid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/orgs/{}/unblock", client.baseurl, encode_path(& org_guid
                .to_string()),
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
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "unblock_org_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::deactivate_org_v3`]

[`Client::deactivate_org_v3`]: super::Client::deactivate_org_v3*/
    #[derive(Debug, Clone)]
    pub struct DeactivateOrgV3<'a> {
        client: &'a super::Client,
        org_guid: Result<::std::string::String, String>,
    }
    impl<'a> DeactivateOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_guid: Err("org_guid was not initialized".to_string()),
            }
        }
        pub fn org_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_guid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_guid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/orgs/{orgGuid}/deactivate`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, org_guid } = self;
            let org_guid = org_guid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/orgs/{}/deactivate", client.baseurl, encode_path(& org_guid
                .to_string()),
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
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "deactivate_org_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::activate_org_v3`]

[`Client::activate_org_v3`]: super::Client::activate_org_v3*/
    #[derive(Debug, Clone)]
    pub struct ActivateOrgV3<'a> {
        client: &'a super::Client,
        org_guid: Result<::std::string::String, String>,
    }
    impl<'a> ActivateOrgV3<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_guid: Err("org_guid was not initialized".to_string()),
            }
        }
        pub fn org_guid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.org_guid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for org_guid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v3/orgs/{orgGuid}/activate`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, org_guid } = self;
            let org_guid = org_guid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v3/orgs/{}/activate", client.baseurl, encode_path(& org_guid
                .to_string()),
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
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "activate_org_v3",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
