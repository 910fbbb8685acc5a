//! Locales: the Fluent files under `locales/<lang>/`, one bundle per
//! language, with the fallback chain worker's language → English → Japanese,
//! and the checks that keep every locale complete.
//!
//! Pure: takes file names and their text; never reads the disk or the clock.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Problem, line_of};
use crate::engine::input::normalize_word;

/// The reference locale: every other locale must have each of its messages.
pub const REFERENCE: &str = "en";
/// Tried in this order after the worker's own language.
const FALLBACK: [&str; 2] = ["en", "ja"];
/// The order languages are offered in; locales not listed follow, by code.
const PREFERRED_ORDER: [&str; 10] = ["en", "ja", "vi", "zh-CN", "id", "tl", "my", "ne", "th", "km"];

/// Words of the web chat page itself, fetched by the page.
pub const WEB_CHAT_MESSAGES: &[&str] = &["webchat-title", "webchat-placeholder", "webchat-send", "webchat-offline"];

/// One `.ftl` file: its language, its name as the admin sees it, its text.
pub struct LocaleSource<'a> {
    pub lang: &'a str,
    pub path: &'a str,
    pub text: &'a str,
}

/// Where a message is defined and which variables it reads.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub path: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
}

struct Locale {
    code: String,
    bundle: FluentBundle<FluentResource>,
    messages: BTreeMap<String, MessageInfo>,
    /// The locale's files, for naming a missing message's place.
    paths: Vec<String>,
}

/// Every locale's messages, ready to format.
pub struct Catalog {
    locales: Vec<Locale>,
    /// Word lists already formatted and normalized, by (language, message);
    /// `*` for every language. Commands are looked for in every message a
    /// worker types, and formatting ten locales' lists each time was a
    /// sixth of the cost of handling one.
    word_lists: Mutex<WordLists>,
}

type WordLists = HashMap<(String, String), Arc<[String]>>;

/// The `word_lists` key for "every language".
const EVERY_LANGUAGE: &str = "*";

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.languages()).finish()
    }
}

impl Catalog {
    /// Parses every locale file. Syntax errors are reported with their line;
    /// the valid messages of a file with errors are still loaded.
    pub fn parse(sources: &[LocaleSource<'_>]) -> (Self, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut by_lang: BTreeMap<&str, Vec<&LocaleSource<'_>>> = BTreeMap::new();
        for source in sources {
            by_lang.entry(source.lang).or_default().push(source);
        }
        let mut locales = Vec::new();
        for (code, files) in by_lang {
            let Ok(langid) = code.parse::<LanguageIdentifier>() else {
                let path = files[0].path;
                problems.push(Problem::error(
                    path,
                    1,
                    format!("`{code}` is not a BCP 47 language code (e.g. vi, zh-CN)"),
                ));
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks (U+2068/U+2069) show up as boxes in many chat apps.
            bundle.set_use_isolating(false);
            let mut messages = BTreeMap::new();
            for file in &files {
                let resource = match FluentResource::try_new(file.text.to_string()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        for error in errors {
                            // The broken entry starts at the first non-blank
                            // character of its slice; the parser's own position
                            // is where it gave up, often a line later.
                            let start = error
                                .slice
                                .as_ref()
                                .and_then(|slice| {
                                    let broken = file.text.get(slice.clone())?;
                                    Some(slice.start + broken.len() - broken.trim_start().len())
                                })
                                .unwrap_or(error.pos.start);
                            let line = line_of(file.text, start);
                            problems.push(Problem::error(file.path, line, format!("Fluent syntax: {}", error.kind)));
                        }
                        resource
                    }
                };
                for (id, info) in describe(&resource, file.path) {
                    if let Some(first) = messages.get(&id) {
                        let first: &MessageInfo = first;
                        problems.push(Problem::error(
                            file.path,
                            info.line,
                            format!("message `{id}` is defined twice (first at {}:{})", first.path, first.line),
                        ));
                        continue;
                    }
                    messages.insert(id, info);
                }
                // Duplicates were reported above with their lines; the bundle keeps the first.
                let _ = bundle.add_resource(resource);
            }
            let paths = files.iter().map(|f| f.path.to_string()).collect();
            locales.push(Locale { code: code.to_string(), bundle, messages, paths });
        }
        locales.sort_by_key(|l| language_rank(&l.code));
        (Self { locales, word_lists: Mutex::default() }, problems)
    }

    /// Language codes, in the order they are offered to workers.
    pub fn languages(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.code.as_str()).collect()
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.locale(code).is_some()
    }

