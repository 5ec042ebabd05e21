//! A [`crashplan::Client`] from flags, environment and profile (in that order of precedence),
//! or a built-in demo server with `--demo`.
//!
//! There is one configuration path: [`ClientBuilder::from_lookup`]. The flags and the profile
//! are presented to it under the names of the environment variables they stand for, in front
//! of and behind the real environment; the library parses and checks all three with the same
//! rules. This file reads no `CRASHPLAN_*` connection variable itself.

use std::io::BufRead;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crashplan::api::spec::Generation;
use crashplan::{ClientBuilder, RetryPolicy, SecretString, Totp, TwoFactor, Warning};
use crashplan_emulator::{Emulator, RunningEmulator};

use crate::cli::{ApiChoice, ConnectionArgs};
use crate::error::CliError;
use crate::profile::{Config, Profile, keyring};
use crate::ui::Ui;

/// A connected client; keeps the demo server alive while it is in use.
pub struct Connection {
    /// The client.
    pub client: crashplan::Client,
    /// The API generation chosen (`--api`, `CRASHPLAN_API`, the profile's `api`); `None`:
    /// auto.
    pub api: Option<Generation>,
    /// Whether the client logs in as an API client (only today's servers have them).
    pub api_client: bool,
    /// The profile in use, when it does not say which API its server speaks: where a
    /// detected generation is remembered.
    pub remember_in: Option<String>,
    _demo: Option<RunningEmulator>,
}

