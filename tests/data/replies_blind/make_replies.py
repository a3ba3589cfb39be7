#!/usr/bin/env python3
"""Generate the blind held-out reply fixtures: NAME.eml + NAME.expected.

Written blind (see README.md). Run: python3 make_replies.py  (writes next to itself).
Only the standard library is used.
"""
import base64
import hashlib
import html
import os
import quopri
import uuid
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
KOLLEGA = "kollega <kollega@kollega.test>"
KADDR = "kollega@kollega.test"
BASE = "https://kollega.test"
CASES = []  # (name, lang, client, habit)

# ---------------------------------------------------------------- kollega side

def tok(name):
    return hashlib.sha1(("tok:" + name).encode()).hexdigest()


def reply_addr(name):
    return "reply+%s@kollega.test" % tok(name)


def post_msgid(name, n=1):
    return "<post.%s.%d@kollega.test>" % (uuid.uuid5(uuid.NAMESPACE_URL, "kollega:" + name), n)


TXT = {
    "en": dict(
        reply_above="## Reply above this line to post in the thread ##",
        wrote_in="wrote in",
        reply_hint="Reply to this email to post in the thread.",
        read_online="Read in kollega",
        settings="Email settings",
        unsubscribe="Unsubscribe",
        greeting="Hello",
        intro="Here is what is new in your groups since the last digest.",
        new_case="New case by email",
        reply_by_mail="Reply by email",
        learning="Your learning log",
        digest_subject="kollega digest",
        new_posts="new posts",
    ),
    "sv": dict(
        reply_above="## Svara ovanför denna rad för att skriva i tråden ##",
        wrote_in="skrev i",
        reply_hint="Svara på det här mejlet för att skriva i tråden.",
        read_online="Läs i kollega",
        settings="E-postinställningar",
        unsubscribe="Avsluta prenumerationen",
        greeting="Hej",
        intro="Här är det nya i dina grupper sedan förra sammanfattningen.",
        new_case="Nytt fall via e-post",
        reply_by_mail="Svara via e-post",
        learning="Din lärlogg",
        digest_subject="kollega sammanfattning",
        new_posts="nya inlägg",
    ),
}


def notification(lang, name, author, title, group, when, body):
    t = TXT[lang]
    tid = uuid.uuid5(uuid.NAMESPACE_URL, "thread:" + name)
    return "\n".join([
        t["reply_above"],
        "",
        '%s %s "%s" (%s), %s:' % (author, t["wrote_in"], title, group, when),
        "",
        body.rstrip("\n"),
        "",
        "--",
        t["reply_hint"],
        "%s: %s/t/%s#p1" % (t["read_online"], BASE, tid),
        "%s: %s/settings" % (t["settings"], BASE),
        "%s: %s/unsubscribe/%s" % (t["unsubscribe"], BASE, tok("u" + name)[:32]),
    ]) + "\n"


def digest(lang, name, member, group, threads):
    """threads: list of (title, [(author, when, body), ...])"""
    t = TXT[lang]
    out = ["%s %s," % (t["greeting"], member), "", t["intro"], "",
           "== %s ==" % group,
           "%s: group+%s@kollega.test" % (t["new_case"], tok("g" + group)[:16])]
    for i, (title, posts) in enumerate(threads):
        out += ["", "## " + title,
                "%s: reply+%s@kollega.test" % (t["reply_by_mail"], tok("%s-%d" % (name, i)))]
        for author, when, body in posts:
            out += ["", "-- %s, %s:" % (author, when), "", body.rstrip("\n")]
        out += ["", "%s: %s/t/%s" % (t["read_online"], BASE, uuid.uuid5(uuid.NAMESPACE_URL, title))]
    out += ["", "%s: %s/settings/learning" % (t["learning"], BASE), "--",
            "%s: %s/settings" % (t["settings"], BASE),
            "%s: %s/unsubscribe/%s" % (t["unsubscribe"], BASE, tok("u" + name)[:32])]
    return "\n".join(out) + "\n"


def digest_subject(lang, group, n):
    t = TXT[lang]
    return "%s: %s – %d %s" % (t["digest_subject"], group, n, t["new_posts"])


# ---------------------------------------------------------------- quoting helpers

def q(text, prefix=">"):
    lines = text.rstrip("\n").split("\n")
    return "\n".join(prefix if l == "" else prefix + " " + l for l in lines) + "\n"


def qtight(text, prefix=">"):
    """Quote the way Apple Mail / Outlook-style '>' without space on empty lines."""
    return q(text, prefix)


def to_html_paras(text):
    """Member text -> simple HTML (one <div> per line, <div><br></div> for blank)."""
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>"))
    return "\n".join(out)


def text_to_br(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- MIME building

def enc_body(text, charset, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
    # 7bit / 8bit: keep as text (8bit only for utf-8 here)
    return text


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params=""):
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, params),
           "Content-Transfer-Encoding: %s" % cte]
    return hdr, enc_body(text, charset, cte)


def multipart(subtype, parts, boundary, close=True, preamble=""):
    hdr = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)]
    body = preamble
    for h, b in parts:
        body += "--%s\n%s\n\n%s" % (boundary, "\n".join(h), b)
        if not body.endswith("\n"):
            body += "\n"
    if close:
        body += "--%s--\n" % boundary
    return hdr, body


def hdr_val(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def write(name, lang, client, habit, *, sender, sender_email, subject, date, top,
          expected, to=None, in_reply_to=None, extra_headers=(), eol="\r\n", extra_eml=""):
    headers = [
        "Return-Path: <%s>" % sender_email,
        "From: %s" % addr(sender, sender_email),
        "To: %s" % (to or reply_addr(name)),
        "Subject: %s" % hdr_val(subject),
        "Date: %s" % date,
        "Message-ID: <%s@%s>" % (tok("mid" + name)[:24], sender_email.split("@")[1]),
    ]
    irt = in_reply_to if in_reply_to is not None else post_msgid(name)
    if irt:
        headers += ["In-Reply-To: %s" % irt, "References: %s" % irt]
    headers += list(extra_headers)
    headers.append("MIME-Version: 1.0")
    h, body = top
    raw = "\n".join(headers + h) + "\n\n" + body + extra_eml
    data = raw.replace("\r\n", "\n").replace("\n", eol).encode("utf-8")
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8", newline="\n") as f:
        f.write(expected.rstrip("\n") + "\n")
    CASES.append((name, lang, client, habit))


# ---------------------------------------------------------------- shared content

EN_GROUP = "Riverside GP mentoring"
EN_GROUP2 = "North Tyne Balint group"
SV_GROUP = "FQ-gruppen Västra Götaland"
SV_GROUP2 = "Balintgruppen Skåne Nordost"

EN_POST_UTI = (
    "I saw an 84-year-old woman today with her fourth UTI in twelve months. She lives alone,\n"
    "is otherwise fairly well, and eGFR is 48. Urology were not keen on cystoscopy.\n"
    "\n"
    "Has anyone had success with methenamine hippurate instead of prophylactic antibiotics?\n"
    "And do you still offer vaginal oestrogen first in this age group?"
)
EN_POST_STATIN = (
    "Another deprescribing question. A 91-year-old man in a care home, moderately frail,\n"
    "on atorvastatin 40 mg for primary prevention for fifteen years. Family ask whether\n"
    "he still needs it.\n"
    "\n"
    "How do you frame the conversation? I worry about sounding like we are giving up."
)
EN_POST_THROAT = (
    "Quick one for the group: how do you handle patients who come in expecting antibiotics\n"
    "for a sore throat with a FeverPAIN of 1? I find the delayed prescription feels like a\n"
    "cop-out, but the conversation takes ten minutes I do not have."
)
EN_POST_FIT = (
    "I have three patients with long COVID asking for rolling fit notes. Occupational health\n"
    "is a six-month wait here. What are others doing about phased returns?"
)
EN_POST_BURNOUT = (
    "I am finding the Monday duty doctor list unmanageable at the moment: 60+ contacts before\n"
    "lunch. How do your practices cap it, if at all?"
)
SV_POST_UVI = (
    "Träffade i dag en 86-årig kvinna med sin fjärde UVI på ett år. Hon bor själv och klarar\n"
    "sig bra i övrigt, eGFR 45.\n"
    "\n"
    "Har någon av er provat metenamin (Hiprex) i stället för profylax med antibiotika?\n"
    "Och börjar ni fortfarande med lokalt östrogen?"
)
SV_POST_STATIN = (
    "En fråga om utsättning: 89-årig man på särskilt boende, skör, har tagit atorvastatin\n"
    "40 mg i primärprevention i tolv år. Dottern undrar om han verkligen behöver den.\n"
    "\n"
    "Hur lägger ni upp samtalet med anhöriga?"
)
SV_POST_SJUK = (
    "Jag har en patient med utmattningssyndrom som varit sjukskriven i 180 dagar nu.\n"
    "Försäkringskassan ifrågasätter fortsatt sjukskrivning. Hur brukar ni formulera\n"
    "aktivitetsbegränsningen i intyget?"
)
SV_POST_HALS = (
    "Hur gör ni med patienter som förväntar sig antibiotika vid halsont, Centor 1?\n"
    "Jag tycker samtalet tar för lång tid på en fullbokad mottagning."
)
SV_POST_LMG = (
    "Vi ska börja med strukturerade läkemedelsgenomgångar på två särskilda boenden.\n"
    "Hur lång tid avsätter ni per patient, och är sjuksköterskan med?"
)


# ---------------------------------------------------------------- client helpers

GQ_STYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"


def gmail_alt(name, member_full, attr, orig, plain_cte="quoted-printable"):
    plain = member_full.rstrip("\n") + "\n\n" + attr + "\n\n" + q(orig)
    h = ('<div dir="ltr">' + to_html_paras(member_full) + '</div><br>'
         '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr, quote=False)
         + '<br></div><blockquote class="gmail_quote" style="%s">' % GQ_STYLE + text_to_br(orig)
         + "</blockquote></div>\n")
    b = "000000000000%s" % tok("b" + name)[:12]
    return multipart("alternative", [leaf("text/plain", plain, "UTF-8", plain_cte),
                                     leaf("text/html", h, "UTF-8", "quoted-printable")], b)


def outlook_hdr_block(lang, to_name, to_email, subject, sent, style="desktop"):
    if lang == "en":
        lines = ["From: %s" % KOLLEGA, "Sent: %s" % sent, "To: %s <%s>" % (to_name, to_email),
                 "Subject: %s" % subject]
    else:
        lines = ["Från: %s" % KOLLEGA, "Skickat: %s" % sent, "Till: %s <%s>" % (to_name, to_email),
                 "Ämne: %s" % subject]
    if style == "mobile":
        return "________________________________\n" + "\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


def outlook_html(member_html, hdr_lines_html, orig):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt;">\n'
            + member_html + "\n</div>\n"
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + hdr_lines_html + "</font>\n<div>&nbsp;</div></div>\n<div>" + text_to_br(orig) + "</div>\n</body></html>\n")


