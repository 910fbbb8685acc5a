//! Whether a deduction from pay is legal, from `data/deductions.toml`, and
//! the arithmetic of Labor Standards Act Art. 91 for disciplinary cuts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::decimal::Decimal;
use crate::diagnostic::{Problem, line_of, toml_problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Legal,
    /// Legal only if a condition holds; the entry says which and how to check.
    Conditional,
    Illegal,
}

#[derive(Debug, Clone)]
pub struct Deduction {
    pub kind: String,
    pub verdict: Verdict,
    pub law: Vec<String>,
    pub condition: Option<String>,
    pub explanation: String,
    pub what_to_do: String,
    pub mark: String,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Deductions {
    pub entries: Vec<Deduction>,
}

impl Deductions {
    pub fn find(&self, kind: &str) -> Option<&Deduction> {
        self.entries.iter().find(|d| d.kind == kind)
    }

    pub fn kinds(&self) -> Vec<&str> {
        self.entries.iter().map(|d| d.kind.as_str()).collect()
    }
}

/// The amounts Art. 91 compares, any of which may be unknown.
#[derive(Debug, Clone, Copy, Default)]
pub struct CutAmounts {
    /// The cut for one incident.
    pub amount: Option<Decimal>,
    /// One day's average wage (平均賃金).
    pub daily_average_wage: Option<Decimal>,
    /// The wages of the pay period.
    pub period_wage: Option<Decimal>,
}

/// What Art. 91 says of a disciplinary cut with those amounts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CutCheck {
    pub verdict: Verdict,
    /// Half of one day's average wage, when it is known.
    pub max_per_incident: Option<f64>,
    /// One tenth of the period's wages, when it is known.
    pub max_per_period: Option<f64>,
    pub exceeds_per_incident: Option<bool>,
    pub exceeds_per_period: Option<bool>,
}

