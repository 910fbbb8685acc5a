//! The embedded store: sled, one directory on one machine.
//!
//! Trees and keys (big-endian numbers keep them in order):
//! - `conversations`: conversation id → Conversation
//! - `transcripts`: conversation id, 0x00, seq (u64) → TranscriptEntry
//! - `inbound`: seq (u64) → InboundEvent, until handled
//! - `seen`: channel, 0x00, event id → seq, so repeats are dropped
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

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{
    Accepted, Account, AuditEntry, Conversation, Failure, InboundEvent, OutboxEntry, QueuedInbound, Result, Session,
    StepCommit, Store, StoreError, TranscriptEntry, decode, encode,
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

fn number_key(key: &[u8]) -> Result<u64> {
    let bytes: [u8; 8] =
        key.try_into().map_err(|_| StoreError::Corrupt { what: "key", detail: "not 8 bytes".into() })?;
    Ok(u64::from_be_bytes(bytes))
}

impl SledStore {
    pub fn open(path: &Path) -> Result<Self> {
        let db = sled::Config::new().path(path).open().map_err(backend)?;
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

impl Store for SledStore {
    fn accept_many(&self, events: &[InboundEvent]) -> Result<Vec<Accepted>> {
        let mut rows = Vec::with_capacity(events.len());
        for event in events {
            rows.push((self.next_id()?, seen_key(&event.channel, &event.event_id), encode(event)?));
        }
        let turn = self.transactions.lock().unwrap_or_else(|p| p.into_inner());
        // One transaction for the batch: a repeat inside it is seen too.
        let outcome = (&self.seen, &self.inbound).transaction(|(seen, inbound)| {
            let mut accepted = Vec::with_capacity(rows.len());
            for (seq, key, value) in &rows {
                if seen.get(key)?.is_some() {
                    accepted.push(Accepted::Duplicate);
                    continue;
                }
                seen.insert(key.as_slice(), &seq.to_be_bytes())?;
                inbound.insert(&seq.to_be_bytes(), value.as_slice())?;
                accepted.push(Accepted::New(*seq));
            }
            Ok::<_, ConflictableTransactionError<StoreError>>(accepted)
        });
        drop(turn);
        let accepted = outcome.map_err(unwrap_transaction)?;
        if accepted.iter().any(|a| *a != Accepted::Duplicate) {
            self.flush()?;
        }
        Ok(accepted)
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

    fn commit_step(&self, step: &StepCommit) -> Result<Vec<OutboxEntry>> {
        let id = &step.conversation.id;
        let mut lines = Vec::new();
        for (from, text, buttons) in &step.transcript {
            let entry = TranscriptEntry {
                seq: self.next_id()?,
                from: *from,
                text: text.clone(),
                buttons: buttons.clone(),
                at: step.at,
            };
            lines.push((transcript_key(id, entry.seq), encode(&entry)?));
        }
        let mut outbox_entries = Vec::new();
        for outgoing in &step.outbox {
            outbox_entries.push(OutboxEntry {
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
        let outbox_values: Vec<(u64, Vec<u8>)> =
            outbox_entries.iter().map(|e| Ok((e.id, encode(e)?))).collect::<Result<_>>()?;
        let conversation = encode(&step.conversation)?;
        let turn = self.transactions.lock().unwrap_or_else(|p| p.into_inner());
        (&self.conversations, &self.transcripts, &self.outbox, &self.inbound)
            .transaction(|(conversations, transcripts, outbox, inbound)| {
                conversations.insert(id.as_bytes(), conversation.as_slice())?;
                for (key, value) in &lines {
                    transcripts.insert(key.as_slice(), value.as_slice())?;
                }
                for (outbox_id, value) in &outbox_values {
                    outbox.insert(&outbox_id.to_be_bytes(), value.as_slice())?;
                }
                if let Some(seq) = step.handled_inbound {
                    inbound.remove(&seq.to_be_bytes())?;
                }
                Ok::<_, ConflictableTransactionError<StoreError>>(())
            })
            .map_err(unwrap_transaction)?;
        drop(turn);
        self.flush()?;
        Ok(outbox_entries)
    }

    fn transcript(&self, conversation: &str, after: u64) -> Result<Vec<TranscriptEntry>> {
        let start = transcript_key(conversation, after.saturating_add(1));
        let end = transcript_key(conversation, u64::MAX);
        self.transcripts
            .range(start..=end)
            .map(|item| {
                let (_, value) = item.map_err(backend)?;
                decode("transcript entry", &value)
            })
            .collect()
    }

    fn conversations(&self) -> Result<Vec<Conversation>> {
        values(&self.conversations, "conversation")
    }

    fn pending_outbox(&self, limit: usize) -> Result<Vec<OutboxEntry>> {
        self.outbox
            .iter()
            .take(limit)
            .map(|item| {
                let (_, value) = item.map_err(backend)?;
                decode("outbox entry", &value)
            })
            .collect()
    }

    fn dead_letters(&self) -> Result<Vec<OutboxEntry>> {
        values(&self.dead, "dead letter")
    }

    fn mark_delivered(&self, outbox_id: u64) -> Result<()> {
        self.outbox.remove(outbox_id.to_be_bytes()).map_err(backend)?;
        self.flush()
    }

    fn delivery_failed(&self, outbox_id: u64, failure: &Failure) -> Result<()> {
        let key = outbox_id.to_be_bytes();
        let Some(bytes) = self.outbox.get(key).map_err(backend)? else { return Ok(()) };
        let mut entry: OutboxEntry = decode("outbox entry", &bytes)?;
        entry.attempts += 1;
        match failure {
            Failure::Retry { next_attempt_at, sent_parts } => {
                entry.next_attempt_at = *next_attempt_at;
                entry.sent_parts = *sent_parts;
                self.outbox.insert(key, encode(&entry)?).map_err(backend)?;
            }
            Failure::Dead { reason } => {
                entry.dead = Some(reason.clone());
                let value = encode(&entry)?;
                let _turn = self.transactions.lock().unwrap_or_else(|p| p.into_inner());
                (&self.outbox, &self.dead)
                    .transaction(|(outbox, dead)| {
                        outbox.remove(&key)?;
                        dead.insert(&key, value.as_slice())?;
                        Ok::<_, ConflictableTransactionError<StoreError>>(())
                    })
                    .map_err(unwrap_transaction)?;
            }
        }
        self.flush()
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
