//! A Postfix policy service (SMTPD_POLICY_README), so Postfix asks kollega at
//! RCPT, on every message, whether a reply or posting address is live. Postfix's
//! own address verification caches a "yes" for weeks and keeps it when a
//! refresh says "no", so an address kollega has since let expire or withdrawn
//! would be accepted and then bounced to a sender who may be forged. Written by
//! hand: the protocol is `name=value` lines and one `action=` answer.
//!
//! Bind it to localhost only, like the LMTP listener.

use std::time::Duration;

use actix_web::web;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::inbound::Recipient;
use crate::state::AppState;

/// Longest attribute line; Postfix's are far shorter.
const MAX_LINE: usize = 4096;
/// Attributes in one request; Postfix sends about thirty.
const MAX_ATTRIBUTES: usize = 100;
/// Connections at once (Postfix keeps one per smtpd process).
const MAX_SESSIONS: usize = 64;
/// Postfix drops an idle policy connection after 300 s; so do we.
const IDLE: Duration = Duration::from_secs(300);

/// Answers policy requests until the process ends. (Postfix treats a
/// connection closed at once as a temporary failure, 451.)
pub async fn serve(listener: TcpListener, state: web::Data<AppState>) {
    crate::lmtp::accept_sessions(listener, state, "policy", MAX_SESSIONS, b"", session).await;
}

async fn session(stream: TcpStream, state: web::Data<AppState>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let mut line = Vec::new();
    let mut recipient: Option<String> = None;
    let mut attributes = 0;
    loop {
        line.clear();
        let mut limited = (&mut reader).take(MAX_LINE as u64 + 1);
        let read = limited.read_until(b'\n', &mut line);
        let n = match tokio::time::timeout(IDLE, read).await {
            Ok(r) => r?,
            Err(_) => return Ok(()),
        };
        if n == 0 {
            return Ok(());
        }
        if line.len() > MAX_LINE && !line.ends_with(b"\n") {
            return Err(std::io::Error::other("policy line too long"));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if !text.is_empty() {
            attributes += 1;
            if attributes > MAX_ATTRIBUTES {
                return Err(std::io::Error::other("too many policy attributes"));
            }
            if let Some(value) = text.strip_prefix("recipient=") {
                recipient = Some(value.trim().to_ascii_lowercase());
            }
            continue;
        }
        // The empty line ends one request.
        let action = match recipient.take() {
            Some(address) => action_for(&state, address).await,
            None => "DUNNO".to_string(),
        };
        attributes = 0;
        write
            .write_all(format!("action={action}\n\n").as_bytes())
            .await?;
    }
}

/// DUNNO (let Postfix's other rules decide) for anything but kollega's own
/// addresses; for those, kollega's answer, as its LMTP listener gives it.
async fn action_for(state: &web::Data<AppState>, address: String) -> String {
    let domain = format!("@{}", state.settings.mail.domain.to_ascii_lowercase());
    if !address.ends_with(&domain) {
        return "DUNNO".into();
    }
    let checked = crate::state::run(state, move |conn, env| {
        crate::inbound::check_recipient(conn, env, &address)
    })
    .await;
    match checked {
        Ok(Recipient::Ours) => "DUNNO".into(),
        Ok(Recipient::Expired) => "550 5.1.1 This reply address has expired; reply to a more recent digest or notification".into(),
        Ok(Recipient::Unknown) => "550 5.1.1 No such recipient here".into(),
        Err(e) => {
            tracing::error!(error = ?e, "policy: checking a recipient failed");
            "451 4.3.0 Temporary failure, try again later".into()
        }
    }
}
