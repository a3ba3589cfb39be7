//! Sign-offs and signatures of a known sender. `trim` works without knowing who wrote a
//! mail; here the sender is known, so a closing with their own name (`Best wishes\nTom`,
//! `Thanks,\nOlu`, a bare `Graham`, `Mvh Lars`, `/Johan`, `Hälsningar\nAnna Berg,
//! ST-läkare`, `Dr Graham Hart MRCGP` over a title and a phone number) can go: the post
//! carries the author's name already. And a member's own signature block (title, practice,
//! phone, a disclaimer) is learned from their earlier replies, the block that recurs at
//! their end, so it can go next time however it looks.
//!
//! Pure functions over text the trimmer has kept (`Parsed::reply`); no I/O. Policy: never
//! remove a last line that is content (a question, a sentence, a word that is not the
//! name), and never remove everything (a reply that is only `Thanks,\nOlu` stays as it is).

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Who sent a reply: the member's name as kollega knows it and, when learned from their
/// earlier replies (see [`learn_signature`]), their signature block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sender {
    pub display_name: String,
    pub known_signature: Option<String>,
}

/// At most this many lines may stand below the name line (title, practice, phone…).
const MAX_LINES_BELOW_NAME: usize = 8;
/// Longest line that may be part of a signature block below the name.
const MAX_SIGNATURE_LINE: usize = 100;
/// A learned signature has at most this many non-blank lines, each at most this long.
const MAX_LEARNED_LINES: usize = 15;
const MAX_LEARNED_LINE: usize = 400;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static signoff regex must compile")
}

/// Closing words that may stand before a name, alone on their line or on the name's line.
static SIGNOFF: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
            (?:with\s+)?(?:best|kind|kindest|warm|warmest|warmer|many|good)\s+(?:regards|wishes|thanks)
          | (?:all\s+the\s+best|best|regards|cheers|thanks|thank\s+you|thanks\s+again|many\s+thanks|thx|ta
          | with\s+thanks|speak\s+soon|take\s+care|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?
          | love|br|kr|rgds|best\s+regards)
          | (?:med\s+)?(?:vänlig|vänliga|bästa|varma|hjärtliga|många|kära)\s+(?:hälsning|hälsningar)
          | hälsningar|hälsning|mvh|m\.v\.h\.?|vh|hälsn|tack|tack\s+(?:så\s+mycket|igen)|stort\s+tack
          | kram|kramar|allt\s+gott|ha\s+det\s+(?:bra|gott)|hörs|vi\s+hörs|ses
        )[\s,.!:;–—-]*$")
});

/// Honorifics and qualifications that may stand around a name.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "dr", "dr.", "doktor", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "miss", "leg.", "leg", "läkare", "med.", "dr.med.",
];

/// Lowercased, without accents (`Åsa` signs `Asa` on an English keyboard, `Siobhán` as
/// `Siobhan`), no punctuation but hyphens and apostrophes.
fn fold(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '\'' || *c == '’')
        .collect()
}

/// The forms of the sender's name a closing may use.
struct Names {
    /// Every word of the name (first, middle, last, parts of hyphenated names).
    words: Vec<String>,
    /// The first name and its short forms.
    firsts: Vec<String>,
    /// Initials, as one word: "tb", "akb".
    initials: String,
}

