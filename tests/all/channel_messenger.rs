//! Messenger end to end: the real `sodan serve` with Messenger pointed at a
//! fake Graph API on loopback, driven by the Bot Framework SDK's Messenger
//! payloads (`../shared/fixtures/messenger/`), signed as Meta signs.

use std::time::Duration;

use serde_json::{Value, json};
use sodan::channels::signature::{hmac_sha256, to_hex};

use crate::server::{FakePlatform, MetaWebhook, Recorded, Server, fixture};

const SECRET: &str = "test-messenger-app-secret";
const TOKEN: &str = "test-page-access-token";
const VERIFY: &str = "test-verify-token";

const WEBHOOK: MetaWebhook = MetaWebhook { path: "/webhooks/messenger", secret: SECRET };

async fn start(db: &std::path::Path, fake: &FakePlatform) -> Server {
    Server::start_with(
        db,
        None,
        &[
            ("MESSENGER_APP_SECRET", SECRET.into()),
            ("MESSENGER_PAGE_ACCESS_TOKEN", TOKEN.into()),
            ("MESSENGER_VERIFY_TOKEN", VERIFY.into()),
            ("MESSENGER_API_URL", fake.url.clone()),
        ],
    )
    .await
}

/// `Payload.json` (one text message), from `psid`, with its own mid and text.
fn text_message(psid: &str, mid: &str, text: &str) -> Option<Value> {
    let mut body: Value = serde_json::from_slice(&fixture("messenger/Payload.json")?).unwrap();
    let item = &mut body["entry"][0]["messaging"][0];
    item["sender"]["id"] = json!(psid);
    item["message"]["mid"] = json!(mid);
    item["message"]["text"] = json!(text);
    Some(body)
}

fn sends(requests: &[Recorded]) -> Vec<&Recorded> {
    requests.iter().filter(|r| r.path.ends_with("/me/messages")).collect()
}

fn texts(requests: &[Recorded]) -> String {
    let all: Vec<&str> = sends(requests).iter().filter_map(|r| r.body["message"]["text"].as_str()).collect();
    all.join("\n")
}

fn assert_within_limits(request: &Recorded) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.headers["authorization"], format!("Bearer {TOKEN}"));
    assert_eq!(request.body["messaging_type"], "RESPONSE", "the bot answers inside the standard window");
    assert!(request.body.get("tag").is_none(), "the bot never tags its messages");
    let text = request.body["message"]["text"].as_str().expect("text");
    assert!(!text.is_empty() && text.chars().count() <= 2000, "{} characters", text.chars().count());
    if let Some(quick) = request.body["message"]["quick_replies"].as_array() {
        assert!(!quick.is_empty() && quick.len() <= 13, "at most 13 quick replies: {}", quick.len());
        for q in quick {
            assert_eq!(q["content_type"], "text");
            let title = q["title"].as_str().unwrap();
            assert!(!title.is_empty() && title.chars().count() <= 20, "{q}");
            assert!(!q["payload"].as_str().unwrap().is_empty());
        }
    }
}

