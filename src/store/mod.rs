//! Durable storage behind one trait: conversation state, transcripts,
//! the inbound queue with its dedup keys, and the outbox.
//!
//! **Invariant:** only this module knows how keys and values are encoded.
//! Values carry a format version so that an older binary refuses, rather
//! than misreads, what a newer one wrote.

mod sled_store;

pub use sled_store::SledStore;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::engine::script::Priority;
use crate::engine::{self, Button, Input, Reply};

/// The version of the value format this binary writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("storage backend failed: {0}")]
    Backend(String),
    #[error("stored value is corrupt ({what}): {detail}")]
    Corrupt { what: &'static str, detail: String },
    #[error(
        "stored value has format version {found}, newer than this sodan understands ({FORMAT_VERSION}); upgrade sodan"
    )]
    TooNew { found: u32 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// One worker's conversation on one channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    /// `channel:platform-user-id`, e.g. `web:k3J…`, `telegram:12345`.
    pub id: String,
    pub channel: String,
    pub engine: engine::State,
    pub handoff: Handoff,
    /// The buttons of the last reply, so a tap can be shown by its label.
    #[serde(default)]
    pub last_buttons: Vec<Button>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Conversation {
    pub fn new(id: &str, channel: &str, now: DateTime<Utc>) -> Self {
        Self {
            id: id.to_string(),
            channel: channel.to_string(),
            engine: engine::State::default(),
            handoff: Handoff::Bot,
            last_buttons: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }
}

/// Who answers the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Handoff {
    Bot,
    /// In the counselors' queue since `since`.
    Waiting {
        priority: Priority,
        topic: String,
        since: DateTime<Utc>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    Worker,
    Bot,
    Counselor,
}

/// One line of a conversation's transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptEntry {
    /// Increases within a conversation; clients ask for entries after one.
    pub seq: u64,
    pub from: Speaker,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Button>,
    pub at: DateTime<Utc>,
}

/// A worker's message as accepted from a channel, before it is handled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboundEvent {
    pub conversation: String,
    pub channel: String,
    /// The platform's own id for the event, used to drop repeats.
    pub event_id: String,
    pub input: Input,
    pub lang_hint: Option<String>,
    pub received_at: DateTime<Utc>,
}

/// An accepted event with its place in the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedInbound {
    pub seq: u64,
    pub event: InboundEvent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    /// Stored durably under this queue number.
    New(u64),
    /// The platform sent this event before; it was not stored again.
    Duplicate,
}

/// A reply waiting to be delivered to a worker's channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: u64,
    pub conversation: String,
    pub channel: String,
    pub reply: Reply,
    pub created_at: DateTime<Utc>,
    pub attempts: u32,
    pub next_attempt_at: DateTime<Utc>,
}

/// Everything one engine step changes, written all at once: the new state,
/// the transcript lines, the replies to deliver, and the inbound event that
/// is now handled. Either all of it is stored or none.
#[derive(Debug, Clone)]
pub struct StepCommit {
    pub conversation: Conversation,
    pub handled_inbound: Option<u64>,
    pub transcript: Vec<(Speaker, String, Vec<Button>)>,
    pub outbox: Vec<Reply>,
    pub at: DateTime<Utc>,
}

/// The storage contract. Every implementation passes the same conformance
/// suite (tests/store_conformance.rs).
pub trait Store: Send + Sync + 'static {
    /// Stores a worker's event durably unless `(channel, event_id)` was seen.
    fn accept_inbound(&self, event: &InboundEvent) -> Result<Accepted>;
    /// Accepted events not yet handled, oldest first (for restart recovery).
    fn pending_inbound(&self) -> Result<Vec<QueuedInbound>>;
    fn conversation(&self, id: &str) -> Result<Option<Conversation>>;
    /// Applies one step atomically; returns the new outbox entries.
    fn commit_step(&self, step: &StepCommit) -> Result<Vec<OutboxEntry>>;
    /// Transcript entries with `seq` greater than `after`, oldest first.
    fn transcript(&self, conversation: &str, after: u64) -> Result<Vec<TranscriptEntry>>;
    /// Outbox entries not yet delivered, oldest first.
    fn pending_outbox(&self) -> Result<Vec<OutboxEntry>>;
    fn mark_delivered(&self, outbox_id: u64) -> Result<()>;
    /// Records a failed delivery; the entry is tried again at `next_attempt_at`.
    fn delivery_failed(&self, outbox_id: u64, next_attempt_at: DateTime<Utc>) -> Result<()>;
    /// Deletes the conversation, its transcript and its undelivered replies.
    fn forget(&self, conversation: &str) -> Result<()>;
    /// Makes everything written so far durable.
    fn flush(&self) -> Result<()>;
}

/// A value as stored: the data with the format version it was written in.
#[derive(Serialize, Deserialize)]
struct Versioned<T> {
    v: u32,
    data: T,
}

fn encode<T: Serialize>(data: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(&Versioned { v: FORMAT_VERSION, data })
        .map_err(|e| StoreError::Corrupt { what: "encode", detail: e.to_string() })
}

fn decode<T: for<'de> Deserialize<'de>>(what: &'static str, bytes: &[u8]) -> Result<T> {
    #[derive(Deserialize)]
    struct VersionOnly {
        v: u32,
    }
    let version: VersionOnly =
        serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt { what, detail: e.to_string() })?;
    if version.v > FORMAT_VERSION {
        return Err(StoreError::TooNew { found: version.v });
    }
    let value: Versioned<T> =
        serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt { what, detail: e.to_string() })?;
    Ok(value.data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_from_a_newer_format_are_refused_not_misread() {
        let newer = serde_json::to_vec(&serde_json::json!({ "v": FORMAT_VERSION + 1, "data": "x" })).unwrap();
        assert!(matches!(decode::<String>("test", &newer), Err(StoreError::TooNew { .. })));
        let current = encode(&"x".to_string()).unwrap();
        assert_eq!(decode::<String>("test", &current).unwrap(), "x");
        assert!(matches!(decode::<String>("test", b"not json"), Err(StoreError::Corrupt { .. })));
    }
}
