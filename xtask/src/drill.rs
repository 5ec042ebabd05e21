//! `cargo xtask drill`: the maintainer's promise, proven. In a temporary copy of the workspace
//! it edits the spec as a maintainer would (a property on a detail schema, a filter on a list,
//! a whole new read-only resource `plans` with examples, and an action `deleteOrg` on an
//! existing resource), runs `cargo xtask generate`, adds a test that uses the new setter,
//! flag, field, handle methods and subcommands, and runs the whole test suite, with no other
//! edit. The copy shares this workspace's target directory, so only the workspace's own crates
//! are compiled again (the copy's binaries are removed from `target/debug/` afterwards, so that
//! this workspace's tests never run them).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::{GENERATED, SPEC_PATH};

/// The error answers of an operation on one item, as the spec documents them (a literal,
/// so that `concat!` takes it).
macro_rules! item_errors {
    () => {
        concat!(
            "        \"401\": { $ref: \"#/components/responses/Unauthorized\" }\n",
            "        \"403\": { $ref: \"#/components/responses/Forbidden\" }\n",
            "        \"404\": { $ref: \"#/components/responses/NotFound\" }\n",
            "        \"405\": { $ref: \"#/components/responses/MethodNotAllowed\" }\n",
            "        \"406\": { $ref: \"#/components/responses/NotAcceptable\" }\n",
            "        \"429\": { $ref: \"#/components/responses/TooManyRequests\" }\n",
            "        \"500\": { $ref: \"#/components/responses/InternalServerError\" }\n",
            "        \"503\": { $ref: \"#/components/responses/ServiceUnavailable\" }\n",
        )
    };
}

/// One edit of the spec: `text` goes before or after the first occurrence of `anchor`.
struct Edit {
    what: &'static str,
    anchor: &'static str,
    after: bool,
    text: &'static str,
}

/// The edits, in order.
const EDITS: &[Edit] = &[
    Edit {
        what: "the property UserDetail.legalHold (after UserDetail's quota)",
        anchor: concat!(
            "            quota:\n",
            "              $ref: \"#/components/schemas/UserQuota\"\n",
        ),
        after: true,
        text: concat!(
            "            legalHold:\n",
            "              type: boolean\n",
            "              description: Whether the user's archives are under legal hold (drill).\n",
        ),
    },
    Edit {
        what: "the listUsers filter `username` (before its orgId filter)",
        anchor: concat!(
            "        - name: orgId\n",
            "          in: query\n",
            "          description: Only users who belong to the org with this id.\n",
        ),
        after: false,
        text: concat!(
            "        - name: username\n",
            "          in: query\n",
            "          description: Only the user with exactly this username (drill).\n",
            "          schema: { type: string }\n",
        ),
    },
    Edit {
        what: "the tag `plans` (after the tag archiveRecords)",
        anchor: concat!(
            "  - name: archiveRecords\n",
            "    description: Daily historical records of archive statistics.\n",
        ),
        after: true,
        text: concat!(
            "  - name: plans\n",
            "    description: A backup plan says what to back up and how often (drill).\n",
        ),
    },
    Edit {
        what: "the operation deleteOrg `DELETE /rest/orgs/{id}` (before /rest/users)",
        anchor: "\n  /rest/users:\n",
        after: false,
        text: concat!(
            "    delete:\n",
            "      tags: [orgs]\n",
            "      operationId: deleteOrg\n",
            "      summary: Delete an org (drill).\n",
            "      description: Deletes an org and answers with its last detail view.\n",
            "      responses:\n",
            "        \"200\":\n",
            "          description: The deleted org.\n",
            "          content:\n",
            "            application/json:\n",
            "              schema: { $ref: \"#/components/schemas/OrgDetail\" }\n",
            item_errors!(),
        ),
    },
    Edit {
        what: "the operations listPlans `GET /rest/plans` and getPlan `GET /rest/plans/{id}`",
        anchor: "\ncomponents:\n",
        after: false,
        text: concat!(
            "\n",
            "  /rest/plans:\n",
            "    get:\n",
            "      tags: [plans]\n",
            "      operationId: listPlans\n",
            "      summary: List backup plans (drill).\n",
            "      description: Lists every backup plan, constrained by the optional filters.\n",
            "      parameters:\n",
            "        - name: name\n",
            "          in: query\n",
            "          description: Only plans with exactly this name.\n",
            "          schema: { type: string }\n",
            "        - name: orgId\n",
            "          in: query\n",
            "          description: Only plans of the org with this id.\n",
            "          schema: { type: integer, format: int64 }\n",
            "        - $ref: \"#/components/parameters/Offset\"\n",
            "        - $ref: \"#/components/parameters/Limit\"\n",
            "        - $ref: \"#/components/parameters/Page\"\n",
            "        - $ref: \"#/components/parameters/PageSize\"\n",
            "      responses:\n",
            "        \"200\":\n",
            "          description: List of plans.\n",
            "          content:\n",
            "            application/json:\n",
            "              schema: { $ref: \"#/components/schemas/PlanList\" }\n",
            "        \"400\": { $ref: \"#/components/responses/BadRequest\" }\n",
            "        \"401\": { $ref: \"#/components/responses/Unauthorized\" }\n",
            "        \"403\": { $ref: \"#/components/responses/Forbidden\" }\n",
            "        \"405\": { $ref: \"#/components/responses/MethodNotAllowed\" }\n",
            "        \"406\": { $ref: \"#/components/responses/NotAcceptable\" }\n",
            "        \"429\": { $ref: \"#/components/responses/TooManyRequests\" }\n",
            "        \"500\": { $ref: \"#/components/responses/InternalServerError\" }\n",
            "        \"503\": { $ref: \"#/components/responses/ServiceUnavailable\" }\n",
            "\n",
            "  /rest/plans/{id}:\n",
            "    parameters:\n",
            "      - $ref: \"#/components/parameters/Id\"\n",
            "    get:\n",
            "      tags: [plans]\n",
            "      operationId: getPlan\n",
            "      summary: Retrieve a backup plan (drill).\n",
            "      description: Retrieves the detail view of one backup plan.\n",
            "      responses:\n",
            "        \"200\":\n",
            "          description: Detailed information about the plan.\n",
            "          content:\n",
            "            application/json:\n",
            "              schema: { $ref: \"#/components/schemas/PlanDetail\" }\n",
            item_errors!(),
        ),
    },
    Edit {
        what: "the schemas Plan, PlanDetail and PlanList (before ServerStats)",
        anchor: "    # ---------------------------------------------------------------- server stats\n",
        after: false,
        text: concat!(
            "    # ---------------------------------------------------------------- plans (drill)\n",
            "    Plan:\n",
            "      type: object\n",
            "      additionalProperties: {}\n",
            "      description: A backup plan (list view).\n",
            "      required: [id, name, orgId]\n",
            "      properties:\n",
            "        id:\n",
            "          type: integer\n",
            "          format: int64\n",
            "          description: Identifier unique to this plan.\n",
            "        name:\n",
            "          type: string\n",
            "          description: Name of the plan.\n",
            "        orgId:\n",
            "          type: integer\n",
            "          format: int64\n",
            "          description: The org the plan belongs to.\n",
            "    PlanDetail:\n",
            "      description: A backup plan in detail view, the list view plus its schedule.\n",
            "      allOf:\n",
            "        - $ref: \"#/components/schemas/Plan\"\n",
            "        - type: object\n",
            "          properties:\n",
            "            frequencyMinutes:\n",
            "              type: integer\n",
            "              format: int64\n",
            "              description: Minutes between two backups.\n",
            "    PlanList:\n",
            "      type: object\n",
            "      additionalProperties: {}\n",
            "      description: A list of backup plans.\n",
            "      required: [metadata, plans]\n",
            "      properties:\n",
            "        metadata: { $ref: \"#/components/schemas/ListMetadata\" }\n",
            "        plans:\n",
            "          type: array\n",
            "          description: The plans of this page (list view), ordered by id.\n",
            "          items: { $ref: \"#/components/schemas/Plan\" }\n",
            "\n",
        ),
    },
];

