//! Lazy, filter-aware iteration over stored and synthetic items. Lists pick the narrowest
//! candidate set their filters allow (a user's computers, one GUID, an org's users ...), jump
//! straight to the page when there is no filter, and only build the items they return.

use std::borrow::Cow;
use std::ops::Range;

use crashplan_api::types::{ArchiveRecord, ComputerDetail, ComputerUsage, Usage, UserDetail};

use crate::state::Store;
use crate::synthetic::GUID_BASE;

/// A boxed iterator of borrowed or computed items.
pub(crate) type Items<'a, T> = Box<dyn Iterator<Item = Cow<'a, T>> + 'a>;

/// Stored items (which sort first), then the synthetic items with indices in `range`, after
/// skipping `skip` items.
fn stored_then_synthetic<'a, T, S, G>(
    stored: S,
    range: Range<i64>,
    skip: usize,
    make: G,
) -> Items<'a, T>
where
    T: Clone + 'a,
    S: ExactSizeIterator<Item = &'a T> + 'a,
    G: Fn(i64) -> T + 'a,
{
    let n = stored.len();
    if skip < n {
        Box::new(
            stored
                .skip(skip)
                .map(Cow::Borrowed)
                .chain(range.map(move |j| Cow::Owned(make(j)))),
        )
    } else {
        let offset = i64::try_from(skip - n).unwrap_or(i64::MAX);
        let start = range.start.saturating_add(offset).min(range.end);
        Box::new((start..range.end).map(move |j| Cow::Owned(make(j))))
    }
}

impl Store {
    /// Users in id order whose org and status pass the cheap checks; synthetic users are
    /// only built when they pass.
    pub(crate) fn users_where<'a>(
        &'a self,
        org: Option<i64>,
        status: Option<&'a str>,
    ) -> Items<'a, UserDetail> {
        let keep = move |org_id: i64, active: bool| {
            org.is_none_or(|o| o == org_id)
                && status.is_none_or(|s| {
                    s.eq_ignore_ascii_case(if active { "Active" } else { "Deactivated" })
                })
        };
        let keep_detail = move |u: &UserDetail| {
            org.is_none_or(|o| o == u.org_id)
                && status.is_none_or(|s| s.eq_ignore_ascii_case(u.status.as_str()))
        };
        let base = self.synthetic.user_base();
        let n = i64::try_from(self.synthetic.users_len()).unwrap_or(i64::MAX);
        let end = base + n;
        let overridden = self.users.range(base..end).next().is_some();
        let below = self
            .users
            .range(..base)
            .map(|(_, r)| &r.detail)
            .filter(move |u| keep_detail(u))
            .map(Cow::Borrowed);
        let synthetic = (base..end).filter_map(move |id| {
            if overridden && let Some(rec) = self.users.get(&id) {
                return keep_detail(&rec.detail).then_some(Cow::Borrowed(&rec.detail));
            }
            keep(self.synthetic.user_org(id), self.synthetic.user_active(id))
                .then(|| Cow::Owned(self.synthetic.user_unchecked(id)))
        });
        let above = self
            .users
            .range(end..)
            .map(|(_, r)| &r.detail)
            .filter(move |u| keep_detail(u))
            .map(Cow::Borrowed);
        Box::new(below.chain(synthetic).chain(above))
    }

    /// Computers in id order: the candidates allowed by the `id`, `guid` and `userId`
    /// filters, skipping `skip` (only meaningful without filters).
    pub(crate) fn computers_where(
        &self,
        id: Option<i64>,
        guid: Option<i64>,
        user: Option<i64>,
        skip: usize,
    ) -> Items<'_, ComputerDetail> {
        if let Some(id) = id {
            return Box::new(self.computer(id).into_iter());
        }
        let synthetic = if let Some(guid) = guid {
            let j = guid
                .checked_sub(GUID_BASE + crate::synthetic::COMPUTER_BASE)
                .filter(|j| (0..self.synthetic.computers_len()).contains(j));
            j.map_or(0..0, |j| j..j + 1)
        } else if let Some(user) = user {
            self.synthetic.computer_indices_of(user)
        } else {
            0..self.synthetic.computers_len()
        };
        stored_then_synthetic(self.computers.values(), synthetic, skip, |j| {
            self.synthetic.computer_at(j)
        })
    }

    /// Usages: the stored ones, then one per synthetic computer whose user passes
    /// `user`/`org` (checked before the usage is built).
    pub(crate) fn usages_where(
        &self,
        org: Option<i64>,
        user: Option<i64>,
        skip: usize,
    ) -> Items<'_, Usage> {
        let range = match user {
            Some(u) => self.synthetic.computer_indices_of(u),
            None => 0..self.synthetic.computers_len(),
        };
        if org.is_none() {
            return stored_then_synthetic(self.usages.iter(), range, skip, |j| self.usage_at(j));
        }
        let synthetic = range
            .filter(move |j| self.org_of(self.synthetic.computer_user(*j)) == org)
            .map(|j| Cow::Owned(self.usage_at(j)));
        Box::new(self.usages.iter().map(Cow::Borrowed).chain(synthetic))
    }

    fn usage_at(&self, j: i64) -> Usage {
        let computer = self.synthetic.computer_at(j);
        self.synthetic
            .usage(&computer, self.org_of(computer.user_id))
    }

    /// Computer usage records: the stored ones, then one per synthetic computer (narrowed by
    /// a source id or GUID).
    pub(crate) fn computer_usages_where(
        &self,
        source_id: Option<i64>,
        source_guid: Option<i64>,
        skip: usize,
    ) -> Items<'_, ComputerUsage> {
        let all = 0..self.synthetic.computers_len();
        let one = |j: Option<i64>| match j.filter(|j| all.contains(j)) {
            Some(j) => j..j + 1,
            None => 0..0,
        };
        let range = match (source_id, source_guid) {
            (Some(id), _) => one(id.checked_sub(crate::synthetic::COMPUTER_BASE)),
            (None, Some(guid)) => {
                one(guid.checked_sub(GUID_BASE + crate::synthetic::COMPUTER_BASE))
            }
            (None, None) => all.clone(),
        };
        stored_then_synthetic(self.computer_usages.iter(), range, skip, |j| {
            self.synthetic
                .computer_usage(&self.synthetic.computer_at(j))
        })
    }

    /// Archive records: the stored ones, then the synthetic ones, narrowed to the records
    /// of one user, org, source or target computer when one is given (checked in that
    /// order).
    pub(crate) fn archive_records_where(
        &self,
        scope: RecordScope,
        skip: usize,
    ) -> Items<'_, ArchiveRecord> {
        let range = if let Some(user) = scope.user {
            self.synthetic.archive_indices_of_user(user)
        } else if let Some(org) = scope.org {
            self.synthetic.archive_indices_of_org(org)
        } else if let Some(source) = scope.source {
            self.synthetic.archive_indices_of_computer(source)
        } else if let Some(target) = scope.target {
            self.synthetic.archive_indices_of_target(target)
        } else {
            0..self.synthetic.archive_records_len()
        };
        stored_then_synthetic(self.archive_records.iter(), range, skip, |n| {
            self.synthetic.archive_record_at(n)
        })
    }
}

/// The subject an archive record list is narrowed to (all `None`: every record).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RecordScope {
    pub(crate) user: Option<i64>,
    pub(crate) org: Option<i64>,
    pub(crate) source: Option<i64>,
    pub(crate) target: Option<i64>,
}