/// Settings named like the environment variables they stand for.
type Layer = Vec<(&'static str, String)>;

/// Variables chosen together: the first source that sets one of them sets all of them, so
/// that e.g. `--token` is not mixed with a username from the profile.
const GROUPS: &[&[&str]] = &[
    &[
        "CRASHPLAN_USERNAME",
        "CRASHPLAN_TOKEN",
        "CRASHPLAN_API_CLIENT_ID",
    ],
    &["CRASHPLAN_CA_CERT", "CRASHPLAN_INSECURE"],
    &[
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ],
    &["NO_PROXY", "no_proxy"],
];

/// Variables of a login, ignored when the chosen credential is a token or an API client.
const LOGIN_ONLY: &[&str] = &["CRASHPLAN_PASSWORD", "CRASHPLAN_TOTP", "CRASHPLAN_AUTH"];

/// The API client's secret, ignored unless the chosen credential is an API client.
const API_CLIENT_SECRET: &str = "CRASHPLAN_API_CLIENT_SECRET";

/// Flags, then the environment, then the profile.
struct Sources {
    flags: Layer,
    profile: Layer,
}

impl Sources {
    fn raw(&self, source: usize, name: &str) -> Option<String> {
        let find = |layer: &Layer| {
            layer
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        };
        match source {
            0 => find(&self.flags),
            1 => std::env::var(name).ok().filter(|v| !v.is_empty()),
            _ => find(&self.profile),
        }
    }

    fn grouped(&self, name: &str) -> Option<String> {
        let group = GROUPS.iter().find(|g| g.contains(&name));
        (0..3).find_map(|source| match group {
            Some(group) if group.iter().any(|n| self.raw(source, n).is_some()) => {
                Some(self.raw(source, name))
            }
            Some(_) => None,
            None => self.raw(source, name).map(Some),
        })?
    }

    /// The value `from_lookup` sees for `name`.
    fn get(&self, name: &str) -> Option<String> {
        let api_client = self.grouped("CRASHPLAN_API_CLIENT_ID").is_some();
        if LOGIN_ONLY.contains(&name) && (api_client || self.grouped("CRASHPLAN_TOKEN").is_some()) {
            return None;
        }
        if name == API_CLIENT_SECRET && !api_client {
            return None;
        }
        self.grouped(name)
    }
}

/// The flags' layer; `--password-stdin` (`--api-client-secret-stdin`) reads standard input
/// unless the password (secret) is known already.
fn flags(args: &ConnectionArgs, known: &Overrides) -> Result<Layer, CliError> {
    let password = known.password.as_ref();
    let mut layer: Layer = Vec::new();
    let mut set = |name, value: Option<String>| {
        if let Some(v) = value {
            layer.push((name, v));
        }
    };
    set("CRASHPLAN_URL", args.url.clone());
    set("CRASHPLAN_USERNAME", args.username.clone());
    set("CRASHPLAN_TOKEN", args.token.clone());
    set("CRASHPLAN_API_CLIENT_ID", args.api_client_id.clone());
    set(
        "CRASHPLAN_TOTP",
        args.totp.clone().filter(|t| t != "prompt"),
    );
    set("CRASHPLAN_AUTH", args.basic_auth.then(|| "basic".into()));
    set(
        "CRASHPLAN_CA_CERT",
        args.ca_cert.as_ref().map(|p| p.display().to_string()),
    );
    set("CRASHPLAN_INSECURE", args.insecure.then(|| "true".into()));
    set("HTTPS_PROXY", args.proxy.clone());
    set("CRASHPLAN_API", args.api.map(|a| a.name().to_owned()));
    if args.token_stdin {
        let token = read_stdin_secret("API token")?;
        set(
            "CRASHPLAN_TOKEN",
            Some(crashplan::ExposeSecret::expose_secret(&token).to_owned()),
        );
    }
    if let Some(secret) = &known.api_client_secret {
        set(
            API_CLIENT_SECRET,
            Some(crashplan::ExposeSecret::expose_secret(secret).to_owned()),
        );
    } else if args.api_client_secret_stdin {
        let secret = read_stdin_secret("API client secret")?;
        set(
            API_CLIENT_SECRET,
            Some(crashplan::ExposeSecret::expose_secret(&secret).to_owned()),
        );
    }
    if let Some(password) = password {
        set(
            "CRASHPLAN_PASSWORD",
            Some(crashplan::ExposeSecret::expose_secret(password).to_owned()),
        );
    } else if args.password_stdin {
        let password = read_password_line()?;
        set(
            "CRASHPLAN_PASSWORD",
            Some(crashplan::ExposeSecret::expose_secret(&password).to_owned()),
        );
    }
    Ok(layer)
}

fn profile_layer(profile: &Profile) -> Layer {
    let mut layer: Layer = vec![("CRASHPLAN_URL", profile.url.clone())];
    let mut set = |name, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            layer.push((name, v));
        }
    };
    set("CRASHPLAN_USERNAME", profile.username.clone());
    set("CRASHPLAN_API_CLIENT_ID", profile.api_client_id.clone());
    set("CRASHPLAN_AUTH", profile.auth.clone());
    set(
        "CRASHPLAN_CA_CERT",
        profile.ca_cert.as_ref().map(|p| p.display().to_string()),
    );
    set(
        "CRASHPLAN_INSECURE",
        profile.insecure.then(|| "true".into()),
    );
    set("HTTPS_PROXY", profile.proxy.clone());
    set("CRASHPLAN_API", profile.api.clone());
    let secret_name = if profile.api_client_id.is_some() {
        API_CLIENT_SECRET
    } else {
        "CRASHPLAN_PASSWORD"
    };
    set(
        secret_name,
        profile.password.as_ref().map(|p| p.expose().to_owned()),
    );
    layer
}

/// The generation `--api`, `CRASHPLAN_API` or the profile's `api` chose (`None`: auto).
fn api_choice(sources: &Sources) -> Result<Option<Generation>, CliError> {
    let Some(value) = sources.get("CRASHPLAN_API") else {
        return Ok(None);
    };
    let source = if sources.raw(1, "CRASHPLAN_API").is_some() {
        "CRASHPLAN_API"
    } else {
        "the profile's api"
    };
    ApiChoice::parse(&value, source)
        .map(ApiChoice::generation)
        .map_err(CliError::Usage)
}

/// What `profile add` knows beyond the flags.
#[derive(Default)]
pub struct Overrides {
    /// The password, already read.
    pub password: Option<SecretString>,
    /// The API client's secret, already read.
    pub api_client_secret: Option<SecretString>,
    /// Use no profile (the flags describe a new one).
    pub no_profile: bool,
    /// A bulk run: retry longer (see [`pace`]).
    pub bulk: bool,
}

