//! Telegram end to end: the real `sodan serve` with `TELEGRAM_API_URL`
//! pointed at a fake Bot API on loopback, fed with teloxide's own update
//! payloads (`../shared/fixtures/telegram/`), by long polling and by webhook.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::server::{FakePlatform, Recorded, Server, fixture};

const TOKEN: &str = "123:abc";
/// Every Bot API call goes to `{url}/bot{token}/{method}`.
const PREFIX: &str = "/bot123:abc/";
const SECRET: &str = "s3cret_Token-1";
const WEBHOOK_URL: &str = "https://sodan.example.org/webhooks/telegram";

fn ok(result: Value) -> Value {
    json!({ "ok": true, "result": result })
}

/// The Message object `sendMessage` returns: a bot's message in `chat`.
fn bot_message(chat: i64) -> Value {
    json!({
        "message_id": 9001,
        "from": { "id": 5000000001i64, "is_bot": true, "first_name": "sodan", "username": "sodan_bot" },
        "chat": { "id": chat, "first_name": "Worker", "type": "private" },
        "date": 1700000000,
        "text": "sent"
    })
}

/// A fake Bot API that answers every method sodan uses as Telegram does;
/// `getUpdates` returns nothing unless an update is queued.
async fn bot_api() -> FakePlatform {
    let fake = FakePlatform::start().await;
    for method in ["deleteWebhook", "setWebhook", "setMyCommands", "answerCallbackQuery"] {
        fake.answer(&format!("/{method}"), 200, ok(json!(true)));
    }
    fake.answer("/sendMessage", 200, ok(bot_message(408258968)));
    fake.answer("/getUpdates", 200, ok(json!([])));
    fake
}

async fn start(db: &std::path::Path, fake: &FakePlatform, extra: &[(&str, String)]) -> Server {
    let mut env = vec![("TELEGRAM_BOT_TOKEN", TOKEN.to_string()), ("TELEGRAM_API_URL", fake.url.clone())];
    env.extend_from_slice(extra);
    Server::start_with(db, None, &env).await
}

fn method(request: &Recorded) -> &str {
    request.path.strip_prefix(PREFIX).unwrap_or(&request.path)
}

fn calls<'a>(requests: &'a [Recorded], name: &str) -> Vec<&'a Recorded> {
    requests.iter().filter(|r| method(r) == name).collect()
}

/// Successful `sendMessage` calls to `chat`.
fn sends(requests: &[Recorded], chat: i64) -> Vec<&Recorded> {
    calls(requests, "sendMessage").into_iter().filter(|r| r.status == 200 && r.body["chat_id"] == chat).collect()
}

