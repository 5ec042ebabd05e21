//! `find`: the items of a list that match a [query](crate::query), with the least work on the
//! server's side and on the wire.
//!
//! ```no_run
//! # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
//! use futures::TryStreamExt;
//!
//! // `status = Active` is sent as the list's `status` filter; `archiveBytes` is only in the
//! // detail view, so every active user's detail view is fetched (16 at a time) and tested.
//! let big = client.users().find("status = Active and archiveBytes > 10MB")?;
//! let mut matches = big.details();
//! while let Some(user) = matches.try_next().await? {
//!     println!("{} {:?}", user.id, user.archive_bytes);
//! }
//!
//! // On a list builder: its filters and paging, then the query; list views of the matches.
//! let found = client.orgs().list().page_size(500).find("name ~ \"sales\"")?;
//! let orgs: Vec<_> = found.limit(10).items().try_collect().await?;
//! # let _ = orgs;
//! # Ok(())
//! # }
//! ```
//!
//! The rules, the same for every list (they are what `cpctl <resource> find` prints):
//!
//! * Pushdown: an equality test that every match must pass, on a field the list can filter on
//!   (`status = Active`, `orgId = 43`), is sent as that filter ([`Query::server_filters`]).
//!   Everything is still tested here, so a server that ignores a filter costs time, never
//!   wrong rows.
//! * Detail views: a query that names a field only the detail view has
//!   ([`Query::needs_detail`]) fetches the detail view of every listed item (in list order,
//!   [`Find::concurrency`] requests in flight) and tests that.
//! * [`Find::items`] yields list views, [`Find::details`] detail views;
//!   [`Find::records`] yields whichever the query was tested on, as the command line does.
//! * [`Find::limit`] counts matches; `List::limit` counts the items listed before the test.

use std::sync::Arc;

use futures::stream::{BoxStream, StreamExt as _, TryStreamExt as _};
use serde::Serialize;

use crate::Client;
use crate::error::{Error, Result};
use crate::fanout::HasDetail;
use crate::query::{Fields, Query};
use crate::resources::{List, ListQuery};

/// Detail requests in flight at once, by default, when a query needs the detail view.
pub const DEFAULT_DETAIL_CONCURRENCY: usize = 16;

/// The detail view of a list's items.
pub type DetailOf<Q> = <<Q as ListQuery>::Item as HasDetail>::Detail;

/// The matches of a query on a list, not yet fetched; from `find` on a resource handle
/// (`client.users().find(..)`) or on a [`List`] builder. See the [module
/// documentation](self) for the rules.
#[derive(Debug, Clone)]
#[must_use = "a find does nothing until items(), details() or records()"]
pub struct Find<Q: ListQuery> {
    list: List<Q>,
    query: Arc<Query>,
    concurrency: usize,
    limit: Option<usize>,
}

/// One match of [`Find::records`]: the view the query was tested on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Record<I, D> {
    /// The list view (the query needs no more).
    Item(I),
    /// The detail view (the query names a field only it has).
    Detail(D),
}

impl<Q: ListQuery> List<Q> {
    /// The items of this list (its filters and paging as set) that match `query`, in the
    /// [query language](crate::query); fails with [`Error::InvalidInput`] (its source a
    /// [`QueryError`](crate::query::QueryError) with the position) when it does not parse.
    pub fn find(self, query: &str) -> Result<Find<Q>> {
        let fields = Fields::of_list(Q::OPERATION_ID).ok_or_else(|| {
            Error::invalid_input(format!("the spec has no list {}", Q::OPERATION_ID), None)
        })?;
        self.find_query(Query::parse(query, &fields)?)
    }

    /// Like [`find`](Self::find), with a query parsed already (for this list's
    /// [`Fields`]).
    pub fn find_query(self, query: Query) -> Result<Find<Q>> {
        let mut list = self;
        for (param, value) in query.server_filters() {
            list = list.filter(param, &value)?;
        }
        Ok(Find {
            list,
            query: Arc::new(query),
            concurrency: DEFAULT_DETAIL_CONCURRENCY,
            limit: None,
        })
    }
}

impl<Q: ListQuery> Find<Q>
where
    DetailOf<Q>: Serialize,
{
    /// The query.
    pub fn query(&self) -> &Query {
        &self.query
    }

    /// Whether the query is tested on detail views (one request per listed item).
    pub fn needs_detail(&self) -> bool {
        self.query.needs_detail()
    }

    /// The list, with the filters pushed down to the server.
    pub fn list(&self) -> &List<Q> {
        &self.list
    }

    /// Detail requests in flight at once (default [`DEFAULT_DETAIL_CONCURRENCY`]).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Stop after `matches` matches.
    pub fn limit(mut self, matches: usize) -> Self {
        self.limit = Some(matches);
        self
    }

    /// The list views of the matches, in list order.
    pub fn items(self) -> BoxStream<'static, Result<Q::Item>> {
        let limit = self.limit.unwrap_or(usize::MAX);
        if self.needs_detail() {
            self.tested_on_details()
                .map_ok(|(item, _)| item)
                .take(limit)
                .boxed()
        } else {
            self.tested_on_items().take(limit).boxed()
        }
    }

    /// The detail views of the matches, in list order. A query that the list view can answer
    /// is tested first, so that only matches cost a detail request.
    pub fn details(self) -> BoxStream<'static, Result<DetailOf<Q>>> {
        let limit = self.limit.unwrap_or(usize::MAX);
        if self.needs_detail() {
            self.tested_on_details()
                .map_ok(|(_, detail)| detail)
                .take(limit)
                .boxed()
        } else {
            let client = self.list.client().clone();
            let concurrency = self.concurrency;
            self.tested_on_items()
                .take(limit)
                .map(move |item| {
                    let client = client.clone();
                    async move { item?.fetch_detail(&client).await }
                })
                .buffered(concurrency)
                .boxed()
        }
    }

    /// The matches as the view they were tested on: detail views when the query
    /// [needs them](Self::needs_detail), else list views. This is what
    /// `cpctl <resource> find` prints.
    pub fn records(self) -> BoxStream<'static, Result<Record<Q::Item, DetailOf<Q>>>> {
        if self.needs_detail() {
            self.details().map_ok(Record::Detail).boxed()
        } else {
            self.items().map_ok(Record::Item).boxed()
        }
    }

    fn tested_on_items(self) -> BoxStream<'static, Result<Q::Item>> {
        let query = self.query;
        self.list
            .items()
            .try_filter(move |item| std::future::ready(matches(&query, item)))
            .boxed()
    }

    fn tested_on_details(self) -> BoxStream<'static, Result<(Q::Item, DetailOf<Q>)>> {
        let Self {
            list,
            query,
            concurrency,
            ..
        } = self;
        let client: Client = list.client().clone();
        list.items()
            .map(move |item| {
                let client = client.clone();
                async move {
                    let item = item?;
                    let detail = item.fetch_detail(&client).await?;
                    Ok((item, detail))
                }
            })
            .buffered(concurrency)
            .try_filter(move |(_, detail)| std::future::ready(matches(&query, detail)))
            .boxed()
    }
}

/// Whether the JSON form of `value` matches (a value that cannot be encoded does not).
fn matches(query: &Query, value: &impl Serialize) -> bool {
    serde_json::to_value(value).is_ok_and(|json| query.matches(&json))
}
