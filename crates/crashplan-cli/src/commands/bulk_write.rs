//! `cpctl bulk update|create|template`: any writable field as a CSV column. The columns are
//! the fields of the request body's schema in the spec (`UserUpdate`, `UserCreate`,
//! `OrgCreate`), read from [`crashplan::api::spec::API`]: a property added to the spec is a
//! column after `cargo xtask generate`, with no edit here. Each command is one
//! [`runner::Operation`]; the runner keeps the record.

use crashplan::Client;
use crashplan::api::spec::{API, Property, Type};
use serde_json::{Map, Value};

use super::bulk::Users;
use crate::csv_input::{UserRef, read_records};
use crate::runner::{Intent, Operation, Outcome, RowInfo};

/// What a bulk write does, and to which schema its columns belong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Write {
    /// `bulk update`: change users (`UserUpdate`).
    Update,
    /// `bulk update orgs`: change orgs (`OrgUpdate`).
    UpdateOrgs,
    /// `bulk create users`: create users (`UserCreate`).
    CreateUsers,
    /// `bulk create orgs`: create orgs (`OrgCreate`).
    CreateOrgs,
}

impl Write {
    /// The schema of the request body.
    pub fn schema(self) -> &'static str {
        match self {
            Write::Update => "UserUpdate",
            Write::UpdateOrgs => "OrgUpdate",
            Write::CreateUsers => "UserCreate",
            Write::CreateOrgs => "OrgCreate",
        }
    }

    /// The command, for messages.
    pub fn command(self) -> &'static str {
        match self {
            Write::Update => "cpctl bulk update",
            Write::UpdateOrgs => "cpctl bulk update orgs",
            Write::CreateUsers => "cpctl bulk create users",
            Write::CreateOrgs => "cpctl bulk create orgs",
        }
    }

    /// The CSV columns: every field of the body schema that holds a value (nested ones dotted,
    /// `quota.bytes`), in the spec's order; for `update`, `id` first (a user can be named by
    /// `id`, `email` or `username`).
    pub fn columns(self) -> Vec<(String, &'static Property)> {
        let Some(schema) = API.schema(self.schema()) else {
            return Vec::new();
        };
        schema
            .fields()
            .into_iter()
            .filter(|(_, p)| !matches!(p.ty, Type::Object(_) | Type::Map))
            .collect()
    }

    /// Whether rows change existing records (named by a key column) rather than create them.
    pub fn is_update(self) -> bool {
        matches!(self, Write::Update | Write::UpdateOrgs)
    }

    /// The header row that `bulk template` prints.
    pub fn template(self) -> String {
        let mut names: Vec<String> = self.columns().into_iter().map(|(n, _)| n).collect();
        if self.is_update() {
            names.insert(0, "id".to_owned());
        }
        names.join(",")
    }
}

/// One data row of a bulk write's CSV.
#[derive(Debug, Clone)]
pub struct WriteRow {
    line: u64,
    /// The value that names the record: the key column (update), the username or email (a new
    /// user), the name (a new org).
    input: String,
    /// The user a row of `bulk update` names.
    user: Result<UserRef, String>,
    /// The typed values of the non-empty cells, by dotted field, or why a cell is wrong.
    values: Result<Vec<(String, Value)>, String>,
    /// Every input cell, secrets shown as `***`.
    echo: Vec<(String, String)>,
}

impl RowInfo for WriteRow {
    fn line(&self) -> u64 {
        self.line
    }
    fn input(&self) -> &str {
        &self.input
    }
    fn echo(&self) -> &[(String, String)] {
        &self.echo
    }
}

impl WriteRow {
    /// The values as a JSON request body (nested objects for dotted fields).
    fn body(&self) -> Result<Map<String, Value>, Outcome> {
        let values = self.values.as_ref().map_err(|m| Outcome::error(None, m))?;
        let mut body = Map::new();
        for (field, value) in values {
            let path: Vec<&str> = field.split('.').collect();
            crate::args::insert(&mut body, &path, value.clone());
        }
        Ok(body)
    }

    fn value(&self, field: &str) -> Option<&str> {
        self.values
            .as_ref()
            .ok()?
            .iter()
            .find(|(f, _)| f == field)
            .and_then(|(_, v)| v.as_str())
    }
}

