//! Bulk operations: run one async operation over many items with bounded concurrency, one
//! outcome per item (no fail-fast), progress reports and cancellation.
//!
//! ```no_run
//! # async fn run(client: crashplan::Client) {
//! use crashplan::bulk::Bulk;
//!
//! let users = client.users();
//! let outcomes = Bulk::new([67, 68, 69])
//!     .concurrency(4)
//!     .on_progress(|p| eprintln!("{}/{} done, {} failed", p.done, p.total, p.failed))
//!     .run(move |id| {
//!         let users = users.clone();
//!         async move { users.deactivate(id).await }
//!     })
//!     .await;
//! for o in &outcomes {
//!     if let Err(e) = &o.result {
//!         eprintln!("user {}: {e}", o.input);
//!     }
//! }
//! # }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use futures::stream::{self, StreamExt as _};

use crate::error::{Error, Result};

/// Where a bulk operation stands; passed to the progress callback after every item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Items finished (succeeded or failed).
    pub done: usize,
    /// Items in total.
    pub total: usize,
    /// Items that succeeded.
    pub succeeded: usize,
    /// Items that failed.
    pub failed: usize,
}

/// The outcome of one item.
#[derive(Debug)]
#[non_exhaustive]
pub struct BulkOutcome<I, T> {
    /// The item.
    pub input: I,
    /// Its result; [`Error::Cancelled`] if the operation was cancelled before it finished.
    pub result: Result<T>,
}

impl<I, T> BulkOutcome<I, T> {
    /// Whether the item succeeded.
    pub fn is_ok(&self) -> bool {
        self.result.is_ok()
    }

    /// Whether the item was not finished because of cancellation.
    pub fn is_cancelled(&self) -> bool {
        matches!(self.result, Err(Error::Cancelled))
    }
}

type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;
type CancelFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// A bulk operation over a list of items; see the [module documentation](self).
#[must_use = "a bulk operation does nothing until run"]
pub struct Bulk<I> {
    items: Vec<I>,
    concurrency: usize,
    progress: Option<ProgressFn>,
    cancel: Option<CancelFuture>,
}

impl<I> fmt::Debug for Bulk<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bulk")
            .field("items", &self.items.len())
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl<I> Bulk<I> {
    /// A bulk operation over `items`, 8 at a time.
    pub fn new(items: impl IntoIterator<Item = I>) -> Self {
        Self {
            items: items.into_iter().collect(),
            concurrency: 8,
            progress: None,
            cancel: None,
        }
    }

    /// At most `n` operations in flight (at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Called after every finished item.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Stop when `signal` completes: operations in flight are dropped and every unfinished item
    /// gets [`Error::Cancelled`]. Use e.g. `token.cancelled_owned()` of a tokio-util
    /// `CancellationToken`, or `tokio::signal::ctrl_c()`.
    pub fn cancel_on(mut self, signal: impl Future<Output = ()> + Send + 'static) -> Self {
        self.cancel = Some(Box::pin(signal));
        self
    }

    /// Runs `op` on every item; the outcomes are in the order of the items.
    pub async fn run<T, F, Fut>(self, op: F) -> Vec<BulkOutcome<I, T>>
    where
        I: Clone,
        F: Fn(I) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let Self {
            items,
            concurrency,
            progress,
            cancel,
        } = self;
        let total = items.len();
        let mut results: Vec<Option<Result<T>>> = (0..total).map(|_| None).collect();
        let mut state = Progress {
            done: 0,
            total,
            succeeded: 0,
            failed: 0,
        };
        let op = &op;
        let mut running = stream::iter(items.iter().cloned().enumerate())
            .map(|(i, item)| async move { (i, op(item).await) })
            .buffer_unordered(concurrency);
        let mut cancel = cancel.unwrap_or_else(|| Box::pin(std::future::pending()));
        // `running` borrows `items`: drive it in a block that ends before the outcomes are built.
        loop {
            // `select` polls its first future first: a cancellation wins over a finished item.
            let next = match futures::future::select(&mut cancel, running.next()).await {
                futures::future::Either::Left(((), _)) => None,
                futures::future::Either::Right((next, _)) => next,
            };
            let Some((i, result)) = next else { break };
            state.done += 1;
            if result.is_ok() {
                state.succeeded += 1;
            } else {
                state.failed += 1;
            }
            if let Some(slot) = results.get_mut(i) {
                *slot = Some(result);
            }
            if let Some(p) = &progress {
                p(state);
            }
        }
        drop(running);
        items
            .into_iter()
            .zip(results)
            .map(|(input, result)| BulkOutcome {
                input,
                result: result.unwrap_or(Err(Error::Cancelled)),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn outcomes_keep_input_order_and_do_not_fail_fast() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = Arc::clone(&seen);
        let outcomes = Bulk::new(0..20u64)
            .concurrency(4)
            .on_progress(move |p| s.lock().expect("lock").push(p))
            .run(|i| async move {
                tokio::task::yield_now().await;
                if i % 5 == 0 {
                    Err(Error::Config(format!("bad {i}")))
                } else {
                    Ok(i * 2)
                }
            })
            .await;
        assert_eq!(outcomes.len(), 20);
        for (i, o) in outcomes.iter().enumerate() {
            assert_eq!(o.input, i as u64);
            assert_eq!(o.is_ok(), i % 5 != 0);
        }
        let seen = seen.lock().expect("lock");
        assert_eq!(seen.len(), 20);
        let last = seen.last().expect("progress");
        assert_eq!((last.done, last.succeeded, last.failed), (20, 16, 4));
    }

    #[tokio::test]
    async fn concurrency_is_bounded() {
        let now = Arc::new(AtomicUsize::new(0));
        let max = Arc::new(AtomicUsize::new(0));
        let outcomes = Bulk::new(0..30)
            .concurrency(3)
            .run(|_| {
                let (now, max) = (Arc::clone(&now), Arc::clone(&max));
                async move {
                    let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                    max.fetch_max(n, Ordering::SeqCst);
                    tokio::task::yield_now().await;
                    now.fetch_sub(1, Ordering::SeqCst);
                    Ok(())
                }
            })
            .await;
        assert!(outcomes.iter().all(BulkOutcome::is_ok));
        assert!(max.load(Ordering::SeqCst) <= 3);
    }

    #[tokio::test]
    async fn cancellation_marks_unfinished_items() {
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let tx = Mutex::new(Some(tx));
        let outcomes = Bulk::new(0..10)
            .concurrency(1)
            .cancel_on(async move {
                let _ = rx.await;
            })
            .run(|i| {
                if i == 2
                    && let Some(tx) = tx.lock().expect("lock").take()
                {
                    let _ = tx.send(());
                }
                async move {
                    if i >= 2 {
                        std::future::pending::<()>().await;
                    }
                    Ok(i)
                }
            })
            .await;
        assert_eq!(outcomes.len(), 10);
        assert!(outcomes[0].is_ok() && outcomes[1].is_ok());
        assert!(outcomes[2..].iter().all(BulkOutcome::is_cancelled));
    }
}
