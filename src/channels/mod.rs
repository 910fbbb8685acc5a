//! The messaging platforms. One module per platform does all of that
//! platform's work: verify a webhook over its raw bytes, turn the payload
//! into [`InboundEvent`]s, and render the engine's replies into the
//! platform's messages within its limits. Everything else — durability,
//! order, retries — is the runtime's and the outbox's, the same for all.

pub mod line;
pub mod messenger;
mod meta;
pub mod render;
pub mod signature;
pub mod telegram;
pub mod whatsapp;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use axum::Router;
use axum::http::StatusCode;

use crate::config::{ChannelArgs, all_or_none};
use crate::outbox::{DeliveryError, Sender};
use crate::runtime::{LanguageLookup, Runtime};
use crate::store::InboundEvent;

/// Largest webhook body accepted; platforms send far less.
pub const MAX_WEBHOOK_BYTES: usize = 1024 * 1024;

/// Work a channel runs beside the HTTP server until the server stops
/// (Telegram's long polling, registering bot commands).
pub type Background = Box<
    dyn FnOnce(Arc<Runtime>, tokio::sync::watch::Receiver<bool>) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send,
>;

/// A switched-on channel: its webhook routes, its sender, and what else it
/// needs to run.
pub struct Channel {
    pub name: &'static str,
    pub routes: Router,
    pub sender: Arc<dyn Sender>,
    pub language: Option<Arc<dyn LanguageLookup>>,
    pub background: Option<Background>,
}

/// Every channel whose credentials are set, or why the settings are wrong.
pub fn enabled(args: &ChannelArgs, runtime: &Arc<Runtime>) -> Result<Vec<Channel>, String> {
    let client = http_client().map_err(|e| format!("cannot build the HTTP client for the platforms: {e}"))?;
    let mut channels = Vec::new();
    if let Some([secret, token]) = all_or_none(
        "LINE",
        [
            ("LINE_CHANNEL_SECRET", &args.line_channel_secret),
            ("LINE_CHANNEL_ACCESS_TOKEN", &args.line_channel_access_token),
        ],
    )? {
        channels.push(line::channel(line::Settings::new(secret, token, &args.line_api_url)?, client.clone(), runtime));
    }
    if let Some([secret, token, verify]) = all_or_none(
        "Messenger",
        [
            ("MESSENGER_APP_SECRET", &args.messenger_app_secret),
            ("MESSENGER_PAGE_ACCESS_TOKEN", &args.messenger_page_access_token),
            ("MESSENGER_VERIFY_TOKEN", &args.messenger_verify_token),
        ],
    )? {
        let settings = messenger::Settings::new(secret, token, verify, &args.messenger_api_url)?;
        channels.push(messenger::channel(settings, client.clone(), runtime));
    }
    if let Some([secret, token, phone, verify]) = all_or_none(
        "WhatsApp",
        [
            ("WHATSAPP_APP_SECRET", &args.whatsapp_app_secret),
            ("WHATSAPP_ACCESS_TOKEN", &args.whatsapp_access_token),
            ("WHATSAPP_PHONE_NUMBER_ID", &args.whatsapp_phone_number_id),
            ("WHATSAPP_VERIFY_TOKEN", &args.whatsapp_verify_token),
        ],
    )? {
        let settings = whatsapp::Settings::new(secret, token, phone, verify, &args.whatsapp_api_url)?;
        channels.push(whatsapp::channel(settings, client.clone(), runtime));
    }
    if let Some([token]) = all_or_none("Telegram", [("TELEGRAM_BOT_TOKEN", &args.telegram_bot_token)])? {
        let settings = telegram::Settings::new(
            token,
            &args.telegram_api_url,
            args.telegram_webhook_url.as_deref(),
            args.telegram_webhook_secret.as_deref(),
        )?;
        channels.push(telegram::channel(settings, client, runtime));
    }
    Ok(channels)
}

