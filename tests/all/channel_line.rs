//! LINE end to end: the real `sodan serve` with LINE pointed at a fake
//! Messaging API on loopback, driven by the LINE SDK's own webhook payload
//! (`../shared/fixtures/line/webhook-events.json`), signed as LINE signs.

use base64::Engine;
use serde_json::{Value, json};
use sodan::channels::signature::hmac_sha256;

use crate::server::{FakePlatform, Recorded, Server, fixture};

const SECRET: &str = "test-channel-secret";
const TOKEN: &str = "test-channel-access-token";

/// The fixture's events, or `None` when the shared fixtures are absent.
pub fn fixture_events() -> Option<Vec<Value>> {
    let bytes = fixture("line/webhook-events.json")?;
    let body: Value = serde_json::from_slice(&bytes).expect("the fixture is JSON");
    Some(body["events"].as_array().expect("events").clone())
}

/// The fixture's first text message, from `user`, with its own event id and text.
pub fn text_event(events: &[Value], user: &str, id: &str, text: &str) -> Value {
    let mut event = events.iter().find(|e| e["type"] == "message" && e["message"]["type"] == "text").unwrap().clone();
    event["webhookEventId"] = json!(id);
    event["source"]["userId"] = json!(user);
    event["message"]["text"] = json!(text);
    event["replyToken"] = json!(format!("reply-token-{id}"));
    event
}

