//! What Messenger and WhatsApp share, both being Meta webhooks on the
//! Graph API: the subscription check (`GET` with `hub.mode=subscribe`,
//! `hub.verify_token`, `hub.challenge`), `X-Hub-Signature-256` over the raw
//! body under the app secret, and sending one Graph request per message
//! with the access token as a bearer token.
//!
//! Each platform module only parses its own payload and renders its own
//! messages; the routes, the checks and the send loop are here.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use serde_json::Value as Json;

use super::{MAX_WEBHOOK_BYTES, accept, outcome, signature};
use crate::outbox::DeliveryError;
use crate::runtime::Runtime;
use crate::store::InboundEvent;

/// Turns a verified webhook body into worker events, or says (without
/// quoting the worker's words) why the body is malformed.
pub type Parse = fn(&[u8], DateTime<Utc>) -> Result<Vec<InboundEvent>, String>;

/// One Meta webhook endpoint.
pub struct Webhook {
    /// For logs: `Messenger`, `WhatsApp`.
    pub platform: &'static str,
    pub channel: &'static str,
    pub app_secret: String,
    pub verify_token: String,
    pub parse: Parse,
    pub runtime: Arc<Runtime>,
}

/// `GET` (subscription check) and `POST` (events) on `path`.
pub fn routes(path: &str, webhook: Webhook) -> Router {
    Router::new()
        .route(path, get(verify).post(receive))
        .layer(DefaultBodyLimit::max(MAX_WEBHOOK_BYTES))
        .with_state(Arc::new(webhook))
}

/// Meta's subscription check: the challenge back as the body when the mode
/// is `subscribe` and the verify token is ours; 403 otherwise.
async fn verify(State(webhook): State<Arc<Webhook>>, Query(query): Query<HashMap<String, String>>) -> Response {
    subscription_answer(&query, &webhook.verify_token, webhook.platform)
}

fn subscription_answer(query: &HashMap<String, String>, verify_token: &str, platform: &str) -> Response {
    let mode = query.get("hub.mode").map(String::as_str);
    let token = query.get("hub.verify_token").map(String::as_str).unwrap_or_default();
    if mode != Some("subscribe") || !signature::same_secret(token.as_bytes(), verify_token.as_bytes()) {
        tracing::warn!(%platform, "webhook subscription check with a wrong mode or verify token; refused");
        return StatusCode::FORBIDDEN.into_response();
    }
    match query.get("hub.challenge") {
        Some(challenge) => (StatusCode::OK, challenge.clone()).into_response(),
        None => (StatusCode::BAD_REQUEST, "hub.challenge is missing").into_response(),
    }
}

