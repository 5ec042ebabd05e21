//! Changes to progenitor's output that the generator has no setting for, made on the syntax
//! tree (never on text):
//!
//! * a `nullable` property is serialised as `null` when it is `None` (typify skips it), so a
//!   `null` the server sent survives a round trip and the emulator prints absent nullable
//!   properties as the reference does;
//! * the flattened `extra` map (unknown properties, from `additionalProperties: {}`) defaults to
//!   empty in the generated builders instead of being required;
//! * every model struct is `#[non_exhaustive]`: other crates cannot build one with a struct
//!   literal, so a property added to the spec is never a breaking change (build values with the
//!   generated builders, `Default`, `From` or serde);
//! * a struct whose properties are all optional derives `Default` again (typify stops deriving
//!   it once the struct has an `extra` map), so `types::UserUpdate::default()` keeps working;
//! * every field has the spec's description as rustdoc, also where typify has none (properties
//!   of `allOf` parts, `$ref` properties: the description beside the `$ref` or the referenced
//!   schema's), and every builder setter has its field's; generation fails, naming the
//!   property, when one is left without ([`check_docs`]);
//! * each set of known values is an enum ([`crate::known`]), and every property that documents
//!   the set has that type, in the structs and in the builders (`Option<Status>` where the
//!   property is optional).

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Result, bail};
use quote::format_ident;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Expr, Item, Meta, Token, parse_quote};

use crate::model::Model;

/// The rustdoc of the flattened map of properties the spec does not name.
const EXTRA_DOC: &str = "Properties the spec does not name, kept as received and serialised \
                         again, so nothing a newer server sends is lost.";

/// What the builders need to know about a field of a model struct.
struct FieldInfo {
    docs: Vec<syn::Attribute>,
    /// The known-values type of the property, if it documents one.
    known: Option<String>,
}

