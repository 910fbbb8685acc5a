//! `sodan deduction`: is this deduction from pay legal? With amounts, a
//! disciplinary cut is checked against the limits of LSA Art. 91.

use clap::Args;
use serde_json::{Value, json};

use super::{BadInput, MAX_YEN, amount};
use crate::engine::Reference;
use crate::rules::deductions::{CutAmounts, check_cut};

#[derive(Debug, Clone, Args)]
pub struct DeductionArgs {
    /// The kind of deduction (income-tax, dormitory, quit-penalty, …)
    #[arg(long)]
    pub item: String,
    /// The amount deducted, in yen (for a disciplinary cut: one incident's cut)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// One day's average wage (平均賃金), in yen
    #[arg(long, allow_hyphen_values = true)]
    pub daily_average_wage: Option<String>,
    /// The wages of the pay period, in yen
    #[arg(long, allow_hyphen_values = true)]
    pub period_wage: Option<String>,
    /// Print one JSON object
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &DeductionArgs, reference: &Reference) -> Result<Value, BadInput> {
    let table = &reference.deductions;
    let entry = table.find(args.item.trim()).ok_or_else(|| {
        BadInput(format!("unknown deduction `{}`: use one of {}", args.item, table.kinds().join(", ")))
    })?;
    let read = |flag: &str, value: &Option<String>| value.as_deref().map(|v| amount(flag, v, MAX_YEN)).transpose();
    let amounts = CutAmounts {
        amount: read("amount", &args.amount)?,
        daily_average_wage: read("daily-average-wage", &args.daily_average_wage)?,
        period_wage: read("period-wage", &args.period_wage)?,
    };
    let mut result = json!({
        "item": entry.kind,
        "verdict": entry.verdict,
        "law": entry.law,
        "condition": entry.condition,
        "explanation": entry.explanation,
        "what_to_do": entry.what_to_do,
        "mark": entry.mark,
        "note": entry.note,
        "sources": entry.sources,
        "amount": amounts.amount.map(|a| a.as_f64()),
    });
    if entry.kind == "disciplinary-cut" {
        let cut = check_cut(amounts);
        result["verdict"] = json!(cut.verdict);
        result["article_91"] = json!(cut);
    }
    Ok(result)
}

pub fn describe(result: &Value) -> String {
    let mut lines = vec![format!(
        "{}: {} ({})",
        result["item"].as_str().unwrap_or_default(),
        result["verdict"].as_str().unwrap_or_default().to_uppercase(),
        result["law"]
            .as_array()
            .map(|l| l.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join("; "))
            .unwrap_or_default(),
    )];
    if let Some(condition) = result["condition"].as_str() {
        lines.push(format!("Condition: {condition}"));
    }
    lines.push(result["explanation"].as_str().unwrap_or_default().to_string());
    lines.push(format!("What to do: {}", result["what_to_do"].as_str().unwrap_or_default()));
    lines.join("\n")
}
