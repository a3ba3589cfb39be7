//! Email reply trimming: keeps only what a member wrote when they answer a digest or
//! notification email, so that nothing else (the quoted digest with other members' posts,
//! reply headers, signatures with phone numbers, mobile footers) is ever posted to a thread.
//!
//! This module owns the text side of inbound email: [`trim`] takes a plain-text body that is
//! already MIME-decoded and returns the member's own lines plus what was cut;
//! [`html_to_text`] turns an HTML-only body into plain text that [`trim`] understands.
//! It knows nothing about MIME, addresses or threads, and has no I/O.
//!
//! How it works: every line is classified (empty, text, quote, reply header such as
//! `On … wrote:` / `Den … skrev …:` / `-----Original Message-----`, Outlook header field such
//! as `Från:`/`From:`, mobile footer, delimiter such as `-- ` or `____`), wrapped reply
//! headers are joined, and the classes are read as a pattern string. Structural rules on that
//! pattern decide where the quoted history starts; then every remaining quoted line is
//! dropped (interleaved answers keep the member's lines, in order), and a signature at the
//! end is cut. Everything is a single pass or a regex over the line pattern (the `regex`
//! crate is linear-time), so large and hostile bodies cannot make it quadratic.
//!
//! Policy, deliberately on the side of posting too little:
//! - Quoted lines are never posted, not even when the member answered between or below them
//!   (the reference corpora keep such quotes); a body that is only quotation, or that opens
//!   with a forwarded or original message, yields an empty reply. The caller should refuse an
//!   empty reply rather than post anything else.
//! - Our marker line (`## Reply above this line … ##` / `## Svara ovanför den här raden … ##`)
//!   and everything below it are cut where it stands unquoted. Quoted (`> ## Reply above…`)
//!   it is one more quoted line, so a bottom-posted or interleaved answer below it is kept.
//! - An unquoted forward or original-message separator (`---------- Forwarded message`,
//!   `Vidarebefordrat meddelande`, `Begin forwarded message:`) ends the member's text:
//!   below it is somebody else's mail.
//! - Confidentiality and data-protection footers that servers append (NHSmail, regions)
//!   are cut from the end of the reply.
//! - Signatures: `-- ` and everything below it, mobile footers and everything below them,
//!   Swedish sign-offs (`Med vänliga hälsningar`, `Mvh`, `Hälsningar`, …) with the name lines
//!   after them, a last paragraph of contact details, a lone name on the last line (`/Anna`).
//!   An English sign-off (`Best regards`, `Cheers`, `Thanks,`) is cut only when a signature
//!   block (title, phone, address…) follows it; followed by just a name it stays, because
//!   Discourse's and Mailgun's reference corpora expect "Thanks,\nAlex" in the reply.
//!
//! `elided` is everything that was cut, in order. It holds other people's text (the quoted
//! digest): keep it out of logs and never post it.

use std::cell::LazyCell;
use std::sync::LazyLock;

use regex::Regex;

/// What the member wrote, and what was cut.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trimmed {
    pub reply: String,
    pub elided: String,
}

/// Keeps only what the member wrote in a plain-text email body (already MIME-decoded):
/// cuts quoted history and reply headers, signatures, mobile footers, and our own
/// "reply above this line" marker. Interleaved answers keep the member's lines in order.
pub fn trim(body: &str) -> Trimmed {
    let text = normalize_line_endings(body);
    let lines: Vec<&str> = text.split('\n').collect();
    let kept = kept_lines(&lines);

    let mut keep = vec![false; lines.len()];
    for &i in kept.iter().flatten() {
        keep[i] = true;
    }
    let reply = join_trimmed(kept.iter().map(|e| e.map_or("", |i| lines[i].trim_end())));
    let elided = join_trimmed(
        lines
            .iter()
            .zip(&keep)
            .filter(|(_, kept)| !**kept)
            .map(|(l, _)| *l),
    );
    Trimmed { reply, elided }
}

// ---------------------------------------------------------------------------------------
// Line classification
// ---------------------------------------------------------------------------------------

/// The class of one line; `as_char` gives the letter used in the pattern string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Empty,
    Text,
    Quote,
    /// A reply or forward header: `On … wrote:`, `-----Original Message-----`, …
    Header,
    /// A line of an Outlook-style header block: `From:`, `Skickat:`, …
    Field,
    /// A mobile or client footer: `Sent from my iPhone`, `Skickat från Outlook för iOS`, …
    Footer,
    /// A delimiter line: `-- `, `____`, `----`, …; everything below it is cut.
    Delimiter,
    /// A line inside a closed ``` fence: the member's, whatever it looks like.
    Code,
}

impl Kind {
    fn as_char(self) -> char {
        match self {
            Kind::Empty => 'e',
            Kind::Text => 't',
            Kind::Quote => 'q',
            Kind::Header => 'b',
            Kind::Field => 'h',
            Kind::Footer => 's',
            Kind::Delimiter => 'd',
            Kind::Code => 't',
        }
    }
}

/// Longest line (in bytes) that may be part of a reply header; longer lines are text.
const MAX_HEADER_LINE: usize = 300;
/// A wrapped reply header may span at most this many lines.
const MAX_HEADER_SPAN: usize = 5;

/// In a pattern of ASCII words, word boundaries are ASCII ones: a Unicode
/// `\b` keeps the regex engine off its fast automaton (onto a backtracker)
/// for any non-ASCII text, which was half of ingest's time. Patterns with
/// words in other scripts that run on every line say the same without `\b`:
/// a boundary that ends a pattern is `(?:\W|$)`, one that starts an
/// unanchored pattern `(?:^|\W)` (the same matches, as far as `is_match`
/// can tell). The few that keep a Unicode `\b` in the middle run only on
/// lines that passed a cheap test first (`WROTE_STEMS`, an `@`). So do
/// anchored patterns with large character classes (`HEADER_ISO_DATE`): on a
/// short line the engine runs them on a backtracker whose setup alone costs
/// more than the search, so a literal they need is looked for first.
fn re(pattern: &str) -> Regex {
    let pattern = if pattern.is_ascii() {
        pattern.replace(r"\b", r"(?-u:\b)")
    } else {
        pattern.to_string()
    };
    Regex::new(&pattern).expect("static trim regex must compile")
}

/// The words that end or carry a reply header, per language.
const WROTE: &str = r"(?:wrote|writes|said|says|skrev|skriver|schrieb|schreef|geschreven|escribió|escribio|escreveu|a\s+écrit|a\s+ecrit|ha\s+scritto|ha\s+escrit|napisał\(a\)|napisała|napisał|napisal|pisze|написала|написал\(а\)|написал|написав|пише|kirjoitti|írta|napsal|yazdı|έγραψε)";

/// A date at the start of a line, maybe after a weekday: `tis 12 mars 2024`, `Thu, 26 Jun`,
/// `2016-10-24`, `02.04.2012`, `23 mar 2017`, `11:00 AM` (but not `2. Vänta`).
const DATE_START: &str = r"(?:[^\s\d,]{1,15}\.?,?\s+)?(?:\d{4}\b|\d{1,4}[./\-]\s?\d|\d{1,2}:\d\d\b|\d{1,2}\.?\s+\p{L}{2,}\.?,?\s+\d)";
/// How a date-led reply header starts: a language's "On"/"Den"/… or a date.
static HEADER_START: LazyLock<String> = LazyLock::new(|| header_start(DATE_START));
/// The same, for the end of a pattern: its word boundaries as `(?:\W|$)`.
static HEADER_START_AT_END: LazyLock<String> =
    LazyLock::new(|| header_start(&DATE_START.replace(r"\b", r"(?:\W|$)")));

fn header_start(date_start: &str) -> String {
    format!(r"(?:on|at|le|am|den|el|em|op|il|dnia|dňa|w\s+dniu|pe|på|in\s+message|{date_start})")
}

/// Every header that `HEADER_VERB_AT_END`, `HEADER_VERB_THEN_NAME` or
/// `HEADER_EMAIL_WROTE` matches has one of these in it (matched as those
/// patterns match, `(?i)`): a cheap test that spares most lines those three.
static WROTE_STEMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        "(?i)wrote|writes|said|says|skrev|skriver|schrieb|schreef|geschreven|escribi|escreveu|crit|napisa|napisal|pisze|napsal|kirjoitti|írta|yazd|написа|пише|έγραψε",
    )
});