/// The rows of `path` and the header (the echo columns), checked against the columns of
/// `write`: an unknown column is an error before anything is sent. `key` picks the column that
/// names the user of `bulk update`.
pub fn read(
    path: &std::path::Path,
    write: Write,
    key: Option<&str>,
) -> Result<(Vec<WriteRow>, Vec<String>), String> {
    let mut records = read_records(path)?.into_iter();
    let Some((_, header)) = records.next() else {
        return Err(format!(
            "{} is empty: the first row names the columns; `cpctl bulk template {}` prints them",
            path.display(),
            template_name(write)
        ));
    };
    let columns = write.columns();
    let mut fields: Vec<(String, Option<&'static Property>)> = Vec::new();
    for name in header.iter() {
        let known = columns
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(name))
            .map(|(c, p)| (c.clone(), Some(*p)));
        let field = match known {
            Some(field) => field,
            None if write.is_update() && name.eq_ignore_ascii_case("id") => ("id".to_owned(), None),
            None => {
                let mut valid: Vec<String> = columns.iter().map(|(c, _)| c.clone()).collect();
                if write.is_update() {
                    valid.insert(0, "id".to_owned());
                }
                return Err(format!(
                    "{}: unknown column `{name}`; the columns of `{}` are the writable fields \
                     of {}: {}",
                    path.display(),
                    write.command(),
                    write.schema(),
                    valid.join(", ")
                ));
            }
        };
        if fields.iter().any(|(f, _)| *f == field.0) {
            return Err(format!("{}: column `{name}` appears twice", path.display()));
        }
        fields.push(field);
    }
    let key = match write {
        Write::Update => Some(key_column(&fields, key, path)?),
        // Orgs have no other unique field: the id names them.
        Write::UpdateOrgs => Some(
            fields
                .iter()
                .position(|(f, _)| f == "id")
                .ok_or_else(|| format!("{} needs an `id` column naming the org", path.display()))?,
        ),
        Write::CreateUsers | Write::CreateOrgs => None,
    };
    let echo: Vec<String> = fields.iter().map(|(f, _)| f.clone()).collect();
    let rows = records
        .map(|(line, record)| row(line, &record, &fields, key, write))
        .collect();
    Ok((rows, echo))
}

fn template_name(write: Write) -> &'static str {
    match write {
        Write::Update => "update",
        Write::UpdateOrgs => "update-orgs",
        Write::CreateUsers => "create-users",
        Write::CreateOrgs => "create-orgs",
    }
}

