//! Server-rendered pages: templates embedded in the binary, the common page
//! context (language, texts, signed-in member, CSRF token), error pages and
//! static assets (under content-hashed names).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::RustEmbed;
use serde::Serialize;

use crate::accounts::User;
use crate::error::{AppError, AppResult, ErrorBody};
use crate::http::{csrf_cookie_value, masked_csrf_token};
use crate::state::AppState;

#[derive(RustEmbed)]
#[folder = "assets/"]
// The PDF font is compiled into src/learning/pdf.rs, not served.
#[exclude = "fonts/*"]
struct Assets;

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
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    crate::i18n::negotiate(
        accept,
        user.and_then(|u| u.locale.as_deref()),
        &state.settings.ui.default_locale,
    )
}

fn base_context(state: &AppState, req: &HttpRequest, user: Option<&User>) -> tera::Context {
    let lang = lang_for(state, req, user);
    let mut ctx = state.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("path", req.path());
    // After every save the form's page says so ("Sparat"): the handler
    // redirects with ?saved=1 (`saved_redirect`).
    if req.query_string().split('&').any(|p| p == "saved=1") {
        ctx.insert("notice", &state.i18n.text(lang, "common.saved"));
    }
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
                    u.role,
                    crate::accounts::Role::Admin | crate::accounts::Role::Moderator
                ),
            },
        );
    }
    let token = csrf_cookie_value(req)
        .map(|c| masked_csrf_token(state, &c))
        .unwrap_or_default();
    ctx.insert("csrf_token", &token);
    // Templates link `/assets/{{ asset["style.css"] }}`, the content-hashed name.
    ctx.insert("asset", &asset_names().urls);
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
/// A draft's form again, for every draft flow (threads, notes, the learning
/// log): refused (`error`: its message, and the guard's findings passed to
/// `fill` to highlight), or redacted (no error: the notice that placeholders
/// were put in, for the author to look at before publishing).
pub fn draft_again(
    state: &AppState,
    req: &HttpRequest,
    user: &User,
    template: &str,
    error: Option<AppError>,
    fill: impl FnOnce(&mut tera::Context, Option<&[crate::error::FieldFinding]>),
) -> AppResult<HttpResponse> {
    let findings = match &error {
        Some(AppError::PatientIdentifiers(f)) => Some(f.clone()),
        _ => None,
    };
    match error {
        Some(err) => form_error(state, req, Some(user), template, err, |ctx| {
            fill(ctx, findings.as_deref())
        }),
        None => {
            let lang = lang_for(state, req, Some(user));
            let notice = state.i18n.text(lang, "deid.redacted");
            page(state, req, user, template, |ctx| {
                ctx.insert("notice", &notice);
                fill(ctx, None);
            })
        }
    }
}

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
            if let Some(kind) = crate::accounts::lookalike_key(&body.message) {
                return state.i18n.text(lang, &format!("invalid.{kind}"));
            }
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

/// Each asset under a name that carries its content's hash (`style.css` as
/// `style.1a2b3c4d5e.css`): a phone may keep it for a year and never ask
/// again, because changed content gets a new name.
struct AssetNames {
    /// The file's own name → its hashed name, for templates (which write the
    /// `/assets/` themselves: tera would escape a slash in a value).
    urls: std::collections::BTreeMap<String, String>,
    /// The hashed name → the file's own name, for serving.
    files: std::collections::HashMap<String, String>,
}

fn asset_names() -> &'static AssetNames {
    static NAMES: std::sync::OnceLock<AssetNames> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = AssetNames {
            urls: Default::default(),
            files: Default::default(),
        };
        for name in Assets::iter() {
            let Some(file) = Assets::get(&name) else {
                continue;
            };
            let hash: String = file.metadata.sha256_hash()[..5]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let stem_end = name
                .rfind('.')
                .filter(|&dot| dot > name.rfind('/').map_or(0, |slash| slash + 1))
                .unwrap_or(name.len());
            let hashed = format!("{}.{hash}{}", &name[..stem_end], &name[stem_end..]);
            names.urls.insert(name.to_string(), hashed.clone());
            names.files.insert(hashed, name.to_string());
        }
        names
    })
}

