from lib import pnr, nhs, chi
LANG = 'en'
P = [
("Alexandra Hughes", ["Oliver Bennett", "Emma Clarke", "Nadia Iqbal"], f"""Hi all,

Bit of a puzzle with a rash.

**Patient:** Mrs [[n:Iris]] [[n:Fairbanks]], 67, NHS [[p:{nhs('bare')}]]. Retired teacher, started on lansoprazole 8 weeks ago for reflux.

**History:** 3 weeks of an annular, scaly rash on her upper back and arms, worse after gardening in the sun. Mild joint aches. No fever.

**Exam:**
- Annular erythematous plaques with central clearing on sun-exposed areas
- No mucosal involvement
- No synovitis

**Bloods:**
| Test | Result |
|---|---|
| ANA | positive 1:640 |
| Anti-Ro | positive |
| dsDNA | negative |
| FBC | normal |
| ESR | 34 |

My working diagnosis is drug-induced subacute cutaneous lupus from the PPI. I've stopped the lansoprazole and started a potent topical steroid. Do people refer these to derm routinely or manage in primary care if it settles?

Also – I initially wondered about a rose rash? (pityriasis rosea) but the distribution and ANA don't fit.

Sandy"""),

("Nadia Iqbal", ["Alexandra Hughes"], f"""Sandy I'd still refer – anti-Ro positive means Mrs [[n:F]] needs derm +/- rheum, and eye check if she ever goes on HCQ. Good catch though"""),

("Oliver Bennett", ["Alexandra Hughes", "James Whitfield", "Thomas Wright"], f"""Morning all,

Help needed with an unusual phone call.

I had a voicemail from someone saying they were the niece of one of our patients, asking for a copy of his records "for the inheritance". The patient, Mr [[n:Frank]] [[n:Osborne]], died last month aged [[o:97]]. Niece left her number: [[ph:+44 (0)20 7946 0321]], and email [[e:t.osborne77 at gmail dot com]].

I know the Access to Health Records Act 1990 covers deceased patients and only applies to the personal representative or someone with a claim arising from the death. I don't know if she's the executor.

What do you actually ask for? Grant of probate? And who in the practice usually handles it – us or the practice manager?

Ollie"""),

("Thomas Wright", ["Oliver Bennett"], """Ollie, practice manager should handle it. Ask for proof she's the personal representative (probate or letters of administration). Tom"""),

("Aisha Begum", ["Priya Nair", "Mohammed Rahman", "Yasmin Farouk"], f"""Hi everyone,

I'd like to share a difficult consultation with a young mum.

[[n:Shabnam]], 29, came with her 8-month-old, [[n:Ayaan]], who has had a cough for 10 days. Examined the baby – well, chest clear, feeding OK. But when I asked about her, she started crying. She's not slept properly since the birth, her husband works nights and her mother-in-law lives with them.

PHQ-9: 19. No thoughts of harming herself or the baby, she said, but she "sometimes wishes she could disappear".

I've:
- Referred to the perinatal mental health team
- Started sertraline 50 mg (compatible with breastfeeding)
- Arranged a follow-up call on [[d:Friday 19th]]
- Given her the Samaritans number (116 123) and NHS 111 option 2

She asked me not to tell her husband's family. Her own family is in Pakistan.

How do others support mums in multigenerational households where privacy is hard? And how do you phrase the safety-netting so it doesn't sound like you think she's a risk to the baby?

Aisha"""),

("Yasmin Farouk", ["Aisha Begum"], """Aisha, I ask "what would you want your sister to do if she felt like this?" it often opens things up. Perinatal team are great. x"""),

("Mohammed Rahman", ["Aisha Begum", "Priya Nair"], f"""aisha did [[n:shabnam]] get the call on friday? ive got her baby booked for imms next week with me, can check in"""),

("Fiona MacLeod", ["Hamish Campbell", "Callum Stewart", "Eilidh Fraser"], """Hi all,

Hamish and I have been asked to review how we use **NHS 24 callbacks** overnight. The GP OOH service is getting a lot of repeat callers.

Some numbers from the last quarter:
- 18% of calls are from the same 40 patients
- Most common reasons: pain, anxiety, repeat prescription requests
- Average callback time 2 h 10 min

Ideas so far:
1. Anticipatory care plans (KIS) for frequent callers
2. Better weekend pharmacy cover
3. A "named GP" letter for the most frequent

Anyone in another health board done something similar? Eilidh, I think Highland had a project in 2023?

Fiona"""),

("Eilidh Fraser", ["Fiona MacLeod"], """Yes! Highland did KIS for top 50 callers, cut calls by about a third. I'll dig out the report. E"""),

("Rhiannon Jones", ["Dafydd Evans", "Joanna Price", "Margaret O'Neill"], f"""Shwmae all,

Wondering what people think about this.

I saw a lovely older gentleman, [[n:Emrys]] [[n:Pritchard]], [[o:ninety-one]], from [[a:Ty Newydd, Llanberis, Gwynedd LL55 4SU]]. He came in with his neighbour because his wife [[n:Gwen]] died in October... sorry, on [[d:4 October]]... and he's stopped eating. He says he's fine, "just not hungry".

Weight down 6 kg, albumin 31, no red flags on exam. PHQ-9 not really appropriate for him – he found the questions silly. He's fully oriented and very clear he doesn't want any tablets.

Is this grief or depression? Both? I've arranged for the community connector and a weekly check-in from our HCA. Anything else?

Rhi"""),

("Dafydd Evans", ["Rhiannon Jones"], f"""Rhi, sounds like grief to me. meals on wheels + the Cruse group in Caernarfon? [[n:Emrys]] might like the men's shed too"""),

("Piotr Zielinski", ["Katarzyna Kowalska", "Benjamin Shaw", "Liam Doyle"], f"""Hi all, a quick safeguarding question.

Adult patient, [[n:Tomasz]] [[n:K.]], 38, alcohol dependent, lives in a flat at [[a:9 Cranbrook House, Nottingham NG3 1BZ]]. Neighbours have called the surgery twice saying they hear him falling. He's declined the alcohol service and says he's "managing".

He does have capacity, I think. But he's also got a 7-year-old who stays every other weekend.

Do I need to make a children's safeguarding referral even if the child isn't living there? Or an adult one?

Piotr"""),

("Liam Doyle", ["Piotr Zielinski"], """Piotr – yes, think child first. Discuss with your safeguarding lead today. Adult referral too if you're worried about self-neglect."""),

("Hamish Campbell", ["Fiona MacLeod", "Callum Stewart"], f"""fiona, ur patient from yesterday rang, mrs [[n:sinclair]]. colpo booked for [[d:27th]]. she was v relieved. h"""),

("Ikenna Eze", ["Chinwe Okafor", "Grace Adeyemi", "Zainab Osei"], """Hello all,

Sharing the slides from Tuesday's **menopause update** (they're in the Teams folder).

Key points:
- HRT is appropriate for most women under 60 with symptoms
- Transdermal oestrogen if VTE risk or BMI > 30
- Micronised progesterone has a better breast and VTE profile
- Testosterone can be considered for low libido after HRT optimised (off-licence)
- NICE NG23 update expected 2025

Also discussed: many of our Black and South Asian patients present later with menopausal symptoms and are less likely to be offered HRT. We agreed to look at our data.

Zainab asked about women observing Ramadan – it's worth knowing that transdermal preparations don't break the fast.

Ikenna"""),

("Zainab Osei", ["Ikenna Eze"], """Brilliant, thanks Ikenna. Slides were great."""),

("Charlotte Reid", ["Wei Zhang", "Mei Lin", "Sophie Turner"], f"""Hi all,

A medication error that I want to learn from.

Patient: [[n:Dorothy]] [[n:Ambrose]], who is [[o:97]]... well, she'll be [[o:98]] next month. Lives in a care home. Hospital number [[r:H0573319]]. Discharged after a chest infection with "warfarin 5 mg daily" on the TTO. Previously she was on 1 mg daily with INR 2.0–2.5.

The care home gave 5 mg for 4 days before their weekly INR check, which came back at 9.8. No bleeding, thank goodness. We gave vitamin K and held the warfarin.

Our part: we got the discharge letter on day 1 but it sat in the docman tray until day 3 because of staff sickness.

Learning points:
- Anticoagulant changes on discharge should be flagged to the pharmacist same day
- Care homes should ring us if a dose changes dramatically

We've done a SEA. Anything else people would add?

Charlotte"""),

("Mei Lin", ["Charlotte Reid"], """Charlotte we now have the pharmacist do all discharge letters with anticoags first thing every morning. Helped a lot."""),

("Sarah Thompson", ["James Whitfield", "Oliver Bennett", "Joanna Price"], f"""Hi all,

Follow-up on Mr [[n:Jenkins]] (James's case from a few weeks back – James asked me to post as he's on leave).

We stopped the bendroflumethiazide and tamsulosin and reduced ramipril. He's had no further falls since [[d:10 December]] and his postural drop is now 8 mmHg. His daughter is delighted.

Lesson for me: the frail elderly are where deprescribing makes the biggest difference. We also got the community pharmacist to put him on a weekly blister pack, and the falls team have been out to look at his flat – they've moved a rug and put a rail by the bath.

The cardiologist replied to our letter and was actually very reasonable about relaxing the BP target.

Sarah"""),

("Joanna Price", ["Sarah Thompson"], """great outcome. thanks for closing the loop sarah"""),

("Omar Haddad", ["Mohammed Rahman", "Ahmed Hussain", "Yasmin Farouk"], f"""Salam all,

Weird one. Had a letter from a private clinic about a patient of ours with a mammogram result – but the letter's addressed with the wrong first name and the sample number [[r:BX-2025-117804]] doesn't match anything in our system.

Patient is [[n:Layla]] [[n:Haddad]] (no relation, it's a common name!), DOB [[d:1 January 1979]], address [[a:66 Woodhouse Lane]]. Clinic called her "Leila". Result says "indeterminate, recall advised".

I've rung the clinic and they're checking. Should I call her now or wait for them to confirm it's hers? I don't want to worry her unnecessarily, but I don't want her to miss a recall either.

Omar"""),

("Ahmed Hussain", ["Omar Haddad"], """Omar, I'd wait a day for the clinic to confirm but set a task to call [[n:Layla]] tomorrow regardless."""),

("Kwabena Asante", ["Tunde Bakare", "Ikenna Eze", "Grace Adeyemi"], """**Teller/listener – session 4**

Teller: Kwabena. Listener: Tunde.

I talked about a lad I'd seen with a sprained ankle who I later found out had been stabbed a few weeks before (he didn't mention it). I'd been brisk because he seemed cocky. Later his youth worker called me and I realised he'd been frightened, not cocky.

Tunde asked what I'd noticed but dismissed. I said his hoodie was up the whole time and he sat near the door. Classic hypervigilance, in hindsight.

Tunde asked why I dismissed it. I said I'd been stereotyping, if I'm honest. That was hard to say.

Reflections:
- Ikenna said we all do it and the point is noticing
- Grace suggested we do a short training on trauma-informed care
- Someone said "grace" is what we need to give ourselves – nice pun, Ikenna

Thanks all. Good group.

Kwabena"""),

("Tunde Bakare", ["Kwabena Asante"], """thanks kwabena, that took courage. let's get the trauma training booked for spring"""),
]
