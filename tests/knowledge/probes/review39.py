"""A blind review, in the twentieth session, written to break a guard that dropped a long
cramp when every cramp the message names is one of another place ("every long run past 90
minutes my stomach starts cramping ... legs are fine"). It silenced 8 of 45 reports: a leg
cramp told without the word cramp beside cramps elsewhere ("a side stitch ... then my
hamstring seized up and its been 30 minutes", "back spasm in bed ... my whole leg locked",
"period cramps going down my legs, but ... the back of my right calf has been a solid knot
for half an hour") and quieted 5 of 30 look-alikes: it was dropped. A cramp "in the side of
my calf" is a leg's (it had been read as a side stitch). With the rules as they are,
41 of 45 reports raised and 24 of 30 look-alikes quiet.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "period cramps since this morning, normal for me, but my left calf has been locked in a cramp for 25 minutes now and stretching does nothing",
        "urgent",
    ),
    (
        "got a side stitch at km 8 which went away, but then my hamstring seized up and its been 30 minutes, still rock hard even after stretching",
        "urgent",
    ),
    (
        "my hand cramped from writing the exam, whatever. on the way home the arch of my foot cramped and its STILL cramping 15 mins later, tried pulling my toes back, nothing",
        "urgent",
    ),
    (
        "Back spasms all week from lifting boxes. Tonight something new: my thigh. It's been cramping for over 20 minutes and it won't ease no matter how I stretch it.",
        "urgent",
    ),
    (
        "neck is stiff and cramping from the desk job, and now my leg. calf cramp, 40 minutes, not easing",
        "urgent",
    ),
    (
        "period cramps going down my legs, but this is different, the back of my right calf has been a solid knot for half an hour and stretching doesnt touch it",
        "urgent",
    ),
    (
        "stomach cramps from food poisoning all night. around 3am my calf cramped as well and it's been like that since, over an hour, massaging doesnt help",
        "urgent",
    ),
    (
        "my shoulder cramped up when i was swimming, got out, then the cramp spread down into my thigh? thigh still cramping 15 min later, cant straighten it",
        "urgent",
    ),
    (
        "Cramps everywhere today lol. hands from gripping the handlebars, stomach from the gels. but the one that worries me is in my shin, been going 25 min and not budging",
        "urgent",
    ),
    (
        "menstrual cramps as usual. also cramp in my inner thigh that started at 9 and its now 9:20 and still there. stretched, hot water bottle, nothing",
        "urgent",
    ),
    (
        "side stitch during my run, had to stop. then my foot cramped, toes curled under, and they've been stuck like that for like 12 minutes. not easing at all",
        "urgent",
    ),
    (
        "finger cramps from knitting, normal. but my calf has been cramping for 20 min and stretching isnt fixing it",
        "urgent",
    ),
    (
        "jaw cramping from clenching at night, dentist knows. this morning woke up with a charley horse, its been going for a quarter of an hour now and it wont relax",
        "urgent",
    ),
    (
        "I get stomach cramps on long runs, that's nothing new. What's new: today at mile 14 my left hamstring cramped. I walked it, stretched it, sat down. It's been 35 minutes. It hasn't eased even a bit.",
        "urgent",
    ),
    (
        "cramp in my lower back and it goes down into the back of my leg, the leg part has been cramping nonstop for 20 mins and stretching isnt helping",
        "urgent",
    ),
    (
        "period pain plus a cramp in the side of my calf. the calf thing has lasted more than 10 minutes and is not letting up",
        "urgent",
    ),
    (
        "hand cramp while gaming. got up to walk it off and now my foot is cramping, the arch, for 15 mins, still tight as anything",
        "urgent",
    ),
    (
        "Neck cramp from sleeping funny, shoulder too. Oh and my calf has been cramped since I got up, that's like 30 min ago, and stretching doesn't help it",
        "urgent",
    ),
    (
        "belly cramps all afternoon. then while i was lying on the couch it moved, or another one started, in my thigh. thigh has been cramping for 20 min now wont go away",
        "urgent",
    ),
    (
        "long ride today, stomach cramped near the end, legs were fine during the ride. but now at home my quad has been cramping for 25 min and it just won't let go",
        "urgent",
    ),
    (
        "my stomach is cramping. also the toes on my right foot. the toes have been curled and cramping for 15 minutes, pulling them back doesnt do anything",
        "urgent",
    ),
    (
        "Side stitch, then a back spasm, then my calf. Great day. The calf one is the problem: 20 minutes and still seized.",
        "urgent",
    ),
    (
        "does a cramp in my leg that's lasted half an hour count if i also have period cramps? the leg one is in my calf and stretching hasnt worked",
        "urgent",
    ),
    (
        "writers cramp in my hand for 20 minutes during the essay, eased after. now though the back of my leg has been cramping for 15 min and it is not easing",
        "urgent",
    ),
    (
        "stomach cramps, back cramps, and it. i mean my calf. it's been cramping 20+ min and stretching does nothing",
        "urgent",
    ),
    (
        "shoulder spasm from the gym yesterday. today a cramp in my hamstring that has lasted over 10 minutes and won't ease up even when i stretch",
        "urgent",
    ),
    (
        "stitch in my side is gone now. the cramp that isn't gone is in my shin. 18 minutes and counting",
        "urgent",
    ),
    (
        "Hi. I'm having stomach cramps (IBS, known). Separate thing: about 25 minutes ago my calf cramped and it still hasn't released. I've stretched it against the wall several times.",
        "urgent",
    ),
    (
        "hand cramps from the cold, foot cramp from the cold. the foot one, under the arch, has been going 20 mins and wont ease",
        "urgent",
    ),
    (
        "neck cramp and my calf too, both started at the same time, neck eased, calf hasnt, 15 minutes now",
        "urgent",
    ),
    (
        "Back spasm in bed, tried to roll over and my whole leg locked. Calf and hamstring. That was 40 minutes ago. Still locked, stretching doesn't work.",
        "urgent",
    ),
    (
        "period cramps going down my legs and now my calf is properly cramping, has been for 20 min, can't stretch it out",
        "urgent",
    ),
    (
        "stomach cramp from drinking too fast at the race, fine. what isnt fine is that my thigh cramped at the finish and it's still cramping 25 minutes later",
        "urgent",
    ),
    (
        "I've had a jaw cramp from chewing gum and then a cramp in my foot. The foot has been cramping for about 15 minutes, and it hasn't eased with stretching or walking.",
        "urgent",
    ),
    (
        "cramping in my stomach and my leg for half an hour. the stomach one comes and goes, the leg one (calf) is constant and not easing",
        "urgent",
    ),
    (
        "hands cramping while climbing, calves cramping while climbing. hands are ok now. calves still cramped, been 20 min, stretching not helping",
        "urgent",
    ),
    (
        "my back cramped while gardening. then my inner thigh. inner thigh cramp is now at 15 min and still there, massaged it, no change",
        "urgent",
    ),
    (
        "side stitch and a calf cramp at the same time during football. stitch went after a minute. the calf is still cramping 30 mins later, physio stretched it, no change",
        "urgent",
    ),
    (
        "not sure if this is the right bot, i have shoulder and neck cramps. but also a cramp in my leg below the knee for over 10 minutes that isn't easing",
        "urgent",
    ),
    (
        "My hand cramped holding the phone. Then my leg. It's the leg I'm worried about, the calf is hard and it's been 25 min, won't ease.",
        "urgent",
    ),
    (
        "back spasms, period cramps and now a cramp down the front of my shin that wont stop, its been going for a good 15 minutes and stretching does nothing",
        "urgent",
    ),
]

STILL_MISSED = [
    "stomach cramping after the long run, and my calf too. the calf one has been going about 20 min and wont let go",
    "i always get period cramps that spread into my thighs, but right now its an actual cramp in my left thigh, muscle rock hard, 30 mins, nothing helps",
    "Got my period and the usual cramps. Then, in the shower, my foot. Toes pulled down, arch like a rock. I've been sitting here 20 minutes waiting for it to pass. It hasn't.",
    "stomach cramps since lunch. and since about 20 minutes ago my hamstring. thats still cramping. stretching makes no difference",
]

LOOK_ALIKES = [
    "every long run past 90 minutes my stomach starts cramping and it lasts the rest of the run, legs are fine",
    "period cramps all day today, started this morning and still going, usual for me",
    "my hand cramped after writing for 20 minutes straight in the exam, eased when i stopped",
    "stomach cramps for hours after eating spicy food, any tips?",
    "got a side stitch that lasted the whole run, 45 minutes, legs felt great though",
    "neck cramp since yesterday from sleeping on a bad pillow, legs fine",
    "menstrual cramps lasting 2 days each month, heat pad helps a bit",
    "writer's cramp in my fingers that lasts 20 minutes or so after long shifts at the till",
    "stomach cramps on long bike rides, usually for the last hour, legs never cramp",
    "period cramps for 6 hours now, took ibuprofen, it's the same as every month",
    "hand cramp after playing guitar for an hour, lasted about 15 minutes",
    "side stitch for 20 minutes on my run today, my legs were ok",
    "I get a cramp in my hand when I'm drawing that can last 10-15 minutes. Is that normal?",
    "stomach cramping for most of the afternoon, I think it was the milk. legs are fine, nothing else going on",
    "my back has been cramping on and off all day after the long drive, my legs feel normal",
    "finger cramps lasting 20 minutes after knitting",
    "neck and shoulder cramps from working at the laptop all day, been there for hours, legs fine",
    "period cramps all day, lower belly, started yesterday, same as always",
    "jaw cramps from clenching during stress, sometimes for 30 minutes, no other symptoms",
    "stitch in my side that lasted the whole 10k, legs felt strong",
    "hand cramped gripping the steering wheel for 20 minutes, fine after I shook it out",
    "cramps in my stomach every long run after mile 10, they last until i stop, never in my legs",
    "period cramps for the whole day and a bit of back ache with them, normal for me",
    "my toes? no, my legs are fine, it's my fingers that cramp for ages when I type",
]

STILL_ALARMED = [
    "back spasm for about 30 minutes after lifting the couch, my legs were ok",
    "my jaw cramps up for like 15 minutes after chewing gum a lot",
    "shoulder cramping for half an hour after swimming, no problems in my legs at all",
    "my lower back has been in spasm for 40 mins after gardening, legs are totally fine",
    "tummy cramps for 3 hours after the marathon, my legs were sore but no cramps",
    "back spasm that lasted half an hour at work, better now, legs no problem",
]
