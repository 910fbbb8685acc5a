//! Where to turn: the labour bureau of each prefecture and the phone lines
//! by language, with their opening hours, from `data/contacts.toml`, and
//! the Japanese public holidays from `data/holidays.toml`.
//!
//! Every entry carries its source, the day it was checked and a mark (V
//! seen in an official source, V* one non-official source). A phone number
//! that no source gave is never stored.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;

use super::availability::{Closure, Day, Holidays, Hours, Openness, Schedule};
use crate::diagnostic::{Problem, line_of, toml_problem};

#[derive(Debug, Clone)]
pub struct Bureau {
    pub prefecture: u8,
    pub name_ja: String,
    pub name_en: String,
    pub url: String,
    /// The general labour consultation corner's number, only when a source gave it.
    pub phone: Option<String>,
    pub hours: Option<String>,
    pub source: String,
    pub mark: String,
}

#[derive(Debug, Clone)]
pub struct Hotline {
    pub id: String,
    pub name_en: String,
    pub name_ja: String,
    /// labour, trainee, residence, life or emergency.
    pub purpose: String,
    pub phone: String,
    /// BCP 47 codes of the languages it answers in.
    pub languages: Vec<String>,
    pub schedule: Schedule,
    /// The hours as a person reads them, e.g. "Mon–Fri 17:00–22:00".
    pub hours_text: String,
    pub cost: String,
    pub mark: String,
    pub source: String,
    pub verified_on: NaiveDate,
    pub note: Option<String>,
    /// Line in contacts.toml, for check warnings.
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub bureaus: Vec<Bureau>,
    pub hotlines: Vec<Hotline>,
    pub holidays: Holidays,
    /// sodan's own counselors, when the operator has said when they work.
    pub counselors: Option<Counselors>,
}

/// When sodan's counselors answer, as the operator set it in contacts.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counselors {
    pub schedule: Schedule,
    /// What the team promises, when it does: "usually within N minutes".
    pub usual_wait_minutes: Option<u32>,
}

/// A line for a worker at a moment, with what can be said of its hours.
#[derive(Debug, Clone)]
pub struct LineNow<'d> {
    pub line: &'d Hotline,
    pub now: Openness,
    pub next_opening: Option<NaiveDateTime>,
}

impl Directory {
    pub fn bureau(&self, prefecture: u8) -> Option<&Bureau> {
        self.bureaus.iter().find(|b| b.prefecture == prefecture)
    }

    /// The lines that answer in `lang` (emergency numbers excluded).
    pub fn lines_for(&self, lang: &str) -> Vec<&Hotline> {
        self.hotlines.iter().filter(|h| h.purpose != "emergency" && h.languages.iter().any(|l| l == lang)).collect()
    }

    pub fn emergency(&self) -> Vec<&Hotline> {
        self.hotlines.iter().filter(|h| h.purpose == "emergency").collect()
    }

    /// The lines for `lang`, best first: open now, then opening soonest,
    /// then those whose hours are not known; verified (V) before V*.
    pub fn ranked_for(&self, lang: &str, at: NaiveDateTime) -> Vec<LineNow<'_>> {
        let mut lines: Vec<LineNow<'_>> = self
            .lines_for(lang)
            .into_iter()
            .map(|line| LineNow {
                line,
                now: line.schedule.open_at(at, &self.holidays),
                next_opening: line.schedule.next_opening(at, &self.holidays),
            })
            .collect();
        lines.sort_by_key(|l| {
            let rank = match l.now {
                Openness::Open => 0,
                Openness::Closed if l.next_opening.is_some() => 1,
                Openness::Closed => 3,
                Openness::Unknown => 2,
            };
            (rank, l.next_opening, l.line.mark != "V", l.line.purpose != "labour")
        });
        lines
    }

    /// Warnings for `sodan check`: entries not verified in the last 12
    /// months, and a holiday table that does not cover `today`'s year.
    pub fn freshness(&self, today: NaiveDate, path: &str, holidays_path: &str) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self
            .hotlines
            .iter()
            .filter(|h| (today - h.verified_on).num_days() > 365)
            .map(|h| {
                Problem::warning(
                    path,
                    h.line,
                    format!("`{}` was last verified on {}: check it again", h.id, h.verified_on),
                )
            })
            .collect();
        if !self.holidays.covers(today) {
            problems.push(Problem::warning(
                holidays_path,
                1,
                format!("no public holidays for {}: add this year's list", today.format("%Y")),
            ));
        }
        problems
    }
}

