//! Closed groups and their members. Content is visible to members only: every
//! lookup for a non-member answers NotFound, so outsiders cannot even learn
//! that a group exists. Admins manage groups and membership, but only members
//! read the threads.

pub mod api;
pub mod web;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use uuid::Uuid;

use crate::accounts::{self, NewUser, Role, User};
use crate::auth::{Claims, Keys, Purpose};
use crate::db::AnyConnection;
use crate::db::schema::{groups, memberships, users};
use crate::error::{AppError, AppResult, Code};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = groups)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub description: String,
    pub created_at: NaiveDateTime,
    pub last_activity_at: NaiveDateTime,
    /// A closed group is read-only: no posts by web, API or email, no digests.
    pub closed_at: Option<NaiveDateTime>,
    pub closed_reason: Option<String>,
    /// A deleted account's posts here: `keep` (as "former member") or `remove` (their text).
    pub departed_posts: String,
}

crate::text_enum! {
    /// A member's part in one group.
    pub enum MemberRole {
        Member = "member",
        Facilitator = "facilitator",
    }
}

impl MemberRole {
    pub fn parse(s: &str) -> AppResult<MemberRole> {
        MemberRole::from_code(s)
            .ok_or_else(|| AppError::invalid("role", "must be member or facilitator"))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub user_id: String,
    pub name: String,
    pub role: MemberRole,
    pub joined_at: NaiveDateTime,
}

/// What one viewer may do in one group.
#[derive(Debug, Clone, Copy)]
pub struct Access {
    pub is_member: bool,
    pub can_manage: bool,
}

pub fn validate_group_name(name: &str) -> AppResult<&str> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 || accounts::has_control(name) {
        return Err(AppError::invalid("name", "must be 1 to 120 characters"));
    }
    accounts::check_lookalike("name", name)?;
    Ok(name)
}

pub fn create_group(
    conn: &mut AnyConnection,
    actor: &User,
    name: &str,
    description: &str,
) -> AppResult<Group> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden(Code::AdminOnly));
    }
    let name = validate_group_name(name)?;
    if description.chars().count() > 2000 || description.contains('\0') {
        return Err(AppError::invalid(
            "description",
            "must be at most 2000 characters",
        ));
    }
    crate::guard::check_labels(&[("name", name), ("description", description)])?;
    let id = Uuid::new_v4().to_string();
    let now = Utc::now().naive_utc();
    diesel::insert_into(groups::table)
        .values((
            groups::id.eq(&id),
            groups::name.eq(name),
            groups::description.eq(description.trim()),
            groups::created_at.eq(now),
            groups::last_activity_at.eq(now),
        ))
        .execute(conn)?;
    crate::audit::audit(conn, &actor.id, Some(&id), "create_group", name)?;
    Ok(groups::table
        .find(&id)
        .select(Group::as_select())
        .get_result(conn)?)
}

pub fn find_group(conn: &mut AnyConnection, group_id: &str) -> AppResult<Group> {
    Ok(groups::table
        .find(group_id)
        .select(Group::as_select())
        .get_result(conn)?)
}

pub fn membership_role(
    conn: &mut AnyConnection,
    group_id: &str,
    user_id: &str,
) -> AppResult<Option<MemberRole>> {
    Ok(memberships::table
        .find((group_id, user_id))
        .select(memberships::role)
        .get_result(conn)
        .optional()?)
}

/// The group if this viewer may see it at all (member, moderator or admin), else NotFound.
pub fn find_group_for(
    conn: &mut AnyConnection,
    viewer: &User,
    group_id: &str,
) -> AppResult<(Group, Access)> {
    let group = groups::table
        .find(group_id)
        .select(Group::as_select())
        .get_result(conn)
        .optional()?;
    let role = membership_role(conn, group_id, &viewer.id)?;
    // Admins and moderators manage every group's membership; facilitators their own.
    let staff = matches!(viewer.role, Role::Admin | Role::Moderator);
    match (group, role) {
        (Some(group), role) if role.is_some() || staff => Ok((
            group,
            Access {
                is_member: role.is_some(),
                can_manage: staff || role == Some(MemberRole::Facilitator),
            },
        )),
        _ => Err(AppError::NotFound),
    }
}

/// The group's content is for members only; admins who are not members get NotFound too.
pub fn require_member(
    conn: &mut AnyConnection,
    viewer: &User,
    group_id: &str,
) -> AppResult<MemberRole> {
    membership_role(conn, group_id, &viewer.id)?.ok_or(AppError::NotFound)
}

