//! Turning accepted worker events into engine steps, one conversation at a
//! time and in order, while different conversations run in parallel.
//!
//! The path of one event: `submit` stores it durably (dropping repeats) →
//! the conversation's queue → `handle`: load state, `engine::step`, commit
//! the new state, transcript and outbox in one write → wake the outbox and
//! anyone waiting on the conversation. A crash between any two of these
//! loses nothing: unhandled events are replayed by `recover` at start.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{Notify, broadcast, mpsc};

use crate::config::Clock;
use crate::engine::{self, Effect, Inbound, Input};
use crate::reload::WorldCell;
use crate::store::{
    Accepted, Conversation, Handoff, InboundEvent, QueuedInbound, Speaker, StepCommit, Store, StoreError,
};

/// Longest worker text kept in a transcript; the rest is cut with a mark,
/// so that one pasted document cannot fill the store.
const MAX_TRANSCRIPT_CHARS: usize = 4000;

pub struct Runtime {
    store: Arc<dyn Store>,
    world: Arc<WorldCell>,
    clock: Clock,
    /// One queue per conversation with events waiting; removed when empty.
    queues: Mutex<HashMap<String, mpsc::UnboundedSender<QueuedInbound>>>,
    /// Wakes the outbox sender after a commit.
    pub outbox_ready: Arc<Notify>,
    /// The id of every conversation that has new transcript lines.
    updates: broadcast::Sender<String>,
    /// Steps being handled right now; shutdown waits for them.
    in_flight: tokio::sync::watch::Sender<usize>,
}

