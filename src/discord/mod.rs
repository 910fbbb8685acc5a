//! The Discord counselor relay: counselors follow and answer escalated
//! conversations from threads in one Discord channel, as they would from
//! the web console. It is on when `DISCORD_BOT_TOKEN` and
//! `DISCORD_COUNSELOR_CHANNEL_ID` are set.
//!
//! Two tasks share one [`Relay`]:
//! - [`Relay::forward`] listens to the runtime's "conversation changed"
//!   broadcast. A conversation that enters the queue gets a summary message
//!   in the counselors' channel and a thread under it; afterwards its new
//!   transcript lines and changes of state (claimed, released, closed, an
//!   emergency) are posted into that thread. What has been relayed is kept
//!   in the store (`put_link`), so a restart neither repeats nor loses lines.
//! - the gateway client hands every message to [`Relay::on_message`]: in a
//!   relay thread, `!claim`, `!release`, `!close`, `!note` and plain text
//!   become the same runtime actions the console uses, written to the audit
//!   log as `discord:<username>`; a refusal is answered in the thread.
//!
//! The decisions are pure functions in [`relay`]; this file does the I/O.
//! REST calls go through serenity's `Http`, whose base URL
//! `DISCORD_API_URL` can point at a fake (serenity's own rate limiter is
//! then off: it would not use the other base). Messages from the gateway
//! need the privileged MESSAGE CONTENT intent.
//!
//! Logs name a conversation only by [`relay::reference`] (a WhatsApp id is
//! a phone number), and never carry message text or Discord user names.

pub mod relay;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use serenity::builder::{CreateAllowedMentions, CreateMessage, CreateThread};
use serenity::client::{ClientBuilder, Context, EventHandler};
use serenity::http::{Http, HttpBuilder};
use serenity::model::channel::{AutoArchiveDuration, Message, ReactionType};
use serenity::model::gateway::{GatewayIntents, Ready};
use serenity::model::id::{ChannelId, MessageId};
use tokio::sync::{broadcast, watch};

use crate::config::{DiscordArgs, all_or_none};
use crate::runtime::{ActionError, Actor, CounselorAction, Runtime};
use crate::store::{AuditEntry, Conversation, Handoff, Store};
use relay::{Inbound, Relayed};

/// Store space: conversation id → [`Relayed`] as JSON.
pub const CONVERSATIONS: &str = "discord";
/// Store space: thread id → conversation id.
pub const THREADS: &str = "discord-thread";

/// The longest pause between attempts after failures.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// The relay's settings, validated.
#[derive(Clone)]
pub struct Settings {
    pub token: String,
    /// The text channel in which each escalated conversation gets a thread.
    pub channel: u64,
    /// Another REST base than `https://discord.com` (a fake, in tests).
    pub api_url: Option<String>,
}

/// Without the token.
impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings").field("channel", &self.channel).field("api_url", &self.api_url).finish()
    }
}

impl Settings {
    /// The relay's settings, `None` when it is off, or why they are wrong.
    pub fn from_args(args: &DiscordArgs) -> Result<Option<Self>, String> {
        let Some([token, channel]) = all_or_none(
            "The Discord relay",
            [
                ("DISCORD_BOT_TOKEN", &args.discord_bot_token),
                ("DISCORD_COUNSELOR_CHANNEL_ID", &args.discord_counselor_channel_id),
            ],
        )?
        else {
            return Ok(None);
        };
        let channel = channel.trim().parse::<u64>().ok().filter(|id| *id > 0).ok_or_else(|| {
            format!(
                "DISCORD_COUNSELOR_CHANNEL_ID `{channel}` is not a Discord channel id: turn on Developer Mode in \
                 Discord, right-click the counselors' channel, choose Copy Channel ID and use that number"
            )
        })?;
        let api_url = match args.discord_api_url.as_deref().filter(|u| !u.trim().is_empty()) {
            Some(url) => Some(crate::channels::api_base("DISCORD_API_URL", url.trim())?),
            None => None,
        };
        Ok(Some(Self { token: token.trim().to_string(), channel, api_url }))
    }

