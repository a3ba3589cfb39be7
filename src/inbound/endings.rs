//! A member's signature, learned from how their earlier replies ended,
//! without keeping those replies: for each reply only a keyed hash of each
//! of its last lines is stored (`reply_endings`). The block of last lines of
//! a new reply that also ended at least two earlier replies is the member's
//! signature, however it looks (title, practice, phone, a disclaimer), and
//! goes before the text is checked and posted (`signoff::strip_signoff`).

use chrono::Utc;
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::AnyConnection;
use crate::db::schema::reply_endings;
use crate::env::Env;
use crate::error::AppResult;

/// Lines of each ending kept, and endings kept per member.
const LINES: usize = 15;
const KEPT: i64 = 10;
/// A signature is a block that ended at least this many earlier replies.
const SEEN: usize = 2;

/// The last non-blank lines of a reply, oldest first.
fn last_lines(reply: &str) -> Vec<&str> {
    let lines: Vec<&str> = reply
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len().saturating_sub(LINES)..].to_vec()
}

/// Keyed, so a stored hash of a short line ("Anna") cannot be guessed offline.
fn tag(env: &Env, line: &str) -> String {
    let normal: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
    env.keys.short_tag(normal.to_lowercase().as_bytes())
}

/// The signature at the end of `reply`, if its last lines also ended at
/// least two of the member's earlier replies. Never the whole reply.
pub fn learned_signature(
    conn: &mut AnyConnection,
    env: &Env,
    user_id: &str,
    reply: &str,
) -> AppResult<Option<String>> {
    let earlier: Vec<Vec<String>> = reply_endings::table
        .filter(reply_endings::user_id.eq(user_id))
        .select(reply_endings::tags)
        .load::<String>(conn)?
        .into_iter()
        .map(|t| t.split(',').map(str::to_string).collect())
        .collect();
    let all: Vec<&str> = reply
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let lines = last_lines(reply);
    let tags: Vec<String> = lines.iter().map(|l| tag(env, l)).collect();
    // Longest first; at least one line of the member's own must stay above.
    for k in (1..=tags.len().min(all.len().saturating_sub(1))).rev() {
        let block = &tags[tags.len() - k..];
        let seen = earlier
            .iter()
            .filter(|e| e.len() >= k && e[e.len() - k..] == *block)
            .count();
        if seen >= SEEN {
            return Ok(Some(lines[lines.len() - k..].join("\n")));
        }
    }
    Ok(None)
}

/// Keeps how this reply ended, for the next one; the oldest beyond ten go.
pub fn remember(conn: &mut AnyConnection, env: &Env, user_id: &str, reply: &str) -> AppResult<()> {
    let tags: Vec<String> = last_lines(reply).iter().map(|l| tag(env, l)).collect();
    if tags.is_empty() {
        return Ok(());
    }
    diesel::insert_into(reply_endings::table)
        .values((
            reply_endings::id.eq(Uuid::new_v4().to_string()),
            reply_endings::user_id.eq(user_id),
            reply_endings::received_at.eq(Utc::now().naive_utc()),
            reply_endings::tags.eq(tags.join(",")),
        ))
        .execute(conn)?;
    let old: Vec<String> = reply_endings::table
        .filter(reply_endings::user_id.eq(user_id))
        .order(reply_endings::received_at.desc())
        .offset(KEPT)
        .select(reply_endings::id)
        .load(conn)?;
    if !old.is_empty() {
        diesel::delete(reply_endings::table.filter(reply_endings::id.eq_any(&old)))
            .execute(conn)?;
    }
    Ok(())
}