static HEADER_VERB_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^{}.{{0,400}}\b{WROTE}(?:\s+(?:the\s+following|het\s+volgende))?\s*[:：.>]*$",
        *HEADER_START
    ))
});
static HEADER_VERB_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:den|am|op|on|\d{1,4}[\s./\-]|[^\s\d,]{1,15}\.?,?\s+\d).{0,300}\b(?:skrev|skriver|schrieb|schreef|wrote)\s+\S.{0,300}:\s*$",
    )
});
/// `Anna Andersson skrev:` — a header only when a quotation follows it (see
/// `mark_short_headers`), since "Som Anna skrev:" may open the member's own list.
static HEADER_SOMEONE_WROTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:\S+\s+){1,8}(?:wrote|skrev|schrieb|schreef|escribió|escreveu|a\s+écrit|ha\s+scritto|napisał\(a\)|napisała|napisał|kirjoitti|написал\(а\)|написала|написал|написав|пише)\s*[:：]$",
    )
});
static HEADER_EMAIL_WROTE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^.{{0,200}}[\w.+-]+@[\w-]+\.[\w.-]+.{{0,200}}\b{WROTE}\s*[:：]?$"
    ))
});
/// `Anna <anna@x> wrote on 2026-11-03 21:14:` (Lotus Notes), `… skrev 2026-11-03 21:14:`.
static HEADER_WROTE_ON: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^.{1,200}\b(?:wrote|schrieb|skrev)\s+(?:on\b|am\b|den\b|\d).{1,200}:$")
});
/// GroupWise: `>>> kollega <kollega@example.org> 2026-11-03 21:14 >>>` over unquoted history.
static HEADER_GROUPWISE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*>>>\s+\S.{0,200}\d.{0,100}>>>\s*$"));
/// Horde and friends: `Quoting kollega <kollega@example.org>:`, `Citerar kollega:` — a
/// header only right above a quotation, like `Anna skrev:`.
static HEADER_QUOTING: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:quoting|citerar|zitat\s+von|citation\s+de)\s+\S.{0,200}[:：]$"));
static HEADER_DATE_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^{DATE_START}.{{0,250}}(?:<\s*[^<>\s@]+@[^<>\s]+\s*>|\s[\w.+-]+@[\w-]+\.[\w.-]+>?)\s*(?:\(\w+\)\s*)?[:：]?$"
    ))
});
static HEADER_ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{4}-\d\d-\d\d \d{1,2}:\d\d GMT[+-]\d\d:\d\d [\w\s.\-]{1,80}$"));
/// One of these is in every line `HEADER_CJK` matches.
const CJK_HEADER_WORDS: &[&str] = &["写道", "のメッセージ", "작성", "寫道"];
static HEADER_CJK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:在.{1,300}写道|\d.{1,300}(?:のメッセージ|작성)|.{1,300}於.{1,100}寫道)\s*[:：]?$")
});
static HEADER_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^-{2,}\s*(?:original\s+message|forwarded\s+message|reply\s+message|ursprungligt\s+meddelande|originalmeddelande|vidarebefordrat\s+(?:meddelande|brev)|ursprüngliche\s+nachricht|weitergeleitete\s+nachricht|mensaje\s+original|mensaje\s+reenviado|message\s+d'origine|message\s+original|message\s+transféré|oorspronkelijk\s+bericht|doorgestuurd\s+bericht|oprindelig\s+(?:meddelelse|besked)|videresendt\s+(?:meddelelse|besked|melding)|opprinnelig\s+melding|messaggio\s+originale|messaggio\s+inoltrato|mensagem\s+original|mensagem\s+encaminhada|wiadomość\s+oryginalna|oryginalna\s+wiadomość|przekazana\s+wiadomość|исходное\s+сообщение|пересылаемое\s+сообщение|пересланное\s+сообщение|alkuperäinen\s+viesti|välitetty\s+viesti|原始邮件|原始郵件|转发的邮件)\s*-*\s*$",
    )
});
static HEADER_FORWARD_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:begin\s+forwarded\s+message|början\s+på\s+vidarebefordrat\s+(?:meddelande|brev)|vidarebefordrat\s+(?:meddelande|brev)|anfang\s+der\s+weitergeleiteten\s+nachricht|début\s+du\s+message\s+(?:transféré|réexpédié)|inicio\s+del\s+mensaje\s+reenviado|videresendt\s+(?:melding|besked|meddelelse))\s*[:：]$",
    )
});
static HEADER_POSTED_BY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^posted\s+by\s+.{1,100}\s+on\s+\d{1,2}/\d{1,2}/\d{4}$"));

/// A line that begins a reply header of its own (so it cannot continue another one).
static HEADER_BEGINS: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)^{}", *HEADER_START_AT_END)));

/// Cheap test for "may start a wrapped reply header": has a date, an address or a
/// header-start word, and is not a full sentence of quoted text.
static HEADER_CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^(?:{}|.*<|.*\S@[\w-]+\.|(?:.*\W)?(?:wrote|schrieb|skrev)(?:\W|$))",
        *HEADER_START_AT_END
    ))
});

static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s*]*(from|sent|to|cc|bcc|subject|date|reply-to|från|skickat|till|kopia|ämne|datum|svara\s+till|von|gesendet|an|betreff|de|envoyé|à|a|objet|para|asunto|enviado|enviada\s+em|fecha|assunto|da|inviato|oggetto|data|risposta|van|verzonden|aan|onderwerp|beantwoorden\s+-\s+aan|fra|sendt|til|emne|dato|от|отправлено|кому|тема|дата|копия|od|wysłano|do|temat|lähettäjä|lähetetty|vastaanottaja|aihe|päivämäärä|发件人|发送时间|收件人|主题|抄送|日期|expéditeur|destinataire|répondre\s+à)\s*\*?\s*[:：]\s*\S",
    )
});
const DATE_FIELDS: &[&str] = &[
    "sent",
    "date",
    "skickat",
    "datum",
    "gesendet",
    "envoyé",
    "enviado",
    "enviada em",
    "fecha",
    "inviato",
    "data",
    "verzonden",
    "sendt",
    "dato",
    "отправлено",
    "дата",
    "wysłano",
    "lähetetty",
    "päivämäärä",
    "发送时间",
    "日期",
];
const FROM_FIELDS: &[&str] = &[
    "from",
    "från",
    "von",
    "de",
    "expéditeur",
    "da",
    "van",
    "fra",
    "от",
    "od",
    "lähettäjä",
    "发件人",
];