/// Art. 91: at most half of one day's average wage per incident, and at most
/// a tenth of the period's wages in total. Over either limit: illegal. Within
/// every limit that can be checked: still only conditional, because the cut
/// must also be in the work regulations.
pub fn check_cut(amounts: CutAmounts) -> CutCheck {
    let exceeds_per_incident = amounts
        .amount
        .zip(amounts.daily_average_wage)
        .map(|(amount, daily)| amount.thousandths() as i128 * 2 > daily.thousandths() as i128);
    let exceeds_per_period = amounts
        .amount
        .zip(amounts.period_wage)
        .map(|(amount, period)| amount.thousandths() as i128 * 10 > period.thousandths() as i128);
    let verdict = if exceeds_per_incident == Some(true) || exceeds_per_period == Some(true) {
        Verdict::Illegal
    } else {
        Verdict::Conditional
    };
    CutCheck {
        verdict,
        max_per_incident: amounts.daily_average_wage.map(|d| d.as_f64() / 2.0),
        max_per_period: amounts.period_wage.map(|p| p.as_f64() / 10.0),
        exceeds_per_incident,
        exceeds_per_period,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[allow(dead_code)] // for admins
    table: toml::Value,
    sources: BTreeMap<String, String>,
    deduction: Vec<toml::Spanned<RawDeduction>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeduction {
    kind: String,
    verdict: Verdict,
    law: Vec<String>,
    condition: Option<String>,
    explanation: String,
    what_to_do: String,
    mark: String,
    note: Option<String>,
    sources: Vec<String>,
}

pub fn parse(path: &str, text: &str) -> (Deductions, Vec<Problem>) {
    let mut problems = Vec::new();
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => return (Deductions::default(), vec![toml_problem(path, text, &error)]),
    };
    let mut entries = Vec::new();
    for spanned in raw.deduction {
        let line = line_of(text, spanned.span().start);
        let d = spanned.into_inner();
        let mut error = |message: String| problems.push(Problem::error(path, line, message));
        if d.law.is_empty() {
            error(format!("`{}` needs the law it rests on", d.kind));
        }
        if d.verdict == Verdict::Conditional && d.condition.is_none() {
            error(format!("`{}` is conditional: say the condition in `condition`", d.kind));
        }
        if d.sources.is_empty() && d.mark != "R" {
            error(format!("`{}` needs sources (only an entry marked R may have none, and its note says so)", d.kind));
        }
        let mut sources = Vec::new();
        for key in &d.sources {
            match raw.sources.get(key) {
                Some(url) => sources.push(url.clone()),
                None => error(format!("source `{key}` is not listed in [sources]")),
            }
        }
        entries.push(Deduction {
            kind: d.kind,
            verdict: d.verdict,
            law: d.law,
            condition: d.condition,
            explanation: d.explanation,
            what_to_do: d.what_to_do,
            mark: d.mark,
            note: d.note,
            sources,
        });
    }
    (Deductions { entries }, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Option<Decimal> {
        Decimal::parse(text)
    }

    fn cut(amount: &str, daily: &str, period: &str) -> CutCheck {
        check_cut(CutAmounts { amount: d(amount), daily_average_wage: d(daily), period_wage: d(period) })
    }

    #[test]
    fn article_91_boundaries() {
        // Daily average ¥10,000: at most ¥5,000 per incident. Period ¥200,000: at most ¥20,000.
        assert_eq!(cut("5000", "10000", "200000").verdict, Verdict::Conditional, "exactly half is allowed");
        assert_eq!(cut("5000.001", "10000", "200000").verdict, Verdict::Illegal);
        assert_eq!(cut("5001", "10000", "200000").exceeds_per_incident, Some(true));
        // The period limit binds when it is lower: ¥40,000 × 1/10 = ¥4,000.
        let check = cut("4500", "10000", "40000");
        assert_eq!(
            (check.verdict, check.exceeds_per_incident, check.exceeds_per_period),
            (Verdict::Illegal, Some(false), Some(true))
        );
        assert_eq!(cut("4000", "10000", "40000").verdict, Verdict::Conditional);
        assert_eq!(cut("4000", "10000", "40000").max_per_period, Some(4000.0));
        assert_eq!(cut("4000", "10000", "40000").max_per_incident, Some(5000.0));
    }

    #[test]
    fn unknown_amounts_leave_the_question_open() {
        let none = check_cut(CutAmounts::default());
        assert_eq!(none.verdict, Verdict::Conditional);
        assert_eq!(none.exceeds_per_incident, None);
        let only_daily = check_cut(CutAmounts { amount: d("6000"), daily_average_wage: d("10000"), period_wage: None });
        assert_eq!(only_daily.verdict, Verdict::Illegal);
        let within_daily =
            check_cut(CutAmounts { amount: d("3000"), daily_average_wage: d("10000"), period_wage: None });
        assert_eq!((within_daily.verdict, within_daily.exceeds_per_period), (Verdict::Conditional, None));
    }

    #[test]
    fn the_shipped_table_has_every_contract_kind_with_its_law() {
        let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/deductions.toml"));
        let (table, problems) = parse("data/deductions.toml", text);
        assert!(problems.is_empty(), "{problems:?}");
        let expected = [
            ("income-tax", Verdict::Legal, "Labor Standards Act Art. 24"),
            ("resident-tax", Verdict::Legal, "Labor Standards Act Art. 24"),
            ("social-insurance", Verdict::Legal, "Labor Standards Act Art. 24"),
            ("employment-insurance", Verdict::Legal, "Labor Standards Act Art. 24"),
            ("dormitory", Verdict::Conditional, "Labor Standards Act Art. 24"),
            ("utilities", Verdict::Conditional, "Labor Standards Act Art. 24"),
            ("food", Verdict::Conditional, "Labor Standards Act Art. 24"),
            ("uniform", Verdict::Conditional, "Labor Standards Act Art. 89"),
            ("damage-compensation", Verdict::Illegal, "Labor Standards Act Art. 16"),
            ("quit-penalty", Verdict::Illegal, "Labor Standards Act Art. 16"),
            ("absence-fine", Verdict::Illegal, "Labor Standards Act Art. 16"),
            ("disciplinary-cut", Verdict::Conditional, "Labor Standards Act Art. 91"),
            ("forced-savings", Verdict::Illegal, "Labor Standards Act Art. 18"),
            ("broker-fee", Verdict::Illegal, "Technical Intern Training Act Art. 28"),
            ("management-fee", Verdict::Illegal, "Technical Intern Training Act Art. 28"),
            ("passport-keeping", Verdict::Illegal, "Technical Intern Training Act Art. 48(1)"),
            ("return-airfare", Verdict::Illegal, "Technical Intern Training Act Regulation Art. 12(1)(vi)"),
        ];
        assert_eq!(table.entries.len(), expected.len());
        for (kind, verdict, law) in expected {
            let entry = table.find(kind).unwrap_or_else(|| panic!("{kind}"));
            assert_eq!(entry.verdict, verdict, "{kind}");
            assert!(entry.law.iter().any(|l| l == law), "{kind} cites {law}");
            if verdict == Verdict::Conditional {
                assert!(entry.condition.is_some(), "{kind} says its condition");
            }
        }
    }
}
