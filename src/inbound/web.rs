//! Reply by email over HTTP, for mail providers that post inbound mail.

use actix_web::{HttpRequest, HttpResponse, web};

use super::{IngestError, Outcome, ingest};
use crate::error::{AppError, AppResult};
use crate::state::{AppState, run_write};

/// `POST /api/v1/inbound-mail`: the raw message as the body, authorised by the
/// shared secret. 200 with the outcome, 400 malformed, 404 unknown recipient
/// (or webhook off), 429 with Retry-After when the member posts faster than
/// the limit, 500 on a temporary failure (the provider retries both).
pub async fn webhook(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let secret = state.settings.mail.inbound_secret.expose();
    if secret.is_empty() {
        return Err(AppError::NotFound);
    }
    let given = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .unwrap_or("");
    // Compare as HMACs so the time taken says nothing about the secret.
    if state.keys.short_tag(given.as_bytes()) != state.keys.short_tag(secret.as_bytes())
        || given.len() != secret.len()
    {
        return Err(AppError::Unauthorized);
    }
    let result = run_write(&state, move |conn, st| Ok(ingest(conn, st, &body))).await?;
    match result {
        Ok(Outcome::UnknownRecipient) => Err(AppError::NotFound),
        Ok(outcome) => Ok(HttpResponse::Ok().json(outcome)),
        Err(IngestError::Malformed(m)) => Err(AppError::BadRequest {
            code: "malformed_message",
            message: m,
        }),
        Err(IngestError::Temporary(cause)) => {
            Err(AppError::Internal(cause.context("inbound mail")))
        }
        Err(IngestError::PostingTooFast { retry_after_secs }) => {
            Err(AppError::TooManyRequests { retry_after_secs })
        }
    }
}
