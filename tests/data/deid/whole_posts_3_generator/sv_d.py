from lib import pnr, nhs, chi
LANG = 'sv'
P = [
("Lars Hellström", ["Gustav Lönn", "Elin Forsberg", "Reza Karimi"], f"""Hej kollegor,

Behöver stöd i ett ärende om körkort.

[[n:Kent]] [[n:Jonsson]], 79 år, [[p:{pnr('19470918', bad=True)}]], har haft två TIA det senaste halvåret och nu en lätt stroke i [[d:augusti 2025]] med kvarstående synfältsbortfall åt vänster. Han kör fortfarande bil och säger att han "bara kör till Konsum".

Jag har förklarat att han enligt Transportstyrelsens föreskrifter inte får köra med detta synfältsbortfall och att jag är skyldig att anmäla. Han blev mycket upprörd och sa att han ska byta läkare.

Frustrerande nog ringde hans granne mig i morse och sa att [[n:Kent]] kört in i en staket på parkeringen vid affären.

- Hur gör ni rent praktiskt med anmälan? E-tjänst?
- Berättar ni för anhöriga att anmälan är gjord?
- Hur hanterar ni er egen relation till patienten efteråt?

Hans fru [[n:Siv]] ringde också och tackade mig, vilket var fint.

/Lasse"""),

("Gustav Lönn", ["Lars Hellström"], """Lasse, e-tjänst hos Transportstyrelsen, tar 5 min. Säg det rakt ut till [[n:Kent]]. Relationen brukar läka. /Gurra"""),

("Amina Diallo", ["Kwame Mensah", "Abdi Farah", "Chen Jing"], f"""Bonjour, hej alla,

Ett fall med hudutslag som jag inte fick ihop.

Flicka, 7 år, [[n:Grace]] [[n:Okonkwo]]. Sökte med mamma [[d:på julafton]] på jourcentralen för ett utslag som började på bålen och spred sig ut mot armar och ben. Hon hade haft ont i halsen en vecka tidigare.

Status:
- Feber 38,2
- Små, droppformade fjällande papler på bål och lår
- Inga blåsor, ej påverkad slemhinna
- Tonsiller lätt förstorade, inga beläggningar

Jag misstänkte guttat psoriasis efter streptokockinfektion och tog strep A (positiv). Gav PcV och hänvisade till hudkliniken för uppföljning.

Mamman frågade om det kunde vara "lupus" eftersom hon läst om det. Jag lugnade henne, men jag blev själv osäker när jag tänkte efter.

Någon som har erfarenhet av guttat psoriasis hos barn – hur ofta blir det kroniskt?

Merci / tack,
Amina"""),

("Chen Jing", ["Amina Diallo"], """amina, de flesta läker ut inom 3-4 mån. kanske en tredjedel får kronisk psoriasis senare. snyggt diagnostiserat!"""),

("Reza Karimi", ["Parisa Moradi", "Hassan Mohammadi", "Rojin Ahmadi"], f"""Salam och hej,

Jag har ett ärende om läkemedelsberoende som jag behöver tänka högt kring.

Patienten, [[n:Dariush]] [[n:Rahimi]], 56 år, har tagit Tramadol i flera år för ryggsmärta. Han har nu börjat köpa extra tabletter från "en vän". Han berättade det själv, vilket jag tycker var modigt.

I journalen (journalnr [[r:2019-004417]]) ser jag att han fått recept från tre olika läkare. Han har dessutom depression och sömnproblem.

Han vill ha hjälp att sluta, men är rädd för abstinens. Han har ett arbete som taxichaufför.

Min plan:
- Kontakt med beroendemottagningen
- Långsam nedtrappning över 8–12 veckor
- Sertralin mot depressionen
- Körkortsfrågan? Han kör taxi med opioider...

Parisa, du har jobbat på beroende – vad tycker du om buprenorfin i ett sådant här fall?

Reza"""),

("Parisa Moradi", ["Reza Karimi"], """Reza,

Buprenorfin kan vara aktuellt om han inte klarar nedtrappningen, men jag skulle börja med beroendemottagningen och en lugn, strukturerad nedtrappning av tramadolet. Tramadol sänker dessutom kramptröskeln och ger serotonerga interaktioner med sertralin, så tänk på det när du startar.

Och ja, körkortsfrågan måste tas. Yrkestrafik med opioidberoende är inte förenligt med Transportstyrelsens krav. Det blir ett tufft samtal men han verkar ju motiverad.

/Parisa"""),

("Malin Åkesson", ["Ingrid Wallin", "Omar Said"], f"""hej ingrid, pat du frågade om: [[n:Ebba]] [[n:Sundqvist]] [[p:{pnr('20150302')}]] – mamma heter [[n:Jenny]], nås på [[ph:076-555 20 11]]. hon vill ha ny tid för öronkontroll /malin"""),

("Oskar Håkansson", ["Viktor Sandell", "Johanna Blom", "Agnes Holm"], """**Berättare/lyssnare, grupp 3 – sammanfattning**

Berättare: Oskar. Lyssnare: Viktor.

Jag berättade om en patient som kom tillbaka för femte gången med "ont överallt". Jag märkte att jag började sucka innan hon ens satt ned. Viktor frågade vad jag kände när jag såg namnet på listan. Jag sa "trötthet". Han frågade vad jag var trött på: henne, mig själv eller systemet. Jag svarade att det nog var min egen maktlöshet.

Johanna reflekterade om att hon brukar försöka hitta "det lilla som gått bra sen sist". Agnes sa att hon skriver en kort sammanfattning i början av journalen för sådana patienter, så att hon slipper läsa allt och kan ha energi kvar till samtalet.

Vi pratade också om gränssättning: att det är okej att säga "idag kan vi prata om två saker".

Jag går därifrån med en tanke: det är inte hennes fel att jag inte har något mer att erbjuda. Men jag kan erbjuda att lyssna, och det har faktiskt hjälpt henne förr.

Nästa gång är det Agnes tur att berätta. Vi ses vecka 8.

Oskar"""),

("Viktor Sandell", ["Oskar Håkansson"], """fint skrivet oskar. "min egen maktlöshet" tar jag med mig"""),

("Ulrika Norberg", ["Margareta Sjöberg", "Per-Olof Sundberg", "Nikos Papadopoulos"], f"""Hej allihopa,

Jag har ett fall som blev konstigt via 1177-meddelanden.

En patient skrev till oss och ville ha förnyelse på sin Oxascand. Hon skrev under med sitt namn och sitt personnummer i meddelandet:

> Hej, jag heter [[n:Ingegerd]] [[n:Wikström]], [[p:{pnr('19390608')}]]. Jag har slut på mina sömntabletter och kan inte komma till er eftersom min man [[n:Rune]] är sjuk. Ring mig på [[ph:026-18 44 70]] om något är oklart.

Problemet är att vi har ingen Oxascand-förskrivning på henne i vår journal. Det visade sig att det förskrivits av en privat vårdgivare. Hon är 87 år och har fallit två gånger.

Jag ringde henne och vi kom överens om ett hembesök nästa vecka. Men hur gör ni när patienten vill ha förnyelse av narkotikaklassade läkemedel som någon annan har skrivit ut?

Ulrika"""),

("Margareta Sjöberg", ["Ulrika Norberg"], """Ulrika, vi förnyar aldrig utan besök, och helst kontakt med den som skrev ut. Hembesöket låter klokt. /Maggan"""),

("Elin Forsberg", ["Samira Haddad", "Jonas Lindgren", "Li Wei"], """Hej alla,

Inför vårens fortbildningsdag har vi fått förslag på följande teman. Rösta gärna i tråden!

1. **Astma hos barn** – nya riktlinjer från Läkemedelsverket
2. **Akut yrsel** – HINTS-test i praktiken
3. **Hjärtsvikt** – SGLT2-hämmare och fyra pelare
4. **Psykisk ohälsa hos unga** – vad kan vi göra på vc?
5. **Långvarig covid** – vad säger forskningen 2025?

Datum: 23 april, heldag i Uppsala. Kostnad 1 200 kr, lunch ingår.

Ni som var med förra året vet att det blev lite för mycket föreläsning och för lite grupparbete. Vi försöker ändra det i år.

Ta gärna med er ST-läkare!

Elin"""),

("Li Wei", ["Elin Forsberg"], """röstar på 2 o 3! HINTS vill jag lära mig ordentligt"""),

("Emir Begović", ["Amra Hodžić", "Tomasz Wiśniewski", "Zeynep Demir"], f"""Hej,

En patient med oklar anemi som jag vill ha input på.

**[[n:Mirsad]] [[n:Hadžić]]**, 68 år, född [[d:1958-01-17]]. Tidigare frisk, jobbat som svetsare. Kommer för trötthet sedan några månader.

Lab [[d:2025-11-04]]:
| Analys | Värde |
|---|---|
| Hb | 102 |
| MCV | 104 |
| B12 | 410 |
| Folat | 12 |
| Retikulocyter | låga |
| LPK | 3,1 |
| TPK | 118 |

Så makrocytär anemi med lätt bicytopeni, normalt B12 och folat. Alkohol förnekas, ALAT normalt, TSH normalt.

Jag misstänker MDS och har skrivit remiss till hematologen. Men väntetiden är lång. Ska jag ta något mer innan, t.ex. elektrofores, LD, haptoglobin?

Emir"""),

("Tomasz Wiśniewski", ["Emir Begović"], """Emir, ta elfores + fria lätta kedjor, LD, hapto och blodutstryk. Och ring hematologen och säg bicytopeni, brukar få snabbare tid. /Tomek"""),

("Nour Khalil", ["Leyla Yilmaz", "Omar Said", "Samira Haddad"], f"""Marhaba och hej,

Jag har en fråga om en patient som flyttat från en annan region.

[[n:Yasmin]] [[n:Al-Sayed]], [[p:{pnr('19950227', style='long')}]], 31 år, gravid vecka 12, med epilepsi och Lamotrigin 200 mg x 2. Hon har precis flyttat till [[a:Nygatan 21, lgh 1102]] här i stan och har ännu ingen neurolog. Hon har också inget MVC-besök bokat.

Hon ringde oss idag och var orolig för att lamotriginnivåerna sjunker under graviditeten, vilket ju stämmer.

Jag har:
- Tagit S-lamotrigin
- Skickat remiss till neurologen och MVC
- Förskrivit folsyra 4 mg

Ska jag öka lamotrigin i förebyggande syfte innan vi har ett värde? Hon har inte haft anfall sedan 2019.

Hon har e-post [[e:yasmin.alsayed (at) outlook (dot) com]] och vill helst ha svar där, men vi använder inte e-post för journal.

Nour"""),

("Samira Haddad", ["Nour Khalil"], """Nour, vänta på nivån, men kolla igen varje månad. Neurologen brukar ha en plan för gravida. Svara via 1177 inkorg i st f mejl!"""),

("Parisa Moradi", ["Dilan Kaya", "Reza Karimi", "Helen Ghebremariam"], """Dorood / hej,

Jag vill ta upp en sak som jag funderat mycket på efter ett besök i tisdags.

En kvinna i 70-årsåldern kom för kontroll av blodtrycket. När vi pratade om hennes vardag kom det fram att hon tar hand om sin man med Parkinson dygnet runt och inte sovit en hel natt på månader. Hon grät och sa att hon skäms för att hon ibland önskar att han ska dö.

Jag visste inte riktigt vad jag skulle säga. Jag sa att det var normalt att känna så, och att hon behövde hjälp. Vi pratade om avlösning och anhörigstöd.

Jag har ordnat:
- Kontakt med anhörigkonsulenten i kommunen
- Uppföljning om 2 veckor
- Sömnråd

Men jag undrar: hur pratar ni om skam och skuld hos anhörigvårdare? Finns det något bra material?

Dilan, du hade en fin föreläsning om anhöriga förra året. Har du bilderna kvar?

Parisa"""),

("Dilan Kaya", ["Parisa Moradi"], """Parisa, ja, jag skickar bilderna. Jag brukar säga: "Det är tröttheten som talar, inte kärleken som försvunnit". Det brukar landa. /Dilan"""),

("Anna Lindqvist", ["Erik Johansson", "Maria Berg", "Sofia Ek"], f"""Hej igen alla,

Uppföljning på [[n:Göran]] som jag skrev om för en tid sedan.

Vi hade brytpunktssamtal med honom och dottern [[n:Annika]] [[d:den 28 november]]. Han var tydlig med att han vill vara hemma och inte till sjukhus. Vi ökade Furix försiktigt och krea steg bara lite. Han har nu fått ett trygghetslarm och ASIH gör hembesök två gånger i veckan.

[[n:Görans]] ödem har minskat och han sa vid senaste besöket att han "äntligen kan se sina fötter".

Tack Erik och Samira för era råd, det var jättehjälpsamt. Jag tog med mig idén om att skriva ner planen och ge den till familjen.

Det känns bra att det blev en plan som alla förstår.

Mvh Anna"""),

("Erik Johansson", ["Anna Lindqvist"], """härligt att höra anna! skönt för honom och familjen 🙏"""),

("Juha Mäkinen", ["Aino Virtanen", "Karl Nyström", "Kwame Mensah"], f"""Moi!

En patient som jag är osäker på hur jag ska följa upp.

Pat. [[n:Pirjo]] [[n:Koskinen]], [[o:94-årig]] kvinna, finsktalande, bor på Vikbolandets äldreboende. Hon har en misstänkt bröstknöl som personalen hittade vid duschning. Hon vill inte åka till mammografi och säger "jag har levt länge nog".

Status: 3 cm fast, oöm knöl i höger bröst, övre yttre kvadranten. Inga palpabla lymfkörtlar.

Hon har god kognition och kan fatta egna beslut. Hennes sonson [[n:Mikko]] ringer och vill att vi "gör allt".

- Hur långt går ni i utredning hos så gamla patienter som tackar nej?
- Skulle ni erbjuda endokrin behandling (letrozol) utan diagnos?

Kiitos / tack,
Juha"""),

("Kwame Mensah", ["Juha Mäkinen"], """Juha, respektera [[n:Pirjos]] vilja. Man kan ibland ge letrozol efter finnålspunktion som görs på plats. Fråga bröstmottagningen! /Kwame"""),

("Zeynep Demir", ["Fatima Ali", "Dilan Kaya"], f"""obs – [[n:Ayşe]] [[n:Kaya]] (inte släkt med dilan 😄) [[p:{pnr('19830119', bad=True)}]] har fått fel dos metformin i dosetten. ringde apoteket, de rättar. vill bara att ni vet om hon ringer /zeynep"""),
]
P += [
("Lars Hellström", ["Erik Johansson", "Rojin Ahmadi", "Agnes Holm"], f"""Hej,

Kort fall om gikt som inte vill ge med sig.

Min patient [[n:Erik]], 58 år, har haft fyra giktattacker i stortån sedan i våras. Urat 520. Han har njursvikt grad 3 (eGFR 42) och står på Furix. Kolkicin har gett diarré och NSAID vill jag helst undvika.

Vi startade allopurinol 100 mg i [[d:mitten av oktober]] och ökade till 200 mg [[d:2 december]]. Nu har han fått en ny attack, troligen utlöst av uppstarten.

- Hur snabbt titrerar ni allopurinol vid njursvikt?
- Prednisolon som attackbehandling – dos och längd?
- Ska Furix bytas?

Agnes, har ni någon reumatolog som svarar på konsultfrågor snabbt?

Lasse"""),
("Agnes Holm", ["Lars Hellström"], """Lasse, pred 30 mg i 5 dagar brukar räcka. Öka allopurinol med 50–100 mg var 4:e vecka mot urat <360. Fortsätt trots attacken! /Agnes"""),
("Helen Ghebremariam", ["Yohannes Tesfaye", "Amina Diallo", "Birgitta Holmström"], f"""Selam alla,

En ung man, [[n:Filmon]] [[n:Habte]], 22 år, nyanländ, kom via Migrationsverket med LMA-kort [[r:21-338790]]. Han har ingen adress än men bor tillfälligt hos en kusin på [[a:Västra Torggatan 5]]. Han har klåda sedan två månader, värst på natten, och hans rumskamrater har samma.

Status: gångar mellan fingrarna och på handlederna, exkorierade papler på magen.

Skabb, alltså. Jag har skrivit ut permetrin till honom och alla i lägenheten, och gett information på tigrinja.

Fråga: hur gör ni när patienten inte har råd med läkemedlen? Vi har ingen fond. Och räcker en behandling eller ger ni alltid två?

Tack,
Helen"""),
("Yohannes Tesfaye", ["Helen Ghebremariam"], f"""helen, alltid två beh med 7-10 d mellanrum. asylsökande får läkemedel för 50 kr, visa LMA-kortet på apoteket. [[n:filmons]] kusin behöver också recept /yohannes"""),
]
