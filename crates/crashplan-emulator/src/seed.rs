//! The reference doc's data set, from the examples of `spec/examples/*.json` (copied into this
//! crate by `cargo xtask generate` as `examples.rs`), so that the emulator answers the doc's
//! example requests with the doc's example responses.
//!
//! Where the doc contradicts itself the lessons' printed output wins: users 67 and 68 have
//! no archive bytes (lesson 3 prints 0 bytes for them), and lesson 1 prints
//! `user1@example.com` and `user2@example.com` after the three users of org 43, so two such
//! users (ids 70 and 71) live in org 42. Org 43 keeps the registration key of the list
//! example.
// Generated types are built from `Default` plus field assignment (or their builders), never
// from struct literals, so that a new optional property in the spec needs no edit here.
#![allow(clippy::field_reassign_with_default)]

use chrono::Duration;
use crashplan_api::types::{
    ArchiveRecordList, ComputerDetail, ComputerUsageList, MountPointDetail, OrgDetail, OrgList,
    ServerStats, UsageList, UserDetail, UserList, UserQuota,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::state::{Store, UserRec, password_hash};

/// The JSON of the example named like its file in `spec/examples/` (without `.json`).
fn fixture(name: &str) -> &'static str {
    crate::examples::EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, json)| json)
}

fn parse<T: DeserializeOwned>(name: &str, text: &str) -> T {
    parse_value(name, serde_json::from_str(text).unwrap_or_default())
}

fn parse_value<T: DeserializeOwned>(name: &str, value: serde_json::Value) -> T {
    // The fixtures are checked by this crate's tests (and crashplan-api's), so a failure here
    // is a build defect, not a runtime condition.
    #[allow(clippy::panic)]
    serde_json::from_value(value).unwrap_or_else(|e| panic!("fixture {name} is invalid: {e}"))
}

