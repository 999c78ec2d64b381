"""Groups end to end: the welcome, /setup by admins only (checked with Telegram at each
action), anonymous admins, profile-shaped content, group reminders (also in a forum
topic), migration, removal and return, retention, /groupinfo and the command menus.

Time is the test's: the bot's clock is a FakeClock and dispatcher passes are run by hand.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.application import BotApplication, services_of
from bot.group_retention import JOB_NAME, purge_now
from knowledge.group_profiles import load_group_profiles
from knowledge.loader import load_content
from knowledge.reminder_texts import load_reminder_texts
from standin import BotApiStandIn, CallRecord, Chat, User
from storage.models import Chat as ChatRow
from storage.models import Subscription
from tests.e2e.harness import Person, bot_joins, button_labels, buttons, plain
from tests.e2e.test_reminders import chat_row, run_pass
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

GROUPS = load_group_profiles()
CONTENT = load_content()
REMINDERS = load_reminder_texts()
# Monday 23 November 2026; Berlin is UTC+1.
MONDAY = datetime(2026, 11, 23, tzinfo=UTC)


async def set_up_group(
    standin: BotApiStandIn, title: str = "Runners", **kwargs: Any
) -> tuple[Chat, Person, Person]:
    """A group with an admin (Gina) and a member (Max) that the admin adds the bot to."""
    gina, max_ = standin.add_user("Gina"), standin.add_user("Max")
    group = standin.add_group(title, admins=[gina], members=[max_], **kwargs)
    await bot_joins(standin, group, by=gina)
    return group, Person(standin, gina, group), Person(standin, max_, group)


def reminders_to(standin: BotApiStandIn, chat_id: int) -> list[dict[str, Any]]:
    """The reminders posted in a chat: the messages with a Done button ("rd" data)."""
    return [
        m
        for m in standin.bot_messages(chat_id)
        if any(str(b.get("callback_data", "")).startswith("rd:") for b in buttons(m))
    ]


async def subscriptions(app: BotApplication, chat_id: int) -> list[Subscription]:
    async with services_of(app).db.session() as session:
        rows = await session.scalars(select(Subscription).where(Subscription.chat_id == chat_id))
        return list(rows)


async def refused_press(person: Person, message: dict[str, Any], label: str) -> CallRecord:
    data = Person.button_data(message, label)
    return await person.press_expecting_alert(message, data, forged=False)


async def anonymous_says(
    standin: BotApiStandIn, group: Chat, admin: User, text: str, **kwargs: Any
) -> dict[str, Any]:
    person = Person(standin, admin, group)
    mark = person._mark()
    standin.anonymous_admin_sends(group, text, admin=admin, **kwargs)
    return (await person._outputs(mark, 1, timeout=5.0))[0]


async def wait_until(condition: Any, timeout: float = 5.0) -> None:
    """For reactions that are database writes only (no request to wait for at the stand-in)."""
    for _ in range(int(timeout / 0.02)):
        if await condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{condition.__name__} did not happen within {timeout} s")


async def stopped(app: BotApplication, chat_id: int) -> ChatRow:
    """Wait until the bot has stopped the group's reminders (removed, kicked, muted)."""

    async def inactive() -> bool:
        row = await chat_row(app, chat_id)
        return row is not None and not row.active

    await wait_until(inactive)
    row = await chat_row(app, chat_id)
    assert row is not None
    return row


# -- the welcome ------------------------------------------------------------------------


