//! Usages (a computer's backup targets): `/rest/usages`.

use crate::Client;
use crate::resources::list_builder;

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

list_builder! {
    /// Builder of a usage list; from [`Usages::list`].
    UsageList => list_usages("/rest/usages") -> UsageList.usages: Usage {
        /// Only usages of computers whose user belongs to the org with this id.
        org_id: i64,
        /// Only usages of computers that belong to the user with this id.
        user_id: i64,
    }
}
