//! Loading a complete, checked set of dialogs, locales and reference data
//! from disk. The one place that reads those folders; `sodan check`,
//! `sodan chat` and the reloader of `sodan serve` all come through here, so
//! that what is served has always passed the same checks.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::diagnostic::Problem;
use crate::engine::{ENGINE_MESSAGES, Reference, World, analysis, script};
use crate::i18n::{Catalog, LocaleSource};
use crate::rules::emergency::EmergencySource;
use crate::rules::reference::{self, DataSource};

/// Where one folder of the set comes from.
#[derive(Debug, Clone)]
pub enum Folder {
    Disk(PathBuf),
    /// The copy built into the binary, under this name (`dialogs`, `locales`, `data`).
    Embedded(String),
}

impl Folder {
    /// The folder on disk when it was configured or exists; otherwise the
    /// shipped copy inside the binary.
    pub fn choose(configured: Option<PathBuf>, default: &'static str) -> Self {
        match configured {
            Some(path) => Self::Disk(path),
            None if Path::new(default).is_dir() => Self::Disk(PathBuf::from(default)),
            None => Self::Embedded(default.to_string()),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Disk(path) => path.display().to_string(),
            Self::Embedded(name) => format!("{name} (built into the binary)"),
        }
    }
}

/// The folders a set is read from.
#[derive(Debug, Clone)]
pub struct Sources {
    pub dialogs: Folder,
    pub locales: Folder,
    pub data: Folder,
}

/// The result of loading: the world when it has no errors, and every
/// problem (errors and warnings), sorted by file and line.
pub struct Loaded {
    pub world: Option<World>,
    pub problems: Vec<Problem>,
}

struct File {
    /// As shown in problems: relative to the working directory when possible.
    shown: String,
    stem: String,
    text: String,
}

impl Sources {
    pub fn load(&self) -> Loaded {
        let mut problems = Vec::new();
        let dialog_files = files_in(&self.dialogs, "toml", &mut problems);
        let mut locale_files: Vec<(String, File)> = Vec::new();
        for (lang, folder) in subfolders(&self.locales, &mut problems) {
            for file in files_in(&folder, "ftl", &mut problems) {
                locale_files.push((lang.clone(), file));
            }
        }
        let dialog_sources: Vec<script::DialogSource<'_>> = dialog_files
            .iter()
            .map(|f| script::DialogSource { path: &f.shown, dialog: &f.stem, text: &f.text })
            .collect();
        let (script, mut found) = script::parse(&dialog_sources);
        problems.append(&mut found);

        let locale_sources: Vec<LocaleSource<'_>> =
            locale_files.iter().map(|(lang, f)| LocaleSource { lang, path: &f.shown, text: &f.text }).collect();
        let (catalog, mut found) = Catalog::parse(&locale_sources);
        problems.append(&mut found);

        let (reference, mut found) = self.read_reference();
        problems.append(&mut found);

        let always_set: BTreeSet<String> = reference
            .message_values
            .iter()
            .map(|(name, _)| name.clone())
            .chain(crate::engine::ENGINE_VARIABLES.iter().map(|v| v.to_string()))
            .collect();
        problems.extend(analysis::check(&script, &catalog, &always_set));
        let mut used = analysis::messages_used(&script);
        used.extend(ENGINE_MESSAGES.iter().chain(crate::i18n::WEB_CHAT_MESSAGES).map(|m| m.to_string()));
        problems.extend(catalog.check_completeness(&used));

        problems.sort();
        problems.dedup();
        let world = (!problems.iter().any(Problem::is_error)).then_some(World { script, catalog, reference });
        Loaded { world, problems }
    }

    /// Only the reference tables of `data/`, for the commands that need no
    /// dialogs (`sodan wage`, `sodan overtime`).
    pub fn load_reference(&self) -> Result<Reference, Vec<Problem>> {
        let (reference, problems) = self.read_reference();
        let errors: Vec<Problem> = problems.into_iter().filter(Problem::is_error).collect();
        if errors.is_empty() { Ok(reference) } else { Err(errors) }
    }

