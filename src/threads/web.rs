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

/// The thread's posts as HTML, as this reader sees them: the joined block
/// from the cache when nothing in it changed, else each post's fragment from
/// the cache or rendered once. The block is kept whole so that its
/// compressed forms are made once too (`compress::Part`).
fn posts_block(
    state: &AppState,
    lang: &'static str,
    tz: &str,
    view: &super::ThreadView,
) -> AppResult<std::sync::Arc<crate::compress::Part>> {
    use std::hash::BuildHasher;
    let views: Vec<_> = view.post_views().collect();
    let keys: Vec<_> = views.iter().map(|p| fragment_key(lang, tz, p)).collect();
    let block_key = (
        view.thread.id.clone(),
        foldhash::quality::FixedState::with_seed(0x6b6f_6c6c).hash_one(&keys),
    );
    if let Some(block) = state.post_blocks.get(&block_key) {
        return Ok(block);
    }
    let mut html = String::with_capacity(views.len() * 1200);
    let mut ctx: Option<tera::Context> = None;
    for (p, key) in views.iter().zip(keys) {
        if let Some(done) = state.post_fragments.get(&key) {
            html.push_str(&done);
            continue;
        }
        let ctx = ctx.get_or_insert_with(|| {
            let mut c = state.i18n.context(lang);
            c.insert("tz", tz);
            c
        });
        ctx.insert("p", p);
        let fragment: std::sync::Arc<str> = state
            .tera
            .render("_post.html", ctx)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("template _post.html: {e:?}")))?
            .into();
        html.push_str(&fragment);
        state.post_fragments.insert(key, fragment);
    }
    let block = std::sync::Arc::new(crate::compress::Part::new(html.into()));
    state.post_blocks.insert(block_key, block.clone());
    Ok(block)
}

/// Stands in the rendered page where the posts go, so that the template
/// engine never copies them; random per process, so no post can forge it.
static POSTS_MARK: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("<!--posts {}-->", uuid::Uuid::new_v4().simple()));

/// The page with the posts put in at their mark, and where they stand noted
/// for the compression middleware (`compress::Spliced`).
fn with_posts(
    page: HttpResponse,
    block: std::sync::Arc<crate::compress::Part>,
) -> AppResult<HttpResponse> {
    use actix_web::body::MessageBody;
    let (res, body) = page.into_parts();
    let Ok(bytes) = body.try_into_bytes() else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "thread page body not in memory"
        )));
    };
    let at = bytes
        .windows(POSTS_MARK.len())
        .position(|w| w == POSTS_MARK.as_bytes());
    let Some(at) = at else {
        // A page without the posts (an error page in the thread's place).
        return Ok(res.set_body(actix_web::body::BoxBody::new(bytes)));
    };
    let (head, foot) = (&bytes[..at], &bytes[at + POSTS_MARK.len()..]);
    let mut html = Vec::with_capacity(head.len() + block.html.len() + foot.len());
    html.extend_from_slice(head);
    html.extend_from_slice(block.html.as_bytes());
    html.extend_from_slice(foot);
    let (start, end) = (head.len(), head.len() + block.html.len());
    let mut res = res.set_body(actix_web::body::BoxBody::new(html));
    res.extensions_mut().insert(crate::compress::Spliced {
        start,
        end,
        part: block,
    });
    Ok(res)
}

/// What the thread page needs of the thread besides its posts.
#[derive(serde::Serialize)]
struct ThreadHead<'a> {
    thread: &'a super::Thread,
    group: &'a crate::groups::Group,
    first_unread_post_id: &'a Option<String>,
}

/// A draft from one of the three forms (new thread, reply, edit): what was
/// typed, what the author marked "not an identifier", and whether they asked
/// for placeholders instead of publishing.
#[derive(Clone)]
struct Draft {
    /// Where it goes: the guard runs in that group's context.
    place: Place,
    title: Option<String>,
    body: String,
    allowed: Vec<String>,
    redact: bool,
    /// An observer's private note: refused, it goes back to the note form,
    /// never into the public reply form.
    note: bool,
}

/// Where a draft goes: a new thread in a group, a reply or note in a thread,
/// an edit of a post. Its group's members and the author are the context the
/// guard reads it in, for publishing and for placeholders alike.
#[derive(Clone)]
enum Place {
    Group(String),
    Thread(String),
    Post(String),
}

/// A draft that goes back to its form: refused (`error`), or redacted and
/// waiting for the author to look at it before publishing.
struct Again {
    draft: Draft,
    error: Option<AppError>,
}

enum Step<T> {
    Done(T),
    Again(Again),
}

impl Draft {
    fn from_form(place: Place, title: Option<String>, body: String, pairs: &FormPairs) -> Draft {
        Draft {
            place,
            title,
            body,
            allowed: pairs.all("allow"),
            redact: pairs.has("redact"),
            note: false,
        }
    }