/// One client for all platform calls: connection reuse, and timeouts so
/// that a hanging platform delays a reply instead of blocking the outbox.
pub fn http_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(20))
        .user_agent(concat!("sodan/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// A platform's API base URL, checked at start-up, without a trailing `/`.
pub fn api_base(name: &str, url: &str) -> Result<String, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("{name} `{url}` is not a URL ({e})"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!("{name} `{url}` must start with https:// (or http:// for a local fake)"));
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// Stores every event of one webhook delivery durably, in order. The
/// platform hears 200 only after that; on a storage failure it hears 503
/// and sends the delivery again (repeats are dropped by event id).
pub async fn accept(runtime: &Arc<Runtime>, channel: &str, events: Vec<InboundEvent>) -> StatusCode {
    for event in events {
        if let Err(error) = runtime.submit(event).await {
            tracing::error!(%channel, %error, "could not store a webhook event; the platform will retry");
            return StatusCode::SERVICE_UNAVAILABLE;
        }
    }
    StatusCode::OK
}

/// A platform's answer to a send, as the outbox sees it: 2xx delivered;
/// 429 and 5xx (and network errors) temporary, with `Retry-After`; other
/// 4xx permanent (a malformed request or a worker who cannot be reached);
/// 401 temporary, because a fixed access token makes it work again.
pub async fn outcome(
    platform: &str,
    result: reqwest::Result<reqwest::Response>,
    sent_parts: u32,
) -> Result<reqwest::Response, DeliveryError> {
    let response = match result {
        Ok(response) => response,
        Err(error) => {
            // Without the URL: Telegram's holds the bot token.
            let error = error.without_url();
            return Err(DeliveryError::temporary(format!("{platform} could not be reached: {error}"), sent_parts));
        }
    };
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let body = response.text().await.unwrap_or_default();
    let detail: String = body.chars().take(300).collect();
    let reason = format!("{platform} answered {status}: {detail}");
    if status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error() || status == StatusCode::UNAUTHORIZED {
        Err(DeliveryError::Temporary { reason, sent_parts, retry_after })
    } else {
        Err(DeliveryError::Permanent { reason })
    }
}

/// Messenger's standard messaging window: the bot may answer within 24
/// hours of the worker's last message.
pub const STANDARD_WINDOW_HOURS: i64 = 24;
/// Messenger's `HUMAN_AGENT` tag lets a person answer for 7 days.
pub const HUMAN_AGENT_WINDOW_DAYS: i64 = 7;

/// Whether a counselor's message can still reach a worker on `channel`,
/// and if not, why — in words the console shows as they are.
pub fn counselor_window(
    channel: &str,
    last_worker_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), String> {
    let since = last_worker_at.map(|at| now - at);
    match channel {
        messenger::CHANNEL => match since {
            Some(age) if age <= chrono::Duration::days(HUMAN_AGENT_WINDOW_DAYS) => Ok(()),
            _ => Err(format!(
                "cannot deliver: Messenger lets a person answer only within {HUMAN_AGENT_WINDOW_DAYS} days of the worker's last message; the worker must write again first"
            )),
        },
        whatsapp::CHANNEL => match since {
            Some(age) if age <= chrono::Duration::hours(STANDARD_WINDOW_HOURS) => Ok(()),
            _ => Err(format!(
                "cannot deliver: WhatsApp allows free-form replies only within {STANDARD_WINDOW_HOURS} hours of the worker's last message, and sodan has no approved message template; the worker must write again first"
            )),
        },
        _ => Ok(()),
    }
}

/// Hours left in which a counselor can answer, for the console; `None` on
/// channels without a window.
pub fn hours_left(channel: &str, last_worker_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<f64> {
    let limit = match channel {
        messenger::CHANNEL => chrono::Duration::days(HUMAN_AGENT_WINDOW_DAYS),
        whatsapp::CHANNEL => chrono::Duration::hours(STANDARD_WINDOW_HOURS),
        _ => return None,
    };
    let left = last_worker_at.map_or(chrono::Duration::zero(), |at| at + limit - now);
    Some((left.num_minutes().max(0) as f64 / 60.0 * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn reply_windows_per_platform() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
        let hours_ago = |h: i64| Some(now - chrono::Duration::hours(h));
        assert!(counselor_window("line", None, now).is_ok());
        assert!(counselor_window("whatsapp", hours_ago(23), now).is_ok());
        assert!(counselor_window("whatsapp", hours_ago(25), now).unwrap_err().contains("24 hours"));
        assert!(counselor_window("messenger", hours_ago(30), now).is_ok());
        assert!(counselor_window("messenger", hours_ago(24 * 7 + 1), now).unwrap_err().contains("7 days"));
        assert!(counselor_window("messenger", None, now).is_err());
        assert_eq!(hours_left("whatsapp", hours_ago(20), now), Some(4.0));
        assert_eq!(hours_left("messenger", hours_ago(24 * 8), now), Some(0.0));
        assert_eq!(hours_left("web", None, now), None);
    }
}
