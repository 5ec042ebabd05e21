//! Login accounts of the emulator (independent of the users in the data set) and their
//! optional two-factor codes.

use std::fmt;

use aws_lc_rs::hmac;

/// A one-time password requirement for an [`Account`], checked against the `totp-auth`
/// header.
///
/// ```
/// use crashplan_emulator::Totp;
///
/// // RFC 6238 test vector (SHA-1, 8 digits "94287082" -> 6 digits "287082").
/// let totp = Totp::TimeBased { secret: b"12345678901234567890".to_vec() };
/// assert_eq!(totp.code_at(59), "287082");
/// assert_eq!(Totp::Fixed("123456".into()).code_at(59), "123456");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub enum Totp {
    /// Always the same code.
    Fixed(String),
    /// RFC 6238: HMAC-SHA-1, 30 second steps, 6 digits. The emulator accepts the codes of
    /// the current step and of one step before or after.
    TimeBased {
        /// The shared secret (raw bytes, not base32).
        secret: Vec<u8>,
    },
}

impl fmt::Debug for Totp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fixed(_) => f.write_str("Totp::Fixed(***)"),
            Self::TimeBased { .. } => f.write_str("Totp::TimeBased { secret: *** }"),
        }
    }
}

impl Totp {
    /// The code valid at `unix_secs` (seconds since the Unix epoch).
    pub fn code_at(&self, unix_secs: u64) -> String {
        match self {
            Self::Fixed(code) => code.clone(),
            Self::TimeBased { secret } => hotp(secret, unix_secs / 30),
        }
    }

    /// Whether `code` is accepted at `unix_secs` (±1 step for time-based codes).
    pub fn accepts(&self, code: &str, unix_secs: u64) -> bool {
        match self {
            Self::Fixed(expected) => constant_time_eq(expected.as_bytes(), code.as_bytes()),
            Self::TimeBased { secret } => {
                let step = unix_secs / 30;
                [step.saturating_sub(1), step, step.saturating_add(1)]
                    .iter()
                    .any(|s| constant_time_eq(hotp(secret, *s).as_bytes(), code.as_bytes()))
            }
        }
    }
}

/// RFC 4226 HOTP with 6 digits.
fn hotp(secret: &[u8], counter: u64) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let tag = hmac::sign(&key, &counter.to_be_bytes());
    let digest = tag.as_ref();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary = (u32::from(digest[offset] & 0x7f) << 24)
        | (u32::from(digest[offset + 1]) << 16)
        | (u32::from(digest[offset + 2]) << 8)
        | u32::from(digest[offset + 3]);
    format!("{:06}", binary % 1_000_000)
}

/// Compares two byte strings without an early exit on the first difference.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A login account: a username, a password, a role and an optional TOTP requirement.
///
/// Accounts log in with HTTP Basic or the token login. The default accounts are
/// `admin`/`admin` (administrator) and `userthree@testorg.org`/`userthree` (ordinary user);
/// users created through `POST /rest/users` can log in too.
///
/// ```
/// use crashplan_emulator::{Account, Totp};
///
/// let ops = Account::admin("ops", "s3cret").with_totp(Totp::Fixed("123456".into()));
/// assert_eq!(ops.username(), "ops");
/// assert!(ops.is_admin());
/// assert!(!format!("{ops:?}").contains("s3cret"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub(crate) username: String,
    pub(crate) password: String,
    pub(crate) admin: bool,
    pub(crate) totp: Option<Totp>,
}

impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("username", &self.username)
            .field("password", &"***")
            .field("admin", &self.admin)
            .field("totp", &self.totp)
            .finish()
    }
}

impl Account {
    /// An administrator account.
    pub fn admin(username: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
            admin: true,
            totp: None,
        }
    }

    /// An ordinary (non-administrator) account: read-only, and 403 on `mountPoints` and
    /// `serverStats`.
    pub fn user(username: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
            admin: false,
            totp: None,
        }
    }

    /// Requires a one-time password in the `totp-auth` header at login.
    pub fn with_totp(mut self, totp: Totp) -> Self {
        self.totp = Some(totp);
        self
    }

    /// The login name.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// Whether the account is an administrator.
    pub fn is_admin(&self) -> bool {
        self.admin
    }

    /// The default accounts: `admin`/`admin` and `userthree@testorg.org`/`userthree`.
    pub fn defaults() -> Vec<Self> {
        vec![
            Self::admin("admin", "admin"),
            Self::user("userthree@testorg.org", "userthree"),
        ]
    }
}

/// An API client: an id and a secret exchanged for a token with
/// `POST /api/v3/oauth/token?grant_type=client_credentials` (HTTP Basic `id:secret`), as
/// CrashPlan recommends for scripts. Its tokens live
/// [`api_client_token_ttl`](crate::EmulatorBuilder::api_client_token_ttl) (15 minutes by default).
///
/// The default API client is `key-emulator-demo` / `demo-secret` (administrator).
///
/// ```
/// use crashplan_emulator::ApiClient;
///
/// let reports = ApiClient::read_only("key-reports", "s3cret");
/// assert_eq!(reports.id(), "key-reports");
/// assert!(!reports.is_admin());
/// assert!(!format!("{reports:?}").contains("s3cret"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub(crate) id: String,
    pub(crate) secret: String,
    pub(crate) admin: bool,
}

impl fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiClient")
            .field("id", &self.id)
            .field("secret", &"***")
            .field("admin", &self.admin)
            .finish()
    }
}

impl ApiClient {
    /// An API client with the permissions of an administrator.
    pub fn admin(id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            secret: secret.into(),
            admin: true,
        }
    }

    /// An API client with read permissions only (like [`Account::user`]).
    pub fn read_only(id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            admin: false,
            ..Self::admin(id, secret)
        }
    }

    /// The client id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether the client has an administrator's permissions.
    pub fn is_admin(&self) -> bool {
        self.admin
    }

    /// The default API client: `key-emulator-demo` / `demo-secret`.
    pub fn defaults() -> Vec<Self> {
        vec![Self::admin("key-emulator-demo", "demo-secret")]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vectors() {
        let totp = Totp::TimeBased {
            secret: b"12345678901234567890".to_vec(),
        };
        // RFC 6238 appendix B (SHA-1), last 6 digits.
        assert_eq!(totp.code_at(59), "287082");
        assert_eq!(totp.code_at(1_111_111_109), "081804");
        assert_eq!(totp.code_at(1_234_567_890), "005924");
        assert_eq!(totp.code_at(2_000_000_000), "279037");
    }

    #[test]
    fn accepts_one_step_either_side() {
        let totp = Totp::TimeBased {
            secret: b"12345678901234567890".to_vec(),
        };
        let now = 1_234_567_890;
        assert!(totp.accepts(&totp.code_at(now - 30), now));
        assert!(totp.accepts(&totp.code_at(now + 30), now));
        assert!(!totp.accepts(&totp.code_at(now + 90), now));
        assert!(!totp.accepts("", now));
    }
}
