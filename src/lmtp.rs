//! A built-in LMTP listener (RFC 2033), so Postfix can deliver replies with
//! `lmtp:inet:host:port` straight into kollega. Written by hand: the protocol
//! is a handful of commands, and no maintained Tokio LMTP server crate exists.
//! LMTP has no authentication: bind it to localhost or a private network only.
//!
//! What a hostile or broken client can cost is bounded: recipients are
//! checked at RCPT (a forged, unknown or expired address is refused there),
//! a line is read at most `MAX_LINE` bytes at a time and a message at most
//! `MAX_MESSAGE`, an idle or slow client is cut off after
//! `mail.lmtp_timeout_secs`, and at most `MAX_SESSIONS` sessions run at once.

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::inbound::{IngestError, Outcome, Recipient};
use crate::state::AppState;

/// Largest message accepted; bigger ones are refused before they are read in full.
const MAX_MESSAGE: usize = 25 * 1024 * 1024;
/// Longest command line; message lines may be longer, read in pieces of this
/// size and never whole into memory.
const MAX_LINE: usize = 4096;
/// Sessions at once; Postfix opens a few, more means something is wrong.
const MAX_SESSIONS: usize = 32;

type Reader = BufReader<tokio::net::tcp::OwnedReadHalf>;

/// Accepts LMTP connections until the process ends.
pub async fn serve(listener: TcpListener, state: web::Data<AppState>) {
    let busy = b"421 4.3.2 Too many connections, try again later\r\n";
    accept_sessions(listener, state, "lmtp", MAX_SESSIONS, busy, session).await;
}

/// Accepts connections until the process ends, each a session of its own, at
/// most `max` at once (one more is told `busy`, if anything, and closed).
/// Shared by the LMTP listener and the Postfix policy service.
pub(crate) async fn accept_sessions<F, Fut>(
    listener: TcpListener,
    state: web::Data<AppState>,
    what: &'static str,
    max: usize,
    busy: &'static [u8],
    session: F,
) where
    F: Fn(TcpStream, web::Data<AppState>) -> Fut,
    Fut: std::future::Future<Output = std::io::Result<()>> + 'static,
{
    let sessions = Arc::new(tokio::sync::Semaphore::new(max));
    loop {
        match listener.accept().await {
            Ok((mut stream, _)) => {
                let Ok(permit) = sessions.clone().try_acquire_owned() else {
                    if !busy.is_empty() {
                        let _ = stream.write_all(busy).await;
                    }
                    continue;
                };
                let running = session(stream, state.clone());
                actix_web::rt::spawn(async move {
                    if let Err(e) = running.await {
                        tracing::warn!("{what} session ended: {e}");
                    }
                    drop(permit);
                });
            }
            Err(e) => {
                tracing::error!("{what} accept failed: {e}");
                actix_web::rt::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        }
    }
}

/// Reads up to `limit` bytes of one line into `buf` within the deadline.
/// Returns how many bytes were read (0: the client closed the connection).
async fn read_bounded(
    reader: &mut Reader,
    buf: &mut Vec<u8>,
    limit: usize,
    deadline: Duration,
) -> std::io::Result<usize> {
    let mut limited = (&mut *reader).take(limit as u64);
    let read = limited.read_until(b'\n', buf);
    match tokio::time::timeout(deadline, read).await {
        Ok(result) => result,
        Err(_) => Err(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            "client idle past the deadline",
        )),
    }
}

async fn read_line(
    reader: &mut Reader,
    buf: &mut Vec<u8>,
    deadline: Duration,
) -> std::io::Result<bool> {
    buf.clear();
    let n = read_bounded(reader, buf, MAX_LINE + 1, deadline).await?;
    if buf.len() > MAX_LINE && !buf.ends_with(b"\n") {
        return Err(std::io::Error::other("line too long"));
    }
    Ok(n > 0)
}

