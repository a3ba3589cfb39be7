//! Outbound SMTP with a deadline on every step. lettre's `AsyncSmtpTransport`
//! bounds only the TCP connect (0.11: the greeting, EHLO, each command and the
//! end of DATA may wait forever, and its pool spawns a task when dropped, which
//! panics once the runtime is gone). So kollega drives lettre's
//! `AsyncSmtpConnection` itself: each step under `tokio::time::timeout`, a
//! connection that missed a deadline or failed is dropped (its state is
//! unknown), and a healthy one is kept for the next message of the same round.
//!
//! One message per SMTP transaction. The end of DATA, the server's answer and
//! the caller's `mark_sent` happen under one lock (`Accepted` holds it), so at
//! any moment at most one message of this process has been accepted by the
//! server without being recorded: a kill -9 repeats at most that one. Everything
//! before the end of DATA (connect, greeting, MAIL, RCPT, the body's
//! preparation) still runs on up to 16 connections at once.

use std::sync::Mutex as StdMutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use tokio::sync::{Mutex, MutexGuard};

use super::SendError;
use crate::settings::MailSettings;

/// An SMTP relay, with the connections a round keeps open.
pub struct Smtp {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
    /// Deadline for the connect and for each reply before the end of DATA.
    step: Duration,
    /// Deadline for the reply to the end of DATA.
    data: Duration,
    idle: StdMutex<Vec<AsyncSmtpConnection>>,
    max_idle: usize,
    /// Held from the end of DATA until the send is recorded (see the module doc).
    commit: Mutex<()>,
    closing: AtomicBool,
}

/// The server took the message. Record it as sent, then drop this: until
/// then no other message of this process finishes its DATA.
pub struct Accepted<'a> {
    _commit: Option<MutexGuard<'a, ()>>,
}

impl Accepted<'_> {
    /// For transports with nothing to serialise (the directory).
    pub fn plain() -> Accepted<'static> {
        Accepted { _commit: None }
    }
}

/// Why a step failed, and whether a fresh connection might do better.
struct StepError {
    permanent: bool,
    /// The connection broke (not a reply from the server): on a reused
    /// connection the server may simply have closed it meanwhile.
    broken: bool,
    message: String,
}

impl From<StepError> for SendError {
    fn from(e: StepError) -> SendError {
        if e.permanent {
            SendError::Permanent(e.message)
        } else {
            SendError::Temporary(e.message)
        }
    }
}

async fn step<T>(
    limit: Duration,
    what: &str,
    f: impl Future<Output = Result<T, lettre::transport::smtp::Error>>,
) -> Result<T, StepError> {
    match tokio::time::timeout(limit, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(StepError {
            permanent: e.is_permanent(),
            broken: !e.is_permanent() && !e.is_transient(),
            message: format!("SMTP {what}: {e}"),
        }),
        Err(_) => Err(StepError {
            permanent: false,
            broken: true,
            message: format!("SMTP {what}: no answer within {} s", limit.as_secs()),
        }),
    }
}

impl Smtp {
    pub fn from_settings(mail: &MailSettings, max_idle: usize) -> anyhow::Result<Smtp> {
        let url = parse_url(mail.smtp_url.expose())?;
        Ok(Smtp {
            host: url.host,
            port: url.port,
            tls: url.tls,
            credentials: url.credentials,
            hello: url.hello,
            step: Duration::from_secs(mail.smtp_timeout_secs.max(1)),
            data: Duration::from_secs(mail.smtp_data_timeout_secs.max(1)),
            idle: StdMutex::new(Vec::new()),
            max_idle,
            commit: Mutex::new(()),
            closing: AtomicBool::new(false),
        })
    }

