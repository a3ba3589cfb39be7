//! Narrative threads, after the Swedish consultation course: a teller brings a
//! real problem, one listener helps them illuminate it (asking, not advising),
//! the others observe and keep private notes; then everyone reflects, and the
//! teller closes the thread. Over time everyone should take both roles.
//!
//! Permissions live here, in the service layer: templates only mirror them.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use uuid::Uuid;

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::db::schema::{memberships, observation_notes, threads as thread_rows, users};
use crate::error::{AppError, AppResult, Code};
use crate::groups;
use crate::threads::{self, PostRules, Thread, ThreadKind};

use crate::threads::phase::phase_of;
pub use crate::threads::phase::{Phase, Role, check_can_post, role_of};

/// Starts a narrative thread: the author is the teller, `listener_id` a fellow member.
#[expect(
    clippy::too_many_arguments,
    reason = "a narrative thread is its group, title, story, listener and the guard's allow-list"
)]
pub fn create(
    conn: &mut AnyConnection,
    teller: &User,
    group_id: &str,
    title: &str,
    story: &str,
    listener_id: &str,
    allowed: &[String],
    rules: &PostRules,
) -> AppResult<Thread> {
    groups::require_member(conn, teller, group_id)?;
    if listener_id == teller.id || groups::membership_role(conn, group_id, listener_id)?.is_none() {
        return Err(AppError::invalid(
            "listener_id",
            "must be another member of the group",
        ));
    }
    conn.transaction(|conn| {
        let thread = threads::create_thread(
            conn,
            teller,
            group_id,
            ThreadKind::Narrative,
            title,
            story,
            allowed,
            rules,
        )?;
        diesel::update(thread_rows::table.find(&thread.id))
            .set((
                thread_rows::listener_id.eq(Some(listener_id)),
                thread_rows::phase.eq(Some(Phase::Conversation)),
            ))
            .execute(conn)?;
        Ok(thread_rows::table
            .find(&thread.id)
            .select(Thread::as_select())
            .get_result(conn)?)
    })
}

/// Moves a narrative thread on: teller or listener to reflection; the teller
/// closes it after reflection.
pub fn set_phase(
    conn: &mut AnyConnection,
    user: &User,
    thread_id: &str,
    to: Phase,
) -> AppResult<Thread> {
    let thread = threads::find_thread_for(conn, user, thread_id)?;
    let from = phase_of(&thread).ok_or(AppError::Conflict(Code::NotNarrative))?;
    let role = role_of(&thread, user);
    match (from, to, role) {
        (Phase::Conversation, Phase::Reflection, Role::Teller | Role::Listener) => {}
        (Phase::Reflection, Phase::Closed, Role::Teller) => {}
        (_, _, Role::Observer) => return Err(AppError::Forbidden(Code::TellerOrListenerOnly)),
        (Phase::Reflection | Phase::Conversation, Phase::Closed, Role::Listener) => {
            return Err(AppError::Forbidden(Code::TellerCloses));
        }
        _ => return Err(AppError::Conflict(Code::PhaseOrder)),
    }
    diesel::update(thread_rows::table.find(thread_id))
        .set(thread_rows::phase.eq(Some(to)))
        .execute(conn)?;
    Ok(thread_rows::table
        .find(thread_id)
        .select(Thread::as_select())
        .get_result(conn)?)
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = observation_notes)]
pub struct Note {
    pub id: String,
    pub thread_id: String,
    pub author_id: String,
    pub body: String,
    pub created_at: NaiveDateTime,
    pub published_post_id: Option<String>,
}

