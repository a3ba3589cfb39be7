//! One function per kind of message: the text comes from templates/email/
//! (Swedish and English, an HTML part and a plain-text part that reads well
//! on its own), the headers make mail clients thread, file and unsubscribe.

use chrono::{NaiveDateTime, Utc};
use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;
use mail_builder::headers::url::URL;
use serde::Serialize;

use super::Outgoing;
use super::{AsRecipient, Recipient};
use crate::env::Env;
use crate::error::{AppError, AppResult};

#[derive(Debug, Clone, Serialize)]
pub struct MailPost {
    pub author_name: String,
    pub created_local: String,
    pub body_html: String,
    pub body_text: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MailThread {
    pub id: String,
    pub title: String,
    pub url: String,
    pub reply_address: String,
    /// Narrative threads: conversation, reflection or closed.
    pub phase: Option<String>,
    /// Narrative threads: the teller's and the listener's names.
    pub roles: Option<(String, String)>,
    pub posts: Vec<MailPost>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MailGroup {
    pub id: String,
    pub name: String,
    pub url: String,
    /// The member's group+TOKEN address for starting a case by email.
    pub posting_address: String,
    pub threads: Vec<MailThread>,
}

fn lang_of(env: &Env, to: &Recipient<'_>) -> &'static str {
    match to.locale {
        Some("en") => "en",
        Some("sv") => "sv",
        _ => {
            if env.settings.ui.default_locale == "en" {
                "en"
            } else {
                "sv"
            }
        }
    }
}

/// Times in the member's own time zone.
pub fn local_time(env: &Env, to: &impl AsRecipient, at: NaiveDateTime) -> String {
    let tz: chrono_tz::Tz = to
        .recipient()
        .time_zone
        .and_then(|z| z.parse().ok())
        .unwrap_or(env.tz);
    at.and_utc()
        .with_timezone(&tz)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn render(env: &Env, template: &str, ctx: &tera::Context) -> AppResult<String> {
    env.tera
        .render(template, ctx)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("email template {template}: {e:?}")))
}

/// A message's subject, text and HTML, from `email/<name>.{subject.txt,txt,html}`
/// and the one context the message was given.
struct Rendered {
    subject: String,
    text: String,
    html: String,
}

fn render_message(env: &Env, name: &str, ctx: &tera::Context) -> AppResult<Rendered> {
    let subject = render(env, &format!("email/{name}.subject.txt"), ctx)?;
    Ok(Rendered {
        subject: subject.split_whitespace().collect::<Vec<_>>().join(" "),
        text: render(env, &format!("email/{name}.txt"), ctx)?,
        html: render(env, &format!("email/{name}.html"), ctx)?,
    })
}

fn base_url(env: &Env) -> &str {
    env.base_url()
}

struct Headers<'a> {
    message_id: String,
    subject: String,
    to: &'a Recipient<'a>,
    reply_to: Option<String>,
    thread_ref: Option<String>,
    /// List headers, for messages about a group (not for invitations).
    list: Option<(String, String)>,
}

fn build(
    env: &Env,
    h: Headers<'_>,
    kind: &'static str,
    text: String,
    html: String,
) -> AppResult<Outgoing> {
    let from = &env.settings.mail.from;
    let from_addr = super::address_of(from).to_string();
    let from_name = from
        .split('<')
        .next()
        .unwrap_or("kollega")
        .trim()
        .to_string();
    let mut b = MessageBuilder::new()
        .from((from_name, from_addr))
        .to((h.to.name.to_string(), h.to.email.to_string()))
        // Defence in depth: titles are validated, but a header never gets a line break.
        .subject(h.subject.replace(['\r', '\n'], " "))
        .message_id(h.message_id.clone())
        .date(Utc::now().timestamp())
        .header("Auto-Submitted", Raw::new("auto-generated"))
        .header("X-Auto-Response-Suppress", Raw::new("All"))
        .text_body(text)
        .html_body(html);
    let list_id = h.list.as_ref().map(|(id, _)| id.clone());
    if let Some((_, unsubscribe_url)) = h.list {
        b = b
            .header("List-Unsubscribe", URL::new(unsubscribe_url))
            .header(
                "List-Unsubscribe-Post",
                Raw::new("List-Unsubscribe=One-Click"),
            );
    }
    if let Some(reply_to) = h.reply_to {
        b = b.reply_to(reply_to);
    }
    if let Some(thread) = h.thread_ref {
        b = b.in_reply_to(thread.clone()).references(thread);
    }
    let mut raw = b
        .write_to_string()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("composing mail: {e}")))?;
    if let Some(list_id) = list_id {
        // Written here, not by the builder: its raw headers fold only after
        // 76 characters, so encoded words made lines past the 78 of RFC 5322.
        raw.insert_str(0, &format!("List-Id: {list_id}\r\n"));
    }
    Ok(Outgoing {
        message_id: h.message_id,
        kind,
        recipient: h.to.email.to_string(),
        raw,
        return_path: super::bounce_address(&env.keys, &env.settings.mail.domain, h.to.email),
    })
}

