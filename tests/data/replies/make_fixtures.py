#!/usr/bin/env python3
"""Writes the held-out-style reply fixtures: NAME.eml (the raw message as the member's
client sends it) and NAME.expected (what the member wrote, as kollega should post it).

Each fixture's member text, client wrapping and expected text is written out below by
hand; only the mechanics are shared: kollega's own notification and digest texts (as
templates/email/ render them), quoting them the way each client does, and MIME encoding
(charsets, quoted-printable, base64, format=flowed, CR-only line ends, an unclosed
boundary). Run from anywhere: `python3 tests/data/replies/make_fixtures.py`.
"""

import base64
import hashlib
import html as htmlmod
import os
import quopri

OUT = os.path.dirname(os.path.abspath(__file__))
KOLLEGA = "kollega <kollega@kollega.test>"

# --------------------------------------------------------------------------------------
# kollega's messages (templates/email/post.txt, digest.txt and their HTML)
# --------------------------------------------------------------------------------------

POST_EN = dict(
    lang="en",
    group="Riverside GP mentoring",
    title="Recurrent UTI in an elderly woman",
    author="Erik Lund",
    when="2026-11-03 21:14",
    body="A woman in her eighties has had four UTIs this year. Cultures grow E. coli,\n"
    "sensitive to nitrofurantoin. Would you start prophylaxis, and for how long?\n\n"
    "She is otherwise well, eGFR 52.",
    url="https://kollega.test/threads/7f3a#p1",
)
POST_SV = dict(
    lang="sv",
    group="Vårdcentral Norr – mentorgrupp",
    title="Långvarig hosta efter förkylning",
    author="Karin Sjöberg",
    when="2026-11-03 21:14",
    body="En patient i 40-årsåldern har hostat i sju veckor efter en förkylning.\n"
    "Normalt status, ingen feber. Hur länge väntar ni innan ni tar lungröntgen?",
    url="https://kollega.test/threads/91bc#p1",
)

TEXTS = {
    "en": dict(
        reply_above="## Reply above this line to post in the thread ##",
        wrote_in="wrote in",
        reply_hint="Reply to this email to post in this thread.",
        read_online="Read in kollega",
        settings="Email settings",
        unsubscribe="Unsubscribe",
        greeting="Hello",
        intro="Here is what is new since your previous digest. To answer, reply to the thread's address below (each thread has its own).",
        new_case="Start a new case by email",
        reply_by_mail="Reply by email",
    ),
    "sv": dict(
        reply_above="## Svara ovanför den här raden för att skriva i tråden ##",
        wrote_in="skrev i",
        reply_hint="Svara på det här mejlet för att skriva i tråden.",
        read_online="Läs i kollega",
        settings="E-postinställningar",
        unsubscribe="Avsluta prenumeration",
        greeting="Hej",
        intro="Här är det som är nytt sedan din förra sammanfattning. Svara genom att skriva till trådens adress nedan (varje tråd har sin egen).",
        new_case="Starta ett nytt fall med e-post",
        reply_by_mail="Svara med e-post",
    ),
}


def notification(p):
    t = TEXTS[p["lang"]]
    return (
        f"{t['reply_above']}\n\n"
        f"{p['author']} {t['wrote_in']} \"{p['title']}\" ({p['group']}), {p['when']}:\n\n"
        f"{p['body']}\n\n"
        f"--\n{t['reply_hint']}\n"
        f"{t['read_online']}: {p['url']}\n"
        f"{t['settings']}: https://kollega.test/account\n"
        f"{t['unsubscribe']}: https://kollega.test/unsubscribe/Zk3vQ9\n"
    )


def notification_html(p):
    t = TEXTS[p["lang"]]
    body = "".join(f"<p>{htmlmod.escape(par).replace(chr(10), ' ')}</p>" for par in p["body"].split("\n\n"))
    return (
        '<table role="presentation" width="100%"><tr><td align="center" style="padding:16px;">'
        '<table role="presentation" width="100%" style="max-width:600px;">'
        f'<tr><td style="padding:12px 20px;color:#5b6670;font-size:13px;">{t["reply_above"]}</td></tr>'
        f'<tr><td><p style="margin:0;">{htmlmod.escape(p["group"])}</p>'
        f'<h1 style="margin:4px 0 12px 0;"><a href="{p["url"]}">{htmlmod.escape(p["title"])}</a></h1></td></tr>'
        f'<tr><td><p><strong>{p["author"]}</strong> <span>{p["when"]}</span></p><div>{body}</div></td></tr>'
        f'<tr><td><p><a href="mailto:reply+0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b@kollega.test">{t["reply_hint"]}</a> · '
        f'<a href="{p["url"]}">{t["read_online"]}</a></p></td></tr>'
        f'<tr><td><a href="https://kollega.test/account">{t["settings"]}</a> · '
        f'<a href="https://kollega.test/unsubscribe/Zk3vQ9">{t["unsubscribe"]}</a></td></tr>'
        "</table></td></tr></table>"
    )


def digest(lang, member):
    t = TEXTS[lang]
    if lang == "en":
        group, threads = "Riverside GP mentoring", [
            ("Recurrent UTI in an elderly woman", "reply+11aa22bb33cc44dd55ee66ff77889900aabb", [
                ("Erik Lund", "2026-11-02 08:10", "Would you start prophylaxis, and for how long?"),
                ("Priya Shah", "2026-11-02 12:40", "I try vaginal oestrogen first if she is postmenopausal."),
            ]),
            ("Fit notes after minor surgery", "reply+99ff88ee77dd66cc55bb44aa3322110099ff", [
                ("Olu Adeyemi", "2026-11-03 09:05", "How long do you sign people off after a hernia repair?"),
            ]),
        ]
    else:
        group, threads = "Vårdcentral Norr – mentorgrupp", [
            ("Långvarig hosta efter förkylning", "reply+1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b", [
                ("Karin Sjöberg", "2026-11-02 08:10", "Hur länge väntar ni innan ni tar lungröntgen?"),
                ("Lars Nilsson", "2026-11-02 12:40", "Åtta veckor, om inget annat talar för något allvarligt."),
            ]),
            ("Sjukskrivning efter bråckoperation", "reply+f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b", [
                ("Johan Ek", "2026-11-03 09:05", "Hur länge sjukskriver ni efter en ljumskbråcksoperation?"),
            ]),
        ]
    out = f"{t['greeting']} {member},\n\n{t['intro']}\n\n== {group} ==\n{t['new_case']}: group+5e6f7a8b9c0d1e2f3a4b@kollega.test\n"
    for title, addr, posts in threads:
        out += f"\n## {title}\n{t['reply_by_mail']}: {addr}@kollega.test\n"
        for author, when, body in posts:
            out += f"\n-- {author}, {when}:\n\n{body}\n"
        out += f"\n{t['read_online']}: https://kollega.test/threads/{addr[6:12]}\n"
    out += f"\n--\n{t['settings']}: https://kollega.test/account\n{t['unsubscribe']}: https://kollega.test/unsubscribe/Zk3vQ9\n"
    return out


# --------------------------------------------------------------------------------------
# Quoting and wrapping
# --------------------------------------------------------------------------------------


def quote(text, prefix="> ", empty=">"):
    return "".join((prefix + l if l.strip() else empty) + "\n" for l in text.rstrip("\n").split("\n"))


def html_lines(text):
    """The member's text as Gmail-style HTML: one <div> per line, <br> for blank lines."""
    return "".join(f"<div>{htmlmod.escape(l)}</div>" if l else "<div><br></div>" for l in text.split("\n"))


def gmail_html(reply, attribution, quoted_html):
    return (
        f'<div dir="ltr">{html_lines(reply)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{htmlmod.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{quoted_html}</blockquote></div>"
    )


def outlook_html(reply_paragraphs, fields, quoted_html, signature_html=""):
    ps = "".join(
        f"<p class=MsoNormal>{htmlmod.escape(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>" for l in reply_paragraphs.split("\n")
    )
    head = "".join(f"<b>{k}:</b> {htmlmod.escape(v)}<br>" for k, v in fields)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0cm;}</style></head>'
        f'<body lang=EN-GB><div class=WordSection1>{ps}{signature_html}<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"<p class=MsoNormal>{head}</p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>{quoted_html}</div></body></html>"
    )