    fn locale(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// The supported language that best fits a platform's or browser's hint
    /// (`vi-VN`, `zh-Hans`, `fil`, `ja_JP`), if any.
    pub fn resolve_hint(&self, hint: &str) -> Option<&str> {
        let hint = hint.trim().replace('_', "-");
        let lower = hint.to_lowercase();
        let candidates: Vec<String> = match lower.as_str() {
            "zh" | "zh-cn" | "zh-hans" | "zh-sg" | "zh-hans-cn" => vec!["zh-CN".into()],
            // Traditional-script readers are asked rather than given simplified text.
            l if l.starts_with("zh-") => vec![],
            "fil" | "fil-ph" => vec!["tl".into()],
            _ => vec![hint.clone(), lower.split('-').next().unwrap_or_default().to_string()],
        };
        candidates
            .iter()
            .find_map(|c| self.locales.iter().find(|l| l.code.eq_ignore_ascii_case(c)))
            .map(|l| l.code.as_str())
    }

    /// The message `id` in `lang`, else English, else Japanese. A message
    /// that exists nowhere shows its id, which `sodan check` prevents.
    pub fn text(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let chain = std::iter::once(lang).chain(FALLBACK);
        for code in chain {
            let Some(locale) = self.locale(code) else { continue };
            let Some(message) = locale.bundle.get_message(id) else { continue };
            let Some(pattern) = message.value() else { continue };
            let mut errors = Vec::new();
            return locale.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
        format!("[{id}]")
    }

    /// Where `id` is defined in `lang`.
    pub fn message(&self, lang: &str, id: &str) -> Option<&MessageInfo> {
        self.locale(lang)?.messages.get(id)
    }

    /// Whether the reference locale defines `id`.
    pub fn has_message(&self, id: &str) -> bool {
        self.message(REFERENCE, id).is_some()
    }

    /// Every variable that any locale's version of `id` reads.
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        self.locales.iter().filter_map(|l| l.messages.get(id)).flat_map(|info| info.variables.iter().cloned()).collect()
    }

    /// The words of a word-list message (`cmd-menu = menu | main menu`) in
    /// `lang` only, normalized for matching.
    pub fn words_in(&self, lang: &str, id: &str) -> Arc<[String]> {
        self.word_list(lang, id, || {
            let Some(locale) = self.locale(lang) else { return Vec::new() };
            if !locale.messages.contains_key(id) {
                return Vec::new();
            }
            split_words(&self.text(lang, id, None))
        })
    }

    /// The words of a word-list message in every language, so that a worker
    /// who types "menu" in a Vietnamese conversation is understood.
    pub fn words_everywhere(&self, id: &str) -> Arc<[String]> {
        self.word_list(EVERY_LANGUAGE, id, || {
            self.locales.iter().flat_map(|l| self.words_in(&l.code, id).to_vec()).collect()
        })
    }

    fn word_list(&self, lang: &str, id: &str, make: impl FnOnce() -> Vec<String>) -> Arc<[String]> {
        let key = (lang.to_string(), id.to_string());
        if let Some(words) = self.word_lists.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
            return words.clone();
        }
        // Made outside the lock: `words_everywhere` asks for each language's list.
        let words: Arc<[String]> = make().into();
        self.word_lists.lock().unwrap_or_else(|p| p.into_inner()).insert(key, words.clone());
        words
    }

