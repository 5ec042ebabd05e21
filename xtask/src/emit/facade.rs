//! `crates/crashplan/src/resources/generated.rs`: the facade's operation surface, as plain
//! Rust. For every resource of the spec: a handle type (`Users`) with one method per operation
//! (`list`, `get`, `create`, ...), and the `Client` accessor that returns it (`client.users()`);
//! for every list operation: its filters (`ListUsersFilters`, one setter per filter on
//! `List<ListUsersFilters>`), how it asks for a page, and the `HasDetail` impl of its items.
//!
//! Verbs the spec cannot express (deactivate as a status update, a user by email) are written
//! by hand beside this file, in `resources/extras/`.

use anyhow::{Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::pascal;
use crate::model::{Model, Operation, Paging, Param, Role, Type};

use super::snake;

/// The public name of a resource's handle: the resource in Pascal case, with `Handle` added
/// where a model type already has that name (`ServerStats` is a model: `ServerStatsHandle`).
pub fn handle_name(model: &Model, resource: &str) -> String {
    let name = pascal(resource);
    let taken =
        model.schemas.iter().any(|s| s.name == name) || model.known.iter().any(|k| k.name == name);
    if taken { format!("{name}Handle") } else { name }
}

/// The public name of a list operation's filters: `listUsers` -> `ListUsersFilters`.
pub fn filters_name(op: &Operation) -> String {
    format!("{}Filters", pascal(&op.id))
}

/// The Rust type of a scalar parameter or property: known values have their generated type.
fn scalar(model: &Model, owner: &str, name: &str, ty: &Type) -> Result<TokenStream> {
    if let Some(known) = model.known_type(owner, name) {
        let ident = format_ident!("{}", known.name);
        return Ok(quote!(crashplan_api::types::#ident));
    }
    Ok(match ty {
        Type::Integer => quote!(i64),
        Type::Number => quote!(f64),
        Type::Boolean => quote!(bool),
        Type::String | Type::DateTime => quote!(String),
        other => bail!("{owner}: parameter {name} has type {other:?}, which no setter takes"),
    })
}

fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// `GET /rest/users` (`listUsers`)
fn where_it_is(op: &Operation) -> String {
    format!("`{} {}` (`{}`)", op.method, op.path, op.id)
}

fn ident(name: &str) -> syn::Ident {
    syn::parse_str(&snake(name)).unwrap_or_else(|_| format_ident!("r#{}", snake(name)))
}

fn schema_type(name: &str) -> TokenStream {
    let ident = format_ident!("{name}");
    quote!(crashplan_api::types::#ident)
}

/// The hand-written public types of `crashplan::resources`, beside the generated ones.
const HAND_WRITTEN: [&str; 6] = [
    "List",
    "ListQuery",
    "Call",
    "InvalidFilter",
    "UserRef",
    "UserResolver",
];

/// Claims every public type name a user of the facade meets (`crashplan::resources` and the
/// generated low-level builders of `client.api()`) besides the model types: no two share a
/// name.
fn check_names(model: &Model, resources: &[&str]) -> Result<()> {
    let mut names = model.type_names()?;
    for name in HAND_WRITTEN {
        names.add(name, format!("`resources::{name}`, written by hand"))?;
    }
    for resource in resources {
        let handle = handle_name(model, resource);
        names.add(
            &handle,
            format!("`resources::{handle}`, the handle of {resource}"),
        )?;
    }
    for op in &model.operations {
        let builder = pascal(&op.id);
        names.add(
            &builder,
            format!(
                "`crashplan_api::builder::{builder}`, the low-level builder of {}",
                op.id
            ),
        )?;
        if op.list.is_some() && !op.internal {
            let filters = filters_name(op);
            names.add(
                &filters,
                format!("`resources::{filters}`, the filters of {}", op.id),
            )?;
        }
    }
    Ok(())
}

/// `crates/crashplan/src/resources/generated.rs`.
pub fn facade(model: &Model) -> Result<String> {
    let mut resources: Vec<&str> = Vec::new();
    for op in model.operations.iter().filter(|o| !o.internal) {
        if !resources.contains(&op.resource.as_str()) {
            resources.push(&op.resource);
        }
    }
    check_names(model, &resources)?;
    let mut items = Vec::new();
    let mut accessors = Vec::new();
    for resource in &resources {
        let ops: Vec<&Operation> = model
            .operations
            .iter()
            .filter(|o| !o.internal && o.resource == *resource)
            .collect();
        let handle = format_ident!("{}", handle_name(model, resource));
        let accessor = ident(resource);
        let about = model
            .tags
            .iter()
            .find(|(name, _)| name == resource)
            .map_or_else(|| format!("The `{resource}` resource."), |(_, d)| d.clone());
        let accessor_doc = doc(&format!("{about}\n\nSee [`{handle}`]."));
        accessors.push(quote! {
            #accessor_doc
            pub fn #accessor(&self) -> #handle {
                #handle { client: self.clone() }
            }
        });
        let list_of_ops: String = ops
            .iter()
            .map(|o| {
                format!(
                    "* [`{}`]({handle}::{}): {}\n",
                    snake(&o.verb),
                    snake(&o.verb),
                    o.summary
                )
            })
            .collect();
        let handle_doc = doc(&format!(
            "{about}\n\nFrom [`Client::{accessor}`](crate::Client::{accessor}); cheap to clone.\n\n{list_of_ops}"
        ));
        let mut methods = Vec::new();
        for op in &ops {
            methods.push(method(op)?);
        }
        items.push(quote! {
            #handle_doc
            #[derive(Debug, Clone)]
            pub struct #handle {
                pub(crate) client: Client,
            }

            impl #handle {
                #(#methods)*
            }
        });
        for op in ops.iter().filter(|o| o.list.is_some()) {
            items.push(list(model, op)?);
        }
    }
    let details = has_detail(model)?;
    let file = quote! {
        //! The operations of the spec: one handle per resource, one method per operation, the
        //! filters of every list. See [`crate::resources`].

        use std::future::IntoFuture;

        use crashplan_api::types::ListMetadata;
        use futures::future::BoxFuture;
        use reqwest::Method;

        use crate::error::{RequestInfo, Result};
        use crate::fanout::HasDetail;
        use crate::paging::{PageRequest, PagingStyle};
        use crate::resources::{Call, InvalidFilter, List, ListQuery, native_page, parse_filter};
        use crate::Client;

        impl Client {
            #(#accessors)*
        }

        #(#items)*

        #details
    };
    Ok(file.to_string())
}

/// The path with its parameters as a `format!` string: `/rest/users/{id}`.
fn path_format(op: &Operation) -> String {
    let mut out = String::new();
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        out.push_str(&format!("{{{}}}", ident(name)));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// One method of a resource handle.
fn method(op: &Operation) -> Result<TokenStream> {
    let verb = ident(&op.verb);
    let description = if op.description.is_empty() {
        String::new()
    } else {
        format!("\n\n{}", op.description)
    };
    if op.list.is_some() {
        let filters = format_ident!("{}", filters_name(op));
        let text = doc(&format!(
            "{} {}: a builder with one setter per filter, ending in `items()`, `pages()` or \
             `collect_all()`.{description}",
            op.summary,
            where_it_is(op)
        ));
        let find = match op.verb.strip_prefix("list") {
            Some(rest) => format_ident!("find{rest}"),
            None => format_ident!("find_{}", op.verb),
        };
        let find_doc = doc(&format!(
            "The items of `{}` that match a [query](crate::query), its filters pushed down to \
             the server and detail views fetched when the query needs them: see \
             [`find`](crate::find).",
            op.id
        ));
        return Ok(quote! {
            #text
            pub fn #verb(&self) -> List<#filters> {
                List::new(self.client.clone())
            }
            #find_doc
            #[cfg(feature = "query")]
            pub fn #find(&self, query: &str) -> crate::Result<crate::Find<#filters>> {
                self.#verb().find(query)
            }
        });
    }
    let Some(response) = &op.response else {
        bail!(
            "{}: the success response must be a named schema ($ref)",
            op.id
        );
    };
    let response = schema_type(response);
    let mut args = Vec::new();
    let mut sets = Vec::new();
    for p in &op.params {
        match p.role {
            Role::Path => {
                let name = ident(&p.name);
                let setter = ident(&p.name);
                match p.ty {
                    Type::Integer => {
                        args.push(quote!(#name: i64));
                        sets.push(quote!(.#setter(#name)));
                    }
                    Type::String => {
                        args.push(quote!(#name: impl Into<String>));
                        sets.push(quote!(.#setter(#name.clone())));
                    }
                    ref other => bail!(
                        "{}: path parameter {} has type {other:?} (integer or string only)",
                        op.id,
                        p.name
                    ),
                }
            }
            _ if !p.required => bail!(
                "{}: optional parameter {} on an operation that is not a list: not supported \
                 by the facade generator yet",
                op.id,
                p.name
            ),
            _ => bail!(
                "{}: required parameter {} outside the path: not supported by the facade \
                 generator yet",
                op.id,
                p.name
            ),
        }
    }
    let string_args: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.role == Role::Path && p.ty == Type::String)
        .map(|p| {
            let name = ident(&p.name);
            quote!(let #name: String = #name.into();)
        })
        .collect();
    let path = path_format(op);
    let path = if path.contains('{') {
        quote!(format!(#path))
    } else {
        quote!(#path)
    };
    let method_ident = format_ident!("{}", op.method);
    let api = ident(&op.id);
    let (body_arg, body_clone, body_set) = match &op.body {
        Some(body) => {
            let ty = schema_type(body);
            (
                quote!(body: #ty),
                quote!(let body = body.clone();),
                quote!(.body(body)),
            )
        }
        None => (quote!(), quote!(), quote!()),
    };
    let post_note = if op.method == "POST" {
        "\n\nNot replayed after a failure unless `.retry_post(true)`: a replayed `POST` may \
         act twice."
    } else {
        ""
    };
    let text = doc(&format!(
        "{} {}.{description}{post_note}",
        op.summary,
        where_it_is(op)
    ));
    let all_args = if op.body.is_some() {
        quote!(#(#args,)* #body_arg)
    } else {
        quote!(#(#args),*)
    };
    let clones: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.role == Role::Path && p.ty == Type::String)
        .map(|p| {
            let name = ident(&p.name);
            quote!(let #name = #name.clone();)
        })
        .collect();
    Ok(quote! {
        #text
        pub fn #verb(&self, #all_args) -> Call<#response> {
            #(#string_args)*
            let request = RequestInfo::new(Method::#method_ident, #path);
            Call::new(self.client.clone(), request, move |client: Client| {
                #(#clones)*
                #body_clone
                Box::pin(async move { client.api().#api()#(#sets)*#body_set.send().await })
            })
        }
    })
}

/// The paging parameter of `role`, if the operation has it.
fn paging_param(op: &Operation, role: Paging) -> Option<&Param> {
    op.params.iter().find(|p| p.role == Role::Paging(role))
}

/// The filters struct, its setters on `List<..>`, and its `ListQuery` impl.
fn list(model: &Model, op: &Operation) -> Result<TokenStream> {
    let Some(list) = &op.list else {
        return Ok(quote!());
    };
    let filters = format_ident!("{}", filters_name(op));
    let item = schema_type(&list.item);
    let Some(response) = &op.response else {
        bail!("{}: a list needs a named response schema", op.id);
    };
    let response = schema_type(response);
    let items_key = ident(&list.items_key);
    let api = ident(&op.id);
    let (id, path) = (&op.id, &op.path);
    let params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| matches!(p.role, Role::Filter { .. }))
        .collect();
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    let mut sends = Vec::new();
    let mut parses = Vec::new();
    for p in &params {
        let field = ident(&p.name);
        let ty = scalar(model, &op.id, &p.name, &p.ty)?;
        let text = doc(&p.description);
        let wire = &p.name;
        fields.push(quote! {
            #text
            pub #field: Option<#ty>,
        });
        // Strings (and the known-value types of strings) from anything that converts.
        let (arg, value) = match p.ty {
            Type::String | Type::DateTime => (quote!(impl Into<#ty>), quote!(value.into())),
            _ => (quote!(#ty), quote!(value)),
        };
        let setter_doc = doc(&format!("{}\n\nSends `{wire}`.", p.description));
        setters.push(quote! {
            #setter_doc
            pub fn #field(mut self, value: #arg) -> Self {
                self.filters.#field = Some(#value);
                self
            }
        });
        let value = if matches!(p.ty, Type::String | Type::DateTime) {
            quote!(value.clone())
        } else {
            quote!(*value)
        };
        sends.push(quote! {
            if let Some(value) = &filters.#field {
                builder = builder.#field(#value);
            }
        });
        parses.push(quote! {
            #wire => self.#field = Some(parse_filter(param, value)?),
        });
    }
    let by_offset = paging_param(op, Paging::Offset).zip(paging_param(op, Paging::Limit));
    let by_page = paging_param(op, Paging::Page).zip(paging_param(op, Paging::PageSize));
    let mut styles = Vec::new();
    let offset_arm = match by_offset {
        Some((o, l)) => {
            styles.push(quote!(PagingStyle::OffsetLimit));
            let (o, l) = (ident(&o.name), ident(&l.name));
            quote!(PageRequest::OffsetLimit { offset, limit } => builder.#o(offset).#l(limit),)
        }
        None => quote!(PageRequest::OffsetLimit { .. } => builder,),
    };
    let page_arm = match by_page {
        Some((p, s)) => {
            styles.push(quote!(PagingStyle::PageNumber));
            let (p, s) = (ident(&p.name), ident(&s.name));
            quote!(PageRequest::PageNumber { page, page_size } => builder.#p(page).#s(page_size),)
        }
        None => quote!(PageRequest::PageNumber { .. } => builder,),
    };
    let filters_doc = doc(&format!(
        "The filters of {}: {}\n\nSet them on the list builder ([`List::filter`] by name, or \
         the typed setters below); every filter is optional.",
        where_it_is(op),
        op.summary
    ));
    let list_doc = doc(&format!("The filters of {}.", where_it_is(op)));
    Ok(quote! {
        #filters_doc
        #[derive(Debug, Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #filters {
            #(#fields)*
        }

        #list_doc
        impl List<#filters> {
            #(#setters)*
        }

        impl crate::sealed::Sealed for #filters {}

        impl ListQuery for #filters {
            type Item = #item;
            const OPERATION_ID: &'static str = #id;
            const PATH: &'static str = #path;
            const STYLES: &'static [PagingStyle] = &[#(#styles),*];

            fn fetch(
                &self,
                client: &Client,
                page: PageRequest,
            ) -> BoxFuture<'static, Result<(Vec<#item>, ListMetadata)>> {
                let client = client.clone();
                let filters = self.clone();
                Box::pin(async move {
                    let request = RequestInfo::get(#path);
                    let page = native_page(page, Self::STYLES, &request)?;
                    let answer: #response = client
                        .call(request, || {
                            let mut builder = client.api().#api();
                            #(#sends)*
                            let builder = match page {
                                #offset_arm
                                #page_arm
                                PageRequest::Unpaged => builder,
                            };
                            builder.send()
                        })
                        .await?;
                    Ok((answer.#items_key, answer.metadata))
                })
            }

            fn set(&mut self, param: &str, value: &str) -> std::result::Result<(), InvalidFilter> {
                match param {
                    #(#parses)*
                    _ => return Err(InvalidFilter::new(param, value, "")),
                }
                Ok(())
            }
        }
    })
}

/// `impl HasDetail` for the items of every list: the detail operation of the list, or the item
/// itself where the spec has none.
fn has_detail(model: &Model) -> Result<TokenStream> {
    let mut done: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (op, list) in model.lists() {
        if op.internal || done.contains(&list.item.as_str()) {
            continue;
        }
        done.push(&list.item);
        let item = schema_type(&list.item);
        let detail_op = list
            .detail
            .as_ref()
            .and_then(|(id, _)| model.operations.iter().find(|o| &o.id == id));
        match (detail_op, &list.detail) {
            (Some(detail_op), Some((_, detail))) => {
                let detail = schema_type(detail);
                let accessor = ident(&detail_op.resource);
                let verb = ident(&detail_op.verb);
                let Some(param) = detail_op.params.iter().find(|p| p.role == Role::Path) else {
                    bail!(
                        "{}: a detail operation needs a path parameter",
                        detail_op.id
                    );
                };
                let key = ident(&param.name);
                let value = match param.ty {
                    Type::Integer => quote!(self.#key),
                    _ => quote!(self.#key.clone()),
                };
                let text = doc(&format!("The detail view: {}.", where_it_is(detail_op)));
                out.push(quote! {
                    impl crate::sealed::Sealed for #item {}

                    #text
                    impl HasDetail for #item {
                        type Detail = #detail;

                        fn fetch_detail(&self, client: &Client) -> BoxFuture<'static, Result<#detail>> {
                            client.#accessor().#verb(#value).into_future()
                        }
                    }
                });
            }
            _ => {
                out.push(quote! {
                    impl crate::sealed::Sealed for #item {}

                    /// The spec has no detail view of this type: its detail is the item itself.
                    impl HasDetail for #item {
                        type Detail = Self;

                        fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
                            let item = self.clone();
                            Box::pin(async move { Ok(item) })
                        }
                    }
                });
            }
        }
    }
    Ok(quote!(#(#out)*))
}
