//! Maintainer tasks for the crashplan-rs workspace.
//!
//! ```text
//! cargo xtask generate           regenerate every generated file from the spec
//! cargo xtask generate --check   fail with a diff if a committed file is stale
//! cargo xtask validate           check the spec against the rules the generator relies on
//! cargo xtask drill              prove that one spec edit + generate updates every layer
//! ```

mod drill;
mod emit;
mod generate;
mod known;
mod lint;
mod model;
mod patch;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate           validate spec/crashplan-pro.yaml and regenerate every file
                     generated from it (the client and tables in crates/crashplan-api,
                     the facade's list builders, the CLI's flags)
  generate --check   exit 1 with a diff if a committed generated file is stale
  validate           validate spec/crashplan-pro.yaml only
  drill              in a temporary copy of the workspace, add a property, a filter, a
                     read-only resource with examples and an action to the spec,
                     regenerate, and run every test (no hand edit)
";

/// Path of the spec, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/crashplan-pro.yaml";
/// Path of the generated client, relative to the workspace root.
pub const GENERATED_PATH: &str = "crates/crashplan-api/src/generated.rs";
/// The spec as data (`crashplan_api::spec::API`).
pub const TABLES_PATH: &str = "crates/crashplan-api/src/spec_tables.rs";
/// Detail view -> list view conversions.
pub const VIEWS_PATH: &str = "crates/crashplan-api/src/views.rs";
/// The facade's list builders.
pub const FACADE_PATH: &str = "crates/crashplan/src/resources/generated.rs";
/// The CLI's filter and body flags.
pub const CLI_PATH: &str = "crates/crashplan-cli/src/generated.rs";
/// The spec's examples, as the emulator's seed data.
pub const EXAMPLES_PATH: &str = "crates/crashplan-emulator/src/examples.rs";
/// The generated type of every schema with an example, for the round-trip test.
pub const EXAMPLE_TYPES_PATH: &str = "crates/crashplan-api/tests/generated/example_types.rs";
/// Every generated file.
pub const GENERATED: [&str; 7] = [
    GENERATED_PATH,
    TABLES_PATH,
    VIEWS_PATH,
    FACADE_PATH,
    CLI_PATH,
    EXAMPLES_PATH,
    EXAMPLE_TYPES_PATH,
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["generate"] => generate::run(&workspace_root(), false),
        ["generate", "--check"] => generate::run(&workspace_root(), true),
        ["validate"] => validate(&workspace_root()),
        ["drill"] => drill::run(&workspace_root()),
        ["help" | "--help" | "-h"] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("error: unknown command {args:?}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn validate(root: &Path) -> Result<bool> {
    let spec = load_spec(root)?;
    println!(
        "{SPEC_PATH} is valid: {} operations, {} schemas",
        lint::operation_count(&spec),
        spec.components.as_ref().map_or(0, |c| c.schemas.len())
    );
    Ok(true)
}

/// Reads, parses and lints the spec; every problem found is reported at once.
pub fn load_spec(root: &Path) -> Result<openapiv3::OpenAPI> {
    let path = root.join(SPEC_PATH);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let invalid = || format!("{SPEC_PATH} is not a valid OpenAPI 3.0 document");
    // Parsed from the text first: the parser's errors then name a line and a column.
    serde_yaml_ng::from_str::<openapiv3::OpenAPI>(&text).with_context(invalid)?;
    let mut doc: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).with_context(invalid)?;
    keep_ref_siblings(&mut doc);
    let spec: openapiv3::OpenAPI = serde_yaml_ng::from_value(doc).with_context(invalid)?;
    let problems = lint::check(&spec);
    if !problems.is_empty() {
        anyhow::bail!(
            "{SPEC_PATH} has {} problem(s):\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        );
    }
    Ok(spec)
}

/// OpenAPI 3.0 ignores what stands beside a `$ref` (and the parser drops it), but a
/// description there is what a maintainer writes to document one use of a schema
/// (`quota: { $ref: OrgQuota, description: New quotas of the org. }`), and it must reach the
/// rustdoc. Such a schema is rewritten as `{ allOf: [{ $ref: ... }], description: ... }`, the
/// 3.0 form, which the model and progenitor read as a use of the referenced schema.
fn keep_ref_siblings(node: &mut serde_yaml_ng::Value) {
    use serde_yaml_ng::Value;
    match node {
        Value::Mapping(map) => {
            let schema_ref = map
                .get("$ref")
                .and_then(Value::as_str)
                .is_some_and(|r| r.starts_with("#/components/schemas/"));
            if schema_ref && map.len() > 1 {
                let target = map.remove("$ref").unwrap_or_default();
                let mut part = serde_yaml_ng::Mapping::new();
                part.insert("$ref".into(), target);
                map.insert("allOf".into(), Value::Sequence(vec![Value::Mapping(part)]));
            }
            for (_, value) in map.iter_mut() {
                keep_ref_siblings(value);
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(keep_ref_siblings),
        _ => {}
    }
}

fn workspace_root() -> PathBuf {
    // xtask lives in <root>/xtask.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
