"""Every request the bot makes in a full conversation conforms to the Bot API spec file."""

from __future__ import annotations

import pytest

from bot.application import BotApplication
from standin import BotApiStandIn
from tests.e2e.harness import Person

pytestmark = pytest.mark.e2e


async def test_every_request_of_a_conversation_conforms(
    bot: BotApplication, standin: BotApiStandIn, alice: Person
) -> None:
    _, menu = await alice.say("/start", replies=2)
    await alice.ask("/help")
    await alice.ask("/about")
    answer = await alice.press(menu, "Causes")
    await alice.press(answer, "More detail")
    page = await alice.ask("/faq")
    page = await alice.press(page, "▶️")
    await alice.ask("why do my legs cramp at night")
    await alice.ask("chest pain and my calf is swollen")
    intro_and_question = await alice.say("/triage", replies=2)
    await alice.press(intro_and_question[1], "Yes")

    methods = {call.method for call in standin.calls}
    assert {"getMe", "getUpdates", "setMyCommands", "sendMessage", "editMessageText"} <= methods
    assert {"answerCallbackQuery"} <= methods
    for call in standin.calls:
        schema = standin.spec.method(call.method)
        assert schema is not None, f"{call.method} is not a Bot API method"
        assert call.ok, f"{call.method} refused: {call.description}"
        # The stand-in checked the parameters on the way in; check it answered per spec too.
        for return_type in schema.returns[:1]:
            standin.spec.validate(return_type, call.result, path=f"{call.method} result")
