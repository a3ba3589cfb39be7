//! From interest registration to a self-running group, and a moderator who
//! closes it when it goes quiet: the whole path, with mail at a real SMTP server.

use crate::harness::{PASSWORD, SmtpServer, TestServer};
use crate::mail::received;
use kollega::accounts::Role;
use serde_json::json;

/// The first link in `text` that contains `marker`.
fn link(text: &str, marker: &str) -> String {
    let start = text.find(marker).expect("link in the mail");
    let begin = text[..start].rfind("http").expect("absolute link");
    text[begin..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap()
        .to_string()
}

fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    after_scheme[after_scheme.find('/').unwrap()..].to_string()
}

/// Eleven registrants as an association's list has them: mixed levels,
/// regions and workplaces, two from the same health centre.
fn csv_list() -> String {
    let regions = [
        "Norrbotten",
        "Skåne",
        "Gotland",
        "Stockholm",
        "Värmland",
        "Uppsala",
        "Halland",
    ];
    let mut csv = String::from("name,email,level,years,region,workplace,language\n");
    for i in 0..11 {
        let level = if i % 2 == 0 { "specialist" } else { "st" };
        let workplace = if i == 10 {
            "VC 0".to_string()
        } else {
            format!("VC {i}")
        };
        let name = if i == 0 {
            "Bo Berg".to_string()
        } else {
            format!("Doktor {i}")
        };
        let email = if i == 0 {
            "bo@example.org".to_string()
        } else {
            format!("gp{i}@example.org")
        };
        let language = if i % 3 == 0 { "en" } else { "sv" };
        csv.push_str(&format!(
            "{name},{email},{level},{},{},{workplace},{language}\n",
            (i * 4) % 30,
            regions[i % regions.len()],
        ));
    }
    csv
}

