//! A built-in LMTP listener (RFC 2033), so Postfix can deliver replies with
//! `lmtp:inet:host:port` straight into kollega. Written by hand: the protocol
//! is a handful of commands, and no maintained Tokio LMTP server crate exists.
//! LMTP has no authentication: bind it to localhost or a private network only.

use actix_web::web;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::inbound::{IngestError, Outcome};
use crate::state::AppState;

/// Largest message accepted; bigger ones are refused before they are read in full.
const MAX_MESSAGE: usize = 25 * 1024 * 1024;
const MAX_LINE: usize = 4096;

/// Accepts LMTP connections until the process ends.
pub async fn serve(listener: TcpListener, state: web::Data<AppState>) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let state = state.clone();
                actix_web::rt::spawn(async move {
                    if let Err(e) = session(stream, state).await {
                        tracing::warn!("lmtp session ended: {e}");
                    }
                });
            }
            Err(e) => {
                tracing::error!("lmtp accept failed: {e}");
                actix_web::rt::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        }
    }
}

async fn read_line(
    reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
    buf: &mut Vec<u8>,
) -> std::io::Result<bool> {
    buf.clear();
    let n = reader.read_until(b'\n', buf).await?;
    if buf.len() > MAX_LINE && !buf.ends_with(b"\n") {
        return Err(std::io::Error::other("line too long"));
    }
    Ok(n > 0)
}

async fn session(stream: TcpStream, state: web::Data<AppState>) -> std::io::Result<()> {
    let domain = state.settings.mail.domain.clone();
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write
        .write_all(format!("220 {domain} LMTP kollega ready\r\n").as_bytes())
        .await?;
    let mut recipients: Vec<String> = Vec::new();
    let mut have_sender = false;
    let mut line = Vec::new();
    while read_line(&mut reader, &mut line).await? {
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
            let ours = crate::inbound::is_ours(
                &addr,
                &domain,
                crate::mail::address_of(&state.settings.mail.from),
            );
            if !have_sender {
                "503 5.5.1 MAIL first\r\n".into()
            } else if ours {
                recipients.push(addr);
                "250 2.1.5 OK\r\n".into()
            } else {
                "550 5.1.1 No such recipient here\r\n".into()
            }
        } else if upper == "DATA" {
            if recipients.is_empty() {
                "503 5.5.1 No valid recipients\r\n".into()
            } else {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let message = read_data(&mut reader).await?;
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
    Ok(())
}

/// Reads the message up to the lone dot, undoing dot-stuffing. None when too large.
async fn read_data(
    reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut message = Vec::new();
    let mut line = Vec::new();
    let mut too_large = false;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Err(std::io::Error::other("connection closed during DATA"));
        }
        if line == b".\r\n" || line == b".\n" {
            break;
        }
        let content = if line.starts_with(b"..") {
            &line[1..]
        } else {
            &line[..]
        };
        if message.len() + content.len() > MAX_MESSAGE {
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
