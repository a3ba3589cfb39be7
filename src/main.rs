//! The `kollega` command: serve, migrate, manage users.

use std::io::BufRead;
use std::path::PathBuf;

use actix_web::{HttpServer, web};
use clap::{Parser, Subcommand, ValueEnum};
use kollega::accounts::{self, NewUser, Role};
use kollega::{AppState, Settings, db, demo};

#[derive(Parser)]
#[command(
    name = "kollega",
    version,
    about = "Closed, asynchronous mentorship groups for GPs"
)]
struct Cli {
    /// A TOML file overriding config/default.toml.
    #[arg(long, global = true, env = "KOLLEGA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrations run first).
    Serve {
        /// Load a demo group with members and case threads if the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Write a consistent copy of the SQLite database to FILE, while kollega runs.
    Backup { file: PathBuf },
    /// Replace the SQLite database with the backup FILE (stop kollega first).
    Restore { file: PathBuf },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Interest registrations.
    Registrants {
        #[command(subcommand)]
        command: RegistrantsCommand,
    },
    /// Forming groups.
    Groups {
        #[command(subcommand)]
        command: GroupsCommand,
    },
    /// Inbound email.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
    /// Email digests.
    Digest {
        #[command(subcommand)]
        command: DigestCommand,
    },
    /// The patient-identifier guard on text from standard input.
    Deid {
        #[command(subcommand)]
        command: DeidCommand,
    },
}

#[derive(Subcommand)]
enum RegistrantsCommand {
    /// Import registrants from CSV: name,email,level,years,region,workplace,language.
    Import { file: PathBuf },
}

#[derive(Subcommand)]
enum GroupsCommand {
    /// Propose groups of confirmed registrants, mixing levels, experience and regions.
    Propose {
        /// Print the proposal as JSON: groups with their members' emails and scores.
        #[arg(long)]
        json: bool,
        /// The same seed gives the same proposal.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Smallest group (default: formation.min_size in the config).
        #[arg(long)]
        min: Option<usize>,
        /// Largest group (default: formation.max_size in the config).
        #[arg(long)]
        max: Option<usize>,
    },
}

#[derive(Subcommand)]
enum MailCommand {
    /// Deliver one RFC 5322 message from standard input (MTA pipe transport).
    /// Exit status: 0 posted or deliberately dropped, 65 malformed, 67 unknown
    /// recipient, 75 temporary failure (the MTA retries).
    Ingest,
    /// Print what kollega reads from a message on standard input, as JSON.
    Parse,
}

#[derive(Subcommand)]
enum DigestCommand {
    /// Compose due digests and per-post notifications, then send what is queued (for cron).
    Run {
        /// Compose every member's digest now, whatever their chosen hour.
        #[arg(long)]
        now: bool,
    },
}

#[derive(Subcommand)]
enum DeidCommand {
    /// Print the findings as JSON: {"findings":[{"start","end","category","text"}]} (byte offsets).
    Check {
        /// The author's name: in greetings and sign-offs it is not a patient's.
        #[arg(long)]
        author: Option<String>,
        /// A group member's name (repeat for each member).
        #[arg(long = "member")]
        members: Vec<String>,
    },
    /// Print the text with every finding replaced by a placeholder.
    Redact {
        /// Language of the placeholders.
        #[arg(long, default_value = "sv", value_parser = ["sv", "en"])]
        lang: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account. The password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_enum, default_value = "member")]
        role: RoleArg,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Admin,
    Moderator,
    Member,
}

/// A panic message can quote the text being handled (a post, an email); log
/// only where it happened.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!("internal error (panic) at {at}");
    }));
}

/// KOLLEGA_LOG (default `info`), except that crates which log the text they
/// handle at debug and trace (the HTML parser under the sanitizer) never go
/// below info: post text must not reach the logs at any level.
fn log_filter() -> tracing_subscriber::EnvFilter {
    let mut filter = tracing_subscriber::EnvFilter::try_from_env("KOLLEGA_LOG")
        .unwrap_or_else(|_| "info,actix_server=warn".into());
    for quiet in ["html5ever=info", "markup5ever=info", "ammonia=info"] {
        if let Ok(directive) = quiet.parse() {
            filter = filter.add_directive(directive);
        }
    }
    filter
}

