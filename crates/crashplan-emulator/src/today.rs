//! One state for both API generations: today's identifiers of every org, user and computer,
//! and what only today's API shows (blocked, legal hold, roles, notes, deauthorization).
//!
//! The 2010 records stay the store's records ([`Store::users`], [`Store::orgs`],
//! [`Store::computers`]); this module adds, per record:
//!
//! * a user's `userUid` and an org's `orgUid`: digit strings distinct from the numeric id
//!   (`USER_UID_BASE + id`, `ORG_UID_BASE + id`), and an org's `orgGuid` (UUID-like, from a
//!   hash of the id); a device's `guid` is the 2010 computer GUID in decimal;
//! * the flags and texts today's views carry.
//!
//! Every stored org and user gets its identifiers when it is stored (seeded, created through
//! either generation, or a synthetic user materialised by a change), and they are kept in the
//! state file, so they never change. Synthetic users that were never changed are computed
//! from their id, like the rest of them.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::state::Store;

/// `userUid` of user `id` is `USER_UID_BASE + id` in decimal.
const USER_UID_BASE: i64 = 1_040_000_000_000_000_000;
/// `orgUid` of org `id` is `ORG_UID_BASE + id` in decimal.
const ORG_UID_BASE: i64 = 1_050_000_000_000_000_000;
/// The role every new user has.
pub(crate) const DEFAULT_ROLE: &str = "desktop-user";

/// Today's part of a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TodayUser {
    pub(crate) uid: String,
    #[serde(default)]
    pub(crate) blocked: bool,
    /// In an active legal hold: deactivating the user or its devices answers
    /// `ACTIVE_LEGAL_HOLD`.
    #[serde(default)]
    pub(crate) legal_hold: bool,
    /// Role ids (`listRolesV1`).
    #[serde(default = "default_roles")]
    pub(crate) roles: Vec<String>,
    #[serde(default)]
    pub(crate) notes: Option<String>,
}

fn default_roles() -> Vec<String> {
    vec![DEFAULT_ROLE.to_owned()]
}

/// Today's part of an org.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TodayOrg {
    pub(crate) uid: String,
    pub(crate) guid: String,
    #[serde(default)]
    pub(crate) blocked: bool,
    #[serde(default)]
    pub(crate) ext_ref: Option<String>,
    #[serde(default)]
    pub(crate) notes: Option<String>,
}

/// Today's part of a computer (only for computers changed through today's API).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TodayComputer {
    #[serde(default)]
    pub(crate) blocked: bool,
    /// `status` "Active, Deauthorized" while active.
    #[serde(default)]
    pub(crate) deauthorized: bool,
    /// A synthetic computer's state as changed through today's API (stored computers change
    /// their 2010 record instead).
    #[serde(default)]
    pub(crate) name: Option<String>,
    #[serde(default)]
    pub(crate) deactivated: Option<bool>,
    #[serde(default)]
    pub(crate) notes: Option<String>,
    #[serde(default)]
    pub(crate) ext_ref: Option<String>,
}

/// Today's part of the store.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct TodayState {
    #[serde(default)]
    pub(crate) users: BTreeMap<i64, TodayUser>,
    #[serde(default)]
    pub(crate) orgs: BTreeMap<i64, TodayOrg>,
    #[serde(default)]
    pub(crate) computers: BTreeMap<i64, TodayComputer>,
    /// `userUid` -> id of stored users.
    #[serde(skip)]
    user_uids: HashMap<String, i64>,
    /// `orgUid` and `orgGuid` -> id.
    #[serde(skip)]
    org_keys: HashMap<String, i64>,
}

/// The `userUid` a user with this id gets.
fn new_user_uid(id: i64) -> String {
    USER_UID_BASE.saturating_add(id).to_string()
}

/// The `orgUid` and `orgGuid` an org with this id gets.
fn new_org_ids(id: i64) -> (String, String) {
    let a = crate::synthetic::hash(id, 0x0a11);
    let b = crate::synthetic::hash(id, 0x0b22);
    let guid = format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0x0fff,
        0x8000 | ((b >> 48) & 0x3fff),
        b & 0xffff_ffff_ffff
    );
    (ORG_UID_BASE.saturating_add(id).to_string(), guid)
}

