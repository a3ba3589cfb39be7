//! The search page and its API.

use actix_web::{HttpRequest, HttpResponse, web};

use chrono::NaiveDateTime;
use serde::Serialize;

use super::{Hit, query_terms, search};
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
    let words = query_terms(&q);
    crate::views::page(&state, &req, &user.user, "search.html", |ctx| {
        ctx.insert("q", &q);
        if let Some(h) = &hits {
            ctx.insert("hits", h);
            ctx.insert("threads", &by_thread(h, &words));
        }
    })
}

/// The hits of one thread, on the page: the thread once, its posts under it.
#[derive(Serialize)]
struct ThreadHits<'a> {
    thread_id: &'a str,
    thread_title: &'a str,
    group_name: &'a str,
    count: usize,
    posts: Vec<PostHit<'a>>,
}

#[derive(Serialize)]
struct PostHit<'a> {
    post_id: &'a str,
    author_name: Option<&'a str>,
    created_at: NaiveDateTime,
    parts: Vec<Part>,
}

/// A piece of a snippet, `hit` when it is a searched word (shown marked).
#[derive(Serialize)]
struct Part {
    text: String,
    hit: bool,
}

fn by_thread<'a>(hits: &'a [Hit], words: &[String]) -> Vec<ThreadHits<'a>> {
    let mut out: Vec<ThreadHits<'a>> = Vec::new();
    for h in hits {
        let i = match out.iter().position(|t| t.thread_id == h.thread_id) {
            Some(i) => i,
            None => {
                out.push(ThreadHits {
                    thread_id: &h.thread_id,
                    thread_title: &h.thread_title,
                    group_name: &h.group_name,
                    count: 0,
                    posts: Vec::new(),
                });
                out.len() - 1
            }
        };
        out[i].count += 1;
        if let Some(post_id) = &h.post_id {
            out[i].posts.push(PostHit {
                post_id,
                author_name: h.author_name.as_deref(),
                created_at: h.created_at,
                parts: marked(&h.snippet, words),
            });
        }
    }
    out
}

/// Splits `text` so that each word starting with a searched term is a hit.
fn marked(text: &str, words: &[String]) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut push = |s: &str, hit: bool| match parts.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(s),
        _ => parts.push(Part {
            text: s.to_string(),
            hit,
        }),
    };
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
        push(&rest[..start], false);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let lower = word.to_lowercase();
        push(
            word,
            !word.is_empty() && words.iter().any(|w| lower.starts_with(w.as_str())),
        );
        rest = &rest[end..];
    }
    parts
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
