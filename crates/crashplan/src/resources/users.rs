//! Users: `/rest/users`.

use crate::Client;
use crate::resources::{get_by_id, list_builder, writes};

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

list_builder! {
    /// Builder of a user list; from [`Users::list`].
    UserList => list_users("/rest/users") -> UserList.users: User {
        /// Only the user with this id.
        id: i64,
        /// Only users with this status.
        status: crate::Status,
        /// Only users with exactly this email address.
        email: String,
        /// Only users with exactly this first name.
        first_name: String,
        /// Only users with exactly this last name.
        last_name: String,
        /// Only users who belong to the org with this id.
        org_id: i64,
    }
}
