from lib import pnr, nhs, chi
LANG = 'en'
P = [
("James Whitfield", ["Sarah Thompson", "Priya Nair", "Oliver Bennett"], f"""Hi all,

Would value some thoughts on a gentleman I saw on Tuesday.

**Background**
Mr [[n:Harold]] [[n:Jenkins]], [[o:ninety-four]], lives alone in sheltered housing. AF on apixaban, CKD 3b, mild cognitive impairment. Daughter visits twice a week.

**Presentation**
Two falls in a fortnight, no head injury. Says he "just went dizzy". Carer found him on the floor on the [[d:2nd of December]] and he'd been there maybe an hour.

**Exam**
- Lying BP 146/80, standing 112/64 with symptoms
- HR 78 irregular
- No focal neuro signs, no new bruising

**Meds**: amlodipine 10, ramipril 5, bendroflumethiazide 2.5, apixaban 2.5 BD, tamsulosin 400.

I'm inclined to stop the bendroflumethiazide and tamsulosin and reduce the ramipril. The cardiology letter from last year wanted BP under 140 though. How do you weigh that in someone this frail?

Sarah – you did the frailty module last year, any pearls?

Best,
James"""),

("Sarah Thompson", ["James Whitfield"], """agree with james's plan, falls trump a cardiology target at that age. id stop the tamsulosin first tbh"""),

("Priya Nair", ["Rajesh Gupta", "Aisha Begum", "Chinwe Okafor"], f"""Morning all,

Quick admin nightmare. Had a discharge summary today with the wrong NHS number on it – summary says [[p:{nhs()}]] but the patient I've got registered is [[p:{nhs()}]]. Name and DOB match ([[n:Aisha]] [[n:Khatun]], DOB [[d:14/07/1961]]) so I'm fairly sure it's her, but the meds list includes insulin and she's never been diabetic.

Has anyone had to sort this with the trust? Who do you contact – PALS, the ward, or IG?

Priya"""),

("Aisha Begum", ["Priya Nair"], """Priya – email the ward and copy in the trust's IG lead. Don't action the meds until it's confirmed. Happened to us twice this year."""),

("Oliver Bennett", ["Alexandra Hughes", "Mohammed Rahman", "Emma Clarke"], """Hi everyone,

Following on from our last meeting, here's the summary of what we agreed on **two-week-wait referrals for suspected lung cancer**.

- Chest X-ray first for most over-40s with persistent cough > 3 weeks (NICE NG12)
- Direct 2WW if CXR suggests cancer, or unexplained haemoptysis in over-40s
- Smokers aged 40 and over: lower threshold
- Safety-net: repeat CXR or CT if symptoms persist despite a normal film

Alexandra raised a good point about people who've had a normal CXR in the past 6 months – we agreed to refer on clinical grounds regardless.

Next meeting is Thursday 14th, 1pm, in the seminar room. Mohammed is bringing a case on haematuria.

Cheers,
Ollie"""),

("Alexandra Hughes", ["Oliver Bennett"], """Thanks Ollie, really useful. Can we add something on the new FIT pathway next time? Sandy"""),

("Chinwe Okafor", ["Tunde Bakare", "Grace Adeyemi", "Kwabena Asante"], f"""Hello all,

I'd like some input on a young woman I saw in urgent care.

**[[n:Hope]] [[n:Adeyemi]]**, 23, presented with a 3-day history of right iliac fossa pain, nausea and low-grade fever. LMP 6 weeks ago, irregular cycles. Urine hCG positive.

Obs: HR 104, BP 102/64, temp 37.8. Tender RIF with guarding, cervical excitement on bimanual.

I sent her straight to EPAU with suspected ectopic and she had a laparoscopy that evening. It was an ectopic, and they removed the tube.

What I'm reflecting on is that she'd been seen at the walk-in centre two days earlier and sent home with "probable UTI" without a pregnancy test. She's understandably angry.

How do you handle it when a patient asks "should they have picked this up?" I didn't want to criticise colleagues but I also didn't want to be dishonest.

Her mum, [[n:Folake]], is also asking about making a complaint.

Thanks,
Chinwe"""),

("Grace Adeyemi", ["Chinwe Okafor"], """Chinwe, no relation to me before anyone asks 😅 I'd say it honestly: "every woman of childbearing age with abdo pain should have a pregnancy test" – that's a fact, not a criticism. Point them to PALS."""),

("Kwabena Asante", ["Chinwe Okafor", "Tunde Bakare"], """agree. duty of candour applies to us too. hope this helps"""),

("Fiona MacLeod", ["Hamish Campbell", "Eilidh Fraser", "Callum Stewart"], f"""Hi folks,

One for the Scottish contingent. I've had a letter from the health board about a lady with an abnormal smear result and they've addressed it to the wrong practice.

The CHI on the letter is [[p:{chi('030871')}]] which matches our patient, Mrs [[n:Morag]] [[n:Sinclair]] at [[a:14 Brae Road]], [[a:IV2 4QT]]. But the letter says she's registered with a practice in Paisley. She moved up here from Glasgow 3 years ago.

Her result is HPV positive with high-grade dyskaryosis so she needs colposcopy urgently. I've phoned her and she's fine with us referring directly.

Is it quicker to just do the referral ourselves via SCI Gateway, or wait for the screening programme to sort it?

Fiona"""),

("Hamish Campbell", ["Fiona MacLeod"], """Fiona just refer Mrs [[n:Sinclair]] directly via SCI Gateway and let the screening programme know. Dont wait on them. H"""),

("Rajesh Gupta", ["Anil Mehta", "Nadia Iqbal", "Ahmed Hussain"], """Hi all,

A question about **statins in the over-85s** that came up in our practice meeting.

We've got a lot of patients aged 85-95 on atorvastatin 20-80 mg for primary prevention, started years ago. Some are now frail, on lots of tablets, and a few have had muscle aches.

Our pharmacist suggested a deprescribing project. I've found:
- NICE CG181 doesn't really address stopping
- The STREAM trial and a couple of observational studies (Smith et al. 2019, I think)
- STOPPFrail includes statins as a candidate to stop in those with limited life expectancy

How are others approaching this? Do you have a template for the conversation? I'm worried patients will hear "we've given up on you".

Raj"""),

("Nadia Iqbal", ["Rajesh Gupta"], """Raj, we did exactly this last year.

We frame it as "this tablet was for preventing problems 10 years from now, let's focus on what matters to you today". Seems to land well. Most people were relieved rather than upset, and a few said they'd been wanting to stop for ages but didn't like to ask.

Practical bits: we did it at the annual frailty review rather than as a separate letter, the pharmacist led most conversations, and we coded "statin not indicated" so QOF didn't keep flagging them.

Happy to share our template."""),

("Emma Clarke", ["Thomas Wright", "Sophie Turner", "Lucy Palmer"], f"""hi tom, can you ring mrs [[n:j.]] back? she called re her sons inhaler, no answer on [[ph:o7700 900418]] earlier. said shes in after 4. thanks! em"""),

("Thomas Wright", ["Emma Clarke"], """done, she's fine, just needed a new spacer"""),

("Mohammed Rahman", ["Oliver Bennett", "Yasmin Farouk", "Omar Haddad"], f"""Salam / hi all,

As promised, the haematuria case.

**Patient:** [[n:Bill]] [[n:Chapman]], 71, ex-smoker (40 pack-years), retired builder. Visible haematuria once, painless, 10 days ago. No UTI symptoms. MSU negative.

**Background:** T2DM on metformin and gliclazide, HTN, took apixaban for a DVT last year but stopped in [[d:April 2025]].

**Exam:** Unremarkable, no palpable bladder, DRE: smooth moderately enlarged prostate.

**Bloods:** eGFR 58, PSA 3.1, Hb 131.

I referred him on the 2WW suspected urological cancer pathway. The urologist phoned to say he'd rather we'd done a CT urogram first, but our pathway says direct referral for visible haematuria in over-45s.

Am I right? Or are there local variations people know of?

His hospital number is [[r:RX1-4478231]] in case anyone from our trust wants to look.

Mo"""),

("Yasmin Farouk", ["Mohammed Rahman"], """Mo you're right per NG12. Urologists can do the CT themselves. don't let them push it back onto primary care."""),

("Siobhan Kelly", ["Liam Doyle", "Niamh Byrne", "Margaret O'Neill"], """Hi everyone,

**Teller/listener session – notes from Wednesday**

Teller: Siobhan. Listener: Liam.

I talked about a lady who came in for a smear and at the end said, very quietly, "my husband's not a nice man". I had 2 minutes left and three people waiting. I asked if she was safe tonight, she said yes, and I gave her a leaflet. She hasn't been back.

Liam asked what I wished I had said. I said I wished I'd just sat with it for a moment rather than rushing to a leaflet.

He asked what stopped me. Honestly – the clock. And a bit of fear of opening something I couldn't close.

Reflections from the group:
- Niamh said she now books a double appointment with the same clinician whenever this comes up, "to finish the conversation".
- Margaret reminded us that IRIS training covers exactly this and we could get the local advocate in to talk.
- We talked about how "safe tonight?" is a good question but not the only one.

I've flagged the notes so she gets a callback from me. I'll report back.

Siobhan"""),

("Liam Doyle", ["Siobhan Kelly"], """Thanks Siobhan. Brave thing to bring. IRIS refresher sounds good, I'll sort a date."""),

("Dafydd Evans", ["Rhiannon Jones", "Joanna Price", "Benjamin Shaw"], f"""Bore da pawb,

Wanted to share a safeguarding case from last week.

A 15-year-old girl, [[n:Ffion]], came in alone asking for the pill. In the consultation she mentioned her "boyfriend" was 24 and had been picking her up from school. She was clearly Fraser competent but the age gap and her description of him set alarm bells ringing.

I discussed with our safeguarding lead and we made a referral to MASH. The girl knows and seemed relieved, to be honest.

What I'm struggling with is documentation. She asked me not to write anything her mum could see, and her mum has proxy access to her record via the NHS App. We've now removed proxy access but her mum, [[n:Carys]], has already phoned reception asking why.

How do others handle proxy access for teenagers? Do you switch it off automatically at a certain age?

Diolch,
Dafydd"""),

("Rhiannon Jones", ["Dafydd Evans"], """Dafydd, we switch proxy off automatically at 11 and review case by case. Any request from a parent for proxy access for a 13–16-year-old goes to a GP to decide, and we try to speak to the young person first.

For the mum's phone call – reception can just say that access for young people is reviewed at that age as practice policy, which is true, and doesn't give anything away.

Good call on MASH. Hope she's OK."""),

("Katarzyna Kowalska", ["Piotr Zielinski", "Georgios Nikolaidis", "Elena Christodoulou"], f"""Hi all, Cześć!

I've got a patient who needs a letter for the Home Office and I'm not sure how much to include.

Mr [[n:Andrzej]] [[n:Nowicki]], 44, settled status application, lives at [[a:27 Beaconsfield Terrace, Leeds LS8 3DN]]. He has PTSD after an assault in 2022 and it's affecting his ability to work. His solicitor has asked for a report confirming diagnosis and prognosis.

Our practice policy is that we charge for non-NHS work. The solicitor's email address is on the request: [[e:r.whitmore@whitmorelaw.co.uk]]. Fine to reply there?

What do you all include in such letters? Just facts from the record, or an opinion on prognosis? I'm wary of stepping into a medico-legal role.

Kasia"""),

("Piotr Zielinski", ["Katarzyna Kowalska"], """Kasia, facts from the record only unless you've been instructed as an expert. and yes get consent in writing first. Piotr"""),
]
