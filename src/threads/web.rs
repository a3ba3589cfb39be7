//! Thread pages: starting a case, reading (which marks read), replying, editing.
//! Every draft form handles the identifier guard the same way: a refused draft
//! comes back with its findings highlighted, a button that replaces them all by
//! placeholders, and "not an identifier" boxes for names and dates. The draft
//! travels only in the form; nothing of it is stored until it passes.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::ThreadKind;
use crate::accounts::User;
use crate::error::{AppError, AppResult, Code, FieldFinding};
use crate::http::{CsrfForm, FormPairs, SignedIn, parse_id, redirect};
use crate::posting::{self, Outcome, Target};
use crate::state::{AppState, run, run_write};
use crate::views;

fn fragment_key(lang: &str, tz: &str, p: &super::PostView<'_>) -> (std::sync::Arc<str>, u64) {
    use std::hash::BuildHasher;
    let variant = foldhash::quality::FixedState::with_seed(p.shared.shape)
        .hash_one((lang, tz, p.unread, p.editable));
    (p.shared.key.clone(), variant)
}

/// The thread's posts as HTML, each from the cache or rendered once.
fn posts_html(
    state: &AppState,
    lang: &'static str,
    tz: &str,
    view: &super::ThreadView,
) -> AppResult<String> {
    let posts = &view.posts.posts;
    let mut html = String::with_capacity(posts.len() * 1200);
    let mut ctx: Option<tera::Context> = None;
    for p in view.post_views() {
        let key = fragment_key(lang, tz, &p);
        if let Some(done) = state.post_fragments.get(&key) {
            html.push_str(&done);
            continue;
        }
        let ctx = ctx.get_or_insert_with(|| {
            let mut c = state.i18n.context(lang);
            c.insert("tz", tz);
            c
        });
        ctx.insert("p", &p);
        let fragment: std::sync::Arc<str> = state
            .tera
            .render("_post.html", ctx)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("template _post.html: {e:?}")))?
            .into();
        html.push_str(&fragment);
        state.post_fragments.insert(key, fragment);
    }
    Ok(html)
}

/// What the thread page needs of the thread besides its posts.
#[derive(serde::Serialize)]
struct ThreadHead<'a> {
    thread: &'a super::Thread,
    group: &'a crate::groups::Group,
    first_unread_post_id: &'a Option<String>,
}

/// What a draft form asked for besides publishing.
struct DraftIntent {
    allowed: Vec<String>,
    redact: bool,
}

impl DraftIntent {
    fn from(pairs: &FormPairs) -> Self {
        DraftIntent {
            allowed: pairs.all("allow"),
            redact: pairs.has("redact"),
        }
    }
}

/// Fills a draft form's context after a refusal or a redaction.
fn draft_context(
    state: &AppState,
    lang: &str,
    ctx: &mut tera::Context,
    findings: Option<&[FieldFinding]>,
    title: Option<&str>,
    body: &str,
    allowed: &[String],
) {
    match findings {
        Some(findings) => views::insert_findings(ctx, state, lang, findings, title, body, allowed),
        None => ctx.insert("allowed", allowed),
    }
}

/// Checks a redacted draft again: whatever the placeholders did not cover
/// (nothing, normally) is shown as findings.
fn recheck(
    state: &AppState,
    title: Option<&str>,
    body: &str,
    allowed: &[String],
) -> Option<AppError> {
    match super::prepare(title, body, allowed, &state.post_rules()) {
        Err(e @ (AppError::PatientIdentifiers(_) | AppError::GuardFailed)) => Some(e),
        _ => None,
    }
}

fn findings_of(err: Option<&AppError>) -> Option<Vec<FieldFinding>> {
    match err {
        Some(AppError::PatientIdentifiers(f)) => Some(f.clone()),
        _ => None,
    }
}

pub async fn new_thread_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let u = user.user.clone();
    let (group, others, suggested) = run(&state, move |conn, _| {
        crate::narrative::new_thread_choices(conn, &u, &group_id)
    })
    .await?;
    views::page(&state, &req, &user.user, "new_thread.html", |ctx| {
        ctx.insert("group", &group);
        ctx.insert("others", &others);
        ctx.insert("suggested_listener", &suggested);
        ctx.insert("form_kind", "case");
    })
}

