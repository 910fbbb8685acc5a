//! `sodan overtime`: was this month's overtime, night and holiday work paid
//! at least the legal premiums? CONTRACT.md → Commands names the fields.

use clap::Args;
use serde_json::{Value, json};

use super::{BadInput, MAX_MONTH_HOURS, MAX_YEN, amount, hours};
use crate::engine::Reference;
use crate::rules::decimal::Decimal;
use crate::rules::overtime::{self, Month};

#[derive(Debug, Clone, Args)]
pub struct OvertimeArgs {
    /// Yen per hour of the pay the premiums are computed on
    #[arg(long, allow_hyphen_values = true)]
    pub hourly_base: String,
    /// All hours beyond the legal limits this month (night ones included)
    #[arg(long, default_value = "0", allow_hyphen_values = true)]
    pub overtime_hours: String,
    /// All hours worked 22:00–05:00, overtime or not
    #[arg(long, default_value = "0", allow_hyphen_values = true)]
    pub late_night_hours: String,
    /// Hours worked on the legal weekly holiday
    #[arg(long, default_value = "0", allow_hyphen_values = true)]
    pub holiday_hours: String,
    /// What the worker was paid for those hours, in yen
    #[arg(long, allow_hyphen_values = true)]
    pub paid: String,
    /// Print one JSON object
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &OvertimeArgs, reference: &Reference) -> Result<Value, BadInput> {
    let month = Month {
        base_per_hour: amount("hourly-base", &args.hourly_base, MAX_YEN)?,
        overtime_hours: hours("overtime-hours", &args.overtime_hours, MAX_MONTH_HOURS)?,
        late_night_hours: hours("late-night-hours", &args.late_night_hours, MAX_MONTH_HOURS)?,
        holiday_hours: hours("holiday-hours", &args.holiday_hours, MAX_MONTH_HOURS)?,
        paid: amount("paid", &args.paid, MAX_YEN)?,
    };
    if month.base_per_hour == Decimal::ZERO {
        return Err(BadInput("--hourly-base must be more than 0".into()));
    }
    let worked = month.overtime_hours.thousandths() + month.holiday_hours.thousandths();
    if worked > Decimal::from_int(MAX_MONTH_HOURS).thousandths() {
        return Err(BadInput("overtime and holiday hours together exceed the hours in a month".into()));
    }
    let rules = &reference.wage_rules;
    let result = overtime::check(month, rules);
    let premiums = &rules.premiums;
    Ok(json!({
        "hourly_base": month.base_per_hour.as_f64(),
        "overtime_hours": month.overtime_hours.as_f64(),
        "late_night_hours": month.late_night_hours.as_f64(),
        "holiday_hours": month.holiday_hours.as_f64(),
        "required_pay": result.required_pay,
        "paid": month.paid.as_f64(),
        "underpaid": result.underpaid,
        "shortfall": result.shortfall,
        "limit_breaches": result.breaches,
        "rates_percent": {
            "overtime": premiums.overtime,
            "overtime_beyond_60h": premiums.overtime_beyond_60h,
            "late_night": premiums.late_night,
            "legal_holiday": premiums.legal_holiday,
        },
        "law": premiums.law.iter().chain(&rules.overtime_limits.law).collect::<Vec<_>>(),
        "sources": premiums.sources,
    }))
}

pub fn describe(result: &Value) -> String {
    let mut lines = vec![format!("Required premium pay: ¥{}; paid: ¥{}.", result["required_pay"], result["paid"])];
    if result["underpaid"] == true {
        lines.push(format!("UNDERPAID by ¥{}.", result["shortfall"]));
    } else {
        lines.push("Paid at least the legal premiums.".into());
    }
    for breach in result["limit_breaches"].as_array().into_iter().flatten() {
        lines.push(format!("Overtime limit problem: {}.", breach.as_str().unwrap_or_default().replace('_', " ")));
    }
    lines.join("\n")
}
