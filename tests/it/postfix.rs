//! deploy/'s Postfix files, run by Debian's Postfix between a real kollega
//! and the members' mailboxes, as deploy/nginx.conf is run by nginx in
//! `deploy.rs`. One Postfix instance of the test's own (its own
//! configuration and queue directories in a temporary directory, loopback
//! only, free ports) with the deploy files' settings, the test's LMTP port
//! put into `postfix-transport`. Around them only what stands in for the
//! world: a virtual mailbox domain for the members (`members.test`) and a
//! provider that refuses a member's mail after Postfix accepted it
//! (`gone.test`, a second smtpd of the instance that refuses every
//! recipient), so that Postfix writes a real delivery status report.
//!
//! The story: kollega's digest goes out through Postfix into Anna's mailbox
//! with kollega's per-recipient return path; Anna answers it with s-nail
//! (Debian's, with Debian's settings: it quotes first, so her answer stands
//! below the quotation) and the answer comes back through Postfix and LMTP
//! into the thread as she wrote it; addresses of the mail domain that
//! kollega did not hand out are refused at RCPT, forged tokens included;
//! the report about a member whose mail fails counts as a bounce; a forged
//! report about another member counts for nothing.
//!
//! `tests/run` installs Postfix and s-nail and sets `KOLLEGA_REQUIRE_POSTFIX`,
//! so there the test runs; elsewhere, without them (or not as root, which
//! Postfix's master needs), it is skipped with a note.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use kollega::db::schema::{reply_tokens, users};

use crate::harness::TestServer;

const DOMAIN: &str = "kollega.example.org";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn deploy_file(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("deploy")
            .join(name),
    )
    .unwrap()
}

/// Whether Postfix and s-nail can run here; under tests/run they must.
fn postfix_here() -> bool {
    let required = std::env::var_os("KOLLEGA_REQUIRE_POSTFIX").is_some();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let missing: Vec<&str> = [
        ("/usr/sbin/postfix", "postfix"),
        ("/usr/bin/s-nail", "s-nail"),
    ]
    .into_iter()
    .filter(|(path, _)| !Path::new(path).exists())
    .map(|(_, name)| name)
    .collect();
    let problem = if !missing.is_empty() {
        format!(
            "{} not installed (tests/run installs them)",
            missing.join(" and ")
        )
    } else if !root {
        "not running as root, which Postfix's master needs".to_string()
    } else {
        return true;
    };
    assert!(!required, "the Postfix test must run here: {problem}");
    eprintln!("Postfix test skipped: {problem}");
    false
}

