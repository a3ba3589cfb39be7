import json, re, sys, collections
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import lib
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whole_posts_5.jsonl")
rows = [json.loads(l) for l in open(P)]
err = 0
def occ(text, s):
    return [m.start() for m in re.finditer(r"(?<![^\W_])" + re.escape(s) + r"(?![^\W_])", text)]
# simpler, explicit: no letter/digit before or after
def occ(text, s):
    res, i = [], text.find(s)
    while i != -1:
        b = text[i-1] if i > 0 else " "; a = text[i+len(s)] if i+len(s) < len(text) else " "
        if not b.isalnum() and not a.isalnum(): res.append(i)
        i = text.find(s, i + 1)
    return res
cnt = collections.Counter(); per = collections.defaultdict(lambda: [0, 0, 0]); ids = set()
for r in rows:
    assert r["id"] not in ids; ids.add(r["id"])
    assert r["lang"] in ("sv", "en") and 5 <= len(r["members"]) <= 7 and r["author"] not in r["members"], r["id"]
    t = r["text"]; per[r["lang"]][0] += 1
    if r["spans"]: per[r["lang"]][1] += 1
    if len(t) >= 400: per[r["lang"]][2] += 1
    marked = collections.Counter(s["text"] for s in r["spans"])
    for s in r["spans"]:
        cnt[s["category"]] += 1
        assert s["category"] in lib.CATS
        if "\n" in s["text"] or s["text"] != s["text"].strip(): print("BAD span ws", r["id"], s); err += 1
        if not occ(t, s["text"]): print("NOT WHOLE-WORD", r["id"], s); err += 1
        d = re.sub(r"\D", "", s["text"])
        if s["category"] == "personal_id":
            if len(d) in (10, 12):
                ten = d[-10:]
                if r["lang"] == "sv":
                    if not lib.pnr_valid(ten): print("  note: invalid Luhn personnummer (intended mistype)", r["id"], s["text"])
                else:
                    import datetime
                    ok = lib.mod11_valid(ten)
                    kind = "NHS" if 400 <= int(ten[:3]) <= 499 or 600 <= int(ten[:3]) <= 799 else "H&C" if 320 <= int(ten[:3]) <= 399 else None
                    try: datetime.datetime.strptime(ten[:6], "%d%m%y"); kind = kind or "CHI"
                    except ValueError: pass
                    if not ok or not kind: print("INVALID UK number", r["id"], s["text"]); err += 1
            else: print("  note: personal_id digits", r["id"], s["text"])
    cur, cov = 0, []
    for s in r["spans"]:
        ps = [p for p in occ(t, s["text"]) if p >= cur]
        if not ps: print("SPAN ORDER/NOT FOUND", r["id"], s); err += 1; continue
        cov.append((ps[0], ps[0] + len(s["text"]))); cur = ps[0] + len(s["text"])
    for s, n in marked.items():
        o = n + len([p for p in occ(t, s) if not any(a <= p < b for a, b in cov)])
        if o > n and o - n > n: print("UNMARKED > MARKED", r["id"], repr(s), o, n); err += 1
        elif o != n: print("  note: unmarked extra occurrence", r["id"], repr(s), o, n)
print("rows", len(rows)); print("per lang [total, with ids, >=400 chars]", dict(per)); print("spans", dict(cnt), sum(cnt.values()))
print("errors", err)
