//! The regional minimum wage (地域別最低賃金) in force in a prefecture on a
//! date, and the next known revision, from `data/minimum-wages.toml`.
//!
//! The amount in force is the newest **confirmed** revision whose effective
//! date is on or before the date. A **recommended** amount (答申額) never
//! replaces it: it is reported as pending, because it may already apply.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::diagnostic::{Problem, line_of, toml_problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Published in the official notice (公示), with an effective date.
    Confirmed,
    /// A council recommendation (答申額): may change; not yet the law.
    Recommended,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub prefecture: u8,
    pub fiscal_year: u16,
    pub amount: u32,
    /// For a confirmed revision, the day it takes effect; for a recommended
    /// one, the planned day if known, which may still move.
    pub effective_from: Option<NaiveDate>,
    pub status: Status,
    /// V, V*, C: how well the sources support it (see ../shared/facts).
    pub mark: String,
    pub sources: Vec<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct MinimumWages {
    revisions: Vec<Revision>,
    /// When the table was last checked against its sources.
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    #[error("no minimum wage is known for prefecture {0}")]
    UnknownPrefecture(u8),
    #[error("no minimum-wage table covers {date}: the earliest known amount took effect on {earliest}")]
    BeforeEarliest { date: NaiveDate, earliest: NaiveDate },
}

impl MinimumWages {
    pub fn new(revisions: Vec<Revision>, as_of: Option<NaiveDate>) -> Self {
        Self { revisions, as_of }
    }

    fn confirmed(&self, prefecture: u8) -> impl Iterator<Item = (&Revision, NaiveDate)> {
        self.revisions
            .iter()
            .filter(move |r| r.prefecture == prefecture && r.status == Status::Confirmed)
            .filter_map(|r| r.effective_from.map(|d| (r, d)))
    }

    /// The revision in force in `prefecture` on `date`.
    pub fn in_force(&self, prefecture: u8, date: NaiveDate) -> Result<&Revision, LookupError> {
        let earliest =
            self.confirmed(prefecture).map(|(_, d)| d).min().ok_or(LookupError::UnknownPrefecture(prefecture))?;
        self.confirmed(prefecture)
            .filter(|(_, from)| *from <= date)
            .max_by_key(|(_, from)| *from)
            .map(|(r, _)| r)
            .ok_or(LookupError::BeforeEarliest { date, earliest })
    }

    /// The next known revision that is not in force on `date`: a confirmed
    /// one that starts later, or a recommended one for a later fiscal year.
    pub fn pending(&self, prefecture: u8, date: NaiveDate) -> Option<&Revision> {
        let current = self.in_force(prefecture, date).ok()?;
        self.revisions
            .iter()
            .filter(|r| r.prefecture == prefecture && r.fiscal_year > current.fiscal_year)
            .filter(|r| match (r.status, r.effective_from) {
                (Status::Confirmed, Some(from)) => from > date,
                (Status::Confirmed, None) => false,
                (Status::Recommended, _) => true,
            })
            .min_by_key(|r| (r.fiscal_year, r.effective_from))
    }

    /// Warnings for `sodan check`: prefectures with no confirmed revision for
    /// the current fiscal year although its usual October start has passed.
    pub fn freshness(&self, today: NaiveDate, path: &str) -> Vec<Problem> {
        let fiscal_year = if today.month() >= 4 { today.year() } else { today.year() - 1 };
        let usual_start = NaiveDate::from_ymd_opt(fiscal_year, 10, 1).unwrap_or(today);
        if today < usual_start {
            return Vec::new();
        }
        let mut prefectures: Vec<u8> = self.revisions.iter().map(|r| r.prefecture).collect();
        prefectures.sort_unstable();
        prefectures.dedup();
        let missing: Vec<String> = prefectures
            .iter()
            .filter(|p| {
                !self.revisions.iter().any(|r| {
                    r.prefecture == **p && r.fiscal_year as i32 == fiscal_year && r.status == Status::Confirmed
                })
            })
            .map(|p| p.to_string())
            .collect();
        if missing.is_empty() {
            return Vec::new();
        }
        vec![Problem::warning(
            path,
            1,
            format!(
                "no confirmed FY{fiscal_year} minimum wage for {} prefecture(s) ({}), although revisions usually take effect from October: add them when their notices are published",
                missing.len(),
                if missing.len() > 8 { format!("{}, …", missing[..8].join(", ")) } else { missing.join(", ") }
            ),
        )]
    }
}

// ---- The file format ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    table: RawTable,
    sources: BTreeMap<String, String>,
    fiscal_year: Vec<RawYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[allow(dead_code)] // for admins
    title: String,
    as_of: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    year: u16,
    #[allow(dead_code)]
    label: String,
    status: Status,
    mark: String,
    sources: Vec<String>,
    rows: Vec<toml::Spanned<RawRow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRow {
    prefecture: u8,
    amount: u32,
    effective_from: Option<String>,
    status: Option<Status>,
    mark: Option<String>,
    sources: Option<Vec<String>>,
    note: Option<String>,
}

