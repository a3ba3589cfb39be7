//! JSON API for threads and posts.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::snapshot::PostJson;
use super::{Thread, ThreadKind, ThreadSummary};
use crate::error::{AppError, AppResult};
use crate::http::{ApiSession, ApiUser, parse_id};
use crate::posting::{self, Outcome, Target};
use crate::state::{AppState, run, run_write};

#[derive(Serialize)]
struct ThreadJson<'a> {
    #[serde(flatten)]
    thread: Thread,
    /// Narrative threads: the teller is the author.
    #[serde(skip_serializing_if = "Option::is_none")]
    teller_id: Option<String>,
    /// Serialised once per thread version and shared (see `snapshot`).
    #[serde(skip_serializing_if = "Option::is_none")]
    posts: Option<&'a serde_json::value::RawValue>,
}

pub async fn list(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let threads: Vec<ThreadSummary> = run(&state, move |conn, _| {
        super::list_threads(conn, &user.user, &group_id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(threads))
}

#[derive(Deserialize)]
pub struct NewThread {
    title: String,
    body: String,
    kind: String,
    /// Texts the author marked "not an identifier" (names and dates only).
    #[serde(default)]
    allow: Vec<String>,
    /// Narrative threads: the member who listens.
    listener_id: Option<String>,
}

pub async fn create(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<NewThread>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let (thread, posts) = run_write(&state, move |conn, st| {
        let target = Target::Group {
            group_id: &group_id,
            kind: ThreadKind::parse(&body.kind)?,
            title: &body.title,
            listener_id: body.listener_id.as_deref(),
        };
        let rules = st.post_rules();
        let thread = posting::submit(conn, &user.user, &target, &body.body, &body.allow, &rules)?
            .into_thread()?;
        let view = super::open_thread(conn, &st.thread_posts, &user.user, &thread.id, &rules)?;
        Ok((view.thread, view.posts))
    })
    .await?;
    Ok(HttpResponse::Created().json(ThreadJson::new(thread, Some(posts.json()?))))
}

/// The thread with its posts in reply order; reading it marks it read. The
/// most frequent API call: the session is read in the same database call.
pub async fn show(
    state: web::Data<AppState>,
    session: ApiSession,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let view = run(&state, move |conn, st| {
        let user = session.0.resolve(conn)?;
        super::open_thread(conn, &st.thread_posts, &user, &thread_id, &st.post_rules())
    })
    .await?;
    Ok(HttpResponse::Ok().json(ThreadJson::new(view.thread, Some(view.posts.json()?))))
}

#[derive(Deserialize)]
pub struct NewPost {
    body: String,
    parent_id: Option<String>,
    #[serde(default)]
    allow: Vec<String>,
}

pub async fn reply(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<NewPost>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let name = user.user.name.clone();
    let parent = body.parent_id.as_deref().map(parse_id).transpose();
    let parent =
        parent.map_err(|_| AppError::invalid("parent_id", "is not a post in this thread"))?;
    let reply = run_write(&state, move |conn, st| {
        let target = Target::Thread {
            thread_id: &thread_id,
            parent_id: parent.as_deref(),
        };
        let rules = st.post_rules();
        posting::submit(conn, &user.user, &target, &body.body, &body.allow, &rules)
    })
    .await?;
    reply_json(reply, &name)
}

fn reply_json(outcome: Outcome, author_name: &str) -> AppResult<HttpResponse> {
    match outcome {
        Outcome::Posted(post) => Ok(HttpResponse::Created().json(PostJson::new(&post, author_name))),
        // 202: accepted, but kept as the observer's private note, not posted.
        Outcome::SavedAsNote(note) => Ok(HttpResponse::Accepted().json(serde_json::json!({
            "saved_as_note": true,
            "message": "the thread is in its conversation between teller and listener; your text is saved as your private observation note",
            "note": note,
        }))),
        Outcome::Started(_) => Err(AppError::Internal(anyhow::anyhow!("a reply started a thread"))),
    }
}

pub async fn show_post(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let post_id = parse_id(&id)?;
    let (post, name) = run(&state, move |conn, _| {
        let post = super::find_post_for(conn, &user.user, &post_id)?;
        let names = super::author_names(conn, std::slice::from_ref(&post.author_id))?;
        let name = names.get(&post.author_id).cloned().unwrap_or_default();
        Ok((post, name))
    })
    .await?;
    Ok(HttpResponse::Ok().json(PostJson::new(&post, &name)))
}

#[derive(Deserialize)]
pub struct EditPost {
    body: String,
    #[serde(default)]
    allow: Vec<String>,
}

pub async fn edit(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<EditPost>,
) -> AppResult<HttpResponse> {
    let post_id = parse_id(&id)?;
    let name = user.user.name.clone();
    let post = run_write(&state, move |conn, st| {
        super::edit_post(
            conn,
            &user.user,
            &post_id,
            &body.body,
            &body.allow,
            &st.post_rules(),
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(PostJson::new(&post, &name)))
}

impl<'a> ThreadJson<'a> {
    fn new(thread: Thread, posts: Option<&'a serde_json::value::RawValue>) -> Self {
        let teller_id = thread.phase.is_some().then(|| thread.author_id.clone());
        ThreadJson {
            thread,
            teller_id,
            posts,
        }
    }
}

#[derive(Deserialize)]
pub struct PhaseChange {
    phase: String,
}

/// Teller or listener moves a narrative thread to reflection; the teller closes it.
pub async fn set_phase(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<PhaseChange>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let thread = run_write(&state, move |conn, st| {
        let phase = crate::narrative::Phase::parse(&body.phase)?;
        crate::narrative::change_phase(conn, st, &user.user, &thread_id, phase)
    })
    .await?;
    Ok(HttpResponse::Ok().json(ThreadJson::new(thread, None)))
}

#[derive(Deserialize)]
pub struct NewNote {
    body: String,
}

/// The caller's private observation notes on a thread.
pub async fn notes(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let notes = run(&state, move |conn, _| {
        crate::narrative::my_notes(conn, &user.user, &thread_id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(notes))
}

pub async fn add_note(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<NewNote>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let note = run_write(&state, move |conn, st| {
        crate::narrative::add_note(conn, &user.user, &thread_id, &body.body, &st.post_rules())
    })
    .await?;
    Ok(HttpResponse::Created().json(note))
}

/// Publishes one of the caller's notes as a reflection.
pub async fn publish_note(
    state: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (thread_id, note_id) = path.into_inner();
    let (thread_id, note_id) = (parse_id(&thread_id)?, parse_id(&note_id)?);
    let name = user.user.name.clone();
    let post = run_write(&state, move |conn, st| {
        crate::narrative::publish_note(conn, &user.user, &thread_id, &note_id, &st.post_rules())
    })
    .await?;
    Ok(HttpResponse::Created().json(PostJson::new(&post, &name)))
}
