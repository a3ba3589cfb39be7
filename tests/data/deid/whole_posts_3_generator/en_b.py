from lib import pnr, nhs, chi
LANG = 'en'
P = [
("Grace Adeyemi", ["Tunde Bakare", "Ikenna Eze", "Zainab Osei"], f"""Hi team,

Would appreciate a sense-check on a child I saw this morning.

**[[n:Tobi]] [[n:Balogun]]**, 3 years, NHS no. [[p:{nhs('space')}]]. Brought in by dad with 4 days of fever up to 39.8, irritable, not eating. Today mum noticed red lips and a rash on his trunk.

**Exam**
- Temp 39.4, HR 152, CRT < 2 s
- Bilateral non-purulent conjunctivitis
- Cracked red lips, strawberry tongue
- Polymorphous rash on trunk
- Swollen hands, one cervical node ~2 cm

That's 5 of 5 criteria plus fever ≥ 5 days by tomorrow. Kawasaki obviously on the list. I've phoned the paeds reg who accepted him to the assessment unit.

My question is more about what to tell the parents. Dad kept asking "is it serious?" and I said it could affect the heart but that treatment works well. Was that too much? He looked terrified.

Grace"""),

("Tunde Bakare", ["Grace Adeyemi"], """Grace, honest is right with [[n:Tobi]]'s dad. Parents usually cope better with truth + a plan. Well spotted!"""),

("Ikenna Eze", ["Grace Adeyemi", "Tunde Bakare"], """agree w grace's approach. hope the wee one does ok""", True),

("Wei Zhang", ["Mei Lin", "Anil Mehta", "Charlotte Reid"], """Hi all,

Mei and I are putting together a short audit for QOF on **hypertension in the under-80s** and wanted to share the template before we start.

| Criterion | Standard |
|---|---|
| BP recorded in last 12 months | 95% |
| Clinic BP ≤ 140/90 (or home ≤ 135/85) | 70% |
| Annual U&E | 90% |
| On statin if QRISK ≥ 10% | 80% |

We'll pull the search from EMIS in week 2 of January and present at the February clinical meeting.

A couple of questions:
1. Do we exclude people with white-coat HTN on ABPM?
2. Anyone have a good template for home BP readings that patients actually use?

The NICE NG136 algorithm is attached to the shared drive. Charlotte kindly offered to do the pharmacy side.

Wei"""),

("Charlotte Reid", ["Wei Zhang"], """Yes exclude WCH if documented on ABPM. British Hypertension Society has a decent home BP diary. Charlotte"""),

("Anil Mehta", ["Rajesh Gupta", "Priya Nair", "Ahmed Hussain"], f"""Hi all,

Had an awkward one on the phone. A man rang to ask for his father's test results. Father is Mr [[n:Ramesh]] [[n:Patel]], DOB [[d:03/09/1936]], who has dementia and lives with his son at [[a:42 Belgrave Road]], [[a:Leicester LE4 6AR]]. The son has LPA for property and finance but I can't see one for health and welfare on the record.

The son got quite cross and said "I'm his carer, of course I should know". He gave me his number, [[ph:0116 496 0782]], and asked me to ring when I'd "sorted it out".

Best interests, I know, but what do you actually say on the phone in that situation? And do you check the OPG register?

Anil"""),

("Ahmed Hussain", ["Anil Mehta"], """Anil, you can share info in best interests if Mr [[n:Patel]] lacks capacity for that decision – doesn't need LPA. Check OPG anyway. Document it well."""),

("Callum Stewart", ["Fiona MacLeod", "Eilidh Fraser", "Hamish Campbell"], f"""hi all, anyone know a patient called [[n:Alistair]] [[n:Munro]], CHI [[p:{chi('110536')}]]? 86... no wait, hes [[o:90]] now. came in as temp resident, says hes registered with one of you in Inverness. trying to get his meds list. cheers, cal"""),

("Eilidh Fraser", ["Callum Stewart"], """ours! emailing [[n:alistair]]'s meds over now cal"""),

("Margaret O'Neill", ["Siobhan Kelly", "Niamh Byrne", "Liam Doyle"], f"""Hello all,

An update on the lady I brought to the teller/listener group in the autumn.

Mrs [[n:Rose]] [[n:Doherty]], aged [[o:96]], whose daughter was worried about her memory. You might remember I'd been reluctant to refer to the memory clinic because she was adamant she didn't want to go, and she seemed to be coping well at home.

She was admitted [[d:on 12th March]] with a UTI and delirium, and the ward did a cognitive assessment. They're suggesting mixed dementia and have started her on donepezil. The daughter, [[n:Eileen]], has phoned me twice asking why I "didn't do anything".

Reflecting on it:
- I think I was right to respect her wishes at the time
- But I could have documented the capacity assessment better
- And I could have offered more to [[n:Eileen]] as the carer

Not sure there's a question here really. Just wanted to close the loop.

Margaret"""),

("Niamh Byrne", ["Margaret O'Neill"], """Margaret you did the right thing. Respecting a competent refusal is good medicine. Hindsight is easy. x"""),

("Robert Hale", ["Matthew Holloway", "Joanna Price", "Benjamin Shaw"], """Hi all,

A question about **sick notes for long COVID**. I've got a number of patients who've been off work for months and employers are starting to push back.

What's everyone's approach?
- Do you issue fit notes indefinitely while waiting for the long COVID clinic?
- Are you using "may be fit for work" with amended duties more?
- Anyone had success with Access to Work?

The NICE rapid guideline (NG188) is a bit thin on work advice. The Society of Occupational Medicine has something but I haven't read it properly.

Rob"""),

("Joanna Price", ["Robert Hale"], """rob we do "may be fit" with phased return wherever possible. access to work has been v helpful for a couple. Jo"""),

("Matthew Holloway", ["Robert Hale", "Sophie Turner", "Lucy Palmer"], f"""Hi all,

Need advice on a 19-year-old student with suspected eating disorder.

**[[n:Lily]] [[n:Harrington]]** (student, temporarily registered, home address [[a:Flat 3, 18 Marlborough Road, Bristol BS6 5EW]]). Came in with her flatmate who was worried. BMI 15.8, lost 9 kg since the start of term. HR 44, BP 88/56, postural drop 20 systolic. Temp 35.6. Bloods: K 3.1, phos 0.7.

She doesn't think she's ill. Parents live in Cornwall and she hasn't told them.

I've used the MEED guidance (formerly MARSIPAN) and she's high risk on several parameters. I've called the on-call medics who will see her today.

- Have people had success getting CAMHS-to-adult transition for 18-19s?
- How do you handle it when a young adult doesn't want parents told?

Matt"""),

("Lucy Palmer", ["Matthew Holloway"], """Matt MEED is the right call. If she has capacity she decides about the parents, but encourage it. poor girl"""),

("Benjamin Shaw", ["Robert Hale", "David Cohen", "Hannah Goldberg"], f"""Hi all, quick one.

Got a call from a pharmacist about a patient whose prescription was collected by someone else. Patient number [[r:PT-00981234]], methadone 60 mg daily, daily supervised consumption until last month when the drug service moved her to twice-weekly pick-up.

The pharmacist says the collector was her partner, who had a signed note, and she's now saying she never got it and is already withdrawing. The partner is also known to the service.

Anyone had this? Do we re-issue? I'm conscious of diversion risk but also of her going out and buying on the street tonight.

Ben"""),

("David Cohen", ["Benjamin Shaw"], """Ben don't re-issue controlled drugs without talking to the CDAO. and call the drug service key worker"""),

("Hannah Goldberg", ["David Cohen", "Samira Yusuf", "Farah Abdi"], """Shalom all,

Sharing a reflection from my ST3 tutorial today, teller/listener style.

**Teller**: Hannah. **Listener**: David.

I told the story of a home visit to a man dying of pancreatic cancer. His wife asked me, at the front door as I was leaving, "how long?" I said "days to weeks" and she burst into tears. I stood there feeling like I'd done something wrong.

David asked whether she had wanted an answer or wanted permission to be sad. I don't know. Probably both.

He asked what I'd do differently. I think I'd come back inside, sit down with her, and ask what she'd noticed herself.

Reflections:
- Samira said doorstep questions are often the real ones, and it's worth taking our coat off again.
- Farah talked about the phrase "I wish I had better news" – which she finds helps her as much as the family.

Nobody had a solution, which is fine. It helped to say it out loud.

Hannah"""),

("Samira Yusuf", ["Hannah Goldberg"], """thanks hannah. "take your coat off again" – I'll remember that"""),

("Zainab Osei", ["Kwabena Asante", "Chinwe Okafor", "Tunde Bakare"], f"""Hi all,

Referral question – sickle cell.

Young man, [[n:Kofi]] [[n:Mensah-Boateng]], 27, HbSS, registered with us since [[d:12 June]]. He moved down from Manchester and has had three painful crises in two months. He says his previous haematology team used to give him a "crisis plan" but he doesn't have a copy.

His hospital number at Manchester Royal Infirmary was [[r:M4421987]] and he has a new MRN here, [[r:MRN 30271155]].

I've written to both haematology teams, but in the meantime:
- Would you prescribe oral morphine for home use?
- Is there any way to speed up a new haematology referral?
- Hydroxycarbamide – he stopped it last year, any role in us restarting?

He's been treated badly in A&E before and was labelled "drug seeking", which makes me furious.

Zainab"""),

("Kwabena Asante", ["Zainab Osei"], """Zainab, ask for an urgent haem review and get the ED care plan uploaded asap. The Sickle Cell Society has a template. Dont restart hydroxy without haem."""),

("Sophie Turner", ["Emma Clarke", "Thomas Wright", "Lucy Palmer"], f"""ems can u check the referral for [[n:grace]] [[n:whitlock]] went? dob [[d:22.11.88]]. she rang asking, i'm on leave. ta x"""),

("Emma Clarke", ["Sophie Turner"], """gone yesterday soph, sent her a text"""),

("Georgios Nikolaidis", ["Elena Christodoulou", "Katarzyna Kowalska", "Piotr Zielinski"], """Yia sou / hi all,

Question about **gout in primary care**. Not a case, more of a practice question.

We've been reviewing our gout patients and found that most aren't on urate-lowering therapy despite recurrent attacks. The BSR guideline (2017) and NICE NG219 (2022) both recommend offering ULT after the first attack in most people and treating to target urate < 360.

Our plan:
- Nurse-led titration clinic
- Allopurinol starting 100 mg, up by 100 mg every 4 weeks
- Colchicine cover for the first 6 months
- Urate check monthly until target

Has anyone done this? What were the sticking points? Our nurses are keen but worried about CKD patients.

Georgios"""),

("Elena Christodoulou", ["Georgios Nikolaidis"], """We did it last year, worked really well. Slower titration in CKD (50 mg steps). Happy to share our protocol. Elena"""),
]
