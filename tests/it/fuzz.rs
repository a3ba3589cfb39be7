//! Property tests (a fuzz harness in the repo): whatever arrives by email or is
//! typed into a post, parsing, trimming and the identifier guard never panic,
//! and findings always point at real characters of the source.

use proptest::prelude::*;

fn mailish() -> impl Strategy<Value = String> {
    let header = prop_oneof![
        Just("From: a@example.org\r\n".to_string()),
        Just("To: reply+0123@kollega.test\r\n".to_string()),
        Just("Subject: =?utf-8?q?R=C3=A4ksm=C3=B6rg=C3=A5s?=\r\n".to_string()),
        Just("Content-Type: multipart/alternative; boundary=\"x\"\r\n".to_string()),
        Just("Content-Transfer-Encoding: base64\r\n".to_string()),
        Just("Content-Transfer-Encoding: quoted-printable\r\n".to_string()),
        "[A-Za-z-]{1,12}: [ -~]{0,40}\r\n",
    ];
    let body = prop_oneof![
        Just("--x\r\nContent-Type: text/plain\r\n\r\nhej\r\n--x--\r\n".to_string()),
        Just("> citat\r\nOn Mon, Jan 1, 2024 at 1:00 PM X <x@y.z> wrote:\r\n".to_string()),
        Just("Från: X\r\nSkickat: den 1 jan\r\n".to_string()),
        "\\PC{0,200}",
    ];
    (
        prop::collection::vec(header, 0..8),
        prop::collection::vec(body, 0..5),
    )
        .prop_map(|(h, b)| format!("{}\r\n{}", h.concat(), b.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn parsing_any_bytes_never_panics(raw in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = kollega::inbound::parse(&raw);
    }

    #[test]
    fn parsing_mail_shaped_input_never_panics(raw in mailish()) {
        let _ = kollega::inbound::parse(raw.as_bytes());
    }

    #[test]
    fn trimming_never_panics(text in "\\PC{0,500}") {
        let _ = kollega::inbound::trim::trim(&text);
        let _ = kollega::inbound::trim::html_to_text(&text);
    }

    #[test]
    fn guard_findings_are_char_boundaries_of_the_source(text in "(\\PC|[0-9 \\-+*_&#;<>\\[\\]()]){0,300}") {
        for f in kollega::deid::check(&text, &[]) {
            prop_assert!(f.start <= f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            prop_assert_eq!(&text[f.start..f.end], f.text.as_str());
        }
        let redacted = kollega::deid::redact(&text, &kollega::deid::check(&text, &[]), "sv");
        prop_assert!(kollega::deid::check(&redacted, &[]).iter().all(|f| f.category.is_weak() || !f.text.is_empty()));
    }
}