def flow(text, width=66, delsp=False):
    """RFC 3676 encoding: long lines broken at spaces (soft breaks end in a space; with
    DelSp=yes an extra space is added and removed again by the reader), space-stuffing."""
    out = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        prefix, rest = line[:depth], line[depth:]
        if depth:
            rest = rest[1:] if rest.startswith(" ") else rest
            prefix += " "
        elif rest.startswith((" ", ">", "From ")):
            prefix = " "
        if rest == "-- ":
            out.append(prefix + rest)
            continue
        rest = rest.rstrip(" ")
        if not rest:
            out.append(prefix.rstrip(" "))
            continue
        while len(prefix) + len(rest) > width and " " in rest[: width - len(prefix)]:
            cut = rest.rfind(" ", 0, width - len(prefix))
            if cut <= 0:
                break
            piece = rest[: cut + 1]
            out.append(prefix + piece + (" " if delsp else ""))
            rest = rest[cut + 1 :]
            if depth == 0 and rest.startswith((" ", ">", "From ")):
                prefix = " "
            elif depth == 0:
                prefix = ""
        out.append(prefix + rest)
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------------------


def encode(text, charset, cte):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    if cte == "base64":
        b = base64.b64encode(data).decode("ascii")
        return "\r\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\r\n"
    return data.decode(charset, errors="strict") if charset == "utf-8" else data


def part(ctype, text, charset="utf-8", cte="quoted-printable", params=""):
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{params}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    body = encode(text, charset, cte)
    if isinstance(body, bytes):
        return head.encode("ascii") + body
    return (head + body).encode(charset if cte == "8bit" else "utf-8")


def message(frm, subject, parts, lang="en", kind="plain", date="Tue, 03 Nov 2026 22:41:07 +0100",
            extra="", to="reply+0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b@kollega.test", close=True, cr_only=False):
    hdr = (
        f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: <{hashlib.sha1(b''.join(parts)).hexdigest()[:16]}@mail.example>\r\n"
        "In-Reply-To: <post.7f3a.u1@kollega.test>\r\nMIME-Version: 1.0\r\n" + extra
    ).encode("utf-8")
    if kind == "plain":
        raw = hdr + parts[0]
    else:
        boundary = "000000000000b2c4e905f1a3d7c8"
        raw = hdr + f"Content-Type: multipart/{kind}; boundary=\"{boundary}\"\r\n\r\n".encode()
        for p in parts:
            raw += f"--{boundary}\r\n".encode() + p
            if not raw.endswith(b"\r\n"):
                raw += b"\r\n"
        if close:
            raw += f"--{boundary}--\r\n".encode()
    if cr_only:
        raw = raw.replace(b"\r\n", b"\r")
    return raw


FIXTURES = []


def fixture(name, raw, expected):
    FIXTURES.append((name, raw, expected.strip("\n")))


def subject(p):
    prefix = "Re" if p["lang"] == "en" else "SV"
    return f"{prefix}: [{p['group']}] {p['title']}"


def subject_q(p):
    # RFC 2047 for the non-ASCII Swedish subjects.
    s = subject(p)
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def name_q(name, email):
    if all(ord(c) < 128 for c in name):
        return f"{name} <{email}>"
    return f"=?utf-8?Q?{quopri.encodestring(name.encode(), header=True).decode()}?= <{email}>"


# --------------------------------------------------------------------------------------
# The fixtures
# --------------------------------------------------------------------------------------

N_EN = notification(POST_EN)
N_SV = notification(POST_SV)
H_EN = notification_html(POST_EN)
H_SV = notification_html(POST_SV)
TOM = name_q("Tom Baker", "tom.baker@nhs.net")
ANNA = name_q("Anna Berg", "anna.berg@regionnorr.se")
LARS = name_q("Lars Nilsson", "lars.nilsson@vcnorr.se")
OLU = name_q("Olumide Adeyemi", "olu.adeyemi@nhs.net")
GRAHAM = name_q("Graham Hart", "graham.hart@riverside.nhs.uk")
JOHAN = name_q("Johan Ek", "johan.ek@gmail.com")
PRIYA = name_q("Priya Shah", "priya.shah@outlook.com")
ASA = name_q("Åsa Lind", "asa.lind@ekbacken.se")
SARA = name_q("Sara Holm", "sara.holm@protonmail.com")
MEG = name_q("Margaret Doyle", "meg.doyle@fastmail.com")

G_EN = "On Tue, 3 Nov 2026 at 21:14, kollega <kollega@kollega.test> wrote:"
G_SV = "Den tis 3 nov. 2026 kl 21:14 skrev kollega <kollega@kollega.test>:"
A_EN = "On 3 Nov 2026, at 21:14, kollega <kollega@kollega.test> wrote:"
A_SV = "3 nov. 2026 kl. 21:14 skrev kollega <kollega@kollega.test>:"
TB_EN = "On 03/11/2026 21:14, kollega wrote:"
TB_SV = "Den 2026-11-03 kl. 21:14, skrev kollega:"
MUTT = "On Tue, Nov 03, 2026 at 09:14:12PM +0100, kollega wrote:"
SNAIL = "kollega <kollega@kollega.test> wrote:"


def gmail_alt(frm, p, reply, attribution, lang_html):
    text = f"{reply}\n\n{attribution}\n\n{quote(notification(p))}"
    html = gmail_html(reply, attribution, lang_html)
    return message(frm, subject_q(p), [part("text/plain", text), part("text/html", html)], kind="alternative")


def plain(frm, p, text, **kw):
    charset = kw.pop("charset", "utf-8")
    cte = kw.pop("cte", "quoted-printable")
    params = kw.pop("params", "")
    return message(frm, subject_q(p), [part("text/plain", text, charset, cte, params)], **kw)


def outlook_fields(lang, p, to, sent):
    if lang == "en":
        return [("From", KOLLEGA), ("Sent", sent), ("To", to), ("Subject", f"[{p['group']}] {p['title']}")]
    return [("Från", KOLLEGA), ("Skickat", sent), ("Till", to), ("Ämne", f"[{p['group']}] {p['title']}")]


def outlook_alt(frm, p, reply, to, sent, rule=False, sig_text="", sig_html=""):
    fields = outlook_fields(p["lang"], p, to, sent)
    head = "\n".join(f"{k}: {v}" for k, v in fields)
    sep = "________________________________\n" if rule else ""
    text = f"{reply}\n{sig_text}\n{sep}{head}\n\n{notification(p)}"
    html = outlook_html(reply, fields, notification_html(p), sig_html)
    return message(frm, subject_q(p).replace("Re:", "RE:").replace("SV:", "SV:"), [part("text/plain", text), part("text/html", html)], kind="alternative")


# --- Top-posting, by client -----------------------------------------------------------

r = "Yes – I would start nitrofurantoin 50 mg at night for six months and review.\nCheck renal function again before you start."
fixture("gmail-web-en-top", gmail_alt(TOM, POST_EN, r, G_EN, H_EN), r)

r = "Vi brukar vänta åtta veckor om allt annat är normalt.\nSpirometri först, sedan röntgen om den är normal."
fixture("gmail-web-sv-top", gmail_alt(ANNA, POST_SV, r, G_SV, H_SV), r)

r = "Six months, then stop and see.\n\nI'd also ask about incontinence and constipation."
fixture("gmail-android-en-top", gmail_alt(PRIYA, POST_EN, r,
        "On Tue, 3 Nov 2026, 21:14 kollega, <kollega@kollega.test> wrote:", H_EN), r)

r = "Håller med Lars. Vi tar röntgen efter åtta veckor."
fixture("apple-ios-sv-top", plain(JOHAN, POST_SV, f"{r}\n\nSkickat från min iPhone\n\n{A_SV}\n\n{quote(N_SV)}"), r)

r = "I'd want a post-void residual before committing her to long-term antibiotics."
fixture("apple-ios-en-top", plain(GRAHAM, POST_EN, f"{r}\n\nSent from my iPhone\n\n> {A_EN}\n> \n{quote(N_EN)}"), r)

r = "Worth checking she is not on an SGLT2 inhibitor too.\n\nAnd is she sexually active? That changes the advice."
fixture("apple-mac-en-top", plain(PRIYA, POST_EN, f"{r}\n\n> {A_EN}\n> \n{quote(N_EN)}",
        params="; format=flowed; delsp=yes"), r)

r = "Bra fråga. Jag skulle ta en spirometri redan nu."
fixture("apple-mac-sv-top", message(ASA, subject_q(POST_SV), [
    part("text/plain", f"{r}\n\n> {A_SV}\n> \n{quote(N_SV)}"),
    part("text/html", f"<html><body><div>{htmlmod.escape(r)}</div><div><br><blockquote type=\"cite\"><div>{A_SV}</div><br>{H_SV}</blockquote></div></body></html>"),
], kind="alternative"), r)

