//! A real kollega server per test: its own SQLite file, or its own PostgreSQL
//! database when KOLLEGA_TEST_POSTGRES_URL is set, served over TCP on a free
//! port and driven over HTTP like a browser or an API client would.

use std::cell::RefCell;
use std::collections::HashMap;

use actix_web::{HttpServer, web};
use diesel::Connection;
use diesel::connection::SimpleConnection;
use kollega::accounts::{self, NewUser, Role, User};
use kollega::groups::{self, Group, MemberRole};
use kollega::threads::{self, Post, Thread, ThreadKind};
use kollega::{AppState, Settings};

pub const PASSWORD: &str = "correct horse battery";

/// Runs one scenario on SQLite, and as a second test on PostgreSQL.
#[macro_export]
macro_rules! db_test {
    ($name:ident) => {
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                super::$name($crate::harness::TestServer::start_sqlite(|_| {}).await).await
            }
            #[actix_web::test]
            #[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
            async fn postgres() {
                if let Some(srv) = $crate::harness::TestServer::start_postgres(|_| {}).await {
                    super::$name(srv).await
                }
            }
        }
    };
}

/// Runs one scenario with a real SMTP server (refusing the first `refuse`
/// messages), on SQLite and as a second test on PostgreSQL.
#[macro_export]
macro_rules! mail_test {
    ($name:ident, $refuse:expr) => {
        mod $name {
            use $crate::harness::{SmtpServer, TestServer};
            #[actix_web::test]
            async fn sqlite() {
                let smtp = SmtpServer::start($refuse);
                let srv = TestServer::with_mail(&smtp).await;
                super::$name(srv, smtp).await
            }
            #[actix_web::test]
            #[cfg_attr(not(kollega_pg), ignore = "set KOLLEGA_TEST_POSTGRES_URL to run")]
            async fn postgres() {
                let smtp = SmtpServer::start($refuse);
                if let Some(srv) = TestServer::with_mail_postgres(&smtp).await {
                    super::$name(srv, smtp).await
                }
            }
        }
    };
}

struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = diesel::PgConnection::establish(&self.admin_url) {
            let _ = conn.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

pub struct TestServer {
    pub base: String,
    pub state: web::Data<AppState>,
    handle: actix_web::dev::ServerHandle,
    _dir: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        // Stop accepting; the runtime ends with the test.
        drop(self.handle.stop(false));
    }
}

pub fn test_settings(url: &str) -> Settings {
    let mut s = Settings::defaults().expect("defaults parse");
    s.database.url = url.to_string();
    s.database.pool_size = 4;
    // Cheap hashes keep the suite fast; production uses the configured cost.
    s.security.argon2_memory_kib = 1024;
    s.security.argon2_iterations = 1;
    // Tests compose digests right after posting.
    s.mail.digest_grace_secs = 0;
    s
}

