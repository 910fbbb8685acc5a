//! Facebook Messenger (Messenger Platform, Graph API).
//!
//! Webhook `/webhooks/messenger`: Meta's subscription check and
//! `X-Hub-Signature-256` (see [`super::meta`]). One body may batch several
//! entries, each with several `messaging` items. Worker input is a
//! `message` (text, a quick reply's payload, or an attachment, which
//! carries no words) or a `postback` (a button's payload; the Get Started
//! button's payload [`GET_STARTED`] means `/start`). Echoes of the page's
//! own messages, deliveries, reads, reactions, referrals, opt-ins,
//! handover-protocol items and `standby` (another app owns the thread) are
//! acknowledged and ignored. The dedup key is the message's `mid`; a
//! postback without one gets a key built from sender, time and payload.
//!
//! Sending: `POST {MESSENGER_API_URL}/me/messages`, one message per
//! request, the page access token as a bearer token. Text is at most 2,000
//! characters (split, never refused); choices are quick replies on the last
//! piece, at most 13 with titles of at most 20 characters.
//!
//! The standard messaging window: the bot answers only within 24 hours of
//! the worker's last message (`messaging_type: RESPONSE`). A counselor's
//! message older than that but within 7 days goes with
//! `messaging_type: MESSAGE_TAG, tag: HUMAN_AGENT` — only a person's words
//! ever carry that tag. Anything later cannot be delivered.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use sha2::Digest;

use super::meta::{self, Webhook, json_error, since_worker};
use super::render::{ButtonLimits, Units, fit_buttons, split_text};
use super::{Channel, HUMAN_AGENT_WINDOW_DAYS, STANDARD_WINDOW_HOURS, api_base, signature};
use crate::engine::Input;
use crate::outbox::{Delivery, DeliveryError, Sender};
use crate::runtime::Runtime;
use crate::store::{EventKind, InboundEvent, OutboxEntry, Speaker};

pub const CHANNEL: &str = "messenger";
/// The payload to give the page's Get Started button (Messenger Profile
/// API, `get_started.payload`); a postback with it starts the dialog.
pub const GET_STARTED: &str = "GET_STARTED";
/// Messenger counts characters; UTF-16 units are never fewer, so counting
/// those keeps every piece within the limit whichever way it is counted.
const MAX_TEXT: usize = 2000;
const QUICK_REPLIES: ButtonLimits = ButtonLimits { max_buttons: 13, max_label: 20, units: Units::Utf16 };
const MAX_PAYLOAD: usize = 1000;

#[derive(Clone)]
pub struct Settings {
    app_secret: String,
    token: String,
    verify_token: String,
    api: String,
}

impl Settings {
    pub fn new(secret: &str, token: &str, verify: &str, api_url: &str) -> Result<Self, String> {
        Ok(Self {
            app_secret: secret.into(),
            token: token.into(),
            verify_token: verify.into(),
            api: api_base("MESSENGER_API_URL", api_url)?,
        })
    }
}

pub fn channel(settings: Settings, client: reqwest::Client, runtime: &Arc<Runtime>) -> Channel {
    let routes = meta::routes(
        "/webhooks/messenger",
        Webhook {
            platform: "Messenger",
            channel: CHANNEL,
            app_secret: settings.app_secret.clone(),
            verify_token: settings.verify_token.clone(),
            parse,
            runtime: runtime.clone(),
        },
    );
    let sender = Arc::new(SendApi { settings, client });
    Channel { name: CHANNEL, routes, sender, language: None, background: None }
}

#[derive(Deserialize)]
struct Entry {
    /// Items for the app that owns the thread. `standby` (items while
    /// another app owns it) is not read at all.
    #[serde(default)]
    messaging: Option<Vec<Json>>,
}

#[derive(Deserialize)]
struct Item {
    sender: Option<Party>,
    #[serde(default)]
    timestamp: Option<Json>,
    #[serde(default)]
    message: Option<Message>,
    #[serde(default)]
    postback: Option<Postback>,
}

#[derive(Deserialize)]
struct Party {
    id: Option<String>,
}

#[derive(Deserialize)]
struct Message {
    #[serde(default)]
    mid: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    is_echo: Option<bool>,
    #[serde(default)]
    quick_reply: Option<QuickReply>,
}

#[derive(Deserialize)]
struct QuickReply {
    payload: String,
}

#[derive(Deserialize)]
struct Postback {
    #[serde(default)]
    mid: Option<String>,
    #[serde(default)]
    payload: Option<String>,
}

