//! Telegram Bot API, with teloxide's types.
//!
//! Updates arrive by long polling (`getUpdates`, the default) or, when
//! `TELEGRAM_WEBHOOK_URL` is set, at `POST /webhooks/telegram`, where the
//! `X-Telegram-Bot-Api-Secret-Token` header is compared in constant time
//! with `TELEGRAM_WEBHOOK_SECRET` when one is set. Updates are parsed into
//! teloxide's [`Update`]; text messages and button taps (callback queries)
//! in private chats are worker input, a worker blocking the bot stops
//! sending, and everything else (groups, channels, edits, unknown kinds) is
//! acknowledged and ignored.
//!
//! Dedup keys are stable per content — `msg:{chat}:{message}` and
//! `cb:{callback query id}` — because Telegram's `update_id`s restart at
//! random after a quiet week. In polling mode the offset moves past an
//! update only once it is durably stored, so a crash makes Telegram send it
//! again, and the store drops the repeat.
//!
//! Calls go to `{TELEGRAM_API_URL}/bot{token}/{method}` with the Bot API's
//! own method names (`sendMessage`, `getUpdates` …) and JSON bodies built
//! from teloxide's payload types. sodan does not use teloxide's `Bot` to
//! send them: it names methods `SendMessage`, sends `setWebhook` as
//! multipart, sleeps 10 s inside every call answered with a 5xx and drops
//! the HTTP status, none of which suits a durable outbox with its own
//! backoff. Text goes out as plain text (no `parse_mode`), at most 4,096
//! UTF-16 units per message, with choices as an inline keyboard on the last.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use teloxide::ApiError;
use teloxide::payloads::{AnswerCallbackQuery, DeleteWebhook, GetUpdates, SendMessage, SetMyCommands, SetWebhook};
use teloxide::requests::Payload;
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQuery, CallbackQueryId, ChatId, ChatMemberUpdated, InlineKeyboardButton,
    InlineKeyboardMarkup, MediaKind, Message, MessageKind, ReplyMarkup, ResponseParameters, Update, UpdateKind,
};
use tokio::sync::watch;

use super::render::{ButtonLimits, Units, fit_buttons, split_text};
use super::{Channel, MAX_WEBHOOK_BYTES, accept, api_base, signature};
use crate::engine::{Button, Input};
use crate::outbox::{Delivery, DeliveryError, Sender};
use crate::runtime::{Runtime, pause};
use crate::store::{EventKind, InboundEvent, OutboxEntry};

pub const CHANNEL: &str = "telegram";
/// `sendMessage` text, in UTF-16 code units after entity parsing (none here).
const MAX_TEXT_UTF16: usize = 4096;
/// `callback_data` is 1–64 bytes.
const MAX_CALLBACK_DATA_BYTES: usize = 64;
/// Telegram allows about a hundred buttons; labels are kept short enough
/// to read on a small phone.
const KEYBOARD: ButtonLimits = ButtonLimits { max_buttons: 100, max_label: 64, units: Units::Chars };
/// Labels at most this long go two to a row when there are four or more.
const SHORT_LABEL: usize = 20;
/// How long one `getUpdates` waits for an update before answering empty.
const POLL_TIMEOUT_SECS: u32 = 25;
/// The longest pause between failed polls (with jitter below it).
const MAX_POLL_BACKOFF: Duration = Duration::from_secs(60);
/// The commands shown in Telegram's menu; the engine understands each.
const COMMANDS: [(&str, &str); 5] = [
    ("start", "Start over"),
    ("menu", "Main menu"),
    ("lang", "Choose your language"),
    ("human", "Talk to a counselor"),
    ("forget", "Delete what is stored about me"),
];

#[derive(Clone)]
pub struct Settings {
    token: String,
    api: String,
    webhook_url: Option<reqwest::Url>,
    secret: Option<String>,
}

impl Settings {
    pub fn new(token: &str, api_url: &str, webhook_url: Option<&str>, secret: Option<&str>) -> Result<Self, String> {
        // The token goes into every URL path: refuse anything that could
        // change the path, and never repeat it in the message.
        let token = token.trim();
        let well_formed = token.split_once(':').is_some_and(|(bot, key)| {
            !bot.is_empty()
                && bot.bytes().all(|b| b.is_ascii_digit())
                && !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        });
        if !well_formed {
            return Err("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters, digits, `_` or `-`, as @BotFather gives it)".into());
        }
        let api = api_base("TELEGRAM_API_URL", api_url)?;
        let webhook_url = match webhook_url.map(str::trim).filter(|u| !u.is_empty()) {
            None => None,
            Some(url) => {
                let parsed =
                    reqwest::Url::parse(url).map_err(|e| format!("TELEGRAM_WEBHOOK_URL `{url}` is not a URL ({e})"))?;
                if !matches!(parsed.scheme(), "http" | "https") {
                    return Err(format!(
                        "TELEGRAM_WEBHOOK_URL `{url}` must be the public https:// address of /webhooks/telegram"
                    ));
                }
                Some(parsed)
            }
        };
        let secret = secret.filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(secret) = &secret
            && (secret.len() > 256 || !secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
        {
            return Err(
                "TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, `_` and `-` (Telegram's rule)"
                    .into(),
            );
        }
        Ok(Self { token: token.to_string(), api, webhook_url, secret })
    }
}

pub fn channel(settings: Settings, client: reqwest::Client, runtime: &Arc<Runtime>) -> Channel {
    let api = BotApi {
        client,
        base: format!("{}/bot{}", settings.api, settings.token),
        token: settings.token.as_str().into(),
    };
    let sender = Arc::new(TelegramSender { api: api.clone() });
    let (routes, background): (Router, super::Background) = match settings.webhook_url.clone() {
        Some(url) => {
            if settings.secret.is_none() {
                tracing::warn!(
                    "TELEGRAM_WEBHOOK_SECRET is not set: anyone who finds /webhooks/telegram can post updates to it"
                );
            }
            let webhook =
                Arc::new(Webhook { secret: settings.secret.clone(), runtime: runtime.clone(), api: api.clone() });
            let routes = Router::new()
                .route("/webhooks/telegram", post(receive))
                .layer(DefaultBodyLimit::max(MAX_WEBHOOK_BYTES))
                .with_state(webhook);
            let secret = settings.secret.clone();
            let background: super::Background =
                Box::new(move |_runtime, stop| Box::pin(register_webhook(api, url, secret, stop)));
            (routes, background)
        }
        None => {
            if settings.secret.is_some() {
                tracing::warn!(
                    "TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not: long polling, secret unused"
                );
            }
            let background: super::Background = Box::new(move |runtime, stop| Box::pin(poll(api, runtime, stop)));
            (Router::new(), background)
        }
    };
    Channel { name: CHANNEL, routes, sender, language: None, background: Some(background) }
}

// ---------------------------------------------------------------- parsing

/// One update as sodan sees it: the worker event to store, and the
/// callback query to answer once it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub event: InboundEvent,
    pub callback: Option<CallbackQueryId>,
}

