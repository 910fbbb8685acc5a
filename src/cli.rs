//! The command line (CONTRACT.md → Commands): parse, validate the
//! configuration, then run. `main` turns the outcome into an exit code:
//! 0 success, 1 a check found problems, 2 bad input or configuration.

use std::collections::HashMap;
use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::channels;
use crate::config::{Common, Serve};
use crate::diagnostic::Problem;
use crate::engine::World;
use crate::http;
use crate::outbox::{self, WebChatSender};
use crate::reload::{self, WorldCell};
use crate::runtime::Runtime;
use crate::store::{SledStore, Store};

#[derive(Parser)]
#[command(name = "sodan", version, about = "相談 — a chatbot that helps foreign workers in Japan defend their rights")]
struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the bot: web chat at /, console at /console, webhooks (the default)
    Serve(Box<Serve>),
    /// Check dialogs, locales and reference data; one `path:line: message` per problem
    Check,
    /// Talk to the dialogs in a terminal, one message per line
    Chat {
        /// Language code (en, ja, vi, zh-CN, …); without it sodan asks
        #[arg(long)]
        lang: Option<String>,
    },
    /// Is this pay below the minimum wage of a prefecture on a date?
    Wage(crate::commands::wage::WageArgs),
    /// Were this month's overtime, night and holiday hours paid the legal premiums?
    Overtime(crate::commands::overtime::OvertimeArgs),
    /// Where to turn: the labour bureau and the phone lines for a language, open on a date
    Contacts(crate::commands::contacts::ContactsArgs),
    /// Is this deduction from pay legal? (LSA Art. 91 limits for disciplinary cuts)
    Deduction(crate::commands::deduction::DeductionArgs),
    /// Console accounts
    #[command(subcommand)]
    Counselor(CounselorCommand),
}

#[derive(Subcommand)]
enum CounselorCommand {
    /// Create a console account (or set a new password); prints a generated password once
    Add {
        /// Login name: 2-64 of a-z, 0-9, '.', '_', '-'
        login: String,
        /// counselor or admin
        #[arg(long)]
        role: String,
        /// Read the password from the first line of stdin instead of generating one
        #[arg(long)]
        password_stdin: bool,
        /// Directory of the embedded store (sled)
        #[arg(long, env = "SODAN_DB", default_value = "./sodan-db")]
        db: std::path::PathBuf,
    },
}

#[derive(Parser)]
struct ServeDefaults {
    #[command(flatten)]
    serve: Serve,
}

/// A failure that ends the program with a message and an exit code.
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    fn config(message: impl Into<String>) -> Self {
        Self { code: 2, message: message.into() }
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("sodan: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Some(Command::Check) => Ok(check(&cli.common)),
        Some(Command::Chat { lang }) => chat(&cli.common, lang.as_deref()),
        Some(Command::Serve(serve)) => self::serve(&cli.common, *serve),
        Some(Command::Counselor(CounselorCommand::Add { login, role, password_stdin, db })) => {
            add_counselor(&login, &role, password_stdin, &db)
        }
        Some(Command::Wage(args)) => {
            let reference = load_reference(&cli.common)?;
            let result = crate::commands::wage::run(&args, &reference, cli.common.clock().today())
                .map_err(|bad| Failure::config(bad.0))?;
            Ok(print_result(&result, args.json, crate::commands::wage::describe))
        }
        Some(Command::Contacts(args)) => {
            let world = load_world(&cli.common)?;
            let result = crate::commands::contacts::run(&args, &world, cli.common.clock().today())
                .map_err(|bad| Failure::config(bad.0))?;
            Ok(print_result(&result, args.json, crate::commands::contacts::describe))
        }
        Some(Command::Deduction(args)) => {
            let reference = load_reference(&cli.common)?;
            let result = crate::commands::deduction::run(&args, &reference).map_err(|bad| Failure::config(bad.0))?;
            Ok(print_result(&result, args.json, crate::commands::deduction::describe))
        }
        Some(Command::Overtime(args)) => {
            let reference = load_reference(&cli.common)?;
            let result = crate::commands::overtime::run(&args, &reference).map_err(|bad| Failure::config(bad.0))?;
            Ok(print_result(&result, args.json, crate::commands::overtime::describe))
        }
        None => {
            // `sodan` alone is `sodan serve`, with its settings from the environment.
            let defaults = ServeDefaults::try_parse_from(["sodan"]).map_err(|e| Failure::config(e.to_string()))?;
            self::serve(&cli.common, defaults.serve)
        }
    }
}

