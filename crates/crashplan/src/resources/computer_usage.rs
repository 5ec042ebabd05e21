//! Computer usage records: `/rest/computerUsage`.

use crate::Client;
use crate::resources::list_builder;

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

list_builder! {
    /// Builder of a computer usage list; from [`ComputerUsages::list`].
    ComputerUsageList => list_computer_usages("/rest/computerUsage") -> ComputerUsageList.computer_usages: ComputerUsage {
        /// Only records whose source computer has this id.
        source_id: i64,
        /// Only records whose source computer has this GUID.
        source_guid: i64,
        /// Only records whose target computer has this id.
        target_id: i64,
        /// Only records whose target computer has this GUID.
        target_guid: i64,
    }
}
