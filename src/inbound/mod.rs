//! Reply by email: a member answers a digest or notification from their own
//! mail client and the group sees the post. One entry point, `ingest`, used by
//! `kollega mail ingest` (an MTA pipe) and `POST /api/v1/inbound-mail`.
//!
//! The message is parsed with mail-parser, the reply token in the recipient
//! address names member and thread, the sender must be that member, only what
//! they wrote is kept (`trim`), and the text takes the same path as a web post,
//! identifier guard included. Anything refused gets a short answer by email;
//! auto-replies and bounces are dropped silently. The raw message is not kept.

pub mod body;
pub mod endings;
pub mod signoff;
pub mod trim;
pub mod web;

use chrono::Utc;
use diesel::prelude::*;
use mail_parser::{HeaderValue, Message, MessageParser, MimeHeaders};
use serde::Serialize;

use crate::accounts::{self, User};
use crate::db::AnyConnection;
use crate::db::schema::{inbound_messages, inbound_rejections};
use crate::env::Env;
use crate::error::{AppError, AppResult, Code, FieldFinding};
use crate::mail::{self, tokens};
use crate::posting;
use crate::threads::{self, ThreadKind};

/// What became of a message. Exit codes follow sysexits for `mail ingest`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// An observer wrote during a narrative conversation: kept as their note.
    SavedAsNote,
    Posted {
        thread_id: String,
        post_id: String,
    },
    /// Deliberately not posted and not answered (auto-reply, bounce, duplicate).
    Dropped {
        reason: &'static str,
    },
    /// Not posted; the sender was told why (unless told already today).
    Rejected {
        reason: &'static str,
        answered: bool,
    },
    UnknownRecipient,
}

#[derive(Debug)]
pub enum IngestError {
    Malformed(String),
    /// The database or the outbox failed: the mail system keeps the message
    /// and tries again. The cause is kept for the log.
    Temporary(anyhow::Error),
    /// The member is posting faster than the limit: the mail system keeps the
    /// message and tries again later, so nothing is lost.
    PostingTooFast {
        retry_after_secs: u64,
    },
}

impl IngestError {
    fn temporary(e: AppError) -> IngestError {
        IngestError::Temporary(e.into_cause())
    }
}

impl Outcome {
    pub fn exit_code(&self) -> u8 {
        match self {
            Outcome::UnknownRecipient => 67,
            _ => 0,
        }
    }
}

/// The parts of a message `mail parse` prints and `ingest` works from.
#[derive(Debug, Serialize)]
pub struct Parsed {
    pub from: Option<String>,
    pub to: Vec<String>,
    pub subject: Option<String>,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub text: String,
    pub reply: String,
    #[serde(skip)]
    pub attachments: usize,
    #[serde(skip)]
    pub automatic: Option<&'static str>,
    /// The failed recipient, when this is a delivery report of a permanent failure.
    #[serde(skip)]
    pub hard_bounce: Option<String>,
}

/// The recipient of a permanent failure in a delivery status report (RFC 3464).
fn hard_bounce(msg: &Message<'_>) -> Option<String> {
    let report = msg.root_part().content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("multipart")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("report"))
    });
    if !report {
        return None;
    }
    // The delivery-status fields, wherever the parser put that part.
    let text = String::from_utf8_lossy(msg.raw_message()).to_string();
    let mut recipient = None;
    let mut failed = false;
    for line in text.lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "final-recipient" | "original-recipient" if recipient.is_none() => {
                recipient = value
                    .rsplit(';')
                    .next()
                    .map(|a| a.trim().trim_matches(['<', '>']).to_ascii_lowercase());
            }
            "action" => failed |= value.trim().eq_ignore_ascii_case("failed"),
            "status" => failed &= value.trim().starts_with('5'),
            _ => {}
        }
    }
    recipient.filter(|r| failed && r.contains('@'))
}

fn first_text(v: &HeaderValue<'_>) -> Option<String> {
    match v {
        HeaderValue::Text(t) => Some(t.to_string()),
        HeaderValue::TextList(l) => l.first().map(|t| t.to_string()),
        _ => None,
    }
}

fn addresses(msg: &Message<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for list in msg.all_to().chain(msg.all_cc()) {
        for a in list.iter() {
            if let Some(addr) = a.address() {
                out.push(addr.to_ascii_lowercase());
            }
        }
    }
    for name in ["Delivered-To", "X-Original-To", "Envelope-To"] {
        if let Some(raw) = msg.header_raw(name) {
            out.push(raw.trim().trim_matches(['<', '>']).to_ascii_lowercase());
        }
    }
    out
}

