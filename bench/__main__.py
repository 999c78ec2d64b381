"""Run every benchmark and print its figures (`make bench`)."""

from __future__ import annotations

import sys

from bench import machine, matching, reminders, scale, semantic


def main(argv: list[str]) -> int:
    wanted = set(argv) or {"matching", "reminders", "scale"}
    print(f"machine: {machine.describe()}; reference work {machine.reference_ms():.1f} ms")
    if "matching" in wanted:
        print(matching.report(), flush=True)
    elif "startup" in wanted:  # only the start-up figures of the understanding's report
        print(matching.startup_report(), flush=True)
    if "reminders" in wanted:
        print(reminders.report(), flush=True)
    if "scale" in wanted:  # several instances on PostgreSQL (bench/scale.py)
        print(scale.report(), flush=True)
    if "semantic" in wanted:  # only when asked: the nearness in meaning against words alone
        print(semantic.report(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