r = "Agreed, six months.\n\nWe also use D-mannose for patients who prefer to avoid antibiotics."
fixture("outlook-desktop-en-top", outlook_alt(OLU, POST_EN, r, "Olumide Adeyemi <olu.adeyemi@nhs.net>",
        "03 November 2026 21:14"), r)

r = "Jag gör likadant.\nRöntgen efter åtta veckor, tidigare vid rökning eller viktnedgång."
fixture("outlook-desktop-sv-top", outlook_alt(LARS, POST_SV, r, "Lars Nilsson <lars.nilsson@vcnorr.se>",
        "den 3 november 2026 21:14"), r)

r = "I'd go for a year rather than six months if she tolerates it."
fixture("outlook-web-en-top", outlook_alt(TOM, POST_EN, r, "Tom Baker <tom.baker@nhs.net>",
        "Tuesday, November 3, 2026 9:14 PM", rule=True), r)

r = "Instämmer. Glöm inte att fråga om reflux – det är en vanlig orsak."
fixture("outlook-web-sv-top", outlook_alt(ANNA, POST_SV, r, "Anna Berg <anna.berg@regionnorr.se>",
        "den 3 november 2026 21:14", rule=True), r)

r = "Has anyone audited how often prophylaxis is actually stopped at review?"
fixture("outlook-mac-en-top", plain(GRAHAM, POST_EN,
        f"{r}\n\nFrom: {KOLLEGA}\nDate: Tuesday, 3 November 2026 at 21:14\nTo: Graham Hart <graham.hart@riverside.nhs.uk>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}"), r)

