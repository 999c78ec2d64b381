"""A break-review, in the twenty-first session, of five readings added in it: pressure or
soreness at the breastbone, a cough "streaked with blood", a leg "cold and kind of blue"
across a comma, a hand "cut open" on something rusty, and a cramp's length in the number
words of another language inside English. Written by a helper told the readings in words,
to miss them and to set them off. Before the changes 24 of 30 reports were raised, after
the first version 25; "breast bone" in two words, "right on the breastbone ... feels
squeezed and sore", "my breastbone area aches deep inside", "crushing tightness across the
whole breastbone" and "quinze minutos" were missed, and are raised now (30 of 30). Of 50
look-alikes 19 were alarmed before the changes; the first version alarmed beetroot juice,
varnish and cough syrup "spotted / flecked / streaked with red" as coughing blood (now only
blood counts). A denial that opens a list before a comma now reaches past it ("no
pressure, tightness or ache behind my breastbone"), and a hospital drama is a character's:
17 are alarmed, among them a grandfather's angina, cold pale feet that warmed back, "icy
and pale" nail varnish and leg warmers, rusty nails that touched no skin.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    (
        "Calf cramp woke me at 4 and now there's a tight achy pressure right behind my breast bone that hasn't gone in twenty minutes.",
        "emergency",
    ),
    (
        "Behind my sternum there's a heavy, pressing feeling, it started while I was stretching out a cramp in my left calf ten minutes ago and it's still there.",
        "emergency",
    ),
    (
        "Had my usual night cramp, but this time the middle of my chest, right on the breastbone, feels squeezed and sore, and it's getting worse as I type.",
        "emergency",
    ),
    (
        "Left calf has been swollen and cramping since the flight. Now a dull discomfort is sitting under the sternum like a weight, and I feel clammy.",
        "emergency",
    ),
    (
        "Quick q: my calf's been crampy for two days and since lunch my breastbone area aches deep inside, not the skin, a constant ache that won't settle. Normal?",
        "emergency",
    ),
    (
        "Not heartburn this time, I know what that feels like: it's a crushing tightness across the whole breastbone since my cramp started an hour ago, and antacids did nothing.",
        "emergency",
    ),
    (
        "Calf cramping for days after the long drive and now I'm coughing up phlegm with little streaks of blood in it.",
        "emergency",
    ),
    (
        "Been coughing all evening and the spit is blood-streaked, plus my right calf is sore and tight.",
        "emergency",
    ),
    (
        "Coughed twice in the last hour and both times the mucus came up specked bright red, and my leg's been cramping since the operation.",
        "emergency",
    ),
    (
        "My cough started this morning; the tissue is flecked with blood every time I cough, and the left calf cramp from yesterday hasn't gone.",
        "emergency",
    ),
    (
        "Hacking cough, bringing up frothy pink stuff tinged with blood. Also a cramp in one calf that won't shift.",
        "emergency",
    ),
    (
        "I just coughed up a clot of blood, a proper red blob in the sink, and my calf's been cramping on and off all week.",
        "emergency",
    ),
    (
        "Sudden cramp-like pain in my right calf an hour ago and now the foot is stone cold and a waxy white, and I can't feel my toes.",
        "emergency",
    ),
    (
        "My left leg went cold and blotchy blue in the last half hour, it's numb and it hurts like a cramp that won't stop.",
        "emergency",
    ),
    (
        "Toes on my right foot turned purple and icy about 40 minutes ago, pins and needles then nothing, and the calf is cramping.",
        "emergency",
    ),
    (
        "My foot, all of a sudden, feels like ice, looks grey, and I can't wiggle my toes. It started with a bad cramp in the calf.",
        "emergency",
    ),
    (
        "Dad's leg below the knee has gone pale and cold over the last hour and he says it's numb and agony, like the worst cramp ever.",
        "emergency",
    ),
    (
        "Calf is freezing and kind of mottled, came on suddenly during a cramp twenty minutes ago, and the foot's gone weak and numb.",
        "emergency",
    ),
    (
        "Stood on a rusty nail in the garden ten days ago, now my jaw is stiff and I can barely open my mouth, and my neck keeps spasming.",
        "emergency",
    ),
    (
        "Gashed my shin on rusted barbed wire last week. Since yesterday my jaw is locked tight and I'm getting painful spasms in my back.",
        "emergency",
    ),
    (
        "Punctured my foot on an old garden fork caked in soil eight days ago, and now I'm getting cramps in that calf.",
        "urgent",
    ),
    (
        "Ripped my palm open on a corroded metal gate on Saturday, and now my calves keep cramping.",
        "urgent",
    ),
    (
        "Fell off my bike onto a muddy track and split my knee open, filthy with soil, and this week the leg has started cramping.",
        "urgent",
    ),
    (
        "Caught my leg on a rusty old trailer hitch nine days ago, deep scrape, and since this morning my jaw feels stiff and swallowing is hard.",
        "emergency",
    ),
    (
        "My calf cramp has been going for fünfundzwanzig Minuten now and stretching isn't helping at all.",
        "urgent",
    ),
    (
        "Cramp in my foot, eine halbe Stunde already, still rock hard even though I keep stretching.",
        "urgent",
    ),
    (
        "Crampe au mollet depuis plus de quinze minutes, I've stretched and massaged and it won't let go.",
        "urgent",
    ),
    ("Calf cramp that's lasted mezz'ora so far, still knotted, stretching does nothing.", "urgent"),
    ("Calf cramping for quinze minutos, not easing with stretching, what do I do?", "urgent"),
    ("Mi pierna: cramp for treinta minutos and counting, stretching won't ease it.", "urgent"),
]

STILL_MISSED: list[str] = []

LOOK_ALIKES = [
    "Years ago I had pressure behind my breastbone after a curry; it was reflux, treated, gone for good. Now I only get the odd calf cramp at night that stretches out in a minute.",
    "No pressure, tightness or ache behind my breastbone at all, and I'm not short of breath, just a calf cramp after football that went with stretching.",
    "Is pressure behind the breastbone one of the warning signs with a leg clot? I've none of it, I just want to know what to look out for with my occasional cramps.",
    "The rucksack chest strap pressed on my breastbone all day on the hike; that night I had one calf cramp that went in seconds.",
    "Under a lot of pressure at work and I feel it in my shoulders and neck, not my chest; calf cramps at my desk pass when I walk about.",
    "My new sternum tattoo is a bit sore on the skin while it heals, the artist says that's normal; separate thing, I get calf cramps after spin class.",
    "The tightness of my new sports bra across the breastbone annoys me on runs, and I get a quick calf cramp near the end of long ones.",
    "At the first aid course we practised pressure on the dummy's sternum for CPR and I got a calf cramp from kneeling, gone in a minute.",
    "I coughed into a tissue from my bag and panicked, but it was streaked with lipstick, my own red shade. Also, how do I stop calf cramps on long walks?",
    "Coughed while drinking beetroot juice and my white shirt is spotted with red now. Ugh. Also had a calf cramp at the gym, gone in a minute.",
    "Back in 2015 I coughed up phlegm tinged with blood during pneumonia; fully cleared and checked since. These days just calf cramps after running.",
    "Is coughing up spit laced with blood ever linked to leg cramps? Nobody here has it, I'm writing a school project.",
    "My cough's gone and so's the cold, no blood at any point. Only thing left is a calf cramp now and then.",
    "My toes look blue because the dye from my new navy socks came off on them; feet warm, no pain, I just get calf cramps after hikes.",
    "Dropped a tin on my foot last week, the toes are a bit purple from the bruise but warm and moving fine; calf cramps at night occasionally.",
    "In the hospital drama the patient's leg was cold and pale and they rushed him to surgery; my own legs are warm and pink, I just get ordinary cramps.",
    "Is a foot that suddenly goes cold and blue a reason to call 999? Mine's warm and a normal colour, just asking after reading the leaflet, I only get ordinary cramps.",
    "Cut the birthday cake open and then got a calf cramp from kneeling by the table; went in seconds.",
    "Gashed my knee open on a rusty gate three years ago, long healed, jabs up to date; these days just the odd calf cramp after cycling.",
    "Sliced my thumb open on a clean bread knife while making toast, tiny cut, washed it, bleeding stopped, plaster on; no stiffness, no spasms, no cramps.",
    "My toddler ripped his teddy's leg open, stuffing everywhere; while kneeling to sew it my calf cramped, I stretched it, gone.",
    "The butcher split the leg of lamb open for stuffing; I stood in the queue so long my calf cramped for a few seconds.",
    "The surgeon cut my knee open for a replacement back in 2019, healed beautifully; now I just want tips for night calf cramps that ease with a stretch.",
    "Zwanzig Minuten walking up the hill, then a cramp in my calf that went in seconds when I stretched.",
    "Waited for an Uber über zwanzig Minuten in the rain; the calf cramp I'd had at the bar was gone in a few seconds.",
    "Calf cramp of diez segundos, maybe less, then it was fine. Should I worry?",
    "Flight of vingt minutes between the islands, tiny plane, and a calf cramp on landing that eased as I walked.",
    "Slept diez horas last night, woke with a quick calf cramp that stopped when I pulled my toes up.",
    "Had a calf cramp of venti secondi in the pool, then swam on fine.",
    "Counted to zwanzig in German like my teacher says and the cramp in my foot was gone before I got there.",
    "Walked plus de vingt kilomètres today and got one calf cramp in the evening that stretched out in a minute.",
    "I've had calf cramps a few times a year for más de diez años, always gone in under a minute with a stretch.",
    "Une crampe de dix minutes at 3am, but it let go as soon as I stretched and the calf is just a bit sore now.",
]

STILL_ALARMED: list[str] = [
    "In the film last night the hero gasps about pressure behind his sternum and collapses, which made me laugh because my only problem is a calf cramp now and then.",
    "My grandad used to get an ache behind his breastbone, angina, decades ago; I'm 30 and fine, I just want tips for calf cramps when swimming.",
    "I've a chesty cold, coughing up phlegm streaked with green, and the odd calf cramp at night that a stretch sorts out.",
    "Sucking a cherry cough drop, tongue tinged red, and my calf cramped during the night but eased when I flexed my foot.",
    "Coughed while painting my nails and the towel got flecked with red varnish; calf cramp earlier, gone now.",
    "My kid coughed all night and the spoon from the cough syrup left the sheet streaked with red medicine. Meanwhile my calf cramps are back, short ones.",
    "Coughing fit while eating a raspberry ice lolly, sleeve streaked red with juice; my calf has mild cramps after tennis.",
    "After the ice bath my feet were icy and white, then warmed back to pink within ten minutes like always. Had a calf cramp after the race that stretched out.",
    "Feet freezing and a bit blue after paddling at the beach this morning; warm and pink again now with socks on. Calf cramp on the walk back, went quickly.",
    "After the cross-country my legs were cold and grey with mud up to the knees; showered, all fine, just the odd calf cramp.",
    "Painted my toenails an icy and pale lilac-blue shade called Frostbite, love it. Random: best stretch for a foot cramp?",
    "Bought leg warmers in icy and pale blue for ballet; my calves cramp in pointe work sometimes, stretching fixes it.",
    "Leg of lamb out of the freezer, icy and grey, defrosting now; while I was bending over the oven my calf cramped and went after a minute.",
    "Cut the compost bag open on a rusty nail in the shed, it didn't touch me at all; then a small calf cramp lifting it that stretched out.",
    "Caught my sleeve on a rusty nail in the fence and tore the jumper; skin not even scratched. Calf cramp later that night, gone in a minute.",
    "I dreamt I cut my foot open on a rusty tin and woke with a calf cramp, which went after a stretch; no cut, the foot is fine.",
    "Scraped my boots clean on the rusty old grid by the back door and got a quick cramp in my calf doing it, gone straight away.",
]
