// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! One list builder per list operation of the spec, one setter per documented filter.
use crate::resources::list_builder;
list_builder! {
    #[doc = " Builder of the `GET /rest/orgs` list (`listOrgs`): List all orgs."] #[doc =
    ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    OrgList => list_orgs("/rest/orgs") -> OrgList.orgs : Org { #[doc =
    " Only orgs with exactly this name."] name : String, #[doc =
    " Only orgs with this status (`Active` or `Deactivated`), in any case."] status :
    String, #[doc = " Only orgs whose parent org has this id."] parent_id : i64, }
}
list_builder! {
    #[doc = " Builder of the `GET /rest/users` list (`listUsers`): List all users."]
    #[doc = ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    UserList => list_users("/rest/users") -> UserList.users : User { #[doc =
    " Only the user with this id."] id : i64, #[doc =
    " Only users with this status (`Active` or `Deactivated`), in any case."] status :
    String, #[doc = " Only users with exactly this email address."] email : String, #[doc
    = " Only users with exactly this first name."] first_name : String, #[doc =
    " Only users with exactly this last name."] last_name : String, #[doc =
    " Only users who belong to the org with this id."] org_id : i64, }
}
list_builder! {
    #[doc =
    " Builder of the `GET /rest/computers` list (`listComputers`): List all computers."]
    #[doc = ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    ComputerList => list_computers("/rest/computers") -> ComputerList.computers :
    Computer { #[doc = " Only the computer with this id."] id : i64, #[doc =
    " Only computers with this status (`Active` or `Deactivated`), in any case."] status
    : String, #[doc = " Only computers with exactly this name."] name : String, #[doc =
    " Only the computer with this GUID."] guid : i64, #[doc =
    " Only computers that belong to the user with this id."] user_id : i64, }
}
list_builder! {
    #[doc =
    " Builder of the `GET /rest/usages` list (`listUsages`): List backup usages (source computer to backup target)."]
    #[doc = ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    UsageList => list_usages("/rest/usages") -> UsageList.usages : Usage { #[doc =
    " Only usages of computers whose user belongs to the org with this id."] org_id :
    i64, #[doc = " Only usages of computers that belong to the user with this id."]
    user_id : i64, }
}
list_builder! {
    #[doc =
    " Builder of the `GET /rest/computerUsage` list (`listComputerUsages`): List computer usage records."]
    #[doc = ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    ComputerUsageList => list_computer_usages("/rest/computerUsage") -> ComputerUsageList
    .computer_usages : ComputerUsage { #[doc =
    " Only records whose source computer has this id."] source_id : i64, #[doc =
    " Only records whose source computer has this GUID."] source_guid : i64, #[doc =
    " Only records whose target computer has this id."] target_id : i64, #[doc =
    " Only records whose target computer has this GUID."] target_guid : i64, }
}
list_builder! {
    #[doc =
    " Builder of the `GET /rest/mountPoints` list (`listMountPoints`): List all mount points (administrators only)."]
    #[doc = ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    MountPointList => list_mount_points("/rest/mountPoints") -> MountPointList
    .mount_points : MountPoint { #[doc = " Only the mount point with this id."] id : i64,
    #[doc = " Only mount points with exactly this name."] name : String, #[doc =
    " Only mount points with this status (`ENABLED` or `DISABLED`), in any case."] status
    : String, #[doc = " Only mount points of this type (`DIR`)."] type_ : String, #[doc =
    " Only mount points with this volume label."] volume_label : String, #[doc =
    " Only mount points with exactly this note."] note : String, }
}
list_builder! {
    #[doc =
    " Builder of the `GET /rest/archiveRecords` list (`listArchiveRecords`): List daily archive records."]
    #[doc = ""] #[doc =
    " Ends in `items()`, `pages()` or `collect_all()`; every filter is optional."]
    ArchiveRecordList => list_archive_records("/rest/archiveRecords") ->
    ArchiveRecordList.archive_records : ArchiveRecord { #[doc =
    " Only records that summarise the user with this id."] user_id : i64, #[doc =
    " Only records that summarise the org with this id."] org_id : i64, #[doc =
    " Only records of the source computer with this id."] source_id : i64, #[doc =
    " Only records of the source computer with this GUID."] source_guid : i64, #[doc =
    " Only records of the target computer with this id."] target_id : i64, #[doc =
    " Only records of the target computer with this GUID."] target_guid : i64, #[doc =
    " Only the records of the most recent `daysBack` days that have records."] days_back
    : i64, }
}