impl Names {
    fn new(display_name: &str) -> Option<Names> {
        // NHSmail's "BAKER, Tom (RIVERSIDE SURGERY)": the parenthesis is not the name.
        let mut plain = String::with_capacity(display_name.len());
        let mut depth = 0usize;
        for c in display_name.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        let display_name = plain.trim().trim_matches('"');
        // Outlook's "Berg, Anna" is "Anna Berg".
        let name = match display_name.split_once(',') {
            Some((last, first)) if !first.trim().is_empty() && !last.trim().is_empty() => {
                format!("{} {}", first.trim(), last.trim())
            }
            _ => display_name.to_string(),
        };
        let raw: Vec<String> = name
            .split_whitespace()
            .map(fold)
            .filter(|w| !w.is_empty() && !TITLES.contains(&w.as_str()))
            .filter(|w| !w.contains('@'))
            .collect();
        let first = raw.first()?.clone();
        let mut words = raw.clone();
        for w in &raw {
            if w.contains('-') {
                words.extend(w.split('-').filter(|p| !p.is_empty()).map(str::to_string));
            }
        }
        let mut firsts = vec![first.clone()];
        for part in first.split('-').filter(|p| !p.is_empty()) {
            firsts.push(part.to_string());
        }
        // Short forms: "Tom" for Thomas, "Kasia" for Katarzyna (the guard's table),
        // of every word: Swedish regions write "Holm Margareta", who signs "Maggan".
        for w in &raw {
            let forms = crate::deid::given_name_forms(w);
            firsts.extend(forms.iter().map(|s| s.to_string()));
        }
        let initials: String = raw
            .iter()
            .flat_map(|w| w.split('-'))
            .filter_map(|w| w.chars().next())
            .collect();
        Some(Names {
            words,
            firsts,
            initials,
        })
    }

    /// A word of the name: a name word, a short form of the first name (`Chris` for
    /// Christopher), or an initial (`T.`).
    fn is_name_word(&self, word: &str) -> bool {
        let w = fold(word);
        if w.is_empty() {
            return false;
        }
        if self.words.contains(&w) || self.firsts.contains(&w) {
            return true;
        }
        let prefix_of_first = w.chars().count() >= 3
            && self
                .firsts
                .first()
                .is_some_and(|f| f.starts_with(&w) && f.chars().count() > w.chars().count());
        let initial = word.trim_end_matches('.').chars().count() == 1
            && word.chars().next().is_some_and(char::is_uppercase)
            && self.initials.contains(&w);
        prefix_of_first || initial
    }

    /// The words name the sender: at least one is the first or last name (or a short form,
    /// or the initials), and every other word is part of the name, a title or a
    /// qualification (`MRCGP`).
    fn names(&self, words: &[&str]) -> bool {
        if words.is_empty() || words.len() > 6 {
            return false;
        }
        if words.len() == 1 {
            let w = words[0].trim_end_matches('.');
            let letters: String = w.chars().filter(|c| *c != '.').collect();
            // In either order: "Andersson Björn" signs "/BA".
            let reversed: String = self.initials.chars().rev().collect();
            if letters.chars().count() >= 2
                && letters.chars().all(char::is_uppercase)
                && (fold(&letters) == self.initials || fold(&letters) == reversed)
            {
                return true;
            }
        }
        let mut named = false;
        for (i, word) in words.iter().enumerate() {
            let folded = fold(word);
            if self.is_name_word(word) {
                // An initial alone does not name anyone.
                named |= folded.chars().count() > 1;
            } else {
                // A title before the name (`Dr`), qualifications after it (`MRCGP`).
                let title = i == 0 && TITLES.contains(&word.to_lowercase().as_str());
                let qualification = i > 0 && is_qualification(word);
                if !(title || qualification) {
                    return false;
                }
            }
        }
        named
    }
}

/// `MRCGP`, `MBChB`, `FRCGP`, `DRCOG`, `BSc`: letters only, mostly capitals.
fn is_qualification(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = w.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2 && letters == w.chars().count() && capitals * 2 >= letters && capitals >= 2
}

/// A signature-block line below the name: a title, a practice, a phone number, an
/// address. Short, not a question or an exclamation, and either contact details, a few
/// words, or mostly capitalised words ("GP Partner | Riverside Surgery"); "Thanks again for
/// all the help" is not one.
fn signature_like(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > MAX_SIGNATURE_LINE || line.ends_with(['?', '!']) {
        return false;
    }
    let contact = line.bytes().filter(u8::is_ascii_digit).count() >= 4
        || line.contains('@')
        || line.contains("www.")
        || line.contains("http");
    if contact {
        return true;
    }
    // "Leg. läkare, ST i allmänmedicin", "GP Partner, Riverside Surgery".
    let lower = line.to_lowercase();
    let role = [
        "läkare",
        "allmänmedicin",
        "vårdcentral",
        "hälsocentral",
        "specialist",
        "st-läkare",
        "gp ",
        "partner",
        "registrar",
        "trainee",
        "surgery",
        "practice",
        "medical centre",
        "health centre",
        "mrcgp",
        "frcgp",
    ]
    .iter()
    .any(|r| lower.contains(r));
    if role && !line.ends_with('.') {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| !w.chars().next().is_some_and(char::is_lowercase))
        .count();
    !line.ends_with('.')
        && (words.len() <= 4 || line.contains('|') || capitalised * 2 > words.len())
}

/// Six or more words ending in a full stop, question or exclamation mark.
fn is_sentence(line: &str) -> bool {
    line.split_whitespace().count() >= 6 && line.ends_with(['.', '!', '?'])
}

/// What a closing line holds once its decorations are gone.
#[derive(Debug, PartialEq, Eq)]
enum Closing {
    /// Only the name (maybe with a title after a comma): `Tom`, `Anna Berg, ST-läkare`.
    Name,
    /// Closing words and the name: `Thanks, Olu`, `Mvh Lars`.
    SignoffAndName,
}

static LEADING_DECORATION: LazyLock<Regex> = LazyLock::new(|| re(r"^[\s/\\~*_–—-]+|^[\s(\[]+"));
static TRAILING_DECORATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[\s,.!;:*_~–—-]+|\s+(?:x{1,3}|:-?\)|;-?\)|:-?D|\(:|<3)|\s*\p{Extended_Pictographic}+\u{fe0f}?)+$",
    )
});

/// Is this line a closing with the sender's name?
fn closing(line: &str, names: &Names) -> Option<Closing> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > MAX_SIGNATURE_LINE || line.ends_with('?') {
        return None;
    }
    let stripped = LEADING_DECORATION.replace(line, "");
    let stripped = TRAILING_DECORATION.replace(&stripped, "");
    let stripped = stripped.trim();
    // A title after the name: "Anna Berg, ST-läkare", "Tom Baker | GP partner", "(GP)".
    let name_part = stripped
        .split([',', '|', '(', '–', '—'])
        .next()
        .unwrap_or(stripped)
        .split(" - ")
        .next()
        .unwrap_or(stripped)
        .trim();
    let title_part = &stripped[name_part.len().min(stripped.len())..];
    if title_part.split_whitespace().count() > 8 || is_sentence(title_part.trim()) {
        return None;
    }
    let words: Vec<&str> = name_part.split_whitespace().collect();
    if names.names(&words) {
        return Some(Closing::Name);
    }
    // The Swedish "/J": a slash and the first initial.
    if line.starts_with('/')
        && let [initial] = words.as_slice()
        && initial.chars().count() == 1
        && initial.chars().all(char::is_uppercase)
        && names.initials.starts_with(&fold(initial))
    {
        return Some(Closing::Name);
    }
    // Closing words first: "Thanks, Olu", "Mvh Lars", "Best wishes - Tom", "Tack /Johan".
    for split in 1..words.len() {
        let (head, tail) = words.split_at(split);
        let head = head.join(" ");
        let tail: Vec<&str> = tail
            .iter()
            .map(|w| w.trim_start_matches(['/', '-', '–', '—', '~']))
            .filter(|w| !w.is_empty())
            .collect();
        if SIGNOFF.is_match(&head) && names.names(&tail) {
            return Some(Closing::SignoffAndName);
        }
    }
    // "Thanks,Olu", "Cheers-Tom", "Kind regards, Fiona": the closing words, a
    // comma or dash, then the name (which the title split above took for a title).
    if let Some((head, tail)) = stripped.split_once([',', '-', '/'])
        && SIGNOFF.is_match(head.trim())
        && names.names(&tail.split_whitespace().collect::<Vec<_>>())
    {
        return Some(Closing::SignoffAndName);
    }
    None
}

