//! The patient-identifier guard. Every post, however it arrives, is checked
//! here before anything is stored; a post with findings is refused and its
//! author is shown what was found and why.
//!
//! The check runs on the visible text (see `text`), and each finding maps back
//! to byte offsets in the author's source. Strong categories (`personal_id`,
//! `phone`, `email`) can never be waved through; weak ones (`name`, `date`)
//! can be marked "not an identifier" by the author, one by one.

mod context;
mod detect;
mod names;
pub mod text;

pub use context::{Context, given_name_forms};

use std::ops::Range;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    PersonalId,
    Name,
    Phone,
    Email,
    Address,
    Date,
    #[serde(rename = "age_over_89")]
    AgeOver89,
    RecordNumber,
}

impl Category {
    /// Which category names a stretch two detectors both claim (lower first).
    fn rank(self) -> u8 {
        match self {
            Category::PersonalId => 0,
            Category::Email => 1,
            Category::RecordNumber => 2,
            Category::Phone => 3,
            Category::AgeOver89 => 4,
            Category::Date => 5,
            Category::Address => 6,
            Category::Name => 7,
        }
    }

    pub const ALL: [Category; 8] = [
        Category::PersonalId,
        Category::Name,
        Category::Phone,
        Category::Email,
        Category::Address,
        Category::Date,
        Category::AgeOver89,
        Category::RecordNumber,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::PersonalId => "personal_id",
            Category::Name => "name",
            Category::Phone => "phone",
            Category::Email => "email",
            Category::Address => "address",
            Category::Date => "date",
            Category::AgeOver89 => "age_over_89",
            Category::RecordNumber => "record_number",
        }
    }

    /// Weak categories may be dismissed by the author ("not an identifier").
    pub fn is_weak(self) -> bool {
        matches!(self, Category::Name | Category::Date)
    }

    pub fn placeholder(self, lang: &str) -> &'static str {
        let sv = lang == "sv";
        match self {
            Category::PersonalId => {
                if sv {
                    "[personnummer]"
                } else {
                    "[ID number]"
                }
            }
            Category::Name => {
                if sv {
                    "[namn]"
                } else {
                    "[name]"
                }
            }
            Category::Phone => {
                if sv {
                    "[telefon]"
                } else {
                    "[phone]"
                }
            }
            Category::Email => {
                if sv {
                    "[e-post]"
                } else {
                    "[email]"
                }
            }
            Category::Address => {
                if sv {
                    "[adress]"
                } else {
                    "[address]"
                }
            }
            Category::Date => {
                if sv {
                    "[datum]"
                } else {
                    "[date]"
                }
            }
            Category::AgeOver89 => {
                if sv {
                    "[över 89]"
                } else {
                    "[over 89]"
                }
            }
            Category::RecordNumber => {
                if sv {
                    "[journalnummer]"
                } else {
                    "[record number]"
                }
            }
        }
    }
}

/// One identifier found in a text: byte offsets into the author's source.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub text: String,
}

/// Without the text: errors are logged with `{:?}` (actix-web's logger does
/// at debug level), and the text is the patient identifier itself.
impl std::fmt::Debug for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Finding")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("category", &self.category)
            .field("text", &"[withheld]")
            .finish()
    }
}

/// A detector's hit in the visible text, before mapping back to the source.
pub(crate) struct Hit {
    pub range: Range<usize>,
    pub category: Category,
}

/// Finds patient identifiers in `source` (Markdown or plain text). `allowed`
/// holds texts the author marked "not an identifier"; they silence weak
/// findings with exactly that text, never strong ones. Without a context:
/// see `check_in` for the guard that knows who is writing to whom.
pub fn check(source: &str, allowed: &[String]) -> Vec<Finding> {
    check_in(
        source,
        &Context {
            allowed: allowed.to_vec(),
            ..Context::default()
        },
    )
}

