//! The text of an inbound message: which MIME part holds what the member wrote, and how
//! to read it. Repairs what mail clients and gateways get wrong before mail-parser sees
//! the message (CR-only line ends, a missing closing MIME boundary), prefers text/plain
//! but falls back to the HTML part when the plain part is empty, and undoes
//! `format=flowed` (RFC 3676), which mail-parser leaves as it is.
//!
//! No trimming here: [`super::trim`] decides what of the text the member wrote.

use std::borrow::Cow;
use std::sync::LazyLock;

use mail_parser::{Encoding, Message, MessagePart, MimeHeaders, PartType};
use regex::bytes::Regex;

use super::trim::html_to_text;

/// The raw message as mail-parser can read it: lone CR line ends (old Mac clients, some
/// gateways) become CRLF, and multipart boundaries that are opened but never closed get
/// their closing delimiter at the end, so the last part is read as the part it is (mail-parser
/// otherwise drops its transfer encoding and files it as an attachment).
pub fn repair(raw: &[u8]) -> Cow<'_, [u8]> {
    let mut out = Cow::Borrowed(raw);
    if cr_line_ends(raw) {
        out = Cow::Owned(cr_to_crlf(raw));
    }
    // Well-formed multipart mail ends with its closing delimiter: look no further.
    if ends_with_closing(&out) || !BOUNDARY_PARAM.is_match(&out) {
        return out;
    }
    let missing = unclosed_boundaries(&out);
    if !missing.is_empty() {
        let mut fixed = out.into_owned();
        if !fixed.ends_with(b"\n") {
            fixed.extend_from_slice(b"\r\n");
        }
        for boundary in missing.iter().rev() {
            fixed.extend_from_slice(b"--");
            fixed.extend_from_slice(boundary);
            fixed.extend_from_slice(b"--\r\n");
        }
        out = Cow::Owned(fixed);
    }
    out
}

/// The first line (a header) ends in a lone CR: the message uses CR as its line end.
fn cr_line_ends(raw: &[u8]) -> bool {
    raw.iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .is_some_and(|i| raw[i] == b'\r' && raw.get(i + 1) != Some(&b'\n'))
}

/// The last non-blank line is a closing delimiter (`--boundary--`).
fn ends_with_closing(raw: &[u8]) -> bool {
    let end = raw
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    let body = &raw[..end];
    let start = body
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |p| p + 1);
    let last = &body[start..];
    last.len() > 4 && last.starts_with(b"--") && last.ends_with(b"--")
}

fn cr_to_crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 32);
    for (i, &b) in raw.iter().enumerate() {
        out.push(b);
        if b == b'\r' && raw.get(i + 1) != Some(&b'\n') {
            out.push(b'\n');
        }
    }
    out
}

static BOUNDARY_PARAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\bboundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s";]{1,200}))"#)
        .expect("static boundary regex must compile")
});

/// Real mail nests a handful of multiparts; a body full of `boundary=` is not worth a
/// pass over the message for each.
const MAX_BOUNDARIES: usize = 16;

/// Boundaries, in the order they are declared, that open at least one part (a line starting
/// with `--boundary`) but are never closed (`--boundary--`).
fn unclosed_boundaries(raw: &[u8]) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut checked = 0;
    for caps in BOUNDARY_PARAM.captures_iter(raw) {
        let Some(b) = caps.get(1).or_else(|| caps.get(2)) else {
            continue;
        };
        let boundary = b.as_bytes().to_vec();
        if out.contains(&boundary) {
            continue;
        }
        checked += 1;
        if checked > MAX_BOUNDARIES {
            break;
        }
        let mut open = b"--".to_vec();
        open.extend_from_slice(&boundary);
        let mut close = open.clone();
        close.extend_from_slice(b"--");
        let opens = raw
            .split(|&c| c == b'\n')
            .any(|line| line.starts_with(&open) && !line.starts_with(&close));
        let closes = raw
            .split(|&c| c == b'\n')
            .any(|line| line.starts_with(&close));
        if opens && !closes {
            out.push(boundary);
        }
    }
    out
}

/// The text of the message's plain-text body (all its inline text/plain parts, unflowed),
/// or `None` when there is no plain-text part with something in it.
pub fn plain_text(msg: &Message<'_>) -> Option<String> {
    let mut pieces: Vec<String> = Vec::new();
    for part in msg.text_bodies() {
        if part.is_text_html() {
            continue;
        }
        let Some(text) = part.text_contents() else {
            continue;
        };
        let recoded = text
            .contains('\u{fffd}')
            .then(|| windows_1252(msg, part))
            .flatten();
        let text = recoded.as_deref().unwrap_or(text);
        let text = if is_flowed(part) {
            unflow(text, del_sp(part))
        } else {
            text.to_string()
        };
        if !text.trim().is_empty() {
            pieces.push(text);
        }
    }
    (!pieces.is_empty()).then(|| pieces.join("\n\n"))
}

