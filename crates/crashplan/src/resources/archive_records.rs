//! Daily archive records: `/rest/archiveRecords`.

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;

/// Daily archive records, newest first; from [`Client::archive_records`].
#[derive(Debug, Clone)]
pub struct ArchiveRecords {
    client: Client,
}

impl ArchiveRecords {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists archive records (`GET /rest/archiveRecords`).
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// let last_week = client.archive_records().list().user_id(69).days_back(7).collect_all().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ArchiveRecordList {
        ArchiveRecordList::new(self.client.clone())
    }
}