    fn read_reference(&self) -> (Reference, Vec<Problem>) {
        let mut problems = Vec::new();
        let data_files = files_in(&self.data, "toml", &mut problems);
        let data: Vec<Option<&File>> =
            reference::FILES.iter().map(|name| data_files.iter().find(|f| f.shown.ends_with(name))).collect();
        for (name, found) in reference::FILES.iter().zip(&data) {
            if found.is_none() {
                problems.push(Problem::error(
                    self.data.describe(),
                    1,
                    format!("the reference table {name} is missing"),
                ));
            }
        }
        let (mut reference, mut found) = match data.as_slice() {
            [Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)] => {
                let sources = [a, b, c, d, e, f].map(|file| DataSource { path: &file.shown, text: &file.text });
                reference::parse(std::array::from_fn(|i| &sources[i]))
            }
            _ => Default::default(),
        };
        problems.append(&mut found);
        // Optional: without it the console simply offers no ready replies.
        if let Some(file) = data_files.iter().find(|f| f.shown.ends_with("canned-replies.toml")) {
            let (canned, mut found) = crate::rules::canned::parse(&file.shown, &file.text);
            reference.canned = canned;
            problems.append(&mut found);
        }
        let emergency_files: Vec<&File> = data_files.iter().filter(|f| f.stem.starts_with("emergency-")).collect();
        if emergency_files.is_empty() {
            problems.push(Problem::error(
                self.data.describe(),
                1,
                "no emergency-<lang>.toml word lists: emergencies would go unnoticed",
            ));
        }
        let sources: Vec<EmergencySource<'_>> =
            emergency_files.iter().map(|f| EmergencySource { path: &f.shown, text: &f.text }).collect();
        let (emergency, mut found) = crate::rules::emergency::parse(&sources);
        reference.emergency = emergency;
        problems.append(&mut found);
        (reference, problems)
    }

    /// The path shown for a data file in problems.
    pub fn data_path(&self, name: &str) -> String {
        match &self.data {
            Folder::Disk(path) => shown(&path.join(name)),
            Folder::Embedded(folder) => format!("{folder}/{name}"),
        }
    }

    /// A cheap summary of every file's name, size and change time, so the
    /// reloader can notice an edit without reading every file.
    pub fn fingerprint(&self) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
        let mut out = Vec::new();
        for folder in [&self.dialogs, &self.locales, &self.data] {
            if let Folder::Disk(path) = folder {
                collect_fingerprint(path, &mut out);
            }
        }
        out.sort();
        out
    }
}

fn collect_fingerprint(folder: &Path, out: &mut Vec<(PathBuf, u64, Option<SystemTime>)>) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            collect_fingerprint(&path, out);
        } else {
            out.push((path, meta.len(), meta.modified().ok()));
        }
    }
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The language folders of `locales/`, by name.
fn subfolders(folder: &Folder, problems: &mut Vec<Problem>) -> Vec<(String, Folder)> {
    match folder {
        Folder::Disk(path) => match fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<(String, Folder)> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_dir())
                    .map(|p| (p.file_name().unwrap_or_default().to_string_lossy().to_string(), Folder::Disk(p)))
                    .collect();
                found.sort_by(|a, b| a.0.cmp(&b.0));
                found
            }
            Err(error) => {
                problems.push(Problem::error(shown(path), 1, format!("cannot read this folder: {error}")));
                Vec::new()
            }
        },
        Folder::Embedded(name) => {
            let prefix = format!("{name}/");
            let mut langs: Vec<String> = embedded::EMBEDDED
                .iter()
                .filter_map(|(path, _)| path.strip_prefix(&prefix)?.split_once('/').map(|(lang, _)| lang.to_string()))
                .collect();
            langs.dedup();
            langs
                .into_iter()
                .map(|lang| {
                    let folder = Folder::Embedded(format!("{name}/{lang}"));
                    (lang, folder)
                })
                .collect()
        }
    }
}

/// The files of one folder (not its subfolders) with the given extension.
fn files_in(folder: &Folder, extension: &str, problems: &mut Vec<Problem>) -> Vec<File> {
    match folder {
        Folder::Disk(path) => read_folder(path, extension, problems),
        Folder::Embedded(name) => embedded::EMBEDDED
            .iter()
            .filter(|(path, _)| {
                path.strip_prefix(&format!("{name}/")).is_some_and(|rest| !rest.contains('/'))
                    && path.ends_with(&format!(".{extension}"))
            })
            .filter_map(|(path, bytes)| decode(path.to_string(), bytes, problems))
            .collect(),
    }
}

fn read_folder(folder: &Path, extension: &str, problems: &mut Vec<Problem>) -> Vec<File> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(Problem::error(shown(folder), 1, format!("cannot read this folder: {error}")));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| match fs::read(path) {
            Ok(bytes) => decode(shown(path), &bytes, problems),
            Err(error) => {
                problems.push(Problem::error(shown(path), 1, format!("cannot read: {error}")));
                None
            }
        })
        .collect()
}

fn decode(shown: String, bytes: &[u8], problems: &mut Vec<Problem>) -> Option<File> {
    let stem = Path::new(&shown).file_stem().unwrap_or_default().to_string_lossy().to_string();
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(File { shown, stem, text: text.to_string() }),
        Err(error) => {
            let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
            let line = crate::diagnostic::line_of(&valid, valid.len());
            problems.push(Problem::error(shown, line, "the file is not valid UTF-8: save it as UTF-8"));
            None
        }
    }
}

/// A path as the admin typed it, relative to the working directory if it is inside it.
fn shown(path: &Path) -> String {
    let relative = std::env::current_dir().ok().and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf));
    relative.unwrap_or_else(|| path.to_path_buf()).display().to_string()
}
