"""Signed callback data: only what we issued, for that chat, is accepted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.callbacks import MAX_CALLBACK_BYTES, CallbackSigner

signer = CallbackSigner(b"0123456789abcdef-test-secret")


def test_round_trip() -> None:
    data = signer.sign(42, "ta", "q_emergency", "yes")
    decoded = signer.verify(42, data)
    assert decoded is not None
    assert decoded.action == "ta"
    assert decoded.args == ("q_emergency", "yes")
    assert len(data.encode()) <= MAX_CALLBACK_BYTES


def test_other_chat_is_refused() -> None:
    assert signer.verify(43, signer.sign(42, "t", "causes")) is None


def test_other_key_is_refused() -> None:
    other = CallbackSigner(b"another-secret-of-enough-bytes")
    assert other.verify(42, signer.sign(42, "t", "causes")) is None


def test_tampered_payload_is_refused() -> None:
    data = signer.sign(42, "t", "causes")
    assert signer.verify(42, data.replace("causes", "relief")) is None


def test_unsafe_parts_and_overlong_data_are_rejected_at_signing() -> None:
    with pytest.raises(ValueError):
        signer.sign(1, "t", "has:colon")
    with pytest.raises(ValueError):
        signer.sign(1, "t", "x" * 40, "y" * 20)


def test_token_derived_key_is_stable() -> None:
    token = "123456:" + "A" * 35
    a, b = CallbackSigner.from_token(token), CallbackSigner.from_token(token)
    assert b.verify(7, a.sign(7, "m")) is not None


@given(st.integers(), st.text(max_size=80))
def test_random_data_never_verifies_or_crashes(chat_id: int, data: str) -> None:
    assert signer.verify(chat_id, data) is None


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_expiring_data_works_until_it_expires_then_never() -> None:
    clock = Clock()
    timed = CallbackSigner(b"0123456789abcdef-test-secret", clock)
    data = timed.sign_expiring(42, timedelta(minutes=10), "fc", "n0nce")
    decoded = timed.verify(42, data)
    assert decoded is not None and decoded.action == "fc" and decoded.args == ("n0nce",)
    clock.now += timedelta(minutes=9, seconds=59)
    assert timed.verify(42, data) is not None
    clock.now += timedelta(seconds=1)
    assert timed.verify(42, data) is None
    assert timed.verify(43, timed.sign_expiring(42, timedelta(minutes=10), "fc", "x")) is None


def test_expiry_cannot_be_stripped_or_extended() -> None:
    clock = Clock()
    timed = CallbackSigner(b"0123456789abcdef-test-secret", clock)
    data = timed.sign_expiring(42, timedelta(minutes=10), "fc", "n0nce")
    action_args, expiry, signature = data.rsplit(":", 2)
    assert expiry.startswith("@")
    assert timed.verify(42, f"{action_args}:{signature}") is None
    later = timed.sign_expiring(42, timedelta(days=9), "fc", "n0nce").rsplit(":", 2)[1]
    assert timed.verify(42, f"{action_args}:{later}:{signature}") is None


def test_forged_truncated_and_overlong_data_are_refused() -> None:
    data = signer.sign(42, "rd", 12345)
    payload, _, signature = data.rpartition(":")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    assert signer.verify(42, f"{payload}:{flipped}") is None
    for cut in range(1, len(data)):
        assert signer.verify(42, data[:cut]) is None, data[:cut]
    assert signer.verify(42, data + "x") is None
    assert signer.verify(42, data + ":" + signature) is None
    assert signer.verify(42, "x" * (MAX_CALLBACK_BYTES - len(data)) + data) is None
    assert signer.verify(42, "a:" * 40 + signature) is None
    assert signer.verify(42, "\ud800:" + signature) is None  # a lone surrogate cannot crash it
