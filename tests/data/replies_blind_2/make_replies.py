#!/usr/bin/env python3
"""Generate blind reply fixtures for kollega (written without reading the parser or its tests).

Writes NAME.eml / NAME.expected pairs next to this file, then checks that every
.eml parses with the email package and every paragraph of NAME.expected appears
(whitespace-normalised) in a decoded text part (format=flowed unwrapped, HTML
tags stripped)."""
import base64, email, email.policy, hashlib, html as htmlmod, os, quopri, re, sys, uuid

OUT = os.path.dirname(os.path.abspath(__file__))
CASES = []


def hx(seed, n=30):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uid(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))


def reply_addr(seed):
    return "reply+%s@kollega.test" % hx(seed)


# ---------------------------------------------------------------- originals
def note_text(lang, seed, author, title, group, when, body):
    tid = uid(seed)
    if lang == "en":
        return ("## Reply above this line to post in the thread ##\n\n"
                f'{author} wrote in "{title}" ({group}), {when}:\n\n{body}\n\n--\n'
                "Reply to this email to post in this thread.\n"
                f"Read in kollega: https://kollega.test/t/{tid}#p1\n"
                "Email settings: https://kollega.test/settings/email\n"
                f"Unsubscribe: https://kollega.test/u/{hx(seed + 'u', 24)}")
    return ("## Svara ovanför den här raden för att skriva i tråden ##\n\n"
            f'{author} skrev i "{title}" ({group}), {when}:\n\n{body}\n\n--\n'
            "Svara på det här mejlet för att skriva i tråden.\n"
            f"Läs i kollega: https://kollega.test/t/{tid}#p1\n"
            "E-postinställningar: https://kollega.test/settings/email\n"
            f"Avsluta prenumeration: https://kollega.test/u/{hx(seed + 'u', 24)}")


def note_html(lang, seed, author, title, group, when, body):
    tid = uid(seed)
    e = htmlmod.escape
    above = ("## Reply above this line to post in the thread ##" if lang == "en"
             else "## Svara ovanför den här raden för att skriva i tråden ##")
    hint, read, sett, uns = (("Reply to this email to post in this thread.", "Read in kollega",
                              "Email settings", "Unsubscribe") if lang == "en" else
                             ("Svara på det här mejlet för att skriva i tråden.", "Läs i kollega",
                              "E-postinställningar", "Avsluta prenumeration"))
    paras = "".join(f"<p>{e(p)}</p>" for p in body.split("\n\n"))
    return (f'<table role="presentation" width="100%" style="max-width:600px;background:#ffffff;border:1px solid #dcd8cf;">'
            f'<tr><td style="padding:12px 20px;color:#5b6670;font-size:13px;">{e(above)}</td></tr>'
            f'<tr><td style="padding:4px 20px 0 20px;"><p style="margin:0;color:#5b6670;font-size:14px;">{e(group)}</p>'
            f'<h1 style="margin:4px 0 12px 0;font-size:20px;"><a href="https://kollega.test/t/{tid}">{e(title)}</a></h1></td></tr>'
            f'<tr><td style="padding:0 20px 12px 20px;"><p><strong>{e(author)}</strong> <span>{e(when)}</span></p><div>{paras}</div></td></tr>'
            f'<tr><td><p><a href="mailto:{reply_addr(seed)}">{e(hint)}</a> · <a href="https://kollega.test/t/{tid}#p1">{read}</a></p></td></tr>'
            f'<tr><td style="border-top:1px solid #dcd8cf;"><a href="https://kollega.test/settings/email">{e(sett)}</a> · '
            f'<a href="https://kollega.test/u/{hx(seed + "u", 24)}">{e(uns)}</a></td></tr></table>')


def digest_text(lang, seed, member, groups):
    """groups: list of (group, [(title, [(author, when, body)])])"""
    en = lang == "en"
    out = [("Hello " if en else "Hej ") + member + ",", "",
           ("Here is what is new since your previous digest. To answer, reply to the thread's address below (each thread has its own)."
            if en else "Här är det som är nytt sedan din förra sammanfattning. Svara genom att skriva till trådens adress nedan (varje tråd har sin egen).")]
    for g, threads in groups:
        out += ["", f"== {g} ==", ("Start a new case by email" if en else "Ta upp ett nytt fall med e-post")
                + f": group+{hx(seed + g, 16)}@kollega.test"]
        for t, posts in threads:
            out += ["", f"## {t}", ("Reply by email" if en else "Svara med e-post") + ": " + reply_addr(seed + t)]
            for a, w, b in posts:
                out += [f"-- {a}, {w}:", "", b, ""]
            out += [("Read in kollega" if en else "Läs i kollega") + f": https://kollega.test/t/{uid(seed + t)}"]
    out += ["", ("Your learning log, with suggestions from the discussions you took part in" if en
                 else "Din lärandelogg, med förslag från diskussionerna du deltog i") + ": https://kollega.test/settings/learning",
            "--", ("Email settings" if en else "E-postinställningar") + ": https://kollega.test/settings",
            ("Unsubscribe" if en else "Avsluta prenumeration") + f": https://kollega.test/u/{hx(seed + 'du', 24)}"]
    return "\n".join(out)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def t2h(text):
    """member text -> simple HTML paragraphs"""
    e = htmlmod.escape
    return "".join("<div>" + "<br>".join(e(l) for l in p.split("\n")) + "</div><div><br></div>"
                   for p in text.strip("\n").split("\n\n"))


def outlook_h(text):
    e = htmlmod.escape
    return "".join('<p class="MsoNormal">' + "<br>\n".join(e(l) for l in p.split("\n")) + '</p>\n<p class="MsoNormal">&nbsp;</p>\n'
                   for p in text.strip("\n").split("\n\n"))


# ---------------------------------------------------------------- encoding
def enc_body(text, charset, cte, eol):
    text = text.replace("\r\n", "\n")
    if cte == "base64":
        raw = text.replace("\n", eol).encode(charset)
        b = base64.encodebytes(raw).decode("ascii")
        return b.rstrip("\n")
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False).decode("ascii").rstrip("\n")
    if cte in ("8bit", "7bit"):
        return raw.decode(charset)  # re-encoded when the file is written
    raise ValueError(cte)


