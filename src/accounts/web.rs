//! Sign-in, sign-out, account settings and invitation pages.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Duration;
use serde::Deserialize;

use super::{SessionKind, User};
use crate::auth::Purpose;
use crate::error::{AppError, AppResult, Code};
use crate::http::{
    ClientAddr, CsrfForm, SignedIn, expired_session_cookie, redirect, safe_next, session_cookie,
};
use crate::state::{AppState, off_pool, run};
use crate::views;
use chrono::Utc;

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn home(user: Option<SignedIn>) -> HttpResponse {
    redirect(if user.is_some() { "/groups" } else { "/login" })
}

pub async fn login_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: Option<SignedIn>,
    q: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    if user.is_some() {
        return Ok(redirect(&safe_next(q.next.as_deref())));
    }
    views::render(&state, &req, None, StatusCode::OK, "login.html", |ctx| {
        ctx.insert("next", &safe_next(q.next.as_deref()));
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    ClientAddr(address): ClientAddr,
    CsrfForm(form, _): CsrfForm<LoginForm>,
) -> AppResult<HttpResponse> {
    let ttl = Duration::days(state.settings.security.session_days);
    let result = sign_in(
        &state,
        &address,
        form.email.clone(),
        form.password,
        SessionKind::Web,
        ttl,
    )
    .await;
    let next = safe_next(form.next.as_deref());
    match result {
        Ok((_, session_id)) => signed_in_at(&state, &next, &session_id),
        Err(err) => views::form_error(&state, &req, None, "login.html", err, |ctx| {
            ctx.insert("email", &form.email);
            ctx.insert("next", &next);
        }),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    state: web::Data<AppState>,
    user: SignedIn,
    _form: CsrfForm<Empty>,
) -> AppResult<HttpResponse> {
    let sid = user.session_id.clone();
    run(&state, move |conn, _| super::revoke_session(conn, &sid)).await?;
    let mut resp = redirect("/login");
    resp.add_cookie(&expired_session_cookie())
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(resp)
}

pub async fn account_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
) -> AppResult<HttpResponse> {
    let choices = crate::mail::web::choices(&state, &user.user.id).await?;
    views::page(&state, &req, &user.user, "account.html", |ctx| {
        account_context(ctx, &state, &user.user, &choices);
    })
}

/// What the account page shows besides the common context.
fn account_context(
    ctx: &mut tera::Context,
    state: &AppState,
    user: &super::User,
    choices: &[(String, String, crate::digest::Delivery)],
) {
    #[derive(serde::Serialize)]
    struct Choice<'a> {
        group_id: &'a str,
        group_name: &'a str,
        delivery: crate::digest::Delivery,
    }
    let list: Vec<Choice<'_>> = choices
        .iter()
        .map(|(id, name, d)| Choice {
            group_id: id,
            group_name: name,
            delivery: *d,
        })
        .collect();
    let zone = user
        .time_zone
        .clone()
        .unwrap_or_else(|| state.settings.ui.time_zone.clone());
    ctx.insert("locale", &user.locale.clone().unwrap_or_default());
    ctx.insert("choices", &list);
    ctx.insert("time_zone", &zone);
    ctx.insert("digest_hour", &user.digest_hour);
    ctx.insert("digest_weekday", &user.digest_weekday);
    ctx.insert("time_zones", &crate::mail::web::TIME_ZONES);
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
    confirm_password: String,
}

pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    ClientAddr(address): ClientAddr,
    user: SignedIn,
    CsrfForm(form, _): CsrfForm<PasswordForm>,
) -> AppResult<HttpResponse> {
    let (u, sid) = (user.user.clone(), user.session_id.clone());
    let result = async {
        if form.new_password != form.confirm_password {
            let problem = "does not match the new password";
            return Err(AppError::invalid("confirm_password", problem));
        }
        let hash = u.password_hash.clone();
        if !check_password(&state, &u.email, &address, hash, form.current_password).await? {
            return Err(AppError::invalid("current_password", "is wrong"));
        }
        run(&state, move |conn, st| {
            super::change_password(conn, &st.keys, &u, &form.new_password, &sid)
        })
        .await
    }
    .await;
    let choices = crate::mail::web::choices(&state, &user.user.id).await?;
    match result {
        Ok(()) => views::page(&state, &req, &user.user, "account.html", |ctx| {
            let lang = views::lang_for(&state, &req, Some(&user.user));
            ctx.insert("notice", &state.i18n.text(lang, "account.password_changed"));
            account_context(ctx, &state, &user.user, &choices);
        }),
        Err(err) => views::form_error(&state, &req, Some(&user.user), "account.html", err, |ctx| {
            account_context(ctx, &state, &user.user, &choices);
        }),
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    locale: String,
}

pub async fn set_language(
    state: web::Data<AppState>,
    user: SignedIn,
    CsrfForm(form, _): CsrfForm<LanguageForm>,
) -> AppResult<HttpResponse> {
    let id = user.user.id.clone();
    let locale = Some(form.locale).filter(|l| !l.is_empty());
    run(&state, move |conn, _| {
        super::set_locale(conn, &id, locale.as_deref())
    })
    .await?;
    Ok(crate::http::saved_redirect("/account"))
}

pub async fn welcome_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let claims = state
        .keys
        .verify(&token, Purpose::Invite)
        .map_err(|_| AppError::NotFound)?;
    let user = run(&state, move |conn, _| super::find_user(conn, &claims.sub)).await?;
    if user.password_hash.is_some() {
        return Err(AppError::Conflict(Code::InvitationUsed));
    }
    views::render(&state, &req, None, StatusCode::OK, "welcome.html", |ctx| {
        ctx.insert("name", &user.name);
        ctx.insert("email", &user.email);
    })
}

#[derive(Deserialize, Clone)]
pub struct WelcomeForm {
    #[serde(default)]
    name: Option<String>,
    password: String,
    confirm_password: String,
    #[serde(default)]
    accept_terms: Option<String>,
}

impl WelcomeForm {
    fn passwords_match(&self) -> AppResult<()> {
        if self.password != self.confirm_password {
            return Err(AppError::invalid(
                "confirm_password",
                "does not match the password",
            ));
        }
        Ok(())
    }

    fn accepted_terms(&self) -> bool {
        self.accept_terms.as_deref().is_some_and(|v| !v.is_empty())
    }
}

pub async fn accept_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    CsrfForm(form, _): CsrfForm<WelcomeForm>,
) -> AppResult<HttpResponse> {
    let claims = state
        .keys
        .verify(&token, Purpose::Invite)
        .map_err(|_| AppError::NotFound)?;
    let ttl = Duration::days(state.settings.security.session_days);
    let (user_id, f) = (claims.sub.clone(), form.clone());
    let result = async {
        form.passwords_match()?;
        run(&state, move |conn, st| {
            // The name the admin gave stays unless the invitee corrects it.
            let name = match &f.name {
                Some(n) => n.clone(),
                None => super::find_user(conn, &user_id)?.name,
            };
            let (password, accepted) = (&f.password, f.accepted_terms());
            let user =
                super::accept_invitation(conn, &st.keys, &user_id, &name, password, accepted)?;
            super::create_session(conn, &user.id, SessionKind::Web, ttl)
        })
        .await
    };
    match result.await {
        Ok(sid) => signed_in_at(&state, "/groups", &sid),
        Err(err) => {
            let user = run(&state, move |conn, _| super::find_user(conn, &claims.sub)).await?;
            views::form_error(&state, &req, None, "welcome.html", err, |ctx| {
                ctx.insert("name", form.name.as_deref().unwrap_or(&user.name));
                ctx.insert("email", &user.email);
            })
        }
    }
}

pub async fn forgot_page(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    views::render(&state, &req, None, StatusCode::OK, "forgot.html", |_| {})
}

#[derive(Deserialize)]
pub struct ForgotForm {
    email: String,
}

