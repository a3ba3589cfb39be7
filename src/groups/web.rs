//! Group pages: my groups, one group's threads and members, adding members.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{Group, MemberRole};
use crate::accounts::User;
use crate::error::{AppError, AppResult};
use crate::http::{CsrfForm, SignedIn, parse_id, redirect};
use crate::state::{AppState, run};
use crate::views;

#[derive(Serialize)]
struct GroupItem {
    #[serde(flatten)]
    group: Group,
    is_member: bool,
    unread: i64,
}

pub async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let (groups, mut unread) = run(&state, move |conn, _| {
        Ok((
            super::list_groups_for(conn, &u)?,
            crate::threads::unread_by_group(conn, &u)?,
        ))
    })
    .await?;
    let items: Vec<GroupItem> = groups
        .into_iter()
        .map(|(group, is_member)| GroupItem {
            unread: unread.remove(&group.id).unwrap_or(0),
            group,
            is_member,
        })
        .collect();
    views::page(&state, &req, &user.user, "groups.html", |ctx| {
        ctx.insert("groups", &items)
    })
}

#[derive(Deserialize)]
pub struct NewGroupForm {
    name: String,
    #[serde(default)]
    description: String,
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    CsrfForm(form, _): CsrfForm<NewGroupForm>,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let (name, description) = (form.name.clone(), form.description.clone());
    match run(&state, move |conn, _| {
        super::create_group(conn, &u, &name, &description)
    })
    .await
    {
        Ok(group) => Ok(redirect(&format!("/groups/{}", group.id))),
        Err(err) => {
            let u = user.user.clone();
            let groups = run(&state, move |conn, _| super::list_groups_for(conn, &u)).await?;
            let items: Vec<GroupItem> = groups
                .into_iter()
                .map(|(group, is_member)| GroupItem {
                    group,
                    is_member,
                    unread: 0,
                })
                .collect();
            views::form_error(&state, &req, Some(&user.user), "groups.html", err, |ctx| {
                ctx.insert("groups", &items);
                ctx.insert("form_name", &form.name);
                ctx.insert("form_description", &form.description);
            })
        }
    }
}

async fn render_group(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    user: &User,
    group_id: String,
    extra: impl FnOnce(&mut tera::Context),
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let u = user.clone();
    let (overview, posting_address, turns, joins) = run(state, move |conn, st| {
        let overview = overview(conn, &u, &group_id)?;
        let joins = super::staff_joins(conn, &group_id)?;
        // Members can start a case by email at their own posting address, and
        // see who has told and listened (narrative threads).
        let (address, turns) = if overview.access.is_member {
            let token = crate::mail::tokens::posting_token(conn, &st.keys, &u.id, &group_id)?;
            let address = crate::mail::tokens::posting_address(&token, &st.settings.mail.domain);
            (
                Some(address),
                crate::narrative::rotation(conn, &u, &group_id)?,
            )
        } else {
            (None, Vec::new())
        };
        Ok((overview, address, turns, joins))
    })
    .await?;
    let next_pair = crate::narrative::suggest_pair(&turns);
    let fill = |ctx: &mut tera::Context| {
        ctx.insert("posting_address", &posting_address);
        ctx.insert("turns", &turns);
        ctx.insert("next_pair", &next_pair);
        ctx.insert("group", &overview.group);
        ctx.insert("is_member", &overview.access.is_member);
        ctx.insert("can_manage", &overview.access.can_manage);
        ctx.insert("members", &overview.members);
        ctx.insert("staff_joins", &joins);
        ctx.insert(
            "may_join",
            &(!overview.access.is_member
                && matches!(
                    user.role,
                    crate::accounts::Role::Admin | crate::accounts::Role::Moderator
                )),
        );
        ctx.insert("threads", &overview.threads);
        extra(ctx);
    };
    match error {
        Some(err) => views::form_error(state, req, Some(user), "group.html", err, fill),
        None => views::page(state, req, user, "group.html", fill),
    }
}

pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    render_group(&state, &req, &user.user, group_id, |_| {}, None).await
}

#[derive(Deserialize, Clone)]
pub struct AddMemberForm {
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: Option<String>,
}

