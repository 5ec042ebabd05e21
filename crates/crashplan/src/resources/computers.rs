//! Computers: `/rest/computers`.

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;
use crate::resources::get_by_id;

/// Operations on computers; from [`Client::computers`]. Computers cannot be created through
/// the API.
#[derive(Debug, Clone)]
pub struct Computers {
    client: Client,
}

impl Computers {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists computers (`GET /rest/computers`), constrained by the filters of the builder.
    pub fn list(&self) -> ComputerList {
        ComputerList::new(self.client.clone())
    }

    get_by_id!(get_computer, "/rest/computers", ComputerDetail, "computer");
}
