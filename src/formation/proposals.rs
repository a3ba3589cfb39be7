//! Stored proposals: the admin's working copy of a partition. A proposal is
//! made from the confirmed registrants nobody has placed yet, can be adjusted
//! by hand (move a person to another group) and, once every group is within
//! the size bounds, approved: approval creates the groups, adds the members
//! and emails each of them an invitation, all in one transaction.

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use uuid::Uuid;

use super::{Level, Person, group_score, random_partition};
use crate::accounts::{self, NewUser, Role, User};
use crate::db::AnyConnection;
use crate::db::schema::{proposal_places, proposals, registrants};
use crate::env::Env;
use crate::error::{AppError, AppResult, Code};
use crate::groups::{self, MemberRole};

/// Local-search rounds per registrant: enough to settle, fast at 6,000.
const ITERATIONS_PER_PERSON: usize = 100;

fn require_admin(actor: &User) -> AppResult<()> {
    if actor.is_admin() {
        Ok(())
    } else {
        Err(AppError::Forbidden(Code::AdminOnly))
    }
}

/// Confirmed registrants not yet placed, with their ids, in a stable order.
pub(super) fn unplaced(conn: &mut AnyConnection) -> AppResult<Vec<(String, Person)>> {
    let rows: Vec<(String, String, Level, i32, String, String)> = registrants::table
        .filter(registrants::confirmed_at.is_not_null())
        .filter(registrants::withdrawn_at.is_null())
        .filter(registrants::group_id.is_null())
        .order(registrants::email.asc())
        .select((
            registrants::id,
            registrants::email,
            registrants::level,
            registrants::years,
            registrants::region,
            registrants::workplace,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, email, level, years, region, workplace)| {
            let person = Person {
                email,
                level,
                years: years.max(0) as u32,
                region,
                workplace,
            };
            (id, person)
        })
        .collect())
}

