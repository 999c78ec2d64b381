"""A blind break-review, in the twenty-fourth session, of the session's own readings: speech
that "sounds slurry" or "drunk" against no words for breath, pain, a dentist or drink;
swelling "long gone"; scratches and bites as wounds against a throat or nerves that explain
the swallowing; air hunger told by yawning or sighing; one calf hurting all day beside a
clot risk; and 15 more emergencies in everyday words; 35 emergencies, 15 same-day reports
and 35 look-alikes, written from the guidance alone. Scored before any change: 39 of 50
reports raised (words that "sound drunk", talking "like he's had a few", everything that
"comes out slurry", a cat's scratch "with pus" and a dog that "nipped his ankle" before the
jaw and the swallowing, yawning that "never hits the spot", "can't seem to get enough air",
"breathe and breathe but is like not enough", an arm and a leg of one side "heavy and
clumsy", a mother "asking what day it was, over and over", the back of a leg aching above a
cast), 10 of 35 look-alikes alarmed. All reports are raised now; 5 look-alikes are still
alarmed: a dentist's numb half face and slurry words (told in the sentences after the
dentist's), breath "too puffed to talk" after a spin class, a breath not full while
watching free divers, a singer's breathing lessons, and a film's stroke told in the clause
after the film's.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    ("mum's voice sounds slurry since lunch and her leg keeps giving way", "emergency"),
    ("my words sound drunk but i havent had a drop, calf cramp too", "emergency"),
    (
        "Bit of an odd one. My husband (62) had his usual calf cramp in bed last night and we stretched it out, fine. This morning he came down for breakfast and he's talking like he's had a few, words all mushed together, and he swears he hasn't touched a drink since Christmas. He's laughing it off and says it's because he slept badly, but he also dropped his mug with his right hand a minute ago and couldn't pick it back up. Should I just let him rest and see how the cramp goes?",
        "emergency",
    ),
    (
        "My father speak very strange since one hour, like the words is melting in his mouth, and the left side of his mouth not move. Before this he had cramp in the leg. What I do?",
        "emergency",
    ),
    (
        "keep tripping over my own words today, everything comes out slurry n my tongue feels thick. had leg cramps all week, is it magnesium??",
        "emergency",
    ),
    ("Gran's speech went garbled 20 mins ago and she seems muddled. Cramps earlier", "emergency"),
    (
        "Out of breath after just walking up to the bedroom, can't finish a sentence without stopping, and my left calf has been sore and swollen since Sunday. Not a runner but I've never been this bad.",
        "emergency",
    ),
    ("cant talk cos im gasping even sat down, calf cramp wont go", "emergency"),
    (
        "Thought I was just puffed from the football but it's been an hour since the final whistle and I still can't get a sentence out, and my right calf is tight and hot.",
        "emergency",
    ),
    ("cut by barbed wire last week, now my jaw's locking and calves spasming", "emergency"),
    (
        "I'm a keen gardener and about ten days ago I got properly torn up by the rose bush I was pruning, nothing dramatic, I just washed it. I've had cramps in my legs on and off for years so I didn't think much of the ones this week. But since yesterday my jaw feels tight like I've been clenching all night, I can't open it properly to eat my toast, and my neck is stiff. No cold, no sore throat, teeth are fine. Is this a magnesium thing? My wife thinks I'm overreacting.",
        "emergency",
    ),
    (
        "The cat of my neighbour scratch my arm 8 days ago, now it is red and with pus. Today is hard to swallow, water go down difficult, and the muscles in my back make spasm. Throat is not sore.",
        "emergency",
    ),
    (
        "Bit worried about my son, he's 9. A neighbour's dog nipped his ankle at the park last Thursday, small puncture, we cleaned it and put a plaster on and it's been a bit red. He's always had growing pains in his legs at night so I didn't think much of his cramps this week. But since this morning he says his jaw won't open properly, he can only sip through a straw, and every so often his tummy muscles go rock hard and he cries because it hurts so much. No sore throat, no temperature I can find. Could it just be a virus?",
        "emergency",
    ),
    ("bramble scratch gone nasty, now cant swallow properly & stiff jaw", "emergency"),
    (
        "Okay so this might be nothing. Two weeks ago I was clearing the old fence at my allotment and scraped my shin on rusty wire, it scabbed and then went a bit angry and yellow. I had a bad leg cramp last week. Now today I keep getting these massive spasms where my whole back arches and my fists clench, they come every few minutes and they're agony, and my jaw is tight. I'm 71, I don't think I've had a tetanus jab since the 80s. Can I take something for the cramps?",
        "emergency",
    ),
    ("keep yawning but it never hits the spot, like air isnt reaching, calf hurts", "emergency"),
    (
        "Since this afternoon I can't get a full breath in, it's like my lungs stop halfway. My right calf has been crampy and sore for three days.",
        "emergency",
    ),
    (
        "My mum (74) is on the sofa and keeps sighing every few breaths, big deep sighs like she's fed up, but she says she isn't upset, she just can't seem to get enough air. It started this morning. She had a knee replacement three weeks ago and has been complaining about her calf on the operated side, which we put down to cramp from the physio. She's a bit grey in the face. I don't want to make a fuss if it's just her being tired, she hates doctors.",
        "emergency",
    ),
    (
        "i breathe and breathe but is like not enough, like after swimming under the water, but i am only sitting. also the leg cramp from yesterday still there",
        "emergency",
    ),
    ("feels like breathing through a straw, cramp in calf won't shift", "emergency"),
    (
        "Long day. I drove down from Inverness to see my daughter yesterday, eight hours with one stop, and my left calf has been cramping on and off since. Thought it was the pedals. This evening we were watching telly and I got this heavy feeling in the middle of my chest, like someone sitting on me, and it's still there twenty minutes later. I'm 58, a bit overweight. My daughter wants to ring someone but I said I'd ask you first since the cramp is the main thing.",
        "emergency",
    ),
    ("tight band round my chest right now, leg cramped earlier", "emergency"),
    (
        "I came back on the coach from Poland on Tuesday, 26 hours with barely any stops, and my left calf has been killing me since, I just figured cramps from sitting. This morning I woke up with a stabbing catch under my ribs on the right every time I breathe in deep, so I'm doing little shallow breaths to avoid it. I haven't lifted anything or fallen. I'm 39, smoker. I was going to just take ibuprofen and go to work, is that ok?",
        "emergency",
    ),
    ("hurts to breathe in proper now, had a sore calf since my op", "emergency"),
    (
        "Coughed into a tissue just now and there were streaks of bright red in the phlegm. No nosebleed, no cold. Also one calf has felt tight and crampy for a couple of days.",
        "emergency",
    ),
    (
        "My boyfriend has been moaning about a calf cramp since he came back from his work trip to Singapore on Friday, he thought it was from sleeping funny on the plane. He's been hobbling a bit. Tonight he had a coughing fit in the bathroom and when I went in there was blood in the sink, he says it came up with the cough, not from his gums or nose. He's now sitting on the edge of the bed saying he's fine and I should stop fussing, he just wants something for the leg. What should we do?",
        "emergency",
    ),
    ("Dad just keeled over in the kitchen, leg cramp all day", "emergency"),
    (
        "My wife had our baby by C-section eight days ago and she's been complaining her right calf is sore for a couple of days, we thought it was cramp from being in bed. Just now she stood up from feeding, went all floppy, slid down the wall and didn't answer me for about a minute. She's come round now and is sitting on the floor, very pale and sweaty, says she's fine and just stood up too fast. The baby's fine. Do I need to do anything?",
        "emergency",
    ),
    (
        "Something weird is going on with my right foot. I was sitting at my desk about an hour ago and got what I thought was a cramp in the calf, really sharp, but it didn't ease when I stood on it. Now the whole foot is a horrible waxy white colour and it's freezing compared to the other one, and the toes feel like they're asleep, I can barely wiggle them. I'm 67 and have an irregular heartbeat that I take tablets for. I've stretched it and put it in warm water but nothing changes.",
        "emergency",
    ),
    ("my leg is blue and cold like ice since this morning, cramp no stop", "emergency"),
    (
        "Grandad's foot has gone a really dodgy mottled purple colour and it's stone cold, he says it feels dead and he can't move his toes. Came on after a bad cramp this afternoon.",
        "emergency",
    ),
    (
        "Woke up and my left arm and left leg both feel heavy and clumsy, like they belong to someone else. I assumed it was the leg cramp from last night but the arm doesn't make sense.",
        "emergency",
    ),
    (
        "My mother is 80 and lives with us. She had a horrible cramp in her calf overnight which woke the whole house. At lunch she was fine. About half an hour ago she started asking me what day it was, over and over, and called me by my sister's name, and she couldn't remember how to use the TV remote she's used for ten years. She doesn't seem to be in pain and there's no fever. She's normally sharp as a tack. Is this from being tired after the cramp or dehydration? I've given her water.",
        "emergency",
    ),
    ("Worst headache of my life came out of nowhere 10 min ago, also cramping", "emergency"),
    (
        "my partner's smile is lopsided since tea time, one side of her face just hangs, and she says her leg feels weak but she thinks its just cramp",
        "emergency",
    ),
    ("my right leg is fat and red compared to the left since Sunday", "urgent"),
    (
        "I had a calf cramp a month ago that left my ankle swollen for a few days, but that swelling was long gone by the next week. The problem is that since yesterday the left calf has puffed up again, it's now visibly bigger than the right one, the skin is warm and a bit dusky, and my sock leaves a deep line only on that side. It aches when I walk. No breathing problems, no chest pain, I feel well otherwise. I'm 45 and not on any medicines. Is it the cramp again?",
        "urgent",
    ),
    (
        "My leg, only the left, is swelling from two days, hot when I touch, and a vein there is hard like a string and sore. No problem with breath.",
        "urgent",
    ),
    ("32 weeks pregnant, left leg gone red, puffy and warm today", "urgent"),
    ("swelling's not settled at all, calf still big and hot on one side", "urgent"),
    ("one calf aching nonstop since my flight from Sydney", "urgent"),
    (
        "I'm 24 and on the combined pill. Since Wednesday my left calf has hurt all day and all night, it's a deep ache, not like a normal cramp that grabs and then lets go. Stretching it doesn't make a difference and it's worse when I'm on my feet at work. The right calf is completely fine. I can't see any swelling and I've got no breathing problems or chest pain. I haven't done any new exercise. Is it ok to wait for my GP appointment in two weeks?",
        "urgent",
    ),
    (
        "I had my baby 12 days ago (all good, vaginal birth, small tear that's healing). For the last two days my right calf has been aching constantly, like a cramp that never lets go, it's there when I'm feeding in the chair and when I lie down at night. I've been stretching it, and the midwife's leaflet said cramps are normal in pregnancy, but I'm not pregnant anymore. The left calf is totally fine. No swelling I can see, breathing fine, no chest pain. Could it be from carrying the car seat?",
        "urgent",
    ),
    (
        "My son is 16 and broke his ankle playing rugby three weeks ago, it's in a below-knee cast and he's been on crutches and mostly on the sofa. Since last night he's been saying the back of his leg, up behind the knee where the cast stops, aches all the time, not just when he moves, and it kept him awake. He says it's different to the itchy aching he had before. No problems breathing. Should we wait for the fracture clinic on Friday?",
        "urgent",
    ),
    ("had my hip done 10 days ago, that side calf aching all day today", "urgent"),
    (
        "I arrive yesterday with bus 20 hours from Bucharest. Now my right calf pain all the time, not go away when I stretch, left is ok.",
        "urgent",
    ),
    (
        "My mum is 69 and has been stuck in bed for a week with a nasty flu. She's over the worst of it, no cough now and breathing fine. But since yesterday her left calf hurts constantly, she says it's a deep ache like a cramp that won't let go, even when she's lying still. The right leg is fine. She's been on HRT for years. She wants to just rub some Deep Heat on it and wait. Anything else we should do?",
        "urgent",
    ),
    ("Calf cramp 15 min now, still locked solid, stretching does nothing", "urgent"),
    (
        "Stood on a rusty nail while I was digging out the old shed on Saturday, it went right through my welly into the sole of my foot. I cleaned it and it's a bit sore. Since yesterday my foot and calf on that side keep cramping up, really tight, on and off. No stiffness in my jaw or neck, swallowing fine, just the cramps. Not sure when my last tetanus jab was, probably school.",
        "urgent",
    ),
    (
        "I work restoring old houses and this week I've been stripping a lot of old lead paint, not always with the mask on if I'm honest. Since Tuesday I've had horrible cramps in both legs, mostly at night, and my tummy has been off too. Yesterday I had a metallic taste in my mouth. I'm otherwise ok, breathing normal, no chest pain. My colleague says drink tonic water for the cramps. Should I?",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "Couldn't talk after the 10k finish, totally gassed, both calves cramped. Fine now",
    "My daughter (8) got a cramp in her foot at swimming club tonight and was crying so hard she couldn't talk properly for a bit, just gulping and hiccuping between sobs. Once I rubbed it and gave her a cuddle she calmed down, and now she's chatting away about her dinner and walking normally. It's the second time this month she's had one in the pool. Is there anything we should do before the next lesson, like stretching or a banana?",
    "laughed so hard i couldnt speak, then got a foot cramp lol",
    "Had way too many at my cousin's wedding last night, was talking like I'd had a few because I had lol. Now hungover with cramp in both calves. Does booze cause cramps?",
    "The cramp was so painful I couldn't speak, I just lay there gritting my teeth until it passed. It's gone now, just a bruised feeling in the calf.",
    "ankle swelling long gone since my sprain in March, just odd night cramps now",
    "Swelling's settled completely since I got my compression socks sorted last year, both legs look normal now. Still get the occasional cramp in my foot when I point my toes.",
    "Update for you: last month I had a hot swollen calf, went to hospital, they scanned it and it wasn't a clot, it was a burst Baker's cyst. The swelling went down over three weeks and is long gone now, both legs are the same size, no redness, and I've been back at my pilates classes. What I'm left with is ordinary cramps in my feet sometimes after class, maybe once a week, that go with a stretch. Is there anything I can eat or do to help with those?",
    "Two years ago my legs was swelling in pregnancy but after the baby all gone. Now only sometimes cramp in the night, 1 minute, then ok.",
    "The puffiness from my ankle twist went down weeks ago. Any stretches for cramps?",
    "My feet used to swell on hot days at work but that stopped once the weather cooled off in September. These days I just get the odd calf cramp after football.",
    "I got scratched to bits by the rose bushes when I was pruning last summer, all healed ages ago without any fuss. This week I've come down with tonsillitis, the GP had a look, said it's bacterial and gave me penicillin, so swallowing is murder at the moment and my glands are up. I've also noticed my calves cramping at night more while I'm ill and not eating much. Is that because I'm run down and not drinking enough? What can I do to help?",
    "Had two wisdom teeth out on Monday under local. My jaw is stiff and I can only open it a bit, and swallowing is sore, but the dentist warned me this would be the case for about a week and it's already better than yesterday. I'm on soup and smoothies. Last night I had a proper calf cramp at 2am, probably because I'm barely eating. Is there anything I can drink that helps cramps?",
    "My cat gave me a tiny scratch on the wrist when I was trimming her claws at the weekend, barely broke the skin. It's clean and already fading, and my tetanus booster was done two years ago when I stood on a nail. Separately I've got a streaming cold with a scratchy sore throat, so swallowing hurts a bit, and my calves cramp at night when I'm run down like this, which has happened for years. Would a bit of magnesium help with the cramps?",
    "I've got my driving test tomorrow and I'm a bag of nerves. I've got that lump-in-the-throat feeling where swallowing feels weird, which always happens to me before exams, my mum's the same. I also had a bramble scratch on my hand back in the spring, totally healed, only mentioning it because my friend said scratches can cause lockjaw and now I've wound myself up. My foot keeps cramping when I press the clutch in my lessons though. Any tips?",
    "my throat's proper scratchy from shouting at the match, calves cramped too",
    "Barbed wire ripped my jeans at the farm this morning, skin not even touched thank god. Got a bit of calf cramp from all the walking, both legs.",
    "My son's got tonsillitis, the doctor saw him yesterday and gave antibiotics, so his throat hurts and swallowing is hard for now. He also had an ache in both legs last night like his usual growing pains, gone this morning. He's got a few old cat scratches on his arms but they healed weeks ago.",
    "yawning nonstop today cos the baby was up all night, then foot cramp",
    "Night shift just finished and I can't stop yawning, totally knackered. Breathing's normal, just tired. Had a cramp in my calf on the drive home, stretched it out and it went.",
    "My teenager sighs dramatically all day whenever I ask him to tidy his room. He also gets calf cramps after football, should he stretch more?",
    "both calves achy after yesterday's hike up Snowdon",
    "We did the Coast to Coast walk over the last week, about 20 miles a day with heavy packs. Both my calves are achy and tight today, especially going down stairs, and I had a cramp in each one last night in the B&B. No swelling, both legs look the same, I can walk fine, just stiff like after any big hike. My husband has the same. Is there anything better than stretching to help them recover before we head home on Sunday?",
    "Yesterday I go to the mountain first time, very long walk. Today both my legs hurt in the calf, all two the same, when I go down stairs. Is normal?",
    "First week back at parkrun after the winter, plus I did a hill session on Tuesday, so both calves are sore today, like DOMS, tender when I press them and stiff on the stairs. Had a twinge of cramp in each overnight, they let go after a stretch. They look the same, no swelling or redness. No long trips, not on any tablets. Should I rest this week or run through it?",
    "28 weeks pregnant, quick cramp in both calves at night, legs look normal",
    "lol my legs are blue, it's dye from my new jeans. foot cramp too",
    "Feet always cold in winter, both of them, warm up fine with socks and a hot water bottle. Get a calf cramp every few weeks.",
    "Fainted once at 15 having blood taken, never since. Any night cramp tips?",
    "Last year I had chest pains and went through all the heart tests, ECG, bloods, even a scan, and it turned out to be acid reflux, which is now sorted with tablets and I haven't had any chest pain since. My GP was great. I'm asking because my mum always said cramps were to do with the heart, and I've started getting a cramp in my foot maybe twice a month when I'm in bed. Is she right or is that an old wives' tale?",
]

STILL_ALARMED: list[str] = [
    "Just got back from the dentist after a filling. Half my face is still numb, my lip feels huge and my words sound slurry, my kids are finding it hilarious. The dentist said the anaesthetic wears off in two or three hours and not to eat till then. While I was in the chair with my legs stretched out I got a cramp in my calf that made me jump, it's gone now. Is there a way to stop that happening next time, like pointing my toes differently?",
    "After my spin class I was too puffed to talk for a minute, totally normal for me. Then both calves cramped in the shower, eased with a stretch.",
    "Watched a documentary about free divers holding their breath and I felt like I couldn't get a full breath just watching it, ha. Anyway, my real question: why do my feet cramp in bed?",
    "I'm a singer and my teacher keeps telling me I can't get a full breath because I breathe into my shoulders instead of my belly, so we're working on that in lessons. Breathing in everyday life is totally fine, I can run for the bus no problem. The thing I wanted to ask about is that when I stand for a long rehearsal, both my calves sometimes cramp up by the end, usually the next morning too. Could it be my shoes or standing still?",
    "Just watched a film where the dad has a stroke at a wedding, his face drops on one side and he can't get his words out, and the whole family has to learn to look after him. Made me cry my eyes out. It did make me wonder about my own health though: I get cramps in my toes when I'm in bed, maybe twice a week, and they go when I pull my toes back. Is that anything to do with circulation or just one of those things?",
]
