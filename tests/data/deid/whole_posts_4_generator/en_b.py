from lib import *
E='en'
P(E,"Gareth Evans",f"""Hi all,

Pasting a fragment of a referral I've just done so you can tell me if I'm overreacting:

---
Dear Colleague,
Re: [[name:Gwen]] [[name:Pritchard-Jones]], DOB [[date:21.04.1934]], NHS [[pid:{nhs(600,799,'space')}]]
[[addr:2 Maes yr Ysgol, Penrhyndeudraeth, Gwynedd LL48 6AU]]

Thank you for seeing this [[age:92]]-year-old lady with a 3-week history of jaw claudication, new temporal headache and scalp tenderness. ESR 88, CRP 61. I have started prednisolone 40 mg today.
---

The rheumatology "hot clinic" at Ysbyty Gwynedd says they won't see her until next Thursday. I'm worried about her vision. Would you send her to eye casualty in the meantime if she develops any visual symptoms, or straight to ED?

Gareth""")
P(E,"Rhys Morgan","gareth ED if any visual sx, dont wait. you've done the right thing starting pred. temporal artery US is quicker than biopsy if they have it",["Gareth Evans"])
P(E,"Fiona Campbell",f"""Morning,

Complicated one from Paisley. [[name:Isa]] [[name:McLaughlin]], CHI [[pid:{chi('090327',g='F')}]], who turns [[age:100]] [[date:on the 9th of March]] – the family are planning a big party and want to know if she can safely travel to Oban for it. She's on apixaban, has heart failure, and had a chest infection in November.

**Current status**
- Mobilises with a zimmer, 10 m
- Sats 94% RA
- Weight stable, ankles mildly swollen
- Mood good, very much looking forward to the card from the King!

Realistically she'll be fine with a few precautions. But the daughter keeps ringing for a "letter saying she's fit to travel". Is that a thing? I've never written one for a car journey.

Fiona""")
P(E,"Andrew Fraser","no such thing for a car journey fiona. a quick note on her meds and a copy of the summary care record for the trip is the sensible bit. sounds like a lovely event",["Fiona Campbell"])
P(E,"Imran Shah",f"""Hi team,

A patient came in today asking me to "sign off" a private blood test from one of those online companies. Results attached to his email. The company lists him as:

Customer ref: [[rec:THR-2261-9984]]
Name: [[name:K.L.]] [[name:Ashby]]
Collected: [[date:Tuesday 1st December]]

PSA 5.9, testosterone low-normal, vitamin D 31. He's 58 and asymptomatic. Our practice policy is not to interpret private tests, but PSA 5.9 is not something I want to ignore either.

What are others doing? I've arranged our own PSA and a urine dip.

Imran""")
P(E,"Hannah Lewis","""Imran, same as you – we don't interpret theirs but we repeat anything abnormal. PSA 5.9 at 58 warrants repeat and probably a 2WW after a DRE. Keep the company out of it.""",["Imran Shah"])
P(E,"Sophie Turner","""Reflection from the consultation skills day (listener role).

The teller described a patient with medically unexplained symptoms she's seen 20 times this year. She talked about feeling "useless" and "a fraud". My job was to listen and ask, not advise.

I asked: "When did you last feel useful with her?" She thought for a long time and said: "When I stopped trying to find something and asked about her kids." That opened something up.

The observers talked about how the teller's shoulders dropped when she said that. Ben noticed that she'd stopped using medical words and used the patient's words instead.

I found it really hard not to jump in with "have you tried CBT?" I bit my tongue. It was worth it.

Sophie""",["Ben Carter"])
P(E,"Ben Carter","thanks sophie, that was a good session. nice to see it written down",["Sophie Turner"])
P(E,"Niamh Quinn",f"""patient rang in tears, her dad's in the Ulster, no one will tell her anything. his H&C is [[pid:{hc()}]] if anyone's on the ward liaison rota this week. daughter's name [[name:roisin]] [[phone:028 9032 1144]]. i'm off tomorrow""")
P(E,"Ciaran Doyle","niamh i'm on. leave it with me, will ring her after surgery",["Niamh Quinn"])
P(E,"Lucy Barnes",f"""I'm a bit rattled after this morning. A patient, [[name:Rose]] [[name:Tillotson]], came in for a routine pill check and disclosed that her partner took her phone and car keys so she couldn't leave. I've done the DASH risk assessment (score 16 – high risk). I've referred to MARAC with her consent. She's going to stay with her sister tonight at [[addr:41 Kingsley Avenue, Wolverhampton WV6 9DN]].

I'm shaking a bit. I kept it together in the room. Now I can't stop thinking about whether she'll actually go.

Anyone know if I should call the IDVA service directly or wait for MARAC?

Lucy""")
P(E,"Matthew Khan","""Lucy – ring the IDVA service directly today, don't wait. You did brilliantly. And take 10 minutes before the next patient, seriously.

Matt""",["Lucy Barnes"])
P(E,"Jonathan Blake","""Quick poll: how many of you still do home visits for housebound patients with chronic disease reviews? We're being told by the PCN that the paramedic practitioner should do all of them. I'm uneasy. Some of those visits are the only time I see the whole picture – the fridge, the pill boxes, the spouse who's not coping.

Jon""")
P(E,"Priya Patel","jon yes still do a few. the fridge tells you more than any template",["Jonathan Blake"])
P(E,"Kirsty Munro",f"""Hiya,

Does anyone have a sensible approach for patients who bring their own pulse oximeter readings in a spreadsheet? I have a lovely gentleman, [[name:Hamish]], [[age:90]], who has been recording sats 4 times a day since 2020. He emails them to the surgery every Monday from [[email:hamish.brodie1936@btinternet.com]]. His sats are always 96–98%.

It's harmless but the admin team are getting tired of it. How do I say thank you but please stop, kindly?

Kirsty""")
P(E,"Callum MacLeod","""Kirsty, I'd ring him and ask what he's worried about. Usually these things are anxiety about something specific. Then agree a deal – monthly email instead of weekly, and he rings if below 92.""",["Kirsty Munro"])
P(E,"David Okafor","""Has anyone else seen the news about the Health Secretary's plan to bring back the "family doctor"? Feels like we've heard this every few years. Dr Amir Khan was on breakfast TV defending it this morning. I'm all for continuity but they need to fund it.

Not a clinical post, just venting.

D""")
P(E,"Owen Pritchard","""David, I'll believe it when the contract changes. Until then it's a headline.""",["David Okafor"])
P(E,"Deepa Nair",f"""Hi,

Need some help with a Swedish patient who has moved here. She brought her journal from Sweden. The header says:

"Patient: [[name:Ingela]] [[name:Nordström]], personnummer [[pid:{pnr('19570312','-',g='F')}]]
Journalanteckning [[date:2026-10-15]], Vårdcentralen Centrum, Umeå"

The note is in Swedish and I can make out "hjärtsvikt" and "Eliquis". She's registered with us now, NHS number pending. How do we record the Swedish number? Is it the same as an NHS number?

Deepa""")
P(E,"Rachel Hughes","""Deepa – it's a personal identity number, not an NHS number. I'd scan the document into her record. Put the translation request in, Google translate isn't good enough for clinical meds.""",["Deepa Nair"])
P(E,"Siobhan Murphy","""I've been thinking a lot about the death of a patient I'd looked after for years. Not sudden, she'd been ill a long time. But I found myself crying in the car park. That hasn't happened in a long time.

At the funeral her son hugged me and said "she always said you were the only one who listened". I don't know what to do with that. It's lovely and it's heavy.

Not asking for anything. Just needed to write it somewhere where people understand.

S""")
P(E,"Aisha Rahman","Siobhan, sending you so much warmth. That's the best and hardest part of this job. Look after yourself this week x",["Siobhan Murphy"])
P(E,"Tom Ashworth",f"""Help – need a quick second opinion on an ECG. [[name:Arthur]] [[name:Pemberton]], [[age:ninety-one]], in for flu jab and was dizzy. HR 38. No meds that slow the heart. Sent him in by ambulance to Stepping Hill. His wife [[name:Mavis]] is at home alone – neighbour's number [[phone:07700 900 812]] if anyone needs to check on her. I'm worried about her on her own, she's got dementia.""")
P(E,"Claire Whitfield","tom ring social services emergency duty team for mavis, they can do a welfare check tonight",["Tom Ashworth"])
P(E,"Callum MacLeod","""Just back from the NHS Highland GP sub-committee. Key points:

1. New recruitment incentive for rural practices, £10k golden hello.
2. The Raigmore MRI waiting list is now 14 weeks for routine.
3. They're piloting an e-consult service with dermatology from April.

Also, a shout-out to Eilidh who got the Rural GP Award this year. Well deserved.

Callum""",["Eilidh Ross"])
P(E,"Eilidh Ross","aw thanks callum, very embarrassed!",["Callum MacLeod"])
P(E,"Funmi Adeyemi",f"""Hi, quick q. Patient's mum [[name:Chidinma]] wants us to email her son's records to her so she can pass them to the school nurse. Son is 13. She gave her address as [[email:chidi.nwosu at yahoo dot co dot uk]]. I think we need the child's consent too given his age?""")
P(E,"Hannah Lewis","yes funmi, Gillick competence. talk to him first",["Funmi Adeyemi"])
P(E,"Mark Dempsey",f"""Reflections from my out-of-hours shifts over Christmas.

We were running an on-call service and I had a chap in, [[name:Terry]] [[name:Walsh]], who'd been at the pub [[date:on Christmas Eve]] and fallen. Ribs sore, no breathlessness, sats fine. But his partner phoned later from [[phone:+353 87 123 4567]] – she's in Ireland with family – saying he sounded "drunk" on the phone at 3pm. Turns out he'd had a subdural. Sent in.

I'm replaying the consultation. GCS was 15 when I saw him. No anticoagulants. No headache. I did everything right by the book but I still feel sick about it.

Is there a time limit on how long you carry these?

Mark""")
P(E,"Gareth Evans","""Mark, no time limit, but it does get lighter. You assessed him properly. Delayed subdurals are exactly why we safety-net. And you did – the partner rang, and he got there. That's the system working.

Gareth""",["Mark Dempsey"])
P(E,"Ciaran Doyle",f"""Hi all,

Query about an old CHI from when a patient lived in Scotland. He's moved to Northern Ireland and now has an H&C number. The Scottish notes say CHI [[pid:{chi('300647',g='M')}]], H&C [[pid:{hc(' ')}]]. GP2GP doesn't work across the nations. Does anyone know how to request records from NHS Scotland practice? Is it by post still?

Ciaran""")
P(E,"Fiona Campbell","ciaran, by post via PSD, yeah. slow. ask the old practice to email a summary meanwhile",["Ciaran Doyle"])
P(E,"Sophie Turner",f"""Hi, weird situation. Patient [[name:grace]] rang and left a voicemail saying she'd "had enough" and wouldn't be coming back. Called her back three times, no answer. Her address on the system is [[addr:9 Alma Terrace, York YO10 4DQ]]. I've asked police to do a welfare check. Now I'm sat here waiting. Anyone else feel completely helpless in these moments?""")
P(E,"Ben Carter","sophie you did exactly the right thing. we're here, let us know how it goes",["Sophie Turner"])
P(E,"Matthew Khan","""Teaching reflection. I had an FY2 sitting in with me today. After a patient with chronic pain left, she said "I couldn't do that – you just let her talk for 10 minutes." I asked what she'd have done. "Examined her and offered amitriptyline." I said sometimes the history IS the treatment. She looked skeptical. I was quite pleased with myself until I realised I'd run 45 minutes late.

Balance, eh.

Matt""")
P(E,"Lucy Barnes","ha matt. the late-running is the tax on good listening",["Matthew Khan"])
P(E,"Jonathan Blake",f"""Looking for advice on a tricky capacity assessment. [[name:Violet]] [[name:Ashdown]], who is all of [[age:93]] and lives at [[addr:The Limes Nursing Home, 2 Church Road, Hove BN3 2FL]], has decided she doesn't want her leg ulcer dressed anymore. District nurses are alarmed. She's clear, consistent, and says she's "had a good innings". Family are divided.

I've done a formal MCA assessment – she has capacity for this decision. I'm comfortable. But the DN team lead wants me to "override" her. Not how it works. How do I support the team emotionally while respecting her wishes?

Jon""")
P(E,"Rachel Hughes","""Jon, a short team huddle helps. Name that it's hard for them. Make sure pain is managed. And document very clearly.""",["Jonathan Blake"])
P(E,"Aisha Rahman",f"""Hello all, can I ask about this lab report I've had pasted into our inbox from a private lab:

| Field | Value |
|---|---|
| Patient | [[name:Yusuf]] [[name:Al-Hakim]] |
| NHS no | [[pid:{nhs(400,499,'bare')}]] |
| Sample ID | [[rec:S-7731904]] |
| Date | [[date:30/11/2026]] |
| Ferritin | 1,450 |
| Transferrin sat | 78% |

He's 42, no symptoms. HFE gene test is pending. Any tips before I start venesection referrals? Haematology at the Royal want the HFE result first.

Aisha""")
P(E,"Deepa Nair","aisha HFE first is right. also check LFTs and ask about alcohol. ferritin that high needs a liver look",["Aisha Rahman"])
P(E,"Owen Pritchard","""Something I want to share from our Welsh-medium consultation skills group. We practised the teller/listener format entirely in Welsh. Several of us found it much easier to talk about feelings in our first language. One colleague said she'd never cried in an English-language Balint group but did in Welsh. It made me think about our patients who have to describe their emotional life in a second language.

Diolch am wrando.

Owen""")
P(E,"Rhys Morgan","owen, beautiful. made me think about my patient after the stroke too.",["Owen Pritchard"])
P(E,"Hannah Lewis","""Hi all, does anyone use the Childline number (0800 1111) on posters in the waiting room? We're redoing our noticeboards and the practice manager wants to include it alongside Samaritans and NHS 111. I think it's great, but wondered whether it's "our" job to advertise these.""")
P(E,"Kirsty Munro","hannah yes, ours are in the toilets too. kids read them there when parents aren't watching",["Hannah Lewis"])
P(E,"Priya Patel",f"""Sorry, a long one. I've had a patient ([[name:May]], 34) with recurrent facial palsy. First episode [[date:on 14 February]], which we treated as Bell's. Now another episode on the other side. I'm wondering about Ramsay Hunt but no vesicles. Also considering Lyme or sarcoid. Bloods so far:

- ACE: normal
- Lyme serology: negative
- HbA1c: 38
- Glucose: normal

She's really frightened. She said "I'm 34, I shouldn't be having strokes." I told her it's not a stroke but she's not convinced.

Is this something for neuro urgently?

Priya""")
P(E,"Imran Shah","priya bilateral/recurrent palsy = neuro, and MRI. Melkersson-Rosenthal rare but on the list too. get her seen",["Priya Patel"])
P(E,"Andrew Fraser",f"""Anyone else swamped with requests for "fit notes for the gym"? Had a chap today whose mother had rung ahead from [[phone:(0131) 555 0192]] asking me to write one so he could get a refund on his membership. He's 29. I said no. He's now complaining to the practice manager.

Andy""")
P(E,"Niamh Quinn","haha, gold andy. mother rang ahead is the cherry on top",["Andrew Fraser"])
P(E,"Claire Whitfield",f"""Hej everyone – I'm a Swedish GP working in Leeds, so forgive the occasional weird phrasing.

I have a patient who moved here from Malmö, [[name:Dagny]] [[name:Bergström]], and her Swedish records list her as born [[date:12 maj 1931]] but the NHS record says 1913. Hon är alltså [[age:95]], not a supercentenarian! She thought it was hilarious. The PDS team are fixing it but all her bloods have been flagged as "age out of range".

Has anyone had to fix a DOB error on the Spine? How long did it take?

Tack,
Claire""")
P(E,"Tom Ashworth","claire took 6 weeks for us. ring the PCSE helpline every week, its the only way",["Claire Whitfield"])
P(E,"Ben Carter","""General question. When you have a patient who you dislike, do you tell them you're handing over their care, or just arrange it quietly? I've got one I just can't connect with. Every consultation turns into an argument. I think someone else would do better.

No details, just curious how others manage the transition.

Ben""")
P(E,"Mark Dempsey","""Ben – I've done it openly: "I think you'd get a fresh perspective from Dr X." Most patients accept it. Once someone thanked me.""",["Ben Carter"])
