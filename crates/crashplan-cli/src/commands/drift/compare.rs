//! Comparing what a server answered with the spec's tables: undocumented properties, documented
//! properties never seen, type mismatches, statuses and headers outside the spec.

use std::collections::{BTreeMap, BTreeSet};

use crashplan::api::spec::{API, Operation, Schema, Type};
use serde::Serialize;
use serde_json::Value;

/// One difference between the server and the spec.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The operation whose answer showed it, e.g. `getUser`.
    pub operation: String,
    /// What kind of difference.
    pub kind: Kind,
    /// Where: `Schema.property` (dotted for nested), a status, or a header name.
    pub location: String,
    /// What the spec says.
    pub spec: String,
    /// What the server sent (JSON type, status, header).
    pub server: String,
    /// An example value the server sent.
    pub example: String,
}

/// The kinds of difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A property the spec does not name.
    UndocumentedProperty,
    /// A value whose JSON type is not the spec's.
    TypeMismatch,
    /// A required property that an answer lacked.
    MissingRequired,
    /// A documented optional property that no answer carried: a note, not a difference (the
    /// server may just have no such data).
    NeverSeen,
    /// A status the spec does not document for the operation.
    UndocumentedStatus,
    /// A header the spec does not document.
    UndocumentedHeader,
}

impl Kind {
    /// Whether the server differs from the spec (everything but a note).
    pub fn is_difference(self) -> bool {
        self != Kind::NeverSeen
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::UndocumentedProperty => "undocumented property",
            Kind::TypeMismatch => "type mismatch",
            Kind::MissingRequired => "required, missing",
            Kind::NeverSeen => "documented, never seen",
            Kind::UndocumentedStatus => "undocumented status",
            Kind::UndocumentedHeader => "undocumented header",
        }
    }
}

/// Headers every HTTP server may send; they are not part of an API's description.
const TRANSPORT_HEADERS: [&str; 22] = [
    "access-control-allow-origin",
    "cache-control",
    "connection",
    "content-encoding",
    "content-language",
    "content-length",
    "content-security-policy",
    "content-type",
    "date",
    "etag",
    "expires",
    "keep-alive",
    "last-modified",
    "pragma",
    "server",
    "set-cookie",
    "strict-transport-security",
    "transfer-encoding",
    "vary",
    "x-content-type-options",
    "x-frame-options",
    "x-xss-protection",
];

/// Collects findings over several answers; properties are "never seen" only if no answer of
/// the same schema carried them.
#[derive(Debug, Default)]
pub struct Comparison {
    findings: BTreeSet<Finding>,
    /// Schema -> (documented properties seen, operation that showed the schema).
    seen: BTreeMap<&'static str, (BTreeSet<String>, String)>,
    /// `Schema.property` -> a value the server sent, for undocumented properties.
    examples: BTreeMap<String, Value>,
}

/// The JSON type name of a value, as the spec would spell it.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn matches_type(ty: &Type, value: &Value) -> bool {
    match (ty, value) {
        (Type::Integer, Value::Number(n)) => !n.is_f64(),
        (Type::Number, Value::Number(_)) | (Type::Boolean, Value::Bool(_)) => true,
        (Type::String, Value::String(_)) => true,
        (Type::DateTime, Value::String(s)) => chrono::DateTime::parse_from_rfc3339(s).is_ok(),
        (Type::Object(_) | Type::Map, Value::Object(_)) => true,
        (Type::Array(_), Value::Array(_)) => true,
        _ => false,
    }
}

/// A short example of a value (at most 40 characters).
pub fn example(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(39).collect::<String>())
    } else {
        text
    }
}

impl Comparison {
    /// Compares one answer of `op` (status, header names, JSON body).
    pub fn answer(
        &mut self,
        op: &Operation,
        status: u16,
        headers: &[String],
        body: Option<&Value>,
    ) {
        if !op.documents(status) {
            self.add(
                op,
                Kind::UndocumentedStatus,
                status.to_string(),
                "documented: ".to_owned() + &statuses(op),
                status.to_string(),
                String::new(),
            );
        }
        let documented: Vec<&str> = op
            .responses
            .iter()
            .filter(|(s, _)| *s == status)
            .flat_map(|(_, h)| h.iter().copied())
            .collect();
        for name in headers {
            let lower = name.to_ascii_lowercase();
            if TRANSPORT_HEADERS.contains(&lower.as_str())
                || lower.starts_with("access-control-")
                || documented.iter().any(|d| d.eq_ignore_ascii_case(name))
            {
                continue;
            }
            self.add(
                op,
                Kind::UndocumentedHeader,
                name.clone(),
                "not documented".into(),
                format!("status {status}"),
                String::new(),
            );
        }
        if let (Some(body), Some(schema)) = (body, op.response.and_then(|r| API.schema(r))) {
            self.object(op, schema, "", body);
        }
    }

