//! The binary: prints its URL and accounts, logs one line per request without credentials,
//! stops cleanly on SIGINT (Ctrl-C).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn prints_url_logs_requests_and_stops_on_ctrl_c() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crashplan-emulator"))
        .args(["--port", "0", "--users", "10"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let mut url = None;
    let mut printed = Vec::new();
    for line in lines.by_ref().take(20) {
        let line = line.expect("line");
        printed.push(line.clone());
        if line.starts_with("Press Ctrl-C") {
            break;
        }
        if let Some(u) = line.strip_prefix("CrashPlan PRO emulator listening on ") {
            url = Some(u.to_owned());
        }
    }
    let url = url.expect("prints its URL");
    assert!(
        printed.iter().any(|l| l.contains("admin / admin")),
        "{printed:?}"
    );
    let addr = url.strip_prefix("http://").expect("plain HTTP");

    let mut stream = TcpStream::connect(addr).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream
        .write_all(
            b"GET /rest/users/69 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic YWRtaW46YWRtaW4=\r\nConnection: close\r\n\r\n",
        )
        .expect("request");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("userthree@testorg.org"));

    let pid = child.id().to_string();
    let status = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let mut exit = None;
    for _ in 0..200 {
        if let Some(s) = child.try_wait().expect("wait") {
            exit = Some(s);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let exit = match exit {
        Some(exit) => exit,
        None => {
            let _ = child.kill();
            panic!("the binary did not stop on SIGINT");
        }
    };
    assert!(exit.success(), "clean exit: {exit:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("Stopping")), "{rest:?}");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    let line = stderr
        .lines()
        .find(|l| l.contains("/rest/users/69"))
        .expect("one log line per request");
    assert!(line.contains("GET") && line.contains("200") && line.contains("latency_ms"));
    assert!(!stderr.contains("YWRtaW46YWRtaW4="), "never credentials");
}
