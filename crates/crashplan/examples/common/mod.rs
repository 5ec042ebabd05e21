//! Connection for the examples: the server named by `CRASHPLAN_URL` (see `Client::from_env`),
//! or else an in-process emulator seeded with the reference doc's data (admin/admin).

use crashplan::Client;
use crashplan_emulator::{Emulator, RunningEmulator};

/// The client, and the emulator to keep alive while it is used (if one was started).
pub async fn connect() -> Result<(Client, Option<RunningEmulator>), Box<dyn std::error::Error>> {
    if std::env::var_os("CRASHPLAN_URL").is_some() {
        return Ok((Client::from_env()?, None));
    }
    let emulator = Emulator::builder().spawn().await?;
    eprintln!(
        "CRASHPLAN_URL is not set: using an emulator at {}",
        emulator.base_url()
    );
    let client = Client::builder(emulator.base_url())
        .local_account("admin", "admin")
        .user_agent_suffix("crashplan-examples")
        .build()?;
    Ok((client, Some(emulator)))
}

/// Prints a user's disk usage as the lessons do; returns the bytes used.
#[allow(dead_code)] // not every example prints usage
pub fn print_usage(d: &crashplan::types::UserDetail, suffix: &str) -> i64 {
    let bytes = d.archive_bytes.unwrap_or(0);
    println!(
        "Disk usage for user {} {} ({}): {bytes} bytes{suffix}",
        d.first_name.as_deref().unwrap_or(""),
        d.last_name.as_deref().unwrap_or(""),
        d.email.as_deref().unwrap_or("-"),
    );
    bytes
}
