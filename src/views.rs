//! Server-rendered pages: templates embedded in the binary, the common page
//! context (language, texts, signed-in member, CSRF token), error pages and
//! static assets.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::RustEmbed;
use serde::Serialize;

use crate::accounts::User;
use crate::error::{AppError, AppResult, ErrorBody};
use crate::http::csrf_cookie_value;
use crate::state::AppState;

#[derive(RustEmbed)]
#[folder = "templates/"]
#[include = "*.html"]
#[include = "*.txt"]
struct Templates;

#[derive(RustEmbed)]
#[folder = "assets/"]
struct Assets;

pub fn load_templates(tz: chrono_tz::Tz) -> anyhow::Result<tera::Tera> {
    let mut tera = tera::Tera::default();
    let mut files = Vec::new();
    for name in Templates::iter() {
        if let Some(file) = Templates::get(&name) {
            files.push((name.to_string(), String::from_utf8(file.data.into_owned())?));
        }
    }
    tera.add_raw_templates(files)?;
    tera.register_filter(
        "local_time",
        move |value: &tera::Value, args: &HashMap<String, tera::Value>| {
            let text = value.as_str().unwrap_or_default();
            // The member's own zone when the page passes one, else the site's.
            let tz: chrono_tz::Tz = args
                .get("tz")
                .and_then(|v| v.as_str())
                .and_then(|z| z.parse().ok())
                .unwrap_or(tz);
            let formatted = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
                .map(|t| {
                    t.and_utc()
                        .with_timezone(&tz)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_else(|_| text.to_string());
            Ok(tera::Value::String(formatted))
        },
    );
    Ok(tera)
}

#[derive(Serialize)]
struct Viewer<'a> {
    id: &'a str,
    name: &'a str,
    email: &'a str,
    is_admin: bool,
    mail_disabled: bool,
    is_moderator: bool,
}

/// The language for this request: the member's setting, else the browser's.
pub fn lang_for(state: &AppState, req: &HttpRequest, user: Option<&User>) -> &'static str {
    crate::i18n::negotiate(
        req,
        user.and_then(|u| u.locale.as_deref()),
        &state.settings.ui.default_locale,
    )
}

fn base_context(state: &AppState, req: &HttpRequest, user: Option<&User>) -> tera::Context {
    let lang = lang_for(state, req, user);
    let mut ctx = state.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("path", req.path());
    let zone = user
        .and_then(|u| u.time_zone.clone())
        .unwrap_or_else(|| state.settings.ui.time_zone.clone());
    ctx.insert("tz", &zone);
    if let Some(u) = user {
        ctx.insert(
            "viewer",
            &Viewer {
                id: &u.id,
                name: &u.name,
                email: &u.email,
                is_admin: u.is_admin(),
                mail_disabled: u.mail_disabled_at.is_some(),
                is_moderator: matches!(
                    u.role(),
                    crate::accounts::Role::Admin | crate::accounts::Role::Moderator
                ),
            },
        );
    }
    let token = csrf_cookie_value(req)
        .map(|c| state.keys.csrf_token(&c))
        .unwrap_or_default();
    ctx.insert("csrf_token", &token);
    ctx
}