/// Always the same answer, whether or not the address has an account.
pub async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm(form, _): CsrfForm<ForgotForm>,
) -> AppResult<HttpResponse> {
    // Mail-sending forms have their own count: they cannot lock anyone out of signing in.
    state
        .reset_throttle
        .count_request(&form.email, chrono::Utc::now())?;
    let email = form.email.clone();
    same_time(
        &state,
        run(&state, move |conn, st| {
            super::request_password_reset(conn, st, &email)
        }),
    )
    .await?;
    views::render(&state, &req, None, StatusCode::OK, "forgot.html", |ctx| {
        ctx.insert("sent", &true)
    })
}

pub async fn reset_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let t = token.into_inner();
    let user = run(&state, move |conn, st| {
        super::verify_reset_token(conn, &st.keys, &t)
    })
    .await?;
    views::render(&state, &req, None, StatusCode::OK, "reset.html", |ctx| {
        ctx.insert("name", &user.name);
        ctx.insert("email", &user.email);
    })
}

pub async fn reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    CsrfForm(form, _): CsrfForm<WelcomeForm>,
) -> AppResult<HttpResponse> {
    let ttl = Duration::days(state.settings.security.session_days);
    let t = token.into_inner();
    let (t2, p) = (t.clone(), form.password.clone());
    let result = async {
        form.passwords_match()?;
        run(&state, move |conn, st| {
            super::reset_password(conn, &st.keys, &t2, &p, ttl)
        })
        .await
    };
    match result.await {
        Ok(sid) => signed_in_at(&state, "/groups", &sid),
        Err(err) => {
            let user = run(&state, move |conn, st| {
                super::verify_reset_token(conn, &st.keys, &t)
            })
            .await?;
            views::form_error(&state, &req, None, "reset.html", err, |ctx| {
                ctx.insert("name", &user.name);
                ctx.insert("email", &user.email);
            })
        }
    }
}

/// "Email me a sign-in link": same answer whether or not the address has an account.
pub async fn request_link(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm(form, _): CsrfForm<ForgotForm>,
) -> AppResult<HttpResponse> {
    // Mail-sending forms have their own count: they cannot lock anyone out of signing in.
    state
        .reset_throttle
        .count_request(&form.email, chrono::Utc::now())?;
    let email = form.email.clone();
    same_time(
        &state,
        run(&state, move |conn, st| {
            super::request_sign_in_link(conn, st, &email)
        }),
    )
    .await?;
    views::render(&state, &req, None, StatusCode::OK, "login.html", |ctx| {
        ctx.insert(
            "notice",
            &state
                .i18n
                .text(views::lang_for(&state, &req, None), "login.link_sent"),
        );
        ctx.insert("next", "/");
    })
}

pub async fn use_link(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let ttl = Duration::days(state.settings.security.session_days);
    let t = token.into_inner();
    let sid = run(&state, move |conn, st| {
        super::use_sign_in_link(conn, &st.keys, &t, ttl)
    })
    .await?;
    signed_in_at(&state, "/groups", &sid)
}

/// A redirect that also sets the new session's cookie.
fn signed_in_at(state: &AppState, to: &str, session_id: &str) -> AppResult<HttpResponse> {
    let mut resp = redirect(to);
    resp.add_cookie(&session_cookie(state, session_id))
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(resp)
}

