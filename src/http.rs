//! HTTP plumbing shared by all handlers: who is signed in (cookie or bearer
//! token), CSRF-checked forms, JSON input errors, security headers, and the
//! translated error pages.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, CookieJar, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::DeserializeOwned;

use crate::accounts::{self, User};
use crate::auth::{Purpose, random_token};
use crate::error::AppError;
use crate::state::{AppState, run};

pub const SESSION_COOKIE: &str = "kollega_session";
pub const CSRF_COOKIE: &str = "kollega_csrf";

/// Bytes of the form token's HMAC (SHA-256).
const CSRF_TOKEN_BYTES: usize = 32;

type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

fn state_of(req: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("app state missing")))
}

/// Ids in URLs are UUIDs; anything else cannot name a row, so it is NotFound.
pub fn parse_id(raw: &str) -> Result<String, AppError> {
    uuid::Uuid::parse_str(raw)
        .map(|u| u.to_string())
        .map_err(|_| AppError::NotFound)
}

/// A session whose cookie or token has been verified but whose row has not
/// been read yet. The extractors below read it in a database call of their
/// own; the busiest handlers (reading a thread) take a `WebSession` or
/// `ApiSession` instead and `resolve` it inside their own database call,
/// which saves a trip through the blocking pool on every read.
#[derive(Clone)]
pub struct Session {
    pub id: String,
    /// The API token's subject, which must own the session.
    subject: Option<String>,
}

impl Session {
    /// The signed-in user, if the session is live (not expired or revoked).
    pub fn resolve(&self, conn: &mut crate::db::AnyConnection) -> Result<User, AppError> {
        accounts::find_session_user(conn, &self.id)?
            .filter(|u| self.subject.as_ref().is_none_or(|s| *s == u.id))
            .ok_or(AppError::Unauthorized)
    }

    fn from_cookie(req: &HttpRequest, state: &AppState) -> Result<Session, AppError> {
        let cookie = req.cookie(SESSION_COOKIE).ok_or(AppError::Unauthorized)?;
        let mut jar = CookieJar::new();
        jar.add_original(cookie);
        let verified = jar
            .signed(&state.keys.cookie)
            .get(SESSION_COOKIE)
            .ok_or(AppError::Unauthorized)?;
        let id = parse_id(verified.value()).map_err(|_| AppError::Unauthorized)?;
        Ok(Session { id, subject: None })
    }

    fn from_bearer(req: &HttpRequest, state: &AppState) -> Result<Session, AppError> {
        let token = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthorized)?
            .trim();
        let claims = state.keys.verify(token, Purpose::Api)?;
        let id = claims.sid.ok_or(AppError::Unauthorized)?;
        Ok(Session {
            id,
            subject: Some(claims.sub),
        })
    }

    async fn resolve_now(self, state: &web::Data<AppState>) -> Result<(User, String), AppError> {
        let session = self.clone();
        let user = run(state, move |conn, _| session.resolve(conn)).await?;
        Ok((user, self.id))
    }
}

/// A browser session cookie, verified, to `resolve` in the handler's own database call.
pub struct WebSession(pub Session);

impl FromRequest for WebSession {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            state_of(req).and_then(|state| Session::from_cookie(req, &state).map(WebSession)),
        )
    }
}

/// A bearer token, verified, to `resolve` in the handler's own database call.
pub struct ApiSession(pub Session);

impl FromRequest for ApiSession {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            state_of(req).and_then(|state| Session::from_bearer(req, &state).map(ApiSession)),
        )
    }
}

/// A member signed in through the browser (session cookie).
pub struct SignedIn {
    pub user: User,
    pub session_id: String,
}

impl FromRequest for SignedIn {
    type Error = AppError;
    type Future = LocalFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = state_of(&req)?;
            let (user, session_id) = Session::from_cookie(&req, &state)?
                .resolve_now(&state)
                .await?;
            Ok(SignedIn { user, session_id })
        })
    }
}

