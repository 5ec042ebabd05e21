//! Orgs: `/rest/orgs`.

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;
use crate::resources::{get_by_id, writes};

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
