//! Value parsers and helpers used by the flags generated from the spec (`generated.rs`).

use clap::builder::{PossibleValue, TypedValueParser};
use serde_json::{Map, Value};

/// A flag taking one of the documented values of an open set (`x-known-values` in the spec),
/// in any case (`active`, `Active`, `ACTIVE`); the value sent is the API's spelling.
#[derive(Debug, Clone, Copy)]
pub struct KnownValues(pub &'static [&'static str]);

impl TypedValueParser for KnownValues {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let text = value.to_string_lossy();
        if let Some(known) = self.0.iter().find(|k| k.eq_ignore_ascii_case(&text)) {
            return Ok((*known).to_owned());
        }
        let mut err = clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd);
        if let Some(arg) = arg {
            err.insert(
                clap::error::ContextKind::InvalidArg,
                clap::error::ContextValue::String(arg.to_string()),
            );
        }
        err.insert(
            clap::error::ContextKind::InvalidValue,
            clap::error::ContextValue::String(text.into_owned()),
        );
        err.insert(
            clap::error::ContextKind::ValidValue,
            clap::error::ContextValue::Strings(self.0.iter().map(|s| (*s).to_owned()).collect()),
        );
        Err(err)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(|v| PossibleValue::new(*v))))
    }
}

/// A text flag that must not be empty or blank (an unset shell variable would otherwise blank
/// a field on the server).
pub fn non_empty(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("the value is empty; give a non-empty value or leave the flag out".into())
    } else {
        Ok(text.to_owned())
    }
}

/// Sets `value` at `path` (`["quota", "bytes"]`) in a JSON object, creating nested objects.
pub fn insert(body: &mut Map<String, Value>, path: &[&str], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = body;
    for key in parents {
        let entry = at
            .entry((*key).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(next) = entry else { return };
        at = next;
    }
    at.insert((*last).to_owned(), value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_take_any_case_and_send_the_api_spelling() {
        let cmd = clap::Command::new("t");
        let parse =
            |s: &str| KnownValues(&["Active", "Deactivated"]).parse_ref(&cmd, None, s.as_ref());
        assert_eq!(parse("DEACTIVATED").expect("valid"), "Deactivated");
        assert_eq!(parse("active").expect("valid"), "Active");
        assert!(parse("Blocked").is_err());
    }

    #[test]
    fn nested_paths_make_objects() {
        let mut body = Map::new();
        insert(&mut body, &["quota", "bytes"], Value::from(5));
        insert(&mut body, &["quota", "seats"], Value::from(2));
        insert(&mut body, &["name"], Value::from("x"));
        assert_eq!(
            Value::Object(body),
            serde_json::json!({"quota": {"bytes": 5, "seats": 2}, "name": "x"})
        );
    }

    #[test]
    fn blank_values_are_refused() {
        assert!(non_empty("").is_err());
        assert!(non_empty("  ").is_err());
        assert_eq!(non_empty("a").as_deref(), Ok("a"));
    }
}
