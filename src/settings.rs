//! Typed settings: `config/default.toml` (embedded), then an optional file,
//! then `KOLLEGA_*` environment variables. Validated once at start; passed
//! around explicitly, never global.

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

use crate::secret::Secret;

const DEFAULTS: &str = include_str!("../config/default.toml");
/// The secret shipped in config/default.toml; refused in production.
const DEFAULT_SECRET: &str = "insecure-development-secret-change-me-before-production";

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub security: SecuritySettings,
    pub posts: PostSettings,
    pub ui: UiSettings,
    pub mail: MailSettings,
    pub narrative: NarrativeSettings,
    pub moderation: ModerationSettings,
    pub formation: FormationSettings,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FormationSettings {
    pub regions: Vec<String>,
    /// Group sizes a proposal aims for.
    pub min_size: usize,
    pub max_size: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ModerationSettings {
    pub quiet_days: i64,
    pub inactive_days: i64,
    /// Months after closing when a group's threads and posts are deleted; 0: never.
    pub retention_months: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct NarrativeSettings {
    pub reminder_days: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MailSettings {
    pub smtp_url: Secret,
    pub dir: String,
    pub from: String,
    pub domain: String,
    pub digest_interval_secs: u64,
    pub send_interval_secs: u64,
    pub digest_grace_secs: i64,
    pub max_attempts: i32,
    pub reply_token_days: i64,
    pub inbound_secret: Secret,
    pub lmtp_bind: String,
    /// Address for the Postfix policy service that checks reply addresses at RCPT.
    pub policy_bind: String,
    /// An LMTP client silent for longer than this is cut off.
    pub lmtp_timeout_secs: u64,
    /// Deadline for the TCP connect, and for each SMTP reply before the end of
    /// DATA (greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA).
    pub smtp_timeout_secs: u64,
    /// Deadline for the server's reply to the end of DATA (it may be queueing
    /// to disk or scanning).
    pub smtp_data_timeout_secs: u64,
    /// A warning is logged while the oldest unsent message is older than this.
    pub unsent_warn_secs: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub bind: String,
    pub public_url: String,
    pub production: bool,
    pub workers: usize,
    /// When set, `/metrics` wants `Authorization: Bearer <token>`.
    pub metrics_token: Secret,
    /// Peers whose `X-Forwarded-For` names the client (the reverse proxy);
    /// from any other peer the header is ignored.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// A request body must arrive whole within this many seconds of its headers.
    pub body_timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    pub url: String,
    /// 0: two per CPU core (see `connections`).
    pub pool_size: u32,
}

impl DatabaseSettings {
    /// Pooled connections for the server. More than two per core only adds
    /// contention: on 2 cores the load test's tail (p99) was 53 ms with 8
    /// connections and 39-49 ms with 4, at the same throughput.
    pub fn connections(&self) -> u32 {
        if self.pool_size > 0 {
            return self.pool_size;
        }
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        (2 * cores).clamp(2, 64) as u32
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct SecuritySettings {
    pub secret_key: Secret,
    pub session_days: i64,
    pub api_token_hours: i64,
    pub invite_days: i64,
    pub login_max_failures: u32,
    pub login_window_minutes: i64,
    /// Failed password checks from one client address, over all emails, per window.
    pub login_max_per_address: u32,
    /// Failed password checks for one email, over all addresses, per window.
    pub login_max_per_email: u32,
    /// Reset, sign-in link and registration answer this long after they began,
    /// whether or not the address is known.
    pub same_answer_ms: u64,
    pub argon2_memory_kib: u32,
    pub argon2_iterations: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PostSettings {
    pub edit_window_minutes: i64,
    pub max_body_chars: usize,
    pub max_posts_per_10_minutes: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UiSettings {
    pub default_locale: String,
    pub time_zone: String,
}

impl Settings {
    /// The shipped defaults alone, ignoring files and environment (for tests and tools).
    pub fn defaults() -> anyhow::Result<Settings> {
        Ok(Figment::from(Toml::string(DEFAULTS)).extract()?)
    }

    /// Loads defaults, then `file` if given, then the environment.
    pub fn load(file: Option<&std::path::Path>) -> anyhow::Result<Settings> {
        let mut fig = Figment::from(Toml::string(DEFAULTS));
        if let Some(path) = file {
            if !path.exists() {
                anyhow::bail!("config file {} does not exist", path.display());
            }
            fig = fig.merge(Toml::file(path));
        }
        let env = Env::prefixed("KOLLEGA_")
            .ignore(&["config", "test_postgres_url"])
            .map(|key| {
                let key = key.as_str().to_ascii_lowercase();
                let mapped = match key.as_str() {
                    "database_url" => "database.url".to_string(),
                    "bind" => "server.bind".to_string(),
                    "public_url" => "server.public_url".to_string(),
                    "production" => "server.production".to_string(),
                    "secret_key" => "security.secret_key".to_string(),
                    "smtp_url" => "mail.smtp_url".to_string(),
                    "mail_from" => "mail.from".to_string(),
                    "mail_domain" => "mail.domain".to_string(),
                    "mail_dir" => "mail.dir".to_string(),
                    "inbound_secret" => "mail.inbound_secret".to_string(),
                    "metrics_token" => "server.metrics_token".to_string(),
                    other => other.replace("__", "."),
                };
                mapped.into()
            });
        let settings: Settings = fig.merge(env).extract()?;
        settings.validate()?;
        Ok(settings)
    }

    pub fn validate(&self) -> anyhow::Result<()> {
        let secret = self.security.secret_key.expose();
        if secret.len() < 32 {
            anyhow::bail!("security.secret_key must be at least 32 characters");
        }
        // The default secret is public: fine on a developer's loopback, nowhere else.
        let loopback = ["127.", "localhost:", "[::1]:"]
            .iter()
            .any(|p| self.server.bind.starts_with(p));
        let exposed = self.server.production || self.secure_cookies() || !loopback;
        if exposed && secret == DEFAULT_SECRET {
            anyhow::bail!(
                "refusing to start in production mode with the default secret key: \
                 set KOLLEGA_SECRET_KEY (e.g. `openssl rand -base64 48`)"
            );
        }
        crate::db::DbUrl::parse(&self.database.url).map_err(anyhow::Error::msg)?;
        if !["sv", "en"].contains(&self.ui.default_locale.as_str()) {
            anyhow::bail!("ui.default_locale must be \"sv\" or \"en\"");
        }
        self.time_zone()?;
        let smtp = self.mail.smtp_url.expose();
        if !smtp.is_empty() && !smtp.starts_with("smtp://") && !smtp.starts_with("smtps://") {
            anyhow::bail!("mail.smtp_url must start with smtp:// or smtps://");
        }
        if !self.mail.from.contains('@') || self.mail.domain.is_empty() {
            anyhow::bail!("mail.from needs an address and mail.domain a domain");
        }
        // Each deadline must fit inside the outbox claim (120 s): the sender
        // also caps a whole send at 100 s, so a claim never lapses mid-send.
        let m = &self.mail;
        if !(1..=100).contains(&m.smtp_timeout_secs)
            || !(1..=100).contains(&m.smtp_data_timeout_secs)
        {
            anyhow::bail!(
                "mail.smtp_timeout_secs and mail.smtp_data_timeout_secs must be 1 to 100 seconds"
            );
        }
        if self.security.session_days < 1 || self.security.api_token_hours < 1 {
            anyhow::bail!("session_days and api_token_hours must be at least 1");
        }
        Ok(())
    }

    pub fn time_zone(&self) -> anyhow::Result<chrono_tz::Tz> {
        self.ui
            .time_zone
            .parse()
            .map_err(|_| anyhow::anyhow!("unknown time zone {:?}", self.ui.time_zone))
    }

    /// Session cookies get the Secure flag when members reach us over https.
    pub fn secure_cookies(&self) -> bool {
        self.server.public_url.starts_with("https://")
    }
}
