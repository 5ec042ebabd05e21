//! `cpctl report usage`: the reference's lessons 3 and 4 and variation 1 in one command;
//! `report backups` is in [`super::report_backups`].

use crashplan::{DetailsExt, Status};
use futures::TryStreamExt;
use serde_json::json;

use super::Ctx;
use crate::cli::ReportCommand;
use crate::columns;
use crate::error::CliError;
use crate::output::{Column, RecordWriter};

const COLUMNS: &[Column] = columns![
    ("User", "user"),
    ("Email", "email"),
    ("Bytes", "archiveBytes"),
    ("Cost", "cost"),
    ("Over quota", "overQuota"),
    ("Action", "action"),
];

/// Bytes in one MB, as in the reference's lessons.
const MB: f64 = 1_048_576.0;

/// The cost of `bytes` at `per_mb` a MB, rounded to cents (variation 1's `computeCost`).
pub fn cost(bytes: i64, per_mb: f64) -> f64 {
    (per_mb * bytes as f64 / MB * 100.0).round() / 100.0
}

pub async fn run(ctx: &Ctx<'_>, command: ReportCommand) -> Result<(), CliError> {
    match command {
        ReportCommand::Backups { org, older_than } => {
            super::report_backups::run(ctx, org, older_than).await
        }
        usage @ ReportCommand::Usage { .. } => usage_report(ctx, usage).await,
    }
}

/// `report usage`.
async fn usage_report(ctx: &Ctx<'_>, command: ReportCommand) -> Result<(), CliError> {
    let ReportCommand::Usage {
        org,
        quota,
        cost_per_mb,
        deactivate_over_quota,
        yes,
        concurrency,
    } = command
    else {
        return Ok(());
    };
    let users = ctx.client.users();
    let mut details = users
        .list()
        .org_id(org)
        .status(Status::Active)
        .items()
        .details(&ctx.client, usize::from(concurrency));
    // Only the columns the flags ask for.
    let columns: Vec<Column> = ctx
        .columns(COLUMNS)?
        .iter()
        .filter(|c| match c.field.as_ref() {
            "cost" => cost_per_mb.is_some(),
            "overQuota" => quota.is_some(),
            "action" => deactivate_over_quota,
            _ => true,
        })
        .cloned()
        .collect();
    let stdout = std::io::BufWriter::new(std::io::stdout());
    let mut writer = RecordWriter::new(ctx.format, &columns, stdout);
    let (mut over, mut deactivated, mut failed) = (0usize, 0usize, 0usize);
    while let Some(user) = details.try_next().await? {
        let bytes = user.archive_bytes.unwrap_or(0);
        let over_quota = quota.map(|limit| bytes > i64::try_from(limit).unwrap_or(i64::MAX));
        let action = match (over_quota, deactivate_over_quota) {
            (Some(true), true) if yes => match users.deactivate(user.id).await {
                Ok(_) => {
                    deactivated += 1;
                    "deactivated".to_owned()
                }
                Err(err) => {
                    failed += 1;
                    ctx.ui.warn(format!("user {}: {err}", user.id));
                    "deactivation failed".to_owned()
                }
            },
            (Some(true), true) => "would deactivate".to_owned(),
            _ => String::new(),
        };
        over += usize::from(over_quota == Some(true));
        let name = [user.first_name.as_deref(), user.last_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        writer.write(&json!({
            "id": user.id,
            "user": name,
            "email": user.email,
            "archiveBytes": bytes,
            "cost": cost_per_mb.map(|per_mb| format!("{:.2}", cost(bytes, per_mb))),
            "overQuota": over_quota,
            "action": action,
        }))?;
    }
    let rows = writer.count();
    writer.finish()?;
    if let Some(limit) = quota {
        ctx.ui.info(format!(
            "{rows} active users in org {org}; {over} over the quota of {limit} bytes"
        ));
    }
    if deactivate_over_quota && !yes && over > 0 {
        ctx.ui.info(format!(
            "{over} users would be deactivated; re-run with --yes to deactivate them"
        ));
    }
    if deactivated > 0 {
        ctx.ui.info(format!("deactivated {deactivated} users"));
    }
    if failed > 0 {
        return Err(CliError::Partial(format!(
            "{failed} of {over} deactivations failed (see the warnings above)"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cost;

    #[test]
    fn cost_matches_variation_1() {
        assert_eq!(cost(78_213_557, 2.5), 186.48);
        assert_eq!(cost(0, 2.5), 0.0);
    }
}