/// Finds patient identifiers in `source`, knowing the context it is written
/// in: the author's and the group members' names in greetings, sign-offs and
/// when colleagues are addressed or quoted are not patient identifiers (the
/// same name after "patienten" or with an age still is), and `ctx.allowed`
/// silences weak findings the author dismissed.
pub fn check_in(source: &str, ctx: &Context) -> Vec<Finding> {
    let visible = text::visible(source);
    let mut spans: Vec<(Range<usize>, Category)> = detect::all(&visible.text)
        .into_iter()
        .map(|h| (widen(source, visible.source_range(h.range)), h.category))
        .collect();
    // Markup can hold text a reader never sees but that is stored (and mailed
    // as the plain-text part) all the same: HTML comments and attributes, link
    // titles, unused link definitions. When there is markup, check the raw
    // source as well.
    if source.contains(['<', '[']) {
        spans.extend(
            detect::all(source)
                .into_iter()
                .map(|h| (h.range, h.category)),
        );
    }
    // A surname alone in a table cell under "Patient" or "Namn"; an age in
    // its "Age" column.
    if source.contains('|') {
        spans.extend(
            names::in_tables(source)
                .into_iter()
                .map(|r| (r, Category::Name)),
        );
        spans.extend(
            detect::ages_in_a_table_column(source)
                .into_iter()
                .map(|r| (r, Category::AgeOver89)),
        );
    }
    // Where two detectors claim the same stretch, the more specific one names
    // it: a number that passes the personnummer check is a personal number
    // even when it also looks like a phone number (those born 2000–2009 start
    // with 0).
    // A phone match can reach past a personal number on either side (an
    // opening parenthesis taken for an area code's): the checksum-valid
    // number inside it is the finding, not the longer phone.
    let ids: Vec<std::ops::Range<usize>> = spans
        .iter()
        .filter(|(_, c)| *c == Category::PersonalId)
        .map(|(r, _)| r.clone())
        .collect();
    spans.retain(|(r, c)| {
        *c != Category::Phone || !ids.iter().any(|p| r.start <= p.start && p.end <= r.end)
    });
    spans.sort_by_key(|(r, c)| (r.start, std::cmp::Reverse(r.end), c.rank()));
    let mut findings: Vec<Finding> = Vec::new();
    for (r, category) in spans {
        let text = &source[r.clone()];
        if category.is_weak() && ctx.allowed.iter().any(|a| a.trim() == text.trim()) {
            continue;
        }
        // One finding per stretch of source: the first (longest) wins.
        if let Some(last) = findings.last_mut().filter(|f| r.start < f.end) {
            if r.end > last.end && category == last.category {
                last.end = r.end;
                last.text = source[last.start..last.end].to_string();
            }
            continue;
        }
        findings.push(Finding {
            start: r.start,
            end: r.end,
            category,
            text: text.to_string(),
        });
    }
    let named = findings.iter().any(|f| f.category == Category::Name);
    if named {
        repeat_names(source, ctx, &mut findings);
    }
    if named && (ctx.author.is_some() || !ctx.members.is_empty()) {
        let people = context::People::new(ctx);
        if !people.is_empty() {
            findings.retain(|f| f.category != Category::Name || !people.addressed(source, f));
        }
    }
    findings
}

/// A name found once is a finding wherever it is written again: as a heading
/// (`**Liv**`), alone in a table cell, opening a sentence. (Each occurrence
/// still meets the context on its own: a colleague greeted by the same name
/// passes.)
fn repeat_names(source: &str, ctx: &Context, findings: &mut Vec<Finding>) {
    let found: Vec<Range<usize>> = findings
        .iter()
        .filter(|f| f.category == Category::Name)
        .map(|f| f.start..f.end)
        .collect();
    let mut added = false;
    for r in names::repeated(source, &found) {
        let text = &source[r.clone()];
        if findings.iter().any(|f| f.start < r.end && r.start < f.end)
            || ctx.allowed.iter().any(|a| a.trim() == text)
        {
            continue;
        }
        findings.push(Finding {
            start: r.start,
            end: r.end,
            category: Category::Name,
            text: text.to_string(),
        });
        added = true;
    }
    if added {
        findings.sort_by_key(|f| f.start);
    }
}

