//! Narrative threads: teller, listener, observers, phases, notes, rotation.

use crate::db_test;
use crate::harness::TestServer;
use kollega::accounts::Role;
use serde_json::json;

async fn a_narrative_thread_lives_through_conversation_reflection_and_closing(srv: TestServer) {
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(
        &admin,
        "Konsultationskurs",
        &[&teller, &listener, &observer],
    );
    let api_as = |email: &'static str| {
        let srv = &srv;
        async move {
            let mut api = srv.api();
            api.login(email).await;
            api
        }
    };
    let t = api_as("teller@example.org").await;
    let l = api_as("listener@example.org").await;
    let o = api_as("observer@example.org").await;

    // Rotation before any story: nobody has listened; the suggestion is not the teller.
    let rot = t
        .get(&format!("/api/v1/groups/{}/rotation", group.id))
        .await
        .json();
    let suggested = rot["suggested_listener_id"].as_str().unwrap().to_string();
    assert_ne!(suggested, teller.id);

    let resp = t
        .post(&format!("/api/v1/groups/{}/threads", group.id), json!({"title": "Ett samtal som gick snett", "body": "Jag hade en patient som blev arg när jag föreslog remiss.", "kind": "narrative"}))
        .await;
    assert_eq!(
        (resp.status, resp.json()["field"].as_str()),
        (422, Some("listener_id"))
    );
    let resp = t
        .post(&format!("/api/v1/groups/{}/threads", group.id), json!({"title": "Ett samtal som gick snett", "body": "Jag hade en patient som blev arg när jag föreslog remiss.", "kind": "narrative", "listener_id": listener.id}))
        .await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    let thread = resp.json();
    let tid = thread["id"].as_str().unwrap().to_string();
    assert_eq!(thread["kind"], "narrative");
    assert_eq!(thread["phase"], "conversation");
    assert_eq!(thread["teller_id"], teller.id.as_str());
    assert_eq!(thread["listener_id"], listener.id.as_str());

    // Conversation: teller and listener post; the observer may not, but keeps notes.
    let posts = format!("/api/v1/threads/{tid}/posts");
    assert_eq!(
        l.post(&posts, json!({"body": "Vad tänkte du när hen blev arg?"}))
            .await
            .status,
        201
    );
    assert_eq!(
        t.post(&posts, json!({"body": "Att jag hade misslyckats."}))
            .await
            .status,
        201
    );
    let resp = o
        .post(&posts, json!({"body": "Jag hade gjort så här..."}))
        .await;
    // Not posted: kept as the observer's private note, and they are told.
    assert_eq!(resp.status, 202);
    assert_eq!(resp.json()["saved_as_note"], true);
    let notes = format!("/api/v1/threads/{tid}/notes");
    assert_eq!(o.get(&notes).await.json().as_array().unwrap().len(), 1);
    let resp = o
        .post(&notes, json!({"body": "Lyssnaren ställde öppna frågor."}))
        .await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    let note_id = resp.json()["id"].as_str().unwrap().to_string();
    assert_eq!(
        t.post(&notes, json!({"body": "x"})).await.status,
        403,
        "teller keeps no observer notes"
    );
    assert_eq!(
        t.get(&notes).await.json().as_array().unwrap().len(),
        0,
        "notes are private to their author"
    );
    assert_eq!(o.get(&notes).await.json().as_array().unwrap().len(), 2);
    let publish = format!("/api/v1/threads/{tid}/notes/{note_id}/publish");
    assert_eq!(
        o.post(&publish, json!({})).await.status,
        409,
        "published only in reflection"
    );

    // Phases: the observer cannot move it; the listener can; closing is the teller's.
    let phase = format!("/api/v1/threads/{tid}/phase");
    assert_eq!(
        o.post(&phase, json!({"phase": "reflection"})).await.status,
        403
    );
    assert_eq!(l.post(&phase, json!({"phase": "closed"})).await.status, 403);
    let resp = l.post(&phase, json!({"phase": "reflection"})).await;
    assert_eq!(
        (resp.status, resp.json()["phase"].as_str()),
        (200, Some("reflection"))
    );
    assert_eq!(
        l.post(&phase, json!({"phase": "reflection"})).await.status,
        409
    );

    // Reflection: everyone posts; the observer publishes the note.
    assert_eq!(
        o.post(
            &posts,
            json!({"body": "Fint att se hur frågorna öppnade berättelsen."})
        )
        .await
        .status,
        201
    );
    let resp = o.post(&publish, json!({})).await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    assert_eq!(resp.json()["body"], "Lyssnaren ställde öppna frågor.");
    assert_eq!(o.post(&publish, json!({})).await.status, 409, "once");

    // Closed: read-only for everyone.
    assert_eq!(t.post(&phase, json!({"phase": "closed"})).await.status, 200);
    let resp = t.post(&posts, json!({"body": "Ett sista ord"})).await;
    assert_eq!(
        (resp.status, resp.json()["error"].as_str()),
        (409, Some("thread_closed"))
    );
    assert_eq!(o.post(&notes, json!({"body": "sent"})).await.status, 409);
    let thread = o.get(&format!("/api/v1/threads/{tid}")).await.json();
    assert_eq!(thread["posts"].as_array().unwrap().len(), 5);

    // Rotation counts the turns and now suggests someone else to listen.
    let rot = t
        .get(&format!("/api/v1/groups/{}/rotation", group.id))
        .await
        .json();
    let turns = |id: &str| {
        rot["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["user_id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(turns(&teller.id)["teller"], 1);
    assert_eq!(turns(&listener.id)["listener"], 1);
    assert_eq!(
        rot["suggested_listener_id"],
        observer.id.as_str(),
        "the one who has not listened yet"
    );
}
db_test!(a_narrative_thread_lives_through_conversation_reflection_and_closing);

/// An observer answering the conversation by email loses nothing: it becomes a note.
#[actix_web::test]
async fn an_observers_email_during_the_conversation_becomes_a_private_note() {
    let smtp = crate::harness::SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener, &observer]);
    let thread = kollega::narrative::create(
        &mut srv.conn(),
        &teller,
        &group.id,
        "Berättelse",
        "Min berättelse.",
        &listener.id,
        &[],
        &srv.state.post_rules(),
    )
    .unwrap();
    let token = kollega::mail::tokens::reply_token(
        &mut srv.conn(),
        &srv.state.keys,
        &observer.id,
        &thread.id,
        chrono::Duration::days(30),
    )
    .unwrap();
    let raw = format!(
        "From: Olga <observer@example.org>\r\nTo: reply+{token}@kollega.test\r\nSubject: Re: Berättelse\r\nMessage-ID: <obs1@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLyssnaren sammanfattade bra.\r\n"
    );
    let outcome = kollega::inbound::ingest(&mut srv.conn(), &srv.state, raw.as_bytes()).unwrap();
    assert_eq!(outcome, kollega::inbound::Outcome::SavedAsNote);
    let notes = kollega::narrative::my_notes(&mut srv.conn(), &observer, &thread.id).unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].body, "Lyssnaren sammanfattade bra.");
    srv.mail_round(false).await;
    assert!(
        smtp.messages()
            .iter()
            .any(|m| String::from_utf8_lossy(m).contains("X-Envelope-To: observer@example.org")),
        "the observer is told"
    );
}