/// A caller of the JSON API with a valid bearer token whose session is live.
pub struct ApiUser {
    pub user: User,
    pub session_id: String,
}

impl FromRequest for ApiUser {
    type Error = AppError;
    type Future = LocalFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = state_of(&req)?;
            let (user, session_id) = Session::from_bearer(&req, &state)?
                .resolve_now(&state)
                .await?;
            Ok(ApiUser { user, session_id })
        })
    }
}

/// A form that carried a valid CSRF token. Every state-changing web form uses
/// it. The second field has every name/value pair, for repeated checkboxes.
pub struct CsrfForm<T>(pub T, pub FormPairs);

pub struct FormPairs(Vec<(String, String)>);

impl FormPairs {
    /// Every value given for `name` (checkboxes repeat their name).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = LocalFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let bad = |message: &str| AppError::BadRequest {
                code: "bad_form",
                message: message.to_string(),
            };
            let bytes = body.await.map_err(|_| AppError::BadRequest {
                code: "too_large",
                message: "the form is too large".into(),
            })?;
            let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
                .map_err(|_| bad("the form could not be read"))?;
            let token = pairs
                .iter()
                .find(|(k, _)| k == "csrf_token")
                .map(|(_, v)| v.as_str());
            let state = state_of(&req)?;
            if !same_origin(&req, &state) {
                return Err(AppError::Csrf);
            }
            let cookie = req.cookie(CSRF_COOKIE);
            let valid = matches!((cookie, token.and_then(unmask_csrf_token)), (Some(c), Some(t)) if state.keys.csrf_matches(c.value(), &t));
            if !valid {
                return Err(AppError::Csrf);
            }
            let form = serde_urlencoded::from_bytes(&bytes).map_err(|e| bad(&e.to_string()))?;
            Ok(CsrfForm(form, FormPairs(pairs)))
        })
    }
}

/// The CSRF token a page carries in its forms, masked afresh for every
/// response as Django does: a random mask, then the mask XOR the HMAC of the
/// browser's cookie. The secret part never repeats byte for byte from one
/// response to the next, so a compressed page that also reflects what an
/// attacker typed (BREACH) cannot be used to guess it out a byte at a time.
pub fn masked_csrf_token(state: &AppState, cookie_value: &str) -> String {
    let token = URL_SAFE_NO_PAD
        .decode(state.keys.csrf_token(cookie_value))
        .unwrap_or_default();
    let mask: [u8; CSRF_TOKEN_BYTES] = rand::random();
    let mut out = Vec::with_capacity(2 * CSRF_TOKEN_BYTES);
    out.extend_from_slice(&mask);
    out.extend(mask.iter().zip(&token).map(|(m, t)| m ^ t));
    URL_SAFE_NO_PAD.encode(out)
}

/// The HMAC a form's token stands for: a masked token (mask ‖ mask XOR HMAC)
/// unmasked, or an unmasked one as is (scripts compute it from the key; no
/// page shows it, so compression cannot leak it). `csrf_matches` then
/// compares in constant time.
fn unmask_csrf_token(given: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(given).ok()?;
    match bytes.len() {
        CSRF_TOKEN_BYTES => Some(given.to_string()),
        n if n == 2 * CSRF_TOKEN_BYTES => {
            let (mask, masked) = bytes.split_at(CSRF_TOKEN_BYTES);
            let token: Vec<u8> = mask.iter().zip(masked).map(|(m, t)| m ^ t).collect();
            Some(URL_SAFE_NO_PAD.encode(token))
        }
        _ => None,
    }
}

/// A second line behind the CSRF token: a browser says where a form came
/// from. `Sec-Fetch-Site` (every current browser) decides when sent: only
/// `same-origin` and `none` (typed, bookmarked) pass; `same-site` is a
/// sibling host. Without it, an `Origin` must be this site's (the public URL,
/// or the host the browser asked for, which another page cannot choose).
/// `Origin: null` says nothing: browsers send it for our own forms under
/// `Referrer-Policy: no-referrer`. With neither header (older browsers,
/// scripts), the token alone decides.
fn same_origin(req: &HttpRequest, state: &AppState) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if origin == "null" {
        return true;
    }
    let public = state.settings.server.public_url.trim_end_matches('/');
    let public_origin = public
        .find("://")
        .and_then(|i| public[i + 3..].find('/').map(|j| &public[..i + 3 + j]))
        .unwrap_or(public);
    if origin.eq_ignore_ascii_case(public_origin) {
        return true;
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin.split_once("://").map_or("", |(_, h)| h);
    !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
}

