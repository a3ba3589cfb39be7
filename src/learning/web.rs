//! The learning-log pages in the account area (`/account/learning…`), the
//! facilitator's certificate page and the public certificate page. A draft
//! the guard refuses comes back in its form with its findings, never lost;
//! nothing of it is stored until it passes.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::api::{ExportQuery, export_file};
use super::{EntryInput, EntryPatch};
use crate::accounts::User;
use crate::error::{AppError, AppResult, FieldFinding};
use crate::http::{CsrfForm, FormPairs, SignedIn, parse_id, saved_redirect};
use crate::state::{AppState, run, run_write};
use crate::views;

/// The entry form as typed (numbers stay text until checked).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct EntryForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    minutes: String,
    #[serde(default)]
    learned: String,
    #[serde(default)]
    change: String,
    #[serde(default)]
    thread_id: String,
    /// Filled in by the handler from the repeated `tags` boxes.
    #[serde(default, skip_deserializing)]
    tags: Vec<String>,
    /// The thread's title, shown as a link (never its text).
    #[serde(default, skip_deserializing)]
    thread_title: Option<String>,
}

impl EntryForm {
    fn with_pairs(mut self, pairs: &FormPairs) -> (EntryForm, Vec<String>, bool) {
        self.tags = pairs.all("tags");
        (self, pairs.all("allow"), pairs.has("redact"))
    }

    fn input(&self, allow: Vec<String>) -> AppResult<EntryInput> {
        let minutes = self
            .minutes
            .trim()
            .parse()
            .map_err(|_| AppError::invalid("minutes", "must be a number of minutes"))?;
        Ok(EntryInput {
            date: self.date.clone(),
            minutes,
            learned: self.learned.clone(),
            change: Some(self.change.clone()),
            tags: self.tags.clone(),
            thread_id: Some(self.thread_id.clone()).filter(|t| !t.trim().is_empty()),
            allow,
        })
    }

    /// The whole form as a change: an edit sends every field.
    fn patch(&self, allow: Vec<String>) -> AppResult<EntryPatch> {
        let input = self.input(allow)?;
        Ok(EntryPatch {
            date: Some(input.date),
            minutes: Some(input.minutes),
            learned: Some(input.learned),
            change: Some(input.change),
            tags: Some(input.tags),
            thread_id: Some(input.thread_id),
            allow: input.allow,
        })
    }

    fn of(entry: &super::Entry) -> EntryForm {
        EntryForm {
            date: entry.date.to_string(),
            minutes: entry.minutes.to_string(),
            learned: entry.learned.clone(),
            change: entry.change.clone().unwrap_or_default(),
            thread_id: entry.thread_id.clone().unwrap_or_default(),
            tags: entry.tags.clone(),
            thread_title: entry.thread_title.clone(),
        }
    }

    /// Replaces every finding by its placeholder, for the author to look at,
    /// in the context the entry is checked in (`learning::placeholders`).
    async fn redacted(
        mut self,
        state: &web::Data<AppState>,
        user: &User,
        allow: &[String],
        lang: &str,
    ) -> AppResult<EntryForm> {
        let (u, thread, allow, lang) = (
            user.clone(),
            self.thread_id.clone(),
            allow.to_vec(),
            lang.to_string(),
        );
        let (learned, change) = (self.learned.clone(), self.change.clone());
        let mut texts = run(state, move |conn, _| {
            super::placeholders(conn, &u, Some(&thread), &allow, &[&learned, &change], &lang)
        })
        .await?;
        self.change = texts.pop().unwrap_or_default();
        self.learned = texts.pop().unwrap_or_default();
        Ok(self)
    }
}

/// What went wrong with a draft, or the notice that placeholders went in.
enum Again {
    Error(AppError),
    Redacted,
}

#[derive(Deserialize)]
pub struct PageQuery {
    thread_id: Option<String>,
}

/// `GET /account/learning[?thread_id=]`: the log, the suggestions, the
/// export form and a new entry (prefilled from a discussion when asked).
pub async fn page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    q: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let (u, thread) = (user.user.clone(), q.into_inner().thread_id);
    let form = run(&state, move |conn, _| {
        let today = chrono::Utc::now().date_naive().to_string();
        Ok(match thread.filter(|t| !t.is_empty()) {
            Some(t) => {
                let s = super::suggestion_for(conn, &u, &t)?;
                EntryForm {
                    date: today,
                    minutes: s.minutes.to_string(),
                    thread_id: s.thread_id,
                    thread_title: Some(s.thread_title),
                    ..EntryForm::default()
                }
            }
            None => EntryForm {
                date: today,
                ..EntryForm::default()
            },
        })
    })
    .await?;
    render_log(&state, &req, &user.user, form, None, &[]).await
}

