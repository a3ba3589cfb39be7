//! The JSON API under /api/v1: tokens, groups, threads, posts, errors.

use crate::db_test;
use crate::harness::TestServer;
use chrono::{Duration, Utc};
use kollega::accounts::Role;
use kollega::auth::{Claims, Purpose};
use serde_json::json;

async fn an_admin_builds_a_group_and_members_discuss_a_case_over_the_api(srv: TestServer) {
    srv.admin();
    srv.user("anna@example.org", "Anna", Role::Member);
    let mut admin = srv.api();
    let login = admin.login("admin@example.org").await;
    assert_eq!(login["token_type"], "Bearer");
    assert!(login["expires_at"].is_string());

    let resp = admin
        .post(
            "/api/v1/groups",
            json!({"name": "Online peer dialogue 7", "description": "ST + specialists"}),
        )
        .await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    let gid = resp.json()["id"].as_str().unwrap().to_string();
    uuid::Uuid::parse_str(&gid).expect("ids are UUIDs");

    let resp = admin
        .post(
            &format!("/api/v1/groups/{gid}/members"),
            json!({"email": "anna@example.org"}),
        )
        .await;
    assert_eq!(resp.status, 201);
    assert!(
        resp.json().get("invite_url").is_none(),
        "existing account: no invitation"
    );
    let resp = admin
        .post(
            &format!("/api/v1/groups/{gid}/members"),
            json!({"email": "anna@example.org"}),
        )
        .await;
    assert_eq!(resp.status, 409);
    let resp = admin
        .post(
            &format!("/api/v1/groups/{gid}/members"),
            json!({"email": "bo@example.org", "name": "Bo", "role": "facilitator"}),
        )
        .await;
    assert_eq!(resp.status, 201);
    assert_eq!(
        resp.json()["invited"].as_bool(),
        Some(true),
        "the invitation goes by email; the link is never shown to the adder"
    );
    assert!(!resp.body.contains("/welcome/"));
    let resp = admin
        .post(
            &format!("/api/v1/groups/{gid}/members"),
            json!({"email": "new@example.org"}),
        )
        .await;
    assert_eq!(
        (resp.status, resp.json()["field"].as_str()),
        (422, Some("name")),
        "a new account needs a name"
    );

    let group = admin.get(&format!("/api/v1/groups/{gid}")).await.json();
    let members = group["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    assert!(
        members
            .iter()
            .all(|m| m["user_id"].is_string() && m["name"].is_string() && m["role"].is_string())
    );

    let mut anna = srv.api();
    anna.login("anna@example.org").await;
    let resp = anna.post("/api/v1/groups", json!({"name": "Mine"})).await;
    assert_eq!(resp.status, 403, "only admins create groups");
    let resp = anna
        .post(&format!("/api/v1/groups/{gid}/threads"), json!({"title": "Yrsel hos äldre", "body": "Man i 70-årsåldern med *yrsel*.", "kind": "case"}))
        .await;
    assert_eq!(resp.status, 201, "{}", resp.body);
    let thread = resp.json();
    let tid = thread["id"].as_str().unwrap();
    assert_eq!(
        thread["posts"][0]["body_html"],
        "<p>Man i 70-årsåldern med <em>yrsel</em>.</p>\n"
    );

    let resp = anna
        .post(
            &format!("/api/v1/threads/{tid}/posts"),
            json!({"body": "Ortostatism?"}),
        )
        .await;
    assert_eq!(resp.status, 201);
    let reply = resp.json();
    let resp = anna
        .post(
            &format!("/api/v1/threads/{tid}/posts"),
            json!({"body": "Eller BPPV.", "parent_id": reply["id"]}),
        )
        .await;
    assert_eq!(resp.status, 201);
    assert_eq!(resp.json()["parent_id"], reply["id"]);
    let resp = anna
        .post(
            &format!("/api/v1/threads/{tid}/posts"),
            json!({"body": "x", "parent_id": uuid::Uuid::new_v4().to_string()}),
        )
        .await;
    assert_eq!(
        (resp.status, resp.json()["field"].as_str()),
        (422, Some("parent_id"))
    );

    let t = anna.get(&format!("/api/v1/threads/{tid}")).await.json();
    assert_eq!(t["posts"].as_array().unwrap().len(), 3);
    for p in t["posts"].as_array().unwrap() {
        for field in ["id", "author", "body_html", "created_at"] {
            assert!(p.get(field).is_some(), "post has {field}");
        }
    }
    let list = anna
        .get(&format!("/api/v1/groups/{gid}/threads"))
        .await
        .json();
    assert_eq!(list[0]["title"], "Yrsel hos äldre");
    assert_eq!(
        anna.get("/api/v1/me").await.json()["email"],
        "anna@example.org"
    );
}
db_test!(an_admin_builds_a_group_and_members_discuss_a_case_over_the_api);