// ---- The file formats ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContacts {
    // Read by `reference::parse`; named here so that a typo elsewhere is refused.
    #[allow(dead_code)]
    table: toml::Value,
    #[allow(dead_code)]
    #[serde(default)]
    message_values: Vec<toml::Value>,
    #[serde(default)]
    bureau: Vec<toml::Spanned<RawBureau>>,
    #[serde(default)]
    hotline: Vec<toml::Spanned<RawHotline>>,
    counselors: Option<toml::Spanned<RawCounselors>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCounselors {
    hours: Vec<RawHours>,
    #[serde(default)]
    open_on_holidays: bool,
    #[serde(default)]
    closed: Vec<RawClosure>,
    usual_wait_minutes: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBureau {
    prefecture: u8,
    name_ja: String,
    name_en: String,
    url: String,
    url_source: String,
    consultation_phone: Option<String>,
    phone_source: Option<String>,
    phone_mark: Option<String>,
    hours: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHotline {
    id: String,
    name_en: String,
    name_ja: String,
    purpose: String,
    phone: String,
    languages: Vec<String>,
    hours: Option<Vec<RawHours>>,
    #[serde(default)]
    open_on_holidays: bool,
    #[serde(default)]
    closed: Vec<RawClosure>,
    #[serde(default)]
    always: bool,
    hours_text: String,
    cost: String,
    mark: String,
    source: String,
    verified_on: String,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    days: Vec<Day>,
    from: String,
    to: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClosure {
    from: String,
    to: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHolidays {
    year: Vec<RawYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    year: i32,
    source: String,
    #[allow(dead_code)] // for admins, as in the other tables
    mark: String,
    holidays: Vec<RawHoliday>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: String,
    name_ja: String,
}

/// Phone numbers as Japanese lines write them: 0120-811-610, 03-5363-3013,
/// 0570-011000, 110.
pub fn is_phone(text: &str) -> bool {
    if matches!(text, "110" | "119") {
        return true;
    }
    let groups: Vec<&str> = text.split('-').collect();
    let digits: String = groups.concat();
    text.starts_with('0')
        && (2..=3).contains(&groups.len())
        && groups.iter().all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && (10..=11).contains(&digits.len())
}

fn time(text: &str) -> Option<Option<NaiveTime>> {
    if text == "24:00" {
        return Some(None);
    }
    NaiveTime::parse_from_str(text, "%H:%M").ok().map(Some)
}

fn month_day(text: &str) -> Option<(u32, u32)> {
    let (month, day) = text.split_once('-')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
}

/// Opening hours from the file, each rule checked.
fn hours_of(id: &str, rules: Vec<RawHours>, error: &mut impl FnMut(String)) -> Vec<Hours> {
    rules
        .into_iter()
        .filter_map(|r| match (time(&r.from), time(&r.to)) {
            (Some(Some(from)), Some(to)) => Some(Hours { days: r.days, from, to }),
            _ => {
                error(format!("`{id}`: hours must look like \"09:00\" to \"21:00\""));
                None
            }
        })
        .collect()
}

/// Yearly closures from the file, each checked.
fn closures_of(id: &str, closed: &[RawClosure], error: &mut impl FnMut(String)) -> Vec<Closure> {
    closed
        .iter()
        .filter_map(|c| match (month_day(&c.from), month_day(&c.to)) {
            (Some(from), Some(to)) => Some(Closure { from, to }),
            _ => {
                error(format!("`{id}`: closures are month-day, like \"12-29\" to \"01-03\""));
                None
            }
        })
        .collect()
}

pub fn parse(path: &str, text: &str, holidays_path: &str, holidays_text: &str) -> (Directory, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut directory = Directory::default();
    match toml::from_str::<RawContacts>(text) {
        Err(error) => problems.push(toml_problem(path, text, &error)),
        Ok(raw) => {
            for spanned in raw.bureau {
                let line = line_of(text, spanned.span().start);
                let b = spanned.into_inner();
                if let Some(phone) = &b.consultation_phone {
                    if !is_phone(phone) {
                        problems.push(Problem::error(
                            path,
                            line,
                            format!("`{phone}` is not a phone number like 03-3512-1608"),
                        ));
                    }
                    if b.phone_source.as_deref().is_none_or(|s| !s.starts_with("http")) {
                        problems.push(Problem::error(
                            path,
                            line,
                            "a bureau phone needs `phone_source`, the page that gives it",
                        ));
                    }
                }
                directory.bureaus.push(Bureau {
                    prefecture: b.prefecture,
                    name_ja: b.name_ja,
                    name_en: b.name_en,
                    url: b.url,
                    phone: b.consultation_phone,
                    hours: b.hours,
                    source: b.phone_source.unwrap_or(b.url_source),
                    mark: b.phone_mark.unwrap_or_else(|| "V".into()),
                });
            }
            if let Some(spanned) = raw.counselors {
                let line = line_of(text, spanned.span().start);
                let c = spanned.into_inner();
                let mut error = |message: String| problems.push(Problem::error(path, line, message));
                let hours = hours_of("counselors", c.hours, &mut error);
                let closures = closures_of("counselors", &c.closed, &mut error);
                let schedule =
                    Schedule { hours: Some(hours), open_on_holidays: c.open_on_holidays, closures, always: false };
                directory.counselors = Some(Counselors { schedule, usual_wait_minutes: c.usual_wait_minutes });
            }
            for spanned in raw.hotline {
                let line = line_of(text, spanned.span().start);
                let h = spanned.into_inner();
                let mut error = |message: String| problems.push(Problem::error(path, line, message));
                if !is_phone(&h.phone) {
                    error(format!("`{}`: `{}` is not a phone number like 0120-811-610", h.id, h.phone));
                }
                if !h.source.starts_with("http") {
                    error(format!("`{}` needs a source URL", h.id));
                }
                let Ok(verified_on) = NaiveDate::parse_from_str(&h.verified_on, "%Y-%m-%d") else {
                    error(format!("`{}`: verified_on must be a date like 2026-11-23", h.id));
                    continue;
                };
                let hours = h.hours.map(|rules| hours_of(&h.id, rules, &mut error));
                let closures = closures_of(&h.id, &h.closed, &mut error);
                directory.hotlines.push(Hotline {
                    id: h.id,
                    name_en: h.name_en,
                    name_ja: h.name_ja,
                    purpose: h.purpose,
                    phone: h.phone,
                    languages: h.languages,
                    schedule: Schedule { hours, open_on_holidays: h.open_on_holidays, closures, always: h.always },
                    hours_text: h.hours_text,
                    cost: h.cost,
                    mark: h.mark,
                    source: h.source,
                    verified_on,
                    note: h.note,
                    line,
                });
            }
        }
    }
    match toml::from_str::<RawHolidays>(holidays_text) {
        Err(error) => problems.push(toml_problem(holidays_path, holidays_text, &error)),
        Ok(raw) => {
            for year in &raw.year {
                if !year.source.starts_with("http") {
                    problems.push(Problem::error(holidays_path, 1, format!("{} needs a source URL", year.year)));
                }
                for holiday in &year.holidays {
                    match NaiveDate::parse_from_str(&holiday.date, "%Y-%m-%d") {
                        Ok(date) if date.format("%Y").to_string() == year.year.to_string() => {
                            directory.holidays.dates.push(date)
                        }
                        _ => problems.push(Problem::error(
                            holidays_path,
                            1,
                            format!("{} ({}) is not a date of {}", holiday.date, holiday.name_ja, year.year),
                        )),
                    }
                }
            }
            let years: Vec<i32> = raw.year.iter().map(|y| y.year).collect();
            directory.holidays.years = years.iter().min().zip(years.iter().max()).map(|(a, b)| (*a, *b));
        }
    }
    (directory, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_formats() {
        for good in ["0120-811-610", "03-5363-3013", "0570-011000", "110", "119", "0570-001-706"] {
            assert!(is_phone(good), "{good}");
        }
        for bad in ["0120-811-61", "120-811-610", "0120 811 610", "phone", "", "0120-811-610-1", "112"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }
}