pub fn apply(file: &mut syn::File, model: &Model) -> Result<()> {
    let nullable: BTreeSet<(String, String)> = model
        .schemas
        .iter()
        .flat_map(|s| {
            s.properties
                .iter()
                .filter(|p| p.nullable)
                .map(|p| (s.name.clone(), p.name.clone()))
        })
        .collect();
    let known = crate::known::items(model)?;
    for item in &mut file.items {
        let Item::Mod(types) = item else { continue };
        if types.ident != "types" {
            continue;
        }
        let Some((_, items)) = &mut types.content else {
            continue;
        };
        // struct name -> field name -> what the field's setter needs.
        let mut fields: BTreeMap<String, BTreeMap<String, FieldInfo>> = BTreeMap::new();
        for item in items.iter_mut() {
            match item {
                Item::Struct(s) => {
                    optional_schemars(&mut s.attrs);
                    keep_nulls(s, &nullable);
                    derive_default(s);
                    if matches!(s.fields, syn::Fields::Named(_)) {
                        s.attrs.push(parse_quote!(#[non_exhaustive]));
                        fields.insert(s.ident.to_string(), describe_and_type(s, model));
                    }
                }
                Item::Enum(e) => optional_schemars(&mut e.attrs),
                Item::Impl(block) => document_builder_fn(block),
                _ => {}
            }
        }
        for item in items.iter_mut() {
            if let Item::Mod(builder) = item
                && builder.ident == "builder"
            {
                ExtraDefault.visit_item_mod_mut(builder);
                patch_builders(builder, &fields);
            }
        }
        let at = items
            .iter()
            .position(|i| matches!(i, Item::Mod(m) if m.ident == "builder"))
            .unwrap_or(items.len());
        items.splice(at..at, known.iter().cloned());
        check_docs(items)?;
    }
    Ok(())
}

/// The name of a field on the wire: its `#[serde(rename)]`, or its own.
fn json_name(field: &syn::Field) -> String {
    let mut json = field
        .ident
        .as_ref()
        .map(|i| i.to_string().trim_start_matches("r#").to_owned())
        .unwrap_or_default();
    for attr in &field.attrs {
        if attr.path().is_ident("serde")
            && let Ok(list) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        {
            for meta in list {
                if let Meta::NameValue(nv) = meta
                    && nv.path.is_ident("rename")
                    && let Expr::Lit(lit) = &nv.value
                    && let syn::Lit::Str(s) = &lit.lit
                {
                    json = s.value();
                }
            }
        }
    }
    json
}

fn docs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .cloned()
        .collect()
}

/// Gives every field without rustdoc the model's description, types the fields that document
/// known values, and returns what the builders need of each field.
fn describe_and_type(item: &mut syn::ItemStruct, model: &Model) -> BTreeMap<String, FieldInfo> {
    let name = item.ident.to_string();
    let schema = model.schema(&name);
    let mut out = BTreeMap::new();
    for field in &mut item.fields {
        let Some(ident) = field.ident.clone() else {
            continue;
        };
        let json = json_name(field);
        let is_extra = ident == "extra" && attrs_flatten(&field.attrs);
        if docs(&field.attrs).is_empty() {
            let description = if is_extra {
                Some(EXTRA_DOC.to_owned())
            } else {
                schema
                    .and_then(|s| s.property(&json))
                    .map(|p| p.description.clone())
                    .filter(|d| !d.is_empty())
            };
            if let Some(text) = description {
                field.attrs.insert(0, parse_quote!(#[doc = #text]));
            }
        }
        let known = model.known_type(&name, &json).map(|k| k.name.clone());
        if let Some(known) = &known {
            let to = format_ident!("{known}");
            Retype(parse_quote!(#to)).visit_type_mut(&mut field.ty);
        }
        out.insert(
            ident.to_string(),
            FieldInfo {
                docs: docs(&field.attrs),
                known,
            },
        );
    }
    out
}

fn attrs_flatten(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("serde")
            && a.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .is_ok_and(|list| list.iter().any(|m| m.path().is_ident("flatten")))
    })
}

/// `impl User { pub fn builder() -> builder::User }` gets a doc.
fn document_builder_fn(block: &mut syn::ItemImpl) {
    if block.trait_.is_some() {
        return;
    }
    for item in &mut block.items {
        if let syn::ImplItem::Fn(f) = item
            && f.sig.ident == "builder"
            && docs(&f.attrs).is_empty()
        {
            f.attrs.insert(
                0,
                parse_quote!(#[doc = "A builder of this type, property by property; \
                    `try_into()` makes the value (a required property left out is an error)."]),
            );
        }
    }
}

/// The builders (`types::builder::User`): the known-values types of their fields and setters,
/// the docs of their setters (the field's) and of themselves.
fn patch_builders(
    builder: &mut syn::ItemMod,
    fields: &BTreeMap<String, BTreeMap<String, FieldInfo>>,
) {
    let Some((_, items)) = &mut builder.content else {
        return;
    };
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let Some(info) = fields.get(&s.ident.to_string()) else {
                    continue;
                };
                if docs(&s.attrs).is_empty() {
                    let text = format!(
                        "A builder of [`{0}`](super::{0}): one method per property, then \
                         `try_into()` (a required property left out is an error).",
                        s.ident
                    );
                    s.attrs.insert(0, parse_quote!(#[doc = #text]));
                }
                for field in &mut s.fields {
                    let Some(known) = field
                        .ident
                        .as_ref()
                        .and_then(|i| info.get(&i.to_string()))
                        .and_then(|f| f.known.as_ref())
                    else {
                        continue;
                    };
                    // `Result<String, String>`: the value's type is the first argument.
                    if let Some(value) = first_type_argument(&mut field.ty) {
                        let to = format_ident!("{known}");
                        Retype(parse_quote!(super::#to)).visit_type_mut(value);
                    }
                }
            }
            Item::Impl(block) if block.trait_.is_none() => {
                let syn::Type::Path(self_ty) = &*block.self_ty else {
                    continue;
                };
                let Some(info) = self_ty
                    .path
                    .get_ident()
                    .and_then(|i| fields.get(&i.to_string()))
                else {
                    continue;
                };
                for item in &mut block.items {
                    let syn::ImplItem::Fn(setter) = item else {
                        continue;
                    };
                    let Some(field) = info.get(&setter.sig.ident.to_string()) else {
                        continue;
                    };
                    if docs(&setter.attrs).is_empty() {
                        setter.attrs.splice(0..0, field.docs.iter().cloned());
                    }
                    if let Some(known) = &field.known {
                        let to = format_ident!("{known}");
                        retype_setter(setter, &parse_quote!(super::#to));
                    }
                }
            }
            _ => {}
        }
    }
}

/// The first type argument of the last segment of a path type (`T` in `Result<T, E>`).
fn first_type_argument(ty: &mut syn::Type) -> Option<&mut syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &mut path.path.segments.last_mut()?.arguments
    else {
        return None;
    };
    args.args.iter_mut().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// `where T: TryInto<String>` -> `where T: TryInto<super::Status>`.
fn retype_setter(setter: &mut syn::ImplItemFn, to: &syn::Type) {
    let Some(clause) = &mut setter.sig.generics.where_clause else {
        return;
    };
    for predicate in &mut clause.predicates {
        let syn::WherePredicate::Type(p) = predicate else {
            continue;
        };
        for bound in &mut p.bounds {
            let syn::TypeParamBound::Trait(t) = bound else {
                continue;
            };
            let Some(last) = t.path.segments.last_mut() else {
                continue;
            };
            if last.ident != "TryInto" {
                continue;
            }
            if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments {
                for arg in &mut args.args {
                    if let syn::GenericArgument::Type(ty) = arg {
                        Retype(to.clone()).visit_type_mut(ty);
                    }
                }
            }
        }
    }
}

/// Replaces every `String` in a type (`Option<String>` -> `Option<Status>`).
struct Retype(syn::Type);

impl VisitMut for Retype {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        let is_string = matches!(ty, syn::Type::Path(p)
            if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == "String"));
        if is_string {
            *ty = self.0.clone();
        } else {
            syn::visit_mut::visit_type_mut(self, ty);
        }
    }
}

/// Fails, naming each one, when a field of a model struct or a setter of a builder has no
/// rustdoc: every property is described in the spec, and a reader of the generated types must
/// see that description.
pub fn check_docs(items: &[Item]) -> Result<()> {
    let (_, missing) = undocumented(items);
    if !missing.is_empty() {
        bail!(
            "{} generated field(s) or setter(s) would have no rustdoc:\n  - {}",
            missing.len(),
            missing.join("\n  - ")
        );
    }
    Ok(())
}

/// The fields of the model structs and the setters of their builders in the items of
/// `types`: how many there are, and those without rustdoc, each with what to do.
pub fn undocumented(items: &[Item]) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut missing = Vec::new();
    for item in items {
        match item {
            Item::Struct(s) => {
                for field in &s.fields {
                    count += usize::from(field.ident.is_some());
                    if let Some(ident) = &field.ident
                        && docs(&field.attrs).is_empty()
                    {
                        missing.push(format!(
                            "types::{}::{ident} (property {} of schema {}): describe the \
                             property in the spec (beside its $ref, or on the schema it \
                             references)",
                            s.ident,
                            json_name(field),
                            s.ident
                        ));
                    }
                }
            }
            Item::Mod(builder) if builder.ident == "builder" => {
                for item in builder.content.iter().flat_map(|(_, items)| items) {
                    let Item::Impl(block) = item else { continue };
                    if block.trait_.is_some() {
                        continue;
                    }
                    let syn::Type::Path(self_ty) = &*block.self_ty else {
                        continue;
                    };
                    for item in &block.items {
                        let syn::ImplItem::Fn(f) = item else { continue };
                        if !matches!(f.vis, syn::Visibility::Public(_)) {
                            continue;
                        }
                        count += 1;
                        if docs(&f.attrs).is_empty() {
                            let name = self_ty
                                .path
                                .segments
                                .last()
                                .map(|s| s.ident.to_string())
                                .unwrap_or_default();
                            missing.push(format!(
                                "types::builder::{name}::{}: a setter takes the rustdoc of \
                                 its field of types::{name}",
                                f.sig.ident
                            ));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    (count, missing)
}

fn keep_nulls(item: &mut syn::ItemStruct, nullable: &BTreeSet<(String, String)>) {
    let name = item.ident.to_string();
    for field in &mut item.fields {
        if field.ident.is_none() {
            continue;
        }
        let json = json_name(field);
        if !nullable.contains(&(name.clone(), json)) {
            continue;
        }
        field.attrs.retain_mut(|attr| {
            if !attr.path().is_ident("serde") {
                return true;
            }
            let Ok(list) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
            else {
                return true;
            };
            let kept: Punctuated<Meta, Token![,]> = list
                .into_iter()
                .filter(|m| !m.path().is_ident("skip_serializing_if"))
                .collect();
            if kept.is_empty() {
                return false;
            }
            *attr = syn::parse_quote!(#[serde(#kept)]);
            true
        });
    }
}

/// `#[derive(.., schemars::JsonSchema)]` -> `#[derive(..)]` and
/// `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`: JSON Schema is an opt-in
/// feature of `crashplan-api`.
fn optional_schemars(attrs: &mut Vec<syn::Attribute>) {
    let is_schema = |p: &syn::Path| p.segments.last().is_some_and(|s| s.ident == "JsonSchema");
    let mut had = false;
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        else {
            continue;
        };
        if paths.iter().any(is_schema) {
            had = true;
            let kept = paths.into_iter().filter(|p| !is_schema(p));
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    if had {
        attrs.push(parse_quote!(#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]));
    }
}

fn derive_default(item: &mut syn::ItemStruct) {
    let optional = |f: &syn::Field| {
        f.ident.as_ref().is_some_and(|i| i == "extra")
            || matches!(&f.ty, syn::Type::Path(p)
                if p.path.segments.last().is_some_and(|s| s.ident == "Option"))
    };
    let derives_default = item.attrs.iter().any(|a| {
        a.path().is_ident("derive")
            && a.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
                .is_ok_and(|paths| {
                    paths
                        .iter()
                        .any(|p| p.segments.last().is_some_and(|s| s.ident == "Default"))
                })
    });
    if !derives_default && !item.fields.is_empty() && item.fields.iter().all(optional) {
        item.attrs.push(syn::parse_quote!(#[derive(Default)]));
    }
}

/// `extra: Err("no value supplied for extra".to_string())` -> `extra: Ok(Default::default())`.
struct ExtraDefault;

impl VisitMut for ExtraDefault {
    fn visit_field_value_mut(&mut self, fv: &mut syn::FieldValue) {
        if let syn::Member::Named(name) = &fv.member
            && name == "extra"
            && let Expr::Call(call) = &fv.expr
            && matches!(&*call.func, Expr::Path(p) if p.path.is_ident("Err"))
        {
            fv.expr = syn::parse_quote!(Ok(Default::default()));
        }
        syn::visit_mut::visit_field_value_mut(self, fv);
    }
}
