"""A blind review, in the seventeenth session, written to break the edits that review30 led to:
"white-looking" and "white compared to the other" of a limb, Pidgin "don cold / don pale",
"N days never go", "still never go away", Scots "fur breath", and a Hinglish denial after
the sign ("chest pain nahi"). 78 probes. The Hinglish denial quieted 9 look-alikes but
silenced 10 emergencies ("chest pain nahi gaya abhi tak", "chest pain hai nahi pata kya
karu", "coughing blood nahi samajh aa raha"): it was dropped. Pidgin "don cold" now stands
aside for a cause told after it ("because of the AC"). Now 42 of 44 reports raised (36
before) and 14 of 34 look-alikes alarmed (12 before): Scots "struggling fur breath after the
5k but fine in a minute" and a dog's, as the English "for" already were.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ('my left leg is cold to touch and white-looking compared to the other, it hurts a lot', 'emergency'),
    ('suddenly my foot went numb, cold and pale looking, cant really move my toes', 'emergency'),
    ('calf very painful, the foot is cold and white compared to the other one', 'emergency'),
    ('her leg is cold and pale compared with the other leg, started an hour ago', 'emergency'),
    ('my foot is cold and kinda blue-looking and really painful since this morning', 'emergency'),
    ('the whole leg don cold like ice and e don pale, i no fit waka', 'emergency'),
    ('my leg don cold and the foot don white, pain plenty', 'emergency'),
    ('abeg my foot don cold since morning and e dey pain me well well', 'emergency'),
    ('after the cramp my leg went cold, and its pale looking now, cant feel my toes', 'emergency'),
    ('lower leg cold n pale lookin compared to the othr one, wat do i do', 'emergency'),
    ('calf pain like cramp three days never go, i just come back from long flight', 'urgent'),
    ('after my knee surgery my right calf is painful 3 days never go away', 'urgent'),
    ('since my flight from dubai one calf swollen and painful, 2 days not go away', 'urgent'),
    ('i am on the pill, left calf pain since few days still not go away', 'urgent'),
    ('pregnant 30 weeks, my right calf ache four days never go down, only one leg', 'urgent'),
    ('in cast for 2 weeks, calf pain 5 days never gone', 'urgent'),
    ('the cramp is 20 min now, massage and still never go away', 'urgent'),
    ("i'm struggling fur breath and my calf is sore after the flight", 'emergency'),
    ('been struggling fur breath since this mornin, leg cramps too', 'emergency'),
    ('struggling fur air and ma chest is tight', 'emergency'),
    ('chest pain nahi ruk raha, leg bhi swollen hai', 'emergency'),
    ('chest pain hai, nahi pata kya karu', 'emergency'),
    ('chest pain hai nahi pata kya karu', 'emergency'),
    ('mujhe chest pain ho raha hai nahi jaata', 'emergency'),
    ('chest pain nahi gaya abhi tak, kal se hai', 'emergency'),
    ('chest pain nahi ruka, 1 ghanta ho gaya', 'emergency'),
    ('saans lene mein takleef, chest pain nahi jaa raha', 'emergency'),
    ('chest pain kam nahi ho raha', 'emergency'),
    ('coughing blood nahi samajh aa raha kya hai', 'emergency'),
    ('my leg is cold and pale nahi pata kya hua', 'emergency'),
    ('i am coughing up blood hai nahi malum kya karu', 'emergency'),
    ('one calf swollen and painful nahi utar raha after flight', 'urgent'),
    ('cant breathe properly nahi pata kya karna hai', 'emergency'),
    ('chest pain nahi hota tha pehle, ab bahut hai', 'emergency'),
    ('calf pain after flight nahi jata, one leg swollen', 'urgent'),
    ('chest pain nahi ja rha, kya karu', 'emergency'),
    ('chest pain nahi mit raha subah se', 'emergency'),
    ('chest pain nahi hat raha, left arm bhi', 'emergency'),
    ('saans phool rahi hai, chest pain nahi samajh aa raha kyun', 'emergency'),
    ('chest pain nahi bata sakta kitna bura hai, bahut zyada', 'emergency'),
    ('one calf swollen after flight nahi pata kyu', 'urgent'),
    ('my calf cramp has lasted 30 minutes and still never go away', 'urgent'),
]  # fmt: skip

STILL_MISSED = [
    'cramp in my calf started 30 minutes ago, i stretch and still never go away',
    'my calf cramp came at 2am, its 2:40 and still never goes away',
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    'bought some white-looking socks for my cramps, are they ok',
    'i was pale looking after the flu last week, now cramps at night',
    'my cramps never go away for long, just a minute then they come back next night',
    'my new trainers are white compared to the other pair, do they help cramps',
    'my face is pale looking when i get cramps, is it dehydration',
    'she looks pale compared to the other kids, and gets leg cramps at night',
    'the skin of my calf is a bit grey-looking from the fake tan, cramps at night',
    'feet don cold because of the AC, small cramp for night',
    'my leg don cold small because harmattan, no pain',
    'calf cramp at night 3 days never go to gym, it lasts 1 min then fine',
    'after my flight i rested 2 days, never went out, no leg pain, just curious about cramps',
    'my cramps last few seconds, i have 3 days not gone to work cos of flu',
    'cramp lasts 20 secs but the fear still never go away, cant sleep',
    'cramps come back every week, i stretch but still never go away completely',
    'i tried magnesium but night cramps still never go away, every few nights a short one',
    'struggling fur time tae stretch in the morning, cramps at night',
    'white-looking nails and cramps in my feet, vitamin?',
    'the cramp lasted 2 minutes and left my calf a bit sore, no other problems',
    'my calf is sore 3 days never go to physio, it was just a gym strain no travel',
    'my foot is cold nahi, just the cramp',
]  # fmt: skip

STILL_ALARMED = [
    'my toes don blue from the nail polish lol, cramp yesterday',
    'struggling fur breath after the 5k but fine in a minute, calf cramps after runs',
    'saans theek hai, chest pain nahi, bas raat ko calf cramp',
    'chest pain nahi hai, sirf leg cramp raat ko',
    'koi chest pain nahi, saans bhi theek, calf cramp 1 minute',
    'coughing blood nahi, bas cramp',
    'leg swollen nahi hai, bas cramp aata hai raat ko',
    'breathless nahi hu, just cramps after gym',
    'chest pain nhi, saans ki problem nhi, only cramps',
    'chest pain bhi nahi, bas calf mein cramp 2 minute',
    'leg cold nahi hai, pale bhi nahi, sirf cramp',
    'my dog was struggling fur breath after the walk, my cramps are fine',
    'struggling for breath after the 5k but fine in a minute, calf cramps after runs',
    'my dog was struggling for breath after the walk, my cramps are fine',
]  # fmt: skip