/// The HTML body as plain text, or `None` when there is none with something in it.
pub fn html_text(msg: &Message<'_>) -> Option<String> {
    let html = msg
        .html_bodies()
        .find(|p| p.is_text_html())
        .and_then(|p| p.text_contents())?;
    let text = html_to_text(html);
    (!text.trim().is_empty()).then_some(text)
}

/// Any other text part that is not an attachment: what is left of a message whose
/// structure mail-parser could not follow.
pub fn stray_text(msg: &Message<'_>) -> Option<String> {
    msg.parts.iter().skip(1).find_map(|part| {
        let named = part.attachment_name().is_some();
        match &part.body {
            PartType::Text(t) if !named && !t.trim().is_empty() => Some(t.to_string()),
            PartType::Html(h) if !named => {
                let t = html_to_text(h);
                (!t.trim().is_empty()).then_some(t)
            }
            _ => None,
        }
    })
}

/// A part whose bytes are not the UTF-8 it claims (or claims no charset) read as
/// windows-1252, what such mail almost always is (old Outlook, Outlook Express, gateways).
/// Only when the bytes really are not UTF-8 and the part declares no other charset.
fn windows_1252(msg: &Message<'_>, part: &MessagePart<'_>) -> Option<String> {
    let declared = content_type_attr(part, "charset").map(str::to_ascii_lowercase);
    if declared
        .as_deref()
        .is_some_and(|c| !matches!(c, "utf-8" | "utf8" | "us-ascii" | "ascii"))
    {
        return None;
    }
    let raw = msg
        .raw_message()
        .get(part.raw_body_offset() as usize..part.raw_end_offset() as usize)?;
    let bytes = match part.encoding {
        Encoding::None => raw.to_vec(),
        Encoding::QuotedPrintable => decode_qp(raw),
        Encoding::Base64 => {
            use base64::Engine;
            let clean: Vec<u8> = raw
                .iter()
                .copied()
                .filter(|b| !b.is_ascii_whitespace())
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(clean)
                .ok()?
        }
    };
    if std::str::from_utf8(&bytes).is_ok() {
        return None;
    }
    Some(bytes.iter().map(|&b| cp1252(b)).collect())
}

fn decode_qp(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'=' {
            let hex = |b: u8| (b as char).to_digit(16);
            match (raw.get(i + 1), raw.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                    out.push((hex(a).unwrap_or(0) * 16 + hex(b).unwrap_or(0)) as u8);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            }
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    out
}

/// windows-1252: Latin-1 with typographic characters in 0x80–0x9F.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn content_type_attr<'a>(part: &'a MessagePart<'_>, name: &str) -> Option<&'a str> {
    part.content_type()?.attribute(name)
}

fn is_flowed(part: &MessagePart<'_>) -> bool {
    content_type_attr(part, "format").is_some_and(|f| f.trim().eq_ignore_ascii_case("flowed"))
}

fn del_sp(part: &MessagePart<'_>) -> bool {
    content_type_attr(part, "delsp").is_some_and(|f| f.trim().eq_ignore_ascii_case("yes"))
}