impl TestServer {
    pub async fn start_sqlite(tweak: impl FnOnce(&mut Settings)) -> TestServer {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("kollega.db").display());
        let mut settings = test_settings(&url);
        tweak(&mut settings);
        Self::serve(settings, dir, None).await
    }

    /// None when no PostgreSQL server is configured for tests.
    pub async fn start_postgres(tweak: impl FnOnce(&mut Settings)) -> Option<TestServer> {
        let base = match std::env::var("KOLLEGA_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => url.trim_end_matches('/').to_string(),
            _ => {
                eprintln!("KOLLEGA_TEST_POSTGRES_URL not set: PostgreSQL variant skipped");
                return None;
            }
        };
        let admin_url = format!("{base}/postgres");
        let name = format!("kollega_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = diesel::PgConnection::establish(&admin_url).expect("connect to PostgreSQL");
        conn.batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create test database");
        let pg = PgDatabase {
            admin_url,
            name: name.clone(),
        };
        let mut settings = test_settings(&format!("{base}/{name}"));
        tweak(&mut settings);
        Some(Self::serve(settings, tempfile::tempdir().expect("tempdir"), Some(pg)).await)
    }

    async fn serve(
        mut settings: Settings,
        dir: tempfile::TempDir,
        pg: Option<PgDatabase>,
    ) -> TestServer {
        // Without SMTP, mail is written here (never into the working tree).
        settings.mail.dir = dir.path().join("mail").display().to_string();
        let pool = kollega::db::connect(&settings.database.url, settings.database.connections())
            .expect("database");
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        settings.server.public_url = format!("http://127.0.0.1:{port}");
        let state = web::Data::new(AppState::new(settings, pool).expect("state"));
        let app_state = state.clone();
        let server = HttpServer::new(move || kollega::app(app_state.clone()))
            .workers(2)
            .disable_signals()
            .listen(listener)
            .expect("listen")
            .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        TestServer {
            base: format!("http://127.0.0.1:{port}"),
            state,
            handle,
            _dir: dir,
            _pg: pg,
        }
    }

    pub fn conn(&self) -> diesel::r2d2::PooledConnection<kollega::db::Manager> {
        self.state.pool.get().expect("pooled connection")
    }

    pub fn user(&self, email: &str, name: &str, role: Role) -> User {
        let hash = self.state.keys.hash_password(PASSWORD).expect("hash");
        accounts::create_user(
            &mut self.conn(),
            NewUser {
                email,
                name,
                role,
                password_hash: Some(&hash),
            },
        )
        .expect("create user")
    }

    pub fn admin(&self) -> User {
        self.user("admin@example.org", "Admin", Role::Admin)
    }

    /// The usual cast: Anna Lind and Erik Holm, members of "FQ Norrland"
    /// (made by the admin, admin@example.org).
    pub fn norrland(&self) -> (User, User, Group) {
        let admin = self.admin();
        let anna = self.user("anna@example.org", "Anna Lind", Role::Member);
        let erik = self.user("erik@example.org", "Erik Holm", Role::Member);
        let group = self.group_with(&admin, "FQ Norrland", &[&anna, &erik]);
        (anna, erik, group)
    }

    pub fn group_with(&self, admin: &User, name: &str, members: &[&User]) -> Group {
        let mut conn = self.conn();
        let group = groups::create_group(&mut conn, admin, name, "").expect("group");
        for m in members {
            groups::add_member(
                &mut conn,
                &self.state.keys,
                "",
                chrono::Duration::days(1),
                admin,
                &group.id,
                &m.email,
                None,
                MemberRole::Member,
            )
            .expect("add member");
        }
        group
    }

    pub fn case(&self, author: &User, group: &Group, title: &str, body: &str) -> Thread {
        threads::create_thread(
            &mut self.conn(),
            author,
            &group.id,
            ThreadKind::Case,
            title,
            body,
            &[],
            &self.state.post_rules(),
        )
        .expect("thread")
    }

    pub fn reply(&self, author: &User, thread: &Thread, parent: Option<&str>, body: &str) -> Post {
        threads::create_post(
            &mut self.conn(),
            author,
            &thread.id,
            parent,
            body,
            &[],
            &self.state.post_rules(),
        )
        .expect("post")
    }

    pub fn browser(&self) -> Browser<'_> {
        Browser {
            srv: self,
            cookies: RefCell::new(HashMap::new()),
            lang: "sv",
        }
    }

    pub fn api(&self) -> Api<'_> {
        Api {
            srv: self,
            token: None,
        }
    }

    pub fn client() -> awc::Client {
        awc::Client::builder()
            .disable_redirects()
            .timeout(std::time::Duration::from_secs(30))
            .finish()
    }
}

pub struct Resp {
    pub status: u16,
    pub headers: awc::http::header::HeaderMap,
    pub body: String,
    /// The body as sent (a PDF is not text).
    pub bytes: actix_web::web::Bytes,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    pub fn location(&self) -> String {
        self.header("location").unwrap_or_default()
    }

