//! The embedded store: sled, one directory on one machine.
//!
//! Trees and keys (big-endian numbers keep them in order):
//! - `conversations`: conversation id → Conversation
//! - `transcripts`: conversation id, 0x00, last seq (u64) → the lines of
//!   one step, oldest first (one value per step, not per line: fewer
//!   writes; a single TranscriptEntry, as written before, is read too)
//! - `inbound`: seq (u64) → InboundEvent, until handled
//! - `seen`: channel, 0x00, event id → seq (u64), then when it was
//!   received (i64 Unix seconds), so repeats are dropped and old ids expire
//!   (a value of 8 bytes was written before ids expired)
//! - `outbox`: id (u64) → OutboxEntry, until delivered or given up
//! - `dead`: id (u64) → OutboxEntry whose delivery was given up
//! - `accounts`: login → Account; `sessions`: token hash → Session
//! - `audit`: id (u64) → AuditEntry
//! - `links`: space, 0x00, key → value (text)
//!
//! sled calls itself beta and is no longer actively maintained, so every
//! acknowledgement waits for `flush`, and the crash tests judge it.
//!
//! Flushes are grouped: a writer waits for one flush that began after its
//! write, and a single fsync serves every writer waiting at that moment.
//! Under load that turns one fsync per event into one per burst.

use std::path::Path;

use chrono::{DateTime, Utc};

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{
    Accepted, Account, AuditEntry, Conversation, Failure, OutboxEntry, QueuedInbound, Result, Session, StepCommit,
    Store, StoreError, TranscriptEntry, Write, Written, decode, encode,
};

pub struct SledStore {
    db: sled::Db,
    conversations: sled::Tree,
    transcripts: sled::Tree,
    inbound: sled::Tree,
    seen: sled::Tree,
    outbox: sled::Tree,
    dead: sled::Tree,
    accounts: sled::Tree,
    sessions: sled::Tree,
    audit: sled::Tree,
    links: sled::Tree,
    flushes: GroupFlush,
    /// Held while a multi-tree transaction runs. sled retries conflicting
    /// transactions by yielding in a loop, which under load burns the CPU
    /// the work needs; in one process, taking turns is cheaper.
    transactions: std::sync::Mutex<()>,
}

/// Group commit: `requested` counts writers that asked for durability,
/// `done` how many of them the last finished flush covered.
#[derive(Default)]
struct GroupFlush {
    state: std::sync::Mutex<FlushState>,
    finished: std::sync::Condvar,
}

#[derive(Default)]
struct FlushState {
    requested: u64,
    done: u64,
    running: bool,
}

fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

fn transcript_prefix(conversation: &str) -> Vec<u8> {
    let mut key = conversation.as_bytes().to_vec();
    key.push(0);
    key
}

fn transcript_key(conversation: &str, seq: u64) -> Vec<u8> {
    let mut key = transcript_prefix(conversation);
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

fn seen_key(channel: &str, event_id: &str) -> Vec<u8> {
    let mut key = channel.as_bytes().to_vec();
    key.push(0);
    key.extend_from_slice(event_id.as_bytes());
    key
}

fn seen_value(seq: u64, received_at: DateTime<Utc>) -> [u8; 16] {
    let mut value = [0; 16];
    value[..8].copy_from_slice(&seq.to_be_bytes());
    value[8..].copy_from_slice(&received_at.timestamp().to_be_bytes());
    value
}

/// When a `seen` id was received; `None` for one written before ids expired.
fn seen_at(value: &[u8]) -> Option<DateTime<Utc>> {
    let seconds = i64::from_be_bytes(value.get(8..16)?.try_into().ok()?);
    DateTime::from_timestamp(seconds, 0)
}

fn number_key(key: &[u8]) -> Result<u64> {
    let bytes: [u8; 8] =
        key.try_into().map_err(|_| StoreError::Corrupt { what: "key", detail: "not 8 bytes".into() })?;
    Ok(u64::from_be_bytes(bytes))
}

impl SledStore {
    pub fn open(path: &Path) -> Result<Self> {
        // Every write here is flushed before anyone is told it is stored,
        // so sled's own flush every 500 ms adds no durability, only a second
        // writer of the log that contends with ours: without it, p99
        // acknowledgement at 1,000 events/s fell from 1.1-2.4 ms to
        // 0.75-1.4 ms in eleven paired runs (BENCHMARKS.md).
        let db = sled::Config::new().path(path).flush_every_ms(None).open().map_err(backend)?;
        let tree = |name: &str| db.open_tree(name).map_err(backend);
        Ok(Self {
            conversations: tree("conversations")?,
            transcripts: tree("transcripts")?,
            inbound: tree("inbound")?,
            seen: tree("seen")?,
            outbox: tree("outbox")?,
            dead: tree("dead")?,
            accounts: tree("accounts")?,
            sessions: tree("sessions")?,
            audit: tree("audit")?,
            links: tree("links")?,
            flushes: GroupFlush::default(),
            transactions: std::sync::Mutex::new(()),
            db,
        })
    }

    /// A fresh, monotonically increasing number, unique in this database.
    fn next_id(&self) -> Result<u64> {
        // sled's ids are unique but may skip after a crash; 0 is never used,
        // so that "after 0" means "from the start".
        self.db.generate_id().map(|id| id + 1).map_err(backend)
    }
}

/// A `transcripts` value: a step's lines, or one line as stored before
/// steps were grouped.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum StoredLines {
    Step(Vec<TranscriptEntry>),
    One(TranscriptEntry),
}