pub async fn add_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<AddMemberForm>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let (u, gid, f) = (user.user.clone(), group_id.clone(), form.clone());
    let result = run(&state, move |conn, st| {
        let role = MemberRole::parse(f.role.as_deref().unwrap_or("member"))?;
        let name = Some(f.name.as_str()).filter(|n| !n.trim().is_empty());
        super::invite_member(conn, st, &u, &gid, &f.email, name, role)
    })
    .await;
    let (added, err) = match result {
        Ok(added) => (Some(added), None),
        Err(err) => (None, Some(err)),
    };
    let fill = |ctx: &mut tera::Context| match &added {
        Some(added) => {
            ctx.insert("added_name", &added.member.name);
            ctx.insert("invited", &added.invite_url.is_some());
        }
        None => {
            ctx.insert("form_email", &form.email);
            ctx.insert("form_name", &form.name);
        }
    };
    render_group(&state, &req, &user.user, group_id, fill, err).await
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    reason: String,
}

/// Leave a group (your own id), or remove a member (facilitators, moderators,
/// admins). Audited, with the reason.
pub async fn remove_member(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
    CsrfForm(form, _): CsrfForm<RemoveForm>,
) -> AppResult<HttpResponse> {
    let (group_id, member_id) = path.into_inner();
    let (group_id, member_id) = (parse_id(&group_id)?, parse_id(&member_id)?);
    let leaving = member_id == user.user.id;
    let gid = group_id.clone();
    run(&state, move |conn, _| {
        crate::moderation::remove_member(conn, &user.user, &gid, &member_id, &form.reason)
    })
    .await?;
    Ok(redirect(&if leaving {
        "/groups".to_string()
    } else {
        format!("/groups/{group_id}")
    }))
}

/// `GET /groups/{id}/export.md` and `.html`: the group's threads to keep.
pub async fn export(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, format) = path.into_inner();
    let group_id = parse_id(&id)?;
    let u = user.user.clone();
    let markdown = run(&state, move |conn, _| {
        super::export_markdown(conn, &u, &group_id)
    })
    .await?;
    let disposition = |ext: &str| format!("attachment; filename=\"kollega-{id}.{ext}\"");
    match format.as_str() {
        "md" => Ok(HttpResponse::Ok()
            .content_type("text/markdown; charset=utf-8")
            .insert_header(("Content-Disposition", disposition("md")))
            .insert_header(("Cache-Control", "no-store"))
            .body(markdown)),
        "html" => {
            let body = crate::markdown::render(&markdown);
            let page = format!(
                "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>kollega</title></head><body>\n{}\n</body></html>\n",
                body.as_str()
            );
            Ok(HttpResponse::Ok()
                .content_type("text/html; charset=utf-8")
                .insert_header(("Content-Disposition", disposition("html")))
                .insert_header(("Cache-Control", "no-store"))
                .body(page))
        }
        _ => Err(AppError::NotFound),
    }
}

/// The moderators' dashboard: groups by inactivity, with close and reopen.
pub async fn moderation(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
) -> AppResult<HttpResponse> {
    let u = user.user.clone();
    let list = run(&state, move |conn, st| {
        crate::moderation::overview(
            conn,
            &u,
            chrono::Utc::now().naive_utc(),
            st.settings.moderation.inactive_days,
        )
    })
    .await?;
    views::page(&state, &req, &user.user, "moderation.html", |ctx| {
        ctx.insert("groups", &list)
    })
}

#[derive(Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    reason: String,
}

pub async fn close(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<CloseForm>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    run(&state, move |conn, st| {
        super::close_group(conn, st, &user.user, &group_id, &form.reason)
    })
    .await?;
    Ok(redirect("/moderation"))
}

/// An administrator or moderator joins to read, with a reason the members see.
pub async fn join(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<CloseForm>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let (u, gid) = (user.user.clone(), group_id.clone());
    let joined = run(&state, move |conn, st| {
        super::join_as_staff(conn, st, &u, &gid, &form.reason)
    })
    .await;
    match joined {
        Ok(_) => Ok(redirect(&format!("/groups/{group_id}"))),
        Err(err) => render_group(&state, &req, &user.user, group_id, |_| {}, Some(err)).await,
    }
}

pub async fn reopen(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
    _form: CsrfForm<crate::accounts::web::Empty>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    run(&state, move |conn, _| {
        super::reopen_group(conn, &user.user, &group_id)
    })
    .await?;
    Ok(redirect("/moderation"))
}

