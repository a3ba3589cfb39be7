//! JSON API for groups and their members.

use actix_web::{HttpResponse, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{Group, Member, MemberRole};
use crate::error::{AppError, AppResult};
use crate::http::{ApiUser, parse_id};
use crate::state::{AppState, run};

#[derive(Serialize)]
struct GroupJson {
    id: String,
    name: String,
    description: String,
    created_at: NaiveDateTime,
    last_activity_at: NaiveDateTime,
    closed_at: Option<NaiveDateTime>,
    closed_reason: Option<String>,
    departed_posts: String,
    is_member: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    members: Option<Vec<Member>>,
}

impl GroupJson {
    fn new(g: Group, is_member: bool, members: Option<Vec<Member>>) -> Self {
        GroupJson {
            id: g.id,
            name: g.name,
            description: g.description,
            created_at: g.created_at,
            last_activity_at: g.last_activity_at,
            closed_at: g.closed_at,
            closed_reason: g.closed_reason,
            departed_posts: g.departed_posts,
            is_member,
            members,
        }
    }
}

pub async fn list(state: web::Data<AppState>, user: ApiUser) -> AppResult<HttpResponse> {
    let groups = run(&state, move |conn, _| {
        super::list_groups_for(conn, &user.user)
    })
    .await?;
    let out: Vec<GroupJson> = groups
        .into_iter()
        .map(|(g, m)| GroupJson::new(g, m, None))
        .collect();
    Ok(HttpResponse::Ok().json(out))
}

#[derive(Deserialize)]
pub struct NewGroup {
    name: String,
    #[serde(default)]
    description: String,
}

pub async fn create(
    state: web::Data<AppState>,
    user: ApiUser,
    body: web::Json<NewGroup>,
) -> AppResult<HttpResponse> {
    let group = run(&state, move |conn, _| {
        super::create_group(conn, &user.user, &body.name, &body.description)
    })
    .await?;
    Ok(HttpResponse::Created().json(GroupJson::new(group, false, Some(vec![]))))
}

pub async fn show(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let (group, access, members) = run(&state, move |conn, _| {
        let (group, access) = super::find_group_for(conn, &user.user, &group_id)?;
        Ok((group, access, super::list_members(conn, &group_id)?))
    })
    .await?;
    Ok(HttpResponse::Ok().json(GroupJson::new(group, access.is_member, Some(members))))
}

#[derive(Deserialize)]
pub struct NewMember {
    email: String,
    name: Option<String>,
    role: Option<String>,
}

#[derive(Serialize)]
struct AddedJson {
    #[serde(flatten)]
    member: Member,
    /// True when a new account was made and its invitation emailed.
    invited: bool,
}

pub async fn add_member(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<NewMember>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let added = run(&state, move |conn, st| {
        let role = MemberRole::parse(body.role.as_deref().unwrap_or("member"))?;
        super::invite_member(
            conn,
            st,
            &user.user,
            &group_id,
            &body.email,
            body.name.as_deref(),
            role,
        )
    })
    .await?;
    Ok(HttpResponse::Created().json(AddedJson {
        member: added.member,
        invited: added.invite_url.is_some(),
    }))
}

#[derive(Serialize)]
struct RotationJson {
    members: Vec<crate::narrative::Turns>,
    /// Who the caller should ask to listen to their next story.
    suggested_listener_id: Option<String>,
}

/// Teller and listener turns per member, and the suggested listener for the caller.
pub async fn rotation(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let me = user.user.id.clone();
    let members = run(&state, move |conn, _| {
        crate::narrative::rotation(conn, &user.user, &group_id)
    })
    .await?;
    let suggested_listener_id = crate::narrative::suggest_listener(&members, &me);
    Ok(HttpResponse::Ok().json(RotationJson {
        members,
        suggested_listener_id,
    }))
}

#[derive(Deserialize)]
pub struct CloseRequest {
    reason: String,
}

/// Moderators close a group: read-only, members told by email, audited.
pub async fn close(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<CloseRequest>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let group = run(&state, move |conn, st| {
        super::close_group(conn, st, &user.user, &group_id, &body.reason)
    })
    .await?;
    Ok(HttpResponse::Ok().json(GroupJson::new(group, false, None)))
}

/// An administrator or moderator joins to read, with a reason the members see.
pub async fn join(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<CloseRequest>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let member = run(&state, move |conn, st| {
        super::join_as_staff(conn, st, &user.user, &group_id, &body.reason)
    })
    .await?;
    Ok(HttpResponse::Created().json(member))
}

pub async fn reopen(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let group = run(&state, move |conn, _| {
        super::reopen_group(conn, &user.user, &group_id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(GroupJson::new(group, false, None)))
}

#[derive(Deserialize, Default)]
pub struct RemoveRequest {
    #[serde(default)]
    reason: String,
}

/// Leave a group (your own id) or remove a member (facilitators, moderators, admins).
pub async fn remove_member(
    state: web::Data<AppState>,
    user: ApiUser,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let (group_id, member_id) = path.into_inner();
    let (group_id, member_id) = (parse_id(&group_id)?, parse_id(&member_id)?);
    // The body is optional, but when there is one it must be right: a
    // reason that is not a string is refused, not silently dropped.
    let reason = if body.iter().all(u8::is_ascii_whitespace) {
        String::new()
    } else {
        serde_json::from_slice::<RemoveRequest>(&body)
            .map_err(|e| match e.classify() {
                serde_json::error::Category::Data => {
                    AppError::invalid("reason", "must be a string")
                }
                _ => AppError::BadRequest {
                    code: "bad_json",
                    message: "the body is not valid JSON".into(),
                },
            })?
            .reason
    };
    run(&state, move |conn, _| {
        crate::moderation::remove_member(conn, &user.user, &group_id, &member_id, &reason)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The moderators' overview: every group, the quietest first.
pub async fn moderation_overview(
    state: web::Data<AppState>,
    user: ApiUser,
) -> AppResult<HttpResponse> {
    let list = run(&state, move |conn, st| {
        crate::moderation::overview(
            conn,
            &user.user,
            chrono::Utc::now().naive_utc(),
            st.settings.moderation.inactive_days,
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(list))
}

#[derive(Deserialize)]
pub struct AuditQuery {
    group_id: Option<String>,
}

/// Who changed what, when and why (admins).
pub async fn audit(
    state: web::Data<AppState>,
    user: ApiUser,
    q: web::Query<AuditQuery>,
) -> AppResult<HttpResponse> {
    let group = q
        .into_inner()
        .group_id
        .map(|g| {
            uuid::Uuid::parse_str(&g)
                .map(|u| u.to_string())
                .map_err(|_| AppError::invalid("group_id", "is not a group id"))
        })
        .transpose()?;
    let entries = run(&state, move |conn, _| {
        crate::moderation::audit_log(conn, &user.user, group.as_deref())
    })
    .await?;
    Ok(HttpResponse::Ok().json(entries))
}

#[derive(Deserialize)]
pub struct GroupSettings {
    departed_posts: String,
}

/// `PATCH /api/v1/groups/{id}` `{departed_posts}`: the group's settings (managers).
pub async fn update(
    state: web::Data<AppState>,
    user: ApiUser,
    id: web::Path<String>,
    body: web::Json<GroupSettings>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let value = body.into_inner().departed_posts;
    let group = run(&state, move |conn, _| {
        super::set_departed_posts(conn, &user.user, &group_id, &value)
    })
    .await?;
    Ok(HttpResponse::Ok().json(GroupJson::new(group, false, None)))
}