/// Reads the table, reporting every problem with its line.
pub fn parse(path: &str, text: &str) -> (MinimumWages, Vec<Problem>) {
    let mut problems = Vec::new();
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            problems.push(toml_problem(path, text, &error));
            return (MinimumWages::default(), problems);
        }
    };
    let as_of = NaiveDate::parse_from_str(&raw.table.as_of, "%Y-%m-%d").ok();
    if as_of.is_none() {
        problems.push(Problem::error(path, 1, "[table] as_of must be a date like 2026-11-23"));
    }
    let mut revisions = Vec::new();
    for year in raw.fiscal_year {
        for spanned in year.rows {
            let line = line_of(text, spanned.span().start);
            let row = spanned.into_inner();
            let mut error = |message: String| problems.push(Problem::error(path, line, message));
            if !(1..=47).contains(&row.prefecture) {
                error(format!("prefecture {} is not a JIS code from 1 to 47", row.prefecture));
                continue;
            }
            if !(100..=10_000).contains(&row.amount) {
                error(format!("amount {} yen per hour is implausible", row.amount));
            }
            let effective_from = match row.effective_from.as_deref().map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d")) {
                None => None,
                Some(Ok(date)) => Some(date),
                Some(Err(_)) => {
                    error("effective_from must be a date like \"2025-10-01\"".to_string());
                    None
                }
            };
            let status = row.status.unwrap_or(year.status);
            if status == Status::Confirmed && effective_from.is_none() {
                error(format!("a confirmed amount needs its effective_from date (prefecture {})", row.prefecture));
            }
            let keys = row.sources.unwrap_or_else(|| year.sources.clone());
            let mut sources = Vec::new();
            for key in keys {
                match raw.sources.get(&key) {
                    Some(url) => sources.push(url.clone()),
                    None => error(format!("source `{key}` is not listed in [sources]")),
                }
            }
            if sources.is_empty() {
                error(format!("prefecture {} has no source", row.prefecture));
            }
            revisions.push(Revision {
                prefecture: row.prefecture,
                fiscal_year: year.year,
                amount: row.amount,
                effective_from,
                status,
                mark: row.mark.unwrap_or_else(|| year.mark.clone()),
                sources,
                note: row.note,
            });
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for revision in &revisions {
        if !seen.insert((revision.prefecture, revision.fiscal_year)) {
            problems.push(Problem::error(
                path,
                1,
                format!("prefecture {} has two rows for FY{}", revision.prefecture, revision.fiscal_year),
            ));
        }
    }
    (MinimumWages::new(revisions, as_of), problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    const SAMPLE: &str = r#"
[table]
title = "t"
as_of = "2026-11-23"
[sources]
A = "https://example.org/a"
[[fiscal_year]]
year = 2024
label = "R6"
status = "confirmed"
mark = "V"
sources = ["A"]
rows = [{ prefecture = 13, amount = 1163, effective_from = "2024-10-01" }]
[[fiscal_year]]
year = 2025
label = "R7"
status = "confirmed"
mark = "V"
sources = ["A"]
rows = [{ prefecture = 13, amount = 1226, effective_from = "2025-10-03" }]
[[fiscal_year]]
year = 2026
label = "R8"
status = "recommended"
mark = "V*"
sources = ["A"]
rows = [{ prefecture = 13, amount = 1280 }]
"#;

    #[test]
    fn the_amount_in_force_changes_on_its_effective_date() {
        let (table, problems) = parse("t.toml", SAMPLE);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(table.in_force(13, date("2025-10-02")).unwrap().amount, 1163);
        assert_eq!(table.in_force(13, date("2025-10-03")).unwrap().amount, 1226);
        assert_eq!(table.in_force(13, date("2026-11-23")).unwrap().amount, 1226, "a recommendation never applies");
        assert_eq!(
            table.in_force(13, date("2024-09-30")),
            Err(LookupError::BeforeEarliest { date: date("2024-09-30"), earliest: date("2024-10-01") })
        );
        assert_eq!(table.in_force(1, date("2025-01-01")), Err(LookupError::UnknownPrefecture(1)));
    }

    #[test]
    fn the_next_known_revision_is_pending() {
        let (table, _) = parse("t.toml", SAMPLE);
        let pending = table.pending(13, date("2025-01-01")).unwrap();
        assert_eq!((pending.amount, pending.status), (1226, Status::Confirmed));
        let pending = table.pending(13, date("2026-11-23")).unwrap();
        assert_eq!((pending.amount, pending.status, pending.effective_from), (1280, Status::Recommended, None));
    }

    #[test]
    fn stale_tables_are_warned_about_after_october() {
        let (table, _) = parse("t.toml", SAMPLE);
        assert_eq!(table.freshness(date("2026-11-23"), "t.toml").len(), 1);
        assert!(table.freshness(date("2026-09-30"), "t.toml").is_empty());
        assert!(table.freshness(date("2026-03-31"), "t.toml").is_empty(), "FY2025 is complete");
    }

    #[test]
    fn rows_without_dates_or_sources_are_refused_by_line() {
        let broken = SAMPLE.replace(r#"amount = 1226, effective_from = "2025-10-03""#, "amount = 1226").replace(
            r#"rows = [{ prefecture = 13, amount = 1163, effective_from = "2024-10-01" }]"#,
            r#"rows = [{ prefecture = 13, amount = 1163, effective_from = "2024-10-01", sources = ["B"] }]"#,
        );
        let (_, problems) = parse("t.toml", &broken);
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(text.iter().any(|p| p.starts_with("t.toml:20:") && p.contains("needs its effective_from")), "{text:?}");
        assert!(text.iter().any(|p| p.contains("source `B` is not listed")), "{text:?}");
    }
}
