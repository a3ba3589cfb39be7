//! Group content is for members only: everyone else gets 404, never 403,
//! in the web UI and the API alike.

use crate::db_test;
use crate::harness::TestServer;
use kollega::accounts::Role;

async fn a_non_member_gets_404_on_every_group_thread_and_post_route(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let outsider = srv.user("olle@example.org", "Olle", Role::Member);
    let group = srv.group_with(&admin, "Closed group", &[&anna]);
    let other = srv.group_with(&admin, "Olle's group", &[&outsider]);
    let thread = srv.case(&anna, &group, "Secret case", "details");
    let post = srv.reply(&anna, &thread, None, "a reply");
    let g = &group.id;
    let t = &thread.id;
    let p = &post.id;

    let b = srv.browser();
    b.sign_in("olle@example.org").await;
    for path in [
        format!("/groups/{g}"),
        format!("/groups/{g}/threads/new"),
        format!("/threads/{t}"),
        format!("/threads/{t}?reply_to={p}"),
        format!("/posts/{p}/edit"),
        "/groups/not-a-uuid".to_string(),
        format!("/groups/{}", uuid::Uuid::new_v4()),
    ] {
        let resp = b.get(&path).await;
        assert_eq!(resp.status, 404, "GET {path}");
        assert!(!resp.body.contains("Secret case"), "GET {path} leaks");
    }
    for (path, fields) in [
        (
            format!("/groups/{g}/threads"),
            vec![("title", "x"), ("body", "y")],
        ),
        (
            format!("/groups/{g}/members"),
            vec![("email", "x@example.org"), ("name", "X")],
        ),
        (format!("/threads/{t}/posts"), vec![("body", "intrusion")]),
        (format!("/posts/{p}/edit"), vec![("body", "changed")]),
    ] {
        assert_eq!(b.post_form(&path, &fields).await.status, 404, "POST {path}");
    }
    let groups_page = b.get("/groups").await;
    assert!(
        groups_page.body.contains("Olle&#x27;s group") || groups_page.body.contains("Olle's group")
    );
    assert!(
        !groups_page.body.contains("Closed group"),
        "not even listed"
    );

    let mut api = srv.api();
    api.login("olle@example.org").await;
    for path in [
        format!("/api/v1/groups/{g}"),
        format!("/api/v1/groups/{g}/threads"),
        format!("/api/v1/threads/{t}"),
        format!("/api/v1/posts/{p}"),
    ] {
        let resp = api.get(&path).await;
        assert_eq!(resp.status, 404, "GET {path}");
        assert_eq!(resp.json()["error"], "not_found");
    }
    let body = serde_json::json!({"title": "x", "body": "y", "kind": "case", "email": "x@example.org", "name": "X"});
    for path in [
        format!("/api/v1/groups/{g}/threads"),
        format!("/api/v1/groups/{g}/members"),
        format!("/api/v1/threads/{t}/posts"),
    ] {
        assert_eq!(
            api.post(&path, body.clone()).await.status,
            404,
            "POST {path}"
        );
    }
    assert_eq!(
        api.patch(
            &format!("/api/v1/posts/{p}"),
            serde_json::json!({"body": "x"})
        )
        .await
        .status,
        404
    );
    let list = api.get("/api/v1/groups").await.json();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![other.id.as_str()]);

    // Nothing was written by the outsider.
    let mut anna_api = srv.api();
    anna_api.login("anna@example.org").await;
    let t = anna_api.get(&format!("/api/v1/threads/{t}")).await.json();
    assert_eq!(t["posts"].as_array().unwrap().len(), 2);
    assert_eq!(t["posts"][1]["body"], "a reply");
}
db_test!(a_non_member_gets_404_on_every_group_thread_and_post_route);

async fn an_admin_manages_a_group_without_reading_its_cases(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "Managed group", &[&anna]);
    let thread = srv.case(&anna, &group, "Private case", "text");
    let mut api = srv.api();
    api.login("admin@example.org").await;
    let g = api.get(&format!("/api/v1/groups/{}", group.id)).await;
    assert_eq!(g.status, 200);
    assert_eq!(g.json()["members"][0]["name"], "Anna");
    assert_eq!(
        api.get(&format!("/api/v1/groups/{}/threads", group.id))
            .await
            .status,
        404
    );
    assert_eq!(
        api.get(&format!("/api/v1/threads/{}", thread.id))
            .await
            .status,
        404
    );
}
db_test!(an_admin_manages_a_group_without_reading_its_cases);

