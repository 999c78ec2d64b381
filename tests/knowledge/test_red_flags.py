"""Red flags as concepts: every example of content/red_flags.yaml fires its sign, no
non-example fires any, and the hard cases of real messages hold: denials, questions about
a sign, durations that are not the cramp's, words that only look like a sign."""

from __future__ import annotations

import time

import pytest

from bot.render import answer as render_answer
from tests.support.assistant import shared_assistant

# Collected once at import, to give each phrase its own test id.
ASSISTANT = shared_assistant()
SIGNS = ASSISTANT.content.red_flags
EXAMPLES = [(sign.id, example) for sign in SIGNS.signs for example in sign.examples]


def fired(text: str) -> list[str]:
    """The real engine, as the chat uses it."""
    message = ASSISTANT.normaliser.normalise(text)
    return [hit.sign.id for hit in ASSISTANT.detector.detect_normalised(message)]


@pytest.mark.parametrize(("sign_id", "example"), EXAMPLES)
def test_every_example_fires_its_sign(sign_id: str, example: str) -> None:
    assert sign_id in fired(example), ASSISTANT.normaliser.normalise(example).canonical


@pytest.mark.parametrize("phrase", SIGNS.non_examples)
def test_no_non_example_fires(phrase: str) -> None:
    assert fired(phrase) == [], ASSISTANT.normaliser.normalise(phrase).canonical


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("i have chest pain", "chest_pain"),
        ("I've never had chest pain like this and my calf aches", "chest_pain"),
        ("no swelling, but my left calf is red and hot", "one_sided_leg"),
        ("i dont know why but i cant breathe properly", "breathless"),
        # the sign buried in the middle of a long story, question last
        (
            "I run three times a week and usually get cramps after long runs. Last Sunday I "
            "flew home from Singapore, 13 hours. Since Tuesday my right calf has been sore and "
            "it won't ease. Which stretches are best before a run?",
            "clot_risk_calf_pain",
        ),
        ("my cramp has lasted 25 minutes and stretching isnt helping", "long_cramp"),
        ("calf cramp for over an hour now", "long_cramp"),
        # a quarter of an hour, however it is put
        ("cramp in my foot since more than a quarter hour, it stays hard", "long_cramp"),
        ("cramp for three quarters of an hour now, still rock hard", "long_cramp"),
        ("woke up on the bathroom floor after a bad cramp", "collapse"),
        ("blood streaks in what i coughed up and my calf is sore", "coughing_blood"),
        ("my wife said her chest hurts and she can't breathe after her calf cramp", "chest_pain"),
        # signs told across commas, indirectly, or about someone else
        (
            "my calf hurt for days, and by evening deep breaths, which were painful, scared me",
            "painful_breathing",
        ),
        (
            "mum keeps coughing and there's pink frothy stuff in her tissue, her leg is swollen",
            "coughing_blood",
        ),
        ("i noticed the absence of colour in my foot, it had grown icy cold", "cold_pale_leg"),
        (
            "his leg went dead an hour ago and it's mottled down to the toes, very cold",
            "cold_pale_leg",
        ),
        (
            "cast came off last week and the calf above where the cast was has been "
            "throbbing non stop",
            "clot_risk_calf_pain",
        ),
        ("foot cramp for ages, my toes are still curled under and rock hard", "long_cramp"),
        (
            "halfway through spin class my feet lost circulation and i had no feeling in my legs",
            "cold_pale_leg",
        ),
        (
            "it took 15 minutes for enough blood to reach my feet before i could walk",
            "cold_pale_leg",
        ),
        # found by the second fresh batch: unusual words, carers, non-native English
        (
            "since the coach trip my left leg hurts and today i am winded only walking to the loo",
            "breathless",
        ),
        ("a knife in his side every time he tries to take a deep breath", "painful_breathing"),
        ("feels like a belt being tightened across my chest and my calf cramps", "chest_pain"),
        ("a crushing feeling behind my breastbone last night, and my calf aches", "chest_pain"),
        ("coughing up rusty looking spit and the back of my knee is swollen", "coughing_blood"),
        (
            "after his operation he cough and there is red in the tissue, his leg cramps",
            "coughing_blood",
        ),
        ("mum went floppy on the commode and didnt answer us for a minute", "collapse"),
        (
            "a headache hit her like a thunderclap and she cant seem to lift her left arm",
            "stroke_signs",
        ),
        (
            "a garden fork went through his wellie 9 days ago, "
            "now his neck is stiff and it hurts to swallow",
            "tetanus_stiffness",
        ),
        (
            "10 days ago i step on a old rusty metal, now i cannot open my mouth well",
            "tetanus_stiffness",
        ),
        ("cramp started in my calf at 11.40 and it's now 12.05, still rock solid", "long_cramp"),
        (
            "his thigh has cramped since half past nine. "
            "It is now ten o'clock and it has not relaxed",
            "long_cramp",
        ),
        ("i cast lead toy soldiers in the shed and lately get cramps in my legs", "toxic_exposure"),
        (
            "i work at a battery recycling place and get bad leg cramps, "
            "my mate says it's the lead",
            "toxic_exposure",
        ),
        # "it wasn't the usual soreness" is no all-clear; "it turned out to be a clot" neither
        (
            "after a 14 hour flight i woke with an ache in my right calf. it wasn't the usual "
            "soreness from walking, and it felt warm",
            "clot_risk_calf_pain",
        ),
        (
            "it turned out to be a DVT last time, and now my left calf aches after the flight",
            "clot_risk_calf_pain",
        ),
        # Found by the fourth and fifth fresh batches: how carers, non-native writers and long
        # stories tell a sign, and ordinary messages that only look like one. Written anew here.
        # breathing as someone beside them sees it; too breathless to talk
        ("my mother breathes so fast and shallow today, she is only resting in bed", "breathless"),
        ("since the flu i can not finish a sentence without pausing for breath", "breathless"),
        ("he is too puffed to talk after a few steps, his calf is sore", "breathless"),
        # a breath that hurts, in the words of a story
        ("there is a stitch under my left ribs whenever i take a breath", "painful_breathing"),
        ("a deep breath feels like somebody jabbing me with a skewer", "painful_breathing"),
        (
            "my right side was sore all afternoon and then sneezing made me take a big breath",
            "painful_breathing",
        ),
        # chest pain told as a feeling, or spreading
        ("since teatime his chest has felt like a clamp is on it", "chest_pain"),
        ("a pressing heaviness in the centre of my chest, i am 58", "chest_pain"),
        ("an ache behind my ribs going up into my jaw for twenty minutes", "chest_pain"),
        (
            "can leg cramps give you chest pain? asking as i have both at the moment",
            "chest_pain",
        ),
        # what is coughed or spat up, told by a carer
        ("grandma spat some pink froth into her tissue, her calf is puffy", "coughing_blood"),
        ("he brought up a bit of dark red gunk when he coughed", "coughing_blood"),
        ("there were blood flecks in what she hacked up this morning", "coughing_blood"),
        ("my son found blood in his phlegm twice today", "coughing_blood"),
        ("she spat out a bit of blood after coughing all night", "coughing_blood"),
        # a blackout told as a story
        ("got up for the loo and next thing i knew the paramedics were there", "collapse"),
        # a limb losing its blood supply
        ("her foot has turned a strange waxy white and feels cold", "cold_pale_leg"),
        ("this morning i had no feeling in my right foot at all", "cold_pale_leg"),
        ("the toes have no colour and feel like ice even in bed", "cold_pale_leg"),
        # stroke signs without the textbook words
        ("tea kept dribbling out of the side of his mouth, he couldnt stop it", "stroke_signs"),
        ("she suddenly cannot close her left eye properly", "stroke_signs"),
        ("dad stopped making sense on the phone, searching for words", "stroke_signs"),
        ("her words were coming out all muddled and she did not notice", "stroke_signs"),
        ("his speech sounded like he had had ten pints but he does not drink", "stroke_signs"),
        ("nan all of a sudden does not know where she is", "stroke_signs"),
        ("my husband suddenly couldnt recognise me at breakfast", "stroke_signs"),
        ("he clutched his head, said it felt like a bomb went off in his head", "stroke_signs"),
        ("her right arm is hanging limp at her side", "stroke_signs"),
        ("his face has dropped and he is dribbling", "stroke_signs"),
        # lead from batteries
        ("i break up scrap car batteries for money and my legs cramp a lot", "toxic_exposure"),
        # history does not hide what is happening now
        ("i had a clot in 2016 and now my right calf is swollen and warm", "one_sided_leg"),
        ("dad had a heart attack years ago and now he has crushing chest pain", "chest_pain"),
        ("is it normal to be breathless with cramps? i have it right now", "breathless"),
        # a relative's account: a fall and waking again, told with a clock time
        (
            "my uncle dropped in the hallway at quarter to eight, the dog barked, he came "
            "round a minute later and his calf has been sore since his knee op",
            "collapse",
        ),
        ("mum went down on the kitchen floor at half five and came to on her own", "collapse"),
        ("she came round after a few seconds and said her leg had cramped", "collapse"),
        # breathlessness heard by someone else
        (
            "when i rang my dad he kept pausing mid sentence to get his breath, his calf is sore",
            "breathless",
        ),
        ("gran has to stop every few steps to catch her breath since the coach", "breathless"),
        ("my sister cant get her breath and her left leg is puffy", "breathless"),
        # something sharp through the footwear and into the foot
        (
            "three tacks in the barn floor went right through my wellies and one drove "
            "into my heel",
            "wound_cramps",
        ),
        ("a screw poked through the sole of my trainer into my foot in the pen", "wound_cramps"),
        ("stood on a board with old nails in it at the stables", "wound_cramps"),
        # a self-closing story does not hide a sign told now or recently
        (
            "years ago my scan was all clear after a scare, but this morning I couldnt "
            "breathe and my calf is hot",
            "breathless",
        ),
        (
            "had a clot in 2014, all sorted, off blood thinners for years. fainted at work "
            "on thursday and my calf aches",
            "collapse",
        ),
        (
            "trod on a rusty bolt, had a jab, all sorted. now my jaw is stiff and my legs spasm",
            "tetanus_stiffness",
        ),
        # a cramp that has held on, not one that just began
        ("my thigh cramp just started again an hour ago and it still wont let go", "long_cramp"),
        ("calf locked for 25 minutes straight and stretching does nothing", "long_cramp"),
        # one calf that hurts after a long coach journey
        ("since the 9 hour coach trip my right calf throbs", "clot_risk_calf_pain"),
        # the pill as typed (the normaliser folds "pill" into "medicine")
        (
            "started the pill 2 months ago. the last 2 days one calf has been sore and crampy "
            "all the time. can the pill cause cramps?",
            "clot_risk_calf_pain",
        ),
        ("on the combined pill and my left calf has ached since yesterday", "clot_risk_calf_pain"),
        # words the normaliser folds ("tablet" into "medicine", "overnight" into "night")
        (
            "my toddler swallowed a dishwasher tablet and now his legs are cramping",
            "toxic_exposure",
        ),
        ("my son ate a washing tablet and now he has cramps in his legs", "toxic_exposure"),
        ("took the overnight train, my left calf has ached nonstop since", "clot_risk_calf_pain"),
    ],
)
def test_real_reports_are_recognised(text: str, sign: str) -> None:
    assert sign in fired(text), ASSISTANT.normaliser.normalise(text).canonical


