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
