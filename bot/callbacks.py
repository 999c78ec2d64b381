"""Signed callback data: a button press is honoured only if this bot issued it for that chat.

Format: ``action:arg1:arg2:SIGNATURE``. The signature is an HMAC over the chat id and
the payload, so data copied from another chat, edited by a client, or invented is
refused without any server-side state. Telegram caps callback_data at 64 bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

MAX_CALLBACK_BYTES = 64
_SIGNATURE_BYTES = 6  # 48 bits: forging needs ~2^47 tries, each a visible button press
# Letters, digits and the characters of IANA zone names ("America/Port-au-Prince", "Etc/GMT+5").
_PART = re.compile(r"^[A-Za-z0-9_.+/\-]{1,40}$")


@dataclass(frozen=True)
class CallbackData:
    action: str
    args: tuple[str, ...]

    def arg(self, index: int) -> str | None:
        return self.args[index] if index < len(self.args) else None


class CallbackSigner:
    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("callback secret must be at least 16 bytes")
        self._secret = secret

    @classmethod
    def from_token(cls, token: str) -> CallbackSigner:
        return cls(hashlib.sha256(b"cramp-coach callback key\x00" + token.encode()).digest())

    def _signature(self, chat_id: int, payload: str) -> str:
        mac = hmac.new(self._secret, f"{chat_id}\x00{payload}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(mac.digest()[:_SIGNATURE_BYTES]).decode()

    def sign(self, chat_id: int, action: str, *args: str | int) -> str:
        parts = [action, *(str(a) for a in args)]
        for part in parts:
            if not _PART.match(part):
                raise ValueError(f"callback part {part!r} is not allowed")
        payload = ":".join(parts)
        data = f"{payload}:{self._signature(chat_id, payload)}"
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data {data!r} exceeds {MAX_CALLBACK_BYTES} bytes")
        return data

    def verify(self, chat_id: int, data: str | None) -> CallbackData | None:
        """The decoded data, or None when it was not issued by us for this chat."""
        if not data or len(data) > MAX_CALLBACK_BYTES:
            return None
        payload, _, signature = data.rpartition(":")
        if not payload or not hmac.compare_digest(
            signature.encode(), self._signature(chat_id, payload).encode()
        ):
            return None
        action, *args = payload.split(":")
        return CallbackData(action, tuple(args))
