//! Rules the spec must follow, beyond being parseable OpenAPI 3.0.
//!
//! Some rules keep the generated client correct (progenitor needs one success body per
//! operation; an `enum` on a server-controlled string would make an unknown value fail a whole
//! page), others keep the docs complete (every description becomes rustdoc).

use openapiv3::OpenAPI;
use serde_json::Value;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Number of operations in the spec.
pub fn operation_count(spec: &OpenAPI) -> usize {
    spec.operations().count()
}

/// Returns one human-readable line per problem found; empty when the spec is fine.
pub fn check(spec: &OpenAPI) -> Vec<String> {
    let mut problems = Vec::new();
    if !spec.openapi.starts_with("3.0.") {
        problems.push(format!("openapi: version {} is not 3.0.x", spec.openapi));
    }
    let doc = match serde_json::to_value(spec) {
        Ok(doc) => doc,
        Err(err) => return vec![format!("cannot serialise the spec: {err}")],
    };
    check_refs(&doc, &doc, "", &mut problems);
    check_operations(&doc, &mut problems);
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            let at = format!("components.schemas.{name}");
            check_open(schema, &at, &mut problems);
            check_schema(schema, &at, &mut problems);
        }
    }
    problems
}

/// Every `$ref` must point at something that exists in this document.
fn check_refs(doc: &Value, node: &Value, at: &str, problems: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                let resolves = target
                    .strip_prefix('#')
                    .and_then(|pointer| doc.pointer(pointer))
                    .is_some();
                if !resolves {
                    problems.push(format!("{at}: $ref {target} does not resolve"));
                }
            }
            for (key, value) in map {
                check_refs(doc, value, &format!("{at}/{key}"), problems);
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                check_refs(doc, value, &format!("{at}/{i}"), problems);
            }
        }
        _ => {}
    }
}

fn check_operations(doc: &Value, problems: &mut Vec<String>) {
    let mut seen_ids = std::collections::BTreeSet::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        problems.push("paths: the spec has no paths".into());
        return;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = format!("paths.{path}.{method}");
            match op.get("operationId").and_then(Value::as_str) {
                None => problems.push(format!("{at}: missing operationId")),
                Some(id) if !seen_ids.insert(id.to_owned()) => {
                    problems.push(format!("{at}: operationId {id} is used twice"));
                }
                Some(_) => {}
            }
            if op.get("description").is_none() {
                problems.push(format!("{at}: missing description (it becomes rustdoc)"));
            }
            let params = item
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .chain(op.get("parameters").and_then(Value::as_array))
                .flatten();
            for param in params {
                let param = resolve(doc, param);
                let name = param.get("name").and_then(Value::as_str).unwrap_or("?");
                if param.get("description").is_none() {
                    problems.push(format!("{at}: parameter {name} has no description"));
                }
                if let Some(schema) = param.get("schema") {
                    check_id_format(name, resolve(doc, schema), &at, problems);
                }
            }
            check_success_response(doc, op, &at, problems);
        }
    }
}

/// progenitor needs exactly one success response, and the client expects it to be JSON, or
/// to have no content at all (an answer whose body, if any, is not read: `Call<()>`).
fn check_success_response(doc: &Value, op: &Value, at: &str, problems: &mut Vec<String>) {
    let responses = op.get("responses").and_then(Value::as_object);
    let successes: Vec<_> = responses
        .into_iter()
        .flatten()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    match successes.as_slice() {
        [(_, response)] => {
            let response = resolve(doc, response);
            if response.get("content").is_some()
                && response
                    .pointer("/content/application~1json/schema")
                    .is_none()
            {
                problems.push(format!(
                    "{at}: the success response has no application/json schema"
                ));
            }
        }
        _ => problems.push(format!(
            "{at}: needs exactly one 2xx response, found {}",
            successes.len()
        )),
    }
}

fn check_schema(schema: &Value, at: &str, problems: &mut Vec<String>) {
    if schema.get("enum").is_some() {
        problems.push(format!(
            "{at}: enum is not allowed (an unknown value sent by a newer server would fail \
             decoding); use type: string and list the values in the description"
        ));
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            let prop_at = format!("{at}.{name}");
            // A use of another schema has that schema's description unless it has its own.
            let is_ref = prop.get("$ref").is_some()
                || prop.get("allOf").and_then(Value::as_array).is_some_and(
                    |parts| matches!(parts.as_slice(), [p] if p.get("$ref").is_some()),
                );
            if !is_ref && prop.get("description").is_none() {
                problems.push(format!(
                    "{prop_at}: missing description (it becomes rustdoc)"
                ));
            }
            check_id_format(name, prop, at, problems);
            check_schema(prop, &prop_at, problems);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, sub) in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            check_schema(sub, &format!("{at}.{key}[{i}]"), problems);
        }
    }
    if let Some(items) = schema.get("items") {
        check_schema(items, &format!("{at}[]"), problems);
    }
}

