//! The detectors, one per kind of identifier. Each works on the visible,
//! normalised text and pushes hits; `check` maps them back to the source.
//! Order matters: when two hits cover the same stretch, the earlier detector
//! names the category.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{Category, Hit, names};

/// A detector pattern. `\d` and `\s` are taken as ASCII: the visible text is
/// NFKC-normalised with its spaces unified, digits are read as ASCII digits
/// anyway, and the Unicode classes make every automaton several times larger
/// (the scans then spend their time on cache misses).
fn re(pattern: &str) -> Regex {
    let ascii = pattern
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]");
    Regex::new(&ascii).unwrap_or_else(|e| panic!("detector pattern {pattern}: {e}"))
}

pub(crate) fn all(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    // Cue words are matched in an ASCII-lower-cased copy (same byte offsets):
    // case-insensitive patterns are several times slower.
    let lower = text.to_ascii_lowercase();
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    // Personal numbers need 10 digits close together, phones 8: most texts
    // have no such run, and those scans are the costly ones.
    let (run, group) = digit_runs(text);
    if group >= 10 {
        personal_ids(text, &mut hits);
    }
    emails(text, &lower, &mut hits);
    if digits {
        record_numbers(text, &lower, run, &mut hits);
        dates(text, &lower, &mut hits);
        if group >= 8 {
            phones(text, &mut hits);
        }
        addresses(text, &lower, &mut hits);
    }
    holidays(text, &lower, &mut hits);
    // Ages may be written in words ("nittiotreårig", "ninety-one").
    ages(text, &lower, &mut hits);
    names::find(text, &mut hits);
    hits
}

/// The longest run of digits, and the most digits in a stretch where single
/// spaces, dashes, dots, slashes, plus signs or brackets separate them
/// ("070-123 45 67", "19 85 03 12-1234").
fn digit_runs(text: &str) -> (usize, usize) {
    let (mut run, mut group, mut best_run, mut best_group) = (0, 0, 0, 0);
    let mut gap = 0;
    for b in text.bytes() {
        if b.is_ascii_digit() {
            run += 1;
            group += 1;
            gap = 0;
            best_run = best_run.max(run);
            best_group = best_group.max(group);
        } else {
            run = 0;
            gap += 1;
            let separator = matches!(b, b' ' | b'-' | b'.' | b'/' | b'+' | b'(' | b')');
            // "+46 (0)70": up to three separators in a row.
            if !separator || gap > 3 {
                group = 0;
            }
        }
    }
    (best_run, best_group)
}

/// Is the text just before `at` (within `window` bytes) one of these cue words?
fn cue_before(text: &str, at: usize, cues: &Regex, window: usize) -> bool {
    let mut from = at.saturating_sub(window);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    cues.is_match(&text[from..at])
}

/// True when the match is not glued to more digits (or letters) on either side.
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

/// The match starts a word: no letter or digit right before it. (Checked by
/// hand because a leading boundary in the pattern would defeat its prefilter.)
fn starts_word(text: &str, start: usize) -> bool {
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn digits_of(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

fn luhn_ok(d: &[u32]) -> bool {
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let p = if i % 2 == 0 { x * 2 } else { x };
            p / 10 + p % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

fn mod11_ok(d: &[u32]) -> bool {
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &x)| x * (10 - i as u32))
        .sum();
    let check = 11 - sum % 11;
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == d[9]
}

/// A real calendar date for two-digit years in either century.
fn real_date_yy(yy: u32, mm: u32, dd: u32) -> bool {
    [1900, 2000]
        .iter()
        .any(|c| NaiveDate::from_ymd_opt((c + yy) as i32, mm, dd).is_some())
}

static PNR: LazyLock<Regex> =
    LazyLock::new(|| re(r"((?:19|20|18)?\d{2}[ .]?\d{2}[ .]?\d{2}) ?([-+.])? ?(\d{3}) ?(\d)"));
static PNR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(pnr|p-nr|pers\.? ?nr|personnr|personnumm?er|personnummret|samordningsnummer|samordningsnr|id-?nr|idnummer|ssn|född|ID)\W{0,3}(\w+\W+){0,2}$",
    )
});
/// Just before a bare number: it is being called or texted.
static PHONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:ring|ringer|ringde|ringa|ringas|nås|nåd|tel|tfn|telefon|telefonnummer|mobil|mobilnummer|mob|sms|sms:a|smsa|call|called|phone|mobile|text|number|nummer|nr)\W{0,3}(?:\w+\W+){0,3}$",
    )
});
static NHS: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{3})([ -]?)(\d{3})([ -]?)(\d{4})"));
static NHS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(nhs|chi|health ?(and care)? ?number|patient number)\W{0,4}(\w+\W+){0,3}$")
});

/// A Swedish mobile number (070, 072, 073, 076, 079) written without spaces.
fn swedish_mobile(d: &[u32]) -> bool {
    d.len() == 10 && d[0] == 0 && d[1] == 7 && matches!(d[2], 0 | 2 | 3 | 6 | 9)
}

/// Personal numbers. A number that passes its check with a real birth date is
/// a personal number wherever it stands: random 10-digit numbers are rare in
/// case texts and pass Luhn plus a real date only about 1 time in 137, while a
/// missed personnummer costs a patient's privacy. A number in personnummer
/// layout (`YYMMDD-NNNN`, `YYYYMMDD-NNNN`, `+`) with a real date is one even
/// when the check digit fails: a mistyped personnummer still gives the birth
/// date and most of the number.
fn personal_ids(text: &str, hits: &mut Vec<Hit>) {
    // Plain matches, taken apart by hand: resolving capture groups for every
    // run of digits costs more than the rest of the check.
    for m in PNR.find_iter(text) {
        if !standalone(text, m.start(), m.end()) {
            continue;
        }
        let all_digits = digits_of(m.as_str());
        if all_digits.len() < 10 {
            continue;
        }
        let (date, serial) = all_digits.split_at(all_digits.len() - 4);
        let sep = m.as_str().contains(['-', '+']).then_some(());
        let (cc, yy, mm, dd) = match date.len() {
            6 => (
                None,
                date[0] * 10 + date[1],
                date[2] * 10 + date[3],
                date[4] * 10 + date[5],
            ),
            8 => (
                Some(date[0] * 10 + date[1]),
                date[2] * 10 + date[3],
                date[4] * 10 + date[5],
                date[6] * 10 + date[7],
            ),
            _ => continue,
        };
        let day = if dd > 60 { dd - 60 } else { dd };
        let real = match cc {
            Some(cc) => NaiveDate::from_ymd_opt((cc * 100 + yy) as i32, mm, day).is_some(),
            None => real_date_yy(yy, mm, day),
        };
        if !real {
            continue;
        }
        let ten: Vec<u32> = date[date.len() - 6..]
            .iter()
            .chain(serial.iter())
            .copied()
            .collect();
        let layout = sep.is_some();
        let plain = m.as_str().bytes().all(|b| b.is_ascii_digit());
        if !luhn_ok(&ten) && !layout {
            continue;
        }
        // "0701234567" called or texted is a mobile number, not a birth in 2007.
        if plain
            && swedish_mobile(&ten)
            && !cue_before(text, m.start(), &PNR_CUE, 40)
            && cue_before(text, m.start(), &PHONE_CUE, 40)
        {
            continue;
        }
        hits.push(Hit {
            range: m.range(),
            category: Category::PersonalId,
        });
    }
    for m in NHS.find_iter(text) {
        if !standalone(text, m.start(), m.end()) {
            continue;
        }
        let d = digits_of(m.as_str());
        if !mod11_ok(&d) {
            continue;
        }
        // "943 476 5919" or "943-476-5919": the same separator twice.
        let b = m.as_str().as_bytes();
        let spaced = b.len() == 12 && b[3] == b[7] && matches!(b[3], b' ' | b'-');
        let chi_date = real_date_yy(d[4] * 10 + d[5], d[2] * 10 + d[3], d[0] * 10 + d[1]);
        // 010000000-3112999999 is Scotland's CHI range: those start with a birth date.
        let in_chi_range = (1..=31).contains(&(d[0] * 10 + d[1]));
        if in_chi_range && !chi_date {
            continue;
        }
        // England and Wales issue NHS numbers from 400-499 and 600-799 million,
        // Northern Ireland its Health and Care Numbers from 320-399 million.
        let prefix = d[0] * 100 + d[1] * 10 + d[2];
        let issued = (320..=499).contains(&prefix) || (600..=799).contains(&prefix);
        let cue = cue_before(text, m.start(), &NHS_CUE, 50);
        // A spaced 0xx number is a phone number far more often than an NHS number.
        if issued || chi_date || (spaced && d[0] != 0) || cue {
            hits.push(Hit {
                range: m.range(),
                category: Category::PersonalId,
            });
        }
    }
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}"));
/// Written so that a machine would not see it: "m.ellison (at) gmail (dot) com",
/// "karin[at]telia.se", "jane at hotmail dot co dot uk", "per snabel-a telia punkt se".
static EMAIL_OBFUSCATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[\w.%+\-]*\w\s*(?:\(\s*(?:at|@|snabel-?a)\s*\)|\[\s*(?:at|@|snabel-?a)\s*\]|\{\s*(?:at|@)\s*\}|<\s*(?:at|@)\s*>|\s(?:at|snabel-?a)\s|\s@\s)\s*[\w\-]+(?:\s*(?:\(\s*(?:dot|punkt)\s*\)|\[\s*(?:dot|punkt)\s*\]|\{\s*(?:dot|punkt)\s*\}|\s(?:dot|punkt)\s|\.)\s*[\w\-]+)*?\s*(?:\(\s*(?:dot|punkt)\s*\)|\[\s*(?:dot|punkt)\s*\]|\{\s*(?:dot|punkt)\s*\}|\s(?:dot|punkt)\s|\.)\s*(?:com|se|org|net|nu|uk|info|eu|de|fi|no|dk|io|me|edu|gov|nhs)(?-u:\b)",
    )
});

