//! The HTTP face of `sodan serve`: the web chat at `/`, the console at
//! `/console`, `/healthz`, and (in later channels) the platform webhooks.
//! Handlers are thin: they validate, call the runtime, and answer.

mod webchat;

pub use webchat::CHANNEL as WEB_CHAT_CHANNEL;

use std::sync::Arc;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::runtime::Runtime;

/// The pages, built into the binary: no front-end build, no CDN.
const CONSOLE_PAGE: &str = include_str!("../../web/console.html");

#[derive(Clone)]
pub struct AppState {
    pub runtime: Arc<Runtime>,
    /// Turns true when the server is stopping, so that long polls end at
    /// once instead of holding the shutdown for their whole wait.
    pub stopping: tokio::sync::watch::Receiver<bool>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/console", get(console))
        .merge(webchat::router())
        .with_state(state)
}

/// 200 once the store is open and a checked set of dialogs is loaded — both
/// happen before the server binds, so answering at all means ready.
async fn healthz() -> &'static str {
    "ok"
}

async fn console() -> Response {
    page(CONSOLE_PAGE)
}

fn page(html: &'static str) -> Response {
    (
        [
            (header::CACHE_CONTROL, "no-cache"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:"),
        ],
        Html(html),
    )
        .into_response()
}

/// An API error: the status and a short message that is safe to show.
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    /// Logs the inside; shows the caller only that it failed.
    pub fn internal(error: impl std::fmt::Display) -> Self {
        tracing::error!(%error, "request failed");
        Self { status: StatusCode::SERVICE_UNAVAILABLE, message: "temporarily unavailable, please try again".into() }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(serde_json::json!({ "error": self.message }))).into_response()
    }
}
