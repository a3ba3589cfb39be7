//! The audit log: who did what to which group, and why. Moderators read it
//! (`moderation::audit_log`); every action that changes who may read a group
//! writes one line here, in the same transaction as the change.

use chrono::Utc;
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::AnyConnection;
use crate::db::schema::audit_log;
use crate::error::AppResult;

/// Writes one line to the audit log.
pub fn audit(
    conn: &mut AnyConnection,
    actor_id: &str,
    group_id: Option<&str>,
    action: &str,
    detail: &str,
) -> AppResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(Uuid::new_v4().to_string()),
            audit_log::actor_id.eq(actor_id),
            audit_log::group_id.eq(group_id),
            audit_log::action.eq(action),
            audit_log::detail.eq(detail),
            audit_log::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}
