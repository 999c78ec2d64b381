"""Probes of the seventh session's red-flag changes (2026-11-29): a safety review wrote real
reports at the edge of each narrowing (panting with crying, gasping at a finish line, a
check that closes a story, a leg "fine once home", "what if someone", a duration after "on",
heart-attack idioms) and look-alikes at the edge of each widening (a leg "a blue colour",
grazes and road rash, an inhaler or an asthma attack, someone not answering for a minute).
The first version missed 34 of the reports and alarmed 22 of the look-alikes; the reviewed
version catches every report it caught before. Still missed: a cramp that "went on for hours
last night" (the night's hours). Still alarmed: legs a pale colour and cold feet, varicose
veins a dark blue colour with cold aching legs, children's grazes beside stiff legs.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    ('my dad is 78, had a bad cramp in his calf and now hes panting and crying, says he feels awful', 'emergency'),
    ('help im panting and sobbing and i feel like im dying, had a cramp in my leg earlier', 'emergency'),
    ('my wife is panting and screaming with the pain in her leg, she is 34 weeks pregnant', 'emergency'),
    ('grandad is on the floor panting in agony after his leg cramp', 'emergency'),
    ('Im panting, crying, my left calf has been killing me since the flight yesterday', 'emergency'),
    ("she keeps panting and yelling that she cant get comfy, cramp in both legs, she's 81", 'emergency'),
    ('been panting and swearing for 20 min after a calf cramp, I never get out of breath normally', 'emergency'),
    ('my calf swelled up on the flight and now im panting and crying, cant get air', 'emergency'),
    ('my son finished his first half marathon and has been gasping at the finish line for 20 minutes, cant stand up, both calves cramped', 'emergency'),
    ('still gasping over the finish line half an hour later and my chest feels weird', 'emergency'),
    ('dad collapsed gasping on the finish straight, medics are with him, both legs cramping', 'emergency'),
    ('she was gasping at the finish line and now 40 mins later shes still gasping and grey', 'emergency'),
    ('Mum woke me with crushing chest pain and she was sweating buckets. She had this before and it turned out to be reflux. Should I just give her gaviscon?', 'emergency'),
    ("My wife passed out in the shower and couldn't breathe properly. Last time this happened it turned out to be a panic attack.", 'emergency'),
    ('Husband collapsed in the kitchen after a leg cramp and went grey. His ecg checked out fine in March.', 'emergency'),
    ('had chest pain, turned out to be reflux last year, but now crushing chest pain again right now', 'emergency'),
    ("Dad had a swollen hot left calf two weeks after his knee op and he was short of breath walking to the car. Bloods and ECG all normal at the walk-in, they didn't scan his leg.", 'emergency'),
    ("Cramp in my left calf all night, then I couldn't catch my breath and nearly fainted. My sister had exactly this and it turned out to be anxiety.", 'emergency'),
    ('Woke up with my chest clamped tight and my left arm heavy. Had the same last month and it turned out to be heartburn.', 'emergency'),
    ('He went white and collapsed at the bus stop. Paramedics did an ecg and all normal so they left him at home.', 'emergency'),
    ('My left calf swelled up and went red after the flight. Turned out to be dehydration according to my husband, he says drink more water.', 'urgent'),
    ('my nan is breathless and her leg is swollen. she had the same in 2020 and it turned out to be a chest infection.', 'emergency'),
    ("Couldn't breathe and my calf was killing me after the long haul flight. My last bloods were all fine and it turned out to be low blood pressure that time.", 'emergency'),
    ("my foot went white and cold, was fine once I got home but now it's white again and numb", 'emergency'),
    ('I was fine when I got home from work, then about an hour ago my left foot went ice cold and white and I cant move my toes', 'emergency'),
    ("Mum was ok when we got back from the shops but now her leg is cold and a bluish colour and she says it's numb", 'emergency'),
    ("his toes went blue and cold in the car, they were warm again once we got in, but its happened again and now they're grey and he can't feel them", 'emergency'),
    ('felt normal when i got in from my run, 20 minutes later my calf went pale and freezing and its agony', 'emergency'),
    ('Wondering if someone has had this, my left calf is swollen, red and hot since my flight', 'urgent'),
    ("Not sure if somebody was with him when he collapsed, he was found on the kitchen floor and isn't responding", 'emergency'),
    ("what if someone... no wait it's me, my calf is swollen and I can't breathe", 'emergency'),
    ('Hi, just asking if a person has had this too, my right calf is swollen and hot since my op', 'urgent'),
    ("I'm a carer, not sure if a patient with dementia can tell me, but Mrs B's left leg is cold, white and she can't move it", 'emergency'),
    ('Can anyone tell me if someone is meant to feel like this - my chest is tight and my left calf is swollen and hot', 'emergency'),
    ("Asking if someone else gets this: my foot went cold and blue after the cramp and it's still numb", 'emergency'),
    ("Don't know if somebody suddenly collapsing after cramps is normal, my husband just collapsed and isn't making sense", 'emergency'),
    ('anyone know if someone with a clot gets this, calf swollen and now I cant catch my breath', 'emergency'),
    ('its been cramping on 25 minutes, my calf is like a rock', 'urgent'),
    ("leg cramp, we're on 20 minutes now and it's agony", 'urgent'),
    ('my calf cramp is coming up on half an hour', 'urgent'),
    ("thigh cramp, timer's on 15 mins, still agony", 'urgent'),
    ('cramp in my foot going on 20 minutes', 'urgent'),
    ("charley horse in my calf, it's gone on 40 minutes, I've tried everything", 'urgent'),
    ('calf cramp started when my son started timing, he says its on 12 minutes now', 'urgent'),
    ('I think I almost had a heart attack just now, I feel clammy and my left arm is heavy', 'emergency'),
    ('my husband nearly had a heart attack on the pitch after cramping, hes grey and sweating', 'emergency'),
    ('its like a heart attack of a thing, squeezing and im sweating', 'emergency'),
    ("Pretty sure I'm having a heart attack of some sort, leg cramps all day", 'emergency'),
    ("the cramp in my thigh has gone on for hours and I'm exhausted", 'urgent'),
    ('calf cramp carried on for over an hour', 'urgent'),
    ("my foot went white then back to normal, but now it's white again and numb and I can't move it", 'emergency'),
    ('wondering if someone has this, calf swollen and hot', 'urgent'),
    ('not sure if someone is supposed to feel this, chest tight and cant breathe', 'emergency'),
    ('does anyone know if somebody had this: foot ice cold and white, cant move toes', 'emergency'),
    ('Woke up with my chest so tight and my left arm heavy. Had the same last month and it turned out to be heartburn.', 'emergency'),
    ("my wife passed out and couldn't breathe, last time it turned out to be a panic attack", 'emergency'),
    ('Mum collapsed in the garden. Her last ECG was normal.', 'emergency'),
    ('my foot is numb and a horrible grey blue colour since the cramp an hour ago', 'emergency'),
    ("after the cramp mums toes have gone cold, they're a dusky purple colour now", 'emergency'),
    ('gravel rash from a bike crash 5 days ago and now my jaw is stiff and it hurts to swallow', 'emergency'),
    ('road rash on my leg from the weekend, picked grit out of it, now my calves keep cramping', 'urgent'),
    ("my son is having an asthma attack, the inhaler isn't working and his legs are cramping", 'emergency'),
    ("asthma attack right now and my reliever isn't helping, calves cramping", 'emergency'),
    ("after the cramp my dad went quiet and wasn't responding to me for about a minute, now he's confused", 'emergency'),
    ('she was not answering me maybe two minutes after she fell in the bathroom with a leg cramp', 'emergency'),
    ("my husband wasn't answering me for a minute after his leg cramp, just staring, now he's sleepy", 'emergency'),
]  # fmt: skip

STILL_MISSED = [
    "my calf cramp went on for hours last night, it's still sore today",
]  # fmt: skip

LOOK_ALIKES = [
    'painted my toe nails a lovely blue colour and now my feet are freezing lol, also getting calf cramps',
    'painted my toenails a lovely blue colour, my feet are always cold in bed, cramps in my calves at night',
    "I have Raynaud's, my toes go a white colour when it's cold, and I get calf cramps at night, related?",
    "bruised my calf playing rugby, it's a horrible purple colour now, I'm icing it with a cold pack and it keeps cramping",
    'bought compression socks for my legs in a pale grey colour, does that help cramps? my feet are always cold',
    "got a tattoo on my calf last week, it's a blue grey colour, the area feels a bit numb and it cramped last night",
    "road rash from last year's crash, the scar on my hip is still stiff and I get leg cramps on the bike",
    'roller derby girl here, road rash is part of the game lol, my calves go into spasms after bouting',
    'while my horse grazes in the field I do calf stretches for my cramps',
    'came off the bike 3 weeks ago, gravel rash all healed, legs stiff and crampy since',
    'the grazes on my knees from the fall have healed, legs just stiff from walking',
    "I have asthma, my inhaler isn't working as well for exercise-induced cramps?",
    "my blue inhaler didn't help last year so they switched me to a preventer, since then I get calf cramps, side effect?",
    "I read salbutamol can cause cramps. My reliever doesn't help the cramps obviously, should I try magnesium?",
    'I get the odd asthma attack now and then, and leg cramps at night, could they be connected?',
    "I'm scared of having an asthma attack while running, so I stop when my calf cramps",
    'I got an asthma attack at parkrun on Saturday, fine now, but my calves have cramped every night since',
    "my son has asthma; what should I do if he's having an asthma attack and a leg cramp at the same time?",
    "my puffer isn't doing anything for my cough so the GP gave me antibiotics, now my legs cramp",
    "my son wasn't answering me for a minute because he had headphones on, then he said his calf cramped on the trampoline",
    "she wasnt answering two minutes ago but she's fine now, she was on the loo, just has a foot cramp",
    "my husband wasn't responding to me for a minute, he was engrossed in the football, then moaned about his calf cramp",
    "dad wasn't answering for a minute cause he was in the shower, then shouted that his toes had cramped",
    "I'm not answering one more question from my kids about my cramps tonight, lol",
    'mum not answering a minute ago, turns out her phone was on silent; she has cramps in her feet',
    'i almost had a heart attack when i saw the vet bill, anyway my calves cramp at night',
    'nearly had a heart attack laughing at my husband hopping round with a calf cramp',
]  # fmt: skip

STILL_ALARMED = [
    'my legs are a pale white colour because I never tan haha, but my feet get cold and I cramp at night',
    "varicose veins on my calf, they're a dark blue colour, and my legs feel cold and ache at night with cramps",
    'kids are covered in grazes from the playground, my daughter also gets stiff legs and cramps at night, growing pains?',
]  # fmt: skip
