//! Durable storage behind one trait: conversation state, transcripts,
//! the inbound queue with its dedup keys, and the outbox.
//!
//! **Invariant:** only this module knows how keys and values are encoded.
//! Values carry a format version so that an older binary refuses, rather
//! than misreads, what a newer one wrote.

mod sled_store;
mod writer;

pub use sled_store::SledStore;
pub use writer::Writer;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::engine::script::Priority;
use crate::engine::{self, Button, Input, Reply};

pub use records::{Account, AuditEntry, Role, Session};

mod records;

/// The version of the value format this binary writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, thiserror::Error)]
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
    /// When the worker last wrote: platforms only let a business answer
    /// within a window after that (Messenger, WhatsApp).
    #[serde(default)]
    pub last_worker_at: Option<DateTime<Utc>>,
    /// The worker blocked or unfollowed the bot: nothing more can be sent.
    #[serde(default)]
    pub unreachable: bool,
    /// Counselors' internal notes; never sent to the worker.
    #[serde(default)]
    pub notes: Vec<Note>,
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
            last_worker_at: None,
            unreachable: false,
            notes: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }
}

/// Who answers the worker. The runtime enforces it: while a counselor holds
/// the conversation the bot stays silent (but for `/forget` and danger).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Handoff {
    Bot,
    /// In the counselors' queue.
    Waiting(Case),
    /// A counselor holds it.
    Active {
        #[serde(flatten)]
        case: Case,
        counselor: String,
        claimed_at: DateTime<Utc>,
    },
    /// Ended by a counselor; the worker's next message starts anew with the bot.
    Closed {
        #[serde(flatten)]
        case: Case,
        outcome: String,
        closed_at: DateTime<Utc>,
    },
}

impl Handoff {
    pub fn case(&self) -> Option<&Case> {
        match self {
            Handoff::Bot => None,
            Handoff::Waiting(case) | Handoff::Active { case, .. } | Handoff::Closed { case, .. } => Some(case),
        }
    }

    /// The name the counselor API uses: `bot`, `waiting`, `active`, `closed`.
    pub fn state_name(&self) -> &'static str {
        match self {
            Handoff::Bot => "bot",
            Handoff::Waiting(_) => "waiting",
            Handoff::Active { .. } => "active",
            Handoff::Closed { .. } => "closed",
        }
    }
}

/// Why a conversation went to the counselors, and what the dialog learned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub priority: Priority,
    pub topic: String,
    /// When it entered the queue; the queue is ordered by it.
    pub since: DateTime<Utc>,
    /// What the dialog collected (prefecture, wage figures, verdicts), as text.
    #[serde(default)]
    pub facts: BTreeMap<String, String>,
}

/// A counselor's internal note on a conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub by: String,
    pub text: String,
    pub at: DateTime<Utc>,
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
    /// LINE's single-use reply token, valid for about a minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_token: Option<String>,
    /// What happened besides a message (follow, unfollow …).
    #[serde(default, skip_serializing_if = "is_message")]
    pub kind: EventKind,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The worker wrote or tapped something.
    #[default]
    Message,
    /// The worker blocked or unfollowed the bot: stop sending.
    Unreachable,
}

fn is_message(kind: &EventKind) -> bool {
    *kind == EventKind::Message
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

/// Messages to deliver to a worker's channel, as one unit: platforms that
/// answer with a single-use token (LINE) must get a step's replies together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub author: Speaker,
    pub replies: Vec<Reply>,
    /// The worker event's reply token, when it was answering one.
    #[serde(default)]
    pub reply_token: Option<String>,
    /// When the worker last wrote, for platforms' reply windows.
    #[serde(default)]
    pub worker_at: Option<DateTime<Utc>>,
}

/// Outgoing messages waiting to be delivered, with their delivery record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: u64,
    pub conversation: String,
    pub channel: String,
    #[serde(flatten)]
    pub outgoing: Outgoing,
    pub created_at: DateTime<Utc>,
    pub attempts: u32,
    pub next_attempt_at: DateTime<Utc>,
    /// Platform messages of this entry already delivered, so that a retry
    /// after a partial failure sends only the rest.
    #[serde(default)]
    pub sent_parts: u32,
    /// Set when delivery was given up: why. Kept for the console.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dead: Option<String>,
}

