//! Shared state of a running emulator.

use std::path::PathBuf;
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::auth::Auth;
use crate::error::Failure;
use crate::faults::FaultEngine;
use crate::log::RequestLog;
use crate::state::Store;

/// Everything the handlers share.
#[derive(Debug)]
pub(crate) struct App {
    pub(crate) store: RwLock<Store>,
    pub(crate) auth: Auth,
    pub(crate) faults: FaultEngine,
    pub(crate) log: RequestLog,
    pub(crate) state_file: Option<PathBuf>,
}

impl App {
    pub(crate) fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn write(&self) -> RwLockWriteGuard<'_, Store> {
        self.store
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Saves the state file (if any) after a change; called with the write lock held so
    /// that saves happen in the order of the changes.
    pub(crate) fn persist(&self, store: &Store) -> Result<(), Failure> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        store.save(path).map_err(|e| {
            tracing::error!(error = %e, "cannot save the state file");
            Failure::new(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "the change was applied but the state file could not be saved",
            )
        })
    }
}
