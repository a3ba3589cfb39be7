//! The browser suite: tests/browser/e2e.mjs drives real headless Chromium
//! (Debian's `chromium`, through playwright-core) against a real server, with
//! axe-core on every page. `.ci/run` installs Chromium and the npm packages;
//! without them this test fails and says what to install.

use std::path::Path;
use std::process::Command;

use crate::harness::{PASSWORD, TestServer};

#[actix_web::test]
async fn a_member_works_through_kollega_in_a_real_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let suite = root.join("tests/browser");
    assert!(
        Path::new("/usr/bin/chromium").exists(),
        "Chromium is missing: apt-get install chromium (.ci/run does)"
    );
    assert!(
        suite.join("node_modules/playwright-core").exists(),
        "npm packages are missing: npm ci --prefix tests/browser (.ci/run does)"
    );
    let srv = TestServer::start_sqlite(|_| {}).await;
    let (anna, erik, group) = srv.norrland();
    let thread = srv.case(
        &erik,
        &group,
        "Trött kvinna i 50-årsåldern",
        "Normala prover, sover dåligt. **Hur går ni vidare?**",
    );
    let first = srv.reply(&anna, &thread, None, "Har du frågat om stress på jobbet?");
    srv.reply(
        &erik,
        &thread,
        Some(&first.id),
        "Ja, det är mycket just nu.",
    );

    // Two narrative threads Anna observes: one in its conversation, one in reflection.
    let lars = srv.user(
        "lars@example.org",
        "Lars Lyssnare",
        kollega::accounts::Role::Member,
    );
    let admin = kollega::accounts::find_user_by_email(&mut srv.conn(), "admin@example.org")
        .unwrap()
        .unwrap();
    kollega::groups::add_member(
        &mut srv.conn(),
        &srv.state.keys,
        "",
        chrono::Duration::days(1),
        &admin,
        &group.id,
        "lars@example.org",
        None,
        kollega::groups::MemberRole::Member,
    )
    .unwrap();
    let story = |title: &str| {
        kollega::narrative::create(
            &mut srv.conn(),
            &erik,
            &group.id,
            title,
            "Det började med ett samtal i telefon.",
            &lars.id,
            &[],
            &srv.state.post_rules(),
        )
        .unwrap()
    };
    let conversation = story("En svår dag");
    let reflection = story("Ett samtal som gick snett");
    kollega::narrative::set_phase(
        &mut srv.conn(),
        &lars,
        &reflection.id,
        kollega::narrative::Phase::Reflection,
    )
    .unwrap();

    // A 200-post thread for the weak-connection measurement (seeded faster
    // than members may post, as benches/thread_page.rs does).
    let long = srv.case(
        &erik,
        &group,
        "Lång tråd om trötthet",
        "Kvinna i 50-årsåldern med **trötthet**.",
    );
    let mut rules = srv.state.post_rules();
    rules.max_posts_per_10_minutes = 0;
    // All by Erik: Anna, who drives the browser, keeps her posting rate.
    for i in 1..200 {
        let text = format!(
            "{i}: Kvinna i 50-årsåldern med **trötthet** sedan i höstas. Normala prover: Hb, TSH, B12.\n\n\
             - sover dåligt\n- mycket på jobbet\n\nHur går ni vidare?"
        );
        kollega::threads::create_post(&mut srv.conn(), &erik, &long.id, None, &text, &[], &rules)
            .unwrap();
    }
    let long_path = format!("/threads/{}", long.id);

    let artifacts = root.join("target/browser-artifacts");
    let (base, group_path, thread_path) = (
        srv.base.clone(),
        format!("/groups/{}", group.id),
        format!("/threads/{}", thread.id),
    );
    let (note_conversation, note_reflection) = (
        format!("/threads/{}", conversation.id),
        format!("/threads/{}", reflection.id),
    );
    let out = actix_web::rt::task::spawn_blocking(move || {
        Command::new("node")
            .arg("e2e.mjs")
            .current_dir(&suite)
            .env("BASE", base)
            .env("EMAIL", "anna@example.org")
            .env("ADMIN_EMAIL", "admin@example.org")
            .env("PASSWORD", PASSWORD)
            .env("GROUP", group_path)
            .env("THREAD", thread_path)
            .env("LONG_THREAD", long_path)
            .env("NOTE_CONVERSATION", note_conversation)
            .env("NOTE_REFLECTION", note_reflection)
            .env("ARTIFACTS", &artifacts)
            .output()
            .expect("run node (apt-get install nodejs)")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains("browser suite passed"),
        "browser suite failed:\n{stdout}\n{stderr}"
    );
    assert!(
        root.join("target/browser-artifacts/phone-thread.png")
            .exists()
            && root
                .join("target/browser-artifacts/desktop-thread.png")
                .exists(),
        "screenshots are kept as artefacts"
    );
}
