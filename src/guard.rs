//! The identifier guard for every free-text field, not only posts: group
//! names and descriptions, reasons for closing a group or removing a member,
//! registration wishes, email subjects. A field that names a patient is
//! refused before anything is written, with the same findings a post gets.

use crate::deid;
use crate::error::{AppError, AppResult, FieldFinding};

/// Checks each `(field, text)`; `allowed` holds texts the author marked "not
/// an identifier" (names and dates only). Fails closed.
pub fn check_fields(fields: &[(&'static str, &str)], allowed: &[String]) -> AppResult<()> {
    let ctx = deid::Context {
        allowed: allowed.to_vec(),
        ..deid::Context::default()
    };
    check(fields, &ctx, true)
}

/// As `check_fields`, knowing who writes and to whom (`deid::Context`): the
/// author's and the members' names where they greet, thank or sign are not a
/// patient's.
pub fn check_fields_in(fields: &[(&'static str, &str)], ctx: &deid::Context) -> AppResult<()> {
    check(fields, ctx, true)
}

/// For the fields around the cases, not the cases themselves (a group's name
/// and description, a reason for closing a group or removing a member,
/// registration wishes): names and dates there are the group's, a member's
/// or a place's ("Olles grupp", "Anna har slutat"), and no form offers "not
/// an identifier", so only the strong identifiers (personal numbers, phones,
/// emails, addresses, record numbers …) are refused.
pub fn check_labels(fields: &[(&'static str, &str)]) -> AppResult<()> {
    check(fields, &deid::Context::default(), false)
}

fn check(fields: &[(&'static str, &str)], ctx: &deid::Context, weak: bool) -> AppResult<()> {
    let mut found = Vec::new();
    for (field, text) in fields {
        let findings = deid::guard_in(text, ctx).map_err(|_| AppError::GuardFailed)?;
        let findings = findings
            .into_iter()
            .filter(|f| weak || !f.category.is_weak());
        found.extend(findings.map(|finding| FieldFinding {
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
