//! Entry points shared by the fuzz targets (`fuzz/`, cargo-fuzz) and the corpus replay test
//! (`tests/fuzz_corpus.rs`, stable Rust in CI). Not part of the public API.

use crashplan_api::types;
#[cfg(feature = "query")]
use serde_json::json;

#[cfg(feature = "query")]
use crate::query::{Fields, Query};

/// Parses `data` as a user query and, if it parses, evaluates it on a few items.
#[cfg(feature = "query")]
pub fn query(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Query::parse(text, &Fields::users()) {
        Ok(query) => {
            let _ = query.server_filters();
            for item in [
                json!({}),
                json!({"id": 69, "status": "Active", "archiveBytes": 78213557, "quota": {"bytes": 150},
                       "email": "userthree@testorg.org", "creationDate": "2008-10-29T14:08:06.141-05:00"}),
                json!({"id": null, "alertStates": ["OK", 3, null], "quota": 7}),
            ] {
                let _ = query.matches(&item);
            }
        }
        Err(err) => {
            // Rendering the error (with its caret line) must not panic either.
            let _ = err.to_string();
        }
    }
}

/// Decodes `data` as every response type of the API.
pub fn decode(data: &[u8]) {
    fn one<T: serde::de::DeserializeOwned + serde::Serialize>(data: &[u8]) {
        if let Ok(value) = serde_json::from_slice::<T>(data) {
            let _ = serde_json::to_vec(&value);
        }
    }
    one::<types::OrgList>(data);
    one::<types::OrgDetail>(data);
    one::<types::UserList>(data);
    one::<types::UserDetail>(data);
    one::<types::ComputerList>(data);
    one::<types::ComputerDetail>(data);
    one::<types::UsageList>(data);
    one::<types::ComputerUsageList>(data);
    one::<types::MountPointList>(data);
    one::<types::MountPointDetail>(data);
    one::<types::ServerStats>(data);
    one::<types::ArchiveRecordList>(data);
    one::<types::AuthTokenResponse>(data);
    one::<types::ApiError>(data);
}
