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
        "MountPointDetail" => reencode::<types::MountPointDetail>(json),
        "MountPointList" => reencode::<types::MountPointList>(json),
        "OrgCreate" => reencode::<types::OrgCreate>(json),
        "OrgDetail" => reencode::<types::OrgDetail>(json),
        "OrgList" => reencode::<types::OrgList>(json),
        "OrgUpdate" => reencode::<types::OrgUpdate>(json),
        "ServerStats" => reencode::<types::ServerStats>(json),
        "UsageList" => reencode::<types::UsageList>(json),
        "UserCreate" => reencode::<types::UserCreate>(json),
        "UserDetail" => reencode::<types::UserDetail>(json),
        "UserList" => reencode::<types::UserList>(json),
        "UserUpdate" => reencode::<types::UserUpdate>(json),
        other => Err(format!("no generated type named {other}")),
    }
}
