//! Query parameters: typed access with 400 answers naming the parameter, and the echo in
//! `metadata.params`.

use crate::error::Failure;

/// The query parameters of a request, in order (the last value wins for duplicates).
#[derive(Debug, Clone, Default)]
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    #[cfg(test)]
    pub(crate) fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self { pairs }
    }

    /// Parses a raw query string (`a=1&b=2`).
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|q| {
                form_urlencoded_pairs(q)
                    .into_iter()
                    .filter(|(k, _)| !k.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Self { pairs }
    }

    /// The raw value of a parameter.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A string filter.
    pub(crate) fn string(&self, name: &str) -> Option<&str> {
        self.get(name)
    }

    /// An integer filter; a non-integer is a 400 naming the parameter.
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(raw) => raw.trim().parse().map(Some).map_err(|_| {
                Failure::bad_request(format!(
                    "invalid value for parameter '{name}': expected an integer, got '{raw}'"
                ))
            }),
        }
    }

    /// A non-negative integer filter.
    pub(crate) fn non_negative(&self, name: &str) -> Result<Option<i64>, Failure> {
        match self.int(name)? {
            Some(v) if v < 0 => Err(Failure::bad_request(format!(
                "invalid value for parameter '{name}': must not be negative, got {v}"
            ))),
            other => Ok(other),
        }
    }

    /// Every parameter as a string, for `metadata.params`.
    pub(crate) fn echo(&self) -> serde_json::Map<String, serde_json::Value> {
        self.pairs
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect()
    }
}

/// Whether an optional string filter matches a value exactly.
pub(crate) fn matches_str(filter: Option<&str>, value: Option<&str>) -> bool {
    filter.is_none_or(|f| value == Some(f))
}

/// Whether a status filter matches (ASCII case-insensitive).
pub(crate) fn matches_status(filter: Option<&str>, value: &str) -> bool {
    filter.is_none_or(|f| f.eq_ignore_ascii_case(value))
}

/// Whether an optional integer filter matches.
pub(crate) fn matches_int(filter: Option<i64>, value: Option<i64>) -> bool {
    filter.is_none_or(|f| value == Some(f))
}

/// Minimal `application/x-www-form-urlencoded` decoding.
fn form_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_decodes() {
        let p = Params::parse(Some("email=a%40b.c&name=Sub+Org&orgId=43&orgId=44&x"));
        assert_eq!(p.get("email"), Some("a@b.c"));
        assert_eq!(p.get("name"), Some("Sub Org"));
        assert_eq!(p.int("orgId").expect("int"), Some(44));
        assert_eq!(p.get("x"), Some(""));
        assert!(Params::parse(Some("orgId=abc")).int("orgId").is_err());
        assert_eq!(Params::parse(Some("a=%zz%4")).get("a"), Some("%zz%4"));
    }
}
