"""The bot answers leg-cramp questions end to end, over HTTP, against the strict stand-in."""

from __future__ import annotations

import pytest

from bot.application import BotApplication
from bot.keyboards import Keyboards
from knowledge.loader import load_content
from standin import BotApiStandIn
from tests.e2e.harness import Person, bot_joins, button_labels, plain

CONTENT = load_content()
TOPIC_COMMANDS = {t.command: t for t in CONTENT.topics.values() if t.command}

pytestmark = pytest.mark.e2e


async def test_start_shows_welcome_disclaimer_and_menu(bot: BotApplication, alice: Person) -> None:
    welcome, menu = await alice.say("/start", replies=2)
    assert "Alice" in plain(welcome)
    assert CONTENT.messages.disclaimer[:40] in plain(welcome)
    labels = button_labels(menu)
    assert any("FAQ" in label for label in labels)
    assert any("Check my symptoms" in label for label in labels)


async def test_help_lists_every_command(bot: BotApplication, alice: Person) -> None:
    text = plain(await alice.ask("/help"))
    for command in [*TOPIC_COMMANDS, "start", "help", "about", "faq", "triage"]:
        assert f"/{command}" in text


async def test_about_has_disclaimer(bot: BotApplication, alice: Person) -> None:
    text = plain(await alice.ask("/about"))
    assert CONTENT.messages.disclaimer[:40] in text


@pytest.mark.parametrize("command", sorted(TOPIC_COMMANDS))
async def test_each_topic_command_answers(bot: BotApplication, alice: Person, command: str) -> None:
    topic = TOPIC_COMMANDS[command]
    answer = await alice.ask(f"/{command}")
    assert plain(answer).startswith(topic.title)
    assert CONTENT.messages.disclaimer[:40] in plain(answer)
    labels = button_labels(answer)
    assert any("More detail" in label for label in labels)
    for related in topic.related[:3]:
        assert CONTENT.topics[related].title in labels


async def test_related_and_details_buttons(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask("/causes")
    details = await alice.press(answer, "More detail")
    assert plain(details).startswith(CONTENT.topics["causes"].title)
    related_title = CONTENT.topics[CONTENT.topics["causes"].related[0]].title
    related = await alice.press(answer, related_title)
    assert plain(related).startswith(related_title)


async def test_faq_navigation_pages_topics_questions_and_back(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    pages = Keyboards.page_count(len(CONTENT.topics))
    assert pages >= 2
    page1 = await alice.ask("/faq")
    assert f"page 1 of {pages}" in plain(page1)
    page2 = await alice.press(page1, "▶️")
    assert page2["message_id"] == page1["message_id"], "FAQ pages edit one message"
    assert f"page 2 of {pages}" in plain(page2)
    page1_again = await alice.press(page2, "◀️")
    assert f"page 1 of {pages}" in plain(page1_again)
    first_topic = next(iter(CONTENT.topics.values()))
    questions = await alice.press(page1_again, first_topic.title)
    entry = CONTENT.faq_for(first_topic.id)[0]
    assert entry.question in button_labels(questions)
    answer = await alice.press(questions, entry.question[:30])
    assert entry.question in plain(answer)
    back = await alice.press(answer, "Back")
    assert entry.question in button_labels(back)
    back_to_pages = await alice.press(back, "Back")
    assert f"page 1 of {pages}" in plain(back_to_pages)


async def test_free_question_is_matched(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask("why do my legs cramp at nigth??")
    assert plain(answer).startswith(CONTENT.topics["night_cramps"].title)


async def test_emergency_phrase_gets_emergency_advice(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask("my calf is swollen and now I can't breathe")
    text = plain(answer)
    for number in ("112", "999", "911"):
        assert number in text
    assert "Check my symptoms" in " ".join(button_labels(answer))


async def test_urgent_phrase_gets_same_day_advice(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask("my left calf is red, warm and swollen")
    text = plain(answer)
    one_sided = next(s for s in CONTENT.red_flags.signs if s.id == "one_sided_leg")
    # Which sign was recognised, in plain words, then that sign's own advice.
    assert f"You mentioned: {one_sided.label}" in text
    assert one_sided.advice[:40] in text and "today" in text


async def test_off_topic_gets_helpful_fallback(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask("what's the capital of France?")
    assert CONTENT.messages.out_of_scope[:40] in plain(answer)
    labels = " ".join(button_labels(answer))
    assert "Menu" in labels and "FAQ" in labels and "Check my symptoms" in labels


async def test_words_that_point_nowhere_get_a_way_forward(
    bot: BotApplication, alice: Person
) -> None:
    answer = await alice.ask("asdfghjkl qwerty")
    assert CONTENT.messages.no_match[:40] in plain(answer)
    assert "Menu" in " ".join(button_labels(answer))


async def test_forged_button_is_refused(bot: BotApplication, alice: Person) -> None:
    menu = (await alice.say("/start", replies=2))[1]
    answer = await alice.press_expecting_alert(menu, "t:causes:AAAAAAAA")
    assert answer.params.get("show_alert") is True
    assert "no longer valid" in answer.params.get("text", "")


async def test_unknown_command_and_sticker(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    answer = await alice.ask("/frobnicate")
    assert "/help" in plain(answer)


async def test_commands_are_registered_with_scopes(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    scopes = {
        (call.params.get("scope") or {}).get("type", "default")
        for call in standin.calls_to("setMyCommands")
        if call.ok
    }
    assert {"default", "all_private_chats", "all_group_chats"} <= scopes


async def test_topic_command_in_group_is_threaded(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    admin = standin.add_user("Gina")
    group = standin.add_group("Runners", admins=[admin])
    await bot_joins(standin, group, by=admin)
    person = Person(standin, admin, group)
    answer = await person.ask("/causes@CrampCoachBot")
    assert plain(answer).startswith(CONTENT.topics["causes"].title)
    assert answer.get("reply_to_message") is not None