static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:[A-Z][A-Za-z]{0,9})?>(?:\s|$|>)|^\s*>"));
static DELIMITER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*[-_=+~#*ᐧ—–]+\s*$"));
/// Our marker where the member's client left it unquoted: everything below it is our own
/// message. A quoted marker (`> ## Reply above …`) is only a quoted line: a bottom-poster's
/// answer below the quotation is theirs.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*#*\s*(?:reply\s+above\s+this\s+line|svara\s+ovanför\s+(?:den\s+här|denna)\s+raden)",
    )
});
static CODE_FENCE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s{0,3}(?:```|~~~)"));

/// Footers that say what they are.
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^[\s(<\[]*(?:
        get\s+(?:outlook|the\s+outlook\s+app)\s+for(?:\W|$)
      | (?:hämta|skaffa)\s+outlook\s+för(?:\W|$)
      | obtenir\s+outlook\s+pour(?:\W|$)
      | holen\s+sie\s+sich\s+outlook\s+für(?:\W|$)
      | (?:sent\s+)?via\s+(?:mobile|phone|iphone|android|my\s+phone)\W*$
      | von\s+meinem\s+.{1,60}\s+gesendet
      | diese\s+nachricht\s+wurde\s+von\s+.{1,80}\s+gesendet
      | 從我的\s*iphone\s*傳送
      | 发自我的\s*iphone
      | iphone\s*から送信
    )")
});
/// `Sent from my iPhone`, `Skickat från Outlook för Android`, …: a footer when short or
/// when it names a device or mail app (not "Sent from my desk, is much easier …").
static FOOTER_SENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s(<\[]*(?:sent|skickat|skickad|skickades|gesendet|envoyé|enviado|inviato|sendt|verzonden|verstuurd|wysłane|lähetetty|отправлено)\s+(?:from|via|with|by|using|från|med|von|mit|depuis|de|à\s+partir\s+de|desde|do|dal|da|fra|met|vanaf|z|с|из)(?:\W|$)",
    )
});
/// `From my iPhone`, `Anna from mobile`, `Från min iPhone`: only with a device named.
static FOOTER_FROM_MY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^[\s(<\[]*(?:from\s+my|från\s+min|\S+\s+from\s+mobile)(?:\W|$)"));
static FOOTER_DEVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|\W)(?:iphone|ipad|ipod|android|blackberry|mobile|mobil|mobilgerät|mobiltelefon|phone|telefon|cell|smartphone|galaxy|samsung|htc|nokia|pixel|huawei|xperia|windows|pc|outlook|gmail|yahoo|mail|mailbox|airmail|sparrow|device|tablet|verizon|k-9|ti-85|ios|4g|5g|lte|e-post|windows\s+10)(?:\W|$)",
    )
});
static MARKDOWN_LINK: LazyLock<Regex> = LazyLock::new(|| re(r"\[([^\]]{0,200})\]\([^)]{0,500}\)"));
static ANGLE_URL: LazyLock<Regex> =
    LazyLock::new(|| re(r"<(?:https?|mailto):[^>]{0,500}>|\(https?://[^)]{0,500}\)"));

/// Text used for matching: no invisible marks, no-break spaces as spaces, trimmed end.
fn clean(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' => out.push(' '),
            '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{202a}'..='\u{202e}' => {}
            _ => out.push(c),
        }
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out
}

/// The line without leading quote markers, bold stars, dashes and spaces, and without
/// trailing stars, dashes and spaces: what a reply header looks like on its own.
fn header_core(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '>' | '*' | '-' | '_'))
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '-' | '_'))
}

fn is_header(core: &str) -> bool {
    if core.is_empty() || core.len() > MAX_HEADER_LINE * MAX_HEADER_SPAN {
        return false;
    }
    let has_digit = core.bytes().any(|b| b.is_ascii_digit());
    let has_at = core.contains('@');
    let wrote = LazyCell::new(|| WROTE_STEMS.is_match(core));
    (has_digit
        && *wrote
        && (HEADER_VERB_AT_END.is_match(core)
            || (core.trim_end().ends_with(':') && HEADER_VERB_THEN_NAME.is_match(core))))
        || (has_at && *wrote && HEADER_EMAIL_WROTE.is_match(core))
        || ((has_at || core.contains('<')) && HEADER_WROTE_ON.is_match(core))
        || (has_digit && has_at && HEADER_DATE_EMAIL.is_match(core))
        || (core.contains(" GMT") && HEADER_ISO_DATE.is_match(core))
        || (CJK_HEADER_WORDS.iter().any(|w| core.contains(w)) && HEADER_CJK.is_match(core))
        || (core.contains('/') && HEADER_POSTED_BY.is_match(core))
        || is_separator(core)
}

fn is_separator(core: &str) -> bool {
    core.ends_with([':', '：']) && HEADER_FORWARD_INTRO.is_match(core)
}

/// `-----Original Message-----` and friends, tested on the line with only spaces, quote
/// markers and stars removed (the dashes are part of the pattern).
fn is_separator_line(cleaned: &str) -> bool {
    let s = cleaned
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '>' | '*'))
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    s.starts_with("--") && HEADER_SEPARATOR.is_match(s)
}

fn field_key(cleaned: &str) -> Option<String> {
    FIELD
        .captures(cleaned)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_lowercase())
}

/// A header field line: `From: …`, `*Skickat:* …` (date fields need a digit).
fn is_field(cleaned: &str) -> Option<String> {
    let key = field_key(cleaned)?;
    if DATE_FIELDS.contains(&key.as_str()) && !cleaned.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(key)
}

fn is_footer(cleaned: &str) -> bool {
    if cleaned.len() > 200 {
        return false;
    }
    let unlinked = MARKDOWN_LINK.replace_all(cleaned, "$1");
    let s = ANGLE_URL.replace_all(&unlinked, "");
    let s = s.trim();
    if FOOTER.is_match(s) {
        return true;
    }
    let first_clause = s.split([',', '.', ';', '!', '(']).next().unwrap_or(s);
    let device = || FOOTER_DEVICE.is_match(first_clause);
    (FOOTER_SENT.is_match(s) && (s.split_whitespace().count() <= 5 || device()))
        || (FOOTER_FROM_MY.is_match(s) && device())
}

fn classify(cleaned: &str) -> Kind {
    if cleaned.trim().is_empty() {
        return Kind::Empty;
    }
    if DELIMITER.is_match(cleaned) {
        return Kind::Delimiter;
    }
    if is_footer(cleaned) {
        return Kind::Footer;
    }
    if cleaned.len() <= MAX_HEADER_LINE
        && (is_separator_line(cleaned)
            || is_header(header_core(cleaned))
            || HEADER_GROUPWISE.is_match(cleaned))
    {
        return Kind::Header;
    }
    if is_field(cleaned).is_some() {
        return Kind::Field;
    }
    if QUOTE.is_match(cleaned) {
        return Kind::Quote;
    }
    Kind::Text
}

/// Classifies every line, joins wrapped reply headers and validates header blocks.
fn classify_all(cleaned: &[String]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = cleaned.iter().map(|l| classify(l)).collect();
    // Code blocks: between a ``` line and the next one. An unclosed fence opens nothing,
    // or a stray ``` could carry the whole quoted history into the reply.
    let fences: Vec<usize> = (0..cleaned.len())
        .filter(|&i| CODE_FENCE.is_match(&cleaned[i]))
        .collect();
    for pair in fences.chunks_exact(2) {
        for k in kinds.iter_mut().take(pair[1] + 1).skip(pair[0]) {
            *k = if *k == Kind::Empty {
                Kind::Empty
            } else {
                Kind::Code
            };
        }
    }
    mark_short_headers(cleaned, &mut kinds);
    join_wrapped_headers(cleaned, &mut kinds);
    validate_field_blocks(cleaned, &mut kinds);
    mark_rewrapped_quotes(cleaned, &mut kinds);
    kinds
}

/// A long quoted line that the replying client re-wrapped leaves its end unquoted:
/// `> … Nullam pharetra d` / `ignissim odio?` / `>`. A line that starts in lower case
/// between a long quoted line and another quoted line is quotation.
fn mark_rewrapped_quotes(cleaned: &[String], kinds: &mut [Kind]) {
    for k in 1..kinds.len() {
        if kinds[k] != Kind::Text || kinds[k - 1] != Kind::Quote {
            continue;
        }
        let above = cleaned[k - 1].trim_start_matches(|c: char| c == '>' || c.is_whitespace());
        let starts_lower = cleaned[k]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let below_is_quote = kinds.get(k + 1) == Some(&Kind::Quote);
        if above.chars().count() >= 50 && starts_lower && below_is_quote {
            kinds[k] = Kind::Quote;
        }
    }
}

/// `Anna Andersson skrev:` directly above a quotation is a reply header.
fn mark_short_headers(cleaned: &[String], kinds: &mut [Kind]) {
    let mut next_content: Option<Kind> = None;
    for k in (0..kinds.len()).rev() {
        let kind = kinds[k];
        if matches!(kind, Kind::Text | Kind::Quote)
            && next_content == Some(Kind::Quote)
            && cleaned[k].len() <= MAX_HEADER_LINE
            && (HEADER_SOMEONE_WROTE.is_match(header_core(&cleaned[k]))
                || HEADER_QUOTING.is_match(header_core(&cleaned[k])))
        {
            kinds[k] = Kind::Header;
        }
        if kind != Kind::Empty {
            next_content = Some(kinds[k]);
        }
    }
}

