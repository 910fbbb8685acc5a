//! `sodan deduction` as the contract describes it: a verdict, the law and
//! an explanation for every kind, and the Art. 91 arithmetic.

use crate::support::{refused, run};

const KINDS: [(&str, &str); 17] = [
    ("income-tax", "legal"),
    ("resident-tax", "legal"),
    ("social-insurance", "legal"),
    ("employment-insurance", "legal"),
    ("dormitory", "conditional"),
    ("utilities", "conditional"),
    ("food", "conditional"),
    ("uniform", "conditional"),
    ("damage-compensation", "illegal"),
    ("quit-penalty", "illegal"),
    ("absence-fine", "illegal"),
    ("disciplinary-cut", "conditional"),
    ("forced-savings", "illegal"),
    ("broker-fee", "illegal"),
    ("management-fee", "illegal"),
    ("passport-keeping", "illegal"),
    ("return-airfare", "illegal"),
];

#[test]
fn every_kind_has_a_verdict_the_law_and_an_explanation() {
    for (kind, verdict) in KINDS {
        let result = run(&format!("deduction --item {kind} --json"));
        assert_eq!(result["item"], kind);
        assert_eq!(result["verdict"], verdict, "{kind}");
        let law = result["law"].as_array().unwrap();
        assert!(!law.is_empty() && law.iter().all(|l| l.as_str().unwrap().contains("Art.")), "{kind}: {law:?}");
        assert!(result["explanation"].as_str().unwrap().len() > 20, "{kind}");
        if verdict == "conditional" {
            assert!(result["condition"].as_str().is_some(), "{kind} says its condition");
        }
    }
}

#[test]
fn article_91_limits_decide_a_disciplinary_cut() {
    let at = |amount: &str| {
        run(&format!(
            "deduction --item disciplinary-cut --amount {amount} --daily-average-wage 9000 --period-wage 180000 --json"
        ))
    };
    // Half of ¥9,000 is ¥4,500 per incident; a tenth of ¥180,000 is ¥18,000.
    assert_eq!(at("4500")["verdict"], "conditional", "at the limit: legal only if the work rules provide for it");
    assert_eq!(at("4501")["verdict"], "illegal");
    assert_eq!(at("4501")["article_91"]["exceeds_per_incident"], true);
    assert_eq!(at("4500")["article_91"]["max_per_incident"], 4500.0);
    // A small period wage makes the tenth the binding limit.
    let period =
        run("deduction --item disciplinary-cut --amount 3000 --daily-average-wage 9000 --period-wage 25000 --json");
    assert_eq!(period["verdict"], "illegal");
    assert_eq!(period["article_91"]["exceeds_per_period"], true);
    // Without amounts the condition stays open.
    assert_eq!(run("deduction --item disciplinary-cut --json")["verdict"], "conditional");
}

#[test]
fn bad_deduction_input_exits_2() {
    refused(&["deduction", "--item", "penalty", "--json"], "unknown deduction `penalty`");
    refused(&["deduction", "--item", "dormitory", "--amount", "-1", "--json"], "0 or more");
    refused(
        &["deduction", "--item", "disciplinary-cut", "--amount", "100", "--period-wage", "abc", "--json"],
        "--period-wage",
    );
}
