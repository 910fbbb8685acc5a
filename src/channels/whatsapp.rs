//! WhatsApp Cloud API.
//!
//! Webhook `/webhooks/whatsapp`: Meta's subscription check and
//! `X-Hub-Signature-256` (see [`super::meta`]). A body holds entries of
//! changes; `messages` changes carry the worker's messages (and status
//! callbacks for what sodan sent, which are acknowledged and ignored).
//! Text is input; a tapped reply button or list row gives its id, the
//! engine's payload; a template's quick-reply button gives its payload;
//! other kinds (images, stickers, locations, reactions, unsupported …)
//! carry no words and make the dialog ask again; system messages and
//! removed reactions are not the worker's words and are ignored. The dedup
//! key is the message id (`wamid.…`). `contacts[].profile` holds only a
//! name, so there is no language hint.
//!
//! Sending: `POST {WHATSAPP_API_URL}/{phone_number_id}/messages`, one
//! message per request, the access token as a bearer token. Text is at
//! most 4,096 characters, split, never refused. Choices:
//! - at most 3, each title at most 20 characters: reply buttons;
//! - otherwise at most 10 (titles cut to 24, with the full labels numbered
//!   in the text when cut): a list message;
//! - more than 10: the text numbers every choice and the list holds the
//!   first 10; the worker answers the others by typing the number, which
//!   the engine understands.
//!
//! An interactive body is at most 1,024 characters, so a longer text goes
//! first as text messages and its last part carries the choices.
//!
//! The customer-service window: free-form messages (bot and counselor
//! alike) only within 24 hours of the worker's last message. sodan has no
//! approved templates, so anything later is refused with a plain reason.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value as Json, json};

use super::meta::{self, Webhook, json_error, since_worker};
use super::render::{ButtonLimits, Units, fit_buttons, shorten, split_text};
use super::{Channel, STANDARD_WINDOW_HOURS, api_base};
use crate::engine::{Button, Input, Reply};
use crate::outbox::{Delivery, DeliveryError, Sender};
use crate::runtime::Runtime;
use crate::store::{EventKind, InboundEvent, OutboxEntry};

pub const CHANNEL: &str = "whatsapp";
// Meta counts characters; UTF-16 units are never fewer, so counting those
// keeps every part within the limit whichever way it is counted.
const MAX_TEXT: usize = 4096;
const MAX_INTERACTIVE_BODY: usize = 1024;
const MAX_BUTTONS: usize = 3;
const MAX_BUTTON_TITLE: usize = 20;
const MAX_BUTTON_ID: usize = 256;
const LIST: ButtonLimits = ButtonLimits { max_buttons: 10, max_label: 24, units: Units::Utf16 };
const MAX_ROW_ID: usize = 200;
const MAX_LIST_BUTTON: usize = 20;

#[derive(Clone)]
pub struct Settings {
    app_secret: String,
    token: String,
    phone_number_id: String,
    verify_token: String,
    api: String,
}

impl Settings {
    pub fn new(secret: &str, token: &str, phone: &str, verify: &str, api_url: &str) -> Result<Self, String> {
        let phone = phone.trim();
        let unfit = |c: char| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '%' | '+');
        if phone.is_empty() || phone.chars().any(unfit) {
            return Err(format!(
                "WHATSAPP_PHONE_NUMBER_ID `{phone}` must be the phone number's id from the WhatsApp Manager (digits), not the phone number"
            ));
        }
        Ok(Self {
            app_secret: secret.into(),
            token: token.into(),
            phone_number_id: phone.into(),
            verify_token: verify.into(),
            api: api_base("WHATSAPP_API_URL", api_url)?,
        })
    }
}

pub fn channel(settings: Settings, client: reqwest::Client, runtime: &Arc<Runtime>) -> Channel {
    let routes = meta::routes(
        "/webhooks/whatsapp",
        Webhook {
            platform: "WhatsApp",
            channel: CHANNEL,
            app_secret: settings.app_secret.clone(),
            verify_token: settings.verify_token.clone(),
            parse,
            runtime: runtime.clone(),
        },
    );
    let sender = Arc::new(CloudApi { settings, client });
    Channel { name: CHANNEL, routes, sender, language: None, background: None }
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    changes: Option<Vec<Change>>,
}

