//! The actions of the deduction dialog: the worker picks the deductions on
//! their pay slip one by one, each gets its verdict, law and mark from
//! `data/deductions.toml`, and a summary lists what looks illegal and what
//! depends on a condition.
//!
//! The list of checked items is kept in the conversation's variables as
//! `kind:verdict` pairs (`deductions_found`), so that a summary can be made
//! at any time without any state outside the conversation. The words a
//! worker sees come from the locales: the name of each kind
//! (`deduction-kind-name`), the words that recognise it in free text
//! (`deduction-words`) and what to ask about a conditional one
//! (`deduction-ask`), each a Fluent selection on `$kind`.

use fluent_bundle::FluentArgs;

use super::{Action, Context, Outcome, Vars, decimal, number, text};
use crate::engine::input::normalize_word;
use crate::engine::value::Value;
use crate::rules::deductions::{CutAmounts, Verdict, check_cut};

/// The one kind whose verdict depends on amounts (LSA Art. 91).
const DISCIPLINARY_CUT: &str = "disciplinary-cut";
/// A worker's own words, quoted in the summary, are cut to this length.
const MAX_QUOTE_CHARS: usize = 80;

/// The message `id` in the worker's language with one variable set.
fn format(context: &Context<'_>, id: &str, name: &'static str, value: &str) -> String {
    let mut args = FluentArgs::new();
    args.set(name, value.to_string());
    context.catalog.text(context.lang, id, Some(&args))
}

/// The kind's name in the worker's language: "Dormitory rent".
fn kind_name(context: &Context<'_>, kind: &str) -> String {
    format(context, "deduction-kind-name", "kind", kind)
}

fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Legal => "legal",
        Verdict::Conditional => "conditional",
        Verdict::Illegal => "illegal",
    }
}

/// The items checked so far, in the order they were first checked.
fn found(vars: &Vars) -> Vec<(String, String)> {
    text(vars, "deductions_found")
        .unwrap_or_default()
        .split(',')
        .filter_map(|item| item.split_once(':'))
        .map(|(kind, verdict)| (kind.to_string(), verdict.to_string()))
        .collect()
}

/// The list with `kind` (again) at `verdict`: a kind checked twice keeps its
/// place and its latest verdict.
fn record(vars: &Vars, kind: &str, verdict: &str) -> Value {
    let mut items = found(vars);
    match items.iter_mut().find(|(k, _)| k == kind) {
        Some(item) => item.1 = verdict.to_string(),
        None => items.push((kind.to_string(), verdict.to_string())),
    }
    Value::Text(items.iter().map(|(k, v)| format!("{k}:{v}")).collect::<Vec<_>>().join(","))
}

/// Starts a new list of checked deductions.
pub const BEGIN_DEDUCTIONS: Action = Action {
    name: "begin_deductions",
    reads: &[],
    messages: &[],
    outcomes: &[Outcome { name: "ready", writes: &["deductions_found", "deductions_unknown"] }],
    run: |_| {
        (
            "ready",
            vec![("deductions_found", Value::Text(String::new())), ("deductions_unknown", Value::Text(String::new()))],
        )
    },
};

const ITEM: &[&str] = &["deduction_name", "deduction_law", "deduction_mark", "deductions_found"];

/// The verdict of the deduction `deduction_kind`, with its law and mark,
/// from `data/deductions.toml`; the item joins the list for the summary. A
/// disciplinary cut first needs its amounts (`check_cut`).
pub const CHECK_DEDUCTION: Action = Action {
    name: "check_deduction",
    reads: &["deduction_kind"],
    messages: &["deduction-kind-name"],
    outcomes: &[
        Outcome { name: "legal", writes: ITEM },
        Outcome { name: "conditional", writes: ITEM },
        Outcome { name: "illegal", writes: ITEM },
        Outcome { name: "amounts", writes: &["deduction_name", "deduction_law", "deduction_mark"] },
        Outcome { name: "unknown", writes: &[] },
    ],
    run: |context| {
        let vars = context.vars;
        let Some(entry) = text(vars, "deduction_kind").and_then(|kind| context.reference.deductions.find(kind)) else {
            return ("unknown", vec![]);
        };
        let mut writes = vec![
            ("deduction_name", Value::Text(kind_name(context, &entry.kind))),
            ("deduction_law", Value::Text(entry.law.join("; "))),
            ("deduction_mark", Value::Text(entry.mark.clone())),
        ];
        if entry.kind == DISCIPLINARY_CUT {
            return ("amounts", writes);
        }
        let verdict = verdict_name(entry.verdict);
        writes.push(("deductions_found", record(vars, &entry.kind, verdict)));
        (verdict, writes)
    },
};

