//! Lesson 1 of the CrashPlan PRO REST API reference: list every user.
//!
//! `cargo run -p crashplan --example lesson1_list_users`

mod common;

use futures::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator) = common::connect().await?;
    let mut users = client.users().list().items();
    while let Some(user) = users.try_next().await? {
        println!("{}", user.email.as_deref().unwrap_or("-"));
    }
    Ok(())
}
