//! Demo data for `kollega serve --demo`: an admin, a mixed group of GPs from
//! different regions, and a few de-identified case threads in Swedish and English.

use chrono::Duration;

use crate::accounts::{self, NewUser, Role};
use crate::auth::Keys;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::{self, MemberRole};
use crate::threads::{self, PostRules, ThreadKind};

pub const PASSWORD: &str = "kollega-demo";

const MEMBERS: [(&str, &str, MemberRole); 6] = [
    (
        "anna@example.org",
        "Anna Lindqvist",
        MemberRole::Facilitator,
    ),
    ("erik@example.org", "Erik Holm", MemberRole::Member),
    ("fatima@example.org", "Fatima Haddad", MemberRole::Member),
    ("james@example.org", "James Whitfield", MemberRole::Member),
    ("maria@example.org", "Maria Berg", MemberRole::Member),
    ("olof@example.org", "Olof Nyberg", MemberRole::Member),
];

fn err(e: AppError) -> anyhow::Error {
    anyhow::anyhow!("loading demo data: {e}")
}

/// Loads the demo if the database has no accounts yet. Returns the logins made.
pub fn load(
    conn: &mut AnyConnection,
    keys: &Keys,
) -> anyhow::Result<Option<Vec<(&'static str, &'static str)>>> {
    use diesel::prelude::*;
    let existing: i64 = crate::db::schema::users::table.count().get_result(conn)?;
    if existing > 0 {
        return Ok(None);
    }
    let hash = keys.hash_password(PASSWORD).map_err(err)?;
    let admin = accounts::create_user(
        conn,
        NewUser {
            email: "admin@example.org",
            name: "Association admin",
            role: Role::Admin,
            password_hash: Some(&hash),
        },
    )
    .map_err(err)?;
    let group = groups::create_group(
        conn,
        &admin,
        "Kollegial dialog – grupp 1",
        "ST-läkare och specialister från Skåne till Jämtland, och en kollega i Leeds. \
         Vi tar upp avidentifierade fall som vi funderar över.",
    )
    .map_err(err)?;
    let mut members = Vec::new();
    for (email, name, role) in MEMBERS {
        let user = accounts::create_user(
            conn,
            NewUser {
                email,
                name,
                role: Role::Member,
                password_hash: Some(&hash),
            },
        )
        .map_err(err)?;
        groups::add_member(
            conn,
            keys,
            "",
            Duration::days(1),
            &admin,
            &group.id,
            email,
            None,
            role,
        )
        .map_err(err)?;
        members.push(user);
    }
    // The colleague in Leeds reads kollega in English, on London time.
    accounts::set_locale(conn, &members[3].id, Some("en")).map_err(err)?;
    accounts::set_digest_time(conn, &members[3].id, Some("Europe/London"), 7, 1).map_err(err)?;
    let rules = PostRules {
        edit_window: Duration::minutes(30),
        max_body_chars: 50_000,
        metrics: crate::metrics::Metrics::new(),
        max_posts_per_10_minutes: 0,
    };
    let t1 = threads::create_thread(
        conn,
        &members[1],
        &group.id,
        ThreadKind::Case,
        "Trött kvinna i 50-årsåldern – utreda vidare?",
        "Kvinna i 50-årsåldern, tredje besöket i år för trötthet. Hb, TSH, B12, ferritin och glukos **utan anmärkning**.\n\n\
         Hon sover dåligt sedan hösten och har mycket på jobbet. Jag känner att jag inte kommer vidare – \
         hur brukar ni tänka när provsvaren är normala men patienten inte blir bättre?", &[], &rules,
    )
    .map_err(err)?;
    let p1 = threads::create_post(
        conn,
        &members[2],
        &t1.id,
        None,
        "Jag brukar fråga vad *hon själv* tror att det beror på. Ibland kommer det fram något helt annat än det vi letar efter.", &[], &rules,
    )
    .map_err(err)?;
    threads::create_post(
        conn,
        &members[0],
        &t1.id,
        Some(&p1.id),
        "Håller med. Har ni provat PHQ-9 och en sömndagbok i två veckor innan nästa besök?",
        &[],
        &rules,
    )
    .map_err(err)?;
    threads::create_post(
        conn,
        &members[3],
        &t1.id,
        None,
        "From the UK side: we would often book a longer appointment and ask about menopause symptoms too – \
         perimenopause is easily missed when the tests come back normal.", &[], &rules,
    )
    .map_err(err)?;
    let t2 = threads::create_thread(
        conn,
        &members[3],
        &group.id,
        ThreadKind::Case,
        "Antibiotic expectations in a recurrent sore throat",
        "A man in his thirties, fourth visit this winter with a sore throat. Centor 1. He is clearly frustrated \
         and says a colleague \"always gives him something\".\n\nHow do you handle the conversation without \
         damaging the relationship?", &[], &rules,
    )
    .map_err(err)?;
    threads::create_post(
        conn,
        &members[4],
        &t2.id,
        None,
        "Jag brukar säga högt vad jag ser och vad jag *inte* ser, och boka en uppföljning – då känner patienten sig inte avvisad.", &[], &rules,
    )
    .map_err(err)?;
    threads::create_thread(
        conn,
        &members[5],
        &group.id,
        ThreadKind::Case,
        "Äldre man med nytillkommen förvirring",
        "Man i 80-årsåldern, bor med sin fru. Sedan en vecka mer förvirrad på kvällarna enligt hemtjänsten. \
         U-sticka negativ. Vad kollar ni först i ett sådant läge?", &[], &rules,
    )
    .map_err(err)?;
    // Confirmed interest registrations, so the admin can try forming groups
    // at /admin/proposals.
    crate::formation::import_csv(conn, DEMO_REGISTRANTS.as_bytes()).map_err(err)?;
    // A moderator, and a group gone quiet two months ago, so closing inactive
    // groups can be tried at /moderation.
    let hash = keys.hash_password(PASSWORD).map_err(err)?;
    accounts::create_user(
        conn,
        NewUser {
            email: "moderator@example.org",
            name: "Maja Moderator",
            role: Role::Moderator,
            password_hash: Some(&hash),
        },
    )
    .map_err(err)?;
    let quiet = groups::create_group(
        conn,
        &admin,
        "Balint Umeå",
        "En Balintgrupp som inte har hörts av sedan i somras.",
    )
    .map_err(err)?;
    for m in &members[3..5] {
        groups::add_member(
            conn,
            keys,
            "",
            chrono::Duration::days(1),
            &admin,
            &quiet.id,
            &m.email,
            None,
            MemberRole::Member,
        )
        .map_err(err)?;
    }
    {
        use diesel::prelude::*;
        let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(70);
        diesel::update(crate::db::schema::groups::table.find(&quiet.id))
            .set(crate::db::schema::groups::last_activity_at.eq(long_ago))
            .execute(conn)
            .map_err(|e| err(e.into()))?;
    }
    let mut logins = vec![
        ("admin", "admin@example.org"),
        ("moderator", "moderator@example.org"),
    ];
    logins.extend(MEMBERS.iter().map(|(email, _, role)| {
        (
            if *role == MemberRole::Facilitator {
                "facilitator"
            } else {
                "member"
            },
            *email,
        )
    }));
    Ok(Some(logins))
}

