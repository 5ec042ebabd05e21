//! One pager for every list: lazy streams of [`Page`]s or of items.
//!
//! The pager asks for pages (`offset`/`limit` or `page`/`pageSize`; today's `pgNum`/`pgSize`
//! are page numbers too) and stops on a short or empty page. It never trusts the total a
//! server announces (`metadata.count` of CrashPlan PRO 3.x, `data.totalCount` of today's). A
//! server that ignores the paging parameters and answers with more items than asked is read
//! once: its answer is yielded and the pager stops, so there are no duplicates and no endless
//! loop; a server that honours the page size but not the offset (the same page twice) is an
//! [`Error::PagingIgnored`].
//!
//! # Pipelining
//!
//! A *window* of up to N page requests is in flight while the caller consumes the pages, which
//! are yielded in order. The requests ahead assume that every page before them is full; the
//! first short page ends the list and aborts them, so at most N-1 requests go past the end
//! (fewer when the announced total says where the end is: it only limits the requests sent
//! *ahead*, the next page is always asked for). Dropping the stream aborts every request in
//! flight. Memory is bounded by N+1 pages, and by a total budget: the pages in flight and
//! waiting never take more than [`PAGE_MEMORY_FACTOR`] times the client's
//! [`max_response_bytes`](crate::ClientBuilder::max_response_bytes) (256 MiB by default),
//! counted at the size of the largest recent answer of the client (at the limit itself until
//! an answer arrives): near the limit the window shrinks to a few pages, however large it is
//! set; ordinary pages keep the whole window.
//!
//! The window is [`Window::Adaptive`] by default: it starts at one request, and the first
//! page sizes it (up to [`MAX_WINDOW`]): to the pages left when its `metadata.count` is a
//! total (above the items received), else, when the caller comes back for the next page, to
//! the requests that hide the first answer's latency behind the caller's time per page
//! (`latency / time per page + 1`: 1 or 2 for a consumer slower than the server, the maximum
//! over a 20 ms link). After that it grows by one for each answer that came about as fast as
//! the fastest so far while the caller was waiting for pages; it halves when an answer takes
//! much longer than the fastest (a server queueing requests, or a `429`/`503` that the
//! pipeline waited out). Set a fixed window on the client
//! ([`ClientBuilder::page_window`](crate::ClientBuilder::page_window)) or per list
//! (`.window(n)`; `.window(1)` asks for one page at a time).

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use crashplan_api::types::ListMetadata;
use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, Stream, StreamExt as _, TryStreamExt as _};

use crate::error::{Error, RequestInfo, Result};

/// The pages in flight of one list take at most this many times the client's
/// `max_response_bytes`.
pub const PAGE_MEMORY_FACTOR: u64 = 4;

/// The memory budget of the pages in flight: see [pipelining](self#pipelining).
#[derive(Debug, Clone)]
pub(crate) struct PageMemory {
    /// Total bytes for the pages in flight.
    pub(crate) budget: u64,
    /// The size of the largest recent answer of the client (`0`: none yet).
    pub(crate) largest: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The size assumed before any answer: the answer limit.
    pub(crate) assumed: u64,
}

impl PageMemory {
    /// How many pages fit in the budget (at least one).
    fn pages(&self) -> usize {
        let largest = match self.largest.load(std::sync::atomic::Ordering::Relaxed) {
            0 => self.assumed,
            n => n,
        };
        usize::try_from(self.budget / largest.max(1))
            .unwrap_or(usize::MAX)
            .max(1)
    }
}

/// How a list request asks for one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum PagingStyle {
    /// `offset` and `limit` (the default).
    #[default]
    OffsetLimit,
    /// `page` (from 1) and `pageSize`.
    PageNumber,
    /// No paging parameters: one request returns everything (servers that do not page).
    Unpaged,
}

/// The paging parameters of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageRequest {
    /// `offset`/`limit`.
    OffsetLimit {
        /// Index of the first item.
        offset: u64,
        /// Items asked for.
        limit: u64,
    },
    /// `page`/`pageSize`.
    PageNumber {
        /// Page number, from 1.
        page: u64,
        /// Items per page.
        page_size: u64,
    },
    /// No paging parameters.
    Unpaged,
}