/// Adds the doc's data set to `store`.
pub(crate) fn doc_data(store: &mut Store) {
    let org_list: OrgList = parse("OrgList", fixture("OrgList.list-orgs"));
    let org43: OrgDetail = parse("OrgDetail", fixture("OrgDetail.get-org-43"));
    // Listed orgs other than 43: their list view over org 43's detail view with zero
    // statistics and no quota.
    let mut org_template = org43.clone();
    org_template.quota = None;
    for stat in [
        &mut org_template.archive_bytes,
        &mut org_template.archive_bytes_delta,
        &mut org_template.archive_bytes_delta_month,
        &mut org_template.daily_change,
        &mut org_template.selected_bytes,
        &mut org_template.selected_files,
        &mut org_template.todo_bytes,
        &mut org_template.todo_files,
    ] {
        *stat = Some(0);
    }
    for org in org_list.orgs {
        let detail = if org.id == org43.id {
            let mut detail = org43.clone();
            detail.registration_key = org.registration_key;
            detail
        } else {
            detail_of("OrgDetail", &org, &org_template)
        };
        store.orgs.insert(detail.id, detail);
    }

    let user_list: UserList = parse("UserList", fixture("UserList.list-users"));
    let user69: UserDetail = parse("UserDetail", fixture("UserDetail.get-user-69"));
    let passwords = [(67, "userone"), (68, "usertwo"), (69, "userthree")];
    // Listed users other than 69: their list view over user 69's detail view with zero
    // statistics.
    let mut user_template = user69.clone();
    zero_stats(&mut user_template);
    for user in user_list.users {
        let mut detail = if user.id == user69.id {
            let mut detail = user69.clone();
            detail.creation_date = user.creation_date;
            detail
        } else {
            detail_of("UserDetail", &user, &user_template)
        };
        detail.username = detail.username.clone().or_else(|| detail.email.clone());
        let password = passwords
            .iter()
            .find(|(id, _)| *id == detail.id)
            .map(|(_, p)| password_hash(p));
        store.put_user(UserRec {
            detail,
            password_sha256: password,
        });
    }
    for (id, n, name) in [(70, 1, "One"), (71, 2, "Two")] {
        let email = format!("user{n}@example.com");
        let mut detail = user69.clone();
        detail.email = Some(email.clone());
        detail.first_name = Some("Example".into());
        detail.id = id;
        detail.last_name = Some(name.into());
        detail.org_id = 42;
        detail.username = Some(email);
        detail.creation_date = user69.creation_date + Duration::minutes(n);
        detail.modification_date = user69.modification_date + Duration::minutes(n);
        zero_stats(&mut detail);
        store.put_user(UserRec {
            detail,
            password_sha256: None,
        });
    }
    // Today's API: user 71 is in an active legal hold (deactivating it or its devices answers
    // `ACTIVE_LEGAL_HOLD`).
    store.ensure_today_user(71).legal_hold = true;

    let computer: ComputerDetail =
        parse("ComputerDetail", fixture("ComputerDetail.get-computer-2"));
    let usages: UsageList = parse("UsageList", fixture("UsageList.list-usages"));
    let computer_usages: ComputerUsageList = parse(
        "ComputerUsageList",
        fixture("ComputerUsageList.list-computer-usage"),
    );
    // The doc's usage example belongs to user 234 in org 23; computer 2 belongs to user 69 in
    // org 43, so it gets a second usage row for its real owner.
    let mut usage_list = usages.usages;
    if let Some(mut usage) = usage_list.first().cloned() {
        usage.source_user_id = Some(computer.user_id);
        usage.source_org_id = Some(43);
        usage.source_status = Some(computer.status.to_string());
        usage.target_gu_id = Some(42);
        usage_list.push(usage);
    }
    store.usages = usage_list;
    store.computer_usages = computer_usages.computer_usages;
    store.computers.insert(computer.id, computer);

    let mount_point: MountPointDetail = parse(
        "MountPointDetail",
        fixture("MountPointDetail.get-mount-point-1"),
    );
    store.mount_points.insert(mount_point.id, mount_point);
    store.server_stats = Some(parse::<ServerStats>(
        "ServerStats",
        fixture("ServerStats.get-server-stats"),
    ));

    let records: ArchiveRecordList = parse(
        "ArchiveRecordList",
        fixture("ArchiveRecordList.list-archive-records"),
    );
    let mut records = records.archive_records;
    // A third, older day so that `daysBack=2` has something to leave out.
    if let Some(mut older) = records.last().cloned() {
        older.archive_bytes = older.archive_bytes.map(|b| b - 4_000);
        older.creation_date = older.creation_date.map(|d| d - Duration::days(1));
        older.last_activity = older.last_activity.map(|d| d - Duration::days(1));
        older.last_connected = older.last_connected.map(|d| d - Duration::days(1));
        records.push(older);
    }
    // Records of the other subjects on the same days, so that every filter of the list has
    // something to match: org 43 (org-level) and computer 2 backing up to the server's
    // destination, target 1 (computer-level).
    let user_records = records.clone();
    for (org, source, target) in [(Some(43), None, None), (None, Some(2), Some(1))] {
        for (day, user_record) in user_records.iter().enumerate() {
            let mut record = user_record.clone();
            record.user_id = None;
            record.org_id = org;
            record.source_id = source;
            record.target_id = target;
            let scale = if org.is_some() { 3 } else { 1 };
            record.archive_bytes = record.archive_bytes.map(|b| b * scale + day as i64);
            record.selected_bytes = record.selected_bytes.map(|b| b * scale);
            record.selected_files = record.selected_files.map(|f| f * scale);
            records.push(record);
        }
    }
    store.archive_records = records;
}

/// The detail view of a listed item: the properties of its list view over `template`.
fn detail_of<L: Serialize, D: Serialize + DeserializeOwned>(
    name: &str,
    item: &L,
    template: &D,
) -> D {
    let mut value = serde_json::to_value(template).unwrap_or_default();
    if let (Some(detail), Ok(serde_json::Value::Object(list))) =
        (value.as_object_mut(), serde_json::to_value(item))
    {
        detail.extend(list);
    }
    parse_value(name, value)
}

fn zero_stats(user: &mut UserDetail) {
    for stat in [
        &mut user.archive_bytes,
        &mut user.archive_bytes_delta,
        &mut user.archive_bytes_delta_month,
        &mut user.daily_change,
        &mut user.selected_bytes,
        &mut user.selected_files,
        &mut user.todo_bytes,
        &mut user.todo_files,
    ] {
        *stat = Some(0);
    }
    let mut quota = UserQuota::default();
    quota.bytes = Some(150);
    user.quota = Some(quota);
}

/// Server statistics when the doc's data set is not loaded.
pub(crate) fn plain_server_stats(orgs: i64, seats: i64, port: u16) -> Result<ServerStats, String> {
    ServerStats::builder()
        .backup_session_count(0)
        .connected_client_count(0)
        .cpu_utilization("1%".to_owned())
        .current_archive_bytes(0)
        .host_addresses(vec!["127.0.0.1".to_owned()])
        .host_name("localhost".to_owned())
        .host_port(i32::from(port))
        .org_count(orgs)
        .seat_count(seats)
        .version("3.8.2010".to_owned())
        .try_into()
        .map_err(|e| format!("cannot build the server statistics: {e}"))
}
