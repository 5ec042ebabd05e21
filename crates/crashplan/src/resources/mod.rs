//! A handle per resource (`client.users()`, `client.orgs()`, ...) with every operation of the
//! spec, and list builders with every documented filter.
//!
//! List builders end in [`items`](UserList::items) (a stream of items),
//! [`pages`](UserList::pages) (a stream of [`Page`](crate::Page)s) or
//! [`collect_all`](UserList::collect_all). They return the generated model types of
//! [`crashplan_api::types`].

use std::future::IntoFuture;

use crashplan_api::ResponseValue;
use futures::future::BoxFuture;

use crate::Client;
use crate::error::{RequestInfo, Result};
use crate::paging::{PagingOptions, PagingStyle};
use crate::pipeline::CallOptions;

mod archive_records;
mod computer_usage;
mod computers;
#[rustfmt::skip]
mod generated;
mod mount_points;
mod orgs;
mod server_stats;
mod usages;
mod users;

pub use archive_records::ArchiveRecords;
pub use computer_usage::ComputerUsages;
pub use computers::Computers;
pub use generated::{
    ArchiveRecordList, ComputerList, ComputerUsageList, MountPointList, OrgList, UsageList,
    UserList,
};
pub use mount_points::MountPoints;
pub use orgs::Orgs;
pub use server_stats::ServerStatsHandle;
pub use usages::Usages;
pub use users::Users;

type ApiResult<T> = std::result::Result<ResponseValue<T>, crashplan_api::Error<()>>;

/// One write operation, ready to send: `.await` it, or opt in to replaying a `POST` first.
///
/// ```no_run
/// # async fn run(client: crashplan::Client, body: crashplan::types::OrgCreate) -> crashplan::Result<()> {
/// // Safe to replay only if a duplicate would be rejected (e.g. a unique name).
/// let org = client.orgs().create(body).retry_post(true).await?;
/// # Ok(())
/// # }
/// ```
#[must_use = "a call does nothing unless awaited"]
pub struct Call<T> {
    client: Client,
    request: RequestInfo,
    options: CallOptions,
    send: Box<dyn Fn(Client) -> BoxFuture<'static, ApiResult<T>> + Send + Sync>,
}

