//! The engine against a small in-memory world that uses every node kind:
//! one `check(world, inputs) -> transcript` helper, so tests read as stories.

use chrono::{TimeZone, Utc};

use super::script::{DialogSource, parse};
use super::*;
use crate::i18n::LocaleSource;
use crate::rules::prefecture::Prefecture;

const MAIN: &str = r#"
[dialog]
title = "test"
[entry]
welcome = "welcome"
menu = "menu"
human = "human.ask"
emergency = "human.emergency"
[nodes.welcome]
kind = "message"
say = "welcome"
next = "menu"
[nodes.menu]
kind = "choice"
say = "menu-prompt"
choices = [
  { label = "menu-hours", next = "hours.days" },
  { label = "menu-place", next = "hours.place" },
  { label = "menu-human", next = "human.ask" },
]
"#;

const HOURS: &str = r#"
[dialog]
title = "hours"
[nodes.days]
kind = "input"
say = "ask-days"
input = "number"
var = "days_per_week"
next = "hours"
[nodes.hours]
kind = "input"
say = "ask-hours"
input = "hours"
var = "hours_per_day"
retry = "retry-hours"
next = "estimate"
[nodes.estimate]
kind = "action"
action = "estimate_monthly_hours"
branches = { estimated = "result", implausible = "impossible" }
[nodes.result]
kind = "end"
say = "result"
[nodes.impossible]
kind = "end"
say = "impossible"
[nodes.place]
kind = "input"
say = "ask-place"
input = "prefecture"
var = "prefecture"
next = "place_said"
[nodes.place_said]
kind = "end"
say = "place-said"
"#;

const HUMAN: &str = r#"
[dialog]
title = "human"
[nodes.ask]
kind = "input"
say = "human-ask"
input = "text"
var = "problem"
skip = "skip-words"
next = "queue"
[nodes.queue]
kind = "escalate"
say = "human-waiting"
priority = "urgent"
topic = "worker-request"
[nodes.emergency]
kind = "escalate"
say = "emergency-escalated"
priority = "emergency"
topic = "emergency"
"#;

const EN: &str = r#"
language-name = English
lang-prompt = Choose your language.
lang-changed = Now in English.
cmd-menu = menu | main menu
cmd-human = human
cmd-lang = language
cmd-forget = forget me
welcome = Welcome.
menu-prompt = What now?
menu-hours = Hours
menu-place = Place
menu-human = Person
choice-menu = Main menu
choice-human = Person
choice-yes = Yes
choice-no = No
forget-confirm = Delete all?
forget-done = Deleted.
forget-cancelled = Kept.
unrecognised-choice = Tap a button.
conversation-reset = Updated; back to the menu.
input-invalid-number = A number, please.
input-invalid-yen = Yen, please.
input-invalid-hours = Hours, please.
input-invalid-date = A date, please.
input-invalid-prefecture = A prefecture, please.
input-invalid-text = Some text, please.
ask-days = Days per week?
ask-hours = Hours per day?
retry-hours = Like 8 or 7.5.
result = About { $monthly_hours } hours a month ({ $days_per_week } days × { $hours_per_day } h).
impossible = That week is impossible.
ask-place = Which prefecture?
place-said = You work in { $prefecture }.
human-ask = What is wrong?
human-waiting = A person will answer. Call { $hotline_phone } too.
skip-words = skip
hotlines-emergency = Call 110 or 119.
emergency-escalated = A person will answer first.
"#;

const VI: &str = r#"
language-name = Tiếng Việt
lang-prompt = Chọn ngôn ngữ.
cmd-menu = trình đơn
menu-prompt = Làm gì?
menu-hours = Giờ
welcome = Xin chào.
"#;

fn world_with(main: &str) -> World {
    let sources = [
        DialogSource { path: "dialogs/main.toml", dialog: "main", text: main },
        DialogSource { path: "dialogs/hours.toml", dialog: "hours", text: HOURS },
        DialogSource { path: "dialogs/human.toml", dialog: "human", text: HUMAN },
    ];
    let (script, problems) = parse(&sources);
    assert!(problems.is_empty(), "{problems:?}");
    let locales = [
        LocaleSource { lang: "en", path: "locales/en/main.ftl", text: EN },
        LocaleSource { lang: "vi", path: "locales/vi/main.ftl", text: VI },
    ];
    let (catalog, problems) = Catalog::parse(&locales);
    assert!(problems.is_empty(), "{problems:?}");
    let reference = Reference {
        prefectures: Prefectures::new(vec![Prefecture {
            code: 23,
            region: "chubu".into(),
            en: "Aichi".into(),
            ja: "愛知県".into(),
            aliases: vec![],
        }]),
        message_values: vec![("hotline_phone".into(), "0120-811-610".into())],
        emergency: crate::rules::emergency::parse(&[crate::rules::emergency::EmergencySource {
            path: "emergency-en.toml",
            text: "lang = \"en\"\nreview = \"test\"\n[[rule]]\ncategory = \"violence\"\npatterns = ['hit me']\nexamples = []\nnot = []\n",
        }])
        .0,
        ..Reference::default()
    };
    let always = std::collections::BTreeSet::from(["hotline_phone".to_string()]);
    let problems = analysis::check(&script, &catalog, &always);
    assert!(problems.is_empty(), "{problems:?}");
    World { script, catalog, reference }
}

