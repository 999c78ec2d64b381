"""The reminder presets: every button's label says exactly the schedule that button saves,
for every kind, profile and preset, in a private chat's /remind and in a group's /setup
(one table, scheduler/presets.py, read by both the labels and the saving)."""

from __future__ import annotations

import functools
import re

import pytest
from telegram import InlineKeyboardMarkup

from bot.callbacks import CallbackSigner
from bot.keyboards import Keyboards
from bot.reminder_views import kind_markup
from bot.setup_panel import kind_menu
from knowledge.loader import load_content
from scheduler.planning import KINDS, PROFILES, Kind, Profile, Schedule, default_schedule
from scheduler.presets import preset_keys, preset_schedule

CHAT_ID = 4242
SIGNER = CallbackSigner(b"0123456789abcdef-test-secret")
CASES = [
    (kind, profile, key) for kind in KINDS for profile in PROFILES for key in preset_keys(kind)
]


@functools.cache
def _keyboards() -> Keyboards:
    return Keyboards(SIGNER, load_content(), CHAT_ID)


def _presets_shown(markup: InlineKeyboardMarkup, action: str) -> dict[str, tuple[str, str]]:
    """preset key -> (label, kind) of every preset button on a keyboard."""
    shown: dict[str, tuple[str, str]] = {}
    for row in markup.inline_keyboard:
        for button in row:
            data = SIGNER.verify(CHAT_ID, str(button.callback_data))
            if data is not None and data.action == action:
                kind, key = data.args
                shown[key] = (button.text, kind)
    return shown


def _label_matches(label: str, schedule: Schedule) -> bool:
    """The label names the saved times, and only them."""
    if schedule.every_hours is not None and schedule.window is not None:
        start, end = schedule.window
        return f"every {schedule.every_hours} h, {start:%H:%M}–{end:%H:%M}" in label.lower()
    named = set(re.findall(r"\b[0-9]{2}:[0-9]{2}\b", label))
    return named == {f"{t:%H:%M}" for t in schedule.times}


@pytest.mark.parametrize(("kind", "profile", "key"), CASES)
def test_private_preset_label_is_what_it_saves(kind: Kind, profile: Profile, key: str) -> None:
    shown = _presets_shown(kind_markup(_keyboards(), kind, False, profile), "rms")
    label, button_kind = shown[key]
    saved = preset_schedule(button_kind, key, profile)  # type: ignore[arg-type]
    assert saved is not None
    assert _label_matches(label, saved), (label, saved)


@pytest.mark.parametrize(("kind", "profile", "key"), CASES)
def test_group_preset_label_is_what_it_saves(kind: Kind, profile: Profile, key: str) -> None:
    _, markup = kind_menu(_keyboards(), kind, None, profile)
    label, button_kind = _presets_shown(markup, "gkp")[key]
    saved = preset_schedule(button_kind, key, profile)  # type: ignore[arg-type]
    assert saved is not None
    assert _label_matches(label, saved), (label, saved)


@pytest.mark.parametrize(("kind", "profile"), [(k, p) for k in KINDS for p in PROFILES])
def test_every_preset_is_shown_and_the_first_is_the_profiles_default(
    kind: Kind, profile: Profile
) -> None:
    shown = _presets_shown(kind_markup(_keyboards(), kind, True, profile), "rms")
    assert list(shown) == list(preset_keys(kind))
    assert preset_schedule(kind, preset_keys(kind)[0], profile) == default_schedule(kind, profile)


def test_pregnancy_water_ends_at_19_and_says_so() -> None:
    shown = _presets_shown(kind_markup(_keyboards(), "hydration", False, "pregnancy"), "rms")
    assert shown["d"][0] == "Every 2 h, 09:00–19:00"


def test_unknown_presets_save_nothing() -> None:
    assert preset_schedule("hydration", "zz", "general") is None
    assert preset_schedule("hydration", "d", "elderly") is None  # type: ignore[arg-type]
