//! `cargo xtask drill`: the maintainer's promise, proven. In a temporary copy of the workspace
//! it adds a property to a detail schema and a filter to a list operation, runs `cargo xtask
//! generate`, adds a test that uses the new setter, flag and field, and runs the whole test
//! suite, with no other edit. The copy shares this workspace's target directory, so only the
//! workspace's own crates are compiled again (the copy's binaries are removed from
//! `target/debug/` afterwards, so that this workspace's tests never run them).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::{GENERATED, SPEC_PATH};

/// The property added to the detail view of a user.
const PROPERTY: &str = concat!(
    "            legalHold:\n",
    "              type: boolean\n",
    "              description: Whether the user's archives are under legal hold (drill).\n",
);
/// Where it goes: after the last property of UserDetail's own part.
const PROPERTY_AFTER: &str = concat!(
    "            quota:\n",
    "              $ref: \"#/components/schemas/UserQuota\"\n",
);
/// The filter added to the user list.
const FILTER: &str = concat!(
    "        - name: username\n",
    "          in: query\n",
    "          description: Only the user with exactly this username (drill).\n",
    "          schema: { type: string }\n",
);
/// Where it goes: before the user list's `orgId` filter.
const FILTER_BEFORE: &str = concat!(
    "        - name: orgId\n",
    "          in: query\n",
    "          description: Only users who belong to the org with this id.\n",
);

/// The test added to the copy: it only compiles if the setter, the typed field and the flag
/// exist, and it checks that the CLI sends the filter and prints the property.
const TEST: &str = include_str!("../drill/maintainer_drill.rs");

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
    let Some(at) = spec.find(PROPERTY_AFTER) else {
        bail!(
            "the drill cannot find UserDetail's quota property in {SPEC_PATH}; update xtask/src/drill.rs"
        );
    };
    let mut edited = spec.clone();
    edited.insert_str(at + PROPERTY_AFTER.len(), PROPERTY);
    let Some(at) = edited.find(FILTER_BEFORE) else {
        bail!(
            "the drill cannot find listUsers' orgId filter in {SPEC_PATH}; update xtask/src/drill.rs"
        );
    };
    edited.insert_str(at, FILTER);
    std::fs::write(&spec_path, edited)?;
    println!("drill: added UserDetail.legalHold and the listUsers filter `username` to the spec");

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
