"""The content carries every fact of the sources, in its own words, and the red flags work.

- FACTS: each seed fact of the two source documents and of the medical guidance must be
  present by name in the answers (topics, FAQ and messages, lower-cased).
- No run of 12 or more consecutive words of a source appears in the content.
Red flags are tested in tests/knowledge/test_red_flags.py.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from knowledge.loader import Content, load_content

REPO = Path(__file__).resolve().parents[2]
REFERENCE_DIR = REPO.parent / "shared" / "reference"
SOURCE_FILES = (
    "000_f297f4580cd84322.txt",
    "003_c684e26811e48150.txt",
    "medical-guidance.md",
)
LONGEST_SHARED_RUN = 12  # words
SOURCE_FINGERPRINTS = Path(__file__).with_name("source_fingerprints.txt")

# (fact, alternatives): the fact is present when any alternative appears in the answers.
FACTS: list[tuple[str, tuple[str, ...]]] = [
    # conditions
    ("cramp fasciculation syndrome", ("cramp fasciculation syndrome",)),
    ("fasciculation", ("fasciculation",)),
    ("peripheral neuropathy", ("peripheral neuropathy",)),
    ("end-stage disease", ("end-stage",)),
    ("renal disease", ("renal",)),
    ("kidney disease", ("kidney disease",)),
    ("cirrhosis", ("cirrhosis",)),
    ("liver disease", ("liver disease",)),
    ("peripheral artery disease", ("peripheral artery disease",)),
    ("atherosclerosis", ("atherosclerosis",)),
    ("diabetes", ("diabetes",)),
    ("neuropathy", ("neuropathy",)),
    ("nerve damage", ("nerve damage",)),
    ("DVT", ("dvt",)),
    ("deep vein thrombosis", ("deep vein thrombosis",)),
    ("blood clot", ("blood clot",)),
    ("Baker's cyst", ("baker's cyst",)),
    ("inflammation", ("inflammation",)),
    ("dystonia", ("dystonia",)),
    ("infections", ("infection",)),
    ("toxins", ("toxins",)),
    ("idiopathic", ("idiopathic",)),
    ("secondary", ("secondary",)),
    # medicines
    ("diuretics", ("diuretics",)),
    ("water pills", ("water pills",)),
    ("beta-blockers", ("beta-blockers",)),
    ("statins", ("statins",)),
    ("salbutamol", ("salbutamol",)),
    ("nifedipine", ("nifedipine",)),
    ("quinine", ("quinine",)),
    ("malaria", ("malaria",)),
    ("muscle relaxants", ("muscle relaxant",)),
    ("anti-seizure", ("anti-seizure",)),
    ("ibuprofen", ("ibuprofen",)),
    ("naproxen", ("naproxen",)),
    ("paracetamol", ("paracetamol",)),
    ("acetaminophen", ("acetaminophen",)),
    ("NSAIDs", ("nsaids",)),
    ("FDA", ("fda",)),
    ("boxed warning 2010", ("2010",)),
    ("life-threatening blood reactions", ("life-threatening",)),
    ("doctor's supervision", ("supervis",)),
    ("dose", ("dose",)),
    ("do not stop a prescribed medicine", ("do not stop a prescribed medicine",)),
    # minerals
    ("potassium", ("potassium",)),
    ("sodium", ("sodium",)),
    ("calcium", ("calcium",)),
    ("magnesium", ("magnesium",)),
    ("electrolyte", ("electrolyte",)),
    ("supplements", ("supplement",)),
    # foods and drinks
    ("leafy greens", ("leafy greens",)),
    ("nuts", ("nuts",)),
    ("whole grains", ("whole grains",)),
    ("legumes", ("legumes",)),
    ("bananas", ("bananas",)),
    ("oranges", ("oranges",)),
    ("avocados", ("avocados",)),
    ("tomatoes", ("tomatoes",)),
    ("watermelon", ("watermelon",)),
    ("coconut water", ("coconut water",)),
    ("sports drinks", ("sports drinks",)),
    # symptoms
    ("sudden", ("sudden",)),
    ("severe pain", ("severe",)),
    ("tightness", ("tightness", "tightening")),
    ("stiffness", ("stiffness",)),
    ("rigidity", ("rigid",)),
    ("bulge", ("bulge",)),
    ("knot", ("knot",)),
    ("twitching", ("twitching",)),
    ("calf", ("calf",)),
    ("thigh", ("thigh",)),
    ("foot", ("foot",)),
    ("seconds to several minutes", ("several minutes",)),
    ("numbness", ("numbness",)),
    ("tingling", ("tingling",)),
    ("pins and needles", ("pins and needles",)),
    ("weakness", ("weakness",)),
    ("swelling", ("swelling",)),
    ("redness", ("redness",)),
    ("difficulty walking", ("difficulty walking",)),
    ("hot skin", ("hot",)),
    ("cold skin", ("cold",)),
    ("tenderness", ("tenderness", "tender")),
    ("sore up to a day", ("up to a day",)),
    # NICE signs of a secondary cause
    ("calf pain on walking that eases with rest", ("eases with rest",)),
    ("urge to move the legs", ("urge to move the legs",)),
    ("muscle wasting", ("wasting",)),
    ("pale or cold skin", ("pale or cold skin",)),
    ("abnormal pulses", ("abnormal pulses",)),
    # DVT signs
    ("one leg", ("one leg",)),
    ("darker skin", ("darker skin",)),
    ("harder to see on brown or black skin", ("brown or black skin",)),
    ("hard or sore veins", ("hard, sore veins", "hard or sore")),
    ("coughing up blood", ("coughing up blood",)),
    ("collapse", ("collapse",)),
    ("chest pain", ("chest pain",)),
    ("breathlessness", ("breathless",)),
    # causes
    ("dehydration", ("dehydration",)),
    ("electrolyte imbalance", ("electrolyte imbalance", "electrolytes go out of balance")),
    ("overuse", ("overuse",)),
    ("fatigue", ("fatigue",)),
    ("overexertion", ("overexertion",)),
    ("hot weather", ("hot weather",)),
    ("abnormal nerve activity", ("nerve activity",)),
    ("muscle strain", ("muscle strain",)),
    ("prolonged standing", ("standing",)),
    ("restricted blood supply", ("restricted blood supply",)),
    ("poor circulation", ("poor circulation",)),
    ("pregnancy", ("pregnancy",)),
    ("hormone changes", ("hormone changes", "hormonal changes")),
    ("exercise", ("exercise",)),
    ("alcohol", ("alcohol",)),
    ("tobacco", ("tobacco",)),
    ("smoking", ("smoking",)),
    ("mineral deficiency", ("low magnesium", "low levels of minerals")),
    # relief and treatment
    ("massage", ("massage",)),
    ("heat", ("heat",)),
    ("warm compress", ("warm compress",)),
    ("warm bath", ("warm bath",)),
    ("cold pack", ("cold pack",)),
    ("ice wrapped in a cloth", ("ice wrapped in a cloth",)),
    ("heat relaxes, cold numbs", ("numbs",)),
    ("deep breathing", ("deep breathing", "deep breaths")),
    ("stretch", ("stretch",)),
    ("avoid sudden or forceful movements", ("sudden or forceful movements",)),
    ("legs raised", ("legs raised",)),
    ("rest", ("rest",)),
    ("too slowly to stop a cramp", ("too slowly",)),
    # prevention
    ("walking", ("walking",)),
    ("cycling", ("cycling",)),
    ("yoga", ("yoga",)),
    ("warm up", ("warm up",)),
    ("cool down", ("cool down",)),
    ("balanced diet", ("balanced diet",)),
    ("drink through the day", ("through the day",)),
    ("dehydration without obvious signs", ("without obvious signs",)),
    ("limit alcohol", ("limit alcohol",)),
    ("avoid smoking", ("avoid smoking",)),
    # risk groups, frequency
    ("older adults", ("older adults",)),
    ("athletes", ("athletes",)),
    ("certain medical conditions", ("certain medical conditions",)),
    ("later pregnancy", ("later pregnancy", "later months")),
    ("occasionally or frequently", ("now and then",)),
    # when to seek help
    ("112", ("112",)),
    ("999", ("999",)),
    ("911", ("911",)),
    ("NHS 111", ("nhs 111",)),
    ("do not drive yourself", ("do not drive yourself",)),
    ("10 minutes", ("10 minutes",)),
    ("same day", ("same day", "same-day")),
    ("tetanus", ("tetanus",)),
    ("soil or rusty metal", ("rusty metal",)),
    ("lead", ("lead or mercury",)),
    ("mercury", ("mercury",)),
    ("midwife", ("midwife",)),
    ("maternity unit", ("maternity unit",)),
    ("pharmacist", ("pharmacist",)),
    ("GP", ("gp",)),
    ("not a diagnosis", ("not a diagnosis",)),
]

# ---------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def _answer_texts(content: Content) -> list[str]:
    texts: list[str] = []
    for topic in content.topics.values():
        texts += [topic.title, topic.short, topic.details]
    for entry in content.faq:
        texts += [entry.question, entry.answer]
    texts += list(content.messages.model_dump().values())
    return texts


def _all_texts(content: Content) -> list[str]:
    texts = _answer_texts(content)
    for topic in content.topics.values():
        texts += topic.questions + topic.keywords
    return texts


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def _runs(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


# ---------------------------------------------------------------- facts


@pytest.mark.parametrize(("fact", "alternatives"), FACTS, ids=[f for f, _ in FACTS])
def test_fact_is_in_the_answers(content: Content, fact: str, alternatives: tuple[str, ...]) -> None:
    corpus = "\n".join(_answer_texts(content)).lower()
    assert any(a in corpus for a in alternatives), f"fact {fact!r} not found in the answers"


def test_questions_are_not_duplicated(content: Content) -> None:
    seen: dict[str, str] = {}
    for topic in content.topics.values():
        normalised = [" ".join(_words(q)) for q in topic.questions]
        assert len(normalised) == len(set(normalised)), f"duplicate question in {topic.id}"
        for question in normalised:
            other = seen.setdefault(question, topic.id)
            assert other == topic.id, f"{question!r} is in both {other} and {topic.id}"


def test_quinine_is_never_recommended(content: Content) -> None:
    corpus = "\n".join(_answer_texts(content)).lower()
    assert "does not recommend quinine" in corpus or "does not recommend it" in corpus
    for sentence in re.split(r"(?<=[.!?])\s+", corpus):
        negated = re.search(r"\b(never|not|no|without)\b", sentence)
        if "quinine" in sentence and not negated and not sentence.endswith("?"):
            assert not re.search(r"\b(try|take|use) (some )?quinine\b", sentence), sentence


def test_medical_topics_point_to_professional_help(content: Content) -> None:
    professionals = ("gp", "doctor", "pharmacist", "midwife", "112")
    for topic in content.topics.values():
        text = f"{topic.short}\n{topic.details}".lower()
        assert any(p in text for p in professionals), topic.id


def test_when_to_see_doctor_gives_three_levels(content: Content) -> None:
    short = content.topics["when_to_see_doctor"].short.lower()
    for word in ("emergency", "urgent", "routine", "112", "999", "911", "111"):
        assert word in short
    assert "do not drive yourself" in short and "10 minutes" in short


def _fingerprint(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode()).hexdigest()[:16]


def _source_fingerprints() -> set[str]:
    """Every run of LONGEST_SHARED_RUN words of the source documents, hashed."""
    runs: set[tuple[str, ...]] = set()
    for name in SOURCE_FILES:
        text = (REFERENCE_DIR / name).read_text(encoding="utf-8")
        runs |= _runs(_words(text), LONGEST_SHARED_RUN)
    return {_fingerprint(run) for run in runs}


def test_no_long_run_of_source_words_is_copied(content: Content) -> None:
    """The sources' word runs are kept as hashes (SOURCE_FINGERPRINTS), so a clone without
    ../shared checks the content too, and no source sentence ships with the project.
    With the sources beside the repo, the stored hashes must match them
    (refresh: python -m tests.knowledge.test_content_facts)."""
    stored = set(SOURCE_FINGERPRINTS.read_text(encoding="utf-8").split())
    if REFERENCE_DIR.is_dir():
        assert stored == _source_fingerprints(), (
            "refresh: python -m tests.knowledge.test_content_facts"
        )
    copied = sorted(
        " ".join(run)
        for text in _all_texts(content)
        for run in _runs(_words(text), LONGEST_SHARED_RUN)
        if _fingerprint(run) in stored
    )
    assert not copied, f"copied from a source: {copied[:5]}"


if __name__ == "__main__":
    SOURCE_FINGERPRINTS.write_text("\n".join(sorted(_source_fingerprints())) + "\n", "utf-8")
