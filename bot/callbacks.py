"""Signed callback data: a button press is honoured only if this bot issued it for that chat.

Format: ``action:arg1:arg2:SIGNATURE``. The signature is an HMAC over the chat id and
the payload, so data copied from another chat, edited by a client, or invented is
refused without any server-side state. Telegram caps callback_data at 64 bytes.

Buttons that must not work forever (a confirmation) also carry their expiry inside the
signed payload, ``action:args:@EXPIRY:SIGNATURE``, so an old one is refused as well.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

MAX_CALLBACK_BYTES = 64
_SIGNATURE_BYTES = 6  # 48 bits: forging needs ~2^47 tries, each a visible button press
# Letters, digits and the characters of IANA zone names ("America/Port-au-Prince", "Etc/GMT+5").
_PART = re.compile(r"^[A-Za-z0-9_.+/\-]{1,40}$")
# "@" never occurs in a part, so it marks the expiry (Unix seconds, base 36).
_EXPIRY = re.compile(r"^@([0-9a-z]{1,8})$")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = _DIGITS[digit] + digits
        if not number:
            return digits


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CallbackData:
    action: str
    args: tuple[str, ...]

    def arg(self, index: int) -> str | None:
        return self.args[index] if index < len(self.args) else None


class CallbackSigner:
    def __init__(self, secret: bytes, clock: Callable[[], datetime] = utc_now) -> None:
        if len(secret) < 16:
            raise ValueError("callback secret must be at least 16 bytes")
        self._secret = secret
        self._clock = clock

    def use_clock(self, clock: Callable[[], datetime]) -> None:
        """Expiry follows the bot's clock (tests move it instead of waiting)."""
        self._clock = clock

    @classmethod
    def from_token(cls, token: str) -> CallbackSigner:
        return cls(hashlib.sha256(b"cramp-coach callback key\x00" + token.encode()).digest())

    def _signature(self, chat_id: int, payload: str) -> str:
        message = f"{chat_id}\x00{payload}".encode("utf-8", "surrogatepass")
        mac = hmac.new(self._secret, message, hashlib.sha256)
        return base64.urlsafe_b64encode(mac.digest()[:_SIGNATURE_BYTES]).decode()

    def sign(self, chat_id: int, action: str, *args: str | int) -> str:
        return self._signed(chat_id, [action, *(str(a) for a in args)], [])

    def sign_expiring(
        self, chat_id: int, lifetime: timedelta, action: str, *args: str | int
    ) -> str:
        """Like sign(), but refused by verify() once `lifetime` has passed."""
        expiry = int((self._clock() + lifetime).timestamp())
        return self._signed(chat_id, [action, *(str(a) for a in args)], [f"@{_base36(expiry)}"])

    def _signed(self, chat_id: int, parts: list[str], suffix: list[str]) -> str:
        for part in parts:
            if not _PART.match(part):
                raise ValueError(f"callback part {part!r} is not allowed")
        payload = ":".join(parts + suffix)
        data = f"{payload}:{self._signature(chat_id, payload)}"
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data {data!r} exceeds {MAX_CALLBACK_BYTES} bytes")
        return data

    def verify(self, chat_id: int, data: str | None) -> CallbackData | None:
        """The decoded data, or None when it was not issued by us for this chat, or has
        expired."""
        if not data or len(data) > MAX_CALLBACK_BYTES:
            return None
        payload, _, signature = data.rpartition(":")
        if not payload or not hmac.compare_digest(
            signature.encode("utf-8", "surrogatepass"),
            self._signature(chat_id, payload).encode(),
        ):
            return None
        action, *args = payload.split(":")
        expiry = _EXPIRY.match(args[-1]) if args else None
        if expiry is not None:
            if int(expiry.group(1), 36) <= self._clock().timestamp():
                return None
            args.pop()
        return CallbackData(action, tuple(args))