/// A write encoded and numbered, ready for the transaction.
enum Prepared {
    Accept {
        seq: u64,
        key: Vec<u8>,
        seen: [u8; 16],
        value: Vec<u8>,
    },
    Step(PreparedStep),
    Delivered(u64),
    /// A failed attempt: the entry with its new record, to keep for a
    /// retry or to move to the dead letters. `None`: the entry is gone
    /// (forgotten with its conversation) and there is nothing to record.
    Attempted {
        id: u64,
        entry: Option<Vec<u8>>,
        dead: bool,
    },
    /// Could not be encoded; answered with this error, the rest go on.
    Failed(StoreError),
}

struct PreparedStep {
    conversation_key: Vec<u8>,
    conversation: Vec<u8>,
    /// The step's transcript lines, under the key of the last one.
    lines: Option<(Vec<u8>, Vec<u8>)>,
    outbox: Vec<(u64, Vec<u8>)>,
    entries: Vec<OutboxEntry>,
    handled_inbound: Option<u64>,
}

impl SledStore {
    fn prepare(&self, write: &Write) -> Result<Prepared> {
        Ok(match write {
            Write::Accept(event) => {
                let seq = self.next_id()?;
                Prepared::Accept {
                    seq,
                    key: seen_key(&event.channel, &event.event_id),
                    seen: seen_value(seq, event.received_at),
                    value: encode(event)?,
                }
            }
            Write::Step(step) => Prepared::Step(self.prepare_step(step)?),
            Write::Delivered(id) => Prepared::Delivered(*id),
            Write::DeliveryFailed { outbox_id, failure } => self.prepare_failure(*outbox_id, failure)?,
        })
    }

    /// Only the writer changes an entry's record, so reading it here,
    /// outside the transaction, sees the latest one.
    fn prepare_failure(&self, id: u64, failure: &Failure) -> Result<Prepared> {
        let Some(bytes) = self.outbox.get(id.to_be_bytes()).map_err(backend)? else {
            return Ok(Prepared::Attempted { id, entry: None, dead: false });
        };
        let mut entry: OutboxEntry = decode("outbox entry", &bytes)?;
        entry.attempts += 1;
        let dead = match failure {
            Failure::Retry { next_attempt_at, sent_parts } => {
                entry.next_attempt_at = *next_attempt_at;
                entry.sent_parts = *sent_parts;
                false
            }
            Failure::Dead { reason } => {
                entry.dead = Some(reason.clone());
                true
            }
        };
        Ok(Prepared::Attempted { id, entry: Some(encode(&entry)?), dead })
    }

