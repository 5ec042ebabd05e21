//! Every public operation over real HTTP against the in-process emulator.

mod common;

use crashplan::types::{OrgCreate, OrgUpdate, UserCreate, UserUpdate};
use crashplan::{DetailsExt, PagingStyle, Status};
use futures::TryStreamExt;
use reqwest::Method;

#[tokio::test]
async fn users_list_get_create_update_deactivate_reactivate() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let users = client.users();

    let active = users
        .list()
        .org_id(43)
        .status(Status::Active)
        .collect_all()
        .await
        .expect("list");
    let emails: Vec<_> = active.iter().filter_map(|u| u.email.clone()).collect();
    assert!(
        emails.contains(&"userthree@testorg.org".to_string()),
        "{emails:?}"
    );
    assert!(
        active
            .iter()
            .all(|u| u.org_id == 43 && u.status == "Active")
    );

    let by_email = users
        .list()
        .email("userthree@testorg.org")
        .collect_all()
        .await
        .expect("by email");
    assert_eq!(by_email.len(), 1);
    let one = &by_email[0];
    for list in [
        users.list().id(one.id),
        users
            .list()
            .first_name(one.first_name.clone().unwrap_or_default()),
        users
            .list()
            .last_name(one.last_name.clone().unwrap_or_default()),
    ] {
        let found = list.collect_all().await.expect("filtered list");
        assert!(found.iter().any(|u| u.id == one.id));
    }

    let detail = users.get(69).await.expect("get");
    assert_eq!(detail.id, 69);
    assert!(detail.archive_bytes.unwrap_or(0) > 10 * 1024 * 1024);

    let body: UserCreate = UserCreate::builder()
        .org_id(43)
        .username("newbie".to_owned())
        .email("newbie@testorg.org".to_owned())
        .first_name("New".to_owned())
        .last_name("Bie".to_owned())
        .password(crashplan::api::Secret::from("pw-newbie"))
        .try_into()
        .expect("a complete body");
    let created = users.create(body).await.expect("create");
    assert_eq!(created.email.as_deref(), Some("newbie@testorg.org"));

    let renamed = users
        .update(
            created.id,
            UserUpdate::builder()
                .first_name("Renamed".to_owned())
                .try_into()
                .expect("a body"),
        )
        .await
        .expect("update");
    assert_eq!(renamed.first_name.as_deref(), Some("Renamed"));

    let off = users.deactivate(created.id).await.expect("deactivate");
    assert_eq!(off.status, Status::Deactivated);
    let on = users.reactivate(created.id).await.expect("reactivate");
    assert!(on.status.is_active());
}

#[tokio::test]
async fn orgs_list_get_create_update_deactivate_reactivate() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let orgs = client.orgs();
    let all = orgs.list().collect_all().await.expect("list");
    assert!(all.iter().any(|o| o.id == 43));
    let org43 = orgs.get(43).await.expect("get");
    let named = orgs
        .list()
        .name(org43.name.clone())
        .status(Status::Active)
        .collect_all()
        .await
        .expect("by name");
    assert!(named.iter().any(|o| o.id == 43));

    let created = orgs
        .create(
            OrgCreate::builder()
                .name("Sub".to_owned())
                .parent_id(43)
                .try_into()
                .expect("a body"),
        )
        .await
        .expect("create");
    let children = orgs
        .list()
        .parent_id(43)
        .collect_all()
        .await
        .expect("children");
    assert!(children.iter().any(|o| o.id == created.id));
    let updated = orgs
        .update(
            created.id,
            OrgUpdate::builder()
                .name("Sub2".to_owned())
                .try_into()
                .expect("a body"),
        )
        .await
        .expect("update");
    assert_eq!(updated.name, "Sub2");
    let off = orgs.deactivate(created.id).await.expect("deactivate");
    assert_eq!(off.status, "Deactivated");
    let on = orgs.reactivate(created.id).await.expect("reactivate");
    assert_eq!(on.status, "Active");
}

