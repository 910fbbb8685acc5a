//! `/api`: login, the queue, one conversation, and the counselor's actions.
//! Every call but login needs a live session (bearer token or cookie) —
//! 401 without — and admin-only calls check the role (403).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use super::accounts::{self, SESSION_HOURS};
use super::{Console, view};
use crate::http::ApiError;
use crate::runtime::{ActionError, Actor, CounselorAction, MAX_COUNSELOR_CHARS};
use crate::store::{AuditEntry, Role, Session};

const COOKIE: &str = "sodan_session";
/// Longest outcome or transfer target accepted.
const MAX_SHORT_FIELD: usize = 200;

pub fn router(console: Arc<Console>) -> Router {
    Router::new()
        .route("/api/login", post(login))
        .route("/api/logout", post(logout))
        .route("/api/me", get(me))
        .route("/api/counselors", get(counselors))
        .route("/api/conversations", get(list))
        .route("/api/conversations/{id}", get(open))
        .route("/api/conversations/{id}/claim", post(claim))
        .route("/api/conversations/{id}/messages", post(reply))
        .route("/api/conversations/{id}/release", post(release))
        .route("/api/conversations/{id}/close", post(close))
        .route("/api/conversations/{id}/transfer", post(transfer))
        .route("/api/conversations/{id}/notes", post(note))
        .route("/api/canned", get(canned))
        .route("/api/events", get(events))
        .route("/api/dead-letters", get(dead_letters))
        .route("/api/audit", get(audit_log))
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "no such API") })
        .with_state(console)
}

#[derive(Deserialize)]
struct Credentials {
    login: String,
    password: String,
}

async fn login(
    State(console): State<Arc<Console>>,
    extensions: Extensions,
    headers: HeaderMap,
    body: Result<Json<Credentials>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(credentials) = body.map_err(|_| ApiError::bad_request("send {\"login\": …, \"password\": …} as JSON"))?;
    let address = extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let login = credentials.login.trim().to_lowercase();
    if let Some(wait) = console.limiter.blocked(&login, address) {
        let mut response =
            ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too many failed logins; try again later").into_response();
        if let Ok(value) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return Ok(response);
    }
    let store = console.runtime.store().clone();
    let password = credentials.password;
    let who = login.clone();
    // argon2 is slow on purpose: keep it off the async threads.
    let verified = tokio::task::spawn_blocking(move || {
        let account = store.account(&who)?;
        Ok::<_, crate::store::StoreError>(
            account.filter(|a| !a.disabled && accounts::verify_password(&password, &a.password_hash)),
        )
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::internal)?;
    let Some(account) = verified else {
        console.limiter.failed(&login, address);
        tracing::info!("a console login failed");
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, "wrong login or password"));
    };
    console.limiter.succeeded(&login);
    let now = Utc::now();
    let store = console.runtime.store();
    let token = accounts::open_session(store.as_ref(), &account, now).map_err(ApiError::internal)?;
    audit(&console, &account.login, "login", None, None);
    // Behind a TLS proxy (Fly, nginx) the cookie must never travel in clear.
    let secure = headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let cookie = format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{}",
        SESSION_HOURS * 3600,
        if secure { "; Secure" } else { "" }
    );
    let mut response = Json(json!({ "token": token, "login": account.login, "role": account.role })).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

async fn logout(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let session = authenticate(&console, &headers)?;
    console.runtime.store().remove_session(&session.token_hash).map_err(ApiError::internal)?;
    audit(&console, &session.login, "logout", None, None);
    let mut response = Json(json!({ "ok": true })).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("sodan_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
    );
    Ok(response)
}

/// The caller's live session, from `Authorization: Bearer …` or the cookie.
fn authenticate(console: &Console, headers: &HeaderMap) -> Result<Session, ApiError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let cookie = headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
        v.split(';').map(str::trim).find_map(|pair| pair.strip_prefix(COOKIE).and_then(|rest| rest.strip_prefix('=')))
    });
    let token = bearer.or(cookie).filter(|t| !t.is_empty()).ok_or_else(unauthorized)?;
    match accounts::session(console.runtime.store().as_ref(), token, Utc::now()) {
        Ok(Some(session)) => Ok(session),
        Ok(None) => Err(unauthorized()),
        Err(error) => Err(ApiError::internal(error)),
    }
}

