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
    // Documented values in any case, sent in the API's spelling.
    let (code, out, err) = Server::run(server.cli().args([
        "computers",
        "find",
        "status = active and serverBackupStats.lastBackup < -1w",
        "-f",
        "jsonl",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json_lines(&out).len(), 1, "{out}");
    let listed = server
        .emulator
        .requests()
        .into_iter()
        .rfind(|r| r.path == "/rest/computers")
        .expect("listed");
    assert!(listed.query.unwrap_or_default().contains("status=Active"));
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

    // A new user's password (from a CSV) reaches neither -vv nor the log file nor the results.
    let input = server.dir.path().join("new.csv");
    std::fs::write(
        &input,
        "orgId,username,email,firstName,lastName,password\n43,ada,ada@example.com,Ada,L,s3cretPW\n",
    )
    .expect("write");
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["-vv", "bulk", "create", "users", "--csv"])
            .arg(&input)
            .arg("--log-file")
            .arg(&log),
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&log).expect("the log file");
    for place in [&text, &err, &out] {
        assert!(!place.contains("s3cretPW"), "{place}");
    }

    // A log file under a regular file cannot be created.
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["orgs", "list", "--log-file"])
            .arg(log.join("x.log")),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot open --log-file"), "{err}");
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
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

#[test]
fn bulk_template_prints_the_columns_of_the_spec() {
    let server = Server::start();
    for (op, header) in [
        (
            "update",
            "id,status,username,email,firstName,lastName,orgId,password,quota.bytes",
        ),
        (
            "create-users",
            "orgId,username,email,firstName,lastName,password",
        ),
        ("create-orgs", "name,parentId,registrationKey"),
        (
            "update-orgs",
            "id,name,status,parentId,quota.seats,quota.bytes",
        ),
    ] {
        let (code, out, err) = Server::run(server.bare().args(["bulk", "template", op]));
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.trim(), header);
    }
    assert_eq!(server.emulator.requests().len(), 0, "no server needed");
}

#[test]
fn bulk_update_moves_and_changes_users_with_dry_run_unchanged_and_results() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("moves.csv");
    std::fs::write(
        &input,
        "email,orgId,quota.bytes,status,lastName\n\
         userthree@testorg.org,42,500,ACTIVE,\n\
         userone@testorg.org,,,active,One\n\
         nobody@example.com,43,,,\n\
         usertwo@testorg.org,abc,,,\n",
    )
    .expect("write");
    // Dry run: old -> new per row, nothing sent.
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["-f", "csv", "bulk", "update", "--dry-run", "--csv"])
            .arg(&input),
    );
    assert_eq!(code, 3, "one row names nobody, one has a bad value: {err}");
    let rows = csv_rows(&out);
    let by_line = |line: &str| rows.iter().find(|r| r["line"] == line).expect("row");
    assert_eq!(by_line("2")["outcome"], "would update");
    assert_eq!(
        by_line("2")["message"],
        "orgId: 43 -> 42; quota.bytes: 150 -> 500"
    );
    assert_eq!(by_line("2")["orgId"], "42", "input columns are echoed");
    assert_eq!(by_line("3")["outcome"], "unchanged");
    assert_eq!(by_line("4")["outcome"], "error");
    assert!(by_line("4")["message"].contains("no user has the email"));
    assert!(by_line("5")["message"].contains("column orgId: `abc` is not an integer"));
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 0);

    // The real run, with a results file; then a re-run changes nothing.
    let results = dir.path().join("results.csv");
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["bulk", "update", "--csv"])
            .arg(&input)
            .arg("--results")
            .arg(&results),
    );
    assert_eq!(code, 3, "{err}");
    let rows = csv_rows(&std::fs::read_to_string(&results).expect("results"));
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["outcome"], "updated");
    assert_eq!(rows[0]["user_id"], "69");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 1);
    let (_, out, _) = Server::run(server.cli().args(["users", "get", "69", "-f", "jsonl"]));
    let user = &json_lines(&out)[0];
    assert_eq!(user["orgId"], 42);
    assert_eq!(user["quota"]["bytes"], 500);
    let (_, out, _) = Server::run(
        server
            .cli()
            .args(["-f", "csv", "bulk", "update", "--csv"])
            .arg(&input),
    );
    let rows = csv_rows(&out);
    assert_eq!(
        rows.iter().find(|r| r["line"] == "2").expect("row")["outcome"],
        "unchanged"
    );
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 1);
}

