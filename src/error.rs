//! One error type for the whole app. Each variant maps to one HTTP status and a
//! stable code that clients (and the translated web error page) key on. The
//! cause of an internal error is logged and never sent to the client.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    Unauthorized,
    #[error("the email or password is wrong")]
    InvalidLogin,
    #[error("not allowed: {0}")]
    Forbidden(&'static str),
    #[error("the form has expired; reload the page and try again")]
    Csrf,
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("the text contains what looks like patient identifiers; nothing was saved")]
    PatientIdentifiers(Vec<FieldFinding>),
    #[error("the text could not be checked for patient identifiers; nothing was saved, try again")]
    GuardFailed,
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// What the JSON body and the web error page are made from.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorBody {
    pub error: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Patient identifiers found in a rejected post, for its author only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<FieldFinding>>,
}

/// A patient identifier found in one field (`title` or `body`) of a draft.
#[derive(Debug, Clone, Serialize)]
pub struct FieldFinding {
    pub field: &'static str,
    #[serde(flatten)]
    pub finding: crate::deid::Finding,
    /// The author may mark it "not an identifier" (names and dates only).
    pub dismissable: bool,
}

impl AppError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::Invalid {
            field: field.to_string(),
            message: message.into(),
        }
    }

    pub fn code(&self) -> String {
        match self {
            AppError::NotFound => "not_found".into(),
            AppError::Unauthorized => "unauthorized".into(),
            AppError::InvalidLogin => "invalid_login".into(),
            AppError::Forbidden(code) => (*code).into(),
            AppError::Csrf => "csrf".into(),
            AppError::BadRequest { code, .. } => (*code).into(),
            AppError::Invalid { .. } => "invalid".into(),
            AppError::Conflict(code) => code.clone(),
            AppError::TooManyRequests { .. } => "too_many_requests".into(),
            AppError::PatientIdentifiers(_) => "patient_identifiers".into(),
            AppError::GuardFailed => "guard_failed".into(),
            AppError::Internal(_) => "internal".into(),
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: self.code(),
            message: self.to_string(),
            field: match self {
                AppError::Invalid { field, .. } => Some(field.clone()),
                _ => None,
            },
            findings: match self {
                AppError::PatientIdentifiers(f) => Some(f.clone()),
                _ => None,
            },
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized | AppError::InvalidLogin => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            AppError::Invalid { .. } | AppError::PatientIdentifiers(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            AppError::GuardFailed => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Internal(cause) = self {
            tracing::error!(error = %cause, "internal error");
        }
        let body = self.body();
        let mut resp = HttpResponse::build(self.status_code());
        if let AppError::TooManyRequests { retry_after_secs } = self {
            resp.insert_header(("Retry-After", retry_after_secs.to_string()));
        }
        let mut resp = resp.json(&body);
        // The web layer turns this into a translated HTML page for browsers.
        resp.extensions_mut().insert(body);
        resp
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Internal(anyhow::anyhow!("database pool: {e}"))
    }
}

impl From<diesel::r2d2::Error> for AppError {
    fn from(e: diesel::r2d2::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("database: {e}"))
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        crate::db::map_err(e)
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task: {e}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;
