POSTS = []
def P(a, t, m=()): POSTS.append((a, list(m), t))

P("Aino Korhonen", """Hej allihop,

Jag behöver bolla ett fall som jag har grubblat på hela veckan. Äldre man med KOL, GOLD E, två exacerbationer senaste halvåret. Står på Trimbow 2x2, har haft prednisolonkurer i mars och i juni. Spirometri i våras: FEV1 38 % av förväntat, FEV1/FVC 0,52. Saturation i vila 91 %, vid gång ner till 86 %.

Det jag funderar på är syrgas. Han uppfyller nästan kriterierna för LTOT men röker fortfarande "lite på balkongen". Hustrun [[name:Margareta]] säger att det är ett par om dagen, han själv säger "nästan inget". När jag ringde hem i tisdags svarade [[name:Margareta]] och sa att [[name:Bertil]] hade legat i sängen hela helgen.

Brandrisken gör att jag tvekar. Lungmottagningen i Sundsvall har sagt att de kan ta en bedömning men inte förrän i februari.

Hur gör ni – skriver ni remiss ändå och låter lungläkaren ta diskussionen, eller tar ni rökstoppssamtalet först?

/Aino""", ["Eva Strand"])

P("Fredrik Nordqvist", """Snabb fråga om D-vitamin: vilka nivåer siktar ni på hos äldre på SÄBO? Vi har en lokal rutin som säger 50 nmol/L men geriatriken i Örebro skriver 75 i sitt PM från 2021. Doserar ni 800 IE eller 1600 IE som standard? Tack! /FN""")

P("Parisa Moradi", """## Hembesök vecka 46

Sammanställning inför teamträffen (tas bort ur forumet efter torsdag, jag vet att det egentligen inte ska ligga här men IT-systemet är nere):

| Patient | Pnr | Ärende | Adress |
|---|---|---|---|
| [[name:Gunnel Wahlberg]] | [[personal_id:<<pnr:19340517:dash12>>]] | Såromläggning, bensår vä | [[address:Storgatan 14 B]] |
| [[name:Arne Fransson]] | [[personal_id:<<pnr:19410902:dash12>>]] | Läkemedelsgenomgång | [[address:Björkvägen 3]] |
| [[name:Inez Öhman]] | [[personal_id:<<pnr:19290228:dash12>>]] | Brytpunktssamtal, dottern med | [[address:Tallåsen 22]] |

[[name:Inez]] är [[age_over_89:97]] och har uttryckt att hon inte vill in på sjukhus igen. Dottern [[name:Lena]] är informerad.

Vem kan ta [[name:Arnes]] besök om jag blir sjuk? [[name:Arne]] har demens och blir orolig med nya ansikten, så helst någon han träffat.""", ["Oskar Håkansson"])

P("Oskar Håkansson", """Är det fler än jag som har märkt att Elvanse-restnoteringen ställer till det? Tre av mina vuxna ADHD-patienter har fått byta till Medikinet under hösten och två av dem mår sämre. Läkemedelsverket skrev i sitt utskick 12 oktober att det ska lösa sig "under kvartal 1". Någon som vet mer?""")

P("Johanna Blom", """Jag läser om Balint just nu (Michael Balint, The Doctor, His Patient and the Illness, 1957) och fastnar för tanken om "läkaren som läkemedel". Har någon här varit med i en Balintgrupp under ST? Vi funderar på att starta en i Västerås efter nyår, 6–8 deltagare, en gång i månaden. Karin, du nämnde att du gick en sådan i Linköping?

Johanna""", ["Karin Lundqvist"])

P("Mehmet Aydın", """Hej,

Fick ett brev från ortopeden idag som jag inte riktigt förstår:

> Angående [[name:Sture Lindqvist]], [[personal_id:<<pnr:19520611:space10>>]]
> Journalnr: [[record_number:ORT-2024-118734]]
> Pat har bedömts av undertecknad [[date:den 28 oktober]]. Röntgen visar uttalad artros med benmärgsödem. Vi rekommenderar fortsatt konservativ behandling med fysioterapi och återbesök vid behov.

Men patienten har redan haft fysioterapi i ett år och kan knappt gå. Ska jag skriva en ny remiss med tydligare frågeställning eller ringa ortopeden direkt? Hur brukar ni göra när ni tycker att remissvaret inte svarar på frågan?

/Mehmet""")

P("Karin Lundqvist", """Tack för alla svar i tråden om TSH igår. Sammanfattning av det jag tog med mig:
- TSH 4–10 med normalt fritt T4: upprepa om 3 månader innan behandling
- TPO-antikroppar hjälper att förutsäga progress till Hashimoto
- Gravida: lägre gräns, kontakta MVC
- Äldre över 80: var försiktig, högt TSH kan vara normalt

Nils, tack särskilt för länken till SBU-rapporten. /Karin""", ["Nils Öberg"])