/// Servers send properties the spec does not name, and clients must keep them: every object
/// schema says `additionalProperties: {}` (the generated type then keeps them in `extra`). An
/// `allOf` extension part must not say it again: typify would then lose the date conversion of
/// the merged properties.
fn check_open(schema: &Value, at: &str, problems: &mut Vec<String>) {
    if schema.get("type").and_then(Value::as_str) == Some("object")
        && schema.get("properties").is_some()
        && schema.get("additionalProperties").is_none()
    {
        problems.push(format!(
            "{at}: objects must keep unknown properties: add `additionalProperties: {{}}`"
        ));
    }
    for (i, part) in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        if part.get("$ref").is_none() && part.get("additionalProperties").is_some() {
            problems.push(format!(
                "{at}.allOf[{i}]: only the base schema says `additionalProperties` (here it breaks the generated date types)"
            ));
        }
    }
}

/// Ids and GUIDs exceed 2^31 (GUIDs even 2^53): they must be int64.
fn check_id_format(name: &str, schema: &Value, at: &str, problems: &mut Vec<String>) {
    let lower = name.to_ascii_lowercase();
    let is_id = lower == "id" || lower.ends_with("id") || lower.ends_with("guid");
    let is_integer = schema.get("type").and_then(Value::as_str) == Some("integer");
    if is_id && is_integer && schema.get("format").and_then(Value::as_str) != Some("int64") {
        problems.push(format!("{at}: {name} is an id and must have format: int64"));
    }
}

/// Follows a local `$ref`, or returns the node itself.
fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|target| target.strip_prefix('#'))
        .and_then(|pointer| doc.pointer(pointer))
        .unwrap_or(node)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(yaml: &str) -> OpenAPI {
        serde_yaml_ng::from_str(yaml).expect("test spec parses")
    }

    const GOOD: &str = r##"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /things/{id}:
    get:
      operationId: getThing
      description: Gets a thing.
      parameters:
        - { name: id, in: path, required: true, description: The id., schema: { type: integer, format: int64 } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
components:
  schemas:
    Thing:
      type: object
      additionalProperties: {}
      properties:
        ownerId: { type: integer, format: int64, description: Owner. }
"##;

    #[test]
    fn a_good_spec_has_no_problems() {
        assert_eq!(check(&parse(GOOD)), Vec::<String>::new());
    }

    #[test]
    fn each_rule_names_the_place_and_the_problem() {
        let bad = GOOD
            .replace("#/components/schemas/Thing", "#/components/schemas/Nope")
            .replace("      operationId: getThing\n", "")
            .replace("format: int64, description: Owner.", "format: int32")
            .replace(
                "type: object\n      additionalProperties: {}\n",
                "type: string\n      enum: [a, b]\n",
            );
        let problems = check(&parse(&bad));
        let expected = [
            "$ref #/components/schemas/Nope does not resolve",
            "paths./things/{id}.get: missing operationId",
            "components.schemas.Thing.ownerId: missing description",
            "components.schemas.Thing: ownerId is an id and must have format: int64",
            "components.schemas.Thing: enum is not allowed",
        ];
        for needle in expected {
            assert!(
                problems.iter().any(|p| p.contains(needle)),
                "no problem mentions {needle:?}: {problems:#?}"
            );
        }
    }

    #[test]
    fn closed_objects_are_rejected() {
        let bad = GOOD.replace("      additionalProperties: {}\n", "");
        let problems = check(&parse(&bad));
        assert!(
            problems
                .iter()
                .any(|p| p
                    .contains("components.schemas.Thing: objects must keep unknown properties")),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_second_success_response_is_rejected() {
        let bad = GOOD.replace(
            "      responses:\n",
            "      responses:\n        \"201\": { description: created }\n",
        );
        let problems = check(&parse(&bad));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("needs exactly one 2xx response, found 2")),
            "{problems:#?}"
        );
    }
}
