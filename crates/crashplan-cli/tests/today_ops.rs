//! `report backups`, `drift` and `bulk` against today's API (`--api today`), served by the
//! emulator from the spec's examples.

mod common;

use common::Server;
use serde_json::Value;

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
    let server = Server::start();
    // The examples' backups date from December 2025: a week is long past for both devices.
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
    assert!(ada["daysSinceCompletedBackup"].as_i64().expect("days") >= 7);

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

#[test]
fn report_backups_on_todays_api_keeps_the_recent_devices_out_and_takes_an_org() {
    let server = Server::start();
    // A threshold only a device that never completed a backup passes, in CSV.
    let (code, out, err) = Server::run(today(&server).args([
        "report",
        "backups",
        "--older-than",
        "1000w",
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
        lines[1].starts_with("90544,bram-macbook,1051938011470259617,"),
        "{out}"
    );
    assert!(err.contains("1 of 2 active devices"), "{err}");

    // `--org` by numeric id: the devices and users of that org's uid.
    let (code, out, err) = Server::run(today(&server).args([
        "report",
        "backups",
        "--org",
        "2214",
        "--columns",
        "computerId,email",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "computerId,email\n88120,ada.moreau@northwind.example\n"
    );
    assert!(err.contains("in org 2214"), "{err}");
    let requests = server.emulator.requests();
    let listing = requests
        .iter()
        .rfind(|r| r.path == "/api/v1/Computer")
        .expect("a devices listing");
    assert!(
        listing
            .query
            .as_deref()
            .is_some_and(|q| q.contains("orgUid=1042869877140322901")),
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
    // The emulator serves today's examples: differences are possible only where the spec
    // keeps an object open to properties it does not name (exit 4), never a wrong type.
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
    // The details of the listed items, by the ids the spec's paths take.
    for path in [
        "/api/v1/User/my",
        "/api/v1/User/4107",
        "/api/v1/User/4388",
        "/api/v3/users/1042870315662904117/roles",
        "/api/v1/Computer/88120",
        "/api/v1/Computer/90544",
        "/api/v3/orgs/5f0d2a7e-91c4-4b8e-a6d3-2c7b18e40f61",
        "/api/v1/Org/my",
        "/api/v3/customer/my",
    ] {
        assert!(asked(path).is_some(), "{path} not asked");
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
