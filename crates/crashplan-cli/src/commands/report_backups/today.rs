//! `cpctl report backups` on today's servers (`--api today`): one paged listing of the active
//! devices with their backup usage (`GET /api/v1/Computer?active=true&incBackupUsage=true`,
//! 500 a page as pycpg asks), which carries, per device, one `backupUsage` entry per
//! destination with its `lastCompletedBackup`, `lastBackup` and `lastConnected`: today's
//! counterpart of the 2010 Usages resource. The stale devices' owners' emails come from one
//! users listing (by `userUid`), as the 2010 report joins one users listing; an owner outside
//! the org's listing (`--org`, a user moved since) is read alone, by uid (usually none). Never
//! a request per device.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, FixedOffset};
use crashplan::types::Device;
use futures::TryStreamExt;
use serde_json::json;

use super::{Threshold, days_since, latest};
use crate::columns;
use crate::commands::Ctx;
use crate::error::CliError;
use crate::output::{Column, RecordWriter};

/// The 2010 report's columns where today's devices have them (`userUid`, `orgUid` for the
/// ids); the 2010 `lastActivity` is today's `lastBackup` (the last backup activity), beside
/// `lastCompletedBackup`, which decides staleness.
const COLUMNS: &[Column] = columns![
    ("computerId", "computerId"),
    ("name", "name"),
    ("guid", "guid"),
    ("userUid", "userUid"),
    ("email", "email"),
    ("orgUid", "orgUid"),
    ("lastCompletedBackup", "lastCompletedBackup"),
    ("lastBackup", "lastBackup"),
    ("lastConnected", "lastConnected"),
    ("daysSinceCompletedBackup", "daysSinceCompletedBackup"),
    ("daysSinceConnected", "daysSinceConnected"),
];

/// The page size of the devices listing (pycpg's).
const PAGE_SIZE: u64 = 500;

/// One device, over all its destinations.
#[derive(Debug)]
struct Seen {
    device: Device,
    last_completed: Option<DateTime<FixedOffset>>,
    last_backup: Option<DateTime<FixedOffset>>,
    last_connected: Option<DateTime<FixedOffset>>,
}

impl Seen {
    /// The device's most recent completed backup, backup and connection over its destinations
    /// (the device's own `lastConnected`, its connection to the server, counts too).
    fn of(device: Device) -> Self {
        let usage = device.backup_usage.as_deref().unwrap_or_default();
        let over =
            |at: fn(&crashplan::types::DeviceBackupUsage) -> Option<DateTime<FixedOffset>>| {
                usage.iter().map(at).fold(None, latest)
            };
        let last_completed = over(|u| u.last_completed_backup);
        let last_backup = over(|u| u.last_backup);
        let last_connected = latest(device.last_connected, over(|u| u.last_connected));
        Self {
            device,
            last_completed,
            last_backup,
            last_connected,
        }
    }
}

/// `report backups` against today's API; `org` is the org's numeric id or uid.
pub async fn run(ctx: &Ctx<'_>, org: Option<i64>, older_than: i64) -> Result<(), CliError> {
    let threshold = Threshold::new(older_than);
    let today = ctx.client.today();
    // `--org` names the org by id or uid; today's lists filter by `orgUid`.
    let org_uid = match org {
        Some(org) => Some(today.orgs().resolve(&org.to_string()).await?.org_uid),
        None => None,
    };
    let mut devices = today
        .devices()
        .list()
        .active(true)
        .inc_backup_usage(true)
        .page_size(PAGE_SIZE);
    if let Some(uid) = &org_uid {
        devices = devices.org_uid(uid.clone());
    }
    let mut total = 0usize;
    let mut stale_ones = Vec::new();
    let mut listed = std::pin::pin!(devices.items());
    while let Some(device) = listed.try_next().await? {
        total += 1;
        let seen = Seen::of(device);
        if threshold.stale(seen.last_completed) || threshold.stale(seen.last_connected) {
            stale_ones.push(seen);
        }
    }
    // Most stale first: never completed a backup, then the oldest; then the oldest connection.
    stale_ones.sort_by_key(|s| (s.last_completed, s.last_connected, s.device.computer_id));

    let emails = if stale_ones.is_empty() {
        HashMap::new()
    } else {
        owners_emails(ctx, org_uid.as_deref(), &stale_ones).await?
    };

    let stdout = std::io::BufWriter::new(std::io::stdout());
    let mut writer = RecordWriter::new(ctx.format, &ctx.columns(COLUMNS)?, stdout);
    let never = stale_ones
        .iter()
        .filter(|s| s.last_completed.is_none())
        .count();
    for seen in &stale_ones {
        let device = &seen.device;
        let email = device
            .user_uid
            .as_ref()
            .and_then(|uid| emails.get(uid).cloned().flatten());
        writer.write(&json!({
            "computerId": device.computer_id,
            "name": device.name,
            "guid": device.guid,
            "userUid": device.user_uid,
            "email": email,
            "orgUid": device.org_uid,
            "lastCompletedBackup": seen.last_completed,
            "lastBackup": seen.last_backup,
            "lastConnected": seen.last_connected,
            "daysSinceCompletedBackup": days_since(seen.last_completed, threshold.now),
            "daysSinceConnected": days_since(seen.last_connected, threshold.now),
        }))?;
    }
    writer.finish()?;
    let scope = org.map(|o| format!(" in org {o}")).unwrap_or_default();
    ctx.ui.info(format!(
        "{} of {total} active devices{scope} have not completed a backup or connected since {} \
         ({never} never completed a backup)",
        stale_ones.len(),
        threshold.label(),
    ));
    Ok(())
}

/// userUid -> email of the stale devices' owners: one users listing (of the org with
/// `--org`), then each owner it missed read alone by uid.
async fn owners_emails(
    ctx: &Ctx<'_>,
    org_uid: Option<&str>,
    stale_ones: &[Seen],
) -> Result<HashMap<String, Option<String>>, CliError> {
    let users = ctx.client.today().users();
    let mut list = users.list().page_size(PAGE_SIZE);
    if let Some(uid) = org_uid {
        list = list.org_uid(uid);
    }
    let listed: Vec<_> = list.items().try_collect().await?;
    let mut emails: HashMap<String, Option<String>> =
        listed.into_iter().map(|u| (u.user_uid, u.email)).collect();
    if org_uid.is_some() {
        let missing: BTreeSet<&String> = stale_ones
            .iter()
            .filter_map(|s| s.device.user_uid.as_ref())
            .filter(|uid| !emails.contains_key(*uid))
            .collect();
        for uid in missing {
            if let Ok(user) = users.get(uid.as_str()).id_type("uid").await {
                emails.insert(uid.clone(), user.email);
            }
        }
    }
    Ok(emails)
}
