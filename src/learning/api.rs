//! JSON API of the learning log (`/api/v1/me/learning…`, `/api/v1/curricula`)
//! and of certificates (`POST /api/v1/groups/{id}/certificates`).

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::export::{self, Format};
use super::{Entry, EntryInput, EntryPatch, Suggestion};
use crate::error::AppResult;
use crate::http::{ApiUser, parse_id};
use crate::state::{AppState, run, run_write};

#[derive(Serialize)]
struct Log {
    entries: Vec<Entry>,
    suggestions: Vec<Suggestion>,
    total_minutes: i64,
}

/// `GET /api/v1/me/learning`: my entries, newest first, and suggestions.
pub async fn list(state: web::Data<AppState>, user: ApiUser) -> AppResult<HttpResponse> {
    let log = run(&state, move |conn, _| {
        let entries = super::list_entries(conn, &user.user, None)?;
        let suggestions = super::suggestions(conn, &user.user)?;
        let total_minutes = entries.iter().map(|e| i64::from(e.minutes)).sum();
        Ok(Log {
            entries,
            suggestions,
            total_minutes,
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(log))
}

/// `POST /api/v1/me/learning`.
pub async fn create(
    state: web::Data<AppState>,
    user: ApiUser,
    body: web::Json<EntryInput>,
) -> AppResult<HttpResponse> {
    let entry = run_write(&state, move |conn, _| {
        super::create_entry(conn, &user.user, &body)
    })
    .await?;
    Ok(HttpResponse::Created().json(entry))
}

/// `PATCH /api/v1/me/learning/{id}`.
pub async fn update(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<EntryPatch>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    let entry = run_write(&state, move |conn, _| {
        super::update_entry(conn, &user.user, &id, body.into_inner())
    })
    .await?;
    Ok(HttpResponse::Ok().json(entry))
}

/// `DELETE /api/v1/me/learning/{id}`.
pub async fn delete(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    run_write(&state, move |conn, _| {
        super::delete_entry(conn, &user.user, &id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct ExportQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub format: String,
    /// `hide`: "a case discussion in <group>" instead of the thread's title.
    #[serde(default)]
    pub titles: Option<String>,
}

/// A period's export as a file, for the API and the account page alike.
pub async fn export_file(
    state: &web::Data<AppState>,
    user: crate::accounts::User,
    lang: &'static str,
    q: ExportQuery,
) -> AppResult<HttpResponse> {
    let format = Format::parse(&q.format)?;
    let period = super::parse_period(&q.from, &q.to)?;
    let titles = q.titles.as_deref() != Some("hide");
    let body = run(state, move |conn, st| {
        let entries = super::list_entries(conn, &user, Some(period))?;
        let r = export::report(&st.i18n, lang, &user.name, period, entries, titles);
        match format {
            Format::Json => Ok(serde_json::to_vec(&r).map_err(anyhow::Error::from)?),
            Format::Markdown => Ok(export::as_markdown(&st.i18n, lang, &r).into_bytes()),
            Format::Pdf => export::as_pdf(&st.i18n, lang, &r),
        }
    })
    .await?;
    let name = format!("learning-{}-{}.{}", period.0, period.1, format.extension());
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body))
}

/// `GET /api/v1/me/learning/export?from=&to=&format=pdf|md|json[&titles=hide]`.
pub async fn export(
    state: web::Data<AppState>,
    user: ApiUser,
    q: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let lang = crate::i18n::negotiate(
        "",
        user.user.locale.as_deref(),
        &state.settings.ui.default_locale,
    );
    export_file(&state, user.user, lang, q.into_inner()).await
}

/// `GET /api/v1/curricula`: the tag lists.
pub async fn curricula(_user: ApiUser) -> HttpResponse {
    HttpResponse::Ok().json(super::curricula())
}

#[derive(Deserialize)]
pub struct IssueRequest {
    user_id: String,
    from: String,
    to: String,
}

#[derive(Serialize)]
struct Issued {
    id: String,
    url: String,
}

/// `POST /api/v1/groups/{id}/certificates` `{user_id, from, to}` (facilitators).
pub async fn issue_certificate(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<IssueRequest>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let cert = run_write(&state, move |conn, st| {
        let period = super::parse_period(&body.from, &body.to)?;
        super::certificate::issue(
            conn,
            &st.keys,
            st.base_url(),
            &user.user,
            &group_id,
            &body.user_id,
            period,
        )
    })
    .await?;
    Ok(HttpResponse::Created().json(Issued {
        id: cert.id,
        url: cert.url,
    }))
}
