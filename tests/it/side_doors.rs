//! No side door: every free-text field passes the identifier guard, not only
//! posts, and a refusal never repeats the identifier, in mail either.

use crate::db_test;
use crate::harness::TestServer;
use kollega::accounts::Role;
use serde_json::json;

const PNR: &str = "19121212-1212";

fn stored_anywhere(srv: &TestServer, needle: &str) -> Vec<String> {
    use diesel::RunQueryDsl;
    use diesel::sql_types::Text;
    #[derive(diesel::QueryableByName)]
    struct Hit {
        #[diesel(sql_type = Text)]
        place: String,
    }
    let like = format!("%{needle}%");
    let q = "SELECT 'groups' AS place FROM groups WHERE name LIKE $1 OR description LIKE $1 \
             UNION ALL SELECT 'threads' FROM threads WHERE title LIKE $1 \
             UNION ALL SELECT 'posts' FROM posts WHERE body LIKE $1 \
             UNION ALL SELECT 'audit_log' FROM audit_log WHERE detail LIKE $1 \
             UNION ALL SELECT 'registrants' FROM registrants WHERE wishes LIKE $1 \
             UNION ALL SELECT 'outbox' FROM outbox WHERE raw LIKE $1";
    diesel::sql_query(q)
        .bind::<Text, _>(&like)
        .load::<Hit>(&mut *srv.conn())
        .unwrap()
        .into_iter()
        .map(|h| h.place)
        .collect()
}

async fn group_names_descriptions_and_reasons_are_guarded(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    let group = srv.group_with(&admin, "FQ Norr", &[&anna]);
    let mut adm = srv.api();
    adm.login("admin@example.org").await;
    for body in [
        json!({"name": format!("Grupp {PNR}"), "description": ""}),
        json!({"name": "Grupp", "description": format!("Vi tar upp pat {PNR} först.")}),
    ] {
        let resp = adm.post("/api/v1/groups", body).await;
        assert_eq!(resp.status, 422, "{}", resp.body);
        assert_eq!(resp.json()["error"], "patient_identifiers");
    }
    let mut m = srv.api();
    m.login("mod@example.org").await;
    let resp = m
        .post(
            &format!("/api/v1/groups/{}/close", group.id),
            json!({"reason": format!("Fallet med {PNR} är avslutat")}),
        )
        .await;
    assert_eq!(resp.status, 422, "{}", resp.body);
    assert!(stored_anywhere(&srv, "1212-1212").is_empty());
}
db_test!(group_names_descriptions_and_reasons_are_guarded);

async fn registration_wishes_are_guarded(srv: TestServer) {
    let b = srv.browser();
    let resp = b
        .post_form(
            "/register",
            &[
                ("name", "Hedda Hoting"),
                ("email", "hedda@example.org"),
                ("level", "st"),
                ("years", "2"),
                ("region", "Jämtland Härjedalen"),
                ("workplace", "VC Hoting"),
                ("language", "sv"),
                (
                    "wishes",
                    &format!("Gärna samma grupp som min patient {PNR}"),
                ),
            ],
        )
        .await;
    assert_eq!(resp.status, 422, "{}", resp.body);
    assert!(stored_anywhere(&srv, "1212-1212").is_empty());
}
db_test!(registration_wishes_are_guarded);

/// Terms before content: someone invited who has not yet set a password and
/// accepted the confidentiality terms gets no case text by mail (an "accept
/// to read" note instead of the digest), no per-post notifications, no
/// session from a sign-in link, and cannot post by email.
async fn the_invited_read_nothing_before_accepting_the_terms(
    srv: TestServer,
    smtp: crate::harness::SmtpServer,
) {
    use mail_parser::MessageParser;
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let group = srv.group_with(&admin, "Balint Skåne", &[&anna]);
    let mut api = srv.api();
    api.login("admin@example.org").await;
    let resp = api
        .post(
            &format!("/api/v1/groups/{}/members", group.id),
            json!({"email": "nils@example.org", "name": "Nils Ny"}),
        )
        .await;
    assert_eq!(resp.status, 201);
    let nils = kollega::accounts::find_user_by_email(&mut srv.conn(), "nils@example.org")
        .unwrap()
        .unwrap();
    let thread = srv.case(
        &anna,
        &group,
        "Trötthet",
        "Kvinna i 50-årsåldern, trött sedan i våras.",
    );
    srv.mail_round(true).await;
    // Nils would have every post as it comes, were he a member in full.
    {
        use diesel::prelude::*;
        use kollega::db::schema::delivery_choices;
        diesel::insert_into(delivery_choices::table)
            .values((
                delivery_choices::group_id.eq(&group.id),
                delivery_choices::user_id.eq(&nils.id),
                delivery_choices::delivery.eq("each"),
            ))
            .execute(&mut *srv.conn())
            .unwrap();
    }
    srv.reply(&anna, &thread, None, "Hon sover också dåligt.");
    srv.mail_round(false).await;
    let to_nils: Vec<String> = smtp
        .messages()
        .into_iter()
        .map(|m| String::from_utf8_lossy(&m).into_owned())
        .filter(|m| m.contains("X-Envelope-To: nils@example.org"))
        .collect();
    assert!(!to_nils.is_empty(), "the invitation at least");
    for m in &to_nils {
        let msg = MessageParser::default().parse(m.as_bytes()).unwrap();
        let text = msg.body_text(0).unwrap_or_default().to_string();
        assert!(
            !text.contains("trött sedan i våras")
                && !text.contains("Trötthet")
                && !text.contains("sover också dåligt"),
            "no case text before the terms: {text}"
        );
    }
    assert!(
        to_nils
            .iter()
            .any(|m| m.contains("accept_to_read") || m.contains("accept.")),
        "an 'accept to read' note instead of the digest"
    );
    // A sign-in link leads to the acceptance page, not into the group.
    let b = srv.browser();
    b.post_form("/login/link", &[("email", "nils@example.org")])
        .await;
    srv.mail_round(false).await;
    let last = smtp
        .messages()
        .into_iter()
        .map(|m| String::from_utf8_lossy(&m).into_owned())
        .rfind(|m| m.contains("X-Envelope-To: nils@example.org"))
        .unwrap();
    let text = MessageParser::default()
        .parse(last.as_bytes())
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    assert!(
        text.contains("/welcome/") && !text.contains("/login/link/"),
        "{text}"
    );
    // And no posting by email.
    let token = kollega::mail::tokens::reply_token(
        &mut srv.conn(),
        &srv.state.keys,
        &nils.id,
        &thread.id,
        chrono::Duration::days(30),
    )
    .unwrap();
    let address = kollega::mail::tokens::reply_address(&token, &srv.state.settings.mail.domain);
    let raw = format!(
        "From: Nils Ny <nils@example.org>\r\nTo: {address}\r\nSubject: Re: Trötthet\r\nMessage-ID: <nils1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHar hon kollat sköldkörteln?\r\n"
    );
    let outcome = kollega::inbound::ingest(&mut srv.conn(), &srv.state, raw.as_bytes()).unwrap();
    assert!(
        format!("{outcome:?}").contains("not_accepted"),
        "{outcome:?}"
    );
    assert_eq!(
        srv.post_count(&thread.id),
        2,
        "the case and Anna's reply only"
    );
}

