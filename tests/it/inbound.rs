//! Reply by email: from a digest in the member's inbox back into the thread.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::harness::{SmtpServer, TestServer};
use mail_parser::MessageParser;

fn reply_address_in(raw: &[u8]) -> String {
    let msg = MessageParser::default().parse(raw).expect("message");
    let text = msg.body_text(0).expect("text").to_string();
    text.split_whitespace()
        .find(|w| w.starts_with("reply+"))
        .expect("reply address")
        .to_string()
}

fn reply_mail(from: &str, to: &str, message_id: &str, body: &str) -> String {
    format!(
        "From: Anna Lind <{from}>\r\nTo: {to}\r\nSubject: Re: [FQ Norrland] Trött kvinna\r\nMessage-ID: <{message_id}>\r\nDate: Wed, 25 Nov 2026 20:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
    )
}

/// `kollega mail ingest` as an MTA pipe would run it, against the test server's database.
fn ingest(srv: &TestServer, raw: &str) -> (i32, String) {
    ingest_with(srv, raw, &[])
}

fn ingest_with(srv: &TestServer, raw: &str, env: &[(&str, &str)]) -> (i32, String) {
    let settings = &srv.state.settings;
    let mut env = env.to_vec();
    env.extend([
        ("KOLLEGA_DATABASE_URL", settings.database.url.as_str()),
        ("KOLLEGA_MAIL_DOMAIN", settings.mail.domain.as_str()),
        ("KOLLEGA_PUBLIC_URL", settings.server.public_url.as_str()),
    ]);
    let out = crate::harness::run_kollega(&["mail", "ingest"], &env, raw.as_bytes());
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

async fn setup(smtp: &SmtpServer) -> (TestServer, kollega::threads::Thread, String) {
    setup_on(TestServer::with_mail(smtp).await, smtp).await
}

/// `setup` on a given server (SQLite or PostgreSQL).
async fn setup_on(
    srv: TestServer,
    smtp: &SmtpServer,
) -> (TestServer, kollega::threads::Thread, String) {
    let (_, erik, group) = srv.norrland();
    let thread = srv.case(
        &erik,
        &group,
        "Trött kvinna",
        "Kvinna i 50-årsåldern med trötthet.",
    );
    srv.mail_round(true).await;
    let digest = smtp
        .messages()
        .into_iter()
        .find(|m| String::from_utf8_lossy(m).contains("X-Envelope-To: anna@example.org"))
        .expect("anna's digest");
    let address = reply_address_in(&digest);
    (srv, thread, address)
}

#[actix_web::test]
async fn a_member_replies_to_a_digest_by_email_and_the_group_sees_it() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let body = "Har du frågat om sömnen?\r\nOch stämningsläget.\r\n\r\nMvh\r\nAnna\r\n\r\nDen ons 25 nov. 2026 kl 08:00 skrev kollega <noreply@kollega.test>:\r\n> Kvinna i 50-årsåldern med trötthet.\r\n";
    let (code, out) = ingest(
        &srv,
        &reply_mail("anna@example.org", &address, "r1@mail.example.org", body),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("posted"), "{out}");
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    let posts = t["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1]["author"]["name"], "Anna Lind");
    let text = posts[1]["body"].as_str().unwrap();
    assert!(text.contains("Har du frågat om sömnen?"), "{text}");
    assert!(
        !text.contains("skrev kollega") && !text.contains("> Kvinna") && !text.contains("Mvh"),
        "only what she wrote: {text}"
    );

    // The same message delivered again posts once.
    let (code, out) = ingest(
        &srv,
        &reply_mail("anna@example.org", &address, "r1@mail.example.org", body),
    );
    assert_eq!(code, 0);
    assert!(out.contains("duplicate"), "{out}");
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    assert_eq!(t["posts"].as_array().unwrap().len(), 2);
}

#[actix_web::test]
async fn a_reply_with_a_personnummer_is_refused_and_answered_without_repeating_it() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let before = smtp.messages().len();
    let body = "Hon heter Karin och har pnr 19121212-1212.\r\n";
    let (code, out) = ingest(
        &srv,
        &reply_mail("anna@example.org", &address, "r2@mail.example.org", body),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("patient_identifiers"), "{out}");
    assert_eq!(srv.post_count(&thread.id), 1, "nothing posted");
    srv.mail_round(false).await;
    let answers: Vec<Vec<u8>> = smtp.messages()[before..].to_vec();
    assert_eq!(answers.len(), 1);
    let msg = MessageParser::default().parse(&answers[0]).unwrap();
    let text = msg.body_text(0).unwrap().to_string();
    assert!(String::from_utf8_lossy(&answers[0]).contains("X-Envelope-To: anna@example.org"));
    assert!(text.contains("Personnummer, rad 1"), "{text}");
    assert!(
        !String::from_utf8_lossy(&answers[0]).contains("19121212"),
        "the identifier is not mailed back"
    );
    assert!(!String::from_utf8_lossy(&answers[0]).contains("Karin"));
}

