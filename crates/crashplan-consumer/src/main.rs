//! The minimal "list users" program of BENCHMARKS.md: every user's email, from the server of
//! `CRASHPLAN_URL` (see `Client::from_env`), on a current-thread runtime.

use futures::TryStreamExt;

// `crashplan::Error` is 128 bytes, clippy's threshold for `Result` returned by value (a
// follow-up: box its largest variant, `Decode`).
#[allow(clippy::result_large_err)]
#[tokio::main(flavor = "current_thread")]
async fn main() -> crashplan::Result<()> {
    let client = crashplan::Client::from_env()?;
    let mut users = client.users().list().items();
    while let Some(user) = users.try_next().await? {
        println!("{}", user.email.as_deref().unwrap_or("-"));
    }
    Ok(())
}