r = "Vi har ett vårdprogram för det här, jag letar fram länken i morgon."
fixture("outlook-mac-sv-top", plain(ASA, POST_SV,
        f"{r}\n\nFrån: {KOLLEGA}\nDatum: tisdag, 3 november 2026 21:14\nTill: Åsa Lind <asa.lind@ekbacken.se>\n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "Six months is what our microbiologist recommends."
fixture("outlook-ios-en-top", plain(PRIYA, POST_EN,
        f"{r}\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\n"
        f"From: {KOLLEGA}\nSent: Tuesday, November 3, 2026 9:14:12 PM\nTo: Priya Shah <priya.shah@outlook.com>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}"), r)

r = "Ja, åtta veckor. Skriver mer i morgon."
fixture("outlook-android-sv-top", plain(LARS, POST_SV,
        f"{r}\n\nHämta Outlook för Android<https://aka.ms/AAb9ysg>\n________________________________\n"
        f"Från: {KOLLEGA}\nSkickat: Tuesday, November 3, 2026 9:14:12 PM\nTill: Lars Nilsson <lars.nilsson@vcnorr.se>\n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "Short answer: yes, but review at three months rather than six."
fixture("thunderbird-en-top", plain(MEG, POST_EN, f"{r}\n\n{TB_EN}\n{quote(N_EN)}",
        params="; format=flowed"), r)

r = "Vi tar alltid en CRP också, mest för att lugna patienten."
fixture("thunderbird-sv-top", plain(ANNA, POST_SV, f"{r}\n\n{TB_SV}\n{quote(N_SV)}", params="; format=flowed"), r)

r = "Nitrofurantoin for six months, and I'd stop it if her eGFR drops below 45."
fixture("yahoo-en-top", message(MEG, subject_q(POST_EN), [
    part("text/plain", f"{r}\n\nSent from Yahoo Mail on Android\n\n"
         f"On Tuesday, 3 November 2026 at 21:14:05 GMT, kollega <kollega@kollega.test> wrote:\n\n{N_EN}"),
    part("text/html", f"<html><body><div class=\"ydp3c2b\"><div>{htmlmod.escape(r)}</div></div>"
         "<div id=\"ydp_sig\"><a href=\"https://mail.onelink.me/107872968?pid=nativeplacement\">Sent from Yahoo Mail on Android</a></div>"
         "<div class=\"yahoo_quoted\"><div>On Tuesday, 3 November 2026 at 21:14:05 GMT, kollega &lt;kollega@kollega.test&gt; wrote:</div>"
         f"<div>{H_EN}</div></div></body></html>"),
], kind="alternative"), r)

r = "Jag skulle remittera till lungröntgen redan nu om patienten röker."
fixture("yahoo-sv-top", plain(JOHAN, POST_SV, f"{r}\n\nSkickat från Yahoo Mail för iPhone\n\n"
        f"Den tisdag 3 november 2026 21:14:05 CET skrev kollega <kollega@kollega.test>:\n\n{N_SV}"), r)

r = "Prophylaxis for six months. Happy to share our local leaflet if useful."
fixture("protonmail-en-top", plain(SARA, POST_EN,
        f"{r}\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\n"
        f"On Tuesday, November 3rd, 2026 at 21:14, kollega <kollega@kollega.test> wrote:\n\n\n{quote(N_EN)}"), r)

r = "Det beror på. Hos rökare tar jag röntgen direkt, annars efter åtta veckor."
fixture("protonmail-sv-top", plain(SARA, POST_SV,
        f"{r}\n\nSkickat med säker e-post från Proton Mail.\n\n------- Original Message -------\n"
        f"Den tisdag 3 november 2026 kl. 21:14, kollega <kollega@kollega.test> skrev:\n\n\n{quote(N_SV)}"), r)

r = "Three months of prophylaxis, then a trial without. If she relapses, restart for a year."
fixture("fastmail-en-top", plain(MEG, POST_EN, flow(f"{r}\n\nOn Tue, 3 Nov 2026, at 21:14, kollega wrote:\n{quote(N_EN)}"),
        params="; format=flowed"), r)

r = "Agree with Priya about vaginal oestrogen. It has good evidence in postmenopausal women."
fixture("k9-android-en-top", plain(TOM, POST_EN, flow(
        f"{r}\n-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n\n"
        f"On 3 November 2026 21:14:00 CET, kollega <kollega@kollega.test> wrote:\n{quote(N_EN)}"),
        params="; format=flowed"), r)

r = "Jag håller med, och jag brukar ge en astmaspray på prov."
fixture("thunderbird-android-sv-top", plain(ANNA, POST_SV, f"{r}\n\n{TB_SV}\n{quote(N_SV)}",
        params="; format=flowed"), r)

# --- Bottom-posting and interleaving ----------------------------------------------------

r = "I would not start prophylaxis before trying vaginal oestrogen."
fixture("s-nail-en-bottom", plain(GRAHAM, POST_EN, f"{SNAIL}\n\n{quote(N_EN)}\n{r}\n", cte="8bit"), r)

r = "Åtta veckor, sedan röntgen.\nSpirometri om hon har astmasymtom."
fixture("s-nail-sv-bottom-no-attribution", plain(LARS, POST_SV, f"{quote(N_SV)}\n{r}\n", cte="8bit"), r)

r = "Six months here too.\n\nWe stop at the first review unless she has had a breakthrough infection."
fixture("mutt-en-bottom-signature", plain(TOM, POST_EN,
        f"{MUTT}\n{quote(N_EN)}\n{r}\n\n-- \nTom Baker\nGP partner, Riverside Surgery\n", cte="8bit"), r)

q1 = "A woman in her eighties has had four UTIs this year. Cultures grow E. coli,\nsensitive to nitrofurantoin. Would you start prophylaxis, and for how long?"
r_a = "Yes, six months of nitrofurantoin at night."
r_b = "Then her eGFR is fine for it, just check it again at three months."
fixture("mutt-en-interleaved", plain(PRIYA, POST_EN,
        f"{MUTT}\n> {TEXTS['en']['reply_above']}\n>\n> Erik Lund wrote in \"{POST_EN['title']}\" ({POST_EN['group']}), {POST_EN['when']}:\n>\n"
        f"{quote(q1)}\n{r_a}\n\n> She is otherwise well, eGFR 52.\n\n{r_b}\n\n>\n> --\n> {TEXTS['en']['reply_hint']}\n> Read in kollega: {POST_EN['url']}\n",
        cte="8bit"), f"{r_a}\n\n{r_b}")

r = "I'd start with a bladder diary and a urine dip when she is well, to be sure these really are infections."
fixture("thunderbird-en-bottom", plain(MEG, POST_EN, flow(f"{TB_EN}\n{quote(N_EN)}\n{r}\n"), params="; format=flowed"), r)

r = "Jag brukar ta röntgen efter sex veckor om patienten är över 50."
fixture("thunderbird-sv-bottom", plain(ASA, POST_SV, flow(f"{TB_SV}\n{quote(N_SV)}\n{r}\n"), params="; format=flowed"), r)

r = "Replying below as I always do: six months, then review."
fixture("gmail-en-bottom", message(TOM, subject_q(POST_EN), [
    part("text/plain", f"{G_EN}\n\n{quote(N_EN)}\n\n{r}\n"),
    part("text/html", f"<div dir=\"ltr\"><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{htmlmod.escape(G_EN)}<br></div>"
         f"<blockquote class=\"gmail_quote\">{H_EN}</blockquote></div><div><br></div><div>{htmlmod.escape(r)}</div></div>"),
], kind="alternative"), r)

ra = "Ja, åtta veckor är rimligt."
rb = "Nej, inte om status är normalt."
fixture("apple-mac-sv-interleaved", plain(LARS, POST_SV,
        f"> {A_SV}\n> \n> {TEXTS['sv']['reply_above']}\n> \n> Karin Sjöberg skrev i \"{POST_SV['title']}\" ({POST_SV['group']}), {POST_SV['when']}:\n> \n"
        f"> En patient i 40-årsåldern har hostat i sju veckor efter en förkylning.\n\n{ra}\n\n"
        f"> Normalt status, ingen feber. Hur länge väntar ni innan ni tar lungröntgen?\n\n{rb}\n\n> --\n> {TEXTS['sv']['reply_hint']}\n"),
        f"{ra}\n\n{rb}")

d = digest("en", "Tom")
r = "On fit notes: two weeks for desk work, four to six for manual work."
fixture("mutt-en-digest-interleaved", plain(TOM, {**POST_EN, "title": "New in your groups"},
        f"{MUTT}\n{quote(d.split('## Fit notes')[0])}> ## Fit notes after minor surgery\n> Reply by email: reply+99ff88ee77dd66cc55bb44aa3322110099ff@kollega.test\n>\n"
        f"> -- Olu Adeyemi, 2026-11-03 09:05:\n>\n> How long do you sign people off after a hernia repair?\n\n{r}\n\n"
        "> Read in kollega: https://kollega.test/threads/99ff88\n>\n> --\n> Email settings: https://kollega.test/account\n", cte="8bit",
        to="reply+99ff88ee77dd66cc55bb44aa3322110099ff@kollega.test"), r)

d = digest("sv", "Anna")
r = "Två veckor vid stillasittande arbete, annars fyra."
fixture("thunderbird-sv-digest-bottom", plain(ANNA, {**POST_SV, "title": "Nytt i dina grupper"},
        flow(f"Den 2026-11-04 kl. 07:00, skrev kollega:\n{quote(d)}\n{r}\n"), params="; format=flowed",
        to="reply+f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b@kollega.test"), r)

r = "Fyra veckor för tungt arbete, två för kontorsarbete.\n\nMvh\nAnna"
fixture("gmail-sv-digest-top", message(ANNA, subject_q({**POST_SV, "title": "Nytt i dina grupper"}), [
    part("text/plain", f"{r}\n\nDen ons 4 nov. 2026 kl 07:00 skrev kollega <digest@kollega.test>:\n\n{quote(d)}"),
    part("text/html", gmail_html(r, "Den ons 4 nov. 2026 kl 07:00 skrev kollega <digest@kollega.test>:", f"<pre>{htmlmod.escape(d)}</pre>")),
], kind="alternative"), "Fyra veckor för tungt arbete, två för kontorsarbete.")

r = "We give two weeks after a laparoscopic repair."
fixture("s-nail-en-digest-bottom", plain(OLU, {**POST_EN, "title": "New in your groups"},
        f"kollega <digest@kollega.test> wrote:\n\n{quote(digest('en', 'Olu'))}\n{r}\n\n--\nOlu\n", cte="8bit"), r)

# --- Sign-offs with the sender's own name -------------------------------------------------

r = "I'd add a urine culture at every episode to watch for resistance."
fixture("gmail-en-signoff-best-wishes", gmail_alt(TOM, POST_EN, f"{r}\n\nBest wishes\nTom", G_EN, H_EN), r)

r = "We do the same at our practice."
fixture("outlook-en-signoff-thanks-olu", outlook_alt(OLU, POST_EN, f"{r}\n\nThanks,\nOlu", "Olumide Adeyemi <olu.adeyemi@nhs.net>",
        "03 November 2026 21:14"), r)

r = "Good point about her eGFR."
fixture("apple-en-signoff-bare-name", plain(GRAHAM, POST_EN, f"{r}\n\nGraham\n\n> {A_EN}\n> \n{quote(N_EN)}"), r)

r = "Åtta veckor, sedan röntgen."
fixture("outlook-sv-signoff-mvh", plain(LARS, POST_SV,
        f"{r}\n\nMvh Lars\n\nFrån: {KOLLEGA}\nSkickat: den 3 november 2026 21:14\nTill: Lars Nilsson <lars.nilsson@vcnorr.se>\n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "Vi remitterar efter åtta veckor."
fixture("apple-ios-sv-signoff-slash", plain(JOHAN, POST_SV, f"{r}\n/Johan\n\nSkickat från min iPhone\n\n{A_SV}\n\n{quote(N_SV)}"), r)

r = "Jag tar alltid spirometri först."
fixture("gmail-sv-signoff-title", gmail_alt(ANNA, POST_SV, f"{r}\n\nHälsningar\nAnna Berg, ST-läkare", G_SV, H_SV), r)

r = "Six months, then review."
sig_html = ('<p class=MsoNormal>Kind regards<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<table class=MsoNormalTable border=0><tr><td><p class=MsoNormal><b>Dr Graham Hart MRCGP</b><o:p></o:p></p>'
            '<p class=MsoNormal>GP Partner | Riverside Surgery<o:p></o:p></p>'
            '<p class=MsoNormal>Tel: 0115 496 0123<o:p></o:p></p></td></tr></table>')
fixture("outlook-en-html-signature-block", message(GRAHAM, subject_q(POST_EN), [
    part("text/plain", ""),
    part("text/html", outlook_html(r, outlook_fields("en", POST_EN, "Graham Hart <graham.hart@riverside.nhs.uk>", "03 November 2026 21:14"), H_EN, sig_html)),
], kind="alternative"), r)

r = "I would check a post-void residual first."
fixture("nhsmail-en-disclaimer", plain(TOM, POST_EN,
        f"{r}\n\nTom\n\nFrom: {KOLLEGA}\nSent: 03 November 2026 21:14\nTo: BAKER, Tom (RIVERSIDE SURGERY) <tom.baker@nhs.net>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}\n\n"
        "********************************************************************************************************************\n\n"
        "This message may contain confidential information. If you are not the intended recipient please inform the\n"
        "sender that you have received the message in error before deleting it.\n"
        "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n\n"
        "NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.\n\n"
        "For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail\n"), r)

r = "Fyra veckor räcker oftast.\n\nVi har goda erfarenheter av det."
fixture("region-sv-disclaimer-bottom", plain(ASA, POST_SV,
        f"{TB_SV}\n{quote(N_SV)}\n{r}\n\nÅsa Lind\nDistriktsläkare, Vårdcentralen Ekbacken\n\n"
        "När du skickar e-post till Region Norr behandlar vi dina personuppgifter enligt dataskyddsförordningen.\n"
        "Läs mer på https://www.regionnorr.se/personuppgifter\n", params="; format=flowed"), r)

r = "Agree with all of the above."
fixture("outlook-en-signature-and-disclaimer", plain(PRIYA, POST_EN,
        f"{r}\n\nKind regards\nPriya Shah\nSalaried GP\nThe Green Practice\n\n"
        "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee.\n\n"
        f"________________________________\nFrom: {KOLLEGA}\nSent: Tuesday, November 3, 2026 9:14 PM\nTo: Priya Shah <priya.shah@outlook.com>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}"), r)

r = "Vi gör som Karin.\n\nRöntgen efter åtta veckor."
fixture("gmail-sv-signature-block", gmail_alt(ASA, POST_SV,
        f"{r}\n\nVänliga hälsningar\n\nÅsa Lind\nDistriktsläkare\nVårdcentralen Ekbacken\n010-123 45 67", G_SV, H_SV), r)

r = "Six months. Then stop."
fixture("gmail-en-cheers-one-line", gmail_alt(TOM, POST_EN, f"{r}\n\nCheers, Tom", G_EN, H_EN), r)

r = "Tack för en bra fråga!\n\nVad tycker ni om att ge en astmaspray på prov, Karin?"
fixture("gmail-sv-question-last-line", gmail_alt(ANNA, POST_SV, r, G_SV, H_SV), r)

r = "Good question. Has anyone tried methenamine hippurate instead?"
fixture("apple-en-question-last", plain(MEG, POST_EN, f"{r}\n\nMeg\n\n> {A_EN}\n> \n{quote(N_EN)}"), r)

r = "We use methenamine too.\nIt works well for some of our patients"
fixture("gmail-en-last-line-content", gmail_alt(OLU, POST_EN, r, G_EN, H_EN), r)

r = "Instämmer helt med Lars."
fixture("outlook-sv-name-in-text", outlook_alt(ANNA, POST_SV, f"{r}\n\nMed vänliga hälsningar\nAnna Berg\nST-läkare i allmänmedicin\nVårdcentral Norr",
        "Anna Berg <anna.berg@regionnorr.se>", "den 3 november 2026 21:14"), r)

# --- Forwards inside a reply ------------------------------------------------------------

r = "Here is what the lab said about resistance – worth reading before we decide."
fixture("gmail-en-forward-inside", plain(TOM, POST_EN,
        f"{r}\n\n---------- Forwarded message ---------\nFrom: Microbiology <micro.results@lab.nhs.uk>\nDate: Tue, 3 Nov 2026 at 10:02\n"
        "Subject: Sensitivities\nTo: Tom Baker <tom.baker@nhs.net>\n\n\nE. coli resistant to trimethoprim. Sensitive to nitrofurantoin, fosfomycin.\n\n"
        f"Microbiology Department\n\n{G_EN}\n\n{quote(N_EN)}"), r)

r = "Se svaret från röntgen nedan."
fixture("gmail-sv-forward-inside", plain(ANNA, POST_SV,
        f"{r}\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Röntgen Norr <rontgen@regionnorr.se>\nDate: tis 3 nov. 2026 kl 10:02\n"
        "Subject: Svar lungröntgen\nTo: Anna Berg <anna.berg@regionnorr.se>\n\n\nInga infiltrat. Normal hjärtstorlek.\n\nMed vänlig hälsning\nRöntgenkliniken\n"), r)

r = "Remissvaret kom i dag, se nedan. Inget anmärkningsvärt."
fixture("thunderbird-sv-forward", plain(LARS, POST_SV,
        f"{r}\n\n\n-------- Vidarebefordrat meddelande --------\nÄmne: \tRemissvar\nDatum: \tTue, 3 Nov 2026 10:02:11 +0100\n"
        "Från: \tRöntgen Norr <rontgen@regionnorr.se>\nTill: \tLars Nilsson <lars.nilsson@vcnorr.se>\n\n\nUndersökningen visar normala förhållanden.\n"), r)

r = "The ultrasound report, for what it's worth."
fixture("apple-en-begin-forwarded", plain(GRAHAM, POST_EN,
        f"{r}\n\nBegin forwarded message:\n\n> From: Radiology <radiology@riverside.nhs.uk>\n> Subject: Renal tract ultrasound\n"
        "> Date: 3 November 2026 at 10:02:11 GMT\n> To: Graham Hart <graham.hart@riverside.nhs.uk>\n> \n> Normal kidneys. Post-void residual 40 ml.\n"), r)

r = "Här är det hon skickade."
fixture("apple-sv-forwarded", plain(JOHAN, POST_SV,
        f"{r}\n\nSkickat från min iPhone\n\nBörjan på vidarebefordrat brev:\n\n> Från: Lungmottagningen <lung@regionnorr.se>\n"
        "> Datum: 3 november 2026 10:02:11 CET\n> Till: Johan Ek <johan.ek@gmail.com>\n> Ämne: Spirometri\n> \n> Normal spirometri.\n"), r)

r = "See the microbiology advice below."
fixture("outlook-en-forward-block", plain(OLU, POST_EN,
        f"{r}\n\n________________________________\nFrom: Microbiology Advice <micro.advice@lab.nhs.uk>\nSent: 03 November 2026 10:02\n"
        "To: Olumide Adeyemi <olu.adeyemi@nhs.net>\nSubject: FW: UTI prophylaxis query\n\nWe suggest nitrofurantoin 50 mg nocte for six months.\n"), r)

r = "Infektionsläkarens råd, för kännedom."
fixture("outlook-sv-forward-block", plain(ASA, POST_SV,
        f"{r}\n\nFrån: Infektionskliniken <infektion@regionnorr.se>\nSkickat: den 3 november 2026 10:02\n"
        "Till: Åsa Lind <asa.lind@ekbacken.se>\nÄmne: VB: Fråga om hosta\n\nVi rekommenderar röntgen efter åtta veckor.\n"), r)

# --- format=flowed ----------------------------------------------------------------------

r = ("I think six months is the usual recommendation, but in my experience many patients stop on their own "
     "after a few weeks because of nausea, so it's worth warning her about that at the start.\n\n"
     "Also: from my notes, the local guideline says to review at three months.")
fixture("thunderbird-en-flowed-long", plain(MEG, POST_EN, flow(f"{r}\n\n{TB_EN}\n{quote(N_EN)}"), params="; format=flowed; delsp=no"), r)

r = ("Jag brukar göra så här: först spirometri och en noggrann anamnes kring reflux och astma, sedan "
     "lungröntgen om hostan sitter i mer än åtta veckor eller om patienten röker.")
fixture("apple-sv-flowed-delsp", plain(ASA, POST_SV, flow(f"{r}\n\n> {A_SV}\n> \n{quote(N_SV)}", delsp=True),
        params="; format=flowed; delsp=yes"), r)

r = ("Quick one from my phone: yes to prophylaxis, but please check her renal function first, "
     "since nitrofurantoin is less effective when the eGFR is low.")
fixture("k9-en-flowed-delsp", plain(PRIYA, POST_EN, flow(f"{r}\n\nOn 3 November 2026 21:14:00 CET, kollega <kollega@kollega.test> wrote:\n{quote(N_EN)}", delsp=True),
        params="; format=flowed; delsp=yes"), r)

r = "From my experience, six months.\n>90% of my patients stay infection-free on it."
# A stuffed ">" is the member's own: in the Markdown post it is "\\>".
fixture("mutt-en-flowed-stuffed", plain(TOM, POST_EN, flow(f"{MUTT}\n{quote(N_EN)}") + "\n" + " From my experience, six months.\n"
        " >90% of my patients stay infection-free on it.\n", params="; format=flowed", cte="8bit"),
        r.replace("\n>", "\n\\>"))

# --- HTML only, empty text part ---------------------------------------------------------

r = "Prophylaxis for six months, and a review with a urine culture."
fixture("webmail-en-html-only", message(PRIYA, subject_q(POST_EN), [
    part("text/html", gmail_html(r, G_EN, H_EN)),
], kind="mixed"), r)

r = "Vi väntar åtta veckor."
fixture("webmail-sv-empty-text-part", message(ANNA, subject_q(POST_SV), [
    part("text/plain", ""),
    part("text/html", gmail_html(r, G_SV, H_SV)),
], kind="alternative"), r)

r = "Same here: six months, then review."
fixture("outlook-en-whitespace-text-part", message(TOM, subject_q(POST_EN), [
    part("text/plain", "\r\n \r\n"),
    part("text/html", outlook_html(r, outlook_fields("en", POST_EN, "Tom Baker <tom.baker@nhs.net>", "03 November 2026 21:14"), H_EN)),
], kind="alternative"), r)

r = "Åtta veckor.\n\nSedan röntgen."
fixture("html-only-single-part-sv", message(LARS, subject_q(POST_SV), [
    part("text/html", gmail_html(r, G_SV, H_SV)),
], kind="plain"), r)

# --- Broken MIME, line ends, charsets ------------------------------------------------------

r = "Six months is what I do."
fixture("unclosed-boundary-alternative-en", message(GRAHAM, subject_q(POST_EN), [
    part("text/plain", f"{r}\n\n{G_EN}\n\n{quote(N_EN)}"),
    part("text/html", gmail_html(r, G_EN, H_EN)),
], kind="alternative", close=False), r)

r = "Jag håller med – åtta veckor."
fixture("unclosed-boundary-mixed-sv", message(ASA, subject_q(POST_SV), [
    part("text/plain", f"{r}\n\n{G_SV}\n\n{quote(N_SV)}"),
], kind="mixed", close=False), r)

r = "Vi gör likadant på vår mottagning."
fixture("cr-only-sv", plain(LARS, POST_SV, f"{r}\n\n{TB_SV}\n{quote(N_SV)}", cr_only=True), r)

r = "Six months; we review at three."
fixture("cr-only-en-multipart", message(TOM, subject_q(POST_EN), [
    part("text/plain", f"{r}\n\n{G_EN}\n\n{quote(N_EN)}"),
    part("text/html", gmail_html(r, G_EN, H_EN)),
], kind="alternative", cr_only=True), r)

r = "I’d say six months – and don’t forget the “safety-net” advice."
fixture("outlook-en-windows-1252", plain(OLU, POST_EN,
        f"{r}\n\nFrom: {KOLLEGA}\nSent: 03 November 2026 21:14\nTo: Olumide Adeyemi <olu.adeyemi@nhs.net>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}".replace("Sjöberg", "Sjoberg"),
        charset="windows-1252"), r)

r = "Röntgen kostar oss 1 200 € per patient, så vi väntar åtta veckor."
fixture("thunderbird-sv-iso-8859-15", plain(LARS, POST_SV, f"{r}\n\n{TB_SV}\n{quote(N_SV.replace('–', '-'))}",
        charset="iso-8859-15", cte="8bit"), r)

r = "Ja. Åtta veckor."
fixture("base64-sv", plain(JOHAN, POST_SV, f"{r}\n\n{G_SV}\n\n{quote(N_SV)}", cte="base64"), r)

r = "Six months and then review, as per our local formulary."
fixture("outlook-en-windows-1252-qp-html", message(PRIYA, subject_q(POST_EN), [
    part("text/plain", "", charset="windows-1252"),
    part("text/html", outlook_html(r, outlook_fields("en", POST_EN, "Priya Shah <priya.shah@outlook.com>", "03 November 2026 21:14"), H_EN),
         charset="windows-1252"),
], kind="alternative"), r)


# --- Harder cases: more clients, signatures, disclaimers, inline answers -------------------

r = "Six months, and I would check her renal function before starting."
fixture("gmail-en-dash-signature", plain(TOM, POST_EN,
        f"{r}\n\n-- \nDr Tom Baker\nGP Partner, Riverside Surgery\n0115 496 0123\n\n{G_EN}\n\n{quote(N_EN)}"), r)

r = "Agreed. We audit this every year."
fixture("outlook-en-wrapped-recipients", plain(GRAHAM, POST_EN,
        f"{r}\n\nFrom: {KOLLEGA}\nSent: 03 November 2026 21:14\nTo: Graham Hart <graham.hart@riverside.nhs.uk>; Riverside Partners\n"
        "<partners@riverside.nhs.uk>\nCc: Practice Manager <pm@riverside.nhs.uk>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}"), r)

r = ("On reflection, I agree with what Priya wrote:\n- vaginal oestrogen first\n- then prophylaxis if that fails\n\n"
     "On Friday I saw a similar patient and that worked.")
fixture("gmail-en-on-and-wrote-in-text", gmail_alt(MEG, POST_EN, r, G_EN, H_EN), r)

r = "Bra tråd. Jag tar alltid en CRP."
fixture("apple-ipad-sv-top", plain(ASA, POST_SV, f"{r}\n\nSkickat från min iPad\n\n{A_SV}\n\n{quote(N_SV)}"), r)

r = "Åtta veckor, sedan röntgen. Tidigare om hon röker."
fixture("outlook-ios-sv-top", plain(ANNA, POST_SV,
        f"{r}\n\nSkickat från Outlook för iOS<https://aka.ms/o0ukef>\n________________________________\n"
        f"Från: {KOLLEGA}\nSkickat: tisdag, november 3, 2026 21:14\nTill: Anna Berg <anna.berg@regionnorr.se>\n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "Så här gör vi:\n\n1. Spirometri\n2. Lungröntgen efter åtta veckor\n3. Remiss om något är avvikande\n\n* Fråga alltid om reflux.\n* Och om ACE-hämmare!"
fixture("gmail-sv-lists", gmail_alt(LARS, POST_SV, r, G_SV, H_SV), r)

qa = "A woman in her eighties has had four UTIs this year. Cultures grow E. coli,\nsensitive to nitrofurantoin."
qb = "Would you start prophylaxis, and for how long?"
ra, rb = "Has she had a renal ultrasound?", "Yes, six months of nitrofurantoin at night."
text = (f"{G_EN}\n\n> {TEXTS['en']['reply_above']}\n>\n> Erik Lund wrote in \"{POST_EN['title']}\" ({POST_EN['group']}), {POST_EN['when']}:\n>\n"
        f"{quote(qa)}\n{ra}\n\n{quote(qb)}\n{rb}\n\n> She is otherwise well, eGFR 52.\n>\n> --\n> {TEXTS['en']['reply_hint']}\n")
html = (f"<div dir=\"ltr\"><div class=\"gmail_quote\"><div class=\"gmail_attr\">{htmlmod.escape(G_EN)}<br></div>"
        f"<blockquote class=\"gmail_quote\">{htmlmod.escape(qa)}</blockquote><div>{htmlmod.escape(ra)}</div><br>"
        f"<blockquote class=\"gmail_quote\">{htmlmod.escape(qb)}</blockquote><div>{htmlmod.escape(rb)}</div><br>"
        "<blockquote class=\"gmail_quote\">She is otherwise well, eGFR 52.</blockquote></div></div>")
fixture("gmail-en-inline-html", message(PRIYA, subject_q(POST_EN), [part("text/plain", text), part("text/html", html)],
        kind="alternative"), f"{ra}\n\n{rb}")

r = "Three months first, then decide."
fixture("thunderbird-en-signature-below-quote", plain(MEG, POST_EN,
        flow(f"{r}\n\n{TB_EN}\n{quote(N_EN)}\n\n-- \nDr Margaret Doyle\nThe Green Practice\n"), params="; format=flowed"), r)

r = "Vi gör likadant här."
fixture("outlook-sv-region-disclaimer-top", plain(LARS, POST_SV,
        f"{r}\n\nMed vänlig hälsning\n\nLars Nilsson\nSpecialist i allmänmedicin\nVårdcentralen Norr, Region Norr\nTel: 010-123 45 67\n\n"
        "Detta e-postmeddelande kan innehålla sekretessbelagd information. Om du inte är rätt mottagare, vänligen meddela\n"
        "avsändaren och radera meddelandet.\n\n"
        f"Från: {KOLLEGA}\nSkickat: den 3 november 2026 21:14\nTill: Lars Nilsson <lars.nilsson@vcnorr.se>\n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "Methenamine is worth a try if she cannot take nitrofurantoin."
fixture("fastmail-en-html-only", message(MEG, subject_q(POST_EN), [
    part("text/html", f"<!DOCTYPE html><html><head><title></title></head><body><div>{htmlmod.escape(r)}</div><div><br></div>"
         f"<div>On Tue, 3 Nov 2026, at 21:14, kollega wrote:<br></div><blockquote type=\"cite\" id=\"qt\">{H_EN}</blockquote><div><br></div></body></html>"),
]), r)

r = "Six months, and a urine culture with every episode."
fixture("protonmail-en-html", message(SARA, subject_q(POST_EN), [
    part("text/plain", f"{r}\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\n"
         f"On Tuesday, November 3rd, 2026 at 21:14, kollega <kollega@kollega.test> wrote:\n\n\n{quote(N_EN)}"),
    part("text/html", f"<div style=\"font-family: Arial;\">{htmlmod.escape(r)}</div><div><br></div>"
         "<div class=\"protonmail_signature_block\"><div>Sent with <a href=\"https://proton.me/\">Proton Mail</a> secure email.</div></div><div><br></div>"
         "<div class=\"protonmail_quote\">------- Original Message -------<br>On Tuesday, November 3rd, 2026 at 21:14, kollega &lt;kollega@kollega.test&gt; wrote:<br><br>"
         f"<blockquote class=\"protonmail_quote\" type=\"cite\">{H_EN}</blockquote><br></div>"),
], kind="alternative"), r)

r = "Jag väntar åtta veckor."
fixture("k9-sv-top", plain(JOHAN, POST_SV, flow(
        f"{r}\n-- \nSkickat från min Android-enhet med K-9 Mail. Ursäkta min fåordighet.\n\n"
        f"Den 3 november 2026 21:14:00 CET skrev kollega <kollega@kollega.test>:\n{quote(N_SV)}"), params="; format=flowed"), r)

r = "Six months. Then stop."
fixture("gmail-ios-wrapped-attribution", plain(OLU, POST_EN,
        f"{r}\n\nOn Tue, 3 Nov 2026 at 21:14, kollega <\nkollega@kollega.test> wrote:\n\n{quote(N_EN)}"), r)

r = "Thanks, very helpful thread."
fixture("nhs-outlook-web-signature-disclaimer", plain(TOM, POST_EN,
        f"{r}\n\nTom\n\nDr Tom Baker\nGP Partner\nRiverside Surgery | 0115 496 0123\n\n"
        "********************************************************************************************************************\n\n"
        "This message may contain confidential information. If you are not the intended recipient please inform the\n"
        "sender that you have received the message in error before deleting it.\n\n"
        f"________________________________\nFrom: {KOLLEGA}\nSent: 03 November 2026 21:14\nTo: BAKER, Tom (RIVERSIDE SURGERY) <tom.baker@nhs.net>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}"), r)

r = "Try vaginal oestrogen first."
fixture("apple-en-nickname-signature", plain(MEG, POST_EN,
        f"{r}\n\nRegards,\nMeg\n\nDr Margaret Doyle\nThe Green Practice\n\n> {A_EN}\n> \n{quote(N_EN)}"), r)

d = digest("sv", "Lars")
first, second = d.split("## Sjukskrivning")
thread, rest = ("## Sjukskrivning" + second).split("Läs i kollega")
r = "Vi sjukskriver i två veckor, sedan bedömning."
fixture("apple-sv-digest-interleaved", plain(LARS, {**POST_SV, "title": "Nytt i dina grupper"},
        f"> 4 nov. 2026 kl. 07:00 skrev kollega <digest@kollega.test>:\n> \n{quote(first)}{quote(thread)}\n{r}\n\n{quote('Läs i kollega' + rest)}",
        to="reply+f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b@kollega.test"), r)

r = "Six months is fine."
fixture("samsung-en-original-message", plain(PRIYA, POST_EN,
        f"{r}\n\n\n\nSent from my Samsung Galaxy smartphone.\n\n-------- Original message --------\nFrom: kollega <kollega@kollega.test> \n"
        "Date: 03/11/2026 21:14 (GMT+00:00) \nTo: Priya Shah <priya.shah@outlook.com> \n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']} \n\n{N_EN}"), r)

r = "Vi tar röntgen efter sex veckor."
fixture("samsung-sv-originalmeddelande", plain(ANNA, POST_SV,
        f"{r}\n\n\n\nSkickat från min Galaxy\n\n\n-------- Originalmeddelande --------\nFrån: kollega <kollega@kollega.test> \n"
        "Datum: 2026-11-03 21:14 (GMT+01:00) \nTill: Anna Berg <anna.berg@regionnorr.se> \n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']} \n\n{N_SV}"), r)

r = "I'd say six months and then review with a culture."
fixture("owa-en-html-only", message(PRIYA, subject_q(POST_EN), [
    part("text/html", "<html><head><style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head><body dir=\"ltr\">"
         f"<div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;\">{htmlmod.escape(r)}</div>"
         "<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
         "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
         "<b>From:</b> kollega &lt;kollega@kollega.test&gt;<br><b>Sent:</b> Tuesday, November 3, 2026 9:14 PM<br>"
         f"<b>To:</b> Priya Shah &lt;priya.shah@outlook.com&gt;<br><b>Subject:</b> [{POST_EN['group']}] {POST_EN['title']}</font><div>&nbsp;</div></div>"
         f"<div>{H_EN}</div></body></html>"),
]), r)

r = "👍 Agreed. See https://cks.nice.org.uk/topics/urinary-tract-infection-lower-women/ for the details."
fixture("gmail-en-emoji-url", gmail_alt(OLU, POST_EN, r, G_EN, H_EN), r)

r = "Håller med - åtta veckor.\n\nMen vad gör ni med patienter som har astma sedan tidigare?"
fixture("outlook-express-sv-iso-8859-1", plain(LARS, POST_SV,
        f"{r}\n\n----- Original Message ----- \nFrom: \"kollega\" <kollega@kollega.test>\nTo: <lars.nilsson@vcnorr.se>\n"
        f"Sent: Tuesday, November 03, 2026 9:14 PM\nSubject: [{POST_SV['group'].replace('–', '-')}] {POST_SV['title']}\n\n\n{quote(N_SV.replace('–', '-'))}",
        charset="iso-8859-1"), r)


# --- Third batch, written to break things ---------------------------------------------

r = "Jag svarar här nere: åtta veckor, sedan röntgen."
fixture("apple-ios-sv-bottom-footer-on-top", plain(ANNA, POST_SV,
        f"Skickat från min iPhone\n\n> {A_SV}\n> \n{quote(N_SV)}\n{r}\n"), r)

r = "Vi tar röntgen efter åtta veckor, men spirometri direkt."
fixture("apple-mac-sv-html-only", message(ASA, subject_q(POST_SV), [
    part("text/html", "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
         f"<body style=\"overflow-wrap: break-word;\"><div>{htmlmod.escape(r)}</div><div><br></div><div>Hälsningar</div><div>Åsa</div>"
         f"<div><br><blockquote type=\"cite\"><div>{htmlmod.escape(A_SV)}</div><br class=\"Apple-interchange-newline\">{H_SV}</blockquote></div><br></body></html>"),
]), r)

r = "Six months, as the others say."
fixture("outlook-mac-en-html", message(GRAHAM, subject_q(POST_EN), [
    part("text/plain", ""),
    part("text/html", "<html><body><div class=WordSection1>"
         f"<p class=MsoNormal><span style='font-size:11.0pt'>{htmlmod.escape(r)}<o:p></o:p></span></p>"
         "<p class=MsoNormal><span style='font-size:11.0pt'><o:p>&nbsp;</o:p></span></p>"
         "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
         "<p class=MsoNormal><b><span style='font-size:12.0pt;color:black'>From: </span></b><span style='font-size:12.0pt;color:black'>kollega &lt;kollega@kollega.test&gt;<br>"
         "<b>Date: </b>Tuesday, 3 November 2026 at 21:14<br><b>To: </b>Graham Hart &lt;graham.hart@riverside.nhs.uk&gt;<br>"
         f"<b>Subject: </b>[{POST_EN['group']}] {POST_EN['title']}<o:p></o:p></span></p></div>"
         f"<div><p class=MsoNormal><o:p>&nbsp;</o:p></p></div>{H_EN}</div></body></html>"),
], kind="alternative"), r)

r = "Åtta veckor här också."
fixture("yahoo-sv-html-only", message(JOHAN, subject_q(POST_SV), [
    part("text/html", f"<html><head></head><body><div class=\"ydp1\" style=\"font-family:Helvetica Neue\"><div>{htmlmod.escape(r)}</div></div>"
         "<div id=\"yahoo_quoted_0123\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue'\"><div>"
         "Den tisdag 3 november 2026 21:14:05 CET, kollega &lt;kollega@kollega.test&gt; skrev:</div><div><br></div><div><br></div>"
         f"<div><div dir=\"ltr\">{H_SV}</div></div></div></div></body></html>"),
]), r)

r = "I’d add: check she’s not on trimethoprim already – it’s a common mix-up."
raw = plain(OLU, POST_EN, f"{r}\n\nFrom: {KOLLEGA}\nSent: 03 November 2026 21:14\nTo: Olumide Adeyemi <olu.adeyemi@nhs.net>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}", charset="windows-1252", cte="8bit")
fixture("outlook-en-cp1252-mislabelled-utf8", raw.replace(b'charset="windows-1252"', b'charset="utf-8"'), r)

r = "Jag håller med om åtta veckor.\n\nMen hur gör ni om patienten själv vill ha röntgen tidigare?"
fixture("gmail-sv-long-with-signoff-and-title", gmail_alt(LARS, POST_SV,
        f"{r}\n\nMvh\n\nLars Nilsson\nDistriktsläkare | Vårdcentral Norr\n010-765 43 21", G_SV, H_SV), r)

r = "Ja!"
fixture("apple-ios-sv-slash-initial", plain(JOHAN, POST_SV, f"{r}\n/J\n\nSkickat från min iPhone\n\n{A_SV}\n\n{quote(N_SV)}"), r)

r = "Det stämmer.\n\nDen 12 november har vi vårt nästa möte, då kan vi ta upp det här igen."
fixture("gmail-sv-den-date-in-text", gmail_alt(ANNA, POST_SV, r, G_SV, H_SV), r)

r = "+1"
fixture("gmail-en-plus-one", gmail_alt(PRIYA, POST_EN, r, G_EN, H_EN), r)

r = "Agreed – though I'd review at three months.\n\n> Would you start prophylaxis, and for how long?\n\nSix months."
fixture("thunderbird-en-quote-then-answer-top", plain(MEG, POST_EN,
        f"Agreed – though I'd review at three months.\n\n> Would you start prophylaxis, and for how long?\n\nSix months.\n\n{TB_EN}\n{quote(N_EN)}",
        params="; format=flowed"), "Agreed – though I'd review at three months.\n\nSix months.")

r = "Två veckor för kontorsarbete."
fixture("k9-sv-digest-bottom", plain(ANNA, {**POST_SV, "title": "Nytt i dina grupper"},
        flow(f"kollega <digest@kollega.test> skrev:\n{quote(digest('sv', 'Anna'))}\n{r}\n-- \nSkickat från min Android-enhet med K-9 Mail."),
        params="; format=flowed", to="reply+f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b@kollega.test"), r)

r = "We do six months.\n\nBest,\nTom"
fixture("outlook-android-en-best-tom", plain(TOM, POST_EN,
        f"{r}\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\n"
        f"From: {KOLLEGA}\nSent: Tuesday, November 3, 2026 9:14:12 PM\nTo: Tom Baker <tom.baker@nhs.net>\n"
        f"Subject: [{POST_EN['group']}] {POST_EN['title']}\n\n{N_EN}"), "We do six months.")

r = "Tack, det här var till stor hjälp."
fixture("outlook-sv-disclaimer-no-blank", plain(ASA, POST_SV,
        f"{r}\n\nÅsa Lind\nDistriktsläkare\nDetta e-postmeddelande är avsett endast för mottagaren och kan innehålla sekretessbelagd information.\n\n"
        f"Från: {KOLLEGA}\nSkickat: den 3 november 2026 21:14\nTill: Åsa Lind <asa.lind@ekbacken.se>\n"
        f"Ämne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "I agree with Erik's plan. Would anyone do a renal ultrasound first?"
fixture("fastmail-en-flowed-quoted-long-lines", plain(MEG, POST_EN,
        flow(f"{r}\n\nOn Tue, 3 Nov 2026, at 21:14, kollega wrote:\n{quote(N_EN.replace(chr(10) + 'sensitive', ' sensitive'))}", width=40),
        params="; format=flowed"), r)

r = "Six months.\n\nKind regards,\nDr Tom Baker\nGP Partner"
fixture("gmail-en-dr-name-title", gmail_alt(TOM, POST_EN, r, G_EN, H_EN), "Six months.")


# --- Older and smaller clients -------------------------------------------------------------

r = "I agree, six months."
fixture("groupwise-en-top", plain(GRAHAM, POST_EN, f"{r}\n\n>>> kollega <kollega@kollega.test> 03/11/2026 21:14 >>>\n{N_EN}"), r)

r = "Vi väntar också åtta veckor."
fixture("horde-sv-top", plain(ANNA, POST_SV, f"{r}\n\nCiterar kollega <kollega@kollega.test>:\n\n{quote(N_SV)}"), r)

r = "Nitrofurantoin for six months, reviewed at three."
fixture("lotus-notes-en-top", plain(OLU, POST_EN,
        f"{r}\n\n\n\nkollega <kollega@kollega.test> wrote on 03/11/2026 21:14:53:\n\n{quote(N_EN)}"), r)

r = "Åtta veckor, sedan röntgen."
fixture("roundcube-sv-top", plain(LARS, POST_SV, f"{r}\n\nDen 2026-11-03 21:14, skrev kollega:\n{quote(N_SV)}", params="; format=flowed"), r)

r = "Håller med, röntgen efter åtta veckor."
fixture("zimbra-sv-top", plain(ASA, POST_SV,
        f"{r}\n\n----- Ursprungligt meddelande -----\nFrån: \"kollega\" <kollega@kollega.test>\nTill: \"Åsa Lind\" <asa.lind@ekbacken.se>\n"
        f"Skickat: tisdag, 3 nov 2026 21:14:05\nÄmne: [{POST_SV['group']}] {POST_SV['title']}\n\n{N_SV}"), r)

r = "Six months. I'd also review her fluid intake."
fixture("spark-en-top", plain(PRIYA, POST_EN,
        f"{r}\n\nOn 3 Nov 2026 at 21:14 +0000, kollega <kollega@kollega.test>, wrote:\n{quote(N_EN)}"), r)

r = "Six months works for most of my patients."
fixture("airmail-en-top", plain(MEG, POST_EN,
        f"{r}\n\n-- \nMeg\n\nOn 3 November 2026 at 21:14:05, kollega (kollega@kollega.test) wrote:\n\n{quote(N_EN)}"), r)


r = "Tack, bra fråga!"
ps = "PS. Glöm inte att fråga om ACE-hämmare, det är en vanlig orsak till hosta."
fixture("gmail-sv-top-and-ps-below-quote", plain(ANNA, POST_SV, f"{r}\n\n{G_SV}\n\n{quote(N_SV)}\n{ps}\n"), f"{r}\n\n{ps}")


# --- MIME structures clients build around attachments ---------------------------------------

HDR = (f"From: {ASA}\r\nTo: reply+0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b@kollega.test\r\nSubject: {subject_q(POST_SV)}\r\n"
       "Date: Tue, 03 Nov 2026 22:41:07 +0100\r\nMessage-ID: <mime-{n}@mail.example>\r\nMIME-Version: 1.0\r\n")
q_sv = quote(N_SV).replace("\n", "\r\n")

fixture("apple-sv-text-split-by-inline-image", (HDR.format(n=1) +
    'Content-Type: multipart/mixed; boundary="Apple-Mail=_B1"\r\n\r\n--Apple-Mail=_B1\r\n'
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nSå här såg röntgenbilden ut:\r\n"
    '--Apple-Mail=_B1\r\nContent-Type: image/png; name="rtg.png"\r\nContent-Disposition: inline; filename="rtg.png"\r\n'
    "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==\r\n"
    "--Apple-Mail=_B1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    f"Inga infiltrat, så vi avvaktar.\r\n\r\n{A_SV}\r\n\r\n{q_sv}--Apple-Mail=_B1--\r\n").encode(),
    "Så här såg röntgenbilden ut:\n\nInga infiltrat, så vi avvaktar.")

fixture("outlook-sv-empty-text-with-attachment", (HDR.format(n=2) +
    'Content-Type: multipart/mixed; boundary="_004_"\r\n\r\n--_004_\r\nContent-Type: multipart/alternative; boundary="_000_"\r\n\r\n'
    "--_000_\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\r\n"
    "--_000_\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    + outlook_html("Vårdprogrammet bifogas, se avsnitt 3.", outlook_fields("sv", POST_SV, "Åsa Lind <asa.lind@ekbacken.se>", "den 3 november 2026 21:14"), H_SV)
    + "\r\n--_000_--\r\n--_004_\r\nContent-Type: application/pdf; name=\"vardprogram.pdf\"\r\nContent-Disposition: attachment; filename=\"vardprogram.pdf\"\r\n"
    "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcfsj6IK\r\n--_004_--\r\n").encode(),
    "Vårdprogrammet bifogas, se avsnitt 3.")

fixture("gateway-sv-unclosed-nested-boundaries", (HDR.format(n=3) +
    'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n--outer\r\nContent-Type: multipart/alternative; boundary="inner"\r\n\r\n'
    "--inner\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    "Vi g=C3=B6r som Karin f=C3=B6resl=C3=A5r.\r\n\r\n" + G_SV.replace("<", "<") + "\r\n\r\n" + quopri.encodestring(q_sv.encode()).decode()
    + "\r\n--inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Vi gör som Karin föreslår.</div>\r\n").encode(),
    "Vi gör som Karin föreslår.")


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".expected")):
            os.remove(os.path.join(OUT, f))
    for name, raw, expected in FIXTURES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8") as fh:
            fh.write(expected + "\n")
    print(f"{len(FIXTURES)} fixtures written to {OUT}")
