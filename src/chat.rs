//! `sodan chat`: the dialogs in a terminal, one worker message per line.
//! The same engine as every channel, with the conversation kept in memory.
//! Choices print as `[1] label`; the worker answers with the number or the
//! label. Junk input (control characters, invalid UTF-8, huge lines) is
//! read safely and answered like any other unrecognised text.

use std::io::{self, BufRead, Write};

use crate::config::Clock;
use crate::engine::{self, Effect, Inbound, Input, Reply, State, World};

/// Renders one reply the way `sodan chat` and the conversation stories
/// show it: the text, then one `[n] label` line per button.
pub fn render(reply: &Reply) -> String {
    let mut out = reply.text.clone();
    for (i, button) in reply.buttons.iter().enumerate() {
        out.push_str(&format!("\n[{}] {}", i + 1, button.label));
    }
    out
}

/// The replies among a step's effects.
pub fn replies(effects: &[Effect]) -> impl Iterator<Item = &Reply> {
    effects.iter().filter_map(|e| match e {
        Effect::Reply(reply) => Some(reply),
        _ => None,
    })
}

/// Runs the chat over `input` until it ends, writing the bot's side to `out`.
pub fn run(
    world: &World,
    lang: Option<&str>,
    clock: Clock,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut state = State { lang: lang.map(str::to_string), ..State::default() };
    let say = |state: &mut State, text: String, out: &mut dyn Write| -> io::Result<()> {
        let inbound = Inbound { input: Input::Text(text), lang_hint: None };
        let (next, effects) = engine::step(world, state, &inbound, clock.now());
        *state = next;
        for reply in replies(&effects) {
            writeln!(out, "{}\n", render(reply))?;
        }
        out.flush()
    };
    say(&mut state, "/start".to_string(), out)?;
    for line in read_lines(input) {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        say(&mut state, line, out)?;
    }
    Ok(())
}

/// Lines as text even when they are not valid UTF-8.
fn read_lines(mut input: impl BufRead) -> impl Iterator<Item = io::Result<String>> {
    std::iter::from_fn(move || {
        let mut bytes = Vec::new();
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) => None,
            Ok(_) => Some(Ok(String::from_utf8_lossy(&bytes).trim_end_matches(['\n', '\r']).to_string())),
            Err(error) => Some(Err(error)),
        }
    })
}
