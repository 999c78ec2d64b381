"""Probes of the review of the round that widened six red flags in English (ee3d0df):
nearly fainting beside a swollen, red or warm leg (collapse); a swelling beside "went",
"going" or "came" that is no swelling gone; "fell over in the kitchen and wont wake up"
across more words; a gardening or farm cut; a foot suddenly cold and numb; a heavy chest.
The round caught 52 of the reports below that it missed before, but missed one it caught
("he fell asleep and wont wake up") and alarmed 31 look-alikes: a near faint in the heat
("so hot on the train", "felt hot and faint"), beside a red face or a swollen arm; "farming
cuts" and "gardening cuts my stress"; a cramp or a screen that "didnt respond" six words
after "fell" or "on the floor"; fingers or a lip cold and numb beside a sudden cramp; a
heavy chest day, press, workout, cold or infection. The reviewed version catches every
report either caught, and four more; no look-alike alarms that did not before. Still
missed: "fell asleep" more than three words before "wont wake up". Still alarmed (as
before the round): a quarrel or a laptop that "wont respond/wake up" after "fell", a
swelling gone told after a comma, cold numb feet after the sea, in winter or an ice bath,
a heaviness in the chest from a cold.
"""

from __future__ import annotations

# ruff: noqa: E501 (the messages as they were written, one per line)

