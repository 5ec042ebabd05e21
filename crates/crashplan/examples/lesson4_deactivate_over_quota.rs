//! Lesson 4: deactivate every user of org 43 above a 10 MB quota. The deactivations run as a
//! bulk operation: one outcome per user, no fail-fast, progress on stderr.
//!
//! `cargo run -p crashplan --example lesson4_deactivate_over_quota`

mod common;

use crashplan::{DetailsExt, Status};
use futures::TryStreamExt;

const QUOTA: i64 = 1024 * 1024 * 10;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator) = common::connect().await?;
    let details: Vec<_> = client
        .users()
        .list()
        .org_id(43)
        .status(Status::Active)
        .items()
        .details(&client, 8)
        .try_collect()
        .await?;
    let mut over = Vec::new();
    for d in &details {
        let email = d.email.as_deref().unwrap_or("-");
        let bytes = common::print_usage(d, "");
        if bytes > QUOTA {
            println!("User {email} has exceeded 10M limit, deactivating");
            over.push(d.id);
        }
    }
    let users = client.users();
    let outcomes = client
        .bulk(over)
        .on_progress(|p| eprintln!("deactivated {}/{} ({} failed)", p.done, p.total, p.failed))
        .run(move |id| {
            let users = users.clone();
            async move { users.deactivate(id).await }
        })
        .await;
    for o in outcomes {
        match o.result {
            Ok(user) if user.status == Status::Deactivated => {
                println!("Deactivation successful")
            }
            Ok(_) => println!("Deactivation unsuccessful"),
            Err(e) => println!("Deactivation of user {} failed: {e}", o.input),
        }
    }
    Ok(())
}
