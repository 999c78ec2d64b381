"""multipart/form-data bodies: Bot API requests, and webhook answers that carry a call."""

from __future__ import annotations

from aiohttp import BodyPartReader, MultipartReader

from standin.files import UploadedFile


async def read_multipart(
    reader: MultipartReader,
) -> tuple[dict[str, object], dict[str, UploadedFile]]:
    """Form fields and uploaded files of a multipart/form-data body."""
    fields: dict[str, object] = {}
    files: dict[str, UploadedFile] = {}
    async for part in reader:
        if not isinstance(part, BodyPartReader) or part.name is None:
            continue
        if part.filename is not None:
            data = bytes(await part.read())
            files[part.name] = UploadedFile(
                part.name, part.filename, part.headers.get("Content-Type"), data
            )
        else:
            fields[part.name] = await part.text()
    return fields, files