/// The examples added to `spec/examples/`: the items the emulator serves for `plans`.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "PlanList.list-plans.json",
        concat!(
            "{\n",
            "  \"metadata\": { \"count\": 3, \"params\": {}, \"timestamp\": \"2010-09-01T19:28:24.820-05:00\" },\n",
            "  \"plans\": [\n",
            "    { \"id\": 1, \"name\": \"Laptops\", \"orgId\": 43 },\n",
            "    { \"id\": 2, \"name\": \"Servers\", \"orgId\": 43 },\n",
            "    { \"id\": 3, \"name\": \"Laptops\", \"orgId\": 2 }\n",
            "  ]\n",
            "}\n",
        ),
    ),
    (
        "PlanDetail.get-plan-2.json",
        "{ \"id\": 2, \"name\": \"Servers\", \"orgId\": 43, \"frequencyMinutes\": 15 }\n",
    ),
];

/// The test added to the copy: it only compiles if the setter, the typed field, the flag and
/// the handle methods exist, and it checks that the CLI sends the filter, prints the
/// property, reaches the new operations, and that the emulator serves `plans`.
const TEST: &str = include_str!("../drill/maintainer_drill.rs");

/// Applies [`EDITS`] to the spec's text.
fn edit(spec: &str) -> Result<String> {
    let mut edited = spec.to_owned();
    for edit in EDITS {
        let Some(at) = edited.find(edit.anchor) else {
            bail!(
                "the drill cannot place {} in {SPEC_PATH}: {:?} is not there any more; update \
                 xtask/src/drill.rs",
                edit.what,
                edit.anchor
            );
        };
        let at = if edit.after {
            at + edit.anchor.len()
        } else {
            at
        };
        edited.insert_str(at, edit.text);
    }
    Ok(edited)
}