#[test]
fn bulk_update_refuses_unknown_columns_and_ambiguous_keys_before_sending() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("in.csv");
    std::fs::write(&input, "id,orgid,favouriteColour\n69,44,blue\n").expect("write");
    let (code, _, err) = Server::run(server.cli().args(["bulk", "update", "--csv"]).arg(&input));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown column `favouriteColour`"), "{err}");
    assert!(
        err.contains("quota.bytes"),
        "the valid columns are listed: {err}"
    );
    std::fs::write(&input, "email,username\nuserone@testorg.org,one\n").expect("write");
    let (code, _, err) = Server::run(server.cli().args(["bulk", "update", "--csv"]).arg(&input));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--key email or --key username"), "{err}");
    assert!(server.emulator.requests().is_empty(), "nothing sent");
    // With --key, the username names the user and the email changes.
    let (code, out, err) = Server::run(
        server
            .cli()
            .args([
                "-f",
                "csv",
                "bulk",
                "update",
                "--dry-run",
                "--key",
                "email",
                "--csv",
            ])
            .arg(&input),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("would update,username: "), "{out}");
}

#[test]
fn bulk_create_users_and_orgs_and_rerunning_is_safe() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("new.csv");
    std::fs::write(
        &input,
        "orgId,username,email,firstName,lastName,password\n\
         43,ada,ada@example.com,Ada,Lovelace,s3cret\n\
         43,,userone@testorg.org,User,One,x\n\
         43,bob,,Bob,,pw\n",
    )
    .expect("write");
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["-f", "csv", "bulk", "create", "users", "--dry-run", "--csv"])
            .arg(&input),
    );
    assert_eq!(code, 3, "{err}");
    let rows = csv_rows(&out);
    let by_line = |rows: &[std::collections::HashMap<String, String>], line: &str| {
        rows.iter()
            .find(|r| r["line"] == line)
            .expect("row")
            .clone()
    };
    assert_eq!(by_line(&rows, "2")["outcome"], "would create");
    assert!(!out.contains("s3cret"), "passwords are never echoed: {out}");
    assert_eq!(by_line(&rows, "2")["password"], "***");
    assert_eq!(by_line(&rows, "3")["outcome"], "exists");
    assert_eq!(by_line(&rows, "3")["id"], "67");
    assert!(by_line(&rows, "4")["message"].contains("missing lastName"));
    assert_eq!(server.emulator.request_count("POST", "/rest/users"), 0);

    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["-f", "csv", "bulk", "create", "users", "--csv"])
            .arg(&input),
    );
    assert_eq!(code, 3, "{err}");
    let rows = csv_rows(&out);
    assert_eq!(by_line(&rows, "2")["outcome"], "created");
    let id = by_line(&rows, "2")["id"].clone();
    let (_, out, _) = Server::run(server.cli().args(["users", "get", &id, "-f", "jsonl"]));
    assert_eq!(json_lines(&out)[0]["email"], "ada@example.com");
    // Again: the new user exists now.
    let (_, out, _) = Server::run(
        server
            .cli()
            .args(["-f", "csv", "bulk", "create", "users", "--csv"])
            .arg(&input),
    );
    assert_eq!(by_line(&csv_rows(&out), "2")["outcome"], "exists");
    assert_eq!(server.emulator.request_count("POST", "/rest/users"), 1);

    let orgs = dir.path().join("orgs.csv");
    std::fs::write(
        &orgs,
        "name,parentId,registrationKey\nSubOrg9,2,ABCD-1234\nSubOrg9,2,\n",
    )
    .expect("write");
    let (code, out, err) = Server::run(
        server
            .cli()
            .args([
                "-f",
                "csv",
                "bulk",
                "create",
                "orgs",
                "--concurrency",
                "1",
                "--csv",
            ])
            .arg(&orgs),
    );
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out);
    assert_eq!(by_line(&rows, "2")["outcome"], "created");
    assert_eq!(by_line(&rows, "3")["outcome"], "exists", "{out}");
    assert_eq!(server.emulator.request_count("POST", "/rest/orgs"), 1);
}

