//! Brotli and gzip for response bodies, and the trick that keeps a long
//! thread cheap to send compressed: its posts are compressed once per
//! version of what the reader sees (`Part`), and each response compresses
//! only its own small head and foot (the masked form tokens, the reader's
//! name) and splices the three into one valid stream. Both formats allow it:
//! deflate segments that end on a byte boundary (a sync flush) and never
//! refer back before their own start can follow one another, with the CRC
//! combined; brotli streams made `appendable`/`catable` are joined by the
//! brotli crate's `BroCatli`.

use std::io;
use std::sync::{Arc, OnceLock};

/// The encodings a response may be sent in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

/// Per-request work: fast settings (brotli quality 2 over a 256 KB window,
/// gzip level 1), because speed beats the last few percent.
const BROTLI_FAST: u32 = 2;
/// A part compressed once and sent many times can afford more.
const BROTLI_CACHED: u32 = 5;
const LGWIN: i32 = 18;

fn brotli_params(quality: u32, size: usize) -> brotli::enc::BrotliEncoderParams {
    brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
        lgwin: LGWIN,
        size_hint: size,
        ..Default::default()
    }
}

/// A whole body in one go.
pub fn whole(encoding: Encoding, bytes: &[u8]) -> io::Result<Vec<u8>> {
    use std::io::Write;
    match encoding {
        Encoding::Brotli => {
            let mut out = Vec::with_capacity(bytes.len() / 8);
            brotli::BrotliCompress(
                &mut &bytes[..],
                &mut out,
                &brotli_params(BROTLI_FAST, bytes.len()),
            )?;
            Ok(out)
        }
        Encoding::Gzip => {
            let out = Vec::with_capacity(bytes.len() / 8);
            let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::fast());
            gz.write_all(bytes)?;
            gz.finish()
        }
    }
}

/// A piece of many bodies (a thread's rendered posts), with its compressed
/// forms made on first use and kept with it.
pub struct Part {
    pub html: Arc<str>,
    brotli: OnceLock<Vec<u8>>,
    deflate: OnceLock<Deflated>,
}

/// Raw deflate that ends on a byte boundary without ending the stream, with
/// what the gzip trailer needs to know of its input.
struct Deflated {
    data: Vec<u8>,
    crc: crc32fast::Hasher,
}

impl Part {
    pub fn new(html: Arc<str>) -> Part {
        Part {
            html,
            brotli: OnceLock::new(),
            deflate: OnceLock::new(),
        }
    }

    /// What the part costs to keep: its text and, once made, its compressed
    /// forms (about a tenth of the text each).
    pub fn weight(&self) -> u64 {
        (self.html.len() + self.html.len() / 4 + 64) as u64
    }

    fn brotli(&self) -> io::Result<&[u8]> {
        if let Some(done) = self.brotli.get() {
            return Ok(done);
        }
        let data = brotli_stream(self.html.as_bytes(), BROTLI_CACHED, Join::Catable)?;
        Ok(self.brotli.get_or_init(|| data))
    }

    fn deflate(&self) -> io::Result<&Deflated> {
        if let Some(done) = self.deflate.get() {
            return Ok(done);
        }
        let bytes = self.html.as_bytes();
        let data = deflate_segment(bytes, flate2::Compression::default(), false)?;
        let mut crc = crc32fast::Hasher::new();
        crc.update(bytes);
        Ok(self.deflate.get_or_init(|| Deflated { data, crc }))
    }
}

/// Where a cached part stands in a response body: `body[start..end]` is
/// `part.html`. Set as a response extension by the handler; the compression
/// middleware then compresses only what is around it.
pub struct Spliced {
    pub start: usize,
    pub end: usize,
    pub part: Arc<Part>,
}

