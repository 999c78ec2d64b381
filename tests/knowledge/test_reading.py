"""What a message tells beyond its words' topic: a medicine or a drink the person suspects,
small talk in many shapes, and what is not about leg cramps at all."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.assistant import Kind
from tests.support.assistant import shared_assistant

ASSISTANT = shared_assistant()


def facts_of(text: str) -> set[str]:
    reading = ASSISTANT.reader.read(ASSISTANT.normaliser.normalise(text))
    return {fact for fact, _, _ in reading.facts}


@pytest.mark.parametrize(
    "text",
    [
        "could my blood pressure tablets be behind the calf cramps?",
        "been on escitalopram two months and the night cramps started the same week, related?",
        "do inhalers like fostair give you leg cramps",
        "is it the prednisolone making my thighs seize up",
        "my doctor upped my levothyroxine and now my feet cramp, coincidence?",
        "since I went on the ozempic my calves cramp every night",
    ],
)
def test_a_suspected_medicine_leads_to_medicines_that_cause_cramps(text: str) -> None:
    result = ASSISTANT.answer(text)
    assert result.topic_id == "medications_causing", (result.reason, result.scores)


def test_a_medicine_spelled_wrong_is_still_a_medicine() -> None:
    assert "medicine" in facts_of("my amlodipene gives me cramps in my calves")


def test_a_denied_medicine_is_no_medicine() -> None:
    assert "medicine" not in facts_of("I'm not on any tablets, so why do my legs cramp?")


@pytest.mark.parametrize(
    "text",
    [
        "three pints on friday and my calves cramped all night, connected?",
        "my cramps got better after I gave up smoking, is that a coincidence",
    ],
)
def test_a_suspected_drink_or_cigarette_leads_to_alcohol_and_tobacco(text: str) -> None:
    assert ASSISTANT.answer(text).topic_id == "alcohol_tobacco"


@pytest.mark.parametrize(
    "text",
    [
        "cheers, that's sorted me out",
        "ok got it",
        "are you a real person or a bot",
        "night night, thanks for the help x",
        "hello, anyone there?",
        "haha brilliant",
        "thank you so much, you've been really helpful",
        "hiii",
        "I read your tips every evening and they have been great, thank you for all of it",
        "you're a lifesaver, ta",
        "brb kettle's on",
        "is anyone actually reading these",
        # friendly words in a short message with nothing about cramps
        "namaste",
        "who built you?",
        "hiya, just trying this out",
        "lovely, just what I needed",
    ],
)
def test_small_talk_in_its_many_shapes(text: str) -> None:
    assert ASSISTANT.answer(text).kind is Kind.SMALL_TALK


@pytest.mark.parametrize(
    "text",
    ["ok but my calf still hurts", "thanks! and what about magnesium?", "hi, why do I get cramps"],
)
def test_small_talk_with_a_question_in_it_is_answered(text: str) -> None:
    assert ASSISTANT.answer(text).kind is Kind.TOPIC


@pytest.mark.parametrize(
    "text",
    [
        "period cramps spreading down into the tops of my legs, which painkiller is best?",
        "awful cramps before my period every month",
        "I pulled my hamstring at football, how long until I can play?",
        "slipped on the ice and bruised my thigh badly",
        "tell me a joke about leg cramps",
        "our spaniel keeps holding up one hind leg after walks",
        "we share a cramped little office, who do I complain to?",
        "stabbing heel pain first thing in the morning when I get out of bed",
        "my back went into spasm lifting the shopping",
        "my ankle keeps giving way on stairs, no pain, no cramp",
        "which trainers for flat feet would you recommend?",
        "my lower eyelid keeps twitching, could it be magnesium?",
        "both knees creak and click on stairs, no cramps at all, which exercises?",
        # real messages, batch 8: animals, periods told apart, an injury, a stroke's history
        "can horses get cramp? my mare went down to roll and stood with a back leg out, rock hard",
        "my gelding tied up after a long ride, his hind muscles were hard",
        "what could it mean if my dog's back legs are cramping?",
        "my periods are the worst. the cramps are a ten, i could not even walk",
        "menstrual cramps so bad i nearly passed out at work. these cramps floor me every "
        "month. i also get headaches, nausea and leg pain so bad it is hard to stand",
        "weird cramps low down on the right, in the uterine area, since starting the pill",
        "woke with achy cramps on the left side of my lower back, i am 14 weeks",
        "tripped playing football a week ago, a painful feeling in my calf since, is it an injury?",
        # real messages, batch 9: a stitch, a stomach bug, a cramped seat
        "side stitches under my right ribs whenever i run, how do i stop them?",
        "an attack of awful diarrhea this morning, stomach cramps, i think it was the soup",
        "the worst part of flying is sitting cramped in a tiny seat for nine hours",
        "airlines and their cramped seating, my 6 feet 2 inches do not fit",
        # round seven (batch 12's style, our words): other muscles, the bump, training,
        # cooking, a cosmetic question, what a leg problem is not
        "my forearm cramped into a fist after the climbing wall, why?",
        "a sharp cramp between my ribs when i stretch up for the top shelf",
        "woke with my neck totally stuck, the muscle is in spasm on one side",
        "got a stitch under my ribs on every run, legs are fine, how to stop it?",
        "20 weeks and pulling pains low down on both sides of the bump, midwife says ligaments",
        "typing all day and my fingers lock up by the evening, is that bad?",
        "what's a good workout plan for bigger calves?",
        "how long should a leg of lamb rest after the oven?",
        "does magnesium help with sleep and stress?",
        "is it fine to do squats and lunges at 25 weeks pregnant?",
        "are varicose veins on the back of my knees only cosmetic?",
        "every month period pain runs down into my thighs, a dull heavy ache, not a muscle cramp",
        # cramps told with the pill, by the month or days past ovulation, no leg named; an
        # animal's hind legs
        "I recently started taking bc this week. Today I'm having mild cramps, should I worry?",
        "every month I have to miss school because I have such bad cramps, what can I do?",
        "I am 8DPO and having some serious cramping, normal?",
        "Mylo was lying on the floor when he started cramping in one of his hind legs",
        # batch 40: a calf that tears, told as people tell it, with no cramp named
        "doing a 10k when suddenly my calf popped and it felt like I'd been shot. best treatment?",
        "playing tennis, it felt as though a ball had hit me in the calf, a month on I still limp",
        # batch 39: a period told as "of mine"
        "the latest period of mine is the worst yet, bent over with the pain. sure its just cramps",
    ],
)
def test_not_about_leg_cramps(text: str) -> None:
    result = ASSISTANT.answer(text)
    assert result.kind is Kind.OUT_OF_SCOPE, (result.kind, result.topic_id, result.reason)


@pytest.mark.parametrize(
    "text",
    [
        "I get leg cramps during my period, is that linked?",
        "pulled a calf muscle last week and now it cramps at night",
        "calf cramps in my cramped little flat's bed every night",
        "my calves cramp when i ride my horse, any tips?",
        "period pain and also my calves cramp at night",
        "cramps in my hands and feet for months now, could the heat be the cause?",
        "how do i relieve cramps in the back of my thigh when lying down?",
        # a review's cases: tied up muscles, a dog walk, an army vet, a period later on,
        # a stroke's history, back and legs
        "calf muscles tied up in a knot during my run, what helps?",
        "walking the dog when both legs cramped up, why?",
        "I'm an army vet, leg cramps at night, could it be my meds?",
        "I get terrible cramps at night that wake me up screaming, mostly in my calves, and "
        "they are worse around my period",
        "I had a stroke last year and now my calf tightens painfully every night",
        "cramp in my back and legs at night",
        # round seven: a condition told as what it is not, a leg day with cramps
        "not shin splints, i know those: the front of my shin goes tight and my toes pull up",
        "on leg day my hamstrings cramp halfway through, what helps?",
        "physio says my calf is tight from running, what stretches should i do?",
        # a leg named beside the month or the pill
        "every month my legs cramp at night",
        "I get leg cramps every month around my period",
        "started the pill and now my calves cramp at night",
    ],
)
def test_leg_cramps_beside_those_stay_ours(text: str) -> None:
    assert ASSISTANT.answer(text).kind is Kind.TOPIC


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my nan takes quinine tablets, are they any good for cramps?", "medicines_for_cramps"),
        ("would naproxen help with the night cramps", "medicines_for_cramps"),
        ("magnesium glycinate before bed, worth trying?", "minerals"),
        ("will these potassium tablets sort my cramps out", "minerals"),
        ("dr google says twitching means MND, now I am terrified", "serious_conditions"),
        ("my thigh is still tender two days after that huge cramp, normal?", "symptoms"),
        ("cramp on Sunday and the calf is still tight and achy today, is that usual?", "symptoms"),
        ("hamstrings cramp every time at the end of my pilates class", "exercise"),
        ("both calves went at about mile 18 again, what am I doing wrong", "exercise"),
        ("is a charlie horse the same as a cramp?", "what_are_leg_cramps"),
        # words that point nowhere in particular: what is asked decides
        ("what can I do about these muscle cramps?", "treatment"),
        ("should I walk it off or stay still when it grabs?", "relief"),
        ("due in April, could these calf cramps hurt the baby?", "pregnancy"),
        ("is it worth bothering the gp or do I just put up with it?", "when_to_see_doctor"),
        ("which stretch so they don't come back tonight?", "prevention"),
        ("can an electric blanket give you cramps?", "causes"),
        ("do antihistamines like loratadine cause leg cramps", "medications_causing"),
        ("on simva 40, calves cramp, is it that?", "medications_causing"),
        ("a pregnant friend says 30 weeks is when the night cramps start", "pregnancy"),
        ("my partner is 33 weeks and her calves cramp every night", "pregnancy"),
        ("diagnosed with MS last year, could that explain my leg cramps?", "serious_conditions"),
        ("two GPs and a neurologist later, bloods normal, anything else I can try?", "treatment"),
        ("would I be wasting the doctor's time with night cramps?", "when_to_see_doctor"),
        ("can sitting at a desk all day make cramps more likely?", "causes"),
        # a race told by where in it the cramp came
        ("felt fine most of the swim, then both calves locked up 50m from shore", "exercise"),
        ("about half way up the trail i started having cramps in my legs", "exercise"),
        ("my calves cramped at km 25 and i walked the rest", "exercise"),
        # a clot told as what happened, not one long past
        (
            "a year ago I was in the ICU with a pulmonary embolism after a DVT. my calf cramps "
            "scare me now",
            "serious_conditions",
        ),
        (
            "had a DVT ten years ago after an op, treated, fine since. now just normal night "
            "cramps in both calves, any tips?",
            "night_cramps",
        ),
    ],
)
def test_what_the_person_tells_leads_to_its_topic(text: str, topic: str) -> None:
    result = ASSISTANT.answer(text)
    assert result.topic_id == topic, (result.reason, result.facts, result.scores)


def test_a_birth_told_is_not_a_child_with_leg_pains() -> None:
    result = ASSISTANT.answer(
        "my worst leg cramp woke me at night, a pain like when I was in labor with my son"
    )
    assert "child" not in result.facts and result.topic_id != "children"


def test_a_toddler_woken_by_a_scream_is_not_a_child_with_leg_pains() -> None:
    assert "child" not in facts_of("my calf cramp made me yell and woke our toddler")


def test_the_english_word_list_is_the_spell_checkers_own() -> None:
    from spellchecker import SpellChecker

    from knowledge.text import english_words

    checker = SpellChecker(language="en", distance=1)
    assert english_words() == frozenset(checker.word_frequency.dictionary)


def test_a_cramp_that_stopped_is_still_a_cramp() -> None:
    result = ASSISTANT.answer("soap under the sheet as a joke, and I haven't had a cramp since??")
    assert result.kind is Kind.TOPIC


def test_friendly_words_do_not_hide_a_question_about_cramps() -> None:
    assert ASSISTANT.answer("hiya, why do my calves cramp at night?").kind is Kind.TOPIC


# Words the content's patterns, terms and topics are made of, with the punctuation that
# splits sentences: random messages that reach deep into every rule.
_CONTENT_WORDS = sorted(
    {
        w
        for text in [
            *(p for c in ASSISTANT.content.red_flags.concepts.values() for p in c.patterns),
            *(p for f in ASSISTANT.content.understanding.facts for p in f.patterns),
            *ASSISTANT.content.understanding.term_words(),
        ]
        for w in re.findall(r"[a-z]{2,}", text)
    }
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_CONTENT_WORDS, ".", "?", ",", "!", "no", "not", "10", "6 15", "🙂"]),
        max_size=80,
    )
)
def test_messages_made_of_content_words_are_answered_without_error(words: list[str]) -> None:
    answer = ASSISTANT.answer(" ".join(words))
    assert answer.level in (None, "emergency", "urgent")
    assert answer.kind is not None


def test_night_as_a_time_of_day_is_no_goodnight() -> None:
    assert ASSISTANT.answer("i grind my teeth at night").kind is not Kind.SMALL_TALK
    assert ASSISTANT.answer("night night, thanks x").kind is Kind.SMALL_TALK