async fn a_story_is_told_and_observed_through_the_web_pages(srv: TestServer) {
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener, &observer]);
    let t = srv.browser();
    t.sign_in("teller@example.org").await;
    let form = t.get(&format!("/groups/{}/threads/new", group.id)).await;
    assert!(
        form.body.contains("berättelsetråd") && form.body.contains("föreslagen"),
        "kind choice and suggested listener"
    );
    let resp = t
        .post_form(
            &format!("/groups/{}/threads", group.id),
            &[
                ("kind", "narrative"),
                ("listener_id", &listener.id),
                ("title", "En svår dag"),
                ("body", "Det började med ett samtal i telefon."),
            ],
        )
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    let path = resp.location_path();

    let l = srv.browser();
    l.sign_in("listener@example.org").await;
    let page = l.get(&path).await;
    assert!(
        page.body.contains("Du är lyssnare"),
        "guidance for the listener"
    );
    assert!(page.body.contains("Gå vidare till reflektion"));

    let o = srv.browser();
    o.sign_in("observer@example.org").await;
    let page = o.get(&path).await;
    assert!(page.body.contains("Du observerar samtalet"));
    assert!(
        !page.body.contains("id=\"reply\""),
        "no reply form for observers in conversation"
    );
    let resp = o
        .post_form(
            &format!("{path}/notes"),
            &[("body", "Lyssnaren väntade ut tystnaden.")],
        )
        .await;
    assert_eq!(resp.status, 303);
    assert!(
        o.get(&path)
            .await
            .body
            .contains("Lyssnaren väntade ut tystnaden.")
    );
    assert!(
        !t.get(&path)
            .await
            .body
            .contains("Lyssnaren väntade ut tystnaden."),
        "notes are private"
    );

    let resp = l
        .post_form(&format!("{path}/phase"), &[("phase", "reflection")])
        .await;
    assert_eq!(resp.status, 303);
    let page = o.get(&path).await;
    assert!(page.body.contains("Publicera som reflektion"));
    assert!(
        page.body.contains("id=\"reply\""),
        "everyone writes in the reflection"
    );

    let group_page = t.get(&format!("/groups/{}", group.id)).await;
    assert!(
        group_page.body.contains("class=\"badge phase-reflection\""),
        "the thread list shows where the story stands"
    );
    assert!(group_page.body.contains("Turer som berättare och lyssnare"));
    assert!(group_page.body.contains("Förslag härnäst"));
}
db_test!(a_story_is_told_and_observed_through_the_web_pages);

