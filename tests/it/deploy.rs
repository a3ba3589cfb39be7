//! deploy/nginx.conf, run by Debian's nginx in front of a real kollega: TLS and
//! HTTP/2, kollega's headers passed through, per-address limits on the
//! sign-in and registration forms, body size limits, /metrics closed, and
//! plain HTTP redirected.

use std::process::{Child, Command, Stdio};

use crate::harness::TestServer;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Nginx {
    child: Child,
    https: u16,
    http: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The repository's site file with only what a test must change: ports,
/// certificate paths and kollega's address.
fn start_nginx(kollega: &str) -> Nginx {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let cert = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=kollega.example.org"])
        .args([
            "-keyout",
            &format!("{d}/key.pem"),
            "-out",
            &format!("{d}/cert.pem"),
        ])
        .output()
        .expect("openssl");
    assert!(cert.status.success(), "{cert:?}");
    let (https, http) = (free_port(), free_port());
    let site = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx.conf"),
    )
    .unwrap();
    let site = site
        .replace(
            "listen 443 ssl http2;",
            &format!("listen 127.0.0.1:{https} ssl http2;"),
        )
        .replace("listen 80;", &format!("listen 127.0.0.1:{http};"))
        .replace(
            "/etc/letsencrypt/live/kollega.example.org/fullchain.pem",
            &format!("{d}/cert.pem"),
        )
        .replace(
            "/etc/letsencrypt/live/kollega.example.org/privkey.pem",
            &format!("{d}/key.pem"),
        )
        .replace("http://127.0.0.1:8080", kollega);
    std::fs::write(dir.path().join("kollega.conf"), site).unwrap();
    std::fs::write(
        dir.path().join("nginx.conf"),
        format!(
            "user root;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
             events {{ worker_connections 128; }}\n\
             http {{\n  access_log {d}/access.log;\n  client_body_temp_path {d}/body;\n  \
             proxy_temp_path {d}/proxy;\n  fastcgi_temp_path {d}/fastcgi;\n  \
             uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  include {d}/kollega.conf;\n}}\n"
        ),
    )
    .unwrap();
    let check = Command::new("nginx")
        .args(["-t", "-p", &d, "-c", &format!("{d}/nginx.conf")])
        .output()
        .expect("nginx (Debian's nginx-light; .ci/run installs it)");
    assert!(
        check.status.success(),
        "nginx rejects deploy/nginx.conf: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let child = Command::new("nginx")
        .args([
            "-p",
            &d,
            "-c",
            &format!("{d}/nginx.conf"),
            "-g",
            "daemon off;",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", https)).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Nginx {
        child,
        https,
        http,
        _dir: dir,
    }
}

/// curl through nginx: status, HTTP version and headers.
fn curl(
    port: u16,
    scheme: &str,
    method: &str,
    path: &str,
    body: Option<usize>,
) -> (u16, String, String) {
    let url = format!("{scheme}://kollega.example.org:{port}{path}");
    let mut cmd = Command::new("curl");
    cmd.args([
        "-sk",
        "-o",
        "/dev/null",
        "-D",
        "-",
        "-w",
        "\n%{http_code} %{http_version}",
    ])
    .args([
        "--resolve",
        &format!("kollega.example.org:{port}:127.0.0.1"),
    ])
    .args(["-X", method, &url]);
    if body.is_some() {
        cmd.args([
            "-H",
            "Content-Type: application/json",
            "--data-binary",
            "@-",
        ])
        .stdin(Stdio::piped());
    }
    cmd.stdout(Stdio::piped());
    let mut child = cmd.spawn().expect("curl");
    if let Some(size) = body {
        use std::io::Write;
        let _ = child.stdin.take().unwrap().write_all(&vec![b' '; size]);
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let last = text.lines().last().unwrap_or("").to_string();
    let (code, version) = last.split_once(' ').unwrap_or(("0", ""));
    (
        code.parse().unwrap_or(0),
        version.to_string(),
        text.to_lowercase(),
    )
}

#[actix_web::test]
async fn nginx_in_front_of_kollega_as_deployed() {
    let srv = TestServer::start_sqlite(|_| {}).await;
    let base = srv.base.clone();
    let report = actix_web::web::block(move || {
        let nginx = start_nginx(&base);
        let (https, http) = (nginx.https, nginx.http);

        let (status, version, headers) = curl(https, "https", "GET", "/healthz", None);
        assert_eq!(
            (status, version.as_str()),
            (200, "2"),
            "HTTP/2 over TLS: {headers}"
        );
        let (status, _, headers) = curl(https, "https", "GET", "/login", None);
        assert_eq!(status, 200);
        for header in [
            "content-security-policy",
            "x-content-type-options",
            "referrer-policy",
        ] {
            assert!(
                headers.contains(header),
                "{header} passes through: {headers}"
            );
        }

        // Reading the sign-in page is never limited; posting it is, per address.
        for _ in 0..25 {
            assert_eq!(curl(https, "https", "GET", "/login", None).0, 200);
        }
        let posts: Vec<u16> = (0..15)
            .map(|_| curl(https, "https", "POST", "/register", Some(10)).0)
            .collect();
        assert_ne!(posts[0], 429, "{posts:?}");
        assert!(
            posts[..11].iter().all(|s| *s != 429),
            "a burst of 10 is allowed: {posts:?}"
        );
        assert!(posts[11..].iter().all(|s| *s == 429), "then 429: {posts:?}");

        assert_eq!(
            curl(https, "https", "GET", "/metrics", None).0,
            403,
            "metrics closed"
        );
        assert_eq!(
            curl(
                https,
                "https",
                "POST",
                "/api/v1/groups",
                Some(2 * 1024 * 1024)
            )
            .0,
            413,
            "bodies over 1 MiB stop at nginx"
        );
        let (status, _, headers) = curl(http, "http", "GET", "/groups", None);
        assert_eq!(status, 301);
        assert!(
            headers.contains("location: https://kollega.example.org/groups"),
            "{headers}"
        );
        posts
    })
    .await
    .unwrap();
    assert_eq!(report.len(), 15);
}
