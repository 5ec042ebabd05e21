//! The files the command line writes besides its output: results records, the log file and the
//! config. A path given for them names a regular file or nothing yet: a symbolic link, a device,
//! a FIFO or a directory is refused, never followed, replaced or written to (run as root,
//! `--results /dev/null` must not replace the system's `/dev/null`).
//!
//! Writers of one file are serialised by an advisory lock (`flock`, on Unix) on a
//! lock file beside it, `.NAME.lock`: the records and the config are replaced by renames, so
//! the lock cannot be on the file itself. Lock files stay behind (removing one while another
//! process waits on it would let two writers in).

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Refuses a path that exists and is not a regular file (a link to one included).
pub fn check_regular(flag: &str, path: &Path) -> Result<(), String> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(format!("cannot open {flag} {}: {err}", path.display())),
    };
    let what = if meta.file_type().is_symlink() {
        "a symbolic link"
    } else if meta.is_dir() {
        "a directory"
    } else if meta.is_file() {
        return Ok(());
    } else {
        "not a regular file (a device, FIFO or socket)"
    };
    Err(format!(
        "{flag} {} is {what}: give the path of a regular file, or of a new one",
        path.display()
    ))
}

/// Options that create a file only its owner can read and never follow a link at the path.
fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a FIFO planted after the check does not hang.
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options
}

/// Opens `path` for appending (created 0600 if new), refusing links, devices and FIFOs, also
/// when one is planted between the check and the open.
pub fn open_append(flag: &str, path: &Path) -> Result<File, String> {
    check_regular(flag, path)?;
    let file = private_options()
        .append(true)
        .create(true)
        .open(path)
        .map_err(|err| format!("cannot open {flag} {}: {err}", path.display()))?;
    let meta = file
        .metadata()
        .map_err(|err| format!("cannot open {flag} {}: {err}", path.display()))?;
    if !meta.is_file() {
        return Err(format!(
            "{flag} {} is not a regular file: give the path of a regular file, or of a new one",
            path.display()
        ));
    }
    Ok(file)
}

/// The lock file of `path`: `.NAME.lock` in its directory.
fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    dir.join(format!(".{name}.lock"))
}

/// An exclusive lock on `path`'s lock file, held until the returned file is dropped. With
/// `wait`, waits for another holder to finish; without, `Ok(None)` when another holds it.
pub fn lock(path: &Path, wait: bool) -> io::Result<Option<File>> {
    let file = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_path(path))?;
    if exclusive_lock(&file, wait)? {
        Ok(Some(file))
    } else {
        Ok(None)
    }
}

/// `flock(LOCK_EX)`, waiting or not; `false` when another holds the lock. (`File::lock` is
/// newer than the crate's MSRV.)
#[cfg(unix)]
fn exclusive_lock(file: &File, wait: bool) -> io::Result<bool> {
    use rustix::fs::FlockOperation;
    let operation = if wait {
        FlockOperation::LockExclusive
    } else {
        FlockOperation::NonBlockingLockExclusive
    };
    match rustix::fs::flock(file, operation) {
        Ok(()) => Ok(true),
        Err(rustix::io::Errno::WOULDBLOCK) => Ok(false),
        Err(err) => Err(err.into()),
    }
}

/// Without `flock`, no lock: concurrent runs are not detected.
#[cfg(not(unix))]
fn exclusive_lock(_file: &File, _wait: bool) -> io::Result<bool> {
    Ok(true)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_devices_and_fifos_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").expect("write");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        assert!(check_regular("--results", &link).is_err_and(|e| e.contains("symbolic link")));
        assert!(
            check_regular("--results", Path::new("/dev/null")).is_err_and(|e| e.contains("device"))
        );
        assert!(check_regular("--results", dir.path()).is_err_and(|e| e.contains("directory")));
        assert!(check_regular("--results", &target).is_ok());
        assert!(check_regular("--results", &dir.path().join("new")).is_ok());
        assert!(open_append("--log-file", &link).is_err());
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "keep");
    }

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("r.csv");
        let first = lock(&path, false).expect("lock").expect("free");
        assert!(lock(&path, false).expect("lock").is_none());
        drop(first);
        assert!(lock(&path, false).expect("lock").is_some());
    }
}
