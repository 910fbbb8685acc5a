//! The named rules a dialog's action node may call. Each declares the
//! variables it reads, its possible outcomes and what each outcome writes,
//! so that `sodan check` can prove a script never reads a variable before
//! it is set and handles every outcome. The rules themselves live in
//! `crate::rules`; an action only reads the conversation's answers, calls
//! one, and writes back what the messages show.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::engine::Reference;
use crate::engine::value::Value;
use crate::rules::availability::{Day, Openness, Schedule};
use crate::rules::decimal::Decimal;
use crate::rules::minimum_wage::Status;
use crate::rules::overtime::{self, LimitBreach, Month};
use crate::rules::pay::{self, Pay, PayError};

mod deductions;

pub type Vars = BTreeMap<String, Value>;

/// What an action may look at.
pub struct Context<'a> {
    pub vars: &'a Vars,
    pub reference: &'a Reference,
    /// Today's date in Japan.
    pub today: NaiveDate,
    /// The time in Japan, for opening hours.
    pub now: NaiveDateTime,
    /// The worker's language.
    pub lang: &'a str,
    /// For words the results contain, such as the days of a schedule.
    pub catalog: &'a crate::i18n::Catalog,
}

/// A line's opening hours in the worker's language: "Wed, Fri 17:00–22:00;
/// closed 12/29–1/3".
fn hours_in(context: &Context<'_>, schedule: &Schedule) -> String {
    let word = |id: &str| context.catalog.text(context.lang, id, None);
    if schedule.always {
        return word("hours-always");
    }
    let Some(rules) = &schedule.hours else { return word("hours-unknown") };
    let time = |t: NaiveTime| {
        let text = t.format("%H:%M").to_string();
        text.strip_prefix('0').map(str::to_string).unwrap_or(text)
    };
    let mut parts: Vec<String> = rules
        .iter()
        .map(|rule| {
            let all_week = WEEK.iter().all(|d| rule.days.contains(d));
            let days = if all_week { word("hours-every-day") } else { day_ranges(&rule.days, &word) };
            let to = rule.to.map_or_else(|| "24:00".to_string(), time);
            format!("{days} {}–{to}", time(rule.from))
        })
        .collect();
    let mut closed: Vec<String> =
        schedule.closures.iter().map(|c| format!("{}/{}–{}/{}", c.from.0, c.from.1, c.to.0, c.to.1)).collect();
    if !schedule.open_on_holidays && !rules.iter().any(|r| r.days.contains(&Day::Holiday)) {
        closed.push(word("day-holiday"));
    }
    if !closed.is_empty() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("dates", closed.join(", "));
        parts.push(context.catalog.text(context.lang, "hours-closed", Some(&args)));
    }
    parts.join("; ")
}

const WEEK: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

/// "Mon–Fri", "Wed, Fri", "Sat, Sun, holidays": runs of three or more days
/// in a row are shown as a range.
fn day_ranges(days: &[Day], word: &dyn Fn(&str) -> String) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < WEEK.len() {
        if !days.contains(&WEEK[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < WEEK.len() && days.contains(&WEEK[i + 1]) {
            i += 1;
        }
        match i - start {
            0 => parts.push(word(day_message(WEEK[start]))),
            1 => parts.extend([word(day_message(WEEK[start])), word(day_message(WEEK[i]))]),
            _ => parts.push(format!("{}–{}", word(day_message(WEEK[start])), word(day_message(WEEK[i])))),
        }
        i += 1;
    }
    if days.contains(&Day::Holiday) {
        parts.push(word("day-holiday"));
    }
    parts.join(", ")
}

fn day_message(day: Day) -> &'static str {
    match day {
        Day::Mon => "day-mon",
        Day::Tue => "day-tue",
        Day::Wed => "day-wed",
        Day::Thu => "day-thu",
        Day::Fri => "day-fri",
        Day::Sat => "day-sat",
        Day::Sun => "day-sun",
        Day::Holiday => "day-holiday",
    }
}

/// What a run returns: the outcome's name and the values it writes.
pub type ActionResult = (&'static str, Vec<(&'static str, Value)>);

pub struct Outcome {
    pub name: &'static str,
    /// Variables set when the action ends with this outcome.
    pub writes: &'static [&'static str],
}

