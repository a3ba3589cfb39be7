//! Forming groups from 6,000 registrants. Run with `cargo bench --bench formation`.
//!
//! Prints the time to propose groups of 6–8 (target: under 2 s, every group
//! within bounds) and the proposal's score against a random partition of the
//! same sizes.

use std::time::Instant;

use kollega::formation::{Level, Person, propose, random_partition};

fn registrants(n: usize) -> Vec<Person> {
    let regions = [
        "Norrbotten",
        "Västerbotten",
        "Jämtland Härjedalen",
        "Västernorrland",
        "Gävleborg",
        "Dalarna",
        "Värmland",
        "Örebro",
        "Västmanland",
        "Uppsala",
        "Stockholm",
        "Sörmland",
        "Östergötland",
        "Jönköping",
        "Kronoberg",
        "Kalmar",
        "Gotland",
        "Blekinge",
        "Skåne",
        "Halland",
        "Västra Götaland",
    ];
    // A fixed pseudo-random mix: about a third trainees, uneven regions, ~2,000 workplaces.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            Person {
                email: format!("gp{i}@example.org"),
                level: if x.is_multiple_of(3) {
                    Level::St
                } else {
                    Level::Specialist
                },
                years: (x % 35) as u32,
                region: regions[((x >> 8) % 21) as usize * ((x >> 16) % 2 + 1) as usize % 21]
                    .to_string(),
                workplace: format!("VC {}", (x >> 24) % 2000),
            }
        })
        .collect()
}

fn main() {
    let people = registrants(6000);
    let start = Instant::now();
    let proposal = propose(&people, 6, 8, 7, 100 * people.len()).expect("6000 can be grouped");
    let elapsed = start.elapsed();
    let in_bounds = proposal.groups.iter().all(|g| (6..=8).contains(&g.len()));
    let broken = proposal.group_scores.iter().filter(|s| **s < 0.0).count();
    let random = random_partition(&people, 6, 8, 7).expect("sizes");
    let random_broken = random.group_scores.iter().filter(|s| **s < 0.0).count();
    println!(
        "kollega formation bench: {} registrants into {} groups",
        people.len(),
        proposal.groups.len()
    );
    println!(
        "proposed in {:.2} s (target < 2 s): {}; all groups 6-8: {in_bounds}",
        elapsed.as_secs_f64(),
        if elapsed.as_secs_f64() < 2.0 && in_bounds {
            "MET"
        } else {
            "NOT MET"
        }
    );
    println!(
        "score {:.3} (groups breaking a hard rule: {broken}) vs random partition {:.3} (breaking: {random_broken})",
        proposal.score, random.score
    );
}
