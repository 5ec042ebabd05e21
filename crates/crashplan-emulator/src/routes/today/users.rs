//! Today's users: `/api/v1/User` (list, get by id or uid, create, update, the signed-in
//! user) and `/api/v3/users/{userUid}/...` (block, unblock, deactivate, activate, move,
//! roles), on the same records as `/rest/users`.

use std::borrow::Cow;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use crashplan_api::types::{
    UserDetail, UserQuota, UserRolesUpdate, V1UserCreate, V1UserUpdate, V3UserActivate,
    V3UserDeactivate, V3UserMove,
};
use serde_json::{Value, json};

use super::views::v1_user;
use super::{Listing, all_roles, contains_text, data, flag, legal_hold, optional_json};
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::filters::Params;
use crate::routes::users::{new_user, set_status};
use crate::routes::{Shared, json, read_json};
use crate::state::{Store, UserRec, now, password_hash};
use crate::views::item_body;

/// `GET /api/v1/User` (`listUsersV1`): every user (stored and synthetic), filtered by
/// `active`, `email`, `orgUid`, `username` (the spec's filters), `q` (username, email and
/// names containing it, in any case) and `roleId`; with `incRoles` each user's roles.
pub(in crate::routes) async fn list(
    State(app): Shared,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let listing = Listing::parse("listUsersV1", query.as_deref())?;
    let roles = listing.option("incRoles");
    let store = app.read();
    let view = |u: &UserDetail| v1_user(&store, u, roles);
    if listing.is_plain() {
        let body = listing.plain(store.users_len(), |start| {
            store.users_from_with(start, view, |id| view(&store.synthetic.user_unchecked(id)))
        })?;
        return Ok(json(body));
    }
    let login = listing
        .params
        .get("username")
        .or_else(|| listing.params.get("email"));
    let org = listing
        .params
        .get("orgUid")
        .map(|uid| store.org_id_by_key(uid).unwrap_or(-1));
    let status = listing.params.get("active").map(|a| {
        if a.eq_ignore_ascii_case("false") {
            "Deactivated"
        } else {
            "Active"
        }
    });
    let candidates = || -> Box<dyn Iterator<Item = Cow<'_, UserDetail>> + '_> {
        match login {
            Some(login) => Box::new(
                store
                    .user_by_login(login)
                    .and_then(|id| store.user(id))
                    .into_iter(),
            ),
            None => store.users_where(org, status),
        }
    };
    if login.is_none() && listing.is_prefiltered(&["active", "orgUid"]) {
        let body = listing.plain(candidates().count(), |start| {
            candidates().skip(start).map(move |u| view(&u))
        })?;
        return Ok(json(body));
    }
    let q = listing.here("q");
    let role = listing.here("roleId");
    let keep = |user: &Value| {
        q.is_none_or(|q| contains_text(user, &["username", "email", "firstName", "lastName"], q))
            && role.is_none_or(|r| {
                user["userId"]
                    .as_i64()
                    .is_some_and(|id| store.today_user(id).roles.iter().any(|x| x == r))
            })
    };
    let body = listing.answer(&store, || candidates().map(|u| view(&u)), keep)?;
    Ok(json(body))
}

/// The id of the user a today's path names: its numeric id, or with `idType=uid` its uid;
/// 404 when there is no such user.
fn resolve(store: &Store, raw: &str, by_uid: bool) -> ApiResult<i64> {
    let id = if by_uid {
        store.user_id_by_uid(raw)
    } else {
        raw.parse::<i64>()
            .ok()
            .filter(|id| store.user(*id).is_some())
    };
    id.ok_or_else(|| {
        let what = if by_uid { "uid" } else { "id" };
        Failure::not_found(format!("no user with {what} '{raw}'"))
    })
}

/// Whether the query names the user by uid (`idType=uid`); 400 for another id type.
fn by_uid(params: &Params) -> ApiResult<bool> {
    super::by_string_id(params, "uid")
}

/// The today's view of user `id` (which exists).
fn view_of(store: &Store, id: i64, roles: bool) -> ApiResult<Value> {
    let user = store
        .user(id)
        .ok_or_else(|| Failure::not_found(format!("no user with id {id}")))?;
    Ok(v1_user(store, &user, roles))
}

/// `GET /api/v1/User/{userId}` (`getUserV1`): by numeric id, or by uid with `idType=uid`.
pub(in crate::routes) async fn get(
    State(app): Shared,
    Path(raw): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let store = app.read();
    let id = resolve(&store, &raw, by_uid(&params)?)?;
    Ok(data(&view_of(&store, id, flag(&params, "incRoles"))?))
}

/// `GET /api/v1/User/my` (`getCurrentUserV1`): the signed-in user; an account of the
/// emulator that is no user of the data set (`admin`) as a user with id 0.
pub(in crate::routes) async fn current(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
) -> ApiResult<Response> {
    let store = app.read();
    match store.user_by_login(&principal.username) {
        Some(id) => Ok(data(&view_of(&store, id, false)?)),
        None if principal.username.is_empty() => Err(Failure::not_found("no signed-in account")),
        None => Ok(data(&json!({
            "userId": 0,
            "userUid": "0",
            "status": "Active",
            "username": principal.username,
            "active": true,
            "blocked": false,
        }))),
    }
}

