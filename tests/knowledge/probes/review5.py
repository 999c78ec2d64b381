"""Probes of the seventh session's second round (2026-11-29): typos and dictation folded into
signs ("my chess hurts", "past out", "had a feint", "chest pn", blood as an emoji), wounds
told without articles, wider windows for two concept rules in the other languages, and
breathlessness that passed, in eight languages. A safety review wrote real reports at the
edge of each narrowing and look-alikes at the edge of each widening: the first version
missed 16 reports caught before and alarmed 24 look-alikes; the reviewed version catches
every report it caught before, and two more. Still missed (as before the round): a swollen
leg told beside a denial of something else ("not sore but swelling since the flight", "not
just cramping, it is swelling"); "my left leg not the right one is swelling" was too, until
"not the left/right/other one" was read as which one, not as a denial (knowledge/text.py). Still alarmed: a sparring feint, a
breath test, front crawl, a swelling gone down; and, by the other languages' reading (not
checked here: `fired` is the English one), legs cold and pale after a swim and fine minutes
later (hi, pt, de).
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    ('my left leg not the right one is swelling up and it hurts', 'urgent'),
    ('stabbing pain under my ribs that catches my breath, had a bad calf cramp yesterday', 'emergency'),
    ('the pain catches my breath, my calf still hurts from the cramp on sunday', 'emergency'),
    ('catching my breath hurts on the right side since my leg swelled up', 'emergency'),
    ('sharp pain in my side caught my breath when i coughed this morning, calf sore', 'emergency'),
    ('it catches my breath like a knife in my back, calf was swollen last week', 'emergency'),
    ("couldn't catch my breath, was fine after a minute but now it's back and I can't breathe", 'emergency'),
    ('couldnt catch my breath on the stairs, was fine after sitting down but it has happened three times tonight', 'emergency'),
    ('couldnt catch my breath and was ok after a few minutes, but it keeps happening since the cramp in my calf', 'emergency'),
    ('i couldnt catch my breath, felt better after a bit but it came back twice since lunch', 'emergency'),
    ("can't catch my breath, was better once i sat down, it comes back every time i stand up", 'emergency'),
    ('Couldnt catch my breath was fine after 5 mins. Then it happened again on the walk home.', 'emergency'),
    ('couldnt catch my breath, felt fine after a few minutes, but my calf is swollen and red', 'emergency'),
    ('cant catch my breath, was fine after the cramp eased but over the last hour it keeps getting harder', 'emergency'),
    ('my mum couldnt catch her breath, she was ok after a rest but she has gone very pale and sweaty', 'emergency'),
    ("calf not swollen yesterday but today no... it's swollen and hot", 'urgent'),
    ('my calf with no injury at all swelling up and painful', 'urgent'),
    ('pregnant and my calf, no idea why, is swelling', 'urgent'),
    ('my thigh for no reason swelling and painful after my knee surgery', 'urgent'),
    ('toes went white, warmed up, then an hour later the whole foot is white and cold', 'emergency'),
    ('my foot went pale and cold in the night, it warmed up but then it went a dusky colour and I cant move my toes', 'emergency'),
    ('foot went white and numb, the colour came back but later it turned waxy and I cant feel it', 'emergency'),
    ('leg went cold and pale after the cramp, warmed up but then lost all feeling and it looks blotchy', 'emergency'),
    ('my toes were blue, back to normal after a bath but later that night the foot went violet and hurts', 'emergency'),
    ('foot was pale and cold, fine again after an hour but then the pain came back and I cant feel my toes', 'emergency'),
    ('leg went pale and numb, warmed back up but it happened a second time and my foot feels like ice', 'emergency'),
    ('my foot went white and cold, warmed up but 20 minutes later it was mottled', 'emergency'),
    ('no puedo respirar y eso que ya estaba bien despues del calambre', 'emergency'),
    ('me falta el aire otra vez, ayer ya estaba bien', 'emergency'),
    ('me quede sin aire cuando vine caminando del trabajo y me duele la pantorrilla', 'emergency'),
    ('me desperte y me quede sin aire al abrir los ojos, tengo la pierna hinchada', 'emergency'),
    ('perdi o folego quando vim subindo a ladeira e nao passa', 'emergency'),
    ('fiquei sem ar de novo, de manha ja tava normal', 'emergency'),
    ('to com falta de ar, ontem ja estava bem', 'emergency'),
    ('ta branco que nem cera e gelado o meu pe', 'emergency'),
    ('senza fiato appena ho sentito il crampo al polpaccio', 'emergency'),
    ('sono rimasto senza fiato quando ho sentito una fitta alla gamba e non passa', 'emergency'),
    ('sesak banget, padahal tadi napas udah normal', 'emergency'),
    ('ga bisa napas, padahal kemarin udh biasa lg', 'emergency'),
    ('phir se saans nahi aa rahi, kal theek ho gaya tha', 'emergency'),
    ('saans lene mein takleef ho rahi hai, cramp to theek ho gaya', 'emergency'),
    ('saans phool gayi thi, theek ho gaya, ab phir se saans nahi aa rahi', 'emergency'),
    ("je n'arrivais plus a respirer, ca allait mieux apres, mais ca recommence", 'emergency'),
    ('ich bekam keine Luft, danach ging es wieder, jetzt wieder Atemnot', 'emergency'),
    ('не мог отдышаться, потом прошло, а сейчас опять задыхаюсь', 'emergency'),
    ('mon pied est devenu blanc et froid apres la crampe', 'emergency'),
    ('Mein Fuß ist plötzlich kalt und blass geworden und tut weh', 'emergency'),
    ('ho dolore al petto e il polpaccio gonfio', 'emergency'),
    ('кашляю кровью и болит икра', 'emergency'),
    ('kaki saya dingin dan pucat setelah kram', 'emergency'),
    ('pair thanda aur neela pad gaya hai', 'emergency'),
    ('my chess hurts and my calf is swollen since the flight', 'emergency'),
    ('pain in my chess since the cramp this morning', 'emergency'),
    ('my son past out after a really bad leg cramp', 'emergency'),
    ('i got dizzy and past out, my calf has been sore for days', 'emergency'),
    ('my dad feinted after his leg cramp and hit his head', 'emergency'),
    ('she cant breed properly and her leg is swollen', 'emergency'),
    ('cut my foot with a rusty metal sheet last week and now my jaw is stiff', 'emergency'),
    ('hurt my foot with a rusty nail 8 days ago, now my jaw feels stiff', 'emergency'),
    ('injured my leg with a rusty iron rod on site, now spasms and stiff neck', 'emergency'),
    ('my foot went white in the cold, it warmed up but then it turned a funny colour and I cant move my toes', 'emergency'),
    ('fiquei sem ar na hora, mas em dois minutinhos ja tava normal, agora voltou e nao consigo respirar', 'emergency'),
    ('saans phool gayi thi, 5 minute mein sab theek ho gaya, lekin ab phir se saans nahi aa rahi aur pindli suj gayi', 'emergency'),
    ('respiro bene ma ho dolore al petto', 'emergency'),
    ('non respiro bene e ho dolore quando inspiro', 'emergency'),
    ('beim tiefen Einatmen sticht es in der Seite', 'emergency'),
    ('me duele cuando respiro normal, y la pantorrilla hinchada', 'emergency'),
    ('respirar normal me duele en el costado', 'emergency'),
    ('mi fa male anche quando respiro normalmente, polpaccio gonfio', 'emergency'),
    ('doi quando respiro normal e a perna ta inchada', 'emergency'),
    ('nao respiro bem e tenho dor no peito', 'emergency'),
    ('got dizzy and feinted in the bathroom after a bad calf cramp', 'emergency'),
]  # fmt: skip

STILL_MISSED = [
    'calf not sore but swelling badly since the flight',
    'leg is not just cramping, it is swelling and tender',
]  # fmt: skip

LOOK_ALIKES = [
    'I play chess and get leg cramps at night',
    'losing at chess hurts more than my calf cramps lol',
    'chess hurting my brain, calves cramping after sitting for hours at the tournament',
    'sitting 6 hours at chess pains my legs, they cramp',
    'the cramp is past out for a walk again now',
    'I drove past out of curiosity and then my calf cramped in the car',
    'we cant breed our dog until she is two, anyway my calves cramp at night',
    "vet says we can't breed her yet, walking her gives me calf cramps",
    'he feinted left on the pitch and his hamstring cramped',
    'I had a feint memory of getting leg cramps as a kid',
    'bench press pb, chest paid off, but calves cramp at night',
    'my chesst and shoulders ache from the gym, calves cramp',
    'on my period 🩸 and I have a bit of a cough and leg cramps',
    'blood test 🩸 came back fine, coughing from a cold and leg cramps at night',
    'donated 🩸 today, got a tickly cough, calf cramp tonight',
    'my new sports bra stops me taking a full breath lol, also calf cramps when running',
    'the wetsuit stops me taking a deep breath, then calf cramp in the lake',
    'hurt my hand with a metal bar at the gym last year, now my calves cramp',
    'hurt my knee with the bar doing squats, now my leg muscles feel stiff and twitchy',
    'hurt my wrist with my 7 iron at golf, and my legs cramp and spasm at night',
    'hurt my foot with a metal pipe that fell on it, just bruised, now my calf spasms',
    'hurt my thigh with a metal bar at work, just a bruise, muscles twitching tonight',
    'после бассейна ноги были холодные, а пальцы немного бледные, через 10 минут всё прошло',
    'respiro bien y tambien me duele la pierna por el calambre',
    "je respire bien, j'ai juste mal au mollet",
    'ich atme normal und habe Schmerzen in der Wade',
    'respiro bene e ho dolore al polpaccio',
    'corri tanto que nem senti falta de ar, so caimbra na panturrilha',
    'estou tao melhor que nem tenho mais falta de ar, so caimbra',
    'a caimbra passou tao rapido que nem deu dor no peito',
    'respiro bien y me duele la pierna',
    "je respire bien et j'ai mal au mollet",
    'ich atme gut und habe Schmerzen in der Wade',
    'respiro bem e tenho dor na panturrilha',
    'respiro normalmente ma ho male al polpaccio da ieri',
    'respiro bene, ho solo dolore alla gamba',
    'napas normal kok, cuma ada nyeri di betis',
    'saans theek hai bas pair me dard hai',
    'дышу нормально, только болит икра',
    'drove past out of curiosity, then leg cramp in the car',
    'the ref said he feinted a shot and then went down with cramp',
    'my calf cramped last night, no swelling, just sore',
    'calf is sore but the swelling went down',
    'my left leg not the right one keeps cramping at night',
    'legs ache after work, swelling in the ankles by evening, both sides, always been like that',
    'midwife checked my legs last week no swelling no redness all fine',
    'my calf, no idea why, cramps every night but no swelling',
]  # fmt: skip

STILL_ALARMED = [
    'sparring tonight, had a feint go wrong and my calf cramped',
    'short of the breath test at the gp was fine, leg cramps though',
    'struggling to get a breath in while swimming front crawl, and calf cramps in the pool',
    'my left calf swelling has gone down now and it only hurts a bit',
    # the learned net (knowledge/flag_model.py), ninth session
    'hurt my shin with the iron bar on the leg press and my calf has been stiff since',
]  # fmt: skip