impl Runtime {
    pub fn new(store: Arc<dyn Store>, world: Arc<WorldCell>, clock: Clock) -> Arc<Self> {
        let (updates, _) = broadcast::channel(1024);
        let (in_flight, _) = tokio::sync::watch::channel(0);
        Arc::new(Self {
            store,
            world,
            clock,
            queues: Mutex::new(HashMap::new()),
            outbox_ready: Arc::new(Notify::new()),
            updates,
            in_flight,
        })
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn world(&self) -> &Arc<WorldCell> {
        &self.world
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Stores an event durably and queues it. When this returns `Ok`, the
    /// event will be handled even if the process dies right after.
    pub async fn submit(self: &Arc<Self>, event: InboundEvent) -> Result<Accepted, StoreError> {
        let store = self.store.clone();
        let stored = event.clone();
        let accepted = tokio::task::spawn_blocking(move || store.accept_inbound(&stored))
            .await
            .map_err(|e| StoreError::Backend(e.to_string()))??;
        if let Accepted::New(seq) = accepted {
            self.enqueue(QueuedInbound { seq, event });
        }
        Ok(accepted)
    }

    /// Queues every accepted but unhandled event, oldest first.
    pub fn recover(self: &Arc<Self>) -> Result<usize, StoreError> {
        let pending = self.store.pending_inbound()?;
        let count = pending.len();
        for queued in pending {
            self.enqueue(queued);
        }
        if count > 0 {
            tracing::info!(count, "replaying events accepted before the last stop");
        }
        self.outbox_ready.notify_one();
        Ok(count)
    }

    /// Subscribes to "conversation X has new transcript lines".
    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.updates.subscribe()
    }

    /// Waits until no step is being handled and no event is queued.
    pub async fn drained(&self) {
        let mut watch = self.in_flight.subscribe();
        let _ = watch.wait_for(|count| *count == 0).await;
    }

    fn enqueue(self: &Arc<Self>, queued: QueuedInbound) {
        let conversation = queued.event.conversation.clone();
        let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        self.in_flight.send_modify(|count| *count += 1);
        if let Some(sender) = queues.get(&conversation) {
            // The worker task holds the receiver until it removes this entry
            // under the same lock, so the send cannot fail here.
            let _ = sender.send(queued);
            return;
        }
        let (sender, receiver) = mpsc::unbounded_channel();
        let _ = sender.send(queued);
        queues.insert(conversation.clone(), sender);
        let runtime = self.clone();
        tokio::spawn(async move { runtime.drain_conversation(conversation, receiver).await });
    }

    async fn drain_conversation(
        self: Arc<Self>,
        conversation: String,
        mut receiver: mpsc::UnboundedReceiver<QueuedInbound>,
    ) {
        loop {
            let next = {
                let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
                match receiver.try_recv() {
                    Ok(next) => next,
                    Err(_) => {
                        queues.remove(&conversation);
                        return;
                    }
                }
            };
            let runtime = self.clone();
            let result = tokio::task::spawn_blocking(move || runtime.handle(&next)).await;
            match result {
                Ok(Ok(())) => {}
                // The event stays in the inbound queue and is replayed at the next start.
                Ok(Err(error)) => {
                    tracing::error!(%error, "could not handle a worker event; it will be retried at restart")
                }
                Err(error) => {
                    tracing::error!(%error, "handling a worker event panicked; it will be retried at restart")
                }
            }
            self.in_flight.send_modify(|count| *count = count.saturating_sub(1));
        }
    }

    /// One engine step for one event, committed atomically.
    fn handle(&self, queued: &QueuedInbound) -> Result<(), StoreError> {
        let event = &queued.event;
        let world = self.world.get();
        let now = self.clock.now();
        let mut conversation = self
            .store
            .conversation(&event.conversation)?
            .unwrap_or_else(|| Conversation::new(&event.conversation, &event.channel, now));
        let inbound = Inbound { input: event.input.clone(), lang_hint: event.lang_hint.clone() };
        let (state, effects) = engine::step(&world, &conversation.engine, &inbound, now);

        let mut transcript = vec![(Speaker::Worker, worker_line(&conversation, &event.input), Vec::new())];
        let mut outbox = Vec::new();
        for effect in effects {
            match effect {
                Effect::Reply(reply) => {
                    transcript.push((Speaker::Bot, reply.text.clone(), reply.buttons.clone()));
                    outbox.push(reply);
                }
                Effect::Escalate { priority, topic, .. } => {
                    conversation.handoff = Handoff::Waiting { priority, topic, since: now };
                }
                Effect::Forget => {
                    self.store.forget(&event.conversation)?;
                    conversation = Conversation::new(&event.conversation, &event.channel, now);
                    // What the worker said to get here is deleted too.
                    transcript.clear();
                    outbox.clear();
                }
            }
        }
        let waiting_here = matches!(&state.position, engine::Position::Node { id }
            if world.script.nodes.get(id).is_some_and(|n| matches!(n.kind, engine::script::NodeKind::Escalate { .. })));
        if !waiting_here {
            conversation.handoff = Handoff::Bot;
        }
        conversation.last_buttons = outbox.last().map(|r| r.buttons.clone()).unwrap_or_default();
        conversation.engine = state;
        conversation.updated_at = now;
        let commit = StepCommit { conversation, handled_inbound: Some(queued.seq), transcript, outbox, at: now };
        self.store.commit_step(&commit)?;
        let _ = self.updates.send(event.conversation.clone());
        self.outbox_ready.notify_one();
        Ok(())
    }
}

/// What the transcript shows for the worker's input: their text (cut if
/// huge), or the label of the button they tapped.
fn worker_line(conversation: &Conversation, input: &Input) -> String {
    match input {
        Input::Text(text) => {
            let clean = engine::input::strip_controls(text);
            if clean.chars().count() > MAX_TRANSCRIPT_CHARS {
                let cut: String = clean.chars().take(MAX_TRANSCRIPT_CHARS).collect();
                format!("{cut} […]")
            } else {
                clean
            }
        }
        Input::Button(payload) => conversation
            .last_buttons
            .iter()
            .find(|b| &b.payload == payload)
            .map_or_else(|| format!("[{payload}]"), |b| b.label.clone()),
    }
}
