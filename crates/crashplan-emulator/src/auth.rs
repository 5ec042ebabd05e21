//! Authentication: HTTP Basic, the token login (`/api/v3/auth/jwt?useBody=true`, optional
//! `totp-auth`), API clients (`POST /api/v3/oauth/token?grant_type=client_credentials`) and
//! tokens sent as `Authorization: Bearer <token>` (today's servers) or
//! `Authorization: v3_user_token <token>` (CrashPlan PRO 3.x); both schemes are accepted for
//! every token.
//!
//! Credentials are checked against the configured [`Account`]s first, then against the
//! users of the data set that have a password (the doc's users 67-69 and users created
//! through the API). A deactivated user cannot log in (401). Accounts with a TOTP
//! requirement must send `totp-auth` with HTTP Basic requests too.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rand::RngCore;

use crate::accounts::{Account, ApiClient, constant_time_eq};
use crate::error::Failure;
use crate::state::{Store, password_hash};

/// Header carrying the one-time password.
pub(crate) const TOTP_HEADER: &str = "totp-auth";

/// The signed-in account of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Principal {
    pub(crate) username: String,
    pub(crate) admin: bool,
}

#[derive(Debug, Clone)]
struct TokenEntry {
    principal: Principal,
    expires: Instant,
}

/// Accounts and issued tokens.
#[derive(Debug)]
pub(crate) struct Auth {
    accounts: HashMap<String, Account>,
    api_clients: HashMap<String, ApiClient>,
    tokens: Mutex<HashMap<String, TokenEntry>>,
    ttl: Duration,
    api_client_ttl: Duration,
}

enum Credentials {
    None,
    Basic { username: String, password: String },
    Token(String),
    Malformed,
}

