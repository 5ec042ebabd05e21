//! The deterministic synthetic data set (`--users N`). Only the orgs are stored; users,
//! computers, usages, computer usage records and archive records are computed from their
//! index when a request reads them, so a million users cost almost no memory. A synthetic
//! user that is changed through the API is copied into the store first.
// Generated types are built from `Default` plus field assignment (or their builders), never
// from struct literals, so that a new optional property in the spec needs no edit here.
#![allow(clippy::field_reassign_with_default)]

use chrono::{DateTime, Duration};
use crashplan_api::types::{
    ArchiveRecord, ComputerDetail, ComputerUsage, MountPointDetail, OrgDetail, OrgQuota,
    ServerBackupStats, Usage, UserDetail, UserQuota, builder,
};
use serde::{Deserialize, Serialize};

use crate::state::Date;
use crate::views::checked;

/// First id of synthetic orgs.
pub(crate) const ORG_BASE: i64 = 1_000;
/// First id of synthetic users.
pub(crate) const USER_BASE: i64 = 1_000;
/// First id of synthetic computers.
pub(crate) const COMPUTER_BASE: i64 = 1_000;
/// Synthetic GUIDs are this plus the computer id (so they exceed 2^53).
pub(crate) const GUID_BASE: i64 = 700_000_000_000_000_000;
/// Id of the synthetic mount point.
pub(crate) const MOUNT_POINT_ID: i64 = 1_000;
/// Id of the server's destination, the target of every synthetic computer's backup.
pub(crate) const TARGET_ID: i64 = 1;
/// GUID of the server's destination.
pub(crate) const TARGET_GUID: i64 = 42;
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

/// A well-mixed hash of an id and a salt, for identifiers derived from ids.
pub(crate) fn hash(id: i64, salt: u64) -> u64 {
    h(id, salt)
}