def flow(text, width=72, delsp=False):
    """Encode plain text as format=flowed (RFC 3676). Quoted lines are left fixed."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " " + (" " if delsp else ""))
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


class Part:
    def __init__(self, ctype, text=None, charset="utf-8", cte="quoted-printable", flowed=False,
                 delsp=False, parts=None, raw=None, extra=""):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.flowed, self.delsp, self.parts, self.raw, self.extra = flowed, delsp, parts, raw, extra

    def render(self, eol, bseed):
        if self.parts is not None:
            b = "----=_Part_%s" % hx(bseed, 20)
            lines = [f'Content-Type: {self.ctype};\n\tboundary="{b}"' + self.extra, ""]
            for i, p in enumerate(self.parts):
                lines += [f"--{b}", p.render(eol, bseed + str(i))]
            lines += [f"--{b}--", ""]
            return "\n".join(lines)
        if self.raw is not None:
            return self.raw
        ct = f"Content-Type: {self.ctype}; charset=\"{self.charset}\""
        text = self.text
        if self.flowed:
            ct += "; format=flowed" + ("; delsp=yes" if self.delsp else "")
            text = flow(text, delsp=self.delsp)
        return ct + self.extra + f"\nContent-Transfer-Encoding: {self.cte}\n\n" + enc_body(text, self.charset, self.cte, eol) + "\n"


def hdr_enc(s):
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def disp(name):
    """display name as a client writes it: RFC 2047 if non-ASCII, quoted if it has specials"""
    enc = hdr_enc(name)
    if enc == name and re.search(r'[(),.:;<>@\[\]"]', name):
        return '"' + name.replace('"', '\\"') + '"'
    return enc


def add(name, lang, client, frm, subject, date, body_part, expected, eol="\r\n",
        extra_headers=(), in_reply_to=None, to=None, seed=None, file_charset="utf-8"):
    seed = seed or name
    fname, faddr = frm
    to = to or reply_addr(seed)
    irt = in_reply_to or "<post.%s.1@kollega.test>" % uid(seed)
    h = [f"Return-Path: <{faddr}>",
         f"From: {disp(fname)} <{faddr}>",
         f"To: {to}",
         f"Subject: {hdr_enc(subject)}",
         f"Date: {date}",
         f"Message-ID: <{hx(seed + 'm', 24)}@{faddr.split('@')[1]}>",
         f"In-Reply-To: {irt}",
         f"References: {irt}",
         "MIME-Version: 1.0"]
    h += list(extra_headers)
    msg = "\n".join(h) + "\n" + body_part.render(eol, seed)
    data = msg.replace("\r\n", "\n").replace("\n", eol).encode(file_charset)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8", newline="\n") as f:
        f.write(expected.strip("\n") + "\n")
    CASES.append((name, lang, client))


def alt(plain, html, charset="utf-8", cte="quoted-printable", hcte=None, flowed=False, delsp=False):
    return Part("multipart/alternative", parts=[
        Part("text/plain", plain, charset, cte, flowed, delsp),
        Part("text/html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>%s</body></html>" % (charset, html),
             charset, hcte or cte)])


def plain(text, charset="utf-8", cte="quoted-printable", flowed=False, delsp=False):
    return Part("text/plain", text, charset, cte, flowed, delsp)


def html_only(html, charset="utf-8", cte="quoted-printable"):
    return Part("text/html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>%s</body></html>" % (charset, html), charset, cte)


# ---------------------------------------------------------------- threads
RIV = "Riverside GP mentoring"
LEEDS = "North Leeds Balint group"
GLA = "Glasgow South GP peer group"
CARD = "Cardiff West practice learning"
BEL = "Belfast GP peer review"
SOD = "Kollegiegrupp Södermalm"
GBG = "Balintgruppen Göteborg"
SKA = "Fallgruppen Skåne Nordväst"
UPP = "ST-gruppen Uppsala län"
NRL = "Kollegiegruppen Norrtälje"

EN_T = {
    "uti": (RIV, "Recurrent UTI in an elderly woman", "Dr Helen Price",
            "Woman in her eighties, third culture-positive UTI in six months, eGFR 38. Would you start prophylaxis or refer to urology first? She is keen to avoid daily antibiotics.\n\nAny experience with methenamine in this age group?"),
    "alp": (RIV, "Raised ALP with normal GGT", "Dr Tom Okafor",
            "Man in his sixties, ALP 210 on routine bloods, GGT and bilirubin normal, no bone pain. Do you go straight to isoenzymes or repeat first?"),
    "statin": (LEEDS, "Deprescribing statins at 90", "Dr Ruth Allen",
               "Frail patient in her nineties asked me whether she still needs her atorvastatin. How do you frame that conversation?"),
    "cough": (GLA, "Chronic cough after ACE inhibitor switch", "Dr Fiona MacLeod",
              "Switched ramipril to losartan eight weeks ago and the cough is no better. Chest X-ray normal. What would you look at next?"),
    "ferritin": (CARD, "Young man with fatigue and low ferritin", "Dr Gareth Evans",
                 "Man in his twenties, ferritin 9, Hb normal, no GI symptoms, eats meat. Coeliac screen negative. Would you scope him?"),
    "gout": (BEL, "Allopurinol titration after first flare", "Dr Niamh Byrne",
             "Started allopurinol 100 mg two weeks after a flare settled. How quickly do you titrate, and do you always cover with colchicine?"),
}
SV_T = {
    "hosta": (SOD, "Långvarig hosta efter covid", "Anna Lindqvist",
              "Kvinna i 40-årsåldern med torrhosta i tre månader efter covid. Normal lungröntgen och spirometri. Vad brukar ni göra härnäst?"),
    "kna": (GBG, "Knäsmärta hos äldre man: röntgen eller inte?", "Per Håkansson",
            "Man i 70-årsåldern med gradvis tilltagande knäsmärta, ingen svullnad, ingen trauma. Röntgar ni direkt eller börjar ni med fysioterapi?"),
    "somn": (SKA, "Sömnläkemedel till äldre", "Eva Ström",
             "Hur gör ni när en äldre patient vill fortsätta med zopiklon som hon tagit i tio år? Jag vill inte bara säga nej."),
    "psa": (UPP, "Förhöjt PSA hos 58-åring", "Jonas Ek",
            "PSA 5,8, tidigare 3,1 för två år sedan. Inga symtom, normal palpation. Remiss direkt eller ny provtagning om tre månader?"),
    "brost": (NRL, "Bröstsmärta hos ung kvinna", "Sara Öberg",
              "Kvinna i 25-årsåldern, stickande bröstsmärta vid djupandning, normalt EKG och troponin. Ni som har jour, hur ofta tar ni D-dimer?"),
    "opioid": (SOD, "Nedtrappning av opioider", "Mikael Åberg",
               "Patient med långvarig oxikodon för ryggsmärta vill trappa ner. Hur snabbt brukar ni gå fram, och tar ni hjälp av smärtmottagningen?"),
}

WHEN_EN = "3 Dec 2026, 21:14"
WHEN_SV = "3 dec. 2026 21:14"


def orig(key, lang, seed):
    g, t, a, b = (EN_T if lang == "en" else SV_T)[key]
    w = WHEN_EN if lang == "en" else WHEN_SV
    return dict(text=note_text(lang, seed, a, t, g, w, b), html=note_html(lang, seed, a, t, g, w, b),
                subject=f"[{g}] {t}", group=g, title=t, author=a, body=b, addr=reply_addr(seed))


def subj(o, pre):
    return pre + o["subject"]


NHSMAIL_DISC = """********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

********************************************************************************************************************"""

NHSS_DISC = """********************************************************************************************************************
NHS Greater Glasgow and Clyde: This message and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please notify the sender and delete it. Any views expressed are those of the author and do not necessarily represent those of NHS Scotland.
********************************************************************************************************************"""

WALES_DISC = """Croesewir gohebiaeth yn Gymraeg a byddwn yn ateb yn Gymraeg heb oedi.
Correspondence in Welsh is welcomed and we will reply in Welsh without delay.