/// The client's address for per-address limits: the peer's own, or, when the
/// peer is a configured trusted proxy, the last address in `X-Forwarded-For`
/// that is not itself a trusted proxy (nginx appends the address it saw, so
/// whatever the client wrote before it is ignored). IPv6 clients count by
/// their /64, which one subscriber usually holds whole.
pub fn client_address(req: &HttpRequest, trusted: &[std::net::IpAddr]) -> String {
    use std::net::IpAddr;
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
        return "unknown".into();
    };
    let mut client = peer;
    if trusted.contains(&peer) {
        let forwarded: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        for entry in forwarded.iter().rev() {
            match entry.parse::<IpAddr>() {
                Ok(ip) if trusted.contains(&ip) => continue,
                Ok(ip) => {
                    client = ip;
                    break;
                }
                // A garbled entry: nothing further left can be believed.
                Err(_) => break,
            }
        }
    }
    match client {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None if v6.is_loopback() => v6.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// The client address of this request (see `client_address`).
pub struct ClientAddr(pub String);

impl FromRequest for ClientAddr {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            state_of(req).map(|state| {
                ClientAddr(client_address(req, &state.settings.server.trusted_proxies))
            }),
        )
    }
}

/// A CSRF cookie made for this request because the browser had none yet.
#[derive(Clone)]
struct NewCsrfCookie(String);