/// No silent readers: a moderator who joins a group to read it must say why;
/// the members are told by email and see it on the group page; adding
/// oneself as an ordinary member is refused. The group's facilitator reads
/// its audit log, other members do not.
async fn a_moderator_who_joins_a_group_is_seen_by_its_members(
    srv: TestServer,
    smtp: crate::harness::SmtpServer,
) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let erik = srv.user("erik@example.org", "Erik Holm", Role::Member);
    srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    let group = srv.group_with(&admin, "FQ Norr", &[&anna, &erik]);
    {
        use diesel::prelude::*;
        use kollega::db::schema::memberships;
        diesel::update(memberships::table.find((&group.id, &anna.id)))
            .set(memberships::role.eq("facilitator"))
            .execute(&mut *srv.conn())
            .unwrap();
    }
    let mut m = srv.api();
    m.login("mod@example.org").await;
    let resp = m
        .post(
            &format!("/api/v1/groups/{}/members", group.id),
            json!({"email": "mod@example.org"}),
        )
        .await;
    assert_eq!(
        (resp.status, resp.json()["field"].as_str()),
        (422, Some("email")),
        "not by adding oneself quietly: {}",
        resp.body
    );
    let join = format!("/api/v1/groups/{}/join", group.id);
    assert_eq!(m.post(&join, json!({"reason": ""})).await.status, 422);
    let resp = m
        .post(&join, json!({"reason": "Anmälan om ett olämpligt inlägg"}))
        .await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    srv.mail_round(false).await;
    let told: Vec<String> = smtp
        .messages()
        .into_iter()
        .map(|r| String::from_utf8_lossy(&r).into_owned())
        .filter(|r| r.contains("staff_joined") || r.contains("joined."))
        .collect();
    for who in ["anna@example.org", "erik@example.org"] {
        assert!(
            told.iter()
                .any(|r| r.contains(&format!("X-Envelope-To: {who}"))),
            "{who} is told"
        );
    }
    let b = srv.browser();
    b.sign_in("erik@example.org").await;
    let page = b.get(&format!("/groups/{}", group.id)).await;
    assert!(
        page.body.contains("Moa Moderator")
            && page.body.contains("Anmälan om ett olämpligt inlägg"),
        "on the group page"
    );
    let mut f = srv.api();
    f.login("anna@example.org").await;
    let audit = f.get(&format!("/api/v1/audit?group_id={}", group.id)).await;
    assert_eq!(audit.status, 200, "{}", audit.body);
    assert!(audit.body.contains("staff_joined"), "{}", audit.body);
    let mut e = srv.api();
    e.login("erik@example.org").await;
    assert_eq!(
        e.get(&format!("/api/v1/audit?group_id={}", group.id))
            .await
            .status,
        403
    );
}

/// The guard knows who is talking: the author's sign-off and colleagues
/// addressed by name pass, on every way in; the same name used about a
/// patient does not.
async fn the_guard_knows_the_author_and_the_group(srv: TestServer) {
    let (_anna, erik, group) = srv.norrland();
    let thread = srv.case(
        &erik,
        &group,
        "Trötthet",
        "Kvinna i 50-årsåldern, trött sedan i våras.",
    );
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let posts = format!("/api/v1/threads/{}/posts", thread.id);
    let resp = api
        .post(
            &posts,
            json!({"body": "Tack Erik, bra fråga. Har du kollat TSH?\n\nMvh Anna"}),
        )
        .await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    let resp = api
        .post(
            &posts,
            json!({"body": "Patienten Erik, 34 år, sökte igen i går."}),
        )
        .await;
    assert_eq!(resp.status, 422, "{}", resp.body);
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let resp = b
        .post_form(
            &format!("/threads/{}/posts", thread.id),
            &[("body", "Håller med Erik om TSH.\n\n/Anna")],
        )
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
}
db_test!(the_guard_knows_the_author_and_the_group);
crate::mail_test!(the_invited_read_nothing_before_accepting_the_terms, 0);
crate::mail_test!(a_moderator_who_joins_a_group_is_seen_by_its_members, 0);