fn id_of(flag: &str, user: &str) -> u32 {
    let out = Command::new("id").args([flag, user]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// A Postfix instance of the test's own; stopped when dropped, also when the
/// test fails.
struct Postfix {
    dir: tempfile::TempDir,
    smtp: u16,
}

impl Postfix {
    fn config(&self) -> PathBuf {
        self.dir.path().join("etc")
    }

    fn postfix(&self, command: &str) -> std::process::Output {
        Command::new("/usr/sbin/postfix")
            .arg("-c")
            .arg(self.config())
            .arg(command)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    /// Its log (`maillog_file`), for assertions and their messages.
    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("maillog")).unwrap_or_default()
    }

    /// The messages delivered to a member's mailbox, oldest first.
    fn mailbox(&self, user: &str) -> Vec<PathBuf> {
        let new = self.dir.path().join("mailboxes").join(user).join("new");
        let mut files: Vec<PathBuf> = std::fs::read_dir(new)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
    }

    /// Postfix's log lines of deliveries it made to kollega over LMTP.
    fn lmtp_deliveries(&self, lmtp: u16) -> usize {
        let relay = format!("relay=127.0.0.1[127.0.0.1]:{lmtp},");
        self.log()
            .lines()
            .filter(|l| l.contains(&relay) && l.contains("status=sent"))
            .count()
    }
}

impl Drop for Postfix {
    fn drop(&mut self) {
        let stopped = self.postfix("stop");
        if !stopped.status.success() {
            let _ = self.postfix("abort");
        }
    }
}

/// Debian's Postfix with the repository's main.cf snippet, transport and
/// recipient table (paths into the test's directory, the LMTP port the
/// test's), and Debian's master.cf with the test's SMTP port and no chroot
/// (the queue directory is a fresh temporary one).
fn start_postfix(lmtp: u16, policy: u16) -> Postfix {
    let dir = tempfile::tempdir().unwrap();
    // Postfix's daemons run as the postfix user and must reach into it.
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let d = dir.path().display().to_string();
    let etc = dir.path().join("etc");
    std::fs::create_dir_all(&etc).unwrap();
    let (uid, gid) = (id_of("-u", "postfix"), id_of("-g", "postfix"));
    std::fs::create_dir(dir.path().join("spool")).unwrap();
    for owned in ["data", "mailboxes"] {
        std::fs::create_dir(dir.path().join(owned)).unwrap();
        std::os::unix::fs::chown(dir.path().join(owned), Some(uid), Some(gid)).unwrap();
    }

    let (smtp, remote) = (free_port(), free_port());
    let into_dir = |text: String| text.replace("/etc/postfix/", &format!("{d}/etc/"));
    let transport = deploy_file("postfix-transport").replace(
        "lmtp:inet:127.0.0.1:2424",
        &format!("lmtp:inet:127.0.0.1:{lmtp}"),
    );
    assert!(transport.contains(&format!(":{lmtp}")), "{transport}");
    std::fs::write(
        etc.join("transport"),
        format!("{transport}\ngone.test    smtp:[127.0.0.1]:{remote}\n"),
    )
    .unwrap();
    std::fs::write(
        etc.join("kollega-recipients"),
        deploy_file("postfix-recipients"),
    )
    .unwrap();
    std::fs::write(
        etc.join("mailboxes"),
        "anna@members.test anna/\nerik@members.test erik/\n",
    )
    .unwrap();

    let main_cf = format!(
        "# The test's instance: its own directories, loopback only.\n\
         compatibility_level = 3.6\n\
         queue_directory = {d}/spool\n\
         data_directory = {d}/data\n\
         mail_owner = postfix\n\
         setgid_group = postdrop\n\
         inet_interfaces = loopback-only\n\
         inet_protocols = ipv4\n\
         myhostname = mx.{DOMAIN}\n\
         mydestination =\n\
         alias_maps =\n\
         alias_database =\n\
         mynetworks = 127.0.0.0/8\n\
         maillog_file_prefixes = {d}\n\
         maillog_file = {d}/maillog\n\
         # The members' mailboxes.\n\
         virtual_mailbox_domains = members.test\n\
         virtual_mailbox_base = {d}/mailboxes\n\
         virtual_mailbox_maps = texthash:{d}/etc/mailboxes\n\
         virtual_minimum_uid = 1\n\
         virtual_uid_maps = static:{uid}\n\
         virtual_gid_maps = static:{gid}\n\
         # deploy/postfix-main.cf.snippet:\n{}",
        into_dir(deploy_file("postfix-main.cf.snippet")).replace(
            "check_policy_service inet:127.0.0.1:2425",
            &format!("check_policy_service inet:127.0.0.1:{policy}")
        )
    );
    assert!(main_cf.contains(&format!(":{policy}")), "{main_cf}");
    std::fs::write(etc.join("main.cf"), main_cf).unwrap();
    let postmap = Command::new("/usr/sbin/postmap")
        .arg("-c")
        .arg(&etc)
        .arg(etc.join("transport"))
        .output()
        .unwrap();
    assert!(postmap.status.success(), "{postmap:?}");
    let master = std::fs::read_to_string("/etc/postfix/master.cf")
        .or_else(|_| std::fs::read_to_string("/usr/share/postfix/master.cf.dist"))
        .unwrap();
    let master: String = master
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if line.starts_with(|c: char| c.is_ascii_alphanumeric()) && fields.len() >= 8 {
                let service = if fields[0] == "smtp" && fields[1] == "inet" {
                    format!("127.0.0.1:{smtp}")
                } else {
                    fields[0].to_string()
                };
                let mut fields: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
                fields[0] = service;
                fields[4] = "n".into();
                fields.join(" ")
            } else {
                line.to_string()
            }
        })
        .map(|l| l + "\n")
        .chain([format!(
            "# The members' provider at gone.test, where Olle's mailbox is gone.\n\
             127.0.0.1:{remote} inet n - n - - smtpd\n  -o myhostname=mx.gone.test\n  \
             -o syslog_name=postfix/gone\n  -o smtpd_recipient_restrictions=reject\n"
        )])
        .collect();
    std::fs::write(etc.join("master.cf"), master).unwrap();

    let postfix = Postfix { dir, smtp };
    let check = postfix.postfix("check");
    assert!(
        check.status.success(),
        "postfix check: {check:?}\n{}",
        postfix.log()
    );
    let started = postfix.postfix("start");
    assert!(
        started.status.success(),
        "postfix start: {started:?}\n{}",
        postfix.log()
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", smtp)).is_err() {
        assert!(
            Instant::now() < deadline,
            "Postfix does not listen on {smtp}:\n{}",
            postfix.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    postfix
}

/// A plain SMTP conversation: each command's reply (the last line of it).
fn smtp_talk(port: u16, commands: &[&str]) -> Vec<String> {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    let mut read_reply = || {
        let mut line = String::new();
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                return line.trim_end().to_string();
            }
        }
    };
    let greeting = read_reply();
    assert!(greeting.starts_with("220"), "{greeting}");
    let mut replies = Vec::new();
    for command in commands {
        writer
            .write_all(format!("{command}\r\n").as_bytes())
            .unwrap();
        replies.push(read_reply());
    }
    replies
}

