//! Outbound email through a real SMTP server: digests, per-post notifications,
//! headers, unsubscribe, retries, and no duplicates after a crash.

use crate::harness::{SmtpServer, TestServer};
use crate::mail_test;
use kollega::accounts::Role;
use mail_parser::{HeaderValue, MessageParser};

pub(crate) struct Mail {
    pub(crate) to: String,
    pub(crate) raw: String,
    pub(crate) subject: String,
    pub(crate) text: String,
    pub(crate) html: String,
    pub(crate) message_id: String,
    pub(crate) in_reply_to: Option<String>,
    pub(crate) reply_to: Option<String>,
}

fn header(raw: &str, name: &str) -> Option<String> {
    raw.lines()
        .take_while(|l| !l.is_empty())
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with(&format!("{}:", name.to_ascii_lowercase()))
        })
        .map(|l| l[name.len() + 1..].trim().to_string())
}

fn parse(bytes: &[u8]) -> Mail {
    let raw = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
    let msg = MessageParser::default()
        .parse(bytes)
        .expect("parsable message");
    let addr = |h: Option<&mail_parser::Address<'_>>| {
        h.and_then(|a| a.first())
            .and_then(|a| a.address())
            .map(str::to_string)
    };
    let in_reply_to = match msg.in_reply_to() {
        HeaderValue::Text(t) => Some(t.to_string()),
        HeaderValue::TextList(l) => l.first().map(|t| t.to_string()),
        _ => None,
    };
    Mail {
        to: header(&raw, "X-Envelope-To").unwrap_or_default(),
        subject: msg.subject().unwrap_or_default().to_string(),
        text: msg.body_text(0).map(|t| t.to_string()).unwrap_or_default(),
        html: msg.body_html(0).map(|t| t.to_string()).unwrap_or_default(),
        message_id: msg.message_id().unwrap_or_default().to_string(),
        in_reply_to,
        reply_to: addr(msg.reply_to()),
        raw,
    }
}

pub(crate) fn received(smtp: &SmtpServer) -> Vec<Mail> {
    smtp.messages().iter().map(|m| parse(m)).collect()
}

async fn group_of_three(
    srv: &TestServer,
) -> (
    kollega::accounts::User,
    kollega::accounts::User,
    kollega::accounts::User,
    kollega::groups::Group,
) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let erik = srv.user("erik@example.org", "Erik Holm", Role::Member);
    let fatima = srv.user("fatima@example.org", "Fatima Haddad", Role::Member);
    let group = srv.group_with(&admin, "FQ Norrland", &[&anna, &erik, &fatima]);
    (anna, erik, fatima, group)
}

