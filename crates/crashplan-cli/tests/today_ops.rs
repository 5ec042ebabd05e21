//! `report backups`, `drift` and `bulk` against today's API (`--api today`), served by the
//! emulator from the one state it shares with the 2010 API (the doc's data: users 67-71, orgs
//! 2, 3, 42 and 43, computer 2; synthetic users and computers from id 1000 where a test needs
//! more devices); and `bulk move`, on both generations.
//!
//! Today's identifiers are the emulator's (its README): user `id` has the `userUid`
//! `1040000000000000000 + id`, org `id` the `orgUid` `1050000000000000000 + id`, a device the
//! 2010 computer GUID in decimal; an org's `orgGuid` (a hash of its id) is read from the
//! emulator.

mod common;

use common::Server;
use crashplan_emulator::{Emulator, Scale};
use serde_json::Value;

/// The `userUid` the emulator gives the doc's user 67 (`userone@testorg.org`, org 43).
const UID_67: &str = "1040000000000000067";
/// The `userUid` of the doc's user 68 (`usertwo@testorg.org`, org 43).
const UID_68: &str = "1040000000000000068";
/// The `userUid` of the doc's user 69 (`userthree@testorg.org`, org 43, owner of computer 2).
const UID_69: &str = "1040000000000000069";
/// The `userUid` of the doc's user 70 (`user1@example.com`, org 42).
const UID_70: &str = "1040000000000000070";
/// The GUID of the doc's computer 2, in decimal.
const GUID_2: &str = "343195742699662015";
/// The `orgUid` of the doc's org 42 (`CrashPlan`).
const ORG_UID_42: &str = "1050000000000000042";
/// The `orgUid` of the doc's org 43 (`SubOrg1`).
const ORG_UID_43: &str = "1050000000000000043";

/// The doc's data and `n` synthetic users, each with one computer: computer 1000 (its user
/// deactivated, as every 50th), 1001 (its user in a legal hold), then active ones from 1002.
fn with_synthetic(n: usize) -> Server {
    Server::with(Emulator::builder().scale(Scale::users(n)))
}

/// The `orgGuid` of org `id`, read from the emulator's org listing.
fn org_guid(server: &Server, id: i64) -> String {
    let client = crashplan::Client::builder(server.emulator.base_url())
        .local_account("admin", "admin")
        .build()
        .expect("client");
    let orgs = server
        .block_on(client.today().orgs().list().collect_all())
        .expect("orgs");
    orgs.into_iter()
        .find(|o| o.org_id == id)
        .map(|o| o.org_guid)
        .unwrap_or_else(|| panic!("org {id} is not listed"))
}

/// Deactivates user `id` through the 2010 API (`cpctl --api pro3`): today's API sees the one
/// state.
fn deactivate_through_2010(server: &Server, id: &str) {
    let (code, _, err) = Server::run(server.cli().args(["users", "deactivate", id]));
    assert_eq!(code, 0, "{err}");
}

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// `cpctl --api today ...` against the emulator.
fn today(server: &Server) -> assert_cmd::Command {
    let mut cmd = server.cli();
    cmd.args(["--api", "today"]);
    cmd
}