const OUT_OF_OFFICE: [&str; 12] = [
    "out of office",
    "automatic reply",
    "auto-reply",
    "autoreply",
    "autosvar",
    "automatiskt svar",
    "frånvaromeddelande",
    "frånvaro:",
    "inte på kontoret",
    "på semester",
    "undeliverable",
    "delivery status notification",
];

/// Auto-replies, bounces and list traffic: never posted, never answered.
fn automatic(msg: &Message<'_>) -> Option<&'static str> {
    let header = |n: &str| msg.header_raw(n).map(|v| v.trim().to_ascii_lowercase());
    if header("Auto-Submitted").is_some_and(|v| v != "no") {
        return Some("auto_submitted");
    }
    if header("Precedence")
        .is_some_and(|v| ["bulk", "junk", "list", "auto_reply"].contains(&v.as_str()))
    {
        return Some("precedence");
    }
    if header("X-Autoreply").is_some()
        || header("X-Autorespond").is_some()
        || header("X-Auto-Response-Suppress").is_some_and(|v| v.contains("all"))
    {
        return Some("auto_reply_header");
    }
    let content_type = msg.root_part().content_type();
    if content_type.is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("multipart")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("report"))
    }) {
        return Some("delivery_report");
    }
    let from = msg
        .from()
        .and_then(|f| f.first())
        .and_then(|a| a.address())
        .unwrap_or("")
        .to_ascii_lowercase();
    if from.starts_with("mailer-daemon@") || from.starts_with("postmaster@") || from.is_empty() {
        return Some("bounce");
    }
    let subject = msg.subject().unwrap_or("").to_lowercase();
    if OUT_OF_OFFICE.iter().any(|p| subject.contains(p)) {
        return Some("out_of_office");
    }
    None
}

/// Parses a raw RFC 5322 message and keeps what the member wrote.
pub fn parse(raw: &[u8]) -> Result<Parsed, IngestError> {
    // CR-only line ends and unclosed MIME boundaries are repaired first (see `body`).
    let repaired = body::repair(raw);
    let msg = MessageParser::default()
        .parse(&repaired[..])
        .ok_or_else(|| IngestError::Malformed("not an email message".into()))?;
    if msg.from().is_none() || msg.headers().is_empty() {
        return Err(IngestError::Malformed(
            "the message has no From header".into(),
        ));
    }
    // Prefer text/plain (unflowed); when it is empty, or holds nothing of the member's
    // while the HTML part does, read the HTML part.
    let plain = body::plain_text(&msg);
    let plain_reply = plain.as_deref().map(|t| trim::trim(t).reply);
    let (text, reply) = match (plain, plain_reply) {
        (Some(text), Some(reply)) if !reply.trim().is_empty() => (text, reply),
        (plain, plain_reply) => match body::html_text(&msg).or_else(|| body::stray_text(&msg)) {
            Some(html) => {
                let reply = trim::trim(&html).reply;
                if reply.trim().is_empty() && plain.is_some() {
                    (plain.unwrap_or_default(), plain_reply.unwrap_or_default())
                } else {
                    (html, reply)
                }
            }
            None => (plain.unwrap_or_default(), plain_reply.unwrap_or_default()),
        },
    };
    Ok(Parsed {
        from: msg
            .from()
            .and_then(|f| f.first())
            .and_then(|a| a.address())
            .map(|a| a.to_ascii_lowercase()),
        to: addresses(&msg),
        subject: msg.subject().map(str::to_string),
        message_id: msg.message_id().map(str::to_string),
        in_reply_to: first_text(msg.in_reply_to()),
        attachments: msg.attachments().filter(|a| !a.is_message()).count(),
        automatic: automatic(&msg),
        hard_bounce: hard_bounce(&msg),
        text,
        reply,
    })
}

/// Which of our addresses a message was sent to.
enum Address<'a> {
    /// reply+TOKEN: a reply in one thread.
    Reply(&'a str),
    /// group+TOKEN: a new case thread in one group.
    Group(&'a str),
    /// bounce+TAG: the envelope sender of one recipient's mail (VERP).
    Bounce(&'a str),
}

/// The first recipient address that is ours, if any.
fn our_address<'a>(to: &'a [String], domain: &str) -> Option<Address<'a>> {
    to.iter().find_map(|addr| {
        let (local, host) = addr.rsplit_once('@')?;
        if !host.eq_ignore_ascii_case(domain) {
            return None;
        }
        local
            .strip_prefix("reply+")
            .map(Address::Reply)
            .or_else(|| local.strip_prefix("group+").map(Address::Group))
            .or_else(|| local.strip_prefix("bounce+").map(Address::Bounce))
    })
}

