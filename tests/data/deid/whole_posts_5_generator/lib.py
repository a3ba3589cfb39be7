import random, re, json, datetime
R = random.Random(20261208)

def luhn_check(d9):
    s = 0
    for i, ch in enumerate(d9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str((10 - s % 10) % 10)

def pnr_valid(ten):
    return luhn_check(ten[:9]) == ten[9]

def pnr(ymd, fmt="dash10", samord=False, bad=False):
    """ymd 'YYYYMMDD' (a real date)."""
    datetime.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
    yy, mm, dd = ymd[2:4], ymd[4:6], int(ymd[6:])
    if samord: dd += 60
    base = f"{yy}{mm}{dd:02d}{R.randint(0,999):03d}"
    c = luhn_check(base)
    if bad:
        c = str((int(c) + R.randint(1, 9)) % 10)
    ten = base + c
    cen = ymd[:2]
    s6, s4 = ten[:6], ten[6:]
    if fmt == "dash10": return f"{s6}-{s4}"
    if fmt == "plus10": return f"{s6}+{s4}"
    if fmt == "dash12": return f"{cen}{s6}-{s4}"
    if fmt == "plain12": return f"{cen}{s6}{s4}"
    if fmt == "plain10": return f"{s6}{s4}"
    if fmt == "space12": return f"{cen} {s6} {s4}"
    if fmt == "space10": return f"{s6} {s4}"
    if fmt == "dot": return f"{s6}.{s4}"
    if fmt == "dots12": return f"{cen}{s6[:2]}.{s6[2:4]}.{s6[4:]}-{s4}"
    raise ValueError(fmt)

def mod11_check(d9):
    s = sum(int(ch) * (10 - i) for i, ch in enumerate(d9))
    c = 11 - s % 11
    if c == 11: c = 0
    return None if c == 10 else str(c)

def mod11_valid(ten):
    c = mod11_check(ten[:9]); return c is not None and c == ten[9]

def _mod11(prefix_fn):
    while True:
        d9 = prefix_fn()
        c = mod11_check(d9)
        if c is not None: return d9 + c

def nhs(fmt="space"):
    def p():
        lo, hi = R.choice([(400, 499), (600, 799)])
        return f"{R.randint(lo, hi):03d}{R.randint(0, 999999):06d}"
    n = _mod11(p)
    if fmt == "space": return f"{n[:3]} {n[3:6]} {n[6:]}"
    if fmt == "dash": return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return n

def chi(ddmmyy, fmt="plain"):
    datetime.datetime.strptime(ddmmyy, "%d%m%y")
    n = _mod11(lambda: ddmmyy + f"{R.randint(0, 999):03d}")
    if fmt == "space": return f"{n[:6]} {n[6:]}"
    return n

def hc(fmt="space"):
    n = _mod11(lambda: f"{R.randint(320, 399):03d}{R.randint(0, 999999):06d}")
    if fmt == "space": return f"{n[:3]} {n[3:6]} {n[6:]}"
    return n

TOK = re.compile(r"<<(\w+)(?::([^>]*))?>>")
def expand_tokens(t):
    def rep(m):
        kind, arg = m.group(1), (m.group(2) or "")
        a = arg.split(":") if arg else []
        if kind == "pnr":
            ymd = a[0]; fmt = a[1] if len(a) > 1 else "dash10"
            return pnr(ymd, fmt, samord="samord" in a[2:], bad="bad" in a[2:])
        if kind == "nhs": return nhs(a[0] if a else "space")
        if kind == "chi": return chi(a[0], a[1] if len(a) > 1 else "plain")
        if kind == "hc": return hc(a[0] if a else "space")
        raise ValueError(kind)
    return TOK.sub(rep, t)

CATS = {"personal_id", "phone", "email", "name", "date", "address", "record_number", "age_over_89"}
MK = re.compile(r"\[\[(\w+):(.+?)\]\]")
def parse(marked):
    marked = expand_tokens(marked)
    out, spans, pos = [], [], 0
    for m in MK.finditer(marked):
        cat = m.group(1)
        assert cat in CATS, cat
        out.append(marked[pos:m.start()])
        spans.append({"text": m.group(2), "category": cat})
        out.append(m.group(2)); pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans
