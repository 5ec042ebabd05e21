//! The command line with an API client: `--api-client-id` with the secret from standard input,
//! the environment or the profile's keyring entry (never argv), `profile add|show`, and the
//! secret never printed, not even with `-vv`.

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use common::Server;
use crashplan_emulator::{ApiClient, Emulator};

const OAUTH: &str = "/api/v3/oauth/token";
const SECRET: &str = "Cli-Secret-93b1e7";

/// An emulator with an API client whose id is unique to this run (the keyring is shared by
/// parallel tests).
fn server() -> (Server, String) {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let id = format!("key-cli-{}-{nanos}", std::process::id());
    let server = Server::with(Emulator::builder().api_client(ApiClient::admin(&id, SECRET)));
    (server, id)
}

#[test]
fn an_api_client_secret_from_stdin_or_the_environment_works_and_never_shows() {
    let (server, id) = server();
    let url = server.emulator.base_url().to_owned();
    let (code, out, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                &url,
                "--api-client-id",
                &id,
                "--api-client-secret-stdin",
            ])
            .args(["-vv", "users", "get", "69", "-f", "jsonl"])
            .write_stdin(format!("{SECRET}\n")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"id\":69"), "{out}");
    assert_eq!(server.emulator.request_count("POST", OAUTH), 1);
    assert_eq!(server.emulator.request_count("GET", "/api/v3/auth/jwt"), 0);
    assert!(
        err.contains("oauth/token"),
        "-vv logs the token request: {err}"
    );
    assert!(!err.contains(SECRET), "{err}");

    let (code, out, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--api-client-id", &id])
            .env("CRASHPLAN_API_CLIENT_SECRET", SECRET)
            .args(["-vv", "orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"), "{out}");
    assert!(!err.contains(SECRET), "{err}");

    // Both from the environment, as `Client::from_env` reads them.
    let (code, _, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_URL", &url)
            .env("CRASHPLAN_API_CLIENT_ID", &id)
            .env("CRASHPLAN_API_CLIENT_SECRET", SECRET)
            .args(["orgs", "get", "43"]),
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_wrong_or_missing_secret_is_a_clear_error() {
    let (server, id) = server();
    let url = server.emulator.base_url().to_owned();
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--api-client-id", &id])
            .env("CRASHPLAN_API_CLIENT_SECRET", "not-the-secret-5521")
            .args(["users", "get", "69"]),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("401") && err.contains("oauth/token"), "{err}");
    assert!(
        err.contains("--api-client-id"),
        "the hint names the flags: {err}"
    );
    assert!(!err.contains("not-the-secret-5521"), "{err}");

    let (code, _, err) = Server::run(server.bare().args([
        "--url",
        &url,
        "--api-client-id",
        &id,
        "users",
        "get",
        "69",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no API client secret given"), "{err}");

    // The secret has no flag of its own; its stdin flag needs the id.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                &url,
                "--api-client-secret-stdin",
                "users",
                "get",
                "69",
            ])
            .write_stdin(format!("{SECRET}\n")),
    );
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = Server::run(server.bare().args([
        "--url",
        &url,
        "--api-client-id",
        &id,
        "--api-client-secret",
        SECRET,
        "users",
        "list",
    ]));
    assert_eq!(code, 2, "no --api-client-secret VALUE flag");
    // An API client is one credential: not mixed with a username.
    let (code, _, err) = Server::run(server.bare().args([
        "--url",
        &url,
        "--api-client-id",
        &id,
        "-u",
        "admin",
        "users",
        "list",
    ]));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn profiles_keep_the_api_client_secret_in_the_keyring() {
    let (server, id) = server();
    let url = server.emulator.base_url().to_owned();
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "profile",
                "add",
                "cloud",
                "--url",
                &url,
                "--api-client-id",
                &id,
            ])
            .args(["--api-client-secret-stdin", "--use"])
            .write_stdin(format!("{SECRET}\n")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the credentials work"), "{err}");
    assert_eq!(
        server.emulator.request_count("POST", OAUTH),
        1,
        "checked once"
    );
    let config = std::fs::read_to_string(server.config_path()).expect("config");
    assert!(
        config.contains(&format!("api-client-id = \"{id}\"")),
        "{config}"
    );
    assert!(config.contains("keyring = true"), "{config}");
    assert!(!config.contains(SECRET), "{config}");

    // The secret comes from the keyring; the environment's secret of another client is not
    // mixed in.
    let (code, out, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_PASSWORD", "unrelated")
            .args(["orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"), "{out}");

    let (_, out, _) = Server::run(server.bare().args(["profile", "show", "-f", "jsonl"]));
    assert!(out.contains("\"secret\":\"(in the OS keyring)\""), "{out}");
    assert!(out.contains(&id), "{out}");
    assert!(!out.contains(SECRET), "{out}");
    let (_, out, _) = Server::run(server.bare().args(["profile", "list", "-f", "jsonl"]));
    assert!(out.contains("\"auth\":\"api-client\""), "{out}");

    // A wrong secret is caught by the check, and nothing is stored.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "profile",
                "add",
                "bad",
                "--url",
                &url,
                "--api-client-id",
                &id,
            ])
            .args(["--api-client-secret-stdin"])
            .write_stdin("wrong-secret\n"),
    );
    assert_eq!(code, 1, "{err}");
    let config = std::fs::read_to_string(server.config_path()).expect("config");
    assert!(!config.contains("[profiles.bad]"), "{config}");

    // Removing the profile removes the keyring entry.
    let (code, _, err) = Server::run(server.bare().args(["profile", "remove", "cloud"]));
    assert_eq!(code, 0, "{err}");
    std::fs::write(
        server.config_path(),
        format!(
            "current = \"k\"\n[profiles.k]\nurl = \"{url}\"\napi-client-id = \"{id}\"\nkeyring = true\n"
        ),
    )
    .expect("write");
    let (code, _, err) = Server::run(server.bare().args(["orgs", "get", "43"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("the API client secret is not in the OS keyring"),
        "{err}"
    );
}

#[test]
fn help_documents_the_api_client() {
    let (server, _) = server();
    let (code, out, _) = Server::run(server.bare().arg("--help"));
    assert_eq!(code, 0);
    assert!(out.contains("--api-client-id"), "{out}");
    assert!(out.contains("--api-client-secret-stdin"), "{out}");
    assert!(out.contains("CRASHPLAN_API_CLIENT_SECRET"), "{out}");
    let (_, out, _) = Server::run(server.bare().args(["profile", "add", "--help"]));
    assert!(out.contains("--api-client-id"), "{out}");
}

#[test]
fn the_demo_takes_its_api_client() {
    let (server, _) = server();
    let (code, out, err) = Server::run(server.bare().args([
        "--demo",
        "--api-client-id",
        "key-emulator-demo",
        "orgs",
        "get",
        "43",
        "-f",
        "jsonl",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"), "{out}");
    assert!(err.contains("key-emulator-demo"), "{err}");
}

#[test]
fn a_list_longer_than_the_token_lifetime_renews_it_without_a_401() {
    use crashplan_emulator::{Faults, Latency};
    let id = "key-cli-renewal";
    let server = Server::with(
        Emulator::builder()
            .api_client(ApiClient::admin(id, SECRET))
            .api_client_token_ttl(std::time::Duration::from_secs(1))
            .faults(Faults {
                latency: Latency::Fixed(std::time::Duration::from_millis(250)),
                ..Faults::none()
            }),
    );
    let url = server.emulator.base_url().to_owned();
    let (code, out, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--api-client-id", id])
            .env("CRASHPLAN_API_CLIENT_SECRET", SECRET)
            .args([
                "users",
                "list",
                "--page-size",
                "1",
                "--page-concurrency",
                "1",
            ])
            .args(["-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    let pages = server.emulator.request_count("GET", "/rest/users");
    assert!(pages >= 5, "long enough to outlive a token: {pages} pages");
    assert!(out.lines().count() >= 4, "{out}");
    assert!(
        server.emulator.request_count("POST", OAUTH) >= 2,
        "the token was renewed during the list"
    );
    assert!(
        server.emulator.requests().iter().all(|r| r.status != 401),
        "renewed before expiry, never after a 401"
    );
}