#[tokio::test]
async fn computers_usages_mount_points_stats_and_archive_records() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);

    let computers = client
        .computers()
        .list()
        .collect_all()
        .await
        .expect("computers");
    let first = computers.first().expect("the doc data has computers");
    let detail = client
        .computers()
        .get(first.id)
        .await
        .expect("computer detail");
    assert_eq!(detail.guid, first.guid);
    for filtered in [
        client.computers().list().id(first.id),
        client.computers().list().guid(first.guid),
        client.computers().list().user_id(first.user_id),
        client.computers().list().name(first.name.clone()),
        client.computers().list().status(first.status.clone()),
    ] {
        let found = filtered.collect_all().await.expect("filtered computers");
        assert!(found.iter().any(|c| c.id == first.id));
    }

    let usages = client
        .usages()
        .list()
        .user_id(first.user_id)
        .collect_all()
        .await
        .expect("usages");
    assert!(
        usages
            .iter()
            .all(|u| u.source_id == first.id || u.source_id != 0)
    );
    let _ = client
        .usages()
        .list()
        .org_id(43)
        .collect_all()
        .await
        .expect("usages by org");

    let cu = client
        .computer_usage()
        .list()
        .source_id(first.id)
        .collect_all()
        .await
        .expect("computer usage");
    for f in [
        client.computer_usage().list().source_guid(first.guid),
        client.computer_usage().list().target_id(1),
        client.computer_usage().list().target_guid(1),
    ] {
        f.collect_all().await.expect("computer usage filters");
    }
    assert!(cu.iter().all(|r| r.source_id == first.id));

    let mps = client
        .mount_points()
        .list()
        .collect_all()
        .await
        .expect("mount points");
    let mp = mps.first().expect("a mount point");
    let mpd = client
        .mount_points()
        .get(mp.id)
        .await
        .expect("mount point detail");
    assert_eq!(mpd.name, mp.name);
    let by = client
        .mount_points()
        .list()
        .id(mp.id)
        .name(mp.name.clone())
        .status(mp.status.clone())
        .type_(mp.type_.clone())
        .collect_all()
        .await
        .expect("mount point filters");
    assert_eq!(by.len(), 1);
    for f in [
        client.mount_points().list().volume_label("none"),
        client.mount_points().list().note("none"),
    ] {
        f.collect_all().await.expect("mount point filters");
    }

    let stats = client.server_stats().get().await.expect("server stats");
    assert!(stats.org_count.unwrap_or(0) >= 1);

    let records = client
        .archive_records()
        .list()
        .user_id(69)
        .collect_all()
        .await
        .expect("records");
    assert!(records.iter().all(|r| r.user_id == Some(69)));
    let recent = client
        .archive_records()
        .list()
        .user_id(69)
        .days_back(1)
        .collect_all()
        .await
        .expect("days back");
    assert!(recent.len() <= records.len());
    for f in [
        client.archive_records().list().org_id(43),
        client.archive_records().list().source_id(first.id),
        client.archive_records().list().source_guid(first.guid),
        client.archive_records().list().target_id(1),
        client.archive_records().list().target_guid(1),
    ] {
        f.collect_all().await.expect("archive record filters");
    }
}

#[tokio::test]
async fn details_fan_out_keeps_order_or_not() {
    let emu = common::start(
        crashplan_emulator::Emulator::builder().scale(crashplan_emulator::Scale::users(300)),
    )
    .await;
    let client = common::admin(&emu);
    let listed = client
        .users()
        .list()
        .limit(120)
        .collect_all()
        .await
        .expect("list");
    let ordered: Vec<_> = client
        .users()
        .list()
        .limit(120)
        .page_size(50)
        .items()
        .details(&client, 8)
        .try_collect()
        .await
        .expect("details");
    assert_eq!(
        ordered.iter().map(|d| d.id).collect::<Vec<_>>(),
        listed.iter().map(|u| u.id).collect::<Vec<_>>()
    );
    let mut unordered: Vec<i64> = client
        .users()
        .list()
        .limit(120)
        .items()
        .details_unordered(&client, 8)
        .map_ok(|d| d.id)
        .try_collect()
        .await
        .expect("unordered details");
    unordered.sort_unstable();
    let mut ids: Vec<i64> = listed.iter().map(|u| u.id).collect();
    ids.sort_unstable();
    assert_eq!(unordered, ids);

    let orgs: Vec<_> = client
        .orgs()
        .list()
        .limit(3)
        .items()
        .details(&client, 2)
        .try_collect()
        .await
        .expect("org details");
    assert_eq!(orgs.len(), 3);
    let comps: Vec<_> = client
        .computers()
        .list()
        .limit(3)
        .items()
        .details(&client, 2)
        .try_collect()
        .await
        .expect("computer details");
    assert_eq!(comps.len(), 3);
    let mps: Vec<_> = client
        .mount_points()
        .list()
        .items()
        .details(&client, 2)
        .try_collect()
        .await
        .expect("mp details");
    assert!(!mps.is_empty());
}

