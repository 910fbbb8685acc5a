//! Delivering committed messages from the durable outbox: each entry is
//! handed to its channel's sender, marked delivered on success, retried with
//! exponential backoff and jitter on a temporary failure (honouring the
//! platform's `Retry-After`), and set aside as a dead letter after too many
//! attempts or a refusal that cannot change. A crash or an outage delays
//! messages; it never loses a committed one, and an entry that was
//! delivered is never sent again.
//!
//! One conversation's entries go out in order: a later entry waits while
//! an earlier one is being retried. Different conversations are delivered
//! in parallel.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;

use crate::store::{Failure, OutboxEntry, Store, Writer};

/// Attempts before an entry becomes a dead letter: with the delays below,
/// about two hours of a platform's outage.
pub const MAX_ATTEMPTS: u32 = 20;

/// Entries read from the store per round; a longer backlog is worked
/// through in slices, oldest first. (Entries waiting for a retry count in
/// the slice, so it is large: a platform's outage must not hide the
/// entries of the other channels behind it.)
const BATCH: usize = 10_000;

/// Conversations delivered at the same time.
const PARALLEL_CONVERSATIONS: usize = 32;

/// Why a delivery failed, and whether trying again can help.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// Worth another try. `sent_parts` counts the platform messages of the
    /// entry that did go out, so the retry sends only the rest.
    #[error("temporary failure: {reason}")]
    Temporary { reason: String, sent_parts: u32, retry_after: Option<Duration> },
    /// Can never succeed: the platform refused the request itself, the
    /// worker blocked the bot, or the reply window is closed.
    #[error("permanent failure: {reason}")]
    Permanent { reason: String },
}

impl DeliveryError {
    pub fn temporary(reason: impl Into<String>, sent_parts: u32) -> Self {
        DeliveryError::Temporary { reason: reason.into(), sent_parts, retry_after: None }
    }
}

pub type Delivery<'a> = Pin<Box<dyn Future<Output = Result<(), DeliveryError>> + Send + 'a>>;

/// One channel's way of getting an entry's messages to the worker.
pub trait Sender: Send + Sync {
    fn deliver<'a>(&'a self, entry: &'a OutboxEntry) -> Delivery<'a>;
}

/// The web chat's mailbox is its transcript, which the page polls: a reply
/// is delivered once it is committed.
pub struct WebChatSender;

impl Sender for WebChatSender {
    fn deliver<'a>(&'a self, _entry: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async { Ok(()) })
    }
}

/// Delay before retry number `attempts` (1-based): 1 s, 2 s, 4 s … up to
/// 10 min, then ±20 % jitter so that many conversations failing together
/// do not all come back at the same instant.
pub fn backoff(attempts: u32) -> Duration {
    let base = 2u64.saturating_pow(attempts.clamp(1, 20) - 1).min(600) * 1000;
    let spread = base / 5;
    let jitter = getrandom::u64().unwrap_or(0) % (2 * spread + 1);
    Duration::from_millis(base - spread + jitter)
}

pub type Senders = HashMap<String, Arc<dyn Sender>>;

/// What the runtime hands the outbox: a wake-up after each commit, with
/// the entries just committed, so that they need not be read back.
#[derive(Default)]
pub struct Feed {
    fresh: Mutex<Vec<OutboxEntry>>,
    ready: Notify,
}

impl Feed {
    /// Entries now durably in the store's outbox.
    pub fn committed(&self, entries: Vec<OutboxEntry>) {
        if !entries.is_empty() {
            self.fresh.lock().unwrap_or_else(|p| p.into_inner()).extend(entries);
        }
        self.ready.notify_one();
    }

    /// Asks for a round without new entries (at start, after recovery).
    pub fn wake(&self) {
        self.ready.notify_one();
    }