/// Sixteen GPs waiting for a group: two groups' worth, levels, regions and
/// workplaces mixed, two from the same health centre.
const DEMO_REGISTRANTS: &str = "name,email,level,years,region,workplace,language
Alva Sundberg,alva.sundberg@example.org,st,2,Norrbotten,VC Kalix,sv
Björn Ek,bjorn.ek@example.org,specialist,18,Skåne,VC Ystad,sv
Cecilia Lund,cecilia.lund@example.org,st,1,Gotland,VC Visby,sv
David Holm,david.holm@example.org,specialist,9,Stockholm,VC Farsta,sv
Elin Ahl,elin.ahl@example.org,st,3,Värmland,VC Arvika,sv
Fredrik Nord,fredrik.nord@example.org,specialist,25,Uppsala,VC Enköping,sv
Greta Wik,greta.wik@example.org,st,4,Halland,VC Falkenberg,sv
Hugo Berg,hugo.berg@example.org,specialist,12,Jämtland Härjedalen,VC Sveg,sv
Ida Strand,ida.strand@example.org,st,2,Dalarna,VC Mora,sv
Jonas Falk,jonas.falk@example.org,specialist,30,Kalmar,VC Vimmerby,sv
Karin Öst,karin.ost@example.org,st,1,Örebro,VC Lindesberg,sv
Lars Dahl,lars.dahl@example.org,specialist,7,Västerbotten,VC Lycksele,sv
Moira Campbell,moira.campbell@example.org,specialist,15,Scotland,Leith Medical Practice,en
Owen Price,owen.price@example.org,st,2,Wales,Canton Surgery,en
Nora Lind,nora.lind@example.org,st,3,Skåne,VC Ystad,sv
Per Ask,per.ask@example.org,specialist,21,Blekinge,VC Karlshamn,sv
";
