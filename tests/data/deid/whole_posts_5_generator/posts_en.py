POSTS = []
def P(a, t, m=()): POSTS.append((a, list(m), t))

P("Sarah Whitfield", """Morning all,

Bit of a long one, sorry. I've been mulling over a case since the weekend and would value a sanity check.

70-something man, known AF on apixaban 5 mg bd, CKD 3b (eGFR 38 last month, was 44 in spring), T2DM on metformin and gliclazide. Came in with his daughter because he'd "gone off his legs". No focal neurology, CRP 12, Na 131, K 5.4. BP 104/62 lying, 88/50 standing. He's also on ramipril 10 mg, bisoprolol 5 mg and furosemide 40 mg.

My instinct was postural hypotension plus over-diuresis, so I stopped the furosemide and halved the ramipril. Then on [[date:Tuesday the 3rd]] his daughter, [[name:Claire]], rang to say he'd fallen again overnight. She's his main carer and lives in Keswick, so she's there most days. [[name:Claire]] had to ring 111 because [[name:Dennis]] couldn't get up off the bathroom floor.

The bit I'm struggling with is the apixaban. CrCl by Cockcroft-Gault is around 32 and he's 58 kg, so technically still full dose. But two falls in a week... Would you reduce, stop, or carry on and accept the bleeding risk? ORBIT score 3.

Sarah""", ["Claire Benson"])

P("Rajesh Patel", """Quick one: does anyone have a good patient leaflet for Bell's palsy that isn't the NHS one? Mine are asking about eye care specifically. I usually give prednisolone 50 mg for 10 days if within 72 hours, plus aciclovir only if it looks like Ramsay Hunt (vesicles in the ear canal, severe pain). House-Brackmann grade helps me document: most of mine are grade III–IV at presentation. About 70% recover fully by 3 months. Taping the eye at night, Viscotears or Hylo-Forte by day, sunglasses outdoors. Refer to ENT at 3 weeks if no improvement at all, or to ophthalmology same day if the eye is red or painful. Does anyone still send these to the Royal Victoria Eye and Ear? Cheers, Raj""")

P("Fiona MacLeod", """Hi all, struggling with a discharge letter from Raigmore. Pasting the relevant bit (I'll delete later):

> Re: [[name:Morag Sinclair]], CHI [[personal_id:<<chi:140332>>]]
> Hospital no: [[record_number:H0928771]]
> Date of admission: [[date:28/10/2024]]
> This [[age_over_89:92]]-year-old lady was admitted with a fractured neck of femur following a fall at home. She underwent hemiarthroplasty on [[date:29/10]].
> Please review bone protection.

She's already had two years of alendronate and then stopped because of reflux. Zoledronate via the day unit? Or denosumab in the practice? The fracture liaison service in Inverness has a 4-month wait.

Fiona""")

P("Tom Hargreaves", """Anyone else find the new QOF hypertension indicator a bit mad? Under 80: 140/90 clinic. 80 and over: 150/90. Fine, but the home readings threshold is 135/85 and our template doesn't accept both. Guideline is NICE NG136 (2019, updated 2023). Our practice list is 11,400, with 1,890 on the hypertension register, and we're sitting at 71% for the under-80 target and 83% for the over-80s. The template flags anyone with a home average above 135/85 as uncontrolled even if they're 82 with a clinic BP of 146/78. I've emailed Ardens. In the meantime, can anyone share a workaround? Also: the diabetes targets (HbA1c ≤ 58) haven't changed since 2019, which seems odd given the NICE NG28 update in 2022. /Tom""")

P("Aisha Rahman", """Three cases this week that I'd love thoughts on:

**1. [[name:Jayden]] (aged 4)**: nursery at Little Acorns in Luton flagged weight loss. Mum ([[name:Kelly]]) says he's fussy. Growth chart crossing two centiles. Coeliac screen sent.

**2. Mrs [[name:Oduya]]**: actually I'll write [[name:Grace Oduya]] in full because there are two Mrs [[name:Oduyas]] on our list, NHS [[personal_id:<<nhs:space>>]]. Hypertension, new ankle swelling on amlodipine 10 mg. Swap to lercanidipine or add indapamide?

**3. A 35-year-old man with back pain** who wants a fit note for six weeks. No red flags. I'm not sure what to do.

Thanks, Aisha""")

