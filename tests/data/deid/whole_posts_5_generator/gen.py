import json, os, sys, importlib
import lib
SV_POOL = ["Eva Strand","Fredrik Nordqvist","Parisa Moradi","Oskar Håkansson","Johanna Blom","Mehmet Aydın","Karin Lundqvist","Nils Öberg","Samira Haddad","Jonas Lindgren","Reza Karimi","Birgitta Holmström","Lars Hellström","Anneli Rask","Petter Granlund","Klara Ek","Ulrika Sandberg","Mattias Wiklund","Leila Nasser","Henrik Dahl","Maria Ljung","Tove Engström","Amir Rahimi","Sofia Bergkvist","Gustav Lind","Hanna Persson","Dragan Petrović","Ingrid Söderberg","Malin Axelsson","Erik Nyström","Camilla Falk","Tiina Mäkinen"]
EN_POOL = ["Sarah Whitfield","Rajesh Patel","Fiona MacLeod","Tom Hargreaves","Aisha Rahman","Gareth Evans","Helen Doyle","Chidi Okafor","Priya Nair","Mark Ellison","Catriona Fraser","Owen Pritchard","Nadia Hussain","James Carver","Siobhan Kelly","Ben Ashworth","Lucy Tan","Imran Qureshi","Rebecca Stone","Declan Murphy","Hannah Pike","Kwame Mensah","Zoe Campbell","Alistair Gunn","Emma Lowe","Deepa Shah","Rhys Morgan","Claire Benson","Yusuf Ali","Jo Whitaker"]
def build():
    rows = []
    for lang, mod, pool in (("sv", "posts_sv", SV_POOL), ("en", "posts_en", EN_POOL)):
        try: posts = importlib.import_module(mod).POSTS
        except ModuleNotFoundError: posts = []
        for i, p in enumerate(posts, 1):
            author, extra, marked = p
            text, spans = lib.parse(marked.strip("\n"))
            members = [m for m in extra if m != author]
            k = 5 + (i * 7) % 3
            cand = [x for x in pool if x != author and x not in members]
            lib.R.shuffle(cand)
            for c in cand:
                if len(members) >= k: break
                fn = c.split()[0]
                # avoid random colleagues whose first name collides with a patient name span
                if any(s["category"] == "name" and fn.lower() in s["text"].lower().split() for s in spans): continue
                members.append(c)
            lib.R.shuffle(members)
            rows.append({"id": f"wp5-{lang}-{i:03d}", "lang": lang, "author": author, "members": members, "text": text, "spans": spans})
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whole_posts_5.jsonl"), "w") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")
if __name__ == "__main__": build()