/// True for addresses `ingest` may take (LMTP checks recipients with it).
pub fn is_ours(address: &str, domain: &str, bounce_address: &str) -> bool {
    address.eq_ignore_ascii_case(bounce_address)
        || our_address(&[address.to_ascii_lowercase()], domain).is_some()
}

/// Whether a recipient can take mail, as LMTP asks at RCPT: a reply or
/// posting address whose token is genuine and live, or the bounce address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    Ours,
    /// Forged (its tag does not match), unknown, or not ours at all.
    Unknown,
    /// A genuine address that has expired or been withdrawn.
    Expired,
}

pub fn check_recipient(conn: &mut AnyConnection, env: &Env, address: &str) -> AppResult<Recipient> {
    let address = address.to_ascii_lowercase();
    if address.eq_ignore_ascii_case(mail::address_of(&env.settings.mail.from)) {
        return Ok(Recipient::Ours);
    }
    let resolved = match our_address(std::slice::from_ref(&address), &env.settings.mail.domain) {
        Some(Address::Reply(token)) => {
            tokens::resolve_reply_token(conn, &env.keys, token)?.map(|_| ())
        }
        Some(Address::Group(token)) => {
            tokens::resolve_posting_token(conn, &env.keys, token)?.map(|_| ())
        }
        // Which recipient a report is about is in the report: checked on delivery.
        Some(Address::Bounce(tag))
            if tag.len() == 10 && tag.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            Ok(())
        }
        Some(Address::Bounce(_)) | None => return Ok(Recipient::Unknown),
    };
    Ok(match resolved {
        Ok(()) => Recipient::Ours,
        Err(tokens::TokenProblem::Malformed | tokens::TokenProblem::Unknown) => Recipient::Unknown,
        Err(tokens::TokenProblem::Expired | tokens::TokenProblem::Revoked) => Recipient::Expired,
    })
}

/// A subject as a thread title: reply and forward prefixes dropped.
fn title_from(subject: Option<&str>) -> String {
    let mut s = subject.unwrap_or("").trim();
    loop {
        let lower = s.to_ascii_lowercase();
        match ["re:", "sv:", "fw:", "fwd:", "vb:", "vs:"]
            .iter()
            .find(|p| lower.starts_with(*p))
        {
            Some(p) => s = s[p.len()..].trim_start(),
            None => break,
        }
    }
    s.to_string()
}

/// Answers to senders who are not the member an address belongs to, per day
/// in all: a flood of forged mail cannot make kollega a source of backscatter.
const MAX_STRANGER_ANSWERS_A_DAY: i64 = 200;

/// Why a message was not posted, for the answer to its sender.
#[derive(Debug)]
enum Refusal {
    UnknownToken,
    Expired,
    NotTheMember,
    NotAMember,
    Empty,
    GroupClosed,
    ThreadClosed,
    Identifiers(Vec<FieldFinding>),
    Invalid(String),
    NotAllowed,
    /// Invited, but the invitation and the confidentiality terms not yet accepted.
    NotAccepted,
    /// Written to the From address of kollega's messages.
    NoReply,
}

impl Refusal {
    fn code(&self) -> &'static str {
        match self {
            Refusal::UnknownToken => "unknown_address",
            Refusal::Expired => "expired_address",
            Refusal::NotTheMember => "wrong_sender",
            Refusal::NotAMember => "not_a_member",
            Refusal::Empty => "empty",
            Refusal::GroupClosed => "group_closed",
            Refusal::ThreadClosed => "thread_closed",
            Refusal::Identifiers(_) => "patient_identifiers",
            Refusal::Invalid(_) => "invalid",
            Refusal::NotAllowed => "not_allowed",
            Refusal::NotAccepted => "not_accepted",
            Refusal::NoReply => "noreply",
        }
    }

    /// What the posting path's refusal means for a mail: an answer to the
    /// member, or (the posting limit, a failing database) a temporary failure
    /// the mail system retries.
    fn of(e: AppError) -> Result<Refusal, IngestError> {
        match e {
            AppError::PatientIdentifiers(findings) => Ok(Refusal::Identifiers(findings)),
            AppError::Conflict(Code::GroupClosed) => Ok(Refusal::GroupClosed),
            AppError::Conflict(Code::ThreadClosed) => Ok(Refusal::ThreadClosed),
            AppError::NotFound => Ok(Refusal::NotAMember),
            AppError::Invalid { message, .. } => Ok(Refusal::Invalid(message)),
            AppError::Forbidden(_) => Ok(Refusal::NotAllowed),
            AppError::TooManyRequests { retry_after_secs } => {
                Err(IngestError::PostingTooFast { retry_after_secs })
            }
            other => Err(IngestError::temporary(other)),
        }
    }
}