P("Nils Öberg", """Natten till lördag ringde jourhavande från akuten om en av mina patienter. Jag skriver här för att jag behöver ventilera lite.

[[name:Holger]] (namnet är ändrat? nej, det är tyvärr hans riktiga namn, jag skriver fort och tar bort sen) – en man i 70-årsåldern som jag följt i tio år för hjärtsvikt. Han hade ramlat i hemmet [[date:natten till lördag den 7:e]], legat på golvet i flera timmar innan grannen [[name:Roland]] hörde honom. CK var 4 000, krea 210.

Det som gnager är att jag vid senaste besöket i september tyckte att han borde få trygghetslarm och hemtjänst men han sa nej, och jag lät det vara. Var det rätt att respektera hans vilja? Han var helt klar i huvudet. Jag vet att svaret är ja men det känns inte så just nu.

Nils""")

P("Samira Haddad", """Någon som har bra patientinformation om Raynaud på lätt svenska eller arabiska? Vårdguiden har en text men den är ganska tung. Har ni tips på något som funkar för patienter med kort skolbakgrund så tar jag tacksamt emot. /Samira""")

P("Jonas Lindgren", """**Fallet jag lovade på mötet – kvinna med återkommande UVI**

Hon är i 60-årsåldern, postmenopausal, fjärde odlingsverifierade UVI på 12 månader. E. coli varje gång, känslig för nitrofurantoin och pivmecillinam. Ingen resurin, ultraljud njurar u.a. Lokalt östrogen startat i våras.

Frågan är profylax. Jag har läst Strama-rekommendationen och är tveksam till kontinuerlig antibiotika. Metenamin (Hiprex) 1 g x 2 är ett alternativ och vi har testat på några patienter med ganska bra resultat.

Vad använder ni? Tranbär har jag slutat rekommendera, evidensen är svag. D-mannos?

Jonas""")

P("Reza Karimi", """hej, kort bara: ring hennes man på [[phone:+46 70 123 45 67]] om ni inte får tag på henne, han är den som sköter hennes mediciner. Han heter [[name:Kjell]], [[name:Kjell Nyberg]], och är lite hörselskadad så prata tydligt. jag är ledig resten av veckan. //reza""", ["Kjell Sandström"])

P("Birgitta Holmström", """Hej alla,

Vi har haft en diskussion på vårdcentralen om hur vi ska hantera förfrågningar från anhöriga som vill ha information om vuxna patienter. Igår ringde en dotter och krävde att få veta sin mammas provsvar. Patienten hade inte gett samtycke och är fullt beslutskapabel.

Jag förklarade sekretessen lugnt men dottern blev mycket upprörd och hotade med IVO-anmälan. Hur tänker ni kring det här? Finns det bra formuleringar att använda? Vi har en mall från regionen men den låter väldigt byråkratisk.

Hälsningar
Birgitta""")

P("Lars Hellström", """Jag går igenom mina listade patienter med warfarin inför övergång till NOAK och hittade en som inte har haft INR-kontroll på åtta månader. Det är inte okej. Hon heter [[name:Elsa Berglund]], bor på [[address:Kvarngatan 7, Hudiksvall]] och hennes telefon i journalen ([[phone:0650-123 45]]) går inte fram.

Jag ska åka hem till henne på fredag. Har ni haft liknande? Hur ofta gör ni uttag ur journalsystemet för att hitta patienter som "tappats"?""")

P("Anneli Rask", """Hej! Vill bara dela att vår vårdcentral äntligen fått igång digitala ronder med SÄBO Solbacken. Vi kör tisdagar 13–14, sjuksköterskan på boendet förbereder frågorna i förväg. Hittills mycket positivt – färre akuta hembesök och bättre dokumentation. Om någon vill ha vår checklista så skicka ett PM. Petter hjälpte till med tekniken, stort tack till honom! /Anneli""", ["Petter Granlund"])

P("Petter Granlund", """Apropå Ulfs inlägg om antibiotika vid otit: Strama säger 3 dagars exspektans från 1 års ålder, PcV 5 dagar, men jag tycker att föräldrar ofta kommer dag 4 och vill ha något. Hur många av er skriver ut "vänta-recept"? Jag har gjort det ett tag och upplever att ungefär hälften aldrig hämtar ut. /Petter""", ["Ulf Sandström"])

P("Klara Ek", """Fråga om intyg för körkort. Man i 50-årsåldern med epilepsi, senaste anfall för 14 månader sedan, nu anfallsfri på lamotrigin 200 mg x 2. Transportstyrelsens föreskrift (TSFS 2010:125) säger ett års anfallsfrihet för grupp I. Han kör lastbil (grupp II) och där är kravet fem år utan medicin. Han är förtvivlad eftersom det är hans försörjning. Vad säger ni till sådana patienter? Hur mycket hjälp ger ni med omskolning/AF-kontakt?""")

P("Ulrika Sandberg", """Vi har en patient som jag behöver råd kring. Hennes sambo [[name:Tommy]] har ringt tre gånger den här veckan och jag börjar bli orolig för våld i hemmet. [[name:Tommy]] vill alltid vara med i rummet och svarar på frågor åt henne. Hon har haft blåmärken som förklarats med att hon "är klumpig".

Vid senaste besöket, [[date:den 3 nov]], fick jag en stund ensam med henne och frågade rakt ut. Hon förnekade men började gråta.

Hur går ni vidare? Jag har kontaktat kvinnofridssamordnaren men undrar vad ni gör i praktiken.

Ulrika""")