fn body(events: &[Value]) -> Vec<u8> {
    serde_json::to_vec(&json!({ "destination": "Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "events": events })).unwrap()
}

fn signature(body: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(hmac_sha256(SECRET.as_bytes(), body))
}

pub async fn start(db: &std::path::Path, fake: &FakePlatform) -> Server {
    Server::start_with(
        db,
        None,
        &[
            ("LINE_CHANNEL_SECRET", SECRET.into()),
            ("LINE_CHANNEL_ACCESS_TOKEN", TOKEN.into()),
            ("LINE_API_URL", fake.url.clone()),
        ],
    )
    .await
}

pub async fn post(server: &Server, events: &[Value]) -> u16 {
    let body = body(events);
    let signature = signature(&body);
    server.post_raw("/webhooks/line", &body, &[("X-Line-Signature", signature)]).await.status().as_u16()
}

pub fn sends(requests: &[Recorded]) -> Vec<&Recorded> {
    requests.iter().filter(|r| r.path.starts_with("/v2/bot/message/")).collect()
}

/// Every text of every successful send, in order.
pub fn texts(requests: &[Recorded]) -> Vec<String> {
    sends(requests)
        .into_iter()
        .filter(|r| r.status == 200)
        .flat_map(|r| r.body["messages"].as_array().cloned().unwrap_or_default())
        .map(|m| m["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn assert_within_limits(request: &Recorded) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.headers["authorization"], format!("Bearer {TOKEN}"));
    let messages = request.body["messages"].as_array().expect("messages");
    assert!((1..=5).contains(&messages.len()), "1 to 5 messages per call: {}", messages.len());
    for message in messages {
        let text = message["text"].as_str().expect("text");
        assert!(text.encode_utf16().count() <= 5000);
        if let Some(items) = message["quickReply"]["items"].as_array() {
            assert!(items.len() <= 13, "at most 13 quick replies");
            for item in items {
                assert!(item["action"]["label"].as_str().unwrap().chars().count() <= 20, "{item}");
            }
        }
    }
}

#[tokio::test]
async fn a_signed_message_is_answered_with_the_reply_token_in_the_profile_language() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer(
        "/v2/bot/profile/U-vi-worker",
        200,
        json!({ "displayName": "Lan", "userId": "U-vi-worker", "language": "vi" }),
    );
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;

    assert_eq!(post(&server, &[text_event(&events, "U-vi-worker", "ev-1", "Xin chào")]).await, 200);
    let requests = fake.wait_until("a reply", |r| !sends(r).is_empty()).await;
    let reply = sends(&requests)[0].clone();
    assert_eq!(reply.path, "/v2/bot/message/reply", "the free reply API while the token is fresh");
    assert_eq!(reply.body["replyToken"], "reply-token-ev-1");
    assert_within_limits(&reply);
    let said = texts(&requests).join("\n");
    assert!(said.contains("Xin chào") || said.contains("lương"), "answered in Vietnamese: {said}");
    // The main menu's choices ride on the last message as postback quick replies.
    let last = reply.body["messages"].as_array().unwrap().last().unwrap().clone();
    let items = last["quickReply"]["items"].as_array().expect("quick replies");
    assert_eq!(items[0]["action"]["type"], "postback");

    // Tapping one sends its postback data back.
    let data = items[0]["action"]["data"].as_str().unwrap().to_string();
    let mut tap = events.iter().find(|e| e["type"] == "postback").unwrap().clone();
    tap["webhookEventId"] = json!("ev-2");
    tap["source"]["userId"] = json!("U-vi-worker");
    tap["postback"] = json!({ "data": data });
    tap["replyToken"] = json!("reply-token-ev-2");
    assert_eq!(post(&server, &[tap]).await, 200);
    let requests = fake.wait_until("a second reply", |r| sends(r).len() >= 2).await;
    assert_eq!(sends(&requests)[1].body["replyToken"], "reply-token-ev-2");
    assert_within_limits(sends(&requests)[1]);
}

#[tokio::test]
async fn bad_or_missing_signatures_are_refused_and_nothing_is_processed() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    let body = body(&[text_event(&events, "U1", "ev-bad", "hello")]);
    let forged = base64::engine::general_purpose::STANDARD.encode(hmac_sha256(b"someone-else", &body));
    let status = |r: reqwest::Response| r.status().as_u16();
    assert_eq!(status(server.post_raw("/webhooks/line", &body, &[("X-Line-Signature", forged)]).await), 401);
    assert_eq!(status(server.post_raw("/webhooks/line", &body, &[]).await), 401);
    assert_eq!(
        status(server.post_raw("/webhooks/line", &body, &[("X-Line-Signature", "not base64!".into())]).await),
        401
    );
    // A body changed after signing.
    let good = signature(&body);
    let mut tampered = body.clone();
    tampered[10] ^= 1;
    assert_eq!(status(server.post_raw("/webhooks/line", &tampered, &[("X-Line-Signature", good)]).await), 401);
    // Signed but malformed.
    let junk = b"{\"events\": [";
    assert_eq!(status(server.post_raw("/webhooks/line", junk, &[("X-Line-Signature", signature(junk))]).await), 400);
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert!(fake.requests().is_empty(), "nothing was processed: {:#?}", fake.requests());
}

#[tokio::test]
async fn the_verification_call_and_every_fixture_event_kind_are_acknowledged() {
    let Some(whole) = fixture("line/webhook-events.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(post(&server, &[]).await, 200, "LINE's verification call has no events");
    // The whole fixture as LINE's SDK has it: beacons, joins, unsends, an
    // unknown "undefined" event … none is a 500. (Its events share one
    // webhookEventId, so only the first is processed, as the contract says.)
    let status = server.post_raw("/webhooks/line", &whole, &[("X-Line-Signature", signature(&whole))]).await.status();
    assert_eq!(status, 200);
    fake.wait_until("one answer to the first event", |r| sends(r).len() == 1).await;
}

#[tokio::test]
async fn a_redelivered_event_is_processed_once() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer("/v2/bot/profile/U-dup", 200, json!({ "language": "en" }));
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    let event = text_event(&events, "U-dup", "ev-dup", "hello");
    let mut redelivered = event.clone();
    redelivered["deliveryContext"]["isRedelivery"] = json!(true);
    assert_eq!(post(&server, std::slice::from_ref(&event)).await, 200);
    assert_eq!(post(&server, &[redelivered]).await, 200);
    assert_eq!(post(&server, &[event]).await, 200);
    fake.wait_until("the answer", |r| !sends(r).is_empty()).await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(sends(&fake.requests()).len(), 1, "one answer for one event");
}

#[tokio::test]
async fn a_reply_arrives_exactly_once_after_three_failed_sends() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer("/v2/bot/profile/U-retry", 200, json!({ "language": "en" }));
    fake.fail_next(3, 500, &[]);
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(post(&server, &[text_event(&events, "U-retry", "ev-r", "hello")]).await, 200);
    let requests = fake.wait_until("a successful send", |r| sends(r).iter().any(|s| s.status == 200)).await;
    let all = sends(&requests);
    assert_eq!(all.iter().filter(|s| s.status == 500).count(), 3);
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let delivered: Vec<Recorded> = sends(&fake.requests()).into_iter().filter(|s| s.status == 200).cloned().collect();
    assert_eq!(delivered.len(), 1, "delivered exactly once: {delivered:#?}");
    assert_within_limits(&delivered[0]);
}

#[tokio::test]
async fn too_many_requests_waits_for_retry_after() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer("/v2/bot/profile/U-429", 200, json!({ "language": "en" }));
    fake.fail_next(1, 429, &[("Retry-After", "3")]);
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(post(&server, &[text_event(&events, "U-429", "ev-429", "hello")]).await, 200);
    let start = std::time::Instant::now();
    fake.wait_until("the refused send", |r| sends(r).len() == 1).await;
    fake.wait_until("the retried send", |r| sends(r).len() == 2).await;
    assert!(start.elapsed() >= std::time::Duration::from_millis(2500), "waited {:?}", start.elapsed());
}

#[tokio::test]
async fn an_acknowledged_event_is_answered_after_kill_9_and_restart() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer("/v2/bot/profile/U-crash", 200, json!({ "language": "en" }));
    // The platform is down when the event arrives, so the reply is still in
    // the outbox when the process dies.
    fake.fail_next(1000, 503, &[]);
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(post(&server, &[text_event(&events, "U-crash", "ev-crash", "hello")]).await, 200);
    fake.wait_until("a failed send", |r| !sends(r).is_empty()).await;
    server.crash();

    let healthy = FakePlatform::start().await;
    let server = start(db.path(), &healthy).await;
    let requests = healthy.wait_until("the reply after restart", |r| !sends(r).is_empty()).await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let delivered = sends(&healthy.requests()).len();
    assert_eq!(delivered, 1, "once: {requests:#?}");
    assert!(texts(&healthy.requests()).join(" ").to_lowercase().contains("sodan") || !texts(&requests).is_empty());
    drop(server);
}

