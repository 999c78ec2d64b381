"""A blind review, in the twenty-third session: sport and the outdoors (runners, cyclists,
swimmers, hikers, skiers, climbers, footballers, gym-goers, coaches, farmers, a deer
stalker), the sign told in passing inside training talk full of ordinary exertion and
slang ("bonked", "brick session", "parkrun"); 45 emergencies, 25 same-day reports and 40
look-alikes (breath back after a sprint, "hit the wall", feet white after a winter swim that
warmed up, a near-faint on squats that passed), written from the guidance alone. Scored
before any change: 69 of 70 reports raised, 4 of 40 look-alikes alarmed. Raised now: "went
down at the top of the climb, properly out for a bit". Quiet now: "took a couple of minutes
to get my breath back", "gasping but it settled within a couple of mins", feet "warmed up
... totally normal now", "sat down for a sec and was fine".
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "did my usual parkrun sat, felt fine. since last night my right calf's been tight like a cramp that wont go and now im sat on the sofa doing literally nothing and cant get a full breath, like ive just sprinted. is that a cramp thing or",
        "emergency",
    ),
    (
        "Couldn't get a breath at the top of a flat road I ride every day and still can't, sat on the kerb 15 mins now. left calf's been cramping since the 9hr drive back from the sportive on sunday. does magnesium help cramps on the bike?",
        "emergency",
    ),
    (
        "Bit of background: 52, been doing triathlon 6 years, 70.3 in Mallorca two weeks ago, flew home the day after. Since then a niggly cramp in my left calf I put down to the race. Today went for an easy 30 min spin on the turbo and had to stop after 5 mins because I was gasping like I was at threshold, and now 40 mins later just sitting at the kitchen table I'm still short of breath talking to my wife. Watch says 118 bpm sitting down. Residual fatigue or overtraining? What's a good recovery protocol for cramps post race?",
        "emergency",
    ),
    (
        "swim coach here, one of my masters ladies (60s) got out after 200m easy saying she cant get her breath, shes sat on the bench in a towel and still puffing 10 min later. she's had a crampy calf all week since her knee op. what stretches for calf cramp in the pool?",
        "emergency",
    ),
    (
        "lol so im breathless walking up the stairs to my flat which never happens, i run 50k a week. sitting down now and still huffing. hammy on one side been crampy for days too. dehydrated?",
        "emergency",
    ),
    (
        "hiking the ridge yday all good. today at camp im just lying in the tent and feel like i cant get enough air, its not altitude we're only at 900m. left calf has had a cramp that keeps coming back since the drive up. what do i do for the calf",
        "emergency",
    ),
    (
        "U18 rugby coach. Lad on my team took a knock on the calf 10 days ago, leg's been swollen since, and tonight at training he sat out the warm up cos he's breathless just standing there. He's normally the fittest in the squad. Any cramp advice for him?",
        "emergency",
    ),
    (
        "every time i breathe in deep i get a sharp stab under my right ribs, started this morning. been nursing a calf cramp since the flight back from the chamonix trip. can i still do my long run sunday?",
        "emergency",
    ),
    (
        "hurts to breathe in. not a stitch, im not running, im lying on the sofa. calf been cramping on one side for 4 days since the cast came off my ankle. anything for the calf",
        "emergency",
    ),
    (
        "Post-marathon q: left calf's been cramping since Berlin (flew back Monday) and now there's a pain at the side of my chest when I take a big breath, like a catch. Doesn't go when I'm still. Foam roller for the calf or ice?",
        "emergency",
    ),
    (
        "so im a cyclist, 34F, on the pill, did a 200k audax saturday then drove 5 hours home. sunday my right calf felt like one long cramp, stretched it and thought ok DOMS. this morning i woke up and breathing in properly hurts, sharp on the left of my chest, i can only take little sips of air. no cough or anything. got a crit next weekend and i really dont want to DNF again because of cramps, what electrolytes do people rate?",
        "emergency",
    ),
    (
        "Keen gardener, 67. Had calf pain on one side since I was laid up in bed with my back for a week. Now there's a sharp catch in my chest whenever I breathe in, worse if I try to fill my lungs. Pulled something digging?",
        "emergency",
    ),
    (
        "deep breath = knife in the side. started an hour ago, on top of the calf cramp ive had since the long haul home from kathmandu. is it from carrying the pack?",
        "emergency",
    ),
    (
        "chest feels tight and heavy sat in the car after the 10k, been 20 mins, not easing off. calves cramped at km 8 as usual. ok to drive home?",
        "emergency",
    ),
    (
        "56M, spin class this morning, calf cramped hard at the end. now at my desk an hour later theres a pressure in the middle of my chest going down my left arm. probably pulled something in class? what helps calf cramp",
        "emergency",
    ),
    (
        "Pain across my chest right now, started 10 mins ago while I was stretching my calf after squash, and I'm sweating buckets. Is the cramp spreading?",
        "emergency",
    ),
    (
        "Dad (71) was up helping with the lambing all night, came in with cramp in both calves and now says his chest is crushing, he's sat in the armchair looking grey. he says its just the cramp and wants tonic water. whats best for cramps?",
        "emergency",
    ),
    (
        "Sunday league keeper, 44. Played the full 90 this morning, normal stuff, bit of cramp in both calves in the last 10 mins which always happens to me. Got home, showered, and now lying on the bed there's this tight band across my chest that's been there about half an hour, and my jaw aches a bit too. Not really out of breath. Wife says I'm being dramatic and it's the cramp. Pickle juice or salt tabs for next week?",
        "emergency",
    ),
    (
        "got chest pain since my calf swelled up after the trek, left leg fat and sore and now my chest hurts just sitting still. which stretch",
        "emergency",
    ),
    (
        "coughed up some blood just now, bright red in the tissue. calf been cramping and swollen since the flight back from kili. could that be the altitude still?",
        "emergency",
    ),
    (
        "weird one. after todays run im coughing and theres pinky red streaks in it. also had a calf cramp on one side for 3 days that never fully goes. should i stretch more?",
        "emergency",
    ),
    (
        "Climbing trip to Siurana, drove back 14 hours, since then left calf cramp that won't shift. This evening I coughed and there was blood in it, twice. Dry air at the wall?",
        "emergency",
    ),
    (
        "deer stalker, been in the high seat 3 days mostly sitting still, one leg aching like a cramp. just coughed blood into the sink. what helps cramps in the cold",
        "emergency",
    ),
    (
        "ok so im coughing a bit of blood up and my right calf is killing me since the ultra. probably just the effort? when can i run again",
        "emergency",
    ),
    (
        "bib went dark and I was on the tarmac at mile 22, medic tent said cramp + dehydration and let me go, but I've been crampy and woozy since and just blacked out again in the hotel bathroom. what should I drink",
        "emergency",
    ),
    (
        "my son (15) passed out at football training 10 mins ago right after a calf cramp, came round quick, now sat on the bench pale saying hes fine. coach wants him to carry on. what should he eat before games to stop cramps?",
        "emergency",
    ),
    (
        "Fainted in the shower after my long run, woke up on the floor. Feel ok-ish now, legs just crampy. Electrolytes?",
        "emergency",
    ),
    (
        "Question about cramp in the pool. I'm 38, swim 3x a week. Tonight halfway through a 400 my calf locked, I stopped at the wall, climbed out, and the next thing I remember is the lifeguard kneeling over me, apparently I went down on the poolside for a few seconds. They gave me a drink and I'm sat in the cafe now, they want me to get checked but honestly I feel alright, just shaky and the calf's still tight. Is this a salt thing? Would a banana before help?",
        "emergency",
    ),
    (
        "just went down at the top of the climb, properly out for a bit, mates say about 30 sec. sitting on the verge now, both quads cramping. ride home or not?",
        "emergency",
    ),
    (
        "Collapsed right after the finish of the half, not just knackered, totally out, came round with people over me. Sitting in the car now with my hammies cramping. Tips?",
        "emergency",
    ),
    (
        "my right foot's gone white and I can't feel it in the cleat since the crash 20 min ago, calf's cramping like mad. will it come back if I warm it up?",
        "emergency",
    ),
    (
        "Leg's gone cold and pale from the knee down, came on all of a sudden on the walk out, really painful like a cramp that won't quit and the toes are numb. We're at the car park. Massage it?",
        "emergency",
    ),
    (
        "after the bouldering fall my left foot is bluey and cold compared to the other one and i cant wiggle the toes properly. feels like cramp. ice it?",
        "emergency",
    ),
    (
        "Riding home in the sun, suddenly my left leg went really painful and now it's pale and cold to touch and weak, can barely push the pedal. Right leg warm as normal. Cramp?",
        "emergency",
    ),
    (
        "65, walk 10k a day, had a stent put in a few years back but been fine. This afternoon on the coast path my right calf started with what I thought was the usual cramp when walking, so I stopped, but this time it didn't ease. Now an hour later on a bench the foot is white, clearly colder than the left, and the toes are going numb. Can't find the pulse on top of the foot like the nurse showed me. Partner's gone for the car. Best stretch for this sort of cramp?",
        "emergency",
    ),
    (
        "skiing, took the boots off an hour ago and one foot is still white and ice cold, cant feel it or move my toes. other one's fine. agonising cramp in that calf. warm bath?",
        "emergency",
    ),
    (
        "at the trailhead after the run my mate's talking weird, words all slurred and his mouth's droopy on the left. he reckons its just cramp in his leg and hes knackered. electrolytes?",
        "emergency",
    ),
    (
        "Weird, since I got out of the lake my left arm and left leg feel weak and heavy, I keep dropping my goggles and the leg is cramping. Cold water thing?",
        "emergency",
    ),
    (
        "Dad's been gardening all day, came in moaning about cramp in his leg, and now he's confused, doesn't know what day it is and one side of his face looks droopy. Dehydrated?",
        "emergency",
    ),
    (
        "Ref here. After the match my right leg gave way and my right hand wont grip the whistle. talking is hard, words wont come out right. cramp??",
        "emergency",
    ),
    (
        "climbing partner at the crag suddenly cant get his words out and his right leg keeps buckling, he says its a cramp. we're at the base of the route. whats good for cramp?",
        "emergency",
    ),
    (
        "cut my shin on a rusty gate on a fell run about 10 days ago, now my jaw is stiff, can barely open my mouth to eat, and my calves keep going into spasms. cramps from the running?",
        "emergency",
    ),
    (
        "Farmer, stood on a nail in the yard 2 weeks back. Now my neck's gone stiff and I get these painful spasms in my back and legs, hard to swallow. Just cramp from the lambing?",
        "emergency",
    ),
    (
        "MTB crash last week, gash on my knee full of mud. Today my jaw feels locked and the muscles round the cut keep spasming. Is that a cramp?",
        "emergency",
    ),
    (
        "daughter (14) grazed her knee badly sliding on the astro 9 days ago, now she says her jaw is tight, cant open her mouth properly and her legs keep going into spasms. is that just cramping from hockey?",
        "emergency",
    ),
    (
        "right calf swollen and warm, left is normal. no injury, just ran my usual 10k. cramp or strain? can i run on it",
        "urgent",
    ),
    (
        "one calf is way fatter than the other since the weekend, throbs when i stand and its warm to touch. stretched loads. foam roll it?",
        "urgent",
    ),
    (
        "gym bro q: did legs monday, left calf still throbbing 4 days later, it's puffier than the right and a vein on it is hard and sore. DOMS or what?",
        "urgent",
    ),
    (
        "Hockey coach, 29. Midweek I took a stick on the calf, nothing dramatic, played on. Since Friday the whole left lower leg is tender, the calf looks darker than the right (I'm black so it's hard to see, but it's definitely darker), it's warm, and it's swollen so my sock leaves a deep mark only on that side. Cramps when I walk upstairs. No breathing problems or anything. Want to be back for Saturday's game, should I ice it or heat it?",
        "urgent",
    ),
    (
        "left thigh swollen and warm since the weekend hike, throbbing, right one fine. just a pulled quad?",
        "urgent",
    ),
    (
        "back from a 12 hour flight from the tokyo marathon, right calf has been cramping for two days and wont ease, stretching does nothing. just tight from the race?",
        "urgent",
    ),
    (
        "Got my cast off after the ankle fracture (netball) last week and now that calf aches like a constant cramp, won't go away. Normal after a cast?",
        "urgent",
    ),
    (
        "6 weeks postpartum, just started easy jogs again, my left calf has a cramp thats been there 3 days and doesnt ease with stretching. too soon to run?",
        "urgent",
    ),
    (
        "On the pill, drove 7 hours to the race on Friday, since then my right calf hurts like a cramp all the time, walking makes it worse. Any chance of a PB sunday?",
        "urgent",
    ),
    (
        "knee arthroscopy 10 days ago, mostly been in bed, physio wants me on the bike but the calf on the op side has a cramp that never lets go. carry on with the bike?",
        "urgent",
    ),
    (
        "Calf on my right leg has gone red, swollen and hot after the trail race. Not cut anywhere. Just inflammation, ice and rest?",
        "urgent",
    ),
    (
        "theres a red patch on the back of my calf, its swollen and sore, only that side, came up after the bike trip. cramps too",
        "urgent",
    ),
    (
        "Swollen red calf, one side only, warm, since hill sprints 3 days ago. Compression socks?",
        "urgent",
    ),
    (
        "32 weeks pregnant, still doing my aqua aerobics. tonight my right calf is red and swollen and sore, left is fine. cramp from the class?",
        "urgent",
    ),
    (
        "pregnant runner (24 wks) here, running has been fine but today my left leg is puffy and red round the calf and hot. just pregnancy swelling?",
        "urgent",
    ),
    (
        "my wife is 30 weeks and did a long walk on the moors yesterday, now one calf is red, swollen and sore. she thinks its cramp. is magnesium ok for her?",
        "urgent",
    ),
    (
        "calf been cramped solid for 20 mins now, stretching does nothing, still going. halfway through the long run, sat on a bench. what do i do",
        "urgent",
    ),
    (
        "cramp in my hamstring started at the final whistle and it's been 15 minutes, stretched, massaged, it's not letting go at all",
        "urgent",
    ),
    (
        "Quad's locked in a cramp for over a quarter of an hour now, still rock hard, tried everything the physio taught me. 30k into the brick session. help",
        "urgent",
    ),
    (
        "So I'm sat on the side of the road at the bottom of the last climb of the gran fondo, 140k in. My left calf went about 20 minutes ago and it hasn't let go since. Done the heel drop stretch against the crash barrier, a guy from the support van massaged it, had a gel and an electrolyte tab, and it's still rock hard with the foot pointed. Everything else feels fine, breathing ok, not dizzy. Is there a trick to release it or do I just wait it out?",
        "urgent",
    ),
    (
        "Got a deep cut from a barbed wire fence in the fell race 5 days ago, the muscles around it keep cramping up. Jaw's fine. Should I clean it more?",
        "urgent",
    ),
    (
        "knelt on a rusty bit of metal in the veg patch, cut my shin, and now the calf below it keeps cramping. normal?",
        "urgent",
    ),
    (
        "stud rake down my calf on a filthy pitch 4 days ago, and now that calf keeps spasming round the cut. not had a tetanus jab in ages",
        "urgent",
    ),
    (
        "Sprayed the orchard with organophosphate yesterday without a mask, today both calves are cramping and twitching. Just the hard graft?",
        "urgent",
    ),
    (
        "been shooting loads at the indoor range and casting my own lead bullets at home, now getting cramps in both legs and a tummy ache. related?",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

STILL_UNDER: list[str] = []

LOOK_ALIKES = [
    "sprinted the last 200 of parkrun and couldnt breathe for a minute, fine after, but my calf cramped at the line. stretch tips?",
    "Legs went dead at mile 20 and I hit the wall properly, calves cramping the whole last 10k. Got round in 4:12 in the end, gutted. Been reading about carb loading and salt tabs and honestly there's so much conflicting stuff. I had two gels and water at every station. Is the cramping a fuelling thing or a training thing? Next one's in October.",
    "collapsed onto the sofa after a 160k ride and both quads cramped while i was lying there lol. normal?",
    "numb toes in the ski boots all afternoon, came back as soon as i took the boots off. calf cramped on the drag lift though. tips?",
    "Had a cramp in my hammy last week that lasted a good 10 minutes, it's long gone now, no issues since. How do I stop it happening next time?",
    "my teammate had a DVT after a flight a few years ago, he's fine now. what should i watch for? i get calf cramps after long runs",
    "what warning signs should I look out for with leg cramps on a long haul flight to a race? just want to be prepared",
    "watching the Tour on tv, one rider's face was all twisted up in pain with cramp on the climb. what causes that?",
    "dying on the hills today haha, calves cramping on every climb. magnesium or salt?",
    "Feet went white after the winter sea swim but warmed up in 10 mins with a hot drink and socks, totally normal now. My calves cramped in the water though, why does that happen in the cold?",
    "calf cramp right now, about 3 min in and its easing as i stretch. will it come back?",
    "bonked at 90k, proper hunger knock, calves cramping all the way home. what should i eat on the bike?",
    "Blew up on the last rep, lungs on fire, took a couple of minutes to get my breath back. Then my hamstring cramped in the cool down. Normal?",
    "My gran had a clot years ago and she's fine now. Does that make my running cramps risky?",
    "Back in 2019 I collapsed at a marathon, got fully checked afterwards, heart scans all clear, it was heat exhaustion. I still get calf cramps around km 35. How do I avoid them?",
    "Our boy (9) gets achy cramp-like pains in both legs at night after football, gone by the morning and he's running round fine. Growing pains?",
    "heart was pounding after the hill reps and i was gasping but it settled within a couple of mins. calves cramped after. is that ok?",
    "Dropped a plate on my toe at the gym last month, fully healed. Now I get cramps in that foot when I squat. Related?",
    "fingers went white on the ice climb and came back in the hut, calves are cramping from all the front pointing. tips for calf pump?",
    "I swear my quads died on the descent at the fell race. Cramped at the bottom. How do I train for downhill?",
    "Passed out on the bed after the ultra and slept 12 hours straight lol, woke up with cramping calves. Normal recovery?",
    "my mate fainted at the finish of the half last year, got checked out, all fine. im doing it this year and worried about cramping. any tips",
    "Legs felt like jelly after the 5 hour hike and both calves were cramping in the car on the way home, gone now. Normal?",
    "The cramp I had in the swim lasted ages, maybe 10 mins, but that was Saturday and it's been fine since. Worth worrying about?",
    "drove 6 hours to the race, legs were stiff but loosened up fine in the warm up. but both calves cramp in every race, why?",
    "hypothetically if my calf swelled up after a flight, what should I do? asking cos I've got a 10h flight to Boston next month",
    "toes went numb in my cycling shoes on the long ride, loosened the straps and they came straight back. also cramping in the arch. what shoes do people rate?",
    "felt like i was gonna pass out on the last set of squats lol but sat down for a sec and was fine. quads cramping now",
    "how bad are cramps at altitude? heading to Everest base camp in spring, what should I watch for",
    "HR through the roof after the 400m reps and I was gasping, back to normal in two minutes. Hamstrings cramped afterwards.",
    "My legs are killing me after the mountain marathon, both calves and quads, DOMS is brutal and I get cramps at night. Any tips?",
    "my brother had a stroke 10 years ago, is cramp in my leg something i should worry about? im 35 and climb 3 times a week, nothing else going on",
    "Saw a guy go down with cramp in the Champions League last night, stretcher and everything. Why do pros cramp so much?",
    "hamstring cramped on the turbo about 5 mins ago, it's loosening off now. ok to finish the session?",
    "Gasping at the top of Box Hill as usual, got my breath back on the descent. Calves cramp on that climb every single time.",
    "Kayaking in January: after the paddle my hands and feet were pale and numb but they pinked up in the car with the heater on, all fine now. Calf cramped getting out of the kayak though.",
    "Nearly blacked out laughing at my mate's face when his calf went at the finish of the tough mudder. How do we avoid that next time?",
    "My sister had a DVT after her c-section 3 years ago and was treated, all fine now. I'm not pregnant, just get calf cramps when I run. Should I worry?",
    "Cramp woke me at 3am after the trail race, full-on calf lock, eased in a couple of minutes, now just a bit sore. Normal?",
    "Coach of a girls' netball team here. Last season one of my players had a bad cramp and went down on court, physio checked her, she was fine and back next week. This season I want a proper warm up and hydration plan so it doesn't happen again. Any pointers on stretches and drinks for 12-14 year olds?",
]

STILL_ALARMED: list[str] = []