async fn expired_tampered_and_revoked_tokens_are_refused(srv: TestServer) {
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let mut api = srv.api();
    assert_eq!(api.get("/api/v1/groups").await.status, 401, "no token");
    let login = api.login("anna@example.org").await;
    assert_eq!(api.get("/api/v1/groups").await.status, 200);

    let good = login["token"].as_str().unwrap().to_string();
    let mut parts: Vec<String> = good.split('.').map(str::to_string).collect();
    parts[1] = parts[1].chars().rev().collect();
    api.token = Some(parts.join("."));
    let resp = api.get("/api/v1/groups").await;
    assert_eq!(resp.status, 401);
    assert_eq!(resp.json()["error"], "unauthorized");

    // Correctly signed but expired.
    let sid = kollega::accounts::create_session(
        &mut srv.conn(),
        &anna.id,
        kollega::accounts::SessionKind::Api,
        Duration::hours(1),
    )
    .unwrap();
    let expired = Claims::new(
        Purpose::Api,
        &anna.id,
        Some(sid),
        Utc::now() - Duration::hours(2),
        Duration::hours(1),
    );
    api.token = Some(srv.state.keys.sign(&expired).unwrap());
    assert_eq!(api.get("/api/v1/groups").await.status, 401);

    // An invitation token is not an API token.
    let invite = Claims::new(
        Purpose::Invite,
        &anna.id,
        None,
        Utc::now(),
        Duration::hours(1),
    );
    api.token = Some(srv.state.keys.sign(&invite).unwrap());
    assert_eq!(api.get("/api/v1/groups").await.status, 401);

    // Signed with another secret.
    let mut other = crate::harness::test_settings("sqlite://unused");
    other.security.secret_key =
        kollega::secret::Secret::new("another-secret-another-secret-another-secret");
    let other_keys = kollega::auth::Keys::new(&other.security).unwrap();
    let claims = Claims::new(Purpose::Api, &anna.id, None, Utc::now(), Duration::hours(1));
    api.token = Some(other_keys.sign(&claims).unwrap());
    assert_eq!(api.get("/api/v1/groups").await.status, 401);

    api.token = Some(good);
    // Reading a thread looks the session up in its own database call: the
    // same refusals hold there.
    let admin = srv.admin();
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let thread = srv.case(&anna, &group, "Fall", "Text.");
    let thread_path = format!("/api/v1/threads/{}", thread.id);
    assert_eq!(api.get(&thread_path).await.status, 200);
    assert_eq!(api.post("/api/v1/auth/logout", json!({})).await.status, 204);
    assert_eq!(api.get("/api/v1/groups").await.status, 401, "revoked");
    let resp = api.get(&thread_path).await;
    assert_eq!(resp.status, 401, "revoked, on the thread too");
    assert_eq!(resp.json()["error"], "unauthorized");
    api.token = None;
    assert_eq!(api.get(&thread_path).await.status, 401, "no token");
}
db_test!(expired_tampered_and_revoked_tokens_are_refused);

async fn bad_input_gets_a_json_error_naming_the_problem(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "G", &[&anna]);
    let mut api = srv.api();
    let resp = api
        .post(
            "/api/v1/auth/login",
            json!({"email": "anna@example.org", "password": "wrong"}),
        )
        .await;
    assert_eq!(
        (resp.status, resp.json()["error"].as_str()),
        (401, Some("invalid_login"))
    );
    let resp = api
        .post("/api/v1/auth/login", json!({"email": "anna@example.org"}))
        .await;
    assert_eq!(resp.status, 422);
    assert_eq!(resp.json()["field"], "password");
    api.login("anna@example.org").await;

    let path = format!("/api/v1/groups/{}/threads", group.id);
    let resp = api
        .post_raw(&path, "application/json", "{\"title\": ")
        .await;
    assert_eq!(resp.status, 400);
    assert_eq!(resp.json()["error"], "bad_json");
    let resp = api.post(&path, json!({"title": "t", "kind": "case"})).await;
    assert_eq!(resp.status, 422);
    assert_eq!(resp.json()["field"], "body");
    assert!(resp.json()["message"].as_str().unwrap().contains("body"));
    let resp = api
        .post(&path, json!({"title": "t", "body": "b", "kind": "gossip"}))
        .await;
    assert_eq!(
        (resp.status, resp.json()["field"].as_str()),
        (422, Some("kind"))
    );
    let resp = api
        .post(&path, json!({"title": "", "body": "b", "kind": "case"}))
        .await;
    assert_eq!(
        (resp.status, resp.json()["field"].as_str()),
        (422, Some("title"))
    );
    let resp = api.post_raw(&path, "text/plain", "hello").await;
    assert_eq!(resp.status, 400);
    let resp = api.get("/api/v1/no-such-route").await;
    assert_eq!(
        (resp.status, resp.json()["error"].as_str()),
        (404, Some("not_found"))
    );
    assert!(
        !resp.body.contains("panicked") && !resp.body.contains("src/"),
        "no internals leak"
    );
}
db_test!(bad_input_gets_a_json_error_naming_the_problem);

