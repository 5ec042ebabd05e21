//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::ResourceCommand;
use crate::output::Format;

const EXAMPLES: &str = "\
Examples:
  cpctl --demo report usage --org 43 --quota 10MB --cost-per-mb 2.5
  cpctl --url https://cp.example.com:4285 --username admin users list --org-id 43
  cpctl --url https://console.us1.crashplan.com --api-client-id ID devices list --inc-backup-usage
  cpctl users find 'status = Active and archiveBytes > 10MB'
  cpctl --format csv computers list > computers.csv
  cpctl bulk deactivate --csv leavers.csv --dry-run
  cpctl report backups --older-than 7d
  cpctl usages find 'lastActivity < -7d or lastActivity = null'
  cpctl bulk template update > changes.csv; cpctl bulk update --csv changes.csv --dry-run
  cpctl -v --log-file crashplan.log users list --columns id,email,orgId -f csv

Environment: CRASHPLAN_URL, CRASHPLAN_USERNAME, CRASHPLAN_PASSWORD, CRASHPLAN_TOTP,
CRASHPLAN_API_CLIENT_ID, CRASHPLAN_API_CLIENT_SECRET, CRASHPLAN_TOKEN, CRASHPLAN_TOKEN_SCHEME
(bearer|v3_user_token), CRASHPLAN_AUTH (token|basic), CRASHPLAN_CA_CERT, CRASHPLAN_INSECURE
(true|false), HTTPS_PROXY/ALL_PROXY/HTTP_PROXY, NO_PROXY (read by the crashplan library, as
in Client::from_env), and CRASHPLAN_PROFILE, CRASHPLAN_CONFIG (which profile, which file).
Precedence: flags > environment > profile.

Exit codes: 0 ok, 1 API or network error (not found too), 2 usage error, 3 some bulk rows failed,
4 `drift` found differences from the spec, 128+N a bulk run stopped by signal N (see
`cpctl bulk deactivate --help`).";

/// Administer CrashPlan servers, today's (`/api/v1|v3|v38`) and CrashPlan PRO 3.x (`/rest`):
/// users, devices and orgs, reports, bulk changes. Each command runs on either API; see --api.
#[derive(Debug, Parser)]
#[command(name = "cpctl", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub connection: ConnectionArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Where and how to connect.
#[derive(Debug, Args)]
#[command(next_help_heading = "Connection")]
pub struct ConnectionArgs {
    /// Server URL, e.g. https://cp.example.com:4285 [env: CRASHPLAN_URL]
    #[arg(long, global = true)]
    pub url: Option<String>,

    /// Account name [env: CRASHPLAN_USERNAME; password: CRASHPLAN_PASSWORD]
    #[arg(long, short = 'u', global = true)]
    pub username: Option<String>,

    /// Read the password from the first line of standard input
    #[arg(long, global = true)]
    pub password_stdin: bool,

    /// Two-factor code (TOTP), or `prompt` to be asked for a fresh code at every login
    /// [env: CRASHPLAN_TOTP]
    #[arg(long, global = true)]
    pub totp: Option<String>,

    /// Use this API token instead of logging in. On the command line it is visible to every
    /// user of the machine (`ps`): prefer --token-stdin or CRASHPLAN_TOKEN [env: CRASHPLAN_TOKEN]
    #[arg(long, global = true)]
    pub token: Option<String>,

    /// Read the API token from the first line of standard input
    #[arg(long, global = true, conflicts_with_all = ["token", "password_stdin"])]
    pub token_stdin: bool,

    /// Log in with this API client (as CrashPlan recommends for scripts); its secret comes
    /// from --api-client-secret-stdin, CRASHPLAN_API_CLIENT_SECRET or the profile's keyring
    /// entry, never from the command line. Its 15-minute tokens are renewed on their own
    /// [env: CRASHPLAN_API_CLIENT_ID]
    #[arg(long, global = true, value_name = "ID", conflicts_with_all = ["username", "token", "token_stdin", "basic_auth", "password_stdin", "totp"])]
    pub api_client_id: Option<String>,

    /// Read the API client's secret from the first line of standard input
    /// [env: CRASHPLAN_API_CLIENT_SECRET]
    #[arg(long, global = true, requires = "api_client_id")]
    pub api_client_secret_stdin: bool,

