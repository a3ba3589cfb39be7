//! Who may do what: every role-restricted route, tried by every role. Members
//! and facilitators act within their group; moderators manage membership and
//! close groups without reading them; admins also form groups and read the
//! audit log. Group content stays for members only (404 for everyone else).

use crate::db_test;
use crate::harness::{Api, Browser, TestServer};
use kollega::accounts::Role;
use kollega::groups::{self, MemberRole};
use serde_json::json;

const ACTORS: [&str; 6] = [
    "anonymous",
    "member",
    "facilitator",
    "outsider",
    "moderator",
    "admin",
];

fn email(actor: &str) -> String {
    format!("{actor}@example.org")
}

async fn api_for<'a>(srv: &'a TestServer, actor: &str) -> Api<'a> {
    let mut api = srv.api();
    if actor != "anonymous" {
        api.login(&email(actor)).await;
    }
    api
}

async fn browser_for<'a>(srv: &'a TestServer, actor: &str) -> Browser<'a> {
    let b = srv.browser();
    if actor != "anonymous" {
        b.sign_in(&email(actor)).await;
    }
    b
}

/// Compares what each actor got with what they should get, reporting all at once.
fn check(route: &str, got: &[(&str, u16)], want: [u16; 6]) -> Vec<String> {
    got.iter()
        .zip(want)
        .filter(|((_, g), w)| g != w)
        .map(|((actor, g), w)| format!("{route}: {actor} got {g}, expected {w}"))
        .collect()
}