@pytest.mark.parametrize(
    "text",
    [
        # denied, in lists and with "don't have any"
        "i don't have any chest pain or breathing problems, just calf cramps at night",
        "no swelling, no redness, no chest pain. just cramps in both calves",
        "not short of breath and no chest pain, only cramps",
        # asked about, not reported
        "what if my leg swells?",
        "how do i know if calf pain is a blood clot?",
        "can leg cramps cause chest pain?",
        # durations that are not the cramp's own
        "after a 3 hour bike ride my calves cramped",
        "i slept for 9 hours and woke with a cramp",
        "spent an hour at the playground and later my calf cramped",
        "my calf was sore for hours afterwards",
        "usually my cramps last about 20 minutes and then they pass",
        "been getting night cramps for 3 weeks",
        "20 minutes after i went to bed my foot cramped",
        # words that only look like signs
        "i read that magnesium helps",
        "red wine gives me cramps",
        "i had a hot bath for my right calf cramp",
        "i cut out salt and now get cramps",
        "I almost passed out from the pain of a hamstring cramp",
        # a remedy that fails, a typed contraction, a wound long healed, a what-if
        "i take magnesium every day but it doesn't stop them, cramps at night most nights",
        "i hadnt moved that leg all night, woke with a cramp in it",
        "years ago i stepped on a nail, all fine. now i get cramps in my toes",
        "if i ever got chest pain with a leg cramp would that be an emergency?",
        # durations of a ride, gasping from pain, a list of denials, figures of speech
        "in hot weather i used to cramp up after two or three hours of hard riding",
        "i was gasping and crying out from the pain of the calf cramp",
        "they arent crampy, or numb, or painful, or hot, or cold, or swollen. just restless",
        "laughed till i couldnt breathe and my calf cramped, why?",
        "mercury's in retrograde so my calves cramp, lol. why do they cramp on stairs?",
        "red wine + late nights = cramps? my left calf goes after a night out",
        "a rusty gate cut my shin when i was 14, im 40 now. why does that calf cramp?",
        "my aunt told me her friend collapsed and it turned out to be a clot, am i silly to panic?",
        # hearsay about what a sign means
        "my friend said cramps plus chest pain means a clot, is that true?",
        "i read that calf pain and swelling can mean a dvt, my cramps are in both legs",
        # a scare that was checked and cleared
        "after my flight my left calf felt warm. was it a blood clot? thankfully, it wasn't",
        "my right calf hurt after the flight but it turned out to be a pulled muscle",
        # coping, not a painful breath
        "i try to breathe slowly through the pain when my calf locks up",
        "taking deep breaths helps with the pain of a foot cramp",
        # a reported question, a figure of speech, someone else's history
        "the man next to me asked if i was having a heart attack, it was only my calf",
        "the physio's face fell when i said i never stretch, are my cramps my fault?",
        "my mum had a stroke back in 2009 and her face drooped, now i worry about my cramps",
        "on statins ever since his heart attack two years ago, they give him cramps",
        "my calf seized so badly i thought i was having a heart attack, lol",
        # time points and what-ifs, not how long a cramp lasted
        "my calves always cramp about half an hour into a long swim",
        "by the time two hours are in at the match my thighs start to cramp",
        "if i had to keep going for hours with that cramp i would have been stuck",
        "my toes cramp after an hour of piano practice, they stay curled a bit",
        # cramps of a hand, period pain close to fainting, drink
        "my fingers cramp for an hour after knitting and will not straighten",
        "my period cramps last for hours and once i was on the verge of fainting",
        "last year i felt faint with a bad period, are cramps like that normal?",
        "i was slurring after five beers at the party and woke with both calves cramping",
        # tired, not collapsed; a leg sat on, and fine again
        "after the removals i collapsed onto the sofa and my feet cramped",
        "my daughter said she could not feel her legs after kneeling, then ran around fine again",
        "my son said he couldnt feel his feet after gaming for hours, he is running around now",
        # what-ifs about the future
        "if my foot ever turned blue and cold after a cramp would that mean an ambulance?",
        "if ever my right calf went hot and swollen what would you advise",
        "what would you say if his leg were to go numb and white during a cramp",
        # visitors, not someone waking from a faint
        "my neighbour came round for tea and noticed my calves cramping",
        "she came round to help me stretch my calf when it cramped",
        "the price of magnesium went down in the shop so i bought some",
        # many short cramps over hours, not one long one
        "my toes cramped on and off for three hours last night, any tips?",
        "my calves cramped again and again for about an hour after the wedding dance",
        # dark outside, not dark skin
        "it was pitch dark when i got up and my left calf knotted as i stretched",
        "its getting dark at 4 now and my right foot cramps on the walk home",
        # a cramp that only just started
        "ouch my calf just seized up and it wont let go, how do i stop it?",
        # a comparison, not a wound
        "my hand cramp felt like somebody had driven nails through my palm",
        # a side of the foot beside general leg cramps, with a past cancer
        "i get leg cramps and have a numb right foot since chemo for bowel cancer",
        # the generic cramp during a flight
        "on the plane my sister got the leg cramps everyone gets, is there a trick to it?",
        # a closed story told in the past
        (
            "ten years ago my foot went white and cold and they couldnt find a pulse. it "
            "turned out to be nothing and the panic was over quickly. why do i still get "
            "calf cramps?"
        ),
        (
            "i was rushed in once because i couldnt breathe and my leg hurt. they found "
            "nothing wrong and i have not been on any tablets for three years. what "
            "stretches help cramps?"
        ),
        # sobbing, a rub, bracing oneself, a cramp that subsided, soreness left behind
        "as a girl i would sob and cry with growing pains at night. now my daughter has them "
        "and ibuprofen with some icy hot helps her",
        "28 weeks pregnant. stretching in bed, trying to brace myself to get up, my left calf "
        "cramped. flexing my foot held it until the cramp subsided",
        "when i stretch in the morning i get a bad cramp in my foot. the residual pain will "
        "last for hours",
        # what cramps can do, told in general
        "night cramps in the over 60s can be painful to the point of fainting, and they go "
        "after about ten minutes",
        # checked and cleared, an old clot and a one-minute cramp in the other leg
        "calf pain after the flight so the ER scanned it and the doctor said no blood clot",
        "had a dvt in my right leg 8 years ago, all treated. last night a normal cramp in my "
        "other calf, it went in a minute, no swelling",
        # clothing, not panting
        "a charley horse so bad you feel like you could pee your pants, now my thyroid is out",
        # a fall told years back, once the story moved on
        "one night a cramp shot into my left leg just as i stood up and i collapsed to the "
        "floor. fast forward to a year ago, i found magnesium oil. does it work?",
        # and the tenth batch's style
        "interval session yesterday, totally out of breath after each rep which is normal for me, "
        "then my hamstring cramped. how do i stop that?",
        "we had the water tested for lead and it came back fine, but my calves still cramp "
        "at night",
        "stood on a rusty nail last summer, had a tetanus booster the same day and it healed, now "
        "i get night cramps, why?",
        "drove 2 hours to the race and my left calf cramped at mile 20, it went in a minute",
        # round seven: effort, a nightmare, bleeding gums, what a sign is said to mean
        "always out of breath after gym class, im just unfit, but why do my calves cramp?",
        "woke up gasping from a nightmare, then a calf cramp hit, breathing fine after",
        "spat a little blood after flossing, gums are bad, and my feet cramp at night",
        "my brother said cramps after stepping on a nail could be tetanus, i havent stepped on "
        "anything though, how often are cramps normal?",
        "read somewhere that a cold blue foot with cramp is an emergency, mine are warm and "
        "pink, just normal calf cramps",
        "after three hours of gaming my fingers lock up and wont let go for a bit",
        "my right foot cramps on the clutch in traffic, only a 20 min commute",
        # round seven, batch 13 and the review: effort, checked and over, a cast on an arm is
        # no leg's, a friend's faint last summer, and the new wordings' look-alikes
        "crossfit today, on the floor panting after the wod like everyone else, thats normal. "
        "why do my calves cramp after?",
        "hard intervals, gasping at the end of every rep as planned, then my hamstring cramped",
        "had my blood lead level tested because i sand furniture, the test came back today and "
        "its normal. why do my feet cramp?",
        "my sister fainted at a wedding last summer in the heat, she was fine. i get calf "
        "cramps at work, am i dehydrated?",
        "34 weeks, both ankles swell when its hot, midwife said its normal, calf cramps at night",
        "my arms and legs cramp at night since i started a statin",
        "grabbing my chest strap for a heart rate check, then my calf cramped",
        "my eyes rolled back with relief when the cramp let go",
        "the pain just dropped away after i stretched",
        "i always sleep on the same side and wake with a numb arm and leg cramps",
        "i have arthritis so i cant hold a mug, and my legs cramp at night",
        "my gp cut me off my statins and now my calves are stiff",
        "bluish veins on my calves and cold feet at night with cramps",
        "dropped my old digital thermometer, and i get leg cramps",
        "we scraped the old paint off the fence, calves cramping after",
        "woke with a calf cramp, slid out of bed onto the floor and stood on it",
        "tengo la mandibula apretada por el estres y calambres en las piernas",
        "me dio un calambre en la pierna y no puedo mover la pierna",
        "tengo dolor muscular del chest press y calambres en las piernas",
        # round eight: effort "but fine after", a faint long over
        "did a 10k, calves cramped near the end, out of breath obviously but fine after",
        "fainted once at 17 at the dentist, never since. why do my calves cramp on the stairs?",
        "brah my calf hurts so bad after leg day",
        "i have bad arth in my knees and pain in my calves at night",
        "hurt my calf on the metal stairs and now it cramps",
        # the review of round nine: what the new wordings must not catch
        "my main symptoms r leg cramps and swollen ankles",
        "went to phlebotomy for bloods this morning, my left calf still aches",
        "can cramps cause chest pain? yes they can apparently",
        "im pregnant and my leg cramps were not relieved by magnesium",
        "my o2 level was 91 at the top of kilimanjaro, leg cramps on the way down",
        "my chest freezer is like a brick sitting in the garage, and my calves cramp",
        "im not breathing hard, just calf cramps after my walk",
        "my son wont wake up for school since his night cramps started",
        "she wont wake up when her alarm goes off, and she has leg cramps at night",
        "he is not moving house until spring, and his calves cramp at night",
        "my nan has dementia and doesnt know where she is, her legs cramp at night",
        "my cramps have stopped responding to magnesium",
        "im dead tired after my run and my calves cramp",
        "el calambre no responde a los estiramientos",
        # round ten: look-alikes in the same voices
        "summary: cramps in both calves at night. breathing fine, no chest pain, no swelling",
        "i passed out once years ago, now i just get calf cramps after long runs",
        "had a dvt years ago, the scan was completely clear after treatment, now just night "
        "cramps in both calves",
        "i coughed a bit this week and my blood tests came back fine, what about my cramps",
        "i can only say a few words in german but my calf cramps are the real problem",
        "my breath in yoga makes me calm, and my hamstrings cramp in pigeon pose",
        "after my run i was gulping air and then my calf cramped",
        "the cramp hurts so much i can only get a few words out before i grit my teeth",
        "sore calves from running, my coach says relax the shoulders when i breathe out",
        "my gp says my pallor is from low iron, my hands go cold and my calves cramp",
        "working on arm drift in my freestyle, and my calves cramp in the pool",
        "ive had a cough for a week and the nurse took blood today, calves cramp at night",
        "did a 2h ride this morning and my left calf has cramped twice since",
        "pregnant and my calves cramp at night, i painted my toenails bright pink",
        "my breathing isnt painful, just calf cramps at night",
        "the whole team crossed the line gasping and two had calf cramps, breath back in minutes",
        "we were gasping at the top of the stairs for a minute and then fine, my thigh cramped",
        "trod on a rusty nail in 2021, had the jab at the hospital that day, can jabs cause cramps",
        "his grin looked lopsided in the school photo, and he gets cramps in his calves",
        "the pain went away when i took a deep breath and stretched my calf",
        "i get a stitch if i gulp in air while running, and my calves cramp",
        "we couldnt rouse him from bed this morning, typical teenager, his calves cramp at night",
        "my son is dyslexic and his words are all jumbled when he writes, he gets leg cramps",
        "my chest started hurting less after the antibiotics, now just calf cramps at night",
        "his grin went lopsided when he laughed at my joke, then he got a calf cramp",
        "had a nosebleed last night and there was blood in what came up, and calf cramps",
        # round twelve: look-alikes in batch 26's voices
        "passed out once on a school trip, decades ago, nothing since. my calves cramp at night",
        "after squash i am breathing hard but it settles quickly. then my calf cramps",
        "my toddler talks gibberish in his sleep and cries about his legs some nights",
        # the review of round twelve: what its first additions caught
        "writers cramp in my hand, when it locks i cant move my hand for a minute",
        "my daughter is two and her speech is not clear yet, she gets leg cramps",
        "doing pilates, next thing i knew i was cramping on the mat",
        "not sure how long i was out for on my long run, the cramp came after",
        "chest day at the gym, now my legs feel like a ton of bricks on the stairs",
        "since my mastectomy i am always holding my chest when i cough, and my calves cramp",
        "any time i breathe in through my nose it hurts since the piercing, and calf cramps",
        # round thirteen: look-alikes in batch 28's voices
        "so out of breath after the bleep test like everyone, fine after a few minutes. then "
        "my calves cramped in class",
        "cut my hand on a rusty gate, got the tetanus vaccine the same day, now night cramps",
        # round fourteen: look-alikes in batch 29's voices
        "the tripod for my phone fell over when my calf cramped mid video",
        # round fifteen: look-alikes in batch 31's voices
        "i had to wait for my breath to come back after the hill sprint, then my calf cramped",
        # the review of round fifteen: what its first additions caught
        "the tyres were short of air when i cycled to work and my thighs cramped",
        "i didnt answer for a while because i was asleep, then the calf cramp woke me",
        "the kids were shouting my name and i was on the floor doing calf stretches",
        "caught my wrist on the glass table edge, no cut, and my calf cramps at night",
        # the review of round fourteen: what its first additions caught
        "i do tripod pose in yoga and my foot cramps",
        "i ran 5k without stopping to catch my breath and then my calf cramped",
        "my son is talking in one word answers again and his calves cramp after football",
        "my rr is 32 while running on the watch, then a calf cramp",
        "my ribs are in a vice when i do sit ups, then my legs cramp",
        "the weight of my baby on my breastbone is lovely but my calves cramp at night",
        "next i knew the cramp woke me again at 3am in both calves",
        "caught my leg on a metal bed frame, bruised only, calf cramps after",
        # the review of round thirteen: what its first additions caught
        "the physio did not answer my questions about magnesium, and my calves cramp",
        "lost my sense of smell with a cold and now my calves cramp at night",
        "we spread slurry on the fields all day and my calves cramp at night",
        "my cpap face mask keeps slipping to one side and my legs cramp at night",
        "i can only take small sips of water with this nausea, can that cause cramps",
        "my brother gave me a chest crushing hug and then my calf cramped",
        "the calf pain goes away if i take a good deep breath and stretch",
        "my calf stretch burns on each breath in, is that ok",
        # batches 32 and 34: a doctor's surgery is a place, "never just one" says both
        "my daughter is 7, both legs ache at bedtime, never just one, and the gp surgery has "
        "no appointments for weeks",
        "it took 20 minutes to drive home before my cramp started",
        "my calf cramped at the start of the run, 20 minutes later it was still sore",
        "i ran for 20 minutes and my calf is still tight from yesterday",
        "i waited 10 more minutes for the bus, then my calf cramped for a few seconds",
        # batches 35 and 36: the weather's warmth, a team's name, cramps in a match's last
        # minutes
        "my right calf knotted at mile 11, it was warmer than forecast and i drank too little",
        "on a warm afternoon three of the kids got calf cramps on the last lap",
        "for my left calf my gran rubs in warm mustard oil, and my sister swears by a hot flannel",
        "red lion rovers 2, my right hamstring grabbed in the 80th minute and eased in a minute",
        "why do my calves cramp in the last 20 minutes of a football match?",
        "Is it normal to get cramps after a long flight? Back from Spain 2 days ago and my "
        "calves cramped last night, both of them, gone now.",
        # a small seat told with its subject first is no cramp
        "I'm 6 ft 5 and long-haul economy is so cramped my knees are jammed into the seat in "
        "front for the whole 11 hours. Which airlines have the most legroom?",
        # a story that goes on after a clear scan, with nothing whole told anew
        "My right calf ached after a flight back from Tenerife. They did an ultrasound and it "
        "was all clear, no clot. The calf still cramps up now and then in the evenings.",
        # both calves, swelling gone, soreness after a cramp, a question
        "both my calves swollen after the flight",
        "my calves puffy after standing all day",
        "my calf swelling has settled since last week",
        "Pregnant. Cramp in my left calf last night. It's been sore since last night but easing",
        "my calf is red, my back is sore",
        "my feet are always cold, blue in winter",
        # a sting's or a sprain's swelling
        "my leg is swollen from a wasp sting",
        "my leg is swollen after I sprained my ankle",
        # warm food is no warm calf
        "we had some nice warm soup at the hut, then her leg cramped on the way down",
        # what is looked for and not seen is denied
        "my calf is tender but I can't see any swelling",
        "calf is sore, cant see any redness or swelling",
        "i can not see swelling in my left calf, it cramps",
        "my calf swelling went down",
        "my legs are swollen by the evening, and I get cramps at night",
        "34 weeks pregnant. My left calf has ached since yesterday's cramp.",
        "on the pill, and both calves cramp at night, gone in a minute",
        "can the pill cause leg cramps?",
        "i put a dishwasher tablet in and my calf cramped while bending down",
        "we took the night bus home and my calves cramped, gone now",
        "My mother broke her leg. The leg where she had the surgery is very swollen. They did an "
        "ultrasound for blood clots, but none were detected.",
    ],
)
def test_ordinary_messages_raise_no_alarm(text: str) -> None:
    assert fired(text) == [], ASSISTANT.normaliser.normalise(text).canonical


