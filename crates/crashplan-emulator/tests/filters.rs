//! Every filter of every list operation in the spec (`crashplan_api::spec::API`, iterated, not
//! restated) works: for each one, a value taken from an existing item selects exactly the
//! items the filter's documented matching selects from the whole list, and at least one.

mod common;

use common::Harness;
use crashplan_api::spec::{API, Generation, Match, Operation, Type};
use crashplan_emulator::{Emulator, Scale};
use serde_json::Value;

/// The lists the emulator serves: CrashPlan PRO 3.x's (today's `/api/...` lists are issue 18's
/// emulator work).
fn served_lists() -> impl Iterator<Item = &'static Operation> {
    API.lists().filter(|op| op.generation == Generation::Pro3)
}

/// The GUID of a computer id, as the API shows it: a listed computer's `guid`, or a
/// destination's `targetGuid` in the computer usage records.
async fn guid_of(h: &Harness, id: &Value) -> Option<Value> {
    let computers = h.get_json("/rest/computers").await;
    let usages = h.get_json("/rest/computerUsage").await;
    let listed = computers["computers"]
        .as_array()?
        .iter()
        .find(|c| &c["id"] == id)
        .map(|c| c["guid"].clone());
    listed.or_else(|| {
        usages["computerUsages"]
            .as_array()?
            .iter()
            .find(|u| &u["targetId"] == id)
            .map(|u| u["targetGuid"].clone())
    })
}

/// The calendar day of a date-time as printed (`2009-04-15T01:46:28.530-05:00`).
fn day(value: &Value) -> Option<&str> {
    value.as_str().and_then(|d| d.get(..10))
}

/// The query value of a JSON value.
fn query_value(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[tokio::test]
async fn every_documented_filter_selects_exactly_its_matches() {
    let h = Harness::with(Emulator::builder().scale(Scale {
        users: 30,
        orgs: 2,
        computers_per_user: 1,
        archive_records_per_user: 2,
    }))
    .await;
    let mut checked = 0;
    for op in served_lists() {
        let list = op.list.as_ref().expect("a list");
        let everything = h.get_json(op.path).await;
        let items = everything[list.items_key]
            .as_array()
            .unwrap_or_else(|| panic!("{}: no {}", op.id, list.items_key))
            .clone();
        let schema = API.schema(list.item).expect("item schema");
        for param in op.filters() {
            let filter = param.filter().expect("a filter");
            if filter.matching == Match::Unknown {
                // Nothing can evaluate it: the emulator answers it with an error.
                continue;
            }
            let what = format!("{} {}", op.id, param.name);
            assert!(
                schema.property(filter.property).is_some(),
                "{what}: {} is not a property of {}",
                filter.property,
                list.item
            );
            // A value from an existing item (the last one with the property set, so that
            // synthetic items are exercised where there are some).
            let source = items
                .iter()
                .rev()
                .find(|i| !i[filter.property].is_null())
                .unwrap_or_else(|| panic!("{what}: no item has {}", filter.property));
            let property = &source[filter.property];
            let (raw, expected): (String, Vec<Value>) = match filter.matching {
                Match::Unknown => unreachable!("skipped above"),
                Match::Equals => {
                    let expected = items
                        .iter()
                        .filter(|i| &i[filter.property] == property)
                        .cloned()
                        .collect();
                    (query_value(property), expected)
                }
                Match::IgnoreCase => {
                    let text = property.as_str().expect("a string");
                    let expected = items
                        .iter()
                        .filter(|i| {
                            i[filter.property]
                                .as_str()
                                .is_some_and(|v| v.eq_ignore_ascii_case(text))
                        })
                        .cloned()
                        .collect();
                    (text.to_ascii_uppercase(), expected)
                }
                Match::ComputerGuid => {
                    let guid = guid_of(&h, property)
                        .await
                        .unwrap_or_else(|| panic!("{what}: no GUID for computer {property}"));
                    let mut expected = Vec::new();
                    for item in &items {
                        if !item[filter.property].is_null()
                            && guid_of(&h, &item[filter.property]).await.as_ref() == Some(&guid)
                        {
                            expected.push(item.clone());
                        }
                    }
                    (query_value(&guid), expected)
                }
                Match::RecentDays => {
                    assert_eq!(param.ty, Type::Integer, "{what}");
                    let newest = items
                        .iter()
                        .filter_map(|i| day(&i[filter.property]))
                        .max()
                        .expect("a day");
                    let expected = items
                        .iter()
                        .filter(|i| day(&i[filter.property]) == Some(newest))
                        .cloned()
                        .collect();
                    ("1".to_owned(), expected)
                }
            };
            assert!(!expected.is_empty(), "{what}: nothing to match");
            let path = format!(
                "{}?{}={}",
                op.path,
                param.name,
                raw.replace('%', "%25")
                    .replace('+', "%2B")
                    .replace(' ', "%20")
                    .replace('&', "%26")
            );
            let got = h.get_json(&path).await;
            assert_eq!(
                got[list.items_key],
                Value::Array(expected),
                "{what}: {path}"
            );
            checked += 1;
        }
    }
    let documented: usize = served_lists().map(|op| op.filters().count()).sum();
    assert_eq!(checked, documented);
    assert!(checked >= 30, "{checked} filters");
}

#[tokio::test]
async fn extreme_values_of_every_filter_are_answered() {
    let h = Harness::with(Emulator::builder().scale(Scale::users(10))).await;
    for op in served_lists() {
        for param in op.filters() {
            let values: &[&str] = match param.ty {
                Type::Integer => &["-9223372036854775808", "9223372036854775807", "0", "-1"],
                _ => &["", "%00", "x"],
            };
            for value in values {
                let path = format!("{}?{}={value}", op.path, param.name);
                let status = h
                    .admin(reqwest::Method::GET, &path)
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{path}: {e}"))
                    .status();
                assert!(
                    status == reqwest::StatusCode::OK || status == reqwest::StatusCode::BAD_REQUEST,
                    "{path}: {status}"
                );
            }
        }
    }
}
