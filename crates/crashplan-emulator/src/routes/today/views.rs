//! Today's views of the stored records, as JSON values (the spec's `V1User`, `Device` with
//! `backupUsage`, `V1Org`, `V3Org`): built from the 2010 records and their today's part
//! ([`crate::today`]), so that both generations show one state.
//!
//! Values rather than the generated types: each view is one `json!` object whose keys are the
//! spec's property names (the generated types are not built by struct literals), checked
//! against the schemas by this crate's tests and schemathesis.

use crashplan_api::types::{ComputerDetail, ComputerUsage, OrgDetail, Status, UserDetail};
use serde_json::{Value, json};

use crate::state::Store;

/// `status` of a 2010 record as today's views print it.
fn active(status: &Status) -> bool {
    !status.as_str().eq_ignore_ascii_case("Deactivated")
}

/// A user as `/api/v1/User` shows it; with `roles` its role ids.
pub(super) fn v1_user(store: &Store, user: &UserDetail, roles: bool) -> Value {
    let today = store.today_user(user.id);
    let org = store.orgs.get(&user.org_id);
    let username = user.username.clone().unwrap_or_default();
    let mut view = json!({
        "userId": user.id,
        "userUid": today.uid,
        "status": if active(&user.status) { "Active" } else { "Deactivated" },
        "username": username,
        "email": user.email,
        "firstName": user.first_name,
        "lastName": user.last_name,
        "quotaInBytes": user.quota.as_ref().and_then(|q| q.bytes).unwrap_or(-1),
        "orgId": user.org_id,
        "orgUid": store.org_uid(user.org_id),
        "orgName": org.map(|o| o.name.clone()).unwrap_or_default(),
        "orgType": "ENTERPRISE",
        "userExtRef": null,
        "notes": today.notes,
        "active": active(&user.status),
        "blocked": today.blocked,
        "emailPromo": false,
        "invited": false,
        "usernameIsAnEmail": username.contains('@'),
        "passwordReset": false,
        "localAuthenticationOnly": false,
        "creationDate": user.creation_date,
        "modificationDate": user.modification_date,
    });
    if roles {
        view["roles"] = json!(today.roles);
    }
    view
}

/// The `status` of a device (deactivated, deauthorized or active) and whether it is active.
pub(super) fn device_status(store: &Store, computer: &ComputerDetail) -> (&'static str, bool) {
    let today = store.today_computer(computer.id);
    let is_active = today.deactivated.map_or(active(&computer.status), |d| !d);
    let status = match (is_active, today.deauthorized) {
        (false, _) => "Deactivated",
        (true, true) => "Active, Deauthorized",
        (true, false) => "Active",
    };
    (status, is_active)
}

/// `alertState` of a list of alert states: 0 when every one is `OK`.
fn alert_state(states: &[String]) -> i64 {
    i64::from(states.iter().any(|s| s != "OK"))
}

/// A device as `/api/v1/Computer` shows it; with `usage` its `backupUsage` (one entry per
/// destination, from the computer usage rows: stored ones, or the synthetic computer's).
pub(super) fn device(store: &Store, computer: &ComputerDetail, usage: bool) -> Value {
    let today = store.today_computer(computer.id);
    let (status, is_active) = device_status(store, computer);
    let org = store.org_of(computer.user_id);
    let stats = computer.server_backup_stats.clone().unwrap_or_default();
    let name = today.name.clone().unwrap_or_else(|| computer.name.clone());
    let mut view = json!({
        "computerId": computer.id,
        "name": name,
        "osHostname": computer.name,
        "guid": computer.guid.to_string(),
        "type": "COMPUTER",
        "status": status,
        "active": is_active,
        "blocked": today.blocked,
        "alertState": alert_state(&computer.alert_states),
        "alertStates": computer.alert_states,
        "userId": computer.user_id,
        "userUid": store.today_user(computer.user_id).uid,
        "orgId": org,
        "orgUid": org.map(|o| store.org_uid(o)),
        "computerExtRef": today.ext_ref,
        "notes": today.notes,
        "parentComputerId": null,
        "parentComputerGuid": null,
        "lastConnected": stats.last_connected,
        "osName": computer.os_name.clone().unwrap_or_default(),
        "osVersion": computer.os_version.clone().unwrap_or_default(),
        "osArch": computer.os_arch.clone().unwrap_or_default(),
        "address": null,
        "remoteAddress": computer.remote_address,
        "javaVersion": computer.java_version,
        "modelInfo": null,
        "timeZone": computer.time_zone.clone().unwrap_or_default(),
        "productVersion": computer.version.clone().unwrap_or_default(),
        "creationDate": computer.creation_date,
        "modificationDate": computer.modification_date,
        "loginDate": null,
        "service": "CrashPlan",
    });
    if org.is_none()
        && let Some(map) = view.as_object_mut()
    {
        map.remove("orgId");
        map.remove("orgUid");
    }
    if usage {
        view["backupUsage"] = Value::Array(backup_usage(store, computer));
    }
    view
}

