//! Lists as the server sent them: [`List::raw_items`] yields each item's JSON text, cut out of
//! the page's body without decoding a field, for callers that pass the items on (the CLI's
//! JSON output) rather than read them.
//!
//! A page is parsed once to find where each item begins and ends (and to check that the body
//! is JSON): every property, every digit of a number and the order of the server's keys are
//! kept, because nothing is decoded and encoded again. The items share the page's body
//! (reference counted), so cutting them out copies nothing.

use std::fmt;

use bytes::Bytes;
use crashplan_api::types::ListMetadata;
use futures::future::BoxFuture;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::Client;
use crate::error::{Error, RequestInfo, Result, snippet};
use crate::paging::{FetchPage, Items, PageAnswer, PageRequest, Pages, paginate};
use crate::pipeline::{CallOptions, Expect, ParseOnce};
use crate::raw::{json_request, send_ok};
use crate::resources::{List, ListQuery, native_page};

/// One item of a list as the server sent it: the JSON text of the item (usually an object),
/// with the server's key order, spacing and digits. From [`List::raw_items`].
///
/// ```no_run
/// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
/// use futures::TryStreamExt as _;
/// let mut users = client.users().list().raw_items();
/// while let Some(user) = users.try_next().await? {
///     println!("{}", user.as_str());
///     // A field when one is needed, decoded from the text:
///     let typed: crashplan::types::User = user.decode()?;
///     # let _ = typed;
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RawItem(Bytes);

impl RawItem {
    /// The item's JSON text, as bytes (valid UTF-8).
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The item's JSON text. Checks the UTF-8 again (the page's parser did already); use
    /// [`as_bytes`](Self::as_bytes) to pass the text on without that pass.
    pub fn as_str(&self) -> &str {
        // The page's parser checked that the whole item is UTF-8 (`serde_json` refuses raw
        // values that are not), so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Decodes the item, e.g. into its generated type or a `serde_json::Value`.
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.0).map_err(|e| Error::Decode {
            request: RequestInfo::get("(raw item)"),
            status: reqwest::StatusCode::OK,
            json_path: ".".into(),
            message: e.to_string(),
            body_snippet: snippet(&self.0),
            malformed: false,
        })
    }
}

impl fmt::Debug for RawItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RawItem")
            .field(&String::from_utf8_lossy(&self.0))
            .finish()
    }
}

impl AsRef<[u8]> for RawItem {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl<Q: ListQuery> List<Q> {
    /// A lazy stream of pages whose items are the server's JSON text ([`RawItem`]), paged
    /// like [`pages`](Self::pages).
    pub fn raw_pages(self) -> Pages<RawItem> {
        let Self {
            client,
            paging,
            filters,
        } = self;
        let client_memory = client.pipeline().page_memory();
        let fetch: FetchPage<RawItem> =
            Box::new(move |page| fetch::<Q>(client.clone(), filters.clone(), page));
        let memory = client_memory;
        paginate(RequestInfo::get(Q::PATH), fetch, paging, memory)
    }