    fn prepare_step(&self, step: &StepCommit) -> Result<PreparedStep> {
        let id = &step.conversation.id;
        let mut lines = Vec::with_capacity(step.transcript.len());
        for (from, text, buttons) in &step.transcript {
            lines.push(TranscriptEntry {
                seq: self.next_id()?,
                from: *from,
                text: text.clone(),
                buttons: buttons.clone(),
                at: step.at,
            });
        }
        let lines = match lines.last() {
            Some(last) => Some((transcript_key(id, last.seq), encode(&lines)?)),
            None => None,
        };
        let mut entries = Vec::new();
        for outgoing in &step.outbox {
            entries.push(OutboxEntry {
                id: self.next_id()?,
                conversation: id.clone(),
                channel: step.conversation.channel.clone(),
                outgoing: outgoing.clone(),
                created_at: step.at,
                attempts: 0,
                next_attempt_at: step.at,
                sent_parts: 0,
                dead: None,
            });
        }
        Ok(PreparedStep {
            conversation_key: id.as_bytes().to_vec(),
            conversation: encode(&step.conversation)?,
            lines,
            outbox: entries.iter().map(|e| Ok((e.id, encode(e)?))).collect::<Result<_>>()?,
            entries,
            handled_inbound: step.handled_inbound,
        })
    }
}

impl Store for SledStore {
    fn write(&self, batch: &[Write]) -> Vec<Result<Written>> {
        let prepared: Vec<Prepared> =
            batch.iter().map(|write| self.prepare(write).unwrap_or_else(Prepared::Failed)).collect();
        let turn = self.transactions.lock().unwrap_or_else(|p| p.into_inner());
        let trees = (&self.seen, &self.inbound, &self.conversations, &self.transcripts, &self.outbox, &self.dead);
        let outcome = trees.transaction(|(seen, inbound, conversations, transcripts, outbox, dead)| {
            let mut fresh = Vec::with_capacity(prepared.len());
            for write in &prepared {
                fresh.push(match write {
                    Prepared::Accept { key, .. } if seen.get(key)?.is_some() => false,
                    Prepared::Accept { seq, key, seen: received, value } => {
                        seen.insert(key.as_slice(), received)?;
                        inbound.insert(&seq.to_be_bytes(), value.as_slice())?;
                        true
                    }
                    Prepared::Step(step) => {
                        conversations.insert(step.conversation_key.as_slice(), step.conversation.as_slice())?;
                        if let Some((key, value)) = &step.lines {
                            transcripts.insert(key.as_slice(), value.as_slice())?;
                        }
                        for (id, value) in &step.outbox {
                            outbox.insert(&id.to_be_bytes(), value.as_slice())?;
                        }
                        if let Some(seq) = step.handled_inbound {
                            inbound.remove(&seq.to_be_bytes())?;
                        }
                        true
                    }
                    Prepared::Delivered(id) => {
                        outbox.remove(&id.to_be_bytes())?;
                        true
                    }
                    // Forgotten meanwhile (by `forget`, between prepare and now).
                    Prepared::Attempted { id, entry: Some(_), .. } if outbox.get(id.to_be_bytes())?.is_none() => false,
                    Prepared::Attempted { id, entry: Some(entry), dead: true } => {
                        outbox.remove(&id.to_be_bytes())?;
                        dead.insert(&id.to_be_bytes(), entry.as_slice())?;
                        true
                    }
                    Prepared::Attempted { id, entry: Some(entry), dead: false } => {
                        outbox.insert(&id.to_be_bytes(), entry.as_slice())?;
                        true
                    }
                    Prepared::Attempted { entry: None, .. } | Prepared::Failed(_) => false,
                });
            }
            Ok::<_, ConflictableTransactionError<StoreError>>(fresh)
        });
        drop(turn);
        let stored = outcome.map_err(unwrap_transaction).and_then(|fresh| {
            // A batch of repeats changed nothing and needs no flush.
            if fresh.iter().any(|changed| *changed) {
                self.flush()?;
            }
            Ok(fresh)
        });
        let fresh = match stored {
            Ok(fresh) => fresh,
            Err(error) => {
                return prepared
                    .into_iter()
                    .map(|write| match write {
                        Prepared::Failed(own) => Err(own),
                        _ => Err(error.clone()),
                    })
                    .collect();
            }
        };
        prepared
            .into_iter()
            .zip(fresh)
            .map(|(write, fresh)| match write {
                Prepared::Accept { seq, .. } if fresh => Ok(Written::Accepted(Accepted::New(seq))),
                Prepared::Accept { .. } => Ok(Written::Accepted(Accepted::Duplicate)),
                Prepared::Step(step) => Ok(Written::Step(step.entries)),
                Prepared::Delivered(_) | Prepared::Attempted { .. } => Ok(Written::Recorded),
                Prepared::Failed(error) => Err(error),
            })
            .collect()
    }