/// The groups a member belongs to, most recently active first. Admins also
/// see the groups they manage but do not belong to.
pub fn list_groups_for(conn: &mut AnyConnection, viewer: &User) -> AppResult<Vec<(Group, bool)>> {
    let mine: Vec<Group> = groups::table
        .inner_join(memberships::table)
        .filter(memberships::user_id.eq(&viewer.id))
        .order(groups::last_activity_at.desc())
        .select(Group::as_select())
        .load(conn)?;
    let mut out: Vec<(Group, bool)> = mine.into_iter().map(|g| (g, true)).collect();
    if viewer.is_admin() {
        let all: Vec<Group> = groups::table
            .order(groups::name.asc())
            .select(Group::as_select())
            .load(conn)?;
        for g in all {
            if !out.iter().any(|(m, _)| m.id == g.id) {
                out.push((g, false));
            }
        }
    }
    Ok(out)
}

pub fn list_members(conn: &mut AnyConnection, group_id: &str) -> AppResult<Vec<Member>> {
    let rows: Vec<(String, String, MemberRole, NaiveDateTime)> = memberships::table
        .inner_join(users::table)
        .filter(memberships::group_id.eq(group_id))
        .order(users::name.asc())
        .select((
            users::id,
            users::name,
            memberships::role,
            memberships::joined_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, name, role, joined_at)| Member {
            user_id,
            name,
            role,
            joined_at,
        })
        .collect())
}

pub struct AddedMember {
    pub member: Member,
    /// A set-your-password link when the account has no password yet. It goes
    /// to the invitee by email only: whoever adds a member never sees it, so
    /// they cannot take over the account.
    pub invite_url: Option<String>,
}

/// Adds a member by email, creating the account when there is none yet. A new
/// account has no password; the returned invitation link lets its owner set one.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site per interface; a struct would only rename them"
)]
pub fn add_member(
    conn: &mut AnyConnection,
    keys: &Keys,
    public_url: &str,
    invite_ttl: chrono::Duration,
    actor: &User,
    group_id: &str,
    email: &str,
    name: Option<&str>,
    role: MemberRole,
) -> AppResult<AddedMember> {
    let (_, access) = find_group_for(conn, actor, group_id)?;
    if !access.can_manage {
        return Err(AppError::Forbidden(Code::ManageMembers));
    }
    let email = accounts::normalize_email(email)?;
    conn.transaction(|conn| {
        let (user, created) = match accounts::find_user_by_email(conn, &email)? {
            Some(user) => (user, false),
            None => {
                let name =
                    name.ok_or_else(|| AppError::invalid("name", "is required for a new account"))?;
                let user = accounts::create_user(
                    conn,
                    NewUser {
                        email: &email,
                        name,
                        role: Role::Member,
                        password_hash: None,
                    },
                )?;
                (user, true)
            }
        };
        if membership_role(conn, group_id, &user.id)?.is_some() {
            return Err(AppError::Conflict(Code::AlreadyMember));
        }
        let now = Utc::now().naive_utc();
        diesel::insert_into(memberships::table)
            .values((
                memberships::group_id.eq(group_id),
                memberships::user_id.eq(&user.id),
                memberships::role.eq(role),
                memberships::joined_at.eq(now),
            ))
            .execute(conn)?;
        crate::audit::audit(
            conn,
            &actor.id,
            Some(group_id),
            "add_member",
            &format!("{} {}", user.id, role.as_str()),
        )?;
        let invite_url = if created || user.password_hash.is_none() {
            let claims = Claims::new(Purpose::Invite, &user.id, None, Utc::now(), invite_ttl);
            Some(format!(
                "{}/welcome/{}",
                public_url.trim_end_matches('/'),
                keys.sign(&claims)?
            ))
        } else {
            None
        };
        Ok(AddedMember {
            member: Member {
                user_id: user.id,
                name: user.name,
                role,
                joined_at: now,
            },
            invite_url,
        })
    })
}

pub fn touch_activity(
    conn: &mut AnyConnection,
    group_id: &str,
    at: NaiveDateTime,
) -> AppResult<()> {
    diesel::update(groups::table.find(group_id))
        .set(groups::last_activity_at.eq(at))
        .execute(conn)?;
    Ok(())
}