#[actix_web::test]
async fn phase_changes_notify_the_group_and_digests_show_the_phase() {
    let smtp = crate::harness::SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener, &observer]);
    let thread = kollega::narrative::create(
        &mut srv.conn(),
        &teller,
        &group.id,
        "En svår dag",
        "Berättelsen.",
        &listener.id,
        &[],
        &srv.state.post_rules(),
    )
    .unwrap();
    srv.mail_round(true).await;
    let digests: Vec<String> = smtp
        .messages()
        .iter()
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    let observer_digest = digests
        .iter()
        .find(|m| m.contains("X-Envelope-To: observer@example.org"))
        .expect("digest");
    let text = mail_parser::MessageParser::default()
        .parse(observer_digest.as_bytes())
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    assert!(
        text.contains("berättelsetråd") && text.contains("samtal"),
        "digest shows kind and phase: {text}"
    );
    assert!(
        text.contains("Berättare: Tina Teller") && text.contains("Lyssnare: Lars Listener"),
        "and the roles: {text}"
    );

    let before = smtp.messages().len();
    let mut l = srv.api();
    l.login("listener@example.org").await;
    let resp = l
        .post(
            &format!("/api/v1/threads/{}/phase", thread.id),
            serde_json::json!({"phase": "reflection"}),
        )
        .await;
    assert_eq!(resp.status, 200);
    srv.mail_round(false).await;
    let sent: Vec<String> = smtp.messages()[before..]
        .iter()
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    assert_eq!(
        sent.len(),
        2,
        "teller and observer hear of it, not the listener who moved it"
    );
    assert!(
        sent.iter()
            .all(|m| !m.contains("X-Envelope-To: listener@example.org"))
    );
}

#[actix_web::test]
async fn a_quiet_conversation_reminds_teller_and_listener_once() {
    let smtp = crate::harness::SmtpServer::start(0);
    let srv = TestServer::with_mail(&smtp).await;
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener, &observer]);
    let thread = kollega::narrative::create(
        &mut srv.conn(),
        &teller,
        &group.id,
        "Tyst",
        "Berättelsen.",
        &listener.id,
        &[],
        &srv.state.post_rules(),
    )
    .unwrap();
    let now = chrono::Utc::now().naive_utc();
    let remind = |at| kollega::narrative::send_reminders(&mut srv.conn(), &srv.state, at).unwrap();
    assert_eq!(remind(now), 0, "not quiet yet");
    let later = now + chrono::Duration::days(5);
    assert_eq!(remind(later), 2, "teller and listener, not the observer");
    assert_eq!(
        remind(later + chrono::Duration::hours(1)),
        0,
        "once per quiet spell"
    );
    srv.mail_round(false).await;
    let reminders: Vec<String> = smtp
        .messages()
        .iter()
        .filter(|m| {
            mail_parser::MessageParser::default()
                .parse(m)
                .and_then(|p| p.subject().map(|s| s.starts_with("Väntar på dig")))
                .unwrap_or(false)
        })
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    assert_eq!(reminders.len(), 2);
    assert!(
        !reminders
            .iter()
            .any(|m| m.contains("X-Envelope-To: observer@example.org"))
    );
    // A new post starts a new quiet spell (the reminder above, moved to before it).
    {
        use diesel::prelude::*;
        use kollega::db::schema::threads;
        diesel::update(threads::table.find(&thread.id))
            .set(threads::reminded_at.eq(Some(now - chrono::Duration::days(1))))
            .execute(&mut *srv.conn())
            .unwrap();
    }
    kollega::threads::create_post(
        &mut srv.conn(),
        &listener,
        &thread.id,
        None,
        "En fråga till.",
        &[],
        &srv.state.post_rules(),
    )
    .unwrap();
    assert_eq!(remind(later + chrono::Duration::days(6)), 2);
}

