//! The kinds of typed answer an input node can ask for, and how each is read.

use serde::{Deserialize, Serialize};

use crate::engine::input;
use crate::engine::value::Value;
use crate::rules::prefecture::Prefectures;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Number,
    Yen,
    Hours,
    Date,
    Prefecture,
    Text,
}

impl InputKind {
    pub const NAMES: [&'static str; 6] = ["number", "yen", "hours", "date", "prefecture", "text"];

    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "number" => Self::Number,
            "yen" => Self::Yen,
            "hours" => Self::Hours,
            "date" => Self::Date,
            "prefecture" => Self::Prefecture,
            "text" => Self::Text,
            _ => return None,
        })
    }

    /// The message that asks again when an answer does not fit.
    pub fn default_retry_message(self) -> &'static str {
        match self {
            Self::Number => "input-invalid-number",
            Self::Yen => "input-invalid-yen",
            Self::Hours => "input-invalid-hours",
            Self::Date => "input-invalid-date",
            Self::Prefecture => "input-invalid-prefecture",
            Self::Text => "input-invalid-text",
        }
    }

    /// Reads an answer, or `None` when it does not fit this kind.
    pub fn read(self, text: &str, prefectures: &Prefectures) -> Option<Value> {
        match self {
            Self::Number => input::number(text).map(Value::Number),
            Self::Yen => input::yen(text).map(Value::Yen),
            Self::Hours => input::hours(text).map(Value::Hours),
            Self::Date => input::date(text).map(Value::Date),
            Self::Prefecture => input::prefecture(text, prefectures).map(|p| Value::Prefecture(p.code)),
            Self::Text => input::free_text(text).map(Value::Text),
        }
    }
}