#[tokio::test]
async fn a_burst_of_1000_events_over_100_conversations_keeps_each_conversations_order() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    crate::console_api::add_account(db.path(), "auditor", "admin");
    let server = start(db.path(), &fake).await;
    let server = std::sync::Arc::new(server);
    let events = std::sync::Arc::new(events);
    let mut senders = Vec::new();
    for worker in 0..100 {
        let (server, events) = (server.clone(), events.clone());
        // Like LINE: one conversation's events one after another, conversations at once.
        senders.push(tokio::spawn(async move {
            for n in 0..10 {
                let event =
                    text_event(&events, &format!("U-burst-{worker}"), &format!("burst-{worker}-{n}"), &format!("m{n}"));
                assert_eq!(post(&server, &[event]).await, 200);
            }
        }));
    }
    for sender in senders {
        sender.await.unwrap();
    }
    fake.wait_until("an answer to each of the 1,000 events", |r| sends(r).len() >= 1000).await;
    let auditor = crate::console_api::Api::login(&server, "auditor").await;
    for worker in 0..100 {
        let transcript = auditor.transcript(&format!("line:U-burst-{worker}")).await;
        let said: Vec<&str> =
            transcript.iter().filter(|m| m["from"] == "worker").map(|m| m["text"].as_str().unwrap()).collect();
        let expected: Vec<String> = (0..10).map(|n| format!("m{n}")).collect();
        assert_eq!(said, expected, "conversation {worker} in order");
    }
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(sends(&fake.requests()).len(), 1000, "one answer per event, none twice");
}