/// Proposes groups of `min..=max` from everyone confirmed and not yet placed,
/// and stores the proposal for the admin to adjust. Returns its id.
pub fn create(
    conn: &mut AnyConnection,
    actor: &User,
    seed: u64,
    min: usize,
    max: usize,
) -> AppResult<String> {
    require_admin(actor)?;
    if !(2..=30).contains(&min) {
        return Err(AppError::invalid("min_size", "must be 2 to 30"));
    }
    if !(min..=30).contains(&max) {
        return Err(AppError::invalid(
            "max_size",
            "must be at least the smallest size and at most 30",
        ));
    }
    let rows = unplaced(conn)?;
    let people: Vec<Person> = rows.iter().map(|(_, p)| p.clone()).collect();
    let proposal = super::propose(
        &people,
        min,
        max,
        seed,
        ITERATIONS_PER_PERSON * people.len(),
    )
    .ok_or_else(|| {
        AppError::invalid(
            "registrants",
            format!(
                "{} confirmed registrants cannot be split into groups of {min} to {max}",
                people.len()
            ),
        )
    })?;
    let id = Uuid::new_v4().to_string();
    let places: Vec<(String, String, i32)> = proposal
        .groups
        .iter()
        .enumerate()
        .flat_map(|(g, members)| {
            let id = &id;
            let rows = &rows;
            members
                .iter()
                .map(move |&i| (id.clone(), rows[i].0.clone(), g as i32 + 1))
        })
        .collect();
    conn.transaction(|conn| {
        diesel::insert_into(proposals::table)
            .values((
                proposals::id.eq(&id),
                proposals::seed.eq(seed as i64),
                proposals::min_size.eq(min as i32),
                proposals::max_size.eq(max as i32),
                proposals::created_by.eq(&actor.id),
                proposals::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        // One row at a time: the two-backend connection has no batch insert.
        for (p, r, g) in &places {
            diesel::insert_into(proposal_places::table)
                .values((
                    proposal_places::proposal_id.eq(p),
                    proposal_places::registrant_id.eq(r),
                    proposal_places::group_no.eq(*g),
                ))
                .execute(conn)?;
        }
        Ok(id.clone())
    })
}

/// One person as the proposal page shows them.
#[derive(Debug, Clone, Serialize)]
pub struct Placed {
    pub registrant_id: String,
    pub name: String,
    pub email: String,
    pub level: Level,
    pub years: u32,
    pub region: String,
    pub workplace: String,
    pub language: String,
    pub wishes: String,
}

/// What keeps a proposed group from meeting the aims.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    TooSmall { size: usize, min: usize },
    TooLarge { size: usize, max: usize },
    OneLevel,
    SharedWorkplace { workplace: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedGroup {
    /// The stored group number, which the move form refers to.
    pub number: i32,
    pub members: Vec<Placed>,
    pub trainees: usize,
    pub regions: usize,
    pub score: f64,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposalView {
    pub id: String,
    pub seed: i64,
    pub min_size: usize,
    pub max_size: usize,
    pub created_at: NaiveDateTime,
    pub approved_at: Option<NaiveDateTime>,
    pub groups: Vec<ProposedGroup>,
    /// The mean of the groups' scores; a broken rule costs a whole point.
    pub score: f64,
    /// The same people in groups of the same sizes at random, for comparison.
    pub random_score: f64,
    pub people: usize,
    /// Registrants who withdrew after the proposal was made: left out.
    pub withdrawn: Vec<String>,
    /// The next free group number, for "move to a new group".
    pub next_number: i32,
}

impl ProposalView {
    pub fn problem_count(&self) -> usize {
        self.groups.iter().map(|g| g.problems.len()).sum()
    }
}

fn problems(people: &[Person], members: &[usize], min: usize, max: usize) -> Vec<Problem> {
    let mut found = Vec::new();
    if members.len() < min {
        found.push(Problem::TooSmall {
            size: members.len(),
            min,
        });
    }
    if members.len() > max {
        found.push(Problem::TooLarge {
            size: members.len(),
            max,
        });
    }
    let st = members
        .iter()
        .filter(|&&i| people[i].level == Level::St)
        .count();
    if st == 0 || st == members.len() {
        found.push(Problem::OneLevel);
    }
    let mut places: Vec<&str> = members
        .iter()
        .map(|&i| people[i].workplace.as_str())
        .collect();
    places.sort_unstable();
    let mut shared: Vec<&str> = places
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    shared.dedup();
    found.extend(shared.into_iter().map(|w| Problem::SharedWorkplace {
        workplace: w.to_string(),
    }));
    found
}

/// Admins' list of proposals, newest first, and how many registrants wait.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalSummary {
    pub id: String,
    pub created_at: NaiveDateTime,
    pub approved_at: Option<NaiveDateTime>,
    pub people: i64,
}

pub fn list(conn: &mut AnyConnection, actor: &User) -> AppResult<(Vec<ProposalSummary>, usize)> {
    require_admin(actor)?;
    let rows: Vec<(String, NaiveDateTime, Option<NaiveDateTime>)> = proposals::table
        .order(proposals::created_at.desc())
        .select((proposals::id, proposals::created_at, proposals::approved_at))
        .limit(50)
        .load(conn)?;
    // One grouped count for all of them, not one query per proposal.
    let ids: Vec<&str> = rows.iter().map(|(id, _, _)| id.as_str()).collect();
    let counts: std::collections::HashMap<String, i64> = proposal_places::table
        .filter(proposal_places::proposal_id.eq_any(&ids))
        .group_by(proposal_places::proposal_id)
        .select((proposal_places::proposal_id, diesel::dsl::count_star()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let list = rows
        .into_iter()
        .map(|(id, created_at, approved_at)| ProposalSummary {
            people: counts.get(&id).copied().unwrap_or(0),
            id,
            created_at,
            approved_at,
        })
        .collect();
    Ok((list, unplaced(conn)?.len()))
}

type PlaceRow = (
    i32,
    String,
    String,
    String,
    Level,
    i32,
    String,
    String,
    String,
    String,
    Option<NaiveDateTime>,
);

/// The proposal with its groups, scores and problems, as stored now.
pub fn load(conn: &mut AnyConnection, actor: &User, id: &str) -> AppResult<ProposalView> {
    require_admin(actor)?;
    let (seed, min, max, created_at, approved_at): (
        i64,
        i32,
        i32,
        NaiveDateTime,
        Option<NaiveDateTime>,
    ) = proposals::table
        .find(id)
        .select((
            proposals::seed,
            proposals::min_size,
            proposals::max_size,
            proposals::created_at,
            proposals::approved_at,
        ))
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let rows: Vec<PlaceRow> = proposal_places::table
        .inner_join(registrants::table)
        .filter(proposal_places::proposal_id.eq(id))
        .order((proposal_places::group_no.asc(), registrants::name.asc()))
        .select((
            proposal_places::group_no,
            registrants::id,
            registrants::name,
            registrants::email,
            registrants::level,
            registrants::years,
            registrants::region,
            registrants::workplace,
            registrants::language,
            registrants::wishes,
            registrants::withdrawn_at,
        ))
        .load(conn)?;
    let (min, max) = (min.max(0) as usize, max.max(0) as usize);
    let mut people = Vec::new();
    let mut placed = Vec::new();
    let mut by_group: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    let mut withdrawn = Vec::new();
    let mut next_number = 1;
    for (group_no, rid, name, email, level, years, region, workplace, language, wishes, gone) in
        rows
    {
        next_number = next_number.max(group_no + 1);
        if gone.is_some() {
            withdrawn.push(name);
            continue;
        }
        let person = Person {
            email: email.clone(),
            level,
            years: years.max(0) as u32,
            region: region.clone(),
            workplace: workplace.clone(),
        };
        by_group.entry(group_no).or_default().push(people.len());
        placed.push(Placed {
            registrant_id: rid,
            name,
            email,
            level: person.level,
            years: person.years,
            region,
            workplace,
            language,
            wishes,
        });
        people.push(person);
    }
    let groups: Vec<ProposedGroup> = by_group
        .into_iter()
        .map(|(number, members)| {
            let mut regions: Vec<&str> =
                members.iter().map(|&i| people[i].region.as_str()).collect();
            regions.sort_unstable();
            regions.dedup();
            ProposedGroup {
                number,
                trainees: members
                    .iter()
                    .filter(|&&i| people[i].level == Level::St)
                    .count(),
                regions: regions.len(),
                score: group_score(&people, &members),
                problems: problems(&people, &members, min, max),
                members: members.iter().map(|&i| placed[i].clone()).collect(),
            }
        })
        .collect();
    let score = if groups.is_empty() {
        0.0
    } else {
        groups.iter().map(|g| g.score).sum::<f64>() / groups.len() as f64
    };
    let random_score = random_partition(&people, min, max, seed as u64)
        .map(|r| r.score)
        .unwrap_or(0.0);
    Ok(ProposalView {
        id: id.to_string(),
        seed,
        min_size: min,
        max_size: max,
        created_at,
        approved_at,
        groups,
        score,
        random_score,
        people: people.len(),
        withdrawn,
        next_number,
    })
}

fn open_proposal(conn: &mut AnyConnection, id: &str) -> AppResult<()> {
    let approved: Option<NaiveDateTime> = proposals::table
        .find(id)
        .select(proposals::approved_at)
        .get_result(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    match approved {
        Some(_) => Err(AppError::Conflict(Code::ProposalApproved)),
        None => Ok(()),
    }
}

/// Moves one person to another group of the proposal, or to a new one.
pub fn move_person(
    conn: &mut AnyConnection,
    actor: &User,
    id: &str,
    registrant_id: &str,
    to_group: i32,
) -> AppResult<()> {
    require_admin(actor)?;
    conn.transaction(|conn| {
        open_proposal(conn, id)?;
        let highest: Option<i32> = proposal_places::table
            .filter(proposal_places::proposal_id.eq(id))
            .select(diesel::dsl::max(proposal_places::group_no))
            .first(conn)?;
        if to_group < 1 || to_group > highest.unwrap_or(0) + 1 {
            return Err(AppError::invalid(
                "to_group",
                "is not a group of this proposal",
            ));
        }
        let n = diesel::update(proposal_places::table.find((id, registrant_id)))
            .set(proposal_places::group_no.eq(to_group))
            .execute(conn)?;
        if n == 0 {
            return Err(AppError::NotFound);
        }
        Ok(())
    })
}

/// Approves the proposal: creates one group per proposed group (named
/// "`prefix` 1", "`prefix` 2", …), adds the members and emails the
/// invitations. New accounts get a sign-up link (name, password, the
/// confidentiality terms); existing accounts are told they were added. Nothing
/// happens unless every group is within the size bounds.
pub fn approve(
    conn: &mut AnyConnection,
    env: &Env,
    actor: &User,
    id: &str,
    prefix: &str,
) -> AppResult<Vec<groups::Group>> {
    require_admin(actor)?;
    let prefix = prefix.trim();
    if prefix.is_empty() || prefix.chars().count() > 80 {
        return Err(AppError::invalid(
            "name_prefix",
            "must be 1 to 80 characters",
        ));
    }
    conn.transaction(|conn| {
        open_proposal(conn, id)?;
        let view = load(conn, actor, id)?;
        if view.groups.is_empty() {
            return Err(AppError::invalid(
                "groups",
                "the proposal has nobody left to place",
            ));
        }
        for (n, g) in view.groups.iter().enumerate() {
            if !(view.min_size..=view.max_size).contains(&g.members.len()) {
                return Err(AppError::invalid(
                    "groups",
                    format!(
                        "group {} has {} members; every group needs {} to {}",
                        n + 1,
                        g.members.len(),
                        view.min_size,
                        view.max_size
                    ),
                ));
            }
        }
        let ids: Vec<&str> = view
            .groups
            .iter()
            .flat_map(|g| g.members.iter().map(|m| m.registrant_id.as_str()))
            .collect();
        let placed_elsewhere: i64 = registrants::table
            .filter(registrants::id.eq_any(&ids))
            .filter(registrants::group_id.is_not_null())
            .count()
            .get_result(conn)?;
        if placed_elsewhere > 0 {
            return Err(AppError::Conflict(Code::AlreadyPlaced));
        }
        let base = env.settings.server.public_url.trim_end_matches('/');
        let mut created = Vec::with_capacity(view.groups.len());
        for (n, proposed) in view.groups.iter().enumerate() {
            let group = groups::create_group(conn, actor, &format!("{prefix} {}", n + 1), "")?;
            for person in &proposed.members {
                // A new account speaks the registrant's language from its first email.
                if accounts::find_user_by_email(conn, &person.email)?.is_none() {
                    let user = accounts::create_user(
                        conn,
                        NewUser {
                            email: &person.email,
                            name: &person.name,
                            role: Role::Member,
                            password_hash: None,
                        },
                    )?;
                    accounts::set_locale(conn, &user.id, Some(&person.language))?;
                }
                let added = groups::invite_member(
                    conn,
                    env,
                    actor,
                    &group.id,
                    &person.email,
                    Some(&person.name),
                    MemberRole::Member,
                )?;
                if added.invite_url.is_none() {
                    let member = accounts::find_user(conn, &added.member.user_id)?;
                    let msg = crate::mail::compose::added_to_group(
                        env,
                        &member,
                        &group.name,
                        &actor.name,
                        &format!("{base}/groups/{}", group.id),
                    )?;
                    crate::mail::enqueue(conn, &msg)?;
                }
                diesel::update(registrants::table.find(&person.registrant_id))
                    .set(registrants::group_id.eq(&group.id))
                    .execute(conn)?;
            }
            created.push(group);
        }
        diesel::update(proposals::table.find(id))
            .set((
                proposals::approved_at.eq(Some(Utc::now().naive_utc())),
                proposals::approved_by.eq(Some(&actor.id)),
            ))
            .execute(conn)?;
        crate::audit::audit(
            conn,
            &actor.id,
            None,
            "approve_proposal",
            &format!("{id}: {} groups, {} members", created.len(), view.people),
        )?;
        Ok(created)
    })
}
