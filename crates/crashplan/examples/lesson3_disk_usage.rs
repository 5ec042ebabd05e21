//! Lesson 3: disk usage of each user of org 43 from the user's detail view, with a warning
//! above 10 MB. Details are fetched 8 at a time, in list order.
//!
//! `cargo run -p crashplan --example lesson3_disk_usage`

mod common;

use crashplan::{DetailsExt, Status};
use futures::TryStreamExt;

const QUOTA: i64 = 1024 * 1024 * 10;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator) = common::connect().await?;
    let users = client
        .users()
        .list()
        .org_id(43)
        .status(Status::Active)
        .items();
    let mut details = users.details(&client, 8);
    while let Some(d) = details.try_next().await? {
        let email = d.email.as_deref().unwrap_or("-");
        let bytes = common::print_usage(&d, "");
        if bytes > QUOTA {
            println!("User {email} has exceeded 10M limit");
        }
    }
    Ok(())
}
