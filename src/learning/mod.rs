//! The private learning log (issue 18): what a member learned from the
//! group's discussions and what they will change, with the time spent and
//! curriculum tags, for the appraiser or the handledare. Only its author ever
//! reads an entry: every lookup filters on the member's own id, so anyone
//! else gets NotFound. Entries pass the identifier guard like every post.
//!
//! `export.rs` builds a period's report (Markdown, JSON), `pdf.rs` writes
//! A4 PDFs, `certificate.rs` issues and verifies participation certificates.

pub mod api;
pub mod certificate;
pub mod export;
pub mod pdf;
pub mod web;

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::db::schema::{groups, learning_entries, memberships, posts, threads, users};
use crate::error::{AppError, AppResult};

/// Longest reflection or plan, in characters.
const MAX_TEXT_CHARS: usize = 10_000;
/// At most a day per entry.
const MAX_MINUTES: i32 = 24 * 60;
const MAX_TAGS: usize = 20;
/// Suggestions look this far back.
const SUGGEST_DAYS: i64 = 30;

// ---------------------------------------------------------------- curricula

/// One tag list: the delmål of ST in allmänmedicin, or the RCGP's topics.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Curriculum {
    pub id: String,
    pub name_sv: String,
    pub name_en: String,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tag {
    pub code: String,
    pub sv: String,
    pub en: String,
}

impl Tag {
    pub fn label(&self, lang: &str) -> &str {
        if lang == "en" { &self.en } else { &self.sv }
    }
}

/// Both lists, parsed once from the data files beside this module
/// (sources and licences in `curricula/SOURCE.md`).
pub fn curricula() -> &'static [Curriculum] {
    static LISTS: std::sync::OnceLock<Vec<Curriculum>> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        [
            include_str!("curricula/st_allmanmedicin.toml"),
            include_str!("curricula/rcgp.toml"),
        ]
        .iter()
        // The files are part of the source and a test parses them: a broken
        // one shows there, and here leaves the list out rather than failing a page.
        .filter_map(|text| toml::from_str(text).ok())
        .collect()
    })
}

pub fn find_tag(code: &str) -> Option<&'static Tag> {
    curricula()
        .iter()
        .flat_map(|c| c.tags.iter())
        .find(|t| t.code == code)
}

fn validate_tags(tags: &[String]) -> AppResult<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        if find_tag(tag).is_none() {
            return Err(AppError::invalid(
                "tags",
                "must be codes from GET /api/v1/curricula",
            ));
        }
        if !out.iter().any(|t| t == tag) {
            out.push(tag.to_string());
        }
    }
    if out.len() > MAX_TAGS {
        return Err(AppError::invalid(
            "tags",
            format!("at most {MAX_TAGS} tags"),
        ));
    }
    Ok(out)
}

// ------------------------------------------------------------------ entries

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = learning_entries)]
struct Row {
    id: String,
    entry_date: NaiveDate,
    minutes: i32,
    learned: String,
    will_change: Option<String>,
    tags: String,
    thread_id: Option<String>,
    group_id: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// An entry as its author sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub date: NaiveDate,
    pub minutes: i32,
    /// What they learned or reflected on (Markdown).
    pub learned: String,
    /// What they will do differently (Markdown).
    pub change: Option<String>,
    pub tags: Vec<String>,
    /// The discussion it came from, while it exists.
    pub thread_id: Option<String>,
    pub thread_title: Option<String>,
    pub group_id: Option<String>,
    pub group_name: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// What a member sends to write or change an entry.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EntryInput {
    pub date: String,
    pub minutes: i32,
    pub learned: String,
    #[serde(default)]
    pub change: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub thread_id: Option<String>,
    /// Texts the author marked "not an identifier" (names and dates only).
    #[serde(default)]
    pub allow: Vec<String>,
}

/// A change to an entry: only the fields given change; `thread_id: null`
/// unlinks the discussion.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EntryPatch {
    pub date: Option<String>,
    pub minutes: Option<i32>,
    pub learned: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub change: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
    #[serde(default, deserialize_with = "present")]
    pub thread_id: Option<Option<String>>,
    #[serde(default)]
    pub allow: Vec<String>,
}

/// A field that is present (perhaps null) is `Some`, an absent one `None`.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

pub fn parse_date(field: &str, s: &str) -> AppResult<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| AppError::invalid(field, "must be a date, YYYY-MM-DD"))
}