    fn http(&self) -> Result<Http, String> {
        let client =
            crate::channels::http_client().map_err(|e| format!("cannot build the HTTP client for Discord: {e}"))?;
        let mut builder = HttpBuilder::new(&self.token).client(client);
        if let Some(url) = &self.api_url {
            // serenity's rate limiter sends to discord.com whatever the proxy says.
            builder = builder.proxy(url).ratelimiter_disabled(true);
        }
        Ok(builder.build())
    }
}

/// Runs the relay until `stop` turns true: the gateway client and the
/// forwarding of conversations into threads.
pub async fn run(settings: Settings, runtime: Arc<Runtime>, stop: watch::Receiver<bool>) {
    let relay = match Relay::new(&settings, runtime) {
        Ok(relay) => relay,
        Err(error) => {
            tracing::error!(%error, "the Discord relay cannot start");
            return;
        }
    };
    tracing::info!("Discord relay switched on");
    let forward = tokio::spawn(relay.clone().forward(stop.clone()));
    gateway(&settings, relay, stop).await;
    let _ = forward.await;
}

/// The relay's shared state.
pub struct Relay {
    http: Arc<Http>,
    runtime: Arc<Runtime>,
    channel: ChannelId,
    /// Replies sent from threads and not yet seen back in a transcript, by
    /// conversation: their lines are not posted into the thread again.
    echoes: Mutex<HashMap<String, Vec<[u8; 32]>>>,
}

impl Relay {
    pub fn new(settings: &Settings, runtime: Arc<Runtime>) -> Result<Arc<Self>, String> {
        Ok(Arc::new(Self {
            http: Arc::new(settings.http()?),
            runtime,
            channel: ChannelId::new(settings.channel),
            echoes: Mutex::new(HashMap::new()),
        }))
    }

    fn store(&self) -> &Arc<dyn Store> {
        self.runtime.store()
    }

    // ------------------------------------------------ Discord → sodan

    /// Handles one message from the gateway.
    pub async fn on_message(&self, message: &Message) {
        let conversation = if message.author.bot {
            None
        } else {
            match self.store().link(THREADS, &message.channel_id.get().to_string()) {
                Ok(found) => found,
                Err(error) => {
                    tracing::error!(%error, "cannot read the Discord thread links");
                    return;
                }
            }
        };
        match relay::classify(message, conversation.as_deref()) {
            Inbound::Ignore(why) => tracing::debug!(why, "Discord message ignored"),
            Inbound::Answer(text) => self.answer(message, &text).await,
            Inbound::Act { conversation, actor, action } => self.act(message, &conversation, actor, action).await,
        }
    }

    async fn act(&self, message: &Message, conversation: &str, login: String, action: CounselorAction) {
        let name = action.name();
        let detail = match &action {
            CounselorAction::Close { outcome } => Some(outcome.clone()),
            _ => None,
        };
        let echo = match &action {
            CounselorAction::Reply { text } => Some(relay::echo_digest(text)),
            _ => None,
        };
        if let Some(digest) = echo {
            self.echoes().entry(conversation.to_string()).or_default().push(digest);
        }
        let actor = Actor { login: login.clone(), admin: false };
        let reference = relay::reference(conversation);
        match self.runtime.act(conversation, actor, action).await {
            Ok(_) => {
                tracing::info!(conversation = %reference, action = name, "counselor action from Discord");
                let entry = AuditEntry {
                    at: Utc::now(),
                    who: login,
                    action: name.to_string(),
                    conversation: Some(conversation.to_string()),
                    detail,
                };
                if let Err(error) = self.store().audit(&entry) {
                    tracing::error!(%error, "could not write the audit log");
                }
                if matches!(name, "reply" | "note") {
                    self.acknowledge(message).await;
                }
            }
            Err(error) => {
                if let Some(digest) = echo {
                    self.forget_echo(conversation, &digest);
                }
                let why = match &error {
                    ActionError::NotFound => "this conversation no longer exists".to_string(),
                    ActionError::Conflict(why) | ActionError::Undeliverable(why) => why.clone(),
                    ActionError::Store(store) => {
                        tracing::error!(error = %store, "a counselor action from Discord could not be stored");
                        "sodan could not save this; try again in a moment".to_string()
                    }
                };
                tracing::info!(conversation = %reference, action = name, "counselor action from Discord refused");
                self.answer(message, &format!("⚠️ Not done: {why}.")).await;
            }
        }
    }