/// `On Mon, 1 Feb 2016 at 18:32, Jeff <jeff@example.com>\n> wrote:` and similar: a header
/// wrapped over up to five lines becomes a run of header lines.
fn join_wrapped_headers(cleaned: &[String], kinds: &mut [Kind]) {
    let n = cleaned.len();
    let mut i = 0;
    while i < n {
        let start_ok = matches!(kinds[i], Kind::Text | Kind::Quote)
            && cleaned[i].len() <= MAX_HEADER_LINE
            && !cleaned[i].ends_with(':')
            && !ends_sentence(&cleaned[i])
            && HEADER_CANDIDATE.is_match(header_core(&cleaned[i]));
        if !start_ok {
            i += 1;
            continue;
        }
        // The longest header within the window wins: `Le 4 janv. 2016, "Neil"` +
        // `<info@discourse.org>` already looks like a header, `a écrit :` completes it.
        let mut joined = header_core(&cleaned[i]).to_string();
        let mut found = None;
        for j in i + 1..n.min(i + MAX_HEADER_SPAN) {
            if !matches!(
                kinds[j],
                Kind::Text | Kind::Quote | Kind::Empty | Kind::Header
            ) || cleaned[j].len() > MAX_HEADER_LINE
            {
                break;
            }
            let piece = header_core(&cleaned[j]);
            // `> wrote:` may finish a wrapped header; `On …, Jeff wrote:` starts its own.
            if kinds[j] == Kind::Header && HEADER_BEGINS.is_match(piece) {
                break;
            }
            if piece.is_empty() {
                continue;
            }
            if found.is_some() && piece.chars().count() > 40 {
                break;
            }
            joined.push(' ');
            joined.push_str(piece);
            if is_header(&joined) {
                found = Some(j);
            }
            if cleaned[j].ends_with(':')
                || cleaned[j].ends_with('：')
                || kinds[j] == Kind::Header
                || ends_sentence(&cleaned[j])
            {
                break;
            }
        }
        match found {
            Some(j) => {
                // If a later line starts a header ending on line j too (`On Thursday.` above
                // `> On May 17, … wrote:`), the header starts there.
                let start = (i + 1..=j)
                    .rev()
                    .find(|&s| {
                        matches!(kinds[s], Kind::Text | Kind::Quote | Kind::Header)
                            && HEADER_BEGINS.is_match(header_core(&cleaned[s]))
                            && is_header(&join_cores(&cleaned[s..=j]))
                    })
                    .unwrap_or(i);
                for k in kinds.iter_mut().take(j + 1).skip(start) {
                    *k = Kind::Header;
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// Ends like a sentence ("… hade feber.", "Vänta!"), not like an abbreviated date
/// ("Fr., 28.", "kl.", "Apr.").
fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(['!', '?']) {
        return true;
    }
    let Some(body) = line.strip_suffix('.') else {
        return false;
    };
    let last = body
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    last.chars().count() >= 5 && !last.chars().all(|c| c.is_ascii_digit())
}

fn join_cores(lines: &[String]) -> String {
    let mut joined = String::new();
    for line in lines {
        let core = header_core(line);
        if !core.is_empty() {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(core);
        }
    }
    joined
}

/// Header fields count only in blocks: three field lines, or two with a sender field
/// (`From:`/`Från:`/…); a wrapped field value (one or two lines) may sit between them.
/// A lone `Subject: …` line in the member's text stays text.
fn validate_field_blocks(cleaned: &[String], kinds: &mut [Kind]) {
    let n = kinds.len();
    let mut i = 0;
    while i < n {
        if kinds[i] != Kind::Field {
            i += 1;
            continue;
        }
        let mut fields = 0;
        let mut has_from = false;
        let mut end = i; // exclusive end of the block
        let mut j = i;
        while j < n {
            if kinds[j] == Kind::Field {
                fields += 1;
                if let Some(key) = field_key(&cleaned[j]) {
                    has_from |= FROM_FIELDS.contains(&key.as_str());
                }
                j += 1;
                end = j;
                continue;
            }
            // A wrapped value: up to two non-empty lines followed by another field.
            let mut k = j;
            while k < n && k < j + 2 && matches!(kinds[k], Kind::Text | Kind::Quote) {
                k += 1;
            }
            if k > j && k < n && kinds[k] == Kind::Field {
                j = k;
                continue;
            }
            break;
        }
        let valid = fields >= 3 || (fields >= 2 && has_from);
        for k in kinds.iter_mut().take(end).skip(i) {
            if valid {
                *k = Kind::Field;
            } else if *k == Kind::Field {
                *k = Kind::Text;
            }
        }
        i = end.max(i + 1);
    }
}

// ---------------------------------------------------------------------------------------
// Structure: where the history starts, which lines the member wrote
// ---------------------------------------------------------------------------------------

/// Text, then a reply header with no quotation after it: the rest is unquoted history.
static UNQUOTED_HISTORY: LazyLock<Regex> = LazyLock::new(|| re(r"te*b[^q]*$"));
/// Text, then a reply header, quotation, and a short unquoted tail: the tail belongs to the
/// quoted message (its signature, a list footer), not to the member.
static QUOTED_HISTORY: LazyLock<Regex> = LazyLock::new(|| re(r"te*b[eqbh]*([te]*)$"));
/// Text, then (after quotes or blank lines) an Outlook header block.
static FIELD_HISTORY: LazyLock<Regex> = LazyLock::new(|| re(r"t[eq]*h"));
/// A member tail after quoted history needs this many text lines to count as an answer.
const MIN_TAIL_TEXT_LINES: usize = 7;

/// Indices of the lines the member wrote, in order.
fn kept_lines(lines: &[&str]) -> Vec<Option<usize>> {
    let cleaned: Vec<String> = lines.iter().map(|l| clean(l)).collect();

    // Our own marker: it and everything below it go.
    let end = cleaned
        .iter()
        .position(|l| l.len() <= MAX_HEADER_LINE && MARKER.is_match(l))
        .unwrap_or(cleaned.len());
    let cleaned = &cleaned[..end];

    let kinds = classify_all(cleaned);

    // A mobile footer or a delimiter (`-- `, `____`) ends the member's text.
    let end = text_end(cleaned, &kinds);
    let kinds: Vec<Kind> = kinds
        .into_iter()
        .map(|k| if k == Kind::Delimiter { Kind::Text } else { k })
        .collect();
    let mut seq: Vec<usize> = (0..end).collect();
    let mut pattern: String = seq.iter().map(|&i| kinds[i].as_char()).collect();

    // A forward or an original message with nothing above it: the member wrote nothing.
    // (A bare `On … wrote:` at the top is different: bottom-posters write below it.)
    let opens_with_history = seq
        .iter()
        .find(|&&i| kinds[i] != Kind::Empty)
        .is_some_and(|&i| {
            kinds[i] == Kind::Field
                || (kinds[i] == Kind::Header
                    && (is_separator_line(&cleaned[i]) || is_separator(header_core(&cleaned[i]))))
        });
    if opens_with_history {
        return Vec::new();
    }

    // An unquoted forward or original-message separator below the member's text: what
    // follows is somebody else's mail (a lab's, a hospital's), never the member's.
    if let Some(at) = seq.iter().position(|&i| {
        kinds[i] == Kind::Header
            && !QUOTE.is_match(&cleaned[i])
            && (is_separator_line(&cleaned[i]) || is_separator(header_core(&cleaned[i])))
    }) {
        seq.truncate(at);
        pattern.truncate(at);
    }

    // Unquoted history below the member's text: cut from the header.
    if let Some(at) = UNQUOTED_HISTORY.find(&pattern).map(|m| m.start()) {
        cut_after(&mut seq, &mut pattern, at);
    }
    // Quoted history below the member's text with at most a short unquoted tail.
    let quoted = QUOTED_HISTORY.captures(&pattern).and_then(|c| {
        let tail_text = c.get(1).map_or(0, |t| t.as_str().matches('t').count());
        c.get(0).map(|m| (m.start(), tail_text))
    });
    // Unless the quotation is of our own message (our marker is in it): that ends inside
    // the quotation with our footer, so whatever stands below it is the member's (a PS).
    let ours_quoted = seq.iter().any(|&i| {
        kinds[i] == Kind::Quote && MARKER.is_match(cleaned[i].trim_start_matches(['>', ' ']))
    });
    if let Some((at, tail_text)) = quoted
        && tail_text < MIN_TAIL_TEXT_LINES
        && !(ours_quoted && tail_text > 0)
    {
        cut_after(&mut seq, &mut pattern, at);
    }
    // An Outlook header block below the member's text: everything from it is history.
    if let Some(at) = FIELD_HISTORY.find(&pattern).map(|m| m.start()) {
        cut_after(&mut seq, &mut pattern, at);
    }

    // Keep the member's lines; quotes, headers and header blocks go. Where something was
    // removed between two of the member's paragraphs, one blank line stands for it.
    let mut kept: Vec<Option<usize>> = Vec::with_capacity(seq.len());
    let mut gap = false;
    for &i in &seq {
        match kinds[i] {
            Kind::Text | Kind::Code => {
                if gap && kept.last().is_some_and(Option::is_some) {
                    kept.push(None);
                }
                gap = false;
                kept.push(Some(i));
            }
            Kind::Empty => {
                if !gap {
                    kept.push(Some(i));
                }
            }
            _ => {
                gap = true;
                // Blank lines just before a removed stretch are dropped with it.
                while kept.last().is_some_and(|l| is_blank(*l, &kinds)) {
                    kept.pop();
                }
            }
        }
    }
    if !kept
        .iter()
        .any(|l| l.is_some_and(|i| matches!(kinds[i], Kind::Text | Kind::Code)))
    {
        return Vec::new();
    }
    cut_banners(cleaned, &kinds, &mut kept);
    cut_disclaimers(cleaned, &kinds, &mut kept);
    if !kept
        .iter()
        .any(|l| l.is_some_and(|i| matches!(kinds[i], Kind::Text | Kind::Code)))
    {
        return Vec::new();
    }
    // Was anything below the member's last line cut (history, footer, marker)?
    let last_kept = kept.iter().rev().find_map(|e| *e).unwrap_or(0);
    let history_below = (last_kept + 1..lines.len()).any(|i| !lines[i].trim().is_empty());
    cut_signature(cleaned, &kinds, &mut kept, history_below);
    kept
}

/// Confidentiality and data-protection footers that mail servers and regions append
/// (NHSmail, Swedish regions): not the member's words, wherever the server put them.
static DISCLAIMER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
          intended\s+(?:solely\s+)?(?:for\s+the\s+)?(?:recipient|addressee)
        | received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error
        | (?:this|the)\s+(?:e-?mail|message|communication)(?:\s+and\s+any\s+(?:attachments|files)(?:\s+\S+){0,4})?\s+(?:is|are|may\s+be|may\s+contain|contains?)\s+(?:strictly\s+)?(?:confidential|privileged|sensitive)
        | nhsmail\s+is\s+the\s+secure
        | portal\.nhs\.net
        | confidentiality\s+notice
        | please\s+consider\s+the\s+environment\s+before\s+printing
        | (?:rätt|avsedd|korrekt)\s+mottagare
        | (?:detta|det\s+här)\s+(?:e-?post)?(?:meddelande|mejl|mail)(?:\s+\S+){0,4}\s+(?:kan\s+innehålla|innehåller|är\s+avsedda?|är\s+avsett)
        | avsedda?\s+(?:enbart|endast|bara)\s+för\s+(?:adressaten|mottagaren)
        | sekretess(?:belagd|skyddad|klassad)
        | behandla[rs]?\s+(?:dina\s+)?personuppgifter
        | personuppgifter\s+(?:behandlas|hanteras)
        | dataskyddsförordningen
        | tänk\s+på\s+miljön\s+innan\s+du\s+skriver\s+ut
        | e-?post\s+till\s+region\s+\p{L}+\s+(?:behandlas|registreras|diarieförs)
        | (?:blir|bli)\s+allmän\s+handling
        | croesewir\s+gohebiaeth
        | correspondence\s+in\s+welsh\s+is\s+welcome
        ")
});

/// Warnings a mail gateway puts above the member's words: "CAUTION: This email
/// originated from outside of the organisation …", "EXTERN AVSÄNDARE: Det här
/// meddelandet kommer från en avsändare utanför Region Uppsala …".
static BANNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?ix)^[\s\[*]*(?:(?:caution|warning|external|extern(?:\s+avsändare)?|varning|obs)\]?\s*[:!-]\s*)?.{0,40}?(?:
          (?:this|the)\s+(?:e-?mail|message)\s+(?:originated|came|comes|was\s+sent)\s+from\s+(?:outside|an?\s+external)
        | originated\s+(?:from\s+)?outside\s+(?:of\s+)?(?:the|this|our|your)\s+organi[sz]ation
        | (?:det\s+här|detta|denna)\s+(?:e-?post|e-?postmeddelande|meddelande|mejl|mail)t?\s+kommer\s+från\s+en\s+(?:extern\s+)?avsändare
        | kommer\s+från\s+en\s+(?:extern\s+)?avsändare\s+utanför
        )",
    )
});

