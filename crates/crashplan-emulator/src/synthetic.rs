//! The deterministic synthetic data set (`--users N`). Only the orgs are stored; users,
//! computers, usages, computer usage records and archive records are computed from their
//! index when a request reads them, so a million users cost almost no memory. A synthetic
//! user that is changed through the API is copied into the store first.

use chrono::{DateTime, Duration};
use crashplan_api::types::{
    ArchiveRecord, ComputerDetail, ComputerUsage, OrgDetail, OrgQuota, ServerBackupStats, Usage,
    User, UserDetail, UserQuota,
};
use serde::{Deserialize, Serialize};

use crate::state::Date;

/// First id of synthetic orgs.
pub(crate) const ORG_BASE: i64 = 1_000;
/// First id of synthetic users.
pub(crate) const USER_BASE: i64 = 1_000;
/// First id of synthetic computers.
pub(crate) const COMPUTER_BASE: i64 = 1_000;
/// Synthetic GUIDs are this plus the computer id (so they exceed 2^53).
pub(crate) const GUID_BASE: i64 = 700_000_000_000_000_000;
/// Email domain of synthetic users (`syn<id>@synthetic.example`).
const EMAIL_DOMAIN: &str = "@synthetic.example";

const FIRST: [&str; 16] = [
    "Ada",
    "Alan",
    "Grace",
    "Linus",
    "Barbara",
    "Ken",
    "Dennis",
    "Margaret",
    "Edsger",
    "Donald",
    "Frances",
    "John",
    "Radia",
    "Tim",
    "Katherine",
    "Niklaus",
];
const LAST: [&str; 16] = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Torvalds",
    "Liskov",
    "Thompson",
    "Ritchie",
    "Hamilton",
    "Dijkstra",
    "Knuth",
    "Allen",
    "McCarthy",
    "Perlman",
    "Berners-Lee",
    "Johnson",
    "Wirth",
];

/// Size of the synthetic data set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Synthetic {
    pub(crate) users: usize,
    pub(crate) orgs: usize,
    pub(crate) computers_per_user: usize,
    pub(crate) archive_records_per_user: usize,
}

/// SplitMix64: a cheap, well-mixed hash of an id.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn h(id: i64, salt: u64) -> u64 {
    mix((id as u64) ^ salt.wrapping_mul(0x1000_0000_01B3))
}

/// 2020-01-01T00:00:00Z, the start of synthetic time.
fn epoch() -> Date {
    DateTime::from_timestamp(1_577_836_800, 0)
        .unwrap_or_default()
        .fixed_offset()
}

