//! The legal numbers of premium pay, overtime limits and wage claims, read
//! from `data/wage-rules.toml`, so that a change in the law is a data edit
//! with its source, not a code change.

use serde::Deserialize;

use crate::diagnostic::{Problem, toml_problem};

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Premiums {
    /// Percent added for overtime beyond the legal hours.
    pub overtime: u32,
    /// Percent added for the monthly overtime beyond `monthly_threshold_hours`.
    pub overtime_beyond_60h: u32,
    pub monthly_threshold_hours: u32,
    pub late_night: u32,
    pub legal_holiday: u32,
    pub law: Vec<String>,
    pub mark: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OvertimeLimits {
    pub monthly_without_special_clause: u32,
    /// Overtime plus legal-holiday work must stay below this in any month.
    pub monthly_absolute_below: u32,
    pub law: Vec<String>,
    pub mark: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WageClaims {
    pub limitation_years: u32,
    pub applies_to_wages_due_from: String,
    pub law: Vec<String>,
    pub mark: String,
    pub sources: Vec<String>,
}

/// The default (all zero) exists for test worlds only: a set whose
/// wage-rules.toml does not parse has errors and is never served.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WageRules {
    #[serde(rename = "table")]
    _table: Table,
    pub premiums: Premiums,
    pub overtime_limits: OvertimeLimits,
    pub wage_claims: WageClaims,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    as_of: String,
}

pub fn parse(path: &str, text: &str) -> (Option<WageRules>, Vec<Problem>) {
    match toml::from_str::<WageRules>(text) {
        Ok(rules) => {
            let mut problems = Vec::new();
            for (what, sources) in [
                ("premiums", &rules.premiums.sources),
                ("overtime_limits", &rules.overtime_limits.sources),
                ("wage_claims", &rules.wage_claims.sources),
            ] {
                if sources.is_empty() || sources.iter().any(|s| !s.starts_with("https://") && !s.starts_with("http://"))
                {
                    problems.push(Problem::error(path, 1, format!("[{what}] needs source URLs")));
                }
            }
            (Some(rules), problems)
        }
        Err(error) => (None, vec![toml_problem(path, text, &error)]),
    }
}
