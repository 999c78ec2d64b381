"""The evaluation's figures, held a little below what `make eval` measured (README,
"Evaluation"): a change that makes the bot understand real messages worse fails here.
Times are measured by `make eval` and `make bench`, not held by tests."""

from __future__ import annotations

import pytest

from evaluation.scoring import Report, evaluate, load_part
from evaluation.train import cross_validate
from knowledge.assistant import Assistant
from knowledge.loader import load_content
from tests.support.assistant import shared_assistant


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return shared_assistant()


def share(pair: tuple[int, int]) -> float:
    hit, total = pair
    assert total > 0
    return hit / total


@pytest.fixture(scope="module")
def test_part(assistant: Assistant) -> Report:
    return evaluate(assistant, "test", load_part("test"), repeats=0)


def test_the_set_is_as_large_and_as_varied_as_promised() -> None:
    items = load_part("dev") + load_part("test")
    groups = [g for item in items for g in item.groups]
    minimum = {
        "long": 40, "pregnancy": 20, "sport": 20, "medicines": 20, "children": 15,
        "red_flag": 30, "out_of_scope": 20, "language": 20, "small_talk": 15,
    }  # fmt: skip
    for group, count in minimum.items():
        assert groups.count(group) >= count, group
    signs = {item.sign for item in items if item.sign}
    assert len(signs) >= 15, "every sign of the guidance"
    test_ids = {item.id for item in load_part("test")}
    assert not test_ids & {item.id for item in load_part("dev")}, "split once, no overlap"


def test_every_label_is_one_the_bot_has() -> None:
    """A topic or sign the content lacks ("stretching") could never be answered right, and
    fitting the models on it fails: each batch is checked as it is added."""
    content = load_content()
    topics = set(content.topics)
    signs = {sign.id for sign in content.red_flags.signs}
    for item in load_part("dev") + load_part("test"):
        assert {item.topic, *item.also_ok} - {None} <= topics, item.id
        assert item.sign is None or item.sign in signs, item.id


def test_development_part() -> None:
    """The development part answered by a topic model and a red-flag model fit on the other
    folds (3 here, about a minute and a half; 9 in `make eval`): the figures that compare
    with the held-out part. The shipped models, fit on the whole part, are held by the
    held-out part below and by tests/knowledge/test_topic_model.py and test_flag_model.py."""
    dev = cross_validate(Assistant(load_content(), topic_model=None), load_part("dev"), 3)
    assert share(dev.recall("emergency")) >= DEV_EMERGENCY_RECALL
    assert share(dev.recall("urgent")) >= DEV_URGENT_RECALL
    assert share(dev.false_alarms()) <= DEV_FALSE_ALARMS
    wrong, total = dev.out_of_scope_wrong()
    assert wrong / total <= DEV_OUT_OF_SCOPE_WRONG
    assert share(dev.top1()) >= DEV_TOP1
    assert share(dev.real_top1()) >= DEV_REAL_TOP1
    assert share(dev.offered()) >= DEV_OFFERED


def test_held_out_part(test_part: Report) -> None:
    assert share(test_part.recall("emergency")) >= TEST_EMERGENCY_RECALL
    assert share(test_part.recall("urgent")) >= TEST_URGENT_RECALL
    assert share(test_part.false_alarms()) <= 0.02
    assert share(test_part.top1()) >= TEST_TOP1
    assert share(test_part.offered()) >= TEST_OFFERED
    wrong, total = test_part.out_of_scope_wrong()
    assert wrong / total <= TEST_OUT_OF_SCOPE_WRONG


# Floors: a little below the figures of the last `make eval` (README). The development part
# is held cross-validated, 3 folds: 3,183 of 3,901 top-1 (81.6%), real posts 565 of 656,
# offered 3,524 (90.3%), emergency 1,444 of 1,456, urgent 694 of 713, false alarms 115 of
# 4,231 (2.7%), out of scope answered 38 of 416 (9.1%) (twelfth session, after batches 52
# and 53; batch 53's 27 code-switched red flags are labelled with a topic and answered with
# their alarm, which counts as no topic, so top-1 fell below 82%; batch 51's 40 reports did
# the same a session before). Until the tenth session these were
# held on the models fit on the whole part too (top-1 90.0%, offered 93.1%), which answering
# the part twice made the slowest test of `make test`.
# Top-1 sits lower than before batches 26, 28, 29 and 31: their look-alikes (a sign's words
# said harmlessly, in formal letters, voice to text) are hard to place and no earlier message
# changed its answer. It sits lower again since batches 35 and 36: 1,320 written messages
# labelled strictly with one topic each, and batch 37's real stories (27 of 57 untuned).
# Urgent recall: batch 33's real posts tell two long cramps the way words alone barely can
# ("calves still all cramped up" from 5 to 7 am, "would not go away" half the night).
# Batch 44 adds eight urgent reports in other languages whose clot settings and long cramps
# are read in English only (the issue asks those languages for the emergency signs and a
# swollen painful leg).
DEV_EMERGENCY_RECALL = 0.975
DEV_URGENT_RECALL = 0.96
DEV_TOP1 = 0.81
DEV_REAL_TOP1 = 0.85
DEV_OFFERED = 0.90
# Out of scope: batch 37's real posts keep five answered (leg pain "during my period", cramps
# three days after starting the pill, a pulled hamstring told with its cramp). Batch 38's
# real posts add four (a dancer's rib cramp that makes breathing painful, kept alarmed as
# the guidance says; a sciatica story ending "gasping 'SCIATIC'"; a question about
# hyperlipidemia and one about potassium with high blood pressure). Batch 39's add two: a
# hip-flexor strain told as numbness with one leg lifted in by hand (alarmed), and quads
# that "pop" at heavy squats, asked as cramp or strain (given the exercise topic). Batch 42,
# written to be hard (sport tactics, compression-sock sizing, running shoes, a child's night
# terrors, a pill's timing), was 22 of 80 untuned and 16 after its fixes.
DEV_OUT_OF_SCOPE_WRONG = 0.11
# The target (2%) is held on the held-out part below. The development part's look-alikes of
# batches 24-31 (a grimace, a dental nurse's "normal", laughing till breathless, a nurse's
# "watch for breathlessness", navy nail polish on "blue" toes, a first-aid quiz's locked
# jaw) are kept on the safe side where words alone cannot tell them from a sign, as are
# batch 37's real stories told after the fact (a clot found and treated, a faint "one
# time"). The learned red-flag net (knowledge/flag_model.py), on folds it was not fit on,
# adds a few: the rules alone alarm 108 of the 110.
DEV_FALSE_ALARMS = 0.03
TEST_EMERGENCY_RECALL = 0.93
TEST_URGENT_RECALL = 0.9
# The held-out part with the topic model: 67 of 78 (85.9%), offered 70 of 78; 65 of 78
# (83.3%) after the eighth session's three red-flag rounds and the model refit on their
# batches (its look-alikes add 40 topic messages). The cause was not looked for on the
# held-out part: it is held out. 66 of 78 in the twelfth session; 64 (82.1%) in the
# thirteenth, after refits on 17 messages the long-cramp rules no longer alarm and on batch
# 54 (75 topic messages of five topics). Cross-validated on the other batches, adding batch
# 54 to every fold's fit moved top-1 from 3,222 to 3,217 of 3,901: noise, not a gain.
TEST_TOP1 = 0.82
TEST_OFFERED = 0.88
TEST_OUT_OF_SCOPE_WRONG = 0.2
