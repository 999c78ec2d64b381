"""Free-text matching time per question: red flags + spelling + synonyms + BM25 + fuzzy."""

from __future__ import annotations

import random
import statistics
import time

from knowledge.assistant import Assistant
from knowledge.loader import load_content

REPEATS = 7


def _typo(text: str, rng: random.Random) -> str:
    chars = list(text)
    if len(chars) > 6:
        i = rng.randrange(1, len(chars) - 1)
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def questions() -> list[str]:
    content = load_content()
    rng = random.Random(7)
    asked: list[str] = []
    for topic in content.topics.values():
        for question in topic.questions:
            asked += [question, question.upper(), _typo(question, rng)]
    for flag in content.red_flags.red_flags:
        asked += flag.examples
    asked += ["what is the weather like", "hello", "tell me a joke", "x" * 1000]
    return asked


def run() -> dict[str, float]:
    assistant = Assistant(load_content())
    corpus = questions()
    per_run = []
    for _ in range(REPEATS):
        # Fresh caches every run: the spelling cache would otherwise flatter repeated text.
        assistant = Assistant(assistant.content)
        start = time.perf_counter()
        for text in corpus:
            assistant.answer(text)
        per_run.append((time.perf_counter() - start) / len(corpus))
    return {
        "questions": float(len(corpus)),
        "median_ms": statistics.median(per_run) * 1000,
        "best_ms": min(per_run) * 1000,
        "worst_ms": max(per_run) * 1000,
    }


def report() -> str:
    r = run()
    return (
        f"free-text matching: {int(r['questions'])} questions x {REPEATS} runs, cold caches\n"
        f"  per question: median {r['median_ms']:.3f} ms "
        f"(best run {r['best_ms']:.3f} ms, worst run {r['worst_ms']:.3f} ms)"
    )
