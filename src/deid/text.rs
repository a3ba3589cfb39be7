//! What a reader would see, with a way back to the author's source.
//!
//! The guard must not be fooled by Markdown (`19850312-**1234**`), entities
//! (`&#49;9850312-1234`), raw HTML, zero-width characters or exotic dashes and
//! spaces. So it checks the *visible* text: Markdown events flattened to text,
//! entities decoded, NFKC-normalised, dashes and spaces unified. Every byte of
//! that text remembers the source byte range it came from, so findings can be
//! shown and replaced in the author's own draft.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;

/// Visible, normalised text and, for each of its bytes, the source range it came from.
pub struct Visible {
    pub text: String,
    /// `src[i]` is the source byte range behind byte `i` of `text` (start,
    /// end; u32 halves the memory a long post needs: posts are far below 4 GB).
    src: Vec<(u32, u32)>,
}

/// A source range as stored: saturating, never wrapping.
fn span(r: &Range<usize>) -> (u32, u32) {
    let cut = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    (cut(r.start), cut(r.end))
}

impl Visible {
    /// The source byte range behind `text[range]`.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        if self.src.is_empty() || range.start >= self.src.len() {
            return 0..0;
        }
        let last = range
            .end
            .saturating_sub(1)
            .clamp(range.start, self.src.len() - 1);
        let start = self.src[range.start].0 as usize;
        let end = self.src[last].1 as usize;
        start.min(end)..end.max(start)
    }

    fn push_char(&mut self, c: char, from: Range<usize>) {
        // Unify what looks alike: dashes and minus signs, odd spaces; drop
        // invisible characters that would split a number in two.
        let c = match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
                ' '
            }
            '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => return,
            c => c,
        };
        if c.is_ascii() {
            self.text.push(c);
            self.src.push(span(&from));
            return;
        }
        let mut buf = [0u8; 4];
        for n in std::iter::once(c).nfkc() {
            let n = if matches!(n, '\u{2010}'..='\u{2015}' | '\u{2212}') {
                '-'
            } else {
                n
            };
            for _ in 0..n.encode_utf8(&mut buf).len() {
                self.src.push(span(&from));
            }
            self.text.push(n);
        }
    }

    /// Text whose characters map one to one onto `source[offset..]`, or all to the
    /// event's range when they do not (decoded entities).
    fn push_text(&mut self, text: &str, source: &str, range: Range<usize>) {
        let slice = source.get(range.clone()).unwrap_or("");
        if slice == text {
            for (i, c) in text.char_indices() {
                self.push_char(c, range.start + i..range.start + i + c.len_utf8());
            }
        } else if !slice.contains('&') && !slice.contains('\\') && slice.contains(text) {
            // Part of the source (e.g. the text of a link): find it in place.
            let offset = range.start + slice.find(text).unwrap_or(0);
            for (i, c) in text.char_indices() {
                self.push_char(c, offset + i..offset + i + c.len_utf8());
            }
        } else {
            self.push_with_entities(slice, range.start, text);
        }
    }

    /// Walks the source slice, decoding `&...;` entities and `\` escapes, so
    /// each visible character maps to the source bytes that produced it.
    fn push_with_entities(&mut self, slice: &str, base: usize, decoded: &str) {
        let mut produced = String::new();
        let mut i = 0;
        let bytes = slice.as_bytes();
        while i < slice.len() {
            let rest = &slice[i..];
            if bytes[i] == b'&'
                // Entities are short; look for the ';' within 40 bytes (char-safe).
                && let Some(end) = rest.char_indices().take_while(|(j, _)| *j < 40).find(|(_, c)| *c == ';').map(|(j, _)| j)
            {
                let entity = &rest[..=end];
                let value = html_escape::decode_html_entities(entity);
                if value != entity {
                    for c in value.chars() {
                        self.push_char(c, base + i..base + i + end + 1);
                        produced.push(c);
                    }
                    i += end + 1;
                    continue;
                }
            }
            if bytes[i] == b'\\' && rest.len() > 1 && rest.as_bytes()[1].is_ascii_punctuation() {
                i += 1;
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            self.push_char(c, base + i..base + i + c.len_utf8());
            produced.push(c);
            i += c.len_utf8();
        }
        // Should the walk disagree with the parser, fall back to the parser's text
        // mapped onto the whole range: coarser, but nothing is missed.
        if produced.trim() != decoded.trim() && !decoded.is_empty() {
            self.push_char('\n', base..base);
            for c in decoded.chars() {
                self.push_char(c, base..base + slice.len());
            }
        }
    }

    /// Raw HTML: tags are dropped (they show nothing), the text between them is kept.
    fn push_html(&mut self, html: &str, range: Range<usize>) {
        let mut in_tag = false;
        let mut start = 0;
        for (i, c) in html.char_indices() {
            match c {
                '<' if !in_tag => {
                    if start < i {
                        self.push_with_entities(&html[start..i], range.start + start, "");
                    }
                    in_tag = true;
                }
                '>' if in_tag => {
                    in_tag = false;
                    start = i + 1;
                    // Tags separate words the way the browser's layout would not
                    // reliably; no space keeps `<b>1985</b>0312` together.
                }
                _ => {}
            }
        }
        if !in_tag && start < html.len() {
            self.push_with_entities(&html[start..], range.start + start, "");
        }
    }

    fn separate(&mut self, at: usize) {
        if !self.text.ends_with('\n') && !self.text.is_empty() {
            self.text.push('\n');
            self.src.push(span(&(at..at)));
        }
    }
}

/// The visible text of a Markdown source (plain text is Markdown too).
pub fn visible(source: &str) -> Visible {
    let mut v = Visible {
        text: String::with_capacity(source.len()),
        src: Vec::with_capacity(source.len()),
    };
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) => v.push_text(&t, source, range),
            Event::Html(h) | Event::InlineHtml(h) => v.push_html(&h, range),
            Event::SoftBreak | Event::HardBreak => v.separate(range.start),
            Event::Start(
                Tag::Link {
                    dest_url, title, ..
                }
                | Tag::Image {
                    dest_url, title, ..
                },
            ) => {
                // The address and the title are stored too: check them like text.
                v.separate(range.start);
                v.push_text(&dest_url, source, range.clone());
                v.separate(range.start);
                v.push_text(&title, source, range.clone());
                v.separate(range.end);
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => v.separate(range.end),
            Event::Start(Tag::TableCell) => v.separate(range.start),
            _ => {}
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_emphasis_does_not_split_a_number() {
        let v = visible("Pnr 19850312-**1234** idag");
        assert!(v.text.contains("19850312-1234"), "{}", v.text);
    }

    #[test]
    fn entities_are_decoded_and_map_back() {
        let src = "Nr &#49;9850312-1234.";
        let v = visible(src);
        let at = v.text.find("19850312-1234").unwrap();
        let r = v.source_range(at..at + "19850312-1234".len());
        assert_eq!(&src[r], "&#49;9850312-1234");
    }

    #[test]
    fn dashes_spaces_and_invisible_characters_are_unified() {
        let v = visible("070\u{2013}123\u{00A0}45\u{200B}67");
        assert_eq!(v.text.trim(), "070-123 4567");
    }

    #[test]
    fn raw_html_text_is_seen() {
        let v = visible("<div>\n<b>1985</b>0312-1234\n</div>");
        assert!(v.text.contains("19850312-1234"), "{}", v.text);
    }

    #[test]
    fn link_addresses_are_checked_too() {
        let v = visible("[se här](mailto:karin@example.se)");
        assert!(v.text.contains("karin@example.se"));
    }
}
