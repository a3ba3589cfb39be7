from lib import pnr, nhs, chi
LANG = 'en'
P = [
("Lucy Palmer", ["James Whitfield", "Emma Clarke", "Benjamin Shaw"], f"""Hi all,

I'd like advice about a chap with a chronic cough.

My patient [[n:James]] (not our James! 😄), 52, a bus driver, has had a dry cough for 4 months. Non-smoker. No weight loss, no haemoptysis, no night sweats. CXR normal, spirometry normal, FeNO 18.

He's on ramipril 10 mg, which he started about 6 months ago.

I'm fairly sure it's the ACE inhibitor. I've switched him to candesartan. But he's also got reflux symptoms and a postnasal drip, so there might be more than one cause.

- How long do you wait after stopping the ACEi before deciding it wasn't that? I've read up to 3 months.
- Would you trial a PPI at the same time, or one thing at a time?

It's affecting his work, he says passengers move away from him on the bus.

Lucy"""),

("James Whitfield", ["Lucy Palmer"], """ha, thanks Lucy. one thing at a time, otherwise you never know. ACEi cough can take 4-12 weeks to settle. J"""),

("Samira Yusuf", ["Farah Abdi", "Ahmed Hussain", "Hannah Goldberg"], f"""Hi everyone,

Looking for advice on an FGM disclosure.

A woman, [[n:Hodan]] [[n:Abdullahi]], 31, came in for contraception. During the examination I noted type III FGM. She confirmed it was done in Somalia when she was 6. She has a daughter, [[n:Fatima]], aged 4, and mentioned they are planning a trip "back home" for the summer holidays.

I know I need to record FGM in the notes (mandatory for adult? no – mandatory reporting to police is only for under-18s where the act is disclosed or observed). But I'm worried about the daughter.

Details for the record: NHS no [[p:{nhs('dash')}]], address [[a:Flat 12, Harrow Court, London NW10 4RT]].

- Is this a safeguarding referral for the daughter?
- How do I approach the conversation without breaking trust?

Farah, you've done a lot of work with the Somali community – any advice?

Samira"""),

("Farah Abdi", ["Samira Yusuf"], f"""Samira, yes refer for [[n:Fatima]] – the trip is a risk factor. Be open with mum, many women don't want it for their daughters and welcome the support. FGM clinic at St Mary's is great too."""),

("Benjamin Shaw", ["Robert Hale", "Matthew Holloway"], """anyone know if the minor ops list is still running in jan? need to book a couple of lipomas. cheers ben"""),

("Robert Hale", ["Benjamin Shaw"], """yes ben, every other weds from jan 8. book via the admin inbox"""),

("Elena Christodoulou", ["Georgios Nikolaidis", "Niamh Byrne", "Siobhan Kelly"], f"""Hi all,

A tricky one about a patient's relative who keeps turning up.

[[n:Eleni]] [[n:Papadakis]], 82, has advanced Parkinson's and lives with her son [[n:Nikos]]. [[n:Nikos]] comes in most weeks without her, asking for more medication or a new referral. Last week he wanted a letter to get his mum moved up the council housing list. He gave us his email, [[e:nikos.papadakis@yahoo.co.uk]], and asked me to "send everything there".

[[n:Eleni]] herself has mild dementia but can still express her wishes when I see her at home. She's told me she trusts [[n:Nikos]], but I've noticed she seems scared when he speaks sharply.

I don't want to overreact – caring for someone with Parkinson's is exhausting and he may just be burnt out. But I'm uneasy.

- Do I share information with him by email?
- Should I raise a safeguarding concern, or is this a carer's assessment first?

Elena"""),

("Niamh Byrne", ["Elena Christodoulou"], """Elena, carer's assessment first, but see [[n:Eleni]] alone on the next visit and ask directly. no email of clinical info without her consent."""),

("Wei Zhang", ["Mei Lin", "Ahmed Hussain", "Charlotte Reid"], f"""Hi all,

Case from today that I'm still thinking about.

**[[n:Li]] [[n:Jun]]**, 45, Chinese-speaking, interpreter via phone. 6 weeks of upper abdominal pain, early satiety, lost 5 kg. Drinks green tea, no alcohol. Family history: father died of stomach cancer at 60.

Exam: epigastric tenderness, no mass.

Bloods: Hb 104, ferritin 8, LFTs normal.

He'd been to a Chinese medicine practitioner first and was given herbal remedies.

I've done a 2WW upper GI referral. Also asked for H. pylori stool antigen.

The reason I'm posting: the interpreter kept softening what I said. When I said "I'm worried this could be cancer", she translated it as "the doctor wants more tests". I only realised because his daughter, [[n:Xiaoling]], who speaks English, corrected her.

How do you deal with interpreters who don't translate exactly? Do you feed back to the service?

Wei"""),

("Mei Lin", ["Wei Zhang"], """Wei yes always feed back. and brief the interpreter first: "please translate exactly, including bad news". it helps."""),

("Hamish Campbell", ["Fiona MacLeod", "Callum Stewart", "Eilidh Fraser"], f"""Hi all,

A wee query about a gentleman I've inherited from a retiring colleague.

Mr [[n:Donald]] [[n:Mackay]], CHI [[p:{chi('250638', 'space')}]], 88, lives on Skye. Long history of COPD and heart failure. He's on 17 different medicines, including three inhalers that do the same thing.

He phoned NHS 24 four times last month. He told me he doesn't want to go to Raigmore again, "I'd rather die in my own bed".

I'd like to do a proper ACP/KIS and medication review, but he lives 40 minutes away and the district nurses are stretched. Anyone use video consults with older rural patients? Does it work?

His phone number for the DNs is [[ph:01478 61 23 09]] if anyone covering next week needs it.

Hamish"""),

("Callum Stewart", ["Hamish Campbell"], """hamish we do near me video with the DN in the house holding the tablet. works brilliantly. cal"""),

("Tunde Bakare", ["Kwabena Asante", "Zainab Osei", "Chinwe Okafor"], """Hi all,

A practical question about **blood pressure measurement in Black patients**.

NICE NG136 recommends a CCB as first-line for people of Black African or African-Caribbean family origin. But we've had several patients recently who've had ankle swelling with amlodipine and stopped taking it.

Options we discussed at our practice:
- Lower dose (5 mg) and check again
- Switching to lercanidipine (less oedema)
- ARB + thiazide-like diuretic as an alternative

Also, there's a debate about whether ethnicity-based prescribing is even appropriate. The BHS updated their position in 2023.

What do people do?

Tunde"""),

("Chinwe Okafor", ["Tunde Bakare"], """Tunde, lercanidipine works well for us. And yes, I think we should ask the patient, not assume from ethnicity."""),

("Sophie Turner", ["Lucy Palmer", "Emma Clarke"], f"""lucy, mr [[n:smith]] from this morning rang back. hes at [[a:4 Mill Lane]], [[a:SW1A 2AA]]?? think he gave the wrong postcode lol. can u ring him [[ph:07911 12 34 56]]? x"""),

("Lucy Palmer", ["Sophie Turner"], f"""ha, thats downing st. will ring mr [[n:smith]] now"""),

("David Cohen", ["Hannah Goldberg", "Anil Mehta", "Rajesh Gupta"], f"""Hi all,

Sharing an incident for learning.

A patient, [[n:Miriam]] [[n:Levy]], 58, came for her annual diabetic review. Nurse noted her foot had a new ulcer. It turned out she had been seen in the podiatry clinic [[d:on 3rd November]] but the referral back to us never arrived.

The podiatry record number is [[r:POD/22/77103]] if anyone wants to check the local system.

Learning:
- Our inbound referral tracking is poor
- The diabetic foot pathway needs a named owner

Has anyone got a good tracking system? We use a spreadsheet and it's chaotic.

David"""),

("Anil Mehta", ["David Cohen"], """David we use the EMIS task list with a weekly review by an admin. Not perfect but better than a spreadsheet."""),

("Nadia Iqbal", ["Aisha Begum", "Mohammed Rahman", "Omar Haddad"], """Assalamu alaikum all,

Thought I'd share our practice's approach to **Ramadan** this year as it's coming up.

- Pre-Ramadan clinics for diabetes and hypertension
- Leaflets in Urdu, Bengali and Arabic
- Pharmacist review of dosing schedules
- Advice on when to break the fast (hypo < 3.9, or > 16.7, or feeling unwell)
- Clinic times adjusted for people who want appointments after iftar

We also remind colleagues that blood tests and injections (non-nutritive) don't break the fast for most scholars, but patients may have different views.

Any other ideas? The South Asian Health Foundation has a good resource.

Nadia"""),

("Omar Haddad", ["Nadia Iqbal"], """Great list Nadia. We also do a sick day rules card in different languages."""),

("Margaret O'Neill", ["Siobhan Kelly", "Liam Doyle"], f"""Siobhan, quick update – the lady from your teller session, Mrs [[n:O'Reilly]]... sorry, shouldn't have put the name. Anyway she came in again and engaged with the IRIS advocate. Positive. M"""),

("Siobhan Kelly", ["Margaret O'Neill"], """Thank you Margaret, that's such good news. I'll pop the notes in the safeguarding file."""),

("Rajesh Gupta", ["Priya Nair", "Anil Mehta", "Nadia Iqbal"], f"""Hi team,

An unusual one about a patient who's asked for a copy of his notes, then asked us to delete some of them.

Mr [[n:Gurpreet]] [[n:Singh]], 40, patient no. [[r:77310]]. He's applying for a pilot's licence and wants his history of depression (2015, treated with sertraline for 9 months, fully recovered) removed because he's worried the CAA will reject him.

I've explained we can't delete accurate clinical information, but he can add a statement. He's now threatening to complain to the ICO.

- Is there anything I can do to help him?
- Do you know what the CAA actually asks?

He's a lovely man and I understand why he's scared.

Raj"""),

("Priya Nair", ["Rajesh Gupta"], """Raj, CAA looks at current fitness, not history per se. A supporting letter saying he's been well for 10 years is probably the best help for [[n:Gurpreet]]. Priya"""),

("Ahmed Hussain", ["Mohammed Rahman", "Omar Haddad", "Yasmin Farouk"], f"""Hi all,

Question on hypercalcaemia in the elderly.

A patient, [[n:Ethel]] [[n:Marsden]], aged [[o:99]], lives in a care home in Harrogate. Routine bloods showed corrected calcium 2.95, PTH 9.8 (raised), eGFR 45. She's asymptomatic apart from some constipation.

She's got moderate dementia, no capacity for treatment decisions. Her son [[n:Graham]] is her LPA for health.

Primary hyperparathyroidism, clearly. Parathyroidectomy isn't sensible.

- Would you start cinacalcet?
- Or just push fluids and monitor?
- How often do you recheck?

Ahmed"""),

("Yasmin Farouk", ["Ahmed Hussain"], f"""Ahmed I'd just monitor with fluids. Cinacalcet has GI side effects and [[n:Ethel]]'s constipation is already an issue. Recheck every 3-6 months."""),
]
P += [
("Joanna Price", ["Dafydd Evans", "Rhiannon Jones", "Robert Hale"], f"""Hi all,

Bit of a saga with a lost sample and I wonder how others would handle the conversation.

[[n:Bethan]] [[n:Morgan]], 34, had a cervical biopsy at colposcopy on [[d:21/10/2025]]. Lab reference [[r:CY25-0093317]]. Six weeks later, no result. The lab now says the sample was never received and the hospital says it was sent.

She's understandably very anxious – her smear was high-grade. She's asked for the results to be texted to her on [[ph:07700 900 552]] as soon as we have them, and for all letters to go to her mum's address, [[a:3 Heol y Parc, Cardiff CF14 2EE]], because she's moving.

The colposcopy team have offered to repeat the biopsy next week. She is furious, and I get it.

- Who should lead the apology – us, or the hospital?
- Should this go through as a patient safety incident from our side too?

Jo"""),
("Dafydd Evans", ["Joanna Price"], """jo, hospital should lead as it's their sample chain but we can log it too. and call [[n:bethan]] yourself, she'll appreciate it. D"""),
]