async fn the_openapi_description_lists_every_api_route(srv: TestServer) {
    let resp = srv.api().get("/api/v1/openapi.json").await;
    assert_eq!(resp.status, 200);
    let doc = resp.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/auth/login", "post"),
        ("/auth/logout", "post"),
        ("/me", "get"),
        ("/groups", "get"),
        ("/groups", "post"),
        ("/groups/{id}", "get"),
        ("/groups/{id}/members", "post"),
        ("/groups/{id}/threads", "get"),
        ("/groups/{id}/threads", "post"),
        ("/threads/{id}", "get"),
        ("/threads/{id}/posts", "post"),
        ("/posts/{id}", "get"),
        ("/posts/{id}", "patch"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "openapi.json lacks {method} {path}"
        );
    }
}
db_test!(the_openapi_description_lists_every_api_route);

async fn a_moderator_closes_a_quiet_group_and_it_becomes_read_only(srv: TestServer) {
    let admin = srv.admin();
    let moderator = srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "Tyst grupp", &[&anna]);
    let thread = srv.case(&anna, &group, "Fall", "text");
    let _ = moderator;
    let mut member = srv.api();
    member.login("anna@example.org").await;
    let close = format!("/api/v1/groups/{}/close", group.id);
    assert_eq!(
        member.post(&close, json!({"reason": "x"})).await.status,
        403,
        "members cannot close"
    );
    let mut m = srv.api();
    m.login("mod@example.org").await;
    assert_eq!(m.post(&close, json!({"reason": ""})).await.status, 422);
    let resp = m
        .post(&close, json!({"reason": "Ingen aktivitet på 60 dagar"}))
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert!(resp.json()["closed_at"].is_string());
    let resp = member
        .post(
            &format!("/api/v1/threads/{}/posts", thread.id),
            json!({"body": "hej"}),
        )
        .await;
    assert_eq!(
        (resp.status, resp.json()["error"].as_str()),
        (409, Some("group_closed"))
    );
    let resp = member
        .post(
            &format!("/api/v1/groups/{}/threads", group.id),
            json!({"title": "t", "body": "b", "kind": "case"}),
        )
        .await;
    assert_eq!(resp.status, 409);
    assert_eq!(
        member
            .get(&format!("/api/v1/threads/{}", thread.id))
            .await
            .status,
        200,
        "still readable"
    );
    let page = {
        let b = srv.browser();
        b.sign_in("anna@example.org").await;
        b.get(&format!("/groups/{}", group.id)).await
    };
    assert!(
        page.body.contains("Gruppen är stängd")
            && page.body.contains("Ingen aktivitet på 60 dagar")
    );
    assert!(!page.body.contains("Ta upp ett fall"));
    // Members were told by email; reopening restores writing; both are audited.
    srv.mail_round(false).await;
    assert!(
        srv.dir_mail().iter().any(
            |m| m.contains("To: anna@example.org") && m.contains("Ingen aktivitet på 60 dagar")
        ),
        "members are told why"
    );
    assert_eq!(
        m.post(&format!("/api/v1/groups/{}/reopen", group.id), json!({}))
            .await
            .status,
        200
    );
    assert_eq!(
        member
            .post(
                &format!("/api/v1/threads/{}/posts", thread.id),
                json!({"body": "hej igen"})
            )
            .await
            .status,
        201
    );
    let audited: i64 = {
        use diesel::prelude::*;
        use kollega::db::schema::audit_log;
        audit_log::table
            .filter(audit_log::action.eq_any(["close", "reopen", "leave", "remove_member"]))
            .count()
            .get_result(&mut *srv.conn())
            .unwrap()
    };
    assert_eq!(audited, 2);
}
db_test!(a_moderator_closes_a_quiet_group_and_it_becomes_read_only);

