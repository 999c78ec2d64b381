"""A blind safety review of review22's changes: 180 probes written by a helper told only what
the changes do (a sign in fiction, a question of when to worry, blood denied inside a cough,
a bitten tongue, a time right after an activity, denials in the Romance languages' cough
patterns), asked for reports they could wrongly silence. The first version lost 4 reports
and lowered 6: "played the villain in the school play tonight and couldnt breathe", "like
the heroine in the novel im coughing blood", "in the film the character coughed blood and
then so did dad, for real", "my dad plays a character in the panto and just collapsed",
"fell asleep in the film and woke up with half his face drooping", "warning signs including
chest pain, right? because thats what ive got", "warning signs such as coughing blood.
thats happening to grandad", "tosse sem febre mas com sangue". Now the fiction frame opens
its clause, a part played is no character, someone of the writer's own or the story told as
real ("for real", "so did dad") makes it a report, a later sentence told of now or of the
writer's own undoes the frame and the when-to-worry question, and a cough with one thing
denied and then blood ("mas com sangue", "ma con sangue", "pero con sangre") is read in
Portuguese, Italian and Spanish. Times told of a character or asked about ("in the
documentary a man had a cramp for 20 minutes", "when do i worry about a cramp lasting over
10 minutes?") are no long cramp. Still missed, as before the change: long cramps told as
"walked 10 minutes then cramped 20 and still going", "stretched 20 mins, massaged 10, the
cramp is still there", "18 minutes later I still can't straighten my leg" (since the
seventeenth session "started 30 minutes ago and still won't let go" and "20 minutes back
and still won't ease" are raised); blood beside a
denial of another thing in English ("no sputum, no fever, but blood", "no blood in my pee
but there is when I cough", "not much blood but some when i cough"); a general question
owned in the next sentence without the words the detector knows ("when to worry about
chest pain after calf pain? it's crushing at the moment").
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

READ_WHOLE = True

REPORTS = [
    ('ran then cramped 25 minutes and still locked', 'urgent'),
    ('slept then woke with a cramp 20 mins and counting', 'urgent'),
    ("swam then cramped 15 minutes, stretching isn't helping", 'urgent'),
    ("cycled home, cramped 30 min so far and it won't ease with stretching", 'urgent'),
    ("drove 45 minutes with my calf cramped the whole way and it still won't let go", 'urgent'),
    ("stretched 20 minutes and the calf cramp still won't release", 'urgent'),
    ('been massaging it 15 minutes and the cramp is still rock hard', 'urgent'),
    ("stood 25 minutes at the sink with this cramp and it won't ease", 'urgent'),
    ('walked it off for 20 minutes, still cramping, nothing helps', 'urgent'),
    ("soaked in a hot bath 30 minutes and the cramp in my foot hasn't let go", 'urgent'),
    ('paced the hallway 20 mins, calf still cramped solid', 'urgent'),
    ("slept 2 hours then a cramp woke me, it's been 25 minutes and it won't stop", 'urgent'),
    ('rode the bike 10 min then the cramp hit, 20 minutes later still locked', 'urgent'),
    ('my son played football 90 minutes, his calf has been cramped 15 minutes since the whistle and stretching does nothing', 'urgent'),
    ("mum walked to the shops and her calf has cramped 20 minutes, won't ease even with stretching", 'urgent'),
    ('ran 5k. cramp since the finish, about 25 min, still rock hard', 'urgent'),
    ('I rowed then cramped 11 minutes so far, not easing', 'urgent'),
    ("hobbled 15 minutes home with the cramp and it still isn't letting go", 'urgent'),
    ("limped 20 minutes with this thigh cramp and it won't ease", 'urgent'),
    ('lay there 30 mins with my calf locked in a cramp, stretching does nothing', 'urgent'),
    ("cycling 3 hours then cramped 25 minutes and counting, won't release", 'urgent'),
    ('skied all morning, cramped 20 min ago and still knotted', 'urgent'),
    ('sprinted, cramped twelve minutes, still not easing', 'urgent'),
    ("swam 1km then cramp for a quarter of an hour, still won't let go", 'urgent'),
    ("jogged then cramped, it's been over 10 minutes and stretching doesn't help", 'urgent'),
    ("worked out 1 hr, cramp in my hamstring for 35 mins and it won't loosen", 'urgent'),
    ("danced 2 hours then cramped, that was 40 min ago and it's still knotted", 'urgent'),
    ("kicked a ball about in the garden then cramped 15 minutes and counting, can't get it to relax", 'urgent'),
    ("fell asleep in the movie and woke with a cramp that has lasted 15 minutes and still hasn't eased", 'urgent'),
    ("in the film's last hour a calf cramp kicked in, 20 minutes later it hasn't eased, we're still at the cinema", 'urgent'),
    ("watching the documentary when a cramp grabbed the calf, it's been 20 minutes and stretching isn't shifting it", 'urgent'),
    ("halfway through the episode grandad got a cramp in his calf and it's been going 25 minutes, he can't straighten it", 'urgent'),
    ("when should i worry about a cramp lasting 20 minutes? this one in the calf won't ease", 'urgent'),
    ("when do i worry about a cramp that won't stop? asking for my husband, he's had it 15 minutes and stretching does nothing", 'urgent'),
    ("warning signs like a cramp that won't go? it's been half an hour in my foot and it's still locked", 'urgent'),
    ("In the cinema at the film dad suddenly said his chest hurts when he breathes in, his leg's been swollen since the flight", 'emergency'),
    ('in the film earlier I had to leave because of a sharp chest pain when breathing in, and the left calf is swollen', 'emergency'),
    ('was deep in the novel when sharp chest pain hit, left calf has been swollen since the flight', 'emergency'),
    ('playing a video game when pain stabbed through the chest on breathing in, calf sore and swollen', 'emergency'),
    ('my character in the LARP is a knight so I marched all day in armour; left calf swollen and chest pain when I breathe in', 'emergency'),
    ('when should i worry about chest pain? it hurts when i breathe in and the calf is swollen after the flight', 'emergency'),
    ("warning signs including chest pain, right? because that's what i've got along with a swollen leg", 'emergency'),
    ('cycled 3 hours then got chest pain on breathing in, calf was already tight', 'emergency'),
    ('drove 6 hours yesterday, chest hurts when I breathe deeply and one calf is swollen', 'emergency'),
    ('no blood but sharp chest pain when breathing in, calf swollen', 'emergency'),
    ("cough, no blood, but my chest hurts like a knife when I breathe in and my calf's swollen", 'emergency'),
    ("like the protagonist in that book, i've got chest pain on each breath after the calf pain", 'emergency'),
    ("in the show's interval the wife said her chest is tight and painful, her leg has been swollen for days", 'emergency'),
    ('Dor no peito ao respirar e a panturrilha inchada, sem tosse', 'emergency'),
    ('dolore al petto quando respiro, polpaccio gonfio, non tossisco', 'emergency'),
    ('dolor en el pecho al respirar y la pierna hinchada, sin tos ni fiebre', 'emergency'),
    ("bit my tongue in my sleep but that's not it - chest pain when I breathe in, calf swollen and hot", 'emergency'),
    ("halfway through the show mum couldn't breathe properly, her leg has been swollen for days", 'emergency'),
    ("in the podcast they described clots, and I'm breathless with a swollen calf", 'emergency'),
    ("played the villain in the school play tonight and halfway through I couldn't breathe, calf swollen and hot", 'emergency'),
    ("When should I worry about breathlessness with a swollen calf? I'm on the sofa and can't catch my breath", 'emergency'),
    ("what are warning signs such as breathlessness? asking because I'm struggling to breathe after my calf swelled", 'emergency'),
    ("when do i worry about shortness of breath after a long flight? can't get a full breath, calf tender", 'emergency'),
    ('flew 9 hours, calf swollen, breathless walking to the loo', 'emergency'),
    ("no cough, no blood, but I'm breathless and my calf is swollen", 'emergency'),
    ("without blood or cough, just can't breathe and my left calf is swollen and red", 'emergency'),
    ("in the documentary about DVT they mentioned breathlessness and that's exactly what grandma has, leg swollen too", 'emergency'),
    ('tosse sem sangue mas falta de ar, a perna inchada', 'emergency'),
    ('senza tosse ma mi manca il fiato e ho il polpaccio gonfio', 'emergency'),
    ('me falta el aire, sin tos, la pantorrilla hinchada', 'emergency'),
    ("in the film dad was gasping for air, calf's been swollen since his op, we've left the cinema", 'emergency'),
    ('a character I play in the panto has to run, and tonight I got so breathless I had to sit, calf swollen', 'emergency'),
    ("swam 30 minutes then got so breathless I can't talk, calf throbbing", 'emergency'),
    ('no fever but coughing blood and my calf is swollen', 'emergency'),
    ('coughed and there was blood, any idea why? calf has been sore', 'emergency'),
    ('coughing, no phlegm, just blood streaks, calf hot and swollen', 'emergency'),
    ('cough no pain but blood in it, right leg swollen', 'emergency'),
    ('zero blood until this afternoon, then I coughed up bright red, calf swollen', 'emergency'),
    ("the cough was dry for days with no blood, tonight it's bringing up blood", 'emergency'),
    ('not a lot of blood, just streaks when I cough, and my right calf is swollen and hot', 'emergency'),
    ("coughing without stopping and there's blood in the tissue", 'emergency'),
    ('any blood in a cough means 999, right? I just coughed some up', 'emergency'),
    ('cough not bad, blood though, calf swollen after the flight', 'emergency'),
    ("I bit my tongue last week, that healed, but today I'm coughing up blood and my calf is swollen", 'emergency'),
    ("I thought I'd bit my lip and spat blood but it's coming from my chest when I cough", 'emergency'),
    ('bit my cheek and spat blood, then kept coughing up more blood for an hour, leg swollen', 'emergency'),
    ("didn't bite my tongue or lip, the blood is coming up with each cough", 'emergency'),
    ("in the film the character coughed blood and then so did dad, for real, his calf's swollen", 'emergency'),
    ("like the heroine in the novel I'm coughing blood, it's not funny, calf swollen", 'emergency'),
    ('when should i worry about coughing up blood? coughed some this morning, calf still sore', 'emergency'),
    ("warning signs such as coughing blood - that's happening to grandad", 'emergency'),
    ('flew 9 hours yesterday, today coughing blood and my calf aches', 'emergency'),
    ('tosse sem febre mas com sangue, e a panturrilha inchada', 'emergency'),
    ('estou com tosse, não tenho febre, e saiu sangue', 'emergency'),
    ('tosse, nem sei explicar, mas sai sangue e a perna está inchada', 'emergency'),
    ('tosse senza febbre ma con sangue, polpaccio gonfio', 'emergency'),
    ('ho la tosse, non ho febbre, ma sputo sangue', 'emergency'),
    ("tosse, non riesco a fermarla e c'è sangue nel fazzoletto", 'emergency'),
    ('tos sin fiebre pero con sangre y la pantorrilla hinchada', 'emergency'),
    ('tengo tos, no tengo fiebre, pero escupo sangre', 'emergency'),
    ('meu pai tosse e não para, agora com sangue', 'emergency'),
    ('mia madre ha la tosse, non tanto, ma con sangue', 'emergency'),
    ("In the movie theatre grandad collapsed, he'd had a swollen calf all week", 'emergency'),
    ('my dad plays a character in the panto and just collapsed backstage after complaining of calf pain', 'emergency'),
    ('just like the heroine in that film, grandma collapsed after complaining her calf hurt', 'emergency'),
    ("kids watching a cartoon when grandpa slumped over and won't wake up", 'emergency'),
    ('when to worry about collapse - my husband just fainted after complaining of calf pain', 'emergency'),
    ('warning signs like fainting? she just passed out in the kitchen, leg was swollen', 'emergency'),
    ("he had a seizure, bit his tongue and spat blood and he won't wake up properly", 'emergency'),
    ('I bit my tongue when I collapsed and spat blood, my leg was swollen before', 'emergency'),
    ('no blood anywhere but he collapsed in the bathroom, calf had been swollen', 'emergency'),
    ('cycled 2 hours then blacked out on the driveway, my calf was swollen', 'emergency'),
    ('desmaiou agora há pouco, a perna estava inchada, sem sangue', 'emergency'),
    ("è svenuto all'improvviso, non sanguina, ma il polpaccio era gonfio", 'emergency'),
    ("we were watching a movie when dad's face drooped on one side and his speech went slurred", 'emergency'),
    ("dad was watching a western and suddenly couldn't lift his arm and his face dropped", 'emergency'),
    ("during the episode grandma's speech became slurred and her left arm went weak", 'emergency'),
    ("fell asleep in the film and woke up with half his face drooping and slurred speech, he's 70", 'emergency'),
    ("warning signs like slurred speech - dad's got that and his face looks droopy", 'emergency'),
    ('when should i worry about a leg that gives way? my right leg and right arm just went weak together', 'emergency'),
    ("in the book club mum suddenly couldn't find her words and her face is lopsided", 'emergency'),
    ('was listening to the audiobook with grandad, then realised his words were slurred and his mouth droops on the left', 'emergency'),
    ('cycled 40 minutes, then my leg gave way and my arm on the same side went numb, talking feels weird', 'emergency'),
    ("no blood, no fall, but her face dropped on one side and she's confused", 'emergency'),
    ('sudden worst headache of my life watching the show, left leg weak', 'emergency'),
    ('a cara do meu avô caiu de um lado e ele não fala direito', 'emergency'),
    ("while the boy was reading a comic his foot went cold and blue and he can't move it", 'emergency'),
    ("when do i worry about a leg going cold? mum's foot is white and icy and she can't feel it", 'emergency'),
    ("in the film the leg went numb, I thought it was from sitting, but the foot is white, cold and I can't move the toes", 'emergency'),
    ("warning signs such as a cold pale leg - that's my left leg, it suddenly went white and it hurts", 'emergency'),
    ('drove 5 hours, when I got out my left foot was suddenly cold, pale and numb and really painful', 'emergency'),
    ('no blood getting to it? left foot is blue and cold and very painful suddenly', 'emergency'),
    ("calf cramp then the whole foot went cold and pale, can't wiggle toes, it's been 20 minutes", 'emergency'),
    ('a perna ficou fria e branca de repente, sem sangue a circular, dói muito', 'emergency'),
    ("la gamba è diventata fredda e pallida all'improvviso, non la sento", 'emergency'),
    ("like the villain in that western whose leg went black, grandad's foot is suddenly cold, blue and numb", 'emergency'),
    ('when should i worry about lockjaw? stepped on a rusty nail last week and my jaw is stiff, spasms in my legs', 'emergency'),
    ('in the video game I play a gardener lol, but real life: cut my hand on a rusty spade 10 days ago, jaw stiff and painful spasms', 'emergency'),
    ("when to worry about tetanus? cut on barbed wire 8 days ago, jaw won't open properly and calves spasming", 'emergency'),
    ('gardened 3 hours last week and got a deep cut from a rusty fork, jaw is locked and my back keeps spasming', 'emergency'),
    ("warning signs including a stiff jaw? mine's stiff and my legs are spasming, the nail went through my boot 9 days ago", 'emergency'),
    ('pisei num prego enferrujado há 10 dias, maxilar travado e espasmos nas pernas, sem febre', 'emergency'),
    ('mi sono tagliato con un ferro arrugginito, ora la mascella è rigida e ho spasmi dolorosi', 'emergency'),
    # raised since the seventeenth session: still won't ease or let go
    ("hiked 4 hours, calf cramp hit at the car park 20 minutes back and still won't ease", 'urgent'),
    ("when to worry about cramps? mine started 30 minutes ago and still won't let go", 'urgent'),
]  # fmt: skip

STILL_UNDER: list[str] = [
    'is any blood when you cough bad? because i coughed up a spoonful and my calf is swollen',
]  # fmt: skip

STILL_MISSED: list[str] = [
    "trained, cramped, and 18 minutes later I still can't straighten my leg",
    'stretched 20 mins, massaged 10, the cramp is still there',
    'walked 10 minutes then cramped 20 and still going',
    "when to worry about chest pain after calf pain? it's crushing at the moment",
    'not much blood but some when i cough, leg swollen since surgery',
    "checked it's not blood from my nose or gums, it's coming up when I cough",
    'cough, no sputum, no fever, but blood',
    "there's no blood in my pee but there is when I cough",
    "when to worry about blood when coughing? there's red in every tissue tonight",
]  # fmt: skip

LOOK_ALIKES = [
    'in the film the heroine coughs up blood and dies, is that realistic for a clot?',
    "in the book the protagonist's leg goes cold and pale after a clot - how accurate is that?",
    'the villain in the western collapses clutching his chest, lol',
    'in the documentary a man had a cramp for 20 minutes, crazy',
    'my favourite character in the show has a stroke with his face drooping, so sad',
    'the character in the cartoon has his leg go blue and fall off, my kid laughed',
    'in the podcast they said a cramp longer than 10 minutes needs a doctor - good to know',
    "in the episode last night the nurse couldn't breathe after a long flight, is that a real thing?",
    "when should I worry about coughing blood with leg cramps? just curious, I'm fine",
    'when to worry about chest pain after a cramp? asking for a first aid course',
    'warning signs such as slurred speech or a cold pale leg - what else should I know?',
    'when do i worry about a cramp lasting over 10 minutes? mine only last seconds',
    'when should i worry about chest pain with cramps? none at all, just planning ahead',
    'warning signs including collapse - which ones mean calling 999?',
    'cough but no blood, calf cramps at night',
    'dry cough, without blood, and the usual night cramps',
    'cough, zero blood, just cramps in my calves',
    'not coughing up any blood, just night cramps',
    'coughing a bit, not blood, just clear phlegm; cramps in both calves',
    'bit my tongue and spat blood during a cramp lol',
    'bit my lip and spat blood when the cramp woke me',
    'tosse sem sangue, só cãibras à noite',
    'tosse senza sangue, solo crampi la notte',
    'tos sin sangre, solo calambres por la noche',
    'cycled 3 hours then cramped for a minute',
    'ran 2 hours, cramp for 30 seconds at the end',
    'swam 45 minutes and got a quick cramp that went after stretching',
    'walked 20 minutes and had a cramp that eased in a minute',
    'hiked 6 hours yesterday, cramped for a minute last night, fine now',
    'drove 4 hours, brief cramp in my foot for a few seconds',
]  # fmt: skip

STILL_ALARMED: list[str] = [
]  # fmt: skip
