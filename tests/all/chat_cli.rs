//! `sodan chat` as a person (or an acceptance test) uses it: every language
//! answers in its own script, answers by number or label work, and junk is
//! harmless.

use crate::support::{root, sodan, text};

/// Whether `text` has a character of the script `lang` is written in (Latin
/// languages are recognised by their own words instead).
fn in_its_own_script(lang: &str, text: &str) -> bool {
    let has = |range: std::ops::RangeInclusive<char>| text.chars().any(|c| range.contains(&c));
    match lang {
        "ja" => has('\u{3040}'..='\u{30ff}'),
        "zh-CN" => has('\u{4e00}'..='\u{9fff}') && !has('\u{3040}'..='\u{30ff}'),
        "my" => has('\u{1000}'..='\u{109f}'),
        "ne" => has('\u{0900}'..='\u{097f}'),
        "th" => has('\u{0e00}'..='\u{0e7f}'),
        "km" => has('\u{1780}'..='\u{17ff}'),
        "vi" => text.contains("Xin chào") && has('\u{1ea0}'..='\u{1ef9}'),
        "id" => text.contains("Anda"),
        "tl" => text.contains("ka") && text.contains("ng "),
        "en" => text.contains("Hello"),
        _ => false,
    }
}

#[test]
fn every_language_answers_in_its_own_script() {
    for lang in ["ja", "en", "vi", "zh-CN", "id", "tl", "my", "ne", "th", "km"] {
        let output = sodan(&root(), &["chat", "--lang", lang], b"");
        assert_eq!(output.status.code(), Some(0), "{lang}: {}", text(&output.stderr));
        let out = text(&output.stdout);
        assert!(in_its_own_script(lang, &out), "{lang} answered:\n{out}");
        assert!(out.contains("[1] ") && out.contains("[6] "), "{lang}: the menu has six numbered choices:\n{out}");
    }
}

#[test]
fn choices_are_answered_by_number_or_label() {
    let by_number = text(&sodan(&root(), &["chat", "--lang", "en"], b"4\n10\n").stdout);
    let by_label = text(&sodan(&root(), &["chat", "--lang", "en"], b"Where to get help\nI don't know\n").stdout);
    for out in [by_number, by_label] {
        assert!(out.contains("0120-811-610"), "{out}");
    }
}

#[test]
fn without_a_language_it_asks_in_every_language() {
    let out = text(&sodan(&root(), &["chat"], b"3\n").stdout);
    assert!(out.starts_with("Please choose your language."), "{out}");
    assert!(out.contains("[3] Tiếng Việt") && out.contains("[10] ភាសាខ្មែរ"), "{out}");
    assert!(out.contains("Xin chào"), "{out}");
}

#[test]
fn junk_input_is_answered_not_crashed_on() {
    let mut junk = Vec::new();
    junk.extend_from_slice(b"\x00\x01\x07\x1b[2J\x7f\n");
    junk.extend_from_slice(&vec![b'A'; 20_000]);
    junk.push(b'\n');
    junk.extend_from_slice(b"\xff\xfe invalid utf-8 \xc3\x28\n");
    junk.extend_from_slice("９\n".as_bytes());
    junk.extend_from_slice(b"\r\n\r\n1\n/menu");
    let output = sodan(&root(), &["chat", "--lang", "en"], &junk);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    assert!(!out.contains('\u{1b}'), "control characters are not echoed");
    assert!(out.len() < 20_000, "a huge line is not echoed back");
    assert!(out.contains("Sorry, I did not understand"), "{out}");
    assert!(out.trim_end().ends_with("[6] My rights"), "the last /menu (no newline at EOF) shows the menu:\n{out}");
    assert!(text(&output.stderr).is_empty(), "{}", text(&output.stderr));
}

#[test]
fn a_regional_language_code_is_understood() {
    let out = text(&sodan(&root(), &["chat", "--lang", "vi-VN"], b"").stdout);
    assert!(in_its_own_script("vi", &out), "{out}");
}

#[test]
fn an_unknown_language_is_a_configuration_error() {
    let output = sodan(&root(), &["chat", "--lang", "xx"], b"");
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("unknown language `xx`") && err.contains("vi"), "{err}");
}

#[test]
fn the_binary_works_without_the_folders_beside_it() {
    let elsewhere = tempfile::tempdir().unwrap();
    let output = sodan(elsewhere.path(), &["chat", "--lang", "th"], b"4\n10\n");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("0120-811-610"));
    let output = sodan(elsewhere.path(), &["check"], b"");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
}

#[test]
fn a_bad_today_is_a_configuration_error() {
    let output = std::process::Command::new(crate::support::binary())
        .args(["chat", "--lang", "en"])
        .env("SODAN_TODAY", "23/11/2026")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("YYYY-MM-DD"));
}

/// The data with sodan's counselors' hours switched on, as an operator does.
fn tree_with_counselors(table: &str) -> tempfile::TempDir {
    let tree = crate::support::copy_of_tree();
    let contacts = tree.path().join("data/contacts.toml");
    let text = std::fs::read_to_string(&contacts).unwrap();
    std::fs::write(
        &contacts,
        text.replacen("[table]\nas_of = \"2026-11-23\"\n", &format!("[table]\nas_of = \"2026-11-23\"\n\n{table}\n"), 1),
    )
    .unwrap();
    tree
}

fn ask_for_a_person(tree: &std::path::Path, today: &str) -> String {
    let data = tree.join("data");
    let output = crate::support::sodan(
        tree,
        &["chat", "--lang", "en", "--data", data.to_str().unwrap(), "--today", today],
        b"/human\n",
    );
    assert_eq!(output.status.code(), Some(0), "{}", crate::support::text(&output.stderr));
    crate::support::text(&output.stdout)
}

#[test]
fn counselors_hours_tell_the_worker_whether_someone_is_there_now() {
    let always = tree_with_counselors(
        "[counselors]\nhours = [{ days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\", \"holiday\"], from = \"00:00\", to = \"24:00\" }]\nusual_wait_minutes = 30",
    );
    let said = ask_for_a_person(always.path(), "2026-11-25");
    assert!(
        said.contains(
            "Our counselors are working now (every day 0:00–24:00, Japan time). They usually answer within 30 minutes."
        ),
        "{said}"
    );
    assert!(said.contains("A counselor will answer you here"), "{said}");

    // A Sunday before a public holiday (2026-11-23), with a weekday team:
    // back on Tuesday, and the worker still joins the queue.
    let weekdays = tree_with_counselors(
        "[counselors]\nhours = [{ days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"], from = \"10:00\", to = \"18:00\" }]",
    );
    let said = ask_for_a_person(weekdays.path(), "2026-11-22");
    assert!(
        said.contains(
            "Our counselors are not working now. They are back at 2026-11-24 10:00, Japan time (Mon–Fri 10:00–18:00; closed holidays)"
        ),
        "{said}"
    );
    assert!(said.contains("A counselor will answer you here"), "{said}");

    // A mistake in the table is named with its line.
    let broken = tree_with_counselors("[counselors]\nhours = [{ days = [\"mon\"], from = \"10\", to = \"18:00\" }]");
    let data = broken.path().join("data");
    let output = crate::support::sodan(broken.path(), &["check", "--data", data.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        crate::support::text(&output.stdout).contains("`counselors`: hours must look like"),
        "{}",
        crate::support::text(&output.stdout)
    );
}
