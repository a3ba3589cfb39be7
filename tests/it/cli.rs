//! The `kollega` command as an operator uses it.

use std::io::Write;
use std::process::{Command, Stdio};

fn kollega(db: &str, args: &[&str], stdin: &str) -> std::process::Output {
    crate::harness::run_kollega(
        args,
        &[
            ("KOLLEGA_DATABASE_URL", db),
            ("KOLLEGA_SECURITY__ARGON2_MEMORY_KIB", "1024"),
            ("KOLLEGA_SECURITY__ARGON2_ITERATIONS", "1"),
        ],
        stdin.as_bytes(),
    )
}

#[test]
fn an_operator_creates_an_admin_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let out = kollega(&db, &["migrate"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = kollega(
        &db,
        &[
            "user",
            "add",
            "--email",
            "Admin@Example.org",
            "--name",
            "Ada Admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        "a long admin password\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("created admin Ada Admin <admin@example.org>")
    );

    let out = kollega(
        &db,
        &[
            "user",
            "add",
            "--email",
            "admin@example.org",
            "--name",
            "Again",
            "--password-stdin",
        ],
        "a long admin password\n",
    );
    assert!(
        !out.status.success(),
        "a second account with the same email is refused"
    );
    let out = kollega(
        &db,
        &[
            "user",
            "add",
            "--email",
            "m@example.org",
            "--name",
            "M",
            "--password-stdin",
        ],
        "short\n",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 10"));

    let settings = crate::harness::test_settings(&db);
    let pool = kollega::db::connect(&db, 1).unwrap();
    let keys = kollega::auth::Keys::new(&settings.security).unwrap();
    let user = kollega::accounts::authenticate(
        &mut pool.get().unwrap(),
        &keys,
        "admin@example.org",
        "a long admin password",
    )
    .unwrap();
    assert!(user.is_admin());
}

#[test]
fn an_unknown_database_scheme_stops_the_server_with_a_clear_message() {
    let out = kollega("mysql://root@localhost/k", &["migrate"], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL scheme"));
}

/// A busy port stops `serve --demo` with the address in the message, before
/// any demo data is written.
#[test]
fn a_busy_port_is_named_and_no_demo_data_is_written() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.db");
    let out = crate::harness::run_kollega(
        &["serve", "--demo"],
        &[
            (
                "KOLLEGA_DATABASE_URL",
                &format!("sqlite://{}", file.display()),
            ),
            ("KOLLEGA_BIND", &address),
        ],
        b"",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(&format!("cannot listen on {address}")),
        "{stderr}"
    );
    assert!(!file.exists(), "no database, no demo data");
}

#[test]
fn deid_check_prints_findings_and_redact_prints_placeholders() {
    let text = "Pat. med pnr 19850312-2387 ringer från 070-123 45 67.";
    let out = kollega("sqlite://unused.db", &["deid", "check"], text);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &json["findings"];
    assert_eq!(f[0]["category"], "personal_id");
    assert_eq!(
        &text[f[0]["start"].as_u64().unwrap() as usize..f[0]["end"].as_u64().unwrap() as usize],
        "19850312-2387"
    );
    assert_eq!(f[1]["category"], "phone");
    let out = kollega(
        "sqlite://unused.db",
        &["deid", "redact", "--lang", "en"],
        text,
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Pat. med pnr [ID number] ringer från [phone]."
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_kollega"))
        .args(["deid", "check"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&[0xff, 0xfe, b'x'])
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success(), "non-UTF-8 input is an error");
}

#[test]
fn the_demo_loads_once_and_passes_the_identifier_guard() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("demo.db").display());
    let settings = crate::harness::test_settings(&db);
    let pool = kollega::db::connect(&db, 1).unwrap();
    let keys = kollega::auth::Keys::new(&settings.security).unwrap();
    let logins = kollega::demo::load(&mut pool.get().unwrap(), &keys)
        .unwrap()
        .expect("loaded into an empty database");
    assert!(logins.iter().any(|(role, _)| *role == "admin"));
    assert_eq!(
        kollega::formation::confirmed(&mut pool.get().unwrap())
            .unwrap()
            .len(),
        16,
        "registrants wait for the admin to form groups"
    );
    assert!(
        kollega::demo::load(&mut pool.get().unwrap(), &keys)
            .unwrap()
            .is_none(),
        "not loaded twice"
    );
}

#[test]
fn an_association_imports_registrants_and_gets_a_proposal() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("formation.db").display());
    let regions = [
        "Norrbotten",
        "Skåne",
        "Jämtland Härjedalen",
        "Stockholm",
        "Gotland",
        "Värmland",
        "Uppsala",
    ];
    let mut csv = String::from("name,email,level,years,region,workplace,language\n");
    for i in 0..20 {
        let level = if i % 3 == 0 { "st" } else { "specialist" };
        csv.push_str(&format!(
            "Doktor {i},gp{i}@example.org,{level},{},{},VC {},sv\n",
            i * 3 % 25,
            regions[i % regions.len()],
            i % 10
        ));
    }
    csv.push_str("Utan Adress,not-an-email,st,2,Skåne,VC 1,sv\n");
    csv.push_str("Fel Nivå,x@example.org,intern,2,Skåne,VC 1,sv\n");
    let file = dir.path().join("registrants.csv");
    std::fs::write(&file, csv).unwrap();
    let out = kollega(&db, &["registrants", "import", file.to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("imported 20 registrants"), "{text}");
    assert!(
        text.contains("line 22 skipped") && text.contains("line 23 skipped"),
        "bad lines are reported: {text}"
    );

    let out = kollega(&db, &["groups", "propose", "--json", "--seed", "3"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let groups = json["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 3);
    let mut everyone: Vec<&str> = groups
        .iter()
        .flat_map(|g| {
            g["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap())
        })
        .collect();
    assert!(
        groups
            .iter()
            .all(|g| (6..=8).contains(&g["members"].as_array().unwrap().len()))
    );
    everyone.sort();
    everyone.dedup();
    assert_eq!(everyone.len(), 20, "everyone placed once");
    assert!(json["score"].as_f64().unwrap() > json["random_score"].as_f64().unwrap());
    let again = kollega(&db, &["groups", "propose", "--json", "--seed", "3"], "");
    assert_eq!(out.stdout, again.stdout, "the same seed, the same proposal");
}

#[actix_web::test]
async fn a_gp_registers_interest_confirms_by_email_and_can_withdraw() {
    let srv = crate::harness::TestServer::start_sqlite(|_| {}).await;
    let b = srv.browser();
    let page = b.get("/register").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Jämtland Härjedalen"));
    let bad = b
        .post_form(
            "/register",
            &[
                ("name", "Hedda Hoting"),
                ("email", "hedda@example.org"),
                ("level", "st"),
                ("years", "x"),
                ("region", "Jämtland Härjedalen"),
                ("workplace", "VC Hoting"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("VC Hoting"),
        "the form keeps what was typed"
    );
    let ok = b
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
            ],
        )
        .await;
    assert_eq!(ok.status, 200);
    assert!(ok.body.contains("mejlat en länk"));
    assert!(
        kollega::formation::confirmed(&mut srv.conn())
            .unwrap()
            .is_empty(),
        "not confirmed yet"
    );
    srv.mail_round(false).await;
    let mail = srv
        .dir_mail()
        .into_iter()
        .find(|m| m.contains("hedda@example.org"))
        .expect("confirmation mail");
    let link = |kind: &str| {
        let start = mail.find(&format!("/register/{kind}/")).expect("link");
        mail[start..].split_whitespace().next().unwrap().to_string()
    };
    assert_eq!(b.get(&link("confirm")).await.status, 200);
    assert_eq!(
        kollega::formation::confirmed(&mut srv.conn())
            .unwrap()
            .len(),
        1
    );
    assert_eq!(b.get(&link("withdraw")).await.status, 200);
    assert!(
        kollega::formation::confirmed(&mut srv.conn())
            .unwrap()
            .is_empty(),
        "withdrawn"
    );
    assert_eq!(b.get("/register/confirm/forged").await.status, 404);
}

/// Backup while the database is in use, restore after a stop: what was there
/// at the backup is back, what came later is gone, and bad input is refused
/// without touching the database.
#[test]
fn an_operator_backs_up_and_restores_the_sqlite_database() {
    use kollega::accounts::{self, NewUser, Role};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.db");
    let db = format!("sqlite://{}", path.display());
    let backup = dir.path().join("backup.db");
    let pool = kollega::db::connect(&db, 2).unwrap();
    let titles = |pool: &kollega::db::Pool| -> Vec<String> {
        use diesel::prelude::*;
        kollega::db::schema::threads::table
            .select(kollega::db::schema::threads::title)
            .order(kollega::db::schema::threads::title.asc())
            .load(&mut *pool.get().unwrap())
            .unwrap()
    };
    let rules = kollega::threads::PostRules {
        edit_window: chrono::Duration::minutes(30),
        max_body_chars: 10_000,
        metrics: kollega::metrics::Metrics::new(),
        max_posts_per_10_minutes: 0,
    };
    let case = |pool: &kollega::db::Pool, group: &str, author: &accounts::User, title: &str| {
        kollega::threads::create_thread(
            &mut pool.get().unwrap(),
            author,
            group,
            kollega::threads::ThreadKind::Case,
            title,
            "Text.",
            &[],
            &rules,
        )
        .unwrap();
    };
    let admin = accounts::create_user(
        &mut pool.get().unwrap(),
        NewUser {
            email: "admin@example.org",
            name: "Admin",
            role: Role::Admin,
            password_hash: None,
        },
    )
    .unwrap();
    let group = kollega::groups::create_group(&mut pool.get().unwrap(), &admin, "FQ", "").unwrap();
    kollega::groups::add_member(
        &mut pool.get().unwrap(),
        &kollega::auth::Keys::new(&kollega::Settings::defaults().unwrap().security).unwrap(),
        "",
        chrono::Duration::days(1),
        &admin,
        &group.id,
        "admin@example.org",
        None,
        kollega::groups::MemberRole::Member,
    )
    .unwrap();
    case(&pool, &group.id, &admin, "Före backup");

    // Online: the pool stays open, as a running server's would.
    let out = kollega(&db, &["backup", backup.to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("backup written"));
    case(&pool, &group.id, &admin, "Efter backup");
    let again = kollega(&db, &["backup", backup.to_str().unwrap()], "");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    // Not a database: refused, the live database untouched.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, "not a database").unwrap();
    let out = kollega(&db, &["restore", junk.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert_eq!(titles(&pool), ["Efter backup", "Före backup"]);

    drop(pool);
    let out = kollega(&db, &["restore", backup.to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pool = kollega::db::connect(&db, 1).unwrap();
    assert_eq!(
        titles(&pool),
        ["Före backup"],
        "the database as it was at the backup"
    );

    let out = kollega(
        "postgres://postgres@127.0.0.1:5432/x",
        &["backup", "/tmp/x.db"],
        "",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pg_dump"));
}

/// The deployment files in deploy/ agree with the binary: systemd accepts the
/// unit, the LMTP address is the one Postfix is told about, the pipe command
/// exists, and the unit's settings start a production server.
#[test]
fn the_deployment_files_fit_the_binary() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy");
    let unit = std::fs::read_to_string(root.join("kollega.service")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("kollega.service");
    std::fs::write(
        &copy,
        unit.replace("/usr/local/bin/kollega", env!("CARGO_BIN_EXE_kollega")),
    )
    .unwrap();
    let verify = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&copy)
        .output()
        .expect("systemd-analyze (systemd) is on this machine kind");
    let complaints = String::from_utf8_lossy(&verify.stderr);
    assert!(
        verify.status.success() && !complaints.contains("kollega.service:"),
        "{complaints}"
    );

    let transport = std::fs::read_to_string(root.join("postfix-transport")).unwrap();
    assert!(transport.contains("lmtp:inet:127.0.0.1:2424"));
    assert!(unit.contains("KOLLEGA_MAIL__LMTP_BIND=127.0.0.1:2424"));
    let pipe = std::fs::read_to_string(root.join("postfix-master.cf.pipe")).unwrap();
    assert!(pipe.contains("argv=/usr/local/bin/kollega mail ingest"));
    let help = Command::new(env!("CARGO_BIN_EXE_kollega"))
        .args(["mail", "ingest", "--help"])
        .output()
        .unwrap();
    assert!(help.status.success());

    // The unit's environment, plus the secrets from /etc/kollega/env: the
    // settings load (production refuses the default secret) and migrate runs.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kollega"));
    cmd.arg("migrate")
        .current_dir(dir.path())
        .env(
            "KOLLEGA_SECRET_KEY",
            "a-real-secret-of-at-least-32-characters-xyz",
        )
        .env("KOLLEGA_PUBLIC_URL", "https://kollega.example.org");
    for line in unit.lines() {
        if let Some((k, v)) = line
            .strip_prefix("Environment=")
            .and_then(|kv| kv.split_once('='))
        {
            cmd.env(k, v);
        }
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut refused = Command::new(env!("CARGO_BIN_EXE_kollega"));
    refused
        .arg("migrate")
        .current_dir(dir.path())
        .env("KOLLEGA_PRODUCTION", "true");
    assert!(
        !refused.output().unwrap().status.success(),
        "production refuses the default secret"
    );
}
