//! The invariants ARCHITECTURE.md promises, checked on the source text: the
//! functional core does no I/O, reads no clock and knows no framework.

use std::path::Path;

use crate::support::root;

fn rust_files(folder: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_core_imports_no_io_clock_or_framework() {
    let forbidden = [
        "tokio",
        "axum",
        "sled",
        "reqwest",
        "std::fs",
        "std::net",
        "std::env",
        "std::process",
        "Utc::now",
        "SystemTime",
        "Instant::now",
        "crate::store",
        "crate::runtime",
        "crate::http",
        "crate::world",
        "crate::channels",
        "crate::console",
        "teloxide",
        "serenity",
    ];
    let mut files = Vec::new();
    for core in ["src/engine", "src/rules"] {
        rust_files(&root().join(core), &mut files);
    }
    files.push(root().join("src/i18n.rs"));
    files.push(root().join("src/diagnostic.rs"));
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in forbidden.iter().filter(|w| code.contains(*w)) {
                found.push(format!("{}:{}: uses {word}", file.strip_prefix(root()).unwrap().display(), number + 1));
            }
        }
    }
    assert!(found.is_empty(), "the functional core must stay pure:\n{}", found.join("\n"));
}

#[test]
fn only_the_store_knows_key_encoding() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let outside: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with(root().join("src/store")))
        .filter(|f| std::fs::read_to_string(f).unwrap().contains("to_be_bytes"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(outside.is_empty(), "key encoding outside src/store: {outside:?}");
}
