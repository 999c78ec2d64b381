"""A blind review, in the twenty-first session: long stories as people post them (background
first, the sign told in the middle and in their own words, a question that plays it down at
the end), 60 emergencies across the eight signs, 10 same-day reports and 40 look-alikes,
written from the guidance alone. Scored before any change: 66 of 70 reports raised at
their level; missed were "tight achy pressure right behind my breastbone" (same-day only),
a coughing fit "streaked with blood" after a cast, a foot gone "cold and kind of
blue/purple round the toes" beside a simile of the sea, and "cut the hand open on a rusty
bit of a gate ... me jaw is locked up tight". All four are raised now. 17 of 40 look-alikes
are alarmed, all by the rules: signs told of a film, a friend's warning, a handout, a
mother's stroke years ago, a dentist's numbness, a faint at a blood test, feet white after
an ice bath, a breath lost at the end of an interval run.
In the twenty-second session a stroke "about six years ago", told in the past, is quiet.
In the twenty-fourth, a runner who "couldn't talk for a minute" at the end of an interval run is
quiet: no words for breath are no stroke's.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "Evening all. I'm 71, retired postman, and I've had night cramps in both calves for donkeys years, usually sorted with a glass of tonic water and a stretch against the wardrobe. About a week ago my left calf started aching different, more of a dull throb all day, and the ankle puffed up a bit which I put down to the gardening. Since yesterday I can't get to the top of the stairs without stopping halfway to puff and blow, and this morning I had to sit down on the landing for a good five minutes before I could carry on. The wife says I've gone a funny grey colour. Is this just the cramps getting worse with age or should I be going back to the GP about it next week?",
        "emergency",
    ),
    (
        "Hi, 38F, marathoner, typical charley horses at night especially during heavy training blocks, usually magnesium and foam rolling does it. Flew back from Tokyo on Sunday (14 hrs) and my right calf has been tight and sore since, kind of like a knot that won't release, and it looks a bit fuller than the left. Tried an easy 3 mile shakeout this morning and had to stop after like half a mile because I literally could not catch my breath, and hours later I'm still winded just walking from the couch to the kitchen. My heart feels like it's racing too. Is it just jet lag plus deconditioning? Should I take a few days off running?",
        "emergency",
    ),
    (
        "Respected sir/madam, my father is 74 years, diabetic and BP patient, he is having leg cramps in night since many years and we are giving him calcium and doing massage with oil. From last 4-5 days his left leg below the knee is swollen and paining, he is saying it is like cramp only but not going. Since morning itself he is not able to talk full sentence without taking breath, he is sitting on the bed and breathing fast fast, even for going to bathroom he is stopping two times on the way. His lips are looking little dark also. Kindly advise which tablet we can give for the cramp and swelling, or some home remedy?",
        "emergency",
    ),
    (
        "G'day, 45 yo sparky here, been getting cramps in the calves on and off for years especially after a hot day up in the roof, usually just a banana and plenty of water fixes it. Been in a moon boot for a busted ankle for 3 weeks and the calf above it on that side's been real sore and tight the last couple days, figured it was from not using it. Today tho I'm puffed doing nothing, sitting on the couch I'm breathing like I just did a lap of the oval, and getting up to the loo on the crutches knocks me out for ages. Missus reckons it's the painkillers. Any tips to loosen the calf up? Heat pack or ice?",
        "emergency",
    ),
    (
        "Hi all, I'm 33 and had my second baby 10 days ago by section. I always got cramps in my legs at night in pregnancy, the midwife said it's common and to stretch, grand. But since the weekend my right leg has been aching right down the back of the calf and it's a bit swollen, the sock leaves a big mark. Today I couldn't even carry the baby up the stairs without being completely out of breath, I had to hand her to my husband halfway up and sit down on the step, and I'm still breathing heavy now lying on the couch. I'd say it's just being wrecked with a newborn and the section? Can I take something for the leg while breastfeeding?",
        "emergency",
    ),
    (
        "Posting for my husband who won't do it himself. He's 66, ex-trucker, had a knee replacement 2 weeks ago, and has always had terrible leg cramps at night that he takes Hyland's for. The operated leg is swollen which they said is normal, but now the calf is really sore and hot and he says it's like a cramp that never lets go. Since lunchtime he's been short of breath, breathing fast and shallow just watching TV, and when he walked out to the mailbox he had to lean on the truck to rest before coming back. He says stop fussing, it's the pain meds. Should I call the surgeon's office tomorrow or is this normal after a knee?",
        "emergency",
    ),
    (
        "Bit of a long one sorry. 29, office job, I get the odd cramp in my feet at night and they're usually nothing. Went on a coach trip to Poland last week, 20 odd hours each way, and when I got back my left calf was aching like I'd overdone it at the gym, even though I haven't been in months. Just thought it was a pulled muscle. This evening though I'm really out of puff, like walking to the kitchen and back I'm breathing like I've run for a bus, and it hasn't settled after sitting down for an hour. I'm on the pill if that matters. Is it worth trying magnesium for the calf or is it more likely a strain?",
        "emergency",
    ),
    (
        "Hello, I'm 79 and live on my own since my husband passed, I get the nightly cramps in my legs for years now and my GP has me doing stretches before bed. This week my left leg has swelled right up from the ankle to the knee and it's tight and achy, I thought it was the heat. Yesterday and today I've been getting so short of breath I cant walk from the lounge to the letterbox without stopping to hold onto the fence, and I had to ring my daughter to bring the shopping because I couldnt manage the bags. I dont want to be a bother to anyone. Would a compression stocking help the swelling do you think?",
        "emergency",
    ),
    (
        "Right, 34, play Sunday league and cramps in the hamstrings are part of life for me, pickle juice and stretching usually. Took a knock on my right calf a fortnight ago, then drove to Aberdeen and back for work, 9 hours each way. Calf's been proper sore since and I thought it was just a bruise. Since last night there's a sharp stabbing pain in the right side of my chest, low down, but only when I breathe in properly, so I'm doing little shallow breaths to dodge it, and it's still there now. Coughing is agony too. Feels like a stitch that won't go. Have I pulled something in my ribs at the match? What's best to strap it?",
        "emergency",
    ),
    (
        "Quick question, I'm 52, work on my feet all day at a grocery store and get cramps in my calves most nights, I take potassium and drink pickle juice like everyone says. Had my gallbladder out 9 days ago and was mostly in bed after. The left calf has been achy and tender since Monday. Starting this morning, something catches on the right side of my back/chest every time I take a breath in, like someone's poking me with a knife, and yawning is the worst. Breathing out is fine. I figured it's the gas pain from the surgery moving around? Surgeon's office is closed until Monday, should I just wait it out?",
        "emergency",
    ),
    (
        "Howya, I'm 68, farmer, and I've had the cramps in me legs at night since I was a young lad, the wife gives me a spoon of mustard and that sorts it. Last week I was laid up in bed with the flu for five days and the left calf got sore and tight after, still is. Now since this morning I've a pain in me chest on the left side, it comes when I take a big breath in, like a catch, and I have to stop and take it handy. I'm grand otherwise, I was out to the cattle. Would it be the flu gone to the chest? Should I ring the GP on Monday or is there something from the chemist?",
        "emergency",
    ),
    (
        "Hey everyone, 26F, netball player, the usual cramp in the calf during games and at night which I just stretch out. I'm on the pill and did a massive road trip up to Cairns on the weekend, like 20 hours in the car. My left calf has been hurting since, like a really deep cramp that won't go even with stretching, and today I've got this sharp pain under my left boob that gets worse when I breathe in or laugh, so I'm kind of taking tiny breaths. It's been there all arvo and hasn't budged. Is this a muscle thing from sitting so long? Would Voltaren gel help?",
        "emergency",
    ),
    (
        "Dear doctor, my mother is 61 years old and she had hip replacement surgery 12 days back. She was always having night cramps in both legs, for which she is taking vitamin D. Now her right calf is paining and little swollen since 3 days. Today from afternoon she is complaining pain in side of chest whenever she is taking deep breath, she is saying it pricks like needle, so she is breathing slowly slowly only. No fever. Physiotherapist is coming tomorrow morning for exercises. Please suggest whether we should continue the exercises or give rest to the leg?",
        "emergency",
    ),
    (
        "So this is probably nothing but I'll ask. I'm 47, cyclist, ride maybe 150 miles a week and cramps in the quads and calves are an old friend. Broke my ankle in a crash 5 weeks ago, cast came off Tuesday. The calf on that side has been sore and cramping constantly, figured it's atrophy. Tonight I noticed if I take a deep breath it hurts sharp in my right side under the ribs toward the back, and I can't get a full breath in without wincing. It's been like that for a few hours now. Pulled intercostal from using crutches? Ice or heat?",
        "emergency",
    ),
    (
        "Hiya, 31 weeks pregnant with my first, the cramps at night are driving me mad, the midwife said drink more water and stretch. My right calf has been really achy for about 3 days, not like the normal cramps that come and go, it just sits there. Since I woke up today it hurts when I breathe in, a sharp pain at the side of my chest on the right, and I keep having to stop mid sentence to get round it. I'm not due to see the midwife till next Thursday. Is it the baby pushing up on my ribs? Anything I can do to get comfier?",
        "emergency",
    ),
    (
        "My wife is 70 and has cancer, she's on chemo and is mostly in bed or the recliner these days. She's always had cramps in her legs at night and we use a heating pad. For the last few days her left calf is swollen and sore and she says it feels like a cramp that won't quit. This afternoon she started saying it hurts to breathe, she points to her right side and says every breath in stabs her, and she's breathing short and quick. The oncology nurse line said to call back if it got worse. Is this something I can give her Tylenol for and wait till her appointment Thursday?",
        "emergency",
    ),
    (
        "Hello, 58 and a bit overweight, taxi driver so I'm sat down most of the day, and I've had cramp in my legs at night for years, my GP put me on a statin last year and they got a bit worse. Right calf has been sore all week and a touch swollen. About an hour ago, sat in the cab, I got a heavy pressing feeling in the middle of my chest, like someone sat on me, and it's still there now I'm home. Bit sweaty too. I think it's probably indigestion from a greasy breakfast. Should I stop the statin to see if the cramps settle?",
        "emergency",
    ),
    (
        "Hi all, 44, nurse (ironically), 12 hr shifts so I'm used to my calves cramping up at night, I do yoga and electrolytes. Drove 11 hours to my mom's yesterday. Left calf is tender and cramping all day today, not just at night. And since about 4pm I've had this tight achy pressure right behind my breastbone, comes and goes a bit but never fully leaves, worse when I lie flat. I know, I know. I just really don't want to be the nurse in the ER for nothing. Could it be anxiety or reflux? Any reason the calf would be cramping during the day?",
        "emergency",
    ),
    (
        "Hello, I am 55 years, working in bank, diabetic since 10 years. I am getting leg cramps at night in both legs since long time, doctor told to take magnesium. Today morning while walking in park both calves were paining and then I got heavy feeling in my chest going to left arm, like some weight is kept on chest. I sat on bench and it is little less now but still there since 1 hour. I am feeling like vomiting also. I think it is gas problem because I had heavy dinner last night. Which medicine is good for leg cramp in diabetic people?",
        "emergency",
    ),
    (
        "Hi, writing about my mam, she's 82 and lives with us. She's been bothered with cramps in her legs at night for years and the GP has her on the stretches and a hot water bottle. Since she had the fall and was in bed for most of last week her right leg has been swollen and sore in the calf. Tonight after the tea she said her chest was tight, like a band across it, and she's been rubbing the middle of her chest for the last half hour and says it's not shifting. She won't let me ring anyone, says it's only wind. What can I give her for the leg?",
        "emergency",
    ),
    (
        "Evening. 62yo, retired, play lawn bowls and walk the dog, get cramps in the calves a few nights a week and the chemist gave me some magnesium. Flew back from London Thursday. Since Saturday the left calf's been crook, sore and a bit puffy. This morning I woke up with a pain across my chest that's sort of sharp and heavy at the same time and it's been hanging round all day, worse if I move about. I've had a couple of Panadol. Reckon it's just a muscle thing from lugging the suitcases? Should I still go to bowls Wednesday?",
        "emergency",
    ),
    (
        "ok so 23M, i lift and play basketball, get cramps in my calfs all the time esp after leg day. took a greyhound cross country last week like 40+ hours. right calf been killing me since, kinda swollen and feels hot. today around noon i started getting this crushing kinda pain in my chest on and off and its still going now, like right in the middle. i dont smoke or anything. is it possible to strain your chest from benching and have it show up days later? also what stretches for the calf",
        "emergency",
    ),
    (
        "Good afternoon, I'm 64, on HRT, and I've always been a martyr to night cramps, I keep a bar of soap under the sheets which my sister swears by. Had a hysterectomy three weeks ago and I've been resting as told. My left calf has been aching since the weekend. Since lunch I've had a squeezing sort of pain in my chest that goes through to my back and it hasn't gone off in the last couple of hours, even after a sit down and a cup of tea. I'm sure it's nothing and I don't want to waste anyone's time on a Sunday. Is the soap thing actually real or an old wives tale?",
        "emergency",
    ),
    (
        "Hi all, 40, I cycle to work and get cramp in my calves most nights which I put down to that. Been off work with a sore right calf since Wednesday which I thought was a pulled muscle, it's tight and a bit bigger than the other one. Woke up today with a cough, and when I coughed into a tissue there was pink in it, and it's happened three more times since, little streaks of red in the phlegm. Probably a chest infection coming on I'd imagine? Can I use my ibuprofen gel on the calf at the same time as taking Lemsip?",
        "emergency",
    ),
    (
        "Long time lurker. 36F, mom of three, I've had leg cramps at night since my pregnancies. I'm on birth control and we just did a 16 hour drive to Florida for spring break. My right calf has been crampy and sore since Tuesday, tight like a charley horse that won't release. This morning I started coughing and there's been bright red blood mixed in with what I'm bringing up, like a teaspoon maybe, and it's still happening every time I cough. I don't have a cold. We're at a rental with no car till Friday. Any ideas what could cause both? Is this allergies?",
        "emergency",
    ),
    (
        "Sir, my wife is 45 years old, she is having varicose veins and leg cramps at night since many years. 10 days before she had operation for uterus and after that she was on bed rest. From 2 days her left leg is swollen and paining in calf. Today morning she is coughing and blood is coming with the cough, red colour in the spit, 3-4 times since morning and still coming. Local doctor is available only in evening. Should we give her cough syrup till then? Please reply early.",
        "emergency",
    ),
    (
        "Hello there, I'm 73, retired teacher, I get the cramps in the calf most nights and the doctor says it's age. I was in hospital for a fortnight with my chest and came home on Monday. The left calf has been at me since, sore and a bit puffy, the daughter says it's from lying in the hospital bed. Since yesterday evening I've been bringing up a bit of blood with the cough, rusty coloured with bits of bright red as well, and it's still happening this morning. I have a review with the consultant in three weeks. Would the calf pain be the tablets they gave me?",
        "emergency",
    ),
    (
        "Hi, 51F, walk 10k a day, cramps at night in both legs for years, usually magnesium and a stretch. My leg was in plaster for 6 weeks after a fractured ankle, only came out last week. The calf on that side has been crampy and tender ever since. Tonight I had a coughing fit and when I spat it out it was streaked with blood, pinky red, and it's happened twice more in the last hour. Is the cramping normal after being in a cast this long? What can I do to get the muscle going again?",
        "emergency",
    ),
    (
        "My husband is 77, he has COPD but it's been stable, and leg cramps at night that keep us both up. He came home from rehab after his hip surgery 10 days ago. Since yesterday his left leg has been swollen from the knee down and he says the calf hurts like a cramp. This morning he coughed up some blood, not a lot, dark red bits in the tissue, and he's done it again twice since lunch. He says it's his COPD acting up and refuses to go in. Does anyone know if quinine is still available for the cramps? His old doctor used to give it.",
        "emergency",
    ),
    (
        "hi sorry if this is the wrong place, 22, on the pill, work in a bar so on my feet loads and get cramps in my calves at night like every week. flew back from thailand 4 days ago (about 13 hours). my right calf has been sore like a bad cramp ever since and it's not going away with stretching. last couple of hours i keep coughing and theres little spots of blood in it, pink in the tissue every time. i don't feel that ill tbh. could it be from the dry air on the plane? and whats best for the calf?",
        "emergency",
    ),
    (
        "Morning, my dad is 80 and lives with me. He's had cramps in his legs at night for donkey's years and takes the tonic water. His right calf has been swollen and sore for about a week since the long drive back from my sister's in Cornwall. This morning he went down in the kitchen while making his tea, just crumpled, and was out for a few seconds. He's sat in the chair now and says he's fine but he's pale and a bit clammy and breathing quicker than normal. He says it was just the cramp making the leg give. Is it worth me getting him a walking stick?",
        "emergency",
    ),
    (
        "Hey y'all, 42F, teacher, the nighttime charley horses have been bugging me for years. Had a C-section 3 weeks ago. The right calf has been sore and tight for a few days. About an hour ago I stood up from nursing the baby and the next thing I knew I was on the floor, my husband says I blacked out for maybe 10-15 seconds. I feel ok-ish now just lightheaded and my heart is pounding. I think I just stood up too fast and I'm anemic. Should I start iron? Would that help the leg cramps too?",
        "emergency",
    ),
    (
        "Hi, my husband is 70, big fella, has always had leg cramps at night and tries everything, soap, magnesium, you name it. He's had a sore swollen left leg since we got back from Europe last week. Today at the shops he just went down, fainted on the floor near the checkouts, a staff member helped him up and he came round quick. He's at home now on the lounge and says he's right, just a bit dizzy and puffed, and he insisted on driving us home. I told him he should see someone but he says it was just the heat. Are these related at all? What should I be watching for?",
        "emergency",
    ),
    (
        "Hello, my mother aged 66 years is having leg cramps in night since long time, we are giving her calcium and vitamin D. She is also having swelling in right leg since one week, calf is paining and hard. Today afternoon she suddenly fell down in bathroom and was not responding for few seconds, then she got up and now she is lying on bed, saying she is feeling very weak and sweating. BP machine is showing 90/60. Her regular doctor is on leave this week. Please tell what food to give her for weakness and whether it is due to the leg problem?",
        "emergency",
    ),
    (
        "Hi lads, 27, play hurling and I get cramps in the calves after matches and at night sometimes, usually sort it with a stretch and a few bananas. Had my knee scoped a couple of weeks ago and the calf below it has been sore and swollen since. Just now I was at the top of the stairs and next thing I was sitting on the landing, must have blacked out for a second or two, my housemate heard the bang. I still feel a bit off and my chest's a bit weird. Is it the painkillers, would ye say? Not keen on sitting in A&E all night.",
        "emergency",
    ),
    (
        "I'm 74 and live alone, I have had leg cramps every night for years and do the stretches my doctor showed me. My left leg has been aching in the calf and swollen around the ankle since last week when I was stuck in bed with my back. This morning I got up to let the cat out and I fainted, I came to on the hallway floor and don't know how long I was there. I managed to get to my chair and I'm sitting here now but I feel weak and woozy and my breathing is fast. My son is coming Saturday. Do you think I should ask him to get me potassium pills?",
        "emergency",
    ),
    (
        "Hi, 35, on the pill, long-time sufferer of night cramps in my calves, stretching and a banana usually do the job. Flew back from Florida on Monday (9 hours) and my left calf has been aching and feels hard since. At work this morning I stood up from my desk, everything went dark and I woke up on the floor with people round me. The first aider says I was only out for a few seconds and I've been sent home, but I still feel shaky and a bit breathless. I didn't have breakfast so probably low sugar? Should I book a GP appointment for the calf?",
        "emergency",
    ),
    (
        "G'day, caring for my old man who's 85 and has had cramps in his legs at night forever, we keep tonic water by the bed. He's been off his feet mostly since a chest infection a fortnight ago and his right calf is swollen and tender. Tonight after tea he stood up from the table and just keeled over, out cold for a moment, then came round saying he's fine. He's back in his chair now but grey as anything and breathing hard. He's told me not to make a fuss. Could the tonic water be doing something to him? Should I stop giving it?",
        "emergency",
    ),
    (
        "Hello, I'm 69 and have an irregular heartbeat (AF) but I stopped my blood thinners a few months back because of the bruising. Get cramp in both legs at night, nothing new. About two hours ago my right foot and lower leg suddenly went really painful, worse than any cramp, and now it's gone white and cold compared to the other one and my toes feel numb, I can barely wiggle them. I've tried stretching and rubbing it and a hot water bottle but it's not coming back. Is it just a really bad cramp? How long should I give it before ringing the GP?",
        "emergency",
    ),
    (
        "My husband is 72, smoked for 50 yrs, has PAD and gets calf pain when he walks and cramps at night. Tonight around 8 his left leg all of a sudden got super painful and now the foot is like ice and kind of a bluish gray color, and he says he can't really feel me touching his toes. He can't lift the foot up either. He's been like this for an hour and says just put a blanket on it and it'll be fine by morning. Is a heating pad ok to use or could that burn him if he can't feel it?",
        "emergency",
    ),
    (
        "Hello doctor, my father is 78 years, heart patient, he had bypass 5 years back. He has cramps in legs at night from many years. Since morning his left leg below knee is suddenly very painful, and the foot is very cold and looking pale white, no colour at all. He is not able to move his toes and says the leg is feeling dead. We did hot water fomentation and massage but no change. Family doctor will come in evening. Which oil massage is best for increasing blood flow?",
        "emergency",
    ),
    (
        "Hi all, 58 and I get leg cramps most nights and sometimes in the car, usually just stretch it out. About lunchtime today I was hanging out the washing and my right foot suddenly started killing me, and now it's gone a mottled bluey white colour and it's cold to touch from the ankle down. It was pins and needles, now it's numb, and the foot sort of flops, I can't point my toes. It's been like this for three hours. Left foot is totally normal. Is this a pinched nerve from my back? Physio's booked for next week.",
        "emergency",
    ),
    (
        "Hello, my husband is 76, he has the diabetes and the bad circulation and he's always cursing the cramps in the legs at night. After the dinner today he said his left leg went all of a sudden into a terrible pain, not like the cramp, and when I looked at the foot it was white as a sheet and cold, and it's still like that now, hours later. He says it's like the leg isn't his, he can't feel it right and he can't move the foot properly. He won't go in, says he's been to enough hospitals. What can I rub on it to get the blood going?",
        "emergency",
    ),
    (
        "60M, had a heart cath through the groin 2 days ago, everything went fine, sent home. I get leg cramps at night normally. This afternoon my right calf and foot got a sudden bad pain and now my foot is noticeably colder than the other one and pale, kind of waxy looking. It's numb on top and I can't push my foot down like pressing a gas pedal. It's been about 90 min. I'm thinking maybe it's a cramp from lying around so much? Should I walk it off?",
        "emergency",
    ),
    (
        "Hiya, 41, I'm a cleaner so on my legs all day and the night cramps are nothing new. This morning out of nowhere my left foot went agony, then cold and kind of blue/purple round the toes, like when you've been in the sea in January, except its the middle of summer and its not warming up at all. Ive had it in warm water twice. My toes are numb and the foot feels weak, like it wont do what I tell it. Had a miscarriage last year and they said something about my blood being sticky. Is it poor circulation? Do compression socks help?",
        "emergency",
    ),
    (
        "My mum is 88 and in a care home, she has dementia and AF and has always had cramps in her legs at night. When I visited this arvo she was crying with pain in her right leg, and when I took the blanket off her foot was cold and a dusky bluish colour and she couldn't move it at all when I asked her to. The staff said it's probably a cramp and they've given her Panadol and will let the GP know when she does her round on Thursday. Is there anything I can do to help with the cramp when I visit tomorrow?",
        "emergency",
    ),
    (
        "Hello, my husband is 67 and has had cramp in his legs at night for years. This morning at breakfast he said his right leg was cramping and it gave way and he sat down hard. Now he's struggling to hold his cup in his right hand, he dropped it, and the right side of his mouth looks like it's sagging when he smiles. His words are a bit thick as well, like he's had a drink, which he hasn't. He says it's just the cramp and he's tired. It's been about 40 minutes. Should I massage the leg for him?",
        "emergency",
    ),
    (
        "My mom is 79 and has had nighttime leg cramps forever, we use a magnesium lotion. I'm on the phone with her right now and she's not making sense, she's mixing up words, called the TV the oven and can't remember what she had for lunch, and she said her left leg is 'asleep' and won't hold her up. This started maybe half an hour ago. She sounds slurry. She lives 2 hours away from me. Could the leg cramps or the magnesium lotion be making her confused? Is there a better cramp remedy for the elderly?",
        "emergency",
    ),
    (
        "Dear sir, my father 71 years is BP patient and having cramps in both legs at night, taking calcium tablets. Today from 11 am his right leg is not having strength, he is dragging it while walking, and right hand also feeling heavy. His speech is little unclear, words are not coming properly. One side of face is looking little down. We thought it is cramp and applying Volini spray. Family doctor said to come tomorrow for checkup. Please suggest some exercise for the leg weakness.",
        "emergency",
    ),
    (
        "Hi, 55F, had cramps in my calves at night for years. About an hour ago I was doing the dishes and got a sudden splitting headache, the worst I've ever had, like being hit with a cricket bat, and then my left leg just went out from under me and I grabbed the bench. Leg still feels weak and heavy and wont do what I want, and the headache is still thumping. My partner reckons it's a migraine and a cramp at the same time. I've never had migraines before. Should I take Nurofen and have a lie down?",
        "emergency",
    ),
    (
        "Hi folks, my father is 84, lives with us, and he's plagued with the cramps at night. This evening he was trying to tell me his left leg was cramping but the words were coming out all jumbled, like he was talking through a mouthful of porridge, and the left side of his face has gone kind of slack. He can't lift the left arm up onto the table. It's been going on maybe twenty minutes. He's insisting it's only the cramp and he's tired. Is there any harm giving him a quinine tablet he has left from years ago?",
        "emergency",
    ),
    (
        "My wife is 39, healthy, runner, gets calf cramps at night occasionally. Tonight she stood up from the couch and her right leg buckled, she said it felt numb and dead. Now her right arm is tingly and weak, she can't grip the remote properly, and when she talks it's slow and a little slurred. Her face looks normal I think? She says she has a weird headache. She takes the pill. This all started maybe 25 minutes ago and isn't going away. Could this be a pinched nerve from running? She wants to just sleep it off.",
        "emergency",
    ),
    (
        "evenin i am 76 and always had crmaps in my legs at night. today my left leg has gone weak and floppy sinse about 3 oclock and my left arm is not right eithr, cant do my buttons. my daughter says my talking is strange on the phone and my mouth is droopy on one side but i feel alright just tired. i think its a very bad cramp. what shuold i take for it i have paracetamol in the house",
        "emergency",
    ),
    (
        "Hi all, 63, keen gardener, have had cramp in my calves at night for years. About ten days ago I stabbed my hand on a rusty old fork in the compost heap, didn't think much of it, washed it and put a plaster on. Not sure when my last tetanus jab was, probably school. Since yesterday my jaw has gone really stiff, I can only open my mouth about a finger width, and the muscles in my neck and back keep going into horrible tight spasms, worse than any leg cramp. It's still happening today. Is this the cramps spreading? What's the best muscle relaxant over the counter?",
        "emergency",
    ),
    (
        "Hey, 50M, work a small farm, leg cramps after long days are normal for me. Stepped on a nail in the barn a week and a half ago, went right through my boot, kinda forgot about it. Last two days my jaw is tight like I can't open it all the way and chewing is hard, and my calves and stomach keep locking up in cramps way worse than usual, like the whole body clenches. It's been bad all morning and swallowing feels weird. Never got a tetanus booster that I remember. Could this be dehydration? What electrolytes would you recommend?",
        "emergency",
    ),
    (
        "Hello, my son is 16 years, plays cricket and football, gets leg cramps after game sometimes. 8 days before he fell from cycle on the road and got deep cut on knee with mud in it, we cleaned at home and applied Betadine. Now from yesterday he is not able to open mouth properly, saying jaw is tight, and since morning he is having painful cramps in back and legs, his body is going stiff and arching back. He is also having difficulty swallowing food. We are not sure if his TT injection was given. Please advise which cramp medicine is safe for teenagers.",
        "emergency",
    ),
    (
        "Hi, 45, horse owner, cramps in my legs at night for years. Got a nasty gash on my shin from a bit of old rusty fence about a week ago while fixing the paddock, it's been a bit red but healing. Yesterday my jaw started feeling stiff and achy like I'd been clenching it and today I can barely get a sandwich in, and my neck keeps going into these painful spasms along with the leg cramps, they're coming every few minutes. I can't remember my last tetanus shot. Is it TMJ from stress? Should I see the dentist?",
        "emergency",
    ),
    (
        "Howya, I'm 71 and I've had the cramps in me calves at night since forever. I cut the hand open on a rusty bit of a gate in the yard, maybe two weeks ago, and sure it healed up grand. But since the weekend me jaw is locked up tight, I can hardly open the mouth to eat the dinner, and me back and legs are going into terrible spasms, I'd swear they're worse today. The wife says I've a face on me like I'm grinning. I never had a tetanus jab that I know of. Would it be the cold weather getting into me bones? Is there something stronger than the cramp tablets?",
        "emergency",
    ),
    (
        "So I'm 33, do CrossFit, get calf cramps fairly regularly. About 9 days ago I cut my foot open on a piece of metal at the beach and didn't get it looked at. Since yesterday evening my jaw feels super tight and sore and I can't open it wide, it's hard to swallow, and I've been getting these intense muscle spasms in my legs and stomach that make my whole body jerk, especially when there's a loud noise. It's ongoing right now. I figure it's just cramps from being dehydrated and TMJ from stress. What supplements should I try?",
        "emergency",
    ),
    (
        "Hello, my mum is 86 and has had night cramps for years which we manage with stretches. She scraped her shin on the wheelbarrow in the garden about a week ago, it was dirty and I dressed it at home. For the last day or so she's been struggling to open her mouth and says her jaw is stiff, she can't eat her toast, and today her legs and tummy keep going into painful spasms far worse than her usual cramps. She's choking a bit on drinks too. I don't think she's had a tetanus booster in decades. Is this the cramps getting worse with age? What can I give her?",
        "emergency",
    ),
    (
        "Hi, 48, HGV driver so I'm used to long days sat in the cab and I do get the odd night cramp. Got back from a long run down to Spain and back on Friday, about 14 hours driving on the last day. Since Saturday my left calf has been aching, like a cramp that's stuck, it's tender if I squeeze it and it's not getting any better with stretching or walking it off, three days on. The right leg is totally fine. Breathing's fine, no chest problems, I feel well otherwise. Is it worth seeing someone or will it settle if I rest it?",
        "urgent",
    ),
    (
        "Hi, 55F, flew home from Sydney to LA Thursday (about 14 hrs) and I get occasional night leg cramps, nothing crazy. Since Friday my right calf has had this throbbing ache that's not going away, it's sore when I walk and tender when I press on it. The left calf is totally normal. No swelling I can see, no shortness of breath, I feel fine otherwise. I'm on HRT. I've been stretching and taking Advil but it's not budging. Is this something that can wait until my physical next month?",
        "urgent",
    ),
    (
        "Hello doctor, I am 58 years, had my gall bladder removed by laparoscopy 10 days back. I have history of leg cramps at night, I take calcium. From 4 days my left calf is paining continuously, it is not like my usual cramp which goes in few minutes, this one stays whole day and increases when I walk. Right leg is normal. No breathing problem, no chest pain, no fever. Is it due to lying in bed in hospital? Should I do more walking or take rest?",
        "urgent",
    ),
    (
        "Hi all, 31M, tradie, had my right ankle in a cast for a fracture for the last 4 weeks. I get leg cramps after work in summer usually. The calf above the cast on that side has been aching constantly for the last 3 days, not easing when I rest it or wriggle my toes, and it feels tighter inside the cast. Other leg's fine and I'm breathing fine, no chest stuff. Fracture clinic isn't for another 2 weeks. Is that normal with a cast or should I get it looked at sooner?",
        "urgent",
    ),
    (
        "Hi, I'm 60 and was in bed most of the last ten days with a bad back, barely able to get up. I've always had cramps at night in both legs, nothing unusual. But now my right calf has a pain in it that's there all the time, a dull ache that's sore to the touch, and it's not going with stretching or a hot bath, it's been like that since Friday. Left leg's grand. No bother with me breathing or chest. Would it be the back sending pain down the leg? Do I need to see the GP or just wait?",
        "urgent",
    ),
    (
        "Hi ladies, had my little boy 3 weeks ago (normal delivery). I had loads of cramps in pregnancy but they eased after the birth. Now for the last two days my left calf has been really sore, aching all the time, worse when I walk around with the pram, and stretching isn't touching it. My right leg is fine. No swelling that I can see, and I'm not breathless or anything. The health visitor is coming next week. Is it just from carrying the baby around so much?",
        "urgent",
    ),
    (
        "Hi, 29 weeks pregnant and the nighttime leg cramps are real, I've been doing the calf stretches my OB suggested. Today I noticed my left leg is way more swollen than my right, from the ankle up to the knee, and the calf is red and warm to the touch and sore. My right leg has a little ankle swelling but nothing like this. No breathing problems or chest pain. My next OB appt is in 2 weeks. Is this normal pregnancy swelling? Should I just put my feet up?",
        "urgent",
    ),
    (
        "G'day, 67 and I get night cramps most weeks which I manage with stretching. Since yesterday my right leg from the knee down has swelled up, it's red and hot to touch and the calf is tender, and the veins look a bit raised and they're sore when I press. Left leg is normal. No cuts or bites I can see. I feel ok otherwise, breathing normal, no chest pain. Is it worth trying the compression socks I got for the plane or do I wait it out?",
        "urgent",
    ),
    (
        "Hi, 37, I run a bit and get cramp in my calf now and then at night, normally it's gone in a minute if I stand up and stretch. Tonight it came on about half an hour ago and it still hasn't let go, the calf is rock hard and I've stretched it, stood on it, massaged it, had a hot shower, nothing is working. It's just my left calf and I feel fine otherwise. What else can I try? Should I just keep waiting?",
        "urgent",
    ),
    (
        "Hello, I am 42 years, working in IT, I get leg cramps at night sometimes in the foot and calf, usually it goes in few minutes with stretching. Today evening I got a cramp in right thigh while sitting and it is still there after 25 minutes, the muscle is very tight and painful. I tried stretching, massaging with Moov and hot water bag, it is not going at all. No other problem. Kindly suggest what to do now.",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "Hi all, 52, do a bit of hill walking and I've had cramp in my calves at night on and off for years. After reading some scary stuff online I want to be clear up front: no chest pain, breathing is completely fine, no swelling, both legs look the same and nothing red or hot. It's just the classic thing where my calf knots up at 3am, I hop out of bed, stand on it and it's gone in a minute or two, but it's happening three or four nights a week now. Tried magnesium spray, no change. Is it worth mentioning to my GP or is there something else to try first?",
    "Some background: I'm 61 and had a DVT with a small PE back in 2019 after knee surgery. Treated with Eliquis for 6 months, follow-up scans clear, and I've been absolutely fine since, off blood thinners for years now with my hematologist's blessing. Now I get ordinary night cramps in both calves, the kind that wake you up, you flex the foot and they're gone within a couple of minutes, no swelling, no pain in between. Obviously I'm a bit paranoid given my history. Is there anything about the old clot that makes cramps more likely? Any stretching routine you'd suggest?",
    "My uncle Seamus, God rest him, had what everyone thought was a cramp in his leg back in the 80s and then he went down in the kitchen one morning and it was a clot that went to his lung. So I'm a bit jumpy. I'm 48, a postman, walk miles a day, and I get cramps in both calves at night, usually after a long round, they pass in a minute or two with a stretch. No swelling, no trouble breathing, no chest pain, I feel grand. Is it the walking causing them? Would tonic water actually help or is that a myth?",
    "Righto, 24M, had a big one at a mate's 30th last night, way too many beers and not nearly enough water. Woke up with a pounding headache, usual hangover stuff, it's easing now with a couple of Panadol, a Hydralyte and a greasy brekky. Also got woken at 5am by a cramp in my calf that had me yelling, it let go after I stood on it. Walking normally, both legs fine, no weakness or anything, talking fine (the missus would disagree). Is the cramp from the grog drying me out? Anything to stop it happening after a big night?",
    "Hi, 17, play football for the school and a Sunday team. Got a cut on my knee from the astro about a week ago, mum cleaned it, it's healing well, scabbed over, no redness, and I had my tetanus booster at school two years ago. Jaw is fine, no stiffness anywhere. The thing is I keep getting cramp in my calves in the second half of matches and sometimes at night after. It goes with a stretch but it's annoying. Do I need to drink more? Is a banana before a match a real thing?",
    "Hello doctor, I am 63 years, retired teacher, having leg cramps in both calves at night since 2 years, mostly in winter. It comes 2-3 times a week and goes after 2-3 minutes when I press the foot against the wall. No swelling in legs, no chest pain, no breathlessness, I am walking 3 km daily without any problem. Doctor had checked my sugar and thyroid and all are normal. I am taking BP tablet amlodipine. Kindly suggest if any diet change or supplement will help to reduce the cramps.",
    "Background: 38F, I fainted once in 2015 at a concert (hot, standing for hours, hadn't eaten), got checked out in the ER with an EKG and bloodwork and all was fine, never happened again. Mentioning it only because my doctor always asks. Now I'm dealing with foot and calf cramps at night since I started a new job where I'm standing 10 hours. They come on in bed, my toes point and curl, I walk around and it passes. Both legs the same, no swelling. What shoes or insoles help with this?",
    "Hi, 57, ex-smoker (gave up 10 years ago). Back in January I had a nasty chest infection and coughed up a bit of blood, which frightened the life out of me, but the GP sent me for an X-ray and a CT and it was all clear, antibiotics sorted it, and I've been fine since, no cough at all now. Mentioning it in case it matters. What I'm actually asking about is cramp in my feet and calves at night, both sides, started about a month ago, wakes me maybe twice a week and goes in a minute or two. Could it be linked to the statin I started in March?",
    "Hi, 34M, hit the gym hard yesterday, arms day, and this morning both my arms feel weak and dead, can barely lift the kettle, classic DOMS, my legs were the same after leg day last week. Along with it I've been getting calf cramps at night, a couple of times this week, wakes me up, I stretch and it's done in a minute. No numbness, face and speech normal, no headaches, just sore. Is the creatine making the cramps worse? I started it two weeks ago.",
    "Hi, 46, did Snowdon with my son yesterday. I was puffing like a steam train on the steep bit of the Pyg track and had to stop a few times, but I'd got my breath back within a few minutes at the top and was fine the rest of the day, chatting all the way down. Last night both calves cramped in bed, one after the other, horrible but gone in a minute. Today my legs are just normal stiff from the walk, both the same, no swelling, breathing normal. Is this just my body telling me I'm unfit? How do I avoid cramps after a big walk?",
    "Hi, 59M. Full disclosure since people always ask: I had chest pain last spring, went to the ER, EKG, troponins and a stress test all normal, turned out to be reflux and omeprazole fixed it. No chest issues since. What brings me here is calf cramps at night, which started around when my doctor added a water pill (HCTZ) for my BP. They hit 3-4 nights a week and go in a couple minutes. Should I ask about switching the water pill? I don't want to just stop it on my own.",
    "Hi, 38F. My jaw has been stiff and clicky for years, the dentist says it's TMJ from grinding and I wear a night guard, and it's no different lately. No cuts or wounds or anything, no spasms anywhere else. Reason I'm posting is calf cramps: since I started doing reformer Pilates three times a week I get one most nights, usually the right calf, sometimes the left, goes in a minute with a stretch. Do I need magnesium or is it a hydration thing?",
    "Hi, I'm 27 weeks with my first and the cramps in my calves at night are something else, I'd wake the whole house. Both legs, comes on when I point my toes in the bed, goes after a minute or two when himself pulls my foot back. Legs look the same, no redness or heat or swelling in one leg, the midwife checked them last week and was happy. Is magnesium safe to take in pregnancy or should I ask her first? Anything else that helps?",
    "Hey, 33M, just got back from a 12 hr flight from Dubai to Manchester. Both calves were a bit achy when I got off the plane from being sat so long, but after a walk round the house and a good night's sleep they were totally fine, no swelling, both the same. Breathing fine. Then last night I got one of my usual foot cramps, the ones where my toes go sideways, which I get a couple of times a month. Is there anything to do about those?",
    "Hi, 49F, had a knee arthroscopy three weeks ago. Last week I mentioned an ache in my calf to the surgeon and he sent me for an ultrasound scan the same day, which was clear, no clot, and the ache has gone now anyway. Since then I've just had normal night cramps in both legs, same as I had before the op, the kind that go when I stand up. Breathing fine, no swelling. Physio has me doing exercises. Is it normal to get more cramps while you're rebuilding the muscle?",
    "Hi all, 30F, spent all day Saturday at Bondi and forgot to sunscreen my legs, so both shins and calves are red and hot and tender to touch, proper lobster. Same on both sides, and getting better each day with aloe. The last two nights I've also been getting cramps in my calves in bed, which happens to me most summers. Stretch and it's gone. Is the sunburn making the cramps worse, or is it dehydration from the day at the beach?",
    "Hello, my dad is 84 and his ankles puff up a bit in this hot weather, both of them the same, and it goes down overnight when he's had his legs up. The GP knows and checked him over last month. He also gets cramps in his calves at night which wake him two or three times a week, and he has a tot of tonic water for them. No problem with his breathing, he's been pottering in the garden all week. Is tonic water actually safe for him? I read something about quinine.",
    "35F, I've had migraines since I was a teenager, neurologist diagnosed, and I had one of my usual ones yesterday, the slow build with the zigzag aura first, same as always, took my sumatriptan, slept it off, fine today. No weakness or numbness, legs and arms work fine. What I'm wondering about is leg cramps, I get them in my calves at night after a migraine day, maybe because I don't eat or drink much those days? Anyone else notice that?",
    "My husband is 68, he had a heart attack in 2010 and had two stents put in, and he's been fine since, sees the cardiologist yearly and walks every day, no chest pain at all. He's on a statin and I think that's when his leg cramps started, both calves, at night, a few times a week, gone in a couple of minutes. No swelling. Is it safe to ask the doctor about changing the statin? I don't want him stopping something important.",
    "Hi lads, 31, playing Gaelic football, last night in the last ten minutes my hamstring cramped so hard the leg went from under me and I went down on the pitch. The physio stretched it out, I was back up in a minute and finished the match. Didn't hit my head, no headache, arms grand, talked rubbish in the pub after as usual. Hamstring's a bit tender today, both legs otherwise normal. How do I stop it happening in the last quarter? I do drink during the match.",
    "My son is 7 and for the past couple months he wakes up a few nights a week crying that both his legs hurt, usually the calves and shins, mostly after soccer days. I rub them with a warm washcloth and he's back asleep in 20 minutes, and in the morning he's running around like nothing happened, no limp, no swelling, no fever. Our pediatrician mentioned growing pains at his checkup. Is children's ibuprofen ok to give on the bad nights?",
    "Hi, 70, type 2 diabetic for 20 years. My toes on both feet have been a bit numb for years, the diabetic foot clinic checks them every year and says the pulses are fine and it's the nerves, nothing's changed recently, both feet warm and a normal colour. I get cramps in my calves at night too, a few times a week. Is that the diabetes as well? Anything other than stretching? I'd rather not take more tablets.",
    "Hi, 37F, I've had a head cold for a few days with a tickly cough, clear stuff only, no blood, breathing is fine, no chest pain, just stuffy and annoying. Since I've been slobbing on the couch more than normal I've also had a couple of calf cramps at night, both legs, the usual kind that go when I flex my foot. Legs look normal, no swelling. Could cold medicine cause cramps? I've been taking a daytime/nighttime combo.",
    "Hi, my mam had a stroke about six years ago, her face dropped and her speech went, and she recovered well thanks to the quick ambulance, so I know the FAST thing well. Anyway this is about me, I'm 55, and I get cramps in my calves and sometimes the thigh at night, they go after a minute or two of walking about. No weakness, my face and speech are grand, no headaches. Just the cramps, maybe three nights a week, worse after I've been on my feet all day at work. Is there anything I can do at bedtime?",
    "Hey, 29M, training for my first half marathon. Did a hard interval session this morning, 8x400m, and by the last rep I was completely out of breath, hands on knees, couldn't talk for a minute. Got my breath back within a couple of minutes of walking like always and felt fine for the rest of the day. Tonight though both calves cramped up in bed, toes curled and everything, lasted maybe 30 seconds each and went with a stretch. No pain now, legs look normal. Do I need more electrolytes on hard days or is this just part of upping the mileage?",
]

STILL_ALARMED: list[str] = [
    "Silly question maybe. I was watching Casualty last night and one of the characters, an older lady who'd flown back from Australia, had a pain in her calf and then collapsed in the supermarket and couldn't breathe, and it turned out to be a clot on the lung. Gave me a fright because I'm 70 and I get cramp in my calves most nights. Mine come on in bed, last a minute or two, go when I pull my foot back, and I'm right as rain the next day, no swelling, no breathing bother. How do you tell an ordinary cramp from what happened on the telly?",
    "I'm 45 and leaving for a 15 hour flight to Singapore next month. I get pretty regular charley horses at night, and my friend said a leg cramp after a long flight can actually be a blood clot. So before I go, what exactly should I watch out for? Like what does chest pain or shortness of breath from a clot feel like compared to just being tired from travel, and would one leg swelling up be a warning sign? Right now I feel totally fine, just the usual cramps a couple nights a week. Also should I wear compression socks on the plane?",
    "Hi, 66F, I walk the dog every morning even in winter. This morning it was -15 and when I came in my toes were white and numb and freezing, which happens to me every cold snap, I think I have a touch of Raynaud's. I soaked them in warm water and within 20 minutes they were pink, warm and tingly, and they feel completely normal now, both feet the same. Then tonight I got a cramp in my left calf in bed, which is pretty common for me, and it eased after a stretch. Is cold weather a trigger for night cramps?",
    "Ha, embarrassing one. 40F, sat cross legged on the floor for two hours doing a jigsaw with my kids, got up and my right foot was completely numb and floppy and I nearly fell over. Pins and needles for about 5 minutes and then back to totally normal, warm, pink, moving fine, and it's been fine all day since. Then tonight, separate thing, I got a calf cramp in bed, which I get maybe once a week. Went after a stretch. Was the dead foot anything to do with the cramps, or just a squashed nerve?",
    "ok this is a bit daft. 19, uni student, play rugby, cramps in my calves after training are pretty normal for me. Woke up this morning and my left foot was BLUE and I properly panicked for a sec. Turns out it was the dye from the new navy rugby socks I'd slept in, it came off in the shower with some scrubbing, and the foot underneath is normal colour, warm, moves fine, feels fine. Anyway the actual question: I had a cramp in that calf last night after training that lasted about a minute. Should I be stretching before bed?",
    "Hi all, 54, builder. Stood on a rusty nail on site about three weeks ago, went straight to the minor injuries unit, they cleaned it and gave me a tetanus booster, and it's healed up lovely. No stiffness in the jaw or anything like that, eating fine. The thing bugging me is cramp in my calves at night, both legs, which I've had on and off for years but it's been worse in this hot spell. Goes with a stretch. Is it worth taking those rehydration sachets after work?",
    "Asking for my mom who is 72. She had a blood clot in her lung about ten years ago, was in the hospital for a few days, and has been on warfarin ever since with regular INR checks, and she's been totally fine, no breathing issues, walks daily. Lately she's complaining of cramps in both calves at night, maybe twice a week, that wake her up and go away if she walks around the bedroom. No swelling, legs look the same. Could the warfarin be causing cramps? She won't stop it without asking of course.",
    "Hello, I delivered baby girl 5 weeks back, normal delivery. Doctor told me to watch for one leg swelling, calf pain in one leg, breathing difficulty or chest pain, and to come immediately if any. I am not having any of these, both legs are same, breathing is normal. Only problem is cramps in both feet at night, 1-2 times in a week, going in 1 minute. I am breastfeeding. Please suggest which calcium or magnesium is safe while feeding.",
    "Hi, 41F. Last night I got the mother of all charley horses in my left calf, I swear it felt like it went on for an hour, I was screaming. My husband says it was about two minutes, and once it let go it was just a bit sore today like a bruise, which I read is normal. Walking fine, no swelling, both legs look the same. I get these maybe once a month. Is there anything to take at bedtime to prevent them? I've heard mixed things about quinine.",
    "Reading the paper at the weekend about a young footballer who collapsed on the pitch, and it turned out he'd a clot from his leg, and I got a bit of a fright, because I'm 35 and play five-a-side twice a week and I'm forever getting cramps in the calves in the second half. They go off with a stretch and a drink and I'm grand after, no swelling, no breathing bother, no chest pain. How do you tell the difference between a normal cramp and something like that lad had?",
    "Bit of an odd combo. 44F, had a filling this morning and the whole left side of my face was numb and droopy and I sounded drunk talking to the receptionist, which the dentist said is the anaesthetic, and it's worn off nicely now, back to normal apart from a numb bit of lip. Arms and legs all fine. Separate thing: I've been getting cramps in my feet at night for a few weeks since I started running again. Can low magnesium cause foot cramps specifically?",
    "Hello, I am 28 years, male, I have habit of fainting when giving blood sample, it happened last week also in the lab, I became ok in 2 minutes and doctor said it is vasovagal and nothing to worry. Now I am fine. My actual problem is muscle cramps in calves at night after playing badminton, 2-3 times in week, stays for 1 minute. Legs are normal, no swelling. Please advise is it due to low potassium? Should I take coconut water?",
    "Hey, 26M, rugby league. Did an ice bath after training last night and stayed in a bit long, both my feet went white and numb and freezing, took a good 15 minutes in a warm shower to get the colour back but they were pink and normal after and all good today. Then I woke up at 3am with a hammy cramp that nearly sent me through the roof, stretched it out. Do ice baths actually help with cramps or make them worse?",
    "Had the worst cramp of my life in my calf at 4am, it honestly took my breath away for a second, I thought I was going to pass out from the pain, ha. It let go after a minute of me hopping round the bedroom swearing and I'm fine now, breathing normal, the calf's just a bit tender. I'm 50, cycle to work, and get these maybe twice a month. Anything I can do before bed to stop them? Is the tender bit normal?",
    "G'day, I'm a PE teacher putting together a one page handout for our senior students about cramps during sport. Most of it is stretching, fluids, warm up and so on. But I want a short section on when a 'cramp' isn't just a cramp: what signs should make them call 000, like chest pain, breathing trouble, a leg going cold, that kind of thing, and when to see a GP instead? None of my students has an issue right now, I'm just trying to be thorough. What would you include?",
]
