//! Reliability soak: a faulty emulator (10% 503/429 with `Retry-After`, 2% dropped connections,
//! 2% cut-off bodies, random latency, tokens expiring every 2 s) and the facade's guarantees:
//! every listed id exactly once, every detail once, every deactivation applied, no `POST`
//! replayed, only typed errors, no panic.
//!
//! Bounded: one round takes well under 60 s. `CRASHPLAN_SOAK_SECS=600 cargo test -p crashplan
//! --test soak -- --nocapture` repeats rounds (new seeds) for that long.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use crashplan::{Client, DetailsExt, Error, RetryPolicy, Status};
use crashplan_emulator::{Emulator, Faults, Latency, Scale};
use futures::TryStreamExt;

const USERS: usize = 20_000;
const DETAILS: usize = 1_000;
const DEACTIVATIONS: usize = 1_000;
const CREATES: usize = 40;

fn faults(seed: u64) -> Faults {
    Faults {
        seed,
        latency: Latency::Random {
            min: Duration::ZERO,
            max: Duration::from_millis(3),
        },
        rate_503: 0.05,
        rate_429: 0.05,
        retry_after_secs: 1,
        rate_drop_before_response: 0.01,
        rate_drop_mid_body: 0.01,
        rate_truncated_body: 0.02,
        ..Faults::none()
    }
}

async fn round(seed: u64) {
    let emu = Emulator::builder()
        .doc_data(false)
        .scale(Scale::users(USERS))
        .token_ttl(Duration::from_secs(2))
        .faults(faults(seed))
        .spawn()
        .await
        .expect("emulator starts");
    let client = Client::builder(emu.base_url())
        .local_account("admin", "admin")
        .retry(
            RetryPolicy::default()
                .max_attempts(12)
                .max_elapsed(Duration::from_secs(60))
                .min_delay(Duration::from_millis(5))
                .max_delay(Duration::from_millis(200)),
        )
        .concurrency(32)
        .build()
        .expect("client builds");

    let phase = Instant::now();
    // 1. Every id exactly once.
    let ids: Vec<i64> = client
        .users()
        .list()
        .page_size(1000)
        .items()
        .map_ok(|u| u.id)
        .try_collect()
        .await
        .expect("the listing survives the faults");
    let unique: BTreeSet<i64> = ids.iter().copied().collect();
    assert_eq!(ids.len(), USERS, "seed {seed}: every user listed");
    assert_eq!(unique.len(), USERS, "seed {seed}: no duplicates");

    eprintln!("seed {seed}: listing done after {:?}", phase.elapsed());
    // 2. Every detail once (unordered: with 1 s Retry-After waits, an ordered fan-out is held
    //    up by its slowest request).
    let wanted: BTreeSet<i64> = ids[..DETAILS].iter().copied().collect();
    let details: Vec<i64> = client
        .users()
        .list()
        .page_size(250)
        .limit(DETAILS as u64)
        .items()
        .details_unordered(&client, 32)
        .map_ok(|d| d.id)
        .try_collect()
        .await
        .expect("the fan-out survives the faults");
    assert_eq!(details.len(), DETAILS, "seed {seed}: one detail per user");
    let got: BTreeSet<i64> = details.into_iter().collect();
    assert!(
        got == wanted,
        "seed {seed}: each user's detail exactly once"
    );
    eprintln!("seed {seed}: fan-out done after {:?}", phase.elapsed());
    // 3. Bulk deactivation: each applied, final state as expected (the synthetic data set
    //    already has some deactivated users).
    let deactivated = || async {
        client
            .users()
            .list()
            .page_size(1000)
            .status(Status::Deactivated)
            .items()
            .map_ok(|u| u.id)
            .try_collect::<BTreeSet<i64>>()
            .await
            .expect("listing deactivated users")
    };
    let before = deactivated().await;
    let targets: Vec<i64> = ids[USERS - DEACTIVATIONS..].to_vec();
    let outcomes = client
        .users()
        .deactivate_many(targets.iter().copied())
        .await;
    let failed: Vec<_> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    assert!(
        failed.is_empty(),
        "seed {seed}: {} deactivations failed: {:?}",
        failed.len(),
        failed.first()
    );
    let after = deactivated().await;
    let expected: BTreeSet<i64> = before
        .union(&targets.iter().copied().collect())
        .copied()
        .collect();
    assert!(
        after == expected,
        "seed {seed}: final state differs: {} unexpected, {} missing",
        after.difference(&expected).count(),
        expected.difference(&after).count()
    );

    // 4. Creates: never replayed; a failure is a typed error the caller sees.
    eprintln!("seed {seed}: bulk done after {:?}", phase.elapsed());
    let org_id = client
        .orgs()
        .list()
        .limit(1)
        .collect_all()
        .await
        .expect("an org")[0]
        .id;
    emu.reset_request_log();
    let mut created = 0;
    for i in 0..CREATES {
        let body: crashplan::types::UserCreate = crashplan::types::UserCreate::builder()
            .org_id(org_id)
            .first_name("Soak".to_owned())
            .last_name(format!("{i}"))
            .email(format!("soak{seed}-{i}@example.com"))
            .password(crashplan::api::Secret::from("soak-password"))
            .try_into()
            .expect("a complete body");
        match client.users().create(body).await {
            Ok(_) => created += 1,
            Err(
                Error::Http(_)
                | Error::Network { .. }
                | Error::Connect { .. }
                | Error::Decode { .. }
                | Error::Timeout { .. },
            ) => {}
            Err(other) => panic!("seed {seed}: unexpected error kind: {other:?}"),
        }
    }
    assert_eq!(
        emu.request_count("POST", "/rest/users"),
        CREATES,
        "seed {seed}: each create sent exactly once"
    );
    assert!(created > 0 && created <= CREATES);
    let faults_hit = emu.requests().iter().filter(|r| r.fault.is_some()).count();
    eprintln!(
        "seed {seed}: {created}/{CREATES} creates succeeded; {faults_hit} faults in the last phase"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_facade_survives_a_faulty_server() {
    let budget = std::env::var("CRASHPLAN_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(Duration::from_secs);
    let started = Instant::now();
    let mut seed = 2026;
    loop {
        round(seed).await;
        seed += 1;
        match budget {
            Some(budget) if started.elapsed() < budget && seed < 2026 + 10_000 => continue,
            _ => break,
        }
    }
}