/// The value of `List-Id: <phrase> <group-id.mail-domain>` (RFC 2919),
/// folded. The id is ASCII (a UUID and the mail domain); the group's name is a
/// quoted string when it is ASCII and otherwise RFC 2047 encoded words, which
/// may not stand inside quotes (RFC 2047 §5).
fn list_id(env: &Env, group_id: &str, name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .collect();
    let mut tokens = phrase(clean.trim());
    tokens.push(format!("<{group_id}.{}>", env.settings.mail.domain));
    fold("List-Id", &tokens)
}

/// A header phrase as tokens: one `"quoted string"` when ASCII, else
/// `=?utf-8?b?…?=` words of 52 characters, cut between characters so that
/// each decodes alone.
fn phrase(text: &str) -> Vec<String> {
    use base64::Engine;
    if text.is_ascii() {
        return vec![format!("\"{}\"", text.replace('\\', "\\\\"))];
    }
    // 30 bytes are 40 in base64, 52 with the framing: a word and the header's
    // name fit on one line.
    const CHUNK: usize = 30;
    let mut words = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let b64 = base64::engine::general_purpose::STANDARD.encode(&text[start..end]);
        words.push(format!("=?utf-8?b?{b64}?="));
        start = end;
    }
    words
}

/// Joins a header's tokens with spaces, folding before a token that would
/// take the line past 78 characters (RFC 5322 §2.1.1).
fn fold(header: &str, tokens: &[String]) -> String {
    let mut out = String::new();
    let mut column = header.len() + 2;
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            if column + 1 + token.len() > 78 {
                out.push_str("\r\n");
                column = 0;
            }
            out.push(' ');
            column += 1;
        }
        out.push_str(token);
        column += token.len();
    }
    out
}

/// One new post, to a member who gets every post as it comes.
pub fn post_notification(
    env: &Env,
    to: &impl AsRecipient,
    group: &MailGroup,
    thread: &MailThread,
    post_id: &str,
    unsubscribe_token: &str,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    let lang = lang_of(env, to);
    let unsubscribe_url = format!("{}/unsubscribe/{unsubscribe_token}", base_url(env));
    let mut ctx = env.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("member_name", &to.name);
    ctx.insert("group", group);
    ctx.insert("thread", thread);
    ctx.insert("settings_url", &format!("{}/account", base_url(env)));
    ctx.insert("unsubscribe_url", &unsubscribe_url);
    let m = render_message(env, "post", &ctx)?;
    let domain = &env.settings.mail.domain;
    build(
        env,
        Headers {
            message_id: format!("post.{post_id}.{}@{domain}", to.id),
            subject: m.subject,
            to,
            reply_to: Some(thread.reply_address.clone()),
            thread_ref: Some(format!("thread.{}@{domain}", thread.id)),
            list: Some((list_id(env, &group.id, &group.name), unsubscribe_url)),
        },
        "post",
        m.text,
        m.html,
    )
}

