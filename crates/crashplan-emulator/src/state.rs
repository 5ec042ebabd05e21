//! The data set: orgs, users, computers, usages, mount points, server statistics and archive
//! records, stored as the generated `crashplan_api::types`, plus the virtual synthetic data
//! set and the optional state file.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};
use crashplan_api::types::{
    ArchiveRecord, ComputerDetail, ComputerUsage, MountPointDetail, OrgDetail, ServerStats, Usage,
    User, UserDetail,
};
use serde::{Deserialize, Serialize};

use crate::synthetic::Synthetic;
use crate::today::TodayState;

/// A point in time as the API prints it.
pub(crate) type Date = DateTime<FixedOffset>;

/// The current time (UTC offset).
pub(crate) fn now() -> Date {
    Utc::now().fixed_offset()
}

/// Version of the state file format.
const STATE_VERSION: u32 = 1;

/// A stored user: its detail view plus the SHA-256 of its password (if it can log in).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct UserRec {
    pub(crate) detail: UserDetail,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) password_sha256: Option<String>,
}

/// Hex SHA-256 of a password.
pub(crate) fn password_hash(password: &str) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, password.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Everything the API serves.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Store {
    pub(crate) orgs: BTreeMap<i64, OrgDetail>,
    /// Stored users: the doc's, created ones, and synthetic users that were changed.
    pub(crate) users: BTreeMap<i64, UserRec>,
    pub(crate) computers: BTreeMap<i64, ComputerDetail>,
    pub(crate) usages: Vec<Usage>,
    pub(crate) computer_usages: Vec<ComputerUsage>,
    pub(crate) mount_points: BTreeMap<i64, MountPointDetail>,
    /// Always set once the emulator runs (`Option` only because the type has no default).
    pub(crate) server_stats: Option<ServerStats>,
    pub(crate) archive_records: Vec<ArchiveRecord>,
    /// The virtual synthetic data set (users, computers, usages, archive records).
    pub(crate) synthetic: Synthetic,
    /// Today's identifiers and flags of the same records ([`crate::today`]).
    #[serde(default)]
    pub(crate) today: TodayState,
    /// Lower-case username/email -> id of stored users.
    #[serde(skip)]
    logins: HashMap<String, i64>,
}

#[derive(Serialize, Deserialize)]
struct StateFile {
    version: u32,
    store: Store,
}

/// Errors of the state file.
#[derive(Debug, thiserror::Error)]
pub(crate) enum StateError {
    #[error("cannot read or write the state file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the state file {path} is not valid: {source}")]
    Format {
        path: String,
        source: serde_json::Error,
    },
}

impl Store {
    /// Rebuilds the login index after loading or seeding.
    pub(crate) fn reindex(&mut self) {
        self.logins.clear();
        let entries: Vec<(String, i64)> = self
            .users
            .values()
            .flat_map(|u| login_keys(&u.detail).map(move |k| (k, u.detail.id)))
            .collect();
        self.logins.extend(entries);
        self.reindex_today();
    }

