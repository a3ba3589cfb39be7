//! kollega: closed, asynchronous mentorship groups for general practitioners.
//! See ARCHITECTURE.md for the map.

pub mod accounts;
pub mod audit;
pub mod auth;
pub mod compress;
pub mod db;
pub mod deid;
pub mod demo;
pub mod digest;
pub mod env;
pub mod error;
pub mod formation;
pub mod groups;
pub mod guard;
pub mod http;
pub mod i18n;
pub mod inbound;
pub mod jobs;
pub mod learning;
pub mod lmtp;
pub mod mail;
pub mod markdown;
pub mod metrics;
pub mod moderation;
pub mod narrative;
pub mod ops;
pub mod policy;
pub mod posting;
pub mod search;
pub mod secret;
pub mod settings;
pub mod state;
pub mod threads;
pub mod views;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::{Logger, from_fn};
use actix_web::{App, HttpResponse, web};

pub use env::Env;
pub use settings::Settings;
pub use state::AppState;

/// Largest request body accepted: a long case with some Markdown fits easily.
const MAX_BODY_BYTES: usize = 512 * 1024;

/// The whole application, used by `kollega serve`, the tests and the benchmark.
pub fn app(
    state: web::Data<AppState>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let https = state.settings.secure_cookies();
    App::new()
        .app_data(state)
        .app_data(web::PayloadConfig::new(MAX_BODY_BYTES))
        .app_data(web::FormConfig::default().limit(MAX_BODY_BYTES))
        .app_data(http::json_config(MAX_BODY_BYTES))
        .configure(routes)
        .default_service(web::to(|| async { HttpResponse::NotFound().finish() }))
        .wrap(from_fn(http::csrf_cookie))
        .wrap(from_fn(http::body_deadline))
        .wrap(from_fn(views::error_pages))
        .wrap(http::security_headers(https))
        .wrap(from_fn(http::compress))
        .wrap(from_fn(ops::track))
        .wrap(from_fn(ops::head_as_get))
        // The route pattern, not the path: paths carry tokens (reset, welcome, unsubscribe).
        .wrap(
            Logger::new("%s %{route}xo %Dms")
                .custom_response_replace("route", |res| {
                    let req = res.request();
                    let pattern = actix_web::HttpMessage::extensions(req)
                        .get::<ops::RoutePattern>()
                        .map(|p| p.0.clone())
                        .unwrap_or_else(|| "-".into());
                    format!("{} {pattern}", req.method())
                })
                .exclude("/healthz"),
        )
}

