//! The administrator's daily tool (issue 14): relative dates in `find`, request logging,
//! `--columns`, `report backups`, users named by email or username, bulk update and create.

mod common;

use common::Server;
use serde_json::Value;

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

#[test]
fn find_takes_relative_dates_and_null_tests_on_every_list() {
    let server = Server::start();
    // The doc's usages were last active in 2010: older than seven days.
    let (code, out, err) =
        Server::run(
            server
                .cli()
                .args(["usages", "find", "lastActivity < -7d", "-f", "jsonl"]),
        );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json_lines(&out).len(), 2, "{out}");
    let (code, out, _) =
        Server::run(
            server
                .cli()
                .args(["usages", "find", "lastActivity > -7d", "-f", "jsonl"]),
        );
    assert_eq!(code, 0);
    assert!(out.is_empty(), "{out}");
    // The doc's computer usage record has never been active.
    let (code, out, err) = Server::run(server.cli().args([
        "computer-usage",
        "find",
        "lastActivity = null and lastConnected < -1w",
        "-f",
        "jsonl",
    ]));
    assert_eq!(code, 0, "{err}");
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 1, "{out}");
    // GUIDs beyond 2^53 come out exactly.
    assert!(out.contains("343195742699662015"), "{out}");
    for (resource, query) in [
        ("orgs", "creationDate < -1d"),
        (
            "computers",
            "serverBackupStats.lastBackup < -1d or status = Active",
        ),
        ("mount-points", "name != null"),
        ("archive-records", "lastActivity < -48h"),
    ] {
        let (code, _, err) =
            Server::run(server.cli().args([resource, "find", query, "-f", "jsonl"]));
        assert_eq!(code, 0, "{resource} find {query}: {err}");
    }
    let (code, _, err) = Server::run(server.cli().args(["usages", "find", "lastActivity < -7y"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown unit `y`"), "{err}");
}

#[test]
fn verbose_logs_one_line_per_request_and_log_file_keeps_the_full_log() {
    let server = Server::start();
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["-v", "orgs", "list", "--status", "Active"]),
    );
    assert_eq!(code, 0, "{err}");
    let requests: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("crashplan.request"))
        .collect();
    assert!(requests.len() >= 2, "login and list: {err}");
    let list = requests
        .iter()
        .find(|l| l.contains("path=/rest/orgs?"))
        .unwrap_or_else(|| panic!("the list request with its query: {err}"));
    assert!(list.contains("method=GET"), "{list}");
    assert!(list.contains("status=Active"), "{list}");
    assert!(list.contains("status=200"), "{list}");
    assert!(list.contains("latency_ms="), "{list}");
    assert!(!err.contains("admin\""), "{err}");

    let log = server.dir.path().join("logs").join("crashplan.log");
    std::fs::create_dir_all(log.parent().expect("dir")).expect("dir");
    let (code, _, err) = Server::run(server.cli().args(["orgs", "list", "--log-file"]).arg(&log));
    assert_eq!(code, 0, "{err}");
    assert!(
        !err.contains("crashplan.request"),
        "stderr stays quiet: {err}"
    );
    let text = std::fs::read_to_string(&log).expect("the log file");
    assert!(text.contains("crashplan.request"), "{text}");
    assert!(text.contains("DEBUG"), "the full log: {text}");
    assert!(
        !text.contains("CRASHPLAN_PASSWORD") && !text.contains("YWRtaW46YWRtaW4"),
        "no secret: {text}"
    );

    // A log file under a regular file cannot be created.
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["orgs", "list", "--log-file"])
            .arg(log.join("x.log")),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot open the log file"), "{err}");
}