/// A source range on character boundaries and never empty: a finding whose
/// mapping is off is shown a little wider, never dropped (the guard fails closed).
fn widen(source: &str, r: Range<usize>) -> Range<usize> {
    let mut start = r.start.min(source.len());
    let mut end = r.end.clamp(start, source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    while !source.is_char_boundary(end) {
        end += 1;
    }
    if start == end {
        match source[end..].chars().next() {
            Some(c) => end += c.len_utf8(),
            None => {
                start = source[..start]
                    .char_indices()
                    .next_back()
                    .map(|(i, _)| i)
                    .unwrap_or(0)
            }
        }
    }
    start..end
}

/// The source with every finding replaced by its placeholder.
pub fn redact(source: &str, findings: &[Finding], lang: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for f in findings {
        if f.start < at || f.end > source.len() {
            continue;
        }
        out.push_str(&source[at..f.start]);
        out.push_str(f.category.placeholder(lang));
        at = f.end;
    }
    out.push_str(&source[at..]);
    out
}

/// The guard as the posting path uses it: fails closed. Should a detector
/// panic on some odd input, the post is refused, never stored unchecked.
pub fn guard(source: &str, allowed: &[String]) -> Result<Vec<Finding>, GuardFailed> {
    std::panic::catch_unwind(|| check(source, allowed)).map_err(|_| GuardFailed)
}

/// `guard` with the context the text is written in (author, group members,
/// dismissed texts): what every posting path should call.
pub fn guard_in(source: &str, ctx: &Context) -> Result<Vec<Finding>, GuardFailed> {
    std::panic::catch_unwind(|| check_in(source, ctx)).map_err(|_| GuardFailed)
}

#[derive(Debug)]
pub struct GuardFailed;

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(text: &str) -> Vec<&'static str> {
        check(text, &[])
            .iter()
            .map(|f| f.category.as_str())
            .collect()
    }

    #[test]
    fn finds_a_personnummer_and_maps_it_to_the_source() {
        let src = "Pat med pnr 19121212-1212 kom in.";
        let f = check(src, &[]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].category, Category::PersonalId);
        assert_eq!(&src[f[0].start..f[0].end], "19121212-1212");
    }

    #[test]
    fn clinical_numbers_are_not_identifiers() {
        for text in [
            "BT 142/88, puls 72. Hb 112 g/L, CRP 45. Waran 2 x 500 mg. Vecka 32, graviditetsvecka 28+3.",
            "Ring 1177 eller 112. ICD E11.9, ATC C09AA05. Parkinson och Crohn. Kvinna 54 år. I mars.",
            "Follow-up 1/52. Call 111 or 999. She is 87. HbA1c 58 mmol/mol.",
        ] {
            assert!(cats(text).is_empty(), "{text}: {:?}", check(text, &[]));
        }
    }

    #[test]
    fn redaction_replaces_findings_with_placeholders() {
        let src = "Ring 070-123 45 67 eller mejla karin@example.se.";
        let f = check(src, &[]);
        assert_eq!(
            redact(src, &f, "sv"),
            "Ring [telefon] eller mejla [e-post]."
        );
    }

    fn names_in(text: &str) -> Vec<String> {
        check(text, &[])
            .into_iter()
            .filter(|f| f.category == Category::Name)
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn a_name_found_once_is_found_where_it_is_repeated() {
        assert_eq!(
            names_in(
                "Tvillingarna Liv (7) och Iris (5) har feber.\n\n**Liv**\n- 38,9\n\n**Iris**\n- utslag"
            ),
            vec!["Liv", "Iris", "Liv", "Iris"]
        );
        assert_eq!(
            names_in("Her son Noor (4) came in.\n\n### Noor\nTemp 38.5. Noors mother was worried."),
            vec!["Noor", "Noor", "Noors"]
        );
        assert_eq!(
            names_in("Mrs Oyelaran, 88, came in.\n\nOyelaran has CKD 4."),
            vec!["Oyelaran", "Oyelaran"]
        );
        // A word that is also a name stays a word where it is one.
        assert_eq!(
            names_in("Barnen Liv (7) och Iris (5). Det påverkar ett helt liv."),
            vec!["Liv", "Iris"]
        );
        // A colleague with the same surname after "Dr" is not the patient.
        assert_eq!(
            names_in("Mrs Patel, 71, with falls. I asked Dr Patel in geriatrics."),
            vec!["Patel"]
        );
    }

    #[test]
    fn a_name_alone_in_a_table_column_of_patients_or_names() {
        for (text, name) in [
            (
                "| Patient | Problem |\n|---|---|\n| Lindqvist | UVI |\n",
                "Lindqvist",
            ),
            (
                "| Namn | Ålder |\n| :-- | --: |\n| Oyelaran | 88 |\n",
                "Oyelaran",
            ),
            (
                "Lista:\n\nPatient | NHS no\n--- | ---\n**Okonkwo Chidi** | pending\n",
                "Okonkwo Chidi",
            ),
            (
                "| Surname | Issue |\n|---|---|\n| Nkemelu | falls |\n",
                "Nkemelu",
            ),
            ("| Pat | Fråga |\n|---|---|\n| K.L. | rygg |\n", "K.L."),
        ] {
            assert_eq!(names_in(text), vec![name], "{text}");
        }
        for text in [
            "| Patient | Ålder | Fråga |\n|---|---|---|\n| Kvinna | 54 | trötthet |\n| Patient A | 60 | UVI |\n| Man | 71 | KOL |\n",
            "| Patient | Issue |\n|---|---|\n| Woman, 54 | falls |\n| Boy | rash |\n| Case 2 | cough |\n",
            "| Läkemedel | Dos |\n|---|---|\n| Waran | 2,5 mg |\n",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
    }

    #[test]
    fn clinical_words_and_peoples_are_not_names() {
        for text in [
            "Status:\n- Cor: regelbunden rytm, inga blåsljud.\n- Pulm: ua.\n- Buk: mjuk.",
            "- Abdo soft, non-tender\n- Resp: clear",
            "Swabs grew Candida albicans each time.",
            "For people of Chinese, Thai or Korean heritage, do you test HLA-B*5801?",
            "He speaks Welsh and English at home; his wife is German.",
            "| Patient | NHS no | Issue |\n|---|---|---|\n| X | pending | K 6.1 |",
            "Patienten KOL och pat AF sedan 2019.",
        ] {
            assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
        }
        // After a cue they are names all the same.
        assert_eq!(names_in("Pat. Abdo kom igen."), vec!["Abdo"]);
        assert_eq!(names_in("Sökte pat. KL igen."), vec!["KL"]);
    }

    #[test]
    fn weak_findings_can_be_dismissed_strong_cannot() {
        let src = "Hennes make Göran ringde från 070-123 45 67.";
        let allowed = vec!["Göran".to_string(), "070-123 45 67".to_string()];
        let f = check(src, &allowed);
        assert_eq!(
            f.iter().map(|f| f.category).collect::<Vec<_>>(),
            vec![Category::Phone]
        );
    }

    #[test]
    fn a_personal_number_in_brackets_is_a_personal_number_not_a_phone() {
        // A CHI number, a personnummer and an NHS number, each in brackets
        // (and a real phone number in brackets stays a phone).
        for (text, number) in [
            ("His CHI (0906889073) was wrong on the form.", "0906889073"),
            ("Patienten (9912318285) kom igen.", "9912318285"),
            ("NHS no (4857773457) on the letter.", "4857773457"),
        ] {
            let f = check(text, &[]);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(
                (f[0].category, f[0].text.as_str()),
                (Category::PersonalId, number),
                "{text}"
            );
        }
        let f = check("Ring (08) 123 456 78 om det blir värre.", &[]);
        assert!(f.iter().all(|f| f.category == Category::Phone), "{f:?}");
    }
}
