//! Users: `/rest/users`.

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;
use crate::resources::{get_by_id, writes};

/// Operations on users; from [`Client::users`].
#[derive(Debug, Clone)]
pub struct Users {
    client: Client,
}

impl Users {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists users (`GET /rest/users`), constrained by the filters of the builder.
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// use crashplan::Status;
    /// let active = client.users().list().org_id(43).status(Status::Active).collect_all().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> UserList {
        UserList::new(self.client.clone())
    }

    get_by_id!(get_user, "/rest/users", UserDetail, "user");
    writes!("/rest/users", create_user(UserCreate), update_user(UserUpdate) -> UserDetail, "user");
}