/// `report backups --columns guid,email -f csv` with `extra` flags shows the doc's computer.
fn assert_guid_and_email(server: &Server, extra: &[&str]) {
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["report", "backups", "--columns", "guid,email", "-f", "csv"])
            .args(extra),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "guid,email\n343195742699662015,userthree@testorg.org\n"
    );
}

#[test]
fn report_backups_lists_stale_computers_most_stale_first_with_exact_guids() {
    let server = Server::with(
        crashplan_emulator::Emulator::builder().scale(crashplan_emulator::Scale::users(30)),
    );
    // Everything in the data set last backed up years ago.
    let (code, out, err) =
        Server::run(
            server
                .cli()
                .args(["report", "backups", "--older-than", "7d", "-f", "jsonl"]),
        );
    assert_eq!(code, 0, "{err}");
    let rows = json_lines(&out);
    assert!(rows.len() > 30, "{} rows", rows.len());
    assert!(
        err.contains(&format!("{} of {} computers", rows.len(), rows.len())),
        "{err}"
    );
    // Most stale first: the doc's computer (2010) leads.
    assert_eq!(rows[0]["computerId"], 2);
    assert_eq!(rows[0]["name"], "c42-dhcp-191.c42");
    assert_eq!(rows[0]["email"], "userthree@testorg.org");
    assert!(
        out.contains("\"guid\":343195742699662015"),
        "exact GUID: {out}"
    );
    let activity: Vec<&str> = rows
        .iter()
        .map(|r| r["lastActivity"].as_str().unwrap_or(""))
        .collect();
    let parsed: Vec<_> = activity
        .iter()
        .map(|a| chrono::DateTime::parse_from_rfc3339(a).expect("a date"))
        .collect();
    assert!(parsed.windows(2).all(|w| w[0] <= w[1]), "{activity:?}");
    assert!(
        rows.iter()
            .all(|r| r["email"].is_string() && r["guid"].is_i64())
    );
    // Three listings, never a request per computer.
    assert!(server
        .emulator
        .requests()
        .iter()
        .all(|r| !r.path.starts_with("/rest/computers/") && !r.path.starts_with("/rest/users/")));

    // A threshold that only the 2010 computer passes, in CSV, for one org.
    let (code, out, err) = Server::run(server.cli().args([
        "report",
        "backups",
        "--org",
        "43",
        "--older-than",
        "3000d",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("computerId,name,guid,userId,email"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("2,c42-dhcp-191.c42,343195742699662015,69,userthree@testorg.org"),
        "{out}"
    );
    assert!(err.contains("in org 43"), "{err}");
    let usages = server
        .emulator
        .requests()
        .into_iter()
        .rfind(|r| r.path == "/rest/usages")
        .expect("usages listed");
    assert!(usages.query.unwrap_or_default().contains("orgId=43"));

    // An owner moved to another org since: still joined with the email.
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["users", "update", "69", "--org-id", "42"]),
    );
    assert_eq!(code, 0, "{err}");
    assert_guid_and_email(&server, &["--org", "43"]);

    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["report", "backups", "--older-than", "7 days"]),
        );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("e.g. 7d"), "{err}");
}

#[test]
fn users_get_and_update_take_an_id_an_email_or_a_username() {
    let server = Server::start();
    for name in ["69", "userthree@testorg.org"] {
        let (code, out, err) =
            Server::run(server.cli().args(["users", "get", name, "-f", "jsonl"]));
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(json_lines(&out)[0]["id"], 69, "{name}");
    }
    let (_, out, _) = Server::run(server.cli().args(["users", "get", "69", "-f", "jsonl"]));
    let username = json_lines(&out)[0]["username"]
        .as_str()
        .expect("a username")
        .to_owned();
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["users", "get", &username, "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json_lines(&out)[0]["id"], 69);

    let (code, out, err) = Server::run(server.cli().args([
        "users",
        "update",
        "userthree@testorg.org",
        "--org-id",
        "42",
        "--status",
        "DEACTIVATED",
        "-f",
        "jsonl",
    ]));
    assert_eq!(code, 0, "{err}");
    let user = &json_lines(&out)[0];
    assert_eq!(user["orgId"], 42);
    assert_eq!(user["status"], "Deactivated");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/69"), 1);

    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["users", "update", "nobody", "--org-id", "42"]),
    );
    assert_eq!(code, 1, "not found, like an unknown id: {err}");
    assert!(
        err.contains("no user has the id, email or username `nobody`"),
        "{err}"
    );
}

