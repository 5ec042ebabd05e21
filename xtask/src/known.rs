//! The types of the open sets of documented string values (`x-known-values`,
//! [`Model::known`]): one enum per set in `crashplan_api::types`, a variant per documented value
//! and `Other(String)` for any other value, (de)serialised as the exact string.
//!
//! * An unknown value from a newer server decodes (into `Other`) and is serialised back as
//!   received, so nothing is lost in the CLI's JSON output.
//! * Equality and hashing are those of the string (`as_str()`): `Status::Other("Active".into())
//!   == Status::Active`, and a value compares with a string (`user.status == "Active"`).
//! * Every enum is `#[non_exhaustive]`: a value documented in a later version of the spec
//!   becomes a new variant, and a `match` without a `_` arm would stop compiling for users
//!   who upgrade. With the attribute, adding a value is not a breaking change. (A `match` arm
//!   `Other(s) if s == "Blocked"` would stop matching once `Blocked` is documented; `==`
//!   compares strings, so `status == "Blocked"` keeps working, which the docs recommend.)

use anyhow::{Result, bail};
use quote::format_ident;
use syn::parse_quote;

use crate::model::{KnownType, Model};

/// The items of every known-values type, in the order of [`Model::known`].
pub fn items(model: &Model) -> Result<Vec<syn::Item>> {
    let mut items = Vec::new();
    for known in &model.known {
        items.extend(enum_items(model, known)?);
    }
    Ok(items)
}

/// The variant name of a documented value: its words in Pascal case (`Active` -> `Active`,
/// `ENABLED` -> `Enabled`, `Active, Deauthorized` -> `ActiveDeauthorized`,
/// `in_progress` -> `InProgress`). A word in capitals only is a word, not an acronym.
pub fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for word in value.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        let Some(first) = chars.next() else { continue };
        out.push(first.to_ascii_uppercase());
        let rest: String = chars.collect();
        if word.chars().any(|c| c.is_ascii_lowercase()) {
            out.push_str(&rest);
        } else {
            out.push_str(&rest.to_ascii_lowercase());
        }
    }
    out
}

/// "the `status` property of `Org` and `User` and the `status` parameter of `listUsers`".
fn uses(model: &Model, known: &KnownType) -> String {
    // (kind, name) -> owners, in first-seen order.
    let mut groups: Vec<((&str, &str), Vec<&str>)> = Vec::new();
    for (owner, name) in &known.uses {
        let kind = if model.schema(owner).is_some() {
            "property"
        } else {
            "parameter"
        };
        match groups.iter_mut().find(|(k, _)| *k == (kind, name.as_str())) {
            Some((_, owners)) => owners.push(owner),
            None => groups.push(((kind, name), vec![owner])),
        }
    }
    let phrases: Vec<String> = groups
        .iter()
        .map(|((kind, name), owners)| {
            let owners: Vec<String> = owners.iter().map(|o| format!("`{o}`")).collect();
            format!("the `{name}` {kind} of {}", list(&owners, "and"))
        })
        .collect();
    list(&phrases, "and")
}

/// `a`, `a and b`, `a, b and c` (with `and` as `conjunction`).
fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// Breaks a paragraph into lines of at most `width` characters (at spaces).
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        if line > 0 && line + 1 + word.len() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

