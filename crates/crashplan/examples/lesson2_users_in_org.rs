//! Lesson 2: the active users of org 43. The lesson filters on the client; the SDK lets the
//! server filter (`orgId`, `status`).
//!
//! `cargo run -p crashplan --example lesson2_users_in_org`

mod common;

use crashplan::Status;
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator) = common::connect().await?;
    let mut users = client
        .users()
        .list()
        .org_id(43)
        .status(Status::Active)
        .items();
    while let Some(user) = users.try_next().await? {
        println!("{}", user.email.as_deref().unwrap_or("-"));
    }
    Ok(())
}
