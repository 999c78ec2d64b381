"""A blind review, in the nineteenth session, written to break a reading of a supposed cramp
("hypothetically if a cramp lasted more than 10 minutes", "what if a cramp lasted 30
minutes", "suppose a cramp went on for half an hour") as no long cramp. It silenced 12 of 38
real reports, a rule quoted before the writer's own time ("if your cramp lasts longer than ten
minutes you go to the doctor and mine has lasted half an hour now") and "hypothetically" denied
("not hypothetically my calf cramp has gone on for 25 min"): it was dropped. With the rules as
they are, 37 of 38 reports raised and 3 of 26 look-alikes quiet: a cramp supposed
still alarms.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    ('my cramp has lasted 20 min, if it lasts much longer should I go to A&E?', 'urgent'),
    ('not sure if a cramp lasting 25 minutes is normal but mine is still going', 'urgent'),
    ('say my calf cramp keeps going past 15 min like now, what do I do', 'urgent'),
    ("I don't know if my cramp lasted 12 minutes or more, it's still locked", 'urgent'),
    ('what if a cramp lasts 30 min like mine right now', 'urgent'),
    ('this is not hypothetical my calf cramp has lasted 20 minutes and wont let go', 'urgent'),
    ('not a hypothetical question lol my calf cramp has been going for 25 mins now and its still rock hard', 'urgent'),
    ('i read that if a cramp lasts more than 10 mins you should see a doctor and mine has lasted 20 mins and still hasnt eased', 'urgent'),
    ('they say a cramp lasts a minute or two but mine has been going for 25 minutes and wont ease', 'urgent'),
    ('people say a cramp lasts seconds but my hamstring one has lasted 15 minutes now and is still tight', 'urgent'),
    ('nhs website says if a cramp lasts longer than 10 mins and doesnt ease get seen today and mine has lasted 18 mins and hasnt eased at all', 'urgent'),
    ('what happens if a cramp goes on for 20 minutes because mine has and it still wont release', 'urgent'),
    ('what if a cramp kept going for 40 mins thats whats happening to me right now and its still cramping', 'urgent'),
    ('suppose a cramp lasts 15 min is that bad asking cos mine is still going at 15 min', 'urgent'),
    ('is it normal if a cramp is still there after 20 minutes because my calf is still knotted 20 minutes on', 'urgent'),
    ('my wife says if your cramp lasts longer than ten minutes you go to the doctor and mine has lasted half an hour now still not easing', 'urgent'),
    ('doc told me if a cramp ever lasts more than 10 min to ring 111 and it has now been 20 min and my calf is still locked', 'urgent'),
    ('Sir my leg cramp is continuing since 20 minutes, what if it is not stopping, kindly advise', 'urgent'),
    ("Doctor kindly tell what to do if a cramp lasts 25 minutes like my mother's calf cramp now, still not releasing", 'urgent'),
    ('idk if a cramp lasting this long is normal its been 20 mins and my calf is still locked solid', 'urgent'),
    ('say a cramp is still going after 15 minutes like mine is right now do i need a doctor', 'urgent'),
    ('ok so my calf cramp has lasted 20 minutes, hypothetically if it goes past 30 should i go to a&e', 'urgent'),
    ('funny last week I asked hypothetically what if a cramp lasted 20 minutes and now its actually happening my calf has been cramped for 20 minutes and wont ease', 'urgent'),
    ('if a cramp lasts 15 mins is it serious cause mine has lasted over 15 mins and its not going', 'urgent'),
    ('my partner keeps saying suppose a cramp lasts 20 min you just walk it off but mine has been going 20 min and walking isnt helping', 'urgent'),
    ("what to do if someone's cramp lasts 30 minutes my husband's calf has been cramping for 30 minutes and still not easing", 'urgent'),
    ('if a cramp lasts more than 10 minutes its urgent right? mine lasted 15 minutes and is still going', 'urgent'),
    ('so like what if a charley horse lasted 20 minutes bc thats literally whats happening to me rn', 'urgent'),
    ("if a leg cramp lasts 20 min and counting which is where I'm at right now should I go to urgent care", 'urgent'),
    ("asking for myself not hypothetically my calf cramp has gone on for 25 min and won't ease", 'urgent'),
    ('im not being hypothetical here my thigh has been cramping for 20 minutes now and still locked', 'urgent'),
    ('Is it bad if a cramp keeps going for 20 mins because mine has kept going for 20 mins and still rock hard', 'urgent'),
    ('what would happen if a cramp went on for 25 minutes asking because mine just did and it still hasnt let go', 'urgent'),
    ('what if your cramp is still there after 20 mins like mine is', 'urgent'),
    ('hypothetically no actually for real my foot cramp has lasted 25 minutes and still wont let go', 'urgent'),
    ("google says if a calf cramp lasts over 10 minutes see a gp, mine's been 20 minutes and still rock hard", 'urgent'),
    ('the leaflet says if a cramp goes on for more than 10 minutes and stretching doesnt help get seen same day and my calf cramp has gone on for 35 minutes and stretching does nothing', 'urgent'),
]  # fmt: skip

STILL_MISSED = [
    'my mum always said if a cramp lasted more than a few minutes it was nothing but mine has lasted 40 mins and still wont ease',
]  # fmt: skip

STILL_UNDER: list[str] = [
]  # fmt: skip

LOOK_ALIKES = [
    'if a cramp lasts over 10 minutes should you see a doctor',
    'my cramps usually last a minute or so, what if one went on for 20 minutes',
    'if a charley horse lasts longer than 10 minutes do I need a doctor',
]  # fmt: skip

STILL_ALARMED = [
    "hypothetically if a cramp lasted more than 10 minutes is that when you'd see a doctor?",
    'what if a cramp lasted 30 minutes?',
    'suppose a cramp went on for half an hour, what then',
    'say your calf cramp lasts 20 mins, is that an emergency',
    "supposing someone's cramp kept going for 15 minutes what should they do",
    'how long is too long for a cramp? like if one lasted 20 minutes would that be bad',
    'just curious, what if a cramp is still there after 15 minutes',
    'hypothetical: cramp lasting 25 mins, go to GP or not?',
    'is a cramp that lasts 20 minutes dangerous',
    'for my first aid course: what do you do if a cramp keeps going for 15 min',
    'at what point is a cramp serious, 10 minutes? 20 minutes?',
    'asking for a friend, what if a cramp goes on for 30 mins',
    'Sir, if a cramp lasts for 20 minutes what should be done',
    'when should i worry about a cramp, say one lasts 15 mins',
    'suppose a cramp keeps going 20 minutes even after stretching, is that serious',
    'what should I do if a leg cramp lasts more than 15 minutes',
    'my cramp earlier lasted 2 minutes, but what if one lasted 20 minutes?',
    'hypothetically speaking if my calf cramped for 20 mins what would you advise',
    'would a cramp that went on for 30 minutes mean something serious',
    'if someones cramp lasted 45 minutes would they need hospital',
    'quick q - if a cramp is still going after 12 minutes is that an emergency or can I wait',
    'what if a cramp lasted an hour lol is that even possible',
    'say a cramp goes on for 20 minutes and wont ease with stretching, is that a doctor job',
]  # fmt: skip
