from lib import pnr, nhs, chi
LANG = 'sv'
P = [
("Omar Said", ["Leyla Yilmaz", "Viktor Sandell", "Sofia Ek"], f"""Salam och hej,

Lista över patienterna jag inte hann ringa innan jag gick på semester – kan någon ta dem? De är alla triagerade som icke-akuta.

- [[n:fatima]] [[p:{pnr('19990808', style='bare', samord=True)}]] – UVI, odling tagen, svar väntas
- [[n:Karins]] mamma ([[n:Ulla]] [[n:Berglund]], [[p:{pnr('19410519', style='bare')}]]) – önskar hembesök, lätt förvirrad
- [[n:A.S.]], reservnr [[r:99-30412]] – saknar personnummer, behöver ny tid för TBE-vaccin dos 2
- [[n:Dag]] [[n:Öhman]] – PSA 6,2, remiss till urologen skickad, ring och berätta

Det finns ingen brådska, men gärna innan vecka 3. Tack Leyla för att du sa att du kan ta några!

/Omar"""),

("Leyla Yilmaz", ["Omar Said"], """tar [[n:fatima]] o [[n:dag]] [[n:öhman]]. viktor kanske kan ta hembesöket? /leyla"""),

("Elin Forsberg", ["Johanna Blom", "Ingrid Wallin", "Kwame Mensah"], """Hej alla,

Tack för ett bra möte i går. Här är mina anteckningar från diskussionen om **sköldkörtel**.

**Fall 1** – Kvinna i 40-årsåldern med TSH 7,8 och positiv anti-TPO, symtomfri. Gruppen var överens om att inte behandla, men kontrollera TSH om 6–12 månader, tidigare vid graviditetsönskan. Hashimoto är ju vanligt och de flesta blir aldrig hypotyreota.

**Fall 2** – Man, 68 år, med förmaksflimmer och TSH 0,02. Fritt T4 förhöjt. Remiss till endokrin, betablockad under tiden. Kwame påpekade att man ska tänka på amiodaron.

**Fall 3** – Ung kvinna som äter Levaxin 100 mikrog men fortfarande är trött trots TSH 1,5. Vi diskuterade att inte höja dosen för att jaga symtom, utan leta andra orsaker (järn, B12, sömn, depression). Liothyronin är inte rutin.

Nästa träff: torsdag vecka 9, jag bjuder på fika.

Elin"""),

("Kwame Mensah", ["Elin Forsberg"], """Tack Elin, bra sammanfattning! En liten rättelse: fall 2 hade också struma, så scint är beställd. Kwame"""),

("Zeynep Demir", ["Hassan Mohammadi", "Rojin Ahmadi", "Nikos Papadopoulos"], f"""Merhaba, hej!

Jag vill diskutera en patient med långvarig smärta där jag känner att vi har kört fast.

**[[n:Gun]]**, 61 år, har fibromyalgi sedan många år och har nu också utvecklat depression. Hon har provat amitriptylin, duloxetin, pregabalin och tramadol. Hon är sjukskriven sedan [[d:14 april 2025]] och Försäkringskassan har nu begärt ett nytt läkarintyg med "tydlig aktivitetsbegränsning".

Hon har en dotter, [[n:Emelie]], som följer med på alla besök och för ordet. Jag upplever att [[n:Gun]] själv säger väldigt lite när dottern är med.

**Status senast**: Nedstämd, gråtfärdig. Inga självmordstankar. Ömma punkter generellt. Neurologstatus ua.

Frågor:
- Har ni erfarenhet av rehabiliteringsgarantin/MMR för den här patientgruppen?
- Hur kan jag få tid ensam med patienten utan att stöta mig med dottern?
- Hur formulerar ni aktivitetsbegränsning vid fibromyalgi så att FK förstår?

Teşekkürler / tack!
Zeynep"""),

("Rojin Ahmadi", ["Zeynep Demir"], """Zeynep, jag brukar säga att "vi gör alltid en del av besöket enskilt", som rutin. Då blir det inte personligt. MMR-team funkar ofta bra! /Rojin"""),

("Nikos Papadopoulos", ["Eleni Georgiou", "Malin Åkesson", "Juha Mäkinen"], """Γεια σας / hej!

Fråga om **resevaccination** som jag får många frågor om inför våren.

En familj ska åka till Tanzania i mars i tre veckor, med barn 2 och 6 år. De har inte fått något annat än barnvaccinationsprogrammet.

Jag har tänkt:
- Hepatit A till alla
- Gula febern? Krävs inte för inresa från Sverige men rekommenderas beroende på område
- Malariaprofylax: Malarone till vuxna, barndos efter vikt
- Tyfoid till 6-åringen

Hur gör ni med 2-åringar och gula febern – vi har ingen vaccinationsmottagning i närheten, närmaste är i Örebro. Och vad tar ni betalt? Vår prislista är från 2021 och behöver uppdateras.

Folkhälsomyndigheten har en bra sida men den är ganska allmän.

Mvh Nikos"""),

("Eleni Georgiou", ["Nikos Papadopoulos"], """hej nikos, 2-åringen kan få gula feber från 9 mån om indikation. kolla WHO-kartan för område. vi hänvisar ofta till vaccinationscentralen"""),

("Malin Åkesson", ["Per-Olof Sundberg", "Anna Lindqvist", "Gustav Lönn"], f"""Hej!

Jag har fått ett mejl från en anhörig som jag inte vet hur jag ska hantera.

Hon som skrev är dotter till en av mina patienter, [[n:Astrid]] [[n:Andersson]] ([[o:nittiotre]] år, bor på SÄBO). Dottern mejlade från [[e:lena.andersson58@telia.com]] och vill att vi slutar med alla hennes mammas mediciner eftersom "mamma har sagt att hon vill dö i lugn och ro".

Problemet är att [[n:Astrid]] själv har måttlig demens och jag har inte kunnat få ett tydligt besked från henne. Hon har ingen framtidsfullmakt. Sonen, [[n:Bengt]], har en annan uppfattning och vill att "allt görs".

Jag svarade inte på mejlet i sak, utan bad om ett möte. Vi har inte säker mejl mellan patienter och vården här så jag vill inte skriva något medicinskt.

- Hur skulle ni lägga upp mötet?
- Ska båda barnen kallas samtidigt?
- Vilka läkemedel tar ni bort först vid palliativ inriktning hos mycket gamla?

[[n:Anderssons]] läkemedelslista är lång: 14 preparat inkl. statin, Trombyl och tre blodtrycksmediciner.

Tack på förhand!
Malin"""),

("Anna Lindqvist", ["Malin Åkesson"], """Malin, båda barnen samtidigt, med sjuksköterskan från SÄBO. [[n:Astrids]] statin och Trombyl är lätta att sätta ut först. Lycka till! /Anna"""),

("Viktor Sandell", ["Agnes Holm", "Ulrika Norberg", "Emir Begović"], """**Berättare: Viktor. Lyssnare: Agnes.**

Jag tog upp en situation från måndagen när jag hade telefontid. En pappa ringde om sin son som haft feber i fyra dagar. Jag gav råd om paracetamol och vätska och sa att de kunde ringa 1177 om det blev sämre. På onsdagen kom pojken in till akuten med pneumoni.

Agnes frågade vad jag tänkte när jag lade på luren. Jag minns att jag tänkte "han lät orolig" men att jag avfärdade det för att jag hade 12 samtal kvar.

Hon frågade också om jag hade frågat vad pappan själv trodde. Det hade jag inte.

Reflektioner från gruppen:
- Ulrika tyckte att fyra dygns feber hos barn alltid borde leda till ett besök, oavsett hur det låter.
- Emir berättade att de infört en regel: vid tredje samtalet om samma symtom bokas alltid besök.
- Vi pratade om att "dag 4 av feber" är en röd flagga i sig.

Pojken mår bra nu. Men jag har lärt mig något om att lyssna på tonfallet.

Stig upp tidigt i morgon, säger min fru, men jag tror det hjälper mer att sova.

Viktor"""),

("Agnes Holm", ["Viktor Sandell"], """tack viktor. modigt att ta upp. vi gör alla så ibland"""),

("Emir Begović", ["Amra Hodžić", "Katarzyna Nowak", "Lars Hellström"], f"""Zdravo svima, hej alla,

Behöver hjälp med en konstig labbsituation.

Jag skickade prover på en patient för en vecka sedan, provnummer [[r:LAB2025-44781]], och fick tillbaka svar som inte passar alls: PSA 0,1 hos en kvinna? Det visade sig att det var fel etikett och att provet egentligen tillhör en man i samma väntrum.

Patienten jag menar är [[n:Ljiljana]] [[n:Marković]], född [[d:12 juni 1958]], och hennes prover har nu hamnat på någon annan. Vi har kontaktat laboratoriet och de spårar provet.

Vi har rutin på att sköterskan frågar om personnummer vid provtagning, men det gjordes tydligen inte den här gången eftersom det var kö.

Hur säkerställer ni ID-kontroll vid provtagning? Armband? Två identifierare?

Emir"""),

("Lars Hellström", ["Emir Begović"], """Hej Emir, vi har börjat med att pat själv säger sitt personnummer högt, inte att sköterskan läser upp. Bra att ta upp på APT. /Lasse"""),

("Sofia Ek", ["Chen Jing", "Priya Sharma", "Hodan Warsame"], """Hej alla,

Jag har blivit ombedd att hålla en kort utbildning om **förgiftningar i hemmet** för våra BVC-sköterskor och vill gärna ha input.

Mitt upplägg hittills:
1. Vanligaste ämnena: läkemedel (paracetamol, järntabletter), rengöringsmedel, diskmaskinstabletter, e-cigarettvätska
2. När ska man ringa 112 och när räcker det med Giftinformationscentralen (010-456 67 00)?
3. Vad säger man till föräldrar om kol (Carbomix)? Vi har det inte på BVC.
4. Knappcellsbatterier – alltid akut!

Jag tänkte också nämna 1177 och att 114 14 är polisen, inte en sjukvårdsrådgivning (vi hade en förälder som blandade ihop det).

Någon som har bra bilder eller fall att dela (avidentifierade förstås)? Utbildningen är den 20 mars, 45 minuter.

Hodan, du nämnde att ni hade en flerspråkig broschyr?

Tack!
Sofia"""),

("Hodan Warsame", ["Sofia Ek"], """Ja Sofia, på somaliska, arabiska och dari. Jag lägger den i gruppens mapp. /Hodan"""),

("Chen Jing", ["Li Wei", "Sanna Heikkinen", "Tomasz Wiśniewski"], f"""你好 och hej,

Ett fall om yrsel som jag fortfarande funderar på.

Kvinna, [[o:91]] år, boende på korttidsboende efter höftfraktur. Hon ramlar ofta och klagar på "snurr" när hon ställer sig upp. Ortostatiskt test: BT 142/78 liggande, 108/60 efter 1 min stående, med symtom. Hon står på:
- Amlodipin 10 mg
- Enalapril 20 mg
- Hydroklortiazid 25 mg
- Tamsulosin (!) – förskriven av urolog för "urinträngningar"
- Mirtazapin 15 mg

Jag tänker att tamsulosin inte ska vara där, och att vi kan trappa ner blodtrycksmedicinen. Men hon har haft stroke för några år sedan och neurologen vill ha BT < 130.

Hur väger ni stroke-risk mot fallrisk hos de äldsta? Jag hittade inget tydligt i riktlinjerna.

Tack,
Jing"""),

("Tomasz Wiśniewski", ["Chen Jing"], """fallrisk vinner hos så gamla med ortostatism tycker jag. sätt ut tamsulosin o hydroklortiazid först"""),

("Karl Nyström", ["Margareta Sjöberg", "Arjun Patel", "Ingrid Wallin"], f"""Hej,

Hembesök idag hos en patient som jag vill rådfråga om.

[[n:Sven-Erik]] [[n:Holmberg]], [[p:{pnr('19530211', style='long')}]], bor på [[a:Källvägen 14]], [[a:791 33 Falun]]. Lungcancer med skelettmetastaser, inskriven i ASIH men de hade inte kunnat komma idag. Han har fått ökad smärta i höger höft, NRS 8, trots OxyContin 40 mg x 2 och OxyNorm vid behov, som han tar 6–7 ggr/dygn.

Status: Påverkad av smärta, klar och orienterad. Ingen neurologisk påverkan i benen. Palpöm över trokanter.

Jag ökade OxyContin till 60 mg x 2 och gav en dos Betapred 4 mg. Frågan är om han ska till akuten för röntgen (patologisk fraktur?) eller om vi kan avvakta till palliativa teamet kommer på tisdag. Han vill absolut inte lämna hemmet.

Kalle"""),

("Arjun Patel", ["Karl Nyström"], """Kalle, om han inte vill åka in är det ok att behandla symtomatiskt. Strålbehandling mot smärtsam metastas kan planeras senare via ASIH. Ring palliativa jouren i kväll? /Arjun"""),

("Rojin Ahmadi", ["Amina Diallo", "Oskar Håkansson", "Omar Said"], """Silav, hej!

Jag funderar på hur ni arbetar med **tolk** på vårdcentralen.

Vi har haft flera tillfällen senaste månaden där telefontolken inte kommit eller varit dålig. En gång var tolken släkt med patienten. En annan gång pratade tolken en annan dialekt av kurdiska (sorani i stället för kurmanji) och det blev helt fel.

Frågor:
- Beställer ni tolk per språk eller dialekt?
- Hur gör ni när patienten vill ha sitt barn som tolk?
- Använder ni videotolk?

Vi har haft diskussion om att använda Google Translate i nödfall. Jag är skeptisk.

Tack,
Rojin"""),

("Amina Diallo", ["Rojin Ahmadi"], """hej rojin, vi anger alltid dialekt vid beställning. barn som tolk aldrig utom akut. videotolk funkar mkt bättre än tel!"""),

("Oskar Håkansson", ["Johanna Blom", "Elin Forsberg"], f"""hej johanna, glömde säga – pat. [[n:K.L.]] ringde om sina provsvar, återbesök [[d:5/4]]. hon vill att du ringer på [[ph:073 - 882 19 04]] efter kl 15. /ossi"""),
]