impl PageRequest {
    fn asked(&self) -> Option<u64> {
        match self {
            Self::OffsetLimit { limit, .. } => Some(*limit),
            Self::PageNumber { page_size, .. } => Some(*page_size),
            Self::Unpaged => None,
        }
    }
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Index of this page, from 0.
    pub index: u64,
    /// Index of the first item of this page in the whole list.
    pub offset: u64,
    /// The response's metadata (its `count` is informational only). Today's answers may
    /// leave it out.
    pub metadata: Option<ListMetadata>,
    /// How many items the server said match the list (`metadata.count` of CrashPlan PRO
    /// 3.x, `data.totalCount` of today's): a hint only, the list ends at its first short page.
    pub total: Option<u64>,
}

/// How a list is paged, set on the list builders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PagingOptions {
    /// Items per request.
    pub page_size: u64,
    /// Stop after this many items in total.
    pub limit: Option<u64>,
    /// Page requests in flight at once.
    pub window: Window,
    /// Parameters used to ask for a page.
    pub style: PagingStyle,
}

/// How many page requests of a list are in flight at once; see [pipelining](self#pipelining).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Window {
    /// Exactly this many (at least 1).
    Fixed(usize),
    /// From 1 up to this many, following the server's answers.
    Adaptive(usize),
}

impl Default for Window {
    fn default() -> Self {
        Self::Adaptive(MAX_WINDOW)
    }
}

/// The largest default window: 16 pages of 1,000 users hide 20 ms of latency on a server
/// answering a page in 1 ms, and stay within a few MiB.
pub const MAX_WINDOW: usize = 16;

/// One answer of a list: its items, its metadata (if any) and the total it announces (if any).
pub type PageAnswer<T> = (Vec<T>, Option<ListMetadata>, Option<u64>);

/// Fetches one page.
pub(crate) type FetchPage<T> =
    Box<dyn Fn(PageRequest) -> BoxFuture<'static, Result<PageAnswer<T>>> + Send + Sync>;

/// A lazy stream of pages. Dropping it aborts the requests in flight.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<T>(BoxStream<'static, Result<Page<T>>>);

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pages")
    }
}

impl<T> Stream for Pages<T> {
    type Item = Result<Page<T>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_next_unpin(cx)
    }
}

/// A lazy stream of items, page after page.
#[must_use = "streams do nothing unless polled"]
pub struct Items<T>(BoxStream<'static, Result<T>>);

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Items")
    }
}

impl<T> Stream for Items<T> {
    type Item = Result<T>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_next_unpin(cx)
    }
}

impl<T: Send + 'static> Pages<T> {
    /// The items of every page, in order.
    pub fn items(self) -> Items<T> {
        Items(
            self.0
                .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
                .try_flatten()
                .boxed(),
        )
    }
}

impl<T: Send + 'static> Items<T> {
    /// Every item in a `Vec` (stops at the first error).
    pub async fn collect_all(self) -> Result<Vec<T>> {
        self.try_collect().await
    }
}

/// What to do after a page arrived.
#[derive(Debug, PartialEq, Eq)]
enum Next {
    /// Yield the page and ask for the next one.
    More,
    /// Yield the page (if not empty) and stop.
    Last,
}

/// Decides from the number of items asked for and received; trims a page beyond `remaining`.
fn next_step(asked: Option<u64>, received: usize, remaining: Option<u64>) -> Next {
    let received = received as u64;
    match asked {
        // Unpaged, empty, short, or more than asked (the server ignores paging).
        None => Next::Last,
        Some(asked) if received != asked || received == 0 => Next::Last,
        Some(_) if remaining.is_some_and(|r| received >= r) => Next::Last,
        Some(_) => Next::More,
    }
}

