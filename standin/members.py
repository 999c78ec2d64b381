"""ChatMember objects: the right subtype per status, with every field the spec requires."""

from __future__ import annotations

from typing import Any

from standin.spec import Spec
from standin.world import Chat, User, now

MEMBER_TYPE = {
    "creator": "ChatMemberOwner",
    "administrator": "ChatMemberAdministrator",
    "member": "ChatMemberMember",
    "restricted": "ChatMemberRestricted",
    "left": "ChatMemberLeft",
    "kicked": "ChatMemberBanned",
}
# Administrators get every right except promoting others and being edited by the bot.
_ADMIN_RIGHTS_WITHHELD = frozenset({"can_promote_members", "can_be_edited"})
_CHANNEL_ONLY_RIGHTS = ("can_post_messages", "can_edit_messages")
_SUPERGROUP_RIGHTS = ("can_pin_messages", "can_manage_topics")


def chat_member(spec: Spec, chat: Chat, user: User, status: str) -> dict[str, Any]:
    member = spec.skeleton(MEMBER_TYPE[status])
    member["status"] = status
    member["user"] = user.to_api()
    if status == "administrator":
        if chat.type == "channel":
            member.update(dict.fromkeys(_CHANNEL_ONLY_RIGHTS, True))
        else:
            member.update(dict.fromkeys(_SUPERGROUP_RIGHTS, True))
        for right in member:
            if right.startswith("can_") and right not in _ADMIN_RIGHTS_WITHHELD:
                member[right] = True
    if status in ("creator", "administrator"):
        member["is_anonymous"] = user.id in chat.anonymous_admins
    elif status == "restricted":
        member["is_member"] = True
    return member


def member_update(
    spec: Spec, chat: Chat, actor: User, user: User, old_status: str, new_status: str
) -> dict[str, Any]:
    """A ChatMemberUpdated for my_chat_member / chat_member updates."""
    return {
        "chat": chat.to_api(),
        "from": actor.to_api(),
        "date": now(),
        "old_chat_member": chat_member(spec, chat, user, old_status),
        "new_chat_member": chat_member(spec, chat, user, new_status),
    }
