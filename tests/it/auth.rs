//! Signing in and out, sessions, passwords, CSRF, invitations, language.

use crate::db_test;
use crate::harness::{PASSWORD, TestServer};
use kollega::accounts::Role;

async fn member_signs_in_sees_groups_and_signs_out(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    srv.group_with(&admin, "FQ Norrland", &[&anna]);
    let b = srv.browser();

    let resp = b.get("/groups").await;
    assert_eq!(resp.status, 303, "signed-out visitors are sent to sign in");
    assert!(resp.location().starts_with("/login?next="));

    let resp = b.sign_in("Anna@Example.org").await;
    assert_eq!(resp.location(), "/groups");
    let cookie = resp.header("set-cookie").expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let page = b.get("/groups").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("FQ Norrland"));
    let thread = {
        let anna = kollega::accounts::find_user_by_email(&mut srv.conn(), "anna@example.org")
            .unwrap()
            .unwrap();
        let group = kollega::groups::list_groups_for(&mut srv.conn(), &anna).unwrap();
        srv.case(&anna, &group[0].0, "Fall", "Text.")
    };
    let thread_page = format!("/threads/{}", thread.id);
    assert_eq!(b.get(&thread_page).await.status, 200);

    let resp = b.post_form("/logout", &[]).await;
    assert_eq!(resp.status, 303);
    assert_eq!(b.get("/groups").await.status, 303, "signed out");
    let resp = b.get(&thread_page).await;
    assert_eq!(
        resp.status, 303,
        "signed out: the thread page asks to sign in"
    );
    assert!(resp.location().starts_with("/login"));
}
db_test!(member_signs_in_sees_groups_and_signs_out);

