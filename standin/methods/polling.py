"""getUpdates and the webhook settings that exclude it (delivery: standin.webhook)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from standin.errors import bad_request, conflict
from standin.keyboards import is_valid_url

if TYPE_CHECKING:
    from standin.core import BotCore, Handler

WEBHOOK_PORTS = (80, 88, 443, 8443)
_SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
WEBHOOK_CONFLICT = (
    "can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
    "webhook first"
)


async def get_updates(core: BotCore, params: dict[str, Any]) -> Any:
    if core.settings.webhook_url:
        raise conflict(WEBHOOK_CONFLICT)
    limit = params.get("limit", 100)
    if not 1 <= limit <= 100:
        limit = 100  # Telegram quietly uses the default for an out-of-range limit
    core.updates.set_allowed(params.get("allowed_updates"))
    return await core.updates.get_updates(
        params.get("offset", 0), limit, max(0, params.get("timeout", 0))
    )


async def set_webhook(core: BotCore, params: dict[str, Any]) -> Any:
    url = params["url"]
    if url:
        if not url.lower().startswith("https://") or not is_valid_url(url):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        port = urlsplit(url).port or 443
        if port not in WEBHOOK_PORTS:
            raise bad_request(
                "bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"
            )
    secret = params.get("secret_token")
    if secret is not None and not _SECRET_TOKEN_RE.fullmatch(secret):
        raise bad_request("bad webhook: secret token contains unallowed characters")
    max_connections = params.get("max_connections", 40)
    if not 1 <= max_connections <= 100:
        raise bad_request("bad webhook: max_connections must be between 1 and 100")
    core.updates.set_allowed(params.get("allowed_updates"))
    if not url:  # "Use an empty string to remove webhook integration."
        return await delete_webhook(core, params)
    if params.get("drop_pending_updates"):
        core.drop_pending_updates()
    if url != core.settings.webhook_url:
        core.webhook.forget_errors()
    core.settings.webhook_url = url
    core.settings.webhook_max_connections = max_connections
    core.settings.webhook_secret_token = secret
    core.webhook.start()
    return True


async def delete_webhook(core: BotCore, params: dict[str, Any]) -> Any:
    core.settings.webhook_url = ""
    core.settings.webhook_secret_token = None
    core.webhook.forget_errors()
    await core.webhook.stop()  # what was not delivered waits for getUpdates
    if params.get("drop_pending_updates"):
        core.drop_pending_updates()
    return True


async def get_webhook_info(core: BotCore, params: dict[str, Any]) -> Any:
    info: dict[str, Any] = {
        "url": core.settings.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": core.pending_update_count(),
    }
    if core.settings.webhook_url:
        if core.webhook.last_error is not None:
            info["last_error_date"], info["last_error_message"] = core.webhook.last_error
        info["max_connections"] = core.settings.webhook_max_connections
    allowed = core.updates.allowed_updates
    if allowed is not None:
        info["allowed_updates"] = allowed
    return info


HANDLERS: dict[str, Handler] = {
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
}