async fn every_route_admits_only_the_right_roles(srv: TestServer) {
    let admin = srv.user(&email("admin"), "Admin", Role::Admin);
    srv.user(&email("moderator"), "Moa", Role::Moderator);
    srv.user(&email("outsider"), "Olle", Role::Member);
    let member = srv.user(&email("member"), "Mia", Role::Member);
    let facilitator = srv.user(&email("facilitator"), "Fia", Role::Member);
    let victims: Vec<_> = ACTORS
        .iter()
        .map(|a| srv.user(&format!("victim-{a}@example.org"), "Vera", Role::Member))
        .collect();
    let mut everyone = vec![&member];
    everyone.extend(victims.iter());
    let group = srv.group_with(&admin, "FQ", &everyone);
    groups::add_member(
        &mut srv.conn(),
        &srv.state.keys,
        "",
        chrono::Duration::days(1),
        &admin,
        &group.id,
        &facilitator.email,
        None,
        MemberRole::Facilitator,
    )
    .unwrap();
    srv.case(&member, &group, "Fall", "Text.");
    let g = &group.id;
    let mut wrong = Vec::new();

    // The API, one route at a time, every actor in turn.
    let mut got = Vec::new();
    for actor in ACTORS {
        let api = api_for(&srv, actor).await;
        got.push((
            actor,
            api.post("/api/v1/groups", json!({"name": format!("Ny {actor}")}))
                .await
                .status,
        ));
    }
    wrong.extend(check(
        "POST /api/v1/groups",
        &got,
        [401, 403, 403, 403, 403, 201],
    ));

    let mut got = Vec::new();
    for actor in ACTORS {
        let api = api_for(&srv, actor).await;
        let body = json!({"email": format!("new-{actor}@example.org"), "name": "Ny Kollega"});
        got.push((
            actor,
            api.post(&format!("/api/v1/groups/{g}/members"), body)
                .await
                .status,
        ));
    }
    wrong.extend(check(
        "POST /api/v1/groups/{id}/members",
        &got,
        [401, 403, 201, 404, 201, 201],
    ));

    let mut got = Vec::new();
    for (actor, victim) in ACTORS.iter().zip(&victims) {
        let api = api_for(&srv, actor).await;
        let path = format!("/api/v1/groups/{g}/members/{}", victim.id);
        got.push((*actor, api.request_delete(&path).await.status));
    }
    wrong.extend(check(
        "DELETE /api/v1/groups/{id}/members/{user_id}",
        &got,
        [401, 403, 204, 404, 204, 204],
    ));

    let mut got = Vec::new();
    for actor in ACTORS {
        let api = api_for(&srv, actor).await;
        let body = json!({"departed_posts": "keep"});
        got.push((
            actor,
            api.patch(&format!("/api/v1/groups/{g}"), body).await.status,
        ));
    }
    wrong.extend(check(
        "PATCH /api/v1/groups/{id}",
        &got,
        [401, 403, 200, 404, 200, 200],
    ));
    let mut got = Vec::new();
    for actor in ACTORS {
        let b = browser_for(&srv, actor).await;
        let status = b
            .post_form(
                &format!("/groups/{g}/settings"),
                &[("departed_posts", "keep")],
            )
            .await
            .status;
        got.push((actor, status));
    }
    wrong.extend(check(
        "POST /groups/{id}/settings",
        &got,
        [303, 403, 303, 404, 303, 303],
    ));

    let (mut closing, mut reopening) = (Vec::new(), Vec::new());
    for actor in ACTORS {
        let api = api_for(&srv, actor).await;
        let close = format!("/api/v1/groups/{g}/close");
        closing.push((
            actor,
            api.post(&close, json!({"reason": "Tyst länge"}))
                .await
                .status,
        ));
        // Reopened by the same actor, so the next one finds the group open.
        let reopen = format!("/api/v1/groups/{g}/reopen");
        reopening.push((actor, api.post(&reopen, json!({})).await.status));
    }
    wrong.extend(check(
        "POST /api/v1/groups/{id}/close",
        &closing,
        [401, 403, 403, 403, 200, 200],
    ));
    wrong.extend(check(
        "POST /api/v1/groups/{id}/reopen",
        &reopening,
        [401, 403, 403, 403, 200, 200],
    ));

    for (route, want) in [
        ("/api/v1/moderation/groups", [401, 403, 403, 403, 200, 200]),
        ("/api/v1/audit", [401, 403, 403, 403, 403, 200]),
        // Content: members only; staff see membership, never the cases.
        (
            &format!("/api/v1/groups/{g}/threads") as &str,
            [401, 200, 200, 404, 404, 404],
        ),
        (
            &format!("/api/v1/groups/{g}") as &str,
            [401, 200, 200, 404, 200, 200],
        ),
    ] {
        let mut got = Vec::new();
        for actor in ACTORS {
            got.push((actor, api_for(&srv, actor).await.get(route).await.status));
        }
        wrong.extend(check(&format!("GET {route}"), &got, want));
    }

    // The web pages. Anonymous visitors are sent to sign in (303).
    for (route, want) in [
        ("/moderation", [303, 403, 403, 403, 200, 200]),
        ("/admin/proposals", [303, 403, 403, 403, 403, 200]),
        (
            &format!("/groups/{g}") as &str,
            [303, 200, 200, 404, 200, 200],
        ),
        (
            &format!("/groups/{g}/export.md") as &str,
            [303, 200, 200, 404, 404, 404],
        ),
    ] {
        let mut got = Vec::new();
        for actor in ACTORS {
            got.push((
                actor,
                browser_for(&srv, actor).await.get(route).await.status,
            ));
        }
        wrong.extend(check(&format!("GET {route}"), &got, want));
    }
    // Forms: only admins make proposals; the group page shows no cases to staff.
    let mut got = Vec::new();
    for actor in ACTORS {
        let b = browser_for(&srv, actor).await;
        let status = b
            .post_form("/admin/proposals", &[("seed", "1")])
            .await
            .status;
        got.push((actor, status));
    }
    // The admin's attempt is refused for want of registrants (422), not for the role.
    wrong.extend(check(
        "POST /admin/proposals",
        &got,
        [303, 403, 403, 403, 403, 422],
    ));
    // Web forms for membership and closing, each actor with their own victim.
    let web_victims: Vec<_> = ACTORS
        .iter()
        .map(|a| {
            let v = srv.user(&format!("web-victim-{a}@example.org"), "Vide", Role::Member);
            groups::add_member(
                &mut srv.conn(),
                &srv.state.keys,
                "",
                chrono::Duration::days(1),
                &admin,
                &group.id,
                &v.email,
                None,
                MemberRole::Member,
            )
            .unwrap();
            v
        })
        .collect();
    let (mut removing, mut adding, mut closing, mut moving, mut approving) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let nowhere = uuid::Uuid::new_v4();
    for (actor, victim) in ACTORS.iter().zip(&web_victims) {
        let b = browser_for(&srv, actor).await;
        let path = format!("/groups/{g}/members/{}/remove", victim.id);
        removing.push((
            *actor,
            b.post_form(&path, &[("reason", "flyttat")]).await.status,
        ));
        let email = format!("web-new-{actor}@example.org");
        let fields = [
            ("email", email.as_str()),
            ("name", "Ny"),
            ("role", "member"),
        ];
        adding.push((
            *actor,
            b.post_form(&format!("/groups/{g}/members"), &fields)
                .await
                .status,
        ));
        let status = b
            .post_form(&format!("/groups/{g}/close"), &[("reason", "Tyst länge")])
            .await
            .status;
        closing.push((*actor, status));
        b.post_form(&format!("/groups/{g}/reopen"), &[]).await;
        let path = format!("/admin/proposals/{nowhere}/move");
        let fields = [("registrant_id", "x"), ("to_group", "1")];
        moving.push((*actor, b.post_form(&path, &fields).await.status));
        let path = format!("/admin/proposals/{nowhere}/approve");
        approving.push((
            *actor,
            b.post_form(&path, &[("name_prefix", "X")]).await.status,
        ));
    }
    wrong.extend(check(
        "POST /groups/{id}/members/{user_id}/remove",
        &removing,
        [303, 403, 303, 404, 303, 303],
    ));
    wrong.extend(check(
        "POST /groups/{id}/members",
        &adding,
        [303, 403, 200, 404, 200, 200],
    ));
    wrong.extend(check(
        "POST /groups/{id}/close",
        &closing,
        [303, 403, 403, 403, 303, 303],
    ));
    // Admins get past the role check and find no such proposal.
    wrong.extend(check(
        "POST /admin/proposals/{id}/move",
        &moving,
        [303, 403, 403, 403, 403, 404],
    ));
    wrong.extend(check(
        "POST /admin/proposals/{id}/approve",
        &approving,
        [303, 403, 403, 403, 403, 404],
    ));
    let left = browser_for(&srv, "member").await;
    let leave = left
        .post_form(&format!("/groups/{g}/members/{}/remove", member.id), &[])
        .await;
    assert_eq!(
        (leave.status, leave.location_path().as_str()),
        (303, "/groups"),
        "a member leaves"
    );
    assert_eq!(
        left.get(&format!("/groups/{g}")).await.status,
        404,
        "and sees the group no more"
    );

    for actor in ["moderator", "admin"] {
        let page = browser_for(&srv, actor)
            .await
            .get(&format!("/groups/{g}"))
            .await;
        assert!(
            page.body.contains("Fia") && !page.body.contains("Fall"),
            "{actor} sees members, not cases"
        );
    }

    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
db_test!(every_route_admits_only_the_right_roles);
