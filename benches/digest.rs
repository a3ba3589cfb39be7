//! Composing digests at scale, and delivering them. Run with `cargo bench --bench digest`.
//!
//! Seeds BENCH_MEMBERS members (default 10,000) in BENCH_GROUPS groups (1,500)
//! on a temporary SQLite file, with a day of activity (BENCH_POSTS_PER_GROUP,
//! default 3), then times composing every member's digest into the outbox
//! (target: all within 5 s, SMTP excluded). Then delivers BENCH_DELIVER of
//! them (default 2,000) over SMTP into a local aiosmtpd process
//! (tests/support/smtp_server.py) and reports messages/s end to end.

use std::time::{Duration, Instant};

use actix_web::web;
use diesel::prelude::*;
use kollega::db::schema::{groups, memberships, outbox, users};
use kollega::threads::{self, ThreadKind};
use kollega::{AppState, Settings};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() -> anyhow::Result<()> {
    let members = env_or("BENCH_MEMBERS", 10_000);
    let group_count = env_or("BENCH_GROUPS", 1_500);
    let posts_per_group = env_or("BENCH_POSTS_PER_GROUP", 3);
    let deliver = env_or("BENCH_DELIVER", 2_000);

    let dir = tempfile::tempdir()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let maildir = dir.path().join("received");
    let mut smtp = std::process::Command::new("python3")
        .arg(format!(
            "{}/tests/support/smtp_server.py",
            env!("CARGO_MANIFEST_DIR")
        ))
        .args(["--port", &port.to_string(), "--dir"])
        .arg(&maildir)
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(smtp.stdout.take().expect("stdout")).read_line(&mut line)?;
        anyhow::ensure!(
            line.trim() == "READY",
            "SMTP server did not start (pip install aiosmtpd)"
        );
    }

    let mut settings = Settings::defaults()?;
    settings.database.url = format!("sqlite://{}", dir.path().join("bench.db").display());
    settings.mail.smtp_url = kollega::secret::Secret::new(format!("smtp://127.0.0.1:{port}"));
    settings.mail.domain = "kollega.test".into();
    settings.mail.digest_grace_secs = 0;
    let pool = kollega::db::connect(&settings.database.url, 4)?;
    let state = web::Data::new(AppState::new(settings, pool)?);

    println!(
        "kollega digest bench: {members} members in {group_count} groups, {posts_per_group} new posts per group"
    );
    let seed_start = Instant::now();
    let now = chrono::Utc::now().naive_utc();
    let yesterday = now - chrono::Duration::days(1);
    let mut conn = state.pool.get()?;
    let e = |e: kollega::error::AppError| anyhow::anyhow!("{e}");
    conn.transaction(|conn| -> anyhow::Result<()> {
        for g in 0..group_count {
            diesel::insert_into(groups::table)
                .values((
                    groups::id.eq(format!("00000000-0000-4000-8000-{g:012}")),
                    groups::name.eq(format!("Grupp {g}")),
                    groups::description.eq(""),
                    groups::created_at.eq(yesterday),
                    groups::last_activity_at.eq(yesterday),
                ))
                .execute(conn)?;
        }
        for m in 0..members {
            let id = format!("10000000-0000-4000-8000-{m:012}");
            diesel::insert_into(users::table)
                .values((
                    users::id.eq(&id),
                    users::email.eq(format!("member{m}@example.org")),
                    users::name.eq(format!("Dr Member {m}")),
                    users::role.eq("member"),
                    users::created_at.eq(yesterday),
                ))
                .execute(conn)?;
            diesel::insert_into(memberships::table)
                .values((
                    memberships::group_id.eq(format!("00000000-0000-4000-8000-{:012}", m % group_count)),
                    memberships::user_id.eq(&id),
                    memberships::role.eq("member"),
                    memberships::joined_at.eq(yesterday),
                ))
                .execute(conn)?;
        }
        let rules = state.post_rules();
        for g in 0..group_count {
            let group_id = format!("00000000-0000-4000-8000-{g:012}");
            let first = kollega::accounts::find_user(conn, &format!("10000000-0000-4000-8000-{:012}", g % members)).map_err(e)?;
            let second = kollega::accounts::find_user(conn, &format!("10000000-0000-4000-8000-{:012}", (g + group_count) % members)).map_err(e)?;
            let body = "Kvinna i 50-årsåldern med **trötthet** sedan i höstas. Normala prover.\n\nHur går ni vidare?";
            let thread = threads::create_thread(conn, &first, &group_id, ThreadKind::Case, "Trötthet", body, &[], &rules).map_err(e)?;
            for k in 1..posts_per_group {
                let who = if k % 2 == 1 { &second } else { &first };
                threads::create_post(conn, who, &thread.id, None, "Har du frågat om sömnen och stämningsläget?", &[], &rules).map_err(e)?;
            }
        }
        // The per-post notes are for members who want every post; none here.
        diesel::delete(kollega::db::schema::post_notifications::table).execute(conn)?;
        Ok(())
    })?;
    drop(conn);
    println!("seeded in {:.1} s", seed_start.elapsed().as_secs_f64());

    let start = Instant::now();
    let run = kollega::digest::run_digests(
        &mut *state.pool.get()?,
        &state,
        chrono::Utc::now().naive_utc(),
        true,
    )
    .map_err(e)?;
    let elapsed = start.elapsed();
    println!(
        "composed {} digests ({} quiet) in {:.2} s = {:.0} digests/s (target: all within 5 s): {}",
        run.queued,
        run.quiet,
        elapsed.as_secs_f64(),
        run.queued as f64 / elapsed.as_secs_f64(),
        if elapsed <= Duration::from_secs(5) {
            "MET"
        } else {
            "NOT MET"
        }
    );

    // Delivery: the first `deliver` messages, end to end into the SMTP server.
    let mut conn = state.pool.get()?;
    let keep: Vec<String> = outbox::table
        .order(outbox::id.asc())
        .limit(deliver as i64)
        .select(outbox::id)
        .load(&mut conn)?;
    diesel::update(outbox::table.filter(outbox::id.ne_all(&keep)))
        .set(outbox::status.eq("sent"))
        .execute(&mut conn)?;
    drop(conn);
    let sent = actix_web::rt::System::new().block_on(async {
        let transport = kollega::mail::Transport::from_settings(&state.settings.mail)?;
        let start = Instant::now();
        let sent = kollega::mail::send_due(&state.pool, &transport, &state.settings.mail)
            .await
            .map_err(e)?;
        anyhow::Ok((sent, start.elapsed()))
    })?;
    let received = std::fs::read_dir(&maildir)?
        .filter(|f| {
            f.as_ref()
                .is_ok_and(|f| f.path().extension().is_some_and(|x| x == "eml"))
        })
        .count();
    println!(
        "delivered {} messages over SMTP in {:.2} s = {:.0} messages/s ({} received by the server)",
        sent.0,
        sent.1.as_secs_f64(),
        sent.0 as f64 / sent.1.as_secs_f64(),
        received
    );
    let _ = smtp.kill();
    Ok(())
}
