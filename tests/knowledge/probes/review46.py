"""A blind review, in the twenty-second session: the sign told in the writer's own imagery and
understatement, typed on a phone at night, often inside an ordinary cramp question ("proper
stabby when i fill my lungs up", "lights went out on me ... next thing I'm lying on the
carpet", "his words started coming out all jumbled", "talking like she's had a skinful but
she doesn't touch a drop"); 50 emergencies, 25 same-day reports and 50 look-alikes, written
from the guidance alone. Scored before any change: 70 of 75 reports raised, 10 of 50
look-alikes alarmed. The five misses are raised now (a foot "curled up like a fern for over
a quarter of an hour" is a foot cramp told by its shape). Quiet now: a stroke "back in the
90s, his face drooped" (a time long ago ending the clause before), a mate who "coughed up
blood ... back in uni days", a mother who "passed out in the kitchen once when I was little",
a murder mystery read in bed, Grey's Anatomy, Raynaud's white fingers, a foot "warm and
pink", "the same colour and warmth as the other", "if a cramp doesn't go after 10 min".
"Back in" now needs a time of life or an era: "coughing up blood back in the car" was read
as long ago and missed. Still alarmed: a denied "not swollen or red" that the learned net
reads, and a 15-minute cramp "the Tuesday before last", fine since.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "calf's been aching on the left since the coach trip sat and now i cant get to the end of a sentence without stopping for air. sitting on the stairs typing this",
        "emergency",
    ),
    (
        "Cramp in my right leg started Tuesday, thought it was just the usual. Tonight walking to the loo feels like I've run up a mountain, puffing like an old steam train 🚂 is that normal for cramp??",
        "emergency",
    ),
    (
        "my husband's leg has been sore and puffy since his knee op last week and right now he's gulping at the air like a fish out of water. he says its nothing and not to fuss",
        "emergency",
    ),
    (
        "Bit of a silly one, sorry for the late hour. I've had leg cramps on and off all week, the normal sort, I do the stretches and drink my water. But the last hour or so it's like someone's sitting on my lungs and I can only take little sips of air. Anyway what's the best thing for the cramps?",
        "emergency",
    ),
    (
        "after the 14 hr flight from Delhi my calf is tight since 2 days and now I am feeling like breathing through a straw. kindly advise what to do",
        "emergency",
    ),
    (
        "Mum lives with me, she's had a heavy aching thigh since she came home from hospital on Monday. tonight she's panting just sitting in her chair watching telly and her lips look a bit grey",
        "emergency",
    ),
    (
        "every time i take a deep breath it's like a knife sliding in under my ribs on the right. had a horrible cramp in my calf 2 days ago that never really went away",
        "emergency",
    ),
    (
        "Each breath in catches on something sharp, like there's a fish hook in my side. The leg ache from the drive up to Inverness on Sunday is still there too. Probably pulled something?",
        "emergency",
    ),
    (
        "not an emergency probably but breathing in hurts now, like the bottom of my lungs is full of broken glass, and my calf has been sore since i got the cast off on wednesday",
        "emergency",
    ),
    (
        "ok so calf cramp since sunday, ignored it. tonight even yawning hurts. proper stabby when i fill my lungs up, shallow breaths are fine so im just doing little ones",
        "emergency",
    ),
    (
        "My wife can't take a full breath without wincing and grabbing her side, started this evening. She's been laid up in bed all week with her back and her leg's been cramping on one side.",
        "emergency",
    ),
    (
        "Short q. Left calf has felt bruised since the long drive on Friday, and now when I breathe in deep there's a stitch that won't go, like I've been running except I haven't moved off the couch 🤔",
        "emergency",
    ),
    (
        "feels like an elephant has parked on my chest, started 20 min ago. had leg cramps in the night, thought nothing of it",
        "emergency",
    ),
    (
        "Chest feels like someone's wringing it out like a wet towel. Cramp-ish ache in my right calf ever since the op on Monday. Is the cramp spreading up??",
        "emergency",
    ),
    (
        "there's a heavy weight sitting behind my breastbone, came on while I was stretching out my calf cramp about half an hour ago and it's not going away",
        "emergency",
    ),
    (
        "appa is rubbing the middle of his chest and saying it is tight like a rope tied round, since evening. he got cramp in the leg after the overnight bus from Chennai yesterday",
        "emergency",
    ),
    (
        "Sorry if this is dumb. My leg's been achy since Friday's flight and tonight there's this pressure in my chest like a fist squeezing. comes and goes but mostly comes",
        "emergency",
    ),
    (
        "midnight and i've got this crushing thing in the middle of my chest that runs down into my left arm. I only opened this chat to ask about my foot cramps lol but now idk",
        "emergency",
    ),
    (
        "coughed into a tissue just now and it's got pink streaks through it. leg's been cramping since I got back from Bali on Thursday",
        "emergency",
    ),
    (
        "Bit of a hacking cough tonight and the spit looks like raspberry jam 😬 right calf has been sore and fat since the train down from Glasgow",
        "emergency",
    ),
    (
        "my son is 19, I look after him, he uses a wheelchair. he coughed a minute ago and there was bright red in the sink. his one leg has been swollen up this week",
        "emergency",
    ),
    (
        "Just coughed and tasted pennies, and the tissue's got red spots on it. The cramp in my calf has been hanging about for days, I assumed from the gym.",
        "emergency",
    ),
    (
        "cough brought up a little blob of something dark red. i had an op on my knee 10 days ago and the calf aches",
        "emergency",
    ),
    (
        "Not sure if this is related. Since this afternoon what I'm bringing up when I cough has gone rusty red, and I've had a sore swollen leg since the plaster came off last week. The leg is why I'm here really.",
        "emergency",
    ),
    (
        "my leg cramped up then everything went grey and I woke up on the bathroom floor. only just got up. feel weird and shaky",
        "emergency",
    ),
    (
        "mum keeled over in the kitchen just now, she's come round and is sitting up but she's been complaining about her calf all week",
        "emergency",
    ),
    (
        "I went down like a sack of spuds at the bus stop this morning, people helped me up. Been having a cramp in one leg since the flight home. Do I need to do anything?",
        "emergency",
    ),
    (
        "he just went floppy and slid off the sofa for a few seconds, back with us now and says its just his leg cramp again. should I be worried",
        "emergency",
    ),
    (
        "lights went out on me for a moment while I was stretching my calf, next thing I'm lying on the carpet looking at the ceiling. ok now (i think) 😵",
        "emergency",
    ),
    (
        "Grandad (I'm his carer) blacked out getting off the commode tonight, came round after a bit. He's been grumbling about a sore leg since he's been stuck in bed with his chest.",
        "emergency",
    ),
    (
        "My foot's gone the colour of a candle and it's cold as the fridge. Came on suddenly after what I thought was a cramp, can't really feel my toes",
        "emergency",
    ),
    (
        "left leg feels like it belongs to someone else, dead and icy, and it's gone blotchy blue below the knee. all happened in the last hour",
        "emergency",
    ),
    (
        "Woke with what i thought was cramp but now my foot is white like paper and i can't wiggle the toes. other foot is warm and pink",
        "emergency",
    ),
    (
        "my dad's leg has gone cold and mottled like corned beef and he says it's gone to sleep and won't wake up. it was fine at tea time",
        "emergency",
    ),
    (
        "sudden agony in my lower leg about an hour ago, and now it's a funny bluey-grey all over, like one big bruise, and cold to touch compared to the other. can barely move it",
        "emergency",
    ),
    (
        "calf went from cramp to pins and needles to nothing at all, and now the skin looks like wax, like a shop mannequin's leg. been like this 20 mins",
        "emergency",
    ),
    (
        "Bit of a strange one. I get cramps a lot, usually in the arch, and I know the drill: stand up, pull the toes back, wait. Tonight it started as an awful ache but my right foot now feels like a block of ice and has gone pale as milk, and I can't get any warmth into it even under the duvet with a hot water bottle. About 40 minutes now. Is there a better stretch?",
        "emergency",
    ),
    (
        "Mum's face looks lopsided, like one side has melted a bit, and her cup just fell out of her hand. She only messaged me about her cramp this morning",
        "emergency",
    ),
    (
        "My husband was telling me about his cramp and then his words started coming out all jumbled, like a record played at the wrong speed. He's sitting there looking lost",
        "emergency",
    ),
    (
        "my right leg just gave way under me and my right hand won't grip the phone properly, typing with the left. thought it was a cramp at first",
        "emergency",
    ),
    (
        "his mouth sags on the left when he tries to smile and he can't lift his left arm as high as the right. started half an hour ago",
        "emergency",
    ),
    (
        "Gran (we look after her) is talking like she's had a skinful but she doesn't touch a drop, and one of her legs is dragging behind. Started after tea tonight.",
        "emergency",
    ),
    (
        "hit by a headache like a thunderclap out of nowhere, worst ive ever had in my life, and my leg feels weak and weird. I was only lying down with a cramp",
        "emergency",
    ),
    (
        "my wife suddenly doesn't know what day it is and is hunting for her glasses while she's wearing them, and her left side seems heavy and clumsy. came on in the last hour. could it be the cramp tablets??",
        "emergency",
    ),
    (
        "Since I stood on that bit of rusty fence last week my jaw feels wired shut, can hardly get a spoon in, and tonight my back keeps arching in these jolting cramps",
        "emergency",
    ),
    (
        "cut my hand on a muddy garden fork 10 days ago. tonight my teeth are clamped together like they're glued and swallowing is hard work",
        "emergency",
    ),
    (
        "my boy grazed his knee on the farm track about a week back and now his neck and jaw are rigid like a board, plus these cramps that throw his whole body about",
        "emergency",
    ),
    (
        "Jaw won't open more than a finger's width since yesterday and it aches like I've been chewing toffee all day. I had a nasty splinter from an old shed door 9 days ago. My calves keep seizing too.",
        "emergency",
    ),
    (
        "Hi, got bitten by a dog last week on the shin. Since today the muscles in my belly and back go into spasms that make me cry out, they grip like a fist and won't let go",
        "emergency",
    ),
    (
        "stepped on a nail at the allotment 2 weeks ago, now my face feels stiff like a mask, cant open my mouth properly, and my legs keep jerking into spasms. Prob just cramp?",
        "emergency",
    ),
    (
        "back from a 10 hour drive to Cornwall yesterday and my left calf has this throbbing ache like a toothache in the muscle, right one is fine. stretched it loads, not easing. otherwise feel ok",
        "urgent",
    ),
    (
        "Had my hip done 8 days ago. Right calf feels like a balloon being slowly blown up, tight and sore, left is normal. Breathing fine, no chest pain.",
        "urgent",
    ),
    (
        "since they sawed the plaster off on monday my right calf looks like a bloated sausage next to the left and it throbs when I stand",
        "urgent",
    ),
    (
        "3 days flat on my back with a slipped disc and now my right leg has a cramp that's set up camp in the calf. Won't shift whatever I do. Just the one leg, the other's fine.",
        "urgent",
    ),
    (
        "Flew Sydney to London, 24 hrs door to door. Left calf sore like someone's kicked it, has been for 2 days now, not letting up at all. Otherwise feel fine mate, breathing's normal",
        "urgent",
    ),
    (
        "my calf looks like a ripe tomato, red and shiny, swollen and hot to touch, only on the right. started yesterday. i thought cramp but it doesnt go",
        "urgent",
    ),
    (
        "there's a vein behind my knee that feels like a hard bit of string, sore when I press it, and the skin round it has gone a dusky colour. one leg only, since the weekend",
        "urgent",
    ),
    (
        "My left calf's hot like it's been sat next to the fire, and puffed up, the sock's left a deep groove today. Other leg normal. Had a cramp in it Tuesday.",
        "urgent",
    ),
    (
        "On my skin it's hard to tell if it's red, but one calf feels warm and hard, looks a shade darker than the other, and it's been sore since Wednesday. Didn't bang it or anything.",
        "urgent",
    ),
    (
        "32 weeks pregnant, usual night cramps but since this morning my right leg is pink and puffy like a marshmallow and sore to touch. left is fine",
        "urgent",
    ),
    (
        "i'm 6 months along and my left calf looks like its been sunburnt, its swollen & warm 🥺 no idea what ive done",
        "urgent",
    ),
    (
        "Had my baby 3 weeks ago. Right leg swollen and angry red from ankle to knee since yesterday. Is this just post-baby cramps?",
        "urgent",
    ),
    (
        "wife is expecting (34 wks) and her calf has come up red and tight like a drum on one side today. she says its just a cramp, should we go in?",
        "urgent",
    ),
    (
        "cramp started at 2:40, it's now 3:05 and my calf is still knotted like a fist. stretched it, walked on it, hot water, nothing",
        "urgent",
    ),
    (
        "my foot's been curled up like a fern for over a quarter of an hour and won't uncurl however hard I pull the toes back",
        "urgent",
    ),
    (
        "Son's thigh has been locked in a spasm for about 15 min now, he's tried stretching it out, he's 16 and he's crying",
        "urgent",
    ),
    (
        "ok this one is different. normally my night cramps let go in a minute. this has been grinding away in the back of my leg for half an hour, I've leant against the wall and stretched loads and it just sits there",
        "urgent",
    ),
    (
        "stood on a rusty screw in the shed saturday, foot's a bit sore where it went in and now my calf keeps cramping up. no jab that I know of",
        "urgent",
    ),
    (
        "cut my shin on a rusty wheelbarrow 4 days ago shifting muck, now getting cramps in that leg. jaw is fine, no stiffness anywhere, just the cramp",
        "urgent",
    ),
    (
        "kid came off his bike onto the gravel track Monday, deep graze full of dirt on his knee, and this week he's getting leg cramps at night. not sure his jabs are up to date",
        "urgent",
    ),
    (
        "Got a thorn right in the ball of my foot clearing brambles round the manure heap a few days back. The calf on that side has started cramping. Otherwise well.",
        "urgent",
    ),
    (
        "been stripping old lead paint off the window frames all week without a mask and now my legs are cramping like mad every night",
        "urgent",
    ),
    (
        "I broke an old mercury thermometer and cleaned it up with the hoover yesterday 🙈 today the cramps in my calves are constant",
        "urgent",
    ),
    (
        "work at a battery recycling place, this week getting cramps in legs and a funny tummy. could that be the lead dust? supervisor says no",
        "urgent",
    ),
    (
        "I am taking one ayurvedic powder from the market since one month, my cousin says it may be having lead in it. From this week cramps in both legs all the time. Please tell what to do",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "calf went hard as a rock at 3am, like a golf ball trying to burrow out. pulled my foot back and it melted away in about a minute. why does this keep happening?",
    "My foot twisted itself into a claw in the pool today, toes all splayed like a bird's foot 🦅 lasted maybe 30 secs. Any tips for swimmers?",
    "whole hamstring seized like a rusty hinge while I was reaching for the remote, couldn't move for a minute, then it just let go. bit sore now",
    "It feels like a crab has got hold of my calf and is twisting with its pincers. Happens most nights around 2, gone in a minute or so once I stand on the cold floor.",
    "thigh cramp on my run this arvo, muscle jumped about under the skin like a bag of snakes 🐍 eased when I stopped and stretched. normal?",
    "my toes curled under like a ballerina en pointe, in bed, lasted a few seconds. it's so weird and kind of funny",
    "Woke up yelling, calf like a knotted rope being wound tighter and tighter. My partner rubbed it and it unwound in under a minute. Still tender this morning, is that ok?",
    "sir my calf muscles become like stone in night time, 1-2 minute only, then release. kindly tell some home remedy",
    "Feels like a charley horse kicked me from the inside 😂 gone now, just aching. is a banana actually useful or is that a myth",
    "the arch of my foot bunches up like a fist when i point my toes in pilates, lets go as soon as I flex. how do I stop it",
    "Both calves ache like I've run a marathon after a cramp in the night. The cramp itself was short. How long is the soreness supposed to last?",
    "my leg gets an electric jolt then the calf balls up like a tennis ball for a few seconds, mostly after footy. drinking water helps a bit. anything else?",
    "the price of physio round here took my breath away lol. is there anything I can do at home for night cramps instead",
    "I nearly died laughing, got cramp mid-dance at my cousin's wedding and had to hop off the floor like a flamingo. What causes cramp when dancing?",
    "This cramp is killing me 😩 only been a few seconds but still. do I stretch the toes up or down??",
    "My heart sank when the cramp hit halfway through my exam, but it went after I flexed my foot under the desk. How do I stop it happening in the next one?",
    "Honestly I almost passed out when I saw what the chemist wanted for a tiny bottle of magnesium spray. Does it even work?",
    "Work's been a real pain in the neck lately and I'm cramping every single night. could stress be a factor?",
    "my jaw dropped when the GP said most older adults get night cramps. is that right? I've had them since my 40s",
    "By some stroke of luck the cramp only hit after I'd crossed the finish line at parkrun. Does hot weather make them worse?",
    "Before you ask, no I haven't been on a plane, no ops, not pregnant 😂 just get cramps in my feet after long walks. Gone in a minute.",
    "Calf cramp woke me, it's gone now. Foot is warm and pink and I can wiggle everything. Just want to know if stretching before bed actually works.",
    "I'm 28 wks pregnant, getting calf cramps at night. Legs aren't red or swollen, no heat, just the cramp that goes once I stretch. is this common?",
    "Face is fine, speech is fine, arms fine, I did the whole checklist my daughter taught me 😅 my leg just cramped while I was weeding and gave me a fright. it's gone.",
    "No cough, no blood, no dizziness, nothing like that. Just my toes cramping when I wear heels. What is going on?",
    "no wounds, no cuts, haven't been near anything rusty or any chemicals. just cramps in my calves after cycling. what am I missing? electrolytes?",
    "In 2019 I had a clot after a knee op, it was treated and the follow-up scan was all clear. These days I just get ordinary short cramps in both calves after gardening. Anything I can do?",
    "stepped on a rusty nail back in April, got the jab at the walk-in centre the same day and it healed fine. Asking because my night cramps are back, the usual kind, nothing new",
    "After my c-section 2 years ago my leg swelled up and they sorted it in hospital. All good now. Just asking about cramps in my feet when I cycle.",
    "I fainted once in 2015 giving blood lol, never since. Anyway, night cramps: is tonic water worth trying?",
    "When I got back from Singapore last month both my ankles were a bit puffy for a day and went down by the next morning. Nothing since. Now I just get foot cramps when I swim, why?",
    "My grandad had a stroke back in the 90s, his face drooped on one side. Could my cramps be an early sign of that? I'm 34 and they're just in my calves after the gym.",
    "Years back my aunty got lockjaw from a thorn in her foot on the farm in Kerala. Are my night cramps connected to anything like that? I have no wounds.",
    "a mate of mine coughed up blood after a long haul flight back in uni days, turned out to be a clot. I'm not flying anywhere, just curious how you tell a cramp from a clot?",
    "My mum passed out in the kitchen once when I was little, she had a bad cramp at the time. Is that a thing that happens? asking because I get cramps too",
    "Dad's leg went cold and white back in 2012 and he needed an operation, he's fine now. I get cramp in my arches, should I be worried I'll get the same thing?",
    "how would I know if a cramp was actually something serious? like what should make me worry",
    "Flying to Toronto next month, about 9 hours. Anything I should do to avoid cramps or clots on the plane?",
    "if I get pregnant one day will the cramps get worse? I already get them a lot",
    "quick q: if a cramp doesn't go after 10 min what do you do? mine always go in a minute, I just want to know for the future",
    "hypothetically if someone got cramps after cutting themselves on something rusty, would that be a worry? writing a first aid quiz for my scout troop",
    "Out of interest, can a leg cramp ever turn into a stroke? my mum keeps saying so and it scares me",
    "watching Casualty and a bloke's leg went blue after a long coach ride and they rushed him in 😱 can cramps do that? mine are just the normal 3am ones",
    "reading a murder mystery in bed where the victim's face droops and she can't get her words out. anyway I'm only here cos I got cramp while reading, what's the best stretch?",
    "On Grey's Anatomy someone coughed up blood after a leg cramp. Is that realistic or just TV drama? My own cramps are fine, just curious",
    "my daughter's in a school play where her character faints from 'the cramps'. Is that a real thing? Want her to get it right",
    "typed so much for my thesis that my hand cramped into a claw, fingers stuck for a few seconds. does the same stuff work for hands as for calves?",
    "my fingers go white and numb in the cold when I cycle, been like that for years and my GP said it's Raynaud's. separate q: do cold nights cause calf cramps?",
]

STILL_ALARMED: list[str] = [
    "night cramp in my right calf, the usual sort, gone now. Breathing's fine, no chest stuff, leg's not swollen or red, same colour and warmth as the other. just annoyed tbh",
    "Had a cramp the Tuesday before last that went on for ages, maybe 15 min, but it's been fine since, not a single cramp. Worth mentioning to my GP at my check-up?",
]
