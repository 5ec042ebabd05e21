//! `crashplan-emulator`: a local CrashPlan PRO server. See the crate README for the flags.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use crashplan_emulator::{Account, ApiClient, Emulator, Faults, Latency, Scale, Totp};

/// A local CrashPlan PRO server that implements the CrashPlan PRO REST API, seeded with the
/// reference doc's example data.
#[derive(Debug, Parser)]
#[command(name = "crashplan-emulator", version, about)]
struct Args {
    /// Port to listen on [default: 4280, or 4285 with TLS].
    #[arg(long)]
    port: Option<u16>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Do not load the reference doc's example data.
    #[arg(long)]
    no_doc_data: bool,
    /// Synthetic users to generate (deterministic).
    #[arg(long, default_value_t = 0)]
    users: usize,
    /// Synthetic orgs [default: users / 1000, at least 1].
    #[arg(long)]
    orgs: Option<usize>,
    /// Computers per synthetic user.
    #[arg(long, default_value_t = 1)]
    computers_per_user: usize,
    /// Daily archive records per synthetic user (and as many per org and per computer).
    #[arg(long, default_value_t = 2)]
    archive_records_per_user: usize,
    /// Extra account `USER:PASSWORD[:admin]` (repeatable).
    #[arg(long = "account", value_name = "USER:PASS[:admin]")]
    accounts: Vec<String>,
    /// Require the fixed TOTP code for an account, `USER=CODE` (repeatable).
    #[arg(long = "totp-fixed", value_name = "USER=CODE")]
    totp_fixed: Vec<String>,
    /// Lifetime of tokens from the token login, in seconds.
    #[arg(long, default_value_t = 3600)]
    token_ttl_secs: u64,
    /// Extra API client `ID:SECRET[:read-only]` (repeatable; administrator unless read-only).
    #[arg(long = "api-client", value_name = "ID:SECRET[:read-only]")]
    api_clients: Vec<String>,
    /// Lifetime of API-client tokens (`expires_in`), in seconds.
    #[arg(long, default_value_t = 900)]
    api_client_token_ttl_secs: u64,
    /// Load the data set from FILE if it exists and save every change to it.
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// TLS certificate chain (PEM); needs --tls-key.
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    tls_cert: Option<PathBuf>,
    /// TLS private key (PEM); needs --tls-cert.
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    tls_key: Option<PathBuf>,
    /// Serve HTTPS with a generated CA (see --ca-out).
    #[arg(long, conflicts_with = "tls_cert")]
    tls_self_signed: bool,
    /// Where to write the generated CA certificate.
    #[arg(long, value_name = "FILE", default_value = "crashplan-emulator-ca.pem")]
    ca_out: PathBuf,
    /// Fixed latency added to every request, in milliseconds.
    #[arg(long, value_name = "MS")]
    latency_ms: Option<u64>,
    /// Random latency `MIN-MAX` in milliseconds.
    #[arg(long, value_name = "MIN-MAX", conflicts_with = "latency_ms")]
    latency_random_ms: Option<String>,
    /// Rate (0..1) of 503 answers.
    #[arg(long, default_value_t = 0.0)]
    rate_503: f64,
    /// Rate (0..1) of 429 answers.
    #[arg(long, default_value_t = 0.0)]
    rate_429: f64,
    /// Retry-After of injected 503/429 answers, in seconds.
    #[arg(long, default_value_t = 1)]
    retry_after_secs: u64,
    /// Rate (0..1) of connections dropped before the response.
    #[arg(long, default_value_t = 0.0)]
    rate_drop: f64,
    /// Rate (0..1) of connections dropped in the middle of the body.
    #[arg(long, default_value_t = 0.0)]
    rate_drop_mid_body: f64,
    /// Rate (0..1) of truncated JSON bodies.
    #[arg(long, default_value_t = 0.0)]
    rate_truncated: f64,
    /// Rate (0..1) of malformed JSON bodies.
    #[arg(long, default_value_t = 0.0)]
    rate_malformed: f64,
    /// At most N requests per second per account, then 429.
    #[arg(long, value_name = "N")]
    rate_limit_per_sec: Option<u32>,
    /// Seed of the fault injection.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// More logging (-v: one line per request, -vv: debug).
    #[arg(short, long, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Print the operationIds the emulator answers (or may answer) 501, one per line with the
    /// reason after a tab, and exit.
    #[arg(long)]
    list_unimplemented: bool,
}