/// Handles one inbound message. Posts, drops or answers; never keeps the raw message.
pub fn ingest(conn: &mut AnyConnection, env: &Env, raw: &[u8]) -> Result<Outcome, IngestError> {
    ingest_for(conn, env, raw, None)
}

/// As `ingest`, for one envelope recipient (LMTP and pipes that pass it):
/// the address the MTA delivered to counts before the message's own headers.
pub fn ingest_for(
    conn: &mut AnyConnection,
    env: &Env,
    raw: &[u8],
    envelope_to: Option<&str>,
) -> Result<Outcome, IngestError> {
    let mut parsed = parse(raw)?;
    if let Some(rcpt) = envelope_to {
        parsed.to.insert(0, rcpt.to_ascii_lowercase());
    }
    let temp = IngestError::temporary;
    let address = our_address(&parsed.to, &env.settings.mail.domain);
    if let Some(recipient) = &parsed.hard_bounce {
        // A permanent failure report counts only when it came back to the
        // envelope sender of mail kollega sent to that very address.
        let genuine = matches!(address, Some(Address::Bounce(tag))
            if tag.eq_ignore_ascii_case(&mail::bounce_tag(&env.keys, recipient)));
        if !genuine {
            tracing::info!("a delivery report that does not match our mail was ignored");
            return Ok(Outcome::Dropped {
                reason: "unverified_bounce",
            });
        }
        accounts::record_hard_bounce(conn, recipient).map_err(temp)?;
        return Ok(Outcome::Dropped {
            reason: "bounce_recorded",
        });
    }
    if let Some(reason) = parsed.automatic {
        return Ok(Outcome::Dropped { reason });
    }
    let message_id = parsed.message_id.clone().unwrap_or_default();
    if !message_id.is_empty() && already_handled(conn, &message_id).map_err(temp)? {
        return Ok(Outcome::Dropped {
            reason: "duplicate",
        });
    }
    let letter = Letter {
        parsed: &parsed,
        message_id: &message_id,
    };
    let address = match address {
        Some(Address::Bounce(_)) => {
            return Ok(Outcome::Dropped {
                reason: "not_a_report",
            });
        }
        Some(address) => address,
        // Mail to the From address of kollega's own messages: answered with
        // how to reply, not bounced by the MTA and lost.
        None if parsed
            .to
            .iter()
            .any(|a| a.eq_ignore_ascii_case(mail::address_of(&env.settings.mail.from))) =>
        {
            return letter.refuse(conn, env, None, Refusal::NoReply);
        }
        None => return Ok(Outcome::UnknownRecipient),
    };
    let (member, target) = match sender_and_target(conn, env, &parsed, address)? {
        Ok(found) => found,
        Err(refusal) => return letter.refuse(conn, env, None, refusal),
    };
    // The member's name is on the post already: their sign-off and their
    // signature (learned from how their earlier replies ended) go.
    let signature =
        endings::learned_signature(conn, env, &member.id, &parsed.reply).map_err(temp)?;
    endings::remember(conn, env, &member.id, &parsed.reply).map_err(temp)?;
    let sender = signoff::Sender {
        display_name: member.name.clone(),
        known_signature: signature,
    };
    parsed.reply = signoff::strip_signoff(&parsed.reply, &sender);
    let letter = Letter {
        parsed: &parsed,
        message_id: &message_id,
    };
    if parsed.reply.trim().is_empty() {
        return letter.refuse(conn, env, Some(&member), Refusal::Empty);
    }
    match letter.post(conn, env, &member, &target)? {
        Ok(outcome) => Ok(outcome),
        Err(refusal) => letter.refuse(conn, env, Some(&member), refusal),
    }
}

/// Where an emailed text goes.
enum Target {
    Thread(String),
    Group(String),
}

