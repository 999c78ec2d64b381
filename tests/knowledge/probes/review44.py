"""A blind review, in the twenty-first session: pregnant people, the weeks after a birth or a
caesarean, and carers of older people (adult children, spouses, care-home staff writing
notes such as "Mrs K, 84, L calf ..."); 40 emergencies, 30 same-day reports and 50
look-alikes, written from the guidance alone. Scored before any change: all 70 reports
raised at their level, 3 of 50 look-alikes alarmed. "A bit puffed going up the stairs" at 36
weeks, checked by the midwife, was alarmed by a reading added earlier in the session
("puffed just walking to the kettle"), which now needs "just" or "even". Still alarmed:
being "out of puff on stairs since about 28 weeks" though the midwife found nothing, and a
fading bruise on the shin of a mother who fell in the garden ten days ago (read as a wound
before a cramp).
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "34 weeks pregnant. My left calf has been aching and tight since yesterday and now I'm suddenly really short of breath just sitting on the sofa, I can't finish a sentence. Is this just the baby pushing up or something else?",
        "emergency",
    ),
    (
        "my wife had our son 12 days ago (c-section) and her right leg is swollen and sore from the knee down. in the last hour she's gone really breathless, puffing just walking to the loo. she says its nothing, what do we do",
        "emergency",
    ),
    (
        "Hi all, 3 weeks postpartum, had a cramp-like pain in my calf that never really went away and tonight I can't catch my breath, heart going really fast. Husband wants me to sleep it off?",
        "emergency",
    ),
    (
        "Mum (79) had her hip replaced 10 days ago. Her operated leg is swollen and painful in the calf and this afternoon she's struggling to breathe, gasping after a few words. The care line said to ask here first.",
        "emergency",
    ),
    (
        "Mr D, 88, bed-bound. R calf swollen + tender since this morning. Now visibly short of breath at rest, breathing fast, says he can't get enough air. Not his usual at all.",
        "emergency",
    ),
    (
        "Postnatal, 2 weeks. Had a sore calf on one side for a few days, thought it was cramp from all the standing and rocking the baby. Now it hurts to take a deep breath, a sharp catch under my ribs every time I breathe in.",
        "emergency",
    ),
    (
        "28 wks. Leg cramps all week, the left one worse and not going away. Today breathing in deeply gives me a sharp stabbing pain in my side so I'm taking little shallow breaths. Midwife line is engaged.",
        "emergency",
    ),
    (
        "Partner is 37 weeks. She's had a sore calf for a couple of days and now she says it hurts to breathe in, she can only take half breaths. She's trying to laugh it off as the baby kicking her lungs.",
        "emergency",
    ),
    (
        "My husband (81) got back from a 9 hour coach trip to see the grandkids yesterday. His calf has hurt since and now he winces every time he breathes in, says it's like a knife in his side. He's not one to complain.",
        "emergency",
    ),
    (
        "Home visit note: Mrs P, 76, 2 wks post knee op. Painful L calf reported Mon. Today c/o pain on deep breath in, R side, holding her ribs when she breathes. Client declining GP.",
        "emergency",
    ),
    (
        "6 days after my caesarean. Had night cramps in my legs, fine, but tonight there's a heavy pressure in the middle of my chest, like someone sitting on it, and it's spreading into my left arm.",
        "emergency",
    ),
    (
        "im 20 weeks and ive got this tight squeezing pain in my chest that started 30 min ago, plus my calf has been crampy all day. feel sweaty and sick. sorry if this is a stupid q",
        "emergency",
    ),
    (
        "Dad, 85, has dementia. He's been rubbing his leg and grimacing all day, now he keeps clutching his chest and saying it's tight, and he's gone grey and sweaty. He can't tell me more than that.",
        "emergency",
    ),
    (
        "I'm Nan's carer. She's 90 and had a fall last week, her leg has been sore since. This evening she's complaining of chest pain, a crushing feeling, and won't sit back in her chair.",
        "emergency",
    ),
    (
        "Care home night shift. Resident, 82, on bed rest after a chest infection, had calf cramps earlier. Now reports central chest pain, pressure-like, started 20 mins ago, pale and clammy.",
        "emergency",
    ),
    (
        "5 weeks after giving birth. My leg's been achy and I put it down to cramps, but I've just coughed up some bright red blood into a tissue, twice now.",
        "emergency",
    ),
    (
        "My girlfriend is 31 weeks pregnant, her calf has been cramping for days and she just had a coughing fit and there was blood in it, streaks of red. Is that normal in pregnancy??",
        "emergency",
    ),
    (
        "Mrs K, 84, L calf painful and swollen since Tues. This am coughing up blood-stained sputum, fresh red. Obs pending. Please advise.",
        "emergency",
    ),
    (
        "My mum is 77 and just back from a long coach holiday in Spain. She's had cramps in one leg since and now she's coughing up blood. Not loads but definitely blood.",
        "emergency",
    ),
    (
        "Partner is 26 wks, had leg cramps earlier, then just fainted in the kitchen, went down for a few seconds. She's awake now and says she's fine and wants to go to bed.",
        "emergency",
    ),
    (
        "Four days post c-section, got up to feed the baby and my legs went from under me, I blacked out on the bathroom floor. My calf's been sore for a couple of days. My mum found me.",
        "emergency",
    ),
    (
        "Im 16 weeks pregnant and I just passed out at the bus stop, people had to catch me. I've had bad cramps in my legs all week. I'm home now, feel wobbly.",
        "emergency",
    ),
    (
        "Dad (83) collapsed in the hallway 10 minutes ago. He's been complaining of a cramp in his right calf since the weekend. He's conscious now but very pale and muddled about what happened.",
        "emergency",
    ),
    (
        "Domiciliary carer. Client, 91, post hip op, L leg painful past 3 days. On arrival found on the floor beside her chair, says she 'came over all faint' and went down. Alert now.",
        "emergency",
    ),
    (
        "33 weeks. About an hour ago my right foot went suddenly cold and white and now I can't feel my toes properly. It hurts a lot. Not like my usual night cramps at all.",
        "emergency",
    ),
    (
        "I'm 10 days postpartum. My left leg went suddenly numb and heavy this morning, I can't lift it or move my foot, and it looks mottled and bluish compared to the other one.",
        "emergency",
    ),
    (
        "My wife is 8 weeks pregnant, she woke up screaming with what we thought was a cramp but her lower leg is now pale and cold to touch, much colder than the other, and she says it's going numb.",
        "emergency",
    ),
    (
        "Mrs H, 87, woke c/o severe pain R leg. R foot cold, pale, no pulse felt at ankle, can't wiggle toes. Onset approx 1hr ago. L foot warm and pink.",
        "emergency",
    ),
    (
        "My husband is 80 with dementia. Tonight his foot suddenly turned a bluish colour and it's icy cold, he's crying with the pain and won't put weight on it. His feet are usually warm.",
        "emergency",
    ),
    (
        "Care worker, morning call. Client, 79, bed-bound, left leg suddenly pale and cold from the knee down, she says it feels dead and she can't move it. Was fine at last night's visit.",
        "emergency",
    ),
    (
        "I'm 2 weeks after having my baby. I was stretching a cramp in my leg and now my right arm and leg feel weak and my face feels funny on one side, my partner says my mouth is drooping.",
        "emergency",
    ),
    (
        "My wife is 38 weeks. She just got the worst headache of her life out of nowhere and her speech is slurred. She had leg cramps earlier. What do I do",
        "emergency",
    ),
    (
        "Sitting with Mum, 82, after her hip op. Thought her leg giving way was cramp but now her face is drooping on the left and she can't lift her left arm. Her speech sounds odd too.",
        "emergency",
    ),
    (
        "Mr T, 90, dementia, usually chatty. Last 20 min sudden slurred speech, R sided weakness arm + leg, R facial droop. Earlier c/o leg cramp.",
        "emergency",
    ),
    (
        "Dad was on the coach back from Blackpool, he said his leg had gone funny and we thought it was cramp. Now he's suddenly confused, can't find his words and one side of his face has dropped.",
        "emergency",
    ),
    (
        "I'm 24 weeks pregnant. Cut my hand on a rusty garden fork about ten days ago. Now my jaw is stiff, I can barely open my mouth, and my legs keep going into painful spasms.",
        "emergency",
    ),
    (
        "Six weeks after the birth, I stood on a nail in the garden last week. Now my jaw is tight and aching and I keep getting spasms in my back and legs, worse than any cramp. Is this tetanus?",
        "emergency",
    ),
    (
        "Dad, 78, gashed his shin on barbed wire at the allotment about 2 weeks ago. Now he says his jaw is locked and stiff and he's having painful spasms in his legs and neck. Struggling to swallow his tea.",
        "emergency",
    ),
    (
        "Mrs A, 85, skin tear L shin from fall in garden (soil) 9 days ago. Today jaw clenched, can't open her mouth for meds, painful muscle spasms in both legs.",
        "emergency",
    ),
    (
        "My wife (80) scraped her leg on a rusty gate a week ago. Since this morning her jaw has gone stiff and her calves keep locking in spasms that make her cry out.",
        "emergency",
    ),
    (
        "I'm 30 weeks and I've had a pain in my left calf since Sunday. It started like a cramp but stretching doesn't shift it and it hurts more when I walk. Right leg's fine.",
        "urgent",
    ),
    (
        "partner is 22 wks pregnant, she's got an ache in her right calf thats been there 2 days now, not going away with massage or stretching, only that leg. she thinks its a cramp that wont quit",
        "urgent",
    ),
    (
        "First trimester (11 weeks). Throbbing pain in my right calf since yesterday, worse when I stand. It's not like the cramps that come and go, it just stays. Left leg is fine.",
        "urgent",
    ),
    (
        "Had my baby 9 days ago. My left calf has been sore and crampy for two days and it isn't easing at all, even with stretching and paracetamol. Only the one side.",
        "urgent",
    ),
    (
        "3 wks post emergency c section. pain in my right calf, like a cramp thats stuck, worse when I walk to the nursery. been like it since yesterday. otherwise feel ok",
        "urgent",
    ),
    (
        "My wife gave birth a month ago. She's had an aching calf on one side for three days, says it throbs when she's on her feet. No swelling we can see. Should she wait for the health visitor?",
        "urgent",
    ),
    (
        "Mum had her hip operation 8 days ago. Since yesterday she's had a pain in the calf of the operated leg that doesn't go away, she says it's a cramp but it's there all the time.",
        "urgent",
    ),
    (
        "Mr B, 81, day 5 after R knee replacement. C/o constant R calf pain since last night, not relieved by repositioning or stretching. Other leg fine. Obs stable.",
        "urgent",
    ),
    (
        "Gran's been stuck in bed for a fortnight with her bad back. Today she's got a pain in her left calf that won't go, she keeps asking me to rub it but it doesn't help.",
        "urgent",
    ),
    (
        "Bed-bound resident, 89. L calf tender and aching since this morning, persists despite passive stretches and massage. R calf nil. Eating and drinking as normal.",
        "urgent",
    ),
    (
        "My father (76) came back yesterday from a 14 hour flight from Australia. His right calf has ached ever since and it's not easing, he's limping a bit. Is this just a cramp from sitting?",
        "urgent",
    ),
    (
        "We did an 8 hour coach trip to Scotland with my aunt (83). Since we got off she's had a pain in one calf, it hasn't gone overnight and walking makes it worse.",
        "urgent",
    ),
    (
        "My mother is 72 and has had her ankle in a cast for 3 weeks after a fall. Now she's got a cramping ache in the calf above the cast that won't ease, it's been like this since yesterday.",
        "urgent",
    ),
    (
        "Pregnant (25 wks) and in a cast for a broken foot. The calf on the cast side has been throbbing since yesterday and won't settle whatever I do. Other leg fine.",
        "urgent",
    ),
    (
        "Mrs K, 84, L calf warm to touch and visibly swollen compared to R since this morning. Skin slightly red. Pt says it's sore. No other complaints.",
        "urgent",
    ),
    (
        "My dad has dementia so he can't tell us much, but his right leg is much bigger than his left today and it feels hot. He keeps pulling away when we touch it.",
        "urgent",
    ),
    (
        "Postpartum 2 weeks. I noticed a vein on the back of my left calf is hard and really sore to touch, like a cord, and the skin around it is a bit red.",
        "urgent",
    ),
    (
        "My husband (79) is recovering from a fall and his left calf has gone a darker colour than the other, kind of purplish on his brown skin, and it's tender and swollen.",
        "urgent",
    ),
    (
        "Five weeks after my section, my right ankle and calf are swollen and warm, the left is normal. It aches like a cramp at night.",
        "urgent",
    ),
    (
        "Home care note: Mr J, 86, R lower leg swollen, warm, hard tender vein along inner calf. Reports cramp-type ache. Alert, chatting, no other concerns.",
        "urgent",
    ),
    (
        "I'm 36 weeks and my right leg has gone red and swollen from the ankle up to the knee, it's sore. Both ankles were puffy before but this is just one leg and it's different.",
        "urgent",
    ),
    (
        "partner 19 wks pregnant, her left leg is red and swollen and she says it feels hot. she's been getting cramps at night. we cant get a gp until next week",
        "urgent",
    ),
    (
        "Pregnant with twins, 29 weeks. One of my legs is swollen and red around the calf today, and it hurts when I walk. Is this the usual pregnancy swelling?",
        "urgent",
    ),
    (
        "12 weeks pregnant. My calf has swollen up on one side and the skin is red and blotchy and sore. I had a cramp there two nights ago.",
        "urgent",
    ),
    (
        "I'm 32 weeks and I've had a cramp in my calf for the last 20 minutes, I've stretched, flexed my foot, walked around, nothing is easing it. It's still rock hard.",
        "urgent",
    ),
    (
        "Mum's 88 and she's had a cramp in her thigh for about a quarter of an hour now. We've tried stretching and massage and it won't let go, she's in tears.",
        "urgent",
    ),
    (
        "Resident, 80. Cramp L calf started 22:10, still present at 22:30 (20 mins) despite stretching, massage and warmth. Muscle remains tight and painful. No other symptoms.",
        "urgent",
    ),
    (
        "I'm pregnant (18 wks) and I cut my shin on a rusty bit of fence 4 days ago, got some soil in it too. Now I'm getting cramps in that leg. Do I need a tetanus jab?",
        "urgent",
    ),
    (
        "Dad (74) fell in the garden on Saturday and got a deep cut on his knee full of soil. He's started getting cramps in that leg. Not sure when he last had a tetanus jab.",
        "urgent",
    ),
    (
        "Client, 82, puncture wound to foot from a rusty nail 3 days ago. Now c/o cramps in that calf. Jaw moving normally, eating fine.",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "25 weeks and I keep getting woken by calf cramps around 3am. I pull my toes up towards me and it goes after a minute, just leaves it a bit sore. Is there anything to stop them?",
    "Third trimester cramps are killing me lol. Both legs, always at night, gone in a minute or two with a stretch. Midwife says common. Any tips for preventing them?",
    "my wife is 30 wks and gets cramps in her calves at night most nights, i rub them and flex her foot and it eases in a minute. can she take magnesium?",
    "Second pregnancy, 22 weeks. Got a calf cramp last night that woke me up, stood on the cold floor and it went within a minute or so. Bit tender this morning but fine walking.",
    "Does anyone else get foot cramps in pregnancy? My toes curl up in bed, I stretch them out and it passes. 27 wks, otherwise all good.",
    "Pregnant 34 weeks, cramps in both calves most nights, eases with stretching. Drinking more water. Just wondering if it's worth mentioning at my next antenatal.",
    "hiya, 19 weeks and had my first proper leg cramp last night, yelped and woke my partner. stretched it out and it went in about a minute. normal?",
    "Partner is 37 weeks. Night cramps in both legs, short ones, she's fine after I help her stretch. She asked me to find out if bananas actually help.",
    "38 weeks and both my ankles are puffy by the evening, especially in the heat. They're back to normal when I wake up. No pain, no redness, both the same. Midwife checked my blood pressure last week and it was fine.",
    "Both feet swell a bit at the end of the day, 35 wks. Gone by the morning. Legs don't hurt. Putting my feet up helps. Is that all I can do?",
    "My wife's 33 weeks and her ankles are puffy after work, both sides the same, goes down overnight with her feet up. No pain. Anything else we can do?",
    "late pregnancy swollen ankles, both evenly, my shoes feel tight in the evening but fine in the mornings. no pain or redness. plus the odd night cramp that stretches out.",
    "Third trimester, summer, both ankles a bit puffy but it goes overnight. No headaches, blood pressure fine at the last check. Just want to know if compression socks are ok.",
    "18 weeks. Sharp pulling pain low down on one side of my bump when I get up too fast or roll over in bed. Lasts seconds. Midwife said round ligament pain. Legs are fine.",
    "Getting twinges in my groin on both sides when I stand up or sneeze, 20 weeks. Not my legs, just the groin. Goes quickly. Is this the ligament thing?",
    "partner's 16 weeks, she gets a stabbing pain at the side of her belly when she turns over, goes in a few secs. she wondered if it's related to her leg cramps at night which ease with stretching",
    "34 weeks, bump goes tight and hard for about 30 seconds a few times an evening, not painful, settles if I change position or have a drink. Baby moving normally. Also the odd leg cramp.",
    "Is it normal to get tightenings at 30 wks? No pattern, not getting stronger, they stop when I lie down. Midwife said Braxton Hicks. I get calf cramps too but they go with a stretch.",
    "My wife keeps getting these practice contractions, irregular and painless, and calf cramps at night that go with a stretch. 36 weeks. Anything we should be doing?",
    "At 36 weeks I get a bit puffed going up the stairs, it's been like this for a month or so and I'm back to normal as soon as I'm at the top. Midwife checked me over and said it's the baby pushing up. No leg pain, no chest pain. I get the odd night cramp which stretches out.",
    "Two weeks after my c-section, getting calf cramps at night in both legs. They ease with stretching within a minute. Wound healing well, walking about more each day.",
    "C-section 4 weeks ago, night cramps in my calves, both sides, gone with a stretch. Otherwise recovering well. Is it dehydration from breastfeeding?",
    "my wife had a caesarean 10 days ago, she gets cramp in her feet at night, it passes when she stretches. the midwife checked her legs at the visit yesterday, all fine.",
    "5 weeks post section. Night leg cramps now and then, short, both legs, ease with stretching and a walk. No swelling. Can I take magnesium while breastfeeding?",
    "Gave birth 3 weeks ago. Calf cramps at night in both legs, they go in a minute with stretching. Also tired all the time but that's the baby!",
    "My mum has Alzheimer's and lately shouts out at night. When I go in she's holding her calf, I stretch her foot up and it settles in a minute and she goes back to sleep. Both legs at different times.",
    "Mr R, 86, dementia. Calling out at night approx 2am, points to calves. Cramp settles with gentle stretch within 1-2 min. Legs warm, no swelling, walking as usual in the morning.",
    "Dad's vascular dementia means he can't explain things, but the night shouting seems to be cramps, he grabs his legs and it passes once we massage them. Is there anything that helps prevent them?",
    "Resident with dementia, 91, shouting during the night. Staff find both calves cramping, ease with stretching and massage. Settles quickly. Fluids encouraged. Any advice for the care plan?",
    "my husband has dementia and wakes yelling most nights, it's leg cramps, always both legs in turn, gone in a minute when I help him stand. It's wearing me out. Worth seeing the GP?",
    "My mum's having her hip done next month. What signs in her legs should I look out for afterwards that mean she needs help quickly? She's fine at the moment, just the odd cramp.",
    "Taking my 84-year-old father on a long coach trip in June. He gets occasional night cramps. What should I watch for on the journey, and what can we do to keep his legs healthy?",
    "New care worker here. Several of my clients get leg cramps. Which signs mean it's not just a cramp and I should escalate? None of them have anything worrying right now.",
    "Gran is going to be on bed rest for a couple of weeks. She gets cramps sometimes which ease with a stretch. What should we keep an eye on while she's in bed?",
    "Care home staff training question: when a resident reports leg cramps, what are the red flags we should check for? Asking in general, no current resident concern.",
    "My nan is 92 and her feet are always cold, they've been like that for years. Warm socks and a blanket sort her out and they pink up. She gets the odd cramp at night. Is it the cold causing it?",
    "Mrs L, 88. Feet cool to touch as usual (long-standing), both sides the same, warm up with bed socks. Night cramp x1 this week, eased with stretching.",
    "Dad always has cold feet, every winter since I can remember, both of them, and they warm up fine with slippers. He had a calf cramp last night that went after a minute.",
    "Care worker. My lady's feet are always a bit cold, same as ever, both feet, good colour once she has her socks on. She asks if being cold causes her cramps.",
    "Mr E, 83, fall last week. Bruise to L thigh fading, yellowing. No swelling, no heat, mobilising with frame as before. Occasional night cramps both legs.",
    "My husband (78) bumped his shin on the coffee table when he stumbled, there's a bruise but it's fading day by day and barely hurts now. Does bruising cause cramps?",
    "Grandad slipped on the step a fortnight ago, bruised his knee, it's nearly gone now. He's back to his walks. Gets cramps in both legs in bed sometimes which pass.",
    "My mother had a DVT in 2009 after a knee operation, treated with blood thinners and no problems since. She now gets ordinary night cramps in both calves that go with a stretch. Is that connected?",
    "Mr F, 80. History: DVT R leg 15 yrs ago, treated. Now: occasional night cramps both calves, resolve with stretching. No swelling, legs look equal.",
    "Dad had a clot in his leg about 10 years ago, took warfarin for 6 months, fine since. He gets the odd cramp in bed which he stretches out. Should he worry about cramps because of his history?",
    "Mum's 6 months past her hip replacement and doing well. She gets cramps in the foot now and then, both feet, which go with a stretch. Could it be her water tablets?",
    "We came back from a coach trip last week; Dad's ankles were a bit puffy on both sides on the coach but were back to normal the next morning. No pain. He's had one cramp since that eased in a minute.",
    "Bed-bound resident, 94. Occasional calf cramps, both legs, settle with passive stretching within a minute. Repositioned 2-hourly, legs warm and equal, no swelling.",
]

STILL_ALARMED: list[str] = [
    "Mildly out of puff on stairs since about 28 weeks, settles straight away at the top, midwife listened to my chest and checked my oxygen last week, all normal. Legs are fine. My question is about cramps: does calcium help?",
    "Mum fell in the garden 10 days ago, she's got a bruise on her shin that's going yellow-green now and getting smaller. Not swollen, walking as normal. She had a cramp last night that stretched out.",
]