const CUT: &[&str] = &["cut_incident", "cut_period", "cut_max_incident", "cut_max_period", "deductions_found"];

/// A disciplinary cut against the limits of LSA Art. 91 (`rules::deductions::check_cut`),
/// with whatever amounts the worker knows. Each limit is `over`, `within`,
/// `limit` (known, but not the amount cut) or `unknown`.
pub const CHECK_CUT: Action = Action {
    name: "check_cut",
    reads: &["cut_amount", "cut_daily_wage", "cut_period_wage"],
    messages: &[],
    outcomes: &[
        Outcome { name: "over_limit", writes: CUT },
        Outcome { name: "within_limits", writes: CUT },
        Outcome { name: "not_checked", writes: CUT },
    ],
    run: |context| {
        let vars = context.vars;
        let check = check_cut(CutAmounts {
            amount: decimal(vars, "cut_amount"),
            daily_average_wage: decimal(vars, "cut_daily_wage"),
            period_wage: decimal(vars, "cut_period_wage"),
        });
        let state = |exceeds: Option<bool>, limit: Option<f64>| match (exceeds, limit) {
            (Some(true), _) => "over",
            (Some(false), _) => "within",
            (None, Some(_)) => "limit",
            (None, None) => "unknown",
        };
        let limit = |value: Option<f64>| value.map_or(Value::Text(String::new()), Value::Number);
        let outcome = match check.verdict {
            Verdict::Illegal => "over_limit",
            _ if check.exceeds_per_incident.is_some() || check.exceeds_per_period.is_some() => "within_limits",
            _ => "not_checked",
        };
        let writes = vec![
            ("cut_incident", Value::Text(state(check.exceeds_per_incident, check.max_per_incident).to_string())),
            ("cut_period", Value::Text(state(check.exceeds_per_period, check.max_per_period).to_string())),
            ("cut_max_incident", limit(check.max_per_incident)),
            ("cut_max_period", limit(check.max_per_period)),
            ("deductions_found", record(vars, DISCIPLINARY_CUT, verdict_name(check.verdict))),
        ];
        (outcome, writes)
    },
};

/// Whether the rule shown rests on a checked source (mark V). Any other
/// mark (V*, R, C) must be shown as uncertain.
pub const DEDUCTION_CERTAINTY: Action = Action {
    name: "deduction_certainty",
    reads: &["deduction_mark"],
    messages: &[],
    outcomes: &[Outcome { name: "verified", writes: &[] }, Outcome { name: "uncertain", writes: &[] }],
    run: |context| match text(context.vars, "deduction_mark") {
        Some("V") => ("verified", vec![]),
        _ => ("uncertain", vec![]),
    },
};

/// A fair share of a leased dormitory: the monthly rent with management or
/// common fees, divided by the people who live there (the 運用要領 as
/// summarised in ../shared/facts/deductions.md), rounded up to whole yen so
/// that a deduction is never called too high by a fraction of a yen.
pub const DORM_SHARE: Action = Action {
    name: "dorm_share",
    reads: &["dorm_rent", "dorm_occupants", "dorm_deducted"],
    messages: &[],
    outcomes: &[
        Outcome { name: "above", writes: &["dorm_fair_share", "dorm_excess"] },
        Outcome { name: "within", writes: &["dorm_fair_share"] },
        Outcome { name: "invalid", writes: &[] },
    ],
    run: |context| {
        let vars = context.vars;
        let (Some(rent), Some(people), Some(deducted)) =
            (number(vars, "dorm_rent"), number(vars, "dorm_occupants"), number(vars, "dorm_deducted"))
        else {
            return ("invalid", vec![]);
        };
        if rent < 0.0 || deducted < 0.0 || people < 1.0 || people.fract() != 0.0 || rent.fract() != 0.0 {
            return ("invalid", vec![]);
        }
        let (rent, people, deducted) = (rent as i64, people as i64, deducted.ceil() as i64);
        let share = (rent + people - 1) / people;
        if deducted > share {
            ("above", vec![("dorm_fair_share", Value::Yen(share)), ("dorm_excess", Value::Yen(deducted - share))])
        } else {
            ("within", vec![("dorm_fair_share", Value::Yen(share))])
        }
    },
};