async fn receive(State(webhook): State<Arc<Webhook>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let platform = webhook.platform;
    if !signed(&headers, &body, &webhook.app_secret) {
        tracing::warn!(%platform, "webhook without a valid X-Hub-Signature-256; refused");
        return StatusCode::UNAUTHORIZED;
    }
    let events = match (webhook.parse)(&body, Utc::now()) {
        Ok(events) => events,
        Err(error) => {
            tracing::warn!(%platform, %error, bytes = body.len(), "malformed webhook body; refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    accept(&webhook.runtime, webhook.channel, events).await
}

/// Whether `X-Hub-Signature-256` is `sha256=` and the hex HMAC-SHA256 of
/// `body` under `app_secret`, compared in constant time.
pub fn signed(headers: &HeaderMap, body: &[u8], app_secret: &str) -> bool {
    let mac = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().strip_prefix("sha256="))
        .and_then(|hex| signature::from_hex(&hex.to_ascii_lowercase()));
    mac.is_some_and(|mac| signature::hmac_sha256_matches(app_secret.as_bytes(), body, &mac))
}

/// A JSON error as a log line can show it: where and what kind, never the
/// text around it (which may be the worker's words).
pub fn json_error(what: &str, error: &serde_json::Error) -> String {
    match error.line() {
        // From a value already parsed: there is no place to name.
        0 => format!("{what}: {:?} error", error.classify()),
        line => format!("{what}: {:?} error at line {line} column {}", error.classify(), error.column()),
    }
}

/// The entries of a Meta webhook body about `object` (Messenger's `page`,
/// WhatsApp's `whatsapp_business_account`); none, and a log line, when the
/// app is subscribed to something else too.
pub fn entries<E: serde::de::DeserializeOwned>(platform: &str, object: &str, body: &[u8]) -> Result<Vec<E>, String> {
    #[derive(serde::Deserialize)]
    struct Envelope<E> {
        object: String,
        #[serde(default = "Option::default")]
        entry: Option<Vec<E>>,
    }
    let envelope: Envelope<E> =
        serde_json::from_slice(body).map_err(|e| json_error(&format!("not a {platform} webhook body"), &e))?;
    if envelope.object != object {
        tracing::info!(%platform, object = %envelope.object, "a webhook for something other than {object}; ignored");
        return Ok(Vec::new());
    }
    Ok(envelope.entry.unwrap_or_default())
}

/// Sends `bodies[sent_parts..]` one Graph request each, in order. A
/// failure reports how many went out, so that a retry resumes after them.
pub async fn post_each(
    client: &reqwest::Client,
    platform: &str,
    url: &str,
    token: &str,
    bodies: &[Json],
    sent_parts: u32,
) -> Result<(), DeliveryError> {
    for (index, body) in bodies.iter().enumerate().skip(sent_parts as usize) {
        let sent = index as u32;
        match client.post(url).bearer_auth(token).json(body).send().await {
            // Graph sends rate limits as 400 too; the error code tells them apart.
            Ok(response) if response.status() == StatusCode::BAD_REQUEST => {
                let body = response.text().await.unwrap_or_default();
                let detail: String = body.chars().take(300).collect();
                let reason = format!("{platform} answered 400 Bad Request: {detail}");
                return Err(if throttled(&body) {
                    DeliveryError::temporary(reason, sent)
                } else {
                    DeliveryError::Permanent { reason }
                });
            }
            result => {
                outcome(platform, result, sent).await?;
            }
        }
    }
    Ok(())
}

/// Graph error codes that mean "too many requests" or "try again" although
/// they come with HTTP 400: Graph's transient errors, application, user
/// and page rate limits, and WhatsApp's account and pair rate limits.
const THROTTLING_CODES: [i64; 11] = [1, 2, 4, 17, 32, 341, 613, 80006, 130429, 131048, 131056];

/// Whether a Graph error body names a throttling or transient error.
fn throttled(body: &str) -> bool {
    let Ok(body) = serde_json::from_str::<Json>(body) else { return false };
    let error = &body["error"];
    error["code"].as_i64().is_some_and(|c| THROTTLING_CODES.contains(&c))
        || error["is_transient"].as_bool() == Some(true)
}

/// How long ago the worker last wrote, at `now`; `None` when never.
pub fn since_worker(worker_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<chrono::Duration> {
    worker_at.map(|at| now - at)
}

/// What the platform modules' unit tests share.
#[cfg(test)]
pub mod testing {
    use chrono::Utc;

    use crate::engine::Reply;
    use crate::store::{OutboxEntry, Outgoing, Speaker};

    /// A shared fixture's bytes (`../shared/fixtures/{path}`), or `None`
    /// when the folder is absent; under `CI=true` its absence fails.
    pub fn fixture(path: &str) -> Option<Vec<u8>> {
        let full = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/").to_string() + path;
        let read = std::fs::read(&full);
        assert!(read.is_ok() || std::env::var("CI").as_deref() != Ok("true"), "CI=true but {full} is absent");
        read.ok()
    }

    /// An outbox entry for `conversation` by `author`, the worker having
    /// last written `hours_ago`.
    pub fn entry(conversation: &str, author: Speaker, hours_ago: i64, replies: Vec<Reply>) -> OutboxEntry {
        let now = Utc::now();
        OutboxEntry {
            id: 3,
            conversation: conversation.into(),
            channel: conversation.split(':').next().unwrap_or_default().into(),
            outgoing: Outgoing {
                author,
                replies,
                reply_token: None,
                worker_at: Some(now - chrono::Duration::hours(hours_ago)),
            },
            created_at: now,
            attempts: 0,
            next_attempt_at: now,
            sent_parts: 0,
            dead: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[tokio::test]
    async fn the_subscription_check_answers_the_challenge_only_to_the_right_token() {
        let right = query(&[("hub.mode", "subscribe"), ("hub.verify_token", "vt"), ("hub.challenge", "1158201444")]);
        let answer = subscription_answer(&right, "vt", "test");
        assert_eq!(answer.status(), StatusCode::OK);
        let body = axum::body::to_bytes(answer.into_body(), 1024).await.unwrap();
        assert_eq!(&body[..], b"1158201444");

        let wrong = query(&[("hub.mode", "subscribe"), ("hub.verify_token", "vx"), ("hub.challenge", "1")]);
        assert_eq!(subscription_answer(&wrong, "vt", "test").status(), StatusCode::FORBIDDEN);
        let mode = query(&[("hub.mode", "unsubscribe"), ("hub.verify_token", "vt"), ("hub.challenge", "1")]);
        assert_eq!(subscription_answer(&mode, "vt", "test").status(), StatusCode::FORBIDDEN);
        assert_eq!(subscription_answer(&query(&[]), "vt", "test").status(), StatusCode::FORBIDDEN);
        let no_challenge = query(&[("hub.mode", "subscribe"), ("hub.verify_token", "vt")]);
        assert_eq!(subscription_answer(&no_challenge, "vt", "test").status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn signatures_are_sha256_hex_hmacs_of_the_raw_body() {
        let body = br#"{"object":"page","entry":[]}"#;
        let hex = signature::to_hex(&signature::hmac_sha256(b"app-secret", body));
        let headers = |value: &str| {
            let mut map = HeaderMap::new();
            map.insert("X-Hub-Signature-256", value.parse().unwrap());
            map
        };
        assert!(signed(&headers(&format!("sha256={hex}")), body, "app-secret"));
        assert!(signed(&headers(&format!("sha256={}", hex.to_uppercase())), body, "app-secret"));
        assert!(!signed(&headers(&format!("sha256={hex}")), body, "other-secret"));
        assert!(!signed(&headers(&format!("sha256={hex}")), b"{}", "app-secret"));
        assert!(!signed(&headers(&hex), body, "app-secret"), "the sha256= prefix is required");
        assert!(!signed(&headers("sha256=zz"), body, "app-secret"));
        assert!(!signed(&headers(&format!("sha1={hex}")), body, "app-secret"));
        assert!(!signed(&HeaderMap::new(), body, "app-secret"));
    }

    #[test]
    fn graph_rate_limits_sent_as_400_are_temporary() {
        let limit = r#"{"error":{"message":"(#613) Calls to this api have exceeded the rate limit.","type":"OAuthException","code":613}}"#;
        assert!(throttled(limit));
        let pair = r#"{"error":{"code":131056,"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit"}}"#;
        assert!(throttled(pair));
        let window = r#"{"error":{"code":131047,"message":"Re-engagement message"}}"#;
        assert!(!throttled(window));
        assert!(!throttled("not json"));
        assert!(throttled(r#"{"error":{"code":100,"is_transient":true}}"#));
    }

    #[test]
    fn json_errors_do_not_quote_the_body() {
        let error = serde_json::from_str::<u64>(r#""my boss hits me""#).unwrap_err();
        let line = json_error("not a webhook body", &error);
        assert!(!line.contains("boss"), "{line}");
        assert!(line.contains("line 1"), "{line}");
        let value = serde_json::from_value::<u64>(serde_json::json!("my boss hits me")).unwrap_err();
        assert_eq!(json_error("a message", &value), "a message: Data error");
    }
}