P("Mattias Wiklund", """Tänkte dela en reflektion. Läste Kahnemans "Tänka, snabbt och långsamt" i somras och har sedan dess försökt vara mer medveten om när jag kör System 1 på mottagningen. Ett exempel: patient med huvudvärk, jag var säker på spänningshuvudvärk efter två minuter. Tog mig tid att fråga om synpåverkan och visade sig ha en klassisk migrän med aura. Inget farligt, men ändå.

Har någon läst Iona Heath eller John Launer om samma tema? Jag tror Launer skriver om "narrative-based primary care" och hur berättelsen ändrar sig när man lyssnar på den. /Mattias""")

P("Leila Nasser", """Hej! Jag behöver hjälp med ett samordningsnummer som inte fungerar i systemet. Patienten är nyanländ, samordningsnumret är [[personal_id:<<pnr:19880407:dash10:samord>>]] enligt Skatteverkets brev men vårt journalsystem säger att det är ogiltigt. Hon har en dotter, [[name:Amal]], som går på förskolan Vitsippan här i Borlänge och som också behöver vaccinationer. Är det någon som vet hur man registrerar så att det går att skriva recept? /Leila""")

P("Henrik Dahl", """Jag har slutat räkna på CHA2DS2-VASc i huvudet och kör bara kalkylatorn nu. Men en fråga: hur räknar ni kvinnligt kön när kvinnan är 64 år och inga andra riskfaktorer? Poäng 1 enbart pga kön ger ju inte indikation. ESC 2020 är ganska tydlig. Men hos 65-åring är det 2 poäng. Diskussion med kollegorna i Kalmar visade att vi gör helt olika. Henrik""")

P("Maria Ljung", """Tre fall från veckan som jag vill höra era tankar om:

1. **[[name:Agnes]]**, [[age_over_89:93]] år, bor själv med hemtjänst 4 ggr/dag. Ny förmaksflimmer, CHA2DS2-VASc 5. Ska hon ha Eliquis trots två fall i år?
2. En man i 40-årsåldern med långvarig ländryggssmärta som vill ha sjukskrivning på heltid igen. Ingen röd flagga. Femte sjukskrivningsperioden.
3. [[name:Viktor Sjöberg]] ([[personal_id:<<pnr:20150922:dash10>>]]), 10 år, astma. Mamma [[name:Jenny]] vill att han ska slippa idrotten helt. Han går på Kastanjeskolan i Lund.

Jag lutar åt ja till Eliquis för [[name:Agnes]] och att prata med skolsköterskan om [[name:Viktor]]. Men tvåan vet jag inte.

/Maria""")

P("Tove Engström", """Jag behöver skriva ett intyg om att en patient inte kan delta i rättegång. Han har svår depression (MADRS 38), är inlagd på psyk sedan två veckor. Tingsrätten vill ha intyget senast 15 december. Finns det en mall? Har Socialstyrelsen något? Eller skriver ni fritt? /Tove""")

P("Amir Rahimi", """Lite udda fråga. Jag har en patient som heter som en kollega här i forumet, och jag råkade nästan skicka hennes remiss till fel ställe. Hon heter [[name:Sofia Bergkvist]] (ja, som vår Sofia, men inte hon!) och har personnummer [[personal_id:<<pnr:19710304:dash10>>]]. Remissen gällde mammografi, akut pga knöl i vänster bröst som hon upptäckte [[date:i söndags den 19:e]].

Min fråga: har ni rutiner för att dubbelkolla personnummer när namnet är vanligt? Vi har bara namn + födelsedatum i vårt system och det är alldeles för lätt att välja fel.

Sofia (den riktiga kollegan), hoppas det är okej att jag skämtar lite.""", ["Sofia Bergkvist"])

P("Gustav Lind", """Hemtjänsten har skickat ett mejl som jag klistrar in (förkortat):

> Hej doktorn! Vi är oroliga för [[name:Ester]] på [[address:Lärkstigen 9]]. Hon äter knappt och har gått ner mycket i vikt. Hennes son [[name:Peter Holm]] bor i Stockholm och har bett oss kontakta er. Han nås på [[email:peter.holm+mamma@gmail.com]] eller [[phone:073-987 65 43]].
> Mvh Hemtjänsten Norr

Jag har bokat hembesök men undrar: hur ska jag tänka kring kontakten med sonen? [[name:Ester]] har inte uttryckt något om sekretess men hon är ganska kognitivt svikten, MMSE 19 i våras. Gustav""")

P("Hanna Persson", """Skolläkartjänst på deltid – någon som har erfarenhet? Jag har fått erbjudande om 20 % skolläkare i Ystad vid sidan av vårdcentralen. Det är tre skolor: Västervångskolan, Östra skolan och Norreportskolan. Lön enligt avtal, ungefär 12 timmar i veckan. Värt det? Vad gör man egentligen som skolläkare idag – är det mest utredningar av NPF? /Hanna""")

