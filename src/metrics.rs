//! Prometheus metrics at `/metrics`: requests and latencies by route pattern
//! (never the path: paths carry tokens), outbox depth and failed sends, the
//! age of the oldest unsent message, and
//! posts stopped by the identifier guard, by category. Counts only: no
//! content, no addresses, no ids.

use std::sync::Arc;

use diesel::prelude::*;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::db::AnyConnection;
use crate::error::{AppError, AppResult};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CategoryLabels {
    category: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    status: &'static str,
}

/// The process's metrics; cheap to clone (the families share their values).
#[derive(Clone)]
pub struct Metrics {
    registry: Arc<Registry>,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    rejected: Family<CategoryLabels, Counter>,
    outbox: Family<StatusLabels, Gauge>,
    oldest_unsent: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("kollega");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by method, route pattern and status",
            requests.clone(),
        );
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new([
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ])
        });
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route pattern",
            latency.clone(),
        );
        let rejected = Family::<CategoryLabels, Counter>::default();
        registry.register(
            "posts_rejected",
            "Posts stopped by the patient-identifier guard, by category of finding",
            rejected.clone(),
        );
        let outbox = Family::<StatusLabels, Gauge>::default();
        registry.register(
            "outbox_messages",
            "Outgoing mail by status: pending (queued or being retried) and failed (given up)",
            outbox.clone(),
        );
        let oldest_unsent = Gauge::default();
        registry.register(
            "outbox_oldest_unsent_seconds",
            "Age of the oldest message not yet sent (queued, being sent or retried); 0 when none",
            oldest_unsent.clone(),
        );
        Metrics {
            registry: Arc::new(registry),
            requests,
            latency,
            rejected,
            outbox,
            oldest_unsent,
        }
    }

    /// Counts one post stopped by the guard, once per category it contained.
    pub fn post_rejected(&self, findings: &[crate::error::FieldFinding]) {
        let mut categories: Vec<&'static str> = findings
            .iter()
            .map(|f| f.finding.category.as_str())
            .collect();
        categories.sort_unstable();
        categories.dedup();
        for category in categories {
            self.rejected
                .get_or_create(&CategoryLabels { category })
                .inc();
        }
    }
}

impl Metrics {
    /// One answered request, by its route pattern (never the path).
    pub fn record_request(&self, method: String, route: String, status: u16, seconds: f64) {
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route: route.clone(),
                status,
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels { route })
            .observe(seconds);
    }

    /// The outbox depth, read from the database just before a scrape.
    pub fn set_outbox(&self, pending: i64, failed: i64) {
        self.outbox
            .get_or_create(&StatusLabels { status: "pending" })
            .set(pending);
        self.outbox
            .get_or_create(&StatusLabels { status: "failed" })
            .set(failed);
    }

    /// The age in seconds of the oldest unsent message (0: none waiting).
    pub fn set_oldest_unsent(&self, seconds: i64) {
        self.oldest_unsent.set(seconds);
    }

    /// Everything, in the Prometheus text format.
    pub fn encode(&self) -> AppResult<String> {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("metrics: {e}")))?;
        Ok(text)
    }
}

/// The outbox's pending and failed messages.
pub fn outbox_depth(conn: &mut AnyConnection) -> AppResult<(i64, i64)> {
    use crate::db::schema::outbox;
    let mut count = |status: &str| -> AppResult<i64> {
        Ok(outbox::table
            .filter(outbox::status.eq(status))
            .count()
            .get_result(conn)?)
    };
    Ok((count("pending")?, count("failed")?))
}

/// How long the oldest unsent message (pending or being sent) has waited,
/// in seconds; 0 when nothing waits. Mail given up on ("failed") is counted
/// by `outbox_depth`, not here.
pub fn oldest_unsent_age(conn: &mut AnyConnection, now: chrono::NaiveDateTime) -> AppResult<i64> {
    use crate::db::schema::outbox;
    let oldest: Option<chrono::NaiveDateTime> = outbox::table
        .filter(outbox::status.eq_any(["pending", "sending"]))
        .select(diesel::dsl::min(outbox::created_at))
        .first(conn)?;
    Ok(oldest.map_or(0, |t| (now - t).num_seconds().max(0)))
}
