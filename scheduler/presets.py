"""The reminder presets offered as buttons: ONE table that both the buttons' labels and
the saving read, so a label always shows the schedule its button saves.

A preset is a key (kept short: it travels in signed button data) and, for each profile,
the schedule it saves. The "d" preset is the kind's default for the profile
(scheduler.planning.default_schedule), which differs by profile: pregnancy's water ends
earlier in the evening.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from scheduler.planning import PROFILES, Kind, Profile, Schedule, default_schedule

ScheduleFor = Callable[[Profile], Schedule]


def _default(kind: Kind) -> ScheduleFor:
    return lambda profile: default_schedule(kind, profile)


def _same_for_everyone(schedule: Schedule) -> ScheduleFor:
    return lambda profile: schedule


# kind -> (key, schedule for a profile), in the order the buttons are shown.
PRESETS: dict[Kind, tuple[tuple[str, ScheduleFor], ...]] = {
    "hydration": (
        ("d", _default("hydration")),
        ("t", _same_for_everyone(Schedule("hydration", (time(9), time(13), time(17))))),
        ("e", _same_for_everyone(Schedule.every("hydration", 3, time(8), time(20)))),
    ),
    "stretching": (
        ("d", _default("stretching")),
        ("m", _same_for_everyone(Schedule("stretching", (time(7, 30), time(21, 30))))),
        ("a", _same_for_everyone(Schedule("stretching", (time(18, 30),)))),
    ),
    "minerals": (
        ("d", _default("minerals")),
        ("b", _same_for_everyone(Schedule("minerals", (time(8),)))),
        ("n", _same_for_everyone(Schedule("minerals", (time(19),)))),
    ),
}


def preset_keys(kind: Kind) -> tuple[str, ...]:
    """The presets of a kind, in button order."""
    return tuple(key for key, _ in PRESETS[kind])


def preset_schedule(kind: Kind, key: str, profile: Profile) -> Schedule | None:
    """The schedule a preset saves for a profile; None for an unknown kind, key or profile
    (an old or forged button)."""
    if kind not in PRESETS or profile not in PROFILES:
        return None
    for preset_key, schedule_for in PRESETS[kind]:
        if preset_key == key:
            return schedule_for(profile)
    return None
