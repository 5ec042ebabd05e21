//! Variation 1: usage and cost of each user of org 43 at $2.50 per MB.
//!
//! `cargo run -p crashplan --example variation1_costs`

mod common;

use crashplan::{DetailsExt, Status};
use futures::TryStreamExt;

/// Dollars charged for `bytes`: $2.50 per MB (1048576 bytes), rounded to cents.
fn compute_cost(bytes: i64) -> f64 {
    (2.5 * bytes as f64 / 1_048_576.0 * 100.0).round() / 100.0
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator) = common::connect().await?;
    let mut details = client
        .users()
        .list()
        .org_id(43)
        .status(Status::Active)
        .items()
        .details(&client, 8);
    while let Some(d) = details.try_next().await? {
        let bytes = d.archive_bytes.unwrap_or(0);
        common::print_usage(&d, &format!(".  Total cost: ${:.2}", compute_cost(bytes)));
    }
    Ok(())
}