/// Drops the first kept paragraphs while each is a gateway's warning.
fn cut_banners(cleaned: &[String], kinds: &[Kind], kept: &mut Vec<Option<usize>>) {
    loop {
        let start = kept
            .iter()
            .position(|e| !is_blank(*e, kinds))
            .unwrap_or(kept.len());
        let end = kept[start..]
            .iter()
            .position(|e| is_blank(*e, kinds))
            .map_or(kept.len(), |p| start + p);
        if start >= end || end >= kept.len() {
            return;
        }
        let joined: String = kept[start..end]
            .iter()
            .filter_map(|e| e.map(|i| cleaned[i].trim()))
            .collect::<Vec<_>>()
            .join(" ");
        if !BANNER.is_match(&joined) {
            return;
        }
        kept.drain(..end);
    }
}

/// Drops the last kept paragraphs while each is a disclaimer (or a delimiter line), so a
/// footer the member's mail server appended below their words is not posted.
fn cut_disclaimers(cleaned: &[String], kinds: &[Kind], kept: &mut Vec<Option<usize>>) {
    loop {
        // Blank lines, and a row of stars or dashes the server glued below the
        // member's last line as the disclaimer's top edge.
        while kept.last().is_some_and(|e| {
            is_blank(*e, kinds)
                || e.is_some_and(|i| {
                    let l = cleaned[i].trim();
                    l.chars().count() >= 5
                        && l.chars()
                            .all(|c| matches!(c, '*' | '=' | '_' | '-' | '~' | '#'))
                })
        }) {
            kept.pop();
        }
        // The last paragraph: back to the previous blank entry.
        let start = kept
            .iter()
            .rposition(|e| is_blank(*e, kinds))
            .map_or(0, |p| p + 1);
        if start >= kept.len() || start == 0 {
            return;
        }
        let paragraph: Vec<&str> = kept[start..]
            .iter()
            .filter_map(|e| e.map(|i| cleaned[i].trim()))
            .collect();
        let joined = paragraph.join(" ");
        let delimiter = paragraph.iter().all(|l| DELIMITER.is_match(l));
        // The disclaimer opens the paragraph: a member's own paragraph that mentions
        // confidentiality somewhere stays.
        let disclaimer = DISCLAIMER.find(&joined).is_some_and(|m| m.start() < 200);
        if !(delimiter || disclaimer) {
            return;
        }
        kept.truncate(start);
    }
}

/// A kept entry that shows as a blank line.
fn is_blank(entry: Option<usize>, kinds: &[Kind]) -> bool {
    entry.is_none_or(|i| kinds[i] == Kind::Empty)
}

/// Where the member's text ends at the latest: the first mobile footer, or the first
/// delimiter line that is `--`/`-- `, or that has only history (quotes, headers, footers) or
/// a signature-like block (at most ten short lines, no sentences) below it. A `----` or
/// `====` between paragraphs of the member's own Markdown is not an end. One backward
/// pass collects what lies below each line, so this stays linear.
fn text_end(cleaned: &[String], kinds: &[Kind]) -> usize {
    let n = kinds.len();
    // For each line: what follows it (exclusive).
    let mut history_below = vec![false; n + 1];
    let mut lines_below = vec![0usize; n + 1];
    let mut prose_below = vec![false; n + 1];
    // Prose between this line and the next history: "----------" between two of
    // the member's paragraphs, above the quotation, is their own Markdown.
    let mut prose_before_history = vec![false; n + 1];
    for i in (0..n).rev() {
        let (kind, line) = (kinds[i], cleaned[i].trim());
        let history = matches!(
            kind,
            Kind::Header | Kind::Field | Kind::Quote | Kind::Footer
        );
        history_below[i] = history_below[i + 1] || history;
        let content = matches!(kind, Kind::Text | Kind::Code);
        lines_below[i] = lines_below[i + 1] + usize::from(content);
        let prose = content && (line.chars().count() > MAX_SIGNATURE_LINE_LEN || is_sentence(line));
        prose_below[i] = prose_below[i + 1] || prose;
        prose_before_history[i] = !history && (prose_before_history[i + 1] || prose);
    }
    let mut text_above = false;
    for i in 0..n {
        match kinds[i] {
            // A footer above everything the member wrote (iOS leaves "Sent from my iPhone"
            // at the top when they answer below the quotation) ends nothing.
            Kind::Footer if text_above => return i,
            Kind::Delimiter => {
                let sig_dashes = matches!(cleaned[i].trim(), "--" | "-- ");
                let signature_like =
                    !prose_below[i + 1] && lines_below[i + 1] <= MAX_SIGNATURE_LINES;
                let history_next = history_below[i + 1] && !prose_before_history[i + 1];
                if sig_dashes || history_next || signature_like {
                    return i;
                }
            }
            Kind::Text | Kind::Code => text_above = true,
            _ => {}
        }
    }
    n
}

/// Keeps `seq[..=pos]` (the text line the match starts on) and drops the rest.
fn cut_after(seq: &mut Vec<usize>, pattern: &mut String, pos: usize) {
    seq.truncate(pos + 1);
    pattern.truncate(pos + 1);
}

// ---------------------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------------------

/// Swedish sign-offs: always the start of a signature (with the name lines after them).
static BARE_SV_CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:med\s+)?(?:vänliga|vänlig|bästa|varma|hjärtliga|många|kära)\s+(?:hälsningar|hälsning)|hälsningar|hälsning|mvh|m\.v\.h\.?|vh|kram|kramar|allt\s+gott)[\s,.!]*$",
    )
});
static SIGNOFF_SV: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:med\s+)?(?:vänliga|vänlig|bästa|varma|hjärtliga|många|kära)\s+(?:hälsningar|hälsning)|hälsningar|hälsning|mvh|m\.v\.h\.?|vh|kram|kramar|allt\s+gott)\b[\s,.!]*(?:[\p{L}/][\p{L}\s.\-/]{0,40})?$",
    )
});
/// English sign-offs: the start of a signature only when a signature block (several lines,
/// or contact details) follows; "Thanks,\nAlex" alone stays, as the reference corpora expect.
static SIGNOFF_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:best|kind|warm|warmest|kindest|many|with\s+kind|with\s+best)\s+(?:regards|wishes)|regards|greetings|best\s+wishes|cheers|thanks|thank\s+you|many\s+thanks|thanks\s+again|best|all\s+the\s+best|sincerely|yours\s+sincerely|yours\s+truly|yours)\s*[,.!]*$",
    )
});
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.|(?:^|\s|[:.])\(?\+?\d[\d\s()./-]{6,}\d|\b(?:tel|telefon|phone|mobil|mobile|fax|direkt)\b\s*[.:]?\s*\+?\d",
    )
});
/// Lines a signature may hold after its first line.
const MAX_SIGNATURE_LINES: usize = 10;
const MAX_SIGNATURE_LINE_LEN: usize = 80;