    fn object(&mut self, op: &Operation, schema: &'static Schema, prefix: &str, value: &Value) {
        let Value::Object(map) = value else {
            self.add(
                op,
                Kind::TypeMismatch,
                format!("{}{prefix}", schema.name),
                "object".into(),
                json_type(value).into(),
                example(value),
            );
            return;
        };
        let entry = self
            .seen
            .entry(schema.name)
            .or_insert_with(|| (BTreeSet::new(), op.id.to_owned()));
        entry.0.extend(map.keys().cloned());
        let missing = schema
            .properties
            .iter()
            .filter(|p| p.required && !map.contains_key(p.name));
        for prop in missing {
            let location = format!("{}.{}", schema.name, prop.name);
            let spec = prop.ty.json_name().to_owned();
            self.add(
                op,
                Kind::MissingRequired,
                location,
                spec,
                "absent".into(),
                String::new(),
            );
        }
        for (key, child) in map {
            let location = format!("{}.{key}", schema.name);
            let Some(prop) = schema.property(key) else {
                self.examples
                    .entry(location.clone())
                    .or_insert_with(|| child.clone());
                self.add(
                    op,
                    Kind::UndocumentedProperty,
                    location,
                    "-".into(),
                    json_type(child).into(),
                    example(child),
                );
                continue;
            };
            if child.is_null() {
                if !prop.nullable {
                    self.add(
                        op,
                        Kind::TypeMismatch,
                        location,
                        format!("{} (not nullable)", prop.ty.json_name()),
                        "null".into(),
                        "null".into(),
                    );
                }
                continue;
            }
            if !matches_type(&prop.ty, child) {
                self.add(
                    op,
                    Kind::TypeMismatch,
                    location,
                    prop.ty.json_name().into(),
                    json_type(child).into(),
                    example(child),
                );
                continue;
            }
            match (&prop.ty, child) {
                (Type::Object(name), _) => {
                    if let Some(nested) = API.schema(name) {
                        self.object(op, nested, "", child);
                    }
                }
                (Type::Array(Type::Object(name)), Value::Array(items)) => {
                    if let Some(nested) = API.schema(name) {
                        for item in items {
                            self.object(op, nested, "", item);
                        }
                    }
                }
                (Type::Array(inner), Value::Array(items)) => {
                    for item in items.iter().filter(|i| !matches_type(inner, i)) {
                        self.add(
                            op,
                            Kind::TypeMismatch,
                            format!("{location}[]"),
                            inner.json_name().into(),
                            json_type(item).into(),
                            example(item),
                        );
                    }
                }
                _ => {}
            }
        }
    }

    fn add(
        &mut self,
        op: &Operation,
        kind: Kind,
        location: String,
        spec: String,
        server: String,
        example: String,
    ) {
        // One finding per place and kind, whichever answer showed it first.
        if self
            .findings
            .iter()
            .any(|f| f.kind == kind && f.location == location)
        {
            return;
        }
        self.findings.insert(Finding {
            operation: op.id.to_owned(),
            kind,
            location,
            spec,
            server,
            example,
        });
    }

    /// Every finding, documented-but-never-seen properties included, and an example value of
    /// each undocumented property (for [`patch`]).
    pub fn finish(mut self) -> (Vec<Finding>, BTreeMap<String, Value>) {
        let seen = std::mem::take(&mut self.seen);
        for (schema_name, (keys, operation)) in seen {
            let Some(schema) = API.schema(schema_name) else {
                continue;
            };
            for prop in schema
                .properties
                .iter()
                .filter(|p| !p.write_only && !p.required && !keys.contains(p.name))
            {
                self.findings.insert(Finding {
                    operation: operation.clone(),
                    kind: Kind::NeverSeen,
                    location: format!("{schema_name}.{}", prop.name),
                    spec: prop.ty.json_name().into(),
                    server: "absent".into(),
                    example: String::new(),
                });
            }
        }
        let mut out: Vec<Finding> = self.findings.into_iter().collect();
        out.sort_by(|a, b| (a.kind, &a.location).cmp(&(b.kind, &b.location)));
        (out, self.examples)
    }
}