NHS_DISCLAIMER = (
    "********************************************************************************************************************\n"
    "\n"
    "This message may contain confidential information. If you are not the intended recipient please inform the\n"
    "sender that you have received the message in error before deleting it.\n"
    "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n"
    "\n"
    "NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.\n"
    "\n"
    "For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail\n"
)

SKANE_DISCLAIMER = (
    "Region Skåne\n"
    "Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du inte är avsedd mottagare, "
    "vänligen meddela avsändaren och radera meddelandet. Region Skåne behandlar personuppgifter i enlighet med "
    "dataskyddsförordningen, läs mer på www.skane.se/personuppgifter\n"
)

VGR_DISCLAIMER = (
    "Västra Götalandsregionen\n"
    "Det här e-postmeddelandet kan innehålla uppgifter som omfattas av sekretess. Har du fått meddelandet av misstag, "
    "meddela avsändaren och radera det. Information om hur vi hanterar personuppgifter finns på www.vgregion.se/personuppgifter\n"
)


def en_cases():
    # 1 Gmail web, top-post, "Best wishes / Tom" (Thomas Reed, nickname), multipart/alternative QP
    n = "gmail-en-toppost-signoff"
    member = ("I've had reasonable results with methenamine in this group, provided the eGFR stays above 10 and you check a urine culture first. The ALTAR trial is worth a read if you haven't seen it.\n"
              "\n"
              "Vaginal oestrogen first for me, though, as long as she can manage the applicator.")
    full = member + "\n\nBest wishes\nTom"
    orig = notification("en", n, "Dr Helen Whitfield", "Recurrent UTI in an elderly woman", EN_GROUP, "2026-11-03 21:14", EN_POST_UTI)
    write(n, "en", "Gmail web", "top-post, sign-off with nickname",
          sender="Thomas Reed", sender_email="thomas.reed@gmail.com",
          subject="Re: [%s] Recurrent UTI in an elderly woman" % EN_GROUP,
          date="Wed, 4 Nov 2026 08:02:11 +0000",
          top=gmail_alt(n, full, "On Tue, 3 Nov 2026 at 21:14, kollega <%s> wrote:" % reply_addr(n), orig),
          expected=member)

    # 2 Gmail Android, list, odd attribution with comma after name
    n = "gmailandroid-en-list"
    member = ("Things that have worked for me:\n"
              "\n"
              "- Ask what they were hoping for before explaining anything\n"
              "- Safety-net in writing (we have a leaflet with the FeverPAIN score on it)\n"
              "- Offer the delayed script only if they still want one at the end")
    orig = notification("en", n, "Dr Priya Nair", "Antibiotic expectations in sore throat", EN_GROUP, "2026-11-03 21:14", EN_POST_THROAT)
    write(n, "en", "Gmail Android", "top-post, list as last thing",
          sender="Sarah Okafor", sender_email="s.okafor.gp@gmail.com",
          subject="Re: [%s] Antibiotic expectations in sore throat" % EN_GROUP,
          date="Wed, 4 Nov 2026 07:31:40 +0000",
          top=gmail_alt(n, member, "On Tue, 3 Nov 2026, 21:14 kollega, <%s> wrote:" % reply_addr(n), orig),
          expected=member)

    # 3 Gmail iOS, base64 text part, question as last line
    n = "gmailios-en-question-base64"
    member = ("We ended up stopping it in a very similar man last year. I framed it as \u201cthis tablet was to protect you twenty years from now, and the priority now is feeling well day to day\u201d. The family were relieved rather than upset.\n"
              "\n"
              "Did his care home pharmacist raise it, or the family?")
    orig = notification("en", n, "Dr James Carter", "Deprescribing statins in frailty", EN_GROUP, "2026-11-03 21:14", EN_POST_STATIN)
    write(n, "en", "Gmail iOS", "top-post, question as last line, base64",
          sender="Fiona Gallagher", sender_email="fiona.gallagher@gmail.com",
          subject="Re: [%s] Deprescribing statins in frailty" % EN_GROUP,
          date="Wed, 4 Nov 2026 12:45:03 +0000",
          top=gmail_alt(n, member, "On Tue, 3 Nov 2026 at 21:14, kollega <%s> wrote:" % reply_addr(n), orig, plain_cte="base64"),
          expected=member)

    # 4 Gmail web, forwarding a pharmacist's email into the thread
    n = "gmail-en-forward"
    member = "Sharing this from our PCN pharmacist, who has looked at exactly this question. The key bit is the last paragraph."
    fwd = ("---------- Forwarded message ---------\n"
           "From: Mark Lewis <mark.lewis@nhs.net>\n"
           "Date: Mon, 2 Nov 2026 at 16:20\n"
           "Subject: Methenamine - PCN guidance\n"
           "To: Thomas Reed <thomas.reed@gmail.com>\n"
           "\n"
           "Hi Tom,\n"
           "\n"
           "Methenamine hippurate 1 g twice daily is on our formulary for recurrent UTI prophylaxis. Please avoid if eGFR < 10 and do not co-prescribe with urinary alkalinisers.\n"
           "\n"
           "Review at six months and stop if no benefit.\n"
           "\n"
           "Mark\n")
    full = member + "\n\n" + fwd
    h = ('<div dir="ltr">' + to_html_paras(member) + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         + text_to_br(fwd.split("\n\n", 1)[0]) + "<br></div><br><br>" + text_to_br(fwd.split("\n\n", 1)[1]) + "</div></div>\n")
    write(n, "en", "Gmail web", "forwarded message inside the reply",
          sender="Thomas Reed", sender_email="thomas.reed@gmail.com",
          subject="Fwd: Methenamine - PCN guidance",
          date="Wed, 4 Nov 2026 09:12:57 +0000",
          top=multipart("alternative", [leaf("text/plain", full, "UTF-8"), leaf("text/html", h, "UTF-8")],
                        "000000000000" + tok("b" + n)[:12]),
          expected=member, in_reply_to="")

    # 5 Gmail web, reply to a digest, "Thanks!" kept (no name after it)
    n = "gmail-en-digest-thanks"
    member = ("Replying to the fit note thread: we have been using the \u201cmay be fit for work\u201d box with amended duties and a two-week phased return, and reviewing by phone. It has worked for two of ours so far.\n"
              "\n"
              "Happy to share our template if useful. Thanks!")
    dg = digest("en", n, "Rhys", EN_GROUP, [
        ("Fit notes for long COVID", [("Dr Deepa Shah", "2026-11-29 18:03", EN_POST_FIT)]),
        ("Monday duty doctor list", [("Dr Andrew McAllister", "2026-11-29 20:40", EN_POST_BURNOUT),
                                     ("Dr Sarah Okafor", "2026-11-29 21:02", "We cap at 45 and then divert to the hub. It took a partners' meeting to agree.")]),
    ])
    write(n, "en", "Gmail web", "reply to a digest, top-post, closing without a name",
          sender="Rhys Morgan", sender_email="rhys.morgan.gp@gmail.com",
          subject="Re: " + digest_subject("en", EN_GROUP, 3),
          date="Mon, 30 Nov 2026 08:15:22 +0000",
          top=gmail_alt(n, member, "On Mon, 30 Nov 2026 at 07:00, kollega <%s> wrote:" % KADDR, dg),
          expected=member, in_reply_to="<digest.2026-11-30.1@kollega.test>")

    # 6 Yahoo: text part has the quote unprefixed below the attribution; sign-off "Cheers / Andy"
    n = "yahoo-en-unprefixed-quote"
    member = ("We cap the duty list at 50 and the care navigators move anything routine to the next day. It was hard to agree but the duty doctor now actually gets a lunch break.\n"
              "\n"
              "The other thing that helped was a second clinician on duty on Mondays only.")
    full = member + "\n\nCheers\nAndy"
    orig = notification("en", n, "Dr Catriona Fraser", "Monday duty doctor list", EN_GROUP2, "2026-11-03 21:14", EN_POST_BURNOUT)
    attr = "On Tuesday, 3 November 2026 at 21:14:05 GMT, kollega <%s> wrote:" % reply_addr(n)
    plain = full + "\n\n\n\n\n" + attr + "\n\n\n\n\n" + orig
    h = ('<html><head></head><body><div class="ydp3e1f2a0cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
         + to_html_paras(full) + '</div><div id="yahoo_quoted_1234567890" class="yahoo_quoted">'
         '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
         "<div>" + html.escape(attr, quote=False) + "</div><div><br></div><div><br></div><div>" + text_to_br(orig)
         + "</div></div></div></body></html>\n")
    write(n, "en", "Yahoo Mail", "top-post, unprefixed quote, sign-off with nickname",
          sender="Andrew McAllister", sender_email="andy_mcallister@yahoo.co.uk",
          subject="Re: [%s] Monday duty doctor list" % EN_GROUP2,
          date="Wed, 4 Nov 2026 13:20:44 +0000 (UTC)",
          top=multipart("alternative", [leaf("text/plain", plain, "UTF-8"), leaf("text/html", h, "UTF-8")],
                        "----=_Part_%s" % tok("b" + n)[:10]),
          expected=member, extra_headers=["X-Mailer: WebService/1.1.24562 YMailNorrin"])

    # 7 Apple Mail Mac, "Begin forwarded message:" after the member's note
    n = "applemail-en-begin-forwarded"
    member = ("For what it's worth, this is the reply I got from urology when I asked the same thing last spring. Their view has not changed.\n"
              "\n"
              "Best,\n"
              "Helen")
    expected = "For what it's worth, this is the reply I got from urology when I asked the same thing last spring. Their view has not changed."
    fwd = ("Begin forwarded message:\n"
           "\n"
           "From: Urology Advice <urology.advice@nhs.net>\n"
           "Subject: RE: Advice and guidance - recurrent UTI\n"
           "Date: 14 April 2026 at 10:02:33 BST\n"
           "To: Helen Whitfield <h.whitfield@icloud.com>\n"
           "\n"
           "Dear Dr Whitfield,\n"
           "\n"
           "Thank you for the referral. In the absence of haematuria or obstructive symptoms we would not routinely offer cystoscopy. Please consider prophylaxis in primary care.\n"
           "\n"
           "Kind regards\n"
           "Urology Advice and Guidance\n")
    plain = member + "\n\n" + fwd
    write(n, "en", "Apple Mail macOS", "forwarded message (Begin forwarded message:) below note, sign-off",
          sender="Helen Whitfield", sender_email="h.whitfield@icloud.com",
          subject="Fwd: Advice and guidance - recurrent UTI",
          date="Wed, 4 Nov 2026 19:05:12 +0000",
          top=leaf("text/plain", plain, "utf-8"),
          expected=expected, in_reply_to="",
          extra_headers=["X-Mailer: Apple Mail (2.3826.500.181)"])

    # 8 Outlook desktop, windows-1252 QP, signature block, From/Sent/To/Subject, NHSmail disclaimer at bottom
    n = "outlook-en-cp1252-nhsmail"
    member = ("I\u2019d echo what others have said \u2013 vaginal oestrogen first, then methenamine if she\u2019s still getting infections after three months. We audited ours last year and prophylactic nitrofurantoin was being continued for years without review.\n"
              "\n"
              "Cost-wise methenamine is about \u00a315 a month, so not a barrier.")
    sig = ("\n\nKind regards\n\n"
           "Dr Sarah Okafor\n"
           "GP Partner | Riverside Medical Practice\n"
           "Tel: 0191 496 0123 | Bypass: 0191 496 0999\n")
    orig = notification("en", n, "Dr Helen Whitfield", "Recurrent UTI in an elderly woman", EN_GROUP, "2026-11-03 21:14", EN_POST_UTI)
    subj = "[%s] Recurrent UTI in an elderly woman" % EN_GROUP
    plain = (member + sig + "\n" + outlook_hdr_block("en", "OKAFOR, Sarah (RIVERSIDE MEDICAL PRACTICE)", "sarah.okafor@nhs.net", subj,
                                                     "03 November 2026 21:14") + "\n" + orig + "\n" + NHS_DISCLAIMER)
    write(n, "en", "Outlook desktop (NHSmail)", "top-post, signature block, NHSmail disclaimer, windows-1252",
          sender="OKAFOR, Sarah (RIVERSIDE MEDICAL PRACTICE)", sender_email="sarah.okafor@nhs.net",
          subject="RE: " + subj, date="Wed, 4 Nov 2026 10:41:09 +0000",
          top=leaf("text/plain", plain, "Windows-1252"), expected=member,
          extra_headers=["Thread-Topic: " + hdr_val(subj), "X-Mailer: Microsoft Outlook 16.0"])

    # 9 Outlook web (OWA), HTML only, divRplyFwdMsg, bare first name at the end, NHSmail disclaimer
    n = "outlookweb-en-htmlonly"
    member = ("We run a fortnightly huddle with the care home nurse and pharmacist and go through everyone over 85. Statins come up at almost every one.\n"
              "\n"
              "I tend to say we are swapping a long-term tablet for short-term comfort, and ask what matters most to him now.")
    full = member + "\n\nDeepa"
    orig = notification("en", n, "Dr James Carter", "Deprescribing statins in frailty", EN_GROUP, "2026-11-03 21:14", EN_POST_STATIN)
    subj = "[%s] Deprescribing statins in frailty" % EN_GROUP
    hh = ("<b>From:</b> %s<br><b>Sent:</b> 03 November 2026 21:14<br><b>To:</b> SHAH, Deepa (THE SURGERY) &lt;deepa.shah@nhs.net&gt;<br><b>Subject:</b> %s"
          % (html.escape(KOLLEGA), html.escape(subj)))
    h = outlook_html(to_html_paras(full), hh, orig).replace(
        "</body></html>", "<div><br>" + text_to_br(NHS_DISCLAIMER) + "</div></body></html>")
    write(n, "en", "Outlook web (NHSmail OWA)", "HTML only, top-post, bare first name, disclaimer",
          sender="SHAH, Deepa (THE SURGERY)", sender_email="deepa.shah@nhs.net",
          subject="RE: " + subj, date="Wed, 4 Nov 2026 14:02:51 +0000",
          top=leaf("text/html", h, "utf-8"), expected=member)

    # 10 Outlook iOS, "+1"
    n = "outlookios-en-plusone"
    orig = notification("en", n, "Dr Sarah Okafor", "Monday duty doctor list", EN_GROUP2, "2026-11-03 21:14", EN_POST_BURNOUT)
    subj = "[%s] Monday duty doctor list" % EN_GROUP2
    plain = ("+1\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"
             + outlook_hdr_block("en", "James Carter", "jcarter@outlook.com", subj, "Tuesday, November 3, 2026 9:14:05 PM", "mobile")
             + "\n" + orig)
    hh = ("<b>From:</b> %s<br><b>Sent:</b> Tuesday, November 3, 2026 9:14:05 PM<br><b>To:</b> James Carter &lt;jcarter@outlook.com&gt;<br><b>Subject:</b> %s"
          % (html.escape(KOLLEGA), html.escape(subj)))
    h = outlook_html('<div dir="ltr">+1</div><div><br></div><div id="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>', hh, orig)
    write(n, "en", "Outlook iOS", "one-word reply",
          sender="James Carter", sender_email="jcarter@outlook.com",
          subject="Re: " + subj, date="Wed, 4 Nov 2026 06:58:00 +0000",
          top=multipart("alternative", [leaf("text/plain", plain, "us-ascii", "7bit"), leaf("text/html", h, "utf-8")],
                        "_000_" + tok("b" + n)[:20] + "_"),
          expected="+1")

    # 11 Outlook Android, date line inside the text and a question last
    n = "outlookandroid-en-dateline"
    member = ("Good topic for our next session. Proposed:\n"
              "\n"
              "Thu, 19 Nov 2026 at 19:30, upstairs at the Tynemouth surgery\n"
              "\n"
              "Could everyone bring one case where a fit note felt wrong?")
    orig = notification("en", n, "Dr Deepa Shah", "Fit notes for long COVID", EN_GROUP2, "2026-11-03 21:14", EN_POST_FIT)
    subj = "[%s] Fit notes for long COVID" % EN_GROUP2
    plain = (member + "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n"
             + outlook_hdr_block("en", "Catriona Fraser", "catriona.fraser@outlook.com", subj, "Tuesday, November 3, 2026 9:14:05 PM", "mobile")
             + "\n" + orig)
    write(n, "en", "Outlook Android", "top-post, date line and question in text",
          sender="Catriona Fraser", sender_email="catriona.fraser@outlook.com",
          subject="Re: " + subj, date="Wed, 4 Nov 2026 07:12:19 +0000",
          top=leaf("text/plain", plain, "utf-8"), expected=member)

    # 12 Outlook Mac, sign-off + signature block, Date: header style
    n = "outlookmac-en-sigblock"
    member = ("I think the delayed script is fine if you explain why. What I've stopped doing is arguing about it: I give the FeverPAIN score, say what I'd expect to happen, and let them decide.\n"
              "\n"
              "It takes me three or four minutes once you've done it a few times.")
    sig = ("\n\nBest wishes,\nJames\n\n"
           "Dr James Carter MRCGP\n"
           "Salaried GP | Tynemouth Surgery\n"
           "07700 900123\n")
    orig = notification("en", n, "Dr Priya Nair", "Antibiotic expectations in sore throat", EN_GROUP, "2026-11-03 21:14", EN_POST_THROAT)
    subj = "[%s] Antibiotic expectations in sore throat" % EN_GROUP
    blk = ("From: kollega <%s>\nDate: Tuesday, 3 November 2026 at 21:14\nTo: James Carter <james.carter@nhs.net>\nSubject: %s\n"
           % (KADDR, subj))
    plain = member + sig + "\n" + blk + "\n" + orig
    hh = ("<b>From: </b>kollega &lt;%s&gt;<br><b>Date: </b>Tuesday, 3 November 2026 at 21:14<br><b>To: </b>James Carter &lt;james.carter@nhs.net&gt;<br><b>Subject: </b>%s"
          % (KADDR, html.escape(subj)))
    h = outlook_html(to_html_paras(member + sig), hh, orig).replace('id="divRplyFwdMsg"', 'id="mail-editor-reference-message-container"')
    write(n, "en", "Outlook for Mac", "top-post, sign-off and signature block",
          sender="James Carter", sender_email="james.carter@nhs.net",
          subject="Re: " + subj, date="Wed, 4 Nov 2026 17:44:36 +0000",
          top=multipart("alternative", [leaf("text/plain", plain, "utf-8"), leaf("text/html", h, "utf-8")],
                        "_000_" + tok("b" + n)[:20] + "_"),
          expected=member, extra_headers=["User-Agent: Microsoft-MacOutlook/16.91.24111020"])

    # 13 Outlook desktop, quote deleted, NHSmail disclaimer glued on without a blank line
    n = "outlook-en-tight-disclaimer"
    member = "Agree with Sarah. We moved to a hub model in September and the duty list has been under 40 since. Happy to share the protocol."
    plain = member + "\n" + NHS_DISCLAIMER
    write(n, "en", "Outlook desktop (NHSmail)", "quote removed, disclaimer directly after text",
          sender="LEWIS, Mark (NORTH TYNE PCN)", sender_email="mark.lewis@nhs.net",
          subject="RE: [%s] Monday duty doctor list" % EN_GROUP2, date="Wed, 4 Nov 2026 11:05:40 +0000",
          top=leaf("text/plain", plain, "us-ascii", "7bit"), expected=member)



