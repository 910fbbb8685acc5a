//! Fitting the engine's replies into a platform's limits: long text is
//! split at paragraph, line or word boundaries (never rejected by the
//! platform), and choices that do not fit as buttons become a numbered list
//! the worker can answer by number.

use crate::engine::{Button, Reply};

/// How a platform counts text length.
#[derive(Debug, Clone, Copy)]
pub enum Units {
    Chars,
    /// UTF-16 code units (LINE counts this way).
    Utf16,
}

impl Units {
    pub fn len(self, text: &str) -> usize {
        match self {
            Units::Chars => text.chars().count(),
            Units::Utf16 => text.encode_utf16().count(),
        }
    }
}

/// Splits `text` into pieces of at most `max` units, cutting at the last
/// blank line, line break or space that fits, and inside a word only when
/// a single word is longer than `max`.
pub fn split_text(text: &str, max: usize, units: Units) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = text.trim_end();
    while units.len(rest) > max {
        let limit = byte_limit(rest, max, units);
        let head = &rest[..limit];
        // A break right after the limit is the best cut of all.
        let at_limit = rest[limit..].starts_with(['\n', ' ']).then_some((limit, 1));
        let cut = at_limit
            .or_else(|| {
                ["\n\n", "\n", " "].iter().find_map(|sep| head.rfind(sep).filter(|&i| i > 0).map(|i| (i, sep.len())))
            })
            .unwrap_or((limit, 0));
        pieces.push(rest[..cut.0].trim_end().to_string());
        rest = rest[cut.0 + cut.1..].trim_start_matches([' ', '\n']);
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest.to_string());
    }
    pieces
}

/// The largest byte index (on a char boundary) whose prefix fits in `max` units.
fn byte_limit(text: &str, max: usize, units: Units) -> usize {
    let mut used = 0;
    for (index, c) in text.char_indices() {
        let size = match units {
            Units::Chars => 1,
            Units::Utf16 => c.len_utf16(),
        };
        if used + size > max {
            return index;
        }
        used += size;
    }
    text.len()
}

/// A platform's limits on choice buttons.
#[derive(Debug, Clone, Copy)]
pub struct ButtonLimits {
    pub max_buttons: usize,
    pub max_label: usize,
    pub units: Units,
}

/// A reply as a platform can show it: the text (with a numbered list of
/// choices appended when they do not fit as buttons) and the buttons to
/// attach, each label within the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    pub text: String,
    pub buttons: Vec<Button>,
}

pub fn fit_buttons(reply: &Reply, limits: ButtonLimits) -> Fitted {
    let too_many = reply.buttons.len() > limits.max_buttons;
    let too_long = reply.buttons.iter().any(|b| limits.units.len(&b.label) > limits.max_label);
    if !too_many && !too_long {
        return Fitted { text: reply.text.clone(), buttons: reply.buttons.clone() };
    }
    // The engine understands a choice's number, so the full labels go in the
    // text and the buttons carry the numbers (and as much label as fits).
    let mut text = reply.text.clone();
    for (i, button) in reply.buttons.iter().enumerate() {
        text.push_str(&format!("\n[{}] {}", i + 1, button.label));
    }
    let buttons = reply
        .buttons
        .iter()
        .enumerate()
        .take(limits.max_buttons)
        .map(|(i, button)| Button {
            payload: button.payload.clone(),
            label: shorten(&format!("{} {}", i + 1, button.label), limits.max_label, limits.units),
        })
        .collect();
    Fitted { text, buttons }
}

/// `text` cut to `max` units, ending with "…" when cut.
pub fn shorten(text: &str, max: usize, units: Units) -> String {
    if units.len(text) <= max {
        return text.to_string();
    }
    let limit = byte_limit(text, max.saturating_sub(1), units);
    format!("{}…", text[..limit].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn buttons(labels: &[&str]) -> Reply {
        Reply {
            text: "Choose".into(),
            buttons: labels
                .iter()
                .enumerate()
                .map(|(i, l)| Button { payload: format!("p{i}"), label: l.to_string() })
                .collect(),
        }
    }

    #[test]
    fn text_is_cut_at_paragraphs_then_lines_then_words() {
        assert_eq!(split_text("aaa bbb\n\nccc", 9, Units::Chars), vec!["aaa bbb", "ccc"]);
        assert_eq!(split_text("aaa\nbbb ccc", 9, Units::Chars), vec!["aaa", "bbb ccc"]);
        assert_eq!(split_text("aaaa bbbb cccc", 9, Units::Chars), vec!["aaaa bbbb", "cccc"]);
        assert_eq!(split_text("abcdefghij", 4, Units::Chars), vec!["abcd", "efgh", "ij"]);
        assert_eq!(split_text("", 4, Units::Chars), vec![""]);
    }

    #[test]
    fn utf16_counts_emoji_as_two_units() {
        assert_eq!(Units::Utf16.len("😀a"), 3);
        assert_eq!(split_text("😀😀😀", 4, Units::Utf16), vec!["😀😀", "😀"]);
    }

    #[test]
    fn choices_that_fit_stay_buttons() {
        let reply = buttons(&["Yes", "No"]);
        let limits = ButtonLimits { max_buttons: 3, max_label: 20, units: Units::Chars };
        assert_eq!(fit_buttons(&reply, limits), Fitted { text: "Choose".into(), buttons: reply.buttons.clone() });
    }

    #[test]
    fn too_many_or_too_long_choices_become_a_numbered_list() {
        let reply = buttons(&["Hokkaido and Tohoku region", "Kanto", "Chubu", "Kinki"]);
        let limits = ButtonLimits { max_buttons: 3, max_label: 20, units: Units::Chars };
        let fitted = fit_buttons(&reply, limits);
        assert_eq!(fitted.text, "Choose\n[1] Hokkaido and Tohoku region\n[2] Kanto\n[3] Chubu\n[4] Kinki");
        assert_eq!(fitted.buttons.len(), 3);
        assert_eq!(fitted.buttons[0].label, "1 Hokkaido and Toho…");
        assert_eq!(fitted.buttons[0].payload, "p0");
        assert_eq!(fitted.buttons[1].label, "2 Kanto");
    }

    proptest! {
        #[test]
        fn pieces_fit_and_keep_every_word(text in "[a-z😀 \n]{0,300}", max in 2usize..40) {
            let pieces = split_text(&text, max, Units::Utf16);
            for piece in &pieces {
                prop_assert!(Units::Utf16.len(piece) <= max, "{piece:?}");
            }
            let original: Vec<&str> = text.split_whitespace().collect();
            let joined = pieces.join(" ");
            let rebuilt: Vec<&str> = joined.split_whitespace().collect();
            // Words longer than `max` are cut, so compare the letters.
            prop_assert_eq!(original.concat(), rebuilt.concat());
        }
    }
}
