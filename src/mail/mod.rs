//! Outbound email. Messages are composed in the transaction that causes them
//! and written to the `outbox` table; a sender delivers them afterwards, over
//! SMTP or into a directory of .eml files. A message is claimed before it is
//! sent (so two `kollega serve` processes never send the same one), retried
//! with backoff on temporary failures, and given up on permanent ones. Every
//! SMTP step has a deadline (`smtp.rs`): a silent server delays a message, it
//! never stops the sender.

pub mod compose;
pub mod smtp;
pub mod tokens;
pub mod web;

use std::time::Duration as StdDuration;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use lettre::address::Envelope;
use uuid::Uuid;

use crate::db::schema::outbox;
use crate::db::{AnyConnection, Pool};
use crate::error::AppResult;
use crate::settings::MailSettings;
pub use smtp::Accepted;

/// A composed message, ready for the outbox.
/// Whom a message goes to: a member or someone without an account alike.
/// Composing needs only the address, the name, the language and the zone.
#[derive(Clone, Copy)]
pub struct Recipient<'a> {
    /// The member's id; empty for someone without an account.
    pub id: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub locale: Option<&'a str>,
    pub time_zone: Option<&'a str>,
}

/// What can be mailed: a member (`accounts::User`), or a bare `Recipient`.
pub trait AsRecipient {
    fn recipient(&self) -> Recipient<'_>;
}

impl AsRecipient for Recipient<'_> {
    fn recipient(&self) -> Recipient<'_> {
        *self
    }
}

pub struct Outgoing {
    /// Without angle brackets; unique per message, stable across retries.
    pub message_id: String,
    pub kind: &'static str,
    pub recipient: String,
    pub raw: String,
    /// The envelope sender (`bounce_address`); empty: the From address.
    pub return_path: String,
}

/// The envelope sender of mail to `recipient` (VERP): delivery reports come
/// back to `bounce+<tag>@<domain>`, and only a report whose failed recipient
/// matches the tag counts (`inbound::ingest`), so a forged report cannot
/// switch off anyone's mail.
pub fn bounce_address(keys: &crate::auth::Keys, domain: &str, recipient: &str) -> String {
    format!("bounce+{}@{domain}", bounce_tag(keys, recipient))
}

pub fn bounce_tag(keys: &crate::auth::Keys, recipient: &str) -> String {
    keys.short_tag(format!("bounce:{}", recipient.trim().to_ascii_lowercase()).as_bytes())
}

/// Queues a message. Call it inside the transaction that decided to send it.
/// Queuing the same Message-ID twice keeps the first (and reports false).
pub fn enqueue(conn: &mut AnyConnection, msg: &Outgoing) -> AppResult<bool> {
    let now = Utc::now().naive_utc();
    let exists: i64 = outbox::table
        .filter(outbox::message_id.eq(&msg.message_id))
        .count()
        .get_result(conn)?;
    if exists > 0 {
        return Ok(false);
    }
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(Uuid::new_v4().to_string()),
            outbox::message_id.eq(&msg.message_id),
            outbox::kind.eq(msg.kind),
            outbox::recipient.eq(&msg.recipient),
            outbox::raw.eq(&msg.raw),
            outbox::return_path.eq(&msg.return_path),
            outbox::status.eq("pending"),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: String,
    pub message_id: String,
    pub kind: String,
    pub recipient: String,
    pub raw: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub return_path: String,
}

/// How long a claimed message is reserved for its sender. If the sender dies,
/// the claim lapses and another sender picks the message up.
const CLAIM: i64 = 120;

/// Claims up to `limit` due messages for this sender. The conditional update
/// succeeds for exactly one claimant, on SQLite and PostgreSQL alike.
pub fn claim_due(conn: &mut AnyConnection, limit: i64) -> AppResult<Vec<OutboxRow>> {
    let now = Utc::now().naive_utc();
    let candidates: Vec<OutboxRow> = outbox::table
        .filter(
            outbox::status
                .eq("pending")
                .and(outbox::next_attempt_at.le(now))
                .or(outbox::status
                    .eq("sending")
                    .and(outbox::claimed_until.lt(now))),
        )
        .order(outbox::next_attempt_at.asc())
        .limit(limit)
        .select(OutboxRow::as_select())
        .load(conn)?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for row in candidates {
        let n = diesel::update(
            outbox::table
                .filter(outbox::id.eq(&row.id))
                .filter(outbox::status.eq(&row.status))
                .filter(outbox::attempts.eq(row.attempts)),
        )
        .set((
            outbox::status.eq("sending"),
            outbox::attempts.eq(row.attempts + 1),
            outbox::claimed_until.eq(Some(now + Duration::seconds(CLAIM))),
        ))
        .execute(conn)?;
        if n == 1 {
            claimed.push(OutboxRow {
                attempts: row.attempts + 1,
                ..row
            });
        }
    }
    Ok(claimed)
}

