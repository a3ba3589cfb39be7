import re, random
R = random.Random(4444)
CAT = {'pid':'personal_id','phone':'phone','email':'email','name':'name','date':'date',
       'addr':'address','rec':'record_number','age':'age_over_89'}
def luhn_digit(s9):
    t=0
    for i,ch in enumerate(s9):
        d=int(ch)*(2 if i%2==0 else 1)
        t+=d//10+d%10
    return str((10-t%10)%10)
def mod11(s9):
    t=sum(int(c)*w for c,w in zip(s9,range(10,1,-1)))
    c=11-t%11
    if c==11: c=0
    return None if c==10 else str(c)
def pnr(date8, fmt='-', n=None, wrong=False, samord=False, g=None):
    """date8 YYYYMMDD; fmt: '-', '+', '', 'long-', 'long', 'space'"""
    yy=date8[2:4]; mm=date8[4:6]; dd=int(date8[6:8])
    if samord: dd+=60
    base=yy+mm+'%02d'%dd
    if n is None:
        while True:
            n='%03d'%R.randint(100,989)
            if g is None or (int(n[2])%2==1)==(g=='M'): break
    c=luhn_digit(base+n)
    if wrong: c=str((int(c)+R.randint(1,9))%10)
    tail=n+c
    cent=date8[:2]+base
    return {'-':base+'-'+tail,'+':base+'+'+tail,'':base+tail,'long-':cent+'-'+tail,
            'long':cent+tail,'space':base+' '+tail,'longspace':cent+' '+tail}[fmt]
def valid_pnr(s):
    d=re.sub(r'\D','',s)
    if len(d)==12: d=d[2:]
    return len(d)==10 and luhn_digit(d[:9])==d[9]
def nhs(lo=400, hi=499, fmt='space'):
    while True:
        s=str(R.randint(lo*1000000, hi*1000000+999999)).zfill(9)
        c=mod11(s)
        if c: break
    d=s+c
    return d[:3]+' '+d[3:6]+' '+d[6:] if fmt=='space' else (d[:3]+'-'+d[3:6]+'-'+d[6:] if fmt=='dash' else d)
def chi(ddmmyy, fmt='', g=None):
    while True:
        s=ddmmyy+str(R.randint(100,999))
        c=mod11(s)
        if c and (g is None or (int(s[8])%2==1)==(g=='M')): break
    d=s+c
    return d if fmt=='' else d[:6]+' '+d[6:]
def hc(fmt=''):
    while True:
        s=str(R.randint(320000000,399999999))
        c=mod11(s)
        if c: break
    d=s+c
    return d if fmt=='' else d[:3]+' '+d[3:6]+' '+d[6:]
def valid_mod11(s):
    d=re.sub(r'\D','',s)
    return len(d)==10 and mod11(d[:9])==d[9]
MARK=re.compile(r'\[\[(\w+):(.*?)\]\]', re.S)
def parse(marked):
    out=[];spans=[];pos=0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()]); t=m.group(2)
        spans.append({'text':t,'category':CAT[m.group(1)]}); out.append(t); pos=m.end()
    out.append(marked[pos:])
    return ''.join(out), spans
SV_POOL=["Karin Sjöberg","Mattias Lund","Leila Rahimi","Per-Olof Berg","Anna-Karin Nyström","Tomas Wikström",
 "Sara Holm","Ahmed Osman","Ingrid Falk","Jukka Virtanen","Maja Eklund","Dragan Petrović","Helena Åberg",
 "Fredrik Strömberg","Nadia Haddad","Olle Bergkvist","Lena Göransson","Hussein Ali","Kristina Palm","Viktor Engström",
 "Zeynep Yılmaz","Johan Sandberg","Ulla Hedlund","Ebba Lindahl","Marcus Öhman","Tiina Mäkinen","Sven-Erik Nord"]
EN_POOL=["Rachel Hughes","Tom Ashworth","Priya Patel","Gareth Evans","Siobhan Murphy","Andrew Fraser","Funmi Adeyemi",
 "Claire Whitfield","Imran Shah","Hannah Lewis","Callum MacLeod","Niamh Quinn","David Okafor","Sophie Turner",
 "Rhys Morgan","Aisha Rahman","Mark Dempsey","Fiona Campbell","Ben Carter","Deepa Nair","Owen Pritchard",
 "Kirsty Munro","Ciaran Doyle","Lucy Barnes","Matthew Khan","Eilidh Ross","Jonathan Blake"]
POSTS=[]
def P(lang, author, text, mention=(), n=None):
    pool=SV_POOL if lang=='sv' else EN_POOL
    rr=random.Random(len(POSTS)*7+1)
    members=[m for m in mention if m!=author]
    k=n or rr.randint(5,7)
    cand=[x for x in pool if x!=author and x not in members]
    rr.shuffle(cand)
    members=(members+cand)[:max(k,len(members))]
    POSTS.append((lang,author,members,text))
