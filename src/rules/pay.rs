//! Comparing pay with the minimum wage, as the Minimum Wages Act does it:
//! convert the pay that counts to yen per hour (最低賃金法施行規則 Art. 2)
//! and compare with the amount in force on the date. Also the estimate of
//! what is owed for past months.

use chrono::NaiveDate;

use super::decimal::Decimal;
use super::minimum_wage::{LookupError, MinimumWages, Revision};

/// How the worker is paid, with the hours the law divides by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pay {
    Hourly {
        yen: Decimal,
    },
    /// Daily pay ÷ scheduled hours per day.
    Daily {
        yen: Decimal,
        hours_per_day: Decimal,
    },
    /// Monthly pay ÷ average scheduled hours per month.
    Monthly {
        yen: Decimal,
        hours_per_month: Decimal,
    },
    /// Piece-rate pay for the period ÷ hours actually worked in it.
    PieceRate {
        yen: Decimal,
        hours_worked: Decimal,
    },
}

impl Pay {
    fn amount(self) -> Decimal {
        match self {
            Self::Hourly { yen }
            | Self::Daily { yen, .. }
            | Self::Monthly { yen, .. }
            | Self::PieceRate { yen, .. } => yen,
        }
    }

    /// The hours the pay is for; one for hourly pay.
    fn hours(self) -> Decimal {
        match self {
            Self::Hourly { .. } => Decimal::from_int(1),
            Self::Daily { hours_per_day: h, .. }
            | Self::Monthly { hours_per_month: h, .. }
            | Self::PieceRate { hours_worked: h, .. } => h,
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PayError {
    #[error("the hours must be more than zero")]
    NoHours,
    #[error("the excluded part (¥{excluded}) is more than the pay (¥{pay})")]
    ExcludedMoreThanPay { excluded: Decimal, pay: Decimal },
    #[error(transparent)]
    Lookup(#[from] LookupError),
}

/// The outcome of one comparison, with every figure the worker can check.
#[derive(Debug, Clone, PartialEq)]
pub struct WageCheck<'t> {
    pub in_force: &'t Revision,
    /// Yen per hour of the pay that counts, not rounded.
    pub hourly_equivalent: f64,
    pub below_minimum: bool,
    /// Yen per hour below the minimum; zero when not below.
    pub shortfall_per_hour: f64,
    /// The next known amount not yet in force on the date, if any.
    pub pending: Option<&'t Revision>,
}

/// Compares `pay`, less the `excluded` part that does not count (overtime,
/// holiday and night premiums, commuting, family and attendance allowances,
/// bonuses), with the minimum wage of `prefecture` on `date`.
pub fn check<'t>(
    table: &'t MinimumWages,
    prefecture: u8,
    date: NaiveDate,
    pay: Pay,
    excluded: Decimal,
) -> Result<WageCheck<'t>, PayError> {
    let hours = pay.hours();
    if hours.is_zero() {
        return Err(PayError::NoHours);
    }
    if excluded > pay.amount() {
        return Err(PayError::ExcludedMoreThanPay { excluded, pay: pay.amount() });
    }
    let in_force = table.in_force(prefecture, date)?;
    let counted = pay.amount().thousandths() as i128 - excluded.thousandths() as i128;
    // Exact, both in thousandths: counted ÷ hours < minimum  ⇔  counted < minimum × hours.
    let minimum_times_hours = in_force.amount as i128 * hours.thousandths() as i128;
    let below_minimum = counted < minimum_times_hours;
    let hourly_equivalent = counted as f64 / hours.thousandths() as f64;
    let shortfall_per_hour = if below_minimum { in_force.amount as f64 - hourly_equivalent } else { 0.0 };
    Ok(WageCheck {
        in_force,
        hourly_equivalent,
        below_minimum,
        shortfall_per_hour,
        pending: table.pending(prefecture, date),
    })
}

/// What is owed for `months` months of `hours_per_month` hours at
/// `shortfall_per_hour` yen too little, rounded down to the yen: an estimate
/// to show the worker the size of the claim, not a calculation for court.
pub fn back_pay(shortfall_per_hour: f64, hours_per_month: Decimal, months: u32) -> i64 {
    (shortfall_per_hour * hours_per_month.as_f64() * months as f64 + 1e-6).floor() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::minimum_wage::{Revision, Status};

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn osaka() -> MinimumWages {
        let revision = |year, amount, from: &str| Revision {
            prefecture: 27,
            fiscal_year: year,
            amount,
            effective_from: Some(date(from)),
            status: Status::Confirmed,
            mark: "V".into(),
            sources: vec!["https://example.org".into()],
            note: None,
        };
        MinimumWages::new(vec![revision(2024, 1114, "2024-10-01"), revision(2025, 1177, "2025-10-16")], None)
    }

    #[test]
    fn the_osaka_labour_bureau_example_is_a_violation() {
        // 269 days × 7.5 h ÷ 12 = 168.125 h; ¥197,800 ÷ 168.125 = ¥1,176.5 < ¥1,177.
        let table = osaka();
        let pay = Pay::Monthly { yen: d("197800"), hours_per_month: d("168.125") };
        let result = check(&table, 27, date("2025-11-01"), pay, Decimal::ZERO).unwrap();
        assert!(result.below_minimum);
        assert!((result.hourly_equivalent - 1176.505).abs() < 0.001, "{}", result.hourly_equivalent);
        assert!((result.shortfall_per_hour - 0.495).abs() < 0.001);
        // The day before the FY2025 amount took effect, the same pay was enough.
        assert!(!check(&table, 27, date("2025-10-15"), pay, Decimal::ZERO).unwrap().below_minimum);
    }

    #[test]
    fn exactly_the_minimum_is_not_below_it() {
        let table = osaka();
        let pay = Pay::Monthly { yen: d("202129.4"), hours_per_month: d("173.8") };
        let at = date("2025-01-01");
        // 1,163 would be Tokyo's; here 1,114 × 173.8 = 193,613.2.
        let exact = Pay::Monthly { yen: d("193613.2"), hours_per_month: d("173.8") };
        assert!(!check(&table, 27, at, exact, Decimal::ZERO).unwrap().below_minimum);
        let just_under = Pay::Monthly { yen: d("193613.199"), hours_per_month: d("173.8") };
        assert!(check(&table, 27, at, just_under, Decimal::ZERO).unwrap().below_minimum);
        assert!(!check(&table, 27, at, pay, Decimal::ZERO).unwrap().below_minimum);
    }

    #[test]
    fn every_pay_form_divides_by_its_own_hours() {
        let table = osaka();
        let at = date("2025-11-01");
        let cases = [
            (Pay::Hourly { yen: d("1176") }, 1176.0),
            (Pay::Daily { yen: d("9416"), hours_per_day: d("8") }, 1177.0),
            (Pay::Monthly { yen: d("200000"), hours_per_month: d("160") }, 1250.0),
            (Pay::PieceRate { yen: d("117000"), hours_worked: d("100") }, 1170.0),
        ];
        for (pay, expected) in cases {
            let result = check(&table, 27, at, pay, Decimal::ZERO).unwrap();
            assert!((result.hourly_equivalent - expected).abs() < 1e-9, "{pay:?}");
            assert_eq!(result.below_minimum, expected < 1177.0, "{pay:?}");
        }
    }

    #[test]
    fn excluded_pay_does_not_count() {
        let table = osaka();
        let pay = Pay::Monthly { yen: d("210000"), hours_per_month: d("170") };
        let at = date("2025-11-01");
        assert!(!check(&table, 27, at, pay, Decimal::ZERO).unwrap().below_minimum);
        // ¥15,000 of commuting and attendance allowances: 195,000 ÷ 170 = 1,147.06.
        let result = check(&table, 27, at, pay, d("15000")).unwrap();
        assert!(result.below_minimum);
        assert!((result.hourly_equivalent - 1147.0588).abs() < 0.001);
        assert!(matches!(check(&table, 27, at, pay, d("999999")), Err(PayError::ExcludedMoreThanPay { .. })));
        let no_hours = Pay::Monthly { yen: d("1"), hours_per_month: Decimal::ZERO };
        assert_eq!(check(&table, 27, at, no_hours, Decimal::ZERO), Err(PayError::NoHours));
    }

    #[test]
    fn back_pay_multiplies_out() {
        assert_eq!(back_pay(50.0, d("160"), 12), 96_000);
        assert_eq!(back_pay(0.495, d("168.125"), 3), 249);
    }
}