/// Prints a check's result as one JSON object, or as text for a person.
fn print_result(result: &serde_json::Value, json: bool, describe: fn(&serde_json::Value) -> String) -> ExitCode {
    if json {
        println!("{result}");
    } else {
        println!("{}", describe(result));
    }
    ExitCode::SUCCESS
}

fn load_reference(common: &Common) -> Result<crate::engine::Reference, Failure> {
    common.sources().load_reference().map_err(|problems| {
        for problem in &problems {
            eprintln!("{problem}");
        }
        Failure::config(format!("the reference data has {} error(s) (listed above)", problems.len()))
    })
}

fn check(common: &Common) -> ExitCode {
    let sources = common.sources();
    let mut loaded = sources.load();
    if let Some(world) = &loaded.world {
        let path = sources.data_path("minimum-wages.toml");
        loaded.problems.extend(world.reference.minimum_wages.freshness(common.clock().today(), &path));
        let (contacts, holidays) = (sources.data_path("contacts.toml"), sources.data_path("holidays.toml"));
        loaded.problems.extend(world.reference.directory.freshness(common.clock().today(), &contacts, &holidays));
    }
    let mut out = io::stdout().lock();
    for problem in &loaded.problems {
        let _ = writeln!(out, "{problem}");
    }
    let errors = loaded.problems.iter().filter(|p| p.is_error()).count();
    let warnings = loaded.problems.len() - errors;
    if errors > 0 {
        eprintln!("sodan check: {errors} error(s), {warnings} warning(s)");
        ExitCode::from(1)
    } else {
        eprintln!("sodan check: sound ({warnings} warning(s))");
        ExitCode::SUCCESS
    }
}

/// Loads the world for a command that needs it; problems go to stderr.
fn load_world(common: &Common) -> Result<World, Failure> {
    let loaded = common.sources().load();
    let errors: Vec<&Problem> = loaded.problems.iter().filter(|p| p.is_error()).collect();
    match loaded.world {
        Some(world) => Ok(world),
        None => {
            for problem in &errors {
                eprintln!("{problem}");
            }
            Err(Failure::config(format!(
                "the dialogs, locales or data have {} error(s) (listed above); fix them, `sodan check` shows them too",
                errors.len()
            )))
        }
    }
}

fn chat(common: &Common, lang: Option<&str>) -> Result<ExitCode, Failure> {
    let world = load_world(common)?;
    // `vi-VN` or `zh-cn` are understood; a language sodan does not speak is an error.
    let lang = match lang {
        Some(wanted) => Some(world.catalog.resolve_hint(wanted).ok_or_else(|| {
            Failure::config(format!("unknown language `{wanted}`: use one of {}", world.catalog.languages().join(", ")))
        })?),
        None => None,
    };
    let stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    match crate::chat::run(&world, lang, common.clock(), stdin, &mut stdout) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // The reader went away (`sodan chat | head`): not an error of ours.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(error) => Err(Failure { code: 1, message: format!("chat failed: {error}") }),
    }
}

/// `sodan counselor add`: validates everything before touching the store.
fn add_counselor(login: &str, role: &str, password_stdin: bool, db: &std::path::Path) -> Result<ExitCode, Failure> {
    use crate::console::accounts;
    let role = crate::store::Role::parse(role)
        .ok_or_else(|| Failure::config(format!("unknown role `{role}`: use --role counselor or --role admin")))?;
    accounts::valid_login(login).map_err(Failure::config)?;
    let (password, generated) = if password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| Failure::config(format!("cannot read the password from stdin: {e}")))?;
        (line.trim_end_matches(['\r', '\n']).to_string(), false)
    } else {
        (accounts::generate_password().map_err(|e| Failure { code: 1, message: e.to_string() })?, true)
    };
    if password.chars().count() < accounts::MIN_PASSWORD_CHARS {
        return Err(Failure::config(format!(
            "the password must have at least {} characters",
            accounts::MIN_PASSWORD_CHARS
        )));
    }
    let store = SledStore::open(db).map_err(|e| {
        Failure::config(format!(
            "cannot open the store at {} ({e}); set SODAN_DB, and stop a running `sodan serve` that holds it",
            db.display()
        ))
    })?;
    accounts::add(&store, login, role, &password, chrono::Utc::now()).map_err(|e| match e {
        accounts::AccountError::Invalid(why) => Failure::config(why),
        accounts::AccountError::Store(error) => {
            Failure { code: 1, message: format!("could not save the account: {error}") }
        }
    })?;
    if generated {
        println!("{password}");
        eprintln!("created {} `{login}`; the password above is shown only once", role.as_str());
    } else {
        eprintln!("created {} `{login}`", role.as_str());
    }
    Ok(ExitCode::SUCCESS)
}

