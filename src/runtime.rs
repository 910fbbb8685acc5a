//! Turning accepted worker events and counselors' actions into committed
//! changes, one conversation at a time and in order, while different
//! conversations run in parallel.
//!
//! The path of one event: `submit` stores it durably (dropping repeats) →
//! the conversation's queue → `handle`: load state, step the engine (or stay
//! silent while a counselor holds the conversation), commit the new state,
//! transcript and outbox in one write → wake the outbox and anyone watching
//! the conversation. A crash between any two of these loses nothing:
//! unhandled events are replayed by `recover` at start.
//!
//! Counselors' actions (claim, reply, release, close …) go through the same
//! queue, so they never race a worker's message on the same conversation.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::config::Clock;
use crate::engine::script::Priority;
use crate::engine::{self, Effect, Inbound, Input, Reply};
use crate::outbox;
use crate::reload::WorldCell;
use crate::store::{
    Accepted, Case, Conversation, EventKind, Handoff, InboundEvent, Note, Outgoing, QueuedInbound, Speaker, StepCommit,
    Store, StoreError, Writer,
};

/// Longest worker text kept in a transcript; the rest is cut with a mark,
/// so that one pasted document cannot fill the store.
const MAX_TRANSCRIPT_CHARS: usize = 4000;

/// Longest counselor message or note accepted.
pub const MAX_COUNSELOR_CHARS: usize = 4000;

/// Finds the language a platform knows for a worker (LINE's profile API),
/// asked only when the conversation has no language yet.
pub trait LanguageLookup: Send + Sync {
    fn language<'a>(&'a self, conversation: &'a str) -> Pin<Box<dyn Future<Output = Option<String>> + Send + 'a>>;
}

/// What a counselor does to a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CounselorAction {
    Claim,
    Reply { text: String },
    Release,
    Close { outcome: String },
    Transfer { to: String },
    Note { text: String },
}

impl CounselorAction {
    /// The audit log's word for it.
    pub fn name(&self) -> &'static str {
        match self {
            CounselorAction::Claim => "claim",
            CounselorAction::Reply { .. } => "reply",
            CounselorAction::Release => "release",
            CounselorAction::Close { .. } => "close",
            CounselorAction::Transfer { .. } => "transfer",
            CounselorAction::Note { .. } => "note",
        }
    }
}

/// Who acts, and whether they may act on conversations others hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub login: String,
    pub admin: bool,
}

