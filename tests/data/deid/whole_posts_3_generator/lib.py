import random, re, json
R = random.Random(3)
BAD = []
CAT = {'p':'personal_id','ph':'phone','e':'email','n':'name','d':'date','a':'address','r':'record_number','o':'age_over_89'}

def luhn_digit(s9):
    tot = 0
    for i, ch in enumerate(s9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return str((10 - tot % 10) % 10)

def pnr(date, style='-', serial=None, samord=False, bad=False):
    """date 'YYYYMMDD'. style: '-', '+', 'long', 'long-', 'bare'"""
    y, m, d = date[:4], date[4:6], date[6:8]
    if samord:
        d = '%02d' % (int(d) + 60)
    if serial is None:
        serial = '%03d' % R.randint(0, 999)
    c = luhn_digit(y[2:] + m + d + serial)
    if bad:
        c = str((int(c) + R.randint(1, 9)) % 10)
    short = y[2:] + m + d
    out = {'-': f'{short}-{serial}{c}', '+': f'{short}+{serial}{c}', 'long': f'{y}{m}{d}{serial}{c}',
           'long-': f'{y}{m}{d}-{serial}{c}', 'bare': f'{short}{serial}{c}'}[style]
    if bad: BAD.append(out)
    return out

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    ch = 11 - s % 11
    if ch == 11: ch = 0
    return None if ch == 10 else str(ch)

def nhs(style='space', first=None):
    while True:
        f = first or str(R.choice([4, 5, 6, 7]))
        d9 = f + ''.join(str(R.randint(0, 9)) for _ in range(9 - len(f)))
        c = mod11(d9)
        if c is not None: break
    n = d9 + c
    if style == 'space': return f'{n[:3]} {n[3:6]} {n[6:]}'
    if style == 'dash': return f'{n[:3]}-{n[3:6]}-{n[6:]}'
    return n

def chi(ddmmyy, style='bare'):
    while True:
        d9 = ddmmyy + ''.join(str(R.randint(0, 9)) for _ in range(3))
        c = mod11(d9)
        if c is not None: break
    n = d9 + c
    if style == 'space': return f'{n[:6]} {n[6:]}'
    return n

MARK = re.compile(r'\[\[(\w+):(.*?)\]\]', re.S)

def build(pid, lang, author, members, raw):
    spans = []
    def rep(m):
        spans.append({'text': m.group(2), 'category': CAT[m.group(1)]})
        return m.group(2)
    text = MARK.sub(rep, raw)
    return {'id': pid, 'lang': lang, 'author': author, 'members': members, 'text': text, 'spans': spans}

SV_POOL = ["Anna Lindqvist","Erik Johansson","Maria Berg","Karl Nyström","Margareta Sjöberg","Samira Haddad","Fatima Ali","Mehmet Yıldız","Aino Virtanen","Juha Mäkinen","Reza Karimi","Parisa Moradi","Amra Hodžić","Emir Begović","Katarzyna Nowak","Tomasz Wiśniewski","Hodan Warsame","Abdi Farah","Yohannes Tesfaye","Helen Ghebremariam","Dilan Kaya","Rojin Ahmadi","Li Wei","Chen Jing","Nikos Papadopoulos","Eleni Georgiou","Priya Sharma","Arjun Patel","Kwame Mensah","Amina Diallo","Johanna Blom","Oskar Håkansson","Birgitta Holmström","Lars Hellström","Ingrid Wallin","Per-Olof Sundberg","Elin Forsberg","Jonas Lindgren","Sofia Ek","Gustav Lönn","Leyla Yilmaz","Omar Said","Nour Khalil","Sanna Heikkinen","Malin Åkesson","Viktor Sandell","Agnes Holm","Ulrika Norberg","Hassan Mohammadi","Zeynep Demir"]
EN_POOL = ["James Whitfield","Sarah Thompson","Oliver Bennett","Alexandra Hughes","Priya Nair","Rajesh Gupta","Aisha Begum","Mohammed Rahman","Chinwe Okafor","Kwabena Asante","Fiona MacLeod","Hamish Campbell","Siobhan Kelly","Dafydd Evans","Rhiannon Jones","Katarzyna Kowalska","Piotr Zielinski","Emma Clarke","Thomas Wright","Grace Adeyemi","Tunde Bakare","Wei Zhang","Mei Lin","Yasmin Farouk","Omar Haddad","Elena Christodoulou","Georgios Nikolaidis","Hannah Goldberg","David Cohen","Joanna Price","Matthew Holloway","Sophie Turner","Ahmed Hussain","Nadia Iqbal","Eilidh Fraser","Callum Stewart","Margaret O'Neill","Robert Hale","Farah Abdi","Liam Doyle","Zainab Osei","Ikenna Eze","Charlotte Reid","Benjamin Shaw","Samira Yusuf","Anil Mehta","Lucy Palmer","Niamh Byrne"]

def team(lang, author, must=(), n=None, include_author=False, seed=None):
    rr = random.Random(seed if seed is not None else author + ''.join(must))
    pool = [x for x in (SV_POOL if lang == 'sv' else EN_POOL) if x != author and x not in must]
    n = n or rr.randint(5, 7)
    mem = list(must)
    if include_author: mem.append(author)
    while len(mem) < n:
        c = rr.choice(pool)
        if c not in mem: mem.append(c)
    rr.shuffle(mem)
    return mem
