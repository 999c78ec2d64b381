"""A blind review, in the twenty-first session: letters to newspaper doctors and blog stories
told up to now ("Dear Doctor, my husband (78) ...", "it was 3 AM after a 14-hour flight"),
45 emergencies across the eight signs, 25 same-day reports and 40 look-alikes, written
from the guidance alone. Scored before any change: 65 of 70 reports raised at their
level. Missed were a man "blowing like an old pair of bellows ... puffed just walking to
the kettle" after a long drive (same-day only), a mouthful coughed "with what looked like
blood in it" five weeks after twins, a thumb "jabbed on a thorny rose cutting" before a
stiff jaw, a pregnant "different ache, in my left calf only" (the hurt told before a
comma, its place after), and lead found by "test swabs" before cramps. All five are raised
now. 11 of 40 look-alikes are alarmed, all by the rules: clots of years ago told in full,
a columnist's list of signs to watch for, a sprain's bruise, a stud's bruise fading, a
father's stroke in 2008, a rusty nail treated with a booster.
In the twenty-second session a stroke "in 2008", told in the past, is quiet.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "Dear Doctor, my husband Gerald (78) flew home from seeing our son in Calgary on the 2nd, nine hours plus a long wait in Toronto. He has grumbled about a cramp in his right calf ever since, and as usual refused to make a fuss. The calf is still sore and looks fuller than the left. What worries me is that this afternoon he had to stop twice on the way back from the letterbox, perhaps forty yards, and stood there puffing with his hand on the gate, and he still sounds it now, sitting down. He says he is simply out of condition. I am writing this while he dozes in his chair. Am I being a fusspot?",
        "emergency",
    ),
    (
        "Our flight landed on a Monday, and for the next couple of days I kept dismissing my calf pain as the price of a cramped seat from Bangkok. Wednesday I went back to the office and limped between meetings. Today, Thursday, the ache in my left leg is worse and the ankle has puffed up over my sock line. I'm writing this post from the sofa because climbing the stairs to the bedroom left me gasping like I'd sprinted for a bus, and twenty minutes later I still can't quite get my wind back. My partner keeps hovering with the phone. I thought I'd jot it down first, because that's what I do.",
        "emergency",
    ),
    (
        "I coach a veterans' rugby side in Leeds. One of my props, 31, had knee surgery five weeks ago and has been getting about on crutches. He came down to watch training tonight and told me the calf on the operated side has been cramping and aching all week. While we were talking by the touchline he couldn't get through a sentence without stopping to drag in air, and he was only standing still. He laughed it off as being unfit. I'm typing this in the car park, he's sat in the clubhouse with a pint of squash. What do I tell him?",
        "emergency",
    ),
    (
        "My mother is 83 and lives alone in a bungalow outside Truro. She has been mostly in bed for ten days since a fall bruised her hip. When I popped in this morning she mentioned a cramp in her left calf that hasn't let go since yesterday, and that leg is clearly bigger than the other one. She is also breathing fast and shallow, even propped up on her pillows, and says she can't seem to get enough air into her. She insists it's the central heating turned up too high. I'm standing in her kitchen now, trying to decide what to do.",
        "emergency",
    ),
    (
        "Our daughter was born on the 14th after a long labour that ended in a caesarean. Three weeks on, I am managing, just. For several days my right calf has ached like a cramp that forgets to stop, and tonight it looks puffy and tight. Feeding the baby at 1 AM I noticed I was short of breath just from lifting her out of the Moses basket, and I'm still a bit like that now, sitting still on the edge of the bed. My husband is asleep next to me. I keep telling myself it's tiredness.",
        "emergency",
    ),
    (
        "I'm 72 and I don't run to doctors. Drove from Aberdeen to Bristol on Tuesday, nine hours with one stop for a pie at Tebay. Since then the back of my left leg has been sore and knotted, like a cramp that has moved in for good. Didn't think much of it. This morning I went out to mow the lawn and had to give up after one strip, blowing like an old pair of bellows, and an hour later I'm still not right, puffed just walking to the kettle. Never happened before in my life. The wife told me to write in, so here I am.",
        "emergency",
    ),
    (
        "Dear Doctor, I am 44 and returned from a walking holiday in the Dolomites on Saturday: a long drive down to Venice, then the flight to Manchester. My right calf has been cramping and sore since the journey. Last night and again this morning I have had a sharp catch low in my right side whenever I take a deep breath in, as if something snags. Shallow breaths are fine, so I have been breathing shallowly all day. I assumed I had pulled a muscle carrying my rucksack. Should I be concerned, or wait for my GP on Monday?",
        "emergency",
    ),
    (
        "It was 3 AM after a 14-hour flight back from Tokyo and I was lying wide awake in our flat in Melbourne. Jet lag, I told myself. My left calf had been twinging since the taxi home, a cramp that came and went. Then I yawned, one of those huge jet-lag yawns, and a knife went in under my shoulder blade. I tried a big breath on purpose and there it was again. It's 4.20 now and every deep breath still stabs in the same spot. I'm writing because I can't sleep and I don't want to wake anyone over what is probably nothing.",
        "emergency",
    ),
    (
        "34 weeks with baby number two. My left calf has been crampy and tender for three days, which I put down to the usual pregnancy leg cramps, except it doesn't go away with stretching the way they normally do. This evening there's something new: when I breathe in fully it hurts on the left side of my ribs, a sharp pain that makes me stop halfway through the breath. Baby is kicking away as normal. My partner is at work until ten. Does anyone else get this?",
        "emergency",
    ),
    (
        "Dad (69) had his hip replaced at the Royal Infirmary on the 3rd and came home last Friday. He has been a model patient, doing all his exercises, though he has mentioned a cramp behind the knee on the operated side. At lunch today he put his fork down and said it hurts to fill his lungs, a pain on the right that catches at the top of every breath in. He has gone a bit grey and is sitting very still. He says it's wind from the painkillers. I'm writing this from the hallway so he can't see me.",
        "emergency",
    ),
    (
        "Posting for my teammate Aisha since she isn't on this forum. She pulled up at netball last Thursday with what we all thought was a calf cramp. Since then she has been on the sofa with her leg up watching box sets, hardly moving for four days, and the calf still hurts. Half an hour ago she texted me that she gets a stabbing pain along her ribs whenever she breathes in deeply or laughs, and that it is there every single breath now. She thinks she's just stiff from lying about. She's 27.",
        "emergency",
    ),
    (
        "I am 81 and my wife says I must write in. I had a bout of cramp in my right calf last week which never quite went, and the calf is sore to press. This morning I woke with a pain in the side of my chest that grabs me each time I fill my lungs, so I have been taking little sips of air instead. I had pleurisy in 1974 and it felt rather like this, so I expect it is that again. I would rather not bother anyone on a Sunday.",
        "emergency",
    ),
    (
        "Dear Doctor, my wife (66) and I came back by coach from a fortnight at Lake Garda on Wednesday, well over twenty hours on the road. Since Thursday she has had an aching cramp in her left calf that she has been rubbing with arnica. This evening, watching the news, she said it felt as if someone was sitting on her chest, a heavy squeezing in the middle, and it hasn't lifted in the half hour since. She says it's indigestion from the takeaway. I am not so sure.",
        "emergency",
    ),
    (
        "Day three of the post-Ironman 'recovery' (ha). I'll spare you the race report. Both legs were wrecked, but the right calf cramp never really faded, and since yesterday it's been a hot ache down the back of my shin. I'm writing this at 6 in the morning because something woke me: a tight band right across the front of my chest, like a strap being cinched. It's still there as I type, and it doesn't change when I roll my shoulders. Probably muscular from the swim?",
        "emergency",
    ),
    (
        "My father is 74 and a keen bowler. He has had night cramps in his calves for years, nothing new. But tonight, after a cramp in his left calf woke him at about 2, he sat on the edge of the bed gripping his chest and says there is a dull heavy ache behind his breastbone that spreads into his left arm. That was twenty minutes ago and it is still there. He has told me not to ring anyone because he doesn't want an ambulance outside waking the neighbours.",
        "emergency",
    ),
    (
        "Ten days since Leo arrived. I'm writing this between feeds at 11 PM. My right calf has ached ever since the hospital, where I spent three days mostly in bed after I lost a lot of blood. Tonight I've got a tightness in my chest that comes and goes, a pressing ache under my left breast, and it's there right now as I type. My midwife visit isn't until Thursday and I don't want to seem hysterical.",
        "emergency",
    ),
    (
        "I run a seniors' walking football group in Swansea. Our goalkeeper Ray, 70, came this morning straight off a coach trip back from Blackpool, six hours each way, and told us one calf had been tight and sore since. Halfway through the session he stopped, bent over, and said his chest felt crushed, like it was in a vice. He's sitting on the bench now, sweating, and insisting all he needs is a cup of tea.",
        "emergency",
    ),
    (
        "I am 77 and a widow. Since the long train journey from Inverness to London last Saturday my left calf has been sore, a cramping feeling that comes back whenever I walk to the shops. Today, climbing the steps at the library, I felt a tight gripping ache in the centre of my chest, and it has not quite gone, although I have been sitting in the reading room for twenty minutes. I do not want to make a scene here.",
        "emergency",
    ),
    (
        "Dear Doctor, my husband (58) has had a sore, crampy right calf since he came home from a conference in Singapore on Sunday, thirteen hours on the plane. He has been coughing a bit since yesterday, which he put down to the air conditioning. This morning he coughed into a tissue and there were bright red streaks in it, and again just now, a little more. He says it's a burst blood vessel from all the coughing and is getting ready for work.",
        "emergency",
    ),
    (
        "Writing this from the airport hotel in Doha because our connecting flight was cancelled. The first leg from Auckland was almost seventeen hours and I slept through most of it. Since landing my left calf has been tight and painful, like a knot I can't massage out. In the last hour I've developed a tickly cough, and the last two times what came up into the basin was pinkish and frothy. I honestly don't know what you're supposed to do when you're stuck in a transit hotel.",
        "emergency",
    ),
    (
        "Five weeks ago I had twins. I've had a dragging cramp in my right calf for a few days that I assumed was from hauling two car seats about. Tonight while feeding I coughed and got a mouthful of something rust-coloured, with what looked like blood in it. I've coughed twice more since and it's the same each time. My husband's on nights and I've got a baby on each arm.",
        "emergency",
    ),
    (
        "My mother, 80, has been in bed for two weeks with a broken wrist and a heavy cold. Her left leg has been cramping and the calf is sore to touch. This afternoon she coughed dark red lumps into her handkerchief and tried to hide it from me, but I found it in the laundry basket and she admits it has happened again since. She says it's nothing, just the cold. I'm sitting with her now.",
        "emergency",
    ),
    (
        "I'm a 26-year-old rower. Broke my ankle in March and have been in a boot for five weeks, mostly on the sofa. The calf above the boot has been cramping badly, which I put down to the boot. This morning I brought up blood when I coughed, a small amount but definitely blood, red in the sink. Same again at lunch, and again about ten minutes ago. Coach says I should post here before I panic anyone.",
        "emergency",
    ),
    (
        "Dear Doctor, I am writing for my husband, 71, who will not write himself. We drove back from our daughter's in Cornwall to Durham on Sunday. He has had a cramping pain in his right calf ever since. This morning he got up from the breakfast table, said he felt odd, and went down on the kitchen floor. He was out for perhaps half a minute. He is now sitting in his armchair saying he is perfectly fine and forbidding me to call anyone.",
        "emergency",
    ),
    (
        "The plan was a lazy recovery week after the Camino. Instead: this. My left calf had been crampy on the bus from Santiago to Porto and the flight home, nothing unusual for someone who'd walked 800 km. Today at about noon I stood up from the sofa and the room drained away. Next thing I knew I was lying on the rug with the dog licking my face. I'm typing this lying down because every time I sit up I go light-headed again.",
        "emergency",
    ),
    (
        "One of my under-18 footballers, Callum, got a nasty calf cramp in the second half today and limped off. About ten minutes ago in the changing room he stood up to get his bag, his eyes rolled, and he slumped down against the lockers. He came round quickly and is now sitting with a drink, pale and clammy, saying he's fine. His parents are on their way from Bolton. Do I need to do anything before they get here?",
        "emergency",
    ),
    (
        "37 weeks. Calf cramps on and off for a fortnight, the usual. This morning in the shower I got a cramp in my right calf, then the world went grey and I came to sitting on the shower floor with the water still running. I don't know how long I was there. I'm out now, wrapped in a towel on the bed, writing this. I feel shaky and a bit sick.",
        "emergency",
    ),
    (
        "Mum (86) has night cramps most nights and takes them in her stride. Tonight at about 9 she got up to walk off a cramp in her left leg, and my brother found her on the landing: she had blacked out and doesn't remember falling at all. She's talking now but hazy about what time it is, and there's a bump coming up on her forehead. She wants to go back to bed.",
        "emergency",
    ),
    (
        "I'm 68, fit enough, still play tennis twice a week in Harrogate. Had a right calf cramp at the club this afternoon that took ages to ease. Then in the car park I passed out, just like that, folded over the bonnet of my car. The groundsman says I was gone for a few seconds. I drove home (I know, I know) and I'm writing this now, an hour later. Feel washed out but otherwise normal. The wife is cross. Was it the cramp?",
        "emergency",
    ),
    (
        "Dear Doctor, my husband (76) has poor circulation and has had cramp in his calves when he walks for years. Tonight, about an hour ago, his right foot suddenly became very painful, and when I looked at it, it was the colour of candle wax and as cold as marble compared with the other one. He says he can barely feel me touching his toes. He wants to wait until the surgery opens in the morning.",
        "emergency",
    ),
    (
        "I'm writing this at our Airbnb in Lisbon because I don't know what else to do. After dinner my left lower leg started to hurt out of nowhere, far worse than any cramp I've had, and now the foot is mottled and bluish, icy to the touch, and I can't wiggle my toes properly. The other foot is warm and pink. It's been about forty minutes and it isn't getting better.",
        "emergency",
    ),
    (
        "My mother, 79, has an irregular heartbeat and sometimes forgets her tablets. This afternoon she rang me saying she had a terrible cramp in her left leg. When I got there, the leg from the knee down was white, and the foot felt like it had just come out of the fridge. She can't move her ankle and says the leg feels as if it belongs to someone else. I'm kneeling beside her chair now.",
        "emergency",
    ),
    (
        "I'm 70 and I hate a fuss. Got up from my chair at half past four this afternoon with what I took for cramp in my right calf. It's still there, a fierce pain, and the foot has gone a funny dusky colour and is cold. The foot's numb too, and heavy; I can't lift the front of it off the floor. I had a stent put in that leg a couple of years ago. The wife says write to you.",
        "emergency",
    ),
    (
        "Cycling club forum, odd one. Fifty km into our Sunday ride my left calf seized with what felt like cramp. Stopped, stretched, nothing. My mate drove me home, and now, an hour later, the foot is pale and cold, the toes are numb, and I can't point or flex it. Right side totally normal. I'm 58, smoked until last year. Any ideas?",
        "emergency",
    ),
    (
        "My wife, 84, woke me at 5 AM moaning about a cramp in her right leg. I've put the light on and the leg from the calf down is grey-white and cold, and she says she can't feel the blanket on that foot. The pain hasn't let up at all in the twenty minutes since, and she can't move her toes when I ask her to.",
        "emergency",
    ),
    (
        "Dear Doctor, my husband Tom (78) has had night cramps in his calves for years. Tonight at about 8 he said his leg had gone funny, and when he stood up his left leg gave way under him. Now his words are thick and slurred as if he'd had a bottle of wine, and he hasn't touched a drop, and the left side of his mouth hangs down when he tries to smile. He says he only needs to sleep it off.",
        "emergency",
    ),
    (
        "Mum (74) phoned me from her flat twenty minutes ago to say she'd got a cramp in her right leg and couldn't stand up properly. But she wasn't making sense: she called the kettle 'the hot box' and kept losing her words halfway through. That's not like her at all; she does the Times crossword every morning. I'm on the bus going over now, writing this. She sounded frightened.",
        "emergency",
    ),
    (
        "One of our veteran hockey players, 52, came off at half time with what he said was cramp in his right leg; it kept buckling under him. Now, sitting on the bench, he can't lift his right arm to get his shirt off, and the right side of his face looks slack. He keeps saying he's fine but the words are coming out wrong.",
        "emergency",
    ),
    (
        "I am 63 and I suffer with leg cramps. This evening while I was washing up I got the worst headache I have ever had, all at once, like being hit on the back of the head, and my left leg went from under me. I'm on the kitchen floor with my back against the cupboard; I managed to reach my tablet. My husband is at his club until ten.",
        "emergency",
    ),
    (
        "My wife (69) woke from an afternoon nap complaining that her left calf was cramping. But now she can't hold her teacup in her left hand, it keeps slipping out, and she says that side of her face feels numb. I've just noticed her smile is lopsided. She says she must have slept on her arm and that I should stop staring.",
        "emergency",
    ),
    (
        "Dear Doctor, my husband (67) cut his hand on a rusty roofing sheet while clearing out the old cowshed twelve days ago. He washed it and put a plaster on. For two days he has had cramping in his calves and back, and today he says his jaw feels locked: he can't open his mouth wide enough to get a sandwich in, and his neck is stiff as well. He thinks he is coming down with flu.",
        "emergency",
    ),
    (
        "Back from a fortnight volunteering on a farm in Kerry. On the third day I trod on a nail through my wellie, cleaned it, forgot about it. That was nine days ago. Since the weekend my calves have been going into hard cramps, and since this morning the muscles of my jaw are tight and aching; I can only open my mouth about a finger's width and swallowing feels awkward.",
        "emergency",
    ),
    (
        "One of my under-16 players, Jamie, grazed his knee badly on the gravel car park a week ago. Today at training his calves kept locking up in cramps, and he told me his jaw felt stuck. Watching him now, his teeth are clenched, he's struggling to get words out, and his face has a strange fixed grin. His mum is on her way.",
        "emergency",
    ),
    (
        "I'm 74 and I keep an allotment in Leicester. About a fortnight ago I jabbed my thumb on a thorny rose cutting while spreading manure. Didn't think about it. Last night and today my legs have cramped terribly, and now my jaw aches and is stiff as a board; I can hardly chew and it's hard to get my tea down.",
        "emergency",
    ),
    (
        "My mum, 82, fell in the garden eight days ago and cut her shin on the edge of a rusty watering can. The practice nurse cleaned it. Today she's had painful spasms in her legs and across her tummy, and she says she can't open her mouth to eat because her jaw has gone rigid. She has never had a tetanus booster that we know of.",
        "emergency",
    ),
    (
        "We got back from Cape Town on the 9th, eleven and a half hours overnight to Heathrow, then the train up to York. Since Wednesday my right calf has had a deep ache, like a cramp that won't unclench, worst when I walk to the station. I've stretched, foam-rolled, soaked it in a hot bath. It's Saturday now and it's no better; if anything it throbs more by evening. The left leg is completely fine. I'm 39, on the pill, otherwise well. Writing this partly to nag myself into doing something.",
        "urgent",
    ),
    (
        "Dear Doctor, I had my gallbladder out by keyhole surgery three weeks ago at St James's. Recovery has been good, except that since last Thursday I have had a cramping ache in my left calf that does not go away whatever I do. It is there now as I write. I cannot see any swelling. I am 66. My wife wants me to ring the surgery; I think it is just my legs getting used to walking again.",
        "urgent",
    ),
    (
        "My son Oliver (17) broke his ankle playing football and has been in a fibreglass cast from his toes to just below the knee for four weeks. For the past two days he has complained that the top of his calf, the bit he can feel above the cast, and the back of his knee ache constantly, like a cramp that won't release, and today it's worse. The other leg is fine. He's sitting with it on a cushion playing his Xbox.",
        "urgent",
    ),
    (
        "My father, 81, was laid flat in bed for nine days with his bad back over Christmas, barely getting up except for the toilet. He's up and about now, but since Sunday he has had a cramp in his right calf that doesn't come and go like his usual night cramps. It's just there, all day, and he winces walking to the kitchen. Today, Wednesday, it's no better. He refuses to ring the GP.",
        "urgent",
    ),
    (
        "I'm 28 weeks pregnant with our first, living in Cork. I've had the standard night cramps that go off when I pull my toes up. But since Tuesday there's a different ache, in my left calf only, constant, worse when I walk to the bus, and no amount of stretching touches it. It's still there this morning, Friday. I rang a helpline and they said to keep an eye on it.",
        "urgent",
    ),
    (
        "My daughter-in-law had her baby four weeks ago. She mentioned yesterday over tea that her right calf has been aching for days, a nagging cramp that doesn't go when she stretches or walks about, and she says it's there again today. She thinks it's from standing and rocking the baby at night. The left leg is fine. Should I be pushing her to get it seen?",
        "urgent",
    ),
    (
        "We drove from Munich to our cottage in Brittany in one go last weekend, about eleven hours, because the kids wanted to get there. I've had a cramp-like pain in my left calf since we arrived. I assumed I'd slept awkwardly on the sofa bed. Five days later it's still there, dull all the time and sharp when I walk up the hill to the boulangerie. My right leg is fine. Writing this on the terrace with the leg up on a chair.",
        "urgent",
    ),
    (
        "Dear Doctor, I was in hospital for six days last month with a kidney infection and spent most of it in bed on a drip. Since I came home on the 20th I have had a pain in the back of my right calf, tight and crampy, and it has not eased over the week; this morning it is worse if anything. I am 59 and a bit overweight, and I do not want to waste the GP's time.",
        "urgent",
    ),
    (
        "I manage a Sunday league team. Our centre-half, 34, flew back from a stag weekend in Las Vegas on Tuesday, ten hours plus the connection. He turned up at training tonight limping and said his left calf has been cramping since the flight and won't loosen off. Felt it in the warm-up, still sore now, so he sat out. Otherwise he's bouncing about as usual, winding the lads up.",
        "urgent",
    ),
    (
        "I'm writing from a guesthouse in Listvyanka on Lake Baikal. Three and a half days on the train from Moscow, mostly lying on my bunk reading Dostoevsky. Since getting off yesterday my right calf has ached, a deep cramp that stays put, not the kind you can stretch out. This morning it was sore on the short walk down to the lake, and it still is as I sit here with my tea.",
        "urgent",
    ),
    (
        "Dear Doctor, I am 61 and on HRT. We flew back from visiting family in Vancouver on Saturday, ten hours in economy. Since Monday my left calf has been uncomfortably tight and sore, especially going downstairs. Today is Thursday and it is just the same; the other leg is fine. I have had leg cramps at night for years, but this is different: it never lets up.",
        "urgent",
    ),
    (
        "Dear Doctor, my wife (72) has had varicose veins since her pregnancies. For three days one of the veins on the inside of her right calf has been hard like a cord, red along its length and very tender to touch, and the calf around it feels warm. She has the odd cramp at night as she always has. Can this wait for her usual appointment in a fortnight?",
        "urgent",
    ),
    (
        "Mum's left leg has become noticeably fatter than the right from the ankle to the knee over the last two days; her slipper won't go on that side any more. The calf feels hot when I put my hand on it, and she says it's crampy. She's 77 and has been sitting a lot since the weather turned. I'm at hers now.",
        "urgent",
    ),
    (
        "I'm a 45-year-old engineer in Houston, originally from Lagos. Since the weekend my right calf has been aching and it looks darker than the left, almost purple-brown, and it's warm to the touch. My wife says the skin looks shiny and tight. Cramps I've had for years after five-a-side, but this is new and it's still there this morning.",
        "urgent",
    ),
    (
        "Training blog, week 14 of the marathon block. No training update today. My left calf has been cramping on runs, which happens, but since yesterday the whole lower leg is puffy, there's a red patch behind the calf that feels warm, and my sock leaves a deep dent. Right leg looks normal. No long runs till I sort this out.",
        "urgent",
    ),
    (
        "I'm 31 weeks pregnant and staying at my mum's in Galway for the weekend. Yesterday evening my right calf started aching like a cramp, and this morning it's swollen and red, the skin looks angry and feels warm. My left leg is just its normal pregnancy-puffy self. Mum says it's the heat.",
        "urgent",
    ),
    (
        "Dear Doctor, my wife is 24 weeks pregnant with our third. Last night she had her usual leg cramps, but today her left leg is visibly bigger than the right and there is a red blotchy area on the back of the calf. She says it's sore to walk on and she's been resting it on the pouffe all afternoon.",
        "urgent",
    ),
    (
        "39+2 and waddling. Cramps every night this trimester, fine, I've made my peace with them. But today my left shin and calf look pink and blown up compared with the other one, like a sausage, and it's hot to the touch. Is it just third-trimester swelling or should I ring someone?",
        "urgent",
    ),
    (
        "Writing this one-handed at 5 AM because I can't sleep for it: my right calf went into a cramp about twenty minutes ago and it will not let go. I've stood on it, pulled my toes towards me, massaged it, had my partner have a go. Still a hard ball, still agony. Never had one last this long. I'm 52 and just started running again.",
        "urgent",
    ),
    (
        "Dear Doctor, as I write this my husband (70) has been lying on the bed with a cramp in his left thigh for a good quarter of an hour. We have tried everything we usually do, walking, stretching, a warm towel, and it will not ease. The muscle is rock hard and he is grey with the pain.",
        "urgent",
    ),
    (
        "Hockey match in Utrecht, second half. Our left-back went down with cramp in his hamstring about fifteen minutes ago. The physio has been stretching it ever since, ice, pickle juice, the lot, and it's still clamped tight and he's in real pain. I'm sitting on the grass next to him typing this.",
        "urgent",
    ),
    (
        "I'm 48, a keen gardener in Kent. Six days ago I stepped on an old rake hidden in the compost heap and one of the rusty tines went through my shoe into my heel. I cleaned it and didn't bother the doctor. I can't remember my last tetanus jab. Since yesterday I've been getting cramps in the calf on that side. The puncture itself looks clean.",
        "urgent",
    ),
    (
        "Dad (75) gashed his shin on barbed wire mending the fence on the farm five days ago and wrapped it in a tea towel. He's had cramps in that calf since yesterday, coming and going. He has never been one for jabs and can't say when he last had one. He's chewing his dinner fine and says I'm fussing.",
        "urgent",
    ),
    (
        "I've been restoring a Victorian terrace in Bath, sanding off layers of old paint for weeks, and the test swabs turned red for lead on nearly every door. I didn't always wear my mask. Lately I've been getting cramps in my calves and hands, and today they've been coming every hour or so, along with a nagging stomach ache.",
        "urgent",
    ),
    (
        "Dear Doctor, our son (15) found a jar of mercury in his late grandfather's shed a week ago and played with it, rolling it round in his palms, before we caught him. Since Wednesday he has had cramps in his legs, and today he seems shaky and more irritable than usual, even for fifteen.",
        "urgent",
    ),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "Dear Doctor, my husband and I are flying to New Zealand in March to meet our first grandchild, twenty-four hours including a stop in Singapore. We are both in our seventies. What signs of a clot should we watch for during and after the trip, and would an aspirin beforehand help? We both suffer with ordinary night cramps.",
    "London Marathon done! 4:12, a PB. Yesterday both calves were rock-tight and I walked down the stairs backwards like everyone else. Today, Tuesday, they're much looser after an easy walk round the park and a long bath. Just a bit of tenderness when I go up on tiptoe. Appetite's back too, so I'm off for a fry-up.",
    "I'm 30 weeks and the night cramps have arrived, always a calf, usually about 3 AM. I flex my foot up, my husband rubs it, and it's gone within a minute or two. Both legs take turns. No swelling, no redness, and the midwife had a look last week. I just want to know if bananas really do anything.",
    "Last night at about 2 AM I woke with the worst cramp in my left calf I've ever had. I swear it lasted forever, though my wife timed it on her phone and it was two minutes. I hobbled round the bedroom until it let go. This morning the calf feels a bit bruised but I'm walking normally and off to work.",
    "After our flight from Los Angeles to Dublin both my ankles were a bit puffy and my calves felt heavy. By the next morning, after a night's sleep with my feet up on a pillow, everything was back to normal and has stayed that way. I'd still like to know whether flight socks would have helped.",
    "Dear Doctor, I had a clot on the lung in 2015 after a knee operation and have been on a blood thinner ever since. I am very well. My question is simply about the ordinary calf cramps I get at night every week or two, which pass with a stretch. Are any remedies safe with my anticoagulant?",
    "Club 100 km sportive on Saturday. At about 80 km both thighs started twitching and then seized on the climb out of Ilkley. I got off, stretched against a gate for a minute, drank a bottle of electrolyte, and finished. Sunday I was stiff but fine, and today I did an easy spin with no bother.",
    "I grind my teeth at night and my jaw aches in the mornings, which my dentist in Leeds has known about for years; I wear a guard. I'm also getting calf cramps at night. Could the two be connected, some mineral thing? I haven't had any injuries or cuts, and the jaw is no different from how it's been for ages.",
    "Sat cross-legged on the floor for an hour at my grandson's school concert, and when I stood up my right foot was completely dead, then fizzing with pins and needles. I stamped about in the corridor and within a minute or two it was back to normal. All fine now, just a bit embarrassing in front of the headmistress.",
    "At 36 weeks my feet and ankles puff up a little by the end of a warm day, both of them equally, and by morning they're back to normal. My blood pressure and urine were checked by the midwife on Monday and all fine. The night cramps in my calves come and go with a stretch.",
    "Dear Doctor, my wife (74) gets leg cramps several nights a week and her sister swears by tonic water for the quinine. Is that safe? Her cramps pass within a few minutes when she stands on the cold bathroom floor, and otherwise she is as fit as a fiddle, still cycling to the village shop most mornings.",
    "When I was 19 I fainted at a blood donation session, and ever since I've been squeamish about anything medical. I'm 40 now and get calf cramps when I swim in cold water off Brighton beach. They ease as soon as I float on my back and flex my foot.",
    "My cast came off on Friday after six weeks with a broken wrist, and oddly what bothered me most all that time was calf cramps from sleeping in strange positions to protect the arm. Both calves, at night, gone in a minute. Now I can sleep normally again they've stopped.",
    "I had a hernia repair in June and was given injections and stockings to stop clots. All healed long ago. Now I get a cramp in my foot when I point my toes in yoga class, which goes as soon as I come out of the pose. Is it worth mentioning at my check-up?",
    "My feet are always cold in winter, both of them, ever since I was a girl, and I wear bed socks from October to April. I'm 58 and get cramps in my arches now and then, which go when I walk about. Nothing has changed recently; I'm just wondering if the two are related.",
    "Mum's stroke in 2011 started with her speech going muddled at the dinner table. She recovered most of it. Now at 88 she's in a care home in Whitby and has cramps at night; the nurses give her a warm pack and a rub and they ease within minutes. She is cheerful and still beats me at dominoes on Sundays.",
    "I coughed up a little blood once, in 2010, with a bad chest infection; antibiotics sorted it out and it never came back. These days my only complaint is cramp in my calves after a long drive, which goes after a walk round the services. I'm 55 and otherwise well.",
    "Fourteen-hour flight from Dubai to Houston yesterday. Halfway across, my right calf cramped and I did laps of the galley; it released within a couple of minutes. Today it's completely normal, no ache, no swelling, and I've spent the whole morning on my feet in the Menil Collection. Lesson learnt: I'll book an aisle seat next time.",
    "My husband (70) can't keep his legs still in the evenings, a creepy-crawly urge to move them that goes when he gets up and walks around the living room. He also gets an occasional calf cramp in bed. Is this the same thing, and is there anything he can take?",
    "Since starting a statin in January I've had aching thighs and the odd cramp in my calves. My GP is reviewing it next week. Should I stop the tablets in the meantime, or keep going until I see her? I'm 63, and the cramps ease after a stretch and a hot shower, but they are a nuisance on my evening walks with the dog.",
    "Our daughter, 7, wakes some nights crying about aches in both legs after a busy day at the park. A rub and a warm wheat bag settle her, and she's skipping about by the morning as if nothing happened. She walks and runs normally and has no temperature. Her brother had the same at her age. Is it growing pains, and should we keep a diary?",
    "We had the water in our 1930s house tested for lead after a scare on the local news; the results came back well within limits. Meanwhile I still get the same calf cramps after netball that I've had since my twenties, which ease with a stretch against the goalpost. I'm 38. Is there anything else in an old house I should worry about?",
    "My mum, 84, spent a week in bed with a chest infection back in February. She has long since recovered and walks to church and back every Sunday with no leg trouble at all. Lately she gets cramps in both feet at night that go when she stands on the cold floor.",
    "I'm 79 and I don't hold with fuss. Had a cramp in my right calf getting out of the bath on Tuesday. Stood on it, swore, it went. Not a twinge since. My daughter insists I write in, so I'm writing in. That's the whole story. I'm off to the bowls club now, on my own two feet.",
    "I've had a dull tension headache most afternoons this week from staring at spreadsheets, which goes after a walk and a glass of water, and separately cramps in my feet in bed. I'm 46 and otherwise well. Could it be dehydration behind both? I work from home in Reading and probably drink more coffee than water.",
    "Our striker went down with cramp in both calves in extra time of the cup final in Limerick. The physio stretched him out on the pitch for a minute and he played on and scored the winner. He's been absolutely fine at training all week, sprinting as usual. Any tips for keeping the lads from cramping up in long games?",
    "Baby Isla is five weeks old. I get a cramp in one calf or the other now and then when I stretch in bed in the morning, gone in seconds if I pull my toes back. My legs look the same as each other and there's no pain in between.",
    "Gardeners, a reminder from someone who learnt it: if you cut yourself on anything rusty or in soil, check when you last had a tetanus jab. A locked jaw and spasms can come days later. I got my booster last spring after a pruning-saw accident and had no trouble at all.",
    "Dear Doctor, I am having a hip replacement in November. What can I do to avoid a clot afterwards, and how would I tell an ordinary cramp from something worse? I get plain cramps in my calves a few times a month that go with a stretch. I'm 67 and keen to be back on the golf course by spring.",
    "My father had a stroke in 2008, when his face dropped on one side and he lost his speech for a while. He recovered well and lived another ten years. I mention it because I'm now 60 and getting cramps in my calves at night, and I worry about anything to do with circulation. The cramps go after a minute or two of stretching. Is there any link?",
]

STILL_ALARMED: list[str] = [
    "Ten years ago this month, after a flight from Sydney to London, I ended up in A&E with a clot in my left calf. I still remember the sore, hot leg and the cold ultrasound gel. Six months of warfarin later I was done, and I've been fine ever since, dozens of long-hauls in my compression socks. I'm writing this from a café in Hanoi, legs perfectly fine, just reflecting on how lucky I was.",
    "A word to readers before your summer holidays: if you're flying long-haul, get up every hour, drink water, and wear flight socks if you're at risk. Watch for a calf that aches on one side and won't settle, swelling, warmth or redness, and above all any breathlessness or chest pain afterwards: those need a doctor that day, or an ambulance. I learnt this the hard way in 2016. I'm fine now, but I want you to know the signs.",
    "Last Saturday I went over on my right ankle stepping off a kerb in Seville. It swelled up like a tennis ball around the bony bit on the outside and went purple, and I limped round the cathedral regardless. A week on, with ice and strapping, the swelling has mostly gone down, the bruise has turned yellow, and I'm walking normally. The calf is fine; it was only ever the ankle.",
    "Three weeks ago I trod on a rusty nail clearing out my late aunt's garage in Swindon. I went to the minor injuries unit that afternoon; they cleaned it and gave me a tetanus booster. The puncture has healed completely, no stiffness, no trouble at all. I just get the odd cramp in my feet from all the digging I've been doing since.",
    "It was 2014 and I'd just flown home from Tokyo. For two days I dismissed the ache in my left calf, and on the third the swelling drove me to the GP, who sent me for a scan. It was a clot. Three months of tablets and it was gone. Now every time I board a long-haul I walk the aisle like a man possessed. Today I'm writing from seat 42K on the way to Seoul, legs perfectly fine.",
    "Took a stud to the right calf in our Saturday match against Harlow. It came up in a big bruise, dark at first, now going green and yellow four days later, and less sore each day. I can jog again. I know exactly when it happened: 63rd minute, their number 8, and he got a yellow for it.",
    "In 2019 I had a clot in my lung after a broken leg. I remember the pain in my chest every time I breathed in. Five years on, I'm back running half marathons. I still get cramps in both calves after long runs, but they ease with a stretch and a banana.",
    "Dear Doctor, my daughter is pregnant for the first time and keeps waking with cramps in her calves. She's fine otherwise and they go when she stretches. What should she watch for that would mean something more serious, so that she knows when to ring the maternity unit? She lives two hours away from me in Norwich and I fret.",
    "My son (12) cut his knee on a rusty gate at a campsite in the Lake District over half-term. The practice nurse checked his jabs were up to date and dressed it. It's healed into a pink scar, and he's been racing about on his scooter. He did complain of cramps in his calves after a long day's hike, but that passed by bedtime.",
    "Skiing in Val Thorens last week, my toes went numb and white in my tight hire boots on the first morning. I unbuckled them in the café, and within ten minutes they were pink and tingling and fine. Swapped the boots and had no trouble for the rest of the week. My calves cramped the first night from the effort.",
]