/// The member a reply address names, and where their text goes; or why not.
fn sender_and_target(
    conn: &mut AnyConnection,
    env: &Env,
    parsed: &Parsed,
    address: Address<'_>,
) -> Result<Result<(User, Target), Refusal>, IngestError> {
    let temp = IngestError::temporary;
    let resolved = match address {
        Address::Reply(token) => tokens::resolve_reply_token(conn, &env.keys, token)
            .map_err(temp)?
            .map(|(u, t)| (u, Target::Thread(t))),
        Address::Group(token) => tokens::resolve_posting_token(conn, &env.keys, token)
            .map_err(temp)?
            .map(|(u, g)| (u, Target::Group(g))),
        Address::Bounce(_) => return Ok(Err(Refusal::UnknownToken)),
    };
    let (user_id, target) = match resolved {
        Ok(pair) => pair,
        Err(tokens::TokenProblem::Malformed | tokens::TokenProblem::Unknown) => {
            return Ok(Err(Refusal::UnknownToken));
        }
        Err(tokens::TokenProblem::Expired | tokens::TokenProblem::Revoked) => {
            return Ok(Err(Refusal::Expired));
        }
    };
    let member = accounts::find_user(conn, &user_id).map_err(temp)?;
    let sender = parsed.from.as_deref().unwrap_or_default();
    if !member.email.eq_ignore_ascii_case(sender) {
        return Ok(Err(Refusal::NotTheMember));
    }
    if member.password_hash.is_none() {
        return Ok(Err(Refusal::NotAccepted));
    }
    Ok(Ok((member, target)))
}

/// One message on its way: what was parsed of it and its Message-ID.
struct Letter<'a> {
    parsed: &'a Parsed,
    message_id: &'a str,
}