P("Gareth Evans", """Is anyone else finding the Seroquel/quetiapine shortage a nightmare? Pharmacy in Bangor says another six weeks. Also lost two weeks of Yasmin supply at the same time. Annoying. For the quetiapine I've been switching people on 25–50 mg for sleep (I know, I know) to nothing plus CBT-I, and the ones on 300–600 mg for bipolar to the MR version where it's available. For Yasmin, Lucette is the same drospirenone 3 mg/EE 30 mcg combination. The MHRA supply alert from 2 October said "resolution expected Q1 2025". Pharmacist Stig in our PCN has been brilliant at finding stock in Llandudno and Conwy. Gareth""")

P("Helen Doyle", """This is a hard post to write. One of my patients died on Sunday. I'd known her for 19 years. Her husband, [[name:Patrick]], came into the surgery yesterday with a card and a box of chocolates for the reception team. He said "[[name:Bernadette]] always said you were the only one who listened."

I went into the sluice room and cried. I'm not sure why I'm writing this. I suppose because the job is sometimes like this and we don't say so enough.

Helen""")

P("Chidi Okafor", """Heads up: the new GP trainee induction is on 14 January. Iona Heath is doing the keynote by video. Ben's organising lunch. /Chidi""", ["Ben Ashworth"])

P("Priya Nair", """Can I have a sense-check on a safeguarding concern?

A 16-year-old came in alone asking for contraception. She mentioned her "boyfriend" is 24 and picks her up from school (St Aidan's, in Bolton). She wasn't distressed but couldn't tell me his surname. I have documented and discussed with our safeguarding lead. I'm considering a referral to children's social care.

Fraser guidelines say I can prescribe, but the age gap makes me uneasy. What would you do? /Priya""")

P("Mark Ellison", """Hi Mr [[name:Reeves]] — oops, wrong window. Sorry all! 

While I'm here: does anyone know if the LMC has issued guidance on the new online access rules? Dawn from our PCN says no. /Mark""")

P("Catriona Fraser", """### Home visits Thursday (Skye)

| Patient | CHI | Reason | Address |
|---|---|---|---|
| [[name:Donald MacInnes]] | [[personal_id:<<chi:030229>>]] | Leg ulcer, dressing review | [[address:4 Harbour View, Portree]] |
| [[name:Effie Nicolson]] | [[personal_id:<<chi:171135:space>>]] | Palliative, syringe driver | [[address:Tigh na Mara, Staffin]] |
| [[name:Calum Beaton]] | [[personal_id:<<chi:220847>>]] | Post-discharge, COPD | [[address:12 Wentworth Street, Portree]] |

[[name:Effie's]] niece [[name:Kirsty]] will be there. [[name:Donald]] is [[age_over_89:95]] and deaf in his left ear — sit on his right. /Cat""")

P("Owen Pritchard", """Reading group update: we're doing Kahneman's "Thinking, Fast and Slow" in January and then John Launer's "Narrative-Based Practice in Health and Social Care" in March. Anyone welcome, Teams, last Thursday of the month. /Owen""")

P("Nadia Hussain", """I had a patient's son ring the practice threatening to complain because we wouldn't give him his mum's results. He kept saying "I'm her next of kin". Patient has capacity, didn't consent. How do you phrase it on the phone without escalating? Any scripts? /Nadia""")

P("James Carver", """Weird referral bounce. I referred a lady with a breast lump via 2WW and it came back "NHS number not recognised". I checked and I'd typed [[personal_id:<<nhs:nospace>>]] — which is valid, just not hers! Turns out it belongs to someone else entirely, a Mr [[name:Arthur Pugh]] in the next town. Lesson learned: always pull demographics from the record, never type. /James""")

