"""Signed callback data: only what we issued, for that chat, is accepted."""

from __future__ import annotations

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