#[derive(Deserialize)]
pub struct NewThreadForm {
    title: String,
    body: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    listener_id: Option<String>,
}

pub async fn create_thread(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, pairs): CsrfForm<NewThreadForm>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let intent = DraftIntent::from(&pairs);
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let (mut title, mut body) = (form.title, form.body);
    let kind_name = form.kind.unwrap_or_else(|| "case".into());
    let listener = form.listener_id;
    let result = if intent.redact {
        title = views::redact_draft(&title, &intent.allowed, lang)?;
        body = views::redact_draft(&body, &intent.allowed, lang)?;
        recheck(&state, Some(&title), &body, &intent.allowed).map(Err)
    } else {
        let u = user.user.clone();
        let gid = group_id.clone();
        let (t, b, allowed) = (title.clone(), body.clone(), intent.allowed.clone());
        let (k, l) = (kind_name.clone(), listener.clone());
        Some(
            run_write(&state, move |conn, st| {
                let target = Target::Group {
                    group_id: &gid,
                    kind: ThreadKind::parse(&k)?,
                    title: &t,
                    listener_id: l.as_deref(),
                };
                posting::submit(conn, &u, &target, &b, &allowed, &st.post_rules())
            })
            .await,
        )
    };
    let err = match result {
        Some(Ok(Outcome::Started(thread))) => {
            return Ok(redirect(&format!(
                "/threads/{}#posted-{}",
                thread.id, thread.group_id
            )));
        }
        Some(Ok(other)) => {
            return Err(AppError::Internal(anyhow::anyhow!(
                "starting a thread gave {other:?}"
            )));
        }
        Some(Err(err)) => Some(err),
        None => None,
    };
    let u = user.user.clone();
    let (group, others, _) = run(&state, move |conn, _| {
        crate::narrative::new_thread_choices(conn, &u, &group_id)
    })
    .await?;
    let findings = findings_of(err.as_ref());
    let fill = |ctx: &mut tera::Context| {
        draft_context(
            &state,
            lang,
            ctx,
            findings.as_deref(),
            Some(title.trim()),
            &body,
            &intent.allowed,
        );
        ctx.insert("group", &group);
        ctx.insert("others", &others);
        ctx.insert("suggested_listener", &listener);
        ctx.insert("form_kind", &kind_name);
        ctx.insert("form_title", &title);
        ctx.insert("form_body", &body);
    };
    match err {
        Some(err) => {
            views::form_error(&state, &req, Some(&user.user), "new_thread.html", err, fill)
        }
        None => redacted_page(&state, &req, &user.user, "new_thread.html", fill),
    }
}

fn redacted_page(
    state: &AppState,
    req: &HttpRequest,
    user: &User,
    template: &str,
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<HttpResponse> {
    let lang = views::lang_for(state, req, Some(user));
    let notice = state.i18n.text(lang, "deid.redacted");
    views::page(state, req, user, template, |ctx| {
        ctx.insert("notice", &notice);
        fill(ctx);
    })
}

#[derive(Deserialize)]
pub struct ThreadQuery {
    reply_to: Option<String>,
}

struct ReplyDraft<'a> {
    body: &'a str,
    allowed: &'a [String],
    redacted: bool,
}

/// Who is reading: already looked up, or a session to look up in the same
/// database call as the thread (plain page views, the most frequent request).
enum Reader {
    User(User),
    Session(crate::http::Session),
}

