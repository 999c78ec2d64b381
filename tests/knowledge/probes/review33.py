"""A blind review, in the seventeenth session, written to break review29's and review27's
edits, which had none of their own: "some red in my phlegm", a "skin tear" as a wound, a
pregnant calf that "has hurt all day", and the quiet ones: breathing hard after an effort, a
nose blocked by a cold, a garment tight across the chest, breathless "at the end" of an
effort. 66 probes. Those edits silenced 7 emergencies ("breathing hard after the stairs and
its not settling", "the top of my chest feels tight and heavy", "without a bra my chest
feels tight", "sat on the sofa all evening, breathless by the end") and alarmed 5 look-
alikes (red in the spit from a milkshake, beetroot or cranberry juice). The effort and end-
of-effort readings were dropped, the garments are only those worn tight on the chest and
never one "without", and food or drink told after the red keeps it quiet. Now 38 of 39
reports raised (32 before the edits) and 7 of 27 look-alikes alarmed (12 before). Still: "he
is breathless through his nose and his calf is swollen" is same-day, "i had red wine and
theres some red in my phlegm" is alarmed.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ('breathing hard after the stairs and its not settling, calf swollen', 'emergency'),
    ('breathing hard after the stairs and its not settling', 'emergency'),
    ('breathing hard after cycling uphill and my lips look blue', 'emergency'),
    ('breathing hard after a run and my heart is pounding and wont slow down, left calf hot and red', 'emergency'),
    ('im breathing really hard after the stairs, 20 mins later and still going', 'emergency'),
    ('breathing hard after the stairs | had a long flight yesterday and my calf is red and sore', 'emergency'),
    ('my bra feels tight and i have crushing chest pain', 'emergency'),
    ('i took my bra off but my chest is still tight and heavy, calf swollen', 'emergency'),
    ('the top of my chest feels tight and crushing since my calf swelled up', 'emergency'),
    ('no bra on and my chest is tight and painful, my leg is swollen', 'emergency'),
    ('my seatbelt was fine, but my chest is crushing and my calf is swollen', 'emergency'),
    ('cant breathe through my nose and my mouth feels tight too, lips blue', 'emergency'),
    ('im breathless through my nose and mouth, calf is swollen', 'emergency'),
    ('long flight home yesterday | was breathless by the end and my calf is swollen and red', 'emergency'),
    ('watched a film on the sofa | was breathless at the end, my calf is swollen', 'emergency'),
    ('my leg has been in a cast | breathless at the end of every sentence', 'emergency'),
    ('red streaks in my phlegm since the flight', 'emergency'),
    ('theres some red in my phlegm and my calf is swollen', 'emergency'),
    ('bit of pink in my sputum this morning', 'emergency'),
    ('blood clots in his spit when he coughs', 'emergency'),
    ('some rusty stuff in my mucus, calf hurts', 'emergency'),
    ('bright red bits in the phlegm ive been coughing', 'emergency'),
    ('my nan has a skin tear from a fall and now her jaw is stiff', 'emergency'),
    ('skin tear on his shin last week, now he has muscle spasms and cant open his mouth', 'emergency'),
    ('got a skin tear gardening, jaw is locking up', 'emergency'),
    ('im 30 weeks pregnant and my left calf has hurt all day', 'urgent'),
    ('pregnant, only my right calf has ached all day', 'urgent'),
    ('34 weeks pregnant and my calf has been aching all day at work', 'urgent'),
    ('pregnant and my left leg has been hurting all day, its red and swollen', 'urgent'),
    ('the top of my chest feels tight and heavy', 'emergency'),
    ('took my bra off and my chest is still tight and crushing', 'emergency'),
    ('without a bra my chest feels tight and heavy', 'emergency'),
    ('my top was loose but my chest felt crushing', 'emergency'),
    ('sat on the sofa all evening | was breathless by the end', 'emergency'),
    ('breathing hard after the stairs, calf is red and hot', 'emergency'),
    ('breathing hard after the stairs for 20 minutes now and my calf is sore', 'emergency'),
    ('some red in my phlegm after the flight home', 'emergency'),
    ('pink bits in my spit from coughing all night', 'emergency'),
]  # fmt: skip

STILL_MISSED: list[str] = [
]  # fmt: skip

STILL_UNDER = [
    'he is breathless through his nose and his calf is swollen and red',
]  # fmt: skip

LOOK_ALIKES = [
    'breathing hard after a run, as you do',
    'cant breathe through his nose, he has a cold',
    'i cant breathe through my nose at night, so congested, then leg cramps',
    'breathless through my nose with this hay fever',
    'new sports bra is so tight across my chest',
    'my wetsuit is really tight across my chest',
    'my binder feels tight on my chest but my cramps are the issue',
    'bit of red in my spit from the beetroot juice',
    'pink in my spit from the strawberry milkshake',
    'some red in my spit from the red wine',
    'red in my spit after eating beetroot',
    'red food colouring in my spit from the sweets',
    'skin tears easily on my shins, cramps at night',
    'how do you dress a skin tear? my calf cramps too',
    'no skin tear, jaw a bit stiff from grinding my teeth',
    'im 30 weeks pregnant and both calves have ached all day after walking',
    'pregnant, my calf has been fine all day, cramp last night',
    'pregnant, my calf hasnt hurt all day',
    'pregnant, my calf hurt all day yesterday after the cramp but its fine now',
    'some red in my spit from the cranberry juice',
]  # fmt: skip

STILL_ALARMED = [
    'breathing hard after cycling uphill but it settled quickly',
    'breathing hard after the stairs, im just unfit',
    'did my first 10k | was breathless at the end, obviously',
    'ran the parkrun | totally breathless by the end',
    'i had red wine and theres some red in my phlegm',
    'blood in my spit after brushing my teeth',
    'a pink tinge in my spit from the rose wine',
]  # fmt: skip
