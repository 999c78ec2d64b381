"""A blind break-review, in the twenty-third session, of the session's own readings: each one
(a time long ago ending the clause before, "back in" a place, fiction read or watched, a
past time opening a foreign clause, a cramp that will not ease, breath or colour back or a
near-faint passed, "out for a bit", a strain diagnosed, cosmetic veins, a baby's colic)
attacked from both sides; 35 emergencies, 15 same-day reports and 35 look-alikes, written
from the guidance alone. Scored before any change: 49 of 50 reports raised at their level
(an Italian "mi manca di nuovo il respiro" seated was read only as a swollen leg), 3 of 35
look-alikes alarmed: a murder mystery "and now I'm paranoid" (a feeling, not the sign come
true), "felt a bit faint ... sat down for a sec and was fine", a player who "went down like a
sack of spuds when my hamstring cramped, didn't pass out". All raised and quiet now.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    (
        "I had a DVT in 2019, all sorted with blood thinners. but last night my right calf swelled right up and it's warm to touch, way bigger than the left. could it just be cramp from leg day?",
        "urgent",
    ),
    (
        "my grandad had a stroke back in the 90s so im paranoid but this is real, mum's face has just dropped on one side and shes slurring her words. she'd been moaning about leg cramps all morning",
        "emergency",
    ),
    (
        "had a clot on my lung in 2016, fine ever since. since this morning though it hurts every time i breathe in and my left calf has been cramping for 2 days",
        "emergency",
    ),
    (
        "in 2020 i coughed up a bit of blood when i had covid, nothing since. this morning coughed blood again and my calf has ached since the flight home thurs",
        "emergency",
    ),
    (
        "when i was a kid i stood on a nail and was fine. stood on a rusty one in the garden 9 days ago and now my jaw feels stiff and my legs keep going into spasms",
        "emergency",
    ),
    (
        "years ago i fainted once at a gig, never again till today - 20 min ago i collapsed in the kitchen after a massive calf cramp, my partner found me on the floor",
        "emergency",
    ),
    (
        "back in the car just now I coughed blood into a tissue. been getting cramps in my left calf since the long drive up on monday",
        "emergency",
    ),
    (
        "got back in bed after a cramp in my calf and now i cant catch my breath at all, just lying here panting",
        "emergency",
    ),
    (
        "back in the office after lunch and my left calf has swelled up, its warm and red. did a 10 hour flight monday",
        "urgent",
    ),
    (
        "was back in the kitchen making tea when i passed out, woke up on the floor. calf still cramping",
        "emergency",
    ),
    (
        "back in the house now, my wife's speech is all slurred and her right arm's gone weak. she said her legs had been cramping all day",
        "emergency",
    ),
    (
        "back in work this week after my knee op and the pain in my right calf just isnt going away, 3 days now, worse when i walk",
        "urgent",
    ),
    (
        "was watching greys anatomy when my chest started hurting and i cant breathe properly. not the show, me. left calf has been sore and swollen since my op",
        "emergency",
    ),
    (
        "reading in bed and my left leg went cold and pale and numb out of nowhere, can't move my toes, it hurts like a cramp",
        "emergency",
    ),
    (
        "watching a show with my husband and his face suddenly dropped on one side and he can't get his words out, he had a cramp in his leg earlier",
        "emergency",
    ),
    (
        "was reading a book where a character gets a dvt and it made me look at my own leg. right calf is swollen, red and hot, only that side, since the flight back from bangkok",
        "urgent",
    ),
    (
        "halfway through an episode of house i coughed up blood, proper blood in the tissue, not tv. calf has been cramping for days",
        "emergency",
    ),
    (
        "netflix binge all weekend on the sofa after my hip surgery, now my right calf is throbbing and won't ease, and it looks a bit puffy",
        "urgent",
    ),
    (
        "me acabo de desmayar en el baño, tengo calambres en la pierna izquierda desde el vuelo",
        "emergency",
    ),
    ("desmaiei de novo agora há pouco, e a panturrilha esquerda está inchada", "emergency"),
    (
        "je viens de cracher du sang, et j'ai une crampe au mollet gauche depuis trois jours",
        "emergency",
    ),
    ("ich bin wieder umgekippt, gerade eben im Flur. meine Wade krampft seit gestern", "emergency"),
    (
        "mi manca di nuovo il respiro anche da seduta, e il polpaccio destro è gonfio da giorni",
        "emergency",
    ),
    ("снова потерял сознание минут десять назад, ногу сводит судорогой", "emergency"),
    ("barusan saya batuk darah, betis kiri kram terus sejak naik pesawat", "emergency"),
    (
        "abhi abhi saans lete waqt chest mein dard ho raha hai, aur left calf 3 din se swollen hai",
        "emergency",
    ),
    (
        "calf cramp started 20 mins ago and won't let go, stretched it, walked on it, nothing",
        "urgent",
    ),
    ("my toes have curled up and wont uncurl, been about 15 minutes now and it kills", "urgent"),
    (
        "hamstring locked up and won't relax, its been going since before the kids bath so at least a quarter of an hour",
        "urgent",
    ),
    (
        "cramp in my foot that wont go away, 12 min and counting, tried pulling my toes back",
        "urgent",
    ),
    (
        "my mum's calf has been in a knot for over ten minutes and it just won't release even with me massaging it",
        "urgent",
    ),
    ("cramp wont go away. 25 minutes. help", "urgent"),
    (
        "sprinted for the bus and still haven't got my breath back, 20 minutes sitting down and still panting. calf's been swollen since the flight",
        "emergency",
    ),
    (
        "gasping after the stairs and it hasnt settled, 15 mins now. left calf has been cramping since my c-section",
        "emergency",
    ),
    (
        "did a cold swim and my foot went white, been home in the warm an hour and its still white and cold and numb, the other one's fine",
        "emergency",
    ),
    (
        "nearly fainted after a cramp, sat down and was fine, then stood up and actually blacked out and hit the floor",
        "emergency",
    ),
    (
        "got my breath back after the run but now theres a sharp pain when i breathe in deep, right side. calf has been sore since the cast came off",
        "emergency",
    ),
    (
        "thought my breath would come back after the hill but it hasnt, been on a bench 10 min and still cant talk in full sentences",
        "emergency",
    ),
    (
        "went down at the top of the stairs after a calf cramp, properly out for a bit, husband reckons maybe a minute",
        "emergency",
    ),
    (
        "my dad went down in the garden, out for 30 sec, hes sitting up now and says his leg has been cramping",
        "emergency",
    ),
    (
        "was on the tiles when I opened my eyes, no idea how i got there. calf has been killing me since the flight",
        "emergency",
    ),
    (
        "my left foot looks like skimmed milk and its freezing and numb, came on suddenly about an hour ago",
        "emergency",
    ),
    (
        "foot's gone the colour of candle wax, cold as anything, came on out of nowhere while i was sat down. cramping pain in it",
        "emergency",
    ),
    (
        "came round on the bathroom floor, must have blacked out. had leg cramps all week",
        "emergency",
    ),
    (
        "minor injuries said it was a calf strain but now its swollen, red and hot and i've been short of breath since this morning",
        "emergency",
    ),
    (
        "gp said probably a strain last week but the calf is now way more swollen than the other one and warm, and i flew back from dubai on sunday",
        "urgent",
    ),
    (
        "the varicose veins on my left leg have gone hard, red and really sore to touch and the calf's swollen",
        "urgent",
    ),
    (
        "3 weeks postpartum, baby has colic and pulls his legs up all evening, but im asking about me - my right calf is swollen and painful since yesterday",
        "urgent",
    ),
    (
        "my dad's on statins, he doesn't want to stop anything without asking, but right now his calf cramp has been going 20 minutes and won't ease with stretching",
        "urgent",
    ),
    (
        "physio said hamstring strain. now when i take a deep breath it hurts in my chest",
        "emergency",
    ),
]

STILL_MISSED: list[str] = []

STILL_UNDER: list[str] = []

LOOK_ALIKES = [
    "my grandad had a stroke back in the 90s, his face drooped on one side. does that make me more likely to get leg cramps?",
    "had a DVT in 2019, treated and cleared. calves are fine now, just the odd normal cramp at night after football, what stretches help?",
    "back in 2008 I collapsed at a festival from dehydration. these days i just get the odd calf cramp when i run, should i take electrolytes",
    "years ago my dad coughed blood with pneumonia, he's been fine for ages. he gets night cramps in both feet now, is tonic water any good?",
    "back in uni I passed out at a rugby social lol, never since. now 34 and just getting calf cramps on long runs",
    "back in the 80s my mum had a clot in her leg after having me. does that run in families? i only get normal cramps",
    "back in my twenties i used to get chest pains from anxiety, all fine now. mainly asking about foot cramps when swimming",
    "back in school i fainted in assembly. anyway whats the best stretch for hamstring cramp",
    "reading a murder mystery where the victim's face droops on one side and now I'm paranoid lol. I only get calf cramps at night, normal?",
    "on Grey's Anatomy someone coughed blood after a leg clot, made me worry about my cramps. mine are both legs at night after running",
    "watching casualty and a guy collapsed with a clot from his leg. my cramps are just in my toes when i point them, nothing else",
    "in the novel im reading the heroine's foot turns blue and cold in the snow. can cold weather cause foot cramps in real life?",
    "el año pasado me desmayé, todo bien desde entonces. ¿qué estiramientos sirven para los calambres nocturnos?",
    "l'an dernier j'ai eu une phlébite, traitée, tout va bien depuis. j'ai juste des crampes aux pieds la nuit",
    "vor zwei Jahren hatte ich eine Lungenembolie, seitdem alles gut. Hilft Magnesium gegen Wadenkrämpfe?",
    "forse l'anno scorso sono svenuto per il caldo, non ricordo bene. adesso solo crampi ai polpacci di notte",
    "в прошлом году я упал в обморок в метро, с тех пор всё нормально. что помогает от судорог в икрах ночью?",
    "tahun lalu saya pernah pingsan waktu olahraga, sejak itu baik-baik saja. kram betis malam hari kenapa ya?",
    "pichle saal mujhe saans ki problem hui thi, ab sab theek hai. raat ko pair mein cramp aata hai, kya karu?",
    "shin pain that doesn't go away after running, dull ache down the front of both legs. shin splints?",
    "my knee ache won't ease since i upped my mileage, the cramps are only occasional and last a few seconds",
    "mosquito bite on my ankle itches and won't go away lol, also had a short calf cramp last night, 30 sec",
    "back ache that won't let up after gardening all weekend, plus the odd foot cramp, any tips",
    "took a couple of minutes to get my breath back after hill sprints and then my calf cramped, normal?",
    "gasping at the end of the 5k but it settled within a couple of mins. calves cramped in the night after",
    "feet went white after a cold sea swim but they warmed up in the car and are totally normal now. got a toe cramp on the way out",
    "felt a bit faint after a bad cramp this morning, sat down for a sec and was fine. is that common?",
    "went down like a sack of spuds when my hamstring cramped in the match, didnt pass out or anything, just rolled about clutching it",
    "I was out like a light for 10 hours last night and woke up with a cramp in my foot, why does that happen",
    "my legs are so pale they look like skimmed milk lol, need a tan before holiday. anyway why do my toes cramp in the pool",
    "lay on the cool tiles after a hot bath and got a foot cramp when i stood up, is heat a trigger?",
    "minor injuries said it's a grade 2 calf strain, left side, from tennis. how long till i can run and will it make me cramp more?",
    "want to get my varicose veins done for cosmetic reasons, they just look ugly in shorts. could the procedure cause leg cramps?",
    "my 6 week old screams with colic for hours with his legs pulled up, is that a cramp? anything safe for babies?",
    "my dad gets night cramps on his statin, he doesn't want to stop anything without asking the doctor first, what else can he try?",
]

STILL_ALARMED: list[str] = []