/// Builds the client the flags, environment and profile describe, with what the command
/// knows besides (`profile add`: the password; `bulk`: retry longer).
pub async fn connect_with(
    args: &ConnectionArgs,
    ui: &Ui,
    overrides: Overrides,
) -> Result<Connection, CliError> {
    if args.demo {
        return demo(args, ui).await;
    }
    if args.token.is_some() {
        ui.warn(
            "--token on the command line is visible to every user of this machine (ps) and may \
             end up in your shell history: use --token-stdin or CRASHPLAN_TOKEN",
        );
    }
    if args.totp.as_deref() == Some("prompt") && !ui.interactive() {
        return Err(CliError::Usage(
            "--totp prompt needs a terminal to ask on: give the code with --totp CODE or \
             CRASHPLAN_TOTP"
                .into(),
        ));
    }
    let path = Config::path()?;
    let config = if overrides.no_profile {
        Config::default()
    } else {
        Config::load(&path)?
    };
    if let Some(warning) = config.exposure_warning(&path) {
        ui.warn(warning);
    }
    let named = config.profile(args.profile.as_deref())?;
    let profile = named.map(|(_, p)| p);
    let mut sources = Sources {
        flags: flags(args, &overrides)?,
        profile: profile.map(profile_layer).unwrap_or_default(),
    };
    // Checked before any password is asked for or any request is sent.
    let api = api_choice(&sources)?;
    let Some(url) = sources.get("CRASHPLAN_URL") else {
        return Err(CliError::Usage(
            "no server given: use --url, set CRASHPLAN_URL, or add a profile with \
             `cpctl profile add NAME --url URL --use`"
                .into(),
        ));
    };
    if let Some(id) = sources.get("CRASHPLAN_API_CLIENT_ID") {
        if sources.get(API_CLIENT_SECRET).is_none() {
            let secret = api_client_secret(named, &id, &url, ui)?;
            sources.flags.push((
                API_CLIENT_SECRET,
                crashplan::ExposeSecret::expose_secret(&secret).to_owned(),
            ));
        }
    } else if sources.get("CRASHPLAN_TOKEN").is_none() {
        let Some(username) = sources.get("CRASHPLAN_USERNAME") else {
            return Err(CliError::Usage(
                "no username given: use --username, set CRASHPLAN_USERNAME, or add it to your profile"
                    .into(),
            ));
        };
        if sources.get("CRASHPLAN_PASSWORD").is_none() {
            // The profile's password in the keyring, if the account is the profile's.
            let keyed = named.filter(|(_, p)| p.keyring && p.username.as_ref() == Some(&username));
            let password = match keyed.map(|(name, p)| (name, p, keyring::password(p))) {
                Some((_, _, Ok(password))) => {
                    crashplan::ExposeSecret::expose_secret(&password).to_owned()
                }
                Some((name, p, Err(err))) => {
                    if !ui.interactive() {
                        return Err(CliError::Usage(format!(
                            "{err}; profile {name} keeps its password there (on Linux the \
                             kernel keyring forgets it at reboot): run `cpctl profile add \
                             {name} ...` again, or give the password with --password-stdin or \
                             CRASHPLAN_PASSWORD"
                        )));
                    }
                    let password = prompt_password(&username, &url, ui)?;
                    // Put it back: the kernel keyring forgets passwords at reboot.
                    if let Err(err) = keyring::store(p, &SecretString::from(password.clone())) {
                        ui.warn(err);
                    }
                    password
                }
                None => prompt_password(&username, &url, ui)?,
            };
            sources.flags.push(("CRASHPLAN_PASSWORD", password));
        }
    }
    // A login (not a token, not an API client, not Basic) without a code may be asked for one
    // on a terminal.
    let login_may_prompt = sources.get("CRASHPLAN_TOKEN").is_none()
        && sources.get("CRASHPLAN_API_CLIENT_ID").is_none()
        && sources.get("CRASHPLAN_AUTH").as_deref() != Some("basic")
        && sources.get("CRASHPLAN_TOTP").is_none()
        && args.totp.is_none()
        && ui.interactive();
    let login_password = sources.get("CRASHPLAN_PASSWORD").map(SecretString::from);
    let ui = *ui;
    let mut builder = ClientBuilder::from_lookup(|name| sources.get(name))?
        .on_warning(move |w| ui.warn(warning(w)));
    // Set when the server has said that a two-factor code is required.
    let totp_wanted = Arc::new(AtomicBool::new(false));
    if args.totp.as_deref() == Some("prompt") {
        builder = builder.totp(Totp::from_fn(prompt_totp));
    } else if login_may_prompt {
        // Ask only once the server wants a code: an empty code sends none.
        let wanted = Arc::clone(&totp_wanted);
        builder = builder.totp(Totp::from_fn(move || {
            if wanted.load(Ordering::SeqCst) {
                prompt_totp()
            } else {
                String::new()
            }
        }));
    }
    if let Some(secs) = args.timeout {
        builder = builder.timeout(Duration::from_secs(secs));
    }
    let client = pace(builder, args, overrides.bulk).build()?;
    if login_may_prompt {
        // Log in now: if the account needs a two-factor code, ask for it on the terminal.
        match client.authenticate().await {
            Err(err) if err.two_factor() == Some(TwoFactor::CodeRequired) => {
                totp_wanted.store(true, Ordering::SeqCst);
                // The client remembers a refused login until the credentials change: they
                // do, by a code.
                if let Some(password) = login_password {
                    client.set_password(password).await?;
                }
                client.authenticate().await?;
            }
            Err(err) => return Err(err.into()),
            Ok(()) => {}
        }
    }
    let api_client = sources.get("CRASHPLAN_API_CLIENT_ID").is_some();
    let remember_in = match named {
        Some((name, profile)) if profile.api.is_none() => Some(name.to_owned()),
        _ => None,
    };
    Ok(Connection {
        client,
        api,
        api_client,
        remember_in,
        _demo: None,
    })
}

