//! Every way in posts through here: the web forms, the API and email replies.
//! `submit` takes where the text goes (a new thread in a group, or a reply in
//! a thread) and returns what became of it: a thread started, a reply posted,
//! or an observer's text kept as their private note. A refusal (patient
//! identifiers, a closed group or thread, the posting limit, not a member) is
//! an `AppError` with its `Code`, the same for every caller; each caller only
//! decides how to tell the author (a form with the draft, a 422, a mail).

use crate::accounts::User;
use crate::db::AnyConnection;
use crate::env::PostRules;
use crate::error::{AppError, AppResult};
use crate::narrative::{self, Note};
use crate::threads::phase::{self, Voice};
use crate::threads::{self, Post, Thread, ThreadKind};

/// Where a text goes.
pub enum Target<'a> {
    /// A new thread; a narrative one names its listener.
    Group {
        group_id: &'a str,
        kind: ThreadKind,
        title: &'a str,
        listener_id: Option<&'a str>,
    },
    /// A reply in a thread, under `parent_id` or at the top level.
    Thread {
        thread_id: &'a str,
        parent_id: Option<&'a str>,
    },
}

/// What became of a text.
#[derive(Debug)]
pub enum Outcome {
    Started(Thread),
    Posted(Post),
    /// An observer wrote during a narrative conversation: nothing is lost,
    /// the text is their private observation note.
    SavedAsNote(Note),
}

impl Outcome {
    /// The thread a `Target::Group` started.
    pub fn into_thread(self) -> AppResult<Thread> {
        match self {
            Outcome::Started(thread) => Ok(thread),
            other => Err(AppError::Internal(anyhow::anyhow!(
                "a new thread was expected, not {other:?}"
            ))),
        }
    }
}

/// Posts `body` as `author`. `allowed` holds texts the author marked "not an
/// identifier" (names and dates only; see `deid::check`).
pub fn submit(
    conn: &mut AnyConnection,
    author: &User,
    target: &Target<'_>,
    body: &str,
    allowed: &[String],
    rules: &PostRules,
) -> AppResult<Outcome> {
    match *target {
        Target::Group {
            group_id,
            kind: ThreadKind::Case,
            title,
            ..
        } => threads::create_thread(
            conn,
            author,
            group_id,
            ThreadKind::Case,
            title,
            body,
            allowed,
            rules,
        )
        .map(Outcome::Started),
        Target::Group {
            group_id,
            kind: ThreadKind::Narrative,
            title,
            listener_id,
        } => {
            let listener = listener_id.filter(|l| !l.is_empty()).ok_or_else(|| {
                AppError::invalid("listener_id", "is required for a narrative thread")
            })?;
            narrative::create(
                conn, author, group_id, title, body, listener, allowed, rules,
            )
            .map(Outcome::Started)
        }
        Target::Thread {
            thread_id,
            parent_id,
        } => {
            let thread = threads::find_thread_for(conn, author, thread_id)?;
            match phase::voice_of(&thread, author) {
                Voice::Note => narrative::add_note(conn, author, thread_id, body, rules)
                    .map(Outcome::SavedAsNote),
                // Whether the post may be written is decided inside its
                // transaction (`threads::create_post`).
                Voice::Post | Voice::None => {
                    threads::create_post(conn, author, thread_id, parent_id, body, allowed, rules)
                        .map(Outcome::Posted)
                }
            }
        }
    }
}
