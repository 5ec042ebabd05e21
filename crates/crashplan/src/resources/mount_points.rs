//! Mount points: `/rest/mountPoints` (administrators only).

use crate::Client;
use crate::resources::{get_by_id, list_builder};

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

list_builder! {
    /// Builder of a mount point list; from [`MountPoints::list`].
    MountPointList => list_mount_points("/rest/mountPoints") -> MountPointList.mount_points: MountPoint {
        /// Only the mount point with this id.
        id: i64,
        /// Only mount points with exactly this name.
        name: String,
        /// Only mount points with this status (`ENABLED` or `DISABLED`).
        status: String,
        /// Only mount points of this type (`DIR`).
        type_: String,
        /// Only mount points with this volume label.
        volume_label: String,
        /// Only mount points with exactly this note.
        note: String,
    }
}
