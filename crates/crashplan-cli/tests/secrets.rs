//! Secrets never show (issue 13, items 7 to 11): tokens off the command line, no userinfo in
//! messages, config files written safely, passwords in the OS keyring, two-factor hints.
//! The terminal prompts are tested in `prompts.rs`.

mod common;

use std::io::{Read, Write};

use common::Server;
use crashplan_emulator::{Account, Emulator, Totp};

/// A token for admin/admin, fetched over a raw HTTP connection.
fn token(server: &Server) -> String {
    let addr = server.emulator.local_addr();
    let mut stream = std::net::TcpStream::connect(addr).expect("connects");
    // "admin:admin" in base64.
    write!(
        stream,
        "GET /api/v3/auth/jwt?useBody=true HTTP/1.1\r\nHost: {addr}\r\n\
         Authorization: Basic YWRtaW46YWRtaW4=\r\nConnection: close\r\n\r\n"
    )
    .expect("writes");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("reads");
    let body = &answer[answer.find("\r\n\r\n").expect("a body") + 4..];
    let json: serde_json::Value = serde_json::from_str(body).expect("JSON body");
    json["data"]["v3_user_token"]
        .as_str()
        .expect("a token")
        .to_owned()
}

#[test]
fn tokens_come_from_stdin_or_the_environment_and_argv_warns() {
    let server = Server::start();
    let token = token(&server);
    let url = server.emulator.base_url();

    let (code, out, err) = Server::run(
        server
            .bare()
            .args([
                "--url",
                url,
                "--token-stdin",
                "orgs",
                "get",
                "43",
                "-f",
                "jsonl",
            ])
            .write_stdin(format!("{token}\n")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));
    assert!(!err.contains("warning"), "{err}");

    let (code, _, err) = Server::run(
        server
            .bare()
            .env("CRASHPLAN_TOKEN", &token)
            .args(["--url", url, "orgs", "get", "43"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("--token on the command line"), "{err}");

    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", url, "--token", &token, "orgs", "get", "43"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: --token on the command line is visible to every user"),
        "{err}"
    );
    assert!(!err.contains(&token), "{err}");

    // A rejected token gets a hint about tokens, not passwords.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", url, "--token-stdin", "orgs", "get", "43"])
            .write_stdin("not-a-token\n"),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("hint: the API token was rejected"), "{err}");
    assert!(!err.contains("username and the password"), "{err}");

    let (_, help, _) = Server::run(server.bare().arg("--help"));
    assert!(help.contains("--token-stdin"), "{help}");
}

#[test]
fn userinfo_never_shows() {
    let server = Server::start();
    let port = server.emulator.local_addr().port();
    let (code, _, err) = Server::run(server.bare().env("CRASHPLAN_PASSWORD", "admin").args([
        "-v",
        "--url",
        &format!("http://alice:S3cr3tPW@127.0.0.1:{port}"),
        "-u",
        "admin",
        "orgs",
        "get",
        "43",
    ]));
    assert_eq!(code, 2, "credentials in the URL are refused: {err}");
    assert!(!err.contains("S3cr3tPW"), "{err}");

    let (code, _, err) = Server::run(server.bare().args([
        "profile",
        "add",
        "viaproxy",
        "--url",
        server.emulator.base_url(),
        "-u",
        "admin",
        "--proxy",
        "http://bob:Pr0xyPW@127.0.0.1:9",
        "--no-password",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the proxy URL holds credentials"), "{err}");
    for args in [
        &["profile", "show", "viaproxy", "-f", "jsonl"][..],
        &["profile", "show", "viaproxy", "-f", "table"],
        &["profile", "list", "-f", "csv"],
    ] {
        let (code, out, err) = Server::run(server.bare().args(args));
        assert_eq!(code, 0, "{err}");
        assert!(
            !out.contains("Pr0xyPW") && !err.contains("Pr0xyPW"),
            "{out}{err}"
        );
    }
    let (_, out, _) = Server::run(
        server
            .bare()
            .args(["profile", "show", "viaproxy", "-f", "jsonl"]),
    );
    assert!(out.contains("http://***@127.0.0.1:9"), "{out}");
}

#[cfg(unix)]
#[test]
fn config_writes_are_atomic_private_and_follow_no_link() {
    use std::os::unix::fs::{PermissionsExt, symlink};

    let server = Server::start();
    let dir = server.dir.path();
    let config = server.config_path();
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };

    // A predictable temporary name planted as a link to a world-readable file.
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "untouched").expect("write");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    symlink(&victim, dir.join("config.toml.tmp")).expect("symlink");
    let add_plain = |name: &str| {
        Server::run(
            server
                .bare()
                .args(["profile", "add", name, "--url", server.emulator.base_url()])
                .args(["-u", "admin", "--password-stdin", "--password-in-file"])
                .write_stdin("admin\n"),
        )
    };
    let (code, _, err) = add_plain("plain");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("stored in plain text"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "untouched"
    );
    assert!(
        std::fs::read_to_string(&config)
            .expect("config")
            .contains("password")
    );
    assert_eq!(mode(&config), 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".config-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // A world-writable file planted under that name is not used either.
    let planted = dir.join("config.toml.tmp");
    std::fs::remove_file(&planted).expect("remove link");
    std::fs::write(&planted, "planted").expect("write");
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    let (code, _, err) = add_plain("plain2");
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode(&config), 0o600);
    assert_eq!(
        std::fs::read_to_string(&planted).expect("planted"),
        "planted"
    );

    // A config holding a password that others can read: every command warns.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let (code, _, err) = Server::run(server.bare().args(["profile", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("holds a password and is readable by others (mode 644)"),
        "{err}"
    );
    // Saving again makes it private.
    let (code, _, _) = Server::run(server.bare().args(["profile", "use", "plain"]));
    assert_eq!(code, 0);
    assert_eq!(mode(&config), 0o600);

    // A config that is a link: replaced by a private file, the target left alone.
    let target = dir.join("elsewhere.toml");
    std::fs::rename(&config, &target).expect("move");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    symlink(&target, &config).expect("symlink");
    let before = std::fs::read_to_string(&target).expect("target");
    let (code, _, _) = Server::run(server.bare().args(["profile", "remove", "plain"]));
    assert_eq!(code, 0);
    assert!(
        !std::fs::symlink_metadata(&config)
            .expect("config")
            .is_symlink()
    );
    assert_eq!(mode(&config), 0o600);
    assert_eq!(std::fs::read_to_string(&target).expect("target"), before);
}

