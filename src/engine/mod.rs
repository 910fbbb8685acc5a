//! The dialog engine: a pure state machine over the dialog scripts.
//!
//! `step(world, state, inbound, now) -> (state, effects)`. It never sends,
//! sleeps, stores or reads the clock: the shell does all of that with the
//! effects it returns. Unrecognised text is a transition (a re-prompt or a
//! jump), never an error, and `/menu` works from everywhere.
//!
//! **Invariant:** this module imports no tokio, axum, sled or HTTP type.

pub mod actions;
pub mod analysis;
pub mod input;
pub mod input_kind;
pub mod script;
pub mod value;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

use crate::i18n::Catalog;
use crate::rules::minimum_wage::MinimumWages;
use crate::rules::prefecture::Prefectures;
use crate::rules::wage_rules::WageRules;
use script::{Node, NodeKind, Priority, Script};
use value::{Value, group_thousands};

/// Longest text the engine reads. A longer message (a pasted document, a
/// 20,000-character line) is still kept in the transcript by the shell, but
/// cannot be a menu choice or an answer.
pub const MAX_INPUT_CHARS: usize = 4000;
/// Message and action nodes chained without a pause. A script that loops
/// without waiting is refused by `sodan check`; this is the backstop.
const MAX_HOPS: usize = 64;

/// Everything the engine reads: dialogs, messages and reference data. It is
/// replaced whole when an admin publishes a new set.
#[derive(Debug)]
pub struct World {
    pub script: Script,
    pub catalog: Catalog,
    pub reference: Reference,
}

/// Reference data the dialogs need while talking.
#[derive(Debug, Default)]
pub struct Reference {
    pub prefectures: Prefectures,
    /// Values every message may use, e.g. `hotline_phone` (data/contacts.toml).
    pub message_values: Vec<(String, String)>,
    pub minimum_wages: MinimumWages,
    pub wage_rules: WageRules,
    /// Labour bureaus, phone lines and public holidays.
    pub directory: crate::rules::contacts::Directory,
    /// Which deductions from pay are legal.
    pub deductions: crate::rules::deductions::Deductions,
    /// Words that mean a worker is in danger, in every language.
    pub emergency: crate::rules::emergency::Emergency,
    /// Counselors' ready replies (the console's, not the bot's).
    pub canned: crate::rules::canned::CannedReplies,
}

/// One conversation's place in the dialogs. Stored between messages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The worker's language, once known.
    pub lang: Option<String>,
    pub position: Position,
    /// Answers and results collected so far (`monthly_pay`, `prefecture`, …).
    pub vars: BTreeMap<String, Value>,
    /// When the worker last wrote; platforms' reply windows count from it.
    pub last_input_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Position {
    /// Nobody has talked yet.
    #[default]
    New,
    /// Waiting for a language; then goes where `then` says.
    ChoosingLanguage { then: Destination },
    /// Waiting at a node of the script.
    Node { id: String },
    /// Asked "delete everything?"; `resume` is where a "no" returns.
    ConfirmingForget { resume: Option<String> },
}

/// Where to go once the language is chosen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    #[default]
    Welcome,
    Menu,
    Human,
}

/// What the worker did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Input {
    Text(String),
    /// A button's payload, as the engine made it.
    Button(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbound {
    pub input: Input,
    /// The language the platform or browser reports (`vi-VN`), if any.
    pub lang_hint: Option<String>,
}

/// What the shell must do after a step, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Reply(Reply),
    /// Put the conversation in the counselors' queue.
    Escalate {
        priority: Priority,
        topic: String,
        facts: BTreeMap<String, Value>,
    },
    /// Delete everything stored about this conversation. Comes before the
    /// reply that confirms it, which is the first line of a clean record.
    Forget,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub text: String,
    pub buttons: Vec<Button>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    /// Sent back as [`Input::Button`] when tapped.
    pub payload: String,
    pub label: String,
}

/// The commands that work from every node, in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Menu,
    Language,
    Human,
    Forget,
}

const COMMANDS: [(Command, &[&str], &str, &str); 4] = [
    (Command::Menu, &["/start", "/menu"], "cmd-menu", "cmd:menu"),
    (Command::Language, &["/lang", "/language"], "cmd-lang", "cmd:lang"),
    (Command::Human, &["/human"], "cmd-human", "cmd:human"),
    (Command::Forget, &["/forget"], "cmd-forget", "cmd:forget"),
];

