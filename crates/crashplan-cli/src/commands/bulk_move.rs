//! `cpctl bulk move --csv FILE --to ORG`: every user the file names moves to one org, on
//! both generations; one [`Operation`], the runner keeping the record, dry run, resume and
//! signals.
//!
//! * Today's servers (`--api today`): users named by id, uid, email or username
//!   ([`today_user`]), the org by id, uid, GUID or name
//!   ([`TodayOrgs::resolve`](crashplan::resources::TodayOrgs::resolve)), moved with
//!   `POST /api/v3/users/{uid}/move` (`moveUserV3`, body `{"orgId": <numeric id>}`).
//! * CrashPlan PRO 3.x: users named by id, email or username ([`Users`]), the org by its id,
//!   moved with `PUT /rest/users/{id}` `{"orgId": ..}` (what `bulk update` does with an
//!   `orgId` column).
//!
//! Each row's user is read first: one already in the org is `unchanged`, so re-running is
//! safe; the move is noted (`started`) right before it is sent, and never replayed.

use crashplan::Client;
use crashplan::types::{UserUpdate, V3UserMove};

use super::bulk::Users;
use super::bulk_today::today_user;
use crate::csv_input::InputRow;
use crate::error::one_line;
use crate::runner::{Intent, Operation, Outcome};

/// Moves the user a row names to the org `org` (its numeric id).
pub struct MoveUsers {
    pub client: Client,
    pub dry_run: bool,
    pub org: i64,
    /// The 2010 resolver; `None` on today's servers.
    pub users: Option<Users>,
}

/// A user as the move needs it.
struct Located {
    /// The numeric id (the record's `user_id`).
    id: i64,
    /// The org it is in.
    org: Option<i64>,
    /// Its uid (today's servers), which today's move names it by.
    uid: Option<String>,
}

impl MoveUsers {
    /// The user a row names, read.
    async fn locate(&self, row: &InputRow) -> Result<Located, Outcome> {
        match &self.users {
            None => {
                let user = today_user(&self.client, row).await?;
                Ok(Located {
                    id: user.user_id,
                    org: user.org_id,
                    uid: Some(user.user_uid),
                })
            }
            Some(users) => {
                let id = users.id(&row.user).await?;
                self.read(id)
                    .await
                    .map_err(|err| Outcome::error(Some(id), one_line(&err)))
            }
        }
    }

    /// The user with the numeric id `id`, read.
    async fn read(&self, id: i64) -> crashplan::Result<Located> {
        if self.users.is_none() {
            let user = self.client.today().users().get(id.to_string()).await?;
            return Ok(Located {
                id,
                org: user.org_id,
                uid: Some(user.user_uid),
            });
        }
        let user = self.client.users().get(id).await?;
        Ok(Located {
            id,
            org: Some(user.org_id),
            uid: None,
        })
    }

    /// Sends the move of `user`.
    async fn send(&self, user: Located) -> crashplan::Result<()> {
        match user.uid {
            Some(uid) if self.users.is_none() => {
                let body: V3UserMove = V3UserMove::builder()
                    .org_id(self.org)
                    .try_into()
                    .map_err(|err| crashplan::Error::Config(format!("{err}")))?;
                self.client.today().users().move_(uid, body).await
            }
            _ => {
                let mut body = UserUpdate::default();
                body.org_id = Some(self.org);
                self.client.users().update(user.id, body).await.map(drop)
            }
        }
    }
}

/// `orgId: 43 -> 44` (or `orgId: none -> 44`).
fn change(from: Option<i64>, to: i64) -> String {
    let from = from.map_or_else(|| "none".to_owned(), |o| o.to_string());
    format!("orgId: {from} -> {to}")
}

impl Operation for MoveUsers {
    type Row = InputRow;
    const ID_COLUMN: (&'static str, &'static str) = ("user_id", "userId");
    const DONE: &'static [&'static str] = &["moved", "unchanged"];
    const OTHER: &'static [&'static str] = &["would move"];

    fn recorded_here(outcome: &str, message: &str) -> bool {
        outcome != "unchanged" || message.starts_with("already in org ")
    }

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "moving" }
    }

    async fn apply(&self, row: &InputRow, intent: &Intent<'_>) -> Outcome {
        let user = match self.locate(row).await {
            Ok(user) => user,
            Err(outcome) => return outcome,
        };
        let (id, from) = (user.id, user.org);
        if from == Some(self.org) {
            return Outcome::new(
                "unchanged",
                Some(id),
                format!("already in org {}", self.org),
            );
        }
        if self.dry_run {
            return Outcome::new(Self::OTHER[0], Some(id), change(from, self.org));
        }
        if let Err(outcome) = intent.note(Some(id)) {
            return outcome;
        }
        match self.send(user).await {
            Ok(()) => Outcome::new(Self::DONE[0], Some(id), change(from, self.org)),
            Err(err) => Outcome::error(Some(id), one_line(&err)),
        }
    }

    async fn confirm(&self, _row: &InputRow, id: Option<i64>) -> Option<Outcome> {
        let user = self.read(id?).await.ok()?;
        (user.org == Some(self.org)).then(|| {
            Outcome::new(
                Self::DONE[0],
                Some(user.id),
                "done by the interrupted run (checked on resume)",
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_is_told_as_a_change_of_org_id() {
        assert_eq!(change(Some(43), 44), "orgId: 43 -> 44");
        assert_eq!(change(None, 44), "orgId: none -> 44");
        assert!(MoveUsers::recorded_here("unchanged", "already in org 44"));
        assert!(!MoveUsers::recorded_here(
            "unchanged",
            "already Deactivated"
        ));
    }
}
