//! Every resource command, every output format, over real HTTP against the emulator.

mod common;

use common::Server;
use serde_json::Value;

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn users_list_in_every_format() {
    let server = Server::start();
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["users", "list", "--org-id", "43", "-f", "csv"]),
    );
    assert_eq!(code, 0, "{err}");
    // The columns are the list schema's properties, in the spec's order.
    assert_eq!(
        out,
        "id,status,username,email,firstName,lastName,orgId,creationDate,modificationDate\n\
         67,Active,userone@testorg.org,userone@testorg.org,User,One,43,2008-10-29T13:46:40.242-05:00,2008-10-29T14:06:02.123-05:00\n\
         68,Active,usertwo@testorg.org,usertwo@testorg.org,User,Two,43,2008-10-29T13:47:11.796-05:00,2008-10-29T13:51:06.943-05:00\n\
         69,Active,userthree@testorg.org,userthree@testorg.org,User,Three,43,2008-10-29T14:08:06.141-05:00,2008-10-30T16:37:02.645-05:00\n"
    );

    let (_, out, _) = Server::run(server.cli().args(["users", "list", "-f", "json"]));
    let users: Vec<Value> = serde_json::from_str(&out).expect("a JSON array");
    assert!(users.len() >= 5);
    assert_eq!(users[0]["email"], "userone@testorg.org");

    // Piped stdout without --format: JSON lines.
    let (_, out, _) =
        Server::run(
            server
                .cli()
                .args(["users", "list", "--limit", "2", "--page-size", "1"]),
        );
    let users = json_lines(&out);
    assert_eq!(users.len(), 2);
    assert_eq!(users[1]["id"], 68);

    let (_, out, _) = Server::run(
        server
            .cli()
            .args(["users", "list", "--org-id", "43", "-f", "table"]),
    );
    insta::assert_snapshot!("users_table", out);
}