fn unauthorized() -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, "log in first: POST /api/login, then send the token as a Bearer header")
}

fn admin_only(session: &Session) -> Result<(), ApiError> {
    match session.role {
        Role::Admin => Ok(()),
        Role::Counselor => Err(ApiError::new(StatusCode::FORBIDDEN, "only an admin may do this")),
    }
}

fn audit(console: &Console, who: &str, action: &str, conversation: Option<&str>, detail: Option<String>) {
    let entry = AuditEntry {
        at: Utc::now(),
        who: who.to_string(),
        action: action.to_string(),
        conversation: conversation.map(str::to_string),
        detail,
    };
    if let Err(error) = console.runtime.store().audit(&entry) {
        tracing::error!(%error, "could not write the audit log");
    }
}

async fn me(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let session = authenticate(&console, &headers)?;
    Ok(Json(json!({ "login": session.login, "role": session.role, "expires_at": session.expires_at })))
}

async fn counselors(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    authenticate(&console, &headers)?;
    let accounts = console.runtime.store().accounts().map_err(ApiError::internal)?;
    let list: Vec<Value> =
        accounts.iter().filter(|a| !a.disabled).map(|a| json!({ "login": a.login, "role": a.role })).collect();
    Ok(Json(json!({ "counselors": list })))
}

#[derive(Deserialize)]
struct ListQuery {
    state: Option<String>,
}

async fn list(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    authenticate(&console, &headers)?;
    let state = query.state.as_deref();
    if let Some(state) = state
        && !["waiting", "active", "closed", "bot", "all"].contains(&state)
    {
        return Err(ApiError::bad_request(format!("unknown state `{state}`: use waiting, active, closed, bot or all")));
    }
    let all = console.runtime.store().conversations().map_err(ApiError::internal)?;
    Ok(Json(json!({ "conversations": view::queue(&all, state, Utc::now()) })))
}

async fn open(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let session = authenticate(&console, &headers)?;
    let store = console.runtime.store();
    let conversation = store.conversation(&id).map_err(ApiError::internal)?.ok_or_else(not_found)?;
    let transcript = store.transcript(&id, 0).map_err(ApiError::internal)?;
    let first_look =
        console.opened.lock().unwrap_or_else(|p| p.into_inner()).insert((session.token_hash.clone(), id.clone()));
    if first_look {
        audit(&console, &session.login, "open", Some(&id), None);
    }
    let delivery = console.runtime.can_deliver(&conversation);
    Ok(Json(view::detail(&conversation, &transcript, delivery, Utc::now())))
}

fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such conversation")
}

/// Runs an action through the runtime and answers with the new row.
async fn act(
    console: &Console,
    headers: &HeaderMap,
    id: &str,
    action: CounselorAction,
) -> Result<Json<Value>, ApiError> {
    let session = authenticate(console, headers)?;
    let name = action.name();
    let detail = match &action {
        CounselorAction::Close { outcome } => Some(outcome.clone()),
        CounselorAction::Transfer { to } => Some(format!("to {to}")),
        _ => None,
    };
    let actor = Actor { login: session.login.clone(), admin: session.role == Role::Admin };
    match console.runtime.act(id, actor, action).await {
        Ok(conversation) => {
            audit(console, &session.login, name, Some(id), detail);
            Ok(Json(json!({ "conversation": view::row(&conversation, Utc::now()) })))
        }
        Err(ActionError::NotFound) => Err(not_found()),
        Err(ActionError::Conflict(why)) => Err(ApiError::new(StatusCode::CONFLICT, why)),
        Err(ActionError::Undeliverable(why)) => Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, why)),
        Err(ActionError::Store(error)) => Err(ApiError::internal(error)),
    }
}

async fn claim(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    act(&console, &headers, &id, CounselorAction::Claim).await
}

async fn release(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    act(&console, &headers, &id, CounselorAction::Release).await
}

#[derive(Deserialize)]
struct Text {
    text: String,
}