fn serve(common: &Common, settings: Serve) -> Result<ExitCode, Failure> {
    init_logging();
    let discord = crate::discord::Settings::from_args(&settings.discord).map_err(Failure::config)?;
    let sources = common.sources();
    let world = load_world(common)?;
    let store = SledStore::open(&settings.db).map_err(|e| {
        Failure::config(format!(
            "cannot open the store at {} ({e}); set SODAN_DB to a writable directory",
            settings.db.display()
        ))
    })?;
    let store: Arc<dyn Store> = Arc::new(store);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure { code: 1, message: format!("cannot start the async runtime: {e}") })?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(settings.addr).await.map_err(|e| {
            Failure::config(format!("cannot listen on {} ({e}); set SODAN_ADDR to a free address", settings.addr))
        })?;
        let cell = Arc::new(WorldCell::new(world));
        let runtime = Runtime::with_window(store.clone(), cell.clone(), common.clock(), channels::counselor_window);
        let channels = channels::enabled(&settings.channels, &runtime).map_err(Failure::config)?;
        runtime.recover().map_err(|e| Failure { code: 1, message: format!("cannot read the inbound queue: {e}") })?;

        let (stop, stopped) = tokio::sync::watch::channel(false);
        let when_stopped = move || {
            let mut stopped = stopped.clone();
            async move {
                let _ = stopped.wait_for(|s| *s).await;
            }
        };
        let (stop_polls, stopping) = tokio::sync::watch::channel(false);
        let mut senders: outbox::Senders = HashMap::new();
        senders.insert(http::WEB_CHAT_CHANNEL.to_string(), Arc::new(WebChatSender));
        let mut app = http::router(http::AppState { runtime: runtime.clone(), stopping: stopping.clone() })
            .merge(crate::console::routes(runtime.clone(), stopping.clone()));
        let mut background = Vec::new();
        for channel in channels {
            tracing::info!(channel = channel.name, "channel switched on");
            senders.insert(channel.name.to_string(), channel.sender);
            if let Some(lookup) = channel.language {
                runtime.set_language_lookup(channel.name, lookup);
            }
            if let Some(task) = channel.background {
                background.push(tokio::spawn(task(runtime.clone(), stopping.clone())));
            }
            app = app.merge(channel.routes);
        }
        if let Some(discord) = discord {
            background.push(tokio::spawn(crate::discord::run(discord, runtime.clone(), stopping.clone())));
        }
        background.push(tokio::spawn(runtime.clone().expire_event_ids(stopping.clone())));
        let delivery = tokio::spawn(outbox::run(
            store.clone(),
            runtime.writer().clone(),
            senders,
            runtime.outbox.clone(),
            when_stopped(),
        ));
        let watcher = tokio::spawn(reload::watch(sources, cell, when_stopped()));

        let address = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
        tracing::info!(%address, "sodan is serving: web chat at /, console at /console");
        let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
        let server = axum::serve(listener, app).with_graceful_shutdown(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: no new requests; finishing what was accepted");
            let _ = stop_polls.send(true);
        });
        if let Err(error) = server.await {
            tracing::error!(%error, "the HTTP server stopped with an error");
        }
        // Everything accepted is handled before the store is closed.
        runtime.drained().await;
        for task in background {
            let _ = task.await;
        }
        runtime.drained().await;
        let _ = stop.send(true);
        let _ = tokio::join!(delivery, watcher);
        store.flush().map_err(|e| Failure { code: 1, message: format!("could not flush the store: {e}") })?;
        tracing::info!("stopped cleanly");
        Ok(ExitCode::SUCCESS)
    })
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
}

/// Logs go to stderr; `RUST_LOG` filters them. Logs never carry message
/// text, names or phone numbers. serenity records request bodies in its
/// info-level spans, so by default only its warnings and errors show.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,serenity=warn".into());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(io::stderr).try_init();
}