P("Siobhan Kelly", """Has anyone got experience with Northern Ireland H&C numbers in English systems? I have a patient who's moved over from Derry, H&C number [[personal_id:<<hc:space>>]], and EMIS won't register her without an NHS number. PCSE say 6-8 weeks. She needs her lithium levels done. Her partner [[name:Ciarán]] is chasing daily. /Siobhan""")

P("Ben Ashworth", """Thanks Chidi. Lunch will be at the Royal Oak. Vegetarian options confirmed. /Ben""", ["Chidi Okafor"])

P("Lucy Tan", """I've been doing menopause clinics for three years now and I'm really tired of the Davina McCall effect. Not because it's bad — more women are coming forward, which is great — but because our appointments are now 50% HRT reviews. Utrogestan 100 mg plus Oestrogel 2 pumps is my default. Anyone running group consultations? /Lucy""")

P("Imran Qureshi", """Long post alert, sorry.

I've been thinking about continuity and a patient who I'll call X. Actually no, I need to be specific for the SEA so I'll write it here first and sanitise for the SEA later.

[[name:Barry Whitlock]] (DOB [[date:12/04/1958]], hospital no. [[record_number:M8823410]]) came in six times in 2023 with epigastric pain. Each time a different clinician. PPI, H pylori test (negative), bloods normal except a ferritin of 14 the fourth time, which nobody acted on. Fifth visit: "dyspepsia, continue PPI". Sixth visit, [[date:3rd Nov]], I saw him and sent a 2WW for OGD. Gastric cancer, T3.

The point isn't blame. It's that nobody owned him. His wife [[name:Sandra]] said to me, "Every time he saw someone new he had to start from scratch." That's on all of us.

How do your practices do personal lists? We tried it in 2019 and abandoned it during Covid. /Imran""")

P("Rebecca Stone", """Is there any consensus on vitamin D loading doses in adults? Our local formulary says 20,000 IU twice weekly for 7 weeks, the BNF says one of several regimens. Also, does anyone check calcium after? Our lab reports deficiency as < 25 nmol/L and insufficiency 25–50. I've had three patients this month with levels of 8, 11 and 14, all women in their 30s who cover up for religious reasons. They're all on maintenance 800 IU now but I wonder whether 2,000 IU would be better. The NOS guideline (2018) says maintenance 800–2,000 IU daily. I'd rather not repeat levels unless symptomatic, but the endocrinologists at St Mary's keep asking for 3-month repeats. /Bec""")

P("Declan Murphy", """Grim week. Three patients with new cancers and one with a bad MND diagnosis. I've been reading Roger Neighbour again for comfort — "the consultation is a journey" — and Balint. Will and Faith on reception have been brilliant. /Dec""")

P("Zoe Campbell", """Can someone explain the new CHI/NHS cross-border thing? Patient lives in Gretna, registered with us in Carlisle, but sees a hospital in Dumfries. So she has both. The letters from Dumfries quote her CHI, [[personal_id:<<chi:050561>>]], and ours quote NHS [[personal_id:<<nhs:dash>>]]. Does anyone know which one the spine uses for matching? /Zoe""")

P("Alistair Gunn", """A plea: when you write in the notes "discussed with Dr X" please put the full name. I spent 20 minutes today trying to work out which Dr Patel said what. No offence Raj! /Ali""", ["Rajesh Patel"])

P("Emma Lowe", """Hi all, can you help me draft a reply to this complaint? Pasting the start:

> Dear Dr Lowe,
> I am writing on behalf of my father, [[name:Leonard Hask]], who was seen at your surgery on [[date:Friday 8th November]]. He was told his chest pain was "probably muscular" and sent home. The next day he had a heart attack.
> You can reach me on [[phone:07700 900 412]] or [[email:j.hask+dad@btinternet.com]].
> [[name:Julie Hask]]

ECG at the time was normal, troponin wasn't done (we don't have point-of-care). He's now recovering at Addenbrooke's. I want to be honest and not defensive. Any advice?""")

