//! `sodan wage`: is this pay below the minimum wage of that prefecture on
//! that date? CONTRACT.md → Commands names the fields.

use chrono::NaiveDate;
use clap::Args;
use serde_json::{Value, json};

use super::{BadInput, MAX_MONTH_HOURS, MAX_YEN, amount, date, hours};
use crate::engine::Reference;
use crate::rules::decimal::Decimal;
use crate::rules::minimum_wage::Revision;
use crate::rules::pay::{self, Pay, PayError};
use crate::rules::prefecture::Prefecture;

#[derive(Debug, Clone, Args)]
pub struct WageArgs {
    /// JIS code (13), English name (tokyo) or Japanese name (東京都, 東京)
    #[arg(long)]
    pub prefecture: String,
    /// The day the pay is for, YYYY-MM-DD [default: today in Japan]
    #[arg(long)]
    pub date: Option<String>,
    /// Hourly pay in yen
    #[arg(long, allow_hyphen_values = true, conflicts_with_all = ["daily", "monthly"])]
    pub hourly: Option<String>,
    /// Daily pay in yen (needs --hours-per-day)
    #[arg(long, allow_hyphen_values = true, requires = "hours_per_day", conflicts_with = "monthly")]
    pub daily: Option<String>,
    /// Scheduled working hours per day
    #[arg(long, allow_hyphen_values = true)]
    pub hours_per_day: Option<String>,
    /// Monthly pay in yen (needs --hours-per-month)
    #[arg(long, allow_hyphen_values = true, requires = "hours_per_month")]
    pub monthly: Option<String>,
    /// Average scheduled working hours per month
    #[arg(long, allow_hyphen_values = true)]
    pub hours_per_month: Option<String>,
    /// The part of the pay that does not count toward the minimum wage (overtime,
    /// holiday and night premiums, commuting, family and attendance allowances, bonuses)
    #[arg(long, allow_hyphen_values = true)]
    pub exclude: Option<String>,
    /// Print one JSON object
    #[arg(long)]
    pub json: bool,
}

fn pay_from(args: &WageArgs) -> Result<(Pay, &'static str), BadInput> {
    match (&args.hourly, &args.daily, &args.monthly) {
        (Some(yen), None, None) => Ok((Pay::Hourly { yen: amount("hourly", yen, MAX_YEN)? }, "hourly")),
        (None, Some(yen), None) => {
            let per_day = hours("hours-per-day", args.hours_per_day.as_deref().unwrap_or_default(), 24)?;
            Ok((Pay::Daily { yen: amount("daily", yen, MAX_YEN)?, hours_per_day: per_day }, "daily"))
        }
        (None, None, Some(yen)) => {
            let per_month =
                hours("hours-per-month", args.hours_per_month.as_deref().unwrap_or_default(), MAX_MONTH_HOURS)?;
            Ok((Pay::Monthly { yen: amount("monthly", yen, MAX_YEN)?, hours_per_month: per_month }, "monthly"))
        }
        (None, None, None) => Err(BadInput(
            "give the pay: --hourly YEN, --daily YEN --hours-per-day H, or --monthly YEN --hours-per-month H".into(),
        )),
        _ => Err(BadInput("give only one of --hourly, --daily and --monthly".into())),
    }
}

/// Resolves a prefecture argument or explains what is accepted.
pub fn prefecture<'r>(reference: &'r Reference, text: &str) -> Result<&'r Prefecture, BadInput> {
    reference.prefectures.find(&crate::engine::input::fold_width(text)).ok_or_else(|| {
        BadInput(format!(
            "unknown prefecture `{text}`: use a JIS code from 1 to 47 (13), an English name (tokyo) or a Japanese name (東京都)"
        ))
    })
}

fn revision_json(revision: &Revision) -> Value {
    json!({
        "amount": revision.amount,
        "status": revision.status,
        "effective_from": revision.effective_from.map(|d| d.to_string()),
        "fiscal_year": revision.fiscal_year,
        "mark": revision.mark,
        "sources": revision.sources,
    })
}

/// Runs the check and describes it as JSON.
pub fn run(args: &WageArgs, reference: &Reference, today: NaiveDate) -> Result<Value, BadInput> {
    let prefecture = prefecture(reference, &args.prefecture)?;
    let on = match &args.date {
        Some(text) => date(text)?,
        None => today,
    };
    let (pay, form) = pay_from(args)?;
    let excluded = match &args.exclude {
        Some(text) => amount("exclude", text, MAX_YEN)?,
        None => Decimal::ZERO,
    };
    let result =
        pay::check(&reference.minimum_wages, prefecture.code, on, pay, excluded).map_err(|error| match error {
            PayError::NoHours => BadInput("the hours must be more than 0".into()),
            PayError::ExcludedMoreThanPay { .. } => BadInput(format!("--exclude is more than the pay: {error}")),
            PayError::Lookup(lookup) => {
                BadInput(format!("{lookup}; there is no figure to compare with, and sodan does not guess"))
            }
        })?;
    let in_force = result.in_force;
    Ok(json!({
        "prefecture": { "code": prefecture.code, "en": prefecture.en, "ja": prefecture.ja },
        "date": on.to_string(),
        "minimum_wage": in_force.amount,
        "effective_from": in_force.effective_from.map(|d| d.to_string()),
        "fiscal_year": in_force.fiscal_year,
        "mark": in_force.mark,
        "sources": in_force.sources,
        "note": in_force.note,
        "pay_form": form,
        "hourly_equivalent": result.hourly_equivalent,
        "below_minimum": result.below_minimum,
        "shortfall_per_hour": result.shortfall_per_hour,
        "pending_revision": result.pending.map(revision_json),
        "data_as_of": reference.minimum_wages.as_of.map(|d| d.to_string()),
    }))
}

/// The same result for a person reading a terminal.
pub fn describe(result: &Value) -> String {
    let mut lines = vec![
        format!(
            "{} ({}), {}: minimum wage ¥{} per hour, in force since {}.",
            result["prefecture"]["en"].as_str().unwrap_or_default(),
            result["prefecture"]["ja"].as_str().unwrap_or_default(),
            result["date"].as_str().unwrap_or_default(),
            result["minimum_wage"],
            result["effective_from"].as_str().unwrap_or_default(),
        ),
        format!("Pay per hour that counts: ¥{:.2}.", result["hourly_equivalent"].as_f64().unwrap_or_default()),
    ];
    if result["below_minimum"] == true {
        lines.push(format!(
            "BELOW the minimum wage by ¥{:.2} per hour.",
            result["shortfall_per_hour"].as_f64().unwrap_or_default()
        ));
    } else {
        lines.push("Not below the minimum wage.".into());
    }
    if let Some(pending) = result["pending_revision"].as_object() {
        lines.push(format!(
            "Next known amount: ¥{} ({}{}).",
            pending["amount"],
            pending["status"].as_str().unwrap_or_default(),
            pending["effective_from"].as_str().map(|d| format!(", from {d}")).unwrap_or_default(),
        ));
    }
    lines.join("\n")
}
