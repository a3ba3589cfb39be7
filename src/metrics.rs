//! Prometheus metrics at `/metrics`: requests and latencies by route pattern
//! (never the path: paths carry tokens), outbox depth and failed sends, and
//! posts stopped by the identifier guard, by category. Counts only: no
//! content, no addresses, no ids.

use std::sync::Arc;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use diesel::prelude::*;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::error::{AppError, AppResult};
use crate::state::{AppState, run};

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
        Metrics {
            registry: Arc::new(registry),
            requests,
            latency,
            rejected,
            outbox,
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

/// Middleware: counts and times every request by its route pattern.
/// The route pattern (never the path: paths carry tokens) of this request.
#[derive(Clone)]
pub struct RoutePattern(pub String);

pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    // Matching the route table again costs as much as routing itself, so it
    // is done once here and kept for the access log.
    let route = req.match_pattern().unwrap_or_else(|| "unmatched".into());
    req.extensions_mut().insert(RoutePattern(route.clone()));
    let method = req.method().to_string();
    let metrics = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.metrics.clone());
    let res = next.call(req).await?;
    let Some(m) = metrics else {
        return Ok(res);
    };
    m.requests
        .get_or_create(&RequestLabels {
            method,
            route: route.clone(),
            status: res.status().as_u16(),
        })
        .inc();
    m.latency
        .get_or_create(&RouteLabels { route })
        .observe(started.elapsed().as_secs_f64());
    Ok(res)
}

/// `GET /metrics` in the Prometheus text format. With `server.metrics_token`
/// set, a matching bearer token is required.
pub async fn serve(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    let token = state.settings.server.metrics_token.expose();
    if !token.is_empty() {
        let given = req
            .headers()
            .get(actix_web::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        if !crate::auth::constant_time_eq(given.as_bytes(), token.as_bytes()) {
            // Plain 401 for the scraper, not the sign-in page people get.
            return Ok(HttpResponse::Unauthorized()
                .insert_header((actix_web::http::header::WWW_AUTHENTICATE, "Bearer"))
                .finish());
        }
    }
    let (pending, failed) = run(&state, |conn, _| {
        use crate::db::schema::outbox;
        let count = |conn: &mut crate::db::AnyConnection, status: &str| -> AppResult<i64> {
            Ok(outbox::table
                .filter(outbox::status.eq(status))
                .count()
                .get_result(conn)?)
        };
        Ok((count(conn, "pending")?, count(conn, "failed")?))
    })
    .await?;
    let m = &state.metrics;
    m.outbox
        .get_or_create(&StatusLabels { status: "pending" })
        .set(pending);
    m.outbox
        .get_or_create(&StatusLabels { status: "failed" })
        .set(failed);
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &m.registry)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("metrics: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(text))
}