    /// Send the username and password with every request instead of logging in for a token
    /// [env: CRASHPLAN_AUTH=basic]
    #[arg(long, global = true)]
    pub basic_auth: bool,

    /// Trust this CA certificate (PEM file) in addition to the system's [env: CRASHPLAN_CA_CERT]
    #[arg(long, global = true)]
    pub ca_cert: Option<PathBuf>,

    /// Accept any TLS certificate (dangerous: only for testing) [env: CRASHPLAN_INSECURE=true]
    #[arg(long, global = true)]
    pub insecure: bool,

    /// Proxy URL: http://, https:// or socks5:// [env: HTTPS_PROXY, ALL_PROXY, HTTP_PROXY]
    #[arg(long, global = true)]
    pub proxy: Option<String>,

    /// Time allowed for one attempt of a request, in seconds (at least 1; default 60). Failed
    /// idempotent requests are tried up to 4 times within 30 s, so one call can take longer
    #[arg(long, global = true, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: Option<u64>,

    /// Send at most this many requests per second. Without it the rate follows the server:
    /// it slows down when the server answers 429 or 503 and speeds up again after
    #[arg(long, global = true, value_name = "N", value_parser = positive_rate)]
    pub max_rps: Option<f64>,

    /// Page requests of a list in flight at once (default: adaptive, up to 16; 1 asks for one
    /// page at a time)
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub page_concurrency: Option<u16>,

    /// Which API the server speaks: `pro3` (CrashPlan PRO 3.x, `/rest/...`), `today` (today's
    /// CrashPlan, `/api/v1|v3|v38/...`) or `auto` (the default). Each command runs the
    /// operation of that API; a command or flag it does not have is refused before anything
    /// is sent [env: CRASHPLAN_API; profile: api]
    #[arg(long, global = true, value_enum, value_name = "API")]
    pub api: Option<ApiChoice>,

    /// Use this profile from the config file (see `cpctl profile`)
    #[arg(long, short = 'p', global = true, env = "CRASHPLAN_PROFILE")]
    pub profile: Option<String>,

    /// Start a built-in demo server with the reference's example data and use it
    #[arg(long, global = true)]
    pub demo: bool,
}

/// `--api`: which API generation the server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ApiChoice {
    /// A command of one API speaks it; otherwise one request (`GET /api/v1/User/my`: an
    /// answer means today's, a 404 CrashPlan PRO 3.x's) decides, and the profile in use
    /// remembers the answer. An API client means today's.
    Auto,
    /// CrashPlan PRO 3.x (2010): `/rest/...`.
    Pro3,
    /// Today's CrashPlan: `/api/v1|v3|v38/...`.
    Today,
}

impl ApiChoice {
    /// The value as `--api`, `CRASHPLAN_API` and a profile's `api` spell it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Pro3 => "pro3",
            Self::Today => "today",
        }
    }

    /// The choice that names `generation` (`--api pro3|today`).
    pub fn of(generation: crashplan::api::spec::Generation) -> Self {
        match generation {
            crashplan::api::spec::Generation::Pro3 => Self::Pro3,
            _ => Self::Today,
        }
    }

    /// The generation chosen, `None` for `auto`.
    pub fn generation(self) -> Option<crashplan::api::spec::Generation> {
        use crashplan::api::spec::Generation;
        match self {
            Self::Auto => None,
            Self::Pro3 => Some(Generation::Pro3),
            Self::Today => Some(Generation::Today),
        }
    }

    /// Reads `CRASHPLAN_API` or a profile's `api` (`source` names where it came from).
    pub fn parse(value: &str, source: &str) -> Result<Self, String> {
        <Self as clap::ValueEnum>::from_str(value, true)
            .map_err(|_| format!("{source} is {value:?}: expected pro3, today or auto"))
    }
}

/// `--max-rps`: a positive, finite number.
fn positive_rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rate) if rate.is_finite() && rate > 0.0 => Ok(rate),
        _ => Err(format!(
            "{text:?} is not a positive number of requests per second (e.g. 50 or 0.5)"
        )),
    }
}