fn validate_text(field: &str, text: &str, required: bool) -> AppResult<()> {
    if required && text.trim().is_empty() {
        return Err(AppError::invalid(field, "must not be empty"));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(AppError::invalid(
            field,
            format!("must be at most {MAX_TEXT_CHARS} characters"),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::invalid(field, "contains control characters"));
    }
    Ok(())
}

/// A checked entry, ready to store.
struct Checked {
    date: NaiveDate,
    minutes: i32,
    learned: String,
    change: Option<String>,
    tags: Vec<String>,
    thread_id: Option<String>,
    group_id: Option<String>,
}

/// Where an entry's discussion comes from: checked afresh when it is new
/// or changed, kept as stored otherwise (the member may have left the group
/// since, or the thread gone by retention, and the entry is still theirs).
enum Link {
    Check(Option<String>),
    Keep {
        thread_id: Option<String>,
        group_id: Option<String>,
    },
}

/// The discussion an entry may name: one in a group the member belongs to
/// (else NotFound, as for any thread) that they posted in (else 422).
/// Returns `(thread_id, group_id)`.
pub fn took_part(
    conn: &mut AnyConnection,
    me: &User,
    thread_id: &str,
) -> AppResult<(String, String)> {
    let thread_id = uuid::Uuid::parse_str(thread_id)
        .map_err(|_| AppError::invalid("thread_id", "is not a discussion you took part in"))?
        .to_string();
    let thread = crate::threads::find_thread_for(conn, me, &thread_id)?;
    let posted: i64 = posts::table
        .filter(posts::thread_id.eq(&thread.id))
        .filter(posts::author_id.eq(&me.id))
        .count()
        .get_result(conn)?;
    if posted == 0 {
        return Err(AppError::invalid(
            "thread_id",
            "is not a discussion you took part in",
        ));
    }
    Ok((thread.id, thread.group_id))
}

/// Who the member writes among, for the guard: the discussion's group, or
/// without one every group they belong to. A colleague's name where it
/// thanks or greets is not a patient's.
fn voices(
    conn: &mut AnyConnection,
    me: &User,
    group_id: Option<&str>,
    allowed: &[String],
) -> AppResult<crate::deid::Context> {
    if let Some(g) = group_id {
        return crate::threads::voices(conn, me, g, allowed);
    }
    let mine: Vec<String> = memberships::table
        .filter(memberships::user_id.eq(&me.id))
        .select(memberships::group_id)
        .load(conn)?;
    let members: Vec<String> = memberships::table
        .inner_join(users::table)
        .filter(memberships::group_id.eq_any(&mine))
        .select(users::name)
        .distinct()
        .load(conn)?;
    Ok(crate::deid::Context {
        author: Some(me.name.clone()),
        members,
        allowed: allowed.to_vec(),
    })
}

/// The texts with every finding replaced by its placeholder, read in the
/// context the entry is checked in (the discussion's group, or all the
/// member's groups), so the author's and colleagues' names keep theirs.
pub fn placeholders(
    conn: &mut AnyConnection,
    me: &User,
    thread_id: Option<&str>,
    allowed: &[String],
    texts: &[&str],
    lang: &str,
) -> AppResult<Vec<String>> {
    let group = match thread_id.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => took_part(conn, me, t).ok().map(|(_, g)| g),
        None => None,
    };
    let ctx = voices(conn, me, group.as_deref(), allowed)?;
    texts
        .iter()
        .map(|text| {
            crate::deid::guard_in(text, &ctx)
                .map(|f| crate::deid::redact(text, &f, lang))
                .map_err(|_| AppError::GuardFailed)
        })
        .collect()
}

fn check(
    conn: &mut AnyConnection,
    me: &User,
    input: &EntryInput,
    link: Link,
) -> AppResult<Checked> {
    let date = parse_date("date", &input.date)?;
    if !(1..=MAX_MINUTES).contains(&input.minutes) {
        return Err(AppError::invalid(
            "minutes",
            format!("must be 1 to {MAX_MINUTES}"),
        ));
    }
    validate_text("learned", &input.learned, true)?;
    let change = input
        .change
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    validate_text("change", change.unwrap_or(""), false)?;
    let tags = validate_tags(&input.tags)?;
    let (thread_id, group_id) = match link {
        Link::Keep {
            thread_id,
            group_id,
        } => (thread_id, group_id),
        Link::Check(Some(t)) if !t.trim().is_empty() => {
            let (t, g) = took_part(conn, me, t.trim())?;
            (Some(t), Some(g))
        }
        Link::Check(_) => (None, None),
    };
    // A reflection carries no case details: the same guard as every post.
    let ctx = voices(conn, me, group_id.as_deref(), &input.allow)?;
    crate::guard::check_fields_in(
        &[
            ("learned", input.learned.as_str()),
            ("change", change.unwrap_or("")),
        ],
        &ctx,
    )?;
    Ok(Checked {
        date,
        minutes: input.minutes,
        learned: input.learned.trim().to_string(),
        change: change.map(str::to_string),
        tags,
        thread_id,
        group_id,
    })
}