/// The public interest registration page.
pub async fn register_page(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    registration_page(&state, &req, |_| {})
}

fn registration_page(
    state: &AppState,
    req: &HttpRequest,
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<HttpResponse> {
    let status = actix_web::http::StatusCode::OK;
    views::render(state, req, None, status, "register.html", |ctx| {
        ctx.insert("regions", &state.settings.formation.regions);
        fill(ctx);
    })
}

/// What the registration form sends; shown again as typed when refused.
#[derive(Deserialize, serde::Serialize, Clone)]
pub struct RegisterForm {
    name: String,
    email: String,
    level: String,
    years: String,
    region: String,
    workplace: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    wishes: String,
}

impl RegisterForm {
    fn registration(&self) -> crate::formation::Registration<'_> {
        crate::formation::Registration {
            name: &self.name,
            email: &self.email,
            level: &self.level,
            // Not a number: out of range, so the domain says what is wrong.
            years: self.years.trim().parse().unwrap_or(-1),
            region: &self.region,
            workplace: &self.workplace,
            language: &self.language,
            wishes: &self.wishes,
        }
    }
}

pub async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm(form, _): CsrfForm<RegisterForm>,
) -> AppResult<HttpResponse> {
    // Mail-sending forms have their own count: they cannot lock anyone out of signing in.
    state
        .reset_throttle
        .count_request(&form.email, chrono::Utc::now())?;
    let f = form.clone();
    let registered = run(&state, move |conn, st| {
        crate::formation::register(conn, st, f.registration())
    });
    match crate::accounts::web::same_time(&state, registered).await {
        Ok(()) => registration_page(&state, &req, |ctx| ctx.insert("sent", &true)),
        Err(err) => views::form_error(&state, &req, None, "register.html", err, |ctx| {
            ctx.insert("regions", &state.settings.formation.regions);
            ctx.insert("form", &form);
        }),
    }
}

/// The emailed links: confirm (double opt-in) or withdraw.
pub async fn registration_link(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (action, token) = path.into_inner();
    let confirm = match action.as_str() {
        "confirm" => true,
        "withdraw" => false,
        _ => return Err(AppError::NotFound),
    };
    run(&state, move |conn, st| {
        crate::formation::confirm_or_withdraw(conn, &st.keys, &token, confirm)
    })
    .await?;
    let lang = views::lang_for(&state, &req, None);
    let notice = state.i18n.text(
        lang,
        if confirm {
            "register.confirmed"
        } else {
            "register.withdrawn"
        },
    );
    views::render(
        &state,
        &req,
        None,
        actix_web::http::StatusCode::OK,
        "register.html",
        |ctx| {
            ctx.insert("done", &notice);
        },
    )
}

#[derive(Deserialize)]
pub struct SettingsForm {
    departed_posts: String,
}

/// `POST /groups/{id}/settings`: what happens to a deleted account's posts.
pub async fn settings(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<SettingsForm>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let (u, gid) = (user.user.clone(), group_id.clone());
    let result = run(&state, move |conn, _| {
        super::set_departed_posts(conn, &u, &gid, &form.departed_posts)
    })
    .await;
    match result {
        Ok(_) => Ok(crate::http::saved_redirect(&format!("/groups/{group_id}"))),
        Err(err) => render_group(&state, &req, &user.user, group_id, |_| {}, Some(err)).await,
    }
}

/// Everything the group page shows to one viewer.
struct Overview {
    pub group: super::Group,
    pub access: super::Access,
    pub members: Vec<super::Member>,
    /// None for an admin who manages the group but is not a member.
    pub threads: Option<Vec<crate::threads::ThreadSummary>>,
}

fn overview(
    conn: &mut crate::db::AnyConnection,
    viewer: &User,
    group_id: &str,
) -> crate::error::AppResult<Overview> {
    let (group, access) = super::find_group_for(conn, viewer, group_id)?;
    let members = super::list_members(conn, group_id)?;
    let threads = if access.is_member {
        Some(crate::threads::list_threads(conn, viewer, group_id)?)
    } else {
        None
    };
    Ok(Overview {
        group,
        access,
        members,
        threads,
    })
}
