//! Accounts and sessions: creating users, signing in and out, passwords,
//! language preference. Plain functions over a connection; callers own the
//! transaction where one is needed.

pub mod api;
pub mod delete;
pub mod export;
mod names;
pub mod web;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::auth::Keys;
use crate::db::AnyConnection;
use crate::db::schema::{sessions, users};
use crate::error::{AppError, AppResult, Code};

crate::text_enum! {
    /// What someone may do across kollega (per group, see `groups::MemberRole`).
    pub enum Role {
        Admin = "admin",
        Moderator = "moderator",
        Member = "member",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub role: Role,
    pub locale: Option<String>,
    pub created_at: NaiveDateTime,
    pub time_zone: Option<String>,
    pub digest_hour: i32,
    pub digest_weekday: i32,
    pub bounce_count: i32,
    /// Set after repeated hard bounces: no digests or notifications until the
    /// member saves their email settings again.
    pub mail_disabled_at: Option<NaiveDateTime>,
}

impl User {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

#[derive(Insertable)]
#[diesel(table_name = users)]
struct NewUserRow<'a> {
    id: &'a str,
    email: &'a str,
    name: &'a str,
    password_hash: Option<&'a str>,
    role: Role,
    locale: Option<&'a str>,
    created_at: NaiveDateTime,
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    /// Already hashed; `None` for an invited member who sets it later.
    pub password_hash: Option<&'a str>,
}

pub const MIN_PASSWORD_CHARS: usize = 10;

pub fn normalize_email(email: &str) -> AppResult<String> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(email)
    } else {
        Err(AppError::invalid("email", "is not a valid email address"))
    }
}

/// Control characters never belong in a one-line field (a CR/LF in a name
/// would end up in email headers; a NUL breaks PostgreSQL).
pub fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}

pub use names::{check_lookalike, lookalike_key};

pub fn validate_name(name: &str) -> AppResult<&str> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || has_control(name) {
        return Err(AppError::invalid("name", "must be 1 to 100 characters"));
    }
    names::check_lookalike("name", name)?;
    Ok(name)
}

pub fn validate_password(password: &str) -> AppResult<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::invalid(
            "password",
            format!("must be at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    if password.len() > 1024 {
        return Err(AppError::invalid("password", "is too long"));
    }
    Ok(())
}

pub fn create_user(conn: &mut AnyConnection, new: NewUser<'_>) -> AppResult<User> {
    let email = normalize_email(new.email)?;
    let name = validate_name(new.name)?;
    let id = Uuid::new_v4().to_string();
    let inserted = diesel::insert_into(users::table)
        .values(NewUserRow {
            id: &id,
            email: &email,
            name,
            password_hash: new.password_hash,
            role: new.role,
            locale: None,
            created_at: Utc::now().naive_utc(),
        })
        .execute(conn);
    match inserted {
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {
            return Err(AppError::Conflict(Code::EmailTaken));
        }
        other => other?,
    };
    find_user(conn, &id)
}

pub fn find_user(conn: &mut AnyConnection, id: &str) -> AppResult<User> {
    Ok(users::table
        .find(id)
        .select(User::as_select())
        .get_result(conn)?)
}

pub fn find_user_by_email(conn: &mut AnyConnection, email: &str) -> AppResult<Option<User>> {
    let email = email.trim().to_lowercase();
    Ok(users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Checks email and password. The same error for an unknown email and a wrong
/// password, so sign-in does not reveal who has an account.
pub fn authenticate(
    conn: &mut AnyConnection,
    keys: &Keys,
    email: &str,
    password: &str,
) -> AppResult<User> {
    match find_user_by_email(conn, email)? {
        Some(user) => match &user.password_hash {
            Some(hash) if keys.verify_password(password, hash) => Ok(user),
            Some(_) => Err(AppError::InvalidLogin),
            // Same time as a real check: an invited account is not revealed.
            None => {
                keys.dummy_verify();
                Err(AppError::InvalidLogin)
            }
        },
        None => {
            keys.dummy_verify();
            Err(AppError::InvalidLogin)
        }
    }
}

pub fn set_password(
    conn: &mut AnyConnection,
    keys: &Keys,
    user_id: &str,
    password: &str,
) -> AppResult<()> {
    validate_password(password)?;
    let hash = keys.hash_password(password)?;
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(Some(hash)))
        .execute(conn)?;
    Ok(())
}

/// Changes the password, and ends every other session of this member (a
/// stolen cookie or token stops working). The caller has checked the current
/// password through the throttled check every password check goes through.
pub fn change_password(
    conn: &mut AnyConnection,
    keys: &Keys,
    user: &User,
    new: &str,
    keep_session: &str,
) -> AppResult<()> {
    conn.transaction(|conn| {
        set_password(conn, keys, &user.id, new)?;
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(&user.id))
                .filter(sessions::id.ne(keep_session))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)?;
        Ok(())
    })
}