    /// Publishes the draft with `publish`, or, when the author asked for
    /// placeholders, replaces every finding by one and checks it again, in
    /// the same context as publishing: the author and the group's members
    /// (`threads::voices`), so a colleague greeted or a sign-off keeps its name.
    async fn submit<T, F>(
        mut self,
        state: &web::Data<AppState>,
        user: &User,
        lang: &str,
        publish: F,
    ) -> AppResult<Step<T>>
    where
        T: Send + 'static,
        F: FnOnce(&mut crate::db::AnyConnection, &AppState, &Draft) -> AppResult<T>
            + Send
            + 'static,
    {
        if self.redact {
            let (u, place, allowed) = (user.clone(), self.place.clone(), self.allowed.clone());
            let voices = run(state, move |conn, _| {
                let group_id = match &place {
                    Place::Group(id) => {
                        crate::groups::require_member(conn, &u, id)?;
                        id.clone()
                    }
                    Place::Thread(id) => super::find_thread_for(conn, &u, id)?.group_id,
                    Place::Post(id) => {
                        let post = super::find_post_for(conn, &u, id)?;
                        super::find_thread_for(conn, &u, &post.thread_id)?.group_id
                    }
                };
                super::voices(conn, &u, &group_id, &allowed)
            })
            .await?;
            let redact = |text: &str| {
                crate::deid::guard_in(text, &voices)
                    .map(|f| crate::deid::redact(text, &f, lang))
                    .map_err(|_| AppError::GuardFailed)
            };
            if let Some(title) = &self.title {
                self.title = Some(redact(title)?);
            }
            self.body = redact(&self.body)?;
            // Whatever the placeholders did not cover (nothing, normally) is shown.
            let error = match super::prepare_in(
                self.title.as_deref(),
                &self.body,
                &voices,
                &state.post_rules(),
            ) {
                Err(e @ (AppError::PatientIdentifiers(_) | AppError::GuardFailed)) => Some(e),
                _ => None,
            };
            return Ok(Step::Again(Again { draft: self, error }));
        }
        let draft = self.clone();
        match run_write(state, move |conn, st| publish(conn, st, &draft)).await {
            Ok(done) => Ok(Step::Done(done)),
            Err(e) => Ok(Step::Again(Again {
                draft: self,
                error: Some(e),
            })),
        }
    }
}

impl Again {
    /// The form again, with the draft, its findings highlighted, and either
    /// the refusal's message or the notice that placeholders were put in.
    fn page(
        self,
        state: &AppState,
        req: &HttpRequest,
        user: &User,
        template: &str,
        fill: impl FnOnce(&mut tera::Context),
    ) -> AppResult<HttpResponse> {
        let lang = views::lang_for(state, req, Some(user));
        let Again { draft, error } = self;
        views::draft_again(state, req, user, template, error, |ctx, findings| {
            fill(ctx);
            draft.fill(state, lang, ctx, findings);
        })
    }
}

impl Draft {
    fn fill(
        &self,
        state: &AppState,
        lang: &str,
        ctx: &mut tera::Context,
        findings: Option<&[FieldFinding]>,
    ) {
        match findings {
            Some(findings) => views::insert_findings(
                ctx,
                state,
                lang,
                findings,
                self.title.as_deref().map(str::trim),
                &self.body,
                &self.allowed,
            ),
            None => ctx.insert("allowed", &self.allowed),
        }
        if self.note {
            ctx.insert("note_draft", &self.body);
            ctx.insert("deid_in_note", &true);
        } else {
            ctx.insert("draft", &self.body);
            ctx.insert("form_body", &self.body);
        }
        if let Some(title) = &self.title {
            ctx.insert("form_title", title);
        }
    }
}

/// Where the author goes once their text is in.
fn after(outcome: &Outcome) -> HttpResponse {
    redirect(&match outcome {
        Outcome::Started(t) => format!("/threads/{}#posted-{}", t.id, t.group_id),
        Outcome::Posted(p) => format!("/threads/{}#post-{}", p.thread_id, p.id),
        // An observer during the conversation: kept as their note, shown there.
        Outcome::SavedAsNote(n) => format!("/threads/{}#notes", n.thread_id),
    })
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
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let kind = form.kind.unwrap_or_else(|| "case".into());
    let listener = form.listener_id;
    let (u, gid, k, l) = (
        user.user.clone(),
        group_id.clone(),
        kind.clone(),
        listener.clone(),
    );
    let draft = Draft::from_form(
        Place::Group(group_id.clone()),
        Some(form.title),
        form.body,
        &pairs,
    );
    let step = draft.submit(&state, &user.user, lang, move |conn, st, d| {
        let target = Target::Group {
            group_id: &gid,
            kind: ThreadKind::parse(&k)?,
            title: d.title.as_deref().unwrap_or_default(),
            listener_id: l.as_deref(),
        };
        posting::submit(conn, &u, &target, &d.body, &d.allowed, &st.post_rules())
    });
    match step.await? {
        Step::Done(outcome) => Ok(after(&outcome)),
        Step::Again(again) => {
            new_thread_again(&state, &req, &user.user, group_id, again, kind, listener).await
        }
    }
}

