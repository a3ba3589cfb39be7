//! The scheduler inside `kollega serve`, and one round of it for
//! `kollega digest run`: compose notifications, reminders and digests
//! (domain work), then hand what is queued to the outbox sender (mail).
//! Each step on its own: a failure in one kind of mail never holds up the rest.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use actix_web::web;
use chrono::Utc;
use tokio::sync::Notify;

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
    // A recipient the server refused for good counts as a hard bounce, as a
    // delivery report for it would.
    let _ = run(state, |conn, _| {
        for recipient in mail::take_hard_refusals(conn)? {
            crate::accounts::record_hard_bounce(conn, &recipient)?;
        }
        Ok(())
    })
    .await
    .inspect_err(|e| tracing::error!("counting refused recipients failed: {e:?}"));
    Ok(Round {
        notifications,
        digests,
        sent,
    })
}

/// How long shutdown waits for the round in progress (its sends are bounded
/// by their SMTP deadlines; what is left is picked up after the restart).
const SHUTDOWN_GRACE: StdDuration = StdDuration::from_secs(20);

/// Warn about waiting mail at most this often, not every round.
const WARN_EVERY: StdDuration = StdDuration::from_secs(300);

/// The running scheduler; `shutdown` stops it cleanly.
pub struct Scheduler {
    transport: Arc<Transport>,
    stop: Arc<Notify>,
    task: actix_web::rt::task::JoinHandle<()>,
}

impl Scheduler {
    /// Lets the round in progress finish its messages (claiming no new ones),
    /// then ends the SMTP connections with QUIT, inside the runtime.
    pub async fn shutdown(self) {
        self.transport.begin_close();
        self.stop.notify_one();
        if actix_web::rt::time::timeout(SHUTDOWN_GRACE, self.task)
            .await
            .is_err()
        {
            tracing::warn!(
                "mail round still running at shutdown; its claims lapse and are retried"
            );
        }
        self.transport.close_idle().await;
    }
}

/// The scheduler inside `kollega serve`: sends every few seconds, looks for
/// due digests every minute. Errors are logged and the loop goes on.
pub fn spawn_scheduler(state: web::Data<AppState>) -> anyhow::Result<Scheduler> {
    let transport = Arc::new(Transport::from_settings(&state.settings.mail)?);
    let stop = Arc::new(Notify::new());
    let send_every = StdDuration::from_secs(state.settings.mail.send_interval_secs.max(1));
    let digest_every = state.settings.mail.digest_interval_secs.max(1);
    let (t, s) = (transport.clone(), stop.clone());
    let task = actix_web::rt::spawn(async move {
        let mut last_digest = std::time::Instant::now() - StdDuration::from_secs(digest_every);
        let mut last_warning: Option<std::time::Instant> = None;
        loop {
            let digests = last_digest.elapsed().as_secs() >= digest_every;
            if digests {
                last_digest = std::time::Instant::now();
            }
            match work(&state, &t, digests, false).await {
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
            watch_unsent(&state, &mut last_warning).await;
            tokio::select! {
                _ = actix_web::rt::time::sleep(send_every) => {}
                _ = s.notified() => break,
            }
        }
    });
    Ok(Scheduler {
        transport,
        stop,
        task,
    })
}

/// Keeps the oldest-unsent gauge current between scrapes, and warns while mail
/// has waited longer than `mail.unsent_warn_secs` (a relay that refuses or
/// stalls, a wrong smtp_url).
async fn watch_unsent(state: &web::Data<AppState>, last_warning: &mut Option<std::time::Instant>) {
    let age = match run(state, |conn, _| {
        crate::metrics::oldest_unsent_age(conn, Utc::now().naive_utc())
    })
    .await
    {
        Ok(age) => age,
        Err(e) => {
            tracing::error!("reading the outbox failed: {e:?}");
            return;
        }
    };
    state.metrics.set_oldest_unsent(age);
    let limit = state.settings.mail.unsent_warn_secs;
    if age > limit && last_warning.is_none_or(|t| t.elapsed() >= WARN_EVERY) {
        *last_warning = Some(std::time::Instant::now());
        tracing::warn!(
            oldest_unsent_secs = age,
            limit_secs = limit,
            "outgoing mail is waiting: the oldest unsent message is {age} s old"
        );
    }
}