fn credentials(headers: &HeaderMap) -> Credentials {
    let Some(value) = headers.get(AUTHORIZATION) else {
        return Credentials::None;
    };
    let Ok(value) = value.to_str() else {
        return Credentials::Malformed;
    };
    let (scheme, rest) = value.trim().split_once(' ').unwrap_or((value, ""));
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = STANDARD
            .decode(rest.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        match decoded.as_deref().and_then(|s| s.split_once(':')) {
            Some((u, p)) => Credentials::Basic {
                username: u.to_owned(),
                password: p.to_owned(),
            },
            None => Credentials::Malformed,
        }
    } else if scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("v3_user_token")
    {
        Credentials::Token(rest.trim().to_owned())
    } else {
        Credentials::Malformed
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Auth {
    pub(crate) fn new(
        accounts: &[Account],
        api_clients: &[ApiClient],
        ttl: Duration,
        api_client_ttl: Duration,
    ) -> Self {
        Self {
            accounts: accounts
                .iter()
                .map(|a| (a.username.to_ascii_lowercase(), a.clone()))
                .collect(),
            api_clients: api_clients
                .iter()
                .map(|c| (c.id.clone(), c.clone()))
                .collect(),
            tokens: Mutex::new(HashMap::new()),
            ttl,
            api_client_ttl,
        }
    }

    fn tokens(&self) -> std::sync::MutexGuard<'_, HashMap<String, TokenEntry>> {
        self.tokens
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether an administrator account has this name.
    pub(crate) fn is_admin_account(&self, username: &str) -> bool {
        self.accounts
            .get(&username.to_ascii_lowercase())
            .is_some_and(|a| a.admin)
    }

    /// How the account `username` logs in, as `getLoginConfigurationV3` answers:
    /// `LOCAL_2FA` for an account with a one-time password, `LOCAL` otherwise.
    pub(crate) fn login_type(&self, username: &str) -> &'static str {
        match self.accounts.get(&username.to_ascii_lowercase()) {
            Some(account) if account.totp.is_some() => "LOCAL_2FA",
            _ => "LOCAL",
        }
    }

    /// The username a request claims (Basic) or whose valid token it carries, for logs.
    pub(crate) fn identify(&self, headers: &HeaderMap) -> Option<String> {
        match credentials(headers) {
            Credentials::Basic { username, .. } => Some(username),
            Credentials::Token(token) => self
                .tokens()
                .get(&token)
                .map(|e| e.principal.username.clone()),
            Credentials::None | Credentials::Malformed => None,
        }
    }

    /// Checks a username and password (and TOTP) against accounts and stored users.
    fn check_password(
        &self,
        store: &Store,
        username: &str,
        password: &str,
        headers: &HeaderMap,
    ) -> Result<Principal, Failure> {
        let user_id = store.user_by_login(username);
        if let Some(user) = user_id.and_then(|id| store.user(id))
            && user.status.as_str().eq_ignore_ascii_case("Deactivated")
        {
            return Err(Failure::unauthorized("this account is deactivated"));
        }
        if let Some(account) = self.accounts.get(&username.to_ascii_lowercase()) {
            if !constant_time_eq(account.password.as_bytes(), password.as_bytes()) {
                return Err(Failure::unauthorized("invalid username or password"));
            }
            if let Some(totp) = &account.totp {
                let code = headers
                    .get(TOTP_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .map(str::trim);
                match code {
                    None | Some("") => {
                        return Err(Failure::unauthorized(
                            "TIME_BASED_ONE_TIME_PASSWORD_REQUIRED: send the code in the totp-auth header",
                        ));
                    }
                    Some(code) if !totp.accepts(code, unix_now()) => {
                        return Err(Failure::unauthorized(
                            "INVALID_TIME_BASED_ONE_TIME_PASSWORD",
                        ));
                    }
                    Some(_) => {}
                }
            }
            return Ok(Principal {
                username: account.username.clone(),
                admin: account.admin,
            });
        }
        let stored = user_id
            .and_then(|id| store.users.get(&id))
            .and_then(|rec| rec.password_sha256.as_deref());
        match stored {
            Some(hash) if constant_time_eq(hash.as_bytes(), password_hash(password).as_bytes()) => {
                Ok(Principal {
                    username: username.to_owned(),
                    admin: false,
                })
            }
            _ => Err(Failure::unauthorized("invalid username or password")),
        }
    }

    /// Authenticates a `/rest/*` request.
    pub(crate) fn authenticate(
        &self,
        store: &Store,
        headers: &HeaderMap,
    ) -> Result<Principal, Failure> {
        match credentials(headers) {
            Credentials::None => Err(Failure::unauthorized("authentication required")),
            Credentials::Malformed => Err(Failure::unauthorized(
                "unsupported or malformed Authorization header",
            )),
            Credentials::Basic { username, password } => {
                self.check_password(store, &username, &password, headers)
            }
            Credentials::Token(token) => {
                let entry = {
                    let mut tokens = self.tokens();
                    match tokens.get(&token) {
                        Some(e) if e.expires > Instant::now() => e.clone(),
                        Some(_) => {
                            tokens.remove(&token);
                            return Err(Failure::unauthorized("the token has expired"));
                        }
                        None => return Err(Failure::unauthorized("invalid token")),
                    }
                };
                let deactivated = store
                    .user_by_login(&entry.principal.username)
                    .and_then(|id| store.user(id))
                    .is_some_and(|u| u.status.as_str().eq_ignore_ascii_case("Deactivated"));
                if deactivated {
                    return Err(Failure::unauthorized("this account is deactivated"));
                }
                Ok(entry.principal)
            }
        }
    }

    /// The token login: Basic credentials (and TOTP) in, a new token out.
    pub(crate) fn login(&self, store: &Store, headers: &HeaderMap) -> Result<String, Failure> {
        let principal = match credentials(headers) {
            Credentials::Basic { username, password } => {
                self.check_password(store, &username, &password, headers)?
            }
            Credentials::None => {
                return Err(Failure::unauthorized("HTTP Basic credentials required"));
            }
            _ => {
                return Err(Failure::unauthorized(
                    "the token login needs HTTP Basic credentials",
                ));
            }
        };
        Ok(self.issue(principal, self.ttl))
    }

    /// The API-client token request: Basic `clientId:secret` in, a token and its lifetime out.
    pub(crate) fn api_client_token(
        &self,
        headers: &HeaderMap,
    ) -> Result<(String, Duration), Failure> {
        let (id, secret) = match credentials(headers) {
            Credentials::Basic { username, password } => (username, password),
            _ => {
                return Err(Failure::unauthorized(
                    "the token request needs the API client's id and secret as HTTP Basic credentials",
                ));
            }
        };
        let client = self
            .api_clients
            .get(&id)
            .filter(|c| constant_time_eq(c.secret.as_bytes(), secret.as_bytes()))
            .ok_or_else(|| Failure::unauthorized("invalid API client id or secret"))?;
        let principal = Principal {
            username: client.id.clone(),
            admin: client.admin,
        };
        Ok((
            self.issue(principal, self.api_client_ttl),
            self.api_client_ttl,
        ))
    }

    /// Issues and remembers a token of `principal` valid for `ttl`.
    fn issue(&self, principal: Principal, ttl: Duration) -> String {
        let token = jwt_shaped(&principal, ttl);
        let mut tokens = self.tokens();
        let now = Instant::now();
        tokens.retain(|_, e| e.expires > now);
        tokens.insert(
            token.clone(),
            TokenEntry {
                principal,
                expires: now + ttl,
            },
        );
        token
    }
}

/// A JWT-shaped opaque token (the signature part is random).
fn jwt_shaped(principal: &Principal, ttl: Duration) -> String {
    let mut random = [0u8; 32];
    rand::rng().fill_bytes(&mut random);
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let payload = serde_json::json!({
        "sub": principal.username,
        "iat": unix_now(),
        "exp": unix_now() + ttl.as_secs(),
    });
    let payload = URL_SAFE_NO_PAD.encode(payload.to_string());
    format!("{header}.{payload}.{}", URL_SAFE_NO_PAD.encode(random))
}
