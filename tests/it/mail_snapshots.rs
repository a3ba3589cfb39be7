//! Every kind of message kollega sends, in Swedish and English, as its
//! recipient reads it: subject, list headers and text, with what changes per
//! message (ids, tokens, dates) blanked. `INSTA_UPDATE=always cargo test
//! --test it mail_snapshots` rewrites them after a deliberate change; review
//! the diff like code.

use kollega::deid::{Category, Finding};
use kollega::error::FieldFinding;
use kollega::mail::Recipient;
use kollega::mail::compose::{self, MailGroup, MailPost, MailThread};
use mail_parser::MessageParser;

fn env() -> kollega::Env {
    let mut s = kollega::Settings::defaults().unwrap();
    s.server.public_url = "https://kollega.example".into();
    s.mail.domain = "kollega.test".into();
    s.mail.from = "kollega <noreply@kollega.test>".into();
    kollega::Env::new(s).unwrap()
}

fn member(lang: &'static str) -> Recipient<'static> {
    Recipient {
        id: "u-anna",
        email: "anna@example.org",
        name: "Anna Lind",
        locale: Some(lang),
        time_zone: Some("Europe/Stockholm"),
    }
}

fn group() -> MailGroup {
    MailGroup {
        id: "g-norr".into(),
        name: "Vårdcentral Norr".into(),
        url: "https://kollega.example/groups/g-norr".into(),
        posting_address: "group+TOKEN@kollega.test".into(),
        threads: vec![thread()],
    }
}

fn thread() -> MailThread {
    MailThread {
        id: "t-1".into(),
        title: "Trött kvinna i 50-årsåldern".into(),
        url: "https://kollega.example/threads/t-1".into(),
        reply_address: "reply+0123456789abcdef0123abcdef0123@kollega.test".into(),
        phase: None,
        roles: None,
        posts: vec![MailPost {
            author_name: "Erik Holm".into(),
            created_local: "2026-11-25 20:14".into(),
            body_html: "<p>Har du frågat om <em>sömnen</em>?</p>\n".into(),
            body_text: "Har du frågat om *sömnen*?".into(),
            url: "https://kollega.example/threads/t-1#post-p-1".into(),
        }],
    }
}

/// What a reader sees, with what differs per message blanked.
fn seen(raw: &str) -> String {
    let msg = MessageParser::default().parse(raw.as_bytes()).unwrap();
    let header = |name: &str| {
        msg.header_raw(name)
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    let list_id = msg
        .header("List-Id")
        .map(|_| header("List-Id"))
        .unwrap_or_default();
    let mut out = format!(
        "Subject: {}\nTo: {}\nReply-To: {}\nList-Id: {}\n\n{}",
        msg.subject().unwrap_or_default(),
        header("To"),
        header("Reply-To"),
        list_id,
        msg.body_text(0).unwrap_or_default()
    );
    for (prefix, end) in [
        ("/unsubscribe/", &[' ', '\n', ')', '>', '"'][..]),
        ("/welcome/", &[' ', '\n', ')', '>', '"'][..]),
        ("/login/link/", &[' ', '\n', ')', '>', '"'][..]),
        ("/reset/", &[' ', '\n', ')', '>', '"'][..]),
    ] {
        let mut at = 0;
        while let Some(i) = out[at..].find(prefix) {
            let start = at + i + prefix.len();
            let stop = out[start..].find(end).map_or(out.len(), |e| start + e);
            out.replace_range(start..stop, "[token]");
            at = start;
        }
    }
    out.replace("\r\n", "\n")
}

fn all_kinds(lang: &'static str) -> Vec<(&'static str, String)> {
    let env = env();
    let to = member(lang);
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(19, 0, 0)
        .unwrap();
    let mut narrative = thread();
    narrative.phase = Some("reflection".into());
    narrative.roles = Some(("Tina Teller".into(), "Lars Lyssnare".into()));
    let mut closed = narrative.clone();
    closed.phase = Some("closed".into());
    let finding = FieldFinding {
        field: "body",
        finding: Finding {
            start: 21,
            end: 34,
            category: Category::PersonalId,
            text: "19121212-1212".into(),
        },
        dismissable: false,
    };
    let m = [
        (
            "post",
            compose::post_notification(&env, &to, &group(), &thread(), "p-1", "UNSUB"),
        ),
        (
            "digest",
            compose::digest(&env, &to, &[group()], "UNSUB", at),
        ),
        (
            "invitation",
            compose::invitation(
                &env,
                &to,
                "Vårdcentral Norr",
                "Erik Holm",
                "https://kollega.example/welcome/JWT",
            ),
        ),
        (
            "added_to_group",
            compose::added_to_group(
                &env,
                &to,
                "Vårdcentral Norr",
                "Erik Holm",
                "https://kollega.example/groups/g-norr",
            ),
        ),
        (
            "password_reset",
            compose::password_reset(&env, &to, "https://kollega.example/reset/JWT"),
        ),
        (
            "sign_in_link",
            compose::sign_in_link(&env, &to, "https://kollega.example/login/link/JWT"),
        ),
        (
            "inbound_answer",
            compose::inbound_answer(
                &env,
                "anna@example.org",
                Some(&to),
                "patient_identifiers",
                &[finding],
                "Hej!\n\nKvinnan med pnr 19121212-1212 mår bättre.",
                Some("Re: Patient 19121212-1212"),
            ),
        ),
        (
            "phase_change",
            compose::phase_change(&env, &to, &group(), &narrative, "Lars Lyssnare", "UNSUB"),
        ),
        (
            "phase_closed",
            compose::phase_change(&env, &to, &group(), &closed, "Tina Teller", "UNSUB"),
        ),
        (
            "phase_reminder",
            compose::phase_reminder(&env, &to, "t-1", "En svår dag", "conversation", 5),
        ),
        (
            "group_closed",
            compose::group_closed(&env, &to, "Vårdcentral Norr", "Ingen aktivitet på 60 dagar"),
        ),
        (
            "group_quiet",
            compose::group_quiet(&env, &to, "g-norr", "Vårdcentral Norr", 30),
        ),
        (
            "registration",
            compose::registration(
                &env,
                "hedda@example.org",
                "Hedda Hoting",
                lang,
                "https://kollega.example/register/confirm/JWT",
                "https://kollega.example/register/withdraw/JWT",
            ),
        ),
        (
            "accept_to_read",
            compose::accept_to_read(
                &env,
                &to,
                "Vårdcentral Norr",
                "https://kollega.example/welcome/JWT",
            ),
        ),
        (
            "staff_joined",
            compose::staff_joined(
                &env,
                &to,
                "Vårdcentral Norr",
                "Moa Moderator",
                "Anmälan om ett inlägg",
            ),
        ),
    ];
    m.into_iter()
        .map(|(kind, msg)| (kind, seen(&msg.unwrap().raw)))
        .collect()
}

#[test]
fn every_message_kind_in_swedish() {
    for (kind, text) in all_kinds("sv") {
        insta::assert_snapshot!(format!("sv_{kind}"), text);
    }
}

#[test]
fn every_message_kind_in_english() {
    for (kind, text) in all_kinds("en") {
        insta::assert_snapshot!(format!("en_{kind}"), text);
    }
}