    fn expire_seen(&self, now: DateTime<Utc>, keep: chrono::Duration) -> Result<usize> {
        let mut expired = 0;
        for item in self.seen.iter() {
            let (key, value) = item.map_err(backend)?;
            match seen_at(&value) {
                Some(at) if at < now - keep => {
                    self.seen.remove(&key).map_err(backend)?;
                    expired += 1;
                }
                Some(_) => {}
                // Written before ids expired: counted from now.
                None => {
                    let seq = number_key(value.get(..8).unwrap_or_default())?;
                    self.seen.insert(&key, &seen_value(seq, now)).map_err(backend)?;
                }
            }
        }
        self.flush()?;
        Ok(expired)
    }

    fn pending_inbound(&self) -> Result<Vec<QueuedInbound>> {
        self.inbound
            .iter()
            .map(|item| {
                let (key, value) = item.map_err(backend)?;
                Ok(QueuedInbound { seq: number_key(&key)?, event: decode("inbound event", &value)? })
            })
            .collect()
    }

    fn conversation(&self, id: &str) -> Result<Option<Conversation>> {
        get(&self.conversations, id.as_bytes(), "conversation")
    }

    fn transcript(&self, conversation: &str, after: u64) -> Result<Vec<TranscriptEntry>> {
        // A step's lines are keyed by the last one, so every step with a
        // line after `after` is at or beyond this key.
        let start = transcript_key(conversation, after.saturating_add(1));
        let end = transcript_key(conversation, u64::MAX);
        let mut entries = Vec::new();
        for item in self.transcripts.range(start..=end) {
            let (_, value) = item.map_err(backend)?;
            let lines = match decode::<StoredLines>("transcript lines", &value)? {
                StoredLines::Step(lines) => lines,
                StoredLines::One(line) => vec![line],
            };
            entries.extend(lines.into_iter().filter(|line| line.seq > after));
        }
        Ok(entries)
    }

    fn conversations(&self) -> Result<Vec<Conversation>> {
        values(&self.conversations, "conversation")
    }

    fn pending_outbox_ids(&self, limit: usize) -> Result<Vec<u64>> {
        self.outbox.iter().keys().take(limit).map(|key| number_key(&key.map_err(backend)?)).collect()
    }

    fn outbox_entry(&self, id: u64) -> Result<Option<OutboxEntry>> {
        get(&self.outbox, &id.to_be_bytes(), "outbox entry")
    }

    fn dead_letters(&self) -> Result<Vec<OutboxEntry>> {
        values(&self.dead, "dead letter")
    }

    fn forget(&self, conversation: &str) -> Result<()> {
        let transcript_keys: Vec<sled::IVec> = self
            .transcripts
            .scan_prefix(transcript_prefix(conversation))
            .keys()
            .collect::<std::result::Result<_, _>>()
            .map_err(backend)?;
        let mut outbox_keys = Vec::new();
        for item in self.outbox.iter() {
            let (key, value) = item.map_err(backend)?;
            let entry: OutboxEntry = decode("outbox entry", &value)?;
            if entry.conversation == conversation {
                outbox_keys.push(key);
            }
        }
        let turn = self.transactions.lock().unwrap_or_else(|p| p.into_inner());
        (&self.conversations, &self.transcripts, &self.outbox)
            .transaction(|(conversations, transcripts, outbox)| {
                conversations.remove(conversation.as_bytes())?;
                for key in &transcript_keys {
                    transcripts.remove(key)?;
                }
                for key in &outbox_keys {
                    outbox.remove(key)?;
                }
                Ok::<_, ConflictableTransactionError<StoreError>>(())
            })
            .map_err(unwrap_transaction)?;
        drop(turn);
        self.flush()
    }

    fn put_account(&self, account: &Account) -> Result<()> {
        self.accounts.insert(account.login.as_bytes(), encode(account)?).map_err(backend)?;
        self.flush()
    }

    fn account(&self, login: &str) -> Result<Option<Account>> {
        get(&self.accounts, login.as_bytes(), "account")
    }

    fn accounts(&self) -> Result<Vec<Account>> {
        values(&self.accounts, "account")
    }

    fn put_session(&self, session: &Session) -> Result<()> {
        self.sessions.insert(session.token_hash.as_bytes(), encode(session)?).map_err(backend)?;
        self.flush()
    }

    fn session(&self, token_hash: &str) -> Result<Option<Session>> {
        get(&self.sessions, token_hash.as_bytes(), "session")
    }

