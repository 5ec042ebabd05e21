//! Streamed list bodies: a large unpaged user list (e.g. `GET /rest/users` over a million
//! users, as the doc's lesson 1 does) is written in chunks of 1000 users, taking the read
//! lock once per chunk, instead of being built in memory at once.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use crashplan_api::types::ListMetadata;
use hyper::body::Frame;

use crate::app::App;
use crate::views::write_item;

/// Unpaged lists longer than this are streamed.
pub(crate) const STREAM_THRESHOLD: usize = 10_000;

const CHUNK: usize = 1_000;

/// The body of an unfiltered user list from position `start`, `count` items long. New users
/// get the highest ids, so positions stay valid between chunks.
#[derive(Debug)]
pub(crate) struct UserListBody {
    app: Arc<App>,
    prefix: Option<Bytes>,
    next: usize,
    remaining: usize,
    first: bool,
    closed: bool,
}

impl UserListBody {
    pub(crate) fn new(
        app: Arc<App>,
        mut metadata: ListMetadata,
        start: usize,
        count: usize,
    ) -> Self {
        metadata.count = Some(i64::try_from(count).unwrap_or(i64::MAX));
        let mut prefix = b"{\"metadata\":".to_vec();
        let _ = serde_json::to_writer(&mut prefix, &metadata);
        prefix.extend_from_slice(b",\"users\":[");
        Self {
            app,
            prefix: Some(Bytes::from(prefix)),
            next: start,
            remaining: count,
            first: true,
            closed: false,
        }
    }

    fn chunk(&mut self) -> Bytes {
        let wanted = self.remaining.min(CHUNK);
        let mut buf = Vec::with_capacity(wanted * 256);
        let mut written = 0;
        {
            let store = self.app.read();
            for user in store.user_views_from(self.next).take(wanted) {
                if !self.first {
                    buf.push(b',');
                }
                self.first = false;
                write_item(&mut buf, &user);
                written += 1;
            }
        }
        self.next += written;
        // Fewer users than announced cannot happen (users are never removed); stop anyway.
        self.remaining = if written < wanted {
            0
        } else {
            self.remaining - written
        };
        Bytes::from(buf)
    }
}

impl hyper::body::Body for UserListBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if let Some(prefix) = self.prefix.take() {
            return Poll::Ready(Some(Ok(Frame::data(prefix))));
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