pub struct Action {
    pub name: &'static str,
    /// Variables that must be set before the action runs.
    pub reads: &'static [&'static str],
    /// Messages the action formats itself (through `Context::catalog`), so
    /// that `sodan check` requires them in every locale.
    pub messages: &'static [&'static str],
    pub outcomes: &'static [Outcome],
    pub run: fn(&Context<'_>) -> ActionResult,
}

/// Every action a script may name.
pub const ACTIONS: &[Action] = &[
    ESTIMATE_MONTHLY_HOURS,
    CHECK_MINIMUM_WAGE,
    PENDING_MINIMUM_WAGE,
    ESTIMATE_BACK_PAY,
    CHECK_OVERTIME,
    OVERTIME_LIMITS,
    FIND_LINE,
    COUNSELORS_NOW,
    LINE_CERTAINTY,
    FIND_BUREAU,
    HELP_TOPIC,
    OTHER_LINES,
    deductions::BEGIN_DEDUCTIONS,
    deductions::CHECK_DEDUCTION,
    deductions::CHECK_CUT,
    deductions::DEDUCTION_CERTAINTY,
    deductions::DORM_SHARE,
    deductions::MATCH_DEDUCTION,
    deductions::SUMMARIZE_DEDUCTIONS,
];

pub fn find(name: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.name == name)
}

fn number(vars: &Vars, name: &str) -> Option<f64> {
    match vars.get(name)? {
        Value::Text(text) => crate::engine::input::number(text),
        value => value.as_f64(),
    }
}

fn decimal(vars: &Vars, name: &str) -> Option<Decimal> {
    number(vars, name).and_then(Decimal::from_f64)
}

fn text<'v>(vars: &'v Vars, name: &str) -> Option<&'v str> {
    match vars.get(name)? {
        Value::Text(text) => Some(text),
        _ => None,
    }
}

fn prefecture(vars: &Vars) -> Option<u8> {
    match vars.get("prefecture")? {
        Value::Prefecture(code) => Some(*code),
        _ => None,
    }
}

/// `pay_date` is a date, or the text `today` (set by a "this month" choice).
fn pay_date(context: &Context<'_>) -> Option<NaiveDate> {
    match context.vars.get("pay_date")? {
        Value::Date(date) => Some(*date),
        Value::Text(text) if text == "today" => Some(context.today),
        _ => None,
    }
}

/// The pay as the worker described it: `pay_form` (hourly, daily, monthly,
/// piece) with `pay` and the hours that form divides by.
fn pay(vars: &Vars) -> Option<Pay> {
    let yen = decimal(vars, "pay")?;
    Some(match text(vars, "pay_form")? {
        "hourly" => Pay::Hourly { yen },
        "daily" => Pay::Daily { yen, hours_per_day: decimal(vars, "hours_per_day")? },
        "monthly" => Pay::Monthly { yen, hours_per_month: decimal(vars, "monthly_hours")? },
        "piece" => Pay::PieceRate { yen, hours_worked: decimal(vars, "hours_worked")? },
        _ => return None,
    })
}

/// Scheduled hours per month: days × hours × 52 weeks ÷ 12 months, the
/// yearly average that 最低賃金法施行規則 Art. 2 uses for monthly pay. Used
/// when a worker does not know their scheduled hours; the dialog must say
/// that the result is an estimate.
const ESTIMATE_MONTHLY_HOURS: Action = Action {
    name: "estimate_monthly_hours",
    reads: &["days_per_week", "hours_per_day"],
    messages: &[],
    outcomes: &[
        Outcome { name: "estimated", writes: &["monthly_hours"] },
        Outcome { name: "implausible", writes: &[] },
    ],
    run: |context| {
        let days = number(context.vars, "days_per_week");
        let hours = number(context.vars, "hours_per_day");
        match (days, hours) {
            (Some(days), Some(hours)) if days > 0.0 && days <= 7.0 && hours > 0.0 && hours <= 24.0 => {
                let monthly = (days * hours * 52.0 / 12.0 * 100.0).round() / 100.0;
                ("estimated", vec![("monthly_hours", Value::Hours(monthly))])
            }
            _ => ("implausible", vec![]),
        }
    },
};