/// The index of the column naming the user of a `bulk update` row.
fn key_column(
    fields: &[(String, Option<&'static Property>)],
    key: Option<&str>,
    path: &std::path::Path,
) -> Result<usize, String> {
    let position = |name: &str| {
        fields
            .iter()
            .position(|(f, _)| f.eq_ignore_ascii_case(name))
    };
    if let Some(key) = key {
        return position(key).ok_or_else(|| {
            format!(
                "--key {key}: {} has no such column (the key is id, email or username)",
                path.display()
            )
        });
    }
    match (position("id"), position("email"), position("username")) {
        (Some(id), _, _) => Ok(id),
        (None, Some(_), Some(_)) => Err(format!(
            "{} has both `email` and `username`: say which one names the user (--key email or \
             --key username); the other is changed",
            path.display()
        )),
        (None, Some(i), None) | (None, None, Some(i)) => Ok(i),
        (None, None, None) => Err(format!(
            "{} needs a column naming the user: id, email or username",
            path.display()
        )),
    }
}

fn row(
    line: u64,
    record: &csv::StringRecord,
    fields: &[(String, Option<&'static Property>)],
    key: Option<usize>,
    write: Write,
) -> WriteRow {
    let cell = |i: usize| record.get(i).unwrap_or_default();
    let mut echo = Vec::new();
    let mut values = Ok(Vec::new());
    for (i, (field, property)) in fields.iter().enumerate() {
        let text = cell(i);
        let secret = property.is_some_and(|p| p.secret);
        let shown = if secret && !text.is_empty() {
            "***"
        } else {
            text
        };
        echo.push((field.clone(), shown.to_owned()));
        if Some(i) == key || text.is_empty() {
            continue;
        }
        let Some(property) = property else { continue };
        match typed(text, property) {
            Ok(value) => {
                if let Ok(values) = &mut values {
                    values.push((field.clone(), value));
                }
            }
            Err(message) => {
                if values.is_ok() {
                    values = Err(format!("column {field}: {message}"));
                }
            }
        }
    }
    let (input, user) = match (write, key) {
        (Write::Update | Write::UpdateOrgs, Some(key)) => {
            let text = cell(key).to_owned();
            let user = parse_user(&text, &fields[key].0);
            (text, user)
        }
        _ => {
            let name = |f: &str| {
                fields
                    .iter()
                    .position(|(c, _)| c == f)
                    .map(cell)
                    .filter(|t| !t.is_empty())
            };
            let input = match write {
                Write::CreateOrgs => name("name"),
                _ => name("username").or_else(|| name("email")),
            };
            (input.unwrap_or_default().to_owned(), Err(String::new()))
        }
    };
    WriteRow {
        line,
        input,
        user,
        values,
        echo,
    }
}

fn parse_user(text: &str, column: &str) -> Result<UserRef, String> {
    if text.is_empty() {
        return Err(format!("empty {column}: the row names no user"));
    }
    match column {
        "id" => text
            .parse()
            .map(UserRef::Id)
            .map_err(|_| format!("`{text}` is not a user id")),
        "email" => Ok(UserRef::Email(text.to_owned())),
        _ => Ok(UserRef::Username(text.to_owned())),
    }
}

/// A cell as a value of the property's type; documented values (`x-known-values`) in any
/// case, sent in the API's spelling.
fn typed(text: &str, property: &Property) -> Result<Value, String> {
    match property.ty {
        Type::Integer => text
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("`{text}` is not an integer")),
        Type::Number => text
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map(Value::from)
            .ok_or_else(|| format!("`{text}` is not a number")),
        Type::Boolean => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Ok(Value::Bool(true)),
            "false" | "no" | "0" => Ok(Value::Bool(false)),
            _ => Err(format!("`{text}` is not true or false")),
        },
        _ => Ok(Value::String(
            property
                .known_values
                .iter()
                .find(|k| k.eq_ignore_ascii_case(text))
                .map_or_else(|| text.to_owned(), |k| (*k).to_owned()),
        )),
    }
}

fn is_secret(schema: &str, field: &str) -> bool {
    API.schema(schema)
        .and_then(|s| s.field(field))
        .is_some_and(|p| p.secret)
}

fn show(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn at<'v>(item: &'v Value, field: &str) -> &'v Value {
    field
        .split('.')
        .try_fold(item, |v, key| v.get(key))
        .unwrap_or(&Value::Null)
}

fn fail(id: Option<i64>, err: &crashplan::Error) -> Outcome {
    Outcome::error(id, crate::error::one_line(err))
}

/// `bulk update` (`ORGS` false) and `bulk update orgs` (`ORGS` true): changes the fields a row
/// gives, for the user or org it names.
pub struct Update<const ORGS: bool> {
    pub client: Client,
    pub users: Users,
    pub dry_run: bool,
}

/// `bulk update` of users.
pub type UpdateUsers = Update<false>;
/// `bulk update orgs`.
pub type UpdateOrgs = Update<true>;

impl<const ORGS: bool> Update<ORGS> {
    const WRITE: Write = if ORGS {
        Write::UpdateOrgs
    } else {
        Write::Update
    };

    /// The record's detail view, as JSON.
    async fn current(&self, id: i64) -> crashplan::Result<Value> {
        Ok(if ORGS {
            serde_json::to_value(self.client.orgs().get(id).await?)
        } else {
            serde_json::to_value(self.client.users().get(id).await?)
        }
        .unwrap_or_default())
    }

    /// Sends the change; `Err` with the outcome when it cannot be sent or fails.
    async fn send(&self, id: i64, change: Map<String, Value>) -> Result<(), Outcome> {
        let change = Value::Object(change);
        let bad = |err: serde_json::Error| Outcome::error(Some(id), format!("not sent: {err}"));
        let sent = if ORGS {
            let body = serde_json::from_value(change).map_err(bad)?;
            self.client.orgs().update(id, body).await.map(drop)
        } else {
            let body = serde_json::from_value(change).map_err(bad)?;
            self.client.users().update(id, body).await.map(drop)
        };
        sent.map_err(|err| fail(Some(id), &err))
    }

    /// The record's detail view and the `field: old -> new` changes the row would make.
    async fn diff(
        &self,
        row: &WriteRow,
    ) -> Result<(i64, Map<String, Value>, Vec<String>), Outcome> {
        let id = self.users.id(&row.user).await?;
        let values = row
            .values
            .as_ref()
            .map_err(|m| Outcome::error(Some(id), m))?;
        let current = self.current(id).await.map_err(|err| fail(Some(id), &err))?;
        let mut change = Map::new();
        let mut shown = Vec::new();
        for (field, value) in values {
            let secret = is_secret(Self::WRITE.schema(), field);
            let old = at(&current, field);
            if !secret && old == value {
                continue;
            }
            shown.push(if secret {
                format!("{field}: set")
            } else {
                format!("{field}: {} -> {}", show(old), show(value))
            });
            let path: Vec<&str> = field.split('.').collect();
            crate::args::insert(&mut change, &path, value.clone());
        }
        Ok((id, change, shown))
    }
}

impl<const ORGS: bool> Operation for Update<ORGS> {
    type Row = WriteRow;
    const ID_COLUMN: (&'static str, &'static str) = if ORGS {
        ("org_id", "orgId")
    } else {
        ("user_id", "userId")
    };
    const DONE: &'static [&'static str] = &["updated", "unchanged"];
    const OTHER: &'static [&'static str] = &["would update"];

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "updating" }
    }

    async fn apply(&self, row: &WriteRow, intent: &Intent<'_>) -> Outcome {
        let (id, change, shown) = match self.diff(row).await {
            Ok(diff) => diff,
            Err(outcome) => return outcome,
        };
        if change.is_empty() {
            return Outcome::new("unchanged", Some(id), "every field already has its value");
        }
        let message = shown.join("; ");
        if self.dry_run {
            return Outcome::new("would update", Some(id), message);
        }
        if let Err(outcome) = intent.note(Some(id)) {
            return outcome;
        }
        match self.send(id, change).await {
            Ok(()) => Outcome::new("updated", Some(id), message),
            Err(outcome) => outcome,
        }
    }

    async fn confirm(&self, row: &WriteRow, _id: Option<i64>) -> Option<Outcome> {
        let (id, change, _) = self.diff(row).await.ok()?;
        let only_secrets = change.keys().all(|k| is_secret(Self::WRITE.schema(), k));
        (change.is_empty() || only_secrets).then(|| {
            Outcome::new(
                "updated",
                Some(id),
                "done by the interrupted run (checked on resume)",
            )
        })
    }
}