def test_emergency_comes_before_urgent() -> None:
    signs = fired("my left calf is swollen and red and now i cant breathe")
    assert signs[0] == "breathless" and "one_sided_leg" in signs


@pytest.mark.parametrize(
    "text",
    [
        "I'm 32 weeks pregnant and my left calf is swollen and red",
        "gave birth 5 weeks ago. calf swollen, painful, only on one side",
        "my wife is pregnant and my calf is red and swollen",
    ],
)
def test_a_one_sided_red_leg_beside_a_pregnancy_names_the_maternity_unit_too(text: str) -> None:
    """The guidance sends a pregnant writer (or one who just gave birth) to the midwife or
    the maternity unit. Whose pregnancy it is the words do not always tell ("my wife is
    pregnant and my calf is red"): the one-sided leg's advice (GP, NHS 111) leads and the
    pregnancy's is added after it."""
    answer = ASSISTANT.answer(text)
    assert answer.level == "urgent" and "pregnant_red_leg" in [h.sign.id for h in answer.red_flags]
    shown = render_answer(answer, ASSISTANT.content)
    assert "111" in shown and "maternity unit" in shown
    assert shown.count("maternity unit") == 1


def test_every_sign_has_advice_that_names_no_diagnosis_it_cannot_know() -> None:
    for sign in SIGNS.signs:
        if sign.general:
            text = sign.advice.lower()
            assert "clot" not in text and "dvt" not in text and "lungs" not in text, sign.id
        if sign.level == "emergency":
            assert all(n in sign.advice for n in ("112", "999", "911")), sign.id


