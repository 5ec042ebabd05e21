//! The request log: one entry per request plus counters per method and path.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use crate::faults::FaultKind;

/// Most entries kept by the detailed log; older entries are discarded (the counters behind
/// [`RunningEmulator::request_count`](crate::RunningEmulator::request_count) are not).
pub const LOG_CAPACITY: usize = 100_000;

/// One request as seen by the emulator. Never contains a password or a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// Path without the query, e.g. `/rest/users`.
    pub path: String,
    /// Raw query string without `?`, if any.
    pub query: Option<String>,
    /// Status code the emulator produced (for dropped connections: the status the handler
    /// produced before the connection was dropped).
    pub status: u16,
    /// Username the request claimed (HTTP Basic) or whose token it carried, if any.
    pub account: Option<String>,
    /// The fault injected into this request, if any.
    pub fault: Option<FaultKind>,
}

#[derive(Debug, Default)]
struct Inner {
    entries: VecDeque<LoggedRequest>,
    counts: HashMap<(String, String), usize>,
}

/// Thread-safe request log.
#[derive(Debug, Default)]
pub(crate) struct RequestLog {
    inner: Mutex<Inner>,
}

impl RequestLog {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn record(&self, entry: LoggedRequest) {
        let mut inner = self.lock();
        *inner
            .counts
            .entry((entry.method.clone(), entry.path.clone()))
            .or_insert(0) += 1;
        if inner.entries.len() == LOG_CAPACITY {
            inner.entries.pop_front();
        }
        inner.entries.push_back(entry);
    }

    pub(crate) fn count(&self, method: &str, path: &str) -> usize {
        self.lock()
            .counts
            .get(&(method.to_ascii_uppercase(), path.to_owned()))
            .copied()
            .unwrap_or(0)
    }

    pub(crate) fn entries(&self) -> Vec<LoggedRequest> {
        self.lock().entries.iter().cloned().collect()
    }

    pub(crate) fn reset(&self) {
        let mut inner = self.lock();
        inner.entries.clear();
        inner.counts.clear();
    }
}
