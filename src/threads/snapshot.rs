//! A thread's posts as every member sees them, loaded once per thread version.
//!
//! Reading a thread is by far the most frequent request, and its posts are
//! the same for every member: only "new to you" and "you may still edit"
//! differ, and those are worked out per request from the read mark. The
//! database moves `threads.version` on with every change that shows (a post
//! added, edited or removed, an author renamed; see migration 000014), in the
//! same transaction, so a snapshot keyed by (thread, version) can never be
//! stale, whichever instance of kollega made the change.

use std::sync::{Arc, OnceLock};

use diesel::prelude::*;
use serde::Serialize;

use super::{Post, Thread};
use crate::db::AnyConnection;
use crate::db::schema::{posts, users};
use crate::error::AppResult;

/// One post in reply order, with what every viewer sees of it.
#[derive(Debug, Serialize)]
pub struct ThreadPost {
    pub post: Post,
    pub author_name: String,
    pub parent_author_name: Option<String>,
    pub depth: usize,
    /// The post id, cheap to clone into cache keys.
    #[serde(skip)]
    pub key: Arc<str>,
    /// A hash of everything above that shapes the post's HTML.
    #[serde(skip)]
    pub shape: u64,
}

/// The posts of one version of a thread, in reply order.
#[derive(Debug)]
pub struct ThreadPosts {
    pub posts: Vec<ThreadPost>,
    /// The posts as the API's JSON array, serialised on first use.
    json: OnceLock<Box<serde_json::value::RawValue>>,
}

impl ThreadPosts {
    /// The posts as a JSON array (the API's `posts`), serialised once.
    pub fn json(&self) -> AppResult<&serde_json::value::RawValue> {
        if let Some(done) = self.json.get() {
            return Ok(done);
        }
        let posts: Vec<PostJson<'_>> = self.posts.iter().map(PostJson::from).collect();
        let raw = serde_json::value::to_raw_value(&posts)
            .map_err(|e| crate::error::AppError::Internal(e.into()))?;
        Ok(self.json.get_or_init(|| raw))
    }

    fn bytes(&self) -> u64 {
        self.posts
            .iter()
            .map(|p| (p.post.body.len() + p.post.body_html.len() + 256) as u64)
            .sum::<u64>()
            * 2
    }
}

#[derive(Serialize)]
struct Author<'a> {
    id: &'a str,
    name: &'a str,
}

/// A post in the API.
#[derive(Serialize)]
pub struct PostJson<'a> {
    id: &'a str,
    thread_id: &'a str,
    parent_id: Option<&'a str>,
    seq: i32,
    author: Author<'a>,
    body: &'a str,
    body_html: &'a str,
    created_at: chrono::NaiveDateTime,
    edited_at: Option<chrono::NaiveDateTime>,
}

impl<'a> PostJson<'a> {
    pub fn new(p: &'a Post, author_name: &'a str) -> Self {
        PostJson {
            author: Author {
                id: &p.author_id,
                name: author_name,
            },
            id: &p.id,
            thread_id: &p.thread_id,
            parent_id: p.parent_id.as_deref(),
            seq: p.seq,
            body: &p.body,
            body_html: &p.body_html,
            created_at: p.created_at,
            edited_at: p.edited_at,
        }
    }
}

impl<'a> From<&'a ThreadPost> for PostJson<'a> {
    fn from(p: &'a ThreadPost) -> Self {
        PostJson::new(&p.post, &p.author_name)
    }
}

pub type SnapshotCache = quick_cache::sync::Cache<(String, i32), Arc<ThreadPosts>, SnapshotWeight>;

#[derive(Clone)]
pub struct SnapshotWeight;

impl quick_cache::Weighter<(String, i32), Arc<ThreadPosts>> for SnapshotWeight {
    fn weight(&self, _key: &(String, i32), posts: &Arc<ThreadPosts>) -> u64 {
        posts.bytes().max(1)
    }
}

/// Room for the busiest few hundred threads.
const SNAPSHOT_BYTES: u64 = 64 * 1024 * 1024;

pub fn cache() -> SnapshotCache {
    SnapshotCache::with_weighter(2_000, SNAPSHOT_BYTES, SnapshotWeight)
}

