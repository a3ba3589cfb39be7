//! No side door: every free-text field passes the identifier guard, not only
//! posts, and a refusal never repeats the identifier, in mail either.

use crate::db_test;
use crate::harness::TestServer;
use kollega::accounts::Role;
use serde_json::json;

const PNR: &str = "19121212-1212";

fn stored_anywhere(srv: &TestServer, needle: &str) -> Vec<String> {
    use diesel::RunQueryDsl;
    use diesel::sql_types::Text;
    #[derive(diesel::QueryableByName)]
    struct Hit {
        #[diesel(sql_type = Text)]
        place: String,
    }
    let like = format!("%{needle}%");
    let q = "SELECT 'groups' AS place FROM groups WHERE name LIKE $1 OR description LIKE $1 \
             UNION ALL SELECT 'threads' FROM threads WHERE title LIKE $1 \
             UNION ALL SELECT 'posts' FROM posts WHERE body LIKE $1 \
             UNION ALL SELECT 'audit_log' FROM audit_log WHERE detail LIKE $1 \
             UNION ALL SELECT 'registrants' FROM registrants WHERE wishes LIKE $1 \
             UNION ALL SELECT 'outbox' FROM outbox WHERE raw LIKE $1";
    diesel::sql_query(q)
        .bind::<Text, _>(&like)
        .load::<Hit>(&mut *srv.conn())
        .unwrap()
        .into_iter()
        .map(|h| h.place)
        .collect()
}

async fn group_names_descriptions_and_reasons_are_guarded(srv: TestServer) {
    let admin = srv.admin();
    let anna = srv.user("anna@example.org", "Anna", Role::Member);
    srv.user("mod@example.org", "Moa Moderator", Role::Moderator);
    let group = srv.group_with(&admin, "FQ Norr", &[&anna]);
    let mut adm = srv.api();
    adm.login("admin@example.org").await;
    for body in [
        json!({"name": format!("Grupp {PNR}"), "description": ""}),
        json!({"name": "Grupp", "description": format!("Vi tar upp pat {PNR} först.")}),
    ] {
        let resp = adm.post("/api/v1/groups", body).await;
        assert_eq!(resp.status, 422, "{}", resp.body);
        assert_eq!(resp.json()["error"], "patient_identifiers");
    }
    let mut m = srv.api();
    m.login("mod@example.org").await;
    let resp = m
        .post(
            &format!("/api/v1/groups/{}/close", group.id),
            json!({"reason": format!("Fallet med {PNR} är avslutat")}),
        )
        .await;
    assert_eq!(resp.status, 422, "{}", resp.body);
    assert!(stored_anywhere(&srv, "1212-1212").is_empty());
}
db_test!(group_names_descriptions_and_reasons_are_guarded);

async fn registration_wishes_are_guarded(srv: TestServer) {
    let b = srv.browser();
    let resp = b
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
                (
                    "wishes",
                    &format!("Gärna samma grupp som min patient {PNR}"),
                ),
            ],
        )
        .await;
    assert_eq!(resp.status, 422, "{}", resp.body);
    assert!(stored_anywhere(&srv, "1212-1212").is_empty());
}
db_test!(registration_wishes_are_guarded);
