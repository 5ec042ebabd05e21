//! The operations of the spec: a handle per resource (`client.users()`, `client.orgs()`,
//! ...) with one method per operation, generated from `spec/crashplan-pro.yaml`, and the
//! verbs the spec cannot express, written by hand beside them (deactivate and reactivate as
//! status updates, a user named by id, email or username: [`Users::resolve`]).
//!
//! * A list operation's method returns a [`List`] builder: the list's filters as typed setters
//!   (or [`List::filter`] by name), paging options, and the terminal
//!   [`items`](List::items) (a stream of items), [`pages`](List::pages) (a stream of
//!   [`Page`](crate::Page)s) or [`collect_all`](List::collect_all).
//! * Every other operation returns a [`Call`]: `.await` it.
//!
//! Both return the generated model types of [`crashplan_api::types`].
//!
//! Today's CrashPlan (`/api/v1|v3|v38/...`) has handles of its own, reached from
//! [`Client::today`](crate::Client::today): `client.today().users()` is a [`TodayUsers`]
//! (`TodayDevices`, `TodayOrgs`, ...), beside CrashPlan PRO 3.x's `client.users()`. Its lists
//! page by `pgNum`/`pgSize` and end at the first short page whatever `data.totalCount` says
//! (a hint, in [`Page::total`](crate::Page::total)); its answers in the `data` envelope are
//! unwrapped; optional query parameters are setters on the [`Call`]. Its users, devices and
//! orgs are named the way an administrator names them by [`TodayUsers::resolve`] (id, uid,
//! email or username), [`TodayDevices::resolve`] (GUID or id) and [`TodayOrgs::resolve`] (uid,
//! id, GUID or name).
//!
//! ```no_run
//! # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
//! let today = client.today();
//! let devices = today.devices().list().active(true).inc_backup_usage(true).collect_all().await?;
//! if let Some(uid) = devices.first().and_then(|d| d.user_uid.as_deref()) {
//!     let user = today.users().get(uid).id_type("uid").inc_roles(true).await?;
//!     today.users().block(user.user_uid).await?;
//! }
//! # Ok(())
//! # }
//! ```
//!
//! ```no_run
//! # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
//! use crashplan::Status;
//! let active = client.users().list().org_id(43).status(Status::Active).collect_all().await?;
//! let user = client.users().get(active[0].id).await?;
//! let org = client.orgs().get(user.org_id).await?;
//! # let _ = org;
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::future::IntoFuture;

use crashplan_api::ResponseValue;
use futures::future::BoxFuture;

use crate::Client;
use crate::error::{Error, RequestInfo, Result};
use crate::fanout::HasDetail;
use crate::paging::{
    FetchPage, Items, PageAnswer, PageRequest, Pages, PagingOptions, PagingStyle, paginate,
};
use crate::pipeline::CallOptions;

mod extras;
#[rustfmt::skip]
mod generated;
mod raw_items;

pub use extras::{UserRef, UserResolver};
pub use generated::*;
pub use raw_items::RawItem;

type ApiResult<T> = std::result::Result<ResponseValue<T>, crashplan_api::Error<()>>;

/// The part `data` picks out of an answer in an envelope (today's `{"metadata": .., "data":
/// ..}`), with the answer's status and headers.
#[allow(clippy::result_large_err)] // the low-level client's error, passed on as it came
pub(crate) fn unwrap_data<T, U: fmt::Debug>(
    answer: ApiResult<T>,
    data: impl FnOnce(T) -> U,
) -> ApiResult<U> {
    let answer = answer?;
    let (status, headers) = (answer.status(), answer.headers().clone());
    Ok(ResponseValue::new(
        data(answer.into_inner()),
        status,
        headers,
    ))
}

