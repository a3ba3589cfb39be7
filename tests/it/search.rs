//! Search within my groups: titles and posts, on both databases, and never a
//! word from a group I do not belong to.

use crate::db_test;
use crate::harness::TestServer;
use kollega::accounts::Role;

async fn members_find_titles_and_posts_in_their_own_groups_only(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna Lind", Role::Member);
    let olle = srv.user("olle@example.org", "Olle Outsider", Role::Member);
    let mine = srv.group_with(&admin, "FQ Norr", &[&anna]);
    let theirs = srv.group_with(&admin, "FQ Syd", &[&olle]);
    let thread = srv.case(
        &anna,
        &mine,
        "Yrsel hos äldre",
        "Kvinna i 80-årsåldern med yrsel.",
    );
    let post = srv.reply(
        &anna,
        &thread,
        None,
        "Har hon fått nya blodtrycksmediciner?",
    );
    srv.case(
        &olle,
        &theirs,
        "Yrsel efter förkylning",
        "Blodtrycksmediciner utsatta.",
    );

    let mut api = srv.api();
    api.login("anna@example.org").await;
    let hits = api.get("/api/v1/search?q=blodtrycksmedicin").await;
    assert_eq!(hits.status, 200, "{}", hits.body);
    let hits = hits.json();
    let hits = hits.as_array().unwrap();
    assert_eq!(
        hits.len(),
        1,
        "a prefix finds the post, in my group only: {hits:?}"
    );
    assert_eq!(hits[0]["post_id"], post.id.as_str());
    assert!(
        hits[0]["snippet"]
            .as_str()
            .unwrap()
            .contains("blodtrycksmediciner")
    );

    let titles = api.get("/api/v1/search?q=YRSEL%20%C3%A4ldre").await.json();
    let titles = titles.as_array().unwrap();
    assert!(
        titles
            .iter()
            .any(|h| h["post_id"].is_null() && h["thread_title"] == "Yrsel hos äldre"),
        "the title, case folded, every word: {titles:?}"
    );
    assert!(titles.iter().all(|h| h["group_name"] == "FQ Norr"));

    // Query syntax of either database is just text.
    for q in [
        "%22yrsel%22%20OR%20*",
        "yrsel%3A*%20%7C%20syd",
        "NEAR(yrsel)",
    ] {
        let r = api.get(&format!("/api/v1/search?q={q}")).await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
    }
    assert_eq!(api.get("/api/v1/search?q=%2A%2A").await.status, 422);

    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let page = b.get("/search?q=yrsel").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Yrsel hos äldre") && !page.body.contains("förkylning"));
    assert_eq!(b.get("/search").await.status, 200, "the empty form");
    let outsider = b.get("/search?q=blodtrycksmediciner").await;
    assert!(outsider.body.contains(&post.id));
}
db_test!(members_find_titles_and_posts_in_their_own_groups_only);

/// The results page: plain-text snippets cut between words, the words found
/// marked, one entry per thread with its count, and the total.
async fn results_are_grouped_by_thread_with_the_words_marked(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    let thread = srv.case(
        &erik,
        &group,
        "Trötthet",
        "Kvinna i 50-årsåldern, **trött** sedan i våras.",
    );
    srv.reply(&anna, &thread, None, "Är hon _trött_ även på morgonen?");
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let page = b.get("/search?q=tr%C3%B6tt").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.body
            .matches(&format!("<a href=\"/threads/{}\">", thread.id))
            .count(),
        1,
        "the thread once"
    );
    assert!(page.body.contains("<mark>trött</mark>"), "marked");
    assert!(
        !page.body.contains("**trött**") && !page.body.contains("_trött_"),
        "no Markdown"
    );
    // The title (Trötthet: a word starting with the term) and the two posts.
    assert!(page.body.contains("3 träffar i 1 tråd"), "counted");
}
db_test!(results_are_grouped_by_thread_with_the_words_marked);
