//! Named business errors: today's servers answer a refused change with a name such as
//! `USER_DUPLICATE` or `ACTIVE_LEGAL_HOLD` in the body, often with status 500. This module
//! reads those names from every body shape seen so far into [`ErrorName`]s.
//!
//! Shapes read (tested against raw servers in `tests/errors.rs`):
//!
//! | body | names |
//! |---|---|
//! | `[{"name": "USER_DUPLICATE", "description": ".."}]` | each item's `name` |
//! | `{"data": [{"name": "EMAIL_INVALID"}]}` | the items under `data`, `error` or `errors` |
//! | `{"error": [{"name": ".."}]}`, `{"errors": [".."]}`, `{"error": ".."}` | the same, items may be bare names |
//! | `{"name": "..", "description": ".."}`, `{"message": "ACTIVE_LEGAL_HOLD: .."}` | the object's `name`/`code`, or a name opening the message |
//! | plain text | a name opening the text, else every known name it contains (as pycpg matches them) |
//!
//! A name is an upper-case identifier with at least one underscore (`EMAIL_INVALID`); words
//! such as `Error` or `OK` are not names.

use std::fmt;

use serde_json::Value;

use super::Hint;

/// The name of a business error a server sent; [`Error::error_name`](crate::Error::error_name)
/// gives the first of an answer. Names this crate does not know are kept as
/// [`ErrorName::Other`]; compare those with `==` on their text, as new names may become
/// variants in a later release.
///
/// ```
/// use crashplan::ErrorName;
/// assert_eq!(ErrorName::from_name("USER_DUPLICATE"), ErrorName::UserDuplicate);
/// assert_eq!(ErrorName::from_name("NEW_THING").as_str(), "NEW_THING");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorName {
    /// `USER_DUPLICATE`: a user with this username already exists.
    UserDuplicate,
    /// `USERNAME_NOT_AN_EMAIL`: the org requires usernames that are email addresses.
    UsernameNotAnEmail,
    /// `EMAIL_INVALID`: the email address is not valid.
    EmailInvalid,
    /// `NEW_PASSWORD_INVALID`: the password does not meet the server's rules.
    NewPasswordInvalid,
    /// `INVALID_USERNAME`: the username is not valid.
    InvalidUsername,
    /// `ACTIVE_LEGAL_HOLD`: the user or device is in an active legal hold.
    ActiveLegalHold,
    /// `USER_ALREADY_IN_HOLD`: the user is already a member of this legal hold.
    UserAlreadyInHold,
    /// `ALREADY_DEACTIVATED`: already deactivated (e.g. a legal-hold matter).
    AlreadyDeactivated,
    /// `ALREADY_ACTIVE`: already active (e.g. a legal-hold matter).
    AlreadyActive,
    /// `PRIVATE_PASSWORD_INVALID`: the archive's private password is wrong.
    PrivatePasswordInvalid,
    /// `CUSTOM_KEY_INVALID`: the archive's custom encryption key is wrong.
    CustomKeyInvalid,
    /// A name this crate does not know, as the server sent it.
    Other(String),
}

/// Known names and their variants, in one table.
const KNOWN: &[(&str, ErrorName)] = &[
    ("USER_DUPLICATE", ErrorName::UserDuplicate),
    ("USERNAME_NOT_AN_EMAIL", ErrorName::UsernameNotAnEmail),
    ("EMAIL_INVALID", ErrorName::EmailInvalid),
    ("NEW_PASSWORD_INVALID", ErrorName::NewPasswordInvalid),
    ("INVALID_USERNAME", ErrorName::InvalidUsername),
    ("ACTIVE_LEGAL_HOLD", ErrorName::ActiveLegalHold),
    ("USER_ALREADY_IN_HOLD", ErrorName::UserAlreadyInHold),
    ("ALREADY_DEACTIVATED", ErrorName::AlreadyDeactivated),
    ("ALREADY_ACTIVE", ErrorName::AlreadyActive),
    (
        "PRIVATE_PASSWORD_INVALID",
        ErrorName::PrivatePasswordInvalid,
    ),
    ("CUSTOM_KEY_INVALID", ErrorName::CustomKeyInvalid),
];

impl ErrorName {
    /// The variant of a name as the server wrote it (exact, upper case).
    pub fn from_name(name: &str) -> Self {
        KNOWN
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| Self::Other(name.to_string()), |(_, v)| v.clone())
    }

    /// The name as the server writes it, e.g. `USER_DUPLICATE`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Other(name) => name,
            known => KNOWN
                .iter()
                .find(|(_, v)| v == known)
                .map_or("", |(n, _)| n),
        }
    }

    /// What the reader can do, if this crate knows the name.
    pub fn hint(&self) -> Option<Hint> {
        Some(match self {
            Self::UserDuplicate => Hint::Duplicate,
            Self::UsernameNotAnEmail
            | Self::EmailInvalid
            | Self::NewPasswordInvalid
            | Self::InvalidUsername
            | Self::PrivatePasswordInvalid
            | Self::CustomKeyInvalid => Hint::InvalidValue,
            Self::ActiveLegalHold => Hint::LegalHold,
            Self::UserAlreadyInHold | Self::AlreadyDeactivated | Self::AlreadyActive => {
                Hint::Conflict
            }
            Self::Other(_) => return None,
        })
    }
}

impl fmt::Display for ErrorName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One named error of an answer: the name and the server's description, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NamedError {
    /// The name.
    pub name: ErrorName,
    /// The server's words about it, if it sent any.
    pub description: Option<String>,
}