P("Deepa Shah", """Audit results for our practice: DOACs and renal function (Nov)

- 286 patients on DOACs
- 241 (84%) had U&E in last 12 months
- 19 on inappropriate dose for CrCl
- 6 on edoxaban 60 mg with CrCl < 50

Action: pharmacist review by end of Jan. Nice work Rhys for running the search. /Deepa""", ["Rhys Morgan"])

P("Rhys Morgan", """Thanks Deepa! For anyone who wants it, the search uses Cockcroft-Gault with actual body weight. I've put the EMIS search in the shared drive. /Rhys""", ["Deepa Shah"])

P("Claire Benson", """Need a bit of support please. A patient of mine, [[name:Tyrone]], has been sending me emails directly via my NHS.net address. Long, rambling ones, at 3 am. I think he's becoming unwell again (known bipolar). His carer, [[name:Precious]], emailed yesterday from [[email:precious.dube@carersfirst.org.uk]] to say he hasn't slept for four nights. I've contacted the crisis team. How do you manage the boundaries? /Claire""")

P("Yusuf Ali", """Ramadan starts around end of Feb next year. Has anyone got a good template for diabetes review pre-Ramadan? We use the DAR 2021 guidelines. Gliclazide dose adjustments, SGLT2 holds, etc. /Yusuf""")

P("Jo Whitaker", """Anyone in the group using the Hope Street clinic in Liverpool for gender-questioning young people? We've got a long wait and the family is struggling. I can't share details here. /Jo""")

P("Sarah Whitfield", """Update on [[name:Dennis]] (the man with AF and falls): we reduced apixaban to 2.5 mg bd after a long chat with [[name:Claire]] and with him. Physio assessment on [[date:Monday 16th]]. Thanks all. Also, @Claire Benson, thanks for the PM about falls clinic referral. /Sarah""", ["Claire Benson"])

P("Rajesh Patel", """Reflection for my appraisal: a patient told me yesterday "you're like Dr Ranj off the telly". I don't know if it was a compliment. I suspect it was about the shirt. /Raj""")

P("Fiona MacLeod", """Follow-up about [[name:Morag]]: she's now home and we've started denosumab. Her granddaughter [[name:Eilidh]] is going to give the injections? No — the district nurses will. Thanks for the advice. /Fiona""")

P("Tom Hargreaves", """Just a vent. 47 patients today, 11 of whom came with things I couldn't help with. Three about housing. Two about benefits. One about a dog. /Tom""")

P("Gareth Evans", """Needed to share something. My patient (I'll only say his first name, [[name:Dafydd]], because he asked me to tell other GPs) has hereditary haemochromatosis and was missed for 12 years. Ferritin 2,400 at diagnosis, transferrin saturation 89%. He now has cirrhosis. He lives in Caernarfon and is a retired farmer. His wife [[name:Eirlys]] says the fatigue was written off as "farming".

Please check iron studies in unexplained fatigue with raised LFTs. /Gareth""")

P("Helen Doyle", """Does anybody know whether the Royal Free still takes direct referrals for hepatology? Also St Thomas' for dermatology second opinions. Thanks /H""")

P("Chidi Okafor", """Clean case for teaching, nothing identifiable. Man in his 40s, BP 168/104 on three occasions, ABPM average 152/96. Bloods: Na 141, K 3.3, eGFR 88, HbA1c 39. Low potassium with hypertension → think Conn's. Aldosterone:renin ratio requested. Also on the list: Cushing's, phaeo, renal artery stenosis. He's 43, so not much to lose in screening. /Chidi""")

P("Priya Nair", """Update re the 16-year-old: referral made. Thanks everyone. /Priya""")

P("Mark Ellison", """Random question. A patient called [[name:Will Graves]] came in today and said "I know, I know, Graves' disease, very funny". He actually did have hyperthyroidism. Should I have laughed? /Mark

(Yes, he said I could share that. His name, not his address!)""")

P("Catriona Fraser", """Update on the Skye list: [[name:Calum]] was readmitted on [[date:Sat 23 Nov]]. His wife [[name:Peigi]] phoned from [[phone:+44 1478 612 345]]. /Cat""")