/// A webhook body: one update, or why it is malformed. `Ok(None)` for an
/// update sodan ignores (groups, edits, kinds it does not know).
pub fn parse(body: &[u8], received_at: DateTime<Utc>) -> Result<Option<Incoming>, String> {
    let update: Update = serde_json::from_slice(body).map_err(|e| format!("not a Telegram update: {e}"))?;
    if unreadable(&update) {
        // teloxide knows Bot API 9.1; a newer field (an entity or media
        // kind it has no variant for) makes it give up on the whole
        // message. The worker's words still count.
        let raw: Json = serde_json::from_slice(body).map_err(|e| format!("not a Telegram update: {e}"))?;
        let incoming = basic(&raw, received_at);
        if incoming.is_none() {
            tracing::info!(update_id = update.id.0, "ignored a Telegram update of an unknown or unreadable kind");
        } else {
            tracing::warn!(update_id = update.id.0, "teloxide could not read a Telegram update; used its basic fields");
        }
        return Ok(incoming);
    }
    Ok(from_update(update, received_at))
}

/// Whether teloxide gave up on an update: a kind it does not know, or a
/// message it could read only as "empty".
fn unreadable(update: &Update) -> bool {
    match &update.kind {
        UpdateKind::Error(_) => true,
        UpdateKind::Message(message) => matches!(message.kind, MessageKind::Empty {}),
        _ => false,
    }
}

/// A message or button tap read from the few fields sodan needs, for
/// updates teloxide cannot read.
fn basic(raw: &Json, at: DateTime<Utc>) -> Option<Incoming> {
    let text = |value: Option<&Json>| value.and_then(Json::as_str).map(str::to_string);
    let private_chat = |message: &Json| {
        let chat = message.get("chat")?;
        (chat.get("type")?.as_str()? == "private").then(|| chat.get("id")?.as_i64()).flatten()
    };
    if let Some(message) = raw.get("message") {
        let chat = private_chat(message)?;
        let id = message.get("message_id")?.as_i64()?;
        let words = match text(message.get("text")) {
            Some(words) => command_without_bot_name(&words),
            None if WORDLESS.iter().any(|kind| message.get(kind).is_some()) => String::new(),
            // A service message.
            None => return None,
        };
        let lang = text(message.pointer("/from/language_code"));
        return Some(Incoming {
            event: event(ChatId(chat), format!("msg:{chat}:{id}"), Input::Text(words), lang, at),
            callback: None,
        });
    }
    let query = raw.get("callback_query")?;
    let id = text(query.get("id"))?;
    let data = text(query.get("data"))?;
    let chat = match query.get("message") {
        Some(message) => private_chat(message)?,
        None => query.pointer("/from/id")?.as_i64()?,
    };
    let lang = text(query.pointer("/from/language_code"));
    Some(Incoming {
        event: event(ChatId(chat), format!("cb:{id}"), Input::Button(data), lang, at),
        callback: Some(CallbackQueryId(id)),
    })
}

/// Message fields of things a worker sends that carry no words.
const WORDLESS: [&str; 15] = [
    "sticker",
    "photo",
    "document",
    "video",
    "voice",
    "audio",
    "animation",
    "video_note",
    "dice",
    "location",
    "contact",
    "venue",
    "poll",
    "story",
    "paid_media",
];

/// The worker event in an update, if it carries one.
pub fn from_update(update: Update, received_at: DateTime<Utc>) -> Option<Incoming> {
    match update.kind {
        UpdateKind::Message(message) => from_message(message, received_at),
        UpdateKind::CallbackQuery(query) => from_callback(query, received_at),
        UpdateKind::MyChatMember(member) => from_member(member, received_at),
        // Edits, channel posts, inline queries, kinds teloxide does not know …
        _ => None,
    }
}

fn event(chat: ChatId, event_id: String, input: Input, lang_hint: Option<String>, at: DateTime<Utc>) -> InboundEvent {
    InboundEvent {
        conversation: format!("{CHANNEL}:{}", chat.0),
        channel: CHANNEL.into(),
        event_id,
        input,
        lang_hint,
        received_at: at,
        reply_token: None,
        kind: EventKind::Message,
    }
}

fn from_message(message: Message, at: DateTime<Utc>) -> Option<Incoming> {
    // sodan talks with one worker at a time: groups, supergroups and
    // channels are left alone.
    if !message.chat.is_private() {
        return None;
    }
    let text = match &message.kind {
        MessageKind::Common(common) => match &common.media_kind {
            MediaKind::Text(text) => command_without_bot_name(&text.text),
            // A chat migrating is no worker's doing.
            MediaKind::Migration(_) => return None,
            // Stickers, photos, voice … carry no words: an empty text makes
            // the dialog ask again in the worker's language.
            _ => String::new(),
        },
        MessageKind::Dice(_) => String::new(),
        // Service messages (pins, payments, web-app data …).
        _ => return None,
    };
    let lang_hint = message.from.as_ref().and_then(|u| u.language_code.clone());
    let event_id = format!("msg:{}:{}", message.chat.id.0, message.id.0);
    Some(Incoming { event: event(message.chat.id, event_id, Input::Text(text), lang_hint, at), callback: None })
}