/// What one failed delivery changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Try again at this time; `sent_parts` messages did go out.
    Retry { next_attempt_at: DateTime<Utc>, sent_parts: u32 },
    /// Give up (too many attempts, or the platform refused for good).
    Dead { reason: String },
}

/// Everything one engine step changes, written all at once: the new state,
/// the transcript lines, the replies to deliver, and the inbound event that
/// is now handled. Either all of it is stored or none.
#[derive(Debug, Clone)]
pub struct StepCommit {
    pub conversation: Conversation,
    pub handled_inbound: Option<u64>,
    pub transcript: Vec<(Speaker, String, Vec<Button>)>,
    pub outbox: Vec<Outgoing>,
    pub at: DateTime<Utc>,
}

/// One change on the path of a message, from webhook to delivery. The
/// runtime hands whatever has gathered to [`Store::write`] as one batch,
/// so that a burst costs one transaction and one flush (group commit).
#[derive(Debug, Clone)]
pub enum Write {
    /// Store a worker's event unless `(channel, event_id)` was seen.
    Accept(InboundEvent),
    /// Apply one engine step or counselor action.
    Step(Box<StepCommit>),
    /// An outbox entry reached the platform.
    Delivered(u64),
    /// An attempt to deliver an outbox entry failed.
    DeliveryFailed { outbox_id: u64, failure: Failure },
}

/// What a [`Write`] did, in the same order as the batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    Accepted(Accepted),
    /// The outbox entries the step created.
    Step(Vec<OutboxEntry>),
    /// A delivery's outcome is recorded.
    Recorded,
}

impl Written {
    pub fn accepted(self) -> Result<Accepted> {
        match self {
            Written::Accepted(accepted) => Ok(accepted),
            _ => Err(unexpected("an event")),
        }
    }

    pub fn step(self) -> Result<Vec<OutboxEntry>> {
        match self {
            Written::Step(entries) => Ok(entries),
            _ => Err(unexpected("a step")),
        }
    }

    pub fn recorded(self) -> Result<()> {
        match self {
            Written::Recorded => Ok(()),
            _ => Err(unexpected("a delivery's outcome")),
        }
    }
}

fn unexpected(what: &str) -> StoreError {
    StoreError::Backend(format!("the store answered a different kind of write than {what}"))
}

/// The one answer to a batch of one write.
fn only(mut written: Vec<Result<Written>>) -> Result<Written> {
    written.pop().ok_or_else(|| unexpected("the one asked"))?
}

