"""A blind review, in the sixteenth session, of "without" read as a double negative: "i cant
walk to the end of the road without getting out of breath" was no report (the "without"
denied it), as "unable to climb one flight without gasping" and "not a single step without
gasping" were. Now "cant", "cannot", "can not", "unable to", "hardly", "barely",
"impossible to", "never", "dont", "wont" (with "seem to", "be able to", "even" between)
before a verb of doing (walk, climb, get, go, sleep, stand...) in the same clause, "never"
just before, and "not a single step", "not had a night" make the sign after "without" a
report. 90 probes written to break it: the first version alarmed "cant sit around all day
so i swam 20 lengths without any shortness of breath" (another clause's "cant": "so", "and",
"but" end the clause now) and missed 10 reports told in the forms above; now 88 of 90 are
right. "no way i can walk to the shop without gasping", missed then, is raised since the
seventeenth session. Still alarmed, by the speech rule and not by this: "cant talk long,
calf cramped at lunch".
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ("my calf has been sore for days and I can't get up the stairs without stopping to catch my breath", 'emergency'),
    ("can't lie flat without coughing up pink stuff, and my legs keep cramping", 'emergency'),
    ("haven't had a day without chest pain since the flight, left calf aching too", 'emergency'),
    ("can't go anywhere without my calf swelling up now", 'urgent'),
    ("there's never a moment without chest pain since my calf started hurting", 'emergency'),
    ('not a single step without gasping, my calf is killing me', 'emergency'),
    ('i cant walk to the end of the road without getting out of breath, and my calf has been cramping all week', 'emergency'),
    ('never without chest pain these days, calf cramps too', 'emergency'),
    ('cannot take a deep breath without a sharp pain in my chest, calf been cramping since Tuesday', 'emergency'),
    ("can't even sit up without feeling short of breath, and my right leg is swollen", 'emergency'),
    ('couldnt make it to the car without stopping for breath, calf pain since the op', 'emergency'),
    ("unable to climb one flight without gasping, leg cramp won't go", 'emergency'),
    ("I can't talk for long without running out of breath and my calf is sore", 'emergency'),
    ("can't sleep without propping myself up or I get breathless, leg cramps since the flight", 'emergency'),
    ("can't do the school run without my chest hurting now, calf still aching", 'emergency'),
    ("can't manage the stairs without stopping halfway to get my breath back, and the cramp in my calf won't shift", 'emergency'),
    ("can't stand for more than a minute without my right calf throbbing and swelling, since the long drive", 'urgent'),
    ("can't cross the room without panting, calf cramp started after my flight", 'emergency'),
    ("can't get through a sentence without stopping for air, leg cramps all week", 'emergency'),
    ("couldn't finish my shower without sitting down, I was that breathless, calf's sore", 'emergency'),
    ("can't eat without coughing up blood-streaked phlegm, and my calf's been cramping", 'emergency'),
    ("can't remember the last time I walked without my left calf swelling up, ever since the knee op", 'urgent'),
    ("can't lift the kettle without getting breathless lately, and one leg cramps", 'emergency'),
    ("can't reach the top of the stairs without my chest aching, calf cramp too", 'emergency'),
    ("can't carry the laundry up without getting breathless, and my calf's been cramping", 'emergency'),
    ("I can't even walk to the loo without being out of breath, calf cramp since monday", 'emergency'),
    ("haven't managed a single walk without chest pain since the cramp started", 'emergency'),
    ("I don't go anywhere without getting breathless now, calf's been cramping", 'emergency'),
    ("it's impossible to walk without getting breathless since my calf started cramping", 'emergency'),
    ('can hardly walk without getting out of breath, calf aching', 'emergency'),
    ('I can barely get up the stairs without my chest hurting, had calf cramps', 'emergency'),
    ("can't go 5 minutes without coughing up blood, calf has been cramping", 'emergency'),
    ('not one day without chest pain since the cramp in my calf', 'emergency'),
    ("I've not had a night without waking up breathless since the calf pain began", 'emergency'),
    ('I can not walk far without getting breathless, calf cramps', 'emergency'),
    ("Can't seem to walk anywhere without getting short of breath, calf sore", 'emergency'),
    ("I can't really breathe in without a stabbing pain in my chest, calf cramped yesterday", 'emergency'),
    ('never a night without waking up gasping, and the calf cramps', 'emergency'),
    ('i never walk anywhere without getting breathless these days and my calf aches', 'emergency'),
    ('never get up the stairs without being breathless now, and my leg cramps', 'emergency'),
    ("can't walk upstairs without my chest going tight since the flight home, and my calf's swollen", 'emergency'),
    ('cant walk without my chest hurting, calf cramps', 'emergency'),
    ("won't be able to walk to the car without getting out of breath, leg's been cramping", 'emergency'),
    ('I struggle to walk without getting breathless since the calf pain started', 'emergency'),
    ('cant breathe without it hurting in my chest after the calf cramp', 'emergency'),
    ("can't walk without my left calf swelling up after the flight", 'urgent'),
    ("I can't sit through a film without my right calf swelling since the cast came off", 'urgent'),
    # raised since the seventeenth session ("no way i can" is a "cannot")
    ('no way I can walk to the shop without gasping now, leg cramps', 'emergency'),
]  # fmt: skip

STILL_MISSED: list[str] = [
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    "I can't believe I walked 10k without getting breathless, the cramps are finally easing",
    "couldn't sleep last night with a calf cramp but woke up without any chest pain or breathlessness",
    "can't go wrong with these stretches, did the whole hike without any swelling",
    "I can't complain, got through the match without being short of breath, just the usual cramp after",
    'never went a day without stretching and no chest pain at all, just night cramps',
    "can't run as fast as I used to but I finish my 5k without getting out of breath",
    "can't make it to the gym this week but walked the dog without any chest pain, calf cramps at night though",
    "I can't do much about the cramps but at least I go up stairs without being breathless",
    "can't stand long with the cramp but I walk without any swelling",
    "couldn't finish my cramp diary but I did the stairs today without getting breathless",
    'unable to take magnesium cos of my stomach, walked home without any breathlessness though',
    "can't carry much with my cramping calf but made it home without getting out of breath",
    "can't even remember when I last had a cramp this bad, walked it off without any chest pain",
    "can't get enough of the new stretches, did the full routine without any breathlessness",
    "can't last a night without a cramp but I walk without breathlessness",
    "can't cross my legs without a cramp but I jog without chest pain",
    "can't climb the rope anymore lol but I jog without getting breathless",
    'better late than never, climbed Snowdon without getting out of breath',
    'never say never, jogged without any breathlessness and only a small cramp after',
    'now or never, ran it without any chest pain and the calf held up',
    'never better, jogged without any breathlessness this morning',
    "I never go without my water bottle and I've had no chest pain at all, just cramps",
    'never without my compression socks on trips now, so no swelling this time',
    "can't get over how good I feel, cycled to work without any chest tightness",
    "can't take my eyes off my step counter, 12000 steps without getting out of breath",
    "can't make sense of my bloods but climbed the stairs without any chest pain",
    "can't help stretching all the time, walked all day without getting breathless",
    "couldn't sleep for excitement before the race, then ran it without any breathlessness",
    "can't walk and chew gum lol but hiked today without getting breathless",
    "can't sit around all day so I swam 20 lengths without any shortness of breath",
    "can't lie, I was nervous, but the treadmill test went without any chest pain",
    'unable to make the physio, so did the exercises at home without any breathlessness',
    'cant move as quick as i used to but i still walk without any chest pain or puffing',
    "I can't sleep with these cramps. But I walk the dog without any breathlessness.",
    'cannot remember my last bad cramp, and I went up three flights without getting breathless',
    "can't reach my toes to stretch, so I walk it off, without any swelling after",
    'cant eat late or I cramp at night, but I walk all day without getting breathless',
    'it never rains but it pours, cramps all week, but I walked to town without getting out of breath',
    "can't go far wrong with bananas, ran 8 miles without getting breathless",
    "can't sleep in on weekdays but I get up without any chest pain, just a stiff calf",
    "you can't run from cramps haha, but I did the 10k without any breathlessness",
]  # fmt: skip

STILL_ALARMED = [
    "can't talk long, calf cramped at lunch but passed without any swelling",
]  # fmt: skip
