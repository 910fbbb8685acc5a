//! Recognising a worker in danger from their own words, in every language:
//! violence, sexual assault, self-harm, being locked in, a passport taken,
//! being taken to the airport against their will, no food or money. The
//! words are data (`data/emergency-<lang>.toml`), each rule with examples
//! that must match and ordinary sentences that must not.

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use crate::diagnostic::{Problem, line_of, toml_problem};
use crate::engine::input::fold_width;

#[derive(Debug, Clone)]
pub struct Rule {
    pub category: String,
    patterns: Vec<Regex>,
}

#[derive(Debug, Clone, Default)]
pub struct Emergency {
    rules: Vec<Rule>,
}

impl Emergency {
    /// The category of danger the text speaks of, if any, in any language.
    pub fn detect(&self, text: &str) -> Option<&str> {
        let folded = fold_width(text);
        self.rules
            .iter()
            .find(|rule| rule.patterns.iter().any(|p| p.is_match(&folded)))
            .map(|rule| rule.category.as_str())
    }
}

pub const CATEGORIES: [&str; 7] =
    ["violence", "sexual_assault", "self_harm", "locked_in", "passport_taken", "forced_return", "no_food_or_money"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    lang: String,
    #[allow(dead_code)] // for admins: who wrote the words and who reviewed them
    review: String,
    rule: Vec<toml::Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    category: String,
    patterns: Vec<String>,
    examples: Vec<String>,
    not: Vec<String>,
}

/// One emergency file: its path as shown and its text.
pub struct EmergencySource<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// Reads every language's rules, then proves each example matches and no
/// ordinary sentence of any language raises an alarm.
pub fn parse(sources: &[EmergencySource<'_>]) -> (Emergency, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut rules = Vec::new();
    let mut checks: Vec<(String, usize, RawRule)> = Vec::new();
    for source in sources {
        let raw: RawFile = match toml::from_str(source.text) {
            Ok(raw) => raw,
            Err(error) => {
                problems.push(toml_problem(source.path, source.text, &error));
                continue;
            }
        };
        if !source.path.ends_with(&format!("emergency-{}.toml", raw.lang)) {
            problems.push(Problem::error(
                source.path,
                1,
                format!("lang = \"{}\" does not match the file name", raw.lang),
            ));
        }
        for spanned in raw.rule {
            let line = line_of(source.text, spanned.span().start);
            let rule = spanned.into_inner();
            if !CATEGORIES.contains(&rule.category.as_str()) {
                problems.push(Problem::error(
                    source.path,
                    line,
                    format!("unknown category `{}` (use {})", rule.category, CATEGORIES.join(", ")),
                ));
            }
            let mut patterns = Vec::new();
            for pattern in &rule.patterns {
                match RegexBuilder::new(pattern).case_insensitive(true).size_limit(1 << 20).build() {
                    Ok(regex) => patterns.push(regex),
                    Err(error) => problems.push(Problem::error(
                        source.path,
                        line,
                        format!(
                            "pattern `{pattern}` is not a valid regular expression: {}",
                            error.to_string().replace('\n', " ")
                        ),
                    )),
                }
            }
            rules.push(Rule { category: rule.category.clone(), patterns });
            checks.push((source.path.to_string(), line, rule));
        }
    }
    let emergency = Emergency { rules };
    for (path, line, rule) in &checks {
        for example in &rule.examples {
            if emergency.detect(example).is_none() {
                problems.push(Problem::error(
                    path,
                    *line,
                    format!("example \"{example}\" ({}) matches no pattern", rule.category),
                ));
            }
        }
        for ordinary in &rule.not {
            if let Some(category) = emergency.detect(ordinary) {
                problems.push(Problem::error(
                    path,
                    *line,
                    format!("ordinary sentence \"{ordinary}\" raises a false {category} alarm"),
                ));
            }
        }
    }
    (emergency, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_patterns_and_failing_examples_are_named_by_line() {
        let text = "lang = \"en\"\nreview = \"x\"\n[[rule]]\ncategory = \"violence\"\npatterns = ['hit(']\nexamples = [\"he hit me\"]\nnot = []\n";
        let (_, problems) = parse(&[EmergencySource { path: "data/emergency-en.toml", text }]);
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(
            shown.iter().any(|p| p.starts_with("data/emergency-en.toml:3:") && p.contains("not a valid")),
            "{shown:?}"
        );
        assert!(shown.iter().any(|p| p.contains("matches no pattern")), "{shown:?}");
    }

    #[test]
    fn false_alarms_are_refused() {
        let text = "lang = \"en\"\nreview = \"x\"\n[[rule]]\ncategory = \"violence\"\npatterns = ['hit']\nexamples = [\"he hit me\"]\nnot = [\"hit the button\"]\n";
        let (_, problems) = parse(&[EmergencySource { path: "emergency-en.toml", text }]);
        assert!(problems.iter().any(|p| p.message.contains("false violence alarm")), "{problems:?}");
    }
}