    /// Loads a state file.
    pub(crate) fn load(path: &Path) -> Result<Self, StateError> {
        let display = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| StateError::Io {
            path: display.clone(),
            source,
        })?;
        let file: StateFile =
            serde_json::from_slice(&bytes).map_err(|source| StateError::Format {
                path: display,
                source,
            })?;
        let mut store = file.store;
        store.reindex();
        Ok(store)
    }

    /// Writes the state file atomically (temporary file in the same directory, then rename).
    pub(crate) fn save(&self, path: &Path) -> Result<(), StateError> {
        let io = |source| StateError::Io {
            path: path.display().to_string(),
            source,
        };
        let bytes = serde_json::to_vec(&StateFileRef {
            version: STATE_VERSION,
            store: self,
        })
        .map_err(|source| StateError::Format {
            path: path.display().to_string(),
            source,
        })?;
        let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
        tmp_name.push(format!(".tmp{}", std::process::id()));
        let tmp = path.with_file_name(tmp_name);
        let mut file = std::fs::File::create(&tmp).map_err(io)?;
        file.write_all(&bytes).map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        std::fs::rename(&tmp, path).map_err(io)
    }

    // ------------------------------------------------------------------ users

    /// Number of stored users below the synthetic id range (used to skip pages in O(1)).
    fn users_below_synthetic(&self) -> usize {
        self.users.range(..self.synthetic.user_base()).count()
    }

    /// A user by id (stored or synthetic).
    pub(crate) fn user(&self, id: i64) -> Option<Cow<'_, UserDetail>> {
        match self.users.get(&id) {
            Some(rec) => Some(Cow::Borrowed(&rec.detail)),
            None => self.synthetic.user(id).map(Cow::Owned),
        }
    }

    /// Number of users (stored and synthetic).
    pub(crate) fn users_len(&self) -> usize {
        let base = self.synthetic.user_base();
        let n = self.synthetic.users_len();
        let end = base.saturating_add(i64::try_from(n).unwrap_or(i64::MAX));
        self.users.len() + n - self.users.range(base..end).count()
    }

    /// The list views of every user in id order, starting at position `skip`.
    pub(crate) fn user_views_from(&self, skip: usize) -> Box<dyn Iterator<Item = User> + '_> {
        self.users_from_with(skip, User::from, |id| {
            User::from(&self.synthetic.user_unchecked(id))
        })
    }

    /// Every user in id order from position `skip`, stored ones mapped by `stored`, synthetic
    /// ones (not changed since) built by `synthetic`.
    pub(crate) fn users_from_with<'a, T: 'a>(
        &'a self,
        skip: usize,
        stored: impl Fn(&'a UserDetail) -> T + Copy + 'a,
        synthetic: impl Fn(i64) -> T + 'a,
    ) -> Box<dyn Iterator<Item = T> + 'a> {
        let base = self.synthetic.user_base();
        let n = self.synthetic.users_len();
        let end = base.saturating_add(i64::try_from(n).unwrap_or(i64::MAX));
        let below = self.users_below_synthetic();
        let overridden = self.users.range(base..end).next().is_some();
        let virtual_part = move |from: i64| {
            (from..end).map(
                move |id| match overridden.then(|| self.users.get(&id)).flatten() {
                    Some(rec) => stored(&rec.detail),
                    None => synthetic(id),
                },
            )
        };
        let above = self.users.range(end..).map(move |(_, r)| stored(&r.detail));
        if skip < below {
            let low = self
                .users
                .range(..base)
                .skip(skip)
                .map(move |(_, r)| stored(&r.detail));
            Box::new(low.chain(virtual_part(base)).chain(above))
        } else if skip - below < n {
            let from = base + i64::try_from(skip - below).unwrap_or(0);
            Box::new(virtual_part(from).chain(above))
        } else {
            Box::new(above.skip(skip - below - n))
        }
    }

    /// The id of the user who logs in with this username or email (case-insensitive).
    pub(crate) fn user_by_login(&self, login: &str) -> Option<i64> {
        let key = login.to_ascii_lowercase();
        if let Some(id) = self.logins.get(&key) {
            return Some(*id);
        }
        self.synthetic
            .user_id_for_login(&key)
            .filter(|id| !self.users.contains_key(id))
    }

    /// The stored record of a user, materialising a synthetic user first.
    pub(crate) fn user_mut(&mut self, id: i64) -> Option<&mut UserRec> {
        if !self.users.contains_key(&id) {
            let detail = self.synthetic.user(id)?;
            self.users.insert(
                id,
                UserRec {
                    detail,
                    password_sha256: None,
                },
            );
            self.ensure_today_user(id);
        }
        self.users.get_mut(&id)
    }

    /// Inserts or replaces a user and updates the login index.
    pub(crate) fn put_user(&mut self, rec: UserRec) {
        let id = rec.detail.id;
        if let Some(old) = self.users.get(&id) {
            for key in login_keys(&old.detail).collect::<Vec<_>>() {
                if self.logins.get(&key) == Some(&id) {
                    self.logins.remove(&key);
                }
            }
        }
        for key in login_keys(&rec.detail) {
            self.logins.insert(key, id);
        }
        self.users.insert(id, rec);
        self.ensure_today_user(id);
    }

    /// The next free user id.
    pub(crate) fn next_user_id(&self) -> i64 {
        let stored = self.users.keys().next_back().copied().unwrap_or(0);
        stored.max(self.synthetic.last_user_id()).max(99) + 1
    }

    /// The next free org id.
    pub(crate) fn next_org_id(&self) -> i64 {
        self.orgs.keys().next_back().copied().unwrap_or(0).max(99) + 1
    }

    // ------------------------------------------------------------------ computers

    /// A computer by id (stored or synthetic).
    pub(crate) fn computer(&self, id: i64) -> Option<Cow<'_, ComputerDetail>> {
        match self.computers.get(&id) {
            Some(c) => Some(Cow::Borrowed(c)),
            None => self.synthetic.computer(id).map(Cow::Owned),
        }
    }

    /// The GUID of a computer the server knows: one of its computers, or a destination named
    /// by a computer usage record (such as the server's own destination, id 1).
    pub(crate) fn computer_guid(&self, id: i64) -> Option<i64> {
        self.computers
            .get(&id)
            .map(|c| c.guid)
            .or_else(|| self.synthetic.computer_guid(id))
            .or_else(|| {
                self.computer_usages
                    .iter()
                    .find(|u| u.target_id == id)
                    .map(|u| u.target_guid)
            })
    }

    /// The id of the computer with this GUID (stored, synthetic, or a destination as in
    /// [`Store::computer_guid`]), without building synthetic computers.
    pub(crate) fn computer_id_by_guid(&self, guid: i64) -> Option<i64> {
        self.computers
            .values()
            .find(|c| c.guid == guid)
            .map(|c| c.id)
            .or_else(|| {
                let id = guid.checked_sub(crate::synthetic::GUID_BASE)?;
                (self.synthetic.computer_guid(id) == Some(guid)).then_some(id)
            })
            .or_else(|| {
                self.computer_usages
                    .iter()
                    .find(|u| u.target_guid == guid)
                    .map(|u| u.target_id)
            })
            .or_else(|| {
                (self.synthetic.computer_guid(crate::synthetic::TARGET_ID) == Some(guid))
                    .then_some(crate::synthetic::TARGET_ID)
            })
    }

    /// The org of a user (None for an unknown user), without building synthetic users.
    pub(crate) fn org_of(&self, user_id: i64) -> Option<i64> {
        match self.users.get(&user_id) {
            Some(rec) => Some(rec.detail.org_id),
            None => self
                .synthetic
                .user(user_id)
                .map(|_| self.synthetic.user_org(user_id)),
        }
    }
}

#[derive(Serialize)]
struct StateFileRef<'a> {
    version: u32,
    store: &'a Store,
}

fn login_keys(user: &UserDetail) -> impl Iterator<Item = String> + '_ {
    user.username
        .iter()
        .chain(user.email.iter())
        .map(|s| s.to_ascii_lowercase())
}