/// `GET /account/export.json` and `.md`: everything I wrote, to keep.
pub async fn export(
    state: web::Data<AppState>,
    user: SignedIn,
    format: web::Path<String>,
) -> AppResult<HttpResponse> {
    let format = format.into_inner();
    if format != "json" && format != "md" {
        return Err(AppError::NotFound);
    }
    let u = user.user.clone();
    let writing = run(&state, move |conn, _| super::export::my_writing(conn, &u)).await?;
    let (body, content_type) = if format == "json" {
        (
            serde_json::to_string_pretty(&writing).map_err(|e| AppError::Internal(e.into()))?,
            "application/json",
        )
    } else {
        (
            super::export::as_markdown(&writing),
            "text/markdown; charset=utf-8",
        )
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"kollega-my-posts.{format}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(body))
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
}

/// `POST /account/delete`: the member deletes their own account.
pub async fn delete_account(
    state: web::Data<AppState>,
    req: HttpRequest,
    ClientAddr(address): ClientAddr,
    user: SignedIn,
    CsrfForm(form, _): CsrfForm<DeleteForm>,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let result = match confirm_own_password(&state, &address, &u, form.password).await {
        Ok(()) => {
            run(&state, move |conn, _| {
                super::delete::delete_account(conn, &u, &u.id, true)
            })
            .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            let mut resp = redirect("/login");
            resp.add_cookie(&expired_session_cookie())
                .map_err(|e| AppError::Internal(e.into()))?;
            Ok(resp)
        }
        Err(err) => {
            let choices = crate::mail::web::choices(&state, &user.user.id).await?;
            views::form_error(&state, &req, Some(&user.user), "account.html", err, |ctx| {
                account_context(ctx, &state, &user.user, &choices);
            })
        }
    }
}

/// Forms that answer the same whether or not an address is known (reset,
/// sign-in link, registration) do more work for a known one: a token, a
/// composed mail, a row in the outbox. So the answer waits until
/// `security.same_answer_ms` after the work began, which is far above that
/// work (about a millisecond), and both answers leave at the same time. The
/// wait is a timer, not a thread.
pub(crate) async fn same_time<T>(
    state: &AppState,
    work: impl std::future::Future<Output = T>,
) -> T {
    let floor = std::time::Duration::from_millis(state.settings.security.same_answer_ms);
    let until = tokio::time::Instant::now() + floor;
    let out = work.await;
    tokio::time::sleep_until(until).await;
    out
}

/// A member confirms an action on their own account with their password.
pub(crate) async fn confirm_own_password(
    state: &web::Data<AppState>,
    address: &str,
    user: &User,
    password: String,
) -> AppResult<()> {
    let hash = user.password_hash.clone();
    match check_password(state, &user.email, address, hash, password).await? {
        true => Ok(()),
        false => Err(AppError::invalid("password", "is not your password")),
    }
}

/// Checks a password through the one guard every password check shares
/// (`auth::PasswordGuard`: per email and address, per address, per email):
/// refused with 429 while a count is full, failures counted, a success
/// clears them. The check (argon2, slow on purpose) runs off the pool
/// (`state::off_pool`), so a burst holds neither pooled connections nor the
/// threads that page views need. With no hash (unknown email, invitation
/// not yet taken) the same work is done and the answer is no.
pub(crate) async fn check_password(
    state: &web::Data<AppState>,
    email: &str,
    address: &str,
    hash: Option<String>,
    password: String,
) -> AppResult<bool> {
    let now = Utc::now();
    state.passwords.check(email, address, now)?;
    let matches = off_pool(state, move |st| match hash {
        Some(hash) => st.keys.verify_password(&password, &hash),
        None => {
            st.keys.dummy_verify();
            false
        }
    })
    .await?;
    if matches {
        state.passwords.record_success(email, address);
    } else {
        state.passwords.record_failure(email, address, now);
    }
    Ok(matches)
}

/// Signs in with email and password and starts a session of `kind`. The
/// password goes through `check_password`; the user is read before, the
/// session written after, each in a short database call of its own.
pub(crate) async fn sign_in(
    state: &web::Data<AppState>,
    address: &str,
    email: String,
    password: String,
    kind: SessionKind,
    ttl: Duration,
) -> AppResult<(User, String)> {
    state.passwords.check(&email, address, Utc::now())?;
    let lookup = email.clone();
    let found = run(state, move |conn, _| {
        super::find_user_by_email(conn, &lookup)
    })
    .await?;
    let hash = found.as_ref().and_then(|u| u.password_hash.clone());
    let matches = check_password(state, &email, address, hash, password).await?;
    match found.filter(|_| matches) {
        Some(user) => {
            let user_id = user.id.clone();
            let session_id = run(state, move |conn, _| {
                super::create_session(conn, &user_id, kind, ttl)
            })
            .await?;
            Ok((user, session_id))
        }
        None => Err(AppError::InvalidLogin),
    }
}