async def test_added_by_an_admin_the_bot_welcomes_once(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    gina = standin.add_user("Gina")
    group = standin.add_group("Bump & <b>club</b>", admins=[gina])
    welcome = plain(await bot_joins(standin, group, by=gina))
    assert "Bump & <b>club</b>" in welcome, "the title is shown as typed, escaped"
    assert "privacy mode" in welcome and "only see commands" in welcome
    assert "Admins can run /setup" in welcome
    assert "not an admin" not in welcome
    # Promoted to admin, the bot says nothing more: one welcome per group.
    standin.set_member_status(group, standin.bot, "administrator", by=gina)
    await Person(standin, gina, group).ask("/groupinfo")
    welcomes = [m for m in standin.bot_messages(group.id) if "privacy mode" in plain(m)]
    assert len(welcomes) == 1
    row = await chat_row(bot, group.id)
    assert row is not None and row.welcomed_at is not None and row.chat_type == "group"


async def test_added_by_a_member_the_welcome_says_an_admin_must_set_it_up(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    gina, max_ = standin.add_user("Gina"), standin.add_user("Max")
    group = standin.add_group("Yoga", admins=[gina], members=[max_], supergroup=True)
    welcome = plain(await bot_joins(standin, group, by=max_))
    assert "not an admin" in welcome and "an admin needs to run /setup" in welcome
    asked = [c for c in standin.calls_to("getChatMember") if c.params["user_id"] == max_.id]
    assert asked, "who added the bot is asked of Telegram"


# -- /setup -------------------------------------------------------------------------------


async def test_setup_by_an_admin_profile_time_zone_and_a_reminder(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    group, gina, _ = await set_up_group(standin)
    panel = await gina.ask("/setup")
    assert "Group setup" in plain(panel) and panel.get("reply_to_message") is not None
    panel = await gina.press(panel, "Fitness")
    assert "Profile: Fitness" in plain(panel)
    assert "post-training stretch" in plain(panel), "the profile's defaults are offered"
    zones = await gina.press(panel, "Time zone")
    panel = await gina.press(zones, "Europe/Berlin")
    assert "Time zone: Europe/Berlin" in plain(panel)
    stretching = await gina.press(panel, "Stretching")
    panel = await gina.press(stretching, "After work 18:30")
    assert "Stretching: 18:30 (every day), next Mon 23 Nov 18:30" in plain(panel)
    done = await gina.press(panel, "Done")
    assert "Saved" in plain(done) and not buttons(done)
    row = await chat_row(bot, group.id)
    assert row is not None and (row.profile, row.timezone) == ("fitness", "Europe/Berlin")
    # The reminder comes to the group, in the fitness wording, with Done only.
    clock.set(MONDAY.replace(hour=17, minute=30, second=5))
    await run_pass(bot)
    (reminder,) = reminders_to(standin, group.id)
    fitness = {v.text for v in REMINDERS.variants("stretching", "fitness")}
    assert plain(reminder).split("\n", 1)[1] in fitness
    assert button_labels(reminder) == ["✅ Done"], "members cannot snooze or skip for all"
    assert standin.rate_violations() == []


async def test_setup_typed_and_the_suggested_reminders(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, gina, _ = await set_up_group(standin)
    answer = await gina.ask("/setup@CrampCoachBot profile pregnancy")
    assert "Profile set: Pregnancy" in plain(answer)
    answer = await gina.ask("/setup timezone Lisbon")
    assert "Time zone set: Europe/Lisbon" in plain(answer)
    answer = await gina.ask("/setup remind minerals 12:30 mon-fri")
    assert "Minerals 12:30 (Mon–Fri)" in plain(answer)
    bad = await gina.ask("/setup remind minerals 25:99")
    assert "25:99" in plain(bad) and "Group setup" not in plain(bad)
    unknown = await gina.ask("/setup timezone Atlantis<b>")
    assert "Atlantis<b>" in plain(unknown)
    panel = await gina.ask("/setup")
    panel = await gina.press(panel, "Use the suggested reminders")
    kinds = {s.kind: s.times for s in await subscriptions(bot, group.id)}
    offered = {s.kind: ",".join(s.times) for s in GROUPS.of("pregnancy").suggested}
    assert kinds == {**offered, "minerals": "12:30"}
    answer = await gina.ask("/setup remind minerals off")
    assert "off" in plain(answer)
    assert {s.kind for s in await subscriptions(bot, group.id)} == set(offered)


async def test_a_member_is_refused_politely_and_cannot_press_the_admins_buttons(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, gina, max_ = await set_up_group(standin)
    refusal = await max_.ask("/setup profile fitness")
    assert "only this group's admins" in plain(refusal)
    assert refusal.get("reply_to_message") is not None and not buttons(refusal)
    panel = await gina.ask("/setup")
    before = standin.bot_messages(group.id)[-1]
    for label in ("Pregnancy", "Time zone", "Stretching", "Use the suggested", "Done"):
        alert = await refused_press(max_, panel, label)
        assert alert.params.get("show_alert") is True
        assert "Only this group's admins" in alert.params.get("text", "")
    assert standin.bot_messages(group.id)[-1] == before, "the panel is unchanged"
    row = await chat_row(bot, group.id)
    assert row is not None and row.profile == "general" and not row.timezone_set
    assert await subscriptions(bot, group.id) == []


async def test_an_admin_demoted_loses_the_rights_at_once(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    owner, gina = standin.add_user("Olga"), standin.add_user("Gina")
    group = standin.add_group("Gym", admins=[owner, gina], creator=owner, supergroup=True)
    await bot_joins(standin, group, by=owner)
    admin = Person(standin, gina, group)
    panel = await admin.ask("/setup")
    panel = await admin.press(panel, "Fitness")
    standin.set_member_status(group, gina, "member", by=owner)
    alert = await refused_press(admin, panel, "Pregnancy")
    assert alert.params.get("show_alert") is True
    assert "only this group's admins" in plain(await admin.ask("/setup"))
    row = await chat_row(bot, group.id)
    assert row is not None and row.profile == "fitness"
    # Promoted again, the same panel works again: nothing was cached either way.
    standin.set_member_status(group, gina, "administrator", by=owner)
    assert "Profile: Pregnancy" in plain(await admin.press(panel, "Pregnancy"))


async def test_an_anonymous_admin_sets_up_the_group(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, gina, _ = await set_up_group(standin, supergroup=True)
    standin.set_anonymous_admin(group, gina.user)
    panel = await anonymous_says(standin, group, gina.user, "/setup")
    assert "Group setup" in plain(panel)
    # Telegram sends the button press from the real person: still an admin.
    panel = await gina.press(panel, "Pregnancy")
    assert "Profile: Pregnancy" in plain(panel)
    answer = await anonymous_says(standin, group, gina.user, "/setup timezone Berlin")
    assert "Europe/Berlin" in plain(answer)
    row = await chat_row(bot, group.id)
    assert row is not None and (row.profile, row.timezone) == ("pregnancy", "Europe/Berlin")


async def test_setup_and_groupinfo_in_a_private_chat_point_to_groups(
    bot: BotApplication, alice: Person
) -> None:
    assert "/setup is for groups" in plain(await alice.ask("/setup"))
    assert "send it in the group" in plain(await alice.ask("/groupinfo"))


# -- content shaped by the profile --------------------------------------------------------


async def test_a_pregnancy_group_sees_pregnancy_first_and_the_midwife_advice(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    _, gina, max_ = await set_up_group(standin, "Bump club")
    await gina.ask("/setup profile pregnancy")
    help_text = plain(await max_.ask("/help"))
    assert GROUPS.of("pregnancy").focus in help_text
    topic_lines = [line for line in help_text.splitlines() if line.startswith("/")]
    topic_commands = [t.command for t in CONTENT.topics.values() if t.command]
    first_topic = next(line for line in topic_lines if line[1:].split()[0] in topic_commands)
    assert first_topic.startswith("/pregnancy")
    minerals = plain(await max_.ask("/minerals"))
    assert GROUPS.of("pregnancy").notes["minerals"] in minerals
    faq = await max_.ask("/faq")
    assert button_labels(faq)[0] == CONTENT.topics["pregnancy"].title
    menu = (await max_.say("/start", replies=2))[1]
    assert button_labels(menu)[0] == CONTENT.topics["pregnancy"].title


async def test_a_fitness_group_hears_about_warm_up_cool_down_and_electrolytes(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    _, gina, max_ = await set_up_group(standin, "Running club")
    await gina.ask("/setup profile fitness")
    hydration = plain(await max_.ask("/hydration"))
    assert "electrolytes" in GROUPS.of("fitness").notes["hydration"]
    assert GROUPS.of("fitness").notes["hydration"] in hydration
    info = plain(await max_.ask("/groupinfo"))
    assert "warm up" in info and "cool down" in info and "electrolytes" in info
    # The same topic in a group without a profile, or in private, has no such note.
    _, _, member = await set_up_group(standin, "Book club")
    assert GROUPS.of("fitness").notes["hydration"] not in plain(await member.ask("/hydration"))


# -- group reminders ----------------------------------------------------------------------


async def test_a_forum_admin_picks_the_topic_reminders_are_posted_in(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    group, gina, max_ = await set_up_group(standin, "Yoga", forum=True)
    topic = standin.add_forum_topic(group, "Daily stretch", by=gina.user)
    panel = await gina.ask("/setup", thread_id=topic)
    assert panel.get("message_thread_id") == topic
    panel = await gina.press(panel, "Post reminders in this topic")
    assert f"/{topic}" in str(panel.get("entities")), "the topic is linked in the panel"
    await gina.ask("/setup remind stretching 06:30", thread_id=topic)
    info = await max_.ask("/groupinfo")
    assert "a topic chosen by an admin" in plain(info)
    clock.set(MONDAY.replace(hour=6, minute=30, second=5))
    await run_pass(bot)
    (reminder,) = reminders_to(standin, group.id)
    assert reminder.get("message_thread_id") == topic
    # Back to General, from a panel opened outside any topic.
    general = await gina.ask("/setup")
    general = await gina.press(general, "Post reminders in General")
    row = await chat_row(bot, group.id)
    assert row is not None and row.thread_id is None


async def test_migration_to_a_supergroup_keeps_settings_and_delivers_at_the_new_id(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    group, gina, _ = await set_up_group(standin)
    await gina.ask("/setup profile fitness")
    await gina.ask("/setup remind stretching 06:30")
    supergroup = standin.migrate_group(group, by=gina.user)

    async def moved() -> bool:
        return await chat_row(bot, supergroup.id) is not None

    await wait_until(moved)
    assert await chat_row(bot, group.id) is None
    clock.set(MONDAY.replace(hour=6, minute=30, second=5))
    await run_pass(bot)
    assert reminders_to(standin, supergroup.id) and not reminders_to(standin, group.id)
    info = plain(await Person(standin, gina.user, supergroup).ask("/groupinfo"))
    assert "Profile: Fitness" in info and "Stretching: 06:30" in info
    row = await chat_row(bot, supergroup.id)
    assert row is not None and row.welcomed_at is not None, "the welcome is not repeated"


async def test_kicked_the_reminders_stop_and_readded_they_come_back(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    group, gina, _ = await set_up_group(standin)
    await gina.ask("/setup remind stretching 06:30")
    standin.remove_bot_from_group(group, by=gina.user)
    await stopped(bot, group.id)
    clock.set(MONDAY.replace(hour=6, minute=30, second=5))
    await run_pass(bot)
    assert reminders_to(standin, group.id) == []
    # Back the next day, within the retention period: settings and reminders restored.
    clock.set(MONDAY.replace(hour=20) + timedelta(days=1))
    back = plain(await bot_joins(standin, group, by=gina.user))
    assert "Thanks for having me back" in back and "reminders are on again" in back
    assert "privacy mode" not in back, "the welcome itself is posted once"
    clock.set(MONDAY.replace(hour=6, minute=30, second=5) + timedelta(days=2))
    await run_pass(bot)
    assert len(reminders_to(standin, group.id)) == 1, "resumed, without a backlog"


async def test_a_muted_bot_stops_and_resumes_when_it_may_post_again(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, gina, _ = await set_up_group(standin, supergroup=True)
    standin.set_member_status(group, standin.bot, "restricted", by=gina.user)
    row = await stopped(bot, group.id)
    assert row.inactive_reason == "not allowed to post in the group"
    mark = gina._mark()
    standin.set_member_status(group, standin.bot, "member", by=gina.user)
    (note,) = await gina._outputs(mark, 1, timeout=5.0)
    assert "Thanks for having me back" in plain(note)


async def test_settings_of_a_group_gone_longer_than_the_retention_are_deleted(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    assert bot.job_queue is not None and bot.job_queue.get_jobs_by_name(JOB_NAME)
    old, gina, _ = await set_up_group(standin, "Old club")
    recent, recent_admin, _ = await set_up_group(standin, "Recent club")
    for admin in (gina, recent_admin):
        await admin.ask("/setup remind hydration 10:00")
    standin.remove_bot_from_group(old, by=gina.user)
    await stopped(bot, old.id)
    clock.advance(days=2)
    standin.remove_bot_from_group(recent, by=recent_admin.user)
    await stopped(bot, recent.id)
    clock.advance(days=29)  # old: 31 days gone; recent: 29 days
    assert await purge_now(services_of(bot)) == 1
    assert await chat_row(bot, old.id) is None and await subscriptions(bot, old.id) == []
    assert await chat_row(bot, recent.id) is not None
    assert len(await subscriptions(bot, recent.id)) == 1
    # Added again after the purge: a new group to the bot, welcomed as such.
    welcome = plain(await bot_joins(standin, old, by=gina.user))
    assert "privacy mode" in welcome


# -- members' commands --------------------------------------------------------------------


async def test_groupinfo_is_read_only_for_members(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, gina, max_ = await set_up_group(standin)
    never_set_up = plain(await max_.ask("/groupinfo"))
    assert "Profile: General" in never_set_up and "No group reminders yet" in never_set_up
    assert await chat_row(bot, group.id) is not None  # created by the welcome, not by reading
    await gina.ask("/setup timezone Europe/Berlin")
    await gina.ask("/setup remind hydration 10:00 14:00")
    info = await max_.ask("/groupinfo")
    text = plain(info)
    assert "Europe/Berlin" in text and "Water: 10:00, 14:00" in text
    assert "Admins change these with /setup" in text and not buttons(info)


async def test_personal_commands_in_a_group_open_the_private_chat(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, _, max_ = await set_up_group(standin)
    for command, payload in (("/triage", "triage"), ("/remind", "remind"), ("/today", "remind")):
        answer = await max_.ask(command)
        (link,) = buttons(answer)
        assert link["url"] == f"https://t.me/CrampCoachBot?start={payload}", command
        assert answer.get("reply_to_message") is not None
    # Nothing in the group asks a health question.
    for message in standin.bot_messages(group.id):
        assert not any("callback_data" in b for b in buttons(message)), plain(message)


async def test_snooze_and_skip_on_an_old_group_reminder_are_refused(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, _, max_ = await set_up_group(standin)
    info = await max_.ask("/groupinfo")
    signer = services_of(bot).signer
    for data in (signer.sign(group.id, "rz", 1, 15), signer.sign(group.id, "rk", 1)):
        alert = await max_.press_expecting_alert(info, data)
        assert "admins change them with /setup" in alert.params.get("text", "")


async def test_command_menus_members_and_admins(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    group, gina, max_ = await set_up_group(standin)
    member_menu = [c["command"] for c in standin.visible_commands(max_.user, group)]
    admin_menu = [c["command"] for c in standin.visible_commands(gina.user, group)]
    private_menu = [
        c["command"] for c in standin.visible_commands(max_.user, standin.private_chat(max_.user))
    ]
    assert "groupinfo" in member_menu and "setup" not in member_menu
    assert "setup" in admin_menu and set(member_menu) <= set(admin_menu)
    assert "setup" not in private_menu and "remind" in private_menu
    assert "remind" not in member_menu
    scopes = {(c.params.get("scope") or {}).get("type") for c in standin.calls_to("setMyCommands")}
    assert "all_chat_administrators" in scopes


async def test_group_rows_are_kept_per_group(bot: BotApplication, standin: BotApiStandIn) -> None:
    first, gina, _ = await set_up_group(standin, "One")
    second, other, _ = await set_up_group(standin, "Two")
    await gina.ask("/setup profile fitness")
    await other.ask("/setup profile pregnancy")
    async with services_of(bot).db.session() as session:
        rows = {r.chat_id: r.profile for r in await session.scalars(select(ChatRow))}
    assert rows[first.id] == "fitness" and rows[second.id] == "pregnancy"


async def test_a_setup_button_copied_into_another_group_does_nothing(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    first, gina, _ = await set_up_group(standin, "One")
    second, other_admin, _ = await set_up_group(standin, "Two")
    panel = await gina.ask("/setup")
    data = Person.button_data(panel, "Pregnancy")
    target = await other_admin.ask("/groupinfo")
    answer = await other_admin.press_expecting_alert(target, data)
    assert "no longer valid" in answer.params.get("text", "")
    for group in (first, second):
        row = await chat_row(bot, group.id)
        assert row is not None and row.profile == "general"