fn enum_items(model: &Model, known: &KnownType) -> Result<Vec<syn::Item>> {
    let name = format_ident!("{}", known.name);
    if known.values.is_empty() {
        bail!("{}: x-known-values lists no value", uses(model, known));
    }
    let mut variants = Vec::new();
    for value in &known.values {
        let variant = variant_name(value);
        let valid = variant
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic());
        if !valid || variant == "Other" {
            bail!(
                "the known value {value:?} of {} cannot be a variant of types::{} (its name \
                 would be {variant:?}): document values that start with a letter, other than \
                 `Other`",
                uses(model, known),
                known.name
            );
        }
        if let Some((other, _)) = variants.iter().find(|(_, v)| *v == variant) {
            bail!(
                "the known values {other:?} and {value:?} of {} would both be the variant \
                 types::{}::{variant}: document each value once",
                uses(model, known),
                known.name
            );
        }
        variants.push((value.clone(), variant));
    }
    let values: Vec<&str> = known.values.iter().map(String::as_str).collect();
    let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    let doc = format!(
        "{}\n\n{}",
        wrap(
            &format!(
                "{}, or another value: {}.",
                list(&quoted, "or"),
                uses(model, known)
            ),
            96
        ),
        wrap(
            &format!(
                "An open set: a value this version does not document is kept in [`{0}::Other`] \
                 and serialised again as received. Compares with a variant \
                 (`value == {0}::{1}`) or with the string (`value == \"{2}\"`). \
                 Non-exhaustive: a value documented later becomes a new variant, so a `match` \
                 needs a `_` arm; test for a value not listed here with `==` rather than by \
                 matching `Other`, and the test keeps working when the value is documented.",
                known.name, variants[0].1, values[0],
            ),
            96
        )
    );
    let idents: Vec<syn::Ident> = variants.iter().map(|(_, v)| format_ident!("{v}")).collect();
    let variant_docs: Vec<String> = values.iter().map(|v| format!("`{v}`.")).collect();
    let schema_name = known.name.as_str();
    let schema_doc = format!(
        "{}, or another value a newer server sends.",
        list(&quoted, "or")
    );

    let items: Vec<syn::Item> = vec![
        parse_quote! {
            #[doc = #doc]
            #[derive(Clone, Debug)]
            #[non_exhaustive]
            pub enum #name {
                #(
                    #[doc = #variant_docs]
                    #idents,
                )*
                /// A value this version does not document, as the server sent it.
                Other(::std::string::String),
            }
        },
        parse_quote! {
            impl #name {
                /// The documented values, in the spec's order.
                pub const VALUES: &'static [&'static str] = &[#(#values),*];

                /// The value as the API spells it.
                pub fn as_str(&self) -> &str {
                    match self {
                        #( Self::#idents => #values, )*
                        Self::Other(value) => value,
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::convert::From<&str> for #name {
                fn from(value: &str) -> Self {
                    match value {
                        #( #values => Self::#idents, )*
                        other => Self::Other(other.to_owned()),
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::convert::From<::std::string::String> for #name {
                fn from(value: ::std::string::String) -> Self {
                    match value.as_str() {
                        #( #values => Self::#idents, )*
                        _ => Self::Other(value),
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::convert::From<#name> for ::std::string::String {
                fn from(value: #name) -> Self {
                    match value {
                        #name::Other(value) => value,
                        known => known.as_str().to_owned(),
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::str::FromStr for #name {
                type Err = ::std::convert::Infallible;
                fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                    Ok(Self::from(value))
                }
            }
        },
        parse_quote! {
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        },
        parse_quote! {
            impl ::std::convert::AsRef<str> for #name {
                fn as_ref(&self) -> &str {
                    self.as_str()
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq for #name {
                fn eq(&self, other: &Self) -> bool {
                    self.as_str() == other.as_str()
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::Eq for #name {}
        },
        parse_quote! {
            impl ::std::hash::Hash for #name {
                fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                    self.as_str().hash(state);
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq<str> for #name {
                fn eq(&self, other: &str) -> bool {
                    self.as_str() == other
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq<&str> for #name {
                fn eq(&self, other: &&str) -> bool {
                    self.as_str() == *other
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq<::std::string::String> for #name {
                fn eq(&self, other: &::std::string::String) -> bool {
                    self.as_str() == other.as_str()
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq<#name> for str {
                fn eq(&self, other: &#name) -> bool {
                    self == other.as_str()
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq<#name> for &str {
                fn eq(&self, other: &#name) -> bool {
                    *self == other.as_str()
                }
            }
        },
        parse_quote! {
            impl ::std::cmp::PartialEq<#name> for ::std::string::String {
                fn eq(&self, other: &#name) -> bool {
                    self.as_str() == other.as_str()
                }
            }
        },
        parse_quote! {
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }
        },
        parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    struct Visitor;
                    impl ::serde::de::Visitor<'_> for Visitor {
                        type Value = #name;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a string")
                        }
                        fn visit_str<E: ::serde::de::Error>(
                            self,
                            value: &str,
                        ) -> ::std::result::Result<#name, E> {
                            Ok(#name::from(value))
                        }
                        fn visit_string<E: ::serde::de::Error>(
                            self,
                            value: ::std::string::String,
                        ) -> ::std::result::Result<#name, E> {
                            Ok(#name::from(value))
                        }
                    }
                    deserializer.deserialize_string(Visitor)
                }
            }
        },
        parse_quote! {
            #[cfg(feature = "schemars")]
            impl ::schemars::JsonSchema for #name {
                fn schema_name() -> ::std::borrow::Cow<'static, str> {
                    #schema_name.into()
                }
                fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                    ::schemars::json_schema!({
                        "type": "string",
                        "description": #schema_doc,
                        "examples": [#(#values),*],
                    })
                }
            }
        },
    ];
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model_with(values: &[&str]) -> Model {
        Model {
            version: "1".into(),
            schemas: Vec::new(),
            operations: Vec::new(),
            tags: Vec::new(),
            known: vec![KnownType {
                name: "Status".into(),
                values: values.iter().map(|v| (*v).to_owned()).collect(),
                uses: vec![("listThings".into(), "status".into())],
            }],
            schema_names: Vec::new(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn values_that_cannot_be_told_apart_as_variants_stop_generation() {
        let err = items(&model_with(&["ACTIVE", "Active"])).expect_err("one variant");
        let message = err.to_string();
        assert!(
            message.contains("\"ACTIVE\" and \"Active\"")
                && message.contains("types::Status::Active")
                && message.contains("the `status` parameter of `listThings`"),
            "{message}"
        );
        for bad in ["Other", "3rd", "--"] {
            let err = items(&model_with(&["Active", bad])).expect_err(bad);
            assert!(err.to_string().contains("cannot be a variant"), "{err}");
        }
        assert_eq!(
            items(&model_with(&["Active", "Deactivated"]))
                .expect("ok")
                .len(),
            20
        );
    }

    #[test]
    fn variants_are_the_values_words_in_pascal_case() {
        for (value, variant) in [
            ("Active", "Active"),
            ("Deactivated", "Deactivated"),
            ("ENABLED", "Enabled"),
            ("Active, Deauthorized", "ActiveDeauthorized"),
            ("in_progress", "InProgress"),
            ("backupRunning", "BackupRunning"),
            ("3rd", "3rd"),
        ] {
            assert_eq!(variant_name(value), variant, "{value}");
        }
    }
}