/// Undoes RFC 3676 `format=flowed`: a line ending in a space is a soft break and joins the
/// next line of the same quote depth (with `DelSp=yes` the space goes too); other line ends
/// are hard. Space-stuffing (one space in front of a line, after its quote marks) is removed
/// (a stuffed `>` becomes Markdown's `\>`), and `-- ` (the signature separator) is always
/// a hard line. Quoted paragraphs come out as
/// `> text` / `>> text`.
pub fn unflow(text: &str, del_sp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    // The paragraph being joined: its quote depth and text so far.
    let mut open: Option<(usize, String)> = None;
    let normalized = text.replace("\r\n", "\n");
    let mut lines: Vec<&str> = normalized.split('\n').collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    let emit = |out: &mut String, depth: usize, content: &str| {
        if depth > 0 {
            out.push_str(&">".repeat(depth));
            if !content.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(content);
        out.push('\n');
    };
    for line in lines {
        let depth = line.bytes().take_while(|&b| b == b'>').count();
        let rest = &line[depth..];
        let stuffed = rest.starts_with(' ');
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        // A stuffed `>` is the member's own character, not a quote: posts are Markdown,
        // where a literal `>` at the start of a line is written `\>`.
        let escaped;
        let rest = if depth == 0 && stuffed && rest.starts_with('>') {
            escaped = format!("\\{rest}");
            escaped.as_str()
        } else {
            rest
        };
        let signature = rest == "-- ";
        let soft = !signature && rest.ends_with(' ');
        // A paragraph of another depth ends the open one (RFC 3676 4.5: treat it as hard).
        if let Some((d, _)) = &open
            && *d != depth
            && let Some((d, p)) = open.take()
        {
            emit(&mut out, d, &p);
        }
        let piece = if soft && del_sp {
            &rest[..rest.len() - 1]
        } else {
            rest
        };
        let mut para = open.take().map_or_else(String::new, |(_, p)| p);
        para.push_str(piece);
        if soft {
            open = Some((depth, para));
        } else {
            emit(&mut out, depth, &para);
        }
    }
    if let Some((d, p)) = open {
        emit(&mut out, d, &p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{repair, unflow};
    use mail_parser::MessageParser;

    #[test]
    fn flowed_soft_breaks_join_and_hard_breaks_stay() {
        let text = "This is a long \r\nline that was \r\nwrapped.\r\nNew line.\r\n\r\n> quoted \r\n> part\r\n>> deeper\r\n";
        assert_eq!(
            unflow(text, false),
            "This is a long line that was wrapped.\nNew line.\n\n> quoted part\n>> deeper\n"
        );
    }

    #[test]
    fn flowed_delsp_removes_the_soft_space() {
        assert_eq!(unflow("Lång \nmening.\n", true), "Långmening.\n");
        assert_eq!(unflow("Lång \nmening.\n", false), "Lång mening.\n");
    }

    #[test]
    fn flowed_unstuffs_and_keeps_the_signature_separator() {
        let text = " From here on.\n >not a quote\n-- \nAnna\n";
        assert_eq!(
            unflow(text, false),
            "From here on.\n\\>not a quote\n-- \nAnna\n"
        );
    }

    #[test]
    fn flowed_quote_depth_change_ends_a_paragraph() {
        assert_eq!(unflow("> soft \nhard\n", false), "> soft \nhard\n");
    }

    #[test]
    fn undeclared_windows_1252_is_read_as_such() {
        let raw = b"From: a@example.org\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\nI\x92d say \x96 six months. V\xe4nta.\r\n";
        let msg = MessageParser::default().parse(&raw[..]).unwrap();
        assert_eq!(
            super::plain_text(&msg).unwrap().trim(),
            "I’d say – six months. Vänta."
        );
        let qp = b"From: a@example.org\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nK=F6r =\r\nnu.\r\n";
        let msg = MessageParser::default().parse(&qp[..]).unwrap();
        assert_eq!(super::plain_text(&msg).unwrap().trim(), "Kör nu.");
    }

    #[test]
    fn hostile_bodies_stay_linear() {
        let started = std::time::Instant::now();
        let many: String = (0..50_000)
            .map(|i| format!("Content-Type: multipart/mixed; boundary=b{i}\n--b{i}\n"))
            .collect();
        let _ = repair(many.as_bytes());
        let _ = repair("x\r".repeat(500_000).as_bytes());
        let _ = unflow(&"soft \n".repeat(200_000), true);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    }

    #[test]
    fn cr_only_messages_are_read() {
        let raw = b"From: Anna <anna@example.org>\rTo: x@example.org\rSubject: Hej\r\rRad ett\rRad tv\xc3\xa5\r";
        let fixed = repair(raw);
        let msg = MessageParser::default().parse(&fixed[..]).unwrap();
        assert_eq!(msg.subject(), Some("Hej"));
        assert_eq!(
            msg.body_text(0).unwrap().replace("\r\n", "\n").trim_end(),
            "Rad ett\nRad två"
        );
    }

    #[test]
    fn an_unclosed_boundary_is_closed() {
        let raw = b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nK=C3=B6r!\r\n";
        let fixed = repair(raw);
        assert!(fixed.ends_with(b"--XX--\r\n"));
        let msg = MessageParser::default().parse(&fixed[..]).unwrap();
        assert_eq!(msg.body_text(0).unwrap().trim(), "Kör!");
        let closed =
            b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n\r\nx\r\n--XX--\r\n";
        assert!(matches!(repair(closed), std::borrow::Cow::Borrowed(_)));
    }
}
