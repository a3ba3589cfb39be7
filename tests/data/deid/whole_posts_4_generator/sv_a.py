from lib import *
S='sv'
# 1 long structured with pnr bare in table
P(S,"Karin Sjöberg",f"""Hej allihop,

Behöver bolla ett fall innan jag ringer medicinjouren imorgon.

**Anamnes**
Kvinna, [[age:91]] år, bor ensam i lägenhet med hemtjänst x 3/dag. Tidigare frisk så när som på förmaksflimmer och lätt kognitiv svikt. Senaste veckan tilltagande förvirring och fall x 2 enligt hemtjänsten.

**Status**
AT: trött men vaken. Cor: oregelbunden rytm 96/min. BT 105/60. Pulm: basala rassel hö.

**Lab**
| | |
|---|---|
| Pat | [[pid:{pnr('19350817','',g='F')}]] |
| Hb | 109 |
| CRP | 88 |
| Na | 127 |
| Krea | 141 |

**Läkemedel**
- Eliquis 2,5 mg x 2
- Furix 40 mg 1x1
- Sertralin 50 mg 1x1

Frågan: lägger ni in direkt eller provar ni att behandla hemma med SSK-stöd? Mattias, du har ju kört mobila teamet, hur brukar ni tänka?

/Karin""",["Mattias Lund"])
# 2 clean quick reply
P(S,"Mattias Lund","håller med karin. vid na 127 o förvirring skulle jag nog lägga in, speciellt m fall. mobila teamet hinner ändå inte förrän på torsdag. ring medicinjouren o säg som det är",["Karin Sjöberg"])
# 3 clean, traps: 1177, month, guideline
P(S,"Leila Rahimi","""Hej!

Kort fråga om uppdateringen av NT-rådets rekommendation i mars. Har ni börjat hänvisa till 1177 för egenvårdsråd vid ÖLI istället för att skriva ut antibiotika? Vi har haft en kampanj på vårdcentralen sedan vecka 46 och det har gått ned med ca 30 %.

Leila""")
# 4 mistyped pnr with date
P(S,"Per-Olof Berg",f"""Någon som vet hur man rättar ett felskrivet personnummer i remissen? Skrev [[pid:{pnr('19480305','-',wrong=True)}]] i remissen till ortopeden, sista siffran blev fel. Nu har röntgen bokat in fel person?? Eller ingen person alls. Remissnr [[rec:RE-2611473]].

Per-Olof""")
# 5 teller/listener reflection, clean
P(S,"Anna-Karin Nyström","""Reflektion från Balintgruppen i onsdags (tar det här eftersom några av er missade).

Berättaren tog upp en patient, en man i 60-årsåldern, som hon har haft i tolv år. Han kommer ofta, alltid med ett nytt symtom, och hon märker att hon blir irriterad redan när hon ser namnet i tidboken. Hon skämdes över det.

Lyssnaren frågade: "Vad tror du att han vill ha av dig, egentligen?" Det blev tyst länge. Sedan sa berättaren att hon tror att han är rädd för att dö som sin pappa.

Observatörerna reflekterade om hur det kändes i rummet – flera beskrev en tyngd, en trötthet. Tomas sa att han kände igen sig i att vilja "lösa" istället för att bara vara kvar. Vi pratade om att irritationen kanske säger något om vad patienten väcker i oss snarare än om patienten själv.

Bra träff. Nästa gång 22 januari, jag är berättare då.

/AK""",["Tomas Wikström"])
# 6 name lower-case patient, phone
P(S,"Tomas Wikström",f"""snabbis: nån som har nr till sonen till [[name:gun]] [[name:eriksson]]? han ringde mig i går men jag tappade lappen. tror det var [[phone:073-812 44 09]] men är inte säker. hon är inlagd på 5B nu""")
# 7 clean trap: Yasmin, Lyrica, Parkinson
P(S,"Sara Holm","""Hej kollegor,

Fick en fråga från en ung kvinna som står på Yasmin och vill byta pga humörsvängningar. Samtidigt har hon fått Lyrica av smärtkliniken för fibromyalgi. Några interaktioner att tänka på? FASS säger inget särskilt men jag är osäker på trombosrisken vid byte till kombinerat p-piller med annat gestagen.

Sidospår: såg en föreläsning av en neurolog om tidiga tecken på Parkinson hos yngre – rekommenderas om ni får chansen.

Hälsningar Sara""")
# 8 samordningsnummer
P(S,"Ahmed Osman",f"""Hej,
Jag har en patient som har samordningsnummer [[pid:{pnr('19870923','-',samord=True,g='M')}]] och apoteket säger att e-recept inte går igenom. Han har kommit från Eritrea för två år sedan och har inte fått personnummer än. Vet någon hur man gör? Jag försökte ringa E-hälsomyndigheten men kö var 45 minuter.
Tack för hjälp
Ahmed""")
# 9 clean short
P(S,"Ingrid Falk","Ahmed – det är apotekets system som strular ibland med samordningsnummer. Be dem lägga in det manuellt, det brukar funka. Annars pappersrecept som nödlösning. /Ingrid",["Ahmed Osman"])
# 10 Finland-Swedish, pnr long with dash, address
P(S,"Jukka Virtanen",f"""Hej på er,

Jag jobbar sedan i höstas här i Sverige men är från Vasa, så ursäkta om språket är lite finlandssvenskt ibland.

Jag har en gammal dam, [[name:Rauha]] [[name:Lindqvist]], [[pid:{pnr('19300214','long-',g='F')}]], som bor på [[addr:Storgatan 14 B, 852 31 Sundsvall]]. Hon är [[age:nittiosex]] och vill absolut inte flytta till boende fast hon ramlat tre gånger sedan jul. Dottern ringer mig varje vecka och är alldeles förtvivlad.

Hur långt sträcker sig vårt ansvar här? I Finland hade vi lite andra rutiner med hemsjukvården. Jag har ju pratat med biståndshandläggaren men det händer ingenting.

Tack på förhand,
Jukka""")
# 11 clean reply with trap age
P(S,"Maja Eklund","""Jukka, det här är så vanligt. Självbestämmandet väger tungt så länge hon har beslutsförmåga. Dokumentera noga att du informerat om risker. Vi hade en liknande dam, 87 år, som till slut själv bad om korttidsplats efter ett halvår. Ibland behöver det få ta tid.

Maja""",["Jukka Virtanen"])
# 12 forwarded discharge summary
P(S,"Dragan Petrović",f"""Klistrar in ur epikrisen, vad tycker ni om planen?

> EPIKRIS Medicinkliniken, Sunderby sjukhus
> Patient: [[name:Stig]] [[name:Holmberg]] [[pid:{pnr('19410630','-',g='M')}]]
> Inskriven: [[date:2026-11-02]] Utskriven: [[date:2026-11-09]]
> Diagnos: Hjärtsvikt med nedsatt EF (I50.1), Förmaksflimmer (I48.9)
> Ny medicinering: Entresto 24/26 mg x 2, Jardiance 10 mg x 1
> Uppföljning: Distriktsläkare inom 2 veckor, kontroll krea och K.

Det står "inom 2 veckor" men vi har inga tider förrän januari. Och ingen har ordinerat lab. Jag tycker det är lite slarvigt. Hur hanterar ni sånt?

Dragan""")
# 13 clean with eponyms
P(S,"Helena Åberg","""Påminnelse: nätverksträff 14 mars kl 13–16 på Folkets hus. Tema: Hashimoto, Crohn och andra autoimmuna sjukdomar i primärvården. Föreläsare från Karolinska. Anmälan till mig senast 1 mars.

Helena""")
# 14 Swedish second language, name + age + phone
P(S,"Nadia Haddad",f"""Hej alla kollegor

Jag behöver råd. Min patient [[name:Farida]] [[name:Al-Sayed]] kom igår med sin dotter som tolkar. Patienten säger ont i magen sedan många månader men dotter säger "mamma bara orolig". Jag tycker inte om när familj tolkar men patienten vill inte ha tolk från telefon. Dotter gav mig hennes nummer [[phone:+46 72 345 18 60]] om jag behöver ringa.

Hur gör ni när patient vägra professionell tolk? Jag vet regler men det känns svårt i praktik.

Mvh Nadia""")
# 15 clean quick
P(S,"Olle Bergkvist","nadia: dokumentera att pat avböjt tolk o varför. o boka nästa besök m tolk på plats, inte telefon, det brukar gå bättre",["Nadia Haddad"])
# 16 pnr with + (over 100)
P(S,"Lena Göransson",f"""Hej,

Lite kuriosa men också en riktig fråga. Vi har en patient som fyller [[age:100]] nästa vecka och vars personnummer skrivs med plus: [[pid:{pnr('19261215','+',g='F')}]]. Vårt nya journalsystem vägrar ta emot plustecknet och gör om henne till född 2026! Labbet har redan skickat tillbaka två remisser.

Har någon annan region haft samma problem? Vi har Cosmic sedan i våras.

Lena""")
# 17 clean reply, trap year, 1177
P(S,"Hussein Ali","""Lena, samma problem hos oss i våras. Leverantören har en patch sedan 2025 men den måste aktiveras av regionens förvaltning. Gör en avvikelse så tar det fart. Tills dess skriver vi 12 siffror med sekelsiffror i remisserna.

/Hussein""",["Lena Göransson"])
# 18 teller reflection with patient name (first name only) and date
P(S,"Kristina Palm",f"""Från konsultationskursen, gruppen på tisdagar.

Jag var berättare den här gången. Jag tog upp [[name:Liv]], en tjej på 19 som jag träffade första gången [[date:den 3:e oktober]] och som sedan dess har sökt fyra gånger för olika saker. Varje gång känner jag att jag missar något. Hon ler och säger att allt är bra, men jag blir ledsen efter besöken utan att förstå varför.

Lyssnaren (Viktor) frågade vad jag tror att hon inte säger. Jag svarade att jag inte vågar fråga rakt ut om självskada för att jag är rädd att förstöra förtroendet. Det var jobbigt att säga högt.

Observatörerna sa att de märkte hur jag pratade om henne som om hon vore min dotter. Det träffade. Jag har en dotter i samma ålder.

Jag har bokat ett längre besök nästa vecka och tänker fråga.

Kristina""",["Viktor Engström"])
# 19 clean response feelings
P(S,"Viktor Engström","""Tack Kristina för att du delade. Det kändes modigt. Jag tänkte efteråt på hur ofta vi undviker frågor för vår egen skull, inte patientens. Lycka till på besöket.

Viktor""",["Kristina Palm"])
# 20 code span pnr, journal number
P(S,"Zeynep Yılmaz",f"""Hej, vet någon varför det här inte går att söka fram i NPÖ? Jag har kopierat exakt från remissen:

`[[pid:{pnr('19780112','long',g='F')}]]`

Journalnr [[rec:J-448120]] från privatvården. Patienten har bytt vårdcentral och vi behöver hennes gamla EKG.

Zeynep""")
# 21 clean, traps 112, 114 14, Giftinformation
P(S,"Johan Sandberg","""Tips till nya ST-läkare: sätt upp en lapp vid telefonen med 112, polisens 114 14 och Giftinformationscentralen 010-456 67 00. Det är otroligt hur ofta man letar efter numret mitt i ett samtal med en panikslagen förälder.

/Johan""")
# 22 clean long structured case no ids
P(S,"Ulla Hedlund","""Fallet jag lovade ta upp på fredagsmötet.

**Bakgrund**
Man, 54 år, lastbilschaufför. Rökare 20 paketår. Söker för hosta sedan 8 veckor, ingen feber.

**Status**
AT opåverkad. Pulm: ronki bilat. SpO2 95 %. Inga förstorade lymfkörtlar.

**Lab**
| Analys | Värde | Ref |
|---|---|---|
| CRP | 12 | <5 |
| Hb | 151 | 134–170 |
| LPK | 9,8 | 3,5–8,8 |
| Trombocyter | 410 | 145–348 |

**Åtgärd**
Lungröntgen visade oskarp förtätning hö hilus. Remiss enligt SVF lungcancer skickad.

Frågan: hur pratar ni med patienten om "välgrundad misstanke" utan att skrämma ihjäl? Han frågade rakt ut om det var cancer och jag stod och trampade.

Ulla""")
# 23 mixed Swedish-English, email obfuscated
P(S,"Ebba Lindahl",f"""Hej! Jag har en engelsktalande patient, [[name:Grace]] [[name:O'Neill]], som vill ha sina journalkopior mejlade. She insists on email, "it's how we do it in Ireland". Hon gav mig [[email:grace.oneill (at) eircom dot net]]. Får vi ens göra så? Jag tror inte det men hon blev väldigt upprörd.

/Ebba""")
# 24 clean reply
P(S,"Marcus Öhman","Ebba nej, inte okrypterat. Hänvisa till 1177 där hon kan läsa journalen själv med BankID – om hon har det. Annars utskrift i receptionen mot legitimation.",["Ebba Lindahl"])
# 25 record number lab sample, date weekday
P(S,"Tiina Mäkinen",f"""Hej,
labbet ringde och sa att provet med provnummer [[rec:L26-118394]] hemolyserat. Det är kalium från hembesöket [[date:i måndags den 30:e]]. Patienten är sängliggande och det är omöjligt att ta om innan nästa vecka. Kör vi på gamla värdet från oktober?
Tiina""")
# 26 clean trap with famous person/politician
P(S,"Sven-Erik Nord","""Såg ni att Socialstyrelsen släppt nya nationella riktlinjer för depression? Och att sjukvårdsministern pratade om "fast läkarkontakt" i Agenda igen. Jag har hört det sedan 2018. Vi får se.

Sven-Erik""")
# 27 relative name genitive, age words
P(S,"Karin Sjöberg",f"""Det här med att hantera anhöriga... [[name:Görans]] fru ringer varje dag. Han är [[age:nittiotvå]] och har demens, hon är 88 och orkar inte längre men vill inte ha hjälp. Jag vet inte vem som är min patient egentligen, han eller hon. Hur gör ni? Jag har börjat boka in henne också, men det känns som att jag smyger in en patient till.

/K""")
# 28 clean reply mentions colleague names
P(S,"Fredrik Strömberg","Karin, jag tycker du gör helt rätt. Som Leila sa på förra träffen – den anhöriga är ofta den egentliga patienten. Kolla anhörigstöd i kommunen också.",["Karin Sjöberg","Leila Rahimi"])
# 29 phone typo, quick, no caps
P(S,"Leila Rahimi",f"""någon som vet om [[name:bill]] [[name:andersson]] fått sin tid på minnesmott? hans fru ringde från [[phone:0920 12 34 56]] o var arg. jag är på hembesök hela dan""")
# 30 clean: Valdoxan, ATC code
P(S,"Mattias Lund","""Fråga om agomelatin (Valdoxan, N06AX22). Någon som använder det i primärvården? Levervärden ska kontrolleras vid start, 3, 6, 12 och 24 veckor – det är ganska omständligt. Har en patient i 40-årsåldern med sömnstörning och depression som inte tålt SSRI. Alternativ?""")
# 31 address care home
P(S,"Per-Olof Berg",f"""Hembesök idag på [[addr:Solgårdens vård- och omsorgsboende, Lärkvägen 7, 931 40 Skellefteå]]. Sköterskan där påpekade att [[name:Iris]] har fått tre olika blodtryckspreparat från tre olika läkare. Ingen har gjort läkemedelsgenomgång sedan 2023. Jag skäms lite å kårens vägnar.

Tips på bra mall för strukturerad LMG på boende?

Per-Olof""")
# 32 clean reply
P(S,"Anna-Karin Nyström","""Per-Olof: vi använder regionens LMG-mall plus "Indikatorer för god läkemedelsterapi hos äldre". Ta det i etapper, en grupp läkemedel per besök.""",["Per-Olof Berg"])
# 33 12-digit pnr in parentheses, name with particle
P(S,"Dragan Petrović",f"""Remissvar från neurologen har kommit för fel patient. Det gäller [[name:Cecilia]] [[name:af Klint]] ([[pid:{pnr('19620928','long',g='F')}]]) men svaret handlar om en man med MS. Jag har skickat tillbaka men vet inte om de har skickat hennes svar till någon annan. Ska jag göra avvikelse eller lex Maria? Jag tycker det är allvarligt.

Dragan""")
# 34 clean, Lex Maria / Lex Sarah traps
P(S,"Helena Åberg","""Dragan – avvikelse i första hand. Lex Maria är för händelser som medfört eller kunnat medföra allvarlig vårdskada. Lex Sarah gäller socialtjänsten och LSS, inte oss. Verksamhetschefen bedömer.

/H""",["Dragan Petrović"])
# 35 long with date tied to patient holiday
P(S,"Nadia Haddad",f"""Hej igen,

Uppföljning om patienten jag skrev om för några veckor sedan. Hon kom akut [[date:på midsommarafton]] till jouren med svår buksmärta och det visade sig vara gallsten med kolecystit. Opererades dagen efter.

Jag känner mig dålig att jag inte tog ultraljud tidigare. Dottern sa till mig att "ni lyssnade inte". Det gör ont att höra. Men jag också vet att jag frågade många gånger om smärtan och patienten sa "det går bort".

Hur hanterar ni när ni känner att ni missat något? Jag sover dåligt.

Nadia""")
# 36 clean supportive
P(S,"Ingrid Falk","""Nadia, kram. Alla vi som jobbat länge har sådana patienter. Det du beskriver är en ospecifik buksmärta som ändrade karaktär – det är inte ett misslyckande. Prata gärna med någon, jag finns. Och ta upp det i handledningsgruppen om du vill.

Ingrid""",["Nadia Haddad"])
# 37 email plain
P(S,"Hussein Ali",f"""Patienten ville att jag skulle mejla intyget till hans privata adress [[email:lars.nyman77@gmail.com]] så att han kan vidarebefordra det till arbetsgivaren. Jag vägrade förstås. Men han sa att förra läkaren alltid gjorde så. Hur resonerar ni?""")
# 38 clean: dates trap meeting
P(S,"Kristina Palm","""Påminnelse ST-dag den 5 februari, tema multisjuka äldre. Vi ses i Aulan, Länssjukhuset. Ta med ett eget fall (avidentifierat!).""")
# 39 short quick with pnr spaced
P(S,"Viktor Engström",f"""kan nån kolla om {''}[[pid:{pnr('19550404','space')}]] har tid hos diabetessköt? jag är hemma m sjukt barn o kmr inte in i systemet""")
# 40 clean long reflection
P(S,"Zeynep Yılmaz","""Tankar efter konsultationskursen i fredags.

Vi gjorde övningen där en berättar, en lyssnar och resten observerar. Jag var observatör. Berättaren pratade om en patient som hotat att anmäla henne till IVO om hon inte fick sjukskrivning. Berättaren sa att hon gav med sig, och att hon skäms.

Det jag såg som observatör var att lyssnaren hela tiden försökte hitta en lösning. "Du kunde ha sagt…" "Nästa gång kan du…". Berättaren blev mindre och mindre. När vi reflekterade tog Johan upp det, försiktigt, och lyssnaren blev lite ställd men tackade efteråt.

Jag lärde mig att det svåraste är att inte hjälpa. Att låta någon stanna i det som skaver. Det är samma sak i konsultationen.

Zeynep""",["Johan Sandberg"])
# 41 name Dag, date without year
P(S,"Johan Sandberg",f"""Hej, jag har en man, [[name:Dag]], som ska opereras för höftfraktur [[date:den 12 december]] men har Xarelto. Ortopeden säger att vi ska sätta ut, jag tycker de ska sköta det själva. Vem äger frågan?""")
# 42 clean quick
P(S,"Ulla Hedlund","den som ordinerar operationen äger utsättningen tycker jag. men ring och prata, det går fortare än att bråka i journalen",["Johan Sandberg"])
# 43 multiple ids, lab report fragment
P(S,"Ebba Lindahl",f"""Fick detta från labbet, förstår inte riktigt:

```
Klinisk kemi, Akademiska sjukhuset
Pnr: [[pid:{pnr('19720519','-',g='F')}]]   Namn: [[name:Lindberg]], [[name:May]]
Provnr: [[rec:2611-04-77812]]   Provtagen: [[date:2026-11-24]]
P-Kobalamin   98 pmol/L   (L)
P-Folat       4,1 nmol/L
P-Homocystein 28 µmol/L   (H)
```

B12-brist alltså men varför homocystein så högt? Hon äter Omeprazol sedan 10 år. Ska jag ge injektioner eller tabletter?

Ebba""")
# 44 clean reply with lab values
P(S,"Marcus Öhman","""Ebba: tabletter 1 mg x 1 fungerar för de flesta även med PPI. Homocystein stiger vid B12-brist, så det passar. Kontrollera igen om 3 månader. Och fundera på om PPI:n verkligen behövs.""",["Ebba Lindahl"])
# 45 Finland-swedish style clean
P(S,"Tiina Mäkinen","""Hej, jag är också finlandssvensk som Jukka och tycker det är roligt att se hur olika vi gör. Hemma i Åbo hade vi hälsocentraler med fler sköterskemottagningar. Här är läkaren mer "spindeln". Vet inte vad som är bäst. Men jag saknar kaffet på hälsocentralen!

Tiina""",["Jukka Virtanen"])
# 46 patient name Rose, hospital MRN mixed
P(S,"Sven-Erik Nord",f"""Fick en remiss från ett sjukhus i London om en svensk pensionär, [[name:Rose-Marie]] [[name:Hägg]]. Hennes hospital number där är MRN [[rec:40219876]]. De vill att vi följer upp INR. Hon är [[age:94]] och har flyttat hem till Kiruna efter 40 år i England. Hur får jag tag på hennes journal därifrån?""")
# 47 clean quick reply Swedish-English
P(S,"Karin Sjöberg","sven-erik be henne själv begära ut via sin GP där, det går mycket fortare än om vi gör det. subject access request heter det",["Sven-Erik Nord"])
# 48 clean structured question about guideline
P(S,"Fredrik Strömberg","""Hej,

Jag håller på att uppdatera vår lokala PM för hypertoni. Några punkter jag vill ha input på:

1. Målblodtryck < 140/90 eller < 130/80 för alla under 80 år?
2. Hemblodtryck: 7 dagar x 2 morgon och kväll, eller räcker 3 dagar?
3. Startar ni med kombinationstablett direkt (t.ex. amlodipin/enalapril)?

Jag har läst ESC 2024 och Läkemedelsverkets behandlingsrekommendation. Smith et al. 2019 visar ju bättre följsamhet med kombinationspiller.

Fredrik""")
# 49 phone odd grouping with relative name
P(S,"Olle Bergkvist",f"""Påminnelse till mig själv och till den som har jour i helgen: sonen till patienten på rum 4, [[name:Mikael]], vill bli uppringd om något händer. Nummer [[phone:070 - 65 43 21 0]]. Han bor i Norge.""")
# 50 clean with word names as words
P(S,"Lena Göransson","""Härlig dag idag! Sol, snö och ingen som var sjuk på riktigt. En sådan dag ger mig liv och hopp igen. Tack alla för förra veckans stöd när det var tungt på mottagningen.

Lena""")
