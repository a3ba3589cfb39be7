//! Who gets what by email, and when: each member's delivery choice per group
//! (every post, daily, weekly, nothing; daily by default), per-post
//! notifications, and digests at the member's own hour in their time zone.
//!
//! Composing a digest, advancing that member's marks and queuing the message
//! happen in one transaction, so a crash at any point neither loses a digest
//! nor queues it twice.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDateTime, TimeZone};
use diesel::prelude::*;
use serde::Serialize;

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::db::schema::{
    delivery_choices, digest_marks, groups, memberships, post_notifications, posts, threads, users,
};
use crate::env::Env;
use crate::error::{AppError, AppResult};
use crate::mail::compose::{self, MailGroup, MailPost, MailThread};
use crate::mail::{self, tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    Each,
    Daily,
    Weekly,
    None,
}

impl Delivery {
    pub fn parse(s: &str) -> AppResult<Delivery> {
        match s {
            "each" => Ok(Delivery::Each),
            "daily" => Ok(Delivery::Daily),
            "weekly" => Ok(Delivery::Weekly),
            "none" => Ok(Delivery::None),
            _ => Err(AppError::invalid(
                "delivery",
                "must be each, daily, weekly or none",
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Each => "each",
            Delivery::Daily => "daily",
            Delivery::Weekly => "weekly",
            Delivery::None => "none",
        }
    }

    fn from_row(s: Option<&str>) -> Delivery {
        s.and_then(|s| Delivery::parse(s).ok())
            .unwrap_or(Delivery::Daily)
    }
}

/// The member's choice for every group they belong to.
pub fn choices_for(
    conn: &mut AnyConnection,
    user_id: &str,
) -> AppResult<Vec<(String, String, Delivery)>> {
    let rows: Vec<(String, String, Option<String>)> = memberships::table
        .inner_join(groups::table)
        .left_join(
            delivery_choices::table.on(delivery_choices::group_id
                .eq(memberships::group_id)
                .and(delivery_choices::user_id.eq(memberships::user_id))),
        )
        .filter(memberships::user_id.eq(user_id))
        .order(groups::name.asc())
        .select((
            groups::id,
            groups::name,
            delivery_choices::delivery.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, d)| (id, name, Delivery::from_row(d.as_deref())))
        .collect())
}

pub fn set_delivery(
    conn: &mut AnyConnection,
    user_id: &str,
    group_id: &str,
    delivery: Delivery,
) -> AppResult<()> {
    // Switching to a digest starts it from now: no flood of posts already
    // mailed one by one, or of months when mail was off.
    if matches!(delivery, Delivery::Daily | Delivery::Weekly) {
        let previous: Option<String> = delivery_choices::table
            .find((user_id, group_id))
            .select(delivery_choices::delivery)
            .get_result(conn)
            .optional()?;
        if previous.is_some_and(|p| p != "daily" && p != "weekly") {
            let now = chrono::Utc::now().naive_utc();
            let n = diesel::update(digest_marks::table.find((user_id, group_id)))
                .set(digest_marks::sent_up_to.eq(now))
                .execute(conn)?;
            if n == 0 {
                upsert_mark(conn, user_id, group_id, now, now - Duration::days(1))?;
            }
        }
    }
    let updated = diesel::update(delivery_choices::table.find((user_id, group_id)))
        .set(delivery_choices::delivery.eq(delivery.as_str()))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(delivery_choices::table)
            .values((
                delivery_choices::user_id.eq(user_id),
                delivery_choices::group_id.eq(group_id),
                delivery_choices::delivery.eq(delivery.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Saves a member's email settings in one go: a choice per group (`pick`
/// gives the submitted value for a group, if any) and when digests come.
pub fn save_settings(
    conn: &mut AnyConnection,
    user_id: &str,
    pick: impl Fn(&str) -> Option<String>,
    time_zone: Option<&str>,
    hour: i32,
    weekday: i32,
) -> AppResult<()> {
    conn.transaction(|conn| {
        for (group_id, _, _) in choices_for(conn, user_id)? {
            if let Some(value) = pick(&group_id) {
                set_delivery(conn, user_id, &group_id, Delivery::parse(&value)?)?;
            }
        }
        crate::accounts::set_digest_time(conn, user_id, time_zone, hour, weekday)?;
        // Saving the settings confirms the address: mail resumes after bounces.
        crate::accounts::enable_mail(conn, user_id)
    })
}

/// When the member's digest of this kind was last due, at or before `now`.
pub fn last_due(
    user: &User,
    default_tz: chrono_tz::Tz,
    delivery: Delivery,
    now: NaiveDateTime,
) -> Option<NaiveDateTime> {
    let tz: chrono_tz::Tz = user
        .time_zone
        .as_deref()
        .and_then(|z| z.parse().ok())
        .unwrap_or(default_tz);
    let local_now = now.and_utc().with_timezone(&tz);
    let hour = user.digest_hour.clamp(0, 23) as u32;
    let mut day = local_now.date_naive();
    for _ in 0..8 {
        let fits = match delivery {
            Delivery::Daily => true,
            Delivery::Weekly => {
                day.weekday().number_from_monday() as i32 == user.digest_weekday.clamp(1, 7)
            }
            _ => return None,
        };
        if fits {
            // The local hour may not exist (DST spring-forward): take the next instant that does.
            let at = tz
                .from_local_datetime(&day.and_hms_opt(hour, 0, 0)?)
                .earliest()
                .or_else(|| {
                    tz.from_local_datetime(
                        &day.and_hms_opt(hour, 0, 0)?
                            .checked_add_signed(Duration::hours(1))?,
                    )
                    .earliest()
                })?;
            let at = at.naive_utc();
            if at <= now {
                return Some(at);
            }
        }
        day = day.pred_opt()?;
    }
    None
}

/// One new post as a digest or notification shows it (fields in the order
/// `NEW_POST_COLUMNS` selects them).
#[derive(Queryable)]
struct NewPost {
    post_id: String,
    thread_id: String,
    thread_title: String,
    group_id: String,
    author_id: String,
    author_name: String,
    body: String,
    body_html: String,
    created_at: NaiveDateTime,
    /// Narrative threads: their phase, shown in digests and notifications.
    phase: Option<crate::threads::phase::Phase>,
}

const NEW_POST_COLUMNS: (
    posts::id,
    posts::thread_id,
    threads::title,
    threads::group_id,
    posts::author_id,
    users::name,
    posts::body,
    posts::body_html,
    posts::created_at,
    threads::phase,
) = (
    posts::id,
    posts::thread_id,
    threads::title,
    threads::group_id,
    posts::author_id,
    users::name,
    posts::body,
    posts::body_html,
    posts::created_at,
    threads::phase,
);

fn new_posts_since(
    conn: &mut AnyConnection,
    group_ids: &[String],
    since: NaiveDateTime,
    until: NaiveDateTime,
) -> AppResult<Vec<NewPost>> {
    Ok(posts::table
        .inner_join(threads::table)
        .inner_join(users::table)
        .filter(threads::group_id.eq_any(group_ids))
        .filter(posts::created_at.gt(since))
        .filter(posts::created_at.le(until))
        .order((
            threads::group_id.asc(),
            threads::last_post_at.desc(),
            posts::thread_id.asc(),
            posts::seq.asc(),
        ))
        .select(NEW_POST_COLUMNS)
        .load(conn)?)
}

fn mail_post(env: &Env, to: &User, p: &NewPost) -> MailPost {
    let base = env.settings.server.public_url.trim_end_matches('/');
    MailPost {
        author_name: p.author_name.clone(),
        created_local: compose::local_time(env, to, p.created_at),
        body_html: p.body_html.clone(),
        body_text: p.body.clone(),
        url: format!("{base}/threads/{}#post-{}", p.thread_id, p.post_id),
    }
}

/// Groups new posts by group and thread for one member, leaving out their own.
/// Teller and listener of a narrative thread, by name.
fn narrative_roles(conn: &mut AnyConnection, thread_id: &str) -> AppResult<(String, String)> {
    let (author, listener): (String, Option<String>) = threads::table
        .find(thread_id)
        .select((threads::author_id, threads::listener_id))
        .get_result(conn)?;
    let teller = crate::accounts::find_user(conn, &author)?.name;
    let listener = match listener {
        Some(id) => crate::accounts::find_user(conn, &id)?.name,
        None => String::new(),
    };
    Ok((teller, listener))
}

fn mail_groups(
    conn: &mut AnyConnection,
    env: &Env,
    to: &User,
    names: &HashMap<String, String>,
    posts: &[&NewPost],
) -> AppResult<Vec<MailGroup>> {
    let base = env.settings.server.public_url.trim_end_matches('/');
    let ttl = Duration::days(env.settings.mail.reply_token_days);
    let mut out: Vec<MailGroup> = Vec::new();
    for p in posts.iter().filter(|p| p.author_id != to.id) {
        if out.last().is_none_or(|g| g.id != p.group_id) {
            let posting = tokens::posting_token(conn, &env.keys, &to.id, &p.group_id)?;
            out.push(MailGroup {
                id: p.group_id.clone(),
                name: names.get(&p.group_id).cloned().unwrap_or_default(),
                url: format!("{base}/groups/{}", p.group_id),
                posting_address: tokens::posting_address(&posting, &env.settings.mail.domain),
                threads: Vec::new(),
            });
        }
        let Some(group) = out.last_mut() else {
            continue;
        };
        if group.threads.last().is_none_or(|t| t.id != p.thread_id) {
            let token = tokens::reply_token(conn, &env.keys, &to.id, &p.thread_id, ttl)?;
            group.threads.push(MailThread {
                id: p.thread_id.clone(),
                title: p.thread_title.clone(),
                url: format!("{base}/threads/{}", p.thread_id),
                reply_address: tokens::reply_address(&token, &env.settings.mail.domain),
                phase: p.phase.map(|ph| ph.as_str().to_string()),
                roles: match &p.phase {
                    Some(_) => Some(narrative_roles(conn, &p.thread_id)?),
                    None => None,
                },
                posts: Vec::new(),
            });
        }
        if let Some(thread) = group.threads.last_mut() {
            thread.posts.push(mail_post(env, to, p));
        }
    }
    Ok(out)
}

/// Moves the member's mark for a group to `now` only if it is still as read
/// (`last_run`); a new mark is inserted. False when someone else moved it.
fn claim_mark(
    conn: &mut AnyConnection,
    user_id: &str,
    group_id: &str,
    last_run: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> AppResult<bool> {
    match last_run {
        Some(previous) => Ok(diesel::update(
            digest_marks::table
                .filter(digest_marks::user_id.eq(user_id))
                .filter(digest_marks::group_id.eq(group_id))
                .filter(digest_marks::last_run_at.eq(previous)),
        )
        .set(digest_marks::last_run_at.eq(now))
        .execute(conn)?
            == 1),
        None => {
            let sent_up_to = now - Duration::days(36500);
            diesel::insert_into(digest_marks::table)
                .values((
                    digest_marks::user_id.eq(user_id),
                    digest_marks::group_id.eq(group_id),
                    digest_marks::sent_up_to.eq(sent_up_to),
                    digest_marks::last_run_at.eq(now),
                ))
                .execute(conn)?;
            Ok(true)
        }
    }
}

fn upsert_mark(
    conn: &mut AnyConnection,
    user_id: &str,
    group_id: &str,
    sent_up_to: NaiveDateTime,
    run_at: NaiveDateTime,
) -> AppResult<()> {
    let n = diesel::update(digest_marks::table.find((user_id, group_id)))
        .set((
            digest_marks::sent_up_to.eq(sent_up_to),
            digest_marks::last_run_at.eq(run_at),
        ))
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(digest_marks::table)
            .values((
                digest_marks::user_id.eq(user_id),
                digest_marks::group_id.eq(group_id),
                digest_marks::sent_up_to.eq(sent_up_to),
                digest_marks::last_run_at.eq(run_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct DigestRun {
    /// Members whose digest was due.
    pub due: usize,
    /// Digests queued.
    pub queued: usize,
    /// Due members with nothing new: no mail.
    pub quiet: usize,
}

/// A membership with a digest choice: the member, group, joined, choice, marks.
type DigestRow = (
    User,
    String,
    NaiveDateTime,
    Option<String>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

struct Due {
    group_id: String,
    since: NaiveDateTime,
    /// The mark's last run as read; the claim succeeds only if it is unchanged.
    last_run: Option<NaiveDateTime>,
}

/// Composes every digest due at `now` (all of them with `force`) into the outbox.
pub fn run_digests(
    conn: &mut AnyConnection,
    env: &Env,
    now: NaiveDateTime,
    force: bool,
) -> AppResult<DigestRun> {
    // Every membership with a daily or weekly choice (or none made: daily), its mark, and the member.
    let rows: Vec<DigestRow> = memberships::table
        .inner_join(users::table)
        .left_join(
            delivery_choices::table.on(delivery_choices::group_id
                .eq(memberships::group_id)
                .and(delivery_choices::user_id.eq(memberships::user_id))),
        )
        .left_join(
            digest_marks::table.on(digest_marks::group_id
                .eq(memberships::group_id)
                .and(digest_marks::user_id.eq(memberships::user_id))),
        )
        // Addresses that keep bouncing get nothing until the member fixes them.
        .filter(users::mail_disabled_at.is_null())
        // Closed groups send no digests.
        .filter(diesel::dsl::not(diesel::dsl::exists(
            groups::table
                .filter(groups::id.eq(memberships::group_id))
                .filter(groups::closed_at.is_not_null()),
        )))
        .order(memberships::user_id.asc())
        .select((
            User::as_select(),
            memberships::group_id,
            memberships::joined_at,
            delivery_choices::delivery.nullable(),
            digest_marks::sent_up_to.nullable(),
            digest_marks::last_run_at.nullable(),
        ))
        .load(conn)?;
    let mut per_user: Vec<(User, Vec<Due>)> = Vec::new();
    for (user, group_id, joined_at, delivery, sent_up_to, last_run) in rows {
        let delivery = Delivery::from_row(delivery.as_deref());
        if !matches!(delivery, Delivery::Daily | Delivery::Weekly) {
            continue;
        }
        let due_at = if force {
            Some(now)
        } else {
            last_due(&user, env.tz, delivery, now)
        };
        let Some(due_at) = due_at else { continue };
        if last_run.is_some_and(|r| r >= due_at) {
            continue;
        }
        let since = sent_up_to.unwrap_or(joined_at);
        match per_user.last_mut() {
            Some((u, list)) if u.id == user.id => list.push(Due {
                group_id,
                since,
                last_run,
            }),
            _ => per_user.push((
                user,
                vec![Due {
                    group_id,
                    since,
                    last_run,
                }],
            )),
        }
    }
    let mut run = DigestRun {
        due: per_user.len(),
        ..DigestRun::default()
    };
    if per_user.is_empty() {
        return Ok(run);
    }
    // New posts, loaded once per group from the earliest mark anyone has in it.
    let mut earliest: HashMap<String, NaiveDateTime> = HashMap::new();
    for (_, dues) in &per_user {
        for d in dues {
            earliest
                .entry(d.group_id.clone())
                .and_modify(|e| *e = (*e).min(d.since))
                .or_insert(d.since);
        }
    }
    let group_ids: Vec<String> = earliest.keys().cloned().collect();
    let names: HashMap<String, String> = groups::table
        .filter(groups::id.eq_any(&group_ids))
        .select((groups::id, groups::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    // Posts are stamped before their transaction commits; leave the last few
    // seconds to the next digest rather than risk skipping one for good.
    let cutoff = now - Duration::seconds(env.settings.mail.digest_grace_secs.max(0));
    let since_all = earliest.values().min().copied().unwrap_or(cutoff);
    let all_posts = new_posts_since(conn, &group_ids, since_all, now)?;
    let mut by_group: HashMap<&str, Vec<&NewPost>> = HashMap::new();
    for p in &all_posts {
        by_group.entry(p.group_id.as_str()).or_default().push(p);
    }
    for (user, dues) in per_user {
        let mut selected: Vec<&NewPost> = Vec::new();
        for d in &dues {
            if let Some(list) = by_group.get(d.group_id.as_str()) {
                selected.extend(
                    list.iter()
                        .filter(|p| p.created_at > d.since && p.author_id != user.id),
                );
            }
        }
        // Posts younger than the grace window may still be committing around
        // them: wait a round rather than send a digest that misses one.
        if selected.iter().any(|p| p.created_at > cutoff) {
            continue;
        }
        let claimed = conn.transaction(|conn| {
            // Claim this member's run first, with a write: a second process
            // composing at the same moment finds the marks moved and skips.
            for d in &dues {
                if !claim_mark(conn, &user.id, &d.group_id, d.last_run, now)? {
                    return Ok(false);
                }
            }
            if !selected.is_empty() && user.password_hash.is_none() {
                // Terms before content: invited, not yet accepted, no case text.
                let url = crate::accounts::welcome_url(env, &user.id)?;
                let groups = crate::accounts::pending_group_names(conn, &user.id)?;
                let msg = compose::accept_to_read(env, &user, &groups, &url)?;
                mail::enqueue(conn, &msg)?;
            } else if !selected.is_empty() {
                let groups = mail_groups(conn, env, &user, &names, &selected)?;
                let ids: Vec<&str> = dues.iter().map(|d| d.group_id.as_str()).collect();
                let token = tokens::unsubscribe_token(&env.keys, &user.id, &ids.join(","))?;
                let msg = compose::digest(env, &user, &groups, &token, now)?;
                mail::enqueue(conn, &msg)?;
            }
            for d in &dues {
                // Up to the cutoff: anything stamped after it (still committing
                // now) goes into the next digest.
                upsert_mark(conn, &user.id, &d.group_id, cutoff.max(d.since), now)?;
            }
            Ok::<_, AppError>(true)
        });
        match claimed {
            Ok(true) => {}
            Ok(false) => continue,
            // Another process got there first (a unique mark row), or one
            // member's mail could not be composed: log, go on with the rest.
            Err(e) => {
                tracing::warn!("digest for one member skipped: {e:?}");
                continue;
            }
        }
        if selected.is_empty() {
            run.quiet += 1;
        } else {
            run.queued += 1;
        }
    }
    Ok(run)
}

/// Composes notifications for posts noted by `threads::create_post`, each post in
/// its own transaction together with removing its note. Returns messages queued.
pub fn run_notifications(conn: &mut AnyConnection, env: &Env) -> AppResult<usize> {
    let pending: Vec<String> = post_notifications::table
        .order(post_notifications::created_at.asc())
        .limit(200)
        .select(post_notifications::post_id)
        .load(conn)?;
    let mut queued = 0;
    for post_id in pending {
        queued += conn.transaction(|conn| {
            let mut n = 0;
            // Take the note first (a write): a second process finds it gone and skips.
            if diesel::delete(post_notifications::table.find(&post_id)).execute(conn)? == 0 {
                return Ok::<_, AppError>(0);
            }
            let found: Option<NewPost> = posts::table
                .inner_join(threads::table)
                .inner_join(users::table)
                .filter(posts::id.eq(&post_id))
                .select(NEW_POST_COLUMNS)
                .first(conn)
                .optional()?;
            if let Some(p) = found {
                let recipients: Vec<User> = memberships::table
                    .inner_join(users::table)
                    .inner_join(
                        delivery_choices::table.on(delivery_choices::group_id
                            .eq(memberships::group_id)
                            .and(delivery_choices::user_id.eq(memberships::user_id))),
                    )
                    .filter(memberships::group_id.eq(&p.group_id))
                    .filter(delivery_choices::delivery.eq("each"))
                    .filter(users::mail_disabled_at.is_null())
                    // Terms before content: nothing to the invited who have not accepted.
                    .filter(users::password_hash.is_not_null())
                    .filter(memberships::user_id.ne(&p.author_id))
                    .select(User::as_select())
                    .load(conn)?;
                let names: HashMap<String, String> = groups::table
                    .filter(groups::id.eq(&p.group_id))
                    .select((groups::id, groups::name))
                    .load::<(String, String)>(conn)?
                    .into_iter()
                    .collect();
                for to in recipients {
                    let groups = mail_groups(conn, env, &to, &names, &[&p])?;
                    let (Some(group), Some(thread)) = (
                        groups.first(),
                        groups.first().and_then(|g| g.threads.first()),
                    ) else {
                        continue;
                    };
                    let token = tokens::unsubscribe_token(&env.keys, &to.id, &p.group_id)?;
                    let msg =
                        compose::post_notification(env, &to, group, thread, &p.post_id, &token)?;
                    if mail::enqueue(conn, &msg)? {
                        n += 1;
                    }
                }
            }
            Ok::<_, AppError>(n)
        })?;
    }
    Ok(queued)
}

/// The member may reach these settings through an unsubscribe link.
pub fn set_delivery_from_link(
    conn: &mut AnyConnection,
    user_id: &str,
    group_ids: &str,
    delivery: Delivery,
) -> AppResult<usize> {
    let mut n = 0;
    for gid in group_ids.split(',').filter(|g| !g.is_empty()) {
        if crate::groups::membership_role(conn, gid, user_id)?.is_some() {
            set_delivery(conn, user_id, gid, delivery)?;
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(hour: i32, weekday: i32, tz: Option<&str>) -> User {
        User {
            id: "u".into(),
            email: "u@example.org".into(),
            name: "U".into(),
            password_hash: None,
            role: crate::accounts::Role::Member,
            locale: None,
            created_at: NaiveDateTime::default(),
            time_zone: tz.map(str::to_string),
            digest_hour: hour,
            digest_weekday: weekday,
            bounce_count: 0,
            mail_disabled_at: None,
        }
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn daily_digests_fall_due_at_the_members_local_hour() {
        let tz = chrono_tz::Europe::Stockholm;
        let m = member(7, 1, None);
        // 07:00 in Stockholm in November is 06:00 UTC.
        assert_eq!(
            last_due(&m, tz, Delivery::Daily, at("2026-11-25 06:30")),
            Some(at("2026-11-25 06:00"))
        );
        assert_eq!(
            last_due(&m, tz, Delivery::Daily, at("2026-11-25 05:59")),
            Some(at("2026-11-24 06:00"))
        );
        let london = member(7, 1, Some("Europe/London"));
        assert_eq!(
            last_due(&london, tz, Delivery::Daily, at("2026-11-25 07:30")),
            Some(at("2026-11-25 07:00"))
        );
    }

    #[test]
    fn weekly_digests_fall_due_on_the_chosen_weekday() {
        let m = member(8, 1, Some("UTC"));
        // 2026-11-25 is a Wednesday; the Monday before is the 23rd.
        assert_eq!(
            last_due(&m, chrono_tz::UTC, Delivery::Weekly, at("2026-11-25 12:00")),
            Some(at("2026-11-23 08:00"))
        );
    }
}
