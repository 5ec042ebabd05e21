//! Streamed list bodies. A large unfiltered list (e.g. `GET /rest/users` over a million
//! users, as the doc's lesson 1 does) is written in chunks of 1000 items, taking the read
//! lock once per chunk, instead of being built in memory at once. Unfiltered lists are
//! positional and new items only ever get appended, so positions stay valid between chunks.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use crashplan_api::types::ListMetadata;
use hyper::body::Frame;

use crate::app::App;
use crate::state::Store;
use crashplan_api::types::Computer;
use serde::Serialize;

use crate::error::Failure;
use crate::filters::ListQuery;
use crate::scopes::RecordScope;
use crate::views::{JSON_CONTENT_TYPE, write_item};

/// Lists longer than this are streamed.
pub(crate) const STREAM_THRESHOLD: usize = 10_000;

const CHUNK: usize = 1_000;

/// An unfiltered list that can be read from any position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listing {
    Users,
    Computers,
    Usages,
    ComputerUsages,
    ArchiveRecords,
}

impl Listing {
    /// Number of items.
    fn len(self, store: &Store) -> usize {
        let synthetic = |n: i64| usize::try_from(n).unwrap_or(usize::MAX);
        match self {
            Self::Users => store.users_len(),
            Self::Computers => store.computers.len() + synthetic(store.synthetic.computers_len()),
            Self::Usages => store.usages.len() + synthetic(store.synthetic.computers_len()),
            Self::ComputerUsages => {
                store.computer_usages.len() + synthetic(store.synthetic.computers_len())
            }
            Self::ArchiveRecords => {
                store.archive_records.len() + synthetic(store.synthetic.archive_records_len())
            }
        }
    }

    /// Writes up to `n` items from position `skip`, each preceded by a comma unless `first`;
    /// returns how many were written.
    fn write(self, store: &Store, skip: usize, n: usize, first: bool, buf: &mut Vec<u8>) -> usize {
        fn all<T: Serialize>(
            items: impl Iterator<Item = T>,
            mut first: bool,
            buf: &mut Vec<u8>,
        ) -> usize {
            let mut written = 0;
            for item in items {
                if !first {
                    buf.push(b',');
                }
                first = false;
                write_item(buf, &item);
                written += 1;
            }
            written
        }
        match self {
            Self::Users => all(store.user_views_from(skip).take(n), first, buf),
            Self::Computers => all(
                store
                    .computers_where(None, None, None, skip)
                    .take(n)
                    .map(|c| Computer::from(c.as_ref())),
                first,
                buf,
            ),
            Self::Usages => all(
                store
                    .usages_where(None, None, skip)
                    .take(n)
                    .map(|u| u.into_owned()),
                first,
                buf,
            ),
            Self::ComputerUsages => all(
                store
                    .computer_usages_where(None, None, skip)
                    .take(n)
                    .map(|u| u.into_owned()),
                first,
                buf,
            ),
            Self::ArchiveRecords => all(
                store
                    .archive_records_where(RecordScope::default(), skip)
                    .take(n)
                    .map(|r| r.into_owned()),
                first,
                buf,
            ),
        }
    }

    /// The answer for this unfiltered list and the query's window: streamed when long, else
    /// built at once.
    pub(crate) fn respond(self, app: &Arc<App>, query: &ListQuery) -> Result<Response, Failure> {
        let (metadata, window) = (query.metadata()?, query.window);
        let (count, small) = {
            let store = app.read();
            let count = self
                .len(&store)
                .saturating_sub(window.start)
                .min(window.len.unwrap_or(usize::MAX));
            let small = (count <= STREAM_THRESHOLD).then(|| {
                let mut buf = Vec::with_capacity(count * 256);
                self.write(&store, window.start, count, true, &mut buf);
                buf
            });
            (count, small)
        };
        let body = ListBody::new(
            app.clone(),
            self,
            (metadata, query.items_key()),
            window.start,
            count,
        );
        let body = match small {
            Some(items) => {
                let mut whole = body.prefix.to_vec();
                whole.extend_from_slice(&items);
                whole.extend_from_slice(b"]}");
                Body::from(whole)
            }
            None => Body::new(body),
        };
        Ok((
            StatusCode::OK,
            [(header::CONTENT_TYPE, JSON_CONTENT_TYPE)],
            body,
        )
            .into_response())
    }
}

/// The body of an unfiltered list from position `start`, `count` items long.
#[derive(Debug)]
struct ListBody {
    app: Arc<App>,
    listing: Listing,
    prefix: Bytes,
    prefix_sent: bool,
    next: usize,
    remaining: usize,
    first: bool,
    closed: bool,
}

impl ListBody {
    fn new(
        app: Arc<App>,
        listing: Listing,
        (mut metadata, key): (ListMetadata, &str),
        start: usize,
        count: usize,
    ) -> Self {
        metadata.count = Some(i64::try_from(count).unwrap_or(i64::MAX));
        let mut prefix = b"{\"metadata\":".to_vec();
        let _ = serde_json::to_writer(&mut prefix, &metadata);
        prefix.extend_from_slice(b",\"");
        prefix.extend_from_slice(key.as_bytes());
        prefix.extend_from_slice(b"\":[");
        Self {
            app,
            listing,
            prefix: Bytes::from(prefix),
            prefix_sent: false,
            next: start,
            remaining: count,
            first: true,
            closed: false,
        }
    }

    fn chunk(&mut self) -> Bytes {
        let wanted = self.remaining.min(CHUNK);
        let mut buf = Vec::with_capacity(wanted * 256);
        let written = {
            let store = self.app.read();
            self.listing
                .write(&store, self.next, wanted, self.first, &mut buf)
        };
        self.first = self.first && written == 0;
        self.next += written;
        // Fewer items than announced cannot happen (nothing is ever removed); stop anyway.
        self.remaining = if written < wanted {
            0
        } else {
            self.remaining - written
        };
        Bytes::from(buf)
    }
}

impl hyper::body::Body for ListBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if !self.prefix_sent {
            self.prefix_sent = true;
            return Poll::Ready(Some(Ok(Frame::data(self.prefix.clone()))));
        }
        if self.remaining > 0 {
            let chunk = self.chunk();
            return Poll::Ready(Some(Ok(Frame::data(chunk))));
        }
        if !self.closed {
            self.closed = true;
            return Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(b"]}")))));
        }
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.closed
    }
}
