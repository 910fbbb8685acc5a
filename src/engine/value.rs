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
}