impl<T> std::fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("request", &self.request)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<T> Call<T> {
    pub(crate) fn new(
        client: Client,
        request: RequestInfo,
        send: impl Fn(Client) -> BoxFuture<'static, ApiResult<T>> + Send + Sync + 'static,
    ) -> Self {
        Self {
            client,
            request,
            options: CallOptions::default(),
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

impl<T: serde::de::DeserializeOwned + Send + 'static> IntoFuture for Call<T> {
    type Output = Result<T>;
    type IntoFuture = BoxFuture<'static, Result<T>>;

    fn into_future(self) -> Self::IntoFuture {
        let Self {
            client,
            request,
            options,
            send,
        } = self;
        Box::pin(async move {
            let client = client.with_options(options);
            client.call(request, || send(client.clone())).await
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

/// Adds the paging parameters of `req` to a generated list builder.
macro_rules! apply_paging {
    ($builder:expr, $req:expr) => {
        match $req {
            $crate::paging::PageRequest::OffsetLimit { offset, limit } => {
                $builder.offset(offset).limit(limit)
            }
            $crate::paging::PageRequest::PageNumber { page, page_size } => {
                $builder.page(page).page_size(page_size)
            }
            $crate::paging::PageRequest::Unpaged => $builder,
        }
    };
}

/// A list builder: filters named like the query parameters, paging options, and the
/// terminal `pages()`, `items()` and `collect_all()`.
macro_rules! list_builder {
    (
        $(#[$doc:meta])*
        $name:ident => $op:ident($id:literal, $path:literal) -> $list:ident.$field:ident: $item:ident {
            $( $(#[$fdoc:meta])* $wire:literal $filter:ident: $fty:ty ),* $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        #[must_use = "a list builder does nothing until items(), pages() or collect_all()"]
        pub struct $name {
            client: $crate::Client,
            paging: $crate::paging::PagingOptions,
            $( $filter: Option<$fty>, )*
        }

        impl $name {
            pub(crate) fn new(client: $crate::Client) -> Self {
                let paging = client.default_paging();
                Self { client, paging, $( $filter: None, )* }
            }

            $(
                $(#[$fdoc])*
                #[allow(clippy::useless_conversion)]
                pub fn $filter(mut self, value: impl Into<$fty>) -> Self {
                    self.$filter = Some(value.into());
                    self
                }
            )*

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
            /// [`page_window`]($crate::ClientBuilder::page_window), else adaptive); `1` asks for
            /// one page at a time. At most `n - 1` requests go past the end of the list; see
            /// [pipelining]($crate::paging#pipelining).
            pub fn window(mut self, n: usize) -> Self {
                self.paging.window = $crate::paging::Window::Fixed(n.max(1));
                self
            }

            /// `false`: one page request at a time (`window(1)`); `true`: the adaptive window
            /// (the default unless the client sets a fixed one).
            pub fn prefetch(mut self, prefetch: bool) -> Self {
                self.paging.window = if prefetch {
                    $crate::paging::Window::default()
                } else {
                    $crate::paging::Window::Fixed(1)
                };
                self
            }

            /// The paging parameters to send (default `offset`/`limit`).
            pub fn paging(mut self, style: $crate::paging::PagingStyle) -> Self {
                self.paging.style = style;
                self
            }

            /// A lazy stream of pages.
            pub fn pages(self) -> $crate::paging::Pages<crashplan_api::types::$item> {
                let Self { client, paging, $( $filter, )* } = self;
                let fetch: $crate::paging::FetchPage<crashplan_api::types::$item> =
                    Box::new(move |req| {
                        let client = client.clone();
                        $( let $filter = $filter.clone(); )*
                        Box::pin(async move {
                            let request = $crate::error::RequestInfo::get($path);
                            let send = || {
                                let builder = client.api().$op();
                                $( let builder = match &$filter { Some(v) => builder.$filter(v.clone()), None => builder }; )*
                                $crate::resources::apply_paging!(builder, req).send()
                            };
                            let list: crashplan_api::types::$list = client.get(request, send).await?;
                            Ok((list.$field, list.metadata))
                        })
                    });
                $crate::paging::paginate($crate::error::RequestInfo::get($path), fetch, paging)
            }

            /// A lazy stream of items, page after page.
            pub fn items(self) -> $crate::paging::Items<crashplan_api::types::$item> {
                self.pages().items()
            }

            /// Every item in a `Vec`.
            pub async fn collect_all(self) -> $crate::Result<Vec<crashplan_api::types::$item>> {
                self.items().collect_all().await
            }
        }

        impl $crate::resources::ListBuilder for $name {
            type Item = crashplan_api::types::$item;

            const OPERATION_ID: &'static str = $id;

            fn filter(self, param: &str, value: &str) -> ::std::result::Result<Self, $crate::resources::InvalidFilter> {
                match param {
                    $( $wire => value
                        .parse::<$fty>()
                        .map(|v| self.$filter(v))
                        .map_err(|_| $crate::resources::InvalidFilter::new(param, value, stringify!($fty))), )*
                    _ => Err($crate::resources::InvalidFilter::new(param, value, "")),
                }
            }

            fn page_size(self, size: u64) -> Self {
                $name::page_size(self, size)
            }

            fn limit(self, total: u64) -> Self {
                $name::limit(self, total)
            }

            fn items(self) -> $crate::paging::Items<Self::Item> {
                $name::items(self)
            }
        }
    };
}

/// What every list builder can do, for code that works with any list (the CLI's `find`).
///
/// ```
/// use crashplan::resources::{ListBuilder, UserList};
/// # fn run(client: crashplan::Client) -> Result<(), crashplan::resources::InvalidFilter> {
/// // Filters by their name in the spec, values parsed as the spec's type.
/// let users: UserList = client.users().list().filter("orgId", "43")?.filter("status", "Active")?;
/// assert!(client.users().list().filter("orgId", "forty-three").is_err());
/// # let _ = users;
/// # Ok(())
/// # }
/// ```
pub trait ListBuilder: Sized + Send + 'static {
    /// The list item type (list view), with its detail view.
    type Item: crate::HasDetail + serde::de::DeserializeOwned + serde::Serialize + Send + 'static;
    /// The `operationId` in the spec, e.g. `listUsers` (see [`crashplan_api::spec::API`]).
    const OPERATION_ID: &'static str;
    /// Sets the filter named like the query parameter (`orgId`), parsing `value` as the
    /// spec's type of that parameter.
    fn filter(self, param: &str, value: &str) -> std::result::Result<Self, InvalidFilter>;
    /// Items per request.
    fn page_size(self, size: u64) -> Self;
    /// Stop after `total` items.
    fn limit(self, total: u64) -> Self;
    /// A lazy stream of items.
    fn items(self) -> crate::paging::Items<Self::Item>;
}

/// A filter that the list does not have, or a value of the wrong type for it; from
/// [`ListBuilder::filter`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct InvalidFilter {
    /// The parameter name.
    pub param: String,
    /// The value given.
    pub value: String,
    /// The Rust type expected (empty when the list has no such filter).
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
            "i64" => format!(
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

/// `get(id)`: the detail view of one item.
macro_rules! get_by_id {
    ($op:ident, $path:literal, $detail:ident, $noun:literal) => {
        #[doc = concat!("The detail view of the ", $noun, " with this id (`GET ", $path, "/{id}`).")]
        pub async fn get(&self, id: i64) -> $crate::Result<crashplan_api::types::$detail> {
            let request = $crate::error::RequestInfo::get(format!(concat!($path, "/{}"), id));
            self.client
                .get(request, || self.client.api().$op().id(id).send())
                .await
        }
    };
}

/// `create`, `update`, `deactivate`, `reactivate` and `deactivate_many` of users and orgs.
macro_rules! writes {
    ($path:literal, $create:ident($create_ty:ident), $update:ident($update_ty:ident) -> $detail:ident, $noun:literal) => {
        #[doc = concat!("Creates a ", $noun, " (`POST ", $path, "`); not replayed unless `.retry_post(true)`.")]
        pub fn create(
            &self,
            body: crashplan_api::types::$create_ty,
        ) -> $crate::resources::Call<crashplan_api::types::$detail> {
            let request = $crate::error::RequestInfo::new(reqwest::Method::POST, $path);
            $crate::resources::Call::new(self.client.clone(), request, move |c: $crate::Client| {
                let body = body.clone();
                Box::pin(async move { c.api().$create().body(body).send().await })
            })
        }

        #[doc = concat!("Changes the given properties of a ", $noun, " (`PUT ", $path, "/{id}`).")]
        pub async fn update(
            &self,
            id: i64,
            body: crashplan_api::types::$update_ty,
        ) -> $crate::Result<crashplan_api::types::$detail> {
            let request = $crate::error::RequestInfo::new(reqwest::Method::PUT, format!(concat!($path, "/{}"), id));
            self.client
                .get(request, || self.client.api().$update().id(id).body(body.clone()).send())
                .await
        }

        #[doc = concat!("Deactivates a ", $noun, " (sends `{\"status\": \"Deactivated\"}`).")]
        pub async fn deactivate(&self, id: i64) -> $crate::Result<crashplan_api::types::$detail> {
            self.set_status(id, $crate::Status::Deactivated).await
        }

        #[doc = concat!("Reactivates a ", $noun, " (sends `{\"status\": \"Active\"}`).")]
        pub async fn reactivate(&self, id: i64) -> $crate::Result<crashplan_api::types::$detail> {
            self.set_status(id, $crate::Status::Active).await
        }

        async fn set_status(&self, id: i64, status: $crate::Status) -> $crate::Result<crashplan_api::types::$detail> {
            let mut body = crashplan_api::types::$update_ty::default();
            body.status = Some(status);
            self.update(id, body).await
        }

        #[doc = concat!("Deactivates every ", $noun, " of `ids` with the client's concurrency; one outcome per id, in order.")]
        pub async fn deactivate_many(
            &self,
            ids: impl IntoIterator<Item = i64>,
        ) -> Vec<$crate::bulk::BulkOutcome<i64, crashplan_api::types::$detail>> {
            let this = self.clone();
            self.client
                .bulk(ids)
                .run(move |id| {
                    let this = this.clone();
                    async move { this.deactivate(id).await }
                })
                .await
        }
    };
}

pub(crate) use {apply_paging, get_by_id, list_builder, writes};

/// Makes sure the futures of the macros stay `Send` (checked at compile time).
#[allow(dead_code)]
fn _assert_send(users: Users, orgs: Orgs) {
    fn is_send<T: Send>(_: T) {}
    is_send(async move {
        let _ = users.get(1).await;
        let _ = users.deactivate(1).await;
        let _ = orgs.list().collect_all().await;
    });
}
