//! Mount points: `/rest/mountPoints` (administrators only).

use crate::Client;
#[allow(clippy::wildcard_imports)]
use crate::resources::generated::*;
use crate::resources::get_by_id;

/// Operations on mount points; from [`Client::mount_points`]. Other users than administrators
/// get a 403 ([`Error::is_forbidden`](crate::Error::is_forbidden)).
#[derive(Debug, Clone)]
pub struct MountPoints {
    client: Client,
}

impl MountPoints {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }

    /// Lists mount points (`GET /rest/mountPoints`), constrained by the filters of the builder.
    pub fn list(&self) -> MountPointList {
        MountPointList::new(self.client.clone())
    }

    get_by_id!(
        get_mount_point,
        "/rest/mountPoints",
        MountPointDetail,
        "mount point"
    );
}
