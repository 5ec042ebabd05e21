// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! The list view of every detail view (`allOf: [$ref List, ...]` in the spec): the list
//! schema's properties, copied; unknown properties are kept.
impl From<&crate::types::OrgDetail> for crate::types::Org {
    /// The list view of a `OrgDetail`.
    fn from(detail: &crate::types::OrgDetail) -> Self {
        Self {
            id: detail.id.clone(),
            name: detail.name.clone(),
            status: detail.status.clone(),
            parent_id: detail.parent_id.clone(),
            registration_key: detail.registration_key.clone(),
            master_guid: detail.master_guid.clone(),
            creation_date: detail.creation_date.clone(),
            modification_date: detail.modification_date.clone(),
            extra: detail.extra.clone(),
        }
    }
}
impl From<&crate::types::UserDetail> for crate::types::User {
    /// The list view of a `UserDetail`.
    fn from(detail: &crate::types::UserDetail) -> Self {
        Self {
            id: detail.id.clone(),
            status: detail.status.clone(),
            username: detail.username.clone(),
            email: detail.email.clone(),
            first_name: detail.first_name.clone(),
            last_name: detail.last_name.clone(),
            org_id: detail.org_id.clone(),
            creation_date: detail.creation_date.clone(),
            modification_date: detail.modification_date.clone(),
            extra: detail.extra.clone(),
        }
    }
}
impl From<&crate::types::ComputerDetail> for crate::types::Computer {
    /// The list view of a `ComputerDetail`.
    fn from(detail: &crate::types::ComputerDetail) -> Self {
        Self {
            id: detail.id.clone(),
            name: detail.name.clone(),
            guid: detail.guid.clone(),
            status: detail.status.clone(),
            alert_states: detail.alert_states.clone(),
            user_id: detail.user_id.clone(),
            mount_point_id: detail.mount_point_id.clone(),
            creation_date: detail.creation_date.clone(),
            modification_date: detail.modification_date.clone(),
            extra: detail.extra.clone(),
        }
    }
}
impl From<&crate::types::MountPointDetail> for crate::types::MountPoint {
    /// The list view of a `MountPointDetail`.
    fn from(detail: &crate::types::MountPointDetail) -> Self {
        Self {
            id: detail.id.clone(),
            name: detail.name.clone(),
            status: detail.status.clone(),
            type_: detail.type_.clone(),
            volume_label: detail.volume_label.clone(),
            note: detail.note.clone(),
            bytes_per_second: detail.bytes_per_second.clone(),
            creation_date: detail.creation_date.clone(),
            modification_date: detail.modification_date.clone(),
            extra: detail.extra.clone(),
        }
    }
}