/// The log page with `form` in the new-entry form.
async fn render_log(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    user: &User,
    form: EntryForm,
    again: Option<Again>,
    allow: &[String],
) -> AppResult<HttpResponse> {
    let u = user.clone();
    let (entries, suggestions) = run(state, move |conn, _| {
        Ok((
            super::list_entries(conn, &u, None)?,
            super::suggestions(conn, &u)?,
        ))
    })
    .await?;
    let total: i64 = entries.iter().map(|e| i64::from(e.minutes)).sum();
    let today = chrono::Utc::now().date_naive();
    let year_ago = today - chrono::Duration::days(365);
    let fill = |ctx: &mut tera::Context| {
        ctx.insert("entries", &entries);
        ctx.insert("suggestions", &suggestions);
        ctx.insert("total", &super::export::duration(total));
        ctx.insert("export_from", &year_ago.to_string());
        ctx.insert("export_to", &today.to_string());
        ctx.insert("form_action", "/account/learning");
    };
    form_page(state, req, user, "learning.html", form, again, allow, fill)
}

/// A page with the entry form: as is, with a draft's findings, or with the
/// notice that placeholders were put in.
#[expect(
    clippy::too_many_arguments,
    reason = "the form page's parts, each needed"
)]
fn form_page(
    state: &AppState,
    req: &HttpRequest,
    user: &User,
    template: &str,
    form: EntryForm,
    again: Option<Again>,
    allow: &[String],
    fill: impl FnOnce(&mut tera::Context),
) -> AppResult<HttpResponse> {
    let lang = views::lang_for(state, req, Some(user));
    let curricula = super::curricula();
    let fill = |ctx: &mut tera::Context| {
        fill(ctx);
        ctx.insert("curricula", curricula);
        ctx.insert("form", &form);
        ctx.insert("allowed", allow);
    };
    let error = match again {
        None => return views::page(state, req, user, template, fill),
        Some(Again::Redacted) => None,
        Some(Again::Error(err)) => Some(err),
    };
    views::draft_again(state, req, user, template, error, |ctx, findings| {
        fill(ctx);
        if let Some(f) = findings {
            insert_findings(ctx, state, lang, f, &form, allow);
        }
    })
}

/// The findings panel: the reflection's findings shown as the body's, the
/// plan's as the title's, so `views::insert_findings` highlights both.
fn insert_findings(
    ctx: &mut tera::Context,
    state: &AppState,
    lang: &str,
    findings: &[FieldFinding],
    form: &EntryForm,
    allow: &[String],
) {
    let as_post: Vec<FieldFinding> = findings
        .iter()
        .cloned()
        .map(|mut f| {
            f.field = if f.field == "change" { "title" } else { "body" };
            f
        })
        .collect();
    let change = Some(form.change.as_str()).filter(|c| !c.is_empty());
    views::insert_findings(ctx, state, lang, &as_post, change, &form.learned, allow);
}

/// `POST /account/learning`: a new entry.
pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    CsrfForm(form, pairs): CsrfForm<EntryForm>,
) -> AppResult<HttpResponse> {
    let (form, allow, redact) = form.with_pairs(&pairs);
    let lang = views::lang_for(&state, &req, Some(&user.user));
    if redact {
        let form = form.redacted(&state, &user.user, &allow, lang).await?;
        return render_log(
            &state,
            &req,
            &user.user,
            form,
            Some(Again::Redacted),
            &allow,
        )
        .await;
    }
    let (u, input) = (user.user.clone(), form.input(allow.clone()));
    match run_write(&state, move |conn, _| {
        super::create_entry(conn, &u, &input?)
    })
    .await
    {
        Ok(_) => Ok(saved_redirect("/account/learning#entries")),
        Err(err) => {
            let form = with_title(&state, &user.user, form).await;
            render_log(
                &state,
                &req,
                &user.user,
                form,
                Some(Again::Error(err)),
                &allow,
            )
            .await
        }
    }
}

/// The linked thread's title for a form coming back, when the member may see it.
async fn with_title(state: &web::Data<AppState>, user: &User, mut form: EntryForm) -> EntryForm {
    if form.thread_id.is_empty() {
        return form;
    }
    let (u, t) = (user.clone(), form.thread_id.clone());
    form.thread_title = run(state, move |conn, _| super::suggestion_for(conn, &u, &t))
        .await
        .ok()
        .map(|s| s.thread_title);
    form
}