/// Why a counselor's action was refused.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("no such conversation")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Undeliverable(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Decides whether a counselor's message can still reach a worker on a
/// channel, given when the worker last wrote (platform reply windows).
pub type DeliveryWindow =
    fn(channel: &str, last_worker_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<(), String>;

enum Job {
    Event(QueuedInbound),
    Counselor { actor: Actor, action: CounselorAction, done: oneshot::Sender<Result<Conversation, ActionError>> },
}

pub struct Runtime {
    store: Arc<dyn Store>,
    world: Arc<WorldCell>,
    clock: Clock,
    /// One queue per conversation with work waiting; removed when empty.
    queues: Mutex<HashMap<String, mpsc::UnboundedSender<Job>>>,
    /// Wakes the outbox after a commit and hands it the new entries.
    pub outbox: Arc<outbox::Feed>,
    /// The id of every conversation that changed (new lines, new state).
    updates: broadcast::Sender<String>,
    /// Work being handled right now; shutdown waits for it.
    in_flight: tokio::sync::watch::Sender<usize>,
    languages: Mutex<HashMap<String, Arc<dyn LanguageLookup>>>,
    window: DeliveryWindow,
    /// Stores events, steps and deliveries in batches (group commit).
    writer: Arc<Writer>,
}

impl Runtime {
    pub fn new(store: Arc<dyn Store>, world: Arc<WorldCell>, clock: Clock) -> Arc<Self> {
        Self::with_window(store, world, clock, |_, _, _| Ok(()))
    }

    pub fn with_window(
        store: Arc<dyn Store>,
        world: Arc<WorldCell>,
        clock: Clock,
        window: DeliveryWindow,
    ) -> Arc<Self> {
        let (updates, _) = broadcast::channel(1024);
        let (in_flight, _) = tokio::sync::watch::channel(0);
        let writer = Arc::new(Writer::start(store.clone()));
        Arc::new(Self {
            store,
            world,
            clock,
            queues: Mutex::new(HashMap::new()),
            outbox: Arc::default(),
            updates,
            in_flight,
            languages: Mutex::new(HashMap::new()),
            window,
            writer,
        })
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Where the outbox records deliveries, batched with everything else.
    pub fn writer(&self) -> &Arc<Writer> {
        &self.writer
    }

    pub fn world(&self) -> &Arc<WorldCell> {
        &self.world
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Whether a counselor's message could reach this conversation now.
    pub fn can_deliver(&self, conversation: &Conversation) -> Result<(), String> {
        if conversation.unreachable {
            return Err("the worker blocked or unfollowed the bot; nothing can be sent".into());
        }
        // Platform windows run on real time, whatever SODAN_TODAY says.
        (self.window)(&conversation.channel, conversation.last_worker_at, Utc::now())
    }

    /// Registers where to find a worker's language on `channel`.
    pub fn set_language_lookup(&self, channel: &str, lookup: Arc<dyn LanguageLookup>) {
        self.languages.lock().unwrap_or_else(|p| p.into_inner()).insert(channel.to_string(), lookup);
    }

    /// Stores an event durably and queues it. When this returns `Ok`, the
    /// event will be handled even if the process dies right after.
    pub async fn submit(self: &Arc<Self>, event: InboundEvent) -> Result<Accepted, StoreError> {
        let accepted = self.writer.accept(event.clone()).await?;
        if let Accepted::New(seq) = accepted {
            self.enqueue(&event.conversation.clone(), Job::Event(QueuedInbound { seq, event }));
        }
        Ok(accepted)
    }

    /// Applies a counselor's action in the conversation's order.
    pub async fn act(
        self: &Arc<Self>,
        conversation: &str,
        actor: Actor,
        action: CounselorAction,
    ) -> Result<Conversation, ActionError> {
        let (done, result) = oneshot::channel();
        self.enqueue(conversation, Job::Counselor { actor, action, done });
        result.await.map_err(|_| ActionError::Store(StoreError::Backend("the action was dropped".into())))?
    }

    /// Queues every accepted but unhandled event, oldest first.
    pub fn recover(self: &Arc<Self>) -> Result<usize, StoreError> {
        let pending = self.store.pending_inbound()?;
        let count = pending.len();
        for queued in pending {
            self.enqueue(&queued.event.conversation.clone(), Job::Event(queued));
        }
        if count > 0 {
            tracing::info!(count, "replaying events accepted before the last stop");
        }
        self.outbox.wake();
        Ok(count)
    }

    /// Forgets the ids of events received long ago, at start and then every
    /// hour, until `stop`: the record of what was seen would otherwise grow
    /// with every message ever received.
    pub async fn expire_event_ids(self: Arc<Self>, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            let store = self.store.clone();
            // Platforms' redelivery runs on real time, whatever SODAN_TODAY says.
            let swept = tokio::task::spawn_blocking(move || store.expire_seen(Utc::now(), keep_event_ids())).await;
            match swept {
                Ok(Ok(0)) => {}
                Ok(Ok(count)) => tracing::info!(count, "forgot the ids of events received long ago"),
                Ok(Err(error)) => tracing::error!(%error, "could not forget old event ids; will try again"),
                Err(error) => tracing::error!(%error, "forgetting old event ids panicked; will try again"),
            }
            if pause(std::time::Duration::from_secs(3600), &mut stop).await {
                return;
            }
        }
    }

    /// Subscribes to "conversation X changed".
    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.updates.subscribe()
    }

    /// Waits until no work is being handled and none is queued.
    pub async fn drained(&self) {
        let mut watch = self.in_flight.subscribe();
        let _ = watch.wait_for(|count| *count == 0).await;
    }

    fn enqueue(self: &Arc<Self>, conversation: &str, job: Job) {
        let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        self.in_flight.send_modify(|count| *count += 1);
        if let Some(sender) = queues.get(conversation) {
            // The worker task holds the receiver until it removes this entry
            // under the same lock, so the send cannot fail here.
            let _ = sender.send(job);
            return;
        }
        let (sender, receiver) = mpsc::unbounded_channel();
        let _ = sender.send(job);
        queues.insert(conversation.to_string(), sender);
        let runtime = self.clone();
        let conversation = conversation.to_string();
        tokio::spawn(async move { runtime.drain_conversation(conversation, receiver).await });
    }

    async fn drain_conversation(self: Arc<Self>, conversation: String, mut receiver: mpsc::UnboundedReceiver<Job>) {
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
            match next {
                Job::Event(mut queued) => {
                    // A panic in the engine is caught so that the conversation's
                    // queue goes on; the event stays in the inbound queue and
                    // is replayed at the next start, like one that failed.
                    let handled = match self.store.conversation(&queued.event.conversation) {
                        Ok(known) => {
                            if queued.event.lang_hint.is_none()
                                && known.as_ref().is_none_or(|c| c.engine.lang.is_none())
                            {
                                queued.event.lang_hint = self.platform_language(&queued.event).await;
                            }
                            match unpanicked(|| self.step(&queued, known)) {
                                Ok(commit) => self.commit(commit).await,
                                Err(error) => Err(error),
                            }
                        }
                        Err(error) => Err(error),
                    };
                    if let Err(error) = handled {
                        tracing::error!(%error, "could not handle a worker event; it will be retried at restart");
                    }
                }
                Job::Counselor { actor, action, done } => {
                    let result = match unpanicked(|| self.apply(&conversation, &actor, action)) {
                        Ok(commit) => {
                            let changed = commit.conversation.clone();
                            self.commit(commit).await.map(|()| changed).map_err(ActionError::from)
                        }
                        Err(refused) => Err(refused),
                    };
                    let _ = done.send(result);
                }
            }
            self.in_flight.send_modify(|count| *count = count.saturating_sub(1));
        }
    }

    /// The platform's idea of the worker's language (asked for a
    /// conversation that has none yet).
    async fn platform_language(&self, event: &InboundEvent) -> Option<String> {
        let lookup = self.languages.lock().unwrap_or_else(|p| p.into_inner()).get(&event.channel).cloned()?;
        lookup.language(&event.conversation).await
    }

    /// Stores a step or action with whatever else is being written, then
    /// tells the outbox and anyone watching the conversation.
    async fn commit(&self, commit: StepCommit) -> Result<(), StoreError> {
        let id = commit.conversation.id.clone();
        let entries = self.writer.step(commit).await?;
        self.outbox.committed(entries);
        let _ = self.updates.send(id);
        Ok(())
    }

    /// One engine step for one event: everything it changes, to commit at once.
    /// `known` is the conversation as stored, if it exists.
    fn step(&self, queued: &QueuedInbound, known: Option<Conversation>) -> Result<StepCommit, StoreError> {
        let event = &queued.event;
        let world = self.world.get();
        let now = self.clock.now();
        let mut conversation = known.unwrap_or_else(|| Conversation::new(&event.conversation, &event.channel, now));
        if event.kind == EventKind::Unreachable {
            conversation.unreachable = true;
            conversation.updated_at = now;
            return Ok(StepCommit {
                conversation,
                handled_inbound: Some(queued.seq),
                transcript: vec![],
                outbox: vec![],
                at: now,
            });
        }
        conversation.unreachable = false;
        conversation.last_worker_at = Some(event.received_at);
        if let Handoff::Closed { .. } = conversation.handoff {
            // A closed case stays closed; the worker starts anew with the bot.
            conversation.handoff = Handoff::Bot;
        }
        let inbound = Inbound { input: event.input.clone(), lang_hint: event.lang_hint.clone() };
        let (state, effects) = match conversation.handoff {
            Handoff::Active { .. } => engine::step_held(&world, &conversation.engine, &inbound, now),
            _ => engine::step(&world, &conversation.engine, &inbound, now),
        };

        let mut transcript = vec![(Speaker::Worker, worker_line(&conversation, &event.input), Vec::new())];
        let mut replies = Vec::new();
        for effect in effects {
            match effect {
                Effect::Reply(reply) => {
                    transcript.push((Speaker::Bot, reply.text.clone(), reply.buttons.clone()));
                    replies.push(reply);
                }
                Effect::Escalate { priority, topic, facts } => {
                    let facts = facts.iter().map(|(k, v)| (k.clone(), describe(&world, v))).collect();
                    conversation.handoff = escalate(conversation.handoff, Case { priority, topic, since: now, facts });
                }
                Effect::Forget => {
                    self.store.forget(&event.conversation)?;
                    conversation = Conversation::new(&event.conversation, &event.channel, now);
                    conversation.last_worker_at = Some(event.received_at);
                    // What the worker said to get here is deleted too.
                    transcript.clear();
                    replies.clear();
                }
            }
        }
        if !replies.is_empty() {
            conversation.last_buttons = replies.last().map(|r| r.buttons.clone()).unwrap_or_default();
        }
        conversation.engine = state;
        conversation.updated_at = now;
        let outbox = outgoing(Speaker::Bot, replies, event.reply_token.clone(), Some(event.received_at));
        Ok(StepCommit { conversation, handled_inbound: Some(queued.seq), transcript, outbox, at: now })
    }

    /// A counselor's action, checked against who holds the conversation.
    fn apply(&self, id: &str, actor: &Actor, action: CounselorAction) -> Result<StepCommit, ActionError> {
        let now = self.clock.now();
        let mut conversation = self.store.conversation(id)?.ok_or(ActionError::NotFound)?;
        let mut transcript = Vec::new();
        let mut outbox = Vec::new();
        let held_by_other = |handoff: &Handoff| match handoff {
            Handoff::Active { counselor, .. } if *counselor != actor.login && !actor.admin => {
                Some(format!("{counselor} holds this conversation"))
            }
            _ => None,
        };
        match action {
            CounselorAction::Claim => {
                if let Some(refusal) = held_by_other(&conversation.handoff) {
                    return Err(ActionError::Conflict(refusal));
                }
                let case =
                    open_case(&conversation.handoff, now).ok_or_else(|| closed("this conversation is closed"))?;
                conversation.handoff = Handoff::Active { case, counselor: actor.login.clone(), claimed_at: now };
            }
            CounselorAction::Reply { text } => {
                match &conversation.handoff {
                    Handoff::Active { counselor, .. } if *counselor == actor.login || actor.admin => {}
                    Handoff::Active { counselor, .. } => {
                        return Err(ActionError::Conflict(format!("{counselor} holds this conversation")));
                    }
                    Handoff::Closed { .. } => return Err(ActionError::Conflict("this conversation is closed".into())),
                    _ => return Err(ActionError::Conflict("claim the conversation before replying".into())),
                }
                self.can_deliver(&conversation).map_err(ActionError::Undeliverable)?;
                transcript.push((Speaker::Counselor, text.clone(), Vec::new()));
                outbox = outgoing(
                    Speaker::Counselor,
                    vec![Reply { text, buttons: vec![] }],
                    None,
                    conversation.last_worker_at,
                );
            }
            CounselorAction::Release => {
                if let Some(refusal) = held_by_other(&conversation.handoff) {
                    return Err(ActionError::Conflict(refusal));
                }
                if !matches!(conversation.handoff, Handoff::Active { .. } | Handoff::Waiting(_)) {
                    return Err(ActionError::Conflict("only a waiting or claimed conversation can be released".into()));
                }
                conversation.handoff = Handoff::Bot;
                let world = self.world.get();
                let (state, effects) = engine::return_to_bot(&world, &conversation.engine, now);
                conversation.engine = state;
                let replies: Vec<Reply> = effects
                    .into_iter()
                    .filter_map(|e| match e {
                        Effect::Reply(reply) => Some(reply),
                        _ => None,
                    })
                    .collect();
                for reply in &replies {
                    transcript.push((Speaker::Bot, reply.text.clone(), reply.buttons.clone()));
                }
                if let Some(last) = replies.last() {
                    conversation.last_buttons = last.buttons.clone();
                }
                if self.can_deliver(&conversation).is_ok() {
                    outbox = outgoing(Speaker::Bot, replies, None, conversation.last_worker_at);
                }
            }
            CounselorAction::Close { outcome } => {
                if let Some(refusal) = held_by_other(&conversation.handoff) {
                    return Err(ActionError::Conflict(refusal));
                }
                let case = open_case(&conversation.handoff, now)
                    .ok_or_else(|| closed("this conversation is already closed"))?;
                conversation.handoff = Handoff::Closed { case, outcome, closed_at: now };
            }
            CounselorAction::Transfer { to } => {
                if let Some(refusal) = held_by_other(&conversation.handoff) {
                    return Err(ActionError::Conflict(refusal));
                }
                let case = match conversation.handoff.clone() {
                    Handoff::Waiting(case) | Handoff::Active { case, .. } => case,
                    _ => {
                        return Err(ActionError::Conflict(
                            "only a waiting or claimed conversation can be transferred".into(),
                        ));
                    }
                };
                conversation.handoff = Handoff::Active { case, counselor: to, claimed_at: now };
            }
            CounselorAction::Note { text } => {
                conversation.notes.push(Note { by: actor.login.clone(), text, at: now });
            }
        }
        conversation.updated_at = now;
        Ok(StepCommit { conversation, handled_inbound: None, transcript, outbox, at: now })
    }
}