/// The new-thread form again, with its draft, the group and the choice of listener.
async fn new_thread_again(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    user: &User,
    group_id: String,
    again: Again,
    kind: String,
    listener: Option<String>,
) -> AppResult<HttpResponse> {
    let u = user.clone();
    let (group, others, _) = run(state, move |conn, _| {
        crate::narrative::new_thread_choices(conn, &u, &group_id)
    })
    .await?;
    again.page(state, req, user, "new_thread.html", |ctx| {
        ctx.insert("group", &group);
        ctx.insert("others", &others);
        ctx.insert("suggested_listener", &listener);
        ctx.insert("form_kind", &kind);
    })
}

#[derive(Deserialize)]
pub struct ThreadQuery {
    reply_to: Option<String>,
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
    again: Option<Again>,
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
    let tz = user
        .time_zone
        .clone()
        .unwrap_or_else(|| state.settings.ui.time_zone.clone());
    let block = posts_block(state, lang, &tz, &view)?;
    // Who posted here may log it in their learning log (issue 18).
    let took_part = view.posts.posts.iter().any(|p| p.post.author_id == user.id);
    let fill = |ctx: &mut tera::Context| {
        ctx.insert("took_part", &took_part);
        ctx.insert(
            "view",
            &ThreadHead {
                thread: &view.thread,
                group: &view.group,
                first_unread_post_id: &view.first_unread_post_id,
            },
        );
        ctx.insert("posts_html", POSTS_MARK.as_str());
        ctx.insert("narrative", &narrative);
        ctx.insert("reply_to", &reply_to);
        ctx.insert("draft", "");
    };
    let page = match again {
        Some(again) => again.page(state, req, user, "thread.html", fill)?,
        None => views::page(state, req, user, "thread.html", fill)?,
    };
    with_posts(page, block)
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
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let parent = form.parent_id.filter(|p| !p.is_empty());
    let (u, tid, p) = (user.user.clone(), thread_id.clone(), parent.clone());
    let draft = Draft::from_form(Place::Thread(thread_id.clone()), None, form.body, &pairs);
    let step = draft.submit(&state, &user.user, lang, move |conn, st, d| {
        let target = Target::Thread {
            thread_id: &tid,
            parent_id: p.as_deref(),
        };
        posting::submit(conn, &u, &target, &d.body, &d.allowed, &st.post_rules())
    });
    match step.await? {
        Step::Done(outcome) => Ok(after(&outcome)),
        Step::Again(again) => {
            let reader = Reader::User(user.user.clone());
            render_thread(&state, &req, reader, thread_id, parent, Some(again)).await
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
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let (u, pid) = (user.user.clone(), post_id.clone());
    let draft = Draft::from_form(Place::Post(post_id.clone()), None, form.body, &pairs);
    let step = draft.submit(&state, &user.user, lang, move |conn, st, d| {
        super::edit_post(conn, &u, &pid, &d.body, &d.allowed, &st.post_rules())
    });
    let again = match step.await? {
        Step::Done(post) => return Ok(after(&Outcome::Posted(post))),
        Step::Again(again) => again,
    };
    let u = user.user.clone();
    let post = run(&state, move |conn, _| {
        super::find_post_for(conn, &u, &post_id)
    })
    .await?;
    again.page(&state, &req, &user.user, "edit_post.html", |ctx| {
        ctx.insert("post", &post);
    })
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

/// An observer's private note. A refused draft comes back in the note form
/// with its findings (in conversation and reflection alike), never in the
/// public reply form.
pub async fn add_note(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, pairs): CsrfForm<NoteForm>,
) -> AppResult<HttpResponse> {
    let thread_id = parse_id(&id)?;
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let (u, tid) = (user.user.clone(), thread_id.clone());
    let draft = Draft {
        note: true,
        ..Draft::from_form(Place::Thread(thread_id.clone()), None, form.body, &pairs)
    };
    let step = draft.submit(&state, &user.user, lang, move |conn, st, d| {
        crate::narrative::add_note(conn, &u, &tid, &d.body, &st.post_rules())
    });
    match step.await? {
        Step::Done(note) => Ok(after(&Outcome::SavedAsNote(note))),
        Step::Again(again) => {
            let reader = Reader::User(user.user.clone());
            render_thread(&state, &req, reader, thread_id, None, Some(again)).await
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
    let tid = thread_id.clone();
    let post = run_write(&state, move |conn, st| {
        crate::narrative::publish_note(conn, &u, &tid, &note_id, &st.post_rules())
    })
    .await?;
    Ok(redirect(&format!("/threads/{thread_id}#post-{}", post.id)))
}
