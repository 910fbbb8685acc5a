//! LINE Messaging API.
//!
//! Webhook: `X-Line-Signature` is the Base64 HMAC-SHA256 of the raw body
//! under the channel secret. Every event carries a `webhookEventId`, the
//! dedup key. Text and postbacks are worker input; `follow` greets;
//! `unfollow` stops sending; everything else is acknowledged and ignored.
//!
//! Sending: a step's replies go out together. While the worker's reply
//! token is fresh (single use, valid about a minute) the first five
//! messages go with `/v2/bot/message/reply`, which is free; the rest, and
//! everything later (a counselor's reply), with `/push`, which counts
//! against the quota. Each push carries an `X-Line-Retry-Key` derived from
//! the outbox entry, so a retried push is accepted once (LINE answers 409
//! to a repeat). Text is at most 5,000 UTF-16 units; quick replies at most
//! 13 items with labels of at most 20 characters.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use sha2::Digest;

use super::render::{ButtonLimits, Units, fit_buttons, split_text};
use super::{Channel, MAX_WEBHOOK_BYTES, accept, api_base, outcome, signature};
use crate::engine::Input;
use crate::outbox::{Delivery, DeliveryError, Sender};
use crate::runtime::{LanguageLookup, Runtime};
use crate::store::{EventKind, InboundEvent, OutboxEntry};

pub const CHANNEL: &str = "line";
const MAX_TEXT_UTF16: usize = 5000;
const MAX_MESSAGES_PER_CALL: usize = 5;
const QUICK_REPLY: ButtonLimits = ButtonLimits { max_buttons: 13, max_label: 20, units: Units::Chars };
/// How long after the worker's message its reply token is still used. LINE
/// documents about a minute; a margin keeps a slow send from wasting it.
const REPLY_TOKEN_LIFETIME_SECS: i64 = 50;

#[derive(Clone)]
pub struct Settings {
    secret: String,
    token: String,
    api: String,
}

impl Settings {
    pub fn new(secret: &str, token: &str, api_url: &str) -> Result<Self, String> {
        Ok(Self { secret: secret.into(), token: token.into(), api: api_base("LINE_API_URL", api_url)? })
    }
}

pub fn channel(settings: Settings, client: reqwest::Client, runtime: &Arc<Runtime>) -> Channel {
    let sender = Arc::new(LineApi { settings: settings.clone(), client });
    let webhook = Arc::new(Webhook { secret: settings.secret.clone(), runtime: runtime.clone() });
    let routes = Router::new()
        .route("/webhooks/line", post(receive))
        .layer(DefaultBodyLimit::max(MAX_WEBHOOK_BYTES))
        .with_state(webhook);
    Channel { name: CHANNEL, routes, sender: sender.clone(), language: Some(sender), background: None }
}

struct Webhook {
    secret: String,
    runtime: Arc<Runtime>,
}

