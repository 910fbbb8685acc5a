//! The counselors' side: the JSON API under `/api` (CONTRACT.md → Counselor
//! API) that the console page at `/console` uses, accounts and sessions.
//! Handlers check the session and the role, hand the action to the runtime
//! (which enforces who holds a conversation), and write the audit log.

pub mod accounts;
mod api;
mod view;

use std::sync::Arc;

use axum::Router;

use crate::runtime::Runtime;

pub use api::router;

/// What the console handlers share.
pub struct Console {
    pub runtime: Arc<Runtime>,
    pub limiter: accounts::LoginLimiter,
    /// Turns true at shutdown, ending live event streams.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// (session, conversation) pairs already in the audit log as `open`, so
    /// that the console's live refreshes do not flood it.
    pub opened: std::sync::Mutex<std::collections::HashSet<(String, String)>>,
}

/// The console API, ready to merge into the server's router.
pub fn routes(runtime: Arc<Runtime>, stopping: tokio::sync::watch::Receiver<bool>) -> Router {
    router(Arc::new(Console {
        runtime,
        limiter: accounts::LoginLimiter::default(),
        stopping,
        opened: Default::default(),
    }))
}
