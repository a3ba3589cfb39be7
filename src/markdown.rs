//! The only way Markdown becomes HTML: pulldown-cmark, then ammonia with an
//! allow-list. Images become plain links: a remote image would tell a third
//! party who is reading the case, and when.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.tags(HashSet::from([
        "p",
        "br",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "strong",
        "em",
        "del",
        "s",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "sup",
        "sub",
    ]))
    .url_schemes(HashSet::from(["http", "https", "mailto"]))
    .link_rel(Some("nofollow noopener noreferrer"))
    // No title or lang attributes: nothing shown on hover that the guard did not read.
    .generic_attributes(HashSet::new())
    .url_relative(ammonia::UrlRelative::Custom(Box::new(local_link)))
    .clean_content_tags(HashSet::from(["script", "style"]));
    b
});

/// Relative links are kept only as plain site paths or anchors. Anything else
/// (control characters hidden in a scheme, protocol-relative `//host`) is dropped.
fn local_link(url: &str) -> Option<std::borrow::Cow<'_, str>> {
    let plain = !url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let local = (url.starts_with('/') && !url.starts_with("//")) || url.starts_with('#');
    (plain && local).then_some(std::borrow::Cow::Borrowed(url))
}

/// Sanitised HTML, safe to insert into a page unescaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeHtml(String);

impl SafeHtml {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a reader sees of some Markdown, as plain text on one line: no
/// syntax, no HTML, code as its text. For search snippets.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn render(markdown: &str) -> SafeHtml {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        // A single newline in a post is meant as a line break, as in email.
        Event::SoftBreak => Event::HardBreak,
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    SafeHtml(SANITIZER.clean(&html).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_basic_markdown() {
        let html = render("**Fall:** kvinna 54 år\n\n- trötthet\n- viktnedgång");
        assert!(html.as_str().contains("<strong>Fall:</strong>"));
        assert!(html.as_str().contains("<li>trötthet</li>"));
    }

    #[test]
    fn links_get_rel_and_images_become_links() {
        let html = render("[guide](https://example.org) ![xray](https://tracker.example/x.png)");
        assert!(
            html.as_str()
                .contains(r#"rel="nofollow noopener noreferrer""#)
        );
        assert!(!html.as_str().contains("<img"));
        assert!(html.as_str().contains("xray</a>"));
    }

    #[test]
    fn only_plain_local_relative_links_survive() {
        assert!(
            render("[t](/threads/1)")
                .as_str()
                .contains(r#"href="/threads/1""#)
        );
        assert!(!render("[t](//evil.example/x)").as_str().contains("href"));
        assert!(
            !render("<a href=\"java&#1;script:alert(1)\">x</a>")
                .as_str()
                .contains("href")
        );
    }

    #[test]
    fn script_and_handlers_are_removed() {
        let html = render(
            "<script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>",
        );
        assert!(!html.as_str().contains("script"));
        assert!(!html.as_str().contains("onclick"));
        assert!(!html.as_str().contains("javascript:"));
    }
}