async fn members_get_a_digest_of_what_others_wrote(srv: TestServer, smtp: SmtpServer) {
    let (_anna, erik, fatima, group) = group_of_three(&srv).await;
    let thread = srv.case(
        &erik,
        &group,
        "Trött kvinna",
        "Kvinna i 50-årsåldern, **normala prover**.",
    );
    srv.reply(&fatima, &thread, None, "Har du frågat om sömnen?");

    let round = srv.mail_round(true).await;
    assert_eq!((round.digests.queued, round.sent), (3, 3), "{round:?}");
    let mails = received(&smtp);
    let to = |who: &str| {
        mails
            .iter()
            .find(|m| m.to == who)
            .unwrap_or_else(|| panic!("no mail to {who}"))
    };

    let anna = to("anna@example.org");
    assert!(
        anna.text.contains("Kvinna i 50-årsåldern")
            && anna.text.contains("Har du frågat om sömnen?"),
        "{}",
        anna.text
    );
    assert!(anna.html.contains("<strong>normala prover</strong>"));
    assert!(anna.subject.contains("FQ Norrland"), "{}", anna.subject);
    assert!(anna.raw.contains("multipart/alternative"));
    assert!(anna.message_id.ends_with("@kollega.test"));
    assert!(
        header(&anna.raw, "List-Id")
            .unwrap()
            .contains(&format!("{}.kollega.test", group.id))
    );
    assert!(
        header(&anna.raw, "List-Unsubscribe")
            .unwrap()
            .contains("/unsubscribe/")
    );
    assert_eq!(
        header(&anna.raw, "List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert_eq!(
        header(&anna.raw, "Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    let reply = anna
        .text
        .split_whitespace()
        .find(|w| w.starts_with("reply+"))
        .expect("a reply address in the text");
    let token = reply
        .trim_start_matches("reply+")
        .trim_end_matches("@kollega.test");
    assert_eq!(token.len(), 30, "{reply}");
    assert!(reply.len() <= 64 + "@kollega.test".len());

    let erik_mail = to("erik@example.org");
    assert!(
        !erik_mail.text.contains("Kvinna i 50-årsåldern"),
        "never the member's own posts"
    );
    assert!(erik_mail.text.contains("Har du frågat om sömnen?"));
    let fatima_mail = to("fatima@example.org");
    assert!(!fatima_mail.text.contains("Har du frågat om sömnen?"));

    // Nothing new: nothing sent.
    let round = srv.mail_round(true).await;
    assert_eq!((round.digests.queued, round.sent), (0, 0));
    assert_eq!(received(&smtp).len(), 3);

    // A reply in the old thread comes in the next digest.
    srv.reply(&erik, &thread, None, "Ja, hon sover dåligt.");
    let round = srv.mail_round(true).await;
    assert_eq!(round.sent, 2, "{round:?}");
    let mails = received(&smtp);
    assert_eq!(mails.len(), 5, "anna and fatima, not erik");
    assert!(
        mails[3..]
            .iter()
            .all(|m| m.text.contains("Ja, hon sover dåligt.") && m.to != "erik@example.org")
    );
}

#[actix_web::test]
async fn members_get_a_digest_of_what_others_wrote_sqlite() {
    let smtp = SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    members_get_a_digest_of_what_others_wrote(srv, smtp).await;
}

#[actix_web::test]
#[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
async fn members_get_a_digest_of_what_others_wrote_postgres() {
    let smtp = SmtpServer::start(0);
    if let Some(srv) = TestServer::with_mail_postgres(&smtp).await {
        members_get_a_digest_of_what_others_wrote(srv, smtp).await;
    }
}

async fn a_member_who_wants_every_post_gets_threaded_notifications(
    srv: TestServer,
    smtp: SmtpServer,
) {
    let (anna, erik, _fatima, group) = group_of_three(&srv).await;
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let field = format!("delivery_{}", group.id);
    let resp = b
        .post_form(
            "/account/email",
            &[
                (field.as_str(), "each"),
                ("digest_hour", "7"),
                ("digest_weekday", "1"),
                ("time_zone", "Europe/London"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    let page = b.get("/account").await;
    assert!(
        page.body.contains(r#"<option value="each" selected>"#),
        "{}",
        page.body
    );

    let thread = srv.case(&erik, &group, "Yrsel", "Man i 70-årsåldern med yrsel.");
    srv.reply(
        &erik,
        &thread,
        None,
        "Tillägg: ortostatiskt blodtryck normalt.",
    );
    srv.reply(&anna, &thread, None, "Eget svar, ska inte mejlas till mig.");
    let round = srv.mail_round(false).await;
    assert_eq!(
        round.notifications, 2,
        "erik's two posts to anna; the others take the daily digest: {round:?}"
    );
    let mails: Vec<Mail> = received(&smtp)
        .into_iter()
        .filter(|m| m.to == "anna@example.org")
        .collect();
    assert_eq!(mails.len(), 2);
    let thread_ref = format!("thread.{}@kollega.test", thread.id);
    for m in &mails {
        assert_eq!(
            m.in_reply_to.as_deref(),
            Some(thread_ref.as_str()),
            "mail clients thread them"
        );
        assert!(
            m.reply_to
                .as_deref()
                .is_some_and(|r| r.starts_with("reply+") && r.ends_with("@kollega.test"))
        );
        assert!(m.subject.contains("[FQ Norrland] Yrsel"));
    }
    assert_ne!(mails[0].message_id, mails[1].message_id);
    assert!(!mails.iter().any(|m| m.text.contains("Eget svar")));
}
mail_test!(a_member_who_wants_every_post_gets_threaded_notifications, 0);

async fn one_click_unsubscribe_works_without_signing_in(srv: TestServer, smtp: SmtpServer) {
    let (_anna, erik, _fatima, group) = group_of_three(&srv).await;
    srv.case(&erik, &group, "Fall", "Text.");
    srv.mail_round(true).await;
    let anna = received(&smtp)
        .into_iter()
        .find(|m| m.to == "anna@example.org")
        .expect("digest");
    let link = header(&anna.raw, "List-Unsubscribe").unwrap();
    let path = link
        .trim_matches(['<', '>'])
        .split_once("127.0.0.1")
        .unwrap()
        .1
        .split_once('/')
        .unwrap()
        .1
        .to_string();
    let path = format!("/{path}");

    let stranger = srv.browser();
    let page = stranger.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("FQ Norrland"));
    let resp = stranger
        .post_raw(&path, &[("List-Unsubscribe", "One-Click")])
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);

    let (anna_id, erik_thread) = {
        let mut c = srv.conn();
        let u = kollega::accounts::find_user_by_email(&mut c, "anna@example.org")
            .unwrap()
            .unwrap();
        let choices = kollega::digest::choices_for(&mut c, &u.id).unwrap();
        assert_eq!(choices[0].2, kollega::digest::Delivery::None);
        (u.id, ())
    };
    let _ = (anna_id, erik_thread);
    srv.case(&erik, &group, "Ett till fall", "Mer text.");
    let before = received(&smtp).len();
    srv.mail_round(true).await;
    assert!(
        !received(&smtp)[before..]
            .iter()
            .any(|m| m.to == "anna@example.org"),
        "no more mail to anna"
    );
    assert_eq!(
        stranger.get("/unsubscribe/forged.token.here").await.status,
        404
    );
}
mail_test!(one_click_unsubscribe_works_without_signing_in, 0);

async fn a_refused_message_is_retried_and_sent_once(srv: TestServer, smtp: SmtpServer) {
    let (_anna, erik, _fatima, group) = group_of_three(&srv).await;
    srv.case(&erik, &group, "Fall", "Text.");
    let round = srv.mail_round(true).await;
    assert_eq!(round.digests.queued, 2);
    assert_eq!(round.sent, 1, "the first was refused with 451");
    let counts = kollega::mail::outbox_counts(&mut srv.conn()).unwrap();
    assert!(counts.contains(&("pending".to_string(), 1)), "{counts:?}");
    // The retry waits for its backoff; make it due now, as time would.
    {
        use diesel::prelude::*;
        use kollega::db::schema::outbox;
        diesel::update(outbox::table.filter(outbox::status.eq("pending")))
            .set(outbox::next_attempt_at.eq(chrono::Utc::now().naive_utc()))
            .execute(&mut *srv.conn())
            .unwrap();
    }
    let round = srv.mail_round(false).await;
    assert_eq!(round.sent, 1);
    let mails = received(&smtp);
    assert_eq!(mails.len(), 2);
    assert_ne!(mails[0].to, mails[1].to, "each member once");
}
mail_test!(a_refused_message_is_retried_and_sent_once, 1);

async fn a_crash_mid_run_neither_loses_nor_duplicates_mail(srv: TestServer, smtp: SmtpServer) {
    let (_anna, erik, _fatima, group) = group_of_three(&srv).await;
    srv.case(&erik, &group, "Fall", "Text.");
    // Digests composed and committed, then the process "dies" before sending.
    let now = chrono::Utc::now().naive_utc();
    let run = kollega::digest::run_digests(&mut srv.conn(), &srv.state, now, true).unwrap();
    assert_eq!(run.queued, 2);
    // A sender claims one message and dies before recording the send.
    let claimed = kollega::mail::claim_due(&mut srv.conn(), 1).unwrap();
    assert_eq!(claimed.len(), 1);
    {
        use diesel::prelude::*;
        use kollega::db::schema::outbox;
        diesel::update(outbox::table.filter(outbox::status.eq("sending")))
            .set(outbox::claimed_until.eq(Some(
                chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1),
            )))
            .execute(&mut *srv.conn())
            .unwrap();
    }
    // Restart: composing again finds nothing new; the lapsed claim is picked up.
    let round = srv.mail_round(true).await;
    assert_eq!(round.digests.queued, 0, "not composed twice");
    assert_eq!(round.sent, 2);
    let mails = received(&smtp);
    assert_eq!(mails.len(), 2);
    assert_ne!(mails[0].to, mails[1].to);
    let round = srv.mail_round(true).await;
    assert_eq!(round.sent, 0);
}
mail_test!(a_crash_mid_run_neither_loses_nor_duplicates_mail, 0);

#[actix_web::test]
async fn a_quiet_day_sends_nothing_and_digests_wait_for_the_members_hour() {
    let smtp = SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    let (_anna, erik, _fatima, group) = group_of_three(&srv).await;
    let round = srv.mail_round(true).await;
    assert_eq!(
        (round.digests.queued, round.sent),
        (0, 0),
        "nothing happened, nothing sent"
    );

    // Members take the default: daily at 07:00 Europe/Stockholm (06:00 UTC in winter).
    let now = chrono::Utc::now().naive_utc();
    let run = |at: chrono::NaiveDateTime| {
        kollega::digest::run_digests(&mut srv.conn(), &srv.state, at, false).unwrap()
    };
    srv.case(&erik, &group, "Fall", "Text.");
    // The forced round above ran everyone's digest: the next one waits for tomorrow's hour.
    assert_eq!(
        run(now + chrono::Duration::seconds(1)).queued,
        0,
        "already ran today"
    );
    let tomorrow = (now + chrono::Duration::days(1)).date();
    let before_hour = tomorrow.and_hms_opt(5, 30, 0).unwrap();
    let after_hour = tomorrow.and_hms_opt(6, 30, 0).unwrap();
    if now < tomorrow.and_hms_opt(0, 0, 0).unwrap() - chrono::Duration::hours(18) {
        // Early in the UTC day today's 06:00 has not passed: then 05:30 tomorrow is still today's window.
        return;
    }
    assert_eq!(run(before_hour).queued, 0, "not before the member's hour");
    let r = run(after_hour);
    assert_eq!(r.queued, 2, "anna and fatima after the hour: {r:?}");
    assert_eq!(
        run(after_hour + chrono::Duration::minutes(5)).queued,
        0,
        "once a day"
    );
}

#[actix_web::test]
async fn a_new_member_is_invited_by_email_and_the_link_lets_them_in() {
    let smtp = SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    let admin = srv.admin();
    let group = srv.group_with(&admin, "Balint Skåne", &[]);
    let mut api = srv.api();
    api.login("admin@example.org").await;
    let resp = api
        .post(
            &format!("/api/v1/groups/{}/members", group.id),
            serde_json::json!({"email": "nils@example.org", "name": "Nils Ny"}),
        )
        .await;
    assert_eq!(resp.status, 201);
    assert_eq!(srv.mail_round(false).await.sent, 1);
    let mail = received(&smtp).pop().expect("invitation");
    assert_eq!(mail.to, "nils@example.org");
    assert!(mail.subject.contains("Balint Skåne"), "{}", mail.subject);
    assert!(
        header(&mail.raw, "List-Unsubscribe").is_none(),
        "a personal message, not a list"
    );
    let link = mail
        .text
        .split_whitespace()
        .find(|w| w.contains("/welcome/"))
        .expect("link in the text")
        .to_string();
    let path = format!("/welcome/{}", link.rsplit("/welcome/").next().unwrap());
    let b = srv.browser();
    assert_eq!(b.get(&path).await.status, 200);
    let resp = b
        .post_form(
            &path,
            &[
                ("password", "nils own passphrase"),
                ("confirm_password", "nils own passphrase"),
                ("accept_terms", "yes"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303);
    assert!(b.get("/groups").await.body.contains("Balint Skåne"));
}

/// Two `kollega serve` processes on one PostgreSQL: each message goes out once.
#[actix_web::test]
#[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
async fn two_senders_on_one_database_send_each_message_once() {
    let smtp = SmtpServer::start(0);
    let Some(srv) = TestServer::with_mail_postgres(&smtp).await else {
        return;
    };
    let admin = srv.admin();
    let mut members = Vec::new();
    for i in 0..20 {
        members.push(srv.user(
            &format!("m{i}@example.org"),
            &format!("Member {i}"),
            Role::Member,
        ));
    }
    let refs: Vec<&kollega::accounts::User> = members.iter().collect();
    let group = srv.group_with(&admin, "Stor grupp", &refs);
    srv.case(&admin_member(&srv, &group), &group, "Fall", "Text.");
    let queued = kollega::digest::run_digests(
        &mut srv.conn(),
        &srv.state,
        chrono::Utc::now().naive_utc(),
        true,
    )
    .unwrap()
    .queued;
    assert!(queued >= 20);
    let a = kollega::mail::Transport::from_settings(&srv.state.settings.mail).unwrap();
    let b = kollega::mail::Transport::from_settings(&srv.state.settings.mail).unwrap();
    let (sa, sb) = tokio::join!(
        kollega::mail::send_due(&srv.state.pool, &a, &srv.state.settings.mail),
        kollega::mail::send_due(&srv.state.pool, &b, &srv.state.settings.mail),
    );
    assert_eq!(sa.unwrap() + sb.unwrap(), queued);
    let mails = received(&smtp);
    assert_eq!(mails.len(), queued);
    let mut ids: Vec<&str> = mails.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), queued, "no message twice");
}

fn admin_member(srv: &TestServer, group: &kollega::groups::Group) -> kollega::accounts::User {
    let author = srv.user("author@example.org", "Author", Role::Member);
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
        &author.email,
        None,
        kollega::groups::MemberRole::Member,
    )
    .unwrap();
    author
}

#[actix_web::test]
async fn a_member_resets_a_forgotten_password_by_email() {
    let smtp = SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    srv.user("anna@example.org", "Anna Lind", Role::Member);
    let old_session = srv.browser();
    old_session.sign_in("anna@example.org").await;

    let b = srv.browser();
    assert!(b.get("/login").await.body.contains("/password/forgot"));
    let page = b
        .post_form("/password/forgot", &[("email", "anna@example.org")])
        .await;
    assert_eq!(page.status, 200);
    let unknown = b
        .post_form("/password/forgot", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(unknown.status, 200);
    assert_eq!(
        page.body.replace("anna@example.org", ""),
        unknown.body.replace("nobody@example.org", ""),
        "the same answer"
    );
    assert_eq!(
        srv.mail_round(false).await.sent,
        1,
        "only the real account gets mail"
    );
    let mail = received(&smtp).pop().unwrap();
    assert_eq!(mail.to, "anna@example.org");
    let link = mail
        .text
        .split_whitespace()
        .find(|w| w.contains("/password/reset/"))
        .expect("link")
        .to_string();
    let path = format!(
        "/password/reset/{}",
        link.rsplit("/password/reset/").next().unwrap()
    );
    assert_eq!(b.get(&path).await.status, 200);
    let resp = b
        .post_form(
            &path,
            &[
                ("password", "a brand new passphrase"),
                ("confirm_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    assert_eq!(b.get("/groups").await.status, 200, "signed in");
    assert_eq!(
        old_session.get("/groups").await.status,
        303,
        "older sessions end"
    );
    assert_eq!(
        srv.browser().get(&path).await.status,
        409,
        "the link works once"
    );
}

#[actix_web::test]
async fn a_member_signs_in_with_an_emailed_link_once() {
    let smtp = SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    srv.user("anna@example.org", "Anna Lind", Role::Member);
    let b = srv.browser();
    let page = b
        .post_form("/login/link", &[("email", "anna@example.org")])
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("en inloggningslänk på väg"),
        "{}",
        page.body
    );
    assert_eq!(srv.mail_round(false).await.sent, 1);
    let mail = received(&smtp).pop().unwrap();
    let link = mail
        .text
        .split_whitespace()
        .find(|w| w.contains("/login/link/"))
        .expect("link")
        .to_string();
    let path = format!(
        "/login/link/{}",
        link.rsplit("/login/link/").next().unwrap()
    );
    let resp = b.get(&path).await;
    assert_eq!(resp.status, 303);
    assert_eq!(b.get("/groups").await.status, 200, "signed in");
    assert_eq!(
        srv.browser().get(&path).await.status,
        409,
        "the link works once"
    );
    assert_eq!(srv.browser().get("/login/link/forged").await.status, 404);
}

// ---------------------------------------------------------------------------
// Outbound mail never stalls: deadlines, a tarpit, crashes and shutdown.

/// A helper process from tests/support (a tarpit, or an SMTP server with a
/// delay), started on a free port; it prints READY when it listens.
struct Helper {
    child: std::process::Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Helper {
    fn start(script: &str, args: &[&str]) -> Helper {
        use std::io::BufRead;
        let dir = tempfile::tempdir().expect("tempdir");
        let port = free_port();
        let mut child = std::process::Command::new("python3")
            .arg(format!(
                "{}/tests/support/{script}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .args(["--port", &port.to_string(), "--dir"])
            .arg(dir.path())
            .args(args)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("helper output");
        assert_eq!(line.trim(), "READY", "{script} did not start");
        Helper { child, port, dir }
    }

    /// A tarpit in front of `upstream` holding its first `first` connections.
    fn tarpit(upstream: &SmtpServer, hold: &str, first: u32) -> Helper {
        Helper::start(
            "tarpit_smtp.py",
            &[
                "--upstream",
                &upstream.port.to_string(),
                "--hold",
                hold,
                "--first",
                &first.to_string(),
            ],
        )
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Messages a helper SMTP server stored, as (Message-ID, file).
    fn stored(&self) -> Vec<(String, std::path::PathBuf)> {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(self.dir.path())
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        files
            .into_iter()
            .filter_map(|p| {
                let raw = std::fs::read(&p).ok()?;
                let id = MessageParser::default()
                    .parse(&raw)?
                    .message_id()?
                    .to_string();
                Some((id, p))
            })
            .collect()
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// Mail through `url` with short deadlines: `step` s per reply, `data` s for the end of DATA.
fn relay_settings(s: &mut kollega::Settings, url: &str, step: u64, data: u64) {
    s.mail.smtp_url = kollega::secret::Secret::new(url);
    s.mail.domain = "kollega.test".into();
    s.mail.from = "kollega <noreply@kollega.test>".into();
    s.mail.smtp_timeout_secs = step;
    s.mail.smtp_data_timeout_secs = data;
}

/// A plain message for the outbox, to `m<i>@example.org`.
fn plain_message(i: usize) -> kollega::mail::Outgoing {
    let id = format!("test-{i}@kollega.test");
    kollega::mail::Outgoing {
        raw: format!(
            "From: kollega <noreply@kollega.test>\r\nTo: m{i}@example.org\r\n\
             Subject: Meddelande {i}\r\nMessage-ID: <{id}>\r\n\
             Date: Sun, 6 Dec 2026 10:00:00 +0000\r\n\r\nText {i}.\r\n"
        ),
        message_id: id,
        kind: "test",
        recipient: format!("m{i}@example.org"),
        return_path: String::new(),
    }
}

fn queue(conn: &mut kollega::db::AnyConnection, n: usize) {
    for i in 0..n {
        assert!(kollega::mail::enqueue(conn, &plain_message(i)).unwrap());
    }
}

/// What time would do: retries that wait for their backoff, and claims of a
/// dead sender (two minutes), are due now.
fn make_due(conn: &mut kollega::db::AnyConnection) {
    use diesel::prelude::*;
    use kollega::db::schema::outbox;
    let past = chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1);
    diesel::update(outbox::table.filter(outbox::status.eq("pending")))
        .set(outbox::next_attempt_at.eq(past))
        .execute(conn)
        .unwrap();
    diesel::update(outbox::table.filter(outbox::status.eq("sending")))
        .set(outbox::claimed_until.eq(Some(past)))
        .execute(conn)
        .unwrap();
}

fn last_errors(conn: &mut kollega::db::AnyConnection) -> Vec<String> {
    use diesel::prelude::*;
    use kollega::db::schema::outbox;
    outbox::table
        .filter(outbox::status.eq("pending"))
        .select(outbox::last_error)
        .load::<Option<String>>(conn)
        .unwrap()
        .into_iter()
        .flatten()
        .collect()
}

/// Each Message-ID the server got, with how many times.
fn copies(smtp: &SmtpServer) -> std::collections::BTreeMap<String, usize> {
    let mut n = std::collections::BTreeMap::new();
    for m in received(smtp) {
        *n.entry(m.message_id).or_insert(0) += 1;
    }
    n
}

/// A mail round that must end: a hung sender fails the test instead of hanging it.
async fn bounded_round(srv: &TestServer) -> (kollega::jobs::Round, std::time::Duration) {
    let started = std::time::Instant::now();
    let round = tokio::time::timeout(std::time::Duration::from_secs(30), srv.mail_round(false))
        .await
        .expect("the mail round ended");
    (round, started.elapsed())
}

/// When each stored message arrived, counted from `start`.
fn arrival_secs(smtp: &SmtpServer, start: std::time::SystemTime) -> Vec<f64> {
    let mut t: Vec<f64> = std::fs::read_dir(smtp.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .map(|e| {
            let at = e.metadata().unwrap().modified().unwrap();
            at.duration_since(start).unwrap_or_default().as_secs_f64()
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t
}

#[actix_web::test]
async fn a_server_that_never_greets_holds_only_the_message_on_that_connection() {
    let smtp = SmtpServer::start(0);
    let tarpit = Helper::tarpit(&smtp, "greeting", 1);
    // 3 s per reply: far above what a healthy local relay takes, so the
    // silent connection and the others are told apart on a busy machine.
    let srv = TestServer::start_sqlite(|s| relay_settings(s, &tarpit.url(), 3, 3)).await;
    queue(&mut srv.conn(), 5);

    let start = std::time::SystemTime::now();
    let (round, took) = bounded_round(&srv).await;
    let arrivals = arrival_secs(&smtp, start);
    eprintln!("silent connection: round {took:?}, the others arrived after {arrivals:?} s");
    assert_eq!(round.sent, 4, "all but the one on the silent connection");
    assert!(
        (3.0..5.0).contains(&took.as_secs_f64()),
        "the silent connection is given up at the greeting deadline (3 s): {took:?}"
    );
    assert!(
        arrivals.iter().all(|&t| t < 2.0),
        "the others did not wait for it: {arrivals:?}"
    );
    let errors = last_errors(&mut srv.conn());
    assert_eq!(errors.len(), 1, "one message waits for its retry");
    assert!(errors[0].contains("no answer within"), "{errors:?}");

    make_due(&mut srv.conn());
    let (round, _) = bounded_round(&srv).await;
    assert_eq!(round.sent, 1, "the retry goes out");
    let copies = copies(&smtp);
    assert_eq!(copies.len(), 5);
    assert!(copies.values().all(|&n| n == 1), "{copies:?}");
}

#[actix_web::test]
async fn a_server_that_stalls_after_the_message_body_delays_the_others_at_most_its_deadline() {
    let smtp = SmtpServer::start(0);
    let tarpit = Helper::tarpit(&smtp, "data", 1);
    let srv = TestServer::start_sqlite(|s| relay_settings(s, &tarpit.url(), 1, 2)).await;
    queue(&mut srv.conn(), 5);

    let start = std::time::SystemTime::now();
    let (round, took) = bounded_round(&srv).await;
    let arrivals = arrival_secs(&smtp, start);
    eprintln!("stall after DATA: round {took:?}, the others arrived after {arrivals:?} s");
    assert_eq!(round.sent, 4);
    // The end of DATA and the record of the send are one message at a time
    // (so that a crash repeats at most one): the others wait for the stalled
    // one's 2 s deadline at most, then go.
    assert!((2.0..4.0).contains(&took.as_secs_f64()), "{took:?}");
    assert!(arrivals.iter().all(|&t| t < 3.5), "{arrivals:?}");
    let errors = last_errors(&mut srv.conn());
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("end of DATA") && errors[0].contains("no answer within 2 s"),
        "{errors:?}"
    );

    make_due(&mut srv.conn());
    let (round, _) = bounded_round(&srv).await;
    assert_eq!(round.sent, 1);
    let copies = copies(&smtp);
    assert_eq!(copies.len(), 5);
    assert!(copies.values().all(|&n| n == 1), "{copies:?}");
}

fn oldest_unsent_metric(text: &str) -> i64 {
    text.lines()
        .find_map(|l| l.strip_prefix("kollega_outbox_oldest_unsent_seconds "))
        .unwrap_or_else(|| panic!("no oldest-unsent gauge in {text}"))
        .trim()
        .parse()
        .unwrap()
}

#[actix_web::test]
async fn mail_waits_out_a_silent_relay_shows_its_age_and_flows_when_the_relay_is_back() {
    let smtp = SmtpServer::start(0);
    // The relay is silent for the whole first round (all five connections).
    let tarpit = Helper::tarpit(&smtp, "greeting", 5);
    let srv = TestServer::start_sqlite(|s| relay_settings(s, &tarpit.url(), 1, 2)).await;
    let b = srv.browser();
    assert_eq!(oldest_unsent_metric(&b.get("/metrics").await.body), 0);
    queue(&mut srv.conn(), 5);

    let (round, took) = bounded_round(&srv).await;
    eprintln!("silent relay: round gave up after {took:?}");
    assert_eq!(round.sent, 0);
    assert!(took.as_secs_f64() < 3.0, "all five in parallel: {took:?}");
    assert_eq!(last_errors(&mut srv.conn()).len(), 5);
    let age = oldest_unsent_metric(&b.get("/metrics").await.body);
    assert!(age >= 1, "the messages have waited out the deadline: {age}");

    // The relay is back.
    make_due(&mut srv.conn());
    let (round, took) = bounded_round(&srv).await;
    eprintln!("relay back: five sent in {took:?}");
    assert_eq!(round.sent, 5);
    assert_eq!(copies(&smtp).len(), 5);
    assert_eq!(oldest_unsent_metric(&b.get("/metrics").await.body), 0);
}

/// `kollega serve` as systemd runs it, sending through `smtp_url`.
struct Serve {
    child: Option<std::process::Child>,
}

impl Serve {
    fn start(db_url: &str, smtp_url: &str, extra: &[(&str, &str)]) -> Serve {
        let port = free_port().to_string();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_kollega"))
            .arg("serve")
            .env("KOLLEGA_DATABASE_URL", db_url)
            .env("KOLLEGA_BIND", format!("127.0.0.1:{port}"))
            .env("KOLLEGA_SMTP_URL", smtp_url)
            .env("KOLLEGA_MAIL_DOMAIN", "kollega.test")
            .env("KOLLEGA_MAIL_FROM", "kollega <noreply@kollega.test>")
            .env("KOLLEGA_MAIL__SEND_INTERVAL_SECS", "1")
            .envs(extra.iter().copied())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("kollega serve");
        Serve { child: Some(child) }
    }

    fn kill_hard(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().expect("SIGKILL");
            let _ = c.wait();
        }
    }

    /// SIGTERM, as systemd stops it; the exit status and everything it logged.
    fn terminate(&mut self) -> (std::process::ExitStatus, String) {
        let c = self.child.take().expect("running");
        let _ = std::process::Command::new("kill")
            .arg("-TERM")
            .arg(c.id().to_string())
            .status();
        let out = c.wait_with_output().expect("output");
        let mut logs = String::from_utf8_lossy(&out.stdout).into_owned();
        logs.push_str(&String::from_utf8_lossy(&out.stderr));
        (out.status, logs)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        self.kill_hard();
    }
}

fn wait_until(what: &str, limit: std::time::Duration, mut done: impl FnMut() -> bool) {
    let started = std::time::Instant::now();
    while !done() {
        assert!(started.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

fn unsent(pool: &kollega::db::Pool) -> i64 {
    kollega::mail::outbox_counts(&mut pool.get().unwrap())
        .unwrap()
        .into_iter()
        .filter(|(status, _)| status == "pending" || status == "sending")
        .map(|(_, n)| n)
        .sum()
}

#[test]
fn kill_dash_nine_while_sending_repeats_at_most_one_message_per_kill() {
    const MESSAGES: usize = 200;
    const KILLS: usize = 6;
    // The relay stores each message, then takes 20 ms to answer (its queue
    // file): a sender killed in between has that message delivered unseen.
    let relay = Helper::start("smtp_server.py", &["--delay-ms", "20"]);
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}", dir.path().join("k.db").display());
    let pool = kollega::db::connect(&db_url, 1).unwrap();
    queue(&mut pool.get().unwrap(), MESSAGES);

    let mut kills = 0;
    for _ in 0..KILLS {
        let before = relay.stored().len();
        let mut serve = Serve::start(&db_url, &relay.url(), &[]);
        // Kill it in the middle of sending, at a moment of its own choosing.
        wait_until("mail to flow", std::time::Duration::from_secs(30), || {
            relay.stored().len() >= before + 15
        });
        serve.kill_hard();
        kills += 1;
        // The dead sender's claims lapse after two minutes; let them now.
        make_due(&mut pool.get().unwrap());
    }
    let mut serve = Serve::start(&db_url, &relay.url(), &[]);
    wait_until(
        "the outbox to empty",
        std::time::Duration::from_secs(60),
        || unsent(&pool) == 0,
    );
    let (status, logs) = serve.terminate();
    assert!(status.success(), "{logs}");

    let mut copies = std::collections::BTreeMap::<String, usize>::new();
    for (id, _) in relay.stored() {
        *copies.entry(id).or_insert(0) += 1;
    }
    let duplicates: usize = copies.values().map(|n| n - 1).sum();
    let twice = copies.values().filter(|&&n| n > 1).count();
    eprintln!(
        "{MESSAGES} messages, {kills} kills: {} received, {duplicates} duplicates ({twice} messages twice or more)",
        relay.stored().len()
    );
    assert_eq!(copies.len(), MESSAGES, "nothing lost");
    assert!(
        copies.values().all(|&n| n <= 2),
        "no message more than once again: {copies:?}"
    );
    assert!(
        duplicates <= kills,
        "at most the one message in flight per kill: {duplicates} duplicates in {kills} kills"
    );
}

#[test]
fn stopping_kollega_serve_with_smtp_configured_ends_cleanly_without_a_panic() {
    let smtp = SmtpServer::start(0);
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}", dir.path().join("k.db").display());
    let pool = kollega::db::connect(&db_url, 1).unwrap();
    queue(&mut pool.get().unwrap(), 3);
    let mut serve = Serve::start(&db_url, &smtp.url(), &[]);
    wait_until("the mail to go", std::time::Duration::from_secs(30), || {
        smtp.messages().len() == 3
    });
    let asked = std::time::Instant::now();
    let (status, logs) = serve.terminate();
    assert!(status.success(), "{logs}");
    assert!(
        !logs.to_lowercase().contains("panic"),
        "no panic on shutdown: {logs}"
    );
    assert!(asked.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn mail_held_by_a_silent_relay_is_logged_and_shutdown_still_ends_promptly() {
    let smtp = SmtpServer::start(0);
    let tarpit = Helper::tarpit(&smtp, "greeting", 1000);
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}", dir.path().join("k.db").display());
    let pool = kollega::db::connect(&db_url, 1).unwrap();
    queue(&mut pool.get().unwrap(), 1);
    let mut serve = Serve::start(
        &db_url,
        &tarpit.url(),
        &[
            ("KOLLEGA_MAIL__SMTP_TIMEOUT_SECS", "2"),
            ("KOLLEGA_MAIL__UNSENT_WARN_SECS", "1"),
        ],
    );
    // The first send is given up after 2 s; the scheduler then warns.
    wait_until(
        "the first attempt to fail",
        std::time::Duration::from_secs(20),
        || !last_errors(&mut pool.get().unwrap()).is_empty(),
    );
    // A second message is caught in the silent relay when the stop comes.
    assert!(kollega::mail::enqueue(&mut pool.get().unwrap(), &plain_message(1)).unwrap());
    let claimed = |pool: &kollega::db::Pool| {
        kollega::mail::outbox_counts(&mut pool.get().unwrap())
            .unwrap()
            .contains(&("sending".to_string(), 1))
    };
    wait_until(
        "the second send to start",
        std::time::Duration::from_secs(10),
        || claimed(&pool),
    );
    let asked = std::time::Instant::now();
    let (status, logs) = serve.terminate();
    let took = asked.elapsed();
    eprintln!("stopped {took:?} after SIGTERM, with a send stuck in a silent relay");
    assert!(status.success(), "{logs}");
    assert!(!logs.to_lowercase().contains("panic"), "{logs}");
    assert!(
        logs.contains("outgoing mail is waiting"),
        "a warning once mail waits: {logs}"
    );
    assert!(
        logs.contains("no answer within 2 s"),
        "the stuck send is logged: {logs}"
    );
    assert!(
        took < std::time::Duration::from_secs(5),
        "the stuck send ends at its deadline: {took:?}"
    );
    assert!(
        !claimed(&pool),
        "the stuck send was recorded as failed, not left claimed"
    );
    assert!(smtp.messages().is_empty());
}

async fn a_group_with_a_swedish_name_gets_an_rfc_2047_list_id(srv: TestServer, smtp: SmtpServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let erik = srv.user("erik@example.org", "Erik Holm", Role::Member);
    // Long enough for two encoded words and a folded header line.
    let name = "Vårdcentral Norr – handledning för ST-läkare i Västerbotten";
    let group = srv.group_with(&admin, name, &[&anna, &erik]);
    srv.case(&erik, &group, "Fall", "Text.");
    assert_eq!(srv.mail_round(true).await.sent, 1);
    let mail = received(&smtp).pop().expect("anna's digest");

    let lines: Vec<&str> = mail.raw.lines().take_while(|l| !l.is_empty()).collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("List-Id:"))
        .expect("a List-Id header");
    let folded: Vec<&str> = std::iter::once(lines[start])
        .chain(
            lines[start + 1..]
                .iter()
                .copied()
                .take_while(|l| l.starts_with([' ', '\t'])),
        )
        .collect();
    assert!(folded.len() > 1, "folded: {folded:?}");
    for line in &folded {
        assert!(
            line.is_ascii() && line.len() <= 78,
            "ASCII lines of at most 78 characters: {folded:?}"
        );
    }
    let value = folded.join(" ");
    assert!(
        value.contains("=?utf-8?b?") && !value.contains("\"=?"),
        "encoded words, never inside quotes (RFC 2047 §5): {value}"
    );

    let crlf = mail.raw.replace('\n', "\r\n");
    let parsed = MessageParser::default().parse(crlf.as_bytes()).unwrap();
    let list = parsed
        .list_id()
        .as_address()
        .and_then(|a| a.first())
        .expect("List-Id parses as phrase and id");
    assert_eq!(list.name(), Some(name), "the phrase decodes to the name");
    assert_eq!(
        list.address(),
        Some(format!("{}.kollega.test", group.id).as_str()),
        "the id is ASCII (RFC 2919)"
    );
}
mail_test!(a_group_with_a_swedish_name_gets_an_rfc_2047_list_id, 0);
