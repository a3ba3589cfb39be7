//! Participation certificates: a group's facilitator issues one per member
//! and period, as a PDF with the group's name, the period, the number of
//! discussions the member took part in and the hours they reported in their
//! learning log for that group (a sum only: no entry is shown to anyone).
//! Its id is a signed token (`auth::CertificateClaims`) carrying the number,
//! the group's name and the period, so its public page verifies it without
//! looking anything up; a changed id is shown as not valid.

use chrono::{NaiveDate, Utc};
use serde::Serialize;

use crate::accounts::User;
use crate::auth::{CertificateClaims, Keys};
use crate::db::AnyConnection;
use crate::error::{AppError, AppResult, Code};
use crate::groups::{self, Group, MemberRole};
use crate::i18n::I18n;

/// An issued certificate, for the facilitator.
#[derive(Debug, Clone, Serialize)]
pub struct Certificate {
    /// The signed token: the id in the public URL.
    pub id: String,
    /// The public verification page.
    pub url: String,
    pub number: String,
    pub group_name: String,
    pub member_name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub discussions: i64,
    pub minutes: i64,
}

/// What the public page shows: only the number, group and period.
#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    pub number: String,
    pub group_name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Issues a certificate for `user_id` in `group_id`: facilitators of the
/// group only (other members are refused, outsiders get NotFound), for a
/// current member of the group.
pub fn issue(
    conn: &mut AnyConnection,
    keys: &Keys,
    base_url: &str,
    actor: &User,
    group_id: &str,
    user_id: &str,
    (from, to): (NaiveDate, NaiveDate),
) -> AppResult<Certificate> {
    let group = require_facilitator(conn, actor, group_id)?;
    let user_id = uuid::Uuid::parse_str(user_id)
        .map(|u| u.to_string())
        .map_err(|_| AppError::invalid("user_id", "is not a member of this group"))?;
    if groups::membership_role(conn, group_id, &user_id)?.is_none() {
        return Err(AppError::invalid(
            "user_id",
            "is not a member of this group",
        ));
    }
    let member = crate::accounts::find_user(conn, &user_id)?;
    let discussions = super::discussions_in(conn, &user_id, group_id, from, to)?;
    let minutes = super::minutes_in(conn, &user_id, group_id, from, to)?;
    let claims = CertificateClaims::new(&group.name, from, to, Utc::now());
    let id = keys.sign_certificate(&claims)?;
    crate::audit::audit(
        conn,
        &actor.id,
        Some(group_id),
        "issue_certificate",
        &format!("{} {} {from}..{to}", claims.sub, user_id),
    )?;
    Ok(Certificate {
        url: format!("{base_url}/certificates/{id}"),
        id,
        number: claims.sub,
        group_name: group.name,
        member_name: member.name,
        from,
        to,
        discussions,
        minutes,
    })
}

/// The group, if `actor` facilitates it: other members are refused,
/// everyone else (staff included) gets NotFound.
pub fn require_facilitator(
    conn: &mut AnyConnection,
    actor: &User,
    group_id: &str,
) -> AppResult<Group> {
    match groups::membership_role(conn, group_id, &actor.id)? {
        Some(MemberRole::Facilitator) => groups::find_group(conn, group_id),
        Some(MemberRole::Member) => Err(AppError::Forbidden(Code::ManageGroup)),
        None => Err(AppError::NotFound),
    }
}

/// The facilitator's certificate page: the group and whom it can be issued to.
pub fn issuing(
    conn: &mut AnyConnection,
    actor: &User,
    group_id: &str,
) -> AppResult<(Group, Vec<groups::Member>)> {
    let group = require_facilitator(conn, actor, group_id)?;
    let members = groups::list_members(conn, group_id)?;
    Ok((group, members))
}

/// The certificate behind a public id, if it is genuine.
pub fn verify(keys: &Keys, id: &str) -> Option<Verified> {
    keys.verify_certificate(id).map(|c| Verified {
        number: c.sub,
        group_name: c.grp,
        from: c.from,
        to: c.to,
    })
}

pub fn as_pdf(i18n: &I18n, lang: &str, c: &Certificate) -> AppResult<Vec<u8>> {
    let t = |key: &str| i18n.text(lang, &format!("certificate.{key}"));
    let mut doc = super::pdf::Document::new(&format!("{} – {}", t("title"), c.group_name))?;
    doc.title(&t("title"));
    doc.space(8.0);
    doc.text(&format!("{} {}", t("states"), c.member_name));
    doc.text(&format!("{} {}", t("took_part_in"), c.group_name));
    doc.text(&format!("{} {} – {}", t("period"), c.from, c.to));
    doc.space(8.0);
    doc.text(&format!("{}: {}", t("discussions"), c.discussions));
    doc.text(&format!(
        "{}: {} ({})",
        t("hours"),
        super::export::hours(c.minutes),
        super::export::duration(c.minutes)
    ));
    doc.space(16.0);
    doc.small(&format!("{}: {}", t("number"), c.number));
    doc.small(&t("verify_at"));
    doc.small(&c.url);
    doc.finish()
}
