//! Counselors' ready replies (`data/canned-replies.toml`), in each worker
//! language, edited by admins like any other table. The console offers the
//! ones in the worker's language, falling back to English.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Problem, toml_problem};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CannedReplies {
    replies: Vec<Canned>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Canned {
    id: String,
    label: String,
    /// Language code → the text a counselor sends.
    text: BTreeMap<String, String>,
}

/// One ready reply in one language, as the console API gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ready {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[allow(dead_code)] // documentation for admins; kept so a typo is reported
    table: Table,
    #[serde(default)]
    reply: Vec<Canned>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    #[allow(dead_code)]
    as_of: String,
    #[allow(dead_code)]
    note: Option<String>,
}

impl CannedReplies {
    /// The replies for a worker's language; those not written in it come in English.
    pub fn for_language(&self, lang: &str) -> Vec<Ready> {
        self.replies
            .iter()
            .filter_map(|reply| {
                let (lang, text) =
                    reply.text.get_key_value(lang).or_else(|| reply.text.get_key_value(crate::i18n::REFERENCE))?;
                Some(Ready { id: reply.id.clone(), label: reply.label.clone(), lang: lang.clone(), text: text.clone() })
            })
            .collect()
    }
}

pub fn parse(path: &str, text: &str) -> (CannedReplies, Vec<Problem>) {
    let mut problems = Vec::new();
    let file: File = match toml::from_str(text) {
        Ok(file) => file,
        Err(error) => return (CannedReplies::default(), vec![toml_problem(path, text, &error)]),
    };
    let mut seen = std::collections::BTreeSet::new();
    for reply in &file.reply {
        let line = line_of(text, &reply.id);
        if !seen.insert(reply.id.clone()) {
            problems.push(Problem::error(path, line, format!("the ready reply `{}` is defined twice", reply.id)));
        }
        if !reply.text.contains_key(crate::i18n::REFERENCE) {
            problems.push(Problem::error(
                path,
                line,
                format!("the ready reply `{}` needs an English text (`en`)", reply.id),
            ));
        }
        if reply.text.values().any(|t| t.trim().is_empty()) {
            problems.push(Problem::error(path, line, format!("the ready reply `{}` has an empty text", reply.id)));
        }
    }
    (CannedReplies { replies: file.reply }, problems)
}

fn line_of(text: &str, id: &str) -> usize {
    let needle = format!("id = \"{id}\"");
    text.lines().position(|l| l.trim() == needle).map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"
[table]
as_of = "2026-11-23"

[[reply]]
id = "greeting"
label = "Greeting"
text.en = "Hello"
text.vi = "Xin chào"

[[reply]]
id = "wait"
label = "Please wait"
text.en = "One moment"
"#;

    #[test]
    fn replies_come_in_the_workers_language_or_english() {
        let (canned, problems) = parse("data/canned-replies.toml", TEXT);
        assert!(problems.is_empty(), "{problems:?}");
        let vi: Vec<(String, String)> = canned.for_language("vi").into_iter().map(|r| (r.lang, r.text)).collect();
        assert_eq!(vi, [("vi".to_string(), "Xin chào".to_string()), ("en".to_string(), "One moment".to_string())]);
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        let broken = TEXT.replace("text.en = \"One moment\"", "text.vi = \"\"").replace("\"wait\"", "\"greeting\"");
        let (_, problems) = parse("data/canned-replies.toml", &broken);
        let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(messages.iter().any(|m| m.contains("defined twice")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("needs an English text")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("empty text")), "{messages:?}");
    }
}