pub fn set_locale(conn: &mut AnyConnection, user_id: &str, locale: Option<&str>) -> AppResult<()> {
    if let Some(l) = locale
        && !crate::i18n::SUPPORTED.contains(&l)
    {
        return Err(AppError::invalid("locale", "must be sv or en"));
    }
    diesel::update(users::table.find(user_id))
        .set(users::locale.eq(locale))
        .execute(conn)?;
    Ok(())
}

crate::text_enum! {
    pub enum SessionKind {
        Web = "web",
        Api = "api",
    }
}

#[derive(Insertable)]
#[diesel(table_name = sessions)]
struct NewSession<'a> {
    id: &'a str,
    user_id: &'a str,
    kind: SessionKind,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
}

/// Starts a session and returns its id (the cookie value, or the JWT's `sid`).
pub fn create_session(
    conn: &mut AnyConnection,
    user_id: &str,
    kind: SessionKind,
    ttl: Duration,
) -> AppResult<String> {
    let id = Uuid::new_v4().to_string();
    let now = Utc::now().naive_utc();
    diesel::insert_into(sessions::table)
        .values(NewSession {
            id: &id,
            user_id,
            kind,
            created_at: now,
            expires_at: now + ttl,
        })
        .execute(conn)?;
    Ok(id)
}

/// The member behind a live (unexpired, unrevoked) session, if any.
pub fn find_session_user(conn: &mut AnyConnection, session_id: &str) -> AppResult<Option<User>> {
    let now = Utc::now().naive_utc();
    Ok(sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(session_id))
        .filter(sessions::expires_at.gt(now))
        .filter(sessions::revoked_at.is_null())
        .select(User::as_select())
        .get_result(conn)
        .optional()?)
}

pub fn revoke_session(conn: &mut AnyConnection, session_id: &str) -> AppResult<()> {
    diesel::update(sessions::table.find(session_id))
        .set(sessions::revoked_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)?;
    Ok(())
}

/// Accepts an invitation: sets the first password of an account that has
/// none. Once a password is set, the link no longer works.
/// Signing up from an invitation: the invitee confirms their name, chooses a
/// password and accepts the confidentiality terms of the groups they were
/// invited to. The link works once: afterwards the account has a password.
pub fn accept_invitation(
    conn: &mut AnyConnection,
    keys: &Keys,
    user_id: &str,
    name: &str,
    password: &str,
    accepted_terms: bool,
) -> AppResult<User> {
    use crate::db::schema::memberships;
    let user = find_user(conn, user_id).map_err(|_| AppError::Unauthorized)?;
    if user.password_hash.is_some() {
        return Err(AppError::Conflict(Code::InvitationUsed));
    }
    let name = validate_name(name)?;
    if !accepted_terms {
        return Err(AppError::invalid(
            "accept_terms",
            "the confidentiality terms must be accepted to join",
        ));
    }
    conn.transaction(|conn| {
        set_password(conn, keys, user_id, password)?;
        diesel::update(users::table.find(user_id))
            .set(users::name.eq(name))
            .execute(conn)?;
        diesel::update(
            memberships::table
                .filter(memberships::user_id.eq(user_id))
                .filter(memberships::terms_accepted_at.is_null()),
        )
        .set(memberships::terms_accepted_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)?;
        find_user(conn, user_id)
    })
}

