//! UI text in Swedish and English. Each language is one TOML file under
//! templates/i18n/; templates read it as `t.section.key`. Both files must
//! hold the same keys (a test checks).

use rust_embed::RustEmbed;

pub const SUPPORTED: [&str; 2] = ["sv", "en"];

#[derive(RustEmbed)]
#[folder = "templates/i18n/"]
struct Files;

pub struct I18n {
    sv: serde_json::Value,
    en: serde_json::Value,
    /// A template context holding `t` per language, built once: cloning it
    /// is much cheaper than serialising the texts again for every page.
    sv_context: tera::Context,
    en_context: tera::Context,
}

impl I18n {
    pub fn load() -> anyhow::Result<I18n> {
        let read = |lang: &str| -> anyhow::Result<serde_json::Value> {
            let file = Files::get(&format!("{lang}.toml"))
                .ok_or_else(|| anyhow::anyhow!("missing {lang}.toml"))?;
            let text = std::str::from_utf8(&file.data)?;
            let value: toml::Value = toml::from_str(text)?;
            Ok(serde_json::to_value(value)?)
        };
        let (sv, en) = (read("sv")?, read("en")?);
        let context = |texts: &serde_json::Value| {
            let mut ctx = tera::Context::new();
            ctx.insert("t", texts);
            ctx
        };
        Ok(I18n {
            sv_context: context(&sv),
            en_context: context(&en),
            sv,
            en,
        })
    }

    /// A fresh template context with this language's texts as `t`.
    pub fn context(&self, lang: &str) -> tera::Context {
        if lang == "en" {
            self.en_context.clone()
        } else {
            self.sv_context.clone()
        }
    }

    pub fn texts(&self, lang: &str) -> &serde_json::Value {
        if lang == "en" { &self.en } else { &self.sv }
    }

    /// One text by dotted key, for messages built outside templates.
    pub fn text(&self, lang: &str, key: &str) -> String {
        let mut value = self.texts(lang);
        for part in key.split('.') {
            match value.get(part) {
                Some(v) => value = v,
                None => return key.to_string(),
            }
        }
        value.as_str().unwrap_or(key).to_string()
    }
}

/// The member's own setting first, then the browser's Accept-Language, then the default.
/// `accept_language` is the header's value ("" when absent).
pub fn negotiate(accept_language: &str, user_locale: Option<&str>, default: &str) -> &'static str {
    if let Some(l) = user_locale.and_then(|l| SUPPORTED.iter().find(|s| **s == l)) {
        return l;
    }
    let header = accept_language;
    if let Some(best) = accept_language::intersection(header, &SUPPORTED).first()
        && let Some(l) = SUPPORTED.iter().find(|s| **s == best.as_str())
    {
        return l;
    }
    // Browsers send region tags (sv-SE, en-GB): match on the primary subtag.
    for lang in accept_language::parse(header) {
        let primary = lang.split('-').next().unwrap_or("").to_ascii_lowercase();
        if let Some(l) = SUPPORTED.iter().find(|s| **s == primary) {
            return l;
        }
    }
    SUPPORTED
        .iter()
        .find(|s| **s == default)
        .copied()
        .unwrap_or("sv")
}