fn from_callback(query: CallbackQuery, at: DateTime<Utc>) -> Option<Incoming> {
    let data = query.data?;
    // The chat of the message with the keyboard; for an inline-mode message
    // there is none, and the worker's private chat has the worker's id.
    let chat = match &query.message {
        Some(message) if !message.chat().is_private() => return None,
        Some(message) => message.chat().id,
        None => ChatId(i64::try_from(query.from.id.0).ok()?),
    };
    let lang_hint = query.from.language_code.clone();
    let event_id = format!("cb:{}", query.id.0);
    Some(Incoming { event: event(chat, event_id, Input::Button(data), lang_hint, at), callback: Some(query.id) })
}

/// The worker blocked the bot (or deleted the chat): stop sending.
fn from_member(member: ChatMemberUpdated, at: DateTime<Utc>) -> Option<Incoming> {
    let gone = member.new_chat_member.kind.is_banned() || member.new_chat_member.kind.is_left();
    if !member.chat.is_private() || !gone {
        return None;
    }
    let event_id = format!("member:{}:{}", member.chat.id.0, member.date.timestamp());
    let mut event = event(member.chat.id, event_id, Input::Text(String::new()), None, at);
    event.kind = EventKind::Unreachable;
    Some(Incoming { event, callback: None })
}

/// `/start@sodan_bot` → `/start`: Telegram names the bot after a command
/// in groups and in menus. A deep link's `/start PAYLOAD` is `/start`.
pub fn command_without_bot_name(text: &str) -> String {
    let Some(rest) = text.strip_prefix('/') else { return text.to_string() };
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let (word, tail) = rest.split_at(end);
    let command = word.split('@').next().unwrap_or_default();
    if command.eq_ignore_ascii_case("start") {
        return format!("/{command}");
    }
    format!("/{command}{tail}")
}

// ---------------------------------------------------------------- webhook

struct Webhook {
    secret: Option<String>,
    runtime: Arc<Runtime>,
    api: BotApi,
}

async fn receive(State(webhook): State<Arc<Webhook>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    if let Some(secret) = &webhook.secret {
        let given = headers.get("x-telegram-bot-api-secret-token").map(|v| v.as_bytes()).unwrap_or_default();
        if given.is_empty() || !signature::same_secret(given, secret.as_bytes()) {
            tracing::warn!("Telegram webhook without the right secret token; refused");
            return StatusCode::UNAUTHORIZED;
        }
    }
    let incoming = match parse(&body, Utc::now()) {
        Ok(incoming) => incoming,
        Err(error) => {
            tracing::warn!(%error, bytes = body.len(), "malformed Telegram webhook; refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    let Some(Incoming { event, callback }) = incoming else { return StatusCode::OK };
    let status = accept(&webhook.runtime, CHANNEL, vec![event]).await;
    if status == StatusCode::OK
        && let Some(id) = callback
    {
        webhook.api.answer_callback(id);
    }
    status
}

/// Webhook mode: tells Telegram where to post (retrying until it agrees
/// or sodan stops), then registers the commands.
async fn register_webhook(api: BotApi, url: reqwest::Url, secret: Option<String>, mut stop: watch::Receiver<bool>) {
    let mut request = SetWebhook::new(url);
    request.secret_token = secret;
    request.allowed_updates = Some(allowed_updates());
    let mut failures = 0;
    loop {
        match api.call(&request, None).await {
            Ok(_) => {
                tracing::info!("Telegram webhook set");
                break;
            }
            Err(error) => {
                failures += 1;
                tracing::error!(%error, "Telegram refused setWebhook; trying again");
                if pause(poll_backoff(failures), &mut stop).await {
                    return;
                }
            }
        }
    }
    set_commands(&api).await;
}

// ---------------------------------------------------------------- polling

fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![AllowedUpdate::Message, AllowedUpdate::CallbackQuery, AllowedUpdate::MyChatMember]
}

fn poll_backoff(failures: u32) -> Duration {
    crate::outbox::backoff(failures).min(MAX_POLL_BACKOFF)
}

fn stopping(stop: &watch::Receiver<bool>) -> bool {
    *stop.borrow() || stop.has_changed().is_err()
}

/// Long polling until sodan stops. The offset passes an update only after
/// it is stored, so Telegram keeps what sodan has not yet accepted.
async fn poll(api: BotApi, runtime: Arc<Runtime>, mut stop: watch::Receiver<bool>) {
    // Telegram refuses getUpdates while a webhook is set.
    let mut failures = 0;
    loop {
        if stopping(&stop) {
            return;
        }
        match api.call(&DeleteWebhook::new(), None).await {
            Ok(_) => break,
            Err(error) => {
                failures += 1;
                tracing::error!(%error, "Telegram refused deleteWebhook; trying again");
                if pause(poll_backoff(failures), &mut stop).await {
                    return;
                }
            }
        }
    }
    set_commands(&api).await;
    tracing::info!("Telegram long polling started");
    let mut offset: Option<i32> = None;
    let mut failures = 0;
    loop {
        if stopping(&stop) {
            return;
        }
        let mut request = GetUpdates::new();
        request.offset = offset;
        request.timeout = Some(POLL_TIMEOUT_SECS);
        request.allowed_updates = Some(allowed_updates());
        let started = Instant::now();
        let answer = tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            answer = api.get_updates(&request) => answer,
        };
        let updates = match answer {
            Ok(updates) => {
                failures = 0;
                updates
            }
            Err(error) => {
                failures += 1;
                tracing::warn!(%error, failures, "Telegram getUpdates failed; backing off");
                if pause(poll_backoff(failures), &mut stop).await {
                    return;
                }
                continue;
            }
        };
        if updates.is_empty() && started.elapsed() < Duration::from_secs(1) {
            // Telegram holds an empty poll for the timeout; one that comes
            // back at once is a misbehaving proxy or fake. Do not spin.
            if pause(Duration::from_secs(1), &mut stop).await {
                return;
            }
        }
        for (id, incoming) in updates {
            if let Some(incoming) = incoming {
                if !store_until_accepted(&runtime, incoming.event, &mut stop).await {
                    // Not stored: Telegram sends it (and what follows) again next time.
                    return;
                }
                if let Some(callback) = incoming.callback {
                    api.answer_callback(callback);
                }
            }
            offset = Some(i32::try_from(i64::from(id) + 1).unwrap_or(i32::MAX));
        }
    }
}

/// Stores one event, retrying while the store fails; `false` when sodan
/// stops first.
async fn store_until_accepted(runtime: &Arc<Runtime>, event: InboundEvent, stop: &mut watch::Receiver<bool>) -> bool {
    let mut failures = 0;
    loop {
        match runtime.submit(event.clone()).await {
            Ok(_) => return true,
            Err(error) => {
                failures += 1;
                tracing::error!(%error, "could not store a Telegram update; retrying before polling on");
                if pause(poll_backoff(failures), stop).await {
                    return false;
                }
            }
        }
    }
}

/// Registers the worker commands in Telegram's menu; a failure only costs
/// the menu, the commands work typed.
async fn set_commands(api: &BotApi) {
    let commands = COMMANDS.iter().map(|(command, description)| BotCommand::new(*command, *description));
    if let Err(error) = api.call(&SetMyCommands::new(commands), None).await {
        tracing::warn!(%error, "Telegram refused setMyCommands; the commands still work when typed");
    }
}

// ---------------------------------------------------------------- Bot API

/// A Bot API method's failure, without the URL (it holds the token).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    #[error("Telegram could not be reached: {0}")]
    Network(String),
    #[error("Telegram answered {code}: {description}")]
    Api { code: u16, description: String, retry_after: Option<Duration> },
    #[error("Telegram's answer is not what the Bot API sends: {0}")]
    Malformed(String),
}