/// What is new in the member's groups since their previous digest.
/// Longest post a digest carries whole, in characters; longer ones are cut
/// with a link to read on.
pub const DIGEST_POST_CHARS: usize = 3_000;
/// Characters of post text in one digest; once they are used, further posts
/// come as their link only. Keeps a busy week's digest a readable mail of
/// bounded size (a post may be 50,000 characters), not one mail servers refuse.
pub const DIGEST_TOTAL_CHARS: usize = 60_000;

/// The groups with long posts cut: at most `DIGEST_POST_CHARS` of each, and
/// `DIGEST_TOTAL_CHARS` in all. A cut post's HTML becomes its cut plain text
/// (escaped), as cutting HTML could leave tags open; then a link, `read_on`.
fn cap_digest(groups: &[MailGroup], read_on: &str) -> Vec<MailGroup> {
    let mut left = DIGEST_TOTAL_CHARS;
    let mut groups = groups.to_vec();
    for post in groups
        .iter_mut()
        .flat_map(|g| &mut g.threads)
        .flat_map(|t| &mut t.posts)
    {
        let chars = post.body_text.chars().count();
        let room = left.min(DIGEST_POST_CHARS);
        if chars <= room {
            left -= chars;
            continue;
        }
        // Cut at a word boundary where there is one near the limit.
        let mut cut: String = post.body_text.chars().take(room).collect();
        if let Some(space) = cut
            .rfind(char::is_whitespace)
            .filter(|&i| i + 200 > cut.len())
        {
            cut.truncate(space);
        }
        let cut = cut.trim_end().to_string();
        left -= cut.chars().count().min(left);
        let link = format!("{read_on}: {}", post.url);
        post.body_html = if cut.is_empty() {
            format!(
                "<p><a href=\"{}\">{}</a></p>",
                html_escape::encode_double_quoted_attribute(&post.url),
                html_escape::encode_text(read_on)
            )
        } else {
            format!(
                "<p>{} …</p><p><a href=\"{}\">{}</a></p>",
                html_escape::encode_text(&cut).replace('\n', "<br>"),
                html_escape::encode_double_quoted_attribute(&post.url),
                html_escape::encode_text(read_on)
            )
        };
        post.body_text = if cut.is_empty() {
            link
        } else {
            format!("{cut} …\n\n{link}")
        };
    }
    groups
}

pub fn digest(
    env: &Env,
    to: &impl AsRecipient,
    groups: &[MailGroup],
    unsubscribe_token: &str,
    at: NaiveDateTime,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    let lang = lang_of(env, to);
    let capped = cap_digest(groups, &env.i18n.text(lang, "email.read_online"));
    let groups = capped.as_slice();
    let unsubscribe_url = format!("{}/unsubscribe/{unsubscribe_token}", base_url(env));
    let posts: usize = groups
        .iter()
        .flat_map(|g| &g.threads)
        .map(|t| t.posts.len())
        .sum();
    let mut ctx = env.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("member_name", &to.name);
    ctx.insert("groups", groups);
    ctx.insert("post_count", &posts);
    ctx.insert("settings_url", &format!("{}/account", base_url(env)));
    ctx.insert("unsubscribe_url", &unsubscribe_url);
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    ctx.insert("group_names", &names.join(", "));
    let m = render_message(env, "digest", &ctx)?;
    let domain = &env.settings.mail.domain;
    let single_thread = groups.iter().flat_map(|g| &g.threads).count() == 1;
    let (list, first) = match groups.first() {
        Some(g) if groups.len() == 1 => (list_id(env, &g.id, &g.name), g),
        Some(g) => (
            fold(
                "List-Id",
                &["\"kollega\"".to_string(), format!("<digest.{domain}>")],
            ),
            g,
        ),
        None => {
            return Err(AppError::Internal(anyhow::anyhow!(
                "a digest needs a group"
            )));
        }
    };
    let _ = first;
    build(
        env,
        Headers {
            // Unique per digest; retries reuse it from the outbox.
            message_id: format!(
                "digest.{}.{}.{}@{domain}",
                to.id,
                at.and_utc().timestamp(),
                uuid::Uuid::new_v4().simple()
            ),
            subject: m.subject,
            to,
            reply_to: single_thread.then(|| groups[0].threads[0].reply_address.clone()),
            thread_ref: None,
            list: Some((list, unsubscribe_url)),
        },
        "digest",
        m.text,
        m.html,
    )
}

