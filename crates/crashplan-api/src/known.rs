//! Hand-written additions to the generated known-values types (`x-known-values` in the spec;
//! `types::Status`, `types::MountPointStatus`, ...), beside the generated code.
//!
//! Each of those types has a variant per documented value and `Other(String)` for any other
//! value, so that a value a newer server sends still decodes and is serialised again unchanged:
//!
//! ```
//! use crashplan_api::types::{Status, User};
//!
//! let json = serde_json::json!({
//!     "id": 42, "orgId": 2, "status": "Active",
//!     "creationDate": "2008-10-28T10:58:47.632-05:00",
//!     "modificationDate": "2010-02-11T09:33:47.412-06:00",
//! });
//! let user: User = serde_json::from_value(json.clone())?;
//! assert!(user.status == Status::Active);
//! assert!(user.status == "Active"); // strings compare too
//! assert!(user.status.is_active());
//!
//! let mut newer = json;
//! newer["status"] = "Blocked".into();
//! let user: User = serde_json::from_value(newer)?;
//! assert_eq!(user.status, Status::Other("Blocked".into()));
//! assert_eq!(serde_json::to_value(&user)?["status"], "Blocked");
//! # Ok::<(), serde_json::Error>(())
//! ```

use crate::types::Status;

impl Status {
    /// The status a string names, the same as `Status::from(value)`:
    /// `Status::of("Active") == Status::Active`.
    pub fn of(value: &str) -> Self {
        Self::from(value)
    }

    /// Whether the status is `Active`.
    pub fn is_active(&self) -> bool {
        *self == Self::Active
    }
}