P("Owen Pritchard", """Has anyone read "The Death of Ivan Ilyich" with their trainees? We did last week. Surprisingly good for discussing palliative care conversations. /Owen""")

P("Nadia Hussain", """Clinical question for the Parkinson's experts: 78-year-old on co-careldopa 25/100 tds, now with visual hallucinations. Already tried reducing. Quetiapine 12.5 mg nocte or refer? PD nurse in Bradford says refer. Waiting list 14 weeks. /Nadia""")

P("James Carver", """## Palliative register review — December

For the MDT on Wednesday (I'll take this down after):

- **[[name:Harold Finch]]** (NHS [[personal_id:<<nhs:space>>]]) — pancreatic ca, deteriorating. DNACPR in place. Son [[name:Martin]] is LPA.
- **[[name:Joan Ashby]]**, [[age_over_89:94]] — end-stage heart failure, PPC home. Her carer [[name:Bisi]] visits daily.
- **[[name:Ray Tolland]]** — MND, PEG in situ. Wife [[name:Linda]] exhausted; respite at St Catherine's Hospice requested.

Everyone else on the register is stable. /James""")

P("Siobhan Kelly", """I had a patient who was in tears because she'd been called "a frequent attender" in a letter. She read it on the NHS app. We really need to think about how we write letters now that patients can see everything. /Siobhan""")

P("Lucy Tan", """Sorry, a bit of a ramble about sleep.

I've been asked to talk at our PCN about insomnia. My plan: CBT-I first line (Sleepio is free in some ICBs), sleep hygiene is not enough alone, avoid z-drugs beyond 2-4 weeks, melatonin only in over 55s (Circadin 2 mg). Daridorexant (Quviviq) is now NICE-approved (TA922, 2023). I'll also touch on how often we see low mood and insomnia together — PHQ-9 of 15+ in about a third of people who ask for sleeping tablets in my (unscientific) experience.

Anything I've missed? Slides due Friday. /Lucy""")

P("Imran Qureshi", """Follow-up: the SEA for Mr [[name:Whitlock]] went well. [[name:Barry]] has agreed to come and speak to our practice team in the new year. His wife [[name:Sandra]] will come too. /Imran""")

P("Rebecca Stone", """Sharing the template I use for phone consults with care homes:

1. Name & DOB of resident (confirm with nurse)
2. NEWS2
3. Hydration, intake last 24 h
4. Pain (Abbey scale)
5. Recent falls
6. Plan + safety net

Nothing fancy. Works for Beech House and Meadowview. /Bec""")

P("Declan Murphy", """Please can someone in the Birmingham area tell me how to get an urgent paediatric review. The child is [[name:Ruby-Mae]], 3, seen today with a purpuric rash that blanched but I'm still worried. Mum [[name:Shannon]] on [[phone:0121 496 0734]]. She goes to Busy Bees in Solihull. I've sent her to A&E at Heartlands but want to make sure someone follows up tomorrow. /Dec""")

P("Zoe Campbell", """I'm doing a quiz for the practice Christmas do. Eponym round: Addison, Hashimoto, Crohn, Sjögren, Raynaud, Ramsay Hunt, Guillain-Barré. Bonus point for whoever knows which one was Scottish. (None? Let me check.) /Zoe""")

P("Alistair Gunn", """Phone number issue: a patient gave us [[phone:+44 (0) 7911 123 456]] but it has a 0 in the wrong place so SMS fails. Her husband [[name:Keith Laidlaw]] says the right number is [[phone:0044 7911 123456]]. Is there an agreed format for EMIS? /Ali""")

P("Emma Lowe", """Thank you all for the kind replies about the complaint. I met [[name:Julie]] and her dad yesterday. It went as well as it could. He's home. /Emma""")

P("Deepa Shah", """For the registrars: the RCGP has a lovely reflective piece this month by Roger Neighbour about "the second head". Worth a read before your CSA/SCA. /Deepa""")