/// The worker events in a webhook body. Items sodan does not handle are
/// left out; a message or postback without a sender makes the body
/// malformed.
pub fn parse(body: &[u8], received_at: DateTime<Utc>) -> Result<Vec<InboundEvent>, String> {
    let entries: Vec<Entry> = meta::entries("Messenger", "page", body)?;
    let mut events = Vec::new();
    for raw in entries.into_iter().flat_map(|e| e.messaging.unwrap_or_default()) {
        let is_object = |key: &str| raw.get(key).is_some_and(Json::is_object);
        let kind = if is_object("message") {
            "message"
        } else if is_object("postback") {
            "postback"
        } else {
            // delivery, read, reaction, referral, optin, handover, …
            continue;
        };
        let item: Item =
            serde_json::from_value(raw).map_err(|e| json_error(&format!("a Messenger {kind} is malformed"), &e))?;
        let Some(sender) = item.sender.and_then(|s| s.id).filter(|id| !id.is_empty()) else {
            return Err(format!("a Messenger {kind} has no sender"));
        };
        let timestamp = item.timestamp.map(|t| t.to_string()).unwrap_or_default();
        let (event_id, input) = match (item.message, item.postback) {
            (Some(message), _) => {
                if message.is_echo == Some(true) {
                    // The page's own message, sent back to us.
                    continue;
                }
                let input = match (message.quick_reply, message.text) {
                    (Some(quick_reply), _) => Input::Button(quick_reply.payload),
                    (None, Some(text)) => Input::Text(text),
                    // Attachments and stickers carry no words: an empty text
                    // makes the dialog ask again in the worker's language.
                    (None, None) => Input::Text(String::new()),
                };
                let id = message.mid.unwrap_or_else(|| stable_id("message", &sender, &timestamp, &input));
                (id, input)
            }
            (None, Some(postback)) => {
                let payload = postback.payload.unwrap_or_default();
                let input = if payload == GET_STARTED || payload == "/start" {
                    Input::Text("/start".into())
                } else {
                    Input::Button(payload)
                };
                let id = postback.mid.unwrap_or_else(|| stable_id("postback", &sender, &timestamp, &input));
                (id, input)
            }
            (None, None) => continue,
        };
        events.push(InboundEvent {
            conversation: format!("{CHANNEL}:{sender}"),
            channel: CHANNEL.into(),
            event_id,
            input,
            // Messenger's webhook says nothing of the worker's language.
            lang_hint: None,
            received_at,
            reply_token: None,
            kind: EventKind::Message,
        });
    }
    Ok(events)
}

/// A dedup key for an item without a `mid`: the same for Meta's repeats of
/// one item, different for different items.
fn stable_id(kind: &str, sender: &str, timestamp: &str, input: &Input) -> String {
    let what = match input {
        Input::Text(text) => format!("t:{text}"),
        Input::Button(payload) => format!("b:{payload}"),
    };
    let hash = sha2::Sha256::digest(what.as_bytes());
    format!("{kind}:{sender}:{timestamp}:{}", signature::to_hex(&hash[..8]))
}

/// How an entry may go out, given when the worker last wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Window {
    /// Within 24 hours: an ordinary response.
    Standard,
    /// A person's message within 7 days.
    HumanAgent,
}

fn window(entry: &OutboxEntry, now: DateTime<Utc>) -> Result<Window, DeliveryError> {
    let since = since_worker(entry.outgoing.worker_at, now);
    let within = |limit: chrono::Duration| since.is_some_and(|age| age <= limit);
    if within(chrono::Duration::hours(STANDARD_WINDOW_HOURS)) {
        return Ok(Window::Standard);
    }
    match entry.outgoing.author {
        Speaker::Counselor if within(chrono::Duration::days(HUMAN_AGENT_WINDOW_DAYS)) => Ok(Window::HumanAgent),
        Speaker::Counselor => Err(DeliveryError::Permanent {
            reason: format!(
                "cannot be delivered: Messenger lets a person answer only within {HUMAN_AGENT_WINDOW_DAYS} days of the worker's last message"
            ),
        }),
        _ => Err(DeliveryError::Permanent {
            reason: format!(
                "cannot be delivered: the bot may answer on Messenger only within {STANDARD_WINDOW_HOURS} hours of the worker's last message"
            ),
        }),
    }
}

