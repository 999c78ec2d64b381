"""Greetings, thanks, "ok", goodbyes and emoji: a short friendly answer, never "no answer".

Only short messages that say nothing else count: "thanks, but my calf is still swollen"
is a report, not small talk, and goes on to the red flags and topics.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from knowledge.text import basic_normalise


class SmallTalk(Enum):
    GREETING = "greeting"
    THANKS = "thanks"
    ACK = "ack"
    BYE = "bye"
    WHO = "who"
    COMPLAINT = "complaint"
    EMOJI = "emoji"


_MAX_WORDS = 7
_PHRASES: dict[SmallTalk, re.Pattern[str]] = {
    kind: re.compile(r"^(?:" + pattern + r")$")
    for kind, pattern in {
        SmallTalk.GREETING: r"(hi+|hello+|hey+|hiya|howdy|yo|hallo|hola|ola|bonjour|ciao|"
        r"good (morning|afternoon|evening|day)|morning|evening|greetings|sup|whats up|"
        r"hi there|hello there|hey there|start|hi bot|hello bot|hey bot)( (again|coach|"
        r"cramp coach|bot|there|everyone|all|friend))?( how are you( doing)?)?",
        SmallTalk.THANKS: r"((thanks?|thx|ty|tysm|cheers|thank you|thankyou|thank u|many thanks|"
        r"ta|appreciate it|much appreciated|grateful)( (so|very) much| a lot| again| for "
        r"(the|your) (help|info|information|answer|advice|tips)| you| bot)*( (that|this) "
        r"(helps|helped|was helpful))?|(that|this) (helps|helped|was helpful|is helpful)|"
        r"great (thanks|thank you)|helpful|very helpful)",
        SmallTalk.ACK: r"(ok+|okay|k|kk|alright|all right|right|sure|got it|i see|cool|nice|"
        r"great|good|fine|yes|yeah|yep|no|nope|nah|understood|makes sense|noted|will do|"
        r"perfect|awesome|hmm+|ah+|oh+|lol|haha+|wow)( (thanks|thank you|then|ok|great|cool))?",
        SmallTalk.BYE: r"(bye+|goodbye|good night|goodnight|nite|night night|see you|see ya|"
        r"later|cya|take care|sleep well)( (then|now|bot|coach|thanks|thank you))?",
        SmallTalk.WHO: r"(who|what) are you|are you (a )?(bot|robot|human|real|a real person|ai)|"
        r"what (can|do) you do|what is this( bot)?|how does this work|help me|help",
        SmallTalk.COMPLAINT: r"(you re|youre|you are|this is|ur) (useless|stupid|dumb|rubbish|"
        r"bad|not helpful|no help|wrong)|(useless|stupid|dumb) bot|that (didnt|did not) help|"
        r"not helpful|wrong answer",
    }.items()
}


def _only_symbols(text: str) -> bool:
    """Emoji, stickers typed as symbols, punctuation: nothing to read."""
    stripped = [c for c in text if not c.isspace()]
    return bool(stripped) and all(
        unicodedata.category(c)[0] in "SPM" or c in "\u200d\ufe0f" for c in stripped
    )


def small_talk(text: str) -> SmallTalk | None:
    if _only_symbols(text):
        return SmallTalk.EMOJI
    words = basic_normalise(text)
    if not words or len(words.split()) > _MAX_WORDS:
        return None
    for kind, pattern in _PHRASES.items():
        if pattern.match(words):
            return kind
    return None
