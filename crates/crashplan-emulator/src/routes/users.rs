//! `/rest/users`: list, retrieve, create, update (deactivate).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::types::{Status, User, UserCreate, UserDetail, UserUpdate};

use super::orgs::check_status;
use super::{Shared, json, parse_id, read_json};
use crate::app::App;
use crate::error::{ApiResult, Failure};
use crate::filters::ListQuery;
use crate::scopes::Items;
use crate::state::{Store, UserRec, now, password_hash};
use crate::stream::Listing;
use crate::views::{finish, item_body};

/// `GET /rest/users`: the filters of `listUsers` in the spec; candidates narrowed by `id`,
/// `email`, `orgId` and `status`.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let query = ListQuery::parse("listUsers", query.as_deref())?;
    if !query.is_filtered() {
        return Listing::Users.respond(&app, &query);
    }
    let store = app.read();
    Ok(json(filtered(&store, &query)?))
}

/// The body of a filtered user list.
fn filtered(store: &Store, query: &ListQuery) -> ApiResult<Vec<u8>> {
    let candidates = || -> Items<'_, UserDetail> {
        if let Some(id) = query.int("id") {
            Box::new(store.user(id).into_iter())
        } else if let Some(email) = query.text("email") {
            // Emails are unique (case-insensitively): at most one candidate.
            Box::new(
                store
                    .user_by_login(email)
                    .and_then(|id| store.user(id))
                    .into_iter(),
            )
        } else {
            store.users_where(query.int("orgId"), query.text_any_case("status"))
        }
    };
    query.answer(store, || candidates().map(|u| User::from(u.as_ref())))
}

/// `GET /rest/users/{id}`: the detail view.
pub(super) async fn get(State(app): Shared, Path(id): Path<String>) -> ApiResult<Response> {
    let id = parse_id(&id, "user")?;
    let store = app.read();
    let user = store
        .user(id)
        .ok_or_else(|| Failure::not_found(format!("no user with id {id}")))?;
    Ok(json(item_body(user.as_ref())))
}

/// 409 if `login` (a username or email) belongs to a user other than `except`, or is the
/// name of an administrator account such as `admin` (a user of that name could lock the
/// administrator out by being deactivated).
fn check_free(
    app: &App,
    store: &Store,
    login: &str,
    field: &str,
    except: Option<i64>,
) -> ApiResult<()> {
    let taken = match store.user_by_login(login) {
        Some(owner) => Some(owner) != except,
        None => app.auth.is_admin_account(login),
    };
    if taken {
        return Err(Failure::conflict(format!(
            "the {field} '{login}' is already in use"
        )));
    }
    Ok(())
}

/// `POST /rest/users`: `orgId`, `firstName`, `lastName`, `password` and one of
/// `username`/`email` required; the username defaults to the email; a taken username or
/// email is a 409; an unknown org is a 400. The new user can log in with its password.
pub(super) async fn create(
    State(app): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let new: UserCreate = read_json(&headers, &body, "UserCreate")?;
    let username = new
        .username
        .clone()
        .filter(|u| !u.trim().is_empty())
        .or_else(|| new.email.clone().filter(|e| !e.trim().is_empty()))
        .ok_or_else(|| Failure::bad_request("missing required field 'username' (or 'email')"))?;
    if new.password.expose().is_empty() {
        return Err(Failure::bad_request(
            "the field 'password' must not be empty",
        ));
    }
    let mut store = app.write();
    if !store.orgs.contains_key(&new.org_id) {
        return Err(Failure::bad_request(format!(
            "orgId {} is not an existing org",
            new.org_id
        )));
    }
    check_free(&app, &store, &username, "username", None)?;
    if let Some(email) = &new.email {
        check_free(&app, &store, email, "email", None)?;
    }
    let id = store.next_user_id();
    let detail = new_user(
        id,
        new.org_id,
        username,
        new.email,
        (Some(new.first_name), Some(new.last_name)),
    )?;
    let body = item_body(&detail);
    store.put_user(UserRec {
        detail,
        password_sha256: Some(password_hash(new.password.expose())),
    });
    app.persist(&store)?;
    Ok(json(body))
}

