#!/usr/bin/env python3
"""Generate the blind reply fixtures (NAME.eml + NAME.expected) and check them.

Written blind: the author never read kollega's parser, tests or fixtures.
python3 stdlib only.  Run: python3 make_replies.py
"""
import base64, email, email.policy, html, os, quopri, re, sys, uuid, hashlib
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

T = {
    "en": dict(above="## Reply above this line to post in the thread ##", wrote="wrote in",
               hint="Reply to this email to post in this thread.", read="Read in kollega",
               settings="Email settings", unsub="Unsubscribe", hello="Hello",
               intro="Here is what is new since your previous digest. To answer, reply to the thread's address below (each thread has its own).",
               newcase="Start a new case by email", bymail="Reply by email",
               learning="Your learning log, with suggestions from the discussions you took part in",
               dsubj="New in your groups", one="1 new post", many="new posts"),
    "sv": dict(above="## Svara ovanför den här raden för att skriva i tråden ##", wrote="skrev i",
               hint="Svara på det här mejlet för att skriva i tråden.", read="Läs i kollega",
               settings="E-postinställningar", unsub="Avsluta prenumeration", hello="Hej",
               intro="Här är det som är nytt sedan din förra sammanfattning. Svara genom att skriva till trådens adress nedan (varje tråd har sin egen).",
               newcase="Ta upp ett nytt fall med e-post", bymail="Svara med e-post",
               learning="Din lärandelogg, med förslag från diskussionerna du deltog i",
               dsubj="Nytt i dina grupper", one="1 nytt inlägg", many="nya inlägg"),
}

def h(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def uid(seed):
    return str(uuid.UUID(h(seed, 32)))

def reply_addr(seed):
    return "reply+%s@kollega.test" % h("addr" + seed, 30)

def notif_lines(lang, author, title, group, when, post, seed):
    t = T[lang]
    L = [t["above"], "", '%s %s "%s" (%s), %s:' % (author, t["wrote"], title, group, when), ""]
    L += post.split("\n")
    L += ["", "--", t["hint"],
          "%s: https://kollega.test/t/%s" % (t["read"], uid("t" + seed)),
          "%s: https://kollega.test/settings" % t["settings"],
          "%s: https://kollega.test/unsubscribe/%s" % (t["unsub"], h("u" + seed, 24))]
    return L

def digest_lines(lang, member, groups, seed):
    """groups: [(group, [(title, [(author, when, body)])])]"""
    t = T[lang]
    L = ["%s %s," % (t["hello"], member), "", t["intro"]]
    for g, threads in groups:
        L += ["", "== %s ==" % g, "%s: post+%s@kollega.test" % (t["newcase"], h("p" + g, 20))]
        for title, posts in threads:
            L += ["", "## %s" % title, "%s: %s" % (t["bymail"], reply_addr(seed + title))]
            for a, w, b in posts:
                L += ["-- %s, %s:" % (a, w), ""] + b.split("\n")
            L += ["", "%s: https://kollega.test/t/%s" % (t["read"], uid(seed + title))]
    L += ["", "%s: https://kollega.test/settings/learning" % t["learning"], "--",
          "%s: https://kollega.test/settings" % t["settings"],
          "%s: https://kollega.test/unsubscribe/%s" % (t["unsub"], h("du" + seed, 24))]
    return L

def q(lines, p=">"):
    return [(p + " " + l) if l else p for l in lines]

# ---------------------------------------------------------------- encoding

def flow(lines, width=72):
    out = []
    for line in lines:
        m = re.match(r"^(>+ ?)?", line)
        pre = m.group(0) if m else ""
        body = line[len(pre):]
        if line == "-- ":
            out.append(line); continue
        if not pre and (body.startswith(" ") or body.startswith("From ")):
            body = " " + body
        body = body.rstrip(" ")
        if len(pre) + len(body) <= width:
            out.append(pre + body); continue
        words = body.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre) + len(cur) + 1 + len(w) > width:
                out.append(pre + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(pre + cur)
    return out

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def addr(name, mail, charset="utf-8"):
    try:
        name.encode("ascii")
        return '%s <%s>' % (('"%s"' % name) if re.search(r'[,.()]', name) else name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), mail)

def enc_body(text, charset, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    if cte == "base64":
        b = base64.b64encode(text.replace("\n", "\r\n").encode(charset)).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    if cte == "8bit":
        return text
    text.encode("ascii")
    return text

def leaf(ctype, text, charset="utf-8", cte="quoted-printable", flowed=False, delsp=False):
    params = '; charset="%s"' % charset
    if flowed:
        params += "; format=flowed" + ("; delsp=yes" if delsp else "")
    return "Content-Type: %s%s\nContent-Transfer-Encoding: %s\n\n%s" % (
        ctype, params, cte, enc_body(text, charset, cte))

def to_html(lines, style):
    """plain lines -> html; runs of '>' lines become a blockquote."""
    out, i = [], 0
    cls = {"gmail": ' class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"',
           "apple": ' type="cite"', "tb": ' type="cite"', "proton": ' class="protonmail_quote" type="cite"',
           "fast": ' type="cite" id="qt"', "yahoo": ' style="margin:0 0 20px 0;"'}.get(style, "")
    while i < len(lines):
        l = lines[i]
        if l.startswith("\x00"):  # literal line typed by the member, not a quote
            out.append("<div>%s</div>" % html.escape(l[1:], quote=False)); i += 1; continue
        if l.startswith(">"):
            j = i
            inner = []
            while j < len(lines) and lines[j].startswith(">"):
                s = lines[j][1:]
                inner.append(s[1:] if s.startswith(" ") else s)
                j += 1
            out.append("<blockquote%s>%s</blockquote>" % (cls, to_html(inner, style)))
            i = j
            continue
        m = re.match(r"^(From|Sent|To|Subject|Date|Från|Skickat|Till|Ämne|Datum): (.*)$", l)
        if l == "_" * 32:
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        elif style == "outlook" and m:
            out.append("<div><b>%s:</b> %s</div>" % (m.group(1), html.escape(m.group(2), quote=False)))
        else:
            out.append("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>"))
        i += 1
    return "\n".join(out)

def html_doc(inner, style, charset="utf-8", lang="EN-GB"):
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="%s" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, lang, inner))
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    return '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>\n%s\n</body></html>\n' % inner

# ---------------------------------------------------------------- clients