P("Claire Benson", """Update: [[name:Tyrone]] was admitted under section 2 on [[date:27/11]]. [[name:Precious]] visited and says he's settling. Thanks for the support everyone. /C""")

P("Yusuf Ali", """Case for discussion (anonymised): 62-year-old woman, BMI 41, HbA1c 78 on metformin and sitagliptin. Wants Mounjaro because her friend lost 20 kg. Tirzepatide is NICE-approved (TA1026) but our ICB hasn't funded it in primary care yet. How are you all handling requests? /Yusuf""")

P("Jo Whitaker", """Housekeeping for the next peer review: bring one case each. I'll bring the young man with the recurrent DVTs. Kwame, would you bring your dementia case? /Jo""", ["Kwame Mensah"])

P("Kwame Mensah", """Happy to, Jo. Mine is a lady (I'll call her Mrs D in the meeting) — well, since it's just us: [[name:Doris Appleby]], [[age_over_89:96]], lives alone in Hebden Bridge with her neighbour [[name:Ken]] doing the shopping. [[name:Doris]] has a new diagnosis of mixed dementia and refuses any carers. [[name:Ken]] has been ringing me every week. /Kwame""", ["Jo Whitaker"])

P("Hannah Pike", """Just passed my CCT! Thank you to everyone on this forum who answered my silly questions over the last three years. Special thanks to Alistair and Gareth. /Hannah""", ["Alistair Gunn", "Gareth Evans"])

P("Sarah Whitfield", """For anyone with patients on lithium: the new shared care protocol from our trust says levels every 3 months for the first year, then 6-monthly. Target 0.4–1.0 mmol/L. TFTs and U&E 6-monthly. Calcium annually. /Sarah""")

P("Rajesh Patel", """Bit of an odd one. Received a letter from the Royal Free with the wrong patient's name on it. Top says Ms [[name:Frances Oyelaran]], NHS [[personal_id:<<nhs:space>>]], but the content is clearly about my patient (different DOB). How do you report that? Datix to the trust? /Raj""")

P("Priya Nair", """Has anybody else been asked to provide a "letter of support" for a patient's housing application? We get about 5 a week. I've started using a standard paragraph. Happy to share. /Priya""")

P("Helen Doyle", """Writing this for my own reflection. [[name:Patrick]] came back in today. He's not sleeping since [[name:Bernadette]] died. He asked whether he was "allowed" to feel relieved. We talked for 25 minutes. I didn't prescribe anything. /Helen""")

P("Tom Hargreaves", """In case anyone needs it, the ICB formulary link for emollients changed. Now it's Zerobase, Epimax, and Doublebase. /Tom""")

P("Owen Pritchard", """I want to think out loud about a patient because I've got it wrong twice now.

She's in her 50s, long history of fibromyalgia, on duloxetine 60 mg, pregabalin (Lyrica) 150 mg bd, amitriptyline 20 mg and co-codamol 30/500 PRN. She's been to A&E four times since the summer with chest pain, all negative troponins. Last week she brought in a printed page from a forum about Ehlers-Danlos and asked for a referral to a geneticist.

My first reaction was irritation, which I'm not proud of. Then I actually examined her properly: Beighton 6/9, skin hyperextensible, a history of shoulder dislocations as a teenager. So maybe hEDS. That doesn't change much clinically, but it changes the story. Her daughter, [[name:Leanne]], came with her and said quietly in the corridor that her mum has "been told it's in her head for twenty years". 

I've referred to rheumatology at the Northern General. I'm also going to try a structured deprescribing conversation on [[date:the 19th]] when she's back, starting with the amitriptyline. Any tips for doing that without her feeling that I'm taking everything away at once? /Owen""")

P("Nadia Hussain", """Weekly duty doctor handover (Fri):

- Bloods to chase: [[name:Shabana Iqbal]] — K 6.1, repeat Monday, on spironolactone (stopped).
- [[name:T.O.]] (Mr [[name:Okonjo]]) — radiology need his DOB, [[date:04.07.1949]], to book the ultrasound.
- Home visit: [[address:Flat 3, 27 Manningham Lane]] — the lady with the leg ulcers, carer [[name:Agnieszka]] lets us in.

Nothing else urgent. /Nadia""")

