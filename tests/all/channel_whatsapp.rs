//! WhatsApp end to end: the real `sodan serve` with the Cloud API pointed
//! at a fake Graph API on loopback, driven by pywa's webhook payloads
//! (`../shared/fixtures/whatsapp/`), signed as Meta signs.

use std::time::Duration;

use serde_json::{Value, json};
use sodan::channels::signature::{hmac_sha256, to_hex};

use crate::server::{FakePlatform, MetaWebhook, Recorded, Server, fixture};

const SECRET: &str = "test-whatsapp-app-secret";
const TOKEN: &str = "test-whatsapp-access-token";
const PHONE_ID: &str = "1122334455667";
const VERIFY: &str = "test-whatsapp-verify-token";

const WEBHOOK: MetaWebhook = MetaWebhook { path: "/webhooks/whatsapp", secret: SECRET };

async fn start(db: &std::path::Path, fake: &FakePlatform) -> Server {
    Server::start_with(
        db,
        None,
        &[
            ("WHATSAPP_APP_SECRET", SECRET.into()),
            ("WHATSAPP_ACCESS_TOKEN", TOKEN.into()),
            ("WHATSAPP_PHONE_NUMBER_ID", PHONE_ID.into()),
            ("WHATSAPP_VERIFY_TOKEN", VERIFY.into()),
            ("WHATSAPP_API_URL", fake.url.clone()),
        ],
    )
    .await
}

/// Every variant of a fixture file: each is a whole webhook body.
fn variants(name: &str) -> Option<Vec<(String, Value)>> {
    let all: serde_json::Map<String, Value> = serde_json::from_slice(&fixture(&format!("whatsapp/{name}"))?).unwrap();
    Some(all.into_iter().collect())
}

fn variant(name: &str, key: &str) -> Option<Value> {
    variants(name)?.into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// A fixture variant with its (first) message from `from`, with id `id`.
fn from(mut body: Value, who: &str, id: &str) -> Value {
    let value = &mut body["entry"][0]["changes"][0]["value"];
    value["messages"][0]["from"] = json!(who);
    value["messages"][0]["id"] = json!(id);
    if let Some(contact) = value["contacts"].get_mut(0) {
        contact["wa_id"] = json!(who);
    }
    body
}

fn text(who: &str, id: &str, words: &str) -> Option<Value> {
    let mut body = from(variant("message.json", "text")?, who, id);
    body["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = json!(words);
    Some(body)
}

fn sends(requests: &[Recorded]) -> Vec<&Recorded> {
    let path = format!("/{PHONE_ID}/messages");
    requests.iter().filter(|r| r.path == path).collect()
}

fn sends_to<'a>(requests: &'a [Recorded], who: &str) -> Vec<&'a Recorded> {
    sends(requests).into_iter().filter(|r| r.body["to"] == who).collect()
}

/// The words of a message: its text or its interactive body.
fn words(request: &Recorded) -> String {
    let body = &request.body;
    body["text"]["body"].as_str().or(body["interactive"]["body"]["text"].as_str()).unwrap_or_default().to_string()
}

fn assert_within_limits(request: &Recorded) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.headers["authorization"], format!("Bearer {TOKEN}"));
    let body = &request.body;
    assert_eq!(body["messaging_product"], "whatsapp");
    assert!(body["to"].as_str().is_some_and(|to| !to.is_empty()));
    let count = |v: &Value| v.as_str().map(|s| s.chars().count()).unwrap_or(usize::MAX);
    match body["type"].as_str().unwrap() {
        "text" => assert!((1..=4096).contains(&count(&body["text"]["body"])), "{body}"),
        "interactive" => {
            let interactive = &body["interactive"];
            assert!((1..=1024).contains(&count(&interactive["body"]["text"])), "{body}");
            match interactive["type"].as_str().unwrap() {
                "button" => {
                    let buttons = interactive["action"]["buttons"].as_array().unwrap();
                    assert!((1..=3).contains(&buttons.len()), "{body}");
                    for b in buttons {
                        assert_eq!(b["type"], "reply");
                        assert!((1..=20).contains(&count(&b["reply"]["title"])), "{b}");
                        assert!((1..=256).contains(&count(&b["reply"]["id"])), "{b}");
                    }
                }
                "list" => {
                    assert!((1..=20).contains(&count(&interactive["action"]["button"])), "{body}");
                    let rows: Vec<&Value> = interactive["action"]["sections"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .flat_map(|s| s["rows"].as_array().unwrap())
                        .collect();
                    assert!((1..=10).contains(&rows.len()), "{body}");
                    for row in rows {
                        assert!((1..=24).contains(&count(&row["title"])), "{row}");
                        assert!((1..=200).contains(&count(&row["id"])), "{row}");
                    }
                }
                other => panic!("unexpected interactive type {other}"),
            }
        }
        other => panic!("unexpected message type {other}"),
    }
}

