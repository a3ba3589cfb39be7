//! Forming groups from interest registrations: partition registrants into
//! groups of 6–8 that mix trainees (ST) and specialists, spread experience and
//! regions, and never put two people from one workplace together. Deterministic
//! for a given seed; the score says how well a proposal meets these aims.

pub mod proposals;
pub mod web;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;

crate::text_enum! {
    /// Where a GP is in their career: in specialist training, or a specialist.
    pub enum Level {
        St = "st",
        Specialist = "specialist",
    }
}

/// What the partition needs to know about one registrant.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub email: String,
    pub level: Level,
    pub years: u32,
    pub region: String,
    pub workplace: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    /// Indices into the registrants, one list per group.
    pub groups: Vec<Vec<usize>>,
    /// 0..=1 overall; the mean of the groups' scores.
    pub score: f64,
    pub group_scores: Vec<f64>,
}

/// How well one group meets the aims, up to 1: levels mixed, regions spread,
/// experience spread. Each broken hard rule (one level only, a shared
/// workplace) costs 1, so a group that breaks none scores between 0 and 1.
pub fn group_score(people: &[Person], members: &[usize]) -> f64 {
    if members.is_empty() {
        return 0.0;
    }
    let n = members.len() as f64;
    let st = members
        .iter()
        .filter(|&&i| people[i].level == Level::St)
        .count() as f64;
    // Best when trainees and specialists are about half each.
    let mix = 1.0 - ((st / n) - 0.5).abs() * 2.0;
    let mut regions: Vec<&str> = members.iter().map(|&i| people[i].region.as_str()).collect();
    regions.sort_unstable();
    regions.dedup();
    let region_spread = regions.len() as f64 / n;
    let years: Vec<f64> = members
        .iter()
        .map(|&i| f64::from(people[i].years))
        .collect();
    let mean = years.iter().sum::<f64>() / n;
    let sd = (years.iter().map(|y| (y - mean).powi(2)).sum::<f64>() / n).sqrt();
    let experience = (sd / 8.0).min(1.0);
    let mut places: Vec<&str> = members
        .iter()
        .map(|&i| people[i].workplace.as_str())
        .collect();
    places.sort_unstable();
    let before = places.len();
    places.dedup();
    let shared = (before - places.len()) as f64;
    let base = 0.4 * mix + 0.35 * region_spread + 0.25 * experience;
    // Hard rules, weighted so no trade-off can win against them: both levels
    // present, nobody from the same workplace.
    let one_level = if st == 0.0 || st == n { 1.0 } else { 0.0 };
    base - shared - one_level
}

/// Group sizes: as few groups as possible within [min, max], sizes differing by at most one.
fn sizes(n: usize, min: usize, max: usize) -> Option<Vec<usize>> {
    if n < min || min == 0 || max < min {
        return None;
    }
    let groups = n.div_ceil(max);
    let groups = (groups..=n / min).find(|g| n / g >= min && n.div_ceil(*g) <= max)?;
    Some(
        (0..groups)
            .map(|i| n / groups + usize::from(i < n % groups))
            .collect(),
    )
}

/// Proposes groups. `iterations` of local search (swaps between groups) improve
/// the snake-dealt start; the same seed always gives the same proposal.
pub fn propose(
    people: &[Person],
    min: usize,
    max: usize,
    seed: u64,
    iterations: usize,
) -> Option<Proposal> {
    let sizes = sizes(people.len(), min, max)?;
    // Start: trainees and specialists each sorted by years, dealt in a snake
    // across the groups, so every group starts mixed.
    let mut order: Vec<usize> = (0..people.len()).collect();
    order.sort_by_key(|&i| {
        (
            people[i].level == Level::Specialist,
            people[i].years,
            people[i].region.clone(),
        )
    });
    let mut groups: Vec<Vec<usize>> = sizes.iter().map(|&s| Vec::with_capacity(s)).collect();
    let k = groups.len();
    let mut g = 0usize;
    let mut forward = true;
    for i in order {
        while groups[g].len() >= sizes[g] {
            g = (g + 1) % k;
        }
        groups[g].push(i);
        if forward {
            if g + 1 == k { forward = false } else { g += 1 }
        } else if g == 0 {
            forward = true
        } else {
            g -= 1
        }
    }
    let mut scores: Vec<f64> = groups.iter().map(|m| group_score(people, m)).collect();
    let mut rng = StdRng::seed_from_u64(seed);
    if k > 1 {
        for _ in 0..iterations {
            let (a, b) = (rng.random_range(0..k), rng.random_range(0..k));
            if a == b {
                continue;
            }
            let (ia, ib) = (
                rng.random_range(0..groups[a].len()),
                rng.random_range(0..groups[b].len()),
            );
            let (pa, pb) = (groups[a][ia], groups[b][ib]);
            groups[a][ia] = pb;
            groups[b][ib] = pa;
            let (sa, sb) = (
                group_score(people, &groups[a]),
                group_score(people, &groups[b]),
            );
            if sa + sb > scores[a] + scores[b] {
                scores[a] = sa;
                scores[b] = sb;
            } else {
                groups[a][ia] = pa;
                groups[b][ib] = pb;
            }
        }
    }
    let score = scores.iter().sum::<f64>() / k as f64;
    Some(Proposal {
        groups,
        score,
        group_scores: scores,
    })
}

