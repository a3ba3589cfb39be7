//! Database access: one connection type over SQLite and PostgreSQL, the pool,
//! and the embedded migrations for each backend.

pub mod backup;
pub mod schema;

use std::time::Duration;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// The one connection type every query takes, whatever the database.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// Which database a URL names. SQLite would accept any string as a file
/// name, so the scheme is checked here rather than left to `establish`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    Sqlite(String),
    Postgres(String),
}

impl DbUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err("sqlite:// URL has no file path".into());
            }
            Ok(DbUrl::Sqlite(path.to_string()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DbUrl::Postgres(url.to_string()))
        } else {
            Err(format!(
                "unsupported database URL scheme in {:?}: use sqlite://PATH or postgres://...",
                url.split("://").next().unwrap_or(url)
            ))
        }
    }

    fn connect(&self) -> Result<AnyConnection, diesel::ConnectionError> {
        match self {
            DbUrl::Postgres(url) => Ok(AnyConnection::Postgresql(PgConnection::establish(url)?)),
            DbUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(path)?;
                // busy_timeout first: waiting beats failing when another connection
                // writes. Foreign keys are off by default in SQLite. (WAL is set
                // once per file in `connect`; it persists.)
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                )
                .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(AnyConnection::Sqlite(conn))
            }
        }
    }
}

pub struct Manager {
    url: DbUrl,
}

impl ManageConnection for Manager {
    type Connection = AnyConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, r2d2::Error> {
        self.url.connect().map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut AnyConnection) -> bool {
        false
    }
}

pub type Pool = r2d2::Pool<Manager>;

/// Opens the pool and brings the schema up to date.
pub fn connect(url: &str, pool_size: u32) -> Result<Pool, anyhow::Error> {
    let url = DbUrl::parse(url).map_err(anyhow::Error::msg)?;
    if let DbUrl::Sqlite(path) = &url
        && let Some(dir) = std::path::Path::new(path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)?;
    }
    if let DbUrl::Sqlite(_) = &url {
        // WAL lets members read while someone posts.
        let mut conn = url.connect()?;
        conn.batch_execute("PRAGMA journal_mode = WAL;")?;
    }
    let pool = r2d2::Pool::builder()
        .max_size(pool_size)
        .connection_timeout(Duration::from_secs(10))
        .build(Manager { url })?;
    run_migrations(&mut *pool.get()?)?;
    Ok(pool)
}

pub fn run_migrations(conn: &mut AnyConnection) -> Result<usize, anyhow::Error> {
    let applied = match conn {
        AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
        AnyConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
    Ok(applied.len())
}

/// An enum stored as its text code on either backend, so a column such as
/// `threads.kind` is the enum in Rust, never a string that code compares.
/// Each variant names its code once; the macro gives `as_str`, `from_code`
/// and `ALL`, serde under the same codes, and diesel's `Text` mapping. An
/// unknown code in the database is an error, not a default.
///
/// ```
/// kollega::text_enum! {
///     pub enum Weather { Sun = "sun", Rain = "rain" }
/// }
/// assert_eq!(Weather::from_code("rain"), Some(Weather::Rain));
/// assert_eq!(Weather::Sun.as_str(), "sun");
/// assert_eq!(Weather::from_code("snow"), None);
/// assert_eq!(Weather::ALL.len(), 2);
/// ```
#[macro_export]
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            serde::Serialize,
            serde::Deserialize,
            diesel::expression::AsExpression,
            diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let code = String::from_sql(bytes)?;
                $name::from_code(&code)
                    .ok_or_else(|| format!("unknown {} {code:?}", stringify!($name)).into())
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                self.as_str().to_sql(out)
            }
        }
    };
}