/// Renders a page with the common context plus `fill`'s additions.
pub fn render(
    state: &AppState,
    req: &HttpRequest,
    user: Option<&User>,
    status: StatusCode,
    template: &str,
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<HttpResponse> {
    let mut ctx = base_context(state, req, user);
    fill(&mut ctx);
    let html = state
        .tera
        .render(template, &ctx)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template {template}: {e:?}")))?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(html))
}

pub fn page(
    state: &AppState,
    req: &HttpRequest,
    user: &User,
    template: &str,
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<HttpResponse> {
    render(state, req, Some(user), StatusCode::OK, template, fill)
}

/// A form shown again with what the member typed and what was wrong.
pub fn form_error(
    state: &AppState,
    req: &HttpRequest,
    user: Option<&User>,
    template: &str,
    err: AppError,
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<HttpResponse> {
    match err {
        AppError::Invalid { .. }
        | AppError::Conflict(_)
        | AppError::InvalidLogin
        | AppError::TooManyRequests { .. }
        | AppError::PatientIdentifiers(_)
        | AppError::GuardFailed => {
            let lang = lang_for(state, req, user);
            let message = error_message(state, lang, &err.body());
            let status = actix_web::ResponseError::status_code(&err);
            let mut resp = render(state, req, user, status, template, |ctx| {
                ctx.insert("error", &message);
                fill(ctx);
            })?;
            if let AppError::TooManyRequests { retry_after_secs } = err {
                resp.headers_mut().insert(
                    header::RETRY_AFTER,
                    header::HeaderValue::from(retry_after_secs),
                );
            }
            Ok(resp)
        }
        other => Err(other),
    }
}

/// The translated message for an error code, with the field it concerns.
pub fn error_message(state: &AppState, lang: &str, body: &ErrorBody) -> String {
    let key = format!("errors.{}", body.error);
    let text = state.i18n.text(lang, &key);
    match &body.field {
        Some(field) => {
            // A translated sentence for this field if there is one, else the field's
            // label with the (English) detail.
            let specific_key = format!("invalid.{field}");
            let specific = state.i18n.text(lang, &specific_key);
            if specific != specific_key {
                return specific;
            }
            let label = state.i18n.text(lang, &format!("fields.{field}"));
            let label = if label.starts_with("fields.") {
                field.clone()
            } else {
                label
            };
            format!(
                "{label}: {}",
                body.message
                    .split_once(": ")
                    .map(|(_, m)| m)
                    .unwrap_or(&body.message)
            )
        }
        None if text == key => body.message.clone(),
        None => text,
    }
}

pub fn error_page(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    body: &ErrorBody,
) -> HttpResponse {
    let lang = lang_for(state, req, None);
    let message = error_message(state, lang, body);
    render(state, req, None, status, "error.html", |ctx| {
        ctx.insert("status", &status.as_u16());
        ctx.insert("message", &message);
    })
    .unwrap_or_else(|_| HttpResponse::build(status).body(message))
}

pub async fn asset(path: web::Path<String>) -> HttpResponse {
    let Some(file) = Assets::get(&path) else {
        return HttpResponse::NotFound().finish();
    };
    let mime = match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    HttpResponse::Ok()
        .content_type(mime)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(file.data.into_owned())
}

pub async fn openapi() -> HttpResponse {
    match Assets::get("openapi.json") {
        Some(file) => HttpResponse::Ok()
            .content_type("application/json")
            .body(file.data.into_owned()),
        None => HttpResponse::NotFound().finish(),
    }
}

/// One finding as the author sees it: what, where, why, and whether they may
/// wave it through.
#[derive(Serialize)]
struct FindingView<'a> {
    field: &'static str,
    category: &'static str,
    label: String,
    why: String,
    text: &'a str,
    dismissable: bool,
}

/// A stretch of the draft, marked when it is a finding.
#[derive(Serialize)]
struct Segment<'a> {
    text: &'a str,
    category: Option<&'static str>,
}

fn segments<'a>(source: &'a str, findings: &[&crate::error::FieldFinding]) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for f in findings {
        let (s, e) = (f.finding.start, f.finding.end);
        if s < at || e > source.len() || !source.is_char_boundary(s) || !source.is_char_boundary(e)
        {
            continue;
        }
        out.push(Segment {
            text: &source[at..s],
            category: None,
        });
        out.push(Segment {
            text: &source[s..e],
            category: Some(f.finding.category.as_str()),
        });
        at = e;
    }
    out.push(Segment {
        text: &source[at..],
        category: None,
    });
    out
}

/// Puts the identifier panel into a draft form's context: the findings with
/// explanations, the draft with each finding highlighted, and the texts the
/// author already marked "not an identifier".
pub fn insert_findings(
    ctx: &mut tera::Context,
    state: &AppState,
    lang: &str,
    findings: &[crate::error::FieldFinding],
    title: Option<&str>,
    body: &str,
    allowed: &[String],
) {
    let items: Vec<FindingView<'_>> = findings
        .iter()
        .map(|f| FindingView {
            field: f.field,
            category: f.finding.category.as_str(),
            label: state
                .i18n
                .text(lang, &format!("deid.{}", f.finding.category.as_str())),
            why: state
                .i18n
                .text(lang, &format!("deid.why_{}", f.finding.category.as_str())),
            text: &f.finding.text,
            dismissable: f.dismissable,
        })
        .collect();
    let in_body: Vec<_> = findings.iter().filter(|f| f.field == "body").collect();
    let in_title: Vec<_> = findings.iter().filter(|f| f.field == "title").collect();
    ctx.insert("findings", &items);
    ctx.insert("body_segments", &segments(body, &in_body));
    if let Some(t) = title.filter(|_| !in_title.is_empty()) {
        ctx.insert("title_segments", &segments(t, &in_title));
    }
    ctx.insert("allowed", allowed);
}

/// Replaces every finding in a draft by its placeholder ("[namn]", "[date]"…).
pub fn redact_draft(text: &str, allowed: &[String], lang: &str) -> AppResult<String> {
    let findings = crate::deid::guard(text, allowed).map_err(|_| AppError::GuardFailed)?;
    Ok(crate::deid::redact(text, &findings, lang))
}
