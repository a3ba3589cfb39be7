//! The operator's routes and middleware: request metrics by route pattern and
//! `GET /metrics`.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};

use crate::error::AppResult;
use crate::state::{AppState, run};

/// The route pattern (never the path: paths carry tokens) of this request.
#[derive(Clone)]
pub struct RoutePattern(pub String);

/// Middleware: counts and times every request by its route pattern.
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
    if let Some(m) = metrics {
        m.record_request(
            method,
            route,
            res.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(res)
}

/// Middleware: a HEAD request is answered as its GET would be, without the
/// body (uptime monitors ask with HEAD; RFC 9110 says a server that answers
/// GET should answer HEAD).
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let head = req.method() == actix_web::http::Method::HEAD;
    if head {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    let res = next.call(req).await?;
    Ok(if head {
        res.map_body(|_, _| actix_web::body::BoxBody::new(()))
    } else {
        res.map_into_boxed_body()
    })
}

/// `GET /metrics` in the Prometheus text format. Closed by default: with
/// `server.metrics_token` set, a matching bearer token is required; without
/// it, only a scraper on this host (loopback, the client address as
/// `http::client_address` finds it, so not a client behind the local proxy).
pub async fn serve(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    let token = state.settings.server.metrics_token.expose();
    if token.is_empty() {
        let client = crate::http::client_address(&req, &state.settings.server.trusted_proxies);
        let local = client
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
        if !local {
            return Ok(HttpResponse::Forbidden().finish());
        }
    } else {
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
    let ((pending, failed), oldest) = run(&state, |conn, _| {
        let now = chrono::Utc::now().naive_utc();
        Ok((
            crate::metrics::outbox_depth(conn)?,
            crate::metrics::oldest_unsent_age(conn, now)?,
        ))
    })
    .await?;
    state.metrics.set_outbox(pending, failed);
    state.metrics.set_oldest_unsent(oldest);
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(state.metrics.encode()?))
}
