"""A strict local stand-in for the Telegram Bot API, for tests and the console chat.

A real HTTP server on loopback that answers like Telegram: every call is checked against
the Bot API spec (standin/data/api.min.json, vendored; or spec_path= / $BOT_API_SPEC)
and the prose limits Telegram enforces; it keeps a simulated world (users, chats, members,
messages), queues updates for getUpdates or delivers them to a webhook (standin.webhook),
records what the bot did and injects faults.

    from standin import BotApiStandIn, faults

    async with BotApiStandIn(token="123456:TEST") as sa:
        application = ApplicationBuilder().token(sa.token).base_url(sa.base_url).build()
        alice = sa.add_user("Alice")
        sa.user_sends(alice, sa.private_chat(alice), "/start")
        reply = await sa.next_message(alice)

Run standalone (prints its base_url when ready): python -m standin --port 8081 --token ...
"""

from standin import faults
from standin.bot_api_stand_in import DEFAULT_TOKEN, BotApiStandIn
from standin.core import CallbackAnswer
from standin.errors import StandInBug, StandInUsageError
from standin.faults import Fault, FaultRule
from standin.files import StoredFile, UploadedFile
from standin.ratelimit import RateViolation
from standin.records import CallRecord
from standin.spec import DEFAULT_SPEC_PATH, SPEC_ENV_VAR, Spec, resolve_spec_path
from standin.webhook import DeliveryRecord, WebhookOptions
from standin.world import GROUP_ANONYMOUS_BOT_ID, Chat, User

__all__ = [
    "DEFAULT_SPEC_PATH",
    "DEFAULT_TOKEN",
    "GROUP_ANONYMOUS_BOT_ID",
    "SPEC_ENV_VAR",
    "BotApiStandIn",
    "CallRecord",
    "CallbackAnswer",
    "Chat",
    "DeliveryRecord",
    "Fault",
    "FaultRule",
    "RateViolation",
    "Spec",
    "StandInBug",
    "StandInUsageError",
    "StoredFile",
    "UploadedFile",
    "User",
    "WebhookOptions",
    "faults",
    "resolve_spec_path",
]
