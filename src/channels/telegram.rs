//! Telegram (stub, being written).

use std::sync::Arc;

use super::Channel;
use crate::runtime::Runtime;

pub const CHANNEL: &str = "telegram";

pub struct Settings;

impl Settings {
    pub fn new(
        _token: &str,
        _api_url: &str,
        _webhook_url: Option<&str>,
        _secret: Option<&str>,
    ) -> Result<Self, String> {
        Err("Telegram is not available yet".into())
    }
}

pub fn channel(_settings: Settings, _client: reqwest::Client, _runtime: &Arc<Runtime>) -> Channel {
    unreachable!("Settings::new refuses")
}
