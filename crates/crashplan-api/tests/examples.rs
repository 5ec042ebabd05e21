//! Every JSON example of the reference doc (copied to `spec/examples/`) decodes into its
//! generated type and re-encodes without losing a field or a digit.
//!
//! File names are `<Schema>.<slug>.json`; `<Schema>` names the generated type.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use crashplan_api::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec/examples")
}

/// Decodes `json` as `T` and encodes it again.
fn reencode<T: DeserializeOwned + Serialize>(json: &str) -> Result<Value, String> {
    let typed: T = serde_json::from_str(json).map_err(|e| format!("does not decode: {e}"))?;
    serde_json::to_value(&typed).map_err(|e| format!("does not encode: {e}"))
}

fn reencode_as(schema: &str, json: &str) -> Result<Value, String> {
    macro_rules! by_name {
        ($($ty:ident),* $(,)?) => {
            match schema {
                $(stringify!($ty) => reencode::<types::$ty>(json),)*
                other => Err(format!("no generated type named {other}")),
            }
        };
    }
    by_name!(
        ArchiveRecordList,
        AuthTokenResponse,
        ComputerDetail,
        ComputerList,
        ComputerUsageList,
        MountPointDetail,
        MountPointList,
        OAuthTokenResponse,
        OrgCreate,
        OrgDetail,
        OrgList,
        OrgUpdate,
        ServerStats,
        UsageList,
        UserCreate,
        UserDetail,
        UserList,
        UserUpdate,
        // today's CrashPlan
        DeviceDeactivation,
        DeviceList,
        DeviceResponse,
        DeviceUpdate,
        RoleList,
        TodayError,
        UserRolesUpdate,
        V1OrgList,
        V1OrgResponse,
        V1UserCreate,
        V1UserList,
        V1UserResponse,
        V1UserUpdate,
        V3Customer,
        V3LoginConfiguration,
        V3Org,
        V3OrgCreate,
        V3OrgUpdate,
        V3UserActivate,
        V3UserDeactivate,
        V3UserMove,
    )
}

/// Compares an example with its re-encoding. A `null` may come back absent (optional fields
/// are skipped when `None`); numbers compare by value (`100` == `100.0`); dates compare as
/// instants with their offset (`.000` may be dropped, `-05:00` may not).
fn differences(original: &Value, again: &Value, at: &str, out: &mut Vec<String>) {
    match (original, again) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let here = format!("{at}.{key}");
                match b.get(key) {
                    Some(other) => differences(value, other, &here, out),
                    None if value.is_null() => {}
                    None => out.push(format!("{here}: lost ({value})")),
                }
            }
            for (key, value) in b {
                if !a.contains_key(key) && !value.is_null() {
                    out.push(format!("{at}.{key}: appeared ({value})"));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, &format!("{at}[{i}]"), out);
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            let same = match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
                (Some(x), Some(y), _, _) => x == y,
                (_, _, Some(x), Some(y)) => x == y,
                _ => a.as_f64() == b.as_f64(),
            };
            if !same {
                out.push(format!("{at}: {a} became {b}"));
            }
        }
        (Value::String(a), Value::String(b)) if a != b => {
            let parse = |s: &str| DateTime::<FixedOffset>::parse_from_rfc3339(s).ok();
            match (parse(a), parse(b)) {
                (Some(x), Some(y)) if x == y && x.offset() == y.offset() => {}
                _ => out.push(format!("{at}: {a:?} became {b:?}")),
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{at}: {a} became {b}")),
    }
}

#[test]
fn every_doc_example_round_trips_through_its_generated_type() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .expect("spec/examples exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 21,
        "expected the doc's 21 examples, found {}",
        files.len()
    );

    let mut failures = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let schema = name.split('.').next().unwrap_or_default();
        let json = std::fs::read_to_string(path).expect("example is readable");
        let original: Value = serde_json::from_str(&json).expect("example is valid JSON");
        match reencode_as(schema, &json) {
            Ok(again) => {
                let mut diffs = Vec::new();
                differences(&original, &again, "$", &mut diffs);
                failures.extend(diffs.into_iter().map(|d| format!("{name}: {d}")));
            }
            Err(err) => failures.push(format!("{name}: {err}")),
        }
    }
    assert!(
        failures.is_empty(),
        "examples changed on a round trip:\n{}",
        failures.join("\n")
    );
}

