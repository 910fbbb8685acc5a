//! Dialog scripts: the TOML files in `dialogs/` that admins edit, parsed into
//! one graph of nodes. Parsing reports every mistake it can with file and
//! line; whole-graph checks (targets, reachability, variables) live in
//! `engine::analysis`.
//!
//! Pure: takes file names and their text, never touches the file system.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Problem, line_of, toml_problem};
use crate::engine::input_kind::InputKind;

/// A value read from a script together with the line it was written on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

/// The whole set of dialogs, as the engine walks it.
#[derive(Debug, Clone, Default)]
pub struct Script {
    /// Every node by its full id, `dialog.node` (e.g. `main.menu`).
    pub nodes: BTreeMap<String, Node>,
    pub entry: Entry,
}

/// Where sodan enters the dialogs; declared once, in `main.toml`.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub welcome: String,
    pub menu: String,
    pub human: String,
    /// Where a worker in danger is taken: an escalate node, first in the queue.
    pub emergency: String,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    /// The file the node was written in, as the admin sees it.
    pub file: String,
    pub line: usize,
    /// The message shown on arriving at the node.
    pub say: Option<Located<String>>,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    /// Shows `say` (and again in the language `also_in`), then goes straight on to `next`.
    Message { next: Located<String>, also_in: Option<String> },
    /// Shows `say` with one button per choice and waits for one. Text that
    /// is no choice goes to the input node `typed`, when there is one
    /// ("choose the area, or type the prefecture").
    Choice { choices: Vec<Choice>, typed: Option<Located<String>> },
    /// Asks for a typed answer, checks it, stores it in `var`.
    Input {
        input: InputKind,
        var: String,
        next: Located<String>,
        /// Message shown when the answer does not fit; defaults per input kind.
        retry: Option<Located<String>>,
        /// Message listing words that mean "skip"; they store an empty answer.
        skip: Option<Located<String>>,
        /// For prefecture answers: the variable holding a region whose
        /// prefectures are offered as buttons.
        suggest: Option<String>,
        /// Plausible range of a number, amount or hours; outside it the
        /// worker is shown what was understood and asked again.
        range: Option<(f64, f64)>,
    },
    /// Runs a named rule and follows the branch named by its outcome.
    Action { action: Located<String>, branches: BTreeMap<String, Located<String>> },
    /// Puts the conversation in the counselors' queue and waits there.
    Escalate { priority: Priority, topic: String },
    /// The dialog is over; the worker is offered the main menu.
    End,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub label: Located<String>,
    pub next: Located<String>,
    /// Variables set when this choice is taken, e.g. `pay_form = "monthly"`.
    pub set: BTreeMap<String, String>,
}

/// How urgently a counselor must look at an escalated conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    Normal,
    Urgent,
    Emergency,
}

impl Priority {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "normal" => Some(Self::Normal),
            "urgent" => Some(Self::Urgent),
            "emergency" => Some(Self::Emergency),
            _ => None,
        }
    }
}

impl Node {
    /// Every node this one can lead to, with the line that names it.
    pub fn targets(&self) -> Vec<&Located<String>> {
        match &self.kind {
            NodeKind::Message { next, .. } | NodeKind::Input { next, .. } => vec![next],
            NodeKind::Choice { choices, typed } => choices.iter().map(|c| &c.next).chain(typed).collect(),
            NodeKind::Action { branches, .. } => branches.values().collect(),
            NodeKind::Escalate { .. } | NodeKind::End => vec![],
        }
    }

    /// Whether the conversation stops here to wait for the worker.
    pub fn waits_for_worker(&self) -> bool {
        !matches!(self.kind, NodeKind::Message { .. } | NodeKind::Action { .. })
    }
}