/// Sends one message over SMTP; panics unless every step is accepted.
fn smtp_send(port: u16, from: &str, to: &str, message: &str) {
    let data = format!("{}\r\n.", message.replace("\r\n.", "\r\n.."));
    let replies = smtp_talk(
        port,
        &[
            "EHLO mx.example.net",
            &format!("MAIL FROM:<{from}>"),
            &format!("RCPT TO:<{to}>"),
            "DATA",
            &data,
            "QUIT",
        ],
    );
    let codes: Vec<&str> = replies.iter().map(|r| &r[..3]).collect();
    assert_eq!(
        codes,
        ["250", "250", "250", "354", "250", "221"],
        "{replies:?}"
    );
}

/// Waits (without blocking the test's runtime, which serves LMTP) until `done`.
async fn until(what: &str, postfix: &Postfix, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(
            Instant::now() < deadline,
            "timed out waiting until {what}; Postfix's log:\n{}",
            postfix.log()
        );
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

fn bounce_count(srv: &TestServer, email: &str) -> i32 {
    users::table
        .filter(users::email.eq(email))
        .select(users::bounce_count)
        .first(&mut *srv.conn())
        .unwrap()
}

/// A delivery status report as a remote mail server would write it.
fn report(to: &str, failed: &str) -> String {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\nTo: {to}\r\n\
         Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <forged-{failed}@mx.example.net>\r\n\
         Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n\
         --r\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n\
         --r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n\
         Final-Recipient: rfc822; {failed}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--r--\r\n"
    )
}

