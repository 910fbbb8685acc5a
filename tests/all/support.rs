//! Shared helpers: the shipped tree, copies of it to break, and the binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use sodan::engine::World;
use sodan::world::{Folder, Sources};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_sodan"))
}

/// The dialogs, locales and data in the repository.
pub fn shipped_sources() -> Sources {
    let root = root();
    Sources {
        dialogs: Folder::Disk(root.join("dialogs")),
        locales: Folder::Disk(root.join("locales")),
        data: Folder::Disk(root.join("data")),
    }
}

/// The shipped world, loaded once for the whole test binary.
pub fn shipped_world() -> &'static World {
    static WORLD: std::sync::OnceLock<World> = std::sync::OnceLock::new();
    WORLD.get_or_init(|| {
        let loaded = shipped_sources().load();
        let errors: Vec<String> = loaded.problems.iter().filter(|p| p.is_error()).map(|p| p.to_string()).collect();
        loaded.world.unwrap_or_else(|| panic!("the shipped set has errors:\n{}", errors.join("\n")))
    })
}

/// A temporary copy of dialogs/, locales/ and data/ to edit and break.
pub fn copy_of_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for folder in ["dialogs", "locales", "data"] {
        copy_dir(&root().join(folder), &dir.path().join(folder));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

/// Runs `sodan ARGS` in `dir` with `stdin`, without the caller's SODAN_* settings.
pub fn sodan(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut command = Command::new(binary());
    command.args(args).current_dir(dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (key, _) in std::env::vars() {
        if key.starts_with("SODAN_") {
            command.env_remove(key);
        }
    }
    let mut child = command.spawn().expect("start sodan");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().expect("sodan runs");
    let _ = writer.join();
    output
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// Runs `sodan ARGS` in the repository; it must succeed with one JSON object.
pub fn json(args: &[&str]) -> serde_json::Value {
    let output = sodan(&root(), args, b"");
    assert_eq!(output.status.code(), Some(0), "{args:?}: {}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert_eq!(stdout.trim().lines().count(), 1, "--json prints one object and nothing else");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// Runs one command line (arguments separated by single spaces) and parses its JSON.
pub fn run(line: &str) -> serde_json::Value {
    json(&line.split(' ').collect::<Vec<_>>())
}

/// `sodan ARGS` must exit 2 with a message containing `needle`, never a panic.
pub fn refused(args: &[&str], needle: &str) {
    let output = sodan(&root(), args, b"");
    assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output.stdout));
    let err = text(&output.stderr);
    assert!(err.contains(needle), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}