/// The window's size over time: see [pipelining](self#pipelining).
#[derive(Debug)]
struct Sizer {
    current: usize,
    max: usize,
    adaptive: bool,
    /// The fastest answer so far.
    fastest: Option<Duration>,
    /// Pages the caller found ready since it last had to wait.
    since_wait: usize,
    /// When the last page was handed to the caller.
    handed: Option<Instant>,
    /// Whether the first page sized the window already.
    sized: bool,
}

impl Sizer {
    fn new(window: Window) -> Self {
        match window {
            Window::Fixed(n) => Self {
                current: n.max(1),
                max: n.max(1),
                adaptive: false,
                fastest: None,
                since_wait: 0,
                handed: None,
                sized: true,
            },
            Window::Adaptive(max) => Self {
                current: 1,
                max: max.max(1),
                adaptive: true,
                fastest: None,
                since_wait: 0,
                handed: None,
                sized: false,
            },
        }
    }

    /// Learns from one answer: `waited` if the caller asked for the page before it arrived.
    /// A fast answer grows the window by one while the caller has waited within the last
    /// window's worth of pages, so that it doubles every round trip (like TCP's slow start)
    /// as long as the network, not the caller, is the bottleneck.
    fn answered(&mut self, waited: bool, latency: Duration) {
        let fastest = self.fastest.map_or(latency, |f| f.min(latency));
        self.fastest = Some(fastest);
        self.since_wait = if waited { 0 } else { self.since_wait + 1 };
        if !self.adaptive {
            return;
        }
        let slack = Duration::from_millis(5);
        if latency > fastest * 4 + slack {
            self.current = (self.current / 2).max(1);
        } else if self.since_wait < self.current && latency <= fastest * 2 + slack {
            self.current = (self.current + 1).min(self.max);
        }
    }

    /// The first page came with a total: `pages_left` pages after it. The window opens to
    /// them (the requests never go past that end, see `State::fill`).
    fn total(&mut self, pages_left: u64) {
        if !self.sized {
            self.sized = true;
            let pages = usize::try_from(pages_left).unwrap_or(usize::MAX);
            self.current = self.current.max(pages.min(self.max));
        }
    }

    /// A page was handed to the caller.
    fn handed(&mut self) {
        self.handed = Some(Instant::now());
    }

    /// The caller asks for the next page. The first time, the window opens to the requests
    /// that hide the first answer's latency behind the time the caller took for its page.
    fn asked(&mut self) {
        let (Some(handed), Some(latency), false) = (self.handed, self.fastest, self.sized) else {
            return;
        };
        self.sized = true;
        let per_page = handed.elapsed().max(Duration::from_micros(10));
        let needed = latency.as_nanos() / per_page.as_nanos() + 1;
        let needed = usize::try_from(needed).unwrap_or(usize::MAX).min(self.max);
        self.current = self.current.max(needed);
    }
}

struct State<T> {
    request: RequestInfo,
    fetch: std::sync::Arc<FetchPage<T>>,
    /// First item of the previous page: a server that ignores the offset repeats it.
    previous_first: Option<T>,
    options: PagingOptions,
    /// Index of the next page to yield.
    index: u64,
    /// Offset of the next page to yield.
    offset: u64,
    /// Requests in flight, in order, starting at `index`. They assume that every page before
    /// them is full; a short page ends the list and aborts them.
    ahead: VecDeque<(PageRequest, AbortOnDrop<Fetched<T>>)>,
    window: Sizer,
    /// The total announced by the last answer: a hint that limits the requests sent ahead
    /// (`u64::MAX` once the server was caught lying).
    count_hint: Option<u64>,
    memory: Option<PageMemory>,
    done: bool,
}

type Fetched<T> = (Result<PageAnswer<T>>, Duration);

struct AbortOnDrop<R>(tokio::task::JoinHandle<R>);