/// The storage contract. Every implementation passes the same conformance
/// suite (tests/all/store_conformance.rs).
pub trait Store: Send + Sync + 'static {
    /// Applies a batch of writes in order, all or nothing, with one flush,
    /// and answers each in turn. A write that cannot even be encoded fails
    /// alone; a storage failure fails them all. A repeat of an earlier
    /// event of the same batch counts as seen.
    fn write(&self, batch: &[Write]) -> Vec<Result<Written>>;

    /// Stores a worker's event durably unless `(channel, event_id)` was seen.
    fn accept_inbound(&self, event: &InboundEvent) -> Result<Accepted> {
        only(self.write(&[Write::Accept(event.clone())]))?.accepted()
    }
    /// Stores several events with one flush, in order.
    fn accept_many(&self, events: &[InboundEvent]) -> Result<Vec<Accepted>> {
        let batch: Vec<Write> = events.iter().cloned().map(Write::Accept).collect();
        self.write(&batch).into_iter().map(|written| written?.accepted()).collect()
    }
    /// Forgets the ids of events received more than `keep` before `now`, so
    /// that the record of what was seen does not grow for ever; a repeat
    /// older than that is taken as new. Returns how many were forgotten.
    fn expire_seen(&self, now: DateTime<Utc>, keep: chrono::Duration) -> Result<usize>;
    /// Accepted events not yet handled, oldest first (for restart recovery).
    fn pending_inbound(&self) -> Result<Vec<QueuedInbound>>;
    fn conversation(&self, id: &str) -> Result<Option<Conversation>>;
    /// Every conversation (the counselors' queue is built from it).
    fn conversations(&self) -> Result<Vec<Conversation>>;
    /// Applies one step atomically; returns the new outbox entries.
    fn commit_step(&self, step: &StepCommit) -> Result<Vec<OutboxEntry>> {
        only(self.write(&[Write::Step(Box::new(step.clone()))]))?.step()
    }
    /// Transcript entries with `seq` greater than `after`, oldest first.
    fn transcript(&self, conversation: &str, after: u64) -> Result<Vec<TranscriptEntry>>;
    /// The ids of outbox entries not yet delivered and not given up, oldest
    /// first, at most `limit` (so that a long backlog is read a slice at a
    /// time). Ids only: the outbox reads this every round and decodes only
    /// the entries it does not know yet.
    fn pending_outbox_ids(&self, limit: usize) -> Result<Vec<u64>>;
    /// One pending outbox entry; `None` once delivered, given up or forgotten.
    fn outbox_entry(&self, id: u64) -> Result<Option<OutboxEntry>>;
    /// The entries of `pending_outbox_ids`.
    fn pending_outbox(&self, limit: usize) -> Result<Vec<OutboxEntry>> {
        let ids = self.pending_outbox_ids(limit)?;
        ids.into_iter().filter_map(|id| self.outbox_entry(id).transpose()).collect()
    }
    /// Entries whose delivery was given up, oldest first.
    fn dead_letters(&self) -> Result<Vec<OutboxEntry>>;
    fn mark_delivered(&self, outbox_id: u64) -> Result<()> {
        only(self.write(&[Write::Delivered(outbox_id)]))?.recorded()
    }
    /// Records a failed delivery.
    fn delivery_failed(&self, outbox_id: u64, failure: &Failure) -> Result<()> {
        only(self.write(&[Write::DeliveryFailed { outbox_id, failure: failure.clone() }]))?.recorded()
    }
    /// Deletes the conversation, its transcript and its undelivered replies.
    fn forget(&self, conversation: &str) -> Result<()>;

    fn put_account(&self, account: &Account) -> Result<()>;
    fn account(&self, login: &str) -> Result<Option<Account>>;
    fn accounts(&self) -> Result<Vec<Account>>;
    fn put_session(&self, session: &Session) -> Result<()>;
    fn session(&self, token_hash: &str) -> Result<Option<Session>>;
    fn remove_session(&self, token_hash: &str) -> Result<()>;
    /// Appends to the audit log: who did what to which conversation.
    fn audit(&self, entry: &AuditEntry) -> Result<()>;
    /// The newest audit entries first, at most `limit`.
    fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>>;

    /// Small named values the shell keeps beside conversations (a relay's
    /// thread for a conversation, how far it has relayed): `(space, key)`
    /// → value. `None` deletes.
    fn put_link(&self, space: &str, key: &str, value: Option<&str>) -> Result<()>;
    fn link(&self, space: &str, key: &str) -> Result<Option<String>>;

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
    let too_new = |v: u32| if v > FORMAT_VERSION { Some(StoreError::TooNew { found: v }) } else { None };
    match serde_json::from_slice::<Versioned<T>>(bytes) {
        // A newer value that happens to read is refused all the same.
        Ok(value) => too_new(value.v).map_or(Ok(value.data), Err),
        // Only a value that does not read is parsed again, to tell a
        // newer format from a corrupt one: one pass for every good value.
        Err(error) => {
            let newer = serde_json::from_slice::<VersionOnly>(bytes).ok().and_then(|only| too_new(only.v));
            Err(newer.unwrap_or(StoreError::Corrupt { what, detail: error.to_string() }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_from_a_newer_format_are_refused_not_misread() {
        let newer = serde_json::to_vec(&serde_json::json!({ "v": FORMAT_VERSION + 1, "data": "x" })).unwrap();
        assert!(matches!(decode::<String>("test", &newer), Err(StoreError::TooNew { .. })), "even when it reads");
        let reshaped =
            serde_json::to_vec(&serde_json::json!({ "v": FORMAT_VERSION + 1, "data": { "new": 1 } })).unwrap();
        assert!(matches!(decode::<String>("test", &reshaped), Err(StoreError::TooNew { .. })), "or when it does not");
        let broken = serde_json::to_vec(&serde_json::json!({ "v": FORMAT_VERSION, "data": 5 })).unwrap();
        assert!(matches!(decode::<String>("test", &broken), Err(StoreError::Corrupt { .. })));
        let current = encode(&"x".to_string()).unwrap();
        assert_eq!(decode::<String>("test", &current).unwrap(), "x");
        assert!(matches!(decode::<String>("test", b"not json"), Err(StoreError::Corrupt { .. })));
    }
}
