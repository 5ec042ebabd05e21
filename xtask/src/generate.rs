//! `cargo xtask generate [--check]`: spec -> `crates/crashplan-api/src/generated.rs`.

use std::path::Path;

use anyhow::{Context, Result};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;
use schemars08::schema::{InstanceType, SchemaObject};

use crate::{
    CLI_PATH, EXAMPLES_PATH, FACADE_PATH, GENERATED_PATH, SPEC_PATH, TABLES_PATH, VIEWS_PATH, emit,
    load_spec, model, patch,
};

const HEADER: &str = "\
// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.
";

/// Every generated file: its path (relative to the workspace root) and content.
pub fn outputs(root: &Path) -> Result<Vec<(&'static str, String)>> {
    let spec = load_spec(root)?;
    let model = model::build(&spec)?;
    for warning in &model.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(vec![
        (GENERATED_PATH, render(spec, &model)?),
        (TABLES_PATH, emit::format(HEADER, &emit::tables(&model))?),
        (VIEWS_PATH, emit::format(HEADER, &emit::views(&model))?),
        (FACADE_PATH, emit::format(HEADER, &emit::facade(&model))?),
        (CLI_PATH, emit::format(HEADER, &emit::cli(&model))?),
        (EXAMPLES_PATH, emit::format(HEADER, &emit::examples(root)?)?),
    ])
}

/// Generates every file; with `check`, compares instead of writing. Returns false when stale.
pub fn run(root: &Path, check: bool) -> Result<bool> {
    let mut fresh = true;
    for (file, code) in outputs(root)? {
        let path = root.join(file);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == code {
            continue;
        }
        fresh = false;
        if check {
            let diff = similar::TextDiff::from_lines(&current, &code);
            eprint!(
                "{}",
                diff.unified_diff().context_radius(3).header(
                    &format!("{file} (committed)"),
                    &format!("{file} (from spec)")
                )
            );
            eprintln!(
                "error: {file} is stale: it does not match {SPEC_PATH}.\n\
                 Run `cargo xtask generate` and commit the result."
            );
        } else {
            std::fs::write(&path, code)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!("wrote {file}");
        }
    }
    if fresh {
        println!("every generated file is up to date with {SPEC_PATH}");
    }
    Ok(fresh || !check)
}

/// Runs progenitor on the spec and returns the formatted source, header included.
fn render(mut spec: openapiv3::OpenAPI, model: &model::Model) -> Result<String> {
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
        .map_err(|err| {
            anyhow::anyhow!("progenitor cannot generate a client from {SPEC_PATH}: {err}")
        })?;
    let mut file: syn::File =
        syn::parse2(tokens).context("progenitor produced code that does not parse")?;
    patch::apply(&mut file, model)?;
    Ok(format!("{HEADER}\n{}", prettyplease::unparse(&file)))
}

/// Error responses stay in the spec (for readers, the emulator and validators) but not in the
/// generated client: undocumented codes reach callers as `Error::UnexpectedResponse`, which keeps
/// the status, the headers (`Retry-After`, `Allow`, `WWW-Authenticate`) and the raw body even when
/// a proxy answers with HTML. A documented error whose body failed to parse would lose all three.
fn keep_only_success_responses(spec: &mut openapiv3::OpenAPI) {
    for path in spec.paths.paths.values_mut() {
        let openapiv3::ReferenceOr::Item(item) = path else {
            continue;
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace_root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask is inside the workspace")
            .to_path_buf()
    }

    /// A scratch workspace holding a copy of the spec and of the committed generated file.
    fn scratch_copy() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in std::iter::once(SPEC_PATH).chain(crate::GENERATED) {
            let target = dir.path().join(file);
            std::fs::create_dir_all(target.parent().expect("has a parent")).expect("mkdir");
            std::fs::copy(workspace_root().join(file), &target).expect("copy");
        }
        let examples = dir.path().join("spec/examples");
        std::fs::create_dir_all(&examples).expect("mkdir");
        for entry in std::fs::read_dir(workspace_root().join("spec/examples")).expect("examples") {
            let path = entry.expect("entry").path();
            std::fs::copy(&path, examples.join(path.file_name().expect("name"))).expect("copy");
        }
        dir
    }

    #[test]
    fn generation_is_deterministic() {
        let spec = load_spec(&workspace_root()).expect("spec loads");
        let model = model::build(&spec).expect("model");
        let first = render(spec.clone(), &model).expect("renders");
        let second = render(spec, &model).expect("renders");
        assert!(first == second, "two runs produced different code");
        assert!(first.starts_with(HEADER));
    }

    #[test]
    fn check_fails_after_a_spec_change_and_passes_after_regenerating() {
        let dir = scratch_copy();
        let root = dir.path();
        assert!(
            run(root, true).expect("check runs"),
            "the committed file is current"
        );

        let spec_path = root.join(SPEC_PATH);
        let spec = std::fs::read_to_string(&spec_path).expect("read spec");
        let changed = spec.replacen(
            "description: Current name of the org.",
            "description: Current name of the org (changed).",
            1,
        );
        assert_ne!(spec, changed);
        std::fs::write(&spec_path, changed).expect("write spec");

        assert!(
            !run(root, true).expect("check runs"),
            "a stale file must fail --check"
        );
        assert!(run(root, false).expect("generate runs"));
        assert!(
            run(root, true).expect("check runs"),
            "regenerated file is current"
        );
        let generated = std::fs::read_to_string(root.join(GENERATED_PATH)).expect("read");
        assert!(generated.contains("Current name of the org (changed)."));
    }

    #[test]
    fn an_invalid_spec_is_rejected_with_its_problem_named() {
        let dir = scratch_copy();
        let spec_path = dir.path().join(SPEC_PATH);
        let spec = std::fs::read_to_string(&spec_path).expect("read spec");
        std::fs::write(
            &spec_path,
            spec.replacen("      operationId: getOrg\n", "", 1),
        )
        .expect("write");
        let err = run(dir.path(), true).expect_err("invalid spec");
        let message = format!("{err:#}");
        assert!(
            message.contains("paths./rest/orgs/{id}.get: missing operationId"),
            "{message}"
        );
    }
}
