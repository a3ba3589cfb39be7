//! Email settings: the account page's delivery choices, and the unsubscribe
//! page that works without signing in (RFC 8058 one-click included).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::tokens;
use crate::accounts;

use crate::digest::{self, Delivery};
use crate::error::AppResult;
use crate::http::{CsrfForm, SignedIn};
use crate::state::{AppState, run};
use crate::views;

/// Time zones offered on the account page (any IANA name is accepted).
pub const TIME_ZONES: [&str; 7] = [
    "Europe/Stockholm",
    "Europe/London",
    "Europe/Helsinki",
    "Europe/Oslo",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "UTC",
];

#[derive(Serialize)]
struct Choice {
    group_id: String,
    group_name: String,
    delivery: Delivery,
}

#[derive(serde::Deserialize)]
pub struct EmailForm {
    time_zone: String,
    digest_hour: i32,
    digest_weekday: i32,
}

/// Saves the account page's email section: one choice per group, and when digests come.
pub async fn save_settings(
    state: web::Data<AppState>,
    user: SignedIn,
    CsrfForm(form, pairs): CsrfForm<EmailForm>,
) -> AppResult<HttpResponse> {
    let id = user.user.id.clone();
    run(&state, move |conn, _| {
        let pick = |group_id: &str| {
            pairs
                .all(&format!("delivery_{group_id}"))
                .into_iter()
                .next()
        };
        let tz = Some(form.time_zone.trim()).filter(|z| !z.is_empty());
        digest::save_settings(conn, &id, pick, tz, form.digest_hour, form.digest_weekday)
    })
    .await?;
    Ok(crate::http::saved_redirect("/account#email"))
}

/// The choices for the account page.
pub async fn choices(
    state: &web::Data<AppState>,
    user_id: &str,
) -> AppResult<Vec<(String, String, Delivery)>> {
    let id = user_id.to_string();
    run(state, move |conn, _| digest::choices_for(conn, &id)).await
}

fn unsubscribe_context(choices: Vec<(String, String, Delivery)>, groups: &str) -> Vec<Choice> {
    choices
        .into_iter()
        .filter(|(id, _, _)| groups.split(',').any(|g| g == id))
        .map(|(group_id, group_name, delivery)| Choice {
            group_id,
            group_name,
            delivery,
        })
        .collect()
}

pub async fn unsubscribe_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (user_id, groups) = tokens::verify_unsubscribe(&state.keys, &token)?;
    render_unsubscribe(&state, &req, &token, user_id, &groups, false).await
}

/// The unsubscribe page for the groups a link is about, optionally saying "saved".
async fn render_unsubscribe(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    token: &str,
    user_id: String,
    groups: &str,
    saved: bool,
) -> AppResult<HttpResponse> {
    let (user, list) = run(state, move |conn, _| {
        Ok((
            accounts::find_user(conn, &user_id)?,
            digest::choices_for(conn, &user_id)?,
        ))
    })
    .await?;
    let choices = unsubscribe_context(list, groups);
    let lang = views::lang_for(state, req, Some(&user));
    let notice = saved.then(|| state.i18n.text(lang, "unsubscribe.saved"));
    views::render(
        state,
        req,
        Some(&user),
        StatusCode::OK,
        "unsubscribe.html",
        |ctx| {
            ctx.insert("choices", &choices);
            ctx.insert("token", token);
            // Reached without signing in: no account menu, whoever holds the link.
            ctx.insert("hide_nav", &true);
            if let Some(n) = &notice {
                ctx.insert("notice", n);
            }
        },
    )
}

/// One-click (`List-Unsubscribe=One-Click`, from the mail client) or the
/// page's form. The token in the URL is the member's authority; there is no
/// session and no CSRF cookie to check, and the change is harmless to repeat.
pub async fn unsubscribe(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let (user_id, groups) = tokens::verify_unsubscribe(&state.keys, &token)?;
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let one_click = pairs
        .iter()
        .any(|(k, v)| k == "List-Unsubscribe" && v == "One-Click");
    let delivery = if one_click {
        Delivery::None
    } else {
        let value = pairs
            .iter()
            .find(|(k, _)| k == "delivery")
            .map(|(_, v)| v.as_str())
            .unwrap_or("none");
        Delivery::parse(value)?
    };
    let (uid, gids) = (user_id.clone(), groups.clone());
    run(&state, move |conn, _| {
        digest::set_delivery_from_link(conn, &uid, &gids, delivery)
    })
    .await?;
    if one_click {
        return Ok(HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body("unsubscribed"));
    }
    render_unsubscribe(&state, &req, &token, user_id, &groups, true).await
}