/// A personal, one-off message (invitation, reset, sign-in link): the member's
/// language, templates `email/<template>.{txt,html}`, no list headers.
fn personal(
    env: &Env,
    to: &impl AsRecipient,
    template: &str,
    kind: &'static str,
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    let lang = lang_of(env, to);
    let mut ctx = env.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("member_name", &to.name);
    fill(&mut ctx);
    let m = render_message(env, template, &ctx)?;
    let message_id = format!(
        "{template}.{}.{}@{}",
        to.id,
        uuid::Uuid::new_v4().simple(),
        env.settings.mail.domain
    );
    build(
        env,
        Headers {
            message_id,
            subject: m.subject,
            to,
            reply_to: None,
            thread_ref: None,
            list: None,
        },
        kind,
        m.text,
        m.html,
    )
}

/// An invitation to a group, with the link that lets a new member choose a password.
pub fn invitation(
    env: &Env,
    to: &impl AsRecipient,
    group_name: &str,
    inviter: &str,
    invite_url: &str,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    personal(env, to, "invite", "invite", |ctx| {
        ctx.insert("group_name", group_name);
        ctx.insert("inviter", inviter);
        ctx.insert("invite_url", invite_url);
        ctx.insert("days", &env.settings.security.invite_days);
    })
}

/// Tells a member who already has an account that they were placed in a group.
pub fn added_to_group(
    env: &Env,
    to: &impl AsRecipient,
    group_name: &str,
    inviter: &str,
    group_url: &str,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    personal(env, to, "invite", "invite", |ctx| {
        ctx.insert("group_name", group_name);
        ctx.insert("inviter", inviter);
        ctx.insert("invite_url", group_url);
        ctx.insert("has_account", &true);
    })
}

/// A link to choose a new password (valid one hour, once).
pub fn password_reset(env: &Env, to: &impl AsRecipient, url: &str) -> AppResult<Outgoing> {
    let to = &to.recipient();
    personal(env, to, "reset", "password_reset", |ctx| {
        ctx.insert("reset_url", url)
    })
}

/// A one-time link that signs the member in (valid 15 minutes).
pub fn sign_in_link(env: &Env, to: &impl AsRecipient, url: &str) -> AppResult<Outgoing> {
    let to = &to.recipient();
    personal(env, to, "signin", "sign_in_link", |ctx| {
        ctx.insert("link_url", url)
    })
}

/// One finding as an answer email lists it: what and where, never the text itself.
#[derive(Serialize)]
struct FoundAt {
    label: String,
    line: usize,
    column: usize,
}

