//! WhatsApp Cloud API (stub, being written).

use std::sync::Arc;

use super::Channel;
use crate::runtime::Runtime;

pub const CHANNEL: &str = "whatsapp";

pub struct Settings;

impl Settings {
    pub fn new(_secret: &str, _token: &str, _phone: &str, _verify: &str, _api_url: &str) -> Result<Self, String> {
        Err("WhatsApp is not available yet".into())
    }
}

pub fn channel(_settings: Settings, _client: reqwest::Client, _runtime: &Arc<Runtime>) -> Channel {
    unreachable!("Settings::new refuses")
}
