//! Operations served from the spec alone: a read-only list or detail view whose items have
//! examples in `spec/examples/` is answered from those examples, and any other operation
//! without a hand-written handler is a 501 naming it.
//!
//! The items of a list are every item of the examples of its response schema (`PlanList.*`,
//! under the list's items property), of its item schema (`Plan.*`) and of its detail schema
//! (`PlanDetail.*`), one per `id` (a detail example wins over a list item of the same id),
//! in id order. The list evaluates the spec's paging and filters exactly as the hand-written
//! lists do ([`ListQuery`]); its detail operation answers the item of that id (in detail
//! view when a detail example has it), 404 otherwise.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter, on};
use crashplan_api::spec::{Api, Operation, Role};
use serde_json::Value;

use super::{Shared, json};
use crate::app::App;
use crate::error::{ApiResult, Failure};
use crate::filters::ListQuery;
use crate::views::item_body;

/// The route of an operation of `api` without a hand-written handler.
pub(super) fn route(op: &'static Operation, api: &'static Api) -> MethodRouter<Arc<App>> {
    let filter = Method::from_bytes(op.method.as_bytes())
        .ok()
        .and_then(|m| MethodFilter::try_from(m).ok())
        // Only if the spec had a method axum cannot route, which OpenAPI does not allow.
        .unwrap_or(MethodFilter::GET);
    match servable(op, api) {
        Ok(Kind::List) => {
            let items = Arc::new(collect(op, api));
            on(
                filter,
                move |State(app): Shared, RawQuery(query): RawQuery| async move {
                    list(&app, op, &items, query.as_deref())
                },
            )
        }
        Ok(Kind::Detail(list_op)) => {
            let items = Arc::new(collect(list_op, api));
            on(filter, move |Path(id): Path<String>| async move {
                detail(op, &items, &id)
            })
        }
        Err(why) => on(filter, move || async move {
            Err::<Response, _>(not_implemented(op, why))
        }),
    }
}

/// Whether `op`, an operation of `api`, can be served from the examples, and as what;
/// otherwise why not (for the 501).
pub(super) fn servable(op: &'static Operation, api: &'static Api) -> Result<Kind, &'static str> {
    let Some(kind) = kind(op, api) else {
        return Err(
            "it has no hand-written handler and is not a read-only list or detail view the \
             emulator can serve from the spec's examples",
        );
    };
    let list = match kind {
        Kind::List => op,
        Kind::Detail(list) => list,
    };
    if collect(list, api).is_empty() {
        return Err(
            "it has no hand-written handler and spec/examples/ has no example of its items",
        );
    }
    Ok(kind)
}

/// What a servable operation is.
#[derive(Debug, Clone, Copy)]
pub(super) enum Kind {
    /// A list in the `{"metadata": ..., "<items>": [...]}` envelope.
    List,
    /// The detail view of this list's items, by the one path parameter.
    Detail(&'static Operation),
}

fn kind(op: &'static Operation, api: &'static Api) -> Option<Kind> {
    if op.method != "GET" {
        return None;
    }
    if let Some(list) = &op.list {
        // Another envelope (today's API nests items differently) needs its own body writer.
        let envelope = op.response.and_then(|r| api.schema(r)).is_some_and(|s| {
            s.properties.len() == 2
                && s.property("metadata").is_some()
                && s.property(list.items_key).is_some()
        });
        return envelope.then_some(Kind::List);
    }
    let path_params = op.params.iter().filter(|p| p.role == Role::Path).count();
    let list = api
        .lists()
        .find(|l| l.list.as_ref().and_then(|l| l.detail).map(|d| d.0) == Some(op.id))?;
    (path_params == 1).then_some(Kind::Detail(list))
}

/// The items of one list: list views in id order, and detail views by id.
#[derive(Debug, Default)]
struct Items {
    list: Vec<Value>,
    detail: BTreeMap<String, Value>,
}

impl Items {
    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// The examples of schema `name` (files `spec/examples/<name>.*.json`), parsed.
fn examples(name: &'static str) -> impl Iterator<Item = Value> {
    crate::examples::EXAMPLES
        .iter()
        .filter(move |(file, _)| file.split('.').next() == Some(name))
        .filter_map(|(_, text)| serde_json::from_str(text).ok())
}

/// The `id` of an item as its path segment (`7`, `abc`), if it has one.
fn id_of(item: &Value) -> Option<String> {
    match item.get("id")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The items of the list `op` of `api`, from the examples.
fn collect(op: &'static Operation, api: &Api) -> Items {
    let Some(list) = &op.list else {
        return Items::default();
    };
    let mut by_id: BTreeMap<String, Value> = BTreeMap::new();
    let mut without_id = Vec::new();
    let mut add = |item: Value| match id_of(&item) {
        Some(id) => {
            by_id.entry(id).or_insert(item);
        }
        None => without_id.push(item),
    };
    for page in op.response.into_iter().flat_map(examples) {
        if let Some(Value::Array(items)) = page.get(list.items_key) {
            items.iter().cloned().for_each(&mut add);
        }
    }
    examples(list.item).for_each(&mut add);
    let mut detail = BTreeMap::new();
    if let Some((_, schema)) = list.detail {
        let view = api.schema(list.item);
        for item in examples(schema) {
            let Some(id) = id_of(&item) else { continue };
            // The list view of a detail example: the item schema's properties.
            let listed = match (&item, view) {
                (Value::Object(map), Some(view)) => Value::Object(
                    map.iter()
                        .filter(|(k, _)| view.property(k).is_some())
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                ),
                _ => item.clone(),
            };
            by_id.entry(id.clone()).or_insert(listed);
            detail.insert(id, item);
        }
    }
    let mut list_items: Vec<(String, Value)> = by_id.into_iter().collect();
    // Numeric ids in numeric order, as the server sorts (`BTreeMap` orders "10" before "9").
    list_items.sort_by(
        |(a, _), (b, _)| match (a.parse::<i64>(), b.parse::<i64>()) {
            (Ok(a), Ok(b)) => a.cmp(&b),
            _ => a.cmp(b),
        },
    );
    let mut list_items: Vec<Value> = list_items.into_iter().map(|(_, v)| v).collect();
    list_items.extend(without_id);
    Items {
        list: list_items,
        detail,
    }
}

/// A list from the examples, with the spec's paging and filters.
fn list(
    app: &App,
    op: &'static Operation,
    items: &Items,
    query: Option<&str>,
) -> ApiResult<Response> {
    let query = ListQuery::for_operation(op, query)?;
    let store = app.read();
    Ok(json(query.answer(&store, || items.list.iter())?))
}

/// One of the items by id, in detail view when an example has it.
fn detail(op: &'static Operation, items: &Items, id: &str) -> ApiResult<Response> {
    let item = items
        .detail
        .get(id)
        .or_else(|| items.list.iter().find(|i| id_of(i).as_deref() == Some(id)))
        .ok_or_else(|| {
            Failure::not_found(format!(
                "no {} item with id '{id}' ({}: served from the spec's examples)",
                op.resource, op.id
            ))
        })?;
    Ok(json(item_body(item)))
}

/// The 501 of an operation the emulator does not implement.
fn not_implemented(op: &Operation, why: &str) -> Failure {
    Failure::new(
        StatusCode::NOT_IMPLEMENTED,
        format!(
            "the emulator does not implement {} ({} {}): {why}",
            op.id, op.method, op.path
        ),
    )
}