/// The same sizes filled at random: the baseline a proposal is compared with.
pub fn random_partition(people: &[Person], min: usize, max: usize, seed: u64) -> Option<Proposal> {
    let sizes = sizes(people.len(), min, max)?;
    let mut order: Vec<usize> = (0..people.len()).collect();
    let mut rng = StdRng::seed_from_u64(seed);
    for i in (1..order.len()).rev() {
        order.swap(i, rng.random_range(0..=i));
    }
    let mut groups = Vec::new();
    let mut at = 0;
    for s in sizes {
        groups.push(order[at..at + s].to_vec());
        at += s;
    }
    let scores: Vec<f64> = groups.iter().map(|m| group_score(people, m)).collect();
    let score = scores.iter().sum::<f64>() / scores.len() as f64;
    Some(Proposal {
        groups,
        score,
        group_scores: scores,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn people(n: usize) -> Vec<Person> {
        let regions = [
            "Norrbotten",
            "Jämtland Härjedalen",
            "Skåne",
            "Stockholm",
            "Västra Götaland",
            "Uppsala",
            "Gotland",
            "Värmland",
        ];
        (0..n)
            .map(|i| Person {
                email: format!("p{i}@example.org"),
                level: if i % 3 == 0 {
                    Level::St
                } else {
                    Level::Specialist
                },
                years: (i * 7 % 30) as u32,
                region: regions[i * 5 % regions.len()].to_string(),
                workplace: format!("VC {}", i % (n / 3).max(1)),
            })
            .collect()
    }

    #[test]
    fn sizes_stay_within_bounds() {
        for n in [6, 7, 8, 12, 13, 14, 15, 50, 6000] {
            let s = sizes(n, 6, 8).unwrap();
            assert_eq!(s.iter().sum::<usize>(), n);
            assert!(s.iter().all(|&x| (6..=8).contains(&x)), "{n}: {s:?}");
        }
        assert!(sizes(5, 6, 8).is_none());
        assert!(
            sizes(9, 6, 8).is_none(),
            "9 cannot be split into groups of 6 to 8"
        );
    }

    #[test]
    fn proposals_mix_levels_avoid_shared_workplaces_and_beat_random() {
        let p = people(300);
        let a = propose(&p, 6, 8, 42, 50_000).unwrap();
        let b = propose(&p, 6, 8, 42, 50_000).unwrap();
        assert_eq!(a.groups, b.groups, "deterministic for a seed");
        for g in &a.groups {
            assert!((6..=8).contains(&g.len()));
            assert!(
                g.iter().any(|&i| p[i].level == Level::St)
                    && g.iter().any(|&i| p[i].level == Level::Specialist)
            );
            let mut w: Vec<&str> = g.iter().map(|&i| p[i].workplace.as_str()).collect();
            w.sort();
            let n = w.len();
            w.dedup();
            assert_eq!(w.len(), n, "no shared workplace");
        }
        let r = random_partition(&p, 6, 8, 42).unwrap();
        assert!(a.score > r.score, "{} vs random {}", a.score, r.score);
    }
}

use chrono::Utc;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::registrants;
use crate::error::{AppError, AppResult};

/// What an import did, line by line where it could not.
#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    pub imported: usize,
    pub skipped: Vec<(usize, String)>,
}

/// Imports registrants from CSV with the header
/// `name,email,level,years,region,workplace,language` (`level`: `st` or
/// `specialist`). Lists kept by associations are consent already given, so
/// imported registrants count as confirmed. Bad lines are reported, not fatal.
pub fn import_csv(conn: &mut AnyConnection, input: impl std::io::Read) -> AppResult<ImportReport> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| AppError::invalid("file", format!("no CSV header: {e}")))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let wanted = [
        "name",
        "email",
        "level",
        "years",
        "region",
        "workplace",
        "language",
    ];
    let cols: Vec<usize> = wanted
        .iter()
        .map(|c| {
            col(c).ok_or_else(|| {
                AppError::invalid("file", format!("the header lacks the column {c:?}"))
            })
        })
        .collect::<AppResult<_>>()?;
    let mut report = ImportReport::default();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                report.skipped.push((line, format!("unreadable: {e}")));
                continue;
            }
        };
        let field = |k: usize| record.get(cols[k]).unwrap_or("").to_string();
        let (name, email, level, years, region, workplace, language) = (
            field(0),
            field(1),
            field(2).to_lowercase(),
            field(3),
            field(4),
            field(5),
            field(6).to_lowercase(),
        );
        let email = match crate::accounts::normalize_email(&email) {
            Ok(e) => e,
            Err(_) => {
                report
                    .skipped
                    .push((line, format!("not an email address: {email:?}")));
                continue;
            }
        };
        if crate::accounts::validate_name(&name).is_err() {
            report.skipped.push((line, "a name is needed".into()));
            continue;
        }
        let Some(level) = Level::from_code(&level) else {
            report.skipped.push((
                line,
                format!("level must be st or specialist, not {level:?}"),
            ));
            continue;
        };
        let Ok(years) = years.parse::<i32>() else {
            report
                .skipped
                .push((line, format!("years must be a number, not {years:?}")));
            continue;
        };
        let language = if language.is_empty() {
            "sv".to_string()
        } else {
            language
        };
        if region.is_empty() || workplace.is_empty() {
            report
                .skipped
                .push((line, "region and workplace are needed".into()));
            continue;
        }
        let exists: i64 = registrants::table
            .filter(registrants::email.eq(&email))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            report
                .skipped
                .push((line, format!("{email} is already registered")));
            continue;
        }
        let now = Utc::now().naive_utc();
        diesel::insert_into(registrants::table)
            .values((
                registrants::id.eq(uuid::Uuid::new_v4().to_string()),
                registrants::name.eq(name.trim()),
                registrants::email.eq(&email),
                registrants::level.eq(level),
                registrants::years.eq(years.clamp(0, 60)),
                registrants::region.eq(&region),
                registrants::workplace.eq(&workplace),
                registrants::language.eq(&language),
                registrants::created_at.eq(now),
                registrants::confirmed_at.eq(Some(now)),
            ))
            .execute(conn)?;
        report.imported += 1;
    }
    Ok(report)
}

