//! Response bodies built from the generated `crashplan_api::types`: values finished from the
//! generated builders, and list envelopes written item by item.
//!
//! What the spec says about the shape of a body lives in the generated code, not here: list
//! views come from the generated `From<&Detail>` conversions (`User::from(&detail)`), absent
//! nullable properties serialise as `null` and unknown properties (`extra`) are kept by the
//! generated serde code.

use std::fmt::Display;
use std::io::Write as _;

use crashplan_api::types::ListMetadata;
use serde::Serialize;

use crate::error::Failure;

/// Content type of every JSON answer (as the reference shows it).
pub(crate) const JSON_CONTENT_TYPE: &str = "application/json;charset=UTF-8";

/// Finishes a generated builder (`types::UserDetail::builder()...`) in a request: a failure
/// means the spec requires a property the emulator does not set, a 500 naming it.
pub(crate) fn finish<T, B>(builder: B) -> Result<T, Failure>
where
    B: TryInto<T>,
    B::Error: Display,
{
    builder.try_into().map_err(|e| {
        Failure::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            format!("the emulator does not fill a property the spec requires: {e}"),
        )
    })
}

/// Finishes a generated builder whose shape was already checked when the emulator started
/// ([`crate::synthetic::Synthetic::check`] builds one of every synthetic item): whether a
/// builder succeeds depends only on which properties it sets, never on their values, so
/// this cannot fail after that check.
pub(crate) fn checked<T, B>(builder: B) -> T
where
    B: TryInto<T>,
    B::Error: Display,
{
    // Unreachable after the start-up check (see above); a panic here names the defect.
    #[allow(clippy::panic)]
    builder
        .try_into()
        .unwrap_or_else(|e| panic!("a synthetic item misses a property the spec requires: {e}"))
}

/// Appends the JSON of one item.
pub(crate) fn write_item<T: Serialize>(buf: &mut Vec<u8>, item: &T) {
    // Serialising generated types or JSON values into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, item);
}

/// The JSON body of one item.
pub(crate) fn item_body<T: Serialize>(item: &T) -> Vec<u8> {
    let mut buf = Vec::with_capacity(512);
    write_item(&mut buf, item);
    buf
}

/// Writes `{"metadata": ..., "<key>": [items]}`: the envelope of the generated `*List`
/// types, serialised one item at a time so that only the page is ever materialised.
/// `metadata.count` is set to the number of items written.
pub(crate) fn list_body<T, I>(mut metadata: ListMetadata, key: &str, items: I) -> Vec<u8>
where
    T: Serialize,
    I: Iterator<Item = T>,
{
    let mut items_buf = Vec::with_capacity(4096);
    let mut count: i64 = 0;
    for item in items {
        if count > 0 {
            items_buf.push(b',');
        }
        write_item(&mut items_buf, &item);
        count += 1;
    }
    metadata.count = Some(count);
    let mut buf = Vec::with_capacity(items_buf.len() + 256);
    buf.extend_from_slice(b"{\"metadata\":");
    let _ = serde_json::to_writer(&mut buf, &metadata);
    buf.extend_from_slice(b",\"");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b"\":[");
    buf.extend_from_slice(&items_buf);
    buf.extend_from_slice(b"]}");
    buf
}

/// Where today's list answer puts its page: `{"metadata": .., "<envelope>": {"<total>": N,
/// "<items_key>": [..]}}`, names from the spec's list table.
pub(crate) struct Page {
    /// `data`.
    pub(crate) envelope: &'static str,
    /// `totalCount`.
    pub(crate) total: &'static str,
    /// `users`, `computers`, ...
    pub(crate) items_key: &'static str,
    /// How many items match the query, on every page.
    pub(crate) matching: usize,
}

/// Writes today's list answer (see [`Page`]), one item at a time like [`list_body`].
pub(crate) fn paged_body<T, I>(metadata: ListMetadata, page: Page, items: I) -> Vec<u8>
where
    T: Serialize,
    I: Iterator<Item = T>,
{
    let mut buf = Vec::with_capacity(4096);
    buf.extend_from_slice(b"{\"metadata\":");
    let _ = serde_json::to_writer(&mut buf, &metadata);
    let _ = write!(
        buf,
        ",\"{}\":{{\"{}\":{},\"{}\":[",
        page.envelope, page.total, page.matching, page.items_key
    );
    for (i, item) in items.enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write_item(&mut buf, &item);
    }
    buf.extend_from_slice(b"]}}");
    buf
}

/// List metadata echoing the query parameters (the count is set by [`list_body`]).
pub(crate) fn metadata(
    params: serde_json::Map<String, serde_json::Value>,
) -> Result<ListMetadata, Failure> {
    finish(
        ListMetadata::builder()
            .params(params)
            .timestamp(crate::state::now()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crashplan_api::types::{OrgDetail, User, UserDetail, UserList};

    #[test]
    fn list_body_is_a_user_list_with_count() {
        let user: UserDetail = serde_json::from_str(include_str!(
            "../../../spec/examples/UserDetail.get-user-69.json"
        ))
        .expect("fixture");
        let items = [User::from(&user), User::from(&user)];
        let body = list_body(
            metadata(serde_json::Map::new()).expect("metadata"),
            "users",
            items.iter(),
        );
        let list: UserList = serde_json::from_slice(&body).expect("a UserList");
        assert_eq!(list.users.len(), 2);
        assert_eq!(list.metadata.count, Some(2));
    }

    #[test]
    fn absent_nullables_are_null() {
        let org: OrgDetail = serde_json::from_str(include_str!(
            "../../../spec/examples/OrgDetail.get-org-43.json"
        ))
        .expect("fixture");
        let body: serde_json::Value = serde_json::from_slice(&item_body(&org)).expect("json");
        assert_eq!(body["masterGuid"], serde_json::Value::Null);
        assert!(body.as_object().expect("object").contains_key("masterGuid"));
    }
}