async fn render_thread(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    reader: Reader,
    thread_id: String,
    reply_to: Option<String>,
    draft: Option<ReplyDraft<'_>>,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let (user, view, narrative) = run(state, move |conn, st| {
        let u = match reader {
            Reader::User(u) => u,
            Reader::Session(session) => session.resolve(conn)?,
        };
        let view = super::open_thread(conn, &st.thread_posts, &u, &thread_id, &st.post_rules())?;
        let narrative = crate::narrative::view_for(conn, &u, &view.thread)?;
        Ok((u, view, narrative))
    })
    .await?;
    let user = &user;
    let reply_to = reply_to.and_then(|r| {
        view.posts
            .posts
            .iter()
            .find(|p| p.post.id == r)
            .map(|p| (p.post.id.clone(), p.author_name.clone()))
    });
    let lang = views::lang_for(state, req, Some(user));
    let findings = findings_of(error.as_ref());
    let redacted = draft.as_ref().is_some_and(|d| d.redacted);
    let tz = user
        .time_zone
        .clone()
        .unwrap_or_else(|| state.settings.ui.time_zone.clone());
    let posts = posts_html(state, lang, &tz, &view)?;
    let fill = |ctx: &mut tera::Context| {
        ctx.insert(
            "view",
            &ThreadHead {
                thread: &view.thread,
                group: &view.group,
                first_unread_post_id: &view.first_unread_post_id,
            },
        );
        ctx.insert("posts_html", &posts);
        ctx.insert("narrative", &narrative);
        ctx.insert("reply_to", &reply_to);
        ctx.insert("draft", &draft.as_ref().map(|d| d.body).unwrap_or(""));
        if let Some(d) = &draft {
            draft_context(
                state,
                lang,
                ctx,
                findings.as_deref(),
                None,
                d.body,
                d.allowed,
            );
        }
    };
    match error {
        Some(err) => views::form_error(state, req, Some(user), "thread.html", err, fill),
        None if redacted => redacted_page(state, req, user, "thread.html", fill),
        None => views::page(state, req, user, "thread.html", fill),
    }
}

pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: crate::http::WebSession,
    id: web::Path<String>,
    q: web::Query<ThreadQuery>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    render_thread(
        &state,
        &req,
        Reader::Session(session.0),
        thread_id,
        q.into_inner().reply_to,
        None,
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct ReplyForm {
    body: String,
    parent_id: Option<String>,
}

pub async fn reply(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, pairs): CsrfForm<ReplyForm>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let intent = DraftIntent::from(&pairs);
    let parent = form.parent_id.clone().filter(|p| !p.is_empty());
    if intent.redact {
        let lang = views::lang_for(&state, &req, Some(&user.user));
        let body = views::redact_draft(&form.body, &intent.allowed, lang)?;
        let left = recheck(&state, None, &body, &intent.allowed);
        let draft = ReplyDraft {
            body: &body,
            allowed: &intent.allowed,
            redacted: true,
        };
        return render_thread(
            &state,
            &req,
            Reader::User(user.user.clone()),
            thread_id,
            parent,
            Some(draft),
            left,
        )
        .await;
    }
    let u = user.user.clone();
    let tid = thread_id.clone();
    let (body, allowed, p) = (form.body.clone(), intent.allowed.clone(), parent.clone());
    let result = run_write(&state, move |conn, st| {
        let target = Target::Thread {
            thread_id: &tid,
            parent_id: p.as_deref(),
        };
        posting::submit(conn, &u, &target, &body, &allowed, &st.post_rules())
    })
    .await;
    match result {
        Ok(Outcome::Posted(post)) => Ok(redirect(&format!(
            "/threads/{}#post-{}",
            thread_id, post.id
        ))),
        // An observer during the conversation: kept as their note, shown there.
        Ok(Outcome::SavedAsNote(_)) => Ok(redirect(&format!("/threads/{thread_id}#notes"))),
        Ok(Outcome::Started(_)) => Err(AppError::Internal(anyhow::anyhow!(
            "a reply started a thread"
        ))),
        Err(err) => {
            let draft = ReplyDraft {
                body: &form.body,
                allowed: &intent.allowed,
                redacted: false,
            };
            render_thread(
                &state,
                &req,
                Reader::User(user.user.clone()),
                thread_id,
                parent,
                Some(draft),
                Some(err),
            )
            .await
        }
    }
}

