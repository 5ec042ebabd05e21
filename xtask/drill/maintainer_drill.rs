//! Written into a copy of the workspace by `cargo xtask drill` (see xtask/src/drill.rs), after
//! the spec gained the property `UserDetail.legalHold`, the `listUsers` filter `username`, a
//! read-only resource `plans` (`listPlans`, `getPlan`, with examples) and the action
//! `deleteOrg`, and `cargo xtask generate` ran. Nothing else was edited: these tests compile
//! and pass only if the new setter, typed field, CLI flag, query field, handle methods,
//! subcommands and emulator routes came from the spec alone.

mod common;

use std::future::IntoFuture;
use std::io::Write;
use std::process::Command;
use std::sync::{Arc, Mutex};

const LIST: &str = include_str!("../../../spec/examples/UserList.list-users.json");
const DETAIL: &str = include_str!("../../../spec/examples/UserDetail.get-user-69.json");

/// A detail view with the new property set.
fn detail() -> String {
    let mut user: serde_json::Value = serde_json::from_str(DETAIL).expect("fixture");
    user["legalHold"] = serde_json::Value::Bool(true);
    user.to_string()
}

/// A server on 127.0.0.1 that answers lists with the doc's user list and everything else with
/// user 69 in detail, and records each request line. It serves at most `max` connections.
fn serve(max: usize) -> (String, Arc<Mutex<Vec<String>>>) {
    common::raw_json_server(max, "", |path| {
        let list = path.split('?').next() == Some("/rest/users");
        if list { LIST.to_owned() } else { detail() }
    })
}

fn crashplan(url: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cpctl"))
        // The server above is a CrashPlan PRO 3.x server that answers every path: say so, or
        // the API would be detected by a request it answers too.
        .args(["--url", url, "--api", "pro3", "--basic-auth"])
        .args(["--username", "admin", "--password-stdin"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().expect("stdin").write_all(b"admin\n")?;
            child.wait_with_output()
        })
        .expect("run crashplan");
    assert!(
        out.status.success(),
        "crashplan {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn the_new_property_is_a_typed_field() {
    let user: crashplan::types::UserDetail = serde_json::from_str(&detail()).expect("decodes");
    assert_eq!(user.legal_hold, Some(true));
    assert!(!user.extra.contains_key("legalHold"));
}

#[test]
fn the_new_filter_is_a_facade_setter() {
    let client = crashplan::Client::builder("http://127.0.0.1:9")
        .basic("admin", "admin")
        .build()
        .expect("client");
    let _builder = client.users().list().username("ada");
}

#[test]
fn the_cli_sends_the_new_filter() {
    let (url, seen) = serve(4);
    crashplan(&url, &["users", "list", "--login", "ada", "--format", "jsonl"]);
    let lines = seen.lock().expect("lock").clone();
    assert!(
        lines.iter().any(|l| l.contains("username=ada")),
        "no request carried the filter: {lines:?}"
    );
}

#[test]
fn the_cli_prints_the_new_property_and_can_query_it() {
    let (url, _) = serve(8);
    let json = crashplan(&url, &["users", "get", "69", "--format", "json"]);
    assert!(json.contains("\"legalHold\": true"), "{json}");
    let found = crashplan(&url, &["users", "find", "legalHold = true", "--format", "jsonl", "--limit", "1"]);
    assert!(found.contains("\"legalHold\":true"), "{found}");
}

fn client(server: &common::Server) -> crashplan::Client {
    crashplan::Client::builder(server.emulator.base_url())
        .basic("admin", "admin")
        .build()
        .expect("client")
}

#[test]
fn the_new_resource_is_a_handle_the_emulator_serves_from_the_examples() {
    let server = common::Server::start();
    let client = client(&server);
    server.block_on(async {
        let ids = |plans: Vec<crashplan::types::Plan>| plans.iter().map(|p| p.id).collect::<Vec<_>>();
        let all = client.plans().list().collect_all().await.expect("listPlans");
        assert_eq!(ids(all), [1, 2, 3]);
        let laptops = client.plans().list().name("Laptops").collect_all().await.expect("filtered");
        assert_eq!(ids(laptops), [1, 3]);
        let paged = client.plans().list().org_id(43).page_size(1).collect_all().await.expect("paged");
        assert_eq!(ids(paged), [1, 2]);
        let plan: crashplan::types::PlanDetail = client.plans().get(2).await.expect("getPlan");
        assert_eq!((plan.name.as_str(), plan.frequency_minutes), ("Servers", Some(15)));
        let listed = client.plans().get(3).await.expect("a listed plan");
        assert_eq!(listed.org_id, 2);
        let missing = client.plans().get(9).await.expect_err("no plan 9");
        assert!(missing.to_string().contains("404"), "{missing}");
    });
}

#[test]
fn the_new_action_is_a_handle_method_the_emulator_answers_501() {
    let server = common::Server::start();
    let client = client(&server);
    let err = server
        .block_on(client.orgs().delete(43).into_future())
        .expect_err("the emulator does not implement deleteOrg");
    let text = format!("{err} {err:?}");
    assert!(text.contains("501"), "{text}");
    assert_eq!(server.emulator.request_count("DELETE", "/rest/orgs/43"), 1);
}

#[test]
fn the_cli_has_the_new_subcommands_and_they_reach_the_wire() {
    let server = common::Server::start();
    let (code, out, err) = common::Server::run(server.cli().args(["plans", "list", "--name", "Laptops", "--format", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.lines().all(|l| l.contains("\"Laptops\"")), "{out}");
    let (code, out, err) = common::Server::run(server.cli().args(["plans", "get", "2", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"frequencyMinutes\": 15"), "{out}");
    let (code, _, err) = common::Server::run(server.cli().args(["plans", "get", "9"]));
    assert_ne!(code, 0);
    assert!(err.contains("404") || err.contains("not found") || err.contains("no plans"), "{err}");

    let (code, _, err) = common::Server::run(server.cli().args(["orgs", "delete", "43"]));
    assert_ne!(code, 0, "the emulator answers 501");
    assert!(err.contains("501") || err.contains("deleteOrg"), "a clear error: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(server.emulator.request_count("DELETE", "/rest/orgs/43"), 1);
    assert!(server.emulator.request_count("GET", "/rest/plans") >= 1);
    assert!(server.emulator.request_count("GET", "/rest/plans/2") >= 1);
}