/// The thread's posts at the version `thread` was read at (or later, never
/// earlier: the posts are read after the thread row).
pub fn posts_of(
    conn: &mut AnyConnection,
    cache: &SnapshotCache,
    thread: &Thread,
) -> AppResult<Arc<ThreadPosts>> {
    let key = (thread.id.clone(), thread.version);
    if let Some(hit) = cache.get(&key) {
        return Ok(hit);
    }
    let rows: Vec<(Post, String)> = posts::table
        .inner_join(users::table)
        .filter(posts::thread_id.eq(&thread.id))
        .order(posts::seq.asc())
        .select((Post::as_select(), users::name))
        .load(conn)?;
    let snapshot = Arc::new(ThreadPosts {
        posts: in_reply_order(rows),
        json: OnceLock::new(),
    });
    cache.insert(key, snapshot.clone());
    Ok(snapshot)
}

/// Orders posts so each reply follows the post it answers (depth-first, oldest
/// first among siblings) and records each one's depth.
fn in_reply_order(rows: Vec<(Post, String)>) -> Vec<ThreadPost> {
    use std::collections::HashMap;
    let names: HashMap<String, String> = rows
        .iter()
        .map(|(p, n)| (p.id.clone(), n.clone()))
        .collect();
    let mut children: HashMap<Option<String>, Vec<(Post, String)>> = HashMap::new();
    for (post, name) in rows {
        // A parent outside this thread cannot happen (checked on insert); treat it as top level.
        let parent = post.parent_id.clone().filter(|p| names.contains_key(p));
        children.entry(parent).or_default().push((post, name));
    }
    let mut out = Vec::with_capacity(names.len());
    // Explicit stack instead of recursion: a deep chain of replies cannot overflow it.
    let mut stack: Vec<((Post, String), usize)> = children
        .remove(&None)
        .unwrap_or_default()
        .into_iter()
        .rev()
        .map(|v| (v, 0))
        .collect();
    while let Some(((post, author_name), depth)) = stack.pop() {
        if let Some(kids) = children.remove(&Some(post.id.clone())) {
            stack.extend(kids.into_iter().rev().map(|k| (k, depth + 1)));
        }
        let parent_author_name = post.parent_id.as_ref().and_then(|p| names.get(p).cloned());
        let shape = shape_of(&post, &author_name, parent_author_name.as_deref(), depth);
        out.push(ThreadPost {
            key: post.id.as_str().into(),
            post,
            author_name,
            parent_author_name,
            depth,
            shape,
        });
    }
    out
}

fn shape_of(post: &Post, author: &str, parent_author: Option<&str>, depth: usize) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::quality::FixedState::with_seed(0x6b6f6c6c656761).build_hasher();
    (&post.thread_id, post.seq, &post.body_html, &post.parent_id).hash(&mut h);
    (
        post.created_at,
        post.edited_at,
        author,
        parent_author,
        depth,
    )
        .hash(&mut h);
    h.finish()
}

/// Rendered posts keyed by post id and a hash of everything that shapes their
/// HTML (body, names, depth, unread, editable, language, time zone), so a
/// stale fragment can never be served: any change makes a new key. Bounded
/// by bytes; the least used fall out.
pub type PostFragments =
    quick_cache::sync::Cache<(std::sync::Arc<str>, u64), std::sync::Arc<str>, FragmentWeight>;

#[derive(Clone)]
pub struct FragmentWeight;

impl quick_cache::Weighter<(std::sync::Arc<str>, u64), std::sync::Arc<str>> for FragmentWeight {
    fn weight(&self, key: &(std::sync::Arc<str>, u64), html: &std::sync::Arc<str>) -> u64 {
        (key.0.len() + html.len() + 64) as u64
    }
}

/// Room for the posts of some hundred busy threads in both languages.
const FRAGMENT_BYTES: u64 = 64 * 1024 * 1024;

pub fn post_fragments() -> PostFragments {
    PostFragments::with_weighter(20_000, FRAGMENT_BYTES, FragmentWeight)
}

/// A reader's view of a thread's posts, joined, keyed by the thread and a
/// hash of its fragments' keys (so any change to a post, or to what this
/// reader sees of it, makes a new key). Bounded by bytes.
pub type PostBlocks =
    quick_cache::sync::Cache<(String, u64), std::sync::Arc<crate::compress::Part>, BlockWeight>;

#[derive(Clone)]
pub struct BlockWeight;

impl quick_cache::Weighter<(String, u64), std::sync::Arc<crate::compress::Part>> for BlockWeight {
    fn weight(&self, key: &(String, u64), part: &std::sync::Arc<crate::compress::Part>) -> u64 {
        key.0.len() as u64 + part.weight()
    }
}

/// Room for the blocks of some hundred readers of busy threads.
const BLOCK_BYTES: u64 = 64 * 1024 * 1024;

pub fn post_blocks() -> PostBlocks {
    PostBlocks::with_weighter(2_000, BLOCK_BYTES, BlockWeight)
}
