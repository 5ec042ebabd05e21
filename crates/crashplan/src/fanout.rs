//! Detail fan-out: fetch the detail view of every listed item with bounded concurrency.
//!
//! ```no_run
//! # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
//! use crashplan::DetailsExt;
//! use futures::TryStreamExt;
//!
//! let mut details = client.users().list().org_id(43).items().details(&client, 16);
//! while let Some(user) = details.try_next().await? {
//!     println!("{:?}: {:?} bytes", user.email, user.archive_bytes);
//! }
//! # Ok(())
//! # }
//! ```

#[cfg(doc)]
use crashplan_api::types;
use futures::future::BoxFuture;
use futures::stream::{BoxStream, Stream, StreamExt as _};

use crate::Client;
use crate::error::Result;

/// A list item and its detail view (for lists whose items have no detail view in the spec,
/// the item itself, fetched with no request). Sealed: implemented by the list items of this
/// crate only, so that it may grow.
pub trait HasDetail: crate::sealed::Sealed + Send + 'static {
    /// The detail type, e.g. [`types::UserDetail`] for [`types::User`].
    type Detail: Send + 'static;

    /// Fetches the detail view of this item.
    fn fetch_detail(&self, client: &Client) -> BoxFuture<'static, Result<Self::Detail>>;
}

/// Adds detail fan-out to streams of list items (`Result<T>`), e.g. [`Items`](crate::Items).
/// Sealed: implemented for every such stream by this crate, never elsewhere.
pub trait DetailsExt<T: HasDetail>:
    crate::sealed::SealedStream<T> + Stream<Item = Result<T>> + Sized + Send + 'static
{
    /// The detail view of every item, in the order of the list, with at most `concurrency`
    /// requests in flight. Errors of the list or of a detail request are passed on in place.
    fn details(self, client: &Client, concurrency: usize) -> BoxStream<'static, Result<T::Detail>> {
        let client = client.clone();
        self.map(move |item| detail_of(&client, item))
            .buffered(concurrency.max(1))
            .boxed()
    }

    /// Like [`details`](Self::details), yielding each detail as soon as it arrives.
    fn details_unordered(
        self,
        client: &Client,
        concurrency: usize,
    ) -> BoxStream<'static, Result<T::Detail>> {
        let client = client.clone();
        self.map(move |item| detail_of(&client, item))
            .buffer_unordered(concurrency.max(1))
            .boxed()
    }
}

impl<T: HasDetail, S: Stream<Item = Result<T>> + Sized + Send + 'static> DetailsExt<T> for S {}

fn detail_of<T: HasDetail>(
    client: &Client,
    item: Result<T>,
) -> BoxFuture<'static, Result<T::Detail>> {
    match item {
        Ok(item) => item.fetch_detail(client),
        Err(e) => Box::pin(async move { Err(e) }),
    }
}
