//! Verbs the spec cannot express, written by hand beside the generated handles (in the way of
//! oxide's `extras/`): deactivating and reactivating users and orgs (status updates through
//! their `update` operation), naming a user by id, email or username, a computer by GUID or
//! id, and naming today's users, devices and orgs (`client.today().users().resolve(..)`).

mod computers;
mod orgs;
mod today;
mod users;

pub use users::{UserRef, UserResolver};
