//! `sodan check` on the shipped tree and on copies broken in every way the
//! checker must catch, each named by `path:line`.

use std::fs;

use crate::support::{copy_of_tree, root, sodan, text};

/// Runs `sodan check` in a copy of the tree after `edit`; returns the exit
/// code and stdout.
fn check_after(edit: impl FnOnce(&std::path::Path)) -> (i32, String) {
    let tree = copy_of_tree();
    edit(tree.path());
    let output = sodan(tree.path(), &["check"], b"");
    (output.status.code().unwrap_or(-1), text(&output.stdout))
}

fn replace_in(path: &std::path::Path, from: &str, to: &str) {
    let content = fs::read_to_string(path).expect("read");
    assert!(content.contains(from), "{} does not contain {from:?}", path.display());
    fs::write(path, content.replacen(from, to, 1)).expect("write");
}

#[test]
fn the_shipped_tree_is_sound() {
    let output = sodan(&root(), &["check"], b"");
    assert_eq!(output.status.code(), Some(0), "{}{}", text(&output.stdout), text(&output.stderr));
    // The one warning allowed: FY2026 amounts not yet confirmed (see data/minimum-wages.toml).
    let stdout = text(&output.stdout);
    let unexpected: Vec<&str> =
        stdout.lines().filter(|l| l.contains(": warning:") && !l.contains("no confirmed FY")).collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
}

#[test]
fn a_toml_syntax_error_is_named_by_file_and_line() {
    let (code, out) =
        check_after(|dir| replace_in(&dir.join("dialogs/wage.toml"), "kind = \"message\"", "kind = \"message"));
    assert_eq!(code, 1);
    let line = fs::read_to_string(root().join("dialogs/wage.toml"))
        .unwrap()
        .lines()
        .position(|l| l == "kind = \"message\"")
        .unwrap()
        + 1;
    assert!(out.contains(&format!("dialogs/wage.toml:{line}: TOML:")), "{out}");
}

#[test]
fn a_message_missing_from_vietnamese_is_named() {
    let (code, out) = check_after(|dir| {
        let path = dir.join("locales/vi/main.ftl");
        let content = fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = content.lines().filter(|l| !l.starts_with("menu-overtime =")).collect();
        fs::write(&path, kept.join("\n")).unwrap();
    });
    assert_eq!(code, 1);
    assert!(out.contains("locales/vi/main.ftl:"), "{out}");
    assert!(out.contains("message `menu-overtime` is missing from locale `vi`"), "{out}");
}

#[test]
fn a_target_that_does_not_exist_is_named_with_a_suggestion() {
    let (code, out) =
        check_after(|dir| replace_in(&dir.join("dialogs/main.toml"), "next = \"wage.start\"", "next = \"wage.strat\""));
    assert_eq!(code, 1);
    assert!(
        out.contains("dialogs/main.toml:")
            && out.contains("leads to `wage.strat`, which does not exist (did you mean `wage.start`?)"),
        "{out}"
    );
}

#[test]
fn unreachable_nodes_unknown_kinds_and_actions_are_errors() {
    let (code, out) = check_after(|dir| {
        let path = dir.join("dialogs/help.toml");
        let mut content = fs::read_to_string(&path).unwrap();
        content.push_str("\n[nodes.orphan]\nkind = \"end\"\nsay = \"choice-menu\"\n");
        content.push_str("\n[nodes.odd]\nkind = \"buttons\"\nsay = \"choice-menu\"\n");
        content.push_str(
            "\n[nodes.calc]\nkind = \"action\"\naction = \"compute_magic\"\nbranches = { ok = \"orphan\" }\n",
        );
        fs::write(&path, content).unwrap();
    });
    assert_eq!(code, 1);
    assert!(out.contains("unknown kind `buttons`"), "{out}");
    assert!(out.contains("unknown action `compute_magic`"), "{out}");
    // Reachability is judged once the edges themselves are sound.
    let (code, out) = check_after(|dir| {
        let path = dir.join("dialogs/help.toml");
        let mut content = fs::read_to_string(&path).unwrap();
        content.push_str("\n[nodes.orphan]\nkind = \"end\"\nsay = \"choice-menu\"\n");
        fs::write(&path, content).unwrap();
    });
    assert_eq!(code, 1);
    assert!(out.contains("dialogs/help.toml:") && out.contains("node `help.orphan` cannot be reached"), "{out}");
}

#[test]
fn a_variable_read_before_it_is_set_is_an_error() {
    let (code, out) = check_after(|dir| {
        replace_in(
            &dir.join("locales/en/main.ftl"),
            "topic-wage = Minimum wage check",
            "topic-wage = Minimum wage check for { $employer_name }",
        );
    });
    assert_eq!(code, 1);
    assert!(out.contains("reads variable `employer_name`, which is never set by any dialog"), "{out}");
}

