from lib import pnr, nhs, chi
LANG = 'sv'
P = [
("Anna Lindqvist", ["Erik Johansson", "Samira Haddad"], f"""Hej allihop,

Behöver hjälp att tänka kring en patient jag träffade i går.

**Bakgrund**
[[n:Göran]] [[n:Pettersson]], [[o:93-årig]] man som bor kvar hemma med hemtjänst 4 ggr/dag. Förmaksflimmer, hjärtsvikt NYHA II–III, lätt kognitiv svikt. Står på Eliquis 2,5 mg x 2, Furix 40 mg, bisoprolol 2,5 mg.

**Aktuellt**
Dottern ringde för att [[n:Görans]] ben svullnat mer de senaste två veckorna och han har ramlat två gånger. Vid besöket: BT 108/62, puls 88 oregelbunden, bilaterala ödem upp till knäna, SpO2 93 %.

**Lab**
- Krea 142 (var 105 i våras)
- K 5,3
- NT-proBNP 6 800
- Hb 118

Jag är osäker på om jag ska öka Furix med tanke på njurarna, eller om det är dags att prata om palliativ inriktning. Han säger själv att han "har levt ett helt liv" och inte vill in på sjukhus.

Erik, du har ju jobbat på geriatriken – hur brukar ni resonera? Och Samira, vet du om ASIH tar emot patienter med hjärtsvikt i vårt område?

Mvh Anna"""),

("Erik Johansson", ["Anna Lindqvist"], """klokt att ta upp palliativt samtal med [[n:göran]] nu anna. jag hade ökat furix lite försiktigt o tagit om krea om 1 v. och brytpunktssamtal med dottern med. /erik"""),

("Margareta Sjöberg", ["Reza Karimi", "Aino Virtanen", "Katarzyna Nowak"], """Hej kollegor!

Kort fråga om B12-behandling som dök upp på vårt APT-möte i torsdags.

Vi har ganska många patienter på intramuskulära injektioner var tredje månad (Behepan 1 mg/ml), och sjuksköterskorna undrar om vi kan ställa om fler till peroral behandling. Enligt Läkemedelsverket och de regionala riktlinjerna från 2022 fungerar 1 mg dagligen peroralt lika bra för de flesta, även vid perniciös anemi.

Det jag funderar på:
1. Gör ni en kontroll av kobalamin/homocystein efter omställningen, och i så fall efter hur många månader?
2. Hur gör ni med de äldsta, säg 85–90-åringar med dålig följsamhet och dosett via hemtjänst?
3. Någon som har skriftlig patientinformation på andra språk än svenska? Vi har många arabisktalande och somalisktalande patienter.

Reza, du nämnde att ni hade gjort en genomgång på er mottagning i våras?

Tack på förhand,
Maggan"""),

("Reza Karimi", ["Margareta Sjöberg"], """Hej Maggan!

Ja, vi ställde om ca 60 patienter under vecka 14–20. Några erfarenheter:

1. Kontroll av B12 efter 3 månader, sedan årligen. Homocystein bara om B12 är gränsvärdigt.
2. De äldsta med dosett fungerade faktiskt bäst – hemtjänsten ger tabletten och följsamheten blir nästan 100 %.
3. Bara några få fick gå tillbaka till spruta, oftast de med tidigare ventrikelresektion.

Vi har en patientinformation på arabiska från regionen, somaliska saknas tyvärr. Jag kan maila vår rutin.

/Reza"""),

("Samira Haddad", ["Anna Lindqvist", "Dilan Kaya"], f"""Hej,

Jag behöver en second opinion innan jag skriver remissen.

Patient: [[n:Hodan]] [[n:Mohamud]] ([[p:{pnr('19870415')}]]), 39 år, tre barn, kom till Sverige 2014. Sökte den [[d:3 november]] för trötthet och yrsel sedan i somras. Hon har också kraftiga menstruationer.

Status: blek, i övrigt ua. Cor RR utan blåsljud, BT 112/70.

Lab:
| Analys | Värde | Ref |
|---|---|---|
| Hb | 84 | 117–153 |
| MCV | 68 | 82–98 |
| Ferritin | 3 | 13–150 |
| CRP | <5 | |

Järnbrist är ju tydligt, men frågan är om ni skulle ge järninfusion direkt (Monofer) eller prova peroralt först? Hon har provat Duroferon tidigare med mycket magbesvär. Hon är muslim och ber om att få tider efter Ramadan, vilket går bra.

Remiss till gyn för menorragin skickas oavsett.

Tack!
Samira"""),

("Dilan Kaya", ["Samira Haddad"], """hej samira, hade gett [[n:hodan]] monofer direkt med hb 84 och intolerans mot tabletter. vi ger på vc, tar 20 min. kolla fosfat efteråt om hon behöver fler doser"""),

("Juha Mäkinen", ["Maria Berg", "Karl Nyström", "Li Wei"], """Moi kaikki – hej alla!

**Lärarfall: knäsmärta hos 14-åring**

En kille, 14 år, fotbollsspelare, har haft smärta under knäskålen höger knä i cirka tre månader. Värre efter träning och i trappor. Ingen trauma. Ingen svullnad i vila.

Status:
- Palpationsöm över tuberositas tibiae
- Prominent tuberositas
- Full rörlighet, stabila ligament
- Ingen ledvätska, normal höft

Det här är ju sannolikt Osgood-Schlatter. Jag har gett råd om avlastning och excentrisk träning, men pappan är frustrerad eftersom laget har seriespel varje helg fram till vecka 42 och vill veta "exakt hur länge".

Min fråga: hur mycket röntgar ni? Jag har lärt mig att man inte behöver röntga typiska fall, men en kollega här gör det alltid "för att utesluta tumör". Finns det någon studie eller riktlinje att hänvisa till? Jag hittade något från Internetmedicin men inget från Socialstyrelsen.

Karl, du har ju idrottsmedicin som specialintresse – vad säger du?

Hälsningar,
Juha"""),

("Karl Nyström", ["Juha Mäkinen"], """Hej Juha, röntga bara vid atypiskt: nattlig värk, allmänpåverkan, ensidig svullnad eller om det inte blir bättre trots avlastning. Säg till pappan att det brukar gå över när tillväxten avtar. /Kalle"""),

("Maria Berg", ["Fatima Ali", "Mehmet Yıldız", "Per-Olof Sundberg"], f"""Hej gänget,

Jag har strulat till det och behöver tips om hur man gör rätt i efterhand.

I fredags ringde jag en patient för att ge provsvar, men ringde fel nummer. Det var en siffra fel i journalen: jag ringde [[ph:070-312 44 86]] men rätt var tydligen [[ph:070-312 44 68]]. Hon som svarade var vänlig och sa att hon inte hörde något känsligt, jag hann bara säga "det gäller dina blodprover från vårdcentralen".

Patienten heter [[n:Liv]] [[n:Håkansson]] och hennes svar var helt normala, så ingen skada skedd. Men:

- Ska detta avvikelserapporteras?
- Ska jag informera [[n:Liv]] om att det hände?
- Kan det bli en Lex Maria?

Jag har läst på om Lex Maria hos IVO och det verkar gälla när en vårdskada har skett eller kunnat ske, vilket känns överdrivet här. Men jag vill göra rätt.

Per-Olof, du är ju vår patientsäkerhetsansvarige – hur brukar vi göra?

/Maria"""),

("Per-Olof Sundberg", ["Maria Berg"], """Maria: Ja, skriv en avvikelse, det är bra för att vi ska kunna rätta numret och se mönster. Lex Maria är det inte. Berätta gärna för patienten, det uppskattas oftast. /P-O"""),

("Aino Virtanen", ["Johanna Blom", "Oskar Håkansson", "Hodan Warsame"], """**Berättare/lyssnare – torsdagens reflektion**

Berättare: Aino. Lyssnare: Johanna.

Jag berättade om en eftermiddag där allt gick snett. Jag låg 45 minuter efter och en man kom in med tre "små" frågor. Den tredje visade sig vara bröstsmärta sedan två dagar. Jag blev irriterad, inte på honom utan på mig själv, för att jag i början av besöket hade sagt "vi hinner bara en sak i dag".

Johanna frågade vad jag hade känt i kroppen när han sa "bröstet". Jag sa att det var som att tappa golvet – rädsla för att ha missat, och skam över att ha varit stressad.

Hon frågade också vad jag hade gjort annorlunda. Jag vet inte. Jag tror att agendan i början är bra, men att jag måste säga "finns det något mer som oroar dig" innan jag bestämmer vad vi tar.

Reflektioner från gruppen:
- Oskar kände igen sig och sa att han numera alltid frågar om "det som gjorde att du bokade idag".
- Hodan påpekade att patienter ofta sparar det viktigaste till sist eftersom det är svårast att säga.

EKG var för övrigt normalt och troponin negativt. Men känslan sitter kvar.

Tack för ett fint samtal, alla. Vi ses i januari.

Aino"""),

("Johanna Blom", ["Aino Virtanen"], """tack aino för att du delade. jag tänker på det där med golvet hela dagen idag 🙏"""),

("Mehmet Yıldız", ["Maria Berg", "Nour Khalil"], f"""Selam ve hej!

Snabbfråga om en labbsvar som kom tillbaka konstigt.

Provet på en av mina patienter, labbnr [[r:24-118 763]], visade K 7,1 men pat mådde bra och EKG var normalt. Jag misstänker hemolys, provet hade stått över helgen. Labbet har ingen kommentar om hemolys på remissen.

Hur gör ni – tar ni om direkt akut eller nästa dag? Pat är [[n:Ibrahim]], 71 år, står på spironolakton och enalapril, krea 98.

Mvh Mehmet"""),

("Nour Khalil", ["Mehmet Yıldız"], """tar alltid om samma dag om K >6,5 oavsett. spiro + ACE är ju en klassiker. be om venöst prov utan stas"""),

("Katarzyna Nowak", ["Tomasz Wiśniewski", "Elin Forsberg", "Sanna Heikkinen"], """Cześć / hej!

Jag undrar hur ni hanterar förnyelse av receptet på bensodiazepiner när patienten har haft förskrivning från en läkare som slutat.

Vi har just nu ett tiotal patienter som fått Stesolid och Sobril "vid behov" i många år. Enligt Socialstyrelsens nationella riktlinjer och NPÖ ser vi att flera också hämtar ut från andra vårdgivare. Vi funderar på att göra ett gemensamt förhållningssätt på vårdcentralen:

- Inga nya förskrivningar utan besök
- Nedtrappningsplan ca 10–25 % var 2:a vecka
- Erbjuda KBT-kontakt via vår psykolog
- Tydligt avtal skrivet i journalen

Har någon en mall för ett sådant avtal? Och hur bemöter ni patienter som blir arga? Jag hade en tuff diskussion i förra veckan.

Jag har läst Lader et al. men vill gärna höra praktisk erfarenhet.

Pozdrawiam,
Kasia"""),

("Tomasz Wiśniewski", ["Katarzyna Nowak"], """Kasia, vi har en mall, skickar den på mejl. Viktigt att hela vc gör likadant annars blir det doktor-shopping. Tomek"""),

("Sanna Heikkinen", ["Amra Hodžić", "Jonas Lindgren"], f"""Hei! Hej!

Jag har en patient vars journal ser ut att ha blivit sammanslagen med en annan persons.

[[n:Iris]] [[n:Lindström]], född [[d:1944-02-29]], kom för kontroll av blodtryck. I journalen finns en graviditet 2016 (!) och diagnos epilepsi som hon aldrig haft. När jag tittade närmare var det reservnummer [[r:XA 992013]] från akuten som hade kopplats till hennes personnummer [[p:{pnr('19440229', serial='128')}]].

Vi har kontaktat journalsystemets förvaltning. Men någon som varit med om detta – hur långt tid tog det att rätta, och vem ansvarar för att den andra patientens uppgifter flyttas rätt?

Hon var förvånansvärt lugn om det hela. "Det är ju skönt att jag inte har epilepsi", sa hon.

Sanna"""),

("Amra Hodžić", ["Sanna Heikkinen"], """Zdravo Sanna! Hos oss tog det ca 3 veckor. Skriv avvikelse och gör en spärranteckning i journalen under tiden så ingen agerar på fel info. /Amra"""),

("Hassan Mohammadi", ["Rojin Ahmadi", "Gustav Lönn", "Chen Jing"], """Hej alla,

Delar ett fall om ryggvärk som jag fortfarande tänker på.

**Man, 52 år**, lastbilschaufför. Ländryggssmärta sedan fyra veckor efter att ha lyft en pall. Ingen utstrålning under knät. Inga blås- eller tarmbesvär, ingen sadelanestesi. Ingen feber, ingen viktnedgång. Tidigare frisk, röker 10 cig/d.

**Status**: Palpöm paravertebralt L4–L5 bilat. Lasègue neg bilat. Reflexer ua, normal kraft och sensibilitet.

Han vill ha "en MR så jag vet vad det är" och sjukskrivning på heltid i 8 veckor. Jag förklarade att det inte finns indikation för MR och att aktivitet är bättre, men han blev arg och sa att hans förra läkare "alltid lyssnade".

Jag skrev 2 veckors sjukskrivning på 50 % och remiss till fysioterapeut. Han gick med det, men jag är osäker på om jag tog hänsyn till hans oro.

- Hur brukar ni göra när patienten insisterar på bilddiagnostik?
- Använder ni STarT Back-screening?

Gustav, jag vet att ni har en fysio på plats – hur funkar direktaccess hos er?

Mvh Hassan"""),

("Gustav Lönn", ["Hassan Mohammadi"], """kör alltid STarT Back nu, o om hög risk direkt till fysio. funkar bra. hälsn gurra"""),

("Fatima Ali", ["Maria Berg", "Priya Sharma"], f"""Hej,

Jag har ett ärende om ett barn där jag är osäker på om det är läge för orosanmälan.

En 4-årig pojke, [[n:Yusuf]], kom med mamma för förkylning. Vid undersökningen såg jag två blåmärken på överarmen som ser ut som fingeravtryck och ett äldre på ryggen. Mamma sa att han "ramlat på förskolan". Pojken var tyst och tittade ned hela besöket.

Jag har dokumenterat med foto i journalen (journalnummer [[r:J-5583091]]) och pratat med vår kurator. Vi tänker göra en orosanmälan till socialtjänsten.

Jag är inte ute efter att bli övertalad att låta bli – jag vet att vi har anmälningsplikt. Men jag undrar hur ni pratar med föräldern om att anmälan görs. Berättar ni det direkt, eller låter ni socialtjänsten ta det?

Tack,
Fatima"""),

("Priya Sharma", ["Fatima Ali"], """Fatima, jag brukar säga det öppet om det inte finns risk att barnet far illa av att föräldern vet. Ring socialtjänsten och fråga dem först om du är osäker. Bra gjort att dokumentera! Priya"""),

("Li Wei", ["Zeynep Demir", "Abdi Farah", "Ingrid Wallin"], """Hej kollegor,

Inför nästa gruppmöte den 12 februari tänkte jag att vi kunde diskutera **KOL-uppföljning** på vårdcentralen.

Jag har gjort en liten genomgång av våra patienter med J44.9 och funnit:
- 38 % har inte gjort spirometri på över 3 år
- Bara hälften har en skriftlig handlingsplan vid exacerbation
- Många 80-åringar står kvar på trippelbehandling utan uppföljning

Jag läste "Läkemedelsbehandling vid KOL" från Läkemedelsverket (2023) och GOLD 2024, och har gjort en sammanfattning på en A4 som jag kan skicka innan mötet.

Förslag på agenda:
1. Genomgång av siffrorna (10 min)
2. Hur gör vi med patienter som inte kan göra spirometri?
3. Vem ska äga KOL-mottagningen när vår astma/KOL-sjuksköterska går i pension efter sommaren?

Ingrid, kan du ta med erfarenheter från Vårdcentralen Ekbacken där ni hade ett projekt?

Vänliga hälsningar,
Wei"""),

("Abdi Farah", ["Li Wei"], """bra wei! kan tyvärr inte den 12e, är på kurs i Örebro. skicka gärna sammanfattningen"""),

("Ingrid Wallin", ["Elin Forsberg", "Omar Said"], f"""hej, kan nån kolla pat [[n:stig]] [[n:karlsson]] [[p:{pnr('19250707', style='+')}]] – han ringde mig igen om sin katarakt o jag är ledig imorgon. han har nr [[ph:0589-123 45]]. tack!! /ingrid"""),
]
