//! Data rights: everything a member wrote, to download as JSON or Markdown.
//! Their posts in every group they belong to or once belonged to, with the
//! thread and group each sits in; nobody else's text.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::User;
use crate::db::AnyConnection;
use crate::db::schema::{groups, learning_entries, posts, threads};
use crate::error::AppResult;

#[derive(Debug, Serialize)]
pub struct MyPost {
    pub group: String,
    pub thread_id: String,
    pub thread_title: String,
    pub post_id: String,
    /// The first post of a thread the member started.
    pub starts_thread: bool,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
    /// As written, in Markdown.
    pub body: String,
}

/// An entry of the member's private learning log (see `crate::learning`),
/// read here from its table so that accounts need not know the log's module.
#[derive(Debug, Serialize, Queryable)]
pub struct MyLearningEntry {
    pub id: String,
    pub date: chrono::NaiveDate,
    pub minutes: i32,
    pub learned: String,
    pub change: Option<String>,
    /// Curriculum tag codes, space separated.
    pub tags: String,
    pub thread_id: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Serialize)]
pub struct MyWriting {
    pub name: String,
    pub email: String,
    pub account_created_at: NaiveDateTime,
    pub posts: Vec<MyPost>,
    pub learning_log: Vec<MyLearningEntry>,
}

pub fn my_writing(conn: &mut AnyConnection, me: &User) -> AppResult<MyWriting> {
    type Row = (
        String,
        String,
        String,
        String,
        i32,
        NaiveDateTime,
        Option<NaiveDateTime>,
        String,
    );
    let rows: Vec<Row> = posts::table
        .inner_join(threads::table.inner_join(groups::table))
        .filter(posts::author_id.eq(&me.id))
        .order((posts::created_at.asc(), posts::id.asc()))
        .select((
            groups::name,
            threads::id,
            threads::title,
            posts::id,
            posts::seq,
            posts::created_at,
            posts::edited_at,
            posts::body,
        ))
        .load(conn)?;
    let learning_log = learning_entries::table
        .filter(learning_entries::user_id.eq(&me.id))
        .order((
            learning_entries::entry_date.asc(),
            learning_entries::created_at.asc(),
        ))
        .select((
            learning_entries::id,
            learning_entries::entry_date,
            learning_entries::minutes,
            learning_entries::learned,
            learning_entries::will_change,
            learning_entries::tags,
            learning_entries::thread_id,
            learning_entries::created_at,
        ))
        .load(conn)?;
    Ok(MyWriting {
        learning_log,
        name: me.name.clone(),
        email: me.email.clone(),
        account_created_at: me.created_at,
        posts: rows
            .into_iter()
            .map(
                |(group, thread_id, thread_title, post_id, seq, created_at, edited_at, body)| {
                    MyPost {
                        group,
                        thread_id,
                        thread_title,
                        post_id,
                        starts_thread: seq == 1,
                        created_at,
                        edited_at,
                        body,
                    }
                },
            )
            .collect(),
    })
}

/// The same as Markdown: one section per post, oldest first.
pub fn as_markdown(w: &MyWriting) -> String {
    let mut out = format!(
        "# {} <{}>\n\nEverything you wrote in kollega ({} posts).\n\n",
        w.name,
        w.email,
        w.posts.len()
    );
    for p in &w.posts {
        out.push_str(&format!(
            "## {} · {}\n\n_{}{}_\n\n{}\n\n---\n\n",
            p.group,
            p.thread_title,
            p.created_at.format("%Y-%m-%d %H:%M UTC"),
            p.edited_at
                .map(|e| format!(", edited {}", e.format("%Y-%m-%d %H:%M UTC")))
                .unwrap_or_default(),
            p.body.trim()
        ));
    }
    if !w.learning_log.is_empty() {
        out.push_str(&format!(
            "# Learning log ({} entries)\n\n",
            w.learning_log.len()
        ));
        for e in &w.learning_log {
            out.push_str(&format!(
                "## {} · {} min{}\n\n{}\n\n{}---\n\n",
                e.date,
                e.minutes,
                if e.tags.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", e.tags)
                },
                e.learned.trim(),
                e.change
                    .as_deref()
                    .map(|c| format!("{}\n\n", c.trim()))
                    .unwrap_or_default()
            ));
        }
    }
    out
}