/// The wage check: the pay that counts, per hour, against the minimum wage
/// in force in the prefecture on the pay date.
const CHECK_MINIMUM_WAGE: Action = Action {
    name: "check_minimum_wage",
    reads: &["prefecture", "pay_form", "pay", "pay_date", "excluded"],
    messages: &[],
    outcomes: &[
        Outcome { name: "below", writes: WAGE_FIGURES },
        Outcome { name: "not_below", writes: WAGE_FIGURES },
        Outcome { name: "no_data", writes: &["earliest_date"] },
        Outcome { name: "invalid", writes: &[] },
    ],
    run: |context| {
        let vars = context.vars;
        let (Some(code), Some(pay), Some(date)) = (prefecture(vars), pay(vars), pay_date(context)) else {
            return ("invalid", vec![]);
        };
        let excluded = decimal(vars, "excluded").unwrap_or(Decimal::ZERO);
        let table = &context.reference.minimum_wages;
        match pay::check(table, code, date, pay, excluded) {
            Ok(result) => {
                let outcome = if result.below_minimum { "below" } else { "not_below" };
                let revision = result.in_force;
                let mut writes = vec![
                    ("minimum_wage", Value::Yen(revision.amount as i64)),
                    ("minimum_since", revision.effective_from.map_or(Value::Text(String::new()), Value::Date)),
                    ("minimum_fy", Value::Text(format!("FY{}", revision.fiscal_year))),
                    ("hourly_equivalent", Value::Number(result.hourly_equivalent)),
                    ("shortfall_per_hour", Value::Number(result.shortfall_per_hour)),
                    ("checked_date", Value::Date(date)),
                ];
                writes.push(("data_as_of", table.as_of.map_or(Value::Text(String::new()), Value::Date)));
                (outcome, writes)
            }
            Err(PayError::Lookup(crate::rules::minimum_wage::LookupError::BeforeEarliest { earliest, .. })) => {
                ("no_data", vec![("earliest_date", Value::Date(earliest))])
            }
            Err(_) => ("invalid", vec![]),
        }
    },
};

const WAGE_FIGURES: &[&str] = &[
    "minimum_wage",
    "minimum_since",
    "minimum_fy",
    "hourly_equivalent",
    "shortfall_per_hour",
    "checked_date",
    "data_as_of",
];

/// The next known minimum wage not yet in force on the pay date: a
/// confirmed one with its date, or a recommendation (with or without a
/// planned date) that may already apply.
const PENDING_MINIMUM_WAGE: Action = Action {
    name: "pending_minimum_wage",
    reads: &["prefecture", "pay_date"],
    messages: &[],
    outcomes: &[
        Outcome { name: "none", writes: &[] },
        Outcome { name: "recommended", writes: &["pending_amount", "pending_fy"] },
        Outcome { name: "planned", writes: &["pending_amount", "pending_fy", "pending_since"] },
        Outcome { name: "confirmed", writes: &["pending_amount", "pending_fy", "pending_since"] },
    ],
    run: |context| {
        let (Some(code), Some(date)) = (prefecture(context.vars), pay_date(context)) else { return ("none", vec![]) };
        let Some(pending) = context.reference.minimum_wages.pending(code, date) else { return ("none", vec![]) };
        let mut writes = vec![
            ("pending_amount", Value::Yen(pending.amount as i64)),
            ("pending_fy", Value::Text(format!("FY{}", pending.fiscal_year))),
        ];
        match (pending.status, pending.effective_from) {
            (status, Some(since)) => {
                writes.push(("pending_since", Value::Date(since)));
                (if status == Status::Confirmed { "confirmed" } else { "planned" }, writes)
            }
            (_, None) => ("recommended", writes),
        }
    },
};

/// What the worker may be owed: the shortfall per hour × hours a month ×
/// months. How far back a claim reaches is a message value from the data.
const ESTIMATE_BACK_PAY: Action = Action {
    name: "estimate_back_pay",
    reads: &["shortfall_per_hour", "months"],
    messages: &[],
    outcomes: &[
        Outcome { name: "estimated", writes: &["back_pay", "shortfall_per_month", "hours_counted"] },
        Outcome { name: "need_hours", writes: &[] },
    ],
    run: |context| {
        let vars = context.vars;
        let hours = decimal(vars, "worked_hours_month").or_else(|| match text(vars, "pay_form") {
            Some("monthly") => decimal(vars, "monthly_hours"),
            _ => None,
        });
        let (Some(hours), Some(shortfall), Some(months)) =
            (hours, number(vars, "shortfall_per_hour"), number(vars, "months"))
        else {
            return ("need_hours", vec![]);
        };
        // Whole yen per month first, so that the worker can multiply it out.
        let per_month = pay::back_pay(shortfall, hours, 1);
        let owed = per_month * months.round().max(0.0) as i64;
        (
            "estimated",
            vec![
                ("back_pay", Value::Yen(owed)),
                ("shortfall_per_month", Value::Yen(per_month)),
                ("hours_counted", Value::Hours(hours.as_f64())),
            ],
        )
    },
};

