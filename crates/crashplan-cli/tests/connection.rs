//! Connection settings, profiles, and the errors people meet: wrong password, no permission,
//! no server, untrusted certificate, bad flags.

mod common;

use common::Server;
use crashplan_emulator::{Account, Emulator};

#[test]
fn wrong_password_is_exit_1_with_a_hint() {
    let server = Server::start();
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_PASSWORD", "wrong")
            .args(["users", "list"]),
    );
    assert_eq!(code, 1);
    assert!(err.contains("401"), "{err}");
    assert!(
        err.contains("hint: check --username and the password"),
        "{err}"
    );
    assert!(
        !err.contains("wrong"),
        "the password is never printed: {err}"
    );
}

#[test]
fn ordinary_users_cannot_read_server_stats() {
    let server = Server::start();
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                server.emulator.base_url(),
                "-u",
                "userthree@testorg.org",
            ])
            .env("CRASHPLAN_PASSWORD", "userthree")
            .arg("server-stats"),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("403") && err.contains("administrator"),
        "{err}"
    );
}

#[test]
fn password_from_stdin_and_basic_auth() {
    let server = Server::start();
    let (code, out, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                server.emulator.base_url(),
                "-u",
                "admin",
                "--password-stdin",
                "--basic-auth",
            ])
            .args(["orgs", "get", "43", "-f", "jsonl"])
            .write_stdin("admin\n"),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));
    assert_eq!(
        server.emulator.request_count("GET", "/api/v3/auth/jwt"),
        0,
        "basic auth needs no login"
    );
}

