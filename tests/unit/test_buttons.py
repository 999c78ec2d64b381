"""The one signed-button dispatcher: the signature is checked once per update, a press
is routed by its named action, and anything forged, foreign or unknown is left to the
catch-all that answers "this button no longer works"."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from telegram import CallbackQuery, Chat, Message, Update, User

from bot.buttons import Action, ButtonDispatcher, ButtonVerifier
from bot.callbacks import CallbackSigner
from bot.handlers import BUTTONS
from bot.handlers.triage import triage_handlers

SIGNER = CallbackSigner(b"0123456789abcdef-test-secret")
CHAT = 42
# The wire codes of buttons already sent in chats: they must route for good.
SENT_BEFORE = {
    "m", "t", "d", "fp", "ft", "fq", "tr", "ta", "tb", "tx", "fy", "fn", "rd", "rz", "rk",
    "rm", "rmk", "rms", "rmd", "rmo", "rmp", "rmr", "rmx", "tz", "sz", "sq", "sp", "sf",
    "sg", "so", "pa", "gs", "gp", "gz", "gzs", "gk", "gkp", "gkd", "gko", "gd", "gt", "gx",
    "lg", "lw", "lc", "dn", "de", "df", "ds", "dd", "dx", "dv", "dw", "dwd", "dwt", "dwo",
    "dws",
}  # fmt: skip
TRIAGE_ACTIONS = {
    Action.TRIAGE_START,
    Action.TRIAGE_ANSWER,
    Action.TRIAGE_BACK,
    Action.TRIAGE_CANCEL,
}


def press(data: str, chat_id: int = CHAT, update_id: int = 1) -> Update:
    chat = Chat(chat_id, "private")
    user = User(7, "Ann", is_bot=False)
    message = Message(1, datetime(2026, 1, 1, tzinfo=UTC), chat)
    query = CallbackQuery("q1", user, "instance", message=message, data=data)
    return Update(update_id, callback_query=query)


async def handler(update: Update, context: Any) -> None:
    return None


class CountingSigner(CallbackSigner):
    def __init__(self) -> None:
        super().__init__(b"0123456789abcdef-test-secret")
        self.checks = 0

    def verify(self, chat_id: int, data: str | None) -> Any:
        self.checks += 1
        return super().verify(chat_id, data)


def test_every_code_sent_before_still_names_an_action() -> None:
    assert {action.value for action in Action} == SENT_BEFORE
    assert len({action.value for action in Action}) == len(Action)


def test_every_action_has_exactly_one_route() -> None:
    main = set(BUTTONS)
    assert main.isdisjoint(TRIAGE_ACTIONS)
    assert main | TRIAGE_ACTIONS == set(Action)


@pytest.mark.parametrize("action", sorted(set(BUTTONS), key=str))
def test_each_action_routes_to_its_handler(action: Action) -> None:
    dispatcher = ButtonDispatcher[None](ButtonVerifier(SIGNER), BUTTONS)
    found = dispatcher.check_update(press(SIGNER.sign(CHAT, action, "x")))
    assert found is not None and found.action == action  # type: ignore[union-attr]
    assert dispatcher.routes[found.action] is BUTTONS[action]  # type: ignore[union-attr]


def test_the_symptom_check_routes_its_own_buttons() -> None:
    dispatchers = [
        h for h in triage_handlers(ButtonVerifier(SIGNER)) if isinstance(h, ButtonDispatcher)
    ]
    routed = {action for d in dispatchers for action in d.routes}
    assert routed == {str(action) for action in TRIAGE_ACTIONS}


def test_forged_foreign_and_unknown_presses_are_not_routed() -> None:
    dispatcher = ButtonDispatcher[None](ButtonVerifier(SIGNER), {Action.MENU: handler})
    genuine = SIGNER.sign(CHAT, Action.MENU)
    payload, _, signature = genuine.rpartition(":")
    assert dispatcher.check_update(press(genuine)) is not None
    assert dispatcher.check_update(press(f"{payload}:{'A' * len(signature)}", update_id=2)) is None
    assert dispatcher.check_update(press(genuine, chat_id=CHAT + 1, update_id=3)) is None
    # Signed by us, but an action this dispatcher has no route for (or none at all).
    assert dispatcher.check_update(press(SIGNER.sign(CHAT, Action.TOPIC), update_id=4)) is None
    assert dispatcher.check_update(press(SIGNER.sign(CHAT, "zz"), update_id=5)) is None
    assert dispatcher.check_update(Update(6)) is None


def test_the_signature_is_checked_once_per_update() -> None:
    signer = CountingSigner()
    verifier = ButtonVerifier(signer)
    first = ButtonDispatcher[None](verifier, {Action.TRIAGE_ANSWER: handler})
    second = ButtonDispatcher[None](verifier, BUTTONS)
    update = press(signer.sign(CHAT, Action.MENU))
    assert first.check_update(update) is None
    assert second.check_update(update) is not None
    assert signer.checks == 1
    # The next update is checked afresh, even with the same data.
    second.check_update(press(signer.sign(CHAT, Action.MENU), update_id=2))
    assert signer.checks == 2