async fn session(stream: TcpStream, state: web::Data<AppState>) -> std::io::Result<()> {
    let domain = state.settings.mail.domain.clone();
    let deadline = Duration::from_secs(state.settings.mail.lmtp_timeout_secs.max(1));
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write
        .write_all(format!("220 {domain} LMTP kollega ready\r\n").as_bytes())
        .await?;
    let mut recipients: Vec<String> = Vec::new();
    let mut have_sender = false;
    let mut line = Vec::new();
    loop {
        match read_line(&mut reader, &mut line, deadline).await {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                // Say so before closing, as RFC 5321 asks of a server that times out.
                let _ = write
                    .write_all(b"421 4.4.2 Idle too long, closing\r\n")
                    .await;
                return Err(e);
            }
            Err(e) => return Err(e),
        }
        let text = String::from_utf8_lossy(&line).trim_end().to_string();
        let upper = text.to_ascii_uppercase();
        let reply: String = if upper.starts_with("LHLO") {
            format!(
                "250-{domain}\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250 SIZE {MAX_MESSAGE}\r\n"
            )
        } else if upper.starts_with("MAIL FROM:") {
            have_sender = true;
            recipients.clear();
            "250 2.1.0 OK\r\n".into()
        } else if upper.starts_with("RCPT TO:") {
            let addr = text[8..]
                .trim()
                .trim_start_matches('<')
                .split('>')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            if !have_sender {
                "503 5.5.1 MAIL first\r\n".into()
            } else {
                let a = addr.clone();
                let checked = crate::state::run(&state, move |conn, st| {
                    crate::inbound::check_recipient(conn, st, &a)
                })
                .await;
                match checked {
                    Ok(Recipient::Ours) => {
                        recipients.push(addr);
                        "250 2.1.5 OK\r\n".into()
                    }
                    Ok(Recipient::Expired) => {
                        "550 5.1.1 This reply address has expired; reply to a more recent digest or notification\r\n".into()
                    }
                    Ok(Recipient::Unknown) => "550 5.1.1 No such recipient here\r\n".into(),
                    Err(e) => {
                        tracing::error!(error = ?e, "lmtp: checking a recipient failed");
                        "451 4.3.0 Temporary failure, try again later\r\n".into()
                    }
                }
            }
        } else if upper == "DATA" {
            if recipients.is_empty() {
                "503 5.5.1 No valid recipients\r\n".into()
            } else {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let message = read_data(&mut reader, deadline).await?;
                let mut answers = String::new();
                for rcpt in std::mem::take(&mut recipients) {
                    answers.push_str(&deliver(&state, message.as_deref(), rcpt).await);
                }
                have_sender = false;
                answers
            }
        } else if upper == "RSET" {
            recipients.clear();
            have_sender = false;
            "250 2.0.0 OK\r\n".into()
        } else if upper == "NOOP" {
            "250 2.0.0 OK\r\n".into()
        } else if upper == "QUIT" {
            write.write_all(b"221 2.0.0 Bye\r\n").await?;
            return Ok(());
        } else {
            "500 5.5.2 Command not recognised\r\n".into()
        };
        write.write_all(reply.as_bytes()).await?;
    }
}

/// Reads the message up to the lone dot, undoing dot-stuffing. None when
/// too large (the rest is read and dropped, a piece at a time). Each piece
/// must arrive within `deadline`.
async fn read_data(reader: &mut Reader, deadline: Duration) -> std::io::Result<Option<Vec<u8>>> {
    let mut message = Vec::new();
    let mut line = Vec::new();
    let mut too_large = false;
    // Whether `line` starts a new line (not the rest of an over-long one).
    let mut at_start = true;
    loop {
        line.clear();
        if read_bounded(reader, &mut line, MAX_LINE, deadline).await? == 0 {
            return Err(std::io::Error::other("connection closed during DATA"));
        }
        let starts = at_start;
        at_start = line.ends_with(b"\n");
        if starts && (line == b".\r\n" || line == b".\n") {
            break;
        }
        let content = if starts && line.starts_with(b"..") {
            &line[1..]
        } else {
            &line[..]
        };
        if too_large || message.len() + content.len() > MAX_MESSAGE {
            too_large = true;
        } else {
            message.extend_from_slice(content);
        }
    }
    Ok((!too_large).then_some(message))
}

/// One status line per recipient, as LMTP requires.
async fn deliver(state: &web::Data<AppState>, message: Option<&[u8]>, rcpt: String) -> String {
    let Some(message) = message else {
        return "552 5.3.4 Message too big\r\n".into();
    };
    let raw = message.to_vec();
    let outcome = crate::state::run_write(state, move |conn, st| {
        Ok(crate::inbound::ingest_for(conn, st, &raw, Some(&rcpt)))
    })
    .await;
    match outcome {
        Ok(Ok(Outcome::UnknownRecipient)) => "550 5.1.1 No such recipient here\r\n".into(),
        Ok(Ok(_)) => "250 2.0.0 OK\r\n".into(),
        Ok(Err(IngestError::Malformed(_))) => "554 5.6.0 Malformed message\r\n".into(),
        // Postfix keeps the message in its queue and tries again.
        Ok(Err(IngestError::PostingTooFast { .. })) => {
            "451 4.7.1 Posting limit reached, try again later\r\n".into()
        }
        Ok(Err(IngestError::Temporary(cause))) => {
            tracing::error!(
                error = format!("{cause:#}"),
                "lmtp: ingest failed, the sender will retry"
            );
            "451 4.3.0 Temporary failure, try again later\r\n".into()
        }
        Err(e) => {
            tracing::error!(error = ?e, "lmtp: ingest failed, the sender will retry");
            "451 4.3.0 Temporary failure, try again later\r\n".into()
        }
    }
}
