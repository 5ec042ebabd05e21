//! A [`crashplan::Client`] from flags, environment and profile (in that order of precedence),
//! or a built-in demo server with `--demo`.
//!
//! There is one configuration path: [`ClientBuilder::from_lookup`]. The flags and the profile
//! are presented to it under the names of the environment variables they stand for, in front
//! of and behind the real environment; the library parses and checks all three with the same
//! rules. This file reads no `CRASHPLAN_*` connection variable itself.

use std::io::BufRead;
use std::time::Duration;

use crashplan::{ClientBuilder, SecretString, Totp, Warning};
use crashplan_emulator::{Emulator, RunningEmulator};

use crate::cli::ConnectionArgs;
use crate::error::CliError;
use crate::profile::{Config, Profile};
use crate::ui::Ui;

/// A connected client; keeps the demo server alive while it is in use.
pub struct Connection {
    /// The client.
    pub client: crashplan::Client,
    _demo: Option<RunningEmulator>,
}

/// Settings named like the environment variables they stand for.
type Layer = Vec<(&'static str, String)>;

/// Variables chosen together: the first source that sets one of them sets all of them, so
/// that e.g. `--token` is not mixed with a username from the profile.
const GROUPS: &[&[&str]] = &[
    &["CRASHPLAN_USERNAME", "CRASHPLAN_TOKEN"],
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

/// Variables of a login, ignored when the chosen credential is a token.
const LOGIN_ONLY: &[&str] = &["CRASHPLAN_PASSWORD", "CRASHPLAN_TOTP", "CRASHPLAN_AUTH"];

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
        if LOGIN_ONLY.contains(&name) && self.grouped("CRASHPLAN_TOKEN").is_some() {
            return None;
        }
        self.grouped(name)
    }
}

fn flags(args: &ConnectionArgs) -> Result<Layer, CliError> {
    let mut layer: Layer = Vec::new();
    let mut set = |name, value: Option<String>| {
        if let Some(v) = value {
            layer.push((name, v));
        }
    };
    set("CRASHPLAN_URL", args.url.clone());
    set("CRASHPLAN_USERNAME", args.username.clone());
    set("CRASHPLAN_TOKEN", args.token.clone());
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
    if args.token_stdin {
        let token = read_password_line()?;
        set(
            "CRASHPLAN_TOKEN",
            Some(crashplan::ExposeSecret::expose_secret(&token).to_owned()),
        );
    }
    if args.password_stdin {
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
    set(
        "CRASHPLAN_PASSWORD",
        profile.password.as_ref().map(|p| p.expose().to_owned()),
    );
    layer
}

/// Builds the client the flags, environment and profile describe.
pub async fn connect(args: &ConnectionArgs, ui: &Ui) -> Result<Connection, CliError> {
    if args.demo {
        return demo(args, ui).await;
    }
    let config = Config::load(&Config::path()?)?;
    let profile = config.profile(args.profile.as_deref())?.map(|(_, p)| p);
    let mut sources = Sources {
        flags: flags(args)?,
        profile: profile.map(profile_layer).unwrap_or_default(),
    };
    let Some(url) = sources.get("CRASHPLAN_URL") else {
        return Err(CliError::Usage(
            "no server given: use --url, set CRASHPLAN_URL, or add a profile with \
             `crashplan profile add NAME --url URL --use`"
                .into(),
        ));
    };
    if sources.get("CRASHPLAN_TOKEN").is_none() {
        let Some(username) = sources.get("CRASHPLAN_USERNAME") else {
            return Err(CliError::Usage(
                "no username given: use --username, set CRASHPLAN_USERNAME, or add it to your profile"
                    .into(),
            ));
        };
        if sources.get("CRASHPLAN_PASSWORD").is_none() {
            let password = prompt_password(&username, &url, ui)?;
            sources.flags.push(("CRASHPLAN_PASSWORD", password));
        }
    }
    let ui = *ui;
    let mut builder = ClientBuilder::from_lookup(|name| sources.get(name))?
        .on_warning(move |w| ui.warn(warning(w)));
    if args.totp.as_deref() == Some("prompt") {
        builder = builder.totp(Totp::from_fn(prompt_totp));
    }
    if let Some(secs) = args.timeout {
        builder = builder.timeout(Duration::from_secs(secs));
    }
    Ok(Connection {
        client: builder.build()?,
        _demo: None,
    })
}

/// A warning of the library, in the words of the command line.
fn warning(w: &Warning) -> String {
    match w {
        Warning::InsecureTls => "TLS certificates are not checked (--insecure): anyone on the \
             network path can read your credentials; use --ca-cert instead"
            .into(),
        Warning::PasswordOverHttp(url) => format!(
            "{url} is not encrypted: the password crosses the network in clear text; use https"
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
         (admin/admin); nothing you do reaches a real server",
        emulator.base_url()
    ));
    let username = args.username.clone().unwrap_or_else(|| "admin".into());
    let password = if args.password_stdin {
        read_password_line()?
    } else {
        SecretString::from("admin")
    };
    let client = crashplan::Client::builder(emulator.base_url())
        .local_account(username, password)
        .build()?;
    Ok(Connection {
        client,
        _demo: Some(emulator),
    })
}

/// Asks on the terminal for the password no flag, variable or profile gave.
fn prompt_password(username: &str, url: &str, ui: &Ui) -> Result<String, CliError> {
    if ui.interactive() {
        return rpassword::prompt_password(format!("Password for {username} at {url}: "))
            .map_err(|err| CliError::Io(format!("cannot read the password: {err}")));
    }
    Err(CliError::Usage(
        "no password given: use --password-stdin or set CRASHPLAN_PASSWORD".into(),
    ))
}

/// Reads the first line of standard input (without its line ending).
pub fn read_password_line() -> Result<SecretString, CliError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| {
            CliError::Io(format!(
                "cannot read the password from standard input: {err}"
            ))
        })?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        return Err(CliError::Usage(
            "standard input held no password (the first line is empty)".into(),
        ));
    }
    Ok(SecretString::from(password))
}

fn prompt_totp() -> String {
    rpassword::prompt_password("Two-factor code: ").unwrap_or_default()
}
