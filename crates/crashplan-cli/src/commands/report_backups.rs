//! `cpctl report backups --older-than 7d`: which computers have not backed up lately.
//!
//! The Usages resource has one row per computer and destination, with the last backup
//! (`lastActivity`) and last connection; the reference names it the efficient way to monitor
//! many computers. The rows are grouped per computer (its most recent backup and connection
//! over all destinations), the stale ones joined with one computers listing (name, GUID,
//! owner) and one users listing (email): three paged listings, never a request per computer
//! (only an owner missing from the org's users listing is read alone).
//!
//! Today's servers (`--api today`) have no Usages resource: [`today`] reads the devices'
//! backup usage instead, in one listing.

mod today;

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use crashplan::api::spec::Generation;
use futures::TryStreamExt;
use serde_json::json;

use super::Ctx;
use crate::columns;
use crate::error::CliError;
use crate::output::{Column, RecordWriter};

const COLUMNS: &[Column] = columns![
    ("computerId", "computerId"),
    ("name", "name"),
    ("guid", "guid"),
    ("userId", "userId"),
    ("email", "email"),
    ("orgId", "orgId"),
    ("lastActivity", "lastActivity"),
    ("lastConnected", "lastConnected"),
    ("daysSinceActivity", "daysSinceActivity"),
    ("daysSinceConnected", "daysSinceConnected"),
];

/// One computer, over all its destinations.
#[derive(Debug, Default)]
struct Seen {
    guid: i64,
    user_id: Option<i64>,
    org_id: Option<i64>,
    last_activity: Option<DateTime<FixedOffset>>,
    last_connected: Option<DateTime<FixedOffset>>,
}

/// The later of two optional instants.
fn latest(
    a: Option<DateTime<FixedOffset>>,
    b: Option<DateTime<FixedOffset>>,
) -> Option<DateTime<FixedOffset>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// The instant before which a backup or connection is stale: `--older-than` before now.
#[derive(Debug, Clone, Copy)]
struct Threshold {
    now: DateTime<Utc>,
    at: DateTime<Utc>,
}

impl Threshold {
    /// `older_than` seconds before now (the beginning of time when that overflows).
    fn new(older_than: i64) -> Self {
        let now = Utc::now();
        let at = TimeDelta::try_seconds(older_than)
            .and_then(|age| now.checked_sub_signed(age))
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        Self { now, at }
    }

    /// Whether `at` is stale: never, or before the threshold.
    fn stale(&self, at: Option<DateTime<FixedOffset>>) -> bool {
        at.is_none_or(|at| at < self.at)
    }

    /// The threshold for the summary line.
    fn label(&self) -> String {
        self.at.format("%Y-%m-%d %H:%M UTC").to_string()
    }
}

/// Whole days from `at` to `now`; `None` for never.
fn days_since(at: Option<DateTime<FixedOffset>>, now: DateTime<Utc>) -> Option<i64> {
    at.map(|at| (now - at.with_timezone(&Utc)).num_days())
}

/// `report backups`: from the Usages resource on a 2010 server, from the devices' backup
/// usage on today's ([`today`]).
pub async fn run(ctx: &Ctx<'_>, org: Option<i64>, older_than: i64) -> Result<(), CliError> {
    match ctx.generation {
        Generation::Today => today::run(ctx, org, older_than).await,
        _ => from_usages(ctx, org, older_than).await,
    }
}