    /// Checks that every locale has every message that the reference locale
    /// or the code and dialogs (`used`) need, and warns about reference
    /// messages nothing uses.
    pub fn check_completeness(&self, used: &BTreeSet<String>) -> Vec<Problem> {
        let mut problems = Vec::new();
        let Some(reference) = self.locale(REFERENCE) else {
            problems.push(Problem::error(
                format!("locales/{REFERENCE}"),
                1,
                "the reference locale `en` is missing: every message is checked against it",
            ));
            return problems;
        };
        let required: Vec<&String> =
            reference.messages.keys().chain(used.iter()).collect::<BTreeSet<_>>().into_iter().collect();
        for locale in &self.locales {
            for id in &required {
                if locale.messages.contains_key(*id) {
                    continue;
                }
                let (path, line, hint) = match reference.messages.get(*id) {
                    Some(info) => {
                        let (path, line) = insertion_point(locale, reference, id, info);
                        (path, line, format!(" (the English text is at {}:{})", info.path, info.line))
                    }
                    None => (locale.paths[0].clone(), 1, " (it is used by a dialog or by sodan itself)".to_string()),
                };
                problems.push(Problem::error(
                    path,
                    line,
                    format!("message `{id}` is missing from locale `{}`{hint}", locale.code),
                ));
            }
        }
        for locale in self.locales.iter().filter(|l| l.code != REFERENCE) {
            for (id, info) in locale.messages.iter().filter(|(id, _)| !reference.messages.contains_key(*id)) {
                problems.push(Problem::warning(
                    &info.path,
                    info.line,
                    format!("message `{id}` is not in the reference locale `{REFERENCE}`: a leftover, or missing in English?"),
                ));
            }
        }
        for (id, info) in &reference.messages {
            if !used.contains(id) {
                problems.push(Problem::warning(
                    &info.path,
                    info.line,
                    format!("message `{id}` is not used by any dialog"),
                ));
            }
        }
        problems
    }
}

/// Where a missing message belongs in `locale`: just after the nearest
/// message that precedes it in the reference file and exists in `locale`.
fn insertion_point(locale: &Locale, reference: &Locale, id: &str, info: &MessageInfo) -> (String, usize) {
    let target_file = info.path.rsplit('/').next().unwrap_or_default();
    let same_file = locale.paths.iter().find(|p| p.ends_with(&format!("/{target_file}"))).cloned();
    let preceding = reference
        .messages
        .iter()
        .filter(|(other, o)| o.path == info.path && o.line < info.line && *other != id)
        .filter_map(|(other, _)| locale.messages.get(other))
        .filter(|found| Some(&found.path) == same_file.as_ref())
        .map(|found| found.line)
        .max();
    match (same_file, preceding) {
        (Some(path), Some(line)) => (path, line + 1),
        (Some(path), None) => (path, 1),
        (None, _) => (locale.paths[0].clone(), 1),
    }
}

fn split_words(text: &str) -> Vec<String> {
    text.split('|').map(normalize_word).filter(|w| !w.is_empty()).collect()
}

fn language_rank(code: &str) -> (usize, String) {
    let rank = PREFERRED_ORDER.iter().position(|c| *c == code).unwrap_or(PREFERRED_ORDER.len());
    (rank, code.to_string())
}

/// Every message in a resource with its line and the variables it reads.
fn describe(resource: &FluentResource, path: &str) -> Vec<(String, MessageInfo)> {
    let source = resource.source();
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message),
            _ => None,
        })
        .map(|message| {
            // The parser borrows identifiers from the source, so the offset
            // of the name is its distance from the start of the text.
            let offset = (message.id.name.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                collect_pattern(value, &mut variables);
            }
            for attribute in &message.attributes {
                collect_pattern(&attribute.value, &mut variables);
            }
            let info = MessageInfo { path: path.to_string(), line: line_of(source, offset), variables };
            (message.id.name.to_string(), info)
        })
        .collect()
}

