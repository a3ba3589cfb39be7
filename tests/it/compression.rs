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

/// GET `path` as a signed-in member's phone would, with this Accept-Encoding
/// (None: the header left out); the status, headers and raw bytes on the wire.
async fn fetch(
    srv: &TestServer,
    path: &str,
    cookie: &str,
    accept_encoding: Option<&str>,
) -> (u16, awc::http::header::HeaderMap, Vec<u8>) {
    let mut req = TestServer::client()
        .get(format!("{}{}", srv.base, path))
        .insert_header(("Cookie", cookie));
    if let Some(enc) = accept_encoding {
        req = req.insert_header(("Accept-Encoding", enc));
    }
    let mut res = req.send().await.expect("GET");
    let body = res.body().limit(10 * 1024 * 1024).await.expect("body");
    (res.status().as_u16(), res.headers().clone(), body.to_vec())
}

fn header<'a>(headers: &'a awc::http::header::HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("valid brotli");
    out
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

/// The page without its form tokens, which differ per response by design.
fn comparable(html: &[u8]) -> String {
    let html = String::from_utf8(html.to_vec()).expect("UTF-8 page");
    let marker = r#"name="csrf_token" value=""#;
    let mut out = String::new();
    let mut rest = html.as_str();
    while let Some(i) = rest.find(marker) {
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out
}

async fn a_long_thread_reaches_the_phone_compressed_and_reads_the_same(srv: TestServer) {
    let (anna, erik, group) = srv.norrland();
    let body = "Kvinna i 50-årsåldern med **trötthet** sedan i höstas. Normala prover: Hb, TSH, B12.\n\n\
                - sover dåligt\n- mycket på jobbet\n\nHur går ni vidare?";
    let thread = srv.case(&erik, &group, "Trött kvinna", body);
    // The seed posts faster than members may (as benches/thread_page.rs does).
    let mut rules = srv.state.post_rules();
    rules.max_posts_per_10_minutes = 0;
    for i in 1..200 {
        let author = if i % 2 == 0 { &erik } else { &anna };
        let text = format!("{i}: {body}");
        kollega::threads::create_post(
            &mut srv.conn(),
            author,
            &thread.id,
            None,
            &text,
            &[],
            &rules,
        )
        .unwrap();
    }
    let sid = kollega::accounts::create_session(
        &mut srv.conn(),
        &anna.id,
        kollega::accounts::SessionKind::Web,
        chrono::Duration::days(1),
    )
    .unwrap();
    let session = kollega::http::session_cookie(&srv.state, &sid);
    let cookie = format!("{}={}; kollega_csrf=c", session.name(), session.value());
    let path = format!("/threads/{}", thread.id);

    // The first visit marks the posts read; later loads are alike.
    fetch(&srv, &path, &cookie, None).await;
    let (status, headers, plain) = fetch(&srv, &path, &cookie, None).await;
    assert_eq!(status, 200);
    assert_eq!(
        header(&headers, "content-encoding"),
        "",
        "no header, no encoding"
    );
    assert!(plain.len() > 100_000, "a long page: {} bytes", plain.len());
    let page = comparable(&plain);
    assert_eq!(page.matches("199: Kvinna").count(), 1, "the whole thread");

    // Twice each: the second time the posts' compressed block is cached and
    // only the page around it is compressed (src/compress.rs).
    let br = ("br", unbrotli as fn(&[u8]) -> Vec<u8>);
    let gzip = ("gzip", gunzip as fn(&[u8]) -> Vec<u8>);
    for (encoding, decode) in [br, gzip, br, gzip] {
        let (status, headers, wire) = fetch(&srv, &path, &cookie, Some(encoding)).await;
        assert_eq!(status, 200);
        assert_eq!(header(&headers, "content-encoding"), encoding);
        assert!(
            header(&headers, "vary").contains("accept-encoding")
                || header(&headers, "vary").contains("Accept-Encoding"),
            "caches keep the encodings apart"
        );
        println!(
            "200-post thread: {} bytes plain, {} bytes {encoding} ({:.1}%)",
            plain.len(),
            wire.len(),
            wire.len() as f64 * 100.0 / plain.len() as f64
        );
        assert!(
            wire.len() * 5 < plain.len(),
            "{encoding}: {} bytes of {}",
            wire.len(),
            plain.len()
        );
        let decoded = comparable(&decode(&wire));
        let differs_at = decoded.bytes().zip(page.bytes()).position(|(a, b)| a != b);
        assert!(
            decoded == page,
            "{encoding} decodes to the page; differs at byte {differs_at:?}: {:?}",
            differs_at.map(|i| &decoded[i.saturating_sub(80)..(i + 80).min(decoded.len())])
        );
    }

    // CSS and JS are compressed too; probes and the scraper stay plain.
    for asset in ["/assets/style.css", "/assets/app.js"] {
        let (status, headers, _) = fetch(&srv, asset, "", Some("gzip")).await;
        assert_eq!(status, 200);
        assert_eq!(header(&headers, "content-encoding"), "gzip", "{asset}");
    }
    for probe in ["/healthz", "/readyz", "/metrics"] {
        let (status, headers, body) = fetch(&srv, probe, "", Some("br, gzip")).await;
        assert_eq!(status, 200, "{probe}");
        assert_eq!(
            header(&headers, "content-encoding"),
            "",
            "{probe} stays plain"
        );
        assert!(String::from_utf8(body).is_ok(), "{probe} is text");
    }
}
db_test!(a_long_thread_reaches_the_phone_compressed_and_reads_the_same);

/// The URL a page links for an asset, e.g. `/assets/style.1a2b3c4d5e.css`.
fn linked(html: &str, before: &str, stem: &str) -> String {
    let marker = format!(r#"{before}="/assets/{stem}."#);
    let start = html.find(&marker).expect("the page links the asset") + before.len() + 2;
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn assets_have_content_hashed_names_a_phone_keeps_for_a_year(srv: TestServer) {
    let page = srv.browser().get("/login").await;
    assert_eq!(page.status, 200);
    for (url, plain, kind) in [
        (
            linked(&page.body, "href", "style"),
            "/assets/style.css",
            "text/css",
        ),
        (
            linked(&page.body, "src", "app"),
            "/assets/app.js",
            "text/javascript",
        ),
    ] {
        let hash = url.split('.').nth(1).unwrap_or_default();
        assert!(
            hash.len() == 10 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{url} carries a content hash"
        );
        let (status, headers, hashed_body) = fetch(&srv, &url, "", None).await;
        assert_eq!(status, 200, "{url}");
        assert!(header(&headers, "content-type").starts_with(kind), "{url}");
        assert_eq!(
            header(&headers, "cache-control"),
            "public, max-age=31536000, immutable",
            "{url}"
        );
        // The old name still answers, with the same file, but is not kept for good.
        let (status, headers, plain_body) = fetch(&srv, plain, "", None).await;
        assert_eq!(status, 200, "{plain}");
        assert_eq!(plain_body, hashed_body, "{plain} is the same file");
        assert!(!header(&headers, "cache-control").contains("immutable"));
        // A hash the content does not have names nothing.
        let stale = url.replace(hash, "0000000000");
        assert_eq!(fetch(&srv, &stale, "", None).await.0, 404, "{stale}");
    }
}
db_test!(assets_have_content_hashed_names_a_phone_keeps_for_a_year);