/// Blocking threads per HTTP worker, where database work runs. More threads
/// than the worker's share of pooled connections only queue on the pool, and
/// unfairly (a condition variable, not a queue): under load that showed as
/// context switches and tail latency (benches/load: SQLite 6,400 -> 10,800
/// req/s, PostgreSQL p99 240 -> 120 ms).
pub fn blocking_threads(pool_size: usize, workers: usize) -> usize {
    let workers = if workers > 0 {
        workers
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    (pool_size / workers).max(2)
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// Ready to serve: the database answers. 503 while it does not, so a load
/// balancer sends no members here.
async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    // A short wait: a load balancer's probe must not hang for the pool's full timeout.
    let ok = web::block(move || {
        use diesel::connection::SimpleConnection;
        let mut conn = state
            .pool
            .get_timeout(std::time::Duration::from_secs(2))
            .ok()?;
        conn.batch_execute("SELECT 1").ok()
    })
    .await;
    match ok {
        Ok(Some(())) => HttpResponse::Ok().content_type("text/plain").body("ready"),
        _ => HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unreachable"),
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    use web::{get, patch, post};
    cfg.route("/healthz", get().to(healthz))
        .route("/readyz", get().to(readyz))
        .route("/metrics", get().to(ops::serve))
        .route("/assets/{path:.*}", get().to(views::asset))
        // Browsers ask for /favicon.ico whatever the page links.
        .route(
            "/favicon.ico",
            get().to(|| async { http::redirect_permanent("/assets/favicon.svg") }),
        )
        .route("/", get().to(accounts::web::home))
        .route("/login", get().to(accounts::web::login_page))
        .route("/login", post().to(accounts::web::login))
        .route("/logout", post().to(accounts::web::logout))
        .route("/account", get().to(accounts::web::account_page))
        .route(
            "/account/password",
            post().to(accounts::web::change_password),
        )
        .route("/account/language", post().to(accounts::web::set_language))
        .route("/account/email", post().to(mail::web::save_settings))
        .route("/account/export.{format}", get().to(accounts::web::export))
        .route("/account/delete", post().to(accounts::web::delete_account))
        .route("/account/learning", get().to(learning::web::page))
        .route("/account/learning", post().to(learning::web::create))
        .route("/account/learning/export", get().to(learning::web::export))
        .route(
            "/account/learning/{id}/edit",
            get().to(learning::web::edit_page),
        )
        .route("/account/learning/{id}", post().to(learning::web::update))
        .route(
            "/account/learning/{id}/delete",
            post().to(learning::web::delete),
        )
        .route(
            "/groups/{id}/certificates",
            get().to(learning::web::certificates_page),
        )
        .route("/groups/{id}/certificates", post().to(learning::web::issue))
        .route("/certificates/{id}", get().to(learning::web::verify))
        .route("/login/link", post().to(accounts::web::request_link))
        .route("/login/link/{token}", get().to(accounts::web::use_link))
        .route("/password/forgot", get().to(accounts::web::forgot_page))
        .route("/password/forgot", post().to(accounts::web::forgot))
        .route(
            "/password/reset/{token}",
            get().to(accounts::web::reset_page),
        )
        .route("/password/reset/{token}", post().to(accounts::web::reset))
        .route(
            "/unsubscribe/{token}",
            get().to(mail::web::unsubscribe_page),
        )
        .route("/unsubscribe/{token}", post().to(mail::web::unsubscribe))
        .route("/welcome/{token}", get().to(accounts::web::welcome_page))
        .route(
            "/welcome/{token}",
            post().to(accounts::web::accept_invitation),
        )
        .route("/search", get().to(search::web::page))
        .route("/groups", get().to(groups::web::list))
        .route("/groups", post().to(groups::web::create))
        .route("/groups/{id}", get().to(groups::web::show))
        .route("/groups/{id}/members", post().to(groups::web::add_member))
        .route("/groups/{id}/settings", post().to(groups::web::settings))
        .route(
            "/groups/{id}/members/{user_id}/remove",
            post().to(groups::web::remove_member),
        )
        .route(
            "/groups/{id}/export.{format}",
            get().to(groups::web::export),
        )
        .route("/groups/{id}/close", post().to(groups::web::close))
        .route("/groups/{id}/join", post().to(groups::web::join))
        .route("/groups/{id}/reopen", post().to(groups::web::reopen))
        .route("/moderation", get().to(groups::web::moderation))
        .route("/admin/proposals", get().to(formation::web::list))
        .route("/admin/proposals", post().to(formation::web::create))
        .route("/admin/proposals/{id}", get().to(formation::web::show))
        .route(
            "/admin/proposals/{id}/move",
            post().to(formation::web::move_person),
        )
        .route(
            "/admin/proposals/{id}/approve",
            post().to(formation::web::approve),
        )
        .route("/register", get().to(groups::web::register_page))
        .route("/register", post().to(groups::web::register))
        .route(
            "/register/{action}/{token}",
            get().to(groups::web::registration_link),
        )
        .route(
            "/groups/{id}/threads/new",
            get().to(threads::web::new_thread_page),
        )
        .route(
            "/groups/{id}/threads",
            post().to(threads::web::create_thread),
        )
        .route("/threads/{id}", get().to(threads::web::show))
        .route("/threads/{id}/posts", post().to(threads::web::reply))
        .route("/threads/{id}/phase", post().to(threads::web::set_phase))
        .route("/threads/{id}/notes", post().to(threads::web::add_note))
        .route(
            "/threads/{id}/notes/{note_id}/publish",
            post().to(threads::web::publish_note),
        )
        .route("/posts/{id}/edit", get().to(threads::web::edit_page))
        .route("/posts/{id}/edit", post().to(threads::web::edit))
        .service(
            web::scope("/api/v1")
                // Case text must not linger in caches.
                .wrap(
                    actix_web::middleware::DefaultHeaders::new()
                        .add((actix_web::http::header::CACHE_CONTROL, "no-store")),
                )
                .default_service(web::to(views::api_fallback))
                .route("/openapi.json", get().to(views::openapi))
                .route("/auth/login", post().to(accounts::api::login))
                .service(
                    // Whole messages, attachments included, may be large.
                    web::resource("/inbound-mail")
                        .app_data(web::PayloadConfig::new(25 * 1024 * 1024))
                        .route(post().to(inbound::web::webhook)),
                )
                .route("/auth/logout", post().to(accounts::api::logout))
                .route("/me", get().to(accounts::api::me))
                .route("/me/export", get().to(accounts::api::export))
                .route("/me", web::delete().to(accounts::api::delete_me))
                .route("/users/{id}", web::delete().to(accounts::api::delete_user))
                .route("/me/learning", get().to(learning::api::list))
                .route("/me/learning", post().to(learning::api::create))
                // A resource of its own: another method here is 405, not
                // `/me/learning/{id}` with "export" as the id.
                .service(
                    web::resource("/me/learning/export")
                        .route(get().to(learning::api::export))
                        .default_service(web::to(views::api_fallback)),
                )
                .route("/me/learning/{id}", patch().to(learning::api::update))
                .route("/me/learning/{id}", web::delete().to(learning::api::delete))
                .route("/curricula", get().to(learning::api::curricula))
                .route(
                    "/groups/{id}/certificates",
                    post().to(learning::api::issue_certificate),
                )
                .route("/search", get().to(search::web::api))
                .route("/groups", get().to(groups::api::list))
                .route("/groups", post().to(groups::api::create))
                .route("/groups/{id}", get().to(groups::api::show))
                .route("/groups/{id}", patch().to(groups::api::update))
                .route("/groups/{id}/members", post().to(groups::api::add_member))
                .route("/groups/{id}/rotation", get().to(groups::api::rotation))
                .route("/groups/{id}/close", post().to(groups::api::close))
                .route("/groups/{id}/join", post().to(groups::api::join))
                .route(
                    "/groups/{id}/members/{user_id}",
                    web::delete().to(groups::api::remove_member),
                )
                .route(
                    "/moderation/groups",
                    get().to(groups::api::moderation_overview),
                )
                .route("/audit", get().to(groups::api::audit))
                .route("/groups/{id}/reopen", post().to(groups::api::reopen))
                .route("/groups/{id}/threads", get().to(threads::api::list))
                .route("/groups/{id}/threads", post().to(threads::api::create))
                .route("/threads/{id}", get().to(threads::api::show))
                .route("/threads/{id}/posts", post().to(threads::api::reply))
                .route("/threads/{id}/phase", post().to(threads::api::set_phase))
                .route("/threads/{id}/notes", get().to(threads::api::notes))
                .route("/threads/{id}/notes", post().to(threads::api::add_note))
                .route(
                    "/threads/{id}/notes/{note_id}/publish",
                    post().to(threads::api::publish_note),
                )
                .route("/posts/{id}", get().to(threads::api::show_post))
                .route("/posts/{id}", patch().to(threads::api::edit)),
        );
}