    /// The redirect target without its #fragment (browsers do not send it).
    pub fn location_path(&self) -> String {
        self.location()
            .split('#')
            .next()
            .unwrap_or_default()
            .to_string()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

pub async fn collect(
    mut res: awc::ClientResponse<
        impl futures_core::Stream<Item = Result<actix_web::web::Bytes, awc::error::PayloadError>>
        + Unpin,
    >,
) -> Resp {
    let body = res.body().limit(10 * 1024 * 1024).await.expect("body");
    Resp {
        status: res.status().as_u16(),
        headers: res.headers().clone(),
        body: String::from_utf8_lossy(&body).into_owned(),
        bytes: body,
    }
}

/// A browser: keeps cookies, fills in the CSRF token as the page's form would.
pub struct Browser<'a> {
    srv: &'a TestServer,
    cookies: RefCell<HashMap<String, String>>,
    pub lang: &'static str,
}

impl Browser<'_> {
    fn cookie_header(&self) -> String {
        self.cookies
            .borrow()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&self, resp: &Resp) {
        for value in resp.headers.get_all("set-cookie") {
            if let Ok(c) = actix_web::cookie::Cookie::parse_encoded(
                value.to_str().unwrap_or_default().to_string(),
            ) {
                let expired = c.max_age().is_some_and(|a| a.is_zero() || a.is_negative())
                    || c.value().is_empty();
                if expired {
                    self.cookies.borrow_mut().remove(c.name());
                } else {
                    self.cookies
                        .borrow_mut()
                        .insert(c.name().to_string(), c.value().to_string());
                }
            }
        }
    }

    pub async fn get(&self, path: &str) -> Resp {
        let res = TestServer::client()
            .get(format!("{}{}", self.srv.base, path))
            .insert_header(("Cookie", self.cookie_header()))
            .insert_header(("Accept-Language", self.lang))
            .send()
            .await
            .expect("GET");
        let resp = collect(res).await;
        self.keep_cookies(&resp);
        resp
    }

    /// The token the page's forms carry for this browser's CSRF cookie.
    pub fn csrf_token(&self) -> String {
        let cookie = self
            .cookies
            .borrow()
            .get("kollega_csrf")
            .cloned()
            .unwrap_or_default();
        self.srv.state.keys.csrf_token(&cookie)
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if !self.cookies.borrow().contains_key("kollega_csrf") {
            self.get("/login").await;
        }
        let token = self.csrf_token();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields, with no CSRF token added.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let res = TestServer::client()
            .post(format!("{}{}", self.srv.base, path))
            .insert_header(("Cookie", self.cookie_header()))
            .insert_header(("Accept-Language", self.lang))
            .send_form(&fields)
            .await
            .expect("POST");
        let resp = collect(res).await;
        self.keep_cookies(&resp);
        resp
    }

    pub async fn sign_in(&self, email: &str) -> Resp {
        let resp = self
            .post_form(
                "/login",
                &[
                    ("email", email),
                    ("password", PASSWORD),
                    ("next", "/groups"),
                ],
            )
            .await;
        assert_eq!(resp.status, 303, "sign-in of {email} failed: {}", resp.body);
        resp
    }

    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies
            .borrow_mut()
            .insert(name.to_string(), value.to_string());
    }
}

/// A JSON API client with an optional bearer token.
pub struct Api<'a> {
    srv: &'a TestServer,
    pub token: Option<String>,
}