/// Sleeps for `wait` unless sodan stops first; `true` when it stops.
pub async fn pause(wait: std::time::Duration, stop: &mut tokio::sync::watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = stop.wait_for(|stopped| *stopped) => true,
        _ = tokio::time::sleep(wait) => false,
    }
}

/// How long the ids of received events are kept to drop repeats. Telegram
/// keeps an undelivered update at most 24 hours (Bot API, "Getting
/// updates"); no source at hand gives LINE's or Meta's redelivery window,
/// so the margin is wide.
fn keep_event_ids() -> chrono::Duration {
    chrono::Duration::days(30)
}

/// Runs work that could panic (the engine on an unforeseen state) so that
/// a panic becomes an error for this one job instead of ending the
/// conversation's queue.
fn unpanicked<T, E: From<StoreError>>(work: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
        .unwrap_or_else(|_| Err(StoreError::Backend("handling panicked".into()).into()))
}

/// The case a counselor takes or closes: the queued one, or a new one when
/// a counselor steps into a conversation the bot had; `None` when closed.
fn open_case(handoff: &Handoff, now: DateTime<Utc>) -> Option<Case> {
    match handoff {
        Handoff::Waiting(case) | Handoff::Active { case, .. } => Some(case.clone()),
        Handoff::Bot => {
            Some(Case { priority: Priority::Normal, topic: "counselor".into(), since: now, facts: Default::default() })
        }
        Handoff::Closed { .. } => None,
    }
}