fn as_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Synthetic {
    /// Number of synthetic orgs (at least one when there are users).
    pub(crate) fn orgs_len(&self) -> usize {
        if self.users > 0 {
            self.orgs.max(1)
        } else {
            self.orgs
        }
    }

    pub(crate) fn user_base(&self) -> i64 {
        USER_BASE
    }

    pub(crate) fn users_len(&self) -> usize {
        self.users
    }

    /// Id of the last synthetic user (0 if none).
    pub(crate) fn last_user_id(&self) -> i64 {
        if self.users == 0 {
            0
        } else {
            USER_BASE + as_i64(self.users) - 1
        }
    }

    /// Number of synthetic computers.
    pub(crate) fn computers_len(&self) -> i64 {
        as_i64(self.users.saturating_mul(self.computers_per_user))
    }

    /// Number of synthetic archive records.
    pub(crate) fn archive_records_len(&self) -> i64 {
        as_i64(self.users.saturating_mul(self.archive_records_per_user))
    }

    /// The org of a synthetic user, without building it.
    pub(crate) fn user_org(&self, id: i64) -> i64 {
        ORG_BASE + (id - USER_BASE) % as_i64(self.orgs_len().max(1))
    }

    /// Whether a synthetic user is active, without building it.
    pub(crate) fn user_active(&self, id: i64) -> bool {
        id % 50 != 0
    }

    /// The user of the synthetic computer with index `j`.
    pub(crate) fn computer_user(&self, j: i64) -> i64 {
        USER_BASE + j / as_i64(self.computers_per_user.max(1))
    }

    /// Indices of the synthetic computers of a user (empty if not synthetic).
    pub(crate) fn computer_indices_of(&self, user_id: i64) -> std::ops::Range<i64> {
        per_user_range(
            self.user(user_id).is_some(),
            user_id,
            self.computers_per_user,
        )
    }

    /// Indices of the synthetic archive records of a user (empty if not synthetic).
    pub(crate) fn archive_indices_of(&self, user_id: i64) -> std::ops::Range<i64> {
        let synthetic = user_id >= USER_BASE && user_id < USER_BASE + as_i64(self.users);
        per_user_range(synthetic, user_id, self.archive_records_per_user)
    }

    /// The synthetic org with index `i`.
    pub(crate) fn org(&self, i: usize) -> OrgDetail {
        let id = ORG_BASE + as_i64(i);
        let created = epoch() + Duration::minutes(as_i64(i));
        let bytes = (h(id, 1) % 1_000_000_000_000) as i64;
        OrgDetail {
            archive_bytes: Some(bytes),
            archive_bytes_delta: Some(bytes / 100),
            archive_bytes_delta_month: Some(bytes / 10),
            creation_date: created,
            daily_change: Some(0),
            id,
            master_guid: None,
            modification_date: created,
            name: format!("Synthetic Org {}", i + 1),
            parent_id: None,
            quota: Some(OrgQuota {
                bytes: Some(1000),
                seats: Some(1000),
            }),
            registration_key: Some(registration_key(h(id, 2))),
            selected_bytes: Some(bytes + bytes / 3),
            selected_files: Some((h(id, 3) % 10_000_000) as i64),
            status: "Active".into(),
            todo_bytes: Some(0),
            todo_files: Some(0),
        }
    }

    /// A synthetic user by id, if the id is in the synthetic range.
    pub(crate) fn user(&self, id: i64) -> Option<UserDetail> {
        (id >= USER_BASE && id < USER_BASE + as_i64(self.users)).then(|| self.user_unchecked(id))
    }

    /// The list view of the synthetic user with this id (the caller checked the range);
    /// built directly, for fast list pages.
    pub(crate) fn user_view_unchecked(&self, id: i64) -> User {
        let i = id - USER_BASE;
        let hash = h(id, 10);
        let created = epoch() + Duration::seconds(i * 37);
        let email = format!("syn{id}{EMAIL_DOMAIN}");
        User {
            creation_date: created,
            email: Some(email.clone()),
            first_name: Some(FIRST[(hash & 15) as usize].into()),
            id,
            last_name: Some(LAST[((hash >> 4) & 15) as usize].into()),
            modification_date: created + Duration::days(1),
            org_id: self.user_org(id),
            status: if self.user_active(id) {
                "Active".into()
            } else {
                "Deactivated".into()
            },
            username: Some(email),
        }
    }

    /// The synthetic user with this id (the caller checked the range).
    pub(crate) fn user_unchecked(&self, id: i64) -> UserDetail {
        let hash = h(id, 10);
        let selected = (hash % 50_000_000_000) as i64;
        let archive = selected / 10 * 7;
        let view = self.user_view_unchecked(id);
        UserDetail {
            archive_bytes: Some(archive),
            archive_bytes_delta: Some(archive / 50),
            archive_bytes_delta_month: Some(archive / 12),
            creation_date: view.creation_date,
            daily_change: Some((hash % 1_000_000) as i64),
            email: view.email,
            first_name: view.first_name,
            id,
            last_name: view.last_name,
            modification_date: view.modification_date,
            org_id: view.org_id,
            quota: Some(UserQuota { bytes: Some(250) }),
            selected_bytes: Some(selected),
            selected_files: Some((hash >> 20) as i64 % 200_000),
            status: view.status,
            todo_bytes: Some(0),
            todo_files: Some(0),
            username: view.username,
        }
    }

    /// The id of the synthetic user with this (lower-case) login.
    pub(crate) fn user_id_for_login(&self, login: &str) -> Option<i64> {
        let digits = login.strip_prefix("syn")?.strip_suffix(EMAIL_DOMAIN)?;
        if digits.starts_with('0') || digits.starts_with('+') {
            return None;
        }
        let id: i64 = digits.parse().ok()?;
        self.user(id).map(|u| u.id)
    }

    /// A synthetic computer by id.
    pub(crate) fn computer(&self, id: i64) -> Option<ComputerDetail> {
        let j = id.checked_sub(COMPUTER_BASE)?;
        (j >= 0 && j < self.computers_len()).then(|| self.computer_at(j))
    }

    /// The synthetic computer with index `j` (the caller checked the range).
    pub(crate) fn computer_at(&self, j: i64) -> ComputerDetail {
        let id = COMPUTER_BASE + j;
        let per_user = as_i64(self.computers_per_user.max(1));
        let user_id = USER_BASE + j / per_user;
        let hash = h(id, 20);
        let created = epoch() + Duration::seconds(j * 41);
        let selected = (hash % 5_000_000_000) as i64;
        let last = epoch() + Duration::days(1500) + Duration::seconds((hash % 86_400) as i64);
        ComputerDetail {
            alert_states: vec![
                if hash.is_multiple_of(10) {
                    "WARN"
                } else {
                    "OK"
                }
                .into(),
            ],
            creation_date: created,
            guid: GUID_BASE + id,
            id,
            java_version: Some("1.6.0_0".into()),
            modification_date: created + Duration::hours(1),
            mount_point_id: Some(1),
            name: format!("syn-host-{id}"),
            os_arch: Some(if hash & 1 == 0 { "amd64" } else { "i386" }.into()),
            os_name: Some(if hash & 2 == 0 { "Linux" } else { "Windows" }.into()),
            os_version: Some("2.6.31-14-generic".into()),
            remote_address: Some(format!(
                "10.{}.{}.{}",
                (j >> 16) & 255,
                (j >> 8) & 255,
                j & 255
            )),
            server_backup_stats: Some(ServerBackupStats {
                archive_bytes: Some(selected / 10 * 7),
                compression_rate: Some(70.0),
                connected: Some(hash & 4 == 0),
                last_backup: Some(last),
                last_connected: Some(last),
                number_selected: Some((hash >> 32) as i64 % 100_000),
                percent_complete: Some(100.0),
                selected_bytes: Some(selected),
            }),
            status: if user_id % 50 == 0 {
                "Deactivated".into()
            } else {
                "Active".into()
            },
            time_zone: Some("UTC".into()),
            user_id,
            version: Some("3.8.2010".into()),
        }
    }

    /// The usage of a synthetic computer (backing up to the server, target 1 / GUID 42).
    pub(crate) fn usage(&self, c: &ComputerDetail, org_id: Option<i64>) -> Usage {
        let stats = c.server_backup_stats.clone().unwrap_or_default();
        Usage {
            alert_states: c.alert_states.clone(),
            archive_bytes: stats.archive_bytes,
            is_using: Some(true),
            last_activity: stats.last_backup,
            last_connected: stats.last_connected,
            selected_bytes: stats.selected_bytes,
            selected_files: stats.number_selected,
            source_connected_to_server: stats.connected,
            source_guid: c.guid,
            source_id: c.id,
            source_last_connected_to_server: stats.last_connected,
            source_org_id: org_id,
            source_status: Some(c.status.clone()),
            source_user_id: Some(c.user_id),
            target_gu_id: Some(42),
            target_id: 1,
            todo_bytes: Some(0),
            todo_files: Some(0),
        }
    }

    /// The computer usage record of a synthetic computer.
    pub(crate) fn computer_usage(&self, c: &ComputerDetail) -> ComputerUsage {
        let stats = c.server_backup_stats.clone().unwrap_or_default();
        ComputerUsage {
            archive_bytes: stats.archive_bytes,
            creation_date: Some(c.creation_date),
            is_using: Some(true),
            last_activity: stats.last_backup,
            last_connected: stats.last_connected,
            modification_date: Some(c.modification_date),
            selected_bytes: stats.selected_bytes,
            selected_files: stats.number_selected,
            source_guid: c.guid,
            source_id: c.id,
            target_guid: 42,
            target_id: 1,
            todo_bytes: Some(0),
            todo_files: Some(0),
        }
    }

    /// The synthetic archive record with index `n`: per user, newest first, one per day.
    pub(crate) fn archive_record_at(&self, n: i64) -> ArchiveRecord {
        let per = as_i64(self.archive_records_per_user.max(1));
        let user_id = USER_BASE + n / per;
        let day = n % per;
        let hash = h(user_id, 30);
        let base = (hash % 10_000_000_000) as i64;
        let created = epoch() + Duration::days(1500 - day) + Duration::hours(2);
        ArchiveRecord {
            archive_bytes: Some(base - day * 1000),
            archive_bytes_delta_month: Some(base / 100),
            creation_date: Some(created),
            daily_change: Some(1000),
            last_activity: Some(created - Duration::hours(3)),
            last_connected: Some(created - Duration::hours(1)),
            org_id: None,
            selected_bytes: Some(base + base / 4),
            selected_files: Some((hash >> 40) as i64 % 100_000),
            source_id: None,
            target_id: None,
            todo_bytes: Some(0),
            todo_files: Some(0),
            user_id: Some(user_id),
        }
    }
}