REPORTS = [
    # nearly fainting beside a swollen, red or warm leg (collapse, emergency)
    ('nearly passed out and my calf is swollen', 'emergency'),
    ('i almost fainted, my left leg is red and hot', 'emergency'),
    ('felt lightheaded and faint, my calf is swollen', 'emergency'),
    ('my right calf has been swollen and warm for two days and this morning i nearly blacked out on the stairs', 'emergency'),
    ('mum almost passed out in the kitchen, her leg has been puffy and red since her op', 'emergency'),
    ('felt dizzy and faint getting up, left leg still swollen after the flight', 'emergency'),
    ('nearly fainting in the shower, calf is hot and tender', 'emergency'),
    ('half passed out on the sofa, his calf is bigger than the other one', 'emergency'),
    ('practically fainted at the bus stop and the veins in my calf are hard and sore', 'emergency'),
    ('kept nearly blacking out today and my left calf is swollen', 'emergency'),
    ('i nearly fainted twice since yesterday and my leg is swollen from the knee down', 'emergency'),
    ('almost keeled over at the shops, calf swollen and warm', 'emergency'),
    ('my husband nearly collapsed in the garden, his leg has been red and swollen all week', 'emergency'),
    ('got lightheaded and nearly passed out, there is swelling in my calf', 'emergency'),
    ('feeling woozy and faint, and my calf is red and sore', 'emergency'),
    ('felt sick and faint when i stood up, my swollen leg is throbbing', 'emergency'),
    ('nearly passed out on the loo this morning. my thigh has been swollen since the op', 'emergency'),
    ('I almost passed out walking the dog, my left calf has gone puffy and hot to touch', 'emergency'),
    ('my dad almost fainted getting out of bed, his calf looks bigger than the other and feels warm', 'emergency'),
    ('felt clammy and faint at work, one leg is swollen', 'emergency'),
    ('nearly fainted, my leg is swollen', 'emergency'),
    ('very nearly blacked out while stood at the sink and my calf is still swollen from the cramp on monday', 'emergency'),
    ('nearly fainted and my calf is red and hot', 'emergency'),
    ('almost passed out, my calf is warm and sore to touch', 'emergency'),
    ('felt lightheaded and faint, redness and warmth in my left calf', 'emergency'),
    ('nearly blacked out, there is a red patch on my calf that is sore', 'emergency'),
    ('my left calf is darker than the right and i almost fainted on the stairs', 'emergency'),
    ('nearly passed out after my flight, my left calf is tight and hot', 'emergency'),
    ('felt hot and faint and my calf is swollen', 'emergency'),
    # a swelling beside "went/going/came" that is no swelling gone (one calf swollen, urgent)
    ('my calf is swollen and she went all grey', 'urgent'),
    ('my calf is swollen since i went on holiday', 'urgent'),
    ('his calf is swollen and he went quiet', 'urgent'),
    ('my thigh is swollen and i went to the walk in centre but they were shut', 'urgent'),
    ('swelling in my calf since i went running on sunday', 'urgent'),
    ('calf is swollen and going hard', 'urgent'),
    ('my calf is swollen and the pain went up into my thigh', 'urgent'),
    ('my calf is swollen and i went back to the gp today', 'urgent'),
    ('my calf is swollen since i came down the mountain', 'urgent'),
    ('my thigh is swollen and the bruising went down to my knee', 'urgent'),
    # (caught before, still caught)
    ('my calf is swollen, i went to bed early but it hurts', 'urgent'),
    ('my calf is swollen, going to ring the gp', 'urgent'),
    ('my leg is swollen, came on overnight', 'urgent'),
    ('my calf is swollen and it went purple', 'urgent'),
    ('calf is swollen, came back from spain on tuesday', 'urgent'),
    ('my calf is puffy, it came up after the cramp', 'urgent'),
    ('my calf is swollen and has gone red', 'urgent'),
    ('my left calf is swollen and the swelling went up to my knee', 'urgent'),
    ('my left calf is swollen and the swelling went right down to my ankle', 'urgent'),
    ('my calf is swollen and hard', 'urgent'),
    ('my left leg is swollen, went to bed and it is worse this morning', 'urgent'),
    ('my leg is swollen, came down with a temperature too', 'urgent'),
    # a gardening or farm wound, then stiffness or spasms (tetanus)
    ('got a gardening cut on my hand last week and now my jaw is stiff', 'emergency'),
    ('my gardening cut from 9 days ago and now spasms in my neck and it hurts to swallow', 'emergency'),
    ('farming wound on my shin a week ago, now my jaw feels tight and i cant open my mouth properly', 'emergency'),
    ('allotment graze on my knee 8 days ago and today my jaw is locking', 'emergency'),
    ('digging cut on my thumb last week, now painful spasms in my back and legs', 'emergency'),
    ('this gardening scratch on my arm from the roses, and now my jaw is stiff', 'emergency'),
    ('farming cuts on my hands from the fencing, now stiff neck and jaw', 'emergency'),
    ('my gardening cut is a week old and now i have leg cramps', 'urgent'),
    ('the allotment cut on my foot is red and now my calves cramp', 'urgent'),
    # fell, or went down, and cannot be roused
    ('he fell over in the kitchen and wont wake up', 'emergency'),
    ('mum fell in the bathroom this morning and she wont wake up', 'emergency'),
    ('my dad fell off the ladder onto the patio and isnt responding', 'emergency'),
    ('grandad fell down the stairs and we cant wake him', 'emergency'),
    ('she fell after the cramp and hit her head on the table and doesnt respond', 'emergency'),
    ('he has fallen in the garden and wont respond to me', 'emergency'),
    ('my husband fell in the hallway last night and he is not waking up', 'emergency'),
    ('nan fell out of bed and wont wake up properly', 'emergency'),
    ('fell in the shower and now she wont come round', 'emergency'),
    ('he fell asleep and wont wake up', 'emergency'),
    ('dad collapsed in the garden twenty minutes ago and isnt waking up', 'emergency'),
    ('grandma went down in the bathroom and now she is not responding', 'emergency'),
    ('he collapsed at the bus stop after complaining of his calf and now wont respond', 'emergency'),
    # a foot or leg suddenly cold and numb
    ('my foot suddenly went cold and i cant feel it', 'emergency'),
    ('all of a sudden my left foot is freezing and numb', 'emergency'),
    ('out of nowhere my toes are ice cold and i cant feel them', 'emergency'),
    ('suddenly my leg is stone cold and dead, it hurts', 'emergency'),
    ('his foot is icy and he cant feel it, it happened suddenly an hour ago', 'emergency'),
    ('sudden pain then my calf went cold and numb', 'emergency'),
    ('suddenly cant feel my foot and its cold', 'emergency'),
    ('suddenly my foot is freezing and i cant feel it, it hurts', 'emergency'),
    ('sudden pain in my calf and now my foot is icy and i cant feel anything', 'emergency'),
    ('my right foot is numb and its cold, it came on suddenly an hour ago', 'emergency'),
    ('my left leg went numb and it is cold, happened suddenly after the cramp', 'emergency'),
    ('out of nowhere her foot is stone cold and she cant feel it', 'emergency'),
    # a heavy chest
    ('i have a heavy chest and my calf is swollen', 'emergency'),
    ('heaviness in my chest since the cramp', 'emergency'),
    ('heavy chest and my left calf is sore after my flight', 'emergency'),
    ('my dad says he has a heavy chest and his leg hurts', 'emergency'),
    ('feel a heaviness in the chest when i walk, calf swollen', 'emergency'),
    ('heavy chest, cant stop sweating, calf cramped earlier', 'emergency'),
    ('woke up with a heavy chest and a sore calf', 'emergency'),
    ('heavy chest and back pain since this morning, my calf has been sore for days', 'emergency'),
    ('got a heavy chest when i climb the stairs now, calf swollen since the op', 'emergency'),
]  # fmt: skip

STILL_MISSED = [
    'my dad fell asleep after a bad cramp and wont wake up',
]  # fmt: skip