fn closed(why: &str) -> ActionError {
    ActionError::Conflict(why.to_string())
}

/// A new escalation on top of the current handoff: the queue keeps the
/// first waiting time, takes the higher priority and every fact learned.
fn escalate(current: Handoff, new: Case) -> Handoff {
    let merge = |mut old: Case| {
        old.priority = old.priority.max(new.priority);
        if new.priority > Priority::Normal || old.topic.is_empty() {
            old.topic = new.topic.clone();
        }
        old.facts.extend(new.facts.clone());
        old
    };
    match current {
        Handoff::Waiting(old) => Handoff::Waiting(merge(old)),
        Handoff::Active { case, counselor, claimed_at } => Handoff::Active { case: merge(case), counselor, claimed_at },
        Handoff::Bot | Handoff::Closed { .. } => Handoff::Waiting(new),
    }
}

/// A collected fact as a counselor reads it: `¥150,000`, `173 h`, `Tokyo (東京都)`.
fn describe(world: &engine::World, value: &engine::value::Value) -> String {
    use engine::value::{Value, group_decimal, group_thousands};
    match value {
        Value::Number(n) => group_decimal(*n),
        Value::Yen(yen) => format!("¥{}", group_thousands(*yen)),
        Value::Hours(h) => format!("{} h", group_decimal(*h)),
        Value::Date(date) => date.to_string(),
        Value::Prefecture(code) => world
            .reference
            .prefectures
            .by_code(*code)
            .map_or_else(|| format!("prefecture {code}"), |p| format!("{} ({})", p.en, p.ja)),
        Value::Text(text) => text.clone(),
    }
}