/// A JSON body, or a 400 that says what was expected (after the 401 check,
/// so that an anonymous caller learns nothing).
fn body<T>(
    console: &Console,
    headers: &HeaderMap,
    body: Result<Json<T>, axum::extract::rejection::JsonRejection>,
    expected: &str,
) -> Result<T, ApiError> {
    authenticate(console, headers)?;
    body.map(|Json(value)| value).map_err(|_| ApiError::bad_request(format!("send {expected} as JSON")))
}

fn text_field(text: &str, max: usize, what: &str) -> Result<String, ApiError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ApiError::bad_request(format!("the {what} is empty")));
    }
    if text.chars().count() > max {
        return Err(ApiError::bad_request(format!("the {what} is longer than {max} characters")));
    }
    Ok(text.to_string())
}

async fn reply(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    json: Result<Json<Text>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let Text { text } = body(&console, &headers, json, "{\"text\": …}")?;
    let text = text_field(&text, MAX_COUNSELOR_CHARS, "message")?;
    act(&console, &headers, &id, CounselorAction::Reply { text }).await
}

async fn note(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    json: Result<Json<Text>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let Text { text } = body(&console, &headers, json, "{\"text\": …}")?;
    let text = text_field(&text, MAX_COUNSELOR_CHARS, "note")?;
    act(&console, &headers, &id, CounselorAction::Note { text }).await
}

#[derive(Deserialize, Default)]
struct Outcome {
    #[serde(default)]
    outcome: Option<String>,
}

async fn close(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    json: Option<Json<Outcome>>,
) -> Result<Json<Value>, ApiError> {
    authenticate(&console, &headers)?;
    let outcome = json.and_then(|Json(o)| o.outcome).unwrap_or_else(|| "resolved".into());
    let outcome = text_field(&outcome, MAX_SHORT_FIELD, "outcome")?;
    act(&console, &headers, &id, CounselorAction::Close { outcome }).await
}

#[derive(Deserialize)]
struct Transfer {
    to: String,
}

async fn transfer(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    json: Result<Json<Transfer>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let Transfer { to } = body(&console, &headers, json, "{\"to\": LOGIN}")?;
    let to = text_field(&to, MAX_SHORT_FIELD, "login")?;
    match console.runtime.store().account(&to).map_err(ApiError::internal)? {
        Some(account) if !account.disabled => {}
        _ => return Err(ApiError::bad_request(format!("there is no counselor `{to}`"))),
    }
    act(&console, &headers, &id, CounselorAction::Transfer { to }).await
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// Ready replies in the worker's language (English where none is written).
async fn canned(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Result<Json<Value>, ApiError> {
    authenticate(&console, &headers)?;
    let world = console.runtime.world().get();
    let lang = query.lang.unwrap_or_else(|| crate::i18n::REFERENCE.to_string());
    Ok(Json(json!({ "replies": world.reference.canned.for_language(&lang) })))
}

/// Server-sent events: `conversation` with the id of every conversation
/// that changed, so the console refreshes without reloading.
async fn events(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
) -> Result<Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>>, ApiError> {
    authenticate(&console, &headers)?;
    let updates = console.runtime.subscribe();
    let stopping = console.stopping.clone();
    let stream = futures_util::stream::unfold((updates, stopping), |(mut updates, mut stopping)| async move {
        if *stopping.borrow() {
            return None;
        }
        let event = tokio::select! {
            _ = stopping.wait_for(|s| *s) => return None,
            update = updates.recv() => match update {
                Ok(id) => Event::default().event("conversation").data(id),
                // Missed some: the console reloads the whole queue.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => Event::default().event("resync").data(""),
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            },
        };
        Some((Ok(event), (updates, stopping)))
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

async fn dead_letters(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let session = authenticate(&console, &headers)?;
    admin_only(&session)?;
    let dead = console.runtime.store().dead_letters().map_err(ApiError::internal)?;
    let list: Vec<Value> = dead
        .iter()
        .map(|d| json!({ "id": d.id, "conversation": d.conversation, "channel": d.channel, "author": d.outgoing.author, "attempts": d.attempts, "reason": d.dead, "created_at": d.created_at }))
        .collect();
    Ok(Json(json!({ "dead_letters": list })))
}

async fn audit_log(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let session = authenticate(&console, &headers)?;
    admin_only(&session)?;
    let log = console.runtime.store().audit_log(500).map_err(ApiError::internal)?;
    Ok(Json(json!({ "audit": log })))
}
