"""The cramp diary end to end: /log by buttons and typed (bad input changes nothing),
safety inside the diary, edit and delete, /diary's chart, /report's PDF and CSV, and
privacy (/mydata, /forget, groups)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from bot.application import BotApplication, services_of
from diary import wording
from diary.report import read_csv
from standin import BotApiStandIn
from storage.models import CrampEntry
from tests.e2e.harness import Person, bot_joins, buttons, plain
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

# Thursday 3 Dec 2026, 09:30 in Berlin.
NOW = datetime(2026, 12, 3, 8, 30, tzinfo=UTC)


async def entries(app: BotApplication, user_id: int) -> list[CrampEntry]:
    async with services_of(app).db.session() as session:
        rows = await session.scalars(
            select(CrampEntry).where(CrampEntry.user_id == user_id).order_by(CrampEntry.id)
        )
        return list(rows)


async def count(app: BotApplication) -> int:
    async with services_of(app).db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(CrampEntry)) or 0)


async def in_berlin(alice: Person, clock: FakeClock) -> None:
    clock.set(NOW)
    await alice.ask("/timezone Europe/Berlin")


async def test_a_cramp_typed_in_one_go_is_logged_with_its_details(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    saved = await alice.ask("/log 7 left calf 3 min woke")
    assert plain(saved).startswith("✅ Logged: Thu 3 Dec 09:30")
    assert "left calf · 7/10 · 1-5 minutes · woke you" in plain(saved)
    (entry,) = await entries(bot, alice.chat_id)
    assert (entry.site, entry.side, entry.severity, entry.duration, entry.woke) == (
        "calf",
        "left",
        7,
        "1_5",
        True,
    )
    # Woken at 09:30: it counts for the night that began on Wednesday evening.
    assert entry.at_night and entry.local_day.isoformat() == "2026-12-02"

    saved = await alice.ask("/log 4 both feet 30s last night")
    assert "foot, both sides · 4/10 · under a minute" in plain(saved)
    second = (await entries(bot, alice.chat_id))[1]
    assert second.occurred_at == datetime(2026, 12, 3, 2, 0, tzinfo=UTC)  # 03:00 Berlin
    assert second.at_night and not second.woke

    saved = await alice.ask("/log 6/10 right thigh 2 min 23:30 note: after a long run")
    third = (await entries(bot, alice.chat_id))[2]
    assert third.note == "after a long run"
    assert third.occurred_at == datetime(2026, 12, 2, 22, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("/log 11", "Severity goes from 0 to 10"),
        ("/log left left", "You gave the side twice"),
        ("/log left right calf 5 2 min", "You gave the side twice"),
        ("/log 7 calf today 23:00", "That time is still to come"),
        ("/log 7 left calf 3 min tomorrow", "That time is still to come"),
        ("/log 7 left calf 3 min banana", "I didn't understand: banana"),
        ("/log 7 left calf 25:00", "not a time I can read"),
        ("/log 5 calf ٥ min", "I didn't understand"),
    ],
)
async def test_bad_input_gets_a_friendly_answer_and_logs_nothing(
    bot: BotApplication, clock: FakeClock, alice: Person, typed: str, answer: str
) -> None:
    await in_berlin(alice, clock)
    reply = await alice.ask(typed)
    assert answer in plain(reply)
    assert "Nothing was logged" in plain(reply)
    assert await count(bot) == 0


async def test_logging_by_buttons_asks_each_answer_and_a_double_tap_logs_once(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    message = await alice.ask("/log")
    assert "When was it?" in plain(message)
    for label in ("Last night", "Calf", "Right", "8", "5-10 min"):
        message = await alice.press(message, label)
    assert "Did it wake you?" in plain(message)
    last = Person.button_data(message, "Yes, it woke me")
    saved = await alice.press(message, "Yes, it woke me")
    assert "right calf · 8/10 · 5-10 minutes · woke you" in plain(saved)
    # The same last button again (a double tap): still one entry.
    await alice.press_expecting_alert(message, last)  # the message has new buttons by now
    assert await count(bot) == 1
    (entry,) = await entries(bot, alice.chat_id)
    assert entry.local_day.isoformat() == "2026-12-02" and entry.at_night


async def test_a_long_cramp_that_did_not_ease_gets_the_urgent_advice_at_once(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    content = services_of(bot).content
    advice = content.red_flags.sign(content.diary.long_cramp_sign).advice.strip()[:60]
    message = await alice.ask("/log")
    for label in ("Just now", "Thigh", "Left", "9"):
        message = await alice.press(message, label)
    message = await alice.press(message, "Over 10 min")
    assert "Has it eased" in plain(message)
    first = await alice.press(message, "No, it hasn't")
    assert advice[:30] in plain(first), "the advice comes first, before the next question"
    await standin.wait_for(
        lambda c: c.method == "editMessageText" and "Did it wake you?" in str(c.params),
        timeout=5.0,
    )
    # Typed in one go, too: the advice comes before the entry is confirmed.
    replies = await alice.say("/log 8 right calf 15 min still cramping", replies=2)
    assert advice[:30] in plain(replies[0])
    assert plain(replies[1]).startswith("✅ Logged")


async def test_a_red_flag_in_a_note_gets_its_advice_and_the_note_is_kept(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    saved = await alice.ask("/log 5 left calf 2 min")
    prompt = await alice.press(saved, "Add a note")
    assert "next message" in plain(prompt)
    replies = await alice.say("calf swollen and I am short of breath", replies=2)
    assert "112" in plain(replies[0])  # the emergency advice comes first
    assert plain(replies[1]).startswith("📝 Note saved")
    (entry,) = await entries(bot, alice.chat_id)
    assert entry.note == "calf swollen and I am short of breath"


async def test_entries_can_be_edited_and_deleted(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    await alice.ask("/log 5 left calf 2 min")
    await alice.ask("/log 3 right foot 30s")
    diary = (await alice.say("/diary", replies=2))[0]
    assert "Latest entries" in plain(diary)
    edit = await alice.press(diary, "Edit 1")  # the latest: the right foot
    assert "right foot" in plain(edit)
    choose = await alice.press(edit, "Severity")
    edited = await alice.press(choose, "9")
    assert "9/10" in plain(edited)
    rows = await entries(bot, alice.chat_id)
    assert [r.severity for r in rows] == [5, 9]

    confirm = await alice.press(edited, "Delete")
    assert "Delete this entry?" in plain(confirm)
    done = await alice.press(confirm, "Yes, delete")
    assert plain(done) == wording.DELETED
    assert [r.severity for r in await entries(bot, alice.chat_id)] == [5]


async def test_diary_sends_a_chart_of_the_last_30_days(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    await alice.ask("/log 5 left calf 2 min woke")
    text, photo = await alice.say("/diary", replies=2)
    assert "Latest entries" in plain(text)
    assert "1 cramp" in photo["caption"] and "1 night woken" in photo["caption"]
    stored = standin.file(photo["photo"][-1]["file_id"])
    assert stored is not None
    image = Image.open(io.BytesIO(stored.data))
    assert image.size == (800, 450)


async def test_report_sends_a_pdf_and_a_csv_with_the_entries(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    await alice.ask("/log 7 left calf 3 min woke")
    await alice.ask("/log 4 both feet 30s last night")
    await alice.ask("/diary medicine atorvastatin since 2026-11-20")
    pdf_message, csv_message = await alice.say("/report", replies=2)
    assert pdf_message["document"]["file_name"] == wording.PDF_FILENAME
    pdf = standin.file(pdf_message["document"]["file_id"])
    assert pdf is not None
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Period: 6 Nov 2026 to 3 Dec 2026 (28 days)" in text
    assert "Number of cramps 2" in text
    assert "atorvastatin: started 20 Nov 2026" in text
    assert "not a diagnosis" in text
    stored_csv = standin.file(csv_message["document"]["file_id"])
    assert stored_csv is not None
    rows = read_csv(stored_csv.data)
    assert [(r["site"], r["side"], r["severity"]) for r in rows] == [
        ("foot", "both", "4"),
        ("calf", "left", "7"),
    ]


async def test_report_with_bad_periods_explains_and_sends_nothing(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    for typed in ("/report since 2027-01-01", "/report 900 weeks", "/report soon"):
        assert "/report covers the last 4 weeks" in plain(await alice.ask(typed))
    assert "no cramps" in plain(await alice.ask("/report"))


async def test_free_text_about_a_cramp_offers_to_log_it(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    _, offer = await alice.say("had a bad cramp in my left calf last night", replies=2)
    assert plain(offer) == wording.OFFER_TO_LOG
    message = await alice.press(offer, "Log it")
    assert "left calf" in plain(message) and "How bad" in plain(message)


async def test_the_diary_is_in_mydata_and_gone_after_forget(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    await alice.ask("/log 7 left calf 3 min woke note: after tennis")
    await alice.ask("/diary tried magnesium")
    document = (await alice.ask("/mydata"))["document"]
    stored = standin.file(document["file_id"])
    assert stored is not None
    data: dict[str, Any] = json.loads(stored.data)
    assert [e["note"] for e in data["cramp_diary"]] == ["after tennis"]
    assert [i["name"] for i in data["diary_medicines_and_remedies"]] == ["magnesium"]
    confirm = await alice.ask("/forget")
    await alice.press(confirm, "Yes, delete")
    assert await count(bot) == 0


async def test_in_a_group_log_diary_and_report_answer_with_a_private_link_only(
    bot: BotApplication, standin: BotApiStandIn, alice: Person
) -> None:
    group = standin.add_group("Runners", admins=[alice.user])
    await bot_joins(standin, group, by=alice.user)
    in_group = Person(standin, alice.user, group)
    for command, payload in (
        ("/log 7 left calf 3 min", "log"),
        ("/diary", "diary"),
        ("/report", "report"),
    ):
        answer = await in_group.ask(command)
        assert plain(answer) == wording.LOG_PRIVATE_ONLY
        (link,) = buttons(answer)
        assert link["url"] == f"https://t.me/{standin.bot.username}?start={payload}"
    assert await count(bot) == 0
    # The link opens /log in the private chat.
    opened = await alice.ask("/start log")
    assert "When was it?" in plain(opened)
