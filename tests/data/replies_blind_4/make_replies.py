#!/usr/bin/env python3
"""Blind evaluation replies for kollega's reply parser (set 4).

Writes NAME.eml / NAME.expected pairs into this directory, then checks
that every .eml parses and that every paragraph of NAME.expected
appears in a decoded text part (format=flowed unflowed, HTML de-tagged).
python3 stdlib only.
"""
import base64, email, email.policy, html, os, quopri, re, sys, uuid, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
K = "kollega <kollega@kollega.test>"

def hexid(seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:30]

def uid(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))

# ---------------------------------------------------------------- kollega text
L = {
 "en": dict(above="## Reply above this line to post in the thread ##", wrote="wrote in",
            hint="Reply to this email to post in this thread.", read="Read in kollega",
            settings="Email settings", unsub="Unsubscribe", hello="Hello",
            intro="Here is what is new since your previous digest. To answer, reply to the thread's address below (each thread has its own).",
            bymail="Reply by email", newcase="New case by email",
            learning="Your learning log, with suggestions from the discussions you took part in",
            dsubj="New in your groups"),
 "sv": dict(above="## Svara ovanför den här raden för att skriva i tråden ##", wrote="skrev i",
            hint="Svara på det här mejlet för att skriva i tråden.", read="Läs i kollega",
            settings="E-postinställningar", unsub="Avsluta prenumeration", hello="Hej",
            intro="Här är det som är nytt sedan din förra sammanfattning. Svara genom att skriva till trådens adress nedan (varje tråd har sin egen).",
            bymail="Svara med e-post", newcase="Nytt fall med e-post",
            learning="Din lärandelogg, med förslag från diskussionerna du deltog i",
            dsubj="Nytt i dina grupper"),
}

def notification(lang, author, title, group, date, body, seed):
    t = L[lang]
    return (f"{t['above']}\n\n{author} {t['wrote']} \"{title}\" ({group}), {date}:\n\n{body}\n\n--\n"
            f"{t['hint']}\n{t['read']}: https://kollega.test/t/{uid(seed)[:8]}\n"
            f"{t['settings']}: https://kollega.test/settings\n"
            f"{t['unsub']}: https://kollega.test/u/{hexid(seed+'u')}")

def digest(lang, member, group, threads, seed):
    t = L[lang]
    out = [f"{t['hello']} {member},", "", t["intro"], "", f"== {group} ==",
           f"{t['newcase']}: case+{hexid(seed+'c')}@kollega.test"]
    for title, addr, posts in threads:
        out += ["", f"## {title}", f"{t['bymail']}: {addr}"]
        for a, d, b in posts:
            out += ["", f"-- {a}, {d}:", "", b]
        out += ["", f"{t['read']}: https://kollega.test/t/{uid(title)[:8]}"]
    out += ["", f"{t['learning']}: https://kollega.test/settings/learning", "--",
            f"{t['settings']}: https://kollega.test/settings",
            f"{t['unsub']}: https://kollega.test/u/{hexid(seed+'u')}"]
    return "\n".join(out)

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

# ---------------------------------------------------------------- encodings
def flow(text, width=72):
    """RFC 3676 format=flowed, DelSp=yes: soft breaks get an extra space."""
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", "From ", ">")) or line == "":
            out.append((" " + line) if line.startswith(("From ", " ")) else line)
            continue
        # quoted lines and sig separator are not reflowed
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + "  ")  # word space kept + extra soft-break space (DelSp=yes)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur.rstrip(" ") if cur != "-- " else cur)
    return "\n".join(out)

def unflow(text, delsp):
    lines = text.replace("\r\n", "\n").split("\n")
    out, buf = [], None
    for l in lines:
        depth = len(l) - len(l.lstrip(">"))
        body = l[depth:]
        if body.startswith(" "):
            body = body[1:]
        soft = body.endswith(" ") and body != "-- "
        if soft and delsp:
            body = body[:-1]
        if buf is None:
            buf = [depth, body]
        elif buf[0] == depth:
            buf[1] += body
        else:
            out.append(">" * buf[0] + buf[1]); buf = [depth, body]
        if not soft:
            out.append(">" * buf[0] + buf[1]); buf = None
    if buf:
        out.append(">" * buf[0] + buf[1])
    return "\n".join(out)

