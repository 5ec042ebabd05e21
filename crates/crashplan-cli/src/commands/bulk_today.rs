//! `cpctl bulk deactivate|reactivate [users|devices]` on today's servers (`--api today`): one
//! [`runner::Operation`](crate::runner::Operation) each, the runner keeping the record, dry
//! run, resume and signals exactly as for the 2010 commands.
//!
//! * Users are named by numeric id, uid, email or username
//!   ([`TodayUsers::resolve`](crashplan::resources::TodayUsers::resolve)) and changed through
//!   `deactivateUserV3` / `activateUserV3` (without blocking or unblocking). Their records are
//!   those of the 2010 command (`user_id` is the numeric id, the same outcomes), so the
//!   constants come from [`SetStatus`].
//! * Devices are named by GUID or numeric id
//!   ([`TodayDevices::resolve`](crashplan::resources::TodayDevices::resolve)) and changed
//!   through `deactivateDeviceV38` / `reactivateDeviceV38`; `computer_id` is the record's id.
//!
//! Each row is read first: a record already in the wanted state is `unchanged`, so re-running
//! is safe; the change is noted (`started`) right before it is sent, and never replayed.

use crashplan::Client;
use crashplan::types::{Device, DeviceDeactivation, V1User, V3UserActivate, V3UserDeactivate};

use super::bulk::SetStatus;
use crate::csv_input::{DeviceRow, InputRow};
use crate::error::one_line;
use crate::runner::{Intent, Operation, Outcome};

/// `Active` or `Deactivated`, the state a bulk status command wants.
fn wanted(deactivate: bool) -> &'static str {
    if deactivate { "Deactivated" } else { "Active" }
}

/// Whether a user of today's API is deactivated (`active: false`, else its `status`).
fn user_deactivated(user: &V1User) -> bool {
    match user.active {
        Some(active) => !active,
        None => user.status == Some(crashplan::Status::Deactivated),
    }
}

/// Whether a device is deactivated (`active: false`, else a `status` naming it).
fn device_deactivated(device: &Device) -> bool {
    match device.active {
        Some(active) => !active,
        None => device
            .status
            .as_ref()
            .is_some_and(|s| s.to_string().contains("Deactivated")),
    }
}

/// The outcome of a row whose record is read: `unchanged` when it is in the wanted state,
/// the dry run's outcome, or `None` to go on and change it.
fn before_change(
    deactivated: bool,
    deactivate: bool,
    dry_run: bool,
    id: i64,
    would: &str,
) -> Option<Outcome> {
    let now = wanted(deactivated);
    if deactivated == deactivate {
        return Some(Outcome::new(
            "unchanged",
            Some(id),
            format!("already {now}"),
        ));
    }
    dry_run.then(|| Outcome::new(would, Some(id), format!("now {now}")))
}

/// Deactivates (`DEACTIVATE`) or reactivates the user of today's API a row names.
pub struct TodayUserStatus<const DEACTIVATE: bool> {
    pub client: Client,
    pub dry_run: bool,
}

/// The user of today's API a row names, by its text as the person wrote it (a uid may have
/// more digits than a 2010 id can hold): an error outcome when it names none or several.
pub(super) async fn today_user(client: &Client, row: &InputRow) -> Result<V1User, Outcome> {
    let digits = !row.input.is_empty() && row.input.bytes().all(|b| b.is_ascii_digit());
    if let (Err(message), false) = (&row.user, digits) {
        return Err(Outcome::error(None, message.clone()));
    }
    client
        .today()
        .users()
        .resolve(&row.input)
        .await
        .map_err(|err| Outcome::error(None, one_line(&err)))
}