def flow(text, width=72, delsp=False):
    """Encode as RFC 3676 format=flowed (soft breaks end in a space)."""
    out = []
    for line in text.split("\n"):
        if line == "-- " or len(line) <= width:
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1] + (" " if delsp else ""))
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def en_cases_2():
    # 14 Roundcube, format=flowed (no DelSp), top-post, "-- " signature
    n = "roundcube-en-flowed-sig"
    member = ("We stopped issuing rolling fit notes longer than four weeks for long COVID after a case review last year. The shorter interval gives a natural point to talk about graded return, and most employers have been more flexible than we expected.\n"
              "\n"
              "The Society of Occupational Medicine toolkit is useful for the conversation with the employer.")
    sig = "\n\n-- \nDr Rhys Morgan\nGP, Ystrad Surgery\n029 2000 0000\n"
    orig = notification("en", n, "Dr Deepa Shah", "Fit notes for long COVID", EN_GROUP2, "2026-11-03 21:14", EN_POST_FIT)
    plain = flow(member) + sig + "\n" + "On 2026-11-03 21:14, kollega wrote:\n" + q(orig)
    write(n, "en", "Roundcube", "top-post, format=flowed, signature after '-- '",
          sender="Rhys Morgan", sender_email="rhys@ystrad-surgery.example",
          subject="Re: [%s] Fit notes for long COVID" % EN_GROUP2, date="Wed, 04 Nov 2026 09:33:02 +0000",
          top=leaf("text/plain", plain, "US-ASCII", "7bit", "; format=flowed"), expected=member,
          extra_headers=["User-Agent: Roundcube Webmail/1.6.9"])

    # 15 ProtonMail, numbered list, "Sent with Proton Mail secure email."
    n = "protonmail-en-numbered-list"
    member = ("Our approach, agreed at a practice meeting:\n"
              "\n"
              "1. Ask about ideas, concerns and expectations first\n"
              "2. Examine and give the FeverPAIN score out loud\n"
              "3. Explain the natural history (about a week)\n"
              "4. Offer a back-up prescription only if FeverPAIN is 2-3")
    orig = notification("en", n, "Dr Priya Nair", "Antibiotic expectations in sore throat", EN_GROUP, "2026-11-03 21:14", EN_POST_THROAT)
    attr = "On Tuesday, November 3rd, 2026 at 21:14, kollega <%s> wrote:" % reply_addr(n)
    plain = (member + "\n\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\n" + attr + "\n\n\n" + q(orig))
    h = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + to_html_paras(member).replace("<div>", "<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">")
         + '</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
         '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
         '<div class="protonmail_quote">\n------- Original Message -------<br>\n' + html.escape(attr, quote=False)
         + '<br><br><blockquote class="protonmail_quote" type="cite">' + text_to_br(orig) + "</blockquote><br></div>\n")
    write(n, "en", "Proton Mail", "top-post, numbered list as last thing",
          sender="Helen Whitfield", sender_email="helen.whitfield@proton.me",
          subject="Re: [%s] Antibiotic expectations in sore throat" % EN_GROUP, date="Wed, 04 Nov 2026 20:11:45 +0000",
          top=multipart("alternative", [leaf("text/plain", plain, "utf-8", "quoted-printable"), leaf("text/html", h, "utf-8", "base64")],
                        "b1_" + tok("b" + n)[:30]),
          expected=member)

    # 16 Fastmail (plain text mode), interleaved answers
    n = "fastmail-en-interleaved"
    a1 = "Yes, in three patients over the last year. Two had clearly fewer infections; one stopped it because of nausea."
    a2 = "Yes, unless she really cannot manage the applicator. The pessaries are easier for some."
    orig = notification("en", n, "Dr Helen Whitfield", "Recurrent UTI in an elderly woman", EN_GROUP, "2026-11-03 21:14", EN_POST_UTI)
    head, rest = orig.split("Has anyone had success", 1)
    q2, footer = rest.split("And do you still offer", 1)
    plain = ("On Tue, 3 Nov 2026, at 21:14, kollega wrote:\n" + q(head.rstrip("\n")) + ">\n"
             + q("Has anyone had success" + q2.rstrip("\n")) + "\n" + a1 + "\n\n"
             + q("And do you still offer" + footer.split("\n\n--")[0]) + "\n" + a2 + "\n")
    write(n, "en", "Fastmail", "interleaved answers between quoted lines",
          sender="Mark Lewis", sender_email="marklewis@fastmail.com",
          subject="Re: [%s] Recurrent UTI in an elderly woman" % EN_GROUP, date="Wed, 04 Nov 2026 12:00:31 +0000",
          top=leaf("text/plain", plain, "utf-8", "7bit"), expected=a1 + "\n\n" + a2,
          extra_headers=["User-Agent: Cyrus-JMAP/3.11.0-alpha0-1160-g8e0a6f5e2-fm-20261102.001"])

    # 17 K-9 Mail, member text itself contains a line ending in "wrote:"
    n = "k9-en-wrote-in-text"
    member = ("Our microbiology consultant wrote:\n"
              "\"Please do not send post-treatment cultures in asymptomatic patients.\"\n"
              "That changed our practice more than any guideline did.")
    orig = notification("en", n, "Dr Helen Whitfield", "Recurrent UTI in an elderly woman", EN_GROUP, "2026-11-03 21:14", EN_POST_UTI)
    plain = (member + "\n-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n\n"
             "On 3 November 2026 21:14:05 GMT, kollega <%s> wrote:\n" % reply_addr(n) + q(orig))
    write(n, "en", "K-9 Mail (Android)", "top-post, 'wrote:' inside member text, client signature",
          sender="Catriona Fraser", sender_email="catriona@fraser.example",
          subject="Re: [%s] Recurrent UTI in an elderly woman" % EN_GROUP, date="Wed, 04 Nov 2026 08:47:12 +0000",
          top=leaf("text/plain", plain, "utf-8", "8bit"), expected=member,
          extra_headers=["User-Agent: K-9 Mail for Android"])

    # 18 Thunderbird desktop, bottom-post after a trimmed quote, format=flowed, bare name
    n = "thunderbird-en-bottompost"
    member = ("I have the same problem with families who feel that stopping a statin means stopping care. What helped me was to put it alongside the other things we are doing for him, rather than on its own.\n"
              "\n"
              "A structured medication review template made it feel like a routine review, not a decision about him.")
    orig = notification("en", n, "Dr James Carter", "Deprescribing statins in frailty", EN_GROUP, "2026-11-03 21:14", EN_POST_STATIN)
    trimmed = orig.split("\n--\n")[0]
    plain = "On 03/11/2026 21:14, kollega wrote:\n" + q(trimmed) + "\n" + flow(member) + "\n\nPriya\n"
    write(n, "en", "Thunderbird desktop", "bottom-post below trimmed quote, format=flowed, bare first name",
          sender="Priya Nair", sender_email="priya.nair@doctors.org.uk",
          subject="Re: [%s] Deprescribing statins in frailty" % EN_GROUP, date="Wed, 4 Nov 2026 21:30:00 +0000",
          top=leaf("text/plain", plain, "UTF-8", "7bit", "; format=flowed"), expected=member,
          extra_headers=["User-Agent: Mozilla Thunderbird"])

    # 19 mutt, interleaved, "-- " signature
    n = "mutt-en-interleaved"
    a1 = "Same here. We had it written into the care home's admission review so it comes up automatically."
    a2 = ("I say that the statin was about preventing a heart attack in ten years'\n"
          "time, and ask him and the family what they want the next year or two to\n"
          "look like. Put that way nobody has heard it as giving up.")
    orig = notification("en", n, "Dr James Carter", "Deprescribing statins in frailty", EN_GROUP, "2026-11-03 21:14", EN_POST_STATIN)
    p1 = "he still needs it."
    first, second = orig.split(p1, 1)
    plain = ("On Tue, Nov 03, 2026 at 09:14:05PM +0000, kollega wrote:\n" + q(first + p1) + "\n" + a1 + "\n\n"
             + q("How do you frame the conversation? I worry about sounding like we are giving up.") + "\n" + a2
             + "\n\n-- \nAndrew McAllister\nGP, Leith Links Practice\n")
    write(n, "en", "mutt", "interleaved answers, '-- ' signature",
          sender="Andrew McAllister", sender_email="andrew@mcallister.example",
          subject="Re: [%s] Deprescribing statins in frailty" % EN_GROUP, date="Wed, 4 Nov 2026 22:14:09 +0000",
          top=leaf("text/plain", plain, "us-ascii", "7bit"), expected=a1 + "\n\n" + a2,
          extra_headers=["User-Agent: Mutt/2.2.13 (2024-03-09)"])

    # 20 s-nail, bottom-post, "Thanks,\nMark" sign-off
    n = "snail-en-bottompost-signoff"
    member = ("We cap at 48 contacts. After that the care navigator books into the\n"
              "next day or the hub, and anything urgent still comes to the duty\n"
              "doctor. Took six months to settle.")
    orig = notification("en", n, "Dr Andrew McAllister", "Monday duty doctor list", EN_GROUP2, "2026-11-03 21:14", EN_POST_BURNOUT)
    plain = "kollega <%s> wrote:\n" % KADDR + q(orig) + "\n" + member + "\n\nThanks,\nMark\n"
    write(n, "en", "s-nail", "bottom-post under full quote, closing + own name",
          sender="Mark Lewis", sender_email="mark@lewis.example",
          subject="Re: [%s] Monday duty doctor list" % EN_GROUP2, date="Wed, 04 Nov 2026 18:02:55 +0000",
          top=leaf("text/plain", plain, "us-ascii", "7bit"), expected=member,
          extra_headers=["User-Agent: s-nail v14.9.24"])

    # 21 Samsung Email, HTML only, "-------- Original message --------"
    n = "samsung-en-htmlonly"
    member = ("Our PCN has a long COVID clinic now, referral via the usual form. Wait is about eight weeks.\n"
              "\n"
              "Until then I do monthly fit notes with amended duties.")
    orig = notification("en", n, "Dr Deepa Shah", "Fit notes for long COVID", EN_GROUP2, "2026-11-03 21:14", EN_POST_FIT)
    subj = "[%s] Fit notes for long COVID" % EN_GROUP2
    divs = "".join('<div dir="auto">%s</div>' % (html.escape(l, quote=False) if l else "<br>") for l in member.split("\n"))
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + divs
         + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
         '<div style="font-size:85%%;color:#575757" dir="auto">Sent from my Galaxy</div></div><div dir="auto"><br></div><div><br></div>'
         '<div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>-------- Original message --------</div>'
         "<div>From: kollega &lt;%s&gt; </div><div>Date: 03/11/2026  21:14  (GMT+00:00) </div>"
         "<div>To: Sarah Okafor &lt;s.okafor.gp@gmail.com&gt; </div><div>Subject: %s </div><div><br></div></div>"
         % (KADDR, html.escape(subj)) + text_to_br(orig) + "</body></html>\n")
    write(n, "en", "Samsung Email", "HTML only, Original message block",
          sender="Sarah Okafor", sender_email="s.okafor.gp@gmail.com",
          subject="RE: " + subj, date="Wed, 04 Nov 2026 07:55:18 +0000",
          top=leaf("text/html", h, "UTF-8", "base64"), expected=member)

    # 22 Spark: multipart/alternative with an EMPTY text/plain part; text only in HTML
    n = "spark-en-emptyplain"
    member = ("Really useful thread. I have started giving the patient the FeverPAIN score on a sticky note, which seems to land better than the explanation.\n"
              "\n"
              "Kind regards, Fiona")
    expected = "Really useful thread. I have started giving the patient the FeverPAIN score on a sticky note, which seems to land better than the explanation."
    orig = notification("en", n, "Dr Priya Nair", "Antibiotic expectations in sore throat", EN_GROUP, "2026-11-03 21:14", EN_POST_THROAT)
    attr = "On 3 Nov 2026 at 21:14 +0000, kollega <%s>, wrote:" % reply_addr(n)
    h = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>'
         '<div name="messageBodySection">' + to_html_paras(member).replace("<div>", '<div dir="auto">') + "</div>"
         '<div name="messageSignatureSection"><br></div>'
         '<div name="messageReplySection">' + html.escape(attr, quote=False)
         + '<br><blockquote type="cite" style="border-left-color: grey; border-left-width: thin; border-left-style: solid; margin: 5px 5px;padding-left: 10px;">'
         + text_to_br(orig) + "</blockquote></div></body></html>\n")
    write(n, "en", "Spark", "empty text/plain + HTML, one-line sign-off with own name",
          sender="Fiona Gallagher", sender_email="fiona.gallagher@icloud.com",
          subject="Re: [%s] Antibiotic expectations in sore throat" % EN_GROUP, date="Wed, 4 Nov 2026 19:40:02 +0000",
          top=multipart("alternative", [(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"], ""),
                                        leaf("text/html", h, "utf-8")], tok("b" + n)[:8] + "_" + tok("c" + n)[:8]),
          expected=expected)

    # 23 CR-only line endings (classic Mac client), dash line inside the member's text
    n = "eudora-en-cr-dashline"
    member = ("Two separate points.\n"
              "\n"
              "Fit notes: we do four weeks at a time and review by phone.\n"
              "\n"
              "----------\n"
              "\n"
              "Occupational health: our ICB funds a physio-led fast-track service for long COVID. Worth asking yours.")
    orig = notification("en", n, "Dr Deepa Shah", "Fit notes for long COVID", EN_GROUP2, "2026-11-03 21:14", EN_POST_FIT)
    plain = member + "\n\nAt 21:14 03/11/2026, kollega wrote:\n" + q(orig)
    write(n, "en", "Eudora (classic, CR line ends)", "CR-only line ends, dash line in text",
          sender="Helen Whitfield", sender_email="h.whitfield@icloud.com",
          subject="Re: [%s] Fit notes for long COVID" % EN_GROUP2, date="Wed, 4 Nov 2026 16:16:16 +0000",
          top=leaf("text/plain", plain, "us-ascii", "7bit"), expected=member, eol="\r",
          extra_headers=["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"])

    # 24 Gmail web, final MIME boundary missing (truncated by a relay)
    n = "gmail-en-unclosed-boundary"
    member = "Agree with everything above. One addition: check she is not on an SGLT2 inhibitor, which we keep forgetting in this age group."
    orig = notification("en", n, "Dr Helen Whitfield", "Recurrent UTI in an elderly woman", EN_GROUP, "2026-11-03 21:14", EN_POST_UTI)
    hh, body = gmail_alt(n, member, "On Tue, 3 Nov 2026 at 21:14, kollega <%s> wrote:" % reply_addr(n), orig)
    body = body[: body.rindex("--000000000000")]
    write(n, "en", "Gmail web", "multipart with unclosed final boundary",
          sender="Deepa Shah", sender_email="deepa.shah.gp@gmail.com",
          subject="Re: [%s] Recurrent UTI in an elderly woman" % EN_GROUP, date="Wed, 4 Nov 2026 15:05:05 +0000",
          top=(hh, body), expected=member)



def sv_cases():
    # S1 Gmail web, Swedish, base64 text part, one-line "Mvh Lars"
    n = "gmail-sv-toppost-mvh"
    member = ("Vi har provat metenamin hos ett tiotal äldre kvinnor de senaste två åren och de flesta har fått färre infektioner. Jag tar alltid en urinodling innan och följer upp efter tre månader.\n"
              "\n"
              "Lokalt östrogen först, absolut, om hon klarar att använda det.")
    full = member + "\n\nMvh Lars"
    orig = notification("sv", n, "Karin Lindqvist", "Återkommande UVI hos äldre kvinna", SV_GROUP, "2026-11-03 21:14", SV_POST_UVI)
    write(n, "sv", "Gmail web", "top-post, one-line 'Mvh Name', base64",
          sender="Lars Nilsson", sender_email="lars.nilsson.lakare@gmail.com",
          subject="Re: [%s] Återkommande UVI hos äldre kvinna" % SV_GROUP, date="Wed, 4 Nov 2026 07:41:12 +0100",
          top=gmail_alt(n, full, "Den tis 3 nov. 2026 kl. 21:14 skrev kollega <%s>:" % reply_addr(n), orig, plain_cte="base64"),
          expected=member)

    # S2 Gmail Android, reply to a Swedish digest, "/Johan"
    n = "gmailandroid-sv-digest-slash"
    member = ("Angående sjukskrivningen: beskriv konkret vad patienten inte klarar, t.ex. att hon inte orkar delta i möten längre än 20 minuter eller hålla fokus på skärmarbete. Försäkringskassan vill se kopplingen mellan funktionsnedsättning och arbetsuppgifterna.\n"
              "\n"
              "/Johan")
    expected = member.rsplit("\n\n", 1)[0]
    dg = digest("sv", n, "Johan", SV_GROUP, [
        ("Långvarig sjukskrivning vid utmattningssyndrom", [("Maria Åkesson", "2026-11-29 19:12", SV_POST_SJUK)]),
        ("Utsättning av statiner hos sköra äldre", [("Erik Holm", "2026-11-29 20:03", SV_POST_STATIN),
                                                    ("Anna Sjöberg", "2026-11-29 21:30", "Jag brukar fråga vad som är viktigast för honom det närmaste året.")]),
    ])
    write(n, "sv", "Gmail Android", "reply to a digest, '/Name' sign-off",
          sender="Johan Berg", sender_email="johan.berg.vc@gmail.com",
          subject="Re: " + digest_subject("sv", SV_GROUP, 3), date="Mon, 30 Nov 2026 12:02:47 +0100",
          top=gmail_alt(n, member, "Den mån 30 nov. 2026 07:00kollega <%s> skrev:" % KADDR, dg),
          expected=expected, in_reply_to="<digest.2026-11-30.2@kollega.test>")

    # S3 iPhone Mail, Swedish, one-word reply, "Skickat från min iPhone"
    n = "iphone-sv-hallermed"
    orig = notification("sv", n, "Anna Sjöberg", "Antibiotika vid halsont – patientens förväntningar", SV_GROUP2, "2026-11-03 21:14", SV_POST_HALS)
    plain = "Håller med!\n\nSkickat från min iPhone\n\n3 nov. 2026 kl. 21:14 skrev kollega <%s>:\n\n" % reply_addr(n) + q(orig)
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
         '<div dir="ltr">Håller med!<br><br><div dir="ltr">Skickat från min iPhone</div><div dir="ltr"><br>'
         '<blockquote type="cite">3 nov. 2026 kl. 21:14 skrev kollega &lt;%s&gt;:<br><br></blockquote></div>'
         '<blockquote type="cite"><div dir="ltr">%s</div></blockquote></div></body></html>\n' % (reply_addr(n), text_to_br(orig)))
    write(n, "sv", "Apple Mail iPhone", "one-word reply, 'Skickat från min iPhone'",
          sender="Ingrid Ström", sender_email="ingrid.strom@icloud.com",
          subject="Re: [%s] Antibiotika vid halsont – patientens förväntningar" % SV_GROUP2, date="Wed, 4 Nov 2026 06:30:41 +0100",
          top=multipart("alternative", [leaf("text/plain", plain, "utf-8"), leaf("text/html", h, "utf-8")],
                        "Apple-Mail-" + str(uuid.uuid5(uuid.NAMESPACE_URL, n)).upper()),
          expected="Håller med!", extra_headers=["X-Mailer: iPhone Mail (22B91)"])

    # S4 Apple Mail Mac, Swedish, format=flowed; DelSp=yes, including a soft break inside a word
    n = "applemail-sv-flowed-delsp"
    p1 = ("Vi gör läkemedelsgenomgångar på två boenden och räknar med ungefär 30 minuter per patient, inklusive förberedelse. Sjuksköterskan är alltid med och har ofta gjort en symtomskattning i förväg.")
    p2 = "Det viktigaste för oss var att få in genomgången i ordinarie schema, inte som extratid."
    member = p1 + "\n\n" + p2
    # hand-made flowed lines (DelSp=yes: the final space of a flowed line is deleted when unflowing)
    p1_flowed = ("Vi gör läkemedels \n"
                 "genomgångar på två boenden och räknar med ungefär 30 minuter per  \n"
                 "patient, inklusive förberedelse. Sjuksköterskan är alltid med och  \n"
                 "har ofta gjort en symtomskattning i förväg.")
    orig = notification("sv", n, "Sofia Ek", "Läkemedelsgenomgång på särskilt boende", SV_GROUP, "2026-11-03 21:14", SV_POST_LMG)
    plain = (p1_flowed + "\n\n" + flow(p2, 66, delsp=True) + "\n\nHälsningar\nKarin\n\n"
             "> 3 nov. 2026 kl. 21:14 skrev kollega <%s>:\n>\n" % reply_addr(n) + q(orig))
    write(n, "sv", "Apple Mail macOS", "format=flowed DelSp=yes (soft break inside a word), sign-off",
          sender="Karin Lindqvist", sender_email="karin.lindqvist@me.com",
          subject="Re: [%s] Läkemedelsgenomgång på särskilt boende" % SV_GROUP, date="Wed, 4 Nov 2026 20:12:09 +0100",
          top=leaf("text/plain", plain, "utf-8", "quoted-printable", "; format=flowed; delsp=yes"),
          expected=member,
          extra_headers=["X-Mailer: Apple Mail (2.3826.500.181)"])

    # S5 Samsung Email, Swedish, Originalmeddelande block, question last
    n = "samsung-sv-question"
    member = ("Vi har ingen bra rutin för det här. Någon som har en patientinformation om halsont som fungerar?")
    orig = notification("sv", n, "Anna Sjöberg", "Antibiotika vid halsont – patientens förväntningar", SV_GROUP2, "2026-11-03 21:14", SV_POST_HALS)
    subj = "[%s] Antibiotika vid halsont – patientens förväntningar" % SV_GROUP2
    blk = ("-------- Originalmeddelande --------\nFrån: kollega <%s> \nDatum: 2026-11-03 21:14 (GMT+01:00) \n"
           "Till: Erik Holm <erik.holm@telia.com> \nÄmne: %s \n\n" % (KADDR, subj))
    plain = member + "\n\n\n\nSkickat från min Galaxy\n\n\n" + blk + orig
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
         + html.escape(member) + '</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
         '<div style="font-size:85%;color:#575757" dir="auto">Skickat från min Galaxy</div></div><div dir="auto"><br></div><div><br></div>'
         '<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>' + text_to_br(blk).replace("<br>\n", "</div><div>")
         + "</div></div>" + text_to_br(orig) + "</body></html>\n")
    write(n, "sv", "Samsung Email", "top-post, Originalmeddelande block, question last",
          sender="Erik Holm", sender_email="erik.holm@telia.com",
          subject="SV: " + subj, date="Wed, 04 Nov 2026 08:15:33 +0100",
          top=multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", h, "utf-8", "base64")],
                        "--_com.samsung.android.email_" + tok("b" + n)[:15]),
          expected=member)

    # S6 Outlook desktop, Swedish, windows-1252 QP, signature block, Region Skåne disclaimer
    n = "outlook-sv-cp1252-skane"
    member = ("Jag brukar dela upp intyget i två delar: vad patienten klarar i dag och vad som krävs i arbetet. Ju mer konkret desto färre kompletteringar – “orkar inte” räcker inte.\n"
              "\n"
              "Ett avstämningsmöte med arbetsgivaren har ofta hjälpt mer än själva intyget.")
    sig = "\n\nMed vänliga hälsningar\n\nAnna Sjöberg\nSpecialist i allmänmedicin\nVårdcentralen Linero, Lund\nTel 046-00 00 00\n"
    orig = notification("sv", n, "Maria Åkesson", "Långvarig sjukskrivning vid utmattningssyndrom", SV_GROUP2, "2026-11-03 21:14", SV_POST_SJUK)
    subj = "[%s] Långvarig sjukskrivning vid utmattningssyndrom" % SV_GROUP2
    plain = (member + sig + "\n" + outlook_hdr_block("sv", "Sjöberg Anna", "anna.sjoberg@skane.se", subj, "den 3 november 2026 21:14")
             + "\n" + orig + "\n" + SKANE_DISCLAIMER)
    write(n, "sv", "Outlook desktop (Region Skåne)", "top-post, signature block, regional disclaimer, windows-1252",
          sender="Sjöberg Anna", sender_email="anna.sjoberg@skane.se",
          subject="SV: " + subj, date="Wed, 4 Nov 2026 10:02:44 +0100",
          top=leaf("text/plain", plain, "Windows-1252"), expected=member,
          extra_headers=["Thread-Topic: " + hdr_val(subj), "X-Mailer: Microsoft Outlook 16.0"])

    # S7 Outlook web, Swedish, HTML only, greeting kept, "Vänliga hälsningar / Maria" removed, VGR disclaimer
    n = "outlookweb-sv-htmlonly-vgr"
    member = ("Hej!\n"
              "\n"
              "Vi har haft samma diskussion. Vi satte ut statinen hos en liknande patient i våras efter ett samtal med dottern, och hon var snarast lättad.\n"
              "\n"
              "Jag tror att det hjälper att säga att vi fortsätter med allt annat som gör nytta.")
    full = member + "\n\nVänliga hälsningar\nMaria"
    orig = notification("sv", n, "Erik Holm", "Utsättning av statiner hos sköra äldre", SV_GROUP, "2026-11-03 21:14", SV_POST_STATIN)
    subj = "[%s] Utsättning av statiner hos sköra äldre" % SV_GROUP
    hh = ("<b>Från:</b> %s<br><b>Skickat:</b> den 3 november 2026 21:14<br><b>Till:</b> Åkesson Maria &lt;maria.akesson@vgregion.se&gt;<br><b>Ämne:</b> %s"
          % (html.escape(KOLLEGA), html.escape(subj)))
    h = outlook_html(to_html_paras(full), hh, orig).replace(
        "</body></html>", "<div><br>" + text_to_br(VGR_DISCLAIMER) + "</div></body></html>")
    write(n, "sv", "Outlook web (Västra Götalandsregionen)", "HTML only, greeting, sign-off, regional disclaimer",
          sender="Åkesson Maria", sender_email="maria.akesson@vgregion.se",
          subject="SV: " + subj, date="Wed, 4 Nov 2026 13:48:20 +0100",
          top=leaf("text/html", h, "utf-8", "base64"), expected=member)

    # S8 Outlook iOS, Swedish, list
    n = "outlookios-sv-list"
    member = ("Så här gör vi:\n"
              "- sjuksköterskan förbereder med en symtomskattning\n"
              "- läkaren går igenom listan med apotekare på telefon\n"
              "- anhöriga får en sammanfattning skriftligt")
    orig = notification("sv", n, "Sofia Ek", "Läkemedelsgenomgång på särskilt boende", SV_GROUP, "2026-11-03 21:14", SV_POST_LMG)
    subj = "[%s] Läkemedelsgenomgång på särskilt boende" % SV_GROUP
    plain = (member + "\n\nSkaffa Outlook för iOS<https://aka.ms/o0ukef>\n"
             + outlook_hdr_block("sv", "Johan Berg", "johan.berg@outlook.com", subj, "den 3 november 2026 21:14", "mobile")
             + "\n" + orig)
    write(n, "sv", "Outlook iOS", "top-post, list as last thing",
          sender="Johan Berg", sender_email="johan.berg@outlook.com",
          subject="Sv: " + subj, date="Wed, 4 Nov 2026 07:02:58 +0100",
          top=leaf("text/plain", plain, "utf-8"), expected=member)

    # S9 Thunderbird desktop, Swedish, bottom-post below trimmed quote, format=flowed, bare name
    n = "thunderbird-sv-flowed-bottompost"
    member = ("Vi brukar börja med lokalt östrogen och utvärdera efter tre månader. Metenamin har fungerat bra för de flesta, men tänk på att det inte ska kombineras med läkemedel som gör urinen basisk.\n"
              "\n"
              "Hör gärna av dig hur det går!")
    orig = notification("sv", n, "Karin Lindqvist", "Återkommande UVI hos äldre kvinna", SV_GROUP, "2026-11-03 21:14", SV_POST_UVI)
    trimmed = orig.split("\n--\n")[0]
    plain = "Den 2026-11-03 kl. 21:14, skrev kollega:\n" + q(trimmed) + "\n" + flow(member) + "\n\nErik\n"
    write(n, "sv", "Thunderbird desktop", "bottom-post, format=flowed, bare first name",
          sender="Erik Holm", sender_email="erik.holm@telia.com",
          subject="Re: [%s] Återkommande UVI hos äldre kvinna" % SV_GROUP, date="Wed, 4 Nov 2026 22:01:10 +0100",
          top=leaf("text/plain", plain, "UTF-8", "8bit", "; format=flowed"), expected=member,
          extra_headers=["User-Agent: Mozilla Thunderbird"])

    # S10 K-9 Mail, Swedish, date line inside the text
    n = "k9-sv-dateline"
    member = ("Bra fall att ta upp på nästa träff:\n"
              "tisdag 17 november 2026 kl. 18.00, vårdcentralen Tornet\n"
              "Jag tar med fika.")
    orig = notification("sv", n, "Maria Åkesson", "Långvarig sjukskrivning vid utmattningssyndrom", SV_GROUP2, "2026-11-03 21:14", SV_POST_SJUK)
    plain = (member + "\n-- \nSkickat från min Android-enhet med K-9 Mail. Ursäkta min korthet.\n\n"
             "Den 3 november 2026 21:14:05 CET skrev kollega <%s>:\n" % reply_addr(n) + q(orig))
    write(n, "sv", "K-9 Mail (Android)", "top-post, date line inside text, client signature",
          sender="Sofia Ek", sender_email="sofia.ek@bredband.example",
          subject="Re: [%s] Långvarig sjukskrivning vid utmattningssyndrom" % SV_GROUP2, date="Wed, 04 Nov 2026 07:20:00 +0100",
          top=leaf("text/plain", plain, "utf-8", "8bit"), expected=member, extra_headers=["User-Agent: K-9 Mail for Android"])

    # S11 mutt, ISO-8859-15 quoted-printable, interleaved, "-- " signature
    n = "mutt-sv-iso885915-interleaved"
    a1 = "Ja, hos fyra patienter. Tre har haft färre infektioner, en slutade p.g.a.\nillamående."
    a2 = "Ja, om hon klarar det. Vagitorier är ofta enklare än kräm."
    orig = notification("sv", n, "Karin Lindqvist", "Återkommande UVI hos äldre kvinna", SV_GROUP, "2026-11-03 21:14", SV_POST_UVI)
    head, rest = orig.split("Har någon av er", 1)
    plain = ("On Tue, Nov 03, 2026 at 09:14:05PM +0100, kollega wrote:\n" + q(head.rstrip("\n")) + ">\n"
             + q("Har någon av er provat metenamin (Hiprex) i stället för profylax med antibiotika?") + "\n" + a1 + "\n\n"
             + q("Och börjar ni fortfarande med lokalt östrogen?") + "\n" + a2
             + "\n\n-- \nPer Lundgren\nDistriktsläkare, Vårdcentralen Tornet\n")
    write(n, "sv", "mutt", "interleaved answers, ISO-8859-15 QP, '-- ' signature",
          sender="Per Lundgren", sender_email="per@lundgren.example",
          subject="Re: [%s] Återkommande UVI hos äldre kvinna" % SV_GROUP, date="Wed, 4 Nov 2026 23:05:41 +0100",
          top=leaf("text/plain", plain, "iso-8859-15"), expected=a1 + "\n\n" + a2,
          extra_headers=["User-Agent: Mutt/2.2.13 (2024-03-09)"])

    # S12 Gmail web, Swedish forward ("Vidarebefordrat meddelande")
    n = "gmail-sv-vidarebefordrat"
    member = "Vidarebefordrar konsultsvaret från geriatriken, det besvarar mycket av frågan. Läs särskilt sista stycket."
    fwd = ("---------- Vidarebefordrat meddelande ---------\n"
           "Från: Geriatriska konsultteamet <geriatrik.konsult@vgregion.se>\n"
           "Datum: mån 2 nov. 2026 kl. 15:40\n"
           "Ämne: Konsultsvar: statiner hos sköra äldre\n"
           "Till: Lars Nilsson <lars.nilsson.lakare@gmail.com>\n"
           "\n"
           "Hej Lars,\n"
           "\n"
           "Vid primärprevention hos sköra äldre med begränsad förväntad överlevnad finns inget stöd för fortsatt statinbehandling. Utsättning kan göras direkt.\n"
           "\n"
           "Vänliga hälsningar\n"
           "Geriatriska konsultteamet\n")
    full = member + "\n\n" + fwd
    h = ('<div dir="ltr">' + to_html_paras(member) + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         + text_to_br(fwd.split("\n\n", 1)[0]) + "<br></div><br><br>" + text_to_br(fwd.split("\n\n", 1)[1]) + "</div></div>\n")
    write(n, "sv", "Gmail web", "forwarded message inside the reply",
          sender="Lars Nilsson", sender_email="lars.nilsson.lakare@gmail.com",
          subject="Fwd: Konsultsvar: statiner hos sköra äldre", date="Wed, 4 Nov 2026 09:30:00 +0100",
          top=multipart("alternative", [leaf("text/plain", full, "UTF-8"), leaf("text/html", h, "UTF-8")],
                        "000000000000" + tok("b" + n)[:12]),
          expected=member, in_reply_to="")

    # S13 Roundcube, Swedish, flowed, member text contains "skrev:", nickname sign-off
    n = "roundcube-sv-skrev-nickname"
    member = ("Försäkringskassans handläggare skrev: \"aktivitetsbegränsningen framgår inte\". Vi lade då till exempel från vardagen, som att hon inte klarar att handla själv, och då gick det igenom.\n"
              "\n"
              "Det är tråkigt att vi ska behöva skriva så detaljerat, men det fungerar.")
    orig = notification("sv", n, "Maria Åkesson", "Långvarig sjukskrivning vid utmattningssyndrom", SV_GROUP2, "2026-11-03 21:14", SV_POST_SJUK)
    plain = flow(member) + "\n\nHälsningar,\nMicke\n\nDen 2026-11-03 21:14, skrev kollega:\n" + q(orig)
    write(n, "sv", "Roundcube", "top-post, format=flowed, 'skrev:' inside text, nickname sign-off",
          sender="Mikael Öberg", sender_email="mikael.oberg@vardcentral.example",
          subject="Re: [%s] Långvarig sjukskrivning vid utmattningssyndrom" % SV_GROUP2, date="Wed, 04 Nov 2026 11:11:11 +0100",
          top=leaf("text/plain", plain, "UTF-8", "quoted-printable", "; format=flowed"), expected=member,
          extra_headers=["User-Agent: Roundcube Webmail/1.6.9"])

    # S14 Proton Mail, Swedish
    n = "protonmail-sv-toppost"
    member = ("Vi använder 1177:s text om halsont och skriver ut den till patienten. Den finns på https://www.1177.se/sjukdomar--besvar/oron-nasa-hals/halsont/ och är kort nog att folk läser den.\n"
              "\n"
              "Sedan vi började med det har diskussionerna blivit betydligt kortare.")
    orig = notification("sv", n, "Anna Sjöberg", "Antibiotika vid halsont – patientens förväntningar", SV_GROUP2, "2026-11-03 21:14", SV_POST_HALS)
    attr = "Den tisdag 3 november 2026 kl. 21:14, kollega <%s> skrev:" % reply_addr(n)
    plain = member + "\n\n\nSkickat med säker e-post från Proton Mail.\n\n------- Originalmeddelande -------\n" + attr + "\n\n\n" + q(orig)
    h = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + to_html_paras(member)
         + '</div><div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Skickat med säker e-post från <a href="https://proton.me/mail/home">Proton Mail</a>.</div></div>'
         '<div class="protonmail_quote">\n------- Originalmeddelande -------<br>\n' + html.escape(attr, quote=False)
         + '<br><br><blockquote class="protonmail_quote" type="cite">' + text_to_br(orig) + "</blockquote><br></div>\n")
    write(n, "sv", "Proton Mail", "top-post, URL with dashes in text",
          sender="Ingrid Ström", sender_email="ingrid.strom@proton.me",
          subject="Re: [%s] Antibiotika vid halsont – patientens förväntningar" % SV_GROUP2, date="Wed, 04 Nov 2026 19:19:19 +0100",
          top=multipart("alternative", [leaf("text/plain", plain, "utf-8"), leaf("text/html", h, "utf-8", "base64")],
                        "b1_" + tok("b" + n)[:30]),
          expected=member)

    # S15 Fastmail, Swedish, bottom-post, ends with "Tack!" (kept: no name after it)
    n = "fastmail-sv-bottompost-tack"
    member = "Vi avsätter 45 minuter per patient första gången och 20 minuter vid uppföljning. Sjuksköterskan är med hela tiden. Tack!"
    orig = notification("sv", n, "Sofia Ek", "Läkemedelsgenomgång på särskilt boende", SV_GROUP, "2026-11-03 21:14", SV_POST_LMG)
    plain = "Den tis 3 nov. 2026, kl. 21:14, skrev kollega:\n" + q(orig) + "\n" + member + "\n"
    write(n, "sv", "Fastmail", "bottom-post under full quote, closing 'Tack!' kept",
          sender="Karin Lindqvist", sender_email="karin@lindqvist.example",
          subject="Re: [%s] Läkemedelsgenomgång på särskilt boende" % SV_GROUP, date="Wed, 04 Nov 2026 16:45:00 +0100",
          top=leaf("text/plain", plain, "utf-8", "quoted-printable"), expected=member)

    # S16 Outlook desktop, Swedish, quote removed, sign-off and Region Skåne disclaimer without a blank line
    n = "outlook-sv-tight-skane"
    member = "Jättebra tråd. Vi tar upp det på APT nästa vecka och återkommer med hur vi gör på vår enhet."
    plain = member + "\n\nMvh\nIngrid Ström\n" + SKANE_DISCLAIMER
    write(n, "sv", "Outlook desktop (Region Skåne)", "quote removed, sign-off, disclaimer without blank line",
          sender="Ström Ingrid", sender_email="ingrid.strom@skane.se",
          subject="SV: [%s] Antibiotika vid halsont – patientens förväntningar" % SV_GROUP2, date="Wed, 4 Nov 2026 14:14:14 +0100",
          top=leaf("text/plain", plain, "utf-8"), expected=member, extra_headers=["X-Mailer: Microsoft Outlook 16.0"])