#[actix_web::test]
async fn forged_senders_auto_replies_and_strangers_post_nothing() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let before = smtp.messages().len();
    // Someone else using Anna's reply address.
    let (code, out) = ingest(
        &srv,
        &reply_mail(
            "mallory@example.net",
            &address,
            "f1@example.net",
            "Spam!\r\n",
        ),
    );
    assert_eq!(code, 0);
    assert!(out.contains("wrong_sender"), "{out}");
    let (_, out) = ingest(
        &srv,
        &reply_mail(
            "mallory@example.net",
            &address,
            "f2@example.net",
            "Spam again!\r\n",
        ),
    );
    assert!(
        out.contains("\"answered\":false"),
        "one answer a day: {out}"
    );
    // An out-of-office reply is dropped without an answer.
    let auto = reply_mail(
        "anna@example.org",
        &address,
        "a1@example.org",
        "Jag är ledig.\r\n",
    )
    .replace(
        "Subject: Re: [FQ Norrland] Trött kvinna",
        "Subject: Autosvar: Frånvaro\r\nAuto-Submitted: auto-replied",
    );
    let (code, out) = ingest(&srv, &auto);
    assert_eq!(code, 0);
    assert!(out.contains("dropped"), "{out}");
    // A forged token, an unknown address, a malformed message.
    let (_, out) = ingest(
        &srv,
        &reply_mail(
            "anna@example.org",
            "reply+0123456789abcdef0123456789abcd@kollega.test",
            "u1@example.org",
            "Hej\r\n",
        ),
    );
    assert!(out.contains("unknown_address"), "{out}");
    let (code, _) = ingest(
        &srv,
        &reply_mail(
            "anna@example.org",
            "someone@elsewhere.example",
            "u2@example.org",
            "Hej\r\n",
        ),
    );
    assert_eq!(code, 67);
    let (code, _) = ingest(&srv, "this is not an email");
    assert_eq!(code, 65);
    assert_eq!(srv.post_count(&thread.id), 1, "nothing posted");
    srv.mail_round(false).await;
    let answered: Vec<String> = smtp.messages()[before..]
        .iter()
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    assert_eq!(
        answered
            .iter()
            .filter(|m| m.contains("X-Envelope-To: mallory@example.net"))
            .count(),
        1
    );
    assert!(!answered.iter().any(|m| m.contains("Jag är ledig")));
}

/// A server taking mail through the webhook (secret "webhook-secret-123"),
/// Erik's case in a group with Anna, and Anna's reply token for it.
async fn webhook_setup(
    tweak: impl FnOnce(&mut kollega::Settings) + Send + 'static,
) -> (TestServer, kollega::threads::Thread, String) {
    let srv = TestServer::start_sqlite(move |s| {
        s.mail.domain = "kollega.test".into();
        s.mail.inbound_secret = kollega::secret::Secret::new("webhook-secret-123");
        tweak(s);
    })
    .await;
    let (anna, erik, group) = srv.norrland();
    let thread = srv.case(&erik, &group, "Trött kvinna", "Text.");
    let token = kollega::mail::tokens::reply_token(
        &mut srv.conn(),
        &srv.state.keys,
        &anna.id,
        &thread.id,
        chrono::Duration::days(30),
    )
    .unwrap();
    (srv, thread, token)
}

