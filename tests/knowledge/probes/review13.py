"""A review of the twelfth session (2026-11-30) of what batch 52 (medicines) led to: a sign
a leaflet says to "watch for" read as asked about, two overdose patterns ("a double dose"
by mistake, "4 quinine tabs instead of 1"), and English told from Portuguese by more than
the marker words "no" and "to". A helper's 160 probes found the first versions hiding 20
reports: a sign right after "warned about" that came ("and now I have it"), after "look
out for my mum, she collapsed", after the everyday "looking for advice"; and Spanish told
beside English ("la respiracion me cuesta mucho") read as English without Spanish's rules.
Now the watch words hide only a sign right after them (or a later item of their list),
never when the message says it came; only "no" and "to" are set aside as markers; and a
plainly English message is searched for the other languages' emergencies too ("dolor in
my pecho", "bol v grudi"), which the review found missed before.

Still under (STILL_UNDER): Tagalog, which the content does not have ("dard in my chest",
"brust schmerzen" and "cant respirar bien" are read since, inside English). Still missed:
a double dose told without a count or a pill word ("doubled up on my bendroflumethiazide",
"four of them instead of one", "2 instead of 1", left so on purpose: two is many a
medicine's dose).
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True


REPORTS = [
    ('dard in chest, leg swollen', 'emergency'),  # read since the languages took these words inside English
    ('dard in my chest and my calf is swollen', 'emergency'),  # read since the languages took these words inside English
    ('my left leg is swollen and red since my flight, and I have brust schmerzen when I breathe', 'emergency'),  # read since the languages took these words inside English
    ('my calf is swollen after the flight and i cant respirar bien', 'emergency'),  # read since the languages took these words inside English
    ('masakit ang dibdib ko and my leg is swollen since the flight', 'emergency'),  # raised since batch 53's refit
    ('I was warned about chest pain and now I have it', 'emergency'),
    ('was warned about chest pain after the op and now i have it, left calf is sore too', 'emergency'),
    ('the leaflet warns of swelling, which I now have in my left calf', 'urgent'),
    ('look out for my mum, she collapsed', 'emergency'),
    ("keep an eye out for him, he's coughing blood", 'emergency'),
    ("keep an eye out for my dad pls he's coughing up blood and his calf is swollen", 'emergency'),
    ('hospital warned me of chest pains. got them now and my calf is swollen', 'emergency'),
    ('I warned you about chest pain last time, well its back and my right calf is swollen', 'emergency'),
    ('warned about coughing up blood and just did, my calf has been killing me since the flight', 'emergency'),
    ('i was warned about swelling in one leg after my knee op and thats exactly what ive got', 'urgent'),
    ('the pharmacist warned me about one leg swelling on the pill. its happened, right calf is twice the size', 'urgent'),
    ('gp warned of dvt signs, my left calf is now red hot and swollen', 'urgent'),
    ('looking for advice chest pain and swollen left calf since yesterday', 'emergency'),
    ('just looking for some advice, coughing blood and my calf hurts', 'emergency'),
    ('looking for help - my leg is suddenly cold and white and I cant move it', 'emergency'),
    ('looking for my inhaler, cant breathe and my calf is swollen after the flight', 'emergency'),
    ('looking out for my dad who cant breathe properly and his leg is swollen', 'emergency'),
    ('looking for help, chest pain when i breathe in and my calf has been sore for days', 'emergency'),
    ('hi looking for advice. breathless and my left calf is swollen and hot', 'emergency'),
    ('look out for my husband, he collapsed after complaining about his calf', 'emergency'),
    ('keep an eye out for her please she collapsed in the kitchen after moaning about her calf', 'emergency'),
    ('they warned us about breathlessness after long flights, well i cant catch my breath and my calf is swollen', 'emergency'),
    ('watch for chest pain they said. i have chest pain. calf still swollen', 'emergency'),
    ('nurse said to watch for swelling in one leg. my left one is swollen now', 'urgent'),
    ('was told to look out for a cold pale foot after the bypass, my foot is cold and pale and numb now', 'emergency'),
    ('watching for swelling in my left leg like the gp said and today its huge and i cant breathe', 'emergency'),
    ('warned me about chest pain they did, and here i am with it and a swollen calf', 'emergency'),
    ('they warned me about slurred speech with the clot, my husband has slurred speech now and his leg gave way', 'emergency'),
    ('looking for a lift to a&e, chest pain and a swollen calf', 'emergency'),
    ('watching out for my nan tonight, she is coughing blood and her leg is swollen', 'emergency'),
    ("mi pierna esta hinchada and I can't breathe", 'emergency'),
    ('saya tidak bisa bernapas, my leg hurts', 'emergency'),
    ('me duele el pecho and my calf is swollen since the flight', 'emergency'),
    ('my calf has been swollen since the flight and now no puedo respirar', 'emergency'),
    ("my left calf is swollen since the long flight and I'm coughing sangre", 'emergency'),
    ('ive had a cramp in my calf for two days after the flight and it is swollen and now dor no peito', 'emergency'),
    ("my leg is swollen and hot and j'ai mal à la poitrine", 'emergency'),
    ('ich kann nicht atmen, my calf is swollen after the flight', 'emergency'),
    ('mujhe saans nahi aa rahi and my leg is swollen', 'emergency'),
    ('seene mein dard hai and my calf is swollen after the train journey', 'emergency'),
    ('sakit dada and my calf is swollen after a long flight', 'emergency'),
    ('ne mogu dyshat, my leg is swollen', 'emergency'),
    ('bol v grudi and my left leg is swollen after the flight', 'emergency'),
    ("my mum's leg is swollen and hot, le duele el pecho", 'emergency'),
    ('tosiendo sangre and my calf hurts a lot', 'emergency'),
    ('ho dolore al petto and my leg is swollen after the flight', 'emergency'),
    ('non riesco a respirare, my calf is swollen', 'emergency'),
    ("la pierna fria y palida, I can't move my foot", 'emergency'),
    ('my dad is confused and his face is drooping, no puede hablar bien', 'emergency'),
    ('khansi mein khoon aa raha hai and my leg is swollen', 'emergency'),
    ('my calf is swollen and sore after the flight and me falta el aire', 'emergency'),
    ('pierna izquierda hinchada y roja, its hot to touch too', 'urgent'),
    ('perna inchada so de um lado since the flight, what do i do', 'urgent'),
    ('my calf swollen since surgery and susah napas now', 'emergency'),
    ('my calf is swollen after the flight and saans phool rahi hai', 'emergency'),
    ('bhai my leg is swollen and chest mein dard ho raha hai', 'emergency'),
    ('after the flight my calf got really swollen and now estou com falta de ar', 'emergency'),
    ('my calf is swollen and i am coughing up blood, tosiendo sangre, help', 'emergency'),
    ('my leg went cold and white suddenly, je ne sens plus mon pied', 'emergency'),
    ('my husband collapsed after his calf pain, se desmayo, what do i do', 'emergency'),
    ('accidentally took a double dose of my water tablets this morning and now my legs are cramping', 'urgent'),
    ('took a double dose by mistake, amlodipine, now my calves are cramping', 'urgent'),
    ('took tonights as well by mistake so a double dose of furosemide, legs cramping badly', 'urgent'),
    ('took 4 quinine tabs instead of 1 last night and my legs are cramping', 'urgent'),
    ('gave him 5 tablets instead of 1 by accident, now he has cramps in his legs', 'urgent'),
    ('took three capsules instead of one and now im cramping all over', 'urgent'),
    ('took 10 of my gabapentin instead of 1, legs cramping and wobbly', 'urgent'),
    ('i swallowed 6 pills instead of one and now my calves are cramping', 'urgent'),
    ('had 4 doses instead of 1 of my quinine, calves cramping', 'urgent'),
    ('my mum took her tablets twice today by mistake and now has bad leg cramps', 'urgent'),
    ('i accidentally double dosed my lithium and now my legs are cramping and twitching', 'urgent'),
    ('gave my son a double dose of calpol by accident, now he says his legs cramp', 'urgent'),
    ('took 12 tablets instead of 1, legs cramping badly', 'urgent'),
    ('took 5 of my muscle relaxers instead of one cos the cramp was so bad, now legs feel weird and cramping', 'urgent'),
    ('my dad took a week of his pills at once by mistake and his legs are cramping', 'urgent'),
    ('took eight baclofen instead of one and now my legs are cramping and im drowsy', 'urgent'),
    ('looking for help. chest pain and my calf is swollen', 'emergency'),
    ('looking for some advice: breathless and my calf is swollen', 'emergency'),
    ('im looking for advice my dad collapsed and his leg was swollen', 'emergency'),
    ('just looking for reassurance really, chest pain on and off and left calf swollen since the flight', 'emergency'),
    ('warning about chest pain in the leaflet and yeah i have chest pain now, calf swollen too', 'emergency'),
    ('was told to keep an eye out for coughing up blood, that happened this morning, calf still sore', 'emergency'),
    ('took 3 amlodipine instead of 1 by mistake, cramps in both legs', 'urgent'),
    ('took 4 of my water tablets instead of one this morning, legs cramping now', 'urgent'),
    ('nan took 5 of her heart tablets instead of 1 and her legs are cramping', 'urgent'),
    ('my calf is swollen after the flight and i cough up sangre en la flema', 'emergency'),
    ('my calf is swollen after the flight and i have been coughing, hay sangre en la flema', 'emergency'),
    ('my calf is swollen after the flight and la respiracion me cuesta mucho', 'emergency'),
    ('my left calf is swollen after the flight and respirar me duele', 'emergency'),
    ('my calf is swollen after the flight and il petto mi fa molto male', 'emergency'),
    ('my calf is swollen after the flight and i have dolor in my pecho', 'emergency'),
    ('my calf is swollen after the flight and my mum desmaiou agora', 'emergency'),
]  # fmt: skip

STILL_UNDER = [
    'hindi ako makahinga, my calf is so swollen',
    'grabe yung pain sa calf ko, swollen siya and hirap ako huminga',
]  # fmt: skip

STILL_MISSED = [
    'by accident i doubled up on my bendroflumethiazide today and my legs are cramping',
    'took 2 quinine instead of 1 by mistake and now my legs cramp worse',
    'swallowed four of them instead of one, my legs are cramping',
    'oops took my quinine twice tonight, double dose, legs cramping still',
]  # fmt: skip

LOOK_ALIKES = [
    'the leaflet says to watch for swelling in one leg',
    'my doctor warned me about chest pain as a side effect of the new tablets, legs cramp at night',
    'nurse said keep an eye out for swelling or redness in one calf after the flight, none so far, just cramps',
    'they warned us about coughing up blood with the blood thinners, my calves cramp a lot at night',
    'should I watch out for chest pain with leg cramps?',
    'statin leaflet warns of muscle weakness, is that why my calves cramp?',
    'i always watch for swelling in my legs after long flights, all fine this time, just a cramp',
    'Evista leaflet warns about blood clots, no swelling, just cramps at night',
    'no swelling to speak of, just calf cramps at night',
    'tengo calambres en las piernas por la noche',
    'calambres at night, any tips?',
    'my abuela gets calambres every night, what helps?',
    'mujhe raat ko leg cramps hote hai, kya karu',
    'saya sering kram kaki at night, what helps',
    'pas de swelling, just cramps in my calves at night',
    'leg cramps at night tbh, no pain in chest no swelling nada',
    'ich habe nachts wadenkrampf, any tips for leg cramps',
    'the doctor doubled my dose by mistake last year, still get leg cramps at night',
    'the gp put me on a double dose by mistake last year, sorted now, still get night cramps',
    'took 3 magnesium instead of 1 like the bottle says, will it help my cramps?',
    'i take 3 capsules instead of 1 now because the doctor upped it, cramps are better',
    'what happens if you take a double dose by mistake? i get cramps on quinine',
    'my doctor told me to take 3 tablets instead of 1 for the cramps',
    'had 3 bananas instead of 1 for the cramps lol still cramping',
    'had three glasses of tonic water instead of one for my leg cramps',
    'took 5 minutes instead of 1 to stretch the cramp out',
    'pharmacy gave me 3 boxes instead of one by mistake, anyway i get calf cramps',
    'missed my dose yesterday, should i take a double dose today? legs cramping',
    'the nurse said never take a double dose if you miss one, i get leg cramps',
    'took 3 magnesium capsules instead of one because my cramps were awful, is that ok',
    'had 4 doses of pickle juice instead of 1 for my calf cramps',
    'took 2 tablets instead of 1 as the doctor said, leg cramps still bad',
    'took 3 tablets instead of 1 as the doctor increased my dose, still get calf cramps',
    'gave her 3 capsules instead of one like the gp said, her cramps are better',
    'took 3 magnesium tablets instead of 1 like the bottle says, cramps still bad',
    'keep an eye out for him please, he gets bad calf cramps at night',
    'looking for advice on night cramps, no chest pain or swelling',
    'calf cramp for 15 minutes last night, ab theek ho gaya hai, just sore now',
]  # fmt: skip

STILL_ALARMED = [
    'what should I look out for with a dvt, chest pain? my calves cramp at night',
    'the pill leaflet warns about clots, breathlessness and leg pain, I only get normal calf cramps',
    'gp told me to look out for swelling in one leg or breathlessness, i have neither, just night cramps',
    'double dose of stretching by accident today haha, calves cramping',
    'my calf cramp lasted 20 minutes but ya se me paso, todo bien',
]  # fmt: skip