/// Premium pay for one month. The base is the hourly pay, never less than
/// the minimum wage in force today in the worker's prefecture.
const CHECK_OVERTIME: Action = Action {
    name: "check_overtime",
    reads: &["prefecture", "pay_form", "pay", "overtime_hours", "night_hours", "holiday_hours", "overtime_paid"],
    messages: &[],
    outcomes: &[
        Outcome { name: "underpaid", writes: &["base_per_hour", "required_pay", "overtime_shortfall"] },
        Outcome { name: "paid_right", writes: &["base_per_hour", "required_pay"] },
        Outcome { name: "invalid", writes: &[] },
    ],
    run: |context| {
        let vars = context.vars;
        let (Some(code), Some(pay)) = (prefecture(vars), pay(vars)) else { return ("invalid", vec![]) };
        let Ok(check) = pay::check(&context.reference.minimum_wages, code, context.today, pay, Decimal::ZERO) else {
            return ("invalid", vec![]);
        };
        let base = check.hourly_equivalent.max(check.in_force.amount as f64);
        let month = (|| {
            Some(Month {
                base_per_hour: Decimal::from_f64(base)?,
                overtime_hours: decimal(vars, "overtime_hours")?,
                late_night_hours: decimal(vars, "night_hours")?,
                holiday_hours: decimal(vars, "holiday_hours")?,
                paid: decimal(vars, "overtime_paid")?,
            })
        })();
        let Some(month) = month else { return ("invalid", vec![]) };
        let result = overtime::check(month, &context.reference.wage_rules);
        let mut writes =
            vec![("base_per_hour", Value::Number(base)), ("required_pay", Value::Yen(result.required_pay))];
        if result.underpaid {
            writes.push(("overtime_shortfall", Value::Yen(result.shortfall)));
            ("underpaid", writes)
        } else {
            ("paid_right", writes)
        }
    },
};

/// Whether the month's overtime breaks the limits of LSA Art. 36: a rights
/// problem even when every hour is paid.
const OVERTIME_LIMITS: Action = Action {
    name: "overtime_limits",
    reads: &["overtime_hours", "holiday_hours"],
    messages: &[],
    outcomes: &[
        Outcome { name: "within", writes: &[] },
        Outcome { name: "above_45", writes: &[] },
        Outcome { name: "at_or_above_100", writes: &[] },
    ],
    run: |context| {
        let vars = context.vars;
        let month = Month {
            base_per_hour: Decimal::ZERO,
            overtime_hours: decimal(vars, "overtime_hours").unwrap_or_default(),
            late_night_hours: Decimal::ZERO,
            holiday_hours: decimal(vars, "holiday_hours").unwrap_or_default(),
            paid: Decimal::ZERO,
        };
        let breaches = overtime::check(month, &context.reference.wage_rules).breaches;
        if breaches.contains(&LimitBreach::AtOrAboveAbsoluteMonthlyLimit) {
            ("at_or_above_100", vec![])
        } else if breaches.contains(&LimitBreach::AboveMonthlyLimitWithoutSpecialClause) {
            ("above_45", vec![])
        } else {
            ("within", vec![])
        }
    },
};

const LINE_FIGURES: &[&str] = &["line_name", "line_phone", "line_hours", "line_mark"];