/// `bulk create users` and `bulk create orgs`: creates the record a row describes, unless one
/// with the same username or email (users), or the same name under the same parent (orgs),
/// exists: then the row is `exists`, so re-running is safe.
pub struct Create {
    pub client: Client,
    /// Usernames as they were when the run started (created users are found by their email
    /// or, on resume, in the new index).
    pub users: Users,
    pub write: Write,
    pub dry_run: bool,
}

impl Create {
    /// The id of the record that already matches the row, if any.
    async fn existing(&self, row: &WriteRow) -> Result<Option<i64>, Outcome> {
        match self.write {
            Write::CreateOrgs => {
                let (Some(name), parent) = (row.value("name"), row.values_parent()) else {
                    return Ok(None);
                };
                let orgs = self
                    .client
                    .orgs()
                    .list()
                    .name(name.to_owned())
                    .collect_all()
                    .await
                    .map_err(|err| fail(None, &err))?;
                Ok(orgs.iter().find_map(|org| {
                    let org = serde_json::to_value(org).ok()?;
                    let same = at(&org, "name").as_str() == Some(name)
                        && parent.is_none_or(|p| at(&org, "parentId").as_i64() == Some(p));
                    if same {
                        at(&org, "orgId").as_i64().or(at(&org, "id").as_i64())
                    } else {
                        None
                    }
                }))
            }
            _ => {
                if let Some(name) = row.value("username")
                    && let Some(id) = self
                        .users
                        .find(&UserRef::Username(name.to_owned()))
                        .await
                        .map_err(|m| Outcome::error(None, m))?
                {
                    return Ok(Some(id));
                }
                match row.value("email") {
                    Some(email) => self
                        .users
                        .find(&UserRef::Email(email.to_owned()))
                        .await
                        .map_err(|m| Outcome::error(None, m)),
                    None => Ok(None),
                }
            }
        }
    }

    async fn create(&self, body: Map<String, Value>) -> Result<i64, Outcome> {
        let bad = |err: serde_json::Error| {
            Outcome::error(None, format!("not sent: {err} (see `cpctl bulk template`)"))
        };
        let body = Value::Object(body);
        let created = match self.write {
            Write::CreateOrgs => {
                let org = serde_json::from_value(body).map_err(bad)?;
                self.client
                    .orgs()
                    .create(org)
                    .await
                    .map(|o| serde_json::to_value(o).unwrap_or_default())
            }
            _ => {
                let user = serde_json::from_value(body).map_err(bad)?;
                self.client
                    .users()
                    .create(user)
                    .await
                    .map(|u| serde_json::to_value(u).unwrap_or_default())
            }
        };
        let created = created.map_err(|err| fail(None, &err))?;
        Ok(at(&created, "id")
            .as_i64()
            .or_else(|| at(&created, "orgId").as_i64())
            .unwrap_or_default())
    }

