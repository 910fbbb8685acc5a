//! The web chat's small JSON API. The page keeps a random id in local
//! storage; the id is the conversation's key and its only credential, so it
//! must be long and random.
//!
//! - `POST /chat/api/messages` `{client_id, event_id, text | button, lang}` →
//!   202 once the message is stored durably (a repeated `event_id` is
//!   acknowledged and not handled twice).
//! - `GET /chat/api/messages?client_id&after&wait` → transcript lines after
//!   `after`, waiting up to `wait` seconds for new ones (long polling works
//!   through every proxy and on 2G phones, unlike WebSockets).
//! - `GET /chat/api/ui?lang` → the page's own few words in that language.

use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{ApiError, AppState, page};
use crate::engine::Input;
use crate::store::{Accepted, EventKind, InboundEvent, TranscriptEntry};

const PAGE: &str = include_str!("../../web/chat.html");
/// The channel name of web chat conversations.
pub const CHANNEL: &str = "web";
/// Longest a poll may wait, below common proxy time-outs.
const MAX_WAIT_SECONDS: u64 = 25;
/// Longest text accepted in one message; the engine reads less.
const MAX_TEXT_BYTES: usize = 64 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(|| async { page(PAGE) }))
        .route("/chat/api/messages", get(poll).post(post_message))
        .route("/chat/api/ui", get(ui))
}

#[derive(Deserialize)]
struct PostMessage {
    client_id: String,
    event_id: String,
    text: Option<String>,
    button: Option<String>,
    lang: Option<String>,
}

fn conversation_id(client_id: &str) -> Result<String, ApiError> {
    let valid = (16..=64).contains(&client_id.len())
        && client_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if valid {
        Ok(format!("{CHANNEL}:{client_id}"))
    } else {
        Err(ApiError::bad_request("client_id must be 16-64 letters, digits, '-' or '_'"))
    }
}

async fn post_message(
    State(state): State<AppState>,
    body: Result<Json<PostMessage>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(body) = body.map_err(|e| ApiError::bad_request(format!("malformed message: {}", e.body_text())))?;
    let conversation = conversation_id(&body.client_id)?;
    if body.event_id.is_empty() || body.event_id.len() > 100 {
        return Err(ApiError::bad_request("event_id must be 1-100 characters"));
    }
    let input = match (body.text, body.button) {
        (Some(text), None) if text.len() <= MAX_TEXT_BYTES => Input::Text(text),
        (Some(_), None) => return Err(ApiError::bad_request("the message is too long")),
        (None, Some(button)) if button.len() <= 200 => Input::Button(button),
        _ => return Err(ApiError::bad_request("send exactly one of text or button")),
    };
    let event = InboundEvent {
        conversation,
        channel: CHANNEL.to_string(),
        event_id: body.event_id,
        input,
        lang_hint: body.lang.filter(|l| l.len() <= 35),
        // Real time, not SODAN_TODAY's: it times platform windows.
        received_at: chrono::Utc::now(),
        reply_token: None,
        kind: EventKind::Message,
    };
    let accepted = state.runtime.submit(event).await.map_err(ApiError::internal)?;
    let duplicate = accepted == Accepted::Duplicate;
    Ok((StatusCode::ACCEPTED, Json(serde_json::json!({ "accepted": true, "duplicate": duplicate }))).into_response())
}

#[derive(Deserialize)]
struct Poll {
    client_id: String,
    #[serde(default)]
    after: u64,
    #[serde(default)]
    wait: u64,
}

#[derive(Serialize)]
struct PollAnswer {
    messages: Vec<TranscriptEntry>,
    /// The conversation's language once known, for the page's own words.
    language: Option<String>,
}

async fn poll(
    State(state): State<AppState>,
    query: Result<Query<Poll>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<PollAnswer>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let conversation = conversation_id(&query.client_id)?;
    let mut updates = state.runtime.subscribe();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(query.wait.min(MAX_WAIT_SECONDS));
    loop {
        let store = state.runtime.store().clone();
        let id = conversation.clone();
        let after = query.after;
        let (messages, language) = tokio::task::spawn_blocking(move || {
            let messages = store.transcript(&id, after)?;
            let language = store.conversation(&id)?.and_then(|c| c.engine.lang);
            Ok::<_, crate::store::StoreError>((messages, language))
        })
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
        if !messages.is_empty() || tokio::time::Instant::now() >= deadline {
            return Ok(Json(PollAnswer { messages, language }));
        }
        // Sleep until this conversation changes, the wait is over, or the server stops.
        let mut stopping = state.stopping.clone();
        loop {
            tokio::select! {
                update = tokio::time::timeout_at(deadline, updates.recv()) => match update {
                    Ok(Ok(changed)) if changed != conversation => continue,
                    Ok(Ok(_)) | Ok(Err(_)) | Err(_) => break,
                },
                _ = stopping.wait_for(|stop| *stop) => return Ok(Json(PollAnswer { messages: Vec::new(), language: None })),
            }
        }
    }
}

#[derive(Deserialize)]
struct UiQuery {
    lang: Option<String>,
}

async fn ui(State(state): State<AppState>, Query(query): Query<UiQuery>) -> Json<serde_json::Value> {
    let world = state.runtime.world().get();
    let catalog = &world.catalog;
    let lang = query.lang.as_deref().and_then(|l| catalog.resolve_hint(l)).unwrap_or(crate::i18n::REFERENCE);
    let words: serde_json::Map<String, serde_json::Value> =
        crate::i18n::WEB_CHAT_MESSAGES.iter().map(|id| (id.to_string(), catalog.text(lang, id, None).into())).collect();
    Json(serde_json::json!({ "lang": lang, "words": words }))
}