def test_a_faint_with_period_pain_is_plain_get_help_now() -> None:
    answer = ASSISTANT.answer("my period pain is awful and i fainted in the shower")
    assert answer.level == "emergency" and answer.sign == "collapse"
    assert answer.red_flags[0].sign.general


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("once the cramp let go his toes stayed white as candle wax and colder than the rest",
         "cold_pale_leg"),
        ("ma mere dit qu elle a une douleur qui serre fort dans la poitrine", "chest_pain"),
        ("a carpet needle went right into my finger last week and now my calves keep cramping, "
         "and I have not had a tetanus jab in twenty years", "wound_cramps"),
        # real messages, batch 8: a stroke told by a relative, a long drive told in total
        ("she woke with a bad pain in her left leg, then a terrible headache, and she "
         "could not move her limbs. she said i think im having a stroke", "stroke_signs"),
        ("after a run i did 9 hours in total of driving to a game and the next day my calf "
         "cramped so badly i could hardly walk. five days on it still hurts",
         "clot_risk_calf_pain"),
        ("my nightly cramps go from the toes to the calf and the episodes last between five "
         "minutes and half an hour", "long_cramp"),
        ("SOB and a sore calf after a long flight", "breathless"),
        # narratives in the tenth batch's style, in our own words
        ("my brother got off a long haul flight with a sore left calf and now his side hurts "
         "whenever he breathes in", "painful_breathing"),
        ("grandad stood up from his chair, went pale and floppy and slid to the floor, he was "
         "out for about 20 seconds", "collapse"),
        ("her foot suddenly got really painful and now its white and freezing next to the other",
         "cold_pale_leg"),
        ("drove the lorry up to glasgow on monday, 9 hours, and since then my left calf has "
         "ached for three days and will not ease", "clot_risk_calf_pain"),
        # found by a review of round six's exclusions: each must still alarm
        ("had knee surgery on monday. fast forward to wednesday, my left calf went red and "
         "swollen and i coughed up blood", "coughing_blood"),
        ("SOB at rest since this morning", "breathless"),
        ("been SOB for two days now and my calf is sore", "breathless"),
        ("no dvt scan has been done yet and my left calf is swollen, red and hot",
         "one_sided_leg"),
        ("my leg has been in a brace for 3 weeks and now my left calf hurts",
         "clot_risk_calf_pain"),
        ("flew back from spain 3 days ago, my left calf hurts and it has not subsided",
         "clot_risk_calf_pain"),
        ("32 weeks pregnant, my left calf hurts and it has not subsided since yesterday",
         "clot_risk_calf_pain"),
        ("I keep thinking I can't breathe, my calf is swollen", "breathless"),
        ("cramp in my calf, been waiting 20 minutes for it to stop and it won't", "long_cramp"),
        ("my husband is having a stroke, his leg gave way", "stroke_signs"),
        # round seven: chat at night, slang, a carer's words (batch 11's style, our wording)
        ("back from the coach trip, my calf is sore and it really kills when i breathe in",
         "painful_breathing"),
        ("a sharp catch in my ribs whenever i draw a breath, and my calf aches",
         "painful_breathing"),
        ("grandad says its just cramp but hes clutching his chest and going quiet", "chest_pain"),
        ("her calf is swollen and when she coughed what came up was pinky and frothy",
         "coughing_blood"),
        ("my sister slid off the bench onto the floor after her leg cramp, she wasnt with us "
         "for a bit", "collapse"),
        ("he had a cramp in his calf then just dropped, eyes rolled back", "collapse"),
        ("after the cramp his foot went a mottled bluey colour and he cant feel me touching his "
         "toes", "cold_pale_leg"),
        ("cramp then my foot went numb and cold n kind of purply", "cold_pale_leg"),
        ("my leg went weak and my arm on the same side is weak too", "stroke_signs"),
        ("suddenly my leg feels weak and i cant hold my mug", "stroke_signs"),
        ("cut me hand on a rusty gate last week, now me jaw is seizing up", "tetanus_stiffness"),
        ("a vein behind my left knee has gone hard and sore", "one_sided_leg"),
        ("had a hip op last week and been laid up; my right calf, the one not operated on, "
         "has a cramp that wont ease", "clot_risk_calf_pain"),
        ("got a puncture in my heel from a muddy spike on the farm yesterday and now my calf "
         "cramps", "wound_cramps"),
        ("stripping the old paint in our 1930s house, now cramps and stomach pains",
         "toxic_exposure"),
        ("my daughter smashed an old glass thermometer and now has leg cramps", "toxic_exposure"),
        ("me duele la pierna y no puedo jalar aire", "breathless"),
        ("ayer cramp en la pierna y hoy me duele el chest", "chest_pain"),
        ("после судороги стопа холодная и синяя", "cold_pale_leg"),
        ("порезал ногу неделю назад, теперь челюсть свело и не могу открыть рот",
         "tetanus_stiffness"),
        ("mi sono tagliato col ferro, ora la mascella è rigida", "tetanus_stiffness"),
        ("kaki saya dingin dan pucat setelah kram", "cold_pale_leg"),
        # round seven, batch 13's style (long, hedged, voice-to-text), our wording
        ("fell off my scooter and took the skin off my knee, grit still in it, not sure i ever "
         "had a tetanus jab, now my leg keeps cramping", "wound_cramps"),
        ("probably nothing but since this morning theres a heavy, pressing feeling in the "
         "middle of my chest", "chest_pain"),
        ("worst head ache ever, came on like a thunder clap, and my calf cramps", "stroke_signs"),
        ("my dads leg is all swole up and red below the knee and warm", "calf_swollen_red"),
        ("calf cramping for days and this morning i was coffin up blood", "coughing_blood"),
        ("we are doing up an old house and the paint in the hall is lead apparently, now i get "
         "cramps", "toxic_exposure"),
        # the review of round seven: each must still alarm
        ("im breathless after my spin class and my left calf is swollen", "breathless"),
        ("woke gasping from a nightmare and my calf is swollen and hot", "breathless"),
        ("hes gasping after a bad dream and his lips look blue", "breathless"),
        ("heard a thud, nan is on the floor, face drooping on one side, could be a stroke",
         "stroke_signs"),
        ("doctor said its cramp, chest pain now, could be a clot", "chest_pain"),
        ("just read about dvt, my left calf is swollen and hot and im short of breath, could "
         "be a clot", "breathless"),
        ("read online that chest pain with a swollen calf is an emergency, thats what i have",
         "chest_pain"),
        ("feel like im going to pass out, my jaw is locked and my calf is swollen", "collapse"),
        ("cramp for 30 minutes wont ease, my arm is stiff from rubbing it", "long_cramp"),
        ("my calf has been cramping on my commute for 20 minutes now and wont let go",
         "long_cramp"),
        ("spat blood this morning before brushing my teeth and my leg is swollen",
         "coughing_blood"),
        ("read your faq. sudden cold pale numb foot, this could be serious", "cold_pale_leg"),
        # round eight, batch 15's voices (SMS, dialect, carers), our wording
        ("leg cramp 20 min now and cnt brth rn pls hlp", "breathless"),
        ("mi leg a cramp all night an now mi cyaan ketch mi breath", "breathless"),
        ("ma leg's been sair aw week an there's a tight pain in ma chest noo", "chest_pain"),
        ("bhai mummy ke pair mein cramp hai aur ab chest mein dard ho raha hai", "chest_pain"),
        ("he injured his foot on a rusty sheet of metal last week and now his jaw is locked",
         "tetanus_stiffness"),
        ("cut ma hand on a rusty nail at work, soil in it, no jab in years, now leg cramps",
         "wound_cramps"),
        # the review of round eight: each must still alarm
        ("dad is breathless, was ok after a minute, now worse", "breathless"),
        ("breathless, normal after a bit usually but this time its not stopping", "breathless"),
        ("dad collapsed in the garden and went grey. he had a dvt in 2019, never since",
         "collapse"),
        ("my calf swelled up and i coughed up blood. had a clot in 2018, never since",
         "coughing_blood"),
        ("i cnat get a full breath and my calf is swollen", "breathless"),
        ("gave brith 3 weeks ago and my left calf has hurt for two days and wont ease",
         "clot_risk_calf_pain"),
        # round nine, batch 17's angles (numbers, forms, a pharmacist's note), our wording
        ("my watch says oxygen 89 and im puffing while doing nothing, calf sore", "breathless"),
        ("customer, 50, calf ache for two days, sharp pain in the side on inspiration",
         "painful_breathing"),
        ("every time i take a deep breath something stabs me under the ribs", "painful_breathing"),
        ("calf cramp earlier and now my chest feels like someone is sitting on it", "chest_pain"),
        ("sudden onset l arm and l leg weakness this morning, mild dysarthria", "stroke_signs"),
        ("she is 31 weeks and her left calf has hurt constantly since last night, it just stays",
         "clot_risk_calf_pain"),
        ("5 days post appendectomy, r calf pain, not relieved by stretching",
         "clot_risk_calf_pain"),
        ("foot in a boot after the fracture, i cant walk to the loo without the calf above it "
         "throbbing", "clot_risk_calf_pain"),
        ("the form asked: is the leg swollen? yes. is it red? yes.", "one_sided_leg"),
        ("I have chest pain. No, I'm not joking. No, I haven't called anyone.", "chest_pain"),
        ("the gp said its a bruise but now my left calf is swollen, red and hot", "one_sided_leg"),
        ("breathless climbing the hill to my house now, my calf hurts since my flight",
         "breathless"),
        # someone not breathing: the negation is the sign, in English and the eight languages
        ("my dad isnt breathing", "collapse"),
        ("she wont wake up and isnt breathing", "collapse"),
        ("hes not breathing properly", "breathless"),
        ("elle ne respire plus", "collapse"),
        ("er atmet nicht mehr", "collapse"),
        ("mi abuelo no respira", "collapse"),
        ("ela nao respira", "collapse"),
        ("non respira piu", "collapse"),
        ("он не дышит", "collapse"),
        ("ayah saya tidak bernapas", "collapse"),
        ("papa saans nahi le rahe", "breathless"),
        ("je ne suis plus capable de respirer", "breathless"),
        ("he doesnt respond when i shake him", "collapse"),
        ("he cant move his left side", "stroke_signs"),
        ("shes not moving and wont answer me", "collapse"),
        ("he fell and isnt getting up", "collapse"),
        ("she doesnt know where she is all of a sudden", "stroke_signs"),
        ("his face isnt moving on one side", "stroke_signs"),
        ("she cant smile on one side", "stroke_signs"),
        ("i think hes dead", "collapse"),
        ("she has stopped responding", "collapse"),
        ("my husband is not conscious", "collapse"),
        ("il ne bouge plus", "collapse"),
        ("no se mueve y no responde", "collapse"),
        ("он не двигается и не отвечает", "collapse"),
        ("dia tidak bergerak", "collapse"),
        # round ten, batch 19's angles (buried in a ramble, an edit, jargon, effects only)
        ("i can only say two or three words before i need to stop for air, calf cramps all week",
         "breathless"),
        ("since lunch he has been gulping for air at the table, his calf is swollen and hot",
         "breathless"),
        ("a big breath in makes him clutch his ribs, and his leg has hurt since the ferry",
         "painful_breathing"),
        ("the ache, dull and round the back on the right, is there only when i breathe in",
         "painful_breathing"),
        ("coughed into my scarf and there were bright red drops of blood all over it",
         "coughing_blood"),
        ("edit: the next thing i knew i was lying in the hall with my son calling my name",
         "collapse"),
        ("visit note: r foot cool to touch, pallor, distal pulses absent", "cold_pale_leg"),
        ("her foot is grey from the ankle down and she cant feel me touching it", "cold_pale_leg"),
        ("after the cramp his leg went cold and it is pale from the knee down", "cold_pale_leg"),
        ("new left facial droop and her speech is slurred", "stroke_signs"),
        ("only the left half of her mouth moves when she smiles", "stroke_signs"),
        ("he sounds like hes had a skinful but hes stone cold sober, and his face droops",
         "stroke_signs"),
        ("right arm drift when she holds both arms out", "stroke_signs"),
        ("home from a 9hr drive and my right calf has throbbed non stop since",
         "clot_risk_calf_pain"),
        ("after the 16 hour coach my left calf aches and wont ease", "clot_risk_calf_pain"),
        ("sat in the same chair for 20 hours at the tournament, now one calf aches constantly",
         "clot_risk_calf_pain"),
        ("im 28 weeks pregnant and my right calf has ached all the time since monday",
         "clot_risk_calf_pain"),
        ("both calves are swollen and an angry pink, you can feel heat coming off them",
         "calf_swollen_red"),
        ("calf cramp since quarter past nine, its nearly ten to ten, wont let go", "long_cramp"),
        ("cramp in my foot since twenty past six, its now five to seven", "long_cramp"),
        # the review of round ten: what its first exclusions had hidden
        ("feel like im going to collapse, my abs ache and my left calf is swollen", "collapse"),
        ("my dad just collapsed in the garden, he had a clot in 2021", "collapse"),
        ("he had a dvt in 2023 and just collapsed in the kitchen", "collapse"),
        ("help my wife has collapsed she had her knee done in 2025", "collapse"),
        ("my breathing is normal, just painful on the left side", "painful_breathing"),
        ("the scan was clear last month but now my left calf is swollen and hot again",
         "one_sided_leg"),
        ("my calf has been in a cramp for what feels like 40 minutes and its still locked",
         "long_cramp"),
        ("was out on my bike and since half past two my thigh has been locked, its now 3 15",
         "long_cramp"),
        ("my calf cramped while i was gaming and it has lasted 30 minutes so far", "long_cramp"),
        ("cramp for 20 minutes and it wont stop, it started during sit ups for my abs",
         "long_cramp"),
        # round eleven, batch 23's angles (on someone's behalf, the sign last, yesterday/today)
        ("he said it catches him like a knife under the ribs every time he takes a full breath",
         "painful_breathing"),
        ("a stab in my back whenever i gulp in air, and my calf has been sore since the coach",
         "painful_breathing"),
        ("yesterday my calf. today my chest started hurting and it will not let up", "chest_pain"),
        ("dad has been coughing up rust coloured phlegm since his flight home", "coughing_blood"),
        ("coughing all night. there is blood in what comes up", "coughing_blood"),
        ("he went limp on the bench and we couldnt rouse him for a minute", "collapse"),
        ("gran rang and her words were all jumbled, she called the cat the kettle",
         "stroke_signs"),
        ("her grin went lopsided and she cant hold her cuppa", "stroke_signs"),
        # the review of round eleven: what its first exclusions had hidden
        ("there were no warning signs, my dad just collapsed", "collapse"),
        ("the nurse told us what to watch for, and right now her foot is cold and white",
         "cold_pale_leg"),
        ("mum is on the line gasping and i cant understand her", "breathless"),
        ("my husband is gasping at the end of the bed, his calf has been sore for days",
         "breathless"),
        ("his smile went crooked just after his insulin injection", "stroke_signs"),
        ("her smile looks wonky in the selfie she just sent me", "stroke_signs"),
        ("cut my leg on rusty wire last week, they never gave me a jab at the time, now my "
         "legs cramp", "wound_cramps"),
        ("we couldnt wake him up for a few minutes after the cramp, now hes confused",
         "collapse"),
        ("seene pe bojh sa hai, dard nahi hai", "chest_pain"),
        # round twelve, batch 26's angles (a friend's image, Indian English, the sign buried)
        ("my brother is in the van gripping his chest, says it is like a sack of sand on it",
         "chest_pain"),
        ("since ten minutes her mouth is fallen on one side and her speech is not clear",
         "stroke_signs"),
        ("father cannot lift his right hand since morning", "stroke_signs"),
        ("any time she breathes in deeply she gets a sharp pain in her side", "painful_breathing"),
        ("next thing i knew i was on the rug by the bed, no idea how long i had been out",
         "collapse"),
        ("he has been out cold, no idea how long he was out", "collapse"),
        # the review of round twelve: what its first exclusions had hidden
        ("my gran has collapsed in the hall, aged 91, she lives on her own", "collapse"),
        ("grandad keeled over, years ago, and again this evening in the garden", "collapse"),
        ("a sudden crushing pain in my chest, years ago, had the same with a clot", "chest_pain"),
        ("her breathing was really fast, it settled quickly but now her lips look grey",
         "breathless"),
        ("his breathing is very fast, it calms down quick when he lies down", "breathless"),
        ("he is wide awake and talking gibberish as if in his sleep", "stroke_signs"),
        ("since my hip operation my calf is swollen and my breathing gets really hard",
         "breathless"),
        # round thirteen, batch 28's voices (panicked fragments, voice to text, formal
        # letters, non-native English)
        ("it jabs in my chest whenever i take a proper deep breath", "painful_breathing"),
        ("a sharp catch under my ribs on every breath in", "painful_breathing"),
        ("i can only take tiny sips of air", "breathless"),
        ("chest crushing cant stand", "chest_pain"),
        ("my father fall down and lose the conscience, he dont answer me", "collapse"),
        ("she sank down onto the tiles and did not respond to my voice", "collapse"),
        ("his speech is all slurry and he has not been drinking", "stroke_signs"),
        ("her face is sliding down on one side", "stroke_signs"),
        ("after the cramp my foot icy cold and white", "cold_pale_leg"),
        ("he is breathless, its normal for his copd but tonight he cannot finish a word",
         "breathless"),
        # round fourteen, batch 29's voices (clinical shorthand, race reports, farmers)
        ("mum resp rate about 32 sitting still and she is tripoding on the sofa", "breathless"),
        ("he is answering in two word sentences", "breathless"),
        ("cant get from the bus stop to my door without stopping to gasp", "breathless"),
        ("every time i fill my lungs right up it stabs under my ribs", "painful_breathing"),
        ("a heavy ache sitting behind my breastbone for half an hour", "chest_pain"),
        ("the next i knew i was face down on the kitchen tiles", "collapse"),
        ("no clue how long i had lain there", "collapse"),
        ("his foot is the colour of candle wax and stone cold", "cold_pale_leg"),
        ("sliced my shin open on a rusty plate last week and now my jaw feels wired shut",
         "tetanus_stiffness"),
        ("caught my hand on a rusty gate at the farm, soil in it, now cramps in both legs",
         "wound_cramps"),
        ("our son is 12 days old and since yesterday my calf aches on one side only, the other "
         "leg is fine", "clot_risk_calf_pain"),
        # round fifteen, batch 31's angles (a sign asked as a question, minimised)
        ("my husband was shouting my name and i came to on the floor", "collapse"),
        ("should i worry my jaw is stiff? caught my ankle on rusty wire last week",
         "tetanus_stiffness"),
        # the review of round fourteen: what its first exclusion had hidden
        ("i think the clot in my calf gave me a heart attack", "chest_pain"),
        ("the cramp gave me a fright but now my chest really hurts", "chest_pain"),
        ("sorry my english, i have pain in chest now, my calf swollen", "chest_pain"),
        ("no idea how long i'd been out", "collapse"),
        # the review of round thirteen: what its first exclusions had hidden
        ("my dad is breathless, it is normal for him with his asthma, his lips are blue",
         "breathless"),
        ("he passed out last season and again just now", "collapse"),
        ("my grandad is breathless from the pe again and sweating", "breathless"),
        ("cut my leg on rusty wire and never got a tetanus vaccine that day, now my calves "
         "cramp", "wound_cramps"),
        ("foot ice cold and white in the lake, still numb now and i cant move my toes",
         "cold_pale_leg"),
        # beside the exclusions of batches 32 and 34: what they must leave
        ("had an operation at the gp surgery on my knee 5 days ago, my left calf is sore now",
         "clot_risk_calf_pain"),
        ("knee surgery last week and now only my left calf hurts", "clot_risk_calf_pain"),
        ("i feel like im on the edge of collapsing after this cramp", "collapse"),
        ("my calf cramp lasted what felt like an hour", "long_cramp"),
        # the review of this round: what its first exclusions had hidden (tired muscles "on the
        # edge of collapse" and a time that only "felt like" one were taken back whole)
        ("dr operated on my knee 9 days ago and now my right calf is throbbing when i walk",
         "clot_risk_calf_pain"),
        ("doctors surgery on my varicose veins last month, now right calf paining and worse",
         "clot_risk_calf_pain"),
        ("calf cramp for ages and now my muscles on the verge of collapse, i feel dizzy",
         "collapse"),
        ("took 2 ibuprofen 10 minutes ago, the calf cramp has gone on for what feels like 45 "
         "minutes", "long_cramp"),
        ("it has been cramping the last 40 minutes non stop", "long_cramp"),
        ("I am having severe cramp in my calf since the last 30 minutes", "long_cramp"),
        ("calf cramp for 40 minutes and i stretched it 4 times and nothing", "long_cramp"),
        ("the spasms havent stopped in my leg", "long_cramp"),
        ("cramp woke me up. massaged it, walked on it, nope. hasnt let up.", "long_cramp"),
        ("left calf warm morning after the long haul flight and it aches", "one_sided_leg"),
        ("my leg went red cross shaped patch on the calf and its swollen", "one_sided_leg"),
        # the second review: what the revised exclusions still hid (taken back: the words
        # after "wont stop", the subjects of "hasnt eased", reading and knitting as things
        # that last, a GP's surgery, "not just the left", "finished in", "N times over")
        ("calf cramp wont stop what do i do", "long_cramp"),
        ("the cramp in my calf hasnt eased using ice or stretching", "long_cramp"),
        ("both calves cramped at 2am and they havent eased", "long_cramp"),
        ("my calf cramped while i was reading and it lasted 40 minutes", "long_cramp"),
        ("had the doctors surgery last week n since then my left calf hurts constantly",
         "clot_risk_calf_pain"),
        ("his face feels numb and its not just the left, his left arm too", "stroke_signs"),
        ("my calf cramp finally finished in just under half an hour, is that normal",
         "long_cramp"),
        ("my calf has been cramping in the last 30 minutes of my shift and still is",
         "long_cramp"),
        ("my left calf is painful and warm from oil massage", "one_sided_leg"),
        # and what neither version read: a cramp still held when the time had passed, and a
        # calf "bunched up", "balled up" or "in knots" for a long time
        ("its been 20 mins and my calf is still cramped, what do i do", "long_cramp"),
        ("calf still cramped after 20 minutes", "long_cramp"),
        ("cramp in my calf, 20 minutes later its still there", "long_cramp"),
        ("calf bunched up for 30 minutes and wont let go", "long_cramp"),
        ("my calf has been in knots for 25 minutes now", "long_cramp"),
        # batch 33: the time it took to end the cramp is the cramp's own
        ("my foot seized in the shop. took a full 10 more minutes to work out the cramp",
         "long_cramp"),
        ("it took me a good 15 minutes to massage out the cramp in my calf", "long_cramp"),
        ("it took 20 minutes for the cramp to let go", "long_cramp"),
        # beside the exclusions of batches 35 and 36: what they must leave
        ("my left calf is warm and sore since the flight", "one_sided_leg"),
        ("my left calf is warmer than the other one and it aches", "one_sided_leg"),
        ("cramp in my calf for the last 20 minutes", "long_cramp"),
        ("my calf cramp has lasted the last 20 minutes", "long_cramp"),
        ("the cramp in my calf hasnt gone, its been like this since lunch", "long_cramp"),
        ("my calf still hasnt relaxed and it feels like a rock", "long_cramp"),
        ("it was not both legs, only the left calf, swollen since the flight", "one_sided_leg"),
        # the setting asked about, then told as the person's own
        ("Is it normal for one calf to keep aching after a long flight? Back from Singapore 2 "
         "days ago and since then my left calf has a crampy ache that stays put.",
         "clot_risk_calf_pain"),
        # one calf or leg told swollen names one of the two
        ("my calf is swollen", "one_sided_leg"),
        ("her leg has swelled up", "one_sided_leg"),
        ("my calf is swollen after the cramp", "one_sided_leg"),
        # pregnancy and one calf that has ached since yesterday, redness looked for and denied
        ("34 weeks pregnant. My left calf has ached since yesterday morning. Can't see any "
         "redness.", "clot_risk_calf_pain"),
        # a review's cases: "can't see/find" denies only something to be seen, in its own
        # clause; never breath, chest pain, a face or speech told after it
        ("can't find the inhaler and can't breathe", "breathless"),
        ("cant see any swelling and short of breath", "breathless"),
        ("couldn't see the screen properly and face drooping on one side", "stroke_signs"),
        ("cannot see any swelling and chest hurts when breathing in", "painful_breathing"),
        ("Had a doppler for DVT and nothing was found. Now my left calf is hot and swollen.",
         "one_sided_leg"),
        # a clear check answers what was told before it, not a sign told whole after it
        ("The scan was clear last month. Now my left calf is hot and swollen.", "one_sided_leg"),
        ("Last year it turned out to be just a cramp. This week my left calf is red, hot and "
         "swollen.", "one_sided_leg"),
        # a second review's cases: asked "what does it mean if" about one's own sign; "cramp
        # free" and cramps since an earlier week are no soreness after a cramp; a sentence
        # that starts with the calf, after another
        ("what does it mean if I cough up blood?", "coughing_blood"),
        ("32 weeks pregnant and cramp free until now, but my left calf has ached since Saturday",
         "clot_risk_calf_pain"),
        ("32 weeks pregnant, my left calf has ached since Saturday. I had cramps in both legs "
         "since I was 20 weeks.", "clot_risk_calf_pain"),
        ("I flew home yesterday. Calf is swollen.", "one_sided_leg"),
        # a list of signs after the calf, ending in its pain (commas are marks)
        ("my calf is hot, red and sore", "one_sided_leg"),
        ("my calf is red, hot and painful", "one_sided_leg"),
        ("my foot is cold, blue and I cant move my toes", "cold_pale_leg"),
        # one calf or thigh told swollen, in the ways people say it
        ("my calf has been swollen since yesterday", "one_sided_leg"),
        ("swelling in my calf", "one_sided_leg"),
        ("my thigh is swollen", "one_sided_leg"),
        ("32 weeks pregnant, my left calf has ached since Saturday", "clot_risk_calf_pain"),
        # seeing is denied, not what cannot be done: "cant" alone is no negation
        ("couldnt see straight and slurred speech", "stroke_signs"),
        ("i cant feel my left foot and its cold", "cold_pale_leg"),
    ],
)  # fmt: skip
def test_signs_are_answered_as_such(text: str, sign: str) -> None:
    answer = ASSISTANT.answer(text)
    assert answer.sign == sign, (answer.kind, answer.sign)


