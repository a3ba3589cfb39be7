//! Names of patients and relatives. Three kinds of evidence, combined:
//! cue words ("pat.", "heter", "hennes make", "Mrs", "daughter"), name lists
//! (open data, see names/SOURCE.md), and capitalisation. Names that are also
//! ordinary words or medical eponyms ("May", "Berg", "Parkinson") count only
//! with a cue.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::{Category, Hit};

fn list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

struct Lists {
    first: HashSet<String>,
    last: HashSet<String>,
    common: HashSet<String>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let lower = |s: &str| s.to_lowercase();
    let first = list(include_str!("names/first_sv.txt"))
        .chain(list(include_str!("names/first_en.txt")))
        .map(lower)
        .collect();
    let last = list(include_str!("names/last_sv.txt"))
        .chain(list(include_str!("names/last_en.txt")))
        .map(lower)
        .collect();
    let mut common: HashSet<String> = list(include_str!("names/common_words.txt"))
        .map(lower)
        .collect();
    common.extend(NOT_NAMES.iter().map(|s| s.to_string()));
    Lists {
        first,
        last,
        common,
    }
});

/// Words that may look like names here but are not: pronouns and sentence
/// openers, clinical words, places and services GPs mention.
const NOT_NAMES: &[&str] = &[
    "hon",
    "han",
    "hen",
    "den",
    "det",
    "de",
    "vi",
    "jag",
    "du",
    "ni",
    "man",
    "en",
    "ett",
    "och",
    "men",
    "när",
    "som",
    "patienten",
    "patient",
    "pat",
    "maken",
    "makan",
    "dottern",
    "sonen",
    "modern",
    "fadern",
    "mamman",
    "pappan",
    "the",
    "she",
    "he",
    "they",
    "we",
    "it",
    "this",
    "that",
    "her",
    "his",
    "their",
    "a",
    "an",
    "and",
    "but",
    "when",
    "after",
    "before",
    "since",
    "on",
    "in",
    "at",
    "of",
    "to",
    "from",
    "with",
    "without",
    "is",
    "was",
    "has",
    "had",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "doktor",
    "doctor",
    "gp",
    "st",
    "at",
    "vc",
    "region",
    "regionen",
    "landsting",
    "nhs",
    "ae",
    "gp",
    "sjuksköterska",
    "nurse",
    "consultant",
    "registrar",
    "trainer",
    "handledare",
    "kurator",
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "christmas",
    "easter",
    "boxing",
    "norrbotten",
    "västerbotten",
    "jämtland",
    "härjedalen",
    "västernorrland",
    "gävleborg",
    "dalarna",
    "värmland",
    "örebro",
    "västmanland",
    "uppsala",
    "stockholm",
    "södermanland",
    "östergötland",
    "jönköping",
    "kronoberg",
    "kalmar",
    "gotland",
    "blekinge",
    "skåne",
    "halland",
    "västra",
    "götaland",
    "england",
    "scotland",
    "wales",
    "ireland",
    "yorkshire",
    "highland",
    "lothian",
    "manchester",
    "london",
    "leeds",
    "hoting",
    "umeå",
    "visby",
    "malmö",
    "karlstad",
    "göteborg",
    "lund",
    "sahlgrenska",
    "akademiska",
    "karolinska",
    "thomas",
    "alvedon",
    "ipren",
    "waran",
    "eliquis",
    "metformin",
    "sertralin",
    "sertraline",
    "ventolin",
    "apixaban",
    "centor",
    "wells",
    "apgar",
    "glasgow",
    "phq",
    "audit",
    "mmse",
    "mmt",
    "news",
    "ekg",
    "ecg",
    "crp",
    "hb",
    "rockwood",
    "frailty",
    "spain",
    "holland",
    "france",
    "poland",
    "portugal",
    "turkey",
    "italy",
    "greece",
    "germany",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "iceland",
    "india",
    "pakistan",
    "china",
    "iran",
    "iraq",
    "syria",
    "somalia",
    "eritrea",
    "afghanistan",
    "ukraine",
    "russia",
    "thailand",
    "spanien",
    "frankrike",
    "polen",
    "tyskland",
    "norge",
    "danmark",
    "irak",
    "turkiet",
    "grekland",
    "italien",
];

/// Words after which the next name-like word is a person: titles, relations,
/// "is called". Lower case; "pat." is matched without its dot.
const CUES: &[&str] = &[
    "pat",
    "patient",
    "patienten",
    "pt",
    "heter",
    "hette",
    "kallas",
    "kallad",
    "named",
    "called",
    "fru",
    "herr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "make",
    "maken",
    "maka",
    "makan",
    "sambo",
    "sambon",
    "dotter",
    "dottern",
    "son",
    "sonen",
    "mor",
    "modern",
    "mamma",
    "mamman",
    "far",
    "fadern",
    "pappa",
    "pappan",
    "bror",
    "brodern",
    "brorsan",
    "syster",
    "systern",
    "barnbarn",
    "barnbarnet",
    "pojkvän",
    "flickvän",
    "husband",
    "wife",
    "partner",
    "daughter",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "fiancé",
    "fiancée",
    "boyfriend",
    "girlfriend",
    "carer",
    "neighbour",
    "granne",
    "grannen",
    "dotterdotter",
    "sonson",
];

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &["pat", "pt", "mr", "mrs", "ms", "dr", "st", "s:t", "nr"];

