//! `cpctl drift` against today's servers (`--api today`): today's read operations of the spec,
//! called in two rounds.
//!
//! 1. Every `GET` needing no parameter: the lists (`/api/v1/User`, `Computer`, `Org`) with a
//!    first page (`pgNum=1`, `pgSize=--page-size`; items in the `data` envelope, under the
//!    items key of the spec's table), the signed-in account's `User/my`, `Org/my`,
//!    `customer/my`, and the role list.
//! 2. Every `GET` whose required parameters name an item (`/api/v1/User/{userId}`,
//!    `/api/v3/users/{userUid}/roles`, `/api/v1/Computer/{computerId}`,
//!    `/api/v3/orgs/{orgGuid}`, `LoginConfiguration?username=`): once per item of a list page of
//!    round 1 whose items carry a property of each parameter's name, that list of the same
//!    resource preferred.
//!
//! The optional `inc*` booleans (`incBackupUsage`, `incRoles`, `incSettings`, ..) are sent as
//! `true`, so that the parts of the answers they add are compared too. Nothing is written.

use crashplan::api::spec::{API, Generation, Operation, Param, Role, Type};
use serde_json::Value;

use super::{Survey, compare, first_page};
use crate::commands::Ctx;
use crate::error::CliError;

/// A list's operation and the items of its first page.
type Page = (&'static Operation, Vec<Value>);

/// Today's reads of the spec, called and compared (see the module's text).
pub(super) async fn survey(
    ctx: &Ctx<'_>,
    page_size: u32,
    survey: &mut Survey,
) -> Result<(), CliError> {
    let reads: Vec<&'static Operation> = API
        .operations
        .iter()
        .filter(|op| op.generation == Generation::Today && op.method == "GET" && !op.internal)
        .collect();
    let (free, bound): (Vec<_>, Vec<_>) = reads
        .into_iter()
        .partition(|op| op.params.iter().all(|p| !p.required));
    let mut pages: Vec<Page> = Vec::new();
    for op in free {
        let mut query = first_page(op, page_size);
        query.extend(includes(op));
        let Some(body) = compare(ctx, survey, op, op.path, &query).await? else {
            continue;
        };
        if let Some(list) = &op.list {
            let page = list.envelope.map_or(Some(&body), |e| body.get(e));
            let items = page
                .and_then(|p| p.get(list.items_key))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            pages.push((op, items));
        }
    }
    for op in bound {
        let needs: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
        let Some((list, items)) = source(op, &needs, &pages) else {
            let names: Vec<&str> = needs.iter().map(|p| p.name).collect();
            survey.unreachable.push(format!(
                "{} ({} {}): no list's items carry {}",
                op.id,
                op.method,
                op.path,
                names.join(", ")
            ));
            continue;
        };
        if items.is_empty() {
            survey
                .unreachable
                .push(format!("{}: {} has no item to retrieve", op.id, list.id));
        }
        for item in items {
            let Some((path, mut query)) = bind(op, &needs, item) else {
                continue;
            };
            query.extend(includes(op));
            compare(ctx, survey, op, &path, &query).await?;
        }
    }
    Ok(())
}

/// The list page whose items carry a property for each of `needs`: of `op`'s resource if one
/// does, else any.
fn source<'a>(op: &Operation, needs: &[&Param], pages: &'a [Page]) -> Option<&'a Page> {
    let carries = |(list, _): &&Page| {
        let item = list.list.as_ref().and_then(|l| API.schema(l.item));
        item.is_some_and(|schema| needs.iter().all(|p| schema.property(p.name).is_some()))
    };
    let mut fitting = pages.iter().filter(carries);
    let first = fitting.clone().next();
    fitting
        .find(|(list, _)| list.resource == op.resource)
        .or(first)
}

/// `op`'s path and query for `item`: each required parameter from the item's property of
/// its name. `None` when the item lacks one.
fn bind(
    op: &Operation,
    needs: &[&Param],
    item: &Value,
) -> Option<(String, Vec<(&'static str, String)>)> {
    let mut path = op.path.to_owned();
    let mut query = Vec::new();
    for param in needs {
        let value = match item.get(param.name)? {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        match param.role {
            Role::Path => path = path.replace(&format!("{{{}}}", param.name), &segment(&value)),
            _ => query.push((param.name, value)),
        }
    }
    Some((path, query))
}

/// `value` as one path segment: everything but unreserved characters percent-encoded.
fn segment(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `op`'s optional `inc*` boolean query parameters, each `true`.
fn includes(op: &Operation) -> Vec<(&'static str, String)> {
    op.params
        .iter()
        .filter(|p| {
            !p.required
                && p.location == "query"
                && p.ty == Type::Boolean
                && p.name.starts_with("inc")
        })
        .map(|p| (p.name, "true".to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detail_is_bound_to_a_list_item_of_its_resource() {
        let op = |id| API.operation(id).expect("in the spec");
        let item = serde_json::json!({"userId": 4107, "userUid": "10428", "username": "a b@x"});
        let users: Vec<Page> = vec![(op("listUsersV1"), vec![item.clone()])];
        for (id, path, query) in [
            ("getUserV1", "/api/v1/User/4107", vec![]),
            ("getUserRolesV3", "/api/v3/users/10428/roles", vec![]),
            (
                "getLoginConfigurationV3",
                "/api/v3/LoginConfiguration",
                vec![("username", "a b@x".to_owned())],
            ),
        ] {
            let needs: Vec<&Param> = op(id).params.iter().filter(|p| p.required).collect();
            assert!(source(op(id), &needs, &users).is_some(), "{id}");
            assert_eq!(
                bind(op(id), &needs, &item),
                Some((path.to_owned(), query)),
                "{id}"
            );
        }
        assert_eq!(segment("5f0d-2a/b c"), "5f0d-2a%2Fb%20c");
        let device = op("listDevicesV1");
        let sent: Vec<_> = includes(device).into_iter().map(|(n, _)| n).collect();
        assert!(sent.contains(&"incBackupUsage"), "{sent:?}");
    }
}