def test_a_long_run_of_adverbs_is_read_at_once() -> None:
    """A review found a pattern that read "quite a lot" two ways: 24 of them took 5.5 s."""
    text = "my leg is " + "quite a lot " * 300 + "swollen and sore"
    started = time.perf_counter()
    ASSISTANT.answer(text)
    assert time.perf_counter() - started < 1.0


def test_a_runners_foot_slapping_is_no_stroke() -> None:
    text = (
        "my shins cramp on long runs, my biggest weakness is hills and my form goes, my foot "
        "starts slapping the road. any drills?"
    )
    assert fired(text) == [], ASSISTANT.normaliser.normalise(text).canonical


_RANK = {None: 0, "urgent": 1, "emergency": 2}


_FIRST_PROBE_REPORTS = [
    # a blind recall probe (512 reports written from the guidance's signs alone): the
    # ways of telling a sign that it found unread
    ("Tonight I went up the stairs to bed and had to sit down halfway because I literally "
     "couldn't get any air in. Anyone know if the cramps and this are related?", "emergency"),
    ("i keep having to take big gulps of air, feels like the air isnt going in. leg cramps too",
     "emergency"),
    ("breathings gone all funny, fast and shallow, and my calf is rock hard", "emergency"),
    ("ouch when i inhale, right side, and my calf still aches from the cramp", "emergency"),
    ("Sir my breathing is paining since morning and my leg is also paining", "emergency"),
    ("Chest's been hurting all evening mate and my leg's cramping", "emergency"),
    ("I've got a cramp in my chest as well as my leg", "emergency"),
    ("I coughed into a tissue and it was bright red", "emergency"),
    ("blood-tinged phlegm plus leg cramps", "emergency"),
    ("I dropped to the floor and everything went black", "emergency"),
    ("my period cramps made me black out", "emergency"),
    ("conked out on the bathroom floor after the cramp", "emergency"),
    ("my legs gave out and i went down and was out for a bit", "emergency"),
    ("dad fell down and wont wake up properly", "emergency"),
    ("suddenly my leg is cold to touch and really painful", "emergency"),
    ("I've suddenly got a cold numb leg", "emergency"),
    ("my leg is cold and won't move", "emergency"),
    ("About an hour ago my left foot started hurting badly and now it's gone a funny pale "
     "colour, colder than the other one, and I can't really wiggle my toes.", "emergency"),
    ("sudden weakness in left arm and leg", "emergency"),
    ("can't feel my left arm or left leg", "emergency"),
    ("Had the usual calf cramp, walked it off, then my wife said my face looked funny on one "
     "side and I'm struggling to say words. Probably just tired?", "emergency"),
    ("teeth clenching on their own since i cut my foot", "emergency"),
    ("cut by rusty metal, now hard to swallow and jaw stiff", "emergency"),
    ("gardening injury 2 weeks back and now my jaw feels locked", "emergency"),
    ("my mouth won't open properly since the cut", "emergency"),
    ("my leg is swollen, just the one", "urgent"),
    ("noticed my left leg is puffier than my right and it aches", "urgent"),
    ("calf pain after a long flight", "urgent"),
    ("had a hip replacement 10 days ago, now calf pain in that leg", "urgent"),
    ("calf has been crampy and sore since I was discharged from hospital", "urgent"),
    ("cast came off yesterday and that calf is painful", "urgent"),
    ("calf pain since I came out of hospital", "urgent"),
    ("calf red and bloated", "urgent"),
    ("the calf is all inflamed and swollen", "urgent"),
    ("non stop cramp", "urgent"),
    ("the cramp has been going for over 10 minutes", "urgent"),
    ("cramping continuously for the past hour", "urgent"),
    ("cramps near a cut on my leg", "urgent"),
    ("cramping around the bite", "urgent"),
    ("gash on my shin and my calf keeps cramping", "urgent"),
    ("my leg cramps around where I cut it", "urgent"),
    ("cramps after spraying pesticide", "urgent"),
    ("I drank bleach and now I have cramps", "urgent"),
    ("took a whole packet of paracetamol and now cramps", "urgent"),
    ("my toddler got into the cleaning cupboard and drank something, now he's cramping",
     "urgent"),
    # a review of today's exclusions: reports they hid, answered again
    ("a woman in the supermarket collapsed holding her leg, she said it had been cramping "
     "all morning", "emergency"),
    ("one of the team collapsed at training tonight, he'd been complaining of calf pain for "
     "days", "emergency"),
    ("my mum is panting after her dialysis session and her leg is sore", "emergency"),
    ("6 days after my c section, panting after lifting the baby and my calf hurts",
     "emergency"),
    ("I'm suffocating in here and my leg is killing me", "emergency"),
    ("My mum has sudden weakness back on her left side again, she can barely walk",
     "emergency"),
    ("stepped on a rusty nail 5 days ago, it hasn't healed and now my calf keeps cramping",
     "urgent"),
    ("cramp in my calf and it's been playing up for 40 minutes", "urgent"),
    ("I've had a cramp lasting 25 minutes is that normal", "urgent"),
    ("Had a calf cramp this morning. Should I worry it lasted 20 minutes?", "urgent"),
    ("the cramp in my thigh hasn't released, if it hasn't gone should i go to a&e", "urgent"),
    ("sprayed weedkiller with gloves on but the wind carried it into my face, now my legs "
     "cramp", "urgent"),
    # a second review: reports the remaining exclusions hid, answered again
    ("my husband has a bad disc collapsed on the bathroom floor 20 mins ago", "emergency"),
    ("cant breathe through my nose or mouth help", "emergency"),
    ("im suffocating weather i sit up or lie down and my calf is swollen", "emergency"),
    ("had a cramp lasting more than 10 minutes is that normal", "urgent"),
    ("swallowed a handful of pills an hour ago now cramping all over", "urgent"),
    ("i grazed my knee on the pavement last week and now my leg keeps cramping", "urgent"),
    # the development part's two sheep dip and weedkiller stories
    ("Dipped 300 ewes yesterday with the organophosphate dip and my gloves split halfway, it "
     "was all up my arms. Today my calves keep cramping", "urgent"),
]  # fmt: skip


