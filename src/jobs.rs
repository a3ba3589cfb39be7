//! The scheduler inside `kollega serve`, and one round of it for
//! `kollega digest run`: compose notifications, reminders and digests
//! (domain work), then hand what is queued to the outbox sender (mail).
//! Each step on its own: a failure in one kind of mail never holds up the rest.

use std::time::Duration as StdDuration;

use actix_web::web;
use chrono::Utc;

use crate::error::AppResult;
use crate::mail::{self, Transport};
use crate::state::{AppState, run};
use crate::{digest, moderation, narrative};

/// What one round of the mail worker did.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Round {
    pub notifications: usize,
    pub digests: digest::DigestRun,
    pub sent: usize,
}

/// One round of the mail worker: compose per-post notifications, compose due
/// digests (all of them with `force`), then deliver what is queued.
pub async fn work(
    state: &web::Data<AppState>,
    transport: &Transport,
    digests: bool,
    force: bool,
) -> AppResult<Round> {
    // Each step on its own: a failure composing one kind of mail must not hold
    // up delivery of the rest (an invitation, a password reset).
    let notifications = run(state, |conn, st| digest::run_notifications(conn, st))
        .await
        .inspect_err(|e| tracing::error!("composing notifications failed: {e:?}"))
        .unwrap_or(0);
    if digests {
        let now = Utc::now().naive_utc();
        let _ = run(state, move |conn, st| {
            narrative::send_reminders(conn, st, now)
        })
        .await
        .inspect_err(|e| tracing::error!("narrative reminders failed: {e:?}"));
        let _ = run(state, move |conn, st| {
            moderation::nudge_quiet_groups(conn, st, now)
        })
        .await
        .inspect_err(|e| tracing::error!("quiet-group notices failed: {e:?}"));
        let _ = run(state, move |conn, st| {
            moderation::purge_closed_groups(conn, now, st.settings.moderation.retention_months)
        })
        .await
        .inspect_err(|e| tracing::error!("retention purge failed: {e:?}"));
    }
    let digests = if digests {
        run(state, move |conn, st| {
            digest::run_digests(conn, st, Utc::now().naive_utc(), force)
        })
        .await
        .inspect_err(|e| tracing::error!("composing digests failed: {e:?}"))
        .unwrap_or_default()
    } else {
        digest::DigestRun::default()
    };
    let sent = mail::send_due(&state.pool, transport, &state.settings.mail).await?;
    Ok(Round {
        notifications,
        digests,
        sent,
    })
}

/// The scheduler inside `kollega serve`: sends every few seconds, looks for
/// due digests every minute. Errors are logged and the loop goes on.
pub fn spawn_scheduler(state: web::Data<AppState>) -> anyhow::Result<()> {
    let transport = Transport::from_settings(&state.settings.mail)?;
    let send_every = StdDuration::from_secs(state.settings.mail.send_interval_secs.max(1));
    let digest_every = state.settings.mail.digest_interval_secs.max(1);
    actix_web::rt::spawn(async move {
        let mut last_digest = std::time::Instant::now() - StdDuration::from_secs(digest_every);
        loop {
            let digests = last_digest.elapsed().as_secs() >= digest_every;
            if digests {
                last_digest = std::time::Instant::now();
            }
            match work(&state, &transport, digests, false).await {
                Ok(r) if r.sent + r.notifications + r.digests.queued > 0 => {
                    tracing::info!(
                        sent = r.sent,
                        notifications = r.notifications,
                        digests = r.digests.queued,
                        "mail round"
                    )
                }
                Ok(_) => {}
                Err(e) => tracing::error!("mail round failed: {e:?}"),
            }
            actix_web::rt::time::sleep(send_every).await;
        }
    });
    Ok(())
}