    /// A new connection: TCP connect, greeting and EHLO, STARTTLS, AUTH.
    async fn connect(&self) -> Result<AsyncSmtpConnection, StepError> {
        let mut conn = match &self.tls {
            // Implicit TLS (smtps): lettre connects and shakes hands itself.
            Tls::Wrapper(p) => {
                step(
                    self.step * 2,
                    "connect, TLS, greeting and EHLO",
                    AsyncSmtpConnection::connect_tokio1(
                        (self.host.as_str(), self.port),
                        Some(self.step),
                        &self.hello,
                        Some(p.clone()),
                        None,
                    ),
                )
                .await?
            }
            _ => {
                let tcp = self.tcp().await?;
                step(
                    self.step,
                    "greeting and EHLO",
                    AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello),
                )
                .await?
            }
        };
        match &self.tls {
            Tls::Required(p) => {
                step(self.step, "STARTTLS", conn.starttls(p.clone(), &self.hello)).await?
            }
            Tls::Opportunistic(p) if conn.can_starttls() => {
                step(self.step, "STARTTLS", conn.starttls(p.clone(), &self.hello)).await?
            }
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            step(
                self.step,
                "AUTH",
                conn.auth(DEFAULT_MECHANISMS, credentials),
            )
            .await?;
        }
        Ok(conn)
    }

    /// A TCP connection to the relay, trying each of its addresses in turn.
    /// Without Nagle's algorithm: lettre writes the body and the final dot
    /// separately, and the dot would otherwise wait for the server's delayed
    /// ACK (40 ms on Linux) on every message.
    async fn tcp(&self) -> Result<tokio::net::TcpStream, StepError> {
        let failed = |message: String| StepError {
            permanent: false,
            broken: true,
            message,
        };
        let addrs = tokio::time::timeout(
            self.step,
            tokio::net::lookup_host((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| {
            failed(format!(
                "SMTP resolve {}: no answer within {} s",
                self.host,
                self.step.as_secs()
            ))
        })?
        .map_err(|e| failed(format!("SMTP resolve {}: {e}", self.host)))?;
        let mut last = format!("SMTP connect: {} has no address", self.host);
        for addr in addrs {
            match tokio::time::timeout(self.step, tokio::net::TcpStream::connect(addr)).await {
                Ok(Ok(tcp)) => {
                    let _ = tcp.set_nodelay(true);
                    return Ok(tcp);
                }
                Ok(Err(e)) => last = format!("SMTP connect {addr}: {e}"),
                Err(_) => {
                    last = format!(
                        "SMTP connect {addr}: no answer within {} s",
                        self.step.as_secs()
                    )
                }
            }
        }
        Err(failed(last))
    }

    fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        self.idle.lock().ok()?.pop()
    }

    fn put_idle(&self, conn: AsyncSmtpConnection) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.max_idle
            && !self.closing.load(Ordering::Relaxed)
        {
            idle.push(conn);
        }
    }

    /// MAIL, RCPT and DATA, up to the server's 354.
    async fn start_transaction(
        &self,
        conn: &mut AsyncSmtpConnection,
        envelope: &Envelope,
        raw: &[u8],
    ) -> Result<(), StepError> {
        let mut options = Vec::new();
        let ascii_addresses = envelope
            .from()
            .is_none_or(|a| AsRef::<str>::as_ref(a).is_ascii())
            && envelope
                .to()
                .iter()
                .all(|a| AsRef::<str>::as_ref(a).is_ascii());
        if !ascii_addresses && conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            options.push(MailParameter::SmtpUtfEight);
        }
        if !raw.is_ascii() && conn.server_info().supports_feature(Extension::EightBitMime) {
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        step(
            self.step,
            "MAIL FROM",
            conn.command(Mail::new(envelope.from().cloned(), options)),
        )
        .await?;
        for to in envelope.to() {
            step(
                self.step,
                "RCPT TO",
                conn.command(Rcpt::new(to.clone(), vec![])),
            )
            .await?;
        }
        step(self.step, "DATA", conn.command(Data)).await?;
        Ok(())
    }

    /// Sends one message in its own transaction. On success the returned
    /// `Accepted` holds the commit lock until the caller has recorded the send.
    pub async fn send(&self, envelope: &Envelope, raw: &[u8]) -> Result<Accepted<'_>, SendError> {
        let mut conn = match self.take_idle() {
            Some(mut conn) => match self.start_transaction(&mut conn, envelope, raw).await {
                Ok(()) => conn,
                // The server closed the kept connection meanwhile: try once on a new one.
                Err(e) if e.broken => {
                    tracing::debug!("kept SMTP connection unusable, reconnecting: {}", e.message);
                    drop(conn);
                    self.fresh_transaction(envelope, raw).await?
                }
                Err(e) => return Err(e.into()),
            },
            None => self.fresh_transaction(envelope, raw).await?,
        };
        let commit = self.commit.lock().await;
        step(self.data, "end of DATA", conn.message(raw)).await?;
        self.put_idle(conn);
        Ok(Accepted {
            _commit: Some(commit),
        })
    }

    async fn fresh_transaction(
        &self,
        envelope: &Envelope,
        raw: &[u8],
    ) -> Result<AsyncSmtpConnection, StepError> {
        let mut conn = self.connect().await?;
        self.start_transaction(&mut conn, envelope, raw).await?;
        Ok(conn)
    }

    /// No new connections are kept from now on (shutdown).
    pub fn begin_close(&self) {
        self.closing.store(true, Ordering::Relaxed);
    }

    pub fn is_closing(&self) -> bool {
        self.closing.load(Ordering::Relaxed)
    }

    /// Says QUIT on every kept connection, each within the step deadline.
    pub async fn close_idle(&self) {
        let idle: Vec<AsyncSmtpConnection> = match self.idle.lock() {
            Ok(mut idle) => idle.drain(..).collect(),
            Err(_) => return,
        };
        futures_util::future::join_all(idle.into_iter().map(|mut conn| async move {
            let _ = tokio::time::timeout(self.step, conn.quit()).await;
        }))
        .await;
    }
}

