//! Reply addresses, `reply+TOKEN@<mail domain>`: one per member and thread.
//! The token is 10 random bytes and a 5-byte HMAC tag, in lower-case hex (30
//! characters: short enough for every mail server, not guessable, and a forged
//! one is refused before the database is asked). The row makes it expiring
//! and revocable.

use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::auth::Keys;
use crate::db::AnyConnection;
use crate::db::schema::{posting_tokens, reply_tokens};
use crate::error::{AppError, AppResult};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The member's live token for this thread, made if there is none (or it is
/// close to expiry).
pub fn reply_token(
    conn: &mut AnyConnection,
    keys: &Keys,
    user_id: &str,
    thread_id: &str,
    ttl: Duration,
) -> AppResult<String> {
    let now = Utc::now().naive_utc();
    let existing: Option<String> = reply_tokens::table
        .filter(reply_tokens::user_id.eq(user_id))
        .filter(reply_tokens::thread_id.eq(thread_id))
        .filter(reply_tokens::revoked_at.is_null())
        .filter(reply_tokens::expires_at.gt(now + ttl / 2))
        .select(reply_tokens::token)
        .first(conn)
        .optional()?;
    if let Some(token) = existing {
        return Ok(token);
    }
    let random = hex(&rand::random::<[u8; 10]>());
    let token = format!("{random}{}", keys.short_tag(random.as_bytes()));
    diesel::insert_into(reply_tokens::table)
        .values((
            reply_tokens::token.eq(&token),
            reply_tokens::user_id.eq(user_id),
            reply_tokens::thread_id.eq(thread_id),
            reply_tokens::created_at.eq(now),
            reply_tokens::expires_at.eq(now + ttl),
        ))
        .execute(conn)?;
    Ok(token)
}

pub fn reply_address(token: &str, domain: &str) -> String {
    format!("reply+{token}@{domain}")
}

/// Why a reply token was not accepted.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenProblem {
    Malformed,
    Unknown,
    Expired,
    Revoked,
}

/// The member and thread a reply token names, if it is genuine and live.
pub fn resolve_reply_token(
    conn: &mut AnyConnection,
    keys: &Keys,
    token: &str,
) -> AppResult<Result<(String, String), TokenProblem>> {
    let token = token.to_ascii_lowercase();
    if token.len() != 30 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Err(TokenProblem::Malformed));
    }
    if keys.short_tag(&token.as_bytes()[..20]) != token[20..] {
        return Ok(Err(TokenProblem::Malformed));
    }
    let row: Option<(
        String,
        String,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
    )> = reply_tokens::table
        .find(&token)
        .select((
            reply_tokens::user_id,
            reply_tokens::thread_id,
            reply_tokens::expires_at,
            reply_tokens::revoked_at,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        None => Err(TokenProblem::Unknown),
        Some((_, _, _, Some(_))) => Err(TokenProblem::Revoked),
        Some((_, _, expires, None)) if expires <= Utc::now().naive_utc() => {
            Err(TokenProblem::Expired)
        }
        Some((user, thread, _, None)) => Ok((user, thread)),
    })
}

/// A link that changes one member's delivery for one group without signing in.
pub fn unsubscribe_token(keys: &Keys, user_id: &str, group_id: &str) -> AppResult<String> {
    let mut claims = crate::auth::Claims::new(
        crate::auth::Purpose::Unsubscribe,
        user_id,
        None,
        Utc::now(),
        Duration::days(365),
    );
    claims.gid = Some(group_id.to_string());
    keys.sign(&claims)
}

pub fn verify_unsubscribe(keys: &Keys, token: &str) -> AppResult<(String, String)> {
    let claims = keys
        .verify(token, crate::auth::Purpose::Unsubscribe)
        .map_err(|_| AppError::NotFound)?;
    Ok((claims.sub, claims.gid.ok_or(AppError::NotFound)?))
}

/// The member's posting address token for a group (`group+TOKEN@domain`):
/// mail to it starts a new case thread. Made on first use; revocable.
pub fn posting_token(
    conn: &mut AnyConnection,
    keys: &Keys,
    user_id: &str,
    group_id: &str,
) -> AppResult<String> {
    let existing: Option<String> = posting_tokens::table
        .filter(posting_tokens::user_id.eq(user_id))
        .filter(posting_tokens::group_id.eq(group_id))
        .filter(posting_tokens::revoked_at.is_null())
        .select(posting_tokens::token)
        .first(conn)
        .optional()?;
    if let Some(token) = existing {
        return Ok(token);
    }
    let random = hex(&rand::random::<[u8; 10]>());
    let token = format!(
        "{random}{}",
        keys.short_tag(format!("group:{random}").as_bytes())
    );
    diesel::insert_into(posting_tokens::table)
        .values((
            posting_tokens::token.eq(&token),
            posting_tokens::user_id.eq(user_id),
            posting_tokens::group_id.eq(group_id),
            posting_tokens::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(token)
}

pub fn posting_address(token: &str, domain: &str) -> String {
    format!("group+{token}@{domain}")
}

/// The member and group a posting token names, if it is genuine and live.
pub fn resolve_posting_token(
    conn: &mut AnyConnection,
    keys: &Keys,
    token: &str,
) -> AppResult<Result<(String, String), TokenProblem>> {
    let token = token.to_ascii_lowercase();
    if token.len() != 30 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Err(TokenProblem::Malformed));
    }
    if keys.short_tag(format!("group:{}", &token[..20]).as_bytes()) != token[20..] {
        return Ok(Err(TokenProblem::Malformed));
    }
    let row: Option<(String, String, Option<chrono::NaiveDateTime>)> = posting_tokens::table
        .find(&token)
        .select((
            posting_tokens::user_id,
            posting_tokens::group_id,
            posting_tokens::revoked_at,
        ))
        .get_result(conn)
        .optional()?;
    Ok(match row {
        None => Err(TokenProblem::Unknown),
        Some((_, _, Some(_))) => Err(TokenProblem::Revoked),
        Some((user, group, None)) => Ok((user, group)),
    })
}
