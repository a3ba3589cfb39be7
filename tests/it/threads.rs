//! Posting cases, threaded replies, unread counts, editing.

use crate::db_test;
use crate::harness::TestServer;
use kollega::accounts::Role;

async fn a_member_posts_a_case_and_colleagues_reply_in_threads(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let erik = srv.user("erik@example.org", "Erik Holm", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &erik]);

    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    let resp = a.get(&format!("/groups/{}/threads/new", group.id)).await;
    assert_eq!(resp.status, 200);
    let resp = a
        .post_form(
            &format!("/groups/{}/threads", group.id),
            &[
                ("title", "Trött kvinna, normala prover"),
                ("body", "Kvinna i 50-årsåldern.\n\n**Vad gör ni?**"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    let thread_path = resp.location_path();
    assert!(thread_path.starts_with("/threads/"));
    let page = a.get(&thread_path).await;
    assert!(
        page.body.contains("<strong>Vad gör ni?</strong>"),
        "Markdown rendered"
    );

    let e = srv.browser();
    e.sign_in("erik@example.org").await;
    let resp = e
        .post_form(
            &format!("{thread_path}/posts"),
            &[("body", "Har du frågat om sömnen?")],
        )
        .await;
    assert_eq!(resp.status, 303);
    let first_reply = resp.location().rsplit("#post-").next().unwrap().to_string();
    let resp = a
        .post_form(
            &format!("{thread_path}/posts"),
            &[
                ("body", "Ja, hon sover dåligt."),
                ("parent_id", &first_reply),
            ],
        )
        .await;
    assert_eq!(resp.status, 303);

    let mut api = srv.api();
    api.login("erik@example.org").await;
    let t = api.get(&format!("/api/v1{thread_path}")).await.json();
    let posts = t["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 3);
    assert_eq!(posts[1]["id"], first_reply.as_str());
    assert_eq!(
        posts[2]["parent_id"],
        first_reply.as_str(),
        "the answer nests under the post it answers"
    );
    assert_eq!(posts[2]["author"]["name"], "Anna Lind");
    assert_eq!(t["kind"], "case");

    let page = e.get(&thread_path).await;
    assert!(page.body.contains("depth-1"), "nesting shown");
    assert!(page.body.contains("svar till Erik Holm"));
}
db_test!(a_member_posts_a_case_and_colleagues_reply_in_threads);

async fn the_group_page_counts_unread_posts_and_opening_marks_them_read(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let erik = srv.user("erik@example.org", "Erik", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &erik]);
    let old = srv.case(&anna, &group, "Older case", "one");
    let thread = srv.case(&anna, &group, "Newer case", "two");
    srv.reply(&anna, &thread, None, "three");

    let e = srv.browser();
    e.sign_in("erik@example.org").await;
    let page = e.get(&format!("/groups/{}", group.id)).await;
    let newer = page.body.find("Newer case").unwrap();
    let older = page.body.find("Older case").unwrap();
    assert!(newer < older, "latest activity first");
    assert!(
        page.body.contains(&format!("/threads/{}#p1", thread.id)),
        "links to the first unread post"
    );

    let mut api = srv.api();
    api.login("erik@example.org").await;
    let list = api
        .get(&format!("/api/v1/groups/{}/threads", group.id))
        .await
        .json();
    assert_eq!(list[0]["unread"], 2);
    assert_eq!(list[1]["unread"], 1);

    let page = e.get(&format!("/threads/{}", thread.id)).await;
    assert_eq!(
        page.body.matches("post depth-0 unread").count(),
        2,
        "both marked new on this visit"
    );
    let list = api
        .get(&format!("/api/v1/groups/{}/threads", group.id))
        .await
        .json();
    assert_eq!(list[0]["unread"], 0, "opening marked it read");

    srv.reply(&anna, &thread, None, "four");
    let list = api
        .get(&format!("/api/v1/groups/{}/threads", group.id))
        .await
        .json();
    assert_eq!(list[0]["unread"], 1);
    assert_eq!(list[0]["first_unread_seq"], 3);
    let page = e.get(&format!("/threads/{}", thread.id)).await;
    assert_eq!(
        page.body.matches(" unread\"").count(),
        1,
        "only the new post is new"
    );
    assert!(page.body.contains("Hoppa till första olästa"));

    // Your own post is not unread to you.
    let list_anna = {
        let mut a = srv.api();
        a.login("anna@example.org").await;
        a.get(&format!("/api/v1/groups/{}/threads", group.id))
            .await
            .json()
    };
    assert_eq!(list_anna[0]["unread"], 0);
    let _ = old;
}
db_test!(the_group_page_counts_unread_posts_and_opening_marks_them_read);

async fn an_author_edits_within_the_window_and_the_edit_is_marked(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let erik = srv.user("erik@example.org", "Erik", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &erik]);
    let thread = srv.case(&anna, &group, "Case", "first version");
    let post = srv.reply(&anna, &thread, None, "reply v1");

    // Erik reads first, so the posts are rendered and cached before the edits.
    let e = srv.browser();
    e.sign_in("erik@example.org").await;
    let before = e.get(&format!("/threads/{}", thread.id)).await;
    assert!(before.body.contains("reply v1"));
    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    let own = a.get(&format!("/threads/{}", thread.id)).await;
    let edit_link = format!("/posts/{}/edit", post.id);
    assert!(own.body.contains(&edit_link), "the author may edit");
    assert!(
        !before.body.contains(&edit_link),
        "others may not: not served from Anna's copy"
    );
    assert_eq!(a.get(&format!("/posts/{}/edit", post.id)).await.status, 200);
    let resp = a
        .post_form(&format!("/posts/{}/edit", post.id), &[("body", "reply v2")])
        .await;
    assert_eq!(resp.status, 303);
    let page = a.get(&format!("/threads/{}", thread.id)).await;
    assert!(page.body.contains("reply v2") && page.body.contains("(redigerat)"));
    let after = e.get(&format!("/threads/{}", thread.id)).await;
    assert!(
        after.body.contains("reply v2") && !after.body.contains("reply v1"),
        "an edit is never hidden by a cached rendering"
    );
    assert!(!after.body.contains(&edit_link));

    let mut erik_api = srv.api();
    erik_api.login("erik@example.org").await;
    let resp = erik_api
        .patch(
            &format!("/api/v1/posts/{}", post.id),
            serde_json::json!({"body": "hijack"}),
        )
        .await;
    assert_eq!(resp.status, 403, "members cannot edit each other's posts");
    assert_eq!(e.get(&format!("/posts/{}/edit", post.id)).await.status, 403);

    let mut api = srv.api();
    api.login("anna@example.org").await;
    let resp = api
        .patch(
            &format!("/api/v1/posts/{}", post.id),
            serde_json::json!({"body": "reply v3"}),
        )
        .await;
    assert_eq!(resp.status, 200);
    assert!(resp.json()["edited_at"].is_string());
    let resp = api
        .patch(
            &format!("/api/v1/posts/{}", post.id),
            serde_json::json!({"body": "   "}),
        )
        .await;
    assert_eq!(resp.status, 422);
    assert_eq!(resp.json()["field"], "body");
}
db_test!(an_author_edits_within_the_window_and_the_edit_is_marked);

#[actix_web::test]
async fn editing_after_the_window_is_refused() {
    let srv = TestServer::start_sqlite(|s| s.posts.edit_window_minutes = 0).await;
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let thread = srv.case(&anna, &group, "Case", "text");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let t = api
        .get(&format!("/api/v1/threads/{}", thread.id))
        .await
        .json();
    let post_id = t["posts"][0]["id"].as_str().unwrap().to_string();
    let resp = api
        .patch(
            &format!("/api/v1/posts/{post_id}"),
            serde_json::json!({"body": "late"}),
        )
        .await;
    assert_eq!(resp.status, 409);
    assert_eq!(resp.json()["error"], "edit_window_closed");
}

async fn a_script_in_a_post_renders_inert(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    let payload = "Hej <script>alert('x')</script><img src=x onerror=alert(1)> [klick](javascript:alert(1)) ![bild](https://tracker.example/p.png)";
    let resp = a
        .post_form(
            &format!("/groups/{}/threads", group.id),
            &[
                ("title", "<b>Title</b><script>x</script>"),
                ("body", payload),
            ],
        )
        .await;
    assert_eq!(resp.status, 303);
    let page = a.get(&resp.location()).await;
    let main = &page.body[page.body.find("<main").unwrap()..];
    assert!(!main.contains("<script"), "{main}");
    assert!(!main.contains("onerror"));
    assert!(!main.contains("javascript:"));
    assert!(!main.contains("<img"), "no remote images");
    assert!(
        main.contains("&lt;b&gt;Title&lt;&#x2F;b&gt;") || main.contains("&lt;b&gt;Title"),
        "title escaped"
    );
}
db_test!(a_script_in_a_post_renders_inert);

async fn a_rejected_post_keeps_the_draft_and_says_why(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    let resp = a
        .post_form(
            &format!("/groups/{}/threads", group.id),
            &[("title", "  "), ("body", "My careful draft")],
        )
        .await;
    assert_eq!(resp.status, 422);
    assert!(resp.body.contains("My careful draft"), "nothing is lost");
    assert!(resp.body.contains("Rubrik"), "names the field");
}
db_test!(a_rejected_post_keeps_the_draft_and_says_why);

async fn control_characters_in_a_title_are_refused(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let mut api = srv.api();
    api.login("anna@example.org").await;
    for title in ["Fall\r\nReply-To: x@evil.example", "Fall\u{0}"] {
        let resp = api
            .post(
                &format!("/api/v1/groups/{}/threads", group.id),
                serde_json::json!({"title": title, "body": "b", "kind": "case"}),
            )
            .await;
        assert_eq!(
            (resp.status, resp.json()["field"].as_str()),
            (422, Some("title")),
            "{title:?}"
        );
    }
    let resp = api
        .post(
            &format!("/api/v1/groups/{}/threads", group.id),
            serde_json::json!({"title": "t", "body": "a\u{0}b", "kind": "case"}),
        )
        .await;
    assert_eq!(
        resp.status, 422,
        "a NUL is refused, not a 500 on PostgreSQL"
    );
}
db_test!(control_characters_in_a_title_are_refused);

/// Members replying at the same moment: every reply lands, with its own seq.
async fn concurrent_replies_all_land_in_order(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let thread = srv.case(&anna, &group, "Case", "first");
    let root = srv.reply(&anna, &thread, None, "root");
    let mut handles = Vec::new();
    for i in 0..8 {
        let state = srv.state.clone();
        let (anna, tid, parent) = (anna.clone(), thread.id.clone(), root.id.clone());
        handles.push(std::thread::spawn(move || {
            let mut conn = state.pool.get().expect("connection");
            let parent = (i % 2 == 0).then_some(parent.as_str());
            kollega::threads::create_post(
                &mut conn,
                &anna,
                &tid,
                parent,
                &format!("svar {i}"),
                &[],
                &state.post_rules(),
            )
            .map(|p| p.seq)
        }));
    }
    let mut seqs: Vec<i32> = handles
        .into_iter()
        .map(|h| h.join().expect("thread").expect("reply stored"))
        .collect();
    seqs.sort();
    assert_eq!(seqs, (3..=10).collect::<Vec<i32>>());
}
db_test!(concurrent_replies_all_land_in_order);

/// A runaway script cannot flood a group: past the limit, 429 with Retry-After.
#[actix_web::test]
async fn posting_is_rate_limited_per_member() {
    let srv = TestServer::start_sqlite(|s| s.posts.max_posts_per_10_minutes = 3).await;
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let erik = srv.user("erik@example.org", "Erik", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &erik]);
    let thread = srv.case(&anna, &group, "Fall", "Text.");
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let path = format!("/api/v1/threads/{}/posts", thread.id);
    for i in 0..2 {
        let r = api
            .post(&path, serde_json::json!({"body": format!("svar {i}")}))
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let limited = api
        .post(&path, serde_json::json!({"body": "ett till"}))
        .await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(limited.header("retry-after").is_some());
    assert_eq!(
        srv.post_count(&thread.id),
        3,
        "nothing stored past the limit"
    );
    let mut e = srv.api();
    e.login("erik@example.org").await;
    assert_eq!(
        e.post(&path, serde_json::json!({"body": "Eriks svar"}))
            .await
            .status,
        201,
        "per member"
    );
}

/// Another instance (here: plain SQL on the same database) renames an author,
/// edits a post and removes one; this instance's cached thread must follow at
/// once, on the page and in the API. The database moves the thread's version.
async fn a_cached_thread_follows_changes_made_elsewhere(srv: TestServer) {
    use diesel::prelude::*;
    use kollega::db::schema::{posts, users};
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let erik = srv.user("erik@example.org", "Erik", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &erik]);
    let thread = srv.case(&anna, &group, "Fall", "Första inlägget.");
    let gone = srv.reply(&erik, &thread, None, "Ett svar som tas bort.");
    let kept = srv.reply(&erik, &thread, Some(&gone.id), "Ett svar som ändras.");
    let page = format!("/threads/{}", thread.id);
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let api_path = format!("/api/v1/threads/{}", thread.id);
    // Prime both caches.
    assert!(b.get(&page).await.body.contains("Ett svar som ändras."));
    assert_eq!(
        api.get(&api_path).await.json()["posts"][2]["author"]["name"],
        "Erik"
    );

    let mut conn = srv.conn();
    diesel::update(users::table.find(&erik.id))
        .set(users::name.eq("Erik Andersson"))
        .execute(&mut *conn)
        .unwrap();
    diesel::update(posts::table.find(&kept.id))
        .set((
            posts::body.eq("Ändrat någon annanstans."),
            posts::body_html.eq("<p>Ändrat någon annanstans.</p>"),
        ))
        .execute(&mut *conn)
        .unwrap();
    diesel::update(posts::table.find(&kept.id))
        .set(posts::parent_id.eq(None::<String>))
        .execute(&mut *conn)
        .unwrap();
    diesel::delete(posts::table.find(&gone.id))
        .execute(&mut *conn)
        .unwrap();
    drop(conn);

    let html = b.get(&page).await.body;
    assert!(html.contains("Ändrat någon annanstans."), "edit shows");
    assert!(!html.contains("Ett svar som ändras."), "old text gone");
    assert!(
        !html.contains("Ett svar som tas bort."),
        "removed post gone"
    );
    assert!(html.contains("Erik Andersson"), "new name shows");
    let json = api.get(&api_path).await.json();
    let posts = json["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 2, "{json}");
    assert_eq!(posts[1]["body"], "Ändrat någon annanstans.");
    assert_eq!(posts[1]["author"]["name"], "Erik Andersson");
}
db_test!(a_cached_thread_follows_changes_made_elsewhere);

/// A moderator closes the group while a member's reply is being written: on
/// PostgreSQL the reply waits for the closing transaction, then sees the
/// group closed and is refused; nothing is stored.
#[actix_web::test]
#[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
async fn a_group_closed_while_a_reply_is_written_takes_no_reply() {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, RunQueryDsl};
    let Some(srv) = TestServer::start_postgres(|_| {}).await else {
        return;
    };
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let thread = srv.case(&anna, &group, "Fall", "Text.");
    let mut closer = diesel::PgConnection::establish(&srv.state.settings.database.url).unwrap();
    closer.batch_execute("BEGIN").unwrap();
    diesel::sql_query("UPDATE groups SET closed_at = now() WHERE id = $1")
        .bind::<diesel::sql_types::Text, _>(&group.id)
        .execute(&mut closer)
        .unwrap();
    let state = srv.state.clone();
    let tid = thread.id.clone();
    let writer = std::thread::spawn(move || {
        let mut conn = state.pool.get().expect("connection");
        kollega::threads::create_post(
            &mut conn,
            &anna,
            &tid,
            None,
            "Ett svar medan gruppen stängs.",
            &[],
            &state.post_rules(),
        )
    });
    std::thread::sleep(std::time::Duration::from_millis(400));
    closer.batch_execute("COMMIT").unwrap();
    let result = writer.join().expect("writer");
    assert!(
        matches!(
            result,
            Err(kollega::error::AppError::Conflict(
                kollega::error::Code::GroupClosed
            ))
        ),
        "{result:?}"
    );
    assert_eq!(srv.post_count(&thread.id), 1, "only the opening post");
}

