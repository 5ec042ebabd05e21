//! HTTPS (generated CA or given PEM) and the state file.

mod common;

use std::path::PathBuf;

use crashplan_emulator::Emulator;
use reqwest::{Certificate, StatusCode};

fn temp_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "crashplan-emulator-test-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join("state.json")
}

#[tokio::test]
async fn https_with_generated_ca() {
    let emulator = Emulator::builder()
        .tls_self_signed()
        .spawn()
        .await
        .expect("starts");
    assert!(emulator.base_url().starts_with("https://localhost:"));
    let ca = emulator.ca_cert_pem().expect("a CA").to_owned();
    let client = reqwest::Client::builder()
        .tls_certs_only([Certificate::from_pem(ca.as_bytes()).expect("PEM")])
        .build()
        .expect("client");
    let response = client
        .get(format!("{}/rest/users/69", emulator.base_url()))
        .basic_auth("admin", Some("admin"))
        .send()
        .await
        .expect("TLS handshake with the generated CA");
    assert_eq!(response.status(), StatusCode::OK);
    // 127.0.0.1 is in the certificate too.
    let url = format!(
        "https://127.0.0.1:{}/rest/orgs",
        emulator.local_addr().port()
    );
    let response = client
        .get(url)
        .basic_auth("admin", Some("admin"))
        .send()
        .await
        .expect("IP SAN");
    assert_eq!(response.status(), StatusCode::OK);
    // A client that does not trust the CA fails.
    let untrusting = reqwest::Client::builder().build().expect("client");
    assert!(
        untrusting
            .get(format!("{}/rest/orgs", emulator.base_url()))
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn https_with_given_pem() {
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("cert");
    let cert_pem = certified.cert.pem();
    let emulator = Emulator::builder()
        .tls_pem(cert_pem.clone(), certified.signing_key.serialize_pem())
        .spawn()
        .await
        .expect("starts");
    assert!(emulator.ca_cert_pem().is_none());
    let client = reqwest::Client::builder()
        .tls_certs_only([Certificate::from_pem(cert_pem.as_bytes()).expect("PEM")])
        .build()
        .expect("client");
    let response = client
        .get(format!("{}/rest/orgs", emulator.base_url()))
        .basic_auth("admin", Some("admin"))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    let broken = Emulator::builder()
        .tls_pem("not a cert".into(), "not a key".into())
        .spawn()
        .await;
    assert!(broken.is_err());
}

#[tokio::test]
async fn state_file_survives_restarts() {
    let path = temp_path("restart");
    let _ = std::fs::remove_file(&path);
    let h = common::Harness::with(Emulator::builder().state_file(path.clone())).await;
    assert!(path.exists(), "written at start");
    let (status, org) = h
        .send_json(
            reqwest::Method::POST,
            "/rest/orgs",
            serde_json::json!({"name": "Persistent", "parentId": 2}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = h
        .send_json(
            reqwest::Method::PUT,
            "/rest/users/68",
            serde_json::json!({"status": "Deactivated", "password": "newpass"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    h.emulator.shutdown().await;

    // The doc data option is ignored when the file exists: the file wins.
    let h =
        common::Harness::with(Emulator::builder().doc_data(false).state_file(path.clone())).await;
    let listed = h.get_json("/rest/orgs?name=Persistent").await;
    assert_eq!(listed["orgs"][0]["id"], org["id"]);
    let user = h.get_json("/rest/users/68").await;
    assert_eq!(user["status"], "Deactivated");
    let text = std::fs::read_to_string(&path).expect("state file");
    assert!(!text.contains("newpass"), "passwords are stored hashed");
    let leftovers = std::fs::read_dir(path.parent().expect("dir"))
        .expect("dir")
        .count();
    assert_eq!(leftovers, 1, "no temporary files left behind");
    let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
}

#[tokio::test]
async fn corrupt_state_file_is_an_error() {
    let path = temp_path("corrupt");
    std::fs::write(&path, "{not json").expect("write");
    let result = Emulator::builder().state_file(path.clone()).spawn().await;
    assert!(result.is_err());
    let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
}