/// What is printed, and how.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Output format [default: table on a terminal, jsonl otherwise]
    #[arg(long, short = 'f', global = true, value_enum)]
    pub format: Option<Format>,

    /// Print no messages or progress on stderr (errors are still printed)
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,

    /// Write CSV cells exactly as the server sent them. By default a cell beginning with `=`, `+`,
    /// `-`, `@`, tab or carriage return (other than a plain number) gets a `'` in front, so that
    /// a spreadsheet shows it as text instead of running it as a formula; programs reading the
    /// CSV may want the raw value
    #[arg(long, global = true)]
    pub raw_csv: bool,

    /// Table and CSV show these fields, in this order: API names, dotted for nested ones
    /// (--columns id,email,quota.bytes); an unknown name is answered with the valid ones. JSON
    /// formats always carry every field
    #[arg(
        long,
        global = true,
        value_delimiter = ',',
        value_name = "FIELDS",
        num_args = 1
    )]
    pub columns: Option<Vec<String>>,

    /// Log what happens on stderr: -v one line per request (method, path with query, status,
    /// milliseconds) and each retry, -vv every detail [env: RUST_LOG overrides]
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Also write the full log (what -vv shows) to this file, appended; stderr keeps its level
    /// (quiet without -v). Secrets are never logged
    #[arg(long, global = true, value_name = "PATH")]
    pub log_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The resources of the API (`orgs`, `users`, `computers`, ...): one subcommand per
    /// operation of the spec
    #[command(flatten)]
    Resource(ResourceCommand),
    /// Reports built from several requests
    #[command(subcommand)]
    Report(ReportCommand),
    /// Change many users, devices or orgs at once from a CSV file
    #[command(subcommand)]
    Bulk(BulkCommand),
    /// Manage connection profiles
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Compare what the server answers with the API description this tool was built from
    #[command(after_help = DRIFT_HELP)]
    Drift(DriftArgs),
    /// Print a shell completion script
    #[command(
        after_help = "Example: cpctl completions bash > ~/.local/share/bash-completion/completions/cpctl"
    )]
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

/// Paging and detail options shared by list commands.
#[derive(Debug, Args, Clone, Default)]
pub struct ListArgs {
    /// Stop after this many items
    #[arg(long)]
    pub limit: Option<usize>,
    /// Items per request
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub page_size: Option<u32>,
}

/// `--detail`: fetch each item's detail view.
#[derive(Debug, Args, Clone, Default)]
pub struct DetailArgs {
    /// Fetch the detail view of every item (one more request per item)
    #[arg(long)]
    pub detail: bool,
}

/// `find '<query>'`.
#[derive(Debug, Args, Clone)]
pub struct FindArgs {
    /// The query, e.g. 'status = Active and archiveBytes > 10MB'
    pub query: String,
    #[command(flatten)]
    pub list: ListArgs,
}

pub const FIND_HELP: &str = "\
Query language:
  comparisons   field = value, !=, <, <=, >, >=, ~ (contains, any case), !~
  combinators   and, or, not, parentheses
  values        43, 2.5, 10MB (B/KB/MB/GB/TB, powers of 1024), \"text\", Active, true, null,
                dates (\"2024-05-01\") and dates relative to now: -7d (seven days ago), -12h,
                -2w; `lastActivity < -7d` is \"more than seven days ago\"; a null date is
                neither older nor newer: add `or lastActivity = null` to count \"never\";
                a field's documented values in any case (status = active)
  fields        the API's property names (firstName, archiveBytes, quota.bytes, ...); a
                misspelt field is answered with the list of valid ones

Equality tests on fields the server can filter on (the list's filter flags) are sent to the
server; the rest is checked locally, fetching each item's detail view only when a field needs it.

Examples:
  cpctl usages find 'lastActivity < -7d or lastActivity = null'
  cpctl computers find 'serverBackupStats.lastBackup < -2w and status = Active'
  cpctl users find 'status = Active and orgId = 43 and archiveBytes > 10MB and email ~ \"@testorg.org\"'";

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Disk usage and cost of every active user of an org (the reference's lessons 3 and 4)
    #[command(
        after_help = "Examples:\n  cpctl report usage --org 43 --quota 10MB --cost-per-mb 2.5\n  cpctl report usage --org 43 --quota 10MB --deactivate-over-quota --yes"
    )]
    Usage {
        /// The org
        #[arg(long)]
        org: i64,
        /// Flag users storing more than this (e.g. 10MB; units are powers of 1024)
        #[arg(long, value_parser = parse_size_arg)]
        quota: Option<u64>,
        /// Price per MB (1,048,576 bytes) stored, for the cost column (a finite number, 0 or more)
        #[arg(long, value_name = "PRICE", value_parser = parse_price)]
        cost_per_mb: Option<f64>,
        /// Deactivate the users over the quota (needs --quota; does nothing without --yes)
        #[arg(long, requires = "quota")]
        deactivate_over_quota: bool,
        /// Really make the changes
        #[arg(long)]
        yes: bool,
        /// Parallel detail requests
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
        concurrency: u16,
    },
    /// Computers that have not backed up or connected for a while, most stale first
    #[command(after_help = REPORT_BACKUPS_HELP)]
    Backups {
        /// Only the computers of this org (its id; on today's servers its id or uid)
        #[arg(long)]
        org: Option<i64>,
        /// The threshold: a computer whose last backup (lastActivity) or last connection is
        /// older than this is listed (h, d or w: 12h, 7d, 2w)
        #[arg(long, value_name = "AGE", default_value = "7d", value_parser = parse_age_arg)]
        older_than: i64,
    },
}