#[actix_web::test]
async fn a_mail_provider_delivers_a_reply_through_the_webhook() {
    let smtp = SmtpServer::start(0);
    let url = smtp.url();
    let (srv, thread, token) = webhook_setup(move |s| {
        s.mail.smtp_url = kollega::secret::Secret::new(&url);
    })
    .await;
    let raw = reply_mail(
        "anna@example.org",
        &format!("reply+{token}@kollega.test"),
        "w1@example.org",
        "Via webhook.\r\n",
    );
    let client = TestServer::client();
    let post = |secret: &'static str, body: String| {
        client
            .post(format!("{}/api/v1/inbound-mail", srv.base))
            .insert_header(("Authorization", format!("Bearer {secret}")))
            .send_body(body)
    };
    let resp = post("wrong-secret", raw.clone()).await.unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    let mut resp = post("webhook-secret-123", raw).await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["outcome"], "posted");
    assert_eq!(srv.post_count(&thread.id), 2, "the reply is in the thread");
}

#[test]
fn mail_parse_prints_what_kollega_reads() {
    let raw = reply_mail(
        "anna@example.org",
        "reply+abc@kollega.test",
        "p1@example.org",
        "Mitt svar.\r\n\r\nOn Wed, Nov 25, 2026 at 8:00 AM kollega wrote:\r\n> citat\r\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_kollega"))
        .args(["mail", "parse"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(raw.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["from"], "anna@example.org");
    assert_eq!(json["message_id"], "p1@example.org");
    assert_eq!(json["reply"], "Mitt svar.");
    assert!(json["text"].as_str().unwrap().contains("> citat"));
}

/// Postfix's side of LMTP, played by Python's smtplib.LMTP (a real client).
#[actix_web::test]
async fn postfix_delivers_a_reply_over_lmtp() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    actix_web::rt::spawn(kollega::lmtp::serve(listener, srv.state.clone()));
    let raw = reply_mail(
        "anna@example.org",
        "Anna <anna@example.org>",
        "l1@example.org",
        "Svar via LMTP.\r\n.Rad som börjar med punkt.\r\n",
    );
    let script = r#"
import smtplib, sys
raw = sys.stdin.buffer.read()
c = smtplib.LMTP("127.0.0.1", int(sys.argv[1]))
refused = {}
try:
    refused = c.sendmail("anna@example.org", [sys.argv[2], "nobody@kollega.test"], raw)
except smtplib.SMTPRecipientsRefused as e:
    refused = e.recipients
except smtplib.SMTPDataError as e:
    print("data error", e); sys.exit(1)
c.quit()
print("refused:", sorted(refused))
"#;
    let out = actix_web::web::block(move || {
        let mut child = Command::new("python3")
            .args(["-c", script, &port.to_string(), &address])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(raw.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("nobody@kollega.test"),
        "unknown recipient refused: {stdout}"
    );
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    let posts = t["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 2, "{t}");
    assert!(
        posts[1]["body"]
            .as_str()
            .unwrap()
            .contains(".Rad som börjar med punkt."),
        "dot-stuffing undone"
    );
}

#[actix_web::test]
async fn a_member_starts_a_case_by_email_from_the_posting_address() {
    let smtp = SmtpServer::start(0);
    let (srv, _thread, _address) = setup(&smtp).await;
    let digest = smtp
        .messages()
        .into_iter()
        .find(|m| String::from_utf8_lossy(m).contains("X-Envelope-To: anna@example.org"))
        .unwrap();
    let text = MessageParser::default()
        .parse(&digest)
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    let posting = text
        .split_whitespace()
        .find(|w| w.starts_with("group+"))
        .expect("posting address in the digest")
        .to_string();
    // The group page shows the same address.
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let groups = b.get("/groups").await;
    let gid_start = groups.body.find("/groups/").unwrap() + "/groups/".len();
    let gid = &groups.body[gid_start..gid_start + 36];
    assert!(
        b.get(&format!("/groups/{gid}"))
            .await
            .body
            .contains(&posting)
    );

    let raw = reply_mail(
        "anna@example.org",
        &posting,
        "n1@example.org",
        "Man i 40-årsåldern med huvudvärk sedan två veckor.\r\n\r\nMvh\r\nAnna\r\n",
    )
    .replace(
        "Subject: Re: [FQ Norrland] Trött kvinna",
        "Subject: Huvudvärk som inte ger med sig",
    );
    let (code, out) = ingest(&srv, &raw);
    assert_eq!(code, 0, "{out}");
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let threads = api
        .get(&format!("/api/v1/groups/{gid}/threads"))
        .await
        .json();
    assert_eq!(threads[0]["title"], "Huvudvärk som inte ger med sig");
    assert_eq!(threads[0]["author_name"], "Anna Lind");
    // The posting address belongs to Anna: Erik cannot use it.
    let forged = raw
        .replace(
            "From: Anna Lind <anna@example.org>",
            "From: Erik <erik@example.org>",
        )
        .replace("n1@example.org", "n2@example.org");
    let (_, out) = ingest(&srv, &forged);
    assert!(out.contains("wrong_sender"), "{out}");
}

/// A delivery status report (RFC 3464) for mail to `recipient`, sent where
/// a mail server sends it: to the envelope sender of the failed message.
fn bounce_for(recipient: &str, n: u32, to: &str) -> String {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: {to}\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce{n}@mx.example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n--b--\r\n"
    )
}

/// The envelope sender (Return-Path) kollega used for its mail to `to`.
fn envelope_sender_of_mail_to(smtp: &SmtpServer, to: &str) -> String {
    let raw = smtp
        .messages()
        .into_iter()
        .map(|m| String::from_utf8_lossy(&m).into_owned())
        .find(|m| m.contains(&format!("X-Envelope-To: {to}")))
        .expect("mail to that address");
    raw.lines()
        .find_map(|l| l.strip_prefix("X-Envelope-From: "))
        .unwrap()
        .trim()
        .to_string()
}

/// Forged delivery reports switch off nobody's mail: a report counts only
/// at the envelope sender of mail kollega sent to that very address.
#[actix_web::test]
async fn forged_delivery_reports_are_ignored() {
    let smtp = SmtpServer::start(0);
    let (srv, _thread, reply_address) = setup(&smtp).await;
    let annas = envelope_sender_of_mail_to(&smtp, "anna@example.org");
    assert!(annas.starts_with("bounce+"), "VERP: {annas}");
    let domain = srv.state.settings.mail.domain.clone();
    let eriks = kollega::mail::bounce_address(&srv.state.keys, &domain, "erik@example.org");
    assert_ne!(annas, eriks, "one return path per recipient");
    for (n, to) in [
        "noreply@kollega.test".to_string(),
        reply_address.clone(),
        eriks.clone(),
        "bounce+0000000000@kollega.test".to_string(),
    ]
    .iter()
    .enumerate()
    {
        let (code, out) = ingest(&srv, &bounce_for("anna@example.org", n as u32 + 10, to));
        assert_eq!(code, 0, "{out}");
        assert!(!out.contains("bounce_recorded"), "{to}: {out}");
    }
    let anna = kollega::accounts::find_user_by_email(&mut srv.conn(), "anna@example.org")
        .unwrap()
        .unwrap();
    assert_eq!(anna.bounce_count, 0);
}

/// Mail to the From address of kollega's messages is answered with how to
/// reply, not bounced and lost.
#[actix_web::test]
async fn mail_to_the_from_address_is_answered_with_how_to_reply() {
    let smtp = SmtpServer::start(0);
    let (srv, _thread, _address) = setup(&smtp).await;
    let raw = reply_mail(
        "anna@example.org",
        "noreply@kollega.test",
        "nr1@example.org",
        "Tack!\r\n",
    );
    let outcome = kollega::inbound::ingest(&mut srv.conn(), &srv.state, raw.as_bytes()).unwrap();
    assert!(format!("{outcome:?}").contains("noreply"), "{outcome:?}");
    srv.mail_round(false).await;
    let answer = smtp
        .messages()
        .into_iter()
        .map(|m| String::from_utf8_lossy(&m).into_owned())
        .rfind(|m| m.contains("X-Envelope-To: anna@example.org"))
        .unwrap();
    let text = MessageParser::default()
        .parse(answer.as_bytes())
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    assert!(text.contains("reply+"), "{text}");
}

/// A recipient the server refuses for good at submission (550) counts as a
/// hard bounce, as a delivery report would: after three, mail stops.
#[actix_web::test]
async fn refusals_at_submission_count_as_hard_bounces() {
    let smtp = SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    let gone = srv.user(
        "gone@example.org",
        "Gustav Gone",
        kollega::accounts::Role::Member,
    );
    for _ in 0..3 {
        let msg = kollega::mail::compose::password_reset(
            &srv.state,
            &gone,
            "https://kollega.example/reset/x",
        )
        .unwrap();
        kollega::mail::enqueue(&mut srv.conn(), &msg).unwrap();
    }
    srv.mail_round(false).await;
    let gone = kollega::accounts::find_user_by_email(&mut srv.conn(), "gone@example.org")
        .unwrap()
        .unwrap();
    assert_eq!(gone.bounce_count, 3);
    assert!(gone.mail_disabled_at.is_some(), "mail stops after three");
}

#[actix_web::test]
async fn repeated_hard_bounces_stop_mail_and_warn_the_member() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, _address) = setup(&smtp).await;
    let return_path = envelope_sender_of_mail_to(&smtp, "anna@example.org");
    for n in 0..3 {
        let (code, out) = ingest(&srv, &bounce_for("anna@example.org", n, &return_path));
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("bounce_recorded"), "{out}");
    }
    let erik = kollega::accounts::find_user_by_email(&mut srv.conn(), "erik@example.org")
        .unwrap()
        .unwrap();
    srv.reply(&erik, &thread, None, "Nytt inlägg.");
    let before = smtp.messages().len();
    srv.mail_round(true).await;
    assert!(
        !smtp.messages()[before..]
            .iter()
            .any(|m| String::from_utf8_lossy(m).contains("X-Envelope-To: anna@example.org")),
        "no more digests to a bouncing address"
    );
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let page = b.get("/groups").await;
    assert!(page.body.contains("studsar"), "the member is told");
    // Saving the email settings confirms the address: mail resumes.
    let groups = kollega::digest::choices_for(
        &mut srv.conn(),
        &kollega::accounts::find_user_by_email(&mut srv.conn(), "anna@example.org")
            .unwrap()
            .unwrap()
            .id,
    )
    .unwrap();
    let field = format!("delivery_{}", groups[0].0);
    let resp = b
        .post_form(
            "/account/email",
            &[
                (field.as_str(), "daily"),
                ("digest_hour", "7"),
                ("digest_weekday", "1"),
                ("time_zone", "Europe/Stockholm"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303);
    assert!(!b.get("/groups").await.body.contains("studsar"));
}

#[actix_web::test]
async fn signing_off_with_ones_own_name_is_not_a_patient_name() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let (code, out) = ingest(
        &srv,
        &reply_mail(
            "anna@example.org",
            &address,
            "s1@example.org",
            "Good point about sleep.\r\n\r\nThanks,\r\nAnna\r\n",
        ),
    );
    assert_eq!(code, 0);
    assert!(out.contains("posted"), "{out}");
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    assert_eq!(t["posts"].as_array().unwrap().len(), 2);
}

