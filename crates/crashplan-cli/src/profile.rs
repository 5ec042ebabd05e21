//! Named connection profiles in a TOML file in the platform's config directory
//! (`~/.config/crashplan/config.toml` on Linux; `CRASHPLAN_CONFIG` overrides the path).
//!
//! A profile stores where and how to connect. Its password goes to the OS keyring (see
//! [`keyring`]); only on explicit request (`profile add --password-in-file`) is it written to
//! the file, in plain text. The file is always written atomically with mode 0600 (see
//! [`Config::save`]), and a warning says so when a file holding a password is readable by
//! others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crashplan_api::Secret;
use serde::{Deserialize, Serialize};

/// Environment variable naming the config file.
pub const CONFIG_ENV: &str = "CRASHPLAN_CONFIG";

/// The config file: profiles and which one is in use.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Name of the profile used when `--profile` is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// How to reach one CrashPlan server.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profile {
    /// Server URL, e.g. `https://cp.example.com:4285`.
    pub url: String,
    /// Account name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// API client id, instead of an account name; its secret is kept like a password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_client_id: Option<String>,
    /// `token` (log in once, then send a token; the default) or `basic` (credentials on every request).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<String>,
    /// Extra CA certificate (PEM) to trust.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// Accept invalid TLS certificates (dangerous).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure: bool,
    /// Proxy URL (`http://`, `https://` or `socks5://`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy: Option<String>,
    /// Which API the server speaks (`pro3`, `today`, `auto`), as `--api`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// Password (or API client secret) in plain text; only stored on explicit request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<Secret>,
    /// The password (or API client secret) is in the OS keyring (see [`keyring`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keyring: bool,
}

/// Problems with the config file.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// No config directory could be determined.
    #[error("cannot find a config directory; set {CONFIG_ENV} to the path of a config file")]
    NoConfigDir,
    /// The file could not be read or written.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML for a config.
    #[error("{path} is not a valid crashplan config file: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// No profile with this name.
    #[error("no profile named `{name}`; known profiles: {known}")]
    Unknown {
        /// The name asked for.
        name: String,
        /// The names that exist.
        known: String,
    },
}

impl Config {
    /// The config file path: `$CRASHPLAN_CONFIG`, else `<config dir>/crashplan/config.toml`.
    pub fn path() -> Result<PathBuf, ProfileError> {
        if let Some(path) = std::env::var_os(CONFIG_ENV) {
            return Ok(PathBuf::from(path));
        }
        directories::ProjectDirs::from("", "", "crashplan")
            .map(|dirs| dirs.config_dir().join("config.toml"))
            .ok_or(ProfileError::NoConfigDir)
    }

    /// Reads the config; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self, ProfileError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => {
                return Err(ProfileError::Io {
                    action: "cannot read",
                    path: path.to_owned(),
                    source,
                });
            }
        };
        toml::from_str(&text).map_err(|err| ProfileError::Invalid {
            path: path.to_owned(),
            message: err.message().to_owned(),
        })
    }

    /// Reads the config, applies `change` and writes it back, holding the config's lock
    /// ([`crate::files::lock`]) throughout: concurrent commands (eight `profile add` at once)
    /// each see the others' changes, and none is lost.
    pub fn update<T, E: From<ProfileError>>(
        path: &Path,
        change: impl FnOnce(&mut Self) -> Result<T, E>,
    ) -> Result<T, E> {
        let io = |action, source| ProfileError::Io {
            action,
            path: path.to_owned(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| io("cannot create the directory of", e))?;
        }
        let _lock = crate::files::lock(path, true).map_err(|e| io("cannot lock", e))?;
        let mut config = Self::load(path)?;
        let out = change(&mut config)?;
        config.save(path)?;
        Ok(out)
    }

    /// Writes the config atomically: a new file only the owner can read, created exclusively
    /// in the same directory (`tempfile`: no predictable name, no link followed), then renamed
    /// over `path` (a symbolic link at `path` is replaced, not followed).
    pub fn save(&self, path: &Path) -> Result<(), ProfileError> {
        use std::io::Write;
        let io = |action, source| ProfileError::Io {
            action,
            path: path.to_owned(),
            source,
        };
        let text = toml::to_string_pretty(self).map_err(|err| ProfileError::Invalid {
            path: path.to_owned(),
            message: err.to_string(),
        })?;
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).map_err(|e| io("cannot create the directory of", e))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".config-")
            .suffix(".toml.tmp")
            .tempfile_in(dir)
            .map_err(|e| io("cannot write", e))?;
        tmp.write_all(text.as_bytes())
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| io("cannot write", e))?;
        tmp.persist(path)
            .map_err(|e| io("cannot replace", e.error))?;
        Ok(())
    }

    /// A warning when the file holds a password in plain text and others may read it.
    pub fn exposure_warning(&self, path: &Path) -> Option<String> {
        if !self.profiles.values().any(|p| p.password.is_some()) {
            return None;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).ok()?.permissions().mode();
            if mode & 0o077 != 0 {
                return Some(format!(
                    "{} holds a password and is readable by others (mode {:o}): run `chmod 600 {0}`, \
                     or move the password to the OS keyring with `cpctl profile add`",
                    path.display(),
                    mode & 0o777
                ));
            }
        }
        None
    }

    /// The profile named `name`, or the current one when `name` is `None`.
    pub fn profile(&self, name: Option<&str>) -> Result<Option<(&str, &Profile)>, ProfileError> {
        let Some(name) = name.or(self.current.as_deref()) else {
            return Ok(None);
        };
        match self.profiles.get_key_value(name) {
            Some((name, profile)) => Ok(Some((name.as_str(), profile))),
            None => Err(self.unknown(name)),
        }
    }

    /// The error for a profile name that does not exist.
    pub fn unknown(&self, name: &str) -> ProfileError {
        let known: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
        ProfileError::Unknown {
            name: name.to_owned(),
            known: if known.is_empty() {
                "(none; add one with `cpctl profile add`)".to_owned()
            } else {
                known.join(", ")
            },
        }
    }
}

