//! Server statistics: `/rest/serverStats` (administrators only).

use crashplan_api::types::ServerStats;

use crate::Client;
use crate::error::{RequestInfo, Result};

/// Server statistics; from [`Client::server_stats`].
#[derive(Debug, Clone)]
pub struct ServerStatsHandle {
    client: Client,
}

impl ServerStatsHandle {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Real-time statistics of the server (`GET /rest/serverStats`).
    pub async fn get(&self) -> Result<ServerStats> {
        let request = RequestInfo::get("/rest/serverStats");
        self.client
            .get(request, || self.client.api().get_server_stats().send())
            .await
    }
}