#[tokio::test]
async fn deactivate_many_and_bulk_report_per_item() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let outcomes = client.users().deactivate_many([67, 68, 999_999]).await;
    assert_eq!(
        outcomes.iter().map(|o| o.input).collect::<Vec<_>>(),
        vec![67, 68, 999_999]
    );
    assert!(outcomes[0].is_ok() && outcomes[1].is_ok());
    assert!(
        outcomes[2]
            .result
            .as_ref()
            .is_err_and(crashplan::Error::is_not_found)
    );
    let orgs = client.orgs().deactivate_many([999_998]).await;
    assert!(
        orgs[0]
            .result
            .as_ref()
            .is_err_and(crashplan::Error::is_not_found)
    );
}

#[tokio::test]
async fn raw_requests_and_the_generated_client() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let resp = client
        .request_json(Method::GET, "/rest/users")
        .query(&[("orgId", "43"), ("status", "Active")])
        .send()
        .await
        .expect("raw list");
    assert_eq!(resp.status, 200);
    assert!(resp["users"][0]["id"].is_i64());
    assert!(resp.get("metadata").is_some());
    assert!(resp.text.starts_with('{'));
    let list: crashplan::types::UserList = resp.decode().expect("decodes");
    assert!(!list.users.is_empty());
    assert!(resp["missing"].is_null());

    let put = client
        .request_json(Method::PUT, "rest/users/68")
        .body(&serde_json::json!({"lastName": "Raw"}))
        .send()
        .await
        .expect("raw put");
    assert_eq!(put["lastName"], "Raw");

    let api = client
        .api()
        .get_user()
        .id(69)
        .send()
        .await
        .expect("generated client, authenticated");
    assert_eq!(api.status(), 200);
    assert_eq!(api.into_inner().id, 69);
}

#[tokio::test]
async fn page_number_paging_and_prefetch_read_the_same_users() {
    let emu = common::start(
        crashplan_emulator::Emulator::builder().scale(crashplan_emulator::Scale::users(250)),
    )
    .await;
    let client = common::admin(&emu);
    let base: Vec<i64> = client
        .users()
        .list()
        .page_size(40)
        .collect_all()
        .await
        .expect("offset")
        .iter()
        .map(|u| u.id)
        .collect();
    for (style, prefetch) in [
        (PagingStyle::PageNumber, false),
        (PagingStyle::OffsetLimit, true),
        (PagingStyle::PageNumber, true),
        (PagingStyle::Unpaged, false),
    ] {
        let ids: Vec<i64> = client
            .users()
            .list()
            .page_size(40)
            .paging(style)
            .prefetch(prefetch)
            .items()
            .map_ok(|u| u.id)
            .try_collect()
            .await
            .expect("list");
        assert_eq!(ids, base, "{style:?} prefetch={prefetch}");
    }
}

#[tokio::test]
async fn bulk_reports_progress_and_honours_a_cancellation_token() {
    use std::sync::{Arc, Mutex};
    let emu = common::start(crashplan_emulator::Emulator::builder().faults(
        crashplan_emulator::Faults {
            latency: crashplan_emulator::Latency::Fixed(std::time::Duration::from_millis(20)),
            ..crashplan_emulator::Faults::none()
        },
    ))
    .await;
    let client = common::admin(&emu);
    client.authenticate().await.expect("login");
    let token = tokio_util::sync::CancellationToken::new();
    let progress = Arc::new(Mutex::new(Vec::new()));
    let (p, t) = (Arc::clone(&progress), token.clone());
    let users = client.users();
    let outcomes = client
        .bulk(vec![67, 68, 69, 67, 68, 69, 67, 68])
        .concurrency(1)
        .on_progress(move |pr| {
            p.lock().expect("lock").push(pr);
            if pr.done == 2 {
                t.cancel();
            }
        })
        .cancel_on(token.cancelled_owned())
        .run(move |id| {
            let users = users.clone();
            async move { users.get(id).await }
        })
        .await;
    assert_eq!(outcomes.len(), 8);
    assert!(outcomes[..2].iter().all(|o| o.is_ok()));
    assert!(outcomes[2..].iter().all(|o| o.is_cancelled()));
    let progress = progress.lock().expect("lock");
    assert_eq!(progress.len(), 2);
    assert_eq!(
        (progress[1].done, progress[1].total, progress[1].failed),
        (2, 8, 0)
    );
}