pub fn create_entry(conn: &mut AnyConnection, me: &User, input: &EntryInput) -> AppResult<Entry> {
    let c = check(conn, me, input, Link::Check(input.thread_id.clone()))?;
    let id = Uuid::new_v4().to_string();
    let now = Utc::now().naive_utc();
    diesel::insert_into(learning_entries::table)
        .values((
            learning_entries::id.eq(&id),
            learning_entries::user_id.eq(&me.id),
            learning_entries::entry_date.eq(c.date),
            learning_entries::minutes.eq(c.minutes),
            learning_entries::learned.eq(&c.learned),
            learning_entries::will_change.eq(&c.change),
            learning_entries::tags.eq(c.tags.join(" ")),
            learning_entries::thread_id.eq(&c.thread_id),
            learning_entries::group_id.eq(&c.group_id),
            learning_entries::created_at.eq(now),
            learning_entries::updated_at.eq(now),
        ))
        .execute(conn)?;
    find_entry(conn, me, &id)
}

/// The member's own entry, else NotFound (whoever else asks).
pub fn find_entry(conn: &mut AnyConnection, me: &User, id: &str) -> AppResult<Entry> {
    let id = uuid::Uuid::parse_str(id)
        .map_err(|_| AppError::NotFound)?
        .to_string();
    let rows = load(conn, me, Some(&id), None)?;
    rows.into_iter().next().ok_or(AppError::NotFound)
}

/// The entry as an input again, for editing.
pub fn as_input(entry: &Entry) -> EntryInput {
    EntryInput {
        date: entry.date.format("%Y-%m-%d").to_string(),
        minutes: entry.minutes,
        learned: entry.learned.clone(),
        change: entry.change.clone(),
        tags: entry.tags.clone(),
        thread_id: entry.thread_id.clone(),
        allow: Vec::new(),
    }
}

pub fn update_entry(
    conn: &mut AnyConnection,
    me: &User,
    id: &str,
    patch: EntryPatch,
) -> AppResult<Entry> {
    let old = find_entry(conn, me, id)?;
    let mut input = as_input(&old);
    if let Some(d) = patch.date {
        input.date = d;
    }
    if let Some(m) = patch.minutes {
        input.minutes = m;
    }
    if let Some(l) = patch.learned {
        input.learned = l;
    }
    if let Some(c) = patch.change {
        input.change = c;
    }
    if let Some(t) = patch.tags {
        input.tags = t;
    }
    let link = match patch.thread_id {
        Some(t) if t.as_deref().map(str::trim) != old.thread_id.as_deref() => Link::Check(t),
        _ => Link::Keep {
            thread_id: old.thread_id.clone(),
            group_id: old.group_id.clone(),
        },
    };
    input.allow = patch.allow;
    let c = check(conn, me, &input, link)?;
    diesel::update(
        learning_entries::table
            .filter(learning_entries::id.eq(&old.id))
            .filter(learning_entries::user_id.eq(&me.id)),
    )
    .set((
        learning_entries::entry_date.eq(c.date),
        learning_entries::minutes.eq(c.minutes),
        learning_entries::learned.eq(&c.learned),
        learning_entries::will_change.eq(&c.change),
        learning_entries::tags.eq(c.tags.join(" ")),
        learning_entries::thread_id.eq(&c.thread_id),
        learning_entries::group_id.eq(&c.group_id),
        learning_entries::updated_at.eq(Utc::now().naive_utc()),
    ))
    .execute(conn)?;
    find_entry(conn, me, &old.id)
}

pub fn delete_entry(conn: &mut AnyConnection, me: &User, id: &str) -> AppResult<()> {
    let entry = find_entry(conn, me, id)?;
    diesel::delete(
        learning_entries::table
            .filter(learning_entries::id.eq(&entry.id))
            .filter(learning_entries::user_id.eq(&me.id)),
    )
    .execute(conn)?;
    Ok(())
}

/// The member's entries, newest first; within `[from, to]` when given.
pub fn list_entries(
    conn: &mut AnyConnection,
    me: &User,
    period: Option<(NaiveDate, NaiveDate)>,
) -> AppResult<Vec<Entry>> {
    load(conn, me, None, period)
}