#[test]
fn detail_views_and_single_records() {
    let server = Server::start();
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["users", "list", "--org-id", "43", "--detail", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    let users = json_lines(&out);
    assert_eq!(users[2]["archiveBytes"], 78_213_557);

    let (code, out, _) = Server::run(server.cli().args(["orgs", "get", "43", "-f", "json"]));
    assert_eq!(code, 0);
    let org: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(org["name"], "SubOrg1");
    assert_eq!(org["quota"]["seats"], 10);

    let (_, out, _) = Server::run(server.cli().args(["computers", "get", "2", "-f", "csv"]));
    assert!(
        out.contains("343195742699662015"),
        "GUIDs stay exact: {out}"
    );
    assert!(
        out.lines()
            .next()
            .is_some_and(|h| h.contains("serverBackupStats.percentComplete"))
    );

    let (_, out, _) = Server::run(server.cli().args(["server-stats", "-f", "table"]));
    assert!(out.contains("proserver.acme.com"), "{out}");
}

#[test]
fn every_list_command_answers() {
    let server = Server::start();
    for args in [
        &["orgs", "list", "--parent-id", "2"][..],
        &["orgs", "list", "--detail", "--status", "active"],
        &["computers", "list", "--user-id", "69"],
        &["computers", "list", "--detail"],
        &["usages", "list", "--org-id", "23"],
        &[
            "computer-usage",
            "list",
            "--source-guid",
            "343195742699662015",
        ],
        &["mount-points", "list", "--detail"],
        &["mount-points", "get", "1"],
        &[
            "archive-records",
            "list",
            "--user-id",
            "240",
            "--days-back",
            "2",
        ],
    ] {
        let (code, out, err) = Server::run(server.cli().args(args).args(["-f", "jsonl"]));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(!out.trim().is_empty(), "{args:?} printed nothing");
    }
    let (_, out, _) = Server::run(server.cli().args([
        "archive-records",
        "list",
        "--user-id",
        "240",
        "--days-back",
        "2",
    ]));
    assert_eq!(json_lines(&out).len(), 2);
}

#[test]
fn create_update_deactivate_and_reactivate() {
    let server = Server::start();
    let (code, out, err) = Server::run(server.cli().args([
        "orgs",
        "create",
        "--name",
        "SubOrg5",
        "--parent-id",
        "2",
        "-f",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let org: Value = serde_json::from_str(&out).expect("JSON");
    let org_id = org["id"].as_i64().expect("id").to_string();

    let (code, out, _) = Server::run(server.cli().args([
        "orgs", "update", &org_id, "--name", "Renamed", "-f", "jsonl",
    ]));
    assert_eq!(code, 0);
    assert_eq!(json_lines(&out)[0]["name"], "Renamed");

    let (_, out, _) =
        Server::run(
            server
                .cli()
                .args(["orgs", "deactivate", &org_id, "-f", "jsonl"]),
        );
    let org = &json_lines(&out)[0];
    assert_eq!(org["status"], "Deactivated");
    assert!(
        org["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("Renamed deactivated "))
    );

    let (code, out, err) = Server::run(
        server
            .cli()
            .args([
                "users",
                "create",
                "--org-id",
                &org_id,
                "--first-name",
                "Ada",
                "--last-name",
                "Lovelace",
            ])
            .args([
                "--email",
                "ada@example.com",
                "--new-password-stdin",
                "-f",
                "jsonl",
            ])
            .write_stdin("analytical\n"),
    );
    assert_eq!(code, 0, "{err}");
    let user = &json_lines(&out)[0];
    assert_eq!(user["email"], "ada@example.com");
    assert!(user.get("password").is_none());
    let user_id = user["id"].as_i64().expect("id").to_string();

    // The new user can log in with the password it was given.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                server.emulator.base_url(),
                "--username",
                "ada@example.com",
            ])
            .env("CRASHPLAN_PASSWORD", "analytical")
            .args(["users", "get", &user_id]),
    );
    assert_eq!(code, 0, "{err}");

    let (_, out, _) = Server::run(server.cli().args([
        "users",
        "update",
        &user_id,
        "--last-name",
        "King",
        "-f",
        "jsonl",
    ]));
    assert_eq!(json_lines(&out)[0]["lastName"], "King");
    let (_, out, _) =
        Server::run(
            server
                .cli()
                .args(["users", "deactivate", &user_id, "-f", "jsonl"]),
        );
    assert_eq!(json_lines(&out)[0]["status"], "Deactivated");
    let (_, out, _) =
        Server::run(
            server
                .cli()
                .args(["users", "reactivate", &user_id, "-f", "jsonl"]),
        );
    assert_eq!(json_lines(&out)[0]["status"], "Active");
    assert_eq!(server.emulator.request_count("POST", "/rest/users"), 1);
}

#[test]
fn report_usage_matches_the_lessons() {
    let server = Server::start();
    let args = [
        "report",
        "usage",
        "--org",
        "43",
        "--quota",
        "10MB",
        "--cost-per-mb",
        "2.5",
    ];
    let (code, out, err) = Server::run(server.cli().args(args).args(["-f", "table"]));
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("report_usage", out);
    assert!(
        err.contains("3 active users in org 43; 1 over the quota"),
        "{err}"
    );

    // Lesson 4 without --yes changes nothing.
    let (code, out, err) =
        Server::run(
            server
                .cli()
                .args(args)
                .args(["--deactivate-over-quota", "-f", "csv"]),
        );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("userthree@testorg.org,78213557,186.48,true,would deactivate"),
        "{out}"
    );
    assert!(err.contains("re-run with --yes"), "{err}");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 0);

    let (code, out, _) = Server::run(server.cli().args(args).args([
        "--deactivate-over-quota",
        "--yes",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0);
    assert!(out.contains(",deactivated"), "{out}");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 1);
    let (_, out, _) = Server::run(server.cli().args(["users", "get", "69", "-f", "jsonl"]));
    assert_eq!(json_lines(&out)[0]["status"], "Deactivated");
}

#[test]
fn find_filters_on_the_server_and_locally() {
    let server = Server::start();
    let query =
        r#"status = Active and orgId = 43 and archiveBytes > 10MB and email ~ "@testorg.org""#;
    let (code, out, err) = Server::run(server.cli().args(["users", "find", query, "-f", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    let users = json_lines(&out);
    assert_eq!(users.len(), 1);
    assert_eq!(users[0]["id"], 69);
    // status and orgId went to the server as query parameters.
    let listed = server
        .emulator
        .requests()
        .into_iter()
        .find(|r| r.path == "/rest/users")
        .expect("a list request");
    let query = listed.query.unwrap_or_default();
    assert!(
        query.contains("orgId=43") && query.contains("status=Active"),
        "{query}"
    );

    let (code, out, _) = Server::run(server.cli().args([
        "users",
        "find",
        "lastName ~ t and orgId = 43",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 3, "header + Two + Three: {out}");
}

#[test]
fn find_errors_point_at_the_problem() {
    let server = Server::start();
    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["users", "find", "status = Active and archivBytes > 10MB"]),
        );
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown field `archivBytes` (did you mean `archiveBytes`?) at position 21"),
        "{err}"
    );
    assert!(err.contains("valid fields: archiveBytes"), "{err}");
    let (code, _, err) = Server::run(server.cli().args(["users", "find", "(status = Active"]));
    assert_eq!(code, 2);
    assert!(err.contains("never closed"), "{err}");
    // Checked before connecting: no request reached the server.
    assert!(server.emulator.requests().is_empty());
}

#[test]
fn page_concurrency_and_max_rps_tune_a_list_without_changing_it() {
    let server = Server::start();
    let (code, base, err) = Server::run(server.cli().args(["users", "list", "--page-size", "1"]));
    assert_eq!(code, 0, "{err}");
    for flags in [
        &["--page-concurrency", "1"][..],
        &["--page-concurrency", "8"],
        &["--max-rps", "200"],
    ] {
        let (code, out, err) = Server::run(
            server
                .cli()
                .args(["users", "list", "--page-size", "1"])
                .args(flags),
        );
        assert_eq!(code, 0, "{flags:?}: {err}");
        assert_eq!(out, base, "{flags:?}: the same users in the same order");
    }
    for bad in [
        &["--max-rps", "0"][..],
        &["--max-rps", "fast"],
        &["--page-concurrency", "0"],
    ] {
        let (code, _, err) = Server::run(server.cli().args(["users", "list"]).args(bad));
        assert_eq!(code, 2, "{bad:?}: {err}");
        assert!(err.contains(bad[0]), "{bad:?}: {err}");
    }
}

/// `--format json|jsonl` of a list passes the server's items on: every property and digit,
/// the server's key order, one line per item however the server spaced them.
#[test]
fn json_lists_keep_the_servers_text_digits_and_key_order() {
    const ITEMS: [&str; 3] = [
        "{\n    \"zeta\": 1.50,\n    \"id\": 1,\n    \"guid\": 123456789012345678901234567890,\n    \"extra\": {\"b\": [1, 2.0], \"a\": null}\n  }",
        r#"{"id":2,"email":"caf\u00e9@example.com","bytes":18446744073709551617}"#,
        r#"{"id": 3, "name": "two  spaces"}"#,
    ];
    const LINES: [&str; 3] = [
        r#"{"zeta":1.50,"id":1,"guid":123456789012345678901234567890,"extra":{"b":[1,2.0],"a":null}}"#,
        r#"{"id":2,"email":"caf\u00e9@example.com","bytes":18446744073709551617}"#,
        r#"{"id": 3, "name": "two  spaces"}"#,
    ];
    let (url, seen) = common::raw_json_server(8, "", |path| {
        let offset: usize = path
            .split(['?', '&'])
            .find_map(|kv| kv.strip_prefix("offset="))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let page: Vec<&str> = ITEMS.iter().skip(offset).take(2).copied().collect();
        format!(
            "{{\"metadata\": {{\"count\": {}, \"params\": {{}}, \"timestamp\": \"2024-01-01T00:00:00Z\"}},\n \"users\": [{}]}}",
            page.len(),
            page.join(",\n  ")
        )
    });
    let server = Server::start();
    let against = |format: &str| {
        let mut cmd = server.bare();
        cmd.args(["--url", &url, "--username", "admin", "--basic-auth"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args([
                "users",
                "list",
                "--page-size",
                "2",
                "--page-concurrency",
                "1",
                "-f",
                format,
            ]);
        Server::run(&mut cmd)
    };
    let (code, out, err) = against("jsonl");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("{}\n", LINES.join("\n")));
    assert_eq!(
        seen.lock().expect("log").len(),
        2,
        "pages of 2 and 1: the short page ends the list"
    );
    let (code, out, err) = against("json");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("[\n  {}\n]\n", LINES.join(",\n  ")));
}
