"""`cramp-bot ask`: the chat's answer to one question, without Telegram, token or database."""

from __future__ import annotations

from typing import Any

from bot import render
from bot.settings import Settings
from knowledge.assistant import Assistant
from knowledge.loader import load_content
from knowledge.pattern_cache import keep_in


def ask(settings: Settings, text: str) -> dict[str, Any]:
    keep_in(settings.pattern_cache_dir)
    content = load_content(settings.content_dir)
    assistant = Assistant(content)
    answer = assistant.answer(text)
    assistant.keep_compiled_patterns()
    body = render.answer(answer, content)
    return {
        "topic": answer.topic_id,
        "urgent": answer.urgent,
        "level": answer.level,
        "answer": render.to_plain_text(body),
        # The red flag recognised (the most severe), or null.
        "sign": answer.sign,
        # Further topics offered beside the answer.
        "also": list(answer.also),
        "kind": answer.kind.value,
        "language": answer.language,
    }
