"""What a group's profile changes in the answers given there: which topics come first in
menus, /faq and /help, the profile's focus above /help, and notes under some answers."""

from __future__ import annotations

from telegram import Update

from bot import render, texts
from bot.keyboards import Keyboards
from bot.replies import in_group
from bot.services import Context, services
from knowledge.group_profiles import GroupProfile
from knowledge.loader import Content
from storage.chats import get_chat


async def group_profile(update: Update, context: Context) -> GroupProfile | None:
    """The profile of the group the update comes from (general until an admin picks one);
    None in private chats, where a person's own profile shapes their reminders only."""
    chat = update.effective_chat
    if chat is None or not in_group(update):
        return None
    svc = services(context)
    async with svc.db.session() as session:
        row = await get_chat(session, chat.id)
    return svc.groups.of(row.profile if row is not None else "general")


async def keyboards_for(update: Update, context: Context) -> Keyboards:
    """Keyboards for the chat of the update, with the group's topics first."""
    svc = services(context)
    chat = update.effective_chat
    assert chat is not None
    profile = await group_profile(update, context)
    first = profile.topics_first if profile is not None else ()
    return Keyboards(svc.signer, svc.content, chat.id, first)


def note_for(profile: GroupProfile | None, topic_id: str) -> str | None:
    return profile.notes.get(topic_id) if profile is not None else None


def group_help(lines: list[tuple[str, str]], content: Content, profile: GroupProfile) -> str:
    """/help in a group: the profile's focus, then the commands with its topics first."""
    rank = {topic_id: index for index, topic_id in enumerate(profile.topics_first)}

    def order(line: tuple[str, str]) -> int:
        topic = content.topic_by_command(line[0])
        return rank.get(topic.id, len(rank)) if topic is not None else -1

    ordered = sorted(lines, key=order)  # stable: general commands keep their order first
    return (
        f"<i>{render.esc(profile.focus)}</i>\n\n{render.help_text(ordered)}\n\n"
        f"{texts.GROUP_HELP_ADMINS}"
    )
