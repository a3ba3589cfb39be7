//! Every XSS payload from the shared corpora, rendered as a post, comes out inert.

use kollega::markdown::render;

fn corpus(rel: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/corpora/{rel}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect(rel)
}

fn payloads() -> Vec<String> {
    let mut out = Vec::new();
    for file in [
        "xss_payloadsallthethings/Intruders/xss_alert.txt",
        "xss_payloadsallthethings/Intruders/xss_alert_identifiable.txt",
        "xss_payloadsallthethings/Intruders/MarioXSSVectors.txt",
        "xss_payloadsallthethings/Intruders/XSSDetection.txt",
        "xss_payloadsallthethings/Intruders/IntrudersXSS.txt",
        "xss_payloadsallthethings/Intruders/BRUTELOGIC-XSS-STRINGS.txt",
        "xss_payloadsallthethings/Intruders/BRUTELOGIC-XSS-JS.txt",
        "xss_payloadsallthethings/Intruders/JHADDIX_XSS.txt",
        "xss_payloadsallthethings/Intruders/RSNAKE_XSS.txt",
        "xss_payloadsallthethings/Intruders/XSS_Polyglots.txt",
        "xss_payloadsallthethings/Intruders/xss_payloads_quick.txt",
        "xss_payloadbox/Intruder/xss-payload-list.txt",
    ] {
        out.extend(
            corpus(file)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string),
        );
    }
    let dompurify: serde_json::Value =
        serde_json::from_str(&corpus("xss_dompurify/test/fixtures/expect.json")).unwrap();
    out.extend(
        dompurify
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["payload"].as_str().map(str::to_string)),
    );
    for block in corpus("xss_html5lib_sanitizer/html5lib/tests/sanitizer-testdata/tests1.dat")
        .split("#data\n")
        .skip(1)
    {
        out.push(block.split("\n#").next().unwrap_or("").to_string());
    }
    out
}

/// The markup of the output: every `<...>` run. Text is escaped (`&lt;`) by the
/// sanitizer, so a literal `<` always opens a real tag.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase())
        .collect()
}

fn assert_inert(input: &str, html: &str) {
    for tag in tags(html) {
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect();
        assert!(
            ![
                "script", "style", "iframe", "object", "embed", "svg", "math", "form", "base",
                "meta", "link", "img", "input"
            ]
            .contains(&name.as_str()),
            "<{name}> survived\ninput: {input}\noutput: {html}"
        );
        // Attributes: name="value" pairs after the tag name (ammonia always quotes).
        let attrs = tag[name.len()..].to_string();
        for part in attrs.split('"').step_by(2) {
            for attr in part.split_whitespace() {
                let attr_name = attr.trim_end_matches('=');
                assert!(
                    !attr_name.starts_with("on"),
                    "event handler {attr_name} survived\ninput: {input}\noutput: {html}"
                );
            }
        }
        for value in attrs.split('"').skip(1).step_by(2) {
            let v: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            for scheme in ["javascript:", "vbscript:", "data:"] {
                assert!(
                    !v.starts_with(scheme),
                    "{scheme} URL survived\ninput: {input}\noutput: {html}"
                );
            }
        }
    }
}

#[test]
fn every_corpus_payload_renders_inert() {
    let all = payloads();
    assert!(all.len() > 7000, "corpora loaded: {}", all.len());
    for p in &all {
        let html = render(p);
        assert_inert(p, html.as_str());
        // Also inside a raw HTML block, as someone pasting HTML would send it.
        let wrapped = render(&format!("<div>\n{p}\n</div>"));
        assert_inert(p, wrapped.as_str());
        // Sanitising is stable: a second pass changes nothing that matters.
        assert_inert(p, ammonia::clean(html.as_str()).as_str());
    }
}
