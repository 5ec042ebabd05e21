//! Which API the server speaks: `--api pro3|today|auto`, `CRASHPLAN_API`, a profile's `api`.
//! A command the chosen API does not have is a usage error (exit 2) naming the command and
//! the API, before anything is sent; `--api pro3` and the default leave the 2010 commands as
//! they were.

mod common;

use common::Server;
use serde_json::Value;

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn api_pro3_and_the_default_run_the_2010_commands_as_before() {
    let server = Server::start();
    let (code, default, err) = Server::run(server.cli().args(["users", "list", "-f", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    let (code, pro3, err) = Server::run(
        server
            .cli()
            .args(["--api", "pro3", "users", "list", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(pro3, default);
    assert_eq!(json_lines(&pro3)[0]["email"], "userone@testorg.org");
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_API", "auto")
            .args(["users", "list"]),
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_2010_command_against_todays_api_is_refused_before_anything_is_sent() {
    // No server listens there: a request would fail with a connection error, not exit 2.
    let server = Server::start();
    for args in [
        &["users", "list"][..],
        &["users", "get", "67"],
        &["users", "find", "email = x"],
        &["users", "deactivate", "userone@testorg.org"],
    ] {
        let (code, out, err) = Server::run(
            server
                .bare()
                .args(["--url", "http://127.0.0.1:9", "--username", "admin"])
                .env("CRASHPLAN_PASSWORD", "admin")
                .args(["--api", "today"])
                .args(args),
        );
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        let name = format!("`{} {}`", args[0], args[1]);
        assert!(err.contains(&name), "{args:?}: {err}");
        assert!(err.contains("--api today"), "{err}");
        assert!(err.contains("CrashPlan PRO 3.x"), "{err}");
        assert!(err.contains("nothing was sent"), "{err}");
    }
    // The user's data are untouched.
    let (code, out, err) = Server::run(server.cli().args(["users", "get", "67", "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"status\": \"Active\""), "{out}");
}

#[test]
fn the_environment_and_the_profile_choose_the_api_too() {
    let server = Server::start();
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_API", "today")
            .args(["users", "list"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`users list`"), "{err}");
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
    // The flag wins over the environment.
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_API", "today")
            .args(["--api", "pro3", "users", "list"]),
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
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["orgs", "list"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`orgs list`"), "{err}");
    let (code, _, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["--api", "auto", "orgs", "list"]),
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn api_is_a_documented_global_flag() {
    let server = Server::start();
    let (code, out, _) = Server::run(server.bare().args(["users", "list", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("--api <API>"), "{out}");
    assert!(out.contains("CRASHPLAN_API"), "{out}");
}
