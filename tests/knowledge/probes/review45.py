"""A blind review, in the twenty-first session: messages mostly about ordinary cramps
(magnesium, a marathon, a medicine, sleep) with the sign told once, in passing, as an aside
or a PS; 50 emergencies, 20 same-day reports and 40 look-alikes, written from the guidance
alone. Scored before any change: 64 of 70 reports raised. Missed were "paining in the side
of her chest whenever she takes deep breath", "chest kinda squeezy rn", "coughed up a bit of
pinky stuff", a mother "found on the floor ... doesn't remember going down", a leg "much
colder than the right" twelve words after it is named, and a lad "odd this morning,
muddled". All six are raised now. 6 of 40 look-alikes are alarmed: panting at the top of six
floors and normal after two minutes, lips blue after a sea swim or purple from a slushie, a
father's collapse in 2015, a hospital neighbour's coughing three years ago, a mate who
keeled over last year.
In the twenty-second session a collapse "in 2015" or "last year", told in the past, is quiet.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "Why do my calves cramp at night after a long run? I did a half marathon on Sunday and they've been knotting up every night since. Oh and I've been a bit short of breath since Tuesday, probably the stairs at work. Should I be taking electrolytes or is it just a stretching thing?",
        "emergency",
    ),
    (
        "Quick one about magnesium glycinate vs citrate for night cramps, my left calf has been seizing up all week. Can't get me breath properly today even sat on the settee, but that'll be the hayfever. Which one's better absorbed?",
        "emergency",
    ),
    (
        "I look after my dad, he's 81 and gets awful cramps in his feet at night. He's on furosemide. Does tonic water actually help or is that an old wives' tale? He's puffing a bit just walking to the loo this morning, he says it's the weather. Also what stretches can he do in bed without getting up?",
        "emergency",
    ),
    (
        "Winded since last night just getting up the one flight to my flat, weird, anyway. What's the best stretch for a hamstring cramp? Mine seized during five-a-side and the back of that leg is still tight.",
        "emergency",
    ),
    (
        "My 15 year old son plays rugby and gets cramps in his calves after matches. Would bananas help or is that a myth? He's also saying he can't catch his breath today even lying on the sofa watching telly, teenagers eh. What about sports drinks, are they worth the money?",
        "emergency",
    ),
    (
        "G'day, been getting cramps in me right calf since the long drive back from Broome. Is it dehydration? Reckon I'm a bit out of puff today too, just from hanging out the washing. Anyway what's the go with pickle juice, does it actually work?",
        "emergency",
    ),
    (
        "Good afternoon. I am 74 and have had cramps in my legs for years, mostly the calves and sometimes the feet, and my doctor has always said it is nothing to worry about. I have been taking magnesium tablets from the chemist for about a month. I wanted to ask whether it is better to take them in the morning or at night, and whether they can upset the stomach, because mine has been a little unsettled. My granddaughter says I sound breathless on the telephone today and I must admit I am, since yesterday evening, though I expect it is my age. I also wanted to ask about quinine, which my late husband used to take for his cramps and which seemed to help him a great deal. Is it still given? Thank you kindly.",
        "emergency",
    ),
    (
        "Calf cramp woke me at 3am, left leg, and it's still sore. Is it normal for it to ache all day? It hurts a bit when I take a big breath in now too, weird. Should I use heat or ice on the calf?",
        "emergency",
    ),
    (
        "hey so random q, does creatine cause cramps? started it 2 weeks ago and my calves keep locking up at the gym. also sharp pain in my side when i breathe in deep since this morning lol prob a stitch that won't quit. anyway creatine yes or no",
        "emergency",
    ),
    (
        "My right calf has been cramping on and off since the flight home from Boston on Saturday. I'm drinking loads of water, so I don't think it's that. Sore to breathe in properly today, like a catch under the ribs. Would a foam roller help the calf or make it worse?",
        "emergency",
    ),
    (
        "Sir, my mother aged 62 is having leg cramps at night mostly in left calf. She is taking calcium tablets. Kindly tell if she should also take magnesium. Today she is telling it is paining in the side of her chest whenever she takes deep breath. What food items are good for cramps?",
        "emergency",
    ),
    (
        "Hurts to breathe in properly since yesterday, probably slept funny. Anyway! I'm training for the Edinburgh marathon and getting cramps around mile 18 on long runs. Salt tabs or gels with sodium?",
        "emergency",
    ),
    (
        "Does stretching before bed actually prevent night cramps or is it just something people say? I've been doing the wall calf stretch for a week with no change at all. PS taking a deep breath catches and stabs on the right side since this morning, prob nothing.",
        "emergency",
    ),
    (
        "Got cramps in both calves after my first spin class, is that lactic acid? Also a bit of tightness across my chest this afternoon, like someone's sitting on it, but I'm sure it's the class. How long till the legs stop hurting?",
        "emergency",
    ),
    (
        "Good morning. I am 68 and started atorvastatin last month and now I get leg cramps most nights. My pharmacist said it might be the statin. Should I ask my doctor to switch me to a different one? There's been a heavy pressure in the middle of my chest since breakfast but I think it's just indigestion from the bacon. Thank you for your help.",
        "emergency",
    ),
    (
        "Mum's had cramps in her left calf since her hip op last week, physio says keep moving. She mentioned her chest feels tight and achy today, she's blaming the hospital food lol. Is it ok to massage the calf for her?",
        "emergency",
    ),
    (
        "chest kinda squeezy rn but whatever. what's the best thing for a foot cramp that hits mid-swim?",
        "emergency",
    ),
    (
        "Ma legs have been cramping something terrible since I started on the water tablets. Doctor's no back till Monday. Ma chest's been sore and heavy since this morning an aw, probably the stress. Is there anything I can eat for the cramps?",
        "emergency",
    ),
    (
        "Howzit, my calves cramp every time I do Comrades training, and it's been worse this week. Is it the heat? Slight chest ache now while I'm typing this, probably from the hill session. Should I be taking Rehidrat or Game?",
        "emergency",
    ),
    (
        "Been waking with cramps in my right calf since the long-haul from Singapore. Tried stretching, tried a hot water bottle. PS the hanky had some red in it after that coughing fit this morning. Anything else I can try for the calf?",
        "emergency",
    ),
    (
        "Is tonic water any good for cramps? My nan swears by it. Coughed up a bit of pinky stuff earlier, probably from the cold I had. Also do compression socks help?",
        "emergency",
    ),
    (
        "Good afternoon doctor, please I want to ask about leg cramp. My left leg has been cramping since I came back from the village by bus, nine hours. I have been drinking ORS. This morning when I coughed I saw small blood in the spit. Please which food can help the cramp?",
        "emergency",
    ),
    (
        "My daughter (16) plays netball and gets cramps in her calves most weeks. She's on the pill, if that matters. She coughed up some blood-streaked phlegm at breakfast, she reckons it's her sore throat. Should she try a magnesium spray?",
        "emergency",
    ),
    (
        "A few bright red specks when I coughed into the sink this morning, anyway. Question about cramps: are they worse when you're dehydrated or when you've had too much coffee?",
        "emergency",
    ),
    (
        "Dear Cramp Coach, at 79 I get cramps in my feet that curl my toes right under, usually in the small hours. My daughter bought me a magnesium lotion from the health shop. Does it really work through the skin, or is it money down the drain? I should mention I have coughed up blood twice today, only a little, I put it down to my chest infection. Many thanks, Dorothy.",
        "emergency",
    ),
    (
        "I keep getting cramps in my left calf since my knee surgery 10 days ago. Is that normal healing? Passed out for a few seconds in the kitchen an hour ago, probably got up too fast. What stretches are safe after surgery?",
        "emergency",
    ),
    (
        "My husband fainted at the breakfast table this morning, came round quickly and says he's fine. Anyway, he's been having terrible leg cramps at night, would magnesium help him?",
        "emergency",
    ),
    (
        "my 14 year old collapsed at football training today, came round straight away and the coach said it was the heat. what she's really moaning about is a cramp in her thigh though. ice or heat?",
        "emergency",
    ),
    (
        "Marathon was Sunday, calves are toast, cramping every night. Blacked out for a sec in the shower this morning lol, probably the hot water. What's the best recovery routine for the legs?",
        "emergency",
    ),
    (
        "Sweet as, quick one: are cramps from dehydration or low potassium? Keep getting them in my feet. Went down like a sack of spuds at the bus stop earlier, came to on the footpath. Should I try bananas?",
        "emergency",
    ),
    (
        "Mum is 88 and in a care home. The staff phoned to say she was found on the floor of her room this morning and she doesn't remember going down. She's been complaining of cramps in her calves at night for weeks. Can you tell me what they should be doing for the cramps?",
        "emergency",
    ),
    (
        "my foot's gone a funny colour and it's cold, anyway, magnesium? been getting cramps in that leg all week",
        "emergency",
    ),
    (
        "I'm 70 with poor circulation and get cramps in my calves when I walk to the shops. Can blood pressure tablets cause cramps? Since lunchtime my right foot has gone white and icy and I can't really feel my toes, probably just the cold weather. Anyway, any tips for walking further without the cramps?",
        "emergency",
    ),
    (
        "Woke with a cramp in my left leg, that's normal for me. But now the leg's gone sort of mottled blue and I can't wiggle my toes properly. Anyway, which stretch is best for calf cramps in bed?",
        "emergency",
    ),
    (
        "Lower leg's cold to touch and pale compared to the other one since about an hour ago, probably sat awkwardly. Meanwhile, is it true that dehydration causes cramps in older people?",
        "emergency",
    ),
    (
        "Dad (83, diabetic) gets cramps every night. His carer came in this morning and said his right foot is stone cold and greyish and he can't move it, he says it's because the heating's off. Can you recommend a cream for the cramps?",
        "emergency",
    ),
    (
        "Hi, leg cramp question: after playing badminton yesterday my calf was cramping. Today my foot suddenly numb and cannot move the ankle, also looking very pale. Can apply Salonpas plaster?",
        "emergency",
    ),
    (
        "I'm 45 and cycle to work, and my quads cramp on the last hill every day. Should I eat before riding? Salt? PS my left leg went dead and weak about 20 minutes ago and it's much colder than the right, bit odd.",
        "emergency",
    ),
    (
        "wife says my smile is crooked today, whatever. I've been getting calf cramps after tennis, is it lack of salt?",
        "emergency",
    ),
    (
        "Hi, my mum's 76 and has had cramps in her legs at night for ages. She takes amlodipine. Could that be the cause? She's talking a bit funny on the phone today, slurring like she's had a drink, which she hasn't. Anyway, should she stop the amlodipine?",
        "emergency",
    ),
    (
        "Got a thumping headache out of nowhere about an hour ago, worst I've ever had. Probably dehydrated, which is why I'm asking: do electrolyte drinks stop cramps? My calves cramped on my run as well.",
        "emergency",
    ),
    (
        "My left arm and left leg went weak all of a sudden while I was cooking, the leg just gave way and the arm's still clumsy. Is that just a really bad cramp? Usually my cramps are in the calf and I stretch them out.",
        "emergency",
    ),
    (
        "My 17 year old lad has cramps in his legs, we think it's a growth spurt. He's been odd this morning, muddled, calling me by his sister's name, says he's just tired. Should he take magnesium?",
        "emergency",
    ),
    (
        "Thanks for the tips on night cramps last week, the pillow under the feet is helping. One more question: is yoga good for prevention? PS half my face feels numb and droopy since I woke up, I'm sure it's from sleeping on it.",
        "emergency",
    ),
    (
        "Stood on a rusty nail in the garden about 10 days ago, cleaned it up fine. Now getting cramps, but the weird thing is my jaw's been tight since yesterday and hard to open. Anyway, which stretch for the calf?",
        "emergency",
    ),
    (
        "got a cut on my hand from barbed wire on the farm last week. my legs keep spasming really painfully today, like whole body jerks. is it low magnesium?",
        "emergency",
    ),
    (
        "My jaw feels locked up this morning, can barely open it for toast, weird. Also cramps in my back and legs since yesterday. I had a deep graze from coming off my bike onto gravel about two weeks ago. Magnesium?",
        "emergency",
    ),
    (
        "Nan scraped her shin on a rusty wheelbarrow a fortnight ago. Now she's getting painful spasms in her neck and jaw, and she's struggling to swallow her tea today. She's also on about her leg cramps. What can she take?",
        "emergency",
    ),
    (
        "dog bite 8 days ago. today jaw stiff and can't swallow well. also calves cramping, salt?",
        "emergency",
    ),
    (
        "My son (13) cut his knee on a rusty fence 12 days ago. He's getting cramps in his legs and today he says his jaw aches and goes stiff when he tries to open his mouth. Is it growing pains? Would a warm bath help the cramps?",
        "emergency",
    ),
    (
        "Just back from a 12 hour flight from Dubai and my right calf has had this cramping ache since we landed yesterday, not going with stretching. Is it dehydration from the plane? What electrolytes are best?",
        "urgent",
    ),
    (
        "Had my gallbladder out last week. Left calf has been throbbing and crampy since yesterday, the right one's fine. Does the anaesthetic cause cramps? Should I try magnesium?",
        "urgent",
    ),
    (
        "Cast came off my ankle on Friday after six weeks. Now the calf on that leg is sore and crampy and hasn't eased for two days. Is that just the muscles waking up? Best stretches?",
        "urgent",
    ),
    (
        "Had my baby three weeks ago and I'm breastfeeding. Is magnesium safe? I've had a cramp in my left calf since yesterday that won't ease even with stretching, just that one leg. Also is it normal to be this tired lol",
        "urgent",
    ),
    (
        "Been laid up in bed with flu for a week. Since yesterday my right calf aches like a cramp that won't let go, the left one's fine. Anyway, does quinine still get prescribed for cramps?",
        "urgent",
    ),
    (
        "We drove from Perth to Adelaide over two days, long stints behind the wheel. Since getting here my left calf has had a constant cramping pain that stretching isn't fixing. Is it because I sat weird? Tips?",
        "urgent",
    ),
    (
        "My calves cramp when I swim laps. Tips? Oh and my left lower leg is a bit puffy and warm to the touch since yesterday, the other one's normal. Probably the heat.",
        "urgent",
    ),
    (
        "Question on magnesium oil for cramps. My skin's brown so it's hard to tell, but my right calf looks darker than the left today and it feels hot and swollen, not sure if related. Does the oil sting?",
        "urgent",
    ),
    (
        "Hi, dad's 79 and gets night cramps. This morning his left ankle and calf are swollen up and red, right leg normal, he says it's his socks being too tight. Anything for the cramps?",
        "urgent",
    ),
    (
        "There's a hard, sore vein running down the back of my right calf since yesterday, and that calf's a bit swollen. Anyway, my actual question is whether tonic water helps cramps.",
        "urgent",
    ),
    (
        "I'm 32 weeks and the cramps at night are killing me. Is it ok to stretch like normal? My right leg has been red and puffier than the left since yesterday but everyone swells in pregnancy, right?",
        "urgent",
    ),
    (
        "Main question: can I take magnesium in pregnancy? The leaflet is vague and I'm 7 months gone. Oh, one of my calves is red and swollen today, the other looks fine.",
        "urgent",
    ),
    (
        "Hiya, 28 weeks pregnant with number two and getting woken every night with cramps. My midwife is off till Thursday. The left leg is swollen and reddish round the calf today, only that one. Would a banana before bed help?",
        "urgent",
    ),
    (
        "what actually causes cramps?? asking because my calf's been locked rock hard for about 15 mins now and stretching does nothing",
        "urgent",
    ),
    (
        "Writing this lying on the floor, my hamstring cramp has been locked for about twenty minutes and won't ease no matter how I stretch. While I wait: is it true pickle juice works?",
        "urgent",
    ),
    (
        "My son (15) got a cramp in his foot at football and it's been about half an hour now, still knotted even after stretching and rubbing. Anyway, should he be drinking more during matches?",
        "urgent",
    ),
    (
        "Got cramps in my legs since yesterday. Might be relevant: I gashed my shin on a rusty bit of fence on Saturday and it was full of mud, and I can't remember ever having a tetanus jab. Mainly wondering about magnesium though.",
        "urgent",
    ),
    (
        "Working on the allotment I cut my finger on an old rusty trowel four days ago, soil all in it. Legs are cramping today, probably the digging. Best stretch?",
        "urgent",
    ),
    (
        "I've been stripping old lead paint off the sash windows in our Victorian house without a mask for two weeks, and now I'm getting cramps in my legs. Is it just all the ladder work? Which stretches?",
        "urgent",
    ),
    (
        "Broke an old mercury thermometer and hoovered it up last week, then slept in that room. Since then my legs have been cramping. Anyway, are bananas or coconut water better?",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "Why do I get cramps in my calves after long runs? Did 20 miles on Sunday. PS no chest pain or anything, just tight calves.",
    "Is magnesium glycinate better than citrate for night cramps? Breathing's fine, no cough, nothing like that, it's just the cramps waking me up.",
    "My mum (70) is asking about leg cramps at night, she's on a statin. She hasn't fainted or had any funny turns, she's just fed up with waking up. Would it be worth asking the GP about switching?",
    "Before you ask: no, my leg isn't cold or pale or swollen, both feet look identical and move fine. I just want to know what stretch works for a cramp in the arch of the foot.",
    "cramps in my calves after leg day. not short of breath, not dizzy, face is fine, just sore legs lol. protein or electrolytes?",
    "No cuts or wounds lately and my jaw's fine, before anyone mentions tetanus. Just ordinary night cramps in my calves. Does a warm bath before bed help?",
    "I'm 30 weeks pregnant with cramps every night. Both legs look the same, no redness or swelling on either side, the midwife checked yesterday. Can I use a heat pad?",
    "Not coughing anything up, no blood, chest is clear, before you ask. Just want to know if night cramps are linked to low vitamin D.",
    "PS the red on my hanky this morning was lipstick, I'd wiped my mouth with it, no coughing at all. Anyway, cramps in my feet when I wear heels, why?",
    "short of breath after the 10k, fine after a minute. calves cramped at the 8k mark though, salt tabs?",
    "Went a bit light-headed standing up too fast after my bath last night, sat on the edge for a second and it passed, never went down. Anyway, the reason I'm here is my toes cramp in the bath. Why?",
    "My calf cramped for about five minutes during the night, I stretched it and it went. It's a bit tender this morning, which I gather is normal. How long does the soreness last?",
    "My foot went numb and tingly from sitting cross-legged on the floor at my daughter's recital, pins and needles, back to normal within a minute of standing. Unrelated: do cramps run in families?",
    "I had a stitch in my side during parkrun, gone by the time I'd finished. Calves cramped in the last k. Should I have eaten less beforehand?",
    "My jaw was a bit stiff after the dentist took a tooth out on Monday, the numbness wore off and it's fine now. Meanwhile, my calves cramp when I point my toes in Pilates. How do I stop it?",
    "Had a chest cold last week, all cleared up now, no cough left. Since then I've had calf cramps at night, could being ill have caused them?",
    "Flew back from Toronto on Monday and had a wee calf cramp on the plane, went in a minute with a stretch, and both legs feel completely normal now, no pain at all. Should I wear flight socks next time?",
    "My grandad had a stroke back in 2009, so I'm always a bit twitchy, but I'm 34 and fine. I just get cramps in my calves when I swim. Tips?",
    "My sister had a DVT after her flight to Australia years ago, so I read up on it. Mine's nothing like that, both calves cramp a bit after netball and it's gone in minutes. Bananas or magnesium?",
    "Back in the 80s my uncle got lockjaw after stepping on a nail on the farm, scary stuff. No wounds here though. I'm just a 50 year old runner with calf cramps. Stretch before or after?",
    "I work in a care home and one of our residents had chest pains last year and went into hospital, so staff are a bit jumpy. Today I'm asking for a different resident, whose legs cramp at night. She's 91, otherwise well, walks with a frame, eats and drinks fine, and her legs look normal, no swelling or colour change. She wakes up two or three times a night crying out with the cramps and then can't settle. We've tried a warm drink, gently stretching the calf and rubbing it, and raising the foot of the bed a little. Is there anything else staff can safely do at night, and should we be asking her GP to review her tablets?",
    "My wife had a swollen red leg when she was pregnant with our first, it turned out fine. She's not pregnant now. I'm the one with the cramps, in my hamstrings after five-a-side. Any tips?",
    "my wallet is breathless after the gym fees lol. anyway calf cramps after spin class, what helps?",
    "Took my breath away, the price of magnesium at the chemist! Is the cheap supermarket stuff just as good for night cramps?",
    "The hill at mile 20 of the Dublin marathon nearly killed me, I was dead on my feet and absolutely collapsed on the sofa when I got home, takeaway in hand. Cramps in both calves now. Recovery tips?",
    "My heart sank when I saw the bill for the sports physio, proper chest-clutching stuff. Can I just do the calf stretches myself at home?",
    "I'm blue in the face from telling my husband that cramps aren't just a lack of bananas. Settle it for us: is it potassium or not?",
    "My face dropped when the physio said no running for a week. Seriously though, the cramps in my hamstring, is it overuse?",
    "My legs turned to jelly at the end of the triathlon, as you do, we had a good laugh about it at the finish. Calves have cramped on and off since. Normal?",
    "Painted the bathroom blue yesterday and my feet are still blue, the stuff won't wash off. Anyway, why do my feet cramp when I'm up a ladder?",
    "My calves look grey-green today, but that's the fake tan gone wrong, ha. Real question: cramp in the calf after Zumba, heat or cold?",
    "Bruise on my shin from the coffee table is going yellow-green now, fading nicely. Separate thing: my calf cramps at night. Is magnesium worth it?",
    "The kids drew on my leg with purple marker while I napped, so my leg's a lovely colour today. Anyway, cramps in my feet at night, could it be my shoes?",
    "Dyed my jeans indigo in the bath and now both my legs are tinted blue, lovely. Separately, I'm 62 and get calf cramps after gardening. Stretch tips?",
    "Dad collapsed on a golf course in 2015 (heart, he's fine now with a stent). Anyway, I'm asking about my own cramps: toes curling at night, usually the left foot, lasts a minute. Why the toes?",
    "My mate keeled over at the Great North Run last year from the heat, so I'm paranoid about hydration now. My own issue is calf cramps around mile 10. How much salt per hour?",
]

STILL_ALARMED: list[str] = [
    "Yesterday I had to climb six floors because the lift was not working and I was panting at the top, but after sitting two minutes it was completely normal. My question is about night cramps in the calf. Is it calcium deficiency?",
    "My lips were blue after a swim in the sea at Bondi this morning, warmed up with a hot chocolate and they're back to pink. Calf cramped in the water though. Is cold water a trigger?",
    "The lady in the next bed when I had my hip done coughed up blood, gave me a right fright. That was three years ago and I've healed well. Now it's just night cramps, and I want to know if tonic water is safe to drink every night.",
    "My lips are purple in every photo today but that's the blackcurrant slushie, not my circulation. Cramp question: why do they always hit just as I'm falling asleep?",
]