async fn every_response_carries_security_headers(srv: TestServer) {
    let b = srv.browser();
    for path in ["/login", "/healthz", "/nope", "/api/v1/groups"] {
        let resp = b.get(path).await;
        let csp = resp.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            resp.header("x-content-type-options").as_deref(),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            resp.header("referrer-policy").as_deref(),
            Some("no-referrer"),
            "{path}"
        );
    }
    let health = b.get("/healthz").await;
    assert_eq!((health.status, health.body.as_str()), (200, "ok"));
}
db_test!(every_response_carries_security_headers);

async fn members_download_their_groups_threads_and_nobody_else_can(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    srv.user("olle@example.org", "Olle", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let thread = srv.case(&anna, &group, "Trötthet", "Kvinna i 50-årsåldern.");
    srv.reply(&anna, &thread, None, "**Uppföljning** om två veckor.");
    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    let md = a.get(&format!("/groups/{}/export.md", group.id)).await;
    assert_eq!(md.status, 200);
    assert!(
        md.header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    assert!(md.body.contains("## Trötthet") && md.body.contains("**Uppföljning** om två veckor."));
    let html = a.get(&format!("/groups/{}/export.html", group.id)).await;
    assert!(html.body.contains("<strong>Uppföljning</strong>"));
    let o = srv.browser();
    o.sign_in("olle@example.org").await;
    assert_eq!(
        o.get(&format!("/groups/{}/export.md", group.id))
            .await
            .status,
        404
    );
}
db_test!(members_download_their_groups_threads_and_nobody_else_can);

async fn a_member_downloads_everything_they_wrote_and_nothing_else(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let erik = srv.user("erik@example.org", "Erik Holm", Role::Member);
    let group = srv.group_with(&admin, "FQ Norr", &[&anna, &erik]);
    let thread = srv.case(&anna, &group, "Yrsel", "Min **egen** fallbeskrivning.");
    srv.reply(&erik, &thread, None, "Eriks svar, inte Annas.");
    srv.reply(&anna, &thread, None, "Annas andra inlägg.");

    let mut api = srv.api();
    api.login("anna@example.org").await;
    let mine = api.get("/api/v1/me/export").await;
    assert_eq!(mine.status, 200, "{}", mine.body);
    let mine = mine.json();
    let posts = mine["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 2, "{mine}");
    assert_eq!(
        posts[0]["body"], "Min **egen** fallbeskrivning.",
        "as written, in Markdown"
    );
    assert_eq!(posts[0]["starts_thread"], true);
    assert_eq!(posts[1]["starts_thread"], false);
    assert_eq!(posts[0]["group"], "FQ Norr");
    assert!(
        !mine.to_string().contains("Eriks svar"),
        "nobody else's text"
    );

    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    assert!(b.get("/account").await.body.contains("/account/export.md"));
    let md = b.get("/account/export.md").await;
    assert_eq!(md.status, 200);
    assert!(
        md.header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    assert!(md.body.contains("Annas andra inlägg.") && !md.body.contains("Eriks svar"));
    let json = b.get("/account/export.json").await;
    assert_eq!(json.json()["email"], "anna@example.org");
    assert_eq!(b.get("/account/export.exe").await.status, 404);
    assert_eq!(
        srv.browser().get("/account/export.json").await.status,
        303,
        "signed in only"
    );
}
db_test!(a_member_downloads_everything_they_wrote_and_nothing_else);

async fn a_member_deletes_their_account_and_only_former_member_remains(srv: TestServer) {
    use diesel::prelude::*;
    use kollega::db::schema::groups;
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let erik = srv.user("erik@example.org", "Erik Holm", Role::Member);
    let keep = srv.group_with(&admin, "Behåller", &[&anna, &erik]);
    let remove = srv.group_with(&admin, "Tömmer", &[&anna, &erik]);
    // The group's setting, by its manager; members cannot change it.
    let mut member_api = srv.api();
    member_api.login("erik@example.org").await;
    let settings = format!("/api/v1/groups/{}", remove.id);
    let body = serde_json::json!({"departed_posts": "remove"});
    assert_eq!(member_api.patch(&settings, body.clone()).await.status, 403);
    let mut manager = srv.api();
    manager.login("admin@example.org").await;
    let bad = manager
        .patch(&settings, serde_json::json!({"departed_posts": "burn"}))
        .await;
    assert_eq!(bad.status, 422);
    let set = manager.patch(&settings, body).await;
    assert_eq!(
        (set.status, set.json()["departed_posts"].as_str()),
        (200, Some("remove")),
        "{}",
        set.body
    );
    let stored: String = groups::table
        .find(&remove.id)
        .select(groups::departed_posts)
        .first(&mut *srv.conn())
        .unwrap();
    assert_eq!(stored, "remove");
    let kept = srv.case(&erik, &keep, "Fall A", "Eriks fall.");
    srv.reply(&anna, &kept, None, "Annas svar som får stå kvar.");
    let emptied = srv.case(&erik, &remove, "Fall B", "Eriks andra fall.");
    srv.reply(&anna, &emptied, None, "Annas svar som ska bort.");

    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let wrong = b
        .post_form("/account/delete", &[("password", "not it")])
        .await;
    assert_eq!(wrong.status, 422, "the password is asked for");
    let done = b
        .post_form("/account/delete", &[("password", crate::harness::PASSWORD)])
        .await;
    assert_eq!(
        (done.status, done.location_path().as_str()),
        (303, "/login")
    );
    assert_eq!(b.get("/groups").await.status, 303, "signed out");
    let again = srv.api();
    let login = again
        .post(
            "/api/v1/auth/login",
            serde_json::json!({"email": "anna@example.org", "password": crate::harness::PASSWORD}),
        )
        .await;
    assert_eq!(login.status, 401);

    let e = srv.browser();
    e.sign_in("erik@example.org").await;
    let a = e.get(&format!("/threads/{}", kept.id)).await.body;
    assert!(
        a.contains("Annas svar som får stå kvar.")
            && a.contains("Former member")
            && !a.contains("Anna Lind")
    );
    let b2 = e.get(&format!("/threads/{}", emptied.id)).await.body;
    assert!(
        !b2.contains("Annas svar som ska bort.") && b2.contains("Borttaget på skribentens begäran")
    );
    let row: (String, String, Option<String>) = {
        use kollega::db::schema::users;
        users::table
            .find(&anna.id)
            .select((users::name, users::email, users::password_hash))
            .first(&mut *srv.conn())
            .unwrap()
    };
    assert!(
        !row.0.contains("Anna") && !row.1.contains("anna") && row.2.is_none(),
        "{row:?}"
    );

    // Admins delete on request; nobody else can delete another's account.
    let mut erik_api = srv.api();
    erik_api.login("erik@example.org").await;
    assert_eq!(
        erik_api
            .request_delete(&format!("/api/v1/users/{}", admin.id))
            .await
            .status,
        403
    );
    let mut adm = srv.api();
    adm.login("admin@example.org").await;
    assert_eq!(
        adm.request_delete(&format!("/api/v1/users/{}", erik.id))
            .await
            .status,
        204
    );
    assert_eq!(
        erik_api.get("/api/v1/me").await.status,
        401,
        "his tokens die with the account"
    );
}
db_test!(a_member_deletes_their_account_and_only_former_member_remains);

async fn closed_groups_lose_their_content_after_the_retention_period(srv: TestServer) {
    use diesel::prelude::*;
    use kollega::db::schema::{groups, posts, threads};
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let old = srv.group_with(&admin, "Stängd länge", &[&anna]);
    let recent = srv.group_with(&admin, "Nyss stängd", &[&anna]);
    let open = srv.group_with(&admin, "Öppen", &[&anna]);
    for g in [&old, &recent, &open] {
        let t = srv.case(&anna, g, "Fall", "Text.");
        srv.reply(&anna, &t, None, "Svar.");
    }
    let now = chrono::Utc::now().naive_utc();
    for (g, days) in [(&old, 200), (&recent, 20)] {
        diesel::update(groups::table.find(&g.id))
            .set((
                groups::closed_at.eq(Some(now - chrono::Duration::days(days))),
                groups::closed_reason.eq(Some("tyst")),
            ))
            .execute(&mut *srv.conn())
            .unwrap();
    }
    let count = |g: &str| -> i64 {
        threads::table
            .inner_join(posts::table)
            .filter(threads::group_id.eq(g))
            .count()
            .get_result(&mut *srv.conn())
            .unwrap()
    };
    assert_eq!(
        kollega::moderation::purge_closed_groups(&mut srv.conn(), now, 0).unwrap(),
        0,
        "0 keeps for ever"
    );
    assert_eq!(
        kollega::moderation::purge_closed_groups(&mut srv.conn(), now, 6).unwrap(),
        1
    );
    assert_eq!(
        (count(&old.id), count(&recent.id), count(&open.id)),
        (0, 2, 2)
    );
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    assert_eq!(
        b.get(&format!("/groups/{}", old.id)).await.status,
        200,
        "the group itself stays"
    );
}
db_test!(closed_groups_lose_their_content_after_the_retention_period);
