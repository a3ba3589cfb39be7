//! Who is writing to whom. A case post greets colleagues, thanks them, agrees
//! with them, plans the next meeting and is signed by its author: those names
//! are the group's own, not a patient's. The guard is told the author and the
//! members and lets their names pass, except where a patient's name stands:
//! after "patienten", a title or a relative, or with an age.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::Finding;

/// The context a text is checked in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// The author's display name ("Anna Berg").
    pub author: Option<String>,
    /// The names of the group's members (the author may be among them).
    pub members: Vec<String>,
    /// Texts the author marked "not an identifier" (weak findings only).
    pub allowed: Vec<String>,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("context pattern {pattern}: {e}"))
}

/// The words of the author's and members' names, lower case.
pub(crate) struct People {
    /// A handful of words: a list is quicker than a set here.
    words: Vec<String>,
    /// Initials of each person ("ab" for Anna Berg), for "/AB" sign-offs.
    initials: Vec<String>,
}

/// A patient position just before the name: a cue word, title or relative.
static PATIENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:pat|pat\.|patient|patienten|patientens|min patient|my patient|pt|pt\.|mr|mr\.|mrs|mrs\.|ms|ms\.|miss|mx|fru|herr|hr|make|maken|maka|makan|sambo|sambon|dotter|dottern|son|sonen|mor|modern|mamma|mamman|far|fadern|pappa|pappan|bror|brodern|syster|systern|husband|wife|partner|daughter|son|mother|father|mum|dad|brother|sister|heter|hette|named|called|kallad|kallas|flickan|pojken|barnet|the boy|the girl|baby|bebisen|boy|girl|tjej|tjejen|kille|killen|pojke|flicka|woman|lady|kvinna|kvinnan|mannen)[\s,]*$",
    )
});

/// An age right after the name: "Maria, 34,", "Maria (34)", "Maria 34 år".
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:'s|’s|s)?(?:,\s*|\s*\(|\s+)\d{1,3}(?:\s*(?:år|års|-?årig|åring|years?|year-old|yo|y/o|yrs|m|f|mån)\b|\s*\)|,)",
    )
});

/// A personal number or phone right after the name: "fatima 9908687685".
static NUMBER_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:'s|’s|s)?[\s,(:]+\+?\d[\d -]{7,}\d"));

/// Given names and the short forms people sign with, both ways: "Kasia"
/// signs a post by Katarzyna Nowak, "Oliver" one by Ollie Smith.
static NICKNAMES: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in include_str!("names/nicknames.txt").lines() {
        let mut names = line.split_whitespace();
        let Some(full) = names.next().filter(|w| !w.starts_with('#')) else {
            continue;
        };
        for short in names {
            map.entry(full).or_default().push(short);
            map.entry(short).or_default().push(full);
        }
    }
    map
});

/// The other forms of a given name, lower case: its short forms, or the given
/// names a short form stands for ("kasia" -> "katarzyna"). Shared with the
/// email sign-off trimming, which removes "Best, Tom" from Thomas's reply.
pub fn given_name_forms(given: &str) -> &'static [&'static str] {
    NICKNAMES.get(given).map_or(&[], Vec::as_slice)
}