fn cut_signature(
    cleaned: &[String],
    kinds: &[Kind],
    kept: &mut Vec<Option<usize>>,
    history_below: bool,
) {
    while kept.last().is_some_and(|e| is_blank(*e, kinds)) {
        kept.pop();
    }
    let line_at = |p: usize| kept[p].map_or("", |i| cleaned[i].trim());
    let nonempty: Vec<usize> = (0..kept.len())
        .filter(|&p| !is_blank(kept[p], kinds))
        .collect();
    if nonempty.len() < 2 {
        return;
    }
    if let Some(p) = signoff_cut(&nonempty, &line_at)
        .or_else(|| contact_block_cut(kept.len(), &nonempty, &line_at))
    {
        kept.truncate(p);
        return;
    }
    // A bare name alone on the last line ("Anna Berg", or "Bob" right above the quoted
    // history) is a signature too, unless it completes a sign-off ("Thanks,\nAlex" stays,
    // see SIGNOFF_EN). A single word at the very end of the mail may be an answer
    // ("Instämmer"), so it stays.
    let last = nonempty[nonempty.len() - 1];
    let before = line_at(nonempty[nonempty.len() - 2]);
    let name = line_at(last);
    let slashed = name
        .strip_prefix("//")
        .or_else(|| name.strip_prefix('/'))
        .map(str::trim_start);
    let signature = match slashed {
        // The Swedish "/Anna": a name after a slash is a signature wherever it stands.
        Some(name) => is_bare_name(name),
        None => is_bare_name(name) && (history_below || name.split_whitespace().count() >= 2),
    };
    if signature && !SIGNOFF_EN.is_match(before) && !SIGNOFF_SV.is_match(before) {
        kept.truncate(last);
    }
}

/// Where a sign-off starts a signature: the earliest sign-off line among the last lines
/// after which only short, signature-like lines follow.
fn signoff_cut<'a>(nonempty: &[usize], line_at: &impl Fn(usize) -> &'a str) -> Option<usize> {
    let window_start = nonempty
        .len()
        .saturating_sub(MAX_SIGNATURE_LINES + 1)
        .max(1);
    for (rank, &p) in nonempty.iter().enumerate().skip(window_start) {
        let line = line_at(p);
        let tail: Vec<&str> = nonempty[rank + 1..].iter().map(|&q| line_at(q)).collect();
        // Signature lines are short and are not sentences ("PS. Ses på mötet i morgon!").
        if tail
            .iter()
            .any(|l| l.chars().count() > MAX_SIGNATURE_LINE_LEN || is_sentence(l))
        {
            continue;
        }
        // "Hälsningar" alone at the very end, with no name, stays: it is the
        // member's last word, and nothing of a signature follows it.
        let bare_closing = tail.is_empty() && BARE_SV_CLOSING.is_match(line);
        if SIGNOFF_SV.is_match(line) && line.chars().count() <= 60 && !bare_closing {
            return Some(p);
        }
        let contacts = tail.iter().filter(|l| CONTACT.is_match(l)).count();
        if SIGNOFF_EN.is_match(line) && (tail.len() >= 2 || contacts >= 1) {
            return Some(p);
        }
    }
    None
}

/// A last paragraph of contact details (name, title, phone, e-mail, web), 2 to 8 short
/// lines with at least two contact lines, after some text.
fn contact_block_cut<'a>(
    len: usize,
    nonempty: &[usize],
    line_at: &impl Fn(usize) -> &'a str,
) -> Option<usize> {
    let first_content = *nonempty.first()?;
    let blank = (first_content..len)
        .rev()
        .find(|&p| line_at(p).is_empty())?;
    let block: Vec<&str> = (blank + 1..len).map(line_at).collect();
    let contacts = block.iter().filter(|l| CONTACT.is_match(l)).count();
    let fits = (2..=8).contains(&block.len())
        && contacts >= 2
        && block.iter().all(|l| l.chars().count() <= 60);
    fits.then_some(blank + 1)
}

/// Six or more words ending in a full stop, question or exclamation mark.
fn is_sentence(line: &str) -> bool {
    line.split_whitespace().count() >= 6 && line.ends_with(['.', '!', '?'])
}

static BARE_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\p{Lu}(?:\.|[\p{L}'’-]+)(?:\s+\p{Lu}(?:\.|[\p{L}'’-]+)){0,2}$"));
/// Capitalised one-word answers that are not names.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "thanks", "tack", "ok", "okay", "yes", "no", "nope", "ja", "nej", "hej", "hi", "hello",
    "bye", "done", "agreed", "greetings", "absolutely", "exactly", "indeed", "sure", "great",
    "perfect", "cheers", "regards", "best", "absolut", "precis", "toppen", "perfekt", "kanon",
    "bra", "super", "klart", "självklart", "instämmer", "javisst", "visst", "gärna", "mvh",
    "hälsningar", "kram", "kramar", "ses",
];