#[test]
fn a_fluent_syntax_error_is_named_by_line() {
    let (code, out) =
        check_after(|dir| replace_in(&dir.join("locales/ja/main.ftl"), "menu-wage = ", "menu-wage = { $broken "));
    assert_eq!(code, 1);
    let line = fs::read_to_string(root().join("locales/ja/main.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("menu-wage ="))
        .unwrap()
        + 1;
    assert!(out.contains(&format!("locales/ja/main.ftl:{line}: Fluent syntax")), "{out}");
}

#[test]
fn a_message_a_dialog_names_must_exist() {
    let (code, out) = check_after(|dir| {
        replace_in(&dir.join("dialogs/help.toml"), "say = \"hotlines-info\"", "say = \"hotlines-inf\"")
    });
    assert_eq!(code, 1);
    assert!(out.contains("message `hotlines-inf` does not exist in locales/en"), "{out}");
}

#[test]
fn unused_messages_are_warnings_that_do_not_fail() {
    let (code, out) = check_after(|dir| {
        for locale in fs::read_dir(dir.join("locales")).unwrap().flatten() {
            let path = locale.path().join("main.ftl");
            let mut content = fs::read_to_string(&path).unwrap();
            content.push_str("\nspare-words = Nobody says this.\n");
            fs::write(&path, content).unwrap();
        }
    });
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(": warning: message `spare-words` is not used"), "{out}");
}

#[test]
fn the_folders_come_from_the_environment() {
    let tree = copy_of_tree();
    replace_in(&tree.path().join("dialogs/wage.toml"), "kind = \"message\"", "kind = \"mesage\"");
    let mut command = std::process::Command::new(crate::support::binary());
    let output = command
        .arg("check")
        .current_dir(root())
        .env("SODAN_DIALOGS", tree.path().join("dialogs"))
        .env("SODAN_LOCALES", tree.path().join("locales"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("wage.toml:") && text(&output.stdout).contains("unknown kind `mesage`"));
}

/// The fenced blocks of docs/dialogs.md, in order, with their language.
fn doc_blocks() -> Vec<(String, String)> {
    let doc = fs::read_to_string(root().join("docs/dialogs.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in doc.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(lang)) => current = Some((lang.to_string(), String::new())),
            (Some(_), Some(_)) => blocks.push(current.take().unwrap()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

/// Applies the worked example of docs/dialogs.md to a copy of the tree.
fn apply_doc_example(dir: &std::path::Path) {
    let blocks = doc_blocks();
    let toml: Vec<&String> = blocks.iter().filter(|(lang, _)| lang == "toml").map(|(_, body)| body).collect();
    let ftl = &blocks.iter().find(|(lang, _)| lang == "ftl").unwrap().1;
    fs::write(dir.join("dialogs/hours.toml"), toml[0]).unwrap();
    for locale in fs::read_dir(dir.join("locales")).unwrap().flatten() {
        let path = locale.path().join("main.ftl");
        let content = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("{content}\n{ftl}")).unwrap();
    }
    let last_choice = "  { label = \"menu-rights\", next = \"rights.start\" },\n";
    replace_in(&dir.join("dialogs/main.toml"), last_choice, &format!("{last_choice}{}", toml[1]));
}

#[test]
fn the_worked_example_in_the_admin_guide_is_sound_and_runs() {
    let tree = copy_of_tree();
    apply_doc_example(tree.path());
    let output = sodan(tree.path(), &["check"], b"");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let chat = text(&sodan(tree.path(), &["chat", "--lang", "en"], b"My monthly hours\n5\n8\n").stdout);
    assert!(chat.contains("About 173.33 hours a month (5 days × 8 hours × 52 weeks ÷ 12)"), "{chat}");
}

#[test]
fn the_mistakes_shown_in_the_admin_guide_are_the_real_messages() {
    let doc = fs::read_to_string(root().join("docs/dialogs.md")).unwrap();
    let (code, out) = check_after(|dir| {
        apply_doc_example(dir);
        replace_in(&dir.join("dialogs/hours.toml"), "next = \"estimate\"", "next = \"estimat\"");
    });
    assert_eq!(code, 1);
    let shown = out.lines().next().unwrap();
    assert!(doc.contains(shown), "docs/dialogs.md should show the real message:\n{shown}");
    let (code, out) = check_after(|dir| {
        apply_doc_example(dir);
        replace_in(&dir.join("locales/vi/main.ftl"), "hours-result =", "hours-resul =");
    });
    assert_eq!(code, 1);
    // Line numbers in the locale files move as they grow; the words must not.
    let without_digits = |s: &str| s.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
    let shown = out.lines().find(|l| l.contains("`hours-result` is missing")).unwrap();
    assert!(
        without_digits(&doc).contains(&without_digits(shown)),
        "docs/dialogs.md should show the real message:\n{shown}"
    );
}

#[test]
fn every_language_has_emergency_words_for_every_category() {
    for lang in ["en", "ja", "vi", "zh-CN", "id", "tl", "my", "ne", "th", "km"] {
        let path = root().join(format!("data/emergency-{lang}.toml"));
        let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
        let file: toml::Value = toml::from_str(&text).unwrap();
        assert_eq!(file["lang"].as_str(), Some(lang));
        let rules = file["rule"].as_array().unwrap();
        for category in sodan::rules::emergency::CATEGORIES {
            let rule = rules.iter().find(|r| r["category"].as_str() == Some(category));
            let rule = rule.unwrap_or_else(|| panic!("{lang} has no {category} rule"));
            assert!(rule["examples"].as_array().unwrap().len() >= 3, "{lang} {category}: at least three examples");
            assert!(rule["not"].as_array().unwrap().len() >= 3, "{lang} {category}: at least three non-examples");
        }
    }
}
