//! Runs the real `crashplan` binary against an emulator started in this process.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use crashplan_emulator::{Emulator, EmulatorBuilder, RunningEmulator};

/// An emulator on 127.0.0.1 with its own runtime, and a private config directory.
pub struct Server {
    pub emulator: RunningEmulator,
    pub dir: tempfile::TempDir,
    runtime: tokio::runtime::Runtime,
}

impl Server {
    /// The doc's data set, admin/admin.
    pub fn start() -> Self {
        Self::with(Emulator::builder())
    }

    pub fn with(builder: EmulatorBuilder) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let emulator = runtime.block_on(builder.spawn()).expect("emulator starts");
        Self {
            emulator,
            dir: tempfile::tempdir().expect("temp dir"),
            runtime,
        }
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// `cpctl` with no connection settings, an isolated config file and no CRASHPLAN_ env but
    /// `CRASHPLAN_API=pro3`: the emulator serves both API generations and would be spoken to
    /// in today's; the tests of today's API say `--api today` (a flag beats the variable), the
    /// tests of the choice itself remove the variable.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::from_std(self.bare_std());
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// [`bare`](Self::bare) as a `std::process::Command`, for tests that spawn, signal or kill
    /// the process themselves.
    pub fn bare_std(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("cpctl"));
        for var in [
            "CRASHPLAN_URL",
            "CRASHPLAN_USERNAME",
            "CRASHPLAN_PASSWORD",
            "CRASHPLAN_TOTP",
            "CRASHPLAN_TOKEN",
            "CRASHPLAN_TOKEN_SCHEME",
            "CRASHPLAN_API_CLIENT_ID",
            "CRASHPLAN_API_CLIENT_SECRET",
            "CRASHPLAN_CA_CERT",
            "CRASHPLAN_INSECURE",
            "CRASHPLAN_AUTH",
            "CRASHPLAN_PROFILE",
            "CRASHPLAN_API",
            "RUST_LOG",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("CRASHPLAN_CONFIG", self.config_path())
            .env("CRASHPLAN_API", "pro3");
        cmd
    }

    /// [`cli`](Self::cli) as a `std::process::Command`.
    pub fn cli_std(&self) -> std::process::Command {
        let mut cmd = self.bare_std();
        cmd.args(["--url", self.emulator.base_url(), "--username", "admin"])
            .env("CRASHPLAN_PASSWORD", "admin");
        cmd
    }

    /// `cpctl --url <emulator> --username admin` with the password in the environment.
    pub fn cli(&self) -> Command {
        let mut cmd = self.bare();
        cmd.args(["--url", self.emulator.base_url(), "--username", "admin"])
            .env("CRASHPLAN_PASSWORD", "admin");
        cmd
    }

    /// Runs `cmd` and returns (exit code, stdout, stderr).
    pub fn run(cmd: &mut Command) -> (i32, String, String) {
        let output = cmd.output().expect("runs");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.runtime.block_on(f)
    }
}

/// A raw HTTP/1.1 server on 127.0.0.1 for answers the emulator does not give: each request is
/// answered 200 with `answer(path)` as a JSON body, `headers` (CRLF-terminated lines) added,
/// and the connection closed. Every request line is recorded. It serves at most `max`
/// connections, then stops.
pub fn raw_json_server(
    max: usize,
    headers: &'static str,
    answer: impl Fn(&str) -> String + Send + 'static,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = std::sync::Arc::clone(&seen);
    let url = raw_server(max, move |line| {
        if let Ok(mut log) = log.lock() {
            log.push(line.to_owned());
        }
        let body = answer(line.split_whitespace().nth(1).unwrap_or("/"));
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{headers}\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    });
    (url, seen)
}

/// A raw HTTP/1.1 server on 127.0.0.1 for hostile answers: each request gets `respond(path)`,
/// the whole response as raw text (status line, headers, body), and the connection is closed.
/// It serves at most `max` connections, then stops.
pub fn raw_http_server(max: usize, respond: impl Fn(&str) -> String + Send + 'static) -> String {
    raw_server(max, move |line| {
        respond(line.split_whitespace().nth(1).unwrap_or("/"))
    })
}

/// Serves at most `max` connections, answering each with `respond(request line)`.
fn raw_server(max: usize, respond: impl Fn(&str) -> String + Send + 'static) -> String {
    use std::io::{BufRead, BufReader, Write};

    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming().take(max) {
            let Ok(mut stream) = stream else { continue };
            let Ok(read) = stream.try_clone() else {
                continue;
            };
            let mut reader = BufReader::new(read);
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let _ = stream.write_all(respond(line.trim()).as_bytes());
        }
    });
    url
}
