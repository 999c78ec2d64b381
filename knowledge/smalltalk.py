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


_MAX_WORDS = 10
_PHRASES: dict[SmallTalk, re.Pattern[str]] = {
    kind: re.compile(r"^(?:" + pattern + r")$")
    for kind, pattern in {
        SmallTalk.GREETING: r"(hi+|hello+|helo+|hey+|heya|hiya|howdy|yo|hallo|hola|ola|bonjour|"
        r"ciao|"
        r"good (morning|afternoon|evening|day)|morning|evening|greetings|sup|whats up|"
        r"hi there|hello there|hey there|start|hi bot|hello bot|hey bot)( (again|coach|"
        r"cramp coach|bot|there|everyone|all|friend))?( how are you( doing)?)?",
        SmallTalk.THANKS: r"((thanks?|thx|thnx|thnks|ty+|tysm|tyvm|cheers|thank you|thankyou|"
        r"thank u|many thanks|"
        r"ta|appreciate it|much appreciated|grateful)( (so|very) much| a lot| again| for "
        r"(the|your) (help|info|information|answer|advice|tips)| you| bot)*( (that|this) "
        r"(helps|helped|was helpful))?|(that|this) (helps|helped|was helpful|is helpful)|"
        r"great (thanks|thank you)|helpful|very helpful)",
        SmallTalk.ACK: r"(ok+|okay|k|kk|alright|all right|right|sure|got it|i see|cool|nice|"
        r"great|good|fine|yes|yeah|yep|no|nope|nah|understood|makes sense|noted|will do|"
        r"perfect|awesome|hmm+|ah+|oh+|lol|haha+|wow|nvm|nevermind|never mind|np|"
        r"(ah |oh )?(that )?makes sense)( (thanks|thank you|then|ok|great|cool))?",
        SmallTalk.BYE: r"(bye+|goodbye|good night|goodnight|gn|gnight|nite|night night|see you|"
        r"see ya|"
        r"later|cya|take care|sleep well)( (then|now|bot|coach|thanks|thank you))?",
        SmallTalk.WHO: r"(who|what) are you|are you (a )?(real )?(bot|robot|human|real|person|"
        r"ai)( or (a )?(real )?(bot|robot|human|person|ai|machine))?|"
        r"who (made|built|created|wrote|programmed|designed|owns|runs) (you|u|this|this bot|it)|"
        r"(are|r) (you|u) (a |an )?(real )?(doctor|nurse|bot|robot|human|person|ai)"
        r"( or (just )?(a |an )?(real )?(bot|robot|human|person|ai|machine|doctor))?|"
        r"is (anyone|anybody|someone|somebody) (actually |really )?(there|here|reading|listening)"
        r"( (this|these|to this|to these|to me))?|"
        r"what (can|do) you do|what is this( bot)?|how does this work|help me|help",
        SmallTalk.COMPLAINT: r"(you re|youre|you are|this is|ur) (useless|stupid|dumb|rubbish|"
        r"bad|not helpful|no help|wrong)|(useless|stupid|dumb) bot|that (didnt|did not) help|"
        r"not helpful|wrong answer",
    }.items()
}


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _only_symbols(text: str) -> bool:
    """Emoji, stickers typed as symbols, punctuation: nothing to read."""
    if _LETTER_OR_DIGIT.search(text):
        return False  # found at once in any message with words, however long
    stripped = [c for c in text if not c.isspace()]
    return bool(stripped) and all(
        unicodedata.category(c)[0] in "SPM" or c in "\u200d\ufe0f" for c in stripped
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Beyond the set phrases: a short message made only of these words ("night night, thanks
# for the help x", "cheers, that's sorted me out", "hello, anyone there?") says nothing
# else either. The first kind found in this order names it.
_KIND_WORDS: dict[SmallTalk, frozenset[str]] = {
    SmallTalk.THANKS: _words(
        "thanks thank thanx thx ty tysm cheers ta appreciate appreciated grateful helpful helped "
        "lifesaver legend star hero"
    ),
    SmallTalk.BYE: _words("bye goodbye goodnight nite night cya ttyl brb afk gtg g2g"),
    SmallTalk.GREETING: _words(
        "hi hello hey hiya howdy hallo hola bonjour ciao morning afternoon evening greetings "
        "namaste salaam salam shalom aloha hej"
    ),
    SmallTalk.ACK: _words(
        "ok okay okey k kk alright sure cool nice great good fine yes yeah yep yup no nope nah "
        "understood noted perfect awesome lol haha brilliant lovely sorted gotcha excellent "
        "amazing super wonderful fab fantastic grand"
    ),
}
_FILLER = _words(
    """you u ya so much very really a lot for the your all help info information answer answers
    advice tips that this is was s ve been have has me out again there anyone anybody
    everyone x xx xxx bot coach then now just oh ah well and i it its got get see will do
    makes sense take care sleep talk soon later mate guys one more time everything m im am
    here good be to of that s ll my too as always re youre kettle on off back"""
)
_KNOWN = _FILLER.union(*_KIND_WORDS.values())
_REPEATS = re.compile(r"(\w)\1{2,}")  # "hiii", "thanksss", "okkk"


def _unstretched_words(normalised: str) -> list[str]:
    """The words, stretched letters shortened: "hiii thanksss" -> ["hi", "thanks"]."""
    return _REPEATS.sub(r"\1", normalised).split()


def _kind_of(words: list[str]) -> SmallTalk | None:
    """The first kind whose words the message holds."""
    present = set(words)
    return next((kind for kind, vocabulary in _KIND_WORDS.items() if vocabulary & present), None)


def _plain_small_talk(words: list[str]) -> SmallTalk | None:
    if len(words) > _MAX_WORDS or not _KNOWN.issuperset(words):
        return None
    return _kind_of(words)


def small_talk(text: str) -> SmallTalk | None:
    if _only_symbols(text):
        return SmallTalk.EMOJI
    words = basic_normalise(text)
    if not words:
        return None
    if len(words.split()) <= _MAX_WORDS:
        for kind, pattern in _PHRASES.items():
            if pattern.match(words):
                return kind
    return _plain_small_talk(_unstretched_words(words))


_THANKS_NOTE = re.compile(
    r"\b(thank you|thanks|thank u|thankyou|many thanks|cheers|gracias|obrigad[oa]|valeu|merci|"
    r"danke|grazie|spasibo|terima kasih|makasih|shukriya|dhanyavaad|dhanyavad)\b"
)
# Thanks for what worked, asking nothing: "thanks, the stretch worked perfectly" is no
# question about stretching.
_IT_WORKED = re.compile(
    r"\b(worked|works|helped|helps|did the trick|was (really |very |so |super )?(useful|helpful)|"
    r"sorted it|fixed it)\b"
)
# ... with nothing still wrong, asked or denied (review14: "thanks. what helps with calf cramps
# at night", "nothing has helped", "is it safe while pregnant", "numb and weak tho").
_BUT_STILL = re.compile(
    r"\b(but|still|again|though|tho|although|however|except|worse|any more|anymore|what|how|"
    r"should|can|could|is it|is that|do i|does|why|when|which|safe|ok to|okay to|nothing|never|"
    r"not|no|dont|didnt|doesnt|hasnt|havent|wont|pregnant|numb|weak|swollen|dark|back|"
    r"returned|only|for a (day|while|bit))\b"
)
_MAX_THANKS_WORDS = 20


def thanks_note(text: str) -> bool:
    """A longer note of thanks with no question in it ("I read your tips every day... thank
    you for taking the time"): answered as thanks when nothing else in it is ours."""
    return "?" not in text and bool(_THANKS_NOTE.search(basic_normalise(text)))


_MAX_FRIENDLY_WORDS = 12


def thanks_for_what_worked(text: str) -> bool:
    """Thanks and a word that something helped, short, nothing asked, denied or still wrong."""
    plain = basic_normalise(text)
    return (
        len(plain.split()) <= _MAX_THANKS_WORDS
        and thanks_note(text)
        and bool(_IT_WORKED.search(plain))
        and not _BUT_STILL.search(plain)
    )


# "night" after one of these is a time of day, not a goodnight: "i grind my teeth at night"
_NIGHT_AS_TIME = re.compile(
    r"\b(at|every|last|all|the|each|a|per|one|by|during|through|in|of|tonight|late|overnight)"
    r" (night|nite)\b"
)


def friendly_words(text: str) -> SmallTalk | None:
    """For a short message in which nothing about legs or cramps was found ("hiya, first
    time using this", "brilliant, that's exactly what I needed"): the small talk its words
    make, if any; a friendly word beats "no answer"."""
    words = _unstretched_words(_NIGHT_AS_TIME.sub(r"\1", basic_normalise(text)))
    if not words or len(words) > _MAX_FRIENDLY_WORDS:
        return None
    return _kind_of(words)
