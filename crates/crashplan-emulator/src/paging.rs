//! Paging as the reference describes it: disabled by default, `offset`/`limit` or
//! `page`/`pageSize` (named as each operation's `x-crashplan-paging` parameters), stable
//! order by id.

use crashplan_api::spec::{Operation, Paging, Role};

use crate::error::Failure;
use crate::filters::Params;

/// The slice of a result set to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    /// Index of the first item.
    pub(crate) start: usize,
    /// Maximum number of items; `None` = unlimited.
    pub(crate) len: Option<usize>,
}

/// The names of an operation's paging parameters (`x-crashplan-paging` in the spec): a style
/// the operation does not document is not read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PagingNames {
    offset: Option<&'static str>,
    limit: Option<&'static str>,
    page: Option<&'static str>,
    page_size: Option<&'static str>,
}

impl PagingNames {
    /// The names `operation` documents.
    pub(crate) fn of(operation: &Operation) -> Self {
        let name = |role: Paging| {
            operation
                .params
                .iter()
                .find(|p| p.role == Role::Paging(role))
                .map(|p| p.name)
        };
        Self {
            offset: name(Paging::Offset),
            limit: name(Paging::Limit),
            page: name(Paging::Page),
            page_size: name(Paging::PageSize),
        }
    }
}

impl Window {
    /// Everything.
    pub(crate) const ALL: Self = Self {
        start: 0,
        len: None,
    };

    /// Parses the paging parameters named `names` (in the reference: `offset`, `limit`,
    /// `page`, `pageSize`).
    ///
    /// * offset/limit: defaults 0 and 0 (= unlimited).
    /// * page/page size: defaults 1 and 0 (= unlimited); page numbers start at 1. With an
    ///   unlimited page size, page 1 is everything and later pages are empty.
    /// * Non-numeric or negative values, page 0, and mixing both styles are 400s naming the
    ///   parameter.
    pub(crate) fn parse(params: &Params, names: &PagingNames) -> Result<Self, Failure> {
        let offset = non_negative(params, names.offset)?;
        let limit = non_negative(params, names.limit)?;
        let page = non_negative(params, names.page)?;
        let page_size = non_negative(params, names.page_size)?;
        let classic = offset.is_some() || limit.is_some();
        let paged = page.is_some() || page_size.is_some();
        if classic && paged {
            let name = |n: Option<&str>| n.unwrap_or("?").to_owned();
            return Err(Failure::bad_request(format!(
                "use either {}/{} or {}/{}, not both",
                name(names.offset),
                name(names.limit),
                name(names.page),
                name(names.page_size)
            )));
        }
        if paged {
            let page = page.unwrap_or(1);
            if page == 0 {
                return Err(Failure::bad_request(format!(
                    "invalid value for parameter '{}': pages start at 1",
                    names.page.unwrap_or("page")
                )));
            }
            let size = page_size.unwrap_or(0);
            if size == 0 {
                return Ok(if page == 1 {
                    Self::ALL
                } else {
                    Self {
                        start: usize::MAX,
                        len: Some(0),
                    }
                });
            }
            return Ok(Self {
                start: (page - 1).saturating_mul(size),
                len: Some(size),
            });
        }
        Ok(Self {
            start: offset.unwrap_or(0),
            len: limit.filter(|l| *l > 0),
        })
    }

    /// Applies the window to an iterator.
    pub(crate) fn apply<I: Iterator>(self, iter: I) -> impl Iterator<Item = I::Item> {
        iter.skip(self.start).take(self.len.unwrap_or(usize::MAX))
    }
}

fn non_negative(params: &Params, name: Option<&str>) -> Result<Option<usize>, Failure> {
    let Some((name, raw)) = name.and_then(|name| Some((name, params.get(name)?))) else {
        return Ok(None);
    };
    let value: i64 = raw.trim().parse().map_err(|_| {
        Failure::bad_request(format!(
            "invalid value for parameter '{name}': expected a non-negative integer, got '{raw}'"
        ))
    })?;
    if value < 0 {
        return Err(Failure::bad_request(format!(
            "invalid value for parameter '{name}': must not be negative, got {value}"
        )));
    }
    Ok(Some(usize::try_from(value).unwrap_or(usize::MAX)))
}

#[cfg(test)]
mod tests {
    use crashplan_api::spec::API;

    use super::*;

    fn window(query: &[(&str, &str)]) -> Result<Window, Failure> {
        let names = API
            .operation("listUsers")
            .map(PagingNames::of)
            .unwrap_or_default();
        Window::parse(
            &Params::from_pairs(
                query
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
            ),
            &names,
        )
    }

    #[test]
    fn defaults_are_everything() {
        assert_eq!(window(&[]).expect("valid"), Window::ALL);
        assert_eq!(window(&[("limit", "0")]).expect("valid"), Window::ALL);
        assert_eq!(window(&[("pageSize", "0")]).expect("valid"), Window::ALL);
    }

    #[test]
    fn both_styles_agree() {
        let a = window(&[("page", "2"), ("pageSize", "100")]).expect("valid");
        let b = window(&[("offset", "100"), ("limit", "100")]).expect("valid");
        assert_eq!(a, b);
    }

    #[test]
    fn bad_values_name_the_parameter() {
        for (name, value) in [
            ("page", "0"),
            ("page", "-1"),
            ("offset", "x"),
            ("limit", "-5"),
            ("pageSize", "1.5"),
        ] {
            let err = window(&[(name, value)]).expect_err("invalid");
            assert!(err.message.contains(name), "{}", err.message);
        }
        assert!(window(&[("page", "1"), ("limit", "1")]).is_err());
    }

    #[test]
    fn unlimited_pages_after_the_first_are_empty() {
        let w = window(&[("page", "2")]).expect("valid");
        assert_eq!(w.apply(0..10).count(), 0);
    }
}
