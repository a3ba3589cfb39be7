//! Search within my groups: thread titles and posts, behind one function over
//! SQLite FTS5 and PostgreSQL full-text search. Results only ever come from
//! groups the viewer belongs to (the membership join is in the query itself).

pub mod web;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text, Timestamp};
use serde::Serialize;

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::error::{AppError, AppResult};

const LIMIT: i64 = 50;

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    thread_id: String,
    #[diesel(sql_type = Text)]
    thread_title: String,
    #[diesel(sql_type = Text)]
    group_name: String,
    #[diesel(sql_type = Nullable<Text>)]
    post_id: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    author_name: Option<String>,
    #[diesel(sql_type = Text)]
    body: String,
    #[diesel(sql_type = Timestamp)]
    created_at: NaiveDateTime,
}

/// One search result: a thread whose title matched, or a post.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub thread_id: String,
    pub thread_title: String,
    pub group_name: String,
    /// None when the title matched.
    pub post_id: Option<String>,
    pub author_name: Option<String>,
    pub created_at: NaiveDateTime,
    /// Plain text around the first word found (posts only).
    pub snippet: String,
}

/// The words of a query: letters and digits only, so no query syntax of
/// either database can be smuggled in.
fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .take(8)
        .collect()
}

/// A plain-text excerpt (Markdown as a reader sees it) around the first term
/// found, cut at word boundaries.
fn snippet(body: &str, terms: &[String]) -> String {
    const BEFORE: usize = 60;
    const LENGTH: usize = 180;
    let flat = crate::markdown::plain_text(body);
    let lower = flat.to_lowercase();
    let at = terms
        .iter()
        .filter_map(|t| lower.find(t.as_str()))
        .min()
        .unwrap_or(0);
    // Lowercasing can change byte lengths; fall back to the start then.
    let at = if flat.is_char_boundary(at) && lower.len() == flat.len() {
        at
    } else {
        0
    };
    // Back about BEFORE characters, then forward to the start of a word.
    let mut start = flat[..at]
        .char_indices()
        .rev()
        .nth(BEFORE)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        start = flat[start..]
            .find(' ')
            .map_or(at, |i| (start + i + 1).min(at));
    }
    let rest = &flat[start..];
    let mut end = rest
        .char_indices()
        .nth(LENGTH)
        .map_or(rest.len(), |(i, _)| i);
    if end < rest.len() {
        end = rest[..end].rfind(' ').unwrap_or(end);
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(rest[..end].trim());
    if end < rest.len() {
        out.push('…');
    }
    out
}

/// The words of `query` as search uses them, for highlighting.
pub fn query_terms(query: &str) -> Vec<String> {
    terms(query)
}