/// Titles: the next capitalised word is a name whatever it is.
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "fru", "herr"];

/// After a name, these mean it was an eponym: "Parkinsons sjukdom", "Bell's palsy".
const EPONYM_AFTER: &[&str] = &[
    "syndrom",
    "syndrome",
    "sjukdom",
    "disease",
    "palsy",
    "score",
    "scale",
    "kriterier",
    "criteria",
    "test",
    "tecken",
    "sign",
    "fenomen",
    "phenomenon",
    "reflex",
    "fraktur",
    "fracture",
    "tumör",
    "tumour",
    "lymfom",
    "lymphoma",
];

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}[\p{L}'’\-]*\.?").unwrap_or_else(|e| panic!("{e}")));

struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// First word of a sentence (capitalisation says nothing there).
    sentence_start: bool,
}

fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.clone().any(char::is_lowercase)
}

fn bare(w: &str) -> String {
    w.trim_end_matches('.')
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_lowercase()
}

pub(crate) fn find(text: &str, hits: &mut Vec<Hit>) {
    let lists = &*LISTS;
    let mut words: Vec<Word<'_>> = Vec::new();
    let mut prev_end = 0;
    for m in WORD.find_iter(text) {
        let gap = &text[prev_end..m.start()];
        let prev_ends_sentence = words
            .last()
            .is_some_and(|w: &Word<'_>| text[w.end..m.start()].contains(['.', '!', '?']));
        let sentence_start = words.is_empty()
            || gap.contains(['\n', '!', '?', ':', '*', '(', '"', ';'])
            || prev_ends_sentence;
        let t = m.as_str();
        // "pat." and "Mr." keep their dot (they are cues); any other word's dot ends a sentence.
        let stem = t.trim_end_matches('.');
        let t_trim = if t.ends_with('.') && !ABBREVIATIONS.contains(&stem.to_lowercase().as_str()) {
            stem
        } else {
            t
        };
        words.push(Word {
            text: t_trim,
            start: m.start(),
            end: m.start() + t_trim.len(),
            sentence_start,
        });
        prev_end = m.start() + t_trim.len();
    }
    let is_first = |w: &str| lists.first.contains(&bare(w));
    let is_last = |w: &str| lists.last.contains(&bare(w));
    let is_common = |w: &str| lists.common.contains(&bare(w));
    let eponym_next = |i: usize| {
        words
            .get(i + 1)
            .is_some_and(|n| EPONYM_AFTER.iter().any(|e| bare(n.text).starts_with(e)))
            || words[i].text.ends_with("s")
                && words
                    .get(i + 1)
                    .is_some_and(|n| bare(n.text) == "sjukdom" || bare(n.text) == "syndrom")
    };
    let after_saint = |i: usize| {
        i > 0
            && matches!(
                bare(words[i - 1].text).as_str(),
                "st" | "s:t" | "sankt" | "saint"
            )
    };

    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let lw = bare(w.text);
        // A cue counts only within the sentence: "...her husband. How..." is no name.
        let prev_cue =
            i > 0 && !w.sentence_start && CUES.contains(&bare(words[i - 1].text).as_str())
                || i > 0
                    && words[i - 1].text.ends_with('.')
                    && CUES.contains(&bare(words[i - 1].text).as_str());
        let prev_title = i > 0
            && TITLES.contains(&bare(words[i - 1].text).as_str())
            && (!w.sentence_start || words[i - 1].text.ends_with('.'));
        let cap = is_capitalised(w.text);
        let listed_first = is_first(w.text);
        let listed = listed_first || is_last(w.text);
        let common = is_common(w.text);
        // Two letters ("Na", "Bo", "Ed") name someone only after a cue.
        let short = w.text.chars().count() < 3;
        let name_here = if prev_title {
            cap && !NOT_NAMES.contains(&lw.as_str())
        } else if prev_cue {
            (cap && !NOT_NAMES.contains(&lw.as_str()) && (listed || !common))
                || (!cap && listed_first && !common && lw.chars().count() > 2)
        } else {
            cap && listed
                && !common
                && !short
                && !after_saint(i)
                && !eponym_next(i)
                && (listed_first || !w.sentence_start)
        };
        if !name_here {
            i += 1;
            continue;
        }
        // Extend over a following surname (or a second given name).
        let mut end = i;
        while let Some(n) = words.get(end + 1) {
            let gap = &text[words[end].end..n.start];
            let next_ok = is_capitalised(n.text)
                && !NOT_NAMES.contains(&bare(n.text).as_str())
                && !eponym_next(end + 1);
            if gap == " " && next_ok && (is_last(n.text) || is_first(n.text) || !is_common(n.text))
            {
                end += 1;
            } else {
                break;
            }
        }
        hits.push(Hit {
            range: w.start..words[end].end,
            category: Category::Name,
        });
        i = end + 1;
    }
}
