// The PostgreSQL variants of the integration tests run only when
// KOLLEGA_TEST_POSTGRES_URL names a server; without it they are compiled as
// `#[ignore]`d, so the test count says "ignored", not "passed".
fn main() {
    println!("cargo::rustc-check-cfg=cfg(kollega_pg)");
    println!("cargo::rerun-if-env-changed=KOLLEGA_TEST_POSTGRES_URL");
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("KOLLEGA_TEST_POSTGRES_URL").is_ok_and(|u| !u.is_empty()) {
        println!("cargo::rustc-cfg=kollega_pg");
    }
}