pub fn run(root: &Path) -> Result<bool> {
    let started = Instant::now();
    let target = target_dir(root)?;
    let scratch = tempfile::Builder::new()
        .prefix("drill-")
        .tempdir_in(&target)
        .context("cannot make a scratch directory in the target directory")?;
    let copy = scratch.path().join("workspace");
    copy_tracked(root, &copy)?;

    let spec_path = copy.join(SPEC_PATH);
    let spec = std::fs::read_to_string(&spec_path)?;
    std::fs::write(&spec_path, edit(&spec)?)?;
    for (name, json) in EXAMPLES {
        std::fs::write(copy.join("spec/examples").join(name), json)?;
    }
    for edit in EDITS {
        println!("drill: added {} to the spec", edit.what);
    }
    println!(
        "drill: added the examples {:?}",
        EXAMPLES.iter().map(|(name, _)| name).collect::<Vec<_>>()
    );

    cargo(
        &copy,
        &target,
        &["run", "--quiet", "-p", "xtask", "--", "generate"],
    )?;
    let changed = changed_files(root, &copy)?;
    let hand: Vec<&String> = changed
        .iter()
        .filter(|f| *f != SPEC_PATH && !GENERATED.contains(&f.as_str()))
        .collect();
    if !hand.is_empty() {
        bail!("generation changed files that are not generated: {hand:?}");
    }
    println!("drill: `cargo xtask generate` changed {changed:?}; no hand edit");

    std::fs::write(
        copy.join("crates/crashplan-cli/tests/maintainer_drill.rs"),
        TEST,
    )?;
    let tested = cargo(&copy, &target, &["test", "--workspace", "--quiet"]);
    forget_uplifted(&target, started)?;
    tested?;
    println!(
        "drill: the regenerated workspace builds and passes its tests ({:.0} s)",
        started.elapsed().as_secs_f64()
    );
    Ok(true)
}

/// The copy's binaries were also copied to the shared `target/debug/` under their plain names
/// (`crashplan`, `crashplan-emulator`, examples), where this workspace's tests look for its own.
/// Removing them makes cargo put this workspace's back at its next build.
fn forget_uplifted(target: &Path, since: Instant) -> Result<()> {
    let since = std::time::SystemTime::now() - since.elapsed();
    let debug = target.join("debug");
    for dir in [debug.clone(), debug.join("examples")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let meta = entry.metadata()?;
            if meta.is_file() && meta.modified()? >= since {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    Ok(())
}

fn target_dir(root: &Path) -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return Ok(PathBuf::from(dir));
    }
    Ok(root.join("target"))
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .status()
        .with_context(|| format!("cannot run cargo {args:?}"))?;
    if !status.success() {
        bail!(
            "`cargo {}` failed in the drill's copy of the workspace",
            args.join(" ")
        );
    }
    Ok(())
}

/// The files git tracks below `root` (with `others`, also the untracked, unignored ones).
fn tracked_files(root: &Path, others: bool) -> Result<Vec<String>> {
    let mut args = vec!["ls-files", "-z", "--cached"];
    if others {
        args.extend(["--others", "--exclude-standard"]);
    }
    let out = Command::new("git")
        .args(&args)
        .current_dir(root)
        .output()
        .context("cannot run git ls-files")?;
    if !out.status.success() {
        bail!("git ls-files failed: the drill needs a git checkout");
    }
    Ok(out
        .stdout
        .split(|b| *b == 0)
        .filter(|f| !f.is_empty())
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect())
}

/// Copies the files git tracks (and untracked, unignored ones) into `to`.
fn copy_tracked(root: &Path, to: &Path) -> Result<()> {
    for file in tracked_files(root, true)? {
        let from = root.join(&file);
        if !from.is_file() {
            continue;
        }
        let dest = to.join(&file);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(&from, &dest).with_context(|| format!("cannot copy {file}"))?;
    }
    Ok(())
}

/// The spec, the generated files and the Rust files of the copy that differ from the
/// workspace's.
fn changed_files(root: &Path, copy: &Path) -> Result<Vec<String>> {
    let candidates = std::iter::once(SPEC_PATH.to_owned())
        .chain(GENERATED.iter().map(|f| (*f).to_owned()))
        .chain(
            tracked_files(root, false)?
                .into_iter()
                .filter(|f| f.ends_with(".rs")),
        );
    let mut changed: Vec<String> = Vec::new();
    for file in candidates {
        let differs = std::fs::read(root.join(&file)).ok() != std::fs::read(copy.join(&file)).ok();
        if differs && !changed.contains(&file) {
            changed.push(file);
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edit_finds_its_place_in_the_spec() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask is inside the workspace");
        let spec = std::fs::read_to_string(root.join(SPEC_PATH)).expect("spec");
        let edited = edit(&spec).expect("every anchor is in the spec");
        for edit in EDITS {
            assert!(edited.contains(edit.text), "{}", edit.what);
        }
        for (name, json) in EXAMPLES {
            let _: serde_json::Value = serde_json::from_str(json).expect(name);
        }
    }
}