fn collect_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_pattern(&variant.value, out);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, out);
            }
            for named in &arguments.named {
                collect_inline(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(files: &[(&str, &str)]) -> (Catalog, Vec<Problem>) {
        let paths: Vec<String> = files.iter().map(|(lang, _)| format!("locales/{lang}/main.ftl")).collect();
        let sources: Vec<LocaleSource<'_>> =
            files.iter().zip(&paths).map(|((lang, text), path)| LocaleSource { lang, path, text }).collect();
        Catalog::parse(&sources)
    }

    #[test]
    fn falls_back_to_english_then_japanese() {
        let (catalog, problems) =
            catalog(&[("en", "a = A\nb = B\n"), ("ja", "a = あ\nb = い\nc = う\n"), ("vi", "a = Á\n")]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(catalog.text("vi", "a", None), "Á");
        assert_eq!(catalog.text("vi", "b", None), "B");
        assert_eq!(catalog.text("vi", "c", None), "う");
        assert_eq!(catalog.text("vi", "zzz", None), "[zzz]");
    }

    #[test]
    fn variables_are_filled_without_isolation_marks() {
        let (catalog, _) = catalog(&[("en", "pay = You earn ¥{ $pay }.\n")]);
        let mut args = FluentArgs::new();
        args.set("pay", "1,226");
        assert_eq!(catalog.text("en", "pay", Some(&args)), "You earn ¥1,226.");
        assert_eq!(catalog.variables("pay"), BTreeSet::from(["pay".to_string()]));
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let (_, problems) = catalog(&[("en", "a = ok\n\nb = { $x\nc = fine\n")]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.starts_with("Fluent syntax"));
    }

    #[test]
    fn missing_messages_are_named_where_they_belong() {
        let (catalog, _) = catalog(&[("en", "a = A\nb = B\nc = C\n"), ("vi", "a = Á\nc = C\n")]);
        let used = BTreeSet::from(["a".to_string(), "b".to_string(), "c".to_string()]);
        let problems = catalog.check_completeness(&used);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "locales/vi/main.ftl:2: message `b` is missing from locale `vi` (the English text is at locales/en/main.ftl:2)"
        );
    }

    #[test]
    fn messages_only_a_translation_has_are_warnings() {
        let (catalog, _) = catalog(&[("en", "a = A\n"), ("vi", "a = A\nold = Cũ\n")]);
        let problems = catalog.check_completeness(&BTreeSet::from(["a".to_string()]));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(!problems[0].is_error() && problems[0].message.contains("`old`"));
    }

    #[test]
    fn unused_reference_messages_are_warnings() {
        let (catalog, _) = catalog(&[("en", "a = A\nspare = S\n")]);
        let problems = catalog.check_completeness(&BTreeSet::from(["a".to_string()]));
        assert_eq!(problems.len(), 1);
        assert!(!problems[0].is_error());
    }

    #[test]
    fn platform_hints_resolve_to_supported_languages() {
        let (catalog, _) = catalog(&[("en", "a = A\n"), ("vi", "a = A\n"), ("zh-CN", "a = A\n"), ("tl", "a = A\n")]);
        assert_eq!(catalog.resolve_hint("vi-VN"), Some("vi"));
        assert_eq!(catalog.resolve_hint("zh-Hans"), Some("zh-CN"));
        assert_eq!(catalog.resolve_hint("zh_CN"), Some("zh-CN"));
        assert_eq!(catalog.resolve_hint("zh-TW"), None);
        assert_eq!(catalog.resolve_hint("fil"), Some("tl"));
        assert_eq!(catalog.resolve_hint("EN-us"), Some("en"));
        assert_eq!(catalog.resolve_hint("pt-BR"), None);
    }

    #[test]
    fn word_lists_are_split_and_normalized() {
        let (catalog, _) = catalog(&[("en", "cmd-menu = Menu | main  menu\n"), ("ja", "cmd-menu = メニュー\n")]);
        assert_eq!(*catalog.words_in("en", "cmd-menu"), ["menu", "main menu"]);
        assert_eq!(*catalog.words_everywhere("cmd-menu"), ["menu", "main menu", "メニュー"]);
        assert_eq!(*catalog.words_in("en", "cmd-menu"), ["menu", "main menu"], "the same list the second time");
    }
}