#[test]
fn columns_pick_table_and_csv_fields_from_the_spec() {
    let server = Server::start();
    let (code, out, err) = Server::run(server.cli().args([
        "users",
        "list",
        "--detail",
        "--columns",
        "email,quota.bytes,archiveBytes",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "email,quota.bytes,archiveBytes");
    assert!(
        lines.contains(&"userthree@testorg.org,150,78213557"),
        "{out}"
    );

    assert_guid_and_email(&server, &[]);

    let (code, out, err) = Server::run(server.cli().args([
        "users",
        "get",
        "69",
        "--columns",
        "quota.bytes,id",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "quota.bytes,id\n150,69\n");

    // JSON keeps every field.
    let (_, out, _) =
        Server::run(
            server
                .cli()
                .args(["users", "list", "--columns", "id", "-f", "jsonl"]),
        );
    assert!(json_lines(&out)[0]["email"].is_string());

    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["users", "list", "--columns", "id,archiveBytes"]),
        );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown field `archiveBytes`"), "{err}");
    assert!(
        err.contains("valid fields here: id, status, username, email"),
        "{err}"
    );
    assert!(err.contains("--detail adds"), "{err}");
}

#[test]
fn bulk_create_resume_checks_rows_in_doubt_before_sending_again() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("new.csv");
    std::fs::write(
        &input,
        "orgId,username,email,firstName,lastName,password\n43,ada,ada@example.com,Ada,Lovelace,s3cret\n",
    )
    .expect("write");
    let record = |name: &str| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            "line,input,id,outcome,message,orgId,username,email,firstName,lastName,password\n\
             2,ada,,started,,43,ada,ada@example.com,Ada,Lovelace,***\n",
        )
        .expect("write");
        path
    };
    let resume = |record: &std::path::Path| {
        Server::run(
            server
                .cli()
                .args(["bulk", "create", "users", "--csv"])
                .arg(&input)
                .arg("--resume")
                .arg(record),
        )
    };
    // The interrupted run never reached the server: the row is done now.
    let first = record("first.csv");
    let (code, _, err) = resume(&first);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&first).expect("record");
    assert!(text.contains(",created,"), "{text}");
    assert!(!text.contains("s3cret"), "{text}");
    assert_eq!(server.emulator.request_count("POST", "/rest/users"), 1);
    // The interrupted run did create the user: resume finds it and sends nothing.
    let second = record("second.csv");
    let (code, _, err) = resume(&second);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&second).expect("record");
    assert!(text.contains("checked on resume"), "{text}");
    assert_eq!(server.emulator.request_count("POST", "/rest/users"), 1);
}

#[test]
fn bulk_update_orgs_names_them_by_id() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("orgs.csv");
    std::fs::write(
        &input,
        "id,name,status,quota.bytes\n43,Sales,,900\n42,CrashPlan,,\n3,,DEACTIVATED,\n",
    )
    .expect("write");
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["-f", "csv", "bulk", "update", "orgs", "--csv"])
            .arg(&input),
    );
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out);
    let row = |line: &str| {
        rows.iter()
            .find(|r| r["line"] == line)
            .expect("row")
            .clone()
    };
    assert_eq!(row("2")["outcome"], "updated");
    assert_eq!(row("2")["org_id"], "43");
    assert_eq!(
        row("2")["message"],
        "name: SubOrg1 -> Sales; quota.bytes: 250 -> 900"
    );
    assert_eq!(row("3")["outcome"], "unchanged");
    assert_eq!(row("4")["message"], "status: Active -> Deactivated");
    let (_, out, _) = Server::run(server.cli().args(["orgs", "get", "43", "-f", "jsonl"]));
    let org = &json_lines(&out)[0];
    assert_eq!(org["name"], "Sales");
    assert_eq!(org["quota"]["bytes"], 900);
    let (_, out, _) = Server::run(server.cli().args(["orgs", "get", "3", "-f", "jsonl"]));
    assert_eq!(json_lines(&out)[0]["status"], "Deactivated");

    std::fs::write(&input, "name,status\nSales,Active\n").expect("write");
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["bulk", "update", "orgs", "--csv"])
            .arg(&input),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("needs an `id` column"), "{err}");
}
