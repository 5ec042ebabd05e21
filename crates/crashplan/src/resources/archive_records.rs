//! Daily archive records: `/rest/archiveRecords`.

use crate::Client;
use crate::resources::list_builder;

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

list_builder! {
    /// Builder of an archive record list; from [`ArchiveRecords::list`].
    ArchiveRecordList => list_archive_records("/rest/archiveRecords") -> ArchiveRecordList.archive_records: ArchiveRecord {
        /// Only records that summarise the user with this id.
        user_id: i64,
        /// Only records that summarise the org with this id.
        org_id: i64,
        /// Only records of the source computer with this id.
        source_id: i64,
        /// Only records of the source computer with this GUID.
        source_guid: i64,
        /// Only records of the target computer with this id.
        target_id: i64,
        /// Only records of the target computer with this GUID.
        target_guid: i64,
        /// Only the records of the most recent `days_back` days.
        days_back: i64,
    }
}
