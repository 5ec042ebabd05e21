//! Computers: `/rest/computers`.

use crate::Client;
use crate::resources::{get_by_id, list_builder};

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

list_builder! {
    /// Builder of a computer list; from [`Computers::list`].
    ComputerList => list_computers("/rest/computers") -> ComputerList.computers: Computer {
        /// Only the computer with this id.
        id: i64,
        /// Only computers with this status.
        status: crate::Status,
        /// Only computers with exactly this name.
        name: String,
        /// Only the computer with this GUID.
        guid: i64,
        /// Only computers that belong to the user with this id.
        user_id: i64,
    }
}