/// Whether `c` is a letter or digit of a script written with spaces between
/// words, so that a word must not match inside a longer one ("tax" in
/// "taxi"). Japanese, Chinese, Thai, Lao, Burmese and Khmer are written
/// without spaces: there a word matches anywhere.
fn spaced_letter(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c,
            '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
            | '\u{1000}'..='\u{109F}'   // Myanmar
            | '\u{1780}'..='\u{17FF}'   // Khmer
            | '\u{3040}'..='\u{30FF}'   // kana
            | '\u{3400}'..='\u{9FFF}'   // CJK ideographs
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FF66}'..='\u{FF9F}') // half-width kana
}

/// Where `word` occurs in `text` as a whole word.
fn occurrences(text: &str, word: &str) -> Vec<(usize, usize)> {
    let (Some(first), Some(last)) = (word.chars().next(), word.chars().last()) else { return Vec::new() };
    text.match_indices(word)
        .map(|(start, _)| (start, start + word.len()))
        .filter(|(start, end)| {
            let before = text[..*start].chars().next_back();
            let after = text[*end..].chars().next();
            let joined_before = spaced_letter(first) && before.is_some_and(spaced_letter);
            let joined_after = spaced_letter(last) && after.is_some_and(spaced_letter);
            !(joined_before || joined_after)
        })
        .collect()
}

/// The kinds a worker's free text names, in the order they appear. A word
/// inside a longer word of another kind does not count: "employment
/// insurance" is not also "insurance". The words are those of the worker's
/// language, English and Japanese (pay slips are in Japanese).
fn kinds_in(context: &Context<'_>, text: &str) -> Vec<String> {
    let folded = normalize_word(text);
    let mut languages = vec![context.lang, "en", "ja"];
    languages.dedup();
    let mut hits: Vec<(usize, usize, &str)> = Vec::new();
    for kind in context.reference.deductions.kinds() {
        for lang in languages.iter().copied().filter(|l| context.catalog.has_language(l)) {
            let mut args = FluentArgs::new();
            args.set("kind", kind.to_string());
            let words = context.catalog.text(lang, "deduction-words", Some(&args));
            for word in words.split('|').map(normalize_word).filter(|w| !w.is_empty()) {
                hits.extend(occurrences(&folded, &word).into_iter().map(|(s, e)| (s, e, kind)));
            }
        }
    }
    let inside_longer = |&(start, end, kind): &(usize, usize, &str)| {
        hits.iter().any(|&(s, e, k)| k != kind && s <= start && end <= e && e - s > end - start)
    };
    let mut kept: Vec<(usize, usize, &str)> = hits.iter().copied().filter(|h| !inside_longer(h)).collect();
    kept.sort();
    let mut kinds: Vec<String> = Vec::new();
    for (_, _, kind) in kept {
        if !kinds.iter().any(|k| k == kind) {
            kinds.push(kind.to_string());
        }
    }
    kinds
}