fn emails(text: &str, lower: &str, hits: &mut Vec<Hit>) {
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            hits.push(Hit {
                range: m.range(),
                category: Category::Email,
            });
        }
    }
    // An obfuscated address needs one of its markers somewhere.
    let markers = [
        "(at", "[at", "{at", "<at", "snabel", "(@", "[@", " @ ", "dot", "punkt",
    ];
    if !markers.iter().any(|m| lower.contains(m)) {
        return;
    }
    for m in EMAIL_OBFUSCATED.find_iter(lower) {
        let s = m.as_str();
        // Plain " at " and "." alone is ordinary prose ("seen at home.com" is rare,
        // "at 3. com" never): it needs an obfuscated "at" or "dot" besides.
        let marked = s.contains("(at)")
            || s.contains("[at]")
            || s.contains("{at}")
            || s.contains("<at>")
            || s.contains("snabel")
            || s.contains("dot")
            || s.contains("punkt")
            || s.contains('@')
            || s.contains(['(', '[']);
        if marked && starts_word(text, m.start()) {
            hits.push(Hit {
                range: m.range(),
                category: Category::Email,
            });
        }
    }
}

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\+ ?\d{1,3}|00\d{2}|\(0|0)[\d \-()]{5,18}\d"));

/// Public services, never a patient's own number: free and shared-cost lines
/// (Swedish 020, 0200, 0771; UK 0800, 0808, 03xx, 084x, 087x) and a few
/// services on ordinary numbers. An allow-list: each is a known kind of number.
fn service_number(national: &[u32], uk: bool, se: bool) -> bool {
    const EXACT: &[&str] = &[
        "0104566700", // Giftinformationscentralen
        "087021680",  // Jourhavande medmänniska
        "0771117700", // 1177 Vårdguiden from abroad
        "08001111",   // Childline
    ];
    let s: String = national
        .iter()
        .map(|d| char::from(b'0' + *d as u8))
        .collect();
    let prefixes_se = ["020", "0200", "0771", "0900", "0939", "0944"];
    let prefixes_uk = [
        "0800", "0808", "0500", "0300", "0303", "0330", "0333", "0343", "0344", "0345", "0370",
        "0371", "0843", "0844", "0845", "0870", "0871", "0872", "0873",
    ];
    // Swedish numbers have at most 10 digits; UK ones (London 020 …) 11.
    EXACT.contains(&s.as_str())
        || (!uk && s.len() <= 10 && prefixes_se.iter().any(|p| s.starts_with(p)))
        // A UK non-geographic number has 10 or 11 digits; Stockholm's 08-712 33 90 has 9.
        || (!se && s.len() >= 10 && prefixes_uk.iter().any(|p| s.starts_with(p)))
}

/// A UK mobile typed with the letter o for its first zero: "o7700 900418".
static MOBILE_WITH_O: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[oO]7\d{3} ?\d{3} ?\d{3}(?-u:\b)"));

fn phones(text: &str, hits: &mut Vec<Hit>) {
    if text.contains("o7") || text.contains("O7") {
        for m in MOBILE_WITH_O.find_iter(text) {
            hits.push(Hit {
                range: m.range(),
                category: Category::Phone,
            });
        }
    }
    for m in PHONE.find_iter(text) {
        let s = m.as_str().trim_end_matches([' ', '-']);
        let (start, end) = (m.start(), m.start() + s.len());
        if !standalone(text, start, end) {
            continue;
        }
        let plain = s.replace("(0)", "");
        let d = digits_of(&plain);
        if plain.starts_with("000") {
            continue;
        }
        let international = plain.strip_prefix('+').or_else(|| plain.strip_prefix("00"));
        let country = international.map(|r| digits_of(r).into_iter().take(2).collect::<Vec<_>>());
        let uk = country.as_deref() == Some(&[4, 4]);
        let se = country.as_deref() == Some(&[4, 6]);
        let (ok, national) = if let Some(rest) = international {
            let rest_d = digits_of(rest);
            let ok = match (rest_d.first(), rest_d.get(1)) {
                (Some(4), Some(6)) => (9..=11).contains(&rest_d.len()),
                (Some(4), Some(4)) => (11..=12).contains(&rest_d.len()),
                _ => (8..=15).contains(&rest_d.len()),
            };
            let national: Vec<u32> = if rest_d.len() > 2 && matches!(rest_d[..2], [4, 6] | [4, 4]) {
                std::iter::once(0)
                    .chain(rest_d[2..].iter().copied())
                    .collect()
            } else {
                Vec::new()
            };
            (ok, national)
        } else {
            // National numbers: Swedish 0 + 7-9 digits, UK 0 + 9-10 digits.
            (
                d.first() == Some(&0) && d.get(1) != Some(&0) && (8..=11).contains(&d.len()),
                d.clone(),
            )
        };
        // Ten digits in one run that pass the personnummer check with a real
        // date are a personal number (found by the personal-number scan), even
        // when they start with 0 like a phone: everyone born 2000–2009.
        // Written as one run of digits, not grouped as a phone number is.
        let one_run = !s.trim_start_matches('(').contains([' ', '-']);
        let personal = international.is_none() && one_run && d.len() == 10 && luhn_ok(&d) && {
            let (yy, mm, dd) = (d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
            real_date_yy(yy, mm, dd) || (dd > 60 && real_date_yy(yy, mm, dd - 60))
        };
        // Spaces inside must look like a phone's grouping, not a list of values.
        let groups = s.split([' ', '-']).filter(|g| !g.is_empty()).count();
        if ok && !personal && groups <= 5 && !service_number(&national, uk, se) {
            hits.push(Hit {
                range: start..end,
                category: Category::Phone,
            });
        }
    }
}

static SV_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[a-zåäöéüÅÄÖÉÜ]{2,}(?:gatan|vägen|gata|väg|gränd|gränden|stigen|backe|backen|torget|torg|allén|allé|leden|platsen|stråket|kajen|esplanaden|promenaden|gången|slingan|ringen|liden|höjden|parken|svängen|kroken|hagen|backarna|branten|malmen|udden|gärdet|ängen|lunden|terrassen|trappan|bron)\s+\d{1,4}(?:\s?[a-h](?-u:\b))?(?:,?\s*(?:lgh|lägenhet)\.?\s*\d{3,4})?",
    )
});
static SV_STREET_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:gata|väg|gränd|stig|backe|torg|allé|leden|platsen|stråket|kajen|esplanaden|promenaden|gången|slingan|ringen|liden|höjden|parken|svängen|kroken|hagen|backarna|branten|malmen|udden|gärdet|ängen|lunden|terrassen|trappan|bron)",
    )
});
static UK_STREET_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Place|Court|Gardens|Terrace|Grove|Square|Walk|Mews|Row|Rd|St|Ave|Hill|Park|View|Rise|Green|Parade)",
    )
});
static SV_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[1-9]\d{2} ?\d{2}\s+[A-ZÅÄÖ][a-zåäö]{2,}"));
static UK_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Place|Court|Gardens|Terrace|Grove|Square|Walk|Mews|Row|Rd|St|Ave|Hill|Park|View|Rise|Green|Parade)(?-u:\b)",
    )
});
/// Typed without capitals: "14 albert road", "ls6 2ab". Fewer street words
/// (not "way", "close", "drive": "2 puffs each way") and the postcode's own
/// letters (the inward code never has c, i, k, m, o or v: "b12 5mg" is a dose).
static UK_STREET_LOWER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)\d{1,4}[a-z]?,?\s+((?:[a-z][a-z']+\s+){1,2})(?:road|street|lane|avenue|crescent|terrace|gardens|grove|mews)(?-u:\b)",
    )
});
static UK_POSTCODE_LOWER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[a-pr-uwyz][a-hk-y]?\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}(?-u:\b)"));
/// Words that may stand between a number and "lane" in prose: "3 miles down the lane".
const NOT_STREET_NAMES: &[&str] = &[
    "the", "a", "of", "down", "up", "in", "on", "to", "at", "by", "from", "her", "his", "my",
    "our", "their", "along", "miles", "mile", "minutes", "mins", "times", "years", "yards",
    "metres", "houses", "doors", "same", "fast", "slow", "bus",
];
static UK_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?-u:\b)"));
static STREET_WORD_LOWER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"heol|ffordd|stryd|lôn|rhodfa|cilgant|teras|road|street|lane|avenue|crescent|terrace|gardens|grove|mews",
    )
});
/// Welsh streets put the street word first: "12 Heol y Nant", "3 Ffordd Las".
static WELSH_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)\d{1,4},?\s+(?:heol|ffordd|stryd|lôn|lon|rhodfa|cilgant|teras)\s+(?:(?:y|yr|'r)\s+)?\p{L}[\p{L}'-]+",
    )
});

