//! Secrets never appear in `Debug` output, error messages or logs.

mod common;

use crashplan::{Client, SecretString};

const PASSWORD: &str = "hunter2-password";
const TOTP: &str = "918273";

#[test]
fn debug_of_builder_client_config_and_errors_shows_no_secret() {
    let builder = Client::builder("https://cp.example.com:4285")
        .local_account("admin", PASSWORD)
        .totp(TOTP)
        .proxy("http://proxyuser:proxypass@proxy:3128");
    let text = format!("{builder:?}");
    for secret in [PASSWORD, TOTP, "proxypass"] {
        assert!(
            !text.contains(secret),
            "builder Debug leaks {secret}: {text}"
        );
    }
    let client = builder.build().expect("builds");
    let text = format!("{client:?} {:?}", client.config());
    for secret in [PASSWORD, TOTP, "proxypass"] {
        assert!(
            !text.contains(secret),
            "client Debug leaks {secret}: {text}"
        );
    }
    let token = Client::builder("https://cp.example.com")
        .token(SecretString::from("tok-123456789"))
        .build()
        .expect("builds");
    assert!(!format!("{token:?}").contains("tok-123456789"));
}

#[tokio::test(flavor = "current_thread")]
async fn logs_and_errors_never_contain_credentials_or_tokens() {
    let capture = common::LogCapture::default();
    let _guard = tracing::subscriber::set_default(capture.subscriber());

    let emu = common::start(
        crashplan_emulator::Emulator::builder()
            .account(crashplan_emulator::Account::admin("ops", PASSWORD))
            .token_ttl(std::time::Duration::from_millis(200)),
    )
    .await;
    let client = Client::builder(emu.base_url())
        .local_account("ops", PASSWORD)
        .build()
        .expect("builds");
    client.users().get(69).await.expect("login and get");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    client.users().get(69).await.expect("refresh and get");
    let token = common::fetch_token(&emu, "ops", PASSWORD).await;
    let raw = Client::builder(emu.base_url())
        .basic("ops", PASSWORD)
        .build()
        .expect("builds")
        .request_json(reqwest::Method::GET, "/api/v3/auth/jwt")
        .query(&[("useBody", "true")])
        .body(&serde_json::json!({"password": PASSWORD}));
    assert!(!format!("{raw:?}").contains(PASSWORD), "raw request Debug");
    let answer = raw.send().await.expect("raw login answer");
    let answer_token = answer["data"]["v3_user_token"]
        .as_str()
        .expect("token")
        .to_string();
    assert!(
        !format!("{answer:?}").contains(&answer_token),
        "raw response Debug"
    );

    let wrong = Client::builder(emu.base_url())
        .local_account("ops", "wrong-password")
        .build()
        .expect("builds");
    let e = wrong.users().get(69).await.expect_err("wrong password");
    let error_text = format!("{e} {e:?}");

    let insecure = Client::builder(emu.base_url())
        .danger_accept_invalid_certs(true)
        .build()
        .expect("builds");
    assert!(insecure.config().accepts_invalid_certs);

    let logs = capture.text();
    assert!(
        logs.contains("WARN") && logs.contains("verification is DISABLED"),
        "loud warning: {logs}"
    );
    assert!(
        logs.contains("crashplan.request"),
        "spans are logged: {logs}"
    );
    assert!(logs.contains("path=/rest/users/69"), "{logs}");
    assert!(
        logs.contains("status=200") && logs.contains("latency_ms="),
        "{logs}"
    );
    assert!(
        logs.contains("status=401"),
        "the expired token's 401 is logged: {logs}"
    );
    for secret in [
        PASSWORD,
        "wrong-password",
        token.as_str(),
        "b3BzOmh1bnRlcjI",
    ] {
        assert!(!logs.contains(secret), "logs leak a secret");
        assert!(
            !error_text.contains(secret),
            "error leaks a secret: {error_text}"
        );
    }
}
