//! The named rules a dialog's action node may call. Each declares the
//! variables it reads, its possible outcomes and what each outcome writes,
//! so that `sodan check` can prove a script never reads a variable before
//! it is set and handles every outcome.

use std::collections::BTreeMap;

use crate::engine::value::Value;

pub type Vars = BTreeMap<String, Value>;

/// What a run returns: the outcome's name and the values it writes.
pub type ActionResult = (&'static str, Vec<(&'static str, Value)>);

pub struct Outcome {
    pub name: &'static str,
    /// Variables set when the action ends with this outcome.
    pub writes: &'static [&'static str],
}

pub struct Action {
    pub name: &'static str,
    pub reads: &'static [&'static str],
    pub outcomes: &'static [Outcome],
    /// Runs the rule. Returns the outcome's name and the values it writes.
    pub run: fn(&Vars) -> ActionResult,
}

/// Every action a script may name.
pub const ACTIONS: &[Action] = &[ESTIMATE_MONTHLY_HOURS];

pub fn find(name: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.name == name)
}

/// Scheduled hours per month from days a week and hours a day, as MHLW
/// guidance averages them over a year: days × hours × 52 weeks ÷ 12 months.
/// Used when a monthly-paid worker does not know their scheduled hours; the
/// dialog must say the result is an estimate.
const ESTIMATE_MONTHLY_HOURS: Action = Action {
    name: "estimate_monthly_hours",
    reads: &["days_per_week", "hours_per_day"],
    outcomes: &[
        Outcome { name: "estimated", writes: &["monthly_hours"] },
        Outcome { name: "implausible", writes: &[] },
    ],
    run: |vars| {
        let days = vars.get("days_per_week").and_then(Value::as_f64);
        let hours = vars.get("hours_per_day").and_then(Value::as_f64);
        match (days, hours) {
            (Some(days), Some(hours)) if days > 0.0 && days <= 7.0 && hours > 0.0 && hours <= 24.0 => {
                let monthly = (days * hours * 52.0 / 12.0 * 100.0).round() / 100.0;
                ("estimated", vec![("monthly_hours", Value::Hours(monthly))])
            }
            _ => ("implausible", vec![]),
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    fn run(days: f64, hours: f64) -> ActionResult {
        let vars = Vars::from([
            ("days_per_week".to_string(), Value::Number(days)),
            ("hours_per_day".to_string(), Value::Hours(hours)),
        ]);
        (find("estimate_monthly_hours").unwrap().run)(&vars)
    }

    #[test]
    fn monthly_hours_are_averaged_over_the_year() {
        // 5 days × 8 hours × 52 ÷ 12 = 173.33…
        assert_eq!(run(5.0, 8.0), ("estimated", vec![("monthly_hours", Value::Hours(173.33))]));
        assert_eq!(run(6.0, 7.5), ("estimated", vec![("monthly_hours", Value::Hours(195.0))]));
    }

    #[test]
    fn impossible_weeks_are_not_estimated() {
        assert_eq!(run(8.0, 8.0).0, "implausible");
        assert_eq!(run(5.0, 25.0).0, "implausible");
        assert_eq!(run(0.0, 8.0).0, "implausible");
        assert_eq!((find("estimate_monthly_hours").unwrap().run)(&Vars::new()).0, "implausible");
    }

    #[test]
    fn every_outcome_a_run_returns_is_declared() {
        for action in ACTIONS {
            let (outcome, writes) = (action.run)(&Vars::new());
            let declared = action.outcomes.iter().find(|o| o.name == outcome).expect("declared outcome");
            for (name, _) in writes {
                assert!(declared.writes.contains(&name));
            }
        }
    }
}
