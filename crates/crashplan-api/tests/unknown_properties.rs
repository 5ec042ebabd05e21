//! Properties the spec does not name, and `null`s, survive decoding and encoding again.

use crashplan_api::types::{User, UserDetail, UserList};
use serde_json::{Value, json};

#[test]
fn unknown_properties_and_nulls_round_trip_at_every_level() {
    let sent = json!({
        "id": 69, "status": "Active", "orgId": 43, "username": "u3",
        "email": null, "firstName": null, "lastName": "Three",
        "creationDate": "2008-10-28T10:58:47-05:00",
        "modificationDate": "2008-10-28T10:58:47-05:00",
        "archiveBytes": 78213557,
        "userUid": "a1b2c3", "xPolicy": {"since": "2020"}, "bigGuid": 343195742699662015_i64,
        "quota": {"bytes": 150, "seats": 3, "note": null}
    });
    let user: UserDetail = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(
        user.archive_bytes,
        Some(78213557),
        "typed access is unchanged"
    );
    assert_eq!(user.extra["userUid"], "a1b2c3");
    assert_eq!(user.extra["bigGuid"], json!(343195742699662015_i64));
    let quota = user.quota.as_ref().expect("quota");
    assert_eq!(quota.extra["seats"], 3);
    assert_eq!(serde_json::to_value(&user).expect("encodes"), sent);
}

#[test]
fn list_items_keep_unknown_properties_and_convert_from_detail_views() {
    let body = json!({
        "metadata": {"params": {}, "timestamp": "2010-01-01T00:00:00Z", "serverNode": 2},
        "users": [{"id": 1, "status": "Active", "orgId": 2, "email": null,
                   "creationDate": "2010-01-01T00:00:00Z", "modificationDate": "2010-01-01T00:00:00Z",
                   "userUid": "x"}],
        "nextCursor": "abc"
    });
    let list: UserList = serde_json::from_value(body.clone()).expect("decodes");
    assert_eq!(list.extra["nextCursor"], "abc");
    assert_eq!(list.metadata.extra["serverNode"], 2);
    let encoded = serde_json::to_value(&list).expect("encodes");
    assert_eq!(encoded["users"][0]["userUid"], "x");
    assert_eq!(encoded["users"][0]["email"], Value::Null);

    let detail: UserDetail = serde_json::from_value(body["users"][0].clone()).expect("decodes");
    let item = User::from(&detail);
    assert_eq!(item.id, 1);
    assert_eq!(item.extra["userUid"], "x");
}
