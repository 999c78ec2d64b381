"""The weekly summary a person can switch on in /diary: the last 7 days of their diary in
a few counts, read when the summary is sent (never causes, never a guess).

- the number of cramps, the nights a cramp woke them and the worst severity;
- the change against the 7 days before, when the diary covered them;
- the guidance's "see a GP" line (content/diary.yaml) when its thresholds are reached,
  judged exactly as /diary judges them (diary.patterns.nights_against_guidance).

A week with no cramp still gets a short summary, on purpose: the person asked for one,
and silence would leave them wondering whether the bot forgot, or whether they forgot to
log; "no cramps logged this week" is good news or a nudge to /log, in one line.
The schedule it is sent on and the switch are diary/weekly_setting.py; it is sent by the
reminder dispatcher (bot/reminder_delivery.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from diary import actions, wording
from diary.entry import Cramp
from diary.patterns import nights_against_guidance
from knowledge.diary_texts import DiaryTexts
from storage.db import Database

WEEK = 7


@dataclass(frozen=True, slots=True)
class Week:
    """The counts of `first`..`last` (local days; a night is named by its evening)."""

    first: date
    last: date
    cramps: int
    nights_woken: int
    worst: int | None
    # Cramps in the 7 days before; None when the diary did not cover them yet.
    before: int | None
    see_gp: bool


def summarise(
    cramps: list[Cramp], diary_began: date | None, today: date, texts: DiaryTexts
) -> Week:
    """The week ending `today`; `cramps` must cover the week before and the content's
    `see_gp_when` window as well."""
    first = today - timedelta(days=WEEK - 1)
    week = [c for c in cramps if first <= c.local_day <= today]
    earlier_first = first - timedelta(days=WEEK)
    # A diary begun during the week before would make a part-week look like a drop.
    covered = diary_began is not None and diary_began <= earlier_first
    before = sum(1 for c in cramps if earlier_first <= c.local_day < first) if covered else None
    _, see_gp = nights_against_guidance(cramps, diary_began, today, texts)
    return Week(
        first=first,
        last=today,
        cramps=len(week),
        nights_woken=len({c.local_day for c in week if c.at_night and c.woke}),
        worst=max((c.severity for c in week), default=None),
        before=before,
        see_gp=see_gp,
    )


def change_text(cramps: int, before: int | None) -> str:
    """'2 fewer than the week before (5)', or '' when there is nothing to compare."""
    if before is None:
        return ""
    if cramps == before:
        return wording.SUMMARY_SAME.format(before=before)
    template = wording.SUMMARY_FEWER if cramps < before else wording.SUMMARY_MORE
    return template.format(difference=abs(cramps - before), before=before)


def summary_lines(week: Week, texts: DiaryTexts) -> tuple[str, list[str]]:
    """The summary's heading and its lines, in plain text (the sender escapes them)."""
    period = wording.SUMMARY_PERIOD.format(
        first=wording.short_date(week.first), last=wording.short_date(week.last)
    )
    lines = [period]
    if week.cramps == 0:
        lines.append(
            wording.SUMMARY_NONE_BEFORE.format(before=week.before)
            if week.before
            else wording.SUMMARY_NONE
        )
        lines.append(wording.SUMMARY_NONE_HINT)
    else:
        change = change_text(week.cramps, week.before)
        count = wording.counted(week.cramps, "cramp", "cramps")
        lines.append(wording.SUMMARY_CRAMPS.format(count=count) + (f", {change}" if change else ""))
        lines.append(wording.SUMMARY_WOKEN.format(count=week.nights_woken))
        lines.append(wording.SUMMARY_WORST.format(severity=week.worst))
    if week.see_gp:
        lines.append(texts.see_gp_pattern.strip())
    lines.append(wording.SUMMARY_HINT)
    return wording.SUMMARY_TITLE, lines


async def week_of(db: Database, user_id: int, due_at: datetime, texts: DiaryTexts) -> Week:
    """The week a summary due at `due_at` tells: the 7 local days ending that day, in the
    person's zone (the day it was due, so a summary sent a little late tells the same)."""
    zone = await actions.person_zone(db, user_id)
    today = actions.today_of(zone, due_at)
    reach = max(2 * WEEK, texts.see_gp_when.nights + 1)
    period = await actions.period(db, user_id, today - timedelta(days=reach - 1), today)
    return summarise(period.cramps, period.diary_began, today, texts)
