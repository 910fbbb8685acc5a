//! Group commit for the path of a message: one thread takes whatever
//! writes have gathered (webhook events, handled steps, deliveries and
//! failed attempts) and
//! stores them as one batch with one flush. Under a burst that turns an
//! fsync and a few thread switches per write into one of each per batch;
//! alone, a write waits for nobody.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use super::{Accepted, Failure, InboundEvent, OutboxEntry, Result, StepCommit, Store, StoreError, Write, Written};

/// Most writes stored together; a larger burst is split.
const MAX_BATCH: usize = 256;

/// How long a batch waits for more writes when the last one held several
/// (the system is busy): each flush costs a disk write and a few thread
/// switches, so under load fewer, bigger batches leave more of the CPU to
/// the work itself. A lone write never waits.
const BUSY_LINGER: Duration = Duration::from_micros(200);

type Request = (Write, oneshot::Sender<Result<Written>>);

pub struct Writer {
    queue: std::sync::mpsc::Sender<Request>,
}

impl Writer {
    /// Starts the writing thread; it ends when the `Writer` is dropped.
    pub fn start(store: Arc<dyn Store>) -> Self {
        let (queue, requests) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("sodan-writer".into())
            .spawn(move || write_batches(store.as_ref(), requests))
            .expect("a thread to write to the store");
        Self { queue }
    }

    /// Stores one write durably, together with whatever else is waiting.
    pub async fn write(&self, write: Write) -> Result<Written> {
        let stopped = || StoreError::Backend("the store's writer has stopped".into());
        let (done, written) = oneshot::channel();
        self.queue.send((write, done)).map_err(|_| stopped())?;
        written.await.map_err(|_| stopped())?
    }

    pub async fn accept(&self, event: InboundEvent) -> Result<Accepted> {
        self.write(Write::Accept(event)).await?.accepted()
    }

    pub async fn step(&self, step: StepCommit) -> Result<Vec<OutboxEntry>> {
        self.write(Write::Step(Box::new(step))).await?.step()
    }

    pub async fn delivered(&self, outbox_id: u64) -> Result<()> {
        self.write(Write::Delivered(outbox_id)).await?.recorded()
    }

    pub async fn delivery_failed(&self, outbox_id: u64, failure: Failure) -> Result<()> {
        self.write(Write::DeliveryFailed { outbox_id, failure }).await?.recorded()
    }
}

fn write_batches(store: &dyn Store, requests: std::sync::mpsc::Receiver<Request>) {
    let mut busy = false;
    while let Ok(first) = requests.recv() {
        let mut batch = vec![first];
        let until = Instant::now() + if busy { BUSY_LINGER } else { Duration::ZERO };
        while batch.len() < MAX_BATCH {
            match requests.recv_timeout(until.saturating_duration_since(Instant::now())) {
                Ok(more) => batch.push(more),
                Err(_) => break,
            }
        }
        busy = batch.len() > 1;
        let (writes, answers): (Vec<Write>, Vec<_>) = batch.into_iter().unzip();
        // A panic in the store fails this batch (the webhooks answer 503
        // and the platforms send again) but not every write after it.
        let written = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| store.write(&writes)))
            .unwrap_or_else(|_| vec![Err(StoreError::Backend("the store panicked".into())); writes.len()]);
        for (answer, written) in answers.into_iter().zip(written) {
            let _ = answer.send(written);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::*;
    use crate::store::{Account, AuditEntry, Conversation, QueuedInbound, Session, TranscriptEntry};

    /// Panics on its first batch, then answers every write as recorded.
    #[derive(Default)]
    struct PanicsOnce {
        panicked: AtomicBool,
    }

    impl Store for PanicsOnce {
        fn write(&self, batch: &[Write]) -> Vec<Result<Written>> {
            if !self.panicked.swap(true, Ordering::SeqCst) {
                panic!("a bug in the store");
            }
            batch.iter().map(|_| Ok(Written::Recorded)).collect()
        }
        fn expire_seen(&self, _: chrono::DateTime<chrono::Utc>, _: chrono::Duration) -> Result<usize> {
            unreachable!()
        }
        fn pending_inbound(&self) -> Result<Vec<QueuedInbound>> {
            unreachable!()
        }
        fn conversation(&self, _: &str) -> Result<Option<Conversation>> {
            unreachable!()
        }
        fn conversations(&self) -> Result<Vec<Conversation>> {
            unreachable!()
        }
        fn transcript(&self, _: &str, _: u64) -> Result<Vec<TranscriptEntry>> {
            unreachable!()
        }
        fn pending_outbox_ids(&self, _: usize) -> Result<Vec<u64>> {
            unreachable!()
        }
        fn outbox_entry(&self, _: u64) -> Result<Option<OutboxEntry>> {
            unreachable!()
        }
        fn dead_letters(&self) -> Result<Vec<OutboxEntry>> {
            unreachable!()
        }
        fn forget(&self, _: &str) -> Result<()> {
            unreachable!()
        }
        fn put_account(&self, _: &Account) -> Result<()> {
            unreachable!()
        }
        fn account(&self, _: &str) -> Result<Option<Account>> {
            unreachable!()
        }
        fn accounts(&self) -> Result<Vec<Account>> {
            unreachable!()
        }
        fn put_session(&self, _: &Session) -> Result<()> {
            unreachable!()
        }
        fn session(&self, _: &str) -> Result<Option<Session>> {
            unreachable!()
        }
        fn remove_session(&self, _: &str) -> Result<()> {
            unreachable!()
        }
        fn audit(&self, _: &AuditEntry) -> Result<()> {
            unreachable!()
        }
        fn audit_log(&self, _: usize) -> Result<Vec<AuditEntry>> {
            unreachable!()
        }
        fn put_link(&self, _: &str, _: &str, _: Option<&str>) -> Result<()> {
            unreachable!()
        }
        fn link(&self, _: &str, _: &str) -> Result<Option<String>> {
            unreachable!()
        }
        fn flush(&self) -> Result<()> {
            unreachable!()
        }
    }

    #[tokio::test]
    async fn a_panic_in_the_store_fails_its_batch_and_the_writer_goes_on() {
        let writer = Writer::start(Arc::new(PanicsOnce::default()));
        assert!(writer.delivered(1).await.is_err(), "the batch that panicked fails");
        writer.delivered(2).await.expect("the next batch is written");
    }
}