def qp(s):
    return quopri.encodestring(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\r\n", "\n")

def b64(s):
    raw = base64.encodebytes(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    return raw.rstrip("\n")

def part(ctype, text, cte="quoted-printable", flowed=False, charset="utf-8"):
    ct = f'{ctype}; charset="{charset}"' if not flowed else f"{ctype}; charset={charset}; format=flowed; delsp=yes"
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text)
    else:
        body = text
    return f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n{body}\n"

def multipart(sub, parts, boundary):
    s = ""
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return f'Content-Type: multipart/{sub}; boundary="{boundary}"\n', s

def h2(text):
    """Plain text -> simple HTML paragraphs (used for member text in html parts)."""
    return html.escape(text).replace("\n", "<br>\n")

def headers(frm, seed, subject, date, mailer=None, lang="en", extra=()):
    to = f"reply+{hexid(seed)}@kollega.test"
    orig = f"<post.{uid(seed)}.1@kollega.test>"
    nm, ad = frm.rsplit(" <", 1)
    h = [f"From: {enc_subject(nm)} <{ad}", f"To: {to}", f"Subject: {subject}", f"Date: {date}",
         f"Message-ID: <{hexid(seed+'m')[:20]}@{frm.split('@')[1].rstrip('>')}>",
         f"In-Reply-To: {orig}", f"References: {orig}", "MIME-Version: 1.0"]
    if mailer:
        h.append(mailer)
    h += list(extra)
    return "\n".join(h) + "\n"

def enc_subject(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="

PAIRS = []

def write(name, eml, expected):
    with open(os.path.join(HERE, name + ".eml"), "w", encoding="utf-8", newline="") as f:
        f.write(eml.replace("\r\n", "\n").replace("\n", "\r\n"))
    with open(os.path.join(HERE, name + ".expected"), "w", encoding="utf-8") as f:
        f.write(expected.strip("\n") + "\n")
    PAIRS.append(name)

# ---------------------------------------------------------------- builders
def html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(("- ", "* ", "• ")) for l in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append("<div>" + "<br>".join(html.escape(l) for l in lines) + "</div><div><br></div>")
    return "\n".join(out)

def kollega_html(quoted):
    return "<div>" + "<br>\n".join(html.escape(l) for l in quoted.split("\n")) + "</div>"

def build(name, lang, frm, seed, subject, date, mailer, style, own, sig, attribution, quoted,
          expected, html_only=False, plain_cte="quoted-printable", flowed=False,
          own_html=None, bottom=False, extra_headers=(), html_cte="quoted-printable"):
    """style: gmail | outlook | apple | plain (quoted with '> ' under attribution)."""
    subj = enc_subject("Re: " + subject if lang == "en" or style != "outlook" else "SV: " + subject)
    hdr = headers(frm, seed, subj, date, mailer, lang, extra_headers)
    # ---- plain text
    if style == "outlook":
        qblock = attribution + "\n\n" + quoted
    else:
        qblock = attribution + "\n\n" + q(quoted)
    if bottom:
        plain = qblock + "\n\n" + own + ("\n\n" + sig if sig else "") + "\n"
    else:
        plain = own + ("\n\n" + sig if sig else "") + "\n\n" + qblock + "\n"
    # ---- html
    oh = own_html if own_html is not None else html_paras(own)
    sh = html_paras(sig) if sig else ""
    if style == "gmail":
        qh = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f'{kollega_html(quoted)}</blockquote></div>')
        body_h = f'<div dir="ltr">{oh}{sh}</div><br>{qh}'
    elif style == "outlook":
        hl = attribution.split("\n")
        hh = "<br>\n".join(f"<b>{html.escape(l.split(':',1)[0])}:</b>{html.escape(l.split(':',1)[1])}"
                           if ":" in l and not l.startswith("_") else html.escape(l) for l in hl if not l.startswith("____"))
        qh = (f'<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
              f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hh}</font><div>&nbsp;</div></div>'
              f'<div>{kollega_html(quoted)}</div>')
        body_h = f'<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">{oh}{sh}</div><div id="appendonsend"></div>{qh}'
    else:
        qh = (f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attribution)}<br><br>'
              f'{kollega_html(quoted)}</blockquote></div>')
        body_h = (qh + f"<div dir=\"ltr\">{oh}{sh}</div>") if bottom else (f'<div dir="ltr">{oh}{sh}</div>{qh}')
    htmldoc = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
               f'<body>{body_h}</body></html>')
    b = "b_" + hexid(name)[:24]
    if html_only:
        msg = hdr + part("text/html", htmldoc, html_cte)
    elif style == "plain":
        msg = hdr + part("text/plain", flow(plain) if flowed else plain, plain_cte, flowed)
    else:
        ct, body = multipart("alternative",
                             [part("text/plain", flow(plain) if flowed else plain, plain_cte, flowed),
                              part("text/html", htmldoc, html_cte)], b)
        msg = hdr + ct + "\n" + body
    write(name, msg, expected)

# attribution lines
def att_gmail_en(d): return f"On {d} kollega <kollega@kollega.test> wrote:"
def att_gmail_sv(d): return f"{d} skrev kollega <kollega@kollega.test>:"
def att_apple_en(d): return f"On {d}, kollega <kollega@kollega.test> wrote:"
def att_apple_sv(d): return f"{d} skrev kollega <kollega@kollega.test>:"
def att_outlook_en(to, d, subj):
    return f"From: kollega <kollega@kollega.test>\nSent: {d}\nTo: {to}\nSubject: {subj}"