/// The answer to an emailed reply that was not posted (or posted without its
/// attachments). Identifier findings are listed by category and position only:
/// the identifiers themselves never go out by mail.
pub fn inbound_answer(
    env: &Env,
    to_address: &str,
    member: Option<&impl AsRecipient>,
    reason: &str,
    findings: &[crate::error::FieldFinding],
    reply: &str,
    subject: Option<&str>,
) -> AppResult<Outgoing> {
    let member = member.map(|m| m.recipient());
    let lang = member.as_ref().map(|m| lang_of(env, m)).unwrap_or(
        if env.settings.ui.default_locale == "en" {
            "en"
        } else {
            "sv"
        },
    );
    let found: Vec<FoundAt> = findings
        .iter()
        .map(|f| {
            let before = reply.get(..f.finding.start).unwrap_or("");
            FoundAt {
                label: env
                    .i18n
                    .text(lang, &format!("deid.{}", f.finding.category.as_str())),
                line: before.matches('\n').count() + 1,
                column: before
                    .rsplit('\n')
                    .next()
                    .map(|l| l.chars().count() + 1)
                    .unwrap_or(1),
            }
        })
        .collect();
    let mut ctx = env.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("member_name", &member.map(|m| m.name).unwrap_or(""));
    ctx.insert("reason", reason);
    ctx.insert(
        "explanation",
        &env.i18n.text(lang, &format!("inbound.{reason}")),
    );
    ctx.insert("findings", &found);
    ctx.insert("site_url", base_url(env));
    // The answer never repeats an identifier, not even one in the Subject.
    let original = match subject.map(|s| (s, crate::deid::guard(s, &[]))) {
        Some((s, Ok(found))) if !s.is_empty() => crate::deid::redact(s, &found, lang),
        _ => String::new(),
    };
    ctx.insert("original_subject", &original);
    let m = render_message(env, "answer", &ctx)?;
    let recipient = Recipient {
        id: "",
        email: to_address,
        name: member.map(|m| m.name).unwrap_or(""),
        locale: None,
        time_zone: None,
    };
    build(
        env,
        Headers {
            message_id: format!(
                "answer.{}@{}",
                uuid::Uuid::new_v4().simple(),
                env.settings.mail.domain
            ),
            subject: m.subject,
            to: &recipient,
            reply_to: None,
            thread_ref: None,
            list: None,
        },
        "inbound_answer",
        m.text,
        m.html,
    )
}

/// A narrative thread moved on (to reflection, or closed): the group hears of it.
pub fn phase_change(
    env: &Env,
    to: &impl AsRecipient,
    group: &MailGroup,
    thread: &MailThread,
    actor: &str,
    unsubscribe_token: &str,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    let lang = lang_of(env, to);
    let unsubscribe_url = format!("{}/unsubscribe/{unsubscribe_token}", base_url(env));
    let phase = thread.phase.clone().unwrap_or_default();
    let mut ctx = env.i18n.context(lang);
    ctx.insert("lang", lang);
    ctx.insert("member_name", &to.name);
    ctx.insert("group", group);
    ctx.insert("thread", thread);
    ctx.insert("actor", actor);
    ctx.insert("settings_url", &format!("{}/account", base_url(env)));
    ctx.insert("unsubscribe_url", &unsubscribe_url);
    let m = render_message(env, "phase", &ctx)?;
    let domain = &env.settings.mail.domain;
    build(
        env,
        Headers {
            message_id: format!("phase.{}.{phase}.{}@{domain}", thread.id, to.id),
            subject: m.subject,
            to,
            reply_to: None,
            thread_ref: Some(format!("thread.{}@{domain}", thread.id)),
            list: Some((list_id(env, &group.id, &group.name), unsubscribe_url)),
        },
        "phase_change",
        m.text,
        m.html,
    )
}

/// A narrative thread has been quiet for a while: a nudge to whoever it waits for.
pub fn phase_reminder(
    env: &Env,
    to: &impl AsRecipient,
    thread_id: &str,
    title: &str,
    phase: &str,
    days: i64,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    let url = format!("{}/threads/{thread_id}", base_url(env));
    personal(env, to, "reminder", "phase_reminder", |ctx| {
        ctx.insert("title", title);
        ctx.insert("phase", phase);
        ctx.insert("days", &days);
        ctx.insert("url", &url);
    })
}

/// A group was closed by a moderator: its members hear why.
pub fn group_closed(
    env: &Env,
    to: &impl AsRecipient,
    group_name: &str,
    reason: &str,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    personal(env, to, "closed", "group_closed", |ctx| {
        ctx.insert("group_name", group_name);
        ctx.insert("reason", reason);
    })
}