P("Dragan Petrović", """Jag har precis fått tillbaka svaret på en journalgranskning från IVO och behöver stöttning. Det gäller en patient jag hade för tre år sedan, fördröjd cancerdiagnos. Jag har läst igenom anteckningarna flera gånger. Hon sökte fyra gånger för buksmärta och jag tänkte IBS. Vid det femte besöket skickade jag remiss till koloskopi och då var det spridd sjukdom.

Jag vet att det finns en kultur av "ingen skuld" men det känns inte så. Hur har ni hanterat sådant? Dragan""")

P("Ingrid Söderberg", """Får man ha med personnummer i en remiss till fysioterapeut via mejl? Vi har en patient vars dotter ([[name:Annika]]) ringde och bad att vi skulle mejla remissen till henne så hon kunde lämna den själv. Jag sa nej. [[name:Annika]] blev sur. Pnr i vår journal: [[personal_id:<<pnr:19440815:dots12>>]] – och det var just det hon ville ha "så att det blir rätt". Vad skulle ni ha gjort? /Ingrid

(PS: jag vet att jag inte borde ha skrivit numret här, moderatorer får gärna ta bort det.)""")

P("Malin Axelsson", """Handledningsfråga: min ST-läkare har svårt att avsluta besök i tid och ligger alltid 40 minuter efter vid lunch. Jag har föreslagit att hon ska läsa Roger Neighbours "The Inner Consultation", särskilt kapitlet om "housekeeping". Har ni andra tips? Något om agendasättning i början av besöket? Vi har 20-minutersbesök. /Malin""")

P("Erik Nyström", """Om någon vill läsa på inför morgondagens fallgenomgång: kvinna med misstänkt Sjögren, positiv SSA, torra ögon och muntorrhet sedan ett år. Ro/SSA 240. Reumatologen i Uppsala säger att hon kan följas i primärvården. Vad följer ni – blodstatus, IgG? Hur ofta? Bra om Camilla och Tiina kan komma. /Erik""", ["Camilla Falk", "Tiina Mäkinen"])

P("Camilla Falk", """Jag skriver av ett brev från Sahlgrenska så ni ser vad jag menar:

> Patient: [[name:Rune Edvardsson]]
> Personnummer: [[personal_id:<<pnr:19390119:plain12>>]]
> Vårdtillfälle: [[record_number:VT 7731904]]
> Inskriven: [[date:2024-10-02]]  Utskriven: [[date:2024-10-11]]
> Diagnos: Akut hjärtinfarkt (NSTEMI). PCI mot LAD. Insatt på Brilique 90 mg x 2 i 12 månader, Trombyl 75 mg, atorvastatin 80 mg.
> Uppföljning: Åtgärd hos distriktsläkare om 2 veckor.

"Åtgärd hos distriktsläkare" – utan att tala om vad. Ingen ekokardiografi inbokad, ingen hjärtrehab. Är det här normalt nu? Jag trodde kardiologen hade hand om det första året.

/Camilla""")

P("Tiina Mäkinen", """Är det någon som vet om det finns något bra verktyg för att skriva läkemedelsgenomgångar i Cosmic som inte kräver 45 klick? Jag har använt mallarna från Region Uppsala men de är inte anpassade för vår version. Tack /T""")

P("Eva Strand", """Det här är tungt att skriva. En av mina patienter, [[name:Lisbeth]], dog i natt. Hon var [[age_over_89:91]] och hade bott på samma gård i Dalsland hela sitt liv. Jag hade varit hennes läkare i 22 år. Hennes man [[name:Gösta]] dog för fem år sedan och sedan dess har grannen [[name:Birgit]] varit den som kom varje dag.

[[name:Birgit]] ringde mig i morse och ville tacka. Jag visste inte vad jag skulle säga.

Jag vet inte riktigt vad jag vill med det här inlägget. Kanske bara att någon läser det. Det finns sådana patienter som följer med en hela livet.

Eva""")

P("Sofia Bergkvist", """Tack Amir, haha, det är lugnt 😄 Men ja, vi har samma problem. Vi har börjat alltid fråga om hela personnumret muntligt och läsa tillbaka de fyra sista. Det tar fem sekunder. /Sofia""", ["Amir Rahimi"])

P("Fredrik Nordqvist", """Tips från oss i Luleå: vi har gjort ett enkelt schema för uppföljning av patienter med hjärtsvikt i primärvården.

### Hjärtsviktsuppföljning
- **NYHA I–II**: besök 1 gång/år, NT-proBNP 1 gång/år
- **NYHA III**: besök var 3:e månad, sjuksköterskebesök däremellan
- **Efter inneliggande vård**: besök inom 2 veckor

Mål för blodtryck < 130/80. Titrera betablockerare till måldos (t.ex. bisoprolol 10 mg) och lägg till Jardiance 10 mg om eGFR > 20. Grace-score använder vi inte i primärvården.""")

P("Johanna Blom", """Har någon fått samma utskick från regionen om att vi ska ringa alla patienter födda 1950–1955 om pneumokockvaccin? Det är typ 600 personer på vår lista. Vem ska ringa? Sjuksköterskorna är redan överbelastade. /J""")

