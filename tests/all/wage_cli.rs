//! `sodan wage` and `sodan overtime` as the contract describes them, and the
//! shipped minimum-wage table against the checked facts in ../shared/facts.

use std::path::PathBuf;

use crate::support::{refused, root, run};

/// The facts file, or `None` (with a message) outside CI when it is absent.
fn facts() -> Option<String> {
    let path: PathBuf = root().join("../shared/facts/minimum-wages.md");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => panic!("{} is required in CI", path.display()),
        Err(_) => {
            eprintln!("skipping: {} is absent", path.display());
            None
        }
    }
}

struct FactRow {
    code: u8,
    fy2024: (u32, String),
    fy2025: (u32, String),
    fy2026_recommended: u32,
}

fn fact_rows(facts: &str) -> Vec<FactRow> {
    let amount = |s: &str| s.trim().split(' ').next().unwrap().replace(',', "").parse::<u32>().unwrap();
    let day = |s: &str| s.trim().trim_end_matches(" ⚠").to_string();
    facts
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let code: u8 = cells.get(1)?.parse().ok()?;
            Some(FactRow {
                code,
                fy2024: (amount(cells[4]), day(cells[5])),
                fy2025: (amount(cells[6]), day(cells[7])),
                fy2026_recommended: amount(cells[8]),
            })
        })
        .collect()
}

fn previous_day(date: &str) -> String {
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    (day - chrono::Duration::days(1)).to_string()
}

#[test]
fn every_prefecture_changes_on_the_day_its_fy2025_amount_took_effect() {
    let Some(facts) = facts() else { return };
    let rows = fact_rows(&facts);
    assert_eq!(rows.len(), 47);
    let reference = crate::support::shipped_sources().load_reference().expect("data loads");
    let table = &reference.minimum_wages;
    for row in rows {
        let date = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let (fy24, fy24_from) = &row.fy2024;
        let (fy25, fy25_from) = &row.fy2025;
        assert_eq!(table.in_force(row.code, date(fy24_from)).unwrap().amount, *fy24, "{} FY2024 on its day", row.code);
        assert_eq!(
            table.in_force(row.code, date(&previous_day(fy25_from))).unwrap().amount,
            *fy24,
            "{} day before FY2025",
            row.code
        );
        assert_eq!(table.in_force(row.code, date(fy25_from)).unwrap().amount, *fy25, "{} FY2025 on its day", row.code);
        let today = date("2026-11-23");
        assert_eq!(
            table.in_force(row.code, today).unwrap().amount,
            *fy25,
            "{}: a recommendation never applies",
            row.code
        );
        let pending = table.pending(row.code, today).expect("FY2026 is pending");
        assert_eq!(pending.amount, row.fy2026_recommended, "{}", row.code);
        assert!(
            table.in_force(row.code, date(&previous_day(fy24_from))).is_err(),
            "{}: no guess before the table",
            row.code
        );
    }
}

#[test]
fn wage_json_has_the_contract_fields() {
    let result = run("wage --prefecture tokyo --date 2025-10-02 --monthly 200000 --hours-per-month 173.8 --json");
    assert_eq!(result["date"], "2025-10-02");
    assert_eq!(result["minimum_wage"], 1163);
    assert_eq!(result["effective_from"], "2024-10-01");
    assert!((result["hourly_equivalent"].as_f64().unwrap() - 1150.748).abs() < 0.001);
    assert_eq!(result["below_minimum"], true);
    assert!((result["shortfall_per_hour"].as_f64().unwrap() - 12.252).abs() < 0.001);
    assert_eq!(result["pending_revision"]["amount"], 1226);
    assert_eq!(result["pending_revision"]["status"], "confirmed");
    assert_eq!(result["pending_revision"]["effective_from"], "2025-10-03");
    assert_eq!(result["prefecture"]["code"], 13);
}

#[test]
fn the_next_day_the_new_amount_applies_and_the_recommendation_is_pending() {
    let result = run("wage --prefecture 東京都 --date 2026-11-23 --hourly 1250 --json");
    assert_eq!(result["minimum_wage"], 1226);
    assert_eq!(result["below_minimum"], false);
    assert_eq!(result["shortfall_per_hour"], 0.0);
    assert_eq!(result["pending_revision"]["amount"], 1280);
    assert_eq!(result["pending_revision"]["status"], "recommended");
    // The planned date is reported, but a recommendation never becomes the amount in force.
    assert_eq!(result["pending_revision"]["effective_from"], "2026-10-01");
}