fn addresses(text: &str, lower: &str, hits: &mut Vec<Hit>) {
    let mut push = |range: std::ops::Range<usize>| {
        hits.push(Hit {
            range,
            category: Category::Address,
        })
    };
    // The street words first (a quick literal search), the full patterns only then.
    if SV_STREET_WORD.is_match(lower) {
        SV_STREET.find_iter(lower).for_each(|m| push(m.range()));
    }
    if UK_STREET_WORD.is_match(text) {
        UK_STREET.find_iter(text).for_each(|m| push(m.range()));
    }
    // "LS6 2QT" has a capital before a digit; "831 91 Östersund" three digits.
    let b = text.as_bytes();
    if b.windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_digit())
    {
        UK_POSTCODE.find_iter(text).for_each(|m| push(m.range()));
    }
    if b.windows(3).any(|w| w.iter().all(u8::is_ascii_digit)) {
        SV_POSTCODE.find_iter(text).for_each(|m| push(m.range()));
    }
    // One scan for the street words of Welsh and lower-case addresses.
    let (mut welsh, mut street_word) = (false, false);
    for m in STREET_WORD_LOWER.find_iter(lower) {
        match m.as_str() {
            "heol" | "ffordd" | "stryd" | "lôn" | "rhodfa" | "cilgant" | "teras" => welsh = true,
            _ => street_word = true,
        }
    }
    if welsh {
        WELSH_STREET.find_iter(text).for_each(|m| push(m.range()));
    }
    for c in UK_STREET_LOWER
        .captures_iter(text)
        .take(if street_word { usize::MAX } else { 0 })
    {
        let prose = c.get(1).is_some_and(|w| {
            w.as_str()
                .split_whitespace()
                .any(|w| NOT_STREET_NAMES.contains(&w))
        });
        if !prose {
            push(c.get_match().range());
        }
    }
    if b.windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_digit())
    {
        UK_POSTCODE_LOWER
            .find_iter(text)
            .for_each(|m| push(m.range()));
    }
}

const SV_MONTHS: &str = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec";
const EN_MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{4})-(\d{1,2})-(\d{1,2})(?-u:\b)"));
static NUM_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})(?-u:\b)"));
static SV_SHORT_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})/(\d{1,2}) ?-(\d{2})(?-u:\b)"));
static TEXT_DATE_US: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)({EN_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
    ))
});
static DOB_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:född|född den|f\.|dob|d\.o\.b\.?|date of birth|born(?: on)?|födelsedatum|fdat)\s*:?\s*(?:the\s+)?(\d{{1,2}}(?:st|nd|rd|th|:e|:a)?\s+(?:of\s+)?(?:{SV_MONTHS}|{EN_MONTHS})|\d{{1,2}}/\d{{1,2}}|\d{{6}}|\d{{8}})(?-u:\b)"
    ))
});

/// A day and month without a year: "3 november", "12th March", "the 5th of May".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th|:e|:a|e)?\.?\s+(?:of\s+)?({SV_MONTHS}|{EN_MONTHS})(?-u:\b)\.?(?:,?\s+(?:(\d{{4}})(?-u:\b)|-(\d{{2}})(?-u:\b)))?"
    ))
});
/// Some month's name starts a word: the textual date patterns can match.
static MONTH_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"));
/// "March 12th", "on May 3": the English order, with a capitalised month.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)",
    )
});
/// "5/4", "12/3" as a date needs a visit word just before it ("återbesök 5/4",
/// "seen on 12/3"): alone it is a score, a ratio or the UK's "2/7" (two days).
static SHORT_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?-u:\b)"));
static SHORT_DATE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:den|on|återbesök|återbesöket|besök|besöket|besökte|sökte|söker|kom|kom in|inkom|inlagd|inlades|inskriven|utskriven|admitted|discharged|seen|reviewed|attended|appointment|appt|tid|tiden|bokad|bokades|booked|kontroll|ringde|called|since|sedan|from|från|fr\.?o\.?m\.?|t\.?o\.?m\.?|till|datum|date|dat|opererad|operated|op|provtagning|prover|bloods|röntgen|x-?ray|scan|mri|ct|dt|hembesök|visit|visited|akuten|a&e|jouren|died|dog|avled|föll|fell|fall|insjuknade|debut|onset|planerad|planned|scheduled|sjukskriven|signed off|återkommer|uppföljning|follow-?up|review)\s*:?\s*$",
    )
});
/// A day of this month as an ordinal, after a weekday or a visit word: "on
/// Friday 19th", "booked for 27th", "den 19:e". ("The 27th centile" is not one.)
static DAY_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:(?:on|for|by|until|till|from|since|den|på|sedan|från)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+(?:den\s+)?)?(?:the\s+)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+den\s+)((?:[12]?\d|3[01])(?:st|nd|rd|th|:e|:a))(?-u:\b)(?:\s+(?:centile|percentile|week|weeks|birthday|anniversary|time|times|gången|veckan|percentilen))?",
    )
});
/// Holidays as days of a visit: "på julafton", "on Boxing Day".
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:julafton|juldagen|juldag|annandag jul|annandagen|nyårsafton|nyårsdagen|nyårsnatten|trettondagen|trettondagsafton|trettondag jul|långfredagen|påskafton|påskdagen|annandag påsk|valborgsmässoafton|valborg|första maj|nationaldagen|midsommarafton|midsommardagen|midsommar|allhelgonadagen|alla helgons dag|luciadagen|lucia|mors dag|fars dag|christmas eve|christmas day|boxing day|new year's eve|new year's day|new years eve|new years day|new year’s eve|new year’s day|hogmanay|good friday|easter sunday|easter monday|easter saturday|easter day|bonfire night|guy fawkes night|st\.? patrick's day|burns night|halloween|valentine's day|mother's day|father's day)(?:[^\p{L}]|$)",
    )
});
/// Just before a holiday: "på", "on", "the night of" — a day of a visit.
static HOLIDAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[^\p{L}])(?:på|on|under|at|den|kvällen|natten|morgonen|eftermiddagen)\s+(?:the\s+)?$")
});
/// In the same sentence, a date that is not about the patient: a course, a
/// meeting of the group, a guideline, the author's own leave.
static NOT_PATIENT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:kurs|kursen|kurser|course|courses|webinar|webbinarium|webinarium|webbinar|möte|mötet|gruppmöte|gruppmötet|nätverksmöte|nätverksträff|gruppträff|gruppträffen|heldag|halvdag|kursdag|kursdagen|temadag|temadagen|meeting|träff|träffen|fq|fq-träff|fq-gruppen|utbildning|utbildningen|utbildningsdag|konferens|konferensen|conference|seminar|seminarium|seminariet|workshop|föreläsning|föreläsningen|lecture|deadline|sista dag|sista dagen|ansökan|anmälan|anmäl|register|registration|guideline|guidelines|riktlinje|riktlinjen|riktlinjer|rekommendation|rekommendationen|rekommendationerna|(?-i:NICE|SIGN|SBU)|socialstyrelsen|läkemedelsverket|published|publicerad|publicerades|updated|uppdaterad|uppdaterades|uppdateringen|gäller från|trädde i kraft|in force|came into force|launch|lanseras|lanserades|release|vi ses|see you|senast|deadline|alert|varning|induction|introduktion|study day|diaries|diary|kalendern|save the date|nästa gång|next time|next session|next meeting|nästa träff|träffas|meet|meets|we meet|gruppen|our group|vår grupp|semester|semestern|ledig|on leave|annual leave|appraisal|revalidation|exam|exams|tentamen|examen|akp|mrcgp|ppd|cpd|st-dag|st-dagen|handledning|handledningen|supervision|journal club|teaching|undervisning|session|sessionen|sessions|teams|zoom|artikel|artikeln|article|läkartidningen|tidskrift|chair|agenda|dagordning|studiedag|planeringsdag|kickoff|personalmöte|apt|arbetsplatsträff|stämma|årsmöte|agm|rcgp|sfam|bma|deadline)(?:[^\p{L}]|$)",
    )
});

