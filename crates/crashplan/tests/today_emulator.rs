//! Today's lists through the facade (`client.today()`) against the emulator, which serves
//! them from the state it shares with the 2010 API: every user of the doc data, page after
//! page.

mod common;

use futures::TryStreamExt;

#[tokio::test]
async fn todays_users_list_gives_the_doc_users_across_pages() {
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
    assert_eq!(ids, [67, 68, 69, 70, 71]);
    // One user a page: six requests (the sixth, empty, ends the list), the same users.
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
    assert_eq!(active.len(), 5);
    assert_eq!(active[0].username.as_deref(), Some("userone@testorg.org"));
}

#[tokio::test]
async fn todays_devices_and_orgs_list_from_the_store() {
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
    // The emulator's `userUid` of user `id` is `1040000000000000000 + id` (its README).
    for name in ["1040000000000000067", "67", " 67 ", "userone@testorg.org"] {
        let user = users.resolve(name).await.expect(name);
        assert_eq!(user.user_id, 67, "{name}");
        assert_eq!(user.user_uid, "1040000000000000067", "{name}");
    }
    let other = users.resolve("1040000000000000070").await.expect("uid");
    assert_eq!(other.user_id, 70);
    assert_eq!(other.email.as_deref(), Some("user1@example.com"));
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
    // The doc's computer 2 and two synthetic ones (1000 and 1001, GUIDs above 2^53).
    let emu = common::start(
        crashplan_emulator::Emulator::builder().scale(crashplan_emulator::Scale::users(2)),
    )
    .await;
    let client = common::admin(&emu);
    let devices = client.today().devices();
    // A device's GUID is the 2010 computer GUID in decimal.
    for name in ["343195742699662015", "2", " 2 "] {
        let device = devices.resolve(name).await.expect(name);
        assert_eq!(device.computer_id, 2, "{name}");
        assert_eq!(device.guid, "343195742699662015", "{name}");
    }
    // A synthetic device, as the listing shows it: by id, then by its GUID, every digit kept.
    let listed = devices.list().collect_all().await.expect("devices");
    let synthetic = listed
        .iter()
        .find(|d| d.computer_id == 1001)
        .expect("synthetic device 1001 is listed");
    assert!(
        synthetic.guid.parse::<u64>().expect("digits") > 1 << 53,
        "{}",
        synthetic.guid
    );
    let by_id = devices.resolve("1001").await.expect("id");
    assert_eq!(by_id.guid, synthetic.guid);
    let by_guid = devices.resolve(&synthetic.guid).await.expect("guid");
    assert_eq!(by_guid.computer_id, 1001);
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
    // The org's GUID as the emulator derives it (a hash of the id): read from its listing.
    let listed = orgs.list().collect_all().await.expect("orgs");
    let guid = listed
        .iter()
        .find(|o| o.org_id == 43)
        .map(|o| o.org_guid.clone())
        .expect("org 43 is listed");
    // The emulator's `orgUid` of org `id` is `1050000000000000000 + id` (its README).
    for name in [
        "1050000000000000043",
        "43",
        guid.as_str(),
        guid.to_uppercase().as_str(),
        "SubOrg1",
        "suborg1",
    ] {
        let org = orgs.resolve(name).await.expect(name);
        assert_eq!(org.org_id, 43, "{name}");
        assert_eq!(org.org_guid, guid, "{name}");
    }
    let err = orgs.resolve("Southwind").await.expect_err("none");
    assert!(err.is_not_found(), "{err}");
    assert!(err.to_string().contains("Southwind"), "{err}");
}