async fn a_wrong_password_is_refused_and_repeated_failures_are_throttled(srv: TestServer) {
    srv.user("anna@example.org", "Anna", Role::Member);
    let b = srv.browser();
    for _ in 0..5 {
        let resp = b
            .post_form(
                "/login",
                &[
                    ("email", "anna@example.org"),
                    ("password", "wrong password"),
                ],
            )
            .await;
        assert_eq!(resp.status, 401);
        assert!(
            resp.body.contains("Fel e-post eller lösenord"),
            "Swedish message shown"
        );
    }
    let resp = b
        .post_form(
            "/login",
            &[("email", "anna@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        resp.status, 429,
        "even the right password waits after repeated failures"
    );
    assert!(resp.header("retry-after").is_some());
    // An unknown email gets the same answer as a wrong password.
    let resp = b
        .post_form(
            "/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "whatever12345"),
            ],
        )
        .await;
    assert_eq!(resp.status, 401);
}
db_test!(a_wrong_password_is_refused_and_repeated_failures_are_throttled);

async fn forms_without_a_valid_csrf_token_are_refused(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "G", &[&anna]);
    let thread = srv.case(&anna, &group, "Case", "text");
    let b = srv.browser();
    b.get("/login").await;
    let resp = b
        .post_raw(
            "/login",
            &[("email", "anna@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(resp.status, 403);
    b.sign_in("anna@example.org").await;
    let path = format!("/threads/{}/posts", thread.id);
    let resp = b.post_raw(&path, &[("body", "no token")]).await;
    assert_eq!(resp.status, 403);
    let resp = b
        .post_raw(&path, &[("body", "forged token"), ("csrf_token", "AAAA")])
        .await;
    assert_eq!(resp.status, 403);
    assert!(
        resp.body.contains("Formuläret hade gått ut"),
        "explains what to do"
    );
    // A token made for another browser's cookie does not work either.
    let other = srv.state.keys.csrf_token("someone-else");
    let resp = b
        .post_raw(&path, &[("body", "stolen token"), ("csrf_token", &other)])
        .await;
    assert_eq!(resp.status, 403);
    let resp = b.post_form(&path, &[("body", "with token")]).await;
    assert_eq!(resp.status, 303);
}
db_test!(forms_without_a_valid_csrf_token_are_refused);

async fn a_tampered_session_cookie_is_refused(srv: TestServer) {
    srv.user("anna@example.org", "Anna", Role::Member);
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    b.set_cookie("kollega_session", &uuid::Uuid::new_v4().to_string());
    assert_eq!(b.get("/groups").await.status, 303);
}
db_test!(a_tampered_session_cookie_is_refused);

async fn changing_the_password_signs_out_other_sessions(srv: TestServer) {
    srv.user("anna@example.org", "Anna", Role::Member);
    let phone = srv.browser();
    phone.sign_in("anna@example.org").await;
    let laptop = srv.browser();
    laptop.sign_in("anna@example.org").await;

    let resp = laptop
        .post_form(
            "/account/password",
            &[
                ("current_password", "wrong"),
                ("new_password", "a new long password"),
                ("confirm_password", "a new long password"),
            ],
        )
        .await;
    assert_eq!(resp.status, 422, "wrong current password");

    let resp = laptop
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "short"),
                ("confirm_password", "short"),
            ],
        )
        .await;
    assert_eq!(resp.status, 422, "too short");

    let resp = laptop
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a new long password"),
                ("confirm_password", "a new long password"),
            ],
        )
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(
        laptop.get("/groups").await.status,
        200,
        "this session stays"
    );
    assert_eq!(
        phone.get("/groups").await.status,
        303,
        "the other session ended"
    );

    let fresh = srv.browser();
    let resp = fresh
        .post_form(
            "/login",
            &[
                ("email", "anna@example.org"),
                ("password", "a new long password"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303);
}
db_test!(changing_the_password_signs_out_other_sessions);

async fn an_invited_member_sets_a_password_and_gets_in(srv: TestServer) {
    let admin = srv.admin();
    let group = srv.group_with(&admin, "Balint Skåne", &[]);
    let b = srv.browser();
    b.sign_in("admin@example.org").await;
    let page = b
        .post_form(
            &format!("/groups/{}/members", group.id),
            &[
                ("email", "new@example.org"),
                ("name", "Nils Ny"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        !page.body.contains("/welcome/"),
        "the adder never sees the invitation link"
    );
    assert!(
        page.body.contains("mejlats"),
        "says the invitation was emailed"
    );
    // The invitation arrives by email (here: the directory transport).
    srv.mail_round(false).await;
    let mail = srv
        .dir_mail()
        .into_iter()
        .find(|m| m.contains("new@example.org"))
        .expect("invitation mail");
    let start = mail.find("/welcome/").expect("link in the mail");
    let link: String = mail[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();

    let invitee = srv.browser();
    let page = invitee.get(&link).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Nils Ny"));
    let resp = invitee
        .post_form(
            &link,
            &[
                ("password", "my own passphrase"),
                ("confirm_password", "my own passphrase"),
                ("accept_terms", "yes"),
            ],
        )
        .await;
    assert_eq!(resp.status, 303, "{}", resp.body);
    let page = invitee.get("/groups").await;
    assert!(page.body.contains("Balint Skåne"));
    // The link works once.
    let again = srv.browser();
    assert_eq!(
        again
            .post_form(
                &link,
                &[
                    ("password", "another passphrase"),
                    ("confirm_password", "another passphrase")
                ]
            )
            .await
            .status,
        409
    );
    assert_eq!(srv.browser().get("/welcome/not-a-token").await.status, 404);
}
db_test!(an_invited_member_sets_a_password_and_gets_in);

async fn the_ui_speaks_the_members_language(srv: TestServer) {
    srv.user("james@example.org", "James", Role::Member);
    let mut b = srv.browser();
    b.lang = "en-GB,en;q=0.9";
    let page = b.get("/login").await;
    assert!(
        page.body.contains("<h1>Sign in</h1>"),
        "English from Accept-Language"
    );
    b.lang = "sv-SE,sv;q=0.9,en;q=0.5";
    let page = b.get("/login").await;
    assert!(page.body.contains("<h1>Logga in</h1>"));
    b.sign_in("james@example.org").await;
    let resp = b.post_form("/account/language", &[("locale", "en")]).await;
    assert_eq!(resp.status, 303);
    let page = b.get("/groups").await;
    assert!(
        page.body.contains("My groups"),
        "the member's setting beats the browser"
    );
    assert!(page.body.contains(r#"<html lang="en">"#));
}
db_test!(the_ui_speaks_the_members_language);

#[test]
fn both_languages_have_the_same_texts() {
    fn keys(prefix: &str, v: &toml::Value, out: &mut Vec<String>) {
        if let toml::Value::Table(t) = v {
            for (k, v) in t {
                keys(&format!("{prefix}.{k}"), v, out);
            }
        } else {
            out.push(prefix.to_string());
        }
    }
    let load = |lang: &str| {
        let text = std::fs::read_to_string(format!(
            "{}/templates/i18n/{lang}.toml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let mut out = Vec::new();
        keys("", &toml::from_str(&text).unwrap(), &mut out);
        out.sort();
        out
    };
    assert_eq!(load("sv"), load("en"));
}

async fn sign_in_never_redirects_to_another_site(srv: TestServer) {
    srv.user("anna@example.org", "Anna", Role::Member);
    let b = srv.browser();
    for next in [
        "//evil.example/x",
        "/\t/evil.example",
        "/\\evil.example",
        "https://evil.example",
        "/ok\r\nSet-Cookie: x=y",
    ] {
        let resp = b
            .post_form(
                "/login",
                &[
                    ("email", "anna@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(resp.status, 303);
        assert_eq!(resp.location(), "/", "next={next:?}");
        b.post_form("/logout", &[]).await;
    }
    let resp = b
        .post_form(
            "/login",
            &[
                ("email", "anna@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(resp.location(), "/account");
}
db_test!(sign_in_never_redirects_to_another_site);

/// Every state-changing web form refuses a request without the CSRF token.
async fn every_web_form_needs_its_csrf_token(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "G", &[&anna]);
    let thread = srv.case(&anna, &group, "Case", "text");
    let post = srv.reply(&anna, &thread, None, "reply");
    let b = srv.browser();
    b.sign_in("admin@example.org").await;
    for path in [
        "/logout".to_string(),
        "/account/password".to_string(),
        "/account/language".to_string(),
        "/account/email".to_string(),
        "/groups".to_string(),
        format!("/groups/{}/members", group.id),
        "/password/forgot".to_string(),
    ] {
        assert_eq!(
            b.post_raw(&path, &[("x", "y")]).await.status,
            403,
            "POST {path}"
        );
    }
    let a = srv.browser();
    a.sign_in("anna@example.org").await;
    for path in [
        format!("/groups/{}/threads", group.id),
        format!("/threads/{}/posts", thread.id),
        format!("/posts/{}/edit", post.id),
    ] {
        assert_eq!(
            a.post_raw(&path, &[("title", "t"), ("body", "b")])
                .await
                .status,
            403,
            "POST {path}"
        );
    }
    assert_eq!(
        srv.browser()
            .post_raw("/login", &[("email", "x"), ("password", "y")])
            .await
            .status,
        403
    );
}
db_test!(every_web_form_needs_its_csrf_token);

async fn a_form_sent_after_the_session_expired_leads_back_to_its_page(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "G", &[&anna]);
    let thread = srv.case(&anna, &group, "Case", "text");
    let b = srv.browser();
    b.get("/login").await;
    let resp = b
        .post_form(
            &format!("/threads/{}/posts", thread.id),
            &[("body", "my long reply")],
        )
        .await;
    assert_eq!(resp.status, 303);
    assert_eq!(
        resp.location(),
        format!("/login?next=%2Fthreads%2F{}", thread.id),
        "back to the thread, where the draft waits"
    );
    let resp = b
        .post_form(
            &format!("/groups/{}/threads", group.id),
            &[("title", "t"), ("body", "b")],
        )
        .await;
    assert_eq!(
        resp.location(),
        format!("/login?next=%2Fgroups%2F{}%2Fthreads%2Fnew", group.id)
    );
}
db_test!(a_form_sent_after_the_session_expired_leads_back_to_its_page);

async fn asking_for_resets_never_locks_the_owner_out(srv: TestServer) {
    srv.user("anna@example.org", "Anna", Role::Member);
    let stranger = srv.browser();
    for _ in 0..5 {
        stranger
            .post_form("/password/forgot", &[("email", "anna@example.org")])
            .await;
    }
    let resp = stranger
        .post_form("/password/forgot", &[("email", "anna@example.org")])
        .await;
    assert_eq!(resp.status, 429, "a flood of reset mails is refused");
    srv.browser().sign_in("anna@example.org").await;
}
db_test!(asking_for_resets_never_locks_the_owner_out);
