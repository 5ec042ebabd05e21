//! The SDK as a user's crate meets it: one `?` across model builders, `client.api()`, the
//! facade, queries and token providers in a `crashplan::Result` function; two-factor refusals
//! matched by type; `find`; all with the smallest feature set (this package's manifest).

use crashplan::{Client, Error, Method, SecretString, TwoFactor, types};
use crashplan_emulator::{Account, Emulator, Totp};
use futures::TryStreamExt;

/// Everyday code: every error converts into `crashplan::Error`.
async fn everyday(client: &Client) -> crashplan::Result<(i64, usize, String)> {
    // A model builder (its `ConversionError`).
    let body: types::UserCreate = types::UserCreate::builder()
        .org_id(43)
        .username("consumer@example.com".to_owned())
        .first_name("Con".to_owned())
        .last_name("Sumer".to_owned())
        .password(crashplan::api::Secret::from("pw"))
        .try_into()?;
    // The facade.
    let created = client.users().create(body).await?;
    // The generated client (progenitor's error type).
    let fetched = client
        .api()
        .get_user()
        .id(created.id)
        .send()
        .await?
        .into_inner();
    // A filter by name (`InvalidFilter`) and `find` (`QueryError`).
    let active = client
        .users()
        .list()
        .filter("orgId", "43")?
        .find("status = Active and archiveBytes > 10MB")?
        .details()
        .try_collect::<Vec<_>>()
        .await?;
    // Any path, with `crashplan::Method`.
    let raw = client
        .request_json(Method::GET, &format!("/rest/users/{}", fetched.id))
        .send()
        .await?;
    Ok((fetched.id, active.len(), raw["username"].to_string()))
}

#[tokio::test]
async fn question_mark_works_across_layers() {
    let emu = Emulator::builder().spawn().await.expect("emulator");
    let client = Client::builder(emu.base_url())
        .local_account("admin", "admin")
        .build()
        .expect("builds");
    let (id, active, username) = everyday(&client).await.expect("everyday code");
    assert!(id > 0);
    assert_eq!(active, 1, "user 69 of org 43 uses more than 10 MB");
    assert!(username.contains("consumer@example.com"), "{username}");

    // The same errors, each converted by `?`.
    async fn missing_field() -> crashplan::Result<types::UserCreate> {
        Ok(types::UserCreate::builder()
            .org_id(43)
            .first_name("A".to_owned())
            .try_into()?)
    }
    let e = missing_field().await.expect_err("no username");
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");

    async fn api_404(client: &Client) -> crashplan::Result<types::UserDetail> {
        Ok(client
            .api()
            .get_user()
            .id(999_999)
            .send()
            .await?
            .into_inner())
    }
    let e = api_404(&client).await.expect_err("no such user");
    assert!(e.is_not_found(), "{e:?}");
    assert_eq!(
        e.request().map(|r| r.to_string()).as_deref(),
        Some("GET /rest/users/999999"),
        "the request is named whole: {e}"
    );

    let e = client.users().find("archivBytes > 1").expect_err("a typo");
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
}

#[tokio::test]
async fn token_provider_errors_keep_their_source() {
    let emu = Emulator::builder().spawn().await.expect("emulator");
    let client = Client::builder(emu.base_url())
        .token_provider(|| async {
            let ticket: Result<SecretString, std::io::Error> =
                Err(std::io::Error::other("no SSO ticket"));
            ticket.map_err(Error::token_provider)
        })
        .build()
        .expect("builds");
    let e = client.users().get(69).await.expect_err("no token");
    let source = std::error::Error::source(&e).expect("a source");
    assert!(source.downcast_ref::<std::io::Error>().is_some(), "{e:?}");
    assert!(e.to_string().contains("no SSO ticket"), "{e}");
}

#[tokio::test]
async fn two_factor_refusals_match_by_type() {
    let emu = Emulator::builder()
        .account(Account::admin("ops", "pw").with_totp(Totp::TimeBased {
            secret: b"12345678901234567890".to_vec(),
        }))
        .spawn()
        .await
        .expect("emulator");
    let client = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .build()
        .expect("builds");
    match client.users().get(69).await {
        Err(Error::TwoFactor {
            outcome: TwoFactor::CodeRequired,
            ..
        }) => {}
        other => panic!("expected a code to be required, got {other:?}"),
    }
    let client = Client::builder(emu.base_url())
        .local_account("ops", "pw")
        .totp("000000")
        .build()
        .expect("builds");
    let e = client.users().get(69).await.expect_err("a wrong code");
    assert_eq!(e.two_factor(), Some(TwoFactor::CodeRejected), "{e:?}");
}