async fn from_registration_to_closing(srv: TestServer, smtp: SmtpServer) {
    let admin = srv.admin();
    srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    // Bo already has an account (from an earlier group): he is added, not re-invited.
    srv.user("bo@example.org", "Bo Berg", Role::Member);

    // Register on the public page; confirm by the emailed link (double opt-in).
    let hedda = srv.browser();
    let ok = hedda
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
            ],
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    srv.mail_round(false).await;
    let confirmation = received(&smtp)
        .into_iter()
        .find(|m| m.to.contains("hedda@example.org"))
        .expect("confirmation mail");
    let confirm = path_of(&link(&confirmation.text, "/register/confirm/"));
    assert_eq!(hedda.get(&confirm).await.status, 200);
    let report =
        kollega::formation::import_csv(&mut srv.conn(), csv_list().as_bytes()).expect("import");
    assert_eq!(report.imported, 11);

    // Only admins form groups.
    let member = srv.browser();
    member.sign_in("mod@example.org").await;
    assert_eq!(member.get("/admin/proposals").await.status, 403);
    let a = srv.browser();
    a.sign_in("admin@example.org").await;
    let page = a.get("/admin/proposals").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("<strong>12</strong>"),
        "12 wait for a group"
    );

    // Propose: two groups of six, deterministic for the seed.
    let resp = a.post_form("/admin/proposals", &[("seed", "7")]).await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    let url = resp.location_path();
    let id = url.rsplit('/').next().unwrap().to_string();
    let view = kollega::formation::proposals::load(&mut srv.conn(), &admin, &id).unwrap();
    assert_eq!(view.groups.len(), 2);
    assert!(view.groups.iter().all(|g| g.members.len() == 6));
    assert!(
        view.groups.iter().all(|g| g.problems.is_empty()),
        "{view:?}"
    );
    assert!(view.score > view.random_score);
    let again = a.post_form("/admin/proposals", &[("seed", "7")]).await;
    let twin_id = again
        .location_path()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let twin = kollega::formation::proposals::load(&mut srv.conn(), &admin, &twin_id).unwrap();
    let emails = |v: &kollega::formation::proposals::ProposalView| -> Vec<Vec<String>> {
        v.groups
            .iter()
            .map(|g| g.members.iter().map(|m| m.email.clone()).collect())
            .collect()
    };
    assert_eq!(emails(&view), emails(&twin), "same seed, same proposal");
    let listed = a.get("/admin/proposals").await.body;
    assert_eq!(
        listed.matches("<td class=\"num\">12</td>").count(),
        2,
        "both proposals, with their sizes, as rows of a table"
    );
    let page = a.get(&url).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Hedda Hoting") && page.body.contains("Flytta till"));
    let score = page
        .body
        .split("<strong>")
        .nth(1)
        .unwrap_or("")
        .split("</strong>")
        .next()
        .unwrap_or("");
    assert!(
        score.contains(',') && !score.contains('.'),
        "a Swedish page writes a decimal comma: {score}"
    );

    // Adjust by hand: move Hedda to the other group. Five is too few, so
    // approval is refused with a clear message.
    let hedda_group = view
        .groups
        .iter()
        .position(|g| g.members.iter().any(|m| m.email == "hedda@example.org"))
        .unwrap();
    let (from, to) = (&view.groups[hedda_group], &view.groups[1 - hedda_group]);
    let hedda_id = from
        .members
        .iter()
        .find(|m| m.email == "hedda@example.org")
        .unwrap()
        .registrant_id
        .clone();
    let moved = a
        .post_form(
            &format!("{url}/move"),
            &[
                ("registrant_id", &hedda_id),
                ("to_group", &to.number.to_string()),
            ],
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    let page = a.get(&url).await;
    assert!(page.body.contains("för få medlemmar"), "{}", page.body);
    let refused = a
        .post_form(&format!("{url}/approve"), &[("name_prefix", "FQ Norr")])
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("6 to 8") || refused.body.contains("6 till 8"),
        "{}",
        refused.body
    );
    // Move someone other than Hedda back the other way: six and six again.
    let back = to
        .members
        .iter()
        .find(|m| m.email != "bo@example.org")
        .unwrap();
    let moved = a
        .post_form(
            &format!("{url}/move"),
            &[
                ("registrant_id", &back.registrant_id),
                ("to_group", &from.number.to_string()),
            ],
        )
        .await;
    assert_eq!(moved.status, 303);
    let resp = a
        .post_form(&format!("{url}/approve"), &[("name_prefix", "FQ Norr")])
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    assert_eq!(
        a.post_form(&format!("{url}/approve"), &[("name_prefix", "FQ Norr")])
            .await
            .status,
        409,
        "approved once"
    );
    assert_eq!(
        a.post_form(
            &format!("/admin/proposals/{twin_id}/approve"),
            &[("name_prefix", "X")]
        )
        .await
        .status,
        409,
        "a second proposal of the same people cannot place them twice"
    );
    assert!(
        kollega::formation::confirmed(&mut srv.conn())
            .unwrap()
            .is_empty(),
        "everyone is placed"
    );

    // Invitations: a sign-up link for new accounts, a plain notice for Bo.
    srv.mail_round(false).await;
    let mails = received(&smtp);
    let invitations: Vec<_> = mails
        .iter()
        .filter(|m| m.text.contains("/welcome/"))
        .collect();
    assert_eq!(invitations.len(), 11, "one per new account");
    let bo = mails
        .iter()
        .find(|m| m.to.contains("bo@example.org"))
        .expect("Bo is told");
    assert!(bo.text.contains("/groups/") && !bo.text.contains("/welcome/"));
    assert!(
        bo.text.contains("stannar i gruppen"),
        "with the terms: {}",
        bo.text
    );
    let english = invitations
        .iter()
        .find(|m| m.to.contains("gp3@example.org"))
        .unwrap();
    assert!(
        english.text.contains("stays in the group"),
        "a new account speaks the registrant's language: {}",
        english.text
    );
    let invitation = invitations
        .iter()
        .find(|m| m.to.contains("hedda@example.org"))
        .unwrap();
    assert!(invitation.subject.contains("FQ Norr"));
    assert!(
        invitation.text.contains("tystnadsplikt"),
        "the terms, in Swedish"
    );

    // Sign up: name, password, and the terms must be accepted.
    let welcome = path_of(&link(&invitation.text, "/welcome/"));
    let newcomer = srv.browser();
    let page = newcomer.get(&welcome).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("Det som sägs i gruppen stannar i gruppen")
    );
    let refused = newcomer
        .post_form(
            &welcome,
            &[
                ("name", "Hedda H. Hoting"),
                ("password", PASSWORD),
                ("confirm_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("Hedda H. Hoting"),
        "the typed name is kept"
    );
    let joined = newcomer
        .post_form(
            &welcome,
            &[
                ("name", "Hedda H. Hoting"),
                ("password", PASSWORD),
                ("confirm_password", PASSWORD),
                ("accept_terms", "yes"),
            ],
        )
        .await;
    assert_eq!(joined.status, 303, "{}", joined.body);
    let groups = newcomer.get("/groups").await;
    let group_id = {
        let at = groups.body.find("href=\"/groups/").expect("her group") + 14;
        groups.body[at..at + 36].to_string()
    };
    let accepted: Option<chrono::NaiveDateTime> = {
        use diesel::prelude::*;
        use kollega::db::schema::{memberships, users};
        memberships::table
            .inner_join(users::table)
            .filter(users::email.eq("hedda@example.org"))
            .select(memberships::terms_accepted_at)
            .first(&mut *srv.conn())
            .unwrap()
    };
    assert!(accepted.is_some(), "acceptance is recorded");

    // Post: the group runs itself.
    let mut api = srv.api();
    api.login("hedda@example.org").await;
    let created = api
        .post(
            &format!("/api/v1/groups/{group_id}/threads"),
            json!({"title": "Trött man", "body": "Man i 40-årsåldern, trött sedan i våras.", "kind": "case"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let thread_id = created.json()["id"].as_str().unwrap().to_string();

    // Quiet for 31 days: a friendly email to every member.
    let later = chrono::Utc::now().naive_utc() + chrono::Duration::days(31);
    let nudged =
        kollega::moderation::nudge_quiet_groups(&mut srv.conn(), &srv.state, later).unwrap();
    assert_eq!(nudged, 12, "both groups' members");
    srv.mail_round(false).await;
    assert!(
        received(&smtp).iter().any(
            |m| m.to.contains("hedda@example.org") && m.subject.to_lowercase().contains("tyst")
        ),
        "Hedda is told her group has been quiet"
    );

    // Quiet for 61 days: flagged inactive for the moderators.
    let moderator = kollega::accounts::find_user_by_email(&mut srv.conn(), "mod@example.org")
        .unwrap()
        .unwrap();
    let much_later = chrono::Utc::now().naive_utc() + chrono::Duration::days(61);
    let overview =
        kollega::moderation::overview(&mut srv.conn(), &moderator, much_later, 60).unwrap();
    let row = overview.iter().find(|g| g.id == group_id).unwrap();
    assert!(row.inactive && row.members == 6);

    // Closed: read-only, members told why.
    let mut m = srv.api();
    m.login("mod@example.org").await;
    let closed = m
        .post(
            &format!("/api/v1/groups/{group_id}/close"),
            json!({"reason": "Ingen aktivitet på två månader"}),
        )
        .await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    let reply = api
        .post(
            &format!("/api/v1/threads/{thread_id}/posts"),
            json!({"body": "Hej"}),
        )
        .await;
    assert_eq!(reply.status, 409);
    srv.mail_round(false).await;
    assert!(
        received(&smtp)
            .iter()
            .any(|m| m.to.contains("hedda@example.org")
                && m.text.contains("Ingen aktivitet på två månader"))
    );

    // Reopened: writing again.
    assert_eq!(
        m.post(&format!("/api/v1/groups/{group_id}/reopen"), json!({}))
            .await
            .status,
        200
    );
    let reply = api
        .post(
            &format!("/api/v1/threads/{thread_id}/posts"),
            json!({"body": "Hej igen"}),
        )
        .await;
    assert_eq!(reply.status, 201);

    // Every step is in the audit log the admins read.
    let mut adm = srv.api();
    adm.login("admin@example.org").await;
    let log = adm.get("/api/v1/audit").await.json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "approve_proposal",
        "create_group",
        "add_member",
        "close",
        "reopen",
    ] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
}
crate::mail_test!(from_registration_to_closing, 0);