#[test]
fn report_backups_on_todays_api_reads_one_devices_listing_with_backup_usage() {
    // Computer 2 backed up in 2010, synthetic computer 1001 in 2024 (1000 is deactivated).
    let server = with_synthetic(2);
    let (code, out, err) = Server::run(today(&server).args([
        "report",
        "backups",
        "--older-than",
        "7d",
        "-f",
        "jsonl",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 2, "{out}");
    assert!(err.contains("2 of 2 active devices"), "{err}");
    assert!(err.contains("(0 never completed a backup)"), "{err}");
    // Most stale first: the doc's computer 2, with its destination's last completed backup
    // and last backup, and the latest connection (the device's, not the destination's 2008
    // one); its owner's email from the users listing.
    let doc = &rows[0];
    assert_eq!(doc["computerId"], 2, "{out}");
    assert_eq!(doc["name"], "c42-dhcp-191.c42");
    assert_eq!(doc["guid"], GUID_2);
    assert_eq!(doc["email"], "userthree@testorg.org");
    assert_eq!(doc["userUid"], UID_69);
    assert_eq!(doc["orgUid"], ORG_UID_43);
    assert_eq!(doc["lastCompletedBackup"], "2010-03-30T18:36:10.221Z");
    assert_eq!(doc["lastBackup"], Value::Null);
    assert_eq!(doc["lastConnected"], "2010-03-30T18:35:50.133Z");
    assert!(doc["daysSinceCompletedBackup"].as_i64().expect("days") >= 7);
    let synthetic = &rows[1];
    assert_eq!(synthetic["computerId"], 1001, "{out}");
    assert_eq!(synthetic["email"], "syn1001@synthetic.example");
    assert!(synthetic["lastCompletedBackup"].is_string(), "{out}");

    // One devices listing (active, with backup usage, 500 a page) and one users listing:
    // no request per device, and nothing of the 2010 API.
    let requests = server.emulator.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    let devices: Vec<_> = requests
        .iter()
        .filter(|r| r.path == "/api/v1/Computer")
        .collect();
    assert_eq!(devices.len(), 1, "{paths:?}");
    let query = devices[0].query.as_deref().unwrap_or("");
    for part in ["active=true", "incBackupUsage=true", "pgSize=500"] {
        assert!(query.contains(part), "{query}");
    }
    assert_eq!(
        requests.iter().filter(|r| r.path == "/api/v1/User").count(),
        1,
        "{paths:?}"
    );
    assert!(
        paths.iter().all(|p| !p.starts_with("/rest/")
            && !p.starts_with("/api/v1/Computer/")
            && !p.starts_with("/api/v1/User/")),
        "{paths:?}"
    );
}

/// The spec's examples of today's device and user listings (two devices, one of which never
/// completed a backup: it has no destination at all), for what the emulator's data has not.
fn todays_examples(path: &str) -> String {
    let path = path.split('?').next().unwrap_or(path);
    match path {
        "/api/v1/Computer" => {
            include_str!("../../../spec/examples/DeviceList.list-devices-with-backup-usage.json")
        }
        "/api/v1/User" => include_str!("../../../spec/examples/V1UserList.list-users-v1.json"),
        _ => r#"{"data":null}"#,
    }
    .to_owned()
}

#[test]
fn report_backups_on_todays_api_puts_a_device_that_never_completed_a_backup_first() {
    let server = Server::start();
    let (url, seen) = common::raw_json_server(10, "", todays_examples);
    let (code, out, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--username", "admin", "--basic-auth"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["--api", "today", "report", "backups", "--older-than", "7d"])
            .args(["-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 2, "{out}");
    assert!(err.contains("2 of 2 active devices"), "{err}");
    assert!(err.contains("(1 never completed a backup)"), "{err}");
    // Most stale first: bram's device never completed a backup (no destination at all).
    assert_eq!(rows[0]["computerId"], 90544);
    assert_eq!(rows[0]["guid"], "1051938011470259617");
    assert_eq!(rows[0]["lastCompletedBackup"], Value::Null);
    assert_eq!(rows[0]["email"], "bram.okafor@northwind.example");
    assert_eq!(rows[0]["userUid"], "1051937720480016642");
    assert_eq!(rows[0]["orgUid"], "1049001846377311758");
    // ada's device: its destination's last completed backup and last backup, and the latest
    // connection.
    let ada = &rows[1];
    assert_eq!(ada["computerId"], 88120);
    assert_eq!(ada["name"], "ada-thinkpad");
    assert_eq!(ada["email"], "ada.moreau@northwind.example");
    assert_eq!(ada["lastCompletedBackup"], "2025-12-01T03:12:47.019Z");
    assert_eq!(ada["lastBackup"], "2025-12-01T09:58:10.442Z");
    assert_eq!(ada["lastConnected"], "2025-12-01T10:01:55.730Z");
    // One devices listing and one users listing.
    let lines = seen.lock().expect("log").clone();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("GET /api/v1/Computer?"), "{lines:?}");
    assert!(lines[1].starts_with("GET /api/v1/User?"), "{lines:?}");
}

#[test]
fn report_backups_on_todays_api_keeps_the_recent_devices_out_and_takes_an_org() {
    let server = with_synthetic(2);
    // A threshold computer 2's 2010 backup passes (over 800 weeks) and computer 1001's 2024
    // backup does not, in CSV.
    let (code, out, err) = Server::run(today(&server).args([
        "report",
        "backups",
        "--older-than",
        "800w",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(
        lines[0],
        "computerId,name,guid,userUid,email,orgUid,lastCompletedBackup,lastBackup,\
         lastConnected,daysSinceCompletedBackup,daysSinceConnected"
    );
    assert!(
        lines[1].starts_with(&format!("2,c42-dhcp-191.c42,{GUID_2},{UID_69},")),
        "{out}"
    );
    assert!(err.contains("1 of 2 active devices"), "{err}");

    // `--org` by numeric id: the devices and users of that org's uid.
    let (code, out, err) = Server::run(today(&server).args([
        "report",
        "backups",
        "--org",
        "43",
        "--columns",
        "computerId,email",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "computerId,email\n2,userthree@testorg.org\n");
    assert!(err.contains("in org 43"), "{err}");
    let requests = server.emulator.requests();
    let listing = requests
        .iter()
        .rfind(|r| r.path == "/api/v1/Computer")
        .expect("a devices listing");
    assert!(
        listing
            .query
            .as_deref()
            .is_some_and(|q| q.contains(&format!("orgUid={ORG_UID_43}"))),
        "{listing:?}"
    );

    // An org nobody has: a not-found naming it, nothing listed.
    let (code, out, err) = Server::run(today(&server).args(["report", "backups", "--org", "77"]));
    assert_ne!(code, 0);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("`77`"), "{err}");
}

#[test]
fn drift_on_todays_api_calls_its_lists_details_and_roles_and_compares_them() {
    let server = Server::start();
    let (code, out, err) = Server::run(today(&server).args(["drift", "--format", "json"]));
    // The emulator serves today's views of its state: differences are possible only where the
    // spec keeps an object open to properties it does not name (exit 4), never a wrong type.
    assert!(code == 0 || code == 4, "{code}: {err}");
    let findings: Vec<Value> = serde_json::from_str(&out).expect("json");
    for finding in &findings {
        let kind = finding["kind"].as_str().unwrap_or("");
        assert!(
            kind != "type-mismatch" && kind != "missing-required",
            "{finding}\n{err}"
        );
    }
    let requests = server.emulator.requests();
    let asked = |path: &str| requests.iter().find(|r| r.path == path);
    // The lists, a first page each, with their `inc*` parts.
    for path in ["/api/v1/User", "/api/v1/Computer", "/api/v1/Org"] {
        let request = asked(path).unwrap_or_else(|| panic!("{path} not listed"));
        let query = request.query.as_deref().unwrap_or("");
        assert!(
            query.contains("pgNum=1") && query.contains("pgSize=5"),
            "{query}"
        );
    }
    let devices = asked("/api/v1/Computer").and_then(|r| r.query.clone());
    assert!(devices.is_some_and(|q| q.contains("incBackupUsage=true")));
    // The details of the listed items (the doc's five users, computer 2, the four orgs), by
    // the ids the spec's paths take.
    for path in [
        "/api/v1/User/my".to_owned(),
        "/api/v1/User/67".to_owned(),
        "/api/v1/User/71".to_owned(),
        format!("/api/v3/users/{UID_67}/roles"),
        format!("/api/v3/users/{UID_70}/roles"),
        "/api/v1/Computer/2".to_owned(),
        format!("/api/v3/orgs/{}", org_guid(&server, 43)),
        format!("/api/v3/orgs/{}", org_guid(&server, 2)),
        "/api/v1/Org/my".to_owned(),
        "/api/v3/customer/my".to_owned(),
    ] {
        assert!(asked(&path).is_some(), "{path} not asked");
    }
    assert!(
        requests.iter().all(|r| r.method == "GET"),
        "drift only reads"
    );
    assert!(
        requests.iter().all(|r| !r.path.starts_with("/rest/")),
        "nothing of the 2010 API"
    );
}

/// Today's example answers with `xUndocumented` added to every object but the envelope's
/// metadata: what a newer server might send.
fn todays_drifted(path: &str) -> String {
    let examples = [
        (
            "/api/v1/User/",
            include_str!("../../../spec/examples/V1UserResponse.get-user-by-uid.json"),
        ),
        (
            "/api/v1/User",
            include_str!("../../../spec/examples/V1UserList.list-users-v1.json"),
        ),
        (
            "/api/v3/users/",
            include_str!("../../../spec/examples/RoleList.list-roles.json"),
        ),
        (
            "/api/v1/role",
            include_str!("../../../spec/examples/RoleList.list-roles.json"),
        ),
        (
            "/api/v1/Computer/",
            include_str!("../../../spec/examples/DeviceResponse.get-device-by-guid.json"),
        ),
        (
            "/api/v1/Computer",
            include_str!("../../../spec/examples/DeviceList.list-devices-with-backup-usage.json"),
        ),
        (
            "/api/v1/Org/",
            include_str!("../../../spec/examples/V1OrgResponse.get-current-org.json"),
        ),
        (
            "/api/v1/Org",
            include_str!("../../../spec/examples/V1OrgList.list-orgs-v1.json"),
        ),
        (
            "/api/v3/orgs/",
            include_str!("../../../spec/examples/V3Org.get-org-v3.json"),
        ),
        (
            "/api/v3/customer/my",
            include_str!("../../../spec/examples/V3Customer.get-customer.json"),
        ),
        (
            "/api/v3/LoginConfiguration",
            include_str!("../../../spec/examples/V3LoginConfiguration.local-2fa.json"),
        ),
    ];
    fn add(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.values_mut().for_each(add);
                if !map.contains_key("timestamp") && !map.contains_key("pgNum") {
                    map.insert("xUndocumented".into(), Value::from("from a newer server"));
                }
            }
            Value::Array(items) => items.iter_mut().for_each(add),
            _ => {}
        }
    }
    let path = path.split('?').next().unwrap_or(path);
    let Some((_, body)) = examples.iter().find(|(prefix, _)| path.starts_with(prefix)) else {
        return r#"{"data":null}"#.to_owned();
    };
    let mut value: Value = serde_json::from_str(body).expect("example");
    add(&mut value);
    value.to_string()
}

#[test]
fn drift_on_todays_api_proposes_what_a_newer_server_adds() {
    let server = Server::start();
    let (url, seen) = common::raw_json_server(100, "", todays_drifted);
    let (code, yaml, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--username", "admin", "--basic-auth"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["--api", "today", "drift", "--patch"]),
    );
    assert_eq!(code, 4, "{err}");
    for schema in [
        "V1User",
        "Device",
        "DeviceBackupUsage",
        "V1Org",
        "V3Org",
        "Role",
    ] {
        assert!(
            yaml.contains(&format!("    {schema}:\n      properties:\n        ")),
            "{schema} not proposed: {yaml}"
        );
    }
    assert!(
        yaml.contains(
            "        xUndocumented:\n          type: string\n          description: 'TODO: the server sent \"from a newer server\" in listUsersV1'\n"
        ),
        "{yaml}"
    );
    let lines = seen.lock().expect("log").clone();
    assert!(
        lines.iter().all(|l| l.starts_with("GET /api/")),
        "{lines:?}"
    );
}

fn write_file(server: &Server, name: &str, text: &str) -> String {
    let path = server.dir.path().join(name);
    std::fs::write(&path, text).expect("write CSV");
    path.display().to_string()
}

fn csv_rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            header
                .iter()
                .map(str::to_owned)
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// The results row of input line `line`.
fn on_line<'a>(
    rows: &'a [std::collections::HashMap<String, String>],
    line: &str,
) -> &'a std::collections::HashMap<String, String> {
    rows.iter()
        .find(|r| r["line"] == line)
        .unwrap_or_else(|| panic!("no result for line {line}: {rows:?}"))
}

/// Requests that change something (anything but `GET`; the login is a `GET`).
fn writes(server: &Server) -> Vec<String> {
    server
        .emulator
        .requests()
        .iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

#[test]
fn bulk_deactivate_on_todays_api_names_users_by_uid_id_email_and_username() {
    let server = Server::start();
    // User 68 deactivated through the 2010 API: today's API sees it deactivated.
    deactivate_through_2010(&server, "68");
    let before = server.emulator.requests().len();
    let csv = write_file(
        &server,
        "users.csv",
        &format!(
            "user\n\
             userone@testorg.org\n\
             {UID_68}\n\
             67\n\
             nobody@testorg.org\n"
        ),
    );
    // A header without a key column: every row's first field names the user.
    let csv_keyed = write_file(
        &server,
        "keyed.csv",
        "username\nuserone@testorg.org\nusertwo@testorg.org\n",
    );
    let (code, out, err) = Server::run(today(&server).args([
        "bulk",
        "deactivate",
        "--csv",
        &csv,
        "--dry-run",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 3, "the unknown user fails: {err}");
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 5, "{out}");
    let user = on_line(&rows, "2");
    assert_eq!(user["outcome"], "would deactivate", "{out}");
    assert_eq!(user["user_id"], "67");
    assert_eq!(user["message"], "now Active");
    let by_uid = on_line(&rows, "3");
    assert_eq!(
        (by_uid["user_id"].as_str(), by_uid["outcome"].as_str()),
        ("68", "unchanged")
    );
    assert_eq!(by_uid["message"], "already Deactivated");
    let by_id = on_line(&rows, "4");
    assert_eq!(
        (by_id["user_id"].as_str(), by_id["outcome"].as_str()),
        ("67", "would deactivate")
    );
    let nobody = on_line(&rows, "5");
    assert_eq!(nobody["outcome"], "error");
    assert!(nobody["message"].contains("nobody@testorg.org"), "{out}");
    // "user" is no key column: the header row is a row naming a user too.
    assert_eq!(on_line(&rows, "1")["outcome"], "error");

    let (code, out, err) = Server::run(today(&server).args([
        "bulk",
        "reactivate",
        "--csv",
        &csv_keyed,
        "--dry-run",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out);
    assert_eq!(on_line(&rows, "2")["outcome"], "unchanged");
    assert_eq!(on_line(&rows, "2")["message"], "already Active");
    assert_eq!(on_line(&rows, "3")["outcome"], "would reactivate");
    assert_eq!(on_line(&rows, "3")["user_id"], "68");
    // A dry run reads only; today's API only.
    let requests = server.emulator.requests();
    let since: Vec<String> = requests[before..]
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(since.iter().all(|r| r.starts_with("GET ")), "{since:?}");
    assert!(since.iter().all(|r| !r.contains(" /rest/")), "{since:?}");
}

#[test]
fn bulk_deactivate_devices_names_them_by_guid_or_id_and_records_every_row() {
    let server = with_synthetic(3);
    let csv = write_file(
        &server,
        "devices.csv",
        &format!("guid\n{GUID_2}\n1002\n777\n"),
    );
    let results = server.dir.path().join("devices-results.csv");
    let (code, out, err) = Server::run(
        today(&server)
            .args(["bulk", "deactivate", "devices", "--csv", &csv, "--dry-run"])
            .arg("--results")
            .arg(&results),
    );
    assert_eq!(code, 3, "device 777 does not exist: {err}");
    assert!(out.is_empty(), "{out}");
    let text = std::fs::read_to_string(&results).expect("results");
    assert!(
        text.starts_with("line,input,computer_id,outcome,message\n"),
        "{text}"
    );
    let rows = csv_rows(&text);
    assert_eq!(rows.len(), 3);
    assert_eq!(on_line(&rows, "2")["computer_id"], "2");
    assert_eq!(on_line(&rows, "2")["outcome"], "would deactivate");
    assert_eq!(on_line(&rows, "3")["computer_id"], "1002");
    assert_eq!(on_line(&rows, "3")["outcome"], "would deactivate");
    let missing = on_line(&rows, "4");
    assert_eq!(missing["outcome"], "error");
    assert!(missing["message"].contains("`777`"), "{text}");
    assert!(missing["message"].contains("GUID"), "{text}");
    // Resumed: the dry run's rows are done again, still without a write.
    let (code, _, err) = Server::run(
        today(&server)
            .args(["bulk", "deactivate", "devices", "--csv", &csv, "--dry-run"])
            .arg("--resume")
            .arg(&results),
    );
    assert_eq!(code, 3, "{err}");
    assert!(writes(&server).is_empty(), "{:?}", writes(&server));
    // A record of devices is not a record of users.
    let (code, _, err) = Server::run(
        today(&server)
            .args(["bulk", "deactivate", "--csv", &csv, "--dry-run"])
            .arg("--resume")
            .arg(&results),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("record of another command"), "{err}");
    let (code, out, err) = Server::run(server.bare().args(["bulk", "template", "devices"]));
    assert_eq!((code, out.as_str()), (0, "guid\n"), "{err}");
}

/// A CrashPlan PRO 3.x server: the token login answers, everything else (today's
/// `/api/v1/User/my` first) is a 404. Every request line is recorded.
fn a_2010_server() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = std::sync::Arc::clone(&seen);
    let url = common::raw_http_server(8, move |path| {
        if let Ok(mut log) = log.lock() {
            log.push(path.to_owned());
        }
        if path.starts_with("/api/v3/auth/jwt") {
            let body = r#"{"data":{"v3_user_token":"t"}}"#;
            return format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n{body}",
                body.len()
            );
        }
        "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\
         connection: close\r\n\r\n[]"
            .to_owned()
    });
    (url, seen)
}

#[test]
fn bulk_devices_against_a_2010_server_is_a_usage_error_before_anything_is_sent() {
    let server = Server::start();
    let csv = write_file(&server, "devices.csv", "id\n2\n");
    let results = server.dir.path().join("r.csv");
    let refused = |cmd: &mut assert_cmd::Command, what: &str| {
        let (code, out, err) = Server::run(cmd.arg("--results").arg(&results));
        assert_eq!(code, 2, "{what}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("--api today"), "{err}");
        assert!(err.contains("CrashPlan PRO 3.x"), "{err}");
        assert!(err.contains("nothing was sent"), "{err}");
        // No results file is left behind: the same command can run again as it is.
        assert!(!results.exists(), "{what}: a results file was left");
    };
    // Said: `--api pro3`, to the emulator (which serves both generations).
    refused(
        server.cli().args([
            "--api",
            "pro3",
            "bulk",
            "reactivate",
            "devices",
            "--csv",
            &csv,
        ]),
        "pro3",
    );
    assert!(writes(&server).is_empty(), "{:?}", writes(&server));
    // Detected: `--api auto` to a server whose `/api/v1/User/my` is a 404. It is asked that
    // and nothing else (the login aside).
    let (url, seen) = a_2010_server();
    refused(
        server
            .bare()
            .args(["--url", &url, "--username", "admin"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args([
                "--api",
                "auto",
                "bulk",
                "reactivate",
                "devices",
                "--csv",
                &csv,
            ]),
        "auto",
    );
    let lines = seen.lock().expect("log").clone();
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("/api/v3/auth/jwt") || l == "/api/v1/User/my"),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l == "/api/v1/User/my"), "{lines:?}");
    // The 2010 commands that only speak 2010 refuse today's API the same way.
    let csv = write_file(&server, "update.csv", "id,firstName\n67,Ann\n");
    let (code, _, err) = Server::run(
        today(&server)
            .args(["bulk", "update", "--csv", &csv])
            .arg("--results")
            .arg(&results),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`cpctl bulk update`"), "{err}");
    assert!(!results.exists());
    assert!(writes(&server).is_empty(), "{:?}", writes(&server));
}

#[test]
fn bulk_deactivate_and_reactivate_on_todays_api_change_users_and_devices_once() {
    let server = with_synthetic(3);
    // User 68 deactivated through the 2010 API: unchanged for today's deactivation.
    deactivate_through_2010(&server, "68");
    // No header: a uid and an email (an `id` header would make every row an id).
    let users = write_file(
        &server,
        "users.csv",
        &format!("{UID_67}\nusertwo@testorg.org\n"),
    );
    let (code, out, err) =
        Server::run(today(&server).args(["bulk", "deactivate", "--csv", &users, "-f", "csv"]));
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out);
    assert_eq!(on_line(&rows, "1")["outcome"], "deactivated", "{out}");
    assert_eq!(on_line(&rows, "2")["outcome"], "unchanged", "{out}");
    // Re-running changes nothing.
    let (code, out, err) =
        Server::run(today(&server).args(["bulk", "deactivate", "--csv", &users, "-f", "csv"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        csv_rows(&out).iter().all(|r| r["outcome"] == "unchanged"),
        "{out}"
    );
    // The 2010 API sees today's deactivation.
    let (code, out, err) = Server::run(server.cli().args(["users", "get", "67", "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    let user: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(user["status"], "Deactivated", "{out}");
    let (code, _, err) =
        Server::run(today(&server).args(["bulk", "reactivate", "--csv", &users, "-f", "csv"]));
    assert_eq!(code, 0, "{err}");
    let count = |path: &str| server.emulator.request_count("POST", path);
    assert_eq!(count(&format!("/api/v3/users/{UID_67}/deactivate")), 1);
    assert_eq!(count(&format!("/api/v3/users/{UID_67}/activate")), 1);
    assert_eq!(count(&format!("/api/v3/users/{UID_68}/activate")), 1);
    assert_eq!(count(&format!("/api/v3/users/{UID_68}/deactivate")), 0);

    // The doc's computer 2 by GUID and synthetic computer 1002 by id.
    let devices = write_file(&server, "devices.csv", &format!("guid\n{GUID_2}\n1002\n"));
    for verb in ["deactivate", "reactivate"] {
        let (code, out, err) = Server::run(
            today(&server).args(["bulk", verb, "devices", "--csv", &devices, "-f", "csv"]),
        );
        assert_eq!(code, 0, "{verb}: {err}");
        let done = if verb == "deactivate" {
            "deactivated"
        } else {
            "reactivated"
        };
        assert!(csv_rows(&out).iter().all(|r| r["outcome"] == done), "{out}");
    }
    assert_eq!(count("/api/v38/computer-deactivation/update"), 2);
    assert_eq!(count("/api/v38/computer-deactivation/remove"), 2);
}

#[cfg(unix)]
#[test]
fn a_bulk_deactivation_of_devices_keeps_its_record_under_sigterm_and_resume_finishes_it() {
    use std::time::{Duration, Instant};

    use crashplan_emulator::{Faults, Latency};

    let server = Server::with(
        Emulator::builder()
            .doc_data(false)
            .scale(Scale::users(30))
            .faults(Faults {
                latency: Latency::Fixed(Duration::from_millis(60)),
                ..Faults::none()
            }),
    );
    let client = crashplan::Client::builder(server.emulator.base_url())
        .local_account("admin", "admin")
        .build()
        .expect("client");
    let devices = server
        .block_on(client.today().devices().list().active(true).collect_all())
        .expect("devices");
    // 29 of the 30 synthetic devices are active (user 1000's is deactivated, as every 50th
    // user's); user 1001 is in a legal hold (the emulator's README), so its device cannot be
    // deactivated: 20 of the other 28.
    assert_eq!(devices.len(), 29, "the data set's active devices");
    let ids: Vec<i64> = devices
        .iter()
        .filter(|d| d.user_id != Some(1001))
        .map(|d| d.computer_id)
        .take(20)
        .collect();
    assert_eq!(
        ids.len(),
        20,
        "the data set has 28 active devices out of a legal hold"
    );
    let text: String = ids.iter().map(|id| format!("{id}\n")).collect();
    let csv = write_file(&server, "devices.csv", &text);
    let results = server.dir.path().join("r.csv");
    let mut child = server
        .cli_std()
        .args([
            "--api",
            "today",
            "bulk",
            "deactivate",
            "devices",
            "--csv",
            &csv,
        ])
        .args(["--concurrency", "2", "--results"])
        .arg(&results)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawns");
    let data_rows = |p: &std::path::Path| {
        std::fs::read_to_string(p).map_or(0, |t| t.lines().count().saturating_sub(1))
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while data_rows(&results) < 3 {
        assert!(Instant::now() < deadline, "no rows were recorded");
        std::thread::sleep(Duration::from_millis(10));
    }
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(60);
    let code = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status.code().unwrap_or(-1);
        }
        assert!(Instant::now() < deadline, "the run did not end");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(code, 143, "SIGTERM");
    // One row per input line, in order, nothing in doubt.
    let rows = csv_rows(&std::fs::read_to_string(&results).expect("record"));
    assert_eq!(rows.len(), ids.len());
    let mut not_attempted = 0;
    for (row, id) in rows.iter().zip(&ids) {
        assert_eq!(row["input"], id.to_string());
        match row["outcome"].as_str() {
            "deactivated" => assert_eq!(row["computer_id"], id.to_string()),
            "not attempted" => not_attempted += 1,
            other => panic!("unexpected outcome {other}: {row:?}"),
        }
    }
    assert!(not_attempted > 0, "the signal stopped the run early");
    // --resume does the rest, each device deactivated exactly once.
    let (code, _, err) = Server::run(
        today(&server)
            .args(["bulk", "deactivate", "devices", "--csv", &csv, "--resume"])
            .arg(&results),
    );
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&std::fs::read_to_string(&results).expect("record"));
    assert!(
        rows.iter().all(|r| r["outcome"] == "deactivated"),
        "{rows:?}"
    );
    assert_eq!(
        server
            .emulator
            .request_count("POST", "/api/v38/computer-deactivation/update"),
        ids.len()
    );
}

#[test]
fn bulk_move_on_a_2010_server_moves_each_user_once() {
    let server = Server::start();
    let csv = write_file(
        &server,
        "move.csv",
        "email\nuserthree@testorg.org\nnobody@testorg.org\n",
    );
    let results = server.dir.path().join("moved.csv");
    let (code, out, err) = Server::run(server.cli().args([
        "bulk",
        "move",
        "--csv",
        &csv,
        "--to",
        "42",
        "--dry-run",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 3, "{err}");
    let rows = csv_rows(&out);
    assert_eq!(on_line(&rows, "2")["outcome"], "would move");
    assert_eq!(on_line(&rows, "2")["message"], "orgId: 43 -> 42");
    assert_eq!(on_line(&rows, "3")["outcome"], "error");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 0);

    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["bulk", "move", "--csv", &csv, "--to", "42", "--results"])
            .arg(&results),
    );
    assert_eq!(code, 3, "{err}");
    let rows = csv_rows(&std::fs::read_to_string(&results).expect("record"));
    assert_eq!(on_line(&rows, "2")["outcome"], "moved");
    assert_eq!(on_line(&rows, "2")["user_id"], "69");
    // Resumed: the moved row is skipped, the failed one tried again; then a new run finds
    // the user in place.
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["bulk", "move", "--csv", &csv, "--to", "42", "--resume"])
            .arg(&results),
    );
    assert_eq!(code, 3, "{err}");
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["bulk", "move", "--csv", &csv, "--to", "42", "-f", "csv"]),
    );
    assert_eq!(code, 3, "{err}");
    let rows = csv_rows(&out);
    assert_eq!(on_line(&rows, "2")["outcome"], "unchanged");
    assert_eq!(on_line(&rows, "2")["message"], "already in org 42");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 1);
    let (code, out, err) = Server::run(server.cli().args(["users", "get", "69", "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    let user: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(user["orgId"], 42);

    // A 2010 org is named by its id: a name is a usage error, before anything is sent.
    let again = server.dir.path().join("again.csv");
    let (code, _, err) = Server::run(
        server
            .cli()
            .args([
                "bulk",
                "move",
                "--csv",
                &csv,
                "--to",
                "Leavers",
                "--results",
            ])
            .arg(&again),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("numeric id"), "{err}");
    assert!(!again.exists());
}

#[test]
fn bulk_move_on_todays_api_names_the_org_by_id_uid_guid_or_name() {
    let server = Server::start();
    // User 67 is in org 43, user 70 already in org 42 (`CrashPlan`).
    let csv = write_file(&server, "move.csv", &format!("id\n67\n{UID_70}\n"));
    let guid = org_guid(&server, 42);
    for to in ["42", ORG_UID_42, guid.as_str(), "CrashPlan"] {
        let (code, out, err) = Server::run(today(&server).args([
            "bulk",
            "move",
            "--csv",
            &csv,
            "--to",
            to,
            "--dry-run",
            "-f",
            "csv",
        ]));
        assert_eq!(code, 0, "{to}: {err}");
        let rows = csv_rows(&out);
        assert_eq!(on_line(&rows, "2")["outcome"], "would move", "{out}");
        assert_eq!(on_line(&rows, "2")["message"], "orgId: 43 -> 42");
        assert_eq!(on_line(&rows, "3")["outcome"], "unchanged", "{out}");
    }
    // An org nobody has: an error before any row, and no results file.
    let results = server.dir.path().join("r.csv");
    let (code, _, err) = Server::run(
        today(&server)
            .args([
                "bulk",
                "move",
                "--csv",
                &csv,
                "--to",
                "Nowhere",
                "--results",
            ])
            .arg(&results),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("`Nowhere`"), "{err}");
    assert!(!results.exists());
    assert!(writes(&server).is_empty(), "{:?}", writes(&server));
}

#[test]
fn bulk_move_on_todays_api_moves_each_user_once() {
    let server = Server::start();
    let csv = write_file(&server, "move.csv", &format!("id\n{UID_67}\n"));
    for outcome in ["moved", "unchanged"] {
        let (code, out, err) = Server::run(today(&server).args([
            "bulk",
            "move",
            "--csv",
            &csv,
            "--to",
            "CrashPlan",
            "-f",
            "csv",
        ]));
        assert_eq!(code, 0, "{err}");
        assert_eq!(on_line(&csv_rows(&out), "2")["outcome"], outcome, "{out}");
    }
    assert_eq!(
        server
            .emulator
            .request_count("POST", &format!("/api/v3/users/{UID_67}/move")),
        1
    );
    // The 2010 API sees the move.
    let (code, out, err) = Server::run(server.cli().args(["users", "get", "67", "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    let user: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(user["orgId"], 42, "{out}");
}