    fn take(&self) -> Vec<OutboxEntry> {
        std::mem::take(&mut *self.fresh.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// Runs until `shutdown` resolves: delivers whatever is due, then sleeps
/// until woken by a commit or until the next retry is due.
/// Deliveries are recorded through `writer`, batched with the runtime's
/// other writes.
pub async fn run(
    store: Arc<dyn Store>,
    writer: Arc<Writer>,
    senders: Senders,
    feed: Arc<Feed>,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    let senders = Arc::new(senders);
    let mut known = Known::new();
    loop {
        let next_due = deliver_due(&store, &writer, &senders, &feed, &mut known).await;
        let sleep = next_due.unwrap_or(Duration::from_secs(60));
        tokio::select! {
            _ = &mut shutdown => return,
            _ = feed.ready.notified() => {}
            _ = tokio::time::sleep(sleep) => {}
        }
    }
}

/// Pending entries already read from the store, by id. During a
/// platform's outage thousands of entries wait for their retry, and every
/// commit starts a round: decoding all of them each time would make the
/// rounds cost more the longer the outage lasts.
type Known = HashMap<u64, OutboxEntry>;

/// The pending ids, oldest first, from the store (the truth: what was
/// delivered, given up or forgotten is gone), with every one of their
/// entries in `known`: handed over by the runtime, or read from the store
/// when neither has been seen (after a restart, or after an attempt).
fn pending(store: &Arc<dyn Store>, feed: &Feed, known: &mut Known) -> Result<Vec<u64>, crate::store::StoreError> {
    // Taken before the ids are read: a handed entry is already committed.
    known.extend(feed.take().into_iter().map(|entry| (entry.id, entry)));
    let ids = store.pending_outbox_ids(BATCH)?;
    let current: HashSet<u64> = ids.iter().copied().collect();
    known.retain(|id, _| current.contains(id));
    for id in &ids {
        if !known.contains_key(id)
            && let Some(entry) = store.outbox_entry(*id)?
        {
            known.insert(*id, entry);
        }
    }
    Ok(ids)
}

/// Delivers every entry that is due; returns how long until the next one.
async fn deliver_due(
    store: &Arc<dyn Store>,
    writer: &Arc<Writer>,
    senders: &Arc<Senders>,
    feed: &Feed,
    known: &mut Known,
) -> Option<Duration> {
    let ids = match pending(store, feed, known) {
        Ok(ids) => ids,
        Err(error) => {
            tracing::error!(%error, "cannot read the outbox");
            return Some(Duration::from_secs(5));
        }
    };
    let now = Utc::now();
    let full = ids.len() == BATCH;
    let mut next_due: Option<Duration> = None;
    let mut blocked: HashSet<&str> = HashSet::new();
    let mut due: Vec<u64> = Vec::new();
    for id in &ids {
        let Some(entry) = known.get(id) else { continue };
        if blocked.contains(entry.conversation.as_str()) {
            continue;
        }
        if entry.next_attempt_at > now {
            // Everything after it in this conversation waits for it.
            blocked.insert(&entry.conversation);
            let wait = (entry.next_attempt_at - now).to_std().unwrap_or_default();
            next_due = Some(next_due.map_or(wait, |d| d.min(wait)));
            continue;
        }
        due.push(*id);
    }
    // Entries tried now are read again next round: the attempt changes their record.
    let mut by_conversation: Vec<(String, Vec<OutboxEntry>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for entry in due.iter().filter_map(|id| known.remove(id)) {
        let slot = *index.entry(entry.conversation.clone()).or_insert_with(|| {
            by_conversation.push((entry.conversation.clone(), Vec::new()));
            by_conversation.len() - 1
        });
        by_conversation[slot].1.push(entry);
    }
    // A full slice with work in it means more may wait behind it: come back at once.
    if full && !by_conversation.is_empty() {
        next_due = Some(Duration::ZERO);
    }
    let permits = Arc::new(Semaphore::new(PARALLEL_CONVERSATIONS));
    let mut tasks = JoinSet::new();
    for (_, entries) in by_conversation {
        let writer = writer.clone();
        let senders = senders.clone();
        let permits = permits.clone();
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await;
            deliver_in_order(&writer, &senders, entries).await
        });
    }
    while let Some(result) = tasks.join_next().await {
        if let Ok(Some(wait)) = result {
            next_due = Some(next_due.map_or(wait, |d| d.min(wait)));
        }
    }
    next_due
}

/// One conversation's due entries, oldest first, stopping at the first
/// failure so that none overtakes another.
async fn deliver_in_order(writer: &Writer, senders: &Senders, entries: Vec<OutboxEntry>) -> Option<Duration> {
    for entry in entries {
        let outcome = match senders.get(&entry.channel) {
            Some(sender) => sender.deliver(&entry).await,
            None => Err(DeliveryError::temporary(
                format!("the {} channel is not switched on; keeping the message", entry.channel),
                entry.sent_parts,
            )),
        };
        let attempts = entry.attempts + 1;
        let failure = match outcome {
            Ok(()) => {
                if let Err(error) = writer.delivered(entry.id).await {
                    tracing::error!(%error, "delivered a message but could not mark it");
                }
                continue;
            }
            Err(DeliveryError::Permanent { reason }) => {
                tracing::warn!(channel = %entry.channel, %reason, "delivery refused for good; kept as a dead letter");
                Failure::Dead { reason }
            }
            Err(DeliveryError::Temporary { reason, .. }) if attempts >= MAX_ATTEMPTS => {
                tracing::warn!(channel = %entry.channel, attempts, %reason, "delivery given up; kept as a dead letter");
                Failure::Dead { reason: format!("gave up after {attempts} attempts: {reason}") }
            }
            Err(DeliveryError::Temporary { reason, sent_parts, retry_after }) => {
                let wait = retry_after.map_or_else(|| backoff(attempts), |after| after.max(backoff(attempts)));
                tracing::warn!(channel = %entry.channel, attempts, %reason, retry_in_ms = wait.as_millis() as u64, "delivery failed; will retry");
                let next_attempt_at = Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default();
                if let Err(error) =
                    writer.delivery_failed(entry.id, Failure::Retry { next_attempt_at, sent_parts }).await
                {
                    tracing::error!(%error, "could not record a failed delivery");
                }
                return Some(wait);
            }
        };
        if let Err(error) = writer.delivery_failed(entry.id, failure).await {
            tracing::error!(%error, "could not record a dead letter");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Reply;
    use crate::store::{Conversation, Outgoing, SledStore, Speaker, StepCommit};

    fn reply_to(store: &dyn Store, conversation: &str) -> u64 {
        let at = Utc::now();
        let step = StepCommit {
            conversation: Conversation::new(conversation, "web", at),
            handled_inbound: None,
            transcript: vec![],
            outbox: vec![Outgoing {
                author: Speaker::Bot,
                replies: vec![Reply { text: "hello".into(), buttons: vec![] }],
                reply_token: None,
                worker_at: None,
            }],
            at,
        };
        store.commit_step(&step).unwrap()[0].id
    }

    #[test]
    fn known_entries_are_not_decoded_again_and_forgotten_ones_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path()).unwrap());
        let (a, b) = (reply_to(store.as_ref(), "web:a"), reply_to(store.as_ref(), "web:b"));
        let (feed, mut known) = (Feed::default(), Known::new());
        assert_eq!(pending(&store, &feed, &mut known).unwrap(), [a, b]);
        // Marks the copy in memory: were it read again, the mark would go.
        known.get_mut(&a).unwrap().attempts = 99;
        assert_eq!(pending(&store, &feed, &mut known).unwrap(), [a, b]);
        assert_eq!(known[&a].attempts, 99, "read from memory, not decoded again");
        store.forget("web:a").unwrap();
        assert_eq!(pending(&store, &feed, &mut known).unwrap(), [b], "the store decides what is pending");
        assert!(!known.contains_key(&a), "a forgotten reply is dropped from memory too");
    }

    #[test]
    fn entries_handed_over_after_a_commit_are_not_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path()).unwrap());
        let id = reply_to(store.as_ref(), "web:a");
        let mut handed = store.outbox_entry(id).unwrap().unwrap();
        // Marks the handed copy: were the entry read from the store, the mark would go.
        handed.attempts = 99;
        let (feed, mut known) = (Feed::default(), Known::new());
        feed.committed(vec![handed]);
        assert_eq!(pending(&store, &feed, &mut known).unwrap(), [id]);
        assert_eq!(known[&id].attempts, 99);
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        for _ in 0..50 {
            let first = backoff(1).as_millis();
            assert!((800..=1200).contains(&first), "{first}");
            let fourth = backoff(4).as_millis();
            assert!((6400..=9600).contains(&fourth), "{fourth}");
            let late = backoff(30).as_millis();
            assert!((480_000..=720_000).contains(&late), "{late}");
        }
    }
}
