//! Reading the reference tables in `data/` from their text. Every table
//! carries where its facts come from; an entry without a source is refused.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::diagnostic::{Problem, toml_problem};
use crate::engine::Reference;
use crate::rules::prefecture::{Prefecture, Prefectures};
use crate::rules::{contacts, deductions, minimum_wage, wage_rules};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableInfo {
    #[allow(dead_code)] // documentation for admins; kept so a typo is reported
    source: Option<String>,
    #[allow(dead_code)]
    as_of: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrefecturesFile {
    #[allow(dead_code)]
    table: TableInfo,
    prefecture: Vec<Prefecture>,
}

/// The part of contacts.toml the messages quote; `contacts::parse` reads the
/// directory and refuses unknown tables.
#[derive(Deserialize)]
struct ContactsFile {
    #[allow(dead_code)]
    table: TableInfo,
    #[serde(default)]
    message_values: Vec<MessageValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageValue {
    name: String,
    value: String,
    source: String,
    #[allow(dead_code)]
    verified_on: String,
    #[allow(dead_code)]
    note: Option<String>,
}

/// One data file: its name as the admin sees it and its text.
pub struct DataSource<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// The reference tables sodan needs, each looked up by file name.
pub const FILES: [&str; 6] =
    ["prefectures.toml", "contacts.toml", "minimum-wages.toml", "wage-rules.toml", "holidays.toml", "deductions.toml"];

/// Reads the files of [`FILES`] (in that order) into the engine's reference
/// data, reporting every problem with its line.
pub fn parse(files: [&DataSource<'_>; 6]) -> (Reference, Vec<Problem>) {
    let [prefectures, contacts, minimum_wages, wage_rules, holidays, deductions] = files;
    let mut problems = Vec::new();
    let mut reference = Reference::default();
    if let Some(file) = parse_toml::<PrefecturesFile>(prefectures, &mut problems) {
        let codes: BTreeSet<u8> = file.prefecture.iter().map(|p| p.code).collect();
        if codes != (1..=47).collect() {
            problems.push(Problem::error(
                prefectures.path,
                1,
                "the table must list each JIS code from 1 to 47 exactly once",
            ));
        }
        reference.prefectures = Prefectures::new(file.prefecture);
    }
    if let Some(file) = parse_toml::<ContactsFile>(contacts, &mut problems) {
        for entry in file.message_values {
            if !entry.source.starts_with("https://") && !entry.source.starts_with("http://") {
                problems.push(Problem::error(contacts.path, 1, format!("`{}` needs a source URL", entry.name)));
            }
            reference.message_values.push((entry.name, entry.value));
        }
    }
    let (directory, mut found) = contacts::parse(contacts.path, contacts.text, holidays.path, holidays.text);
    reference.directory = directory;
    problems.append(&mut found);
    let (table, mut found) = deductions::parse(deductions.path, deductions.text);
    reference.deductions = table;
    problems.append(&mut found);
    let (table, mut found) = minimum_wage::parse(minimum_wages.path, minimum_wages.text);
    reference.minimum_wages = table;
    problems.append(&mut found);
    let (rules, mut found) = wage_rules::parse(wage_rules.path, wage_rules.text);
    reference.wage_rules = rules.unwrap_or_default();
    problems.append(&mut found);
    // The legal numbers messages quote come from the same data as the checks.
    let rules = &reference.wage_rules;
    for (name, value) in [
        ("premium_overtime", rules.premiums.overtime),
        ("premium_beyond_60h", rules.premiums.overtime_beyond_60h),
        ("premium_threshold_hours", rules.premiums.monthly_threshold_hours),
        ("premium_late_night", rules.premiums.late_night),
        ("premium_legal_holiday", rules.premiums.legal_holiday),
        ("limit_without_special_clause", rules.overtime_limits.monthly_without_special_clause),
        ("limit_absolute_below", rules.overtime_limits.monthly_absolute_below),
        ("limitation_years", rules.wage_claims.limitation_years),
    ] {
        reference.message_values.push((name.to_string(), value.to_string()));
    }
    (reference, problems)
}

fn parse_toml<T: for<'de> Deserialize<'de>>(source: &DataSource<'_>, problems: &mut Vec<Problem>) -> Option<T> {
    match toml::from_str(source.text) {
        Ok(value) => Some(value),
        Err(error) => {
            problems.push(toml_problem(source.path, source.text, &error));
            None
        }
    }
}
