"""Run every benchmark and print its figures (`make bench`)."""

from __future__ import annotations

import sys

from bench import machine, matching


def main(argv: list[str]) -> int:
    wanted = set(argv) or {"matching"}
    print(f"machine: {machine.describe()}")
    if "matching" in wanted:
        print(matching.report())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