/// The worker described a deduction in their own words: which kind is it?
/// Words that name no kind are kept for the summary and the counselor.
pub const MATCH_DEDUCTION: Action = Action {
    name: "match_deduction",
    reads: &["deduction_text"],
    messages: &["deduction-words", "deduction-kind-name"],
    outcomes: &[
        Outcome { name: "matched", writes: &["deduction_kind", "deduction_name"] },
        Outcome { name: "several", writes: &["matched_names"] },
        Outcome { name: "unmatched", writes: &["deductions_unknown"] },
    ],
    run: |context| {
        let said = text(context.vars, "deduction_text").unwrap_or_default().trim();
        let kinds = kinds_in(context, said);
        match kinds.as_slice() {
            [] => {
                let mut unknown: Vec<String> =
                    text(context.vars, "deductions_unknown").unwrap_or_default().lines().map(str::to_string).collect();
                let quote: String = said.chars().take(MAX_QUOTE_CHARS).collect();
                if !quote.is_empty() && !unknown.contains(&quote) {
                    unknown.push(quote);
                }
                ("unmatched", vec![("deductions_unknown", Value::Text(unknown.join("\n")))])
            }
            [kind] => (
                "matched",
                vec![
                    ("deduction_kind", Value::Text(kind.clone())),
                    ("deduction_name", Value::Text(kind_name(context, kind))),
                ],
            ),
            several => {
                let names: Vec<String> = several.iter().map(|k| kind_name(context, k)).collect();
                ("several", vec![("matched_names", Value::Text(names.join(", ")))])
            }
        }
    },
};

