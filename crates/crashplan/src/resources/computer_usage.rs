//! Computer usage records: `/rest/computerUsage`.

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;

/// Computer usage records; from [`Client::computer_usage`]. There is no detail view.
#[derive(Debug, Clone)]
pub struct ComputerUsages {
    client: Client,
}

impl ComputerUsages {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists computer usage records (`GET /rest/computerUsage`).
    pub fn list(&self) -> ComputerUsageList {
        ComputerUsageList::new(self.client.clone())
    }
}
