//! A client for the CrashPlan PRO REST API: authentication (Basic, local account with TOTP,
//! token providers), lazy paging, detail fan-out, typed errors, retries, TLS and proxies, and
//! bulk operations.
//!
//! ```no_run
//! # async fn run() -> crashplan::Result<()> {
//! use crashplan::{Client, DetailsExt, Status};
//! use futures::TryStreamExt;
//!
//! let client = Client::builder("https://cp.example.com:4285")
//!     .local_account("admin", "admin")
//!     .totp(|| "123456".to_string()) // or a fixed code, or Totp::from_async(..)
//!     .build()?;
//!
//! // Every active user of org 43, page by page, lazily.
//! let mut users = client.users().list().org_id(43).status(Status::Active).items();
//! while let Some(user) = users.try_next().await? {
//!     println!("{} {:?}", user.id, user.email);
//! }
//!
//! // Their detail views, 16 requests at a time, in order.
//! let details: Vec<_> = client
//!     .users()
//!     .list()
//!     .org_id(43)
//!     .items()
//!     .details(&client, 16)
//!     .try_collect()
//!     .await?;
//!
//! // Writes.
//! let detail = client.users().get(69).await?;
//! client.users().deactivate(detail.id).await?;
//! # let _ = details;
//! # Ok(())
//! # }
//! ```
//!
//! * [`Client`] is cheap to clone; clones share the connection pool and the session token.
//! * Lists: [`resources`] builders end in `items()`, `pages()` or `collect_all()`; see
//!   [`paging`] for the paging rules.
//! * Errors: one [`Error`] enum by stage ([`Error::Http`] for every status, with its
//!   [`HttpKind`]), `is_not_found()`-style helpers and a [`Hint`]; see [`error`].
//! * Retries, token refresh, budgets and the rate-limiter hook: one place, the [`pipeline`];
//!   configured with [`RetryPolicy`]. `POST` is only replayed with `.retry_post(true)`.
//! * Everything else: [`Client::api`] (the generated client, authenticated) and
//!   [`Client::request_json`] (any path).
//! * `tracing`: a `crashplan.request` span per attempt with method, path, attempt, status and
//!   latency; credentials are never logged.
//! * `?` works on every error a program meets here: [`Client::api`] calls, model builders
//!   (`types::UserCreate::builder()...try_into()?`), filters, queries, token providers
//!   ([`Error::token_provider`]); all convert into [`Error`].
//!
//! # Cargo features
//!
//! | feature | default | what it brings |
//! |---|---|---|
//! | `rustls-aws-lc` | yes | TLS with rustls and the aws-lc-rs provider (a C build) |
//! | `rustls-ring` | no | TLS with rustls and ring instead: `default-features = false, features = ["rustls-ring"]` |
//! | `query` | yes | the [`query`] language and [`find`] on every list |
//! | `socks` | yes | `socks5://` proxies |
//!
//! One TLS provider is required. No `tokio` runtime feature is forced: the program picks its
//! runtime (`#[tokio::main]`, `current_thread` or multi-thread); the client needs a Tokio
//! runtime to run on.

#![warn(missing_docs)]

#[cfg(not(any(feature = "rustls-aws-lc", feature = "rustls-ring")))]
compile_error!(
    "crashplan needs a TLS provider: turn on the feature `rustls-aws-lc` (a default) or `rustls-ring`"
);

pub mod auth;
pub mod bulk;
mod client;
mod env;
pub mod error;
pub mod fanout;
#[cfg(feature = "query")]
pub mod find;
#[doc(hidden)]
pub mod fuzzing;
pub mod limiter;
pub mod paging;
pub mod pipeline;
#[cfg(feature = "query")]
pub mod query;
pub mod raw;
pub mod redirect;
pub mod resources;
pub mod retry;
mod sealed;

pub use auth::{TokenProvider, TokenScheme, Totp};
pub use client::{Client, ClientBuilder, Config, DEFAULT_MAX_RESPONSE_BYTES, Warning, redact_url};
/// The status of a user, org or computer (`Active`, `Deactivated`, or `Other` for a value a
/// newer server sends): the type of their `status` properties and of the list filters.
pub use crashplan_api::types::Status;
pub use error::{
    BoxError, Error, ErrorName, Hint, HttpError, HttpKind, NamedError, RequestInfo, Result,
    TwoFactor,
};
pub use fanout::{DetailsExt, HasDetail};
#[cfg(feature = "query")]
pub use find::Find;
/// HTTP methods and statuses, as [`Client::request_json`] and [`HttpError`] use them.
pub use http::{Method, StatusCode};
pub use paging::{Items, Page, PageAnswer, PageRequest, Pages, PagingStyle};
pub use raw::{RawRequest, RawResponse};
pub use resources::Call;
pub use retry::RetryPolicy;

/// The generated low-level crate, for [`Client::api`].
pub use crashplan_api as api;
/// The generated model types (`User`, `UserDetail`, `UserCreate`, ...).
pub use crashplan_api::types;
/// Secret strings for passwords and tokens.
pub use secrecy::{ExposeSecret, SecretString};