#[test]
fn every_pay_form_and_exclusions() {
    // Osaka FY2025 ¥1,177 from 2025-10-16. Daily 9,400 ÷ 8 = 1,175.
    let daily = run("wage --prefecture 27 --date 2025-11-01 --daily 9400 --hours-per-day 8 --json");
    assert_eq!((daily["hourly_equivalent"].as_f64(), daily["below_minimum"].as_bool()), (Some(1175.0), Some(true)));
    // The Osaka Labour Bureau's example: ¥197,800 ÷ 168.125 h = ¥1,176.5 < ¥1,177.
    let monthly = run("wage --prefecture osaka --date 2025-11-01 --monthly 197800 --hours-per-month 168.125 --json");
    assert_eq!(monthly["below_minimum"], true);
    // Allowances that do not count bring a sufficient pay below the minimum.
    let with = run("wage --prefecture 大阪 --date 2025-11-01 --monthly 210000 --hours-per-month 170 --json");
    assert_eq!(with["below_minimum"], false);
    let without =
        run("wage --prefecture 大阪府 --date 2025-11-01 --monthly 210000 --hours-per-month 170 --exclude 15000 --json");
    assert_eq!(without["below_minimum"], true);
    // Exactly the minimum is not below it (¥1,163 × 173.8 h = ¥202,129.4).
    let exact = run("wage --prefecture 13 --date 2025-01-01 --monthly 202129.4 --hours-per-month 173.8 --json");
    assert_eq!(exact["below_minimum"], false);
    // Full-width digits, as typed on a Japanese keyboard.
    let wide = run("wage --prefecture 13 --date 2025-01-01 --hourly １１６２ --json");
    assert_eq!(wide["below_minimum"], true);
}

#[test]
fn iwate_uses_the_better_supported_fy2024_date() {
    // The FY2023 amounts are not in the table: the day before is "no data", not a guess.
    refused(&["wage", "--prefecture", "iwate", "--date", "2024-10-26", "--hourly", "900", "--json"], "2024-10-27");
    let on = run("wage --prefecture iwate --date 2024-10-27 --hourly 900 --json");
    assert_eq!(on["minimum_wage"], 952);
    assert_eq!(on["mark"], "C");
    assert!(on["note"].as_str().unwrap().contains("10-27"));
}

#[test]
fn bad_wage_input_exits_2_with_a_message() {
    refused(&["wage", "--prefecture", "atlantis", "--hourly", "1000", "--json"], "unknown prefecture `atlantis`");
    refused(&["wage", "--prefecture", "48", "--hourly", "1000", "--json"], "unknown prefecture");
    refused(&["wage", "--prefecture", "13", "--hourly", "-5", "--json"], "0 or more");
    refused(&["wage", "--prefecture", "13", "--hourly", "abc", "--json"], "must be a number");
    refused(&["wage", "--prefecture", "13", "--daily", "9000", "--json"], "--hours-per-day");
    refused(&["wage", "--prefecture", "13", "--daily", "9000", "--hours-per-day", "25", "--json"], "implausibly large");
    refused(&["wage", "--prefecture", "13", "--monthly", "200000", "--hours-per-month", "0", "--json"], "more than 0");
    refused(&["wage", "--prefecture", "13", "--hourly", "1000", "--exclude", "2000", "--json"], "more than the pay");
    refused(&["wage", "--prefecture", "13", "--json"], "give the pay");
    refused(
        &["wage", "--prefecture", "13", "--date", "2024-09-30", "--hourly", "1000", "--json"],
        "no minimum-wage table covers 2024-09-30",
    );
    refused(&["wage", "--prefecture", "13", "--date", "30/09/2025", "--hourly", "1000", "--json"], "--date");
}

#[test]
fn overtime_json_has_the_contract_fields() {
    // 300 yen an hour for 40 hours of overtime, base = Tokyo's minimum wage.
    let result = run("overtime --hourly-base 1226 --overtime-hours 40 --paid 12000 --json");
    assert_eq!(result["required_pay"], 61300);
    assert_eq!(result["paid"], 12000.0);
    assert_eq!(result["underpaid"], true);
    assert_eq!(result["shortfall"], 49300);
    // Night overtime beyond 60 h (1.75), night holiday work (1.60), rounded half up.
    let result = run(
        "overtime --hourly-base 1163 --overtime-hours 70 --late-night-hours 12 --holiday-hours 8 --paid 200000 --json",
    );
    // 1163 × (1.25×60 + 1.5×10 + 1.35×8 + 0.25×12) = 1163 × 103.8 = 120,719.4 → 120,719
    assert_eq!(result["required_pay"], 120719);
    assert_eq!(result["underpaid"], false);
    assert_eq!(result["shortfall"], 0);
    assert_eq!(result["limit_breaches"], serde_json::json!(["above_monthly_limit_without_special_clause"]));
}

#[test]
fn bad_overtime_input_exits_2_with_a_message() {
    refused(&["overtime", "--hourly-base", "0", "--paid", "0", "--json"], "more than 0");
    refused(&["overtime", "--hourly-base", "1000", "--overtime-hours", "-3", "--paid", "0", "--json"], "0 or more");
    refused(
        &["overtime", "--hourly-base", "1000", "--overtime-hours", "800", "--paid", "0", "--json"],
        "implausibly large",
    );
    refused(
        &["overtime", "--hourly-base", "1000", "--overtime-hours", "500", "--holiday-hours", "300", "--paid", "0"],
        "exceed",
    );
}
