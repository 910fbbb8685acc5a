//! Embeds the shipped dialogs, locales, reference data and web pages in the
//! binary, so that `sodan` runs anywhere with no files beside it. Folders on
//! disk, when present or configured, take precedence (see src/world.rs).

use std::fs;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut files = Vec::new();
    for folder in ["dialogs", "locales", "data"] {
        println!("cargo:rerun-if-changed={folder}");
        collect(Path::new(&root), Path::new(folder), &mut files);
    }
    files.sort();
    let mut out = String::from(
        "/// Shipped files by path relative to the repository root.\npub static EMBEDDED: &[(&str, &[u8])] = &[\n",
    );
    for file in &files {
        out.push_str(&format!("    ({file:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{file}\"))),\n"));
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(target, out).expect("write embedded.rs");
}

fn collect(root: &Path, relative: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(root.join(relative)) else { return };
    for entry in entries.flatten() {
        let path = relative.join(entry.file_name());
        if entry.path().is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else {
            files.push(path.display().to_string());
        }
    }
}