/// The CSRF cookie value of this browser: the one it sent, or the one being set now.
pub fn csrf_cookie_value(req: &HttpRequest) -> Option<String> {
    req.cookie(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .or_else(|| req.extensions().get::<NewCsrfCookie>().map(|c| c.0.clone()))
}

/// Gives every browser a random CSRF cookie; forms carry an HMAC of it, masked per response.
pub async fn csrf_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let fresh = (!req.path().starts_with("/api/")
        && !req.path().starts_with("/assets/")
        && req.path() != "/healthz"
        && req.cookie(CSRF_COOKIE).is_none())
    .then(random_token);
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.secure_cookies());
    if let Some(value) = &fresh {
        req.extensions_mut().insert(NewCsrfCookie(value.clone()));
    }
    let mut res = next.call(req).await?;
    if let Some(value) = fresh {
        let cookie = Cookie::build(CSRF_COOKIE, value)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

/// Bodies smaller than this go out as they are: the saving would not pay
/// for the work.
const COMPRESS_MIN_BYTES: usize = 1024;

/// Brotli or gzip by Accept-Encoding, for HTML, JSON, CSS, JS and SVG; probes
/// and the metrics scraper get plain answers ("ok" is smaller than its gzip).
/// Safe beside reflected input because form tokens are masked per response
/// (`masked_csrf_token`). The whole body is compressed in one go and sent
/// with its length: actix-web's `Compress` streams its output in two writes,
/// which Nagle's algorithm and the client's delayed ACK held up 40 ms per
/// page (the bench: 214 req/s instead of thousands).
pub async fn compress(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::EitherBody<impl MessageBody>>, actix_web::Error> {
    use actix_web::http::header::{AcceptEncoding, ContentEncoding, Encoding};
    let machine = matches!(req.path(), "/metrics" | "/healthz" | "/readyz");
    let chosen = req
        .get_header::<AcceptEncoding>()
        .filter(|_| !machine)
        .and_then(|accept| {
            accept.negotiate([Encoding::brotli(), Encoding::gzip(), Encoding::identity()].iter())
        });
    let mut res = next.call(req).await?;
    let compressible = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            ct.starts_with("text/")
                || ct.starts_with("application/json")
                || ct.starts_with("image/svg+xml")
        })
        && !res.headers().contains_key(header::CONTENT_ENCODING)
        && !matches!(
            res.status(),
            StatusCode::NO_CONTENT | StatusCode::PARTIAL_CONTENT
        );
    if !compressible || machine {
        return Ok(res.map_into_left_body());
    }
    // Caches must keep the encodings apart, whichever this client gets.
    res.headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    let encoding = match chosen {
        Some(Encoding::Known(e @ (ContentEncoding::Brotli | ContentEncoding::Gzip))) => e,
        _ => return Ok(res.map_into_left_body()),
    };
    let big = matches!(res.response().body().size(), actix_web::body::BodySize::Sized(n) if n as usize >= COMPRESS_MIN_BYTES);
    if !big {
        return Ok(res.map_into_left_body());
    }
    let encoding = match encoding {
        ContentEncoding::Brotli => crate::compress::Encoding::Brotli,
        _ => crate::compress::Encoding::Gzip,
    };
    let (req, mut res) = res.into_parts();
    let spliced = res.extensions_mut().remove::<crate::compress::Spliced>();
    let (mut res, body) = res.into_parts();
    let bytes = actix_web::body::to_bytes(body).await.map_err(|e| {
        let e: Box<dyn std::error::Error> = e.into();
        actix_web::error::ErrorInternalServerError(e.to_string())
    })?;
    let compressed = match &spliced {
        Some(spliced) => crate::compress::around(encoding, &bytes, spliced),
        None => crate::compress::whole(encoding, &bytes),
    }
    .map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string()))?;
    let header_value = match encoding {
        crate::compress::Encoding::Brotli => ContentEncoding::Brotli,
        crate::compress::Encoding::Gzip => ContentEncoding::Gzip,
    };
    res.headers_mut()
        .insert(header::CONTENT_ENCODING, header_value.to_header_value());
    res.headers_mut().remove(header::CONTENT_LENGTH);
    let res = res.set_body(compressed).map_into_boxed_body();
    Ok(ServiceResponse::new(req, res).map_into_right_body())
}

pub fn session_cookie(state: &AppState, session_id: &str) -> Cookie<'static> {
    let mut jar = CookieJar::new();
    let cookie = Cookie::build(SESSION_COOKIE, session_id.to_string())
        .path("/")
        .http_only(true)
        .secure(state.settings.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(
            state.settings.security.session_days,
        ))
        .finish();
    jar.signed_mut(&state.keys.cookie).add(cookie);
    jar.get(SESSION_COOKIE)
        .cloned()
        .unwrap_or_else(|| Cookie::new(SESSION_COOKIE, ""))
}

pub fn expired_session_cookie() -> Cookie<'static> {
    let mut cookie = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    cookie.make_removal();
    cookie
}

/// JSON bodies that fail to parse answer 400, or 422 naming the field.
pub fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(limit)
        .error_handler(|err, _req| {
            use actix_web::error::JsonPayloadError;
            let app_err = match &err {
                JsonPayloadError::Deserialize(e) if e.is_data() => {
                    let text = e.to_string();
                    let field = text
                        .split('`')
                        .nth(1)
                        .filter(|_| {
                            text.starts_with("missing field") || text.starts_with("unknown field")
                        })
                        .unwrap_or("request")
                        .to_string();
                    AppError::Invalid {
                        field,
                        message: text,
                    }
                }
                JsonPayloadError::Deserialize(e) => AppError::BadRequest {
                    code: "bad_json",
                    message: format!("invalid JSON: {e}"),
                },
                JsonPayloadError::ContentType => AppError::BadRequest {
                    code: "bad_content_type",
                    message: "send Content-Type: application/json".into(),
                },
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => AppError::BadRequest {
                    code: "too_large",
                    message: "the request body is too large".into(),
                },
                _ => AppError::BadRequest {
                    code: "bad_json",
                    message: "the request body could not be read".into(),
                },
            };
            app_err.into()
        })
}