def att_outlook_sv(to, d, subj):
    return f"Från: kollega <kollega@kollega.test>\nSkickat: {d}\nTill: {to}\nÄmne: {subj}"
def att_outlook_mob_en(to, d, subj):
    return f"________________________________\nFrom: kollega <kollega@kollega.test>\nSent: {d}\nTo: {to}\nSubject: {subj}"
def att_outlook_mob_sv(to, d, subj):
    return f"________________________________\nFrån: kollega <kollega@kollega.test>\nSkickat: {d}\nTill: {to}\nÄmne: {subj}"

NHS_DISC = ("********************************************************************************************************************\n\n"
            "This message may contain confidential information. If you are not the intended recipient please inform the\n"
            "sender that you have received the message in error before deleting it.\n"
            "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n\n"
            "NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.\n\n"
            "For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail\n")
# ================================================================ cases
def en_note(seed, author, title, group, body):
    return notification("en", author, title, group, "8 Dec 2026 08:12", body, seed)
def sv_note(seed, author, title, group, body):
    return notification("sv", author, title, group, "8 dec. 2026 08:12", body, seed)

def cases():
    # 1 Gmail web EN top-post, "Best,\nSarah"
    s = "c01"; t, g = "Raised ALT in an asymptomatic adult", "Thursday Group"
    own = "Hi James,\n\nI'd repeat it in 4-6 weeks with a full liver screen before doing anything else. Most of ours turn out to be fatty liver, so I'd also check a FIB-4 while you're at it."
    build("gmail-en-toppost-firstname", "en", "Sarah Holt <sarah.holt@gmail.com>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 09:02:11 +0000", None, "gmail", own, "Best,\nSarah",
          att_gmail_en("Tue, 8 Dec 2026 at 08:12,"), en_note(s, "James Carter", t, g, "ALT 96 on a routine check, otherwise well. What would you do next?"), own)

    # 2 Gmail Android app EN one-liner
    s = "c02"; t, g = "Statins in the over-85s", "Balint Leeds"
    own = "Agree, I'd stop it if she's frail and it's only primary prevention."
    build("gmailapp-en-oneliner", "en", "Raj Patel <rajpatel.gp@gmail.com>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 12:40:05 +0000", None, "gmail", own, "",
          att_gmail_en("Tue, 8 Dec 2026, 08:12"), en_note(s, "Claire Dunn", t, g, "Do you deprescribe statins routinely in very elderly patients?"), own)

    # 3 Outlook desktop NHSmail, full signature + disclaimer
    s = "c03"; t, g = "Two-week wait for dyspepsia", "Wessex GP Peers"
    own = "Morning all,\n\nThe NG12 threshold is 55 and over with weight loss, so I don't think she meets it. I would trial a PPI for four weeks, check H. pylori and a FBC, and safety-net clearly. If anything changes, refer.\n\nWe audited this last year and most of our urgent dyspepsia referrals were normal."
    sig = "Kind regards\n\nDr Helen Marsh MBChB MRCGP\nGP Partner\nOakfield Medical Practice\nTel: 01632 960 123\n\n" + NHS_DISC
    build("outlook-en-desktop-nhsmail-disclaimer", "en", "\"MARSH, Helen (OAKFIELD MEDICAL PRACTICE)\" <helen.marsh2@nhs.net>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 08:47:30 +0000", "X-Mailer: Microsoft Outlook 16.0", "outlook", own, sig,
          att_outlook_en(f"reply+{hexid(s)}@kollega.test", "08 December 2026 08:12", f"[{g}] {t}"),
          en_note(s, "Mark Ellis", t, g, "52-year-old with dyspepsia and no red flags. Refer or not?"), own)

    # 4 Outlook web EN top-post, "Best wishes\nTom"
    s = "c04"; t, g = "Sick notes for long COVID", "Thursday Group"
    own = "I've been doing monthly fit notes with a phased return suggested, and pointing them to occupational health early. It seems to work better than open-ended notes."
    build("outlookweb-en-toppost-bestwishes", "en", "Tom Riley <tom.riley@outlook.com>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 13:15:00 +0000", None, "outlook", own, "Best wishes\nTom",
          att_outlook_mob_en(f"reply+{hexid(s)}@kollega.test", "Tuesday, December 8, 2026 8:12 AM", f"[{g}] {t}"),
          en_note(s, "Sarah Holt", t, g, "How long are you signing people off for with post-COVID fatigue?"),
          own, plain_cte="7bit", html_cte="base64")

    # 5 Outlook iOS EN, "Cheers, Jim" + Get Outlook for iOS
    s = "c05"; t, g = "Antibiotics for sore throat", "Balint Leeds"
    own = "FeverPAIN of 2 and I'd give a delayed script at most. Honestly most parents are fine once you explain it."
    build("outlookios-en-toppost-cheers", "en", "Jim O'Neill <jim.oneill@nhs.net>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 17:21:44 +0000", None, "outlook", own, "Cheers, Jim\n\nGet Outlook for iOS",
          att_outlook_mob_en(f"reply+{hexid(s)}@kollega.test", "Tuesday, December 8, 2026 8:12:03 AM", f"[{g}] {t}"),
          en_note(s, "Raj Patel", t, g, "Pressure from parents for antibiotics - how do you handle it?"), own)

    # 6 Outlook Android EN, initials
    s = "c06"; t, g = "HbA1c creeping up on metformin", "Wessex GP Peers"
    own = "I'd add an SGLT2 inhibitor if the eGFR allows, especially with her cardiovascular risk. Check the ketone advice is given."
    build("outlookandroid-en-toppost-initials", "en", "Anna Price <anna.price@nhs.net>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 19:02:10 +0000", None, "outlook", own, "AP\n\nGet Outlook for Android",
          att_outlook_mob_en(f"reply+{hexid(s)}@kollega.test", "Tuesday, December 8, 2026 8:12:03 AM", f"[{g}] {t}"),
          en_note(s, "Helen Marsh", t, g, "HbA1c 64 despite maximum metformin. Next step?"), own)

    # 7 Apple Mail iPhone EN, flowed, nickname + Sent from my iPhone
    s = "c07"; t, g = "Vitamin D testing", "Thursday Group"
    own = "We stopped testing routinely a couple of years ago and just advise supplements over the winter. Saved a lot of phlebotomy appointments and nobody has complained."
    build("applemail-en-iphone-toppost-nickname", "en", "Rachel Green <rachelgreen@icloud.com>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 21:05:12 +0000", "X-Mailer: iPhone Mail (22B91)", "plain", own, "Thanks\nRach\n\nSent from my iPhone",
          att_apple_en("8 Dec 2026, at 08:12"), en_note(s, "Tom Riley", t, g, "Are you still checking vitamin D levels for tiredness?"),
          own, flowed=True)

    # 8 Apple Mail Mac EN interleaved
    s = "c08"; t, g = "Home visits policy", "Wessex GP Peers"
    quoted = en_note(s, "Jim O'Neill", t, g, "Two questions for the group:\n\n1. Who triages your home visit requests?\n\n2. Do you use a paramedic practitioner?")
    a1 = "The duty doctor does, by phone, before 11."
    a2 = "Yes, shared across the PCN. She does about half of them now and it has made a big difference."
    ql = quoted.split("\n")
    i1 = ql.index("1. Who triages your home visit requests?")
    i2 = ql.index("2. Do you use a paramedic practitioner?")
    plain = (att_apple_en("8 Dec 2026, at 08:12") + "\n\n" + q("\n".join(ql[:i1+1])) + "\n\n" + a1 + "\n\n"
             + q("\n".join(ql[i1+1:i2+1])) + "\n\n" + a2 + "\n\n" + q("\n".join(ql[i2+1:])) + "\n\nHelen\n")
    hdr = headers("Helen Marsh <h.marsh@me.com>", s, f"Re: [{g}] {t}", "Tue, 08 Dec 2026 10:30:00 +0000",
                  "X-Mailer: Apple Mail (2.3826.300.87.4.3)")
    write("applemail-en-mac-interleaved", hdr + part("text/plain", flow(plain), "quoted-printable", True), a1 + "\n\n" + a2)

    # 9 Thunderbird EN bottom-post with "-- " sig
    s = "c09"; t, g = "Repeat prescribing of opioids", "Balint Leeds"
    own = "We have a monthly review clinic for anyone on more than 60 mg morphine equivalent, run by our pharmacist. Tapering plans agreed with the patient and written in the notes help a lot."
    build("thunderbird-en-bottompost-sigdash", "en", "Mark Ellis <mark.ellis@doctors.org.uk>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 11:11:11 +0000", "User-Agent: Mozilla Thunderbird", "plain", own,
          "-- \nDr Mark Ellis\nRiverside Surgery, Leeds", "On 08/12/2026 08:12, kollega wrote:",
          en_note(s, "Claire Dunn", t, g, "How do you keep on top of long-term opioid prescriptions?"), own,
          bottom=True, flowed=True)

    # 10 Samsung EN with P.S.
    s = "c10"; t, g = "Shingles vaccine eligibility", "Thursday Group"
    own = "Yes, from 65 now as well as the 70-79 group, and Shingrix for the immunosuppressed from 50."
    ps = "P.S. The Green Book chapter was updated in September, worth a look."
    plain = own + "\n\nThanks\nPriya\n\n" + ps + "\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: kollega <kollega@kollega.test> \nDate: 08/12/2026  08:12  (GMT+00:00) \nTo: reply+" + hexid(s) + "@kollega.test \nSubject: [" + g + "] " + t + " \n\n" + en_note(s, "Tom Riley", t, g, "Has the shingles eligibility changed again?") + "\n"
    htmlb = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">" + h2(own) + "</div><div dir=\"auto\"><br></div><div dir=\"auto\">Thanks</div><div dir=\"auto\">Priya</div><div dir=\"auto\"><br></div><div dir=\"auto\">" + h2(ps) + "</div><div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:12px;color:#575757\" dir=\"auto\">Sent from my Galaxy</div></div><div dir=\"auto\"><br></div><div><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><div>-------- Original message --------</div><div>From: kollega &lt;kollega@kollega.test&gt; </div><div>Date: 08/12/2026  08:12  (GMT+00:00) </div><div>Subject: [" + g + "] " + t + " </div><div><br></div></div>" + kollega_html(en_note(s, "Tom Riley", t, g, "Has the shingles eligibility changed again?")) + "</body></html>"
    b = "--_com.samsung.android.email_" + hexid(s)[:16]
    hdr = headers("Priya Shah <priya.shah77@gmail.com>", s, f"Re: [{g}] {t}", "Tue, 08 Dec 2026 14:02:40 +0000")
    ct, body = multipart("alternative", [part("text/plain", plain, "base64"), part("text/html", htmlb, "base64")], b)
    write("samsung-en-toppost-ps", hdr + ct + "\n" + body, own + "\n\n" + ps)

    # 11 Gmail EN reply to a digest
    s = "c11"; g = "Thursday Group"
    addr = f"reply+{hexid(s)}@kollega.test"
    dig = digest("en", "Claire", g, [
        ("Raised ALT in an asymptomatic adult", f"reply+{hexid(s+'x')}@kollega.test", [("James Carter", "8 Dec 2026 08:12", "ALT 96 on a routine check, otherwise well. What would you do next?")]),
        ("Sick notes for long COVID", addr, [("Sarah Holt", "8 Dec 2026 09:30", "How long are you signing people off for with post-COVID fatigue?"), ("Tom Riley", "8 Dec 2026 13:15", "Monthly fit notes with a phased return.")])], s)
    own = "Same here. I also find the Your COVID Recovery site useful for patients to read before the next review."
    frm = "Claire Dunn <claire.dunn.gp@gmail.com>"
    hdr = headers(frm, s, enc_subject("Re: New in your groups: Thursday Group – 3 new posts"), "Wed, 09 Dec 2026 07:45:09 +0000")
    plain = own + "\n\nClaire\n\n" + att_gmail_en("Wed, 9 Dec 2026 at 06:00,") + "\n\n" + q(dig) + "\n"
    htmlb = '<div dir="ltr">' + html_paras(own) + '<div>Claire</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(att_gmail_en("Wed, 9 Dec 2026 at 06:00,")) + '<br></div><blockquote class="gmail_quote">' + kollega_html(dig) + '</blockquote></div>'
    ct, body = multipart("alternative", [part("text/plain", plain), part("text/html", htmlb)], "000000000000" + hexid(s)[:16])
    write("gmail-en-digest-firstname", hdr + ct + "\n" + body, own)

    # 12 Outlook desktop EN HTML-only with bullets
    s = "c12"; t, g = "Managing the winter backlog", "Wessex GP Peers"
    own = "Hi all,\n\nA few things that have helped us this winter:\n\n- a same-day hub shared with two neighbouring practices\n- pharmacists doing all the medication reviews\n- text message templates for normal results\n\nThe hub was the biggest win by far."
    build("outlook-en-desktop-bullets-kindregards", "en", "Dr Anna Price <anna.price@nhs.net>", s, f"[{g}] {t}",
          "Wed, 09 Dec 2026 12:00:00 +0000", "X-Mailer: Microsoft Outlook 16.0", "outlook", own,
          "Kind regards,\n\nDr Anna Price\nSalaried GP | Northgate Surgery", 
          att_outlook_en(f"reply+{hexid(s)}@kollega.test", "08 December 2026 08:12", f"[{g}] {t}"),
          en_note(s, "Jim O'Neill", t, g, "What has actually worked for you to cope with demand this winter?"),
          own)

    # 13 Gmail iOS EN closing word without name ("Thanks!") kept
    s = "c13"; t, g = "Ear syringing alternatives", "Balint Leeds"
    own = "Does anyone know a microsuction service in Leeds that takes NHS referrals? Ours stopped last month.\n\nThanks!"
    build("gmailapp-en-toppost-thanks-noname", "en", "Sam Whitfield <samwhitfield@gmail.com>", s, f"[{g}] {t}",
          "Wed, 09 Dec 2026 16:20:00 +0000", None, "gmail", own, "",
          att_gmail_en("Tue, 8 Dec 2026 at 08:12,"),
          en_note(s, "Raj Patel", t, g, "We no longer syringe ears. Where do you send people?"), own)

    # ---------------------------------------------------------- Swedish
    # 14 Gmail web SV, "Mvh Karin"
    s = "c14"; t, g = "Förhöjt PSA hos 70-åring", "ST-gruppen Uppsala"
    own = "Hej!\n\nJag hade tagit om det om 6–8 veckor och sedan remitterat enligt SVF om det fortfarande ligger över åldersgränsen. Glöm inte att fråga om urinvägsinfektion innan."
    build("gmail-sv-toppost-mvh", "sv", "Karin Sjöberg <karin.sjoberg@gmail.com>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 10:14:00 +0100", None, "gmail", own, "Mvh Karin",
          att_gmail_sv("Den tis 8 dec. 2026 kl 08:12"), sv_note(s, "Anders Nilsson", t, g, "PSA 6,2 hos en annars frisk man. Hur går ni vidare?"), own)

    # 15 Outlook desktop SV, Region signature + disclaimer
    s = "c15"; t, g = "Långvarig sjukskrivning och Försäkringskassan", "Allmänmedicin Skåne"
    own = "Vi har börjat boka in ett avstämningsmöte med rehabkoordinatorn redan efter fyra veckor. Det gör att underlaget till Försäkringskassan blir mycket bättre och färre intyg kommer tillbaka med kompletteringar."
    sig = ("Med vänlig hälsning\n\nEva Lindqvist\nSpecialist i allmänmedicin\nVårdcentralen Linné, Region Skåne\nTelefon: 040-123 45 67\n\n"
           "Tänk på miljön innan du skriver ut detta e-postmeddelande.\n\n"
           "Detta e-postmeddelande kan innehålla sekretessbelagd information och är endast avsett för adressaten. "
           "Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet.")
    build("outlook-sv-desktop-region-disclaimer", "sv", "Lindqvist Eva <eva.lindqvist@skane.se>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 13:40:00 +0100", "X-Mailer: Microsoft Outlook 16.0", "outlook", own, sig,
          att_outlook_sv(f"reply+{hexid(s)}@kollega.test", "den 8 december 2026 08:12", f"[{g}] {t}"),
          sv_note(s, "Karin Sjöberg", t, g, "Hur arbetar ni med långa sjukskrivningar för utmattning?"), own)

    # 16 Outlook web SV HTML-only
    s = "c16"; t, g = "Antikoagulation inför tandingrepp", "ST-gruppen Uppsala"
    own = "Hej,\n\nFör enkla extraktioner brukar vi inte göra uppehåll med NOAK, tandläkaren får använda lokal hemostas. Vid större ingrepp hoppar man över en dos enligt Janusinfo."
    build("outlookweb-sv-htmlonly-halsningar", "sv", "Erik Lund <erik.lund@regionuppsala.se>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 15:05:00 +0100", None, "outlook", own,
          "Hälsningar\nErik Lund\nST-läkare i allmänmedicin\nVårdcentralen Gottsunda",
          att_outlook_mob_sv(f"reply+{hexid(s)}@kollega.test", "den 8 december 2026 08:12", f"[{g}] {t}"),
          sv_note(s, "Maria Berg", t, g, "Ska patienter på apixaban göra uppehåll inför tandutdragning?"), own, html_only=True)

    # 17 Outlook iOS SV, "/Anders"
    s = "c17"; t, g = "Allmänmedicin Skåne", "Allmänmedicin Skåne"
    t = "Bältros hos äldre"
    own = "Valaciklovir i sju dagar om man hinner inom 72 timmar, annars bara smärtlindring. Tänk på njurfunktionen."
    build("outlookios-sv-toppost-slash", "sv", "Anders Nilsson <anders.nilsson@skane.se>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 18:22:00 +0100", None, "outlook", own, "/Anders\n\nHämta Outlook för iOS",
          att_outlook_mob_sv(f"reply+{hexid(s)}@kollega.test", "tisdag, december 8, 2026 08:12", f"[{g}] {t}"),
          sv_note(s, "Eva Lindqvist", t, g, "Behandlar ni bältros hos alla över 70?"), own)

    # 18 Outlook Android SV one-liner
    s = "c18"; t, g = "Digitala besök för UVI", "Vårdcentralsnätverket Väst"
    own = "Håller med, vi gör likadant för okomplicerade fall hos kvinnor."
    build("outlookandroid-sv-oneliner", "sv", "Johan Ek <johan.ek@vgregion.se>", s, f"[{g}] {t}",
          "Tue, 08 Dec 2026 20:01:00 +0100", None, "outlook", own, "Skaffa Outlook för Android",
          att_outlook_mob_sv(f"reply+{hexid(s)}@kollega.test", "tisdag 8 december 2026 08:12", f"[{g}] {t}"),
          sv_note(s, "Sofia Berg", t, g, "Skriver ni ut antibiotika för UVI efter digitalt besök?"), own)

    # 19 Apple Mail iPhone SV, flowed, "Mvh\nLena" + Skickat från min iPhone
    s = "c19"; t, g = "Blodtrycksmätning hemma", "Vårdcentralsnätverket Väst"
    own = "Vi lånar ut validerade mätare och ber patienten mäta morgon och kväll i en vecka. Medelvärdet efter första dagen styr sedan behandlingen, det har minskat antalet återbesök rejält."
    hdr_sub = f"Sv: [{g}] {t}"
    plain = own + "\n\nMvh\nLena\n\nSkickat från min iPhone\n\n" + att_apple_sv("8 dec. 2026 kl. 08:12") + "\n\n" + q(sv_note(s, "Johan Ek", t, g, "Hur instruerar ni patienter om hemblodtryck?")) + "\n"
    hdr = headers("Lena Holm <lena.holm@icloud.com>", s, enc_subject(hdr_sub), "Tue, 08 Dec 2026 21:45:00 +0100", "X-Mailer: iPhone Mail (22B91)")
    write("applemail-sv-iphone-toppost-mvh", hdr + part("text/plain", flow(plain), "quoted-printable", True), own)

    # 20 Apple Mail Mac SV bottom-post, "/Maria"
    s = "c20"; t, g = "Levaxin och TSH-kontroller", "ST-gruppen Uppsala"
    own = "Vi kontrollerar TSH 6–8 veckor efter dosändring och sedan en gång om året om patienten mår bra. Fritt T4 tar vi bara om TSH är avvikande."
    plain = att_apple_sv("8 dec. 2026 kl. 08:12") + "\n\n" + q(sv_note(s, "Erik Lund", t, g, "Hur ofta följer ni upp TSH vid stabil substitution?")) + "\n\n" + own + "\n\n/Maria\n"
    hdr = headers("Maria Berg <maria.berg@me.com>", s, f"Sv: [{g}] {t}", "Wed, 09 Dec 2026 07:30:00 +0100", "X-Mailer: Apple Mail (2.3826.300.87.4.3)")
    write("applemail-sv-mac-bottompost-slash", hdr + part("text/plain", flow(plain), "quoted-printable", True), own)

    # 21 Samsung SV, "Hälsningar Johan" + Skickat från min Samsung
    s = "c21"; t, g = "Järnbrist hos unga kvinnor", "Vårdcentralsnätverket Väst"
    own = "Järn varannan dag ger lika bra effekt och mindre magbesvär. Kontrollera Hb och ferritin efter tre månader."
    plain = (own + "\n\nHälsningar Johan\n\n\n\nSkickat från min Samsung Galaxy-smartphone.\n\n\n-------- Originalmeddelande --------\nFrån: kollega <kollega@kollega.test> \nDatum: 2026-12-08  08:12  (GMT+01:00) \nTill: reply+" + hexid(s) + "@kollega.test \nÄmne: [" + g + "] " + t + " \n\n"
             + sv_note(s, "Lena Holm", t, g, "Hur doserar ni järn vid lätt anemi?") + "\n")
    hdr = headers("Johan Ek <johan.ek@vgregion.se>", s, enc_subject(f"Sv: [{g}] {t}"), "Wed, 09 Dec 2026 09:10:00 +0100")
    write("samsung-sv-toppost-halsningar", hdr + part("text/plain", plain, "base64"), own)

    # 22 Thunderbird SV interleaved, no sign-off
    s = "c22"; t, g = "Influensavaccination av personal", "Allmänmedicin Skåne"
    quoted = sv_note(s, "Anders Nilsson", t, g, "Hur många av er har över 80 % vaccinerad personal?\n\nErbjuder ni vaccination på arbetstid?")
    a1 = "Vi ligger runt 70 % i år."
    a2 = "Ja, under två eftermiddagar i oktober, och det höjde andelen tydligt."
    ql = quoted.split("\n")
    i1 = ql.index("Hur många av er har över 80 % vaccinerad personal?")
    i2 = ql.index("Erbjuder ni vaccination på arbetstid?")
    plain = ("Den 2026-12-08 kl. 08:12, skrev kollega:\n" + q("\n".join(ql[:i1+1])) + "\n\n" + a1 + "\n\n"
             + q("\n".join(ql[i1+1:i2+1])) + "\n\n" + a2 + "\n\n" + q("\n".join(ql[i2+1:])) + "\n")
    hdr = headers("Sofia Berg <sofia.berg@skane.se>", s, enc_subject(f"Re: [{g}] {t}"), "Wed, 09 Dec 2026 11:00:00 +0100",
                  "User-Agent: Mozilla Thunderbird")
    write("thunderbird-sv-interleaved", hdr + part("text/plain", flow(plain), "8bit", True), a1 + "\n\n" + a2)

    # 23 Gmail SV digest reply, closing "Tack!" without name kept
    s = "c23"; g = "ST-gruppen Uppsala"
    addr = f"reply+{hexid(s)}@kollega.test"
    dig = digest("sv", "Olle", g, [
        ("Förhöjt PSA hos 70-åring", f"reply+{hexid(s+'x')}@kollega.test", [("Anders Nilsson", "8 dec. 2026 08:12", "PSA 6,2 hos en annars frisk man. Hur går ni vidare?")]),
        ("Levaxin och TSH-kontroller", addr, [("Erik Lund", "8 dec. 2026 09:00", "Hur ofta följer ni upp TSH vid stabil substitution?")])], s)
    own = "Har någon erfarenhet av att ge levotyroxin till natten i stället? Några av mina patienter tycker att det är lättare.\n\nTack!"
    hdr = headers("Olle Strand <olle.strand@gmail.com>", s, enc_subject("Re: Nytt i dina grupper: ST-gruppen Uppsala – 2 nya inlägg"), "Wed, 09 Dec 2026 07:10:00 +0100")
    plain = own + "\n\n" + att_gmail_sv("Den ons 9 dec. 2026 kl 06:00") + "\n\n" + q(dig) + "\n"
    htmlb = '<div dir="ltr">' + html_paras(own) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(att_gmail_sv("Den ons 9 dec. 2026 kl 06:00")) + '<br></div><blockquote class="gmail_quote">' + kollega_html(dig) + '</blockquote></div>'
    ct, body = multipart("alternative", [part("text/plain", plain), part("text/html", htmlb)], "000000000000" + hexid(s)[:16])
    write("gmail-sv-digest-tack-noname", hdr + ct + "\n" + body, own)

    # 24 Gmail Android app SV, bullets + full signature + PS
    s = "c24"; t, g = "Egenvård vid ländryggsmärta", "Vårdcentralsnätverket Väst"
    own = "Hej alla,\n\nDet här brukar jag ge med mig:\n\n- fortsätt vara aktiv, undvik sängläge\n- värme och receptfri smärtlindring vid behov\n- hör av dig om du får bensvaghet eller svårt att kissa\n\nFysioterapeut direkt om det inte släppt efter två veckor."
    ps = "PS. 1177 har en bra broschyr som går att skriva ut."
    sig = "Vänliga hälsningar\nSofia Berg\nLeg. läkare, ST i allmänmedicin\nVårdcentralen Norra"
    build("gmailapp-sv-bullets-signature-ps", "sv", "Sofia Berg <sofiaberg.lakare@gmail.com>", s, f"[{g}] {t}",
          "Wed, 09 Dec 2026 12:30:00 +0100", None, "gmail", own, sig + "\n\n" + ps,
          att_gmail_sv("Den tis 8 dec. 2026 08:12"), sv_note(s, "Johan Ek", t, g, "Vilka egenvårdsråd ger ni vid akut lumbago?"),
          own + "\n\n" + ps)

