//! The values a conversation remembers: answers to input nodes and the
//! results of actions. Stored with the conversation, shown in messages.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub enum Value {
    Number(f64),
    /// Whole yen: money is never a float.
    Yen(i64),
    Hours(f64),
    Date(NaiveDate),
    /// JIS X 0401 code.
    Prefecture(u8),
    Text(String),
}

impl Value {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Self::Number(n) | Self::Hours(n) => Some(*n),
            Self::Yen(yen) => Some(*yen as f64),
            _ => None,
        }
    }
}

/// `150000` → `150,000`. Fluent's NUMBER() is not locale-aware, and yen
/// amounts read the same way in every language sodan speaks.
pub fn group_thousands(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if amount < 0 { format!("-{out}") } else { out }
}

/// `1150.7479` → `1,150.75`, `173.0` → `173`: two decimals at most, grouped.
pub fn group_decimal(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let whole = group_thousands(hundredths / 100);
    match (hundredths % 100).abs() {
        0 => whole,
        cents if cents % 10 == 0 => format!("{whole}.{}", cents / 10),
        cents => format!("{whole}.{cents:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1_226), "1,226");
        assert_eq!(group_thousands(150_000), "150,000");
        assert_eq!(group_thousands(-1_000_000), "-1,000,000");
    }

    #[test]
    fn decimals_are_grouped_and_trimmed() {
        assert_eq!(group_decimal(1150.7479), "1,150.75");
        assert_eq!(group_decimal(173.0), "173");
        assert_eq!(group_decimal(162.5), "162.5");
        assert_eq!(group_decimal(0.495), "0.5");
        assert_eq!(group_decimal(38.05), "38.05");
    }
}
