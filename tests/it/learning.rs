//! The private learning log (issue 18) on both databases: a member logs a
//! discussion, edits, exports a period in three formats (the PDF read back
//! with pdftotext), the guard refuses case details, nobody else sees the
//! log, a facilitator's certificate verifies publicly, and the log goes
//! with the account.

use crate::db_test;
use crate::harness::{Resp, TestServer};
use kollega::accounts::Role;
use kollega::groups::{self, Group, MemberRole};
use serde_json::json;

const ERIKS_CASE: &str = "Kvinna i 70-årsåldern med trötthet och viktnedgång sedan i våras.";
const ANNAS_REPLY: &str =
    "Jag skulle börja med blodstatus, kalcium och TSH, och fråga om nattsvettningar.";

fn today() -> String {
    chrono::Utc::now().date_naive().to_string()
}

fn days_ago(n: i64) -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(n)).to_string()
}

/// The text of a PDF, as Debian's poppler-utils reads it.
fn pdf_text(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).expect("write pdf");
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (apt-get install poppler-utils; tests/run installs it)");
    assert!(out.status.success(), "pdftotext: {:?}", out);
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

fn add(srv: &TestServer, group: &Group, email: &str, name: &str, role: MemberRole) {
    srv.user(email, name, Role::Member);
    let admin = kollega::accounts::find_user_by_email(&mut srv.conn(), "admin@example.org")
        .unwrap()
        .unwrap();
    groups::add_member(
        &mut srv.conn(),
        &srv.state.keys,
        "",
        chrono::Duration::days(1),
        &admin,
        &group.id,
        email,
        None,
        role,
    )
    .expect("add member");
}

