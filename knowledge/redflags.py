"""Recognise red flags as concepts: the sign, where it is, one side or both, how long, and
the setting it came in (content/red_flags.yaml).

A concept counts only when the person reports it:
- not when denied: "no", "not", "don't have any", "without"... reach forward over a few
  words ("i don't have any chest pain or breathing problems") but stop at a comma, "but",
  "just", or a new subject ("no swelling and my calf is red" still reports red);
- not when asked about: "what if my leg swells?", "signs of a clot", "can cramps cause
  chest pain?";
- a duration only when it is the cramp's own: "a cramp for 20 minutes", never "a 3 hour
  ride", "slept 8 hours" or "sore for hours afterwards".
Sensitivity comes first: when in doubt a sign counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

from knowledge.models import Concept, Duration, RedFlags, Rule, Sign, compiled
from knowledge.prefixes import PrefixIndex, needle_of
from knowledge.text import (
    SEGMENT_MARK,
    Normalised,
    Sentence,
    answered_no,
    answered_yes,
    denied,
    part_starts,
)

_LEVEL_ORDER = {"emergency": 0, "urgent": 1}


_HYPOTHETICAL = re.compile(
    r"\b(what if|what happens if|in case|whether|how do i know if|how can i tell if|"
    r"how to tell if|how do you know if|how would i know if|should i worry if|"
    r"signs? of|symptoms? of|risk of|chance of|worried about getting|afraid of getting|"
    r"if (?:i|you|he|she|we|they) ever|suppose|supposing|hypothetically|imagine if|"
    # "if my calf ever went cold", "if ever my leg swells", "if his foot were to go white"
    r"if ever|if (?:my|his|her|their|your|our|the|a|it|this|that)(?: \w+){0,3} "
    r"(?:ever|were to)|"
    # "what should i do if he's having an asthma attack"; "scared of having an asthma
    # attack" (the fear right before the sign: "worried about my swollen calf" reports it)
    r"what (?:should|do|would|can) (?:i|we|you) do if|"
    r"(?:scared|afraid|frightened|terrified|worried|nervous) (?:of|about)$|"
    # a reported question: "a lady stopped and asked if i was having a heart attack"
    r"asked (?:me |him |her |them |us |you )?if|asking (?:me |him |her |them |us )?if)\b"
)
# Asked when a sign matters, of nobody yet: "when should i worry about chest pain with leg
# cramps?", "warning signs like chest pain" (not "when should i worry about the chest pain
# i've had since this morning": what follows makes it the person's own, now).
_WHEN_TO_WORRY = re.compile(
    r"\b(?:when (?:should|do|would|must|to) (?:i |you |we |one )?(?:worry|be worried|"
    r"be concerned|panic|start worrying|get worried) (?:about|over|if)|"
    r"(?:warning|danger|red flag|serious|worrying|bad) signs?(?: \w+)? (?:like|such as|eg|"
    r"e g|including))\b"
)
_OWN_SINCE = re.compile(
    r"\b(?:since|ive had|i ve had|i had|i have had|been having|for \w+ (?:days|hours))\b"
)
# Told of someone in a film, a book or a show: "in the movie the grandma's face drooped",
# "the guy in the western got lockjaw", "the character in the show was coughing blood". The
# frame opens its clause (not "fell asleep in the film and woke with his face drooping",
# "i was in the show and collapsed"), a part played is no character ("played the villain
# in the school play tonight and couldnt breathe"), and someone real told after the frame
# makes it a report ("in the film i was watching my dad slumped", "like the heroine in the
# novel im coughing blood").
_IN_FICTION = re.compile(
    r"(?:(?:^|\| )(?:(?:so|and|but|ok|okay|lol|omg|haha|like|also|btw|anyway|just) )*"
    r"(?:(?:the|a|an|this|that|some|one) (?:\w+ ){0,2})?in (?:the|a|an|this|that|some) "
    r"(?:\w+ )?(?:film|films|movie|movies|book|novel|tv show|show|documentary|episode|western|"
    r"cartoon|anime|video game|comic|podcast|drama|series|soap|sitcom|programme|tiktok|reel)\b"
    r"(?! (?:club|shop|store|fair|group|signing|launch|theatre|theater|cinema|night|ticket|"
    r"queue))"
    # "watching greys anatomy and a guy coughed blood", "saw a tiktok about a man whose leg..."
    r"|\b(?:watching|watched|saw|seen) (?:(?:a|an|the|this|that|some) )?(?:\w+ )?"
    r"(?:greys anatomy|grey s anatomy|casualty|holby|drama|film|movie|tiktok|tik tok|reel|"
    r"clip|documentary|show|episode|programme|series|soap) (?:and|where|about|when|in which)"
    # "reading a murder mystery in bed where the victim s face droops", "on greys anatomy
    # someone coughed up blood"
    r"|\b(?:reading|read|listening to) (?:(?:a|an|the|this|that|some|my) )?(?:\w+ ){0,2}"
    r"(?:book|novel|mystery|thriller|story|whodunnit|crime novel|audiobook|podcast)\b"
    r"(?:(?: \w+){0,3} (?:where|about|in which)\b)"
    r"|(?:^|\| )(?:(?:so|and|but|ok|okay|lol|omg|haha|also|btw|anyway|just) )*"
    r"on (?:greys anatomy|grey s anatomy|casualty|holby|holby city|the telly|the tv|tv|"
    r"telly|netflix|eastenders|coronation street|corrie|emmerdale|neighbours|home and away)"
    r"(?: last night| tonight| yesterday)?\b"
    r"\b)(?P<told>.*)"
    r"|\b(?:(?:the|a|his|her|one)(?<!played the)(?<!playing the)(?<!plays the)(?<!play the)"
    r"(?<!played a)(?<!playing a)(?<!plays a)(?<!play a)|my) "
    r"(?:main |favourite |favorite |\w+ s )?(?:character|heroine|protagonist|villain)\b"
)
_SOMEONE_REAL = re.compile(
    r"\b(?:my|our|me|us|i(?! (?:m|was|am) (?:reading|watching|listening|writing))|"
    r"im(?! (?:reading|watching|listening|writing))|we)\b"
)
# Someone of the writer's own, or the story told as real: after a character too ("the
# character coughed blood and then so did dad, for real").
_REAL_PERSON = re.compile(
    r"\b(?<!the )(?<!a )(?<!an )(?<!this )(?<!that )(?<!some )(?<!s )(?:dad|daddy|mum|mom|mam|"
    r"husband|wife|son|daughter|partner|grandad|grandpa|grandma|nan|nana|gran|granny|brother|"
    r"sister|friend|boyfriend|girlfriend)\b|"
    r"\b(?:for real|so did|same happened|same thing happened|happening to|happened to me)\b"
)
_HYPOTHETICAL_REACH = 8
# A fear of what did not happen: "i was scared hed keel over but he stayed sitting up" (not
# "scared hed keel over and he did")
_FEAR_CAME_TRUE = re.compile(
    r"\b(and (he|she|i|they|we) (did|has|have|had)|(he|she|i|they) did|it happened|"
    r"has happened|and now (he|she|i|they) (is|s|am|m|are|has|have))\b"
)
_FEARED = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|worried|feared|fearing) (?:that )?"
    r"(?:he|she|i|they|we|you)(?:d| d| would| might| could| was going to| were going to)$"
)
# What one is told to look out for, right before it or as a later item of its list: "the
# leaflet says to watch for swelling in one leg", "warns about blood clots and leg pain".
# Not "looking for advice, chest pain ...", not "look out for my mum, she collapsed", and
# not when the message says it came ("warned about chest pain and now I have it").
_WATCH_FOR = re.compile(
    r"\b(?:watch(?:ing)? (?:out )?for|look(?:ing)? out for|keep(?:ing)? an eye out for|"
    r"warn(?:s|ed|ing)? (?:me |us |you |people |patients )?(?:about|of|against))"
    r"(?:(?: \w+){1,2} (?:and|or))?(?: (?:any|a|an|the|some|signs? of|symptoms? of|possible|"
    r"sudden|things like))*"
    # "watch for one leg swelling"
    r"(?: (?:one sided|one|my|his|her|the|either|any) (?:leg|calf|foot|ankle|thigh)s?)?$"
)
_CAME_TRUE = re.compile(
    # (not a feeling about the story: "and now i m paranoid lol")
    r"\b(now(?! (?:i m|im|i am) (?:so |a bit |really |totally |well )?(?:paranoid|worried|scared|"
    r"anxious|nervous|terrified|freaking out|panicking|obsessed|spooked|creeped out))|"
    r"today|tonight|this morning|this evening|right now|currently|i have it|"
    r"i ve got it|ive got it|which i have|which i ve got|what i have|what i ve got|"
    r"what ive got|that happened|it happened|has happened|just happened|happening|"
    r"started|came on|i do have|exactly|here i am|got it|have it|with it)\b"
)
# Nobody in particular, asked to the comma: "what if someone with a leg cramp also had chest
# pain" (the sign can stand past the eight words of the reach).
_WHAT_IF_CLAUSE = re.compile(
    r"\bwhat (?:if|happens if|would happen if) "
    r"(?:someone|somebody|a person|a player|a patient|a runner|you)\b"
)
_WHAT_IF_CLAUSE_REACH = 14
# The same what-if told around the sign's first word: "if my calf ever went cold" (the
# match starts at "calf", the "ever" comes after it).
_IF_OPEN = re.compile(
    r"\bif(?: (?:my|his|her|their|your|our|the|a|one|both))?(?: (?:left|right|\w+s))?\s*$"
)
_WHAT_IF_EVER = re.compile(
    r"\bif (?:ever|(?:i|you|he|she|we|they|my|his|her|their|your|our|the|it)(?: \w+){0,3} "
    r"(?:ever|were to))\b"
)
_EVER_AHEAD = re.compile(r"^(?:\w+ ){1,3}(?:ever|were to)\b")
# A figure of speech, not a sign: "laughed till i couldnt breathe".
_FIGURE_OF_SPEECH = re.compile(
    r"\b(laughed|laughing|laugh|giggled|giggling|cracked up) (till|until|so hard|so much)\b"
)
# "the match was so tense i couldnt breathe" (not "... and i still cant, its been 30 mins")
_SO_MOVED = re.compile(
    r"\bso (tense|nervous|exciting|funny|hilarious|scary|intense|gripping|close|spicy|hot) "
    r"(that )?(i|we|he|she|they|everyone)$"
)
_STILL_SO = re.compile(
    r"\b(still|again|worse|getting worse|its been|it s been|for (\d+|an?|half an) "
    r"(minutes|mins|hours?))\b"
)
# A checklist answered after the sign: "chest pain - no, breathless - no", "(any swelling,
# any trouble breathing, no to all of it)", "told me to watch for a red calf or getting
# breathless and ive had none of that": only a few words on, so a sign told well before
# stays ("my calf is swollen and hot, the doctor asked about chest pain and i have none").
_ANSWERED_NO = re.compile(r" (no|nope|nah|negative|not really|not at all)\s*(\||$)")
_NONE_OF_IT = re.compile(
    r"(\band |\| (and )?)((i ve|ive|i have|i had|had|have|got|ive got|i ve got|there s been|"
    r"theres been|there was|there s|theres) )?(none of (that|those|these|them|the above|it)|"
    r"no to (all|any|each|everything|both)( of (it|them|those|that|the above))?)"
    r"( (at all|thankfully|luckily|either|whatsoever|so far))?\s*(\||$|and |but |so )"
)
_NONE_OF_IT_REACH = 10


def _answered_no(text: str, end: int) -> bool:
    """Whether the sign ending at `end` is answered "no" right after it (see _ANSWERED_NO)."""
    if _ANSWERED_NO.match(text, end):
        return True
    later = _NONE_OF_IT.search(text, end)
    return later is not None and len(text[end : later.start()].split()) <= _NONE_OF_IT_REACH


# What a pain is likened to is no wound: "it felt like someone had stuck a spike through
# my hand". Only for the concepts of a wound; "it feels like someone is sitting on my chest"
# still tells chest pain.
_SIMILE = re.compile(
    r"\b(?:(?:felt|feels|feel|feeling|was|is) like(?! i\b)|as if|as though|"
    r"like (?:someone|somebody|something|a|an|he|she|they))\b"
)
_LITERAL_ONLY = frozenset(["wound", "tetanus_prone", "dirty"])
# A chest tight because of what is worn: "new sports bra is sooo tight across my chest" (not
# "my bra feels tight and i have crushing chest pain": the garment must be the subject)
_WORN_TIGHT = frozenset(["chest_pain"])
_GARMENT_BEFORE = re.compile(
    r"(?<!without )(?<!without a )(?<!without my )(?<!no )"
    r"\b(bra|bras|sports bra|binder|wetsuit|harness|corset|backpack|rucksack|seatbelt|seat belt)"
    r"( is| s| was| are| were| feels| felt)?( \w+){0,2}\s*$"
)
# Hearsay about what a sign means is a question about it, not a report of it: "my friend
# said cramps plus chest pain means a clot". "she said her chest hurts" claims nothing and
# stays a report.
_HEARSAY = re.compile(
    r"\b(said|says|told me|told us|tells me|heard|read|reckons|claims|apparently|according to)\b"
)
_CLAIM = re.compile(
    r"\b(means?|meant|is a sign|are a sign|was a sign|can mean|could mean|indicates?|"
    r"is a symptom|are a symptom|points to|turned out)\b"
)
# What a sign might be, told of nobody in particular as what was said or read: "my mate
# said cramps after stepping on a nail could be tetanus", "read online that a cold pale leg
# is an emergency". Told of someone ("he said his chest hurts, could be a heart attack"),
# told now ("doctor said its cramp, chest pain now, could be a clot"), in a clause of its
# own ("heard a bang, nan is on the floor, could be a stroke") or taken back to oneself
# ("... is an emergency, thats exactly what i have"), it stays a report.
_SAID_OR_READ = re.compile(r"\b(said|says|told me|told us|tells me|read|reckons|claims)\b")
_NOW_OR_MINE = re.compile(
    r"\b(now|today|tonight|currently|right now|i have|ive got|i ve got|im having|i m having|"
    r"what i have|what i ve got|like mine|same as me)\b"
)
_GENERAL_CLAIM = re.compile(
    r"\b(is|are|can be|could be|might be|may be|means?) (a sign of |a symptom of )?"
    r"(an emergency|serious|dangerous|deadly|fatal|life threatening|tetanus|lockjaw|"
    r"a (blood )?clot|a dvt|dvt|a stroke|a heart attack)\b"
)
# Someone's history told as such: "my grandad had a stroke in 1998 and his face drooped on
# one side". A sign told after the time it happened, in the same segment, with nothing
# bringing the story back to now ("i had a clot in 2019 and my calf is swollen" reports).
_LONG_AGO = re.compile(
    # ("back in" a time of life or an era, not a place: "coughing blood back in the car")
    r"\b(?:in (?:19|20)\d\d|back in (?:the )?(?:day|days|\d0s|\d0 s|(?:19|20)\d\ds?|"
    r"nineties|eighties|seventies|sixties|fifties|noughties|uni|school|college|university|"
    r"(?:high|secondary|primary|grammar|middle) school|(?:uni|school|college|army|student) days|"
    r"my (?:twenties|teens|thirties|forties|fifties|sixties|youth|\w+ days))|"
    r"(?:\d+|a few|few|several|many|some|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|thirty|forty) (?:years|yrs|decades) (?:ago|back|before)|"
    r"years ago|decades ago|years back|decades back|last year|"
    r"last (?:summer|winter|spring|autumn|christmas|easter)|"
    # "coughed up a bit of blood in march with a chest infection, doctor sorted it"
    r"in (?:january|february|march|april|may(?! be)|june|july|august|september|october|"
    r"november|december)|(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve) months (?:ago|back)|"
    r"as a (?:kid|child|teenager|teen|baby|boy|girl)|(?:once at|at age|at the age of|aged) \d{1,2}|"
    r"when (?:i|he|she) was (?:a )?(?:kid|child|young|little|teenager|baby|boy|girl|\d+))\b"
)
_BACK_TO_NOW = re.compile(
    r"\b(now|today|tonight|again|currently|still|this|yesterday|recently|lately|is|are|am|im|"
    r"has|have|keeps|feels|looks|seems|getting|gets|just|suddenly)\b"
)
_NEW_SUBJECT = re.compile(r"\b(?:i|he|she|they|we|you|it|my|his|her|their)\b")
# a recent time of its own: "came off eliquis 3 years ago, last night my calf swelled up"
_RECENT_TIME = re.compile(
    r"\b(?:last (?:night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"the other (?:day|night)|earlier|(?:a few|a couple of|\d+|two|three|four|five) "
    r"(?:days|nights|hours|weeks) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))\b"
)
_LONG_AGO_ALONE = re.compile(
    r"(?:(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty) )?"
    r"(?:years|yrs|decades) (?:ago|back)|(?:back )?in (?:19|20)\d\d|last year"
)
_THAT_WAS = re.compile(r"^(?:that|this|it|which) (?:was|happened) (?:about |around |like )?")
_LONG_AGO_REACH = 12
_LONG_AGO_AFTER = 3
_LONG_AGO_AFTER_PAST = 6

_QUESTION_WORDS = frozenset(
    [
        "what",
        "why",
        "how",
        "can",
        "could",
        "does",
        "do",
        "is",
        "are",
        "should",
        "when",
        "which",
        "would",
        "will",
        "might",
        "may",
        "shall",
    ]
)
# A general question made personal by the next sentence: "is it normal to get chest pain
# with leg cramps? asking because ive got both right now".
_OWNED = re.compile(
    # (not "asking because of an article i read")
    r"\b(?:asking because(?! of\b)(?! (?:i|we) (?:read|saw|heard|watched))|asking as|"
    r"(?:i|he|she|we)(?: ve| s|ve|s| have| has)? got (?:both|it|that|this|them|these|those)|"
    r"(?:i|he|she|we) (?:have|has|am having|m having|is having|are having) "
    r"(?:both|it|that|this|them|these|those)(?: \w+)? "
    r"(?:right now|now|at the moment|currently|today|tonight)|"
    # the sign asked about, then owned in the next breath: "What does pink frothy spit
    # mean? Coughed some up just now.", "Is it normal ...? Mine's been like that since
    # yesterday."
    r"(?:coughed|brought|spat|hacked) (?:some|it|that|this|them|a bit|one|more) up|"
    r"(?:i|he|she|we)?(?: just)? (?:had|got|noticed|felt) (?:it|that|this|one|some) "
    r"(?:just now|this morning|today|tonight|an hour ago|earlier|last night|yesterday)|"
    r"(?:mine|his|hers|my \w+)(?: s| is| has| has been| s been| was) (?:been )?"
    r"(?:like that|like this|doing that|doing this|the same)|"
    # the setting asked about, then told as the person's own: "Is it normal for one calf to
    # keep aching after a long flight? Back from Singapore 2 days ago ... since then my left
    # calf ..."
    r"(?:got |came |just )?(?:back|home) from(?: \w+){1,4} (?:\d+|a|one|two|three|four|five|"
    r"a few|few|a couple of) (?:days?|hours?|weeks?) ago|since then (?:my|his|her))\b"
)
# "is it normal to cough up blood?", "is this normal?" (not "is it normal for a cramp to ...":
# cramps in general)
_ASKED_IF_NORMAL = re.compile(
    r"(?:is|isnt) (?:it (?:normal|usual) (?:to|that)|(?:this|that) (?:normal|usual))\b"
)
_PERSONAL = frozenset(
    """i my me im ive id mine myself he she his her him we our us they their them mum mom
    dad husband wife son daughter baby child kid partner friend grandma grandpa mother
    father have having has got feel feeling felt nan nana gran granny grandad grandpa
    grandma brother sister boyfriend girlfriend uncle aunt auntie""".split()  # noqa: SIM905
)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "few": 3, "several": 3, "couple": 2, "many": 3,
}  # fmt: skip
# The number in the language a mixed message comes from: "über zehn Minuten", "veinte
# minutos", "vingt minutes" (the unit is folded into English by the normaliser).
_FOREIGN_NUMBER_WORDS = {
    "zehn": 10, "funfzehn": 15, "zwanzig": 20, "dreissig": 30, "diez": 10, "quince": 15,
    "veinte": 20, "treinta": 30, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "dieci": 10,
    "quindici": 15, "venti": 20, "trenta": 30, "dez": 10, "vinte": 20, "trinta": 30,
}  # fmt: skip
_NUMBER_WORDS.update(_FOREIGN_NUMBER_WORDS)
_DURATION = re.compile(
    r"\b(?:(?P<half>half an? hours?)|"
    # "more than a quarter hour", "three quarters of an hour"
    r"(?P<quarter>(?:(?:over |more than |more then |longer than )?(?:a |one )?quarter|"
    r"(?P<three>three quarters)) (?:of )?(?:an? )?hours?)|"
    r"(?:(?P<above>over |more than |more then |longer than |uber |mehr als |mas de |plus de |"
    r"piu di |mais de )|about |around |almost |nearly )?"
    r"(?P<count>\d+(?: \d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|fort?y|fifty|sixty|ninety|(?:a )?few|several|"
    + "|".join(_FOREIGN_NUMBER_WORDS)
    + r"|"
    r"(?:a )?couple(?: of)?|many)(?: (?:and a half|or so|plus))? ?"
    r"(?P<more>(?:more|extra|further) )?"
    r"(?P<unit>seconds|second|secs|sec|minutes|hours|days|day|weeks|week)|"
    r"(?P<ages>for hours))\b"
)
# What makes a duration someone else's: "20 minutes ago", "after 30 minutes".
# "usually 20 minutes": how cramps tend to go, not one cramp that will not ease.
_HABIT = re.compile(
    r"\b(usually|normally|typically|always|often|sometimes|generally|tend to|used to)\b"
)
# "cramp in my toes off and on for about two hours": many short cramps, no one cramp's time
_INTERMITTENT = re.compile(
    r"\b(off and on|on and off|on off|intermittent|intermittently|comes and goes|"
    r"came and went|coming and going|come and go|every (few|couple of|\d+|five|ten) "
    r"(minutes|mins|seconds|secs)|again and again|over and over|repeatedly|recurring|"
    r"one after (another|the other)|kept coming back|keeps coming back|"
    # "four or five times over an hour", "three times inside one hour": many cramps
    r"(\d+|two|three|four|five|six|seven|eight|several|a few|few|many|multiple|a couple of) "
    r"times (over|in|inside|within|during|an|a|per|each|every|tonight|today|last night))\b"
)
_INTERMITTENT_REACH = 6
# "in the last 20 minutes of a match" is when it happened.
_IN_THE_LAST = re.compile(r"\bin the (last|final|closing|first|opening)\s*$")
_OF_AN_EVENT = re.compile(
    r"^ of (a|the|my|our|his|her|that|this) (\w+ )?"
    r"(match|game|race|marathon|half)\b"
)
# "40 min in", "by the time three hours are in": a point in the session, not a span.
_NOT_A_SPAN_AFTER = re.compile(
    r"^ ?((or so|or more|or less|or two|plus|at most|tops) )?"
    r"(ago|later|before|after|earlier|apart|every|each|per|a day|into|since|"
    # "only a 15 min commute": how long something else takes
    r"commute|drive|walk|ride|journey|trip|train|bus|flight|nap|break|queue|wait|"
    r"(?:are|were|was|is|had been|have been) in|"
    # (not "cramp 30 minutes in my calf": where, not when)
    r"in(?! (?:agony|pain|tears|bed|misery|my|his|her|your|both|one|each)\b))\b"
)
# "if i had to hold on for hours i would have been in trouble": a what-if, no cramp's time
_COUNTERFACTUAL_SPAN = re.compile(
    r"\bif (?:i|we|you|he|she|they|it|this|that) (?:had|were|was|wasnt|werent|hadnt|ever|would|"
    r"could|should)\b|\b(?:would|could|might) have\b|\b(?:wouldve|couldve|mightve)\b"
)
# "cramp started while i was knitting and its been 20 min": the time so far is the time of
# what still goes on, the cramp told before it, not the activity it started in; not when
# the same breath says it is over ("its been 2 hours and im fine")
_SO_FAR = re.compile(
    r"(\b(it s|its|it has|thats|that s|now its|now it s|has)( now)?|(^|\| )(now )?(and )?) ?been"
    r"( going( on)?( for)?| like (this|that)( for)?| (like|already|now))?\s*$"
)
# an activity right after "while i was": the scene of what the sentence tells
_SETTING = re.compile(
    r"\b(while|whilst|when) (i|he|she|we|they|you) (was|were|am|is|are|m|s|re)"
    r"( (just|still|out|busy|sat|sitting))? $"
)
_NOW_FINE = re.compile(
    r"^( \w+){0,3} (and|but|\|)( now)?( (i m|im|i am|it s|its|it is|all|everything s))? "
    r"(fine|ok|okay|gone|better|good|normal)\b"
)
# "its been 3 hours and its just sore now": the time since the cramp, its soreness after
_SORE_NOW = re.compile(
    r"^( now)?( \|)? (and|but)( now)?( (it s|its|it is|it|the (calf|muscle|leg|thigh|foot) "
    r"(is|s|feels)|my (calf|leg|thigh|foot) (is|s|feels)))?"
    r"( (just|only|a bit|a little|slightly|kind of))* (sore|tender|achy|aching|bruised)\b"
)
# "its been 20 minutes since it started" (not "20 minutes since", after it)
_SINCE_IT_BEGAN = re.compile(
    r"^ since (it|the cramp|this|the spasm|my calf|my leg)( \w+)? "
    r"(started|began|came on|kicked in|hit|locked|seized|cramped)\b"
)
# "cramp went away after a minute, its been an hour": the time since
_PASSED_BEFORE = re.compile(
    r"\b(went|gone|passed|eased|stopped|let go|released|subsided|settled)( away| off| down)?\b"
)
# "1 min 50, felt like an hour": how long it seemed, not how long it lasted ("lasted what
# felt like an hour" is the person's best guess at its time, and counts)
_FELT_LIKE = re.compile(r"(?<!\bwhat )\b(felt|feels|feel|seemed|seems) like\s*$")
# "can cramps last more than 10 minutes?" (in a question), "if a cramp lasts more than 10
# min you have to go to a&e": the limit itself quoted, asked about in the present. Only the
# limit, and only so: "had a cramp lasting over 20 minutes is it a clot", "should I worry it
# lasted more than 10 minutes?" and "cramp lasting more than 10 minutes is that normal" are
# not set aside by it (a review found every wider form hid real reports).
_SPAN_VERB = r"(last|lasts|go on|goes on|carry on|carries on)"
_SPAN_LEAD = r"( (for|over|more than|longer than|about|up to|as long as|like))?\s*$"
_ASKED_SPAN = re.compile(
    rf"\b(can|could|do|does|should|would|will|might|may|when)( \w+){{0,3}} {_SPAN_VERB}{_SPAN_LEAD}"
)
# (and "what if a cramp lasted more than 10 minutes", a past of a what-if)
_IF_SPAN = re.compile(
    rf"\bif( \w+){{0,3}} {_SPAN_VERB}{_SPAN_LEAD}"
    rf"|\bwhat if( \w+){{0,3}} (lasted|went on|carried on){_SPAN_LEAD}"
)
# "after two or three hours": the first number of a range counts too; "can go on for hours"
# is what cramps may do; "my striker went down with cramp on 70 mins" is the minute of a
# match, told after a word of one ("on 20 minutes now" alone is a cramp's count so far).
_NOT_A_SPAN_BEFORE = re.compile(
    r"(\b(after|every|within|in|first|last|each|per)"
    r"|\b(can|could|may|might|would|will|tends? to) go on"
    r"|\b(striker|player|keeper|goalie|defender|midfielder|winger|forward|match|game|league|"
    r"pitch|subs?|subbed)\b( \S+){0,8} on)"
    r"( (\w+|\d+) (or|to))?\s*$"
)
# "our keeper has cramp, we are on 25 minutes now": the count so far, not the match's minute
_ON_NOW = re.compile(r" (now|so far|and counting|and still|already)\b")
# "for 20 minutes", "lasted an hour": the time of what came before.
_NOT_LET_GO_IN = re.compile(
    r"\b(hasnt|has not|havent|have not|not|wont|didnt)( \w+){0,3} in"
    r"( (over|more than|about|around))?\s*$"
)
_LASTING = re.compile(
    r"\b(for|lasted|lasting|lasts|last|took|takes)"
    r"( (over|more than|about|around|almost|nearly|like))?\s*$"
)
# "took 15 minutes to work out the cramp": the time it took to end the cramp is the cramp's.
_TOOK = re.compile(
    r"\b(took|takes|take)( (me|us|him|her|them))?"
    r"( (a full|a good|all of|over|more than|about|around|almost|nearly|like))?\s*$"
)
_TO_EASE_THE_CRAMP = re.compile(
    r" (?:to (?:work|massage|stretch|rub|walk|shake|get rid of|ease|relieve|release|loosen|calm)"
    r"(?: out| off)? (?:the |my |this |that )?(?:\w+ )?(?:cramp|cramps|spasm|knot|charley horse)\b"
    r"|(?:for|before|until) (?:the |my |this |that )?(?:\w+ )?(?:cramp|cramps|spasm|knot)"
    r"(?: \w+)?(?: to)? (?:go|went|ease|eased|stop|stopped|release|released|let go|pass|passed|"
    r"settle|settled|relax|relaxed|subside|subsided)\b)"
)
# The cramp still held when the time had passed: "my calf is still cramped after 20 minutes",
# "its been 20 mins and my calf is still cramped", "20 minutes later its still there".
_STILL_HELD = (
    r"still (there|going|cramp|cramped|cramping|locked|seized|knotted|stuck|rock hard|"
    r"contracted|in (a )?cramp)"
)
# what stands just before the time: "still cramped after (about) 20 minutes"
_TIME_AHEAD = r" (after|for)( about| over| nearly| almost)?\s*$"
# "started 30 minutes ago and still wont let go", "still gripping after half an hour": words
# anything can be said in (a toddler that wont let go, a thriller still gripping, hips that
# wont relax), so they hold a cramp only when a cramp told before them is what they say it of
_EASING = (
    "let go|letting go|ease|easing|eased|release|released|releasing|budge|budged|loosen|loosened"
)
_LETTING_GO = (
    r"still (gripping|never (go|goes|went)( away| off)?|tight and (cramp|cramped|cramping)|"
    rf"(wont|will not|hasnt|has not|not) (relax|relaxed|{_EASING}))\b(?! of\b| up\b)"
)
# "started 30 minutes ago and wont ease": without "still", only of the cramp itself (nothing
# or "it" between), not "my shift started 10 hours ago and my back wont ease" (review35)
_WONT_EASE_SINCE = re.compile(
    r"^ ago( now)?( and| but)?( (it|it s|its|the cramp|cramp|that))? "
    rf"(wont|will not|hasnt|has not|isnt|is not) ({_EASING})\b(?! of\b| up\b)"
)
# (no person between: "an hour later im still not relaxed" is the writer, not the calf)
_LETTING_GO_AFTER = re.compile(
    rf"^( or so| or more)?( (?!(i|im|m|he|she|we|they|you|hes|shes)\b)(\w+|\|)){{0,5}} "
    rf"{_LETTING_GO}(?!( \w+)? (sore|achy|aching|tender))"
)
_LETTING_GO_AT = re.compile(rf"\b{_LETTING_GO}{_TIME_AHEAD}")
# ... or told of one muscle of the leg: "my calf is still gripping after half an hour",
# "hamstring still wont release after 15 mins of stretching" (not "my legs still wont relax
# after 2 hours of driving")
_MUSCLE_LETTING_GO_AT = re.compile(
    r"\b(calf|thigh|hamstring|hammy|quad|foot|toes|shin|arch)( is| s| has)? "
    rf"{_LETTING_GO}{_TIME_AHEAD}"
)
# what may follow its time: nothing more, or the cramp's own remedy (not "after 2 hours
# sitting in the car", "after 20 min yoga")
_AFTER_ITS_TIME = re.compile(
    r"^( \|| (now|already|so far|and|but|or so|or more)\b"
    r"| of (stretch\w*|massag\w*|rub\w*|trying|pointing|flex\w*)\b|\s*$)"
)
_STILL_CRAMPED_AT = re.compile(rf"\b{_STILL_HELD}( up)?{_TIME_AHEAD}")
# "my quad cramped, still cramping 20 mins later" (the cramp's own words: "still there 2
# hours later" may be soreness)
_STILL_CRAMPED_THEN = re.compile(
    r"(\bstill (cramp|cramped|cramping|locked|seized|knotted|rock hard|contracted|in (a )?cramp)"
    r"( up)?|\bcramp (is |s )?still there)\s*$"
)
_STILL_CRAMPED_AFTER = re.compile(
    rf"^( or so| or more)?(( later)|( now)?( \|)?( and)?)( \w+){{0,4}} {_STILL_HELD}\b"
    r"(?!( \w+)? (sore|achy|aching|tender))"
)
# "the pain subsided after about an hour": the cramp's own time, told by its end.
_ENDED_AFTER = re.compile(
    r"\b(subsided|eased|stopped|went away|passed|released|relaxed|let go|calmed down|settled|"
    r"finally went|gone)( \w+){0,2} after( (about|around|nearly|almost|over))?\s*$"
)
# "after about 15 minutes of groaning, my leg relaxed": the end told after the time.
_ENDS_LATER = re.compile(
    r"\b(subsided|eased|stopped|went away|passed|released|relaxed|let go|calmed down|settled|"
    r"finally went|loosened|unlocked|uncurled|gave up)\b"
)
_EVENT_AHEAD_WORDS = 3

# A story that closes itself (the concept `episode_over`: "the panic is over", "turned out
# to be nothing", "off blood thinners for two years now") sets aside the signs told only in
# its past tense. A sentence with anything of now, or of a recent time, still reports.
_EPISODE_OVER = "episode_over"
# A check told in the past sentence it answers ("had chest pain in march, turned out to be
# reflux") closes that sentence only.
_EPISODE_OVER_HERE = "episode_over_here"
# Another time's or another person's check closes nothing: "last time it turned out to be
# reflux", "his last ecg was normal", "my sister had exactly this".
_ANOTHER_TIME = re.compile(
    r"\b(last time|that time|the time before|previous time|(had|got|has|gets) (this|it|that|"
    r"similar|the same( thing)?)( \w+){0,2} (before|last \w+)|exactly this|the same thing|"
    r"(my|his|her|their) last (ecg|ekg|bloods|scan|scans|tests?|x ray|xray|ultrasound|doppler|"
    r"results|check|checkup)|(my|his|her|a) (sister|brother|friend|mate|neighbour|aunt|auntie|"
    r"uncle|cousin|colleague)( \w+){0,3} (had|got))\b"
)
# A clear scan or test ("the scan was clear") answers what was told before it.
_CHECKED_CLEAR = "checked_clear"
# "fast forward to ...": what came before is the past, the sentence that moves on is not.
_STORY_MOVES_ON = "story_moves_on"
_TOLD_NOW = re.compile(
    # "just as i stood up" narrates; "it just happened" is now
    r"\b(now|today|tonight|currently|still|again|just(?! as| when| before| after| then)|"
    r"yesterday|earlier|lately|recently|"
    r"this (morning|afternoon|evening|week|weekend)|last (night|week|weekend|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|(seconds?|minutes?|mins?|hours?|hrs?|days?) ago|"
    r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the other day|"
    r"is|are|am|im|i m|keeps?|feels?|looks?|seems?|getting|gets|has|have|cant|can t|cannot|wont|"
    r"won t|doesnt|dont|hurts|s)\b"
)
_TOLD_PAST = re.compile(
    r"\b(had|was|were|went|did|didnt|couldnt|wasnt|werent|got|felt|came|became|began|thought|"
    r"\w{2,}[^e\W]ed)\b"
)


def _told_in_past(sentence: Sentence) -> bool:
    text = sentence.plain.replace(SEGMENT_MARK, " ")
    return _TOLD_PAST.search(text) is not None and _TOLD_NOW.search(text) is None


def _told_after_the_check(found: Findings) -> Findings | None:
    """What is told after the last clear check, on its own: "The scan was clear last month.
    Now my left calf is hot and swollen." A sign whole in it is a new report, which the
    check cannot answer; the rest of a story that goes on after the check ("the calf still
    cramps now and then") is not whole without what came before."""
    checks = found.sentences(_CHECKED_CLEAR)
    if not checks:
        return None
    last = max(checks)
    later = {name: {i for i in where if i > last} for name, where in found.where.items()}
    return Findings({name: where for name, where in later.items() if where})


@dataclass(frozen=True)
class SignHit:
    sign: Sign
    # Read by the learned net (knowledge.flag_model), not by a concept rule: the answer
    # says what the message sounds like, not what it mentioned.
    learned: bool = False
    # Whether the message holds a word of the sign itself: the net reads an emergency beside
    # a same-day sign from words of the leg or the setting alone too ("calf swollen since my
    # knee surgery" sounded like coughing blood), so such a reading is not named.
    named: bool = True

    @property
    def level(self) -> str:
        return self.sign.level


@dataclass
class Findings:
    """Which concepts a message affirms, by sentence index."""

    where: dict[str, set[int]] = field(default_factory=dict)

    def add(self, name: str, sentence: int) -> None:
        self.where.setdefault(name, set()).add(sentence)

    def has(self, name: str) -> bool:
        return name in self.where

    def sentences(self, name: str) -> set[int]:
        return self.where.get(name, set())


def _told_now(text: str, pos: int = 0) -> bool:
    """Whether `text` (from `pos`) tells of now or of the writer's own: what makes a sign
    asked about or seen in a film just before it a report."""
    return any(p.search(text, pos) for p in (_CAME_TRUE, _NOW_OR_MINE, _OWN_SINCE))


def _told_now_after(sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence, whether a later one tells of now: one pass from the end, not a
    scan of every later sentence for each (a long story has dozens)."""
    later = [False] * len(sentences)
    for index in range(len(sentences) - 2, -1, -1):
        later[index] = later[index + 1] or _told_now(sentences[index + 1].canonical)
    return later


def _not_told_as_own(before: str, after: str) -> bool:
    """A time told of a character or asked about ("in the documentary a man had a cramp for
    20 minutes", "when do i worry about a cramp lasting over 10 minutes?")."""
    if _CAME_TRUE.search(after) or _REAL_PERSON.search(after) or _NOW_OR_MINE.search(after):
        return False
    clause = before[before.rfind(SEGMENT_MARK) + 1 :]
    window = " ".join(before.replace(SEGMENT_MARK, " ").split()[-_HYPOTHETICAL_REACH:])
    return _in_fiction(clause) or _WHEN_TO_WORRY.search(window) is not None


def _in_fiction(before: str) -> bool:
    """Whether a sign told after `before` (its clause so far) is a character's."""
    fiction = _IN_FICTION.search(before)
    if fiction is None or _REAL_PERSON.search(before, fiction.start()):
        return False
    told = fiction.group("told")
    return told is None or not _SOMEONE_REAL.search(told)


def _asked_about(
    sentence: Sentence, text: str, start: int, owned: bool = False, told_now_after: bool = False
) -> bool:
    window = " ".join(text[:start].replace(SEGMENT_MARK, " ").split()[-_HYPOTHETICAL_REACH:])
    if _HYPOTHETICAL.search(window):
        return True
    if _WATCH_FOR.search(window) and not _CAME_TRUE.search(text, start):
        return True
    if not told_now_after and _WHEN_TO_WORRY.search(window) and not _told_now(text, start):
        return True
    if _FEARED.search(window) and not _FEAR_CAME_TRUE.search(text, start):
        return True
    if _IF_OPEN.search(window) and _EVER_AHEAD.match(text[start:]):
        return True
    # "if ever my left leg swelled up and then went red": the what-if holds to the comma
    segment = text[text.rfind(SEGMENT_MARK, 0, start) + 1 : start]
    if (
        not told_now_after
        and _in_fiction(segment)
        and not _CAME_TRUE.search(text, start)
        and not _REAL_PERSON.search(text, start)
    ):
        return True
    if _WHAT_IF_EVER.search(segment):
        return True
    if _WHAT_IF_CLAUSE.search(" ".join(segment.split()[-_WHAT_IF_CLAUSE_REACH:])):
        return True
    if _HEARSAY.search(text[:start]) and _CLAIM.search(text[start:]):
        return True
    if _general_claim(text, start):
        return True
    if _FIGURE_OF_SPEECH.search(window):
        return True
    if _SO_MOVED.search(window) and not _STILL_SO.search(text, start):
        return True
    # A general question with nobody in it: "can cramps cause chest pain?"; asking whether
    # it is normal tells of what is happening ("is it normal to cough up blood? my calf is sore")
    words = text.replace(SEGMENT_MARK, " ").split()
    return bool(
        sentence.question_mark
        and not owned
        and words
        and words[0] in _QUESTION_WORDS
        and not any(w in _PERSONAL for w in words)
        and not _ASKED_IF_NORMAL.match(" ".join(words[:4]))
    )


def _general_claim(text: str, start: int) -> bool:
    """What was said or read a sign means, of nobody in particular (see _GENERAL_CLAIM)."""
    # the last "said" or "read" before the sign
    said = max(_SAID_OR_READ.finditer(text, 0, start), key=lambda m: m.start(), default=None)
    claim = _GENERAL_CLAIM.search(text, start)
    if said is None or claim is None:
        return False
    told = text[said.end() : claim.start()]
    return (
        SEGMENT_MARK not in told
        and not _PERSONAL.intersection(text[said.end() : start].split())
        and not _NOW_OR_MINE.search(told)
        and not _NOW_OR_MINE.search(text[claim.end() :])
    )


def _worn(text: str, start: int) -> bool:
    """Whether a garment is what the match at `start` is told of, just before it."""
    segment = text[text.rfind(SEGMENT_MARK, 0, start) + 1 : start]
    return _GARMENT_BEFORE.search(segment) is not None


def _likened(text: str, start: int) -> bool:
    """Whether the match at `start` is what something is likened to, a few words on."""
    segment = text[text.rfind(SEGMENT_MARK, 0, start) + 1 : start]
    return _SIMILE.search(" ".join(segment.split()[-_HYPOTHETICAL_REACH:])) is not None


def _ends_long_ago(told: str) -> bool:
    """Whether the last words of `told` hold a time long ago with nothing after it that
    brings the story back to now."""
    window = " ".join(told.split()[-_LONG_AGO_REACH:])
    return any(not _BACK_TO_NOW.search(window[time.end() :]) for time in _LONG_AGO.finditer(window))


def _long_ago(text: str, start: int, end: int, plain: str) -> bool:
    """Whether the match at start..end is told as past history: a time long ago shortly
    before it in its segment with nothing between that brings the story back to now, or
    right after it ("his face drooped in 1998")."""
    segment_start = text.rfind(SEGMENT_MARK, 0, start) + 1
    if _ends_long_ago(text[segment_start:start]):
        return True
    plain_segments = plain.split(SEGMENT_MARK)
    index = text.count(SEGMENT_MARK, 0, start)
    own = plain_segments[index] if index < len(plain_segments) else ""
    # told in the past, so a time long ago a few more words away is still its time: "my
    # mum passed out in the kitchen once when i was little"
    own_past = _TOLD_PAST.search(own) is not None and not _BACK_TO_NOW.search(own)
    if own_past and segment_start > 0 and not _RECENT_TIME.search(own):
        # "my grandad had a stroke back in the 90s, his face drooped on one side": the time
        # ends the segment before, and this one goes on in the past
        previous = text[text.rfind(SEGMENT_MARK, 0, segment_start - 1) + 1 : segment_start - 1]
        if _ends_long_ago(previous):
            return True
    reach = _LONG_AGO_AFTER_PAST if own_past else _LONG_AGO_AFTER
    segment_end = text.find(SEGMENT_MARK, end)
    words_after = text[end : segment_end if segment_end >= 0 else len(text)].split()
    after = " ".join(words_after[: reach + 4])
    if segment_end >= 0 and not _BACK_TO_NOW.search(text.replace(SEGMENT_MARK, " ")):
        # "fainted once at a school assembly, years ago, nothing since": a time long ago
        # told on its own right after the segment is its time, when nothing in the sentence
        # tells of now ("aged 70" is an age, "years ago, and again tonight" is now) and the
        # sign itself is told in the past ("sudden chest pain, years ago, had the same" is
        # now). The tense is read as typed: the canonical text has "collapse" for "fainted".
        next_end = text.find(SEGMENT_MARK, segment_end + 1)
        following = text[segment_end + 1 : next_end if next_end >= 0 else len(text)].strip()
        # ("that was 10 years ago", "it happened years back")
        following = _THAT_WAS.sub("", following, count=1)
        if _LONG_AGO_ALONE.fullmatch(following) and _TOLD_PAST.search(own):
            return True
    later = _LONG_AGO.search(after)
    between = after[: later.start()] if later is not None else ""
    return (
        later is not None
        and len(between.split()) <= reach
        and not _BACK_TO_NOW.search(between)
        # "my wife has collapsed she had surgery in 2025": a new clause, its own time
        and not _NEW_SUBJECT.search(between)
    )


class RedFlagDetector:
    def __init__(self, red_flags: RedFlags) -> None:
        self._concepts: dict[str, tuple[Concept, list[re.Pattern[str]]]] = {
            name: (concept, [compiled(p) for p in concept.patterns])
            for name, concept in red_flags.concepts.items()
        }
        # Most concepts are ruled out by the strings their matches must start with, before
        # any regex runs: a long story is otherwise searched ~60 times over.
        # Each pattern on its own: at a place only the patterns that can start there run.
        self._starts: dict[str, PrefixIndex[tuple[str, int]]] = {
            kind: PrefixIndex(
                ((name, number), pattern)
                for name, concept in red_flags.concepts.items()
                if concept.text == kind
                for number, pattern in enumerate(concept.patterns)
            )
            for kind in ("canonical", "plain")
        }
        # Per concept, per pattern: the run of letters every match holds ("" when none).
        self._needles: dict[str, list[str]] = {
            name: [needle_of(p) for p in concept.patterns]
            for name, concept in red_flags.concepts.items()
        }
        # The few patterns the index cannot narrow, each with the text it must find first.
        self._anywhere: dict[str, list[tuple[str, int, str]]] = {
            kind: [
                (name, number, self._needles[name][number])
                for name, number in sorted(index.anywhere)
            ]
            for kind, index in self._starts.items()
        }
        self._durations: dict[str, Duration] = dict(red_flags.durations)
        self._signs = sorted(red_flags.signs, key=lambda s: _LEVEL_ORDER[s.level])
        # Each sign's own concepts, not the leg, side or setting a same-day sign shares with
        # it: the words that back a reading of the sign from the whole message.
        same_day = set().union(*(s.concepts() for s in self._signs if s.level == "urgent"))
        self._own_concepts = {
            sign.id: {c for rule in sign.when for c in (*rule.all, *chain(*rule.any))} - same_day
            for sign in self._signs
        }

    # --- concepts ---------------------------------------------------------------------

    def _matches(
        self,
        name: str,
        sentence: Sentence,
        numbers: Iterable[int],
        owned: bool = False,
        told_now_after: bool = False,
    ) -> list[tuple[int, int, bool]]:
        """(start, end, affirmed) of each match of a concept in one sentence, from the
        patterns `numbers` names (those that match there: `_where_possible`)."""
        concept, patterns = self._concepts[name]
        text = sentence.plain if concept.text == "plain" else sentence.canonical
        found = []
        history = concept.negatable and _LONG_AGO.search(text) is not None
        for number in sorted(numbers):
            for m in patterns[number].finditer(text):
                affirmed = not concept.negatable or not (
                    denied(text, m.start())
                    or _answered_no(text, m.end())
                    or _asked_about(sentence, text, m.start(), owned, told_now_after)
                    or (history and _long_ago(text, m.start(), m.end(), sentence.plain))
                    or (name in _LITERAL_ONLY and _likened(text, m.start()))
                    or (name in _WORN_TIGHT and _worn(text, m.start()))
                )
                found.append((m.start(), m.end(), affirmed))
        return found

    def _where_possible(self, message: Normalised) -> dict[str, dict[int, set[int]]]:
        """For each concept, the sentences it matches in, each with the numbers of its
        patterns that match there. Only word starts that begin one of a pattern's start
        strings are tried (knowledge.prefixes), and only in a message that holds the run of
        letters every match of it holds: a long story is not searched once per pattern,
        nor each sentence for what it cannot hold. Each pattern is tried on the sentence
        alone, as `_matches` reads it: no lookbehind sees the sentence before, no lookahead
        the one after."""
        possible: dict[str, dict[int, set[int]]] = {}
        for kind, index in self._starts.items():
            parts = [getattr(s, kind) for s in message.sentences]
            whole = f" {SEGMENT_MARK} ".join(parts)
            offsets = part_starts(parts)
            for (name, number), places in index.places(whole).items():
                if self._needles[name][number] not in whole:
                    continue
                pattern = self._concepts[name][1][number]
                matched_in = -1  # places come in text order: one match per sentence is enough
                for at in places:
                    sentence = bisect_right(offsets, at) - 1
                    if sentence != matched_in and pattern.match(
                        parts[sentence], at - offsets[sentence]
                    ):
                        possible.setdefault(name, {}).setdefault(sentence, set()).add(number)
                        matched_in = sentence
            # A pattern the index cannot narrow is tried on each sentence on its own ("^" is
            # a sentence's start).
            for name, number, needle in self._anywhere[kind]:
                pattern = self._concepts[name][1][number]
                if needle not in whole:
                    continue
                for i, part in enumerate(parts):
                    if needle in part and pattern.search(part):
                        possible.setdefault(name, {}).setdefault(i, set()).add(number)
        return possible

    def names_any_of(self, message: Normalised, sign_id: str) -> bool:
        """Whether the message holds a word of the sign itself, told, denied or asked."""
        return not self._own_concepts[sign_id].isdisjoint(self._where_possible(message))

    def findings(self, message: Normalised) -> Findings:
        found = Findings()
        sentences = message.sentences
        possible = self._where_possible(message)
        # "warning signs such as coughing blood. thats happening to grandad"
        told_now_after = _told_now_after(sentences)
        # Where each concept matched, by sentence: the durations read them again.
        spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for index, sentence in enumerate(sentences):
            if answered_no(sentences, index):
                continue
            owned = answered_yes(sentences, index) or (
                sentence.question_mark
                and index + 1 < len(sentences)
                and _OWNED.search(sentences[index + 1].plain) is not None
            )
            for name, where in possible.items():
                if index in where:
                    matches = self._matches(
                        name, sentence, where[index], owned, told_now_after[index]
                    )
                    spans[name, index] = [(start, end) for start, end, _ in matches]
                    if any(affirmed for _, _, affirmed in matches):
                        found.add(name, index)
        for name, duration in self._durations.items():
            for index in self._spans(duration, message, possible, spans):
                found.add(name, index)
        return found

    # --- durations --------------------------------------------------------------------

    def _spans(
        self,
        duration: Duration,
        message: Normalised,
        possible: dict[str, dict[int, set[int]]],
        spans: dict[tuple[str, int], list[tuple[int, int]]],
    ) -> set[int]:
        """Sentences where something of `duration.of` lasted over its limit."""
        hits: set[int] = set()
        previous_subject: str | None = None
        for index, sentence in enumerate(message.sentences):
            text = sentence.canonical
            events: list[tuple[int, int, str]] = []
            for kind, names in (("of", duration.of), ("not_of", duration.not_of)):
                for name in names:
                    concept = self._concepts[name][0]
                    source = sentence.plain if concept.text == "plain" else text
                    if source is not text or index not in possible.get(name, ()):
                        continue  # positions must refer to the same text
                    found = spans.get((name, index))
                    if found is None:
                        numbers = possible[name][index]
                        found = [(s, e) for s, e, _ in self._matches(name, sentence, numbers)]
                    events += [
                        (
                            s,
                            e,
                            "setting" if kind == "not_of" and _SETTING.search(text, 0, s) else kind,
                        )
                        for s, e in found
                    ]
            events.sort()
            # "since half past nine. It is now ten o'clock": the two times may be told apart
            clock = _clock_span(sentence.plain)
            if clock is None and index > 0:
                clock = _clock_span(f"{message.sentences[index - 1].plain} {sentence.plain}")
                clock = None if clock is None else (clock[0], 0)
            if clock is not None and duration.over_minutes < clock[0] < duration.under_minutes:
                # the cramp lasted if it was the last thing told, or the last told before the
                # start time ("cramp in my foot, since half past ten, ... rubbed it, stood on it")
                subject = previous_subject
                if events:
                    told_before = [event for event in events if event[0] < clock[1]]
                    subjects = {max(told)[2] for told in (events, told_before) if told}
                    subject = "of" if "of" in subjects else "not_of"
                if subject == "of":
                    hits.add(index)
            for m in _DURATION.finditer(text):
                minutes = _minutes(m)
                if minutes is None or not duration.over_minutes < minutes < duration.under_minutes:
                    continue
                if _HABIT.search(text[: m.start()]):
                    continue
                if _IN_THE_LAST.search(text[: m.start()]) and _OF_AN_EVENT.match(text[m.end() :]):
                    continue
                # (with the duration's own words: "five times over an hour")
                near = " ".join(
                    text[: m.start()].split(SEGMENT_MARK)[-1].split()[-_INTERMITTENT_REACH:]
                    + m.group(0).split()
                    + text[m.end() :].split(SEGMENT_MARK)[0].split()[:_INTERMITTENT_REACH]
                )
                if _INTERMITTENT.search(near):
                    continue
                before = text[: m.start()]
                if _COUNTERFACTUAL_SPAN.search(before[before.rfind(SEGMENT_MARK) + 1 :]):
                    continue
                if _not_told_as_own(before, text[m.end() :]):
                    continue
                if _FELT_LIKE.search(before):
                    continue
                quotes_the_limit = bool(m.group("above")) and minutes - 0.5 <= duration.over_minutes
                if quotes_the_limit and (
                    (sentence.question and _ASKED_SPAN.search(before)) or _IF_SPAN.search(before)
                ):
                    continue
                told_as_span = (
                    _LASTING.search(before)
                    or _ENDED_AFTER.search(before)
                    or _NOT_LET_GO_IN.search(before)
                )
                after = text[m.end() :]
                if _SO_FAR.search(before):
                    if _SINCE_IT_BEGAN.match(after):
                        hits.add(index)
                        continue
                    if (
                        _NOW_FINE.match(after)
                        or _SORE_NOW.match(after)
                        or _NOT_A_SPAN_AFTER.match(after)
                        or _PASSED_BEFORE.search(before)
                    ):
                        continue
                    if any(kind == "of" for _, end, kind in events if end <= m.start()):
                        hits.add(index)  # a cramp told before it: its time so far
                        continue
                if (
                    _STILL_CRAMPED_AT.search(before)
                    or (_STILL_CRAMPED_THEN.search(before) and after.startswith(" later"))
                    or _STILL_CRAMPED_AFTER.match(after)
                    or (_TOOK.search(before) and _TO_EASE_THE_CRAMP.match(after))
                ):
                    # the cramp's own time, told by what still held it or what ended it
                    hits.add(index)
                    continue
                # a cramp told before the time ("calf cramp hit at the car park 20 minutes
                # back"), in the sentence before, or what has "been going" so far
                kinds_before = [kind for _, end, kind in events if end <= m.start()]
                letting_go = (
                    _LETTING_GO_AT.search(before)
                    or _LETTING_GO_AFTER.match(after)
                    or _WONT_EASE_SINCE.match(after)
                )
                if letting_go and (
                    "of" in kinds_before
                    or (not kinds_before and previous_subject == "of")
                    or _SO_FAR.search(before)
                ):
                    hits.add(index)
                    continue
                if _MUSCLE_LETTING_GO_AT.search(before) and _AFTER_ITS_TIME.match(after):
                    hits.add(index)
                    continue
                of_what = after.startswith(" of ")
                lasting = bool(told_as_span) or of_what
                point = _NOT_A_SPAN_BEFORE.search(before)
                if point and point.group(0).rstrip().endswith(" on") and _ON_NOW.match(after):
                    point = None  # "we're on 25 minutes now": the count so far
                if not lasting and (_NOT_A_SPAN_AFTER.match(after) or point):
                    continue
                if of_what and point and not told_as_span and not _ENDS_LATER.search(after):
                    # "after an hour of gaming" is when; "after 20 minutes of cramping", the
                    # cramp's own time: only what follows "of" can make it the cramp's
                    subject = _subject_of(m, text, events, lasting=False, ahead_only=True)
                else:
                    subject = _subject_of(m, text, events, lasting) or previous_subject
                if subject == "of":
                    hits.add(index)
            if events:
                previous_subject = events[-1][2]
        return hits

    # --- signs ------------------------------------------------------------------------

    def _holds(self, rule: Rule, found: Findings) -> bool:
        if any(found.has(c) for c in rule.none):
            return False
        if not all(found.has(c) for c in rule.all):
            return False
        if not all(any(found.has(c) for c in group) for group in rule.any):
            return False
        if not rule.same_sentence:
            return True
        common: set[int] | None = None
        for name in rule.all:
            common = found.sentences(name) if common is None else common & found.sentences(name)
        candidates = (
            common
            if common is not None
            else set().union(*(found.sentences(c) for group in rule.any for c in group))
        )
        return any(
            all(any(i in found.sentences(c) for c in group) for group in rule.any)
            for i in candidates
        )

    def detect_normalised(self, message: Normalised) -> list[SignHit]:
        found = self.findings(message)
        closed = self._closed_story(found, message)
        after_check = _told_after_the_check(found)
        return [
            SignHit(sign)
            for sign in self._signs
            if any(
                (self._holds(r, found) or (after_check is not None and self._holds(r, after_check)))
                and not self._told_as_over(r, found, closed)
                for r in sign.when
            )
        ]

    def _closed_story(self, found: Findings, message: Normalised) -> set[int]:
        """Sentences of a story that closes itself, told only in its past: up to the last
        sentence that closes it ("the panic is over"), or up to one that moves the story on
        ("fast forward to ..."), in the past tense with nothing of now. What comes after
        is a new story. A check told in its own past sentence closes that sentence alone;
        another time's or another person's check closes nothing."""
        sentences = message.sentences
        own = {
            i
            for i in found.sentences(_EPISODE_OVER_HERE)
            if not _ANOTHER_TIME.search(sentences[i].plain) and _told_in_past(sentences[i])
        }
        closing = {
            i
            for i in found.sentences(_EPISODE_OVER)
            if not _ANOTHER_TIME.search(sentences[i].plain)
        }
        ends = [max(closing) + 1] if closing else []
        if moved_on := found.sentences(_STORY_MOVES_ON):
            ends.append(max(moved_on))
        if not ends:
            return own
        return own | {i for i, s in enumerate(sentences[: max(ends)]) if _told_in_past(s)}

    def _told_as_over(self, rule: Rule, found: Findings, closed: set[int]) -> bool:
        """Whether every symptom the rule found is told only in a closed story: "my foot went
        purple and they couldnt find a pulse ... the panic is over". One symptom told now
        ("now my jaw is stiff" after an old wound) keeps the rule."""
        if not closed:
            return False
        names = [*rule.all, *(name for group in rule.any for name in group)]
        symptoms = [
            name
            for name in names
            if found.has(name) and name in self._concepts and self._concepts[name][0].negatable
        ]
        return bool(symptoms) and all(found.sentences(name) <= closed for name in symptoms)


_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_HOUR = r"(?:\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"
# "five past eleven", "twenty to six", "25 past 10": minutes before "past" or "to"
_MINUTES_PAST = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25}
# the words above, longest first ("twenty five" before "twenty"), or a number
_PAST_MINUTES = "(?:" + "|".join(sorted(_MINUTES_PAST, key=len, reverse=True)) + r"|\d{1,2})"
# A time of day as typed: "6 15" (6.15 after normalising), "6pm", "half past nine", "quarter
# to ten", "half eleven" (British for 11:30), "ten oclock", "midnight".
_CLOCK_TIME = re.compile(
    rf"\b(?:(?P<part>{_PAST_MINUTES}) (?P<rel>past|to) (?P<h1>{_HOUR})"
    rf"|half (?P<h2>{_HOUR})"
    rf"|(?P<h4>{_HOUR}) ?(?:oclock|o clock)"
    rf"|(?P<h3>\d{{1,2}})(?: (?P<m3>\d{{2}}))?(?: ?(?P<ap3>am|pm))?"
    rf"|(?P<mid>midnight|noon|midday))\b"
    # "its 12 weeks", "at 3 miles": a number with a unit is no time of day
    r"(?! ?(?:weeks?|days?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|times|"
    r"miles?|km|k|kg|lbs?|yo|year|mg|percent|x)\b)"
)
_STARTED_AT = re.compile(
    r"\b(?:since|from|started|start|starts|began|begin|begun|came on|kicked in)"
    r"(?: at| about| around)*\s*$"
    # "started in my right calf at 11 40"
    r"|\b(?:started|starts|began|begin|begun|came on|kicked in)(?: \w+){1,5}"
    r" at(?: about| around)?\s*$"
)
# Every start _STARTED_AT reads begins with one of these words.
_START_WORD = re.compile(
    r"\b(?:since|from|start|started|starts|began|begin|begun|came on|kicked in)\b"
)
_NOW_IS = re.compile(
    r"\b(?:now|its|it s|it is|now its|now it s|now is|now it is|gone|now gone|its gone|"
    r"it s gone|it is gone)(?: now| already| past| about| around| nearly| almost)*\s*$"
)
_CLOCK_CUE_REACH = 48


def _clock_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a time found by _CLOCK_TIME, or None if it is no time."""
    if m.group("mid"):
        return 12 * 60 if m.group("mid") in ("noon", "midday") else 0

    def hour(text: str) -> int:
        return _HOUR_WORDS[text] if text in _HOUR_WORDS else int(text)

    if m.group("h1"):
        h = hour(m.group("h1"))
        part = m.group("part")
        offset = _MINUTES_PAST[part] if part in _MINUTES_PAST else int(part)
        if offset > 59:
            return None
        return (h * 60 + (offset if m.group("rel") == "past" else -offset)) % (24 * 60)
    if m.group("h2"):
        return hour(m.group("h2")) * 60 + 30
    if m.group("h4"):
        return hour(m.group("h4")) * 60
    h, minute, half = int(m.group("h3")), m.group("m3"), m.group("ap3")
    if h > 23 or (minute is not None and int(minute) > 59):
        return None
    if half:
        h = h % 12 + (12 if half == "pm" else 0)
    return h * 60 + int(minute or 0)


def _clock_span(plain: str) -> tuple[float, int] | None:
    """Minutes from a time something started ("since 6 15", "began at half past nine") to
    the time it is now ("it s now 6 40", "now its gone midnight"), as typed. Times on a
    12-hour face are read as the shortest span forward ("11 40" to "12 05" is 25 minutes).
    With it, where the start time stands in the text (what was told before it lasted)."""
    if not _START_WORD.search(plain):
        return None  # no start told, no span (most sentences: skip the clock search)
    start: int | None = None
    start_at = 0
    for m in _CLOCK_TIME.finditer(plain):
        minutes = _clock_minutes(m)
        if minutes is None:
            continue
        before = plain[max(0, m.start() - _CLOCK_CUE_REACH) : m.start()]
        if start is None:
            if _STARTED_AT.search(before):
                start, start_at = minutes, m.start()
        elif _NOW_IS.search(before):
            span = (minutes - start) % (24 * 60)
            return (min(span, span % (12 * 60)) if span >= 12 * 60 else span), start_at
    return None


def _minutes(m: re.Match[str]) -> float | None:
    if m.group("half"):
        return 30
    if m.group("quarter"):
        return 45 if m.group("three") else 15
    if m.group("ages"):
        return 120
    count_text = (m.group("count") or "").replace("a ", "").replace(" of", "").strip()
    if count_text.replace(" ", "").isdigit():
        count = float(count_text.split()[0])
    else:
        count = float(_NUMBER_WORDS.get(count_text, 0))
    if not count:
        return None
    if m.group("more") or m.group("above"):
        # "took a full 10 more minutes to work out": on top of what had passed, so longer;
        # "over 10 minutes" is longer than 10 too
        count += 0.5
    unit = m.group("unit")
    if unit.startswith("sec"):
        return count / 60
    if unit.startswith(("minute", "min")):
        return count
    if unit.startswith("hour"):
        return count * 60
    if unit.startswith("day"):
        return count * 1440
    return count * 10080


def _subject_of(
    m: re.Match[str],
    text: str,
    events: list[tuple[int, int, str]],
    lasting: bool,
    ahead_only: bool = False,
) -> str | None:
    """Whose time a duration is: after "for" or "lasted", what came before ("rode for 3
    hours"); otherwise the event right after it ("a 3 hour ride", "20 minutes of
    cramping"), else the nearest event before it in the sentence."""
    before = [(end, kind) for start, end, kind in events if end <= m.start()]
    # "my calf cramped while i was reading and it lasted 40 minutes": what the person was
    # doing when it started is the scene, not what "it lasted" goes back to
    told = [(end, kind) for end, kind in before if kind != "setting"]
    if lasting and told:
        return max(told)[1]
    before = [(end, "not_of" if kind == "setting" else kind) for end, kind in before]
    # "cycled 3 hours then cramped for a minute": the time right after a verb is its own
    right_before = [kind for end, kind in before if not text[end : m.start()].strip()]
    if right_before:
        return right_before[-1]
    ahead_limit = m.end() + len(" ".join(text[m.end() :].split()[:_EVENT_AHEAD_WORDS])) + 1
    for start, _, kind in events:
        if m.end() <= start <= ahead_limit and SEGMENT_MARK not in text[m.end() : start]:
            return kind
    if ahead_only:
        return None
    return max(before)[1] if before else None