impl CallError {
    /// As the outbox sees it: flood control, 5xx, 401 and the network are
    /// temporary; a refusal Telegram names (blocked, chat not found, bad
    /// request) is permanent.
    pub fn into_delivery(self, sent_parts: u32) -> DeliveryError {
        match self {
            CallError::Api { code, description, retry_after } => {
                let reason = format!("Telegram answered {code}: {description}");
                let known = serde_json::from_value::<ApiError>(Json::String(description))
                    .is_ok_and(|e| !matches!(e, ApiError::Unknown(_)));
                let temporary = retry_after.is_some() || code == 429 || code == 401 || code >= 500;
                if !temporary && (known || (400..500).contains(&code)) {
                    DeliveryError::Permanent { reason }
                } else {
                    DeliveryError::Temporary { reason, sent_parts, retry_after }
                }
            }
            other => DeliveryError::temporary(other.to_string(), sent_parts),
        }
    }
}

/// The envelope of every Bot API answer.
#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    ok: Option<bool>,
    #[serde(default)]
    result: Option<Json>,
    #[serde(default)]
    error_code: Option<u16>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    parameters: Option<Json>,
}

/// Reads a Bot API answer: the `result` of a success, or the failure with
/// its code, description and `retry_after`.
pub fn read_answer(status: u16, retry_after_header: Option<u64>, body: &[u8]) -> Result<Json, CallError> {
    let answer: Option<Answer> = serde_json::from_slice(body).ok();
    let success = (200..300).contains(&status);
    match answer {
        Some(answer) if success && answer.ok != Some(false) => Ok(answer.result.unwrap_or(Json::Null)),
        // A 2xx that is not JSON: the request went through.
        None if success => Ok(Json::Null),
        answer => {
            let answer = answer.unwrap_or(Answer {
                ok: None,
                result: None,
                error_code: None,
                description: None,
                parameters: None,
            });
            let flood =
                answer.parameters.and_then(|p| serde_json::from_value::<ResponseParameters>(p).ok()).and_then(|p| {
                    match p {
                        ResponseParameters::RetryAfter(seconds) => Some(seconds.duration()),
                        ResponseParameters::MigrateToChatId(_) => None,
                    }
                });
            let description = answer
                .description
                .map(|d| d.chars().take(300).collect())
                .unwrap_or_else(|| String::from_utf8_lossy(&body[..body.len().min(300)]).into_owned());
            Err(CallError::Api {
                code: answer.error_code.unwrap_or(status),
                description,
                retry_after: flood.or(retry_after_header.map(Duration::from_secs)),
            })
        }
    }
}

