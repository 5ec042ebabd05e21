//! Usages (a computer's backup targets): `/rest/usages`.

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;

/// Backup usages; from [`Client::usages`]. There is no detail view.
#[derive(Debug, Clone)]
pub struct Usages {
    client: Client,
}

impl Usages {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists usages (`GET /rest/usages`), constrained by the filters of the builder.
    pub fn list(&self) -> UsageList {
        UsageList::new(self.client.clone())
    }
}