    fn echoes(&self) -> std::sync::MutexGuard<'_, HashMap<String, Vec<[u8; 32]>>> {
        self.echoes.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether a counselor line is one sent from its thread; consumes it.
    fn forget_echo(&self, conversation: &str, digest: &[u8; 32]) -> bool {
        let mut echoes = self.echoes();
        let Some(pending) = echoes.get_mut(conversation) else { return false };
        let Some(index) = pending.iter().position(|d| d == digest) else { return false };
        pending.remove(index);
        if pending.is_empty() {
            echoes.remove(conversation);
        }
        true
    }

    /// Answers in the thread, as a reply to the counselor's message.
    async fn answer(&self, message: &Message, text: &str) {
        for piece in
            crate::channels::render::split_text(text, relay::MESSAGE_LIMIT, crate::channels::render::Units::Chars)
        {
            let builder = quiet(CreateMessage::new().content(piece)).reference_message(message);
            if let Err(error) = message.channel_id.send_message(&*self.http, builder).await {
                tracing::warn!(%error, "could not answer in a Discord thread");
                return;
            }
        }
    }

    /// A ✅ under a counselor's message that was accepted.
    async fn acknowledge(&self, message: &Message) {
        let check = ReactionType::Unicode("✅".to_string());
        if let Err(error) = message.channel_id.create_reaction(&*self.http, message.id, check).await {
            tracing::debug!(%error, "could not add a reaction in a Discord thread");
        }
    }

    // ------------------------------------------------ sodan → Discord