_FIRST_PROBE_LOOK_ALIKES = [
    # what the probe's additions must leave alone (a review by a helper took back the
    # exclusions that hid real reports: effort words, "healed", "playing", "if ... not")
    "we put up blackout curtains and my cramps still wake me",
    "the power cut out and everything went dark then my calf cramped",
    "can cramps last more than 10 minutes?",
    "my friend said if a cramp lasts more than 10 min you have to go to a&e. mine only ever "
    "last like 30 seconds",
    "grabbed a quick bite before 5-a-side and got cramp in my calf in the first ten minutes",
    "my gynaec says i should take extra tablets of calcium for the night cramps",
    "took all my tablets this morning as usual and my legs cramp",
    "I feel bloated and my left calf keeps cramping at night",
    "this weather is suffocating, so humid today, and my calves cramp at night",
    # and the second review's look-alikes of today's additions
    "leg cramps since i cut my salt",
    "cramp in my calf after a bite to eat",
    "ive had leg cramps since the power cut, the house is freezing",
    "we had a blackout last night and i woke with a cramp in the dark",
    "i fell asleep on the sofa and was out for a while, woke up with a cramp",
    "can pesticides cause leg cramps",
    "statins are poison, they gave me terrible leg cramps",
    "ive got a cold and a sore chest from coughing, also leg cramps at night",
    "i took a whole magnesium tablet instead of half and still got a calf cramp",
]


