//! `crashplan bulk`: one result per row, no stop on bad rows, dry runs, re-runs, faults.

mod common;

use common::Server;
use crashplan_emulator::{Emulator, Faults};

fn write_csv(server: &Server, text: &str) -> String {
    let path = server.dir.path().join("input.csv");
    std::fs::write(&path, text).expect("write CSV");
    path.display().to_string()
}

#[test]
fn bad_rows_are_reported_and_the_rest_is_done_once() {
    let server = Server::start();
    let csv = write_csv(
        &server,
        "67\nusertwo@testorg.org\nnot-a-user\n99999\nnobody@example.com\n",
    );

    // Dry run: nothing changes.
    let (code, out, err) = Server::run(
        server
            .cli()
            .args(["bulk", "deactivate", "--csv", &csv, "--dry-run"])
            .args(["-f", "csv"]),
    );
    assert_eq!(code, 3, "bad rows make the run partial: {err}");
    assert!(out.contains("1,67,67,would deactivate,now Active"), "{out}");
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/67"), 0);

    let results = server.dir.path().join("results.csv");
    let (code, out, err) = Server::run(
        server
            .cli()
            .args([
                "bulk",
                "deactivate",
                "--csv",
                &csv,
                "--concurrency",
                "3",
                "--results",
            ])
            .arg(&results),
    );
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty(), "results go to the file: {out}");
    assert!(err.contains("5 rows, 2 ok, 3 failed"), "{err}");
    let results = std::fs::read_to_string(&results).expect("results file");
    let lines: Vec<&str> = results.lines().collect();
    assert_eq!(
        lines.len(),
        6,
        "a header and one row per input line: {results}"
    );
    assert_eq!(lines[0], "line,input,user_id,outcome,message");
    assert!(lines[1].starts_with("1,67,67,deactivated"), "{results}");
    assert!(
        lines[2].starts_with("2,usertwo@testorg.org,68,deactivated"),
        "{results}"
    );
    assert!(
        lines[3].contains("neither a user id nor an email"),
        "{results}"
    );
    assert!(
        lines[4].starts_with("4,99999,99999,error,") && lines[4].contains("404"),
        "{results}"
    );
    assert!(
        lines[5].contains("no user with email nobody@example.com"),
        "{results}"
    );
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/67"), 1);
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/68"), 1);

    // Re-running is safe: already deactivated users are unchanged.
    let (code, out, _) =
        Server::run(
            server
                .cli()
                .args(["bulk", "deactivate", "--csv", &csv, "-f", "csv"]),
        );
    assert_eq!(code, 3);
    assert!(
        out.contains("1,67,67,unchanged,already Deactivated"),
        "{out}"
    );
    assert_eq!(server.emulator.request_count("PUT", "/rest/users/67"), 1);

    // And back.
    let csv = write_csv(&server, "id\n67\n68\n");
    let (code, out, err) =
        Server::run(
            server
                .cli()
                .args(["bulk", "reactivate", "--csv", &csv, "-f", "csv"]),
        );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("67,reactivated") && out.contains("68,reactivated"),
        "{out}"
    );
}

#[test]
fn every_row_is_done_exactly_once_despite_faults() {
    let server = Server::with(Emulator::builder().faults(Faults {
        seed: 42,
        rate_503: 0.2,
        rate_429: 0.1,
        retry_after_secs: 0,
        ..Faults::default()
    }));
    let csv = write_csv(&server, "67\n68\n69\n70\n71\n");
    let (code, out, err) =
        Server::run(
            server
                .cli()
                .args(["bulk", "deactivate", "--csv", &csv, "-f", "csv"]),
        );
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(out.matches(",deactivated,").count(), 5, "{out}");
    server.emulator.set_faults(Faults::default());
    let (_, out, _) =
        Server::run(
            server
                .cli()
                .args(["users", "list", "--status", "deactivated", "-f", "csv"]),
        );
    assert_eq!(out.lines().count(), 6, "all five deactivated: {out}");
    assert_eq!(server.emulator.request_count("POST", "/rest/users"), 0);
}

#[test]
fn a_missing_csv_is_a_usage_error() {
    let server = Server::start();
    let (code, _, err) =
        Server::run(
            server
                .cli()
                .args(["bulk", "deactivate", "--csv", "/nonexistent.csv"]),
        );
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent.csv"), "{err}");
}