    /// A lazy stream of items as the server sent them: each item's JSON text, every property
    /// and digit kept, in the server's key order; nothing is decoded. The fastest way to pass
    /// a list on (the CLI's `--format json|jsonl` uses it); [`RawItem::decode`] gives a typed
    /// item when a field is needed after all.
    pub fn raw_items(self) -> Items<RawItem> {
        self.raw_pages().items()
    }
}

/// Asks for one page of `Q` with `filters` and cuts its items out of the body.
fn fetch<Q: ListQuery>(
    client: Client,
    filters: Q,
    page: PageRequest,
) -> BoxFuture<'static, Result<PageAnswer<RawItem>>> {
    Box::pin(async move {
        let info = RequestInfo::get(Q::PATH);
        let page = native_page(page, Q::STYLES, &info)?;
        let builder = json_request(&client, reqwest::Method::GET, Q::PATH);
        let request = filters
            .raw_query(page, builder)
            .build()
            .map_err(|e| Error::from_reqwest(info.clone(), e))?;
        // Where the items sit (`data.users` with `data.totalCount` on today's lists), as the
        // spec's tables say.
        let list = crashplan_api::spec::API
            .operation(Q::OPERATION_ID)
            .and_then(|op| op.list.as_ref());
        let shape = Shape {
            key: Q::ITEMS_KEY,
            envelope: list.and_then(|l| l.envelope),
            total: list.and_then(|l| l.total),
        };
        // The pipeline's check that the answer is JSON is this page's split: one parse per
        // body. A body that is not JSON is asked for again, as for typed lists.
        let split = ParseOnce::new(|body: &Bytes| split_page(body, shape));
        let resp = send_ok(
            &client,
            info.clone(),
            request,
            CallOptions::default(),
            Expect::Parsed(&split),
        )
        .await?;
        let status = resp.status();
        let body = resp.into_body();
        // A success answer was checked; `None` cannot happen, but costs only a parse.
        let parsed = split.take().unwrap_or_else(|| split_page(&body, shape));
        let page = parsed.map_err(|e| Error::Decode {
            request: info,
            status,
            json_path: ".".into(),
            message: e.to_string(),
            body_snippet: snippet(&body),
            malformed: !e.is_data() || !crate::error::is_json(&body),
        })?;
        Ok(page)
    })
}

/// Where a page's items are: under `key`, inside the object `envelope` if there is one, beside
/// the total `total` (else the total is `metadata.count`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    pub(crate) key: &'static str,
    pub(crate) envelope: Option<&'static str>,
    pub(crate) total: Option<&'static str>,
}

impl Shape {
    /// A 2010 page: `{"metadata": .., "<key>": [..]}`.
    #[cfg(test)]
    fn plain(key: &'static str) -> Self {
        Self {
            key,
            envelope: None,
            total: None,
        }
    }
}

/// The items, the metadata and the announced total of a page's body.
pub(crate) fn split_page(
    body: &Bytes,
    shape: Shape,
) -> std::result::Result<PageAnswer<RawItem>, serde_json::Error> {
    let (spans, metadata, total) = {
        let mut de = serde_json::Deserializer::from_slice(body);
        let page = PageSeed { shape, outer: true }
            .deserialize(&mut de)
            .and_then(|page| de.end().map(|()| page))?;
        let base = body.as_ptr() as usize;
        let spans: Vec<(usize, usize)> = page
            .items
            .iter()
            .map(|item| {
                let text = item.get();
                let start = text.as_ptr() as usize - base;
                (start, start + text.len())
            })
            .collect();
        let total = match shape.total {
            Some(_) => page.total,
            None => page.metadata.as_ref().and_then(|m| m.count),
        };
        (spans, page.metadata, total)
    };
    let items = spans
        .into_iter()
        .map(|(start, end)| RawItem(body.slice(start..end)))
        .collect();
    let total = total.and_then(|count| u64::try_from(count).ok());
    Ok((items, metadata, total))
}

/// The page's envelope: the item texts borrowed from the body, the metadata decoded.
struct RawPage<'a> {
    items: Vec<&'a RawValue>,
    metadata: Option<ListMetadata>,
    total: Option<i64>,
}

/// Reads a page of `shape`: the outer object, or the envelope inside it (`outer: false`).
struct PageSeed {
    shape: Shape,
    outer: bool,
}

