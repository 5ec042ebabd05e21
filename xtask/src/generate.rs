//! `cargo xtask generate [--check]`: spec -> `crates/crashplan-api/src/generated.rs`.

use std::path::Path;

use anyhow::{Context, Result};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;
use schemars08::schema::{InstanceType, SchemaObject};

use crate::{GENERATED_PATH, SPEC_PATH, load_spec};

const HEADER: &str = "\
// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.
";

/// Generates the client; with `check`, compares instead of writing. Returns false when stale.
pub fn run(root: &Path, check: bool) -> Result<bool> {
    let spec = load_spec(root)?;
    let code = render(spec)?;
    let path = root.join(GENERATED_PATH);
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == code {
        println!("{GENERATED_PATH} is up to date with {SPEC_PATH}");
        return Ok(true);
    }
    if check {
        let diff = similar::TextDiff::from_lines(&current, &code);
        eprint!(
            "{}",
            diff.unified_diff()
                .context_radius(3)
                .header(&format!("{GENERATED_PATH} (committed)"), &format!("{GENERATED_PATH} (from spec)"))
        );
        eprintln!(
            "error: {GENERATED_PATH} is stale: it does not match {SPEC_PATH}.\n\
             Run `cargo xtask generate` and commit the result."
        );
        return Ok(false);
    }
    std::fs::write(&path, code).with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {GENERATED_PATH}");
    Ok(true)
}

/// Runs progenitor on the spec and returns the formatted source, header included.
fn render(mut spec: openapiv3::OpenAPI) -> Result<String> {
    keep_only_success_responses(&mut spec);

    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // Per-request hooks (auth header, retries) are supplied at run time through this type;
        // see crates/crashplan-api/src/hooks.rs.
        .with_inner_type(quote!(crate::hooks::Hooks))
        .with_hooks(HooksMode::Expected)
        .with_derive("PartialEq")
        .with_derive("schemars::JsonSchema")
        // Secrets never appear in Debug output.
        .with_replacement("Password", "crate::Secret", std::iter::empty())
        .with_replacement("UserTokenValue", "crate::Secret", std::iter::empty())
        // Keep the offset the server sent ("-05:00") instead of converting to UTC.
        .with_conversion(
            SchemaObject {
                instance_type: Some(InstanceType::String.into()),
                format: Some("date-time".to_owned()),
                ..SchemaObject::default()
            },
            "::chrono::DateTime<::chrono::FixedOffset>",
            std::iter::empty(),
        );

    let tokens = Generator::new(&settings)
        .generate_tokens(&spec)
        .map_err(|err| anyhow::anyhow!("progenitor cannot generate a client from {SPEC_PATH}: {err}"))?;
    let file: syn::File =
        syn::parse2(tokens).context("progenitor produced code that does not parse")?;
    Ok(format!("{HEADER}\n{}", prettyplease::unparse(&file)))
}

/// Error responses stay in the spec (for readers, the emulator and validators) but not in the
/// generated client: undocumented codes reach callers as `Error::UnexpectedResponse`, which keeps
/// the status, the headers (`Retry-After`, `Allow`, `WWW-Authenticate`) and the raw body even when
/// a proxy answers with HTML. A documented error whose body failed to parse would lose all three.
fn keep_only_success_responses(spec: &mut openapiv3::OpenAPI) {
    for path in spec.paths.paths.values_mut() {
        let openapiv3::ReferenceOr::Item(item) = path else { continue };
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for op in operations.into_iter().flatten() {
            op.responses.default = None;
            op.responses.responses.retain(|code, _| match code {
                openapiv3::StatusCode::Code(n) => (200..300).contains(n),
                openapiv3::StatusCode::Range(n) => *n == 2,
            });
        }
    }
}
