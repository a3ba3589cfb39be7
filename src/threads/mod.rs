//! Threads and posts inside a group: starting a case, replying (to the thread
//! or to one post), editing within the window, and per-member read marks.
//!
//! Every post has a `seq`, its position in the thread. A member's read mark is
//! the highest seq they have seen, so unread counts need no per-post rows.

pub mod api;
pub mod phase;
pub mod snapshot;
pub mod web;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use uuid::Uuid;

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::db::schema::{
    groups as groups_table, memberships, post_notifications, posts, thread_reads, threads, users,
};

use crate::error::{AppError, AppResult, Code};
use crate::groups::{self, Group};
use crate::markdown::{self, SafeHtml};

crate::text_enum! {
    pub enum ThreadKind {
        Case = "case",
        /// Teller, listener, observers, reflection: see `crate::narrative`.
        Narrative = "narrative",
    }
}

impl ThreadKind {
    pub fn parse(s: &str) -> AppResult<ThreadKind> {
        ThreadKind::from_code(s)
            .ok_or_else(|| AppError::invalid("kind", "must be \"case\" or \"narrative\""))
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = threads)]
pub struct Thread {
    pub id: String,
    pub group_id: String,
    pub kind: ThreadKind,
    pub title: String,
    pub author_id: String,
    pub created_at: NaiveDateTime,
    pub last_post_at: NaiveDateTime,
    pub post_count: i32,
    /// Narrative threads: the listener (the teller is the author) and the phase.
    pub listener_id: Option<String>,
    pub phase: Option<phase::Phase>,
    /// Moved on by the database with every change a reader would see.
    #[serde(skip)]
    pub version: i32,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = posts)]
pub struct Post {
    pub id: String,
    pub thread_id: String,
    pub parent_id: Option<String>,
    pub author_id: String,
    pub seq: i32,
    /// The Markdown source: pages show `body_html`, so it is not sent to templates.
    #[serde(skip_serializing)]
    pub body: String,
    pub body_html: String,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
}

/// A thread as listed on the group page.
#[derive(Debug, Clone, Serialize)]
pub struct ThreadSummary {
    pub id: String,
    pub kind: ThreadKind,
    pub title: String,
    pub author_name: String,
    pub created_at: NaiveDateTime,
    pub last_post_at: NaiveDateTime,
    pub post_count: i32,
    /// Narrative threads: where the conversation stands, shown as a badge.
    pub phase: Option<phase::Phase>,
    pub unread: i32,
    /// The seq of the first post this member has not read.
    pub first_unread_seq: i32,
}

/// A post as one member sees it: the shared post plus whether it is new to
/// them and whether they may still edit it.
#[derive(Debug, Clone, Serialize)]
pub struct PostView<'a> {
    #[serde(flatten)]
    pub shared: &'a snapshot::ThreadPost,
    pub unread: bool,
    pub editable: bool,
}

#[derive(Debug, Clone)]
pub struct ThreadView {
    pub thread: Thread,
    pub group: Group,
    /// Shared by every reader of this version of the thread.
    pub posts: std::sync::Arc<snapshot::ThreadPosts>,
    /// The viewer's read mark before this visit.
    pub last_read_seq: i32,
    pub first_unread_post_id: Option<String>,
    viewer_id: String,
    /// The viewer's posts created after this may still be edited.
    editable_after: NaiveDateTime,
}

impl ThreadView {
    /// The posts in reply order, as this viewer sees them.
    pub fn post_views(&self) -> impl Iterator<Item = PostView<'_>> {
        self.posts.posts.iter().map(|p| PostView {
            unread: p.post.seq > self.last_read_seq,
            editable: p.post.author_id == self.viewer_id
                && p.post.created_at >= self.editable_after,
            shared: p,
        })
    }
}

pub use crate::env::PostRules;

pub fn validate_title(title: &str) -> AppResult<&str> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 200 || crate::accounts::has_control(title) {
        return Err(AppError::invalid("title", "must be 1 to 200 characters"));
    }
    crate::accounts::check_lookalike("title", title)?;
    Ok(title)
}

/// Checks a draft and renders its body. Every post, however it arrives, passes
/// here before anything is stored: validation, then the patient-identifier
/// guard on title and body. `allowed` holds the texts the author marked
/// "not an identifier" (names and dates only).
pub fn prepare(
    title: Option<&str>,
    body: &str,
    allowed: &[String],
    rules: &PostRules,
) -> AppResult<SafeHtml> {
    let ctx = crate::deid::Context {
        allowed: allowed.to_vec(),
        ..crate::deid::Context::default()
    };
    prepare_in(title, body, &ctx, rules)
}