fn labels(send: &Recorded) -> Vec<String> {
    send.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|button| button["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn payloads(send: &Recorded) -> Vec<String> {
    send.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|button| button["callback_data"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn assert_within_limits(send: &Recorded) {
    assert_eq!(send.method, "POST");
    let text = send.body["text"].as_str().expect("text");
    assert!(!text.is_empty() && text.encode_utf16().count() <= 4096);
    assert!(send.body.get("parse_mode").is_none(), "plain text");
    if let Some(rows) = send.body["reply_markup"]["inline_keyboard"].as_array() {
        for row in rows {
            let row = row.as_array().unwrap();
            assert!((1..=2).contains(&row.len()), "one or two buttons a row: {row:?}");
            for button in row {
                assert!(button["text"].as_str().unwrap().chars().count() <= 64);
                let data = button["callback_data"].as_str().unwrap();
                assert!((1..=64).contains(&data.len()), "{data}");
            }
        }
    }
}

fn vietnamese(text: &str) -> bool {
    text.to_lowercase().chars().any(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c))
}

fn json_fixture(path: &str) -> Option<Value> {
    fixture(path).map(|bytes| serde_json::from_slice(&bytes).expect("the fixture is JSON"))
}

#[tokio::test]
async fn long_polling_answers_in_the_workers_language_and_moves_the_offset_after_storing() {
    let Some(mut update) = json_fixture("telegram/update-private-text.json") else { return };
    let Some(mut tap) = json_fixture("telegram/callback-query.json") else { return };
    let chat = 408258968;
    let update_id = update["update_id"].as_i64().unwrap();
    update["message"]["from"]["language_code"] = json!("vi");
    let fake = bot_api().await;
    fake.answer_once("/getUpdates", 200, ok(json!([update])));
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake, &[]).await;

    let requests =
        fake.wait_until("a reply with a keyboard", |r| sends(r, chat).iter().any(|s| !labels(s).is_empty())).await;
    assert!(requests.iter().all(|r| r.path.starts_with(PREFIX)), "{requests:#?}");
    let position = |name: &str| requests.iter().position(|r| method(r) == name).unwrap();
    assert!(position("deleteWebhook") < position("getUpdates"), "no getUpdates while a webhook is set");
    let commands = &calls(&requests, "setMyCommands")[0].body["commands"];
    for command in ["start", "menu", "lang", "human", "forget"] {
        assert!(commands.as_array().unwrap().iter().any(|c| c["command"] == command), "{commands}");
    }
    let first_poll = &calls(&requests, "getUpdates")[0].body;
    assert!(first_poll["timeout"].as_u64().unwrap() > 0, "long polling: {first_poll}");
    let menu = sends(&requests, chat).into_iter().find(|s| !labels(s).is_empty()).unwrap().clone();
    for send in sends(&requests, chat) {
        assert_within_limits(send);
    }
    assert!(labels(&menu).iter().all(|l| !l.is_empty()));
    assert!(vietnamese(&labels(&menu).join(" ")), "labels in Vietnamese: {:?}", labels(&menu));

    // The update is confirmed only by the next poll, once it is stored.
    fake.wait_until("a poll past the update", |r| {
        calls(r, "getUpdates").iter().any(|g| g.body["offset"] == update_id + 1)
    })
    .await;

    // Tapping the first button sends a callback query with its data.
    let data = payloads(&menu)[0].clone();
    tap["from"]["id"] = json!(chat);
    tap["from"]["language_code"] = json!("vi");
    tap["data"] = json!(data);
    tap["message"] = bot_message(chat);
    let before = sends(&fake.requests(), chat).len();
    fake.answer_once("/getUpdates", 200, ok(json!([{ "update_id": update_id + 1, "callback_query": tap }])));
    let requests = fake
        .wait_until("the tap answered and the next step sent", |r| {
            !calls(r, "answerCallbackQuery").is_empty() && sends(r, chat).len() > before
        })
        .await;
    assert_eq!(calls(&requests, "answerCallbackQuery")[0].body["callback_query_id"], "id");
    for send in sends(&requests, chat) {
        assert_within_limits(send);
    }
    fake.wait_until("a poll past the tap", |r| {
        calls(r, "getUpdates").iter().any(|g| g.body["offset"] == update_id + 2)
    })
    .await;

    let stopping = Instant::now();
    assert_eq!(server.stop(), Some(0));
    assert!(stopping.elapsed() < Duration::from_secs(10), "stopped in {:?}", stopping.elapsed());
}

#[tokio::test]
async fn an_update_is_not_lost_when_the_process_dies_before_the_next_poll() {
    let Some(update) = json_fixture("telegram/update-message.json") else { return };
    let chat = 218485655;
    // Telegram is down for sending, so the reply is still in the outbox.
    let fake = bot_api().await;
    for _ in 0..1000 {
        fake.answer_once("/sendMessage", 502, json!({ "ok": false, "error_code": 502, "description": "Bad Gateway" }));
    }
    fake.answer_once("/getUpdates", 200, ok(json!([update.clone()])));
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake, &[]).await;
    fake.wait_until("a failed send", |r| !calls(r, "sendMessage").is_empty()).await;
    server.crash();

    // Telegram sends it again (the offset may not have moved): it is
    // answered once, from the outbox, and the repeat is dropped.
    let healthy = bot_api().await;
    healthy.answer_once("/getUpdates", 200, ok(json!([update])));
    let server = start(db.path(), &healthy, &[]).await;
    healthy.wait_until("the reply after restart", |r| !sends(r, chat).is_empty()).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let texts: Vec<Value> = sends(&healthy.requests(), chat).iter().map(|s| s.body["text"].clone()).collect();
    let mut unique = texts.clone();
    unique.sort_by_key(|t| t.to_string());
    unique.dedup();
    assert_eq!(texts.len(), unique.len(), "each message once: {texts:#?}");
    drop(server);
}

async fn post(server: &Server, body: &Value, secret: Option<&str>) -> u16 {
    let body = serde_json::to_vec(body).unwrap();
    let headers: Vec<(&str, String)> =
        secret.map(|s| vec![("X-Telegram-Bot-Api-Secret-Token", s.to_string())]).unwrap_or_default();
    server.post_raw("/webhooks/telegram", &body, &headers).await.status().as_u16()
}

