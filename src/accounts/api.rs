//! JSON API: bearer tokens.

use actix_web::{HttpResponse, web};
use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};

use super::SessionKind;
use crate::auth::{Claims, Purpose};
use crate::error::AppResult;
use crate::http::{ApiUser, ClientAddr};
use crate::state::{AppState, run};

#[derive(Deserialize)]
pub struct LoginRequest {
    email: String,
    password: String,
}

#[derive(Serialize)]
struct TokenResponse {
    token: String,
    token_type: &'static str,
    expires_at: chrono::DateTime<Utc>,
    user: Me,
}

#[derive(Serialize)]
pub struct Me {
    id: String,
    email: String,
    name: String,
    role: super::Role,
    locale: Option<String>,
}

impl From<&super::User> for Me {
    fn from(u: &super::User) -> Me {
        Me {
            id: u.id.clone(),
            email: u.email.clone(),
            name: u.name.clone(),
            role: u.role,
            locale: u.locale.clone(),
        }
    }
}

pub async fn login(
    state: web::Data<AppState>,
    ClientAddr(address): ClientAddr,
    body: web::Json<LoginRequest>,
) -> AppResult<HttpResponse> {
    let ttl = Duration::hours(state.settings.security.api_token_hours);
    let body = body.into_inner();
    let (user, sid) = super::web::sign_in(
        &state,
        &address,
        body.email,
        body.password,
        SessionKind::Api,
        ttl,
    )
    .await?;
    let now = Utc::now();
    let claims = Claims::new(Purpose::Api, &user.id, Some(sid), now, ttl);
    let token = state.keys.sign(&claims)?;
    Ok(HttpResponse::Ok().json(TokenResponse {
        token,
        token_type: "Bearer",
        expires_at: now + ttl,
        user: Me::from(&user),
    }))
}

/// Revokes the token used for this call.
pub async fn logout(state: web::Data<AppState>, user: ApiUser) -> AppResult<HttpResponse> {
    run(&state, move |conn, _| {
        super::revoke_session(conn, &user.session_id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn me(user: ApiUser) -> HttpResponse {
    HttpResponse::Ok().json(Me::from(&user.user))
}

/// `GET /api/v1/me/export`: everything I wrote, as JSON.
pub async fn export(
    state: actix_web::web::Data<crate::state::AppState>,
    user: ApiUser,
) -> crate::error::AppResult<HttpResponse> {
    let writing = crate::state::run(&state, move |conn, _| {
        super::export::my_writing(conn, &user.user)
    })
    .await?;
    Ok(HttpResponse::Ok().json(writing))
}

#[derive(serde::Deserialize)]
pub struct DeleteRequest {
    #[serde(default)]
    password: String,
}

/// `DELETE /api/v1/me` `{password}`: delete my account.
pub async fn delete_me(
    state: actix_web::web::Data<crate::state::AppState>,
    ClientAddr(address): ClientAddr,
    user: ApiUser,
    body: actix_web::web::Json<DeleteRequest>,
) -> crate::error::AppResult<HttpResponse> {
    let password = body.into_inner().password;
    super::web::confirm_own_password(&state, &address, &user.user, password).await?;
    crate::state::run(&state, move |conn, _| {
        let me = user.user;
        super::delete::delete_account(conn, &me, &me.id, true)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// `DELETE /api/v1/users/{id}`: an admin deletes an account on its owner's request.
pub async fn delete_user(
    state: actix_web::web::Data<crate::state::AppState>,
    user: ApiUser,
    id: actix_web::web::Path<String>,
) -> crate::error::AppResult<HttpResponse> {
    let target = crate::http::parse_id(&id)?;
    crate::state::run(&state, move |conn, _| {
        super::delete::delete_account(conn, &user.user, &target, false)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