fn world() -> World {
    world_with(MAIN)
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 0).unwrap()
}

/// Runs `inputs` (text, or `@payload` for a button) from `state` and returns
/// the final state with the transcript as `sodan chat` would print it.
fn run(world: &World, state: State, inputs: &[&str]) -> (State, String) {
    let mut state = state;
    let mut transcript = String::new();
    for text in inputs {
        let input = match text.strip_prefix('@') {
            Some(payload) => Input::Button(payload.to_string()),
            None => Input::Text(text.to_string()),
        };
        let (next, effects) = step(world, &state, &Inbound { input, lang_hint: None }, now());
        state = next;
        transcript.push_str(&format!("> {text}\n"));
        for effect in &effects {
            match effect {
                Effect::Reply(reply) => transcript.push_str(&format!("{}\n", crate::chat::render(reply))),
                Effect::Escalate { priority, topic, .. } => {
                    transcript.push_str(&format!("(escalated: {priority:?} {topic})\n"))
                }
                Effect::Forget => transcript.push_str("(forgotten)\n"),
            }
        }
    }
    (state, transcript)
}

fn english() -> State {
    State { lang: Some("en".into()), ..State::default() }
}

#[test]
fn first_contact_without_a_hint_asks_the_language_in_every_language() {
    let (state, out) = run(&world(), State::default(), &["hello", "2"]);
    assert_eq!(
        out,
        "> hello\nChoose your language.\nChọn ngôn ngữ.\n[1] English\n[2] Tiếng Việt\n\
         > 2\nXin chào.\nLàm gì?\n[1] Giờ\n[2] Place\n[3] Person\n"
    );
    assert_eq!(state.lang.as_deref(), Some("vi"));
}

#[test]
fn a_platform_hint_in_a_known_language_skips_the_question() {
    let inbound = Inbound { input: Input::Text("/start".into()), lang_hint: Some("vi-VN".into()) };
    let (state, effects) = step(&world(), &State::default(), &inbound, now());
    assert_eq!(state.lang.as_deref(), Some("vi"));
    assert_eq!(effects.len(), 2);
}

#[test]
fn typed_answers_are_read_and_computed() {
    let (state, out) = run(&world(), english(), &["/start", "1", "five", "5", "7時間30分"]);
    assert!(out.contains("> five\nA number, please.\n"), "{out}");
    assert!(out.ends_with("About 162.5 hours a month (5 days × 7.5 h).\n[1] Main menu\n[2] Person\n"), "{out}");
    assert_eq!(state.vars.get("monthly_hours"), Some(&Value::Hours(162.5)));
}

#[test]
fn a_custom_retry_message_replaces_the_default() {
    let (_, out) = run(&world(), english(), &["/start", "1", "5", "eight"]);
    assert!(out.ends_with("> eight\nLike 8 or 7.5.\n"), "{out}");
}

#[test]
fn an_action_branches_on_its_outcome() {
    let (_, out) = run(&world(), english(), &["/start", "Hours", "9", "8"]);
    assert!(out.ends_with("That week is impossible.\n[1] Main menu\n[2] Person\n"), "{out}");
}

#[test]
fn prefectures_are_shown_in_both_scripts() {
    let (_, out) = run(&world(), english(), &["/start", "2", "Atlantis", "愛知"]);
    assert!(out.contains("A prefecture, please."));
    assert!(out.ends_with("You work in Aichi (愛知県).\n[1] Main menu\n[2] Person\n"), "{out}");
}

#[test]
fn choices_by_number_label_and_button_and_unknown_text_reprompts() {
    let world = world();
    let (state, _) = run(&world, english(), &["/start", "Person"]);
    assert_eq!(state.position, Position::Node { id: "human.ask".into() });
    let (state, _) = run(&world, english(), &["/start", "@n:main.menu#1"]);
    assert_eq!(state.position, Position::Node { id: "hours.place".into() });
    let (state, out) = run(&world, english(), &["/start", "banana"]);
    assert!(out.ends_with("> banana\nTap a button.\nWhat now?\n[1] Hours\n[2] Place\n[3] Person\n"), "{out}");
    assert_eq!(state.position, Position::Node { id: "main.menu".into() });
}

#[test]
fn a_stale_button_from_an_older_message_shows_the_current_question_again() {
    let (state, out) = run(&world(), english(), &["/start", "1", "@n:main.menu#2"]);
    assert!(out.ends_with("> @n:main.menu#2\nDays per week?\n"), "{out}");
    assert_eq!(state.position, Position::Node { id: "hours.days".into() });
}

