"""Probes of the review of the learned second net under the red-flag concepts
(knowledge/flag_model.py, used by Assistant._learned_sign; uncommitted on c142f6a): a
logistic regression over words and neighbouring word pairs that speaks only when the rules
found no sign, in English messages of 12+ words about legs or cramps, at 70% or more.

102 reports told in idioms (all 15 signs: puffing like a steam train, an elephant parked on
the chest, a cough like strawberry jam, going down like a sack of potatoes, a foot like a
frozen chicken fillet, a smile gone lopsided, jaw muscles like iron after a rake, a calf
like a balloon or a baked potato, an ache like toothache since New York, a cramp as long
as an episode of EastEnders, stripping old paint, melting fishing weights) and 182
look-alikes (dramatic cramps that ease; "since yesterday", "this morning", a flight with
the legs fine, surgery years ago, dad, mum, a hospital shift; breathing, heart, chest,
blood, cold, blue, numb, jaw and face words used harmlessly; someone else's old emergency
told as background; a sign denied).

Of the reports, 80 were caught at their level or higher when written, 8 of them by the
learned net (then at 70%); 14 were missed, and 9 were caught by the rules only as an urgent
sign when they report an emergency (STILL_UNDER: an expected failure of its own in the
probe test). What the reviewer found, and what changed in the ninth session since:
- the net's level was the level whose signs shared more of the probability, so a little
  on each of 8 emergency signs outweighed most on one urgent sign ("my leg is fat and the
  skin is flushed and burning" read as "trouble breathing"): the level is now the
  likeliest sign's;
- the net never raised a same-day sign of the rules, though for all 8 then under it read
  the right emergency: it now does when it reads an emergency, and 5 moved to REPORTS;
- the gate (`not_about_cramps`) set aside 2 reports the net read at 87% and 96% ("talking
  like he is drunk", "a deep bruised feeling": another condition, no cramp named): it is
  now `no_leg_of_the_writer` (an animal, a request, cramps elsewhere), and both are caught;
- the probe test read English look-alikes with the rules alone, so 24 look-alikes of the
  earlier reviews alarmed by the net went unseen: it reads the whole answer now, and the
  threshold went from 70% to 80% (16 of them left, moved to STILL_ALARMED).

Of the look-alikes, 11 are alarmed: 4 by the learned net (a jaw that aches beside calves
that ache, twice, read as tetanus stiffness; a calf "not swollen and not red", twice, read
as a swollen red calf) and 7 by the rules (puffing or gasping after exertion, toes white
in the snow for a moment, a face red with embarrassment or drooped with disappointment, a
friend's old pneumonia, a calf that hurt for a minute after a flight).

READ_WHOLE: `fired` in the probe test is the rules alone, so the look-alikes here are
checked with the assistant's whole answer, where the learned net speaks; as `fired`, 4 of
the STILL_ALARMED would pass unexpectedly and a learned false alarm would go unseen.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

# The look-alikes are checked with the whole answer (the learned net's too), not the rules alone.
READ_WHOLE = True

REPORTS = [
    # coughing blood (emergency): raised since the net's refit on batch 52
    ('my cough is bringing up stuff that looks like strawberry jam, and my calf has been aching for days', 'emergency'),
    # breathless (emergency)
    ('my calf has been throbbing since the long haul flight and now i am puffing like an old steam train just sitting still', 'emergency'),
    ('sitting on the sofa doing nothing and i cant get enough air in, and my left calf has been sore for days', 'emergency'),
    ('mum is huffing and puffing just walking to the kitchen and her leg has been swollen all week', 'emergency'),
    ('i feel like a fish on the riverbank gasping, and my calf was cramping all yesterday and wont let up', 'emergency'),
    # painful_breathing (emergency)
    ('when i fill my lungs right up there is a stab under my ribs, and my calf has been aching since the cast came off', 'emergency'),
    ('every big breath in catches me like a knife in the side and my leg has been sore since the long drive', 'emergency'),
    ('yawning hurts my chest on the right side now, and my calf has been throbbing since yesterday', 'emergency'),
    ('breathing in deep feels like pulling a rusty zip up my side, my calf has been tight for three days', 'emergency'),  # learned net: painful_breathing
    ('laughing or sighing sends a sharp jab through my ribs and my calf has been sore since i got back from the states', 'emergency'),  # learned net: painful_breathing
    # chest_pain (emergency)
    ('feels like an elephant parked on my chest and my calf has been swollen since the flight home', 'emergency'),
    ('there is a fist squeezing behind my breastbone and my leg has been throbbing since the surgery', 'emergency'),
    ('a heavy ache in the middle of my chest spreading to my arm, and my calves have been cramping all afternoon', 'emergency'),
    ('it is like a band being tightened round my chest and my leg has been sore and fat since i was in hospital', 'emergency'),
    ('a crushing weight behind my breastbone right now, calf was cramping earlier, what do i do', 'emergency'),
    # coughing_blood (emergency)
    ('i coughed into a tissue and it came out pink and frothy, and my calf has been sore since the train journey', 'emergency'),
    ('little red threads in what i hacked up this morning, and my left leg has been swollen since the weekend', 'emergency'),
    ('spat in the sink after a coughing fit and it was rusty brown and red, leg has been sore since my op', 'emergency'),  # learned net: coughing_blood
    ('there were bright red specks on my hanky after coughing, and my calf cramp from yesterday never went', 'emergency'),
    # collapse (emergency)
    ('my nan just went down like a sack of potatoes in the kitchen after moaning about her leg all day', 'emergency'),
    ('he keeled over in the garden after saying his calf was killing him and he is only just coming round', 'emergency'),
    ('everything went black and i woke up on the bathroom floor, my calf has been sore since the flight', 'emergency'),
    ('i blacked out for a bit on the stairs, my legs have been cramping and swollen since the weekend', 'emergency'),
    ('the lights went out and i came to on the floor of the shop with my calf still cramping', 'emergency'),
    # cold_pale_leg (emergency)
    ('out of nowhere my foot has gone the colour of a dead fish and feels like ice and it hurts like hell', 'emergency'),
    ('my lower leg went like marble all of a sudden, white and freezing to touch, and i cant wiggle my toes', 'emergency'),
    ('my left foot suddenly feels like a block of wood, cold and dead, and it went whiter than my socks', 'emergency'),
    ('his leg suddenly went cold as stone from the knee down and he says it hurts like nothing before', 'emergency'),
    ('after the cramp my foot is like a frozen chicken fillet, pale and i cant feel it or move it', 'emergency'),
    # stroke_signs (emergency)
    ("my mum's smile has gone lopsided all of a sudden and her leg gave way under her, she says her calf cramped", 'emergency'),
    ('one half of my face feels like it belongs to someone else and my leg on the same side is heavy as a log', 'emergency'),
    ('the worst headache of my life came on like a thunderclap and my leg went floppy', 'emergency'),
    ('she cant lift her right arm and her right leg keeps folding, this started ten minutes ago, earlier she had cramps', 'emergency'),
    ('my words are coming out jumbled and my left leg wont take my weight, it came on just now', 'emergency'),
    ('his mouth is sagging on one side and he cant hold his cup, he was complaining of leg cramps', 'emergency'),  # learned net: stroke_signs
    # tetanus_stiffness (emergency)
    ('stood on a nail in the shed ten days ago and now my jaw is locked tight, i can barely get a spoon in', 'emergency'),
    ('gashed my leg on barbed wire in the field last week, now my neck and back keep going rigid like a plank', 'emergency'),
    ('a week after a splinter from an old fence post my whole body keeps seizing up in painful jolts', 'emergency'),
    ('cut my foot on a rusty tin at the allotment, now my teeth are clamped and swallowing is hard', 'emergency'),
    ('my son cut his knee on a rusty bike chain last week and now he cant open his mouth to eat', 'emergency'),
    # one_sided_leg (urgent)
    ('my right calf is like a balloon compared to the left, and it feels like it has a hot water bottle inside', 'urgent'),
    ('one leg looks like it has been pumped up, the other is normal, and the skin on the bad one is angry looking', 'urgent'),
    ('my left shin feels like a radiator and the calf is twice the size of the other one', 'urgent'),
    ('the veins down the back of my right calf are like hard ropes and really tender to touch', 'urgent'),
    ('only my left ankle and calf have puffed up like bread dough, the right one is totally normal', 'urgent'),
    ('one calf looks like a ripe tomato and is warm as toast, the other calf is fine', 'urgent'),
    ('my right leg has gone a purply dusky colour down the calf and it is throbbing, the left looks normal', 'urgent'),
    # clot_risk_calf_pain (urgent)
    ('back from new york on tuesday and my left calf has had a nagging toothache of a pain ever since that wont shift', 'urgent'),  # learned net: clot_risk_calf_pain
    ('my plaster came off friday and now the calf in that leg has a deep ache that nothing touches', 'urgent'),
    ('eight months gone with baby and my right calf has throbbed for two days straight, stretching does nothing', 'urgent'),
    ('been laid up in bed with the flu for a week and now one calf has a dull throb that wont quit', 'urgent'),
    ('drove fourteen hours to the south of france and my left calf has had a constant ache since we arrived', 'urgent'),
    ('six weeks after giving birth and my left calf has a deep ache that hasnt eased for three days', 'urgent'),
    # calf_swollen_red (urgent)
    ('my calf has puffed up and looks sunburnt and it is hot as a baked potato', 'urgent'),
    ('the back of my leg has ballooned and gone beetroot coloured and feels like it has a fever', 'urgent'),
    ('my calf is puffed up like a pillow and glowing pink and warm, since the cramp on saturday', 'urgent'),
    ('my leg is fat and the skin is flushed and burning to the touch since the cramp yesterday', 'urgent'),  # learned net: breathless, an emergency with the wrong sign
    # pregnant_red_leg (urgent)
    ('i am expecting in june and my left leg has gone puffy and pink and feels warm', 'urgent'),
    ('baby due next month and one calf has ballooned up and gone a bit flushed, is that the baby or something else', 'urgent'),
    ('had my little boy three weeks ago and now my calf is fat and angry red', 'urgent'),
    ('seven months along with twins and my right calf looks like a red balloon and is warm', 'urgent'),
    ('bump is 34 weeks and my left calf has gone blotchy red and swollen since this morning', 'urgent'),
    ('gave birth ten days ago and my left leg has swollen up and the skin looks pink and hot', 'urgent'),
    # long_cramp (urgent)
    ('this cramp has been going since before i put the kettle on and i have drunk the whole cup, still rock solid', 'urgent'),
    ('cramp in my thigh that started when the football kicked off and its nearly half time, still knotted', 'urgent'),
    ('been hopping round the kitchen for twenty odd minutes, the calf cramp just will not let go whatever i do', 'urgent'),
    ('my hamstring has been in a vice for ages now, i have stretched and rubbed and it will not budge', 'urgent'),
    # wound_cramps (urgent)
    ('caught my shin on a rusty gate at the farm and now i keep getting cramps in that leg', 'urgent'),
    ('trod on a nail sticking out of an old pallet on monday, now my calf muscles keep cramping', 'urgent'),
    ('the cat bit my hand deep yesterday and now my arm and leg muscles are cramping', 'urgent'),
    ('grazed my knee badly falling on the allotment path, lots of soil in it, and now cramps in my thigh', 'urgent'),
    ('i got a splinter from a manky old fence in the field and now my legs cramp at night', 'urgent'),
    ('scraped my leg on a rusty old car in the scrapyard, it is a deep scratch and now the calf keeps cramping', 'urgent'),
    ('stepped on a thorn while barefoot in a cow field and the hole is deep, now my foot keeps cramping', 'urgent'),
    # toxic_exposure (urgent)
    ('been stripping old paint off our victorian windows all week with no mask and now my legs keep cramping', 'urgent'),
    ('sprayed weedkiller on the farm without gloves yesterday and now i have cramps and twitching in my calves', 'urgent'),
    ('i took a whole packet of my water tablets by mistake this morning and now my legs are cramping', 'urgent'),
    ('work in a battery recycling plant and my legs have been cramping and feeling weak for weeks', 'urgent'),
    ('we fumigated the house for bugs yesterday and now my whole family has muscle cramps and headaches', 'urgent'),
    # the learned net (knowledge/flag_model.py), ninth session
    ('dad is talking like he is drunk but he has not had a drop, and his leg just buckled under him', 'emergency'),
    # the learned net (knowledge/flag_model.py), ninth session
    ('since my knee op a fortnight ago my right calf has this deep bruised feeling that will not go', 'urgent'),
    # emergencies the rules read as same-day, raised by the learned net (ninth session)
    ('my lungs feel like they are only half filling, and the back of my leg has been tight and sore since my op', 'emergency'),
    ('my husband is sitting bolt upright fighting for every mouthful of air and his calf has been hurting since the flight', 'emergency'),
    ('i sound like a broken accordion just walking to the loo and my calf has been killing me since the hospital stay', 'emergency'),
    ('my dad keeps pressing on the middle of his ribcage saying it feels like a tight belt, his leg is swollen too', 'emergency'),
    ('coughing and it tastes of metal and the spit is red, my leg has been swollen and sore all week', 'emergency'),
]  # fmt: skip

STILL_UNDER = [
    # breathless (emergency)
    ('every stair feels like climbing everest today, i have to stop and suck in air, my leg is puffy too', 'emergency'),  # urgent (one_sided_leg, rules)
    # painful_breathing (emergency)
    ('i can only take little sips of breath because a big one makes my side scream, and my leg is swollen', 'emergency'),  # urgent (one_sided_leg, rules)
    # chest_pain (emergency)
    # coughing_blood (emergency)
    # tetanus_stiffness (emergency)
    ('dog bit my ankle a fortnight ago and now my face feels frozen in a grin and my legs lock up', 'emergency'),  # urgent (wound_cramps, rules)
    # caught only as the same-day clot sign since the level is its likeliest sign's (ninth session)
]  # fmt: skip

STILL_MISSED = [
    # collapse (emergency)
    'my wife crumpled to the floor at the bus stop, she had been limping with a sore calf all morning',
    'grandad flopped over in his chair and we cant get a word out of him, he had leg pains earlier',
    'my son went white and slid down the wall at work after limping all day on a sore calf, he is back up now but dazed',
    # cold_pale_leg (emergency)
    'my toes have gone the colour of a bruise in the last hour and feel like they are in the freezer, agony',
    # stroke_signs (emergency)
    # tetanus_stiffness (emergency)
    'after treading on a garden rake i have jaw muscles like iron and spasms going through my belly',
    # clot_risk_calf_pain (urgent)
    # calf_swollen_red (urgent)
    'my calf looks like a pink balloon and is hot to the touch after the cramp last night',
    'both my calves look like stuffed sausages and have gone a blotchy angry pink, they are warm',
    # long_cramp (urgent)
    'my calf has been locked in a cramp for the length of a whole episode of eastenders and stretching does nothing',
    'my foot has been stuck in a claw for a quarter of an hour and no amount of stretching lets it go',
    'the cramp started at the top of the hour and the clock says quarter past and it is still gripping',
    # toxic_exposure (urgent)
    'my kid chewed on an old painted cot rail and now complains of tummy pains and leg cramps',
    'been melting old fishing weights on the hob to cast new ones and now my calves keep cramping and twitching',
    # the learned net (knowledge/flag_model.py), ninth session
    'all of a sudden my foot looks like it belongs to a corpse, grey and cold, and the pain is terrible',
]  # fmt: skip

LOOK_ALIKES = [
    'my jaw aches from a long chat on the phone and my calves ache from standing, long day',  # quiet again since the net's refit on batch 55
    # quiet since the thirteenth session's effort words (winded, panting, puffing, a climb, chasing the kids)
    'i was puffing and panting at the top of the hill and then my calf cramped, eased after a stretch',
    # dramatic cramps, eased
    'cramping right now in absolute agony, calf is a rock, hang on let me stretch it out',
    'screaming into my pillow at 3am because my calf locked up, it let go after a minute',
    'woke up yelling the whole house down with a charley horse, gone now but what causes them',
    'my calf just tied itself in a knot mid squat and i nearly cried, eased once i stood on it',
    'honestly thought my leg was going to snap in half, the cramp lasted about thirty seconds',
    'worst cramp of my life last night, toes curled like claws, stretched it and it went',
    'agony in my hamstring during the match, physio stretched it and i played on fine',
    'calf went rock hard in the pool and i had to float on my back till it passed',
    'the pain was unreal, like someone wringing out my calf like a towel, but it stopped quickly',
    'every night this week a cramp wakes me up, it goes with a stretch but im knackered',
    # time words
    'since yesterday my calves have been a bit achy after the cramp, normal muscle soreness right',
    'this morning i got a cramp in my foot while putting my socks on, quick stretch sorted it',
    'today i ran my first half marathon and both calves cramped at mile ten, any tips',
    'last night both legs cramped one after the other, they feel bruised today but fine otherwise',
    'had a cramp this morning and my calf still feels a bit tender, is that normal after one',
    'since yesterday i keep getting little twitches in my calf, no pain, just annoying flickers',
    'two days ago i had a cramp in bed and the muscle is still a bit sore when i press it',
    'every morning this week my arches cramp when i first get out of bed, what helps that',
    # flights / travel, fine
    'got off a twelve hour flight yesterday, both legs totally fine, just wondering how to avoid cramps',
    'after my flight from sydney both legs were fine, but i got a normal cramp in the hotel bed',
    'long drive to scotland today, no leg pain at all, just want stretches for the next trip',
    'flew long haul last week and wore compression socks, no issues, but cramps at home since forever',
    'train journey of five hours tomorrow, what can i do to stop my legs cramping on the way',
    'back from holiday, the flight was fine and my legs feel great, but i cramped swimming in the sea',
    'coach trip to the alps, my calves were stiff from sitting but loosened up after a walk',
    # surgery long ago
    'had my knee surgery ten years ago and it healed great, i just get normal night cramps now',
    'my appendix came out when i was a kid, nothing to do with my legs, but cramps keep waking me',
    'had a c section four years ago, all fine, now i get cramps in my calves after netball',
    'hip replacement in 2015 went perfectly, the odd cramp in my thigh when i garden too long',
    'years ago i had an op on my ankle, these days only the usual calf cramps in the night',
    # dad / mum harmless
    'my dad gets leg cramps every night and swears by tonic water, does that actually work',
    'mum keeps asking me if bananas help with cramps, she gets them after long walks with the dog',
    'dad had a cramp in his calf at the wedding while dancing and hopped about laughing',
    'my mum is seventy and gets foot cramps when she watches telly, any gentle stretches for her',
    'my dad is a plumber and kneels all day, his thighs cramp when he stands up, normal',
    'grandma says pickle juice fixes cramps, my dad says its an old wives tale, who is right',
    # hospital harmless
    'i work night shifts at the hospital on my feet and my calves cramp when i get home',
    'visited my nan in hospital today and sat for ages, got a cramp in my foot in the car park',
    'our hospital canteen ran out of bananas so i am asking you instead, what stops night cramps',
    'i am a nurse at the local hospital and patients ask me about cramps, what do you suggest',
    'went to the hospital for my routine eye check and got a calf cramp in the waiting room',
    # breathing harmless
    'i do breathing exercises to relax before bed and still get cramps in my calves at night',
    'breathe through it they say, well i breathed through the cramp and it still hurt like mad',
    'out of breath after my spin class and then both calves cramped in the changing room',
    'my yoga teacher says deep breathing helps with cramps, is there anything in that',
    'held my breath while the cramp peaked, then it let go, is there a better way to cope',
    'i breathe fine and feel fine, its just these annoying calf cramps after football',
    'my asthma is well controlled with my inhaler, separate thing, but i get cramps after running',
    'taking a deep breath and pointing my toes up to the ceiling is how i get rid of cramps',
    # heart / chest harmless
    'chest day at the gym went well but my calves cramped on the walk home, why calves',
    'my heart rate monitor said 160 on the run, then my calf cramped at the end, just dehydration',
    'i moved a chest of drawers upstairs yesterday and last night my thighs cramped in bed',
    'my heart sank when my calf cramped at the start line, but it passed and i finished the race',
    'put a hot water bottle on my chest to warm up in bed and still got a cramp in my foot',
    'treasure chest costume for the school play and i got a cramp kneeling to glue it together',
    'my heart is fine, just had a checkup, so why do my legs cramp every night',
    'bless my heart, i am so tired of these calf cramps, every night this month',
    # blood harmless
    'had a blood test last week and everything came back normal, but i still get calf cramps',
    'gave blood this afternoon and then got a cramp in my foot in the evening, just coincidence',
    'my blood pressure tablets are the same as always and the cramps are only after long walks',
    'blood orange juice is my go to after runs, does it help with cramps at all',
    'the vampire film was full of blood and i got a cramp in my leg from sitting curled up',
    'my gums bled a bit when i flossed tonight and then i got a calf cramp in bed, unrelated i guess',
    'my nose bled in the dry air on the plane, legs fine, but now at home i cramp at night',
    # cold / blue / pale harmless
    'iced my calf with a cold pack after the cramp and it feels much better now',
    'wild swimming in the lake this morning and my toes cramped in the cold water, eased on the shore',
    'i wear blue compression socks for running and still get calf cramps after ten miles',
    "my feet are always a bit cold in winter like everyone's, and i get the usual night cramps",
    'pale as a ghost after the flu and a week of bed rest, just a quick calf cramp that went in seconds',
    'painted my toenails blue and then got a cramp in my foot holding it at a funny angle',
    'cold shower after football and my hamstring cramped, it went away when i stretched it',
    'my room is freezing at night and i wonder if the cold makes my calf cramps worse',
    # numb harmless
    'my bum goes numb on long meetings and my calves cramp when i stand up, just sitting too long',
    'dentist numbed my jaw for a filling and later that day my foot cramped, nothing connected',
    'numb feeling in my fingers from holding the cold handlebars, legs just crampy after the ride',
    'i sat cross legged too long and my foot went to sleep, then pins and needles and a little cramp',
    # jaw / face harmless
    'pulled a funny face at my kid when my calf cramped and she thought it was hilarious',
    'clench my jaw when a cramp hits and my partner says i look like a gargoyle',
    'face mask on, cucumber on eyes, and bang, cramp in my calf, ruined my pamper night',
    'jaw dropped when the physio said cramps are common, i thought it was just me',
    # someone else's past emergency as background
    'my uncle had a clot in his leg years ago and is fine now, i just get ordinary night cramps',
    'mum had a stroke in 2019 and has recovered well, i get calf cramps after walking the dog',
    'my brother collapsed at a marathon years ago from heat, i run too and get calf cramps',
    'grandad was rushed in with a heart attack ten years back, now i worry about my own calf cramps',
    'my neighbour stepped on a rusty nail as a kid and needed a jab, i just have normal cramps',
    'a woman at my work had a dvt after a flight, so i asked my gp and my cramps are just cramps',
    'my sister was breathless with covid last winter, shes fine now, but she gets calf cramps',
    # sign denied
    'no swelling, no redness, no heat, just a sharp cramp in my calf that went after a minute',
    'i can breathe fine, no chest pain, nothing like that, just cramps in both feet at night',
    'the cramp lasted maybe ten seconds, nowhere near ten minutes, should i still worry',
    'not pregnant, not on any new tablets, no injuries, just random cramps in my calves',
    'both legs look the same, no colour change, warm and pink, only the cramps bother me',
    'no cuts, no bites, nothing rusty, just cramps in my calves after digging the garden',
    'didnt faint or anything, just sat down quickly when the cramp hit in the queue',
    # misc dramatic idioms
    'my legs felt like jelly after the hike and then my calf cramped in the car home',
    'i was dying laughing at the comedy show and my calf cramped from sitting squashed up',
    'killing me these cramps honestly, every single night after work, what am i missing',
    'my calves are on fire after leg day and one cramped when i bent down, normal doms',
    'legs like lead after the marathon, and then a cramp in my calf when i stood up',
    'felt like i was going to die in spin class, then my thigh cramped, stretched and fine',
    'the cramp knocked me for six but i was back on my feet after a minute of stretching',
    'my calf had a mind of its own in the night, jumped about then settled, what causes that',
    'i swear my foot turned into a claw in the shower, toes all over the place, then relaxed',
    'drowning in work deadlines and my calves cramp every evening, could stress be it',
    'got a stitch and a calf cramp at the same time on my run, walked it off',
    'my heart was pounding after the sprint finish and my calf cramped, both settled in a minute',
    'feel like a wet blanket after a long shift and my calves cramp in bed every night',
    'my legs go heavy in the heat wave and i get cramps in my calves at night, both sides',
    # pregnancy harmless
    'im 30 weeks pregnant and get cramps in both calves at night, they go with a stretch',
    'pregnant with my second and the night cramps are back, both legs, is magnesium safe',
    'my midwife said leg cramps are common in pregnancy, any tips for the middle of the night',
    # wounds clean / toxic words harmless
    'cut my finger on a clean kitchen knife making dinner, separate thing, my calves cramp at night',
    'i lead a running club and half of us get cramps near the end of long runs',
    'freddie mercury was on the radio when my calf cramped during my workout, such a vibe',
    'chemistry teacher here, on my feet all day, and my calves cramp every evening',
    'we sprayed the roses with soapy water and then my thighs cramped from kneeling in the border',
    'grazed my knee on the carpet playing with the kids, no dirt, and my calf cramped later',
    # children harmless
    'my seven year old gets achy legs at night in both legs after football, gone by morning',
    'my son is five and cries with leg pains at bedtime, both legs, runs about fine in the day',
    'toddler woke up crying about her legs after a big day at the park, fine in the morning',
    # stroke word harmless
    'mild headache from not drinking enough on the hike and both calves cramped at the end',
    'my arm is weak from tennis elbow and my calves cramp after matches, getting old',
    'stroke of luck, the cramp went as soon as i stood up, but why do they happen',
    'my speech at my brothers wedding went fine but my calf cramped standing for the toast',
    'slurring my words after a few pints and laughing when my calf cramped on the dance floor',
    # long cramp harmless
    'the cramp felt like forever but my watch said it was about a minute, then it eased',
    'my calf stayed a bit tight for the rest of the day after the cramp, but the cramp itself was short',
    'cramps come and go for a few seconds at a time all evening, no big single long one',
    # heavy/tired
    'legs heavy and tired after standing at the festival all day, calves cramped in the tent',
    'my thighs burned and shook on the stairmaster and then cramped, that is normal right',
    'i get cramps in my toes when i point my feet in ballet, the teacher says everyone does',
    'walked twenty thousand steps today showing my parents around london, now calves cramping a bit',
    # a sign denied (more)
    'no redness and no swelling on either leg, i checked, just a nasty cramp in the night that eased',
    'i looked at both calves in the mirror, neither swollen nor red, the cramp is long gone',
    'calf not hot, not puffy, not discoloured, just sore from a cramp at 4am, should i rest it',
    'there is no swelling whatsoever, i just get cramps when i point my toes in bed',
    'no shortness of breath, no chest pain, no cough, my legs just cramp after cycling',
    'i did not pass out or feel faint, i just had to sit down while the cramp passed',
    'my jaw is fine, no stiffness, and i had my tetanus jab last year, cramps are from running',
    'nothing wrong with my speech or face, just asking about cramps in my feet at night',
    'my jaw clicks when i yawn, always has, and my calves cramp when i stretch in the morning',
    'my teeth chatter in the cold sea and my calves cramp after a long swim, is that normal',
    'gritting my teeth through leg day squats and then my quads cramp on the drive home',
    'my jaw was sore after the dentist pulled a tooth, different issue, but my calves cramp nightly',
    'since my op five years ago i have been fine, just ordinary cramps in both calves at night',
    'pregnant and my calves cramp in bed, it eases when i flex my foot, both sides, no swelling',
    'only one leg cramped last night but it eased with stretching and is fine this morning',
    'right calf cramped on my run today, stretched it, walked home fine, just want prevention tips',
    'left foot cramps when i drive the clutch in traffic, it goes when i wiggle my toes',
    'got up too fast and felt a bit dizzy for a second, then fine, and later a calf cramp',
    'i sneezed so hard my calf cramped, then i laughed so hard i could barely breathe, all good now',
    'my chest feels fine, my breathing is fine, it is purely my calves that keep cramping',
    'blue lips from the cold pool went pink again in a minute, then the usual cramp in my foot',
    'my legs went a bit mottled in the hot bath, went back to normal, then a toe cramp',
    'i cough every morning from my smoking, no blood, and my legs cramp at night, connected',
    'my kid fell asleep on my leg and it went numb, then cramped when i moved, totally normal',
    'i have a hacking cough from a cold and my calves keep cramping when i cough hard',
    'heavy legs after the hospital shift, swapped my clogs, still calf cramps every night',
    'my calf cramped while i was gardening in the soil but no cuts on me at all',
    'thought i was having a heart attack on the steep hill, turns out i am just unfit, calves cramped too',
    'my face goes numb with cold on the bike in winter and my calves cramp on the climbs',
    # a sign denied in a list, aches of the jaw and elsewhere (where the learned net is weak)
    'my calf is not swollen and not red, the cramp went after a minute but it comes back nightly',
    'the leg is not hot and not swollen, i just get cramps every evening after my walk with the dog',
    'foot is not cold and not blue, i checked, it only cramps when i point my toes in bed',
    'my jaw aches from clenching in my sleep and my legs cramp at night too, stress maybe',
    'my jaw is sore from chewing toffee at the cinema and my calf cramped in the cramped seat',
    'my leg is not swollen and the cramp eased quickly, but it happens a lot, why',
    'my leg is not red and the cramp eased quickly, but it happens a lot, what should i do',
    'neither leg is swollen, neither is red, the cramps ease quickly but happen most nights',
    'my calves ache from the gym and my shoulders ache from the gym, everything aches, getting old',
    'i get cramps in my legs a lot, they ease quickly, is it worth seeing my doctor about them',
    # the learned net (knowledge/flag_model.py), ninth session
    'my jaw aches from chewing gum all day and my calves ache from the gym, getting old',
    # the learned net (knowledge/flag_model.py), ninth session
    'my left calf is not swollen, not warm, not red, just tight after a cramp in the night',
    # alarmed by the learned net (tetanus stiffness) until the eleventh session's refit
]  # fmt: skip

STILL_ALARMED = [
    # breathing harmless
    # cold / blue / pale harmless
    'my toes went white in the snow for a moment and warmed right up, now just the usual calf cramps',  # emergency cold_pale_leg (rules)
    # jaw / face harmless
    'my face went red with embarrassment when my calf cramped in the middle of the dance class',  # urgent one_sided_leg (rules)
    # someone else's past emergency as background
    'my friend coughed up blood once with pneumonia, different story, but do cramps run with colds',  # emergency coughing_blood (rules)
    # sign denied
    'my leg is not swollen and not red and the cramp eased quickly, but it happens a lot',  # urgent calf_swollen_red (learned net)
    # misc dramatic idioms
    'i was gasping for water after the match and then my hamstring cramped, i was dehydrated',  # emergency breathless (rules)
    # stroke word harmless
    'my face drooped with disappointment when the cramp ruined my personal best, any tips',  # emergency stroke_signs (rules)
    # a sign denied (more)
    'my calf hurt for a minute after the flight then settled completely, legs look normal',  # urgent clot_risk_calf_pain (rules)
]  # fmt: skip