const REPORT_BACKUPS_HELP: &str = "\
Reads the Usages resource (one row per computer and backup destination; the reference's
efficient way to monitor many computers), keeps the computers whose most recent backup
(lastActivity) or most recent connection is older than --older-than (a computer that never
backed up counts as stale), joins each with its name and GUID (one computers listing) and its
user's email (one users listing, of the org with --org), and prints them most stale first:
computerId, name, guid, userId, email, orgId, lastActivity, lastConnected, daysSinceActivity,
daysSinceConnected. A summary line goes to stderr. GUIDs are printed exactly (they exceed 2^53,
which some JSON readers cannot hold as numbers: `jq` users want `--format csv` or `tostring`).

On today's servers (--api today) there is no Usages resource: one listing of the active devices
with their backup usage (500 a page) gives each device's most recent completed backup
(lastCompletedBackup), backup (lastBackup) and connection over its destinations; a device whose
last completed backup or last connection is older than --older-than (never counts) is listed,
with its owner's email from one users listing: computerId, name, guid, userUid, email, orgUid,
lastCompletedBackup, lastBackup, lastConnected, daysSinceCompletedBackup, daysSinceConnected.
--org takes the org's numeric id or uid there.

Examples:
  cpctl report backups --older-than 7d
  cpctl report backups --org 43 --older-than 2w --format csv > stale.csv
  cpctl report backups --older-than 36h --format json";

fn parse_age_arg(text: &str) -> Result<i64, String> {
    crashplan::query::parse_age(text)
}

fn parse_size_arg(text: &str) -> Result<u64, String> {
    crashplan::query::parse_size(text)
}

fn parse_price(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(price) if price.is_finite() && price >= 0.0 => Ok(price),
        Ok(_) => Err("a price must be a finite number of 0 or more, e.g. 2.5".into()),
        Err(_) => Err(format!("`{text}` is not a number, e.g. 2.5")),
    }
}

#[derive(Debug, Subcommand)]
pub enum BulkCommand {
    /// Deactivate the users listed in a CSV file
    #[command(after_help = BULK_HELP)]
    Deactivate(BulkStatusArgs),
    /// Reactivate the users listed in a CSV file
    #[command(after_help = BULK_HELP)]
    Reactivate(BulkStatusArgs),
    /// Move the users listed in a CSV file to another org
    #[command(after_help = BULK_MOVE_HELP)]
    Move(BulkMoveArgs),
    /// Change users (or orgs) from a CSV file: any writable field is a column (orgId moves a
    /// user)
    #[command(after_help = BULK_UPDATE_HELP)]
    Update(BulkUpdateArgs),
    /// Create users or orgs from a CSV file, one per row
    #[command(after_help = BULK_CREATE_HELP)]
    Create(BulkCreateArgs),
    /// Print the header row of the CSV file a bulk command reads
    #[command(
        after_help = "Examples:\n  cpctl bulk template update > changes.csv\n  cpctl bulk template create-users > new-users.csv\n  cpctl bulk template create-orgs"
    )]
    Template {
        /// The command
        op: TemplateOp,
    },
}

