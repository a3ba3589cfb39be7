//! Data rights: deleting an account, by its owner (with their password) or by
//! an admin on request. The row stays, because posts and the audit log point
//! to it, but everything personal goes: name, email, password, sessions,
//! memberships, settings, tokens, private notes, the learning log, queued
//! mail, registrations.
//! Posts stay under "former member", or lose their text where the group's
//! setting (`groups.departed_posts`) says so.

use chrono::Utc;
use diesel::prelude::*;

use super::User;
use crate::db::AnyConnection;
use crate::db::schema::{
    delivery_choices, digest_marks, groups, learning_entries, memberships, observation_notes,
    outbox, posting_tokens, posts, registrants, reply_endings, reply_tokens, sessions,
    thread_reads, threads, users,
};
use crate::error::{AppError, AppResult, Code};

/// What a deleted author is called from now on, in both languages of the UI.
pub const FORMER_MEMBER: &str = "Former member · Tidigare medlem";
const REMOVED_TEXT: &str = "[Removed at the author's request · Borttaget på skribentens begäran]";

/// `password_confirmed`: the caller checked the actor's own password (through
/// the throttled check every password goes through), which deleting one's own
/// account needs, so that a borrowed session cannot do it.
pub fn delete_account(
    conn: &mut AnyConnection,
    actor: &User,
    target_id: &str,
    password_confirmed: bool,
) -> AppResult<()> {
    if actor.id == target_id {
        if !password_confirmed {
            return Err(AppError::invalid("password", "is not your password"));
        }
    } else if !actor.is_admin() {
        return Err(AppError::Forbidden(Code::AdminOnly));
    }
    let target = super::find_user(conn, target_id).map_err(|_| AppError::NotFound)?;
    let now = Utc::now().naive_utc();
    conn.transaction(|conn| {
        // Text removed in groups that ask for it; the posts stay so replies keep their place.
        let removing: Vec<String> = groups::table
            .filter(groups::departed_posts.eq("remove"))
            .select(groups::id)
            .load(conn)?;
        let in_removing = threads::table
            .filter(threads::group_id.eq_any(&removing))
            .select(threads::id);
        diesel::update(
            posts::table
                .filter(posts::author_id.eq(target_id))
                .filter(posts::thread_id.eq_any(in_removing)),
        )
        .set((
            posts::body.eq(REMOVED_TEXT),
            posts::body_html.eq(format!("<p><em>{REMOVED_TEXT}</em></p>")),
        ))
        .execute(conn)?;
        diesel::delete(sessions::table.filter(sessions::user_id.eq(target_id))).execute(conn)?;
        diesel::delete(memberships::table.filter(memberships::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(thread_reads::table.filter(thread_reads::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(delivery_choices::table.filter(delivery_choices::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(digest_marks::table.filter(digest_marks::user_id.eq(target_id)))
            .execute(conn)?;
        // The private learning log goes whole (issue 18).
        diesel::delete(learning_entries::table.filter(learning_entries::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(reply_endings::table.filter(reply_endings::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(reply_tokens::table.filter(reply_tokens::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(posting_tokens::table.filter(posting_tokens::user_id.eq(target_id)))
            .execute(conn)?;
        diesel::delete(
            observation_notes::table
                .filter(observation_notes::author_id.eq(target_id))
                .filter(observation_notes::published_post_id.is_null()),
        )
        .execute(conn)?;
        diesel::delete(
            outbox::table
                .filter(outbox::recipient.eq(&target.email))
                .filter(outbox::status.eq("pending")),
        )
        .execute(conn)?;
        diesel::delete(registrants::table.filter(registrants::email.eq(&target.email)))
            .execute(conn)?;
        diesel::update(users::table.find(target_id))
            .set((
                users::name.eq(FORMER_MEMBER),
                users::email.eq(format!("deleted-{target_id}@deleted.invalid")),
                users::password_hash.eq(None::<String>),
                users::locale.eq(None::<String>),
                users::time_zone.eq(None::<String>),
                users::mail_disabled_at.eq(Some(now)),
                users::deleted_at.eq(Some(now)),
            ))
            .execute(conn)?;
        crate::audit::audit(conn, &actor.id, None, "delete_account", target_id)?;
        Ok(())
    })
}
