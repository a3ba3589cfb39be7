//! Who may post in a thread, and when: the phases of a narrative thread and
//! the roles in it. The rule lives here, beside posting, so every way in (web,
//! API, email) is held to it inside the posting transaction.

use serde::Serialize;

use super::Thread;
use crate::accounts::User;
use crate::error::{AppError, AppResult, Code};

crate::text_enum! {
    pub enum Phase {
        Conversation = "conversation",
        Reflection = "reflection",
        Closed = "closed",
    }
}

impl Phase {
    pub fn parse(s: &str) -> AppResult<Phase> {
        Phase::from_code(s)
            .ok_or_else(|| AppError::invalid("phase", "must be reflection or closed"))
    }
}

/// Who someone is in a narrative thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Teller,
    Listener,
    Observer,
}

pub fn role_of(thread: &Thread, user: &User) -> Role {
    if thread.author_id == user.id {
        Role::Teller
    } else if thread.listener_id.as_deref() == Some(user.id.as_str()) {
        Role::Listener
    } else {
        Role::Observer
    }
}

pub(crate) fn phase_of(thread: &Thread) -> Option<Phase> {
    thread.phase
}

/// What a member's text in this thread becomes now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// A post (case threads; teller and listener in conversation; everyone in reflection).
    Post,
    /// An observer during the conversation: their private observation note.
    Note,
    /// Nothing: the thread is closed.
    None,
}

pub fn voice_of(thread: &Thread, user: &User) -> Voice {
    match phase_of(thread) {
        None => Voice::Post,
        Some(Phase::Closed) => Voice::None,
        Some(Phase::Conversation) if role_of(thread, user) == Role::Observer => Voice::Note,
        Some(_) => Voice::Post,
    }
}

/// May this member post in this thread now? Case threads: yes. Narrative:
/// only teller and listener in conversation, everyone in reflection, nobody
/// once closed.
pub fn check_can_post(thread: &Thread, user: &User) -> AppResult<()> {
    match voice_of(thread, user) {
        Voice::Post => Ok(()),
        Voice::Note => Err(AppError::Forbidden(Code::ObserverInConversation)),
        Voice::None => Err(AppError::Conflict(Code::ThreadClosed)),
    }
}
