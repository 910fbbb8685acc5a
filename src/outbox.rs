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
use std::sync::Arc;
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

/// Runs until `shutdown` resolves: delivers whatever is due, then sleeps
/// until woken by a commit or until the next retry is due.
/// Deliveries are recorded through `writer`, batched with the runtime's
/// other writes.
pub async fn run(
    store: Arc<dyn Store>,
    writer: Arc<Writer>,
    senders: Senders,
    ready: Arc<Notify>,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    let senders = Arc::new(senders);
    loop {
        let next_due = deliver_due(&store, &writer, &senders).await;
        let sleep = next_due.unwrap_or(Duration::from_secs(60));
        tokio::select! {
            _ = &mut shutdown => return,
            _ = ready.notified() => {}
            _ = tokio::time::sleep(sleep) => {}
        }
    }
}

/// Delivers every entry that is due; returns how long until the next one.
async fn deliver_due(store: &Arc<dyn Store>, writer: &Arc<Writer>, senders: &Arc<Senders>) -> Option<Duration> {
    let pending = match store.pending_outbox(BATCH) {
        Ok(pending) => pending,
        Err(error) => {
            tracing::error!(%error, "cannot read the outbox");
            return Some(Duration::from_secs(5));
        }
    };
    let now = Utc::now();
    let full = pending.len() == BATCH;
    let mut next_due: Option<Duration> = None;
    let mut blocked: HashSet<String> = HashSet::new();
    let mut by_conversation: Vec<(String, Vec<OutboxEntry>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for entry in pending {
        if blocked.contains(&entry.conversation) {
            continue;
        }
        if entry.next_attempt_at > now {
            // Everything after it in this conversation waits for it.
            blocked.insert(entry.conversation.clone());
            let wait = (entry.next_attempt_at - now).to_std().unwrap_or_default();
            next_due = Some(next_due.map_or(wait, |d| d.min(wait)));
            continue;
        }
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