pub async fn edit_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let post_id = parse_id(&id)?;
    let u = user.user.clone();
    let post = run(&state, move |conn, _| {
        super::find_post_for(conn, &u, &post_id)
    })
    .await?;
    if post.author_id != user.user.id {
        return Err(AppError::Forbidden(Code::NotAuthor));
    }
    views::page(&state, &req, &user.user, "edit_post.html", |ctx| {
        ctx.insert("post", &post);
        ctx.insert("form_body", &post.body);
    })
}

#[derive(Deserialize)]
pub struct EditForm {
    body: String,
}

pub async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, pairs): CsrfForm<EditForm>,
) -> AppResult<HttpResponse> {
    let post_id = parse_id(&id)?;
    let intent = DraftIntent::from(&pairs);
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let mut body = form.body;
    let err = if intent.redact {
        body = views::redact_draft(&body, &intent.allowed, lang)?;
        recheck(&state, None, &body, &intent.allowed)
    } else {
        let u = user.user.clone();
        let (pid, b, allowed) = (post_id.clone(), body.clone(), intent.allowed.clone());
        match run_write(&state, move |conn, st| {
            super::edit_post(conn, &u, &pid, &b, &allowed, &st.post_rules())
        })
        .await
        {
            Ok(post) => {
                return Ok(redirect(&format!(
                    "/threads/{}#post-{}",
                    post.thread_id, post.id
                )));
            }
            Err(err) => Some(err),
        }
    };
    let u = user.user.clone();
    let post = run(&state, move |conn, _| {
        super::find_post_for(conn, &u, &post_id)
    })
    .await?;
    let findings = findings_of(err.as_ref());
    let fill = |ctx: &mut tera::Context| {
        draft_context(
            &state,
            lang,
            ctx,
            findings.as_deref(),
            None,
            &body,
            &intent.allowed,
        );
        ctx.insert("post", &post);
        ctx.insert("form_body", &body);
    };
    match err {
        Some(e) => views::form_error(&state, &req, Some(&user.user), "edit_post.html", e, fill),
        None => redacted_page(&state, &req, &user.user, "edit_post.html", fill),
    }
}

#[derive(Deserialize)]
pub struct PhaseForm {
    phase: String,
}

/// Teller or listener moves the thread on (narrative threads).
pub async fn set_phase(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<PhaseForm>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let u = user.user.clone();
    let tid = thread_id.clone();
    run_write(&state, move |conn, st| {
        let phase = crate::narrative::Phase::parse(&form.phase)?;
        crate::narrative::change_phase(conn, st, &u, &tid, phase)
    })
    .await?;
    Ok(redirect(&format!("/threads/{thread_id}")))
}

#[derive(Deserialize)]
pub struct NoteForm {
    body: String,
}

/// An observer's private note; refused drafts come back on the thread page.
pub async fn add_note(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<NoteForm>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let u = user.user.clone();
    let (tid, body) = (thread_id.clone(), form.body.clone());
    match run_write(&state, move |conn, st| {
        crate::narrative::add_note(conn, &u, &tid, &body, &st.post_rules())
    })
    .await
    {
        Ok(_) => Ok(redirect(&format!("/threads/{thread_id}#notes"))),
        Err(err) => {
            let draft = ReplyDraft {
                body: &form.body,
                allowed: &[],
                redacted: false,
            };
            render_thread(
                &state,
                &req,
                Reader::User(user.user.clone()),
                thread_id,
                None,
                Some(draft),
                Some(err),
            )
            .await
        }
    }
}

/// Publishes one of the observer's notes as a reflection.
pub async fn publish_note(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
    _form: CsrfForm<crate::accounts::web::Empty>,
) -> AppResult<HttpResponse> {
    let (thread_id, note_id) = path.into_inner();
    let (thread_id, note_id) = (parse_id(&thread_id)?, parse_id(&note_id)?);
    let u = user.user.clone();
    let post = run_write(&state, move |conn, st| {
        crate::narrative::publish_note(conn, &u, &note_id, &st.post_rules())
    })
    .await?;
    Ok(redirect(&format!("/threads/{thread_id}#post-{}", post.id)))
}
