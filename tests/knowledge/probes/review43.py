"""A blind review, in the twenty-first session: Telegram messages typed at night, with typos,
chat abbreviations and the Englishes of Nigeria, Ghana, India, the Philippines, Pakistan,
Malaysia, the Caribbean, Eastern Europe and Latin America; 60 emergencies, 20 same-day
reports and 40 look-alikes, written from the guidance alone. Scored before any change: 79
of 80 reports raised; missed was Nigerian Pidgin "my papa face don turn one side and he no
fit talk well", read now (a face turned to one side, "no fit talk well"). 8 of 40
look-alikes are alarmed: a breath lost for a minute and "ok now", a TikTok or a drama told
before "now im paranoid" (the "now" reads as the sign come true), a grandmother's faint
"long time back", feet cold from the air conditioning that warmed up. A show watched
("watching greys anatomy and a guy coughed blood", "in the drama the lady collapsed") is
now a character's.
In the twenty-third session "now im paranoid" after a TikTok is a feeling, not the sign come
true: quiet.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "my left calf's been paining since 3 days and now i cant catch my breath rn even sitting down / pls what do i do",
        "emergency",
    ),
    (
        "calf swell since tuesday after the bus from lagos, now i dey breathe hard hard just lying here, e no normal at all",
        "emergency",
    ),
    (
        "sorry to disturb po, my leg is swollen and painful and now I am having breathing problem po, cannot finish my sentence",
        "emergency",
    ),
    (
        "right leg been hurting n puffy since flight frm dubai / now so short of breath walking to the toilet i had to sit on the floor",
        "emergency",
    ),
    (
        "bhai calf pain since morning only one side and now breath is not coming properly, panting like i ran 2km but im on the bed",
        "emergency",
    ),
    (
        "cramp thing in my thigh 2 days already, now huffing n puffing just talking to my wife, cannot get air in proper lah",
        "emergency",
    ),
    (
        "my mother is 67 her leg is swollen like pillow and now she is breathless sitting in the chair, lips bit grey. we are in kumasi what to do",
        "emergency",
    ),
    (
        "sorry english not good. after operation on knee my calf pain big, and now from one hour i am without air, breathing fast fast",
        "emergency",
    ),
    (
        "calf has been sore n tight 3 days and now it hurts when i breath in, like a stab in my side every time i take a deep breath",
        "emergency",
    ),
    (
        "idk if related but the leg cramp thing wont go and now its painful to breathe in, sharp under my ribs on the right side",
        "emergency",
    ),
    (
        "ngl getting scared.. swollen calf since the long drive and now every deep breath hurts on my chest side, have to take small small breaths",
        "emergency",
    ),
    (
        "my leg is painful since yesterday po and now its painful when i breathe po, like something poking inside when i inhale",
        "emergency",
    ),
    (
        "please help the pain in my calf is there since monday, now when i breathe in deep it is catching me at the back, pain pain",
        "emergency",
    ),
    (
        "voice to text sorry / my cough leg I mean calf hurts 4 days / now it hurts to take a breath in on left side",
        "emergency",
    ),
    (
        "in pain rn, leg swollen since the plaster came off and sharp pain every time i breathe in, cant even yawn 😣",
        "emergency",
    ),
    (
        "my calf's been killing me all week and now theres pressure on my chest like someone sitting on it rn",
        "emergency",
    ),
    (
        "chest is paining me since 20 min, tight tight, and my leg cramp also not going, am sweating",
        "emergency",
    ),
    (
        "hello sir, I am having chest pain now, heavy feeling in middle, and my left leg is paining since 2 days after bus journey from Karachi",
        "emergency",
    ),
    (
        "cramp for my leg and now my chest dey squeeze squeeze, the pain dey go my left hand, wetin i go do",
        "emergency",
    ),
    (
        "pls quick q my dad 58 had leg cramps all evening and now hes holding his chest saying its heavy n tight, hes gone grey",
        "emergency",
    ),
    (
        "chest hurting rn like a pressing burning, also calf swollen, is this the cramp still?? 😰😰",
        "emergency",
    ),
    (
        "my chest damn pain one lah, tight tight, leg also pain since the flight back from KL, cannot sleep",
        "emergency",
    ),
    (
        "Dobry wieczor, sorry my english, I have pain in chest now, strong, pressing, and leg is swelling since hospital",
        "emergency",
    ),
    (
        "just coughed and there was blood in the tissue, bright red, my calf been swollen since the weekend",
        "emergency",
    ),
    (
        "coughing up blood rn 😭 small amount but it keeps coming / leg been sore for days",
        "emergency",
    ),
    (
        "I am coughing and blood is coming out with the phlegm since 1 hour, also my leg is paining since the journey",
        "emergency",
    ),
    (
        "i dey cough blood now now, no be small, and this leg pain no gree go since sunday",
        "emergency",
    ),
    (
        "voice typing / coughing pink frothy stuff with streaks of blood / left leg swollen and hurts",
        "emergency",
    ),
    (
        "coughing and theres red stuff, like blood, in the sink. had leg cramp pain 3 days, im 2 weeks after the c section",
        "emergency",
    ),
    (
        "mi cough up some blood just now man, leg did a hurt mi whole week, mi fraid bad",
        "emergency",
    ),
    (
        "my husband just collapsed in the kitchen, he was complaining leg cramp all day, hes breathing but not answering me",
        "emergency",
    ),
    (
        "i fainted in the bathroom just now, woke up on the floor, calf still hurting and still v dizzy",
        "emergency",
    ),
    (
        "my grandma passed out on the sofa after saying her leg is paining, she's come round but very pale and confused",
        "emergency",
    ),
    (
        "pls help my sister fall down unconscious after the leg cramp, she dey breathe but her eye close",
        "emergency",
    ),
    (
        "everything went black and i hit the floor, just came round, leg swollen and i feel like im going again",
        "emergency",
    ),
    (
        "father is 70, he fainted now while walking to toilet, his calf is swollen since he came home from hospital",
        "emergency",
    ),
    (
        "my mama po she fainted just now, fell on the floor, she was complaining leg cramps since morning",
        "emergency",
    ),
    (
        "collapsed at work just now on night shift, colleague picked me up, my leg is still cramping and i feel faint again",
        "emergency",
    ),
    (
        "my foot suddenly gone ice cold and white, cant feel my toes, started 30 min ago with really bad pain in the calf",
        "emergency",
    ),
    ("leg turned blueish and numb all of a sudden, cant move my toes, pain is crazy", "emergency"),
    (
        "this is not normal cramp, my right leg is cold to touch and pale like paper since 1 hour, very pain",
        "emergency",
    ),
    (
        "suddenly my foot cannot move, is numb, and colour is white grey compare to other foot",
        "emergency",
    ),
    (
        "woke up with calf pain and now the whole foot is cold n blotchy blue, numb, other foot is warm",
        "emergency",
    ),
    (
        "leg went dead suddenly, cannot lift it at all, cold cold and pale, not like pins and needles",
        "emergency",
    ),
    (
        "my uncle's leg got cold and blueish all of a sudden and he cant move it, he keeps crying from the pain",
        "emergency",
    ),
    (
        "my foot is cold and pale po since one hour, it came sudden, and i cannot feel it when i pinch",
        "emergency",
    ),
    (
        "my dads face is drooping on one side and his words are coming out slurred, he said his leg gave way",
        "emergency",
    ),
    (
        "sudden worst headache of my life and my left leg just gave way, im on the floor typing this",
        "emergency",
    ),
    (
        "my mum cant lift her right arm and her mouth is crooked, she was complaining leg cramp earlier tonight",
        "emergency",
    ),
    (
        "wife talking nonsense suddenly, mixing up words, and her left leg is weak, she thought it was cramp",
        "emergency",
    ),
    (
        "my speech is coming out funny i can hear it, and my arm and leg on right side are weak, this is not cramp",
        "emergency",
    ),
    (
        "abeg my papa face don turn one side and he no fit talk well, him leg no fit carry am again",
        "emergency",
    ),
    (
        "ngl something wrong, left side of my face is drooping in the mirror, left arm heavy, leg weak",
        "emergency",
    ),
    (
        "stepped on a rusty nail like a week ago and now my jaw is stiff, cant open my mouth properly, and leg muscles keep spasming",
        "emergency",
    ),
    (
        "cut my hand on barbed wire 10 days back, now jaw is locked tight and neck stiff, also painful cramps",
        "emergency",
    ),
    (
        "got a deep scratch in the garden with soil 8 days ago, now my jaw is clenching on its own and swallowing is hard",
        "emergency",
    ),
    (
        "my son got wound from farm cutlass last week, now he cannot open mouth well, jaw is tight and he get spasms for his legs",
        "emergency",
    ),
    (
        "had a wound on my foot from a rusty tin 2 weeks ago and now my jaw is stiff and my whole body goes into spasms",
        "emergency",
    ),
    (
        "jaw feels locked since this evening, cant chew, and i cut my leg on old metal at the site like 9 days ago",
        "emergency",
    ),
    (
        "my jaw is very stiff po and painful spasms in my back and legs, I got a wound from a rusty nail last week",
        "emergency",
    ),
    (
        "got off a 12 hour flight yesterday and only my left calf is aching, wont ease, no swelling yet, breathing fine",
        "urgent",
    ),
    (
        "since the long bus from Manila to Baguio my right calf is paining, only that side, 2 days already, stretching not helping",
        "urgent",
    ),
    (
        "had hip surgery 10 days ago and now my right calf aches all the time, not easing with stretching or rest",
        "urgent",
    ),
    (
        "my leg been in a cast 3 weeks and the calf above it is throbbing and cramping, wont ease",
        "urgent",
    ),
    (
        "plaster on my ankle since 2 weeks, now the calf same leg is paining and paining, not going with rest",
        "urgent",
    ),
    (
        "been on bed rest 1 week for my back, now my left calf is sore and cramping nonstop, other leg fine",
        "urgent",
    ),
    (
        "I am 32 weeks pregnant, my left calf is paining since yesterday and it doesn't go away, only that leg",
        "urgent",
    ),
    (
        "gave birth 3 weeks ago and now my right calf has a throbbing pain since morning that wont ease",
        "urgent",
    ),
    (
        "baby is 2 weeks old, my left calf is cramping pain since 2 days, not passing even with massage",
        "urgent",
    ),
    (
        "my right leg is swollen compared to left since this morning and warm to touch, little bit paining",
        "urgent",
    ),
    ("left calf gone red and hot and its bigger than the other one, hurts when i walk", "urgent"),
    (
        "one leg don swell pass the other one, e hot when i touch am, and e dey pain when i stand",
        "urgent",
    ),
    (
        "36 weeks pregnant and my left leg is red and swollen, warm too, is that normal pregnancy thing?",
        "urgent",
    ),
    (
        "preggy 7 months po and my right calf is red and swollen since this morning, only right side",
        "urgent",
    ),
    (
        "cramp in my calf started 20 min ago and its still not letting go, i stretched and massaged, nothing",
        "urgent",
    ),
    (
        "cramp been going for like 15 minutes now, muscle hard like rock, stretching not working at all 😩",
        "urgent",
    ),
    (
        "cut my foot on rusty metal at the farm 2 days back and now leg cramps are coming, the cut looks dirty",
        "urgent",
    ),
    (
        "stepped on a nail in the garden soil yesterday, now the calf on that leg is cramping, wound is dirty",
        "urgent",
    ),
    (
        "I work at battery recycling with lead, since few days I am getting bad cramps in my legs at night",
        "urgent",
    ),
    (
        "i do galamsey, we use mercury for the gold, now my legs dey cramp bad bad since 2 days",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "just a normal calf cramp again tonite, no chest pain no breathing prob, just wanna know how to stretch it",
    "leg cramp woke me up, its gone now, no swelling, both legs look same, breathing fine",
    "cramp in my foot lah, no numb, no cold, colour normal, just pain pain then go",
    "not coughing blood or anything dramatic haha just my calf knots every night",
    "no chest pain, no breathless, no swelling, just cramp at night, what to eat for it",
    "my leg is paining small from cramp but no swelling no redness, breathing ok, just tired",
    "no faint no nothing, just calf cramp at 2am again, what stretch is best",
    "cramp in thigh, face fine speech fine arms fine lol wife checked FAST cos shes a nurse, just sore now",
    "jaw is fine, no stiff, no wound, just toes curling cramp at night",
    "just cramp in my calf po, no swelling, no chest pain, just want tips to sleep po",
    "cramp for like 1 min, went away when i pulled my toes up, just sore now",
    "calf cramp lasted maybe 30 seconds woke me up / gone now / why does this happen",
    "had cramp for a minute in my foot, stretched, ok now, just wanna sleep",
    "the cramp come and go in one minute but my leg still tender small",
    "did a 10k tonight, was breathless after but fine now, calf cramped in bed later",
    "football with the boys, panting after the match but breathing normal now, just calf cramp",
    "watching greys anatomy and a guy coughed blood from a leg clot, scared me lol, my cramp is just normal right",
    "in the drama the lady collapsed after flight, can cramp do that? mine is just normal calf cramp both legs sometimes",
    "what signs mean a cramp is serious? like when should i go hospital",
    "flying to london next week, what should i watch for with my legs on the plane",
    "which symptoms with leg cramp mean call ambulance? asking for my mum who gets cramps",
    "is chest pain with leg pain bad? just asking, i dont have it",
    "pregnant 20 weeks and get normal cramps, what signs should make me go to the hospital",
    "my uncle had a clot after flight years ago and coughed blood, hes fine now, i just have cramps",
    "my aunty had a stroke in 2015, now me getting leg cramps at night, is it related",
    "my dad got tetanus from a nail when he was young in the village, now i just have cramps",
    "toes were ice cold from AC full blast, warmed them, colour fine, cramp gone",
    "cut my finger chopping onions yesterday, clean, no jaw stiffness, separate issue i have calf cramps",
    "small paper cut, no stiffness at all lol, just calf cramps tonight",
    "scraped knee on the carpet, cleaned it, jaw fine, my cramps are the normal night ones",
    "IM DYING 😭😭 calf cramp at 3am lol its gone now but my leg is sore",
    "bro the cramp just murdered me, rip, ok its gone",
    "jesus christ the cramp almost killed me, screaming at 2am, my wife laughing, ok now",
    "chai this cramp wan kill me o, i shout wake the whole house, e don go now",
    "saw a tiktok about a man whose leg turned blue, now im paranoid, my cramp is just tight calf",
]

STILL_ALARMED: list[str] = [
    "ran for the bus and was out of breath for a min, ok now, then cramp hit my calf",
    "after the gym i was breathing hard but that passed an hour ago, now night cramp in my legs",
    "grandma fainted from a clot long time back, so I worry, but my cramp is the usual one",
    "foot was cold from the aircon, put socks on and it warmed up, cramp in the calf now",
    "woke up feet cold from the fan, rubbed them, warm now, calf still tight",
]