    fn remove_session(&self, token_hash: &str) -> Result<()> {
        self.sessions.remove(token_hash.as_bytes()).map_err(backend)?;
        self.flush()
    }

    fn audit(&self, entry: &AuditEntry) -> Result<()> {
        let id = self.next_id()?;
        self.audit.insert(id.to_be_bytes(), encode(entry)?).map_err(backend)?;
        self.flush()
    }

    fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        self.audit
            .iter()
            .rev()
            .take(limit)
            .map(|item| {
                let (_, value) = item.map_err(backend)?;
                decode("audit entry", &value)
            })
            .collect()
    }

    fn put_link(&self, space: &str, key: &str, value: Option<&str>) -> Result<()> {
        let key = seen_key(space, key);
        match value {
            Some(value) => self.links.insert(key, encode(&value)?).map(|_| ()),
            None => self.links.remove(key).map(|_| ()),
        }
        .map_err(backend)?;
        self.flush()
    }

    fn link(&self, space: &str, key: &str) -> Result<Option<String>> {
        get(&self.links, &seen_key(space, key), "link")
    }

    fn flush(&self) -> Result<()> {
        let mut state = self.flushes.state.lock().unwrap_or_else(|p| p.into_inner());
        state.requested += 1;
        let mine = state.requested;
        loop {
            if state.done >= mine {
                return Ok(());
            }
            if state.running {
                state = self.flushes.finished.wait(state).unwrap_or_else(|p| p.into_inner());
                continue;
            }
            // Everything written before this point is covered by this flush.
            let covers = state.requested;
            state.running = true;
            drop(state);
            let result = self.db.flush().map(|_| ()).map_err(backend);
            state = self.flushes.state.lock().unwrap_or_else(|p| p.into_inner());
            state.running = false;
            if result.is_ok() {
                state.done = state.done.max(covers);
            }
            self.flushes.finished.notify_all();
            result?;
        }
    }
}

fn get<T: for<'de> serde::Deserialize<'de>>(tree: &sled::Tree, key: &[u8], what: &'static str) -> Result<Option<T>> {
    match tree.get(key).map_err(backend)? {
        Some(bytes) => decode(what, &bytes).map(Some),
        None => Ok(None),
    }
}

fn values<T: for<'de> serde::Deserialize<'de>>(tree: &sled::Tree, what: &'static str) -> Result<Vec<T>> {
    tree.iter()
        .map(|item| {
            let (_, value) = item.map_err(backend)?;
            decode(what, &value)
        })
        .collect()
}

fn unwrap_transaction(error: TransactionError<StoreError>) -> StoreError {
    match error {
        TransactionError::Abort(error) => error,
        TransactionError::Storage(error) => backend(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Speaker;

    #[test]
    fn an_event_id_seen_before_ids_expired_is_kept_for_the_time_kept_from_the_first_sweep() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        store.seen.insert(seen_key("line", "e1"), &7u64.to_be_bytes()).unwrap();
        let keep = chrono::Duration::days(30);
        let first = chrono::Utc::now();
        assert_eq!(store.expire_seen(first, keep).unwrap(), 0, "its age is unknown: counted from now");
        assert_eq!(store.expire_seen(first + keep - chrono::Duration::hours(1), keep).unwrap(), 0);
        assert_eq!(store.expire_seen(first + keep + chrono::Duration::hours(1), keep).unwrap(), 1);
    }

    #[test]
    fn a_transcript_line_stored_alone_before_steps_were_grouped_is_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        let at = chrono::Utc::now();
        let old = TranscriptEntry { seq: 7, from: Speaker::Worker, text: "hi".into(), buttons: vec![], at };
        store.transcripts.insert(transcript_key("web:a", 7), encode(&old).unwrap()).unwrap();
        let step = TranscriptEntry { seq: 9, from: Speaker::Bot, text: "hello".into(), buttons: vec![], at };
        let next = TranscriptEntry { seq: 10, ..step.clone() };
        store
            .transcripts
            .insert(transcript_key("web:a", 10), encode(&vec![step.clone(), next.clone()]).unwrap())
            .unwrap();
        assert_eq!(store.transcript("web:a", 0).unwrap(), [old, step, next.clone()]);
        assert_eq!(store.transcript("web:a", 9).unwrap(), [next], "a step's later line, after its first");
    }
}
