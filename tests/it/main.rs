//! Integration tests: each drives a real kollega server over HTTP, on SQLite
//! and (when KOLLEGA_TEST_POSTGRES_URL is set) on PostgreSQL.

mod harness;

mod api;
mod auth;
mod browser;
mod cli;
mod compression;
mod config;
mod deid;
mod deploy;
mod formation;
mod fuzz;
mod hardening;
mod inbound;
mod learning;
mod logs;
mod mail;
mod mail_snapshots;
mod narrative;
mod ops;
mod postfix;
mod privacy;
mod roles;
mod sanitizer;
mod schemathesis;
mod search;
mod side_doors;
mod threads;
mod trim_conformance;
