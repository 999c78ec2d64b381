"""SIGKILL at random points of a reminder fan-out, restarts, and a count at the stand-in:
every reminder due within the grace period is delivered exactly once. `make soak` runs
the long version (bench/soak.py: 5,000 reminders, 10 kills)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.soak import run_crash_loop
from scheduler.dispatcher import DispatchSettings
from tests.e2e.harness import require_spec

pytestmark = pytest.mark.e2e

SEED = 263302
DESIGN = DispatchSettings()
IN_FLIGHT = DESIGN.chunk_size * DESIGN.pipelines


def test_sigkill_mid_fan_out_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    require_spec()
    # Seeded: the same kill points every run (make soak draws new ones each time).
    result = run_crash_loop(300, 3, tmp_path, seed=SEED, timeout=120)
    print("\n".join(result.lines()))
    report = "\n".join(result.lines())
    assert result.kills >= 1, "the fan-out ended before the first kill"
    assert result.duplicated == 0, report
    # The only loss a kill may cause: reminders marked 'sending' whose request had not
    # reached Telegram yet, recorded as 'uncertain'. By design every such row is a request
    # in flight, and the dispatcher keeps at most chunk_size x pipelines in flight; how
    # many of those a kill catches depends on how busy the machine is (a few on an idle
    # one, see make soak), so the test holds the design's bound, not the idle figure.
    assert result.lost == result.lost_uncertain, report
    assert result.lost <= IN_FLIGHT * result.kills, report
    assert result.delivered_once == 300 - result.lost
    assert set(result.states) <= {"sent", "uncertain"}, report