P("Nils Öberg", """Uppföljning av mitt inlägg om [[name:Holger]]: han är hemma igen sedan [[date:i onsdags]]. Han har gått med på trygghetslarm. Grannen [[name:Roland]] har fått en nyckel. Tack för alla kloka svar – det hjälpte mycket att läsa att ni också tvekar i sådana lägen.""")

P("Parisa Moradi", """Fråga om läkemedelsdosering till äldre: Lyrica till en 86-åring med postherpetisk neuralgi, eGFR 35. Börjar ni på 25 mg x 2? FASS säger max 150 mg/dygn vid eGFR 30–60. Hon har också yrsel sedan tidigare. Alternativ är lidokainplåster (Versatis) men det är dyrt och hon har det på ett stort område. /Parisa""")

P("Mehmet Aydın", """Varning: vi har fått en falsk remiss i systemet. Någon har skrivit in fel personnummer på en patient från ett annat landsting. Personnumret i remissen är [[personal_id:<<pnr:19630715:dash10:bad>>]] men kontrollsiffran stämmer inte, och den riktiga patienten heter [[name:Kerstin Månsson]]. Vi har meddelat IT. Har ni haft liknande? Vad gör ni när remissen har fel personnummer men rätt namn? /Mehmet""")

P("Samira Haddad", """Hej på er! Vill bara säga att jag kommer att vara föräldraledig från januari. Det har varit fantastiskt att diskutera här. Klara tar över mina SÄBO-patienter, och Reza tar diabetesmottagningen. Vi ses om ett år! 💛 Samira""", ["Klara Ek", "Reza Karimi"])

import random as _r
_g = _r.Random(55)
_FN = ["Gunvor","Allan","Märta","Evert","Solveig","Ragnar","Dagny","Hilding","Maj-Britt","Torsten","Elvy","Folke","Irma","Sven-Erik","Barbro","Yngve","Asta","Helmer"]
_LN = ["Nilsson","Åberg","Sundqvist","Hedlund","Jonsson","Blomqvist","Eklund","Forsgren","Lundin","Strömberg","Westerlund","Hägglund","Isaksson","Olofsson"]
_FMT = ["dash12","dash10","plain12","space12","dash12","dot"]
def _tab(author, head, cols, note, n, old=False):
    rows = []
    for i in range(n):
        fn, ln = _g.choice(_FN), _g.choice(_LN)
        y = _g.randint(1927, 1934) if old else _g.randint(1938, 1958)
        d = f"{y}{_g.randint(1,12):02d}{_g.randint(1,28):02d}"
        f = _g.choice(_FMT)
        rows.append(f"| [[name:{fn} {ln}]] | [[personal_id:<<pnr:{d}:{f}>>]] | {_g.choice(cols)} |")
    P(author, head + "\n\n| Namn | Pnr | Åtgärd |\n|---|---|---|\n" + "\n".join(rows) + "\n\n" + note)
_tab("Henrik Dahl", "**Audit: NOAK-patienter utan njurfunktionskontroll senaste 12 mån** (utdrag från listan, rensas efter mötet)",
     ["Kreatinin ej tagit sedan 2022","Dosreduktion? vikt 52 kg","Ej kontrollerad, kallas","eGFR 28 vid senaste"],
     "Totalt 14 av 212 patienter. De fyra ovan är de mest bråttom. Jag kallar dem själv nästa vecka. Frågan är om vi ska införa automatisk påminnelse i systemet.", 4)
_tab("Anneli Rask", "### Hembesök torsdag",
     ["Bensår, omläggning","Brytpunktssamtal","Läkemedelsgenomgång","Blodtryck, yrsel"],
     "Vi åker kl 9 från VC. Ta med provtagningsväskan. Tack Gustav för att du hoppar in!", 3, old=True)
_tab("Klara Ek", "Lista över patienter som ska ha uppföljning efter influensavaccin-reaktion (SÄBO Granen):",
     ["Lokal reaktion, kontroll","Feber 38,9, följ upp","Ingen åtgärd"],
     "Alla har fått info. Jag lägger inte fler här.", 5, old=True)

P("Ulrika Sandberg", """Kort om en knepig remiss. Pappan ringde igen idag ([[name:Janne]], [[phone:0046 70-222 33 44]]), han vill att dottern [[name:Wilma]] ska få ADHD-utredning före sommaren. [[name:wilma]] går i åk 4 på Lindängsskolan i Malmö. Skolan har inte skickat någon pedagogisk kartläggning än. Vi kan inte remittera till BUP utan den. Hur hanterar ni föräldrar som pressar på? /Ulrika""")

P("Mattias Wiklund", """Intressant fall igår. Patient med kronisk hosta, 8 veckor. Normal lungröntgen, spirometri normal, ingen reflux. ACE-hämmare? Nej, står på losartan. Till slut visade det sig att hon hade fått en ny katt. Allergitest (Phadiatop) positivt för katt. Ibland är det så enkelt. /M""")

