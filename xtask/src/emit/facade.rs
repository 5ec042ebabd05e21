//! `crates/crashplan/src/resources/generated.rs`: the facade's operation surface, as plain
//! Rust. For every resource of the spec: a handle type (`Users`) with one method per operation
//! (`list`, `get`, `create`, ...), and the `Client` accessor that returns it (`client.users()`);
//! for every list operation: its filters (`ListUsersFilters`, one setter per filter on
//! `List<ListUsersFilters>`), how it asks for a page, and the `HasDetail` impl of its items.
//!
//! Today's operations (`/api/...`) have handles of their own, reached from one accessor:
//! `client.today().users()` is a `TodayUsers`, beside CrashPlan PRO 3.x's `client.users()` (a
//! `Users`), so no two public types share a name. An operation that is not a list takes its
//! path and required query parameters as arguments; its optional query parameters are typed
//! setters on its `Call` (`.inc_backup_usage(true)`), held in a `<OperationId>Query`. Today's
//! answers in the `data` envelope are unwrapped (a `Call<V1User>`, not a `V1UserResponse`);
//! an answer the spec gives no body is a `Call<()>`.
//!
//! Verbs the spec cannot express (deactivate as a status update, a user by email) are written
//! by hand beside this file, in `resources/extras/`.

use anyhow::{Context as _, Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::pascal;
use crate::model::{Generation, List, Model, Operation, Paging, Param, Role, Type};

use super::snake;

/// The public name of a resource's handle: the resource in Pascal case, with `Handle` added
/// where a model type already has that name (`ServerStats` is a model: `ServerStatsHandle`);
/// today's are prefixed with `Today` (`TodayUsers`).
pub fn handle_name(model: &Model, generation: Generation, resource: &str) -> String {
    let name = pascal(resource);
    if generation == Generation::Today {
        return format!("Today{name}");
    }
    let taken =
        model.schemas.iter().any(|s| s.name == name) || model.known.iter().any(|k| k.name == name);
    if taken { format!("{name}Handle") } else { name }
}

/// The public name of a list operation's filters: `listUsers` -> `ListUsersFilters`.
pub fn filters_name(op: &Operation) -> String {
    format!("{}Filters", pascal(&op.id))
}

/// The public name of the optional query parameters of an operation that is not a list:
/// `getDeviceV1` -> `GetDeviceV1Query`.
pub fn query_name(op: &Operation) -> String {
    format!("{}Query", pascal(&op.id))
}

/// The query parameters of a list that its builder sets: its filters, and the parameters that
/// are not filters (`incBackupUsage`, `srtKey`), but not its paging.
fn list_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| {
        matches!(p.role, Role::Filter { .. }) || (p.role == Role::Other && p.location == "query")
    })
}

/// The optional query parameters of an operation that is not a list.
fn optional_query(op: &Operation) -> Vec<&Param> {
    if op.list.is_some() {
        return Vec::new();
    }
    op.params
        .iter()
        .filter(|p| p.location == "query" && !p.required)
        .collect()
}

/// The name of the handle accessor's owner: `Client` for CrashPlan PRO 3.x, `Today` for
/// today's.
fn owner_name(generation: Generation) -> &'static str {
    match generation {
        Generation::Pro3 => "Client",
        Generation::Today => "Today",
    }
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