/// What `bulk template` prints the header of.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum TemplateOp {
    /// `bulk deactivate` and `bulk reactivate`: one column of ids, emails or usernames
    Deactivate,
    /// Same as deactivate
    Reactivate,
    /// `bulk deactivate|reactivate devices`: one column of ids or GUIDs
    Devices,
    /// `bulk move`: one column of ids, emails or usernames
    Move,
    /// `bulk update` (users)
    Update,
    /// `bulk update orgs`
    UpdateOrgs,
    /// `bulk create users`
    CreateUsers,
    /// `bulk create orgs`
    CreateOrgs,
}

/// What `bulk create` creates.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CreateWhat {
    /// Users (the columns of UserCreate)
    Users,
    /// Orgs (the columns of OrgCreate)
    Orgs,
}

#[derive(Debug, Args)]
pub struct BulkUpdateArgs {
    /// What the rows name: users (the columns of UserUpdate) or orgs (OrgUpdate, named by id)
    #[arg(value_enum, default_value = "users")]
    pub what: CreateWhat,
    #[command(flatten)]
    pub bulk: BulkArgs,
    /// The column that names the user: id, email or username [default: id, or the only one of
    /// email and username present]
    #[arg(long, value_parser = ["id", "email", "username"])]
    pub key: Option<String>,
}

#[derive(Debug, Args)]
pub struct BulkStatusArgs {
    /// What the rows name: users, or devices (today's servers, --api today, only)
    #[arg(value_enum, default_value = "users")]
    pub what: StatusWhat,
    #[command(flatten)]
    pub bulk: BulkArgs,
    /// The column that names the user when the header has several of id, email and username
    /// (for devices: of id and guid)
    #[arg(long, value_parser = ["id", "email", "username", "guid"])]
    pub key: Option<String>,
}

/// What `bulk deactivate|reactivate` changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusWhat {
    /// Users, named by id, email or username (on today's servers the id may be a uid)
    Users,
    /// Devices, named by id or GUID (today's servers only)
    Devices,
}

#[derive(Debug, Args)]
pub struct BulkMoveArgs {
    #[command(flatten)]
    pub bulk: BulkArgs,
    /// The org the users move to: its id (on today's servers also its uid, GUID or name)
    #[arg(long, value_name = "ORG")]
    pub to: String,
    /// The column that names the user when the header has several of id, email and username
    #[arg(long, value_parser = ["id", "email", "username"])]
    pub key: Option<String>,
}

const BULK_MOVE_HELP: &str = "\
The CSV file names users as for `bulk deactivate` (a column `id`, `email` or `username`, or ids
and emails without a header; on today's servers the id may be a uid); every one moves to the
org --to names. On today's servers (--api today) --to takes the org's id, uid, GUID or name
and each user moves with POST /api/v3/users/{uid}/move; on a CrashPlan PRO 3.x server --to is
the org's id and each user moves with PUT /rest/users/{id} {\"orgId\": ..}, as `bulk update`
does with an orgId column. The org is checked once before any row.

Each row's user is read first: one already in the org is `unchanged`, so re-running is safe;
--dry-run shows `orgId: 43 -> 44` per row. The results have line, input, user_id, outcome
(moved, unchanged, would move, error) and message. Records, --results, --resume, signals and
exit codes as for `bulk deactivate`.

Examples:
  cpctl bulk move --csv leavers.csv --to 44 --dry-run
  cpctl --api today bulk move --csv leavers.csv --to \"Northwind Alumni\" --results moved.csv";

