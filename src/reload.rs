//! Publishing new dialogs and locales without a restart: the current world
//! lives in a cell that is swapped whole, and only for a set that passes the
//! same checks as `sodan check`. A broken edit is logged with file and line
//! and the old set keeps serving.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::engine::World;
use crate::world::Sources;

/// How often the folders are looked at for changes.
const POLL_EVERY: Duration = Duration::from_secs(2);

/// The world now in service. Readers take an `Arc` and keep using it for the
/// whole step, so a swap never changes a step half-way.
pub struct WorldCell {
    current: RwLock<Arc<World>>,
}

impl WorldCell {
    pub fn new(world: World) -> Self {
        Self { current: RwLock::new(Arc::new(world)) }
    }

    pub fn get(&self) -> Arc<World> {
        self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    fn replace(&self, world: World) {
        *self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(world);
    }
}

/// Loads the set again and swaps it in when it is sound. Returns whether
/// the new set was published.
pub fn reload(sources: &Sources, cell: &WorldCell) -> bool {
    let loaded = sources.load();
    for problem in &loaded.problems {
        if problem.is_error() {
            tracing::error!(%problem, "dialog set problem");
        } else {
            tracing::warn!(%problem, "dialog set warning");
        }
    }
    match loaded.world {
        Some(world) => {
            cell.replace(world);
            tracing::info!("published the new dialogs and locales");
            true
        }
        None => {
            tracing::error!("the edited dialogs or locales have errors: still serving the previous set");
            false
        }
    }
}

/// Watches the folders (polling, which also works on mounted volumes) and
/// reloads on every change and on SIGHUP, until `shutdown` resolves.
pub async fn watch(sources: Sources, cell: Arc<WorldCell>, shutdown: impl std::future::Future<Output = ()>) {
    let mut fingerprint = sources.fingerprint();
    let mut hangup = hangup_signal();
    let mut ticker = tokio::time::interval(POLL_EVERY);
    tokio::pin!(shutdown);
    loop {
        let forced = tokio::select! {
            _ = &mut shutdown => return,
            _ = ticker.tick() => false,
            _ = recv_hangup(&mut hangup) => true,
        };
        let now = sources.fingerprint();
        if forced || now != fingerprint {
            fingerprint = now;
            let source = if forced { "SIGHUP" } else { "a file change" };
            tracing::info!(source, "reloading dialogs and locales");
            let sources = sources.clone();
            let cell = cell.clone();
            // Parsing a few hundred files is blocking work.
            let _ = tokio::task::spawn_blocking(move || reload(&sources, &cell)).await;
        }
    }
}

#[cfg(unix)]
type Hangup = Option<tokio::signal::unix::Signal>;
#[cfg(not(unix))]
type Hangup = Option<()>;

#[cfg(unix)]
fn hangup_signal() -> Hangup {
    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok()
}

#[cfg(not(unix))]
fn hangup_signal() -> Hangup {
    None
}

async fn recv_hangup(hangup: &mut Hangup) {
    #[cfg(unix)]
    if let Some(signal) = hangup {
        signal.recv().await;
        return;
    }
    let _ = hangup;
    std::future::pending::<()>().await
}
