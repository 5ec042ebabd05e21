//! Runs the reference doc's lesson scripts (Python 3 ports under `tests/lessons/`) against the
//! emulator binary over HTTPS and compares their output with the doc's.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const LESSONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/lessons");

/// Kills the emulator process when the test ends, whatever happens.
struct Server(
    Child,
    #[allow(dead_code)] Option<BufReader<std::process::ChildStdout>>,
);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("-c")
            .arg("import sys; assert sys.version_info[0] == 3")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Starts the binary on a free port with a generated CA; returns it, its port and the CA
/// file.
fn start(dir: &Path) -> (Server, u16, PathBuf) {
    let ca = dir.join("ca.pem");
    let mut child = Command::new(env!("CARGO_BIN_EXE_crashplan-emulator"))
        .args(["--port", "0", "--tls-self-signed", "--ca-out"])
        .arg(&ca)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the emulator binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut server = Server(child, None);
    let mut reader = BufReader::new(stdout);
    let mut port = None;
    for _ in 0..20 {
        let mut line = String::new();
        if reader.read_line(&mut line).expect("readable stdout") == 0 {
            break;
        }
        let line = line.trim_end();
        if let Some(url) = line.strip_prefix("CrashPlan PRO emulator listening on ") {
            assert!(url.starts_with("https://localhost:"), "{url}");
            port = url.rsplit(':').next().and_then(|p| p.trim().parse().ok());
            break;
        }
    }
    let port = port.expect("the binary prints its URL");
    // Keep reading end of the pipe open for the rest of the test.
    server.1 = Some(reader);
    (server, port, ca)
}

fn run_script(python: &str, script: &str, port: u16, ca: &Path) -> String {
    let output = Command::new(python)
        .arg(Path::new(LESSONS).join(script))
        .env("CP_HOST", "localhost")
        .env("CP_PORT", port.to_string())
        .env("SSL_CERT_FILE", ca)
        .output()
        .expect("python runs");
    assert!(
        output.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn expected(script: &str) -> String {
    let name = script.replace(".py", ".expected");
    std::fs::read_to_string(Path::new(LESSONS).join(name)).expect("expected output")
}

#[test]
fn lesson_scripts_print_the_docs_output() {
    let Some(python) = python() else {
        eprintln!("SKIPPED: no Python 3 interpreter on PATH");
        return;
    };
    let dir = std::env::temp_dir().join(format!("crashplan-lessons-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (_server, port, ca) = start(&dir);

    // Lesson 1's doc output ends with "...": its lines are a prefix of ours.
    let out = run_script(python, "script1.py", port, &ca);
    assert!(
        out.starts_with(&expected("script1.py")),
        "script1.py printed:\n{out}"
    );
    // The others in the doc's order; lesson 4 deactivates user 69, so it runs last.
    for script in ["script2.py", "script3.py", "variation1.py", "script4.py"] {
        let out = run_script(python, script, port, &ca);
        assert_eq!(out, expected(script), "{script}");
    }
    // After lesson 4, user 69 is no longer active in org 43.
    let out = run_script(python, "script2.py", port, &ca);
    assert_eq!(out, "userone@testorg.org\nusertwo@testorg.org\n");
    let _ = std::fs::remove_dir_all(&dir);
}