async fn members_leave_facilitators_remove_and_moderators_see_quiet_groups(srv: TestServer) {
    let admin = srv.admin();
    srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let bo = srv.user("bo@example.org", "Bo", Role::Member);
    let cay = srv.user("cay@example.org", "Cay", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &bo, &cay]);
    srv.case(&anna, &group, "Fall", "text");
    let mut a = srv.api();
    a.login("anna@example.org").await;
    let members = |id: &str| format!("/api/v1/groups/{}/members/{id}", group.id);
    assert_eq!(
        a.request_delete(&members(&bo.id)).await.status,
        403,
        "a member cannot remove another"
    );
    assert_eq!(
        a.request_delete(&members(&anna.id)).await.status,
        204,
        "but can leave"
    );
    assert_eq!(
        a.get(&format!("/api/v1/groups/{}", group.id)).await.status,
        404,
        "and then sees nothing"
    );
    let mut m = srv.api();
    m.login("mod@example.org").await;
    assert_eq!(
        m.request_delete(&members(&cay.id)).await.status,
        204,
        "a moderator removes"
    );

    // The overview: moderators only, with activity figures.
    assert_eq!(a.get("/api/v1/moderation/groups").await.status, 403);
    let list = m.get("/api/v1/moderation/groups").await.json();
    let row = &list[0];
    assert_eq!(row["members"], 1);
    assert_eq!(row["posts_last_30_days"], 1);
    assert_eq!(row["inactive"], false);

    // Quiet groups: one friendly email per member per quiet spell.
    let later = chrono::Utc::now().naive_utc() + chrono::Duration::days(31);
    assert_eq!(
        kollega::moderation::nudge_quiet_groups(&mut srv.conn(), &srv.state, later).unwrap(),
        1,
        "bo, the one member left"
    );
    assert_eq!(
        kollega::moderation::nudge_quiet_groups(&mut srv.conn(), &srv.state, later).unwrap(),
        0
    );
    let audited: i64 = {
        use diesel::prelude::*;
        use kollega::db::schema::audit_log;
        audit_log::table
            .filter(audit_log::action.eq_any(["close", "reopen", "leave", "remove_member"]))
            .count()
            .get_result(&mut *srv.conn())
            .unwrap()
    };
    assert_eq!(audited, 2, "the leave and the removal");
    let mut adm = srv.api();
    adm.login("admin@example.org").await;
    let log = adm
        .get(&format!("/api/v1/audit?group_id={}", group.id))
        .await
        .json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"leave") && actions.contains(&"remove_member"),
        "{log}"
    );
    assert_eq!(
        m.get("/api/v1/audit").await.status,
        403,
        "admins read the audit log"
    );
}
db_test!(members_leave_facilitators_remove_and_moderators_see_quiet_groups);

async fn a_moderator_uses_the_dashboard_to_close_a_group(srv: TestServer) {
    let admin = srv.admin();
    srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "Tyst grupp", &[&anna]);
    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    assert_eq!(
        a.get("/moderation").await.status,
        403,
        "members do not moderate"
    );
    let m = srv.browser();
    m.sign_in("mod@example.org").await;
    let page = m.get("/moderation").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Tyst grupp") && page.body.contains("Stäng gruppen"));
    assert!(
        page.body.contains(
            "<details class=\"confirm\"><summary class=\"button secondary\">Stäng gruppen"
        ) && page.body.contains("Ja, stäng gruppen"),
        "closing a group asks first"
    );
    let resp = m
        .post_form(
            &format!("/groups/{}/close", group.id),
            &[("reason", "Ingen aktivitet")],
        )
        .await;
    assert_eq!(resp.status, 303);
    assert!(m.get("/moderation").await.body.contains("Öppna igen"));
    assert!(
        a.get(&format!("/groups/{}", group.id))
            .await
            .body
            .contains("Gruppen är stängd")
    );
}
db_test!(a_moderator_uses_the_dashboard_to_close_a_group);

async fn oversized_requests_are_refused_clearly_and_nothing_is_stored(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let thread = srv.case(&anna, &group, "Fall", "Text.");
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let path = format!("/api/v1/threads/{}/posts", thread.id);
    // Over the request limit (512 KiB): refused before it is read.
    let huge = "a".repeat(600 * 1024);
    let r = api.post(&path, json!({"body": huge})).await;
    assert_eq!(
        (r.status, r.json()["error"].as_str()),
        (400, Some("too_large")),
        "{}",
        r.body
    );
    // Under it, but over the post limit (50,000 characters): named field, 422.
    let long = "ord ".repeat(13_000);
    let r = api.post(&path, json!({"body": long})).await;
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (422, Some("body")),
        "{}",
        r.body
    );
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let r = b
        .post_form(&format!("/threads/{}/posts", thread.id), &[("body", &huge)])
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("<html") || r.body.contains("<!doctype"),
        "a page, not a bare error"
    );
    assert_eq!(srv.post_count(&thread.id), 1, "nothing stored");
}
db_test!(oversized_requests_are_refused_clearly_and_nothing_is_stored);
