"""Photos and documents: uploads, file_ids and URLs, turned into PhotoSize/Document objects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from standin.errors import ApiError, bad_request
from standin.files import (
    DOCUMENT_MAX_BYTES,
    PHOTO_MAX_BYTES,
    StoredFile,
    UploadedFile,
    guess_mime_type,
    image_dimensions,
)
from standin.keyboards import is_valid_url

if TYPE_CHECKING:
    from standin.core import BotCore

# Telegram keeps a few downscaled copies of a photo next to the original.
_THUMBNAIL_SIDES = (90, 320, 800, 1280)
_MAX_PHOTO_SIDE = 2560
_URL_PHOTO_SIZE = (800, 600)  # a URL cannot be fetched offline; pretend it was this big


def _existing_file(core: BotCore, reference: str, kind: str) -> StoredFile:
    """A file_id the stand-in handed out, or an http(s) URL Telegram would download."""
    stored = core.files.get(reference)
    if stored is not None:
        if stored.kind != kind:
            raise bad_request(
                f"can't use file of type {stored.kind.capitalize()} as {kind.capitalize()}"
            )
        return stored
    if reference.startswith(("http://", "https://")) and is_valid_url(reference):
        width, height = _URL_PHOTO_SIZE if kind == "photo" else (0, 0)
        name = reference.rsplit("/", 1)[-1] or "file"
        return core.files.add(
            kind, b"", filename=name, width=width, height=height, source_url=reference
        )
    raise bad_request("wrong file identifier/HTTP URL specified")


def _uploaded_photo(core: BotCore, upload: UploadedFile) -> StoredFile:
    if upload.size == 0:
        raise bad_request("file must be non-empty")
    if upload.size > PHOTO_MAX_BYTES:
        raise bad_request("PHOTO_SAVE_FILE_INVALID (photos may be at most 10 MB)")
    dimensions = image_dimensions(upload.data)
    if dimensions is None:
        raise bad_request("IMAGE_PROCESS_FAILED")
    width, height = dimensions
    if width + height > 10000 or max(width, height) > 20 * min(width, height):
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    return core.files.add(
        "photo",
        upload.data,
        filename=upload.filename,
        mime_type=guess_mime_type(upload),
        width=width,
        height=height,
    )


def photo_content(
    core: BotCore, photo: UploadedFile | str
) -> tuple[dict[str, Any], tuple[str, ...]]:
    if isinstance(photo, UploadedFile):
        original = _uploaded_photo(core, photo)
    else:
        original = _existing_file(core, photo, "photo")
    sizes = []
    longest = max(original.width, original.height)
    for side in _THUMBNAIL_SIDES:
        if side < longest:
            scale = side / longest
            thumbnail = core.files.add(
                "photo",
                original.data,
                filename=original.filename,
                mime_type=original.mime_type,
                width=max(1, round(original.width * scale)),
                height=max(1, round(original.height * scale)),
            )
            sizes.append(_photo_size(thumbnail))
    sizes.append(_photo_size(original))
    return {"photo": sizes}, tuple(size["file_id"] for size in sizes)


def _photo_size(stored: StoredFile) -> dict[str, Any]:
    size: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "width": stored.width,
        "height": stored.height,
    }
    if stored.size:
        size["file_size"] = stored.size
    return size


def document_content(
    core: BotCore, document: UploadedFile | str
) -> tuple[dict[str, Any], tuple[str, ...]]:
    if isinstance(document, UploadedFile):
        if document.size == 0:
            raise bad_request("file must be non-empty")
        if document.size > DOCUMENT_MAX_BYTES:
            raise ApiError(413, "Request Entity Too Large")
        stored = core.files.add(
            "document",
            document.data,
            filename=document.filename or document.part_name,
            mime_type=guess_mime_type(document),
        )
    else:
        stored = _existing_file(core, document, "document")
    body: dict[str, Any] = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
    if stored.filename:
        body["file_name"] = stored.filename
    if stored.mime_type:
        body["mime_type"] = stored.mime_type
    if stored.size:
        body["file_size"] = stored.size
    return {"document": body}, (stored.file_id,)