/// When and where digests reach this member.
pub fn set_digest_time(
    conn: &mut AnyConnection,
    user_id: &str,
    time_zone: Option<&str>,
    hour: i32,
    weekday: i32,
) -> AppResult<()> {
    if let Some(tz) = time_zone {
        tz.parse::<chrono_tz::Tz>()
            .map_err(|_| AppError::invalid("time_zone", "is not a known time zone"))?;
    }
    if !(0..=23).contains(&hour) {
        return Err(AppError::invalid("digest_hour", "must be 0 to 23"));
    }
    if !(1..=7).contains(&weekday) {
        return Err(AppError::invalid(
            "digest_weekday",
            "must be 1 (Monday) to 7 (Sunday)",
        ));
    }
    diesel::update(users::table.find(user_id))
        .set((
            users::time_zone.eq(time_zone),
            users::digest_hour.eq(hour),
            users::digest_weekday.eq(weekday),
        ))
        .execute(conn)?;
    Ok(())
}

fn password_tag(keys: &Keys, user: &User) -> String {
    keys.short_tag(
        user.password_hash
            .as_deref()
            .unwrap_or("no password")
            .as_bytes(),
    )
}

/// Queues a password-reset email if an account has this address. Says nothing
/// either way, so the form does not reveal who has an account.
pub fn request_password_reset(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    email: &str,
) -> AppResult<()> {
    let Some(user) = find_user_by_email(conn, email)? else {
        return Ok(());
    };
    let mut claims = crate::auth::Claims::new(
        crate::auth::Purpose::PasswordReset,
        &user.id,
        None,
        Utc::now(),
        Duration::hours(1),
    );
    claims.ph = Some(password_tag(&env.keys, &user));
    let url = format!(
        "{}/password/reset/{}",
        env.settings.server.public_url.trim_end_matches('/'),
        env.keys.sign(&claims)?
    );
    let msg = crate::mail::compose::password_reset(env, &user, &url)?;
    crate::mail::enqueue(conn, &msg)?;
    Ok(())
}

/// The member a reset link is for, if it is genuine, unexpired and unused.
pub fn verify_reset_token(conn: &mut AnyConnection, keys: &Keys, token: &str) -> AppResult<User> {
    let claims = keys
        .verify(token, crate::auth::Purpose::PasswordReset)
        .map_err(|_| AppError::NotFound)?;
    let user = find_user(conn, &claims.sub).map_err(|_| AppError::NotFound)?;
    if claims.ph.as_deref() != Some(password_tag(keys, &user).as_str()) {
        return Err(AppError::Conflict(Code::ResetLinkUsed));
    }
    Ok(user)
}

/// Sets the new password from a reset link, ends every session, starts a new one.
pub fn reset_password(
    conn: &mut AnyConnection,
    keys: &Keys,
    token: &str,
    password: &str,
    ttl: Duration,
) -> AppResult<String> {
    conn.transaction(|conn| {
        let user = verify_reset_token(conn, keys, token)?;
        set_password(conn, keys, &user.id, password)?;
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(&user.id))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)?;
        create_session(conn, &user.id, SessionKind::Web, ttl)
    })
}

/// Hard bounces in a row after which kollega stops mailing an address.
pub const MAX_HARD_BOUNCES: i32 = 3;

/// Counts a hard bounce against the member with this address. Returns true
/// when their mail has now been switched off.
pub fn record_hard_bounce(conn: &mut AnyConnection, email: &str) -> AppResult<bool> {
    let Some(user) = find_user_by_email(conn, email)? else {
        return Ok(false);
    };
    let count = user.bounce_count + 1;
    let disable = count >= MAX_HARD_BOUNCES && user.mail_disabled_at.is_none();
    diesel::update(users::table.find(&user.id))
        .set((
            users::bounce_count.eq(count),
            users::mail_disabled_at.eq(if count >= MAX_HARD_BOUNCES {
                Some(
                    user.mail_disabled_at
                        .unwrap_or_else(|| Utc::now().naive_utc()),
                )
            } else {
                None
            }),
        ))
        .execute(conn)?;
    Ok(disable)
}

