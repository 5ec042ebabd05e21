//! Response bodies built from the generated `crashplan_api::types`: list views derived from
//! detail views, `null` for absent nullable properties (as the reference shows them), and
//! list envelopes written item by item.

use std::borrow::Cow;

use crashplan_api::types::{
    ArchiveRecord, Computer, ComputerDetail, ComputerUsage, ListMetadata, MountPoint,
    MountPointDetail, Org, OrgDetail, Usage, User, UserDetail,
};
use serde::Serialize;

/// Content type of every JSON answer (as the reference shows it).
pub(crate) const JSON_CONTENT_TYPE: &str = "application/json;charset=UTF-8";

/// A generated type whose nullable properties the reference prints as `null` when absent.
pub(crate) trait Nullable: Serialize {
    /// JSON names of the nullable properties.
    const NULLABLE: &'static [&'static str];
    /// Whether every nullable property is set (then plain serialisation is enough).
    fn complete(&self) -> bool;
}

macro_rules! nullable {
    ($ty:ty, [$($json:literal => $field:ident),* $(,)?]) => {
        impl Nullable for $ty {
            const NULLABLE: &'static [&'static str] = &[$($json),*];
            fn complete(&self) -> bool {
                true $(&& self.$field.is_some())*
            }
        }
    };
}

nullable!(Org, ["parentId" => parent_id, "registrationKey" => registration_key, "masterGuid" => master_guid]);
nullable!(OrgDetail, ["parentId" => parent_id, "registrationKey" => registration_key, "masterGuid" => master_guid]);
nullable!(User, ["email" => email, "firstName" => first_name, "lastName" => last_name]);
nullable!(UserDetail, ["email" => email, "firstName" => first_name, "lastName" => last_name]);
nullable!(Computer, ["mountPointId" => mount_point_id]);
nullable!(ComputerDetail, ["mountPointId" => mount_point_id]);
nullable!(Usage, ["sourceLastConnectedToServer" => source_last_connected_to_server, "lastConnected" => last_connected, "lastActivity" => last_activity]);
nullable!(ComputerUsage, ["lastActivity" => last_activity, "lastConnected" => last_connected]);
nullable!(MountPoint, ["volumeLabel" => volume_label, "note" => note, "bytesPerSecond" => bytes_per_second]);
nullable!(MountPointDetail, ["volumeLabel" => volume_label, "note" => note, "bytesPerSecond" => bytes_per_second]);
nullable!(ArchiveRecord, ["sourceId" => source_id, "targetId" => target_id, "userId" => user_id, "orgId" => org_id, "lastActivity" => last_activity, "lastConnected" => last_connected]);

/// Appends the JSON of one item, with `null` for absent nullable properties.
pub(crate) fn write_item<T: Nullable>(buf: &mut Vec<u8>, item: &T) {
    if item.complete() {
        // Serialising generated types into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *buf, item);
        return;
    }
    let mut value = serde_json::to_value(item).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut value {
        for key in T::NULLABLE {
            map.entry(*key).or_insert(serde_json::Value::Null);
        }
    }
    let _ = serde_json::to_writer(&mut *buf, &value);
}

/// The JSON body of one item.
pub(crate) fn item_body<T: Nullable>(item: &T) -> Vec<u8> {
    let mut buf = Vec::with_capacity(512);
    write_item(&mut buf, item);
    buf
}

/// Writes `{"metadata": ..., "<key>": [items]}`: the envelope of the generated `*List`
/// types, serialised one item at a time so that only the page is ever materialised.
/// `metadata.count` is set to the number of items written.
pub(crate) fn list_body<'a, T, I>(mut metadata: ListMetadata, key: &str, items: I) -> Vec<u8>
where
    T: Nullable + Clone + 'a,
    I: Iterator<Item = Cow<'a, T>>,
{
    let mut items_buf = Vec::with_capacity(4096);
    let mut count: i64 = 0;
    for item in items {
        if count > 0 {
            items_buf.push(b',');
        }
        write_item(&mut items_buf, item.as_ref());
        count += 1;
    }
    metadata.count = Some(count);
    let mut buf = Vec::with_capacity(items_buf.len() + 256);
    buf.extend_from_slice(b"{\"metadata\":");
    let _ = serde_json::to_writer(&mut buf, &metadata);
    buf.extend_from_slice(b",\"");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b"\":[");
    buf.extend_from_slice(&items_buf);
    buf.extend_from_slice(b"]}");
    buf
}

/// List metadata echoing the query parameters (the count is set by [`list_body`]).
pub(crate) fn metadata(params: serde_json::Map<String, serde_json::Value>) -> ListMetadata {
    ListMetadata {
        count: None,
        params,
        timestamp: crate::state::now(),
    }
}

/// An owned item for [`list_body`].
pub(crate) fn owned<'a, T: Clone>(item: T) -> Cow<'a, T> {
    Cow::Owned(item)
}

/// The list view of an org.
pub(crate) fn org_view(d: &OrgDetail) -> Org {
    Org {
        creation_date: d.creation_date,
        id: d.id,
        master_guid: d.master_guid,
        modification_date: d.modification_date,
        name: d.name.clone(),
        parent_id: d.parent_id,
        registration_key: d.registration_key.clone(),
        status: d.status.clone(),
    }
}

/// The list view of a user.
pub(crate) fn user_view(d: &UserDetail) -> User {
    User {
        creation_date: d.creation_date,
        email: d.email.clone(),
        first_name: d.first_name.clone(),
        id: d.id,
        last_name: d.last_name.clone(),
        modification_date: d.modification_date,
        org_id: d.org_id,
        status: d.status.clone(),
        username: d.username.clone(),
    }
}

/// The list view of a computer.
pub(crate) fn computer_view(d: &ComputerDetail) -> Computer {
    Computer {
        alert_states: d.alert_states.clone(),
        creation_date: d.creation_date,
        guid: d.guid,
        id: d.id,
        modification_date: d.modification_date,
        mount_point_id: d.mount_point_id,
        name: d.name.clone(),
        status: d.status.clone(),
        user_id: d.user_id,
    }
}

/// The list view of a mount point.
pub(crate) fn mount_point_view(d: &MountPointDetail) -> MountPoint {
    MountPoint {
        bytes_per_second: d.bytes_per_second,
        creation_date: d.creation_date,
        id: d.id,
        modification_date: d.modification_date,
        name: d.name.clone(),
        note: d.note.clone(),
        status: d.status.clone(),
        type_: d.type_.clone(),
        volume_label: d.volume_label.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crashplan_api::types::UserList;

    #[test]
    fn list_body_is_a_user_list_with_count() {
        let user: UserDetail = serde_json::from_str(include_str!(
            "../../../spec/examples/UserDetail.get-user-69.json"
        ))
        .expect("fixture");
        let items = [user_view(&user), user_view(&user)];
        let body = list_body(
            metadata(serde_json::Map::new()),
            "users",
            items.iter().map(Cow::Borrowed),
        );
        let list: UserList = serde_json::from_slice(&body).expect("a UserList");
        assert_eq!(list.users.len(), 2);
        assert_eq!(list.metadata.count, Some(2));
    }

    #[test]
    fn absent_nullables_are_null() {
        let org: OrgDetail = serde_json::from_str(include_str!(
            "../../../spec/examples/OrgDetail.get-org-43.json"
        ))
        .expect("fixture");
        let body: serde_json::Value = serde_json::from_slice(&item_body(&org)).expect("json");
        assert_eq!(body["masterGuid"], serde_json::Value::Null);
        assert!(body.as_object().expect("object").contains_key("masterGuid"));
    }
}
