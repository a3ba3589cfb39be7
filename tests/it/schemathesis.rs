//! The OpenAPI document the server publishes matches what it does:
//! Schemathesis (from PyPI) generates requests for every operation from
//! `/api/v1/openapi.json`, sends them with a real bearer token, and checks
//! every answer against the document (status codes, content types, headers,
//! response schemas, 405 with `Allow` for undeclared methods, no 5xx, ...).
//!
//! Left out, each for a reason:
//! - `positive_data_acceptance`: the server checks more than a JSON schema can
//!   say (the patient-identifier guard on bodies, look-alike names, a listener
//!   for a narrative thread), so schema-valid data is rightly refused (422,
//!   documented) and the check would fail on that, not on a mismatch.
//!   Its opposite, `negative_data_rejection`, runs: what the schema forbids
//!   is refused.
//! - `/auth/logout` would revoke the token every later request uses.
//! - `/inbound-mail` is the mail provider's webhook, off here (no secret);
//!   `tests/it/inbound.rs` drives it with real messages.
//!
//! `tests/run` installs Schemathesis; elsewhere the test is skipped with a
//! note unless `KOLLEGA_REQUIRE_SCHEMATHESIS` is set. Examples per operation:
//! `KOLLEGA_SCHEMATHESIS_EXAMPLES` (50; about 20 s on 2 cores); seed: `KOLLEGA_SCHEMATHESIS_SEED` (1).

use crate::harness::{TestServer, collect};

#[actix_web::test]
async fn schemathesis_finds_the_api_as_its_openapi_document_describes_it() {
    let found = std::process::Command::new("schemathesis")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("KOLLEGA_REQUIRE_SCHEMATHESIS").is_none(),
            "schemathesis not found: python3 -m pip install schemathesis"
        );
        eprintln!("schemathesis not installed (python3 -m pip install schemathesis): skipped");
        return;
    }
    let srv = TestServer::start_sqlite(|_| {}).await;
    // Something to read, so that links between operations lead somewhere.
    let (anna, _erik, group) = srv.norrland();
    let thread = srv.case(&anna, &group, "Yrsel hos äldre", "Hur utreder ni yrsel?");
    srv.reply(
        &anna,
        &thread,
        None,
        "Jag börjar med ortostatiskt blodtryck.",
    );
    let mut api = srv.api();
    api.login("admin@example.org").await;
    let token = api.token.clone().expect("a token");
    // The document is the one the server serves.
    let served = collect(
        TestServer::client()
            .get(format!("{}/api/v1/openapi.json", srv.base))
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(served.status, 200);

    let examples = std::env::var("KOLLEGA_SCHEMATHESIS_EXAMPLES").unwrap_or_else(|_| "50".into());
    let seed = std::env::var("KOLLEGA_SCHEMATHESIS_SEED").unwrap_or_else(|_| "1".into());
    let url = format!("{}/api/v1/openapi.json", srv.base);
    let report = tempfile::tempdir().expect("tempdir");
    let report_dir = report.path().to_path_buf();
    let started = std::time::Instant::now();
    let out = actix_web::web::block(move || {
        std::process::Command::new("schemathesis")
            .args(["run", &url])
            .args(["--header", &format!("Authorization: Bearer {token}")])
            .args(["--max-examples", &examples, "--seed", &seed])
            .args(["--checks", "all"])
            .args(["--exclude-checks", "positive_data_acceptance"])
            .args(["--exclude-path", "/auth/logout"])
            .args(["--exclude-path", "/inbound-mail"])
            .args(["--request-timeout", "10", "--no-color"])
            .current_dir(report_dir)
            .output()
    })
    .await
    .expect("blocking")
    .expect("run schemathesis");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("generated") || l.contains(" in ") && l.contains("=="))
        .collect();
    eprintln!(
        "schemathesis in {:.0} s: {}",
        started.elapsed().as_secs_f64(),
        summary.join(" | ")
    );
    assert!(
        out.status.success(),
        "schemathesis found failures:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
