//! Speed of the patient-identifier guard. Run with `cargo bench --bench deid`.
//!
//! Prints throughput in MB/s over the evaluation sets (tests/deid/eval_*.jsonl
//! and the whole posts in tests/data/deid/posts_*.jsonl, repeated), and p50/p99
//! time for one 10 KB post (target: >= 20 MB/s, p99 < 2 ms), with the group
//! context the posting path passes.

use std::time::{Duration, Instant};

fn texts() -> Vec<String> {
    let mut out = Vec::new();
    for file in [
        "deid/eval_sv.jsonl",
        "deid/eval_en.jsonl",
        "data/deid/posts_sv.jsonl",
        "data/deid/posts_en.jsonl",
    ] {
        let path = format!("{}/tests/{file}", env!("CARGO_MANIFEST_DIR"));
        let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            out.push(v["text"].as_str().unwrap_or_default().to_string());
        }
    }
    out
}

/// Time this thread has spent on a CPU (Linux: /proc/thread-self/schedstat,
/// in nanoseconds), so that the figures can also be read on a machine shared
/// with other work, where wall-clock time includes waiting for a core.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn main() {
    let texts = texts();
    let ctx = kollega::deid::Context {
        author: Some("Anna Berg".into()),
        members: vec![
            "Erik Holm".into(),
            "Maria Lind".into(),
            "James Carter".into(),
        ],
        allowed: Vec::new(),
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up (name lists and patterns load lazily on first use).
    for t in &texts {
        std::hint::black_box(kollega::deid::check_in(t, &ctx));
    }
    let rounds = 50;
    let cpu_start = cpu_time();
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            std::hint::black_box(kollega::deid::check_in(t, &ctx));
        }
    }
    let elapsed = start.elapsed();
    let cpu = cpu_time().zip(cpu_start).map(|(b, a)| b.saturating_sub(a));
    let mb_s = (bytes * rounds) as f64 / elapsed.as_secs_f64() / 1e6;
    println!(
        "kollega deid bench: {} texts, {} bytes, {rounds} rounds",
        texts.len(),
        bytes
    );
    println!(
        "throughput over the evaluation set: {mb_s:.1} MB/s (target >= 20 MB/s): {}",
        if mb_s >= 20.0 { "MET" } else { "NOT MET" }
    );
    if let Some(cpu) = cpu.filter(|c| !c.is_zero()) {
        let cpu_mb_s = (bytes * rounds) as f64 / cpu.as_secs_f64() / 1e6;
        println!(
            "  by CPU time: {cpu_mb_s:.1} MB/s (the thread was on a core {:.0}% of the wall time)",
            100.0 * cpu.as_secs_f64() / elapsed.as_secs_f64()
        );
    }

    // A 10 KB post made of case texts back to back.
    let mut post = String::new();
    for t in texts.iter().cycle() {
        if post.len() >= 10 * 1024 {
            break;
        }
        post.push_str(t);
        post.push_str("\n\n");
    }
    let mut times: Vec<Duration> = (0..2000)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(kollega::deid::check_in(&post, &ctx));
            t.elapsed()
        })
        .collect();
    times.sort();
    let p = |v: &[Duration], q: f64| v[((v.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
    println!(
        "one {} byte post: p50 {:.3} ms, p99 {:.3} ms (target p99 < 2 ms): {}",
        post.len(),
        p(&times, 0.5),
        p(&times, 0.99),
        if p(&times, 0.99) < 2.0 {
            "MET"
        } else {
            "NOT MET"
        }
    );
}