/// The sentence around `range`: from the last sentence end before it to the
/// next one after it.
fn sentence_around(text: &str, range: std::ops::Range<usize>) -> &str {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n' | ';');
    let mut start = text[..range.start].rfind(is_end).map_or(0, |i| i + 1);
    // "3 nov." or "12th." are not sentence ends worth stopping at before the date.
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let end = text[range.end..]
        .find(is_end)
        .map_or(text.len(), |i| range.end + i);
    &text[start..end]
}

fn about_the_patient(text: &str, range: std::ops::Range<usize>) -> bool {
    !NOT_PATIENT_DATE.is_match(sentence_around(text, range))
}

fn valid_day_month(d: u32, m: u32) -> bool {
    NaiveDate::from_ymd_opt(2024, m, d).is_some()
}

fn month_number(name: &str) -> Option<u32> {
    let n: String = name.to_lowercase().chars().take(3).collect();
    let months = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let n = match n.as_str() {
        "may" => "maj",
        "oct" => "okt",
        other => other,
    };
    months.iter().position(|m| *m == n).map(|i| i as u32 + 1)
}

fn full_year(y: &str) -> i32 {
    let v: i32 = y.parse().unwrap_or(0);
    if y.len() == 2 {
        if v > 40 { 1900 + v } else { 2000 + v }
    } else {
        v
    }
}

/// Which separators stand between two digits somewhere ("5/4", "2024-01-09",
/// "3.4.24"): the numeric date patterns need one.
fn digit_separators(text: &str) -> (bool, bool, bool) {
    let (mut slash, mut dash, mut dot) = (false, false, false);
    for w in text.as_bytes().windows(3) {
        if w[0].is_ascii_digit() && w[2].is_ascii_digit() {
            match w[1] {
                b'/' => slash = true,
                b'-' => dash = true,
                b'.' => dot = true,
                _ => {}
            }
        }
    }
    (slash, dash, dot)
}

fn dates(text: &str, lower: &str, hits: &mut Vec<Hit>) {
    let mut push = |range: std::ops::Range<usize>| {
        hits.push(Hit {
            range,
            category: Category::Date,
        })
    };
    let (slash, dash, dot) = digit_separators(text);
    if dash {
        for c in ISO_DATE.captures_iter(text) {
            let (y, m, d) = (
                c[1].parse().unwrap_or(0),
                c[2].parse().unwrap_or(0),
                c[3].parse().unwrap_or(0),
            );
            if (1880..=2100).contains(&y) && NaiveDate::from_ymd_opt(y, m, d).is_some() {
                push(c.get_match().range());
            }
        }
    }
    if slash || dash || dot {
        for c in NUM_DATE.captures_iter(text) {
            if c[2] != c[4] {
                continue;
            }
            let (a, b) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
            let y = full_year(&c[5]);
            let valid = NaiveDate::from_ymd_opt(y, b, a).is_some()
                || NaiveDate::from_ymd_opt(y, a, b).is_some();
            if valid && (1880..=2100).contains(&y) {
                push(c.get_match().range());
            }
        }
    }
    if slash {
        for c in SV_SHORT_DATE.captures_iter(text) {
            let (d, m) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            if NaiveDate::from_ymd_opt(full_year(&c[3]), m, d).is_some() {
                push(c.get_match().range());
            }
        }
    }
    // A month's name with a number just before it ("3 november", "12th of
    // March") or just after it ("March 12th"): most texts that name a month
    // (or say "mark", "may", "decided") have neither, and the patterns that
    // take a date apart would otherwise read the whole text each.
    let (mut day_before, mut day_after) = (false, false);
    for m in MONTH_WORD.find_iter(lower) {
        let pre = lower[..m.start()].trim_end();
        let pre = pre.strip_suffix("of").unwrap_or(pre).trim_end();
        day_before |= pre.as_bytes().iter().rev().take(6).any(u8::is_ascii_digit);
        let rest = lower[m.start()..]
            .trim_start_matches(char::is_alphabetic)
            .trim_start_matches('.')
            .trim_start();
        day_after |= rest.starts_with(|c: char| c.is_ascii_digit());
        if day_before && day_after {
            break;
        }
    }
    if day_before {
        for c in DAY_MONTH.captures_iter(lower) {
            let m = c.get_match();
            let d = c[1].parse().unwrap_or(0);
            let year = c.get(3).or(c.get(4)).map(|y| full_year(y.as_str()));
            if let Some(y) = year {
                // With its year: a date whatever it is about.
                if month_number(&c[2]).is_some_and(|mo| NaiveDate::from_ymd_opt(y, mo, d).is_some())
                {
                    let start = c.get(1).map_or(m.start(), |g| g.start());
                    push(start..m.end());
                }
                continue;
            }
            if !starts_word(text, m.start()) {
                continue;
            }
            // "the 2 may be related": the English modal is not a month.
            if month_number(&c[2]).is_some_and(|mo| valid_day_month(d, mo))
                && c.get(2).is_some_and(|g| &text[g.range()] != "may")
                && about_the_patient(text, m.range())
            {
                push(m.range());
            }
        }
    }
    if day_after {
        for c in TEXT_DATE_US.captures_iter(lower) {
            let d = c[2].parse().unwrap_or(0);
            let y = full_year(&c[3]);
            if month_number(&c[1]).is_some_and(|m| NaiveDate::from_ymd_opt(y, m, d).is_some()) {
                push(c.get_match().range());
            }
        }
    }
    // A digit with an ordinal ending: "19th", "2nd", "19:e".
    let ordinal = lower.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_digit()
            && matches!(
                [w[1], w[2]],
                [b's', b't']
                    | [b'n', b'd']
                    | [b'r', b'd']
                    | [b't', b'h']
                    | [b':', b'e']
                    | [b':', b'a']
            )
    });
    if ordinal {
        for c in DAY_ORDINAL.captures_iter(text) {
            let (Some(day), m) = (c.get(1), c.get_match()) else {
                continue;
            };
            // "the 27th centile", "his 19th birthday": counted, not a day.
            let counted = m.end() > day.end();
            let rest = lower[day.end()..].trim_start();
            let rest = rest.strip_prefix("of ").unwrap_or(rest);
            let followed_by_month = MONTH_WORD.is_match(rest.get(..3).unwrap_or(""));
            if !counted && !followed_by_month && about_the_patient(text, day.range()) {
                push(day.range());
            }
        }
    }
    for c in DOB_DAY_MONTH.captures_iter(lower) {
        if starts_word(text, c.get_match().start())
            && let Some(date) = c.get(1)
        {
            push(date.range());
        }
    }
    if day_after {
        for c in MONTH_DAY.captures_iter(text) {
            let m = c.get_match();
            let d = c[2].parse().unwrap_or(0);
            // "May 5" is a date; "may 5" is not written with a capital mid-sentence
            // unless it is one, but "May" may open a sentence as a verb: "May 2 be…" is rare.
            if month_number(&c[1]).is_some_and(|mo| valid_day_month(d, mo))
                && !text[m.end()..].trim_start().starts_with(['%', '/'])
                && about_the_patient(text, m.range())
            {
                push(m.range());
            }
        }
    }
    if slash {
        for c in SHORT_DATE.captures_iter(text) {
            let m = c.get_match();
            let (d, mo) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            if !valid_day_month(d, mo) {
                continue;
            }
            // Part of a longer date, a fraction or a ratio: "1/2/2024", "3/4-dels", "5/5 strength".
            let after = &text[m.end()..];
            if after.starts_with(['/', '-', '.', ','])
                && after[1..].starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let before = &text[..m.start()];
            if before.ends_with(['/', '.', ',']) || before.ends_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let lower_after = after
                .trim_start()
                .chars()
                .take(10)
                .collect::<String>()
                .to_lowercase();
            if [
                "ago", "sedan", "hx", "history", "duration", "of", "dels", "av", "away", "later",
                "time", "wait", "post", "hence", "framåt", "senare", "bort",
            ]
            .iter()
            .any(|w| lower_after.starts_with(w))
            {
                continue;
            }
            if cue_before(text, m.start(), &SHORT_DATE_CUE, 30)
                && about_the_patient(text, m.range())
            {
                push(m.range());
            }
        }
    }
}

fn holidays(text: &str, lower: &str, hits: &mut Vec<Hit>) {
    for m in HOLIDAY.find_iter(lower) {
        let name = m.as_str().trim_end_matches(|c: char| !c.is_alphabetic());
        let h = m.start()..m.start() + name.len();
        if starts_word(text, h.start)
            && cue_before(lower, h.start, &HOLIDAY_BEFORE, 40)
            && about_the_patient(text, h.clone())
        {
            hits.push(Hit {
                range: h,
                category: Category::Date,
            });
        }
    }
}

