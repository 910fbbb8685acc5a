//! When a phone line is open, in Japan time: weekly hours, public holidays
//! (a table the admin updates yearly) and year-end closures. Pure: the
//! time is an argument, and it is always Japan time, whatever the phone's.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Deserialize;

/// A day rule of a schedule: a weekday, or any Japanese public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
    /// A national holiday (国民の祝日, 振替休日, 国民の休日).
    Holiday,
}

impl Day {
    fn of(weekday: Weekday) -> Self {
        match weekday {
            Weekday::Mon => Self::Mon,
            Weekday::Tue => Self::Tue,
            Weekday::Wed => Self::Wed,
            Weekday::Thu => Self::Thu,
            Weekday::Fri => Self::Fri,
            Weekday::Sat => Self::Sat,
            Weekday::Sun => Self::Sun,
        }
    }
}

/// Opening hours on some days: `from` to `to` (a `to` of 24:00 is written "24:00").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hours {
    pub days: Vec<Day>,
    pub from: NaiveTime,
    /// End of the opening, exclusive; `None` means midnight at the end of the day.
    pub to: Option<NaiveTime>,
}

/// A yearly closure such as Dec 29 – Jan 3, as (month, day) pairs, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closure {
    pub from: (u32, u32),
    pub to: (u32, u32),
}

impl Closure {
    fn covers(self, date: NaiveDate) -> bool {
        let day = (date.month(), date.day());
        if self.from <= self.to { self.from <= day && day <= self.to } else { day >= self.from || day <= self.to }
    }
}

/// When a line answers. `None` hours means the days and hours are not known
/// for certain: such a line is never reported as open or closed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Schedule {
    pub hours: Option<Vec<Hours>>,
    /// Whether the line answers on public holidays even when its weekday rule
    /// would: false when the source says "closed on holidays".
    pub open_on_holidays: bool,
    pub closures: Vec<Closure>,
    /// Open at every hour of every day (110, 119).
    pub always: bool,
}

/// Japanese public holidays, from `data/holidays.toml`.
#[derive(Debug, Clone, Default)]
pub struct Holidays {
    pub dates: Vec<NaiveDate>,
    /// The first and last years the table covers.
    pub years: Option<(i32, i32)>,
}

impl Holidays {
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.dates.contains(&date)
    }

    pub fn covers(&self, date: NaiveDate) -> bool {
        self.years.is_some_and(|(first, last)| (first..=last).contains(&date.year()))
    }
}

/// Whether a line is open, as far as the sources allow saying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Openness {
    Open,
    Closed,
    /// The schedule (or the holiday table for that year) is not known.
    Unknown,
}

impl Schedule {
    /// The opening periods on `date`, or `None` when they cannot be known.
    pub fn periods_on(&self, date: NaiveDate, holidays: &Holidays) -> Option<Vec<(NaiveTime, Option<NaiveTime>)>> {
        if self.always {
            return Some(vec![(NaiveTime::MIN, None)]);
        }
        let hours = self.hours.as_ref()?;
        if self.closures.iter().any(|c| c.covers(date)) {
            return Some(Vec::new());
        }
        if !holidays.covers(date) {
            return None;
        }
        let holiday = holidays.is_holiday(date);
        let rules: Vec<&Hours> = if holiday {
            let specific: Vec<&Hours> = hours.iter().filter(|h| h.days.contains(&Day::Holiday)).collect();
            match (specific.is_empty(), self.open_on_holidays) {
                (false, _) => specific,
                (true, true) => hours.iter().filter(|h| h.days.contains(&Day::of(date.weekday()))).collect(),
                (true, false) => Vec::new(),
            }
        } else {
            hours.iter().filter(|h| h.days.contains(&Day::of(date.weekday()))).collect()
        };
        Some(rules.iter().map(|h| (h.from, h.to)).collect())
    }

    /// Whether the line answers at some time on `date`.
    pub fn open_on(&self, date: NaiveDate, holidays: &Holidays) -> Openness {
        match self.periods_on(date, holidays) {
            None => Openness::Unknown,
            Some(periods) if periods.is_empty() => Openness::Closed,
            Some(_) => Openness::Open,
        }
    }

    /// Whether the line answers at `at` (Japan time).
    pub fn open_at(&self, at: NaiveDateTime, holidays: &Holidays) -> Openness {
        match self.periods_on(at.date(), holidays) {
            None => Openness::Unknown,
            Some(periods) => {
                let time = at.time();
                let open = periods.iter().any(|(from, to)| time >= *from && to.is_none_or(|to| time < to));
                if open { Openness::Open } else { Openness::Closed }
            }
        }
    }