impl People {
    pub(crate) fn new(ctx: &Context) -> People {
        let mut words = Vec::new();
        let mut initials = Vec::new();
        for name in ctx.author.iter().chain(ctx.members.iter()) {
            let parts: Vec<String> = name
                .split(|c: char| c.is_whitespace() || c == ',')
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.chars().count() >= 2)
                .map(str::to_lowercase)
                .collect();
            let letters: String = parts.iter().filter_map(|p| p.chars().next()).collect();
            if letters.chars().count() >= 2 {
                initials.push(letters);
            }
            // The given name's short and long forms.
            if let Some(given) = parts.first() {
                words.extend(given_name_forms(given).iter().map(|w| w.to_string()));
            }
            for p in parts {
                // "Ann-Marie" is also written as its two halves.
                for half in p.split('-').filter(|h| h.chars().count() >= 2) {
                    words.push(half.to_string());
                }
                words.push(p);
            }
        }
        People { words, initials }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every word of the finding is a word of someone in the group (a
    /// genitive "Eriks", "James's" counts as "Erik", "James").
    fn is_ours(&self, text: &str) -> bool {
        let mut any = false;
        for w in text.split(|c: char| c.is_whitespace()) {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if w.is_empty() {
                continue;
            }
            let bare = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(&w);
            let plain: String = bare.chars().filter(|c| c.is_alphanumeric()).collect();
            let ours = |w: &str| self.words.iter().any(|x| x == w);
            let known = ours(bare)
                || bare.strip_suffix('s').is_some_and(ours)
                || (plain.chars().count() <= 3 && self.initials.contains(&plain));
            if !known {
                return false;
            }
            any = true;
        }
        any
    }

    /// Is this name finding someone in the group rather than a patient? It
    /// is when it is theirs and does not stand where a patient's name does:
    /// after "patienten", a title or a relative ("fru Lind", "hennes make
    /// Erik"), with an age ("Maria, 34,") or a personal number or phone. Greetings, thanks, sign-offs,
    /// "som Erik skrev", "Agree with James" and the group's own logistics
    /// ("Johan tar med fall") all pass.
    pub(crate) fn addressed(&self, source: &str, f: &Finding) -> bool {
        if !self.is_ours(&f.text) {
            return false;
        }
        let line_start = source[..f.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[f.end..]
            .find('\n')
            .map_or(source.len(), |i| f.end + i);
        let before = &source[line_start..f.start];
        let after = &source[f.end..line_end];
        !(PATIENT_BEFORE.is_match(before)
            || AGE_AFTER.is_match(after)
            || NUMBER_AFTER.is_match(after))
    }
}

#[cfg(test)]
mod tests {
    use crate::deid::{Category, Context, check_in};

    fn group() -> Context {
        Context {
            author: Some("Anna Berg".into()),
            members: vec!["Erik Holm".into(), "Maria Lind".into(), "Jo Smith".into()],
            allowed: vec![],
        }
    }

    fn names(text: &str, ctx: &Context) -> Vec<String> {
        check_in(text, ctx)
            .into_iter()
            .filter(|f| f.category == Category::Name)
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn greetings_thanks_and_sign_offs_of_the_group_are_not_findings() {
        let ctx = group();
        for text in [
            "Hej Erik,\nbra fråga. Jag håller med Maria om att vänta.\n\nMvh Anna",
            "Tack Maria för tipset!\n/Erik",
            "Agree with Erik here. Best, Jo",
            "Erik, jag tror du har rätt.\n\nHälsningar\nAnna Berg",
            "Som Maria skrev igår är det värt att vänta. Eriks poäng är bra.\n\n//Anna",
            "Hej Erik och Maria! Tack för svaren.\nAnna",
        ] {
            assert!(
                names(text, &ctx).is_empty(),
                "{text}: {:?}",
                names(text, &ctx)
            );
        }
    }

    #[test]
    fn the_short_and_long_forms_of_a_given_name_are_the_same_person() {
        let ctx = Context {
            author: Some("Katarzyna Nowak".into()),
            members: vec![
                "Ollie Smith".into(),
                "Margareta Ek".into(),
                "Adebayo Okafor".into(),
            ],
            allowed: vec![],
        };
        for text in [
            "Thanks Oliver, good point.\n\nKasia",
            "Håller med Maggan.\n/Kasia",
            "Agree with Ade here.\nBest, Kasia",
        ] {
            assert!(
                names(text, &ctx).is_empty(),
                "{text}: {:?}",
                names(text, &ctx)
            );
        }
        assert_eq!(
            names("Patienten Maggan kom tillbaka.", &ctx),
            vec!["Maggan"]
        );
    }

    #[test]
    fn a_group_members_name_used_about_a_patient_is_still_a_finding() {
        let ctx = group();
        for text in [
            "Patienten Maria kom in med buksmärta.",
            "Hennes make Erik ringde igen.",
            "Maria, 34, söker för trötthet.",
            "- maria 8112189876 – UVI",
        ] {
            assert_eq!(names(text, &ctx).len(), 1, "{text}");
        }
        // Without the context the greeting is a finding, as before.
        assert_eq!(names("Hej Erik,\nbra fråga.", &Context::default()).len(), 1);
    }
}