LOOK_ALIKES = [
    # nearly fainting, with ordinary cramps
    'nearly fainted when i saw the electricity bill, and my calves cramp at night',
    'it was so hot on the train i nearly passed out, calves cramping',
    'it was so hot at the festival i nearly fainted and now my calves keep cramping',
    'felt hot and faint on the tube, then a calf cramp',
    'nearly fainted at the blood test, bit of swelling on my arm where the needle went, and calf cramps at night',
    'almost passed out from the pain of the cramp, my face went bright red',
    'nearly passed out in the sauna, then got a cramp in my calf',
    'felt hot and faint with my period and my legs are cramping',
    'almost fainted in the heatwave, my legs were sunburnt and cramping',
    'I nearly fainted at the sight of the needle, then my calf cramped',
    'nearly fainted in a hot bath, calf cramp after',
    'felt weak and faint because i skipped breakfast, calf cramp at the gym',
    'nearly passed out on a warm day at the match, my hamstring cramped',
    'almost blacked out standing up too fast, my leg cramps at night',
    'nearly fainted when my son came home with a red card, my calf cramped later lol',
    'my calf swelling went down and i nearly fainted with relief',
    'felt sweaty and faint after a hot yoga class, calves cramped',
    'i almost passed out from the heat, and my feet were swollen, always are in summer',
    'nearly fainted giving blood, my arm went red around the plaster, calves cramp at night',
    'felt hot and faint after the curry, and leg cramps later',
    'nearly passed out when they told me the price of the scan, calf cramps are not worth that',
    'nearly fainted in the hot shower, then my calf cramped',
    # a swelling that went
    'the swelling went away after ice',
    'my calf was swollen and it went right down overnight',
    'my calf swelled up then went back down after a day',
    'swelling in my calf came down with rest and elevation',
    # a gardening cut long healed, or cuts of another kind
    'had a gardening cut last year that healed fine, ordinary calf cramps at night',
    'the council made farming cuts and i am so stressed my neck is stiff and my calves cramp',
    'gardening cuts my stress in half but my legs are stiff afterwards',
    'allotment cuts by the council, my back is stiff from digging anyway and i get leg cramps',
    'my gardening cuts healed up years ago, my legs are stiff in the mornings',
    'the digging cut through a pipe and flooded the garden, then my calves cramped',
    'farming cuts to subsidies on the news, my legs cramped watching it',
    # fell asleep, a device, a quarrel, a cramp that does not respond
    'he fell asleep and wont wake up for school',
    'my teenager fell asleep at 3am and wont wake up before noon',
    'the tablet fell in the bath and the screen doesnt respond, calf cramp too',
    'did stretches on the floor for ten minutes and the cramp didnt respond',
    'lay on the floor for 5 minutes and my calf still doesnt respond to stretching',
    'the swelling went down a lot and my calf doesnt respond to stretching',
    'fell behind at work and my manager doesnt respond to emails, legs cramp from stress',
    'my phone fell down the back of the sofa and it wont wake up, anyway leg cramps',
    'fell pregnant and cant wake up in the mornings, and leg cramps at night',
    'fell off my bike last week and the cramp in my calf doesnt respond to stretching',
    'collapsed on the sofa after work and my legs didnt respond for a bit they were so tired',
    # feet cold and numb for a reason
    'sat cross legged and suddenly my foot is numb and cold',
    'my fingers are freezing and i cant feel them, then a sudden cramp in my calf',
    'after the swim my toes were so cold i couldnt feel them, sudden cramp in my calf when i got out',
    'it suddenly started snowing on the walk, my feet got so cold i couldnt feel them and my calves cramped',
    'dentist numbed my mouth, my lip is numb and cold, sudden calf cramp in the chair',
    'sat on my foot watching tv, it went cold and i couldnt feel it, then a sudden cramp when i stood',
    'feet in the cold sea, cold and i cant feel them, sudden calf cramp',
    # a heavy chest at the gym or with a cold
    'heavy chest day at the gym yesterday, calf cramps today',
    'got a heavy chest cold and leg cramps at night',
    'did heavy chest and back yesterday, hamstring cramped in the shower',
    'heavy chest press session then my calves cramped',
    'I have a heavy chest infection and my legs cramp from coughing in bed',
    'heavy chest workout, and my legs cramped on the way home',
    'heavy chest from this cold, coughing up green stuff, calf cramp',
    'heavy chest and shoulders session at the gym, calves cramped after',
    'heavy chest cough keeping me up, calf cramps at night',
    'im quite heavy chested and my back aches, legs cramp at night',
]  # fmt: skip

STILL_ALARMED = [
    'fell out with my boyfriend and he wont respond to my texts, and my legs cramp at night',
    'my laptop fell off the desk and wont wake up, and my calf cramped when i bent down',
    'my calf was swollen but it went down',
    'my leg was puffy after the flight, it went after a day',
    'calf was swollen after the cramp, it came down by the evening',
    'after swimming in the sea my feet were cold and numb, then a sudden cramp in my calf',
    'my feet are always cold and numb in winter and i get cramps',
    'ice bath after training, legs cold and numb, sudden hamstring cramp getting out',
    'heaviness in my chest from my cold, and my legs cramp at night',
    # the learned net (knowledge/flag_model.py), ninth session
    'got pins and needles, my foot is numb and cold, it came on suddenly when i was on the sofa',
]  # fmt: skip