#[actix_web::test]
async fn attachments_are_not_posted_and_the_sender_is_told() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let before = smtp.messages().len();
    let raw = format!(
        "From: Anna Lind <anna@example.org>\r\nTo: {address}\r\nSubject: Re: bild\r\nMessage-ID: <att1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nSe bilden p=C3=A5 utslaget.\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"utslag.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQ==\r\n--b--\r\n"
    );
    let (code, out) = ingest(&srv, &raw);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("posted"), "{out}");
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    assert_eq!(
        t["posts"][1]["body"], "Se bilden på utslaget.",
        "decoded text, no attachment"
    );
    srv.mail_round(false).await;
    let notice: Vec<String> = smtp.messages()[before..]
        .iter()
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    assert_eq!(
        notice.len(),
        1,
        "the sender is told the attachment was not posted"
    );
    assert!(notice[0].contains("X-Envelope-To: anna@example.org"));
}

/// Mail from a member posting faster than the limit is deferred, not dropped:
/// the webhook answers 429 with Retry-After and `mail ingest` exits 75
/// (EX_TEMPFAIL), so the mail system keeps the message and delivers it later.
#[actix_web::test]
async fn mail_past_the_posting_limit_is_deferred_and_posts_later() {
    let (srv, thread, token) = webhook_setup(|s| s.posts.max_posts_per_10_minutes = 2).await;
    let to = format!("reply+{token}@kollega.test");
    let client = TestServer::client();
    let deliver = |n: u32| {
        let raw = reply_mail(
            "anna@example.org",
            &to,
            &format!("flood{n}@example.org"),
            &format!("Svar nummer {n}.\r\n"),
        );
        client
            .post(format!("{}/api/v1/inbound-mail", srv.base))
            .insert_header(("Authorization", "Bearer webhook-secret-123"))
            .send_body(raw)
    };
    for n in 1..=2 {
        assert_eq!(deliver(n).await.unwrap().status().as_u16(), 200);
    }
    let resp = deliver(3).await.unwrap();
    assert_eq!(resp.status().as_u16(), 429, "deferred, not refused");
    assert!(resp.headers().get("retry-after").is_some());
    assert_eq!(
        srv.post_count(&thread.id),
        3,
        "nothing stored past the limit"
    );

    // The same for a pipe from the MTA: a temporary failure it retries.
    let raw = reply_mail("anna@example.org", &to, "flood4@example.org", "Svar 4.\r\n");
    let (code, out) = ingest_with(
        &srv,
        &raw,
        &[("KOLLEGA_POSTS__MAX_POSTS_PER_10_MINUTES", "2")],
    );
    assert_eq!(code, 75, "{out}");
    assert!(out.contains("posting limit"), "{out}");

    // Ten minutes on, the retried message posts (once).
    {
        use diesel::prelude::*;
        use kollega::db::schema::{posts, users};
        let anna: String = users::table
            .filter(users::email.eq("anna@example.org"))
            .select(users::id)
            .get_result(&mut *srv.conn())
            .unwrap();
        diesel::update(posts::table.filter(posts::author_id.eq(&anna)))
            .set(
                posts::created_at
                    .eq(chrono::Utc::now().naive_utc() - chrono::Duration::minutes(11)),
            )
            .execute(&mut *srv.conn())
            .unwrap();
    }
    assert_eq!(deliver(3).await.unwrap().status().as_u16(), 200);
    assert_eq!(srv.post_count(&thread.id), 4);
}