impl<R> Drop for AbortOnDrop<R> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl<T: Clone + PartialEq + Send + 'static> State<T> {
    /// The request of the page `ahead` pages after the next one, if the limit allows it.
    fn request(&self, ahead: u64) -> Option<PageRequest> {
        let page_size = self.options.page_size.max(1);
        let offset = self.offset + ahead * page_size;
        let size = match self.options.limit {
            Some(l) if offset >= l => return None,
            Some(l) => page_size.min(l - offset),
            None => page_size,
        };
        Some(match self.options.style {
            PagingStyle::OffsetLimit => PageRequest::OffsetLimit {
                offset,
                limit: size,
            },
            PagingStyle::PageNumber => PageRequest::PageNumber {
                page: self.index + ahead + 1,
                page_size,
            },
            PagingStyle::Unpaged if ahead == 0 => PageRequest::Unpaged,
            PagingStyle::Unpaged => return None,
        })
    }

    /// Keeps the window's requests in flight. The next page is always asked for; pages
    /// beyond the end announced by the total are not asked for ahead.
    fn fill(&mut self) {
        let budget = self.memory.as_ref().map_or(usize::MAX, PageMemory::pages);
        while self.ahead.len() < self.window.current.min(budget) {
            let ahead = self.ahead.len() as u64;
            let Some(req) = self.request(ahead) else {
                return;
            };
            let start = self.offset + ahead * self.options.page_size.max(1);
            if ahead > 0 && self.count_hint.is_some_and(|count| start >= count) {
                return;
            }
            let fetch = std::sync::Arc::clone(&self.fetch);
            let task = AbortOnDrop(tokio::spawn(async move {
                let sent = Instant::now();
                let answer = fetch(req).await;
                (answer, sent.elapsed())
            }));
            self.ahead.push_back((req, task));
        }
    }

    async fn next_page(mut self) -> Option<(Result<Page<T>>, Self)> {
        if self.done {
            return None;
        }
        self.window.asked();
        self.fill();
        let (req, mut task) = self.ahead.pop_front()?;
        let waited = !task.0.is_finished();
        let fetched = match (&mut task.0).await {
            Ok((answer, latency)) => {
                self.window.answered(waited, latency);
                answer
            }
            // Only when the task panicked or the runtime shuts down.
            Err(_) => Err(Error::Cancelled),
        };
        let (mut items, metadata, total) = match fetched {
            Ok(v) => v,
            Err(e) => {
                self.finish();
                return Some((Err(e), self));
            }
        };
        let remaining = self.options.limit.map(|l| l.saturating_sub(self.offset));
        let next = next_step(req.asked(), items.len(), remaining);
        if let Some(r) = remaining
            && items.len() as u64 > r
        {
            items.truncate(usize::try_from(r).unwrap_or(usize::MAX));
        }
        if items.is_empty() {
            self.finish();
            return None;
        }
        if self.previous_first.as_ref() == items.first() {
            self.finish();
            return Some((
                Err(Error::PagingIgnored {
                    request: self.request.clone(),
                }),
                self,
            ));
        }
        self.previous_first = items.first().cloned();
        let page = Page {
            index: self.index,
            offset: self.offset,
            items,
            metadata,
            total,
        };
        self.index += 1;
        self.offset += page.items.len() as u64;
        // A count below the items already received is a lie: no hint from this server again.
        // One equal to them says nothing (the count of this page only, as a PRO server sends
        // it, or the exact end), so it limits nothing.
        self.count_hint = match (self.count_hint, page.total) {
            (Some(u64::MAX), _) | (_, None) => self.count_hint,
            (_, Some(c)) if c > self.offset => Some(c),
            (_, Some(c)) if c == self.offset => self.count_hint,
            (_, Some(_)) => Some(u64::MAX),
        };
        if let Some(total) = self.count_hint.filter(|&c| c != u64::MAX) {
            let page_size = self.options.page_size.max(1);
            self.window
                .total(total.saturating_sub(self.offset).div_ceil(page_size));
        }
        self.window.handed();
        match next {
            Next::Last => self.finish(),
            // Start the next requests before the caller consumes this page.
            Next::More => self.fill(),
        }
        Some((Ok(page), self))
    }

    /// Ends the list and aborts the requests ahead.
    fn finish(&mut self) {
        self.done = true;
        self.ahead.clear();
    }
}

