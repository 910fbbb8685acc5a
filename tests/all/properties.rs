//! Properties of the engine over the shipped dialogs, in every language:
//! no input sequence panics, every step ends somewhere the worker can act,
//! and `/menu` always returns to the main menu.

use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use sodan::chat::replies;
use sodan::engine::script::NodeKind;
use sodan::engine::{Effect, Inbound, Input, Position, State, World, step};

use crate::support::shipped_world;

/// One worker action, interpreted against the last reply.
#[derive(Debug, Clone)]
enum Action {
    /// Tap the n-th button of the last reply (modulo their number).
    Tap(usize),
    /// Type this text.
    Type(String),
    /// Send a made-up button payload.
    Forge(String),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (0usize..16).prop_map(Action::Tap),
        2 => (1u32..14).prop_map(|n| Action::Type(n.to_string())),
        2 => prop::sample::select(vec![
            "/menu", "/start", "/lang", "/human", "/forget", "menu", "メニュー", "trợ giúp", "yes", "no", "1", "skip",
            "15万円", "７．５", "2026-11-23", "東京", "", " ", "\u{0}\u{1b}[2J", "😀", "/unknown",
        ]).prop_map(|s| Action::Type(s.to_string())),
        2 => any::<String>().prop_map(Action::Type),
        1 => "[a-z:#.0-9]{0,24}".prop_map(Action::Forge),
    ]
}

/// Whether the worker can act from where the conversation rests.
fn has_way_out(world: &World, state: &State, effects: &[Effect]) -> Result<(), String> {
    match &state.position {
        Position::New | Position::ChoosingLanguage { .. } | Position::ConfirmingForget { .. } => Ok(()),
        Position::Node { id } => {
            let node = world.script.nodes.get(id).ok_or_else(|| format!("rests at unknown node {id}"))?;
            if !node.waits_for_worker() {
                return Err(format!("rests at {id}, which does not wait for the worker"));
            }
            let buttons = replies(effects).last().map_or(0, |r| r.buttons.len());
            match node.kind {
                // Typed answers and waiting for a counselor: /menu works, and escalation shows a menu button.
                NodeKind::Input { .. } | NodeKind::Escalate { .. } => Ok(()),
                _ if effects.is_empty() || buttons > 0 => Ok(()),
                _ => Err(format!("rests at {id} with a reply but no buttons")),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_panics_or_strands_the_worker_and_menu_always_returns(
        lang in prop::sample::select(vec!["en", "ja", "vi", "zh-CN", "id", "tl", "my", "ne", "th", "km"]),
        hinted in any::<bool>(),
        actions in prop::collection::vec(action(), 1..30),
    ) {
        let world = shipped_world();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 0).unwrap();
        let mut state = State::default();
        let mut last_buttons: Vec<String> = Vec::new();
        for action in &actions {
            let input = match action {
                Action::Tap(n) if !last_buttons.is_empty() => Input::Button(last_buttons[n % last_buttons.len()].clone()),
                Action::Tap(_) => Input::Text("1".into()),
                Action::Type(text) => Input::Text(text.clone()),
                Action::Forge(payload) => Input::Button(payload.clone()),
            };
            let hint = hinted.then(|| lang.to_string());
            let (next, effects) = step(world, &state, &Inbound { input, lang_hint: hint }, now);
            has_way_out(world, &next, &effects).map_err(TestCaseError::fail)?;
            if let Some(reply) = replies(&effects).last() {
                last_buttons = reply.buttons.iter().map(|b| b.payload.clone()).collect();
            }
            state = next;
        }
        // /menu from wherever the sequence ended: the menu, or the language question first.
        let (after, _) = step(world, &state, &Inbound { input: Input::Text("/menu".into()), lang_hint: None }, now);
        match &after.lang {
            Some(_) => prop_assert_eq!(after.position, Position::Node { id: world.script.entry.menu.clone() }),
            None => {
                let asked = matches!(after.position, Position::ChoosingLanguage { .. });
                prop_assert!(asked, "without a language, /menu asks for one");
                let (chosen, _) = step(world, &after, &Inbound { input: Input::Button(format!("lang:{lang}")), lang_hint: None }, now);
                prop_assert_eq!(chosen.position, Position::Node { id: world.script.entry.menu.clone() });
            }
        }
    }
}
