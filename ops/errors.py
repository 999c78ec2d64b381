"""The optional error-report hook: Sentry, when SENTRY_DSN is set.

Reports carry the exception, its stack and the log lines before it, never the token or
what a person wrote: `scrub` (the before_send and before_breadcrumb hook) replaces the
token (whole, or its secret part alone) and the words of the update being handled
wherever they appear, and drops what could hold more of them (local variables, request
bodies). Nothing is sent about people: no user, no IP address.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from ops.updates import mask_words

_DROPPED_KEYS = frozenset({"vars", "data", "cookies", "user", "extra"})


def secret_parts(secrets: Sequence[str]) -> list[str]:
    """Each secret and, for a bot token, its secret part alone; longest first."""
    parts = [s.partition(":")[2] for s in secrets if ":" in s]
    return sorted({s for s in [*secrets, *parts] if len(s) >= 8}, key=len, reverse=True)


class Scrubber:
    def __init__(self, secrets: Sequence[str]) -> None:
        self._secrets = secret_parts(secrets)

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, "<token>")
        return mask_words(value)

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {
                key: self.value(item) for key, item in value.items() if key not in _DROPPED_KEYS
            }
        if isinstance(value, list | tuple):
            return [self.value(item) for item in value]
        return value

    def __call__(self, event: Any, _hint: Any) -> Any:
        """before_send and before_breadcrumb: the event (or breadcrumb), scrubbed."""
        return self.value(event)


def init_error_reports(
    dsn: str,
    secrets: Sequence[str],
    *,
    transport: Any = None,
) -> None:
    """Start Sentry's SDK: errors logged at ERROR (with their traceback) become reports."""
    import sentry_sdk
    from sentry_sdk.integrations.atexit import AtexitIntegration
    from sentry_sdk.integrations.dedupe import DedupeIntegration
    from sentry_sdk.integrations.excepthook import ExcepthookIntegration
    from sentry_sdk.integrations.logging import LoggingIntegration

    scrubber = Scrubber(secrets)
    options: dict[str, Any] = {}
    if transport is not None:  # tests: a sentry_sdk Transport that keeps what it is given
        options["transport"] = transport
    sentry_sdk.init(
        dsn=dsn,
        # Errors reach Sentry through logging (every handler failure is logged with its
        # traceback): no integration patches aiohttp, SQLAlchemy or HTTP clients, whose
        # breadcrumbs and request data could carry what people wrote.
        default_integrations=False,
        auto_enabling_integrations=False,
        integrations=[
            LoggingIntegration(level=logging.INFO, event_level=logging.ERROR),
            ExcepthookIntegration(),
            DedupeIntegration(),
            AtexitIntegration(),
        ],
        include_local_variables=False,
        include_source_context=False,
        before_send=scrubber,
        before_breadcrumb=scrubber,
        traces_sample_rate=0.0,
        **options,
    )
