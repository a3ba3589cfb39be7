from lib import pnr, nhs, chi
LANG = 'sv'
P = [
("Jonas Lindgren", ["Sofia Ek", "Nour Khalil", "Arjun Patel"], f"""Hej alla,

Ett fall där jag inte riktigt vet om jag överreagerar.

**Patient:** [[n:Rasmus]] [[n:Eriksson]], 25 år, samordningsnummer [[p:{pnr('20010923', samord=True)}]] (utbytesstudent från Norge, har inget personnummer än).

**Anamnes:** Huvudvärk sedan 5 dagar, gradvis debut, värst på morgonen och vid hosta. Illamående, kräktes i morse. Ingen feber. Inga tidigare migränbesvär. Tar p-piller? Nej, han är man – ursäkta, kopierade från förra anteckningen 🙈. Inga läkemedel.

**Status:**
- AT: opåverkad men ser trött ut
- Nackstel: nej
- Neurologstatus: lätt osäker finger-näs höger, i övrigt ua
- Ögonbotten: kunde inte bedöma, pupillerna små

Jag skickade honom till akuten för DT hjärna samma dag. Jourhavande tyckte att det var "lite i överkant". DT visade sedan en cysta i bakre skallgropen med lätt hydrocefalus.

Så jag hade rätt, men jag undrar ändå: hur resonerar ni med huvudvärk och röda flaggor när status är nästan normalt? Morgonhuvudvärk + kräkning + hostprovokation räckte för mig.

/Jonas"""),

("Nour Khalil", ["Jonas Lindgren"], """Jonas, helt rätt! Ny huvudvärk med morgonkräkning är röd flagga oavsett status. Bra jobbat. /Nour"""),

("Sofia Ek", ["Jonas Lindgren", "Ulrika Norberg"], f"""hej, kan nån kolla om [[p:{pnr('19760312', bad=True)}]] är rätt? tror jag skrev fel i remissen till mammo, den studsade. det är [[n:Ulrika]] [[n:Persson]], inte vår ulrika alltså 😅 /sofia"""),

("Ulrika Norberg", ["Sofia Ek"], """haha tack för förtydligandet sofia. kolla i folkbokföringen så ser du direkt"""),

("Birgitta Holmström", ["Lars Hellström", "Helen Ghebremariam", "Yohannes Tesfaye"], f"""Hej kollegor,

En svår situation från i går som jag vill reflektera kring.

En ung kvinna, [[n:Selam]] [[n:Tesfay]], 19 år, kom för p-piller. Under samtalet framkom att hon var gift sedan ett år och att mannen, som väntade i väntrummet, "bestämmer allt". Hon ville ha en spiral utan att han visste. Hon hade också blåmärken på handleden som hon sa kom från en dörr.

Jag satte in en kopparspiral samma dag och dokumenterade blåmärkena. Hon gav mig ett nytt nummer, [[ph:+46 72 015 33 81]], som hon sa var "säkert" att ringa på.

Jag har kontaktat kurator och vi har informerat om Kvinnofridslinjen (020-50 50 50). Hon ville inte göra polisanmälan.

Det jag undrar:
- Hur dokumenterar ni när patienten inte vill att partnern ska se journalen via 1177? Vi har spärrat delar.
- Hur följer ni upp utan att riskera hennes säkerhet?

Helen, Yohannes – ni har erfarenhet av att jobba med eritreanska familjer. Är det något jag bör tänka på kulturellt, utan att generalisera?

Birgitta"""),

("Helen Ghebremariam", ["Birgitta Holmström"], """Selam Birgitta. Bra att du gjorde det enskilt. Kultur är inte ursäkten – våld är våld. Men många har stort nätverk som både kan skydda och kontrollera. Fråga henne vem hon litar på. /Helen"""),

("Per-Olof Sundberg", ["Karl Nyström", "Maria Berg", "Leyla Yilmaz"], """Hej alla!

Påminnelse om **ST-seminariet** den 15 januari kl 13–16 i konferensrummet på Vårdcentralen Ekbacken.

Tema: Multisjuklighet och läkemedelsgenomgångar hos äldre.

Vi kommer att gå igenom:
- STOPP/START-kriterierna
- Socialstyrelsens indikatorer för god läkemedelsterapi hos äldre (2017, uppdaterad)
- Ett par fall med 80–89-åringar med polyfarmaci
- Praktisk övning med Janusmed

Ta med ett eget fall (avidentifierat!). Fika finns.

Anmälan till mig senast vecka 51. Vi är begränsade till 14 platser.

Hälsningar,
Per-Olof"""),

("Leyla Yilmaz", ["Per-Olof Sundberg"], """kommer! anmäler mig o en ST från vår vc"""),

("Priya Sharma", ["Arjun Patel", "Mehmet Yıldız", "Zeynep Demir"], f"""Namaste och hej!

Jag har en journalanteckning som jag skrev i natt på jouren och nu ångrar att jag inte remitterade in patienten. Vill ha era tankar.

```
Pat: [[p:{pnr('19620731', style='long-')}]]
[[n:Bo]] [[n:Lundgren]]
Sökorsak: bröstsmärta sedan 2 dygn
```

Han beskrev smärtan som "en tyngd" vid ansträngning, som släppte i vila. Han har diabetes typ 2 och röker. EKG: ingen ST-höjning, men T-negativitet i V4–V6 som jag inte kunde jämföra med tidigare (inget gammalt EKG i systemet). Han ville åka hem och jag lät honom göra det med planerad arbets-EKG.

Nu på morgonen ser jag att troponinet jag tog (hs-TnT 38) kom tillbaka efter att han åkt hem. Jag har ringt honom två gånger på [[ph:0706235814]] men han svarar inte.

- Ska jag skicka ambulans hem till honom?
- Ringa polisen för att kontrollera?
- Eller är det rimligt att ringa igen om en timme?

Priya"""),

("Arjun Patel", ["Priya Sharma"], """Priya, ring anhörig om du har, annars skicka ambulans. hs-TnT 38 + typisk anamnes = instabil angina tills motsatsen bevisats. /Arjun"""),

("Priya Sharma", ["Arjun Patel", "Mehmet Yıldız"], f"""Uppdatering: fick tag på hans fru [[n:Marianne]] som väckte honom. Han är på väg till akuten i Västerås med ambulans. Tack för snabba svar allihop, det lugnade mig. /Priya""", True),

("Hassan Mohammadi", ["Omar Said", "Nour Khalil", "Sanna Heikkinen"], """Hej!

Diskussionsfråga till gruppen inför nästa möte: **hur hanterar ni fasta under Ramadan hos patienter med diabetes?**

I år infaller Ramadan under våren och vi har många patienter med typ 2-diabetes på vår vårdcentral som fastar. Jag har sett några hypoglykemier förra året hos patienter på SU-preparat.

Mitt upplägg inför Ramadan:
- Boka besök 6–8 veckor innan
- Byt glimepirid till något med lägre hypoglykemirisk om möjligt
- Metformin: flytta dosen till iftar och suhur
- SGLT2-hämmare: risk för dehydrering, överväg paus
- Insulin: individuell plan

IDF-DAR har bra riktlinjer (2021). Har någon översatt patientinformation på arabiska, somaliska eller dari?

Ramadan Mubarak i förväg till de som firar!

/Hassan"""),

("Omar Said", ["Hassan Mohammadi"], """bra lista hassan. vi har arabisk info från diabetesförbundet, kan dela"""),

("Johanna Blom", ["Maria Berg", "Agnes Holm", "Viktor Sandell"], f"""Hej alla,

Jag vill dela ett fall där vi till slut hittade diagnosen, efter lång väg.

**Bakgrund:** [[n:Maria]] [[n:Nilsson]], 34 år (inte vår Maria i gruppen!), har sökt oss sex gånger sedan [[d:februari 2024]] för magsmärta, diarré och viktnedgång. Hon har fått diagnosen IBS två gånger.

**Senaste besöket [[d:den 9 oktober]]:**
- Viktnedgång 7 kg på ett halvår
- Nattliga diarréer
- F-kalprotektin 860 (!)
- Hb 109, CRP 28

Hon är nu remitterad till gastro och koloskopin visade Crohns sjukdom i terminala ileum.

Mina reflektioner:
1. Vi borde ha tagit kalprotektin mycket tidigare. Nattliga symtom är en röd flagga.
2. IBS-diagnosen satt kvar i journalen och fick alla att tänka i samma spår.
3. Hon sa själv "jag har slutat tro att någon lyssnar".

Hur jobbar ni med "diagnostiska tröskelvärden" för att ompröva en diagnos?

Johanna"""),

("Agnes Holm", ["Johanna Blom"], """Tack Johanna. Bra påminnelse om att IBS är en uteslutningsdiagnos. Hur mår [[n:Maria]] nu?"""),

("Johanna Blom", ["Agnes Holm"], """Hon har fått Entocort och mår redan bättre, sa hon i telefon igår. Jag ska träffa [[n:Maria]] igen efter nyår."""),

("Eleni Georgiou", ["Nikos Papadopoulos", "Katarzyna Nowak", "Emir Begović"], f"""Kalimera / hej,

Fråga om intygsskrivande som känns knepig.

En patient vill ha ett intyg om att hon "inte klarar att åka kollektivt" för att få färdtjänst. Hon heter [[n:Rose-Marie]] [[n:Ekström]], bor på [[a:Storgatan 8B]] i Sundsvall och har KOL med FEV1 45 % och lätt hjärtsvikt. Hon klarar att gå ca 200 m i lugn takt. Färdtjänsthandläggaren har ringt mig och bett om komplettering och angav ärendenummer [[r:FTJ-2025-08812]].

Problemet: jag har bara träffat henne en gång och hennes ordinarie läkare har slutat.

- Skriver ni sådana intyg på bara ett besök?
- Hur formulerar ni er om gångsträcka? Jag har inte sett henne gå 200 m, bara hört henne berätta.

Tack,
Eleni"""),

("Katarzyna Nowak", ["Eleni Georgiou"], """eleni, skriv det du vet: "uppger gångsträcka ca 200 m, FEV1 45%". då är det ärligt. /kasia"""),

("Abdi Farah", ["Hodan Warsame", "Amina Diallo", "Kwame Mensah"], f"""Hej gänget, ett snabbt men viktigt ärende.

Vi har en patient som kom in i går med misstänkt tuberkulos: [[n:Abdirahman]] [[n:Hussein]] (reservnummer [[r:990101-R117]]), 45 år, hosta i 3 månader, nattsvettningar och viktnedgång 8 kg. Lungröntgen visade kavitet i höger ovanlob.

Han har skickats till infektionskliniken men vi behöver göra smittspårning. Han bor med sin fru [[n:Faadumo]] och fyra barn på [[a:Rinkebysvängen 72]]. Barnen går på förskolan i närheten.

Hur gör ni praktiskt med smittspårningen – är det vårdcentralen eller smittskyddsenheten som kallar familjen? Och vilka prover tar ni på barnen (IGRA, PPD)?

Abdi"""),

("Kwame Mensah", ["Abdi Farah"], """Abdi,

Smittskydd leder spårningen men i praktiken görs IGRA ofta på vc. Några saker jag lärt mig:

- Barn under 5 år ska bedömas snabbt av barnläkare, oavsett IGRA-svar, eftersom de har högre risk för svår sjukdom.
- Förskolan informeras av smittskydd, inte av oss.
- Glöm inte att erbjuda tolk vid samtalen med familjen.

Ring smittskyddsläkaren direkt i dag, de brukar vara snabba.

/Kwame"""),

("Aino Virtanen", ["Juha Mäkinen", "Sanna Heikkinen", "Ingrid Wallin"], f"""Hej!

Jag vill ta upp ett fall om demensutredning där familjen inte är överens.

**Patient:** [[n:Stig]], [[o:91]], änkling sedan två år. Sonen [[n:Kjell]] tycker att pappa blivit "konstig" och glömsk och vill ha honom på boende. Dottern [[n:Marita]] tycker att han bara är ledsen och ensam.

**MMSE:** 22/30. Klocktest: missade siffrorna på vänster sida.
**GDS-15:** 8 poäng.
**DT hjärna:** måttlig central atrofi, små vitsubstansförändringar.

Han vill själv bo kvar och klarar ADL med visst stöd. Han sa till mig: "Jag har ju haft ett helt liv. Låt mig vara hemma."

Jag tror att det är både depression och demens. Jag har startat sertralin och bett om hemtjänst två gånger per dag.

Hur gör ni när barnen drar åt olika håll? Och vem ska jag skicka utredningen till – han har samtyckt till att båda barnen får information.

Aino"""),

("Sanna Heikkinen", ["Aino Virtanen"], """Aino, ett familjemöte med biståndshandläggare brukar lösa mycket. Och låt honom bestämma så länge han kan. /Sanna"""),

("Mehmet Yıldız", ["Fatima Ali", "Hassan Mohammadi"], f"""snabbt: labbet ringde om ett kritiskt värde, Na 118, provnr [[r:7724519]]. pat [[n:Birgit]] [[n:Holm]], [[p:{pnr('19440405', style='bare')}]], har inte svarat. hon bor på [[a:Lingonvägen 3]]. nån som känner henne? är på väg ut på hembesök nu /mehmet"""),

("Fatima Ali", ["Mehmet Yıldız"], """mehmet, hon har hemtjänst, ring dem! nr finns i journalen under kontakter"""),
]
