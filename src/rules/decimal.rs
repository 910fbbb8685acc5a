//! Exact decimal amounts for money and hours. Comparisons with the minimum
//! wage must not be decided by floating-point noise: ¥202,129.4 ÷ 173.8 h is
//! exactly ¥1,163, not ¥1,162.9999.

use std::fmt;

/// A non-negative decimal with three places, stored in thousandths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Decimal(i64);

/// How many thousandths make one.
pub const SCALE: i64 = 1000;

impl Decimal {
    pub const ZERO: Self = Self(0);

    pub fn from_int(value: i64) -> Self {
        Self(value * SCALE)
    }

    pub fn from_thousandths(thousandths: i64) -> Self {
        Self(thousandths)
    }

    /// From a float read from a dialog, rounded to the nearest thousandth.
    pub fn from_f64(value: f64) -> Option<Self> {
        let scaled = (value * SCALE as f64).round();
        (value.is_finite() && (0.0..9e15).contains(&scaled)).then_some(Self(scaled as i64))
    }

    /// Reads `173.8`, `168.125`, `1226`, `1,226` or `0.5`. More than three
    /// decimal places, signs and exponents are refused.
    pub fn parse(text: &str) -> Option<Self> {
        let text: String = text.trim().chars().filter(|c| *c != ',' && *c != '_').collect();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole) || !digits(fraction) || fraction.len() > 3 || whole.len() > 12 {
            return None;
        }
        let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
        let padded = format!("{fraction:0<3}");
        let fraction: i64 = padded.parse().ok()?;
        Some(Self(whole * SCALE + fraction))
    }

    pub fn thousandths(self) -> i64 {
        self.0
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn saturating_sub(self, other: Self) -> Self {
        Self((self.0 - other.0).max(0))
    }

    pub fn min(self, other: Self) -> Self {
        Self(self.0.min(other.0))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / SCALE;
        let fraction = self.0 % SCALE;
        if fraction == 0 {
            write!(f, "{whole}")
        } else {
            let text = format!("{fraction:03}");
            write!(f, "{whole}.{}", text.trim_end_matches('0'))
        }
    }
}

/// `numerator ÷ denominator` rounded half up, for non-negative values.
pub fn divide_half_up(numerator: i128, denominator: i128) -> i128 {
    (2 * numerator + denominator) / (2 * denominator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(Decimal::parse("173.8"), Some(Decimal(173_800)));
        assert_eq!(Decimal::parse("168.125"), Some(Decimal(168_125)));
        assert_eq!(Decimal::parse("1,226"), Some(Decimal(1_226_000)));
        assert_eq!(Decimal::parse(".5"), Some(Decimal(500)));
        for bad in ["", ".", "-1", "1e3", "1.2345", "abc", "1.2.3"] {
            assert_eq!(Decimal::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn shows_without_trailing_zeros() {
        assert_eq!(Decimal(173_800).to_string(), "173.8");
        assert_eq!(Decimal(1_226_000).to_string(), "1226");
        assert_eq!(Decimal(168_125).to_string(), "168.125");
    }

    #[test]
    fn rounds_half_up() {
        assert_eq!(divide_half_up(5, 2), 3);
        assert_eq!(divide_half_up(4, 2), 2);
        assert_eq!(divide_half_up(7, 3), 2);
    }
}
