//! `find` in the library: pushdown of equality tests, local evaluation, detail views only when
//! the query needs them, limits counting matches, and errors that convert into `Error`.

mod common;

use crashplan::find::Record;
use crashplan::{Error, Status};
use futures::TryStreamExt;

#[tokio::test]
async fn find_pushes_filters_down_and_tests_the_rest() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let query =
        r#"status = Active and orgId = 43 and archiveBytes > 10MB and email ~ "@testorg.org""#;
    let found = client.users().find(query).expect("parses");
    assert!(found.needs_detail());
    assert_eq!(found.list().filters().org_id, Some(43));
    assert_eq!(found.list().filters().status, Some(Status::Active));
    let users: Vec<_> = found.details().try_collect().await.expect("finds");
    assert_eq!(users.iter().map(|u| u.id).collect::<Vec<_>>(), [69]);
    let listed = emu
        .requests()
        .into_iter()
        .find(|r| r.path == "/rest/users")
        .expect("a list request");
    let sent = listed.query.unwrap_or_default();
    assert!(
        sent.contains("orgId=43") && sent.contains("status=Active"),
        "{sent}"
    );

    // The same matches as list views.
    let items: Vec<_> = client
        .users()
        .find(query)
        .expect("parses")
        .items()
        .try_collect()
        .await
        .expect("finds");
    assert_eq!(items.iter().map(|u| u.id).collect::<Vec<_>>(), [69]);
}

#[tokio::test]
async fn list_view_queries_fetch_details_only_of_matches() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let found = client
        .users()
        .list()
        .page_size(2)
        .find("lastName ~ t and orgId = 43")
        .expect("parses");
    assert!(!found.needs_detail());
    let records: Vec<_> = found.clone().records().try_collect().await.expect("finds");
    assert!(records.iter().all(|r| matches!(r, Record::Item(_))));
    assert_eq!(records.len(), 2, "Two and Three: {records:?}");
    let before = emu.requests().len();
    let details: Vec<_> = found.limit(1).details().try_collect().await.expect("finds");
    assert_eq!(details.len(), 1);
    let detail_requests = emu.requests()[before..]
        .iter()
        .filter(|r| r.path.starts_with("/rest/users/"))
        .count();
    assert_eq!(detail_requests, 1, "one detail request: the one match kept");
}

#[tokio::test]
async fn bad_queries_are_invalid_input_with_the_position() {
    let emu = common::emulator().await;
    let client = common::admin(&emu);
    let err = client
        .users()
        .find("status = Active and archivBytes > 10MB")
        .expect_err("a typo");
    let Error::InvalidInput { message, source } = &err else {
        panic!("{err:?}")
    };
    assert!(message.contains("archivBytes"), "{message}");
    let query_err = source
        .as_ref()
        .and_then(|s| s.downcast_ref::<crashplan::query::QueryError>())
        .expect("the QueryError is the source");
    assert_eq!(query_err.column(), 21);
    assert!(emu.requests().is_empty(), "nothing sent");
}