P("Leila Nasser", """Hej allesammans,

jag har en lång fundering om tolk och anhöriga som tolkar. Vi vet alla att vi inte ska använda barn som tolk, men i praktiken händer det. Förra veckan kom en äldre kvinna med sin sonson som tolk. Han är 12 år. Det gällde blödning efter klimakteriet.

Jag avbröt och bokade om med telefontolk. Kvinnan blev ledsen och sonsonen förvirrad.

När jag sedan ringde upp med tolk till numret i journalen ([[phone:076-555 12 80]]) svarade hennes dotter [[name:Rania]] som sa att mamma inte ville prata med "främlingar". [[name:Rania]] erbjöd sig själv att tolka. Jag sa nej igen.

Nu har det gått en vecka och hon har inte kommit tillbaka. Gjorde jag fel? Utredning av postmenopausal blödning kan inte vänta för evigt.

Leila""")

P("Gustav Lind", """Någon mer som kör BP-mätning hemma med Omron M3 och appen? Vi lånar ut mätare, 7 dagars mätning morgon och kväll, medelvärde dag 2–7. Gränsvärde 135/85. Vi har 30 mätare och kön är två månader. /Gustav""")

P("Hanna Persson", """Fråga om äldre patient och körkort. [[name:Bengt]], [[age_over_89:90]] år, vägrar sluta köra bil. Han har lätt kognitiv svikt (MoCA 21) och dålig syn (visus 0,4 på bästa ögat). Han bor i Vittsjö och kör till Hässleholm varje tisdag för att handla. Fru [[name:Anna-Lisa]] kör inte. Jag har pratat med honom två gånger. Nästa steg är anmälan till Transportstyrelsen. Hur går ni till väga så att relationen inte förstörs helt?""")

P("Dragan Petrović", """Tack till alla som svarade om IVO-ärendet. Jag har fått prata med vår chefläkare och det kändes bättre. Ska nog gå på kollegialt stöd också. Det finns en grupp i Jönköping som träffas. /D""")

P("Birgitta Holmström", """Jag brukar inte skriva så mycket men vill tipsa om en bok: Iona Heath, "Mästerskapet i allmänmedicin" (svensk översättning). Hon skriver om läkaren som vittne till patientens lidande. Jag läser den en gång om året. 

Apropå Björn Borg-dokumentären på SVT igår – visste ni att han hade svår prestationsångest? Det finns något där om hur vi pratar med unga idrottare. Birgitta""")

P("Lars Hellström", """Om [[name:Elsa Berglund]] (tråden från förra veckan): jag var hemma hos henne [[date:fredag 15/11]]. Hon hade inte tagit warfarin på flera veckor eftersom hon trodde att doktorn hade sagt att hon skulle sluta. INR 1,1. Vi har bytt till Eliquis 5 mg x 2 och hemsjukvården delar dosett. Brorsdottern [[name:Monica]] kommer också att titta till henne. /Lars""")

P("Reza Karimi", """Diabetesfråga: HbA1c 58 hos en 75-åring med hjärtsvikt, eGFR 45, BMI 31. Står på metformin 500 x 2. Lägga till SGLT2 (Forxiga 10 mg) eller GLP1 (Ozempic)? Jag lutar åt Forxiga pga hjärtsvikten. NDR-data visar att vi ligger dåligt till med SGLT2 hos äldre. //reza""")

P("Karin Lundqvist", """## Fallbeskrivning till nätverksträffen

**Bakgrund:** kvinna i 80-årsåldern, boende i Motala, änka. Hypertoni, hypotyreos, lätt kognitiv svikt.

**Aktuellt:** Inkommer med dottern [[name:Ulla]] som är orolig för att mamma har blivit förvirrad de senaste två veckorna. Hon har också blivit inkontinent. Urinsticka: nitrit pos, LPK 3+.

**Bedömning:** trolig UVI med konfusion men jag tänker också på subduralhematom eftersom hon ramlade [[date:måndagen den 4:e]] enligt [[name:Ullas]] anteckningar.

**Plan:** DT hjärna, odling, nitrofurantoin.

Diskussionsfråga: hur mycket utreder vi "förvirrad äldre med UVI" innan vi bara behandlar?""")

P("Eva Strand", """Till er som jobbar i glesbygd: hur löser ni helgjouren när ambulansen har 90 minuters körväg? Vi har haft tre diskussioner med regionen om det nu. Ingen lösning i sikte. Det är ni i Jämtland och Härjedalen som vet mest om det här. /Eva""")

P("Tove Engström", """Har ni tips på hur man hanterar patienter som kommer med 20 frågor på en lapp? Jag har börjat säga: "Vi tar de tre viktigaste idag." Det funkar för det mesta. En patient idag hade fyra A4-sidor. Grace och Hope, mina två favoritsjuksköterskor, skrattade åt mig när jag kom ut. /Tove""")

P("Amir Rahimi", """Brådskande: hennes syster [[name:Farida]] hörde av sig via 1177 och skrev att [[name:Nasrin]] har slutat ta sin insulin. Jag når inte patienten. Systern kan nås på [[email:farida.h.sjoberg@outlook.com]]. Jag har bett distriktssköterskan göra ett hembesök på [[address:Rosengårdsvägen 12, lgh 1102]]. Kan någon som har jour i kväll ha koll om akuten hör av sig? [[name:Nasrin]] har haft DKA förut. /Amir""")

