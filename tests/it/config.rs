//! Configuration and database URL checks that protect a deployment.

use kollega::Settings;
use kollega::db::DbUrl;

#[test]
fn unknown_database_url_schemes_are_a_clear_error() {
    assert_eq!(
        DbUrl::parse("sqlite://data/k.db"),
        Ok(DbUrl::Sqlite("data/k.db".into()))
    );
    assert!(matches!(
        DbUrl::parse("postgres://postgres@127.0.0.1/k"),
        Ok(DbUrl::Postgres(_))
    ));
    let err = DbUrl::parse("mysql://root@localhost/k").unwrap_err();
    assert!(err.contains("mysql") && err.contains("sqlite://"), "{err}");
    assert!(
        DbUrl::parse("data/k.db").is_err(),
        "a bare path is not silently taken as SQLite"
    );
}

#[test]
fn production_mode_refuses_the_default_secret() {
    let mut s = Settings::defaults().unwrap();
    s.validate().expect("defaults are fine for development");
    s.server.production = true;
    let err = s.validate().unwrap_err().to_string();
    assert!(err.contains("default secret"), "{err}");
    s.security.secret_key =
        kollega::secret::Secret::new("a-real-secret-of-more-than-thirty-two-chars");
    s.validate().expect("a real secret is accepted");
    s.security.secret_key = kollega::secret::Secret::new("short");
    assert!(s.validate().is_err());
    assert_eq!(
        format!("{:?}", s.security.secret_key),
        "***",
        "secrets never print"
    );
}

#[test]
fn migrations_come_in_pairs() {
    let list = |b: &str| {
        let mut v: Vec<String> =
            std::fs::read_dir(format!("{}/migrations/{b}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
        v.sort();
        v
    };
    assert_eq!(list("sqlite"), list("postgres"));
}

#[test]
fn the_default_secret_only_works_on_loopback_over_http() {
    let mut s = Settings::defaults().unwrap();
    s.server.bind = "0.0.0.0:8080".into();
    assert!(s.validate().is_err(), "reachable from other machines");
    s.server.bind = "127.0.0.1:8080".into();
    s.server.public_url = "https://kollega.example.org".into();
    assert!(s.validate().is_err(), "served over https means deployed");
}

#[test]
fn the_pool_follows_the_cores_unless_set() {
    let mut s = Settings::defaults().unwrap();
    assert_eq!(s.database.pool_size, 0, "the default sizes itself");
    let cores = std::thread::available_parallelism().unwrap().get() as u32;
    assert_eq!(s.database.connections(), (2 * cores).clamp(2, 64));
    s.database.pool_size = 5;
    assert_eq!(s.database.connections(), 5);
    assert_eq!(kollega::blocking_threads(4, 2), 2, "each worker its share");
    assert_eq!(kollega::blocking_threads(2, 4), 2, "never fewer than two");
}