fn reply_mail_to_post(to: &str, message_id: &str, in_reply_to: &str, body: &str) -> String {
    format!(
        "From: Anna Lind <anna@example.org>\r\nTo: {to}\r\nSubject: Re: [FQ Norrland] Trött kvinna\r\nMessage-ID: <{message_id}>\r\nIn-Reply-To: <{in_reply_to}>\r\nReferences: <{in_reply_to}>\r\nDate: Wed, 25 Nov 2026 20:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
    )
}

/// A member's signature block (no name in it, nothing a trimmer knows) is
/// learned from how their earlier replies ended, and left out of the next.
#[actix_web::test]
async fn a_members_signature_is_learned_and_left_out_of_the_next_reply() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let signature = "ST-läkare i allmänmedicin\r\nHälsocentralen i Hoting\r\n";
    let bodies = [
        "Har du frågat om sömnen?",
        "Och hur det är med stämningsläget.",
        "Jag skulle också kolla TSH.",
    ];
    for (i, text) in bodies.iter().enumerate() {
        let (code, out) = ingest(
            &srv,
            &reply_mail(
                "anna@example.org",
                &address,
                &format!("sig{i}@mail.example.org"),
                &format!("{text}\r\n\r\n{signature}"),
            ),
        );
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("posted"), "{out}");
    }
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    let posts = t["posts"].as_array().unwrap();
    let body = |i: usize| posts[i]["body"].as_str().unwrap().to_string();
    assert!(
        body(1).contains("Hälsocentralen i Hoting"),
        "not yet known: {}",
        body(1)
    );
    assert!(body(3).contains("kolla TSH"), "{}", body(3));
    assert!(
        !body(3).contains("Hälsocentralen") && !body(3).contains("ST-läkare"),
        "learned from the two replies before: {}",
        body(3)
    );
}