impl Store {
    /// Gives every stored user and org its identifiers (kept once given) and rebuilds the
    /// indexes by uid and GUID.
    pub(crate) fn reindex_today(&mut self) {
        let user_ids: Vec<i64> = self.users.keys().copied().collect();
        for id in user_ids {
            self.ensure_today_user(id);
        }
        let org_ids: Vec<i64> = self.orgs.keys().copied().collect();
        for id in org_ids {
            self.ensure_today_org(id);
        }
        let today = &mut self.today;
        today.user_uids = today
            .users
            .iter()
            .map(|(id, u)| (u.uid.clone(), *id))
            .collect();
        today.org_keys = today
            .orgs
            .iter()
            .flat_map(|(id, o)| [(o.uid.clone(), *id), (o.guid.clone(), *id)])
            .collect();
    }

    /// The today's part of user `id`, stored from now on.
    pub(crate) fn ensure_today_user(&mut self, id: i64) -> &mut TodayUser {
        let fresh = self.fresh_today_user(id);
        let today = &mut self.today;
        today.users.entry(id).or_insert_with(|| {
            today.user_uids.insert(fresh.uid.clone(), id);
            fresh
        })
    }

    /// The today's part of org `id`, stored from now on.
    pub(crate) fn ensure_today_org(&mut self, id: i64) -> &mut TodayOrg {
        let today = &mut self.today;
        today.orgs.entry(id).or_insert_with(|| {
            let (uid, guid) = new_org_ids(id);
            today.org_keys.insert(uid.clone(), id);
            today.org_keys.insert(guid.clone(), id);
            TodayOrg {
                uid,
                guid,
                blocked: false,
                ext_ref: None,
                notes: None,
            }
        })
    }

    /// What a user that has no stored today's part has: its computed uid, the default role,
    /// and the legal hold of the synthetic data set's held user.
    fn fresh_today_user(&self, id: i64) -> TodayUser {
        TodayUser {
            uid: new_user_uid(id),
            blocked: false,
            legal_hold: self.synthetic.user(id).is_some() && crate::synthetic::is_held(id),
            roles: default_roles(),
            notes: None,
        }
    }

    /// The today's part of user `id` (stored, or computed for a synthetic user).
    pub(crate) fn today_user(&self, id: i64) -> Cow<'_, TodayUser> {
        match self.today.users.get(&id) {
            Some(u) => Cow::Borrowed(u),
            None => Cow::Owned(self.fresh_today_user(id)),
        }
    }

    /// The id of the user with this `userUid`.
    pub(crate) fn user_id_by_uid(&self, uid: &str) -> Option<i64> {
        if let Some(id) = self.today.user_uids.get(uid) {
            return Some(*id);
        }
        let id = uid.parse::<i64>().ok()?.checked_sub(USER_UID_BASE)?;
        (!self.today.users.contains_key(&id) && self.user(id).is_some()).then_some(id)
    }

    /// The `orgUid` of org `id`.
    pub(crate) fn org_uid(&self, id: i64) -> String {
        self.today
            .orgs
            .get(&id)
            .map_or_else(|| new_org_ids(id).0, |o| o.uid.clone())
    }

    /// The `orgGuid` of org `id`.
    pub(crate) fn org_guid(&self, id: i64) -> String {
        self.today
            .orgs
            .get(&id)
            .map_or_else(|| new_org_ids(id).1, |o| o.guid.clone())
    }

    /// The id of the org with this `orgUid` or `orgGuid`.
    pub(crate) fn org_id_by_key(&self, key: &str) -> Option<i64> {
        self.today
            .org_keys
            .get(key)
            .copied()
            .filter(|id| self.orgs.contains_key(id))
    }

    /// The today's part of computer `id` (default when never changed).
    pub(crate) fn today_computer(&self, id: i64) -> Cow<'_, TodayComputer> {
        self.today
            .computers
            .get(&id)
            .map_or_else(|| Cow::Owned(TodayComputer::default()), Cow::Borrowed)
    }

    /// Whether user `id` is in an active legal hold.
    pub(crate) fn in_legal_hold(&self, id: i64) -> bool {
        self.today_user(id).legal_hold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_digit_strings_distinct_from_the_id_and_stable() {
        assert_eq!(new_user_uid(67), "1040000000000000067");
        let (uid, guid) = new_org_ids(43);
        assert_eq!(new_org_ids(43), (uid.clone(), guid.clone()));
        assert!(uid.chars().all(|c| c.is_ascii_digit()) && uid != "43");
        assert_eq!(guid.len(), 36, "{guid}");
        assert_ne!(new_org_ids(44).1, guid);
    }
}