/// The pages of a list, fetched with `fetch` as `options` say.
pub(crate) fn paginate<T: Clone + PartialEq + Send + 'static>(
    request: RequestInfo,
    fetch: FetchPage<T>,
    options: PagingOptions,
    memory: Option<PageMemory>,
) -> Pages<T> {
    if options.limit == Some(0) {
        return Pages(stream::empty().boxed());
    }
    let state = State {
        request,
        fetch: std::sync::Arc::new(fetch),
        previous_first: None,
        window: Sizer::new(options.window),
        options,
        index: 0,
        offset: 0,
        ahead: VecDeque::new(),
        count_hint: None,
        memory,
        done: false,
    };
    Pages(stream::unfold(state, State::next_page).boxed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    fn meta() -> ListMetadata {
        ListMetadata::builder()
            .count(999_999)
            .params(serde_json::Map::new())
            .timestamp(chrono::DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z").expect("date"))
            .try_into()
            .expect("complete metadata")
    }

    /// A fake server over `0..total` that honours paging unless `ignore_paging`.
    fn server(
        total: u64,
        ignore_paging: bool,
        log: Arc<Mutex<Vec<PageRequest>>>,
    ) -> FetchPage<u64> {
        Box::new(move |req| {
            if let Ok(mut l) = log.lock() {
                l.push(req);
            }
            let items: Vec<u64> = match (req, ignore_paging) {
                (_, true) | (PageRequest::Unpaged, _) => (0..total).collect(),
                (PageRequest::OffsetLimit { offset, limit }, false) => {
                    (offset..total).take(limit as usize).collect()
                }
                (PageRequest::PageNumber { page, page_size }, false) => ((page - 1) * page_size
                    ..total)
                    .take(page_size as usize)
                    .collect(),
            };
            Box::pin(async move { Ok((items, Some(meta()), Some(999_999))) })
        })
    }

    fn opts(page_size: u64) -> PagingOptions {
        PagingOptions {
            page_size,
            limit: None,
            window: Window::Fixed(1),
            style: PagingStyle::OffsetLimit,
        }
    }

    async fn run(total: u64, ignore: bool, o: PagingOptions) -> (Vec<u64>, Vec<PageRequest>) {
        let log = Arc::new(Mutex::new(Vec::new()));
        let items = paginate(
            RequestInfo::get("/t"),
            server(total, ignore, Arc::clone(&log)),
            o,
            None,
        )
        .items()
        .collect_all()
        .await
        .expect("no errors");
        let requests = log.lock().expect("log").clone();
        (items, requests)
    }

    #[tokio::test]
    async fn exact_multiple_of_page_size_ends_on_an_empty_page() {
        let (items, reqs) = run(30, false, opts(10)).await;
        assert_eq!(items, (0..30).collect::<Vec<_>>());
        assert_eq!(reqs.len(), 4);
    }

    #[tokio::test]
    async fn empty_result_is_one_request() {
        let (items, reqs) = run(0, false, opts(10)).await;
        assert!(items.is_empty());
        assert_eq!(reqs.len(), 1);
    }

    #[tokio::test]
    async fn a_server_ignoring_paging_is_read_once() {
        let (items, reqs) = run(25, true, opts(10)).await;
        assert_eq!(items, (0..25).collect::<Vec<_>>());
        assert_eq!(reqs.len(), 1);
    }

    #[tokio::test]
    async fn page_numbers_and_prefetch_give_the_same_items() {
        for style in [
            PagingStyle::OffsetLimit,
            PagingStyle::PageNumber,
            PagingStyle::Unpaged,
        ] {
            for window in [Window::Fixed(1), Window::Fixed(3), Window::default()] {
                let o = PagingOptions {
                    style,
                    window,
                    ..opts(7)
                };
                let (items, _) = run(23, false, o).await;
                assert_eq!(items, (0..23).collect::<Vec<_>>(), "{style:?} {window:?}");
            }
        }
    }

    #[tokio::test]
    async fn total_limit_trims_and_asks_no_more() {
        let o = PagingOptions {
            limit: Some(15),
            ..opts(10)
        };
        let (items, reqs) = run(100, false, o).await;
        assert_eq!(items, (0..15).collect::<Vec<_>>());
        assert_eq!(
            reqs,
            vec![
                PageRequest::OffsetLimit {
                    offset: 0,
                    limit: 10
                },
                PageRequest::OffsetLimit {
                    offset: 10,
                    limit: 5
                }
            ]
        );
        let (items, _) = run(
            100,
            true,
            PagingOptions {
                limit: Some(15),
                ..opts(10)
            },
        )
        .await;
        assert_eq!(items.len(), 15);
    }

    #[tokio::test]
    async fn pages_carry_index_and_offset() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let pages: Vec<Page<u64>> = paginate(
            RequestInfo::get("/t"),
            server(12, false, log),
            opts(5),
            None,
        )
        .try_collect()
        .await
        .expect("pages");
        let shape: Vec<_> = pages
            .iter()
            .map(|p| (p.index, p.offset, p.items.len()))
            .collect();
        assert_eq!(shape, vec![(0, 0, 5), (1, 5, 5), (2, 10, 2)]);
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let fetch: FetchPage<u64> =
            Box::new(|_| Box::pin(async { Err(crate::Error::Config("boom".into())) }));
        let all: Vec<_> = paginate(RequestInfo::get("/t"), fetch, opts(5), None)
            .collect()
            .await;
        assert_eq!(all.len(), 1);
        assert!(all[0].is_err());
    }

    #[tokio::test]
    async fn a_server_ignoring_the_offset_is_an_error_not_a_loop() {
        for window in [Window::Fixed(1), Window::Fixed(4), Window::default()] {
            // Honours `limit`, ignores `offset`: the same first page over and over.
            let fetch: FetchPage<u64> =
                Box::new(|_| Box::pin(async { Ok(((0..5).collect(), Some(meta()), None)) }));
            let o = PagingOptions { window, ..opts(5) };
            let all: Vec<_> = paginate(RequestInfo::get("/t"), fetch, o, None)
                .collect()
                .await;
            assert_eq!(all.len(), 2, "one page, then the error");
            assert!(matches!(all[1], Err(Error::PagingIgnored { .. })));
        }
    }

    #[test]
    fn the_first_page_sizes_an_adaptive_window() {
        // A total: open to the pages left, up to the maximum; once only.
        let mut sizer = Sizer::new(Window::Adaptive(16));
        sizer.total(9);
        assert_eq!(sizer.current, 9);
        sizer.total(40);
        assert_eq!(sizer.current, 9);
        let mut sizer = Sizer::new(Window::Adaptive(16));
        sizer.total(40);
        assert_eq!(sizer.current, 16);
        // No total: hide the first answer's latency behind the caller's time per page.
        let sized = |latency_ms: u64, per_page_ms: u64| {
            let mut sizer = Sizer::new(Window::Adaptive(16));
            sizer.answered(true, Duration::from_millis(latency_ms));
            sizer.handed = Instant::now().checked_sub(Duration::from_millis(per_page_ms));
            sizer.asked();
            sizer.current
        };
        assert!(
            (8..=11).contains(&sized(20, 2)),
            "20 ms of latency, 2 ms per page: ~11"
        );
        assert_eq!(
            sized(20, 0),
            16,
            "a fast caller over a slow link: the maximum"
        );
        assert_eq!(
            sized(1, 100),
            2,
            "a slow caller: what the first answer grew it to"
        );
        // A fixed window stays fixed.
        let mut sizer = Sizer::new(Window::Fixed(3));
        sizer.total(9);
        sizer.answered(true, Duration::from_millis(20));
        sizer.handed();
        sizer.asked();
        assert_eq!(sizer.current, 3);
    }

    #[test]
    fn next_step_rules() {
        assert_eq!(next_step(Some(10), 10, None), Next::More);
        assert_eq!(next_step(Some(10), 9, None), Next::Last);
        assert_eq!(next_step(Some(10), 11, None), Next::Last);
        assert_eq!(next_step(Some(10), 0, None), Next::Last);
        assert_eq!(next_step(Some(10), 10, Some(10)), Next::Last);
        assert_eq!(next_step(None, 10, None), Next::Last);
    }
}