fn load(
    conn: &mut AnyConnection,
    me: &User,
    id: Option<&str>,
    period: Option<(NaiveDate, NaiveDate)>,
) -> AppResult<Vec<Entry>> {
    let mut q = learning_entries::table
        .left_join(threads::table.on(threads::id.nullable().eq(learning_entries::thread_id)))
        .left_join(groups::table.on(groups::id.nullable().eq(learning_entries::group_id)))
        .filter(learning_entries::user_id.eq(&me.id))
        .select((
            Row::as_select(),
            threads::title.nullable(),
            groups::name.nullable(),
        ))
        .order((
            learning_entries::entry_date.desc(),
            learning_entries::created_at.desc(),
        ))
        .into_boxed();
    if let Some(id) = id {
        q = q.filter(learning_entries::id.eq(id.to_string()));
    }
    if let Some((from, to)) = period {
        q = q
            .filter(learning_entries::entry_date.ge(from))
            .filter(learning_entries::entry_date.le(to));
    }
    let rows: Vec<(Row, Option<String>, Option<String>)> = q.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(r, thread_title, group_name)| Entry {
            id: r.id,
            date: r.entry_date,
            minutes: r.minutes,
            learned: r.learned,
            change: r.will_change,
            tags: r.tags.split_whitespace().map(str::to_string).collect(),
            thread_id: r.thread_id,
            thread_title,
            group_id: r.group_id,
            group_name,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
        .collect())
}

// -------------------------------------------------------------- suggestions

/// A discussion the member took part in and has not logged yet.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub thread_id: String,
    pub thread_title: String,
    pub group_name: String,
    /// The day of the member's last post there.
    pub date: NaiveDate,
    /// Estimated from their own posts and their reading; they adjust it.
    pub minutes: i32,
}

/// The time a discussion took a member, as a starting point they adjust:
/// writing, 3 minutes per own post plus a minute per 20 words (a considered
/// reply, typed between patients); reading, everyone else's words at 200 words
/// a minute (ordinary reading speed for prose). Rounded up to 5 minutes,
/// at least 5 and at most 2 hours.
pub fn estimate_minutes(own_posts: &[&str], others_posts: &[&str]) -> i32 {
    let words =
        |texts: &[&str]| -> usize { texts.iter().map(|t| t.split_whitespace().count()).sum() };
    let writing = 3.0 * own_posts.len() as f64 + words(own_posts) as f64 / 20.0;
    let reading = words(others_posts) as f64 / 200.0;
    let total = (writing + reading).ceil() as i32;
    let rounded = (total + 4) / 5 * 5;
    rounded.clamp(5, 120)
}

/// Discussions of the past month the member posted in that have no entry
/// of theirs yet, most recent first, with the time estimated.
pub fn suggestions(conn: &mut AnyConnection, me: &User) -> AppResult<Vec<Suggestion>> {
    let since = Utc::now().naive_utc() - Duration::days(SUGGEST_DAYS);
    let logged = learning_entries::table
        .filter(learning_entries::user_id.eq(&me.id))
        .filter(learning_entries::thread_id.is_not_null())
        .select(learning_entries::thread_id.assume_not_null());
    let my_groups = memberships::table
        .filter(memberships::user_id.eq(&me.id))
        .select(memberships::group_id);
    let recent: Vec<String> = posts::table
        .inner_join(threads::table)
        .filter(posts::author_id.eq(&me.id))
        .filter(posts::created_at.ge(since))
        .filter(threads::group_id.eq_any(my_groups))
        .filter(threads::id.ne_all(logged))
        .select(threads::id)
        .distinct()
        .load(conn)?;
    estimates(conn, me, &recent)
}

/// The suggestion for one discussion (the thread page's "Add to my
/// learning log"): NotFound or 422 as `took_part` says.
pub fn suggestion_for(
    conn: &mut AnyConnection,
    me: &User,
    thread_id: &str,
) -> AppResult<Suggestion> {
    let (thread_id, _) = took_part(conn, me, thread_id)?;
    estimates(conn, me, std::slice::from_ref(&thread_id))?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)
}