#[derive(Debug, Args)]
pub struct BulkCreateArgs {
    /// What the rows describe
    pub what: CreateWhat,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

const BULK_UPDATE_HELP: &str = "\
The first row names the columns: one that names the user (id, email or username; see --key) and
any writable fields of a user, by their API names, nested ones dotted: status, username, email,
firstName, lastName, orgId (moves the user), password, quota.bytes (`cpctl bulk template
update` prints them all; they come from the spec's UserUpdate). Status values take any case
(active, Deactivated). An empty cell leaves the field as it is; an unknown column is an error
before anything is sent. `bulk update orgs` does the same for orgs (OrgUpdate: name, status,
parentId, quota.*), each row naming its org by `id`.

Each row's user is read first: fields that already have the value are left out, and a row that
would change nothing is `unchanged`, so re-running is safe (a password cannot be read back, so
a row with a password is always sent; leave the cell empty on a re-run). --dry-run shows per row what would
change (`orgId: 43 -> 44; email: a@x -> b@x`). The results echo every input column beside
line, input, user_id, outcome (updated, unchanged, would update, error) and message; passwords
are echoed as ***. Records, --results, --resume, signals and exit codes as for `bulk
deactivate`.

Examples:
  cpctl bulk template update
  printf 'email,orgId,quota.bytes\\nada@example.com,44,500\\n' > moves.csv
  cpctl bulk update --csv moves.csv --dry-run
  cpctl bulk update --csv moves.csv --results moves-results.csv
  cpctl bulk update --csv renames.csv --key username    # username names the user, email changes
  cpctl bulk template update-orgs                       # id,name,status,parentId,quota...
  cpctl bulk update orgs --csv orgs.csv --dry-run       # orgs are named by id";

const BULK_CREATE_HELP: &str = "\
The first row names the columns: the fields of a new user (UserCreate: orgId, username, email,
firstName, lastName, password) or of a new org (OrgCreate: name, parentId, registrationKey), as
`cpctl bulk template create-users|create-orgs` prints them. A row without a required field
is an error and nothing is sent for it.

A row whose user already exists (same username or email) or whose org already exists (same
name under the same parent) is `exists` and nothing is sent, so re-running is safe. The results
echo every input column (passwords as ***) beside line, input (the username, email or name), id
(the new record's), outcome (created, exists, would create, error) and message. Creating is
not idempotent, so it is never retried on its own; a row interrupted while its request was
in flight is checked by --resume before anything is sent again. Records, --results, --resume,
signals and exit codes as for `bulk deactivate`.

Examples:
  cpctl bulk template create-users > new-users.csv
  cpctl bulk create users --csv new-users.csv --dry-run
  cpctl bulk create users --csv new-users.csv --results created.csv
  cpctl bulk create orgs --csv orgs.csv";

const BULK_HELP: &str = "\
The CSV file has a header row and a column `id`, `email` or `username` (or a single column of
ids or emails without a header); a header with several of them, or one twice, is refused unless
--key names the one to use. `--csv -` reads it from standard input. Every row is processed
once, failures do not stop the run, and every input line gets a result row (line, input, user
id, outcome, message) in --results or on stdout. `line` is the physical line of the input.
Users already in the wanted state are reported as `unchanged`, so re-running is safe.

The results file is created before anything is changed, and each row is written as soon as it
is done; a row is noted as `started` just before its change is sent, so that even a killed
process leaves a record. An existing results file is never overwritten: continue it with
--resume, which skips the rows it records as done and checks the `started` or `interrupted`
ones on the server first. At the end the file holds one row per input line, in input order.

SIGINT (Ctrl-C), SIGTERM and SIGHUP stop the start of new rows; the rows in flight finish and
are recorded (a second signal cancels them: `interrupted`), rows never started are reported as
`not attempted`.

On today's servers (--api today) a user is named by numeric id or uid (the `id` column, or
digits without a header), email or username, and deactivated (POST /api/v3/users/{uid}/deactivate,
without blocking) or reactivated (.../activate, without unblocking); `user_id` is its numeric id.
`bulk deactivate devices` and `bulk reactivate devices` read a column `id` or `guid` (or ids and
GUIDs without a header), name each device by GUID, else by numeric id, and deactivate or
reactivate it (POST /api/v38/computer-deactivation/update or /remove); the results have
`computer_id` instead of `user_id`. A CrashPlan PRO 3.x server has no device deactivation:
`devices` there is a usage error before anything is sent.

Exit codes: 0 every row done, 1 API error before the first row or the results file could not be
written, 2 usage error (nothing was changed), 3 some rows failed or were not attempted (also when
stdout closes early), 128+N stopped by signal N (130 SIGINT, 143 SIGTERM, 129 SIGHUP).