/// "Your group has been quiet": a friendly nudge to every member.
pub fn group_quiet(
    env: &Env,
    to: &impl AsRecipient,
    group_id: &str,
    group_name: &str,
    days: i64,
) -> AppResult<Outgoing> {
    let to = &to.recipient();
    let url = format!("{}/groups/{group_id}", base_url(env));
    personal(env, to, "quiet", "group_quiet", |ctx| {
        ctx.insert("group_name", group_name);
        ctx.insert("days", &days);
        ctx.insert("url", &url);
    })
}

/// An administrator or moderator joined the group: every member hears who,
/// and why (no silent readers).
pub fn staff_joined(
    env: &Env,
    to: &impl AsRecipient,
    group_name: &str,
    who: &str,
    reason: &str,
) -> AppResult<Outgoing> {
    personal(env, to, "joined", "staff_joined", |ctx| {
        ctx.insert("group_name", group_name);
        ctx.insert("who", who);
        ctx.insert("reason", reason);
    })
}

/// Instead of a digest, to a member who has not yet accepted their
/// invitation and the group's confidentiality terms: no case text, only the
/// link to accept.
pub fn accept_to_read(
    env: &Env,
    to: &impl AsRecipient,
    group_names: &str,
    invite_url: &str,
) -> AppResult<Outgoing> {
    personal(env, to, "accept", "accept_to_read", |ctx| {
        ctx.insert("group_names", group_names);
        ctx.insert("invite_url", invite_url);
    })
}

/// Asks someone who registered interest to confirm (double opt-in); also
/// carries the link to withdraw.
pub fn registration(
    env: &Env,
    to_address: &str,
    name: &str,
    lang: &str,
    confirm_url: &str,
    withdraw_url: &str,
) -> AppResult<Outgoing> {
    let recipient = Recipient {
        id: "",
        email: to_address,
        name,
        locale: Some(lang),
        time_zone: None,
    };
    personal(env, &recipient, "register", "registration", |ctx| {
        ctx.insert("confirm_url", confirm_url);
        ctx.insert("withdraw_url", withdraw_url);
    })
}

#[cfg(test)]
mod tests {
    use super::{fold, phrase};

    fn header(name: &str) -> String {
        let mut tokens = phrase(name);
        tokens.push("<id.example.org>".into());
        fold("List-Id", &tokens)
    }

    fn decoded(value: &str) -> String {
        let raw = format!("List-Id: {value}\r\n\r\n");
        let msg = mail_parser::MessageParser::default()
            .parse(raw.as_bytes())
            .unwrap();
        let list = msg.list_id().as_address().unwrap().first().unwrap();
        assert_eq!(list.address(), Some("id.example.org"));
        list.name().unwrap().to_string()
    }

    #[test]
    fn list_names_are_quoted_when_ascii_and_encoded_words_otherwise() {
        assert_eq!(header("FQ Norrland"), "\"FQ Norrland\" <id.example.org>");
        assert_eq!(phrase(r"A\B"), [r#""A\\B""#]);
        assert_eq!(decoded(&header("Vårdcentral Norr")), "Vårdcentral Norr");
        let long = "Ålänningarnas Balintgrupp för ST-läkare – torsdagar i Mariehamn, Åland";
        let value = header(long);
        assert!(value.is_ascii() && !value.contains('"'), "{value}");
        let lines: Vec<String> = format!("List-Id: {value}")
            .split("\r\n")
            .map(str::to_string)
            .collect();
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| l.len() <= 78), "{lines:?}");
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')), "{lines:?}");
        assert_eq!(decoded(&value), long);
        // Cut between characters, never inside one.
        let emoji = "🩺".repeat(30);
        assert_eq!(decoded(&header(&emoji)), emoji);
    }
}