/// One operation, ready to send: `.await` it, or opt in to replaying a `POST` first. `Q`
/// holds the operation's optional query parameters, set with typed setters on
/// `Call<_, Q>` (e.g. `.inc_backup_usage(true)` on a device).
///
/// ```no_run
/// # async fn run(client: crashplan::Client, body: crashplan::types::OrgCreate) -> crashplan::Result<()> {
/// // Safe to replay only if a duplicate would be rejected (e.g. a unique name).
/// let org = client.orgs().create(body).retry_post(true).await?;
/// // Today's CrashPlan: a device by GUID, with its backup usage.
/// let device = client
///     .today()
///     .devices()
///     .get("1043017702251888104")
///     .id_type("guid")
///     .inc_backup_usage(true)
///     .await?;
/// # let _ = (org, device);
/// # Ok(())
/// # }
/// ```
#[must_use = "a call does nothing unless awaited"]
pub struct Call<T, Q = ()> {
    client: Client,
    request: RequestInfo,
    options: CallOptions,
    pub(crate) query: Q,
    send: Box<dyn Fn(Client, Q) -> BoxFuture<'static, ApiResult<T>> + Send + Sync>,
}

impl<T, Q: fmt::Debug> fmt::Debug for Call<T, Q> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("request", &self.request)
            .field("options", &self.options)
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl<T> Call<T> {
    pub(crate) fn new(
        client: Client,
        request: RequestInfo,
        send: impl Fn(Client) -> BoxFuture<'static, ApiResult<T>> + Send + Sync + 'static,
    ) -> Self {
        Call::with_query(client, request, (), move |client, ()| send(client))
    }
}

impl<T, Q> Call<T, Q> {
    /// A call whose optional query parameters `query` are set before it is sent.
    pub(crate) fn with_query(
        client: Client,
        request: RequestInfo,
        query: Q,
        send: impl Fn(Client, Q) -> BoxFuture<'static, ApiResult<T>> + Send + Sync + 'static,
    ) -> Self {
        Self {
            client,
            request,
            options: CallOptions::default(),
            query,
            send: Box::new(send),
        }
    }

    /// Replay this `POST` on the same failures as idempotent requests. Off by default: a
    /// replayed create may create twice if the first attempt reached the server.
    pub fn retry_post(mut self, retry: bool) -> Self {
        self.options.retry_post = retry;
        self
    }
}

impl<T, Q> IntoFuture for Call<T, Q>
where
    T: serde::de::DeserializeOwned + Send + 'static,
    Q: Clone + Send + Sync + 'static,
{
    type Output = Result<T>;
    type IntoFuture = BoxFuture<'static, Result<T>>;

    fn into_future(self) -> Self::IntoFuture {
        let Self {
            client,
            request,
            options,
            query,
            send,
        } = self;
        Box::pin(async move {
            let client = client.with_options(options);
            client
                .call(request, || send(client.clone(), query.clone()))
                .await
        })
    }
}

impl Client {
    pub(crate) fn default_paging(&self) -> PagingOptions {
        PagingOptions {
            page_size: self.config().page_size,
            limit: None,
            window: match self.config().page_window {
                Some(n) => crate::paging::Window::Fixed(n),
                None => crate::paging::Window::default(),
            },
            style: PagingStyle::OffsetLimit,
        }
    }
}

/// A list operation's filters, and how it asks for one page: implemented by the generated
/// `*Filters` types (`ListUsersFilters`, ...), one per list operation of the spec. [`List`] is
/// the builder around them.
pub trait ListQuery:
    crate::sealed::Sealed + fmt::Debug + Clone + Default + PartialEq + Send + Sync + 'static
{
    /// The list item type (list view), with its detail view.
    type Item: HasDetail
        + serde::de::DeserializeOwned
        + serde::Serialize
        + fmt::Debug
        + Clone
        + PartialEq
        + Send
        + Sync
        + 'static;
    /// The `operationId` in the spec, e.g. `listUsers` (see [`crashplan_api::spec::API`]).
    const OPERATION_ID: &'static str;
    /// The path, e.g. `/rest/users`.
    const PATH: &'static str;
    /// The paging parameters the operation has, the default first (none: it is not paged).
    const STYLES: &'static [PagingStyle];
    /// Asks for one page with these filters: its items, metadata and announced total.
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<Self::Item>>>;
    /// Sets the filter named like the query parameter (`orgId`), parsing `value` as the
    /// spec's type of that parameter.
    fn set(&mut self, param: &str, value: &str) -> std::result::Result<(), InvalidFilter>;
    /// The property of the list's answer that holds the items, e.g. `users`.
    const ITEMS_KEY: &'static str;
    /// Adds these filters and the paging parameters of `page` (already in a style the
    /// operation has) to a request, as [`fetch`](Self::fetch) sends them: for
    /// [`List::raw_items`].
    #[doc(hidden)]
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder;
}