impl Letter<'_> {
    /// Posts the member's text through the one posting path, records the
    /// message as handled and answers what needs answering, in one transaction.
    fn post(
        &self,
        conn: &mut AnyConnection,
        env: &Env,
        member: &User,
        target: &Target,
    ) -> Result<Result<Outcome, Refusal>, IngestError> {
        let rules = env.post_rules();
        let title = title_from(self.parsed.subject.as_deref());
        let parent = match target {
            Target::Thread(thread_id) => self.notified_post(conn, env, thread_id)?,
            Target::Group(_) => None,
        };
        let target = match target {
            Target::Thread(thread_id) => posting::Target::Thread {
                thread_id,
                parent_id: parent.as_deref(),
            },
            Target::Group(group_id) => posting::Target::Group {
                group_id,
                kind: ThreadKind::Case,
                title: &title,
                listener_id: None,
            },
        };
        let result = conn.transaction(|conn| {
            // Write first: the transaction takes SQLite's write lock at once
            // (it never has to upgrade a read), and a second delivery of the
            // same message waits here and then finds it handled.
            self.record(conn, "posting")?;
            let outcome = posting::submit(conn, member, &target, &self.parsed.reply, &[], &rules)?;
            let (recorded, answer) = match &outcome {
                posting::Outcome::SavedAsNote(_) => ("saved_as_note", Some("saved_as_note")),
                _ if self.parsed.attachments > 0 => ("posted", Some("attachments_dropped")),
                _ => ("posted", None),
            };
            self.mark(conn, recorded)?;
            if let Some(reason) = answer {
                let msg = mail::compose::inbound_answer(
                    env,
                    self.sender(),
                    Some(member),
                    reason,
                    &[],
                    "",
                    self.parsed.subject.as_deref(),
                )?;
                mail::enqueue(conn, &msg)?;
            }
            Ok::<_, AppError>(outcome)
        });
        match result {
            Ok(posting::Outcome::SavedAsNote(_)) => Ok(Ok(Outcome::SavedAsNote)),
            Ok(posting::Outcome::Posted(post)) => Ok(Ok(Outcome::Posted {
                thread_id: post.thread_id,
                post_id: post.id,
            })),
            Ok(posting::Outcome::Started(thread)) => {
                let post = threads::first_post(conn, &thread.id).map_err(IngestError::temporary)?;
                Ok(Ok(Outcome::Posted {
                    thread_id: thread.id,
                    post_id: post.id,
                }))
            }
            Err(e) => Refusal::of(e).map(Err),
        }
    }

    fn sender(&self) -> &str {
        self.parsed.from.as_deref().unwrap_or_default()
    }

    /// The post whose notification this answers (its Message-ID is
    /// `post.<post id>.<member id>@<our domain>`), if it is in this thread: the
    /// reply nests under it, as a web reply to it would. A reply to a digest or
    /// to the thread's own address stays at the top level.
    fn notified_post(
        &self,
        conn: &mut AnyConnection,
        env: &Env,
        thread_id: &str,
    ) -> Result<Option<String>, IngestError> {
        let Some(reference) = self.parsed.in_reply_to.as_deref() else {
            return Ok(None);
        };
        let reference = reference.trim().trim_matches(['<', '>']);
        let Some((local, domain)) = reference.rsplit_once('@') else {
            return Ok(None);
        };
        if !domain.eq_ignore_ascii_case(&env.settings.mail.domain) {
            return Ok(None);
        }
        let Some(post_id) = local
            .strip_prefix("post.")
            .and_then(|r| r.split('.').next())
        else {
            return Ok(None);
        };
        let in_thread: Option<String> = crate::db::schema::posts::table
            .find(post_id)
            .select(crate::db::schema::posts::thread_id)
            .get_result(conn)
            .optional()
            .map_err(|e| IngestError::temporary(e.into()))?;
        Ok((in_thread.as_deref() == Some(thread_id)).then(|| post_id.to_string()))
    }

    fn record(&self, conn: &mut AnyConnection, outcome: &str) -> AppResult<()> {
        record(conn, self.message_id, outcome)
    }

    fn mark(&self, conn: &mut AnyConnection, outcome: &str) -> AppResult<()> {
        if self.message_id.is_empty() {
            return Ok(());
        }
        diesel::update(inbound_messages::table.find(self.message_id))
            .set(inbound_messages::outcome.eq(outcome))
            .execute(conn)?;
        Ok(())
    }

    /// Records the refusal and answers the sender: a member about their own
    /// post always, anyone else at most once a day (no backscatter storms).
    fn refuse(
        &self,
        conn: &mut AnyConnection,
        env: &Env,
        member: Option<&User>,
        refusal: Refusal,
    ) -> Result<Outcome, IngestError> {
        let reason = refusal.code();
        let sender = self.sender();
        let answered = conn
            .transaction(|conn| {
                self.record(conn, reason)?;
                if sender.is_empty() {
                    return Ok(false);
                }
                if member.is_none() {
                    // Someone who is not the member (often a forged sender):
                    // at most one answer a day each, and a few hundred in all.
                    let day = Utc::now().date_naive().to_string();
                    let seen: i64 = inbound_rejections::table
                        .find((sender, &day))
                        .count()
                        .get_result(conn)?;
                    let today: i64 = inbound_rejections::table
                        .filter(inbound_rejections::day.eq(&day))
                        .count()
                        .get_result(conn)?;
                    if seen > 0 || today >= MAX_STRANGER_ANSWERS_A_DAY {
                        return Ok(false);
                    }
                    diesel::insert_into(inbound_rejections::table)
                        .values((
                            inbound_rejections::sender.eq(sender),
                            inbound_rejections::day.eq(&day),
                        ))
                        .execute(conn)?;
                }
                let findings = match &refusal {
                    Refusal::Identifiers(f) => f.clone(),
                    _ => Vec::new(),
                };
                // A stranger's subject is not repeated (it may be anyone's text).
                let subject = member.and(self.parsed.subject.as_deref());
                let msg = mail::compose::inbound_answer(
                    env,
                    sender,
                    member,
                    reason,
                    &findings,
                    &self.parsed.reply,
                    subject,
                )?;
                mail::enqueue(conn, &msg)?;
                Ok::<_, AppError>(true)
            })
            .map_err(IngestError::temporary)?;
        if let Refusal::Invalid(m) = &refusal {
            tracing::info!(reason, "inbound mail refused: {m}");
        } else {
            tracing::info!(reason, "inbound mail refused");
        }
        Ok(Outcome::Rejected { reason, answered })
    }
}

fn already_handled(conn: &mut AnyConnection, message_id: &str) -> AppResult<bool> {
    Ok(inbound_messages::table
        .find(message_id)
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

fn record(conn: &mut AnyConnection, message_id: &str, outcome: &str) -> AppResult<()> {
    if message_id.is_empty() {
        return Ok(());
    }
    diesel::insert_into(inbound_messages::table)
        .values((
            inbound_messages::message_id.eq(message_id),
            inbound_messages::outcome.eq(outcome),
            inbound_messages::received_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}
