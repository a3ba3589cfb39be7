from lib import *
P('sv',"Sara Holm",f"""Hej alla,

Lång fråga, förlåt. Jag har tagit över en patient från en kollega som slutat, och journalen är en röra.

**Bakgrund**
[[name:Agneta]] [[name:Wallin-Ek]], [[pid:{pnr('19610214','long-',g='F')}]], 65 år, bor på [[addr:Kvarngatan 9, lgh 1102, 753 23 Uppsala]]. Diagnoser: typ 2-diabetes, hypertoni, artros i knäna, och "oro" – som enligt journalen har behandlats med oxazepam 10 mg x 3 sedan 2014.

**Senaste labb**
| Analys | Värde |
|---|---|
| HbA1c | 61 |
| eGFR | 55 |
| U-alb/krea | 12 |

**Läkemedel**
- Metformin 1 g x 2
- Losartan 100 mg
- Oxazepam 10 mg x 3
- Tramadol 50 mg vb (tar 4/dag)

Hon är helt ointresserad av att trappa ned. "Dr Bengtsson sa att jag skulle få ha dem." Hur lägger ni upp en nedtrappning när patienten inte vill och föregångaren har lovat något? Jag vill inte förstöra relationen första besöket.

Hennes man ringde dessutom från [[phone:018-12 34 56]] efter besöket och var upprörd.

/Sara""")
P('sv',"Marcus Öhman",f"""Hej, detta är lite blandat svenska och engelska eftersom det är en forwarded remiss från en kollega i Edinburgh:

> Dear colleague, I am referring [[name:Lars-Göran]] [[name:Pettersson]], CHI [[pid:{chi('050352',g='M')}]], a Swedish national resident in Scotland, who is returning to Sweden [[date:on 4th January]]. His Swedish personal number is [[pid:{pnr('19520305','-',g='M')}]]. He has stage 3 CKD and requires 3-monthly monitoring.

Han ska alltså flytta till sin dotter i Östersund. Vi har inga journaler från Skottland utöver detta brev. Hur får man över hans provhistorik? Det finns väl inget samarbete mellan NHS Scotland och svenska regioner?

Marcus""")
P('en',"Eilidh Ross",f"""Hi all,

A difficult one from the islands. I'm covering Barra this week. There's a gentleman, [[name:Donald]] [[name:MacNeil]], who is all of [[age:ninety-nine]] and lives at [[addr:4 Glen, Castlebay, Isle of Barra HS9 5UH]]. He fell on Sunday and has a suspected fractured neck of femur. The plane to Glasgow only lands at low tide, so the transfer is complicated.

**Exam**
- Right leg shortened and externally rotated
- HR 92, BP 140/82, sats 95% RA
- Alert, oriented, very stoic

His niece is on the phone to me constantly from Glasgow on [[phone:0141 496 0877]]. He wants to stay at home. Family want him in hospital.

How would you approach this, given he's clear-minded and knows exactly what refusing surgery means?

Eilidh""")
P('en',"Andrew Fraser",f"""Quick one re an NHS number that keeps bouncing. Patient says it's [[pid:{nhs(400,499,'dash')}]] but PDS has her with a different one. Her name's [[name:Beatrice]] [[name:Okafor-Hill]], moved from London in the summer. She's been given the runaround by three practices. Anyone know the quickest route to get the Spine record merged? I've called the NHS England helpline twice and been on hold for 40 minutes both times. I'm starting to take it personally.

Andy""")
