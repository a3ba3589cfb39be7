//! The web runtime: the env every domain function reads, the pool, the
//! caches and the throttles. Built once in `AppState::new` and shared behind
//! `web::Data`; it derefs to `Env`, so `&state` passes wherever `&Env` is asked.

use actix_web::web;

use crate::auth::{LoginThrottle, PasswordGuard};
use crate::db::{AnyConnection, Pool};
use crate::env::Env;
use crate::error::{AppError, AppResult};
use crate::settings::Settings;

pub struct AppState {
    pub env: Env,
    pub pool: Pool,
    /// Every password check: per email and address, per address, per email.
    pub passwords: PasswordGuard,
    /// Password-reset requests per email: a separate count, so asking for
    /// resets cannot lock the owner out of signing in.
    pub reset_throttle: LoginThrottle,
    /// Rendered posts, reused while nothing that shapes them changes.
    pub post_fragments: crate::threads::snapshot::PostFragments,
    /// A reader's whole view of a thread's posts, with its compressed forms.
    pub post_blocks: crate::threads::snapshot::PostBlocks,
    /// Each thread's posts per version, shared by every reader.
    pub thread_posts: crate::threads::snapshot::SnapshotCache,
    /// SQLite takes one writer at a time; see `run_write`.
    write_gate: Option<std::sync::Mutex<()>>,
    /// Password checks at a time, one per core; see `off_pool`.
    hashing: tokio::sync::Semaphore,
}

impl AppState {
    pub fn new(settings: Settings, pool: Pool) -> anyhow::Result<AppState> {
        Ok(AppState::with_env(Env::new(settings)?, pool))
    }

    pub fn with_env(env: Env, pool: Pool) -> AppState {
        let settings = &env.settings;
        AppState {
            passwords: PasswordGuard::new(&settings.security),
            reset_throttle: LoginThrottle::new(3, 60),
            post_fragments: crate::threads::snapshot::post_fragments(),
            post_blocks: crate::threads::snapshot::post_blocks(),
            thread_posts: crate::threads::snapshot::cache(),
            hashing: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(1, |n| n.get()),
            ),
            write_gate: settings
                .database
                .url
                .starts_with("sqlite:")
                .then(|| std::sync::Mutex::new(())),
            env,
            pool,
        }
    }
}

impl std::ops::Deref for AppState {
    type Target = Env;
    fn deref(&self) -> &Env {
        &self.env
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task: {e}"))
    }
}

/// Runs database work on the blocking thread pool with a pooled connection.
pub async fn run<T, F>(state: &web::Data<AppState>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut AnyConnection, &AppState) -> AppResult<T> + Send + 'static,
{
    on_pool(state, false, f).await
}

/// `run` for work that writes (posting, editing). On SQLite, writers of this
/// process take turns here, woken as soon as the one before is done, instead
/// of in SQLite's busy handler, which sleeps in growing steps (1, 2, 5, 10 ms
/// ...) and so made the slowest posts wait tens of milliseconds under load.
/// Other processes (the CLI) still meet the busy timeout, as before.
pub async fn run_write<T, F>(state: &web::Data<AppState>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut AnyConnection, &AppState) -> AppResult<T> + Send + 'static,
{
    on_pool(state, true, f).await
}

async fn on_pool<T, F>(state: &web::Data<AppState>, writes: bool, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut AnyConnection, &AppState) -> AppResult<T> + Send + 'static,
{
    let state = state.clone();
    web::block(move || {
        let _turn = writes
            .then_some(state.write_gate.as_ref())
            .flatten()
            .map(|gate| gate.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        let mut conn = state.pool.get()?;
        f(&mut conn, &state)
    })
    .await?
}

/// Slow CPU work that needs no database (password hashing) on a thread of its
/// own, at most one per core at a time; callers beyond that wait here without
/// holding a thread. Keeps a burst of sign-ins from filling the blocking
/// threads and the connection pool that everything else needs.
pub async fn off_pool<T, F>(state: &web::Data<AppState>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> T + Send + 'static,
{
    let _permit = state
        .hashing
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let state = state.clone();
    std::thread::Builder::new()
        .name("kollega-password".into())
        .spawn(move || {
            let _ = tx.send(f(&state));
        })
        .map_err(|e| AppError::Internal(e.into()))?;
    rx.await.map_err(|e| AppError::Internal(e.into()))
}