P("Rebecca Stone", """I've been asked by a patient to write to her son's school (Oakfield Primary in Swindon) about his asthma. He's called [[name:Alfie]]. The school wants a "medical letter" before they'll hold his inhaler. Surely an asthma plan from the nurse is enough? /Bec""")

P("Gareth Evans", """Looking for opinions on PSA testing in asymptomatic men. I had a 52-year-old ask today after his mate's diagnosis. I used the PCRMP leaflet and we decided together. PSA 3.4. The PCRMP threshold for 50-69 is 3.0, so refer? /Gareth""")

P("Siobhan Kelly", """Safeguarding question. A mum brought her 9-month-old in with a bruise on the cheek. She said the older sibling, [[name:Conor]], hit him with a toy. Baby's name is [[name:Oisín]]. Non-mobile baby + bruise = refer, as per our policy. I've done that. She was furious and said she'd move practice. I'm shaken. The health visitor knows the family. /Siobhan""")

P("Lucy Tan", """Dates for your diaries: menopause update 12 March, women's health study day 4 June (at the Royal Free). Both free for PCN staff. /Lucy""")

P("Chidi Okafor", """Cross-post from the Scottish GP group. A locum colleague in Fife asked: why does the CHI for her patient start with 31 when she was born on the 31st of a month? Because the first six digits are DDMMYY! So [[personal_id:<<chi:310152>>]] means born 31 Jan 1952. The patient was [[name:Jessie Robb]], now 72 and very amused. /Chidi""")

P("Helen Doyle", """Quick audit of our over-90s on antihypertensives (just the ones with recent falls, for the practice meeting):

| Patient | Age | Meds | Falls |
|---|---|---|---|
| [[name:Vera Haines]] | [[age_over_89:91]] | amlodipine 10, ramipril 5 | 2 |
| [[name:Stanley Cope]] | [[age_over_89:98]] | bendroflumethiazide 2.5 | 1 |
| [[name:Olive Marsh]] | [[age_over_89:90]] | doxazosin 4, losartan 50 | 3 |
| [[name:Ernest Dyer]] | 89 | bisoprolol 2.5 | 1 |

I'm going to deprescribe in all four, starting with [[name:Olive's]] doxazosin. Her son [[name:Graham]] will supervise. /Helen""")

P("Mark Ellison", """Has anyone tried the new Ardens template for learning disability health checks? I like that it prompts for reasonable adjustments. Bill and Rose in our admin team say it saves them time with recalls. /Mark""")

P("Aisha Rahman", """Follow-up on [[name:Jayden]]: coeliac screen positive (tTG > 128). Referred to paeds at the Luton & Dunstable. [[name:Kelly]] is relieved it's "something with a name". Thanks for the replies. /Aisha""")

P("Fiona MacLeod", """I'm on the GMS contract negotiating committee and we're asking for feedback: how many hours a week do you spend on hospital-generated work (chasing results, re-requesting bloods, etc.)? Our survey in 2023 said 6.2 hours median. Reply here or email me. /Fiona""")

P("Declan Murphy", """Following up on [[name:Ruby-Mae]]: it was HSP. She's fine. Thanks for the quick replies, and [[name:Shannon]] sent a lovely card. /Dec""")

P("Emma Lowe", """A GP trainee asked me today how to hand over a patient to another practice when they move. Nothing to share, just a good reminder that a proper summary letter makes a huge difference. Ten lines max. /Emma""")

P("Kwame Mensah", """Reflection. A patient told me about her grandmother, who raised her in Kumasi and whom she still calls every Sunday. She's 34, with treatment-resistant depression, and the only time she smiled in the consultation was talking about her. I didn't write the grandmother's name down, but I will ask her to bring a photo next time. It's a small thing. Launer would say it's the story that heals. /Kwame""")

