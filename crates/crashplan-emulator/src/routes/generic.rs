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
//!
//! Today's lists (`envelope: Some("data")` in the spec's table) answer in their envelope,
//! `{"metadata": .., "data": {"totalCount": N, "<items>": [..]}}`, with the items of their
//! page examples, item examples and detail answers (`V1UserResponse.*`), one per first
//! property of the item schema (`userId`); their detail operation (same resource and
//! generation, an answer holding the item in `data`) answers `{"data": <item>}` by that
//! property, or with `idType=uid`/`guid` by `userUid`/`guid`.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter, on};
use crashplan_api::spec::{Api, List, Operation, Role, Schema, Type};
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
        Ok(Kind::Detail(list_op, envelope)) => {
            let items = Arc::new(collect(list_op, api));
            on(
                filter,
                move |Path(id): Path<String>, RawQuery(query): RawQuery| async move {
                    detail(op, &items, &id, query.as_deref(), envelope)
                },
            )
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
        Kind::Detail(list, _) => list,
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
    /// A list, in the envelope its spec table says.
    List,
    /// The detail view of this list's items, by the one path parameter; today's in this
    /// envelope (`data`).
    Detail(&'static Operation, Option<&'static str>),
}

fn kind(op: &'static Operation, api: &'static Api) -> Option<Kind> {
    if op.method != "GET" {
        return None;
    }
    let response = op.response.and_then(|r| api.schema(r));
    if let Some(list) = &op.list {
        let served = match list.envelope.zip(list.total) {
            // 2010: `{"metadata": .., "<items>": [..]}`.
            None => response.is_some_and(|s| {
                s.properties.len() == 2
                    && s.property("metadata").is_some()
                    && s.property(list.items_key).is_some()
            }),
            // Today: `{"metadata": .., "data": {"totalCount": N, "<items>": [..]}}`.
            Some((envelope, total)) => response
                .and_then(|s| object_property(api, s, envelope))
                .is_some_and(|page| {
                    page.property(total).is_some() && page.property(list.items_key).is_some()
                }),
        };
        return served.then_some(Kind::List);
    }
    if op.params.iter().filter(|p| p.role == Role::Path).count() != 1 {
        return None;
    }
    if let Some(list) = api
        .lists()
        .find(|l| l.list.as_ref().and_then(|l| l.detail).map(|d| d.0) == Some(op.id))
    {
        return Some(Kind::Detail(list, None));
    }
    // Today's detail views name no list: the list of the same resource and generation whose
    // items the answer's envelope holds (`{"metadata": .., "data": <V1User>}`).
    let response = response?;
    api.lists().find_map(|l| {
        let list = l.list.as_ref()?;
        let envelope = list.envelope?;
        let same = l.generation == op.generation && l.resource == op.resource;
        let holds = response.property(envelope)?.ty == Type::Object(list.item);
        (same && holds).then_some(Kind::Detail(l, Some(envelope)))
    })
}

/// The object schema of property `name` of `schema`.
fn object_property(api: &Api, schema: &Schema, name: &str) -> Option<&'static Schema> {
    match schema.property(name)?.ty {
        Type::Object(page) => api.schema(page),
        _ => None,
    }
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
fn id_of(item: &Value, key: &str) -> Option<String> {
    segment(item.get(key)?)
}

/// The property identifying the items of `list`: `id` in 2010's, the item schema's first
/// property in today's (`userId`, `computerId`, `orgId`).
fn id_key(list: &List, api: &Api) -> &'static str {
    match list.envelope {
        None => "id",
        Some(_) => api
            .schema(list.item)
            .and_then(|s| s.properties.first())
            .map_or("id", |p| p.name),
    }
}

/// The items of the list `op` of `api`, from the examples.
fn collect(op: &'static Operation, api: &Api) -> Items {
    let Some(list) = &op.list else {
        return Items::default();
    };
    let key = id_key(list, api);
    let mut by_id: BTreeMap<String, Value> = BTreeMap::new();
    let mut without_id = Vec::new();
    let mut add = |item: Value| match id_of(&item, key) {
        Some(id) => {
            by_id.entry(id).or_insert(item);
        }
        None => without_id.push(item),
    };
    for answer in op.response.into_iter().flat_map(examples) {
        let page = match list.envelope {
            None => Some(&answer),
            Some(envelope) => answer.get(envelope),
        };
        if let Some(Value::Array(items)) = page.and_then(|p| p.get(list.items_key)) {
            items.iter().cloned().for_each(&mut add);
        }
    }
    examples(list.item).for_each(&mut add);
    // Today's detail answers (`V1UserResponse.*`: `{"data": <V1User>}`) hold items too.
    if let Some(envelope) = list.envelope {
        let holders = api.schemas.iter().filter(|s| {
            s.property(envelope)
                .is_some_and(|p| p.ty == Type::Object(list.item))
        });
        for holder in holders {
            examples(holder.name)
                .filter_map(|mut answer| answer.get_mut(envelope).map(Value::take))
                .for_each(&mut add);
        }
    }
    let mut detail = BTreeMap::new();
    if let Some((_, schema)) = list.detail {
        let view = api.schema(list.item);
        for item in examples(schema) {
            let Some(id) = id_of(&item, key) else {
                continue;
            };
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

/// One of the items by id, in detail view when an example has it; in today's `envelope`
/// (`{"data": ..}`) when the operation has one.
fn detail(
    op: &'static Operation,
    items: &Items,
    id: &str,
    query: Option<&str>,
    envelope: Option<&str>,
) -> ApiResult<Response> {
    let item = match envelope {
        None => items.detail.get(id).or_else(|| {
            items
                .list
                .iter()
                .find(|i| id_of(i, "id").as_deref() == Some(id))
        }),
        Some(_) => {
            let key = today_key(op, query);
            items.list.iter().find(|i| {
                i.get(&key)
                    .is_some_and(|v| segment(v).as_deref() == Some(id))
            })
        }
    }
    .ok_or_else(|| {
        Failure::not_found(format!(
            "no {} item with id '{id}' ({}: served from the spec's examples)",
            op.resource, op.id
        ))
    })?;
    Ok(json(match envelope {
        None => item_body(item),
        Some(envelope) => item_body(&serde_json::json!({ envelope: item })),
    }))
}

/// The property of today's items that a detail path names: the path parameter's own name
/// (`userId`, `computerId`), or with `idType=<t>` the property ending in it, in any case
/// (`uid`: `userUid`; `guid`: `guid`).
fn today_key(op: &Operation, query: Option<&str>) -> String {
    let path = op
        .params
        .iter()
        .find(|p| p.role == Role::Path)
        .map_or("id", |p| p.name);
    let id_type = crate::filters::Params::parse(query)
        .get("idType")
        .map(str::to_ascii_lowercase);
    match id_type {
        Some(t) if !path.to_ascii_lowercase().ends_with(&t) => {
            let stem = path.strip_suffix("Id").unwrap_or(path);
            if t == "uid" { format!("{stem}Uid") } else { t }
        }
        _ => path.to_owned(),
    }
}

/// An id as a path segment.
fn segment(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
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
