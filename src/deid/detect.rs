//! The detectors, one per kind of identifier. Each works on the visible,
//! normalised text and pushes hits; `check` maps them back to the source.
//! Order matters: when two hits cover the same stretch, the earlier detector
//! names the category.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{Category, Hit, names};

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("detector pattern {pattern}: {e}"))
}

pub(crate) fn all(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    if digits {
        personal_ids(text, &mut hits);
    }
    if text.contains('@') {
        emails(text, &mut hits);
    }
    if digits {
        record_numbers(text, &mut hits);
        dates(text, &mut hits);
        phones(text, &mut hits);
        addresses(text, &mut hits);
    }
    // Ages may be written in words ("nittiotreårig", "ninety-one").
    ages(text, &mut hits);
    names::find(text, &mut hits);
    hits
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
    LazyLock::new(|| re(r"((?:19|20|18)?\d{2} ?\d{2} ?\d{2}) ?([-+])? ?(\d{3}) ?(\d)"));
static PNR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(pnr|p-nr|pers\.? ?nr|personnr|personnumm?er|personnummret|samordningsnummer|samordningsnr|id-?nr|idnummer|ssn|född|ID)\W{0,3}(\w+\W+){0,2}$",
    )
});
static NHS: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{3})([ -]?)(\d{3})([ -]?)(\d{4})"));
static NHS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(nhs|chi|health ?(and care)? ?number|patient number)\W{0,4}(\w+\W+){0,3}$")
});
static CHI_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)chi(?-u:\b)\W{0,4}(\w+\W+){0,3}$"));

fn personal_ids(text: &str, hits: &mut Vec<Hit>) {
    for c in PNR.captures_iter(text) {
        let m = c.get_match();
        if !standalone(text, m.start(), m.end()) {
            continue;
        }
        let date = digits_of(&c[1]);
        let sep = c.get(2).map(|s| s.as_str());
        let serial = digits_of(&format!("{}{}", &c[3], &c[4]));
        let (yy, mm, dd) = match date.len() {
            6 => (
                date[0] * 10 + date[1],
                date[2] * 10 + date[3],
                date[4] * 10 + date[5],
            ),
            8 => (
                date[2] * 10 + date[3],
                date[4] * 10 + date[5],
                date[6] * 10 + date[7],
            ),
            _ => continue,
        };
        let day = if dd > 60 { dd - 60 } else { dd };
        if !real_date_yy(yy, mm, day) {
            continue;
        }
        let ten: Vec<u32> = date[date.len() - 6..]
            .iter()
            .chain(serial.iter())
            .copied()
            .collect();
        if !luhn_ok(&ten) {
            continue;
        }
        // "850312 2384": a space between date and serial is a layout too.
        let spaced_serial = c
            .get(1)
            .is_some_and(|date_part| text[date_part.end()..m.end()].starts_with(' '));
        let laid_out = sep.is_some() || date.len() == 8 || spaced_serial;
        if laid_out || cue_before(text, m.start(), &PNR_CUE, 40) {
            hits.push(Hit {
                range: m.range(),
                category: Category::PersonalId,
            });
        }
    }
    for c in NHS.captures_iter(text) {
        let m = c.get_match();
        if !standalone(text, m.start(), m.end()) {
            continue;
        }
        let d = digits_of(m.as_str());
        if !mod11_ok(&d) {
            continue;
        }
        let spaced = !c[2].is_empty() && c[2] == c[4];
        let chi_date = real_date_yy(d[4] * 10 + d[5], d[2] * 10 + d[3], d[0] * 10 + d[1]);
        // 010000000-3112999999 is Scotland's CHI range: those start with a birth date.
        let in_chi_range = (1..=31).contains(&(d[0] * 10 + d[1]));
        if in_chi_range && !chi_date {
            continue;
        }
        let cue = cue_before(text, m.start(), &NHS_CUE, 50);
        let chi = chi_date && cue_before(text, m.start(), &CHI_CUE, 50);
        // A spaced 0xx number is a phone number far more often than an NHS number.
        if (spaced && d[0] != 0) || cue || chi {
            hits.push(Hit {
                range: m.range(),
                category: Category::PersonalId,
            });
        }
    }
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}"));

fn emails(text: &str, hits: &mut Vec<Hit>) {
    for m in EMAIL.find_iter(text) {
        hits.push(Hit {
            range: m.range(),
            category: Category::Email,
        });
    }
}

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\+ ?\d{2}|00\d{2}|\(0|0)[\d \-()]{5,18}\d"));

