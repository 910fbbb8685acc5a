//! Every integration test in one binary (one link step on a 2-core machine):
//! conversation stories, engine properties, the CLI, the store contract and
//! the real `sodan serve` over HTTP.

mod architecture;
mod channel_line;
mod channel_messenger;
mod channel_telegram;
mod channel_whatsapp;
mod chat_cli;
mod check_cli;
mod console_api;
mod contacts_cli;
mod deduction_cli;
mod discord;
mod properties;
mod runtime;
mod serve;
mod server;
mod store_conformance;
mod stories;
mod support;
mod wage_cli;
