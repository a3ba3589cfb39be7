//! Names people read as someone else's: display names, group names and
//! thread titles refuse what could make one member pose as another.
//! - Bidirectional controls (they reorder what follows: "Anna\u{202E}nosnevS").
//! - Zero-width and other invisible format characters (two names that look
//!   the same but differ, or a name that hides a second one).
//! - Words that mix scripts (Latin "Anna" with a Cyrillic "а"), by the
//!   Unicode mixed-script rules (UTS #39, `unicode-security`). Whole words in
//!   one script stay allowed, so a name may be written in Cyrillic, Greek or
//!   Arabic, and Japanese mixes its own scripts as it should.

use unicode_security::MixedScript;

use crate::error::{AppError, AppResult};

/// Characters that show nothing (or reorder what follows) and have no place
/// in a one-line name.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'                      // soft hyphen
        | '\u{034F}'                    // combining grapheme joiner
        | '\u{061C}'                    // Arabic letter mark
        | '\u{115F}' | '\u{1160}'       // Hangul fillers
        | '\u{17B4}' | '\u{17B5}'       // Khmer inherent vowels
        | '\u{180B}'..='\u{180F}'       // Mongolian variation selectors, vowel separator
        | '\u{200B}'..='\u{200F}'       // zero-width space, non-joiner, joiner; LRM, RLM
        | '\u{2028}'..='\u{202E}'       // line/paragraph separators; embeddings, overrides
        | '\u{2060}'..='\u{206F}'       // word joiner, invisible operators, isolates, deprecated
        | '\u{3164}'                    // Hangul filler
        | '\u{FE00}'..='\u{FE0D}'       // variation selectors (not FE0E/FE0F: text/emoji style)
        | '\u{FEFF}'                    // zero-width no-break space (BOM)
        | '\u{FFA0}'                    // halfwidth Hangul filler
        | '\u{FFF9}'..='\u{FFFB}'       // interlinear annotation
        | '\u{1D173}'..='\u{1D17A}'     // musical formatting
        | '\u{E0000}'..='\u{E007F}'     // tags
        | '\u{E0100}'..='\u{E01EF}' // variation selectors supplement
    )
}

/// The (English) messages, which the web pages translate (`lookalike_key`).
const INVISIBLE: &str =
    "contains invisible or text-direction characters; please type it again without them";
const MIXED: &str = "mixes letters of different alphabets in one word, which can look like another name; please use one alphabet per word";

/// The translation key (under `invalid.`) for a message from `check_lookalike`.
pub fn lookalike_key(message: &str) -> Option<&'static str> {
    if message.contains(INVISIBLE) {
        Some("lookalike_invisible")
    } else if message.contains(MIXED) {
        Some("lookalike_mixed")
    } else {
        None
    }
}

/// Refuses a name with invisible or bidirectional characters, or with a word
/// that mixes scripts, naming `field` in the message.
pub fn check_lookalike(field: &'static str, name: &str) -> AppResult<()> {
    if name.chars().any(invisible) {
        return Err(AppError::invalid(field, INVISIBLE));
    }
    if let Some(word) = name.split_whitespace().find(|w| !w.is_single_script()) {
        return Err(AppError::invalid(field, format!("{MIXED}: \"{word}\"")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_lookalike;

    #[test]
    fn ordinary_names_in_any_one_script_pass() {
        for name in [
            "Anna Svensson",
            "Dr. Åsa Öberg-Lindqvist",
            "Siobhán O'Connor (GP)",
            "Balintgruppen Göteborg 2026",
            "Мария Иванова",
            "Anna Иванова",
            "Γιώργος",
            "محمد",
            "山田 はなこ",
            "Wie gehen wir mit Ärger um? — ein Fall",
            "Heart ❤️",
        ] {
            assert!(check_lookalike("name", name).is_ok(), "{name}");
        }
    }

    #[test]
    fn look_alikes_are_refused() {
        for name in [
            "Anna\u{202E}nosnevS",
            "Anna\u{200B} Svensson",
            "Anna\u{2066}Svensson",
            "\u{FEFF}Anna",
            "Anna\u{00AD}Svensson",
            "Аnna Svensson", // Cyrillic А
            "Anna Svensѕon", // Cyrillic ѕ
            "Αnna",          // Greek Alpha
        ] {
            assert!(check_lookalike("name", name).is_err(), "{name:?}");
        }
    }
}