/// Confirmed registrants who have not withdrawn and are not yet placed in a
/// group, in a stable order.
pub fn confirmed(conn: &mut AnyConnection) -> AppResult<Vec<Person>> {
    Ok(proposals::unplaced(conn)?
        .into_iter()
        .map(|(_, person)| person)
        .collect())
}

/// A registration from the public page: stored unconfirmed; the email asks the
/// registrant to confirm (double opt-in). An address already registered gets
/// nothing new and the same answer, so the page reveals nobody.
pub struct Registration<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub level: &'a str,
    pub years: i32,
    pub region: &'a str,
    pub workplace: &'a str,
    pub language: &'a str,
    pub wishes: &'a str,
}

pub fn register(
    conn: &mut AnyConnection,
    env: &crate::env::Env,
    r: Registration<'_>,
) -> AppResult<()> {
    let email = crate::accounts::normalize_email(r.email)?;
    let name = crate::accounts::validate_name(r.name)?;
    let level = Level::from_code(r.level)
        .ok_or_else(|| AppError::invalid("level", "must be st or specialist"))?;
    if !(0..=60).contains(&r.years) {
        return Err(AppError::invalid("years", "must be 0 to 60"));
    }
    if !env.settings.formation.regions.iter().any(|x| x == r.region) {
        return Err(AppError::invalid("region", "is not one of the regions"));
    }
    let workplace = r.workplace.trim();
    if workplace.is_empty()
        || workplace.chars().count() > 120
        || crate::accounts::has_control(workplace)
    {
        return Err(AppError::invalid(
            "workplace",
            "must be 1 to 120 characters",
        ));
    }
    let language = if r.language == "en" { "en" } else { "sv" };
    crate::guard::check_labels(&[("wishes", r.wishes)])?;
    conn.transaction(|conn| {
        let exists: i64 = registrants::table
            .filter(registrants::email.eq(&email))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Ok(());
        }
        let id = uuid::Uuid::new_v4().to_string();
        diesel::insert_into(registrants::table)
            .values((
                registrants::id.eq(&id),
                registrants::name.eq(name),
                registrants::email.eq(&email),
                registrants::level.eq(level),
                registrants::years.eq(r.years),
                registrants::region.eq(r.region),
                registrants::workplace.eq(workplace),
                registrants::language.eq(language),
                registrants::wishes.eq(r.wishes.trim().chars().take(1000).collect::<String>()),
                registrants::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        let claims = crate::auth::Claims::new(
            crate::auth::Purpose::Registration,
            &id,
            None,
            Utc::now(),
            chrono::Duration::days(365),
        );
        let token = env.keys.sign(&claims)?;
        let base = env.settings.server.public_url.trim_end_matches('/');
        let msg = crate::mail::compose::registration(
            env,
            &email,
            name,
            language,
            &format!("{base}/register/confirm/{token}"),
            &format!("{base}/register/withdraw/{token}"),
        )?;
        crate::mail::enqueue(conn, &msg)?;
        Ok(())
    })
}

/// Confirms (`true`) or withdraws (`false`) a registration from its emailed link.
pub fn confirm_or_withdraw(
    conn: &mut AnyConnection,
    keys: &crate::auth::Keys,
    token: &str,
    confirm: bool,
) -> AppResult<()> {
    let claims = keys
        .verify(token, crate::auth::Purpose::Registration)
        .map_err(|_| AppError::NotFound)?;
    let now = Some(Utc::now().naive_utc());
    let target = registrants::table.find(&claims.sub);
    let n = if confirm {
        diesel::update(target)
            .set(registrants::confirmed_at.eq(now))
            .execute(conn)?
    } else {
        diesel::update(target)
            .set(registrants::withdrawn_at.eq(now))
            .execute(conn)?
    };
    if n == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}