impl<'de> DeserializeSeed<'de> for PageSeed {
    type Value = RawPage<'de>;
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PageSeed {
    type Value = RawPage<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.outer, self.shape.envelope) {
            (true, Some(envelope)) => write!(f, "a list object with `{envelope}`"),
            _ => write!(f, "a list object with `metadata` and `{}`", self.shape.key),
        }
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let key = self.shape.key;
        // The items are here unless an envelope holds them.
        let here = !(self.outer && self.shape.envelope.is_some());
        let mut items = None;
        let mut inner: Option<RawPage<'de>> = None;
        let mut metadata = None;
        let mut total = None;
        while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if here && name == key {
                if items.is_some() {
                    return Err(de::Error::duplicate_field(key));
                }
                items = Some(map.next_value::<Vec<&'de RawValue>>()?);
            } else if !here && Some(name.as_ref()) == self.shape.envelope {
                if inner.is_some() {
                    return Err(de::Error::duplicate_field(
                        self.shape.envelope.unwrap_or("data"),
                    ));
                }
                inner = Some(map.next_value_seed(PageSeed {
                    shape: self.shape,
                    outer: false,
                })?);
            } else if here && Some(name.as_ref()) == self.shape.total {
                total = map.next_value::<Option<i64>>()?;
            } else if self.outer && name == "metadata" {
                if metadata.is_some() {
                    return Err(de::Error::duplicate_field("metadata"));
                }
                metadata = Some(map.next_value::<ListMetadata>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if let Some(inner) = inner {
            return Ok(RawPage { metadata, ..inner });
        }
        if !here {
            return Err(de::Error::missing_field(
                self.shape.envelope.unwrap_or("data"),
            ));
        }
        // A 2010 page always carries its metadata; today's pages need not.
        if self.shape.envelope.is_none() && metadata.is_none() {
            return Err(de::Error::missing_field("metadata"));
        }
        Ok(RawPage {
            items: items.ok_or_else(|| de::Error::missing_field(key))?,
            metadata,
            total,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = r#""metadata":{"count":2,"params":{},"timestamp":"2024-01-01T00:00:00Z"}"#;

    #[test]
    fn items_are_cut_out_verbatim() {
        let body = format!(
            r#"{{{META}, "users": [ {{"b":1.50,"a":18446744073709551616123}} ,{{"x" : [1, {{"y":"\u00e9"}}]}}], "extra": {{"n": 1}}}}"#
        );
        let (items, metadata, total) =
            split_page(&Bytes::from(body), Shape::plain("users")).expect("a page");
        let texts: Vec<&str> = items.iter().map(RawItem::as_str).collect();
        assert_eq!(
            texts,
            [
                r#"{"b":1.50,"a":18446744073709551616123}"#,
                r#"{"x" : [1, {"y":"\u00e9"}]}"#
            ]
        );
        assert_eq!(metadata.and_then(|m| m.count), Some(2));
        assert_eq!(total, Some(2));
    }

    #[test]
    fn items_in_an_envelope_are_cut_out_with_their_total() {
        let shape = Shape {
            key: "users",
            envelope: Some("data"),
            total: Some("totalCount"),
        };
        let body = r#"{"data": {"totalCount": 7, "users": [{"userUid":"1","z":1}, {"a":[2]}]}, "metadata": {"timestamp": "2024-01-01T00:00:00Z", "params": {}}}"#;
        let (items, metadata, total) = split_page(&Bytes::from(body), shape).expect("a page");
        let texts: Vec<&str> = items.iter().map(RawItem::as_str).collect();
        assert_eq!(texts, [r#"{"userUid":"1","z":1}"#, r#"{"a":[2]}"#]);
        assert!(metadata.is_some());
        assert_eq!(total, Some(7));
        let bare = r#"{"data": {"users": []}}"#;
        let (items, metadata, total) =
            split_page(&Bytes::from(bare), shape).expect("no metadata, no total");
        assert!(items.is_empty() && metadata.is_none() && total.is_none());
        for wrong in [
            r#"{"users": []}"#,
            r#"{"data": {"totalCount": 1}}"#,
            r#"{"data": []}"#,
        ] {
            assert!(split_page(&Bytes::from(wrong), shape).is_err(), "{wrong}");
        }
    }

    #[test]
    fn a_body_of_the_wrong_shape_is_an_error() {
        for body in [
            "[]".to_string(),
            format!("{{{META}}}"),
            r#"{"users": []}"#.to_string(),
            format!(r#"{{{META}, "users": {{}}}}"#),
            format!(r#"{{{META}, "users": [], "users": []}}"#),
            format!(r#"{{{META}, "users": [1,]}}"#),
            format!(r#"{{{META}, "users": []}} x"#),
        ] {
            assert!(
                split_page(&Bytes::from(body.clone()), Shape::plain("users")).is_err(),
                "{body}"
            );
        }
    }
}