async fn a_member_logs_a_discussion_edits_it_and_exports_the_period(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    let thread = srv.case(&erik, &group, "Trötthet och viktnedgång", ERIKS_CASE);
    srv.reply(&anna, &thread, None, ANNAS_REPLY);
    let quiet = srv.case(&erik, &group, "Yrsel", "Hur utreder ni yrsel hos äldre?");

    let mut api = srv.api();
    api.login("anna@example.org").await;
    let log = api.get("/api/v1/me/learning").await;
    assert_eq!(log.status, 200, "{}", log.body);
    let log = log.json();
    let suggestions = log["suggestions"].as_array().unwrap();
    assert_eq!(
        suggestions.len(),
        1,
        "only the discussion Anna posted in: {log}"
    );
    assert_eq!(suggestions[0]["thread_id"], thread.id.as_str());
    let estimated = suggestions[0]["minutes"].as_i64().unwrap();
    assert!((5..=120).contains(&estimated), "{estimated}");

    // The entry from the thread, with the estimate adjusted.
    let created = api
        .post(
            "/api/v1/me/learning",
            json!({
                "date": days_ago(2),
                "minutes": 30,
                "learned": "Att tänka på **hyperkalcemi** vid trötthet och viktnedgång hos äldre.",
                "change": "Jag tar kalcium tidigare.",
                "tags": ["STc4", "rcgp-older-adults"],
                "thread_id": thread.id,
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let entry = created.json();
    assert_eq!(entry["thread_title"], "Trötthet och viktnedgång");
    assert_eq!(entry["group_name"], "FQ Norrland");
    let id = entry["id"].as_str().unwrap().to_string();
    let log = api.get("/api/v1/me/learning").await.json();
    assert!(
        log["suggestions"].as_array().unwrap().is_empty(),
        "a logged discussion is no longer suggested"
    );

    // A thread Anna only read is not hers to log.
    let refused = api
        .post(
            "/api/v1/me/learning",
            json!({"date": today(), "minutes": 10, "learned": "x", "thread_id": quiet.id}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.json()["field"], "thread_id");

    // An entry of her own reading, without a thread.
    let reading = api
        .post(
            "/api/v1/me/learning",
            json!({"date": days_ago(1), "minutes": 45, "learned": "Läste Läkemedelsverkets råd om äldre och läkemedel.", "tags": ["STb3", "rcgp-older-adults"]}),
        )
        .await;
    assert_eq!(reading.status, 201, "{}", reading.body);

    // Edit: more time, another plan.
    let edited = api
        .patch(
            &format!("/api/v1/me/learning/{id}"),
            json!({"minutes": 40, "change": "Jag tar kalcium redan vid första besöket."}),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.body);
    assert_eq!(edited.json()["minutes"], 40);
    assert_eq!(edited.json()["thread_id"], thread.id.as_str(), "kept");

    let period = format!("from={}&to={}", days_ago(30), today());
    let json_export = api
        .get(&format!("/api/v1/me/learning/export?{period}&format=json"))
        .await;
    assert_eq!(json_export.status, 200, "{}", json_export.body);
    let report = json_export.json();
    assert_eq!(report["total_minutes"], 85);
    assert_eq!(report["entries"].as_array().unwrap().len(), 2);
    let per_tag = report["per_tag"].as_array().unwrap();
    let minutes_of = |code: &str| {
        per_tag
            .iter()
            .find(|t| t["code"] == code)
            .map(|t| t["minutes"].as_i64().unwrap())
    };
    assert_eq!(minutes_of("rcgp-older-adults"), Some(85));
    assert_eq!(minutes_of("STc4"), Some(40));
    assert_eq!(minutes_of("STb3"), Some(45));
    assert_eq!(
        report["entries"][0]["discussion"],
        "Trötthet och viktnedgång"
    );

    let md = api
        .get(&format!("/api/v1/me/learning/export?{period}&format=md"))
        .await;
    assert_eq!(md.status, 200);
    assert!(
        md.header("content-type")
            .unwrap()
            .starts_with("text/markdown")
    );
    assert!(md.body.contains("Trötthet och viktnedgång") && md.body.contains("hyperkalcemi"));
    assert!(md.body.contains("1 h 25 min"), "the total: {}", md.body);
    let hidden = api
        .get(&format!(
            "/api/v1/me/learning/export?{period}&format=md&titles=hide"
        ))
        .await;
    assert!(
        hidden.body.contains("En falldiskussion i FQ Norrland"),
        "{}",
        hidden.body
    );
    assert!(!hidden.body.contains("Trötthet och viktnedgång"));

    let pdf = api
        .get(&format!("/api/v1/me/learning/export?{period}&format=pdf"))
        .await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type").unwrap(), "application/pdf");
    let text = pdf_text(&pdf.bytes);
    for expected in [
        "Lärandelogg",
        "Anna Lind",
        "Trötthet och viktnedgång",
        "hyperkalcemi",
        "Jag tar kalcium redan vid första besöket.",
        "Läkemedelsverkets",
        "STc4",
        "1 h 25 min",
    ] {
        assert!(text.contains(expected), "{expected} in the PDF:\n{text}");
    }
    for export in [&md.body, &text, &json_export.body] {
        assert!(
            !export.contains("nattsvettningar") && !export.contains("70-årsåldern"),
            "never a post's text"
        );
    }
    for bad in [
        format!("/api/v1/me/learning/export?{period}&format=docx"),
        format!(
            "/api/v1/me/learning/export?from={}&to={}&format=md",
            today(),
            days_ago(3)
        ),
        "/api/v1/me/learning/export?from=yesterday&to=today&format=md".to_string(),
    ] {
        assert_eq!(api.get(&bad).await.status, 422, "{bad}");
    }
    let curricula = api.get("/api/v1/curricula").await.json();
    assert_eq!(curricula.as_array().unwrap().len(), 2);

    // The web: the thread offers the log to who took part, and the page
    // comes prefilled from it.
    let b = srv.browser();
    b.sign_in("erik@example.org").await;
    let page = b.get(&format!("/threads/{}", quiet.id)).await;
    assert!(
        page.body
            .contains(&format!("/account/learning?thread_id={}", quiet.id))
    );
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let page = b.get(&format!("/threads/{}", quiet.id)).await;
    assert!(
        !page.body.contains("/account/learning?thread_id="),
        "not taken part"
    );
    let page = b
        .get(&format!("/account/learning?thread_id={}", thread.id))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Lärandelogg") && page.body.contains("hyperkalcemi"));
    let created = b
        .post_form(
            "/account/learning",
            &[
                ("date", &today()),
                ("minutes", "15"),
                ("learned", "Kort om att fråga öppet först."),
                ("change", ""),
                ("tags", "STb1"),
                ("tags", "rcgp-professional"),
                ("thread_id", ""),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let page = b.get("/account/learning").await;
    assert!(page.body.contains("Kort om att fråga öppet först."));
    let md = b
        .get(&format!(
            "/account/learning/export?{period}&format=md&titles=show"
        ))
        .await;
    assert!(md.body.contains("1 h 40 min"), "{}", md.body);
    let edit = b.get(&format!("/account/learning/{id}/edit")).await;
    assert_eq!(edit.status, 200);
    assert!(
        edit.body
            .contains("Jag tar kalcium redan vid första besöket.")
    );
    let deleted = b
        .post_form(&format!("/account/learning/{id}/delete"), &[])
        .await;
    assert_eq!(deleted.status, 303);
    assert_eq!(
        api.get("/api/v1/me/learning").await.json()["entries"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        api.request_delete(&format!("/api/v1/me/learning/{id}"))
            .await
            .status,
        404,
        "already gone"
    );
    drop(anna);
}
db_test!(a_member_logs_a_discussion_edits_it_and_exports_the_period);

async fn the_guard_refuses_a_reflection_with_a_personnummer_or_a_patients_name(srv: TestServer) {
    let (_anna, _erik, _group) = srv.norrland();
    let mut api = srv.api();
    api.login("anna@example.org").await;
    for (field, text) in [
        ("learned", "Patienten 19121212-1212 hade hyperkalcemi."),
        (
            "change",
            "Ring patienten Karin Andersson nästa vecka om provsvaren.",
        ),
    ] {
        let mut body = json!({"date": today(), "minutes": 20, "learned": "Om hyperkalcemi."});
        body[field] = json!(text);
        let refused = api.post("/api/v1/me/learning", body).await;
        assert_eq!(refused.status, 422, "{text}: {}", refused.body);
        let err = refused.json();
        assert_eq!(err["error"], "patient_identifiers");
        assert!(
            err["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["field"] == field),
            "{err}"
        );
    }
    assert!(
        api.get("/api/v1/me/learning").await.json()["entries"]
            .as_array()
            .unwrap()
            .is_empty(),
        "nothing stored"
    );
    // A colleague thanked by name is no patient.
    let thanks = api
        .post(
            "/api/v1/me/learning",
            json!({"date": today(), "minutes": 20, "learned": "Tack Erik Holm för tipset om kalcium."}),
        )
        .await;
    assert_eq!(thanks.status, 201, "{}", thanks.body);

    // The web form comes back with the draft and its findings.
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let draft = "Fru Karin Andersson, 19121212-1212, lärde mig om kalcium.";
    let again = b
        .post_form(
            "/account/learning",
            &[
                ("date", &today()),
                ("minutes", "25"),
                ("learned", draft),
                ("change", "Mer kalcium."),
            ],
        )
        .await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(
        again.body.contains("Fru Karin Andersson, 19121212-1212"),
        "the draft kept"
    );
    assert!(again.body.contains("Mer kalcium."), "the plan kept");
    assert!(again.body.contains("class=\"deid\""), "findings shown");
    assert!(again.body.contains("value=\"25\""), "the minutes kept");
    let redacted = b
        .post_form(
            "/account/learning",
            &[
                ("date", &today()),
                ("minutes", "25"),
                ("learned", draft),
                ("redact", "1"),
            ],
        )
        .await;
    assert_eq!(redacted.status, 200);
    assert!(
        !redacted.body.contains("19121212-1212"),
        "placeholders instead"
    );
    // Placeholders are put in where the guard would refuse, in the same
    // context: the colleague thanked and the author's sign-off keep their
    // names, the patient's goes.
    let mixed = b
        .post_form(
            "/account/learning",
            &[
                ("date", &today()),
                ("minutes", "25"),
                (
                    "learned",
                    "Tack Erik för tipset om kalcium till patienten Karin Andersson.\n\n/Anna",
                ),
                ("redact", "1"),
            ],
        )
        .await;
    assert_eq!(mixed.status, 200);
    assert!(mixed.body.contains("Tack Erik"), "{}", mixed.body);
    // (Tera escapes the slash.)
    assert!(
        mixed.body.contains("&#x2F;Anna"),
        "the author's own name kept"
    );
    assert!(
        !mixed.body.contains("Karin Andersson"),
        "the patient's name replaced"
    );
}
db_test!(the_guard_refuses_a_reflection_with_a_personnummer_or_a_patients_name);

async fn nobody_else_sees_a_members_learning_log(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    add(
        &srv,
        &group,
        "fia@example.org",
        "Fia Facil",
        MemberRole::Facilitator,
    );
    srv.user("mona@example.org", "Mona Moderator", Role::Moderator);
    let thread = srv.case(&anna, &group, "Huvudvärk", "Ung man med huvudvärk.");
    let entry = kollega::learning::create_entry(
        &mut srv.conn(),
        &anna,
        &kollega::learning::EntryInput {
            date: today(),
            minutes: 20,
            learned: "Annas hemliga reflektion om migrän.".into(),
            thread_id: Some(thread.id.clone()),
            ..Default::default()
        },
    )
    .expect("entry");
    let id = &entry.id;
    for email in [
        "erik@example.org",
        "fia@example.org",
        "mona@example.org",
        "admin@example.org",
    ] {
        let mut api = srv.api();
        api.login(email).await;
        let own = api.get("/api/v1/me/learning").await;
        assert_eq!(own.status, 200);
        assert!(
            !own.body.contains("hemliga"),
            "{email} sees only their own log"
        );
        let patch = api
            .patch(&format!("/api/v1/me/learning/{id}"), json!({"minutes": 1}))
            .await;
        assert_eq!(patch.status, 404, "PATCH as {email}");
        assert_eq!(
            api.request_delete(&format!("/api/v1/me/learning/{id}"))
                .await
                .status,
            404,
            "DELETE as {email}"
        );
        let export = api
            .get(&format!(
                "/api/v1/me/learning/export?from={}&to={}&format=json",
                days_ago(1),
                today()
            ))
            .await;
        assert!(!export.body.contains("hemliga"), "{email}'s export");
        let b = srv.browser();
        b.sign_in(email).await;
        for path in [format!("/account/learning/{id}/edit")] {
            let r: Resp = b.get(&path).await;
            assert_eq!(r.status, 404, "GET {path} as {email}");
            assert!(!r.body.contains("hemliga"));
        }
        let page = b.get("/account/learning").await;
        assert!(!page.body.contains("hemliga"), "{email}'s page");
        let update = b
            .post_form(
                &format!("/account/learning/{id}"),
                &[("date", &today()), ("minutes", "5"), ("learned", "ändrat")],
            )
            .await;
        assert_eq!(update.status, 404, "POST edit as {email}");
        let delete = b
            .post_form(&format!("/account/learning/{id}/delete"), &[])
            .await;
        assert_eq!(delete.status, 404, "POST delete as {email}");
    }
    // Linking a thread of a group one does not belong to: 404 as for any thread.
    let admin = kollega::accounts::find_user_by_email(&mut srv.conn(), "admin@example.org")
        .unwrap()
        .unwrap();
    let olle = srv.user("olle@example.org", "Olle Utanför", Role::Member);
    srv.group_with(&admin, "FQ Syd", &[&olle]);
    let mut api = srv.api();
    api.login("olle@example.org").await;
    let outside = api
        .post(
            "/api/v1/me/learning",
            json!({"date": today(), "minutes": 10, "learned": "x", "thread_id": thread.id}),
        )
        .await;
    assert_eq!(outside.status, 404, "{}", outside.body);
    let b = srv.browser();
    b.sign_in("olle@example.org").await;
    assert_eq!(
        b.get(&format!("/account/learning?thread_id={}", thread.id))
            .await
            .status,
        404
    );
    // Still there, unchanged, for Anna.
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let log = api.get("/api/v1/me/learning").await.json();
    assert_eq!(log["entries"][0]["minutes"], 20);
    drop(erik);
}
db_test!(nobody_else_sees_a_members_learning_log);

async fn a_facilitator_issues_a_certificate_that_verifies_at_its_public_url(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    add(
        &srv,
        &group,
        "fia@example.org",
        "Fia Facil",
        MemberRole::Facilitator,
    );
    let one = srv.case(&erik, &group, "Trötthet", "Trött sedan i våras.");
    let two = srv.case(&erik, &group, "Yrsel", "Yrsel hos äldre.");
    srv.case(&erik, &group, "Hosta", "Långvarig hosta.");
    srv.reply(&anna, &one, None, "Blodstatus först.");
    srv.reply(&anna, &one, None, "Och ferritin.");
    srv.reply(&anna, &two, None, "Ortostatiskt blodtryck.");
    let mut api = srv.api();
    api.login("anna@example.org").await;
    for (thread, minutes) in [(&one, 50), (&two, 40)] {
        let r = api
            .post(
                "/api/v1/me/learning",
                json!({"date": today(), "minutes": minutes, "learned": "Något jag lärde mig.", "thread_id": thread.id}),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let period = json!({"user_id": anna.id, "from": days_ago(30), "to": today()});

    // Only the facilitator issues: a member is refused, an outsider (staff too) gets 404.
    let mut member = srv.api();
    member.login("erik@example.org").await;
    let path = format!("/api/v1/groups/{}/certificates", group.id);
    assert_eq!(member.post(&path, period.clone()).await.status, 403);
    let mut admin = srv.api();
    admin.login("admin@example.org").await;
    assert_eq!(admin.post(&path, period.clone()).await.status, 404);

    let mut fia = srv.api();
    fia.login("fia@example.org").await;
    let issued = fia.post(&path, period.clone()).await;
    assert_eq!(issued.status, 201, "{}", issued.body);
    let issued = issued.json();
    let id = issued["id"].as_str().unwrap().to_string();
    let url = issued["url"].as_str().unwrap().to_string();
    assert_eq!(url, format!("{}/certificates/{id}", srv.base));
    let outsider = format!("{}@example.org", "nobody");
    assert_eq!(
        fia.post(
            &path,
            json!({"user_id": uuid::Uuid::new_v4(), "from": days_ago(30), "to": today()})
        )
        .await
        .status,
        422,
        "{outsider} is no member"
    );

    // Public: anyone, signed in or not, sees only number, group and period.
    let public = srv.browser();
    let page = public.get(&format!("/certificates/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Intyget är giltigt"), "{}", page.body);
    assert!(page.body.contains("FQ Norrland") && page.body.contains(&days_ago(30)));
    assert!(!page.body.contains("Anna Lind"), "not the member");
    // A changed character anywhere: not valid (and never a 500).
    let mut tampered = id.clone().into_bytes();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    for bad in [
        tampered.as_str(),
        "not-a-certificate",
        &api.token.clone().unwrap(),
    ] {
        let page = public.get(&format!("/certificates/{bad}")).await;
        assert_eq!(page.status, 200, "{bad}");
        assert!(page.body.contains("Intyget är inte giltigt"), "{bad}");
        assert!(!page.body.contains("FQ Norrland"));
    }

    // The facilitator's page hands over the PDF.
    let b = srv.browser();
    b.sign_in("fia@example.org").await;
    let form = b.get(&format!("/groups/{}/certificates", group.id)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Anna Lind"));
    let pdf = b
        .post_form(
            &format!("/groups/{}/certificates", group.id),
            &[
                ("user_id", &anna.id),
                ("from", &days_ago(30)),
                ("to", &today()),
            ],
        )
        .await;
    assert_eq!(pdf.status, 200, "{}", pdf.body);
    let text = pdf_text(&pdf.bytes);
    for expected in [
        "Intyg om deltagande",
        "Anna Lind",
        "FQ Norrland",
        "Antal diskussioner med eget deltagande: 2",
        "Rapporterad tid i timmar: 1.5",
        "Intygsnummer",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    let b = srv.browser();
    b.sign_in("erik@example.org").await;
    assert_eq!(
        b.get(&format!("/groups/{}/certificates", group.id))
            .await
            .status,
        403
    );
}
db_test!(a_facilitator_issues_a_certificate_that_verifies_at_its_public_url);

async fn the_log_is_in_the_data_export_and_goes_with_the_account(srv: TestServer) {
    let (_anna, _erik, _group) = srv.norrland();
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let r = api
        .post(
            "/api/v1/me/learning",
            json!({"date": today(), "minutes": 30, "learned": "Reflektion om kontinuitet.", "tags": ["STc1"]}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let export = api.get("/api/v1/me/export").await.json();
    assert_eq!(
        export["learning_log"][0]["learned"],
        "Reflektion om kontinuitet."
    );
    assert_eq!(export["learning_log"][0]["minutes"], 30);
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let md = b.get("/account/export.md").await;
    assert!(
        md.body.contains("Reflektion om kontinuitet."),
        "{}",
        md.body
    );

    let deleted = b
        .post_form("/account/delete", &[("password", crate::harness::PASSWORD)])
        .await;
    assert_eq!(deleted.status, 303, "{}", deleted.body);
    use diesel::prelude::*;
    use kollega::db::schema::learning_entries;
    let left: i64 = learning_entries::table
        .count()
        .get_result(&mut srv.conn())
        .unwrap();
    assert_eq!(left, 0, "the log went with the account");
}
db_test!(the_log_is_in_the_data_export_and_goes_with_the_account);

/// An entry stays its author's after they leave the group, and after
/// retention deletes the thread: then it reads "a case discussion in <group>".
async fn an_entry_outlives_the_group_membership_and_the_thread(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    let thread = srv.case(
        &erik,
        &group,
        "Bröstsmärta",
        "Man i 40-årsåldern med bröstsmärta.",
    );
    srv.reply(&anna, &thread, None, "EKG och troponin?");
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let created = api
        .post(
            "/api/v1/me/learning",
            json!({"date": today(), "minutes": 25, "learned": "Om att ta troponin två gånger.", "thread_id": thread.id}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.json()["id"].as_str().unwrap().to_string();
    kollega::moderation::remove_member(&mut srv.conn(), &anna, &group.id, &anna.id, "")
        .expect("leave");
    let edited = api
        .patch(&format!("/api/v1/me/learning/{id}"), json!({"minutes": 30}))
        .await;
    assert_eq!(edited.status, 200, "still mine to edit: {}", edited.body);
    {
        use diesel::prelude::*;
        use kollega::db::schema::threads;
        diesel::delete(threads::table.find(&thread.id))
            .execute(&mut srv.conn())
            .expect("retention deletes the thread");
    }
    let log = api.get("/api/v1/me/learning").await.json();
    assert_eq!(log["entries"][0]["thread_id"], serde_json::Value::Null);
    assert_eq!(log["entries"][0]["group_name"], "FQ Norrland");
    let md = api
        .get(&format!(
            "/api/v1/me/learning/export?from={}&to={}&format=md",
            today(),
            today()
        ))
        .await;
    assert!(
        md.body.contains("En falldiskussion i FQ Norrland"),
        "{}",
        md.body
    );
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let saved = b
        .post_form(
            &format!("/account/learning/{id}"),
            &[
                ("date", &today()),
                ("minutes", "35"),
                ("learned", "Om troponin."),
                ("thread_id", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let log = api.get("/api/v1/me/learning").await.json();
    assert_eq!(log["entries"][0]["minutes"], 35);
    assert_eq!(
        log["entries"][0]["group_name"], "FQ Norrland",
        "the group stays"
    );
}
db_test!(an_entry_outlives_the_group_membership_and_the_thread);