/// Adds a member and, when their account is new, emails the invitation: both
/// in one transaction, so nobody is added without their invitation queued.
pub fn invite_member(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    actor: &User,
    group_id: &str,
    email: &str,
    name: Option<&str>,
    role: MemberRole,
) -> AppResult<AddedMember> {
    // No silent readers: staff join a group only through `join_as_staff`,
    // which tells its members who joined and why.
    let staff = matches!(actor.role, Role::Admin | Role::Moderator);
    if staff && accounts::normalize_email(email).is_ok_and(|e| e == actor.email) {
        return Err(AppError::invalid(
            "email",
            "to join a group yourself, join it with a reason: its members are told",
        ));
    }
    let ttl = chrono::Duration::days(env.settings.security.invite_days);
    conn.transaction(|conn| {
        let added = add_member(
            conn,
            &env.keys,
            &env.settings.server.public_url,
            ttl,
            actor,
            group_id,
            email,
            name,
            role,
        )?;
        if let Some(url) = &added.invite_url {
            let group = find_group(conn, group_id)?;
            let invitee = accounts::find_user(conn, &added.member.user_id)?;
            let msg =
                crate::mail::compose::invitation(env, &invitee, &group.name, &actor.name, url)?;
            crate::mail::enqueue(conn, &msg)?;
        }
        Ok(added)
    })
}

/// Sets what happens to a deleted account's posts in this group (managers only; audited).
pub fn set_departed_posts(
    conn: &mut AnyConnection,
    actor: &User,
    group_id: &str,
    value: &str,
) -> AppResult<Group> {
    let (_, access) = find_group_for(conn, actor, group_id)?;
    if !access.can_manage {
        return Err(AppError::Forbidden(Code::ManageGroup));
    }
    if value != "keep" && value != "remove" {
        return Err(AppError::invalid(
            "departed_posts",
            "must be keep or remove",
        ));
    }
    conn.transaction(|conn| {
        diesel::update(groups::table.find(group_id))
            .set(groups::departed_posts.eq(value))
            .execute(conn)?;
        crate::audit::audit(conn, &actor.id, Some(group_id), "departed_posts", value)?;
        find_group(conn, group_id)
    })
}

/// An administrator or moderator joins a group to read it. Never silently:
/// the reason is required, goes to the audit log, is shown on the group page
/// and is mailed to every member, in one transaction.
pub fn join_as_staff(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    actor: &User,
    group_id: &str,
    reason: &str,
) -> AppResult<Member> {
    require_moderator(actor)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 || accounts::has_control(reason) {
        return Err(AppError::invalid("reason", "must be 1 to 500 characters"));
    }
    crate::guard::check_labels(&[("reason", reason)])?;
    let group = find_group(conn, group_id)?;
    conn.transaction(|conn| {
        if membership_role(conn, group_id, &actor.id)?.is_some() {
            return Err(AppError::Conflict(Code::AlreadyMember));
        }
        let now = Utc::now().naive_utc();
        diesel::insert_into(memberships::table)
            .values((
                memberships::group_id.eq(group_id),
                memberships::user_id.eq(&actor.id),
                memberships::role.eq(MemberRole::Member),
                memberships::joined_at.eq(now),
                memberships::terms_accepted_at.eq(Some(now)),
            ))
            .execute(conn)?;
        crate::audit::audit(conn, &actor.id, Some(group_id), "staff_joined", reason)?;
        let members: Vec<User> = memberships::table
            .inner_join(users::table)
            .filter(memberships::group_id.eq(group_id))
            .filter(memberships::user_id.ne(&actor.id))
            .filter(users::mail_disabled_at.is_null())
            .select(User::as_select())
            .load(conn)?;
        for m in &members {
            let msg = crate::mail::compose::staff_joined(env, m, &group.name, &actor.name, reason)?;
            crate::mail::enqueue(conn, &msg)?;
        }
        Ok(Member {
            user_id: actor.id.clone(),
            name: actor.name.clone(),
            role: MemberRole::Member,
            joined_at: now,
        })
    })
}

/// Staff who joined a group, when, and why: shown to its members.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StaffJoin {
    pub name: String,
    pub at: NaiveDateTime,
    pub reason: String,
}

pub fn staff_joins(conn: &mut AnyConnection, group_id: &str) -> AppResult<Vec<StaffJoin>> {
    use crate::db::schema::audit_log;
    let rows: Vec<(String, NaiveDateTime, String)> = audit_log::table
        .inner_join(users::table.on(users::id.eq(audit_log::actor_id)))
        .filter(audit_log::group_id.eq(group_id))
        .filter(audit_log::action.eq("staff_joined"))
        .order(audit_log::created_at.asc())
        .select((users::name, audit_log::created_at, audit_log::detail))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(name, at, reason)| StaffJoin { name, at, reason })
        .collect())
}