fn example(name: &str) -> String {
    std::fs::read_to_string(examples_dir().join(name)).expect("example exists")
}

#[test]
fn guids_beyond_2_pow_53_stay_exact() {
    let computer: types::ComputerDetail =
        serde_json::from_str(&example("ComputerDetail.get-computer-2.json")).expect("decodes");
    assert_eq!(computer.guid, 343_195_742_699_662_015);
    let json = serde_json::to_string(&computer).expect("encodes");
    assert!(json.contains("\"guid\":343195742699662015"), "{json}");

    let usages: types::UsageList =
        serde_json::from_str(&example("UsageList.list-usages.json")).expect("decodes");
    assert_eq!(usages.usages[0].target_gu_id, Some(345_095_742_699_645_987));
}

#[test]
fn dates_keep_their_offset() {
    let org: types::OrgDetail =
        serde_json::from_str(&example("OrgDetail.get-org-43.json")).expect("decodes");
    assert_eq!(
        org.creation_date.to_rfc3339(),
        "2008-10-28T10:58:47.632-05:00"
    );
}

#[test]
fn unknown_properties_and_status_values_decode() {
    let json = r#"{
        "id": 70, "status": "Blocked", "email": "new@testorg.org", "orgId": 43,
        "creationDate": "2026-01-02T03:04:05.678+01:00",
        "modificationDate": "2026-01-02T03:04:05.678+01:00",
        "favouriteColour": "green", "nested": {"deep": [1, 2, 3]}
    }"#;
    let user: types::User = serde_json::from_str(json).expect("decodes");
    assert_eq!(user.status, "Blocked");
    assert_eq!(user.id, 70);

    let stats = r#"{"orgCount": 3, "someNewCounter": 12345678901234567890}"#;
    let stats: types::ServerStats = serde_json::from_str(stats).expect("decodes");
    assert_eq!(stats.org_count, Some(3));
}

#[test]
fn list_items_do_not_claim_detail_fields() {
    // The list view has no archive statistics; the detail view has them.
    let list: types::UserList =
        serde_json::from_str(&example("UserList.list-users.json")).expect("decodes");
    let item = serde_json::to_value(&list.users[0]).expect("encodes");
    assert!(item.get("archiveBytes").is_none(), "{item}");

    let detail: types::UserDetail =
        serde_json::from_str(&example("UserDetail.get-user-69.json")).expect("decodes");
    assert_eq!(detail.archive_bytes, Some(78_213_557));
}

#[test]
fn metadata_params_keep_strings_and_numbers() {
    let usages: types::UsageList =
        serde_json::from_str(&example("UsageList.list-usages.json")).expect("decodes");
    assert_eq!(usages.metadata.params["orgId"], 23);
    let records: types::ArchiveRecordList =
        serde_json::from_str(&example("ArchiveRecordList.list-archive-records.json"))
            .expect("decodes");
    assert_eq!(records.metadata.params["daysBack"], "2");
}

#[test]
fn passwords_and_tokens_never_show_in_debug_output() {
    let create: types::UserCreate =
        serde_json::from_str(&example("UserCreate.create-user-request.json")).expect("decodes");
    let password = create.password.expose().to_owned();
    let debug = format!("{create:?}");
    assert!(debug.contains("password: ***"), "{debug}");
    assert!(!debug.contains(&format!("{password:?}")), "{debug}");
    // The password is still sent on the wire.
    let json = serde_json::to_string(&create).expect("encodes");
    assert!(json.contains(&format!("\"password\":\"{password}\"")));

    let login: types::AuthTokenResponse =
        serde_json::from_str(&example("AuthTokenResponse.jwt-login.json")).expect("decodes");
    let token = login.data.v3_user_token.expose().to_owned();
    assert!(!format!("{login:?}").contains(&token));
}

#[test]
fn missing_required_fields_are_decode_errors_naming_the_field() {
    let err = serde_json::from_str::<types::Org>(
        r#"{"id": 1, "status": "Active", "creationDate": "2008-10-28T10:51:47.000-05:00",
            "modificationDate": "2008-10-28T10:51:47.000-05:00"}"#,
    )
    .expect_err("name is required");
    assert!(err.to_string().contains("missing field `name`"), "{err}");
}