/// A reply to one post's notification nests under that post, as a web reply
/// to it would; a reply to the digest stays at the top of the thread.
#[actix_web::test]
async fn a_reply_to_a_posts_notification_nests_under_that_post() {
    let smtp = SmtpServer::start(0);
    let (srv, thread, address) = setup(&smtp).await;
    let first = kollega::threads::first_post(&mut srv.conn(), &thread.id).unwrap();
    let anna = kollega::accounts::find_user_by_email(&mut srv.conn(), "anna@example.org")
        .unwrap()
        .unwrap();
    let domain = srv.state.settings.mail.domain.clone();
    // The Message-ID kollega gives a post's notification (mail::compose::post_notification).
    let notification = format!("post.{}.{}@{domain}", first.id, anna.id);
    let (code, out) = ingest(
        &srv,
        &reply_mail_to_post(
            &address,
            "n1@mail.example.org",
            &notification,
            "Håller med.",
        ),
    );
    assert_eq!(code, 0, "{out}");
    let (code, out) = ingest(
        &srv,
        &reply_mail_to_post(
            &address,
            "n2@mail.example.org",
            &format!("digest.{}.1.x@{domain}", anna.id),
            "Till tråden.",
        ),
    );
    assert_eq!(code, 0, "{out}");
    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    let posts = t["posts"].as_array().unwrap();
    let by_text = |s: &str| {
        posts
            .iter()
            .find(|p| p["body"].as_str().unwrap().contains(s))
            .unwrap_or_else(|| panic!("{s} in {posts:?}"))
            .clone()
    };
    assert_eq!(by_text("Håller med")["parent_id"], first.id.as_str());
    assert!(by_text("Till tråden")["parent_id"].is_null());
}