# ================================================================ check
def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def decoded_texts(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() != "text":
            continue
        raw = p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8")
        if p.get_content_subtype() == "plain":
            if (p.get_param("format") or "").lower() == "flowed":
                raw = unflow(raw, (p.get_param("delsp") or "").lower() == "yes")
            out.append(raw)
        elif p.get_content_subtype() == "html":
            t = re.sub(r"<(br|/div|/li|/p)[^>]*>", "\n", raw, flags=re.I)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", t)))
    return out

def check():
    bad = 0
    for n in PAIRS:
        with open(os.path.join(HERE, n + ".eml"), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        exp = open(os.path.join(HERE, n + ".expected"), encoding="utf-8").read()
        assert exp.endswith("\n") and not exp.endswith("\n\n"), n
        texts = [norm(t) for t in decoded_texts(msg)]
        for para in exp.strip().split("\n\n"):
            pn = norm(para)
            # html lists lose their "- " markers
            pn_nolist = norm(re.sub(r"(?m)^- ", "", para))
            if not any(pn in t or pn_nolist in t for t in texts):
                print(f"FAIL {n}: paragraph not found: {para[:60]!r}"); bad += 1
        if msg["To"] is None or not re.fullmatch(r"reply\+[0-9a-f]{30}@kollega\.test", str(msg["To"])):
            print(f"FAIL {n}: To"); bad += 1
    print(f"{len(PAIRS)} pairs, {bad} failures")
    return bad

if __name__ == "__main__":
    cases()
    sys.exit(1 if check() else 0)