fn main() -> std::process::ExitCode {
    quiet_panics();
    tracing_subscriber::fmt()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .with_env_filter(log_filter())
        .init();
    match run(Cli::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kollega: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Deid { command } = &cli.command {
        return deid(command);
    }
    if let Command::Mail {
        command: MailCommand::Parse,
    } = &cli.command
    {
        let raw = read_stdin()?;
        return match kollega::inbound::parse(&raw) {
            Ok(parsed) => {
                println!("{}", serde_json::to_string_pretty(&parsed)?);
                Ok(())
            }
            Err(e) => anyhow::bail!("{e:?}"),
        };
    }
    let settings = Settings::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve { demo } => serve(settings, demo),
        Command::Backup { file } => {
            let bytes = db::backup::backup(&settings.database.url, &file)?;
            println!("backup written to {} ({bytes} bytes)", file.display());
            Ok(())
        }
        Command::Restore { file } => {
            db::backup::restore(&settings.database.url, &file)?;
            println!(
                "restored {} from {}; start kollega again",
                settings.database.url,
                file.display()
            );
            Ok(())
        }
        Command::Migrate => {
            let pool = db::connect(&settings.database.url, 1)?;
            let applied = db::run_migrations(&mut *pool.get()?)?;
            println!("database is up to date ({applied} migrations applied now)");
            Ok(())
        }
        Command::Deid { .. }
        | Command::Mail {
            command: MailCommand::Parse,
        } => Ok(()),
        Command::Registrants {
            command: RegistrantsCommand::Import { file },
        } => {
            let pool = db::connect(&settings.database.url, 1)?;
            let input = std::fs::File::open(&file)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let report = kollega::formation::import_csv(&mut *pool.get()?, input)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("imported {} registrants", report.imported);
            for (line, why) in &report.skipped {
                println!("  line {line} skipped: {why}");
            }
            Ok(())
        }
        Command::Groups {
            command:
                GroupsCommand::Propose {
                    json,
                    seed,
                    min,
                    max,
                },
        } => {
            let min = min.unwrap_or(settings.formation.min_size);
            let max = max.unwrap_or(settings.formation.max_size);
            let pool = db::connect(&settings.database.url, 1)?;
            let people = kollega::formation::confirmed(&mut *pool.get()?)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let proposal = kollega::formation::propose(&people, min, max, seed, 100 * people.len())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "{} registrants cannot be split into groups of {min} to {max}",
                        people.len()
                    )
                })?;
            let baseline = kollega::formation::random_partition(&people, min, max, seed)
                .map(|r| r.score)
                .unwrap_or(0.0);
            if json {
                let groups: Vec<serde_json::Value> = proposal
                    .groups
                    .iter()
                    .zip(&proposal.group_scores)
                    .map(|(g, s)| serde_json::json!({"members": g.iter().map(|&i| &people[i].email).collect::<Vec<_>>(), "score": s}))
                    .collect();
                println!(
                    "{}",
                    serde_json::json!({"groups": groups, "score": proposal.score, "random_score": baseline})
                );
            } else {
                for (n, (g, s)) in proposal
                    .groups
                    .iter()
                    .zip(&proposal.group_scores)
                    .enumerate()
                {
                    println!("group {} (score {s:.2}):", n + 1);
                    for &i in g {
                        let p = &people[i];
                        println!(
                            "  {:<32} {:<10} {:>2} years  {:<22} {}",
                            p.email,
                            format!("{:?}", p.level),
                            p.years,
                            p.region,
                            p.workplace
                        );
                    }
                }
                println!(
                    "overall score {:.3} (a random partition: {baseline:.3})",
                    proposal.score
                );
            }
            Ok(())
        }
        Command::Mail {
            command: MailCommand::Ingest,
        } => {
            let raw = read_stdin()?;
            // Only what ingesting needs: the env and one connection.
            let pool = db::connect(&settings.database.url, 1)?;
            let env = kollega::Env::new(settings)?;
            let mut conn = pool.get()?;
            match kollega::inbound::ingest(&mut conn, &env, &raw) {
                Ok(outcome) => {
                    println!("{}", serde_json::to_string(&outcome)?);
                    std::process::exit(outcome.exit_code().into());
                }
                Err(kollega::inbound::IngestError::Malformed(m)) => {
                    eprintln!("kollega: malformed message: {m}");
                    std::process::exit(65);
                }
                Err(kollega::inbound::IngestError::Temporary(cause)) => {
                    eprintln!("kollega: temporary failure: {cause:#}");
                    std::process::exit(75);
                }
                Err(kollega::inbound::IngestError::PostingTooFast { retry_after_secs }) => {
                    eprintln!("kollega: posting limit reached; try again in {retry_after_secs} s");
                    std::process::exit(75);
                }
            }
        }
        Command::Digest {
            command: DigestCommand::Run { now },
        } => {
            let pool = db::connect(&settings.database.url, 2)?;
            let state = web::Data::new(AppState::new(settings, pool)?);
            let round = actix_web::rt::System::new().block_on(async move {
                let transport = kollega::mail::Transport::from_settings(&state.settings.mail)?;
                kollega::jobs::work(&state, &transport, true, now)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))
            })?;
            println!(
                "digests: {} due, {} queued, {} quiet; notifications queued: {}; messages sent: {}",
                round.digests.due,
                round.digests.queued,
                round.digests.quiet,
                round.notifications,
                round.sent
            );
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    role,
                    password_stdin,
                },
        } => {
            if !password_stdin {
                anyhow::bail!("pass --password-stdin and give the password on standard input");
            }
            let mut password = String::new();
            std::io::stdin().lock().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            accounts::validate_password(password).map_err(|e| anyhow::anyhow!("{e}"))?;
            let pool = db::connect(&settings.database.url, 1)?;
            let keys = kollega::auth::Keys::new(&settings.security)?;
            let hash = keys
                .hash_password(password)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let role = match role {
                RoleArg::Admin => Role::Admin,
                RoleArg::Moderator => Role::Moderator,
                RoleArg::Member => Role::Member,
            };
            let user = accounts::create_user(
                &mut *pool.get()?,
                NewUser {
                    email: &email,
                    name: &name,
                    role,
                    password_hash: Some(&hash),
                },
            )
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!(
                "created {} {} <{}> ({})",
                role.as_str(),
                user.name,
                user.email,
                user.id
            );
            Ok(())
        }
    }
}