Examples:
  cpctl --api today bulk deactivate devices --csv old-laptops.csv --results devices.csv
  cpctl bulk deactivate --csv leavers.csv --dry-run
  cpctl bulk deactivate --csv leavers.csv --concurrency 8 --results results.csv
  cpctl bulk deactivate --csv leavers.csv --resume results.csv";

#[derive(Debug, Args)]
pub struct BulkArgs {
    /// CSV file with the users
    #[arg(long)]
    pub csv: PathBuf,
    /// Show what would change without changing anything
    #[arg(long)]
    pub dry_run: bool,
    /// Parallel requests
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Write the per-row results here (CSV) instead of stdout; the file must not exist yet (or
    /// be empty), see --resume
    #[arg(long)]
    pub results: Option<PathBuf>,
    /// Continue the run recorded in this results file: skip the rows it records as done, check
    /// the ones that were in flight, do the rest; the results go on in the same file unless
    /// --results names another
    #[arg(long, value_name = "RESULTS")]
    pub resume: Option<PathBuf>,
}

const DRIFT_HELP: &str = "\
Calls every read operation the account can reach (each list with a small page, the detail view
of every item of that page, server statistics) and reports: properties the spec does not name
(with their JSON type and an example), required properties missing, values of another type
than documented, statuses and headers the spec does not document. Documented optional
properties that no answer carried are listed as notes (`never-seen`): not a difference, since
the server may have no such data.

With --api today, today's reads are called instead: the lists (/api/v1/User, Computer, Org; a
first page by pgNum/pgSize, items in the `data` envelope), User/my, Org/my, customer/my and the
role list, then for every listed item the reads it names (/api/v1/User/{userId}, the user's
roles, /api/v1/Computer/{computerId}, /api/v3/orgs/{orgGuid}, LoginConfiguration), with the
optional inc* parts (incBackupUsage, incRoles, ..) asked for.

Exit codes: 0 the server matches the spec, 4 differences found, 1 API or network error.

Examples:
  cpctl drift
  cpctl drift --format json > drift.json
  cpctl drift --patch          # YAML to paste into spec/crashplan-pro.yaml";

#[derive(Debug, Args)]
pub struct DriftArgs {
    /// Print the YAML fragment a maintainer would add to the spec for the undocumented
    /// properties, instead of the list of differences
    #[arg(long)]
    pub patch: bool,
    /// Items asked for per list
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub page_size: u32,
}

const PROFILE_ADD_HELP: &str = "\
The password (from --password-stdin, CRASHPLAN_PASSWORD, or a prompt on a terminal) is checked
with one login, then stored in the OS keyring: macOS Keychain, Windows Credential Manager, or
on Linux the kernel keyring (keyutils; it works without a desktop but forgets the password at
reboot, after which you are asked again). The config file never holds
it unless --password-in-file says so. A two-factor account is asked for a code on a terminal, or
give --totp CODE.

An API client (--api-client-id ID) is stored the same way: its secret (from
--api-client-secret-stdin, CRASHPLAN_API_CLIENT_SECRET, or a prompt on a terminal) is checked
with one token request, then kept in the OS keyring; `profile show` never shows it.