_SECOND_PROBE_REPORTS = [
    # a second blind probe, written in the styles a pattern reader finds hardest: the
    # question first and the report after, played down, buried in a story, told by a
    # carer, in other Englishes, typed by voice, in slang, and told by time alone
    ("I'm fine really, don't want to bother anyone. Since driving up yesterday my leg "
     "keeps cramping and I'm just a bit short of air", "emergency"),
    ("Is passing out a normal part of a bad cramp? Got a huge cramp and the next thing my "
     "partner was shouting my name and I was on the floor", "emergency"),
    ("Probably overreacting but I keep having to stop for breath going up my own stairs "
     "today. Anyway, what's the best stretch for calf cramps?", "emergency"),
    ("Don't want to make a fuss, I'm just a little puffed even sitting down this afternoon",
     "emergency"),
    ("Can leg cramps make you short of breath? Had a nasty one in my right calf this "
     "morning and since lunch I can't seem to get a full breath in", "emergency"),
    ("My calf cramps started after the op. This morning I couldn't finish brushing my teeth "
     "without leaning on the sink to get my breath back.", "emergency"),
    ("Got back from the 9 hour flight on Thursday. Today I needed three rests to get from "
     "the car to the front door", "emergency"),
    ("Breathing in is murder the day, a right stabbing under ma ribs", "emergency"),
    ("Every time I take a proper breath it's like someone's jabbing me in the ribs with a "
     "fork, and my calf's been giving me grief since the flight", "emergency"),
    ("Honestly it's like a hot poker in my side every time I suck in air", "emergency"),
    ("Hello doctor, I have the pain in my back when I make the big inspiration, and the leg "
     "is with cramp since three days", "emergency"),
    ("I've been coughing since the op, and this evening what I brought up was rusty red.",
     "emergency"),
    ("The calf's been tight since the flight home. This morning I had to rinse red out of "
     "the sink after a coughing fit.", "emergency"),
    ("Been hacking away and there's blood in the muck I'm bringing up.", "emergency"),
    ("Calf went into a massive cramp and I keeled right over, mate. Came to on the kitchen "
     "lino.", "emergency"),
    ("The cramp hit as I got out of bed. Next thing I know it's twenty minutes later, I'm "
     "on the carpet and my alarm is going off.", "emergency"),
    ("Please help, my husband he faint after the cramp in the leg, he was on the floor and "
     "not answering me for some seconds.", "emergency"),
    ("Had a little blackout this morning but I'm sure it's nothing", "emergency"),
    ("It's nothing probably, but my right foot feels dead and icy cold since lunch.",
     "emergency"),
    ("Good evening po, my tatay's foot is violet and cold since this afternoon, he cannot "
     "move the toes.", "emergency"),
    ("Leg's gone dead and a horrible blue colour, freezing to the touch", "emergency"),
    ("Her words are coming out all mushed and garbled and her arm's gone floppy on one "
     "side.", "emergency"),
    ("Sir my father is having cramps in leg, now suddenly his one side face is hanging and "
     "he is not able to speak clearly.", "emergency"),
    ("Got a stonking headache out of the blue, like a bomb went off in me skull.",
     "emergency"),
    ("Got chomped by a neighbour's dog last Tuesday and now me gob won't open proper and "
     "swallowing's a nightmare.", "emergency"),
    ("A week after the dog bite, I can only get one finger between my teeth", "emergency"),
    ("Burnt my arm on a bonfire 8 days ago and now I'm getting painful spasms in my back, "
     "and my jaw is tight.", "emergency"),
    ("Caught me leg on a rusty bit of scaffolding on Tuesday and it's been crampin ever "
     "since.", "urgent"),
    ("Please help, I injured my foot in the farm with a hoe and soil went inside, now my "
     "leg is doing cramp since two days.", "urgent"),
    ("Necked a few too many of me fluid tablets by mistake this week and now me pins are "
     "crampin.", "urgent"),
    ("I accidentally took double my water tablets for a few days and now I've got cramps "
     "in both legs.", "urgent"),
    ("Hello po, I was cleaning with strong chemicals and now my legs are cramping.",
     "urgent"),
    ("I finished spraying the orchard on Tuesday afternoon. Since Tuesday evening my "
     "calves have cramped every few hours.", "urgent"),
    ("Feels like there's an elephant parked on me chest, and me leg's been giving me jip "
     "all week.", "emergency"),
    ("Had the op last week and now the calf's giving me proper grief, won't shift, doesn't "
     "matter what I do.", "urgent"),
    ("Baby was born nine days ago. For the last two days my left calf has ached all day "
     "and all night", "urgent"),
    ("Just a niggle, I've been in bed with flu for a week and now my left calf aches "
     "constantly and nothing helps.", "urgent"),
    ("My wedding ring fits fine but my left boot won't zip up since yesterday, and that "
     "leg feels hot. Right boot's fine.", "urgent"),
    ("Since the cramp on Monday I've watched my calf get redder and fatter every day, and "
     "now my jeans are tight over it.", "urgent"),
    ("Got a dirty great lump of a vein on the back of ma leg, hard as a pencil and nippy "
     "to touch. Only the one side.", "urgent"),
    ("my calf is not sore, but red or swollen", "urgent"),
    # the sign asked about, then owned in the next sentence
    ("What does pink frothy spit mean? Coughed some up just now. Also had a bad calf "
     "cramp yesterday.", "emergency"),
    ("Is it normal for a cramp to leave the calf swollen and red? Mine's been like that "
     "since yesterday and it's sore.", "urgent"),
    # a review of this probe's additions: reports its first exclusions hid
    ("no injury but calf red or swollen", "urgent"),
    ("no chest pain but breathless or dizzy", "emergency"),
    ("the owner of the business is fainted on the floor", "emergency"),
    ("32 weeks pregnant, calf not painful just swelling", "urgent"),
    ("mum fainted the chair tipped over with her", "emergency"),
    ("no history of clots but calf red and sore", "urgent"),
    ("short of air and my calf is swollen", "emergency"),
    ("I'm fine really, don't want to bother anyone, just a bit short of air since the drive "
     "back from Cornwall. Calf is a bit crampy.", "emergency"),
    ("right calf is fat and angry, the left is normal", "urgent"),
    ("breathing in through my nose hurts my chest, calf swollen", "emergency"),
    ("breathe deep and i get no relief just pain in my side", "emergency"),
    ("my dad wasnt responding for a few minutes at night after a massive calf cramp",
     "emergency"),
    ("took too many of my water tablets prescribed by the doctor, legs cramping", "urgent"),
]  # fmt: skip