/// Whether the synthetic user `id` is in an active legal hold: the second synthetic user
/// (the first one is deactivated), so that `ACTIVE_LEGAL_HOLD` can be met at every scale.
pub(crate) fn is_held(id: i64) -> bool {
    id == USER_BASE + 1
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
    /// (Records of every user, every org and every computer.)
    pub(crate) fn archive_records_len(&self) -> i64 {
        self.archive_subjects()
            .saturating_mul(as_i64(self.archive_records_per_user))
    }

    /// Number of subjects of synthetic archive records: users, orgs, computers.
    fn archive_subjects(&self) -> i64 {
        as_i64(self.users)
            .saturating_add(as_i64(self.orgs_len()))
            .saturating_add(self.computers_len())
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
    pub(crate) fn archive_indices_of_user(&self, user_id: i64) -> std::ops::Range<i64> {
        self.archive_indices_of_subject(user_id.checked_sub(USER_BASE), as_i64(self.users), 0)
    }

    /// Indices of the synthetic archive records of an org (empty if not synthetic).
    pub(crate) fn archive_indices_of_org(&self, org_id: i64) -> std::ops::Range<i64> {
        let users = as_i64(self.users);
        self.archive_indices_of_subject(
            org_id.checked_sub(ORG_BASE),
            as_i64(self.orgs_len()),
            users,
        )
    }

    /// Indices of the synthetic archive records of a source computer (empty if not
    /// synthetic).
    pub(crate) fn archive_indices_of_computer(&self, computer_id: i64) -> std::ops::Range<i64> {
        let before = as_i64(self.users) + as_i64(self.orgs_len());
        self.archive_indices_of_subject(
            computer_id.checked_sub(COMPUTER_BASE),
            self.computers_len(),
            before,
        )
    }

    /// Indices of the synthetic archive records of a target computer: every computer-level
    /// record for the server's destination, none for other ids.
    pub(crate) fn archive_indices_of_target(&self, target_id: i64) -> std::ops::Range<i64> {
        if target_id != TARGET_ID {
            return 0..0;
        }
        let per = as_i64(self.archive_records_per_user);
        let before = as_i64(self.users) + as_i64(self.orgs_len());
        before * per..self.archive_records_len()
    }

    /// The records of subject `k` of a kind with `len` subjects that follows `before` others.
    fn archive_indices_of_subject(
        &self,
        k: Option<i64>,
        len: i64,
        before: i64,
    ) -> std::ops::Range<i64> {
        let per = as_i64(self.archive_records_per_user);
        if let Some(k) = k.filter(|k| (0..len).contains(k)) {
            let first = (before + k) * per;
            first..first + per
        } else {
            0..0
        }
    }

    /// Builds one of every kind of synthetic item through the generated builders, so that a
    /// spec that requires a property the emulator does not set stops the start with an error
    /// (afterwards [`checked`] cannot fail: a builder's success depends only on which
    /// properties it sets).
    pub(crate) fn check(&self) -> Result<(), String> {
        fn build<T, B: TryInto<T>>(what: &str, builder: B) -> Result<T, String>
        where
            B::Error: std::fmt::Display,
        {
            builder
                .try_into()
                .map_err(|e| format!("cannot build a synthetic {what}: {e}"))
        }
        build::<OrgDetail, _>("org", self.org_builder(0))?;
        build::<UserDetail, _>("user", self.user_builder(USER_BASE))?;
        let computer: ComputerDetail = build("computer", self.computer_builder(0))?;
        build::<Usage, _>("usage", self.usage_builder(&computer, None))?;
        build::<ComputerUsage, _>("computer usage", self.computer_usage_builder(&computer))?;
        Ok(())
    }

    /// The synthetic mount point (id [`MOUNT_POINT_ID`]): unlike the doc's, it has a note
    /// and a transfer limit, so that every mount point filter has something to match.
    pub(crate) fn mount_point(&self) -> Result<MountPointDetail, String> {
        let created = epoch();
        let total: i64 = 4 << 40;
        let used = total / 3;
        MountPointDetail::builder()
            .bytes_free(total - used)
            .bytes_per_second(10_485_760)
            .bytes_total(total)
            .bytes_used(used)
            .creation_date(created)
            .id(MOUNT_POINT_ID)
            .modification_date(created)
            .name("synthetic")
            .note("Store point of the synthetic data set".to_owned())
            .percent_free(66.7)
            .status("ENABLED")
            .type_("DIR")
            .volume_label("synthetic".to_owned())
            .try_into()
            .map_err(|e| format!("cannot build the synthetic mount point: {e}"))
    }

    /// The synthetic org with index `i`.
    pub(crate) fn org(&self, i: usize) -> OrgDetail {
        checked(self.org_builder(i))
    }

    fn org_builder(&self, i: usize) -> builder::OrgDetail {
        let id = ORG_BASE + as_i64(i);
        let created = epoch() + Duration::minutes(as_i64(i));
        let bytes = (h(id, 1) % 1_000_000_000_000) as i64;
        let mut quota = OrgQuota::default();
        quota.bytes = Some(1000);
        quota.seats = Some(1000);
        OrgDetail::builder()
            .archive_bytes(bytes)
            .archive_bytes_delta(bytes / 100)
            .archive_bytes_delta_month(bytes / 10)
            .creation_date(created)
            .daily_change(0)
            .id(id)
            .modification_date(created)
            .name(format!("Synthetic Org {}", i + 1))
            .quota(quota)
            .registration_key(registration_key(h(id, 2)))
            .selected_bytes(bytes + bytes / 3)
            .selected_files((h(id, 3) % 10_000_000) as i64)
            .status("Active")
            .todo_bytes(0)
            .todo_files(0)
    }

    /// A synthetic user by id, if the id is in the synthetic range.
    pub(crate) fn user(&self, id: i64) -> Option<UserDetail> {
        (id >= USER_BASE && id < USER_BASE + as_i64(self.users)).then(|| self.user_unchecked(id))
    }

    /// The synthetic user with this id (the caller checked the range).
    pub(crate) fn user_unchecked(&self, id: i64) -> UserDetail {
        checked(self.user_builder(id))
    }

    fn user_builder(&self, id: i64) -> builder::UserDetail {
        let i = id - USER_BASE;
        let hash = h(id, 10);
        let created = epoch() + Duration::seconds(i * 37);
        let email = format!("syn{id}{EMAIL_DOMAIN}");
        let selected = (hash % 50_000_000_000) as i64;
        let archive = selected / 10 * 7;
        let mut quota = UserQuota::default();
        quota.bytes = Some(250);
        UserDetail::builder()
            .archive_bytes(archive)
            .archive_bytes_delta(archive / 50)
            .archive_bytes_delta_month(archive / 12)
            .creation_date(created)
            .daily_change((hash % 1_000_000) as i64)
            .email(email.clone())
            .first_name(FIRST[(hash & 15) as usize].to_owned())
            .id(id)
            .last_name(LAST[((hash >> 4) & 15) as usize].to_owned())
            .modification_date(created + Duration::days(1))
            .org_id(self.user_org(id))
            .quota(quota)
            .selected_bytes(selected)
            .selected_files((hash >> 20) as i64 % 200_000)
            .status(if self.user_active(id) {
                "Active"
            } else {
                "Deactivated"
            })
            .todo_bytes(0)
            .todo_files(0)
            .username(email)
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

    /// The GUID of a synthetic computer, or of the server's destination (target
    /// [`TARGET_ID`]) when there are synthetic computers, without building it.
    pub(crate) fn computer_guid(&self, id: i64) -> Option<i64> {
        let j = id.checked_sub(COMPUTER_BASE)?;
        if (0..self.computers_len()).contains(&j) {
            Some(GUID_BASE + id)
        } else {
            (id == TARGET_ID && self.computers_len() > 0).then_some(TARGET_GUID)
        }
    }

    /// The synthetic computer with index `j` (the caller checked the range).
    pub(crate) fn computer_at(&self, j: i64) -> ComputerDetail {
        checked(self.computer_builder(j))
    }

    fn computer_builder(&self, j: i64) -> builder::ComputerDetail {
        let id = COMPUTER_BASE + j;
        let per_user = as_i64(self.computers_per_user.max(1));
        let user_id = USER_BASE + j / per_user;
        let hash = h(id, 20);
        let created = epoch() + Duration::seconds(j * 41);
        let selected = (hash % 5_000_000_000) as i64;
        let last = epoch() + Duration::days(1500) + Duration::seconds((hash % 86_400) as i64);
        let mut stats = ServerBackupStats::default();
        stats.archive_bytes = Some(selected / 10 * 7);
        stats.compression_rate = Some(70.0);
        stats.connected = Some(hash & 4 == 0);
        stats.last_backup = Some(last);
        stats.last_connected = Some(last);
        stats.number_selected = Some((hash >> 32) as i64 % 100_000);
        stats.percent_complete = Some(100.0);
        stats.selected_bytes = Some(selected);
        let alert = if hash.is_multiple_of(10) {
            "WARN"
        } else {
            "OK"
        };
        ComputerDetail::builder()
            .alert_states(vec![alert.to_owned()])
            .creation_date(created)
            .guid(GUID_BASE + id)
            .id(id)
            .java_version("1.6.0_0".to_owned())
            .modification_date(created + Duration::hours(1))
            .mount_point_id(1)
            .name(format!("syn-host-{id}"))
            .os_arch(if hash & 1 == 0 { "amd64" } else { "i386" }.to_owned())
            .os_name(if hash & 2 == 0 { "Linux" } else { "Windows" }.to_owned())
            .os_version("2.6.31-14-generic".to_owned())
            .remote_address(format!(
                "10.{}.{}.{}",
                (j >> 16) & 255,
                (j >> 8) & 255,
                j & 255
            ))
            .server_backup_stats(stats)
            .status(if user_id % 50 == 0 {
                "Deactivated"
            } else {
                "Active"
            })
            .time_zone("UTC".to_owned())
            .user_id(user_id)
            .version("3.8.2010".to_owned())
    }

    /// The usage of a synthetic computer (backing up to the server's destination).
    pub(crate) fn usage(&self, c: &ComputerDetail, org_id: Option<i64>) -> Usage {
        checked(self.usage_builder(c, org_id))
    }

    fn usage_builder(&self, c: &ComputerDetail, org_id: Option<i64>) -> builder::Usage {
        let stats = c.server_backup_stats.clone().unwrap_or_default();
        Usage::builder()
            .alert_states(c.alert_states.clone())
            .archive_bytes(stats.archive_bytes)
            .is_using(true)
            .last_activity(stats.last_backup)
            .last_connected(stats.last_connected)
            .selected_bytes(stats.selected_bytes)
            .selected_files(stats.number_selected)
            .source_connected_to_server(stats.connected)
            .source_guid(c.guid)
            .source_id(c.id)
            .source_last_connected_to_server(stats.last_connected)
            .source_org_id(org_id)
            .source_status(c.status.to_string())
            .source_user_id(c.user_id)
            .target_gu_id(TARGET_GUID)
            .target_id(TARGET_ID)
            .todo_bytes(0)
            .todo_files(0)
    }

    /// The computer usage record of a synthetic computer.
    pub(crate) fn computer_usage(&self, c: &ComputerDetail) -> ComputerUsage {
        checked(self.computer_usage_builder(c))
    }

    fn computer_usage_builder(&self, c: &ComputerDetail) -> builder::ComputerUsage {
        let stats = c.server_backup_stats.clone().unwrap_or_default();
        ComputerUsage::builder()
            .archive_bytes(stats.archive_bytes)
            .creation_date(c.creation_date)
            .is_using(true)
            .last_activity(stats.last_backup)
            .last_connected(stats.last_connected)
            .modification_date(c.modification_date)
            .selected_bytes(stats.selected_bytes)
            .selected_files(stats.number_selected)
            .source_guid(c.guid)
            .source_id(c.id)
            .target_guid(TARGET_GUID)
            .target_id(TARGET_ID)
            .todo_bytes(0)
            .todo_files(0)
    }

    /// The synthetic archive record with index `n`. Records are listed by subject (every
    /// user, then every org, then every computer: user-, org- and computer-level records),
    /// each subject's newest first, one per day.
    pub(crate) fn archive_record_at(&self, n: i64) -> ArchiveRecord {
        let per = as_i64(self.archive_records_per_user.max(1));
        let (subject, day) = (n / per, n % per);
        let users = as_i64(self.users);
        let orgs = as_i64(self.orgs_len());
        let mut record = ArchiveRecord::default();
        let (id, salt) = if subject < users {
            let id = USER_BASE + subject;
            record.user_id = Some(id);
            (id, 30)
        } else if subject < users + orgs {
            let id = ORG_BASE + subject - users;
            record.org_id = Some(id);
            (id, 31)
        } else {
            let id = COMPUTER_BASE + subject - users - orgs;
            record.source_id = Some(id);
            record.target_id = Some(TARGET_ID);
            (id, 32)
        };
        let hash = h(id, salt);
        let base = (hash % 10_000_000_000) as i64;
        let created = epoch() + Duration::days(1500 - day) + Duration::hours(2);
        record.archive_bytes = Some(base - day * 1000);
        record.archive_bytes_delta_month = Some(base / 100);
        record.creation_date = Some(created);
        record.daily_change = Some(1000);
        record.last_activity = Some(created - Duration::hours(3));
        record.last_connected = Some(created - Duration::hours(1));
        record.selected_bytes = Some(base + base / 4);
        record.selected_files = Some((hash >> 40) as i64 % 100_000);
        record.todo_bytes = Some(0);
        record.todo_files = Some(0);
        record
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
        s.check().expect("every synthetic item builds");
        // 10 users, 3 orgs and 20 computers, 2 records each.
        assert_eq!(s.archive_records_len(), 66);
        assert_eq!(s.computer_indices_of(USER_BASE + 1), 2..4);
        assert_eq!(s.archive_indices_of_user(USER_BASE + 9), 18..20);
        assert_eq!(s.archive_indices_of_org(ORG_BASE + 2), 24..26);
        assert_eq!(s.archive_indices_of_org(ORG_BASE + 3), 0..0);
        assert_eq!(s.archive_indices_of_computer(COMPUTER_BASE + 19), 64..66);
        for (n, user, org, source) in [
            (19, Some(USER_BASE + 9), None, None),
            (24, None, Some(ORG_BASE + 2), None),
            (65, None, None, Some(COMPUTER_BASE + 19)),
        ] {
            let r = s.archive_record_at(n);
            assert_eq!(
                (r.user_id, r.org_id, r.source_id),
                (user, org, source),
                "{n}"
            );
            assert_eq!(r.target_id, source.map(|_| TARGET_ID), "{n}");
        }
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
