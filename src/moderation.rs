//! Keeping an eye on groups: members may leave, facilitators and moderators
//! remove members (audited), quiet groups get a friendly nudge, and the
//! moderators' overview lists groups by inactivity.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::accounts::{Role, User};
use crate::db::AnyConnection;
use crate::db::schema::{groups as group_rows, memberships, posts, threads, users};
use crate::error::{AppError, AppResult, Code};
use crate::groups::{self, Group, MemberRole};

/// Removes `member_id` from a group: themselves (leaving), or by a facilitator,
/// a moderator or an admin. Audited with the reason.
pub fn remove_member(
    conn: &mut AnyConnection,
    actor: &User,
    group_id: &str,
    member_id: &str,
    reason: &str,
) -> AppResult<()> {
    let leaving = actor.id == member_id;
    crate::guard::check_labels(&[("reason", reason)])?;
    if !leaving {
        let facilitator =
            groups::membership_role(conn, group_id, &actor.id)? == Some(MemberRole::Facilitator);
        let staff = matches!(actor.role, Role::Admin | Role::Moderator);
        if !facilitator && !staff {
            // Members of the group learn nothing they could not see; others get 404.
            groups::require_member(conn, actor, group_id)?;
            return Err(AppError::Forbidden(Code::ManageMembers));
        }
    }
    conn.transaction(|conn| {
        let n = diesel::delete(memberships::table.find((group_id, member_id))).execute(conn)?;
        if n == 0 {
            return Err(AppError::NotFound);
        }
        let action = if leaving { "leave" } else { "remove_member" };
        crate::audit::audit(
            conn,
            &actor.id,
            Some(group_id),
            action,
            &format!("{member_id} {}", reason.trim()),
        )?;
        Ok(())
    })
}

/// One line of the moderators' overview.
#[derive(Debug, Clone, Serialize)]
pub struct GroupActivity {
    pub id: String,
    pub name: String,
    pub last_activity_at: NaiveDateTime,
    pub days_quiet: i64,
    pub posts_last_30_days: i64,
    pub active_members_last_30_days: i64,
    pub members: i64,
    pub inactive: bool,
    pub closed_at: Option<NaiveDateTime>,
}