/// What the worker checked, in their language: what looks illegal, what
/// depends on a condition (with what to ask), what could not be recognised
/// and what is allowed.
pub const SUMMARIZE_DEDUCTIONS: Action = Action {
    name: "summarize_deductions",
    reads: &[],
    messages: &[
        "deduction-kind-name",
        "deduction-ask",
        "deduction-summary-illegal",
        "deduction-summary-conditional",
        "deduction-summary-unknown",
        "deduction-summary-legal",
    ],
    outcomes: &[
        Outcome { name: "empty", writes: &[] },
        Outcome { name: "problems", writes: &["deduction_summary"] },
        Outcome { name: "all_legal", writes: &["deduction_summary"] },
    ],
    run: |context| {
        let items = found(context.vars);
        let unknown: Vec<&str> =
            text(context.vars, "deductions_unknown").unwrap_or_default().lines().filter(|l| !l.is_empty()).collect();
        if items.is_empty() && unknown.is_empty() {
            return ("empty", vec![]);
        }
        let list = |verdict: &str, with_ask: bool| -> Vec<String> {
            items
                .iter()
                .filter(|(_, v)| v == verdict)
                .map(|(kind, _)| match with_ask {
                    true => {
                        format!("• {}: {}", kind_name(context, kind), format(context, "deduction-ask", "kind", kind))
                    }
                    false => format!("• {}", kind_name(context, kind)),
                })
                .collect()
        };
        let quoted: Vec<String> = unknown.iter().map(|said| format!("• “{said}”")).collect();
        let mut sections = Vec::new();
        for (id, lines) in [
            ("deduction-summary-illegal", list("illegal", false)),
            ("deduction-summary-conditional", list("conditional", true)),
            ("deduction-summary-unknown", quoted),
            ("deduction-summary-legal", list("legal", false)),
        ] {
            if !lines.is_empty() {
                sections.push(format(context, id, "items", &lines.join("\n")));
            }
        }
        let all_legal = unknown.is_empty() && items.iter().all(|(_, v)| v == "legal");
        let summary = vec![("deduction_summary", Value::Text(sections.join("\n")))];
        (if all_legal { "all_legal" } else { "problems" }, summary)
    },
};

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::{ActionResult, find};
    use super::*;
    use crate::engine::Reference;
    use crate::i18n::{Catalog, LocaleSource};

    const DATA: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/deductions.toml"));
    const LOCALES: [(&str, &str); 3] = [
        ("en", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/deductions.ftl"))),
        ("ja", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/ja/deductions.ftl"))),
        ("vi", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/vi/deductions.ftl"))),
    ];

    fn catalog() -> Catalog {
        let sources: Vec<LocaleSource<'_>> =
            LOCALES.iter().map(|(lang, text)| LocaleSource { lang, path: "deductions.ftl", text }).collect();
        let (catalog, problems) = Catalog::parse(&sources);
        assert!(problems.is_empty(), "{problems:?}");
        catalog
    }

    fn reference() -> Reference {
        let (deductions, problems) = crate::rules::deductions::parse("data/deductions.toml", DATA);
        assert!(problems.is_empty(), "{problems:?}");
        Reference { deductions, ..Reference::default() }
    }

    fn run_in(lang: &str, name: &str, vars: &[(&str, Value)]) -> ActionResult {
        let vars: Vars = vars.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let (reference, catalog) = (reference(), catalog());
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let now = today.and_hms_opt(12, 0, 0).unwrap();
        let context = Context { vars: &vars, reference: &reference, today, now, lang, catalog: &catalog };
        (find(name).unwrap().run)(&context)
    }

    fn run(name: &str, vars: &[(&str, Value)]) -> ActionResult {
        run_in("en", name, vars)
    }

    fn written<'r>(result: &'r ActionResult, name: &str) -> &'r Value {
        &result.1.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("{name} not written")).1
    }

    fn t(text: &str) -> Value {
        Value::Text(text.to_string())
    }

    #[test]
    fn every_verdict_and_law_comes_from_the_data() {
        let reference = reference();
        for entry in &reference.deductions.entries {
            let result = run("check_deduction", &[("deduction_kind", t(&entry.kind))]);
            let expected = if entry.kind == DISCIPLINARY_CUT { "amounts" } else { verdict_name(entry.verdict) };
            assert_eq!(result.0, expected, "{}", entry.kind);
            assert_eq!(written(&result, "deduction_law"), &t(&entry.law.join("; ")), "{}", entry.kind);
            assert_eq!(written(&result, "deduction_mark"), &t(&entry.mark));
        }
        assert_eq!(run("check_deduction", &[("deduction_kind", t("no-such-kind"))]).0, "unknown");
    }

    #[test]
    fn checked_items_are_listed_once_with_their_latest_verdict() {
        let result = run(
            "check_deduction",
            &[("deduction_kind", t("dormitory")), ("deductions_found", t("income-tax:legal,dormitory:legal"))],
        );
        assert_eq!(written(&result, "deductions_found"), &t("income-tax:legal,dormitory:conditional"));
    }

    #[test]
    fn a_cut_over_half_a_days_average_wage_is_illegal() {
        let vars = [
            ("cut_amount", Value::Yen(6000)),
            ("cut_daily_wage", Value::Yen(10000)),
            ("cut_period_wage", Value::Yen(200000)),
        ];
        let result = run("check_cut", &vars);
        assert_eq!(result.0, "over_limit");
        assert_eq!(written(&result, "cut_incident"), &t("over"));
        assert_eq!(written(&result, "cut_period"), &t("within"));
        assert_eq!(written(&result, "cut_max_incident"), &Value::Number(5000.0));
        assert_eq!(written(&result, "cut_max_period"), &Value::Number(20000.0));
        assert_eq!(written(&result, "deductions_found"), &t("disciplinary-cut:illegal"));
    }

    #[test]
    fn a_cut_within_the_limits_is_still_only_conditional() {
        let vars =
            [("cut_amount", Value::Yen(3000)), ("cut_daily_wage", Value::Yen(10000)), ("cut_period_wage", t(""))];
        let result = run("check_cut", &vars);
        assert_eq!(result.0, "within_limits");
        assert_eq!(written(&result, "cut_period"), &t("unknown"));
        assert_eq!(written(&result, "deductions_found"), &t("disciplinary-cut:conditional"));
        // Without the amount cut, the limits are shown but nothing is compared.
        let vars = [("cut_amount", t("")), ("cut_daily_wage", Value::Yen(10000)), ("cut_period_wage", t(""))];
        let result = run("check_cut", &vars);
        assert_eq!((result.0, written(&result, "cut_incident")), ("not_checked", &t("limit")));
    }

    #[test]
    fn a_leased_dormitory_is_shared_by_its_occupants() {
        let vars = |deducted: i64| {
            [
                ("dorm_rent", Value::Yen(50000)),
                ("dorm_occupants", Value::Number(3.0)),
                ("dorm_deducted", Value::Yen(deducted)),
            ]
        };
        // ¥50,000 ÷ 3 = ¥16,666.67: a deduction of ¥16,667 is not too high.
        assert_eq!(run("dorm_share", &vars(16667)), ("within", vec![("dorm_fair_share", Value::Yen(16667))]));
        let above = run("dorm_share", &vars(30000));
        assert_eq!(above.0, "above");
        assert_eq!(written(&above, "dorm_excess"), &Value::Yen(13333));
        let half_a_person = [
            ("dorm_rent", Value::Yen(50000)),
            ("dorm_occupants", Value::Number(2.5)),
            ("dorm_deducted", Value::Yen(1)),
        ];
        assert_eq!(run("dorm_share", &half_a_person).0, "invalid");
    }

    #[test]
    fn free_text_is_matched_by_each_locales_words() {
        let kind = |lang: &str, said: &str| {
            let result = run_in(lang, "match_deduction", &[("deduction_text", t(said))]);
            match result.0 {
                "matched" => written(&result, "deduction_kind").clone(),
                other => t(other),
            }
        };
        assert_eq!(kind("en", "They take money for the DORM"), t("dormitory"));
        assert_eq!(kind("en", "employment insurance"), t("employment-insurance"));
        assert_eq!(kind("vi", "寮費"), t("dormitory"), "Japanese words from the pay slip work in every language");
        assert_eq!(kind("vi", "tien ky tuc xa"), t("dormitory"), "Vietnamese without accents");
        assert_eq!(kind("ja", "罰金を引かれた"), t("absence-fine"));
        assert_eq!(kind("en", "a taxi to the station"), t("unmatched"), "no word inside a longer one");
        assert_eq!(kind("en", "dorm and electricity"), t("several"));
    }

    #[test]
    fn unrecognised_words_are_kept_for_the_summary() {
        let result = run("match_deduction", &[("deduction_text", t("  gacha fund ")), ("deductions_unknown", t("x"))]);
        assert_eq!(result, ("unmatched", vec![("deductions_unknown", t("x\ngacha fund"))]));
    }

    #[test]
    fn the_summary_puts_illegal_items_first_and_says_what_to_ask() {
        let found = t("income-tax:legal,dormitory:conditional,quit-penalty:illegal");
        let result = run("summarize_deductions", &[("deductions_found", found), ("deductions_unknown", t(""))]);
        assert_eq!(result.0, "problems");
        let Value::Text(summary) = written(&result, "deduction_summary") else { panic!() };
        let (illegal, conditional, legal) =
            (summary.find("Penalty").unwrap(), summary.find("Dormitory").unwrap(), summary.find("Income tax").unwrap());
        assert!(illegal < conditional && conditional < legal, "{summary}");
        let only_legal = run("summarize_deductions", &[("deductions_found", t("income-tax:legal"))]);
        assert_eq!(only_legal.0, "all_legal");
        assert_eq!(run("summarize_deductions", &[]).0, "empty");
    }

    /// A Fluent selection that falls to its default variant for a kind in
    /// the data would show a generic text: every kind must have its own.
    #[test]
    fn every_kind_has_its_own_words_in_en_ja_and_vi() {
        let (reference, catalog) = (reference(), catalog());
        let render = |lang: &str, id: &str, var: &'static str, kind: &str| {
            let mut args = FluentArgs::new();
            args.set(var, kind.to_string());
            catalog.text(lang, id, Some(&args))
        };
        for (lang, _) in LOCALES {
            for entry in &reference.deductions.entries {
                let mut ids = vec![
                    ("deduction-kind-name", "kind"),
                    ("deduction-words", "kind"),
                    ("deduction-about", "deduction_kind"),
                ];
                if entry.verdict == Verdict::Conditional {
                    ids.extend([("deduction-condition", "deduction_kind"), ("deduction-ask", "kind")]);
                }
                for (id, var) in ids {
                    let own = render(lang, id, var, &entry.kind);
                    let default = render(lang, id, var, "no-such-kind");
                    assert_ne!(own, default, "{lang}: `{id}` has no variant for `{}`", entry.kind);
                }
            }
        }
    }
}