/// A 500 naming a refused user value, as today's servers answer.
fn refused(name: &'static str, message: String) -> Failure {
    Failure::named(StatusCode::INTERNAL_SERVER_ERROR, name, message)
}

/// The checks of a username or email for user `except` (None: a new user): taken by another
/// user or an administrator account is `USER_DUPLICATE`, an email without `@` is
/// `EMAIL_INVALID`, an empty username `INVALID_USERNAME`.
fn check_login(
    app: &crate::app::App,
    store: &Store,
    username: Option<&str>,
    email: Option<&str>,
    except: Option<i64>,
) -> ApiResult<()> {
    if username.is_some_and(|u| u.trim().is_empty()) {
        return Err(refused(
            "INVALID_USERNAME",
            "the username must not be empty".into(),
        ));
    }
    if let Some(email) = email
        && !email.contains('@')
    {
        return Err(refused(
            "EMAIL_INVALID",
            format!("'{email}' is not an email address"),
        ));
    }
    for login in username.into_iter().chain(email) {
        let taken = match store.user_by_login(login) {
            Some(owner) => Some(owner) != except,
            None => app.auth.is_admin_account(login),
        };
        if taken {
            return Err(refused(
                "USER_DUPLICATE",
                format!("a user with the username or email '{login}' already exists"),
            ));
        }
    }
    Ok(())
}

/// `NEW_PASSWORD_INVALID` for a password shorter than 5 characters.
fn check_password(password: &str) -> ApiResult<()> {
    if password.chars().count() < 5 {
        return Err(refused(
            "NEW_PASSWORD_INVALID",
            "the password must have at least 5 characters".into(),
        ));
    }
    Ok(())
}

/// `POST /api/v1/User` (`createUserV1`): a new user in the org with `orgUid` (400 for an
/// unknown org), seen through `/rest/users` too.
pub(in crate::routes) async fn create(
    State(app): Shared,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let new: V1UserCreate = read_json(&headers, &body, "V1UserCreate")?;
    let mut store = app.write();
    let org_id = store.org_id_by_key(&new.org_uid).ok_or_else(|| {
        Failure::bad_request(format!("Unable to find org with orgUid '{}'", new.org_uid))
    })?;
    check_login(
        &app,
        &store,
        Some(&new.username),
        new.email.as_deref(),
        None,
    )?;
    if let Some(password) = &new.password {
        check_password(password.expose())?;
    }
    let id = store.next_user_id();
    let detail = new_user(
        id,
        org_id,
        new.username,
        new.email,
        (new.first_name, new.last_name),
    )?;
    store.put_user(UserRec {
        detail,
        password_sha256: new.password.map(|p| password_hash(p.expose())),
    });
    store.ensure_today_user(id).notes = new.notes;
    let view = view_of(&store, id, false)?;
    app.persist(&store)?;
    Ok(data(&view))
}

/// `PUT /api/v1/User/{userId}` (`updateUserV1`, by id or by uid with `idType=uid`): the
/// given properties.
pub(in crate::routes) async fn update(
    State(app): Shared,
    Path(raw): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let params = Params::parse(query.as_deref());
    let change: V1UserUpdate = optional_json(&headers, &body, "V1UserUpdate")?;
    let mut store = app.write();
    let id = resolve(&store, &raw, by_uid(&params)?)?;
    check_login(
        &app,
        &store,
        change.username.as_deref(),
        change.email.as_deref(),
        Some(id),
    )?;
    if let Some(password) = &change.password {
        check_password(password.expose())?;
    }
    let mut rec = store
        .user_mut(id)
        .cloned()
        .ok_or_else(|| Failure::not_found(format!("no user with id {id}")))?;
    let user = &mut rec.detail;
    for (field, value) in [
        (&mut user.username, change.username),
        (&mut user.email, change.email),
        (&mut user.first_name, change.first_name),
        (&mut user.last_name, change.last_name),
    ] {
        if value.is_some() {
            *field = value;
        }
    }
    if let Some(bytes) = change.quota_in_bytes {
        user.quota.get_or_insert_with(UserQuota::default).bytes = Some(bytes);
    }
    if let Some(password) = change.password {
        rec.password_sha256 = Some(password_hash(password.expose()));
    }
    rec.detail.modification_date = now();
    store.put_user(rec);
    if change.notes.is_some() {
        store.ensure_today_user(id).notes = change.notes;
    }
    let view = view_of(&store, id, false)?;
    app.persist(&store)?;
    Ok(data(&view))
}