/// `body` compressed, with `spliced`'s part taken from its cache. Falls back
/// to compressing the whole body if the part is not where it says.
pub fn around(encoding: Encoding, body: &[u8], spliced: &Spliced) -> io::Result<Vec<u8>> {
    let (start, end) = (spliced.start, spliced.end);
    if end > body.len() || start > end || &body[start..end] != spliced.part.html.as_bytes() {
        return whole(encoding, body);
    }
    let (head, foot) = (&body[..start], &body[end..]);
    match encoding {
        Encoding::Brotli => {
            let head = brotli_stream(head, BROTLI_FAST, Join::First)?;
            let foot = brotli_stream(foot, BROTLI_FAST, Join::Catable)?;
            join_brotli(&[&head, spliced.part.brotli()?, &foot])
        }
        Encoding::Gzip => {
            let part = spliced.part.deflate()?;
            let mut out = Vec::with_capacity(part.data.len() + 1024);
            // Magic, deflate, no flags, no time, no extra flags, unknown OS.
            out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
            out.extend_from_slice(&deflate_segment(head, flate2::Compression::fast(), false)?);
            out.extend_from_slice(&part.data);
            out.extend_from_slice(&deflate_segment(foot, flate2::Compression::fast(), true)?);
            let mut crc = crc32fast::Hasher::new();
            crc.update(head);
            crc.combine(&part.crc);
            let mut foot_crc = crc32fast::Hasher::new();
            foot_crc.update(foot);
            crc.combine(&foot_crc);
            out.extend_from_slice(&crc.finalize().to_le_bytes());
            out.extend_from_slice(&(body.len() as u32).to_le_bytes());
            Ok(out)
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Join {
    /// The first stream: others may be appended to it.
    First,
    /// A later stream: it may follow another and be followed.
    Catable,
}

fn brotli_stream(bytes: &[u8], quality: u32, join: Join) -> io::Result<Vec<u8>> {
    let mut params = brotli_params(quality, bytes.len());
    params.appendable = true;
    params.catable = join == Join::Catable;
    params.use_dictionary = join == Join::First;
    let mut out = Vec::with_capacity(bytes.len() / 6 + 16);
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

fn join_brotli(streams: &[&[u8]]) -> io::Result<Vec<u8>> {
    use brotli::concat::{BroCatli, BroCatliResult};
    let failed = |r: BroCatliResult| io::Error::other(format!("brotli join: {r:?}"));
    let mut cat = BroCatli::new();
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = vec![0u8; total + 16];
    let mut written = 0;
    for stream in streams {
        cat.new_brotli_file();
        let mut read = 0;
        loop {
            match cat.stream(stream, &mut read, &mut out, &mut written) {
                BroCatliResult::NeedsMoreInput => break,
                BroCatliResult::NeedsMoreOutput => out.resize(out.len() * 2, 0),
                BroCatliResult::Success => break,
                other => return Err(failed(other)),
            }
        }
    }
    loop {
        match cat.finish(&mut out, &mut written) {
            BroCatliResult::Success => break,
            BroCatliResult::NeedsMoreOutput => out.resize(out.len() * 2, 0),
            other => return Err(failed(other)),
        }
    }
    out.truncate(written);
    Ok(out)
}

/// Raw deflate of `input` by a fresh compressor (so it refers to nothing
/// before itself), ended by a sync flush (byte aligned, stream still open)
/// or, for the last segment, by the final block.
fn deflate_segment(input: &[u8], level: flate2::Compression, last: bool) -> io::Result<Vec<u8>> {
    use flate2::{Compress, FlushCompress, Status};
    let mut c = Compress::new(level, false);
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    let mut out = Vec::with_capacity(input.len() / 4 + 64);
    loop {
        out.reserve(64 + (input.len() - c.total_in() as usize) / 2);
        let status = c
            .compress_vec(&input[c.total_in() as usize..], &mut out, flush)
            .map_err(io::Error::other)?;
        let all_in = c.total_in() as usize == input.len();
        let room_left = out.len() < out.capacity();
        match status {
            Status::StreamEnd => break,
            Status::Ok | Status::BufError if !last && all_in && room_left => break,
            Status::Ok | Status::BufError => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn page(n: usize) -> (String, Arc<Part>, usize, usize) {
        let mut posts = String::new();
        for i in 0..n {
            posts.push_str(&format!(
                "<article id=\"p{i}\"><h3>Dr Member {}</h3><p>Kvinna i 50-årsåldern med trötthet, \
                 inlägg {i}. Hur går ni vidare?</p></article>\n",
                i % 7
            ));
        }
        let head = "<!doctype html><html><head><title>Tråd</title></head><body>\
                    <form><input name=csrf value=\"a1b2c3\"></form>";
        let foot = "<form><textarea name=body></textarea><input name=csrf value=\"d4e5\"></form></body></html>";
        let body = format!("{head}{posts}{foot}");
        let part = Arc::new(Part::new(posts.into()));
        let end = head.len() + part.html.len();
        (body, part, head.len(), end)
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn a_spliced_body_decodes_to_the_page_in_both_encodings() {
        for n in [0, 1, 200, 3000] {
            let (body, part, start, end) = page(n);
            let spliced = Spliced { start, end, part };
            // Twice: the second time the part comes from its cache.
            for _ in 0..2 {
                let br = around(Encoding::Brotli, body.as_bytes(), &spliced).unwrap();
                assert_eq!(unbrotli(&br), body.as_bytes(), "brotli, {n} posts");
                let gz = around(Encoding::Gzip, body.as_bytes(), &spliced).unwrap();
                assert_eq!(gunzip(&gz), body.as_bytes(), "gzip, {n} posts");
                if n >= 200 {
                    assert!(br.len() * 5 < body.len() && gz.len() * 5 < body.len());
                }
            }
        }
    }

    #[test]
    fn a_part_that_is_not_where_it_says_is_compressed_with_the_rest() {
        let (body, part, start, end) = page(20);
        let spliced = Spliced {
            start: start + 1,
            end: end + 1,
            part,
        };
        let br = around(Encoding::Brotli, body.as_bytes(), &spliced).unwrap();
        assert_eq!(unbrotli(&br), body.as_bytes());
        let gz = around(Encoding::Gzip, body.as_bytes(), &spliced).unwrap();
        assert_eq!(gunzip(&gz), body.as_bytes());
    }

    #[test]
    fn an_empty_head_or_foot_still_makes_a_valid_stream() {
        let posts: Arc<str> = "<p>bara inlägg</p>".repeat(100).into();
        let part = Arc::new(Part::new(posts.clone()));
        let spliced = Spliced {
            start: 0,
            end: posts.len(),
            part,
        };
        let br = around(Encoding::Brotli, posts.as_bytes(), &spliced).unwrap();
        assert_eq!(unbrotli(&br), posts.as_bytes());
        let gz = around(Encoding::Gzip, posts.as_bytes(), &spliced).unwrap();
        assert_eq!(gunzip(&gz), posts.as_bytes());
    }
}
