//! A4 PDFs of flowing text: the learning-log export and the participation
//! certificate. pdf-writer writes the objects; the text is set in DejaVu
//! Sans (assets/fonts/, with its licence), subset to the glyphs a document
//! uses (subsetter) and embedded as a CID font with a ToUnicode map, so
//! å, ä, ö print right and `pdftotext` reads the text back.
//!
//! Layout is deliberately simple: left-aligned lines broken between words
//! by the font's advance widths, new pages as needed. No shaping, no
//! kerning: Latin text in one font needs neither.

use std::collections::BTreeMap;
use std::io::Write;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::error::{AppError, AppResult};

static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// A4 in points, and the margins.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.0;

const SYSTEM_INFO: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// One line placed on a page.
struct Line {
    page: usize,
    y: f32,
    size: f32,
    text: String,
}

/// A document being laid out, top to bottom.
pub struct Document {
    title: String,
    lines: Vec<Line>,
    page: usize,
    /// The baseline of the next line.
    y: f32,
    face: ttf_parser::Face<'static>,
}

impl Document {
    pub fn new(title: &str) -> AppResult<Document> {
        let face = ttf_parser::Face::parse(FONT, 0)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("pdf font: {e}")))?;
        Ok(Document {
            title: title.to_string(),
            lines: Vec::new(),
            page: 0,
            y: PAGE_HEIGHT - MARGIN,
            face,
        })
    }

    pub fn title(&mut self, text: &str) {
        self.block(text, 18.0, 0.0, 10.0);
    }

    pub fn heading(&mut self, text: &str) {
        self.block(text, 13.0, 14.0, 4.0);
    }

    /// A short label above a paragraph ("What I learned").
    pub fn label(&mut self, text: &str) {
        self.block(text, 10.5, 6.0, 1.0);
    }

    pub fn text(&mut self, text: &str) {
        for paragraph in text.split('\n').filter(|p| !p.trim().is_empty()) {
            self.block(paragraph, 10.5, 0.0, 4.0);
        }
    }

    pub fn small(&mut self, text: &str) {
        self.block(text, 9.0, 0.0, 2.0);
    }

    pub fn space(&mut self, points: f32) {
        self.y -= points;
    }

    fn block(&mut self, text: &str, size: f32, before: f32, after: f32) {
        let leading = size * 1.35;
        if !self.lines.is_empty() {
            self.y -= before;
        }
        for line in self.wrap(text, size) {
            if self.y - leading < MARGIN {
                self.page += 1;
                self.y = PAGE_HEIGHT - MARGIN;
            }
            self.y -= leading;
            self.lines.push(Line {
                page: self.page,
                y: self.y,
                size,
                text: line,
            });
        }
        self.y -= after;
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let gid = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                u32::from(self.face.glyph_hor_advance(gid).unwrap_or(0))
            })
            .sum();
        units as f32 * size / f32::from(self.face.units_per_em())
    }

    /// Lines of at most the text width, broken between words (a word longer
    /// than a line is broken between characters).
    fn wrap(&self, text: &str, size: f32) -> Vec<String> {
        let max = PAGE_WIDTH - 2.0 * MARGIN;
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                line.push(c);
                if self.width(&line, size) > max {
                    line.pop();
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The finished PDF.
    pub fn finish(self) -> AppResult<Vec<u8>> {
        let fail = |what: &str| AppError::Internal(anyhow::anyhow!("pdf: {what}"));
        // Glyph ids in the subset: .notdef stays 0, the rest in order of use.
        let mut remapper = subsetter::GlyphRemapper::new();
        remapper.remap(0);
        let mut to_unicode: BTreeMap<u16, char> = BTreeMap::new();
        let mut encoded: Vec<Vec<u8>> = Vec::with_capacity(self.lines.len());
        for line in &self.lines {
            let mut bytes = Vec::with_capacity(line.text.len() * 2);
            for c in line.text.chars() {
                let gid = self.face.glyph_index(c).map_or(0, |g| g.0);
                let new = remapper.remap(gid);
                if gid != 0 {
                    to_unicode.entry(new).or_insert(c);
                }
                bytes.extend_from_slice(&new.to_be_bytes());
            }
            encoded.push(bytes);
        }
        let subset = subsetter::subset(FONT, 0, &remapper).map_err(|_| fail("font subset"))?;
        let upem = f32::from(self.face.units_per_em());
        let scale = |v: i16| f32::from(v) * 1000.0 / upem;
        let mut widths = vec![0.0f32; usize::from(remapper.num_gids())];
        for old in 0..self.face.number_of_glyphs() {
            if let Some(new) = remapper.get(old) {
                let advance = self
                    .face
                    .glyph_hor_advance(ttf_parser::GlyphId(old))
                    .unwrap_or(0);
                widths[usize::from(new)] = f32::from(advance) * 1000.0 / upem;
            }
        }

        let mut alloc = Ref::new(1);
        let mut next = || alloc.bump();
        let (catalog, tree, info) = (next(), next(), next());
        let (type0, cid, descriptor, file, cmap) = (next(), next(), next(), next(), next());
        let pages = self.page + 1;
        let page_ids: Vec<(Ref, Ref)> = (0..pages).map(|_| (next(), next())).collect();

        let mut pdf = Pdf::new();
        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree)
            .kids(page_ids.iter().map(|(p, _)| *p))
            .count(pages as i32);
        pdf.document_info(info)
            .title(TextStr(&self.title))
            .creator(TextStr("kollega"));

        let base = Name(b"KOLLEG+DejaVuSans");
        pdf.type0_font(type0)
            .base_font(base)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(base)
            .system_info(SYSTEM_INFO)
            .font_descriptor(descriptor)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        cid_font.widths().consecutive(0, widths.iter().copied());
        cid_font.finish();
        let bbox = self.face.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(base)
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                scale(bbox.x_min),
                scale(bbox.y_min),
                scale(bbox.x_max),
                scale(bbox.y_max),
            ))
            .italic_angle(0.0)
            .ascent(scale(self.face.ascender()))
            .descent(scale(self.face.descender()))
            .cap_height(scale(
                self.face.capital_height().unwrap_or(self.face.ascender()),
            ))
            .stem_v(80.0)
            .font_file2(file);
        let compressed = deflate(&subset).map_err(|_| fail("deflate font"))?;
        pdf.stream(file, &compressed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), subset.len() as i32);
        let mut unicode = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
        for (gid, c) in &to_unicode {
            unicode.pair(*gid, *c);
        }
        let unicode = unicode.finish();
        pdf.cmap(cmap, &unicode);

        for (n, (page, contents)) in page_ids.iter().enumerate() {
            let mut content = Content::new();
            for (line, bytes) in self.lines.iter().zip(&encoded).filter(|(l, _)| l.page == n) {
                content
                    .begin_text()
                    .set_font(Name(b"F1"), line.size)
                    .next_line(MARGIN, line.y)
                    .show(Str(bytes))
                    .end_text();
            }
            let data = deflate(&content.finish()).map_err(|_| fail("deflate page"))?;
            let mut p = pdf.page(*page);
            p.parent(tree)
                .media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
                .contents(*contents);
            p.resources().fonts().pair(Name(b"F1"), type0);
            p.finish();
            pdf.stream(*contents, &data).filter(Filter::FlateDecode);
        }
        Ok(pdf.finish())
    }
}

fn deflate(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data)?;
    z.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_a_pdf_with_a_small_font_subset() {
        let mut doc = Document::new("Lärandelogg").unwrap();
        doc.title("Lärandelogg – åäö ÅÄÖ");
        for _ in 0..120 {
            doc.text("En rad med svenska tecken: år, väg, öga. Och en till, för att fylla sidan.");
        }
        assert!(doc.page >= 1, "long text goes on to a second page");
        let pdf = doc.finish().unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(
            pdf.len() < 60_000,
            "the font is subset, not embedded whole: {} bytes",
            pdf.len()
        );
    }

    #[test]
    fn long_words_and_lines_are_broken_within_the_page() {
        let doc = Document::new("x").unwrap();
        let lines = doc.wrap(&format!("kort {}", "a".repeat(400)), 10.5);
        assert!(lines.len() > 2);
        assert!(
            lines
                .iter()
                .all(|l| doc.width(l, 10.5) <= PAGE_WIDTH - 2.0 * MARGIN)
        );
    }
}
