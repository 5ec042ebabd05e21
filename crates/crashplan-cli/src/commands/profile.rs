//! `cpctl profile add|list|show|remove|use`: only `add` talks to the server, to check the
//! credentials.

use std::io::BufWriter;
use std::process::ExitCode;

use serde_json::json;

use crate::cli::{ConnectionArgs, ProfileCommand};
use crate::columns;
use crate::connect::{
    Overrides, connect_with, new_profile_password, new_profile_secret, redact_url,
};
use crate::error::CliError;
use crate::output::{Column, Format, RecordWriter, write_one};
use crate::profile::{Config, Profile, keyring};
use crate::ui::Ui;

const COLUMNS: &[Column] = columns![
    ("Current", "current"),
    ("Name", "name"),
    ("URL", "url"),
    ("Username", "username"),
    ("Auth", "auth"),
];

pub async fn run(
    command: ProfileCommand,
    connection: &ConnectionArgs,
    format: Format,
    ui: &Ui,
) -> Result<ExitCode, CliError> {
    let path = Config::path()?;
    let config = Config::load(&path)?;
    if let Some(warning) = config.exposure_warning(&path) {
        ui.warn(warning);
    }
    match command {
        ProfileCommand::Add {
            name,
            password_in_file,
            no_password,
            no_verify,
            make_current,
        } => {
            let Some(url) = connection.url.clone() else {
                return Err(CliError::Usage(
                    "a profile needs a server: add --url https://HOST:4285".into(),
                ));
            };
            let mut profile = Profile {
                url,
                username: connection.username.clone(),
                api_client_id: connection.api_client_id.clone(),
                auth: connection.basic_auth.then(|| "basic".to_owned()),
                ca_cert: connection.ca_cert.clone(),
                insecure: connection.insecure,
                proxy: connection.proxy.clone(),
                api: connection.api.map(|a| a.name().to_owned()),
                password: None,
                keyring: false,
            };
            if profile.proxy.as_deref().is_some_and(|p| redact_url(p) != p) {
                ui.warn(format!(
                    "the proxy URL holds credentials: they are stored in plain text in {}",
                    path.display()
                ));
            }
            let secret = match (&profile.username, &profile.api_client_id) {
                _ if no_password => None,
                (_, Some(id)) => Some(new_profile_secret(connection, id, &profile.url, ui)),
                (Some(username), None) => {
                    Some(new_profile_password(connection, username, &profile.url, ui))
                }
                (None, None) => None,
            };
            let secret = secret.transpose().map_err(|err| match err {
                CliError::Usage(message) => {
                    CliError::Usage(format!("{message}, or add --no-password to store none"))
                }
                err => err,
            })?;
            if let Some(secret) = &secret
                && !no_verify
            {
                let api_client = profile.api_client_id.is_some();
                let overrides = Overrides {
                    password: (!api_client).then(|| secret.clone()),
                    api_client_secret: api_client.then(|| secret.clone()),
                    no_profile: true,
                    bulk: false,
                };
                let client = connect_with(connection, ui, overrides).await?.client;
                verify(&client, connection.basic_auth).await?;
                ui.info("the credentials work (checked with one login)");
            }
            if let Some(secret) = secret {
                if password_in_file {
                    ui.warn(format!(
                        "the {} is stored in plain text in {} (readable only by you); \
                         without --password-in-file it goes to the OS keyring",
                        keyring::what(&profile),
                        path.display()
                    ));
                    profile.password = Some(crashplan::api::Secret::from(secret));
                } else {
                    keyring::store(&profile, &secret).map_err(CliError::Io)?;
                    profile.keyring = true;
                }
            }
            let replaced = Config::update(&path, |config| {
                let replaced = config.profiles.insert(name.clone(), profile);
                if let Some(old) = replaced.as_ref().filter(|old| old.keyring) {
                    forget_unless_shared(config, old, ui);
                }
                if make_current || config.current.is_none() {
                    config.current = Some(name.clone());
                }
                Ok::<_, CliError>(replaced)
            })?;
            let verb = if replaced.is_some() {
                "replaced"
            } else {
                "added"
            };
            ui.info(format!("{verb} profile {name} in {}", path.display()));
        }
        ProfileCommand::List => {
            let mut writer = RecordWriter::new(format, COLUMNS, BufWriter::new(std::io::stdout()));
            for (name, profile) in &config.profiles {
                let current = config.current.as_deref() == Some(name.as_str());
                writer.write(&json!({
                    "current": if current { "*" } else { "" },
                    "name": name,
                    "url": redact_url(&profile.url),
                    "username": profile.username.as_ref().or(profile.api_client_id.as_ref()),
                    "auth": auth_kind(profile),
                }))?;
            }
            writer.finish()?;
        }
        ProfileCommand::Show { name } => {
            let Some((name, profile)) = config.profile(name.as_deref())? else {
                return Err(CliError::Usage(
                    "no current profile: name one, or pick one with `cpctl profile use NAME`"
                        .into(),
                ));
            };
            let mut record = serde_json::to_value(profile)
                .map_err(|err| CliError::Io(format!("cannot encode the profile: {err}")))?;
            // The secret of an API client is shown (never its value) as `secret`.
            let secret_key = if profile.api_client_id.is_some() {
                if let Some(fields) = record.as_object_mut() {
                    fields.remove("password");
                }
                "secret"
            } else {
                "password"
            };
            if profile.password.is_some() {
                record[secret_key] = json!("***");
            }
            if profile.keyring {
                record[secret_key] = json!("(in the OS keyring)");
            }
            if let Some(keyring) = record.as_object_mut() {
                keyring.remove("keyring");
            }
            for field in ["url", "proxy"] {
                if let Some(url) = record[field].as_str() {
                    record[field] = json!(redact_url(url));
                }
            }
            record["name"] = json!(name);
            write_one(format, &record, BufWriter::new(std::io::stdout()))?;
        }
        ProfileCommand::Remove { name } => {
            Config::update(&path, |config| {
                let Some(removed) = config.profiles.remove(&name) else {
                    return Err(CliError::from(config.unknown(&name)));
                };
                if removed.keyring {
                    forget_unless_shared(config, &removed, ui);
                }
                if config.current.as_deref() == Some(name.as_str()) {
                    config.current = None;
                }
                Ok(())
            })?;
            ui.info(format!("removed profile {name}"));
        }
        ProfileCommand::Use { name } => {
            Config::update(&path, |config| {
                if !config.profiles.contains_key(&name) {
                    return Err(CliError::from(config.unknown(&name)));
                }
                config.current = Some(name.clone());
                Ok(())
            })?;
            ui.info(format!("now using profile {name}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Checks the credentials with one login (one request for Basic authentication, where a 403
/// still proves them right).
async fn verify(client: &crashplan::Client, basic: bool) -> Result<(), CliError> {
    client.authenticate().await?;
    if basic {
        match client.server_stats().get().await {
            Ok(_) => {}
            Err(err) if err.is_forbidden() => {}
            Err(err) => return Err(err.into()),
        }
    }
    Ok(())
}

/// How a profile authenticates, for `profile list`.
fn auth_kind(profile: &Profile) -> &str {
    match (&profile.api_client_id, profile.auth.as_deref()) {
        (Some(_), _) => "api-client",
        (None, Some(auth)) => auth,
        (None, None) => "token",
    }
}

/// Removes a profile's keyring entry unless another profile uses the same account and server.
fn forget_unless_shared(config: &Config, profile: &Profile, ui: &Ui) {
    let shared = config.profiles.values().any(|p| {
        p.keyring
            && p.url == profile.url
            && p.username == profile.username
            && p.api_client_id == profile.api_client_id
    });
    if !shared && let Err(err) = keyring::forget(profile) {
        ui.warn(err);
    }
}
