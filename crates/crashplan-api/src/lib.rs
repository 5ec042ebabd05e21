//! Low-level client for the CrashPlan PRO REST API, generated from
//! [`spec/crashplan-pro.yaml`](https://github.com/crashplan-rs/crashplan-rs/blob/main/spec/crashplan-pro.yaml)
//! by `cargo xtask generate`.
//!
//! Most programs want the `crashplan` crate, which adds authentication, paging, retries and
//! typed errors on top of this one. Use this crate directly for raw access to every operation:
//! one builder per operation, typed request bodies and typed responses.
//!
//! ```no_run
//! # async fn run() -> Result<(), crashplan_api::Error> {
//! use crashplan_api::{Client, hooks::Hooks};
//!
//! let client = Client::new("http://localhost:4280", Hooks::default());
//! let users = client.list_users().org_id(43).status("Active").send().await?;
//! for user in &users.users {
//!     println!("{} {:?}", user.id, user.email);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! * Every model type (`types::User`, `types::UserDetail`, ...) derives `Serialize`,
//!   `Deserialize`, `Clone`, `Debug`, `PartialEq`, and `schemars::JsonSchema` with the feature
//!   `schemars` (off by default; `crashplan`'s feature of the same name). Properties the spec
//!   does not name are kept in each type's `extra` map (and serialised again), `null` values of
//!   nullable properties are serialised as `null`, and properties with documented values are
//!   open enums ([`types::Status`]: `Active`, `Deactivated`, or `Other(String)` for a value a
//!   newer server sends, serialised again as received), so a newer server never breaks
//!   decoding and nothing it sent is lost. `user.status == Status::Active` and
//!   `user.status == "Active"` both compile.
//! * Every field and every builder setter carries the spec's description.
//! * Every detail view converts to its list view (`types::User::from(&user_detail)`).
//! * [`spec::API`] is the spec as data: operations, parameters, filters, schemas, properties.
//! * Dates keep the offset the server sent (`DateTime<FixedOffset>`).
//! * Passwords and tokens are [`Secret`]s: `Debug` prints `***`.
//! * Error responses are not typed: they arrive as [`Error::UnexpectedResponse`] with status,
//!   headers and body intact, whatever the body's format.
//! * Credentials and transport policy are plugged in per request through [`hooks::Hooks`].

pub mod hooks;
mod known;
mod secret;
pub mod spec;
#[allow(clippy::all, missing_docs)]
#[rustfmt::skip]
mod views;

#[allow(
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    missing_debug_implementations,
    rust_2018_idioms,
    rustdoc::all
)]
#[rustfmt::skip]
mod generated;

pub use generated::*;
pub use secret::Secret;