fn outgoing(
    author: Speaker,
    replies: Vec<Reply>,
    reply_token: Option<String>,
    worker_at: Option<DateTime<Utc>>,
) -> Vec<Outgoing> {
    if replies.is_empty() {
        return Vec::new();
    }
    vec![Outgoing { author, replies, reply_token, worker_at }]
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

#[cfg(test)]
mod tests {
    use super::*;

    fn case(priority: Priority, topic: &str, minute: u32) -> Case {
        use chrono::TimeZone;
        Case {
            priority,
            topic: topic.into(),
            since: Utc.with_ymd_and_hms(2026, 11, 23, 10, minute, 0).unwrap(),
            facts: [(topic.to_string(), "x".to_string())].into(),
        }
    }

    #[test]
    fn a_new_escalation_keeps_the_first_waiting_time_and_the_highest_priority() {
        let first = escalate(Handoff::Bot, case(Priority::Normal, "wage", 0));
        let second = escalate(first, case(Priority::Emergency, "emergency", 5));
        let Handoff::Waiting(case) = second else { panic!("still waiting") };
        assert_eq!(case.priority, Priority::Emergency);
        assert_eq!(case.topic, "emergency");
        assert_eq!(case.since, self::case(Priority::Normal, "wage", 0).since);
        assert_eq!(case.facts.len(), 2, "facts from both escalations are kept");
        let calmer = escalate(Handoff::Waiting(case), self::case(Priority::Normal, "overtime", 9));
        let Handoff::Waiting(case) = calmer else { panic!("still waiting") };
        assert_eq!(case.priority, Priority::Emergency, "a calm follow-up never lowers the priority");
        assert_eq!(case.topic, "emergency");
    }

    #[test]
    fn a_panic_while_handling_becomes_an_error_for_that_job() {
        let panicked: Result<(), StoreError> = unpanicked(|| panic!("an unforeseen state"));
        assert!(matches!(panicked, Err(StoreError::Backend(_))));
        let refused: Result<(), ActionError> = unpanicked(|| Err(ActionError::NotFound));
        assert!(matches!(refused, Err(ActionError::NotFound)), "other errors pass through");
        assert_eq!(unpanicked::<_, StoreError>(|| Ok(7)).unwrap(), 7);
    }

    #[test]
    fn a_counselor_keeps_a_conversation_when_danger_is_detected() {
        use chrono::TimeZone;
        let held = Handoff::Active {
            case: case(Priority::Normal, "wage", 0),
            counselor: "mai".into(),
            claimed_at: Utc.with_ymd_and_hms(2026, 11, 23, 10, 1, 0).unwrap(),
        };
        let Handoff::Active { case, counselor, .. } = escalate(held, case(Priority::Emergency, "emergency", 3)) else {
            panic!("still held")
        };
        assert_eq!(counselor, "mai");
        assert_eq!(case.priority, Priority::Emergency);
    }
}