/// Only the sender still holding the claim may record the outcome.
pub fn mark_sent(conn: &mut AnyConnection, row: &OutboxRow) -> AppResult<()> {
    diesel::update(
        outbox::table
            .filter(outbox::id.eq(&row.id))
            .filter(outbox::status.eq("sending"))
            .filter(outbox::attempts.eq(row.attempts)),
    )
    .set((
        outbox::status.eq("sent"),
        outbox::sent_at.eq(Some(Utc::now().naive_utc())),
        outbox::last_error.eq(None::<String>),
        // Sent mail is not kept: post text and one-time links leave the database.
        outbox::raw.eq(""),
    ))
    .execute(conn)?;
    Ok(())
}

/// Records a failed attempt: retried later with backoff, or given up.
pub fn mark_failed(
    conn: &mut AnyConnection,
    row: &OutboxRow,
    error: &str,
    permanent: bool,
    max_attempts: i32,
) -> AppResult<()> {
    let give_up = permanent || row.attempts >= max_attempts;
    // 30 s, 1 min, 2 min, 4 min … capped at 1 hour.
    let backoff = Duration::seconds((30i64 << (row.attempts - 1).clamp(0, 7)).min(3600));
    diesel::update(
        outbox::table
            .filter(outbox::id.eq(&row.id))
            .filter(outbox::status.eq("sending"))
            .filter(outbox::attempts.eq(row.attempts)),
    )
    .set((
        outbox::status.eq(if give_up { "failed" } else { "pending" }),
        outbox::next_attempt_at.eq(Utc::now().naive_utc() + backoff),
        outbox::claimed_until.eq(None::<NaiveDateTime>),
        outbox::last_error.eq(Some(error.chars().take(500).collect::<String>())),
        // The server refused the message for good: a hard bounce, counted
        // against the address by `take_hard_refusals`.
        outbox::hard_refusal.eq(i32::from(permanent && !error.starts_with(LOCAL_ERROR))),
    ))
    .execute(conn)?;
    Ok(())
}

/// Errors kollega found before talking to the server start with this.
const LOCAL_ERROR: &str = "local: ";

/// The recipients the server refused for good since the last call; each is
/// handed out once.
pub fn take_hard_refusals(conn: &mut AnyConnection) -> AppResult<Vec<String>> {
    conn.transaction(|conn| {
        let refused: Vec<(String, String)> = outbox::table
            .filter(outbox::hard_refusal.eq(1))
            .select((outbox::id, outbox::recipient))
            .load(conn)?;
        let ids: Vec<&str> = refused.iter().map(|(id, _)| id.as_str()).collect();
        diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
            .set(outbox::hard_refusal.eq(2))
            .execute(conn)?;
        Ok(refused.into_iter().map(|(_, r)| r).collect())
    })
}

/// Counts by status, for operators and tests.
pub fn outbox_counts(conn: &mut AnyConnection) -> AppResult<Vec<(String, i64)>> {
    Ok(outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)?)
}

/// Where messages leave kollega.
pub enum Transport {
    Smtp(Box<smtp::Smtp>),
    Dir(std::path::PathBuf),
}

pub enum SendError {
    Temporary(String),
    Permanent(String),
}

impl Transport {
    pub fn from_settings(mail: &MailSettings) -> anyhow::Result<Transport> {
        let url = mail.smtp_url.expose();
        if url.is_empty() {
            std::fs::create_dir_all(&mail.dir)?;
            return Ok(Transport::Dir(mail.dir.clone().into()));
        }
        Ok(Transport::Smtp(Box::new(smtp::Smtp::from_settings(
            mail, IN_FLIGHT,
        )?)))
    }