/// `SendMessage` → `sendMessage`: the Bot API's spelling of a method.
fn method_name<P: Payload>() -> String {
    let mut chars = P::NAME.chars();
    chars.next().map(|first| first.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The Bot API at `{api}/bot{token}`, called with teloxide's payloads.
#[derive(Clone)]
struct BotApi {
    client: reqwest::Client,
    base: String,
    token: Arc<str>,
}

impl BotApi {
    async fn call<P: Payload + Serialize>(&self, payload: &P, timeout: Option<Duration>) -> Result<Json, CallError> {
        self.send(payload, timeout).await.map_err(|error| scrub(error, &self.token))
    }

    async fn send<P: Payload + Serialize>(&self, payload: &P, timeout: Option<Duration>) -> Result<Json, CallError> {
        let mut request = self.client.post(format!("{}/{}", self.base, method_name::<P>())).json(payload);
        if let Some(timeout) = timeout {
            request = request.timeout(timeout);
        }
        // Errors lose their URL: it holds the token.
        let response = request.send().await.map_err(|e| CallError::Network(e.without_url().to_string()))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let body = response.bytes().await.map_err(|e| CallError::Network(e.without_url().to_string()))?;
        read_answer(status, retry_after, &body)
    }

    /// One poll: each update's id, with the worker event it carries.
    async fn get_updates(&self, request: &GetUpdates) -> Result<Vec<(u32, Option<Incoming>)>, CallError> {
        let wait = Duration::from_secs(u64::from(request.timeout.unwrap_or(0)) + 15);
        let result = self.call(request, Some(wait)).await?;
        read_updates(result, Utc::now())
    }

    /// Stops the spinner on the tapped button; a failure costs only that.
    fn answer_callback(&self, id: CallbackQueryId) {
        let api = self.clone();
        tokio::spawn(async move {
            if let Err(error) = api.call(&AnswerCallbackQuery::new(id), None).await {
                tracing::warn!(%error, "Telegram refused answerCallbackQuery");
            }
        });
    }
}

/// A failure's words without the token, should a proxy's error page
/// repeat the URL.
fn scrub(error: CallError, token: &str) -> CallError {
    let clean = |text: String| if token.is_empty() { text } else { text.replace(token, "<token>") };
    match error {
        CallError::Network(reason) => CallError::Network(clean(reason)),
        CallError::Api { code, description, retry_after } => {
            CallError::Api { code, description: clean(description), retry_after }
        }
        CallError::Malformed(reason) => CallError::Malformed(clean(reason)),
    }
}

/// `getUpdates`' result: each update's id, with the worker event it
/// carries, read as a webhook body is.
pub fn read_updates(result: Json, received_at: DateTime<Utc>) -> Result<Vec<(u32, Option<Incoming>)>, CallError> {
    let Json::Array(raw) = result else {
        return Err(CallError::Malformed("getUpdates did not return a list".into()));
    };
    let mut updates = Vec::with_capacity(raw.len());
    for value in raw {
        let id = value
            .get("update_id")
            .and_then(Json::as_u64)
            .and_then(|id| u32::try_from(id).ok())
            .ok_or_else(|| CallError::Malformed("an update has no update_id".into()))?;
        // From text, not from the `Value`: teloxide's `UpdateKind` reads its
        // key as a borrowed string, which a `Value` cannot lend.
        let incoming = parse(value.to_string().as_bytes(), received_at).unwrap_or_else(|error| {
            tracing::warn!(update_id = id, %error, "a Telegram update could not be read; skipped");
            None
        });
        updates.push((id, incoming));
    }
    Ok(updates)
}

// ---------------------------------------------------------------- sending

struct TelegramSender {
    api: BotApi,
}

/// An entry's messages as `sendMessage` payloads, in order: each reply's
/// text split to fit, its choices as an inline keyboard on its last piece.
pub fn render(entry: &OutboxEntry, chat: ChatId) -> Vec<SendMessage> {
    let mut messages = Vec::new();
    for reply in &entry.outgoing.replies {
        // A payload too long for callback_data cannot be a button: the
        // choices become a numbered list, answered by number.
        let limits = if reply.buttons.iter().all(|b| (1..=MAX_CALLBACK_DATA_BYTES).contains(&b.payload.len())) {
            KEYBOARD
        } else {
            ButtonLimits { max_buttons: 0, ..KEYBOARD }
        };
        let fitted = fit_buttons(reply, limits);
        let keyboard = (!fitted.buttons.is_empty()).then(|| keyboard(&fitted.buttons));
        let mut pieces = split_text(&fitted.text, MAX_TEXT_UTF16, Units::Utf16);
        pieces.retain(|p| !p.trim().is_empty());
        if pieces.is_empty() {
            match keyboard {
                // Telegram refuses an empty text, even under buttons.
                Some(_) => pieces.push("…".into()),
                None => continue,
            }
        }
        let last = pieces.len() - 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            let mut message = SendMessage::new(chat, piece);
            if i == last {
                message.reply_markup = keyboard.clone().map(ReplyMarkup::InlineKeyboard);
            }
            messages.push(message);
        }
    }
    messages
}

/// Buttons two to a row when there are several short ones, else one a row.
fn keyboard(buttons: &[Button]) -> InlineKeyboardMarkup {
    let short = buttons.iter().all(|b| b.label.chars().count() <= SHORT_LABEL);
    let per_row = if buttons.len() >= 4 && short { 2 } else { 1 };
    InlineKeyboardMarkup::new(
        buttons
            .chunks(per_row)
            .map(|row| row.iter().map(|b| InlineKeyboardButton::callback(b.label.clone(), b.payload.clone()))),
    )
}

impl Sender for TelegramSender {
    fn deliver<'a>(&'a self, entry: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async move {
            let chat = entry
                .conversation
                .strip_prefix("telegram:")
                .and_then(|id| id.parse::<i64>().ok())
                .ok_or_else(|| DeliveryError::Permanent { reason: "not a Telegram chat".into() })?;
            let messages = render(entry, ChatId(chat));
            let mut sent = entry.sent_parts as usize;
            while sent < messages.len() {
                self.api.call(&messages[sent], None).await.map_err(|e| e.into_delivery(sent as u32))?;
                sent += 1;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Reply;
    use crate::store::{Outgoing, Speaker};
    use serde_json::json;

    /// A shared fixture, or `None` (with a message) when the folder is
    /// absent; under `CI=true` its absence fails.
    fn fixture(name: &str) -> Option<Json> {
        let path = format!("{}/../shared/fixtures/telegram/{name}", env!("CARGO_MANIFEST_DIR"));
        match std::fs::read(&path) {
            Ok(bytes) => Some(serde_json::from_slice(&bytes).expect("fixtures are JSON")),
            Err(error) => {
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "CI=true but the Telegram fixture {path} cannot be read: {error}"
                );
                eprintln!("skipped: the Telegram fixture {path} is absent ({error})");
                None
            }
        }
    }

    fn parse_json(value: &Json) -> Option<Incoming> {
        parse(&serde_json::to_vec(value).unwrap(), Utc::now()).expect("a Telegram update")
    }

    fn summary(incoming: &Incoming) -> (&str, &str, &Input, Option<&str>, EventKind) {
        let e = &incoming.event;
        (e.conversation.as_str(), e.event_id.as_str(), &e.input, e.lang_hint.as_deref(), e.kind)
    }

    #[test]
    fn private_text_messages_are_worker_input() {
        let Some(update) = fixture("update-message.json") else { return };
        let incoming = parse_json(&update).unwrap();
        assert_eq!(
            summary(&incoming),
            (
                "telegram:218485655",
                "msg:218485655:6557",
                &Input::Text("hello there".into()),
                Some("en"),
                EventKind::Message
            )
        );
        assert_eq!(incoming.event.channel, CHANNEL);
        assert_eq!(incoming.callback, None);

        let Some(update) = fixture("update-private-text.json") else { return };
        let incoming = parse_json(&update).unwrap();
        assert_eq!(
            summary(&incoming),
            ("telegram:408258968", "msg:408258968:154", &Input::Text("4".into()), Some("en"), EventKind::Message)
        );
    }

    #[test]
    fn the_event_id_depends_on_the_message_not_on_the_update_id() {
        let Some(mut update) = fixture("update-private-text.json") else { return };
        let first = parse_json(&update).unwrap();
        // After a quiet week Telegram restarts update ids at random.
        update["update_id"] = json!(17);
        let again = parse_json(&update).unwrap();
        assert_eq!(first.event.event_id, again.event.event_id);
        update["message"]["message_id"] = json!(155);
        assert_ne!(parse_json(&update).unwrap().event.event_id, first.event.event_id);
    }

    #[test]
    fn groups_supergroups_and_channels_are_ignored() {
        for name in ["update-supergroup-command-reply.json", "update-dice.json"] {
            let Some(update) = fixture(name) else { return };
            assert_eq!(parse_json(&update), None, "{name}");
        }
        for name in ["message-forum-topic.json", "message-forum-topic-created.json"] {
            let Some(message) = fixture(name) else { return };
            assert_eq!(parse_json(&json!({ "update_id": 5, "message": message })), None, "{name}");
        }
        let Some(update) = fixture("update-message.json") else { return };
        let mut post = json!({ "update_id": 6 });
        post["channel_post"] = update["message"].clone();
        post["channel_post"]["chat"] = json!({ "id": -100123, "title": "News", "type": "channel" });
        assert_eq!(parse_json(&post), None);
        let mut group = update.clone();
        group["message"]["chat"] = json!({ "id": -4321, "title": "Dorm", "type": "group" });
        assert_eq!(parse_json(&group), None);
        let mut edited = json!({ "update_id": 7 });
        edited["edited_message"] = update["message"].clone();
        assert_eq!(parse_json(&edited), None, "edits are not new input");
    }

    #[test]
    fn words_free_messages_become_empty_text() {
        let Some(mut update) = fixture("update-dice.json") else { return };
        update["message"]["chat"] = json!({ "id": 408258968, "first_name": "Hirrolot", "type": "private" });
        let incoming = parse_json(&update).unwrap();
        assert_eq!(incoming.event.input, Input::Text(String::new()));
        assert_eq!(incoming.event.event_id, "msg:408258968:35410");

        let Some(mut update) = fixture("update-private-text.json") else { return };
        let message = update["message"].as_object_mut().unwrap();
        message.remove("text");
        message.insert(
            "sticker".into(),
            json!({ "file_id": "f", "file_unique_id": "u", "type": "regular", "width": 512, "height": 512,
                    "is_animated": false, "is_video": false }),
        );
        assert_eq!(parse_json(&update).unwrap().event.input, Input::Text(String::new()));
    }

    #[test]
    fn a_blocked_bot_makes_the_worker_unreachable() {
        let Some(update) = fixture("update-my-chat-member.json") else { return };
        let incoming = parse_json(&update).unwrap();
        assert_eq!(
            summary(&incoming),
            ("telegram:0", "member:0:1644677726", &Input::Text(String::new()), None, EventKind::Unreachable)
        );
        let mut unblocked = update.clone();
        unblocked["my_chat_member"]["new_chat_member"]["status"] = json!("member");
        assert_eq!(parse_json(&unblocked), None);
    }

    #[test]
    fn unknown_kinds_are_ignored_and_junk_is_malformed() {
        let Some(update) = fixture("update-unknown-kind.json") else { return };
        assert_eq!(parse_json(&update), None);
        assert!(parse(b"{", Utc::now()).is_err());
        assert!(parse(b"[]", Utc::now()).is_err());
        assert!(parse(br#"{"message":{}}"#, Utc::now()).is_err(), "no update_id");
    }

    #[test]
    fn callback_queries_are_button_taps_answered_once_stored() {
        let Some(query) = fixture("callback-query.json") else { return };
        let incoming = parse_json(&json!({ "update_id": 9, "callback_query": query })).unwrap();
        // No message (an inline-mode one): the worker's private chat.
        assert_eq!(
            summary(&incoming),
            ("telegram:12345", "cb:id", &Input::Button("some_data".into()), None, EventKind::Message)
        );
        assert_eq!(incoming.callback, Some(CallbackQueryId("id".into())));

        let Some(update) = fixture("update-message.json") else { return };
        let mut on_message = query.clone();
        on_message["from"]["language_code"] = json!("vi");
        on_message["message"] = update["message"].clone();
        let incoming = parse_json(&json!({ "update_id": 10, "callback_query": on_message })).unwrap();
        assert_eq!(incoming.event.conversation, "telegram:218485655");
        assert_eq!(incoming.event.lang_hint.as_deref(), Some("vi"));

        let mut in_group = on_message.clone();
        in_group["message"]["chat"] = json!({ "id": -4321, "title": "Dorm", "type": "group" });
        assert_eq!(parse_json(&json!({ "update_id": 11, "callback_query": in_group })), None);
        let mut game = query.clone();
        game.as_object_mut().unwrap().remove("data");
        assert_eq!(parse_json(&json!({ "update_id": 12, "callback_query": game })), None);
    }

    #[test]
    fn the_bot_name_after_a_command_is_dropped() {
        assert_eq!(command_without_bot_name("/start@sodan_bot"), "/start");
        assert_eq!(command_without_bot_name("/menu@SodanBot"), "/menu");
        assert_eq!(command_without_bot_name("/human@sodan_bot my boss"), "/human my boss");
        assert_eq!(command_without_bot_name("/start ref-42"), "/start", "a deep link is a start");
        assert_eq!(command_without_bot_name("/lang"), "/lang");
        assert_eq!(command_without_bot_name("mail me@example.org"), "mail me@example.org");
        assert_eq!(command_without_bot_name(""), "");
        assert_eq!(command_without_bot_name("/"), "/");
    }

    #[test]
    fn commands_arrive_as_text_without_the_bot_name() {
        let Some(mut update) = fixture("update-private-text.json") else { return };
        update["message"]["text"] = json!("/start@sodan_bot");
        assert_eq!(parse_json(&update).unwrap().event.input, Input::Text("/start".into()));
    }

    fn entry(replies: Vec<Reply>) -> OutboxEntry {
        OutboxEntry {
            id: 3,
            conversation: "telegram:42".into(),
            channel: CHANNEL.into(),
            outgoing: Outgoing { author: Speaker::Bot, replies, reply_token: None, worker_at: Some(Utc::now()) },
            created_at: Utc::now(),
            attempts: 0,
            next_attempt_at: Utc::now(),
            sent_parts: 0,
            dead: None,
        }
    }

    fn buttons(labels: &[&str]) -> Vec<Button> {
        labels
            .iter()
            .enumerate()
            .map(|(i, l)| Button { payload: format!("n:main.menu#{i}"), label: l.to_string() })
            .collect()
    }

    fn keyboard_of(message: &SendMessage) -> Json {
        serde_json::to_value(message).unwrap()["reply_markup"]["inline_keyboard"].clone()
    }

    #[test]
    fn choices_are_an_inline_keyboard_two_short_ones_a_row() {
        let menu = Reply {
            text: "Chọn".into(),
            buttons: buttons(&["Lương", "Tiền trừ", "Tăng ca", "Giúp đỡ", "Người"]),
        };
        let messages = render(&entry(vec![menu]), ChatId(42));
        assert_eq!(messages.len(), 1);
        let body = serde_json::to_value(&messages[0]).unwrap();
        assert_eq!(body["chat_id"], 42);
        assert_eq!(body["text"], "Chọn");
        assert!(body.get("parse_mode").is_none(), "plain text: worker words cannot break markup");
        let rows = keyboard_of(&messages[0]);
        let shape: Vec<usize> = rows.as_array().unwrap().iter().map(|r| r.as_array().unwrap().len()).collect();
        assert_eq!(shape, vec![2, 2, 1]);
        assert_eq!(rows[0][0], json!({ "text": "Lương", "callback_data": "n:main.menu#0" }));

        let yes_no = Reply { text: "Sure?".into(), buttons: buttons(&["Yes", "No"]) };
        let long = Reply {
            text: "Which?".into(),
            buttons: buttons(&["A choice with a rather long label", "Two", "Three", "Four"]),
        };
        let messages = render(&entry(vec![yes_no, long]), ChatId(42));
        let rows: Vec<usize> =
            keyboard_of(&messages[0]).as_array().unwrap().iter().map(|r| r.as_array().unwrap().len()).collect();
        assert_eq!(rows, vec![1, 1], "few choices: one a row");
        assert_eq!(keyboard_of(&messages[1]).as_array().unwrap().len(), 4, "long labels: one a row");
    }

    #[test]
    fn labels_longer_than_64_characters_are_shortened_and_listed_in_full() {
        let label = "ý".repeat(80);
        let reply = Reply { text: "Choose".into(), buttons: buttons(&[&label, "Short"]) };
        let messages = render(&entry(vec![reply]), ChatId(42));
        let body = serde_json::to_value(&messages[0]).unwrap();
        assert!(body["text"].as_str().unwrap().contains(&format!("[1] {label}")));
        let rows = keyboard_of(&messages[0]);
        let first = rows[0][0]["text"].as_str().unwrap();
        assert!(first.chars().count() <= 64 && first.ends_with('…'), "{first}");
        assert_eq!(rows[0][0]["callback_data"], "n:main.menu#0");
    }

    #[test]
    fn payloads_longer_than_callback_data_allows_become_a_numbered_list() {
        let reply = Reply {
            text: "Choose".into(),
            buttons: vec![
                Button { payload: "x".repeat(65), label: "Far".into() },
                Button { payload: "n:main.menu#1".into(), label: "Near".into() },
            ],
        };
        let messages = render(&entry(vec![reply]), ChatId(42));
        assert_eq!(messages.len(), 1);
        assert_eq!(messages[0].text, "Choose\n[1] Far\n[2] Near");
        assert!(messages[0].reply_markup.is_none());
        // 64 bytes still fit.
        let reply =
            Reply { text: "Choose".into(), buttons: vec![Button { payload: "é".repeat(32), label: "Ok".into() }] };
        assert!(render(&entry(vec![reply]), ChatId(42))[0].reply_markup.is_some());
    }

    #[test]
    fn long_text_is_split_in_utf16_units_with_the_keyboard_on_the_last_piece() {
        let long = "Tiền lương 😀 ".repeat(800);
        let reply = Reply { text: long, buttons: buttons(&["Menu"]) };
        let after = Reply { text: "Next".into(), buttons: vec![] };
        let messages = render(&entry(vec![reply, after]), ChatId(42));
        assert!(messages.len() >= 4, "{}", messages.len());
        for message in &messages {
            assert!(message.text.encode_utf16().count() <= MAX_TEXT_UTF16);
            assert!(!message.text.is_empty());
        }
        let with_keyboard: Vec<usize> =
            messages.iter().enumerate().filter(|(_, m)| m.reply_markup.is_some()).map(|(i, _)| i).collect();
        assert_eq!(with_keyboard, vec![messages.len() - 2]);
        assert_eq!(messages.last().unwrap().text, "Next");
    }

    #[test]
    fn bot_api_answers_map_to_outbox_outcomes() {
        let ok = read_answer(200, None, br#"{"ok":true,"result":true}"#).unwrap();
        assert_eq!(ok, json!(true));
        let temporary = |e: DeliveryError| match e {
            DeliveryError::Temporary { sent_parts, retry_after, .. } => Some((sent_parts, retry_after)),
            DeliveryError::Permanent { .. } => None,
        };
        let failure = |status, body: &str| read_answer(status, None, body.as_bytes()).unwrap_err().into_delivery(2);

        let flood = r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"#;
        assert_eq!(temporary(failure(429, flood)), Some((2, Some(Duration::from_secs(7)))));
        let down = r#"{"ok":false,"error_code":500,"description":"Internal Server Error"}"#;
        assert_eq!(temporary(failure(500, down)), Some((2, None)));
        assert_eq!(temporary(failure(502, "<html>Bad Gateway</html>")), Some((2, None)));
        let unauthorized = r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#;
        assert!(temporary(failure(401, unauthorized)).is_some(), "a fixed token makes it work again");
        for refusal in [
            r#"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#,
            r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#,
            r#"{"ok":false,"error_code":403,"description":"Forbidden: user is deactivated"}"#,
            r#"{"ok":false,"error_code":400,"description":"Bad Request: message is too long"}"#,
        ] {
            let status = serde_json::from_str::<Json>(refusal).unwrap()["error_code"].as_u64().unwrap() as u16;
            assert_eq!(temporary(failure(status, refusal)), None, "{refusal}");
        }
        // Named by Telegram even behind a 200.
        assert_eq!(
            temporary(failure(200, r#"{"ok":false,"description":"Forbidden: bot was blocked by the user"}"#)),
            None
        );
        assert_eq!(temporary(CallError::Network("connection refused".into()).into_delivery(1)), Some((1, None)));
    }

    #[test]
    fn polled_updates_are_read_like_webhook_ones() {
        let Some(update) = fixture("update-private-text.json") else { return };
        let updates = read_updates(json!([update]), Utc::now()).unwrap();
        assert_eq!(updates[0].0, 306197398);
        let incoming = updates[0].1.clone().unwrap();
        assert_eq!(incoming.event.event_id, "msg:408258968:154");
        assert_eq!(incoming.event.input, Input::Text("4".into()));
    }

    #[test]
    fn what_teloxide_cannot_read_still_reaches_the_dialog() {
        // An entity type newer than teloxide's Bot API makes it give up on
        // the whole message.
        let Some(mut update) = fixture("update-private-text.json") else { return };
        update["message"]["text"] = json!("/menu@sodan_bot");
        update["message"]["entities"] = json!([{ "type": "brand_new_entity", "offset": 0, "length": 5 }]);
        let bytes = serde_json::to_vec(&update).unwrap();
        let teloxide: Update = serde_json::from_slice(&bytes).unwrap();
        assert!(unreadable(&teloxide), "teloxide cannot read it: {teloxide:?}");
        assert_eq!(from_update(teloxide, Utc::now()), None);
        let incoming = parse_json(&update).unwrap();
        assert_eq!(
            summary(&incoming),
            ("telegram:408258968", "msg:408258968:154", &Input::Text("/menu".into()), Some("en"), EventKind::Message)
        );
        let mut sticker = update.clone();
        sticker["message"].as_object_mut().unwrap().remove("text");
        sticker["message"]["sticker"] = json!({ "file_id": "f", "future_field": { "type": "unknown" } });
        assert_eq!(parse_json(&sticker).unwrap().event.input, Input::Text(String::new()));
        let mut group = update.clone();
        group["message"]["chat"] = json!({ "id": -4321, "title": "Dorm", "type": "group" });
        assert_eq!(parse_json(&group), None);

        let Some(query) = fixture("callback-query.json") else { return };
        let mut tap = query.clone();
        tap["message"] = update["message"].clone();
        let incoming = parse_json(&json!({ "update_id": 3, "callback_query": tap })).unwrap();
        assert_eq!(
            summary(&incoming),
            ("telegram:408258968", "cb:id", &Input::Button("some_data".into()), None, EventKind::Message)
        );
        assert_eq!(incoming.callback, Some(CallbackQueryId("id".into())));
        // A callback query teloxide rejects (here: no chat_instance).
        let mut odd = tap.clone();
        odd.as_object_mut().unwrap().remove("chat_instance");
        let incoming = parse_json(&json!({ "update_id": 4, "callback_query": odd })).unwrap();
        assert_eq!(incoming.event.event_id, "cb:id");
        assert_eq!(incoming.event.conversation, "telegram:408258968");
        assert_eq!(incoming.event.input, Input::Button("some_data".into()));
    }

    #[test]
    fn polled_updates_keep_their_ids_even_when_unreadable() {
        let result = json!([
            { "update_id": 1, "new_update_kind": { "x": 1 } },
            { "update_id": 2, "message": { "message_id": "not a number" } },
        ]);
        let updates = read_updates(result, Utc::now()).unwrap();
        assert_eq!(updates, vec![(1, None), (2, None)]);
        assert!(read_updates(json!([{ "message": {} }]), Utc::now()).is_err());
        assert!(read_updates(json!({}), Utc::now()).is_err());
    }

    #[test]
    fn failures_never_carry_the_token() {
        let error = read_answer(404, None, b"<html>No route for /bot123:abc/sendMessage</html>").unwrap_err();
        let error = scrub(error, "123:abc");
        assert!(!error.to_string().contains("123:abc"), "{error}");
        assert!(error.to_string().contains("<token>"));
    }

    #[test]
    fn method_names_are_the_bot_apis() {
        assert_eq!(method_name::<SendMessage>(), "sendMessage");
        assert_eq!(method_name::<GetUpdates>(), "getUpdates");
        assert_eq!(method_name::<AnswerCallbackQuery>(), "answerCallbackQuery");
        assert_eq!(method_name::<SetMyCommands>(), "setMyCommands");
        assert_eq!(method_name::<SetWebhook>(), "setWebhook");
        assert_eq!(method_name::<DeleteWebhook>(), "deleteWebhook");
    }

    #[test]
    fn settings_are_checked_without_repeating_the_token() {
        assert!(Settings::new("123:abc", "https://api.telegram.org", None, None).is_ok());
        let error = Settings::new("12345/../x", "https://api.telegram.org", None, None).err().unwrap();
        assert!(error.contains("TELEGRAM_BOT_TOKEN") && !error.contains("12345"), "{error}");
        assert!(Settings::new("abc", "https://api.telegram.org", None, None).is_err());
        assert!(Settings::new("123:abc", "ftp://x", None, None).err().unwrap().contains("TELEGRAM_API_URL"));
        assert!(Settings::new("123:abc", "https://api.telegram.org", Some("not a url"), None).is_err());
        let bad_secret = Settings::new("123:abc", "https://api.telegram.org", Some("https://x.org/w"), Some("a b"));
        assert!(bad_secret.err().unwrap().contains("TELEGRAM_WEBHOOK_SECRET"));
        let webhook =
            Settings::new("123:abc", "https://api.telegram.org/", Some("https://x.org/w"), Some("s-1")).unwrap();
        assert_eq!(webhook.api, "https://api.telegram.org");
        assert!(webhook.webhook_url.is_some());
        let empty = Settings::new("123:abc", "https://api.telegram.org", Some(""), Some("")).unwrap();
        assert!(empty.webhook_url.is_none() && empty.secret.is_none(), "empty means unset");
    }

    #[test]
    fn every_fixture_parses() {
        let names = [
            "update-message.json",
            "update-private-text.json",
            "update-supergroup-command-reply.json",
            "update-dice.json",
            "update-my-chat-member.json",
            "update-unknown-kind.json",
        ];
        for name in names {
            let Some(update) = fixture(name) else { return };
            assert!(parse(&serde_json::to_vec(&update).unwrap(), Utc::now()).is_ok(), "{name}");
        }
    }
}