/// A case started by email with a personnummer in its Subject is refused;
/// nothing of it is stored, and the answer repeats it neither in its subject
/// nor in its body.
async fn an_identifier_in_the_subject_of_an_emailed_case_is_refused_and_not_repeated(
    srv: TestServer,
    smtp: SmtpServer,
) {
    let (srv, _thread, _address) = setup_on(srv, &smtp).await;
    let digest = smtp
        .messages()
        .into_iter()
        .find(|m| String::from_utf8_lossy(m).contains("X-Envelope-To: anna@example.org"))
        .unwrap();
    let text = MessageParser::default()
        .parse(&digest)
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    let posting = text
        .split_whitespace()
        .find(|w| w.starts_with("group+"))
        .unwrap()
        .to_string();
    let raw = reply_mail(
        "anna@example.org",
        &posting,
        "subj1@example.org",
        "Man i 40-årsåldern med huvudvärk sedan två veckor.\r\n",
    )
    .replace(
        "Subject: Re: [FQ Norrland] Trött kvinna",
        "Subject: Huvudvärk hos 19121212-1212",
    );
    let (code, out) = ingest(&srv, &raw);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("patient_identifiers"), "{out}");
    assert!(
        !out.contains("1212-1212"),
        "not in the command's output: {out}"
    );
    srv.mail_round(false).await;
    let answers: Vec<_> = smtp
        .messages()
        .into_iter()
        .filter(|m| {
            String::from_utf8_lossy(m).contains("inbound_answer")
                || String::from_utf8_lossy(m).contains("answer.")
        })
        .collect();
    assert!(!answers.is_empty(), "the member is told");
    for raw in answers {
        let msg = MessageParser::default().parse(&raw).unwrap();
        let subject = msg.subject().unwrap_or_default().to_string();
        let body = msg.body_text(0).unwrap_or_default().to_string();
        assert!(
            !subject.contains("1212") && !body.contains("1212-1212"),
            "{subject}\n{body}"
        );
        assert!(
            subject.contains("Huvudvärk"),
            "the rest of the subject stays: {subject}"
        );
    }
    let titles: i64 = {
        use diesel::prelude::*;
        use kollega::db::schema::threads;
        threads::table
            .filter(threads::title.like("%1212%"))
            .count()
            .get_result(&mut *srv.conn())
            .unwrap()
    };
    assert_eq!(titles, 0);
}