fn is_signoff_line(line: &str) -> bool {
    let line = LEADING_DECORATION.replace(line.trim(), "");
    let line = TRAILING_DECORATION.replace(&line, "");
    let line = line.trim();
    !line.is_empty() && SIGNOFF.is_match(line)
}

/// Collapsed whitespace, for comparing lines.
fn norm(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes the member's closing from the end of a trimmed reply: their learned signature
/// block, then a closing with their own name and whatever short signature lines stand
/// below it. Content is never removed: the closing must be the last thing in the reply
/// (below it only short, non-sentence lines), and something must remain above it.
pub fn strip_signoff(reply: &str, sender: &Sender) -> String {
    let mut lines: Vec<&str> = reply.lines().map(str::trim_end).collect();
    pop_blank(&mut lines);

    if let Some(signature) = &sender.known_signature
        && let Some(at) = signature_start(&lines, signature)
        && has_content(&lines[..at])
    {
        lines.truncate(at);
        pop_blank(&mut lines);
    }

    let Some(names) = Names::new(&sender.display_name) else {
        return lines.join("\n");
    };
    strip_inner_signoffs(&mut lines, &names);
    // "Tom" over "Dr Tom Baker / GP Partner / phone": one closing under another.
    for _ in 0..3 {
        let before = lines.len();
        strip_closing(&mut lines, &names);
        if lines.len() == before {
            break;
        }
    }
    lines.join("\n")
}

/// A paragraph of its own that is only a closing with the sender's name, with the
/// member's text above and below it: "Best,\nHamish" before a "PS:", or before the
/// answers they wrote further down between the quoted lines. Not part of the post.
fn strip_inner_signoffs(lines: &mut Vec<&str>, names: &Names) {
    let mut start = 0;
    while start < lines.len() {
        if lines[start].trim().is_empty() {
            start += 1;
            continue;
        }
        let end = (start..lines.len())
            .find(|&i| lines[i].trim().is_empty())
            .unwrap_or(lines.len());
        let para = &lines[start..end];
        // The name on the first or second line (under "Vänliga hälsningar"), and
        // below it at most a signature block: title, practice, phone.
        let name_at = (0..para.len().min(2)).find(|&k| {
            matches!(
                closing(para[k], names),
                Some(Closing::Name | Closing::SignoffAndName)
            )
        });
        let signoff = para.len() <= 1 + MAX_LINES_BELOW_NAME
            && name_at.is_some_and(|k| {
                (k == 0 || is_signoff_line(para[0]))
                    && para[k + 1..].iter().all(|l| signature_like(l))
            });
        if signoff && has_content(&lines[..start]) && has_content(&lines[end..]) {
            // The blank line after it goes too.
            let to = (end + 1).min(lines.len());
            lines.drain(start..to);
            continue;
        }
        start = end;
    }
}

/// Removes one closing with the sender's name (and the signature lines below it).
fn strip_closing(lines: &mut Vec<&str>, names: &Names) {
    let nonblank: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    // The name line: the lowest closing with only signature lines below it.
    let mut found = None;
    for (rank, &i) in nonblank.iter().enumerate().rev() {
        let below = nonblank.len() - rank - 1;
        if below > MAX_LINES_BELOW_NAME {
            break;
        }
        if let Some(kind) = closing(lines[i], names) {
            found = Some((rank, i, kind));
            break;
        }
        if !signature_like(lines[i]) {
            break;
        }
    }
    let Some((rank, at, kind)) = found else {
        return;
    };
    let mut cut = at;
    if kind == Closing::Name && rank > 0 {
        let above = nonblank[rank - 1];
        // "Best wishes" over "Tom" (a blank line between them at most).
        if at - above <= 2 && is_signoff_line(lines[above]) && has_content(&lines[..above]) {
            cut = above;
        }
    }
    if !has_content(&lines[..cut]) {
        return;
    }
    lines.truncate(cut);
    pop_blank(lines);
}

fn pop_blank(lines: &mut Vec<&str>) {
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
}

fn has_content(lines: &[&str]) -> bool {
    lines.iter().any(|l| !l.trim().is_empty())
}

/// Where the learned signature starts at the end of `lines` (non-blank lines compared with
/// collapsed whitespace), if the reply ends with it.
fn signature_start(lines: &[&str], signature: &str) -> Option<usize> {
    let sig: Vec<String> = signature
        .lines()
        .map(norm)
        .filter(|l| !l.is_empty())
        .collect();
    if sig.is_empty() {
        return None;
    }
    let nonblank: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    if nonblank.len() < sig.len() {
        return None;
    }
    let tail = &nonblank[nonblank.len() - sig.len()..];
    let matches = tail.iter().zip(&sig).all(|(&i, s)| norm(lines[i]) == *s);
    matches.then(|| tail[0])
}

/// The signature block that recurs at the end of a member's earlier replies (their
/// trimmed texts, `Parsed::reply`), for [`Sender::known_signature`]: the longest run of
/// last lines shared by at least two replies, where every reply that has it also has
/// something of its own above it. A single shared line counts only when it is not a
/// sentence and has three words or more (`Dr Anna Berg, Vårdcentralen Ekbacken`), so two
/// replies that both end in "Tack!" teach nothing.
pub fn learn_signature(earlier_replies: &[&str]) -> Option<String> {
    // Each reply's non-blank lines, normalised, with the original lines kept.
    let replies: Vec<(Vec<String>, Vec<&str>)> = earlier_replies
        .iter()
        .map(|r| {
            let original: Vec<&str> = r
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .collect();
            (original.iter().map(|l| norm(l)).collect(), original)
        })
        .filter(|(n, _): &(Vec<String>, Vec<&str>)| !n.is_empty())
        .collect();
    let mut best: Option<(usize, usize, usize)> = None; // (support, length, reply index)
    for i in 0..replies.len() {
        for j in i + 1..replies.len() {
            let (a, b) = (&replies[i].0, &replies[j].0);
            let common = a
                .iter()
                .rev()
                .zip(b.iter().rev())
                .take_while(|(x, y)| x == y)
                .count()
                .min(MAX_LEARNED_LINES);
            // The longest acceptable suffix of this length or shorter.
            let Some(len) = (1..=common)
                .rev()
                .find(|&len| acceptable(&a[a.len() - len..]))
            else {
                continue;
            };
            let candidate = &a[a.len() - len..];
            let mut support = 0;
            let mut whole = false;
            for (lines, _) in &replies {
                if lines.len() >= len && lines[lines.len() - len..] == *candidate {
                    support += 1;
                    whole |= lines.len() == len;
                }
            }
            if whole || support < 2 {
                continue;
            }
            if best.is_none_or(|(s, l, _)| (support, len) > (s, l)) {
                best = Some((support, len, i));
            }
        }
    }
    let (_, len, i) = best?;
    let original = &replies[i].1;
    Some(original[original.len() - len..].join("\n"))
}

fn acceptable(lines: &[String]) -> bool {
    if lines.iter().any(|l| l.chars().count() > MAX_LEARNED_LINE) {
        return false;
    }
    match lines {
        [] => false,
        [one] => one.split_whitespace().count() >= 3 && !one.ends_with(['.', '!', '?']),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::{Sender, learn_signature, strip_signoff};

    fn sender(name: &str) -> Sender {
        Sender {
            display_name: name.to_string(),
            known_signature: None,
        }
    }

    fn strip(reply: &str, name: &str) -> String {
        strip_signoff(reply, &sender(name))
    }

    #[test]
    fn english_closings_with_the_senders_name_go() {
        let body = "I would start with a trial of PPI.";
        for closing in [
            "Best wishes\nTom",
            "Thanks,\nOlu",
            "Graham",
            "Cheers - Tom",
            "Kind regards,\n\nDr Graham Hart MRCGP\nGP Partner | Riverside Surgery\nTel: 0115 496 0123",
            "Thanks, Olu",
            "Kind regards, Tom",
            "Tom x",
            "T.B.",
        ] {
            let name = if closing.contains("Olu") {
                "Olumide Adeyemi"
            } else if closing.contains("Graham") {
                "Graham Hart"
            } else {
                "Tom Baker"
            };
            assert_eq!(
                strip(&format!("{body}\n\n{closing}"), name),
                body,
                "{closing}"
            );
        }
    }

    #[test]
    fn swedish_closings_with_the_senders_name_go() {
        let body = "Jag brukar avvakta med antibiotika.";
        for (closing, name) in [
            ("Mvh Lars", "Lars Nilsson"),
            ("/Johan", "Johan Ek"),
            ("//Johan", "Johan Ek"),
            ("Hälsningar\nAnna Berg, ST-läkare", "Anna Berg"),
            (
                "Vänliga hälsningar\n\nÅsa Lind\nDistriktsläkare\nVårdcentralen Ekbacken",
                "Åsa Lind",
            ),
            ("Kram Lasse", "Lars Nilsson"),
            ("Tack!\n/Anna-Karin", "Anna-Karin Ström"),
            ("/J", "Johan Ek"),
            ("Hälsningar\nAsa", "Åsa Lind"),
            ("Mvh/Lars", "Lars Nilsson"),
            ("MVH LARS", "Lars Nilsson"),
        ] {
            assert_eq!(
                strip(&format!("{body}\n\n{closing}"), name),
                body,
                "{closing}"
            );
        }
    }

    #[test]
    fn content_is_never_removed() {
        let cases = [
            ("Do you agree, Tom?", "Tom Baker"),
            ("I asked Graham about it.\nGraham said no.", "Graham Hart"),
            ("Ring mig.\n\nInstämmer", "Lars Nilsson"),
            ("Graham", "Graham Hart"),
            ("Good point.\n\nThanks,\nAlex", "Tom Baker"),
        ];
        for (reply, name) in cases {
            assert_eq!(strip(reply, name), reply, "{reply}");
        }
    }

    #[test]
    fn a_signoff_before_a_ps_or_a_later_answer_goes_and_both_stay() {
        assert_eq!(
            strip(
                "Check the ramipril.\n\nBest,\nHamish\n\nPS: sputum eosinophils too.",
                "Hamish Reid"
            ),
            "Check the ramipril.\n\nPS: sputum eosinophils too."
        );
        assert_eq!(
            strip(
                "Kort svar: ja.\n\n/AB\n\nOch FeNO om ni har det.",
                "Anna Berg"
            ),
            "Kort svar: ja.\n\nOch FeNO om ni har det."
        );
        // (Was kept before: the sign-off goes, the P.S. stays.)
        assert_eq!(
            strip(
                "Good point.\n\nTom\n\nPS: has anyone tried it?",
                "Tom Baker"
            ),
            "Good point.\n\nPS: has anyone tried it?"
        );
        // Someone else's name in a paragraph of its own is the member's text.
        assert_eq!(
            strip("Ask the nurse.\n\nHamish\n\nHe knows.", "Tom Baker"),
            "Ask the nurse.\n\nHamish\n\nHe knows."
        );
    }

    #[test]
    fn a_signoff_with_its_signature_block_before_a_ps_goes() {
        let reply = "Ge råd.\n\nVänliga hälsningar\nSofia Berg\nLeg. läkare, ST i allmänmedicin\nVårdcentralen Norra\n\nPS. 1177 har en broschyr.";
        assert_eq!(
            strip(reply, "Sofia Berg"),
            "Ge råd.\n\nPS. 1177 har en broschyr."
        );
    }

    #[test]
    fn a_region_writes_the_surname_first_and_its_members_sign_with_either() {
        assert_eq!(strip("Ja.\n\nKram\nMaggan", "Holm Margareta"), "Ja.");
        assert_eq!(strip("Ja.\n\n/BA", "Andersson Björn"), "Ja.");
    }

    #[test]
    fn a_reply_that_is_only_thanks_keeps_the_thanks() {
        assert_eq!(strip("Thanks,\nOlu", "Olumide Adeyemi"), "Thanks,");
    }

    #[test]
    fn outlook_last_first_names_work() {
        assert_eq!(strip("Agreed.\n\nRegards\nAnna", "Berg, Anna"), "Agreed.");
        let nhs = "BAKER, Tom (RIVERSIDE SURGERY)";
        assert_eq!(strip("Agreed.\n\nBest wishes\nTom", nhs), "Agreed.");
        assert_eq!(
            strip("Agreed.\n\nRiverside Surgery", nhs),
            "Agreed.\n\nRiverside Surgery"
        );
    }

    #[test]
    fn a_signature_is_learned_and_removed() {
        let sig = "Dr Sara Holm\nDistriktsläkare, Vårdcentralen Norr\n010-123 45 67";
        let earlier = [
            format!("Jag håller med.\n\n{sig}"),
            format!("Bra fråga! Vi gör så här:\n- först CRP\n- sedan odling\n\n{sig}"),
            "Snabbt svar från mobilen: ja.".to_string(),
            format!("Tack för tipset.\n{sig}"),
        ];
        let refs: Vec<&str> = earlier.iter().map(String::as_str).collect();
        let learned = learn_signature(&refs).expect("a signature is learned");
        assert_eq!(learned, sig);
        let next = Sender {
            display_name: "Ingen Alls".into(),
            known_signature: Some(learned),
        };
        assert_eq!(
            strip_signoff(
                &format!("Ny fråga: hur gör ni med D-vitamin?\n\n{sig}"),
                &next
            ),
            "Ny fråga: hur gör ni med D-vitamin?"
        );
        // Only the signature: nothing is removed.
        assert_eq!(strip_signoff(sig, &next), sig);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..Default::default() })]

        /// Whatever the text and the name: the result is the reply's first lines (only the
        /// end goes), and a reply with content keeps some.
        #[test]
        fn only_the_end_goes_and_content_stays(
            reply in "(?:[A-Za-zÅÄÖåäö ,./!?-]{0,30}\n){0,8}",
            name in "[A-Za-zÅÄÖåäö ,.-]{0,20}",
            signature in proptest::option::of("[A-Za-z \n]{0,30}"),
        ) {
            let sender = Sender { display_name: name, known_signature: signature };
            let got = strip_signoff(&reply, &sender);
            let kept: Vec<&str> = got.lines().collect();
            let all: Vec<&str> = reply.lines().map(str::trim_end).collect();
            proptest::prop_assert!(kept.len() <= all.len());
            proptest::prop_assert_eq!(&all[..kept.len()], &kept[..]);
            if reply.chars().any(char::is_alphanumeric) {
                proptest::prop_assert!(got.chars().any(char::is_alphanumeric));
            }
            let _ = learn_signature(&[&reply, &got, &reply]);
        }
    }

    #[test]
    fn nothing_is_learned_from_replies_without_a_common_block() {
        assert_eq!(learn_signature(&["Tack!", "Bra.\nTack!", "Ok"]), None);
        assert_eq!(
            learn_signature(&["Ja.\nAnna Berg", "Nej.\nAnna Berg"]),
            None
        );
        assert_eq!(
            learn_signature(&["Ja.\nAnna Berg\nVC Norr", "Nej.\nAnna Berg\nVC Norr"]),
            Some("Anna Berg\nVC Norr".to_string())
        );
        assert_eq!(
            learn_signature(&["Same text\nhere", "Same text\nhere"]),
            None
        );
        assert_eq!(learn_signature(&[]), None);
    }
}