#[test]
fn missing_settings_are_usage_errors() {
    let server = Server::start();
    let (code, _, err) = Server::run(server.bare().args(["users", "list"]));
    assert_eq!(code, 2);
    assert!(err.contains("no server given: use --url"), "{err}");
    let (code, _, err) =
        Server::run(
            server
                .bare()
                .args(["--url", server.emulator.base_url(), "users", "list"]),
        );
    assert_eq!(code, 2);
    assert!(err.contains("no username given"), "{err}");
    let (code, _, err) = Server::run(server.bare().args([
        "--url",
        server.emulator.base_url(),
        "-u",
        "admin",
        "users",
        "list",
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("no password given"), "{err}");
}

#[test]
fn bad_flags_are_exit_2() {
    let server = Server::start();
    // (`users get sixty-nine` names no user: not found, exit 1, like an unknown id.)
    for args in [
        &["nonsense"][..],
        &["report", "usage", "--org", "43", "--quota", "lots"],
        &["users", "list", "--format", "xml"],
    ] {
        let (code, _, err) = Server::run(server.cli().args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn connection_refused_is_a_clear_error() {
    let server = Server::start();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let closed = format!("http://{}", listener.local_addr().expect("addr"));
    drop(listener);
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                &closed,
                "-u",
                "admin",
                "--timeout",
                "5",
                "users",
                "list",
            ])
            .env("CRASHPLAN_PASSWORD", "admin"),
    );
    assert_eq!(code, 1);
    assert!(err.contains("could not connect"), "{err}");
}

#[test]
fn tls_needs_the_ca_certificate() {
    let server = Server::with(Emulator::builder().tls_self_signed());
    let (code, _, err) = Server::run(server.cli().args(["orgs", "get", "43"]));
    assert_eq!(code, 1);
    assert!(err.to_lowercase().contains("certificate"), "{err}");

    let ca = server.dir.path().join("ca.pem");
    std::fs::write(&ca, server.emulator.ca_cert_pem().expect("CA")).expect("write CA");
    let (code, out, err) = Server::run(
        server
            .cli()
            .arg("--ca-cert")
            .arg(&ca)
            .args(["orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));

    let (code, _, err) = Server::run(server.cli().args(["--insecure", "orgs", "get", "43"]));
    assert_eq!(code, 0);
    assert!(
        err.contains("warning: TLS certificates are not checked"),
        "{err}"
    );
}

#[test]
fn profiles_store_connections_but_not_passwords() {
    let server = Server::with(Emulator::builder().account(Account::admin("root", "s3cret-pw")));
    let url = server.emulator.base_url().to_owned();
    let (code, _, err) = Server::run(server.bare().args([
        "profile",
        "add",
        "local",
        "--url",
        &url,
        "-u",
        "admin",
        "--no-password",
    ]));
    assert_eq!(code, 0, "{err}");
    let config = std::fs::read_to_string(server.config_path()).expect("config written");
    assert!(
        config.contains("current = \"local\"") && !config.contains("password"),
        "{config}"
    );

    // The profile supplies URL and username; the password comes from the environment.
    let (code, out, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));

    // Flags win over the profile.
    let (code, _, err) = Server::run(server.bare().env("CRASHPLAN_PASSWORD", "admin").args([
        "--url",
        "http://127.0.0.1:9",
        "--timeout",
        "2",
        "orgs",
        "get",
        "43",
    ]));
    assert_eq!(code, 1, "{err}");

    // An explicitly stored password is kept, and never shown.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args([
                "profile",
                "add",
                "stored",
                "--url",
                &url,
                "-u",
                "root",
                "--password-stdin",
                "--password-in-file",
            ])
            .write_stdin("s3cret-pw\n"),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stored in plain text"), "{err}");
    let (code, out, _) = Server::run(
        server
            .bare()
            .args(["profile", "show", "stored", "-f", "jsonl"]),
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("\"password\":\"***\"") && !out.contains("s3cret-pw"),
        "{out}"
    );
    let (code, out, _) = Server::run(
        server
            .bare()
            .args(["-p", "stored", "orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0);
    assert!(out.contains("SubOrg1"));

    let (_, out, _) = Server::run(server.bare().args(["profile", "list", "-f", "csv"]));
    assert!(
        out.contains("*,local,") && out.contains(",stored,"),
        "{out}"
    );
    let (code, _, _) = Server::run(server.bare().args(["profile", "use", "stored"]));
    assert_eq!(code, 0);
    let (code, _, _) = Server::run(server.bare().args(["profile", "remove", "local"]));
    assert_eq!(code, 0);
    let (code, _, err) = Server::run(server.bare().args(["profile", "use", "local"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("no profile named `local`; known profiles: stored"),
        "{err}"
    );
}

#[test]
fn completions_and_help() {
    let server = Server::start();
    let (code, out, _) = Server::run(server.bare().args(["completions", "bash"]));
    assert_eq!(code, 0);
    assert!(out.contains("cpctl"));
    let (code, out, _) = Server::run(server.bare().arg("--help"));
    assert_eq!(code, 0);
    assert!(out.contains(
        "Exit codes: 0 ok, 1 API or network error (not found too), 2 usage error, 3 some bulk rows failed"
    ));
    let (code, out, _) = Server::run(server.bare().args(["users", "find", "--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("Query language:"));
}

#[test]
fn demo_mode_runs_the_main_job_without_a_server() {
    let server = Server::start();
    let (code, out, err) = Server::run(server.bare().args([
        "--demo",
        "report",
        "usage",
        "--org",
        "43",
        "--quota",
        "10MB",
        "--cost-per-mb",
        "2.5",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("User Three,userthree@testorg.org,78213557,186.48,true"),
        "{out}"
    );
    assert!(err.contains("demo:"), "{err}");
}

#[test]
fn hints_name_flags_and_warnings_are_printed_once() {
    let server = Server::with(Emulator::builder().tls_self_signed());
    // An untrusted certificate: the hint names --ca-cert, not the library's methods, and the
    // error is printed once, even with -v (one handshake, no retry).
    let (code, _, err) = Server::run(server.cli().args(["-v", "orgs", "get", "43"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("hint: trust the server's CA certificate with --ca-cert"),
        "{err}"
    );
    assert!(
        !err.contains("ca_cert_pem") && !err.contains("retrying"),
        "{err}"
    );
    assert_eq!(err.matches("TLS failed").count(), 1, "{err}");
    assert!(
        !err.contains("ERROR"),
        "the verifier's own log line is not repeated: {err}"
    );

    // --insecure, with -v so that the library's log would show a second copy.
    let (code, _, err) = Server::run(server.cli().args(["-v", "--insecure", "orgs", "get", "43"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err.matches("TLS certificates are not checked").count(),
        1,
        "{err}"
    );
    assert!(!err.contains("danger_accept_invalid_certs"), "{err}");

    // The variable is read by the library's rules: `on` means yes.
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_INSECURE", "on")
            .args(["orgs", "get", "43"]),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err.matches("TLS certificates are not checked").count(),
        1,
        "{err}"
    );
    let (code, _, err) = Server::run(
        server
            .cli()
            .env("CRASHPLAN_INSECURE", "maybe")
            .args(["orgs", "get", "43"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("CRASHPLAN_INSECURE") && err.contains("hint: flags override"),
        "{err}"
    );

    // A password over http:// is warned about once.
    let plain = Server::start();
    let (code, _, err) = Server::run(plain.cli().args(["-v", "orgs", "get", "43"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("is not encrypted").count(), 1, "{err}");
}

#[test]
fn flags_win_over_the_environment_as_a_whole_credential() {
    let server = Server::start();
    // A token flag replaces the username and password of the environment (no "set only one"
    // configuration error); the emulator rejects the made-up token.
    let (code, _, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_USERNAME", "admin")
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["--url", server.emulator.base_url(), "--token", "made-up"])
            .args(["orgs", "get", "43"]),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("401"), "{err}");
    assert_eq!(server.emulator.request_count("GET", "/api/v3/auth/jwt"), 0);
    // The same through --token-stdin.
    let (code, _, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_USERNAME", "admin")
            .args(["--url", server.emulator.base_url(), "--token-stdin"])
            .args(["orgs", "get", "43"])
            .write_stdin("made-up\n"),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("401") && !err.contains("made-up"), "{err}");
    assert_eq!(server.emulator.request_count("GET", "/api/v3/auth/jwt"), 0);
    // The environment alone, read by the library.
    let (code, out, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_URL", server.emulator.base_url())
            .env("CRASHPLAN_USERNAME", "admin")
            .env("CRASHPLAN_PASSWORD", "admin")
            .env("CRASHPLAN_AUTH", "basic")
            .args(["orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));
    assert_eq!(
        server.emulator.request_count("GET", "/api/v3/auth/jwt"),
        0,
        "basic: no login"
    );
}

/// A raw HTTP server (one request per connection) for a user store whose account is disabled
/// after `good` requests: from then on every answer is 401. Counts the refused logins.
fn disabled_after(good: usize) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let requests = Arc::new(AtomicUsize::new(0));
    let refused_logins = Arc::new(AtomicUsize::new(0));
    let refused = Arc::clone(&refused_logins);
    std::thread::spawn(move || {
        for socket in listener.incoming() {
            let Ok(mut socket) = socket else { return };
            let requests = Arc::clone(&requests);
            let refused = Arc::clone(&refused);
            std::thread::spawn(move || {
                let _ = socket.set_read_timeout(Some(std::time::Duration::from_secs(5)));
                let mut data = Vec::new();
                let mut buf = [0u8; 4096];
                let end = loop {
                    if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                    match socket.read(&mut buf) {
                        Ok(n) if n > 0 => data.extend_from_slice(&buf[..n]),
                        _ => return,
                    }
                };
                let head = String::from_utf8_lossy(&data[..end]).to_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while data.len() < end + length {
                    match socket.read(&mut buf) {
                        Ok(n) if n > 0 => data.extend_from_slice(&buf[..n]),
                        _ => break,
                    }
                }
                let line = head.lines().next().unwrap_or("").to_owned();
                let n = requests.fetch_add(1, Ordering::SeqCst);
                let login = line.starts_with("get /api/v3/auth/jwt");
                let id = line
                    .split_whitespace()
                    .nth(1)
                    .and_then(|p| p.strip_prefix("/rest/users/"))
                    .and_then(|p| p.split('?').next())
                    .unwrap_or("1")
                    .to_owned();
                let (status, body) = if n >= good {
                    if login {
                        refused.fetch_add(1, Ordering::SeqCst);
                    }
                    (401, r#"{"message":"account disabled"}"#.to_owned())
                } else if login {
                    (200, r#"{"data":{"v3_user_token":"tok"}}"#.to_owned())
                } else {
                    let status = if line.starts_with("put") {
                        "Deactivated"
                    } else {
                        "Active"
                    };
                    (
                        200,
                        format!(
                            r#"{{"id":{id},"status":"{status}","orgId":43,"creationDate":"2008-10-29T14:08:06.141-05:00","modificationDate":"2008-10-29T14:08:06.141-05:00"}}"#
                        ),
                    )
                };
                let _ = socket.write_all(
                    format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                );
            });
        }
    });
    (url, refused_logins)
}

#[test]
fn credentials_that_stop_working_mid_bulk_cost_at_most_two_failed_logins() {
    let server = Server::start();
    let (url, refused_logins) = disabled_after(21);
    let ids: String = (1000..1200).map(|id| format!("{id}\n")).collect();
    let csv = server.dir.path().join("ids.csv");
    std::fs::write(&csv, ids).expect("write CSV");
    let (code, out, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["--url", &url, "-u", "admin", "bulk", "deactivate", "--csv"])
            .arg(&csv)
            .args(["-f", "csv"]),
    );
    assert_eq!(code, 3, "some rows failed: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        201,
        "a header and a result line per row: {out}"
    );
    let failed: Vec<&&str> = lines.iter().filter(|l| l.contains(",error,")).collect();
    assert!(failed.len() >= 190, "{out}");
    assert!(
        failed
            .iter()
            .all(|l| l.contains("401") && l.contains("--username")),
        "{out}"
    );
    let refused = refused_logins.load(std::sync::atomic::Ordering::SeqCst);
    eprintln!("failed logins for 200 rows: {refused}");
    assert!(
        (1..=2).contains(&refused),
        "{refused} failed logins for 200 rows"
    );
}

// ---- issue 20: words and codes ----

/// A CA, and a server certificate signed by it for `names`, valid until `not_after`.
fn ca_and_cert(names: &[&str], not_after: (i32, u8, u8)) -> (String, String, String) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().expect("key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("params");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_pem = ca.self_signed(&ca_key).expect("CA").pem();
    let issuer = Issuer::new(ca, ca_key);
    let key = KeyPair::generate().expect("key");
    let mut params =
        CertificateParams::new(names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>())
            .expect("params");
    params.not_before = rcgen::date_time_ymd(2000, 1, 1);
    params.not_after = rcgen::date_time_ymd(not_after.0, not_after.1, not_after.2);
    let cert = params.signed_by(&key, &issuer).expect("cert").pem();
    (ca_pem, cert, key.serialize_pem())
}

#[test]
fn each_tls_failure_gets_its_own_hint() {
    for (names, not_after, wanted) in [
        (&["127.0.0.1"][..], (2001, 1, 1), "has expired"),
        (&["other.example"][..], (2099, 1, 1), "names another host"),
    ] {
        let (ca, cert, key) = ca_and_cert(names, not_after);
        let server = Server::with(Emulator::builder().tls_pem(cert, key));
        let ca_path = server.dir.path().join("ca.pem");
        std::fs::write(&ca_path, ca).expect("write CA");
        let (code, _, err) = Server::run(
            server
                .cli()
                .arg("--ca-cert")
                .arg(&ca_path)
                .args(["orgs", "get", "43"]),
        );
        assert_eq!(code, 1, "{err}");
        assert!(err.contains(wanted), "{names:?}: {err}");
        assert!(!err.contains("trust the server's CA"), "{names:?}: {err}");
    }
    // An unknown CA is still told to trust it.
    let server = Server::with(Emulator::builder().tls_self_signed());
    let (_, _, err) = Server::run(server.cli().args(["orgs", "get", "43"]));
    assert!(err.contains("--ca-cert"), "{err}");
}

#[test]
fn a_redirect_loop_is_named_as_such() {
    let server = Server::start();
    let url = common::raw_http_server(64, |path| {
        format!(
            "HTTP/1.1 302 Found\r\nLocation: {path}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
    });
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--username", "admin", "--basic-auth"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["orgs", "get", "43"]),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("redirects in a loop"), "{err}");
    assert!(!err.contains("connection failed"), "{err}");
}

#[test]
fn not_found_has_one_exit_code_whatever_the_form_of_the_id() {
    let server = Server::start();
    let mut codes = Vec::new();
    for name in ["99999", "nobody@x.org", "nobody"] {
        let (code, _, err) = Server::run(server.cli().args(["users", "get", name]));
        assert!(
            err.to_lowercase().contains("no user") || err.contains("404"),
            "{name}: {err}"
        );
        codes.push(code);
    }
    assert_eq!(codes, [1, 1, 1]);
}

#[test]
fn a_token_or_code_with_control_characters_is_a_usage_error_before_sending() {
    let server = Server::start();
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", server.emulator.base_url()])
            .env("CRASHPLAN_TOKEN", "abc\ndef")
            .args(["orgs", "get", "43"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("control character"), "{err}");
    assert!(!err.contains("rejected"), "{err}");
    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["--totp", "12\u{1b}34", "orgs", "get", "43"]),
        );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("control character"), "{err}");
    assert!(server.emulator.requests().is_empty(), "nothing was sent");
}
