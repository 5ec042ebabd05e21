//! `/rest/users`: list, retrieve, create, update (deactivate).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use crashplan_api::types::{UserCreate, UserDetail, UserUpdate};

use super::orgs::check_status;
use super::{Shared, json, parse_id, read_json};
use crate::app::App;
use crate::error::{ApiResult, Failure};
use crate::filters::{Params, matches_int, matches_status, matches_str};
use crate::paging::Window;
use crate::state::{Store, UserRec, now, password_hash};
use crate::stream::Listing;
use crate::views::{item_body, list_body, metadata, owned, user_view};

/// `GET /rest/users`: filters `id`, `status`, `email`, `firstName`, `lastName`, `orgId`.
pub(super) async fn list(State(app): Shared, RawQuery(query): RawQuery) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let window = Window::parse(&params)?;
    let id = params.int("id")?;
    let status = params.string("status");
    let email = params.string("email");
    let first = params.string("firstName");
    let last = params.string("lastName");
    let org = params.int("orgId")?;
    let store = app.read();
    let meta = metadata(params.echo());
    let filtered =
        status.is_some() || email.is_some() || first.is_some() || last.is_some() || org.is_some();
    let body = if let Some(id) = id {
        let found = store.user(id).filter(|u| {
            matches_status(status, &u.status)
                && matches_str(email, u.email.as_deref())
                && matches_str(first, u.first_name.as_deref())
                && matches_str(last, u.last_name.as_deref())
                && matches_int(org, Some(u.org_id))
        });
        let items = found.into_iter().map(|u| owned(user_view(&u)));
        list_body(meta, "users", window.apply(items))
    } else if let Some(email) = email {
        // Emails are unique (case-insensitively): at most one candidate.
        let found = store
            .user_by_login(email)
            .and_then(|id| store.user(id))
            .filter(|u| {
                u.email.as_deref() == Some(email)
                    && matches_status(status, &u.status)
                    && matches_str(first, u.first_name.as_deref())
                    && matches_str(last, u.last_name.as_deref())
                    && matches_int(org, Some(u.org_id))
            });
        let items = found.into_iter().map(|u| owned(user_view(&u)));
        list_body(meta, "users", window.apply(items))
    } else if !filtered {
        drop(store);
        return Ok(Listing::Users.respond(&app, meta, window));
    } else {
        let items = store
            .users_where(org, status)
            .filter(|u| {
                matches_str(first, u.first_name.as_deref())
                    && matches_str(last, u.last_name.as_deref())
            })
            .map(|u| owned(user_view(&u)));
        list_body(meta, "users", window.apply(items))
    };
    Ok(json(body))
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
    let new: UserCreate = read_json(
        &headers,
        &body,
        &["orgId", "firstName", "lastName", "password"],
    )?;
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
    let at = now();
    let detail = UserDetail {
        archive_bytes: Some(0),
        archive_bytes_delta: Some(0),
        archive_bytes_delta_month: Some(0),
        creation_date: at,
        daily_change: Some(0),
        email: new.email,
        first_name: Some(new.first_name),
        id,
        last_name: Some(new.last_name),
        modification_date: at,
        org_id: new.org_id,
        quota: None,
        selected_bytes: Some(0),
        selected_files: Some(0),
        status: "Active".into(),
        todo_bytes: Some(0),
        todo_files: Some(0),
        username: Some(username),
    };
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
    let change: UserUpdate = read_json(&headers, &body, &[])?;
    check_status(change.status.as_deref())?;
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
        if status.eq_ignore_ascii_case("Deactivated") {
            if !user.status.eq_ignore_ascii_case("Deactivated") {
                for stat in [
                    &mut user.selected_files,
                    &mut user.selected_bytes,
                    &mut user.todo_files,
                    &mut user.todo_bytes,
                ] {
                    *stat = Some(0);
                }
            }
            user.status = "Deactivated".into();
        } else {
            user.status = "Active".into();
        }
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