/// The builder of a list: the filters `Q` of its operation (typed setters such as
/// `.org_id(43)` are on `List<ListUsersFilters>`), paging options, and the terminal
/// [`items`](Self::items), [`pages`](Self::pages) and [`collect_all`](Self::collect_all), or
/// [`raw_items`](Self::raw_items) and [`raw_pages`](Self::raw_pages) for the items' JSON text
/// as the server sent it.
///
/// ```
/// use crashplan::resources::{List, ListUsersFilters};
/// # fn run(client: crashplan::Client) -> Result<(), crashplan::resources::InvalidFilter> {
/// // Filters by their name in the spec, values parsed as the spec's type.
/// let users: List<ListUsersFilters> =
///     client.users().list().filter("orgId", "43")?.filter("status", "Active")?;
/// assert_eq!(users.filters().org_id, Some(43));
/// assert!(client.users().list().filter("orgId", "forty-three").is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a list builder does nothing until items(), pages() or collect_all()"]
pub struct List<Q: ListQuery> {
    client: Client,
    paging: PagingOptions,
    pub(crate) filters: Q,
}

impl<Q: ListQuery> List<Q> {
    pub(crate) fn new(client: Client) -> Self {
        let mut paging = client.default_paging();
        paging.style = Q::STYLES.first().copied().unwrap_or(PagingStyle::Unpaged);
        Self {
            client,
            paging,
            filters: Q::default(),
        }
    }

    /// Sets the filter named like the query parameter (`orgId`), parsing `value` as the spec's
    /// type of that parameter.
    pub fn filter(mut self, param: &str, value: &str) -> std::result::Result<Self, InvalidFilter> {
        self.filters.set(param, value)?;
        Ok(self)
    }

    /// The filters set so far.
    pub fn filters(&self) -> &Q {
        &self.filters
    }

    #[cfg(feature = "query")]
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// Items per request (default: the client's page size, 1000).
    pub fn page_size(mut self, size: u64) -> Self {
        self.paging.page_size = size.max(1);
        self
    }

    /// Stop after `total` items.
    pub fn limit(mut self, total: u64) -> Self {
        self.paging.limit = Some(total);
        self
    }

    /// Page requests in flight at once (default: the client's
    /// [`page_window`](crate::ClientBuilder::page_window), else adaptive); `1` asks for one
    /// page at a time. At most `n - 1` requests go past the end of the list; see
    /// [pipelining](crate::paging#pipelining).
    pub fn window(mut self, n: usize) -> Self {
        self.paging.window = crate::paging::Window::Fixed(n.max(1));
        self
    }