/// Shown when a typed number is outside an input's plausible range; reads
/// `{ $understood }`, which the engine fills in.
pub const IMPLAUSIBLE_MESSAGE: &str = "input-implausible";

/// Variables the engine sets for its own messages.
pub const ENGINE_VARIABLES: &[&str] = &["understood", "worker_language", "worker_language_ja"];

/// Messages the engine itself shows, besides those the scripts name.
pub const ENGINE_MESSAGES: &[&str] = &[
    "language-name",
    "lang-prompt",
    "lang-changed",
    "cmd-menu",
    "cmd-human",
    "cmd-lang",
    "cmd-forget",
    "choice-menu",
    "choice-human",
    "choice-yes",
    "choice-no",
    "forget-confirm",
    "forget-done",
    "forget-cancelled",
    "unrecognised-choice",
    "conversation-reset",
    "input-invalid-number",
    "input-invalid-yen",
    "input-invalid-hours",
    "input-invalid-date",
    "input-invalid-prefecture",
    "input-invalid-text",
    "input-implausible",
    "language-name-ja",
    "hotlines-emergency",
    "day-mon",
    "day-tue",
    "day-wed",
    "day-thu",
    "day-fri",
    "day-sat",
    "day-sun",
    "day-holiday",
    "hours-every-day",
    "hours-always",
    "hours-closed",
    "hours-unknown",
];

/// Advances one conversation by one worker input.
pub fn step(world: &World, state: &State, inbound: &Inbound, now: DateTime<Utc>) -> (State, Vec<Effect>) {
    let (mut turn, input, danger) = Turn::begin(world, state, inbound, now);
    // Danger comes before everything else, whatever the worker was doing.
    match (danger, turn.command(&input)) {
        (Some(category), _) => turn.emergency(category),
        (None, Some(command)) => turn.run_command(command),
        (None, None) => turn.answer(&input),
    }
    (turn.state, turn.effects)
}

/// A step while a counselor holds the conversation: the bot stays silent,
/// except that danger is still answered (and alerts the counselor through
/// the `Escalate` effect) and `/forget` still works, with its confirmation.
pub fn step_held(world: &World, state: &State, inbound: &Inbound, now: DateTime<Utc>) -> (State, Vec<Effect>) {
    let (mut turn, input, danger) = Turn::begin(world, state, inbound, now);
    if let Some(category) = danger {
        turn.emergency(category);
    } else if turn.command(&input) == Some(Command::Forget) {
        turn.run_command(Command::Forget);
    } else if let Position::ConfirmingForget { resume } = turn.state.position.clone() {
        turn.answer_forget(&input, resume);
    }
    (turn.state, turn.effects)
}

/// The bot takes the conversation back from a counselor: the worker sees the
/// main menu, so they know the assistant answers again.
pub fn return_to_bot(world: &World, state: &State, now: DateTime<Utc>) -> (State, Vec<Effect>) {
    let now_japan = now.with_timezone(&crate::rules::japan_time()).naive_local();
    let mut turn = Turn { world, state: state.clone(), effects: Vec::new(), now_japan };
    match turn.state.lang {
        Some(_) => turn.enter(&world.script.entry.menu.clone()),
        None => turn.ask_language(Destination::Menu),
    }
    (turn.state, turn.effects)
}

/// Control characters out, length capped: junk must not reach a transcript
/// or a terminal, and a pasted book must not be matched word by word.
fn clean(text: &str) -> String {
    let stripped = input::strip_controls(text);
    if stripped.chars().count() > MAX_INPUT_CHARS { stripped.chars().take(MAX_INPUT_CHARS).collect() } else { stripped }
}

struct Turn<'w> {
    world: &'w World,
    state: State,
    effects: Vec<Effect>,
    /// The time in Japan, for rules that depend on the date or the hour.
    now_japan: NaiveDateTime,
}

