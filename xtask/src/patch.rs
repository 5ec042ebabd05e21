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
//!   it once the struct has an `extra` map), so `types::UserUpdate::default()` keeps working.

use std::collections::BTreeSet;

use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Expr, Item, Meta, Token};

use crate::model::Model;

pub fn apply(file: &mut syn::File, model: &Model) {
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
    for item in &mut file.items {
        let Item::Mod(types) = item else { continue };
        if types.ident != "types" {
            continue;
        }
        let Some((_, items)) = &mut types.content else {
            continue;
        };
        for item in items.iter_mut() {
            match item {
                Item::Struct(s) => {
                    keep_nulls(s, &nullable);
                    derive_default(s);
                    if matches!(s.fields, syn::Fields::Named(_)) {
                        s.attrs.push(syn::parse_quote!(#[non_exhaustive]));
                    }
                }
                Item::Mod(builder) if builder.ident == "builder" => {
                    ExtraDefault.visit_item_mod_mut(builder);
                }
                _ => {}
            }
        }
    }
}

fn keep_nulls(item: &mut syn::ItemStruct, nullable: &BTreeSet<(String, String)>) {
    let name = item.ident.to_string();
    for field in &mut item.fields {
        let Some(ident) = &field.ident else { continue };
        let mut json = ident.to_string().trim_start_matches("r#").to_owned();
        for attr in &field.attrs {
            if attr.path().is_ident("serde")
                && let Ok(list) =
                    attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
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
