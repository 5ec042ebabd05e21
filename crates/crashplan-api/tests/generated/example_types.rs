// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

/// Decodes `json` as the generated type of the schema `schema` and encodes it again:
/// every schema with an example in `spec/examples/`.
fn reencode_as(schema: &str, json: &str) -> Result<Value, String> {
    match schema {
        "ArchiveRecordList" => reencode::<types::ArchiveRecordList>(json),
        "AuthTokenResponse" => reencode::<types::AuthTokenResponse>(json),
        "ComputerDetail" => reencode::<types::ComputerDetail>(json),
        "ComputerList" => reencode::<types::ComputerList>(json),
        "ComputerUsageList" => reencode::<types::ComputerUsageList>(json),
        "DeviceDeactivation" => reencode::<types::DeviceDeactivation>(json),
        "DeviceList" => reencode::<types::DeviceList>(json),
        "DeviceResponse" => reencode::<types::DeviceResponse>(json),
        "DeviceUpdate" => reencode::<types::DeviceUpdate>(json),
        "MountPointDetail" => reencode::<types::MountPointDetail>(json),
        "MountPointList" => reencode::<types::MountPointList>(json),
        "OAuthTokenResponse" => reencode::<types::OAuthTokenResponse>(json),
        "OrgCreate" => reencode::<types::OrgCreate>(json),
        "OrgDetail" => reencode::<types::OrgDetail>(json),
        "OrgList" => reencode::<types::OrgList>(json),
        "OrgUpdate" => reencode::<types::OrgUpdate>(json),
        "RoleList" => reencode::<types::RoleList>(json),
        "ServerStats" => reencode::<types::ServerStats>(json),
        "TodayError" => reencode::<types::TodayError>(json),
        "UsageList" => reencode::<types::UsageList>(json),
        "UserCreate" => reencode::<types::UserCreate>(json),
        "UserDetail" => reencode::<types::UserDetail>(json),
        "UserList" => reencode::<types::UserList>(json),
        "UserRolesUpdate" => reencode::<types::UserRolesUpdate>(json),
        "UserUpdate" => reencode::<types::UserUpdate>(json),
        "V1OrgList" => reencode::<types::V1OrgList>(json),
        "V1OrgResponse" => reencode::<types::V1OrgResponse>(json),
        "V1UserCreate" => reencode::<types::V1UserCreate>(json),
        "V1UserList" => reencode::<types::V1UserList>(json),
        "V1UserResponse" => reencode::<types::V1UserResponse>(json),
        "V1UserUpdate" => reencode::<types::V1UserUpdate>(json),
        "V3Customer" => reencode::<types::V3Customer>(json),
        "V3LoginConfiguration" => reencode::<types::V3LoginConfiguration>(json),
        "V3Org" => reencode::<types::V3Org>(json),
        "V3OrgCreate" => reencode::<types::V3OrgCreate>(json),
        "V3OrgUpdate" => reencode::<types::V3OrgUpdate>(json),
        "V3UserActivate" => reencode::<types::V3UserActivate>(json),
        "V3UserDeactivate" => reencode::<types::V3UserDeactivate>(json),
        "V3UserMove" => reencode::<types::V3UserMove>(json),
        other => Err(format!("no generated type named {other}")),
    }
}