CLIENT_HDRS = {
    "gmail": lambda s, d: ["Message-ID: <CA%s@mail.gmail.com>" % h(s, 40)],
    "outlook": lambda s, d: ["Thread-Topic: %s" % "x", "Thread-Index: AQH%s==" % h(s, 20),
                             "Message-ID: <DB9PR%s@DB9PR%s.eurprd02.prod.outlook.com>" % (h(s, 20).upper(), h(s + "x", 8).upper()),
                             "Accept-Language: %s" % d, "Content-Language: %s" % d, "X-MS-Has-Attach:",
                             "X-MS-TNEF-Correlator:"],
    "apple_iphone": lambda s, d: ["Message-Id: <%s@%s>" % (uid(s).upper(), d), "X-Mailer: iPhone Mail (22B91)"],
    "apple_ipad": lambda s, d: ["Message-Id: <%s@%s>" % (uid(s).upper(), d), "X-Mailer: iPad Mail (22B91)"],
    "apple_mac": lambda s, d: ["Message-Id: <%s@%s>" % (uid(s).upper(), d), "X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "tb": lambda s, d: ["Message-ID: <%s@%s>" % (uid(s), d),
                        "User-Agent: Mozilla Thunderbird", "Content-Language: %s" % "en-GB"],
    "k9": lambda s, d: ["Message-ID: <%s@%s>" % (uid(s), d), "User-Agent: K-9 Mail for Android"],
    "samsung": lambda s, d: ["Message-ID: <%s@email.android.com>" % h(s, 24)],
    "proton": lambda s, d: ["Message-ID: <%s=@proton.me>" % base64.b64encode(bytes.fromhex(h(s, 48))).decode(),
                            "X-Pm-Message-ID: %s" % h(s + "pm", 40), "X-Pm-Origin: internal"],
    "fast": lambda s, d: ["Message-Id: <%s@app.fastmail.com>" % uid(s), "User-Agent: Cyrus-JMAP/3.11.0-alpha0-1234-g%s" % h(s, 8)],
    "yahoo": lambda s, d: ["Message-ID: <%s.%s@mail.yahoo.com>" % (h(s, 10), h(s + "y", 8)),
                           "X-Mailer: WebService/1.1.22876 YMailNorrin"],
    "outlook_mobile": lambda s, d: ["Message-ID: <AM0PR%s@AM0PR%s.eurprd03.prod.outlook.com>" % (h(s, 20).upper(), h(s + "m", 6).upper()),
                                    "Content-Language: %s" % d, "X-MS-Has-Attach:"],
}

def build(name, sender, to, subject, date, client, cdata, body_lines, *, html_lines=None,
          html_only=False, charset="utf-8", cte="quoted-printable", flowed=False, delsp=False,
          in_reply_to=None, hstyle="plain", extra=()):
    H = ["From: %s" % addr(sender[0], sender[1], charset if charset != "us-ascii" else "utf-8"),
         "To: %s" % to, "Subject: %s" % hdr(subject, "utf-8" if charset == "us-ascii" else charset),
         "Date: %s" % date]
    if in_reply_to:
        H += ["In-Reply-To: %s" % in_reply_to, "References: %s" % in_reply_to]
    topic = re.sub(r"^(re|sv|aw)\s*:\s*", "", subject, flags=re.I)
    H += [x.replace("Thread-Topic: x", "Thread-Topic: " + hdr(topic, "utf-8" if charset == "us-ascii" else charset))
          for x in CLIENT_HDRS[client](name, cdata)]
    H += list(extra)
    H.append("MIME-Version: 1.0")
    text = "\n".join(flow(body_lines) if flowed else body_lines) + "\n"
    if html_lines is None:
        html_lines = body_lines
    hbody = html_doc(to_html(html_lines, hstyle), hstyle, charset, (cdata or "en-GB").upper() if "-" in (cdata or "-") else "EN-GB")
    if html_only:
        body = leaf("text/html", hbody, charset, cte)
        ct, body = body.split("\n", 1)
        H.append(ct)
        msg = "\n".join(H) + "\n" + body
    elif hstyle is None:
        part = leaf("text/plain", text, charset, cte, flowed, delsp)
        msg = "\n".join(H) + "\n" + part
    else:
        b = "_000_%s_" % h(name + "b", 24) if client.startswith("outlook") else \
            "000000000000%s" % h(name + "b", 16) if client == "gmail" else \
            "Apple-Mail=_%s" % uid(name + "b").upper() if client.startswith("apple") else \
            "b1_%s" % h(name + "b", 40)
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        msg = "\n".join(H) + "\n\n"
        if client.startswith("outlook"):
            msg += ""
        else:
            msg += "This is a multi-part message in MIME format.\n" if client in ("tb", "proton") else ""
        msg += "--%s\n%s\n--%s\n%s\n--%s--\n" % (b, leaf("text/plain", text, charset, cte, flowed, delsp),
                                                b, leaf("text/html", hbody, charset, cte), b)
    return msg

FILES = {}

def pair(name, lang, client_label, msg, expected):
    exp = expected.strip("\n") + "\n"
    FILES[name] = (lang, client_label, msg, exp)

def irt(seed, n=1):
    return "<post.%s.%d@kollega.test>" % (uid("post" + seed), n)


import datetime
from email.utils import format_datetime

def D(day, hh, mm, tzh=0):
    tz = datetime.timezone(datetime.timedelta(hours=tzh))
    return format_datetime(datetime.datetime(2026, 12, day, hh, mm, (day * 7 + mm) % 60, tzinfo=tz))

K = "kollega <kollega@kollega.test>"
SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

def outlook_hdr(lang, to, subj, day, hm, mobile=False):
    wd = datetime.date(2026, 12, day).strftime("%A")
    if lang == "en":
        sent = ("%s, December %d, 2026 %s" % (wd, day, hm)) if mobile else ("%02d December 2026 %s" % (day, hm))
        return ["________________________________", "From: " + K, "Sent: " + sent, "To: " + to, "Subject: " + subj]
    sent = ("%s, december %d, 2026 %s" % (SV_DAYS[datetime.date(2026, 12, day).weekday()], day, hm)) if mobile \
        else ("den %d december 2026 %s" % (day, hm))
    return ["________________________________", "Från: " + K, "Skickat: " + sent, "Till: " + to, "Ämne: " + subj]

NHSMAIL = ["********************************************************************************************************************",
           "",
           "This message may contain confidential information. If you are not the intended recipient please inform the",
           "sender that you have received the message in error before deleting it.",
           "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.",
           "",
           "NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging health and care data securely. To find out more visit: https://portal.nhs.net/help/joiningnhsmail",
           "",
           "********************************************************************************************************************"]
NHS_SCOT = ["",
            "********************************************************************************************************************",
            "NHS Scotland - This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this email or take any action in relation to its contents. Thank you.",
            "********************************************************************************************************************"]
EXT_EN = "[EXTERNAL] This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe."
EXT_SV = "Denna e-post kommer från en extern avsändare. Klicka inte på länkar och öppna inte bilagor om du inte känner igen avsändaren och vet att innehållet är säkert."
REG_STHLM = ["", "Region Stockholm behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Läs mer om hur vi behandlar dina personuppgifter på www.regionstockholm.se/dataskydd",
             "Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet."]
