//! Verbs the spec cannot express, written by hand beside the generated handles (in the way of
//! oxide's `extras/`): deactivating and reactivating users and orgs (status updates through
//! their `update` operation), and naming a user by id, email or username.

mod orgs;
mod users;

pub use users::{UserRef, UserResolver};
