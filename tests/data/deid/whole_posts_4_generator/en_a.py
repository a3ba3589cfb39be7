from lib import *
E='en'
P(E,"Rachel Hughes",f"""Morning all,

Would value a sanity check on this one before I phone the medical reg.

**History**
Lady of [[age:93]], lives alone in a bungalow, carers QDS. Background of AF, CKD 3b, mild cognitive impairment. Daughter rang this morning: more confused over 48h, two falls, not eating.

**Exam (home visit)**
Alert but disorientated to time. HR 104 irregular, BP 98/56, RR 22, sats 93% RA, temp 37.9. Crackles right base. No focal neuro.

**Bloods (drawn at 10:15)**
| Test | Result |
|---|---|
| Na | 129 |
| K | 5.3 |
| Creat | 168 |
| CRP | 142 |
| WCC | 15.8 |

**Meds**
- Apixaban 2.5 mg BD
- Bisoprolol 2.5 mg OD
- Furosemide 40 mg OM
- Donepezil 5 mg ON

She has a ReSPECT form saying "for ward-based care, not for CPR". Daughter wants her admitted, patient says she wants to stay home. Capacity borderline today. Would you admit, or go virtual ward with IV abx at home? Tom, you run the hospital-at-home rota, what's the current wait?

Rach""",["Tom Ashworth"])
P(E,"Tom Ashworth","rach we can pick up today if you ring before 2. virtual ward have IV ceftriaxone at home now. given respect form id go that way, she'll do worse on a ward",["Rachel Hughes"])
P(E,"Priya Patel",f"""Hi all,

Quick one about a discharge summary that arrived with the wrong patient's details mixed in. Pasting the header as received (I've raised a Datix):

> DISCHARGE SUMMARY – Royal Stoke University Hospital
> Patient: [[name:Jeffrey]] [[name:Bloor]]   NHS No: [[pid:{nhs(400,499)}]]
> Hospital No: [[rec:RJE4471902]]
> Admitted [[date:12/11/2026]] – Discharged [[date:19/11/2026]]
> Diagnosis: Community-acquired pneumonia
> GP actions: Repeat CXR 6 weeks, review statin.

But the body of the letter is clearly about a 30-year-old woman with an ectopic. Has anyone had a response from the trust when reporting these? Last time it took 4 months.

Priya""")
P(E,"Gareth Evans","""Priya – ours comes back faster if you email the trust's IG lead directly rather than via PALS. Also flag it to the ICB's patient safety team. These are exactly the incidents that NHS England wants in LFPSE.

Gareth""",["Priya Patel"])
P(E,"Siobhan Murphy",f"""Hi folks, Belfast GP here.

Got a bit of a puzzle. One of my patients, [[name:Pádraig]] [[name:McDonald]], H&C [[pid:{hc()}]], has been getting his repeat scripts dispensed in two different pharmacies – one in Newry and one just over the border in Dundalk. The pharmacist in Newry flagged it. He's on pregabalin 300 mg BD and zopiclone.

How would you approach this? I don't want to accuse him but it's obviously a concern. I've known him 10 years and he's been through a lot – lost his wife two years ago.

Siobhan""")
P(E,"Andrew Fraser","""Siobhan – I'd be straight but kind: tell him what you know, and that you need to keep him safe. Move to weekly dispensing from one named pharmacy. And have a conversation about how he's coping. Grief plus gabapentinoids is not a good mix.

Andy""",["Siobhan Murphy"])
P(E,"Funmi Adeyemi","""Reflection from the consultation skills course, Thursday group.

I was the teller. I brought a consultation from last week with a woman in her 40s who came in for a smear and then, with her hand on the door handle, said her husband "gets angry sometimes". I had 3 minutes left and a full waiting room. I gave her the leaflet and asked her to book again. She hasn't.

The listener (Hannah) asked me what I felt at the moment she said it. I said panic. Then guilt. Then, honestly, relief when she left.

The observers picked up that I kept saying "I should have" – seven times, someone counted. Claire reflected that the "door-handle moment" is the patient choosing when she feels safe, and that my response wasn't nothing: she now knows she can say it to me.

I've asked reception to flag her record so the next time she rings she gets a double appointment. I'm still sitting with the relief bit. It's not a nice thing to admit.

Funmi""",["Hannah Lewis","Claire Whitfield"])
P(E,"Hannah Lewis","thank you for being so honest funmi. the relief thing is so human. i think we all feel it and none of us say it",["Funmi Adeyemi"])
P(E,"Claire Whitfield",f"""Can anyone help with this – received a letter from the memory clinic for [[name:Bill]] [[name:Hargreaves]], DOB [[date:03/02/1932]], [[age:94]], at [[addr:Rosewood Court Care Home, 18 Park Lane, Harrogate HG1 5PQ]]. They've started memantine but the home says he can't swallow tablets. Liquid formulation is ~£90/month. Is it worth it at this stage?

Claire""")
P(E,"Imran Shah","Claire, honestly I'd question whether memantine is adding anything at this stage. Worth a best interests meeting with the home and family. NICE NG97 supports stopping if no benefit.",["Claire Whitfield"])
P(E,"Callum MacLeod",f"""Evening all, Inverness here.

I've got a lady I'm worried about. CHI [[pid:{chi('140731',g='F')}]]. She's [[age:ninety-five]], lives on her own in a croft house outside [[addr:Achnasheen, Ross-shire IV22 2EE]] and the nearest neighbour is 3 miles away. Her son is in Glasgow. She had a fall last month, lay on the floor overnight. She's refusing a pendant alarm ("I'm not wearing that thing").

District nurses go in twice a week. Social work says she has capacity. She does. She's sharper than me.

I suppose my question is less clinical and more – how do you live with the risk? I lie awake thinking about her on the floor again.

Callum""")
P(E,"Eilidh Ross","""Callum, I recognise that feeling so much from my years in Skye. I've learnt that accepting someone's right to take risks is part of respecting them. Document, share the risk with the family, and then try to let some of it go. She's chosen this life.

Eilidh""",["Callum MacLeod"])
P(E,"Niamh Quinn",f"""Hi all, Derry here

anyone know how to get the trust to correct a Health and Care Number? pt's [[pid:{hc(' ')}]] on the lab system but the hospital has him with a different one. bloods keep bouncing. so frustrating, he's been in 3 times for the same test""")
P(E,"David Okafor","""Hi all,

Couple of things from the PCN meeting on Wednesday for those who missed it:

- The RCGP conference is on 3 May in Liverpool – let Sophie know if you want study leave.
- New NICE NG136 update on hypertension targets, summary on the shared drive.
- Flu clinic uptake 71% for over-65s, 48% for at-risk under-65s.
- Reminder that NHS 111 now books directly into our extended access slots.

Also: please don't put patient identifiable info on the WhatsApp group. Use the forum or NHSmail.

David""",["Sophie Turner"])
P(E,"Sophie Turner","Thanks David. Conference form is on the intranet, deadline end of Feb.",["David Okafor"])
P(E,"Rhys Morgan",f"""Bore da pawb,

Welsh GP, first post here. I've got a difficult one.

My patient, [[name:Dafydd]] [[name:ap Rhys]], [[age:91]], lives at [[addr:Bryn Glas, Heol y Llan, Llanrhystud, Ceredigion SY23 5AB]]. Welsh is his first language and since his stroke his English has more or less gone. The hospital discharge team sent him home with no Welsh-speaking carers and he's now refusing to let them in. His daughter [[name:Nia]] rang me in tears: [[phone:01974 202 318]].

I speak Welsh so I've been popping in after surgery, but that's not sustainable. Any experience of getting the local authority to act on the Active Offer?

Diolch,
Rhys""")
P(E,"Owen Pritchard","""Rhys – I'm in Gwynedd. Mention the Welsh Language Standards and "Mwy na Geiriau" explicitly in writing to the LA. It works better than phone calls. And escalate to the Welsh Language Commissioner if nothing happens in a fortnight.

Owen""",["Rhys Morgan"])
P(E,"Aisha Rahman","""I want to share something from the Balint group, with permission of the group.

The case was about a patient who brings her mother's death into every appointment. The presenting doctor said she felt trapped, that she'd become the patient's therapist. The group explored how the doctor herself had lost her mother last year, and hadn't made the connection until someone else did.

What struck me was how quiet the room became. Then the leader said: "Perhaps you're both grieving in the same room." The presenting doctor cried.

I left thinking about how much of ourselves we bring into consultations without noticing. I've noticed since that I'm impatient with men of my father's age. Food for thought.

Aisha""")
P(E,"Mark Dempsey","Aisha that's powerful. Balint gets under your skin in the best way. Reminded me of Funmi's patient from the course – same quiet in the room.",["Aisha Rahman","Funmi Adeyemi"])
P(E,"Fiona Campbell",f"""Hi all,

Lab report came back on someone who's not registered with us – pasting the relevant bits:

```
NHS GREATER GLASGOW & CLYDE – BIOCHEMISTRY
CHI: [[pid:{chi('220458',' ',g='F')}]]   Name: [[name:DOCHERTY]], [[name:Margaret]]
Lab No: [[rec:GG26-0871145]]   Received: [[date:02 Dec 2026]]
HbA1c     92 mmol/mol  (H)
eGFR      38
Potassium 6.1 mmol/L   (H)
```

The K is worrying. Whose job is it? The requesting GP is on the report but the practice is closed for the afternoon. I've phoned NHS 24 to ask and they didn't know either.

Fiona""")
P(E,"Ben Carter","Fiona – if the requester can't be reached, the lab duty biochemist should escalate, but if it's landed on you, ring her. K 6.1 with eGFR 38 needs a same-day repeat.",["Fiona Campbell"])
P(E,"Deepa Nair","""Hi everyone,

Updating our practice protocol on DOAC monitoring and wanted to check what others do.

1. Renal function: every 12 months if CrCl > 60, every 6 months if 30–60, every 3 months if < 30?
2. Do you calculate CrCl using actual or ideal body weight?
3. Who owns the recall – pharmacist or GP?

We've had two near-misses this year where apixaban wasn't dose-reduced. Our PCN pharmacist is keen on an EMIS search. Any templates?

Deepa""")
P(E,"Owen Pritchard","deepa we use actual body weight unless BMI >30. pharmacist owns recall here, works well. will send search to you on nhsmail",["Deepa Nair"])
P(E,"Kirsty Munro",f"""Hi all, quick q – patient's daughter keeps emailing me directly at my nhs.net address. Today she sent her mum's details: "Mum is [[name:Jean]] [[name:Ferguson]], [[addr:14 Craigie Street, Dundee DD4 6PF]], please call me on [[phone:07700 900461]]". I've asked her to use the practice inbox. Is there a polite template for this? Feeling a bit invaded tbh.""")
P(E,"Ciaran Doyle","""Kirsty – we have a standard auto-reply: "This inbox is not monitored for clinical queries. Please contact the practice on the main number." Keeps boundaries without being rude.""",["Kirsty Munro"])
P(E,"Lucy Barnes","""Anyone else find the new ARRS physician associates rota confusing? We've got three PAs starting in January and nobody's sure who supervises whom. I'm in favour in principle but we need clarity. Also, has anyone read the Leng review yet?

Lucy""")
P(E,"Matthew Khan","lucy yes skimmed it. supervision model section is good. we do 1 GP per PA per session, debrief at end",["Lucy Barnes"])
P(E,"Jonathan Blake",f"""Something I'm struggling with. Had [[name:Hope]] in this morning, 24, with her third miscarriage this year. She asked me directly whether it was something she'd done. I said no, of course not. Then she said her mother-in-law blames her.

I'd already referred her to the recurrent miscarriage clinic at St Mary's. But that wasn't what she needed from me today. I'm not sure I gave her what she needed. I said the right words but I was watching the clock.

Is there anything you say in these moments that actually helps?

Jon""")
P(E,"Rachel Hughes","""Jon – sometimes it's the not-saying. Sitting with it. She'll remember that you were kind, not the exact words. Tommy's have good resources for couples too.

Rach""",["Jonathan Blake"])
P(E,"Tom Ashworth",f"""Heads up for anyone covering the home visits tomorrow: The gentleman at [[addr:Flat 3, 27 Wellington Road, Stockport SK4 1AA]] – key safe code is with reception. He's end-of-life, JIC meds in the house. Wife can be reached on [[phone:0161 480 7712]].

Cheers, Tom""")
P(E,"Priya Patel","""Bit of a rant. Third time this week that a patient has come in with a printout of something they asked ChatGPT, demanding I do a full-body MRI. I don't mind informed patients. I do mind being treated like a vending machine. Sorry. End of rant.""")
P(E,"Gareth Evans","Ha, felt that. I've started asking them to show me what it said and we go through it together. Takes longer, but they leave happier. Sometimes the chatbot's right!",["Priya Patel"])
P(E,"Siobhan Murphy",f"""Follow-up on [[name:Pádraig]] – sorry, I mean the patient from last week. We had a good chat. He admitted to taking extra pregabalin when he couldn't sleep. We've agreed weekly dispensing and he's seeing the addiction team on [[date:Monday 14th]]. He actually thanked me. I was so nervous going into it.

Thanks Andy for the advice.

Siobhan""",["Andrew Fraser"])
P(E,"Andrew Fraser","glad it went well siobhan. these are the conversations that matter",["Siobhan Murphy"])
P(E,"Funmi Adeyemi",f"""Hi, does anyone have experience with the Home Office "exceptional circumstances" letters? My patient [[name:Abimbola]] [[name:Okonkwo-Reid]], NHS [[pid:{nhs(600,799,'bare')}]], has had her asylum claim rejected and she has stage 4 breast cancer under the oncology team at the Christie. Her solicitor has asked me for a letter within 7 days. I want to help but I'm not sure what I'm allowed to write.""")
P(E,"Imran Shah","""Funmi – you can write a factual letter about diagnosis, treatment and prognosis. Stick to facts, avoid opinion on immigration. The BMA has guidance on this. Medical Justice might also be able to advise.

Imran""",["Funmi Adeyemi"])
P(E,"Callum MacLeod","""Just a note that the Scottish GP conference is on 19–20 March in Aviemore. Theme is remote and rural practice. Would be good to have a few of us from the forum there. I'm presenting on near-patient testing in the Highlands.

Callum""")
P(E,"Hannah Lewis",f"""Hi all, bit of advice please.

Patient's son emailed the surgery asking for a copy of his mum's records: "Please send everything about [[name:Edna]] [[name:Smith-Jones]] (DOB [[date:7th June 1929]]) to [[email:m.smithjones at gmail dot com]]". She's [[age:97]] and I don't think she knows he's asking. She does have capacity. No LPA registered.

I'm inclined to say no and speak to her first. Does that sound right?

Hannah""")
P(E,"Claire Whitfield","Absolutely right Hannah. Her records, her decision. Ring her first.",["Hannah Lewis"])
P(E,"Niamh Quinn","""Grand wee quiet afternoon here in the practice. Had a chat with a pharma rep about Ozempic supply – apparently things are easing. Anyone else seeing fewer shortages? Also the Samaritans (116 123) sent us new posters, if anyone wants some for their waiting room give me a shout.

Niamh""")
P(E,"David Okafor",f"""Teller/listener exercise write-up from the course, as promised.

Teller: me. I brought a consultation with a man in his 50s, [[name:Gary]], recently made redundant, who asked me for a sick note "for stress". I felt myself harden. I asked lots of closed questions. I wrote the note but felt resentful.

Listener: Deepa. She asked "What was it about him that made you harden?" I realised it was that he reminded me of my father, who was made redundant when I was 12 and never worked again. I'd never connected that.

Observers: Mark noticed I used the word "shirker" about myself when I was describing my own fatigue at the end of the day. Lucy noticed that I was kinder about the patient at the end of the exercise than at the start.

Lesson: my irritation is information. Next time I'll try to notice it earlier.

David""",["Deepa Nair","Mark Dempsey","Lucy Barnes"])
P(E,"Deepa Nair","Thanks David, it was a privilege to be your listener. Really brave.",["David Okafor"])
P(E,"Mark Dempsey",f"""Can someone help decode this? Patient brought in a letter from a private clinic in Dublin:

"Re: [[name:Brendan]] [[name:O'Sullivan]], MRN [[rec:BSC-0048213]]. Seen [[date:on St Patrick's Day]]. Recommend commencement of tirzepatide 2.5 mg weekly and GP to continue prescribing."

Private clinic wants us to pick up a weight-loss drug that isn't on our formulary. I'm going to decline but wanted to check what others do.

Mark""")
P(E,"Fiona Campbell","decline and explain, we do the same. not on formulary, not our shared care",["Mark Dempsey"])
P(E,"Ben Carter","""Hi all,

Looking for feedback on our practice's new sepsis pathway. We've adapted NICE NG51 and the UK Sepsis Trust's tool. Main changes:

- NEWS2 calculated at every face-to-face appointment with fever or tachycardia
- Lactate point-of-care testing in the treatment room
- Direct phone line to the ED coordinator

Has anyone done an audit of this? Curious about false positives. We're a practice of 12,000 patients in a coastal town and our nearest ED is 40 minutes away.

Ben""")
P(E,"Kirsty Munro","ben we audited ours last year, about 1 in 5 flagged were admitted. happy to share the audit template",["Ben Carter"])