Examples:
  cpctl profile add prod --url https://cp.example.com:4285 --username admin --use
  echo \"$PW\" | cpctl profile add ci --url https://cp:4285 -u svc --password-stdin --password-in-file
  echo \"$SECRET\" | cpctl profile add cloud --url https://console.us1.crashplan.com \\
      --api-client-id key-79muGw9i424 --api-client-secret-stdin --use";

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add or replace a profile from the connection flags (--url, --username or
    /// --api-client-id, --ca-cert, --insecure, --proxy, --basic-auth)
    #[command(after_help = PROFILE_ADD_HELP)]
    Add {
        /// Profile name
        name: String,
        /// Keep the password (or API client secret) in the config file, in plain text, instead
        /// of the OS keyring (for machines without a keyring; prints a warning)
        #[arg(long, conflicts_with = "no_password")]
        password_in_file: bool,
        /// Store no password: give it at each use (--password-stdin, CRASHPLAN_PASSWORD or
        /// the prompt)
        #[arg(long)]
        no_password: bool,
        /// Do not log in to check the credentials before storing them
        #[arg(long)]
        no_verify: bool,
        /// Make it the current profile
        #[arg(long = "use")]
        make_current: bool,
    },
    /// List profiles
    List,
    /// Show a profile (the current one by default); passwords and secrets are never shown
    Show {
        /// Profile name
        name: Option<String>,
    },
    /// Remove a profile
    Remove {
        /// Profile name
        name: String,
    },
    /// Make a profile the current one
    Use {
        /// Profile name
        name: String,
    },
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every help that states exit codes (the top level, `bulk`, `drift`) states those of
    /// `crate::error`'s table.
    #[test]
    fn the_help_states_the_exit_codes_of_the_table() {
        use crate::error::{EXIT_API, EXIT_DRIFT, EXIT_PARTIAL, EXIT_SIGNAL_BASE, EXIT_USAGE};
        let help = EXAMPLES.replace('\n', " ");
        for code in [
            format!("{EXIT_API} API or network error"),
            format!("{EXIT_USAGE} usage error"),
            format!("{EXIT_PARTIAL} some bulk rows failed"),
            format!("{EXIT_DRIFT} `drift` found differences"),
            format!("{EXIT_SIGNAL_BASE}+N a bulk run stopped by signal N"),
        ] {
            assert!(help.contains(&code), "the help lacks `{code}`");
        }
        let bulk = BULK_HELP.replace('\n', " ");
        for code in [
            format!("{EXIT_API} API error before the first row"),
            format!("{EXIT_USAGE} usage error"),
            format!("{EXIT_PARTIAL} some rows failed"),
            format!("{EXIT_SIGNAL_BASE}+N stopped by signal N"),
        ] {
            assert!(bulk.contains(&code), "bulk's help lacks `{code}`");
        }
        for code in [
            format!("{EXIT_DRIFT} differences found"),
            format!("{EXIT_API} API or network error"),
        ] {
            assert!(DRIFT_HELP.contains(&code), "drift's help lacks `{code}`");
        }
    }

    /// A flag generated from the spec must not take the name or the id of a global flag: clap
    /// would let it shadow the global one, or hand it the global one's value (`--username
    /// admin` would also filter `users list` by username). The xtask renames such flags
    /// (`FLAG_RENAMES` in xtask/src/emit.rs).
    #[test]
    fn no_command_flag_shadows_a_global_flag() {
        fn walk(cmd: &clap::Command, globals: &[String], path: &str, found: &mut Vec<String>) {
            for arg in cmd.get_arguments().filter(|a| !a.is_global_set()) {
                // Same long name, or same id (clap would hand the global value to this arg).
                let names = [
                    arg.get_long().map(str::to_owned),
                    Some(arg.get_id().to_string()),
                ];
                if names.iter().flatten().any(|n| globals.contains(n)) {
                    found.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, globals, &format!("{path} {}", sub.get_name()), found);
            }
        }
        let cli = Cli::command();
        let globals: Vec<String> = cli
            .get_arguments()
            .filter(|a| a.is_global_set())
            .flat_map(|a| {
                [
                    a.get_long().map(str::to_owned),
                    Some(a.get_id().to_string()),
                ]
            })
            .flatten()
            .collect();
        let mut found = Vec::new();
        walk(&cli, &globals, "cpctl", &mut found);
        assert!(
            found.is_empty(),
            "flags that shadow a global flag (add them to FLAG_RENAMES in xtask/src/emit.rs): {found:?}"
        );
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = Cli::try_parse_from([
            "cpctl", "users", "list", "--org-id", "43", "--demo", "--format", "csv",
        ])
        .expect("parses");
        assert!(cli.connection.demo);
        assert_eq!(cli.output.format, Some(Format::Csv));
    }

    #[test]
    fn bad_values_are_usage_errors() {
        for args in [
            &["cpctl", "computers", "get", "abc"][..],
            &["cpctl", "report", "backups", "--older-than", "7"],
            &["cpctl", "bulk", "template", "nothing"],
            &["cpctl", "report", "usage", "--org", "43", "--quota", "10XB"],
            &["cpctl", "users", "list", "--page-size", "0"],
            &["cpctl", "users", "update", "67", "--email", ""],
            &["cpctl", "users", "list", "--status", "Blocked"],
        ] {
            let err = Cli::try_parse_from(args).expect_err("invalid");
            assert_eq!(err.exit_code(), 2, "{args:?}: {err}");
        }
    }
}
