//! The search page and its API.

use actix_web::{HttpRequest, HttpResponse, web};

use super::search;
use crate::error::AppResult;
use crate::http::{ApiUser, SignedIn};
use crate::state::{AppState, run};

#[derive(serde::Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
}

/// `GET /search?q=`: the page; an empty query shows just the form.
pub async fn page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    query: web::Query<SearchQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner().q;
    // An empty query shows just the form; an unusable one says why.
    let hits = if q.trim().is_empty() {
        None
    } else {
        let (u, text) = (user.user.clone(), q.clone());
        match run(&state, move |conn, _| search(conn, &u, &text)).await {
            Ok(hits) => Some(hits),
            Err(err) => {
                return crate::views::form_error(
                    &state,
                    &req,
                    Some(&user.user),
                    "search.html",
                    err,
                    |ctx| ctx.insert("q", &q),
                );
            }
        }
    };
    crate::views::page(&state, &req, &user.user, "search.html", |ctx| {
        ctx.insert("q", &q);
        if let Some(h) = &hits {
            ctx.insert("hits", h);
        }
    })
}

/// `GET /api/v1/search?q=`.
pub async fn api(
    state: web::Data<AppState>,
    user: ApiUser,
    query: web::Query<SearchQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner().q;
    let hits = run(&state, move |conn, _| search(conn, &user.user, &q)).await?;
    Ok(HttpResponse::Ok().json(hits))
}