impl Api<'_> {
    pub async fn login(&mut self, email: &str) -> serde_json::Value {
        let resp = self
            .post(
                "/api/v1/auth/login",
                serde_json::json!({"email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(resp.status, 200, "{}", resp.body);
        let json = resp.json();
        self.token = json["token"].as_str().map(str::to_string);
        json
    }

    fn request(&self, method: awc::http::Method, path: &str) -> awc::ClientRequest {
        let mut req = TestServer::client().request(method, format!("{}{}", self.srv.base, path));
        if let Some(t) = &self.token {
            req = req.insert_header(("Authorization", format!("Bearer {t}")));
        }
        req
    }

    pub async fn get(&self, path: &str) -> Resp {
        collect(
            self.request(awc::http::Method::GET, path)
                .send()
                .await
                .expect("GET"),
        )
        .await
    }

    pub async fn post(&self, path: &str, body: serde_json::Value) -> Resp {
        collect(
            self.request(awc::http::Method::POST, path)
                .send_json(&body)
                .await
                .expect("POST"),
        )
        .await
    }

    pub async fn request_delete(&self, path: &str) -> Resp {
        collect(
            self.request(awc::http::Method::DELETE, path)
                .send()
                .await
                .expect("DELETE"),
        )
        .await
    }

    pub async fn patch(&self, path: &str, body: serde_json::Value) -> Resp {
        collect(
            self.request(awc::http::Method::PATCH, path)
                .send_json(&body)
                .await
                .expect("PATCH"),
        )
        .await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: &'static str) -> Resp {
        collect(
            self.request(awc::http::Method::POST, path)
                .insert_header(("Content-Type", content_type))
                .send_body(body)
                .await
                .expect("POST"),
        )
        .await
    }
}

/// A real SMTP server process (tests/support/smtp_server.py, aiosmtpd) that
/// writes what it receives into a directory.
pub struct SmtpServer {
    child: std::process::Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl SmtpServer {
    pub fn start(refuse_first: u32) -> SmtpServer {
        use std::io::BufRead;
        let dir = tempfile::tempdir().expect("tempdir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("bind")
            .local_addr()
            .expect("addr")
            .port();
        let mut child = std::process::Command::new("python3")
            .arg(format!(
                "{}/tests/support/smtp_server.py",
                env!("CARGO_MANIFEST_DIR")
            ))
            .args(["--port", &port.to_string(), "--dir"])
            .arg(dir.path())
            .args(["--refuse-first", &refuse_first.to_string()])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("start the SMTP server (python3 with aiosmtpd; .ci/run installs it)");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("SMTP server output");
        assert_eq!(
            line.trim(),
            "READY",
            "SMTP server did not start (is aiosmtpd installed?)"
        );
        SmtpServer { child, port, dir }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        let mut names: Vec<_> = std::fs::read_dir(self.dir.path())
            .expect("maildir")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|p| std::fs::read(p).expect("message"))
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestServer {
    /// A server whose mail goes to `smtp`.
    pub async fn with_mail(smtp: &SmtpServer) -> TestServer {
        let url = smtp.url();
        Self::start_sqlite(move |s| mail_settings(s, &url)).await
    }

    pub async fn with_mail_postgres(smtp: &SmtpServer) -> Option<TestServer> {
        let url = smtp.url();
        Self::start_postgres(move |s| mail_settings(s, &url)).await
    }

    /// One round of the mail worker, as the scheduler runs it; `force` makes every digest due.
    pub async fn mail_round(&self, force: bool) -> kollega::jobs::Round {
        let transport =
            kollega::mail::Transport::from_settings(&self.state.settings.mail).expect("transport");
        kollega::jobs::work(&self.state, &transport, true, force)
            .await
            .expect("mail round")
    }
}

fn mail_settings(s: &mut Settings, url: &str) {
    s.mail.smtp_url = kollega::secret::Secret::new(url);
    s.mail.domain = "kollega.test".into();
    s.mail.from = "kollega <noreply@kollega.test>".into();
}

impl TestServer {
    /// Posts stored in a thread, read straight from the database.
    pub fn post_count(&self, thread_id: &str) -> i64 {
        use diesel::prelude::*;
        use kollega::db::schema::posts;
        posts::table
            .filter(posts::thread_id.eq(thread_id))
            .count()
            .get_result(&mut *self.conn())
            .expect("count")
    }

    /// Messages written by the directory transport (servers without SMTP).
    pub fn dir_mail(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.state.settings.mail.dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        // Decoded: the plain-text part after the headers, so links are whole.
        files
            .into_iter()
            .map(|p| {
                let raw = std::fs::read(p).unwrap_or_default();
                let msg = mail_parser::MessageParser::default()
                    .parse(&raw)
                    .expect("message");
                let to = msg
                    .to()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_string();
                format!("To: {to}\n\n{}", msg.body_text(0).unwrap_or_default())
            })
            .collect()
    }
}

/// Runs the kollega binary as an operator or an MTA would: these arguments,
/// this environment on top of the test's own, `stdin` as its input.
pub fn run_kollega(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_kollega"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kollega");
    // A command that refuses early may close its input first; that is its answer.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("kollega output")
}
