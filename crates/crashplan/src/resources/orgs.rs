//! Orgs: `/rest/orgs`.

use crate::Client;
use crate::resources::{get_by_id, list_builder, writes};

/// Operations on orgs; from [`Client::orgs`].
#[derive(Debug, Clone)]
pub struct Orgs {
    client: Client,
}

impl Orgs {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists orgs (`GET /rest/orgs`), constrained by the filters of the builder.
    pub fn list(&self) -> OrgList {
        OrgList::new(self.client.clone())
    }

    get_by_id!(get_org, "/rest/orgs", OrgDetail, "org");
    writes!("/rest/orgs", create_org(OrgCreate), update_org(OrgUpdate) -> OrgDetail, "org");
}

list_builder! {
    /// Builder of an org list; from [`Orgs::list`].
    OrgList => list_orgs("/rest/orgs") -> OrgList.orgs: Org {
        /// Only orgs with exactly this name.
        name: String,
        /// Only orgs with this status.
        status: crate::Status,
        /// Only orgs whose parent org has this id.
        parent_id: i64,
    }
}
