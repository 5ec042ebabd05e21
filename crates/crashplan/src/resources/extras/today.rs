//! Today's users, devices and orgs named the way an administrator names them: a user by
//! numeric id, uid, email or username ([`TodayUsers::resolve`]), a device by numeric id or
//! GUID ([`TodayDevices::resolve`]), an org by numeric id, uid, GUID or name
//! ([`TodayOrgs::resolve`]).
//!
//! Today's uids and device GUIDs are digit strings like the numeric ids, so a digit string
//! is tried as each in turn, the string id first: a 19-digit uid or GUID is never a numeric
//! id of the same tenant in the evidence (ids have 4 to 6 digits), while a short number that
//! is no uid answers 404 at once and costs one more request.

use std::future::IntoFuture;

use crashplan_api::types::{Device, V1Org, V1User};

use crate::error::{Error, Result};
use crate::resources::{TodayDevices, TodayOrgs, TodayUsers};

impl TodayUsers {
    /// The user `name` names, in the detail view of `GET /api/v1/User/{id}`, or, for an
    /// email or username, the one item of the filtered list.
    ///
    /// * digits: the uid (`get(name).id_type("uid")`), then, on 404, the numeric id, then,
    ///   on 404, the username (a username may be digits);
    /// * text with `@`: the list's `email` filter, then, when no user has that email, the
    ///   `username` filter (usernames are often emails);
    /// * other text: the list's `username` filter.
    ///
    /// Of the items the server's filter answers, those whose email or username is `name` in
    /// any case are kept (how loosely a server's filter matches is not shown by the
    /// evidence). An empty name is an [`Error::InvalidInput`]; no user, or several, an
    /// [`Error::Lookup`] naming what was looked for (`is_not_found()` when none); any other
    /// failure is the request's own error.
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// let users = client.today().users();
    /// let user = users.resolve("ada.moreau@northwind.example").await?;
    /// users.block(user.user_uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn resolve(&self, name: &str) -> Result<V1User> {
        let name = nonblank(name, "user", "its id, uid, email or username")?;
        if is_digits(name) {
            let by_uid = self.get(name).id_type("uid");
            if let Some(user) = unless_absent(by_uid).await? {
                return Ok(user);
            }
            if let Some(user) = unless_absent(self.get(name)).await? {
                return Ok(user);
            }
            return one(
                self.by("username", name).await?,
                "user",
                "the uid, id or username",
                name,
            );
        }
        if name.contains('@') {
            let by_email = self.by("email", name).await?;
            if !by_email.is_empty() {
                return one(by_email, "user", "the email", name);
            }
            let by_username = self.by("username", name).await?;
            return one(by_username, "user", "the email or username", name);
        }
        one(
            self.by("username", name).await?,
            "user",
            "the username",
            name,
        )
    }

    /// The users whose `field` (`email` or `username`) is `value` in any case, from the list
    /// with the filter of that name (the server's filter may match more loosely).
    async fn by(&self, field: &str, value: &str) -> Result<Vec<V1User>> {
        let list = self.list();
        let list = if field == "email" {
            list.email(value)
        } else {
            list.username(value)
        };
        let users = list.collect_all().await?;
        Ok(users
            .into_iter()
            .filter(|u| {
                let got = if field == "email" {
                    u.email.as_deref()
                } else {
                    u.username.as_deref()
                };
                got.is_some_and(|v| v.eq_ignore_ascii_case(value))
            })
            .collect())
    }
}

impl TodayDevices {
    /// The device `name` names, in the detail view of `GET /api/v1/Computer/{id}`: its GUID
    /// (`get(name).id_type("guid")`), then, on 404 and when `name` is a number, its numeric
    /// id. GUIDs are tried first because they are what the official tools print and name
    /// devices by; a numeric id that is no GUID costs one more request.
    ///
    /// An empty name is an [`Error::InvalidInput`]; no such device an [`Error::Lookup`] (`is_not_found()`); any other failure is the
    /// request's own error. The device comes without `backupUsage` or `settings`: ask
    /// [`get`](Self::get) with its `computerId` for those.
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// let devices = client.today().devices();
    /// let device = devices.resolve("1043017702251888104").await?;
    /// devices.block(device.computer_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn resolve(&self, name: &str) -> Result<Device> {
        let name = nonblank(name, "device", "its id or GUID")?;
        if let Some(device) = unless_absent(self.get(name).id_type("guid")).await? {
            return Ok(device);
        }
        if name.parse::<i64>().is_ok()
            && let Some(device) = unless_absent(self.get(name)).await?
        {
            return Ok(device);
        }
        one(Vec::new(), "device", "the GUID or id", name)
    }
}

impl TodayOrgs {
    /// The org `name` names, from one listing of every org (`GET /api/v1/Org`: today's API
    /// has no org filter, and its org detail takes only a GUID): the org whose `orgUid` is
    /// `name`, else whose numeric `orgId` is, else whose `orgGuid` is (any case), else whose
    /// `orgName` is (any case). The first of these that any org has decides: two orgs of the
    /// same name are an [`Error::Lookup`] with `found: 2` (name one by its uid, id or GUID),
    /// no org one with `found: 0` (`is_not_found()`), an empty name an
    /// [`Error::InvalidInput`].
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// let orgs = client.today().orgs();
    /// let org = orgs.resolve("Northwind Engineering").await?;
    /// orgs.block(org.org_guid).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn resolve(&self, name: &str) -> Result<V1Org> {
        let name = nonblank(name, "org", "its id, uid, GUID or name")?;
        let orgs = self.list().collect_all().await?;
        let id: Option<i64> = name.parse().ok();
        let keys: [&dyn Fn(&V1Org) -> bool; 4] = [
            &|o| o.org_uid == name,
            &|o| Some(o.org_id) == id,
            &|o| o.org_guid.eq_ignore_ascii_case(name),
            &|o| {
                o.org_name
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            },
        ];
        for key in keys {
            let found: Vec<V1Org> = orgs.iter().filter(|o| key(o)).cloned().collect();
            if !found.is_empty() {
                return one(found, "org", "the uid, id, GUID or name", name);
            }
        }
        one(Vec::new(), "org", "the uid, id, GUID or name", name)
    }
}

/// `name` without surrounding blanks; an [`Error::InvalidInput`] when nothing is left
/// (an empty path segment would name the list, an empty filter every item).
pub(super) fn nonblank<'a>(name: &'a str, what: &str, by: &str) -> Result<&'a str> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid_input(
            format!("an empty name for a {what}: name it by {by}"),
            None,
        ));
    }
    Ok(name)
}

/// Whether `text` is a non-empty string of ASCII digits (a numeric id, uid or GUID).
fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The answer of a detail request, `None` when the server answers 404.
async fn unless_absent<T>(call: impl IntoFuture<Output = Result<T>>) -> Result<Option<T>> {
    match call.await {
        Ok(item) => Ok(Some(item)),
        Err(err) if err.status() == Some(reqwest::StatusCode::NOT_FOUND) => Ok(None),
        Err(err) => Err(err),
    }
}

/// The one item of `found`, or the [`Error::Lookup`] saying how many `what`s have `by`
/// `name`.
pub(super) fn one<T>(
    mut found: Vec<T>,
    what: &'static str,
    by: &'static str,
    name: &str,
) -> Result<T> {
    if found.len() == 1
        && let Some(item) = found.pop()
    {
        return Ok(item);
    }
    Err(Error::Lookup {
        what,
        by,
        name: name.to_owned(),
        found: found.len(),
    })
}
