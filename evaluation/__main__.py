"""`make eval`: score free-text understanding on the development and the held-out test part.

python -m evaluation            both parts
python -m evaluation --misses   also list what each part gets wrong (dev only: the
                                test part is held out and never tuned on)

The topic model (knowledge.topic_model) is fit on the development part, so its figures
there are those of messages it has seen; the development part is also answered by models
fit on the other batches (evaluation.train.cross_validate), the figure to compare with
the held-out part.
"""

from __future__ import annotations

import argparse
import platform
import time

from evaluation.scoring import PARTS, evaluate, load_part, render, render_misses
from evaluation.train import cross_validate
from knowledge.assistant import Assistant
from knowledge.loader import load_content

REPEATS = 20


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m evaluation")
    parser.add_argument("--misses", action="store_true", help="list the dev part's misses")
    args = parser.parse_args()
    start = time.perf_counter()
    assistant = Assistant(load_content())
    startup = time.perf_counter() - start
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(f"assistant start-up (content, word list, language model): {startup:.2f} s")
    for part in PARTS:
        report = evaluate(assistant, part, load_part(part), repeats=REPEATS)
        print(render(report))
        if args.misses and part == "dev":
            print(render_misses(report))
        if part == "dev":
            crossed = cross_validate(Assistant(load_content(), topic_model=None), report.items())
            print(render(crossed))
            if args.misses:
                print(render_misses(crossed))


if __name__ == "__main__":
    main()