/// Who writes a text and to whom, for the guard: the author and the group's
/// members, whose names where they greet, thank or sign are not a patient's.
pub fn voices(
    conn: &mut AnyConnection,
    author: &User,
    group_id: &str,
    allowed: &[String],
) -> AppResult<crate::deid::Context> {
    let members: Vec<String> = memberships::table
        .inner_join(users::table)
        .filter(memberships::group_id.eq(group_id))
        .select(users::name)
        .load(conn)?;
    Ok(crate::deid::Context {
        author: Some(author.name.clone()),
        members,
        allowed: allowed.to_vec(),
    })
}

/// `prepare` in a known context (`voices`).
pub fn prepare_in(
    title: Option<&str>,
    body: &str,
    ctx: &crate::deid::Context,
    rules: &PostRules,
) -> AppResult<SafeHtml> {
    if body.trim().is_empty() {
        return Err(AppError::invalid("body", "must not be empty"));
    }
    if body
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::invalid("body", "contains control characters"));
    }
    if body.chars().count() > rules.max_body_chars {
        return Err(AppError::invalid(
            "body",
            format!("must be at most {} characters", rules.max_body_chars),
        ));
    }
    match crate::guard::check_fields_in(&[("title", title.unwrap_or("")), ("body", body)], ctx) {
        Err(AppError::PatientIdentifiers(found)) => {
            rules.metrics.post_rejected(&found);
            Err(AppError::PatientIdentifiers(found))
        }
        other => other.map(|()| markdown::render(body)),
    }
}

/// Unread posts per group for one member ("Mina grupper"), from the same read
/// marks the group page counts with.
pub fn unread_by_group(
    conn: &mut AnyConnection,
    viewer: &User,
) -> AppResult<std::collections::HashMap<String, i64>> {
    let rows: Vec<(String, i32, Option<i32>)> = threads::table
        .inner_join(
            memberships::table.on(memberships::group_id
                .eq(threads::group_id)
                .and(memberships::user_id.eq(viewer.id.clone()))),
        )
        .left_join(
            thread_reads::table.on(thread_reads::thread_id
                .eq(threads::id)
                .and(thread_reads::user_id.eq(viewer.id.clone()))),
        )
        .select((
            threads::group_id,
            threads::post_count,
            thread_reads::last_read_seq.nullable(),
        ))
        .load(conn)?;
    let mut unread = std::collections::HashMap::new();
    for (group_id, posts, read) in rows {
        *unread.entry(group_id).or_insert(0) += i64::from((posts - read.unwrap_or(0)).max(0));
    }
    Ok(unread)
}

pub fn list_threads(
    conn: &mut AnyConnection,
    viewer: &User,
    group_id: &str,
) -> AppResult<Vec<ThreadSummary>> {
    groups::require_member(conn, viewer, group_id)?;
    let rows: Vec<(Thread, String, Option<i32>)> = threads::table
        .inner_join(users::table)
        .left_join(
            thread_reads::table.on(thread_reads::thread_id
                .eq(threads::id)
                .and(thread_reads::user_id.eq(&viewer.id))),
        )
        .filter(threads::group_id.eq(group_id))
        .order((threads::last_post_at.desc(), threads::id.asc()))
        .select((
            Thread::as_select(),
            users::name,
            thread_reads::last_read_seq.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(t, author_name, read)| {
            let read = read.unwrap_or(0).min(t.post_count);
            ThreadSummary {
                unread: t.post_count - read,
                first_unread_seq: read + 1,
                id: t.id,
                kind: t.kind,
                title: t.title,
                author_name,
                created_at: t.created_at,
                last_post_at: t.last_post_at,
                post_count: t.post_count,
                phase: t.phase,
            }
        })
        .collect())
}

