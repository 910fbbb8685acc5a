//! A problem found in the files an admin edits, named by file and line so it
//! can be fixed without reading code. Shared by every checker.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    /// Worth fixing, but the set is still safe to serve.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file as the admin knows it, e.g. `dialogs/wage.toml`.
    pub path: String,
    /// 1-based line number.
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Self { path: path.into(), line, severity: Severity::Error, message: message.into() }
    }

    pub fn warning(path: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Self { path: path.into(), line, severity: Severity::Warning, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.severity {
            Severity::Error => write!(f, "{}:{}: {}", self.path, self.line, self.message),
            Severity::Warning => write!(f, "{}:{}: warning: {}", self.path, self.line, self.message),
        }
    }
}

/// The 1-based line on which byte `offset` of `source` stands.
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A TOML syntax or shape error of `text`, at the line where it is.
pub fn toml_problem(path: &str, text: &str, error: &toml::de::Error) -> Problem {
    let line = error.span().map_or(1, |span| line_of(text, span.start));
    Problem::error(path, line, format!("TOML: {}", error.message().replace('\n', " ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one() {
        let source = "a\nbc\nd";
        assert_eq!(line_of(source, 0), 1);
        assert_eq!(line_of(source, 2), 2);
        assert_eq!(line_of(source, 5), 3);
        assert_eq!(line_of(source, 999), 3);
    }

    #[test]
    fn display_is_path_line_message() {
        assert_eq!(Problem::error("dialogs/a.toml", 3, "bad").to_string(), "dialogs/a.toml:3: bad");
        assert_eq!(
            Problem::warning("locales/en/main.ftl", 9, "unused").to_string(),
            "locales/en/main.ftl:9: warning: unused"
        );
    }
}
