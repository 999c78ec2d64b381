"""Method handlers by Bot API method name. Methods not listed here are validated and then
answered True if they return only Boolean, else refused as unsupported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from standin.methods import bot, callbacks, chats, files, messages, polling

if TYPE_CHECKING:
    from standin.core import Handler

HANDLERS: dict[str, Handler] = {
    **bot.HANDLERS,
    **callbacks.HANDLERS,
    **chats.HANDLERS,
    **files.HANDLERS,
    **messages.HANDLERS,
    **polling.HANDLERS,
}