/// The best phone line in the worker's language at this moment (Japan
/// time): open now, else opening soonest, else one whose hours are unknown.
const FIND_LINE: Action = Action {
    name: "find_line",
    reads: &[],
    messages: &[],
    outcomes: &[
        Outcome { name: "open_now", writes: LINE_FIGURES },
        Outcome { name: "opens_later", writes: &["line_name", "line_phone", "line_hours", "line_mark", "opens_at"] },
        Outcome { name: "hours_unknown", writes: LINE_FIGURES },
        Outcome { name: "none", writes: &[] },
    ],
    run: |context| {
        let ranked = context.reference.directory.ranked_for(context.lang, context.now);
        let Some(best) = ranked.first() else { return ("none", vec![]) };
        let line = best.line;
        let name =
            if context.lang == "ja" { line.name_ja.clone() } else { format!("{} ({})", line.name_en, line.name_ja) };
        let mut writes = vec![
            ("line_name", Value::Text(name)),
            ("line_phone", Value::Text(line.phone.clone())),
            ("line_hours", Value::Text(hours_in(context, &line.schedule))),
            ("line_mark", Value::Text(line.mark.clone())),
        ];
        match (best.now, best.next_opening) {
            (Openness::Open, _) => ("open_now", writes),
            (Openness::Closed, Some(at)) => {
                writes.push(("opens_at", Value::Text(at.format("%Y-%m-%d %H:%M").to_string())));
                ("opens_later", writes)
            }
            _ => ("hours_unknown", writes),
        }
    },
};

/// Whether sodan's own counselors are working now, from the hours the
/// operator set in contacts.toml: their hours, and when they are back.
const COUNSELORS_NOW: Action = Action {
    name: "counselors_now",
    reads: &[],
    messages: &[],
    outcomes: &[
        Outcome { name: "open", writes: &["counselor_hours"] },
        Outcome { name: "open_usual_wait", writes: &["counselor_hours", "counselor_wait"] },
        Outcome { name: "closed", writes: &["counselor_hours", "counselors_back"] },
        Outcome { name: "unknown", writes: &[] },
    ],
    run: |context| {
        let Some(team) = &context.reference.directory.counselors else { return ("unknown", vec![]) };
        let holidays = &context.reference.directory.holidays;
        let hours = ("counselor_hours", Value::Text(hours_in(context, &team.schedule)));
        match team.schedule.open_at(context.now, holidays) {
            Openness::Open => match team.usual_wait_minutes {
                Some(minutes) => {
                    ("open_usual_wait", vec![hours, ("counselor_wait", Value::Number(f64::from(minutes)))])
                }
                None => ("open", vec![hours]),
            },
            Openness::Closed => match team.schedule.next_opening(context.now, holidays) {
                Some(at) => {
                    ("closed", vec![hours, ("counselors_back", Value::Text(at.format("%Y-%m-%d %H:%M").to_string()))])
                }
                None => ("unknown", vec![]),
            },
            Openness::Unknown => ("unknown", vec![]),
        }
    },
};

/// Whether the line found is backed by an official source (mark V).
const LINE_CERTAINTY: Action = Action {
    name: "line_certainty",
    reads: &["line_mark"],
    messages: &[],
    outcomes: &[Outcome { name: "certain", writes: &[] }, Outcome { name: "uncertain", writes: &[] }],
    run: |context| match text(context.vars, "line_mark") {
        Some("V") => ("certain", vec![]),
        _ => ("uncertain", vec![]),
    },
};

/// The labour bureau of the worker's prefecture, if the worker said it.
const FIND_BUREAU: Action = Action {
    name: "find_bureau",
    reads: &[],
    messages: &[],
    outcomes: &[
        Outcome { name: "known", writes: &["bureau_name", "bureau_url", "bureau_prefecture"] },
        Outcome { name: "unknown", writes: &[] },
    ],
    run: |context| {
        let Some(bureau) = prefecture(context.vars).and_then(|code| context.reference.directory.bureau(code)) else {
            return ("unknown", vec![]);
        };
        let name = if context.lang == "ja" {
            bureau.name_ja.clone()
        } else {
            format!("{} ({})", bureau.name_en, bureau.name_ja)
        };
        (
            "known",
            vec![
                ("bureau_name", Value::Text(name)),
                ("bureau_url", Value::Text(bureau.url.clone())),
                ("bureau_prefecture", Value::Prefecture(bureau.prefecture)),
            ],
        )
    },
};

