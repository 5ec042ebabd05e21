//! The reference doc's data set, read from `spec/examples/*.json` at compile time so that the
//! emulator answers the doc's example requests with the doc's example responses.
//!
//! Where the doc contradicts itself the lessons' printed output wins: users 67 and 68 have
//! no archive bytes (lesson 3 prints 0 bytes for them), and lesson 1 prints
//! `user1@example.com` and `user2@example.com` after the three users of org 43, so two such
//! users (ids 70 and 71) live in org 42. Org 43 keeps the registration key of the list
//! example.

use chrono::Duration;
use crashplan_api::types::{
    ArchiveRecordList, ComputerDetail, ComputerUsageList, MountPointDetail, OrgDetail, OrgList,
    ServerStats, Usage, UsageList, UserDetail, UserList, UserQuota,
};
use serde::de::DeserializeOwned;

use crate::state::{Store, UserRec, password_hash};

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../../spec/examples/", $name, ".json"))
    };
}

fn parse<T: DeserializeOwned>(name: &str, text: &str) -> T {
    // The fixtures are checked by this crate's tests (and crashplan-api's), so a failure here
    // is a build defect, not a runtime condition.
    #[allow(clippy::panic)]
    serde_json::from_str(text).unwrap_or_else(|e| panic!("fixture {name} is invalid: {e}"))
}

/// Adds the doc's data set to `store`.
pub(crate) fn doc_data(store: &mut Store) {
    let org_list: OrgList = parse("OrgList", fixture!("OrgList.list-orgs"));
    let org43: OrgDetail = parse("OrgDetail", fixture!("OrgDetail.get-org-43"));
    for org in org_list.orgs {
        let detail = if org.id == org43.id {
            OrgDetail {
                registration_key: org.registration_key.clone(),
                ..org43.clone()
            }
        } else {
            OrgDetail {
                archive_bytes: Some(0),
                archive_bytes_delta: Some(0),
                archive_bytes_delta_month: Some(0),
                creation_date: org.creation_date,
                daily_change: Some(0),
                id: org.id,
                master_guid: org.master_guid,
                modification_date: org.modification_date,
                name: org.name,
                parent_id: org.parent_id,
                quota: None,
                registration_key: org.registration_key,
                selected_bytes: Some(0),
                selected_files: Some(0),
                status: org.status,
                todo_bytes: Some(0),
                todo_files: Some(0),
            }
        };
        store.orgs.insert(detail.id, detail);
    }

    let user_list: UserList = parse("UserList", fixture!("UserList.list-users"));
    let user69: UserDetail = parse("UserDetail", fixture!("UserDetail.get-user-69"));
    let passwords = [(67, "userone"), (68, "usertwo"), (69, "userthree")];
    for user in user_list.users {
        let mut detail = if user.id == user69.id {
            UserDetail {
                creation_date: user.creation_date,
                ..user69.clone()
            }
        } else {
            zero_stats(UserDetail {
                creation_date: user.creation_date,
                email: user.email,
                first_name: user.first_name,
                id: user.id,
                last_name: user.last_name,
                modification_date: user.modification_date,
                org_id: user.org_id,
                status: user.status,
                username: None,
                ..user69.clone()
            })
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
        let detail = zero_stats(UserDetail {
            email: Some(email.clone()),
            first_name: Some("Example".into()),
            id,
            last_name: Some(name.into()),
            org_id: 42,
            username: Some(email),
            creation_date: user69.creation_date + Duration::minutes(n),
            modification_date: user69.modification_date + Duration::minutes(n),
            ..user69.clone()
        });
        store.put_user(UserRec {
            detail,
            password_sha256: None,
        });
    }

    let computer: ComputerDetail =
        parse("ComputerDetail", fixture!("ComputerDetail.get-computer-2"));
    let usages: UsageList = parse("UsageList", fixture!("UsageList.list-usages"));
    let computer_usages: ComputerUsageList = parse(
        "ComputerUsageList",
        fixture!("ComputerUsageList.list-computer-usage"),
    );
    // The doc's usage example belongs to user 234 in org 23; computer 2 belongs to user 69 in
    // org 43, so it gets a second usage row for its real owner.
    let mut usage_list = usages.usages;
    if let Some(doc_usage) = usage_list.first().cloned() {
        usage_list.push(Usage {
            source_user_id: Some(computer.user_id),
            source_org_id: Some(43),
            source_status: Some(computer.status.clone()),
            target_gu_id: Some(42),
            ..doc_usage
        });
    }
    store.usages = usage_list;
    store.computer_usages = computer_usages.computer_usages;
    store.computers.insert(computer.id, computer);

    let mount_point: MountPointDetail = parse(
        "MountPointDetail",
        fixture!("MountPointDetail.get-mount-point-1"),
    );
    store.mount_points.insert(mount_point.id, mount_point);
    store.server_stats =
        parse::<ServerStats>("ServerStats", fixture!("ServerStats.get-server-stats"));

    let records: ArchiveRecordList = parse(
        "ArchiveRecordList",
        fixture!("ArchiveRecordList.list-archive-records"),
    );
    let mut records = records.archive_records;
    // A third, older day so that `daysBack=2` has something to leave out.
    if let Some(last) = records.last().cloned() {
        records.push(crashplan_api::types::ArchiveRecord {
            archive_bytes: last.archive_bytes.map(|b| b - 4_000),
            creation_date: last.creation_date.map(|d| d - Duration::days(1)),
            last_activity: last.last_activity.map(|d| d - Duration::days(1)),
            last_connected: last.last_connected.map(|d| d - Duration::days(1)),
            ..last
        });
    }
    store.archive_records = records;
}

fn zero_stats(user: UserDetail) -> UserDetail {
    UserDetail {
        archive_bytes: Some(0),
        archive_bytes_delta: Some(0),
        archive_bytes_delta_month: Some(0),
        daily_change: Some(0),
        selected_bytes: Some(0),
        selected_files: Some(0),
        todo_bytes: Some(0),
        todo_files: Some(0),
        quota: Some(UserQuota { bytes: Some(150) }),
        ..user
    }
}

/// Server statistics when the doc's data set is not loaded.
pub(crate) fn plain_server_stats(orgs: i64, seats: i64, port: u16) -> ServerStats {
    ServerStats {
        backup_session_count: Some(0),
        connected_client_count: Some(0),
        cpu_utilization: Some("1%".into()),
        current_archive_bytes: Some(0),
        host_addresses: vec!["127.0.0.1".into()],
        host_name: Some("localhost".into()),
        host_port: Some(i32::from(port)),
        org_count: Some(orgs),
        seat_count: Some(seats),
        version: Some("3.8.2010".into()),
        ..ServerStats::default()
    }
}