struct SmtpUrl {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
}

/// `smtp://[user:pass@]host[:port][/hello-name][?tls=required|opportunistic]`
/// or `smtps://…`, as lettre's `from_url` reads them.
fn parse_url(url: &str) -> anyhow::Result<SmtpUrl> {
    let bad = |why: &str| anyhow::anyhow!("mail.smtp_url: {why}");
    let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("no scheme"))?;
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        let (h, tail) = v6.split_once(']').ok_or_else(|| bad("unclosed ["))?;
        (h, tail.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        }
    };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    let port: Option<u16> = port
        .map(|p| p.parse().map_err(|_| bad("bad port")))
        .transpose()?;
    let tls_param = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("tls="))
        .map(str::to_string);
    let params = || {
        TlsParameters::new(host.to_string()).map_err(|e| anyhow::anyhow!("mail.smtp_url TLS: {e}"))
    };
    let (tls, default_port) = match (scheme, tls_param.as_deref()) {
        ("smtp", None) => (Tls::None, 25),
        ("smtp", Some("required")) => (Tls::Required(params()?), 587),
        ("smtp", Some("opportunistic")) => (Tls::Opportunistic(params()?), 587),
        ("smtps", _) => (Tls::Wrapper(params()?), 465),
        _ => {
            return Err(bad(
                "scheme must be smtp or smtps, tls= required or opportunistic",
            ));
        }
    };
    let credentials = match userinfo {
        Some(u) => {
            let (user, pass) = u.split_once(':').unwrap_or((u, ""));
            Some(Credentials::new(percent_decode(user), percent_decode(pass)))
        }
        None => None,
    };
    let path = path.trim_matches('/');
    let hello = if path.is_empty() {
        ClientId::default()
    } else {
        ClientId::Domain(path.to_string())
    };
    Ok(SmtpUrl {
        host: host.to_string(),
        port: port.unwrap_or(default_port),
        tls,
        credentials,
        hello,
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = s.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_read_as_lettre_reads_them() {
        let u = parse_url("smtp://127.0.0.1:2525").unwrap();
        assert_eq!((u.host.as_str(), u.port), ("127.0.0.1", 2525));
        assert!(matches!(u.tls, Tls::None) && u.credentials.is_none());
        let u = parse_url("smtp://us%40er:p%3Ass@mail.example.org?tls=required").unwrap();
        assert_eq!((u.host.as_str(), u.port), ("mail.example.org", 587));
        assert!(matches!(u.tls, Tls::Required(_)));
        assert!(u.credentials.is_some());
        let u = parse_url("smtps://mail.example.org/kollega.example.org").unwrap();
        assert_eq!(u.port, 465);
        assert!(matches!(u.hello, ClientId::Domain(ref d) if d == "kollega.example.org"));
        let u = parse_url("smtp://[::1]:25").unwrap();
        assert_eq!((u.host.as_str(), u.port), ("::1", 25));
        assert!(parse_url("http://x").is_err());
        assert!(parse_url("smtp://:25").is_err());
        assert_eq!(percent_decode("a%20b%zz"), "a b%zz");
    }
}