Mae'r neges hon yn gyfrinachol. Os ydych wedi ei derbyn trwy gamgymeriad, rhowch wybod i'r anfonwr a'i dileu.
This message is confidential. If you have received it in error, please inform the sender and delete it. NHS Wales / GIG Cymru."""

HSC_DISC = """---------------------------------------------------------------------------------------------
This email and any attachments are confidential and intended only for the addressee. Health and Social Care (HSC) Northern Ireland accepts no liability for any views expressed in this email that are not those of HSC. Emails may be monitored in accordance with HSC policy.
---------------------------------------------------------------------------------------------"""

CAUTION_EN = "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe."


def outlook_hdr_en(o, sent="03 December 2026 21:14", frm="kollega <kollega@kollega.test>", to="Jones Sarah (RIVERSIDE MEDICAL PRACTICE)"):
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {o['subject']}"


def en_cases():
    D = "Tue, 8 Dec 2026 %s +0000"
    # 1 Gmail: short answer on top plus a comment inside the quote
    o = orig("uti", "en", "gmail-en-inline-comment")
    top = "Hi Helen,\n\nI'd try methenamine first, it has worked well for several of my older patients, but check she can take 1 g twice daily without nausea.\n\nMore below."
    inline = "Yes, with one caveat: avoid it if eGFR drops below 10 and stop it if she needs a catheter. I would also check for incomplete emptying with a bladder scan before referring."
    qt = o["text"].split("\n")
    i = qt.index("Any experience with methenamine in this age group?")
    quoted = q("\n".join(qt[:i + 1])) + "\n\n" + inline + "\n\n" + q("\n".join(qt[i + 1:]))
    body = top + "\n\nBest,\nSam\n\nOn Thu, 3 Dec 2026 at 21:14, kollega <" + o["addr"] + "> wrote:\n\n" + quoted
    exp = top + "\n\n" + inline
    add("gmail-en-inline-comment", "en", "Gmail web", ("Sam Patel", "sam.patel.gp@gmail.com"), subj(o, "Re: "), D % "08:02:11",
        alt(body, t2h(top) + "<div>Best,<br>Sam</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Thu, 3 Dec 2026 at 21:14, kollega &lt;" + o["addr"] + "&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + o["html"].replace("Any experience with methenamine in this age group?</p>", "Any experience with methenamine in this age group?</p></blockquote><div>" + htmlmod.escape(inline) + "</div><blockquote class=\"gmail_quote\">") + "</blockquote></div>"),
        exp, seed="gmail-en-inline-comment")

    # 2 NHSmail via Outlook on the web, title after name, NHSmail disclaimer
    s = "owa-en-nhsmail-title"
    o = orig("alp", "en", s)
    txt = "I'd repeat in 4-6 weeks with a vitamin D and PTH, and ask about recent fractures. If it is still up, isoenzymes or just a bone profile and X-ray of any painful area.\n\nPaget's is still the commonest cause in my list at that age."
    sig = "Kind regards,\n\nDr Sarah Jones, GP Partner\nRiverside Medical Practice\nNHS Leeds West PCN"
    body = txt + "\n\n" + sig + "\n\n" + NHSMAIL_DISC + "\n________________________________\n" + outlook_hdr_en(o) + "\n\n" + o["text"]
    add(s, "en", "NHSmail (Outlook on the web)", ("JONES, Sarah (RIVERSIDE MEDICAL PRACTICE)", "sarah.jones12@nhs.net"), subj(o, "RE: "), D % "09:15:40",
        alt(body, outlook_h(txt + "\n\n" + sig) + outlook_h(NHSMAIL_DISC) + '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> kollega &lt;kollega@kollega.test&gt;<br><b>Sent:</b> 03 December 2026 21:14<br><b>To:</b> JONES, Sarah<br><b>Subject:</b> ' + htmlmod.escape(o["subject"]) + "</div>" + o["html"]),
        txt, extra_headers=["X-MS-Exchange-Organization-AuthAs: Internal", "Thread-Topic: " + o["subject"], "Content-Language: en-GB"], seed=s)

    # 3 Outlook desktop, NHS Scotland disclaimer, windows-1252 QP, nickname Bob
    s = "outlook-en-nhsscotland-bob"
    o = orig("cough", "en", s)
    txt = "Hi Fiona,\n\nARB cough is rare, so I\u2019d stop looking at the drug. Think about reflux, post-nasal drip and asthma \u2013 a trial of a PPI for 8 weeks and a FeNO if you can get one.\n\nIf she smokes, a repeat X-ray at 3 months is worth the \u00a330 of radiographer time."
    body = txt + "\n\nCheers\nBob\n\n" + NHSS_DISC + "\n\nFrom: kollega <kollega@kollega.test>\nSent: 03 December 2026 21:14\nTo: Robert Campbell <robert.campbell@ggc.scot.nhs.uk>\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "Outlook 2019 desktop", ("Robert Campbell", "robert.campbell@ggc.scot.nhs.uk"), subj(o, "RE: "), D % "10:01:03",
        alt(body, outlook_h(txt + "\n\nCheers\nBob") + outlook_h(NHSS_DISC) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> kollega &lt;kollega@kollega.test&gt;<br><b>Sent:</b> 03 December 2026 21:14<br><b>Subject:</b> ' + htmlmod.escape(o["subject"]) + "</p></div>" + o["html"], charset="windows-1252"),
        txt, extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdnQk2V5c3RlbQ==", "Content-Language: en-gb"], seed=s)

    # 4 Outlook desktop, NHS Wales bilingual disclaimer, initials "– GE"? (author is someone else)
    s = "outlook-en-nhswales-initials"
    o = orig("ferritin", "en", s)
    txt = "I would not scope a man of that age with no symptoms and a negative TTG, but I would ask about blood donation, endurance sport and diet in more detail. Replace and recheck in 3 months; refer if it does not come up."
    body = txt + "\n\n\u2013 JS\n\n" + WALES_DISC + "\n\nFrom: kollega [mailto:kollega@kollega.test]\nSent: 03 December 2026 21:14\nTo: John Spencer (Cwm Taf Morgannwg UHB - GP)\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "Outlook 2016 desktop", ("John Spencer (Cwm Taf Morgannwg UHB - GP)", "john.spencer@wales.nhs.uk"), subj(o, "RE: "), D % "10:22:19",
        plain(body, "windows-1252", "quoted-printable"), txt, extra_headers=["X-Mailer: Microsoft Outlook 16.0"], seed=s)

    # 5 Outlook for Mac, HSC Northern Ireland disclaimer, sign-off with full name
    s = "outlookmac-en-hscni"
    o = orig("gout", "en", s)
    txt = "Hi all,\n\nI go up by 100 mg every 4 weeks, checking urate each time, aiming for under 360. Colchicine 500 micrograms twice daily for the first six months if the kidneys allow, otherwise low-dose naproxen with a PPI.\n\nThe nurse-led titration clinic has made the biggest difference for us."
    body = txt + "\n\nAll the best,\nCiaran O'Neill\nGP, Lisburn\n\n" + HSC_DISC + "\n\nFrom: kollega <kollega@kollega.test>\nDate: Thursday, 3 December 2026 at 21:14\nTo: Ciaran O'Neill <ciaran.oneill@hscni.net>\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "Outlook for Mac", ("Ciaran O'Neill", "ciaran.oneill@hscni.net"), subj(o, "Re: "), D % "11:40:00",
        alt(body, t2h(txt + "\n\nAll the best,\nCiaran O'Neill\nGP, Lisburn") + "<div>" + htmlmod.escape(HSC_DISC).replace("\n", "<br>") + "</div><div id=\"mail-editor-reference-message-container\"><b>From: </b>kollega &lt;kollega@kollega.test&gt;<br><b>Date: </b>Thursday, 3 December 2026 at 21:14<br><b>Subject: </b>" + htmlmod.escape(o["subject"]) + "<br>" + o["html"] + "</div>", cte="base64"),
        txt, extra_headers=["User-Agent: Microsoft-MacOutlook/16.90.24121212", "Thread-Topic: " + o["subject"]], seed=s)

    # 6 Outlook web with [EXTERNAL] subject tag and CAUTION banner at the top of the body
    s = "owa-en-external-banner"
    o = orig("statin", "en", s)
    txt = "I ask what she hopes the tablet is doing for her, then explain that the benefit takes years to show and the side effects are now. Most people are relieved to be offered the choice. I document it as a shared decision and tell her she can restart any time."
    body = CAUTION_EN + "\n\n" + txt + "\n\nBest wishes\nLiz\n\nDr Elizabeth Hart\nChapel Allerton Medical Centre\n\n________________________________\nFrom: kollega <kollega@kollega.test>\nSent: Thursday, December 3, 2026 9:14 PM\nTo: Hart Elizabeth\nSubject: [EXTERNAL] " + o["subject"] + "\n\n" + CAUTION_EN + "\n\n" + o["text"]
    add(s, "en", "Outlook on the web (NHS trust)", ("Hart Elizabeth", "elizabeth.hart@nhs.net"), "RE: [EXTERNAL] " + o["subject"], D % "12:05:44",
        alt(body, '<div style="background:#FFEB9C;padding:4px">' + htmlmod.escape(CAUTION_EN) + "</div>" + t2h(txt + "\n\nBest wishes\nLiz\n\nDr Elizabeth Hart\nChapel Allerton Medical Centre") + '<hr><div id="divRplyFwdMsg"><b>From:</b> kollega<br><b>Subject:</b> [EXTERNAL] ' + htmlmod.escape(o["subject"]) + "</div>" + o["html"]),
        txt, seed=s)

    # 7 Apple Mail on iPad, HTML only with blockquote type=cite
    s = "applemail-en-ipad-htmlonly"
    o = orig("uti", "en", s)
    txt = "Agree with checking post-void residual first. If it is over 100 ml I refer, otherwise methenamine and vaginal oestrogen together.\n\nThanks!"
    h = t2h(txt) + "<div>Sent from my iPad</div><div><br><blockquote type=\"cite\">On 3 Dec 2026, at 21:14, kollega &lt;" + o["addr"] + "&gt; wrote:<br><br></blockquote></div><blockquote type=\"cite\"><div>" + o["html"] + "</div></blockquote>"
    add(s, "en", "Apple Mail iPad", ("Dr Anna Clarke", "anna.clarke@icloud.com"), subj(o, "Re: "), D % "07:12:09",
        html_only(h), txt, extra_headers=["X-Mailer: iPad Mail (21H16)"], seed=s)

    # 8 iCloud web mail
    s = "icloudweb-en"
    o = orig("alp", "en", s)
    txt = "Worth asking about recent healing fractures and checking the ALP isoenzymes only if the repeat stays up. In my experience a lot of these settle."
    body = txt + "\n\nJen\n\nOn Dec 3, 2026, at 9:14 PM, kollega <" + o["addr"] + "> wrote:\n\n" + q(o["text"])
    add(s, "en", "iCloud Mail web", ("Jennifer Walsh", "jen.walsh@icloud.com"), subj(o, "Re: "), D % "08:44:31",
        alt(body, t2h(txt) + "<div>Jen</div><br><blockquote type=\"cite\">On Dec 3, 2026, at 9:14 PM, kollega &lt;" + o["addr"] + "&gt; wrote:<br><br>" + o["html"] + "</blockquote>", cte="7bit" if False else "quoted-printable"),
        txt, extra_headers=["X-Mailer: iCloud MailClient2612 MailServer2612"], seed=s, eol="\n")

    # 9 Mail for Windows 10
    s = "win10mail-en"
    o = orig("cough", "en", s)
    txt = "Have you done spirometry with reversibility? I had two of these last winter and both turned out to be cough-variant asthma.\n\nAlso worth asking about the ACE inhibitor being restarted by the hospital under another name."
    body = txt + "\n\nSent from Mail for Windows\n\nFrom: kollega\nSent: 03 December 2026 21:14\nTo: " + o["addr"] + "\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "Mail for Windows 10", ("Martin Doyle", "martin.doyle@outlook.com"), subj(o, "RE: "), D % "13:30:12",
        alt(body, outlook_h(txt) + '<p class="MsoNormal">Sent from <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> for Windows</p><div style="border-top:solid #E1E1E1 1.0pt"><b>From: </b>kollega<br><b>Sent: </b>03 December 2026 21:14<br><b>Subject: </b>' + htmlmod.escape(o["subject"]) + "</div>" + o["html"]),
        txt, seed=s)

    # 10 Zimbra
    s = "zimbra-en"
    o = orig("ferritin", "en", s)
    txt = "We check a urine dip for haematuria too, and ask about PPI use. If all that is clear I'd treat and see, but a low threshold for referral if he does not respond."
    body = txt + "\n\nRegards\nOwen\n\n----- Original Message -----\nFrom: \"kollega\" <kollega@kollega.test>\nTo: \"Owen Price\" <owen.price@valeclinic.co.uk>\nSent: Thursday, 3 December, 2026 21:14:02\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "Zimbra web", ("Owen Price", "owen.price@valeclinic.co.uk"), subj(o, "Re: "), D % "14:02:50",
        alt(body, t2h(txt + "\n\nRegards\nOwen") + "<hr id=\"zwchr\"><div><b>From: </b>\"kollega\" &lt;kollega@kollega.test&gt;<br><b>Sent: </b>Thursday, 3 December, 2026 21:14:02<br><b>Subject: </b>" + htmlmod.escape(o["subject"]) + "</div>" + o["html"], cte="7bit" if False else "quoted-printable"),
        txt, extra_headers=["X-Mailer: Zimbra 10.0.6_GA_4707 (ZimbraWebClient - GC120 (Win)/10.0.6_GA_4707)", "Thread-Index: ZmVycml0aW4="], seed=s)

    # 11 HCL Notes, "– JS"-style initials after a P.S.? Keep: plain with Notes header block
    s = "hclnotes-en"
    o = orig("gout", "en", s)
    txt = "Agree with slow titration. We stop colchicine at 6 months only if there have been no flares in the last 3."
    ps = "P.S. The BSR guideline summary table is the one I keep on the wall."
    body = txt + "\n\nDavid\n\n" + ps + "\n\n\n\nFrom:        \"kollega\" <kollega@kollega.test>\nTo:        " + o["addr"] + "\nDate:        03/12/2026 21:14\nSubject:        " + o["subject"] + "\n\n\n\n" + o["text"]
    add(s, "en", "HCL Notes 12", ("David Kerr", "david.kerr@ballymena-health.example.net"), subj(o, "Re: "), D % "15:10:05",
        plain(body, "ISO-8859-1", "quoted-printable"), txt + "\n\n" + ps, extra_headers=["X-Mailer: HCL Notes Release 12.0.2 November 03, 2022", "X-MIMETrack: Serialize by Router on mail01/Health at 08/12/2026 15:10:05"], seed=s)

    # 12 GroupWise
    s = "groupwise-en"
    o = orig("statin", "en", s)
    txt = "I find the QRISK conversation pointless at that age. I say the statin is a 'future' medicine and ask her how she feels about the future. It usually opens up a wider talk about what matters to her."
    body = txt + "\n\nMaggie\n\n>>> kollega <kollega@kollega.test> 03/12/2026 21:14 >>>\n" + o["text"]
    add(s, "en", "GroupWise 18", ("Margaret Thornton", "m.thornton@leedsgp.example.org"), subj(o, "Re: "), D % "09:55:37",
        plain(body, "us-ascii", "7bit"), txt, extra_headers=["X-Mailer: GroupWise 18.4.1"], seed=s, eol="\r\n")

    # 13 Evolution, LF, "-- " signature
    s = "evolution-en"
    o = orig("alp", "en", s)
    txt = "Check whether he has started anything new. I had one on a long course of co-amoxiclav and another with an undiagnosed hyperparathyroidism, so calcium too."
    body = txt + "\n\n-- \nDr Chris Bell\nGP Registrar, Riverside Medical Practice\n\nOn Thu, 2026-12-03 at 21:14 +0000, kollega wrote:\n" + q(o["text"])
    add(s, "en", "Evolution", ("Chris Bell", "chris.bell@riverside.example.org"), subj(o, "Re: "), D % "16:20:00",
        plain(body, "utf-8", "8bit"), txt, extra_headers=["User-Agent: Evolution 3.50.2-1"], seed=s, eol="\n")

    # 14 Mailspring: text/plain empty, HTML holds the text
    s = "mailspring-en-emptyplain"
    o = orig("cough", "en", s)
    txt = "Another vote for a PPI trial. I'd also ask about voice change and weight loss before you settle on reflux."
    h = t2h(txt) + "<div>Andy</div><br><div class=\"gmail_quote_attribution\">On Dec 3 2026, at 9:14 pm, kollega &lt;" + o["addr"] + "&gt; wrote:</div><blockquote>" + o["html"] + "</blockquote>"
    add(s, "en", "Mailspring", ("Andrew Reid", "andy.reid@fastmail.co.uk"), subj(o, "Re: "), D % "17:03:27",
        alt("", h), txt, extra_headers=["User-Agent: Mailspring"], seed=s)

    # 15 Airmail
    s = "airmail-en"
    o = orig("ferritin", "en", s)
    txt = "Does he run? Marathon runners in our practice often sit around 10-15. I'd still give iron and recheck."
    body = txt + "\n\n--\nTomos Hughes\nSent with Airmail\n\nOn 3 December 2026 at 21:14:05, kollega (" + o["addr"] + ") wrote:\n\n" + q(o["text"])
    add(s, "en", "Airmail (macOS)", ("Tomos Hughes", "tomos.hughes@me.com"), subj(o, "Re: "), D % "18:44:12",
        alt(body, t2h(txt) + "<div>--<br>Tomos Hughes<br>Sent with Airmail</div><p class=\"airmail_on\">On 3 December 2026 at 21:14:05, kollega (" + o["addr"] + ") wrote:</p><blockquote type=\"cite\" class=\"clean_bq\">" + o["html"] + "</blockquote>"),
        txt, extra_headers=["X-Mailer: Airmail (715)"], seed=s)

    # 16 BlackBerry
    s = "blackberry-en"
    o = orig("uti", "en", s)
    txt = "Don't forget cranberry has no real evidence in her age group. D-mannose is cheap and some find it helps."
    body = txt + "\n\nSent from my BlackBerry 10 smartphone on the EE network.\nFrom: kollega\nSent: Thursday, 3 December 2026 21:14\nTo: Peter Walsh\nReply To: " + o["addr"] + "\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "BlackBerry Hub", ("Peter Walsh", "peter.walsh@btinternet.com"), subj(o, "Re: "), D % "19:01:44",
        alt(body, t2h(txt) + "<div>Sent from my BlackBerry 10 smartphone on the EE network.</div><table><tr><td><b>From: </b>kollega<br><b>Sent: </b>Thursday, 3 December 2026 21:14<br><b>Subject: </b>" + htmlmod.escape(o["subject"]) + "</td></tr></table>" + o["html"], cte="base64"),
        txt, seed=s)

    # 17 Huawei Email, base64
    s = "huawei-en"
    o = orig("gout", "en", s)
    txt = "Febuxostat if allopurinol fails, but check cardiovascular history first. Colchicine cover for us too."
    body = txt + "\n\nSent from my Huawei phone\n\n\n-------- Original Message --------\nFrom: kollega <kollega@kollega.test>\nDate: Thu, 3 Dec 2026, 21:14\nTo: " + o["addr"] + "\nSubject: " + o["subject"] + "\n\n" + o["text"]
    add(s, "en", "Huawei Email", ("Sean Murphy", "sean.murphy@gmail.com"), subj(o, "RE: "), D % "20:12:33",
        plain(body, "utf-8", "base64"), txt, extra_headers=["X-Mailer: Huawei Email"], seed=s)

    # 18 Thunderbird bottom-posted reply to a digest, answering one of three threads
    s = "thunderbird-en-digest"
    groups = [(RIV, [(EN_T["uti"][1], [(EN_T["uti"][2], WHEN_EN, EN_T["uti"][3])]),
                     (EN_T["alp"][1], [(EN_T["alp"][2], "4 Dec 2026, 08:30", EN_T["alp"][3])])]),
              (LEEDS, [(EN_T["statin"][1], [(EN_T["statin"][2], "5 Dec 2026, 19:02", EN_T["statin"][3])])])]
    dg = digest_text("en", s, "Karen", groups)
    thread_part = dg.split("## " + EN_T["statin"][1])[1].split("Read in kollega")[0]
    txt = "Ruth, I start with 'what do you hope this tablet does for you?' and go from there. Most people in their nineties are happy to stop once they hear the benefit takes years."
    body = "On 07/12/2026 07:00, kollega wrote:\n" + q("## " + EN_T["statin"][1] + thread_part.rstrip("\n")) + "\n\n" + txt + "\n\nKaren\n"
    add(s, "en", "Thunderbird", ("Karen Ellis", "karen.ellis@zen.co.uk"), "Re: New in your groups: %s, %s \u2013 3 new posts" % (RIV, LEEDS), D % "07:41:20",
        plain(body, "utf-8", "8bit", flowed=True), txt, to=reply_addr(s + EN_T["statin"][1]),
        in_reply_to="<digest.2026-12-07.1@kollega.test>", extra_headers=["User-Agent: Mozilla Thunderbird"], seed=s, eol="\n")

    # 19 Gmail with a PDF attachment, text in the first part
    s = "gmail-en-pdf"
    o = orig("uti", "en", s)
    txt = "Our local recurrent UTI pathway is attached, it has the methenamine monitoring schedule on page 2."
    pdf = base64.encodebytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").decode().strip()
    body = txt + "\n\nRaj\n\nOn Thu, 3 Dec 2026 at 21:14, kollega <" + o["addr"] + "> wrote:\n\n" + q(o["text"])
    part = Part("multipart/mixed", parts=[alt(body, t2h(txt) + "<div>Raj</div><div class=\"gmail_quote\">On Thu, 3 Dec 2026 at 21:14, kollega &lt;" + o["addr"] + "&gt; wrote:<blockquote class=\"gmail_quote\">" + o["html"] + "</blockquote></div>"),
                                            Part("application/pdf", raw='Content-Type: application/pdf; name="recurrent-uti-pathway.pdf"\nContent-Disposition: attachment; filename="recurrent-uti-pathway.pdf"\nContent-Transfer-Encoding: base64\n\n' + pdf + "\n")])
    add(s, "en", "Gmail web", ("Rajesh Kumar", "raj.kumar.gp@gmail.com"), subj(o, "Re: "), D % "11:11:11", part, txt, seed=s)

    # 20 Outlook desktop with HTML signature containing an image and phone number (multipart/related)
    s = "outlook-en-imagesig"
    o = orig("alp", "en", s)
    txt = "Bone profile, vitamin D and a PSA would be my next step, and ask about back pain again. Repeat ALP in 6 weeks if all normal."
    sigt = "Many thanks,\nPriya\n\nDr Priya Shah | GP Partner\nRiverside Medical Practice\nTel: 0113 496 0123 | Mob: 07700 900456\n[cid:image001.png@01DB4A2B.5E7C1A20]"
    body = txt + "\n\n" + sigt + "\n\nFrom: kollega <kollega@kollega.test>\nSent: 03 December 2026 21:14\nTo: Priya Shah <priya.shah@riverside.example.org>\nSubject: " + o["subject"] + "\n\n" + o["text"]
    png = base64.encodebytes(bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000200015e2b9a9c0000000049454e44ae426082")).decode().strip()
    h = outlook_h(txt) + '<p class="MsoNormal">Many thanks,<br>Priya</p><p class="MsoNormal"><b>Dr Priya Shah</b> | GP Partner<br>Riverside Medical Practice<br>Tel: 0113 496 0123 | Mob: 07700 900456<br><img width="120" height="40" src="cid:image001.png@01DB4A2B.5E7C1A20" alt="Riverside Medical Practice logo"></p><div style="border-top:solid #E1E1E1 1.0pt"><b>From:</b> kollega<br><b>Sent:</b> 03 December 2026 21:14<br><b>Subject:</b> ' + htmlmod.escape(o["subject"]) + "</div>" + o["html"]
    part = Part("multipart/alternative", parts=[plain(body, "us-ascii" if False else "utf-8"),
                                                  Part("multipart/related", extra=';\n\ttype="text/html"', parts=[
                                                      Part("text/html", "<html><body>" + h + "</body></html>", "utf-8", "quoted-printable"),
                                                      Part("image/png", raw='Content-Type: image/png; name="image001.png"\nContent-Description: image001.png\nContent-Disposition: inline; filename="image001.png"\nContent-ID: <image001.png@01DB4A2B.5E7C1A20>\nContent-Transfer-Encoding: base64\n\n' + png + "\n")])])
    add(s, "en", "Outlook 365 desktop", ("Priya Shah", "priya.shah@riverside.example.org"), subj(o, "RE: "), D % "12:45:00", part, txt,
        extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-gb"], seed=s)

    # 21 Apple Mail (macOS), format=flowed delsp=yes, P.S. after sign-off
    s = "applemail-en-flowed-ps"
    o = orig("cough", "en", s)
    txt = "Fiona, before anything else I would check whether she is still taking the ramipril from an old repeat template. It happened to me twice this year and the pharmacy kept dispensing both."
    ps = "PS: sputum eosinophils are worth it if your lab does them."
    body = txt + "\n\nBest,\nHamish\n\n" + ps + "\n\n> On 3 Dec 2026, at 21:14, kollega <" + o["addr"] + "> wrote:\n>\n" + q(o["text"])
    add(s, "en", "Apple Mail (macOS)", ("Hamish Grant", "hamish.grant@mac.com"), subj(o, "Re: "), D % "21:02:12",
        plain(body, "utf-8", "quoted-printable", flowed=True, delsp=True), txt + "\n\n" + ps,
        extra_headers=["X-Mailer: Apple Mail (2.3826.300.87.4.3)"], seed=s, eol="\n")

    # 22 mutt-like s-nail? -> Outlook for iOS style already covered; use K-9/Thunderbird for Android with "Thanks!" kept and LF
    s = "thunderbird-android-en-thanks"
    o = orig("gout", "en", s)
    txt = "Has anyone used the urate point-of-care meters? Wondering if they are accurate enough to titrate with.\n\nThanks!"
    body = txt + "\n\nOn 3 December 2026 21:14:00 GMT, kollega <" + o["addr"] + "> wrote:\n" + q(o["text"])
    add(s, "en", "Thunderbird for Android", ("Lucy Barnes", "lucy.barnes@posteo.uk"), subj(o, "Re: "), D % "06:58:43",
        plain(body, "utf-8", "quoted-printable", flowed=True), txt, extra_headers=["User-Agent: Thunderbird for Android"], seed=s, eol="\n")


RS_DISC = """Region Stockholm
Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du inte är rätt mottagare, meddela avsändaren och radera meddelandet. Läs om hur vi behandlar personuppgifter på regionstockholm.se/personuppgifter"""

VGR_DISC = """Västra Götalandsregionen
Detta e-postmeddelande och eventuella bilagor är avsedda enbart för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det. Behandling av personuppgifter sker enligt dataskyddsförordningen (GDPR), se www.vgregion.se/personuppgifter"""

SKANE_DISC = """-----------------------------------------------------------------
Region Skåne behandlar personuppgifter i enlighet med dataskyddsförordningen. Läs mer på www.skane.se/personuppgifter
Meddelandet kan innehålla sekretessbelagd information. Har du fått det av misstag, kontakta avsändaren och radera det.
-----------------------------------------------------------------"""

UPP_DISC = """Region Uppsala
Tänk på miljön innan du skriver ut detta e-postmeddelande. Information om hur Region Uppsala behandlar personuppgifter finns på www.regionuppsala.se/personuppgifter"""

EXTERN_SV = "EXTERN AVSÄNDARE: Det här meddelandet kommer från en avsändare utanför Region Uppsala. Klicka inte på länkar och öppna inte bilagor om du inte känner igen avsändaren och vet att innehållet är säkert."


def sv_cases():
    D = "Tue, 8 Dec 2026 %s +0100"
    # 1 Gmail in Swedish, attribution wrapped over two lines, greeting kept, Kalle for Karl
    s = "gmail-sv-wrapped-kalle"
    o = orig("hosta", "sv", s)
    txt = "Hej Anna!\n\nJag brukar prova inhalationssteroid i sex veckor och sedan följa upp. Många blir bättre av sig själva efter fyra till sex månader, så det är också värt att avvakta om hon orkar.\n\nKolla gärna också reflux och läkemedelslistan."
    body = txt + "\n\nMvh\nKalle\n\nDen tors 3 dec. 2026 kl. 21:14 skrev kollega <\n" + o["addr"] + ">:\n\n" + q(o["text"])
    add(s, "sv", "Gmail web (svenska)", ("Karl Nilsson", "karl.nilsson.lakare@gmail.com"), subj(o, "Sv: "), D % "08:10:02",
        alt(body, t2h(txt + "\n\nMvh\nKalle") + "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Den tors 3 dec. 2026 kl. 21:14 skrev kollega &lt;<a href=\"mailto:" + o["addr"] + "\">" + o["addr"] + "</a>&gt;:<br></div><blockquote class=\"gmail_quote\">" + o["html"] + "</blockquote></div>"),
        txt, seed=s)

    # 2 Outlook desktop in Swedish, Från/Skickat/Till/Ämne with underscore line, Region Stockholm disclaimer, windows-1252
    s = "outlook-sv-regionstockholm"
    o = orig("opioid", "sv", s)
    txt = "Vi brukar sänka med 10 procent av dygnsdosen varannan till var fjärde vecka och ha täta telefonkontakter. Smärtmottagningen tar bara de svåraste hos oss, men deras råd per telefon är guld värt."
    body = txt + "\n\nVänliga hälsningar\nLena Berg\nDistriktsläkare\nHälsocentralen Ringen\n\n" + RS_DISC + "\n\n________________________________\nFrån: kollega <kollega@kollega.test>\nSkickat: den 3 december 2026 21:14\nTill: Berg Lena <lena.berg@regionstockholm.se>\nÄmne: " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "Outlook 365 desktop (svenska)", ("Berg Lena", "lena.berg@regionstockholm.se"), subj(o, "SV: "), D % "09:30:00",
        alt(body, outlook_h(txt + "\n\nVänliga hälsningar\nLena Berg\nDistriktsläkare\nHälsocentralen Ringen") + outlook_h(RS_DISC) + '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>Från:</b> kollega &lt;kollega@kollega.test&gt;<br><b>Skickat:</b> den 3 december 2026 21:14<br><b>Ämne:</b> ' + htmlmod.escape(o["subject"]) + "</div>" + o["html"], charset="windows-1252"),
        txt, extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: sv-SE", "Thread-Topic: " + o["subject"]], seed=s)

    # 3 Outlook older: -----Ursprungligt meddelande-----, VGR disclaimer, ISO-8859-1, /AB initials
    s = "outlook-sv-ursprungligt-vgr"
    o = orig("kna", "sv", s)
    txt = "Fysioterapi först om det inte finns röda flaggor. Röntgen ändrar sällan handläggningen, och artrosskolan har bra resultat hos oss. Om han inte blir bättre efter tre månader röntgar jag stående."
    body = txt + "\n\n/BA\n\n" + VGR_DISC + "\n\n-----Ursprungligt meddelande-----\nFrån: kollega [mailto:kollega@kollega.test]\nSkickat: den 3 december 2026 21:14\nTill: Andersson Björn\nÄmne: " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "Outlook 2010 (svenska)", ("Andersson Björn", "bjorn.andersson@vgregion.se"), subj(o, "SV: "), D % "10:12:45",
        plain(body, "ISO-8859-1", "quoted-printable"), txt, extra_headers=["X-Mailer: Microsoft Outlook 14.0"], seed=s)

    # 4 Apple Mail on iPad in Swedish, format=flowed delsp=yes
    s = "applemail-sv-ipad-flowed"
    o = orig("somn", "sv", s)
    txt = "Jag brukar börja med att fråga vad hon tror skulle hända om hon slutade, och sedan föreslå en långsam nedtrappning med halv tablett varannan kväll. Många vill försöka när de får bestämma takten själva."
    body = txt + "\n\nSkickat från min iPad\n\n> 3 dec. 2026 kl. 21:14 skrev kollega <" + o["addr"] + ">:\n>\n" + q(o["text"])
    add(s, "sv", "Apple Mail iPad (svenska)", ("Ingrid Persson", "ingrid.persson@icloud.com"), subj(o, "Sv: "), D % "07:05:55",
        plain(body, "utf-8", "quoted-printable", flowed=True, delsp=True), txt, extra_headers=["X-Mailer: iPad Mail (21H16)"], seed=s, eol="\n")

    # 5 Outlook for iOS with Region Skåne disclaimer, Maggan for Margareta
    s = "outlookios-sv-skane-maggan"
    o = orig("somn", "sv", s)
    txt = "Vi har en sömnskola på vårdcentralen som hjälpt flera. KBT-I via 1177 går också bra för de som är datorvana."
    body = txt + "\n\nKram\nMaggan\n\nHämta Outlook för iOS<https://aka.ms/o0ukef>\n\n" + SKANE_DISC + "\n________________________________\nFrån: kollega <kollega@kollega.test>\nSkickat: torsdag, december 3, 2026 21:14\nTill: Margareta Holm <margareta.holm@skane.se>\nÄmne: " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "Outlook for iOS (svenska)", ("Holm Margareta", "margareta.holm@skane.se"), subj(o, "Sv: "), D % "12:20:31",
        alt(body, t2h(txt + "\n\nKram\nMaggan") + "<div>Hämta <a href=\"https://aka.ms/o0ukef\">Outlook för iOS</a></div><div>" + htmlmod.escape(SKANE_DISC).replace("\n", "<br>") + "</div><hr><div><b>Från:</b> kollega<br><b>Ämne:</b> " + htmlmod.escape(o["subject"]) + "</div>" + o["html"], cte="base64"),
        txt, seed=s)

    # 6 Outlook web, Region Uppsala, [EXTERN] subject tag and banner at the top of the body
    s = "owa-sv-uppsala-extern"
    o = orig("psa", "sv", s)
    txt = "Jag tar om PSA med fritt/totalt-kvot om sex till åtta veckor, och om det fortfarande är över 3 remitterar jag till MR enligt vårdprogrammet. Ingen anledning att vänta tre månader."
    body = EXTERN_SV + "\n\n" + txt + "\n\nHälsningar\nJohan Ek\nST-läkare allmänmedicin, Vårdcentralen Gränby\n\n" + UPP_DISC + "\n\n________________________________\nFrån: kollega <kollega@kollega.test>\nSkickat: den 3 december 2026 21:14\nTill: Ek Johan\nÄmne: [EXTERN] " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "Outlook på webben (Region Uppsala)", ("Ek Johan", "johan.ek@regionuppsala.se"), "SV: [EXTERN] " + o["subject"], D % "13:47:09",
        alt(body, '<div style="background:#ffe0e0">' + htmlmod.escape(EXTERN_SV) + "</div>" + t2h(txt + "\n\nHälsningar\nJohan Ek\nST-läkare allmänmedicin, Vårdcentralen Gränby") + outlook_h(UPP_DISC) + "<hr><div><b>Från:</b> kollega<br><b>Ämne:</b> [EXTERN] " + htmlmod.escape(o["subject"]) + "</div>" + o["html"]),
        txt, seed=s)

    # 7 Telia webmail
    s = "telia-sv-webmail"
    o = orig("brost", "sv", s)
    txt = "Wells och PERC först. Är hon PERC-negativ tar jag ingen D-dimer, annars gör jag det. Glöm inte p-piller och nyligen genomförda resor."
    body = txt + "\n\nMed vänlig hälsning\nGunnar\n\n\n\nkollega <kollega@kollega.test> skrev den 3 december 2026 kl. 21:14:\n" + q(o["text"])
    add(s, "sv", "Telia Mail (webbmejl)", ("Gunnar Lund", "gunnar.lund@telia.com"), subj(o, "Sv: "), D % "14:02:00",
        alt(body, t2h(txt + "\n\nMed vänlig hälsning\nGunnar") + "<div>kollega &lt;kollega@kollega.test&gt; skrev den 3 december 2026 kl. 21:14:</div><blockquote style=\"border-left:2px solid #1010ff;padding-left:5px\">" + o["html"] + "</blockquote>", charset="ISO-8859-1"),
        txt, extra_headers=["X-Mailer: Open-Xchange Mailer v8.21.5"], seed=s)

    # 8 Bredband2 webmail (Roundcube based), ISO-8859-1 8bit, LF
    s = "bredband2-sv-webmail"
    o = orig("kna", "sv", s)
    txt = "Håller med om fysioterapi först. Jag röntgar om det finns nattvärk, låsningar eller om han inte kan gå ordentligt."
    body = txt + "\n\nMvh Sven\n\nDen 2026-12-03 21:14, kollega skrev:\n" + q(o["text"])
    add(s, "sv", "Bredband2 webbmejl (Roundcube)", ("Sven Karlsson", "sven.karlsson@bredband2.com"), subj(o, "Re: "), D % "15:31:16",
        plain(body, "ISO-8859-1", "8bit", flowed=True), txt, extra_headers=["User-Agent: Roundcube Webmail/1.6.9"], seed=s, eol="\n", file_charset="ISO-8859-1")

    # 9 Loopia webmail
    s = "loopia-sv-webmail"
    o = orig("opioid", "sv", s)
    txt = "Skriv ett tydligt nedtrappningsschema och ge det på papper. Jag har också bra erfarenhet av att byta till depåberedning först."
    body = txt + "\n\n//Helena\n\n\nDen 2026-12-03 kl. 21:14, skrev kollega:\n" + q(o["text"])
    add(s, "sv", "Loopia webbmejl", ("Helena Sjöberg", "helena@sjobergsmedicin.se"), subj(o, "Re: "), D % "16:40:49",
        alt(body, t2h(txt + "\n\n//Helena") + "<p>Den 2026-12-03 kl. 21:14, skrev kollega:</p><blockquote type=\"cite\" style=\"padding:0 0.4em;border-left:#1010ff 2px solid;margin:0\">" + o["html"] + "</blockquote>"),
        txt, extra_headers=["User-Agent: Loopia Webmail"], seed=s)

    # 10 Outlook desktop (sv) reply to a digest answering one of several threads, top-posted
    s = "outlook-sv-digest-maggan"
    groups = [(SOD, [(SV_T["hosta"][1], [(SV_T["hosta"][2], WHEN_SV, SV_T["hosta"][3])]),
                     (SV_T["opioid"][1], [(SV_T["opioid"][2], "4 dec. 2026 09:12", SV_T["opioid"][3])])]),
              (SKA, [(SV_T["somn"][1], [(SV_T["somn"][2], "5 dec. 2026 18:40", SV_T["somn"][3])])])]
    dg = digest_text("sv", s, "Margareta", groups)
    txt = "Angående nedtrappning av opioider: vi har goda erfarenheter av att lägga till en fast kontakt hos distriktssköterskan under hela nedtrappningen. Det minskar avhoppen."
    body = txt + "\n\nMvh Maggan\n\nFrån: kollega <kollega@kollega.test>\nSkickat: den 7 december 2026 07:00\nTill: " + reply_addr(s + SV_T["opioid"][1]) + "\nÄmne: Nytt i dina grupper: " + SOD + ", " + SKA + " – 3 nya inlägg\n\n" + dg
    add(s, "sv", "Outlook 365 desktop (svenska)", ("Margareta Lindgren", "margareta.lindgren@regionstockholm.se"), "SV: Nytt i dina grupper: %s, %s \u2013 3 nya inlägg" % (SOD, SKA), D % "08:05:05",
        plain(body, "windows-1252", "quoted-printable"), txt, to=reply_addr(s + SV_T["opioid"][1]),
        in_reply_to="<digest.2026-12-07.2@kollega.test>", extra_headers=["X-Mailer: Microsoft Outlook 16.0"], seed=s)

    # 11 Thunderbird (sv) reply to a digest, comment placed inside the quoted digest under the relevant thread
    s = "thunderbird-sv-digest-inline"
    groups = [(UPP, [(SV_T["psa"][1], [(SV_T["psa"][2], WHEN_SV, SV_T["psa"][3])])]),
              (NRL, [(SV_T["brost"][1], [(SV_T["brost"][2], "6 dec. 2026 22:10", SV_T["brost"][3])])])]
    dg = digest_text("sv", s, "Per", groups)
    lines = dg.split("\n")
    k = lines.index(SV_T["brost"][3])
    inline = "D-dimer tar jag bara om hon inte är PERC-negativ. Med normalt EKG och troponin tänker jag mest på muskuloskeletal smärta eller perikardit."
    body = "Den 2026-12-07 kl. 07:00, skrev kollega:\n" + q("\n".join(lines[:k + 1])) + "\n\n" + inline + "\n\n" + q("\n".join(lines[k + 1:]))
    add(s, "sv", "Thunderbird (svenska)", ("Per Nyström", "per.nystrom@bahnhof.se"), "Re: Nytt i dina grupper: %s, %s \u2013 2 nya inlägg" % (UPP, NRL), D % "09:09:09",
        plain(body, "utf-8", "8bit", flowed=True), inline, to=reply_addr(s + SV_T["brost"][1]),
        in_reply_to="<digest.2026-12-07.3@kollega.test>", extra_headers=["User-Agent: Mozilla Thunderbird"], seed=s, eol="\n")

    # 12 Xiaomi Mail, base64
    s = "xiaomi-sv"
    o = orig("psa", "sv", s)
    txt = "Ny provtagning om 6-8 veckor, men fråga om cykling och urinvägsinfektion senaste tiden. Båda kan höja PSA tillfälligt."
    body = txt + "\n\nSkickat från min Xiaomi\n\n-------- Originalmeddelande --------\nFrån: kollega <kollega@kollega.test>\nDatum: tors 3 dec. 2026 21:14\nTill: " + o["addr"] + "\nÄmne: " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "Xiaomi Mail", ("Linda Ström", "linda.strom72@hotmail.com"), subj(o, "Sv: "), D % "10:11:12",
        plain(body, "utf-8", "base64"), txt, seed=s)

    # 13 Thunderbird (sv): short answer on top AND a comment inside the quote, /AB initials
    s = "thunderbird-sv-inline-comment"
    o = orig("hosta", "sv", s)
    top = "Kort svar: inhalationssteroid i 6-8 veckor och ny bedömning sedan. Mer nedan."
    inline = "Jag skulle även göra FeNO om ni har det, och fråga om hon fått ACE-hämmare under sjukhusvistelsen."
    qt = o["text"].split("\n")
    i = qt.index(SV_T["hosta"][3])
    body = top + "\n\n/AB\n\nDen 2026-12-03 kl. 21:14, skrev kollega:\n" + q("\n".join(qt[:i + 1])) + "\n\n" + inline + "\n\n" + q("\n".join(qt[i + 1:]))
    add(s, "sv", "Thunderbird (svenska)", ("Anders Bergström", "anders.bergstrom@telia.com"), subj(o, "Re: "), D % "11:20:00",
        plain(body, "utf-8", "quoted-printable", flowed=True), top + "\n\n" + inline, extra_headers=["User-Agent: Mozilla Thunderbird"], seed=s, eol="\n")

    # 14 Apple Mail (macOS) in Swedish, HTML only with blockquote type=cite
    s = "applemail-sv-htmlonly"
    o = orig("brost", "sv", s)
    txt = "Hej Sara!\n\nJag tar D-dimer ganska ofrikostigt hos unga kvinnor med p-piller, annars sällan. Perikardit är värt att tänka på om smärtan lindras framåtlutad."
    h = t2h(txt + "\n\nHälsningar, Ulla") + "<div><br><blockquote type=\"cite\"><div>3 dec. 2026 kl. 21:14 skrev kollega &lt;" + o["addr"] + "&gt;:</div><br class=\"Apple-interchange-newline\"><div>" + o["html"] + "</div></blockquote></div>"
    add(s, "sv", "Apple Mail macOS (svenska)", ("Ulla Bengtsson", "ulla.bengtsson@me.com"), subj(o, "Sv: "), D % "12:00:40",
        html_only(h, "utf-8", "quoted-printable"), txt, extra_headers=["X-Mailer: Apple Mail (2.3826.300.87.4.3)"], seed=s)

    # 15 Gmail Android in Swedish, base64, P.S. after sign-off
    s = "gmail-sv-base64-ps"
    o = orig("kna", "sv", s)
    txt = "Jag börjar alltid med artrosskola och viktnedgång om det är aktuellt. Röntgen om han inte svarat på tre månader."
    ps = "PS. Glöm inte att undersöka höften, den har lurat mig förut."
    body = txt + "\n\nHälsningar\nFredrik\n\n" + ps + "\n\nDen tors 3 dec. 2026 21:14kollega <" + o["addr"] + "> skrev:\n\n" + q(o["text"])
    add(s, "sv", "Gmail Android (svenska)", ("Fredrik Olsson", "fredrik.olsson.vc@gmail.com"), subj(o, "Sv: "), D % "13:13:13",
        alt(body, t2h(txt + "\n\nHälsningar\nFredrik\n\n" + ps) + "<div class=\"gmail_quote\">Den tors 3 dec. 2026 21:14kollega &lt;" + o["addr"] + "&gt; skrev:<blockquote class=\"gmail_quote\">" + o["html"] + "</blockquote></div>", cte="base64"),
        txt + "\n\n" + ps, seed=s)

    # 16 Mail for Windows in Swedish
    s = "win10mail-sv"
    o = orig("somn", "sv", s)
    txt = "Jag har haft nytta av att byta till en kortare beredning först och sedan trappa ned under tre månader. Tack!"
    body = txt + "\n\nSkickades från E-post för Windows\n\nFrån: kollega\nSkickat: den 3 december 2026 21:14\nTill: " + o["addr"] + "\nÄmne: " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "E-post för Windows 10", ("Karin Axelsson", "karin.axelsson@outlook.com"), subj(o, "SV: "), D % "14:14:14",
        alt(body, outlook_h(txt) + '<p class="MsoNormal">Skickades från <a href="https://go.microsoft.com/fwlink/?LinkId=550986">E-post</a> för Windows</p><div style="border-top:solid #E1E1E1 1.0pt"><b>Från: </b>kollega<br><b>Skickat: </b>den 3 december 2026 21:14<br><b>Ämne: </b>' + htmlmod.escape(o["subject"]) + "</div>" + o["html"], charset="windows-1252"),
        txt, seed=s)

    # 17 HCL Notes in Swedish
    s = "hclnotes-sv"
    o = orig("psa", "sv", s)
    txt = "Hos oss gäller vårdprogrammet: PSA över 3 hos 50-69-åringar ger MR-remiss, efter kontrollprov. Jag ringer urologen om jag är osäker."
    body = txt + "\n\nMed vänlig hälsning\n\nEva Lindahl\nSpecialist i allmänmedicin\nVårdcentralen Knivsta\n\n\n\nFrån:        \"kollega\" <kollega@kollega.test>\nTill:        " + o["addr"] + "\nDatum:        2026-12-03 21:14\nÄrende:        " + o["subject"] + "\n\n\n\n" + o["text"]
    add(s, "sv", "HCL Notes (svenska)", ("Eva Lindahl", "eva.lindahl@knivstavc.example.se"), subj(o, "Sv: "), D % "15:15:15",
        plain(body, "ISO-8859-1", "quoted-printable"), txt, extra_headers=["X-Mailer: HCL Notes Release 12.0.2"], seed=s)

    # 18 Samsung Email in Swedish with "Skickat från min Galaxy", CRLF, comment only greeting + text, closing "Tack på förhand!" kept
    s = "samsung-sv-tack"
    o = orig("opioid", "sv", s)
    txt = "Hej alla,\n\nFinns det någon som har ett bra patientinformationsblad om nedtrappning på svenska? Tack på förhand!"
    body = txt + "\n\n\n\nSkickat från min Galaxy\n\n\n-------- Originalmeddelande --------\nFrån: kollega <" + o["addr"] + ">\nDatum: 2026-12-03 21:14 (GMT+01:00)\nTill: Tove Wik <tove.wik@gmail.com>\nÄmne: " + o["subject"] + "\n\n" + o["text"]
    add(s, "sv", "Samsung Email (svenska)", ("Tove Wik", "tove.wik@gmail.com"), subj(o, "Sv: "), D % "16:16:16",
        alt(body, t2h(txt) + "<div><br></div><div id=\"composer_signature\">Skickat från min Galaxy</div><div><br></div><div>-------- Originalmeddelande --------</div><div>Från: kollega &lt;" + o["addr"] + "&gt;</div><div>Ämne: " + htmlmod.escape(o["subject"]) + "</div>" + o["html"]),
        txt, seed=s)


# ---------------------------------------------------------------- check
def unflow(text, delsp):
    out, buf = [], None
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        soft = line.endswith(" ") and line != "-- "
        if soft and delsp:
            line = line[:-1]
        buf = (buf or "") + line
        if not soft:
            out.append(buf)
            buf = None
    if buf is not None:
        out.append(buf)
    return "\n".join(out)


def html_text(h):
    h = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|blockquote|li)>", "\n\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def check():
    bad = 0
    names = sorted(n[:-4] for n in os.listdir(OUT) if n.endswith(".eml"))
    for n in names:
        with open(os.path.join(OUT, n + ".eml"), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                continue
            t = part.get_content().replace("\r\n", "\n")
            if part.get_content_subtype() == "html":
                t = html_text(t)
            elif part.get_param("format", "").lower() == "flowed":
                t = unflow(t, part.get_param("delsp", "").lower() == "yes")
            texts.append(norm(t))
        if msg.defects:
            print("DEFECT", n, msg.defects); bad += 1
        exp = open(os.path.join(OUT, n + ".expected"), encoding="utf-8").read()
        assert exp.endswith("\n") and not exp.endswith("\n\n"), n
        for para in exp.strip("\n").split("\n\n"):
            if not any(norm(para) in t for t in texts):
                print("MISSING", n, repr(para[:60])); bad += 1
    print("checked %d messages, %d problems" % (len(names), bad))
    return bad


if __name__ == "__main__":
    en_cases()
    sv_cases()
    from collections import Counter
    print(Counter(c[1] for c in CASES))
    sys.exit(1 if check() else 0)