fn is_bare_name(line: &str) -> bool {
    if line.chars().count() > 30
        || !BARE_NAME.is_match(line)
        || SIGNOFF_EN.is_match(line)
        || SIGNOFF_SV.is_match(line)
    {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower = line.to_lowercase();
    let all_caps = words.iter().all(|w| {
        w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    });
    !all_caps && !NOT_NAMES.contains(&lower.as_str())
}

// ---------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------

/// CRLF and lone CR become LF; a leading byte-order mark goes.
fn normalize_line_endings(body: &str) -> String {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Joins lines with `\n`, dropping leading and trailing blank lines and trailing spaces.
fn join_trimmed<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut pending_blank = 0usize;
    let mut started = false;
    for line in lines {
        if line.trim().is_empty() {
            if started {
                pending_blank += 1;
            }
            continue;
        }
        if started {
            out.push('\n');
            for _ in 0..pending_blank {
                out.push('\n');
            }
        }
        pending_blank = 0;
        started = true;
        out.push_str(line);
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out
}

// ---------------------------------------------------------------------------------------
// HTML to text
// ---------------------------------------------------------------------------------------

/// Plain text from an HTML-only email (for bodies without a text/plain part): block
/// elements become line breaks, `<blockquote>` lines get "> ", entities decoded, tags dropped.
pub fn html_to_text(html: &str) -> String {
    let mut w = TextWriter::default();
    let bytes = html.as_bytes();
    let lower = html.to_ascii_lowercase();
    let lower = lower.as_bytes();
    let mut pos = 0;
    let mut text_start = 0;
    while pos < bytes.len() {
        if bytes[pos] != b'<' {
            pos += 1;
            continue;
        }
        // Flush the text before this '<'.
        w.text(&html[text_start..pos]);
        let rest = &lower[pos..];
        if rest.starts_with(b"<!--") {
            pos = find_from(lower, pos + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            text_start = pos;
            continue;
        }
        let next = rest.get(1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            // A literal '<' in text.
            w.text("<");
            pos += 1;
            text_start = pos;
            continue;
        }
        let end = tag_end(bytes, pos + 1);
        let tag = &lower[pos + 1..end.min(bytes.len())];
        pos = (end + 1).min(bytes.len());
        text_start = pos;
        let closing = tag.first() == Some(&b'/');
        let name: Vec<u8> = tag
            .iter()
            .skip(usize::from(closing))
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b':' || **b == b'-')
            .copied()
            .collect();
        let name = name.as_slice();
        if !closing && matches!(name, b"style" | b"script" | b"head" | b"title" | b"xml") {
            let mut close = b"</".to_vec();
            close.extend_from_slice(name);
            pos = find_from(lower, pos, &close)
                .map_or(bytes.len(), |e| tag_end(bytes, e + 1) + 1)
                .min(bytes.len());
            text_start = pos;
            continue;
        }
        match name {
            b"br" => w.newline(),
            b"hr" => {
                w.block();
                w.raw_line("________________________________");
            }
            b"blockquote" => {
                w.block();
                if closing {
                    w.depth = w.depth.saturating_sub(1);
                } else {
                    w.depth += 1;
                }
            }
            b"pre" => {
                w.block();
                w.pre = !closing;
            }
            // Outlook writes every line as `<p class=MsoNormal>`: a line, not a paragraph.
            b"p" if !closing && contains(tag, b"msonormal") => {
                w.block();
                w.mso = true;
            }
            b"p" if closing && w.mso => {
                w.block();
                w.mso = false;
            }
            b"p" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"ul" | b"ol" | b"table"
            | b"dl" => w.paragraph(),
            b"li" => {
                w.block();
                if !closing {
                    w.text_raw("- ");
                }
            }
            b"div" | b"tr" | b"dt" | b"dd" | b"section" | b"article" | b"header" | b"footer"
            | b"address" | b"center" | b"form" | b"fieldset" | b"tbody" | b"thead" | b"tfoot"
            | b"caption" | b"figure" | b"main" | b"nav" | b"aside" => w.block(),
            b"td" | b"th" => w.text(" "),
            _ => {}
        }
    }
    if text_start < bytes.len() {
        w.text(&html[text_start..]);
    }
    w.finish()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn find_from(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= haystack.len() || needle.is_empty() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Index of the '>' that ends the tag starting at `from` (quotes respected), or the end.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            // Only a quote that opens an attribute value (`="…"`, `= '…'`) counts.
            None if (b == b'"' || b == b'\'')
                && (i > 0 && bytes[i - 1] == b'='
                    || i > 1 && bytes[i - 1] == b' ' && bytes[i - 2] == b'=') =>
            {
                quote = Some(b);
            }
            None if b == b'>' => return i,
            None => {}
        }
        i += 1;
    }
    bytes.len()
}

/// Deeper `<blockquote>` nesting is still quoted, with this many `> ` (keeps the output
/// linear in the input).
const MAX_QUOTE_PREFIX: usize = 10;

#[derive(Default)]
struct TextWriter {
    lines: Vec<String>,
    current: String,
    depth: usize,
    pre: bool,
    /// The current line has visible content.
    content: bool,
    /// Whitespace seen since the last visible character.
    space: bool,
    /// Inside an Outlook `<p class=MsoNormal>` line.
    mso: bool,
}

impl TextWriter {
    fn start_line(&mut self) {
        if !self.content && self.current.is_empty() {
            for _ in 0..self.depth.min(MAX_QUOTE_PREFIX) {
                self.current.push_str("> ");
            }
        }
    }

    fn push_char(&mut self, c: char) {
        self.start_line();
        self.current.push(c);
        self.content = true;
    }

    fn text(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        for c in decoded.chars() {
            if self.pre {
                if c == '\n' {
                    self.newline();
                } else {
                    self.push_char(c);
                }
                continue;
            }
            if c.is_whitespace() && c != '\u{a0}' {
                self.space = true;
                continue;
            }
            if self.space && self.content {
                self.current.push(' ');
            }
            self.space = false;
            self.push_char(if c == '\u{a0}' { ' ' } else { c });
        }
    }

    fn text_raw(&mut self, s: &str) {
        for c in s.chars() {
            self.push_char(c);
        }
        self.space = false;
    }

    fn raw_line(&mut self, s: &str) {
        self.text_raw(s);
        self.newline();
    }

    /// `<br>`: ends the current line, even an empty one.
    fn newline(&mut self) {
        self.start_line();
        let line = std::mem::take(&mut self.current);
        self.lines.push(line.trim_end().to_string());
        self.content = false;
        self.space = false;
    }

    /// A block boundary: ends the current line if it has content.
    fn block(&mut self) {
        if self.content {
            self.newline();
        } else {
            self.current.clear();
            self.space = false;
        }
    }

    /// A paragraph boundary: ends the line and leaves one blank line.
    fn paragraph(&mut self) {
        self.block();
        if self
            .lines
            .last()
            .is_some_and(|l| !l.trim_start_matches(['>', ' ']).is_empty())
        {
            let mut blank = String::new();
            for _ in 0..self.depth.min(MAX_QUOTE_PREFIX) {
                blank.push('>');
                blank.push(' ');
            }
            self.lines.push(blank.trim_end().to_string());
        }
    }

    fn finish(mut self) -> String {
        self.block();
        // At most one blank line in a row.
        let mut out: Vec<String> = Vec::with_capacity(self.lines.len());
        for line in self.lines {
            let blank = line.trim_start_matches(['>', ' ']).is_empty();
            if blank
                && out
                    .last()
                    .is_some_and(|l| l.trim_start_matches(['>', ' ']).is_empty())
            {
                continue;
            }
            out.push(line);
        }
        join_trimmed(out.iter().map(String::as_str))
    }
}

/// Decodes HTML character references: numeric ones and the common named ones.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = semi.and_then(|semi| decode_entity(&after[..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return Some(
            char::from_u32(code)
                .filter(|c| *c != '\0')
                .unwrap_or('\u{fffd}'),
        );
    }
    let c = match name {
        "nbsp" => '\u{a0}',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "sect" => '§',
        "times" => '×',
        "shy" => '\u{ad}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "aring" => 'å',
        "Aring" => 'Å',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "uuml" => 'ü',
        "Uuml" => 'Ü',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "Egrave" => 'È',
        "ecirc" => 'ê',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "szlig" => 'ß',
        "aelig" => 'æ',
        "AElig" => 'Æ',
        "oslash" => 'ø',
        "Oslash" => 'Ø',
        _ => return None,
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::{html_to_text, trim};

    fn reply(body: &str) -> String {
        trim(body).reply
    }

    #[test]
    fn english_reply_header_single_and_wrapped() {
        let body = "Sounds good.\n\nOn Tue, Mar 12, 2024 at 9:14 AM Anna <anna@example.com> wrote:\n> Shall we?\n> Yes.\n";
        assert_eq!(reply(body), "Sounds good.");
        let wrapped = "Sounds good.\n\nOn Tue, Mar 12, 2024 at 9:14 AM Anna Andersson <\nanna@example.com> wrote:\n\n> Shall we?\n";
        assert_eq!(reply(wrapped), "Sounds good.");
        let wrapped = "Sounds good.\n\nOn Tue, Mar 12, 2024 at 9:14 AM Anna Andersson <anna@example.com>\nwrote:\n\n> Shall we?\n";
        assert_eq!(reply(wrapped), "Sounds good.");
    }

    #[test]
    fn swedish_reply_headers() {
        let gmail = "Låter bra!\n\nDen tis 12 mars 2024 kl 09:14 skrev Anna Andersson <anna@example.se>:\n\n> Ska vi ses?\n";
        assert_eq!(reply(gmail), "Låter bra!");
        let short = "Låter bra!\n\nAnna Andersson skrev:\n> Ska vi ses?\n";
        assert_eq!(reply(short), "Låter bra!");
        let apple = "Låter bra!\n\n12 mars 2024 kl. 09:14 skrev Anna Andersson <anna@example.se>:\n\n> Ska vi ses?\n";
        assert_eq!(reply(apple), "Låter bra!");
        let unquoted = "Låter bra!\n\nDen tis 12 mars 2024 kl 09:14 skrev Anna Andersson <anna@example.se>:\n\nSka vi ses?\n";
        assert_eq!(reply(unquoted), "Låter bra!");
    }

    #[test]
    fn outlook_header_blocks() {
        let sv = "Jag håller med.\n\nFrån: Anna Andersson <anna@example.se>\nSkickat: den 12 mars 2024 09:14\nTill: Kollega <svar@kollega.se>\nÄmne: SV: Feber hos barn\n\nHej, vad tycker ni?\n";
        assert_eq!(reply(sv), "Jag håller med.");
        let bold = "Jag håller med.\n\n*Från:* Anna Andersson <anna@example.se>\n*Skickat:* den 12 mars 2024 09:14\n*Till:* Kollega\n*Ämne:* Feber hos barn\n\nHej\n";
        assert_eq!(reply(bold), "Jag håller med.");
        let rule = "I agree.\n________________________________\nFrom: Anna <anna@example.com>\nSent: Tuesday, March 12, 2024 9:14 AM\nTo: Kollega\nSubject: Fever\n\nHi\n";
        assert_eq!(reply(rule), "I agree.");
        let original = "I agree.\n\n-----Original Message-----\nFrom: Anna\nSent: Tuesday, March 12, 2024 9:14 AM\n\nHi\n";
        assert_eq!(reply(original), "I agree.");
        let ursprungligt = "Jag håller med.\n\n-----Ursprungligt meddelande-----\nFrån: Anna\nSkickat: den 12 mars 2024 09:14\n\nHej\n";
        assert_eq!(reply(ursprungligt), "Jag håller med.");
    }

    #[test]
    fn groupwise_horde_and_notes_headers() {
        let gw = "I agree.\n\n>>> kollega <kollega@kollega.test> 2026-11-03 21:14 >>>\nErik wrote in the thread:\n\nWhat do you do?\n";
        assert_eq!(reply(gw), "I agree.");
        let horde = "Jag håller med.\n\nCiterar kollega <kollega@kollega.test>:\n\n> Fråga\n";
        assert_eq!(reply(horde), "Jag håller med.");
        let notes = "I agree.\n\nkollega <kollega@kollega.test> wrote on 2026-11-03 21:14:53:\n\nOriginal text\n";
        assert_eq!(reply(notes), "I agree.");
        let skrev = "Ja.\n\nkollega <kollega@kollega.test> skrev 2026-11-03 21:14:\n\nFråga\n";
        assert_eq!(reply(skrev), "Ja.");
    }

    #[test]
    fn a_dash_line_between_the_members_paragraphs_is_theirs() {
        let body = "Two points.\n\nFit notes: four weeks.\n\n----------\n\nOccupational health: our ICB funds a fast-track physio service, worth asking yours.\n\nOn 3 Nov 2026, kollega wrote:\n> Question\n";
        assert_eq!(
            reply(body),
            "Two points.\n\nFit notes: four weeks.\n\n----------\n\nOccupational health: our ICB funds a fast-track physio service, worth asking yours."
        );
    }

    #[test]
    fn a_bare_closing_word_at_the_very_end_stays() {
        assert_eq!(
            reply("Videobesök har fungerat bra.\n\nHälsningar\n"),
            "Videobesök har fungerat bra.\n\nHälsningar"
        );
        assert_eq!(
            reply(
                "Videobesök har fungerat bra.\n\nHälsningar\nMikael Lundström\nDistriktsläkare\n"
            ),
            "Videobesök har fungerat bra."
        );
    }

    #[test]
    fn a_gateways_warning_above_the_text_goes() {
        let body = "CAUTION: This email originated from outside of the organisation. Do not click links.\n\nI ask what she hopes the tablet does.\n";
        assert_eq!(reply(body), "I ask what she hopes the tablet does.");
        let sv = "EXTERN AVSÄNDARE: Det här meddelandet kommer från en avsändare utanför Region Uppsala.\n\nJag tar om PSA.\n\nSkickades från E-post för Windows\n";
        assert_eq!(reply(sv), "Jag tar om PSA.");
        let denna = "Denna e-post kommer från en extern avsändare. Klicka inte på länkar.\n\nVi sänker dosen.\n";
        assert_eq!(reply(denna), "Vi sänker dosen.");
        // A member who writes about external senders keeps their words.
        let own = "External sender rules confuse our patients too.\n\nAnyone else?\n";
        assert_eq!(
            reply(own),
            "External sender rules confuse our patients too.\n\nAnyone else?"
        );
    }

    #[test]
    fn a_row_of_stars_glued_above_a_disclaimer_goes_with_it() {
        let body = "Agree with Sarah.\n**********************\n\nThis message may contain confidential information. If you are not the intended recipient please inform the sender.\n";
        assert_eq!(reply(body), "Agree with Sarah.");
    }

    #[test]
    fn a_lone_subject_line_in_the_text_stays() {
        let body = "Subject: fever in small children\n\nWhat do you all do?";
        assert_eq!(reply(body), body);
    }

    #[test]
    fn signatures_are_cut() {
        let sv = "Tack för svaret!\n\nMed vänliga hälsningar\nAnna Andersson\nDistriktsläkare, Vårdcentralen Exempel\n070-123 45 67\n";
        assert_eq!(reply(sv), "Tack för svaret!");
        for signoff in ["Vänliga hälsningar", "Mvh", "MVH", "Hälsningar", "Mvh Anna"] {
            let body = format!("Tack för svaret!\n\n{signoff}\nAnna\n");
            assert_eq!(reply(&body), "Tack för svaret!", "{signoff}");
        }
        let dashes = "Thanks for the answer.\n\n-- \nAnna Andersson\nGP\n";
        assert_eq!(reply(dashes), "Thanks for the answer.");
        let block = "Sounds good.\n\nKind regards,\nAnna Andersson\nGeneral practitioner\n+46 70 123 45 67\n";
        assert_eq!(reply(block), "Sounds good.");
        let contacts = "Sounds good.\n\nAnna Andersson\nanna@example.com\n+46 70 123 45 67\n";
        assert_eq!(reply(contacts), "Sounds good.");
    }

    #[test]
    fn sign_off_words_inside_sentences_stay() {
        let body = "Thanks, I will look into it.\n\nRegards to everyone at the practice, and see you at the meeting on Friday.";
        assert_eq!(reply(body), body);
        let ps = "Tack!\n\nMvh\nAnna\n\nPS. Glöm inte mötet i morgon klockan tio i stora rummet.";
        assert_eq!(reply(ps), ps);
    }

    #[test]
    fn mobile_footers_are_cut() {
        for footer in [
            "Skickat från min iPhone",
            "Skickat från Outlook för iOS",
            "Skickat från Outlook för Android",
            "Sent from my iPhone",
            "Sent from my iPad",
            "Sent from my Android",
            "Sent from my BlackBerry",
            "Sent from Outlook for iOS",
            "Get Outlook for iOS<https://aka.ms/o0ukef>",
        ] {
            let body = format!(
                "Ja, det stämmer.\n\n{footer}\n\nOn Tue, Mar 12, 2024 at 9:14 AM Anna <anna@example.com> wrote:\n> Fråga\n"
            );
            assert_eq!(reply(&body), "Ja, det stämmer.", "{footer}");
        }
        let sentence =
            "Here is my answer.\n\nSent from my desk, is much easier then my mobile phone.";
        assert_eq!(reply(sentence), sentence);
    }

    #[test]
    fn our_marker_and_everything_below_it_go() {
        let en = "My answer\n\n## Reply above this line to post in the thread ##\n\nDigest: 3 new posts\n";
        assert_eq!(reply(en), "My answer");
        let sv = "Mitt svar\n\nDen tis 12 mars 2024 kl 09:14 skrev Kollega <svar+abc@kollega.example>:\n\n> ## Svara ovanför den här raden för att skriva i tråden ##\n> Sammanfattning\n";
        let t = trim(sv);
        assert_eq!(t.reply, "Mitt svar");
        assert!(t.elided.contains("Svara ovanför"));
    }

    #[test]
    fn a_ps_below_our_quoted_message_is_the_members() {
        let body = "Tack!\n\nDen tis 3 nov. 2026 kl 21:14 skrev kollega <k@k.test>:\n\n> ## Svara ovanför den här raden för att skriva i tråden ##\n>\n> Fråga\n>\n> --\n> Svara på det här mejlet\n\nPS. Glöm inte spirometri.\n";
        assert_eq!(reply(body), "Tack!\n\nPS. Glöm inte spirometri.");
    }

    #[test]
    fn interleaved_answers_keep_the_members_lines_in_order() {
        let body = "On Tue, Mar 12, 2024 at 9:14 AM Anna <anna@example.com> wrote:\n\n> Question one?\n\nAnswer one.\n\n> Question two?\n> More.\nAnswer two.\n\n> Rest of the digest\n";
        let t = trim(body);
        assert_eq!(t.reply, "Answer one.\n\nAnswer two.");
        assert!(t.elided.contains("> Question one?") && t.elided.contains("> More."));
    }

    #[test]
    fn only_quotation_gives_an_empty_reply() {
        assert_eq!(reply("> Just the digest\n> quoted back\n"), "");
        assert_eq!(reply(""), "");
        assert_eq!(reply(" \r\n\t\n"), "");
    }

    #[test]
    fn crlf_is_normalised() {
        let t = trim("Line one\r\nLine two\r\n\r\n> quoted\r\n");
        assert_eq!(t.reply, "Line one\nLine two");
        assert_eq!(t.elided, "> quoted");
    }

    #[test]
    fn code_blocks_are_kept_whole() {
        let body = "See:\n\n```\n# not a delimiter\n####\n> not a quote\n```\n\nDone.";
        assert_eq!(reply(body), body);
    }

    #[test]
    fn large_hostile_inputs_stay_fast() {
        let started = std::time::Instant::now();
        let nested = (0..3000)
            .map(|i| {
                format!(
                    "{} On Thu, Apr 30, 2020 at 10:07 AM, \"someone\" <s@example.com> wrote:\n",
                    ">".repeat(i % 200)
                )
            })
            .collect::<String>();
        let _ = trim(&nested);
        let long_lines = "On ".repeat(40_000) + "\n" + &"a@b.c <".repeat(20_000) + "\nwrote:\n";
        let _ = trim(&long_lines.repeat(5));
        let many_lines = "On 1\n".repeat(100_000);
        let _ = trim(&many_lines);
        let html = "<div><blockquote>".repeat(20_000) + &"x &amp; y<br>".repeat(20_000);
        let _ = html_to_text(&html);
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    #[test]
    fn html_to_text_blocks_quotes_entities() {
        let html = "<html><head><style>p{color:red}</style></head><body><div>Hej&nbsp;alla &amp; v&auml;lkomna</div><p>Rad 1<br>Rad 2</p><blockquote><div>Citat</div><blockquote>Djupare</blockquote></blockquote><!-- x --><script>alert(1)</script></body></html>";
        assert_eq!(
            html_to_text(html),
            "Hej alla & välkomna\n\nRad 1\nRad 2\n\n> Citat\n> > Djupare"
        );
        assert_eq!(html_to_text("a < b &lt;c&gt; &#229;&#xE4;"), "a < b <c> åä");
    }

    #[test]
    fn gmail_html_reply_trims_like_text() {
        let html = "<div dir=\"ltr\">Bra idé!</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Den tis 12 mars 2024 kl 09:14 skrev Anna &lt;<a href=\"mailto:anna@example.se\">anna@example.se</a>&gt;:<br></div><blockquote class=\"gmail_quote\">Ska vi ses?</blockquote></div>";
        assert_eq!(trim(&html_to_text(html)).reply, "Bra idé!");
    }
}