    /// Relays changed conversations into their threads until `stop` turns
    /// true. Conversations whose relay failed (Discord unreachable, a
    /// missing permission) are tried again with a growing pause.
    pub async fn forward(self: Arc<Self>, mut stop: watch::Receiver<bool>) {
        // Subscribe first, so that nothing changes unseen during the catch-up.
        let mut updates = self.runtime.subscribe();
        let mut dirty = self.catch_up();
        let mut failed = BTreeSet::new();
        let mut failures = 0u32;
        loop {
            while let Some(id) = dirty.pop_first() {
                if *stop.borrow() {
                    return;
                }
                if let Err(error) = self.sync(&id).await {
                    tracing::warn!(conversation = %relay::reference(&id), %error, "could not relay to Discord; will retry");
                    failed.insert(id);
                }
            }
            let retry = if failed.is_empty() {
                failures = 0;
                None
            } else {
                failures += 1;
                Some(crate::outbox::backoff(failures).min(MAX_BACKOFF))
            };
            let retry = async move {
                match retry {
                    Some(wait) => tokio::time::sleep(wait).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = stopped(&mut stop) => return,
                update = updates.recv() => match update {
                    Ok(id) => {
                        dirty.insert(id);
                        while let Ok(id) = updates.try_recv() {
                            dirty.insert(id);
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(_)) => dirty = self.catch_up(),
                    Err(broadcast::error::RecvError::Closed) => return,
                },
                _ = retry => dirty.append(&mut failed),
            }
        }
    }

    /// Every conversation the relay may owe something: those with a
    /// thread, and those waiting or claimed without one.
    fn catch_up(&self) -> BTreeSet<String> {
        match self.store().conversations() {
            Ok(all) => all
                .into_iter()
                .filter(|c| {
                    matches!(c.handoff, Handoff::Waiting(_) | Handoff::Active { .. })
                        || self.relayed(&c.id).ok().flatten().is_some()
                })
                .map(|c| c.id)
                .collect(),
            Err(error) => {
                tracing::error!(%error, "cannot list conversations for the Discord relay");
                BTreeSet::new()
            }
        }
    }

    fn relayed(&self, id: &str) -> Result<Option<Relayed>, String> {
        let Some(json) = self.store().link(CONVERSATIONS, id).map_err(|e| e.to_string())? else { return Ok(None) };
        serde_json::from_str(&json).map(Some).map_err(|e| format!("a Discord relay record is corrupt: {e}"))
    }

    fn save(&self, id: &str, relayed: &Relayed) -> Result<(), String> {
        let json = serde_json::to_string(relayed).map_err(|e| e.to_string())?;
        self.store().put_link(CONVERSATIONS, id, Some(&json)).map_err(|e| e.to_string())
    }

    /// Brings one conversation's thread up to date.
    async fn sync(&self, id: &str) -> Result<(), String> {
        let conversation = self.store().conversation(id).map_err(|e| e.to_string())?;
        let mut relayed = self.relayed(id)?;
        if let Some(old) = &relayed
            && conversation.as_ref().is_none_or(|c| c.created_at != old.since)
        {
            self.forgotten(id, old).await?;
            relayed = None;
        }
        let Some(conversation) = conversation else { return Ok(()) };
        let backlog = match relayed {
            Some(mut relayed) => {
                let announced = relay::status_lines(&relayed, &conversation);
                let back_in_queue = !relayed.was_open() && relay::relays_lines(&relayed, &conversation);
                let post_lines = relay::relays_lines(&relayed, &conversation);
                // Not saved until the lines are out too: a failure in between
                // may repeat an announcement, but never loses a line.
                for text in &announced {
                    self.post(ChannelId::new(relayed.thread), text).await?;
                }
                if !post_lines {
                    relayed.observe(&conversation);
                    return self.save(id, &relayed);
                }
                let backlog = back_in_queue.then_some(relay::BACKLOG_LINES);
                return self.post_lines(&conversation, relayed, backlog).await;
            }
            None if matches!(conversation.handoff, Handoff::Waiting(_) | Handoff::Active { .. }) => {
                Some(relay::BACKLOG_LINES)
            }
            None => return Ok(()),
        };
        let relayed = self.open_thread(&conversation).await?;
        self.post_lines(&conversation, relayed, backlog).await
    }

    /// The summary in the counselors' channel and a thread under it.
    async fn open_thread(&self, conversation: &Conversation) -> Result<Relayed, String> {
        let summary = relay::summary(conversation);
        let first = summary.first().cloned().unwrap_or_default();
        let starter = self
            .channel
            .send_message(&*self.http, quiet(CreateMessage::new().content(first)))
            .await
            .map_err(|e| format!("posting a case to the counselors' channel failed: {e}"))?;
        let thread =
            CreateThread::new(relay::thread_name(conversation)).auto_archive_duration(AutoArchiveDuration::OneWeek);
        let thread = self
            .channel
            .create_thread_from_message(&*self.http, starter.id, thread)
            .await
            .map_err(|e| format!("opening a thread failed: {e}"))?;
        let relayed = Relayed::opened(thread.id.get(), conversation);
        // Stored at once: a failure from here on must not open a second thread.
        self.save(&conversation.id, &relayed)?;
        self.store()
            .put_link(THREADS, &thread.id.get().to_string(), Some(&conversation.id))
            .map_err(|e| e.to_string())?;
        tracing::info!(conversation = %relay::reference(&conversation.id), "opened a Discord thread for a case");
        for piece in summary.iter().skip(1) {
            self.post(thread.id, piece).await?;
        }
        Ok(relayed)
    }

    /// Posts the transcript lines after `relayed.seq`, saving progress
    /// after each message, then the state as announced.
    async fn post_lines(
        &self,
        conversation: &Conversation,
        mut relayed: Relayed,
        backlog: Option<usize>,
    ) -> Result<(), String> {
        let entries = self.store().transcript(&conversation.id, relayed.seq).map_err(|e| e.to_string())?;
        let (posts, last) = relay::plan_lines(
            &entries,
            |entry| self.forget_echo(&conversation.id, &relay::echo_digest(&entry.text)),
            backlog,
        );
        let thread = ChannelId::new(relayed.thread);
        for post in posts {
            self.post(thread, &post.text).await?;
            if let Some(seq) = post.done_seq {
                relayed.seq = seq;
                self.save(&conversation.id, &relayed)?;
            }
        }
        if let Some(seq) = last {
            relayed.seq = relayed.seq.max(seq);
        }
        relayed.observe(conversation);
        self.save(&conversation.id, &relayed)
    }

    /// The worker used `/forget`: their old thread goes too (it needs the
    /// Manage Threads permission; without it, counselors are asked to).
    async fn forgotten(&self, id: &str, old: &Relayed) -> Result<(), String> {
        let thread = ChannelId::new(old.thread);
        let deleted = thread.delete(&*self.http).await;
        if let Err(error) = &deleted {
            tracing::warn!(%error, "could not delete the thread of a forgotten conversation");
            self.post(
                thread,
                "🗑️ The worker asked sodan to forget this conversation, and sodan deleted what it stored. \
                 Please delete this thread and its message in the channel.",
            )
            .await?;
        } else {
            // The thread's starter message has the thread's id.
            let starter = MessageId::new(old.thread);
            if let Err(error) = self.channel.delete_message(&*self.http, starter).await {
                tracing::warn!(%error, "could not delete the summary of a forgotten conversation");
            }
        }
        self.echoes().remove(id);
        self.store().put_link(THREADS, &old.thread.to_string(), None).map_err(|e| e.to_string())?;
        self.store().put_link(CONVERSATIONS, id, None).map_err(|e| e.to_string())?;
        tracing::info!(conversation = %relay::reference(id), "a forgotten conversation left Discord");
        Ok(())
    }

    async fn post(&self, channel: ChannelId, text: &str) -> Result<(), String> {
        channel
            .send_message(&*self.http, quiet(CreateMessage::new().content(text)))
            .await
            .map(|_| ())
            .map_err(|e| format!("posting to Discord failed: {e}"))
    }
}

/// Resolves when `stop` turns true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// A message that pings nobody, whatever a worker wrote (`@everyone`).
fn quiet(message: CreateMessage) -> CreateMessage {
    message.allowed_mentions(CreateAllowedMentions::new())
}

// ------------------------------------------------------------ the gateway

struct Handler {
    relay: Arc<Relay>,
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn message(&self, _context: Context, message: Message) {
        self.relay.on_message(&message).await;
    }

    async fn ready(&self, _context: Context, ready: Ready) {
        tracing::info!(guilds = ready.guilds.len(), "connected to the Discord gateway");
    }
}

/// The intents the relay needs: guild messages, and their text (privileged:
/// switch it on for the bot in the Developer Portal).
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT
}

/// Keeps a gateway connection until `stop`, reconnecting with a growing
/// pause when Discord refuses or cannot be reached.
async fn gateway(settings: &Settings, relay: Arc<Relay>, mut stop: watch::Receiver<bool>) {
    let mut failures = 0u32;
    loop {
        if *stop.borrow() {
            return;
        }
        // Checks the token and the REST base first: a refused token is
        // reported plainly, and a fake REST base never leads to the real gateway.
        let checked = relay.http.get_bot_gateway().await;
        let error = match checked {
            Err(serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(response)))
                if response.status_code == reqwest::StatusCode::UNAUTHORIZED =>
            {
                "Discord refused DISCORD_BOT_TOKEN (401): copy the bot's token again from the Developer Portal"
                    .to_string()
            }
            Err(error) => format!("cannot use Discord's API: {error}"),
            Ok(_) => match settings.http() {
                Err(error) => error,
                Ok(http) => {
                    let handler = Handler { relay: relay.clone() };
                    match ClientBuilder::new_with_http(http, intents()).event_handler(handler).await {
                        Err(error) => format!("the Discord client could not start: {error}"),
                        Ok(mut client) => {
                            let shards = client.shard_manager.clone();
                            tokio::select! {
                                result = client.start() => match result {
                                    Ok(()) => "the Discord gateway closed".to_string(),
                                    Err(serenity::Error::Gateway(serenity::gateway::GatewayError::DisallowedGatewayIntents)) => {
                                        "Discord refused the MESSAGE CONTENT intent: switch it on for the bot in the \
                                         Developer Portal (Bot → Privileged Gateway Intents)"
                                            .to_string()
                                    }
                                    Err(error) => format!("the Discord gateway failed: {error}"),
                                },
                                _ = stopped(&mut stop) => {
                                    shards.shutdown_all().await;
                                    return;
                                }
                            }
                        }
                    }
                }
            },
        };
        failures += 1;
        tracing::error!(%error, "Discord relay: no gateway connection; trying again");
        let wait = crate::outbox::backoff(failures).min(MAX_BACKOFF);
        tokio::select! {
            _ = stopped(&mut stop) => return,
            _ = tokio::time::sleep(wait) => {}
        }
    }
}
