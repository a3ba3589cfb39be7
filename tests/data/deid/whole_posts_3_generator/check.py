import json, re, sys, datetime, collections
import os; HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from lib import luhn_digit, mod11
F = os.path.join(HERE, '..', 'whole_posts_3.jsonl')
INTENTIONAL_BAD = set(open(os.path.join(HERE, 'intentional_bad.txt')).read().split('\n')) if __import__('os').path.exists(os.path.join(HERE, 'intentional_bad.txt')) else set()
CATS = {'personal_id','phone','email','name','date','address','record_number','age_over_89'}
rows = [json.loads(l) for l in open(F)]
errs = []
def ww(text, s):
    return [m.start() for m in re.finditer(r'(?<![\w])' + re.escape(s) + r'(?![\w])', text)]
def realdate(y, m, d):
    try: datetime.date(y, m, d); return True
    except ValueError: return False
def check_pid(s):
    d = re.sub(r'[\s\-+]', '', s)
    if not d.isdigit(): return 'nondigit'
    if len(d) == 12: d = d[2:]; yy = int(s[:4])
    else: yy = None
    if len(d) != 10: return 'len'
    # NHS / CHI / pnr
    kinds = []
    if mod11(d[:9]) == d[9]: kinds.append('mod11')
    if luhn_digit(d[:9]) == d[9]: kinds.append('luhn')
    return kinds
stats = collections.Counter(); per = collections.Counter(); ids = collections.defaultdict(list); long_ = 0
seen = set()
for r in rows:
    for k in ('id','lang','author','members','text','spans'):
        if k not in r: errs.append((r.get('id'), 'missing '+k))
    if r['id'] in seen: errs.append((r['id'], 'dup id'))
    seen.add(r['id'])
    if not 5 <= len(r['members']) <= 7: errs.append((r['id'], 'members count'))
    t = r['text']; ids[r['lang']].append(r['id'])
    if len(t) >= 400: long_ += 1
    if r['spans']: per[r['lang']+'_with'] += 1
    else: per[r['lang']+'_clean'] += 1
    pos = collections.defaultdict(int)
    last = -1
    for sp in r['spans']:
        stats[sp['category']] += 1
        if sp['category'] not in CATS: errs.append((r['id'], 'bad cat', sp))
        occ = ww(t, sp['text'])
        i = pos[sp['text']]
        if i >= len(occ):
            errs.append((r['id'], 'span not found as whole word (occurrence %d)' % (i+1), sp['text']))
            continue
        pos[sp['text']] += 1
        if occ[i] < last: errs.append((r['id'], 'order', sp['text']))
        last = occ[i]
        if sp['category'] == 'personal_id':
            s = sp['text']; d = re.sub(r'[\s\-+]', '', s)
            k = check_pid(s)
            if isinstance(k, str): errs.append((r['id'], 'pid format', s)); continue
            ok = False
            # swedish
            if ('luhn' in k):
                dd10 = d[-10:]
                yy, mm, dd = int(dd10[:2]), int(dd10[2:4]), int(dd10[4:6])
                if dd > 60: dd -= 60
                cent = int(s[:2]) * 100 if len(d) == 12 else 1900
                if realdate(cent + yy if len(d)==12 else 1900+yy, mm, dd) or realdate(2000+yy, mm, dd): ok = True
            if 'mod11' in k:
                if d[0] in '4567' and len(d)==10: ok = True   # NHS
                dd, mm = int(d[:2]), int(d[2:4])
                if realdate(1900+int(d[4:6]), mm, dd) or realdate(2000+int(d[4:6]), mm, dd): ok = True  # CHI
            if not ok and s not in INTENTIONAL_BAD:
                errs.append((r['id'], 'pid invalid', s, k))
    # other-occurrence warnings: name span texts that appear more often than listed (informational)
    for s_, n in pos.items():
        tot = len(ww(t, s_))
        if tot > n: print('INFO extra occurrence not spanned', r['id'], repr(s_), tot, n)
print('rows', len(rows), {k: len(v) for k, v in ids.items()})
print('with/clean', dict(per))
print('spans per category', dict(stats))
print('posts >=400 chars', long_)
for k, v in ids.items(): print(k, v[0], '..', v[-1])
print('ERRORS', len(errs))
for e in errs: print(e)
