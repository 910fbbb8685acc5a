//! The counselors' side of the store: accounts, sessions and the audit log.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Counselor,
    Admin,
}

impl Role {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "counselor" => Some(Role::Counselor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Counselor => "counselor",
            Role::Admin => "admin",
        }
    }
}

/// A console account. The password is kept only as an argon2id hash (PHC string).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub login: String,
    pub role: Role,
    pub password_hash: String,
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    pub disabled: bool,
}

/// A login session. Only the token's SHA-256 is stored, so a copy of the
/// store does not let anyone act as a counselor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub token_hash: String,
    pub login: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// One line of the audit log. It names people and conversations, never
/// message text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub who: String,
    /// What was done: `login`, `open`, `claim`, `reply`, `note`, …
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