/// The Send API request bodies for an entry, in order, or why it cannot
/// go out at `now`. Every reply is split to fit; its choices ride as quick
/// replies on its last piece.
pub fn requests(entry: &OutboxEntry, now: DateTime<Utc>) -> Result<Vec<Json>, DeliveryError> {
    let window = window(entry, now)?;
    let psid = entry.conversation.strip_prefix("messenger:").unwrap_or(&entry.conversation);
    let mut bodies = Vec::new();
    for reply in &entry.outgoing.replies {
        // Payloads too long for a quick reply: the numbered list alone.
        let limits = if reply.buttons.iter().any(|b| b.payload.len() > MAX_PAYLOAD || b.payload.is_empty()) {
            ButtonLimits { max_buttons: 0, ..QUICK_REPLIES }
        } else {
            QUICK_REPLIES
        };
        let fitted = fit_buttons(reply, limits);
        let mut pieces = split_text(&fitted.text, MAX_TEXT, Units::Utf16);
        pieces.retain(|p| !p.trim().is_empty());
        if pieces.is_empty() {
            if fitted.buttons.is_empty() {
                continue;
            }
            // Quick replies need some text to ride on.
            pieces.push("…".into());
        }
        let last = pieces.len() - 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            let mut message = json!({ "text": piece });
            if i == last && !fitted.buttons.is_empty() {
                let quick: Vec<Json> = fitted
                    .buttons
                    .iter()
                    .map(|b| json!({ "content_type": "text", "title": b.label, "payload": b.payload }))
                    .collect();
                message["quick_replies"] = json!(quick);
            }
            let mut body = json!({ "recipient": { "id": psid }, "message": message });
            match window {
                Window::Standard => body["messaging_type"] = json!("RESPONSE"),
                Window::HumanAgent => {
                    body["messaging_type"] = json!("MESSAGE_TAG");
                    body["tag"] = json!("HUMAN_AGENT");
                }
            }
            bodies.push(body);
        }
    }
    Ok(bodies)
}

/// The Send API client.
struct SendApi {
    settings: Settings,
    client: reqwest::Client,
}

impl Sender for SendApi {
    fn deliver<'a>(&'a self, entry: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async move {
            let bodies = requests(entry, Utc::now())?;
            let url = format!("{}/me/messages", self.settings.api);
            meta::post_each(&self.client, "Messenger", &url, &self.settings.token, &bodies, entry.sent_parts).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Button, Reply};

    fn fixture(name: &str) -> Option<Vec<u8>> {
        meta::testing::fixture(&format!("messenger/{name}"))
    }

    fn entry(author: Speaker, hours_ago: i64, replies: Vec<Reply>) -> OutboxEntry {
        meta::testing::entry("messenger:PSID-1", author, hours_ago, replies)
    }

    fn text(text: &str) -> Reply {
        Reply { text: text.into(), buttons: vec![] }
    }

    fn choices(n: usize, label: &str) -> Reply {
        Reply {
            text: "Choose".into(),
            buttons: (0..n).map(|i| Button { payload: format!("n:x#{i}"), label: format!("{label}{i}") }).collect(),
        }
    }

    #[test]
    fn the_sdk_payloads_parse_to_worker_input_and_the_rest_is_ignored() {
        let now = Utc::now();
        let summary = |name: &str| -> Option<Vec<(String, String, Input)>> {
            let events = parse(&fixture(name)?, now).unwrap_or_else(|e| panic!("{name}: {e}"));
            Some(events.into_iter().map(|e| (e.event_id, e.conversation, e.input)).collect())
        };
        let Some(text) = summary("Payload.json") else { return };
        assert_eq!(text, vec![("AAAA-BBBB-CCCC".into(), "messenger:0".into(), Input::Text("text".into()))]);
        // The postback has its own mid; its referral is not input.
        assert_eq!(
            summary("PayloadWithPostBack.json").unwrap(),
            vec![(
                "m_1457764197618:41d102a3e1ae206a38".into(),
                "messenger:0".into(),
                Input::Button("USER_DEFINED_PAYLOAD".into())
            )]
        );
        // Standby items belong to the app that owns the thread; the
        // messaging item beside them is ours.
        assert_eq!(
            summary("PayloadWithStandby.json").unwrap(),
            vec![("AAAA-BBBB-CCCC".into(), "messenger:0".into(), Input::Text("text".into()))]
        );
        for ignored in [
            "PayloadWithReferral.json",
            "PayloadWithPassThreadControl.json",
            "PayloadWithTakeThreadControl.json",
            "PayloadWithRequestThreadControl.json",
        ] {
            assert_eq!(summary(ignored).unwrap(), vec![], "{ignored}");
        }
    }