#[actix_web::test]
async fn postfix_as_deployed_carries_digests_replies_and_bounces() {
    if !postfix_here() {
        return;
    }
    let started = Instant::now();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let lmtp = listener.local_addr().unwrap().port();
    let policy_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let policy = policy_listener.local_addr().unwrap().port();
    let postfix = actix_web::web::block(move || start_postfix(lmtp, policy))
        .await
        .unwrap();
    let smtp = postfix.smtp;
    let srv = TestServer::start_sqlite(|s| {
        s.mail.smtp_url = kollega::secret::Secret::new(format!("smtp://127.0.0.1:{smtp}"));
        s.mail.domain = DOMAIN.into();
        s.mail.from = format!("kollega <kollega@{DOMAIN}>");
    })
    .await;
    actix_web::rt::spawn(kollega::lmtp::serve(listener, srv.state.clone()));
    actix_web::rt::spawn(kollega::policy::serve(policy_listener, srv.state.clone()));

    let admin = srv.admin();
    let anna = srv.user(
        "anna@members.test",
        "Anna Lind",
        kollega::accounts::Role::Member,
    );
    let erik = srv.user(
        "erik@members.test",
        "Erik Holm",
        kollega::accounts::Role::Member,
    );
    let olle = srv.user(
        "olle@gone.test",
        "Olle Berg",
        kollega::accounts::Role::Member,
    );
    let group = srv.group_with(&admin, "FQ Norrland", &[&anna, &erik, &olle]);
    let thread = srv.case(
        &erik,
        &group,
        "Trött kvinna",
        "Kvinna i 50-årsåldern med trötthet sedan i våras.",
    );
    srv.mail_round(true).await;

    // The digest reaches Anna's mailbox, sent with her own return path.
    until("Anna's digest is in her mailbox", &postfix, || {
        !postfix.mailbox("anna").is_empty()
    })
    .await;
    let digest = std::fs::read_to_string(&postfix.mailbox("anna")[0]).unwrap();
    let anna_return_path = kollega::mail::bounce_address(&srv.state.keys, DOMAIN, &anna.email);
    assert!(
        digest.starts_with(&format!("Return-Path: <{anna_return_path}>")),
        "{digest}"
    );
    let parsed = mail_parser::MessageParser::default()
        .parse(digest.as_bytes())
        .unwrap();
    assert!(
        parsed.body_text(0).unwrap().contains("Trött kvinna"),
        "{digest}"
    );

    // Olle's mail fails at his end: Postfix's report comes back to his return
    // path, over LMTP, and counts.
    until("the report on Olle's digest is counted", &postfix, || {
        bounce_count(&srv, &olle.email) == 1
    })
    .await;
    assert!(
        postfix.log().contains("sender non-delivery notification"),
        "a real report from Postfix:\n{}",
        postfix.log()
    );

    // Addresses of the mail domain that kollega did not hand out are refused
    // at RCPT, forged tokens too (Postfix asks kollega); a genuine one is not.
    let reply_address = parsed
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .expect("Reply-To in the digest")
        .to_string();
    assert!(reply_address.starts_with("reply+"), "{reply_address}");
    let forged = format!("reply+{}@{DOMAIN}", "ab".repeat(15));
    let probe = reply_address.clone();
    let replies = actix_web::web::block(move || {
        smtp_talk(
            smtp,
            &[
                "EHLO mx.example.net",
                "MAIL FROM:<someone@example.net>",
                &format!("RCPT TO:<nobody@{DOMAIN}>"),
                &format!("RCPT TO:<{forged}>"),
                &format!("RCPT TO:<bounce+nothex@{DOMAIN}>"),
                &format!("RCPT TO:<{probe}>"),
                "QUIT",
            ],
        )
    })
    .await
    .unwrap();
    assert!(replies[2].starts_with("550"), "{replies:?}");
    assert!(replies[3].starts_with("550"), "{replies:?}");
    assert!(replies[4].starts_with("550"), "{replies:?}");
    assert!(replies[5].starts_with("250"), "{replies:?}");

    // A forged report, sent to Anna's return path (which anyone she ever
    // forwarded a digest to could copy) about Erik, counts for nothing; nor
    // does one to her reply address about herself.
    let lmtp_before = postfix.lmtp_deliveries(lmtp);
    let (to_bounce, to_reply) = (anna_return_path.clone(), reply_address.clone());
    let (erik_email, anna_email) = (erik.email.clone(), anna.email.clone());
    actix_web::web::block(move || {
        smtp_send(smtp, "", &to_bounce, &report(&to_bounce, &erik_email));
        smtp_send(smtp, "", &to_reply, &report(&to_reply, &anna_email));
    })
    .await
    .unwrap();
    until("both forged reports reached kollega", &postfix, || {
        postfix.lmtp_deliveries(lmtp) >= lmtp_before + 2
    })
    .await;
    assert_eq!(bounce_count(&srv, &erik.email), 0);
    assert_eq!(bounce_count(&srv, &anna.email), 0);
    assert_eq!(srv.post_count(&thread.id), 1);

    // Anna answers the digest with s-nail, below the quotation, and it is
    // posted as she wrote it.
    let maildir = postfix.dir.path().join("mailboxes/anna");
    let home = postfix.dir.path().to_path_buf();
    let sent = actix_web::web::block(move || {
        let mut child = Command::new("s-nail")
            .arg("-#")
            .args(["-S", "v15-compat", "-S", "smtp-auth=none", "-S", "quote"])
            .args([
                "-S",
                "reply-to-honour=yes",
                "-S",
                "from=Anna Lind <anna@members.test>",
            ])
            .args(["-S", &format!("mta=smtp://127.0.0.1:{smtp}")])
            .arg("-f")
            .arg(format!("maildir://{}", maildir.display()))
            .env("HOME", &home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("s-nail");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(
                "Reply 1\nHar du frågat om sömnen? Och om hon snarkar.\n\nMvh\nAnna\n~.\nquit\n"
                    .as_bytes(),
            )
            .unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    // s-nail exits 0 even when it could not send; it says so.
    assert!(
        sent.status.success() && !String::from_utf8_lossy(&sent.stderr).contains("not sent"),
        "s-nail: {sent:?}"
    );
    until("Anna's answer is posted", &postfix, || {
        srv.post_count(&thread.id) == 2
    })
    .await;
    let mut api = srv.api();
    api.login(&erik.email).await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    let posts = t["posts"].as_array().unwrap();
    assert_eq!(posts[1]["author"]["name"], "Anna Lind", "{t}");
    assert_eq!(
        posts[1]["body"], "Har du frågat om sömnen? Och om hon snarkar.",
        "her words, not the quoted digest nor her sign-off"
    );

    // The reply address expires: Postfix asks kollega again on the next
    // message and refuses it at RCPT, so the mail is never accepted to bounce
    // later.
    let token = reply_address
        .strip_prefix("reply+")
        .and_then(|r| r.split('@').next())
        .unwrap()
        .to_string();
    diesel::update(reply_tokens::table.find(&token))
        .set(
            reply_tokens::expires_at
                .eq(chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1)),
        )
        .execute(&mut *srv.conn())
        .map(|n| assert_eq!(n, 1, "the reply token {token}"))
        .unwrap();
    let expired_at = Instant::now();
    loop {
        let probe = reply_address.clone();
        let answer = actix_web::web::block(move || {
            smtp_talk(
                smtp,
                &[
                    "EHLO mx.example.net",
                    "MAIL FROM:<someone@example.net>",
                    &format!("RCPT TO:<{probe}>"),
                    "QUIT",
                ],
            )
        })
        .await
        .unwrap();
        if answer[2].starts_with("550") {
            break;
        }
        assert!(
            expired_at.elapsed() < Duration::from_secs(5),
            "an expired reply address still accepted after {:?}: {answer:?}\n{}",
            expired_at.elapsed(),
            postfix.log()
        );
        actix_web::rt::time::sleep(Duration::from_secs(2)).await;
    }
    eprintln!("Postfix test: {:.1} s", started.elapsed().as_secs_f64());
}

/// The policy service speaks Postfix's protocol on one connection for many
/// requests: DUNNO for addresses that are not kollega's (its own outbound
/// mail to members goes through the same Postfix), 550 for a forged token.
#[actix_web::test]
async fn the_policy_service_answers_postfix_request_by_request() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let srv = TestServer::start_sqlite(|s| s.mail.domain = DOMAIN.into()).await;
    actix_web::rt::spawn(kollega::policy::serve(listener, srv.state.clone()));
    let answers = actix_web::web::block(move || {
        let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut writer = stream;
        let mut answers = Vec::new();
        for recipient in [
            "anna@members.test".to_string(),
            format!("reply+{}@{DOMAIN}", "ab".repeat(15)),
            format!("group+{}@{DOMAIN}", "cd".repeat(15)),
        ] {
            write!(
                writer,
                "request=smtpd_access_policy\nprotocol_state=RCPT\nprotocol_name=ESMTP\n\
                 sender=someone@example.net\nrecipient={recipient}\n\n"
            )
            .unwrap();
            let mut action = String::new();
            reader.read_line(&mut action).unwrap();
            let mut blank = String::new();
            reader.read_line(&mut blank).unwrap();
            assert_eq!(blank, "\n", "one answer ends with an empty line");
            answers.push(action.trim_end().to_string());
        }
        answers
    })
    .await
    .unwrap();
    assert_eq!(answers[0], "action=DUNNO");
    assert!(answers[1].starts_with("action=550 5.1.1"), "{answers:?}");
    assert!(answers[2].starts_with("action=550 5.1.1"), "{answers:?}");
}