fn per_user_range(synthetic: bool, user_id: i64, per_user: usize) -> std::ops::Range<i64> {
    if !synthetic {
        return 0..0;
    }
    let per = as_i64(per_user);
    let first = (user_id - USER_BASE) * per;
    first..first + per
}

/// A registration key like `H9RH-JWCT-SJCM-WS8T`.
pub(crate) fn registration_key(mut seed: u64) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut out = String::with_capacity(19);
    for i in 0..16 {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        seed = mix(seed);
        out.push(char::from(ALPHABET[(seed % 32) as usize]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_in_range() {
        let s = Synthetic {
            users: 10,
            orgs: 3,
            computers_per_user: 2,
            archive_records_per_user: 2,
        };
        assert_eq!(s.user(USER_BASE + 3), s.user(USER_BASE + 3));
        assert!(s.user(USER_BASE + 10).is_none());
        assert!(s.user(USER_BASE - 1).is_none());
        assert_eq!(s.computers_len(), 20);
        assert_eq!(s.archive_records_len(), 20);
        assert_eq!(s.computer_indices_of(USER_BASE + 1), 2..4);
        assert_eq!(s.archive_indices_of(USER_BASE + 9), 18..20);
        assert_eq!(s.computer_indices_of(USER_BASE + 10), 0..0);
        assert_eq!(s.computer_user(5), USER_BASE + 2);
        let u = s.user(USER_BASE + 7).expect("in range");
        assert_eq!(s.user_org(u.id), u.org_id);
        assert_eq!(s.user_active(u.id), u.status == "Active");
        let u = s.user(USER_BASE + 4).expect("in range");
        let login = u.email.expect("email");
        assert_eq!(s.user_id_for_login(&login), Some(USER_BASE + 4));
        assert_eq!(s.user_id_for_login("syn99999@synthetic.example"), None);
        let c = s.computer(COMPUTER_BASE + 5).expect("in range");
        assert_eq!(c.user_id, USER_BASE + 2);
        assert!(c.guid > 1 << 53);
        assert_eq!(registration_key(1).len(), 19);
    }
}
