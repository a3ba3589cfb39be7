import json, os, re, sys, importlib
import lib
for mod in ['sv_a','sv_b','en_a','en_b','extra']:
    try: importlib.import_module(mod)
    except ModuleNotFoundError as e:
        if e.name!=mod: raise
from ext import EXT
used=set()
out=[]; cnt={'sv':0,'en':0}
for lang,author,members,marked in lib.POSTS:
    cnt[lang]+=1
    pid='wp4-%s-%03d'%(lang,cnt[lang])
    if pid in EXT:
        parts=marked.rstrip().split('\n\n')
        if len(parts)>1 and len(parts[-1])<=40: marked='\n\n'.join(parts[:-1]+[EXT[pid],parts[-1]])
        else: marked=marked.rstrip()+'\n\n'+EXT[pid]
        used.add(pid)
    text,spans=lib.parse(marked)
    out.append({'id':'wp4-%s-%03d'%(lang,cnt[lang]),'lang':lang,'author':author,'members':members,'text':text,'spans':spans})
out.sort(key=lambda r:(r['lang']!='sv',r['id']))
with open(sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'whole_posts_4.jsonl'),'w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print('wrote',len(out)); print('unused ext',set(EXT)-used)