/// `println!` that ignores a closed stdout (a parent that stopped reading must not kill the
/// server).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

fn parse_latency(args: &Args) -> Result<Latency, String> {
    if let Some(ms) = args.latency_ms {
        return Ok(Latency::Fixed(Duration::from_millis(ms)));
    }
    let Some(range) = &args.latency_random_ms else {
        return Ok(Latency::None);
    };
    let (min, max) = range
        .split_once('-')
        .ok_or_else(|| format!("--latency-random-ms expects MIN-MAX, got '{range}'"))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<u64>()
            .map_err(|_| format!("--latency-random-ms expects MIN-MAX, got '{range}'"))
    };
    Ok(Latency::Random {
        min: Duration::from_millis(parse(min)?),
        max: Duration::from_millis(parse(max)?),
    })
}

fn rate(name: &str, value: f64) -> Result<f64, String> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("--{name} must be between 0 and 1, got {value}"))
    }
}

async fn run(args: Args) -> Result<(), String> {
    let tls = args.tls_self_signed || args.tls_cert.is_some();
    let port = args.port.unwrap_or(if tls { 4285 } else { 4280 });
    let faults = Faults {
        seed: args.seed,
        latency: parse_latency(&args)?,
        rate_503: rate("rate-503", args.rate_503)?,
        rate_429: rate("rate-429", args.rate_429)?,
        retry_after_secs: args.retry_after_secs,
        rate_drop_before_response: rate("rate-drop", args.rate_drop)?,
        rate_drop_mid_body: rate("rate-drop-mid-body", args.rate_drop_mid_body)?,
        rate_truncated_body: rate("rate-truncated", args.rate_truncated)?,
        rate_malformed_body: rate("rate-malformed", args.rate_malformed)?,
        rate_limit_per_second: args.rate_limit_per_sec,
    };
    let mut builder = Emulator::builder()
        .bind(args.bind)
        .port(port)
        .doc_data(!args.no_doc_data)
        .token_ttl(Duration::from_secs(args.token_ttl_secs))
        .api_client_token_ttl(Duration::from_secs(args.api_client_token_ttl_secs))
        .faults(faults);
    if args.users > 0 {
        builder = builder.scale(Scale {
            users: args.users,
            orgs: args.orgs.unwrap_or((args.users / 1000).max(1)),
            computers_per_user: args.computers_per_user,
            archive_records_per_user: args.archive_records_per_user,
        });
    } else if let Some(orgs) = args.orgs {
        builder = builder.scale(Scale {
            orgs,
            ..Scale::default()
        });
    }
    let mut accounts: Vec<Account> = Account::defaults();
    for spec in &args.accounts {
        let mut parts = spec.splitn(3, ':');
        let (Some(user), Some(pass)) = (parts.next(), parts.next()) else {
            return Err(format!("--account expects USER:PASS[:admin], got '{spec}'"));
        };
        let account = match parts.next() {
            Some("admin") => Account::admin(user, pass),
            None | Some("") | Some("user") => Account::user(user, pass),
            Some(other) => {
                return Err(format!("--account role must be 'admin', got '{other}'"));
            }
        };
        accounts.retain(|a| !a.username().eq_ignore_ascii_case(user));
        accounts.push(account);
    }
    for spec in &args.totp_fixed {
        let (user, code) = spec
            .split_once('=')
            .ok_or_else(|| format!("--totp-fixed expects USER=CODE, got '{spec}'"))?;
        let account = accounts
            .iter_mut()
            .find(|a| a.username().eq_ignore_ascii_case(user))
            .ok_or_else(|| format!("--totp-fixed: no account named '{user}'"))?;
        *account = account.clone().with_totp(Totp::Fixed(code.to_owned()));
    }
    for account in &accounts {
        builder = builder.account(account.clone());
    }
    let mut api_clients = ApiClient::defaults();
    for spec in &args.api_clients {
        let mut parts = spec.splitn(3, ':');
        let (Some(id), Some(secret)) = (parts.next(), parts.next()) else {
            return Err(format!(
                "--api-client expects ID:SECRET[:read-only], got '{}'",
                spec.split(':').next().unwrap_or_default()
            ));
        };
        let client = match parts.next() {
            None | Some("") | Some("admin") => ApiClient::admin(id, secret),
            Some("read-only") => ApiClient::read_only(id, secret),
            Some(other) => {
                return Err(format!(
                    "--api-client role must be 'read-only', got '{other}'"
                ));
            }
        };
        api_clients.retain(|c| c.id() != id);
        api_clients.push(client);
    }
    for client in &api_clients {
        builder = builder.api_client(client.clone());
    }
    if let Some(path) = &args.state {
        builder = builder.state_file(path.clone());
    }
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        let read = |p: &PathBuf| {
            std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
        };
        builder = builder.tls_pem(read(cert)?, read(key)?);
    } else if args.tls_self_signed {
        builder = builder.tls_self_signed();
    }

    // The Ctrl-C handler is installed before anything is printed: a parent that sends SIGINT
    // as soon as it reads "Press Ctrl-C" must stop the emulator, not kill it mid-start.
    let stop = stop_signal()?;
    let emulator = builder.spawn().await.map_err(|e| e.to_string())?;
    if let Some(ca) = emulator.ca_cert_pem() {
        std::fs::write(&args.ca_out, ca)
            .map_err(|e| format!("cannot write {}: {e}", args.ca_out.display()))?;
        say!("CA certificate written to {}", args.ca_out.display());
    }
    say!(
        "CrashPlan PRO emulator listening on {}",
        emulator.base_url()
    );
    say!(
        "Serving today's API (/api/v1, /api/v3, /api/v38) and CrashPlan PRO 3.x (/rest) from one \
         state, e.g. curl -u admin:admin '{}/api/v1/User?pgNum=1&pgSize=2'",
        emulator.base_url()
    );
    say!("Accounts:");
    for account in &accounts {
        let role = if account.is_admin() {
            "administrator"
        } else {
            "user"
        };
        // Only the documented demo passwords are printed.
        let name = account.username();
        let custom = args.accounts.iter().any(|spec| {
            spec.split(':')
                .next()
                .is_some_and(|u| u.eq_ignore_ascii_case(name))
        });
        let shown = match name {
            "admin" if !custom => "admin / admin".to_owned(),
            "userthree@testorg.org" if !custom => "userthree@testorg.org / userthree".to_owned(),
            other => format!("{other} / (password as given)"),
        };
        say!("  {shown} ({role})");
    }
    say!("API clients (POST /api/v3/oauth/token?grant_type=client_credentials):");
    for client in &api_clients {
        let role = if client.is_admin() {
            "administrator"
        } else {
            "read-only"
        };
        // Only the documented demo secret is printed.
        let shown = match client.id() {
            "key-emulator-demo"
                if !args
                    .api_clients
                    .iter()
                    .any(|s| s.starts_with("key-emulator-demo:")) =>
            {
                "key-emulator-demo / demo-secret".to_owned()
            }
            other => format!("{other} / (secret as given)"),
        };
        say!("  {shown} ({role})");
    }
    say!("Press Ctrl-C to stop.");
    stop.await;
    say!("Stopping...");
    emulator.shutdown().await;
    Ok(())
}

/// Installs the SIGINT (Ctrl-C) handler now and returns what completes when it arrives.
fn stop_signal() -> Result<impl std::future::Future<Output = ()>, String> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut sigint =
            signal(SignalKind::interrupt()).map_err(|e| format!("cannot wait for Ctrl-C: {e}"))?;
        Ok(async move {
            sigint.recv().await;
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.list_unimplemented {
        for (operation, why) in crashplan_emulator::unimplemented_operations() {
            say!("{operation}\t{why}");
        }
        return ExitCode::SUCCESS;
    }
    let level = match args.verbose {
        0 => "warn,crashplan_emulator::request=info",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
