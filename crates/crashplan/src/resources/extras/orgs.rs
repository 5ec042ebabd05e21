//! Orgs: deactivate and reactivate are status updates (`PUT /rest/orgs/{id}`).

use crashplan_api::types::{OrgDetail, OrgUpdate};

use crate::Status;
use crate::bulk::BulkOutcome;
use crate::error::Result;
use crate::resources::Orgs;

impl Orgs {
    /// Deactivates an org: [`update`](Self::update) with `{"status": "Deactivated"}`. The
    /// server renames a deactivated org (`<name> deactivated <date>`).
    pub async fn deactivate(&self, id: i64) -> Result<OrgDetail> {
        self.update(id, status_change(Status::Deactivated)).await
    }

    /// Reactivates an org: [`update`](Self::update) with `{"status": "Active"}`.
    pub async fn reactivate(&self, id: i64) -> Result<OrgDetail> {
        self.update(id, status_change(Status::Active)).await
    }

    /// Deactivates every org of `ids` with the client's concurrency; one outcome per id, in
    /// order.
    pub async fn deactivate_many(
        &self,
        ids: impl IntoIterator<Item = i64>,
    ) -> Vec<BulkOutcome<i64, OrgDetail>> {
        let orgs = self.clone();
        self.client
            .bulk(ids)
            .run(move |id| {
                let orgs = orgs.clone();
                async move { orgs.deactivate(id).await }
            })
            .await
    }
}

fn status_change(status: Status) -> OrgUpdate {
    let mut body = OrgUpdate::default();
    body.status = Some(status);
    body
}