/// Replies sent at the same moment by one member are counted one at a time:
/// with a limit of three, exactly three land, however many race.
#[actix_web::test]
#[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
async fn concurrent_replies_by_one_member_stay_within_the_limit() {
    let Some(srv) = TestServer::start_postgres(|s| {
        s.posts.max_posts_per_10_minutes = 3;
        s.database.pool_size = 8;
    })
    .await
    else {
        return;
    };
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let erik = srv.user("erik@example.org", "Erik", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna, &erik]);
    let thread = srv.case(&erik, &group, "Fall", "Text.");
    let start = std::sync::Arc::new(std::sync::Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let (state, anna, tid, start) = (
                srv.state.clone(),
                anna.clone(),
                thread.id.clone(),
                start.clone(),
            );
            std::thread::spawn(move || {
                let mut conn = state.pool.get().expect("connection");
                start.wait();
                kollega::threads::create_post(
                    &mut conn,
                    &anna,
                    &tid,
                    None,
                    &format!("svar {i}"),
                    &[],
                    &state.post_rules(),
                )
            })
        })
        .collect();
    let results: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("writer"))
        .collect();
    let landed = results.iter().filter(|r| r.is_ok()).count();
    let limited = results
        .iter()
        .filter(|r| matches!(r, Err(kollega::error::AppError::TooManyRequests { .. })))
        .count();
    assert_eq!((landed, limited), (3, 5), "{results:?}");
    assert_eq!(srv.post_count(&thread.id), 4);
}

/// "Mina grupper" shows each group's unread posts.
async fn my_groups_show_unread_counts(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    let thread = srv.case(&erik, &group, "Fall", "Text.");
    srv.reply(&erik, &thread, None, "Ett till.");
    let _ = anna;
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let page = b.get("/groups").await;
    assert!(
        page.body.contains("<span class=\"unread-count\""),
        "{}",
        page.body
    );
    assert!(page.body.contains(">2 <span class=\"sr\">"), "two unread");
    b.get(&format!("/threads/{}", thread.id)).await;
    assert!(
        !b.get("/groups").await.body.contains("unread-count\""),
        "read now"
    );
}
crate::db_test!(my_groups_show_unread_counts);
