//! Today's `/api/v1` operations that the examples cannot serve: `GET /api/v1/User/my`.

use axum::Extension;
use axum::extract::State;
use axum::response::Response;
use serde_json::json;

use super::{Shared, json};
use crate::auth::Principal;
use crate::error::{ApiResult, Failure};
use crate::views::item_body;

/// `GET /api/v1/User/my` (`getCurrentUserV1`): the signed-in account as a `V1User`, in
/// `{"data": ..}`. The store keeps 2010 users, which have no uid yet: the uid is the
/// numeric id in decimal until one state serves both generations (issue 18).
pub(super) async fn current_user(
    State(app): Shared,
    Extension(principal): Extension<Principal>,
) -> ApiResult<Response> {
    let store = app.read();
    let user = store
        .user_by_login(&principal.username)
        .and_then(|id| store.user(id));
    let data = match user {
        Some(user) => json!({
            "userId": user.id,
            "userUid": user.id.to_string(),
            "status": user.status.to_string(),
            "username": user.username,
            "email": user.email,
            "firstName": user.first_name,
            "orgId": user.org_id,
            "active": user.status == "Active",
        }),
        // An account of the emulator that is no user of the data set (`admin`).
        None => {
            if principal.username.is_empty() {
                return Err(Failure::not_found("no signed-in account".to_owned()));
            }
            json!({
                "userId": 0,
                "userUid": "0",
                "status": "Active",
                "username": principal.username,
                "active": true,
            })
        }
    };
    Ok(json(item_body(&json!({ "data": data }))))
}