#[expect(
    clippy::too_many_arguments,
    reason = "a thread is its group, kind, title, body and the author's allow-list"
)]
pub fn create_thread(
    conn: &mut AnyConnection,
    author: &User,
    group_id: &str,
    kind: ThreadKind,
    title: &str,
    body: &str,
    allowed: &[String],
    rules: &PostRules,
) -> AppResult<Thread> {
    // As in `create_post`: checked before the guard and again inside.
    groups::require_member(conn, author, group_id)?;
    groups::require_open(conn, group_id)?;
    let title = validate_title(title)?;
    // The guard before the transaction: it needs no database and should hold
    // no lock while it reads the text. The checks that decide whether the
    // post may be written are made again inside, under `hold_for_posting`.
    let voices = voices(conn, author, group_id, allowed)?;
    let html = prepare_in(Some(title), body, &voices, rules)?;
    let id = Uuid::new_v4().to_string();
    let now = Utc::now().naive_utc();
    conn.transaction(|conn| {
        hold_for_posting(conn, author, None, group_id)?;
        groups::require_member(conn, author, group_id)?;
        groups::require_open(conn, group_id)?;
        check_post_rate(conn, author, rules)?;
        diesel::insert_into(threads::table)
            .values((
                threads::id.eq(&id),
                threads::group_id.eq(group_id),
                threads::kind.eq(kind),
                threads::title.eq(title),
                threads::author_id.eq(&author.id),
                threads::created_at.eq(now),
                threads::last_post_at.eq(now),
                threads::post_count.eq(0),
            ))
            .execute(conn)?;
        insert_post(conn, author, &id, group_id, None, body, html, now)?;
        Ok(threads::table
            .find(&id)
            .select(Thread::as_select())
            .get_result(conn)?)
    })
}

/// Holds, for the rest of the posting transaction, the rows that decide
/// whether a post may be written: the author's, so their posting rate is
/// counted one post at a time (across processes), the thread's, and the
/// group's, so a group closed meanwhile takes no post. Each is a write that
/// changes nothing: a row lock on PostgreSQL (the checks after it read what
/// was committed before), the write lock on SQLite (taken first, so the
/// transaction never has to upgrade a read). Always in this order.
fn hold_for_posting(
    conn: &mut AnyConnection,
    author: &User,
    thread_id: Option<&str>,
    group_id: &str,
) -> AppResult<()> {
    diesel::update(users::table.find(&author.id))
        .set(users::bounce_count.eq(users::bounce_count))
        .execute(conn)?;
    if let Some(thread_id) = thread_id {
        diesel::update(threads::table.find(thread_id))
            .set(threads::post_count.eq(threads::post_count))
            .execute(conn)?;
    }
    diesel::update(groups_table::table.find(group_id))
        .set(groups_table::last_activity_at.eq(groups_table::last_activity_at))
        .execute(conn)?;
    Ok(())
}

/// The thread if the viewer is a member of its group, else NotFound.
pub fn find_thread_for(
    conn: &mut AnyConnection,
    viewer: &User,
    thread_id: &str,
) -> AppResult<Thread> {
    let thread = threads::table
        .find(thread_id)
        .select(Thread::as_select())
        .get_result(conn)
        .optional()?;
    let thread = thread.ok_or(AppError::NotFound)?;
    groups::require_member(conn, viewer, &thread.group_id)?;
    Ok(thread)
}

/// Loads a thread for reading and advances the viewer's read mark to its end.
pub fn open_thread(
    conn: &mut AnyConnection,
    cache: &snapshot::SnapshotCache,
    viewer: &User,
    thread_id: &str,
    rules: &PostRules,
) -> AppResult<ThreadView> {
    // Thread, group, membership and read mark in one round trip: this is the
    // most frequent request, and on PostgreSQL each query is a round trip.
    let row: Option<(Thread, Group, Option<i32>)> = threads::table
        .inner_join(groups_table::table)
        .inner_join(
            memberships::table.on(memberships::group_id
                .eq(threads::group_id)
                .and(memberships::user_id.eq(viewer.id.clone()))),
        )
        .left_join(
            thread_reads::table.on(thread_reads::thread_id
                .eq(threads::id)
                .and(thread_reads::user_id.eq(viewer.id.clone()))),
        )
        .filter(threads::id.eq(thread_id))
        .select((
            Thread::as_select(),
            Group::as_select(),
            thread_reads::last_read_seq.nullable(),
        ))
        .get_result(conn)
        .optional()?;
    let (thread, group, read) = row.ok_or(AppError::NotFound)?;
    let last_read_seq = read.unwrap_or(0);
    let posts = snapshot::posts_of(conn, cache, &thread)?;
    let first_unread_post_id = posts
        .posts
        .iter()
        .filter(|p| p.post.seq > last_read_seq)
        .min_by_key(|p| p.post.seq)
        .map(|p| p.post.id.clone());
    if last_read_seq < thread.post_count {
        mark_read(conn, &viewer.id, thread_id, thread.post_count)?;
    }
    Ok(ThreadView {
        thread,
        group,
        posts,
        last_read_seq,
        first_unread_post_id,
        viewer_id: viewer.id.clone(),
        editable_after: Utc::now().naive_utc() - rules.edit_window,
    })
}

