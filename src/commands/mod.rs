//! The one-shot checks of the command line (`sodan wage`, `sodan overtime`):
//! read and validate the arguments, run the pure rule, and describe the
//! result as JSON or as text. Bad input is a [`BadInput`] (exit 2).

pub mod contacts;
pub mod deduction;
pub mod overtime;
pub mod wage;

use chrono::NaiveDate;

use crate::engine::input::fold_width;
use crate::rules::decimal::Decimal;

/// Input that cannot be checked, with a message that says how to fix it.
#[derive(Debug)]
pub struct BadInput(pub String);

/// A yen amount or a number of hours: `150000`, `150,000`, `１５００００`,
/// `173.8`. Negative numbers and more than `max` are refused.
fn amount(flag: &str, text: &str, max: i64) -> Result<Decimal, BadInput> {
    let folded = fold_width(text).replace(['¥', '円'], "");
    let value = Decimal::parse(&folded).ok_or_else(|| {
        BadInput(format!("--{flag} must be a number of 0 or more, with at most 3 decimals (got `{text}`)"))
    })?;
    if value > Decimal::from_int(max) {
        return Err(BadInput(format!("--{flag} {text} is implausibly large (at most {max})")));
    }
    Ok(value)
}

fn hours(flag: &str, text: &str, max: i64) -> Result<Decimal, BadInput> {
    amount(flag, text, max)
}

fn date(text: &str) -> Result<NaiveDate, BadInput> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| BadInput(format!("--date must be a date like 2025-10-01 (got `{text}`)")))
}

/// The largest pay that can be real, per unit of time.
const MAX_YEN: i64 = 100_000_000;
/// Hours in the longest month.
const MAX_MONTH_HOURS: i64 = 744;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_write_them() {
        assert_eq!(amount("monthly", "１５００００", MAX_YEN).unwrap(), Decimal::from_int(150_000));
        assert_eq!(amount("monthly", "¥150,000", MAX_YEN).unwrap(), Decimal::from_int(150_000));
        assert!(amount("monthly", "-1", MAX_YEN).unwrap_err().0.contains("0 or more"));
        assert!(amount("monthly", "1e9", MAX_YEN).is_err());
        assert!(amount("monthly", "999999999999", MAX_YEN).unwrap_err().0.contains("implausibly large"));
    }
}