P("Ingrid Söderberg", """Jag undervisar läkarstudenter på termin 10 och vi använder Calgary-Cambridge-modellen. En student frågade varför vi inte använder Neighbours fem checkpoints istället. Vad tycker ni – vilken modell är mest användbar i praktiken? Jag gillar att Neighbour har "safety netting" som ett eget steg. /Ingrid""")

P("Malin Axelsson", """Jag fick ett samtal från en förskola, Förskolan Trollstigen i Kiruna, om ett barn med misstänkt misshandel. Rektorn ville att jag skulle "titta på" barnet. Jag sa att de ska göra orosanmälan till socialtjänsten, inte till mig. Rätt gjort? /Malin""")

P("Erik Nyström", """Uppdatering om kvinnan med Sjögren: hon heter [[name:Siv Engman]] och har gett tillstånd att jag nämner henne vid namn i vår fallgrupp (men jag skriver inte mer här). Hon vill gärna att någon med erfarenhet av torra ögon ringer henne. Hennes nummer är [[phone:+46 (0)18 44 55 12]]. Camilla, kanske du? /Erik""", ["Camilla Falk"])

P("Jonas Lindgren", """Apropå journalgranskningen: jag hittade två patienter där personnumret var felskrivet i remissen till röntgen. Den ena hade [[personal_id:<<pnr:19580223:dash10:bad>>]] (en siffra fel) och den andra ett helt annat födelsedatum. Röntgen ringde och frågade. Ingen skada skedd den här gången, men vi borde ha en kontroll. Kan Cosmic varna för felaktig kontrollsiffra? /Jonas""")

P("Petter Granlund", """Vill ni ha en tumregel för antibiotika vid halsont? Centor 3–4 + positiv strep A → PcV 1,6 g x 3 i 10 dagar. Centor 0–2 → ingen test. Läste någonstans att Dag Hammarskjöld hade halsfluss som barn, irrelevant men kul. /Petter""")

P("Samira Haddad", """En familj jag följer har bett mig om hjälp med ett intyg till Migrationsverket. Pappan [[name:Yousef]] har PTSD efter tortyr, och dottern [[name:Lina]] ([[personal_id:<<pnr:20110614:space12>>]]) har diabetes typ 1 och behöver insulinpump. Jag har skrivit intyg förut men aldrig där två familjemedlemmar ska med i samma ärende. Någon som har en struktur att dela? /Samira""")

P("Oskar Håkansson", """Lite kul: fick en patient idag som heter samma sak som en känd fotbollsspelare, och han sa att alla skämtar om det. Jag skriver inte namnet. 

Men seriöst, fråga: har ni märkt fler med hyperkalcemi sedan vi började med högre D-vitamindoser? Kalcium 2,78 hos en 58-åring, PTH 1,2. Står på 2000 IE. /Oskar""")

P("Tiina Mäkinen", """Hej! Behöver hjälp att tolka ett labbsvar som kom från Karolinska:

> [[name:Aili Koskinen]], [[personal_id:<<pnr:19470930:dash12>>]]
> Provtagningsdatum: [[date:2024-11-05]]  Lab-ID: [[record_number:KS24-0051877]]
> M-komponent IgG kappa 4 g/L. Fria lätta kedjor kappa/lambda 1,9.

Det låter som MGUS men jag är osäker på om hon ska remitteras. Hon är 77, njurfunktion normal, Hb 128. Min gamla handledare sa "MGUS följs i primärvården". Stämmer det fortfarande? /Tiina""")

P("Maria Ljung", """Skulle någon vilja hoppa in för mig på fredag morgon? Jag har tre besök bokade:
- kl 8.00 [[name:Britt-Marie Johansson]], kontroll blodtryck
- kl 8.30 [[name:Ali Hassan]] (tolk arabiska bokad), diabetes
- kl 9.00 [[name:Solan]] – ja, hon heter så, kontroll sköldkörtel

Inga komplicerade. Tack! /Maria""")

P("Henrik Dahl", """Grannen till en av mina patienter ringde idag. Hon heter [[name:Gun]] och sa att [[name:Arvid]] på övervåningen inte har öppnat på tre dagar. Jag bad henne ringa 112 direkt, vilket hon gjorde. Polisen bröt sig in och han låg på golvet, vid liv men uttorkad. Nu ligger han på medicin i Kalmar.

Fundering: vad hade hänt om [[name:Gun]] inte hade ringt just mig? Jag fick hennes nummer för länge sedan ([[phone:0480-44 12 90]]) när [[name:Arvids]] fru levde. Vi borde ha bättre nätverk runt ensamma äldre. /Henrik""")

P("Ulrika Sandberg", """Uppdatering om patienten jag skrev om (misstänkt våld i hemmet): hon har flyttat till skyddat boende. Jag skriver inget mer om det här. Tack för råden, särskilt om att dokumentera skador med foto och mått. /Ulrika""")