fn serve(settings: Settings, load_demo: bool) -> anyhow::Result<()> {
    // The address first: a busy port stops here, with the address, before any
    // demo data is written.
    let bind = settings.server.bind.clone();
    let listener = std::net::TcpListener::bind(&bind).map_err(|e| {
        anyhow::anyhow!(
            "cannot listen on {bind}: {e} (is kollega already running? choose another address with server.bind or KOLLEGA_BIND)"
        )
    })?;
    listener.set_nonblocking(true)?;
    let pool = db::connect(&settings.database.url, settings.database.connections())?;
    let mut logins = String::new();
    if load_demo {
        let keys = kollega::auth::Keys::new(&settings.security)?;
        logins = match demo::load(&mut *pool.get()?, &keys)? {
            Some(accounts) => {
                let mut text = String::from("Demo data loaded. Sign in as:\n");
                for (role, email) in accounts {
                    text.push_str(&format!(
                        "  {role:<12} {email:<28} password: {}\n",
                        demo::PASSWORD
                    ));
                }
                text
            }
            None => format!(
                "Database already has accounts; demo data not loaded (demo password: {}).\n",
                demo::PASSWORD
            ),
        };
    }
    let workers = settings.server.workers;
    let pool_size = settings.database.connections() as usize;
    let public_url = settings.server.public_url.clone();
    let state = web::Data::new(AppState::new(settings, pool)?);
    actix_web::rt::System::new().block_on(async move {
        let scheduler =
            kollega::jobs::spawn_scheduler(state.clone()).map_err(std::io::Error::other)?;
        if !state.settings.mail.lmtp_bind.is_empty() {
            let listener = tokio::net::TcpListener::bind(&state.settings.mail.lmtp_bind).await?;
            println!("LMTP listener on {}", state.settings.mail.lmtp_bind);
            actix_web::rt::spawn(kollega::lmtp::serve(listener, state.clone()));
        }
        if !state.settings.mail.policy_bind.is_empty() {
            let listener = tokio::net::TcpListener::bind(&state.settings.mail.policy_bind).await?;
            println!(
                "Postfix policy service on {}",
                state.settings.mail.policy_bind
            );
            actix_web::rt::spawn(kollega::policy::serve(listener, state.clone()));
        }
        let blocking = kollega::blocking_threads(pool_size, workers);
        let mut server = HttpServer::new(move || kollega::app(state.clone()))
            .worker_max_blocking_threads(blocking)
            .listen(listener)?;
        if workers > 0 {
            server = server.workers(workers);
        }
        println!("kollega is listening on http://{bind} (public URL {public_url})");
        // Last, so the demo logins are what the terminal shows.
        print!("{logins}");
        let served = server.run().await;
        // Inside the runtime, so the mail sender can finish and close its
        // connections instead of being dropped with the runtime.
        scheduler.shutdown().await;
        served
    })?;
    Ok(())
}

fn read_stdin() -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let mut raw = Vec::new();
    std::io::stdin().lock().read_to_end(&mut raw)?;
    Ok(raw)
}

/// `kollega deid check|redact`: needs no database or configuration.
fn deid(command: &DeidCommand) -> anyhow::Result<()> {
    let raw = read_stdin()?;
    let text = String::from_utf8(raw).map_err(|e| {
        anyhow::anyhow!(
            "standard input is not UTF-8 (at byte {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let ctx = match command {
        DeidCommand::Check { author, members } => kollega::deid::Context {
            author: author.clone(),
            members: members.clone(),
            allowed: Vec::new(),
        },
        DeidCommand::Redact { .. } => kollega::deid::Context::default(),
    };
    let findings = kollega::deid::check_in(&text, &ctx);
    match command {
        DeidCommand::Check { .. } => println!("{}", serde_json::json!({ "findings": findings })),
        DeidCommand::Redact { lang } => print!("{}", kollega::deid::redact(&text, &findings, lang)),
    }
    Ok(())
}