#[tokio::test]
async fn the_subscription_check_answers_the_challenge_only_with_the_right_token() {
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    WEBHOOK.assert_subscription_check(&server, VERIFY, "abc-123").await;
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn a_conversation_with_text_a_list_selection_and_a_reply_button() {
    let Some(exact) = variant("message.json", "text") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    let worker = "972987654321";

    // The fixture's text message as it is.
    assert_eq!(WEBHOOK.post(&server, &exact).await, 200);
    let requests = fake.wait_until("a reply", |r| !sends(r).is_empty()).await;
    for send in sends(&requests) {
        assert_within_limits(send);
        assert_eq!(send.body["to"], worker);
    }
    // No language hint from WhatsApp: the first question is which language,
    // ten of them, as a list.
    let list = sends(&requests).into_iter().find(|s| s.body["interactive"]["type"] == "list").expect("a list").clone();
    let rows = list.body["interactive"]["action"]["sections"][0]["rows"].as_array().unwrap().clone();
    assert_eq!(rows.len(), 10);
    let english = rows.iter().find(|r| r["title"] == "English").expect("English is a row");

    // The worker picks it: pywa's list selection, with the row's id.
    let mut selection = from(variant("callback_selection.json", "callback").unwrap(), worker, "wamid.pick-en");
    selection["entry"][0]["changes"][0]["value"]["messages"][0]["interactive"]["list_reply"] =
        json!({ "id": english["id"], "title": "English" });
    assert_eq!(WEBHOOK.post(&server, &selection).await, 200);
    let requests = fake
        .wait_until("the menu in English", |r| sends(r).iter().any(|s| words(s).contains("What do you want to do?")))
        .await;
    for send in sends(&requests) {
        assert_within_limits(send);
    }

    // Two choices are reply buttons.
    let before = sends(&requests).len();
    assert_eq!(WEBHOOK.post(&server, &text(worker, "wamid.forget", "/forget").unwrap()).await, 200);
    let requests = fake
        .wait_until("the yes/no question", |r| {
            sends(r)[before..].iter().any(|s| s.body["interactive"]["type"] == "button")
        })
        .await;
    let question: Recorded = sends(&requests)[before..]
        .iter()
        .find(|s| s.body["interactive"]["type"] == "button")
        .map(|s| (*s).clone())
        .unwrap();
    assert_within_limits(&question);
    let buttons = question.body["interactive"]["action"]["buttons"].as_array().unwrap().clone();
    assert_eq!(buttons.len(), 2);
    let keep = buttons.iter().find(|b| b["reply"]["id"] != "forget:yes").unwrap();

    // The worker taps "No": pywa's button reply, with the button's id.
    let mut tap = from(variant("callback_button.json", "button").unwrap(), worker, "wamid.keep");
    tap["entry"][0]["changes"][0]["value"]["messages"][0]["interactive"]["button_reply"] =
        json!({ "id": keep["reply"]["id"], "title": keep["reply"]["title"] });
    let before = sends(&requests).len();
    assert_eq!(WEBHOOK.post(&server, &tap).await, 200);
    let requests = fake.wait_until("the answer to the tap", |r| sends(r).len() > before).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    for send in sends(&fake.requests()) {
        assert_within_limits(send);
    }
    // The tap was understood: the dialog did not ask the same question again.
    assert!(sends(&requests)[before..].iter().all(|s| s.body["interactive"]["type"] != "button"
        || s.body["interactive"]["action"]["buttons"] != question.body["interactive"]["action"]["buttons"]));
}

#[tokio::test]
async fn media_stickers_locations_and_reactions_make_the_dialog_ask_again() {
    let Some(all) = variants("message.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    for (i, kind) in ["image", "static_sticker", "chosen_location", "reaction", "unsupported"].iter().enumerate() {
        let body = all.iter().find(|(k, _)| k == kind).unwrap().1.clone();
        let who = format!("8190000000{i}");
        assert_eq!(WEBHOOK.post(&server, &from(body, &who, &format!("wamid.kind-{i}"))).await, 200, "{kind}");
        let requests = fake.wait_until(kind, |r| !sends_to(r, &who).is_empty()).await;
        for send in sends_to(&requests, &who) {
            assert_within_limits(send);
        }
    }
}

#[tokio::test]
async fn bad_or_missing_signatures_are_refused_and_nothing_is_processed() {
    let Some(body) = variant("message.json", "text") else { return };
    let body = serde_json::to_vec(&body).unwrap();
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    let status = |r: reqwest::Response| r.status().as_u16();
    let path = "/webhooks/whatsapp";
    let forged = format!("sha256={}", to_hex(&hmac_sha256(b"another-app", &body)));
    assert_eq!(status(server.post_raw(path, &body, &[("X-Hub-Signature-256", forged)]).await), 401);
    assert_eq!(status(server.post_raw(path, &body, &[]).await), 401);
    assert_eq!(status(server.post_raw(path, &body, &[("X-Hub-Signature-256", "sha256=".into())]).await), 401);
    let mut tampered = body.clone();
    tampered[20] ^= 1;
    assert_eq!(
        status(server.post_raw(path, &tampered, &[("X-Hub-Signature-256", WEBHOOK.signature(&body))]).await),
        401
    );
    // Signed but malformed; and the whole fixture file, which is a map of
    // bodies rather than one.
    assert_eq!(WEBHOOK.post_bytes(&server, b"{\"object\":").await, 400);
    assert_eq!(WEBHOOK.post_bytes(&server, &fixture("whatsapp/message.json").unwrap()).await, 400);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(fake.requests().is_empty(), "nothing was processed: {:#?}", fake.requests());
}

#[tokio::test]
async fn a_repeated_message_id_is_processed_once() {
    let Some(body) = text("819011112222", "wamid.dup-1", "hello") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(WEBHOOK.post(&server, &body).await, 200);
    fake.wait_until("the answer", |r| !sends(r).is_empty()).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let answered = sends(&fake.requests()).len();
    assert_eq!(WEBHOOK.post(&server, &body).await, 200);
    assert_eq!(WEBHOOK.post(&server, &body).await, 200);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sends(&fake.requests()).len(), answered, "one answer for one message id");
}

#[tokio::test]
async fn status_callbacks_system_messages_and_other_fields_are_acknowledged_and_not_answered() {
    let Some(statuses) = variants("message_status.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    let system = variants("system.json").unwrap();
    let unreactions = variants("message.json").unwrap().into_iter().filter(|(k, _)| k.starts_with("unreaction"));
    for (name, body) in statuses.into_iter().chain(system).chain(unreactions) {
        assert_eq!(WEBHOOK.post(&server, &body).await, 200, "{name}");
    }
    let template_update = json!({ "object": "whatsapp_business_account", "entry": [{ "id": "1", "changes": [
        { "field": "message_template_status_update", "value": { "event": "APPROVED", "message_template_id": 1 } }
    ]}]});
    assert_eq!(WEBHOOK.post(&server, &template_update).await, 200);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(sends(&fake.requests()).is_empty(), "nothing answered: {:#?}", fake.requests());
}
