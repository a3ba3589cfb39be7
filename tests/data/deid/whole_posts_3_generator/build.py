import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import build, team
MODS = ['sv_a', 'sv_b', 'sv_c', 'sv_d', 'en_a', 'en_b', 'en_c', 'en_d']
out = []
cnt = {'sv': 0, 'en': 0}
for mname in MODS:
    try:
        m = importlib.import_module(mname)
    except ModuleNotFoundError:
        continue
    for (author, must, raw, *opt) in m.P:
        lang = m.LANG
        cnt[lang] += 1
        pid = f'wp3-{lang}-{cnt[lang]:03d}'
        inc = bool(opt and opt[0])
        out.append(build(pid, lang, author, team(lang, author, must, include_author=inc), raw))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'whole_posts_3.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
import lib
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'intentional_bad.txt'),'w').write('\n'.join(lib.BAD))
print(cnt, len(out))
