//! Credentials and tokens: argon2 password hashes, keys derived from the one
//! configured secret, JWTs for the API and invitations, CSRF tokens, and the
//! failed-login throttle.

use std::collections::HashMap;
use std::sync::Mutex;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use jsonwebtoken::{DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::error::AppError;
use crate::settings::SecuritySettings;

type HmacSha256 = Hmac<Sha256>;

/// Keys for each purpose, derived from the configured secret so that a token
/// made for one purpose can never be replayed as another.
pub struct Keys {
    pub cookie: cookie::Key,
    csrf: Vec<u8>,
    mail: Vec<u8>,
    jwt_encoding: EncodingKey,
    jwt_decoding: DecodingKey,
    argon2_params: Params,
}

fn derive(secret: &str, purpose: &str) -> Vec<u8> {
    let mut mac =
        HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

impl Keys {
    pub fn new(security: &SecuritySettings) -> anyhow::Result<Keys> {
        let secret = security.secret_key.expose();
        let mut cookie_material = derive(secret, "kollega cookie 1");
        cookie_material.extend(derive(secret, "kollega cookie 2"));
        let jwt = derive(secret, "kollega jwt");
        let argon2_params = Params::new(
            security.argon2_memory_kib,
            security.argon2_iterations,
            1,
            None,
        )
        .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?;
        Ok(Keys {
            cookie: cookie::Key::from(&cookie_material),
            csrf: derive(secret, "kollega csrf"),
            mail: derive(secret, "kollega mail tokens"),
            jwt_encoding: EncodingKey::from_secret(&jwt),
            jwt_decoding: DecodingKey::from_secret(&jwt),
            argon2_params,
        })
    }

    fn argon2(&self) -> Argon2<'static> {
        Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            self.argon2_params.clone(),
        )
    }

    pub fn hash_password(&self, password: &str) -> Result<String, AppError> {
        let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
            .map_err(|e| AppError::Internal(anyhow::anyhow!("salt: {e}")))?;
        self.argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Internal(anyhow::anyhow!("argon2: {e}")))
    }

    pub fn verify_password(&self, password: &str, hash: &str) -> bool {
        PasswordHash::new(hash)
            .map(|parsed| {
                self.argon2()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    }

    /// Burns the same time as a real check, so a wrong email is not faster
    /// to reject than a wrong password.
    pub fn dummy_verify(&self) {
        let _ = self.hash_password("not a real password");
    }

    /// The token a form must carry: an HMAC of the browser's CSRF cookie.
    pub fn csrf_token(&self, cookie_value: &str) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.csrf).expect("HMAC accepts any key length");
        mac.update(cookie_value.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    pub fn csrf_matches(&self, cookie_value: &str, token: &str) -> bool {
        let Ok(given) = URL_SAFE_NO_PAD.decode(token) else {
            return false;
        };
        let mut mac = HmacSha256::new_from_slice(&self.csrf).expect("HMAC accepts any key length");
        mac.update(cookie_value.as_bytes());
        mac.verify_slice(&given).is_ok()
    }

    /// A short tag (10 hex characters) over `data`, for tokens that must fit in
    /// an email address.
    pub fn short_tag(&self, data: &[u8]) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.mail).expect("HMAC accepts any key length");
        mac.update(data);
        mac.finalize().into_bytes()[..5]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    pub fn sign(&self, claims: &Claims) -> Result<String, AppError> {
        jsonwebtoken::encode(&Header::default(), claims, &self.jwt_encoding)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("jwt: {e}")))
    }

    /// Checks signature, expiry and purpose. Revocation is checked by the caller
    /// against the sessions table.
    pub fn verify(&self, token: &str, purpose: Purpose) -> Result<Claims, AppError> {
        let mut validation = Validation::default();
        validation.leeway = 0;
        validation.set_required_spec_claims(&["exp", "sub"]);
        let data = jsonwebtoken::decode::<Claims>(token, &self.jwt_decoding, &validation)
            .map_err(|_| AppError::Unauthorized)?;
        if data.claims.purpose != purpose {
            return Err(AppError::Unauthorized);
        }
        Ok(data.claims)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Api,
    Invite,
    Unsubscribe,
    PasswordReset,
    SignIn,
    /// Confirming or withdrawing an interest registration.
    Registration,
    /// A participation certificate's id (see `CertificateClaims`).
    Certificate,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// The user id.
    pub sub: String,
    /// The session row for API tokens (revocable); absent for invitations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// The group an unsubscribe link is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid: Option<String>,
    /// A tag of the password hash a reset link was made for: once the
    /// password changes, the link no longer works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ph: Option<String>,
    pub purpose: Purpose,
    pub iat: i64,
    pub exp: i64,
}

impl Claims {
    pub fn new(
        purpose: Purpose,
        user_id: &str,
        sid: Option<String>,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Claims {
        Claims {
            sub: user_id.to_string(),
            sid,
            gid: None,
            ph: None,
            purpose,
            iat: now.timestamp(),
            exp: (now + ttl).timestamp(),
        }
    }
}

/// What a participation certificate's id carries, signed: the certificate
/// number, the group's name and the period. Its public page verifies the
/// signature and shows these, with no database lookup; the member, their
/// hours and discussions are only in the PDF the facilitator hands over.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CertificateClaims {
    /// The certificate number (a UUID).
    pub sub: String,
    pub purpose: Purpose,
    /// The group's name when issued.
    pub grp: String,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub iat: i64,
    /// Certificates are kept for years (appraisal folders, specialist
    /// applications); the expiry is there because every token has one.
    pub exp: i64,
}