#[derive(Deserialize)]
struct Change {
    #[serde(default)]
    field: Option<String>,
    #[serde(default)]
    value: Option<Json>,
}

#[derive(Deserialize)]
struct Message {
    id: String,
    #[serde(default)]
    from: Option<String>,
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    text: Option<Text>,
    #[serde(default)]
    interactive: Option<Interactive>,
    #[serde(default)]
    button: Option<TemplateButton>,
    #[serde(default)]
    reaction: Option<Reaction>,
}

#[derive(Deserialize)]
struct Text {
    #[serde(default)]
    body: Option<String>,
}

#[derive(Deserialize)]
struct Interactive {
    #[serde(default)]
    button_reply: Option<Choice>,
    #[serde(default)]
    list_reply: Option<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    id: String,
}

#[derive(Deserialize)]
struct TemplateButton {
    #[serde(default)]
    payload: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
struct Reaction {
    #[serde(default)]
    emoji: Option<String>,
}

/// The worker messages in a webhook body. Changes of other fields, status
/// callbacks and system messages are left out; a message without an id
/// makes the body malformed.
pub fn parse(body: &[u8], received_at: DateTime<Utc>) -> Result<Vec<InboundEvent>, String> {
    let entries: Vec<Entry> = meta::entries("WhatsApp", "whatsapp_business_account", body)?;
    let mut events = Vec::new();
    let changes = entries.into_iter().flat_map(|e| e.changes.unwrap_or_default());
    for change in changes {
        if change.field.as_deref().is_some_and(|f| f != "messages") {
            continue;
        }
        let Some(value) = change.value else { continue };
        if let Some(errors) = value.get("errors").and_then(Json::as_array) {
            for error in errors {
                let code = error.get("code").and_then(Json::as_i64).unwrap_or_default();
                let title = error.get("title").and_then(Json::as_str).unwrap_or_default();
                tracing::warn!(code, %title, "WhatsApp reports an error in a webhook");
            }
        }
        // Status callbacks (sent, delivered, read, failed) have no messages;
        // a failure is worth a line in the log (its code, not the text).
        let statuses = value.get("statuses").and_then(Json::as_array).into_iter().flatten();
        for failed in statuses.filter(|s| s.get("status").and_then(Json::as_str) == Some("failed")) {
            let error = failed.get("errors").and_then(|e| e.get(0));
            let code = error.and_then(|e| e.get("code")).and_then(Json::as_i64).unwrap_or_default();
            let title = error.and_then(|e| e.get("title")).and_then(Json::as_str).unwrap_or_default();
            tracing::warn!(code, %title, "WhatsApp could not deliver a message sodan sent");
        }
        let Some(messages) = value.get("messages").and_then(Json::as_array) else { continue };
        for raw in messages {
            let message: Message =
                serde_json::from_value(raw.clone()).map_err(|e| json_error("a WhatsApp message is malformed", &e))?;
            let Some(input) = input(&message) else { continue };
            let Some(from) = message.from.filter(|f| !f.is_empty()) else {
                tracing::warn!("a WhatsApp message without a sender number; ignored");
                continue;
            };
            events.push(InboundEvent {
                conversation: format!("{CHANNEL}:{from}"),
                channel: CHANNEL.into(),
                event_id: message.id,
                input,
                // The contact's profile holds only a name.
                lang_hint: None,
                received_at,
                reply_token: None,
                kind: EventKind::Message,
            });
        }
    }
    Ok(events)
}

/// What a message means to the dialog; `None` when it is not the worker's.
fn input(message: &Message) -> Option<Input> {
    let nothing = || Input::Text(String::new());
    Some(match message.kind.as_deref().unwrap_or_default() {
        "text" => Input::Text(message.text.as_ref().and_then(|t| t.body.clone()).unwrap_or_default()),
        "interactive" => {
            let interactive = message.interactive.as_ref();
            let choice = interactive.and_then(|i| i.button_reply.as_ref().or(i.list_reply.as_ref()));
            choice.map_or_else(nothing, |c| Input::Button(c.id.clone()))
        }
        // A template's quick-reply button.
        "button" => match &message.button {
            Some(TemplateButton { payload: Some(payload), .. }) => Input::Button(payload.clone()),
            Some(TemplateButton { text: Some(text), .. }) => Input::Text(text.clone()),
            _ => nothing(),
        },
        // The worker opened the chat for the first time.
        "request_welcome" => Input::Text("/start".into()),
        // Number changes, identity changes: WhatsApp speaking, not the worker.
        "system" => return None,
        // A removed reaction says nothing; a reaction asks for an answer.
        "reaction" if message.reaction.as_ref().and_then(|r| r.emoji.as_deref()).unwrap_or_default().is_empty() => {
            return None;
        }
        _ => nothing(),
    })
}

/// How a reply's choices go out.
#[derive(Debug, PartialEq, Eq)]
enum Choices {
    None,
    Buttons(Vec<Button>),
    List(Vec<Button>),
}

/// A reply's text and its choices in the shape that fits.
fn shape(reply: &Reply) -> (String, Choices) {
    let buttons = &reply.buttons;
    if buttons.is_empty() {
        return (reply.text.clone(), Choices::None);
    }
    let ids_within = |max: usize| buttons.iter().all(|b| !b.payload.is_empty() && b.payload.len() <= max);
    let labels: HashSet<&str> = buttons.iter().map(|b| b.label.as_str()).collect();
    let fits_buttons = buttons.len() <= MAX_BUTTONS
        && labels.len() == buttons.len()
        && buttons.iter().all(|b| !b.label.trim().is_empty() && Units::Utf16.len(&b.label) <= MAX_BUTTON_TITLE)
        && ids_within(MAX_BUTTON_ID);
    if fits_buttons {
        return (reply.text.clone(), Choices::Buttons(buttons.clone()));
    }
    if ids_within(MAX_ROW_ID) {
        let fitted = fit_buttons(reply, LIST);
        return (fitted.text, Choices::List(fitted.buttons));
    }
    // Ids WhatsApp cannot carry: the numbered list alone.
    (fit_buttons(reply, ButtonLimits { max_buttons: 0, ..LIST }).text, Choices::None)
}

/// The Cloud API message bodies for an entry, in order, or why it cannot
/// go out at `now`.
pub fn requests(entry: &OutboxEntry, now: DateTime<Utc>) -> Result<Vec<Json>, DeliveryError> {
    let within = since_worker(entry.outgoing.worker_at, now)
        .is_some_and(|age| age <= chrono::Duration::hours(STANDARD_WINDOW_HOURS));
    if !within {
        return Err(DeliveryError::Permanent {
            reason: format!(
                "cannot be delivered: WhatsApp allows free-form messages only within {STANDARD_WINDOW_HOURS} hours of the worker's last message, and sodan has no approved message template"
            ),
        });
    }
    let to = entry.conversation.strip_prefix("whatsapp:").unwrap_or(&entry.conversation);
    let envelope =
        |kind: &str| json!({ "messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": kind });
    let mut bodies = Vec::new();
    for reply in &entry.outgoing.replies {
        let (text, choices) = shape(reply);
        let mut pieces = split_text(&text, MAX_TEXT, Units::Utf16);
        pieces.retain(|p| !p.trim().is_empty());
        let body = match choices {
            Choices::None => None,
            Choices::Buttons(_) | Choices::List(_) => {
                // The part that carries the choices must fit an interactive body.
                let last = pieces.pop().unwrap_or_default();
                let mut tail = split_text(&last, MAX_INTERACTIVE_BODY, Units::Utf16);
                let body = tail.pop().filter(|b| !b.trim().is_empty()).unwrap_or_else(|| "…".into());
                pieces.extend(tail);
                Some(body)
            }
        };
        for piece in pieces {
            let mut message = envelope("text");
            message["text"] = json!({ "body": piece });
            bodies.push(message);
        }
        let interactive = match (choices, body) {
            (Choices::Buttons(buttons), Some(body)) => json!({
                "type": "button",
                "body": { "text": body },
                "action": { "buttons": buttons.iter().map(|b| json!({
                    "type": "reply", "reply": { "id": b.payload, "title": b.label }
                })).collect::<Vec<_>>() },
            }),
            (Choices::List(rows), Some(body)) => json!({
                "type": "list",
                "body": { "text": body },
                "action": {
                    "button": list_button(rows.len()),
                    "sections": [{ "rows": rows.iter().map(|b| json!({ "id": b.payload, "title": b.label }))
                        .collect::<Vec<_>>() }],
                },
            }),
            _ => continue,
        };
        let mut message = envelope("interactive");
        message["interactive"] = interactive;
        bodies.push(message);
    }
    Ok(bodies)
}

/// The label of the button that opens a list. The outbox does not know
/// the worker's language, so it is a symbol and the numbers the rows hold.
fn list_button(rows: usize) -> String {
    shorten(&format!("☰ 1–{rows}"), MAX_LIST_BUTTON, Units::Utf16)
}

/// The Cloud API client.
struct CloudApi {
    settings: Settings,
    client: reqwest::Client,
}

impl Sender for CloudApi {
    fn deliver<'a>(&'a self, entry: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async move {
            let bodies = requests(entry, Utc::now())?;
            let url = format!("{}/{}/messages", self.settings.api, self.settings.phone_number_id);
            meta::post_each(&self.client, "WhatsApp", &url, &self.settings.token, &bodies, entry.sent_parts).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Speaker;

    /// A shared fixture's variants (each a whole webhook body), or `None`
    /// (skipped) when the folder is absent.
    fn variants(name: &str) -> Option<Vec<(String, Vec<u8>)>> {
        let bytes = meta::testing::fixture(&format!("whatsapp/{name}"))?;
        let all: serde_json::Map<String, Json> = serde_json::from_slice(&bytes).unwrap();
        Some(all.into_iter().map(|(k, v)| (k, serde_json::to_vec(&v).unwrap())).collect())
    }

    fn inputs(body: &[u8]) -> Vec<(String, String, Input)> {
        parse(body, Utc::now()).unwrap().into_iter().map(|e| (e.event_id, e.conversation, e.input)).collect()
    }

    fn entry(author: Speaker, hours_ago: i64, replies: Vec<Reply>) -> OutboxEntry {
        meta::testing::entry("whatsapp:972987654321", author, hours_ago, replies)
    }

    fn choices(n: usize, label: &str) -> Reply {
        Reply {
            text: "Choose".into(),
            buttons: (0..n).map(|i| Button { payload: format!("n:x#{i}"), label: format!("{label}{i}") }).collect(),
        }
    }

    #[test]
    fn every_message_kind_in_the_fixture_is_input_or_ignored() {
        let Some(all) = variants("message.json") else { return };
        let who = "whatsapp:972987654321".to_string();
        for (name, body) in all {
            let got = inputs(&body);
            let expected: Vec<Input> =
                match name.as_str() {
                    "text" => vec![Input::Text("Body Text".into())],
                    "reply" => vec![Input::Text("replied text".into())],
                    "forwarded" => vec![Input::Text("forwarded text".into())],
                    "forwarded_many_times" => vec![Input::Text("text forwarded many times".into())],
                    "referral" => vec![Input::Text(
                        serde_json::from_slice::<Json>(&body).unwrap()["entry"][0]["changes"][0]["value"]["messages"]
                            [0]["text"]["body"]
                            .as_str()
                            .unwrap()
                            .into(),
                    )],
                    "unreaction_empty" | "unreaction_no_emoji" => vec![],
                    // Images, video, documents, audio, stickers, a reaction,
                    // locations, contacts, an order, unsupported kinds and an
                    // interactive message WhatsApp could not read.
                    _ => vec![Input::Text(String::new())],
                };
            assert_eq!(got.iter().map(|g| g.2.clone()).collect::<Vec<_>>(), expected, "{name}");
            for (id, conversation, _) in &got {
                assert!(id.starts_with("wamid."), "{name}: {id}");
                assert_eq!(conversation, &who, "{name}");
            }
        }
    }

    #[test]
    fn interactive_replies_and_template_buttons_are_button_input() {
        let Some(buttons) = variants("callback_button.json") else { return };
        let selections = variants("callback_selection.json").unwrap();
        for (name, body) in buttons.into_iter().chain(selections) {
            let got = inputs(&body);
            assert_eq!(got.len(), 1, "{name}");
            assert_eq!(got[0].2, Input::Button("callback_data".into()), "{name}");
            assert_eq!(got[0].1, "whatsapp:972987654321");
        }
    }

    #[test]
    fn status_callbacks_and_system_messages_are_acknowledged_and_ignored() {
        let Some(statuses) = variants("message_status.json") else { return };
        let system = variants("system.json").unwrap();
        assert_eq!(statuses.len() + system.len(), 8);
        for (name, body) in statuses.into_iter().chain(system) {
            assert_eq!(parse(&body, Utc::now()).unwrap(), vec![], "{name}");
        }
    }

    #[test]
    fn batches_other_fields_and_malformed_bodies() {
        let body = r#"{"object":"whatsapp_business_account","entry":[
            {"id":"W","changes":[
                {"field":"messages","value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":"A"},"wa_id":"81901"}],
                  "messages":[{"from":"81901","id":"wamid.1","timestamp":"1","type":"text","text":{"body":"hi"}},
                              {"from":"81901","id":"wamid.2","timestamp":"2","type":"request_welcome"}]}},
                {"field":"message_template_status_update","value":{"event":"APPROVED"}}
            ]},
            {"id":"W","changes":[{"field":"messages","value":{"messages":[
                {"from":"81902","id":"wamid.3","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"lang:vi","title":"Tiếng Việt"}}}]}}]}
        ]}"#;
        let got = inputs(body.as_bytes());
        assert_eq!(
            got,
            vec![
                ("wamid.1".into(), "whatsapp:81901".into(), Input::Text("hi".into())),
                ("wamid.2".into(), "whatsapp:81901".into(), Input::Text("/start".into())),
                ("wamid.3".into(), "whatsapp:81902".into(), Input::Button("lang:vi".into())),
            ]
        );
        assert!(parse(b"{", Utc::now()).is_err());
        assert!(parse(br#"{"entry":[]}"#, Utc::now()).is_err());
        let no_id = br#"{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"from":"1","type":"text"}]}}]}]}"#;
        assert!(parse(no_id, Utc::now()).unwrap_err().contains("malformed"));
        assert_eq!(parse(br#"{"object":"whatsapp_business_account","entry":[]}"#, Utc::now()).unwrap(), vec![]);
        assert_eq!(parse(br#"{"object":"page","entry":[{"messaging":[]}]}"#, Utc::now()).unwrap(), vec![]);
    }

    fn interactive(body: &Json) -> &Json {
        assert_eq!(body["type"], "interactive");
        &body["interactive"]
    }

    #[test]
    fn up_to_three_short_choices_are_reply_buttons() {
        let bodies = requests(&entry(Speaker::Bot, 1, vec![choices(2, "Yes")]), Utc::now()).unwrap();
        assert_eq!(bodies.len(), 1);
        assert_eq!(bodies[0]["messaging_product"], "whatsapp");
        assert_eq!(bodies[0]["to"], "972987654321");
        let i = interactive(&bodies[0]);
        assert_eq!(i["type"], "button");
        assert_eq!(i["body"]["text"], "Choose");
        let buttons = i["action"]["buttons"].as_array().unwrap();
        assert_eq!(buttons.len(), 2);
        assert_eq!(buttons[1], json!({ "type": "reply", "reply": { "id": "n:x#1", "title": "Yes1" } }));
    }

    #[test]
    fn four_to_ten_choices_or_long_titles_are_a_list() {
        for reply in [choices(10, "Choice "), choices(2, "A rather long label, over 20 ")] {
            let bodies = requests(&entry(Speaker::Bot, 1, vec![reply.clone()]), Utc::now()).unwrap();
            assert_eq!(bodies.len(), 1);
            let i = interactive(&bodies[0]);
            assert_eq!(i["type"], "list");
            let rows = i["action"]["sections"][0]["rows"].as_array().unwrap();
            assert_eq!(rows.len(), reply.buttons.len());
            for (row, button) in rows.iter().zip(&reply.buttons) {
                assert_eq!(row["id"], button.payload.as_str());
                assert!(row["title"].as_str().unwrap().chars().count() <= 24, "{row}");
            }
            assert!(i["action"]["button"].as_str().unwrap().chars().count() <= 20);
            assert!(i["body"]["text"].as_str().unwrap().chars().count() <= 1024);
        }
    }

    #[test]
    fn more_than_ten_choices_are_numbered_in_the_text_with_the_first_ten_listed() {
        let bodies = requests(&entry(Speaker::Bot, 1, vec![choices(12, "Prefecture ")]), Utc::now()).unwrap();
        let i = interactive(&bodies[0]);
        let rows = i["action"]["sections"][0]["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 10);
        assert_eq!(rows[0]["title"], "1 Prefecture 0");
        let text = i["body"]["text"].as_str().unwrap();
        assert!(text.contains("[11] Prefecture 10") && text.contains("[12] Prefecture 11"), "{text}");
    }

    #[test]
    fn long_texts_are_split_and_the_choices_ride_on_a_short_last_part() {
        let long = "word ".repeat(1200);
        let mut reply = choices(3, "Opt");
        reply.text = long.clone();
        let bodies =
            requests(&entry(Speaker::Bot, 1, vec![Reply { text: long, buttons: vec![] }, reply]), Utc::now()).unwrap();
        let mut texts = 0;
        for body in &bodies {
            match body["type"].as_str().unwrap() {
                "text" => {
                    texts += 1;
                    let text = body["text"]["body"].as_str().unwrap();
                    assert!(!text.is_empty() && text.chars().count() <= MAX_TEXT);
                }
                _ => {
                    let text = body["interactive"]["body"]["text"].as_str().unwrap();
                    assert!(!text.is_empty() && text.chars().count() <= MAX_INTERACTIVE_BODY);
                }
            }
        }
        assert_eq!(texts, 4, "two parts of each 6,000-character text, the second one's tail carries buttons");
        assert_eq!(bodies.last().unwrap()["interactive"]["type"], "button");
        let words: usize = bodies
            .iter()
            .map(|b| {
                b["text"]["body"]
                    .as_str()
                    .or(b["interactive"]["body"]["text"].as_str())
                    .unwrap()
                    .split_whitespace()
                    .count()
            })
            .sum();
        assert_eq!(words, 2400, "nothing lost");
    }

    #[test]
    fn ids_too_long_for_whatsapp_leave_the_numbered_list() {
        let mut reply = choices(2, "Yes");
        reply.buttons[0].payload = "p".repeat(MAX_BUTTON_ID + 1);
        let bodies = requests(&entry(Speaker::Bot, 1, vec![reply]), Utc::now()).unwrap();
        assert_eq!(bodies.len(), 1);
        assert_eq!(bodies[0]["type"], "text");
        assert!(bodies[0]["text"]["body"].as_str().unwrap().contains("[2] Yes1"));
    }

    #[test]
    fn nothing_goes_out_after_24_hours_whoever_wrote_it() {
        for author in [Speaker::Bot, Speaker::Counselor] {
            let refused = requests(&entry(author, 25, vec![choices(0, "")]), Utc::now()).unwrap_err();
            let DeliveryError::Permanent { reason } = refused else { panic!("{refused:?}") };
            assert!(reason.contains("24 hours") && reason.contains("template"), "{reason}");
            assert!(requests(&entry(author, 23, vec![choices(0, "")]), Utc::now()).is_ok());
        }
    }

    #[test]
    fn the_phone_number_id_is_checked() {
        assert!(Settings::new("s", "t", "1122334455667", "v", "http://127.0.0.1:1").is_ok());
        assert!(Settings::new("s", "t", "+81 90 1234 5678", "v", "http://127.0.0.1:1").is_err());
        assert!(Settings::new("s", "t", "1", "v", "ftp://x").is_err());
    }
}