/// All groups, the quietest first (moderators and admins only).
pub fn overview(
    conn: &mut AnyConnection,
    actor: &User,
    now: NaiveDateTime,
    inactive_days: i64,
) -> AppResult<Vec<GroupActivity>> {
    if !matches!(actor.role, Role::Admin | Role::Moderator) {
        return Err(AppError::Forbidden(Code::ModeratorsOnly));
    }
    let month_ago = now - Duration::days(30);
    let all: Vec<Group> = group_rows::table
        .order(group_rows::last_activity_at.asc())
        .select(Group::as_select())
        .load(conn)?;
    let recent: Vec<(String, String)> = posts::table
        .inner_join(threads::table)
        .filter(posts::created_at.gt(month_ago))
        .select((threads::group_id, posts::author_id))
        .load(conn)?;
    let sizes: Vec<(String, i64)> = memberships::table
        .group_by(memberships::group_id)
        .select((memberships::group_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(all
        .into_iter()
        .map(|g| {
            let mine: Vec<&(String, String)> =
                recent.iter().filter(|(gid, _)| *gid == g.id).collect();
            let mut authors: Vec<&str> = mine.iter().map(|(_, a)| a.as_str()).collect();
            authors.sort_unstable();
            authors.dedup();
            let days_quiet = (now - g.last_activity_at).num_days();
            GroupActivity {
                posts_last_30_days: mine.len() as i64,
                active_members_last_30_days: authors.len() as i64,
                members: sizes
                    .iter()
                    .find(|(gid, _)| *gid == g.id)
                    .map(|(_, n)| *n)
                    .unwrap_or(0),
                inactive: g.closed_at.is_none() && days_quiet >= inactive_days,
                days_quiet,
                id: g.id,
                name: g.name,
                last_activity_at: g.last_activity_at,
                closed_at: g.closed_at,
            }
        })
        .collect())
}

/// Tells the members of groups quiet for `quiet_days` that their group has
/// gone quiet: once per quiet spell. Returns messages queued.
pub fn nudge_quiet_groups(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    now: NaiveDateTime,
) -> AppResult<usize> {
    let days = env.settings.moderation.quiet_days;
    if days <= 0 {
        return Ok(0);
    }
    let quiet: Vec<Group> = group_rows::table
        .filter(group_rows::closed_at.is_null())
        .filter(group_rows::last_activity_at.lt(now - Duration::days(days)))
        .filter(
            group_rows::quiet_notice_at
                .is_null()
                .or(group_rows::quiet_notice_at.lt(group_rows::last_activity_at.nullable())),
        )
        .select(Group::as_select())
        .load(conn)?;
    let mut queued = 0;
    for g in quiet {
        queued += conn.transaction(|conn| {
            let claimed =
                diesel::update(group_rows::table.find(&g.id))
                    .filter(group_rows::quiet_notice_at.is_null().or(
                        group_rows::quiet_notice_at.lt(group_rows::last_activity_at.nullable()),
                    ))
                    .set(group_rows::quiet_notice_at.eq(Some(now)))
                    .execute(conn)?;
            if claimed == 0 {
                return Ok::<_, AppError>(0);
            }
            let members: Vec<User> = memberships::table
                .inner_join(users::table)
                .filter(memberships::group_id.eq(&g.id))
                .filter(users::mail_disabled_at.is_null())
                .select(User::as_select())
                .load(conn)?;
            let mut n = 0;
            for m in members {
                let msg = crate::mail::compose::group_quiet(env, &m, &g.id, &g.name, days)?;
                crate::mail::enqueue(conn, &msg)?;
                n += 1;
            }
            Ok(n)
        })?;
    }
    Ok(queued)
}

/// One audit line as admins read it.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub actor: String,
    pub group_id: Option<String>,
    pub action: String,
    pub detail: String,
}

/// The audit log, newest first (admins only).
pub fn audit_log(
    conn: &mut AnyConnection,
    actor: &User,
    group_id: Option<&str>,
) -> AppResult<Vec<AuditEntry>> {
    use crate::db::schema::audit_log;
    // Administrators read the whole log; a facilitator their own group's.
    let facilitator = match group_id {
        Some(g) => groups::membership_role(conn, g, &actor.id)? == Some(MemberRole::Facilitator),
        None => false,
    };
    if actor.role != Role::Admin && !facilitator {
        return Err(AppError::Forbidden(Code::AdminOnly));
    }
    let mut query = audit_log::table
        .inner_join(users::table.on(users::id.eq(audit_log::actor_id)))
        .select((
            audit_log::created_at,
            users::name,
            audit_log::group_id,
            audit_log::action,
            audit_log::detail,
        ))
        .order(audit_log::created_at.desc())
        .limit(1000)
        .into_boxed();
    if let Some(g) = group_id {
        query = query.filter(audit_log::group_id.eq(g.to_string()));
    }
    Ok(query.load(conn)?)
}

/// Retention: deletes the threads and posts of groups closed for more than
/// `months` (0: keep for ever). The group itself, its membership list and the
/// audit log stay, so moderators can see what was there and when it went.
pub fn purge_closed_groups(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    months: u32,
) -> AppResult<usize> {
    if months == 0 {
        return Ok(0);
    }
    let Some(before) = now.checked_sub_months(chrono::Months::new(months)) else {
        return Ok(0);
    };
    conn.transaction(|conn| {
        let expired: Vec<String> = group_rows::table
            .filter(group_rows::closed_at.le(before))
            .select(group_rows::id)
            .load(conn)?;
        if expired.is_empty() {
            return Ok(0);
        }
        // Posts, read marks, notes and notification marks go with their threads (ON DELETE CASCADE).
        let n = diesel::delete(threads::table.filter(threads::group_id.eq_any(&expired)))
            .execute(conn)?;
        if n > 0 {
            tracing::info!(
                groups = expired.len(),
                threads = n,
                "retention: deleted the content of long-closed groups"
            );
        }
        Ok(n)
    })
}