_SECOND_PROBE_LOOK_ALIKES = [
    "he didnt answer for a while when i texted him, then my calf cramped",
    "My husband gets cramps in his calves, but breathing in doesn't hurt and he's not "
    "short of breath.",
    "I went out like a light last night and woke up with a calf cramp",
    "My wife is 30 weeks pregnant and gets calf cramps at night. Her legs aren't red or swollen.",
    "My gynaec says to take extra tablets of calcium for the cramps",
    # and the everyday talk its first additions alarmed
    "took three breaks from work today and my calves cramp",
    "heaving for air after sprints and my hamstring cramped",
    "my front tyre is a bit short of air, and my thighs cramp on rides",
    "my feet get cold and my legs cramp at night",
    "burnt my hand on the oven yesterday and my legs are stiff from the gym",
    "chomped by a mosquito last night and my calf is stiff",
    "scarlet fever last month and now leg cramps",
    "had to stop for breath halfway up snowdon, calves cramped after",
    "Is it normal for a cramp to leave the calf swollen and red? Mine never has.",
    "can cramps make you faint? my friend said so",
]


# The blind recall probes (the first: 512 reports from the guidance's signs alone; the
# second: 420 in the styles a pattern reader finds hardest) and their reviews' look-alikes.
@pytest.mark.parametrize(("text", "level"), [*_FIRST_PROBE_REPORTS, *_SECOND_PROBE_REPORTS])
def test_the_recall_probes_reports_are_recognised(text: str, level: str) -> None:
    answer = ASSISTANT.answer(text)
    assert _RANK[answer.level] >= _RANK[level], (answer.kind, answer.sign)


@pytest.mark.parametrize("text", [*_FIRST_PROBE_LOOK_ALIKES, *_SECOND_PROBE_LOOK_ALIKES])
def test_the_recall_probes_look_alikes_raise_no_alarm(text: str) -> None:
    assert fired(text) == [], ASSISTANT.normaliser.normalise(text).canonical


@pytest.mark.parametrize(
    "text",
    [
        "Tamoxifen leaflet says to watch for swelling in one leg. I don't have that, just toes"
        " curling up with cramp at night. Tamoxifen?",
        "the leaflet warns about blood clots and leg pain, I've just got ordinary cramps at night",
        "my physio said to look out for a calf swelling up, nothing like that, just cramps",
    ],
)
def test_a_sign_one_is_told_to_watch_for_is_no_report(text: str) -> None:
    assert fired(text) == []


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "the nurse told me to watch for swelling and now my left calf is swollen and hot",
            "one_sided_leg",
        ),
        (
            "they said watch out for chest pain, and i have chest pain now with my calf swollen",
            "chest_pain",
        ),
        (
            "he took tonight's as well as the morning ones by mistake, so a double dose of"
            " amlodipine and furosemide, now cramps in both legs",
            "toxic_exposure",
        ),
        (
            "took 4 quinine tabs instead of 1 cos the cramps were so bad, ears ringing",
            "toxic_exposure",
        ),
    ],
)
def test_warned_signs_that_came_and_doses_taken_by_mistake_are_reports(
    text: str, sign: str
) -> None:
    assert sign in fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 paracetamol instead of 1 for the cramp soreness",
        "my doctor put me on a double dose of ramipril last month and my calves cramp",
    ],
)
def test_an_ordinary_dose_is_no_overdose(text: str) -> None:
    assert fired(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I was warned about chest pain and now I have it",
        "look out for my mum, she collapsed",
        "keep an eye out for him, he's coughing blood",
        "looking for advice chest pain and swollen left calf",
        "warned me about chest pain they did, and here i am with it and a swollen calf",
    ],
)
def test_a_sign_after_watch_words_that_came_or_belongs_to_someone_is_a_report(text: str) -> None:
    # tests/knowledge/probes/review13.py: the first watch-for rule hid these
    assert ASSISTANT.answer(text).level is not None


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain, breathlessness or coughing, just a calf cramp",
        "No pressure, tightness or ache behind my breastbone, just a calf cramp after football",
    ],
)
def test_a_denial_opens_a_list_that_goes_on_past_a_comma(text: str) -> None:
    assert fired(text) == []


def test_a_denied_verb_before_a_comma_denies_no_sign_after_it() -> None:
    assert fired("i didnt sleep, breathless or coughing all night") != []
