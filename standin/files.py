"""Uploaded files: what the bot sent, the file_ids handed back, and image dimensions."""

from __future__ import annotations

import hashlib
import itertools
import mimetypes
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import ClassVar

PHOTO_MAX_BYTES = 10 * 1024 * 1024
DOCUMENT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """One multipart file part as the bot uploaded it."""

    part_name: str
    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    def summary(self) -> dict[str, object]:
        return {
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
        }


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file Telegram would now know by file_id: uploaded bytes, or a URL it fetched."""

    file_id: str
    file_unique_id: str
    kind: str  # "photo" or "document"
    data: bytes = field(repr=False)
    filename: str | None
    mime_type: str | None
    width: int = 0
    height: int = 0
    source_url: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)


class FileStore:
    """file_id -> StoredFile, with ids that look like Telegram's and differ per kind."""

    _PREFIX: ClassVar[dict[str, str]] = {"photo": "AgACAgIAAxk", "document": "BQACAgIAAxk"}

    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._serial = itertools.count(1)

    def __contains__(self, file_id: str) -> bool:
        return file_id in self._by_id

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    @contextmanager
    def kept_only_if_sent(self) -> Iterator[None]:
        """Files added inside are forgotten again when the block raises: a send Telegram
        refuses (a bad caption, a 429) leaves no file_id behind."""
        known = len(self._by_id)
        try:
            yield
        except BaseException:
            for file_id in list(self._by_id)[known:]:  # dicts keep insertion order
                del self._by_id[file_id]
            raise

    def all(self) -> list[StoredFile]:
        return list(self._by_id.values())

    def add(
        self,
        kind: str,
        data: bytes,
        *,
        filename: str | None = None,
        mime_type: str | None = None,
        width: int = 0,
        height: int = 0,
        source_url: str | None = None,
    ) -> StoredFile:
        serial = next(self._serial)
        digest = hashlib.blake2b(data + serial.to_bytes(8, "big"), digest_size=12).hexdigest()
        stored = StoredFile(
            file_id=f"{self._PREFIX[kind]}{digest}{serial:06d}",
            file_unique_id=f"AQAD{digest[:12]}",
            kind=kind,
            data=data,
            filename=filename,
            mime_type=mime_type,
            width=width,
            height=height,
            source_url=source_url,
        )
        self._by_id[stored.file_id] = stored
        return stored


def guess_mime_type(upload: UploadedFile) -> str:
    declared = upload.content_type
    if declared and declared != "application/octet-stream":
        return declared
    guessed, _ = mimetypes.guess_type(upload.filename or "")
    return guessed or declared or "application/octet-stream"


def image_dimensions(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, JPEG, GIF or WebP image; None when it is not one."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return _positive(width, height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return _positive(width, height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_dimensions(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_dimensions(data)
    return None


def _positive(width: int, height: int) -> tuple[int, int] | None:
    return (width, height) if width > 0 and height > 0 else None


def _jpeg_dimensions(data: bytes) -> tuple[int, int] | None:
    index = 2
    # Walk the marker segments until a start-of-frame one, which carries the size.
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:
            index += 1
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return _positive(width, height)
        index += 2 + length
    return None


def _webp_dimensions(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return _positive(width, height)
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return _positive(width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return _positive((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    return None
