//! No log line, at any level, carries a post's text: the real `kollega serve`
//! and `kollega digest run` processes run with every target at trace level
//! while members post, get stopped by the guard, edit, and mail goes out over
//! SMTP; then everything they wrote to stdout and stderr is searched.

use std::process::{Command, Stdio};

use crate::harness::{SmtpServer, TestServer, collect};
use serde_json::json;

const SECRET_BODY: &str = "Kvinna med blåmärken som hon inte vill förklara";
const SECRET_REPLY: &str = "Fråga henne ensam om hemmet känns tryggt";
const SECRET_EDIT: &str = "Överväg kontakt med kvinnofridsmottagningen";
const IDENTIFIER: &str = "19121212-1212";

fn kollega(envs: &[(&str, String)], args: &[&str], stdin: &str) -> std::process::Output {
    let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    crate::harness::run_kollega(args, &envs, stdin.as_bytes())
}

#[actix_web::test]
async fn no_log_line_at_any_level_contains_a_post() {
    let smtp = SmtpServer::start(0);
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let envs = vec![
        (
            "KOLLEGA_DATABASE_URL",
            format!("sqlite://{}", dir.path().join("k.db").display()),
        ),
        ("KOLLEGA_BIND", format!("127.0.0.1:{port}")),
        ("KOLLEGA_SMTP_URL", smtp.url()),
        ("KOLLEGA_MAIL_DOMAIN", "kollega.test".into()),
        ("KOLLEGA_LOG", "trace".into()),
        ("KOLLEGA_SECURITY__ARGON2_MEMORY_KIB", "1024".into()),
        ("KOLLEGA_SECURITY__ARGON2_ITERATIONS", "1".into()),
    ];
    for (email, role) in [
        ("admin@example.org", "admin"),
        ("anna@example.org", "member"),
        ("erik@example.org", "member"),
    ] {
        let out = kollega(
            &envs,
            &[
                "user",
                "add",
                "--email",
                email,
                "--name",
                "Dr Test",
                "--role",
                role,
                "--password-stdin",
            ],
            "a long test password\n",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let server = Command::new(env!("CARGO_BIN_EXE_kollega"))
        .arg("serve")
        .envs(envs.iter().map(|(k, v)| (*k, v.as_str())))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let base = format!("http://127.0.0.1:{port}");
    let client = TestServer::client();
    for _ in 0..100 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let login = |email: &'static str| {
        let (client, base) = (client.clone(), base.clone());
        async move {
            let r = client
                .post(format!("{base}/api/v1/auth/login"))
                .send_json(&json!({"email": email, "password": "a long test password"}))
                .await
                .unwrap();
            collect(r).await.json()["token"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let call = |token: String, method: &'static str, path: String, body: serde_json::Value| {
        let (client, base) = (client.clone(), base.clone());
        async move {
            let req = match method {
                "PATCH" => client.patch(format!("{base}{path}")),
                _ => client.post(format!("{base}{path}")),
            };
            let r = req
                .insert_header(("Authorization", format!("Bearer {token}")))
                .send_json(&body)
                .await
                .unwrap();
            collect(r).await
        }
    };
    let admin = login("admin@example.org").await;
    let group = call(
        admin.clone(),
        "POST",
        "/api/v1/groups".into(),
        json!({"name": "FQ"}),
    )
    .await;
    let group_id = group.json()["id"].as_str().unwrap().to_string();
    for email in ["anna@example.org", "erik@example.org"] {
        let r = call(
            admin.clone(),
            "POST",
            format!("/api/v1/groups/{group_id}/members"),
            json!({"email": email}),
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let anna = login("anna@example.org").await;
    let erik = login("erik@example.org").await;
    let thread = call(
        anna.clone(),
        "POST",
        format!("/api/v1/groups/{group_id}/threads"),
        json!({"title": "Ett fall", "body": SECRET_BODY, "kind": "case"}),
    )
    .await;
    assert_eq!(thread.status, 201, "{}", thread.body);
    let thread_id = thread.json()["id"].as_str().unwrap().to_string();
    let stopped = call(
        erik.clone(),
        "POST",
        format!("/api/v1/threads/{thread_id}/posts"),
        json!({"body": format!("Hennes personnummer {IDENTIFIER}")}),
    )
    .await;
    assert_eq!(stopped.status, 422);
    let reply = call(
        erik.clone(),
        "POST",
        format!("/api/v1/threads/{thread_id}/posts"),
        json!({"body": SECRET_REPLY}),
    )
    .await;
    assert_eq!(reply.status, 201);
    let post_id = reply.json()["id"].as_str().unwrap().to_string();
    let edit = call(
        erik,
        "PATCH",
        format!("/api/v1/posts/{post_id}"),
        json!({"body": SECRET_EDIT}),
    )
    .await;
    assert_eq!(edit.status, 200, "{}", edit.body);

    // Digests go out over SMTP, with lettre logging at trace level too.
    let mut now = envs.clone();
    // No grace window: the posts are seconds old.
    now.push(("KOLLEGA_MAIL__DIGEST_GRACE_SECS", "0".into()));
    let digest = kollega(&now, &["digest", "run", "--now"], "");
    assert!(
        digest.status.success(),
        "{}",
        String::from_utf8_lossy(&digest.stderr)
    );
    assert!(
        !smtp.messages().is_empty(),
        "mail was sent: {}",
        String::from_utf8_lossy(&digest.stdout)
    );

    terminate(server.id());
    let out = server.wait_with_output().unwrap();
    let mut logs = String::new();
    for o in [&out.stdout, &out.stderr, &digest.stdout, &digest.stderr] {
        logs.push_str(&String::from_utf8_lossy(o));
    }
    assert!(logs.lines().count() > 20, "trace logging was on: {logs}");
    // The access log names the route, never the path (paths carry ids and tokens).
    assert!(
        logs.contains("PATCH /api/v1/posts/{id}"),
        "access log line with the route pattern: {logs}"
    );
    assert!(
        !logs.contains(&format!("/api/v1/posts/{post_id}")),
        "no ids in the access log"
    );
    // ASCII fragments too: mail bodies travel quoted-printable or base64.
    for secret in [
        SECRET_BODY,
        SECRET_REPLY,
        SECRET_EDIT,
        IDENTIFIER,
        "blåmärken",
        "kvinnofrid",
        "kontakt med",
        "inte vill",
    ] {
        let leaks: Vec<&str> = logs.lines().filter(|l| l.contains(secret)).collect();
        assert!(leaks.is_empty(), "{secret:?} reached the logs: {leaks:#?}");
    }
}

/// Stops the server the way systemd does (SIGTERM).
fn terminate(pid: u32) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .status();
}
