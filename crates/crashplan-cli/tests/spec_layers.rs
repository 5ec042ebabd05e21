//! The spec reaches the CLI: `drift` against the emulator and against a server that sends more
//! than the spec names, and JSON output that keeps every property the server sent.

mod common;

use common::Server;
use serde_json::{Value, json};

/// The doc's example answers, with properties the spec does not name added to every object:
/// `xUndocumented` (a string), `xNull` (null) and, in nested objects, `xNested`.
fn drifted(example: &str) -> Value {
    fn add(value: &mut Value, depth: usize) {
        match value {
            Value::Object(map) => {
                for child in map.values_mut() {
                    add(child, depth + 1);
                }
                if !map.contains_key("metadata") && !map.contains_key("params") {
                    if depth == 0 || map.contains_key("id") || map.contains_key("sourceId") {
                        map.insert("xUndocumented".into(), json!("from a newer server"));
                        map.insert("xNull".into(), Value::Null);
                    } else {
                        map.insert("xNested".into(), json!(7));
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| add(v, depth)),
            _ => {}
        }
    }
    let mut value: Value = serde_json::from_str(example).expect("example");
    add(&mut value, 0);
    value
}

fn answer(path: &str) -> Value {
    let examples = [
        (
            "/rest/orgs/",
            include_str!("../../../spec/examples/OrgDetail.get-org-43.json"),
        ),
        (
            "/rest/orgs",
            include_str!("../../../spec/examples/OrgList.list-orgs.json"),
        ),
        (
            "/rest/users/",
            include_str!("../../../spec/examples/UserDetail.get-user-69.json"),
        ),
        (
            "/rest/users",
            include_str!("../../../spec/examples/UserList.list-users.json"),
        ),
        (
            "/rest/computers/",
            include_str!("../../../spec/examples/ComputerDetail.get-computer-2.json"),
        ),
        (
            "/rest/computers",
            include_str!("../../../spec/examples/ComputerList.list-computers.json"),
        ),
        (
            "/rest/usages",
            include_str!("../../../spec/examples/UsageList.list-usages.json"),
        ),
        (
            "/rest/computerUsage",
            include_str!("../../../spec/examples/ComputerUsageList.list-computer-usage.json"),
        ),
        (
            "/rest/mountPoints/",
            include_str!("../../../spec/examples/MountPointDetail.get-mount-point-1.json"),
        ),
        (
            "/rest/mountPoints",
            include_str!("../../../spec/examples/MountPointList.list-mount-points.json"),
        ),
        (
            "/rest/serverStats",
            include_str!("../../../spec/examples/ServerStats.get-server-stats.json"),
        ),
        (
            "/rest/archiveRecords",
            include_str!("../../../spec/examples/ArchiveRecordList.list-archive-records.json"),
        ),
    ];
    let path = path.split('?').next().unwrap_or(path);
    examples
        .iter()
        .find(|(prefix, _)| path.starts_with(prefix))
        .map_or(json!({"message": "not found"}), |(_, body)| drifted(body))
}

/// A server answering every GET with a drifted example and an undocumented header; it serves
/// at most `max` connections.
fn drifted_server(max: usize) -> String {
    common::raw_json_server(max, "X-Request-Id: 42\r\n", |path| answer(path).to_string()).0
}

fn against(server: &Server, url: &str) -> assert_cmd::Command {
    let mut cmd = server.bare();
    cmd.args(["--url", url, "--username", "admin", "--basic-auth"])
        .env("CRASHPLAN_PASSWORD", "admin");
    cmd
}

#[test]
fn json_output_of_every_command_keeps_what_the_server_sent() {
    let server = Server::start();
    let url = drifted_server(200);
    let commands: [&[&str]; 14] = [
        &["orgs", "list"],
        &["orgs", "list", "--detail"],
        &["orgs", "get", "43"],
        &["users", "list"],
        &["users", "get", "69"],
        &["users", "find", "status = Active"],
        &["computers", "list"],
        &["computers", "get", "2"],
        &["usages", "list"],
        &["computer-usage", "list"],
        &["mount-points", "list"],
        &["mount-points", "get", "1"],
        &["server-stats"],
        &["archive-records", "list"],
    ];
    for args in commands {
        for format in ["json", "jsonl"] {
            let (code, out, err) =
                Server::run(against(&server, &url).args(args).args(["--format", format]));
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(
                out.contains("xUndocumented"),
                "{args:?} {format} lost a property: {out}"
            );
            assert!(
                out.contains("\"xNull\":null") || out.contains("\"xNull\": null"),
                "{args:?} {format} lost a null: {out}"
            );
        }
    }
    let (_, out, _) =
        Server::run(against(&server, &url).args(["users", "get", "69", "--format", "json"]));
    let user: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(user["quota"]["xNested"], 7, "{user}");
}

#[test]
fn drift_against_the_emulator_reports_nothing() {
    let server = Server::start();
    let (code, out, err) = Server::run(server.cli().args(["drift", "--format", "json"]));
    assert_eq!(code, 0, "{out}\n{err}");
    let findings: Vec<Value> = serde_json::from_str(&out).expect("json");
    // Nothing but notes: an optional property that the emulator's data never sets (the
    // maintainer drill adds one) is "never seen", which is not a difference.
    assert!(
        findings.iter().all(|f| f["kind"] == "never-seen"),
        "{out}\n{err}"
    );
}

#[test]
fn drift_names_what_a_newer_server_adds() {
    let server = Server::start();
    let url = drifted_server(50);
    let (code, out, err) = Server::run(against(&server, &url).args(["drift", "--format", "json"]));
    assert_eq!(code, 4, "{err}");
    let findings: Vec<Value> = serde_json::from_str(&out).expect("json");
    let named = |location: &str, kind: &str| {
        findings
            .iter()
            .any(|f| f["location"] == location && f["kind"] == kind)
    };
    for location in [
        "User.xUndocumented",
        "UserDetail.xUndocumented",
        "ServerStats.xUndocumented",
        "OrgQuota.xNested",
    ] {
        assert!(
            named(location, "undocumented-property"),
            "{location} not named: {out}"
        );
    }
    assert!(
        named("X-Request-Id", "undocumented-header")
            || named("x-request-id", "undocumented-header"),
        "{out}"
    );

    let (code, yaml, _) =
        Server::run(against(&server, &drifted_server(50)).args(["drift", "--patch"]));
    assert_eq!(code, 4);
    // A property the list view lacks too is proposed once, for the list view (the detail view
    // extends it).
    assert!(yaml.contains("    User:\n      properties:\n"), "{yaml}");
    assert!(!yaml.contains("    UserDetail:\n"), "{yaml}");
    assert!(
        yaml.contains("        xUndocumented:\n          type: string\n          description: 'TODO: the server sent \"from a newer server\" in listUsers'\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("        xNested:\n          type: integer\n          format: int64\n"),
        "{yaml}"
    );
}
