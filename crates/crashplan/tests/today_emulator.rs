//! Today's lists through the facade (`client.today()`) against the emulator, which serves
//! them from the spec's examples: every example user, page after page.

mod common;

use futures::TryStreamExt;

#[tokio::test]
async fn todays_users_list_gives_the_example_users_across_pages() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let users: Vec<_> = client
        .today()
        .users()
        .list()
        .items()
        .try_collect()
        .await
        .expect("list");
    let ids: Vec<i64> = users.iter().map(|u| u.user_id).collect();
    assert_eq!(ids, [4107, 4388]);
    // One user a page: three requests (the third, empty, ends the list), the same users.
    let paged = client
        .today()
        .users()
        .list()
        .page_size(1)
        .collect_all()
        .await
        .expect("list");
    let paged: Vec<i64> = paged.iter().map(|u| u.user_id).collect();
    assert_eq!(paged, ids);
    let active = client
        .today()
        .users()
        .list()
        .active(true)
        .collect_all()
        .await
        .expect("list");
    assert_eq!(active.len(), 1);
    assert_eq!(
        active[0].username.as_deref(),
        Some("ada.moreau@northwind.example")
    );
}

#[tokio::test]
async fn todays_devices_and_orgs_list_from_the_examples() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let devices = client
        .today()
        .devices()
        .list()
        .collect_all()
        .await
        .expect("devices");
    assert!(!devices.is_empty());
    let orgs = client
        .today()
        .orgs()
        .list()
        .collect_all()
        .await
        .expect("orgs");
    assert!(!orgs.is_empty());
}

#[tokio::test]
async fn todays_raw_items_are_the_servers_items_from_the_data_envelope() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let typed = client
        .today()
        .users()
        .list()
        .collect_all()
        .await
        .expect("typed");
    // One user a page: the raw path pages like the typed one and reads `data.users`.
    let raw: Vec<_> = client
        .today()
        .users()
        .list()
        .page_size(1)
        .raw_items()
        .try_collect()
        .await
        .expect("raw");
    assert_eq!(raw.len(), typed.len());
    for (raw, typed) in raw.iter().zip(&typed) {
        let decoded: crashplan::types::V1User = raw.decode().expect("decodes");
        assert_eq!(&decoded, typed);
        let value: serde_json::Value = serde_json::from_str(raw.as_str()).expect("JSON");
        assert_eq!(value["userId"], typed.user_id);
    }
}

#[tokio::test]
async fn todays_users_resolve_by_uid_id_email_and_username() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let users = client.today().users();
    for name in [
        "1042870315662904117",
        "4107",
        " 4107 ",
        "ada.moreau@northwind.example",
    ] {
        let user = users.resolve(name).await.expect(name);
        assert_eq!(user.user_id, 4107, "{name}");
        assert_eq!(user.user_uid, "1042870315662904117", "{name}");
    }
    let bram = users.resolve("1051937720480016642").await.expect("uid");
    assert_eq!(bram.user_id, 4388);
}

#[tokio::test]
async fn todays_users_resolve_fails_typed_naming_what_was_looked_for() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let users = client.today().users();
    for (name, by) in [
        ("nobody@northwind.example", "the email or username"),
        ("nobody", "the username"),
        ("999999", "the uid, id or username"),
    ] {
        let err = users.resolve(name).await.expect_err(name);
        assert!(err.is_not_found(), "{name}: {err}");
        match &err {
            crashplan::Error::Lookup {
                what,
                by: got,
                name: looked,
                found,
            } => {
                assert_eq!(
                    (*what, *got, looked.as_str(), *found),
                    ("user", by, name, 0)
                );
            }
            other => panic!("{name}: not a lookup error: {other:?}"),
        }
        let text = err.to_string();
        assert!(text.contains(name), "{text}");
    }
    let err = users.resolve("  ").await.expect_err("blank");
    assert!(
        matches!(err, crashplan::Error::InvalidInput { .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn todays_devices_resolve_by_guid_and_id() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let devices = client.today().devices();
    for name in ["1043017702251888104", "88120"] {
        let device = devices.resolve(name).await.expect(name);
        assert_eq!(device.computer_id, 88120, "{name}");
        assert_eq!(device.guid, "1043017702251888104", "{name}");
    }
    let bram = devices.resolve("90544").await.expect("id");
    assert_eq!(bram.guid, "1051938011470259617");
    for name in ["12345", "no-such-guid"] {
        let err = devices.resolve(name).await.expect_err(name);
        assert!(err.is_not_found(), "{name}: {err}");
        assert!(
            matches!(
                &err,
                crashplan::Error::Lookup {
                    what: "device",
                    found: 0,
                    ..
                }
            ),
            "{err:?}"
        );
    }
}

#[tokio::test]
async fn todays_orgs_resolve_by_uid_id_guid_and_name() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let orgs = client.today().orgs();
    for name in [
        "1049001846377311758",
        "2231",
        "c2a84e10-6b7d-4f3e-9a15-d08f3b61e7a9",
        "C2A84E10-6B7D-4F3E-9A15-D08F3B61E7A9",
        "Northwind Field Sales",
        "northwind field sales",
    ] {
        let org = orgs.resolve(name).await.expect(name);
        assert_eq!(org.org_id, 2231, "{name}");
    }
    let err = orgs.resolve("Southwind").await.expect_err("none");
    assert!(err.is_not_found(), "{err}");
    assert!(err.to_string().contains("Southwind"), "{err}");
}