/// The secret of API client `id` that no flag or variable gave: the profile's keyring entry
/// (if the client is the profile's), else a prompt on a terminal.
fn api_client_secret(
    named: Option<(&str, &Profile)>,
    id: &str,
    url: &str,
    ui: &Ui,
) -> Result<SecretString, CliError> {
    let keyed = named.filter(|(_, p)| p.keyring && p.api_client_id.as_deref() == Some(id));
    match keyed.map(|(name, p)| (name, keyring::password(p))) {
        Some((_, Ok(secret))) => Ok(secret),
        Some((name, Err(err))) if !ui.interactive() => Err(CliError::Usage(format!(
            "{err}; profile {name} keeps its API client secret there (on Linux the kernel \
             keyring forgets it at reboot): run `cpctl profile add {name} ...` again, or \
             give the secret with --api-client-secret-stdin or CRASHPLAN_API_CLIENT_SECRET"
        ))),
        _ => prompt_api_client_secret(id, url, ui),
    }
}

/// Asks on the terminal for the secret of API client `id`.
fn prompt_api_client_secret(id: &str, url: &str, ui: &Ui) -> Result<SecretString, CliError> {
    if ui.interactive() {
        return rpassword::prompt_password(format!(
            "Secret of API client {id} at {}: ",
            redact_url(url)
        ))
        .map(SecretString::from)
        .map_err(|err| CliError::Io(format!("cannot read the API client secret: {err}")));
    }
    Err(CliError::Usage(
        "no API client secret given: use --api-client-secret-stdin or set \
         CRASHPLAN_API_CLIENT_SECRET (never on the command line)"
            .into(),
    ))
}

/// The secret of a new profile's API client: `--api-client-secret-stdin`,
/// `CRASHPLAN_API_CLIENT_SECRET`, or a prompt on a terminal.
pub fn new_profile_secret(
    args: &ConnectionArgs,
    id: &str,
    url: &str,
    ui: &Ui,
) -> Result<SecretString, CliError> {
    new_secret(
        args.api_client_secret_stdin,
        "API client secret",
        API_CLIENT_SECRET,
        || prompt_api_client_secret(id, url, ui),
    )
}

/// A new profile's secret: standard input if `stdin`, else the variable `var` (the one the
/// library would read), else `prompt`.
fn new_secret(
    stdin: bool,
    what: &str,
    var: &str,
    prompt: impl FnOnce() -> Result<SecretString, CliError>,
) -> Result<SecretString, CliError> {
    if stdin {
        return read_stdin_secret(what);
    }
    match std::env::var(var).ok().filter(|s| !s.is_empty()) {
        Some(secret) => Ok(SecretString::from(secret)),
        None => prompt(),
    }
}

/// One redaction for the library and the command line.
pub use crashplan::redact_url;

