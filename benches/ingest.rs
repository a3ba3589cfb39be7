//! Inbound email parsing and trimming speed. Run with `cargo bench --bench ingest`.
//!
//! Feeds realistic replies (a Swedish reply above an Outlook header and a
//! quoted digest, an English Gmail reply with a signature, a multipart
//! message with an HTML part and a base64 attachment) through
//! `kollega::inbound::parse` — MIME parsing, charset decoding, choosing the
//! body, trimming — and reports messages/s (target >= 5,000/s, issue 15).
//!
//! On a shared machine the wall-clock figure moves with everyone else's
//! load, so the CPU time of the measuring thread is reported beside it
//! (from /proc/thread-self/schedstat, where the kernel has it); the target
//! is judged on the wall clock.

use std::time::Instant;

/// Nanoseconds this thread has run on a CPU, if the kernel says.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn samples() -> Vec<Vec<u8>> {
    let quoted: String = (0..40)
        .map(|i| format!("> Rad {i} i sammanfattningen om trötthet och sömn.\r\n"))
        .collect();
    let sv = format!(
        "From: Anna Lind <anna@example.org>\r\nTo: reply+0123456789abcdef0123456789@kollega.test\r\nSubject: SV: [FQ] Trött kvinna\r\nMessage-ID: <a1@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHar du fr=C3=A5gat om s=C3=B6mnen?\r\n\r\nMvh\r\nAnna\r\n\r\nFr=C3=A5n: kollega <noreply@kollega.test>\r\nSkickat: den 25 november 2026 08:00\r\nTill: Anna Lind\r\n=C3=84mne: [FQ] Tr=C3=B6tt kvinna\r\n\r\n{quoted}"
    );
    let en = format!(
        "From: James <james@example.org>\r\nTo: reply+0123456789abcdef0123456789@kollega.test\r\nSubject: Re: [FQ] Sore throat\r\nMessage-ID: <b1@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe would book a longer appointment.\r\n\r\nBest wishes,\r\nJames\r\n\r\nSent from my iPhone\r\n\r\nOn Wed, 25 Nov 2026 at 08:00, kollega <noreply@kollega.test> wrote:\r\n{quoted}"
    );
    let attachment = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n".repeat(200);
    let multi = format!(
        "From: Anna Lind <anna@example.org>\r\nTo: reply+0123456789abcdef0123456789@kollega.test\r\nSubject: Re: bild\r\nMessage-ID: <c1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Se bilden.</div><blockquote>{}</blockquote>\r\n--b2--\r\n--b1\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"x.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{attachment}--b1--\r\n",
        quoted.replace("\r\n", "<br>")
    );
    vec![sv.into_bytes(), en.into_bytes(), multi.into_bytes()]
}

fn main() {
    let samples = samples();
    for s in &samples {
        std::hint::black_box(kollega::inbound::parse(s).ok());
    }
    let rounds = 5_000;
    let cpu_start = thread_cpu_ns();
    let start = Instant::now();
    let mut bytes = 0usize;
    for _ in 0..rounds {
        for s in &samples {
            bytes += s.len();
            std::hint::black_box(kollega::inbound::parse(s).ok());
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cpu = cpu_start
        .zip(thread_cpu_ns())
        .map(|(a, b)| (b - a) as f64 / 1e9);
    let n = rounds * samples.len();
    let per_s = n as f64 / elapsed;
    println!(
        "kollega ingest bench: {n} messages ({:.1} MB) parsed and trimmed in {elapsed:.2} s",
        bytes as f64 / 1e6
    );
    println!(
        "{per_s:.0} messages/s (target >= 5,000/s): {}",
        if per_s >= 5000.0 { "MET" } else { "NOT MET" }
    );
    if let Some(cpu) = cpu {
        println!(
            "{:.0} messages per CPU-second ({cpu:.2} s on a CPU of {elapsed:.2} s)",
            n as f64 / cpu
        );
    }
}