// ---- The file format, as written by admins ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    // Required, so that every file says what it is for; admins read it.
    #[allow(dead_code)]
    dialog: RawDialog,
    entry: Option<RawEntry>,
    #[serde(default)]
    nodes: BTreeMap<String, Spanned<RawNode>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDialog {
    #[allow(dead_code)]
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    welcome: Spanned<String>,
    menu: Spanned<String>,
    human: Spanned<String>,
    emergency: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    kind: Spanned<String>,
    say: Option<Spanned<String>>,
    next: Option<Spanned<String>>,
    choices: Option<Vec<RawChoice>>,
    input: Option<Spanned<String>>,
    var: Option<Spanned<String>>,
    retry: Option<Spanned<String>>,
    skip: Option<Spanned<String>>,
    action: Option<Spanned<String>>,
    branches: Option<BTreeMap<String, Spanned<String>>>,
    priority: Option<Spanned<String>>,
    topic: Option<String>,
    suggest: Option<Spanned<String>>,
    typed: Option<Spanned<String>>,
    also_in: Option<String>,
    min: Option<f64>,
    max: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    label: Spanned<String>,
    next: Spanned<String>,
    set: Option<BTreeMap<String, String>>,
}

/// One dialog file as read from disk: its name as shown to admins
/// (`dialogs/wage.toml`), its dialog id (the file stem) and its text.
pub struct DialogSource<'a> {
    pub path: &'a str,
    pub dialog: &'a str,
    pub text: &'a str,
}

