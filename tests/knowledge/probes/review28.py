"""A blind review, in the seventeenth session, written to break that session's last red-flag
edits (review27's): a face "going down on right side", a "right leg and arm no power", a
"very strong headache, suddenly" or "never in my life like this", a pregnant calf that
"aches all day", one muscle "still gripping after half an hour", a husband "dead in bed", a
what-if about a long cramp, a cold leg "10 yrs ago". 131 probes. The first version alarmed
22 new look-alikes: legs and arms with no power after a marathon, the flu or chemo, facial
swelling "going down on one side", "this cramp, never had one like this" beside a slight
headache, a back that "hurts all day" beside a calf cramp, legs that "still won't relax
after 2 hours sitting in the car", a teenager "dead in bed" till noon. Now a side is named
for the leg and arm, the face itself goes down, the all-day ache is a leg's and told as now,
the long cramp is one muscle's with nothing after its time but its remedy, and the dead in
bed is only what goes on with the finding. Reports raised went from 24 to 56 of 71, look-
alikes alarmed from 18 to 13 of 60. Lost: "what if my calf cramp lasted more than 10 minutes
last night and still hurts" (read as a what-if), and "my foot went cold and pale that was 10
yrs ago. it's happening again now" ("yrs" is years now, and a story brought back to now in
the next sentence was missed with "years" before too).
In the twenty-second session toes that "still won't uncurl after 15 minutes" are a long cramp.
In the twenty-third session a face swelling "gone down on the left side" after a wisdom tooth
is quiet; the learned net reads it near its threshold (0.82), alarmed in some fits.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ('my father face is going down on right side', 'emergency'),
    ("mum's face gone down on one side and she's talking funny", 'emergency'),
    ('his mouth has gone down on the left side since 20 min', 'emergency'),
    ('my grandma face went down on the right side suddenly', 'emergency'),
    ('my wife mouth is going down on one side pls help', 'emergency'),
    ('dad face come down to one side when he try to smile', 'emergency'),
    ('my husbands face is coming down on his left side, he had bad cramp before', 'emergency'),
    ('the left side of his face has gone down', 'emergency'),
    ('my right leg and arm no power', 'emergency'),
    ('dad left leg and left arm no power since morning', 'emergency'),
    ('my mother right leg and right hand is no power', 'emergency'),
    ('his right foot and right hand powerless, cant stand', 'emergency'),
    ('papa ka right leg and arm no power from today morning', 'emergency'),
    ('my leg and my arm has no power on the right side', 'emergency'),
    ('very strong headache, suddenly', 'emergency'),
    ('my wife has a severe headache suddenly', 'emergency'),
    ('terrible headache all of a sudden', 'emergency'),
    ('headache, never in my life like this', 'emergency'),
    ('mum has headache since 1 hour, never had one like this', 'emergency'),
    ('my head pain never before like this and my leg is weak', 'emergency'),
    ('strong head ache suddenly!!', 'emergency'),
    ('im 28 weeks pregnant and my left calf aches all day', 'urgent'),
    ('preg 30 wks, right calf hurts all day', 'urgent'),
    ('pregnant, my left calf cramps all day long', 'urgent'),
    ('34 weeks pregnant and only my right calf aches n cramps all day', 'urgent'),
    ('pregnant and my left calf is cramping all day at work, wont go', 'urgent'),
    ('im pregnant 7 months my one calf hurting all day today', 'urgent'),
    ('pregnent, left calf throbbing all day', 'urgent'),
    ("my calf still won't release after 20 minutes", 'urgent'),
    ('hamstring still gripping after half an hour', 'urgent'),
    ('my foot still hasnt eased after 15 mins of stretching', 'urgent'),
    ('calf still wont let go after 25 minutes of massaging it', 'urgent'),
    ('my thigh still gripping for 20 min', 'urgent'),
    ("my sons calf still won't release after 20 minutes", 'urgent'),
    ("my calf still won't release after 20 minutes of agony", 'urgent'),
    ('the muscle still wont release after 30 mins of rolling it', 'urgent'),
    ('my calf still hasnt released after 20 min of walking it off', 'urgent'),
    ('my wife is dead in bed', 'emergency'),
    ('my husband is dead in bed help', 'emergency'),
    ("mum's dead in bed i think", 'emergency'),
    ('my husband is dead in bed what do i do', 'emergency'),
    ('my brother is dead in bed pls', 'emergency'),
    ('my father in law is dead in bed please', 'emergency'),
    ("my wife's dead in bed omg", 'emergency'),
    ('i think my dad is dead in bed', 'emergency'),
    ('my mom is dead in bed!! she had leg cramps last night', 'emergency'),
    ('my calf cramp lasted more than 10 minutes, what if its a clot?', 'urgent'),
    ("my foot turned cold and blue, that was 10 yrs ago, now it's happening again", 'emergency'),
    ('my leg went cold and numb, that was 2 yrs ago but its happening again right now', 'emergency'),
    ('my foot went cold and blue, that was 10 mins ago', 'emergency'),
    ('my left calf is swollen and warm again today', 'urgent'),
    ('pregnant and my left leg is warm again', 'urgent'),
    ('my left calf is swollen and sore, but my feet are warm again', 'urgent'),
    ('calf swollen again and feels warm again since this morning', 'urgent'),
    ('had cramps for 2 yrs, tonight my calf cramp lasted 20 mins', 'urgent'),
    ('pregnant, my right calf feels warm again and sore', 'urgent'),
    ("my toes still won't uncurl after 15 minutes", 'urgent'),
]  # fmt: skip

STILL_MISSED = [
    'face going down on 1 side and his arm is weak',
    'my mother face go down on right side since morning',
    'half of dads face has gone down',
    'her leg and hand have no strength suddenly',
    'husband leg and arm lost all power 1 hour ago',
    'my right leg and arm lost their strength suddenly',
    'I have a very bad headache suddenly and vomiting',
    'i never had a headache like this in my life, my leg cramped too',
    'very bad headache came suddenly, cant see properly',
    'my grandma is dead in bed and cold',
    'husband dead in bed',
    'what if my calf cramp lasted more than 10 minutes last night and still hurts, is it clot',
    "my foot went cold and pale that was 10 yrs ago. it's happening again now",
    "my foot went cold and pale that was 10 years ago. it's happening again now",
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    'my face went down when I heard the news, then my calf cramped',
    'my face swelling went down on one side after the antihistamine',
    'my legs and arms have no power after the marathon',
    'my leg and arm have no power after the marathon lol',
    'after the flu my leg and arm have no strength, and my calves cramp',
    'after 3 hours of swimming my leg and arm have no power',
    'my leg and arm no power after the gym today haha',
    'im 89 my leg and arm no power anymore, walking with a stick for years, cramps at night',
    'my leg and arm have no strength since chemo started, cramps too',
    'my leg and arm have no power after the 10k race',
    'had a bad headache, suddenly remembered i forgot my magnesium',
    'i had a bad headache yesterday, suddenly my calf cramped at night',
    'got a slight headache from the heat but this cramp, never had one like this',
    'no headache or anything, but this calf cramp, never had one like this',
    'i get a bad headache suddenly when i drink red wine, also leg cramps',
    'mild headache from dehydration, my calf cramp is the worst, never in my life like this',
    'had a headache this morning after coffee, never had a cramp like that though',
    'pregnant and my left calf aches all day after gardening on saturday',
    "pregnant, my left calf has been sore all day after last night's cramp",
    'pregnant, my left calf ached all day yesterday but its fine today',
    "30 weeks pregnant, my right calf ached all day on tuesday after the long walk but it's fine now",
    '25 weeks pregnant, left calf cramped then fine all day',
    'pregnant and my back hurts all day, my left calf cramped last night for a minute',
    'pregnant, my head hurts all day, had a small cramp in my right calf last night',
    'pregnant, my left calf is tender all day after a cramp',
    'pregnant and both my calves cramp all day',
    "my legs still won't relax after 2 hours of driving",
    "my legs still won't relax after 2 hours sitting in the car",
    "my legs still won't relax after 40 minutes in bed, restless legs again",
    'hamstrings still wont loosen after 20 min yoga, so stiff',
    "my feet still won't relax after 8 hours in heels",
    'my phone is dead in bed',
    'my husband is dead in bed by 9 every night lol, he gets cramps',
    'my son is dead in bed, teenagers sleep till noon, he gets cramps',
    'my husband is dead in bed, flu has knocked him out, his calves cramp',
    'my daughter is dead in bed, exhausted after her exams, she had cramps',
    'my husband is dead in bed i think he had too much wine, snoring away',
    'what if a cramp lasted more than 10 minutes',
    'what if my cramp lasted over 10 min, should i go to a&e?',
    'what if it went on for more than 10 minutes?',
    'my leg went cold and white, that was 10 yrs ago',
    'foot went ice cold and pale, it happened years back',
    'my foot went cold and blue, that was about 5 years ago',
    'my feet are warm again after soaking them',
    'did a preg test, negative, my left calf hurts all day after hiking',
    'my leg and arm no power after the workout, cramps in calves',
    'fell off my bike and my face came down on the right side of the kerb, now my calf cramps',
    'after the wisdom tooth out, the swelling on my face has gone down on the left side',
]  # fmt: skip

STILL_ALARMED = [
    'the puffiness in my face is going down on the right side now, and my calf cramps at night',
    'my mouth ulcer has gone down on the left side, anyway about my leg cramps',
    "my calf still hasn't eased after 2 days since football, it's just sore",
    "my calf still won't release after 5 minutes",
    'had a cramp, my calf still hasnt eased after 30 mins but the cramp went, its just tender',
    'my calf muscles still wont loosen after 3 weeks of physio',
    'what if a cramp lasted 30 minutes, would that be dangerous?',
    'wat if a cramp lasted more then 10 mins',
    'my foot went cold n blue, that was 10yrs ago',
    'my foot went cold and white, that was 10 yrs ago, its fine now',
    'my toes went white in the cold but they are warm again now',
    'my mums face has gone down on the right side, that was 3 yrs ago, she recovered',
]  # fmt: skip