/// LMTP bounds what a client can cost: forged reply addresses are refused at
/// RCPT, an over-long line is cut off without being read whole, an idle
/// client is dropped after the deadline.
#[actix_web::test]
async fn lmtp_refuses_forged_addresses_long_lines_and_idle_clients() {
    let srv = TestServer::start_sqlite(|s| s.mail.lmtp_timeout_secs = 1).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    actix_web::rt::spawn(kollega::lmtp::serve(listener, srv.state.clone()));
    let domain = srv.state.settings.mail.domain.clone();
    let script = r#"
import socket, sys, time
port, domain = int(sys.argv[1]), sys.argv[2]
def session():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    f = s.makefile("rb")
    f.readline()
    return s, f
def cmd(s, f, line):
    s.sendall(line.encode() + b"\r\n")
    out = [f.readline()]
    while out[-1][3:4] == b"-":
        out.append(f.readline())
    return out[-1].decode().strip()
s, f = session()
cmd(s, f, "LHLO test")
cmd(s, f, "MAIL FROM:<anna@example.org>")
# A well-formed reply address whose tag is forged.
print("forged:", cmd(s, f, "RCPT TO:<reply+" + "a" * 30 + "@" + domain + ">"))
print("stranger:", cmd(s, f, "RCPT TO:<someone@" + domain + ">"))
s.close()
s, f = session()
try:
    s.sendall(b"NOOP " + b"x" * (8 * 1024 * 1024) + b"\r\n")
except OSError:
    pass
line = f.readline()
print("long line closed:", line == b"" or line.startswith(b"5") or line.startswith(b"4"))
s.close()
s, f = session()
started = time.time()
line = f.readline()
print("idle:", line.decode().strip()[:3], round(time.time() - started))
"#;
    let out = actix_web::web::block(move || {
        Command::new("python3")
            .args(["-c", script, &port.to_string(), &domain])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("forged: 550"), "{stdout}");
    assert!(stdout.contains("stranger: 550"), "{stdout}");
    assert!(stdout.contains("long line closed: True"), "{stdout}");
    assert!(stdout.contains("idle: 421"), "{stdout}");
}
crate::mail_test!(
    an_identifier_in_the_subject_of_an_emailed_case_is_refused_and_not_repeated,
    0
);