    /// The next moment at or after `at` when the line opens, within two
    /// weeks; `None` when unknown or not within that time.
    pub fn next_opening(&self, at: NaiveDateTime, holidays: &Holidays) -> Option<NaiveDateTime> {
        if self.open_at(at, holidays) == Openness::Open {
            return Some(at);
        }
        (0..15).find_map(|offset| {
            let date = at.date() + chrono::Duration::days(offset);
            let periods = self.periods_on(date, holidays)?;
            periods.iter().map(|(from, _)| date.and_time(*from)).filter(|start| *start >= at).min()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    /// The Labour Conditions Consultation Hotline's published hours.
    fn hotline() -> Schedule {
        use Day::*;
        Schedule {
            hours: Some(vec![
                Hours { days: vec![Mon, Tue, Wed, Thu, Fri], from: t("17:00"), to: Some(t("22:00")) },
                Hours { days: vec![Sat, Sun, Holiday], from: t("09:00"), to: Some(t("21:00")) },
            ]),
            open_on_holidays: true,
            closures: vec![Closure { from: (12, 29), to: (1, 3) }],
            always: false,
        }
    }

    fn holidays() -> Holidays {
        let dates = ["2026-11-23", "2026-11-03", "2027-01-01"].iter().map(|d| d.parse().unwrap()).collect();
        Holidays { dates, years: Some((2026, 2027)) }
    }

    #[test]
    fn weekday_weekend_holiday_and_year_end() {
        let line = hotline();
        let h = holidays();
        // Tuesday 2026-11-24: evenings only.
        assert_eq!(line.open_at(at("2026-11-24 16:59"), &h), Openness::Closed);
        assert_eq!(line.open_at(at("2026-11-24 17:00"), &h), Openness::Open);
        assert_eq!(line.open_at(at("2026-11-24 22:00"), &h), Openness::Closed);
        // Saturday 2026-11-28: daytime.
        assert_eq!(line.open_at(at("2026-11-28 10:00"), &h), Openness::Open);
        // Monday 2026-11-23 is a public holiday: holiday hours, not weekday hours.
        assert_eq!(line.open_at(at("2026-11-23 10:00"), &h), Openness::Open);
        assert_eq!(line.open_at(at("2026-11-23 21:30"), &h), Openness::Closed);
        // Year-end closure, across the new year.
        for day in ["2026-12-29", "2026-12-31", "2027-01-03"] {
            assert_eq!(line.open_on(day.parse().unwrap(), &h), Openness::Closed, "{day}");
        }
        assert_eq!(line.open_on("2027-01-04".parse().unwrap(), &h), Openness::Open);
    }

    #[test]
    fn the_next_opening_is_found_across_days_and_closures() {
        let line = hotline();
        let h = holidays();
        assert_eq!(line.next_opening(at("2026-11-24 09:00"), &h), Some(at("2026-11-24 17:00")));
        assert_eq!(line.next_opening(at("2026-11-24 23:00"), &h), Some(at("2026-11-25 17:00")));
        assert_eq!(line.next_opening(at("2026-12-28 23:00"), &h), Some(at("2027-01-04 17:00")));
        assert_eq!(line.next_opening(at("2026-11-24 18:00"), &h), Some(at("2026-11-24 18:00")));
    }

    #[test]
    fn lines_closed_on_holidays_and_unknown_schedules() {
        use Day::*;
        let weekdays = Schedule {
            hours: Some(vec![Hours { days: vec![Mon, Tue, Wed, Thu, Fri], from: t("11:00"), to: Some(t("19:00")) }]),
            open_on_holidays: false,
            closures: vec![],
            always: false,
        };
        let h = holidays();
        assert_eq!(weekdays.open_on("2026-11-23".parse().unwrap(), &h), Openness::Closed, "a Monday holiday");
        assert_eq!(weekdays.open_on("2026-11-24".parse().unwrap(), &h), Openness::Open);
        assert_eq!(weekdays.open_on("2028-11-24".parse().unwrap(), &h), Openness::Unknown, "no holiday table for 2028");
        assert_eq!(Schedule::default().open_on("2026-11-24".parse().unwrap(), &h), Openness::Unknown);
        let always = Schedule { always: true, ..Schedule::default() };
        assert_eq!(always.open_at(at("2026-12-31 03:00"), &h), Openness::Open);
    }
}
