//! One error type for the whole app. Each variant maps to one HTTP status and a
//! stable code that clients (and the translated web error page) key on. The
//! cause of an internal error is logged and never sent to the client.

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
    Forbidden(Code),
    #[error("the form has expired; reload the page and try again")]
    Csrf,
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("conflict: {0}")]
    Conflict(Code),
    #[error("the text contains what looks like patient identifiers; nothing was saved")]
    PatientIdentifiers(Vec<FieldFinding>),
    #[error("the text could not be checked for patient identifiers; nothing was saved, try again")]
    GuardFailed,
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// Why something was refused or conflicts: the stable code clients and the
/// translated error page key on (`error.<code>` in the texts), matched in
/// code as a value, never as a string.
macro_rules! codes {
    ($($variant:ident => $code:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }
        }
    };
}

codes! {
        AdminOnly => "admin_only",
        AlreadyExists => "already_exists",
        AlreadyMember => "already_member",
        AlreadyPlaced => "already_placed",
        AlreadyPublished => "already_published",
        EditWindowClosed => "edit_window_closed",
        EmailTaken => "email_taken",
        GroupClosed => "group_closed",
        GroupOpen => "group_open",
        InvitationUsed => "invitation_used",
        ManageGroup => "manage_group",
        ManageMembers => "manage_members",
        ModeratorsOnly => "moderators_only",
        NotAuthor => "not_author",
        NotNarrative => "not_narrative",
        ObserverInConversation => "observer_in_conversation",
        ObserversOnly => "observers_only",
        PhaseOrder => "phase_order",
        ProposalApproved => "proposal_approved",
        PublishInReflection => "publish_in_reflection",
        ResetLinkUsed => "reset_link_used",
        SignInLinkUsed => "sign_in_link_used",
        TellerCloses => "teller_closes",
        TellerOrListenerOnly => "teller_or_listener_only",
        ThreadClosed => "thread_closed",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
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
            AppError::Forbidden(code) => code.as_str().into(),
            AppError::Csrf => "csrf".into(),
            AppError::BadRequest { code, .. } => (*code).into(),
            AppError::Invalid { .. } => "invalid".into(),
            AppError::Conflict(code) => code.as_str().into(),
            AppError::TooManyRequests { .. } => "too_many_requests".into(),
            AppError::PatientIdentifiers(_) => "patient_identifiers".into(),
            AppError::GuardFailed => "guard_failed".into(),
            AppError::Internal(_) => "internal".into(),
        }
    }

    /// The error as a cause for the log: an internal error's own cause, else
    /// the error itself.
    pub fn into_cause(self) -> anyhow::Error {
        match self {
            AppError::Internal(cause) => cause,
            other => anyhow::Error::new(other),
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

impl AppError {
    /// The HTTP status this error is answered with (`http.rs` builds the response).
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthorized | AppError::InvalidLogin => 401,
            AppError::Forbidden(_) | AppError::Csrf => 403,
            AppError::BadRequest { .. } => 400,
            AppError::Invalid { .. } | AppError::PatientIdentifiers(_) => 422,
            AppError::GuardFailed => 503,
            AppError::Conflict(_) => 409,
            AppError::TooManyRequests { .. } => 429,
            AppError::Internal(_) => 500,
        }
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

/// Unique violations are conflicts; everything else is an internal error
/// whose cause is logged, not shown.
impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => AppError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::Conflict(Code::AlreadyExists)
            }
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task: {e}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;
