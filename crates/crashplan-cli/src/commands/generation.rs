//! Which API generation a command speaks to the server: CrashPlan PRO 3.x's `/rest/...` or
//! today's `/api/v1|v3|v38/...`. One rule, in this order:
//!
//! 1. the generation chosen: `--api`, `CRASHPLAN_API` or the profile's `api`;
//! 2. the command's only one, for a command that exists in one generation only
//!    (`report usage`, `devices list`): nothing to ask;
//! 3. today's, for an API client (CrashPlan PRO 3.x has none);
//! 4. detected by one request, `GET /api/v1/User/my` (the "who am I" of today's servers, which
//!    a CrashPlan PRO 3.x server does not have): an answer means today's, a 404 means
//!    CrashPlan PRO 3.x's. A server that serves both (the emulator) is spoken to in today's.
//!    The generation detected is written to the profile in use, if it did not say one, so the
//!    request is asked once per profile.

use crashplan::api::spec::Generation;
use reqwest::Method;

use super::resources::{api_name, check_generation, describe};
use crate::cli::{BulkCommand, Command, ReportCommand};
use crate::connect::Connection;
use crate::error::CliError;
use crate::profile::Config;
use crate::ui::Ui;

/// The request that tells the generations apart.
pub const PROBE: &str = "/api/v1/User/my";

/// The generations whose servers can run `command`.
fn generations(command: &Command) -> Vec<Generation> {
    const BOTH: [Generation; 2] = [Generation::Pro3, Generation::Today];
    match command {
        Command::Resource(command) => command.generations(),
        Command::Report(ReportCommand::Usage { .. }) => vec![Generation::Pro3],
        Command::Bulk(
            BulkCommand::Deactivate(_) | BulkCommand::Reactivate(_) | BulkCommand::Move(_),
        ) => BOTH.to_vec(),
        Command::Bulk(_) => vec![Generation::Pro3],
        _ => BOTH.to_vec(),
    }
}

/// The generation `command` speaks to the connected server (see the module's rule); a
/// command the chosen generation lacks is refused before any request.
pub async fn choose(
    command: &Command,
    connection: &Connection,
    ui: &Ui,
) -> Result<Generation, CliError> {
    let possible = generations(command);
    if let Some(chosen) = connection.api {
        if let Command::Resource(command) = command {
            check_generation(command, chosen)?;
        } else if !possible.contains(&chosen) && !matches!(command, Command::Bulk(_)) {
            // A bulk command is refused by the bulk runner, which names it and removes the
            // results file it created.
            return Err(CliError::Usage(format!(
                "this command has no counterpart in {}, which --api {} says the server \
                 speaks (nothing was sent)",
                describe(chosen),
                api_name(chosen)
            )));
        }
        return Ok(chosen);
    }
    if let [only] = possible.as_slice() {
        return Ok(*only);
    }
    if connection.api_client {
        return Ok(Generation::Today);
    }
    let detected = detect(&connection.client).await?;
    if let Some(profile) = &connection.remember_in {
        remember(profile, detected, ui);
    }
    if let Command::Resource(command) = command {
        check_generation(command, detected)?;
    }
    Ok(detected)
}

/// Asks the server which generation it speaks: one `GET /api/v1/User/my`.
pub async fn detect(client: &crashplan::Client) -> Result<Generation, CliError> {
    match client.request_json(Method::GET, PROBE).send().await {
        Ok(_) => Ok(Generation::Today),
        Err(err) => match err.status().map(|s| s.as_u16()) {
            Some(404) => Ok(Generation::Pro3),
            // The network, not the question: the error says what failed.
            None => Err(err.into()),
            Some(_) => Err(CliError::Usage(format!(
                "cannot tell which API the server speaks: GET {PROBE} failed ({err}); say it \
                 with --api pro3 (CrashPlan PRO 3.x, /rest/...) or --api today (today's \
                 CrashPlan, /api/v1|v3|v38/...), or set `api` in the profile"
            ))),
        },
    }
}

/// Writes the detected generation into the profile (its `api`), warning when it cannot.
fn remember(profile: &str, generation: Generation, ui: &Ui) {
    let saved = Config::path().map_err(CliError::from).and_then(|path| {
        Config::update(&path, |config: &mut Config| -> Result<(), CliError> {
            if let Some(entry) = config.profiles.get_mut(profile)
                && entry.api.is_none()
            {
                entry.api = Some(api_name(generation).to_owned());
            }
            Ok(())
        })
    });
    match saved {
        Ok(()) => ui.info(format!(
            "the server speaks {}: remembered in profile {profile} (api = \"{}\")",
            describe(generation),
            api_name(generation)
        )),
        Err(err) => ui.warn(format!(
            "the server speaks {}, but profile {profile} could not remember it: {err}",
            describe(generation)
        )),
    }
}
