//! Whole-script checks, run by `sodan check` and before every reload: every
//! target exists, every node is reachable, no loop runs without waiting for
//! the worker, every action is known and every outcome handled, no message
//! reads a variable that may not be set yet, and every message exists.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::diagnostic::Problem;
use crate::engine::script::{Node, NodeKind, Script};
use crate::engine::{IMPLAUSIBLE_MESSAGE, actions};
use crate::i18n::Catalog;

/// Checks the script against itself and the messages of `catalog`.
/// `always_set` are the variables every message may read (reference data).
pub fn check(script: &Script, catalog: &Catalog, always_set: &BTreeSet<String>) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_entries(script, &mut problems);
    check_targets(script, &mut problems);
    check_actions(script, &mut problems);
    check_messages(script, catalog, &mut problems);
    if problems.iter().any(Problem::is_error) {
        // Reachability and data flow are meaningless over broken edges.
        return problems;
    }
    check_reachable(script, &mut problems);
    check_loops(script, &mut problems);
    check_variables(script, catalog, always_set, &mut problems);
    problems
}

/// Every message id a script shows, for the locale completeness check:
/// those its nodes name and those the actions it calls format themselves.
pub fn messages_used(script: &Script) -> BTreeSet<String> {
    let shown = script.nodes.values().flat_map(node_messages).map(|(id, _)| id);
    shown.chain(script.nodes.values().flat_map(action_messages).map(|(id, _)| id)).map(str::to_string).collect()
}

