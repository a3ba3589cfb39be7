from lib import *
S='sv'
P(S,"Maja Eklund",f"""Hej gänget,

Ett fall som gnager i mig. Jag skriver långt, förlåt.

**Anamnes**
[[name:Astrid]] är [[age:97]] år och bor kvar i huset på [[addr:Björkvägen 3, 862 41 Njurunda]] tillsammans med sonen som är 70. Hon har hjärtsvikt NYHA III, KOL och diabetes typ 2. Hemsjukvården har haft henne inskriven sedan i våras. Senaste månaden har hon ätit allt mindre och sover stora delar av dygnet.

**Status vid hembesök**
AT: avmagrad, vaken, orienterad till person. Cor: RR 88. Pulm: basala rassel bilat. Ödem till knäna.

**Läkemedel**
- Furix 40 mg 2x1
- Metformin 500 mg 1x2 (!)
- Bisoprolol 2,5 mg
- Atorvastatin 40 mg

Jag vill gå över till palliativ inriktning och har pratat med henne – hon säger själv "jag är färdig". Men sonen vägrar, han vill att hon ska läggas in och "få dropp". Han blev högljudd i köket.

Hur får man till ett brytpunktssamtal när en anhörig inte är med på noterna? Jag kände mig helt ensam där i köket.

Maja""")
P(S,"Ingrid Falk","""Maja, det låter som att du gjort allt rätt. Patientens vilja går före, och hon verkar beslutskapabel. Jag brukar boka ett separat samtal med den anhöriga, gärna med sjuksköterskan från hemsjukvården med. Låt sonen få prata om sin rädsla först. Ofta handlar det om skuld – "jag gjorde inte tillräckligt".

Och metforminet kan väl åka ut direkt?

Ingrid""",["Maja Eklund"])
P(S,"Ahmed Osman",f"""Hej,

Jag är ST-läkare och har inte så mycket erfarenhet av intyg. En patient, [[name:Hassan]] [[name:bin Ali]], född [[date:1 januari 1980]] (det står så i hans papper, men han säger att han inte vet exakt), behöver läkarintyg till Migrationsverket. Han har PTSD-symtom, mardrömmar, koncentrationssvårigheter. Han säger att han torterades.

Frågor:
1. Ska jag skriva intyg om tortyrskador eller remittera till Röda Korsets behandlingscenter?
2. Hur detaljerat ska jag beskriva ärr?
3. Får jag ta betalt?

Jag känner mig osäker och också ganska berörd av hans berättelse. Jag har själv flytt från krig när jag var barn.

Ahmed""")
P(S,"Helena Åberg","""Ahmed – remittera till Röda Korsets behandlingscenter för tortyrskadade, de har kompetens för rättsmedicinska intyg enligt Istanbulprotokollet. Du kan skriva ett vanligt läkarintyg om aktuella symtom och funktion. Och ta hand om dig själv – det du berättar är tungt att bära. Ta det gärna i handledning.

/Helena""",["Ahmed Osman"])
P(S,"Jukka Virtanen",f"""Morjens,

Nu har jag igen en fråga om system. Vi fick in en patient som har finsk personbeteckning men också svenskt personnummer [[pid:{pnr('19440711','-',g='M')}]]. I finska journalen står han som född ett annat datum. Journalen från Jakobstad har journalnummer [[rec:JAK-55102]]. Vilken ska man lita på?

Tack,
Jukka""")
P(S,"Tiina Mäkinen","jukka, skatteverkets uppgift gäller här. den finska kan vara fel inmatad. ring skatteverket om du är osäker",["Jukka Virtanen"])
P(S,"Dragan Petrović","""Jag vill lyfta en sak från arbetsmiljön. Vi har i höstas fått 30 % fler listade på vår vårdcentral utan att ha fått fler läkare. Jag arbetar nu 50 timmar i veckan och min familj säger att jag är borta även när jag är hemma.

Jag tog upp det på APT men verksamhetschefen svarade att "alla har det så". Det är kanske sant, men det gör det inte bättre.

Hur hanterar ni det? Har någon av er gått ned i tid? Jag är 58 och funderar på att gå i pension tidigare.

Vi ses på regionträffen i april.

Dragan""")
P(S,"Sara Holm","""Dragan, jag gick ned till 80 % för två år sedan. Det bästa jag gjort. Lönen blev lägre men jag orkar igen. Fundera också på att kontakta företagshälsovården innan det går för långt. Och ta upp det med fackets skyddsombud.

/Sara""",["Dragan Petrović"])
P(S,"Leila Rahimi",f"""Hej! Jag har ett lite udda fall.

Patienten [[name:Joy]] [[name:Mbeki-Svensson]] (hon heter verkligen så, pappan är från Sydafrika) söker för trötthet. Hon arbetar natt på Arlanda. 32 år.

| Analys | Resultat |
|---|---|
| Hb | 118 |
| Ferritin | 6 |
| TSH | 1,8 |
| B12 | 310 |
| CRP | <1 |

Uppenbart järnbrist men hon har inga menstruationsproblem och äter kött. Ingen GI-blödning enl anamnes. F-Hb neg x 3. Ska jag gastroskopera henne eller prova peroralt järn först? Celiakiserologi är skickad.

Leila""")
P(S,"Olle Bergkvist","""Leila: kolla transglutaminas först. Om neg: järn i 3 mån och kontroll. Om dåligt svar – gastro. Jag skulle nog inte skopa en 32-åring direkt om inget annat talar för det.""",["Leila Rahimi"])
P(S,"Per-Olof Berg","""Konsultationskursen, tredje träffen. Jag var lyssnare.

Berättaren (en ung kollega, jag säger inte vem) pratade om ett besök där hon fick ett dödsbesked via telefon från en patients anhörig mitt i en annan konsultation. Hon fortsatte konsultationen som om ingenting hänt och brast sedan i gråt på toaletten.

Jag frågade: "Vad hände i kroppen när du fick beskedet?" Hon sa att det var som att allt frös. Hon hade inte tillåtit sig att känna förrän efteråt.

Observatörerna lyfte att det här är något alla känner igen men ingen pratar om – att vi förväntas gå från sorg till nästa patient på 30 sekunder. Någon föreslog en "paus-rutin" på vårdcentralen: att man ska få fem minuter efter ett sådant besked.

Jag tar med det till vår arbetsplats.

P-O""")
P(S,"Anna-Karin Nyström","Fint skrivet Per-Olof. Vi har infört just en sån paus hos oss och det har gjort skillnad. Inget konstigt med att stänga dörren en stund. Det påminner mig om Nadias patient som vi pratade om i våras.",["Per-Olof Berg","Nadia Haddad"])
P(S,"Hussein Ali",f"""Hej, snabb fråga:

Jag har en patient som heter [[name:Liv]] [[name:van der Berg]], hennes mamma är holländsk. Hon är 16 och vill ha p-piller utan att föräldrarna vet. Mamman ringde idag till receptionen från [[phone:+31 6 1234 5678]] och ville veta varför dottern varit hos oss.

Hur gör ni med sekretess för 16-åringar när föräldrarna ringer? Receptionisten sa ingenting, bra, men mamman var väldigt arg.

/Hussein""")
P(S,"Kristina Palm","""Hussein, 16-åringen har rätt till sekretess om hon har tillräcklig mognad, vilket hon säkert har. Receptionen gjorde helt rätt. Dokumentera din mognadsbedömning.""",["Hussein Ali"])
P(S,"Viktor Engström",f"""remiss till ögon avvisad igen pga "felaktigt personnummer". jag har skrivit [[pid:{pnr('20190302','long-')}]] – det är ju rätt?? barnet är 7. kan nån se om det är nåt jag missar""")
P(S,"Zeynep Yılmaz","viktor kolla om du valt rätt mottagning. barnögon är separat från vuxna sen januari",["Viktor Engström"])
P(S,"Johan Sandberg","""Hej,

Läste Läkartidningen om "dilemmat med kontinuitet". Forskningen är ju tydlig: kontinuitet minskar mortalitet (Pereira Gray et al. 2018). Ändå organiserar vi vårdcentraler så att patienten träffar en ny läkare varje gång.

Här hos oss har vi infört små team med egen läkare + sköterska + undersköterska. Efter ett halvår ser vi färre akutbesök, men läkarna upplever också mer ansvar och fler mejl.

Vad tycker ni – finns det en gräns för hur mycket kontinuitet en läkare orkar bära? Jag tänker på de patienter som man "ärver" och som blir ens livslånga uppdrag.

Johan""")
P(S,"Ulla Hedlund",f"""Johan, jag har varit på samma vårdcentral i 26 år. Jag har en patient, [[name:Gun-Britt]], som jag har följt sedan hon var 60 och som nu är [[age:nittioåtta]]. Det är en relation som betyder mycket för oss båda. Men ja, det tar också energi. När jag gick på semester skickade hon ett brev till mig hem.

Kontinuitet är fantastiskt men vi måste också få vara människor.

Ulla""",["Johan Sandberg"])
P(S,"Ebba Lindahl",f"""Hej,

Jag är osäker på hur jag ska tänka kring en patient som vill att jag ska ringa hennes dotter i USA. Hon gav mig numret [[phone:+1 (612) 555-0143]] och sa "berätta allt för henne, hon är sjuksköterska". Patienten har nyligen fått diagnosen pankreascancer.

Jag har samtycke, muntligt. Räcker det? Och hur gör man ett sådant samtal med en dotter man aldrig träffat, via telefon, mitt i natten för henne?

Ebba""")
P(S,"Marcus Öhman","""Ebba – muntligt samtycke räcker, dokumentera det. Boka samtalet så att det passar dottern, t.ex. din morgon = hennes kväll dagen före. Förbered dig som för ett brytpunktssamtal.""",["Ebba Lindahl"])
P(S,"Tiina Mäkinen",f"""Hej allihopa,

Vi fick tillbaka ett provsvar som inte gick att koppla till någon patient. Det står:

Reservnummer [[rec:RES-990312-KA]]
Provtagningsdatum [[date:2026-12-01]]

Patienten kom via akuten utan legitimation. Hur kopplar man om det till rätt personnummer när man väl vet vem det är? Labbet säger att det ska vi göra, vi säger att labbet ska göra det.

Tiina""")
P(S,"Sven-Erik Nord","""Tiina, hos oss gör den som kopplar om i journalen också en anmälan till labbet via blankett. Det står i regionens rutin "Reservnummer – hantering", senast reviderad maj 2024.""",["Tiina Mäkinen"])
P(S,"Nadia Haddad","""Hej kollegor,

Jag vill fråga om något som inte är medicinskt. Ibland patienter säger till mig "jag vill ha en svensk läkare". Idag hände igen. Jag log och sa att jag är läkare i Sverige. Men inne i mig jag blev mycket ledsen.

Hur gör ni andra som inte är födda här? Och ni som är födda här – har ni sett detta hända med era kollegor?

Jag har jobbat i Sverige i sex år. Jag älskar mitt jobb. Men sådana dagar jag tvivlar.

Nadia""")
P(S,"Leila Rahimi","""Nadia, jag känner igen varje ord. Jag har börjat säga "det förstår jag, men det är jag som är din läkare idag" – och sedan bara fortsätta. De flesta ändrar sig efter fem minuter. Men det svider ändå. Tack för att du skriver om det.

Leila""",["Nadia Haddad"])
P(S,"Fredrik Strömberg","""Nadia, jag är född här och har sett det hända flera gånger. Jag har tyvärr inte alltid sagt ifrån. Det ska jag göra nästa gång. Förlåt.

Fredrik""",["Nadia Haddad"])
P(S,"Lena Göransson",f"""Remissvaret från geriatriken i korthet:

"Patienten [[name:Ester]] [[name:Johansson]], [[pid:{pnr('19290501','-',g='F')}]], [[age:97]] år, bedöms ha blandad demens. Rekommenderar ej kolinesterashämmare pga bradykardi. Återbesök [[date:tisdag 19 januari]]."

Varför skriver de återbesök när de samtidigt skriver att hon ska följas i primärvården? Jag är förvirrad. Ska jag ringa dem?

Lena""")
P(S,"Karin Sjöberg","ring, det är säkert ett mallfel. händer jämt",["Lena Göransson"])
P(S,"Mattias Lund",f"""Hej, kort fråga om körkort. En patient, [[name:Rolf]] [[name:Smith-Jonsson]], har haft TIA och vill fortsätta köra buss. Transportstyrelsen kräver 6 mån körförbud för gruppen högre behörighet? Han är förbannad och hotar att "gå till media". Han ringde på [[phone:0701234567]] tre gånger i dag.""")
P(S,"Sara Holm","Mattias – ja, för högre behörighet är det strängare. Hänvisa till Transportstyrelsens föreskrifter (TSFS 2010:125). Det är inte du som bestämmer, det är reglerna. Dokumentera anmälan.",["Mattias Lund"])
P(S,"Anna-Karin Nyström","""Hej alla! Vill bara tipsa om att det finns ett nytt webbinarium om menopaus i primärvården, 12 februari kl 15. Föreläsare är gynekologer från Sahlgrenska. Gratis för medlemmar i SFAM. Jag har anmält mig och tar gärna sällskap.

/AK""")
P(S,"Ahmed Osman",f"""God morgon,

Jag vill dela en sak som hände i går. Jag hade en patient, en äldre man [[name:Sture]], som kom för sitt blodtryck. Efter fem minuter började han gråta. Hans fru [[name:Margit]] dog [[date:den 2 november]] och han har inte pratat med någon sedan dess. Jag hade bara 20 minuter och fyra patienter väntade.

Jag stannade kvar med honom. Jag blev 40 minuter sen resten av dagen. Sköterskorna var irriterade.

Gjorde jag fel? Jag tycker inte det. Men jag kände att jag svek de andra patienterna.

Ahmed""")
P(S,"Ingrid Falk","""Ahmed, du gjorde rätt. Det där är kärnan i vårt jobb. Och de andra patienterna har en dag fått samma tid av någon annan. Men boka in honom igen, och tipsa om sorgegrupp – Svenska kyrkan har bra sådana.""",["Ahmed Osman"])
P(S,"Zeynep Yılmaz",f"""Kan någon hjälpa mig tolka detta EKG-utlåtande?

> Patient-ID: [[pid:{pnr('19660823','long',g='F')}]]
> Sinusrytm 58/min, PQ 0,22 s, QRS 0,10 s, QTc 470 ms
> Inkomplett högergrenblock. ST-T utan anmärkning.

Hon står på citalopram 40 mg. QTc 470 känns för högt för den dosen?

Zeynep""")
P(S,"Olle Bergkvist","Zeynep, ja 40 mg är max och över 65 bör man inte ha mer än 20. QTc 470 hos kvinna är gränsfall – jag skulle sänka till 20 mg och göra nytt EKG om 2 veckor.",["Zeynep Yılmaz"])
P(S,"Johan Sandberg","""Hej,

Ber om litteraturtips om "svåra patienter" – inte i betydelsen svåra sjukdomar utan de vi känner oss maktlösa inför. Jag har läst Balints "The doctor, his patient and the illness" och Neighbours "The inner consultation". Något nyare?

Johan""")
P(S,"Viktor Engström","johan – testa Iona Heath, The Mystery of General Practice. kort o bra",["Johan Sandberg"])
P(S,"Hussein Ali",f"""Hej, här är meddelandet jag fick från patientens dotter via 1177:

"Hej doktor! Min pappa [[name:Abdi]] [[name:Warsame]] behöver ett nytt recept på insulin. Han bor nu hos mig på [[addr:Rinkebysvängen 21, 163 72 Spånga]]. Ni kan ringa mig på [[phone:08-760 12 34]]. Tack så mycket / [[name:Hodan]]"

Han är listad hos oss men har inte varit här på två år. Skriver ni ut insulin utan att träffa patienten?

/Hussein""")
P(S,"Kristina Palm","Nej, inte insulin utan uppföljning. Skriv ut en månad så han inte står utan, och boka besök. HbA1c först.",["Hussein Ali"])
P(S,"Maja Eklund","""Jag har precis kommit hem från en tuff jourkväll. Ett barn på 4 år med kramper, ambulansen tog 40 minuter. Allt gick bra till slut. Men jag sitter nu i bilen och skakar.

Behöver inga råd, vill bara säga det till någon.

Maja""")
P(S,"Karin Sjöberg","Maja ❤️ du gjorde det. ring mig imorgon om du vill prata",["Maja Eklund"])
P(S,"Jukka Virtanen",f"""Hej,

En fråga om dokumentation. Vi hade en patient, [[name:Berit]] [[name:Öst]], [[age:hundra]] år fyllda i somras, som dog i hemmet i natt. Jag ska skriva dödsbevis. Hon hade ingen känd sjukdom förutom ålderssvaghet. Får man skriva "ålderdom" som dödsorsak? Skatteverket kräver dödsbevis senast nästa arbetsdag.

Jukka""")
P(S,"Helena Åberg","""Jukka – ja, "hög ålder" (R54) går att använda om inget annat är känt, men dödsorsaksintyget till Socialstyrelsen bör ändå vara så specifikt som möjligt. Hjärtsvikt? Pneumoni? Kolla journalen.""",["Jukka Virtanen"])
P(S,"Per-Olof Berg",f"""Hej, kan någon bekräfta om jag tolkat det här rätt? Patient med personnummer [[pid:{pnr('19830715','-',n='245')}]] har fått två olika journalnummer i två system, [[rec:8843921]] i Take Care och [[rec:PMO-0011230]] i PMO. Vilket ska stå i remissen?""")
P(S,"Dragan Petrović","per-olof personnumret räcker i remissen. journalnumren är interna",["Per-Olof Berg"])
P(S,"Sven-Erik Nord","""Apropå förra veckans diskussion om TV-läkare: såg ni Doktor Mikael i morgon-TV som sa att alla över 50 ska ta D-vitamin? Jag har fått fem samtal om det idag. Tack Mikael.

SVEN-ERIK""")
P(S,"Lena Göransson","""Haha, ja. Jag hänvisar till SBU:s rapport. D-vitamin till alla är inte evidensbaserat. Men det är svårt att tävla med TV.""",["Sven-Erik Nord"])
P(S,"Tiina Mäkinen",f"""hej, snabbt: pat [[name:eino]] kom in m bröstsmärta, jag har skickat in m ambulans. om nån ringer från kardiologen – hans fru nås på [[phone:+358 40 123 4567]], hon pratar bara finska. jag går hem nu""")
P(S,"Mattias Lund","ok tiina, jag tar det. vila",["Tiina Mäkinen"])