/// The accessor of today's handles (`client.today()`).
const TODAY: &str = "Today";

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
fn check_names(model: &Model, resources: &[(Generation, &str)]) -> Result<()> {
    let mut names = model.type_names()?;
    for name in HAND_WRITTEN {
        names.add(name, format!("`resources::{name}`, written by hand"))?;
    }
    if resources.iter().any(|(g, _)| *g == Generation::Today) {
        names.add(TODAY, "`resources::Today`, the accessor of today's handles")?;
    }
    for (generation, resource) in resources {
        let handle = handle_name(model, *generation, resource);
        names.add(
            &handle,
            format!("`resources::{handle}`, the handle of {resource} ({generation:?})"),
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
        if !op.internal && !optional_query(op).is_empty() {
            let query = query_name(op);
            names.add(
                &query,
                format!("`resources::{query}`, the optional query of {}", op.id),
            )?;
        }
    }
    Ok(())
}

/// `crates/crashplan/src/resources/generated.rs`.
pub fn facade(model: &Model) -> Result<String> {
    let mut resources: Vec<(Generation, &str)> = Vec::new();
    for op in model.operations.iter().filter(|o| !o.internal) {
        let key = (op.generation, op.resource.as_str());
        if !resources.contains(&key) {
            resources.push(key);
        }
    }
    check_names(model, &resources)?;
    let mut items = Vec::new();
    let mut accessors = Vec::new();
    let mut today_accessors = Vec::new();
    for (generation, resource) in &resources {
        let (generation, resource) = (*generation, *resource);
        let ops: Vec<&Operation> = model
            .operations
            .iter()
            .filter(|o| !o.internal && o.resource == resource && o.generation == generation)
            .collect();
        let handle = format_ident!("{}", handle_name(model, generation, resource));
        let accessor = ident(resource);
        let about = model
            .tags
            .iter()
            .find(|(name, _)| name == resource)
            .map_or_else(|| format!("The `{resource}` resource."), |(_, d)| d.clone());
        let accessor_doc = doc(&format!("{about}\n\nSee [`{handle}`]."));
        let owner = owner_name(generation);
        match generation {
            Generation::Pro3 => accessors.push(quote! {
                #accessor_doc
                pub fn #accessor(&self) -> #handle {
                    #handle { client: self.clone() }
                }
            }),
            Generation::Today => today_accessors.push(quote! {
                #accessor_doc
                pub fn #accessor(&self) -> #handle {
                    #handle { client: self.client.clone() }
                }
            }),
        }
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
            "{about}\n\nFrom [`{owner}::{accessor}`]({path}::{accessor}); cheap to clone.\n\n{list_of_ops}",
            path = if generation == Generation::Pro3 {
                "crate::Client"
            } else {
                "Today"
            }
        ));
        let mut methods = Vec::new();
        for op in &ops {
            methods.push(method(model, op)?);
            items.push(query_struct(model, op)?);
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
    let today = if today_accessors.is_empty() {
        quote!()
    } else {
        quote! {
            /// Today's CrashPlan (`/api/v1|v3|v38/...`, the cloud consoles and current
            /// servers): its resources, each a handle of its own (`client.today().users()` is a
            /// [`TodayUsers`]), beside CrashPlan PRO 3.x's (`client.users()`). From
            /// [`Client::today`](crate::Client::today); cheap to clone.
            #[derive(Debug, Clone)]
            pub struct Today {
                pub(crate) client: Client,
            }

            impl Client {
                /// Today's CrashPlan (`/api/v1|v3|v38/...`): see [`Today`].
                pub fn today(&self) -> Today {
                    Today { client: self.clone() }
                }
            }

            impl Today {
                #(#today_accessors)*
            }
        }
    };
    let file = quote! {
        //! The operations of the spec: one handle per resource, one method per operation, the
        //! filters of every list. See [`crate::resources`].

        use std::future::IntoFuture;

        use futures::future::BoxFuture;
        use reqwest::Method;

        use crate::error::{RequestInfo, Result};
        use crate::fanout::HasDetail;
        use crate::paging::{PageAnswer, PageRequest, PagingStyle};
        use crate::resources::{
            Call, InvalidFilter, List, ListQuery, native_page, parse_filter, unwrap_data,
        };
        use crate::Client;

        impl Client {
            #(#accessors)*
        }

        #today

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
fn method(model: &Model, op: &Operation) -> Result<TokenStream> {
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
    let (response, unwrap) = response_type(model, op)?;
    // Arguments: the path parameters, then the required query parameters, then the body.
    let mut args = Vec::new();
    let mut owned = Vec::new();
    let mut clones = Vec::new();
    let mut sets = Vec::new();
    for p in &op.params {
        let name = ident(&p.name);
        match (&p.role, p.location.as_str(), p.required) {
            (Role::Path, _, _) => match p.ty {
                Type::Integer => {
                    args.push(quote!(#name: i64));
                    sets.push(quote!(.#name(#name)));
                }
                Type::String => {
                    args.push(quote!(#name: impl Into<String>));
                    owned.push(quote!(let #name: String = #name.into();));
                    clones.push(quote!(let #name = #name.clone();));
                    sets.push(quote!(.#name(#name)));
                }
                ref other => bail!(
                    "{}: path parameter {} has type {other:?} (integer or string only)",
                    op.id,
                    p.name
                ),
            },
            (_, "query", true) => {
                let ty = scalar(model, &op.id, &p.name, &p.ty)?;
                if matches!(p.ty, Type::String | Type::DateTime) {
                    args.push(quote!(#name: impl Into<#ty>));
                    owned.push(quote!(let #name: #ty = #name.into();));
                    clones.push(quote!(let #name = #name.clone();));
                } else {
                    args.push(quote!(#name: #ty));
                }
                sets.push(quote!(.#name(#name)));
            }
            (_, "query", false) => {}
            _ => bail!(
                "{}: parameter {} in {}: only path and query parameters are supported by the \
                 facade generator",
                op.id,
                p.name,
                p.location
            ),
        }
    }
    let path = path_format(op);
    let path = if path.contains('{') {
        quote!(format!(#path))
    } else {
        quote!(#path)
    };
    let method_ident = format_ident!("{}", op.method);
    let api = ident(&op.id);
    if let Some(body) = &op.body {
        let ty = schema_type(body);
        args.push(quote!(body: #ty));
        clones.push(quote!(let body = body.clone();));
        sets.push(quote!(.body(body)));
    }
    let post_note = if op.method == "POST" {
        "\n\nNot replayed after a failure unless `.retry_post(true)`: a replayed `POST` may \
         act twice."
    } else {
        ""
    };
    let optional = optional_query(op);
    let options_note = if optional.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = optional
            .iter()
            .map(|p| format!("[`{}`](Call::{})", snake(&p.name), snake(&p.name)))
            .collect();
        format!("\n\nOptional query parameters: {}.", names.join(", "))
    };
    let unwrap_note = if unwrap.is_some() {
        "\n\nAnswers the `data` of the server's envelope."
    } else {
        ""
    };
    let text = doc(&format!(
        "{} {}.{description}{options_note}{unwrap_note}{post_note}",
        op.summary,
        where_it_is(op)
    ));
    let send = |builder: TokenStream| match &unwrap {
        Some(field) => quote!(unwrap_data(#builder.send().await, |envelope| envelope.#field)),
        None => quote!(#builder.send().await),
    };
    if optional.is_empty() {
        let call = send(quote!(client.api().#api()#(#sets)*));
        return Ok(quote! {
            #text
            pub fn #verb(&self, #(#args),*) -> Call<#response> {
                #(#owned)*
                let request = RequestInfo::new(Method::#method_ident, #path);
                Call::new(self.client.clone(), request, move |client: Client| {
                    #(#clones)*
                    Box::pin(async move { #call })
                })
            }
        });
    }
    let query = format_ident!("{}", query_name(op));
    let finish = send(quote!(builder));
    let optional_sets = optional.iter().map(|p| {
        let name = ident(&p.name);
        quote! {
            if let Some(value) = query.#name {
                builder = builder.#name(value);
            }
        }
    });
    Ok(quote! {
        #text
        pub fn #verb(&self, #(#args),*) -> Call<#response, #query> {
            #(#owned)*
            let request = RequestInfo::new(Method::#method_ident, #path);
            Call::with_query(
                self.client.clone(),
                request,
                #query::default(),
                move |client: Client, query: #query| {
                    #(#clones)*
                    Box::pin(async move {
                        let mut builder = client.api().#api()#(#sets)*;
                        #(#optional_sets)*
                        #finish
                    })
                },
            )
        }
    })
}

/// What a call of `op` answers, and the envelope property it unwraps: the answer's schema,
/// or, for today's answers in the `data` envelope (a required `data`), the type of `data`; `()`
/// for an answer without a body.
fn response_type(model: &Model, op: &Operation) -> Result<(TokenStream, Option<syn::Ident>)> {
    let Some(response) = &op.response else {
        return Ok((quote!(()), None));
    };
    let envelope = model
        .schema(response)
        .and_then(|s| s.property("data"))
        .filter(|p| op.generation == Generation::Today && p.required && !p.nullable);
    let Some(data) = envelope else {
        return Ok((schema_type(response), None));
    };
    let ty = match &data.ty {
        Type::Object(name) => schema_type(name),
        Type::Array(inner) => match inner.as_ref() {
            Type::Object(name) => {
                let item = schema_type(name);
                quote!(Vec<#item>)
            }
            other => bail!("{}: `data` is an array of {other:?}", op.id),
        },
        other => bail!("{}: `data` has type {other:?}", op.id),
    };
    Ok((ty, Some(format_ident!("data"))))
}

/// The optional query parameters of an operation that is not a list: a struct, and its typed
/// setters on the operation's `Call`.
fn query_struct(model: &Model, op: &Operation) -> Result<TokenStream> {
    let optional = optional_query(op);
    if optional.is_empty() {
        return Ok(quote!());
    }
    let query = format_ident!("{}", query_name(op));
    let (response, _) = response_type(model, op)?;
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    for p in optional {
        let (field, setter) = optional_field(model, op, p, &quote!(query))?;
        fields.push(field);
        setters.push(setter);
    }
    let struct_doc = doc(&format!(
        "The optional query parameters of {}: {} Set them with the setters of its `Call`.",
        where_it_is(op),
        op.summary
    ));
    let impl_doc = doc(&format!(
        "The optional query parameters of {}.",
        where_it_is(op)
    ));
    Ok(quote! {
        #struct_doc
        #[derive(Debug, Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #query {
            #(#fields)*
        }

        #impl_doc
        impl Call<#response, #query> {
            #(#setters)*
        }
    })
}

/// An optional parameter as a field `Option<T>` (documented) of the struct `self.<holder>`, and
/// its typed setter on the builder that holds it.
fn optional_field(
    model: &Model,
    op: &Operation,
    p: &Param,
    holder: &TokenStream,
) -> Result<(TokenStream, TokenStream)> {
    let field = ident(&p.name);
    let ty = scalar(model, &op.id, &p.name, &p.ty)?;
    let text = doc(&p.description);
    // Strings (and the known-value types of strings) from anything that converts.
    let (arg, value) = match p.ty {
        Type::String | Type::DateTime => (quote!(impl Into<#ty>), quote!(value.into())),
        _ => (quote!(#ty), quote!(value)),
    };
    let setter_doc = doc(&format!("{}\n\nSends `{}`.", p.description, p.name));
    Ok((
        quote! {
            #text
            pub #field: Option<#ty>,
        },
        quote! {
            #setter_doc
            pub fn #field(mut self, value: #arg) -> Self {
                self.#holder.#field = Some(#value);
                self
            }
        },
    ))
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
    let Some(response_name) = &op.response else {
        bail!("{}: a list needs a named response schema", op.id);
    };
    let response = schema_type(response_name);
    let answer = answer_parts(model, op, response_name, list)?;
    let api = ident(&op.id);
    let (id, path) = (&op.id, &op.path);
    let params: Vec<&Param> = list_params(op).collect();
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    let mut sends = Vec::new();
    let mut parses = Vec::new();
    let mut raw_sends = Vec::new();
    for p in &params {
        let field = ident(&p.name);
        let wire = &p.name;
        let (declared, setter) = optional_field(model, op, p, &quote!(filters))?;
        fields.push(declared);
        setters.push(setter);
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
        raw_sends.push(quote! {
            if let Some(value) = &self.#field {
                builder = builder.query(&[(#wire, value)]);
            }
        });
    }
    let by_offset = paging_param(op, Paging::Offset).zip(paging_param(op, Paging::Limit));
    let by_page = paging_param(op, Paging::Page).zip(paging_param(op, Paging::PageSize));
    let mut styles = Vec::new();
    let (offset_arm, raw_offset_arm) = match by_offset {
        Some((o, l)) => {
            styles.push(quote!(PagingStyle::OffsetLimit));
            let (o_wire, l_wire) = (&o.name, &l.name);
            let (o, l) = (ident(&o.name), ident(&l.name));
            (
                quote!(PageRequest::OffsetLimit { offset, limit } => builder.#o(offset).#l(limit),),
                quote!(PageRequest::OffsetLimit { offset, limit } => {
                    builder.query(&[(#o_wire, offset), (#l_wire, limit)])
                }),
            )
        }
        None => (
            quote!(PageRequest::OffsetLimit { .. } => builder,),
            quote!(PageRequest::OffsetLimit { .. } => builder,),
        ),
    };
    let (page_arm, raw_page_arm) = match by_page {
        Some((p, s)) => {
            styles.push(quote!(PagingStyle::PageNumber));
            let (p_wire, s_wire) = (&p.name, &s.name);
            let (p, s) = (ident(&p.name), ident(&s.name));
            (
                quote!(PageRequest::PageNumber { page, page_size } => builder.#p(page).#s(page_size),),
                quote!(PageRequest::PageNumber { page, page_size } => {
                    builder.query(&[(#p_wire, page), (#s_wire, page_size)])
                }),
            )
        }
        None => (
            quote!(PageRequest::PageNumber { .. } => builder,),
            quote!(PageRequest::PageNumber { .. } => builder,),
        ),
    };
    // A list without filters (today's `listOrgsV1`) neither reads nor sets any.
    let (take_filters, start_builder, set_body) = if params.is_empty() {
        (
            quote!(),
            quote!(let builder = client.api().#api();),
            quote!(Err(InvalidFilter::new(param, value, ""))),
        )
    } else {
        (
            quote!(let filters = self.clone();),
            quote!(let mut builder = client.api().#api();),
            quote! {
                match param {
                    #(#parses)*
                    _ => return Err(InvalidFilter::new(param, value, "")),
                }
                Ok(())
            },
        )
    };
    let items_wire = &list.items_key;
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
            ) -> BoxFuture<'static, Result<PageAnswer<#item>>> {
                let client = client.clone();
                #take_filters
                Box::pin(async move {
                    let request = RequestInfo::get(#path);
                    let page = native_page(page, Self::STYLES, &request)?;
                    let answer: #response = client
                        .call(request, || {
                            #start_builder
                            #(#sends)*
                            let builder = match page {
                                #offset_arm
                                #page_arm
                                PageRequest::Unpaged => builder,
                            };
                            builder.send()
                        })
                        .await?;
                    #answer
                })
            }

            fn set(&mut self, param: &str, value: &str) -> std::result::Result<(), InvalidFilter> {
                #set_body
            }

            const ITEMS_KEY: &'static str = #items_wire;

            fn raw_query(
                &self,
                page: PageRequest,
                builder: reqwest::RequestBuilder,
            ) -> reqwest::RequestBuilder {
                #[allow(unused_mut)]
                let mut builder = builder;
                #(#raw_sends)*
                match page {
                    #raw_offset_arm
                    #raw_page_arm
                    PageRequest::Unpaged => builder,
                }
            }
        }
    })
}

/// How a list's fetch turns the answer into its items, metadata and announced total: items at
/// `answer.<items>` with `metadata.count` (CrashPlan PRO 3.x), or at `answer.data.<items>` with
/// `data.totalCount` (today's).
fn answer_parts(model: &Model, op: &Operation, response: &str, list: &List) -> Result<TokenStream> {
    let schema = model
        .schema(response)
        .with_context(|| format!("{}: no schema {response}", op.id))?;
    let items_key = ident(&list.items_key);
    let metadata = match schema.property("metadata") {
        Some(p) if p.required => quote!(Some(answer.metadata)),
        Some(_) => quote!(answer.metadata),
        None => quote!(None),
    };
    let count = |value: TokenStream, required: bool| {
        if required {
            quote!(u64::try_from(#value).ok())
        } else {
            quote!(#value.and_then(|total| u64::try_from(total).ok()))
        }
    };
    let Some(envelope) = &list.envelope else {
        let total = match schema.property("metadata") {
            Some(p) if p.required => count(quote!(answer.metadata.count), false),
            _ => quote!(None),
        };
        return Ok(quote! {
            let total = #total;
            Ok((answer.#items_key, #metadata, total))
        });
    };
    let page_name = match schema.property(envelope).map(|p| &p.ty) {
        Some(Type::Object(page)) => page,
        _ => bail!("{}: the envelope {envelope} is not an object", op.id),
    };
    let page = model
        .schema(page_name)
        .with_context(|| format!("{}: no schema {page_name}", op.id))?;
    let envelope = ident(envelope);
    let total = match list.total.as_deref().and_then(|t| page.property(t)) {
        Some(p) => {
            let field = ident(&p.name);
            count(quote!(answer.#envelope.#field), p.required)
        }
        None => quote!(None),
    };
    Ok(quote! {
        let total = #total;
        Ok((answer.#envelope.#items_key, #metadata, total))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn model_of(text: &str) -> Result<Model> {
        let spec: openapiv3::OpenAPI = serde_yaml_ng::from_str(text).expect("parses");
        crate::model::build(&spec)
    }

    fn spec_text() -> String {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        std::fs::read_to_string(root.join(crate::SPEC_PATH)).expect("read the spec")
    }

    #[test]
    fn todays_handles_are_types_of_their_own_from_one_accessor() {
        let model = model_of(&spec_text()).expect("model");
        assert_eq!(handle_name(&model, Generation::Pro3, "users"), "Users");
        assert_eq!(
            handle_name(&model, Generation::Today, "users"),
            "TodayUsers"
        );
        let code = facade(&model).expect("facade");
        let file: syn::File = syn::parse_str(&code).expect("parses");
        let structs: Vec<String> = file
            .items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Struct(s) => Some(s.ident.to_string()),
                _ => None,
            })
            .collect();
        for name in [
            "Users",
            "Orgs",
            "Today",
            "TodayUsers",
            "TodayDevices",
            "TodayOrgs",
            "ListUsersV1Filters",
            "GetDeviceV1Query",
        ] {
            assert!(structs.iter().any(|s| s == name), "{name} in {structs:?}");
        }
        let unique: std::collections::BTreeSet<&String> = structs.iter().collect();
        assert_eq!(unique.len(), structs.len(), "no two structs share a name");
        let text = code.replace(char::is_whitespace, "");
        assert!(text.contains("pubfntoday(&self)->Today"));
        assert!(text.contains("pubfnusers(&self)->TodayUsers"));
        assert!(text.contains("pubfnusers(&self)->Users"));
    }

    #[test]
    fn a_schema_named_like_a_todays_handle_stops_generation() {
        let text = spec_text().replace("V3UserMove", "TodayUsers");
        let model = model_of(&text).expect("model");
        let err = facade(&model).expect_err("a name collision");
        assert!(
            err.to_string()
                .contains("two public types would be named TodayUsers"),
            "{err}"
        );
    }
}