#[tokio::test]
async fn the_subscription_check_answers_the_challenge_only_with_the_right_token() {
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    WEBHOOK.assert_subscription_check(&server, VERIFY, "1158201444").await;
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn a_signed_message_is_answered_and_a_quick_reply_continues_the_dialog() {
    let Some(exact) = fixture("messenger/Payload.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;

    // The SDK's bytes as they are: tabs, no final newline.
    assert_eq!(WEBHOOK.post_bytes(&server, &exact).await, 200);
    let requests = fake.wait_until("a reply", |r| !sends(r).is_empty()).await;
    let first = sends(&requests)[0].clone();
    assert_within_limits(&first);
    assert_eq!(first.body["recipient"]["id"], "0", "answered to the sender's PSID");
    // No language hint from Messenger: the first question is which language.
    let quick = first.body["message"]["quick_replies"].as_array().expect("the languages as quick replies").clone();
    let english = quick.iter().find(|q| q["title"] == "English").expect("English is offered");

    // Tapping a quick reply sends its payload back with the title as text.
    let mut tap = text_message("0", "mid.tap-1", "English").unwrap();
    tap["entry"][0]["messaging"][0]["message"]["quick_reply"] = json!({ "payload": english["payload"] });
    assert_eq!(WEBHOOK.post(&server, &tap).await, 200);
    let requests = fake.wait_until("the menu in English", |r| texts(r).contains("What do you want to do?")).await;
    for send in sends(&requests) {
        assert_within_limits(send);
    }
}

#[tokio::test]
async fn postbacks_and_the_get_started_button_are_input() {
    let Some(postback) = fixture("messenger/PayloadWithPostBack.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    // A postback whose payload the dialog does not know: asked again.
    assert_eq!(WEBHOOK.post_bytes(&server, &postback).await, 200);
    fake.wait_until("an answer to the postback", |r| !sends(r).is_empty()).await;

    let mut started: Value = serde_json::from_slice(&postback).unwrap();
    let item = &mut started["entry"][0]["messaging"][0];
    item["sender"]["id"] = json!("PSID-start");
    item["postback"] = json!({ "title": "Get Started", "payload": "GET_STARTED", "mid": "m_get_started" });
    assert_eq!(WEBHOOK.post(&server, &started).await, 200);
    let requests = fake
        .wait_until("an answer to Get Started", |r| sends(r).iter().any(|s| s.body["recipient"]["id"] == "PSID-start"))
        .await;
    for send in sends(&requests) {
        assert_within_limits(send);
    }
}

#[tokio::test]
async fn bad_or_missing_signatures_are_refused_and_nothing_is_processed() {
    let Some(exact) = fixture("messenger/Payload.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    let status = |r: reqwest::Response| r.status().as_u16();
    let path = "/webhooks/messenger";
    let forged = format!("sha256={}", to_hex(&hmac_sha256(b"someone-else", &exact)));
    assert_eq!(status(server.post_raw(path, &exact, &[("X-Hub-Signature-256", forged)]).await), 401);
    assert_eq!(status(server.post_raw(path, &exact, &[]).await), 401);
    let bare_hex = WEBHOOK.signature(&exact).trim_start_matches("sha256=").to_string();
    assert_eq!(status(server.post_raw(path, &exact, &[("X-Hub-Signature-256", bare_hex)]).await), 401);
    assert_eq!(status(server.post_raw(path, &exact, &[("X-Hub-Signature-256", "sha256=zz".into())]).await), 401);
    // The old SHA-1 header alone is not enough.
    let sha1 = format!("sha1={}", to_hex(&hmac_sha256(SECRET.as_bytes(), &exact)[..20]));
    assert_eq!(status(server.post_raw(path, &exact, &[("X-Hub-Signature", sha1)]).await), 401);
    // A body changed after signing.
    let mut tampered = exact.clone();
    let at = tampered.len() - 10;
    tampered[at] ^= 1;
    assert_eq!(
        status(server.post_raw(path, &tampered, &[("X-Hub-Signature-256", WEBHOOK.signature(&exact))]).await),
        401
    );
    // Signed but malformed.
    assert_eq!(WEBHOOK.post_bytes(&server, b"{\"object\":\"page\",\"entry\":[").await, 400);
    // Far larger than any webhook.
    let huge = vec![b' '; 2 * 1024 * 1024];
    let refused = server.post_raw(path, &huge, &[("X-Hub-Signature-256", WEBHOOK.signature(&huge))]).await.status();
    assert_eq!(refused, 413);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(fake.requests().is_empty(), "nothing was processed: {:#?}", fake.requests());
}

#[tokio::test]
async fn a_repeated_mid_is_processed_once() {
    let Some(exact) = fixture("messenger/Payload.json") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(WEBHOOK.post_bytes(&server, &exact).await, 200);
    fake.wait_until("the answer", |r| !sends(r).is_empty()).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let answered = sends(&fake.requests()).len();
    // Meta redelivers; and one batch may even hold the same item twice.
    assert_eq!(WEBHOOK.post_bytes(&server, &exact).await, 200);
    let mut twice: Value = serde_json::from_slice(&exact).unwrap();
    let item = twice["entry"][0]["messaging"][0].clone();
    twice["entry"][0]["messaging"] = json!([item.clone(), item]);
    assert_eq!(WEBHOOK.post(&server, &twice).await, 200);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sends(&fake.requests()).len(), answered, "one answer for one mid");
}

#[tokio::test]
async fn echoes_reads_deliveries_referrals_and_handover_items_are_acknowledged_and_not_answered() {
    let Some(base) = text_message("PSID-quiet", "mid.quiet", "hi") else { return };
    let fake = FakePlatform::start().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    for name in [
        "PayloadWithReferral.json",
        "PayloadWithPassThreadControl.json",
        "PayloadWithTakeThreadControl.json",
        "PayloadWithRequestThreadControl.json",
    ] {
        let bytes = fixture(&format!("messenger/{name}")).unwrap();
        assert_eq!(WEBHOOK.post_bytes(&server, &bytes).await, 200, "{name}");
    }
    let with_item = |item: Value| {
        let mut body = base.clone();
        body["entry"][0]["messaging"] = json!([item]);
        body
    };
    let item = base["entry"][0]["messaging"][0].clone();
    let mut echo = item.clone();
    echo["message"]["is_echo"] = json!(true);
    echo["message"]["app_id"] = json!(1517776481860111_u64);
    let mut delivery = item.clone();
    delivery.as_object_mut().unwrap().remove("message");
    delivery["delivery"] = json!({ "mids": ["mid.quiet"], "watermark": 1458668856253_u64 });
    let mut read = item.clone();
    read.as_object_mut().unwrap().remove("message");
    read["read"] = json!({ "watermark": 1458668856253_u64 });
    let mut reaction = item.clone();
    reaction.as_object_mut().unwrap().remove("message");
    reaction["reaction"] = json!({ "mid": "mid.quiet", "action": "react", "reaction": "love", "emoji": "\u{2764}" });
    let mut unknown = item;
    unknown.as_object_mut().unwrap().remove("message");
    unknown["some_future_event"] = json!({ "x": 1 });
    for body in [with_item(echo), with_item(delivery), with_item(read), with_item(reaction), with_item(unknown)] {
        assert_eq!(WEBHOOK.post(&server, &body).await, 200, "{body}");
    }
    assert_eq!(
        WEBHOOK.post(&server, &json!({ "object": "page", "entry": [{ "id": "1", "time": 1, "changes": [] }] })).await,
        200
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(sends(&fake.requests()).is_empty(), "nothing answered: {:#?}", fake.requests());

    // Standby items belong to the app that owns those threads: only the
    // messaging item beside them (from PSID 0) is answered.
    let standby = fixture("messenger/PayloadWithStandby.json").unwrap();
    assert_eq!(WEBHOOK.post_bytes(&server, &standby).await, 200);
    fake.wait_until("the answer to the messaging item", |r| !sends(r).is_empty()).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    for send in sends(&fake.requests()) {
        assert_eq!(send.body["recipient"]["id"], "0", "standby users are not answered");
    }
}

#[tokio::test]
async fn a_refused_send_is_retried_until_it_goes_out_once() {
    let Some(body) = text_message("PSID-retry", "mid.retry", "hello") else { return };
    let fake = FakePlatform::start().await;
    fake.fail_next(2, 503, &[]);
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake).await;
    assert_eq!(WEBHOOK.post(&server, &body).await, 200);
    fake.wait_until("a successful send", |r| sends(r).iter().any(|s| s.status == 200)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let requests = fake.requests();
    let all = sends(&requests);
    assert_eq!(all.iter().filter(|s| s.status == 503).count(), 2);
    assert_eq!(all.iter().filter(|s| s.status == 200).count(), 1, "delivered once: {all:#?}");
}