/// `GET /account/learning/{id}/edit`.
pub async fn edit_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    let u = user.user.clone();
    let entry = run(&state, move |conn, _| super::find_entry(conn, &u, &id)).await?;
    let form = EntryForm::of(&entry);
    form_page(
        &state,
        &req,
        &user.user,
        "learning_edit.html",
        form,
        None,
        &[],
        |ctx| {
            ctx.insert("form_action", &format!("/account/learning/{}", entry.id));
            ctx.insert("entry", &entry);
        },
    )
}

/// `POST /account/learning/{id}`: saves an edited entry.
pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, pairs): CsrfForm<EntryForm>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    let (form, allow, redact) = form.with_pairs(&pairs);
    let (u, eid) = (user.user.clone(), id.clone());
    let entry = run(&state, move |conn, _| super::find_entry(conn, &u, &eid)).await?;
    let again = if redact {
        Again::Redacted
    } else {
        let (u, patch) = (user.user.clone(), form.patch(allow.clone()));
        match run_write(&state, move |conn, _| {
            super::update_entry(conn, &u, &id, patch?)
        })
        .await
        {
            Ok(_) => return Ok(saved_redirect("/account/learning#entries")),
            Err(err) => Again::Error(err),
        }
    };
    edit_again(&state, &req, &user.user, entry, form, again, &allow).await
}

/// The edit form again: redacted, or with what was wrong.
async fn edit_again(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    user: &User,
    entry: super::Entry,
    form: EntryForm,
    again: Again,
    allow: &[String],
) -> AppResult<HttpResponse> {
    let lang = views::lang_for(state, req, Some(user));
    let form = match again {
        Again::Redacted => form.redacted(state, user, allow, lang).await?,
        Again::Error(_) => with_title(state, user, form).await,
    };
    form_page(
        state,
        req,
        user,
        "learning_edit.html",
        form,
        Some(again),
        allow,
        |ctx| {
            ctx.insert("form_action", &format!("/account/learning/{}", entry.id));
            ctx.insert("entry", &entry);
        },
    )
}

/// `POST /account/learning/{id}/delete`.
pub async fn delete(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
    _form: CsrfForm<crate::accounts::web::Empty>,
) -> AppResult<HttpResponse> {
    let id = parse_id(&id)?;
    run_write(&state, move |conn, _| {
        super::delete_entry(conn, &user.user, &id)
    })
    .await?;
    Ok(saved_redirect("/account/learning#entries"))
}

/// `GET /account/learning/export?from=&to=&format=&titles=`: the file.
pub async fn export(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    q: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let lang = views::lang_for(&state, &req, Some(&user.user));
    export_file(&state, user.user, lang, q.into_inner()).await
}

/// `GET /groups/{id}/certificates`: the facilitator's page.
pub async fn certificates_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let u = user.user.clone();
    let (group, members) = run(&state, move |conn, _| {
        super::certificate::issuing(conn, &u, &group_id)
    })
    .await?;
    let today = chrono::Utc::now().date_naive();
    views::page(&state, &req, &user.user, "certificates.html", |ctx| {
        ctx.insert("group", &group);
        ctx.insert("members", &members);
        ctx.insert("from", &(today - chrono::Duration::days(365)).to_string());
        ctx.insert("to", &today.to_string());
    })
}

#[derive(Deserialize)]
pub struct IssueForm {
    user_id: String,
    from: String,
    to: String,
}

/// `POST /groups/{id}/certificates`: issues one and hands over its PDF.
pub async fn issue(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    id: web::Path<String>,
    CsrfForm(form, _): CsrfForm<IssueForm>,
) -> AppResult<HttpResponse> {
    let group_id = parse_id(&id)?;
    let lang = views::lang_for(&state, &req, Some(&user.user));
    let u = user.user.clone();
    let pdf = run_write(&state, move |conn, st| {
        let period = super::parse_period(&form.from, &form.to)?;
        let cert = super::certificate::issue(
            conn,
            &st.keys,
            st.base_url(),
            &u,
            &group_id,
            &form.user_id,
            period,
        )?;
        super::certificate::as_pdf(&st.i18n, lang, &cert)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"certificate.pdf\"",
        ))
        .body(pdf))
}

/// `GET /certificates/{id}`: public. A genuine id shows its number, group
/// and period; anything else the same page saying it is not valid (200:
/// the page answered the question). Never a database lookup.
pub async fn verify(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let verified = super::certificate::verify(&state.keys, &id);
    views::render(
        &state,
        &req,
        None,
        actix_web::http::StatusCode::OK,
        "certificate.html",
        |ctx| {
            ctx.insert("certificate", &verified);
            ctx.insert("hide_nav", &true);
        },
    )
}
