"""A review of the eleventh session (2026-11-30): emergencies told beside a same-day sign
in words no rule foresaw ("I have to stop every three steps like an old steam engine",
"his tea is dribbling out the corner", "my chin feels welded shut"), 60 written by a helper
over the eight emergency signs, each beside one sore or swollen calf after a flight, an
operation, a cast, bed rest, a birth or the pill.

It was written to test a gate then in place: the learned net could raise an emergency over
the rules' same-day sign only when the message had a word of that emergency (the sign's
`cues`). The gate kept 13 of the 30 the net raised at same-day, so it was taken out: the
net's reach is wider than any list of words, and an emergency answered as same-day is the
miss that matters most. The net still misses the rest (STILL_UNDER: answered same-day; 3
with no alarm at all: a catch "when I draw in" after a cast, "bright specks" after a
"chesty fit", a mug that "dropped out my fingers").
In the twenty-second session a foot "like candle wax" or "like a corpse's" is read as an
emergency by the rules.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True


REPORTS = [
    ('pill user, left calf puffy and sore. hocking up stuff that looks like rust in the sink', 'emergency'),  # raised since batch 53's refit
    ("flew back from tenerife on sunday, left calf's been killing me ever since and now I have to stop every three steps like an old steam engine", 'emergency'),
    ("my mum is 82, had her hip done last week, her right calf is swollen and tender, and today she can't get through saying her own address without stopping halfway", 'emergency'),
    ("since the cast came off my calf throbs n now going up to the 1st floor flat i'm blowing like a horse lol not normal for me", 'emergency'),
    ("Had baby 9 days ago. one calf fat and sore. And since lunch I feel like I'm sucking through a coffee stirrer", 'emergency'),
    ('im on the pill, left calf swolen hot, and i keep yawning and yawning but it never fills up, like my body cant get enough', 'emergency'),
    ('flew from dubai 2 days ago, left calf tight n sore, now every time I take a big lungful it catches like a stitch', 'emergency'),
    ('on the pill, right calf aching and swollen since sat. now stabbing pain in my back every time I try to take a proper big intake, like a pin', 'emergency'),
    ("got off a 10 hour flight, left calf swollen and sore, and now there's a weight sitting on me like someone is kneeling on my front", 'emergency'),
    ('had the baby last week, one calf puffy and sore. now a crushing feeling behind my boobs going up to my jaw', 'emergency'),
    ('on the pill and one calf sore since sunday. now pressure in the middle of me that goes down my left arm', 'emergency'),
    ("Bed bound for a fortnight, her left calf hot and swollen, now she says there's a brick on her and she keeps rubbing between her bosoms", 'emergency'),
    ('in a cast 4 weeks, calf aching under it, and since an hour its like a belt pulled tight round my top half', 'emergency'),
    ('since cast came off calf tender. bringing up gobs with little crimson threads', 'emergency'),
    ("calf swollen since the flight and just now everything went black and next thing i'm on the lino with the dog licking my face", 'emergency'),
    ('my nan had her knee done, calf swollen, and she just went grey and slid off the sofa and didnt answer me for a minute', 'emergency'),
    ('cast on leg 3 wks, calf hurting, and this morning the lights went out in the kitchen, i was on the tiles when i opened my eyes', 'emergency'),
    ('red hot swollen calf my husband, he just went all glassy eyed and went over sideways off the bench, back with us now', 'emergency'),
    ('bed rest since op, calf sore. stood up for the loo and the room went dark and I came to on the carpet', 'emergency'),
    ("flew home, sore calf, and now my toes look like a dead man's and I can't wiggle them", 'emergency'),
    ('since cast came off calf sore, today foot gone like skimmed milk and like it belongs to someone else', 'emergency'),
    ('after birth my calf sore, now the foot has gone like a bruise all over, lilac, and I cant wiggle my toes', 'emergency'),
    ("hot red calf yesterday now foot is like frozen chicken, dead to the touch, can't tell if you press it", 'emergency'),
    ("mum had her hip op, one calf swollen, now she sounds like she's had ten gins and can't find the name of the kettle", 'emergency'),
    ("after the birth calf swollen, and now I'm mixing everything up and my husband says I'm not making any sense", 'emergency'),
    ("cast on, calf sore, and dad's cheek has gone slack on the left and his tea is dribbling out the corner", 'emergency'),
    ("trod on a rusty nail gardening 10 days back, calf now red hot and swollen, and today I can't get my chops apart to eat", 'emergency'),
    ('cut my shin on barbed wire last week, the calf is red and swollen round it, and now my back keeps arching by itself and the spasms are agony', 'emergency'),
    ("dog bit my calf 8 days ago, it's swollen and hot, now food won't go down and my chin feels welded shut", 'emergency'),
    ("cut my leg on a rusty gate 12 days ago, calf hot and swollen, can't get my tablets down, and my cheeks are stuck in a grimace", 'emergency'),
    ("me grandad cut his leg on the mower, calf red hot swole, now he's got spasms all over and his back goes like a bow and he can't get his dinner down", 'emergency'),
    ('calf swollen after the op and now my foot looks like candle wax and really hurts', 'emergency'),
    ("pill, calf sore swollen, and suddenly my foot is like a corpse's, like a fridge, pins and needles then nothing", 'emergency'),
]  # fmt: skip

STILL_UNDER = [
    'bed rest 2 weeks after the fall, his calf one side big and red, now he is making the noise like fish out of water, all the time',
    "voice to text sorry hot red swollen calf comma right leg only full stop and I'm sitting still but I'm heaving like I ran a marathon full stop",
    "long haul from Sydney yesterday, calf sore one side. this morning I can't manage the hallway without leaning on the wall for ages to recover, me who does parkrun",
    "after the knee op my calf is swollen and when I fill up all the way there's a knife under my shoulder blade",
    'Since cesarean one calf swollen. now when i try to take a big one in, sharp stab under my boob',
    'my dad in bed for 3 week with the flu, now one calf red hot and swelled, and he say it jab him in the back when he pull in deep',
    'hot swollen red calf on the left, and since this morning whenever I go to fill up properly it stops me halfway with a stab',
    "post op day 5 (gallbladder), calf sore one side, nurse said walk more. now it's like a pin going in below my shoulder when i try and get a deep one in",
    "my husband's calf is red hot and swollen, he's holding his front and says it feels like a vice squeezing right in the middle",
    'knee surgery 10 days ago, calf on that side swollen. pain like indigestion but worse, right behind the bone in the middle, not going away',
    'drove 14 hours straight, calf swollen one side, now burning squeezing in the centre going into the shoulder blade',
    'after the flight one calf sore. and when I hack, what comes up has streaks in it like strawberry jam',
    'been in bed a week with my back, calf on right swollen hot. the stuff i bring up is the colour of raspberry',
    'had my baby 10 days ago, calf sore one side, and the gunk coming off my lungs tastes of metal and has crimson in it',
    "my grandad calf hot swollen, he's been clearing his throat all day and the hanky has scarlet on it",
    "flew from NY, calf sore and fat one side, and when i hack there's a taste of pennies and the stuff in my mouth is streaky like a candy cane",
    'the pill, sore swollen calf, and at work I lost a few minutes, colleagues say I went over like a tree',
    'post partum one week, calf sore one side, I zoned out in the shower and found myself sitting in the tray not knowing how i got there',
    "my dad's calf red and swollen, now his foot is like a slab of stone, no warmth in it at all, came on sudden",
    'calf swollen after my flight and my husband says I look wonky, one eye and the cheek have dropped',
    "bed rest, calf red swollen, she doesn't know what year it is and keeps calling me by her sister's name",
    'hot red swollen calf, and a minute ago the right half of me went dead, the leg and the shoulder and fingers',
    'graze from the allotment a fortnight ago, calf red swollen hot, and my whole body keeps going board-like in waves',
    "nail through my boot a week ago, calf swollen hot red, and my gob won't go wider than a finger",
]  # fmt: skip

STILL_MISSED = [
    'cast off last week, calf sore. today it catches under my left bosom when I draw in, can only take little sips',
    'Hip op 2 wks ago, calf swollen. this morning the tissue after my chesty fit had bright specks in it',
    'pill, calf sore, and suddenly my left everything went heavy, my mug just dropped out my fingers',
]  # fmt: skip

LOOK_ALIKES: list[str] = []

STILL_ALARMED: list[str] = []
