"""A blind review, in the twentieth session, written to break two changes: "before" ends a
negation's reach ("never had leg cramps before being pregnant" tells of a pregnancy), and the
pregnancy rule for a calf that will not ease stays quiet when the episode told ended ("nothing
was working. finally it went away"). The first version, with the whole of pain_passed, lost a
report ("finally went away ... but it came back and now my right calf just aches nonstop") and
alarmed a list gone on past "before" ("didn't feel short of breath before the cramp, or any
chest pain after it"); both were mended. With the rules as they are, 57 of 60 reports
raised (as before the changes) and 32 of 40 look-alikes quiet (27 before them). A review of
the session's change added five reports the first version of ended_at_last silenced (an
episode that ended and came back, "the cramp goes away in a minute but this one won't
ease"), now raised, and two reports of a pregnant calf in other words that no version
raised ("then it went numb and tingly"). Still alarmed: signs denied around "before or after" set off by commas ("I did not, before or after, cough up
any blood"), and pregnant cramps that passed in other words.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "never had cramps before the flight, now my left calf is swollen and hot and it wont ease",
        "urgent",
    ),
    (
        "never had my leg go this swollen and red before, only the right one, got off a 10 hour flight yesterday",
        "urgent",
    ),
    (
        "I've not felt chest pain like this before. my calf was sore for two days and now my chest hurts",
        "emergency",
    ),
    (
        "didnt think much of it before I started coughing up blood, calf has been sore and puffy for days",
        "emergency",
    ),
    (
        "no cramp ever lasted this long before, 25 minutes now and stretching doesnt help at all",
        "urgent",
    ),
    (
        "couldnt stretch it out before it went cold and white, my foot is numb and I can't move it",
        "emergency",
    ),
    (
        "Never been so out of breath before. my left calf has been swollen since the surgery last week",
        "emergency",
    ),
    (
        "dont know what came first, the cramp or this, but not long before midnight my face started drooping on one side and my speech is slurred",
        "emergency",
    ),
    (
        "no cramps before surgery, but since the op my right calf throbs and won't settle, its been 2 days",
        "urgent",
    ),
    ("wasnt pregnant before, I'm 30 weeks now and my left calf is swollen red and sore", "urgent"),
    (
        "never had a clot before but my calf has been swollen and warm on one side ever since the long drive from scotland",
        "urgent",
    ),
    (
        "breathing didnt hurt before but now every deep breath stabs in my chest, and my calf has been sore for 3 days",
        "emergency",
    ),
    (
        "It never hurt when I breathed in before today. now it does, sharp on the right side, and my leg's been swollen since the cast came off",
        "emergency",
    ),
    (
        "I didn't fall or bump it before it happened, my leg just suddenly went pale and icy cold and I can't feel my foot",
        "emergency",
    ),
    (
        "no injury before this but one calf is red, hot and swollen and the veins are hard and sore to touch",
        "urgent",
    ),
    (
        "never stepped on anything rusty before, today a rusty nail went right through my shoe into my foot and now my calf keeps cramping",
        "urgent",
    ),
    (
        "didn't have a cast before last month, leg's been in one 4 weeks and now the calf under it throbs and wont ease",
        "urgent",
    ),
    (
        "I'd never flown that long before, 11 hours to Bangkok, and now my left calf is swollen and tight and hurts to walk on",
        "urgent",
    ),
    (
        "we had not long landed before my calf started throbbing, one leg only, its swollen and still sore the next day",
        "urgent",
    ),
    (
        "not even an hour passed before my leg went white and cold, I can't move my toes",
        "emergency",
    ),
    (
        "calf had been aching since the flight and it wasn't long before the pain was in my chest and I couldn't catch my breath",
        "emergency",
    ),
    (
        "didnt feel faint or anything, then before I knew it I was on the floor, passed out. my left calf's been swollen since the surgery",
        "emergency",
    ),
    (
        "cramp wouldnt go before, and it still wont, 40 minutes now and stretching does nothing",
        "urgent",
    ),
    (
        "I can't walk far before the calf pain gets bad, and tonight the foot suddenly went cold and blue and numb",
        "emergency",
    ),
    (
        "I didn't notice any redness before bed but I just woke up and my right calf is red, hot and swollen",
        "urgent",
    ),
    (
        "no pain before the op. now 5 days after the knee surgery one calf is swollen, and when I breathe in my chest hurts",
        "emergency",
    ),
    (
        "Never had HRT before this year, started it in march, now my left calf has been sore and swollen for 3 days and doesnt ease",
        "urgent",
    ),
    ("before the flight no problems at all, after it my left calf swollen hot and red", "urgent"),
    (
        "never noticed my leg being swollen before but now my left calf is double the size of the right and warm",
        "urgent",
    ),
    (
        "hadn't had a tetanus jab before that, stood on a rusty nail 10 days ago and now my jaw is stiff and I get painful spasms in my legs",
        "emergency",
    ),
    (
        "I'm 32 weeks pregnant, the cramp in my left calf went away but now the calf is swollen, red and hot",
        "urgent",
    ),
    (
        "pregnant 28wks. night cramp finally went away around 3am but it came back and now my right calf just aches nonstop, nothing helps",
        "urgent",
    ),
    (
        "im pregnant and my left calf pain went away for an hour but its back and worse, and it looks swollen",
        "urgent",
    ),
    (
        "pregnant with twins, the cramp in my right leg went away but now my left leg is painful and swollen",
        "urgent",
    ),
    (
        "My sister's cramp went away when she stretched but mine didnt. I'm 30 weeks pregnant and my left calf has been painful since yesterday, nothing helps",
        "urgent",
    ),
    (
        "Pregnant (34w). The headache went away but my right calf still hurts and won't ease, and its warmer than the other one",
        "urgent",
    ),
    (
        "I'm 7 months pregnant. the swelling in my ankles went down overnight but my right calf is red and sore and nothing helps",
        "urgent",
    ),
    (
        "25 weeks pregnant, the cramp let go after 5 min but since then theres a hard sore vein in my left calf and the skin there is red",
        "urgent",
    ),
    (
        "pregnant. the cramp went away when i stretched but my calf stayed swollen and warm, only the left one, and it hurts to walk on",
        "urgent",
    ),
    (
        "I had a baby 3 weeks ago. the cramps i had in pregnancy went away but now my left calf is swollen, hot and throbbing",
        "urgent",
    ),
    (
        "pregnant 38 weeks. thought it was fine now but this morning the left calf is tight, swollen and sore again",
        "urgent",
    ),
    (
        "Im pregnant and everyone says its just cramp and it'll pass but its not passing, my right calf has hurt for 3 days",
        "urgent",
    ),
    ("pregnant 29wk. it never went away, left calf sore since tuesday and now swollen", "urgent"),
    ("pregnant, the pain didn't go away, it's in my left calf only and nothing helps", "urgent"),
    (
        "I'm pregnant and my left calf is swollen and red. the pain goes away when I sit but comes right back when I walk",
        "urgent",
    ),
    (
        "pregnant 31w, the cramp went away, but my leg is still red and swollen on the left side",
        "urgent",
    ),
    (
        "pregnant, calf cramp went away last night but today my chest hurts when i breathe in and im short of breath",
        "emergency",
    ),
    (
        "33 weeks pregnant, the calf pain eased but now I'm really breathless and I coughed up some blood",
        "emergency",
    ),
    (
        "pregnant, the leg pain passed but now my whole foot suddenly went cold, pale and numb and I can't move my toes",
        "emergency",
    ),
    (
        "pregnant 20 weeks, first cramp passed ok but a second one started an hour ago in my right calf and it still hasnt let go",
        "urgent",
    ),
    (
        "pregnant. the pain went away after I stretched but its been coming back every hour all day, always just the left calf, and now its puffy",
        "urgent",
    ),
    (
        "pregnant, the redness went away but my left calf is still swollen and painful and it won't ease",
        "urgent",
    ),
    (
        "I'm pregnant and my right calf hurt all night. it subsided a bit at 6 but didnt go away and its still throbbing now",
        "urgent",
    ),
    (
        "pregnant 35wks, the cramp in my foot went away but the pain in my left calf is still there, its been a day now",
        "urgent",
    ),
    (
        "pregnant lol my husband's cramp went away after a banana but my own left calf has been painful and swollen since yesterday",
        "urgent",
    ),
    (
        "I'm 27 weeks pregnant. Dr said the pain should go away with rest, it hasnt. my right calf still aches and its swollen",
        "urgent",
    ),
    (
        "pregnant 3rd trimester. cramp finally went away. but then i noticed my left calf is much bigger than the right and warm to touch",
        "urgent",
    ),
    (
        "30 weeks pregnant, left calf cramped and wouldn't ease. Finally it went away. Then an hour later it came back.",
        "urgent",
    ),
    (
        "32 weeks pregnant, left calf cramped and wouldn't ease, finally it went away. It's back again this morning and won't go",
        "urgent",
    ),
    (
        "30 weeks pregnant, left calf has hurt all day and won't ease, I had a cramp in the night which finally went",
        "urgent",
    ),
    (
        "30 weeks pregnant, left calf: usually the cramp goes away in a minute but this one won't ease for 2 hours",
        "urgent",
    ),
    (
        "pregnant 28wks. night cramp finally went away around 3am but it came back and now my right calf just aches nonstop, nothing helps",
        "urgent",
    ),
]

STILL_MISSED = [
    "36 weeks pregnant, it eased after a few minutes then came straight back, been hurting in my left calf all day now",
    "pregnant, my back pain subsided but the pain in my left calf won't go, its been 2 days",
    "pregnant, its supposed to subside after a few minutes right? mine hasn't, 2 hours of pain in one calf and stretching does nothing",
    "32 weeks pregnant, my left calf wouldn't let up, then it went numb and tingly",
    "32 weeks pregnant, my left calf wouldn't ease, then the pain went down into my ankle",
]

LOOK_ALIKES = [
    "I didn't feel anything before the cramp like tingling, numbness or weakness, it just came on and went after a minute",
    "I didn't feel short of breath before the cramp, or any chest pain after it. Just my calf for about a minute.",
    "I didn't check before bed whether my calf was swollen, but this morning both legs look exactly the same and the cramp is gone",
    "I didn't cut myself before the cramp or step on anything rusty, it's just a calf cramp that went off after a minute",
    "I wasn't in hospital before this, or on bed rest, or in a cast. just a normal night cramp that eased when i stretched",
    "I didn't sit for hours before the cramp on a plane or in a car, I was at home in bed. it eased after a minute of stretching",
    "no, not before surgery, not after, I've never had any surgery. just asking about night cramps that stop in a minute",
    "I didn't get a chance to stretch before my left calf cramped, but it eased by itself after a minute and feels fine",
    "didn't even make it to the gate before they cancelled our flight, so no travel at all. then tonight a calf cramp, gone after a stretch",
    "i didnt sleep before the flight but it was only 45 minutes, and the cramp afterwards went away when I stretched",
    "I hadn't even got out of the car before the cramp hit my calf, it was a 20 min drive, and it eased after a minute",
    "It's not like before, when I had my leg in a cast years ago. now the cramps are short and go away with a stretch",
    "I don't want to get a clot before my flight next week, so just checking: a calf cramp that went away in 2 minutes is nothing to worry about?",
    "32 weeks pregnant, woke at 3am with a horrible cramp in my left calf, nothing helped at first but it finally went away after 5 min",
    "pregnant and my right calf cramped so bad i screamed. it let go after i pulled my toes up. bit sore now but not swollen or red",
    "im pregnant, had calf pain in one leg last night that wouldn't ease for a few minutes, then it subsided and it's fine now",
    "pregnant 29w, cramp in left calf, went away when I stretched. it came back the next night and went away again the same way. normal?",
    "Pregnant. My husband had a cramp that wouldn't ease either, his went away after a hot shower, mine went away after stretching. both fine now",
    "pregnant, cramp in my calf, only the right one. it eased after a few minutes. no swelling, no redness, both legs the same size",
    "34 weeks. calf cramp at night, nothing helps while it's happening, but it passes in a minute or two. just want tips",
    "pregnant and the cramp in my left leg finally went away, calf is a bit tender like a bruise, which i read is normal for a day",
    "pregnant with my second, cramp woke me, it went away after a couple of minutes. I'm scared of clots because my friend had one but my leg looks totally normal",
    "i'm pregnant. it hurt like hell in one calf for about 3 minutes and then let go. walking fine now",
    "pregnant, leg cramp wouldn't ease at first but went away when I stood on the cold floor. fine now. any tips to stop it coming back?",
    "My pregnant wife had a cramp in her left calf, it wouldn't ease till I massaged it, then it went away. she's asleep now, anything she can do next time?",
    "pregnant, 24wks, calf cramp in left leg, went away, then a mild ache for the morning that was gone by lunch",
    "pregnant: I read that leg pain that won't ease can mean a clot, but mine eased after 2 mins. just checking that's ok",
    "I'm pregnant. First one leg cramped and went away, then the other one cramped and went away too. Both fine now, no swelling.",
    "pregnant 37 weeks. cramp in left calf, the pain went away when i stretched, came back briefly an hour later and went away again within a minute. nothing since",
    "pregnant and my calf cramp was so bad nothing helps, stretching, rubbing, nothing... then after about 4 minutes it just let go. is that normal?",
    "pregnant. sharp cramp in right calf, still felt it for a couple of seconds when i walked, then it was gone. no redness, no heat",
    "Pregnant, last night's cramp in one leg finally went away. Both calves look the same today, no swelling, no warmth, just a bit stiff",
]

STILL_ALARMED = [
    "I had no warning signs before the cramp like my leg going cold, pale or numb. it just tightened and let go after a minute",
    "I did not, before or after, cough up any blood or feel breathless. just a calf cramp that eased with a stretch",
    "not once before or since has my leg gone cold or pale, it was just a normal calf cramp that passed",
    "I've never, before or after a cramp, had my leg swell up or go red. this one went off in 2 min",
    "I can't say I had swelling before, or redness or warmth, nothing like that. both legs look normal, just cramps that pass quickly",
    "At no point before, during or after the cramp was I short of breath or did my chest hurt. it was just a tight calf for a minute",
    "Never before had my foot go pale and cold like my dad's did, thankfully mine is just a normal cramp that eased",
    "pregnant. had a cramp in my calf and thought this won't ease, but it subsided after a minute. midwife appointment tomorrow anyway",
]
