//! The terminal prompts, driven through a pseudo-terminal (rexpect): a two-factor code asked
//! for when the server wants one, and a profile's password asked for, checked and put in the
//! OS keyring (issue 13, items 10 and 11).

#![cfg(unix)]

mod common;

use common::Server;
use crashplan_emulator::{Account, Emulator, Totp};
use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

/// Every expectation waits at most this long.
const TIMEOUT_MS: u64 = 30_000;

fn spawn(cmd: std::process::Command) -> PtySession {
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawns on a pty")
}

fn exit_code(session: &PtySession) -> i32 {
    match session.process().wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

#[test]
fn a_two_factor_code_is_asked_for_when_the_server_wants_one() {
    let server = Server::with(
        Emulator::builder()
            .account(Account::admin("twofa", "pw2").with_totp(Totp::Fixed("424242".into()))),
    );
    let mut cmd = server.bare_std();
    cmd.args(["--url", server.emulator.base_url(), "-u", "twofa"])
        .args(["orgs", "get", "43", "-f", "jsonl"])
        .env("CRASHPLAN_PASSWORD", "pw2");
    let mut session = spawn(cmd);
    session
        .exp_string("Two-factor code: ")
        .expect("asks for the code");
    session.send_line("424242").expect("types the code");
    session.exp_string("SubOrg1").expect("the org");
    session.exp_eof().expect("ends");
    assert_eq!(exit_code(&session), 0);

    // An account without two-factor authentication is never asked.
    let mut cmd = server.cli_std();
    cmd.args(["orgs", "get", "43", "-f", "jsonl"]);
    let mut session = spawn(cmd);
    let before = session.exp_string("SubOrg1").expect("the org");
    assert!(!before.contains("Two-factor"), "{before}");
    session.exp_eof().expect("ends");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn profile_add_asks_for_the_password_checks_it_and_keeps_it_in_the_keyring() {
    let server = Server::with(Emulator::builder().account(Account::admin("keyed", "pty-pw-1")));
    let url = server.emulator.base_url().to_owned();
    let mut cmd = server.bare_std();
    cmd.args(["profile", "add", "tty", "--url", &url, "-u", "keyed"]);
    let mut session = spawn(cmd);
    session
        .exp_string(&format!("Password for keyed at {url}: "))
        .expect("asks for the password");
    session.send_line("pty-pw-1").expect("types it");
    session
        .exp_string("the credentials work")
        .expect("checked with a login");
    session.exp_eof().expect("ends");
    assert_eq!(exit_code(&session), 0);
    let config = std::fs::read_to_string(server.config_path()).expect("config");
    assert!(
        !config.contains("pty-pw-1") && config.contains("keyring = true"),
        "{config}"
    );

    // Used without any password in sight.
    let (code, out, err) = Server::run(server.bare().args(["orgs", "get", "43", "-f", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));

    let (code, _, err) = Server::run(server.bare().args(["profile", "remove", "tty"]));
    assert_eq!(code, 0, "{err}");
}
