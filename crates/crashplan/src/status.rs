//! [`Status`] of users, orgs and computers.

use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

/// The status of a user, org or computer. The server may send values this crate does not
/// know; they are kept in [`Status::Other`].
///
/// ```
/// use crashplan::Status;
/// assert_eq!("Active".parse::<Status>(), Ok(Status::Active));
/// assert_eq!(Status::from("Blocked"), Status::Other("Blocked".into()));
/// assert_eq!(Status::Deactivated.to_string(), "Deactivated");
/// assert!(Status::of("Active").is_active());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// `Active`.
    Active,
    /// `Deactivated`.
    Deactivated,
    /// Any other value, as sent.
    Other(String),
}

impl Status {
    /// The status of a status string from a model type, e.g. `Status::of(&user.status)`.
    pub fn of(s: &str) -> Self {
        match s {
            "Active" => Self::Active,
            "Deactivated" => Self::Deactivated,
            other => Self::Other(other.to_string()),
        }
    }

    /// The string the API uses.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Deactivated => "Deactivated",
            Self::Other(s) => s,
        }
    }

    /// `Active`.
    pub fn is_active(&self) -> bool {
        matches!(self, Self::Active)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::of(s))
    }
}

impl From<&str> for Status {
    fn from(s: &str) -> Self {
        Self::of(s)
    }
}

impl From<String> for Status {
    fn from(s: String) -> Self {
        Self::of(&s)
    }
}

impl From<Status> for String {
    fn from(s: Status) -> Self {
        match s {
            Status::Other(s) => s,
            known => known.as_str().to_string(),
        }
    }
}