const SV_NINETY: &str = "nittio(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?|hundra(?:ett|en|två|tre|fyra|fem)?|etthundra(?:ett|en|två|tre)?";
const EN_NINETY: &str = "ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred(?: and (?:one|two|three|four|five))?";

static AGE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(9\d|1[01]\d) ?(?:-|‐)? ?(?:åriga?|åringen|åring|år(?-u:\b)|års(?-u:\b)|years?[ -]old|year-old|yrs?(?-u:\b)|yo(?-u:\b)|y/o|y\.o\.?|(?-i:[MFK])(?-u:\b))",
    )
});
static AGE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:aged?|[åÅ]lder:?|age:|(?:(?:a|an|the) )?(?:lady|woman|man|gentleman|gent|chap|patient|widow|widower) of|(?:she|he|they|patient|the patient|hon|han|hen|patienten|mannen|kvinnan|pappan|mamman|damen|herren|mormor|farmor|morfar|farfar|mum|dad|gran|grandma|grandad|grandpa|nan) (?:is|was|turned|turns|är|var|fyller|fyllde|blir|blev|has turned|is now|är nu|had just turned|har fyllt|hade fyllt)|she's|he's|she is|he is|died at|dog vid|avled vid|passed away at|är alltså|är faktiskt|är redan|is actually|is already|is nearly|is almost|hes|shes|she'll be|he'll be|she’ll be|he’ll be|she will be|he will be|who is|who's|who was|who turned|who turns|who will be|som är|som var|som blir|som fyllde|som fyller|som har fyllt|turned|turns|fyllde|fyller|fyllt|fylla|har fyllt|just turned|är hela|is all of)\s+(9\d|1[01]\d|{EN_NINETY}|{SV_NINETY})(?-u:\b)"
    ))
});
/// Ages over 89 in a Markdown table's "Age" / "Ålder" column (read in the
/// source, where the table still is).
pub(crate) fn ages_in_a_table_column(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut column: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let row = line.trim_end();
        if !row.trim_start().starts_with('|') {
            column = None;
            continue;
        }
        let cells: Vec<(usize, &str)> = row
            .match_indices('|')
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
            .windows(2)
            .map(|w| (w[0] + 1, &row[w[0] + 1..w[1]]))
            .collect();
        let header = cells.iter().position(|(_, c)| {
            matches!(
                c.trim().to_lowercase().as_str(),
                "age" | "ålder" | "år" | "years" | "age (years)" | "ålder (år)"
            )
        });
        if header.is_some() {
            column = header;
            continue;
        }
        if let Some(k) = column
            && let Some((at, cell)) = cells.get(k)
        {
            let value = cell.trim();
            let n: u32 = value.parse().unwrap_or(0);
            if (90..=119).contains(&n) {
                let inner = at + cell.find(value).unwrap_or(0);
                out.push(start + inner..start + inner + value.len());
            }
        }
    }
    out
}

/// An age listed after a birth date: "Bill Hargreaves, DOB 03/02/1932, 94, at ...".
static AGE_AFTER_DOB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:dob|d\.o\.b\.?|född|born|f\.)\s*:?\s*[\d./\- ]{6,12}(?:\s+\p{L}+\s+\d{4})?,\s*(9\d|1[01]\d)(?:,|\s|\.|$)",
    )
});
/// The age someone died at: "she died peacefully in her own bed at 97".
static DIED_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:died|dog|avled|passed away)(?-u:\b)[^.\n]{0,40}?(?-u:\b)(?:at|vid) (?:the age of |åldern )?(9\d|1[01]\d)(?-u:\b)",
    )
});
/// A name as the subject: "Karin är 93", "Harold, 94,", "Elsie (96)".
static AGE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(\p{{L}}\p{{Ll}}+)(?:,?\s+(?:är|var|is|was|turned|turns|fyllde|fyller|blir|blev|har fyllt)\s+|,\s*|\s*\()(9\d|1[01]\d|{EN_NINETY}|{SV_NINETY})(?:\)|,|\s|\.|$)"
    ))
});
static AGE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?-u:\b)(?:{SV_NINETY})(?:-?åriga?|-?åringen|-?åring|\s+års?(?-u:\b))|(?-u:\b)(?:{EN_NINETY})(?:[- ]years?[- ]old|[- ]year[- ]old|\s+years?(?-u:\b)|[- ]yo(?-u:\b))"
    ))
});
static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:%|mg|mmol|kg|cm|ml|g(?-u:\b)|mm|bpm|slag|/min|procent|per|-\s*\d|–\s*\d|till\s+\d|to\s+\d|\d)",
    )
});
/// Just before an age: a range or a bound, so not an exact age ("85–90-åringar",
/// "aged 85-95", "över 90 år", "over 90s").
static AGE_NOT_EXACT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\d\s*(?:-|–|till|to|and|och|or|eller)\s*|(?:över|over|above|under|below|äldre än|older than|yngre än|younger than|upp till|up to|>|<|≥|≤|>=|<=|minst|at least|från|from|mellan|between)\s*)$",
    )
});
/// Just after the unit: an age group, not a person ("90-årsåldern", "93-åringar").
fn age_group_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest_lower: String = rest.chars().take(8).collect::<String>().to_lowercase();
    rest_lower.starts_with("åldern")
        || rest_lower.starts_with("ålder")
        || rest_lower.starts_with("talet")
        || rest_lower.starts_with("ar")
        || rest_lower.starts_with("s ")
        || rest_lower.starts_with("-talet")
        || rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with(['-', '–'])
            && rest[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit()))
}

fn not_exact(text: &str, start: usize) -> bool {
    cue_before(text, start, &AGE_NOT_EXACT_BEFORE, 24)
}

/// Is there a number from 90 to 119 standing alone somewhere? Most texts have none.
fn has_number_over_89(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len()).any(|i| {
        let start = i == 0 || !b[i - 1].is_ascii_digit();
        start
            && ((b[i] == b'9' && digit(i + 1) && !digit(i + 2))
                || (b[i] == b'1'
                    && matches!(b.get(i + 1), Some(b'0' | b'1'))
                    && digit(i + 2)
                    && !digit(i + 3)))
    })
}

/// An age from ninety up written in words, standing alone: "exactly
/// ninety-one", "who is ninety-six", "nittiotre och pigg". (Not "hundra"
/// alone, which counts far more often than it ages.)
static AGE_WORD_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred and (?:one|two|three|four|five)|nittio(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?|hundra(?:ett|en|två|tre|fyra|fem)|etthundra(?:ett|en|två|tre)?)",
    )
});
/// After a number word: what it counts or measures, so no age.
static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:-\p{L}|\s*(?:%|/|-?\s*\d|per(?-u:\b)|percent|procent|minut|min(?-u:\b)|mins|sekund|second|secs|hour|hrs|timm|dygn|dag|day|vecka|veckor|week|månad|month|gång|ggr|times|patient|people|person|mg|mcg|µg|ml|kg|g(?-u:\b)|mm|cm|meter|metre|km|mile|yard|kilo|kronor|kr(?-u:\b)|pound|pence|euro|beats|slag|bpm|units|enheter|tablet|tabs|pills|cig|degree|grader|over(?-u:\b)|of(?-u:\b)|av(?-u:\b)|out of|steps|steg|år sedan|years ago))",
    )
});
/// Just before a number word: a measurement, not an age ("pulse of ninety").
static MEASURE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:bp|bt|blodtryck|blood pressure|systolic|systoliskt|diastolic|diastoliskt|pulse|puls|pulsen|hr|heart rate|rate|sats?|saturation|saturating|saturerar|weight|weighs|vikt|väger|score|mmse|moca|temp|glucose|sugar|sodium|natrium|egfr|gfr|ef|of|av|about|around|cirka|ca|nearly|almost|nästan|drygt)\s*(?:of|på|was|is|är|var|at|=|:)?\s*$",
    )
});
/// Words after an opening number that make it a threshold, not an age.
const BOUND_AFTER: &[&str] = &[
    "above", "over", "under", "below", "older", "upwards", "up", "more", "less", "fler", "färre",
    "äldre", "över", "uppåt", "eller", "or",
];

