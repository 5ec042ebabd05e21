//! `cargo xtask generate [--check]`: spec -> `crates/crashplan-api/src/generated.rs`.

use std::path::Path;

use anyhow::{Context, Result};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;
use schemars08::schema::{InstanceType, SchemaObject};

use crate::{
    CLI_PATH, EXAMPLE_TYPES_PATH, EXAMPLES_PATH, FACADE_PATH, GENERATED_PATH, SPEC_PATH,
    TABLES_PATH, VIEWS_PATH, emit, load_spec, model, patch,
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
        (
            FACADE_PATH,
            emit::format(HEADER, &emit::facade::facade(&model)?)?,
        ),
        (CLI_PATH, emit::format(HEADER, &emit::cli::cli(&model)?)?),
        (EXAMPLES_PATH, emit::format(HEADER, &emit::examples(root)?)?),
        (
            EXAMPLE_TYPES_PATH,
            emit::format(HEADER, &emit::example_types(root, &model)?)?,
        ),
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
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
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

    /// The items of `mod types` in a generated file.
    fn types_items(code: &str) -> Vec<syn::Item> {
        let file: syn::File = syn::parse_str(code).expect("the generated file parses");
        file.items
            .into_iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "types" => m.content.map(|(_, items)| items),
                _ => None,
            })
            .expect("a types module")
    }

    #[test]
    fn every_field_and_setter_of_the_committed_client_has_rustdoc() {
        let code = std::fs::read_to_string(workspace_root().join(GENERATED_PATH)).expect("read");
        let (count, missing) = patch::undocumented(&types_items(&code));
        assert!(count > 400, "only {count} fields and setters found");
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn a_property_described_nowhere_stops_generation_naming_it() {
        let dir = scratch_copy();
        let spec_path = dir.path().join(SPEC_PATH);
        let spec = std::fs::read_to_string(&spec_path).expect("read spec");
        // `quota: { $ref: UserQuota }` takes the description of UserQuota; take it away.
        let changed = spec.replacen("      description: Quota configured for a user.\n", "", 1);
        assert_ne!(spec, changed);
        std::fs::write(&spec_path, changed).expect("write spec");
        let err = run(dir.path(), false).expect_err("generation fails");
        let message = format!("{err:#}");
        for needle in [
            "would have no rustdoc",
            "types::UserDetail::quota (property quota of schema UserDetail)",
            "types::UserUpdate::quota",
            "types::builder::UserDetail::quota",
            "describe the property in the spec",
        ] {
            assert!(message.contains(needle), "{needle:?} not in {message}");
        }
    }

    #[test]
    fn a_description_beside_a_ref_becomes_the_rustdoc_of_the_field_and_its_setter() {
        let dir = scratch_copy();
        let spec_path = dir.path().join(SPEC_PATH);
        let spec = std::fs::read_to_string(&spec_path).expect("read spec");
        let tables = std::fs::read_to_string(dir.path().join(TABLES_PATH)).expect("tables");
        let quota = "        quota:\n          $ref: \"#/components/schemas/OrgQuota\"\n\n";
        let changed = spec.replacen(
            quota,
            "        quota:\n          $ref: \"#/components/schemas/OrgQuota\"\n          \
             description: New quotas of the org.\n\n",
            1,
        );
        assert_ne!(spec, changed, "OrgUpdate.quota is a $ref");
        std::fs::write(&spec_path, changed).expect("write spec");
        assert!(run(dir.path(), false).expect("generates"));
        let code = std::fs::read_to_string(dir.path().join(GENERATED_PATH)).expect("read");
        assert_eq!(
            code.matches("///New quotas of the org.").count(),
            2,
            "field and setter"
        );
        assert!(code.contains("pub quota: ::std::option::Option<OrgQuota>"));
        // The model still sees a use of OrgQuota (not a free-form map).
        let new_tables = std::fs::read_to_string(dir.path().join(TABLES_PATH)).expect("tables");
        let objects = |t: &str| t.matches("Type::Object(\"OrgQuota\")").count();
        assert_eq!(objects(&new_tables), objects(&tables));
        assert!(new_tables.contains("\"New quotas of the org.\""));
    }

    #[test]
    fn known_value_properties_are_typed_in_structs_and_builders() {
        let code = std::fs::read_to_string(workspace_root().join(GENERATED_PATH)).expect("read");
        let items = types_items(&code);
        let enums: Vec<String> = items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Enum(e) => Some(e.ident.to_string()),
                _ => None,
            })
            .collect();
        // Device.status documents a third value: a set of its own, named after its owner.
        assert_eq!(
            enums,
            ["Status", "MountPointStatus", "LoginType", "DeviceStatus"]
        );
        assert!(code.contains("pub status: Status,"));
        assert!(code.contains("pub status: ::std::option::Option<Status>,"));
        assert!(code.contains("pub status: MountPointStatus,"));
        assert!(code.contains("T: ::std::convert::TryInto<super::Status>,"));
        assert!(
            code.contains("status: ::std::result::Result<super::Status, ::std::string::String>")
        );
        // sourceStatus documents no known values (servers send lists such as `Blocked,Active`).
        assert!(code.contains("pub source_status: ::std::option::Option<::std::string::String>"));
    }
}
