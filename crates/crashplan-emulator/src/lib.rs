//! A local CrashPlan PRO server that implements `spec/crashplan-pro.yaml`, so that SDK users,
//! CLI users and tests run offline, fast and repeatably.
//!
//! * Serves every resource of the reference (orgs, users, computers, usages, computer usage,
//!   mount points, server statistics, archive records) with the generated
//!   [`crashplan_api::types`], seeded with the reference doc's example data.
//! * HTTP Basic, the token login (`/api/v3/auth/jwt?useBody=true`, optional TOTP), API clients
//!   ([`ApiClient`], `POST /api/v3/oauth/token?grant_type=client_credentials`), tokens sent as
//!   `Bearer` or `v3_user_token`, token expiry, 401/403/404/405/406/409/415/400 answers with
//!   JSON bodies.
//! * Routes from the spec: hand-written handlers for the business rules, read-only lists and
//!   detail views of other resources served from the spec's examples, 501 for the rest
//!   ([`unimplemented_operations`]).
//! * Today's API (`/api/v1`, `/api/v3`, `/api/v38`: users, devices with backup usage, orgs,
//!   roles, their actions, named errors such as `USER_DUPLICATE` and `ACTIVE_LEGAL_HOLD`)
//!   beside the 2010 one, from **one state**: every user and org has its `userUid`, `orgUid`
//!   and `orgGuid` (kept in the state file), a device its `guid`, and a record created or
//!   changed through either generation is seen through the other.
//! * Paging (`offset`/`limit`, `page`/`pageSize`; today's `pgNum`/`pgSize` in the `data`
//!   envelope with `totalCount`), every documented filter.
//! * A deterministic synthetic data set of any size ([`Scale`]), an optional state file.
//! * Seeded fault injection ([`Faults`]) and a request log for client tests.
//! * Plain HTTP or TLS (a generated CA, or your certificate).
//!
//! ```no_run
//! # async fn demo() -> Result<(), crashplan_emulator::EmulatorError> {
//! use crashplan_emulator::{Emulator, Faults};
//!
//! let emulator = Emulator::builder()
//!     .faults(Faults { seed: 1, rate_503: 0.1, ..Faults::none() })
//!     .spawn()
//!     .await?;
//! println!("CrashPlan PRO emulator at {}", emulator.base_url());
//! // ... point a client at emulator.base_url(), log in as admin/admin ...
//! assert_eq!(emulator.request_count("POST", "/rest/users"), 0);
//! emulator.shutdown().await;
//! # Ok(())
//! # }
//! ```

mod accounts;
mod app;
mod auth;
mod builder;
mod error;
#[rustfmt::skip]
mod examples;
mod faults;
mod filters;
mod intercept;
mod log;
mod paging;
mod probe;
mod routes;
mod scopes;
mod seed;
mod server;
mod state;
mod stream;
mod synthetic;
mod tls;
mod today;
mod views;

pub use accounts::{Account, ApiClient, Totp};
pub use builder::{EmulatorBuilder, Scale};
pub use faults::{FaultKind, Faults, Latency};
pub use log::{LOG_CAPACITY, LoggedRequest};
pub use server::RunningEmulator;

/// Entry point: `Emulator::builder()...spawn().await`.
#[derive(Debug, Clone, Copy)]
pub struct Emulator;

impl Emulator {
    /// A builder with the defaults: doc data, accounts `admin`/`admin` and
    /// `userthree@testorg.org`/`userthree`, API client `key-emulator-demo`/`demo-secret`,
    /// plain HTTP on `127.0.0.1:<random port>`, token TTL of one hour (API-client tokens: 15
    /// minutes), no faults.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }
}

/// The operations of the spec the emulator answers 501 (no hand-written handler, and not a
/// read-only list or detail view it can serve from the spec's examples), or may answer 501
/// (a filter whose comparison the spec does not describe, when it is used): each operationId
/// with the reason, in spec order. `crashplan-emulator --list-unimplemented` prints them.
///
/// ```
/// for (operation, why) in crashplan_emulator::unimplemented_operations() {
///     println!("{operation}: {why}");
/// }
/// ```
pub fn unimplemented_operations() -> Vec<(&'static str, &'static str)> {
    crashplan_api::spec::API
        .operations
        .iter()
        .filter_map(|op| match routes::serving(op, &crashplan_api::spec::API) {
            routes::Serving::NotImplemented(why) => Some((op.id, why)),
            _ if op.filters().any(|p| {
                p.filter()
                    .is_some_and(|f| f.matching == crashplan_api::spec::Match::Unknown)
                    && !routes::evaluates_filter(op.id, p.name)
            }) =>
            {
                Some((
                    op.id,
                    "a filter compares no property the spec names (501 when used)",
                ))
            }
            _ => None,
        })
        .collect()
}

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EmulatorError {
    /// The listening socket could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: std::net::SocketAddr,
        /// The cause.
        source: std::io::Error,
    },
    /// The TLS certificate or key is unusable.
    #[error("TLS setup failed: {0}")]
    Tls(String),
    /// The state file could not be read or written.
    #[error("{0}")]
    State(String),
    /// The spec requires a property this emulator does not fill (update the emulator).
    #[error("the emulator does not match its spec: {0}")]
    Spec(String),
    /// Another I/O error.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}