async fn receive(State(webhook): State<Arc<Webhook>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let signature = headers
        .get("x-line-signature")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v.trim()).ok());
    let Some(signature) = signature else {
        tracing::warn!("LINE webhook without a valid X-Line-Signature; refused");
        return StatusCode::UNAUTHORIZED;
    };
    if !signature::hmac_sha256_matches(webhook.secret.as_bytes(), &body, &signature) {
        tracing::warn!("LINE webhook with a wrong signature; refused");
        return StatusCode::UNAUTHORIZED;
    }
    let events = match parse(&body, Utc::now()) {
        Ok(events) => events,
        Err(error) => {
            tracing::warn!(%error, bytes = body.len(), "malformed LINE webhook; refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    accept(&webhook.runtime, CHANNEL, events).await
}

#[derive(Deserialize)]
struct Envelope {
    events: Vec<Json>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Event {
    #[serde(rename = "type")]
    kind: String,
    webhook_event_id: String,
    #[serde(default)]
    reply_token: Option<String>,
    #[serde(default)]
    source: Option<Source>,
    #[serde(default)]
    message: Option<Message>,
    #[serde(default)]
    postback: Option<Postback>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Source {
    #[serde(rename = "type")]
    kind: String,
    user_id: Option<String>,
    group_id: Option<String>,
    room_id: Option<String>,
}

#[derive(Deserialize)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
struct Postback {
    data: String,
}

/// The worker events in a webhook body. Events of kinds sodan does not
/// handle (join, beacon, unsend …) are left out; an event of a handled kind
/// that lacks what it needs makes the whole body malformed.
pub fn parse(body: &[u8], received_at: DateTime<Utc>) -> Result<Vec<InboundEvent>, String> {
    let envelope: Envelope = serde_json::from_slice(body).map_err(|e| format!("not a LINE webhook body: {e}"))?;
    let mut events = Vec::new();
    for raw in envelope.events {
        let kind = raw.get("type").and_then(Json::as_str).unwrap_or_default().to_string();
        if !matches!(kind.as_str(), "message" | "postback" | "follow" | "unfollow") {
            continue;
        }
        let event: Event = serde_json::from_value(raw).map_err(|e| format!("a LINE {kind} event is malformed: {e}"))?;
        let Some(destination) = event.source.as_ref().and_then(Source::destination) else {
            return Err(format!("a LINE {kind} event has no user, group or room"));
        };
        let (input, event_kind) = match event.kind.as_str() {
            "message" => {
                let message = event.message.ok_or("a LINE message event has no message")?;
                // Stickers, photos and the like carry no words: an empty
                // text makes the dialog ask again in the worker's language.
                let text = if message.kind == "text" { message.text.unwrap_or_default() } else { String::new() };
                (Input::Text(text), EventKind::Message)
            }
            "postback" => {
                (Input::Button(event.postback.ok_or("a LINE postback event has no postback")?.data), EventKind::Message)
            }
            "follow" => (Input::Text("/start".into()), EventKind::Message),
            _ => (Input::Text(String::new()), EventKind::Unreachable),
        };
        events.push(InboundEvent {
            conversation: format!("{CHANNEL}:{destination}"),
            channel: CHANNEL.into(),
            event_id: event.webhook_event_id,
            input,
            lang_hint: None,
            received_at,
            reply_token: event.reply_token,
            kind: event_kind,
        });
    }
    Ok(events)
}

impl Source {
    /// Where replies go: the user in a one-to-one chat, else the group or room.
    fn destination(&self) -> Option<&str> {
        match self.kind.as_str() {
            "group" => self.group_id.as_deref(),
            "room" => self.room_id.as_deref(),
            _ => self.user_id.as_deref(),
        }
    }
}

/// The LINE API client: sends messages and reads profiles.
struct LineApi {
    settings: Settings,
    client: reqwest::Client,
}

/// An entry's messages as LINE message objects, split to fit; quick
/// replies go on the last one, where LINE shows them.
pub fn render(entry: &OutboxEntry) -> Vec<Json> {
    let mut messages = Vec::new();
    for reply in &entry.outgoing.replies {
        let fitted = fit_buttons(reply, QUICK_REPLY);
        let pieces = split_text(&fitted.text, MAX_TEXT_UTF16, Units::Utf16);
        let last = pieces.len() - 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            let mut message = json!({ "type": "text", "text": piece });
            if i == last && !fitted.buttons.is_empty() {
                let items: Vec<Json> = fitted
                    .buttons
                    .iter()
                    .map(|b| {
                        json!({ "type": "action", "action": {
                            "type": "postback", "label": b.label, "data": b.payload, "displayText": b.label
                        }})
                    })
                    .collect();
                message["quickReply"] = json!({ "items": items });
            }
            messages.push(message);
        }
    }
    messages
}

/// A UUID for `X-Line-Retry-Key`, the same for every attempt at one part
/// of one outbox entry.
fn retry_key(entry: u64, part: usize) -> String {
    let hash = sha2::Sha256::digest(format!("sodan-line-push:{entry}:{part}"));
    let hex = signature::to_hex(&hash[..16]);
    // Version 4 and variant bits, so that LINE accepts it as a UUID.
    format!("{}-{}-4{}-8{}-{}", &hex[0..8], &hex[8..12], &hex[13..16], &hex[17..20], &hex[20..32])
}

impl LineApi {
    async fn post(&self, path: &str, body: &Json, retry_key: Option<String>) -> reqwest::Result<reqwest::Response> {
        let mut request =
            self.client.post(format!("{}{path}", self.settings.api)).bearer_auth(&self.settings.token).json(body);
        if let Some(key) = retry_key {
            request = request.header("X-Line-Retry-Key", key);
        }
        request.send().await
    }
}

impl Sender for LineApi {
    fn deliver<'a>(&'a self, entry: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async move {
            let messages = render(entry);
            let destination = entry.conversation.strip_prefix("line:").unwrap_or(&entry.conversation);
            let mut sent = entry.sent_parts as usize;
            let token_fresh =
                entry.outgoing.worker_at.is_some_and(|at| (Utc::now() - at).num_seconds() < REPLY_TOKEN_LIFETIME_SECS);
            while sent < messages.len() {
                let end = (sent + MAX_MESSAGES_PER_CALL).min(messages.len());
                let batch = &messages[sent..end];
                let reply_token = entry.outgoing.reply_token.as_deref().filter(|_| sent == 0 && token_fresh);
                let delivered = match reply_token {
                    Some(token) => {
                        let body = json!({ "replyToken": token, "messages": batch });
                        match outcome("LINE", self.post("/v2/bot/message/reply", &body, None).await, sent as u32).await
                        {
                            Ok(_) => true,
                            // The token expired or was used: push instead.
                            Err(DeliveryError::Permanent { reason }) => {
                                tracing::info!(%reason, "LINE refused the reply token; pushing instead");
                                false
                            }
                            Err(temporary) => return Err(temporary),
                        }
                    }
                    None => false,
                };
                if !delivered {
                    let body = json!({ "to": destination, "messages": batch });
                    let key = retry_key(entry.id, sent);
                    let pushed = self.post("/v2/bot/message/push", &body, Some(key)).await;
                    // 409: this retry key was accepted before — the push went out.
                    let already = pushed.as_ref().is_ok_and(|r| r.status() == reqwest::StatusCode::CONFLICT);
                    if !already {
                        outcome("LINE", pushed, sent as u32).await?;
                    }
                }
                sent = end;
            }
            Ok(())
        })
    }
}

impl LanguageLookup for LineApi {
    fn language<'a>(
        &'a self,
        conversation: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<String>> + Send + 'a>> {
        Box::pin(async move {
            let user = conversation.strip_prefix("line:")?;
            // Only users have profiles; groups and rooms start in the language question.
            if !user.starts_with('U') {
                return None;
            }
            let url = format!("{}/v2/bot/profile/{user}", self.settings.api);
            let response = self
                .client
                .get(url)
                .bearer_auth(&self.settings.token)
                .timeout(std::time::Duration::from_secs(3))
                .send()
                .await
                .ok()?;
            if !response.status().is_success() {
                return None;
            }
            let profile: Json = response.json().await.ok()?;
            profile.get("language").and_then(Json::as_str).map(str::to_string)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Button, Reply};
    use crate::store::{Outgoing, Speaker};

    fn entry(replies: Vec<Reply>) -> OutboxEntry {
        OutboxEntry {
            id: 7,
            conversation: "line:U1".into(),
            channel: CHANNEL.into(),
            outgoing: Outgoing {
                author: Speaker::Bot,
                replies,
                reply_token: Some("r".into()),
                worker_at: Some(Utc::now()),
            },
            created_at: Utc::now(),
            attempts: 0,
            next_attempt_at: Utc::now(),
            sent_parts: 0,
            dead: None,
        }
    }

    #[test]
    fn events_of_every_handled_kind_become_input_and_the_rest_are_ignored() {
        let body = br#"{"destination":"x","events":[
            {"type":"message","webhookEventId":"e1","replyToken":"t1","source":{"type":"user","userId":"U1"},"message":{"type":"text","id":"1","text":"hello"}},
            {"type":"postback","webhookEventId":"e2","replyToken":"t2","source":{"type":"user","userId":"U1"},"postback":{"data":"n:main.menu#0"}},
            {"type":"follow","webhookEventId":"e3","replyToken":"t3","source":{"type":"user","userId":"U2"}},
            {"type":"unfollow","webhookEventId":"e4","source":{"type":"user","userId":"U2"}},
            {"type":"beacon","webhookEventId":"e5","replyToken":"t5","source":{"type":"user","userId":"U1"},"beacon":{"hwid":"d41d8cd98f","type":"enter"}},
            {"type":"message","webhookEventId":"e6","replyToken":"t6","source":{"type":"group","groupId":"C1","userId":"U1"},"message":{"type":"sticker","id":"2"}}
        ]}"#;
        let events = parse(body, Utc::now()).unwrap();
        let summary: Vec<(&str, &str, &Input, EventKind)> =
            events.iter().map(|e| (e.event_id.as_str(), e.conversation.as_str(), &e.input, e.kind)).collect();
        assert_eq!(
            summary,
            vec![
                ("e1", "line:U1", &Input::Text("hello".into()), EventKind::Message),
                ("e2", "line:U1", &Input::Button("n:main.menu#0".into()), EventKind::Message),
                ("e3", "line:U2", &Input::Text("/start".into()), EventKind::Message),
                ("e4", "line:U2", &Input::Text(String::new()), EventKind::Unreachable),
                ("e6", "line:C1", &Input::Text(String::new()), EventKind::Message),
            ]
        );
        assert_eq!(events[0].reply_token.as_deref(), Some("t1"));
    }

    #[test]
    fn malformed_bodies_are_errors_and_empty_ones_are_fine() {
        assert!(parse(b"{", Utc::now()).is_err());
        assert!(parse(br#"{"events":[{"type":"message","webhookEventId":"e"}]}"#, Utc::now()).is_err());
        assert_eq!(parse(br#"{"destination":"x","events":[]}"#, Utc::now()).unwrap(), vec![]);
    }

    #[test]
    fn long_text_is_split_and_quick_replies_ride_on_the_last_message() {
        let long = "word ".repeat(2500);
        let reply = Reply { text: long, buttons: vec![Button { payload: "cmd:menu".into(), label: "Menu".into() }] };
        let messages = render(&entry(vec![reply]));
        assert_eq!(messages.len(), 3);
        for message in &messages {
            assert!(message["text"].as_str().unwrap().encode_utf16().count() <= MAX_TEXT_UTF16);
        }
        assert!(messages[0].get("quickReply").is_none());
        assert_eq!(messages[2]["quickReply"]["items"][0]["action"]["data"], "cmd:menu");
    }

    #[test]
    fn retry_keys_are_stable_uuids() {
        let key = retry_key(42, 5);
        assert_eq!(key, retry_key(42, 5));
        assert_ne!(key, retry_key(42, 0));
        assert_eq!(key.len(), 36);
        assert_eq!(&key[14..15], "4");
        assert_eq!(&key[19..20], "8");
    }
}