fn read_mark(conn: &mut AnyConnection, user_id: &str, thread_id: &str) -> AppResult<i32> {
    Ok(thread_reads::table
        .find((user_id, thread_id))
        .select(thread_reads::last_read_seq)
        .get_result(conn)
        .optional()?
        .unwrap_or(0))
}

/// Moves the read mark forward (never back).
pub fn mark_read(
    conn: &mut AnyConnection,
    user_id: &str,
    thread_id: &str,
    seq: i32,
) -> AppResult<()> {
    let updated = diesel::update(thread_reads::table.find((user_id, thread_id)))
        .filter(thread_reads::last_read_seq.lt(seq))
        .set(thread_reads::last_read_seq.eq(seq))
        .execute(conn)?;
    if updated == 0 && read_mark_exists(conn, user_id, thread_id)? {
        return Ok(());
    }
    if updated == 0 {
        // In a savepoint: on PostgreSQL a failed statement would otherwise
        // abort the whole (posting) transaction around us.
        let inserted = conn.transaction(|conn| {
            diesel::insert_into(thread_reads::table)
                .values((
                    thread_reads::user_id.eq(user_id),
                    thread_reads::thread_id.eq(thread_id),
                    thread_reads::last_read_seq.eq(seq),
                ))
                .execute(conn)
        });
        match inserted {
            // Another request of the same member got there first; that is fine.
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => {}
            other => {
                other?;
            }
        }
    }
    Ok(())
}

fn read_mark_exists(conn: &mut AnyConnection, user_id: &str, thread_id: &str) -> AppResult<bool> {
    Ok(thread_reads::table
        .find((user_id, thread_id))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

#[expect(
    clippy::too_many_arguments,
    reason = "internal helper shared by thread start and reply"
)]
fn insert_post(
    conn: &mut AnyConnection,
    author: &User,
    thread_id: &str,
    group_id: &str,
    parent_id: Option<&str>,
    body: &str,
    html: SafeHtml,
    now: NaiveDateTime,
) -> AppResult<Post> {
    // Taking the next seq by incrementing the thread row serialises concurrent
    // replies to one thread (a row lock on PostgreSQL, the write lock on SQLite).
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::post_count.eq(threads::post_count + 1),
            threads::last_post_at.eq(now),
        ))
        .execute(conn)?;
    let seq: i32 = threads::table
        .find(thread_id)
        .select(threads::post_count)
        .get_result(conn)?;
    let id = Uuid::new_v4().to_string();
    diesel::insert_into(posts::table)
        .values((
            posts::id.eq(&id),
            posts::thread_id.eq(thread_id),
            posts::parent_id.eq(parent_id),
            posts::author_id.eq(&author.id),
            posts::seq.eq(seq),
            posts::body.eq(body),
            posts::body_html.eq(html.as_str()),
            posts::created_at.eq(now),
        ))
        .execute(conn)?;
    // The author has read their own post; if they were up to date, they stay so.
    if read_mark(conn, &author.id, thread_id)? == seq - 1 {
        mark_read(conn, &author.id, thread_id, seq)?;
    }
    groups::touch_activity(conn, group_id, now)?;
    // Per-post emails are composed after commit, from this note.
    note_for_notification(conn, &id, now)?;
    Ok(posts::table
        .find(&id)
        .select(Post::as_select())
        .get_result(conn)?)
}

/// Refuses a new post when its author has written the limit in the last 10
/// minutes. Counted in the database, so it holds across server processes.
fn check_post_rate(conn: &mut AnyConnection, author: &User, rules: &PostRules) -> AppResult<()> {
    if rules.max_posts_per_10_minutes <= 0 {
        return Ok(());
    }
    let since = Utc::now().naive_utc() - Duration::minutes(10);
    let recent: i64 = posts::table
        .filter(posts::author_id.eq(&author.id))
        .filter(posts::created_at.gt(since))
        .count()
        .get_result(conn)?;
    if recent >= rules.max_posts_per_10_minutes {
        return Err(AppError::TooManyRequests {
            retry_after_secs: 120,
        });
    }
    Ok(())
}

