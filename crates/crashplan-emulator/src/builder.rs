//! [`EmulatorBuilder`] and [`Scale`].

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use crashplan_api::spec::{API, Api};

use crate::EmulatorError;
use crate::accounts::{Account, ApiClient};
use crate::faults::Faults;
use crate::server::RunningEmulator;

/// Size of the deterministic synthetic data set added to (or replacing) the doc's data.
///
/// Synthetic users have ids from 1000, emails `syn<id>@synthetic.example`, and are spread
/// over `orgs` orgs (ids from 1000); every 50th is deactivated. Each has
/// `computers_per_user` computers (ids from 1000, GUIDs above 2^53) with one usage and one
/// computer usage record each. Every user, org and computer has `archive_records_per_user`
/// daily archive records (user-, org- and computer-level records). Only
/// the orgs are stored: everything else is computed on demand, so a million users take
/// almost no memory. Synthetic users cannot log in.
///
/// ```
/// use crashplan_emulator::Scale;
///
/// let scale = Scale::users(1_000_000);
/// assert_eq!(scale.orgs, 1_000);
/// assert_eq!(scale.computers_per_user, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scale {
    /// Number of synthetic users.
    pub users: usize,
    /// Number of synthetic orgs (at least 1 when there are users).
    pub orgs: usize,
    /// Computers per synthetic user.
    pub computers_per_user: usize,
    /// Daily archive records per synthetic user, and as many per synthetic org and per
    /// synthetic computer.
    pub archive_records_per_user: usize,
}

impl Scale {
    /// `n` users in `max(1, n / 1000)` orgs, one computer each, two archive records each.
    pub fn users(n: usize) -> Self {
        Self {
            users: n,
            orgs: (n / 1000).max(1),
            computers_per_user: 1,
            archive_records_per_user: 2,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) enum TlsMode {
    Plain,
    SelfSigned,
    Pem { cert: String, key: String },
}

/// Configures and starts an emulator; see [`Emulator::builder`](crate::Emulator::builder).
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    pub(crate) bind: IpAddr,
    pub(crate) port: u16,
    pub(crate) doc_data: bool,
    pub(crate) scale: Scale,
    pub(crate) accounts: Vec<Account>,
    pub(crate) api_clients: Vec<ApiClient>,
    pub(crate) token_ttl: Duration,
    pub(crate) api_client_token_ttl: Duration,
    pub(crate) faults: Faults,
    pub(crate) tls: TlsMode,
    pub(crate) state_file: Option<PathBuf>,
    pub(crate) spec: &'static Api,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        Self {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            doc_data: true,
            scale: Scale::default(),
            accounts: Account::defaults(),
            api_clients: ApiClient::defaults(),
            token_ttl: Duration::from_secs(3600),
            api_client_token_ttl: Duration::from_secs(15 * 60),
            faults: Faults::none(),
            tls: TlsMode::Plain,
            state_file: None,
            spec: &API,
        }
    }
}

impl EmulatorBuilder {
    /// The port to listen on; 0 (the default) lets the OS pick one.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The address to listen on (default `127.0.0.1`).
    pub fn bind(mut self, addr: IpAddr) -> Self {
        self.bind = addr;
        self
    }

    /// Whether to load the reference doc's data set (default true).
    pub fn doc_data(mut self, yes: bool) -> Self {
        self.doc_data = yes;
        self
    }

    /// Adds a deterministic synthetic data set.
    pub fn scale(mut self, scale: Scale) -> Self {
        self.scale = scale;
        self
    }

    /// Adds a login account (replacing a default account of the same name).
    pub fn account(mut self, account: Account) -> Self {
        self.accounts
            .retain(|a| !a.username.eq_ignore_ascii_case(&account.username));
        self.accounts.push(account);
        self
    }

    /// Lifetime of tokens from the token login (default one hour).
    pub fn token_ttl(mut self, ttl: Duration) -> Self {
        self.token_ttl = ttl;
        self
    }

    /// Adds an API client (replacing one with the same id, e.g. the default
    /// `key-emulator-demo`).
    pub fn api_client(mut self, client: ApiClient) -> Self {
        self.api_clients.retain(|c| c.id != client.id);
        self.api_clients.push(client);
        self
    }

    /// Lifetime of API-client tokens, announced as `expires_in` (default 15 minutes, as on
    /// today's servers; a short one lets tests watch a client renew its token).
    pub fn api_client_token_ttl(mut self, ttl: Duration) -> Self {
        self.api_client_token_ttl = ttl;
        self
    }

    /// Fault injection at start (default none); see also
    /// [`RunningEmulator::set_faults`].
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// Serves HTTPS with a freshly generated CA; its certificate is
    /// [`RunningEmulator::ca_cert_pem`]. The base URL uses `localhost`.
    pub fn tls_self_signed(mut self) -> Self {
        self.tls = TlsMode::SelfSigned;
        self
    }

    /// Serves HTTPS with this certificate chain and private key (PEM).
    pub fn tls_pem(mut self, cert_pem: String, key_pem: String) -> Self {
        self.tls = TlsMode::Pem {
            cert: cert_pem,
            key: key_pem,
        };
        self
    }

    /// Loads the data set from this file at start if it exists (then the doc data and scale
    /// options are ignored), and saves it atomically after each change.
    pub fn state_file(mut self, path: PathBuf) -> Self {
        self.state_file = Some(path);
        self
    }

    /// The operations to serve (default [`crashplan_api::spec::API`], the spec this crate was
    /// generated from): their paths, methods and `Allow` headers, served by this crate's
    /// hand-written handlers where it has one for the operationId, from `spec/examples/`
    /// where it can, and 501 otherwise. For tests of the routing itself, with tables a test
    /// writes; a table whose operations disagree with a hand-written handler's method or
    /// path makes [`spawn`](Self::spawn) fail with [`EmulatorError::Spec`].
    pub fn spec(mut self, spec: &'static Api) -> Self {
        self.spec = spec;
        self
    }

    /// Binds the socket and starts serving in the background.
    pub async fn spawn(self) -> Result<RunningEmulator, EmulatorError> {
        let addr = SocketAddr::new(self.bind, self.port);
        crate::server::spawn(self, addr).await
    }
}