/// Profile passwords in the OS keyring (the `keyring` crate): macOS Keychain, Windows
/// Credential Manager, or on Linux the kernel keyring (keyutils), which works on headless
/// machines and in containers but forgets its keys at reboot (or once the user has no process
/// left). One entry per account and server: service `crashplan`, user `USERNAME@URL`, or
/// `api-client:ID@URL` for the secret of an API client.
pub mod keyring {
    use crashplan::SecretString;

    use super::Profile;

    /// The keyring service name.
    pub const SERVICE: &str = "crashplan";

    fn entry(profile: &Profile) -> Result<::keyring::Entry, String> {
        let user = match &profile.api_client_id {
            Some(id) => format!("api-client:{id}@{}", profile.url),
            None => {
                let username = profile.username.as_deref().unwrap_or_default();
                format!("{username}@{}", profile.url)
            }
        };
        platform_entry(&user).map_err(|err| format!("cannot use the OS keyring: {err}"))
    }

    /// keyring's keyutils store keeps keys in the session keyring and links each one into the
    /// user's persistent keyring, which containers and many CI machines refuse (EACCES, reported
    /// as "no entry"). The same store on the user keyring works everywhere keyutils does.
    #[cfg(target_os = "linux")]
    fn platform_entry(user: &str) -> ::keyring::Result<::keyring::Entry> {
        use linux_keyutils::{KeyRing, KeyRingIdentifier};
        let user_keyring = KeyRing::from_special_id(KeyRingIdentifier::User, true)
            .map_err(|err| ::keyring::Error::PlatformFailure(Box::new(err)))?;
        let credential = ::keyring::keyutils::KeyutilsCredential {
            session: user_keyring,
            persistent: None,
            description: format!("keyring-rs:{user}@{SERVICE}"),
        };
        Ok(::keyring::Entry::new_with_credential(Box::new(credential)))
    }

    #[cfg(not(target_os = "linux"))]
    fn platform_entry(user: &str) -> ::keyring::Result<::keyring::Entry> {
        ::keyring::Entry::new(SERVICE, user)
    }

    /// The profile's password from the keyring.
    pub fn password(profile: &Profile) -> Result<SecretString, String> {
        entry(profile)?
            .get_password()
            .map(SecretString::from)
            .map_err(|err| match err {
                ::keyring::Error::NoEntry => {
                    format!("the {} is not in the OS keyring", what(profile))
                }
                err => format!(
                    "cannot read the {} from the OS keyring: {err}",
                    what(profile)
                ),
            })
    }

    /// What the keyring keeps for this profile: `password` or `API client secret`.
    pub fn what(profile: &Profile) -> &'static str {
        if profile.api_client_id.is_some() {
            "API client secret"
        } else {
            "password"
        }
    }

    /// Stores the profile's password in the keyring.
    pub fn store(profile: &Profile, password: &SecretString) -> Result<(), String> {
        use crashplan::ExposeSecret;
        entry(profile)?
            .set_password(password.expose_secret())
            .map_err(|err| {
                format!(
                    "cannot store the {} in the OS keyring: {err}; use \
                     --password-in-file to keep it in the config file (plain text), or \
                     --no-password to give it at each use",
                    what(profile)
                )
            })
    }

    /// Removes the profile's password from the keyring (nothing if it is not there).
    pub fn forget(profile: &Profile) -> Result<(), String> {
        match entry(profile)?.delete_credential() {
            Ok(()) | Err(::keyring::Error::NoEntry) => Ok(()),
            Err(err) => Err(format!(
                "cannot remove the {} from the OS keyring: {err}",
                what(profile)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Config {
        let mut config = Config::default();
        config.profiles.insert(
            "prod".into(),
            Profile {
                url: "https://cp.example.com:4285".into(),
                username: Some("admin".into()),
                password: Some(Secret::from("hunter2")),
                ..Profile::default()
            },
        );
        config.current = Some("prod".into());
        config
    }

    #[test]
    fn save_and_load_round_trip_with_private_permissions() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sub/config.toml");
        sample().save(&path).expect("saves");
        assert_eq!(Config::load(&path).expect("loads"), sample());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path)
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn missing_file_is_empty_and_bad_file_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("config.toml");
        assert_eq!(
            Config::load(&path).expect("missing is fine"),
            Config::default()
        );
        std::fs::write(&path, "profiles = 3\n").expect("write");
        let err = Config::load(&path).expect_err("invalid");
        assert!(
            err.to_string()
                .contains("is not a valid crashplan config file"),
            "{err}"
        );
    }

    #[test]
    fn unknown_profiles_list_the_known_ones() {
        let config = sample();
        assert_eq!(
            config.profile(None).expect("current").map(|p| p.0),
            Some("prod")
        );
        let err = config.profile(Some("test")).expect_err("unknown");
        assert_eq!(
            err.to_string(),
            "no profile named `test`; known profiles: prod"
        );
    }

    #[test]
    fn debug_never_shows_the_password() {
        assert!(!format!("{:?}", sample()).contains("hunter2"));
    }
}
