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