/// `report backups` against the 2010 API.
async fn from_usages(ctx: &Ctx<'_>, org: Option<i64>, older_than: i64) -> Result<(), CliError> {
    let threshold = Threshold::new(older_than);
    let now = threshold.now;
    let stale = |at| threshold.stale(at);

    let mut usages = ctx.client.usages().list();
    if let Some(org) = org {
        usages = usages.org_id(org);
    }
    let mut computers: BTreeMap<i64, Seen> = BTreeMap::new();
    let mut rows = std::pin::pin!(usages.items());
    while let Some(usage) = rows.try_next().await? {
        let seen = computers.entry(usage.source_id).or_default();
        seen.guid = usage.source_guid;
        seen.user_id = seen.user_id.or(usage.source_user_id);
        seen.org_id = seen.org_id.or(usage.source_org_id);
        seen.last_activity = latest(seen.last_activity, usage.last_activity);
        seen.last_connected = latest(seen.last_connected, usage.last_connected);
    }
    let total = computers.len();
    let mut stale_ones: Vec<(i64, Seen)> = computers
        .into_iter()
        .filter(|(_, s)| stale(s.last_activity) || stale(s.last_connected))
        .collect();
    // Most stale first: never backed up, then the oldest backup; then the oldest connection.
    stale_ones.sort_by_key(|(id, s)| (s.last_activity, s.last_connected, *id));

    // Names, GUIDs and owners from one computers listing, emails from one users listing;
    // skipped when nothing is stale.
    let (mut names, mut emails) = (HashMap::new(), HashMap::new());
    if !stale_ones.is_empty() {
        let listed: Vec<_> = ctx.client.computers().list().items().try_collect().await?;
        names = listed
            .into_iter()
            .map(|c| (c.id, (c.name, c.guid, c.user_id)))
            .collect();
        let mut users = ctx.client.users().list();
        if let Some(org) = org {
            users = users.org_id(org);
        }
        let users: Vec<_> = users.items().try_collect().await?;
        emails = users.into_iter().map(|u| (u.id, u.email)).collect();
        // Owners outside the org's listing (moved since their computer's usage was recorded):
        // each read once; usually none.
        let missing: std::collections::BTreeSet<i64> = stale_ones
            .iter()
            .filter_map(|(id, seen)| names.get(id).map(|n| n.2).or(seen.user_id))
            .filter(|owner| !emails.contains_key(owner))
            .collect();
        for owner in missing {
            if let Ok(user) = ctx.client.users().get(owner).await {
                emails.insert(owner, user.email);
            }
        }
    }

    let stdout = std::io::BufWriter::new(std::io::stdout());
    let mut writer = RecordWriter::new(ctx.format, &ctx.columns(COLUMNS)?, stdout);
    let never = stale_ones
        .iter()
        .filter(|(_, s)| s.last_activity.is_none())
        .count();
    for (id, seen) in &stale_ones {
        let (name, guid, owner) = match names.get(id) {
            Some((name, guid, owner)) => (Some(name.clone()), *guid, Some(*owner)),
            None => (None, seen.guid, seen.user_id),
        };
        let email = owner.and_then(|u| emails.get(&u).cloned().flatten());
        writer.write(&json!({
            "computerId": id,
            "name": name,
            "guid": guid,
            "userId": owner,
            "email": email,
            "orgId": seen.org_id,
            "lastActivity": seen.last_activity,
            "lastConnected": seen.last_connected,
            "daysSinceActivity": days_since(seen.last_activity, now),
            "daysSinceConnected": days_since(seen.last_connected, now),
        }))?;
    }
    writer.finish()?;
    let scope = org.map(|o| format!(" in org {o}")).unwrap_or_default();
    ctx.ui.info(format!(
        "{} of {total} computers{scope} have not backed up or connected since {} ({never} never \
         backed up)",
        stale_ones.len(),
        threshold.label(),
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_and_days_since() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).ok();
        assert_eq!(
            latest(at("2020-01-01T00:00:00Z"), at("2021-01-01T00:00:00Z")),
            at("2021-01-01T00:00:00Z")
        );
        assert_eq!(
            latest(None, at("2020-01-01T00:00:00Z")),
            at("2020-01-01T00:00:00Z")
        );
        assert_eq!(latest(None, None), None);
        let now = DateTime::parse_from_rfc3339("2020-01-08T12:00:00Z")
            .expect("date")
            .with_timezone(&Utc);
        assert_eq!(days_since(at("2020-01-01T00:00:00Z"), now), Some(7));
        assert_eq!(days_since(None, now), None);
    }
}
