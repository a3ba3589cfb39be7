//! The admin's proposal pages: make a proposal, adjust it by hand, approve it.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::proposals;
use crate::error::{AppError, AppResult};
use crate::http::{CsrfForm, SignedIn, parse_id, redirect};
use crate::state::{AppState, run};
use crate::views;

pub async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
) -> AppResult<HttpResponse> {
    render_list(&state, &req, &user, None).await
}

async fn render_list(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    user: &SignedIn,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let (list, waiting) = run(state, move |conn, _| proposals::list(conn, &u)).await?;
    let f = &state.settings.formation;
    let fill = |ctx: &mut tera::Context| {
        ctx.insert("proposals", &list);
        ctx.insert("waiting", &waiting);
        ctx.insert("min_size", &f.min_size);
        ctx.insert("max_size", &f.max_size);
    };
    match error {
        Some(err) => views::form_error(state, req, Some(&user.user), "proposals.html", err, fill),
        None => views::page(state, req, &user.user, "proposals.html", fill),
    }
}

#[derive(Deserialize)]
pub struct NewProposalForm {
    #[serde(default)]
    seed: String,
    #[serde(default)]
    min_size: String,
    #[serde(default)]
    max_size: String,
}

/// A whole number from the form, or `default` when left empty.
fn number_or(text: &str, default: u64, field: &'static str) -> AppResult<u64> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(default);
    }
    text.parse()
        .map_err(|_| AppError::invalid(field, "must be a whole number"))
}

impl NewProposalForm {
    /// Seed, smallest and largest group; with no seed, a fresh one (shown on
    /// the proposal so that it can be repeated).
    fn parse(&self, f: &crate::settings::FormationSettings) -> AppResult<(u64, usize, usize)> {
        let seed = number_or(&self.seed, u64::from(rand::random::<u32>()), "seed")?;
        let min = number_or(&self.min_size, f.min_size as u64, "min_size")?;
        let max = number_or(&self.max_size, f.max_size as u64, "max_size")?;
        Ok((seed, min as usize, max as usize))
    }
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    CsrfForm(form, _): CsrfForm<NewProposalForm>,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let result = async {
        let (seed, min, max) = form.parse(&state.settings.formation)?;
        run(&state, move |conn, _| {
            proposals::create(conn, &u, seed, min, max)
        })
        .await
    };
    match result.await {
        Ok(id) => Ok(redirect(&format!("/admin/proposals/{id}"))),
        Err(err @ AppError::Forbidden(_)) => Err(err),
        Err(err) => render_list(&state, &req, &user, Some(err)).await,
    }
}

async fn render_proposal(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    user: &SignedIn,
    id: String,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let view = run(state, move |conn, _| proposals::load(conn, &u, &id)).await?;
    let fill = |ctx: &mut tera::Context| {
        ctx.insert("problem_count", &view.problem_count());
        ctx.insert("proposal", &view);
    };
    match error {
        Some(err) => views::form_error(state, req, Some(&user.user), "proposal.html", err, fill),
        None => views::page(state, req, &user.user, "proposal.html", fill),
    }
}

pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    render_proposal(&state, &req, &user, id, None).await
}

#[derive(Deserialize)]
pub struct MoveForm {
    registrant_id: String,
    to_group: String,
}

pub async fn move_person(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<MoveForm>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    let to_group = form
        .to_group
        .trim()
        .parse::<i32>()
        .map_err(|_| AppError::invalid("to_group", "must be a group number"));
    let (u, pid) = (user.user.clone(), id.clone());
    let anchor = to_group.as_ref().map(|n| *n).unwrap_or(0);
    let result = match to_group {
        Ok(to) => {
            run(&state, move |conn, _| {
                proposals::move_person(conn, &u, &pid, &form.registrant_id, to)
            })
            .await
        }
        Err(err) => Err(err),
    };
    match result {
        // On a long page the anchor brings the admin to where they moved the person.
        Ok(()) => Ok(redirect(&format!("/admin/proposals/{id}#group-{anchor}"))),
        Err(err @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            render_proposal(&state, &req, &user, id, Some(err)).await
        }
        Err(err) => Err(err),
    }
}

#[derive(Deserialize)]
pub struct ApproveForm {
    name_prefix: String,
}

pub async fn approve(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<ApproveForm>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    let (u, pid) = (user.user.clone(), id.clone());
    let result = run(&state, move |conn, st| {
        proposals::approve(conn, st, &u, &pid, &form.name_prefix)
    })
    .await;
    match result {
        Ok(_) => Ok(redirect(&format!("/admin/proposals/{id}"))),
        Err(err @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            render_proposal(&state, &req, &user, id, Some(err)).await
        }
        Err(err) => Err(err),
    }
}
