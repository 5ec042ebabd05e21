//! The commands an administrator knows, against today's API (`/api/v1|v3|v38`): users,
//! devices and orgs listed, found, read, created, changed, moved, blocked and deactivated,
//! with Bearer tokens from a login and with an API client, and what one API generation did
//! seen through the other (the emulator keeps one state for both).

mod common;

use common::Server;
use crashplan_emulator::{ApiClient, Emulator};
use serde_json::Value;

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// Runs `cpctl --api today ARGS -f jsonl` and returns its JSON lines; any failure panics.
fn today(server: &Server, args: &[&str]) -> Vec<Value> {
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "-f", "jsonl"])
            .args(args),
    );
    assert_eq!(code, 0, "{args:?}: {err}");
    json_lines(&out)
}

/// The one object `cpctl --api today ARGS` prints.
fn one(server: &Server, args: &[&str]) -> Value {
    let mut items = today(server, args);
    assert_eq!(items.len(), 1, "{args:?}: {items:?}");
    items.remove(0)
}

#[test]
fn users_are_listed_found_read_created_changed_moved_blocked_and_deactivated() {
    let server = Server::start();
    let users = today(&server, &["users", "list"]);
    assert_eq!(users.len(), 5);
    assert!(users.iter().all(|u| u["userUid"].is_string()));
    let found = today(&server, &["users", "find", "email ~ \"userone\""]);
    assert_eq!(found.len(), 1, "{found:?}");
    let one_uid = found[0]["userUid"].as_str().expect("uid").to_owned();
    // A user is named by email, username, uid or id: always the same user.
    for name in ["userone@testorg.org", one_uid.as_str(), "67"] {
        assert_eq!(
            one(&server, &["users", "get", name])["userId"],
            67,
            "{name}"
        );
    }

    // Created through today's API, seen through both.
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "-f", "jsonl", "users", "create"])
            .args(["--org-uid", users[0]["orgUid"].as_str().expect("orgUid")])
            .args(["--login", "ada@example.com", "--email", "ada@example.com"])
            .args(["--first-name", "Ada", "--new-password-stdin"])
            .write_stdin("s3cret-Pw\n"),
    );
    assert_eq!(code, 0, "{err}");
    let ada = json_lines(&out).remove(0);
    let id = ada["userId"].as_i64().expect("userId").to_string();
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "users", "create"])
            .args(["--org-uid", users[0]["orgUid"].as_str().expect("orgUid")])
            .args(["--login", "ada@example.com", "--email", "ada@example.com"])
            .args(["--new-password-stdin"])
            .write_stdin("s3cret-Pw\n"),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("USER_DUPLICATE"), "{err}");

    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "users", "update", "ada@example.com"])
            .args(["--last-name", "Lovelace"]),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = Server::run(server.cli().args([
        "--api",
        "today",
        "users",
        "move",
        "ada@example.com",
        "--org-id",
        "42",
    ]));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["--api", "today", "users", "block", "ada@example.com"]),
        );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("done: users block ada@example.com"), "{err}");
    let now = one(&server, &["users", "get", &id]);
    assert_eq!(now["lastName"], "Lovelace");
    assert_eq!(now["orgId"], 42);
    assert_eq!(now["blocked"], true);

    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["--api", "today", "users", "deactivate", &id]),
        );
    assert_eq!(code, 0, "{err}");
    // The 2010 API sees what today's did, under the same numeric id.
    let (code, out, err) = Server::run(server.cli().args(["users", "get", &id, "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"status\": \"Deactivated\""), "{out}");
    assert!(out.contains("\"email\": \"ada@example.com\""), "{out}");
    let (code, _, err) = Server::run(server.cli().args([
        "--api",
        "today",
        "users",
        "reactivate",
        "ada@example.com",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(one(&server, &["users", "get", &id])["status"], "Active");
    // And what the 2010 API does, today's sees.
    let (code, _, err) = Server::run(server.cli().args(["users", "deactivate", &id]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        one(&server, &["users", "get", &id])["status"],
        "Deactivated"
    );

    let roles = today(&server, &["users", "all-roles"]);
    assert!(!roles.is_empty());
}

#[test]
fn devices_are_listed_with_backup_usage_read_renamed_blocked_and_deactivated() {
    let server = Server::start();
    let devices = today(&server, &["devices", "list", "--inc-backup-usage"]);
    assert!(!devices.is_empty());
    assert!(
        devices.iter().all(|d| d["backupUsage"].is_array()),
        "{devices:?}"
    );
    let device = &devices[0];
    let id = device["computerId"]
        .as_i64()
        .expect("computerId")
        .to_string();
    let guid = device["guid"].as_str().expect("guid").to_owned();
    assert_eq!(
        one(&server, &["devices", "get", &guid])["computerId"],
        device["computerId"]
    );

    for args in [
        &["devices", "rename", guid.as_str(), "--name", "ada-laptop"][..],
        &["devices", "block", id.as_str()],
        &["devices", "deactivate", guid.as_str()],
    ] {
        let (code, _, err) = Server::run(server.cli().args(["--api", "today"]).args(args));
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let now = one(&server, &["devices", "get", &id]);
    assert_eq!(now["name"], "ada-laptop");
    assert_eq!(now["blocked"], true);
    assert_eq!(now["active"], false, "{now}");
    // The 2010 API sees the new name of the same computer.
    let (code, out, err) = Server::run(server.cli().args(["computers", "get", &id, "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"name\": \"ada-laptop\""), "{out}");

    for args in [
        &["devices", "reactivate", id.as_str()][..],
        &["devices", "unblock", id.as_str()],
    ] {
        let (code, _, err) = Server::run(server.cli().args(["--api", "today"]).args(args));
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let now = one(&server, &["devices", "get", &id]);
    assert_eq!(
        (now["blocked"].clone(), now["active"].clone()),
        (false.into(), true.into())
    );
    // A device nobody has: a not-found error naming it (exit 1); a name that is no number,
    // a usage error (exit 2) before anything is sent.
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "devices", "block", "999999"]),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("999999"), "{err}");
    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["--api", "today", "devices", "block", "no-such-device"]),
        );
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_2010_computer_is_named_by_guid_or_id_as_a_device_is() {
    let server = Server::start();
    for name in ["343195742699662015", "2"] {
        let (code, out, err) =
            Server::run(server.cli().args(["computers", "get", name, "-f", "json"]));
        assert_eq!(code, 0, "{name}: {err}");
        assert!(out.contains("\"guid\": 343195742699662015"), "{out}");
    }
    let (code, _, err) = Server::run(server.cli().args(["computers", "get", "laptop"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("laptop"), "{err}");
}

#[test]
fn orgs_are_listed_read_created_changed_blocked_and_deactivated() {
    let server = Server::start();
    let orgs = today(&server, &["orgs", "list"]);
    assert!(orgs.iter().any(|o| o["orgName"] == "SubOrg1"), "{orgs:?}");
    // An org is named by id, uid, GUID or name.
    let sub = one(&server, &["orgs", "get", "43"]);
    assert_eq!(sub["orgName"], "SubOrg1");
    let guid = sub["orgGuid"].as_str().expect("orgGuid").to_owned();
    assert_eq!(
        one(&server, &["orgs", "get", "SubOrg1"])["orgGuid"],
        guid.as_str()
    );

    let created = one(
        &server,
        &[
            "orgs",
            "create",
            "--name",
            "Field",
            "--parent-org-guid",
            &guid,
        ],
    );
    let field = created["orgGuid"].as_str().expect("orgGuid").to_owned();
    let (code, _, err) = Server::run(
        server
            .cli()
            .args(["--api", "today", "orgs", "update", &field])
            .args(["--name", "Field Sales", "--notes", "EMEA"]),
    );
    assert_eq!(code, 0, "{err}");
    for verb in ["block", "deactivate"] {
        let (code, _, err) =
            Server::run(
                server
                    .cli()
                    .args(["--api", "today", "orgs", verb, "Field Sales"]),
            );
        assert_eq!(code, 0, "{verb}: {err}");
    }
    let now = one(&server, &["orgs", "get", &field]);
    // (One state: the 2010 server's rule renames a deactivated org, as the reference shows.)
    assert!(
        now["orgName"]
            .as_str()
            .is_some_and(|n| n.starts_with("Field Sales")),
        "{now}"
    );
    assert_eq!(now["blocked"], true);
    assert_eq!(now["active"], false, "{now}");
    // The 2010 API lists the org created through today's.
    let (code, out, err) = Server::run(server.cli().args(["orgs", "list", "-f", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Field Sales"), "{out}");
}

#[test]
fn an_api_client_speaks_todays_api_without_being_told() {
    const SECRET: &str = "client-secret-of-the-test";
    let server = Server::with(Emulator::builder().api_client(ApiClient::admin("key-1", SECRET)));
    let (code, out, err) = Server::run(
        server
            .bare()
            .env_remove("CRASHPLAN_API")
            .args(["--url", server.emulator.base_url()])
            .args(["--api-client-id", "key-1", "--api-client-secret-stdin"])
            .args(["devices", "list", "-f", "jsonl"])
            .write_stdin(format!("{SECRET}\n")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        json_lines(&out).iter().all(|d| d["guid"].is_string()),
        "{out}"
    );
    assert!(!out.contains(SECRET) && !err.contains(SECRET));
    let (code, out, err) = Server::run(
        server
            .bare()
            .env_remove("CRASHPLAN_API")
            .args(["--url", server.emulator.base_url()])
            .args(["--api-client-id", "key-1", "--api-client-secret-stdin"])
            .args(["users", "deactivate", "userone@testorg.org", "-f", "json"])
            .write_stdin(format!("{SECRET}\n")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.is_empty(),
        "an answer without a body prints nothing: {out}"
    );
    let (code, out, err) = Server::run(server.cli().args(["users", "get", "67", "-f", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"status\": \"Deactivated\""), "{out}");
    let log: Vec<String> = server
        .emulator
        .requests()
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert!(
        !log.iter().any(|p| p == "/api/v1/User/my"),
        "no detection: {log:?}"
    );
}

#[test]
fn the_tenant_and_the_signed_in_user() {
    let server = Server::start();
    let customer = one(&server, &["customer"]);
    assert!(
        customer.as_object().is_some_and(|c| !c.is_empty()),
        "{customer}"
    );
    let me = one(&server, &["users", "current"]);
    assert_eq!(me["username"], "admin", "{me}");
}