REG_OG = ["", "Region Östergötland behandlar personuppgifter i enlighet med gällande dataskyddslagstiftning. Läs mer på www.regionostergotland.se/personuppgifter"]
REG_JKP = ["", "------------------------------------------------------------",
           "Region Jönköpings län behandlar dina personuppgifter enligt dataskyddsförordningen. Läs mer om hur vi hanterar personuppgifter på www.rjl.se/personuppgifter",
           "Tänk på miljön innan du skriver ut detta meddelande.", "------------------------------------------------------------"]
REG_HALL = "Region Halland hanterar personuppgifter enligt dataskyddsförordningen (GDPR). Information om hur vi behandlar personuppgifter finns på www.regionhalland.se/personuppgifter. E-post till Region Halland kan komma att diarieföras och bli allmän handling."
REG_NB = ["", "_____________________________________________",
          "Region Norrbotten behandlar personuppgifter enligt dataskyddsförordningen. Mer information finns på www.norrbotten.se/personuppgifter",
          "Detta meddelande kan innehålla sekretessbelagd information. Om du fått det av misstag, meddela avsändaren och radera det."]

def X(*paras):
    return "\n\n".join(paras)

# ================================================================ ENGLISH
# 1 Gmail web, top-post, long text with list, sign-off nickname Rob + signature block
s = "gmail-en-toppost-list"
title, grp = "Statins in the over-85s", "Leeds North Peer Group"
post = "Do you routinely offer statins for primary prevention in patients over 85? QRISK3 stops at 84 and I am never sure how to frame the conversation."
own = ["I think this is one of the genuinely grey areas. My own approach has shifted over the last couple of years.",
       "",
       "What I usually do now:",
       "- check frailty first (Rockwood or eFI), because that changes the whole conversation",
       "- talk about time to benefit, which is roughly two to three years for primary prevention",
       "- offer atorvastatin 20 mg rather than 80 mg if they want to try it",
       "- agree a review at six months for muscle symptoms and to see whether they still want it",
       "",
       "The STAREE and PREVENTABLE trials should help, but until then I think shared decision making is all we have. I also find it useful to say clearly that stopping is a perfectly reasonable choice.",
       "",
       "Has anyone used the NICE patient decision aid with this age group? I found it a bit dense for people with any cognitive impairment."]
exp = "\n".join(own)
lines = own + ["", "Best wishes,", "Rob", "", "--", "Dr Robert Hale", "GP Partner | Riverside Surgery", "14 Mill Lane, Otley LS21 1AB", "Tel: 01632 960 123", "",
               "On Mon, 7 Dec 2026 at 14:32, kollega <kollega@kollega.test> wrote:", ""] + \
        q(notif_lines("en", "Priya Shah", title, grp, "7 Dec 2026, 14:32", post, s))
