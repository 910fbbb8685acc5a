//! sodan (相談, "consultation"): a chatbot that helps foreign workers in
//! Japan check their pay and find help, in their own language and app.
//!
//! The functional core — [`engine`], [`rules`], [`i18n`] — is pure; the
//! shell — [`store`], [`runtime`], [`http`], [`cli`] — does the I/O.
//! ARCHITECTURE.md is the map.

pub mod channels;
pub mod chat;
pub mod cli;
pub mod commands;
pub mod config;
pub mod console;
pub mod diagnostic;
pub mod discord;
pub mod engine;
pub mod http;
pub mod i18n;
pub mod outbox;
pub mod reload;
pub mod rules;
pub mod runtime;
pub mod store;
pub mod world;