# ---------------------------------------------------------------- self-check

def _unflow(text, delsp):
    out, cur = [], None
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        soft = line.endswith(" ") and line != "-- "
        if soft and delsp:
            line = line[:-1]
        cur = line if cur is None else cur + line
        if not soft:
            out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return "\n".join(out)


def _html_text(h):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.buf = []

        def handle_starttag(self, tag, attrs):
            if tag in ("br", "div", "p", "li", "tr", "blockquote", "hr"):
                self.buf.append("\n")

        def handle_data(self, d):
            self.buf.append(d)

    p = P()
    p.feed(h)
    return "".join(p.buf)


def check():
    """Every pair exists, every .eml parses, and each paragraph of the expected
    text occurs (whitespace-normalised) in some decoded text part."""
    import email
    import email.policy
    import re
    names = sorted(f[:-4] for f in os.listdir(OUT) if f.endswith(".eml"))
    exp = sorted(f[:-9] for f in os.listdir(OUT) if f.endswith(".expected"))
    problems = []
    if names != exp:
        problems.append("unpaired: %s" % sorted(set(names) ^ set(exp)))
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    for n in names:
        with open(os.path.join(OUT, n + ".eml"), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=email.policy.default)
        texts = []
        for part in m.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct not in ("text/plain", "text/html"):
                continue
            t = part.get_content().replace("\r\n", "\n").replace("\r", "\n")
            if ct == "text/plain" and part.get_param("format", "").lower() == "flowed":
                t = _unflow(t, part.get_param("delsp", "").lower() == "yes")
            if ct == "text/html":
                t = _html_text(t)
            texts.append(norm(t))
        if not m.get("From") or not m.get("To") or not m.get("Subject"):
            problems.append("%s: missing header" % n)
        with open(os.path.join(OUT, n + ".expected"), encoding="utf-8") as f:
            e = f.read()
        for para in e.split("\n\n"):
            if not any(norm(para) in t for t in texts):
                problems.append("%s: paragraph not found: %r" % (n, para[:60]))
        if m.defects:
            print("  note: %s parses with defects %s" % (n, [type(d).__name__ for d in m.defects]))
    print("checked %d pairs, %d problems" % (len(names), len(problems)))
    for p in problems:
        print("  " + p)
    return not problems


if __name__ == "__main__":
    en_cases()
    en_cases_2()
    sv_cases()
    print("wrote %d pairs" % len(CASES))
    import collections
    import sys
    by = collections.Counter((c[1], c[2]) for c in CASES)
    for (lang, client), k in sorted(by.items()):
        print("  %s  %-40s %d" % (lang, client, k))
    print("  en: %d, sv: %d" % (sum(1 for c in CASES if c[1] == "en"), sum(1 for c in CASES if c[1] == "sv")))
    sys.exit(0 if check() else 1)