/// An age opening a sentence or a list line: "96, lives alone", "98 and
/// still on simvastatin", "- 93, bor ensam". Scanned by hand: a pattern
/// anchored at every line and sentence start has no literal to search for
/// and would read every text with a blood pressure of 140/90 once more.
fn ages_opening(text: &str) -> Vec<std::ops::Range<usize>> {
    const JOINS: &[&str] = &[
        "and",
        "och",
        "but",
        "men",
        "yet",
        "still",
        "fortfarande",
        "now",
        "nu",
    ];
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let value: u32 = text[i..end].parse().unwrap_or(0);
        let n = i..end;
        i = end;
        if !(90..=119).contains(&value) {
            continue;
        }
        // Before: spaces, a list marker, then the start of a line or a sentence end.
        let before = text[..n.start].trim_end_matches([' ', '\t']);
        let before = before
            .strip_suffix(['-', '*', '•'])
            .map_or(before, |b| b.trim_end_matches([' ', '\t']));
        let opens = before.is_empty()
            || before.ends_with('\n')
            || (before.ends_with(['.', '!', '?']) && before.len() < text[..n.start].len());
        if !opens {
            continue;
        }
        // After: ", lives", " and still": a comma or a joining word, then a word.
        let after = &text[n.end..];
        let rest = if let Some(r) = after.strip_prefix(',') {
            r.trim_start_matches(' ')
        } else if let Some(r) = after.strip_prefix(' ') {
            match JOINS
                .iter()
                .find(|j| r.starts_with(**j) && r[j.len()..].starts_with(' '))
            {
                Some(j) => r[j.len()..].trim_start_matches(' '),
                None => continue,
            }
        } else {
            continue;
        };
        let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if next.starts_with(char::is_lowercase) && !BOUND_AFTER.contains(&next.as_str()) {
            out.push(n);
        }
    }
    out
}

fn ages(text: &str, lower: &str, hits: &mut Vec<Hit>) {
    let words = ["nittio", "ninety", "hundra", "hundred"]
        .iter()
        .any(|w| lower.contains(w));
    if !words && !has_number_over_89(text) {
        return;
    }
    let mut push = |range: std::ops::Range<usize>| {
        hits.push(Hit {
            range,
            category: Category::AgeOver89,
        })
    };
    if text.bytes().any(|b| b.is_ascii_digit()) {
        for c in AGE_UNIT.captures_iter(text) {
            let m = c.get_match();
            let unit = &m.as_str()[c[1].len()..];
            // "90-årsåldern", "93-åringar": an age group.
            let group = unit.trim_start_matches([' ', '-']).starts_with("år")
                && age_group_after(text, m.end());
            let plural_en = text[m.end()..].starts_with('s') && unit.ends_with("old");
            if group || plural_en || not_exact(text, m.start()) {
                continue;
            }
            push(m.range());
        }
    }
    for m in AGE_WORDS.find_iter(lower) {
        if age_group_after(text, m.end()) || not_exact(text, m.start()) {
            continue;
        }
        push(m.range());
    }
    for m in AGE_WORD_ALONE.find_iter(lower) {
        let after = &text[m.end()..];
        if after.starts_with(char::is_alphabetic)
            || !starts_word(text, m.start())
            || COUNT_AFTER.is_match(after)
            || age_group_after(text, m.end())
            || not_exact(text, m.start())
            || cue_before(lower, m.start(), &MEASURE_BEFORE, 30)
        {
            continue;
        }
        push(m.range());
    }
    for n in ages_opening(text) {
        if !not_exact(text, n.start) {
            push(n);
        }
    }
    for c in AGE_AFTER_DOB.captures_iter(lower) {
        if let Some(n) = c.get(1) {
            push(n.range());
        }
    }
    for c in DIED_AT.captures_iter(lower) {
        if let Some(n) = c.get(1)
            && !UNIT_AFTER.is_match(&text[n.end()..])
        {
            push(n.range());
        }
    }
    for c in AGE_CUE.captures_iter(lower) {
        if !starts_word(text, c.get_match().start()) {
            continue;
        }
        let Some(n) = c.get(1) else { continue };
        if !UNIT_AFTER.is_match(&text[n.end()..]) && !not_exact(text, n.start()) {
            push(n.range());
        }
    }
    for c in AGE_NAMED.captures_iter(text) {
        let (Some(who), Some(n)) = (c.get(1), c.get(2)) else {
            continue;
        };
        // Any listed given name, "Stig" and "Rose" too: with an age they name someone.
        // Lower case ("edna, 97" typed on a phone): a listed name that is no word.
        let who = who.as_str();
        let named = if who.starts_with(char::is_uppercase) {
            names::is_listed(who) || names::is_given_name(who)
        } else {
            names::is_listed(who)
        };
        if named && !UNIT_AFTER.is_match(&text[n.end()..]) {
            push(n.range());
        }
    }
}

/// Cue words for record numbers, matched in the ASCII-lower-cased text.
/// Strong ones name a record of a patient ("journalnummer", "labbnr",
/// "hospital no.") and may stand a few words before their number; weak ones
/// ("ref", "sample", "nummer") also precede reference ranges and counts, so
/// their number must stand next to them and look like an id.
static RECORD_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(journal ?(?:nummer|nr|id)|journalnumret|journalnumm?ret|jnr|j-nr|patient ?(?:nummer|nr|id|no\.?|number|ref)|patientnumret|pat\.? ?(?:nr|id)|pat-id|pid|remiss ?(?:nummer|nr|id)|remiss-id|remissnumret|[äÄ]rende ?(?:nummer|nr)|vårdtillfälle(?:s ?nr|s ?nummer|nummer)?|besöksnummer|besöks-id|vårdkontakt(?:s ?nr|s-id)?|lid-?nr|lma-?(?:kort|kortet|nummer|nr|card)|lma (?:kort|kortet|nummer|nr|card)|dossier ?(?:nummer|nr)|dossiernumret|lab ?(?:nummer|nr|no\.?|ref\.?|number|id)|labb ?(?:nummer|nr|no\.?|id)|labbnumret|provnumm?ret|prov ?(?:nummer|nr|id)|prov-id|provid|rör ?(?:nummer|nr)|remissid|beställnings ?(?:nummer|nr)|order ?(?:nummer|nr|number|no\.?)|röntgennummer|röntgen-id|reserv ?(?:nummer|nr)|reservnumret|res-nr|tillfälligt (?:personnummer|nummer|id)|temporary (?:number|id)|hospital (?:number|no\.?|num|id|reference|ref)|trust (?:number|no\.?|reference|ref)|referensnummer|referensnumret|hosp\.? (?:no\.?|number|id)|mrn|crn|emis (?:number|no\.?|id)|unit (?:number|no\.?)|record (?:number|no\.?)|case (?:number|no\.?)|episode (?:number|no\.?)|encounter (?:number|no\.?|id)|visit (?:number|no\.?|id)|systmone (?:number|id)|x-ray number|accession (?:number|no\.?)|specimen (?:number|no\.?|id)|sample (?:number|no\.?|id|ref)|ubrn|e-rs (?:ref|number|ubrn)|pt ref|patient ref|ref(?:erence)? (?:no\.?|number))|(?-u:\b)(ref|reference|referens|referensnummer|sample|specimen|prov|provet|nummer|numret|number|nr|no\.?|id))",
    )
});
/// After a strong cue: a few words, then the number (in the original case):
/// digits in groups of four, letters and digits ("RX123456", "44-K-20931"),
/// letters and digits then groups of digits ("RX4 882 901", "AB 123 456"),
/// groups of digits ("MRN 123 456 789": after a strong cue, not a phone).
static RECORD_AFTER_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*[:#.]?\s*(?:[\p{L}]+[\s,:]+){0,6}?(\d{4}(?: \d{4}){1,3}|(?i:[a-z]{1,4}[\-/]?\d[\da-z\-/]{2,})|[A-Z]{1,4}[\-/ ]?\d[\dA-Z]{0,3}(?: \d{2,4}){1,3}(?-u:\b)|\d{2,4}(?: \d{2,4}){1,3}(?-u:\b)|[A-Z]{0,4} ?\d[\dA-Z\-/]{2,}|[A-Z]{1,4}[\-/]?\d[\dA-Z\-/]{2,}|\d{4,})",
    )
});
/// After a weak cue: the number next to it.
static RECORD_AFTER_WEAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*[:#.]?\s*(?:(?i:is|är|was|var)\s+)?(\d{4}(?: \d{4}){1,3}|[A-Z]{1,4}[\-/ ]?\d[\dA-Z]{0,3}(?: \d{2,4}){1,3}(?-u:\b)|[A-Z]{0,4} ?\d[\dA-Z\-/]{2,}|[A-Z]{1,4}[\-/]?\d[\dA-Z\-/]{2,}|\d{4,})",
    )
});
/// A system's id, letters then six digits or more: "PMO-0011230", "S-7731904",
/// "PSD-SC-118204" (codes like "ICD-10", "COVID-19", "NG136" are shorter).
static LETTERED_ID: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{1,4}(?:-[A-Z]{1,4})?-\d{6,}(?-u:\b)"));
/// Regional reserve numbers: a birth date and a letter in the serial
/// ("19850312-K123", "850312-T234", "20230101-R001").
/// Reserve numbers with letters before the birth date: "RES-771203-04", "TF-19850312-01".
static RESERVE_PREFIXED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{1,4}-((?:19|20)?\d{6})-\d{2,4}(?-u:\b)"));
static RESERVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)((?:19|20)?\d{6})[-+ ]?(?:[A-Z]{1,2}\d{2,3}|\d[A-Z]\d{2}|\d{2}[A-Z]\d|\d{3}[A-Z])(?-u:\b)",
    )
});