/// `PUT /rest/users/{id}`: `status`, `username`, `email`, `firstName`, `lastName`, `orgId`,
/// `password`, `quota`; other properties are ignored. `Deactivated` deactivates the user
/// (who can no longer log in) and zeroes its selected/todo statistics.
pub(super) async fn update(
    State(app): Shared,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let id = parse_id(&id, "user")?;
    let change: UserUpdate = read_json(&headers, &body, "UserUpdate")?;
    check_status(change.status.as_ref().map(Status::as_str))?;
    let mut store = app.write();
    if store.user(id).is_none() {
        return Err(Failure::not_found(format!("no user with id {id}")));
    }
    if let Some(org) = change.org_id
        && !store.orgs.contains_key(&org)
    {
        return Err(Failure::bad_request(format!(
            "orgId {org} is not an existing org"
        )));
    }
    if let Some(username) = &change.username {
        check_free(&app, &store, username, "username", Some(id))?;
    }
    if let Some(email) = &change.email {
        check_free(&app, &store, email, "email", Some(id))?;
    }
    let mut rec = store
        .user_mut(id)
        .cloned()
        .ok_or_else(|| Failure::not_found(format!("no user with id {id}")))?;
    let user = &mut rec.detail;
    if let Some(v) = change.username {
        user.username = Some(v);
    }
    if let Some(v) = change.email {
        user.email = Some(v);
    }
    if let Some(v) = change.first_name {
        user.first_name = Some(v);
    }
    if let Some(v) = change.last_name {
        user.last_name = Some(v);
    }
    if let Some(v) = change.org_id {
        user.org_id = v;
    }
    if let Some(quota) = change.quota {
        user.quota = Some(quota);
    }
    if let Some(status) = change.status {
        set_status(user, status.as_str().eq_ignore_ascii_case("Deactivated"));
    }
    if let Some(password) = change.password {
        rec.password_sha256 = Some(password_hash(password.expose()));
    }
    rec.detail.modification_date = now();
    let body = item_body(&rec.detail);
    store.put_user(rec);
    app.persist(&store)?;
    Ok(json(body))
}

/// Deactivates a user (zeroing its selected and to-do statistics when it was active) or
/// reactivates it: the same change through either API generation.
pub(super) fn set_status(user: &mut UserDetail, deactivated: bool) {
    if deactivated {
        if !user.status.as_str().eq_ignore_ascii_case("Deactivated") {
            for stat in [
                &mut user.selected_files,
                &mut user.selected_bytes,
                &mut user.todo_files,
                &mut user.todo_bytes,
            ] {
                *stat = Some(0);
            }
        }
        user.status = Status::Deactivated;
    } else {
        user.status = Status::Active;
    }
}

/// A new active user with no backup statistics: the same record through either API
/// generation. `names` are the first and last name.
pub(super) fn new_user(
    id: i64,
    org_id: i64,
    username: String,
    email: Option<String>,
    names: (Option<String>, Option<String>),
) -> ApiResult<UserDetail> {
    let at = now();
    finish(
        UserDetail::builder()
            .archive_bytes(0)
            .archive_bytes_delta(0)
            .archive_bytes_delta_month(0)
            .creation_date(at)
            .daily_change(0)
            .email(email)
            .first_name(names.0)
            .id(id)
            .last_name(names.1)
            .modification_date(at)
            .org_id(org_id)
            .selected_bytes(0)
            .selected_files(0)
            .status("Active")
            .todo_bytes(0)
            .todo_files(0)
            .username(username),
    )
}

#[cfg(test)]
mod tests {
    use crashplan_api::spec::{Filter, Generation, List, Match, Operation, Param, Role, Type};
    use serde_json::Value;

    use super::*;

    /// `listUsers` as the spec would have it after a maintainer adds a `username` filter
    /// (this test does not depend on whether the real spec has one).
    static LIST_USERS_WITH_USERNAME: Operation = Operation {
        id: "listUsers",
        method: "GET",
        path: "/rest/users",
        summary: "",
        tag: "users",
        generation: Generation::Pro3,
        resource: "users",
        verb: "list",
        internal: false,
        params: &[Param {
            name: "username",
            location: "query",
            ty: Type::String,
            required: false,
            description: "Only the user with this username.",
            known_values: &[],
            role: Role::Filter(Filter {
                property: "username",
                matching: Match::Equals,
            }),
        }],
        body: None,
        response: Some("UserList"),
        responses: &[(200, &[])],
        list: Some(List {
            items_key: "users",
            item: "User",
            detail: Some(("getUser", "UserDetail")),
            envelope: None,
            total: None,
        }),
    };

    #[test]
    fn a_filter_added_to_the_spec_needs_no_edit() {
        let mut store = Store::default();
        crate::seed::doc_data(&mut store);
        store.synthetic.users = 20;
        store.synthetic.orgs = 1;
        for (raw, expected) in [
            ("username=userthree%40testorg.org", vec![69]),
            ("username=syn1007%40synthetic.example", vec![1007]),
            ("username=nobody", vec![]),
        ] {
            let query = ListQuery::for_operation(&LIST_USERS_WITH_USERNAME, Some(raw))
                .expect("valid query");
            assert!(query.is_filtered());
            let body: Value =
                serde_json::from_slice(&filtered(&store, &query).expect("answer")).expect("JSON");
            let ids: Vec<i64> = body["users"]
                .as_array()
                .expect("users")
                .iter()
                .filter_map(|u| u["id"].as_i64())
                .collect();
            assert_eq!(ids, expected, "{raw}");
        }
    }
}