P("Ben Ashworth", """Can someone look at this referral letter snippet and tell me if it's enough?

> Dear Colleague,
> Please see Mrs [[name:Pauline Grey]] (DOB [[date:3/11/1931]], NHS [[personal_id:<<nhs:nospace>>]], hosp no [[record_number:RTH-4481203]]), [[age_over_89:93]], who lives alone at [[address:18 Orchard Close, Thame]]. Her neighbour, Mrs [[name:Faulkner]], has noticed increasing confusion over six weeks.
> Yours, Dr B Ashworth

The memory clinic bounced it saying "insufficient information". I included MoCA 17, bloods, and a CT request. What more do they want? /Ben""")

P("Catriona Fraser", """Long-ish reflection from a rural practice, bear with me.

We cover three islands and the ferry timetable rules everything. This week a lady on Raasay developed chest pain at 2 am. The coastguard helicopter couldn't fly because of the wind, so the retained firefighters and the nurse managed her for four hours. Troponin on the i-STAT was 0.09, ECG showed ST depression in V4–V6. We gave aspirin 300 mg, ticagrelor 180 mg and fondaparinux 2.5 mg after discussion with cardiology at Raigmore.

What I want to flag is the role of her neighbour, [[name:Murdo]], who drove the nurse across the island in his pickup and then sat with [[name:Mairi]] all night. He then phoned her son in Glasgow on [[phone:+44 141 496 0021]] because she didn't know the number by heart. Without [[name:Murdo]], I don't know what would have happened.

Remote and rural medicine relies so much on communities like this, and none of it appears in any workforce plan. Anyone else in a similar setting have ideas about formalising "community first responders" without losing the goodwill? /Cat""")

P("Deepa Shah", """Sharing an email I received from a patient's carer (with permission, but I'll edit for the forum later):

> Hi Dr Shah, it's [[name:Marcia]] here, I look after Mr [[name:Evans]] on [[address:Clifton Road]]. He has been very breathless since [[date:Sunday the 10th]] and his ankles are huge. Could you ring me on [[phone:07700 900 288]]? If I don't answer please email [[email:marcia.l+work@gmail.com]].

Obviously I called straight away. He's got decompensated heart failure, weight up 4 kg. I doubled his furosemide to 80 mg and arranged bloods in 48 hours. The question is: how do you feel about carers emailing you directly? It's quick, but I worry about it becoming the norm. /Deepa""")

P("Alistair Gunn", """Case for the Balint group tomorrow, written up properly this time.

A man in his 60s, a retired miner from Fife, has been coming to see me every fortnight for two years. Each visit he brings a new symptom: tingling feet, then headaches, then a sore jaw. All investigations normal. HbA1c 41, B12 380, TFTs fine, CT head normal in 2023. His wife died three years ago.

Last week he finally talked about her. Her name was [[name:Jean]], and he said "[[name:Jeanie]] would have known what to do". He cried for the first time. I asked whether he'd like to see a bereavement counsellor and he said no, he'd rather keep coming to see me.

I'm not sure whether that's a failure or a success. He's not coming for the symptoms. He's coming for the relationship. Is that okay? What would Balint say? /Ali""")

P("Rhys Morgan", """Three quick ones from my Monday list, all with consent to discuss:

1. [[name:Eleri Jones]], NHS [[personal_id:<<nhs:space>>]] — ?PMR, ESR 62, started pred 15 mg.
2. [[name:Huw]] (her husband!) — BP 172/98, starting amlodipine.
3. [[name:Tomos]], 7, their grandson — ear infection. Goes to Ysgol Gymraeg Bro Morgannwg in Barry.

Family visits are efficient but a bit chaotic. /Rhys""", ["Huw Bevan"])

P("Zoe Campbell", """Need help with a funny date in a letter from the neurology clinic: it says the patient was seen "[[date:3/11]]" and the scan is booked for "[[date:11/3]]". American format? UK? Patient is [[name:Gordon Telfer]], CHI [[personal_id:<<chi:090648:space>>]]. His wife [[name:Isobel]] is confused too. I've emailed the clinic secretary. Is there a standard I can point them to? /Zoe""")