#[tokio::test]
async fn webhook_mode_checks_the_secret_and_processes_each_message_once() {
    let Some(update) = json_fixture("telegram/update-message.json") else { return };
    let Some(unknown) = json_fixture("telegram/update-unknown-kind.json") else { return };
    let Some(group) = json_fixture("telegram/update-supergroup-command-reply.json") else { return };
    let Some(blocked) = json_fixture("telegram/update-my-chat-member.json") else { return };
    let chat = 218485655;
    let fake = bot_api().await;
    let db = tempfile::tempdir().unwrap();
    let server = start(
        db.path(),
        &fake,
        &[("TELEGRAM_WEBHOOK_URL", WEBHOOK_URL.into()), ("TELEGRAM_WEBHOOK_SECRET", SECRET.into())],
    )
    .await;
    let requests = fake.wait_until("setWebhook", |r| !calls(r, "setWebhook").is_empty()).await;
    let set = calls(&requests, "setWebhook")[0];
    assert_eq!(set.path, format!("{PREFIX}setWebhook"));
    assert_eq!(set.body["url"], WEBHOOK_URL);
    assert_eq!(set.body["secret_token"], SECRET);
    fake.wait_until("setMyCommands", |r| !calls(r, "setMyCommands").is_empty()).await;

    // Refused without the right secret, and nothing is processed.
    let mut stranger = update.clone();
    stranger["message"]["chat"]["id"] = json!(777);
    stranger["message"]["from"]["id"] = json!(777);
    assert_eq!(post(&server, &stranger, Some("wrong")).await, 401);
    assert_eq!(post(&server, &stranger, None).await, 401);
    assert_eq!(post(&server, &stranger, Some("")).await, 401);

    assert_eq!(post(&server, &update, Some(SECRET)).await, 200);
    fake.wait_until("the reply", |r| !sends(r, chat).is_empty()).await;
    // Malformed, unknown, group and member updates.
    let status = server
        .post_raw("/webhooks/telegram", b"{\"update_id\":", &[("X-Telegram-Bot-Api-Secret-Token", SECRET.into())])
        .await;
    assert_eq!(status.status().as_u16(), 400);
    assert_eq!(post(&server, &unknown, Some(SECRET)).await, 200);
    assert_eq!(post(&server, &group, Some(SECRET)).await, 200);
    assert_eq!(post(&server, &blocked, Some(SECRET)).await, 200);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let answered = sends(&fake.requests(), chat).len();

    // The same message again, also under a new update_id (Telegram
    // restarts them after a quiet week): processed once.
    assert_eq!(post(&server, &update, Some(SECRET)).await, 200);
    let mut renumbered = update.clone();
    renumbered["update_id"] = json!(5);
    assert_eq!(post(&server, &renumbered, Some(SECRET)).await, 200);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let requests = fake.requests();
    assert_eq!(sends(&requests, chat).len(), answered, "a repeated message is processed once");
    for send in sends(&requests, chat) {
        assert_within_limits(send);
    }
    assert!(sends(&requests, 777).is_empty(), "a refused update is not processed");
    assert!(sends(&requests, -1001293752024).is_empty(), "groups are not answered");
    assert!(calls(&requests, "getUpdates").is_empty(), "no polling in webhook mode");
    assert!(requests.iter().all(|r| r.path.starts_with(PREFIX)));
}

#[tokio::test]
async fn a_reply_is_delivered_once_after_two_server_errors() {
    let Some(update) = json_fixture("telegram/update-private-text.json") else { return };
    let chat = 408258968;
    let fake = bot_api().await;
    // The first part goes out, then Telegram fails twice.
    fake.answer_once("/sendMessage", 200, ok(bot_message(chat)));
    for _ in 0..2 {
        fake.answer_once(
            "/sendMessage",
            500,
            json!({ "ok": false, "error_code": 500, "description": "Internal Server Error" }),
        );
    }
    let db = tempfile::tempdir().unwrap();
    let server = start(db.path(), &fake, &[("TELEGRAM_WEBHOOK_URL", WEBHOOK_URL.into())]).await;
    let mut start = update.clone();
    start["message"]["text"] = json!("/start@sodan_bot");
    assert_eq!(post(&server, &start, None).await, 200, "no secret set: no header needed");
    let requests = fake
        .wait_until("delivery after the failures", |r| {
            calls(r, "sendMessage").iter().filter(|s| s.status == 500).count() == 2
                && calls(r, "sendMessage").last().is_some_and(|s| s.status == 200)
        })
        .await;
    // The retry resumes at the part that failed.
    let attempts: Vec<(u16, &Value)> =
        calls(&requests, "sendMessage").iter().map(|s| (s.status, &s.body["text"])).collect();
    assert_eq!(attempts.iter().map(|a| a.0).take(4).collect::<Vec<_>>(), vec![200, 500, 500, 200], "{attempts:#?}");
    assert_eq!(attempts[1].1, attempts[3].1, "resumed at the failed part");
    assert_ne!(attempts[0].1, attempts[3].1, "the part that went out is not sent again");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let requests = fake.requests();
    let delivered: Vec<&Value> = sends(&requests, chat).iter().map(|s| &s.body["text"]).collect();
    let mut unique = delivered.clone();
    unique.sort_by_key(|v| v.to_string());
    unique.dedup();
    assert_eq!(delivered.len(), unique.len(), "every part once: {delivered:#?}");
    assert!(sends(&requests, chat).iter().any(|s| !labels(s).is_empty()), "the menu arrived");
}