/// `/assets/…`: under the hashed name, cached for good; under the file's
/// own name (bookmarks, old pages, scripts), still served, briefly cached.
pub async fn asset(path: web::Path<String>) -> HttpResponse {
    let (name, cache) = match asset_names().files.get(path.as_str()) {
        Some(name) => (name.as_str(), "public, max-age=31536000, immutable"),
        None => (path.as_str(), "public, max-age=3600"),
    };
    let Some(file) = Assets::get(name) else {
        return HttpResponse::NotFound().finish();
    };
    let mime = match name.rsplit('.').next() {
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
        .insert_header((header::CACHE_CONTROL, cache))
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

/// Turns error responses into what the client understands: JSON under /api,
/// a translated HTML page (or a sign-in redirect) everywhere else.
pub async fn error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let is_api = req.path().starts_with("/api/");
    // Probes and the metrics scraper get the plain answer, never a page.
    let is_machine = matches!(req.path(), "/metrics" | "/healthz" | "/readyz");
    let res = next.call(req).await?.map_into_boxed_body();
    if is_machine {
        return Ok(res);
    }
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(res);
    }
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("text/html") {
        return Ok(res);
    }
    let body = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .map(AppError::body)
        .unwrap_or_else(|| status_body(status));
    if is_api {
        if content_type.starts_with("application/json") {
            return Ok(res);
        }
        let json = HttpResponse::build(status).json(&body);
        return Ok(res.into_response(json));
    }
    let (req, res) = res.into_parts();
    if status == StatusCode::UNAUTHORIZED && body.error == "unauthorized" {
        let next = if req.method() == actix_web::http::Method::GET {
            req.uri()
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into())
        } else {
            page_of_form(req.path())
        };
        let location = format!("/login?next={}", crate::http::urlencode(&next));
        let redirect = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, location))
            .finish();
        return Ok(ServiceResponse::new(req, redirect));
    }
    let page = match req.app_data::<web::Data<AppState>>() {
        Some(state) => error_page(state, &req, status, &body),
        None => HttpResponse::build(status).body(body.message.clone()),
    };
    let mut page = page;
    // Keep headers such as Retry-After.
    if let Some(v) = res.headers().get(header::RETRY_AFTER) {
        page.headers_mut().insert(header::RETRY_AFTER, v.clone());
    }
    Ok(ServiceResponse::new(req, page))
}

/// After signing in again, a form's sender goes back to the page the form was
/// on (its draft is still in the browser), not to the form's POST address.
fn page_of_form(path: &str) -> String {
    for (suffix, replacement) in [
        ("/posts", ""),
        ("/notes", ""),
        ("/phase", ""),
        ("/members", ""),
        ("/threads", "/threads/new"),
    ] {
        if let Some(page) = path.strip_suffix(suffix) {
            return format!("{page}{replacement}");
        }
    }
    if path.contains("/notes/") {
        return path.split("/notes/").next().unwrap_or("/").to_string();
    }
    if path.ends_with("/edit") {
        path.to_string()
    } else {
        "/".to_string()
    }
}

fn status_body(status: StatusCode) -> ErrorBody {
    let code = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::UNAUTHORIZED => "unauthorized",
        StatusCode::FORBIDDEN => "forbidden",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    ErrorBody {
        error: code.into(),
        message: status.canonical_reason().unwrap_or("error").to_lowercase(),
        field: None,
        findings: None,
    }
}

/// The API's paths and their methods, read once from the OpenAPI document
/// the server publishes (tests check that the two agree).
fn api_paths() -> &'static [(Vec<String>, Vec<String>)] {
    static PATHS: std::sync::OnceLock<Vec<(Vec<String>, Vec<String>)>> = std::sync::OnceLock::new();
    PATHS.get_or_init(|| {
        let doc: serde_json::Value = Assets::get("openapi.json")
            .and_then(|f| serde_json::from_slice(&f.data).ok())
            .unwrap_or_default();
        doc["paths"]
            .as_object()
            .map(|paths| {
                paths
                    .iter()
                    .map(|(path, ops)| {
                        let segments = path.split('/').map(str::to_string).collect();
                        let methods = ops
                            .as_object()
                            .map(|o| {
                                o.keys()
                                    .filter(|k| *k != "parameters")
                                    .map(|k| k.to_uppercase())
                                    .collect()
                            })
                            .unwrap_or_default();
                        (segments, methods)
                    })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// What `/api/v1` answers when no route matched: 405 with `Allow` for a
/// path it has under another method, else 404.
pub async fn api_fallback(req: HttpRequest) -> HttpResponse {
    let path = req.path().strip_prefix("/api/v1").unwrap_or(req.path());
    let given: Vec<&str> = path.split('/').collect();
    // The path that matches with the most literal segments: `/me/learning/export`
    // before `/me/learning/{id}`.
    let allowed = api_paths()
        .iter()
        .filter(|(segments, _)| {
            segments.len() == given.len()
                && segments
                    .iter()
                    .zip(&given)
                    .all(|(s, g)| s == g || (s.starts_with('{') && !g.is_empty()))
        })
        .max_by_key(|(segments, _)| segments.iter().filter(|s| !s.starts_with('{')).count());
    match allowed {
        Some((_, methods)) => HttpResponse::MethodNotAllowed()
            .insert_header((header::ALLOW, methods.join(", ")))
            .json(serde_json::json!({
                "error": "method_not_allowed",
                "message": "method not allowed",
            })),
        None => HttpResponse::NotFound().json(serde_json::json!({
            "error": "not_found",
            "message": "not found",
        })),
    }
}