/// An observer's private note. Goes through the identifier guard like a post.
pub fn add_note(
    conn: &mut AnyConnection,
    user: &User,
    thread_id: &str,
    body: &str,
    rules: &PostRules,
) -> AppResult<Note> {
    let thread = threads::find_thread_for(conn, user, thread_id)?;
    groups::require_open(conn, &thread.group_id)?;
    match phase_of(&thread) {
        None => return Err(AppError::Conflict(Code::NotNarrative)),
        Some(Phase::Closed) => return Err(AppError::Conflict(Code::ThreadClosed)),
        Some(_) => {}
    }
    if role_of(&thread, user) != Role::Observer {
        return Err(AppError::Forbidden(Code::ObserversOnly));
    }
    let voices = threads::voices(conn, user, &thread.group_id, &[])?;
    threads::prepare_in(None, body, &voices, rules)?;
    let id = Uuid::new_v4().to_string();
    diesel::insert_into(observation_notes::table)
        .values((
            observation_notes::id.eq(&id),
            observation_notes::thread_id.eq(thread_id),
            observation_notes::author_id.eq(&user.id),
            observation_notes::body.eq(body),
            observation_notes::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(observation_notes::table
        .find(&id)
        .select(Note::as_select())
        .get_result(conn)?)
}

/// The caller's own notes on a thread: notes are private to their author.
pub fn my_notes(conn: &mut AnyConnection, user: &User, thread_id: &str) -> AppResult<Vec<Note>> {
    threads::find_thread_for(conn, user, thread_id)?;
    Ok(observation_notes::table
        .filter(observation_notes::thread_id.eq(thread_id))
        .filter(observation_notes::author_id.eq(&user.id))
        .order(observation_notes::created_at.asc())
        .select(Note::as_select())
        .load(conn)?)
}

/// Publishes one of the caller's notes as a reflection (reflection phase
/// only). The note must belong to `thread_id`, the thread its URL names:
/// otherwise NotFound, as for someone else's note.
pub fn publish_note(
    conn: &mut AnyConnection,
    user: &User,
    thread_id: &str,
    note_id: &str,
    rules: &PostRules,
) -> AppResult<threads::Post> {
    let note: Note = observation_notes::table
        .find(note_id)
        .filter(observation_notes::author_id.eq(&user.id))
        .filter(observation_notes::thread_id.eq(thread_id))
        .select(Note::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    if note.published_post_id.is_some() {
        return Err(AppError::Conflict(Code::AlreadyPublished));
    }
    let thread = threads::find_thread_for(conn, user, &note.thread_id)?;
    if phase_of(&thread) != Some(Phase::Reflection) {
        return Err(AppError::Conflict(Code::PublishInReflection));
    }
    conn.transaction(|conn| {
        let post = threads::create_post(conn, user, &note.thread_id, None, &note.body, &[], rules)?;
        diesel::update(observation_notes::table.find(note_id))
            .set(observation_notes::published_post_id.eq(Some(&post.id)))
            .execute(conn)?;
        Ok(post)
    })
}

/// How often each member has been teller and listener in a group.
#[derive(Debug, Clone, Serialize)]
pub struct Turns {
    pub user_id: String,
    pub name: String,
    pub teller: i64,
    pub listener: i64,
    pub last_listened: Option<NaiveDateTime>,
}

pub fn rotation(conn: &mut AnyConnection, viewer: &User, group_id: &str) -> AppResult<Vec<Turns>> {
    groups::require_member(conn, viewer, group_id)?;
    let members: Vec<(String, String)> = memberships::table
        .inner_join(users::table)
        .filter(memberships::group_id.eq(group_id))
        .order(users::name.asc())
        .select((users::id, users::name))
        .load(conn)?;
    let narratives: Vec<(String, Option<String>, NaiveDateTime)> = thread_rows::table
        .filter(thread_rows::group_id.eq(group_id))
        .filter(thread_rows::kind.eq(ThreadKind::Narrative))
        .select((
            thread_rows::author_id,
            thread_rows::listener_id,
            thread_rows::created_at,
        ))
        .load(conn)?;
    Ok(members
        .into_iter()
        .map(|(user_id, name)| Turns {
            teller: narratives.iter().filter(|(t, _, _)| *t == user_id).count() as i64,
            listener: narratives
                .iter()
                .filter(|(_, l, _)| l.as_deref() == Some(user_id.as_str()))
                .count() as i64,
            last_listened: narratives
                .iter()
                .filter(|(_, l, _)| l.as_deref() == Some(user_id.as_str()))
                .map(|(_, _, at)| *at)
                .max(),
            user_id,
            name,
        })
        .collect())
}

/// The listener to suggest for a new story by `teller`: fewest listener turns,
/// then longest since they last listened (never first).
pub fn suggest_listener(turns: &[Turns], teller_id: &str) -> Option<String> {
    turns
        .iter()
        .filter(|t| t.user_id != teller_id)
        .min_by_key(|t| (t.listener, t.last_listened))
        .map(|t| t.user_id.clone())
}

/// What the new-thread form needs: the group, the others with their turns,
/// and the listener to suggest.
pub fn new_thread_choices(
    conn: &mut AnyConnection,
    user: &User,
    group_id: &str,
) -> AppResult<(crate::groups::Group, Vec<Turns>, Option<String>)> {
    let turns = rotation(conn, user, group_id)?;
    let group = groups::find_group(conn, group_id)?;
    let suggested = suggest_listener(&turns, &user.id);
    let others = turns.into_iter().filter(|t| t.user_id != user.id).collect();
    Ok((group, others, suggested))
}

/// What a narrative thread's page shows the viewer: phase, roles, and their own notes.
#[derive(Debug, Clone, Serialize)]
pub struct NarrativeView {
    pub phase: Phase,
    pub role: Role,
    pub teller_name: String,
    pub listener_name: String,
    pub notes: Vec<Note>,
}

pub fn view_for(
    conn: &mut AnyConnection,
    user: &User,
    thread: &Thread,
) -> AppResult<Option<NarrativeView>> {
    let Some(phase) = phase_of(thread) else {
        return Ok(None);
    };
    let name = |conn: &mut AnyConnection, id: &str| -> AppResult<String> {
        Ok(crate::accounts::find_user(conn, id)?.name)
    };
    let teller_name = name(conn, &thread.author_id)?;
    let listener_name = match &thread.listener_id {
        Some(id) => name(conn, id)?,
        None => String::new(),
    };
    let notes = my_notes(conn, user, &thread.id)?;
    Ok(Some(NarrativeView {
        phase,
        role: role_of(thread, user),
        teller_name,
        listener_name,
        notes,
    }))
}

/// The next teller and listener so that everyone takes both roles: the member
/// who has told least, and the listener suggested for them. Names, for the page.
pub fn suggest_pair(turns: &[Turns]) -> Option<(String, String)> {
    let teller = turns.iter().min_by_key(|t| (t.teller, t.listener))?;
    let listener_id = suggest_listener(turns, &teller.user_id)?;
    let listener = turns.iter().find(|t| t.user_id == listener_id)?;
    Some((teller.name.clone(), listener.name.clone()))
}

/// Moves the thread on and tells the group by email, in one transaction.
pub fn change_phase(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    user: &User,
    thread_id: &str,
    to: Phase,
) -> AppResult<Thread> {
    use crate::db::schema::{delivery_choices, groups as group_rows};
    use crate::mail::{self, compose, tokens};
    conn.transaction(|conn| {
        let thread = set_phase(conn, user, thread_id, to)?;
        let group_name: String = group_rows::table
            .find(&thread.group_id)
            .select(group_rows::name)
            .get_result(conn)?;
        // Everyone else in the group who takes email at all.
        let recipients: Vec<User> = memberships::table
            .inner_join(users::table)
            .left_join(
                delivery_choices::table.on(delivery_choices::group_id
                    .eq(memberships::group_id)
                    .and(delivery_choices::user_id.eq(memberships::user_id))),
            )
            .filter(memberships::group_id.eq(&thread.group_id))
            .filter(memberships::user_id.ne(&user.id))
            .filter(users::mail_disabled_at.is_null())
            .filter(
                delivery_choices::delivery
                    .is_null()
                    .or(delivery_choices::delivery.ne("none")),
            )
            .select(User::as_select())
            .load(conn)?;
        let base = env.settings.server.public_url.trim_end_matches('/');
        let group = compose::MailGroup {
            id: thread.group_id.clone(),
            name: group_name,
            url: format!("{base}/groups/{}", thread.group_id),
            posting_address: String::new(),
            threads: Vec::new(),
        };
        let mail_thread = compose::MailThread {
            id: thread.id.clone(),
            title: thread.title.clone(),
            url: format!("{base}/threads/{}", thread.id),
            reply_address: String::new(),
            phase: thread.phase.map(|p| p.as_str().to_string()),
            roles: None,
            posts: Vec::new(),
        };
        for to in recipients {
            let token = tokens::unsubscribe_token(&env.keys, &to.id, &thread.group_id)?;
            let msg = compose::phase_change(env, &to, &group, &mail_thread, &user.name, &token)?;
            mail::enqueue(conn, &msg)?;
        }
        Ok(thread)
    })
}

/// Reminds the people a quiet narrative thread is waiting for: teller and
/// listener during the conversation, everyone during the reflection. Once per
/// quiet spell (a new post starts a new one). Returns messages queued.
pub fn send_reminders(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    now: NaiveDateTime,
) -> AppResult<usize> {
    let days = env.settings.narrative.reminder_days;
    if days <= 0 {
        return Ok(0);
    }
    let quiet_since = now - chrono::Duration::days(days);
    let due: Vec<Thread> = thread_rows::table
        .filter(thread_rows::phase.eq_any([Phase::Conversation, Phase::Reflection]))
        .filter(thread_rows::last_post_at.lt(quiet_since))
        .filter(
            thread_rows::reminded_at
                .is_null()
                .or(thread_rows::reminded_at.lt(thread_rows::last_post_at.nullable())),
        )
        .select(Thread::as_select())
        .load(conn)?;
    let mut queued = 0;
    for thread in due {
        queued += conn.transaction(|conn| {
            // Claim first (a write): another process finds it reminded and skips.
            let claimed = diesel::update(thread_rows::table.find(&thread.id))
                .filter(
                    thread_rows::reminded_at
                        .is_null()
                        .or(thread_rows::reminded_at.lt(thread_rows::last_post_at.nullable())),
                )
                .set(thread_rows::reminded_at.eq(Some(now)))
                .execute(conn)?;
            if claimed == 0 {
                return Ok::<_, AppError>(0);
            }
            let in_conversation = thread.phase == Some(Phase::Conversation);
            let mut who: Vec<String> = vec![thread.author_id.clone()];
            if in_conversation {
                who.extend(thread.listener_id.clone());
            } else {
                who = memberships::table
                    .filter(memberships::group_id.eq(&thread.group_id))
                    .select(memberships::user_id)
                    .load(conn)?;
            }
            let recipients: Vec<User> = users::table
                .filter(users::id.eq_any(&who))
                .filter(users::mail_disabled_at.is_null())
                .select(User::as_select())
                .load(conn)?;
            let mut n = 0;
            for to in recipients {
                let msg = crate::mail::compose::phase_reminder(
                    env,
                    &to,
                    &thread.id,
                    &thread.title,
                    thread.phase.map_or("", Phase::as_str),
                    days,
                )?;
                crate::mail::enqueue(conn, &msg)?;
                n += 1;
            }
            Ok(n)
        })?;
    }
    Ok(queued)
}
