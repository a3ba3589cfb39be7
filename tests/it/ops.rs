//! Operations: liveness, readiness and Prometheus metrics.

use crate::db_test;
use crate::harness::{TestServer, collect};
use kollega::accounts::Role;
use serde_json::json;

async fn readyz_and_metrics_tell_operators_what_they_need_and_no_more(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    let group = srv.group_with(&admin, "FQ", &[&anna]);
    let b = srv.browser();
    assert_eq!(b.get("/healthz").await.status, 200);
    assert_eq!(b.get("/readyz").await.status, 200);

    // One post stopped by the guard; one reset link requested (a token in the path).
    let mut api = srv.api();
    api.login("anna@example.org").await;
    let stopped = api
        .post(
            &format!("/api/v1/groups/{}/threads", group.id),
            json!({"title": "Fall", "body": "Pat 19121212-1212 ringde.", "kind": "case"}),
        )
        .await;
    assert_eq!(stopped.status, 422);
    b.get("/password/reset/secret-token-in-path").await;

    let metrics = b.get("/metrics").await;
    assert_eq!(metrics.status, 200);
    let text = metrics.body;
    assert!(
        text.contains(
            r#"kollega_http_requests_total{method="GET",route="/healthz",status="200"} 1"#
        ),
        "{text}"
    );
    assert!(text.contains(r#"kollega_http_request_duration_seconds_bucket{le="#));
    assert!(
        text.contains(r#"kollega_posts_rejected_total{category="personal_id"} 1"#),
        "{text}"
    );
    assert!(text.contains(r#"kollega_outbox_messages{status="pending"}"#));
    assert!(text.contains(r#"kollega_outbox_messages{status="failed"} 0"#));
    for secret in ["19121212", "anna@example.org", "secret-token-in-path"] {
        assert!(!text.contains(secret), "metrics leak {secret}");
    }
}
db_test!(readyz_and_metrics_tell_operators_what_they_need_and_no_more);

#[actix_web::test]
async fn metrics_can_require_a_token() {
    let srv = TestServer::start_sqlite(|s| {
        s.server.metrics_token = kollega::secret::Secret::new("scrape-me");
    })
    .await;
    let url = format!("{}/metrics", srv.base);
    let none = collect(TestServer::client().get(&url).send().await.unwrap()).await;
    assert_eq!(none.status, 401);
    let wrong = TestServer::client()
        .get(&url)
        .insert_header(("Authorization", "Bearer nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(collect(wrong).await.status, 401);
    let right = TestServer::client()
        .get(&url)
        .insert_header(("Authorization", "Bearer scrape-me"))
        .send()
        .await
        .unwrap();
    assert_eq!(collect(right).await.status, 200);
}

/// PostgreSQL gone (here: the database dropped under the running server):
/// /healthz still answers, /readyz says 503.
#[actix_web::test]
#[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
async fn readyz_fails_when_the_database_is_gone() {
    let Some(srv) = TestServer::start_postgres(|_| {}).await else {
        return;
    };
    assert_eq!(srv.browser().get("/readyz").await.status, 200);
    let url = srv.state.settings.database.url.clone();
    let (base, name) = url.rsplit_once('/').unwrap();
    {
        use diesel::Connection;
        use diesel::connection::SimpleConnection;
        let mut admin = diesel::PgConnection::establish(&format!("{base}/postgres")).unwrap();
        admin
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .unwrap();
    }
    assert_eq!(srv.browser().get("/healthz").await.status, 200);
    assert_eq!(srv.browser().get("/readyz").await.status, 503);
}

/// Uptime monitors ask with HEAD: answered as GET would be, without a body.
#[actix_web::test]
async fn head_requests_are_answered_like_get_without_a_body() {
    let srv = TestServer::start_sqlite(|_| {}).await;
    let client = TestServer::client();
    for (path, status) in [("/healthz", 200), ("/login", 200), ("/groups", 303)] {
        let res = client
            .head(format!("{}{path}", srv.base))
            .send()
            .await
            .unwrap();
        let resp = collect(res).await;
        assert_eq!(resp.status, status, "HEAD {path}");
        assert!(resp.body.is_empty(), "HEAD {path} has no body");
    }
}

/// Every settings form says "Sparat" after saving.
async fn settings_forms_say_saved(srv: TestServer) {
    let (_anna, _erik, _group) = srv.norrland();
    let b = srv.browser();
    b.sign_in("anna@example.org").await;
    let resp = b.post_form("/account/language", &[("locale", "sv")]).await;
    assert_eq!(resp.status, 303);
    let page = b.get(&resp.location_path()).await;
    assert!(page.body.contains("Sparat."), "{}", resp.location_path());
}
db_test!(settings_forms_say_saved);

/// A phone can put kollega on its home screen: an icon, a manifest, and
/// /favicon.ico leads to the icon.
#[actix_web::test]
async fn icon_and_manifest_are_served_and_linked() {
    let srv = TestServer::start_sqlite(|_| {}).await;
    let b = srv.browser();
    let login = b.get("/login").await;
    assert!(login.body.contains("rel=\"icon\"") && login.body.contains("rel=\"manifest\""));
    let icon = b.get("/assets/favicon.svg").await;
    assert_eq!(icon.status, 200);
    assert_eq!(
        icon.header("content-type").as_deref(),
        Some("image/svg+xml")
    );
    let manifest = b.get("/assets/manifest.json").await;
    assert_eq!(manifest.json()["name"], "kollega");
    let ico = b.get("/favicon.ico").await;
    assert_eq!(
        (ico.status, ico.location()),
        (301, "/assets/favicon.svg".to_string())
    );
}