    /// `false`: one page request at a time (`window(1)`); `true`: the adaptive window (the
    /// default unless the client sets a fixed one).
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.paging.window = if prefetch {
            crate::paging::Window::default()
        } else {
            crate::paging::Window::Fixed(1)
        };
        self
    }

    /// The paging parameters to send, where the operation has both kinds (by default the
    /// first the spec lists: `offset`/`limit`). A list with only one kind converts: page
    /// numbers into offsets always, offsets into page numbers when they fall on a page (else
    /// the list fails with [`Error::InvalidRequest`]).
    pub fn paging(mut self, style: PagingStyle) -> Self {
        self.paging.style = style;
        self
    }

    /// A lazy stream of pages.
    pub fn pages(self) -> Pages<Q::Item> {
        let Self {
            client,
            paging,
            filters,
        } = self;
        let memory = client.pipeline().page_memory();
        let fetch: FetchPage<Q::Item> = Box::new(move |page| filters.fetch(&client, page));
        paginate(RequestInfo::get(Q::PATH), fetch, paging, memory)
    }

    /// A lazy stream of items, page after page.
    pub fn items(self) -> Items<Q::Item> {
        self.pages().items()
    }

    /// Every item in a `Vec`.
    pub async fn collect_all(self) -> Result<Vec<Q::Item>> {
        self.items().collect_all().await
    }
}

/// The page `page` asks for, in a style the operation has (`styles`, from the spec).
pub(crate) fn native_page(
    page: PageRequest,
    styles: &[PagingStyle],
    request: &RequestInfo,
) -> Result<PageRequest> {
    let has = |style| styles.contains(&style);
    Ok(match page {
        PageRequest::Unpaged => page,
        _ if styles.is_empty() => PageRequest::Unpaged,
        PageRequest::OffsetLimit { .. } if has(PagingStyle::OffsetLimit) => page,
        PageRequest::PageNumber { .. } if has(PagingStyle::PageNumber) => page,
        PageRequest::PageNumber { page, page_size } => PageRequest::OffsetLimit {
            offset: page.saturating_sub(1).saturating_mul(page_size),
            limit: page_size,
        },
        PageRequest::OffsetLimit { offset, limit } if limit > 0 && offset % limit == 0 => {
            PageRequest::PageNumber {
                page: offset / limit + 1,
                page_size: limit,
            }
        }
        PageRequest::OffsetLimit { offset, limit } => {
            return Err(Error::InvalidRequest {
                request: request.clone(),
                message: format!(
                    "this list pages by page number: offset {offset} is not a whole number of \
                     pages of {limit}; use the default paging"
                ),
            });
        }
    })
}

/// Parses the value of a filter given by name, as [`List::filter`] does.
pub(crate) fn parse_filter<T: std::str::FromStr>(
    param: &str,
    value: &str,
) -> std::result::Result<T, InvalidFilter> {
    value.parse().map_err(|_| {
        let expected = match std::any::type_name::<T>() {
            "i64" => "whole number",
            "f64" => "number",
            "bool" => "`true` or `false`",
            other => other.rsplit("::").next().unwrap_or(other),
        };
        InvalidFilter::new(param, value, expected)
    })
}

/// A filter that the list does not have, or a value of the wrong type for it; from
/// [`List::filter`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
#[non_exhaustive]
pub struct InvalidFilter {
    /// The parameter name.
    pub param: String,
    /// The value given.
    pub value: String,
    /// What was expected (empty when the list has no such filter).
    expected: &'static str,
}

impl InvalidFilter {
    pub(crate) fn new(param: &str, value: &str, expected: &'static str) -> Self {
        Self {
            param: param.to_owned(),
            value: value.to_owned(),
            expected,
        }
    }

    fn describe(&self) -> String {
        match self.expected {
            "" => format!("this list has no filter `{}`", self.param),
            "whole number" => format!(
                "`{}` must be a whole number, not `{}`",
                self.param, self.value
            ),
            other => format!(
                "`{}` is not a valid {other} for `{}`",
                self.value, self.param
            ),
        }
    }
}

/// Makes sure the futures stay `Send` (checked at compile time).
#[allow(dead_code)]
fn _assert_send(users: Users, orgs: Orgs, today: Today) {
    fn is_send<T: Send>(_: T) {}
    is_send(async move {
        let _ = users.get(1).await;
        let _ = users.deactivate(1).await;
        let _ = orgs.list().collect_all().await;
        let _ = today.devices().get("1").inc_backup_usage(true).await;
        let _ = today.users().block("1").await;
        let _ = today.orgs().list().collect_all().await;
    });
}