fn phones(text: &str, hits: &mut Vec<Hit>) {
    for m in PHONE.find_iter(text) {
        let s = m.as_str().trim_end_matches([' ', '-']);
        let (start, end) = (m.start(), m.start() + s.len());
        if !standalone(text, start, end) {
            continue;
        }
        let plain = s.replace("(0)", "");
        let d = digits_of(&plain);
        let ok = if let Some(rest) = plain.strip_prefix('+').or_else(|| plain.strip_prefix("00")) {
            let rest_d = digits_of(rest);
            match (rest_d.first(), rest_d.get(1)) {
                (Some(4), Some(6)) => (9..=11).contains(&rest_d.len()),
                (Some(4), Some(4)) => (11..=12).contains(&rest_d.len()),
                _ => (8..=15).contains(&rest_d.len()),
            }
        } else {
            // National numbers: Swedish 0 + 7-9 digits, UK 0 + 9-10 digits.
            d.first() == Some(&0) && d.get(1) != Some(&0) && (8..=11).contains(&d.len())
        };
        // Spaces inside must look like a phone's grouping, not a list of values.
        let groups = s.split([' ', '-']).filter(|g| !g.is_empty()).count();
        if ok && groups <= 5 {
            hits.push(Hit {
                range: start..end,
                category: Category::Phone,
            });
        }
    }
}

static SV_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[a-zåäöéü]{2,}(?:gatan|vägen|gata|väg|gränd|gränden|stigen|backe|backen|torget|torg|allén|allé|leden|platsen|stråket|kajen|esplanaden|promenaden|gången|slingan|ringen|liden|höjden|parken)\s+\d{1,4}(?:\s?[a-h](?-u:\b))?(?:,?\s*(?:lgh|lägenhet)\.?\s*\d{3,4})?",
    )
});
static SV_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[1-9]\d{2} ?\d{2}\s+[A-ZÅÄÖ][a-zåäö]{2,}"));
static UK_STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Place|Court|Gardens|Terrace|Grove|Square|Walk|Mews|Row|Rd|St|Ave|Hill|Park|View|Rise|Green|Parade)(?-u:\b)",
    )
});
static UK_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?-u:\b)"));

fn addresses(text: &str, hits: &mut Vec<Hit>) {
    for re in [&*SV_STREET, &*UK_STREET, &*SV_POSTCODE, &*UK_POSTCODE] {
        for m in re.find_iter(text) {
            hits.push(Hit {
                range: m.range(),
                category: Category::Address,
            });
        }
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
static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|:e|:a)?\s+(?:of\s+)?({SV_MONTHS}|{EN_MONTHS})(?-u:\b)\.?,?\s+(?:(\d{{4}})(?-u:\b)|-(\d{{2}})(?-u:\b))"
    ))
});
static TEXT_DATE_US: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)({EN_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
    ))
});
static DOB_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:född|född den|f\.|dob|d\.o\.b\.?|date of birth|born(?: on)?|födelsedatum|fdat)\s*:?\s*(?:the\s+)?(\d{{1,2}}(?:st|nd|rd|th|:e|:a)?\s+(?:of\s+)?(?:{SV_MONTHS}|{EN_MONTHS})|\d{{1,2}}/\d{{1,2}}|\d{{6}}|\d{{8}})(?-u:\b)"
    ))
});

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

fn dates(text: &str, hits: &mut Vec<Hit>) {
    let mut push = |range: std::ops::Range<usize>| {
        hits.push(Hit {
            range,
            category: Category::Date,
        })
    };
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
    for c in SV_SHORT_DATE.captures_iter(text) {
        let (d, m) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        if NaiveDate::from_ymd_opt(full_year(&c[3]), m, d).is_some() {
            push(c.get_match().range());
        }
    }
    for c in TEXT_DATE.captures_iter(text) {
        let d = c[1].parse().unwrap_or(0);
        let y = c
            .get(3)
            .or(c.get(4))
            .map(|y| full_year(y.as_str()))
            .unwrap_or(0);
        if month_number(&c[2]).is_some_and(|m| NaiveDate::from_ymd_opt(y, m, d).is_some()) {
            push(c.get_match().range());
        }
    }
    for c in TEXT_DATE_US.captures_iter(text) {
        let d = c[2].parse().unwrap_or(0);
        let y = full_year(&c[3]);
        if month_number(&c[1]).is_some_and(|m| NaiveDate::from_ymd_opt(y, m, d).is_some()) {
            push(c.get_match().range());
        }
    }
    for c in DOB_DAY_MONTH.captures_iter(text) {
        if starts_word(text, c.get_match().start())
            && let Some(date) = c.get(1)
        {
            push(date.range());
        }
    }
}