    #[test]
    fn the_sdk_model_objects_parse_when_wrapped_in_a_page_envelope() {
        // FacebookMessages.json is bare messaging items with explicit nulls:
        // one without anything, an opt-in, a text, images, a postback
        // without a mid, and an outgoing message without a sender id.
        let Some(bytes) = fixture("FacebookMessages.json") else { return };
        let items: Json = serde_json::from_slice(&bytes).unwrap();
        let body =
            serde_json::to_vec(&json!({ "object": "page", "entry": [{ "id": "1", "messaging": items }] })).unwrap();
        assert!(parse(&body, Utc::now()).unwrap_err().contains("no sender"), "the outgoing one has no sender id");
        let mut items = items.as_array().unwrap().clone();
        items.pop();
        let body =
            serde_json::to_vec(&json!({ "object": "page", "entry": [{ "id": "1", "messaging": items }] })).unwrap();
        let events = parse(&body, Utc::now()).unwrap();
        let inputs: Vec<&Input> = events.iter().map(|e| &e.input).collect();
        assert_eq!(
            inputs,
            vec![&Input::Text("Test Hi!".into()), &Input::Text(String::new()), &Input::Button("Hello button".into())]
        );
        // Without mids the keys are stable and distinct.
        let again: Vec<String> = parse(&body, Utc::now()).unwrap().into_iter().map(|e| e.event_id).collect();
        assert_eq!(events.iter().map(|e| e.event_id.clone()).collect::<Vec<_>>(), again);
        assert_ne!(events[0].event_id, events[1].event_id);
        assert!(events[2].event_id.starts_with("postback:123123123:1570625343690:"));
    }