/// The request rate follows the server (`--max-rps` caps it); `--page-concurrency` fixes the
/// paging window. A `bulk` run waits rather than fails a row: 8 attempts per request within
/// 60 s (the library's default, kept by other commands so that a server that is down is said
/// at once, is 4 within 30 s), so that a server refusing one request in nine costs a row about
/// once in 40 million requests instead of once in 6,500.
fn pace(builder: ClientBuilder, args: &ConnectionArgs, bulk: bool) -> ClientBuilder {
    let mut builder = builder.adaptive_rate(true);
    if bulk {
        builder = builder.retry(
            RetryPolicy::default()
                .max_attempts(8)
                .max_elapsed(Duration::from_secs(60)),
        );
    }
    if let Some(rps) = args.max_rps {
        builder = builder.max_rps(rps);
    }
    if let Some(n) = args.page_concurrency {
        builder = builder.page_window(usize::from(n));
    }
    builder
}

/// A warning of the library, in the words of the command line.
fn warning(w: &Warning) -> String {
    match w {
        Warning::InsecureTls => "TLS certificates are not checked (--insecure): anyone on the \
             network path can read your credentials; use --ca-cert instead"
            .into(),
        Warning::PasswordOverHttp(url) => format!(
            "{} is not encrypted: the password crosses the network in clear text; use https",
            redact_url(&url.to_string())
        ),
        other => other.to_string(),
    }
}

async fn demo(args: &ConnectionArgs, ui: &Ui) -> Result<Connection, CliError> {
    let emulator = Emulator::builder()
        .spawn()
        .await
        .map_err(|err| CliError::Io(format!("cannot start the demo server: {err}")))?;
    ui.info(format!(
        "demo: a built-in CrashPlan server with the reference's example data is running at {} \
         (admin/admin, API client key-emulator-demo/demo-secret); nothing you do reaches a \
         real server",
        emulator.base_url()
    ));
    let builder = crashplan::Client::builder(emulator.base_url());
    let builder = if let Some(id) = &args.api_client_id {
        let secret = if args.api_client_secret_stdin {
            read_stdin_secret("API client secret")?
        } else {
            SecretString::from("demo-secret")
        };
        builder.api_client(id.clone(), secret)
    } else {
        let username = args.username.clone().unwrap_or_else(|| "admin".into());
        let password = if args.password_stdin {
            read_password_line()?
        } else {
            SecretString::from("admin")
        };
        builder.local_account(username, password)
    };
    let client = pace(builder, args, false).build()?;
    Ok(Connection {
        client,
        api: args.api.and_then(ApiChoice::generation),
        api_client: args.api_client_id.is_some(),
        remember_in: None,
        _demo: Some(emulator),
    })
}

/// The password of a new profile: `--password-stdin`, `CRASHPLAN_PASSWORD` (the variable the
/// library would read), or a prompt on a terminal.
pub fn new_profile_password(
    args: &ConnectionArgs,
    username: &str,
    url: &str,
    ui: &Ui,
) -> Result<SecretString, CliError> {
    new_secret(
        args.password_stdin,
        "password",
        "CRASHPLAN_PASSWORD",
        || prompt_password(username, url, ui).map(SecretString::from),
    )
}

/// Asks on the terminal for the password no flag, variable or profile gave.
fn prompt_password(username: &str, url: &str, ui: &Ui) -> Result<String, CliError> {
    if ui.interactive() {
        return rpassword::prompt_password(format!(
            "Password for {username} at {}: ",
            redact_url(url)
        ))
        .map_err(|err| CliError::Io(format!("cannot read the password: {err}")));
    }
    Err(CliError::Usage(
        "no password given: use --password-stdin or set CRASHPLAN_PASSWORD".into(),
    ))
}

/// Reads a password from the first line of standard input.
pub fn read_password_line() -> Result<SecretString, CliError> {
    read_stdin_secret("password")
}

/// Reads a secret from the first line of standard input (without its line ending).
pub fn read_stdin_secret(what: &str) -> Result<SecretString, CliError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| {
            CliError::Io(format!("cannot read the {what} from standard input: {err}"))
        })?;
    let secret = line.trim_end_matches(['\r', '\n']).to_owned();
    if secret.is_empty() {
        return Err(CliError::Usage(format!(
            "standard input held no {what} (the first line is empty)"
        )));
    }
    Ok(SecretString::from(secret))
}

fn prompt_totp() -> String {
    rpassword::prompt_password("Two-factor code: ").unwrap_or_default()
}