#[test]
fn profile_passwords_go_to_the_keyring_after_one_login() {
    // A unique account per run keeps the keyring entries of parallel tests apart.
    let server = Server::with(Emulator::builder().account(Account::admin("root", "s3cret-pw")));
    let url = server.emulator.base_url().to_owned();
    let add = |name: &str, password: &str, extra: &[&str]| {
        Server::run(
            server
                .bare()
                .args([
                    "profile",
                    "add",
                    name,
                    "--url",
                    &url,
                    "-u",
                    "root",
                    "--password-stdin",
                ])
                .args(extra)
                .write_stdin(format!("{password}\n")),
        )
    };

    // A wrong password is caught by the login, and nothing is stored.
    let (code, _, err) = add("k", "wrong", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("401"), "{err}");
    assert!(!server.config_path().exists(), "nothing saved");

    let logins = server.emulator.request_count("GET", "/api/v3/auth/jwt");
    let (code, _, err) = add("k", "s3cret-pw", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the credentials work"), "{err}");
    assert_eq!(
        server.emulator.request_count("GET", "/api/v3/auth/jwt"),
        logins + 1,
        "one login"
    );
    let config = std::fs::read_to_string(server.config_path()).expect("config");
    assert!(config.contains("keyring = true"), "{config}");
    assert!(
        !config.contains("s3cret-pw") && !config.contains("password"),
        "{config}"
    );

    // The password comes from the keyring.
    let (code, out, err) = Server::run(
        server
            .bare()
            .args(["-p", "k", "orgs", "get", "43", "-f", "jsonl"]),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));
    let (_, out, _) = Server::run(server.bare().args(["profile", "show", "k", "-f", "jsonl"]));
    assert!(
        out.contains("\"password\":\"(in the OS keyring)\""),
        "{out}"
    );
    assert!(!out.contains("s3cret-pw"), "{out}");

    // --no-verify stores without a login.
    let logins = server.emulator.request_count("GET", "/api/v3/auth/jwt");
    let (code, _, err) = add("unchecked", "s3cret-pw", &["--no-verify"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        server.emulator.request_count("GET", "/api/v3/auth/jwt"),
        logins
    );

    // Removing the last profile of an account removes its keyring entry.
    for name in ["unchecked", "k"] {
        let (code, _, err) = Server::run(server.bare().args(["profile", "remove", name]));
        assert_eq!(code, 0, "{err}");
    }
    std::fs::write(
        server.config_path(),
        format!(
            "current = \"k\"\n[profiles.k]\nurl = \"{url}\"\nusername = \"root\"\nkeyring = true\n"
        ),
    )
    .expect("write");
    let (code, _, err) = Server::run(server.bare().args(["orgs", "get", "43"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("the password is not in the OS keyring"),
        "{err}"
    );

    // Without a password and without a terminal: say how to go on.
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["profile", "add", "none", "--url", &url, "-u", "root"]),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--no-password"), "{err}");
}

#[test]
fn two_factor_problems_get_two_factor_hints() {
    let server = Server::with(
        Emulator::builder()
            .account(Account::admin("twofa", "pw2").with_totp(Totp::Fixed("424242".into()))),
    );
    let cli = || {
        let mut cmd = server.bare();
        cmd.args(["--url", server.emulator.base_url(), "-u", "twofa"])
            .env("CRASHPLAN_PASSWORD", "pw2");
        cmd
    };
    let (code, _, err) = Server::run(cli().args(["orgs", "get", "43"]));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("hint: this account needs a two-factor code"),
        "{err}"
    );

    let (code, _, err) = Server::run(cli().args(["--totp", "000000", "orgs", "get", "43"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("hint: the two-factor code was wrong"), "{err}");
    assert!(!err.contains("username and the password"), "{err}");

    let (code, out, err) =
        Server::run(cli().args(["--totp", "424242", "orgs", "get", "43", "-f", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("SubOrg1"));

    // `--totp prompt` with nobody to ask: an error, not an empty code.
    let logins = server.emulator.request_count("GET", "/api/v3/auth/jwt");
    let (code, _, err) = Server::run(cli().args(["--totp", "prompt", "orgs", "get", "43"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--totp prompt needs a terminal"), "{err}");
    assert_eq!(
        server.emulator.request_count("GET", "/api/v3/auth/jwt"),
        logins
    );
}