/// How long a certificate verifies: 50 years.
const CERTIFICATE_DAYS: i64 = 50 * 365;

impl CertificateClaims {
    pub fn new(
        group_name: &str,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
        now: DateTime<Utc>,
    ) -> CertificateClaims {
        CertificateClaims {
            sub: uuid::Uuid::new_v4().to_string(),
            purpose: Purpose::Certificate,
            grp: group_name.to_string(),
            from,
            to,
            iat: now.timestamp(),
            exp: (now + Duration::days(CERTIFICATE_DAYS)).timestamp(),
        }
    }
}

impl Keys {
    /// A certificate's id: its claims, signed like every other token.
    pub fn sign_certificate(&self, claims: &CertificateClaims) -> Result<String, AppError> {
        jsonwebtoken::encode(&Header::default(), claims, &self.jwt_encoding)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("jwt: {e}")))
    }

    /// The claims of a genuine certificate id; None for anything else (a
    /// changed character, another purpose's token, an expired one).
    pub fn verify_certificate(&self, token: &str) -> Option<CertificateClaims> {
        let mut validation = Validation::default();
        validation.leeway = 0;
        validation.set_required_spec_claims(&["exp", "sub"]);
        jsonwebtoken::decode::<CertificateClaims>(token, &self.jwt_decoding, &validation)
            .ok()
            .map(|d| d.claims)
            .filter(|c| c.purpose == Purpose::Certificate)
    }
}

/// A random, URL-safe token of 256 bits.
pub fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>())
}

/// Counts failed sign-ins per email. After `max_failures` within the window,
/// attempts are refused until the window has passed. Kept in memory: each
/// instance throttles on its own, which still slows a guesser down.
pub struct LoginThrottle {
    max_failures: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (u32, DateTime<Utc>)>>,
}

impl LoginThrottle {
    pub fn new(max_failures: u32, window_minutes: i64) -> Self {
        LoginThrottle {
            max_failures,
            window: Duration::minutes(window_minutes),
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn key(email: &str) -> String {
        email.trim().to_lowercase()
    }

    pub fn check(&self, email: &str, now: DateTime<Utc>) -> Result<(), AppError> {
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((count, since)) = map.get(&Self::key(email)) {
            let until = *since + self.window;
            if *count >= self.max_failures && now < until {
                return Err(AppError::TooManyRequests {
                    retry_after_secs: (until - now).num_seconds().max(1) as u64,
                });
            }
        }
        Ok(())
    }

    pub fn record_failure(&self, email: &str, now: DateTime<Utc>) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        // Forget stale entries so the map cannot grow without bound.
        if map.len() > 10_000 {
            let window = self.window;
            map.retain(|_, (_, since)| *since + window > now);
        }
        let entry = map.entry(Self::key(email)).or_insert((0, now));
        if entry.1 + self.window <= now {
            *entry = (0, now);
        }
        entry.0 += 1;
    }

    /// For requests that send mail (resets, links, registrations): refused
    /// once too many came for this address in the window, else counted.
    pub fn count_request(&self, email: &str, now: DateTime<Utc>) -> Result<(), AppError> {
        self.check(email, now)?;
        self.record_failure(email, now);
        Ok(())
    }

    pub fn record_success(&self, email: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(&Self::key(email));
    }
}

/// Compares secrets without revealing through timing where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Every password check (sign-in, changing the password, deleting the
/// account) goes through one guard with three counts of failures:
/// - per email and client address (`login_max_failures`): a guesser at one
///   address stops there, while the member at another address still signs in;
/// - per client address over all emails (`login_max_per_address`): one
///   address cannot try many accounts, nor thousands of guesses a minute;
/// - per email over all addresses (`login_max_per_email`, higher): an
///   address-hopping guesser on one account still stops. One address alone
///   cannot reach it (it stops at `login_max_failures` for that email).
pub struct PasswordGuard {
    pair: LoginThrottle,
    address: LoginThrottle,
    email: LoginThrottle,
}

impl PasswordGuard {
    pub fn new(security: &SecuritySettings) -> Self {
        let window = security.login_window_minutes;
        PasswordGuard {
            pair: LoginThrottle::new(security.login_max_failures, window),
            address: LoginThrottle::new(security.login_max_per_address, window),
            email: LoginThrottle::new(security.login_max_per_email, window),
        }
    }

    fn pair_key(email: &str, address: &str) -> String {
        format!("{} {address}", email.trim().to_lowercase())
    }

    /// Refused (429 with Retry-After) while any of the three counts is full.
    pub fn check(&self, email: &str, address: &str, now: DateTime<Utc>) -> Result<(), AppError> {
        self.address.check(address, now)?;
        self.pair.check(&Self::pair_key(email, address), now)?;
        self.email.check(email, now)
    }

    pub fn record_failure(&self, email: &str, address: &str, now: DateTime<Utc>) {
        self.address.record_failure(address, now);
        self.pair
            .record_failure(&Self::pair_key(email, address), now);
        self.email.record_failure(email, now);
    }

    /// The right password clears this email's counts from this address; the
    /// address keeps its count of failures on other accounts.
    pub fn record_success(&self, email: &str, address: &str) {
        self.pair.record_success(&Self::pair_key(email, address));
        self.email.record_success(email);
    }
}
