//! `kollega backup` and `kollega restore` for the embedded SQLite database.
//! A backup is a consistent snapshot taken while the server runs (SQLite's
//! `VACUUM INTO` reads one transaction's view). PostgreSQL has its own tools:
//! pg_dump and pg_restore (see the README).

use std::path::Path;

use anyhow::{Context, bail};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use super::DbUrl;

const PG_HINT: &str = "for PostgreSQL use pg_dump -Fc and pg_restore (see the README)";

fn sqlite_path(url: &str) -> anyhow::Result<String> {
    match DbUrl::parse(url).map_err(anyhow::Error::msg)? {
        DbUrl::Sqlite(path) => Ok(path),
        DbUrl::Postgres(_) => bail!("kollega backup and restore work on SQLite; {PG_HINT}"),
    }
}

/// SQL string literal: quotes doubled, as SQLite reads them.
fn literal(path: &Path) -> anyhow::Result<String> {
    let text = path
        .to_str()
        .context("the backup path is not valid UTF-8")?;
    Ok(format!("'{}'", text.replace('\'', "''")))
}

/// Writes a consistent copy of the live database to `to` (which must not exist).
pub fn backup(url: &str, to: &Path) -> anyhow::Result<u64> {
    let from = sqlite_path(url)?;
    if !Path::new(&from).exists() {
        bail!("no database at {from}");
    }
    if to.exists() {
        bail!("{} exists already; choose a new file name", to.display());
    }
    let mut conn = SqliteConnection::establish(&from)?;
    conn.batch_execute("PRAGMA busy_timeout = 10000;")?;
    conn.batch_execute(&format!("VACUUM INTO {}", literal(to)?))
        .with_context(|| format!("writing the backup to {}", to.display()))?;
    check(to)?;
    Ok(std::fs::metadata(to)?.len())
}

/// Checks that `file` is an intact kollega database: SQLite's integrity check
/// and the migrations table.
pub fn check(file: &Path) -> anyhow::Result<usize> {
    let mut conn =
        SqliteConnection::establish(file.to_str().context("the path is not valid UTF-8")?)?;
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        integrity_check: String,
    }
    let rows: Vec<Row> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut conn)
        .with_context(|| format!("{} is not a SQLite database", file.display()))?;
    if rows.len() != 1 || rows[0].integrity_check != "ok" {
        bail!("{} fails SQLite's integrity check", file.display());
    }
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let migrations: Vec<Count> =
        diesel::sql_query("SELECT COUNT(*) AS n FROM __diesel_schema_migrations")
            .load(&mut conn)
            .with_context(|| format!("{} is not a kollega database", file.display()))?;
    Ok(migrations.first().map(|c| c.n as usize).unwrap_or(0))
}

/// Replaces the database with the backup `from`. Stop kollega first: a
/// running server would keep writing to the file it has open.
pub fn restore(url: &str, from: &Path) -> anyhow::Result<()> {
    let to = sqlite_path(url)?;
    check(from)?;
    let to = Path::new(&to);
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    // Copy beside the target, then rename: the database is never half-written.
    let staging = to.with_extension("restoring");
    std::fs::copy(from, &staging)
        .with_context(|| format!("copying {} to {}", from.display(), staging.display()))?;
    // The old database's write-ahead log belongs to the old file.
    for suffix in ["-wal", "-shm"] {
        let side = format!("{}{suffix}", to.display());
        match std::fs::remove_file(&side) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {side}")),
        }
    }
    std::fs::rename(&staging, to)?;
    Ok(())
}
