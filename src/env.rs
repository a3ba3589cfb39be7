//! What every domain function may read: settings, keys, templates, texts,
//! the time zone, the metrics registry and the posting rules. Built once; the
//! web runtime (`AppState`) holds one, and the CLI builds one alone for the
//! commands that need no server (`mail ingest`, `digest run`).

use std::collections::HashMap;

use chrono::Duration;
use rust_embed::RustEmbed;

use crate::auth::Keys;
use crate::i18n::I18n;
use crate::metrics::Metrics;
use crate::settings::Settings;

pub struct Env {
    pub settings: Settings,
    pub keys: Keys,
    pub tera: tera::Tera,
    pub i18n: I18n,
    pub tz: chrono_tz::Tz,
    pub metrics: Metrics,
}

/// The limits every new post and edit is held to, whichever way it comes in.
pub struct PostRules {
    pub edit_window: Duration,
    pub max_body_chars: usize,
    /// Where stopped posts are counted (by category only).
    pub metrics: Metrics,
    /// New posts per member per 10 minutes; 0: no limit.
    pub max_posts_per_10_minutes: i64,
}

impl Env {
    pub fn new(settings: Settings) -> anyhow::Result<Env> {
        let tz = settings.time_zone()?;
        Ok(Env {
            keys: Keys::new(&settings.security)?,
            tera: load_templates(tz)?,
            i18n: I18n::load()?,
            tz,
            metrics: Metrics::new(),
            settings,
        })
    }

    pub fn post_rules(&self) -> PostRules {
        PostRules {
            edit_window: Duration::minutes(self.settings.posts.edit_window_minutes),
            max_body_chars: self.settings.posts.max_body_chars,
            metrics: self.metrics.clone(),
            max_posts_per_10_minutes: self.settings.posts.max_posts_per_10_minutes,
        }
    }

    /// The site's address without a trailing slash, for links in mail.
    pub fn base_url(&self) -> &str {
        self.settings.server.public_url.trim_end_matches('/')
    }
}

#[derive(RustEmbed)]
#[folder = "templates/"]
#[include = "*.html"]
#[include = "*.txt"]
struct Templates;

pub fn load_templates(tz: chrono_tz::Tz) -> anyhow::Result<tera::Tera> {
    let mut tera = tera::Tera::default();
    let mut files = Vec::new();
    for name in Templates::iter() {
        if let Some(file) = Templates::get(&name) {
            files.push((name.to_string(), String::from_utf8(file.data.into_owned())?));
        }
    }
    tera.add_raw_templates(files)?;
    tera.register_filter(
        "local_time",
        move |value: &tera::Value, args: &HashMap<String, tera::Value>| {
            let text = value.as_str().unwrap_or_default();
            // The member's own zone when the page passes one, else the site's.
            let tz: chrono_tz::Tz = args
                .get("tz")
                .and_then(|v| v.as_str())
                .and_then(|z| z.parse().ok())
                .unwrap_or(tz);
            let formatted = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
                .map(|t| {
                    t.and_utc()
                        .with_timezone(&tz)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_else(|_| text.to_string());
            Ok(tera::Value::String(formatted))
        },
    );
    // Swedish writes a decimal comma: 0,38, not 0.38.
    tera.register_filter(
        "decimal",
        |value: &tera::Value, args: &HashMap<String, tera::Value>| {
            let text = match value {
                tera::Value::Number(n) => n.to_string(),
                other => other.as_str().unwrap_or_default().to_string(),
            };
            let swedish = args.get("lang").and_then(|v| v.as_str()) == Some("sv");
            Ok(tera::Value::String(if swedish {
                text.replace('.', ",")
            } else {
                text
            }))
        },
    );
    Ok(tera)
}