#[test]
fn escalation_collects_the_problem_and_stays_quiet_while_waiting() {
    let (state, out) = run(&world(), english(), &["/start", "/human", "my boss hits me", "hello?"]);
    assert!(
        out.contains(
            "(escalated: Urgent worker-request)\nA person will answer. Call 0120-811-610 too.\n[1] Main menu\n"
        ),
        "{out}"
    );
    assert!(out.ends_with("> hello?\n"), "nothing is said while waiting: {out}");
    assert_eq!(state.vars.get("problem"), Some(&Value::Text("my boss hits me".into())));
}

#[test]
fn skip_words_leave_the_answer_empty() {
    let (state, _) = run(&world(), english(), &["/start", "/human", "SKIP"]);
    assert_eq!(state.vars.get("problem"), Some(&Value::Text(String::new())));
}

#[test]
fn global_commands_work_from_every_node_in_any_language() {
    let world = world();
    for command in ["/menu", "menu", "MENU!", "／ｍｅｎｕ", "trình đơn", "/menu@SodanBot", "@cmd:menu"] {
        let (state, _) = run(&world, english(), &["/start", "1", command]);
        assert_eq!(state.position, Position::Node { id: "main.menu".into() }, "{command}");
    }
    let (state, _) = run(&world, english(), &["/start", "1", "human"]);
    assert_eq!(state.position, Position::Node { id: "human.ask".into() });
}

#[test]
fn human_before_any_language_asks_the_language_then_goes_to_a_person() {
    let (state, out) = run(&world(), State::default(), &["/human", "English"]);
    assert!(out.ends_with("> English\nWhat is wrong?\n"), "{out}");
    assert_eq!(state.position, Position::Node { id: "human.ask".into() });
}

#[test]
fn language_can_change_at_any_time() {
    let (state, out) = run(&world(), english(), &["/start", "/lang", "@lang:vi"]);
    assert!(out.contains("> /lang\nChoose your language.\n[1] English\n[2] Tiếng Việt\n"), "{out}");
    assert_eq!(state.lang.as_deref(), Some("vi"));
    // Missing Vietnamese messages fall back to English.
    assert!(out.ends_with("Now in English.\nLàm gì?\n[1] Giờ\n[2] Place\n[3] Person\n"), "{out}");
}

#[test]
fn forget_needs_confirmation_and_then_deletes_everything() {
    let world = world();
    let (state, out) = run(&world, english(), &["/start", "1", "5", "/forget", "no"]);
    assert!(out.ends_with("> no\nKept.\nHours per day?\n"), "{out}");
    assert_eq!(state.vars.len(), 1);
    let (state, out) = run(&world, english(), &["/start", "1", "5", "/forget", "maybe", "1"]);
    assert!(out.contains("> maybe\nDelete all?\n[1] Yes\n[2] No\n"), "{out}");
    assert!(out.ends_with("> 1\n(forgotten)\nDeleted.\n"), "{out}");
    assert_eq!(state, State { last_input_at: None, ..State::default() });
}

#[test]
fn a_node_removed_by_a_newer_script_continues_from_the_menu() {
    let world = world();
    let (mut state, _) = run(&world, english(), &["/start", "1"]);
    // As if an admin had renamed the node the worker was waiting at.
    state.position = Position::Node { id: "hours.gone".into() };
    let (state, out) = run(&world, state, &["5"]);
    assert_eq!(out, "> 5\nUpdated; back to the menu.\nWhat now?\n[1] Hours\n[2] Place\n[3] Person\n");
    assert_eq!(state.position, Position::Node { id: "main.menu".into() });
}

#[test]
fn a_language_that_was_removed_is_asked_again() {
    let state = State { lang: Some("xx".into()), ..State::default() };
    let (state, out) = run(&world(), state, &["hi"]);
    assert!(out.contains("Choose your language."));
    assert!(state.lang.is_none());
}

#[test]
fn control_characters_and_huge_input_are_harmless() {
    let huge = "x".repeat(20_000);
    let (state, out) = run(&world(), english(), &["/start", "\u{0}\u{7}\u{1b}[2J", &huge]);
    // Only the echo of the input itself holds the escape; no reply repeats it.
    assert_eq!(out.matches('\u{1b}').count(), 1, "{out}");
    assert_eq!(state.position, Position::Node { id: "main.menu".into() });
}

#[test]
fn danger_interrupts_any_node_and_goes_first_in_the_queue() {
    let world = world();
    for before in [&["/start"][..], &["/start", "1"], &["/start", "/human", "help"], &["/start", "/forget"]] {
        let (state, _) = run(&world, english(), before);
        let (state, out) = run(&world, state, &["My boss HIT ME again"]);
        assert!(
            out.ends_with(
                "Call 110 or 119.\n(escalated: Emergency emergency)\nA person will answer first.\n[1] Main menu\n"
            ),
            "{out}"
        );
        assert_eq!(state.vars.get("emergency"), Some(&Value::Text("violence".into())));
        assert_eq!(state.position, Position::Node { id: "human.emergency".into() });
    }
}