/// The other lines in the worker's language after the best one, with
/// whether each is open now, so the worker has a second number to try.
const OTHER_LINES: Action = Action {
    name: "other_lines",
    reads: &[],
    messages: &[],
    outcomes: &[Outcome { name: "some", writes: &["other_lines"] }, Outcome { name: "none", writes: &[] }],
    run: |context| {
        let ranked = context.reference.directory.ranked_for(context.lang, context.now);
        let others: Vec<String> = ranked
            .iter()
            .skip(1)
            .map(|l| {
                let name = if context.lang == "ja" { l.line.name_ja.clone() } else { l.line.name_en.clone() };
                let state = match l.now {
                    Openness::Open => "●",
                    Openness::Closed => "○",
                    Openness::Unknown => "?",
                };
                format!("{state} {name}: {} ({})", l.line.phone, hours_in(context, &l.line.schedule))
            })
            .collect();
        if others.is_empty() {
            ("none", vec![])
        } else {
            ("some", vec![("other_lines", Value::Text(others.join("\n")))])
        }
    },
};

/// What the worker came to ask about, as the dialog that sent them to
/// "where to get help" set it in `help_topic`: a check (`wage`, `overtime`,
/// `deductions`) or a rights topic (`rights-passport`, `rights-pregnancy`, …),
/// whose card names the topic itself.
const HELP_TOPIC: Action = Action {
    name: "help_topic",
    reads: &[],
    messages: &[],
    outcomes: &[
        Outcome { name: "wage", writes: &[] },
        Outcome { name: "overtime", writes: &[] },
        Outcome { name: "deductions", writes: &[] },
        Outcome { name: "rights", writes: &[] },
        Outcome { name: "other", writes: &[] },
    ],
    run: |context| match text(context.vars, "help_topic") {
        Some("wage") => ("wage", vec![]),
        Some("overtime") => ("overtime", vec![]),
        Some("deductions") => ("deductions", vec![]),
        Some(topic) if topic.starts_with("rights-") => ("rights", vec![]),
        _ => ("other", vec![]),
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, vars: &[(&str, Value)]) -> ActionResult {
        let vars: Vars = vars.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let reference = Reference::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let now = today.and_hms_opt(12, 0, 0).unwrap();
        let (catalog, _) = crate::i18n::Catalog::parse(&[]);
        let context = Context { vars: &vars, reference: &reference, today, now, lang: "en", catalog: &catalog };
        (find(name).unwrap().run)(&context)
    }

    #[test]
    fn monthly_hours_are_averaged_over_the_year() {
        let vars = [("days_per_week", Value::Number(5.0)), ("hours_per_day", Value::Hours(8.0))];
        // 5 days × 8 hours × 52 ÷ 12 = 173.33…
        assert_eq!(run("estimate_monthly_hours", &vars), ("estimated", vec![("monthly_hours", Value::Hours(173.33))]));
        let vars = [("days_per_week", Value::Number(6.0)), ("hours_per_day", Value::Hours(7.5))];
        assert_eq!(run("estimate_monthly_hours", &vars).1, vec![("monthly_hours", Value::Hours(195.0))]);
    }

    #[test]
    fn impossible_weeks_are_not_estimated() {
        for (days, hours) in [(8.0, 8.0), (5.0, 25.0), (0.0, 8.0)] {
            let vars = [("days_per_week", Value::Number(days)), ("hours_per_day", Value::Hours(hours))];
            assert_eq!(run("estimate_monthly_hours", &vars).0, "implausible");
        }
        assert_eq!(run("estimate_monthly_hours", &[]).0, "implausible");
    }

    #[test]
    fn days_are_shown_as_ranges() {
        let word = |id: &str| id.trim_start_matches("day-").to_string();
        assert_eq!(day_ranges(&[Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri], &word), "mon–fri");
        assert_eq!(day_ranges(&[Day::Wed, Day::Fri], &word), "wed, fri");
        assert_eq!(day_ranges(&[Day::Sat, Day::Sun, Day::Holiday], &word), "sat, sun, holiday");
        assert_eq!(day_ranges(&[Day::Mon, Day::Wed, Day::Thu, Day::Fri], &word), "mon, wed–fri");
    }

    #[test]
    fn missing_answers_are_an_outcome_not_a_panic() {
        for action in ACTIONS {
            let (outcome, writes) = run(action.name, &[]);
            let declared = action.outcomes.iter().find(|o| o.name == outcome).expect("declared outcome");
            for (name, _) in writes {
                assert!(declared.writes.contains(&name), "{} writes {name} undeclared", action.name);
            }
        }
    }
}