impl<const DEACTIVATE: bool> Operation for TodayUserStatus<DEACTIVATE> {
    type Row = InputRow;
    const ID_COLUMN: (&'static str, &'static str) = <SetStatus<DEACTIVATE> as Operation>::ID_COLUMN;
    const DONE: &'static [&'static str] = <SetStatus<DEACTIVATE> as Operation>::DONE;
    const OTHER: &'static [&'static str] = <SetStatus<DEACTIVATE> as Operation>::OTHER;

    fn recorded_here(outcome: &str, message: &str) -> bool {
        <SetStatus<DEACTIVATE> as Operation>::recorded_here(outcome, message)
    }

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "updating" }
    }

    async fn apply(&self, row: &InputRow, intent: &Intent<'_>) -> Outcome {
        let user = match today_user(&self.client, row).await {
            Ok(user) => user,
            Err(outcome) => return outcome,
        };
        let id = user.user_id;
        let deactivated = user_deactivated(&user);
        if let Some(outcome) =
            before_change(deactivated, DEACTIVATE, self.dry_run, id, Self::OTHER[0])
        {
            return outcome;
        }
        if let Err(outcome) = intent.note(Some(id)) {
            return outcome;
        }
        let users = self.client.today().users();
        let result = if DEACTIVATE {
            let mut body = V3UserDeactivate::default();
            body.block = Some(false);
            users.deactivate(user.user_uid, body).await
        } else {
            let mut body = V3UserActivate::default();
            body.unblock = Some(false);
            users.reactivate(user.user_uid, body).await
        };
        match result {
            Ok(()) => Outcome::new(Self::DONE[0], Some(id), ""),
            Err(err) => Outcome::error(Some(id), one_line(&err)),
        }
    }

    async fn confirm(&self, _row: &InputRow, id: Option<i64>) -> Option<Outcome> {
        let id = id?;
        let user = self.client.today().users().get(id.to_string()).await.ok()?;
        (user_deactivated(&user) == DEACTIVATE).then(|| {
            Outcome::new(
                Self::DONE[0],
                Some(id),
                "done by the interrupted run (checked on resume)",
            )
        })
    }
}

/// Deactivates (`DEACTIVATE`) or reactivates the device a row names.
pub struct TodayDeviceStatus<const DEACTIVATE: bool> {
    pub client: Client,
    pub dry_run: bool,
}

impl<const DEACTIVATE: bool> Operation for TodayDeviceStatus<DEACTIVATE> {
    type Row = DeviceRow;
    const ID_COLUMN: (&'static str, &'static str) = ("computer_id", "computerId");
    // The users' words: a record of devices is still told from one of users by its columns.
    const DONE: &'static [&'static str] = <SetStatus<DEACTIVATE> as Operation>::DONE;
    const OTHER: &'static [&'static str] = <SetStatus<DEACTIVATE> as Operation>::OTHER;

    fn recorded_here(outcome: &str, message: &str) -> bool {
        <SetStatus<DEACTIVATE> as Operation>::recorded_here(outcome, message)
    }

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "updating" }
    }

    async fn apply(&self, row: &DeviceRow, intent: &Intent<'_>) -> Outcome {
        let devices = self.client.today().devices();
        let device = match devices.resolve(&row.input).await {
            Ok(device) => device,
            Err(err) => return Outcome::error(None, one_line(&err)),
        };
        let id = device.computer_id;
        if let Some(outcome) = before_change(
            device_deactivated(&device),
            DEACTIVATE,
            self.dry_run,
            id,
            Self::OTHER[0],
        ) {
            return outcome;
        }
        let body: DeviceDeactivation = match DeviceDeactivation::builder().id(id).try_into() {
            Ok(body) => body,
            Err(err) => return Outcome::error(Some(id), format!("not sent: {err}")),
        };
        if let Err(outcome) = intent.note(Some(id)) {
            return outcome;
        }
        let result = if DEACTIVATE {
            devices.deactivate(body).await
        } else {
            devices.reactivate(body).await
        };
        match result {
            Ok(()) => Outcome::new(Self::DONE[0], Some(id), ""),
            Err(err) => Outcome::error(Some(id), one_line(&err)),
        }
    }

    async fn confirm(&self, _row: &DeviceRow, id: Option<i64>) -> Option<Outcome> {
        let id = id?;
        let device = self
            .client
            .today()
            .devices()
            .get(id.to_string())
            .await
            .ok()?;
        (device_deactivated(&device) == DEACTIVATE).then(|| {
            Outcome::new(
                Self::DONE[0],
                Some(id),
                "done by the interrupted run (checked on resume)",
            )
        })
    }
}
