//! A [`crashplan::Client`] from flags, environment and profile (in that order of precedence),
//! or a built-in demo server with `--demo`.

use std::io::BufRead;
use std::time::Duration;

use crashplan::{Client, SecretString, Totp};
use crashplan_emulator::{Emulator, RunningEmulator};

use crate::cli::ConnectionArgs;
use crate::error::CliError;
use crate::profile::{Config, Profile};
use crate::ui::Ui;

/// A connected client; keeps the demo server alive while it is in use.
pub struct Connection {
    /// The client.
    pub client: Client,
    _demo: Option<RunningEmulator>,
}

/// Builds the client the flags, environment and profile describe.
pub async fn connect(args: &ConnectionArgs, ui: &Ui) -> Result<Connection, CliError> {
    if args.demo {
        return demo(args, ui).await;
    }
    let config = Config::load(&Config::path()?)?;
    let profile = config.profile(args.profile.as_deref())?.map(|(_, p)| p);
    let empty = Profile::default();
    let profile = profile.unwrap_or(&empty);

    let url = args
        .url
        .clone()
        .or_else(|| Some(profile.url.clone()).filter(|u| !u.is_empty()));
    let Some(url) = url else {
        return Err(CliError::Usage(
            "no server given: use --url, set CRASHPLAN_URL, or add a profile with \
             `crashplan profile add NAME --url URL --use`"
                .into(),
        ));
    };
    let mut builder = Client::builder(&url);
    if let Some(token) = &args.token {
        builder = builder.token(SecretString::from(token.clone()));
    } else {
        let Some(username) = args.username.clone().or_else(|| profile.username.clone()) else {
            return Err(CliError::Usage(
                "no username given: use --username, set CRASHPLAN_USERNAME, or add it to your profile"
                    .into(),
            ));
        };
        let password = password(args, profile, &username, &url, ui)?;
        let basic = args.basic_auth || profile.auth.as_deref() == Some("basic");
        builder = if basic {
            builder.basic(username, password)
        } else {
            builder.local_account(username, password)
        };
        match args.totp.as_deref() {
            Some("prompt") => builder = builder.totp(Totp::from_fn(prompt_totp)),
            Some(code) => builder = builder.totp(code),
            None => {}
        }
    }
    if let Some(path) = args.ca_cert.as_ref().or(profile.ca_cert.as_ref()) {
        builder = builder.ca_cert_file(path);
    }
    let insecure_env = std::env::var("CRASHPLAN_INSECURE")
        .is_ok_and(|v| matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "yes"));
    if args.insecure || profile.insecure || insecure_env {
        ui.warn(
            "TLS certificates are not checked (--insecure): anyone on the network path can read \
             your credentials; use --ca-cert instead",
        );
        builder = builder.danger_accept_invalid_certs(true);
    }
    if url.starts_with("http://") && args.token.is_none() {
        ui.warn(format!(
            "{url} is not encrypted: the password crosses the network in clear text; use https"
        ));
    }
    if let Some(proxy) = args.proxy.as_ref().or(profile.proxy.as_ref()) {
        builder = builder.proxy(proxy);
    }
    if let Some(secs) = args.timeout {
        builder = builder.timeout(Duration::from_secs(secs));
    }
    Ok(Connection {
        client: builder.build()?,
        _demo: None,
    })
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
    let client = Client::builder(emulator.base_url())
        .local_account(username, password)
        .build()?;
    Ok(Connection {
        client,
        _demo: Some(emulator),
    })
}

/// `--password-stdin`, then `CRASHPLAN_PASSWORD`, then the profile, then a terminal prompt.
fn password(
    args: &ConnectionArgs,
    profile: &Profile,
    username: &str,
    url: &str,
    ui: &Ui,
) -> Result<SecretString, CliError> {
    if args.password_stdin {
        return read_password_line();
    }
    if let Ok(password) = std::env::var("CRASHPLAN_PASSWORD") {
        return Ok(SecretString::from(password));
    }
    if let Some(password) = &profile.password {
        return Ok(SecretString::from(password.expose().to_owned()));
    }
    if ui.interactive() {
        return rpassword::prompt_password(format!("Password for {username} at {url}: "))
            .map(SecretString::from)
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
