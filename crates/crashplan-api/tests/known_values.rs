//! Properties with documented values (`x-known-values`) are typed, and a value a newer server
//! sends decodes and is serialised again unchanged.

use std::collections::HashSet;

use crashplan_api::types::{
    MountPointDetail, MountPointStatus, OrgUpdate, Status, User, UserList, UserUpdate,
};
use serde_json::json;

fn user(status: &str) -> serde_json::Value {
    json!({
        "id": 69, "status": status, "orgId": 43, "username": "u3",
        "email": null, "firstName": null, "lastName": "Three",
        "creationDate": "2008-10-28T10:58:47-05:00",
        "modificationDate": "2008-10-28T10:58:47-05:00"
    })
}

#[test]
fn an_unknown_status_decodes_into_other_and_round_trips_unchanged() {
    let sent = json!({
        "metadata": {"params": {}, "timestamp": "2010-01-01T00:00:00Z"},
        "users": [user("Active"), user("Blocked"), user("active")]
    });
    let list: UserList = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(list.users[0].status, Status::Active);
    assert_eq!(list.users[1].status, Status::Other("Blocked".into()));
    // Values are exact strings: another spelling is another value, kept as sent.
    assert_eq!(list.users[2].status, Status::Other("active".into()));
    assert_eq!(serde_json::to_value(&list).expect("encodes"), sent);
}

#[test]
fn a_status_compares_with_variants_and_strings() {
    let user: User = serde_json::from_value(user("Deactivated")).expect("decodes");
    assert!(user.status == Status::Deactivated);
    assert!(user.status == "Deactivated");
    assert!(user.status != "Active");
    assert!("Deactivated" == user.status);
    assert!(user.status == *"Deactivated");
    let owned = String::from("Deactivated");
    assert!(user.status == owned);
    assert!(owned == user.status);
    assert!(!user.status.is_active());
    assert_eq!(user.status.as_str(), "Deactivated");
    assert_eq!(user.status.to_string(), "Deactivated");

    // Equality and hashing are the string's, whichever way a value was made.
    let by_hand = Status::Other("Active".into());
    assert_eq!(by_hand, Status::Active);
    let set: HashSet<Status> = [Status::Active, by_hand, "Blocked".into()].into();
    assert_eq!(set.len(), 2);
}

#[test]
fn conversions_from_and_to_strings() {
    assert_eq!(Status::from("Active"), Status::Active);
    assert_eq!(
        Status::from(String::from("Blocked")),
        Status::Other("Blocked".into())
    );
    assert_eq!("Deactivated".parse::<Status>(), Ok(Status::Deactivated));
    assert_eq!(Status::of("Active"), Status::Active);
    assert_eq!(String::from(Status::Active), "Active");
    assert_eq!(String::from(Status::Other("Blocked".into())), "Blocked");
    assert_eq!(Status::VALUES, ["Active", "Deactivated"]);
    assert_eq!(MountPointStatus::from("ENABLED"), MountPointStatus::Enabled);
    assert_eq!(MountPointStatus::Disabled.as_str(), "DISABLED");
}

#[test]
fn a_match_on_a_known_values_type_has_a_wildcard_arm() {
    // `#[non_exhaustive]` binds other crates: a value documented later is a new variant.
    let describe = |s: &Status| match s {
        Status::Active => "active",
        Status::Deactivated => "deactivated",
        _ => "other",
    };
    assert_eq!(describe(&Status::from("Blocked")), "other");
}

#[test]
fn builders_take_strings_and_variants() {
    let at = chrono::DateTime::parse_from_rfc3339("2008-10-28T10:58:47-05:00").expect("date");
    let user: User = User::builder()
        .id(1)
        .org_id(2)
        .status("Blocked")
        .creation_date(at)
        .modification_date(at)
        .try_into()
        .expect("a user");
    assert_eq!(user.status, "Blocked");

    let change: UserUpdate = UserUpdate::builder()
        .status(Status::Deactivated)
        .try_into()
        .expect("a change");
    assert_eq!(
        serde_json::to_value(&change).expect("encodes"),
        json!({"status": "Deactivated"})
    );
    let mut org = OrgUpdate::default();
    org.status = Some("Active".into());
    assert_eq!(
        serde_json::to_value(&org).expect("encodes")["status"],
        "Active"
    );
}

#[test]
fn mount_point_status_is_typed_and_keeps_unknown_values() {
    let sent = json!({
        "id": 1, "name": "backup", "status": "MAINTENANCE", "type": "DIR",
        "creationDate": "2010-01-01T00:00:00Z", "modificationDate": "2010-01-01T00:00:00Z"
    });
    let mount: MountPointDetail = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(mount.status, MountPointStatus::Other("MAINTENANCE".into()));
    let encoded = serde_json::to_value(&mount).expect("encodes");
    assert_eq!(encoded["status"], "MAINTENANCE");
}

#[test]
#[cfg(feature = "schemars")]
fn the_json_schema_of_a_known_values_type_is_a_string() {
    let schema = serde_json::to_value(schemars::schema_for!(Status)).expect("schema");
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["examples"], json!(["Active", "Deactivated"]));
    let user = serde_json::to_value(schemars::schema_for!(User)).expect("schema");
    assert_eq!(user["properties"]["status"]["$ref"], "#/$defs/Status");
}
