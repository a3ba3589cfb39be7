//! The identifier guard for every free-text field, not only posts: group
//! names and descriptions, reasons for closing a group or removing a member,
//! registration wishes, email subjects. A field that names a patient is
//! refused before anything is written, with the same findings a post gets.

use crate::deid;
use crate::error::{AppError, AppResult, FieldFinding};

/// Checks each `(field, text)`; `allowed` holds texts the author marked "not
/// an identifier" (names and dates only). Fails closed.
pub fn check_fields(fields: &[(&'static str, &str)], allowed: &[String]) -> AppResult<()> {
    let mut found = Vec::new();
    for (field, text) in fields {
        let findings = deid::guard(text, allowed).map_err(|_| AppError::GuardFailed)?;
        found.extend(findings.into_iter().map(|finding| FieldFinding {
            field,
            dismissable: finding.category.is_weak(),
            finding,
        }));
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(AppError::PatientIdentifiers(found))
    }
}