fn require_moderator(actor: &User) -> AppResult<()> {
    match actor.role {
        Role::Admin | Role::Moderator => Ok(()),
        Role::Member => Err(AppError::Forbidden(Code::ModeratorsOnly)),
    }
}

/// Closes a group (moderators and admins): read-only from now on; the reason
/// goes to the audit log and to the members by email.
pub fn close_group(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    actor: &User,
    group_id: &str,
    reason: &str,
) -> AppResult<Group> {
    require_moderator(actor)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 || accounts::has_control(reason) {
        return Err(AppError::invalid("reason", "must be 1 to 500 characters"));
    }
    crate::guard::check_labels(&[("reason", reason)])?;
    conn.transaction(|conn| {
        let group = find_group(conn, group_id).map_err(|_| AppError::NotFound)?;
        if group.closed_at.is_some() {
            return Err(AppError::Conflict(Code::GroupClosed));
        }
        diesel::update(groups::table.find(group_id))
            .set((
                groups::closed_at.eq(Some(Utc::now().naive_utc())),
                groups::closed_reason.eq(Some(reason)),
            ))
            .execute(conn)?;
        crate::audit::audit(conn, &actor.id, Some(group_id), "close", reason)?;
        let members: Vec<User> = memberships::table
            .inner_join(users::table)
            .filter(memberships::group_id.eq(group_id))
            .filter(users::mail_disabled_at.is_null())
            .select(User::as_select())
            .load(conn)?;
        for m in members {
            let msg = crate::mail::compose::group_closed(env, &m, &group.name, reason)?;
            crate::mail::enqueue(conn, &msg)?;
        }
        find_group(conn, group_id)
    })
}

pub fn reopen_group(conn: &mut AnyConnection, actor: &User, group_id: &str) -> AppResult<Group> {
    require_moderator(actor)?;
    conn.transaction(|conn| {
        let group = find_group(conn, group_id).map_err(|_| AppError::NotFound)?;
        if group.closed_at.is_none() {
            return Err(AppError::Conflict(Code::GroupOpen));
        }
        diesel::update(groups::table.find(group_id))
            .set((
                groups::closed_at.eq(None::<NaiveDateTime>),
                groups::closed_reason.eq(None::<String>),
            ))
            .execute(conn)?;
        crate::audit::audit(conn, &actor.id, Some(group_id), "reopen", "")?;
        find_group(conn, group_id)
    })
}

/// Refuses writing in a closed group.
pub fn require_open(conn: &mut AnyConnection, group_id: &str) -> AppResult<()> {
    let closed: Option<NaiveDateTime> = groups::table
        .find(group_id)
        .select(groups::closed_at)
        .get_result(conn)?;
    match closed {
        Some(_) => Err(AppError::Conflict(Code::GroupClosed)),
        None => Ok(()),
    }
}

/// A group's threads and posts as one Markdown document, for its members to
/// keep (for instance before the group is closed).
pub fn export_markdown(
    conn: &mut AnyConnection,
    viewer: &User,
    group_id: &str,
) -> AppResult<String> {
    use crate::db::schema::{posts, threads};
    require_member(conn, viewer, group_id)?;
    let group = find_group(conn, group_id)?;
    let rows: Vec<(String, String, i32, String, String, NaiveDateTime)> = threads::table
        .inner_join(posts::table.inner_join(users::table))
        .filter(threads::group_id.eq(group_id))
        .order((
            threads::created_at.asc(),
            threads::id.asc(),
            posts::seq.asc(),
        ))
        .select((
            threads::id,
            threads::title,
            posts::seq,
            users::name,
            posts::body,
            posts::created_at,
        ))
        .load(conn)?;
    let mut out = format!("# {}\n\n", group.name);
    let mut current = String::new();
    for (thread_id, title, seq, author, body, at) in rows {
        if thread_id != current {
            out.push_str(&format!("\n## {title}\n\n"));
            current = thread_id;
        }
        out.push_str(&format!(
            "**{author}**, {} (#{seq})\n\n{}\n\n---\n\n",
            at.format("%Y-%m-%d %H:%M UTC"),
            body.trim()
        ));
    }
    Ok(out)
}