impl fmt::Display for NamedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.description.as_deref().filter(|d| !d.is_empty()) {
            Some(d) if d != self.name.as_str() => write!(f, "{}: {d}", self.name),
            _ => write!(f, "{}", self.name),
        }
    }
}

/// Whether `s` is shaped like an error name: `A-Z`, digits and at least one `_`.
fn is_name(s: &str) -> bool {
    s.len() >= 4
        && s.contains('_')
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The name opening `text` (`ACTIVE_LEGAL_HOLD: ..`, `USER_DUPLICATE`), with the rest.
fn leading_name(text: &str) -> Option<NamedError> {
    let text = text.trim();
    let end = text
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .unwrap_or(text.len());
    let (name, rest) = text.split_at(end);
    let rest = rest.trim_start_matches([':', ' ', '-']).trim();
    is_name(name).then(|| NamedError {
        name: ErrorName::from_name(name),
        description: (!rest.is_empty()).then(|| rest.to_string()),
    })
}

fn text<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| v.get(*k).and_then(Value::as_str))
}

/// One item of a list of errors: `{"name", "description"}` or a bare name.
fn item(v: &Value, out: &mut Vec<NamedError>) {
    match v {
        Value::String(s) => out.extend(leading_name(s)),
        Value::Object(_) => {
            let description = text(v, &["description", "message", "detail"]).map(str::to_string);
            match text(v, &["name", "code", "error", "key"]).filter(|n| is_name(n)) {
                Some(name) => out.push(NamedError {
                    name: ErrorName::from_name(name),
                    description,
                }),
                None => out.extend(description.as_deref().and_then(leading_name)),
            }
        }
        _ => {}
    }
}

/// The named errors of a JSON value: items of an array, or of the `data`/`error`/`errors`
/// of an object, or the object itself.
fn from_json(v: &Value, out: &mut Vec<NamedError>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| item(i, out)),
        Value::Object(map) => {
            for key in ["data", "error", "errors"] {
                match map.get(key) {
                    Some(Value::Array(items)) => items.iter().for_each(|i| item(i, out)),
                    Some(inner @ (Value::Object(_) | Value::String(_))) => item(inner, out),
                    _ => {}
                }
            }
            if out.is_empty() {
                item(v, out);
            }
        }
        _ => {}
    }
}

/// Every named error of a body, in the order the server wrote them, without repeats.
pub(crate) fn named_errors(body: &[u8]) -> Vec<NamedError> {
    let mut out = Vec::new();
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => from_json(&v, &mut out),
        Err(_) => {
            let body = String::from_utf8_lossy(body);
            match leading_name(&body) {
                Some(named) => out.push(named),
                // Known names anywhere in the text, as whole words.
                None => out.extend(
                    body.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .filter(|w| KNOWN.iter().any(|(n, _)| n == w))
                        .map(|w| NamedError {
                            name: ErrorName::from_name(w),
                            description: None,
                        }),
                ),
            }
        }
    }
    let mut seen = Vec::new();
    out.retain(|e| {
        let new = !seen.contains(&e.name);
        if new {
            seen.push(e.name.clone());
        }
        new
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(body: &str) -> Vec<String> {
        named_errors(body.as_bytes())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn every_shape_gives_its_names() {
        assert_eq!(
            names(r#"[{"name":"USER_DUPLICATE","description":"User already exists"}]"#),
            ["USER_DUPLICATE: User already exists"]
        );
        assert_eq!(
            names(r#"{"data":[{"name":"EMAIL_INVALID"}]}"#),
            ["EMAIL_INVALID"]
        );
        assert_eq!(
            names(r#"{"error":[{"name":"ACTIVE_LEGAL_HOLD","description":"in hold"}]}"#),
            ["ACTIVE_LEGAL_HOLD: in hold"]
        );
        assert_eq!(
            names(r#"{"errors":["INVALID_USERNAME"]}"#),
            ["INVALID_USERNAME"]
        );
        assert_eq!(
            names(r#"{"error":"NEW_PASSWORD_INVALID"}"#),
            ["NEW_PASSWORD_INVALID"]
        );
        assert_eq!(
            names(r#"{"message":"USERNAME_NOT_AN_EMAIL: use an email"}"#),
            ["USERNAME_NOT_AN_EMAIL: use an email"]
        );
        assert_eq!(
            names(r#"{"name":"SOMETHING_NEW","description":"d"}"#),
            ["SOMETHING_NEW: d"]
        );
        assert_eq!(names("USER_ALREADY_IN_HOLD"), ["USER_ALREADY_IN_HOLD"]);
        assert_eq!(
            names("<html>Error: USER_DUPLICATE (see log)</html>"),
            ["USER_DUPLICATE"]
        );
        assert_eq!(
            names(
                r#"[{"name":"EMAIL_INVALID"},{"name":"EMAIL_INVALID"},{"name":"INVALID_USERNAME"}]"#
            ),
            ["EMAIL_INVALID", "INVALID_USERNAME"]
        );
    }

    #[test]
    fn words_that_are_not_names_are_ignored() {
        for body in [
            r#"{"message":"Error: not found"}"#,
            r#"{"error":"OK"}"#,
            r#"[{"description":"plain words"}]"#,
            "Internal Server Error",
            "",
            "<html>SOME_UNKNOWN_WORD</html>",
        ] {
            assert!(names(body).is_empty(), "{body}");
        }
    }

    #[test]
    fn known_names_round_trip_and_have_hints() {
        for (name, variant) in KNOWN {
            assert_eq!(ErrorName::from_name(name), *variant);
            assert_eq!(variant.as_str(), *name);
            assert!(variant.hint().is_some(), "{name}");
        }
        assert_eq!(ErrorName::from_name("X_Y").hint(), None);
    }
}
