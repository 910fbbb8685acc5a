//! Delivering replies from the durable outbox: every reply the runtime
//! committed is handed to its channel's sender, marked delivered on
//! success, and retried with growing delays on failure. A crash or an outage
//! delays replies; it never loses or duplicates a committed one.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::Notify;

use crate::store::{OutboxEntry, Store};

/// Why a delivery failed, and whether trying again can help.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("temporary failure: {0}")]
    Temporary(String),
}

pub type Delivery<'a> = Pin<Box<dyn Future<Output = Result<(), DeliveryError>> + Send + 'a>>;

/// One channel's way of getting a reply to the worker.
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

/// Delay before retry number `attempts` (1-based): 2 s, 4 s, 8 s … up to 10 min.
pub fn backoff(attempts: u32) -> Duration {
    Duration::from_secs(2u64.saturating_pow(attempts.clamp(1, 20)).min(600))
}

/// Runs until `shutdown` resolves: delivers whatever is due, then sleeps
/// until woken by a commit or until the next retry is due.
pub async fn run(
    store: Arc<dyn Store>,
    senders: HashMap<String, Arc<dyn Sender>>,
    ready: Arc<Notify>,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        let next_due = deliver_due(&store, &senders).await;
        let sleep = next_due.unwrap_or(Duration::from_secs(60));
        tokio::select! {
            _ = &mut shutdown => return,
            _ = ready.notified() => {}
            _ = tokio::time::sleep(sleep) => {}
        }
    }
}

/// Delivers every entry that is due; returns how long until the next one.
async fn deliver_due(store: &Arc<dyn Store>, senders: &HashMap<String, Arc<dyn Sender>>) -> Option<Duration> {
    let pending = match store.pending_outbox() {
        Ok(pending) => pending,
        Err(error) => {
            tracing::error!(%error, "cannot read the outbox");
            return Some(Duration::from_secs(5));
        }
    };
    let now = Utc::now();
    let mut next_due: Option<Duration> = None;
    for entry in pending {
        if entry.next_attempt_at > now {
            let wait = (entry.next_attempt_at - now).to_std().unwrap_or_default();
            next_due = Some(next_due.map_or(wait, |d| d.min(wait)));
            continue;
        }
        let Some(sender) = senders.get(&entry.channel) else {
            tracing::warn!(channel = %entry.channel, "no sender for this channel is switched on; keeping the reply");
            let retry = backoff(entry.attempts + 1);
            let _ = store.delivery_failed(entry.id, now + chrono::Duration::from_std(retry).unwrap_or_default());
            continue;
        };
        match sender.deliver(&entry).await {
            Ok(()) => {
                if let Err(error) = store.mark_delivered(entry.id) {
                    tracing::error!(%error, "delivered a reply but could not mark it");
                }
            }
            Err(error) => {
                let retry = backoff(entry.attempts + 1);
                tracing::warn!(%error, attempts = entry.attempts + 1, "delivery failed; will retry");
                let _ = store.delivery_failed(entry.id, now + chrono::Duration::from_std(retry).unwrap_or_default());
                next_due = Some(next_due.map_or(retry, |d| d.min(retry)));
            }
        }
    }
    next_due
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(2), Duration::from_secs(4));
        assert_eq!(backoff(5), Duration::from_secs(32));
        assert_eq!(backoff(30), Duration::from_secs(600));
    }
}