fn statuses(op: &Operation) -> String {
    op.responses
        .iter()
        .map(|(s, _)| s.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The YAML a maintainer would paste into the spec for the undocumented properties: one
/// entry per schema, with a type inferred from the example.
pub fn patch(findings: &[Finding], examples: &BTreeMap<String, Value>) -> String {
    let undocumented = |location: &str| {
        findings
            .iter()
            .any(|f| f.kind == Kind::UndocumentedProperty && f.location == location)
    };
    let mut by_schema: BTreeMap<&str, Vec<(&str, &Finding)>> = BTreeMap::new();
    for f in findings
        .iter()
        .filter(|f| f.kind == Kind::UndocumentedProperty)
    {
        let Some((schema, prop)) = f.location.split_once('.') else {
            continue;
        };
        // A detail view extends its list view: propose the property once, for the list view.
        let base = API.schema(schema).and_then(|s| s.base);
        if base.is_some_and(|base| undocumented(&format!("{base}.{prop}"))) {
            continue;
        }
        by_schema.entry(schema).or_default().push((prop, f));
    }
    if by_schema.is_empty() {
        return "# the server sends no property that the spec does not name\n".into();
    }
    let mut out = String::from(
        "# Properties the server sends that spec/crashplan-pro.yaml does not name. Add each\n\
         # under its schema's `properties` (for a detail view, in its second `allOf` part; a\n\
         # property of a list view reaches its detail view too), write a real description,\n\
         # then run `cargo xtask generate`.\n\
         components:\n  schemas:\n",
    );
    for (schema, props) in by_schema {
        out.push_str(&format!("    {schema}:\n      properties:\n"));
        for (prop, finding) in props {
            let value = examples
                .get(&finding.location)
                .cloned()
                .unwrap_or(Value::Null);
            out.push_str(&format!("        {prop}:\n"));
            for line in yaml_type(&value) {
                out.push_str(&format!("          {line}\n"));
            }
            // A single-quoted YAML scalar: any example text is safe in it ('' is a quote).
            let description = format!(
                "TODO: the server sent {} in {}",
                finding.example.replace('\n', " "),
                finding.operation
            );
            out.push_str(&format!(
                "          description: '{}'\n",
                description.replace('\'', "''")
            ));
        }
    }
    out
}

/// The schema lines of a value's type.
fn yaml_type(value: &Value) -> Vec<String> {
    match value {
        Value::Null => vec!["type: string".into(), "nullable: true".into()],
        Value::Bool(_) => vec!["type: boolean".into()],
        Value::Number(n) if n.is_f64() => vec!["type: number".into(), "format: double".into()],
        Value::Number(_) => vec!["type: integer".into(), "format: int64".into()],
        Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => {
            vec!["type: string".into(), "format: date-time".into()]
        }
        Value::String(_) => vec!["type: string".into()],
        Value::Object(_) => vec!["type: object".into(), "additionalProperties: {}".into()],
        Value::Array(items) => {
            let mut lines = vec!["type: array".into(), "items:".into()];
            let first = items
                .first()
                .cloned()
                .unwrap_or(Value::String(String::new()));
            lines.extend(yaml_type(&first).into_iter().map(|l| format!("  {l}")));
            lines
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn op(id: &str) -> &'static Operation {
        API.operation(id).expect("in the spec")
    }

    #[test]
    fn an_answer_as_documented_has_no_findings_but_unseen_properties() {
        let body: Value = serde_json::from_str(include_str!(
            "../../../../../spec/examples/UserDetail.get-user-69.json"
        ))
        .expect("fixture");
        let mut cmp = Comparison::default();
        cmp.answer(op("getUser"), 200, &["content-type".into()], Some(&body));
        let (findings, _) = cmp.finish();
        assert!(
            findings.iter().all(|f| f.kind == Kind::NeverSeen),
            "{findings:#?}"
        );
    }

    #[test]
    fn extra_properties_wrong_types_statuses_and_headers_are_named() {
        let body = json!({
            "id": "69", "status": "Active", "orgId": 43,
            "creationDate": "2008-10-28T10:58:47.632-05:00",
            "modificationDate": "2008-10-28T10:58:47.632-05:00",
            "userUid": "a1b2", "quota": {"bytes": 1, "seats": 3}
        });
        let mut cmp = Comparison::default();
        cmp.answer(op("getUser"), 200, &["X-Request-Id".into()], Some(&body));
        cmp.answer(op("getUser"), 418, &[], None);
        cmp.answer(op("getOrg"), 200, &[], Some(&json!({"id": 1, "name": "n"})));
        let (findings, examples) = cmp.finish();
        let has = |kind, location: &str| {
            findings
                .iter()
                .any(|f| f.kind == kind && f.location == location)
        };
        assert!(
            has(Kind::UndocumentedProperty, "UserDetail.userUid"),
            "{findings:#?}"
        );
        assert!(
            has(Kind::UndocumentedProperty, "UserQuota.seats"),
            "{findings:#?}"
        );
        assert!(has(Kind::TypeMismatch, "UserDetail.id"), "{findings:#?}");
        assert!(has(Kind::UndocumentedStatus, "418"), "{findings:#?}");
        assert!(
            has(Kind::MissingRequired, "OrgDetail.status"),
            "{findings:#?}"
        );
        assert!(!has(Kind::NeverSeen, "OrgDetail.status"), "{findings:#?}");
        assert!(
            has(Kind::UndocumentedHeader, "X-Request-Id"),
            "{findings:#?}"
        );

        let yaml = patch(&findings, &examples);
        assert!(
            yaml.contains(
                "    UserDetail:\n      properties:\n        userUid:\n          type: string\n"
            ),
            "{yaml}"
        );
    }
}
