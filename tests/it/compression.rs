//! Pages on a weak mobile connection: CSRF tokens masked per response (so
//! compression cannot leak them), compressed HTML, and static assets under
//! content-hashed names that phones keep for a year.

use crate::db_test;
use crate::harness::{PASSWORD, TestServer};

/// The first form token on a page.
fn form_token(html: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = html.find(marker).expect("a form with a CSRF token") + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn every_page_load_carries_a_fresh_csrf_token_and_each_one_works(srv: TestServer) {
    srv.user(
        "anna@example.org",
        "Anna Lind",
        kollega::accounts::Role::Member,
    );
    let b = srv.browser();
    let first = form_token(&b.get("/login").await.body);
    let second = form_token(&b.get("/login").await.body);
    assert_ne!(first, second, "the token is masked afresh per response");

    // A tampered token is refused: one character of the masked half changed.
    let mut tampered = second.clone().into_bytes();
    let last = tampered.len() - 2;
    tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    for token in [tampered.as_str(), "", &second[..second.len() - 4]] {
        let resp = b
            .post_raw(
                "/login",
                &[
                    ("csrf_token", token),
                    ("email", "anna@example.org"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(resp.status, 403, "token {token:?} must be refused");
    }

    // Both genuine tokens are accepted (the second after signing out again).
    for token in [&first, &second] {
        let resp = b
            .post_raw(
                "/login",
                &[
                    ("csrf_token", token.as_str()),
                    ("email", "anna@example.org"),
                    ("password", PASSWORD),
                    ("next", "/groups"),
                ],
            )
            .await;
        assert_eq!(resp.status, 303, "token {token} accepted: {}", resp.body);
        let page = b.get("/groups").await;
        assert_eq!(page.status, 200);
        let resp = b
            .post_raw("/logout", &[("csrf_token", &form_token(&page.body))])
            .await;
        assert_eq!(resp.status, 303);
    }
}
db_test!(every_page_load_carries_a_fresh_csrf_token_and_each_one_works);
