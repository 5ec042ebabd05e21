//! `crashplan profile add|list|show|remove|use`: no server needed.

use std::io::BufWriter;
use std::process::ExitCode;

use serde_json::json;

use crate::cli::{ConnectionArgs, ProfileCommand};
use crate::columns;
use crate::connect::read_password_line;
use crate::error::CliError;
use crate::output::{Column, Format, RecordWriter, write_one};
use crate::profile::{Config, Profile};
use crate::ui::Ui;

const COLUMNS: &[Column] = columns![
    ("Current", "current"),
    ("Name", "name"),
    ("URL", "url"),
    ("Username", "username"),
    ("Auth", "auth"),
];

pub fn run(
    command: ProfileCommand,
    connection: &ConnectionArgs,
    format: Format,
    ui: &Ui,
) -> Result<ExitCode, CliError> {
    let path = Config::path()?;
    let mut config = Config::load(&path)?;
    match command {
        ProfileCommand::Add {
            name,
            store_password,
            make_current,
        } => {
            let Some(url) = connection.url.clone() else {
                return Err(CliError::Usage(
                    "a profile needs a server: add --url https://HOST:4285".into(),
                ));
            };
            let password = if store_password {
                ui.warn(format!(
                    "the password is stored in plain text in {} (readable only by you)",
                    path.display()
                ));
                Some(crashplan::api::Secret::from(read_password_line()?))
            } else {
                None
            };
            let profile = Profile {
                url,
                username: connection.username.clone(),
                auth: connection.basic_auth.then(|| "basic".to_owned()),
                ca_cert: connection.ca_cert.clone(),
                insecure: connection.insecure,
                proxy: connection.proxy.clone(),
                password,
            };
            let replaced = config.profiles.insert(name.clone(), profile).is_some();
            if make_current || config.current.is_none() {
                config.current = Some(name.clone());
            }
            config.save(&path)?;
            let verb = if replaced { "replaced" } else { "added" };
            ui.info(format!("{verb} profile {name} in {}", path.display()));
        }
        ProfileCommand::List => {
            let mut writer = RecordWriter::new(format, COLUMNS, BufWriter::new(std::io::stdout()));
            for (name, profile) in &config.profiles {
                let current = config.current.as_deref() == Some(name.as_str());
                writer.write(&json!({
                    "current": if current { "*" } else { "" },
                    "name": name,
                    "url": profile.url,
                    "username": profile.username,
                    "auth": profile.auth.as_deref().unwrap_or("token"),
                }))?;
            }
            writer.finish()?;
        }
        ProfileCommand::Show { name } => {
            let Some((name, profile)) = config.profile(name.as_deref())? else {
                return Err(CliError::Usage(
                    "no current profile: name one, or pick one with `crashplan profile use NAME`"
                        .into(),
                ));
            };
            let mut record = serde_json::to_value(profile)
                .map_err(|err| CliError::Io(format!("cannot encode the profile: {err}")))?;
            if record.get("password").is_some() {
                record["password"] = json!("***");
            }
            record["name"] = json!(name);
            write_one(format, &record, BufWriter::new(std::io::stdout()))?;
        }
        ProfileCommand::Remove { name } => {
            if config.profiles.remove(&name).is_none() {
                return Err(config.unknown(&name).into());
            }
            if config.current.as_deref() == Some(name.as_str()) {
                config.current = None;
            }
            config.save(&path)?;
            ui.info(format!("removed profile {name}"));
        }
        ProfileCommand::Use { name } => {
            if !config.profiles.contains_key(&name) {
                return Err(config.unknown(&name).into());
            }
            config.current = Some(name.clone());
            config.save(&path)?;
            ui.info(format!("now using profile {name}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}
