//! `sodan contacts` as the contract describes it: every prefecture resolves,
//! and each line's `open_on_date` follows its published days, the public
//! holidays and the year-end closure, in Japan time.

use serde_json::Value;

use crate::support::{root, sodan, text};

fn contacts(args: &[&str]) -> Value {
    let mut all = vec!["contacts"];
    all.extend_from_slice(args);
    all.push("--json");
    let output = sodan(&root(), &all, b"");
    assert_eq!(output.status.code(), Some(0), "{args:?}: {}", text(&output.stderr));
    serde_json::from_str(&text(&output.stdout)).unwrap()
}

fn line<'v>(result: &'v Value, phone: &str) -> &'v Value {
    result["hotlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["phone"] == phone)
        .unwrap_or_else(|| panic!("{phone} in {result}"))
}

#[test]
fn every_prefecture_resolves_by_code_english_and_japanese_name() {
    let reference = crate::support::shipped_sources().load_reference().unwrap();
    for (i, prefecture) in reference.prefectures.all().iter().enumerate() {
        // 東京都 → 東京労働局, 北海道 → 北海道労働局: the bureau is named after the prefecture.
        let short = prefecture.ja.strip_suffix(['都', '府', '県']).unwrap_or(&prefecture.ja).to_string();
        let bureau = format!("{short}労働局");
        let names = [prefecture.code.to_string(), prefecture.en.to_lowercase(), prefecture.ja.clone(), short];
        for name in &names {
            assert_eq!(reference.prefectures.find(name).map(|p| p.code), Some(prefecture.code), "{name}");
        }
        // Through the command line, each prefecture by one of its names in turn.
        let name = &names[i % names.len()];
        let result = contacts(&["--prefecture", name, "--lang", "en", "--date", "2026-11-24"]);
        assert_eq!(result["labor_bureau"]["name"], bureau.as_str(), "{name}");
        assert!(result["labor_bureau"]["url"].as_str().unwrap().starts_with("https://jsite.mhlw.go.jp/"));
        // No number was verified for any bureau: none is invented.
        assert_eq!(result["labor_bureau"]["phone"], Value::Null);
        for line in result["hotlines"].as_array().unwrap() {
            assert!(line["source"].as_str().unwrap().starts_with("http"), "every line has its source");
        }
    }
}

#[test]
fn weekday_weekend_holiday_and_new_year_schedules() {
    // Tuesday: the Vietnamese hotline answers Wed, Fri, Sat; OTIT Mon–Fri.
    let tuesday = contacts(&["--prefecture", "13", "--lang", "vi", "--date", "2026-11-24"]);
    assert_eq!(line(&tuesday, "0120-531-406")["open_on_date"], false);
    assert_eq!(line(&tuesday, "0120-250-168")["open_on_date"], true);
    assert_eq!(line(&tuesday, "0120-531-406")["certain"], false, "a V* number is not presented as certain");
    // Saturday.
    let saturday = contacts(&["--prefecture", "13", "--lang", "vi", "--date", "2026-11-28"]);
    assert_eq!(line(&saturday, "0120-531-406")["open_on_date"], true);
    assert_eq!(line(&saturday, "0120-250-168")["open_on_date"], false);
    // Monday 2026-11-23 is 勤労感謝の日: OTIT is closed on holidays; the
    // Japanese hotline keeps its holiday hours.
    let holiday = contacts(&["--prefecture", "13", "--lang", "vi", "--date", "2026-11-23"]);
    assert_eq!(holiday["public_holiday"], true);
    assert_eq!(line(&holiday, "0120-250-168")["open_on_date"], false);
    let japanese = contacts(&["--prefecture", "13", "--lang", "ja", "--date", "2026-11-23"]);
    assert_eq!(line(&japanese, "0120-811-610")["open_on_date"], true);
    // New Year's Eve: the hotline's year-end closure.
    let year_end = contacts(&["--prefecture", "13", "--lang", "ja", "--date", "2026-12-31"]);
    assert_eq!(line(&year_end, "0120-811-610")["open_on_date"], false);
    assert_eq!(line(&year_end, "0120-811-610")["open_status"], "closed");
    // Emergency numbers are always there and always open.
    for number in ["110", "119"] {
        let emergency = year_end["emergency"].as_array().unwrap().iter().find(|l| l["phone"] == number).unwrap();
        assert_eq!(emergency["open_on_date"], true);
    }
}

#[test]
fn lines_with_unknown_days_are_neither_open_nor_closed() {
    let result = contacts(&["--prefecture", "23", "--lang", "zh-CN", "--date", "2026-11-24"]);
    let chinese = line(&result, "0120-531-402");
    assert_eq!(chinese["open_status"], "unknown");
    assert_eq!(chinese["open_on_date"], false);
    // A year without a holiday table is not guessed either.
    let later = contacts(&["--prefecture", "23", "--lang", "zh-CN", "--date", "2029-11-20"]);
    assert_eq!(line(&later, "0120-250-169")["open_status"], "unknown");
}

#[test]
fn bad_contacts_input_exits_2() {
    for (args, needle) in [
        (vec!["contacts", "--prefecture", "atlantis", "--lang", "en"], "unknown prefecture"),
        (vec!["contacts", "--prefecture", "13", "--lang", "xx"], "unknown language `xx`"),
        (vec!["contacts", "--prefecture", "13", "--date", "2026/13/01"], "--date"),
    ] {
        let output = sodan(&root(), &args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(text(&output.stderr).contains(needle), "{}", text(&output.stderr));
    }
}
