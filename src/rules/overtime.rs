//! Premium pay for one month (Labor Standards Act Art. 37) and the overtime
//! limits of Art. 36, as a check of what the worker was paid.
//!
//! Required pay = base × (1.25 × the first 60 overtime hours + 1.50 × the
//! overtime hours beyond 60 + 1.35 × legal-holiday hours + 0.25 ×
//! late-night hours), rounded half up to the yen. Late-night hours are
//! counted inside the overtime and holiday hours too, so the night premium
//! stacks: night overtime costs 1.50, beyond 60 h 1.75, night holiday 1.60.

use super::decimal::{Decimal, SCALE, divide_half_up};
use super::wage_rules::WageRules;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    /// Yen per hour of the pay the premiums are computed on.
    pub base_per_hour: Decimal,
    /// Hours beyond the legal limits (8 h/day, 40 h/week), night ones included.
    pub overtime_hours: Decimal,
    /// Hours worked 22:00–05:00, overtime or not.
    pub late_night_hours: Decimal,
    /// Hours worked on the legal weekly holiday.
    pub holiday_hours: Decimal,
    /// What the worker was paid for those hours.
    pub paid: Decimal,
}

/// A rights problem beyond the pay itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitBreach {
    /// More overtime than is allowed without a special clause in the 36 agreement.
    AboveMonthlyLimitWithoutSpecialClause,
    /// Overtime plus holiday work at or above the absolute monthly limit.
    AtOrAboveAbsoluteMonthlyLimit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OvertimeCheck {
    pub required_pay: i64,
    pub paid: Decimal,
    pub underpaid: bool,
    /// Whole yen missing; zero when not underpaid.
    pub shortfall: i64,
    pub breaches: Vec<LimitBreach>,
}

pub fn check(month: Month, rules: &WageRules) -> OvertimeCheck {
    let premiums = &rules.premiums;
    let threshold = Decimal::from_int(premiums.monthly_threshold_hours as i64);
    let first = month.overtime_hours.min(threshold);
    let beyond = month.overtime_hours.saturating_sub(threshold);
    // Percent × thousandths of hours: the weighted hours in 1/100,000.
    let weighted = (100 + premiums.overtime) as i128 * first.thousandths() as i128
        + (100 + premiums.overtime_beyond_60h) as i128 * beyond.thousandths() as i128
        + (100 + premiums.legal_holiday) as i128 * month.holiday_hours.thousandths() as i128
        + premiums.late_night as i128 * month.late_night_hours.thousandths() as i128;
    let scale = 100 * SCALE as i128 * SCALE as i128;
    let required_pay = divide_half_up(month.base_per_hour.thousandths() as i128 * weighted, scale) as i64;
    // Paid to the thousandth of a yen: underpaid when below the required whole yen.
    let paid_scaled = month.paid.thousandths() as i128;
    let required_scaled = required_pay as i128 * SCALE as i128;
    let underpaid = paid_scaled < required_scaled;
    let shortfall = if underpaid { divide_half_up(required_scaled - paid_scaled, SCALE as i128) as i64 } else { 0 };

    let limits = &rules.overtime_limits;
    let mut breaches = Vec::new();
    if month.overtime_hours > Decimal::from_int(limits.monthly_without_special_clause as i64) {
        breaches.push(LimitBreach::AboveMonthlyLimitWithoutSpecialClause);
    }
    let total = Decimal::from_thousandths(month.overtime_hours.thousandths() + month.holiday_hours.thousandths());
    if total >= Decimal::from_int(limits.monthly_absolute_below as i64) {
        breaches.push(LimitBreach::AtOrAboveAbsoluteMonthlyLimit);
    }
    OvertimeCheck { required_pay, paid: month.paid, underpaid, shortfall, breaches }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::wage_rules;

    fn rules() -> WageRules {
        let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/wage-rules.toml"));
        wage_rules::parse("data/wage-rules.toml", text).0.unwrap()
    }

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    fn month(base: &str, overtime: &str, night: &str, holiday: &str, paid: &str) -> Month {
        Month {
            base_per_hour: d(base),
            overtime_hours: d(overtime),
            late_night_hours: d(night),
            holiday_hours: d(holiday),
            paid: d(paid),
        }
    }

    /// Table of (base, overtime, night, holiday) → required pay, each
    /// computed by hand from the multipliers of Art. 37.
    #[test]
    fn every_premium_combination() {
        let cases = [
            ("1000", "10", "0", "0", 12_500),  // 1.25
            ("1000", "0", "10", "0", 2_500),   // night alone: +0.25
            ("1000", "10", "10", "0", 15_000), // night overtime: 1.50
            ("1000", "0", "0", "10", 13_500),  // legal holiday: 1.35
            ("1000", "0", "10", "10", 16_000), // night holiday: 1.60
            ("1000", "70", "0", "0", 90_000),  // 60 × 1.25 + 10 × 1.50
            ("1000", "70", "10", "0", 92_500), // + night beyond 60: 1.75 for those hours
            ("1000", "60", "0", "0", 75_000),  // the 60th hour is still 1.25
            ("1163", "1.5", "0", "0", 2_181),  // 2,180.625 → 2,181 (half up)
            ("1226", "0", "0", "0", 0),
        ];
        for (base, overtime, night, holiday, required) in cases {
            let result = check(month(base, overtime, night, holiday, "0"), &rules());
            assert_eq!(result.required_pay, required, "{base} {overtime} {night} {holiday}");
        }
    }

    #[test]
    fn three_hundred_yen_an_hour_is_underpaid() {
        // Tokyo's minimum as the base, 40 hours of overtime paid at ¥300 an hour.
        let result = check(month("1226", "40", "0", "0", "12000"), &rules());
        assert_eq!(result.required_pay, 61_300);
        assert!(result.underpaid);
        assert_eq!(result.shortfall, 49_300);
        assert!(result.breaches.is_empty());
    }

    #[test]
    fn paying_the_exact_amount_is_not_underpaid() {
        let result = check(month("1000", "10", "0", "0", "12500"), &rules());
        assert!(!result.underpaid);
        assert_eq!(result.shortfall, 0);
        let short = check(month("1000", "10", "0", "0", "12499.5"), &rules());
        assert!(short.underpaid);
        assert_eq!(short.shortfall, 1);
    }

    #[test]
    fn the_overtime_limits_are_flagged() {
        assert!(check(month("1000", "45", "0", "0", "0"), &rules()).breaches.is_empty());
        assert_eq!(
            check(month("1000", "45.5", "0", "0", "0"), &rules()).breaches,
            vec![LimitBreach::AboveMonthlyLimitWithoutSpecialClause]
        );
        assert_eq!(
            check(month("1000", "80", "0", "20", "0"), &rules()).breaches,
            vec![LimitBreach::AboveMonthlyLimitWithoutSpecialClause, LimitBreach::AtOrAboveAbsoluteMonthlyLimit]
        );
        assert_eq!(
            check(month("1000", "40", "0", "59.5", "0"), &rules()).breaches,
            Vec::<LimitBreach>::new(),
            "99.5 h is below 100"
        );
    }
}