/// Applies `change` to the user with uid `uid` (404 if none) and answers its view.
fn act(
    app: &crate::app::App,
    uid: &str,
    change: impl FnOnce(&mut Store, i64) -> ApiResult<()>,
) -> ApiResult<Response> {
    let mut store = app.write();
    let id = resolve(&store, uid, true)?;
    change(&mut store, id)?;
    if let Some(rec) = store.user_mut(id) {
        rec.detail.modification_date = now();
    }
    let view = view_of(&store, id, false)?;
    app.persist(&store)?;
    Ok(data(&view))
}

/// `POST /api/v3/users/{userUid}/block` (`blockUserV3`).
pub(in crate::routes) async fn block(
    State(app): Shared,
    Path(uid): Path<String>,
) -> ApiResult<Response> {
    act(&app, &uid, |store, id| {
        store.ensure_today_user(id).blocked = true;
        Ok(())
    })
}

/// `POST /api/v3/users/{userUid}/unblock` (`unblockUserV3`).
pub(in crate::routes) async fn unblock(
    State(app): Shared,
    Path(uid): Path<String>,
) -> ApiResult<Response> {
    act(&app, &uid, |store, id| {
        store.ensure_today_user(id).blocked = false;
        Ok(())
    })
}

/// `POST /api/v3/users/{userUid}/deactivate` (`deactivateUserV3`, body `{"block": bool}`):
/// status `Deactivated` as `/rest/users` shows it too; 400 `ACTIVE_LEGAL_HOLD` for a user
/// in a legal hold.
pub(in crate::routes) async fn deactivate(
    State(app): Shared,
    Path(uid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let body: V3UserDeactivate = optional_json(&headers, &body, "V3UserDeactivate")?;
    act(&app, &uid, |store, id| {
        if store.in_legal_hold(id) {
            return Err(legal_hold(&format!("user {uid}")));
        }
        if let Some(rec) = store.user_mut(id) {
            set_status(&mut rec.detail, true);
        }
        if body.block == Some(true) {
            store.ensure_today_user(id).blocked = true;
        }
        Ok(())
    })
}

/// `POST /api/v3/users/{userUid}/activate` (`activateUserV3`, body `{"unblock": bool}`).
pub(in crate::routes) async fn activate(
    State(app): Shared,
    Path(uid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let body: V3UserActivate = optional_json(&headers, &body, "V3UserActivate")?;
    act(&app, &uid, |store, id| {
        if let Some(rec) = store.user_mut(id) {
            set_status(&mut rec.detail, false);
        }
        if body.unblock == Some(true) {
            store.ensure_today_user(id).blocked = false;
        }
        Ok(())
    })
}

/// `POST /api/v3/users/{userUid}/move` (`moveUserV3`, body `{"orgId": N}`): 400 for an
/// unknown org.
pub(in crate::routes) async fn move_to(
    State(app): Shared,
    Path(uid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let body: V3UserMove = read_json(&headers, &body, "V3UserMove")?;
    act(&app, &uid, |store, id| {
        if !store.orgs.contains_key(&body.org_id) {
            return Err(Failure::bad_request(format!(
                "orgId {} is not an existing org",
                body.org_id
            )));
        }
        if let Some(rec) = store.user_mut(id) {
            rec.detail.org_id = body.org_id;
        }
        Ok(())
    })
}

/// The roles of user `id` as `listRolesV1` lists them.
fn roles_of(store: &Store, id: i64) -> Vec<Value> {
    let ids = store.today_user(id).roles.clone();
    all_roles()
        .into_iter()
        .filter(|r| {
            r["roleId"]
                .as_str()
                .is_some_and(|r| ids.iter().any(|i| i == r))
        })
        .collect()
}

/// `GET /api/v3/users/{userUid}/roles` (`getUserRolesV3`): `{"data": [<Role>..]}`.
pub(in crate::routes) async fn roles(
    State(app): Shared,
    Path(uid): Path<String>,
) -> ApiResult<Response> {
    let store = app.read();
    let id = resolve(&store, &uid, true)?;
    Ok(json(item_body(&json!({ "data": roles_of(&store, id) }))))
}

/// `PUT /api/v3/users/{userUid}/roles` (`setUserRolesV3`, body `{"roleIds": [..]}`): the
/// whole new list; 400 naming a role `listRolesV1` does not list.
pub(in crate::routes) async fn set_roles(
    State(app): Shared,
    Path(uid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let body: UserRolesUpdate = read_json(&headers, &body, "UserRolesUpdate")?;
    let known = all_roles();
    if let Some(unknown) = body.role_ids.iter().find(|r| {
        !known
            .iter()
            .any(|k| k["roleId"].as_str() == Some(r.as_str()))
    }) {
        return Err(Failure::bad_request(format!(
            "no role with id '{unknown}' (GET /api/v1/role lists them)"
        )));
    }
    let mut store = app.write();
    let id = resolve(&store, &uid, true)?;
    store.ensure_today_user(id).roles = body.role_ids;
    let roles = roles_of(&store, id);
    app.persist(&store)?;
    Ok(json(item_body(&json!({ "data": roles }))))
}