/// The messages an action node's rule formats itself, with the node's line.
fn action_messages(node: &Node) -> Vec<(&'static str, usize)> {
    match &node.kind {
        NodeKind::Action { action, .. } => actions::find(&action.value)
            .map(|rule| rule.messages.iter().map(|id| (*id, action.line)).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn node_messages(node: &Node) -> Vec<(&str, usize)> {
    let mut ids: Vec<(&str, usize)> = node.say.iter().map(|s| (s.value.as_str(), s.line)).collect();
    match &node.kind {
        NodeKind::Choice { choices, .. } => ids.extend(choices.iter().map(|c| (c.label.value.as_str(), c.label.line))),
        NodeKind::Input { retry, skip, input, range, .. } => {
            ids.extend(retry.iter().chain(skip).map(|m| (m.value.as_str(), m.line)));
            if retry.is_none() {
                ids.push((input.default_retry_message(), node.line));
            }
            if range.is_some() {
                ids.push((IMPLAUSIBLE_MESSAGE, node.line));
            }
        }
        _ => {}
    }
    ids
}

fn check_entries(script: &Script, problems: &mut Vec<Problem>) {
    let entry = &script.entry;
    for (name, target) in
        [("welcome", &entry.welcome), ("menu", &entry.menu), ("human", &entry.human), ("emergency", &entry.emergency)]
    {
        if !target.is_empty() && !script.nodes.contains_key(target) {
            problems.push(Problem::error(
                "dialogs/main.toml",
                1,
                format!("[entry] {name} names `{target}`, which does not exist"),
            ));
        }
    }
    if let Some(menu) = script.nodes.get(&entry.menu)
        && !matches!(menu.kind, NodeKind::Choice { .. })
    {
        problems.push(Problem::error(&menu.file, menu.line, "the main menu must be a choice node"));
    }
    if let Some(node) = script.nodes.get(&entry.emergency)
        && !matches!(node.kind, NodeKind::Escalate { priority: crate::engine::script::Priority::Emergency, .. })
    {
        problems.push(Problem::error(
            &node.file,
            node.line,
            "the emergency entry must be an escalate node with priority \"emergency\"",
        ));
    }
}

fn check_targets(script: &Script, problems: &mut Vec<Problem>) {
    for node in script.nodes.values() {
        if let NodeKind::Choice { typed: Some(typed), .. } = &node.kind
            && script.nodes.get(&typed.value).is_some_and(|t| !matches!(t.kind, NodeKind::Input { .. }))
        {
            problems.push(Problem::error(
                &node.file,
                typed.line,
                format!("`typed` must name an input node, not `{}`", typed.value),
            ));
        }
        for target in node.targets() {
            if !script.nodes.contains_key(&target.value) {
                problems.push(Problem::error(
                    &node.file,
                    target.line,
                    format!(
                        "node `{}` leads to `{}`, which does not exist{}",
                        node.id,
                        target.value,
                        suggestion(script, &target.value)
                    ),
                ));
            }
        }
    }
}

/// "did you mean `wage.start`?" for a target one typo away from a real node.
fn suggestion(script: &Script, wanted: &str) -> String {
    script
        .nodes
        .keys()
        .find(|id| edit_distance(id, wanted) <= 2)
        .map(|id| format!(" (did you mean `{id}`?)"))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

fn check_actions(script: &Script, problems: &mut Vec<Problem>) {
    for node in script.nodes.values() {
        let NodeKind::Action { action, branches } = &node.kind else { continue };
        let Some(rule) = actions::find(&action.value) else {
            let known: Vec<&str> = actions::ACTIONS.iter().map(|a| a.name).collect();
            problems.push(Problem::error(
                &node.file,
                action.line,
                format!("unknown action `{}` (known: {})", action.value, known.join(", ")),
            ));
            continue;
        };
        for outcome in rule.outcomes {
            if !branches.contains_key(outcome.name) {
                problems.push(Problem::error(
                    &node.file,
                    node.line,
                    format!(
                        "node `{}` has no branch for outcome `{}` of action `{}`",
                        node.id, outcome.name, rule.name
                    ),
                ));
            }
        }
        for (name, target) in branches {
            if !rule.outcomes.iter().any(|o| o.name == name) {
                problems.push(Problem::error(
                    &node.file,
                    target.line,
                    format!("action `{}` has no outcome `{name}`", rule.name),
                ));
            }
        }
    }
}

fn check_messages(script: &Script, catalog: &Catalog, problems: &mut Vec<Problem>) {
    for node in script.nodes.values() {
        if let NodeKind::Message { also_in: Some(lang), .. } = &node.kind
            && !catalog.has_language(lang)
        {
            problems.push(Problem::error(
                &node.file,
                node.line,
                format!("`also_in` names `{lang}`, which is not a locale"),
            ));
        }
        for (id, line) in node_messages(node).into_iter().chain(action_messages(node)) {
            if !catalog.has_message(id) {
                problems.push(Problem::error(&node.file, line, format!("message `{id}` does not exist in locales/en")));
            }
        }
    }
}

fn check_reachable(script: &Script, problems: &mut Vec<Problem>) {
    let entry = &script.entry;
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut queue: VecDeque<&str> =
        [&entry.welcome, &entry.menu, &entry.human, &entry.emergency].into_iter().map(String::as_str).collect();
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(node) = script.nodes.get(id) {
            queue.extend(node.targets().into_iter().map(|t| t.value.as_str()));
        }
    }
    for node in script.nodes.values().filter(|n| !seen.contains(n.id.as_str())) {
        problems.push(Problem::error(
            &node.file,
            node.line,
            format!("node `{}` cannot be reached from the main menu or any entry", node.id),
        ));
    }
}

/// A cycle of message and action nodes would never wait for the worker.
fn check_loops(script: &Script, problems: &mut Vec<Problem>) {
    for start in script.nodes.values().filter(|n| !n.waits_for_worker()) {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.id.as_str()];
        while let Some(id) = stack.pop() {
            let Some(node) = script.nodes.get(id) else { continue };
            if node.waits_for_worker() || !seen.insert(id) {
                continue;
            }
            for target in node.targets() {
                if target.value == start.id {
                    problems.push(Problem::error(
                        &start.file,
                        start.line,
                        format!("node `{}` is in a loop that never waits for the worker", start.id),
                    ));
                    stack.clear();
                    break;
                }
                stack.push(&target.value);
            }
        }
    }
}

/// Must-be-set analysis: a variable is set at a node when it is set on every
/// path from an entry to that node.
fn check_variables(script: &Script, catalog: &Catalog, always_set: &BTreeSet<String>, problems: &mut Vec<Problem>) {
    let entry = &script.entry;
    let entries: BTreeSet<&str> =
        [&entry.welcome, &entry.menu, &entry.human, &entry.emergency].into_iter().map(String::as_str).collect();
    let all: BTreeSet<String> = script.nodes.values().flat_map(|n| writes(n).into_iter().flatten()).collect();
    // `None` stands for "not reached yet": the top of the lattice.
    let mut set_at: BTreeMap<&str, Option<BTreeSet<String>>> =
        script.nodes.keys().map(|id| (id.as_str(), None)).collect();
    for id in &entries {
        set_at.insert(id, Some(BTreeSet::new()));
    }
    let mut changed = true;
    while changed {
        changed = false;
        for node in script.nodes.values() {
            let Some(Some(here)) = set_at.get(node.id.as_str()).cloned() else { continue };
            for (target, written) in outgoing(node) {
                let mut after = here.clone();
                after.extend(written);
                let merged = match set_at.get(target).cloned().flatten() {
                    _ if entries.contains(target) => BTreeSet::new(),
                    None => after,
                    Some(before) => before.intersection(&after).cloned().collect(),
                };
                if set_at.get(target).cloned().flatten().as_ref() != Some(&merged) {
                    set_at.insert(target, Some(merged));
                    changed = true;
                }
            }
        }
    }
    for node in script.nodes.values() {
        let here = set_at.get(node.id.as_str()).cloned().flatten().unwrap_or_default();
        let mut reads: Vec<(String, usize, String)> = Vec::new();
        for (id, line) in node_messages(node) {
            for var in catalog.variables(id) {
                reads.push((var, line, format!("message `{id}`")));
            }
        }
        if let NodeKind::Action { action, .. } = &node.kind
            && let Some(rule) = actions::find(&action.value)
        {
            reads.extend(rule.reads.iter().map(|v| (v.to_string(), action.line, format!("action `{}`", rule.name))));
        }
        for (var, line, reader) in reads {
            if always_set.contains(&var) || here.contains(&var) {
                continue;
            }
            let why = if all.contains(&var) {
                "may not be set yet on every path to this node"
            } else {
                "is never set by any dialog"
            };
            problems.push(Problem::error(
                &node.file,
                line,
                format!("{reader} at node `{}` reads variable `{var}`, which {why}", node.id),
            ));
        }
    }
}

/// Every edge out of a node with the variables set when it is taken.
fn outgoing(node: &Node) -> Vec<(&str, Vec<String>)> {
    match &node.kind {
        NodeKind::Action { action, branches } => branches
            .iter()
            .map(|(outcome, target)| {
                let written = actions::find(&action.value)
                    .and_then(|rule| rule.outcomes.iter().find(|o| o.name == outcome))
                    .map(|o| o.writes.iter().map(|w| w.to_string()).collect())
                    .unwrap_or_default();
                (target.value.as_str(), written)
            })
            .collect(),
        NodeKind::Input { var, next, .. } => vec![(next.value.as_str(), vec![var.clone()])],
        NodeKind::Choice { choices, typed } => choices
            .iter()
            .map(|c| (c.next.value.as_str(), c.set.keys().cloned().collect()))
            .chain(typed.iter().map(|t| (t.value.as_str(), Vec::new())))
            .collect(),
        _ => node.targets().into_iter().map(|t| (t.value.as_str(), vec![])).collect(),
    }
}

fn writes(node: &Node) -> Option<Vec<String>> {
    match &node.kind {
        NodeKind::Input { var, .. } => Some(vec![var.clone()]),
        NodeKind::Choice { choices, .. } => Some(choices.iter().flat_map(|c| c.set.keys().cloned()).collect()),
        NodeKind::Action { action, .. } => actions::find(&action.value)
            .map(|rule| rule.outcomes.iter().flat_map(|o| o.writes.iter().map(|w| w.to_string())).collect()),
        _ => None,
    }
}