/// Threads whose title and posts whose text contain every word of `query`
/// (the last word may be the start of a word), newest first.
pub fn search(conn: &mut AnyConnection, viewer: &User, query: &str) -> AppResult<Vec<Hit>> {
    let words = terms(query);
    if words.is_empty() {
        return Err(AppError::invalid(
            "q",
            "type at least one word to search for",
        ));
    }
    let rows: Vec<Row> = match conn {
        AnyConnection::Sqlite(c) => {
            let fts: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
            let fts = fts.join(" ");
            diesel::sql_query(
                "SELECT * FROM (
                   SELECT t.id AS thread_id, t.title AS thread_title, g.name AS group_name,
                          NULL AS post_id, NULL AS author_name, '' AS body, t.created_at AS created_at
                   FROM thread_search s
                   JOIN threads t ON t.rowid = s.rowid
                   JOIN groups g ON g.id = t.group_id
                   JOIN memberships m ON m.group_id = t.group_id AND m.user_id = ?1
                   WHERE thread_search MATCH ?2
                   UNION ALL
                   SELECT t.id, t.title, g.name, p.id, u.name, p.body, p.created_at
                   FROM post_search s
                   JOIN posts p ON p.rowid = s.rowid
                   JOIN threads t ON t.id = p.thread_id
                   JOIN groups g ON g.id = t.group_id
                   JOIN users u ON u.id = p.author_id
                   JOIN memberships m ON m.group_id = t.group_id AND m.user_id = ?1
                   WHERE post_search MATCH ?2
                 ) ORDER BY created_at DESC LIMIT ?3",
            )
            .bind::<Text, _>(&viewer.id)
            .bind::<Text, _>(&fts)
            .bind::<diesel::sql_types::BigInt, _>(LIMIT)
            .load(c)?
        }
        AnyConnection::Postgresql(c) => {
            let tsquery: Vec<String> = words.iter().map(|w| format!("{w}:*")).collect();
            let tsquery = tsquery.join(" & ");
            diesel::sql_query(
                "SELECT * FROM (
                   SELECT t.id AS thread_id, t.title AS thread_title, g.name AS group_name,
                          NULL::text AS post_id, NULL::text AS author_name, '' AS body,
                          t.created_at AS created_at
                   FROM threads t
                   JOIN groups g ON g.id = t.group_id
                   JOIN memberships m ON m.group_id = t.group_id AND m.user_id = $1
                   WHERE to_tsvector('simple', t.title) @@ to_tsquery('simple', $2)
                   UNION ALL
                   SELECT t.id, t.title, g.name, p.id, u.name, p.body, p.created_at
                   FROM posts p
                   JOIN threads t ON t.id = p.thread_id
                   JOIN groups g ON g.id = t.group_id
                   JOIN users u ON u.id = p.author_id
                   JOIN memberships m ON m.group_id = t.group_id AND m.user_id = $1
                   WHERE to_tsvector('simple', p.body) @@ to_tsquery('simple', $2)
                 ) hits ORDER BY created_at DESC LIMIT $3",
            )
            .bind::<Text, _>(&viewer.id)
            .bind::<Text, _>(&tsquery)
            .bind::<diesel::sql_types::BigInt, _>(LIMIT)
            .load(c)?
        }
    };
    let hits = rows
        .into_iter()
        .map(|r| Hit {
            snippet: if r.post_id.is_some() {
                snippet(&r.body, &words)
            } else {
                String::new()
            },
            thread_id: r.thread_id,
            thread_title: r.thread_title,
            group_name: r.group_name,
            post_id: r.post_id,
            author_name: r.author_name,
            created_at: r.created_at,
        })
        .collect();
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_syntax_is_reduced_to_words() {
        assert_eq!(
            terms("\"trött\" OR NEAR(x* -y)"),
            ["trött", "or", "near", "x", "y"]
        );
        assert!(terms("*** \" ::").is_empty());
    }

    #[test]
    fn snippets_show_the_words_in_context() {
        let body = format!(
            "{} hon sover dåligt sedan i våras {}",
            "a".repeat(300),
            "b".repeat(300)
        );
        let s = snippet(&body, &["sover".into()]);
        assert!(
            s.starts_with('…') && s.ends_with('…') && s.contains("hon sover dåligt"),
            "{s}"
        );
    }

    #[test]
    fn snippets_are_plain_text_cut_between_words() {
        let body = format!(
            "{}**Hon** sover _dåligt_ sedan i våras, [se](https://x.example) `TSH`. {}",
            "ord ".repeat(40),
            "mer text ".repeat(40)
        );
        let s = snippet(&body, &["sover".into()]);
        assert!(
            !s.contains('*') && !s.contains('_') && !s.contains("https"),
            "{s}"
        );
        assert!(s.contains("Hon sover dåligt sedan i våras, se TSH."), "{s}");
        let inner = s.trim_start_matches('…').trim_end_matches('…');
        assert!(
            inner.starts_with("ord ") || inner.starts_with("Hon"),
            "starts at a word: {s}"
        );
        assert!(
            inner.ends_with("mer") || inner.ends_with("text"),
            "ends at a word: {s}"
        );
    }
}