impl<'w> Turn<'w> {
    /// A turn for one input: the clock and language settled, the input
    /// cleaned, and whether it speaks of danger.
    fn begin(world: &'w World, state: &State, inbound: &Inbound, now: DateTime<Utc>) -> (Self, Input, Option<&'w str>) {
        let now_japan = now.with_timezone(&crate::rules::japan_time()).naive_local();
        let mut turn = Turn { world, state: state.clone(), effects: Vec::new(), now_japan };
        turn.state.last_input_at = Some(now);
        turn.settle_language(inbound.lang_hint.as_deref());
        let input = match &inbound.input {
            Input::Text(text) => Input::Text(clean(text)),
            button => button.clone(),
        };
        let danger = match &input {
            Input::Text(text) => world.reference.emergency.detect(text),
            Input::Button(_) => None,
        };
        (turn, input, danger)
    }

    fn catalog(&self) -> &'w Catalog {
        &self.world.catalog
    }

    fn script(&self) -> &'w Script {
        &self.world.script
    }

    fn lang(&self) -> &str {
        self.state.lang.as_deref().unwrap_or(crate::i18n::REFERENCE)
    }

    /// A stored language that no longer exists is forgotten; an unknown
    /// conversation takes the platform's hint when sodan speaks it.
    fn settle_language(&mut self, hint: Option<&str>) {
        if let Some(lang) = &self.state.lang
            && !self.catalog().has_language(lang)
        {
            self.state.lang = None;
        }
        if self.state.lang.is_none()
            && let Some(code) = hint.and_then(|h| self.catalog().resolve_hint(h))
        {
            self.state.lang = Some(code.to_string());
        }
    }

    fn command(&self, input: &Input) -> Option<Command> {
        match input {
            Input::Button(payload) => COMMANDS.iter().find(|c| c.3 == payload).map(|c| c.0),
            Input::Text(text) => {
                let word = input::normalize_word(text);
                // Telegram appends the bot's name in groups: /menu@SodanBot.
                let slash = word.split('@').next().unwrap_or_default();
                COMMANDS
                    .iter()
                    .find(|(_, slashes, words, _)| {
                        slashes.contains(&slash) || self.catalog().words_everywhere(words).contains(&word)
                    })
                    .map(|c| c.0)
            }
        }
    }

    fn run_command(&mut self, command: Command) {
        if self.state.lang.is_none() {
            let then = match command {
                Command::Human => Destination::Human,
                _ => Destination::Welcome,
            };
            return self.ask_language(then);
        }
        match command {
            Command::Menu if self.state.position == Position::New => self.enter(&self.script().entry.welcome.clone()),
            Command::Menu => self.enter(&self.script().entry.menu.clone()),
            Command::Language => self.ask_language(Destination::Menu),
            Command::Human => self.enter(&self.script().entry.human.clone()),
            Command::Forget => {
                let resume = match &self.state.position {
                    Position::Node { id } => Some(id.clone()),
                    _ => None,
                };
                self.confirm_forget(resume);
            }
        }
    }

    /// The worker wrote that they are in danger: the emergency numbers at
    /// once, then the counselors' queue with priority "emergency".
    fn emergency(&mut self, category: &str) {
        self.say("hotlines-emergency", vec![]);
        self.state.vars.insert("emergency".to_string(), Value::Text(category.to_string()));
        self.enter(&self.script().entry.emergency.clone());
    }

    fn answer(&mut self, input: &Input) {
        match self.state.position.clone() {
            Position::New => match self.state.lang {
                Some(_) => self.enter(&self.script().entry.welcome.clone()),
                None => self.ask_language(Destination::Welcome),
            },
            Position::ChoosingLanguage { then } => self.choose_language(input, then),
            Position::ConfirmingForget { resume } => self.answer_forget(input, resume),
            Position::Node { id } => match self.script().nodes.get(&id) {
                Some(node) => self.answer_node(node, input),
                None => {
                    // The node was removed by a newer set of dialogs.
                    self.say("conversation-reset", vec![]);
                    self.enter(&self.script().entry.menu.clone());
                }
            },
        }
    }

    // ---- Language ----

    fn ask_language(&mut self, then: Destination) {
        let catalog = self.catalog();
        let text = match &self.state.lang {
            Some(lang) => catalog.text(lang, "lang-prompt", None),
            // First contact: the question in every language sodan speaks.
            None => {
                let mut prompts: Vec<String> = Vec::new();
                for lang in catalog.languages() {
                    let prompt = catalog.text(lang, "lang-prompt", None);
                    if !prompts.contains(&prompt) {
                        prompts.push(prompt);
                    }
                }
                prompts.join("\n")
            }
        };
        let buttons = catalog
            .languages()
            .into_iter()
            .map(|lang| Button { payload: format!("lang:{lang}"), label: catalog.text(lang, "language-name", None) })
            .collect();
        self.effects.push(Effect::Reply(Reply { text, buttons }));
        self.state.position = Position::ChoosingLanguage { then };
    }

    fn choose_language(&mut self, input: &Input, then: Destination) {
        let catalog = self.catalog();
        let languages = catalog.languages();
        let chosen = match input {
            Input::Button(payload) => payload.strip_prefix("lang:").filter(|code| catalog.has_language(code)),
            Input::Text(text) => {
                let word = input::normalize_word(text);
                numbered(&word, languages.len()).map(|i| languages[i]).or_else(|| {
                    languages.iter().copied().find(|lang| {
                        word == lang.to_lowercase()
                            || word == input::normalize_word(&catalog.text(lang, "language-name", None))
                    })
                })
            }
        };
        let Some(lang) = chosen else {
            return self.ask_language(then);
        };
        let changed = self.state.lang.is_some();
        self.state.lang = Some(lang.to_string());
        if changed {
            self.say("lang-changed", vec![]);
        }
        let entry = &self.script().entry;
        let target = match then {
            Destination::Welcome => &entry.welcome,
            Destination::Menu => &entry.menu,
            Destination::Human => &entry.human,
        };
        self.enter(&target.clone());
    }

    // ---- Forget me ----

    fn confirm_forget(&mut self, resume: Option<String>) {
        let buttons = vec![self.button("forget:yes", "choice-yes"), self.button("forget:no", "choice-no")];
        self.say("forget-confirm", buttons);
        self.state.position = Position::ConfirmingForget { resume };
    }

    fn answer_forget(&mut self, input: &Input, resume: Option<String>) {
        let decision = match input {
            Input::Button(payload) => payload.strip_prefix("forget:").map(|d| d == "yes"),
            Input::Text(text) => {
                let word = input::normalize_word(text);
                let is = |id: &str| word == input::normalize_word(&self.catalog().text(self.lang(), id, None));
                match numbered(&word, 2) {
                    Some(i) => Some(i == 0),
                    None if is("choice-yes") => Some(true),
                    None if is("choice-no") => Some(false),
                    None => None,
                }
            }
        };
        match decision {
            Some(true) => {
                self.effects.push(Effect::Forget);
                let lang = self.state.lang.take();
                self.state = State { lang, ..State::default() };
                // The goodbye is in their language; then the language goes too.
                self.say("forget-done", vec![]);
                self.state.lang = None;
            }
            Some(false) => {
                self.say("forget-cancelled", vec![]);
                match resume.and_then(|id| self.script().nodes.get(&id)) {
                    Some(node) => self.present(node),
                    None => self.enter(&self.script().entry.menu.clone()),
                }
            }
            None => self.confirm_forget(resume),
        }
    }

    // ---- Nodes ----

    fn answer_node(&mut self, node: &'w Node, input: &Input) {
        match &node.kind {
            NodeKind::Choice { choices, typed } => {
                let picked = match input {
                    Input::Button(payload) => payload
                        .strip_prefix(&format!("n:{}#", node.id))
                        .and_then(|i| i.parse::<usize>().ok())
                        .filter(|i| *i < choices.len()),
                    Input::Text(text) => {
                        let word = input::normalize_word(text);
                        numbered(&word, choices.len()).or_else(|| {
                            choices.iter().position(|c| {
                                [self.lang(), crate::i18n::REFERENCE].iter().any(|lang| {
                                    word == input::normalize_word(&self.catalog().text(lang, &c.label.value, None))
                                })
                            })
                        })
                    }
                };
                match picked {
                    Some(i) => {
                        for (name, value) in &choices[i].set {
                            self.state.vars.insert(name.clone(), Value::Text(value.clone()));
                        }
                        self.enter(&choices[i].next.value.clone())
                    }
                    None => match (input, typed.as_ref().and_then(|t| self.script().nodes.get(&t.value))) {
                        // Typed instead of tapped: the input node answers it.
                        (Input::Text(_), Some(typed_node)) => {
                            self.state.position = Position::Node { id: typed_node.id.clone() };
                            self.answer_node(typed_node, input);
                        }
                        (Input::Text(_), None) => {
                            self.say("unrecognised-choice", vec![]);
                            self.present(node);
                        }
                        (Input::Button(_), _) => self.present(node),
                    },
                }
            }
            NodeKind::Input { input: kind, var, next, retry, skip, suggest, range } => {
                // A suggested prefecture, tapped, or its number typed ("2" picks
                // the second, as for any buttons).
                let offered = suggest.as_deref().map(|v| self.prefecture_buttons(v)).unwrap_or_default();
                let suggestion = match input {
                    Input::Button(payload) if suggest.is_some() => Some(payload.as_str()),
                    Input::Button(_) => None,
                    Input::Text(text) => {
                        numbered(&input::normalize_word(text), offered.len()).map(|i| offered[i].payload.as_str())
                    }
                };
                let picked = suggestion
                    .and_then(|payload| payload.strip_prefix("v:")?.parse::<u8>().ok())
                    .filter(|code| self.world.reference.prefectures.by_code(*code).is_some());
                if let Some(code) = picked {
                    self.state.vars.insert(var.clone(), Value::Prefecture(code));
                    return self.enter(&next.value.clone());
                }
                // A button from an older message: ask this question again.
                let Input::Text(text) = input else { return self.present(node) };
                let skipped = skip.as_ref().is_some_and(|words| {
                    let word = input::normalize_word(text);
                    self.catalog().words_in(self.lang(), &words.value).contains(&word)
                        || self.catalog().words_in(crate::i18n::REFERENCE, &words.value).contains(&word)
                });
                let value = if skipped {
                    Some(Value::Text(String::new()))
                } else {
                    kind.read(text, &self.world.reference.prefectures)
                };
                let outside = |value: &Value| {
                    range.zip(value.as_f64()).is_some_and(|((min, max), number)| number < min || number > max)
                };
                match value {
                    Some(value) if outside(&value) => {
                        // Say what was understood: "15" for a monthly wage is
                        // more likely a slip than a fact.
                        let understood = self.show(&value);
                        let mut args = self.message_args();
                        args.set("understood", understood);
                        let text = self.catalog().text(self.lang(), IMPLAUSIBLE_MESSAGE, Some(&args));
                        self.effects.push(Effect::Reply(Reply { text, buttons: Vec::new() }));
                    }
                    Some(value) => {
                        self.state.vars.insert(var.clone(), value);
                        self.enter(&next.value.clone());
                    }
                    None => {
                        let message = retry.as_ref().map_or(kind.default_retry_message(), |r| r.value.as_str());
                        self.say(message, vec![]);
                    }
                }
            }
            // Everything the worker writes while waiting is kept for the
            // counselor by the shell; the bot stays quiet.
            NodeKind::Escalate { .. } => {}
            NodeKind::End => self.enter(&self.script().entry.menu.clone()),
            NodeKind::Message { .. } | NodeKind::Action { .. } => self.enter(&node.id.clone()),
        }
    }

    /// Walks from `id` through message and action nodes to the next node
    /// that waits for the worker.
    fn enter(&mut self, id: &str) {
        let mut current = id.to_string();
        for _ in 0..MAX_HOPS {
            let Some(node) = self.script().nodes.get(&current) else {
                return self.lost();
            };
            match &node.kind {
                NodeKind::Message { next, also_in } => {
                    self.say_node(node, vec![]);
                    // The same words in a second language, e.g. Japanese for a
                    // card the worker shows to staff.
                    if let (Some(other), Some(say)) = (also_in, &node.say)
                        && other != self.lang()
                    {
                        let args = self.message_args();
                        let text = self.catalog().text(other, &say.value, Some(&args));
                        self.effects.push(Effect::Reply(Reply { text, buttons: Vec::new() }));
                    }
                    current = next.value.clone();
                }
                NodeKind::Action { action, branches } => {
                    let Some(rule) = actions::find(&action.value) else { return self.lost() };
                    let context = actions::Context {
                        vars: &self.state.vars,
                        reference: &self.world.reference,
                        today: self.now_japan.date(),
                        now: self.now_japan,
                        lang: self.lang(),
                        catalog: self.catalog(),
                    };
                    let (outcome, writes) = (rule.run)(&context);
                    for (name, value) in writes {
                        self.state.vars.insert(name.to_string(), value);
                    }
                    let Some(target) = branches.get(outcome) else { return self.lost() };
                    current = target.value.clone();
                }
                _ => {
                    self.state.position = Position::Node { id: node.id.clone() };
                    if let NodeKind::Escalate { priority, topic } = &node.kind {
                        self.effects.push(Effect::Escalate {
                            priority: *priority,
                            topic: topic.clone(),
                            facts: self.state.vars.clone(),
                        });
                    }
                    return self.present(node);
                }
            }
        }
        self.lost();
    }

    /// The script led nowhere (only possible if checks were bypassed):
    /// apologise and return to the menu, or to the start if even that fails.
    fn lost(&mut self) {
        self.say("conversation-reset", vec![]);
        let menu = self.script().entry.menu.clone();
        match self.script().nodes.get(&menu) {
            Some(node) if node.waits_for_worker() => {
                self.state.position = Position::Node { id: menu };
                self.present(node);
            }
            _ => self.state.position = Position::New,
        }
    }

    /// Shows a waiting node's message with its buttons.
    fn present(&mut self, node: &Node) {
        let buttons = match &node.kind {
            NodeKind::Choice { choices, .. } => choices
                .iter()
                .enumerate()
                .map(|(i, c)| self.button(&format!("n:{}#{}", node.id, i), &c.label.value))
                .collect(),
            NodeKind::Escalate { .. } => vec![self.button("cmd:menu", "choice-menu")],
            NodeKind::End => vec![self.button("cmd:menu", "choice-menu"), self.button("cmd:human", "choice-human")],
            NodeKind::Input { suggest: Some(region_var), .. } => self.prefecture_buttons(region_var),
            _ => vec![],
        };
        self.say_node(node, buttons);
    }

    /// One button per prefecture of the region named by `region_var`.
    fn prefecture_buttons(&self, region_var: &str) -> Vec<Button> {
        let Some(Value::Text(region)) = self.state.vars.get(region_var) else { return Vec::new() };
        self.world
            .reference
            .prefectures
            .all()
            .iter()
            .filter(|p| &p.region == region)
            .map(|p| Button { payload: format!("v:{}", p.code), label: self.show(&Value::Prefecture(p.code)) })
            .collect()
    }

    fn say_node(&mut self, node: &Node, buttons: Vec<Button>) {
        if let Some(say) = &node.say {
            self.say(&say.value, buttons);
        }
    }

    fn say(&mut self, id: &str, buttons: Vec<Button>) {
        let args = self.message_args();
        let text = self.catalog().text(self.lang(), id, Some(&args));
        self.effects.push(Effect::Reply(Reply { text, buttons }));
    }

    fn button(&self, payload: &str, label: &str) -> Button {
        Button { payload: payload.to_string(), label: self.catalog().text(self.lang(), label, None) }
    }

    /// Reference values and the conversation's variables, as message text.
    fn message_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        // The worker's language by its own name and by its Japanese name, for
        // the card the worker shows to Japanese staff.
        args.set("worker_language", self.catalog().text(self.lang(), "language-name", None));
        args.set("worker_language_ja", self.catalog().text(self.lang(), "language-name-ja", None));
        for (name, value) in &self.world.reference.message_values {
            args.set(name.clone(), value.clone());
        }
        for (name, value) in &self.state.vars {
            args.set(name.clone(), self.show(value));
        }
        args
    }

    fn show(&self, value: &Value) -> String {
        match value {
            Value::Number(n) | Value::Hours(n) => value::group_decimal(*n),
            Value::Yen(yen) => group_thousands(*yen),
            Value::Date(date) => date.format("%Y-%m-%d").to_string(),
            Value::Prefecture(code) => match self.world.reference.prefectures.by_code(*code) {
                Some(p) if self.lang() == "ja" => p.ja.clone(),
                Some(p) => format!("{} ({})", p.en, p.ja),
                None => code.to_string(),
            },
            Value::Text(text) => text.clone(),
        }
    }
}

/// `"2"` → `Some(1)` when there are at least two options.
fn numbered(word: &str, count: usize) -> Option<usize> {
    let n: usize = word.parse().ok()?;
    (1..=count).contains(&n).then(|| n - 1)
}

#[cfg(test)]
mod tests;