static AGE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(9\d|1[01]\d) ?(?:-|‐)? ?(?:åriga?|åringen|åring|år(?-u:\b)|års(?-u:\b)|years?[ -]old|year-old|yrs?(?-u:\b)|yo(?-u:\b)|y/o|y\.o\.?)",
    )
});
static AGE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:aged?|ålder|age:|(?:she|he|they|patient|the patient|hon|han|patienten|mannen|kvinnan|pappan|mamman|damen|mormor|farmor|morfar|farfar) (?:is|was|turned|är|var|fyller|fyllde|blir|blev|has turned)|she's|he's|she is|he is)\s+(9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred(?: and \w+)?)(?-u:\b)",
    )
});
static AGE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:nittio(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?|hundra(?:ett|en|två|tre|fyra|fem)?)(?:-?åriga?|åring|\s+år(?-u:\b))|(?-u:\b)ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?[- ]year[- ]old",
    )
});
static UNIT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:%|mg|mmol|kg|cm|ml|g(?-u:\b)|mm|bpm|slag|/min|procent|per)"));

fn ages(text: &str, hits: &mut Vec<Hit>) {
    for c in AGE_UNIT.captures_iter(text) {
        hits.push(Hit {
            range: c.get_match().range(),
            category: Category::AgeOver89,
        });
    }
    for m in AGE_WORDS.find_iter(text) {
        hits.push(Hit {
            range: m.range(),
            category: Category::AgeOver89,
        });
    }
    for c in AGE_CUE.captures_iter(text) {
        if !starts_word(text, c.get_match().start()) {
            continue;
        }
        let Some(n) = c.get(1) else { continue };
        if !UNIT_AFTER.is_match(&text[n.end()..]) {
            hits.push(Hit {
                range: n.range(),
                category: Category::AgeOver89,
            });
        }
    }
}

static RECORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:journal ?(?:nummer|nr|id)|journalnumret|jnr|j-nr|patient ?(?:nummer|nr|id|no\.?)|pat\.? ?nr|remiss ?(?:nummer|nr|id)|remiss-id|remissnumret|ärende ?(?:nummer|nr)|vårdtillfälle(?:s ?nr|s ?nummer|nummer)?|lid-?nr|lab ?(?:nummer|nr|no\.?|ref\.?)|prov ?(?:nummer|nr)|röntgennummer|hospital (?:number|no\.?|num)|hosp\.? no\.?|mrn|emis (?:number|no\.?|id)|unit (?:number|no\.?)|record (?:number|no\.?)|case (?:number|no\.?)|systmone (?:number|id)|x-ray number|accession (?:number|no\.?)|ubrn|e-rs (?:ref|number|ubrn)|pt ref|patient ref|ref(?:erence)? (?:no\.?|number)|ref|referens)\s*[:#.]?\s*(?:(?:is|är|nr|no\.?|[a-zåäö]+:)\s+)?([A-Z]{0,4} ?\d[\dA-Z\-/]{2,}|[A-Z]{1,4}[\-/]?\d[\dA-Z\-/]{2,}|\d{4}(?: \d{4}){1,3}|\d{4,})",
    )
});

fn record_numbers(text: &str, hits: &mut Vec<Hit>) {
    for c in RECORD.captures_iter(text) {
        if !starts_word(text, c.get_match().start()) {
            continue;
        }
        let Some(n) = c.get(1) else { continue };
        let s = n.as_str().trim_end_matches(['-', '/', '.']);
        let digits = s.chars().filter(|c| c.is_ascii_digit()).count();
        // A bare "ref" also precedes reference ranges ("ref 3.5-5.0"): it needs an id-like token.
        let cue = text[c.get_match().start()..n.start()].trim().to_lowercase();
        let id_like = s.chars().any(|c| c.is_ascii_alphabetic())
            || digits >= 6
            || s.matches('-').count() >= 2;
        if digits >= 3 && (!(cue == "ref" || cue == "referens") || id_like) {
            hits.push(Hit {
                range: n.start()..n.start() + s.len(),
                category: Category::RecordNumber,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_mod11() {
        assert!(luhn_ok(&digits_of("8112189876")));
        assert!(mod11_ok(&digits_of("9434765919")));
        assert!(!mod11_ok(&digits_of("9434765918")));
    }
}