/// A refused private note comes back in the note form with its findings, in
/// the conversation and in the reflection, and never in the public reply form.
async fn a_refused_note_comes_back_in_the_note_form(srv: TestServer) {
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener, &observer]);
    let t = srv.browser();
    t.sign_in("teller@example.org").await;
    let resp = t
        .post_form(
            &format!("/groups/{}/threads", group.id),
            &[
                ("kind", "narrative"),
                ("listener_id", &listener.id),
                ("title", "En svår dag"),
                ("body", "Det började med ett samtal i telefon."),
            ],
        )
        .await;
    let path = resp.location_path();
    let path = path.split('#').next().unwrap().to_string();
    let o = srv.browser();
    o.sign_in("observer@example.org").await;
    let note = "Patienten 19121212-1212 blev tyst när lyssnaren frågade.";
    let note_form = |body: &str| {
        let start = body.find("id=\"note\"").expect("the note form");
        body[start..]
            .split("</textarea>")
            .next()
            .unwrap()
            .to_string()
    };
    for phase in ["conversation", "reflection"] {
        if phase == "reflection" {
            let l = srv.browser();
            l.sign_in("listener@example.org").await;
            let resp = l
                .post_form(&format!("{path}/phase"), &[("phase", "reflection")])
                .await;
            assert_eq!(resp.status, 303);
        }
        let resp = o
            .post_form(&format!("{path}/notes"), &[("body", note)])
            .await;
        assert_eq!(resp.status, 422, "{phase}: {}", resp.body);
        assert!(
            note_form(&resp.body).contains("19121212-1212"),
            "{phase}: the draft is back in the note form"
        );
        assert!(
            resp.body.contains("class=\"findings\""),
            "{phase}: with its findings"
        );
        if let Some(reply) = resp.body.find("id=\"body\"") {
            let reply_form = resp.body[reply..].split("</textarea>").next().unwrap();
            assert!(
                !reply_form.contains("19121212"),
                "{phase}: never in the public reply form"
            );
        }
        assert_eq!(srv.post_count(path.rsplit('/').next().unwrap()), 1);
    }
}
db_test!(a_refused_note_comes_back_in_the_note_form);

/// Moving a narrative thread on asks first: the phase buttons open a short
/// confirmation that says what happens, and only its button posts.
async fn phase_changes_ask_for_confirmation(srv: TestServer) {
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener]);
    let thread = kollega::narrative::create(
        &mut srv.conn(),
        &teller,
        &group.id,
        "En svår dag",
        "Det började med ett samtal i telefon.",
        &listener.id,
        &[],
        &srv.state.post_rules(),
    )
    .unwrap();
    let l = srv.browser();
    l.sign_in("listener@example.org").await;
    let page = l.get(&format!("/threads/{}", thread.id)).await;
    let confirm = page
        .body
        .split("<details class=\"inline confirm\">")
        .nth(1)
        .expect("the phase change sits behind a confirmation");
    let confirm = confirm.split("</details>").next().unwrap();
    assert!(
        confirm.contains("samtalet mellan berättare och lyssnare avslutas"),
        "{confirm}"
    );
    assert!(
        confirm.contains("name=\"phase\" value=\"reflection\""),
        "{confirm}"
    );
}
db_test!(phase_changes_ask_for_confirmation);

/// "Svara" is hidden where no reply is possible: an observer during the
/// conversation sees none; the listener does.
async fn reply_links_show_only_where_a_reply_is_possible(srv: TestServer) {
    let admin = srv.admin();
    let teller = srv.user("teller@example.org", "Tina Teller", Role::Member);
    let listener = srv.user("listener@example.org", "Lars Listener", Role::Member);
    let observer = srv.user("observer@example.org", "Olga Observer", Role::Member);
    let group = srv.group_with(&admin, "Kurs", &[&teller, &listener, &observer]);
    let thread = kollega::narrative::create(
        &mut srv.conn(),
        &teller,
        &group.id,
        "En svår dag",
        "Det började med ett samtal i telefon.",
        &listener.id,
        &[],
        &srv.state.post_rules(),
    )
    .unwrap();
    let path = format!("/threads/{}", thread.id);
    let o = srv.browser();
    o.sign_in("observer@example.org").await;
    assert!(o.get(&path).await.body.contains("class=\"posts no-reply\""));
    let l = srv.browser();
    l.sign_in("listener@example.org").await;
    assert!(l.get(&path).await.body.contains("class=\"posts\""));
}
db_test!(reply_links_show_only_where_a_reply_is_possible);