pair(s, "en", "Gmail web", build(s, ("Robert Hale", "rob.hale.gp@gmail.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 18, 5), "gmail", None, lines, in_reply_to=irt(s), hstyle="gmail"), exp)

# 2 Outlook desktop, NHSmail, qualifications sign-off, disclaimer, Outlook header block
s = "outlook-en-nhsmail-disclaimer"
title, grp = "Fit notes for long COVID", "Bradford GP Learning Set"
post = "How long are people signing off patients with persisting fatigue after COVID before referring to the post-COVID service?"
own = ["Our local service accepts referrals from 12 weeks, so I tend to refer at that point rather than keep extending fit notes indefinitely.",
       "",
       "I also use the \"may be fit for work\" box with amended duties and a phased return much earlier than I used to. Occupational health input has been more useful than I expected."]
exp = "\n".join(own)
lines = own + ["", "Kind regards", "", "Dr A. Khan MRCGP", "GP Partner", "The Limes Medical Centre", "22 Station Road, Bradford BD1 4XY",
               "Tel: 01632 960 456 | Bypass: 01632 960 457", ""] + \
        outlook_hdr("en", "KHAN, Aisha (THE LIMES MEDICAL CENTRE) <aisha.khan@nhs.net>", "[%s] %s" % (grp, title), 7, "14:32") + [""] + \
        notif_lines("en", "Tom Reid", title, grp, "7 Dec 2026, 14:32", post, s) + ["", ""] + NHSMAIL
pair(s, "en", "Outlook desktop", build(s, ("KHAN, Aisha (THE LIMES MEDICAL CENTRE)", "aisha.khan@nhs.net"), reply_addr(s),
     "RE: [%s] %s" % (grp, title), D(8, 9, 12), "outlook", "en-GB", lines, in_reply_to=irt(s, 2), hstyle="outlook"), exp)

# 3 Outlook web, [EXTERNAL] banner above text, closing without name kept ("Thanks")
s = "outlookweb-en-external-banner"
title, grp = "Deprescribing PPIs", "Cumbria Peer Review"
post = "Anyone running a PPI deprescribing audit? We have a lot of long-term omeprazole 40 mg with no clear indication."
own = ["We did one last spring. The pharmacist ran a search for PPIs over a year without a coded indication, and we stepped down to the lowest dose first rather than stopping outright.",
       "",
       "About a third came off completely at six months. Rebound symptoms were the main reason people went back on, so warning them about that upfront helped.",
       "",
       "Thanks"]
exp = "\n".join(own)
lines = [EXT_EN, "", ] + own + [""] + outlook_hdr("en", "Sarah Pritchard <sarah.pritchard2@nhs.net>", "[%s] %s" % (grp, title), 4, "11:20") + [""] + \
        notif_lines("en", "Neil Foster", title, grp, "4 Dec 2026, 11:20", post, s)
pair(s, "en", "Outlook web", build(s, ("Sarah Pritchard", "sarah.pritchard2@nhs.net"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(4, 13, 40), "outlook", "en-GB", lines, in_reply_to=irt(s), hstyle="outlook"), exp)

# 4 iPhone, short text, sign-off Liz, Sent from my iPhone
s = "iphone-en-liz-sentfrom"
title, grp = "Vitamin D prescribing", "Sheffield South GP Forum"
post = "Are practices still prescribing maintenance vitamin D or pushing everyone to buy over the counter?"
own = ["We advise OTC for maintenance and only prescribe treatment doses when the level is below 25. The ICB guidance backs that up, which helps when patients push back."]
exp = "\n".join(own)
lines = own + ["", "Liz", "", "Sent from my iPhone", "", "> On 7 Dec 2026, at 16:02, kollega <kollega@kollega.test> wrote:", ">", ] + \
        q(notif_lines("en", "Mark Bell", title, grp, "7 Dec 2026, 16:02", post, s))
pair(s, "en", "Apple Mail iPhone", build(s, ("Elizabeth Ward", "liz.ward@icloud.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 19, 44), "apple_iphone", "icloud.com", lines, in_reply_to=irt(s), hstyle=None, extra=["Content-Type: text/plain; charset=utf-8".replace("x", "x")][:0]), exp)

# 5 Thunderbird, format=flowed, bottom-post, Jenny + dash-dash signature
s = "thunderbird-en-bottompost-flowed"
title, grp = "HRT and migraine with aura", "Bristol GP Tutors"
post = "A perimenopausal woman with migraine with aura is asking about HRT. Transdermal estradiol is fine, isn't it?"
own = ["Yes, transdermal estradiol is fine with aura as it does not carry the stroke risk of oral oestrogen. I would still avoid the combined pill in the same woman, which sometimes confuses people.",
       "",
       "It is worth starting low, for example one pump of gel, as some women find their migraines change in the first few months."]
exp = "\n".join(own)
lines = ["On 07/12/2026 10:15, kollega wrote:"] + q(notif_lines("en", "Hannah Cole", title, grp, "7 Dec 2026, 10:15", post, s)) + [""] + own + \
        ["", "Jenny", "", "-- ", "Dr Jennifer Moss", "Salaried GP, Whiteladies Health Centre", "Bristol BS8 2PU", "0117 496 0789"]
pair(s, "en", "Thunderbird", build(s, ("Jennifer Moss", "jennifer.moss@doctors.org.uk"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 21, 3), "tb", "doctors.org.uk", lines, in_reply_to=irt(s), hstyle=None, flowed=True), exp)

# 6 Gmail app, interleaved, Cheers Tom
s = "gmailapp-en-interleaved"
title, grp = "Two-week wait for iron deficiency", "Norfolk GP Discussion Group"
post = "Questions for the group:\n1. Do you refer iron deficiency anaemia in men under 50 on the 2WW pathway?\n2. Do you check coeliac serology first?"
nl = notif_lines("en", "Claire Dunn", title, grp, "6 Dec 2026, 20:47", post, s)
i1 = nl.index("1. Do you refer iron deficiency anaemia in men under 50 on the 2WW pathway?")
a1 = "Only if there is no obvious cause. We do FIT first now, which has cut down the number of inappropriate referrals a lot."
a2 = "Always, and before the referral goes in. A positive tTG changes the pathway completely."
a3 = "The local guidance was updated in the summer if anyone wants the link."
exp = X(a1, a2, a3)
lines = ["On Sun, 6 Dec 2026, 20:47 kollega, <kollega@kollega.test> wrote:", ""] + q(nl[:i1 + 1]) + ["", a1, ""] + q([nl[i1 + 1]]) + ["", a2, "", a3, "", "Cheers,", "Tom"]
lines = lines[:] 
pair(s, "en", "Gmail app", build(s, ("Tom Reid", "tom.reid.gp@gmail.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 7, 31), "gmail", None, lines, in_reply_to=irt(s), hstyle="gmail"), exp)

# 7 Outlook iOS, digest reply, greeting line, initials sign-off
s = "outlookios-en-digest-initials"
th = "Sick day rules for SGLT2 inhibitors"
dg = digest_lines("en", "Sam Patel", [("Leicester Peer Group", [(th, [("Anna Lee", "7 Dec 2026, 09:10", "Do you give written sick day guidance when starting dapagliflozin?")]),
                                                              ("Knee injections in primary care", [("Joe Marsh", "7 Dec 2026, 12:00", "Is anyone still doing steroid knee injections in surgery?")])])], s)
own = ["Hi all,", "", "We give the Think Kidneys leaflet and add a line to the repeat slip. The main thing I stress is stopping it if they are vomiting or not eating, and restarting once they are eating and drinking normally for a day or two."]
exp = "\n".join(own)
lines = own + ["", "SP", "", "Get Outlook for iOS", "________________________________", "From: " + K, "Sent: Tuesday, December 8, 2026 6:00:12 AM",
               "To: Sam Patel <sam.patel@nhs.net>", "Subject: New in your groups: Leicester Peer Group – 2 new posts", ""] + dg
pair(s, "en", "Outlook iOS", build(s, ("Sam Patel", "sam.patel@nhs.net"), reply_addr(s + th), "Re: New in your groups: Leicester Peer Group – 2 new posts",
     D(8, 7, 15), "outlook_mobile", "en-GB", lines, in_reply_to="<digest.%s@kollega.test>" % uid("dg" + s), hstyle="outlook"), exp)

# 8 Fastmail, member typed a "> as NICE says" line in own text
s = "fastmail-en-typed-quote"
title, grp = "Antibiotics for acute otitis media", "Devon GP Peer Group"
post = "Are people still doing delayed scripts for AOM in children over two?"
own = ["Yes, mostly. I quote the guideline at parents:",
       "",
       "> as NICE says, most children get better within 3 days without antibiotics",
       "",
       "and that usually lands well. The exception is otorrhoea or bilateral AOM under two, where I prescribe straight away."]
exp = "\n".join(own)
lines = own + ["", "Ben", "", "On Mon, 7 Dec 2026, at 13:05, kollega wrote:"] + q(notif_lines("en", "Lucy Grant", title, grp, "7 Dec 2026, 13:05", post, s))
pair(s, "en", "Fastmail", build(s, ("Ben Oduya", "ben@oduya.fastmail.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 15, 50), "fast", None, lines, in_reply_to=irt(s), hstyle="fast",
     html_lines=[("\x00" + l) if l.startswith("> as NICE") else l for l in lines]), exp)

# 9 Samsung, +1 only
s = "samsung-en-plusone"
title, grp = "Practice nurse-led asthma reviews", "Kent GP Forum"
post = "We're moving asthma reviews to the nurses with GP oversight for the complex ones. Anyone done this well?"
exp = "+1"
lines = ["+1", "", "", "", "Sent from my Galaxy", "", "", "-------- Original message --------", "From: " + K, "Date: 07/12/2026 17:40 (GMT+00:00)",
         "To: Ravi Mehta <ravi.mehta@nhs.net>", "Subject: [%s] %s" % (grp, title), ""] + notif_lines("en", "Karen Price", title, grp, "7 Dec 2026, 17:40", post, s)
pair(s, "en", "Samsung Email", build(s, ("Ravi Mehta", "ravi.mehta@nhs.net"), reply_addr(s), "RE: [%s] %s" % (grp, title),
     D(7, 18, 2), "samsung", None, lines, in_reply_to=irt(s), hstyle="plain"), exp)

# 10 K-9, sign-off then P.S.
s = "k9-en-ps"
title, grp = "Gabapentinoid reviews", "Nottingham Peer Support"
post = "How are people approaching pregabalin reduction in patients who've been on it for years?"
own = ["Slowly. I reduce by 50 to 75 mg a week at most and agree the plan in writing. Pairing it with a pain clinic or physio review gives people something to move towards rather than just something being taken away."]
ps = "P.S. The Oxford pain team's tapering chart is excellent if anyone wants a copy."
exp = X("\n".join(own), ps)
lines = own + ["", "Best,", "Mark", "", ps, "", "-- ", "Sent from my Android device with K-9 Mail. Please excuse my brevity.", "",
               "On 7 December 2026 11:02:45 GMT, kollega <kollega@kollega.test> wrote:"] + q(notif_lines("en", "Fiona Hay", title, grp, "7 Dec 2026, 11:02", post, s))
pair(s, "en", "K-9 Mail", build(s, ("Mark Bell", "mark.bell@nhs.net"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 12, 20), "k9", "nhs.net", lines, in_reply_to=irt(s), hstyle=None, flowed=True), exp)

# 11 Proton, base64, title sign-off, Proton footer
s = "proton-en-base64-title"
title, grp = "Chaperones for remote consultations", "Oxford GP Ethics Group"
post = "Do you offer a chaperone for video consultations that involve an intimate examination?"
own = ["I don't do intimate examinations by video at all. If I need to see it, I bring them in. Photos sent in are a separate problem and we have a practice policy that they are deleted once the clinical note is written."]
exp = "\n".join(own)
lines = own + ["", "Dr Helen Carter", "", "Sent with Proton Mail secure email.", "", "On Monday, December 7th, 2026 at 14:10, kollega <kollega@kollega.test> wrote:", ""] + \
        q(notif_lines("en", "David Lowe", title, grp, "7 Dec 2026, 14:10", post, s))
pair(s, "en", "Proton Mail", build(s, ("Helen Carter", "h.carter@proton.me"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 22, 9), "proton", None, lines, in_reply_to=irt(s), hstyle="proton", cte="base64"), exp)

# 12 Outlook for Mac, HTML only, Regards David
s = "outlookmac-en-htmlonly"
title, grp = "Managing inbox workload", "Surrey Sessional GPs"
post = "How many documents is it reasonable to action in a session alongside clinics?"
own = ["We moved to having the clinical pharmacist and a trained admin team workflow most of the letters, and the GPs only see around 30 a day now.",
       "",
       "The key was a clear protocol for what can be filed without a GP seeing it. It took about three months to settle."]
exp = "\n".join(own)
lines = own + ["", "Regards,", "David", "", "David Lowe", "GP Principal", "Heathside Surgery, Woking", ""] + \
        ["From: kollega <kollega@kollega.test>", "Date: Monday, 7 December 2026 at 08:30", "To: David Lowe <david.lowe@nhs.net>",
         "Subject: [%s] %s" % (grp, title)] + notif_lines("en", "Olivia Price", title, grp, "7 Dec 2026, 08:30", post, s)
pair(s, "en", "Outlook for Mac", build(s, ("David Lowe", "david.lowe@nhs.net"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 12, 45), "outlook", "en-GB", lines, in_reply_to=irt(s), hstyle="outlook", html_only=True, extra=["X-Mailer: Microsoft Outlook for Mac 16.91"]), exp)

# 13 Outlook desktop windows-1252 QP, NHS Scotland disclaimer
s = "outlook-en-cp1252-nhsscotland"
title, grp = "Prescribing costs – branded inhalers", "Lothian GP Cluster"
post = "Has anyone switched patients from Seretide to a cheaper equivalent? Savings look substantial."
own = ["We switched about 200 patients last year. The savings were around £18,000 annually, but the \u201cone device\u201d rule matters more than the brand \u2013 people who end up with two different devices do worse.",
       "",
       "We invited everyone for a technique check with the nurse after the switch."]
exp = "\n".join(own)
lines = own + ["", "All the best,", "Fiona", "", "Dr Fiona Hay", "GP, Craigmillar Medical Group", "0131 496 0222", ""] + \
        outlook_hdr("en", "Hay, Fiona <fiona.hay@nhs.scot>", "[%s] %s" % (grp, title), 3, "15:00") + [""] + \
        notif_lines("en", "Callum Ross", title, grp, "3 Dec 2026, 15:00", post, s).copy() + NHS_SCOT
pair(s, "en", "Outlook desktop", build(s, ("Hay, Fiona", "fiona.hay@nhs.scot"), reply_addr(s), "RE: [%s] %s" % (grp, title),
     D(4, 8, 55), "outlook", "en-GB", lines, in_reply_to=irt(s), hstyle="outlook", charset="windows-1252"), exp)

# 14 Apple Mail Mac, bottom-post, flowed, full name sign-off
s = "applemail-en-mac-bottompost"
title, grp = "Cascading safety-netting advice", "Manchester Trainers"
post = "How do you teach registrars to document safety-netting without it becoming a meaningless template?"
own = ["I ask them to write the specific thing that would make the patient come back, and the specific timeframe. \"Return if worse\" gets challenged every time in tutorials.",
       "",
       "Recording the patient's own words for what they will do works well too."]
exp = "\n".join(own)
lines = ["> On 7 Dec 2026, at 19:22, kollega <kollega@kollega.test> wrote:", ">"] + q(notif_lines("en", "Sophie Grant", title, grp, "7 Dec 2026, 19:22", post, s)) + [""] + own + \
        ["", "Warm regards,", "James Okafor"]
pair(s, "en", "Apple Mail Mac", build(s, ("James Okafor", "james.okafor@me.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 21, 58), "apple_mac", "me.com", lines, in_reply_to=irt(s), hstyle="apple", flowed=True, delsp=True), exp)

# 15 Yahoo, greeting, closing without name kept
s = "yahoo-en-greeting"
title, grp = "Out-of-hours palliative prescribing", "Cornwall GP Forum"
post = "Do you pre-emptively prescribe anticipatory medications as soon as someone is on the palliative register?"
own = ["Hello everyone,", "", "Not as soon as they are on the register, but as soon as we think they are in the last weeks. Having the authorisation form done at the same time is what makes the difference for the district nurses.",
       "", "Thanks all"]
exp = "\n".join(own)
lines = own + ["", "", "On Monday, 7 December 2026 at 10:45:12 GMT, kollega <kollega@kollega.test> wrote:", "", ""] + \
        notif_lines("en", "Peter Wills", title, grp, "7 Dec 2026, 10:45", post, s)
pair(s, "en", "Yahoo Mail", build(s, ("Ann Trevithick", "ann.trevithick@yahoo.co.uk"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 11, 30), "yahoo", None, lines, in_reply_to=irt(s), hstyle="yahoo"), exp)

# 16 Outlook Android, short, sign-off with first name on same line, Get Outlook for Android
s = "outlookandroid-en-short"
title, grp = "ADHD shared care", "Hampshire GP Network"
post = "Our ICB is consulting on ADHD shared care for private diagnoses. What is everyone doing?"
own = ["Agree with Priya. We only accept shared care from providers on the ICB list, and we say so in writing up front so there are no surprises."]
exp = "\n".join(own)
lines = own + ["", "Thanks, Sam", "", "Get Outlook for Android", ""] + \
        outlook_hdr("en", "Sam Whitfield <s.whitfield@nhs.net>", "[%s] %s" % (grp, title), 7, "3:15:02 PM", mobile=True) + [""] + \
        notif_lines("en", "Priya Shah", title, grp, "7 Dec 2026, 15:15", post, s)
pair(s, "en", "Outlook Android", build(s, ("Sam Whitfield", "s.whitfield@nhs.net"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 16, 1), "outlook_mobile", "en-GB", lines, in_reply_to=irt(s), hstyle="outlook"), exp)

# ================================================================ SWEDISH
# 17 Gmail web sv, top-post with list, Bosse
s = "gmail-sv-toppost-bosse"
title, grp = "Antibiotika vid halsfluss", "ST-gruppen Södermalm"
post = "Hur gör ni med Centorkriterierna i praktiken? Jag tycker att strep A-testet tas på lite väl vida indikationer hos oss."
own = ["Bra fråga. Vi gick igenom detta på vårdcentralen i höstas och landade i ungefär följande:",
       "",
       "1. Inget test vid 0–2 Centorkriterier, oavsett hur mycket patienten vill.",
       "2. Test vid 3–4 kriterier och antibiotika bara om positivt.",
       "3. PcV 1 g x 3 i tio dagar, inte fem, eftersom Strama fortfarande rekommenderar det.",
       "",
       "Det som gjorde mest skillnad var faktiskt att sjuksköterskorna i telefonrådgivningen fick samma stöd, så att patienterna inte blir lovade ett test innan de kommer.",
       "",
       "Har ni fått någon återkoppling från Strama på era förskrivningssiffror?"]
exp = "\n".join(own)
lines = own + ["", "Hälsningar", "Bosse", "", "--", "Bo Lindqvist", "Distriktsläkare, Vårdcentralen Tallbacken", "Ringvägen 12, 118 60 Stockholm", "08-123 456 78", "",
               "Den mån 7 dec. 2026 kl 14:32 skrev kollega <kollega@kollega.test>:", ""] + \
        q(notif_lines("sv", "Karin Ek", title, grp, "2026-12-07 14:32", post, s))
pair(s, "sv", "Gmail web", build(s, ("Bo Lindqvist", "bo.lindqvist@gmail.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 20, 11, 1), "gmail", None, lines, in_reply_to=irt(s), hstyle="gmail"), exp)

# 18 Outlook desktop sv, windows-1252 QP, Region Stockholm disclaimer, full title signature
s = "outlook-sv-cp1252-regionstockholm"
title, grp = "Sjukskrivning vid utmattningssyndrom", "Kollegiegrupp Norrort"
post = "Hur långa första sjukskrivningar skriver ni vid utmattningssyndrom? Försäkringsmedicinskt beslutsstöd säger upp till 3 månader."
own = ["Jag brukar skriva 4–6 veckor först, även om beslutsstödet medger längre. Då får jag en naturlig uppföljning och kan se om patienten kommit igång med rehabiliteringen.",
       "",
       "Deltid från början fungerar sällan vid svår utmattning, men det är värt att diskutera vid andra intyget."]
exp = "\n".join(own)
lines = own + ["", "Vänliga hälsningar", "", "Karin Ek", "Specialist i allmänmedicin", "Vårdcentralen Täby centrum", "Tel: 08-123 987 65", "", ] + \
        outlook_hdr("sv", "Ek Karin <karin.ek@regionstockholm.se>", "[%s] %s" % (grp, title), 7, "09:14") + [""] + \
        notif_lines("sv", "Anders Holm", title, grp, "2026-12-07 09:14", post, s) + REG_STHLM
pair(s, "sv", "Outlook desktop (sv)", build(s, ("Ek Karin", "karin.ek@regionstockholm.se"), reply_addr(s), "SV: [%s] %s" % (grp, title),
     D(7, 10, 2, 1), "outlook", "sv-SE", lines, in_reply_to=irt(s), hstyle="outlook", charset="windows-1252"), exp)

# 19 Outlook web sv, external-sender banner above text, Mvh Lotta, Region Östergötland
s = "outlookweb-sv-banner-lotta"
title, grp = "Levaxin och TSH hos äldre", "Allmänmedicin Linköping"
post = "Vilket TSH-mål har ni hos 80-åringar på levotyroxin? Jag ser många som är överbehandlade."
own = ["Vi accepterar TSH upp till 6–7 hos de äldsta och sänker dosen om TSH ligger under referensområdet. Förmaksflimmer och osteoporos är de argument som brukar övertyga."]
exp = "\n".join(own)
lines = [EXT_SV, ""] + own + ["", "Mvh", "Lotta", "", "Charlotte Berg", "Distriktsläkare, Vårdcentralen Ekholmen", ""] + \
        outlook_hdr("sv", "Berg Charlotte <charlotte.berg@regionostergotland.se>", "[%s] %s" % (grp, title), 6, "21:05") + [""] + \
        notif_lines("sv", "Erik Sjöberg", title, grp, "2026-12-06 21:05", post, s) + REG_OG
pair(s, "sv", "Outlook web (sv)", build(s, ("Berg Charlotte", "charlotte.berg@regionostergotland.se"), reply_addr(s), "SV: [%s] %s" % (grp, title),
     D(7, 8, 30, 1), "outlook", "sv-SE", lines, in_reply_to=irt(s), hstyle="outlook"), exp)

# 20 iPhone sv, Tack! only
s = "iphone-sv-tack"
title, grp = "Mall för uppföljning av KOL", "Vårdcentralerna i Västerås"
post = "Här är vår uppdaterade mall för KOL-besök, bifogad som länk i tråden."
exp = "Tack!"
lines = ["Tack!", "", "Skickat från min iPhone", "", "> 7 dec. 2026 kl. 12:15 skrev kollega <kollega@kollega.test>:", ">"] + \
        q(notif_lines("sv", "Maria Strand", title, grp, "2026-12-07 12:15", post, s))
pair(s, "sv", "Apple Mail iPhone (sv)", build(s, ("Ulla Persson", "ulla.persson@icloud.com"), reply_addr(s), "Sv: [%s] %s" % (grp, title),
     D(7, 12, 40, 1), "apple_iphone", "icloud.com", lines, in_reply_to=irt(s), hstyle="apple"), exp)

# 21 Outlook iOS sv, "Håller med Erik." only
s = "outlookios-sv-hallermed"
title, grp = "Remiss till minnesmottagning", "Primärvårdsgruppen Uppsala"
post = "Jag tycker att vi gör basal demensutredning själva och remitterar bara atypiska fall. Hur ser det ut hos er?"
exp = "Håller med Erik."
lines = ["Håller med Erik.", "", "Hämta Outlook för iOS", ""] + \
        outlook_hdr("sv", "Anna Nyberg <anna.nyberg@regionuppsala.se>", "[%s] %s" % (grp, title), 7, "11:42:10", mobile=True) + [""] + \
        notif_lines("sv", "Erik Sjöberg", title, grp, "2026-12-07 11:42", post, s)
pair(s, "sv", "Outlook iOS (sv)", build(s, ("Anna Nyberg", "anna.nyberg@regionuppsala.se"), reply_addr(s), "Sv: [%s] %s" % (grp, title),
     D(7, 12, 3, 1), "outlook_mobile", "sv-SE", lines, in_reply_to=irt(s), hstyle="outlook"), exp)

# 22 Apple Mail Mac sv, bottom-post, flowed, "/Anna"
s = "applemail-sv-mac-bottompost-slash"
title, grp = "Blodtrycksmål vid diabetes", "Kollegiegruppen Lund"
post = "Siktar ni fortfarande på under 130/80 hos alla med typ 2-diabetes?"
own = ["Under 140/85 för de flesta, och under 130/80 om de är yngre och har albuminuri. Hos sköra äldre är jag mer försiktig och tittar på ortostatiskt blodtryck innan jag trappar upp."]
exp = "\n".join(own)
lines = ["> 7 dec. 2026 kl. 08:05 skrev kollega <kollega@kollega.test>:", ">"] + q(notif_lines("sv", "Jonas Ek", title, grp, "2026-12-07 08:05", post, s)) + [""] + own + ["", "/Anna"]
pair(s, "sv", "Apple Mail Mac (sv)", build(s, ("Anna Holm", "anna.holm@mac.com"), reply_addr(s), "Sv: [%s] %s" % (grp, title),
     D(7, 9, 20, 1), "apple_mac", "mac.com", lines, in_reply_to=irt(s), hstyle="apple", flowed=True, delsp=True), exp)

# 23 Thunderbird sv, interleaved, flowed, Hälsningar Johan
s = "thunderbird-sv-interleaved"
title, grp = "Opioider vid långvarig smärta", "Smärtgruppen Örebro"
post = "Två frågor:\nHar ni skriftliga avtal med patienter som står på opioider?\nHur ofta följer ni upp?"
nl = notif_lines("sv", "Sofia Lind", title, grp, "2026-12-05 16:30", post, s)
i1 = nl.index("Har ni skriftliga avtal med patienter som står på opioider?")
a1 = "Ja, sedan två år. Det har gjort samtalen om nedtrappning mycket lättare eftersom ramarna är bestämda från början."
a2 = "Var tredje månad som minimum, oftare vid dosändring."
exp = X(a1, a2)
lines = ["Den 2026-12-05 kl. 16:30, skrev kollega:"] + q(nl[:i1 + 1]) + ["", a1, ""] + q([nl[i1 + 1]]) + ["", a2, "", "Hälsningar", "Johan", ""] + q(nl[i1 + 2:])
pair(s, "sv", "Thunderbird (sv)", build(s, ("Johan Berglund", "johan.berglund@telia.com"), reply_addr(s), "Sv: [%s] %s" % (grp, title),
     D(6, 10, 12, 1), "tb", "telia.com", lines, in_reply_to=irt(s), hstyle=None, flowed=True), exp)

# 24 Samsung sv, digest reply, greeting, one-line "Mvh Maria"
s = "samsung-sv-digest-greeting"
th = "Hembesök hos multisjuka äldre"
dg = digest_lines("sv", "Maria Strand", [("Vårdcentralerna i Västerås", [(th, [("Lars Öberg", "2026-12-07 10:02", "Hur många hembesök gör ni per vecka hos multisjuka äldre?")])])], s)
own = ["Hej alla!", "", "Vi har en läkare avsatt en halvdag i veckan för hembesök, och det räcker ungefär. Mest tid sparar vi på att distriktssköterskan gör en strukturerad bedömning innan."]
exp = "\n".join(own)
lines = own + ["", "Mvh Maria", "", "", "Skickat från min Galaxy", "", "", "-------- Originalmeddelande --------", "Från: " + K, "Datum: 2026-12-08 06:00 (GMT+01:00)",
               "Till: maria.strand@outlook.com", "Ämne: Nytt i dina grupper: Vårdcentralerna i Västerås – 1 nytt inlägg", ""] + dg
pair(s, "sv", "Samsung Email (sv)", build(s, ("Maria Strand", "maria.strand@outlook.com"), reply_addr(s + th), "Sv: Nytt i dina grupper: Vårdcentralerna i Västerås – 1 nytt inlägg",
     D(8, 7, 41, 1), "samsung", None, lines, in_reply_to="<digest.%s@kollega.test>" % uid("dg" + s), hstyle="plain"), exp)

# 25 Outlook Android sv, Jenny, Region Jönköping disclaimer
s = "outlookandroid-sv-jenny-jonkoping"
title, grp = "Astmakontroller hos barn", "Barn i primärvården Jönköping"
post = "Gör ni spirometri på alla barn över sex år vid astmakontroll?"
own = ["Vi gör det vid nydiagnos och sedan vartannat år om astman är välkontrollerad. ACT-formuläret vid varje besök ger oss mer i vardagen."]
exp = "\n".join(own)
lines = own + ["", "Hälsningar", "Jenny", "", "Hämta Outlook för Android", ""] + \
        outlook_hdr("sv", "Sandberg Jennifer <jennifer.sandberg@rjl.se>", "[%s] %s" % (grp, title), 7, "13:28", mobile=True) + [""] + \
        notif_lines("sv", "Per Axelsson", title, grp, "2026-12-07 13:28", post, s) + REG_JKP
pair(s, "sv", "Outlook Android (sv)", build(s, ("Sandberg Jennifer", "jennifer.sandberg@rjl.se"), reply_addr(s), "Sv: [%s] %s" % (grp, title),
     D(7, 14, 10, 1), "outlook_mobile", "sv-SE", lines, in_reply_to=irt(s), hstyle="outlook"), exp)

# 26 K-9 sv, //Per then PS.
s = "k9-sv-ps"
title, grp = "Recept på bensodiazepiner", "Kollegiegrupp Gävle"
post = "Vi vill införa en gemensam linje för förnyelse av bensodiazepiner. Har någon en bra rutin?"
own = ["Vi kräver ett besök per år och ett skriftligt nedtrappningsförslag innan förnyelse. Det tog ett halvår innan alla läkare följde det, men nu fungerar det bra."]
ps = "PS. Läkemedelskommitténs patientinformation om nedtrappning är riktigt bra att ge med."
exp = X("\n".join(own), ps)
lines = own + ["", "//Per", "", ps, "", "-- ", "Skickat från min Android-enhet med K-9 Mail. Ursäkta min korthet.", "",
               "Den 7 december 2026 15:33:12 CET skrev kollega <kollega@kollega.test>:"] + q(notif_lines("sv", "Eva Nord", title, grp, "2026-12-07 15:33", post, s))
pair(s, "sv", "K-9 Mail (sv)", build(s, ("Per Axelsson", "per.axelsson@gmail.com"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 16, 5, 1), "k9", "gmail.com", lines, in_reply_to=irt(s), hstyle=None, flowed=True), exp)

# 27 Outlook desktop sv, HTML only, Region Halland disclaimer
s = "outlook-sv-htmlonly-halland"
title, grp = "Digitala vårdbesök och antibiotika", "Allmänläkare Halland"
post = "Förskriver ni antibiotika vid UVI efter enbart chattbesök?"
own = ["Hos kvinnor 18–65 utan komplicerande faktorer, ja, enligt regionens riktlinje. Vid återfall inom en månad vill vi alltid ha en odling först.",
       "",
       "Män och gravida bokas alltid in fysiskt hos oss."]
exp = "\n".join(own)
lines = own + ["", "Med vänlig hälsning", "", "Sara Nilsson", "Distriktsläkare, Vårdcentralen Oskarström", "Tel. 035-13 00 00", "", REG_HALL, ""] + \
        outlook_hdr("sv", "Nilsson Sara X <sara.x.nilsson@regionhalland.se>", "[%s] %s" % (grp, title), 4, "17:51") + [""] + \
        notif_lines("sv", "Göran Lund", title, grp, "2026-12-04 17:51", post, s)
pair(s, "sv", "Outlook desktop (sv)", build(s, ("Nilsson Sara X", "sara.x.nilsson@regionhalland.se"), reply_addr(s), "SV: [%s] %s" % (grp, title),
     D(7, 8, 14, 1), "outlook", "sv-SE", lines, in_reply_to=irt(s), hstyle="outlook", html_only=True), exp)

# 28 iPad sv, greeting with colleague's name, full sign-off, Skickat från min iPad
s = "ipad-sv-greeting-fullname"
title, grp = "Förmaksflimmer och NOAK-dosering", "Kollegiegruppen Umeå"
post = "Dosreducerar ni apixaban på ålder enbart, eller kräver ni två kriterier?"
own = ["Hej Erik,", "", "Två av tre kriterier enligt FASS: ålder ≥ 80, vikt ≤ 60 kg och kreatinin ≥ 133. Vi ser fortfarande för många som är underdoserade på ålder enbart."]
exp = "\n".join(own)
lines = own + ["", "Med vänlig hälsning", "Lena Forsberg", "Specialist i allmänmedicin", "Vårdcentralen Ersboda", "", "Skickat från min iPad", "",
               "> 7 dec. 2026 kl. 18:45 skrev kollega <kollega@kollega.test>:", ">"] + q(notif_lines("sv", "Erik Sjöberg", title, grp, "2026-12-07 18:45", post, s))
pair(s, "sv", "Apple Mail iPad (sv)", build(s, ("Lena Forsberg", "lena.forsberg@icloud.com"), reply_addr(s), "Sv: [%s] %s" % (grp, title),
     D(7, 20, 2, 1), "apple_ipad", "icloud.com", lines, in_reply_to=irt(s), hstyle="apple"), exp)

# 29 Outlook desktop sv, ISO-8859-1 QP, closing word alone kept, Region Norrbotten disclaimer
s = "outlook-sv-iso88591-norrbotten"
title, grp = "Telefonrådgivning på glesbygdsvårdcentral", "Glesbygdsmedicin Norrbotten"
post = "Hur löser ni läkarstöd till sjuksköterskorna när läkaren är på annan ort?"
own = ["Vi har en fast jourtelefon där en läkare alltid är nåbar dagtid, även om hen sitter i Kiruna. Sjuksköterskorna dokumenterar konsultationen direkt i journalen med läkarens namn.",
       "",
       "Videobesök med sjuksköterskan bredvid patienten har fungerat förvånansvärt bra.",
       "",
       "Hälsningar"]
exp = "\n".join(own)
lines = own + [""] + outlook_hdr("sv", "Lundström Mikael <mikael.lundstrom@norrbotten.se>", "[%s] %s" % (grp, title), 3, "07:55") + [""] + \
        notif_lines("sv", "Kristina Ylitalo", title, grp, "2026-12-03 07:55", post, s) + REG_NB
pair(s, "sv", "Outlook desktop (sv)", build(s, ("Lundström Mikael", "mikael.lundstrom@norrbotten.se"), reply_addr(s), "SV: [%s] %s" % (grp, title),
     D(3, 12, 20, 1), "outlook", "sv-SE", lines, in_reply_to=irt(s), hstyle="outlook", charset="iso-8859-1"), exp)

# 30 Proton sv, base64, initials /BL, Proton footer
s = "proton-sv-base64-initials"
title, grp = "Alkoholvanor vid hälsosamtal", "Kollegiegruppen Malmö"
post = "Använder ni AUDIT rutinmässigt eller bara vid misstanke?"
own = ["AUDIT-C vid alla hälsosamtal och hela AUDIT om den är positiv. Det tar två minuter och patienterna reagerar mindre än man tror.",
       "",
       "PEth-prov tar vi bara när patienten själv vill följa sin konsumtion."]
exp = "\n".join(own)
lines = own + ["", "/BL", "", "Skickat med säker e-post från Proton Mail.", "", "------- Original Message -------",
               "Den måndag 7 december 2026 kl. 11:20, kollega <kollega@kollega.test> skrev:", ""] + q(notif_lines("sv", "Hanna Wikström", title, grp, "2026-12-07 11:20", post, s))
pair(s, "sv", "Proton Mail (sv)", build(s, ("Björn Lund", "bjorn.lund@proton.me"), reply_addr(s), "Re: [%s] %s" % (grp, title),
     D(7, 21, 48, 1), "proton", None, lines, in_reply_to=irt(s), hstyle="proton", cte="base64"), exp)

# ================================================================ write + check

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def part_texts(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        t = p.get_content()
        if p.get_content_type() == "text/html":
            t = re.sub(r"(?i)<br\s*/?>|</div>|</p>|</blockquote>", "\n", t)
            t = html.unescape(re.sub(r"<[^>]+>", "", t))
        out.append(t)
    return out

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".expected"):
            os.remove(os.path.join(OUT, f))
    for name, (lang, cl, msg, exp) in FILES.items():
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(msg.replace("\n", "\r\n").encode("ascii"))
        with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8") as fh:
            fh.write(exp)
    bad = 0
    for name in sorted(FILES):
        with open(os.path.join(OUT, name + ".eml"), "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        if m.defects or not m["From"] or not m["To"].addresses[0].addr_spec.startswith("reply+"):
            print("BAD headers", name, m.defects); bad += 1
        texts = [norm(t) for t in part_texts(m)]
        exp = FILES[name][3]
        for para in exp.strip().split("\n\n"):
            if not any(norm(para) in t for t in texts):
                print("MISSING", name, repr(para[:60])); bad += 1
    from collections import Counter
    print(len(FILES), "pairs;", dict(Counter(v[0] for v in FILES.values())))
    for k, v in sorted(Counter(v[1] for v in FILES.values()).items()):
        print("  %-24s %d" % (k, v))
    print("check:", "FAILED (%d)" % bad if bad else "all ok")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