    /// Sends one message. Record it as sent before dropping the `Accepted`.
    pub async fn send(&self, row: &OutboxRow, from: &str) -> Result<Accepted<'_>, SendError> {
        match self {
            Transport::Smtp(smtp) => {
                let from = if row.return_path.is_empty() {
                    from
                } else {
                    row.return_path.as_str()
                };
                let envelope = Envelope::new(
                    Some(from.parse().map_err(|e| {
                        SendError::Permanent(format!("{LOCAL_ERROR}sender address: {e}"))
                    })?),
                    vec![row.recipient.parse().map_err(|e| {
                        SendError::Permanent(format!("{LOCAL_ERROR}recipient address: {e}"))
                    })?],
                )
                .map_err(|e| SendError::Permanent(format!("{LOCAL_ERROR}{e}")))?;
                smtp.send(&envelope, row.raw.as_bytes()).await
            }
            Transport::Dir(dir) => {
                // Write then rename, so a reader never sees half a message.
                let name = row.message_id.replace(['/', '\\', '<', '>'], "_");
                let tmp = dir.join(format!(".{name}.tmp"));
                let path = dir.join(format!("{name}.eml"));
                std::fs::write(&tmp, row.raw.as_bytes())
                    .and_then(|_| std::fs::rename(&tmp, &path))
                    .map_err(|e| SendError::Temporary(e.to_string()))?;
                Ok(Accepted::plain())
            }
        }
    }

    /// Shutting down: claim nothing new, keep no connections.
    pub fn begin_close(&self) {
        if let Transport::Smtp(smtp) = self {
            smtp.begin_close();
        }
    }

    fn closing(&self) -> bool {
        matches!(self, Transport::Smtp(smtp) if smtp.is_closing())
    }

    /// Ends the connections kept between messages with QUIT.
    pub async fn close_idle(&self) {
        if let Transport::Smtp(smtp) = self {
            smtp.close_idle().await;
        }
    }
}

/// The bare address in a From setting like `kollega <kollega@example.org>`.
pub fn address_of(from: &str) -> &str {
    match (from.find('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => &from[a + 1..b],
        _ => from.trim(),
    }
}

/// Messages in flight at once, each on its own SMTP connection: delivery does
/// not wait on one round trip at a time, and one stuck connection holds only
/// its own message (until its deadline), never the others.
const IN_FLIGHT: usize = 16;

/// A whole send, whatever its steps, ends within this: well inside the
/// claim (`CLAIM`), so no other sender takes a message over mid-send.
const SEND_CAP: StdDuration = StdDuration::from_secs(100);

/// Delivers what is due, until nothing is. Returns how many were sent.
/// Up to `IN_FLIGHT` messages travel at once, and a free slot takes the next
/// due message right away (a slow send never holds up a batch). Each message
/// is recorded as sent right after the server accepts it, and no other message
/// finishes its DATA in between, so a crash repeats at most one message.
pub async fn send_due(pool: &Pool, transport: &Transport, mail: &MailSettings) -> AppResult<usize> {
    use futures_util::StreamExt;
    use futures_util::stream::FuturesUnordered;
    let from = address_of(&mail.from).to_string();
    let mut sent = 0;
    let mut first_error = None;
    let mut in_flight = FuturesUnordered::new();
    loop {
        if in_flight.len() < IN_FLIGHT && !transport.closing() {
            let want = (IN_FLIGHT - in_flight.len()) as i64;
            let p = pool.clone();
            match tokio::task::spawn_blocking(move || claim_due(&mut *p.get()?, want)).await? {
                Ok(batch) => {
                    for row in batch {
                        in_flight.push(deliver_one(pool, transport, mail, &from, row));
                    }
                }
                Err(e) => {
                    tracing::error!("claiming mail failed: {e:?}");
                    first_error.get_or_insert(e);
                }
            }
        }
        match in_flight.next().await {
            Some(Ok(true)) => sent += 1,
            Some(Ok(false)) => {}
            Some(Err(e)) => {
                tracing::error!("recording a send failed: {e:?}");
                first_error.get_or_insert(e);
            }
            None => break,
        }
        if first_error.is_some() && in_flight.is_empty() {
            break;
        }
    }
    // Connections are kept within a round only: servers drop idle clients.
    transport.close_idle().await;
    match first_error {
        Some(e) => Err(e),
        None => Ok(sent),
    }
}

/// Sends one claimed message and records the outcome. True when sent.
async fn deliver_one(
    pool: &Pool,
    transport: &Transport,
    mail: &MailSettings,
    from: &str,
    row: OutboxRow,
) -> AppResult<bool> {
    let outcome = match tokio::time::timeout(SEND_CAP, transport.send(&row, from)).await {
        Ok(outcome) => outcome,
        Err(_) => Err(SendError::Temporary(format!(
            "no outcome within {} s",
            SEND_CAP.as_secs()
        ))),
    };
    let p = pool.clone();
    match outcome {
        Ok(accepted) => {
            let recorded = row.clone();
            tokio::task::spawn_blocking(move || mark_sent(&mut *p.get()?, &recorded)).await??;
            drop(accepted);
            Ok(true)
        }
        Err(err) => {
            let (msg, permanent) = match err {
                SendError::Temporary(m) => (m, false),
                SendError::Permanent(m) => (m, true),
            };
            tracing::warn!(message_id = %row.message_id, kind = %row.kind, permanent, "mail not sent: {msg}");
            let max = mail.max_attempts;
            tokio::task::spawn_blocking(move || {
                mark_failed(&mut *p.get()?, &row, &msg, permanent, max)
            })
            .await??;
            Ok(false)
        }
    }
}