/// The `backupUsage` entries of a computer.
fn backup_usage(store: &Store, computer: &ComputerDetail) -> Vec<Value> {
    let stored: Vec<Value> = store
        .computer_usages
        .iter()
        .filter(|u| u.source_id == computer.id)
        .map(|u| usage_entry(store, computer, u))
        .collect();
    if !stored.is_empty() || store.computers.contains_key(&computer.id) {
        return stored;
    }
    vec![usage_entry(
        store,
        computer,
        &store.synthetic.computer_usage(computer),
    )]
}

/// One `backupUsage` entry from a computer usage row.
fn usage_entry(store: &Store, computer: &ComputerDetail, row: &ComputerUsage) -> Value {
    let stats = computer.server_backup_stats.clone().unwrap_or_default();
    let target_name = store
        .computer(row.target_id)
        .map_or_else(|| "CrashPlan PRO Server".to_owned(), |c| c.name.clone());
    let selected = row.selected_bytes.unwrap_or(0);
    let todo = row.todo_bytes.unwrap_or(0);
    let percent = if selected > 0 {
        (selected - todo) as f64 * 100.0 / selected as f64
    } else {
        100.0
    };
    json!({
        "targetComputerGuid": row.target_guid.to_string(),
        "targetComputerName": target_name,
        "targetComputerType": "SERVER",
        "selectedFiles": row.selected_files.unwrap_or(0),
        "selectedBytes": selected,
        "todoFiles": row.todo_files.unwrap_or(0),
        "todoBytes": todo,
        "archiveBytes": row.archive_bytes.unwrap_or(0),
        "billableBytes": selected,
        "lastBackup": row.last_activity,
        "lastCompletedBackup": stats.last_backup.or(row.last_activity),
        "lastConnected": row.last_connected,
        "lastMaintenanceDate": null,
        "using": row.is_using.unwrap_or(true),
        "alertState": alert_state(&computer.alert_states),
        "alertStates": computer.alert_states,
        "percentComplete": (percent * 10.0).round() / 10.0,
        "activity": {
            "connected": stats.connected.unwrap_or(false),
            "backingUp": false,
            "restoring": false,
        },
    })
}

/// An org as `/api/v1/Org` lists it.
pub(super) fn v1_org(store: &Store, org: &OrgDetail) -> Value {
    let today = store.today.orgs.get(&org.id);
    json!({
        "orgId": org.id,
        "orgUid": store.org_uid(org.id),
        "orgGuid": store.org_guid(org.id),
        "orgName": org.name,
        "orgExtRef": today.and_then(|t| t.ext_ref.clone()),
        "notes": today.and_then(|t| t.notes.clone()),
        "status": if active(&org.status) { "Active" } else { "Deactivated" },
        "active": active(&org.status),
        "blocked": today.is_some_and(|t| t.blocked),
        "parentOrgId": org.parent_id,
        "parentOrgUid": org.parent_id.map(|p| store.org_uid(p)),
        "parentOrgGuid": org.parent_id.map(|p| store.org_guid(p)),
        "type": "ENTERPRISE",
        "creationDate": org.creation_date,
        "modificationDate": org.modification_date,
        "registrationKey": org.registration_key,
    })
}

/// An org as `/api/v3/orgs` answers it: the v1 view plus classification and counts; with
/// `settings` its settings (the 2010 quota).
pub(super) fn v3_org(store: &Store, org: &OrgDetail, settings: bool) -> Value {
    let mut view = v1_org(store, org);
    let users = store.users.values().filter(|u| u.detail.org_id == org.id);
    view["classification"] = json!("BASIC");
    view["externalId"] = Value::Null;
    view["hierarchyCounts"] = json!({ "storedUserCount": users.count() });
    view["deactivationDate"] = if active(&org.status) {
        Value::Null
    } else {
        json!(org.modification_date)
    };
    if settings {
        let quota = org.quota.clone().unwrap_or_default();
        view["settings"] = json!({
            "maxSeats": quota.seats.unwrap_or(-1),
            "maxBytes": quota.bytes.unwrap_or(-1),
        });
    }
    view
}
