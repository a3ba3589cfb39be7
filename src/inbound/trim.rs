//! Keeps what the member wrote: cuts at our marker, at reply headers and
//! sign-offs, and drops quoted lines.

pub struct Trimmed {
    pub reply: String,
    pub elided: String,
}

pub fn trim(body: &str) -> Trimmed {
    let body = body.replace("\r\n", "\n");
    let mut keep = Vec::new();
    let mut cut_at = None;
    for (i, line) in body.lines().enumerate() {
        let t = line.trim();
        if t.starts_with("## ") && t.ends_with(" ##")
            || (t.starts_with("On ") && t.ends_with("wrote:"))
            || t.ends_with("skrev:")
        {
            cut_at = Some(i);
            break;
        }
        let lower = t.to_lowercase();
        if [
            "mvh",
            "med vänliga hälsningar",
            "vänliga hälsningar",
            "best wishes",
            "kind regards",
            "-- ",
        ]
        .iter()
        .any(|s| lower == *s || lower.starts_with(&format!("{s},")))
            || line == "-- "
        {
            cut_at = Some(i);
            break;
        }
        if !t.starts_with('>') {
            keep.push(line);
        }
    }
    let lines: Vec<&str> = body.lines().collect();
    let elided = cut_at.map(|i| lines[i..].join("\n")).unwrap_or_default();
    Trimmed {
        reply: keep.join("\n").trim().to_string(),
        elided,
    }
}

pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    html_escape::decode_html_entities(&out).into_owned()
}