P("Anneli Rask", """Hur gör ni med B12-injektioner vs tabletter? Vi har gått över till Behepan 1 mg x 1 för nästan alla, även vid perniciös anemi. Några patienter vägrar och vill ha sprutor, "det har jag fått i 30 år". Kostnad: tabletter ca 100 kr/mån. /Anneli""")

P("Nils Öberg", """Jag skriver en remiss för [[name:Hildur]] ([[personal_id:<<pnr:19240302:plus10>>]]), [[age_over_89:102]] år, till ögon. Hon vill ha starroperation så hon kan läsa igen. Hennes barnbarn [[name:Emil]] följer med. Ögonkliniken har sagt "operation över 100 görs inte rutinmässigt". Är det rimligt? Hon är pigg, bor själv, sköter sig med hjälp av [[name:Emil]] två gånger i veckan.""")

P("Klara Ek", """Fråga till alla: vilken dos Seroquel använder ni som sömnmedel (off label)? Vi har diskuterat att vi ska sluta helt. Ett par av oss ger 25 mg till natten. Jag tycker att det är tveksamt pga metabola biverkningar. Hellre mirtazapin 7,5? /Klara""")

P("Gustav Lind", """En av mina patienter, pensionerad lärare i Örnsköldsvik, har nu fått diagnosen ALS. Han heter [[name:Stig-Olof]] och har bett mig skriva här så att fler läkare ser hur lång tid diagnosen tog – två år. Han säger att han vill att hans historia ska komma till nytta. Jag har fått hans skriftliga samtycke. Han började med svaghet i vänster hand [[date:våren 2022]], fick diagnos karpaltunnelsyndrom och opererades. Först när han fick svårt att svälja kom han till neurolog.

Har ni tips på när man ska misstänka motorneuronsjukdom tidigt i primärvården? Fascikulationer, atrofi utan känselbortfall? /Gustav""")

P("Leila Nasser", """Påminnelse om nätverksträffen den 14 december – träffen är alltså 14 december kl 13–16 i Falun. Ämne: multisjuka äldre. Anmäl till mig. /Leila""")

P("Hanna Persson", """Liten enkät: hur många av er har fått hot från patienter senaste året? Vi hade två incidenter i höstas. En man ringde och sa att han visste var jag bodde. Polisanmält. Regionen har ett stödprogram men det tar tid. /Hanna""")

P("Mehmet Aydın", """Jag har ett fall där patienten har samordningsnummer och skyddad identitet samtidigt. Samordningsnumret är [[personal_id:<<pnr:19920826:dash10:samord>>]] (jag har fått tillåtelse av henne att ta upp ärendet här, inte hennes namn). Hur hanterar ni journalåtkomst i sådana fall? /Mehmet""")

P("Birgitta Holmström", """Tack för ett fint seminarium om Alzheimer i Linköping förra veckan. Föreläsaren från Karolinska pratade om lecanemab och att det troligen inte blir aktuellt i primärvården. Det mesta handlar fortfarande om diagnos, anhörigstöd och att patienten får träffa demenssjuksköterska. Signe, vår demenssköterska, var med och tyckte det var lärorikt. /Birgitta""")

P("Lars Hellström", """Jag har en patient med en ovanlig genetisk sjukdom och vill fråga om någon kan rekommendera en expert. Han heter [[name:Olle]], och hans mor [[name:Kristina Wendel]] är den som driver på. [[name:Kristina]] har hittat en forskare i Göteborg via Facebook-gruppen. Vi har remitterat till klinisk genetik på Sahlgrenska. Hennes mejl till mig kom från [[email:kristina.wendel+olle@hotmail.se]] – hon har gjort en egen adress bara för hans vård. /Lars""")

P("Johanna Blom", """Påminnelse till alla ST: SK-kursen i allmänmedicinsk konsultation i Uppsala 11–13 mars har fortfarande platser. Kursledare är Ulf och Liv från FoU. Kursboken är Neighbour, "The Inner Consultation". /J""")

P("Fredrik Nordqvist", """Vi har haft en patient med Guillain-Barré efter en infektion i julas, han var 34 år. Han är nu frisk. Det som var svårt var att han kom tre gånger innan någon tog honom på allvar. Tänk på GBS vid stigande svaghet i benen och areflexi. Det är inte alltid ryggen. /FN""")

P("Reza Karimi", """Hennes pappa ([[name:Hamid]], [[phone:070 - 812 33 19]]) har bett mig om ett intyg för att dottern ska slippa simundervisningen pga eksem. [[name:Hamids]] dotter går på Rinkebyskolan. Jag tycker det är överdrivet men eksemet är svårt. Hur gör ni? //reza""")

P("Sofia Bergkvist", """Viktigt om Valdoxan: leverprover före start, efter 3, 6, 12 och 24 veckor. Jag har sett flera som missat kontrollerna. Lägg in påminnelse direkt när ni skriver receptet. /Sofia""")

P("Camilla Falk", """Har någon av er erfarenhet av att jobba på Åland? Jag funderar på ett vikariat på hälsocentralen i Mariehamn under sommaren. Hur funkar det med legitimation och journalsystem? Tack /Camilla""")
