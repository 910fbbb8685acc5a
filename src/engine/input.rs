//! Reading what a worker typed: numbers, yen amounts, hours, dates and
//! prefectures, in the forms people really type them on a phone —
//! full-width digits, "15万円", "¥150,000", "7,5" for seven and a half.
//!
//! Pure functions only. Knows nothing of dialogs, locales or storage.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::rules::prefecture::{Prefecture, Prefectures};

/// The longest text a worker may give as a free-text answer. Longer answers
/// are refused with a re-prompt rather than cut, so nothing is lost silently.
pub const MAX_TEXT_CHARS: usize = 1000;

/// Highest plausible amounts: beyond them the worker has almost certainly
/// mistyped, and a re-prompt is kinder than a confident wrong answer.
const MAX_YEN: i64 = 100_000_000;
const MAX_HOURS: f64 = 744.0; // 31 days × 24 hours

/// Folds what phones type into one form: Unicode NFC, full-width letters and
/// digits (U+FF01–U+FF5E) to ASCII, the ideographic space and runs of white
/// space to one space, zero-width spaces dropped. Everything else is kept.
pub fn fold_width(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    // Composed form first: some keyboards send "e" + a separate accent mark,
    // which would not match the same word typed as one letter.
    for c in text.nfc() {
        // Zero-width spaces (some Khmer keyboards) and byte-order marks carry no meaning.
        if matches!(c, '\u{200B}' | '\u{FEFF}') {
            continue;
        }
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The form used to compare a typed word with a button label or a command
/// word: width folded, lower case, surrounding punctuation dropped.
pub fn normalize_word(text: &str) -> String {
    fold_width(text).to_lowercase().trim_matches(|c: char| c.is_whitespace() || ".!?。！？、,".contains(c)).to_string()
}

/// Removes control characters (keeping line breaks and tabs as spaces) so that
/// junk pasted into a chat can neither corrupt a transcript nor a terminal.
pub fn strip_controls(text: &str) -> String {
    text.chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).filter(|c| !c.is_control()).collect()
}

/// A plain non-negative decimal number, with `.` as the decimal point and
/// `,` as either thousands separator (`1,000`) or decimal comma (`7,5`).
pub fn number(text: &str) -> Option<f64> {
    let folded = fold_width(text).replace(' ', "");
    let plain = decimal_comma_to_point(&folded);
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    if plain.starts_with('.') || plain.ends_with('.') || plain.matches('.').count() > 1 {
        return None;
    }
    let value: f64 = plain.parse().ok()?;
    value.is_finite().then_some(value)
}

/// `1,000` and `1,000,000` use commas for thousands; `7,5` and `7,25` use a
/// decimal comma, as Vietnamese and Indonesian workers write.
fn decimal_comma_to_point(text: &str) -> String {
    match text.rsplit_once(',') {
        Some((head, tail))
            if !tail.is_empty()
                && tail.len() <= 2
                && !head.contains(',')
                && !head.contains('.')
                && tail.chars().all(|c| c.is_ascii_digit()) =>
        {
            format!("{head}.{tail}")
        }
        _ => text.replace(',', ""),
    }
}

/// A yen amount: `150000`, `150,000`, `¥150,000`, `150000円`, `15万円`,
/// `15万5千円`, `1.5万`. Only whole yen; nothing negative.
pub fn yen(text: &str) -> Option<i64> {
    let folded = fold_width(text);
    let lower = folded.trim().to_lowercase();
    let stripped = lower.trim_start_matches(['¥', '￥', '\\']);
    let stripped = YEN_WORDS.iter().find_map(|w| stripped.strip_suffix(w)).unwrap_or(stripped);
    let mut cleaned: String = stripped.chars().filter(|c| !c.is_whitespace()).collect();
    // "15 man" and "15 vạn" are how Vietnamese workers in Japan say 15万;
    // "150k" is 150 thousand.
    for (word, unit) in [("man", "万"), ("vạn", "万"), ("k", "千")] {
        if let Some(number) = cleaned.strip_suffix(word)
            && !number.is_empty()
        {
            cleaned = format!("{number}{unit}");
        }
    }
    if cleaned.is_empty() {
        return None;
    }
    // Yen has no decimals, so `150.000` is Vietnamese or Indonesian for 150,000.
    let cleaned = if is_dot_grouped(&cleaned) { cleaned.replace('.', "") } else { cleaned };
    let amount = japanese_units(&cleaned)?;
    let rounded = amount.round();
    if (amount - rounded).abs() > 1e-9 || rounded < 0.0 || rounded > MAX_YEN as f64 {
        return None;
    }
    Some(rounded as i64)
}

/// `150.000` or `1.226.000`: dots between groups of exactly three digits.
fn is_dot_grouped(text: &str) -> bool {
    let mut groups = text.split('.');
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && rest.iter().all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Words for "yen" that may follow an amount.
const YEN_WORDS: [&str; 5] = ["円", "yen", "yên", "jpy", "เยน"];

/// Words for "hours" that may follow a number of hours, in sodan's languages.
const HOUR_WORDS: [&str; 14] =
    ["時間", "hours", "hour", "hrs", "hr", "h", "giờ", "tiếng", "jam", "oras", "ชั่วโมง", "ម៉ោង", "घण्टा", "小时"];

/// Reads a number written with the Japanese units 万 (10,000) and 千 (1,000).
fn japanese_units(text: &str) -> Option<f64> {
    if let Some((man, rest)) = text.split_once('万') {
        let high = number(man)? * 10_000.0;
        let low = if rest.is_empty() { 0.0 } else { japanese_units(rest)? };
        return Some(high + low);
    }
    if let Some((sen, rest)) = text.split_once('千') {
        let high = if sen.is_empty() { 1.0 } else { number(sen)? } * 1_000.0;
        let low = if rest.is_empty() { 0.0 } else { number(rest)? };
        return Some(high + low);
    }
    number(text)
}

/// Hours: `8`, `7.5`, `7,5`, `7:30`, `7時間30分`, `7h30`.
pub fn hours(text: &str) -> Option<f64> {
    let folded = fold_width(text).to_lowercase().replace(' ', "");
    let folded = HOUR_WORDS.iter().find_map(|w| folded.strip_suffix(w)).map_or(folded.clone(), str::to_string);
    let folded = folded.trim_end_matches(['分', 'm']).to_string();
    let split = ["時間", ":", "h"].iter().find_map(|sep| folded.split_once(sep));
    let value = match split {
        Some((h, m)) => {
            let whole = number(h)?;
            let minutes = if m.is_empty() { 0.0 } else { number(m)? };
            if minutes >= 60.0 || whole.fract() != 0.0 {
                return None;
            }
            whole + minutes / 60.0
        }
        None => number(&folded)?,
    };
    (value <= MAX_HOURS).then_some(value)
}

/// A calendar date written year first: `2026-11-23`, `2026/11/23`,
/// `2026.11.23`, `2026年11月23日`. Day-first and month-first forms are
/// ambiguous between countries, so they are refused rather than guessed.
pub fn date(text: &str) -> Option<NaiveDate> {
    let folded = fold_width(text).replace(' ', "");
    let unified: String = folded
        .trim_end_matches('日')
        .chars()
        .map(|c| if matches!(c, '/' | '.' | '年' | '月') { '-' } else { c })
        .collect();
    let unified = unified.trim_end_matches('-');
    let mut parts = unified.split('-');
    let (year, month) = (parts.next()?, parts.next()?);
    // A month alone (2025-08, 2025年8月) stands for its first day.
    let day = parts.next().unwrap_or("1");
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// A prefecture by JIS code, English name or Japanese name.
pub fn prefecture<'a>(text: &str, prefectures: &'a Prefectures) -> Option<&'a Prefecture> {
    prefectures.find(&fold_width(text))
}

/// A free-text answer: anything non-empty up to [`MAX_TEXT_CHARS`].
pub fn free_text(text: &str) -> Option<String> {
    let cleaned = strip_controls(text);
    let trimmed = cleaned.trim();
    let length = trimmed.chars().count();
    (length > 0 && length <= MAX_TEXT_CHARS).then(|| trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yen_in_the_forms_workers_type() {
        let cases = [
            ("150000", Some(150_000)),
            ("150,000", Some(150_000)),
            ("¥150,000", Some(150_000)),
            ("￥１５０，０００", Some(150_000)),
            ("150000円", Some(150_000)),
            ("15万円", Some(150_000)),
            ("１５万円", Some(150_000)),
            ("15万5千円", Some(155_000)),
            ("15万5000", Some(155_000)),
            ("1.5万", Some(15_000)),
            ("3千", Some(3_000)),
            ("1,226 yen", Some(1_226)),
            ("150k", Some(150_000)),
            ("15 man", Some(150_000)),
            ("15 vạn", Some(150_000)),
            ("15万 yên", Some(150_000)),
            ("k", None),
            ("150.000", Some(150_000)),
            ("1.226.000đ", None),
            ("1.226.000", Some(1_226_000)),
            ("0", Some(0)),
            ("-5000", None),
            ("12.5", None),
            ("abc", None),
            ("", None),
            ("万", None),
            ("999999999999", None),
        ];
        for (text, expected) in cases {
            assert_eq!(yen(text), expected, "yen({text:?})");
        }
    }

    #[test]
    fn hours_in_the_forms_workers_type() {
        let cases = [
            ("8", Some(8.0)),
            ("7.5", Some(7.5)),
            ("7,5", Some(7.5)),
            ("７．５", Some(7.5)),
            ("7:30", Some(7.5)),
            ("7時間30分", Some(7.5)),
            ("7h30", Some(7.5)),
            ("8h", Some(8.0)),
            ("8時間", Some(8.0)),
            ("8 giờ", Some(8.0)),
            ("8 jam", Some(8.0)),
            ("173.8", Some(173.8)),
            ("8 ชั่วโมง", Some(8.0)),
            ("7:75", None),
            ("1000", None),
            ("eight", None),
        ];
        for (text, expected) in cases {
            assert_eq!(hours(text), expected, "hours({text:?})");
        }
    }

    #[test]
    fn numbers_keep_thousands_and_decimal_commas_apart() {
        assert_eq!(number("1,000"), Some(1000.0));
        assert_eq!(number("1,000,000"), Some(1_000_000.0));
        assert_eq!(number("2,25"), Some(2.25));
        assert_eq!(number("1.2.3"), None);
        assert_eq!(number("."), None);
        assert_eq!(number("5 "), Some(5.0));
    }

    #[test]
    fn dates_year_first_only() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23);
        assert_eq!(date("2026-11-23"), d);
        assert_eq!(date("2026/11/23"), d);
        assert_eq!(date("２０２６年１１月２３日"), d);
        assert_eq!(date("23/11/2026"), None);
        assert_eq!(date("2025-08"), NaiveDate::from_ymd_opt(2025, 8, 1));
        assert_eq!(date("2025年8月"), NaiveDate::from_ymd_opt(2025, 8, 1));
        assert_eq!(date("2026-02-30"), None);
    }

    #[test]
    fn free_text_refuses_empty_and_overlong_answers() {
        assert_eq!(free_text("  my boss\u{7} took it \n"), Some("my boss took it".into()));
        assert_eq!(free_text(" \u{1b} "), None);
        assert_eq!(free_text(&"x".repeat(MAX_TEXT_CHARS + 1)), None);
    }

    #[test]
    fn normalized_words_ignore_width_case_and_punctuation() {
        assert_eq!(normalize_word("  ＭＥＮＵ！ "), "menu");
        assert_eq!(normalize_word("Main   Menu"), "main menu");
        // "đánh" typed as d-stroke, a, combining acute, n, h.
        assert_eq!(fold_width("\u{111}a\u{301}nh"), "đánh");
        assert_eq!(fold_width("ខ្ញុំ\u{200B}ត្រូវ"), "ខ្ញុំត្រូវ");
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;
        use crate::engine::value::group_thousands;

        fn full_width(text: &str) -> String {
            text.chars()
                .map(|c| if c.is_ascii_graphic() { char::from_u32(c as u32 + 0xFEE0).unwrap_or(c) } else { c })
                .collect()
        }

        proptest! {
            #[test]
            fn every_way_of_writing_an_amount_reads_back_exactly(yen in 0i64..100_000_000) {
                let grouped = group_thousands(yen);
                let forms = [
                    yen.to_string(),
                    grouped.clone(),
                    format!("¥{grouped}"),
                    format!("{yen}円"),
                    format!("{grouped} yen"),
                    full_width(&yen.to_string()),
                    full_width(&grouped),
                ];
                for form in forms {
                    prop_assert_eq!(super::super::yen(&form), Some(yen), "{}", form);
                }
                if yen % 10_000 == 0 {
                    prop_assert_eq!(super::super::yen(&format!("{}万円", yen / 10_000)), Some(yen));
                    prop_assert_eq!(super::super::yen(&format!("{} man", yen / 10_000)), Some(yen));
                }
                if yen >= 1000 {
                    prop_assert_eq!(super::super::yen(&grouped.replace(',', ".")), Some(yen), "dot grouping");
                }
            }

            #[test]
            fn every_way_of_writing_hours_reads_back(hundredths in 0u32..74_400) {
                let value = hundredths as f64 / 100.0;
                let text = format!("{value}");
                for form in [text.clone(), text.replace('.', ","), format!("{text}h"), format!("{text}時間"), full_width(&text)] {
                    let read = hours(&form);
                    prop_assert!(read.is_some_and(|h| (h - value).abs() < 1e-9), "{} read as {:?}", form, read);
                }
            }

            #[test]
            fn no_text_makes_the_readers_panic(text in any::<String>()) {
                let _ = (yen(&text), hours(&text), number(&text), date(&text), free_text(&text), normalize_word(&text));
            }

            #[test]
            fn nothing_negative_is_ever_read(text in "-[0-9,.]{1,12}") {
                prop_assert!(yen(&text).is_none());
                prop_assert!(number(&text).is_none());
            }
        }
    }
}
