//! Users: deactivate and reactivate are status updates (`PUT /rest/users/{id}`); a user is
//! named by id, email or username ([`Users::resolve`], [`UserResolver`]).

use std::collections::HashMap;
use std::convert::Infallible;
use std::str::FromStr;

use crashplan_api::types::{UserDetail, UserUpdate};
use futures::TryStreamExt;

use crate::Status;
use crate::bulk::BulkOutcome;
use crate::error::{Error, Result};
use crate::resources::Users;

impl Users {
    /// Deactivates a user: [`update`](Self::update) with `{"status": "Deactivated"}`.
    pub async fn deactivate(&self, id: i64) -> Result<UserDetail> {
        self.update(id, status_change(Status::Deactivated)).await
    }

    /// Reactivates a user: [`update`](Self::update) with `{"status": "Active"}`.
    pub async fn reactivate(&self, id: i64) -> Result<UserDetail> {
        self.update(id, status_change(Status::Active)).await
    }

    /// Deactivates every user of `ids` with the client's concurrency; one outcome per id, in
    /// order.
    pub async fn deactivate_many(
        &self,
        ids: impl IntoIterator<Item = i64>,
    ) -> Vec<BulkOutcome<i64, UserDetail>> {
        let users = self.clone();
        self.client
            .bulk(ids)
            .run(move |id| {
                let users = users.clone();
                async move { users.deactivate(id).await }
            })
            .await
    }

    /// The id of the user `name` names: a number is the id itself; otherwise the user with
    /// this email (the list's `email` filter, any case), else with this username (the list's
    /// `username` filter where the spec has one, else one listing of every user). No user, or
    /// several, is an [`Error::Lookup`] (`is_not_found()` when none).
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// let id = client.users().resolve("userthree@testorg.org").await?;
    /// client.users().deactivate(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn resolve(&self, name: &str) -> Result<i64> {
        let resolver = self.resolver(false).await?;
        resolver.id(&UserRef::parse(name)).await
    }

    /// A resolver for many names at once ([`UserResolver::id`]). With `with_usernames`, and
    /// where the list has no `username` filter, every user is listed once now, so that each
    /// username costs no request later.
    pub async fn resolver(&self, with_usernames: bool) -> Result<UserResolver> {
        let by_filter = self.list().filter("username", "").is_ok();
        let usernames = if with_usernames && !by_filter {
            let users: Vec<_> = self.list().items().try_collect().await?;
            Some(
                users
                    .into_iter()
                    .filter_map(|user| Some((user.username?, user.id)))
                    .collect(),
            )
        } else {
            None
        };
        Ok(UserResolver {
            users: self.clone(),
            usernames,
        })
    }
}

fn status_change(status: Status) -> UserUpdate {
    let mut body = UserUpdate::default();
    body.status = Some(status);
    body
}

/// How a user is named: by id, email or username.
///
/// ```
/// use crashplan::resources::UserRef;
/// assert_eq!(UserRef::parse("69"), UserRef::Id(69));
/// assert_eq!(UserRef::parse("ada@example.com"), UserRef::Any("ada@example.com".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserRef {
    /// The numeric id.
    Id(i64),
    /// An email address.
    Email(String),
    /// A username.
    Username(String),
    /// An email, else a username (what a person types: `userthree@testorg.org` may be
    /// either).
    Any(String),
}

impl UserRef {
    /// A number is an id; anything else an email or a username ([`UserRef::Any`]).
    pub fn parse(text: &str) -> Self {
        match text.trim().parse() {
            Ok(id) => Self::Id(id),
            Err(_) => Self::Any(text.to_owned()),
        }
    }
}

impl FromStr for UserRef {
    type Err = Infallible;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        Ok(Self::parse(s))
    }
}

impl From<i64> for UserRef {
    fn from(id: i64) -> Self {
        Self::Id(id)
    }
}

/// Finds users by id, email or username; from [`Users::resolver`].
#[derive(Debug, Clone)]
pub struct UserResolver {
    users: Users,
    /// Username -> id of every user, where the list has no `username` filter and usernames
    /// were asked for.
    usernames: Option<HashMap<String, i64>>,
}

impl UserResolver {
    /// The id of the user `name` names; [`Error::Lookup`] when none or several do.
    pub async fn id(&self, name: &UserRef) -> Result<i64> {
        match name {
            UserRef::Id(id) => Ok(*id),
            UserRef::Email(email) => one(self.by("email", email).await?, email, "the email"),
            UserRef::Username(user) => one(self.by_username(user).await?, user, "the username"),
            UserRef::Any(text) => {
                let by_email = if text.contains('@') {
                    self.by("email", text).await?
                } else {
                    Vec::new()
                };
                if by_email.is_empty() {
                    one(
                        self.by_username(text).await?,
                        text,
                        "the id, email or username",
                    )
                } else {
                    one(by_email, text, "the email")
                }
            }
        }
    }

    /// Users whose `field` is `value` (any case), asked with the list's filter of that name.
    async fn by(&self, field: &str, value: &str) -> Result<Vec<i64>> {
        let list = self
            .users
            .list()
            .filter(field, value)
            .map_err(|err| Error::Config(err.to_string()))?;
        let users = list.collect_all().await?;
        Ok(users
            .iter()
            .filter(|u| {
                let got = if field == "email" {
                    u.email.as_deref()
                } else {
                    u.username.as_deref()
                };
                got.is_some_and(|v| v.eq_ignore_ascii_case(value))
            })
            .map(|u| u.id)
            .collect())
    }

    async fn by_username(&self, name: &str) -> Result<Vec<i64>> {
        match &self.usernames {
            Some(index) => Ok(index.get(name).copied().into_iter().collect()),
            None if self.users.list().filter("username", name).is_ok() => {
                self.by("username", name).await
            }
            None => {
                let all = self.users.resolver(true).await?;
                Box::pin(all.by_username(name)).await
            }
        }
    }
}

/// The one id of `ids`, or the lookup error.
fn one(ids: Vec<i64>, name: &str, by: &'static str) -> Result<i64> {
    match ids.as_slice() {
        [id] => Ok(*id),
        _ => Err(Error::Lookup {
            what: "user",
            by,
            name: name.to_owned(),
            found: ids.len(),
        }),
    }
}