/// The member confirmed their address (by saving their email settings): mail resumes.
pub fn enable_mail(conn: &mut AnyConnection, user_id: &str) -> AppResult<()> {
    diesel::update(users::table.find(user_id))
        .set((
            users::bounce_count.eq(0),
            users::mail_disabled_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Emails a one-time sign-in link (15 minutes) if an account has this address.
/// Says nothing either way.
pub fn request_sign_in_link(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    email: &str,
) -> AppResult<()> {
    let Some(user) = find_user_by_email(conn, email)? else {
        return Ok(());
    };
    // Terms before content: someone invited who has not accepted yet gets the
    // acceptance page, never a session.
    if user.password_hash.is_none() {
        let url = welcome_url(env, &user.id)?;
        let groups = pending_group_names(conn, &user.id)?;
        let msg = crate::mail::compose::accept_to_read(env, &user, &groups, &url)?;
        crate::mail::enqueue(conn, &msg)?;
        return Ok(());
    }
    // The link's sid becomes the session's id: a second use finds it taken.
    let sid = Uuid::new_v4().to_string();
    let claims = crate::auth::Claims::new(
        crate::auth::Purpose::SignIn,
        &user.id,
        Some(sid),
        Utc::now(),
        Duration::minutes(15),
    );
    let url = format!(
        "{}/login/link/{}",
        env.settings.server.public_url.trim_end_matches('/'),
        env.keys.sign(&claims)?
    );
    let msg = crate::mail::compose::sign_in_link(env, &user, &url)?;
    crate::mail::enqueue(conn, &msg)?;
    Ok(())
}

/// The invitation's acceptance page for `user_id`: set a password, accept the
/// confidentiality terms.
pub fn welcome_url(env: &crate::env::Env, user_id: &str) -> AppResult<String> {
    let claims = crate::auth::Claims::new(
        crate::auth::Purpose::Invite,
        user_id,
        None,
        Utc::now(),
        Duration::days(env.settings.security.invite_days),
    );
    Ok(format!(
        "{}/welcome/{}",
        env.base_url(),
        env.keys.sign(&claims)?
    ))
}

/// The names of the groups someone has been invited to, for their mail.
pub fn pending_group_names(conn: &mut AnyConnection, user_id: &str) -> AppResult<String> {
    use crate::db::schema::{groups, memberships};
    let names: Vec<String> = memberships::table
        .inner_join(groups::table)
        .filter(memberships::user_id.eq(user_id))
        .select(groups::name)
        .load(conn)?;
    Ok(names.join(", "))
}

/// Signs in with an emailed link: valid once, for 15 minutes.
pub fn use_sign_in_link(
    conn: &mut AnyConnection,
    keys: &Keys,
    token: &str,
    ttl: Duration,
) -> AppResult<String> {
    let claims = keys
        .verify(token, crate::auth::Purpose::SignIn)
        .map_err(|_| AppError::NotFound)?;
    let sid = claims.sid.ok_or(AppError::NotFound)?;
    let user = find_user(conn, &claims.sub).map_err(|_| AppError::NotFound)?;
    if user.password_hash.is_none() {
        return Err(AppError::NotFound);
    }
    let now = Utc::now().naive_utc();
    let inserted = diesel::insert_into(sessions::table)
        .values(NewSession {
            id: &sid,
            user_id: &claims.sub,
            kind: SessionKind::Web,
            created_at: now,
            expires_at: now + ttl,
        })
        .execute(conn);
    match inserted {
        Ok(_) => Ok(sid),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Err(AppError::Conflict(Code::SignInLinkUsed)),
        Err(e) => Err(e.into()),
    }
}

impl crate::mail::AsRecipient for User {
    fn recipient(&self) -> crate::mail::Recipient<'_> {
        crate::mail::Recipient {
            id: &self.id,
            email: &self.email,
            name: &self.name,
            locale: self.locale.as_deref(),
            time_zone: self.time_zone.as_deref(),
        }
    }
}
