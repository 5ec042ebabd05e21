//! Which API the server speaks, and one command for both: `--api pro3|today|auto`,
//! `CRASHPLAN_API`, a profile's `api`, or detection (one request, remembered in the profile).
//! A command or a flag the server's API does not have is a usage error (exit 2) naming it and
//! the API, before anything is sent.

mod common;

use common::Server;
use serde_json::Value;

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The emulator's requests, one per line (`METHOD path?query`).
fn requests(server: &Server) -> Vec<String> {
    server
        .emulator
        .requests()
        .into_iter()
        .map(|r| format!("{} {}?{}", r.method, r.path, r.query.unwrap_or_default()))
        .collect()
}

#[test]
fn api_pro3_runs_the_2010_operation_and_api_today_todays() {
    let server = Server::start();
    let (code, pro3, err) = Server::run(
        server
            .cli()
            .args(["--api", "pro3", "users", "list", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json_lines(&pro3)[0]["email"], "userone@testorg.org");
    let (code, today, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "users", "list", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    let users = json_lines(&today);
    assert!(!users.is_empty());
    assert!(users.iter().all(|u| u["userUid"].is_string()), "{today}");
    let log = requests(&server);
    assert!(
        log.iter().any(|r| r.starts_with("GET /rest/users")),
        "{log:?}"
    );
    assert!(
        log.iter().any(|r| r.starts_with("GET /api/v1/User?")),
        "{log:?}"
    );
}

#[test]
fn auto_detects_the_api_once_and_the_profile_remembers_it() {
    let server = Server::start();
    let (code, _, err) = Server::run(server.bare().env_remove("CRASHPLAN_API").args([
        "profile",
        "add",
        "now",
        "--url",
        server.emulator.base_url(),
        "--username",
        "admin",
        "--no-password",
        "--use",
    ]));
    assert_eq!(code, 0, "{err}");
    let detect = || {
        Server::run(
            server
                .bare()
                .env_remove("CRASHPLAN_API")
                .env("CRASHPLAN_PASSWORD", "admin")
                .args(["users", "list", "-f", "jsonl"]),
        )
    };
    let (code, out, err) = detect();
    assert_eq!(code, 0, "{err}");
    // The emulator serves both: it is spoken to in today's API.
    assert!(json_lines(&out)[0]["userUid"].is_string(), "{out}");
    assert!(err.contains("remembered in profile now"), "{err}");
    let config = std::fs::read_to_string(server.config_path()).expect("config");
    assert!(config.contains("api = \"today\""), "{config}");
    let probes = |log: &[String]| log.iter().filter(|r| r.contains("/api/v1/User/my")).count();
    assert_eq!(probes(&requests(&server)), 1);
    let (code, _, err) = detect();
    assert_eq!(code, 0, "{err}");
    assert_eq!(probes(&requests(&server)), 1, "the profile remembered it");
}

#[test]
fn a_404_for_the_probe_means_crashplan_pro_3() {
    // A 2010 server: the login answers, `/api/v1/User/my` is a 404, `/rest/users` answers.
    let url = common::raw_http_server(8, |path| {
        let request = path;
        let body = if request.starts_with("/api/v3/auth/jwt") {
            r#"{"data":{"v3_user_token":"t"}}"#
        } else if request.starts_with("/rest/users") {
            r#"{"metadata":{"timestamp":"2010-01-01T00:00:00.000-06:00","params":{}},"users":[{"id":1,"status":"Active","username":"one","email":"one@example.com"}]}"#
        } else {
            return "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n[]".into();
        };
        format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
    });
    let server = Server::start();
    let (code, out, err) = Server::run(
        server
            .bare()
            .env_remove("CRASHPLAN_API")
            .args(["--url", &url, "--username", "admin"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["users", "list", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json_lines(&out)[0]["email"], "one@example.com", "{out}");
}

#[test]
fn a_command_or_flag_the_api_lacks_is_refused_before_anything_is_sent() {
    // No server listens there: a request would fail with a connection error, not exit 2.
    let server = Server::start();
    let refused = |api: &str, args: &[&str]| {
        let (code, out, err) = Server::run(
            server
                .bare()
                .args(["--url", "http://127.0.0.1:9", "--username", "admin"])
                .env("CRASHPLAN_PASSWORD", "admin")
                .args(["--api", api])
                .args(args),
        );
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("nothing was sent"), "{err}");
        err
    };
    for args in [&["usages", "list"][..], &["computers", "get", "42"]] {
        let err = refused("today", args);
        assert!(err.contains(&format!("`{} {}`", args[0], args[1])), "{err}");
        assert!(err.contains("--api pro3"), "{err}");
    }
    for args in [&["devices", "list"][..], &["users", "block", "67"]] {
        let err = refused("pro3", args);
        assert!(err.contains("--api today"), "{err}");
    }
    let err = refused("today", &["users", "list", "--org-id", "43"]);
    assert!(err.contains("--org-id"), "{err}");
    let err = refused("pro3", &["users", "list", "--org-uid", "9"]);
    assert!(err.contains("--org-uid"), "{err}");
    let err = refused("pro3", &["users", "deactivate", "67", "--block", "true"]);
    assert!(err.contains("--block"), "{err}");
    // A field one API requires, missing: the body is refused before it is sent.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", "http://127.0.0.1:9", "--username", "admin"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["--api", "pro3", "users", "create", "--org-id", "1"])
            .args(["--first-name", "a", "--new-password-stdin"])
            .write_stdin("pw\n"),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("needs more flags"), "{err}");
}

#[test]
fn the_environment_and_the_profile_choose_the_api_too() {
    let server = Server::start();
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_API", "v9")
            .args(["users", "list"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("CRASHPLAN_API is \"v9\": expected pro3, today or auto"),
        "{err}"
    );
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_API", "today")
            .args(["usages", "list"]),
    );
    assert_eq!(code, 2, "{err}");
    // The flag wins over the environment.
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_API", "today")
            .args(["--api", "pro3", "usages", "list"]),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = Server::run(server.bare().args([
        "profile",
        "add",
        "now",
        "--url",
        server.emulator.base_url(),
        "--username",
        "admin",
        "--api",
        "today",
        "--no-password",
        "--use",
    ]));
    assert_eq!(code, 0, "{err}");
    let config = std::fs::read_to_string(server.config_path()).expect("config");
    assert!(config.contains("api = \"today\""), "{config}");
    let (code, _, err) = Server::run(
        server
            .bare()
            .env_remove("CRASHPLAN_API")
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["usages", "list"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`usages list`"), "{err}");
}

#[test]
fn help_marks_the_flags_of_one_api() {
    let server = Server::start();
    let (code, out, _) = Server::run(server.bare().args(["users", "list", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("--api <API>"), "{out}");
    assert!(out.contains("CRASHPLAN_API"), "{out}");
    let org_id = out
        .lines()
        .skip_while(|l| !l.contains("--org-id"))
        .take(3)
        .collect::<String>();
    assert!(org_id.contains("CrashPlan PRO 3.x servers only"), "{out}");
    let org_uid = out
        .lines()
        .skip_while(|l| !l.contains("--org-uid"))
        .take(3)
        .collect::<String>();
    assert!(org_uid.contains("current CrashPlan servers only"), "{out}");
    let (_, out, _) = Server::run(server.bare().args(["users", "block", "--help"]));
    assert!(out.contains("<USER>"), "{out}");
}