pub fn create_post(
    conn: &mut AnyConnection,
    author: &User,
    thread_id: &str,
    parent_id: Option<&str>,
    body: &str,
    allowed: &[String],
    rules: &PostRules,
) -> AppResult<Post> {
    // The same checks before the guard and again inside the transaction:
    // outsiders learn nothing (not even what is wrong with their text), and
    // a closed group or thread says so before the text is read.
    let thread = find_thread_for(conn, author, thread_id)?;
    groups::require_open(conn, &thread.group_id)?;
    phase::check_can_post(&thread, author)?;
    let group_id = thread.group_id;
    let voices = voices(conn, author, &group_id, allowed)?;
    let html = prepare_in(None, body, &voices, rules)?;
    conn.transaction(|conn| {
        hold_for_posting(conn, author, Some(thread_id), &group_id)?;
        let thread = find_thread_for(conn, author, thread_id)?;
        groups::require_open(conn, &thread.group_id)?;
        phase::check_can_post(&thread, author)?;
        check_post_rate(conn, author, rules)?;
        if let Some(parent) = parent_id {
            let parent_thread: Option<String> = posts::table
                .find(parent)
                .select(posts::thread_id)
                .get_result(conn)
                .optional()?;
            if parent_thread.as_deref() != Some(thread_id) {
                return Err(AppError::invalid(
                    "parent_id",
                    "is not a post in this thread",
                ));
            }
        }
        insert_post(
            conn,
            author,
            thread_id,
            &thread.group_id,
            parent_id,
            body,
            html,
            Utc::now().naive_utc(),
        )
    })
}

/// A post if the viewer is a member of its group, else NotFound.
pub fn find_post_for(conn: &mut AnyConnection, viewer: &User, post_id: &str) -> AppResult<Post> {
    let post = posts::table
        .find(post_id)
        .select(Post::as_select())
        .get_result(conn)
        .optional()?;
    let post = post.ok_or(AppError::NotFound)?;
    find_thread_for(conn, viewer, &post.thread_id)?;
    Ok(post)
}

pub fn edit_post(
    conn: &mut AnyConnection,
    editor: &User,
    post_id: &str,
    body: &str,
    allowed: &[String],
    rules: &PostRules,
) -> AppResult<Post> {
    let post = find_post_for(conn, editor, post_id)?;
    let thread = find_thread_for(conn, editor, &post.thread_id)?;
    groups::require_open(conn, &thread.group_id)?;
    if thread.phase == Some(phase::Phase::Closed) {
        return Err(AppError::Conflict(Code::ThreadClosed));
    }
    if post.author_id != editor.id {
        return Err(AppError::Forbidden(Code::NotAuthor));
    }
    let now = Utc::now().naive_utc();
    if now - post.created_at > rules.edit_window {
        return Err(AppError::Conflict(Code::EditWindowClosed));
    }
    let voices = voices(conn, editor, &thread.group_id, allowed)?;
    let html = prepare_in(None, body, &voices, rules)?;
    diesel::update(posts::table.find(post_id))
        .set((
            posts::body.eq(body),
            posts::body_html.eq(html.as_str()),
            posts::edited_at.eq(Some(now)),
        ))
        .execute(conn)?;
    Ok(posts::table
        .find(post_id)
        .select(Post::as_select())
        .get_result(conn)?)
}

/// Author names for a set of posts, in one query.
pub fn author_names(
    conn: &mut AnyConnection,
    ids: &[String],
) -> AppResult<std::collections::HashMap<String, String>> {
    let rows: Vec<(String, String)> = users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::name))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The opening post of a thread.
pub fn first_post(conn: &mut AnyConnection, thread_id: &str) -> AppResult<Post> {
    Ok(posts::table
        .filter(posts::thread_id.eq(thread_id))
        .order(posts::seq.asc())
        .select(Post::as_select())
        .first(conn)?)
}

/// Notes a new post for per-post notification (`digest::run_notifications`
/// sends them), inside the posting transaction.
fn note_for_notification(
    conn: &mut AnyConnection,
    post_id: &str,
    at: NaiveDateTime,
) -> AppResult<()> {
    diesel::insert_into(post_notifications::table)
        .values((
            post_notifications::post_id.eq(post_id),
            post_notifications::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}