/// Strict headers on every response. `https` adds HSTS (only meaningful, and
/// only safe, when members reach us over TLS).
pub fn security_headers(https: bool) -> actix_web::middleware::DefaultHeaders {
    let headers = actix_web::middleware::DefaultHeaders::new()
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; \
             connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"));
    if https {
        headers.add((
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// A permanent redirect (301), for addresses that moved for good.
pub fn redirect_permanent(location: &str) -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// The redirect after a save: back to `path` (which may end in a #fragment),
/// whose page then says "Sparat"/"Saved".
pub fn saved_redirect(path: &str) -> HttpResponse {
    let (page, fragment) = path.split_once('#').map_or((path, ""), |(p, f)| (p, f));
    let sep = if page.contains('?') { '&' } else { '?' };
    let hash = if fragment.is_empty() {
        String::new()
    } else {
        format!("#{fragment}")
    };
    redirect(&format!("{page}{sep}saved=1{hash}"))
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|e| e[1..].to_string())
        .unwrap_or_default()
}

/// Only local paths are followed after sign-in, never another site: no
/// `//host`, no backslashes, and no control characters or whitespace, which
/// browsers strip (`/\t/evil.example` would become `//evil.example`).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n
                    .chars()
                    .any(|c| c == '\\' || c.is_control() || c.is_whitespace()) =>
        {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/")),
        ))
        .finish()
}

/// Each error answers with its status and the JSON body; `error_pages` turns
/// that into a translated HTML page for browsers.
impl actix_web::ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
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
        resp.extensions_mut().insert(body);
        resp
    }
}

/// A request body must arrive whole within `server.body_timeout_secs` of its
/// headers (which actix already times out), or the answer is 408: a client
/// trickling a byte every few seconds would otherwise hold a connection and
/// a handler for ever. The deadline is on the whole body, not between bytes,
/// so trickling faster does not help either.
pub async fn body_deadline(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::EitherBody<impl MessageBody>>, actix_web::Error> {
    let secs = req
        .app_data::<web::Data<AppState>>()
        .map_or(30, |s| s.settings.server.body_timeout_secs);
    let fired = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let inner = req.take_payload();
    let timed: Pin<
        Box<dyn futures_util::Stream<Item = Result<web::Bytes, actix_web::error::PayloadError>>>,
    > = Box::pin(Deadline {
        inner,
        sleep: Box::pin(tokio::time::sleep(std::time::Duration::from_secs(secs))),
        fired: fired.clone(),
        done: false,
    });
    req.set_payload(Payload::from(timed));
    let res = next.call(req).await?;
    if fired.load(std::sync::atomic::Ordering::Relaxed) {
        let (req, _) = res.into_parts();
        let timeout = HttpResponse::RequestTimeout()
            .insert_header((header::CONNECTION, "close"))
            .finish();
        return Ok(ServiceResponse::new(req, timeout).map_into_right_body());
    }
    Ok(res.map_into_left_body())
}

struct Deadline {
    inner: Payload,
    sleep: Pin<Box<tokio::time::Sleep>>,
    fired: std::sync::Arc<std::sync::atomic::AtomicBool>,
    done: bool,
}

impl futures_util::Stream for Deadline {
    type Item = Result<web::Bytes, actix_web::error::PayloadError>;

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        use std::task::Poll;
        if self.done {
            return Poll::Ready(None);
        }
        match Pin::new(&mut self.inner).poll_next(cx) {
            Poll::Ready(None) => {
                self.done = true;
                Poll::Ready(None)
            }
            Poll::Ready(Some(item)) => Poll::Ready(Some(item)),
            Poll::Pending => match self.sleep.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    self.done = true;
                    self.fired.store(true, std::sync::atomic::Ordering::Relaxed);
                    Poll::Ready(Some(Err(actix_web::error::PayloadError::Io(
                        std::io::Error::new(std::io::ErrorKind::TimedOut, "request body too slow"),
                    ))))
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }
}