/// Parses every dialog file into one script. Problems are collected across
/// all files so that an admin sees every mistake at once.
pub fn parse(sources: &[DialogSource<'_>]) -> (Script, Vec<Problem>) {
    let mut script = Script::default();
    let mut problems = Vec::new();
    let mut entry_seen = false;
    for source in sources {
        if !is_identifier(source.dialog) {
            problems.push(Problem::error(
                source.path,
                1,
                "a dialog file name may use only a-z, 0-9, '_' and '-' (it becomes the dialog's id)",
            ));
            continue;
        }
        let mut parser = FileParser { source, problems: &mut problems };
        let raw: RawFile = match toml::from_str(source.text) {
            Ok(raw) => raw,
            Err(error) => {
                parser.problems.push(toml_problem(source.path, source.text, &error));
                continue;
            }
        };
        if let Some(entry) = raw.entry {
            if source.dialog == "main" {
                entry_seen = true;
                script.entry = Entry {
                    welcome: parser.target(&entry.welcome),
                    menu: parser.target(&entry.menu),
                    human: parser.target(&entry.human),
                    emergency: parser.target(&entry.emergency),
                };
            } else {
                parser.problems.push(Problem::error(source.path, 1, "only main.toml may have an [entry] table"));
            }
        }
        for (name, raw_node) in raw.nodes {
            if !is_identifier(&name) {
                let line = line_of(source.text, raw_node.span().start);
                parser.problems.push(Problem::error(
                    source.path,
                    line,
                    format!("node name `{name}` may use only a-z, 0-9, '_' and '-'"),
                ));
                continue;
            }
            if let Some(node) = parser.node(&name, raw_node) {
                script.nodes.insert(node.id.clone(), node);
            }
        }
    }
    if !entry_seen {
        let path = sources.iter().find(|s| s.dialog == "main").map_or("dialogs/main.toml", |s| s.path);
        problems.push(Problem::error(
            path,
            1,
            "dialogs/main.toml must have an [entry] table naming welcome, menu, human and emergency",
        ));
    }
    (script, problems)
}

struct FileParser<'s, 'p> {
    source: &'s DialogSource<'s>,
    problems: &'p mut Vec<Problem>,
}

impl FileParser<'_, '_> {
    fn line<T>(&self, spanned: &Spanned<T>) -> usize {
        line_of(self.source.text, spanned.span().start)
    }

    fn located(&self, spanned: &Spanned<String>) -> Located<String> {
        Located { value: spanned.get_ref().clone(), line: self.line(spanned) }
    }

    /// `menu` means a node of this file; `wage.start` a node of another.
    fn target(&self, spanned: &Spanned<String>) -> String {
        let name = spanned.get_ref();
        if name.contains('.') { name.clone() } else { format!("{}.{}", self.source.dialog, name) }
    }

    fn located_target(&self, spanned: &Spanned<String>) -> Located<String> {
        Located { value: self.target(spanned), line: self.line(spanned) }
    }

    fn error(&mut self, line: usize, message: String) {
        self.problems.push(Problem::error(self.source.path, line, message));
    }

    fn node(&mut self, name: &str, raw: Spanned<RawNode>) -> Option<Node> {
        let line = self.line(&raw);
        let raw = raw.into_inner();
        let id = format!("{}.{}", self.source.dialog, name);
        let kind_line = self.line(&raw.kind);
        let kind_name = raw.kind.get_ref().as_str();
        let fields = Fields::present(&raw);
        let (kind, allowed): (NodeKind, &[&str]) = match kind_name {
            "message" => (
                NodeKind::Message {
                    next: self.required_target(&raw.next, "next", name, line)?,
                    also_in: raw.also_in.clone(),
                },
                &["say", "next", "also_in"],
            ),
            "choice" => (self.choice(&raw, name, line)?, &["say", "choices", "typed"]),
            "input" => (
                self.input(&raw, name, line)?,
                &["say", "input", "var", "next", "retry", "skip", "suggest", "min", "max"],
            ),
            "action" => (self.action(&raw, name, line)?, &["action", "branches"]),
            "escalate" => (self.escalate(&raw)?, &["say", "priority", "topic"]),
            "end" => (NodeKind::End, &["say"]),
            other => {
                self.error(
                    kind_line,
                    format!(
                        "node `{name}` has unknown kind `{other}` (use message, choice, input, action, escalate or end)"
                    ),
                );
                return None;
            }
        };
        for field in fields.names.iter().filter(|f| !allowed.contains(f)) {
            self.error(line, format!("node `{name}` is a {kind_name} node and cannot have `{field}`"));
        }
        let needs_say = !matches!(kind, NodeKind::Action { .. });
        if needs_say && raw.say.is_none() {
            self.error(line, format!("node `{name}` needs `say`: the message shown to the worker"));
        }
        Some(Node {
            id,
            file: self.source.path.to_string(),
            line,
            say: raw.say.as_ref().map(|s| self.located(s)),
            kind,
        })
    }

    fn required_target(
        &mut self,
        field: &Option<Spanned<String>>,
        what: &str,
        name: &str,
        line: usize,
    ) -> Option<Located<String>> {
        match field {
            Some(target) => Some(self.located_target(target)),
            None => {
                self.error(line, format!("node `{name}` needs `{what}`: the node that comes after it"));
                None
            }
        }
    }

    fn choice(&mut self, raw: &RawNode, name: &str, line: usize) -> Option<NodeKind> {
        let Some(raw_choices) = &raw.choices else {
            self.error(line, format!("node `{name}` needs `choices`, e.g. choices = [{{ label = \"choice-menu\", next = \"main.menu\" }}]"));
            return None;
        };
        if raw_choices.is_empty() {
            self.error(line, format!("node `{name}` has no choices: give it at least one"));
            return None;
        }
        let choices = raw_choices
            .iter()
            .map(|c| Choice {
                label: self.located(&c.label),
                next: self.located_target(&c.next),
                set: c.set.clone().unwrap_or_default(),
            })
            .collect::<Vec<_>>();
        for choice in &choices {
            for var in choice.set.keys().filter(|v| !is_variable(v)) {
                self.error(
                    choice.label.line,
                    format!("variable name `{var}` may use only a-z, 0-9 and '_', starting with a letter"),
                );
            }
        }
        Some(NodeKind::Choice { choices, typed: raw.typed.as_ref().map(|t| self.located_target(t)) })
    }

    fn input(&mut self, raw: &RawNode, name: &str, line: usize) -> Option<NodeKind> {
        let next = self.required_target(&raw.next, "next", name, line);
        let var = match &raw.var {
            Some(var) if is_variable(var.get_ref()) => Some(var.get_ref().clone()),
            Some(var) => {
                let var_line = self.line(var);
                self.error(
                    var_line,
                    format!("variable name `{}` may use only a-z, 0-9 and '_', starting with a letter", var.get_ref()),
                );
                None
            }
            None => {
                self.error(line, format!("node `{name}` needs `var`: the variable that keeps the answer"));
                None
            }
        };
        let input = match &raw.input {
            Some(kind) => match InputKind::parse(kind.get_ref()) {
                Some(input) => Some(input),
                None => {
                    let kind_line = self.line(kind);
                    self.error(
                        kind_line,
                        format!("unknown input `{}` (use {})", kind.get_ref(), InputKind::NAMES.join(", ")),
                    );
                    None
                }
            },
            None => {
                self.error(line, format!("node `{name}` needs `input`: one of {}", InputKind::NAMES.join(", ")));
                None
            }
        };
        let input = input?;
        let suggest = match &raw.suggest {
            Some(var) if input == InputKind::Prefecture && is_variable(var.get_ref()) => Some(var.get_ref().clone()),
            Some(var) => {
                let var_line = self.line(var);
                self.error(
                    var_line,
                    "`suggest` names the variable holding a region, and only a prefecture input has it".into(),
                );
                None
            }
            None => None,
        };
        let range = match (raw.min, raw.max) {
            (None, None) => None,
            _ if !matches!(input, InputKind::Number | InputKind::Yen | InputKind::Hours) => {
                self.error(line, format!("node `{name}`: only number, yen and hours inputs can have `min` and `max`"));
                None
            }
            (min, max) => {
                let (min, max) = (min.unwrap_or(0.0), max.unwrap_or(f64::MAX));
                if min > max {
                    self.error(line, format!("node `{name}`: `min` is more than `max`"));
                }
                Some((min, max))
            }
        };
        Some(NodeKind::Input {
            input,
            var: var?,
            next: next?,
            retry: raw.retry.as_ref().map(|r| self.located(r)),
            skip: raw.skip.as_ref().map(|s| self.located(s)),
            suggest,
            range,
        })
    }

    fn action(&mut self, raw: &RawNode, name: &str, line: usize) -> Option<NodeKind> {
        let Some(action) = &raw.action else {
            self.error(line, format!("node `{name}` needs `action`: the name of the rule to run"));
            return None;
        };
        let branches = raw
            .branches
            .as_ref()
            .map(|b| b.iter().map(|(outcome, target)| (outcome.clone(), self.located_target(target))).collect())
            .unwrap_or_default();
        Some(NodeKind::Action { action: self.located(action), branches })
    }

    fn escalate(&mut self, raw: &RawNode) -> Option<NodeKind> {
        let priority = match &raw.priority {
            None => Priority::Normal,
            Some(p) => match Priority::parse(p.get_ref()) {
                Some(priority) => priority,
                None => {
                    let line = self.line(p);
                    self.error(line, format!("unknown priority `{}` (use normal, urgent or emergency)", p.get_ref()));
                    return None;
                }
            },
        };
        Some(NodeKind::Escalate { priority, topic: raw.topic.clone().unwrap_or_else(|| "other".into()) })
    }
}

/// Which optional fields a raw node has, so that misplaced ones are named.
struct Fields {
    names: Vec<&'static str>,
}

impl Fields {
    fn present(raw: &RawNode) -> Self {
        let flags = [
            ("say", raw.say.is_some()),
            ("next", raw.next.is_some()),
            ("choices", raw.choices.is_some()),
            ("input", raw.input.is_some()),
            ("var", raw.var.is_some()),
            ("retry", raw.retry.is_some()),
            ("skip", raw.skip.is_some()),
            ("action", raw.action.is_some()),
            ("branches", raw.branches.is_some()),
            ("priority", raw.priority.is_some()),
            ("topic", raw.topic.is_some()),
            ("suggest", raw.suggest.is_some()),
            ("also_in", raw.also_in.is_some()),
            ("typed", raw.typed.is_some()),
            ("min", raw.min.is_some()),
            ("max", raw.max.is_some()),
        ];
        Self { names: flags.iter().filter(|(_, present)| *present).map(|(name, _)| *name).collect() }
    }
}

fn is_identifier(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Variables become Fluent variables (`{ $name }`), so they follow its rules.
pub fn is_variable(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
