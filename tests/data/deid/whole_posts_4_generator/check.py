import json, re, sys, collections
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import lib
path=sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'whole_posts_4.jsonl')
rows=[json.loads(l) for l in open(path)]
errs=[]; cat=collections.Counter(); per=collections.Counter(); withid=collections.Counter(); long=collections.Counter()
ALLOW_EXTRA={('wp4-en-001','93'),('wp4-sv-052','Ingrid')}  # (id,text) where unspanned extra occurrences are intended
for r in rows:
    t=r['text']; per[r['lang']]+=1
    if len(t)>=400: long[r['lang']]+=1
    if r['spans']: withid[r['lang']]+=1
    if not (5<=len(r['members'])<=7): errs.append((r['id'],'members',len(r['members'])))
    if r['author'] in r['members']: errs.append((r['id'],'author in members'))
    c=collections.Counter(s['text'] for s in r['spans'])
    for s in r['spans']:
        cat[s['category']]+=1
        if s['category'] not in lib.CAT.values(): errs.append((r['id'],'badcat',s))
        if s['text']!=s['text'].strip() or not s['text']: errs.append((r['id'],'ws',s['text']))
    for st,n in c.items():
        occ=len(re.findall(r'(?<![^\W_])'+re.escape(st)+r'(?![^\W_])',t))
        if occ<n: errs.append((r['id'],'not whole-word / too few',st,occ,n))
        occi=len(re.findall(r'(?i)(?<![^\W_])'+re.escape(st)+r'(?![^\W_])',t))
        if occi>occ: errs.append((r['id'],'WARN case-insensitive extra',st,occi,occ))
        if occ>n and (r['id'],st) not in ALLOW_EXTRA: errs.append((r['id'],'WARN extra unspanned occurrences',st,occ,n))
    for s in r['spans']:
        d=re.sub(r'\D','',s['text'])
        if s['category']=='personal_id':
            ok=lib.valid_pnr(s['text']) or lib.valid_mod11(s['text'])
            if r['lang']=='en' and len(d)==10 and ok and not re.fullmatch(r'\d{6}[-+]\d{4}|\d{8}-\d{4}',s['text']):
                import datetime
                if d[0]=='3' and not r['text'][:r['text'].find(s['text'])].rstrip().endswith('CHI'): kind='H&C'
                elif d[0] in '467' and (400<=int(d[:3])<=499 or 600<=int(d[:3])<=799): kind='NHS'
                else:
                    kind='CHI'
                    try: datetime.date(1900+int(d[4:6]) if int(d[4:6])>26 else 2000+int(d[4:6]),int(d[2:4]),int(d[:2]))
                    except ValueError: errs.append((r['id'],'bad CHI date',s['text']))
                print('  en id',r['id'],kind,s['text'])
            if not ok: print('note invalid-checksum personal_id (should be deliberate mistype):',r['id'],s['text'])
    if '[[' in t or ']]' in t: errs.append((r['id'],'markup left'))
print('rows',len(rows),'per lang',dict(per),'with ids',dict(withid),'>=400',dict(long))
print('spans',dict(cat),'total',sum(cat.values()))
for e in errs: print('ERR',e)