fn record_numbers(text: &str, lower: &str, digit_run: usize, hits: &mut Vec<Hit>) {
    for c in RECORD_CUE.captures_iter(lower) {
        {
            let m = c.get_match();
            let weak = c.get(1).is_none();
            // Most cue words ("no", "nr", "prov") have no number after them.
            let window = if weak { 16 } else { 90 };
            let mut until = (m.end() + window).min(text.len());
            while !text.is_char_boundary(until) {
                until -= 1;
            }
            if !text[m.end()..until].bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            // A weak cue is a whole word (not the "id" of "covid", the "nr" of
            // "nrs"); a strong one may open a compound ("vårdtillfällesnumret").
            if !starts_word(text, m.start())
                || (weak && text[m.end()..].starts_with(|c: char| c.is_alphabetic()))
            {
                continue;
            }
            let after = if weak {
                &*RECORD_AFTER_WEAK
            } else {
                &*RECORD_AFTER_STRONG
            };
            let Some(n) = after
                .captures(&text[m.end()..])
                .and_then(|t| t.get(1))
                .map(|g| (m.end() + g.start())..(m.end() + g.end()))
            else {
                continue;
            };
            let cue = m;
            let n_str = &text[n.clone()];
            let s = n_str.trim_end_matches(['-', '/', '.']);
            let digits = s.chars().filter(|c| c.is_ascii_digit()).count();
            // More digit groups follow: a phone number ("numret är 010-456 67 00"),
            // or after a strong cue the rest of the record number ("labbnr 24-118 763").
            let rest = &text[n.start + s.len()..];
            let mut s = s;
            if rest.starts_with(' ')
                && rest[1..].starts_with(|c: char| c.is_ascii_digit())
                && !s.contains(' ')
            {
                if weak || s.starts_with(['0', '+']) {
                    continue;
                }
                let mut more = 0;
                while let Some(group) = rest[more..].strip_prefix(' ') {
                    let digits = group.bytes().take_while(u8::is_ascii_digit).count();
                    if digits == 0 {
                        break;
                    }
                    more += 1 + digits;
                }
                s = &text[n.start..n.start + s.len() + more];
            }
            let between = &text[cue.end()..n.start];
            // The words between cue and number must not end the sentence.
            if between.contains(['\n', '!', '?']) {
                continue;
            }
            let fillers = between
                .split_whitespace()
                .filter(|w| {
                    !matches!(
                        w.trim_matches([':', '.', '#']).to_lowercase().as_str(),
                        "" | "är" | "is" | "was" | "var" | "nr" | "no" | "number" | "nummer" | "id"
                    )
                })
                .count();
            let letters = s.chars().any(|c| c.is_ascii_alphabetic());
            let id_like = letters || digits >= 6 || s.matches('-').count() >= 2;
            let ok = if weak {
                // "ref 3.5-5.0" is a range, "sample of 1200" a count.
                digits >= 3 && id_like
            } else if fillers == 0 {
                digits >= 3
            } else {
                // "journalnumret på remissen är 123456": further away, a number that
                // is no measurement ("BT 140/90", "Hb 112").
                !s.contains('/') && (digits >= 5 || (letters && digits >= 3))
            };
            if ok {
                hits.push(Hit {
                    range: n.start..n.start + s.len(),
                    category: Category::RecordNumber,
                });
            }
        }
    }
    // A reserve number starts with a birth date: six digits in a row.
    if digit_run >= 6 {
        for m in LETTERED_ID.find_iter(text) {
            // "RES-771203-04" is the reserve number below.
            let rest = &text[m.end()..];
            if rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            hits.push(Hit {
                range: m.range(),
                category: Category::RecordNumber,
            });
        }
        for c in RESERVE
            .captures_iter(text)
            .chain(RESERVE_PREFIXED.captures_iter(text))
        {
            let d = digits_of(&c[1]);
            let (yy, mm, dd) = (
                d[d.len() - 6] * 10 + d[d.len() - 5],
                d[d.len() - 4] * 10 + d[d.len() - 3],
                d[d.len() - 2] * 10 + d[d.len() - 1],
            );
            let day = if dd > 60 { dd - 60 } else { dd };
            if real_date_yy(yy, mm, day) {
                hits.push(Hit {
                    range: c.get_match().range(),
                    category: Category::RecordNumber,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, category: Category) -> Vec<&str> {
        all(text)
            .into_iter()
            .filter(|h| h.category == category)
            .map(|h| &text[h.range])
            .collect()
    }

    #[test]
    fn a_personnummer_of_the_2000s_is_not_a_phone_number() {
        // Born 2001-04-15: ten digits starting with 0, in parentheses after a name.
        let text = "Zeynep (0104153218) sökte igen.";
        assert_eq!(found(text, Category::Phone).len(), 0, "{text}");
        // A phone number grouped as one is still a phone number.
        assert_eq!(found("Ring 070-174 06 31.", Category::Phone).len(), 1);
    }

    #[test]
    fn luhn_and_mod11() {
        assert!(luhn_ok(&digits_of("8112189876")));
        assert!(mod11_ok(&digits_of("9434765919")));
        assert!(!mod11_ok(&digits_of("9434765918")));
    }

    #[test]
    fn a_checksum_valid_personal_number_is_found_wherever_it_stands() {
        for text in [
            "| 8112189876 | UVI |",
            "Se `8112189876` i remissen.",
            "patienten 8112189876 kom",
            "Fatima (8112189876) söker igen.",
            "- fatima 8112189876 – UVI",
            "Samordningsnummer-lik: 8112789873 utan ord.",
            "Kalle 198112189876 igen",
        ] {
            assert_eq!(found(text, Category::PersonalId).len(), 1, "{text}");
        }
    }

    #[test]
    fn nhs_and_chi_numbers_are_found_without_a_cue() {
        // 943 476 5919 is a valid NHS number outside the issued ranges: needs a cue or spaces.
        assert_eq!(
            found("Seen with 4505577104 on the form.", Category::PersonalId),
            vec!["4505577104"]
        );
        // CHI: DDMMYY + mod 11.
        assert_eq!(
            found("Form 1503851230 attached.", Category::PersonalId),
            vec!["1503851230"]
        );
        assert_eq!(
            found("CHI 120445 1230, seen today.", Category::PersonalId),
            vec!["120445 1230"]
        );
        assert!(found("Order 9434765918 arrived.", Category::PersonalId).is_empty());
    }

    #[test]
    fn a_mistyped_personnummer_in_layout_is_still_found_but_not_bare_digits() {
        assert_eq!(
            found("Pat 811218-9877 kom.", Category::PersonalId),
            vec!["811218-9877"]
        );
        assert_eq!(
            found("Pat 19811218-9877 kom.", Category::PersonalId),
            vec!["19811218-9877"]
        );
        assert!(found("Order 8112189877 kom.", Category::PersonalId).is_empty());
        // Not a real date: no personal number, whatever the layout.
        assert!(found("Kod 811332-9877.", Category::PersonalId).is_empty());
    }

    #[test]
    fn a_swedish_mobile_written_bare_is_a_phone_when_called() {
        assert!(found("Ring henne på 0701234567.", Category::PersonalId).is_empty());
    }

    #[test]
    fn public_service_numbers_are_allowed() {
        for text in [
            "Giftinformationscentralen 010-456 67 00 svarar dygnet runt.",
            "Kvinnofridslinjen 020-50 50 50.",
            "Mind infoline 0300 123 3393, Samaritans 116 123, NHS 111, NHS 24.",
            "Hjälplinjen 0771-22 00 60 eller 1177.",
            "Papyrus HOPELINE 0800 068 4141.",
        ] {
            assert!(found(text, Category::Phone).is_empty(), "{text}");
        }
        assert_eq!(found("Ring 070-123 45 67.", Category::Phone).len(), 1);
    }

    #[test]
    fn day_and_month_without_a_year_about_the_patient() {
        for (text, date) in [
            ("Hon sökte den 3 november för hosta.", "3 november"),
            ("He was admitted on 12th March with sepsis.", "12th March"),
            ("Återbesök 5/4 hos mig.", "5/4"),
            ("Seen on March 12th by the team.", "March 12th"),
            ("Han föll på julafton och kom in.", "julafton"),
            ("She was found on Boxing Day.", "Boxing Day"),
            ("Admitted on the 5th of May with sepsis.", "the 5th of May"),
            ("Seen on December 3 by the OOH team.", "December 3"),
            ("Hon kom in den 3:e  november med feber.", "3:e  november"),
        ] {
            assert_eq!(found(text, Category::Date), vec![date], "{text}");
        }
        for text in [
            "Hon sökte i mars för hosta.",
            "Graviditetsvecka 32, vecka 12.",
            "Kursen den 3 november handlar om KOL.",
            "NICE updated the guideline on 12th March.",
            "Cough for 2/7, sputum 3/12 ago, VAS 7/10.",
            "Vi ses på FQ-träffen den 5/4.",
            "The 2 may be related.",
            "God jul och gott nytt år!",
        ] {
            assert!(
                found(text, Category::Date).is_empty(),
                "{text}: {:?}",
                found(text, Category::Date)
            );
        }
    }

    #[test]
    fn an_ordinal_day_of_a_visit_is_a_date_and_a_counted_one_is_not() {
        for text in [
            "Arranged a follow-up call on Friday 19th.",
            "colpo booked for 27th, she was relieved",
            "Hon kommer på återbesök fredag den 19:e.",
        ] {
            assert_eq!(found(text, Category::Date).len(), 1, "{text}");
        }
        for text in [
            "Her weight is on the 27th centile.",
            "It was his 19th birthday.",
            "The group meets on the 19th.",
        ] {
            assert!(found(text, Category::Date).is_empty(), "{text}");
        }
    }

    #[test]
    fn addresses_typed_without_capitals() {
        for text in [
            "she lives at 14 albert road with her son",
            "moved to ls6 2ab last month",
            "address 3 church lane, leeds",
        ] {
            assert!(!found(text, Category::Address).is_empty(), "{text}");
        }
        for text in [
            "walked 3 miles down the lane",
            "b12 5mg weekly and 2 puffs each way",
            "take 2 tablets of the grove brand",
        ] {
            assert!(found(text, Category::Address).is_empty(), "{text}");
        }
    }

    #[test]
    fn record_numbers_in_groups_and_stockholm_numbers() {
        assert_eq!(
            found(
                "Provet, labbnr 24-118 763, visade K 7,1.",
                Category::RecordNumber
            ),
            vec!["24-118 763"]
        );
        assert_eq!(
            found("Han kom med LMA-kort 21-338790.", Category::RecordNumber),
            vec!["21-338790"]
        );
        assert_eq!(
            found("Hon lämnade numret 08-712 33 90.", Category::Phone),
            vec!["08-712 33 90"]
        );
        assert!(found("Childline 0800 1111 is free.", Category::Phone).is_empty());
        assert_eq!(
            found("no answer on o7700 900418 earlier", Category::Phone),
            vec!["o7700 900418"]
        );
        assert_eq!(
            found(
                "Från akuten: RES-771203-04 i journalen.",
                Category::RecordNumber
            ),
            vec!["RES-771203-04"]
        );
        assert_eq!(
            found(
                "Two ids: PMO-0011230 and PSD-SC-118204.",
                Category::RecordNumber
            ),
            vec!["PMO-0011230", "PSD-SC-118204"]
        );
        assert!(found("ICD-10 and COVID-19 and NG136.", Category::RecordNumber).is_empty());
        assert_eq!(
            found("Ring her daughter on +1 (612) 555-0143.", Category::Phone),
            vec!["+1 (612) 555-0143"]
        );
        assert_eq!(
            found(
                "| Torsten Åberg | 491228.8695 | eGFR 28 |",
                Category::PersonalId
            ),
            vec!["491228.8695"]
        );
        assert_eq!(
            found(
                "Född 1944.08.15-8469 enligt remissen.",
                Category::PersonalId
            ),
            vec!["1944.08.15-8469"]
        );
        assert_eq!(
            ages_in_a_table_column("| Patient | Age |\n|---|---|\n| Vera | 91 |\n| Stan | 45 |\n")
                .len(),
            1
        );
        assert_eq!(
            found("H&C number 3758464706 on the letter.", Category::PersonalId),
            vec!["3758464706"]
        );
        assert_eq!(
            found("She lives at 12 Heol y Nant, Cardiff.", Category::Address),
            vec!["12 Heol y Nant"]
        );
    }

    #[test]
    fn ages_over_89_in_words_and_not_ranges() {
        for text in [
            "En nittiotre år gammal kvinna.",
            "She is ninety-four and lives alone.",
            "A ninety-four year old man.",
            "Hon fyllde nittiofem i våras.",
            "Karin, 93, bor ensam.",
            "A lady of ninety-four with falls.",
            "93F with a chest infection.",
            "Elsie turned 101 in May.",
            "Han är nittiosex och pigg.",
            "A 90-year-old woman (exactly ninety-one last month, says her son).",
            "Seen an older lady today, who is ninety-six and still drives.",
            "Mannen, nittiotre, bor kvar hemma.",
            "Hon är snart nittiofyra, enligt dottern.",
            "96, lives alone, independent with a stick.",
            "98 and still on simvastatin and aspirin.",
            "Kort om fallet:\n- 93, bor ensam i lägenhet",
            "Ålder: 94, änka.",
            "Saw her dad today, who is 96 and still gardening.",
            "Mannen som fyllde 92 i höstas har yrsel.",
            "came in as temp resident, hes 90 now",
            "Hennes mamma, Margit, är 94 och bor kvar.",
            "**Patient:** Stig, 91, änkling.",
            "her elderly mother, edna, 97, had stopped eating",
            "Lady of 93, lives alone in a bungalow.",
            "She died peacefully in her own bed at 97.",
            "A letter for Bill Hargreaves, DOB 03/02/1932, 94, at the home.",
            "Hon är alltså 95, inte 113.",
        ] {
            assert!(!found(text, Category::AgeOver89).is_empty(), "{text}");
        }
        for text in [
            "Hos 85-90-åringar är det vanligt.",
            "Studien gällde patienter aged 85-95.",
            "Patienter över 90 år har högre risk.",
            "Kvinnor i 90-årsåldern.",
            "Several 90-year-olds in the home.",
            "Ninety percent of them improve; ninety-day mortality was 12%.",
            "Pulse of ninety, BP ninety over sixty.",
            "Nittio procent blir bra. Det tar nittio minuter.",
            "Nittiotalet var annorlunda; hundra gånger om.",
            "90, 95 och 100 mg är vanliga doser.",
            "90 and above are called nonagenarians.",
            "She waited ninety minutes. About ninety of the patients replied.",
        ] {
            assert!(
                found(text, Category::AgeOver89).is_empty(),
                "{text}: {:?}",
                found(text, Category::AgeOver89)
            );
        }
    }

    #[test]
    fn obfuscated_email_addresses() {
        for text in [
            "mejla m.ellison (at) gmail (dot) com",
            "skriv till karin[at]telia.se",
            "jane at hotmail dot co dot uk",
        ] {
            assert_eq!(found(text, Category::Email).len(), 1, "{text}");
        }
        assert!(found("Seen at home. Com bined with...", Category::Email).is_empty());
        assert!(found("We met at the practice dot matrix", Category::Email).is_empty());
    }

    #[test]
    fn record_numbers_with_more_cues_and_further_away() {
        for (text, n) in [
            ("Labbnr 2345678 visar.", "2345678"),
            ("Provnummer: AB12345 i remissen.", "AB12345"),
            ("Sample no. K2345678 haemolysed.", "K2345678"),
            ("Her patient number is 7654321.", "7654321"),
            ("Hospital no. on the letter is RX123456.", "RX123456"),
            ("Journalnumret på remissen är 1234567.", "1234567"),
            ("Reservnummer 19850312-K123 användes.", "19850312-K123"),
            ("The letter says hospital no. RX4 882 901.", "RX4 882 901"),
            (
                "Hospital number: AB 123 4567 on the summary.",
                "AB 123 4567",
            ),
            ("Labbnr KS2 445 19 på röret.", "KS2 445 19"),
            ("MRN 123 456 789 on the discharge letter.", "123 456 789"),
            ("Journalnummer på remissen: VG 42 118.", "VG 42 118"),
            ("Hon hade reservnr 850312-T234 på akuten.", "850312-T234"),
        ] {
            assert!(
                found(text, Category::RecordNumber).contains(&n),
                "{text}: {:?}",
                found(text, Category::RecordNumber)
            );
        }
        for text in [
            "A sample of 1200 patients.",
            "Ref 3.5-5.0 mmol/L.",
            "Journalnumret har jag inte, men BT 140/90 och Hb 112.",
            "Hospital number unknown; MRI 3 weeks ago, GFR 45 and falling.",
            "Numret är 070 123 45 67.",
        ] {
            assert!(
                found(text, Category::RecordNumber).is_empty(),
                "{text}: {:?}",
                found(text, Category::RecordNumber)
            );
        }
    }
}