    #[test]
    fn batches_quick_replies_echoes_reads_and_get_started() {
        let body = br#"{"object":"page","entry":[
            {"id":"P","time":1,"messaging":[
                {"sender":{"id":"U1"},"recipient":{"id":"P"},"timestamp":10,"message":{"mid":"m1","text":"Yes","quick_reply":{"payload":"n:a#0"}}},
                {"sender":{"id":"P"},"recipient":{"id":"U1"},"timestamp":11,"message":{"mid":"m2","is_echo":true,"app_id":5,"text":"Hi"}},
                {"sender":{"id":"U1"},"recipient":{"id":"P"},"timestamp":12,"delivery":{"mids":["m2"],"watermark":11}},
                {"sender":{"id":"U1"},"recipient":{"id":"P"},"timestamp":13,"read":{"watermark":11}},
                {"sender":{"id":"U1"},"recipient":{"id":"P"},"timestamp":14,"reaction":{"mid":"m2","action":"react","emoji":"x"}}
            ]},
            {"id":"P","time":2,"messaging":[
                {"sender":{"id":"U2"},"recipient":{"id":"P"},"timestamp":20,"postback":{"title":"Get Started","payload":"GET_STARTED","mid":"m3"}},
                {"sender":{"id":"U2"},"recipient":{"id":"P"},"timestamp":21,"message":{"mid":"m4","attachments":[{"type":"image","payload":{"url":"u"}}]}}
            ],"standby":[{"sender":{"id":"U3"},"recipient":{"id":"P"},"message":{"mid":"m5","text":"not ours"}}]},
            {"id":"P","time":3,"changes":[{"field":"feed","value":{}}]}
        ]}"#;
        let events = parse(body, Utc::now()).unwrap();
        let summary: Vec<(&str, &str, &Input)> =
            events.iter().map(|e| (e.event_id.as_str(), e.conversation.as_str(), &e.input)).collect();
        assert_eq!(
            summary,
            vec![
                ("m1", "messenger:U1", &Input::Button("n:a#0".into())),
                ("m3", "messenger:U2", &Input::Text("/start".into())),
                ("m4", "messenger:U2", &Input::Text(String::new())),
            ]
        );
        assert!(events.iter().all(|e| e.lang_hint.is_none() && e.channel == CHANNEL));
    }

    #[test]
    fn malformed_bodies_are_errors_and_other_objects_are_ignored() {
        assert!(parse(b"{", Utc::now()).is_err());
        assert!(parse(b"[]", Utc::now()).is_err());
        assert!(parse(br#"{"entry":[]}"#, Utc::now()).is_err(), "no object");
        assert!(
            parse(br#"{"object":"page","entry":[{"messaging":[{"message":{"mid":"m","text":"t"}}]}]}"#, Utc::now())
                .is_err()
        );
        assert!(
            parse(
                br#"{"object":"page","entry":[{"messaging":[{"sender":{"id":"U"},"message":{"mid":"m","text":7}}]}]}"#,
                Utc::now()
            )
            .unwrap_err()
            .contains("malformed")
        );
        assert_eq!(parse(br#"{"object":"page","entry":[]}"#, Utc::now()).unwrap(), vec![]);
        assert_eq!(parse(br#"{"object":"page"}"#, Utc::now()).unwrap(), vec![]);
        assert_eq!(parse(br#"{"object":"instagram","entry":[{"messaging":[{"x":1}]}]}"#, Utc::now()).unwrap(), vec![]);
    }

    #[test]
    fn bot_replies_inside_24_hours_are_responses_with_quick_replies_within_limits() {
        let long = "word ".repeat(900);
        let bodies =
            requests(&entry(Speaker::Bot, 1, vec![text(&long), choices(15, "A long choice label no ")]), Utc::now())
                .unwrap();
        assert_eq!(bodies.len(), 4, "3 pieces of the long text, and the choices");
        for body in &bodies {
            assert_eq!(body["messaging_type"], "RESPONSE");
            assert!(body.get("tag").is_none());
            assert_eq!(body["recipient"]["id"], "PSID-1");
            let text = body["message"]["text"].as_str().unwrap();
            assert!(!text.is_empty() && text.chars().count() <= MAX_TEXT);
        }
        assert!(bodies[2]["message"].get("quick_replies").is_none());
        let quick = bodies[3]["message"]["quick_replies"].as_array().unwrap();
        assert_eq!(quick.len(), 13);
        for q in quick {
            assert_eq!(q["content_type"], "text");
            assert!(q["title"].as_str().unwrap().chars().count() <= 20, "{q}");
        }
        assert_eq!(quick[0]["payload"], "n:x#0");
        // All 15 stay reachable by number.
        assert!(bodies[3]["message"]["text"].as_str().unwrap().contains("[15] A long choice label no 14"));
    }

    #[test]
    fn a_counselor_outside_24_hours_but_within_7_days_uses_the_human_agent_tag() {
        let bodies = requests(&entry(Speaker::Counselor, 30, vec![text("I can help you.")]), Utc::now()).unwrap();
        assert_eq!(bodies.len(), 1);
        assert_eq!(bodies[0]["messaging_type"], "MESSAGE_TAG");
        assert_eq!(bodies[0]["tag"], "HUMAN_AGENT");
        assert_eq!(bodies[0]["message"]["text"], "I can help you.");
        // Inside 24 hours a counselor's message is an ordinary response.
        let fresh = requests(&entry(Speaker::Counselor, 2, vec![text("Hello")]), Utc::now()).unwrap();
        assert_eq!(fresh[0]["messaging_type"], "RESPONSE");
        assert!(fresh[0].get("tag").is_none());
    }

    #[test]
    fn the_bot_never_uses_the_tag_and_nothing_goes_after_7_days() {
        let refused = requests(&entry(Speaker::Bot, 30, vec![text("menu")]), Utc::now()).unwrap_err();
        let DeliveryError::Permanent { reason } = refused else { panic!("{refused:?}") };
        assert!(reason.contains("24 hours"), "{reason}");
        let late = requests(&entry(Speaker::Counselor, 24 * 7 + 1, vec![text("sorry")]), Utc::now()).unwrap_err();
        let DeliveryError::Permanent { reason } = late else { panic!("{late:?}") };
        assert!(reason.contains("cannot be delivered") && reason.contains("7 days"), "{reason}");
        let mut never = entry(Speaker::Counselor, 0, vec![text("x")]);
        never.outgoing.worker_at = None;
        assert!(matches!(requests(&never, Utc::now()), Err(DeliveryError::Permanent { .. })));
    }

    #[test]
    fn overlong_payloads_and_empty_texts_still_fit() {
        let mut reply = choices(2, "Yes");
        reply.buttons[1].payload = "p".repeat(MAX_PAYLOAD + 1);
        let bodies = requests(&entry(Speaker::Bot, 0, vec![reply]), Utc::now()).unwrap();
        assert!(bodies[0]["message"].get("quick_replies").is_none());
        assert!(bodies[0]["message"]["text"].as_str().unwrap().contains("[2] Yes1"));
        let mut bare = choices(2, "Yes");
        bare.text = String::new();
        let bodies = requests(&entry(Speaker::Bot, 0, vec![text(""), bare]), Utc::now()).unwrap();
        assert_eq!(bodies.len(), 1);
        assert_eq!(bodies[0]["message"]["text"], "…");
        assert_eq!(bodies[0]["message"]["quick_replies"].as_array().unwrap().len(), 2);
    }
}
