//! A period of the learning log for the appraiser or handledare, as JSON,
//! Markdown or PDF: per entry the date, time, tags, the reflection, and the
//! discussion's title (or, by the member's choice, only "a case discussion in
//! <group>"); totals per tag and overall. Built from the member's own entries
//! only, so another member's words or a post's text cannot get in.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Entry, find_tag};
use crate::error::{AppError, AppResult};
use crate::i18n::I18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Markdown,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> AppResult<Format> {
        match s {
            "pdf" => Ok(Format::Pdf),
            "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            _ => Err(AppError::invalid("format", "must be pdf, md or json")),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Json => "application/json",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
}

/// One entry as exported.
#[derive(Debug, Clone, Serialize)]
pub struct ReportEntry {
    pub date: NaiveDate,
    pub minutes: i32,
    pub tags: Vec<ReportTag>,
    pub learned: String,
    pub change: Option<String>,
    /// The discussion's title, or "a case discussion in <group>"; none for
    /// an entry not linked to a discussion.
    pub discussion: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportTag {
    pub code: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagTotal {
    pub code: String,
    pub label: String,
    pub minutes: i64,
    pub entries: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub member: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub entries: Vec<ReportEntry>,
    pub per_tag: Vec<TagTotal>,
    pub total_minutes: i64,
    /// `total_minutes` in hours, one decimal.
    pub total_hours: f64,
}

/// The report of `entries` (already limited to the period), oldest first.
/// `titles`: show discussion titles, else only the group.
pub fn report(
    i18n: &I18n,
    lang: &str,
    member: &str,
    (from, to): (NaiveDate, NaiveDate),
    mut entries: Vec<Entry>,
    titles: bool,
) -> Report {
    entries.sort_by(|a, b| a.date.cmp(&b.date).then(a.created_at.cmp(&b.created_at)));
    let case_in = i18n.text(lang, "learning.case_discussion_in");
    let a_case = i18n.text(lang, "learning.case_discussion");
    let label = |code: &str| {
        find_tag(code)
            .map(|t| t.label(lang).to_string())
            .unwrap_or_else(|| code.to_string())
    };
    let mut per_tag: Vec<TagTotal> = Vec::new();
    for e in &entries {
        for code in &e.tags {
            match per_tag.iter_mut().find(|t| &t.code == code) {
                Some(t) => {
                    t.minutes += i64::from(e.minutes);
                    t.entries += 1;
                }
                None => per_tag.push(TagTotal {
                    code: code.clone(),
                    label: label(code),
                    minutes: i64::from(e.minutes),
                    entries: 1,
                }),
            }
        }
    }
    per_tag.sort_by(|a, b| b.minutes.cmp(&a.minutes).then(a.code.cmp(&b.code)));
    let total_minutes: i64 = entries.iter().map(|e| i64::from(e.minutes)).sum();
    let entries = entries
        .into_iter()
        .map(|e| {
            let discussion = match (&e.thread_title, &e.group_name) {
                (Some(title), _) if titles => Some(title.clone()),
                (_, Some(group)) => Some(format!("{case_in} {group}")),
                (Some(_), None) => Some(a_case.clone()),
                (None, None) => None,
            };
            ReportEntry {
                date: e.date,
                minutes: e.minutes,
                tags: e
                    .tags
                    .iter()
                    .map(|c| ReportTag {
                        code: c.clone(),
                        label: label(c),
                    })
                    .collect(),
                learned: e.learned,
                change: e.change,
                discussion,
            }
        })
        .collect();
    Report {
        member: member.to_string(),
        from,
        to,
        entries,
        per_tag,
        total_minutes,
        total_hours: hours(total_minutes),
    }
}

pub fn hours(minutes: i64) -> f64 {
    (minutes as f64 / 6.0).round() / 10.0
}

/// "1 h 30 min", "45 min".
pub fn duration(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

pub fn as_markdown(i18n: &I18n, lang: &str, r: &Report) -> String {
    let t = |key: &str| i18n.text(lang, &format!("learning.{key}"));
    let mut out = format!(
        "# {} – {}\n\n{} {} – {}\n\n",
        t("export_title"),
        r.member,
        t("period"),
        r.from,
        r.to
    );
    for e in &r.entries {
        out.push_str(&format!(
            "## {} · {}\n\n",
            e.date,
            duration(i64::from(e.minutes))
        ));
        if let Some(d) = &e.discussion {
            out.push_str(&format!("*{}:* {}\n\n", t("discussion"), d));
        }
        if !e.tags.is_empty() {
            let tags: Vec<String> = e
                .tags
                .iter()
                .map(|tag| format!("{} {}", tag.code, tag.label))
                .collect();
            out.push_str(&format!("*{}:* {}\n\n", t("tags"), tags.join(", ")));
        }
        out.push_str(&format!("**{}**\n\n{}\n\n", t("learned"), e.learned.trim()));
        if let Some(c) = &e.change {
            out.push_str(&format!("**{}**\n\n{}\n\n", t("change"), c.trim()));
        }
    }
    out.push_str(&format!("## {}\n\n", t("totals")));
    if !r.per_tag.is_empty() {
        out.push_str(&format!("| {} | {} |\n|---|---|\n", t("tag"), t("time")));
        for tag in &r.per_tag {
            out.push_str(&format!(
                "| {} {} | {} |\n",
                tag.code,
                tag.label.replace('|', "/"),
                duration(tag.minutes)
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "**{}:** {} ({} h, {} {})\n",
        t("total"),
        duration(r.total_minutes),
        r.total_hours,
        r.entries.len(),
        t("entries_word")
    ));
    out
}

pub fn as_pdf(i18n: &I18n, lang: &str, r: &Report) -> AppResult<Vec<u8>> {
    let t = |key: &str| i18n.text(lang, &format!("learning.{key}"));
    let mut doc = super::pdf::Document::new(&format!("{} – {}", t("export_title"), r.member))?;
    doc.title(&t("export_title"));
    doc.text(&r.member);
    doc.text(&format!("{} {} – {}", t("period"), r.from, r.to));
    for e in &r.entries {
        doc.heading(&format!("{} · {}", e.date, duration(i64::from(e.minutes))));
        if let Some(d) = &e.discussion {
            doc.small(&format!("{}: {}", t("discussion"), d));
        }
        if !e.tags.is_empty() {
            let tags: Vec<String> = e
                .tags
                .iter()
                .map(|tag| format!("{} {}", tag.code, tag.label))
                .collect();
            doc.small(&format!("{}: {}", t("tags"), tags.join(", ")));
        }
        doc.label(&t("learned"));
        doc.text(&crate::markdown::plain_text(&e.learned));
        if let Some(c) = &e.change {
            doc.label(&t("change"));
            doc.text(&crate::markdown::plain_text(c));
        }
    }
    doc.heading(&t("totals"));
    for tag in &r.per_tag {
        doc.text(&format!(
            "{} {}: {}",
            tag.code,
            tag.label,
            duration(tag.minutes)
        ));
    }
    doc.text(&format!(
        "{}: {} ({} h, {} {})",
        t("total"),
        duration(r.total_minutes),
        r.total_hours,
        r.entries.len(),
        t("entries_word")
    ));
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(120), "2 h");
        assert_eq!(duration(95), "1 h 35 min");
        assert_eq!(hours(95), 1.6);
    }
}
