//! Written into a copy of the workspace by `cargo xtask drill` (see xtask/src/drill.rs), after
//! the spec gained the property `UserDetail.legalHold` and the `listUsers` filter `username`
//! and `cargo xtask generate` ran. Nothing else was edited: these tests compile and pass only
//! if the new setter, typed field, CLI flag and query field came from the spec alone.

mod common;

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
    let out = Command::new(env!("CARGO_BIN_EXE_crashplan"))
        .args(["--url", url, "--basic-auth", "--username", "admin", "--password-stdin"])
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