fn estimates(
    conn: &mut AnyConnection,
    me: &User,
    thread_ids: &[String],
) -> AppResult<Vec<Suggestion>> {
    if thread_ids.is_empty() {
        return Ok(Vec::new());
    }
    let heads: Vec<(String, String, String)> = threads::table
        .inner_join(groups::table)
        .filter(threads::id.eq_any(thread_ids))
        .select((threads::id, threads::title, groups::name))
        .load(conn)?;
    let bodies: Vec<(String, String, String, NaiveDateTime)> = posts::table
        .filter(posts::thread_id.eq_any(thread_ids))
        .select((
            posts::thread_id,
            posts::author_id,
            posts::body,
            posts::created_at,
        ))
        .load(conn)?;
    /// One thread's posts: the member's own, everyone else's, and when the member last posted.
    #[derive(Default)]
    struct Posts<'a> {
        own: Vec<&'a str>,
        others: Vec<&'a str>,
        last: Option<NaiveDateTime>,
    }
    let mut per_thread: HashMap<&str, Posts<'_>> = HashMap::new();
    for (thread_id, author, body, at) in &bodies {
        let e = per_thread.entry(thread_id.as_str()).or_default();
        if *author == me.id {
            e.own.push(body);
            e.last = e.last.max(Some(*at));
        } else {
            e.others.push(body);
        }
    }
    let mut out: Vec<Suggestion> = heads
        .into_iter()
        .filter_map(|(id, title, group_name)| {
            let posts = per_thread.get(id.as_str())?;
            Some(Suggestion {
                minutes: estimate_minutes(&posts.own, &posts.others),
                date: posts.last.map(|l| l.date())?,
                thread_id: id,
                thread_title: title,
                group_name,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.thread_title.cmp(&b.thread_title))
    });
    Ok(out)
}

/// The threads of one group a member posted in during `[from, to]`.
pub fn discussions_in(
    conn: &mut AnyConnection,
    user_id: &str,
    group_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<i64> {
    let (start, end) = day_bounds(from, to);
    let ids: Vec<String> = posts::table
        .inner_join(threads::table)
        .filter(threads::group_id.eq(group_id))
        .filter(posts::author_id.eq(user_id))
        .filter(posts::created_at.ge(start))
        .filter(posts::created_at.lt(end))
        .select(threads::id)
        .distinct()
        .load(conn)?;
    Ok(ids.into_iter().collect::<HashSet<_>>().len() as i64)
}

/// The minutes a member logged for one group's discussions in `[from, to]`.
pub fn minutes_in(
    conn: &mut AnyConnection,
    user_id: &str,
    group_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<i64> {
    let minutes: Vec<i32> = learning_entries::table
        .filter(learning_entries::user_id.eq(user_id))
        .filter(learning_entries::group_id.eq(group_id))
        .filter(learning_entries::entry_date.ge(from))
        .filter(learning_entries::entry_date.le(to))
        .select(learning_entries::minutes)
        .load(conn)?;
    Ok(minutes.into_iter().map(i64::from).sum())
}

/// `[from, to]` as whole UTC days: from the start of `from` to the start of the day after `to`.
fn day_bounds(from: NaiveDate, to: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    let start = from.and_hms_opt(0, 0, 0).unwrap_or_default();
    let end = (to + Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    (start, end)
}

/// A period from the query: both dates, `from` not after `to`.
pub fn parse_period(from: &str, to: &str) -> AppResult<(NaiveDate, NaiveDate)> {
    let (from, to) = (parse_date("from", from)?, parse_date("to", to)?);
    if from > to {
        return Err(AppError::invalid("to", "must not be before from"));
    }
    Ok((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_curricula_parse_with_unique_codes() {
        let lists = curricula();
        assert_eq!(lists.len(), 2);
        let mut codes = HashSet::new();
        for tag in lists.iter().flat_map(|c| &c.tags) {
            assert!(codes.insert(tag.code.clone()), "{} twice", tag.code);
            assert!(!tag.sv.is_empty() && !tag.en.is_empty());
        }
        assert!(find_tag("STc7").is_some() && find_tag("rcgp-mental-health").is_some());
    }

    #[test]
    fn the_estimate_counts_writing_and_reading_and_stays_in_bounds() {
        let own = "ord ".repeat(100);
        let others = "ord ".repeat(1000);
        // 3 + 100/20 = 8 writing, 1000/200 = 5 reading: 13, rounded up to 15.
        assert_eq!(estimate_minutes(&[&own], &[&others]), 15);
        assert_eq!(estimate_minutes(&["ok"], &[]), 5);
        let huge = "ord ".repeat(100_000);
        assert_eq!(estimate_minutes(&[&huge], &[]), 120);
    }

    #[test]
    fn tags_must_come_from_the_lists() {
        assert_eq!(
            validate_tags(&["STa2".into(), "STa2".into(), " ".into()]).unwrap(),
            ["STa2"]
        );
        assert!(validate_tags(&["made-up".into()]).is_err());
    }
}