    /// Checks that the body has the schema's required fields, before anything is sent.
    fn check(&self, body: &Map<String, Value>) -> Result<(), Outcome> {
        let missing: Vec<&str> = API
            .schema(self.write.schema())
            .map(|s| {
                s.properties
                    .iter()
                    .filter(|p| p.required && !body.contains_key(p.name))
                    .map(|p| p.name)
                    .collect()
            })
            .unwrap_or_default();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Outcome::error(
                None,
                format!("not sent: missing {}", missing.join(", ")),
            ))
        }
    }
}

impl WriteRow {
    fn values_parent(&self) -> Option<i64> {
        self.values
            .as_ref()
            .ok()?
            .iter()
            .find(|(f, _)| f == "parentId")
            .and_then(|(_, v)| v.as_i64())
    }
}

impl Operation for Create {
    type Row = WriteRow;
    const ID_COLUMN: (&'static str, &'static str) = ("id", "id");
    const DONE: &'static [&'static str] = &["created", "exists"];
    const OTHER: &'static [&'static str] = &["would create"];

    fn verb(&self) -> &'static str {
        if self.dry_run { "checking" } else { "creating" }
    }

    async fn apply(&self, row: &WriteRow, intent: &Intent<'_>) -> Outcome {
        let body = match row.body().and_then(|b| self.check(&b).map(|()| b)) {
            Ok(body) => body,
            Err(outcome) => return outcome,
        };
        match self.existing(row).await {
            Ok(Some(id)) => return Outcome::new("exists", Some(id), "already there: not created"),
            Ok(None) => {}
            Err(outcome) => return outcome,
        }
        if self.dry_run {
            let shown: Vec<String> = body
                .iter()
                .filter(|(k, _)| !is_secret(self.write.schema(), k))
                .map(|(k, v)| format!("{k}={}", show(v)))
                .collect();
            return Outcome::new("would create", None, shown.join(", "));
        }
        if let Err(outcome) = intent.note(None) {
            return outcome;
        }
        match self.create(body).await {
            Ok(id) => Outcome::new("created", Some(id), ""),
            Err(outcome) => outcome,
        }
    }

    async fn confirm(&self, row: &WriteRow, _id: Option<i64>) -> Option<Outcome> {
        let id = self.existing(row).await.ok()??;
        Some(Outcome::new(
            "created",
            Some(id),
            "created by the interrupted run (checked on resume)",
        ))
    }
}

/// Shared by [`UpdateUsers`] and [`Create`]: the usernames, by row.
pub fn needs_usernames(rows: &[WriteRow]) -> bool {
    rows.iter()
        .any(|r| matches!(r.user, Ok(UserRef::Username(_))) || r.value("username").is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn property(schema: &str, field: &str) -> &'static Property {
        API.schema(schema)
            .and_then(|s| s.field(field))
            .expect("a property of the spec")
    }

    #[test]
    fn cells_take_the_type_of_their_property() {
        let org_id = property("UserUpdate", "orgId");
        assert_eq!(typed("44", org_id), Ok(Value::from(44)));
        assert!(typed("4.5", org_id).is_err());
        let status = property("UserUpdate", "status");
        assert_eq!(typed("DEACTIVATED", status), Ok(Value::from("Deactivated")));
        assert_eq!(typed("Blocked", status), Ok(Value::from("Blocked")));
    }

    #[test]
    fn columns_and_templates_come_from_the_body_schemas() {
        assert!(Write::Update.template().starts_with("id,"));
        assert!(Write::Update.template().contains("quota.bytes"));
        assert!(Write::CreateOrgs.template().contains("registrationKey"));
        assert!(
            Write::CreateUsers
                .columns()
                .iter()
                .all(|(_, p)| !matches!(p.ty, Type::Object(_)))
        );
    }

    #[test]
    fn the_key_column_is_id_or_the_only_one_of_email_and_username() {
        let path = std::path::Path::new("in.csv");
        let fields = |names: &[&str]| -> Vec<(String, Option<&'static Property>)> {
            names.iter().map(|n| ((*n).to_owned(), None)).collect()
        };
        assert_eq!(key_column(&fields(&["email", "id"]), None, path), Ok(1));
        assert_eq!(
            key_column(&fields(&["orgId", "username"]), None, path),
            Ok(1)
        );
        assert!(key_column(&fields(&["email", "username"]), None, path).is_err());
        assert_eq!(
            key_column(&fields(&["email", "username"]), Some("username"), path),
            Ok(1)
        );
        assert!(key_column(&fields(&["orgId"]), None, path).is_err());
    }
}
